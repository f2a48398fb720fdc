//! scratch (not committed): name findings (warning+) with mention flags of both sides
use std::io::BufRead;
fn flags(text: &str, lang: &str, start: usize) -> String {
    let ms = bitext_mentions::names::extract_names(text, lang);
    match ms
        .iter()
        .find(|m| m.span.start <= start && start < m.span.end.max(m.span.start + 1))
    {
        Some(m) => format!(
            "{:?}{}{}{}{}{}{} p{}",
            m.kind,
            if m.sentence_initial { "+si" } else { "" },
            if m.title_case { "+tc" } else { "" },
            if m.common { "+common" } else { "" },
            if m.derived { "+der" } else { "" },
            m.entity_id()
                .map(|e| format!("+ent:{e}"))
                .unwrap_or_default(),
            if m.parts.iter().any(|p| p.common) {
                "+somecommon"
            } else {
                ""
            },
            m.parts.len()
        ),
        None => "?".into(),
    }
}
fn main() {
    let o = bitext_check::CheckOptions::default();
    for l in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&l.unwrap()).unwrap();
        let g = |k: &str| v[k].as_str().unwrap().to_string();
        let (src, tgt, sl, tl) = (g("src"), g("tgt"), g("src_lang"), g("tgt_lang"));
        for x in bitext_check::check_pair(&src, &tgt, &sl, &tl, &o) {
            if !x.kind.is_name() {
                continue;
            }
            let s = x
                .src
                .as_ref()
                .map(|s| format!("{:?}[{}]", s.text, flags(&src, &sl, s.start)))
                .unwrap_or("-".into());
            let t = x
                .tgt
                .as_ref()
                .map(|s| format!("{:?}[{}]", s.text, flags(&tgt, &tl, s.start)))
                .unwrap_or("-".into());
            println!("{}\t{}\t{}\t{}\t{}", g("id"), sl, x.kind, s, t);
        }
    }
}
