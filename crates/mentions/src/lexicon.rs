//! Per-language word tables, loaded once from the `data/*.tsv` files compiled into the crate.
//!
//! Every word form maps to one [`Entry`] that merges all roles the form can play ("дня" is
//! both the genitive of "день" and the "p.m." marker in "в три часа дня"); the parser picks
//! the role from context. Adding a language means adding a data file and one line in
//! [`lexicon`].

use crate::{Approx, Unit};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: tiny, fast for the short keys here, and deterministic.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// The name tables hash with FxHash (`rustc-hash`): deterministic and much faster than
/// SipHash and than FNV for their longer (Cyrillic, multi-word) keys.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub(crate) type FxSet<K> = rustc_hash::FxHashSet<K>;

/// The numeric role of a word form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumRole {
    /// Cardinal (восемь, eight, hundred).
    Card,
    /// Ordinal (седьмой, seventh).
    Ord,
    /// Collective (двое, восьмеро).
    Coll,
    /// Scale word (тысяча, million).
    Scale,
    /// Multiplicative adverb (дважды, twice).
    Mult,
    /// Decade word (nineties).
    Decade,
}

/// Function words the parser needs.
pub(crate) mod func {
    pub const AND: u32 = 1;
    pub const TO: u32 = 1 << 1;
    pub const FROM: u32 = 1 << 2;
    pub const SINCE: u32 = 1 << 3;
    pub const THROUGH: u32 = 1 << 4;
    pub const BETWEEN: u32 = 1 << 5;
    pub const MINUS: u32 = 1 << 6;
    pub const YEAR: u32 = 1 << 7;
    pub const CENTURY: u32 = 1 << 8;
    pub const HOUR: u32 = 1 << 9;
    pub const TIMEPREP: u32 = 1 << 10;
    pub const YEARPREP: u32 = 1 << 11;
    pub const AM: u32 = 1 << 12;
    pub const PM: u32 = 1 << 13;
    pub const NOON: u32 = 1 << 14;
    pub const MIDNIGHT: u32 = 1 << 15;
    pub const HALF: u32 = 1 << 16;
    pub const OF: u32 = 1 << 17;
    pub const THE: u32 = 1 << 18;
    pub const OCLOCK: u32 = 1 << 19;
    pub const OR: u32 = 1 << 20;
    pub const DAY24: u32 = 1 << 21;
}

/// Everything known about one word form.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    /// Numeric value and role.
    pub num: Option<(f64, NumRole)>,
    /// Plural-only scale form ("тысяч", "millions"): a vague quantity when bare.
    pub plural: bool,
    /// Only valid next to another number ("a" hundred, 5"m", "k").
    pub bound: bool,
    /// Written as an abbreviation that may take a full stop.
    pub abbr: bool,
    /// Month number 1..=12, 0 if none.
    pub month: u8,
    /// Unit or currency.
    pub unit: Option<Unit>,
    /// [`func`] bits.
    pub func: u32,
    /// Fraction denominator (треть = 3, quarters = 4), 0 if none.
    pub denom: f64,
    /// The denominator form needs a numerator or an article before it (`thirds`, `quarter`).
    pub denom_bound: bool,
}

/// A language's tables.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: FnvMap<Box<[u8]>, u32>,
    /// Pre-filter for `words`: bit `last byte` of row `byte length` (the last row holds every
    /// longer key) is set when some key has that length and last byte. Most words of running
    /// text fail it, which saves hashing them.
    last_by_len: Vec<[u64; 4]>,
    entries: Vec<Entry>,
    /// Approximation phrases before a number ("more than").
    pub pre: FnvMap<Box<[u8]>, Approx>,
    /// Approximation phrases after a number ("or more").
    pub post: FnvMap<Box<[u8]>, Approx>,
    /// Longest phrase in words.
    pub max_phrase: usize,
    /// The language writes a decimal comma (1,5).
    pub decimal_comma: bool,
    /// Groups thousands with a dot (1.000.000).
    pub group_dot: bool,
    /// Slash dates are month/day (US English).
    pub slash_md: bool,
    /// Whether the language has word tables at all.
    pub has_words: bool,
    /// A scale word alone is a number ("тысяча" = 1000; English needs "a thousand").
    pub bare_scale: bool,
    /// Times without a.m./p.m. are on a 12-hour clock (`at 3:30` may be 15:30).
    pub clock12: bool,
    /// "hundred" multiplies what precedes it and "and" joins parts (one hundred and five).
    pub hundred_mult: bool,
    /// Month names are capitalised (a lower-case "may"/"march" is not a month).
    pub months_capitalised: bool,
    /// A lone "I" is a pronoun, never a Roman numeral.
    pub pronoun_i: bool,
    /// "5 to 7" is a range without a preceding "from".
    pub bare_to_range: bool,
    /// A day of the month is written as an ordinal with a dot (German "am 3. Oktober").
    pub day_dot: bool,
    /// Combining stems of compound adjectives (четырех-, пятисот-), longest first.
    pub stems: Vec<(Box<[u8]>, f64)>,
    /// Suffix stems after them (-летн-, -кратн-) with their unit or scale.
    pub suffixes: Vec<(Box<[u8]>, Suffix)>,
    /// Bit set of the first bytes pairs that can start a stem (fast reject).
    pub stem_first: Vec<[u8; 2]>,
}

/// What a compound-adjective suffix contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Suffix {
    /// A unit (четырехлетний → 4 years).
    Unit(Unit),
    /// A scale (пятитысячный → 5000).
    Scale(f64),
    /// Just the number (пятиэтажный).
    None,
}

impl Lexicon {
    /// Splits a folded compound adjective into numeric stems and a suffix:
    /// `двадцатипятилетний` → (25, year). Returns `None` for ordinary words.
    pub fn compound(&self, w: &[u8]) -> Option<(f64, Suffix)> {
        if w.len() < 8 || self.stems.is_empty() {
            return None;
        }
        if !self.stem_first.contains(&[w[0], w[1]]) {
            return None;
        }
        let mut rest = w;
        let mut total = 0.0;
        let mut last = f64::INFINITY;
        for _ in 0..3 {
            let Some((stem, v)) = self
                .stems
                .iter()
                .find(|(s, v)| rest.starts_with(s) && *v < last)
            else {
                break;
            };
            total += v;
            last = if *v >= 100.0 {
                100.0
            } else if *v >= 20.0 {
                10.0
            } else {
                0.0
            };
            rest = &rest[stem.len()..];
            if let Some((_, sfx)) = self.suffixes.iter().find(|(s, _)| rest.starts_with(s)) {
                return Some((total, *sfx));
            }
            if last == 0.0 {
                break;
            }
        }
        None
    }

    /// Looks up a word already folded to lower case.
    #[inline]
    pub fn get(&self, folded: &[u8]) -> Option<u32> {
        let (&last, rows) = (folded.last()?, self.last_by_len.len());
        if rows > 0 {
            let row = &self.last_by_len[folded.len().min(rows - 1)];
            if row[usize::from(last >> 6)] & (1 << (last & 63)) == 0 {
                return None;
            }
        }
        self.words.get(folded).copied()
    }

    /// Fills the `last_by_len` pre-filter from the keys of `words`.
    fn index_words(&mut self) {
        const ROWS: usize = 33;
        let mut rows = vec![[0u64; 4]; ROWS];
        for key in self.words.keys() {
            if let Some(&last) = key.last() {
                rows[key.len().min(ROWS - 1)][usize::from(last >> 6)] |= 1 << (last & 63);
            }
        }
        self.last_by_len = rows;
    }

    /// The entry for an index returned by [`Lexicon::get`].
    #[inline]
    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    fn slot(&mut self, form: &str) -> &mut Entry {
        let key: Box<[u8]> = fold_str(form).into_bytes().into_boxed_slice();
        let n = self.entries.len() as u32;
        let idx = *self.words.entry(key).or_insert(n);
        if idx == n {
            self.entries.push(Entry::default());
        }
        &mut self.entries[idx as usize]
    }

    fn load(&mut self, data: &str) {
        for line in data.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.splitn(3, '\t');
            let (Some(role), Some(arg), Some(forms)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            match role {
                "conf" => match (arg, forms) {
                    ("decimal", "comma") => self.decimal_comma = true,
                    ("decimal", "dot") => self.decimal_comma = false,
                    ("group", "dot") => self.group_dot = true,
                    ("slashdate", "md") => self.slash_md = true,
                    ("slashdate", "dm") => self.slash_md = false,
                    ("barescale", "yes") => self.bare_scale = true,
                    ("clock", "12") => self.clock12 = true,
                    ("hundred", "multiplier") => self.hundred_mult = true,
                    ("months", "capitalised") => self.months_capitalised = true,
                    ("pronoun_i", "yes") => self.pronoun_i = true,
                    ("bare_to", "range") => self.bare_to_range = true,
                    ("daydot", "yes") => self.day_dot = true,
                    _ => {}
                },
                "stem" => {
                    let v: f64 = arg.parse().unwrap_or(0.0);
                    for f in forms.split(' ').filter(|f| !f.is_empty()) {
                        let b = fold_str(f).into_bytes();
                        let first = [b[0], b.get(1).copied().unwrap_or(0)];
                        if !self.stem_first.contains(&first) {
                            self.stem_first.push(first);
                        }
                        self.stems.push((b.into_boxed_slice(), v));
                    }
                    self.stems.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
                }
                "suffix" => {
                    let sfx = if arg == "none" {
                        Suffix::None
                    } else if let Some(n) = arg.strip_prefix("scale:") {
                        Suffix::Scale(n.parse().unwrap_or(1.0))
                    } else if let Some(u) = Unit::from_code(arg) {
                        Suffix::Unit(u)
                    } else {
                        continue;
                    };
                    for f in forms.split(' ').filter(|f| !f.is_empty()) {
                        self.suffixes
                            .push((fold_str(f).into_bytes().into_boxed_slice(), sfx));
                    }
                }
                "approx" | "post" => {
                    let Some(a) = Approx::from_code(arg) else {
                        continue;
                    };
                    let key = fold_str(forms).into_bytes().into_boxed_slice();
                    self.max_phrase = self.max_phrase.max(forms.split(' ').count());
                    if role == "approx" {
                        self.pre.insert(key, a);
                    } else {
                        self.post.insert(key, a);
                    }
                }
                _ => {
                    for form in forms.split(' ').filter(|f| !f.is_empty()) {
                        self.add_form(role, arg, form);
                    }
                }
            }
        }
    }

    fn add_form(&mut self, role: &str, arg: &str, form: &str) {
        let mut f = form;
        let mut plural = false;
        let mut bound = false;
        let mut abbr = false;
        if let Some(s) = f.strip_suffix('*') {
            f = s;
            plural = true;
        }
        if let Some(s) = f.strip_suffix('!') {
            f = s;
            bound = true;
        }
        if f.len() > 1 {
            if let Some(s) = f.strip_suffix('.') {
                if !s.contains('.') {
                    f = s;
                    abbr = true;
                }
            }
        }
        if role == "ord" {
            if let Some((stem, class)) = f.split_once('/') {
                let endings: &[&str] = if class == "stressed" {
                    &[
                        "ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми",
                    ]
                } else {
                    &[
                        "ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми",
                        "ою",
                    ]
                };
                let v: f64 = arg.parse().unwrap_or(0.0);
                for e in endings {
                    let w = format!("{stem}{e}");
                    self.slot(&w).num = Some((v, NumRole::Ord));
                }
                return;
            }
        }
        self.has_words = true;
        let e = self.slot(f);
        e.abbr |= abbr;
        let num = |r| Some((arg.parse::<f64>().unwrap_or(0.0), r));
        match role {
            "card" => {
                e.num = num(NumRole::Card);
                e.bound = bound;
            }
            "ord" => e.num = num(NumRole::Ord),
            "coll" => e.num = num(NumRole::Coll),
            "mult" => e.num = num(NumRole::Mult),
            "decade" => e.num = num(NumRole::Decade),
            "scale" => {
                e.num = num(NumRole::Scale);
                e.plural = plural;
                e.bound = bound;
            }
            "month" => e.month = arg.parse().unwrap_or(0),
            "denom" => {
                e.denom = arg.parse().unwrap_or(0.0);
                e.denom_bound = bound;
            }
            "unit" => e.unit = Unit::from_code(arg),
            "func" => {
                e.func |= match arg {
                    "and" => func::AND,
                    "to" => func::TO,
                    "from" => func::FROM,
                    "since" => func::SINCE,
                    "through" => func::THROUGH,
                    "between" => func::BETWEEN,
                    "minus" => func::MINUS,
                    "year" => func::YEAR,
                    "century" => func::CENTURY,
                    "hour" => func::HOUR,
                    "timeprep" => func::TIMEPREP,
                    "yearprep" => func::YEARPREP,
                    "am" => func::AM,
                    "pm" => func::PM,
                    "noon" => func::NOON,
                    "midnight" => func::MIDNIGHT,
                    "half" => func::HALF,
                    "of" => func::OF,
                    "the" => func::THE,
                    "oclock" => func::OCLOCK,
                    "or" => func::OR,
                    "day24" => func::DAY24,
                    _ => 0,
                }
            }
            _ => {}
        }
    }
}

/// Folds a string the way [`fold_into`] folds bytes (used when loading tables).
pub(crate) fn fold_str(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// Lower-cases `word` into `buf` (ASCII and Cyrillic fast paths, ё → е) and returns the
/// folded length, or `None` if it does not fit.
#[inline]
pub(crate) fn fold_into(word: &[u8], buf: &mut [u8]) -> Option<usize> {
    if word.len() > buf.len() {
        return None;
    }
    let mut i = 0;
    let mut o = 0;
    while i < word.len() {
        let b = word[i];
        if b < 0x80 {
            buf[o] = b.to_ascii_lowercase();
            i += 1;
            o += 1;
        } else if b == 0xC3 && i + 1 < word.len() {
            // Latin-1 letters: Ä Ö Ü À É … → ä ö ü à é (not × 0x97, not ß 0x9F)
            let c = word[i + 1];
            buf[o] = b;
            buf[o + 1] = if (0x80..=0x9E).contains(&c) && c != 0x97 {
                c + 0x20
            } else {
                c
            };
            i += 2;
            o += 2;
        } else if (b == 0xD0 || b == 0xD1) && i + 1 < word.len() {
            let c = word[i + 1];
            let (x, y) = match (b, c) {
                (0xD0, 0x90..=0x9F) => (0xD0, c + 0x20),
                (0xD0, 0xA0..=0xAF) => (0xD1, c - 0x20),
                (0xD0, 0x81) | (0xD1, 0x91) => (0xD0, 0xB5), // Ё ё -> е
                _ => (b, c),
            };
            buf[o] = x;
            buf[o + 1] = y;
            i += 2;
            o += 2;
        } else {
            // Other scripts: copy the character unchanged (tables are ru/en only for now).
            let len = utf8_len(b);
            let end = (i + len).min(word.len());
            let n = end - i;
            buf[o..o + n].copy_from_slice(&word[i..end]);
            i = end;
            o += n;
        }
    }
    Some(o)
}

#[inline]
pub(crate) fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

static RU: OnceLock<Lexicon> = OnceLock::new();
static EN: OnceLock<Lexicon> = OnceLock::new();
static GENERIC: OnceLock<Lexicon> = OnceLock::new();

const COMMON: &str = include_str!("../data/common.tsv");

fn build(data: &str) -> Lexicon {
    let mut l = Lexicon::default();
    l.load(COMMON);
    l.has_words = false;
    l.load(data);
    l.index_words();
    l
}

/// The lexicon for an ISO 639-1 code (`"generic"` tables for unknown languages: digits,
/// symbols and international unit abbreviations only).
pub(crate) fn lexicon(lang: &str) -> &'static Lexicon {
    let b = lang.as_bytes();
    let mut code = [0u8; 2];
    if b.len() >= 2 {
        code = [b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase()];
    }
    // ISO codes are ASCII; anything else falls through to the generic tables.
    match std::str::from_utf8(&code).unwrap_or("") {
        "ru" => RU.get_or_init(|| build(include_str!("../data/ru.tsv"))),
        "en" => EN.get_or_init(|| build(include_str!("../data/en.tsv"))),
        "de" => {
            static DE: OnceLock<Lexicon> = OnceLock::new();
            DE.get_or_init(|| build(include_str!("../data/de.tsv")))
        }
        "fr" => {
            static FR: OnceLock<Lexicon> = OnceLock::new();
            FR.get_or_init(|| build(include_str!("../data/fr.tsv")))
        }
        "es" => {
            static ES: OnceLock<Lexicon> = OnceLock::new();
            ES.get_or_init(|| build(include_str!("../data/es.tsv")))
        }
        "it" | "pt" | "nl" | "id" | "tr" | "da" => {
            static DOT: OnceLock<Lexicon> = OnceLock::new();
            DOT.get_or_init(|| build("conf\tdecimal\tcomma\nconf\tgroup\tdot\n"))
        }
        "uk" | "be" | "pl" | "cs" | "sk" | "bg" | "sr" | "hr" | "sv" | "fi" | "no" | "nb"
        | "kk" => {
            static COMMA: OnceLock<Lexicon> = OnceLock::new();
            COMMA.get_or_init(|| build("conf\tdecimal\tcomma\n"))
        }
        _ => GENERIC.get_or_init(|| build("conf\tdecimal\tdot\n")),
    }
}
