//! The pattern parser: turns the token stream into number, date and time mentions.

use crate::lexicon::{fold_text, func, lexicon, Entry, Lexicon, NumRole, Suffix};
use crate::scan::{tokenize, Tk, Tok, NO_LEX};
use crate::{Approx, Date, Mention, MentionKind, Number, NumberKind, Time, Unit};

/// Per-thread buffers reused across calls (the folded text and the tokens), so that
/// extracting from one short sentence costs no allocation beyond its mentions.
#[derive(Default)]
struct Scratch {
    folded: Vec<u8>,
    toks: Vec<Tok>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Extracts numbers, dates and times.
pub(crate) fn extract_numeric(text: &str, lang: &str) -> Vec<Mention> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let Scratch { folded, toks } = &mut *scratch;
            let out = extract_with(text, lang, folded, toks);
            if folded.capacity() > 1 << 23 {
                // Buffers for texts up to 8 MiB are kept (about 40 MB with the tokens):
                // allocating them afresh for every long text costs more than folding it.
                // Beyond that, one huge input does not pin its buffers to the thread.
                *scratch = Scratch::default();
            }
            out
        }
        // not reachable (no re-entry), but never worth a panic
        Err(_) => extract_with(text, lang, &mut Vec::new(), &mut Vec::new()),
    })
}

fn extract_with(text: &str, lang: &str, folded: &mut Vec<u8>, toks: &mut Vec<Tok>) -> Vec<Mention> {
    let lex = lexicon(lang);
    // Folding keeps every character's byte length, so the folded text has the same offsets:
    // it is folded once here and sliced by token spans from then on.
    folded.clear();
    folded.resize(text.len(), 0);
    fold_text(text.as_bytes(), folded);
    toks.clear();
    toks.reserve(text.len() / 6 + 4);
    tokenize(text, folded, lex, toks);
    let mut p = P {
        text,
        f: folded,
        t: toks,
        lex,
        out: Vec::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        let next = match toks[i].k {
            Tk::Digits => p.at_digits(i),
            Tk::Word => p.at_word(i),
            Tk::Punct(c) => p.at_punct(i, c),
        };
        i = match next {
            Some(n) if n > i => n,
            _ => i + 1,
        };
    }
    p.out.sort_by_key(|m| (m.span.start, m.span.end));
    p.out
}

/// A number read from tokens, before its context is resolved.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: f64,
    /// Token after the number.
    next: usize,
    kind: NumberKind,
    words: bool,
    /// Applied scale factor (1 if none).
    scale: f64,
    /// Digits in the integer part (0 for words).
    int_len: usize,
    decimal: bool,
    decade: bool,
    unit: Option<Unit>,
    weak: bool,
    /// Word role for standalone words (collective, multiplier, decade).
    role: Option<NumRole>,
    /// The other reading of an ambiguous separator.
    alt: Option<f64>,
    /// A vague plural quantity ("thousands", "десятки тысяч").
    vague: bool,
}

impl Num {
    fn digits(value: f64, next: usize, int_len: usize, decimal: bool) -> Num {
        Num {
            value,
            next,
            kind: NumberKind::Cardinal,
            words: false,
            scale: 1.0,
            int_len,
            decimal,
            decade: false,
            unit: None,
            weak: false,
            role: None,
            alt: None,
            vague: false,
        }
    }
    fn is_int(&self) -> bool {
        !self.decimal && self.value.fract() == 0.0
    }
    fn small_int(&self, lo: f64, hi: f64) -> bool {
        self.is_int() && self.scale == 1.0 && self.value >= lo && self.value <= hi
    }
    fn year_like(&self) -> bool {
        let v = self.value;
        if self.words {
            return self.kind == NumberKind::Ordinal
                && v.fract() == 0.0
                && (1000.0..=2100.0).contains(&v);
        }
        self.int_len == 4 && self.small_int(1000.0, 2100.0)
    }
}

struct P<'a> {
    text: &'a str,
    /// `text` folded to lower case by [`fold_text`] (same byte offsets).
    f: &'a [u8],
    t: &'a [Tok],
    lex: &'static Lexicon,
    out: Vec<Mention>,
}

const THE_TWO_WEAK: bool = false;

const DASHES: [char; 4] = ['-', '–', '—', '−'];

impl<'a> P<'a> {
    // ---------- token helpers ----------

    #[inline]
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }

    #[inline]
    fn ent(&self, i: usize) -> Option<&'static Entry> {
        let t = self.t.get(i)?;
        if t.lex == NO_LEX {
            None
        } else {
            Some(self.lex.entry(t.lex))
        }
    }

    fn has_func(&self, i: usize, f: u32) -> bool {
        self.ent(i).is_some_and(|e| e.func & f != 0)
    }

    fn src(&self, i: usize) -> &'a str {
        let t = &self.t[i];
        &self.text[t.s as usize..t.e as usize]
    }

    /// Folded (lower-case) bytes of token `i`.
    fn folded(&self, i: usize) -> &'a [u8] {
        let t = &self.t[i];
        &self.f[t.s as usize..t.e as usize]
    }

    /// Copies the folded token `i` into `buf` at `o`; returns the new end, or `None` if it
    /// does not fit.
    fn copy_folded(&self, i: usize, buf: &mut [u8], o: usize) -> Option<usize> {
        let w = self.folded(i);
        let end = o.checked_add(w.len()).filter(|&e| e <= buf.len())?;
        buf[o..end].copy_from_slice(w);
        Some(end)
    }

    /// Folded (lower-case) form of word `i` compared with `s`.
    fn word_is(&self, i: usize, s: &str) -> bool {
        let Some(t) = self.tok(i) else { return false };
        t.k == Tk::Word && self.folded(i) == s.as_bytes()
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(self.tok(i).map(|t| t.k), Some(Tk::Punct(c)) if DASHES.contains(&c) || c == '…')
    }

    /// Glued to the previous token (no space).
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.sp == 0)
    }

    /// At most one space before.
    fn near(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.sp <= 1)
    }

    fn digits_len(&self, i: usize) -> usize {
        match self.tok(i) {
            Some(t) if t.k == Tk::Digits => t.len(),
            _ => 0,
        }
    }

    fn int_at(&self, i: usize) -> u64 {
        let s = self.src(i);
        if s.len() > 18 {
            return u64::MAX;
        }
        s.bytes()
            .fold(0u64, |a, b| a * 10 + u64::from(b.wrapping_sub(b'0')))
    }

    fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        match self.t[i - 1].k {
            Tk::Punct(c) => matches!(
                c,
                '.' | '!' | '?' | '…' | '"' | '«' | '“' | '„' | '(' | ':' | '—' | '–' | '-' | '\''
            ),
            _ => false,
        }
    }

    fn push(&mut self, s: usize, e: usize, kind: MentionKind, weak: bool) {
        let start = self.t[s].s as usize;
        let end = self.t[e.saturating_sub(1).max(s)].e as usize;
        self.out.push(Mention {
            span: start..end,
            kind,
            weak,
        });
    }

    fn push_date(&mut self, s: usize, e: usize, d: Date) {
        self.push(s, e, MentionKind::Date(d), false);
    }

    /// Consumes a full stop after an abbreviation.
    fn abbr_dot(&self, j: usize) -> usize {
        if self.ent(j).is_some_and(|e| e.abbr) && self.is_punct(j + 1, '.') && self.glued(j + 1) {
            j + 2
        } else {
            j + 1
        }
    }

    // ---------- dispatch ----------

    fn at_digits(&mut self, i: usize) -> Option<usize> {
        if let Some(n) = self.try_season(i) {
            return Some(n);
        }
        if let Some(n) = self.try_military_time(i) {
            return Some(n);
        }
        // Identifier-like: G7, MH17, COVID-19, Су-57.
        if i > 0 && self.glued(i) {
            let p = &self.t[i - 1];
            let code = match p.k {
                Tk::Word => true,
                Tk::Punct('-') => {
                    i > 1 && self.t[i - 2].k == Tk::Word && self.glued(i - 1) && {
                        let w = &self.t[i - 2];
                        w.cap || (w.lex == NO_LEX && !self.src(i - 2).is_ascii())
                    }
                }
                _ => false,
            };
            if code {
                return Some(self.code(i));
            }
        }
        if let Some(n) = self.try_iso(i) {
            return Some(n);
        }
        if let Some(n) = self.try_dotted_date(i) {
            return Some(n);
        }
        if let Some(n) = self.try_slash(i) {
            return Some(n);
        }
        if let Some(n) = self.try_time(i) {
            return Some(n);
        }
        let mut n = self.read_digits(i, None);
        // German "zur 35. Wiederkehr", "der 2. Weltkrieg": after an article or a contraction
        // a number with a dot is an ordinal (a day before a month is handled as a date).
        if self.lex.day_dot
            && n.is_int()
            && i > 0
            && self.has_func(i - 1, func::THE)
            && self.is_punct(n.next, '.')
            && self.glued(n.next)
            && self.tok(n.next + 1).is_some_and(|t| t.k == Tk::Word)
            && self.ent(n.next + 1).is_none_or(|e| e.month == 0)
        {
            n.kind = NumberKind::Ordinal;
            n.next += 1;
        }
        Some(self.finish(i, n))
    }

    fn at_punct(&mut self, i: usize, c: char) -> Option<usize> {
        let next_digits = self.tok(i + 1).is_some_and(|t| t.k == Tk::Digits);
        if let Some(u) = Unit::from_symbol(c) {
            if u.is_currency() && next_digits && self.near(i + 1) {
                let n = self.read_digits(i + 1, Some(u));
                return Some(self.finish(i, n));
            }
            return None;
        }
        if c == '+' && next_digits && self.glued(i + 1) && (i == 0 || self.t[i].sp > 0) {
            let n = self.read_digits(i + 1, None);
            return Some(self.finish(i, n));
        }
        if (c == '-' || c == '−' || c == '–') && next_digits && self.glued(i + 1) {
            let prev_ok = i == 0
                || self.t[i].sp > 0
                || matches!(self.t[i - 1].k, Tk::Punct('(') | Tk::Punct('['));
            if prev_ok {
                let mut n = self.read_digits(i + 1, None);
                n.value = -n.value;
                return Some(self.finish(i, n));
            }
        }
        if (c == '\'' || c == '’')
            && self.digits_len(i + 1) == 2
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.word_is(i + 2, "s")
        {
            let v = self.int_at(i + 1) as i32;
            if v % 10 == 0 {
                self.push_date(
                    i,
                    i + 3,
                    Date {
                        decade: Some(v),
                        ..Date::default()
                    },
                );
                return Some(i + 3);
            }
        }
        None
    }

    fn at_word(&mut self, i: usize) -> Option<usize> {
        let t = self.t[i];
        if t.cap && t.len() <= 12 {
            if let Some(n) = self.try_roman(i) {
                return Some(n);
            }
        }
        if t.lex == NO_LEX {
            return self.try_compound(i);
        }
        let e = self.ent(i)?;
        if e.month > 0 {
            if let Some(n) = self.try_month_first(i, e) {
                return Some(n);
            }
        }
        if e.num.is_some() || (e.func & func::HALF != 0) || (e.denom > 0.0 && !e.denom_bound) {
            if let Some(n) = self.read_words(i) {
                return Some(self.finish(i, n));
            }
        }
        // "за сутки", "в течение суток": a 24-hour period, usually "24 hours" in English
        // (but not "время суток", the time of day).
        if e.func & func::DAY24 != 0
            && i > 0
            && [
                "за",
                "течение",
                "минувшие",
                "прошедшие",
                "последние",
                "истекшие",
                "прошлые",
                "первые",
                "ближайшие",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w))
        {
            self.push(
                i,
                i + 1,
                MentionKind::Number(Number {
                    value: 1.0,
                    high: None,
                    kind: NumberKind::Cardinal,
                    approx: Approx::Exact,
                    unit: Some(Unit::Day),
                    words: true,
                    scaled: false,
                    alt_value: None,
                }),
                false,
            );
            return Some(i + 1);
        }
        if e.func & (func::NOON | func::MIDNIGHT) != 0 && (!t.cap || self.sentence_initial(i)) {
            let minutes = if e.func & func::NOON != 0 { 720 } else { 0 };
            self.push(
                i,
                i + 1,
                MentionKind::Time(Time {
                    minutes,
                    half_day_ambiguous: false,
                }),
                false,
            );
            return Some(i + 1);
        }
        if e.func & func::MINUS != 0 && self.digits_len(i + 1) > 0 && self.near(i + 1) {
            let mut n = self.read_digits(i + 1, None);
            n.value = -n.value;
            return Some(self.finish(i, n));
        }
        None
    }

    /// Russian compound adjectives with a numeral stem: четырехлетний, пятисотлетней,
    /// двукратный, двадцатипятилетнего.
    fn try_compound(&mut self, i: usize) -> Option<usize> {
        let w = self.src(i).as_bytes();
        if w.len() < 8 || !(w[0] == 0xD0 || w[0] == 0xD1) || self.lex.stems.is_empty() {
            return None;
        }
        let (v, sfx) = self.lex.compound(self.folded(i))?;
        let (value, unit, scaled) = match sfx {
            Suffix::Unit(u) => (v, Some(u), false),
            Suffix::Scale(s) => (v * s, None, true),
            Suffix::None => (v, None, false),
        };
        let weak = self.t[i].cap && !self.sentence_initial(i);
        self.push(
            i,
            i + 1,
            MentionKind::Number(Number {
                value,
                high: None,
                kind: NumberKind::Cardinal,
                approx: self.approx_before(i, false),
                unit,
                words: true,
                scaled,
                alt_value: None,
            }),
            weak,
        );
        Some(i + 1)
    }

    fn code(&mut self, i: usize) -> usize {
        let v = if self.t[i].len() <= 15 {
            self.int_at(i) as f64
        } else {
            f64::NAN
        };
        let mut e = i + 1;
        // A glued letter suffix stays part of the identifier (MH17A).
        if self.tok(e).is_some_and(|t| t.k == Tk::Word) && self.glued(e) {
            e += 1;
        }
        if v.is_finite() {
            self.push(
                i,
                i + 1,
                MentionKind::Number(Number {
                    value: v,
                    high: None,
                    kind: NumberKind::Code,
                    approx: Approx::Exact,
                    unit: None,
                    words: false,
                    scaled: false,
                    alt_value: None,
                }),
                // Identifiers stay strong (translators copy them), except disease names such as
                // COVID-19, which translations routinely shorten to "коронавирус"/"Covid".
                self.disease_code(i),
            );
        }
        e
    }

    /// `COVID-19`, `SARS-CoV-2`, `H1N1`-like names: the digits are part of a disease name.
    fn disease_code(&self, i: usize) -> bool {
        let w = if i >= 2 && self.is_punct(i - 1, '-') {
            i - 2
        } else if i >= 1 {
            i - 1
        } else {
            return false;
        };
        ["covid", "ковид", "cov", "sars"]
            .iter()
            .any(|x| self.word_is(w, x))
    }

    // ---------- digits ----------

    /// Reads a digit number with separators, suffixes and a scale word.
    fn read_digits(&self, i: usize, unit: Option<Unit>) -> Num {
        let (value, mut j, int_len, decimal, alt) = self.read_groups(i);
        let mut n = Num::digits(value, j, int_len, decimal);
        n.alt = alt;
        n.unit = unit;
        let cyr = |s: &str| {
            s.as_bytes()
                .first()
                .is_some_and(|&b| b == 0xD0 || b == 0xD1)
        };
        // 1960's
        if (self.is_punct(j, '\'') || self.is_punct(j, '’'))
            && self.glued(j)
            && self.glued(j + 1)
            && self.word_is(j + 1, "s")
            && n.is_int()
            && value >= 10.0
            && value % 10.0 == 0.0
        {
            n.decade = true;
            n.next = j + 2;
            return n;
        }
        // Hyphenated suffix: 7-й, 7-го, 90-х, 50-летний, 3-х, 10-day, 30-odd.
        if self.is_dash(j)
            && self.is_punct(j, '-')
            && self.glued(j)
            && self.tok(j + 1).is_some_and(|t| t.k == Tk::Word)
            && self.glued(j + 1)
        {
            let w = self.src(j + 1);
            let f = std::str::from_utf8(self.folded(j + 1)).unwrap_or("");
            let iv = if n.is_int() { value as i64 } else { -1 };
            let mut used = true;
            if cyr(w) {
                const ORD: &[&str] = &[
                    "й", "го", "му", "м", "я", "е", "ю", "ой", "ый", "ий", "ая", "ое", "ые", "ых",
                    "ым", "ого", "ому", "ом", "ую", "ей", "ых", "ми", "х",
                ];
                // 1990-е, 90-х годов, в 90-е, 60-е и 70-е.
                let next_is_noun = self
                    .tok(j + 2)
                    .is_some_and(|t| t.k == Tk::Word && t.sp <= 1)
                    && !self.has_func(j + 2, func::AND | func::OR | func::YEAR);
                // "20-е место", "в 20-х числах" are ordinals: a noun follows.
                let decade_ctx = (1000..=2100).contains(&iv) || !next_is_noun;
                let decade_ok = iv >= 10
                    && iv % 10 == 0
                    && (iv <= 90 || (1000..=2100).contains(&iv))
                    && decade_ctx;
                if decade_ok && matches!(f, "е" | "х" | "ые" | "ых" | "м" | "ми" | "ем" | "ыми")
                {
                    n.decade = true;
                } else if matches!(f, "ти" | "мя" | "ью" | "ех" | "ух" | "ох")
                    || (f == "х"
                        && (2..=4).contains(&(iv % 10))
                        && !(12..=14).contains(&(iv % 100)))
                    || (f == "ми" && iv >= 5)
                {
                    // cardinal written with a case ending (3-х, 5-ти)
                } else if ORD.contains(&f) {
                    n.kind = NumberKind::Ordinal;
                } else if f.starts_with("лети") {
                    n.kind = NumberKind::Ordinal; // 30-летие = 30th anniversary
                } else if f.starts_with("лет") {
                    n.unit = Some(Unit::Year);
                } else if f.starts_with("процент") {
                    n.unit = Some(Unit::Percent);
                } else if f.starts_with("кратн") {
                    n.unit = Some(Unit::Times);
                } else if f.starts_with("километр") {
                    n.unit = Some(Unit::Km);
                } else if f.starts_with("тысячн") {
                    n.value *= 1000.0;
                    n.scale = 1000.0;
                } else if f.starts_with("миллионн") {
                    n.value *= 1e6;
                    n.scale = 1e6;
                } else {
                    used = false;
                }
            } else if let Some(e) = self.ent(j + 1) {
                if let Some(u) = e.unit {
                    n.unit = Some(u);
                } else if let Some((s, NumRole::Scale)) = e.num {
                    n.value *= s;
                    n.scale = s;
                } else {
                    used = false;
                }
            } else if f == "odd" {
                // "30-odd": about 30 (the approximation is set in `finish`)
                n.vague = true;
            } else if matches!(f, "th" | "st" | "nd" | "rd") {
                n.kind = NumberKind::Ordinal;
            } else {
                used = false;
            }
            if used {
                j += 2;
            }
        } else if self.tok(j).is_some_and(|t| t.k == Tk::Word) && self.glued(j) {
            // Glued letters: 7th, 1990s, 5bn, 15km, 3pm, 5G.
            let f = std::str::from_utf8(self.folded(j)).unwrap_or("");
            let iv = if n.is_int() { value as i64 } else { -1 };
            if matches!(f, "th" | "st" | "nd" | "rd" | "й" | "го") {
                n.kind = NumberKind::Ordinal;
                j += 1;
            } else if f == "s" && iv >= 10 && iv % 10 == 0 {
                n.decade = true;
                j += 1;
            } else if matches!(f, "am" | "pm" | "a" | "p") {
                // handled by the time rule in `finish`
            } else if let Some(e) = self.ent(j) {
                let currency = n.unit.is_some_and(Unit::is_currency);
                if let Some((s, NumRole::Scale)) =
                    e.num.filter(|_| !e.bound || currency || f == "k")
                {
                    n.value *= s;
                    n.scale = s;
                    j = self.abbr_dot(j);
                } else if f == "m" {
                    n.unit = Some(Unit::M); // 137m = 137 metres unless money
                    j += 1;
                } else if let Some(u) = e.unit {
                    n.unit = Some(u);
                    j = self.abbr_dot(j);
                } else {
                    n.kind = NumberKind::Code;
                }
            } else if f == "x" || f == "х" {
                n.unit = Some(Unit::Times);
                j += 1;
            } else {
                n.kind = NumberKind::Code;
            }
        }
        // Scale word: 1,5 млн; 130 тыс.; 2 million; 3 lakh.
        if n.scale == 1.0 && n.kind == NumberKind::Cardinal && self.near(j) {
            if let Some(e) = self.ent(j) {
                if let Some((s, NumRole::Scale)) = e.num {
                    if !e.bound || self.glued(j) || n.unit.is_some_and(Unit::is_currency) {
                        n.alt = n.alt.map(|a| a * s);
                        n.value *= s;
                        n.scale = s;
                        j = self.abbr_dot(j);
                    }
                }
            }
        }
        n.next = j;
        n
    }

    /// Reads digit groups joined by separators. Returns (value, next token, integer digits,
    /// has decimal part).
    fn read_groups(&self, i: usize) -> (f64, usize, usize, bool, Option<f64>) {
        let mut groups: [(usize, char); 12] = [(i, ' '); 12];
        let mut ng = 1;
        let mut j = i;
        let first_len = self.t[i].len();
        while ng < groups.len() {
            let (Some(a), Some(b)) = (self.tok(j + 1), self.tok(j + 2)) else {
                // a digit group separated by one space
                if let Some(a) = self.tok(j + 1) {
                    if a.k == Tk::Digits
                        && a.sp == 1
                        && a.len() == 3
                        && first_len <= 3
                        && groups[..ng].iter().skip(1).all(|g| g.1 == ' ')
                    {
                        groups[ng] = (j + 1, ' ');
                        ng += 1;
                        j += 1;
                        continue;
                    }
                }
                break;
            };
            if let Tk::Punct(c) = a.k {
                if matches!(c, ',' | '.' | '\'' | '’')
                    && a.sp == 0
                    && b.k == Tk::Digits
                    && b.sp == 0
                {
                    groups[ng] = (j + 2, c);
                    ng += 1;
                    j += 2;
                    continue;
                }
                break;
            }
            if a.k == Tk::Digits
                && a.sp == 1
                && a.len() == 3
                && first_len <= 3
                && groups[..ng].iter().skip(1).all(|g| g.1 == ' ')
                && !(b.k == Tk::Punct(',') && b.sp == 0 && !self.lex.decimal_comma)
            {
                groups[ng] = (j + 1, ' ');
                ng += 1;
                j += 1;
                continue;
            }
            break;
        }
        // Decide which separators group thousands and which (the last, at most) is decimal.
        let seps = &groups[1..ng];
        let mut keep = ng; // groups actually used
        let mut decimal_at: Option<usize> = None; // index into groups of the fraction group
        let three = |k: usize| self.t[groups[k].0].len() == 3;
        if ng > 1 {
            let last = seps[seps.len() - 1].1;
            let count = |c: char| seps.iter().filter(|g| g.1 == c).count();
            let (nc, nd) = (count(','), count('.'));
            let dec_candidate = if nc > 0 && nd > 0 {
                Some(last)
            } else if nc == 1 && seps.len() == 1 {
                // "10,000" is a thousands group even in a decimal-comma language.
                let zeros = three(1) && self.src(groups[1].0) == "000";
                if (self.lex.decimal_comma && !zeros) || !three(1) {
                    Some(',')
                } else {
                    None
                }
            } else if nd == 1 && seps.len() == 1 {
                if self.lex.group_dot && three(1) {
                    None
                } else {
                    Some('.')
                }
            } else if nc == 1 && last == ',' && self.lex.decimal_comma {
                Some(',') // 1 000,5
            } else if nd == 1 && last == '.' && !self.lex.group_dot {
                Some('.') // 1 000.5 / 1,000.5
            } else {
                None
            };
            if dec_candidate == Some(last) && (nc + nd == 1 || count(last) == 1) {
                decimal_at = Some(ng - 1);
            }
            // Validate grouping separators: first group 1..=3 digits, later groups 3.
            let glen = if decimal_at.is_some() { ng - 1 } else { ng };
            let mut ok = glen == 1 || first_len <= 3;
            let indian = glen > 2
                && seps[..glen - 1].iter().all(|g| g.1 == ',')
                && (1..glen - 1).all(|k| self.t[groups[k].0].len() == 2)
                && three(glen - 1);
            if indian {
                ok = first_len <= 2;
            }
            let mut gsep: Option<char> = None;
            for (k, g) in groups.iter().enumerate().take(glen).skip(1) {
                let c = g.1;
                let same = gsep.is_none_or(|g| g == c);
                if (!three(k) && !indian) || !same {
                    ok = false;
                    keep = k;
                    break;
                }
                gsep = Some(c);
            }
            if !ok {
                decimal_at = None;
                if keep <= 1 {
                    keep = 1;
                }
                // `1.2.3` or `5,10`: keep only the groups that were valid.
                if glen > 1 && first_len > 3 {
                    keep = 1;
                }
            }
        }
        let mut buf = [0u8; 64];
        let mut o = 0;
        let mut int_len = 0;
        for (k, g) in groups.iter().enumerate().take(keep) {
            if Some(k) == decimal_at && o < buf.len() {
                buf[o] = b'.';
                o += 1;
            }
            for &b in self.src(g.0).as_bytes() {
                if o < buf.len() {
                    buf[o] = b;
                    o += 1;
                }
                if decimal_at.is_none_or(|d| k < d) {
                    int_len += 1;
                }
            }
        }
        let value = std::str::from_utf8(&buf[..o])
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(0.0);
        let next = groups[keep - 1].0 + 1;
        let decimal = decimal_at.is_some_and(|d| d < keep);
        // "1,770" / "1.500": one separator before exactly three digits can be read both ways
        // (Russian texts copy English thousands separators; German writes 1.500 for 1500).
        let alt = if keep == 2
            && matches!(groups[1].1, ',' | '.')
            && three(1)
            && first_len <= 3
            && self.src(i) != "0"
        {
            Some(if decimal {
                value * 1000.0
            } else {
                value / 1000.0
            })
        } else {
            None
        };
        (value, next, int_len, decimal, alt)
    }

    /// A season written with a slash: 2019/20, 2019/2020 (a range of two years).
    fn try_season(&mut self, i: usize) -> Option<usize> {
        if self.digits_len(i) != 4
            || !self.is_punct(i + 1, '/')
            || !self.glued(i + 1)
            || !self.glued(i + 2)
        {
            return None;
        }
        let y = self.int_at(i);
        let y2 = match self.digits_len(i + 2) {
            2 => y / 100 * 100 + self.int_at(i + 2),
            4 => self.int_at(i + 2),
            _ => return None,
        };
        if !(1000..=2100).contains(&y) || y2 != y + 1 {
            return None;
        }
        self.push(
            i,
            i + 3,
            MentionKind::Number(Number {
                value: y as f64,
                high: Some(y2 as f64),
                kind: NumberKind::Range,
                approx: Approx::Exact,
                unit: None,
                words: false,
                scaled: false,
                alt_value: None,
            }),
            false,
        );
        Some(i + 3)
    }

    /// Military time next to a time zone: 0200GMT, 1430 UTC, 0900 мск.
    fn try_military_time(&mut self, i: usize) -> Option<usize> {
        if self.digits_len(i) != 4 || !self.near(i + 1) {
            return None;
        }
        let zone = ["gmt", "utc", "мск", "msk", "z"]
            .iter()
            .any(|z| self.word_is(i + 1, z));
        let v = self.int_at(i);
        let (h, m) = (v / 100, v % 100);
        if !zone || h > 23 || m > 59 {
            return None;
        }
        self.push_time_m(i, i + 1, h, m, false);
        Some(i + 1)
    }

    /// 2023-10-07
    fn try_iso(&mut self, i: usize) -> Option<usize> {
        if self.digits_len(i) != 4
            || !self.is_punct(i + 1, '-')
            || !self.is_punct(i + 3, '-')
            || !(1..=2).contains(&self.digits_len(i + 2))
            || !(1..=2).contains(&self.digits_len(i + 4))
            || !(1..=4).all(|k| self.glued(i + k))
        {
            return None;
        }
        let (y, m, d) = (self.int_at(i), self.int_at(i + 2), self.int_at(i + 4));
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        self.push_date(
            i,
            i + 5,
            Date {
                day: Some(d as u8),
                month: Some(m as u8),
                year: Some(y as i32),
                ..Date::default()
            },
        );
        Some(i + 5)
    }

    /// 07.10.2023, 7.10.23
    fn try_dotted_date(&mut self, i: usize) -> Option<usize> {
        if !(1..=2).contains(&self.digits_len(i))
            || !self.is_punct(i + 1, '.')
            || !(1..=2).contains(&self.digits_len(i + 2))
            || !self.is_punct(i + 3, '.')
            || !matches!(self.digits_len(i + 4), 2 | 4)
            || !(1..=4).all(|k| self.glued(i + k))
        {
            return None;
        }
        let (d, m, y) = (self.int_at(i), self.int_at(i + 2), self.int_at(i + 4));
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let y = if self.digits_len(i + 4) == 2 {
            2000 + y as i32
        } else {
            y as i32
        };
        let mut e = i + 5;
        if self.has_func(e, func::YEAR) && self.near(e) {
            e = self.abbr_dot(e);
        }
        self.push_date(
            i,
            e,
            Date {
                day: Some(d as u8),
                month: Some(m as u8),
                year: Some(y),
                ..Date::default()
            },
        );
        Some(e)
    }

    /// 9/11, 7/10/2023, 3/4 (a fraction).
    fn try_slash(&mut self, i: usize) -> Option<usize> {
        if !(1..=2).contains(&self.digits_len(i))
            || !self.is_punct(i + 1, '/')
            || !(1..=2).contains(&self.digits_len(i + 2))
            || !self.glued(i + 1)
            || !self.glued(i + 2)
        {
            return None;
        }
        let (a, b) = (self.int_at(i), self.int_at(i + 2));
        let mut e = i + 3;
        let mut year = None;
        if self.is_punct(e, '/') && self.glued(e) && self.glued(e + 1) {
            match self.digits_len(e + 1) {
                4 => year = Some(self.int_at(e + 1) as i32),
                2 => year = Some(2000 + self.int_at(e + 1) as i32),
                _ => {}
            }
            if year.is_some() {
                e += 2;
            }
        }
        if year.is_none() {
            if (a == 24 && b == 7) || (a == 50 && b == 50) {
                return None;
            }
            if a < b && b <= 10 && a > 0 {
                let n = Num {
                    kind: NumberKind::Fraction,
                    ..Num::digits(a as f64 / b as f64, e, 1, true)
                };
                return Some(self.finish(i, n));
            }
        }
        let valid = |m: u64, d: u64| (1..=12).contains(&m) && (1..=31).contains(&d);
        let (m, d, amb) = if self.lex.slash_md {
            if valid(a, b) {
                (a, b, valid(b, a) && a != b)
            } else if valid(b, a) {
                (b, a, false)
            } else {
                return None;
            }
        } else if valid(b, a) {
            (b, a, valid(a, b) && a != b)
        } else if valid(a, b) {
            (a, b, false)
        } else {
            return None;
        };
        self.push_date(
            i,
            e,
            Date {
                day: Some(d as u8),
                month: Some(m as u8),
                year,
                day_month_ambiguous: amb,
                ..Date::default()
            },
        );
        Some(e)
    }

    /// 15:00, 3:30 p.m., в 15.00 (Russian, after a time preposition).
    fn try_time(&mut self, i: usize) -> Option<usize> {
        let hl = self.digits_len(i);
        if !(1..=2).contains(&hl) || self.digits_len(i + 2) != 2 || !self.glued(i + 1) {
            return None;
        }
        if !self.glued(i + 2) {
            return None;
        }
        // ':' and its look-alikes (Armenian full stop ։, ratio ∶)
        let colon =
            self.is_punct(i + 1, ':') || self.is_punct(i + 1, '։') || self.is_punct(i + 1, '∶');
        let dot = self.is_punct(i + 1, '.');
        if !colon && !dot {
            return None;
        }
        let (h, m) = (self.int_at(i), self.int_at(i + 2));
        if h > 24 || m > 59 {
            return None;
        }
        let mut e = i + 3;
        // seconds
        if colon && self.is_punct(e, ':') && self.digits_len(e + 1) == 2 && self.glued(e) {
            e += 2;
        }
        // a.m./p.m., or утра/дня/вечера/ночи after a Russian time (11:30 вечера = 23:30)
        let marker = self.ampm(e, false);
        let day_word = if marker.is_none() {
            self.ampm(e, true)
        } else {
            None
        };
        let ampm = marker.or(day_word);
        if dot && ampm.is_none() {
            let prep = i > 0 && self.has_func(i - 1, func::TIMEPREP);
            let hour_after = self.has_func(e, func::HOUR) || self.word_is(e, "ч");
            if !(self.lex.decimal_comma && (prep || hour_after) && m % 5 == 0 && h <= 23) {
                return None;
            }
        }
        let mut hh = h;
        if let Some((pm, ne)) = ampm {
            if day_word.is_some() && (h == 0 || h > 12) {
                // "15:00 дня": a 24-hour time; the word adds nothing
                e = ne;
            } else if h == 0 || h > 12 {
                return None;
            } else {
                hh = to24(h, pm);
                e = ne;
            }
        }
        let amb = ampm.is_none() && self.lex.clock12 && (1..=12).contains(&h);
        self.push(
            i,
            e,
            MentionKind::Time(Time {
                minutes: (hh * 60 + m).min(24 * 60) as u16,
                half_day_ambiguous: amb,
            }),
            false,
        );
        Some(e)
    }

    /// a.m./p.m. at token `j`: returns (is_pm, next). `ru_words` also accepts утра/дня/вечера.
    fn ampm(&self, j: usize, ru_words: bool) -> Option<(bool, usize)> {
        let t = self.tok(j)?;
        if t.k != Tk::Word || t.sp > 1 {
            return None;
        }
        let s = self.src(j);
        let lower = |x: &str| s.eq_ignore_ascii_case(x);
        if lower("am") || lower("pm") {
            // "pm." keeps its full stop in the span (harmless at a sentence end)
            let e = if self.is_punct(j + 1, '.') && self.glued(j + 1) {
                j + 2
            } else {
                j + 1
            };
            return Some((lower("pm"), e));
        }
        if (lower("a") || lower("p"))
            && self.is_punct(j + 1, '.')
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self.tok(j + 2).is_some_and(|t| t.k == Tk::Word)
            && self.src(j + 2).eq_ignore_ascii_case("m")
        {
            let e = if self.is_punct(j + 3, '.') && self.glued(j + 3) {
                j + 4
            } else {
                j + 3
            };
            return Some((lower("p"), e));
        }
        if ru_words {
            if self.has_func(j, func::PM) {
                return Some((true, j + 1));
            }
            if self.has_func(j, func::AM) {
                return Some((false, j + 1));
            }
        }
        None
    }

    // ---------- words ----------

    /// Reads a number written in words starting at `i`.
    fn read_words(&self, i: usize) -> Option<Num> {
        let first = self.ent(i)?;
        let initial_cap = self.t[i].cap && !self.sentence_initial(i);
        // half a million
        if first.func & func::HALF != 0 && first.num.is_none() {
            if self.word_is(i + 1, "a") || self.word_is(i + 1, "an") {
                if let Some((s, NumRole::Scale)) = self.ent(i + 2).and_then(|e| e.num) {
                    let mut n = Num::digits(0.5 * s, i + 3, 0, true);
                    n.words = true;
                    n.scale = s;
                    return Some(n);
                }
            }
            return None;
        }
        // треть, четверть (a fraction noun alone)
        if first.num.is_none() && first.denom > 0.0 && !first.denom_bound {
            let mut n = Num::digits(1.0 / first.denom, i + 1, 0, true);
            n.words = true;
            n.kind = NumberKind::Fraction;
            n.weak = initial_cap;
            return Some(n);
        }
        let (v0, role0) = first.num?;
        match role0 {
            NumRole::Coll | NumRole::Mult | NumRole::Decade => {
                let mut n = Num::digits(v0, i + 1, 0, false);
                n.words = true;
                n.role = Some(role0);
                n.kind = match role0 {
                    NumRole::Coll => NumberKind::Collective,
                    NumRole::Mult => NumberKind::Multiplier,
                    _ => NumberKind::Cardinal,
                };
                n.decade = role0 == NumRole::Decade;
                n.weak = initial_cap || (role0 == NumRole::Mult && v0 == 1.0);
                return Some(n);
            }
            _ => {}
        }
        let mut total = 0.0f64;
        let mut cur = 0.0f64;
        let mut last_scale = f64::INFINITY;
        let mut any = false;
        let mut scaled = 1.0;
        let mut ordinal = false;
        let mut j = i;
        let mut count = 0;
        let mut only_one = true;
        let mut article = false;
        let mut vague = false;
        while let Some(t) = self.tok(j) {
            if t.k != Tk::Word || (j > i && t.sp > 1) {
                break;
            }
            let Some(e) = self.ent(j) else { break };
            let Some((v, role)) = e.num else { break };
            let block = cur % 1000.0;
            let ok = match role {
                NumRole::Card | NumRole::Ord if v == 100.0 && !e.bound && self.lex.hundred_mult => {
                    // English "hundred" multiplies what precedes it.
                    block < 10.0
                }
                NumRole::Card | NumRole::Ord if (100.0..1000.0).contains(&v) => block == 0.0,
                NumRole::Card | NumRole::Ord if v >= 1000.0 => true,
                NumRole::Card | NumRole::Ord => {
                    let tens = block % 100.0;
                    if v.fract() != 0.0 || v == 0.0 {
                        !any
                    } else if v < 10.0 {
                        tens == 0.0 || (tens >= 20.0 && tens % 10.0 == 0.0)
                    } else {
                        tens == 0.0
                    }
                }
                NumRole::Scale => v < last_scale || (vague && cur == 0.0 && v > last_scale),
                _ => false,
            };
            if !ok {
                break;
            }
            // "a"/"an": only before hundred/scale/dozen.
            if e.bound && role == NumRole::Card {
                let nx = self.ent(j + 1).and_then(|e| e.num);
                let fits = matches!(nx, Some((s, NumRole::Scale)) if s >= 1000.0)
                    || matches!(nx, Some((100.0, NumRole::Card)))
                    || self.word_is(j + 1, "dozen");
                // "a third", "a quarter"
                if let Some(d) = self
                    .ent(j + 1)
                    .filter(|e| {
                        e.denom > 0.0
                            && j == i
                            && self.near(j + 1)
                            && !(self.is_punct(j + 2, '-') && self.glued(j + 2))
                        // a third-place
                    })
                    .map(|e| e.denom)
                {
                    let mut n = Num::digits(1.0 / d, j + 2, 0, true);
                    n.words = true;
                    n.kind = NumberKind::Fraction;
                    return Some(n);
                }
                if !fits || j != i || !self.near(j + 1) {
                    // "a year and a half", "an hour and a half"
                    let u = self.ent(j + 1).and_then(|e| e.unit);
                    if let Some(u) = u.filter(|_| j == i) {
                        if self.has_func(j + 2, func::AND)
                            && (self.word_is(j + 3, "a") || self.word_is(j + 3, "an"))
                            && self.has_func(j + 4, func::HALF)
                        {
                            let mut n = Num::digits(1.5, j + 5, 0, true);
                            n.words = true;
                            n.unit = Some(u);
                            return Some(n);
                        }
                    }
                    return None;
                }
                // The article only says "one" of what follows: a hundred, a dozen, a million.
                j += 1;
                only_one = false;
                article = true;
                continue;
            }
            if e.bound && role == NumRole::Scale {
                break; // k, m, bn only glued to digits
            }
            match role {
                NumRole::Scale => {
                    if vague && v > last_scale {
                        // "десятки тысяч", "hundreds of thousands": an order of magnitude
                        total *= v;
                        last_scale = v;
                        scaled = v;
                        any = true;
                        count += 1;
                        j += 1;
                        continue;
                    }
                    if !any && e.abbr {
                        return None; // a bare "тыс." or "млн" is not a number
                    }
                    if !any
                        && e.plural
                        && matches!(
                            self.approx_before(i, false),
                            Approx::Exact | Approx::AtMost | Approx::AtLeast
                        )
                    {
                        // "thousands", "тысячи людей": a vague quantity (weak, "about")
                        vague = true;
                    } else if !any && !article && !self.lex.bare_scale {
                        return None; // English needs "a million", not "million"
                    }
                    let base = if any { cur } else { 1.0 };
                    total += base * v;
                    cur = 0.0;
                    last_scale = v;
                    scaled = v;
                }
                _ if v == 100.0 && self.lex.hundred_mult && !e.bound => {
                    cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
                }
                _ if v >= 1000.0 => {
                    // ordinal scale words: тысячный, thousandth
                    let base = if cur == 0.0 { 1.0 } else { cur };
                    total += base * v;
                    cur = 0.0;
                }
                _ => cur += v,
            }
            if !(v == 1.0 && role == NumRole::Card) {
                only_one = false;
            }
            any = true;
            count += 1;
            j += 1;
            if role == NumRole::Ord {
                ordinal = true;
                break;
            }
            // Numerator + denominator: две трети, two-thirds, three quarters.
            if role == NumRole::Card && total == 0.0 && (1.0..10.0).contains(&cur) {
                let k = if self.is_punct(j, '-') && self.glued(j) && self.glued(j + 1) {
                    j + 1
                } else {
                    j
                };
                if let Some(d) = self
                    .ent(k)
                    .filter(|e| {
                        e.denom > 0.0
                            && self.near(k)
                            && !(self.is_punct(k + 1, '-') && self.glued(k + 1))
                    })
                    .map(|e| e.denom)
                {
                    let mut n = Num::digits(cur / d, k + 1, 0, true);
                    n.words = true;
                    n.kind = NumberKind::Fraction;
                    n.weak = initial_cap;
                    return Some(n);
                }
            }
            // "hundreds of thousands"
            if vague
                && self.has_func(j, func::OF)
                && self
                    .ent(j + 1)
                    .is_some_and(|e| matches!(e.num, Some((s, NumRole::Scale)) if s > last_scale))
            {
                j += 1;
                continue;
            }
            // English: hyphen (twenty-five) and "and" (one hundred and five, two and a half).
            // one-and-a-half, written with hyphens
            if self.is_punct(j, '-')
                && (j..=j + 5).all(|k| self.glued(k))
                && self.has_func(j + 1, func::AND)
                && self.lex.hundred_mult
                && self.is_punct(j + 2, '-')
                && (self.word_is(j + 3, "a") || self.word_is(j + 3, "an"))
                && self.is_punct(j + 4, '-')
                && self.has_func(j + 5, func::HALF)
            {
                cur += 0.5;
                j += 6;
                continue;
            }
            if self.is_punct(j, '-') && self.glued(j) && self.glued(j + 1) {
                if let Some((v2, NumRole::Card | NumRole::Ord)) =
                    self.ent(j + 1).and_then(|e| e.num)
                {
                    if v2 < 10.0 && cur % 100.0 >= 20.0 {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            if self.has_func(j, func::AND) && self.lex.hundred_mult {
                // one and a half
                if (self.word_is(j + 1, "a") || self.word_is(j + 1, "an"))
                    && self.has_func(j + 2, func::HALF)
                {
                    cur += 0.5;
                    j += 3;
                    continue;
                }
                if cur % 1000.0 >= 100.0 && cur % 100.0 == 0.0 {
                    if let Some((v2, NumRole::Card | NumRole::Ord)) =
                        self.ent(j + 1).and_then(|e| e.num)
                    {
                        if (1.0..100.0).contains(&v2) {
                            j += 1;
                            continue;
                        }
                    }
                }
                break;
            }
            // Russian: "с половиной"
            if self.has_func(j, func::SINCE) && self.has_func(j + 1, func::HALF) && cur > 0.0 {
                cur += 0.5;
                j += 2;
                continue;
            }
            if count > 12 {
                break;
            }
        }
        if !any {
            return None;
        }
        let value = total + cur;
        let mut n = Num::digits(value, j, 0, value.fract() != 0.0);
        n.words = true;
        n.scale = scaled;
        n.kind = if ordinal {
            NumberKind::Ordinal
        } else {
            NumberKind::Cardinal
        };
        // "the two sides" (обе стороны), "в-третьих", "Third, ...": not facts.
        let the_two = i > 0
            && self.has_func(i - 1, func::THE)
            && count == 1
            && !ordinal
            && (value == 2.0 || value == 3.0);
        let discourse = ordinal
            && count == 1
            && ((i >= 2 && self.is_punct(i - 1, '-') && self.glued(i) && self.word_is(i - 2, "в"))
                || (self.sentence_initial(i) && self.is_punct(j, ',')));
        // "one of", "первый раз", "second" (also a unit of time): usually not a fact.
        n.vague = vague;
        n.weak = initial_cap
            || vague
            || (the_two && THE_TWO_WEAK)
            || discourse
            || (only_one && scaled == 1.0 && value == 1.0)
            // first/second (второй also means "another", "the latter")
            || (ordinal && count == 1 && (value == 1.0 || value == 2.0))
            // bare "hundred", "dozen": "several hundred", "a few dozen"
            || (count == 1
                && self.lex.hundred_mult
                && !article
                && !ordinal
                && scaled == 1.0
                && (value == 100.0 || self.word_is(i, "dozen")));
        // Digits after a number word are a different number ("one 5-year plan" aside).
        Some(n)
    }

    /// Roman numerals: XX век, XIX–XX вв., Николай II, World War II.
    fn try_roman(&mut self, i: usize) -> Option<usize> {
        let s = self.src(i);
        let (v, ascii) = roman_value(s)?;
        let century_at = |p: &Self, j: usize| -> Option<usize> {
            if !p.near(j) {
                return None;
            }
            if p.has_func(j, func::CENTURY) {
                return Some(p.abbr_dot(j));
            }
            if p.word_is(j, "в") && p.is_punct(j + 1, '.') && p.glued(j + 1) {
                return Some(j + 2);
            }
            None
        };
        // XIX–XX вв.
        if self.is_dash(i + 1) {
            if let Some((v2, _)) = self
                .tok(i + 2)
                .filter(|t| t.k == Tk::Word)
                .and_then(|_| roman_value(self.src(i + 2)))
            {
                if let Some(e) = century_at(self, i + 3) {
                    for (k, c) in [(i, v), (i + 2, v2)] {
                        self.push_date(
                            k,
                            if k == i { i + 1 } else { e },
                            Date {
                                century: Some(c as i32),
                                ..Date::default()
                            },
                        );
                    }
                    return Some(e);
                }
            }
        }
        if let Some(e) = century_at(self, i + 1) {
            self.push_date(
                i,
                e,
                Date {
                    century: Some(v as i32),
                    ..Date::default()
                },
            );
            return Some(e);
        }
        // Regnal / series numbers after a capitalised word: only I, V, X letters.
        if !ascii || !s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) {
            return None;
        }
        let after_name = i > 0 && self.t[i - 1].k == Tk::Word && self.t[i - 1].cap && self.near(i);
        let single = s.len() == 1;
        if !after_name || (single && self.lex.pronoun_i) {
            return None;
        }
        // "I" in a Russian text after a capitalised word is still likely a roman numeral.
        let mut n = Num::digits(v as f64, i + 1, 0, false);
        n.kind = NumberKind::Ordinal;
        self.push(
            i,
            i + 1,
            MentionKind::Number(Number {
                value: n.value,
                high: None,
                kind: NumberKind::Ordinal,
                approx: Approx::Exact,
                unit: None,
                words: false,
                scaled: false,
                alt_value: None,
            }),
            // Regnal and series numbers (Николай II, World War II) are often rendered as
            // words or dropped in translation ("Второй мировой войны"): weak.
            true,
        );
        Some(i + 1)
    }

    /// October 7, Oct. 7, 2023; October 2023; в октябре; in May.
    fn try_month_first(&mut self, i: usize, e: &Entry) -> Option<usize> {
        let t = self.t[i];
        let en = self.lex.months_capitalised;
        if en && !t.cap {
            return None;
        }
        let m = e.month;
        let mut j = i + 1;
        if e.abbr && self.is_punct(j, '.') && self.glued(j) {
            j += 1;
        }
        let dl = self.digits_len(j);
        if (1..=2).contains(&dl) && self.near(j) && !self.is_punct(j + 1, ':') {
            let d = self.int_at(j);
            if (1..=31).contains(&d) {
                let mut e2 = j + 1;
                if self.tok(e2).is_some_and(|t| t.k == Tk::Word)
                    && self.glued(e2)
                    && ["th", "st", "nd", "rd"]
                        .iter()
                        .any(|x| self.src(e2).eq_ignore_ascii_case(x))
                {
                    e2 += 1;
                }
                // October 7-10
                let mut d2 = None;
                let list = self.has_func(e2, func::AND) || self.is_punct(e2, '&');
                if (self.is_dash(e2) || list)
                    && (1..=2).contains(&self.digits_len(e2 + 1))
                    && !self.is_punct(e2 + 2, ':')
                {
                    let x = self.int_at(e2 + 1);
                    if (1..=31).contains(&x) && x > d {
                        d2 = Some((x, e2 + 1));
                        e2 += 2;
                    }
                }
                let mut year = None;
                let yi = if self.is_punct(e2, ',') && self.glued(e2) {
                    e2 + 1
                } else {
                    e2
                };
                if self.digits_len(yi) == 4 && self.near(yi) {
                    let y = self.int_at(yi);
                    if (1000..=2100).contains(&y) {
                        year = Some(y as i32);
                        e2 = yi + 1;
                        if self.has_func(e2, func::YEAR) && self.near(e2) {
                            e2 = self.abbr_dot(e2);
                        }
                    }
                }
                let date = |day: u64| Date {
                    day: Some(day as u8),
                    month: Some(m),
                    year,
                    ..Date::default()
                };
                match d2 {
                    Some((x, k)) => {
                        self.push_date(i, j + 1, date(d));
                        self.push_date(k, e2, date(x));
                    }
                    None => self.push_date(i, e2, date(d)),
                }
                return Some(e2);
            }
        }
        if dl == 4 && self.near(j) {
            let y = self.int_at(j);
            if (1000..=2100).contains(&y) {
                let mut e2 = j + 1;
                if self.has_func(e2, func::YEAR) && self.near(e2) {
                    e2 = self.abbr_dot(e2);
                }
                self.push_date(
                    i,
                    e2,
                    Date {
                        month: Some(m),
                        year: Some(y as i32),
                        ..Date::default()
                    },
                );
                return Some(e2);
            }
        }
        // Month alone.
        if e.abbr {
            return None;
        }
        if en {
            let f = self.src(i);
            if matches!(f, "May" | "March") {
                let ctx = i > 0
                    && (self.has_func(i - 1, func::YEARPREP | func::AND | func::TO)
                        || [
                            "early", "late", "mid", "last", "next", "this", "In", "Since",
                        ]
                        .iter()
                        .any(|w| self.src(i - 1) == *w)
                        || self.is_punct(i - 1, '-'));
                if !ctx {
                    return None;
                }
            }
        } else if t.cap && !self.sentence_initial(i) {
            return None;
        }
        // A month on its own ("в июле", "in July") is weak: adjectives ("June results",
        // "июньские") make it unreliable for counting.
        let d = Date {
            month: Some(m),
            ..Date::default()
        };
        self.push(i, i + 1, MentionKind::Date(d), true);
        Some(i + 1)
    }

    // ---------- context ----------

    /// Resolves the context of a number whose span starts at token `s` (a currency sign or a
    /// minus may precede the digits) and emits it.
    fn finish(&mut self, s: usize, n: Num) -> usize {
        let mut n = n;
        let mut j = n.next;
        if n.kind == NumberKind::Code {
            let v = n.value;
            self.push(
                s,
                j,
                MentionKind::Number(Number {
                    value: v,
                    high: None,
                    kind: NumberKind::Code,
                    approx: Approx::Exact,
                    unit: None,
                    words: false,
                    scaled: false,
                    alt_value: None,
                }),
                false,
            );
            return j + usize::from(self.glued(j) && self.tok(j).is_some_and(|t| t.k == Tk::Word));
        }
        // Standalone word roles.
        if n.decade {
            let mut d = n.value as i32;
            if n.words && d < 100 {
                d %= 100;
            }
            if self.has_func(j, func::YEAR) && self.near(j) {
                j = self.abbr_dot(j);
            }
            self.push_date(
                s,
                j,
                Date {
                    decade: Some(d),
                    ..Date::default()
                },
            );
            return j;
        }
        // девяностые годы, девяностых годов
        if n.words
            && n.kind == NumberKind::Ordinal
            && n.small_int(20.0, 90.0)
            && n.value % 10.0 == 0.0
            && self.has_func(j, func::YEAR)
            && j > 0
            && ["ые", "ых", "ыми", "ым"]
                .iter()
                .any(|e| self.src(j - 1).ends_with(e))
        {
            let e2 = self.abbr_dot(j);
            self.push_date(
                s,
                e2,
                Date {
                    decade: Some(n.value as i32),
                    ..Date::default()
                },
            );
            return e2;
        }
        let before = if s > 0 { Some(s - 1) } else { None };
        let prep = |p: &Self, f: u32| before.is_some_and(|b| p.has_func(b, f));

        // Range: 5–7, от 5 до 7, between 5 and 7, с 7 по 10, 4.2%-4.5%.
        let mut high: Option<(Num, usize)> = None;
        if let Some((u, e2)) = self.unit_at(j) {
            if self.t[j].k != Tk::Word && n.unit.is_none_or(|x| x == u) {
                n.unit = Some(u);
                j = e2;
            }
        }
        if matches!(n.kind, NumberKind::Cardinal | NumberKind::Ordinal) && n.role.is_none() {
            let conn_ok = if self.is_dash(j) {
                let t = &self.t[j];
                let nt = self.tok(j + 1);
                t.k != Tk::Punct('-')
                    || (t.sp == 0 && nt.is_some_and(|x| x.sp == 0))
                    || (t.sp > 0 && nt.is_some_and(|x| x.sp > 0))
            } else if self.has_func(j, func::AND) {
                prep(self, func::BETWEEN)
            } else if self.has_func(j, func::OR) {
                true // "two or three", "5 или 6": checked below (consecutive values only)
            } else if self.has_func(j, func::THROUGH) && !self.lex.bare_to_range {
                prep(self, func::SINCE)
            } else if self.has_func(j, func::TO) {
                if self.lex.bare_to_range {
                    true
                } else {
                    prep(self, func::FROM | func::SINCE)
                }
            } else {
                false
            };
            // +15°С...+17°С
            let dots = !conn_ok
                && self.is_punct(j, '.')
                && self.is_punct(j + 1, '.')
                && self.is_punct(j + 2, '.')
                && (1..=3).all(|d| self.glued(j + d));
            let j = if dots { j + 2 } else { j };
            if (conn_ok || dots) && self.tok(j + 1).is_some() {
                let k = j + 1;
                let n2 = match self.t[k].k {
                    Tk::Digits if !(self.glued(k) && self.t[j].k == Tk::Word) => {
                        if self.try_slash_like(k) {
                            None
                        } else {
                            Some(self.read_digits(k, n.unit))
                        }
                    }
                    Tk::Punct(c)
                        if Unit::from_symbol(c).is_some_and(Unit::is_currency)
                            && self.digits_len(k + 1) > 0 =>
                    {
                        Some(self.read_digits(k + 1, Unit::from_symbol(c)))
                    }
                    Tk::Punct('+') if self.digits_len(k + 1) > 0 && self.glued(k + 1) => {
                        Some(self.read_digits(k + 1, n.unit))
                    }
                    Tk::Word if n.words => self.read_words(k),
                    _ => None,
                };
                if let Some(n2) = n2 {
                    let is_year_pair = n.year_like() && n2.year_like();
                    // "rose by 17.3% to 73,400 rubles": the second number carries its own,
                    // different unit, so this is a change and a new level, not a range.
                    let after = self
                        .unit_at(n2.next)
                        .filter(|_| n2.kind != NumberKind::Ordinal);
                    let units_clash = matches!((n.unit, n2.unit), (Some(a), Some(b)) if a != b)
                        || matches!((n.unit, after), (Some(a), Some((b, _))) if a != b
                            && !matches!((a, b), (Unit::Percent, Unit::PercentPoint)
                                | (Unit::PercentPoint, Unit::Percent)));
                    let or_ok = !self.has_func(j, func::OR)
                        || (n.is_int() && n2.value == n.value + 1.0 && n.scale == n2.scale);
                    if n2.kind != NumberKind::Code
                        && !units_clash
                        && or_ok
                        && (n2.value > n.value || is_year_pair || n2.scale > n.scale)
                        && n2.kind == n.kind
                    {
                        high = Some((n2, k));
                    }
                }
            }
        }
        let mut n2v: Option<Num> = None;
        if let Some((mut n2, _)) = high {
            if n.scale == 1.0 && n2.scale > 1.0 && n.value < n2.value / n2.scale * 1000.0 {
                n.value *= n2.scale;
                n.alt = None;
                n.scale = n2.scale;
            }
            if n.unit.is_none() {
                n.unit = n2.unit;
            }
            if n2.unit.is_none() {
                n2.unit = n.unit;
            }
            j = n2.next;
            n2v = Some(n2);
        }

        // Day + month: 7 октября, 7-го октября, 7–10 октября, седьмого октября, the 7th of October.
        if n.small_int(1.0, 31.0)
            && n2v.is_none_or(|x| x.small_int(1.0, 31.0))
            && (!n.words || n.kind == NumberKind::Ordinal)
            && (n.int_len <= 2)
        {
            let mut mj = j;
            if self.has_func(mj, func::OF) && self.near(mj) {
                mj += 1;
            }
            // German "am 3. Oktober": the day is an ordinal written with a dot
            if self.lex.day_dot && n2v.is_none() && self.is_punct(mj, '.') && self.glued(mj) {
                mj += 1;
            }
            // 9 и 10 августа, 9 and 10 October: the first day takes the month of the second.
            if n2v.is_none()
                && (self.has_func(j, func::AND) || self.is_punct(j, ','))
                && (1..=2).contains(&self.digits_len(j + 1))
                && (1..=31).contains(&self.int_at(j + 1))
            {
                if let Some(me) = self.ent(j + 2).filter(|e| e.month > 0 && self.near(j + 2)) {
                    if !self.lex.months_capitalised || self.t[j + 2].cap {
                        let d = Date {
                            day: Some(n.value as u8),
                            month: Some(me.month),
                            ..Date::default()
                        };
                        self.push_date(s, n.next, d);
                        return n.next;
                    }
                }
            }
            if let Some(me) = self.ent(mj).filter(|e| e.month > 0 && self.near(mj)) {
                let en_ok = !self.lex.months_capitalised || self.t[mj].cap;
                if en_ok {
                    let m = me.month;
                    let mut e2 = self.abbr_dot(mj);
                    let mut year = None;
                    let yi = if self.is_punct(e2, ',') && self.glued(e2) {
                        e2 + 1
                    } else {
                        e2
                    };
                    if self.digits_len(yi) == 4 && self.near(yi) {
                        let y = self.int_at(yi);
                        if (1000..=2100).contains(&y) {
                            year = Some(y as i32);
                            e2 = yi + 1;
                            if self.has_func(e2, func::YEAR) && self.near(e2) {
                                e2 = self.abbr_dot(e2);
                            }
                        }
                    }
                    let mk = |d: f64| Date {
                        day: Some(d as u8),
                        month: Some(m),
                        year,
                        ..Date::default()
                    };
                    match (n2v, high) {
                        (Some(x), Some((_, k))) => {
                            self.push_date(s, n.next, mk(n.value));
                            self.push_date(k, e2, mk(x.value));
                        }
                        _ => self.push_date(s, e2, mk(n.value)),
                    }
                    return e2;
                }
            }
        }

        // Year: в 2023 году, 2023 г., 2020–2023 гг., in 2023, в 2023-м.
        let year_word = self.has_func(j, func::YEAR) && self.near(j);
        let year_ok = n.year_like() && n2v.is_none_or(|x| x.year_like()) && n.unit.is_none();
        if year_ok && (year_word || prep(self, func::YEARPREP)) {
            let e2 = if year_word { self.abbr_dot(j) } else { j };
            match n2v {
                // A span of years (1989–1996, 2020–2021 гг.) stays one range, written the
                // same way in both languages.
                Some(x) => self.push(
                    s,
                    e2,
                    MentionKind::Number(Number {
                        value: n.value,
                        high: Some(x.value),
                        kind: NumberKind::Range,
                        approx: Approx::Exact,
                        unit: None,
                        words: n.words,
                        scaled: false,
                        alt_value: None,
                    }),
                    false,
                ),
                None => self.push_date(
                    s,
                    e2,
                    Date {
                        year: Some(n.value as i32),
                        ..Date::default()
                    },
                ),
            }
            return e2;
        }

        // Century: 20th century, двадцатого века, 20 век, 16th-century.
        if n2v.is_none()
            && n.small_int(1.0, 40.0)
            && self.is_punct(j, '-')
            && self.glued(j)
            && self.has_func(j + 1, func::CENTURY)
        {
            j += 1;
        }
        if n2v.is_none()
            && n.small_int(1.0, 40.0)
            && self.has_func(j, func::CENTURY)
            && self.near(j)
        {
            let e2 = self.abbr_dot(j);
            self.push_date(
                s,
                e2,
                Date {
                    century: Some(n.value as i32),
                    ..Date::default()
                },
            );
            return e2;
        }

        // Times: 3 p.m., в 15 часов, в три часа дня, 3 o'clock.
        if n2v.is_none() && n.small_int(0.0, 24.0) && n.kind == NumberKind::Cardinal {
            let h = n.value as u64;
            if let Some((pm, e2)) = self.ampm(j, false) {
                if (1..=12).contains(&h) {
                    self.push_time(s, e2, to24(h, pm), false);
                    return e2;
                }
            }
            if self.has_func(j, func::HOUR)
                && self.near(j)
                && (prep(self, func::TIMEPREP) || self.ampm(j + 1, true).is_some())
            {
                let mut e2 = j + 1;
                let mut hh = h;
                let mut amb = false;
                let mut minutes = 0;
                // в 11 часов 28 минут
                if self.digits_len(e2) > 0
                    && self.digits_len(e2) <= 2
                    && self.ent(e2 + 1).and_then(|e| e.unit) == Some(Unit::Minute)
                {
                    minutes = self.int_at(e2).min(59);
                    e2 = self.abbr_dot(e2 + 1);
                }
                if let Some((pm, e3)) = self.ampm(e2, true) {
                    hh = to24(h, pm);
                    e2 = e3;
                } else if n.words && h <= 12 {
                    amb = true;
                }
                self.push_time_m(s, e2, hh, minutes, amb);
                return e2;
            }
            // до восьми утра, в 7 вечера
            if !self.lex.clock12 && prep(self, func::TIMEPREP) && (1..=12).contains(&h) {
                if let Some((pm, e2)) = self.ampm(j, true) {
                    self.push_time(s, e2, to24(h, pm), false);
                    return e2;
                }
            }
            if self.word_is(j, "o")
                && self.is_punct(j + 1, '\'')
                && self.word_is(j + 2, "clock")
                && (1..=12).contains(&h)
            {
                self.push_time(s, j + 3, h, true);
                return j + 3;
            }
        }

        // Plain number: unit, post-approximation, pre-approximation. Ordinals take no unit
        // ("седьмом километре" is a position, not a distance).
        if let Some((u, e2)) = self.unit_at(j).filter(|_| n.kind != NumberKind::Ordinal) {
            if n.unit.is_none() || n.unit == Some(u) || u == Unit::Percent {
                n.unit = Some(u);
                j = e2;
            }
        }
        let mut approx = Approx::Exact;
        if self.is_punct(j, '+') && self.glued(j) {
            approx = Approx::AtLeast;
            j += 1;
        } else if self.is_punct(j, '-') && self.glued(j) && self.word_is(j + 1, "plus") {
            approx = Approx::AtLeast; // 500-plus
            j += 2;
        } else if let Some((a, e2)) = self.post_approx(j) {
            approx = a;
            j = e2;
        }
        if approx == Approx::Exact {
            approx = self.approx_before(s, n2v.is_some());
        }
        if approx == Approx::Exact && n.vague {
            approx = Approx::About;
        }
        let kind = if n2v.is_some() {
            NumberKind::Range
        } else {
            n.kind
        };
        let words = n.words;
        let scaled = n.scale != 1.0;
        let weak = n.weak;
        self.push(
            s,
            j,
            MentionKind::Number(Number {
                value: n.value,
                high: n2v.map(|x| x.value),
                kind,
                approx,
                unit: n.unit,
                words,
                scaled,
                alt_value: if n2v.is_some() { None } else { n.alt },
            }),
            weak,
        );
        j
    }

    fn try_slash_like(&self, k: usize) -> bool {
        self.is_punct(k + 1, '/') || self.is_punct(k + 1, ':')
    }

    fn push_time(&mut self, s: usize, e: usize, h: u64, amb: bool) {
        self.push_time_m(s, e, h, 0, amb);
    }

    fn push_time_m(&mut self, s: usize, e: usize, h: u64, m: u64, amb: bool) {
        self.push(
            s,
            e,
            MentionKind::Time(Time {
                minutes: (h.min(24) * 60 + m.min(59)).min(24 * 60) as u16,
                half_day_ambiguous: amb,
            }),
            false,
        );
    }

    /// A unit after a number: %, руб., долларов (США), km, per cent, $.
    fn unit_at(&self, j: usize) -> Option<(Unit, usize)> {
        let t = self.tok(j)?;
        if t.sp > 1 {
            return None;
        }
        if t.is_punct('-') && t.sp == 0 && self.glued(j + 1) {
            // five-year(-old), two-day
            let u = self.ent(j + 1).and_then(|e| e.unit)?;
            return Some((u, j + 2));
        }
        if let Tk::Punct(c) = t.k {
            let u = Unit::from_symbol(c)?;
            // 22°C, 22°С (Cyrillic С), 70°F
            if u == Unit::Degree
                && self.glued(j + 1)
                && self
                    .tok(j + 1)
                    .is_some_and(|t| t.k == Tk::Word && t.len() <= 2)
                && matches!(self.src(j + 1), "C" | "С" | "F")
            {
                return Some((u, j + 2));
            }
            return Some((u, j + 1));
        }
        if t.k != Tk::Word {
            return None;
        }
        if self.word_is(j, "per") && self.word_is(j + 1, "cent") {
            return Some((Unit::Percent, j + 2));
        }
        let e = self.ent(j)?;
        let mut u = e.unit?;
        let mut e2 = self.abbr_dot(j);
        if u == Unit::Usd && (self.word_is(e2, "сша") || self.word_is(e2, "us")) && self.near(e2)
        {
            e2 += 1;
        }
        // percentage points, процентного пункта
        if u == Unit::Percent
            && self.near(e2)
            && ["point", "points", "пункт", "пункта", "пунктов", "пунктам"]
                .iter()
                .any(|w| self.word_is(e2, w))
        {
            u = Unit::PercentPoint;
            e2 += 1;
        }
        Some((u, e2))
    }

    /// "и более", "or more", "с лишним" after a number.
    fn post_approx(&self, j: usize) -> Option<(Approx, usize)> {
        let mut buf = [0u8; 64];
        let mut o = 0;
        let mut best = None;
        for k in 0..3 {
            let Some(t) = self.tok(j + k) else { break };
            if t.k != Tk::Word || t.sp > 1 {
                if t.is_punct('-') && t.sp == 0 && k > 0 {
                    // с чем-то
                    if o < buf.len() {
                        buf[o] = b'-';
                        o += 1;
                    }
                    continue;
                }
                break;
            }
            if k > 0 && !self.is_punct(j + k - 1, '-') && o < buf.len() {
                buf[o] = b' ';
                o += 1;
            }
            o = self.copy_folded(j + k, &mut buf, o)?;
            if let Some(a) = self.lex.post.get(&buf[..o]) {
                best = Some((*a, j + k + 1));
            }
        }
        best
    }

    /// Approximation phrase ending right before token `s` ("более", "more than").
    fn approx_before(&self, s: usize, range: bool) -> Approx {
        let max = self.lex.max_phrase;
        if max == 0 || s == 0 {
            return Approx::Exact;
        }
        // an abbreviated phrase ends with its full stop ("approx. 500", "ca. 500")
        let dot = s >= 2
            && self.t[s - 1].is_punct('.')
            && self.t[s - 1].sp == 0
            && self.t[s - 2].k == Tk::Word;
        let end = if dot { s - 1 } else { s };
        if self.t[end - 1].k != Tk::Word {
            return Approx::Exact;
        }
        // every phrase ends with one of a few words (kept without a full stop): most numbers
        // stop here
        if !self.lex.pre_last.contains(self.folded(end - 1)) {
            return Approx::Exact;
        }
        // Collect up to `max` word tokens before `end` (hyphens glued inside, as in "где-то").
        let mut starts: [usize; 6] = [0; 6];
        let mut nw = 0;
        let mut k = end;
        while k > 0 && nw < max.min(6) {
            let t = &self.t[k - 1];
            if t.k == Tk::Word {
                starts[nw] = k - 1;
                nw += 1;
                k -= 1;
                // glued hyphen: где-то
                if k >= 2
                    && self.t[k - 1].is_punct('-')
                    && self.t[k - 1].sp == 0
                    && self.t[k].sp == 0
                    && self.t[k - 2].k == Tk::Word
                {
                    k -= 1;
                }
            } else {
                break;
            }
            if self.t[k].sp > 1 {
                break;
            }
        }
        let mut best = Approx::Exact;
        for w in 1..=nw {
            let first = starts[w - 1];
            let mut buf = [0u8; 96];
            let mut o = 0;
            let mut ok = true;
            for x in first..end {
                let t = &self.t[x];
                match t.k {
                    Tk::Word => {
                        if x > first && t.sp > 0 {
                            if o >= buf.len() {
                                ok = false;
                                break;
                            }
                            buf[o] = b' ';
                            o += 1;
                        }
                        match self.copy_folded(x, &mut buf, o) {
                            Some(end) => o = end,
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    Tk::Punct('-') if o < buf.len() => {
                        buf[o] = b'-';
                        o += 1;
                    }
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if dot && ok {
                ok = o < buf.len();
                if ok {
                    buf[o] = b'.';
                    o += 1;
                }
            }
            if !ok {
                break;
            }
            if let Some(a) = self.lex.pre.get(&buf[..o]) {
                best = *a;
            }
        }
        if range && w_is_range_start(self, s) {
            return Approx::Exact;
        }
        best
    }
}

fn w_is_range_start(p: &P<'_>, s: usize) -> bool {
    s > 0 && p.has_func(s - 1, func::FROM | func::SINCE | func::BETWEEN)
}

fn to24(h: u64, pm: bool) -> u64 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) if h < 12 => h + 12,
        (h, _) => h,
    }
}

/// Value of a Roman numeral (Latin letters, or Cyrillic Х/І look-alikes) and whether it was
/// pure ASCII. Only canonical numerals 1..=3999 are accepted.
pub(crate) fn roman_value(s: &str) -> Option<(u32, bool)> {
    if s.is_empty() || s.len() > 24 {
        return None;
    }
    let mut ascii = true;
    let mut digits = [0u32; 16];
    let mut n = 0;
    for c in s.chars() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            'M' => 1000,
            'Х' => {
                ascii = false;
                10
            }
            'І' => {
                ascii = false;
                1
            }
            _ => return None,
        };
        if n >= digits.len() {
            return None;
        }
        digits[n] = v;
        n += 1;
    }
    let mut total: i64 = 0;
    for k in 0..n {
        if k + 1 < n && digits[k] < digits[k + 1] {
            total -= i64::from(digits[k]);
        } else {
            total += i64::from(digits[k]);
        }
    }
    if total <= 0 || total > 3999 {
        return None;
    }
    let total = total as u32;
    // Canonical form check (rejects IIII, VX, IC, ...).
    let canon = to_roman(total);
    let norm: String = s
        .chars()
        .map(|c| match c {
            'Х' => 'X',
            'І' => 'I',
            c => c,
        })
        .collect();
    if canon != norm {
        return None;
    }
    Some((total, ascii))
}

fn to_roman(mut v: u32) -> String {
    const T: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (n, r) in T {
        while v >= n {
            s.push_str(r);
            v -= n;
        }
    }
    s
}
