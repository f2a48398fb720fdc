//! scratch (not committed): check JSONL cases with info findings, print compactly
use std::io::BufRead;
fn main() {
    let o = bitext_check::CheckOptions::default().min_severity(bitext_check::Severity::Info);
    for l in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&l.unwrap()).unwrap();
        let g = |k: &str| v[k].as_str().unwrap().to_string();
        let f = bitext_check::check_pair(&g("src"), &g("tgt"), &g("src_lang"), &g("tgt_lang"), &o);
        for x in f {
            println!(
                "  {} {:?} {:?} | {:?} | {}",
                x.kind,
                x.severity,
                x.src.map(|s| s.text),
                x.tgt.map(|s| s.text),
                x.message
            );
        }
    }
}
