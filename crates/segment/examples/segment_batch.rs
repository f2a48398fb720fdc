//! Reads JSON Lines `{"text", "lang"}` on stdin and writes one JSON array of sentence strings
//! per line (the protocol of `shared/eval/segment_eval.py`), flushing after each line.
//!
//! `cargo run --release -p bitext-segment --example segment_batch < input.jsonl`

use std::io::{BufRead, Write};

use bitext_segment::Segmenter;

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("batch: bad JSON line: {e}");
                writeln!(out, "[]")?;
                out.flush()?;
                continue;
            }
        };
        let text = v["text"].as_str().unwrap_or("");
        let seg = match v["lang"].as_str() {
            Some(l) if l != "auto" => Segmenter::new(l),
            _ => Segmenter::auto(text),
        };
        let sentences: Vec<&str> = seg.segment(text).map(|r| &text[r]).collect();
        serde_json::to_writer(&mut out, &sentences)?;
        writeln!(out)?;
        out.flush()?;
    }
    Ok(())
}
