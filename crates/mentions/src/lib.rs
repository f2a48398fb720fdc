//! # bitext-mentions
//!
//! Finds numbers, dates, times and names in a sentence and decides whether a mention in one
//! language and a mention in another denote the same fact.
//!
//! ```
//! use bitext_mentions::{extract, same_fact};
//! let ru = extract("Порядка 1,5 тыс. жителей покинули город 7 октября.", "ru");
//! let en = extract("Some 1500 residents left the city on October 7.", "en");
//! assert!(same_fact(&ru[0], &en[0]) > 0.9 && same_fact(&ru[1], &en[1]) > 0.9);
//! assert_eq!(ru[0].anchor_key(), en[0].anchor_key());
//! ```
//!
//! ## What is found
//!
//! * **Numbers** ([`Number`]) in every common digit layout (`1 000 000` with a space, NBSP or
//!   narrow NBSP, `1,000,000`, `1.000.000` in German, decimals `1,5` / `1.5` resolved from the
//!   language), signs, ranges (`5–7`, `от 5 до 7`, `between 5 and 7`), scale words and
//!   abbreviations (`1,5 млн`, `130 тыс.`, `$2bn`, `3 lakh`), English and Russian number
//!   words in every inflected form (`восьмью`, `двумястами`, `полутора`, `восьмерых`,
//!   `седьмому`, `twenty-five`, `one and a half`), ordinals (`7-й`, `7th`), Roman numerals,
//!   approximation words as an attribute ([`Approx`]: `более 500` is not `менее 500`), and
//!   adjacent units and currencies ([`Unit`]).
//! * **Dates** ([`Date`]): `7 октября`, `7-го октября`, `October 7`, `7 October 2023`,
//!   `Oct. 7`, `07.10.2023`, `2023-10-07`, `9/11` (month/day in English, day/month in
//!   Russian), years (`в 2023 году`, `in 2023`), decades (`1990-е`, `the '90s`), centuries
//!   (`XX век`, `20th century`). Weekdays are not numbers.
//! * **Times** ([`Time`]): `15:00` == `3 p.m.` == `в три часа дня`.
//! * **Names** ([`names::NameMention`]), from the [`names`] module.
//!
//! Mentions that are usually not facts are kept but marked [`Mention::weak`], so a checker
//! can ignore them when it compares multisets: `one`/`один` on its own (`one of the`,
//! `одна из`), `first`/`second`/`первый`/`второй` (also "another", "for the first time"),
//! a bare `hundred`/`dozen` (`several hundred`), a month without a day or year (`в июле`,
//! `June results`), regnal Roman numerals (`World War II` ↔ `Второй мировой`), a
//! capitalised number word inside a sentence (`Five Eyes`) and vague plural quantities
//! (`thousands of`, `десятки тысяч` → weak, [`Approx::About`], value 1000 / 10 000).
//! Identifiers (`Су-57`, `G7`, `MH17`)
//! are strong mentions of kind [`NumberKind::Code`]: translators copy them; the digits of a
//! disease name (`COVID-19`) are a weak code, since translations shorten it to `коронавирус`.
//!
//! ## Comparing
//!
//! [`same_fact`] returns 1 for the same value with the same attributes and lowers the score
//! for partial agreement: a different or missing approximation word (`более 500` vs `500`
//! 0.7, `более 500` vs `менее 500` 0.3), a missing unit (0.9), a cardinal against an ordinal
//! (0.7), a date with and without its year (0.85), with and without its day (0.5), a range against one of its ends (0.4),
//! the other reading of an ambiguous separator ([`Number::alt_value`], 0.8). Durations
//! convert between minutes, hours, days and weeks (`за сутки` = `in 24 hours`, 0.95).
//! Different values score 0. [`Mention::anchor_key`] hashes the normalised value only, so
//! `8`/`восемь`/`eight`, `7 октября`/`October 7` and `в 2023 году`/`2023` share a key.
//!
//! ## Design
//!
//! Extraction is one pass of a byte-level tokenizer (digit runs, word runs and single
//! punctuation characters; every word is folded to lower case in a stack buffer and looked
//! up once in a hash table) followed by a small hand-written pattern parser over the tokens.
//! All language knowledge lives in `data/<lang>.tsv` (format documented at the top of
//! `data/ru.tsv`): number words with every case form (Russian ordinals are generated from a
//! stem and a declension class), scale words, months, units, approximation phrases, the
//! combining stems of compound adjectives (`четырех|летний`), a few function words and
//! convention switches (decimal comma, day/month order, 12-hour clock). A new language is a
//! new data file plus one line in the lexicon loader; languages without a file still get
//! digits with their decimal convention.
//!
//! Hand-written rather than built on an existing crate: the number-parsing crates on
//! crates.io (English word-to-number converters, generic date parsers) cover English or
//! fixed formats only; none handles Russian numerals as the closed, heavily inflected class
//! they are (`двумястами`, `полутора`, collectives, ordinals in six cases, compound
//! adjectives), and none returns byte spans plus the approximation and unit attributes the
//! checker needs. Regular expressions were avoided for speed: sentence by sentence,
//! `extract_numbers` runs at 165–195 MB/s and `extract` (numbers and names) at about 56 MB/s
//! on one core (`cargo bench -p bitext-mentions --bench extract`; real news text via
//! `BITEXT_BENCH_FILE`/`BITEXT_BENCH_LANG`). Each sentence is lower-cased once into a buffer
//! with the same byte offsets, and word look-ups go through bit filters before any hashing.
//!
//! ## Limits
//!
//! Fractions in words beyond thirds/quarters/fifths/tenths (`пять восьмых`), Russian texts
//! quoting English dates (`Windows 10 May 2020 Update`) and languages without a data file
//! (digits, symbols and separators only) are the known gaps. German (`data/de.tsv`: `am 3.
//! Oktober`, `1,5 Millionen Euro`, `zur 35. Wiederkehr`) has number words up to the tens,
//! scale words, months, units and approximation words; French and Spanish (`fr.tsv`,
//! `es.tsv`) have months, scale words and a few approximation words.

use std::ops::Range;

mod compare;
mod lexicon;
pub mod names;
mod parse;
mod scan;

pub use compare::{compare, same_fact, Comparison};

/// One mention of a number, date, time or name.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Mention {
    /// Byte span in the text passed to [`extract`].
    pub span: Range<usize>,
    /// What was found.
    pub kind: MentionKind,
    /// A weak mention is usually not a fact worth checking: `one`/`один` used as an article or
    /// pronoun (`one of the`, `одна из`), `first`/`первый`, a capitalised number word inside a
    /// title. Checkers should ignore weak mentions when counting.
    pub weak: bool,
}

/// The kinds of mention.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum MentionKind {
    /// A number (cardinal, ordinal, range, …) with its normalised value.
    Number(Number),
    /// A calendar date or a part of one (a year, a month, a decade, a century).
    Date(Date),
    /// A time of day.
    Time(Time),
    /// A name (person, place, organisation), from [`names::extract_names`].
    Name(names::NameMention),
}

/// A number with its value normalised (scale words applied: `1,5 млн` = 1 500 000).
///
/// ```
/// use bitext_mentions::{extract, Approx, MentionKind, Unit};
/// let m = extract("более 1,5 млн долларов", "ru");
/// let MentionKind::Number(n) = &m[0].kind else { panic!() };
/// assert_eq!((n.value, n.approx, n.unit), (1_500_000.0, Approx::MoreThan, Some(Unit::Usd)));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Number {
    /// The value (the lower end for a range).
    pub value: f64,
    /// The upper end of a range (`5–7` → 7).
    pub high: Option<f64>,
    /// Cardinal, ordinal, range, …
    pub kind: NumberKind,
    /// Approximation word attached to the number (`более`, `about`, `up to`).
    pub approx: Approx,
    /// Unit or currency written next to the number (`%`, `km`, `$`, `рублей`).
    pub unit: Option<Unit>,
    /// Written (at least partly) in words (`восемь`, `twenty-five`; not `1,5 млн`).
    pub words: bool,
    /// A scale word or abbreviation was applied (`млн`, `thousand`, `bn`).
    pub scaled: bool,
    /// The other reading of an ambiguous separator: `1,770` in a Russian text is 1.77 by the
    /// rules but often a copied English 1770; `1.500` in English may be a German-style 1500.
    /// [`same_fact`] accepts either reading (with a lower score for this one).
    pub alt_value: Option<f64>,
}

/// What sort of number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum NumberKind {
    /// A count or amount: `8`, `восемь`, `1,5 млн`. Percentages are cardinals with
    /// [`Unit::Percent`].
    Cardinal,
    /// An ordinal: `7th`, `7-й`, `седьмого`, `XX` (regnal or list numbers).
    Ordinal,
    /// A Russian collective numeral: `двое`, `восьмерых`.
    Collective,
    /// A multiplicative adverb: `twice`, `дважды`.
    Multiplier,
    /// A fraction: `3/4`, `две трети`, `two-thirds`, `a quarter`.
    Fraction,
    /// A range: `5–7`, `от 5 до 7`, `between 5 and 7` (see [`Number::high`]).
    Range,
    /// Digits inside an identifier: `COVID-19`, `G7`, `Су-57`, `5G`.
    Code,
}

/// An approximation attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Approx {
    /// No approximation word.
    Exact,
    /// `около`, `порядка`, `примерно`, `about`, `some`, `roughly`.
    About,
    /// Just below: `почти`, `nearly`, `almost`.
    Nearly,
    /// `более`, `свыше`, `more than`, `over`, `500+`-like `с лишним`.
    MoreThan,
    /// `не менее`, `at least`, `or more`.
    AtLeast,
    /// `менее`, `less than`, `under`.
    LessThan,
    /// `не более`, `до`, `up to`, `at most`.
    AtMost,
}

impl Approx {
    pub(crate) fn from_code(s: &str) -> Option<Approx> {
        Some(match s {
            "gt" => Approx::MoreThan,
            "ge" => Approx::AtLeast,
            "lt" => Approx::LessThan,
            "le" => Approx::AtMost,
            "about" => Approx::About,
            "nearly" => Approx::Nearly,
            "exact" => Approx::Exact,
            _ => return None,
        })
    }

    /// The direction of the bound: +1 for more-than/at-least, −1 for less-than/at-most/nearly,
    /// 0 for exact/about.
    ///
    /// ```
    /// assert_eq!(bitext_mentions::Approx::MoreThan.direction(), 1);
    /// ```
    pub fn direction(self) -> i8 {
        match self {
            Approx::MoreThan | Approx::AtLeast => 1,
            Approx::LessThan | Approx::AtMost | Approx::Nearly => -1,
            Approx::Exact | Approx::About => 0,
        }
    }
}

/// Units and currencies recognised next to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Unit {
    /// `%`, `percent`, `процентов`.
    Percent,
    /// Percentage points (`п.п.`, `pp`).
    PercentPoint,
    /// US dollars (`$`, `долларов`, `USD`).
    Usd,
    /// Euros.
    Eur,
    /// Russian roubles.
    Rub,
    /// Pounds sterling.
    Gbp,
    /// Ukrainian hryvnias.
    Uah,
    /// Chinese yuan.
    Cny,
    /// Japanese yen.
    Jpy,
    /// Swiss francs.
    Chf,
    /// Indian rupees.
    Inr,
    /// Kilometres.
    Km,
    /// Metres.
    M,
    /// Centimetres.
    Cm,
    /// Millimetres.
    Mm,
    /// Miles.
    Mile,
    /// Kilograms.
    Kg,
    /// Grams.
    G,
    /// Tonnes.
    T,
    /// Litres.
    L,
    /// Hectares.
    Ha,
    /// Years (a duration or an age: `5 лет`, `50-year-old`).
    Year,
    /// Months (duration).
    Month,
    /// Weeks.
    Week,
    /// Days.
    Day,
    /// Hours.
    Hour,
    /// Minutes.
    Minute,
    /// Seconds.
    Second,
    /// Degrees.
    Degree,
    /// Times / occasions (`в три раза`, `three times`).
    Times,
    /// Barrels.
    Barrel,
    /// Feet.
    Foot,
    /// Inches.
    Inch,
    /// Acres.
    Acre,
}

impl Unit {
    pub(crate) fn from_code(s: &str) -> Option<Unit> {
        Some(match s {
            "percent" => Unit::Percent,
            "pp" => Unit::PercentPoint,
            "usd" => Unit::Usd,
            "eur" => Unit::Eur,
            "rub" => Unit::Rub,
            "gbp" => Unit::Gbp,
            "uah" => Unit::Uah,
            "cny" => Unit::Cny,
            "jpy" => Unit::Jpy,
            "chf" => Unit::Chf,
            "inr" => Unit::Inr,
            "km" => Unit::Km,
            "m" => Unit::M,
            "cm" => Unit::Cm,
            "mm" => Unit::Mm,
            "mile" => Unit::Mile,
            "kg" => Unit::Kg,
            "g" => Unit::G,
            "t" => Unit::T,
            "l" => Unit::L,
            "ha" => Unit::Ha,
            "year" => Unit::Year,
            "month" => Unit::Month,
            "week" => Unit::Week,
            "day" => Unit::Day,
            "hour" => Unit::Hour,
            "minute" => Unit::Minute,
            "second" => Unit::Second,
            "degree" => Unit::Degree,
            "times" => Unit::Times,
            "barrel" => Unit::Barrel,
            "ft" => Unit::Foot,
            "inch" => Unit::Inch,
            "acre" => Unit::Acre,
            _ => return None,
        })
    }

    pub(crate) fn from_symbol(c: char) -> Option<Unit> {
        Some(match c {
            '%' => Unit::Percent,
            '$' => Unit::Usd,
            '€' => Unit::Eur,
            '£' => Unit::Gbp,
            '¥' => Unit::Jpy,
            '₽' => Unit::Rub,
            '₴' => Unit::Uah,
            '₹' => Unit::Inr,
            '°' => Unit::Degree,
            _ => return None,
        })
    }

    /// Whether this is a currency.
    ///
    /// ```
    /// assert!(bitext_mentions::Unit::Rub.is_currency());
    /// ```
    pub fn is_currency(self) -> bool {
        matches!(
            self,
            Unit::Usd
                | Unit::Eur
                | Unit::Rub
                | Unit::Gbp
                | Unit::Uah
                | Unit::Cny
                | Unit::Jpy
                | Unit::Chf
                | Unit::Inr
        )
    }
}

/// A date or a part of one; every field is optional.
///
/// ```
/// use bitext_mentions::{extract, Date, MentionKind};
/// let m = extract("7-го октября 2023 года", "ru");
/// let MentionKind::Date(d) = &m[0].kind else { panic!() };
/// assert_eq!((d.day, d.month, d.year), (Some(7), Some(10), Some(2023)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Date {
    /// Day of month 1..=31.
    pub day: Option<u8>,
    /// Month 1..=12.
    pub month: Option<u8>,
    /// Year.
    pub year: Option<i32>,
    /// Decade as its first year (`1990-е` → 1990); two digits when the century is unknown
    /// (`the '90s` → 90).
    pub decade: Option<i32>,
    /// Century number (`XX век` → 20).
    pub century: Option<i32>,
    /// Day and month could be swapped (`7/10` written with slashes and both ≤ 12).
    pub day_month_ambiguous: bool,
}

/// A time of day.
///
/// ```
/// use bitext_mentions::{extract, MentionKind};
/// let m = extract("after 3 p.m.", "en");
/// assert!(matches!(&m[0].kind, MentionKind::Time(t) if t.minutes == 15 * 60));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Time {
    /// Minutes since midnight.
    pub minutes: u16,
    /// Written on a 12-hour clock without a.m./p.m. (`3 o'clock`, `at 3:30`): the same time
    /// twelve hours later also matches.
    pub half_day_ambiguous: bool,
}

impl Mention {
    /// A language-independent key: two mentions of the same fact in different languages
    /// (8 / восемь / eight, 7 октября / October 7, Песков / Peskov) get the same key whenever
    /// possible. Weak mentions have no key. Used by the aligner for fast anchors.
    ///
    /// ```
    /// use bitext_mentions::extract;
    /// let ru = extract("восемь россиян", "ru");
    /// let en = extract("8 Russians", "en");
    /// assert_eq!(ru[0].anchor_key(), en[0].anchor_key());
    /// ```
    pub fn anchor_key(&self) -> Option<u64> {
        compare::anchor_key(self)
    }

    /// The number, if this is a number mention.
    ///
    /// ```
    /// let m = bitext_mentions::extract("5 km", "en");
    /// assert_eq!(m[0].number().map(|n| n.value), Some(5.0));
    /// ```
    pub fn number(&self) -> Option<&Number> {
        match &self.kind {
            MentionKind::Number(n) => Some(n),
            _ => None,
        }
    }

    /// Whether this is a number, date or time (not a name).
    ///
    /// ```
    /// assert!(bitext_mentions::extract("7 октября", "ru")[0].is_numeric());
    /// ```
    pub fn is_numeric(&self) -> bool {
        !matches!(self.kind, MentionKind::Name(_))
    }
}

/// Extracts all mentions (numbers, dates, times, names) from `text` written in `lang`
/// (ISO 639-1 code, e.g. `"ru"`, `"en"`; unknown codes get digits, symbols and the decimal
/// convention only). Mentions are sorted by span start; names that overlap a number or date
/// (a capitalised month) are dropped. Never panics.
///
/// ```
/// let m = bitext_mentions::extract("Песков заявил, что 130 тыс. доноров", "ru");
/// assert!(m.iter().any(|m| m.number().map(|n| n.value) == Some(130_000.0)));
/// ```
pub fn extract(text: &str, lang: &str) -> Vec<Mention> {
    let mut out = extract_numbers(text, lang);
    let n = out.len();
    let names = names::extract_names(text, lang);
    out.reserve_exact(names.len());
    for nm in names {
        // Numeric mentions are sorted and rarely overlap: look at the few that start
        // before the name ends.
        let k = out[..n].partition_point(|m| m.span.start < nm.span.end);
        let overlaps = out[k.saturating_sub(3)..k]
            .iter()
            .any(|m| nm.span.start < m.span.end);
        if !overlaps {
            out.push(Mention {
                span: nm.span.clone(),
                kind: MentionKind::Name(nm),
                weak: false,
            });
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Extracts numbers, dates and times only (no names), sorted by span start.
///
/// ```
/// let m = bitext_mentions::extract_numbers("between 5 and 7 million", "en");
/// let n = m[0].number().unwrap();
/// assert_eq!((n.value, n.high), (5e6, Some(7e6)));
/// ```
pub fn extract_numbers(text: &str, lang: &str) -> Vec<Mention> {
    parse::extract_numeric(text, lang)
}
