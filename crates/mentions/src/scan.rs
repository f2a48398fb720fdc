//! Byte-level tokenizer: digit runs, word runs and single punctuation characters, with the
//! whitespace before each token summarised in one byte. No allocation per token beyond the
//! (amortised) growth of the output vector; word forms are looked up in the lexicon once.

use crate::lexicon::{utf8_len, Lexicon};

/// Token class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tk {
    /// ASCII digits.
    Digits,
    /// Letters (any script).
    Word,
    /// One punctuation or symbol character.
    Punct(char),
}

/// No lexicon entry.
pub(crate) const NO_LEX: u32 = u32::MAX;

/// A token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: u32,
    pub e: u32,
    pub k: Tk,
    /// Whitespace before: 0 none, 1 exactly one space-like character, 2 more or a line break.
    pub sp: u8,
    /// First letter is upper case.
    pub cap: bool,
    /// Lexicon entry index or [`NO_LEX`].
    pub lex: u32,
}

impl Tok {
    #[inline]
    pub fn len(&self) -> usize {
        (self.e - self.s) as usize
    }
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.k == Tk::Punct(c)
    }
}

/// Returns the byte length of a space-like character at `b[i..]`, or 0.
#[inline]
fn space_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b' ' | b'\t' => 1,
        b'\n' | b'\r' | 0x0B | 0x0C => 1,
        0xC2 if b.get(i + 1) == Some(&0xA0) => 2,
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
            Some(0x80..=0x8B) | Some(0xAF) | Some(0xA8) | Some(0xA9) => 3,
            _ => 0,
        },
        0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80) => 3,
        _ => 0,
    }
}

#[inline]
fn is_letter_at(text: &str, b: &[u8], i: usize) -> bool {
    let c = b[i];
    if c.is_ascii_alphabetic() {
        return true;
    }
    if c < 0x80 {
        return false;
    }
    if c == 0xD0 || c == 0xD1 {
        return true; // Cyrillic (including Ё/ё)
    }
    if c == 0xC2 || c == 0xE2 {
        return false; // Latin-1 punctuation, general punctuation, currency symbols
    }
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(|ch| ch.is_alphabetic())
}

/// Tokenizes `text` into `out` (cleared first); `folded` is `text` folded by
/// [`fold_text`](crate::lexicon::fold_text) (same offsets), for the lexicon look-ups.
pub(crate) fn tokenize(text: &str, folded: &[u8], lex: &Lexicon, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut sp: u8 = 2;
    while i < n {
        let c = b[i];
        let sl = space_len(b, i);
        if sl > 0 {
            sp = if c == b'\n' || c == b'\r' {
                2
            } else {
                sp.saturating_add(1).min(2)
            };
            i += sl;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push(Tok {
                s: start as u32,
                e: i as u32,
                k: Tk::Digits,
                sp,
                cap: false,
                lex: NO_LEX,
            });
        } else if is_letter_at(text, b, i) {
            let cap = if c < 0x80 {
                c.is_ascii_uppercase()
            } else if c == 0xD0 {
                matches!(b.get(i + 1), Some(0x80..=0xAF))
            } else {
                text[i..].chars().next().is_some_and(char::is_uppercase)
            };
            while i < n {
                // ASCII letters and Cyrillic (two bytes) without the general test
                let c = b[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c < 0x80 {
                    break;
                } else if c == 0xD0 || c == 0xD1 {
                    i += 2;
                } else if is_letter_at(text, b, i) {
                    i += utf8_len(c);
                } else {
                    break;
                }
            }
            let i2 = i.min(n);
            let mut lexi = NO_LEX;
            if lex.has_words || i2 - start <= 4 {
                lexi = lex.get(&folded[start..i2]).unwrap_or(NO_LEX);
            }
            out.push(Tok {
                s: start as u32,
                e: i2 as u32,
                k: Tk::Word,
                sp,
                cap,
                lex: lexi,
            });
            i = i2;
        } else {
            let len = utf8_len(c).min(n - i);
            let ch = text
                .get(i..i + len)
                .and_then(|s| s.chars().next())
                .unwrap_or('\u{FFFD}');
            i += len.max(1);
            out.push(Tok {
                s: start as u32,
                e: i as u32,
                k: Tk::Punct(ch),
                sp,
                cap: false,
                lex: NO_LEX,
            });
        }
        sp = 0;
    }
}
