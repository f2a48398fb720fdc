//! Fast rule-based sentence segmentation that returns byte ranges into the input.
//!
//! ```
//! use bitext_segment::Segmenter;
//! let text = "В 1916 г. Самым известным был проф. Иванов. Он жил в г. Москве.";
//! let seg = Segmenter::new("ru");
//! let sentences: Vec<&str> = seg.segment(text).map(|r| &text[r]).collect();
//! assert_eq!(sentences, ["В 1916 г.", "Самым известным был проф. Иванов.", "Он жил в г. Москве."]);
//! ```
//!
//! # How it works
//!
//! A sentence ends only at a sentence-final mark: `.` `!` `?` `…`, an emoji or emoticon
//! (`😍`, `))`, `:(`) in social media text, or a line break (a blank line; in [`Mode::Text`] a
//! single break only after a heading-like line or before a list item). Nothing else starts a
//! sentence: an `@mention` or a capitalised word after an ordinary word stays in the sentence
//! (`… we at @Acme have …`). The text is scanned for candidate bytes with `memchr` (four
//! streams: `. ! ?`; line breaks and the lead byte of `…`/U+2028/U+2029/symbols; `; :` and the
//! lead byte of emoji; `( )`), and each candidate is decided from a small window around it:
//! the run of stops and closing quotes/brackets (and emoji right after the stop, which belong
//! to the sentence: `Happy birthday! 🎉 We…`), the previous word (abbreviation? initial? unit?
//! number? list marker?) and the first letter of the next word (capitalised? a frequent
//! sentence starter?). Nothing is allocated per sentence or per token.
//!
//! The per-candidate work is kept small (see `benches/throughput.rs`, which measures both an
//! abbreviation-dense stress text and news-like text):
//!
//! * cheap tests come first: before a lower-case next word the previous word is classified only
//!   if it has at least three lower-case letters, the usual previous word (letters after a space
//!   that follows no dot) is found in one byte loop, the emoji look-ahead only runs when a byte
//!   ≥ 0xE2 follows, a space is never tested as a closing quote, and at a single line break the
//!   line start is searched only back to the sentence start;
//! * character predicates (`is_space`, letter, lower-case, lower-casing) answer ASCII and the
//!   basic Cyrillic block inline and ask the Unicode tables only for other scripts (an
//!   exhaustive test checks them against `std`);
//! * word lists are looked up without hashing bytes: a lower-cased key of up to 15 bytes is
//!   built on the stack, packed with its length into a `u128` and found by open addressing on
//!   a multiplicative hash of that number; before that, keys longer than the longest entry are
//!   rejected by length.
//!
//! Language knowledge lives in data files (`crates/segment/data/<code>.txt`: abbreviation
//! classes, sentence starters, quote styles), compiled in and parsed once. Russian and English
//! are covered thoroughly; German, French, Ukrainian and Spanish through their data files; any
//! other code gets language-neutral rules. Besides the data, a few rules recognise units:
//! a letter glued to `°` (`+17°С.`), a unit with a slash (`м/с.`) and a `[number]` unit after
//! a number, also with a prefix abbreviation (`40 кв. м.`), end a sentence before a
//! capitalised word. A few more follow news conventions: a Roman numeral after a name ends a
//! sentence before a sentence starter (`Пётр I. В…`, but `Пётр I. Смирнов`), a dotted token
//! without one-letter parts is a domain name, not an abbreviation (`сайте KP.ru. Ранее`), any
//! dash after a stop opens direct speech (`на крышу. − В…`), and a dateline stays with the
//! report it opens (`AUGUSTA, Ga. -- Authorities…`, `Colorado. (AP) – A car…`).
//!
//! # Why not UAX-29 sentence bounds alone, and why hand-written code
//!
//! `unicode-segmentation`'s sentence boundaries (UAX #29) are language-blind: they split after
//! every `Mr.`, `т. е.`, `проф.` or initial followed by a capital (`В. В. Путин`), they cannot
//! tell `1916 г. Самым` (sentence end) from `г. Москва` (no end), know nothing about ordinals
//! like German `3. Oktober`, and ignore line structure (headings, list items, blank lines).
//! Existing Rust segmenters are either regex/allocation heavy or miss these rules. This crate
//! does use UAX #29 where it *is* right: the word boundaries of the tokens before a candidate
//! dot (they keep `U.S`, `e.g`, `т.е`, `3.14` together). They are computed on a 48-byte window
//! by a table-free implementation of the few word-break rules that matter for ASCII, Latin-1,
//! Latin Extended-A, Cyrillic, common punctuation and spaces (letters and digits join, `.` `'`
//! `:` `,` join letters or digits between them, spaces stay together, everything else stands
//! alone); a window with any other character (combining marks, format characters, other
//! scripts, emoji) goes to `unicode-segmentation`. A property test checks that the fast path
//! and `unicode-segmentation` agree on every window they both answer.
//!
//! # Output contract
//!
//! Ranges are ordered, non-overlapping, trimmed of whitespace (Unicode white space plus BOM,
//! zero-width space and word joiner), and everything outside them is such whitespace, so the
//! sentences and the gaps between them reproduce the input exactly.

mod data;
mod rules;
pub mod title;
mod words;

use std::ops::Range;

use data::LangData;

pub use rules::is_space;
pub use title::{
    paired_title_breaks, paragraph_starts, segment_pair, split_glued, SentencePair, TitleBreak,
};

/// How line breaks are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Mode {
    /// Running text (the default): a single line break inside a paragraph is a boundary only
    /// when the line looks like a heading or the next line starts a list item; a blank line
    /// always is.
    #[default]
    Text,
    /// One sentence or more per line: every line break is a boundary.
    Lines,
}

/// A sentence segmenter for one language.
///
/// ```
/// use bitext_segment::{Mode, Segmenter};
/// let seg = Segmenter::new("en").mode(Mode::Lines);
/// let text = "Title\nMr. Smith arrived. He sat down.";
/// let got: Vec<_> = seg.segment(text).map(|r| &text[r]).collect();
/// assert_eq!(got, ["Title", "Mr. Smith arrived.", "He sat down."]);
/// ```
#[derive(Debug, Clone)]
pub struct Segmenter {
    lang: String,
    mode: Mode,
    data: &'static LangData,
}

impl Segmenter {
    /// Creates a segmenter for an ISO 639-1 code (`"ru"`, `"en"`, `"de"`, …; case and a region
    /// suffix such as `"en-US"` are ignored). Unknown codes get language-neutral rules.
    ///
    /// ```
    /// let seg = bitext_segment::Segmenter::new("EN-us");
    /// assert_eq!(seg.lang(), "en");
    /// assert_eq!(bitext_segment::Segmenter::new("xx").lang(), "xx");
    /// ```
    pub fn new(lang: &str) -> Segmenter {
        let primary: String = lang
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let index = data::lang_index(&primary);
        Segmenter {
            lang: primary,
            mode: Mode::Text,
            data: data::data(index),
        }
    }

    /// Creates a segmenter for the language detected in `text` (see [`detect_lang`]), falling
    /// back to English rules when unsure.
    ///
    /// ```
    /// let seg = bitext_segment::Segmenter::auto("Это простой русский текст о погоде в Москве.");
    /// assert_eq!(seg.lang(), "ru");
    /// ```
    pub fn auto(text: &str) -> Segmenter {
        Segmenter::new(detect_lang(text).unwrap_or("en"))
    }

    /// Sets how line breaks are treated (builder style).
    pub fn mode(mut self, mode: Mode) -> Segmenter {
        self.mode = mode;
        self
    }

    /// The current [`Mode`].
    pub fn current_mode(&self) -> Mode {
        self.mode
    }

    /// The language code (the primary subtag, lower-cased) this segmenter was built for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Sentences of `text` as byte ranges, trimmed of surrounding whitespace.
    ///
    /// ```
    /// let seg = bitext_segment::Segmenter::new("en");
    /// let text = "\u{feff}It costs $3.14 (i.e. cheap). Really?! Yes…\r\n\r\nNew paragraph";
    /// let got: Vec<_> = seg.segment(text).map(|r| &text[r]).collect();
    /// assert_eq!(got, ["It costs $3.14 (i.e. cheap).", "Really?!", "Yes…", "New paragraph"]);
    /// ```
    pub fn segment<'a>(&'a self, text: &'a str) -> Sentences<'a> {
        Sentences::new(self, text)
    }
}

/// Iterator over the sentences of a text as byte ranges (see [`Segmenter::segment`]).
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    seg: &'a Segmenter,
    text: &'a str,
    /// Start of the current sentence (may point at leading whitespace).
    start: usize,
    /// Scan position: every candidate before it has been decided.
    pos: usize,
    /// Next `. ! ?` at or after `pos` (`usize::MAX` if none).
    next_stop: usize,
    /// Next `\n`, `\r` or 0xE2 lead byte (`…`, U+2028, U+2029) at or after `pos`.
    next_other: usize,
    /// Next `;`, `:` or 0xF0 lead byte (emoji) at or after `pos`.
    next_mark: usize,
    /// Next `)` or `(` at or after `pos`.
    next_smile: usize,
    finished: bool,
}

impl<'a> Sentences<'a> {
    fn new(seg: &'a Segmenter, text: &'a str) -> Self {
        let b = text.as_bytes();
        Sentences {
            seg,
            text,
            start: 0,
            pos: 0,
            next_stop: memchr::memchr3(b'.', b'!', b'?', b).unwrap_or(usize::MAX),
            next_other: memchr::memchr3(b'\n', b'\r', 0xE2, b).unwrap_or(usize::MAX),
            next_mark: memchr::memchr3(b';', b':', 0xF0, b).unwrap_or(usize::MAX),
            next_smile: memchr::memchr2(b')', b'(', b).unwrap_or(usize::MAX),
            finished: false,
        }
    }

    fn next_candidate(&mut self) -> Option<usize> {
        let b = self.text.as_bytes();
        loop {
            if self.next_stop < self.pos {
                self.next_stop = memchr::memchr3(b'.', b'!', b'?', &b[self.pos..])
                    .map_or(usize::MAX, |k| k + self.pos);
            }
            if self.next_other < self.pos {
                self.next_other = memchr::memchr3(b'\n', b'\r', 0xE2, &b[self.pos..])
                    .map_or(usize::MAX, |k| k + self.pos);
            }
            if self.next_mark < self.pos {
                self.next_mark = memchr::memchr3(b';', b':', 0xF0, &b[self.pos..])
                    .map_or(usize::MAX, |k| k + self.pos);
            }
            if self.next_smile < self.pos {
                self.next_smile = memchr::memchr2(b')', b'(', &b[self.pos..])
                    .map_or(usize::MAX, |k| k + self.pos);
            }
            let c = self
                .next_stop
                .min(self.next_other)
                .min(self.next_mark)
                .min(self.next_smile);
            if c == usize::MAX {
                return None;
            }
            let ok = match b[c] {
                // … (E2 80 A6), LINE/PARAGRAPH SEPARATOR (E2 80 A8/A9), symbols U+2600..U+27BF.
                0xE2 => match b.get(c + 1) {
                    Some(0x80) => matches!(b.get(c + 2), Some(0xA6 | 0xA8 | 0xA9)),
                    Some(0x98..=0x9E) => true,
                    _ => false,
                },
                // Emoji planes U+1F000..U+1FFFF.
                0xF0 => b.get(c + 1) == Some(&0x9F),
                _ => true,
            };
            if ok {
                return Some(c);
            }
            self.pos = c + 1;
        }
    }

    /// Emits `start..end` trimmed; `None` when it is whitespace only.
    fn emit(&mut self, end: usize, next_start: usize) -> Option<Range<usize>> {
        let r = rules::trim(self.text, self.start, end);
        self.start = next_start;
        if r.is_empty() {
            None
        } else {
            Some(r)
        }
    }
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        if self.finished {
            return None;
        }
        loop {
            let Some(c) = self.next_candidate() else {
                self.finished = true;
                let len = self.text.len();
                return self.emit(len, len);
            };
            let ctx = rules::Ctx {
                text: self.text,
                data: self.seg.data,
                mode: self.seg.mode,
                sent_start: self.start,
            };
            let (boundary, resume) = ctx.decide(c);
            // Progress guarantee: every decision moves past its candidate.
            self.pos = resume.max(c + 1);
            if let Some(end) = boundary {
                if let Some(r) = self.emit(end, end) {
                    return Some(r);
                }
            }
        }
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

/// The language codes with their own data (others get language-neutral rules).
///
/// ```
/// assert!(bitext_segment::supported_languages().contains(&"ru"));
/// ```
pub fn supported_languages() -> &'static [&'static str] {
    data::CODES
}

/// Detects the language of `text` among [`supported_languages`] with `whatlang` (looking at
/// the first few kilobytes). `None` when the text has no letters or detection is unreliable
/// between languages of the same script.
///
/// ```
/// assert_eq!(bitext_segment::detect_lang("The quick brown fox jumps over the lazy dog."), Some("en"));
/// assert_eq!(bitext_segment::detect_lang("12345 !!!"), None);
/// ```
pub fn detect_lang(text: &str) -> Option<&'static str> {
    use whatlang::Lang;
    let mut cut = text.len().min(4096);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &text[..cut];
    let detector = whatlang::Detector::with_allowlist(vec![
        Lang::Rus,
        Lang::Eng,
        Lang::Deu,
        Lang::Fra,
        Lang::Ukr,
        Lang::Spa,
    ]);
    let info = detector.detect(sample)?;
    if info.confidence() < 0.05 {
        return None;
    }
    Some(match info.lang() {
        Lang::Rus => "ru",
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Ukr => "uk",
        Lang::Spa => "es",
        _ => return None,
    })
}
