//! # bitext-check
//!
//! Flags every number, date and name that does not match between a text and its translation
//! (or two versions of a text in one language).
//!
//! ```
//! use bitext_check::{check_pair, CheckOptions, FindingKind};
//! let opts = CheckOptions::default();
//! let f = check_pair("Более 500 россиян прибыли 7 октября.", "More than 50 Russians arrived on October 7.", "ru", "en", &opts);
//! assert_eq!(f.len(), 1);
//! assert_eq!((f[0].kind, f[0].src.as_ref().unwrap().value.as_str()), (FindingKind::NumberMismatch, "more than 500"));
//! ```
//!
//! ## How it works
//!
//! [`check_texts`] segments both texts ([`bitext_segment`]), aligns the sentences
//! ([`bitext_align`]) and compares the mentions ([`bitext_mentions`]) bead by bead;
//! [`check_pair`] treats one sentence pair as a single bead. In a bead, numbers, dates and
//! times are matched as multisets with a tolerant matcher (best pairs first, by
//! [`bitext_mentions::compare`]): `8`/`eight`/`восьми`, `15:00`/`3 p.m.`, `130 тыс.`/`130,000`,
//! `1,5 млн`/`1.5 million` and `7 октября`/`October 7` agree, an approximation word that flips
//! the direction (`более 500` / `less than 500`) does not. Names are matched with
//! [`bitext_mentions::names::name_similarity`] (transliteration-aware, case endings removed,
//! exonym table) plus the term pairs of the [`Config`]. What is left over becomes a finding:
//! a leftover on each side of the same class is a mismatch (500 vs 50, Песков vs Lavrov, a
//! one-consonant misspelling Peskov vs Pechkov), otherwise a missing or extra mention, but
//! only after looking into the neighbouring beads (translators move clauses across sentence
//! boundaries) and at repeated mentions in the same bead.
//!
//! Partial agreements are judged, not ignored: a flipped approximation word, two ranges with
//! different ends, a range against a single value and a date that loses its day are findings;
//! a missing year, unit or approximation word is not. A person name that loses its surname
//! (Джорджа Флойда → George, Шах Мехмуд Куреши → Шах Мехмуд) or the first name of two
//! words (Киану Ривзом → Reeves) is name-missing, unless the lost word stands elsewhere in
//! the other text, even as a name of its own (Michael … Jordan); a leftover quoted title
//! opposite a leftover name is a swap. A misspelling is told from a
//! transliteration variant by asking whether one consonant slip (p/b, t/d, k/g, l/r, m/n,
//! s/ш/ch) turns one name into the other (Peskov / Pechkov: yes; Leicester / Лестер: no).
//!
//! Weak evidence lowers the severity instead of raising a false alarm: weak mentions (`one of`,
//! `первый`, a bare month) are never reported on their own, a small number in words without a
//! counterpart (`two sides` / `обе стороны`) is info, and so is a name that is capitalised only
//! because it starts a sentence, sits in a Title Case headline, is ordinary vocabulary
//! (`Ministry`), a quoted title, an acronym or an adjective (`российский`), a near miss that no
//! single slip explains, and any name that appears only in the target (usually an explanation
//! the translator added). A Russian quoted name with every word capitalised («Зенит»,
//! «Манчестер Сити») is a name, not a title: Russian quotes team, firm, ship and weapon
//! names. Weak leftovers still pair with a strong leftover name at the same place as a swap
//! (an adjective, a quoted title, a sentence-initial word opposite a name at the start of the
//! other sentence, the other occurrence of a repeated name), and a two-word name with one
//! word replaced is a mismatch (Бипин Рават / Бипин Баат). [`CheckOptions::min_severity`]
//! (default [`Severity::Warning`]) hides info findings.
//!
//! ## Quality and speed (dev set, `../shared/data/check/cases.jsonl`, 6,736 pairs)
//!
//! Measured with `examples/check_batch.rs` and `../shared/eval/check_eval.py` (the figures move with
//! `bitext-mentions`): number class recall 99.2 % (digit change 100, number word 98.6, scale
//! word 100, day shift 100, month shift 100, dropped number 97.5) with false alarms on 1.7 %
//! of clean pairs (66 of 3,983; several of them real translation errors: 24 vs 14 April,
//! более тридцати vs thirteen, 41.78 lakh vs 417 800 000); name class recall 92.9 % (swap
//! 92.0, misspelling 94.5, drop 92.2) with false alarms on 2.8 % of clean pairs (113; 2.5 %
//! ru→en, 3.2 % en→ru). About half of those are real discrepancies (names the translation
//! drops, typos such as Kransodar or Чэнжу, wrong names, misaligned references); the rest are
//! mostly names translated rather than transliterated (Ennahdha / партия Возрождения),
//! transliteration conventions the skeleton does not know (Portuguese, Greek, pinyin,
//! Vietnamese) and capitalised vocabulary. Text decoded with the wrong
//! code page ("Ñîåäèíåííûõ") is recognised and its names are only info.
//! Speed: about 1.5 million real dev pairs per minute in batch mode on two cores (0.26 s for
//! the 6,736 pairs, start-up included); `cargo bench -p bitext-check --bench throughput`
//! (short generated pairs) gives about 7.7 million per minute on one core.
//!
//! ## Output
//!
//! [`Finding`] carries both sides' sentence index, byte span in the original text, 1-based
//! line and column, the text and normalised value, and a one-line message. [`render_human`]
//! prints rustc-style diagnostics, [`render_report`] a stable plain-text report for snapshot
//! tests; with the `serde` feature every public report type is `Serialize`
//! (`{"kind","severity","bead","src":{"sentence","start","end","line","column","text","value"},"tgt":…,"message"}`).
//!
//! ## Why hand-written
//!
//! Existing checkers (translate-toolkit's pofilter, QA modules of CAT tools) compare digit
//! strings or whole tokens: they miss number words, scale words and months, and false-alarm on
//! every representation change and every declined or transliterated name. The comparison here
//! is a few hundred lines over the normalised mentions of `bitext-mentions`; no crate provides
//! bead-wise multiset matching with neighbour look-up, so nothing was worth depending on.
//! Human output is rendered by hand (two files, one snippet per side) rather than with
//! `annotate-snippets`, whose model is one source file per snippet.
//!
//! ## Limits
//!
//! Name checks depend on the name extraction of `bitext-mentions`: capitalised vocabulary that
//! is not marked `common` and names translated rather than transliterated are the main
//! sources of false alarms, and names written as ordinary words on the other side are only
//! found when their transliteration skeleton matches. A name dropped at the start of a
//! sentence (unless it is no English word), inside a translated title (a quote whose later
//! words are lower case), as an adjective or as an acronym is not reported above info; a name
//! swapped inside a headline, or for a word the table or vocabulary marks as ordinary, is not
//! reported either. Findings in [`check_texts`] are only as good as the alignment: a wrong bead
//! shows up as a missing/extra pair unless the neighbouring bead has the counterpart.

use std::ops::Range;

use bitext_mentions::names::{name_similarity, NameKind, NameMention, NEAR_MISS, SAME_NAME};
// the best key similarity of two words of names
use bitext_mentions::names::{is_acronym, part_key_similarity as part_sim};
use bitext_mentions::{Approx, Mention, MentionKind};

mod config;
mod render;

pub use config::{Config, ConfigError, Suppression, Term};
pub use render::{line_col, render_human, render_report, LineIndex};

/// What a finding is about. The kebab-case names ([`FindingKind::as_str`]) are stable: they
/// appear in `--ignore`, config files and machine output.
///
/// ```
/// use bitext_check::FindingKind;
/// assert_eq!(FindingKind::NumberMismatch.as_str(), "number-mismatch");
/// assert_eq!("name-missing".parse::<FindingKind>(), Ok(FindingKind::NameMissing));
/// assert!("nonsense".parse::<FindingKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum FindingKind {
    /// A number (or time) on both sides with different values, scales or a flipped
    /// approximation word (500 vs 50; 1,5 млн vs 15 million; более 500 vs less than 500).
    NumberMismatch,
    /// A number or date in the source with no counterpart in the target.
    NumberMissing,
    /// A number or date in the target with no counterpart in the source.
    NumberExtra,
    /// A date on both sides with a different day, month or year (7 октября vs October 8).
    DateMismatch,
    /// A name on both sides that differs (Песков vs Lavrov) or is misspelt (Peskov vs Pechkov).
    NameMismatch,
    /// A name in the source with no counterpart in the target.
    NameMissing,
    /// A name in the target with no counterpart in the source.
    NameExtra,
}

impl FindingKind {
    /// Every kind, in a stable order.
    pub const ALL: [FindingKind; 7] = [
        FindingKind::NumberMismatch,
        FindingKind::NumberMissing,
        FindingKind::NumberExtra,
        FindingKind::DateMismatch,
        FindingKind::NameMismatch,
        FindingKind::NameMissing,
        FindingKind::NameExtra,
    ];

    /// The stable kebab-case name (`number-mismatch`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::NumberMismatch => "number-mismatch",
            FindingKind::NumberMissing => "number-missing",
            FindingKind::NumberExtra => "number-extra",
            FindingKind::DateMismatch => "date-mismatch",
            FindingKind::NameMismatch => "name-mismatch",
            FindingKind::NameMissing => "name-missing",
            FindingKind::NameExtra => "name-extra",
        }
    }

    /// True for the name kinds.
    ///
    /// ```
    /// assert!(bitext_check::FindingKind::NameExtra.is_name());
    /// ```
    pub fn is_name(self) -> bool {
        matches!(
            self,
            FindingKind::NameMismatch | FindingKind::NameMissing | FindingKind::NameExtra
        )
    }
}

impl std::fmt::Display for FindingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error of parsing an unknown [`FindingKind`] name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown finding kind `{0}`")]
pub struct UnknownKind(pub String);

impl std::str::FromStr for FindingKind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase().replace('_', "-");
        FindingKind::ALL
            .into_iter()
            .find(|k| k.as_str() == t)
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}

/// How sure the checker is that a finding is a real error.
///
/// ```
/// use bitext_check::Severity;
/// assert!(Severity::Error > Severity::Warning && Severity::Warning > Severity::Info);
/// assert_eq!(Severity::Warning.as_str(), "warning");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Severity {
    /// Weak evidence (a sentence-initial or translated-looking name); hidden by default.
    Info,
    /// Probably an error (a missing number or name).
    #[default]
    Warning,
    /// Almost certainly an error (two different values).
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One side of a finding: where the mention is and what it says.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Side {
    /// Sentence index in that text (0 for [`check_pair`]).
    pub sentence: usize,
    /// Byte offset of the mention in the original text.
    pub start: usize,
    /// Byte offset of the end of the mention.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// The mention as written.
    pub text: String,
    /// The normalised value (`more than 500`, `7 October`, `15:00`, `Песков`).
    pub value: String,
}

/// One mismatch between the two texts.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Finding {
    /// What is wrong.
    pub kind: FindingKind,
    /// How sure the checker is.
    pub severity: Severity,
    /// Index of the bead in [`CheckReport::beads`] (0 for [`check_pair`]).
    pub bead: usize,
    /// The source mention (absent for `*-extra`).
    pub src: Option<Side>,
    /// The target mention (absent for `*-missing`).
    pub tgt: Option<Side>,
    /// A one-line explanation: `source has 500 (более 500 россиян), target has 50 (50 Russians)`.
    pub message: String,
}

/// A bead of the alignment: sentence index ranges on each side.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BeadInfo {
    /// Source sentence indices.
    pub src: Range<usize>,
    /// Target sentence indices.
    pub tgt: Range<usize>,
    /// Alignment confidence (1.0 when no alignment was needed).
    pub score: f64,
}

/// The result of [`check_texts`]: the findings plus what a renderer needs.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CheckReport {
    /// Findings, ordered by bead, then source/target position.
    pub findings: Vec<Finding>,
    /// Byte ranges of the source sentences.
    pub src_sentences: Vec<Range<usize>>,
    /// Byte ranges of the target sentences.
    pub tgt_sentences: Vec<Range<usize>>,
    /// The alignment.
    pub beads: Vec<BeadInfo>,
}

impl CheckReport {
    /// Number of findings of each severity: `(errors, warnings, infos)`.
    ///
    /// ```
    /// let r = bitext_check::CheckReport::default();
    /// assert_eq!(r.counts(), (0, 0, 0));
    /// ```
    pub fn counts(&self) -> (usize, usize, usize) {
        let c = |s| self.findings.iter().filter(|f| f.severity == s).count();
        (c(Severity::Error), c(Severity::Warning), c(Severity::Info))
    }
}

/// Options of a check (builder style).
///
/// ```
/// use bitext_check::{CheckOptions, Config, FindingKind, Severity};
/// let o = CheckOptions::default()
///     .ignore(FindingKind::NumberExtra)
///     .min_severity(Severity::Info)
///     .config(Config::from_toml_str("[[terms]]\nsrc = \"Роскосмос\"\ntgt = \"Roscosmos\"").unwrap());
/// assert_eq!(o.ignore, [FindingKind::NumberExtra]);
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct CheckOptions {
    /// Kinds never reported (in addition to the config's `ignore`).
    pub ignore: Vec<FindingKind>,
    /// Terms and suppressions.
    pub config: Config,
    /// Findings below this severity are dropped (default [`Severity::Warning`]).
    pub min_severity: Severity,
    /// Options of the sentence aligner used by [`check_texts`].
    pub align: bitext_align::AlignOptions,
}

impl CheckOptions {
    /// Do not report `kind`.
    pub fn ignore(mut self, kind: FindingKind) -> Self {
        if !self.ignore.contains(&kind) {
            self.ignore.push(kind);
        }
        self
    }
    /// Use this configuration (terms, suppressions, ignored kinds).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }
    /// Report only findings of at least this severity.
    pub fn min_severity(mut self, s: Severity) -> Self {
        self.min_severity = s;
        self
    }
    /// Aligner options for [`check_texts`].
    pub fn align_options(mut self, a: bitext_align::AlignOptions) -> Self {
        self.align = a;
        self
    }

    fn keeps(&self, f: &Finding) -> bool {
        f.severity >= self.min_severity
            && !self.ignore.contains(&f.kind)
            && !self.config.ignore.contains(&f.kind)
            && !self.config.suppresses(f)
    }
}

// ---------------------------------------------------------------------------------------------
// Mentions of one text
// ---------------------------------------------------------------------------------------------

/// A mention with its sentence and absolute span.
struct Item {
    m: Mention,
    sent: usize,
    /// Relative position in the sentence, 0..1 (for pairing leftovers).
    pos: f32,
}

impl Item {
    fn name(&self) -> Option<&NameMention> {
        match &self.m.kind {
            MentionKind::Name(n) => Some(n),
            _ => None,
        }
    }
}

fn extract_items(text: &str, sentences: &[Range<usize>], lang: &str) -> Vec<Vec<Item>> {
    sentences
        .iter()
        .enumerate()
        .map(|(si, r)| {
            let s = &text[r.clone()];
            let len = s.len().max(1) as f32;
            bitext_mentions::extract(s, lang)
                .into_iter()
                .map(|mut m| {
                    let pos = m.span.start as f32 / len;
                    m.span = m.span.start + r.start..m.span.end + r.start;
                    if let MentionKind::Name(n) = &mut m.kind {
                        n.span = m.span.clone();
                    }
                    Item { m, sent: si, pos }
                })
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------------------------

/// Byte length above which [`check_pair`] segments and aligns like [`check_texts`].
pub const LONG_PAIR: usize = 8_000;

/// Checks one sentence pair (or any two short texts compared as a single bead): no
/// segmentation or alignment. Spans are byte offsets into `src` and `tgt`; sentence and bead
/// indices are 0. Inputs longer than [`LONG_PAIR`] bytes are checked with [`check_texts`]
/// instead (comparing one huge bead mention by mention would be quadratic).
///
/// ```
/// use bitext_check::{check_pair, CheckOptions, FindingKind};
/// let o = CheckOptions::default();
/// assert!(check_pair("Об этом сообщил Песков.", "This was reported by Peskov.", "ru", "en", &o).is_empty());
/// let f = check_pair("Об этом сообщил Песков.", "This was reported by Lavrov.", "ru", "en", &o);
/// assert_eq!(f[0].kind, FindingKind::NameMismatch);
/// ```
pub fn check_pair(
    src: &str,
    tgt: &str,
    src_lang: &str,
    tgt_lang: &str,
    opts: &CheckOptions,
) -> Vec<Finding> {
    if src.len() > LONG_PAIR || tgt.len() > LONG_PAIR {
        // one bead of hundreds of mentions would be compared pair by pair: align instead
        return check_texts(src, tgt, src_lang, tgt_lang, opts).findings;
    }
    let sr = std::slice::from_ref(&(0..src.len())).to_vec();
    let tr = std::slice::from_ref(&(0..tgt.len())).to_vec();
    let si = extract_items(src, &sr, src_lang);
    let ti = extract_items(tgt, &tr, tgt_lang);
    let ctx = Ctx {
        src_lines: std::cell::OnceCell::new(),
        tgt_lines: std::cell::OnceCell::new(),
        src,
        tgt,
        opts,
        src_lang,
        tgt_lang,
    };
    let mut out = Vec::new();
    let s: Vec<&Item> = si[0].iter().collect();
    let t: Vec<&Item> = ti[0].iter().collect();
    compare_bead(&ctx, 0, &s, &t, &[], &[], &sr, &tr, &mut out);
    finish(out, opts)
}

/// Checks two whole texts: segments both, aligns the sentences and compares bead by bead,
/// looking into the neighbouring beads before reporting a missing or extra mention.
///
/// ```
/// use bitext_check::{check_texts, CheckOptions, FindingKind};
/// let ru = "Пресс-секретарь Кремля Дмитрий Песков заявил об этом во вторник. По его словам, \
///           в России 8 октября прошли учения с участием 130 тыс. военных.";
/// let en = "Kremlin spokesman Dmitry Peskov said this on Tuesday. According to him, \
///           exercises involving 13,000 troops took place in Russia on October 8.";
/// let r = check_texts(ru, en, "ru", "en", &CheckOptions::default());
/// assert_eq!(r.findings.len(), 1);
/// assert_eq!(r.findings[0].kind, FindingKind::NumberMismatch);
/// assert_eq!(r.findings[0].tgt.as_ref().unwrap().text, "13,000");
/// ```
pub fn check_texts(
    src: &str,
    tgt: &str,
    src_lang: &str,
    tgt_lang: &str,
    opts: &CheckOptions,
) -> CheckReport {
    // The same sentences and beads as `bitext align`: `segment_pair`, then
    // `align_segmented` (paragraph hints, headlines glued further on). A pair of single
    // sentences needs no aligner.
    let (sa, sb) = (
        bitext_segment::Segmenter::new(src_lang),
        bitext_segment::Segmenter::new(tgt_lang),
    );
    let (ra, rb) = bitext_segment::segment_pair((&sa, src), (&sb, tgt));
    let (src_sentences, tgt_sentences, beads) = if ra.len() <= 1 && rb.len() <= 1 {
        let beads = if ra.is_empty() && rb.is_empty() {
            Vec::new()
        } else {
            vec![BeadInfo {
                src: 0..ra.len(),
                tgt: 0..rb.len(),
                score: 1.0,
            }]
        };
        (ra, rb, beads)
    } else {
        let t = bitext_align::align_segmented(
            (&sa, src, ra, src_lang),
            (&sb, tgt, rb, tgt_lang),
            &opts.align,
        );
        let beads = t
            .alignment
            .beads
            .into_iter()
            .map(|b| BeadInfo {
                src: b.src,
                tgt: b.tgt,
                score: b.score,
            })
            .collect();
        (t.src, t.tgt, beads)
    };
    let si = extract_items(src, &src_sentences, src_lang);
    let ti = extract_items(tgt, &tgt_sentences, tgt_lang);
    let ctx = Ctx {
        src_lines: std::cell::OnceCell::new(),
        tgt_lines: std::cell::OnceCell::new(),
        src,
        tgt,
        opts,
        src_lang,
        tgt_lang,
    };
    let side_items = |items: &[Vec<Item>], r: Range<usize>| {
        r.filter(|&i| i < items.len()).collect::<Vec<usize>>()
    };
    let mut out = Vec::new();
    for (bi, b) in beads.iter().enumerate() {
        let s: Vec<&Item> = side_items(&si, b.src.clone())
            .into_iter()
            .flat_map(|i| si[i].iter())
            .collect();
        let t: Vec<&Item> = side_items(&ti, b.tgt.clone())
            .into_iter()
            .flat_map(|i| ti[i].iter())
            .collect();
        let mut ns: Vec<&Item> = Vec::new();
        let mut nt: Vec<&Item> = Vec::new();
        for nb in [bi.wrapping_sub(1), bi + 1] {
            if let Some(n) = beads.get(nb) {
                ns.extend(
                    side_items(&si, n.src.clone())
                        .into_iter()
                        .flat_map(|i| si[i].iter()),
                );
                nt.extend(
                    side_items(&ti, n.tgt.clone())
                        .into_iter()
                        .flat_map(|i| ti[i].iter()),
                );
            }
        }
        let sr: Vec<Range<usize>> = b
            .src
            .clone()
            .filter_map(|i| src_sentences.get(i).cloned())
            .collect();
        let tr: Vec<Range<usize>> = b
            .tgt
            .clone()
            .filter_map(|i| tgt_sentences.get(i).cloned())
            .collect();
        compare_bead(&ctx, bi, &s, &t, &ns, &nt, &sr, &tr, &mut out);
    }
    CheckReport {
        findings: finish(out, opts),
        src_sentences,
        tgt_sentences,
        beads,
    }
}

fn finish(mut out: Vec<Finding>, opts: &CheckOptions) -> Vec<Finding> {
    out.retain(|f| opts.keeps(f));
    out.sort_by_key(|f| {
        (
            f.bead,
            f.src.as_ref().map_or(usize::MAX, |s| s.start),
            f.tgt.as_ref().map_or(usize::MAX, |s| s.start),
            f.kind,
        )
    });
    out
}

// ---------------------------------------------------------------------------------------------
// Bead comparison
// ---------------------------------------------------------------------------------------------

struct Ctx<'a> {
    /// Built on the first finding only (most pairs have none).
    src_lines: std::cell::OnceCell<LineIndex>,
    tgt_lines: std::cell::OnceCell<LineIndex>,
    src: &'a str,
    tgt: &'a str,
    opts: &'a CheckOptions,
    #[allow(dead_code)]
    src_lang: &'a str,
    #[allow(dead_code)]
    tgt_lang: &'a str,
}

/// Score at or above which two numeric mentions are the same fact.
const SAME_NUMBER: f32 = 0.5;

fn numeric_score(a: &Mention, b: &Mention) -> f32 {
    bitext_mentions::same_fact(a, b)
}

/// The approximation words point in opposite directions (более vs менее).
fn approx_flip(a: &Mention, b: &Mention) -> bool {
    match (a.number(), b.number()) {
        (Some(x), Some(y)) => x.approx.direction() * y.approx.direction() < 0,
        _ => false,
    }
}

/// Whether a name is evidence enough to report on its own.
fn name_evidence(n: &NameMention) -> bool {
    !n.sentence_initial
        && !n.title_case
        && !n.common
        && !n.derived
        && (n.kind != NameKind::Title || quoted_russian_name(n))
}

/// A mention made of ordinary words only, not a table entry: Russian ordinary nouns (партия
/// Возрождения, Святой Милостью), what a translated name looks like. Only Russian words are
/// looked up (there is no English vocabulary of that kind), so an English mention never is one.
fn ordinary_phrase(n: &NameMention) -> bool {
    // a lone word: a verbal noun or a verb (Возрождения, Объединиться), not a noun that
    // could be a foreign name too (Картер, Джонатан are also Russian words)
    let verbal = |w: &str| {
        let w = w.to_lowercase();
        [
            "ние", "ния", "нию", "нием", "нии", "тие", "тия", "тию", "тием", "тии", "ть", "ться",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    // every word ordinary, at least one of them a Russian ordinary word (one look-up each)
    let ordinary_words = || {
        let mut russian = false;
        let all = n.parts.iter().all(|p| {
            let o = bitext_mentions::names::is_russian_ordinary_word(&p.surface);
            russian |= o;
            p.common || o
        });
        all && russian
    };
    n.entity.is_none()
        && !n.sentence_initial
        && !n.title_case
        && matches!(n.kind, NameKind::Name | NameKind::Title)
        && ordinary_words()
        // several words: a quoted title or one ordinary word of the lists (партия, Святой);
        // a quoted word alone is a name as often («Ротора», «Зенит»)
        && ((n.parts.len() > 1 && (n.kind == NameKind::Title || n.parts.iter().any(|p| p.common)))
            || (n.parts.len() == 1 && verbal(&n.parts[0].surface)))
}

/// Strong evidence of a person or place name: a missing one is a warning, a leftover one
/// can be a swapped name.
fn strong_name(n: &NameMention) -> bool {
    name_evidence(n)
        && (matches!(n.kind, NameKind::Name | NameKind::Exonym) || quoted_russian_name(n))
}

/// A quoted title in Russian text («Зенит», «Циркон», «Манчестер Сити»): Russian puts the
/// names of teams, companies, ships and weapons in quotes, and a translation transliterates
/// them, so they are names, not translated titles.
fn quoted_russian_name(n: &NameMention) -> bool {
    // every word capitalised: «Зенит», «Манчестер Сити», but not the translated title
    // «Смерти вопреки»
    n.kind == NameKind::Title
        && n.surface
            .chars()
            .any(|c| matches!(c, 'А'..='я' | 'Ё' | 'ё'))
        && n.surface
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        // but a phrase of ordinary words («Руки Вверх») is usually translated (a single word,
        // «Зенит», is a name as often)
        && !(n.parts.len() > 1 && n.parts.iter().all(ordinary_part))
}

/// A word of a name that is an ordinary word: on a common-word list, or a Russian ordinary
/// noun or verb.
fn ordinary_part(p: &bitext_mentions::names::NamePart) -> bool {
    p.common || bitext_mentions::names::is_russian_ordinary_word(&p.surface)
}

#[allow(clippy::too_many_arguments)]
fn compare_bead(
    ctx: &Ctx<'_>,
    bead: usize,
    s: &[&Item],
    t: &[&Item],
    ns: &[&Item],
    nt: &[&Item],
    s_sents: &[Range<usize>],
    t_sents: &[Range<usize>],
    out: &mut Vec<Finding>,
) {
    let (sn, sa): (Vec<&Item>, Vec<&Item>) = s.iter().partition(|i| i.m.is_numeric());
    let (tn, ta): (Vec<&Item>, Vec<&Item>) = t.iter().partition(|i| i.m.is_numeric());
    compare_numbers(ctx, bead, &sn, &tn, ns, nt, out);
    let s_text = join_text(ctx.src, s_sents);
    let t_text = join_text(ctx.tgt, t_sents);
    compare_names(ctx, bead, &sa, &ta, ns, nt, &s_text, &t_text, out);
}

fn join_text(text: &str, sents: &[Range<usize>]) -> String {
    let mut s = String::new();
    for r in sents {
        s.push_str(&text[r.clone()]);
        s.push(' ');
    }
    s
}

/// Sorts scored pairs best first (ties by index, so the result is deterministic).
fn sort_pairs(pairs: &mut [(f32, usize, usize)]) {
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
}

/// Greedy best-first assignment over scored pairs: marks the chosen pairs in `ms`/`mt` and
/// returns them.
fn assign(
    pairs: &mut [(f32, usize, usize)],
    ms: &mut [bool],
    mt: &mut [bool],
    min: f32,
) -> Vec<(usize, usize)> {
    sort_pairs(pairs);
    let mut chosen = Vec::new();
    for &(sc, i, j) in pairs.iter() {
        if sc >= min && !ms[i] && !mt[j] {
            ms[i] = true;
            mt[j] = true;
            chosen.push((i, j));
        }
    }
    chosen
}

#[derive(PartialEq, Clone, Copy)]
enum NumClass {
    Number,
    Date,
    Time,
}

fn num_class(m: &Mention) -> NumClass {
    match m.kind {
        MentionKind::Date(_) => NumClass::Date,
        MentionKind::Time(_) => NumClass::Time,
        _ => NumClass::Number,
    }
}

fn compare_numbers(
    ctx: &Ctx<'_>,
    bead: usize,
    s: &[&Item],
    t: &[&Item],
    ns: &[&Item],
    nt: &[&Item],
    out: &mut Vec<Finding>,
) {
    if s.is_empty() && t.is_empty() {
        return;
    }
    let mut ms = vec![false; s.len()];
    let mut mt = vec![false; t.len()];
    let mut pairs = Vec::new();
    for (i, a) in s.iter().enumerate() {
        for (j, b) in t.iter().enumerate() {
            let sc = numeric_score(&a.m, &b.m);
            if sc > 0.0 {
                pairs.push((sc, i, j));
            }
        }
    }
    let mut matched = assign(&mut pairs, &mut ms, &mut mt, SAME_NUMBER);
    // Partial agreement (a range against one of its ends, the same value with a different
    // unit or approximation word): matched too, and judged below.
    matched.extend(assign(&mut pairs, &mut ms, &mut mt, f32::MIN_POSITIVE));
    matched.sort_unstable();
    for (i, j) in matched {
        if let Some((kind, sev, note)) = judge_pair(&s[i].m, &t[j].m) {
            out.push(finding(ctx, bead, kind, sev, Some(s[i]), Some(t[j]), note));
        }
    }
    // Leftovers: weak mentions are never reported.
    // Weak codes (COVID-19) take part in pairing only: a changed code is a finding, a
    // dropped one is not.
    let ls: Vec<usize> = (0..s.len())
        .filter(|&i| !ms[i] && (!s[i].m.weak || s[i].m.number().is_some()))
        .collect();
    let lt: Vec<usize> = (0..t.len())
        .filter(|&j| !mt[j] && (!t[j].m.weak || t[j].m.number().is_some()))
        .collect();
    // Pair leftovers of the same class as mismatches.
    let mut cand = Vec::new();
    for &i in &ls {
        for &j in &lt {
            if let Some(sc) = pairing_score(&s[i].m, &t[j].m) {
                cand.push((sc - (s[i].pos - t[j].pos).abs(), i, j));
            }
        }
    }
    let mut ps = vec![false; s.len()];
    let mut pt = vec![false; t.len()];
    let chosen = assign(&mut cand, &mut ps, &mut pt, f32::MIN);
    for &(i, j) in &chosen {
        let kind = if num_class(&s[i].m) == NumClass::Date && num_class(&t[j].m) == NumClass::Date {
            FindingKind::DateMismatch
        } else {
            FindingKind::NumberMismatch
        };
        out.push(finding(
            ctx,
            bead,
            kind,
            Severity::Error,
            Some(s[i]),
            Some(t[j]),
            "",
        ));
    }
    for &i in &ls {
        if ps[i] || s[i].m.weak {
            continue;
        }
        // a repeated mention whose twin was matched, or a clause moved to a neighbour bead
        let seen = t
            .iter()
            .chain(nt)
            .any(|b| numeric_score(&s[i].m, &b.m) >= SAME_NUMBER);
        if !seen {
            out.push(finding(
                ctx,
                bead,
                FindingKind::NumberMissing,
                lone_severity(&s[i].m),
                Some(s[i]),
                None,
                "",
            ));
        }
    }
    for &j in &lt {
        if pt[j] || t[j].m.weak {
            continue;
        }
        let seen = s
            .iter()
            .chain(ns)
            .any(|a| numeric_score(&a.m, &t[j].m) >= SAME_NUMBER);
        if !seen {
            out.push(finding(
                ctx,
                bead,
                FindingKind::NumberExtra,
                lone_severity(&t[j].m),
                None,
                Some(t[j]),
                "",
            ));
        }
    }
}

/// Severity of a number with no counterpart: a small number written in words without a unit
/// (`two sides`, `трое сыновей`) is often paraphrased away (`both`, `sons`), so it is only
/// info; anything else is a warning.
fn lone_severity(m: &Mention) -> Severity {
    match m.number() {
        Some(n) if n.words && n.unit.is_none() && n.value.abs() <= 10.0 => Severity::Info,
        _ => Severity::Warning,
    }
}

/// Checker policy for two mentions matched as the same fact: which partial agreements are
/// findings. A flipped approximation word, different values, a range against a single value
/// and a date that loses its day or month are; a missing year, unit or approximation word
/// is not.
fn judge_pair(a: &Mention, b: &Mention) -> Option<(FindingKind, Severity, &'static str)> {
    if approx_flip(a, b) {
        return Some((
            FindingKind::NumberMismatch,
            Severity::Error,
            "the approximation word changes the meaning",
        ));
    }
    let c = bitext_mentions::compare(a, b);
    let both_dates = num_class(a) == NumClass::Date && num_class(b) == NumClass::Date;
    if !c.value {
        let kind = if both_dates {
            FindingKind::DateMismatch
        } else {
            FindingKind::NumberMismatch
        };
        return Some((kind, Severity::Error, ""));
    }
    if let (Some(x), Some(y)) = (a.number(), b.number()) {
        if let (Some(hx), Some(hy)) = (x.high, y.high) {
            let close = |p: f64, q: f64| (p - q).abs() <= 1e-9 * p.abs().max(q.abs()).max(1.0);
            if !close(x.value, y.value) || !close(hx, hy) {
                return Some((
                    FindingKind::NumberMismatch,
                    Severity::Error,
                    "the ranges differ",
                ));
            }
        }
        if x.high.is_some() != y.high.is_some() {
            return Some((
                FindingKind::NumberMismatch,
                Severity::Warning,
                "a range on one side, a single value on the other",
            ));
        }
    }
    if let (MentionKind::Date(x), MentionKind::Date(y)) = (&a.kind, &b.kind) {
        if x.day.is_some() != y.day.is_some() || x.month.is_some() != y.month.is_some() {
            return Some((
                FindingKind::DateMismatch,
                Severity::Warning,
                "one side gives a more precise date",
            ));
        }
    }
    None
}

/// How plausible it is that two leftover numeric mentions are the same slot with a changed
/// value; `None` when they are of incompatible classes.
fn pairing_score(a: &Mention, b: &Mention) -> Option<f32> {
    let (ca, cb) = (num_class(a), num_class(b));
    if a.weak != b.weak {
        return None;
    }
    if a.weak {
        // weak leftovers pair only with their own sort: codes, or numbers of the same kind
        // and a compatible unit (`thousands of` / `millions of`, `Five Eyes` / `Шести глаз`,
        // `billions of pounds` / `триллионы фунтов`)
        match (a.number(), b.number()) {
            (Some(x), Some(y))
                if x.kind == y.kind
                    && (x.unit == y.unit || x.unit.is_none() || y.unit.is_none())
                    && x.words == y.words => {}
            _ => return None,
        }
    }
    let mut sc = 1.0;
    match (ca, cb) {
        (x, y) if x == y => sc += 1.0,
        (NumClass::Date, NumClass::Number) | (NumClass::Number, NumClass::Date) => {}
        _ => return None,
    }
    if let (Some(x), Some(y)) = (a.number(), b.number()) {
        if x.unit == y.unit {
            sc += 1.0;
        }
        if x.kind == y.kind {
            sc += 0.5;
        }
    }
    if let (MentionKind::Date(x), MentionKind::Date(y)) = (&a.kind, &b.kind) {
        if x.month.is_some() && x.month == y.month {
            sc += 1.0;
        }
        if x.day.is_some() && x.day == y.day {
            sc += 1.0;
        }
        if x.year.is_some() && x.year == y.year {
            sc += 1.0;
        }
    }
    Some(sc)
}

#[allow(clippy::too_many_arguments)]
fn compare_names(
    ctx: &Ctx<'_>,
    bead: usize,
    s: &[&Item],
    t: &[&Item],
    ns: &[&Item],
    nt: &[&Item],
    s_text: &str,
    t_text: &str,
    out: &mut Vec<Finding>,
) {
    if s.is_empty() && t.is_empty() {
        return;
    }
    let sn: Vec<&NameMention> = s.iter().filter_map(|i| i.name()).collect();
    let tn: Vec<&NameMention> = t.iter().filter_map(|i| i.name()).collect();
    // source mention i and target mention j do not match (how sure: `sev`)
    let name_pair = |i: usize, j: usize, sev: Severity, note: &str| {
        finding(
            ctx,
            bead,
            FindingKind::NameMismatch,
            sev,
            Some(s[i]),
            Some(t[j]),
            note,
        )
    };
    let name_error = |i: usize, j: usize, note: &str| name_pair(i, j, Severity::Error, note);
    // A side written in mis-decoded text (Cyrillic read as Latin-1: "Ñîåäèíåííûõ") names
    // nothing that can be compared: its near misses and leftovers, and those facing it, are
    // only info.
    let garbled = mis_decoded(s_text) || mis_decoded(t_text);
    let mut sim = vec![0f32; sn.len() * tn.len()];
    let mut pairs = Vec::new();
    for (i, a) in sn.iter().enumerate() {
        for (j, b) in tn.iter().enumerate() {
            let x = name_similarity(a, b);
            sim[i * tn.len() + j] = x;
            if x > 0.0 {
                pairs.push((x, i, j));
            }
        }
    }
    let mut ms = vec![false; sn.len()];
    let mut mt = vec![false; tn.len()];
    // equal scores (a repeated name) go to the occurrences at the closest positions
    pairs.sort_by(|a, b| {
        let d = |p: &(f32, usize, usize)| (s[p.1].pos - t[p.2].pos).abs();
        b.0.total_cmp(&a.0)
            .then(d(a).total_cmp(&d(b)))
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    let mut same = Vec::new();
    // the source name each target name was matched to
    let mut partner = vec![usize::MAX; tn.len()];
    for &(x, i, j) in pairs.iter() {
        if x >= SAME_NAME && !ms[i] && !mt[j] {
            ms[i] = true;
            mt[j] = true;
            partner[j] = i;
            same.push((i, j));
        }
    }
    // Source names that lost one of their words in the target: (source index, surname lost).
    let mut partial: Vec<(usize, bool)> = Vec::new();
    // Word keys of each side, computed on first use (the expensive part of the check).
    let t_keys = std::cell::OnceCell::new();
    let s_keys = std::cell::OnceCell::new();
    // Matched, but not exactly: a one-consonant slip still is a misspelling (Washington /
    // Washingdon score high because the skeleton distance is lenient).
    for (i, j) in same {
        if sim[i * tn.len() + j] < 0.999
            && (name_evidence(sn[i]) || name_evidence(tn[j]))
            && is_slip(sn[i], tn[j])
        {
            out.push(name_error(
                i,
                j,
                "looks like a misspelling (one consonant differs)",
            ));
        } else if let Some((k, surname)) = part_dropped(sn[i], tn[j]) {
            let lost = &sn[i].parts[k];
            let keys = t_keys.get_or_init(|| word_keys(t_text, ctx.tgt_lang));
            let kept = !name_evidence(sn[i])
                // a capital at the start of a sentence is no evidence of a first name (Слова
                // Пескова → Peskov's words)
                || (!surname && starts_sentence(ctx.src, s[i].m.span.start))
                // the lost word is elsewhere in the target (Калязина Тверской → Kalyazin in
                // Tver region): two names written side by side, not a dropped word
                || part_in_words(lost, keys, if surname { 3 } else { 4 })
                // the lost word is a name of its own in the target, written apart (Майкла
                // Джордана → Michael … Jordan, Габриэл Жезус → Gabriel … Jesus)
                || tn
                    .iter()
                    .flat_map(|b| b.parts.iter())
                    .any(|q| part_sim(lost, q) >= NEAR_MISS);
            if kept {
                continue;
            }
            // "Джорджа Флойда" → "George": a first name alone is a different reference
            // (reported below, unless the lost word was replaced by another name)
            partial.push((i, surname));
        }
    }
    // Term pairs from the config: a name satisfied by its configured rendering.
    let terms = &ctx.opts.config.terms;
    if !terms.is_empty() {
        for (i, a) in sn.iter().enumerate() {
            if !ms[i] && term_satisfied(a, terms.iter().map(|t| (&t.src, &t.tgt)), t_text) {
                ms[i] = true;
            }
        }
        for (j, b) in tn.iter().enumerate() {
            if !mt[j] && term_satisfied(b, terms.iter().map(|t| (&t.tgt, &t.src)), s_text) {
                mt[j] = true;
            }
        }
    }
    // A repeated name whose twin was matched is fine (unless it is a near miss: below).
    let dup_s: Vec<bool> = (0..sn.len())
        .map(|i| !ms[i] && (0..tn.len()).any(|j| sim[i * tn.len() + j] >= SAME_NAME))
        .collect();
    let dup_t: Vec<bool> = (0..tn.len())
        .map(|j| !mt[j] && (0..sn.len()).any(|i| sim[i * tn.len() + j] >= SAME_NAME))
        .collect();
    // Near misses (misspellings): leftover pairs in the band, best first; a leftover target
    // name may also misspell a source name that was matched elsewhere (a repeated name).
    let mut near: Vec<(f32, usize, usize)> = pairs
        .iter()
        .copied()
        .filter(|&(x, i, j)| {
            (0.2..SAME_NAME).contains(&x) && !ms[i] && !mt[j] && !dup_s[i] && !dup_t[j]
        })
        .map(|(x, i, j)| {
            // a one-consonant slip ranks above any transliteration-like near miss
            if is_slip(sn[i], tn[j]) {
                (x + 1.0, i, j)
            } else {
                (x, i, j)
            }
        })
        .filter(|&(x, _, _)| x >= NEAR_MISS)
        .collect();
    let mut us = vec![false; sn.len()];
    let mut ut = vec![false; tn.len()];
    sort_pairs(&mut near);
    for &(x, i, j) in &near {
        if us[i] || ut[j] {
            continue;
        }
        us[i] = true;
        ut[j] = true;
        let slip = x >= 1.0;
        let ev = !garbled && (name_evidence(sn[i]) || name_evidence(tn[j]));
        let (sev, note) = if slip && ev {
            (
                Severity::Error,
                "looks like a misspelling (one consonant differs)".to_string(),
            )
        } else if ev && part_replaced(sn[i], tn[j]) {
            (
                Severity::Error,
                "one word of the name is a different name".to_string(),
            )
        } else {
            (
                Severity::Info,
                format!(
                    "spelt differently (similarity {:.2}); a transliteration variant?",
                    if slip { x - 1.0 } else { x }
                ),
            )
        };
        out.push(name_pair(i, j, sev, &note));
    }
    // Below the near-miss band: two names of two words or more that share all words but
    // one, and that one is nothing alike (Парас Райкар / Виллиамса Райкара, Humza Yousaf /
    // Маказа Юсаф): one word of the name was replaced.
    if !garbled {
        for i in 0..sn.len() {
            // person-like names only: the words of a quoted title are often translated
            // («Адмирал флота Касатонов» → Admiral …)
            if ms[i] || us[i] || dup_s[i] || sn[i].parts.len() < 2 || sn[i].kind != NameKind::Name {
                continue;
            }
            let j = (0..tn.len()).find(|&j| {
                !mt[j]
                    && !ut[j]
                    && !dup_t[j]
                    && tn[j].kind == NameKind::Name
                    && sim[i * tn.len() + j] < NEAR_MISS
                    && (name_evidence(sn[i]) || name_evidence(tn[j]))
                    && part_replaced(sn[i], tn[j])
            });
            if let Some(j) = j {
                us[i] = true;
                ut[j] = true;
                // the same diagnosis as a replaced word inside the near-miss band
                out.push(name_error(i, j, "one word of the name is a different name"));
            }
        }
    }
    for (j, b) in tn.iter().enumerate() {
        if mt[j] || ut[j] || dup_t[j] {
            continue;
        }
        // misspelling of a repeated source name that was matched elsewhere
        let best = (0..sn.len())
            .filter(|&i| ms[i])
            .map(|i| (sim[i * tn.len() + j], i))
            .fold((0f32, usize::MAX), |a, b| if b.0 > a.0 { b } else { a });
        if !garbled
            && best.0 >= NEAR_MISS
            && best.0 < SAME_NAME
            && name_evidence(b)
            && is_slip(sn[best.1], b)
        {
            ut[j] = true;
            out.push(name_error(
                best.1,
                j,
                "looks like a misspelling (one consonant differs)",
            ));
        }
    }
    // Leftovers: not matched, not a near miss, not a repeated name, not in a neighbour bead,
    // and not written as an ordinary word on the other side.
    let strong = |n: &NameMention| !garbled && strong_name(n);
    // Leftovers that can only become info findings are skipped unless info is wanted (the
    // look-ups below are the expensive part of the check).
    // Quoted titles are often translated, so alone they are weak; opposite a
    // leftover name they can still be a swapped name (мальтийскую «Валетту» → "Minnesota").
    let pairable = |n: &NameMention| {
        strong(n)
            || (!garbled
                && !n.title_case
                && !n.common
                && (matches!(n.kind, NameKind::Title) || n.derived || n.sentence_initial))
    };
    let wanted = |n: &NameMention| ctx.opts.min_severity <= Severity::Info || pairable(n);
    let ls: Vec<usize> = (0..sn.len())
        .filter(|&i| !ms[i] && !us[i] && !dup_s[i] && wanted(sn[i]))
        .filter(|&i| {
            !nt.iter()
                .filter_map(|x| x.name())
                .any(|b| name_similarity(sn[i], b) >= SAME_NAME)
        })
        .filter(|&i| {
            !found_in_words(
                sn[i],
                t_keys.get_or_init(|| word_keys(t_text, ctx.tgt_lang)),
            )
        })
        .collect();
    let lt: Vec<usize> = (0..tn.len())
        .filter(|&j| !mt[j] && !ut[j] && !dup_t[j] && wanted(tn[j]))
        .filter(|&j| {
            !ns.iter()
                .filter_map(|x| x.name())
                .any(|a| name_similarity(a, tn[j]) >= SAME_NAME)
        })
        .filter(|&j| {
            !found_in_words(
                tn[j],
                s_keys.get_or_init(|| word_keys(s_text, ctx.src_lang)),
            )
        })
        .collect();
    // Target mentions made of ordinary words (see `ordinary_phrase`) are no swapped names.
    // (only for the unmatched ones: no other target mention is asked)
    let phrase_t: Vec<bool> = (0..tn.len())
        .map(|j| !mt[j] && !ut[j] && !dup_t[j] && ordinary_phrase(tn[j]))
        .collect();
    let lt_names: Vec<usize> = lt.iter().copied().filter(|&j| !phrase_t[j]).collect();
    // Swaps: a strong leftover person/place name on each side, paired by position.
    let mut cand = Vec::new();
    for &i in ls.iter().filter(|&&i| pairable(sn[i])) {
        for &j in lt_names.iter().filter(|&&j| pairable(tn[j])) {
            // a word capitalised only by its position pairs only with a name at the start of
            // the other sentence (Кианзад … / Халилзад …)
            let initial_ok = |n: &NameMention, other: f32| !n.sentence_initial || other < 0.1;
            if (strong(sn[i]) || strong(tn[j]))
                && initial_ok(sn[i], t[j].pos)
                && initial_ok(tn[j], s[i].pos)
            {
                cand.push((1.0 - (s[i].pos - t[j].pos).abs(), i, j));
            }
        }
    }
    let mut ps = vec![false; sn.len()];
    let mut pt = vec![false; tn.len()];
    // A repeated source name translated once, with a strong unexplained target name at the
    // place of the other occurrence (Sydney … Sydney / Корея … Сиднее): one was swapped.
    for i in (0..sn.len()).filter(|&i| dup_s[i] && strong(sn[i])) {
        for &j in &lt_names {
            if strong(tn[j]) && (s[i].pos - t[j].pos).abs() < 0.3 {
                cand.push((1.0 - (s[i].pos - t[j].pos).abs(), i, j));
            }
        }
    }
    // One word of a name replaced by another name that the extractor reads as a name of its
    // own (Михаил Мишустин → "Brazil Mishustin", Jonathan Ashworth → "Афганистан Эшворт"):
    // a strong leftover right beside a matched name that lost one of its words.
    for &j in &lt_names {
        if !strong(tn[j]) || tn[j].derived {
            continue;
        }
        let beside = (0..tn.len()).find(|&k| {
            partner[k] != usize::MAX
                && t[k].sent == t[j].sent
                && (tn[j].span.end + 1 == tn[k].span.start
                    || tn[k].span.end + 1 == tn[j].span.start)
        });
        let Some(k) = beside else { continue };
        let i = partner[k];
        if lost_a_word(sn[i], tn[k], tn[j]) {
            pt[j] = true;
            partial.retain(|&(x, _)| x != i);
            out.push(name_error(i, j, "one word of the name is a different name"));
        }
    }
    for (i, surname) in partial {
        out.push(finding(
            ctx,
            bead,
            FindingKind::NameMissing,
            Severity::Warning,
            Some(s[i]),
            None,
            if surname {
                "the target keeps only part of the name"
            } else {
                "the target drops the first name"
            },
        ));
    }
    for (i, j) in assign(&mut cand, &mut ps, &mut pt, f32::MIN) {
        out.push(name_error(i, j, ""));
    }
    // Translated names: a strong source leftover that no swap took, facing, at about the same place, an
    // unmatched target mention made of ordinary words only (Ennahdha / партия Возрождения):
    // the translator translated the name. Only info. (Not the other
    // way round: Russian quotes names made of ordinary words, «Зенит», that translations
    // transliterate, so such a source name facing a target name can be a swap.)
    let mut explained = vec![false; sn.len()];
    let mut translated = vec![false; tn.len()];
    let mut tc = Vec::new();
    // (every unmatched source mention takes part, weak ones too, whatever severity is
    // wanted, so that the quoted title a phrase translates claims it first: "Wall of Moms" /
    // «Стена Матерей», not Oregon)
    let unmatched_s = (0..sn.len()).filter(|&i| {
        !ms[i] && !us[i] && !dup_s[i] && !ps[i] && (ls.contains(&i) || !wanted(sn[i]))
    });
    for i in unmatched_s {
        for j in (0..tn.len()).filter(|&j| phrase_t[j]) {
            let d = (s[i].pos - t[j].pos).abs();
            if d <= 0.25 {
                tc.push((1.0 - d, i, j));
            }
        }
    }
    for (i, j) in assign(&mut tc, &mut explained, &mut translated, f32::MIN) {
        if !strong(sn[i]) {
            continue;
        }
        out.push(name_pair(
            i,
            j,
            Severity::Info,
            "translated as ordinary words?",
        ));
    }
    // A missing person or place name is a warning; acronyms, table entries and weakly
    // evidenced names are often translated (ВМФ → Navy), so they are only info. An extra
    // name in the target is usually an explanation the translator added: info.
    for &i in &ls {
        if ps[i] || explained[i] {
            continue;
        }
        let sev = if strong(sn[i]) {
            Severity::Warning
        } else {
            Severity::Info
        };
        out.push(finding(
            ctx,
            bead,
            FindingKind::NameMissing,
            sev,
            Some(s[i]),
            None,
            "",
        ));
    }
    for &j in &lt {
        if pt[j] || translated[j] {
            continue;
        }
        out.push(finding(
            ctx,
            bead,
            FindingKind::NameExtra,
            Severity::Info,
            None,
            Some(t[j]),
            "",
        ));
    }
}

/// Text in a Cyrillic script decoded as Latin-1 or Windows-1252 ("Ñîåäèíåííûõ Øòàòàõ"): at
/// least two words made mostly of letters from À–ÿ. Real accented words have one or two such
/// letters (Lourenço, Müller, Ελλάδα is not in that block).
fn mis_decoded(text: &str) -> bool {
    // À–ÿ are the two-byte sequences C3 80–C3 BF: most texts have none
    if !text.as_bytes().contains(&0xC3) {
        return false;
    }
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            let n = w.chars().count();
            let hi = w.chars().filter(|c| matches!(c, 'À'..='ÿ')).count();
            hi >= 3 && hi * 3 >= n * 2
        })
        .nth(1)
        .is_some()
}

/// Skeleton keys of every word of a text (and of its candidate base forms), so a name can be
/// found even where the other side does not write it as a name (`пакистанский`, `твиттере`).
fn word_keys(text: &str, lang: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let words = text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|w| w.trim_matches(|c: char| c == '-' || c == '\''));
    // a hyphenated word also gives its pieces (болгарско-греческой, захватчики-Моголы)
    let pieces = words
        .clone()
        .filter(|w| w.contains('-'))
        .flat_map(|w| w.split('-'));
    for w in words.chain(pieces) {
        // short function words name nothing (India's key stem "and" would match "and");
        // longer stop words are titles (President), which names may be written as
        let n = w.chars().count();
        if n < 3 || (n <= 4 && bitext_mentions::names::is_function_word(w)) {
            continue;
        }
        let mut cap = String::with_capacity(w.len());
        let mut it = w.chars();
        if let Some(f) = it.next() {
            cap.extend(f.to_uppercase());
            cap.push_str(it.as_str());
        }
        for b in bitext_mentions::names::base_forms(&cap, lang) {
            let k = bitext_mentions::names::name_key(&b);
            if k.len() >= 2 && !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// Consonant pairs of realistic one-letter slips in names (voicing, liquids, nasals,
/// sibilants), on the skeleton keys of `bitext_mentions::names::name_key`. `s`/`z` and
/// `v`/`f` are left out: transliterations alternate them (Brexit / Брекзит, Prosa / Проза).
const SLIPS: [(char, char); 9] = [
    ('p', 'b'),
    ('t', 'd'),
    ('k', 'g'),
    ('k', 'G'),
    ('l', 'r'),
    ('m', 'n'),
    ('s', 'S'),
    ('s', 'C'),
    // ts / tch (Sovetsk / Sovetchk): the skeleton folds ts to c and tch to C
    ('c', 'C'),
];

/// Similarity a slip-repaired key must reach (key classes such as the soft English `g` keep
/// exact transliterations just below 1.0).
const SLIP_FIXED: f32 = 0.85;

/// Keys of `k` with one consonant replaced by its slip partner.
fn slip_variants(k: &str) -> Vec<String> {
    let chars: Vec<char> = k.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        // German st/sp is rendered шт/шп (Kronstadt / Кронштадт, Pfannenstiel / Пфанненштиль)
        let germanic = matches!(chars.get(i + 1), Some('t' | 'p'));
        for &(x, y) in &SLIPS {
            if germanic && (x, y) == ('s', 'S') {
                continue;
            }
            let r = if c == x {
                y
            } else if c == y {
                x
            } else {
                continue;
            };
            let mut v = chars.clone();
            v[i] = r;
            // a slip next to the same letter reads as a double letter (Коррейю / Колрейю)
            v.dedup();
            out.push(v.into_iter().collect());
        }
    }
    out
}

/// Whether one consonant slip in one part of either name turns them into the same name
/// (Peskov / Pechkov, Песков / Пешков), as opposed to a transliteration variant
/// (Leicester / Лестер) that no single slip explains.
fn is_slip(a: &NameMention, b: &NameMention) -> bool {
    let sim = |x: &str, y: &str| bitext_mentions::names::key_similarity(x, y);
    // keys of a part, then the keys of its derivational stems (Ставропольском → Ставрополь
    // against Stavrobol)
    fn keys(p: &bitext_mentions::names::NamePart) -> impl Iterator<Item = &String> {
        p.keys().iter().chain(p.derived_keys())
    }
    for (p, q) in [(a, b), (b, a)] {
        let qkeys: Vec<&String> = q.parts.iter().flat_map(keys).collect();
        for pp in &p.parts {
            for kp in keys(pp).filter(|k| k.len() >= 3) {
                // the best counterpart part as it is, and after one slip
                let before = qkeys.iter().map(|kq| sim(kp, kq)).fold(0f32, f32::max);
                if before >= 1.0 {
                    continue; // this part already agrees
                }
                for v in slip_variants(kp) {
                    let after = qkeys.iter().map(|kq| sim(&v, kq)).fold(0f32, f32::max);
                    if after >= SLIP_FIXED && after >= before + 0.1 {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Both names have the same proper parts but one, which nothing on the other side resembles
/// (Рахим Стерлинг / Podem Sterling): one word of the name was replaced.
fn part_replaced(a: &NameMention, b: &NameMention) -> bool {
    use bitext_mentions::names::NamePart;
    fn best(p: &NamePart, other: &[&NamePart]) -> f32 {
        other.iter().map(|q| part_sim(p, q)).fold(0f32, f32::max)
    }
    fn proper(n: &NameMention) -> Vec<&NamePart> {
        n.parts
            .iter()
            .filter(|p| !p.common && p.surface.chars().count() >= 3)
            .collect()
    }
    let (pa, pb) = (proper(a), proper(b));
    if pa.len() < 2 || pa.len() != pb.len() {
        return false;
    }
    let lone_a = pa.iter().filter(|p| best(p, &pb) < 0.3).count();
    let lone_b = pb.iter().filter(|q| best(q, &pa) < 0.3).count();
    let same_a = pa.iter().filter(|p| best(p, &pb) >= SAME_NAME).count();
    lone_a == 1 && lone_b == 1 && same_a == pa.len() - 1
}

/// A person-like source name (first name + surname) matched by a target name that kept only
/// one of its words, and the other word is not the leftover name `other` either (Майкла
/// Джордана / "Michael" + "Jordan" read as two names is fine).
fn lost_a_word(src: &NameMention, tgt: &NameMention, other: &NameMention) -> bool {
    let proper = |n: &NameMention| n.parts.iter().filter(|p| !p.common).count();
    if src.kind != NameKind::Name
        || src.entity.is_some()
        || src.parts.len() != 2
        || proper(src) != 2
        || tgt.parts.len() != 1
    {
        return false;
    }
    let sim = part_sim;
    let lost = match (
        sim(&src.parts[0], &tgt.parts[0]),
        sim(&src.parts[1], &tgt.parts[0]),
    ) {
        (a, b) if a >= SAME_NAME && b < NEAR_MISS => &src.parts[1],
        (a, b) if b >= SAME_NAME && a < NEAR_MISS => &src.parts[0],
        _ => return false,
    };
    other.parts.iter().all(|q| sim(lost, q) < NEAR_MISS)
}

/// A person-like source name (first names + surname) matched by a target name that lost one
/// of its words: the index of the lost part in `src.parts` and whether it is the surname. A lost surname
/// (George Floyd / Джорджа, Шах Мехмуд Куреши / Шах Мехмуд) leaves a different reference;
/// a lost first name (Киану Ривзом / Reeves) is reported too.
fn part_dropped(src: &NameMention, tgt: &NameMention) -> Option<(usize, bool)> {
    // person-like: proper words of three letters or more, no acronym, not a table entry; a
    // title word may stand in front (Capt Samuel Brown)
    let proper: Vec<usize> = (0..src.parts.len())
        .filter(|&k| !src.parts[k].common)
        .collect();
    let tproper: Vec<&bitext_mentions::names::NamePart> =
        tgt.parts.iter().filter(|p| !p.common).collect();
    if src.kind != NameKind::Name
        || src.entity.is_some()
        || src.surface.contains('-')
        || !(2..=3).contains(&proper.len())
        || tproper.is_empty()
        || tproper.len() >= proper.len()
        || proper.iter().any(|&k| {
            let w = &src.parts[k].surface;
            w.chars().count() < 3 || is_acronym(w)
        })
    {
        return None;
    }
    let best = |k: usize| {
        tproper
            .iter()
            .map(|q| part_sim(&src.parts[k], q))
            .fold(0f32, f32::max)
    };
    // every target word is one of the source words, exactly one source word has no trace
    if !tproper.iter().all(|q| {
        proper
            .iter()
            .any(|&k| part_sim(&src.parts[k], q) >= SAME_NAME)
    }) {
        return None;
    }
    let lost: Vec<usize> = proper
        .iter()
        .copied()
        .filter(|&k| best(k) < NEAR_MISS)
        .collect();
    let first_name = |w: &str| {
        // one capital (not МИДа), not a Russian ordinary word (Губернатора Иркутской)
        w.chars().filter(|c| c.is_uppercase()).count() == 1
            && !bitext_mentions::names::is_russian_ordinary_word(w)
    };
    match lost[..] {
        [k] if k == *proper.last()? => Some((k, true)),
        [k] if k == proper[0] && proper.len() == 2 && first_name(&src.parts[k].surface) => {
            Some((k, false))
        }
        _ => None,
    }
}

/// Whether only punctuation or spaces stand between the start of the sentence (or the text)
/// and byte `at` of `text`.
fn starts_sentence(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .rev()
        .find(|c| c.is_alphanumeric() || matches!(c, '.' | '!' | '?' | '…' | '\n'))
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether every proper part of the name occurs (transliterated, inflected or as the stem of a
/// derived word) among the word keys of the other side.
fn found_in_words(n: &NameMention, keys: &[String]) -> bool {
    let any_proper = n.parts.iter().any(|p| !p.common);
    // an acronym beside a word of the name is often spelt out in translation (Sydney CBD →
    // деловой центр Сиднея): the other words must be found, the acronym need not
    let acronym = |p: &bitext_mentions::names::NamePart| {
        (2..=5).contains(&p.surface.len()) && p.surface.bytes().all(|b| b.is_ascii_uppercase())
    };
    let wordy = n.parts.iter().any(|p| !p.common && !acronym(p));
    n.parts
        .iter()
        .filter(|p| !any_proper || !p.common)
        .filter(|p| !wordy || !acronym(p))
        .all(|p| part_in_words(p, keys, 3))
}

/// Whether one word of a name occurs among the word keys of the other side (see
/// [`found_in_words`]).
/// A prefix of a word key counts when the part's stem has at least `min_stem` symbols.
fn part_in_words(p: &bitext_mentions::names::NamePart, keys: &[String], min_stem: usize) -> bool {
    // a Russian place adjective also stands for the place it was made from when the
    // suffix was simply added (Тверской → Твер(ь), Ростовской → Ростов): the
    // translation often writes the place (Tver Region)
    let bare = p
        .bases
        .iter()
        .filter_map(|b| b.strip_suffix("ск"))
        .filter(|b| b.chars().count() >= 3)
        .map(bitext_mentions::names::name_key);
    let own = p.keys().iter().cloned().chain(bare);
    own.filter(|pk| pk.len() >= 3).any(|pk| {
        let pk = pk.as_str();
        let stem = pk.trim_end_matches('a');
        keys.iter().any(|wk| {
            // skeletons of very different length cannot be the same name
            if wk.len() * 2 < stem.len() || stem.len() * 3 < wk.len() {
                return false;
            }
            (stem.len() >= min_stem && wk.starts_with(stem))
                || bitext_mentions::names::key_similarity(pk, wk) >= SAME_NAME
                // the stem against a prefix of a derived word, one symbol of slack either
                // way (Watford / уотфордская)
                || (stem.len() >= 4
                    // a derived word starts as the name does, perhaps without its w/h
                    // (уотфордская / Watford), but adds no sound before it (agreement is no
                    // word of German)
                    && (wk.as_bytes().first() == stem.as_bytes().first()
                        || matches!(stem.as_bytes().first(), Some(b'w' | b'H')))
                    && (stem.len() - 1..=stem.len() + 1).any(|n| {
                        wk.len() > n
                            && wk.is_char_boundary(n)
                            && bitext_mentions::names::key_similarity(stem, &wk[..n]) >= SAME_NAME
                    }))
        })
    })
}

/// The name matches the first side of a term and the other text contains the second side.
fn term_satisfied<'a>(
    n: &NameMention,
    terms: impl Iterator<Item = (&'a String, &'a String)>,
    other_text: &str,
) -> bool {
    let surf = n.surface.to_lowercase();
    let base = n.base.to_lowercase();
    for (mine, theirs) in terms {
        let stem = config::term_stem(mine);
        if stem.is_empty() || !(surf.contains(&stem) || base.contains(&stem)) {
            continue;
        }
        let other = config::term_stem(theirs);
        if !other.is_empty() && other_text.to_lowercase().contains(&other) {
            return true;
        }
    }
    false
}

// ---------------------------------------------------------------------------------------------
// Findings and values
// ---------------------------------------------------------------------------------------------

fn side(text: &str, lines: &LineIndex, it: &Item) -> Side {
    let (line, column) = lines.line_col(text, it.m.span.start);
    let r = clamp(text, it.m.span.clone());
    Side {
        sentence: it.sent,
        start: r.start,
        end: r.end,
        line,
        column,
        text: text[r].to_string(),
        value: value_of(&it.m),
    }
}

/// `r` limited to `text` and widened to character boundaries.
pub(crate) fn clamp(text: &str, r: Range<usize>) -> Range<usize> {
    let mut a = r.start.min(text.len());
    let mut b = r.end.min(text.len()).max(a);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b += 1;
    }
    a..b
}

/// The mention with a little context: up to the end of the next word, and for a number with
/// an approximation word up to two words before it (`более 500 россиян`).
fn context(text: &str, m: &Mention) -> String {
    let mut r = clamp(text, m.span.clone());
    if m.number().is_some_and(|n| n.approx != Approx::Exact) {
        let before = &text[..r.start];
        let mut start = r.start;
        let mut words = 0;
        let mut in_word = false;
        for (k, c) in before.char_indices().rev() {
            if c.is_alphabetic() {
                in_word = true;
                start = k;
            } else if c == ' ' || c == '\u{a0}' {
                if in_word {
                    words += 1;
                    in_word = false;
                    if words == 2 {
                        break;
                    }
                }
            } else {
                break;
            }
            if r.start - k > 30 {
                break;
            }
        }
        r.start = start;
    }
    let rest = &text[r.end..];
    let mut end = r.end;
    let mut seen_word = false;
    for (k, c) in rest.char_indices() {
        if c.is_alphanumeric() {
            seen_word = true;
        } else if seen_word || !(c == ' ' || c == '\u{a0}') || k > 3 {
            end = r.end + k;
            break;
        }
        end = r.end + k + c.len_utf8();
        if end - r.end > 40 {
            break;
        }
    }
    let end = clamp(text, r.end..end).end;
    text[r.start..end].trim().to_string()
}

fn finding(
    ctx: &Ctx<'_>,
    bead: usize,
    kind: FindingKind,
    severity: Severity,
    s: Option<&Item>,
    t: Option<&Item>,
    note: &str,
) -> Finding {
    let src = s.map(|i| {
        side(
            ctx.src,
            ctx.src_lines.get_or_init(|| LineIndex::new(ctx.src)),
            i,
        )
    });
    let tgt = t.map(|i| {
        side(
            ctx.tgt,
            ctx.tgt_lines.get_or_init(|| LineIndex::new(ctx.tgt)),
            i,
        )
    });
    let sc = s.map(|i| context(ctx.src, &i.m));
    let tc = t.map(|i| context(ctx.tgt, &i.m));
    let what = if kind.is_name() {
        "name"
    } else {
        match s.or(t).map(|i| num_class(&i.m)) {
            Some(NumClass::Date) => "date",
            Some(NumClass::Time) => "time",
            _ => "number",
        }
    };
    let mut message = match (&src, &tgt) {
        (Some(a), Some(b)) => format!(
            "source has {} ({}), target has {} ({})",
            a.value,
            sc.unwrap_or_default(),
            b.value,
            tc.unwrap_or_default()
        ),
        (Some(a), None) => format!(
            "source has {what} {} ({}), target has no counterpart",
            a.value,
            sc.unwrap_or_default()
        ),
        (None, Some(b)) => format!(
            "target has {what} {} ({}), source has no counterpart",
            b.value,
            tc.unwrap_or_default()
        ),
        (None, None) => String::new(),
    };
    if !note.is_empty() {
        message.push_str(": ");
        message.push_str(note);
    }
    Finding {
        kind,
        severity,
        bead,
        src,
        tgt,
        message,
    }
}

fn fmt_num(v: f64) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    if v.fract() == 0.0 && v.abs() < 10_000.0 {
        format!("{v:.0}")
    } else if v.fract() == 0.0 && v.abs() < 1e18 {
        let n = v.abs() as u64;
        let digits = n.to_string();
        let mut s = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 {
                s.push(',');
            }
            s.push(c);
        }
        if v < 0.0 {
            s.insert(0, '-');
        }
        s
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A language-neutral display of a mention's normalised value.
fn value_of(m: &Mention) -> String {
    match &m.kind {
        MentionKind::Number(n) => {
            let mut s = String::new();
            let a = match n.approx {
                Approx::Exact => "",
                Approx::About => "about ",
                Approx::Nearly => "nearly ",
                Approx::MoreThan => "more than ",
                Approx::AtLeast => "at least ",
                Approx::LessThan => "less than ",
                Approx::AtMost => "up to ",
            };
            s.push_str(a);
            s.push_str(&fmt_num(n.value));
            if let Some(h) = n.high {
                s.push('–');
                s.push_str(&fmt_num(h));
            }
            match n.kind {
                bitext_mentions::NumberKind::Ordinal => s.push_str(" (ordinal)"),
                bitext_mentions::NumberKind::Multiplier => s.push_str(" times"),
                _ => {}
            }
            if let Some(u) = n.unit {
                if u == bitext_mentions::Unit::Percent {
                    s.push('%');
                } else {
                    s.push(' ');
                    s.push_str(&format!("{u:?}").to_lowercase());
                }
            }
            s
        }
        MentionKind::Date(d) => {
            let mut parts: Vec<String> = Vec::new();
            if let Some(day) = d.day {
                parts.push(day.to_string());
            }
            if let Some(mo) = d.month {
                if let Some(name) = MONTHS.get(usize::from(mo).wrapping_sub(1)) {
                    parts.push((*name).to_string());
                }
            }
            if let Some(y) = d.year {
                parts.push(y.to_string());
            }
            if let Some(dec) = d.decade {
                parts.push(format!("{dec}s"));
            }
            if let Some(c) = d.century {
                parts.push(format!("century {c}"));
            }
            if parts.is_empty() {
                "date".to_string()
            } else {
                parts.join(" ")
            }
        }
        MentionKind::Time(t) => format!("{:02}:{:02}", t.minutes / 60, t.minutes % 60),
        MentionKind::Name(n) => n.base.clone(),
    }
}
