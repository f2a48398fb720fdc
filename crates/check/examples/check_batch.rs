//! Batch protocol of `bitext check --batch`, for the evaluation scripts:
//! reads JSON Lines `{"id","src","tgt","src_lang"?,"tgt_lang"?}` on stdin and writes
//! `{"id","findings":[…]}` per line, in order (languages default to ru/en).
//!
//! ```text
//! cargo run --release -p bitext-check --features serde --example check_batch < pairs.jsonl
//! ```
//!
//! A side without line breaks is compared as one bead ([`check_pair`]); otherwise the two
//! texts are segmented and aligned ([`check_texts`]). Lines are processed in chunks on all
//! cores with rayon.

use std::io::{BufRead, BufWriter, Write};

use bitext_check::{check_pair, check_texts, CheckOptions, Finding};
use rayon::prelude::*;
use serde_json::Value;

#[derive(serde::Serialize)]
struct Out<'a> {
    id: &'a Value,
    findings: Vec<Finding>,
}

fn process(line: &str, opts: &CheckOptions) -> String {
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return serde_json::json!({"id": Value::Null, "error": e.to_string()}).to_string()
        }
    };
    let s = |k: &str| v.get(k).and_then(Value::as_str);
    let (src, tgt) = (s("src").unwrap_or(""), s("tgt").unwrap_or(""));
    let (sl, tl) = (s("src_lang").unwrap_or("ru"), s("tgt_lang").unwrap_or("en"));
    let findings = if !src.trim().contains('\n') && !tgt.trim().contains('\n') {
        check_pair(src, tgt, sl, tl, opts)
    } else {
        check_texts(src, tgt, sl, tl, opts).findings
    };
    let id = v.get("id").unwrap_or(&Value::Null);
    serde_json::to_string(&Out { id, findings }).unwrap_or_default()
}

fn main() -> std::io::Result<()> {
    let opts = CheckOptions::default();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut chunk: Vec<String> = Vec::with_capacity(4096);
    loop {
        chunk.clear();
        for l in lines.by_ref() {
            let l = l?;
            if l.trim().is_empty() {
                continue;
            }
            chunk.push(l);
            if chunk.len() == 4096 {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let res: Vec<String> = chunk.par_iter().map(|l| process(l, &opts)).collect();
        for r in res {
            out.write_all(r.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    Ok(())
}
