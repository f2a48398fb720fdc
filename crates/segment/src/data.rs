//! Per-language data: abbreviation classes, sentence starters and quote styles, parsed once from
//! the files in `crates/segment/data/` (see `data/README.md` for the syntax).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How an abbreviation followed by a dot behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Precedes a name or a term: never ends a sentence (`Mr.`, `проф.`).
    Title,
    /// Often ends a sentence: boundary before a capitalised word (`etc.`, `т. д.`).
    Final,
    /// Boundary only before a frequent sentence starter (`Inc.`, `U.S.`).
    Ambiguous,
    /// After a number a unit that may end a sentence (`1916 г.`, `40 кв. м.`), elsewhere a
    /// title (`г. Москва`) unless a frequent sentence starter follows.
    Number,
    /// An abbreviation only before a number (`No. 5`), otherwise an ordinary word.
    BeforeNumber,
}

/// The parsed data of one language.
#[derive(Debug, Default)]
pub(crate) struct LangData {
    pub abbrevs: HashMap<String, Class>,
    pub starters: HashSet<String>,
    pub words: HashSet<String>,
    pub ordinal_dot: bool,
    pub open: Vec<char>,
    pub close: Vec<char>,
    /// Length in bytes of the longest abbreviation key: longer words are not looked up.
    pub max_abbrev_len: usize,
    /// Length in bytes of the longest sentence starter.
    pub max_starter_len: usize,
}

/// Language code, data file. Adding a language = one file + one line here.
pub(crate) const LANGS: &[(&str, &str)] = &[
    ("ru", include_str!("../data/ru.txt")),
    ("en", include_str!("../data/en.txt")),
    ("de", include_str!("../data/de.txt")),
    ("fr", include_str!("../data/fr.txt")),
    ("uk", include_str!("../data/uk.txt")),
    ("es", include_str!("../data/es.txt")),
];

const GENERIC: &str = include_str!("../data/generic.txt");

/// Codes with a data file, in table order.
pub(crate) const CODES: &[&str] = &["ru", "en", "de", "fr", "uk", "es"];

fn tables() -> &'static [LangData] {
    static TABLES: OnceLock<Vec<LangData>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut v: Vec<LangData> = LANGS.iter().map(|(_, src)| parse(src)).collect();
        v.push(parse(GENERIC));
        v
    })
}

/// Index of a language in the table (`None` for unknown codes).
pub(crate) fn lang_index(code: &str) -> Option<usize> {
    LANGS.iter().position(|(c, _)| *c == code)
}

/// The data of a language, or the generic data for `None`.
pub(crate) fn data(index: Option<usize>) -> &'static LangData {
    let t = tables();
    &t[index.unwrap_or(t.len() - 1)]
}

/// Parses one data file (syntax in `data/README.md`).
pub(crate) fn parse(src: &str) -> LangData {
    let mut d = LangData::default();
    let mut section = "";
    for raw in src.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('@') {
            let mut parts = rest.split_whitespace();
            match parts.next() {
                Some("open") => d.open.extend(parts.flat_map(str::chars)),
                Some("close") => d.close.extend(parts.flat_map(str::chars)),
                Some("ordinal-dot") => d.ordinal_dot = true,
                _ => {}
            }
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') {
            section = &line[1..line.len() - 1];
            continue;
        }
        let key: String = line
            .trim_end_matches('.')
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        if key.is_empty() {
            continue;
        }
        let class = match section {
            "title" => Some(Class::Title),
            "final" => Some(Class::Final),
            "ambiguous" => Some(Class::Ambiguous),
            "number" => Some(Class::Number),
            "before-number" => Some(Class::BeforeNumber),
            "words" => {
                d.words.insert(key);
                continue;
            }
            "starters" => {
                d.max_starter_len = d.max_starter_len.max(key.len());
                d.starters.insert(key);
                continue;
            }
            _ => None,
        };
        if let Some(class) = class {
            d.max_abbrev_len = d.max_abbrev_len.max(key.len());
            d.abbrevs.insert(key, class);
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_with_content() {
        for (code, src) in LANGS {
            let d = parse(src);
            assert!(d.abbrevs.len() > 20, "{code}: {}", d.abbrevs.len());
            assert!(!d.starters.is_empty(), "{code}");
        }
        assert_eq!(CODES.len(), LANGS.len());
        for (c, (l, _)) in CODES.iter().zip(LANGS) {
            assert_eq!(c, l);
        }
    }

    #[test]
    fn parse_syntax() {
        let d = parse("@close » “\n@ordinal-dot\n[title]\nMr.\nт. е\n[starters]\nThe # c\n");
        assert_eq!(d.abbrevs.get("mr"), Some(&Class::Title));
        assert_eq!(d.abbrevs.get("т.е"), Some(&Class::Title));
        assert!(d.starters.contains("the"));
        assert!(d.ordinal_dot);
        assert_eq!(d.close, vec!['»', '“']);
    }
}
