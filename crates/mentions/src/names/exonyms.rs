//! The curated exonym / translated-name table (`data/exonyms.tsv`), parsed once.

use crate::lexicon::{FxMap, FxSet};
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

/// A set of 3-char prefixes as a 64K-bit table indexed by a cheap mix of the chars: a
/// pre-filter (false positives are possible and harmless, false negatives are not).
pub(crate) struct PrefixBits(Vec<u64>);

impl PrefixBits {
    fn new() -> Self {
        PrefixBits(vec![0; 1 << 10])
    }
    #[inline]
    fn slot(p: &[char; 3]) -> usize {
        let h = (u32::from(p[0]).wrapping_mul(0x9E37_79B1))
            ^ (u32::from(p[1]).wrapping_mul(0x85EB_CA77)).rotate_left(11)
            ^ (u32::from(p[2]).wrapping_mul(0xC2B2_AE3D)).rotate_left(22);
        (h >> 16) as usize
    }
    pub(crate) fn insert(&mut self, p: [char; 3]) {
        let k = Self::slot(&p);
        self.0[k >> 6] |= 1 << (k & 63);
    }
    #[inline]
    pub(crate) fn contains(&self, p: &[char; 3]) -> bool {
        let k = Self::slot(p);
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }
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
    pub forms: FxMap<String, Vec<Form>>,
    /// First three normalised chars of the first token of every form (a cheap pre-filter).
    pub prefixes: PrefixBits,
    /// Same, for forms that match lower-case text (российский, сектор Газа).
    pub prefixes_any: PrefixBits,
    /// For lower-case forms: 3-char prefix → the longer prefixes that survive inflection
    /// (all but the last two chars, at most five: "росси" for российский), a second filter.
    pub stable_any: FxMap<[char; 3], Vec<String>>,
    /// The same second filter for every form (short forms under their 2-char prefix).
    pub stable: FxMap<[char; 3], Vec<String>>,
    /// First words of multi-word forms (to skip multi-token lookups quickly).
    pub first_words: FxSet<String>,
    /// Longest form in tokens.
    pub max_tokens: usize,
    /// [`pair_key`] of the first two words of every multi-word form (a pre-filter).
    pub pairs: FxSet<u64>,
    /// Per entity: ordinary vocabulary written as an acronym (id ending in `*`: ВВП, СМИ).
    pub common: Vec<bool>,
    /// The first word of every form, keyed by its first two chars: the exact pre-filter of
    /// [`Table::could_match`].
    pub words2: FxMap<[char; 2], Vec<FirstWord>>,
    /// Pairs (region, place) of entities where a form of the first is a form of the second
    /// followed by a region word (Moscow Region / Moscow, Tver Oblast / Tver).
    pub regions: FxSet<(u32, u32)>,
}

/// Words that make a region of a place (the last word of an English form).
const REGION_WORDS: &[&str] = &[
    "region",
    "oblast",
    "area",
    "suburbs",
    "province",
    "territory",
    "krai",
    "county",
    "district",
];

/// The first word of a form (folded).
pub(crate) struct FirstWord {
    pub chars: Vec<char>,
    pub text: String,
    /// The word is a whole (one-word) form.
    pub single: bool,
}

impl Table {
    /// Whether the word `w` (folded chars) can start a table match, `next` being the next
    /// token when a multi-word form could continue there. A one-word match needs a base form
    /// of the word that is a form; a longer one a base form that is a first word and pairs
    /// with the next token (see [`pair_key`]). Every base form the normaliser builds from a
    /// Cyrillic word is a stem of it (the word without one of its case endings, two chars or
    /// more) plus at most two chars, or that minus one char (Захаровой → Захарова →
    /// Захаров); from a Latin word, a prefix of it (Peskov's → Peskov). Words that share no
    /// such stem with any first word are ruled out before their base forms are built.
    pub(crate) fn could_match(&self, w: &[char], cyrillic: bool, next: Option<&str>) -> bool {
        if w.len() < 2 {
            return true;
        }
        let Some(list) = self.words2.get(&[w[0], w[1]]) else {
            return false;
        };
        let n = w.len();
        let mut ends = [0usize; 8];
        let mut ne = 0;
        if cyrillic {
            for e in super::normalize::ru_ending_lengths(w).take(ends.len()) {
                ends[ne] = e;
                ne += 1;
            }
        }
        let stem_ok = |f: &[char]| {
            if !cyrillic {
                return w.starts_with(f);
            }
            ends[..ne].iter().any(|&e| {
                let s = n - e;
                s >= 2 && f.len() + 1 >= s && f.len() <= s + 2 && {
                    let m = f.len().min(s);
                    f[..m] == w[..m]
                }
            })
        };
        list.iter().any(|f| {
            stem_ok(&f.chars)
                && (f.single || next.is_some_and(|x| self.pairs.contains(&pair_key(&f.text, x))))
        })
    }
}

/// Lower-cases and folds ё → е.
pub(crate) fn norm_char(c: char) -> char {
    match super::translit::lower(c) {
        'ё' => 'е',
        '’' => '\'',
        x => x,
    }
}

/// `word` folded with [`norm_char`] into `buf` (no allocation): the number of bytes
/// written, or `None` if it does not fit.
#[inline]
pub(crate) fn fold_bytes(word: &str, buf: &mut [u8]) -> Option<usize> {
    let mut n = 0;
    for c in word.chars().map(norm_char) {
        let l = c.len_utf8();
        if n + l > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + l]);
        n += l;
    }
    Some(n)
}

/// `word` folded with [`norm_char`] into `buf`, or into `heap` when it does not fit, as
/// UTF-8 bytes.
pub(crate) fn fold_buf<'b>(word: &str, buf: &'b mut [u8], heap: &'b mut String) -> &'b [u8] {
    match fold_bytes(word, buf) {
        Some(n) => &buf[..n],
        None => {
            heap.clear();
            heap.extend(word.chars().map(norm_char));
            heap.as_bytes()
        }
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
        forms: FxMap::default(),
        prefixes: PrefixBits::new(),
        prefixes_any: PrefixBits::new(),
        stable_any: FxMap::default(),
        stable: FxMap::default(),
        first_words: FxSet::default(),
        max_tokens: 1,
        pairs: FxSet::default(),
        common: Vec::new(),
        words2: FxMap::default(),
        regions: FxSet::default(),
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
                    let fc: Vec<char> = first.chars().collect();
                    if fc.len() >= 2 {
                        let v = t.words2.entry([fc[0], fc[1]]).or_default();
                        match v.iter_mut().find(|w| w.chars == fc) {
                            Some(w) => w.single |= ntok == 1,
                            None => v.push(FirstWord {
                                chars: fc,
                                text: first.to_string(),
                                single: ntok == 1,
                            }),
                        }
                    }
                    if ntok > 1 {
                        t.first_words.insert(first.to_string());
                        if let Some(second) = key.split(' ').nth(1) {
                            t.pairs.insert(pair_key(first, second));
                        }
                    }
                    // Russian words inflect at the end (keep all but two chars, at most
                    // five); a Latin-script token that matches a form starts with its whole
                    // first word (Russians, Peskov's)
                    let n = first.chars().count();
                    let latin = !super::translit::has_cyrillic(first);
                    let stable_len = if latin {
                        n
                    } else {
                        n.saturating_sub(2).clamp(3, 5)
                    };
                    if case == CaseRule::Any || ntok > 1 {
                        t.prefixes_any.insert(prefix3(first));
                        let stable: String = first.chars().take(stable_len).collect();
                        let v = t.stable_any.entry(prefix3(first)).or_default();
                        if !v.contains(&stable) {
                            v.push(stable);
                        }
                    }
                    t.prefixes.insert(prefix3(first));
                    let mut add = |key: [char; 3], len: usize| {
                        let st: String = first.chars().take(len).collect();
                        let v = t.stable.entry(key).or_default();
                        if !v.contains(&st) {
                            v.push(st);
                        }
                    };
                    add(prefix3(first), stable_len);
                    if n <= 4 {
                        add(prefix2(first), if latin { n } else { 2 });
                    }
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
    for (key, forms) in &t.forms {
        let Some((place, last)) = key.rsplit_once(' ') else {
            continue;
        };
        if !REGION_WORDS.contains(&last) {
            continue;
        }
        for f in forms {
            for g in t.forms.get(place).into_iter().flatten() {
                if g.entity != f.entity {
                    t.regions.insert((f.entity, g.entity));
                }
            }
        }
    }
    t
}

/// Whether one entity is the region around the other (Подмосковье / Moscow): a translation
/// may name either.
pub(crate) fn region_pair(a: u32, b: u32) -> bool {
    let r = &table().regions;
    r.contains(&(a, b)) || r.contains(&(b, a))
}

pub(crate) fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(parse)
}

/// The id (first column of `exonyms.tsv`) of an entity number.
pub(crate) fn entity_id(e: u32) -> Option<&'static str> {
    table().ids.get(e as usize).copied()
}

/// A key of a normalised first word and the first two chars of the (normalised or raw)
/// second word: inflection never changes the first two chars of a word.
pub(crate) fn pair_key(first: &str, second: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    first.hash(&mut h);
    for c in second.chars().take(2) {
        norm_char(c).hash(&mut h);
    }
    h.finish()
}

/// Whether an entity is ordinary vocabulary (ВВП / GDP, СМИ / media).
pub(crate) fn entity_common(e: u32) -> bool {
    table().common.get(e as usize).copied().unwrap_or(false)
}

#[cfg(test)]
mod data_tests {
    #[test]
    fn a_region_and_its_place() {
        let t = super::table();
        let id = |x: &str| t.ids.iter().position(|i| *i == x).unwrap() as u32;
        assert!(super::region_pair(id("moscow"), id("moscow_region")));
        assert!(!super::region_pair(id("moscow"), id("russia")));
    }

    /// `candidates::extract` skips the table look-up for lower-case English words; that is only
    /// right while every English form starts with a capital.
    #[test]
    fn english_forms_start_with_a_capital() {
        for line in super::DATA.lines().filter(|l| !l.starts_with('#')) {
            let Some(en) = line.split('\t').nth(2) else {
                continue;
            };
            for form in en.split(',').map(|f| f.trim().trim_start_matches('~')) {
                assert!(
                    !form.starts_with(char::is_lowercase),
                    "English form {form:?} starts lower-case: update the look-up skip in candidates.rs"
                );
            }
        }
    }
}
