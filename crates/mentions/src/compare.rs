//! Cross-language comparison of mentions: [`same_fact`] and anchor keys.

use crate::{names, Approx, Date, Mention, MentionKind, Number, NumberKind, Time, Unit};

/// How strongly two mentions denote the same fact: 1 = certainly the same, 0 = different,
/// in between for partial agreement (same value with a different approximation word or unit,
/// a date with and without its year, a cardinal against an ordinal).
///
/// Typical values: identical value/attributes 1.0; `около 500` vs `500` 0.85; `более 500` vs
/// `500` 0.7; `более 500` vs `менее 500` 0.3; `7 октября` vs `October 7, 2023` 0.85;
/// `19 июля` vs `July` (a dropped day) 0.5; different values 0.
///
/// ```
/// use bitext_mentions::{extract, same_fact};
/// let a = &extract("более 500 человек", "ru")[0];
/// let b = &extract("менее 500 человек", "ru")[0];
/// let c = &extract("more than 500 people", "en")[0];
/// assert!(same_fact(a, c) > 0.9);
/// assert!(same_fact(a, b) < 0.5 && same_fact(a, b) > 0.0);
/// ```
pub fn same_fact(a: &Mention, b: &Mention) -> f32 {
    compare(a, b).score
}

/// The detailed result of comparing two mentions (see [`compare`]).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Comparison {
    /// The match strength, as returned by [`same_fact`].
    pub score: f32,
    /// The values (or dates, times, names) agree.
    pub value: bool,
    /// The approximation words agree (`более` = `more than`); true for non-numbers.
    pub approx: bool,
    /// The units agree or one side has none; true for non-numbers.
    pub unit: bool,
    /// Both are the same sort of number (cardinal vs ordinal); true for non-numbers.
    pub kind: bool,
}

/// Compares two mentions and says which parts agree, so a checker can explain a mismatch
/// ("same value, but `более` vs `менее`").
///
/// ```
/// use bitext_mentions::{compare, extract};
/// let c = compare(&extract("более 500", "ru")[0], &extract("less than 500", "en")[0]);
/// assert!(c.value && !c.approx && c.score < 0.5);
/// ```
pub fn compare(a: &Mention, b: &Mention) -> Comparison {
    let score = score(a, b);
    let value = match (&a.kind, &b.kind) {
        // partial agreement of a range (4–7 vs 4–8, 5–7 vs 5) is not the same value
        (MentionKind::Number(x), MentionKind::Number(y)) => score > 0.0 && same_value(x, y),
        _ => score > 0.0,
    };
    let mut c = Comparison {
        score,
        value,
        approx: true,
        unit: true,
        kind: true,
    };
    if let (MentionKind::Number(x), MentionKind::Number(y)) = (&a.kind, &b.kind) {
        c.approx = approx_match(x.approx, y.approx) >= 0.85;
        c.unit = match (x.unit, y.unit) {
            (Some(p), Some(q)) => p == q,
            _ => true,
        };
        c.kind = kind_match(x.kind, y.kind) == 1.0;
    }
    c
}

fn score(a: &Mention, b: &Mention) -> f32 {
    match (&a.kind, &b.kind) {
        (MentionKind::Number(x), MentionKind::Number(y)) => number_match(x, y),
        (MentionKind::Date(x), MentionKind::Date(y)) => date_match(x, y),
        (MentionKind::Time(x), MentionKind::Time(y)) => time_match(x, y),
        (MentionKind::Name(x), MentionKind::Name(y)) => names::name_similarity(x, y),
        (MentionKind::Date(d), MentionKind::Number(n))
        | (MentionKind::Number(n), MentionKind::Date(d)) => date_number(d, n),
        _ => 0.0,
    }
}

fn eq(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn number_match(x: &Number, y: &Number) -> f32 {
    if x.kind == NumberKind::Code || y.kind == NumberKind::Code {
        return if eq(x.value, y.value) {
            if x.kind == y.kind {
                1.0
            } else {
                0.6
            }
        } else {
            0.0
        };
    }
    // Durations in different units: сутки = 24 hours, 2 weeks = 14 days.
    let minutes = |u: Option<Unit>| match u {
        Some(Unit::Minute) => Some(1.0),
        Some(Unit::Hour) => Some(60.0),
        Some(Unit::Day) => Some(1440.0),
        Some(Unit::Week) => Some(10080.0),
        _ => None,
    };
    if let (Some(fx), Some(fy)) = (minutes(x.unit), minutes(y.unit)) {
        if fx != fy && x.high.is_none() && y.high.is_none() {
            return if eq(x.value * fx, y.value * fy) {
                0.95 * approx_match(x.approx, y.approx)
            } else {
                0.0
            };
        }
    }
    let base: f32 = match (x.high, y.high) {
        (Some(xh), Some(yh)) => {
            if eq(x.value, y.value) && eq(xh, yh) {
                1.0
            } else if eq(x.value, y.value) || eq(xh, yh) {
                0.3
            } else {
                0.0
            }
        }
        (Some(h), None) | (None, Some(h)) => {
            let (lo, v) = if x.high.is_some() {
                (x.value, y.value)
            } else {
                (y.value, x.value)
            };
            if eq(lo, v) || eq(h, v) {
                0.4
            } else {
                0.0
            }
        }
        (None, None) => {
            let alt = |a: Option<f64>, v: f64| a.is_some_and(|a| eq(a, v));
            if eq(x.value, y.value) {
                1.0
            } else if alt(x.alt_value, y.value) || alt(y.alt_value, x.value) {
                0.8
            } else if vague_alike(x, y) {
                0.9
            } else {
                0.0
            }
        }
    };
    if base == 0.0 {
        return 0.0;
    }
    let kind = kind_match(x.kind, y.kind);
    let unit = match (x.unit, y.unit) {
        (Some(a), Some(b)) if a == b => 1.0,
        (Some(Unit::Percent), Some(Unit::PercentPoint))
        | (Some(Unit::PercentPoint), Some(Unit::Percent)) => 0.9,
        (Some(_), Some(_)) => 0.4,
        (None, None) => 1.0,
        _ => 0.9,
    };
    base * kind * unit * approx_match(x.approx, y.approx)
}

/// Two vague plural quantities of the same order (`dozens` = 12s, `десятки` = 10s): word
/// quantities with no exact value, "about" on both sides, within a factor of 1.25.
fn vague_alike(x: &Number, y: &Number) -> bool {
    let vague = |n: &Number| n.words && n.scaled && n.approx == Approx::About;
    let (lo, hi) = (x.value.min(y.value), x.value.max(y.value));
    vague(x) && vague(y) && lo > 0.0 && hi <= lo * 1.25
}

/// The two numbers have the same value (both ends of a range; either reading of an ambiguous
/// separator; a duration converted between units).
fn same_value(x: &Number, y: &Number) -> bool {
    match (x.high, y.high) {
        (Some(xh), Some(yh)) => eq(x.value, y.value) && eq(xh, yh),
        (Some(_), None) | (None, Some(_)) => false,
        (None, None) => true, // number_match scored > 0: equal, alt reading or converted
    }
}

fn kind_match(a: NumberKind, b: NumberKind) -> f32 {
    use NumberKind::*;
    let norm = |k: NumberKind| match k {
        Collective | Multiplier | Fraction | Range => Cardinal,
        k => k,
    };
    if norm(a) == norm(b) {
        1.0
    } else {
        0.7
    }
}

/// Agreement of two approximation attributes (1 = same).
fn approx_match(a: Approx, b: Approx) -> f32 {
    use Approx::*;
    if a == b {
        return 1.0;
    }
    match (a, b) {
        (MoreThan, AtLeast) | (AtLeast, MoreThan) | (LessThan, AtMost) | (AtMost, LessThan) => 0.9,
        (Exact, About) | (About, Exact) | (About, Nearly) | (Nearly, About) => 0.85,
        (Nearly, LessThan) | (LessThan, Nearly) | (Nearly, AtMost) | (AtMost, Nearly) => 0.8,
        (Exact, Nearly) | (Nearly, Exact) => 0.75,
        // Russian "до" is both "up to" and a plain "to" ("выросла до 4%" = "rose to 4%").
        (Exact, AtMost) | (AtMost, Exact) => 0.8,
        _ if a.direction() * b.direction() < 0 => 0.3,
        _ => 0.7,
    }
}

fn date_match(x: &Date, y: &Date) -> f32 {
    let direct = date_fields(x, y, false);
    if (x.day_month_ambiguous || y.day_month_ambiguous) && direct < 1.0 {
        let swapped = date_fields(x, y, true) * 0.8;
        return direct.max(swapped);
    }
    direct
}

fn date_fields(x: &Date, y: &Date, swap: bool) -> f32 {
    let (yd, ym) = if swap {
        (y.month, y.day)
    } else {
        (y.day, y.month)
    };
    let mut shared = 0;
    let mut only = 0;
    let mut cmp = |a: Option<i64>, b: Option<i64>| -> bool {
        match (a, b) {
            (Some(a), Some(b)) => {
                shared += 1;
                a == b
            }
            (None, None) => true,
            _ => {
                only += 1;
                true
            }
        }
    };
    // A day on one side only (19 июля / July) is a dropped fact, not a dropped year.
    let day_only = x.day.is_some() != yd.is_some();
    let dec = |d: Option<i32>| d.map(|v| i64::from(v % 100));
    let ok = cmp(x.day.map(i64::from), yd.map(i64::from))
        & cmp(x.month.map(i64::from), ym.map(i64::from))
        & cmp(x.year.map(i64::from), y.year.map(i64::from))
        & cmp(dec(x.decade), dec(y.decade))
        & cmp(x.century.map(i64::from), y.century.map(i64::from));
    if !ok || shared == 0 {
        0.0
    } else if only == 0 {
        1.0
    } else if day_only {
        0.5
    } else {
        0.85
    }
}

fn date_number(d: &Date, n: &Number) -> f32 {
    let year_only = d.year.is_some() && d.day.is_none() && d.month.is_none();
    if year_only
        && n.kind == NumberKind::Cardinal
        && d.year.is_some_and(|y| eq(f64::from(y), n.value))
    {
        0.9
    } else {
        0.0
    }
}

fn time_match(x: &Time, y: &Time) -> f32 {
    if x.minutes == y.minutes {
        1.0
    } else if (x.half_day_ambiguous || y.half_day_ambiguous) && x.minutes % 720 == y.minutes % 720 {
        0.9
    } else {
        0.0
    }
}

fn hash(parts: &[i64]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn q(v: f64) -> i64 {
    (v * 1000.0).round() as i64
}

pub(crate) fn anchor_key(m: &Mention) -> Option<u64> {
    if m.weak {
        return None;
    }
    Some(match &m.kind {
        MentionKind::Number(n) => {
            if !n.value.is_finite() {
                return None;
            }
            // An ambiguous separator ("1,770": 1.77 or 1770) keys on the thousands reading,
            // which is what both languages agree on when a translation copies the digits.
            let v = n.alt_value.map_or(n.value, |a| a.max(n.value));
            match (n.kind, n.high) {
                (NumberKind::Code, _) => hash(&[1, q(v)]),
                (_, Some(h)) => hash(&[2, q(v), q(h)]),
                _ => hash(&[0, q(v)]),
            }
        }
        MentionKind::Date(d) => match (d.day, d.month, d.year) {
            (Some(day), Some(mo), _) => hash(&[3, i64::from(day), i64::from(mo)]),
            (None, Some(mo), Some(y)) => hash(&[4, i64::from(mo), i64::from(y)]),
            (None, Some(mo), None) => hash(&[5, i64::from(mo)]),
            (None, None, Some(y)) => hash(&[0, q(f64::from(y))]),
            _ => {
                if let Some(dec) = d.decade {
                    hash(&[6, i64::from(dec % 100)])
                } else if let Some(c) = d.century {
                    hash(&[7, i64::from(c)])
                } else {
                    return None;
                }
            }
        },
        MentionKind::Time(t) => hash(&[8, i64::from(t.minutes % 720)]),
        MentionKind::Name(n) => return n.anchor_key(),
    })
}
