//! Aligns two files with one sentence per line and prints JSON Lines beads.
//!
//! ```text
//! align_files SRC TGT [--src-lang ru] [--tgt-lang en] [--no-realign] [--param name=value]...
//! ```
//! Output: one `{"src":[i..],"tgt":[j..],"score":s}` line per bead; the summary goes to stderr.

use std::process::ExitCode;

use bitext_align::{align, AlignOptions, CostParams, Side};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut files = Vec::new();
    let mut src_lang = "ru".to_string();
    let mut tgt_lang = "en".to_string();
    let mut params = CostParams::default();
    let mut opts = AlignOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--src-lang" => src_lang = it.next().cloned().unwrap_or_default(),
            "--tgt-lang" => tgt_lang = it.next().cloned().unwrap_or_default(),
            "--no-realign" => opts = opts.realign(false),
            "--no-builtin" => opts = opts.builtin_dictionary(false),
            "--max-bead" => {
                let w = it.next().and_then(|v| v.parse().ok()).unwrap_or(3);
                opts = opts.max_bead(w);
            }
            "--band" => {
                let w = it.next().and_then(|v| v.parse().ok()).unwrap_or(10);
                opts = opts.band_width(w);
            }
            "--param" => {
                let kv = it.next().cloned().unwrap_or_default();
                let ok = kv
                    .split_once('=')
                    .and_then(|(k, v)| v.parse::<f32>().ok().map(|v| params.set(k, v)))
                    .unwrap_or(false);
                if !ok {
                    eprintln!("bad --param {kv}");
                    return ExitCode::from(2);
                }
            }
            _ => files.push(a.clone()),
        }
    }
    if files.len() != 2 {
        eprintln!("usage: align_files SRC TGT [--src-lang L] [--tgt-lang L] [--param k=v]");
        return ExitCode::from(2);
    }
    let mut texts = Vec::new();
    for f in &files {
        match std::fs::read_to_string(f) {
            Ok(t) => texts.push(t),
            Err(e) => {
                eprintln!("{f}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let src: Vec<&str> = texts[0].lines().collect();
    let tgt: Vec<&str> = texts[1].lines().collect();
    let opts = opts.params(params);
    let a = align(
        &Side::new(&src, &src_lang),
        &Side::new(&tgt, &tgt_lang),
        &opts,
    );
    let mut out = String::new();
    for b in &a.beads {
        let s: Vec<usize> = b.src.clone().collect();
        let t: Vec<usize> = b.tgt.clone().collect();
        out.push_str(
            &serde_json::json!({"src": s, "tgt": t, "score": (b.score * 1000.0).round() / 1000.0})
                .to_string(),
        );
        out.push('\n');
    }
    print!("{out}");
    if std::env::var_os("ALIGN_SUMMARY").is_some() {
        eprintln!("{}", a.stats);
    }
    ExitCode::SUCCESS
}
