//! `bitext align`.

use std::io::{BufWriter, Write};
use std::ops::Range;
use std::path::PathBuf;

use anyhow::Result;
use bitext_align::{align, AlignOptions, Alignment, Dictionary, Side};
use serde::{Deserialize, Serialize};

use crate::input::{read_input, Encoding, PairArgs};
use crate::segment_cmd::{segmenter_for, write_one_line, write_tsv_field};
use crate::Outcome;

/// Output formats of `bitext align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AlignFormat {
    /// Readable: one block per bead, source above target, with its shape and score.
    Text,
    /// `source sentence(s)<TAB>target sentence(s)<TAB>score`.
    Tsv,
    /// One bead per line: `{"src": [indices], "tgt": [indices], "score", "kind", "src_text": [...], "tgt_text": [...]}`.
    Jsonl,
    /// One bead per line as joined texts: `{"src": "text", "tgt": "text", "score"}` (a parallel corpus).
    Pairs,
    /// TMX 1.4b, one translation unit per bead, the score as a `<prop>`.
    Tmx,
    /// hunalign's ladder: `src_index<TAB>tgt_index<TAB>score` rungs.
    Ladder,
}

/// Arguments of `bitext align`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  bitext align corpora/news-hostages/ru.txt corpora/news-hostages/en.txt\n  bitext align --format tmx ru.txt en.txt > memory.tmx\n  bitext align --presegmented --format ladder ru.sent en.sent\n  bitext align --batch < pairs.jsonl   # {\"id\",\"src\",\"tgt\",\"src_lang\"?,\"tgt_lang\"?} per line\n\nA summary (beads by type, mean score, low-confidence count) goes to stderr."
)]
pub struct AlignArgs {
    #[command(flatten)]
    pub pair: PairArgs,
    /// Inputs hold one sentence per line (blank lines = paragraph breaks); do not segment.
    #[arg(long)]
    pub presegmented: bool,
    /// When segmenting, treat every line break as a sentence boundary.
    #[arg(long)]
    pub lines: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AlignFormat::Text)]
    pub format: AlignFormat,
    /// A bilingual dictionary in hunalign's format (`target @ source` per line).
    #[arg(long)]
    pub dict: Option<PathBuf>,
    /// Largest number of sentences on one side of a bead.
    #[arg(long, default_value_t = 4)]
    pub max_bead: usize,
    /// Skip the second pass (lexicon learned from the first pass).
    #[arg(long)]
    pub no_realign: bool,
    /// Beads scoring below this are low-confidence (marked `!` in text output, counted in the summary).
    #[arg(long, default_value_t = 0.5)]
    pub min_score: f64,
    /// Print only the low-confidence beads.
    #[arg(long)]
    pub only_low: bool,
    /// Do not print the summary line on stderr.
    #[arg(long, short)]
    pub quiet: bool,
    /// Input encoding.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    pub encoding: Encoding,
    /// Read JSON Lines `{"id","src","tgt","src_lang"?,"tgt_lang"?}` (texts or arrays of sentences)
    /// from SRC or stdin and write `{"id","beads":[…]}` per line, in order, on all cores.
    #[arg(long)]
    pub batch: bool,
}

/// One side of a pair, split into sentences.
#[derive(Debug)]
pub struct Split {
    /// Byte ranges of the sentences in the text.
    pub ranges: Vec<Range<usize>>,
    /// Indices of sentences that start a paragraph.
    pub paragraph_starts: Vec<usize>,
}

impl Split {
    /// The sentences as slices of `text`.
    pub fn sentences<'t>(&self, text: &'t str) -> Vec<&'t str> {
        slices(text, &self.ranges)
    }
}

/// The sentences `ranges` as slices of `text`.
fn slices<'t>(text: &'t str, ranges: &[Range<usize>]) -> Vec<&'t str> {
    ranges.iter().map(|r| &text[r.clone()]).collect()
}

/// Splits a text into sentences (or takes its lines when `presegmented`), and finds paragraph
/// starts (a sentence preceded by a blank line).
pub fn split(text: &str, lang: &str, presegmented: bool, lines: bool) -> Split {
    let ranges: Vec<Range<usize>> = if presegmented {
        let mut v = Vec::new();
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            let lead = body.len() - body.trim_start().len();
            let trimmed = body.trim();
            if !trimmed.is_empty() {
                v.push(pos + lead..pos + lead + trimmed.len());
            }
            pos += line.len();
        }
        v
    } else {
        segmenter_for(lang, text, lines).segment(text).collect()
    };
    Split::new(text, ranges)
}

impl Split {
    /// Wraps sentence ranges, finding paragraph starts (a sentence preceded by a blank line).
    fn new(text: &str, ranges: Vec<Range<usize>>) -> Split {
        Split {
            paragraph_starts: bitext_segment::paragraph_starts(text, &ranges),
            ranges,
        }
    }
}

/// Segments and aligns two raw texts: [`bitext_segment::segment_pair`] (titles without final
/// punctuation glued to the first sentence of a paragraph), then
/// [`bitext_align::align_segmented`] (paragraph hints, headlines glued further on).
pub fn align_texts(
    (src, src_lang): (&str, &str),
    (tgt, tgt_lang): (&str, &str),
    lines: bool,
    opts: &AlignOptions,
) -> bitext_align::AlignedTexts {
    let (sa, sb) = (
        segmenter_for(src_lang, src, lines),
        segmenter_for(tgt_lang, tgt, lines),
    );
    let (ra, rb) = bitext_segment::segment_pair((&sa, src), (&sb, tgt));
    bitext_align::align_segmented((&sa, src, ra, src_lang), (&sb, tgt, rb, tgt_lang), opts)
}

/// Resolves `auto` to a detected language code (`und` when detection fails).
pub fn resolve_lang(given: &str, text: &str) -> String {
    if given != "auto" {
        return given.to_string();
    }
    bitext_segment::detect_lang(text)
        .unwrap_or("und")
        .to_string()
}

fn options(args: &AlignArgs) -> Result<AlignOptions> {
    let mut opts = AlignOptions::default()
        .max_bead(args.max_bead)
        .realign(!args.no_realign)
        .low_confidence(args.min_score);
    if let Some(p) = &args.dict {
        let input = read_input(p, args.encoding)?;
        opts = opts.dictionary(Dictionary::parse(&input.text));
    }
    Ok(opts)
}

/// Runs `bitext align`.
pub fn run(args: AlignArgs) -> Result<Outcome> {
    if args.batch {
        return run_batch(&args);
    }
    let (src_in, tgt_in, src_lang, tgt_lang) = args.pair.read(args.encoding)?;
    let opts = options(&args)?;
    // a long input gets a spinner (a rough count: one sentence per 120 bytes)
    let progress = crate::progress::spinner(
        (src_in.text.len() + tgt_in.text.len()) / 120 > 20_000,
        "aligning".to_string(),
    );
    let (src_ranges, tgt_ranges, alignment) = if args.presegmented {
        let (x, y) = (
            split(&src_in.text, &src_lang, true, args.lines),
            split(&tgt_in.text, &tgt_lang, true, args.lines),
        );
        let a = align(
            &Side::new(&x.sentences(&src_in.text), &src_lang).with_paragraphs(&x.paragraph_starts),
            &Side::new(&y.sentences(&tgt_in.text), &tgt_lang).with_paragraphs(&y.paragraph_starts),
            &opts,
        );
        (x.ranges, y.ranges, a)
    } else {
        let t = align_texts(
            (&src_in.text, &src_lang),
            (&tgt_in.text, &tgt_lang),
            args.lines,
            &opts,
        );
        (t.src, t.tgt, t.alignment)
    };
    progress.finish_and_clear();
    let src_sents = slices(&src_in.text, &src_ranges);
    let tgt_sents = slices(&tgt_in.text, &tgt_ranges);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    write_alignment(
        &mut out, &args, &alignment, &src_sents, &tgt_sents, &src_lang, &tgt_lang,
    )?;
    out.flush()?;
    if !args.quiet {
        eprintln!(
            "bitext align: {} source / {} target sentences; {}",
            src_sents.len(),
            tgt_sents.len(),
            alignment.stats
        );
    }
    Ok(Outcome::Clean)
}

fn joined(sents: &[&str], r: &Range<usize>) -> String {
    let mut s = String::new();
    for (k, t) in sents[r.clone()].iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(t);
    }
    s
}

fn write_alignment<W: Write>(
    out: &mut W,
    args: &AlignArgs,
    a: &Alignment,
    src: &[&str],
    tgt: &[&str],
    src_lang: &str,
    tgt_lang: &str,
) -> Result<()> {
    let keep = |b: &&bitext_align::Bead| !args.only_low || b.score < args.min_score;
    match args.format {
        AlignFormat::Text => {
            for (k, b) in a.beads.iter().enumerate().filter(|(_, b)| keep(b)) {
                let flag = if b.score < args.min_score { " !" } else { "" };
                writeln!(
                    out,
                    "#{k} {} {:.3}{flag}  src {} / tgt {}",
                    b.kind(),
                    b.score,
                    range_label(&b.src),
                    range_label(&b.tgt)
                )?;
                for s in &src[b.src.clone()] {
                    write!(out, "  {src_lang} | ")?;
                    write_one_line(out, s)?;
                    writeln!(out)?;
                }
                for t in &tgt[b.tgt.clone()] {
                    write!(out, "  {tgt_lang} | ")?;
                    write_one_line(out, t)?;
                    writeln!(out)?;
                }
                writeln!(out)?;
            }
        }
        AlignFormat::Tsv => {
            for b in a.beads.iter().filter(keep) {
                write_tsv_field(out, &joined(src, &b.src))?;
                out.write_all(b"\t")?;
                write_tsv_field(out, &joined(tgt, &b.tgt))?;
                writeln!(out, "\t{:.4}", b.score)?;
            }
        }
        AlignFormat::Jsonl => {
            for b in a.beads.iter().filter(keep) {
                serde_json::to_writer(
                    &mut *out,
                    &BeadOut {
                        src: b.src.clone().collect(),
                        tgt: b.tgt.clone().collect(),
                        score: round4(b.score),
                        kind: b.kind(),
                        src_text: Some(&src[b.src.clone()]),
                        tgt_text: Some(&tgt[b.tgt.clone()]),
                    },
                )?;
                out.write_all(b"\n")?;
            }
        }
        AlignFormat::Pairs => {
            for b in a.beads.iter().filter(keep) {
                serde_json::to_writer(
                    &mut *out,
                    &PairOut {
                        src: joined(src, &b.src),
                        tgt: joined(tgt, &b.tgt),
                        score: round4(b.score),
                    },
                )?;
                out.write_all(b"\n")?;
            }
        }
        AlignFormat::Tmx => crate::tmx::write_tmx(out, a, src, tgt, src_lang, tgt_lang, &keep)?,
        AlignFormat::Ladder => {
            for b in a.beads.iter().filter(keep) {
                writeln!(out, "{}\t{}\t{:.4}", b.src.start, b.tgt.start, b.score)?;
            }
            if !args.only_low {
                writeln!(out, "{}\t{}\t0", src.len(), tgt.len())?;
            }
        }
    }
    Ok(())
}

fn range_label(r: &Range<usize>) -> String {
    match r.len() {
        0 => "-".to_string(),
        1 => r.start.to_string(),
        _ => format!("{}-{}", r.start, r.end - 1),
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[derive(Serialize)]
struct BeadOut<'a> {
    src: Vec<usize>,
    tgt: Vec<usize>,
    score: f64,
    kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    src_text: Option<&'a [&'a str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tgt_text: Option<&'a [&'a str]>,
}

#[derive(Serialize)]
struct PairOut {
    src: String,
    tgt: String,
    score: f64,
}

/// A side of a batch item: a raw text or a list of sentences.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum TextOrSentences {
    /// A raw text, segmented by bitext.
    Text(String),
    /// Sentences, used as they are.
    Sentences(Vec<String>),
}

#[derive(Deserialize)]
struct BatchIn {
    id: Option<serde_json::Value>,
    src: TextOrSentences,
    tgt: TextOrSentences,
    src_lang: Option<String>,
    tgt_lang: Option<String>,
}

#[derive(Serialize)]
struct BatchOut {
    id: serde_json::Value,
    beads: Vec<BeadOut<'static>>,
}

fn side_sentences<'a>(
    side: &'a TextOrSentences,
    lang: &str,
    lines: bool,
) -> (Vec<&'a str>, Vec<usize>) {
    match side {
        TextOrSentences::Text(t) => {
            let sp = split(t, lang, false, lines);
            (sp.sentences(t), sp.paragraph_starts)
        }
        TextOrSentences::Sentences(v) => (v.iter().map(String::as_str).collect(), Vec::new()),
    }
}

fn sample(side: &TextOrSentences) -> String {
    match side {
        TextOrSentences::Text(t) => t.chars().take(2000).collect(),
        TextOrSentences::Sentences(v) => v.iter().take(20).cloned().collect::<Vec<_>>().join(" "),
    }
}

fn align_item(line_no: usize, item: &BatchIn, args: &AlignArgs, opts: &AlignOptions) -> BatchOut {
    let src_lang = resolve_lang(
        item.src_lang.as_deref().unwrap_or(&args.pair.src_lang),
        &sample(&item.src),
    );
    let tgt_lang = resolve_lang(
        item.tgt_lang.as_deref().unwrap_or(&args.pair.tgt_lang),
        &sample(&item.tgt),
    );
    let a = match (&item.src, &item.tgt) {
        (TextOrSentences::Text(a), TextOrSentences::Text(b)) => {
            align_texts((a, &src_lang), (b, &tgt_lang), args.lines, opts).alignment
        }
        _ => {
            let (s, sp) = side_sentences(&item.src, &src_lang, args.lines);
            let (t, tp) = side_sentences(&item.tgt, &tgt_lang, args.lines);
            align(
                &Side::new(&s, &src_lang).with_paragraphs(&sp),
                &Side::new(&t, &tgt_lang).with_paragraphs(&tp),
                opts,
            )
        }
    };
    BatchOut {
        id: item
            .id
            .clone()
            .unwrap_or_else(|| serde_json::Value::from(line_no)),
        beads: a
            .beads
            .iter()
            .map(|b| BeadOut {
                src: b.src.clone().collect(),
                tgt: b.tgt.clone().collect(),
                score: round4(b.score),
                kind: b.kind(),
                src_text: None,
                tgt_text: None,
            })
            .collect(),
    }
}

fn run_batch(args: &AlignArgs) -> Result<Outcome> {
    let opts = options(args)?;
    let file = args.pair.batch_file();
    crate::batch::run_jsonl(
        &file,
        r#"{"id","src","tgt","src_lang"?,"tgt_lang"?}"#,
        |line_no, item: &BatchIn| align_item(line_no, item, args, &opts),
    )?;
    Ok(Outcome::Clean)
}
