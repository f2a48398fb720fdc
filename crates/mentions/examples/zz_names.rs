//! scratch (not committed): print name mentions of argv[2] in language argv[1]
fn main() {
    let lang = std::env::args().nth(1).unwrap();
    let text = std::env::args().nth(2).unwrap();
    for m in bitext_mentions::names::extract_names(&text, &lang) {
        let parts: Vec<String> = m
            .parts
            .iter()
            .map(|p| {
                format!(
                    "{}{}{:?}",
                    p.surface,
                    if p.common { "(c)" } else { "" },
                    p.keys()
                )
            })
            .collect();
        println!(
            "{:?} base={:?} kind={:?} ent={:?} der={} si={} tc={} common={} parts={}",
            m.surface,
            m.base,
            m.kind,
            m.entity_id(),
            m.derived,
            m.sentence_initial,
            m.title_case,
            m.common,
            parts.join(" ")
        );
    }
}
