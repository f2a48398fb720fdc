//! Human (rustc-style) and stable plain-text rendering of a [`CheckReport`].

use std::fmt::Write;
use std::ops::Range;

use crate::{CheckReport, Finding, Severity, Side};

/// 1-based line and column (in characters) of byte offset `at` in `text`. Offsets past the
/// end or inside a character are clamped.
///
/// ```
/// assert_eq!(bitext_check::line_col("ab\nвгд", 7), (2, 3));
/// assert_eq!(bitext_check::line_col("", 10), (1, 1));
/// ```
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    LineIndex::new(text).line_col(text, at)
}

/// Line starts of a text, for many [`line_col`] look-ups in O(log n) each.
///
/// ```
/// let text = "ab\nвгд\n";
/// let idx = bitext_check::LineIndex::new(text);
/// assert_eq!(idx.line_col(text, 7), (2, 3));
/// assert_eq!(idx.line_col(text, 0), (1, 1));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of byte offset `at` in `text` (the text this
    /// index was built from); offsets past the end or inside a character are clamped.
    pub fn line_col(&self, text: &str, at: usize) -> (usize, usize) {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= at).max(1);
        let start = self.starts[line - 1].min(at);
        (line, text[start..at].chars().count() + 1)
    }
}

/// Longest sentence excerpt shown, in characters.
const WINDOW: usize = 120;

/// The sentence containing a span, flattened to one line and cut to a window around the span:
/// `(excerpt, caret column in chars, caret width in chars)`.
fn excerpt(text: &str, sent: &Range<usize>, span: Option<&Range<usize>>) -> (String, usize, usize) {
    let sent = crate::clamp(text, sent.clone());
    let s = &text[sent.clone()];
    let chars: Vec<char> = s
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let (a, b) = match span {
        Some(sp) => {
            let sp = crate::clamp(
                text,
                sp.start.max(sent.start)..sp.end.min(sent.end).max(sp.start.max(sent.start)),
            );
            let a = text[sent.start..sp.start].chars().count();
            let b = a + text[sp.clone()].chars().count();
            (a, b)
        }
        None => (0, 0),
    };
    if chars.len() <= WINDOW {
        return (chars.iter().collect(), a, (b - a).max(1));
    }
    let width = (b - a).min(WINDOW);
    let room = WINDOW - width;
    let mut from = a.saturating_sub(room / 2);
    let to = (from + WINDOW).min(chars.len());
    from = to.saturating_sub(WINDOW).min(from);
    let mut out = String::new();
    let mut col = a - from;
    if from > 0 {
        out.push('…');
        col += 1;
    }
    out.extend(&chars[from..to]);
    if to < chars.len() {
        out.push('…');
    }
    (out, col, width.max(1))
}

/// The source and target views of finding `f`: each file with the sentences of its bead.
fn side_views<'a>(
    report: &'a CheckReport,
    f: &Finding,
    (src_lines, src_name, src_text): (&'a LineIndex, &'a str, &'a str),
    (tgt_lines, tgt_name, tgt_text): (&'a LineIndex, &'a str, &'a str),
) -> (SideView<'a>, SideView<'a>) {
    let bead = report.beads.get(f.bead);
    (
        SideView {
            lines: src_lines,
            name: src_name,
            text: src_text,
            sents: &report.src_sentences,
            bead_sents: bead.and_then(|b| sentences_range(&report.src_sentences, &b.src)),
        },
        SideView {
            lines: tgt_lines,
            name: tgt_name,
            text: tgt_text,
            sents: &report.tgt_sentences,
            bead_sents: bead.and_then(|b| sentences_range(&report.tgt_sentences, &b.tgt)),
        },
    )
}

/// Byte range of the sentences `r` of a side (the whole bead side), or of sentence `i`.
fn sentences_range(sents: &[Range<usize>], r: &Range<usize>) -> Option<Range<usize>> {
    let first = sents.get(r.start)?;
    let last = sents.get(r.end.checked_sub(1)?)?;
    Some(first.start..last.end)
}

fn sentence_of(sents: &[Range<usize>], side: &Side, text: &str) -> Range<usize> {
    sents.get(side.sentence).cloned().unwrap_or(0..text.len())
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn sev_code(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    }
}

struct SideView<'a> {
    lines: &'a LineIndex,
    name: &'a str,
    text: &'a str,
    sents: &'a [Range<usize>],
    bead_sents: Option<Range<usize>>,
}

fn human_side(
    out: &mut String,
    p: &Paint,
    f: &Finding,
    side: Option<&Side>,
    v: &SideView<'_>,
    gutter: usize,
) {
    let blue = |s: &str| p.wrap("1;34", s);
    match side {
        Some(sd) => {
            let _ = writeln!(
                out,
                "{:>gutter$}{} {}:{}:{}",
                "",
                blue("-->"),
                v.name,
                sd.line,
                sd.column
            );
            let sent = sentence_of(v.sents, sd, v.text);
            let (ex, col, w) = excerpt(v.text, &sent, Some(&(sd.start..sd.end)));
            let (line, _) = v.lines.line_col(v.text, sent.start);
            let _ = writeln!(out, "{:>gutter$} {}", "", blue("|"));
            let _ = writeln!(
                out,
                "{} {} {}",
                blue(&format!("{line:>gutter$}")),
                blue("|"),
                ex
            );
            let carets = format!("{}{} {}", " ".repeat(col), "^".repeat(w), sd.value);
            let _ = writeln!(
                out,
                "{:>gutter$} {} {}",
                "",
                blue("|"),
                p.wrap(sev_code(f.severity), &carets)
            );
        }
        None => match &v.bead_sents {
            Some(r) => {
                let (line, col) = v.lines.line_col(v.text, r.start);
                let _ = writeln!(
                    out,
                    "{:>gutter$}{} {}:{}:{} (no counterpart here)",
                    "",
                    blue("-->"),
                    v.name,
                    line,
                    col
                );
                let (ex, _, _) = excerpt(v.text, r, None);
                let _ = writeln!(out, "{:>gutter$} {}", "", blue("|"));
                let _ = writeln!(
                    out,
                    "{} {} {}",
                    blue(&format!("{line:>gutter$}")),
                    blue("|"),
                    ex
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "{:>gutter$}{} {} (no aligned sentence)",
                    "",
                    blue("-->"),
                    v.name
                );
            }
        },
    }
}

/// Renders the findings for people, in the style of rustc diagnostics: a header with the kind
/// and message, then `file:line:col` and the sentence of each side with carets under the
/// mention, and a summary line. `color` adds ANSI colours (the caller decides: terminal,
/// `NO_COLOR`).
///
/// ```
/// use bitext_check::{check_texts, render_human, CheckOptions};
/// let (ru, en) = ("Погибли 8 человек.", "Seven people died.");
/// let r = check_texts(ru, en, "ru", "en", &CheckOptions::default());
/// let s = render_human(&r, "ru.txt", "en.txt", ru, en, false);
/// assert!(s.starts_with("error[number-mismatch]: source has 8 (8 человек), target has 7 (Seven people)"));
/// assert!(s.contains("--> ru.txt:1:9") && s.contains("^ 8"));
/// ```
pub fn render_human(
    report: &CheckReport,
    src_name: &str,
    tgt_name: &str,
    src_text: &str,
    tgt_text: &str,
    color: bool,
) -> String {
    let p = Paint { on: color };
    let mut out = String::new();
    let (src_lines, tgt_lines) = (LineIndex::new(src_text), LineIndex::new(tgt_text));
    let max_line = src_text
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        .max(tgt_text.bytes().filter(|&b| b == b'\n').count())
        + 1;
    let gutter = max_line.to_string().len();
    for f in &report.findings {
        let head = format!("{}[{}]", f.severity.as_str(), f.kind.as_str());
        let _ = writeln!(
            out,
            "{}{}",
            p.wrap(sev_code(f.severity), &head),
            p.wrap("1", &format!(": {}", f.message))
        );
        let (sv, tv) = side_views(
            report,
            f,
            (&src_lines, src_name, src_text),
            (&tgt_lines, tgt_name, tgt_text),
        );
        human_side(&mut out, &p, f, f.src.as_ref(), &sv, gutter);
        human_side(&mut out, &p, f, f.tgt.as_ref(), &tv, gutter);
        out.push('\n');
    }
    out.push_str(&p.wrap("1", &summary(report)));
    out.push('\n');
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary(report: &CheckReport) -> String {
    let (e, w, i) = report.counts();
    let beads = plural(report.beads.len(), "bead", "beads");
    let sentences = format!(
        "{} / {}",
        plural(
            report.src_sentences.len(),
            "source sentence",
            "source sentences"
        ),
        plural(
            report.tgt_sentences.len(),
            "target sentence",
            "target sentences"
        ),
    );
    if report.findings.is_empty() {
        return format!("no findings ({beads}, {sentences})");
    }
    format!(
        "{} ({}, {}, {}) in {beads} ({sentences})",
        plural(report.findings.len(), "finding", "findings"),
        plural(e, "error", "errors"),
        plural(w, "warning", "warnings"),
        plural(i, "info", "infos"),
    )
}

fn report_side(out: &mut String, label: &str, side: Option<&Side>, v: &SideView<'_>) {
    match side {
        Some(sd) => {
            let _ = writeln!(
                out,
                "  {label}: {}:{}:{} sentence {} {:?} = {}",
                v.name,
                sd.line,
                sd.column,
                sd.sentence + 1,
                sd.text,
                sd.value
            );
            let sent = sentence_of(v.sents, sd, v.text);
            let (ex, col, w) = excerpt(v.text, &sent, Some(&(sd.start..sd.end)));
            let _ = writeln!(out, "    | {ex}");
            let _ = writeln!(out, "    | {}{}", " ".repeat(col), "^".repeat(w));
        }
        None => match &v.bead_sents {
            Some(r) => {
                let (line, col) = v.lines.line_col(v.text, r.start);
                let _ = writeln!(out, "  {label}: {}:{}:{} no counterpart", v.name, line, col);
                let (ex, _, _) = excerpt(v.text, r, None);
                let _ = writeln!(out, "    | {ex}");
            }
            None => {
                let _ = writeln!(out, "  {label}: {} no aligned sentence", v.name);
            }
        },
    }
}

/// Renders a stable plain-text report, designed for snapshot tests: no colours, no timings,
/// only the display names the caller passes. One block per finding (kind, severity, both
/// sides' `line:col`, sentence number, mention and value, the sentence with carets, the
/// message), then a summary line.
///
/// ```
/// use bitext_check::{check_texts, render_report, CheckOptions};
/// let (ru, en) = ("Погибли 8 человек.", "Seven people died.");
/// let r = check_texts(ru, en, "ru", "en", &CheckOptions::default());
/// let s = render_report(&r, "ru.txt", "en.txt", ru, en);
/// assert!(s.contains("#1 number-mismatch (error), bead 1"));
/// assert!(s.ends_with("1 finding (1 error, 0 warnings, 0 infos) in 1 bead (1 source sentence / 1 target sentence)\n"));
/// ```
pub fn render_report(
    report: &CheckReport,
    src_name: &str,
    tgt_name: &str,
    src_text: &str,
    tgt_text: &str,
) -> String {
    let mut out = String::new();
    let (src_lines, tgt_lines) = (LineIndex::new(src_text), LineIndex::new(tgt_text));
    let _ = writeln!(out, "check {src_name} -> {tgt_name}");
    out.push('\n');
    for (k, f) in report.findings.iter().enumerate() {
        let _ = writeln!(
            out,
            "#{} {} ({}), bead {}",
            k + 1,
            f.kind.as_str(),
            f.severity.as_str(),
            f.bead + 1
        );
        let (sv, tv) = side_views(
            report,
            f,
            (&src_lines, src_name, src_text),
            (&tgt_lines, tgt_name, tgt_text),
        );
        report_side(&mut out, "source", f.src.as_ref(), &sv);
        report_side(&mut out, "target", f.tgt.as_ref(), &tv);
        let _ = writeln!(out, "  message: {}", f.message);
        out.push('\n');
    }
    out.push_str(&summary(report));
    out.push('\n');
    out
}
