//! Names: find person, place and organisation names in Russian and English text, normalise
//! Russian inflection, and decide whether two mentions (in the same or different scripts)
//! name the same thing.
//!
//! ```
//! use bitext_mentions::names::{extract_names, name_similarity};
//! let ru = extract_names("Об этом заявил пресс-секретарь Кремля Дмитрий Песков.", "ru");
//! let en = extract_names("Kremlin spokesman Dmitry Peskov said this.", "en");
//! assert_eq!(ru[1].base, "Дмитрий Песков");
//! assert!(name_similarity(&ru[1], &en[1]) > 0.9);
//! assert_eq!(ru[0].anchor_key(), en[0].anchor_key()); // Кремль / Kremlin via the table
//! ```
//!
//! How it works:
//! * **Candidates** ([`extract_names`]): capitalised words and runs of them (with particles:
//!   Pierre de Coubertin), all-caps acronyms (ТАСС, UN), short quoted titles («Известия»),
//!   and entries of the curated table `data/exonyms.tsv` in any case (российских, Белого дома,
//!   Foreign Ministry). Function words and English titles/months are never names; a single
//!   capitalised word at sentence start is kept but flagged [`NameMention::sentence_initial`]
//!   (dropped if the same word occurs in lower case in the text, or in Russian if it is an
//!   ordinary noun or verb of `data/ru-vocabulary.{txt,bin}`, the Hunspell dictionary: Власти,
//!   Число; not flagged in English when it is no English word at all: Pogba, Kianzad). The
//!   first word of a Russian sentence-initial run is ordinary vocabulary when it is such a word
//!   (Представители Демократической партии). A run of acronyms and ordinary words only (СМП
//!   РСКГ, ASIO Bill) is ordinary vocabulary: such acronyms are often translated. In Russian a quote of one to four words
//!   is a title even when only its first word is capitalised («Смерти вопреки»), and an
//!   acronym followed by a capitalised word ends a run (ЦСКА | Сергей Жуков).
//! * **Ordinary vocabulary** ([`NamePart::common`]): the word lists of `names/common.rs`,
//!   Russian adjectives that are not place adjectives or surnames (Главное, Главном,
//!   Центристской; not the first names Дмитрий, Рахим), short Russian abbreviations next to a
//!   proper word (Капанский МЦ), table words written in lower case (парламента), and English
//!   common words from `data/en-vocabulary.txt` (SCOWL size 35: Treasury, Godfather, Boot; a
//!   word that is also a proper noun, such as Golden, Red or Smith, only next to such a word).
//! * **German** (`lang` "de"), where every noun is capitalised: the rules of
//!   `data/names-de.tsv` (function words, determiners, noun suffixes such as -ung/-heit,
//!   compound heads such as -präsident, frequent nouns) drop ordinary nouns and split runs at
//!   them (Bundespräsident Frank-Walter Steinmeier → Frank-Walter Steinmeier); a remaining
//!   lone word is kept but marked [`NameMention::common`] unless a cue says it is a name (in
//!   Berlin, nach Hamburg; the last part of a full name seen earlier in the text).
//! * **Normalisation** ([`base_forms`]): rule-based candidate nominatives for Russian
//!   (Пескову → Песков, Газе → Газа, России → Россия, Захаровой → Захарова/Захаров),
//!   English possessives and plural demonyms.
//! * **Matching** ([`name_similarity`]): each part of a name is reduced to phonetic skeleton
//!   keys ([`name_key`]) that are identical for transliteration variants; keys are compared
//!   with a weighted edit distance that is cheap for vowels, `h`, `w`, `y/i/j` and known
//!   ambiguity classes but charges a full unit for any other consonant change, so
//!   Zelensky/Zelenskyy score 1.0 and Peskov/Pechkov about 0.6. Within one script
//!   (en ↔ en, de ↔ en, ru ↔ ru) transliteration variants do not apply: a score at or above
//!   [`SAME_NAME`] is lowered into the near-miss band unless the names are spelt alike
//!   (case, diacritics, doubled letters, inflection and a few spelling habits such as
//!   -y/-iy/-yy aside), so Steinmeier/Steinmayer is a near miss. [`transliterations`] exposes
//!   the conventional spellings (BGN/PCGN, ISO 9, GOST 7.79-B, ICAO, news habits).
//!
//! Why hand-written code rather than an existing crate: transliteration crates implement one
//! convention each (we need all at once, and the reverse direction for English names in
//! Russian text), stemmers (Snowball) over-stem names (Песковский → песковск, Газа → газ) and
//! do not know surname paradigms, and generic string similarity (Jaro–Winkler from `strsim`)
//! cannot separate a transliteration variant from a one-consonant misspelling, which is the
//! distinction the checker needs. No regex is used; extraction is a single pass over chars.
//!
//! Using it in a checker:
//! * `name_similarity >= SAME_NAME` (0.8): the same name; `NEAR_MISS..SAME_NAME` (0.45..0.8):
//!   a near miss, most often a one-consonant misspelling (on the dev cases 78 % of injected
//!   misspellings land in this band); below: different names.
//! * Weak candidates, whose missing counterpart is weak evidence: `sentence_initial`,
//!   `title_case` (English headlines), `common` (ordinary vocabulary such as "Ministry",
//!   "Главное управление", usually translated), [`NameKind::Title`] (often translated),
//!   `derived` table entries (российский / Russian: the translator may drop the adjective).
//! * Compare mentions as multisets per bead and look into neighbouring beads: a name that
//!   occurs twice may be misspelt only once.
//! * Speed: `extract` with names runs at about 50 MB/s (Russian) and 45 MB/s (English) on one
//!   core on the generated news text of `cargo bench -p bitext-mentions --bench extract`
//!   (numbers alone: 115–135 MB/s). The skeleton keys of a part ([`NamePart::keys`]) are
//!   computed when it is first compared, so extraction alone does not pay for the
//!   transliterations, and the exonym table is consulted only for words that share a stem
//!   with one of its first words.
//! * `strsim` is not used here: its Jaro–Winkler cannot tell a transliteration variant from a
//!   misspelling; the skeleton distance above can.

mod candidates;
mod common;
mod exonyms;
mod german;
mod normalize;
mod russian;
mod translit;

use std::ops::Range;
use std::sync::OnceLock;

pub use normalize::base_forms;
pub use translit::{key_similarity, latin_readings, name_key, transliterate, transliterations};

/// Similarity at or above which two names are taken to be the same name.
pub const SAME_NAME: f32 = 0.8;
/// Similarity at or above which (and below [`SAME_NAME`]) two names look like a misspelling
/// or a distant variant of each other.
pub const NEAR_MISS: f32 = 0.45;

/// What kind of candidate a [`NameMention`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum NameKind {
    /// A capitalised word or a run of them (Дмитрий Песков, New York).
    Name,
    /// A single all-caps word (ТАСС, NATO, МИД).
    Acronym,
    /// A short quoted title («Известия», "Wall of Moms"); often translated rather than
    /// transliterated, so a consumer should be lenient with these.
    Title,
    /// An entry of the exonym table that is not an acronym (Сектор Газа, Foreign Ministry,
    /// российский); see [`NameMention::entity`].
    Exonym,
}

/// One word of a name with its normalisation (a hyphenated word gives several parts).
///
/// The skeleton keys ([`NamePart::keys`], [`NamePart::derived_keys`]) are computed on first
/// use: extraction alone does not pay for the transliterations.
///
/// ```
/// use bitext_mentions::names::extract_names;
/// let m = &extract_names("Он встретился с Дмитрием Песковым.", "ru")[0];
/// assert_eq!(m.parts.len(), 2);
/// assert!(m.parts[1].bases.contains(&"Песков".to_string()));
/// assert_eq!(m.parts[1].keys()[0], bitext_mentions::names::name_key("Песковым"));
/// ```
#[derive(Clone)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "NamePartRepr", into = "NamePartRepr"))]
pub struct NamePart {
    /// Byte span in the text.
    pub span: Range<usize>,
    /// The word as written.
    pub surface: String,
    /// Candidate base forms, the surface first (see [`base_forms`]).
    pub bases: Vec<String>,
    /// The word is ordinary vocabulary capitalised inside a name (Ministry, Council, Главное,
    /// Совет): usually translated, so it is not required to match.
    pub common: bool,
    /// Language rules the keys depend on.
    rules: KeyRules,
    /// `keys` and `derived_keys`, computed on first use.
    cache: OnceLock<PartKeys>,
}

/// The language conventions that [`NamePart`] keys depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum KeyRules {
    /// Russian derivational suffixes (`lang == "ru"`).
    Russian,
    /// English derivational suffixes plus the German genitive `-s`.
    German,
    /// English derivational suffixes.
    #[default]
    Other,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct PartKeys {
    keys: Vec<String>,
    derived: Vec<String>,
}

impl NamePart {
    pub(crate) fn new(
        span: Range<usize>,
        surface: String,
        bases: Vec<String>,
        common: bool,
        rules: KeyRules,
    ) -> Self {
        NamePart {
            span,
            surface,
            bases,
            common,
            rules,
            cache: OnceLock::new(),
        }
    }

    fn cached(&self) -> &PartKeys {
        self.cache.get_or_init(|| {
            let (keys, derived) = candidates::part_keys(&self.surface, &self.bases, self.rules);
            PartKeys { keys, derived }
        })
    }

    /// Skeleton keys of the bases (see [`name_key`]), without duplicates.
    pub fn keys(&self) -> &[String] {
        &self.cached().keys
    }

    /// Keys of derivational stems (Olympic → olymp, украинский → украин), used as a weaker
    /// fallback when matching a place against its adjective.
    pub fn derived_keys(&self) -> &[String] {
        &self.cached().derived
    }
}

impl PartialEq for NamePart {
    fn eq(&self, other: &Self) -> bool {
        self.span == other.span
            && self.surface == other.surface
            && self.bases == other.bases
            && self.common == other.common
            && self.cached() == other.cached()
    }
}

impl std::fmt::Debug for NamePart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NamePart")
            .field("span", &self.span)
            .field("surface", &self.surface)
            .field("bases", &self.bases)
            .field("keys", &self.keys())
            .field("derived_keys", &self.derived_keys())
            .field("common", &self.common)
            .finish()
    }
}

/// The serialised form of a [`NamePart`] (keys included).
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct NamePartRepr {
    span: Range<usize>,
    surface: String,
    bases: Vec<String>,
    keys: Vec<String>,
    derived_keys: Vec<String>,
    common: bool,
}

#[cfg(feature = "serde")]
impl From<NamePart> for NamePartRepr {
    fn from(p: NamePart) -> Self {
        let PartKeys { keys, derived } = p.cached().clone();
        NamePartRepr {
            span: p.span,
            surface: p.surface,
            bases: p.bases,
            keys,
            derived_keys: derived,
            common: p.common,
        }
    }
}

#[cfg(feature = "serde")]
impl From<NamePartRepr> for NamePart {
    fn from(r: NamePartRepr) -> Self {
        let p = NamePart::new(r.span, r.surface, r.bases, r.common, KeyRules::Other);
        let _ = p.cache.set(PartKeys {
            keys: r.keys,
            derived: r.derived_keys,
        });
        p
    }
}

/// A name found in a text.
///
/// ```
/// use bitext_mentions::names::{extract_names, NameKind};
/// let m = extract_names("Орлов сообщил ТАСС о переговорах в секторе Газа.", "ru");
/// assert!(m[0].sentence_initial); // "Орлов" (also a word, орлов): capitalised by position?
/// assert_eq!(m[1].kind, NameKind::Acronym);
/// assert_eq!(m[2].surface, "секторе Газа");
/// assert_eq!(m[2].entity_id(), Some("gaza"));
/// // an ordinary word at sentence start is no name at all
/// assert_eq!(extract_names("Агентство сообщило о переговорах.", "ru"), []);
/// ```
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NameMention {
    /// Byte span in the text passed to [`extract_names`].
    pub span: Range<usize>,
    /// The text as written.
    pub surface: String,
    /// Best-guess normalised base form (Пескова → Песков); every candidate is in `parts`.
    pub base: String,
    /// A single capitalised word at sentence start: weak evidence of a name.
    pub sentence_initial: bool,
    /// The mention is in a Title Case line (an English headline: "Kanye West Apologises To
    /// Kim"), where capitalisation is no evidence of a name.
    pub title_case: bool,
    /// What kind of candidate this is.
    pub kind: NameKind,
    /// Row of the exonym table this mention is a form of (Россия, Russian, российских → the
    /// same entity); see [`NameMention::entity_id`].
    pub entity: Option<u32>,
    /// The mention is a derived form of the entity (adjective/demonym: российский, Russian).
    pub derived: bool,
    /// The words of the name, for part-wise matching (Дмитрий Песков vs Peskov).
    pub parts: Vec<NamePart>,
    /// Every part is ordinary vocabulary ("Government", "House of Representatives",
    /// "Главное управление"): likely translated, so a missing counterpart is weak evidence.
    pub common: bool,
}

impl std::fmt::Debug for NameMention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NameMention")
            .field("span", &self.span)
            .field("surface", &self.surface)
            .field("base", &self.base)
            .field("keys", &self.keys())
            .field("sentence_initial", &self.sentence_initial)
            .field("title_case", &self.title_case)
            .field("kind", &self.kind)
            .field("entity", &self.entity)
            .field("derived", &self.derived)
            .field("parts", &self.parts)
            .field("common", &self.common)
            .finish()
    }
}

/// FNV-1a, stable across platforms and Rust versions.
fn fnv(tag: u8, bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(bytes) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Consonant skeleton for anchors: vowels and `w` dropped, ambiguity classes folded.
fn anchor_skeleton(key: &str) -> String {
    key.bytes()
        .filter_map(|b| match b {
            // vowels and the letters whose presence varies between spellings
            // (Mahmoud / Махмуд, Wang / Ван); w is в more often than у (Woolf / Вулф)
            b'a' | b'H' | b'K' | b'N' => None,
            b'w' => Some('v'),
            b'Q' | b'z' | b'$' | b'X' => Some('s'),
            b'G' => Some('g'),
            b'Z' => Some('J'),
            b'T' => Some('t'),
            _ => Some(b as char),
        })
        .collect()
}

impl NamePart {
    /// Key of the shortest base (the most stripped stem), used for anchors.
    fn stem_key(&self) -> &str {
        let mut best: Option<(usize, &str)> = None;
        for (b, k) in self.bases.iter().zip(self.keys()) {
            let n = b.chars().count();
            if n >= 3 && !matches!(best, Some((m, _)) if m <= n) {
                best = Some((n, k));
            }
        }
        best.map(|x| x.1)
            .or_else(|| self.keys().first().map(String::as_str))
            .unwrap_or("")
    }
}

impl NameMention {
    /// All skeleton keys of all parts, without duplicates (computed on each call).
    ///
    /// ```
    /// use bitext_mentions::names::{extract_names, name_key};
    /// let m = &extract_names("Дмитрий Песков", "ru")[0];
    /// assert_eq!(m.keys(), [name_key("Дмитрий"), name_key("Песков")]);
    /// ```
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for p in &self.parts {
            for k in p.keys() {
                if !keys.contains(k) {
                    keys.push(k.clone());
                }
            }
        }
        keys
    }

    /// A language-independent key for the aligner: the exonym entity when known, otherwise a
    /// hash of the consonant skeleton of the last part's stem. Песков/Пескова/Peskov,
    /// Газы/Gaza and Россия/Russia/российский get the same key. `None` when the name has no
    /// letters to key on.
    ///
    /// ```
    /// use bitext_mentions::names::extract_names;
    /// let k = |t: &str, l: &str| extract_names(t, l)[0].anchor_key();
    /// assert_eq!(k("Слова Пескова", "ru"), k("Peskov's words", "en"));
    /// assert_eq!(k("удары по Газе", "ru"), k("strikes on Gaza", "en"));
    /// assert_eq!(k("в России", "ru"), k("the Russian side", "en"));
    /// assert_ne!(k("Слова Пескова", "ru"), k("Lavrov's words", "en"));
    /// ```
    pub fn anchor_key(&self) -> Option<u64> {
        if let Some(e) = self.entity {
            return Some(fnv(b'E', &e.to_le_bytes()));
        }
        // the last part that is not ordinary vocabulary (Sydney Airport → Sydney)
        let head = self
            .parts
            .iter()
            .rev()
            .find(|p| !p.common)
            .or_else(|| self.parts.last())?;
        let sk = anchor_skeleton(head.stem_key());
        if sk.is_empty() {
            return None;
        }
        Some(fnv(b'N', sk.as_bytes()))
    }

    /// Anchor keys of every part that is not ordinary vocabulary (the entity key for table
    /// entries), so "Николая" can meet "Nikolai Kuznetsov" on the first name.
    ///
    /// ```
    /// use bitext_mentions::names::extract_names;
    /// let ru = &extract_names("с Николаем Кузнецовым", "ru")[0];
    /// let en = &extract_names("with Kuznetsov", "en")[0];
    /// assert!(ru.part_anchor_keys().contains(&en.anchor_key().unwrap()));
    /// ```
    pub fn part_anchor_keys(&self) -> Vec<u64> {
        if let Some(e) = self.entity {
            return vec![fnv(b'E', &e.to_le_bytes())];
        }
        let mut out = Vec::with_capacity(self.parts.len());
        for p in self.parts.iter().filter(|p| !p.common) {
            let sk = anchor_skeleton(p.stem_key());
            if !sk.is_empty() {
                let k = fnv(b'N', sk.as_bytes());
                if !out.contains(&k) {
                    out.push(k);
                }
            }
        }
        out
    }

    /// The id of the exonym-table entity (`"russia"`, `"gaza"`, `"mfa"`), if any.
    ///
    /// ```
    /// use bitext_mentions::names::extract_names;
    /// assert_eq!(extract_names("МИД России", "ru")[0].entity_id(), Some("mfa"));
    /// ```
    pub fn entity_id(&self) -> Option<&'static str> {
        self.entity.and_then(exonyms::entity_id)
    }
}

/// Finds the names in `text` written in `lang` (`"ru"`, `"en"`, `"de"` with its own rules;
/// other Latin-script languages are handled like English; an empty code guesses ru/en from the script).
///
/// Mentions are in text order, with byte spans into `text`; nothing panics on any input.
///
/// ```
/// use bitext_mentions::names::extract_names;
/// let m = extract_names("The spokesman of Vladimir Putin, Dmitry Peskov, told RIA Novosti.", "en");
/// let s: Vec<&str> = m.iter().map(|m| m.surface.as_str()).collect();
/// assert_eq!(s, ["Vladimir Putin", "Dmitry Peskov", "RIA Novosti"]);
/// ```
pub fn extract_names(text: &str, lang: &str) -> Vec<NameMention> {
    candidates::extract(text, lang)
}

/// Whether `word` (any case) is a function word of the name extractor's stop lists (the, and,
/// of, и, в, …): never a name or a part of one.
///
/// ```
/// use bitext_mentions::names::is_function_word;
/// assert!(is_function_word("and") && is_function_word("Для"));
/// assert!(!is_function_word("Andorra"));
/// ```
pub fn is_function_word(word: &str) -> bool {
    candidates::is_function_word(word)
}

/// Whether a capitalised Russian word is an ordinary noun or verb and nothing else (Власти,
/// Возрождения, Господа) by the Hunspell vocabulary of `data/ru-vocabulary.{txt,bin}`: not a
/// proper noun of the dictionary, not shaped like a surname (Песков, also a word form), not an
/// adjective, not shorter than four letters. `false` for other scripts.
///
/// ```
/// use bitext_mentions::names::is_russian_ordinary_word;
/// assert!(is_russian_ordinary_word("Возрождения"));
/// assert!(!is_russian_ordinary_word("Пескова") && !is_russian_ordinary_word("России"));
/// ```
pub fn is_russian_ordinary_word(word: &str) -> bool {
    russian::is_ordinary_word(word)
}

/// An all-caps word of two to five letters (CBD, PCB, ЦСКА): an acronym, no person's name.
pub fn is_acronym(w: &str) -> bool {
    (2..=5).contains(&w.chars().count()) && w.chars().all(char::is_uppercase)
}

/// The best [`key_similarity`] of the skeleton keys of two words of names (not their derived
/// keys: see [`name_similarity`] for the whole comparison).
pub fn part_key_similarity(a: &NamePart, b: &NamePart) -> f32 {
    let mut best = 0.0f32;
    for ka in a.keys() {
        for kb in b.keys() {
            best = best.max(key_similarity(ka, kb));
            if best >= 1.0 {
                return 1.0;
            }
        }
    }
    best
}

fn part_similarity(a: &NamePart, b: &NamePart) -> f32 {
    let mut best = part_key_similarity(a, b);
    if best < SAME_NAME {
        // place vs adjective (Olympic / Олимпийских): a weaker match
        for ka in a.keys().iter().chain(a.derived_keys()) {
            for kb in b.keys().iter().chain(b.derived_keys()) {
                best = best.max(0.95 * key_similarity(ka, kb));
            }
        }
    }
    best
}

fn whole_keys(m: &NameMention) -> [String; 2] {
    let mut surf = String::new();
    let mut stem = String::new();
    for p in &m.parts {
        surf.push_str(p.keys().first().map(String::as_str).unwrap_or(""));
        stem.push_str(p.stem_key());
    }
    [surf, stem]
}

/// How similar two name mentions are, 0..=1 (see [`SAME_NAME`] and [`NEAR_MISS`]).
///
/// Works across scripts (ru ↔ en) and within one language. Entries of the exonym table
/// compare by entity (Россия = Russian = российских). Multi-word names match by parts: every
/// part of the shorter name must match some part of the longer one, so "Дмитрий Песков" vs
/// "Peskov" is 1.0 while "Dmitry Lavrov" vs "Дмитрий Песков" is low.
///
/// ```
/// use bitext_mentions::names::{extract_names, name_similarity};
/// let n = |t: &str, l: &str| extract_names(t, l).remove(0);
/// let peskov = n("Заявление Пескова", "ru");
/// assert!(name_similarity(&peskov, &n("Peskov said", "en")) >= 0.95);
/// assert!(name_similarity(&peskov, &n("Pechkov said", "en")) < 0.8);
/// assert!(name_similarity(&peskov, &n("Lavrov said", "en")) < 0.3);
/// assert!(name_similarity(&n("Zelensky said", "en"), &n("Zelenskyy said", "en")) >= 0.95);
/// ```
pub fn name_similarity(a: &NameMention, b: &NameMention) -> f32 {
    if let (Some(x), Some(y)) = (a.entity, b.entity) {
        if x == y {
            return 1.0;
        }
    }
    if a.parts.is_empty() || b.parts.is_empty() {
        return 0.0;
    }
    let (short, long) = if a.parts.len() <= b.parts.len() {
        (a, b)
    } else {
        (b, a)
    };
    let mut parts_sim = 1.0f32;
    let any_proper = short.parts.iter().any(|p| !p.common);
    // the longer name's proper parts that some part of the shorter one matched
    let mut long_proper_hit = false;
    for p in short.parts.iter().filter(|p| !any_proper || !p.common) {
        let mut best = 0.0f32;
        for q in &long.parts {
            let x = part_similarity(p, q);
            best = best.max(x);
            long_proper_hit |= !q.common && x >= SAME_NAME;
        }
        parts_sim = parts_sim.min(best);
    }
    if parts_sim >= SAME_NAME && !long_proper_hit && long.parts.iter().any(|q| !q.common) {
        // matched only through ordinary words of the longer name ("Арсеналу" against "Arsenal
        // Philippe Coutinho", where Arsenal is vocabulary): the proper parts are unaccounted
        // for; a shorter name of ordinary words only ("Club" against "Клуб Хосепа Гвардиолы")
        // shares no name at all
        parts_sim = parts_sim.min(if any_proper { NEAR_MISS } else { 0.3 });
    }
    let mut sim = parts_sim;
    // whole-name keys for names split differently (Kim Jong-un / Ким Чен Ын); with as many
    // parts on both sides the part-wise score stands (Рахим Стерлинг / Podem Sterling)
    if sim < 1.0 && (a.parts.len() > 1 || b.parts.len() > 1) && a.parts.len() != b.parts.len() {
        let (wa, wb) = (whole_keys(a), whole_keys(b));
        for x in &wa {
            for y in &wb {
                sim = sim.max(key_similarity(x, y));
            }
        }
    }
    if let (Some(x), Some(y)) = (a.entity, b.entity) {
        // two different table entities (Австрия / Australia) are different names, but a
        // region and its place (Подмосковье / Moscow) are a near miss
        sim = if exonyms::region_pair(x, y) {
            0.5
        } else {
            sim.min(0.3)
        };
    }
    if sim >= SAME_NAME
        && translit::has_cyrillic(&a.surface) == translit::has_cyrillic(&b.surface)
        && !same_spelling(short, long)
    {
        // Same script: transliteration variants do not apply, so a letter difference that
        // is not a spelling habit (Steinmeier / Steinmayer) is a near miss.
        sim = sim.clamp(NEAR_MISS, 0.75);
    }
    sim
}

/// Every proper part of `short` is spelt like some part of `long` (any base form, after
/// [`translit::spelling_fold`]; a trailing genitive/plural `s` is allowed: Hamburgs).
fn same_spelling(short: &NameMention, long: &NameMention) -> bool {
    let any_proper = short.parts.iter().any(|p| !p.common);
    let (mut x, mut y) = (String::new(), String::new());
    short
        .parts
        .iter()
        .filter(|p| !any_proper || !p.common)
        .all(|p| {
            long.parts.iter().any(|q| {
                p.bases.iter().any(|bp| {
                    translit::spelling_fold(bp, &mut x);
                    q.bases.iter().any(|bq| {
                        translit::spelling_fold(bq, &mut y);
                        x == y
                            || x.strip_suffix('s') == Some(y.as_str())
                            || y.strip_suffix('s') == Some(x.as_str())
                    })
                })
            })
        })
}
