//! The curated exonym / translated-name table (`data/exonyms.tsv`), parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/exonyms.tsv");

/// How a table form constrains the case of the text it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// All-caps form (США, US): every matched token must be all caps.
    AllCaps,
    /// Capitalised form: the first matched token must start with an upper-case letter.
    Capitalised,
    /// Lower-case form: any case.
    Any,
}

/// One form of an entity.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Form {
    pub entity: u32,
    pub derived: bool,
    pub case: CaseRule,
}

pub(crate) struct Table {
    /// Entity ids (first column), indexed by entity number.
    pub ids: Vec<&'static str>,
    /// Normalised phrase (lower case, ё → е, tokens joined by one space) → forms.
    pub forms: HashMap<String, Vec<Form>>,
    /// First three normalised chars of the first token of every form (a cheap pre-filter).
    pub prefixes: HashSet<[char; 3]>,
    /// Same, for forms that match lower-case text (российский, сектор Газа).
    pub prefixes_any: HashSet<[char; 3]>,
    /// First words of multi-word forms (to skip multi-token lookups quickly).
    pub first_words: HashSet<String>,
    /// Longest form in tokens.
    pub max_tokens: usize,
    /// Per entity: ordinary vocabulary written as an acronym (id ending in `*`: ВВП, СМИ).
    pub common: Vec<bool>,
}

/// Lower-cases and folds ё → е.
pub(crate) fn norm_char(c: char) -> char {
    match super::translit::lower(c) {
        'ё' => 'е',
        '’' => '\'',
        x => x,
    }
}

/// The 3-char prefix used by the pre-filter (padded with NUL).
pub(crate) fn prefix3(word: &str) -> [char; 3] {
    let mut p = ['\0'; 3];
    for (i, c) in word.chars().take(3).enumerate() {
        p[i] = norm_char(c);
    }
    p
}

/// The 2-char prefix (third slot `\u{1}`), for short table words.
pub(crate) fn prefix2(word: &str) -> [char; 3] {
    let mut p = prefix3(word);
    p[2] = '\u{1}';
    p
}

fn parse() -> Table {
    let mut t = Table {
        ids: Vec::new(),
        forms: HashMap::new(),
        prefixes: HashSet::new(),
        prefixes_any: HashSet::new(),
        first_words: HashSet::new(),
        max_tokens: 1,
        common: Vec::new(),
    };
    for line in DATA.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let Some(id) = cols.next() else { continue };
        let entity = t.ids.len() as u32;
        let (id, common) = match id.strip_suffix('*') {
            Some(x) => (x, true),
            None => (id, false),
        };
        t.ids.push(id);
        t.common.push(common);
        for col in cols {
            for raw in col.split(',') {
                let raw = raw.trim();
                let (derived, form) = match raw.strip_prefix('~') {
                    Some(f) => (true, f),
                    None => (false, raw),
                };
                if form.is_empty() {
                    continue;
                }
                let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
                let case = if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                    CaseRule::AllCaps
                } else if letters.first().is_some_and(|c| c.is_uppercase()) {
                    CaseRule::Capitalised
                } else {
                    CaseRule::Any
                };
                let key: String = form
                    .split_whitespace()
                    .map(|w| w.chars().map(norm_char).collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" ");
                let ntok = key.split(' ').count();
                t.max_tokens = t.max_tokens.max(ntok);
                if let Some(first) = key.split(' ').next() {
                    if ntok > 1 {
                        t.first_words.insert(first.to_string());
                    }
                    if case == CaseRule::Any || ntok > 1 {
                        t.prefixes_any.insert(prefix3(first));
                    }
                    t.prefixes.insert(prefix3(first));
                    if first.chars().count() <= 4 {
                        // short words change their third letter when inflected (Пий → Пием)
                        t.prefixes.insert(prefix2(first));
                    }
                }
                t.forms.entry(key).or_default().push(Form {
                    entity,
                    derived,
                    case,
                });
            }
        }
    }
    t
}

pub(crate) fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(parse)
}

/// The id (first column of `exonyms.tsv`) of an entity number.
pub(crate) fn entity_id(e: u32) -> Option<&'static str> {
    table().ids.get(e as usize).copied()
}

/// Whether an entity is ordinary vocabulary (ВВП / GDP, СМИ / media).
pub(crate) fn entity_common(e: u32) -> bool {
    table().common.get(e as usize).copied().unwrap_or(false)
}
