//! Per-language word tables, loaded once from the `data/*.tsv` files compiled into the crate.
//!
//! Every word form maps to one [`Entry`] that merges all roles the form can play ("дня" is
//! both the genitive of "день" and the "p.m." marker in "в три часа дня"); the parser picks
//! the role from context. Adding a language means adding a data file and one line in
//! [`lexicon`].

use crate::{Approx, Unit};
use std::collections::{HashMap, HashSet};
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
        let h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        self.0 = fnv1a_from(h, bytes);
    }
}

/// FNV-1a over `bytes`, going on from the hash `h`.
pub(crate) fn fnv1a_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
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
    /// Pre-filter for `words`: one bit per hash of (byte length, folded first character,
    /// folded last character) of every key (see [`word_sig`]). Folding keeps byte lengths
    /// and folds each character on its own, so the signature of a word is the same before and
    /// after folding: most words of running text fail the filter without being folded or
    /// hashed as a whole.
    sig_bits: Vec<u64>,
    entries: Vec<Entry>,
    /// Approximation phrases before a number ("more than").
    pub pre: FnvMap<Box<[u8]>, Approx>,
    /// The last word of every `pre` phrase (after its last space or hyphen), folded and
    /// without a full stop (`approx.` → `approx`): a word not in it ends no approximation
    /// phrase.
    pub pre_last: HashSet<Box<[u8]>, BuildHasherDefault<Fnv>>,
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
    /// Bit set over a hash of the first four bytes of every stem (fast reject; every stem is
    /// at least two Cyrillic letters long).
    pub stem_prefix: Vec<u64>,
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
        let slot = stem_slot(w);
        if self.stem_prefix[slot >> 6] & (1 << (slot & 63)) == 0 {
            return None;
        }
        let mut rest = w;
        let mut total = 0.0;
        let mut last = f64::INFINITY;
        for _ in 0..3 {
            let Some((stem, v)) = self
                .stems
                .iter()
                // the second byte first: it tells Cyrillic stems apart without a memcmp call
                .find(|(s, v)| s.get(1) == rest.get(1) && rest.starts_with(s) && *v < last)
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
        if !self.may_contain(folded) {
            return None;
        }
        self.words.get(folded).copied()
    }

    /// Whether `word` (folded or not) can be a key: `false` means it certainly is not.
    #[inline]
    pub fn may_contain(&self, word: &[u8]) -> bool {
        if self.sig_bits.is_empty() {
            return !word.is_empty();
        }
        let Some(sig) = word_sig(word) else {
            return false;
        };
        self.sig_bits[sig >> 6] & (1 << (sig & 63)) != 0
    }

    /// Fills the `sig_bits` pre-filter from the keys of `words`.
    fn index_words(&mut self) {
        let mut bits = vec![0u64; SIG_SLOTS / 64];
        for key in self.words.keys() {
            if let Some(sig) = word_sig(key) {
                bits[sig >> 6] |= 1 << (sig & 63);
            }
        }
        self.sig_bits = bits;
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
                        if b.len() < 4 {
                            continue; // shorter than compound() looks at
                        }
                        if self.stem_prefix.is_empty() {
                            self.stem_prefix = vec![0; STEM_SLOTS / 64];
                        }
                        let slot = stem_slot(&b);
                        self.stem_prefix[slot >> 6] |= 1 << (slot & 63);
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
                        if let Some(last) = key.rsplit(|&b| b == b' ' || b == b'-').next() {
                            // "approx." ends with the word "approx" in the text
                            self.pre_last
                                .insert(last.strip_suffix(b".").unwrap_or(last).into());
                        }
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

/// Folds a string the way [`fold_text`] folds bytes, and other scripts too (used when
/// loading tables).
pub(crate) fn fold_str(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// Number of bits in the stem pre-filter.
const STEM_SLOTS: usize = 1 << 12;

/// Stem pre-filter slot of a folded word of at least four bytes: a hash of its first four.
#[inline]
fn stem_slot(w: &[u8]) -> usize {
    let k = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
    (k.wrapping_mul(0x9E37_79B1) >> 20) as usize & (STEM_SLOTS - 1)
}

/// Number of bits in the key pre-filter (8 KiB).
const SIG_SLOTS: usize = 1 << 16;

/// The folded form of the character starting at `w[i]`, as a number (its UTF-8 bytes; only
/// the first two for longer characters), folded exactly as [`fold_text`] folds it.
#[inline]
fn folded_char(w: &[u8], i: usize) -> u32 {
    let b = w[i];
    if b < 0x80 {
        return u32::from(b.to_ascii_lowercase());
    }
    let c = w.get(i + 1).copied().unwrap_or(0);
    let (x, y) = fold_pair(b, c);
    (u32::from(x) << 8) | u32::from(y)
}

/// Lower-cases a two-byte character (lead byte `b`, continuation `c`): Latin-1 letters
/// (Ä Ö Ü À É … → ä ö ü à é; not × or ß) and Cyrillic (Ё and ё → е). Anything else is
/// returned unchanged.
#[inline]
fn fold_pair(b: u8, c: u8) -> (u8, u8) {
    match (b, c) {
        (0xC3, 0x80..=0x9E) if c != 0x97 => (b, c + 0x20),
        (0xD0, 0x90..=0x9F) => (0xD0, c + 0x20),
        (0xD0, 0xA0..=0xAF) => (0xD1, c - 0x20),
        (0xD0, 0x81) | (0xD1, 0x91) => (0xD0, 0xB5),
        _ => (b, c),
    }
}

/// Pre-filter slot of a word: a hash of its byte length and its first and last characters,
/// folded. Equal for a word and its folded form. `None` for an empty word.
#[inline]
fn word_sig(w: &[u8]) -> Option<usize> {
    if w.is_empty() {
        return None;
    }
    let mut last = w.len() - 1;
    // back to the first byte of the last character (at most three continuation bytes)
    for _ in 0..3 {
        if last > 0 && (0x80..0xC0).contains(&w[last]) {
            last -= 1;
        }
    }
    let mut h = (w.len() as u32).wrapping_mul(0x9E37_79B1)
        ^ folded_char(w, 0).wrapping_mul(0x85EB_CA6B)
        ^ folded_char(w, last).wrapping_mul(0xC2B2_AE35);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2C1B_3C6D);
    h ^= h >> 13;
    Some(h as usize & (SIG_SLOTS - 1))
}

/// Lower-cases `src` into `dst` (same length): ASCII, Latin-1 letters and Cyrillic (ё → е);
/// other characters are copied unchanged. Every character keeps its byte length, so offsets
/// into the folded text are offsets into the original. Eight ASCII bytes at a time where it
/// can.
pub(crate) fn fold_text(src: &[u8], dst: &mut [u8]) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let n = src.len().min(dst.len());
    let mut i = 0;
    while i < n {
        if let (Some(s8), Some(d8)) = (src.get(i..i + 8), dst.get_mut(i..i + 8)) {
            let w = u64::from_le_bytes([s8[0], s8[1], s8[2], s8[3], s8[4], s8[5], s8[6], s8[7]]);
            if w & HIGH == 0 {
                // each byte < 0x80: no carries between bytes; high bit of `ge_a` set when
                // the byte is ≥ 'A', of `gt_z` when it is > 'Z'
                let ge_a = w + ONES * u64::from(0x80 - b'A');
                let gt_z = w + ONES * u64::from(0x80 - b'Z' - 1);
                let upper = ge_a & !gt_z & HIGH;
                d8.copy_from_slice(&(w | (upper >> 2)).to_le_bytes());
                i += 8;
                continue;
            }
        }
        // one character
        let b = src[i];
        if b < 0x80 {
            dst[i] = b.to_ascii_lowercase();
            i += 1;
        } else if (b == 0xC3 || b == 0xD0 || b == 0xD1) && i + 1 < n {
            (dst[i], dst[i + 1]) = fold_pair(b, src[i + 1]);
            i += 2;
        } else {
            let j = (i + utf8_len(b)).min(n);
            dst[i..j].copy_from_slice(&src[i..j]);
            i = j;
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Folds character by character (no eight-byte path).
    fn fold_by_chars(text: &str) -> Vec<u8> {
        let mut out = vec![0u8; text.len()];
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            fold_text(&text.as_bytes()[i..i + n], &mut out[i..i + n]);
        }
        out
    }

    #[test]
    fn fold_text_is_per_character_and_keeps_offsets() {
        for text in [
            "",
            "ПЕСКОВ заявил: «Ёлки» — 1,5 млн. ÄÖÜ straße École ΑΘΗΝΑ 東京 ✓",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ 0123456789 abcdefgh",
            "ПЕСКОВ заявил: ЁЛКИ, ÄÖÜ École 1,5 млн.",
            "В 2023 ГОДУ Сектор Газа; U.S. Dr. Smith’s 7th ЁЁЁ ёё",
        ] {
            let mut folded = vec![0u8; text.len()];
            fold_text(text.as_bytes(), &mut folded);
            assert_eq!(folded, fold_by_chars(text), "{text}");
            // where fold_str folds the same way (ASCII, Latin-1 other than ß, Cyrillic) the
            // bytes are the same as fold_str's
            let same_scripts = |c: char| {
                c.is_ascii()
                    || ('\u{c0}'..='\u{ff}').contains(&c) && c != 'ß'
                    || ('\u{400}'..='\u{4ff}').contains(&c)
            };
            if text.chars().all(same_scripts) {
                assert_eq!(folded, fold_str(text).into_bytes(), "{text}");
            }
        }
        let mut folded = vec![0u8; "ПЕСКОВ ABC".len()];
        fold_text("ПЕСКОВ ABC".as_bytes(), &mut folded);
        assert_eq!(std::str::from_utf8(&folded).unwrap(), "песков abc");
    }

    #[test]
    fn prefilter_never_rejects_a_key_in_any_case() {
        for lang in ["ru", "en", "de", "fr", "es"] {
            let lex = lexicon(lang);
            for key in lex.words.keys() {
                assert!(
                    lex.may_contain(key),
                    "{lang}: {:?}",
                    String::from_utf8_lossy(key)
                );
                let s = std::str::from_utf8(key).unwrap();
                let upper = s.to_uppercase();
                if upper.len() == s.len() && upper.to_lowercase() == s {
                    // the raw (upper-case) form passes too: tokens are filtered before folding
                    assert!(lex.may_contain(upper.as_bytes()), "{lang}: {upper}");
                    let mut buf = vec![0u8; upper.len()];
                    fold_text(upper.as_bytes(), &mut buf);
                    assert_eq!(
                        lex.get(&buf),
                        lex.words.get(key).copied(),
                        "{lang}: {upper}"
                    );
                }
            }
            // the filter rejects ordinary words of running text without hashing them
            let sample = "the talks went on for hours and nobody said anything \
                          переговоры продолжались несколько часов подряд";
            let rejected = sample
                .split(' ')
                .filter(|w| !lex.may_contain(w.as_bytes()))
                .count();
            assert!(
                rejected * 2 > sample.split(' ').count(),
                "{lang}: {rejected}"
            );
        }
    }

    #[test]
    fn compound_stems_pass_their_prefilter() {
        let lex = lexicon("ru");
        assert!(!lex.stems.is_empty());
        for (stem, _) in &lex.stems {
            let slot = stem_slot(stem);
            assert!(lex.stem_prefix[slot >> 6] & (1 << (slot & 63)) != 0);
        }
        let w = "двадцатипятилетний".as_bytes();
        assert_eq!(lex.compound(w).map(|(v, _)| v), Some(25.0));
        assert_eq!(lex.compound("заявления".as_bytes()), None);
    }
}
