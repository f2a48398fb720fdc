//! scratch (not committed): for JSONL {"text","lang","needle"} print the flags of the mention containing needle
use std::io::BufRead;
fn main() {
    for l in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&l.unwrap()).unwrap();
        let text = v["text"].as_str().unwrap();
        let needle = v["needle"].as_str().unwrap();
        let id = v["id"].as_str().unwrap();
        let pos = text.find(needle);
        let ms = bitext_mentions::names::extract_names(text, v["lang"].as_str().unwrap());
        let m = pos.and_then(|p| ms.iter().find(|m| m.span.start <= p && p < m.span.end));
        match m {
            Some(m) => println!(
                "{id}\t{}\t{:?}\tent={}\tder={}\tsi={}\ttc={}\tcommon={}\tparts={}",
                m.surface,
                m.kind,
                m.entity_id().unwrap_or("-"),
                m.derived,
                m.sentence_initial,
                m.title_case,
                m.common,
                m.parts.len()
            ),
            None => println!("{id}\t{needle}\tNOT-A-MENTION"),
        }
    }
}
