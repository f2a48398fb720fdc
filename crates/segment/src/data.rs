//! Per-language data: abbreviation classes, sentence starters and quote styles, parsed once from
//! the files in `crates/segment/data/` (see `data/README.md` for the syntax).

use std::collections::HashMap;
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
    /// A language name that is also a frequent word: an abbreviation before a word in another
    /// script (`нем. Haus`), a word that may end a sentence before a capitalised word of its
    /// own script (`о нем. Министр`).
    Foreign,
}

/// A fixed table of lower-cased words. Keys of up to 15 bytes (all in practice) are packed with
/// their length into a `u128` and found by open addressing with a multiplicative hash of that
/// number (one or two probes, no byte-wise hashing); longer keys live in a map.
#[derive(Debug)]
pub(crate) struct Table<V> {
    slots: Vec<Option<(u128, V)>>,
    long: HashMap<Vec<u8>, V>,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table {
            slots: Vec::new(),
            long: HashMap::new(),
        }
    }
}

/// `key` and its length in one number (`None` when longer than 15 bytes).
#[inline]
pub(crate) fn pack(key: &[u8]) -> Option<u128> {
    let mut b = [0u8; 16];
    b.get_mut(..key.len())?.copy_from_slice(key);
    if key.len() == 16 {
        return None;
    }
    b[15] = key.len() as u8;
    Some(u128::from_be_bytes(b))
}

/// The first slot to probe for a packed key in a table of `mask + 1` slots.
#[inline]
fn slot(p: u128, mask: usize) -> usize {
    let x = (p as u64) ^ ((p >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

impl<V: Copy> Table<V> {
    fn new(map: HashMap<String, V>) -> Table<V> {
        let mut t = Table::default();
        let size = (map.len() * 4).next_power_of_two().max(8);
        t.slots = vec![None; size];
        for (k, v) in map {
            match pack(k.as_bytes()) {
                Some(p) => {
                    let mut i = slot(p, size - 1);
                    while t.slots[i].is_some() {
                        i = (i + 1) & (size - 1);
                    }
                    t.slots[i] = Some((p, v));
                }
                None => {
                    t.long.insert(k.into_bytes(), v);
                }
            }
        }
        t
    }

    /// The value of `key`.
    pub fn get(&self, key: &[u8]) -> Option<V> {
        self.get_packed(key, pack(key))
    }

    /// The value of `key`, given `pack(key)`.
    #[inline]
    pub fn get_packed(&self, key: &[u8], packed: Option<u128>) -> Option<V> {
        let Some(p) = packed else {
            return if self.long.is_empty() {
                None
            } else {
                self.long.get(key).copied()
            };
        };
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = slot(p, mask);
        loop {
            match self.slots[i] {
                None => return None,
                Some((k, v)) if k == p => return Some(v),
                Some(_) => i = (i + 1) & mask,
            }
        }
    }

    /// Number of entries.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.slots.iter().flatten().count() + self.long.len()
    }
}

/// ASCII characters as a bit set.
fn ascii_mask(chars: &[char]) -> u128 {
    chars
        .iter()
        .filter(|c| c.is_ascii())
        .fold(0, |m, &c| m | 1 << (c as u32))
}

/// The parsed data of one language.
#[derive(Debug, Default)]
pub(crate) struct LangData {
    pub abbrevs: Table<Class>,
    pub starters: Table<()>,
    pub words: Table<()>,
    pub ordinal_dot: bool,
    /// Extra opening quotes: ASCII ones as a bit set, the others in a list.
    pub open_ascii: u128,
    pub open: Vec<char>,
    /// Extra closing quotes, as for `open`.
    pub close_ascii: u128,
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
    let mut abbrevs = HashMap::new();
    let mut starters = HashMap::new();
    let mut words = HashMap::new();
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
            "foreign" => Some(Class::Foreign),
            "words" => {
                words.insert(key, ());
                continue;
            }
            "starters" => {
                d.max_starter_len = d.max_starter_len.max(key.len());
                starters.insert(key, ());
                continue;
            }
            _ => None,
        };
        if let Some(class) = class {
            d.max_abbrev_len = d.max_abbrev_len.max(key.len());
            abbrevs.insert(key, class);
        }
    }
    d.abbrevs = Table::new(abbrevs);
    d.starters = Table::new(starters);
    d.words = Table::new(words);
    d.open_ascii = ascii_mask(&d.open);
    d.close_ascii = ascii_mask(&d.close);
    d.open.retain(|c| !c.is_ascii());
    d.close.retain(|c| !c.is_ascii());
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
            assert!(d.starters.len() > 0, "{code}");
        }
        assert_eq!(CODES.len(), LANGS.len());
        for (c, (l, _)) in CODES.iter().zip(LANGS) {
            assert_eq!(c, l);
        }
    }

    #[test]
    fn parse_syntax() {
        let d = parse(
            "@close » “\n@ordinal-dot\n[title]\nMr.\nт. е\n[foreign]\nнем\n[starters]\nThe # c\n",
        );
        assert_eq!(d.abbrevs.get("нем".as_bytes()), Some(Class::Foreign));
        assert_eq!(d.abbrevs.get(b"mr"), Some(Class::Title));
        assert_eq!(d.abbrevs.get("т.е".as_bytes()), Some(Class::Title));
        assert_eq!(d.starters.get(b"the"), Some(()));
        assert!(d.ordinal_dot);
        assert_eq!(d.close, vec!['»', '“']);
    }

    #[test]
    fn table_look_ups() {
        let keys = [
            "a",
            "ab",
            "abc",
            "чл.-корр",
            "fifteen-bytes-x",
            "sixteen-bytes-xx",
            "a-very-long-key-of-many-bytes",
        ];
        let t = Table::new(
            keys.iter()
                .enumerate()
                .map(|(i, k)| (k.to_string(), i))
                .collect(),
        );
        assert_eq!(t.long.len(), 2);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(t.get(k.as_bytes()), Some(i), "{k}");
        }
        for k in [
            "",
            "b",
            "a\0",
            "abcd",
            "sixteen-bytes-xy",
            "a-very-long-key-of-many-bytez",
        ] {
            assert_eq!(t.get(k.as_bytes()), None, "{k}");
        }
        let d = parse("@open ' «\n[title]\nx\n");
        assert_eq!(d.open_ascii, 1 << b'\'');
        assert_eq!(d.open, vec!['«']);
    }
}
