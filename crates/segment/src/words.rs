//! The tokens before a candidate dot, by UAX #29 word boundaries.
//!
//! [`around`] looks at a small window ending at the dot. For the characters that make up
//! almost all text (ASCII, Latin-1 and Latin Extended-A letters, Cyrillic, common punctuation
//! and spaces) it applies the few word-boundary rules that matter for them directly on the
//! bytes; for any other character it falls back to `unicode-segmentation`, so the result is
//! always the one the full UAX #29 algorithm gives on the window (a property test checks the
//! two paths against each other).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::rules::is_space;

/// The word before a dot and what precedes it, as UAX #29 segments of the window.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Around<'a> {
    win: &'a str,
    /// The last segment (starts with a letter or digit).
    pub w: &'a str,
    /// Byte offset of `w` in the window.
    pub w_off: usize,
    /// The word before `w` across a dot (`т` in `т. д`; `т.д` is one word).
    pub chain: Option<&'a str>,
    /// `w` is glued to a `°` or to a short word and `/` (`°C`, `м/с`).
    pub unit: bool,
    before: Before<'a>,
}

/// The segment before `w` and whitespace, found only when it is asked for.
#[derive(Debug, Clone, Copy)]
enum Before<'a> {
    Known(Option<&'a str>),
    /// The segment ending at this offset of the window.
    EndsAt(usize),
}

impl<'a> Around<'a> {
    /// The segment before `w` and whitespace (`1916` in `1916 г`), or before `w2. ` in a chain
    /// when whitespace separates them (`40` in `40 кв. м`).
    pub(crate) fn before(&self) -> Option<&'a str> {
        match self.before {
            Before::Known(b) => b,
            Before::EndsAt(e) => match seg_before(self.win, e) {
                Ok(r) => r.map(|r| &self.win[r]),
                Err(Unusual) => slow(self.win).and_then(|a| a.before()),
            },
        }
    }
}

/// The segments before the end of `win` (a window ending at a dot). `None` when the last
/// segment does not start with a letter or digit.
pub(crate) fn around(win: &str) -> Option<Around<'_>> {
    match fast(win) {
        Ok(a) => a,
        Err(Unusual) => slow(win),
    }
}

/// The reference: `unicode-segmentation` on the window.
fn slow(win: &str) -> Option<Around<'_>> {
    let mut segs = win.split_word_bound_indices();
    let (w_off, w) = segs.next_back()?;
    if !w.chars().next()?.is_alphanumeric() {
        return None;
    }
    let mut a = Around {
        win,
        w,
        w_off,
        chain: None,
        unit: false,
        before: Before::Known(None),
    };
    let Some((_, sp)) = segs.next_back() else {
        return Some(a);
    };
    if sp.chars().all(is_space) {
        match segs.next_back() {
            Some((_, ".")) => {
                if let Some((_, w2)) = segs.next_back() {
                    a.chain = Some(w2);
                    // `40 кв. м`: a unit with a prefix after a number.
                    if segs
                        .next_back()
                        .is_some_and(|(_, sp)| sp.chars().all(is_space))
                    {
                        a.before = Before::Known(segs.next_back().map(|(_, n)| n));
                    }
                }
            }
            Some((_, p)) => a.before = Before::Known(Some(p)),
            None => {}
        }
    } else if sp == "." {
        a.chain = segs.next_back().map(|(_, w2)| w2);
    } else if sp == "°" {
        a.unit = true;
    } else if sp == "/" {
        a.unit = segs
            .next_back()
            .is_some_and(|(_, u)| crate::rules::is_short_word(u, 4));
    }
    Some(a)
}

/// A character the fast path does not handle.
#[derive(Debug)]
struct Unusual;

/// Word-break classes of the characters the fast path handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Digit,
    /// `:` `·`: joins letters.
    MidLetter,
    /// `,` `;`: joins digits.
    MidNum,
    /// `.` `'` `‘` `’`: joins letters or digits.
    MidNumLet,
    /// U+0020 (runs of it are one segment).
    Space,
    /// A character that is a segment of its own.
    Other,
}

/// The class of `c`, or `Unusual` for characters with rules the fast path does not implement
/// (combining marks, format characters, line breaks, `_`, other scripts, emoji, …).
#[inline]
fn wb(c: char) -> Result<Wb, Unusual> {
    Ok(match c {
        'a'..='z' | 'A'..='Z' => Wb::Letter,
        '0'..='9' => Wb::Digit,
        ' ' => Wb::Space,
        '.' | '\'' | '‘' | '’' => Wb::MidNumLet,
        ':' | '·' => Wb::MidLetter,
        ',' | ';' => Wb::MidNum,
        '_' => return Err(Unusual),
        '!'..='~' => Wb::Other,
        '\u{a0}' | '°' | '«' | '»' | '„' | '“' | '”' | '–' | '—' => Wb::Other,
        'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ſ' => Wb::Letter,
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}' => Wb::Letter,
        _ => return Err(Unusual),
    })
}

/// The character ending at byte `e` of `s` (`e > 0`) and its start.
#[inline]
fn char_before(s: &str, e: usize) -> (char, usize) {
    let b = s.as_bytes();
    let last = b[e - 1];
    if last < 0x80 {
        return (last as char, e - 1);
    }
    // Two-byte characters (Latin-1, Cyrillic, …) decoded on the spot.
    if e >= 2 && (0xC2..=0xDF).contains(&b[e - 2]) {
        let cp = u32::from(b[e - 2] & 0x1F) << 6 | u32::from(last & 0x3F);
        return (char::from_u32(cp).unwrap_or('\0'), e - 2);
    }
    let c = s[..e].chars().next_back().unwrap_or('\0');
    (c, e - c.len_utf8())
}

/// Is the two-byte character `lead cont` a letter of Latin-1, Latin Extended-A or Cyrillic
/// (the `Letter` ranges of [`wb`])?
#[inline]
fn is_two_byte_letter(lead: u8, cont: u8) -> bool {
    match lead {
        0xC4 | 0xC5 | 0xD0 | 0xD1 | 0xD3 => true,
        // U+00C0..U+00FF but `×` and `÷`.
        0xC3 => cont != 0x97 && cont != 0xB7,
        // U+0480..U+04BF but `҂` and combining marks.
        0xD2 => !(0x82..=0x89).contains(&cont),
        _ => false,
    }
}

/// The class of the character ending at byte `e` (`e > 0`) and its start.
#[inline]
fn class_before(s: &str, e: usize) -> Result<(Wb, usize), Unusual> {
    let (c, cs) = char_before(s, e);
    Ok((wb(c)?, cs))
}

/// The segment of `s` ending at byte `e`, where there is a word boundary; `None` at the start.
fn seg_before(s: &str, e: usize) -> Result<Option<Range<usize>>, Unusual> {
    if e == 0 {
        return Ok(None);
    }
    let (class, cs) = class_before(s, e)?;
    let start = match class {
        Wb::Letter | Wb::Digit => return Ok(Some(word_start(s, cs, class)?..e)),
        // WB3d: horizontal spaces stay together.
        Wb::Space => {
            cs - s.as_bytes()[..cs]
                .iter()
                .rev()
                .take_while(|&&b| b == b' ')
                .count()
        }
        // A `Mid*` character before a boundary did not join its neighbours (WB6 and WB7, WB11
        // and WB12 come in pairs); any other handled character is a segment of its own.
        Wb::MidLetter | Wb::MidNum | Wb::MidNumLet | Wb::Other => cs,
    };
    // Nothing before it may join it (as a Hebrew letter joins `'`).
    if start > 0 {
        class_before(s, start)?;
    }
    Ok(Some(start..e))
}

/// Start of the word whose leftmost character so far starts at `start` and has class `cur`.
fn word_start(s: &str, mut start: usize, mut cur: Wb) -> Result<usize, Unusual> {
    let b = s.as_bytes();
    while start > 0 {
        // Letters and digits of one or two bytes, straight from the bytes.
        let x = b[start - 1];
        if x.is_ascii_alphabetic() {
            start -= 1;
            cur = Wb::Letter;
            continue;
        }
        if x.is_ascii_digit() {
            start -= 1;
            cur = Wb::Digit;
            continue;
        }
        if x >= 0x80 && start >= 2 && is_two_byte_letter(b[start - 2], x) {
            start -= 2;
            cur = Wb::Letter;
            continue;
        }
        let (pc, ps) = class_before(s, start)?;
        match pc {
            // WB5, WB8, WB9, WB10.
            Wb::Letter | Wb::Digit => {
                start = ps;
                cur = pc;
            }
            // WB6/WB7 (letters), WB11/WB12 (digits): only between two of the same kind.
            Wb::MidLetter | Wb::MidNum | Wb::MidNumLet => {
                if ps == 0 {
                    break;
                }
                let (qc, qs) = class_before(s, ps)?;
                let join = qc == cur
                    && match cur {
                        Wb::Letter => pc != Wb::MidNum,
                        Wb::Digit => pc != Wb::MidLetter,
                        _ => false,
                    };
                if !join {
                    break;
                }
                start = qs;
            }
            Wb::Space | Wb::Other => break,
        }
    }
    Ok(start)
}

/// [`around`] without tables, or `Unusual`.
fn fast(win: &str) -> Result<Option<Around<'_>>, Unusual> {
    // The usual case first: letters or digits after a space that follows no dot.
    let b = win.as_bytes();
    let mut i = b.len();
    while i > 0 {
        let x = b[i - 1];
        if x.is_ascii_alphanumeric() {
            i -= 1;
        } else if x >= 0x80 && i >= 2 && is_two_byte_letter(b[i - 2], x) {
            i -= 2;
        } else {
            break;
        }
    }
    if i < b.len() && (i == 0 || b[i - 1] == b' ') {
        // A space never joins its neighbours, so the word is the whole run; the run of spaces
        // may go on with other spaces (WB3d: `. \u{2009} a` chains across them).
        let sp_start = i - b[..i].iter().rev().take_while(|&&x| x == b' ').count();
        if sp_start == 0
            || b[sp_start - 1] < 0x80 && b[sp_start - 1] != b'.'
            || b[sp_start - 1] >= 0x80 && !is_space(char_before(win, sp_start).0)
        {
            return Ok(Some(Around {
                win,
                w: &win[i..],
                w_off: i,
                chain: None,
                unit: false,
                before: if sp_start == 0 {
                    Before::Known(None)
                } else {
                    Before::EndsAt(sp_start)
                },
            }));
        }
    }
    let Some(wr) = seg_before(win, win.len())? else {
        return Ok(None);
    };
    let w0 = win[wr.start..].chars().next().unwrap_or(' ');
    if !matches!(wb(w0)?, Wb::Letter | Wb::Digit) {
        return Ok(None);
    }
    let mut a = Around {
        win,
        w: &win[wr.clone()],
        w_off: wr.start,
        chain: None,
        unit: false,
        before: Before::Known(None),
    };
    let Some(sp) = seg_before(win, wr.start)? else {
        return Ok(Some(a));
    };
    let sps = &win[sp.clone()];
    if sps.chars().all(is_space) {
        if sp.start == 0 {
            return Ok(Some(a));
        }
        if char_before(win, sp.start).0 != '.' {
            a.before = Before::EndsAt(sp.start);
            return Ok(Some(a));
        }
        // A `.` before whitespace is a segment of its own.
        if let Some(w2) = seg_before(win, sp.start - 1)? {
            a.chain = Some(&win[w2.clone()]);
            if let Some(sp2) = seg_before(win, w2.start)? {
                if win[sp2.clone()].chars().all(is_space) {
                    a.before = Before::EndsAt(sp2.start);
                }
            }
        }
    } else if sps == "." {
        a.chain = seg_before(win, sp.start)?.map(|w2| &win[w2]);
    } else if sps == "°" {
        a.unit = true;
    } else if sps == "/" {
        a.unit =
            seg_before(win, sp.start)?.is_some_and(|u| crate::rules::is_short_word(&win[u], 4));
    }
    Ok(Some(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pieces() -> impl Strategy<Value = String> {
        let p = prop::sample::select(vec![
            "a", "B", "zz", "т", "Г", "ё", "Ї", "é", "ß", "Ł", "1", "42", ".", ". ", " ", "  ",
            ",", ";", ":", "'", "’", "‘", "·", "°", "/", "-", "(", ")", "«", "»", "\"", "„", "—",
            "\u{a0}", "\u{202f}", "!", "?", "_", "\t", "\n", "\r\n", "\u{301}", "\u{ad}",
            "\u{200d}", "\u{2009}", "\u{feff}", "א", "ª", "٣", "😀", "ﬁ", "カ", "中", "т. ", "г.",
            "U.S", "3.14", "1,5", "кв. м", "м/с", "ҋ", "҂", "҃", "Ӏ", "×", "÷", "Ā", "ſ", "ƀ", "À",
        ]);
        prop::collection::vec(p, 0..24).prop_map(|v| v.concat())
    }

    type Parts<'a> = (&'a str, usize, Option<&'a str>, bool, Option<&'a str>);

    /// The observable content of an `Around`.
    fn parts(a: Option<Around<'_>>) -> Option<Parts<'_>> {
        a.map(|a| (a.w, a.w_off, a.chain, a.unit, a.before()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// The fast path agrees with `unicode-segmentation` whenever it answers.
        #[test]
        fn fast_path_is_uax29(text in pieces()) {
            for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
                for start in (0..end).filter(|&i| text.is_char_boundary(i)) {
                    let win = &text[start..end];
                    if let Ok(a) = fast(win) {
                        prop_assert_eq!(parts(a), parts(slow(win)), "{:?}", win);
                    }
                }
            }
        }
    }

    #[test]
    fn two_byte_letters_are_letters() {
        for c in '\u{80}'..='\u{7ff}' {
            let mut buf = [0; 4];
            let e = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(
                is_two_byte_letter(e[0], e[1]),
                matches!(wb(c), Ok(Wb::Letter)),
                "{c:?}"
            );
        }
    }

    #[test]
    fn fast_path_answers_common_text() {
        for win in [
            "в 1916 г",
            "т. д",
            "Mr",
            "U.S",
            "кв. м",
            "+17°С",
            "2-7 м/с",
            "3.14",
            "В. В",
        ] {
            assert!(fast(win).is_ok(), "{win}");
            assert_eq!(parts(around(win)), parts(slow(win)), "{win}");
        }
        let a = around("площадью 40 кв. м").unwrap();
        assert_eq!((a.w, a.chain, a.before()), ("м", Some("кв"), Some("40")));
    }
}
