//! Decisions at candidate positions: small windows around a stop or a line break.

use std::ops::Range;

use crate::data::{self, Class, LangData, Table};
use crate::words::{self, Around};
use crate::Mode;

/// Whitespace as the segmenter sees it: Unicode `White_Space` plus BOM (U+FEFF), zero-width
/// space (U+200B) and word joiner (U+2060). Gaps between sentences consist only of these.
///
/// ```
/// assert!(bitext_segment::is_space('\u{feff}'));
/// assert!(bitext_segment::is_space('\u{a0}'));
/// assert!(!bitext_segment::is_space('x'));
/// ```
#[inline]
pub fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' => true,
        '\0'..='\x7f' | 'Ѐ'..='ӿ' => false,
        _ => c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{2060}'),
    }
}

#[inline]
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Closing quotes and brackets that may follow a final stop.
#[inline]
fn is_closer(c: char, d: &LangData) -> bool {
    matches!(
        c,
        '»' | '«' | '"' | '\'' | '”' | '“' | '’' | '‘' | '›' | '‹' | ')' | ']' | '}' | '`'
    ) || if c.is_ascii() {
        d.close_ascii >> (c as u32) & 1 == 1
    } else {
        d.close.contains(&c)
    }
}

/// Characters that may stand before the first letter of a sentence.
#[inline]
fn is_opener(c: char, d: &LangData) -> bool {
    matches!(
        c,
        '«' | '»'
            | '„'
            | '“'
            | '”'
            | '"'
            | '\''
            | '‘'
            | '’'
            | '‚'
            | '‹'
            | '›'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '—'
            | '–'
            | '-'
            // Minus sign, figure dash and horizontal bar typed for a dash (`… на крышу. − В…`).
            | '−'
            | '‒'
            | '―'
            | '•'
            | '*'
            | '`'
    ) || if c.is_ascii() {
        d.open_ascii >> (c as u32) & 1 == 1
    } else {
        d.open.contains(&c)
    }
}

#[inline]
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣'
            | '◦'
            | '▪'
            | '▫'
            | '●'
            | '■'
            | '·'
            | '*'
            | '-'
            | '–'
            | '—'
            | '→'
            | '✓'
            | '✔'
    )
}

#[inline]
fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52F}')
}

#[inline]
fn is_upperish(c: char) -> bool {
    match c {
        'A'..='Z' | 'Ѐ'..='Я' => true,
        '\0'..='\x7f' | 'а'..='џ' => false,
        _ => c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()),
    }
}

/// Trims whitespace from both ends of `text[start..end]`.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> Range<usize> {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let body = s[lead..].trim_end_matches(is_space);
    start + lead..start + lead + body.len()
}

/// `c.to_lowercase()` for ASCII and the basic Cyrillic block, where it is one character.
#[inline]
fn lower_simple(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\0'..='\x7f' | 'а'..='џ' => Some(c),
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
        _ => None,
    }
}

/// `c.is_lowercase()` with a shortcut for ASCII and basic Cyrillic.
#[inline]
fn is_lower(c: char) -> bool {
    match c {
        'a'..='z' | 'а'..='џ' => true,
        '\0'..='\x7f' | 'Ѐ'..='Я' => false,
        _ => c.is_lowercase(),
    }
}

/// `c.is_alphanumeric()` with a shortcut for ASCII and basic Cyrillic.
#[inline]
fn is_alnum(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' | 'Ѐ'..='џ' => true,
        '\0'..='\x7f' => false,
        _ => c.is_alphanumeric(),
    }
}

/// `c.is_alphabetic()` with a shortcut for ASCII and basic Cyrillic.
#[inline]
pub(crate) fn is_alpha(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | 'Ѐ'..='џ' => true,
        '\0'..='\x7f' => false,
        _ => c.is_alphabetic(),
    }
}

/// A small lower-cased key built on the stack (no allocation per token).
struct Key {
    buf: [u8; 64],
    len: usize,
}

impl Key {
    fn new() -> Self {
        Key {
            buf: [0; 64],
            len: 0,
        }
    }
    fn push_lower(&mut self, s: &str) -> bool {
        for c in s.chars() {
            if let Some(l) = lower_simple(c) {
                if !self.push(l) {
                    return false;
                }
                continue;
            }
            for l in c.to_lowercase() {
                if !self.push(l) {
                    return false;
                }
            }
        }
        true
    }
    fn push(&mut self, c: char) -> bool {
        let n = c.len_utf8();
        if self.len + n > self.buf.len() {
            return false;
        }
        c.encode_utf8(&mut self.buf[self.len..]);
        self.len += n;
        true
    }
    /// Looks the key up in `table`.
    #[inline]
    fn find<V: Copy>(&self, table: &Table<V>) -> Option<V> {
        // The buffer is zeroed past `len`: the first 16 bytes are the packed key but its
        // length (see `data::pack`).
        let packed = (self.len < 16).then(|| {
            let mut b = [0; 16];
            b.copy_from_slice(&self.buf[..16]);
            u128::from_be_bytes(b) | self.len as u128
        });
        debug_assert_eq!(packed, data::pack(&self.buf[..self.len]));
        table.get_packed(&self.buf[..self.len], packed)
    }
}

/// What stands before a single dot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// An ordinary word (or nothing special).
    Plain,
    /// A known abbreviation (for [`Class::Number`], `true` = a number precedes it).
    Abbr(Class, bool),
    /// A single capital letter: an initial.
    Initial,
    /// `I`, `V` or `X` after a capitalised word: an initial (`Петр I. Иванов`) or a regnal
    /// number (`император Петр I. В своей речи`).
    Numeral,
    /// A number (or Roman numeral) opening the sentence: a list marker.
    ListNumber,
    /// A number inside the sentence.
    Number,
}

fn is_number(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// A word of 1 to `max` letters.
pub(crate) fn is_short_word(w: &str, max: usize) -> bool {
    !w.is_empty() && w.len() <= 4 * max && w.chars().nth(max).is_none() && w.chars().all(is_alpha)
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 6 && w.bytes().all(|b| b"IVXLCDM".contains(&b))
}

fn is_numberish(w: &str) -> bool {
    is_number(w) || is_roman(w)
}

/// The decision context of one candidate.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub data: &'static LangData,
    pub mode: Mode,
    /// Start of the current sentence (may point at whitespace).
    pub sent_start: usize,
}

impl Ctx<'_> {
    /// Decides the candidate at byte `c`: returns (end of the sentence if it is a boundary,
    /// position to resume scanning at).
    pub(crate) fn decide(&self, c: usize) -> (Option<usize>, usize) {
        let b = self.text.as_bytes();
        match b[c] {
            b'\n' => self.line_break(c, 1),
            b'\r' => {
                let n = if b.get(c + 1) == Some(&b'\n') { 2 } else { 1 };
                self.line_break(c, n)
            }
            0xE2 if b[c + 1] == 0x80 && b[c + 2] != 0xA6 => self.line_break(c, 3),
            0xE2 | 0xF0 if b[c + 1] != 0x80 => self.emoji(c),
            b';' | b':' => self.colon(c),
            b')' => self.smiley(c),
            b'(' => self.frown(c),
            _ => self.stop(c),
        }
    }

    /// A run of `. ! ? …` starting at `c`.
    fn stop(&self, c: usize) -> (Option<usize>, usize) {
        let text = self.text;
        let b = text.as_bytes();
        let mut j = c;
        let mut dots = 0usize;
        let mut other = false;
        let mut closed = false;
        // Stops, then closing quotes/brackets, possibly more stops (`»." "?»`).
        loop {
            let before = j;
            while j < b.len() {
                match b[j] {
                    b'.' => {
                        dots += 1;
                        j += 1;
                    }
                    b'!' | b'?' => {
                        other = true;
                        j += 1;
                    }
                    0xE2 if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0xA6) => {
                        other = true;
                        j += 3;
                    }
                    _ => break,
                }
            }
            // (A space, the usual case, is never a closer.)
            while let Some(ch) = text[j..].chars().next().filter(|&ch| ch != ' ') {
                if is_closer(ch, self.data) {
                    closed = true;
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            if j == before {
                break;
            }
        }
        // A stop must be followed by whitespace or the end (`3.14`, `example.com`, `?q=`).
        let Some(after) = text[j..].chars().next() else {
            return (Some(j), j);
        };
        if !is_space(after) {
            // `quality.You'll`: a glued sentence (no space after the stop); a single dot after
            // a capitalised word is a name (`Kostroma.Today`, `Lenta.Ru`), after an
            // abbreviation part of the sentence (`на ул.Садовой`).
            let glued = after.is_uppercase()
                && text[j + after.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                && self.lower_word_before(c) >= 2
                && (dots > 1
                    || other
                    || !self.capitalised_before(c) && self.after_dot(c, after, j));
            return (glued.then_some(j), j);
        }
        // A citation marker belongs to the sentence it follows: `… 1805. [6] Next`.
        let j = self.citation_after(j);
        // Emoji after the stop belong to the sentence they follow: `Happy birthday! 🎉 We…`.
        let j = trailing_marks(text, j);
        // Look at the next sentence's first significant character.
        let mut k = j;
        let mut breaks = 0;
        for ch in text[j..].chars() {
            if !is_space(ch) {
                break;
            }
            if ch == '\n' || ch == '\u{2029}' || (ch == '\r' && !text[k..].starts_with("\r\n")) {
                breaks += 1;
            }
            k += ch.len_utf8();
        }
        if k == text.len() || breaks >= 2 {
            return (Some(j), j);
        }
        let mut m = k;
        let mut first = None;
        for (n, ch) in text[k..].char_indices() {
            if n > 24 {
                break;
            }
            if is_opener(ch, self.data) || is_space(ch) {
                continue;
            }
            m = k + n;
            first = Some(ch);
            break;
        }
        let Some(first) = first else {
            return (Some(j), j);
        };
        let single_dot = dots == 1 && !other;
        let boundary = if is_lower(first) {
            // Web text starts sentences in lower case; a dash or quote before a lower-case
            // word is dialogue (`— Куда? — спросил он.`), so only a bare word counts.
            m == k && !closed && self.lower_start_ok(c, single_dot)
        } else if !is_alnum(first) && !is_emoji(first) && first != '@' && first != '#' {
            // `. . .`, `. )`: punctuation does not start a sentence.
            false
        } else if !single_dot {
            true
        } else if m > k && !closed && self.dateline(c, k) {
            false
        } else {
            self.after_dot(c, first, m)
        };
        (boundary.then_some(j), j)
    }

    /// Does the dot at `dot`, followed by an opener at `k`, end the place of a news dateline
    /// that goes on with the agency and a dash (`Colorado. (AP) – A car…`) or is a state
    /// abbreviation followed by a dash (`AUGUSTA, Ga. -- Authorities…`)?
    fn dateline(&self, dot: usize, k: usize) -> bool {
        let text = self.text;
        let dash_at = |s: &str| {
            s.trim_start_matches(is_space)
                .starts_with(['-', '–', '—', '−'])
        };
        if let Some(r) = text[k..].strip_prefix('(') {
            let Some(close) = r.bytes().take(24).position(|x| x == b')') else {
                return false;
            };
            let name = &r[..close];
            return name.chars().next().is_some_and(is_upperish)
                && name.chars().all(is_alpha)
                && dash_at(&r[close + 1..]);
        }
        if !dash_at(&text[k..]) {
            return false;
        }
        // `CITY, St.`: an all-capitals word, a comma and a capitalised word of up to 5 letters.
        let head = &text[..dot];
        let state = head.len() - head.trim_end_matches(is_alpha).len();
        let st = &head[head.len() - state..];
        let mut letters = st.chars();
        if !(letters.next().is_some_and(is_upperish) && letters.all(is_lower))
            || st.chars().nth(5).is_some()
        {
            return false;
        }
        let Some(before) = head[..head.len() - state].strip_suffix(", ") else {
            return false;
        };
        let city = before.len() - before.trim_end_matches(is_alpha).len();
        city >= 2 && before[before.len() - city..].chars().all(is_upperish)
    }

    /// Is a single dot at `dot` a boundary when the next sentence would start with `first`
    /// (not lower-case) at byte `m`?
    fn after_dot(&self, dot: usize, first: char, m: usize) -> bool {
        let upper = is_upperish(first);
        let digit = first.is_ascii_digit();
        match self.prev_token(dot) {
            Prev::Plain => true,
            Prev::Initial | Prev::ListNumber => false,
            // A name is not a sentence starter, a function word is.
            Prev::Numeral => upper && self.is_starter(m) && !self.initial_at(m),
            Prev::Number => {
                if self.data.ordinal_dot && !digit {
                    self.is_starter(m)
                } else {
                    true
                }
            }
            Prev::Abbr(class, after_number) => match class {
                Class::Title => false,
                Class::Final => upper,
                Class::Ambiguous => upper && self.is_starter(m),
                Class::Number => upper && (after_number || self.is_starter(m)),
                Class::BeforeNumber => !digit,
                Class::Foreign => {
                    upper
                        && self.text[..dot]
                            .chars()
                            .next_back()
                            .is_some_and(|l| is_cyrillic(l) == is_cyrillic(first))
                }
            },
        }
    }

    /// Number of lower-case letters directly before byte `c`.
    fn lower_word_before(&self, c: usize) -> usize {
        self.text[..c]
            .chars()
            .rev()
            .take(8)
            .take_while(|&ch| is_lower(ch))
            .count()
    }

    /// Does a capitalised word end directly before byte `c`?
    fn capitalised_before(&self, c: usize) -> bool {
        let mut it = self.text[..c].chars().rev().skip_while(|&ch| is_lower(ch));
        it.next().is_some_and(is_upperish)
    }

    /// May a lower-case word start a sentence after the stop at `c`?
    fn lower_start_ok(&self, c: usize, single_dot: bool) -> bool {
        if !single_dot {
            let b = self.text.as_bytes();
            let ellipsis = b[c..]
                .iter()
                .take_while(|&&x| x == b'.' || x == b'!' || x == b'?');
            return matches!(b[c], b'!' | b'?')
                && ellipsis.clone().all(|&x| x != b'.')
                && self.lower_word_before(c) >= 2;
        }
        self.lower_word_before(c) >= 3 && matches!(self.prev_token(c), Prev::Plain)
    }

    /// Skips a citation marker such as `[12]`, `[3, 4]` or `[…]` after whitespace at `j`.
    fn citation_after(&self, j: usize) -> usize {
        let rest = &self.text[j..];
        let t = rest.trim_start_matches([' ', '\u{a0}']);
        if !t.starts_with('[') {
            return j;
        }
        let Some(close) = t.bytes().take(16).position(|b| b == b']') else {
            return j;
        };
        let inner = &t[1..close];
        if inner.is_empty()
            || !inner
                .chars()
                .all(|ch| ch.is_ascii_digit() || matches!(ch, ',' | '-' | '–' | ' ' | '…' | '.'))
        {
            return j;
        }
        let end = j + (rest.len() - t.len()) + close + 1;
        match self.text[end..].chars().next() {
            None => end,
            Some(ch) if is_space(ch) => end,
            _ => j,
        }
    }

    /// `;` at `c`: a boundary when a capitalised frequent sentence starter follows
    /// (`…exister ; Le poème…`); `:` never is (`He said: The…` is one sentence).
    fn colon(&self, c: usize) -> (Option<usize>, usize) {
        let text = self.text;
        let j = c + 1;
        let rest = &text[j..];
        let t = rest.trim_start_matches(|ch: char| is_space(ch) && !is_break(ch));
        if t.len() == rest.len() {
            return (None, j);
        }
        let Some(first) = t.chars().next() else {
            return (None, j);
        };
        let m = text.len() - t.len();
        let boundary = text.as_bytes()[c] == b';' && first.is_uppercase() && self.is_starter(m);
        (boundary.then_some(j), j)
    }

    /// Emoji (U+1F000.., U+2600..U+27BF) at `c`: a sentence often ends with one in social
    /// media text (`…клевые😍😍 Следующее`).
    fn emoji(&self, c: usize) -> (Option<usize>, usize) {
        let text = self.text;
        let mut j = c;
        for ch in text[c..].chars() {
            if is_emoji(ch) || matches!(ch, '\u{200D}' | '\u{FE0F}' | ')' | '(') {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        if j == c {
            // A symbol outside the emoji ranges: skip the whole character.
            j += text[c..].chars().next().map_or(1, char::len_utf8);
            return (None, j);
        }
        if text[c..j]
            .chars()
            .all(|ch| is_marker(ch) || ch == '\u{FE0F}')
        {
            return (None, j);
        }
        let j = trailing_marks(text, j);
        (self.social_end(j), j)
    }

    /// `)` at `c`: an emoticon (`))`, `:)`, or a `)` without an opening bracket in the
    /// sentence) may end a sentence in social media text.
    fn smiley(&self, c: usize) -> (Option<usize>, usize) {
        let text = self.text;
        let b = text.as_bytes();
        let j = run_end(b, c, b')');
        let prev = text[..c].chars().next_back();
        if prev.is_some_and(|p| p.is_ascii_digit() || p == '.') && j - c < 2 {
            return (None, j);
        }
        let emoticon = j - c >= 2
            || prev.is_some_and(|p| matches!(p, ':' | ';' | '=' | '-' | '^'))
            || !text[self.sent_start.min(c)..c].contains('(');
        if !emoticon || prev.is_none_or(is_space) && j - c < 2 {
            return (None, j);
        }
        (self.social_end(j), j)
    }

    /// `(` at `c`: a sad emoticon (`((`, `:(`) may end a sentence in social media text.
    fn frown(&self, c: usize) -> (Option<usize>, usize) {
        let text = self.text;
        let b = text.as_bytes();
        let j = run_end(b, c, b'(');
        let emoticon = j - c >= 2 || c > 0 && matches!(b[c - 1], b':' | b';' | b'=') && j - c == 1;
        if !emoticon {
            return (None, j);
        }
        (self.social_end(j), j)
    }

    /// After an emoji or emoticon ending at `j`: a boundary when whitespace and a capitalised
    /// word or an `@mention` follow.
    fn social_end(&self, j: usize) -> Option<usize> {
        let text = self.text;
        let rest = &text[j..];
        let t = rest.trim_start_matches(is_space);
        if t.len() == rest.len() {
            return None;
        }
        let first = t.chars().next()?;
        let next = t[first.len_utf8()..].chars().next();
        let ok = (first.is_uppercase() && next.is_none_or(|n| !n.is_uppercase()))
            || (first == '@' && next.is_some_and(char::is_alphanumeric));
        ok.then_some(j)
    }

    /// Is the word at `m` a frequent sentence starter of the language?
    fn is_starter(&self, m: usize) -> bool {
        let mut key = Key::new();
        for ch in self.text[m..].chars() {
            if !is_alpha(ch) {
                break;
            }
            if !key.push_lower(ch.encode_utf8(&mut [0; 4])) || key.len > self.data.max_starter_len {
                return false;
            }
        }
        key.find(&self.data.starters).is_some()
    }

    /// Is the word at `m` a single letter with a dot (an initial: `А. С. Пушкин`)?
    fn initial_at(&self, m: usize) -> bool {
        let mut it = self.text[m..].chars();
        it.next().is_some_and(is_alpha) && it.next() == Some('.')
    }

    /// Classifies the token before a single dot, using UAX #29 word boundaries on a small window.
    fn prev_token(&self, dot: usize) -> Prev {
        let text = self.text;
        let mut ws = dot.saturating_sub(48);
        while !text.is_char_boundary(ws) {
            ws += 1;
        }
        let Some(around) = words::around(&text[ws..dot]) else {
            return Prev::Plain;
        };
        let Around {
            w,
            w_off,
            chain,
            unit,
            ..
        } = around;
        let Some(w0) = w.chars().next() else {
            return Prev::Plain;
        };
        let w_start = ws + w_off;
        // A unit (`+17°С.`, `17 °C.`, `2-7 м/с.`) ends a sentence before a capitalised word
        // and is neither an initial nor the abbreviation it may look like (`с.` = село).
        if is_short_word(w, 3) && (unit || around.before() == Some("°")) {
            return Prev::Abbr(Class::Final, false);
        }
        let abbrevs = &self.data.abbrevs;
        let mut key = Key::new();
        if !key.push_lower(w) {
            return Prev::Plain;
        }
        let mut class = None;
        // Two single capitals are initials (`Н. Э. Ончуков`), not an abbreviation (`н. э.`).
        let initials = |s: &str| {
            let mut it = s.chars();
            it.next().is_some_and(is_upperish) && it.next().is_none()
        };
        let max = self.data.max_abbrev_len;
        if let Some(w2) = chain.filter(|w2| !(initials(w) && initials(w2))) {
            if is_short_word(w2, 4) {
                let mut k2 = Key::new();
                if k2.push_lower(w2) && k2.push('.') && k2.push_lower(w) && k2.len <= max {
                    class = k2.find(abbrevs);
                }
            }
        }
        if class.is_none() && key.len <= max {
            class = key.find(abbrevs);
        }
        if let Some(class) = class {
            let after_number = class == Class::Number && around.before().is_some_and(is_numberish);
            // Capitalised and without a number it is an initial (`В. И. Ленин`), not a unit.
            if class == Class::Number && !after_number && is_upperish(w0) {
                return Prev::Abbr(Class::Title, false);
            }
            return Prev::Abbr(class, after_number);
        }
        // A word that began before the current sentence start (a dotted token such as
        // `Kostroma.Today` around an earlier boundary) is not a sentence opener.
        let sentence_opener = text
            .get(self.sent_start..w_start)
            .is_some_and(|s| s.chars().all(is_space));
        if is_number(w) {
            return if sentence_opener {
                Prev::ListNumber
            } else {
                Prev::Number
            };
        }
        if sentence_opener && is_roman(w) && w.len() > 1 {
            return Prev::ListNumber;
        }
        let mut chars = w.chars();
        if let (Some(c0), None) = (chars.next(), chars.next()) {
            if is_alpha(c0) {
                if is_upperish(c0) {
                    let numeral = matches!(c0, 'I' | 'V' | 'X')
                        && around.before().is_some_and(|p| {
                            p.chars().next().is_some_and(is_upperish)
                                && p.chars().nth(1).is_some_and(is_lower)
                        });
                    return if numeral {
                        Prev::Numeral
                    } else {
                        Prev::Initial
                    };
                }
                if key.find(&self.data.words).is_none() {
                    return Prev::Abbr(Class::Title, false);
                }
                return Prev::Plain;
            }
        }
        // Unknown dotted short parts (`U.S.A`, `т.н`): abbreviation-like, unless no part is a
        // single letter: a domain name (`KP.ru`, `NHL.Com`) ends a sentence like a word.
        let mut single = false;
        if w.contains('.')
            && w.split('.').all(|p| {
                let n = p.chars().count();
                single |= n == 1;
                (1..=3).contains(&n) && p.chars().all(is_alpha)
            })
            && single
        {
            return Prev::Abbr(Class::Ambiguous, false);
        }
        Prev::Plain
    }

    /// A line break of `len` bytes at `c`.
    fn line_break(&self, c: usize, len: usize) -> (Option<usize>, usize) {
        let text = self.text;
        let resume = c + len;
        let is_par = text[c..].starts_with('\u{2029}');
        // Blank line: only non-break spaces up to the next break.
        let mut next = None;
        let mut next_at = resume;
        for (n, ch) in text[resume..].char_indices() {
            if is_break(ch) {
                return (Some(c), resume);
            }
            if !is_space(ch) {
                next = Some(ch);
                next_at = resume + n;
                break;
            }
        }
        if is_par || self.mode == Mode::Lines {
            return (Some(c), resume);
        }
        let Some(next) = next else {
            return (Some(c), resume);
        };
        // The line that ends here.
        let line = &text[line_start(text, self.sent_start, c)..c];
        let Some(last) = line.chars().rev().find(|&ch| !is_space(ch)) else {
            return (None, resume);
        };
        if self.list_item_at(next_at, next) {
            return (Some(c), resume);
        }
        if matches!(
            last,
            '.' | '!' | '?' | '…' | ',' | ';' | ':' | '(' | '-' | '–' | '—' | '/'
        ) || is_closer(last, self.data) && line.trim_end_matches(is_space).len() > 1 && {
            let t = line.trim_end_matches(is_space);
            let t = t.trim_end_matches(|ch| is_closer(ch, self.data));
            t.ends_with(['.', '!', '?', '…'])
        } {
            return (None, resume);
        }
        // Skip openers to the first letter of the next line.
        let first = text[next_at..]
            .chars()
            .find(|&ch| !is_opener(ch, self.data) && !is_space(ch));
        let Some(first) = first else {
            return (None, resume);
        };
        if is_lower(first) {
            return (None, resume);
        }
        // A short line without final punctuation before a capitalised line: a heading.
        let short = line.len() <= 240 && line.chars().count() <= 80;
        (short.then_some(c), resume)
    }

    /// Does a list item (bullet, `1.`, `2)`, `a)`) start at `at`?
    fn list_item_at(&self, at: usize, first: char) -> bool {
        let rest = &self.text[at..];
        if is_bullet(first) {
            return rest[first.len_utf8()..]
                .chars()
                .next()
                .is_some_and(is_space);
        }
        let mut it = rest.char_indices();
        let mut n = 0;
        for (i, ch) in it.by_ref() {
            if ch.is_ascii_digit() && n < 3 {
                n += 1;
                continue;
            }
            if n > 0 && (ch == '.' || ch == ')') {
                return rest[i + 1..].chars().next().is_some_and(is_space);
            }
            break;
        }
        false
    }
}

/// End of a run of emoji and blank fillers (U+2800, used as an invisible spacer in social
/// media text), with spaces between them, that follows `j` on the same line and is followed by
/// whitespace and a capitalised word; `j` when there is none. Bullets and
/// pointing signs (`✔`, `👉`) and an emoji glued to the next word (`✅Время`) introduce what
/// follows and are not taken.
fn trailing_marks(text: &str, j: usize) -> usize {
    // Emoji and U+2800 start with a byte of at least 0xE2, so do most spaces but a few
    // (tabs, U+0085, U+00A0, U+1680).
    match text.as_bytes()[j..].iter().find(|&&x| x != b' ') {
        None => return j,
        Some(&x) if x < 0xE2 && !matches!(x, b'\t' | 0x0B | 0x0C | 0xC2 | 0xE1) => return j,
        _ => {}
    }
    let mut end = j;
    let mut k = j;
    for ch in text[j..].chars() {
        if is_emoji(ch) || ch == '\u{2800}' {
            if is_marker(ch) {
                return j;
            }
            k += ch.len_utf8();
            end = k;
        } else if matches!(ch, '\u{200D}' | '\u{FE0F}') && end == k && end > j {
            k += ch.len_utf8();
            end = k;
        } else if is_space(ch) && !is_break(ch) {
            k += ch.len_utf8();
        } else {
            let ok = end > j && k > end && ch.is_uppercase();
            return if ok { end } else { j };
        }
    }
    j
}

/// Bullets, check marks and pointing signs: they introduce what follows (`✔ Item`, `👉 link`).
fn is_marker(c: char) -> bool {
    is_bullet(c) || matches!(c, '✅' | '☑' | '👉' | '☝' | '➡' | '⬇' | '👇' | '▶')
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF)
}

/// End of the run of `byte` starting at `c`.
fn run_end(b: &[u8], c: usize, byte: u8) -> usize {
    c + b[c..].iter().take_while(|&&x| x == byte).count()
}

/// Start of the part of the line ending at `c` that belongs to the sentence starting at
/// `sent_start` (`≤ c`). A line longer than 1 KiB is treated as starting 1 KiB back (not a
/// heading).
fn line_start(text: &str, sent_start: usize, c: usize) -> usize {
    let from = c.saturating_sub(1024).max(sent_start);
    match memchr::memrchr2(b'\n', b'\r', &text.as_bytes()[from..c]) {
        Some(k) => from + k + 1,
        None => from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_agree_with_std() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
            assert_eq!(
                is_upperish(c),
                c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()),
                "{c:?}"
            );
            assert_eq!(
                is_space(c),
                c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{2060}'),
                "{c:?}"
            );
            if let Some(l) = lower_simple(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
        }
    }
}
