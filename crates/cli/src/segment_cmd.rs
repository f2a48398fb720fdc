//! `bitext segment`.

use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use bitext_segment::Segmenter;
use serde::{Deserialize, Serialize};

use crate::input::{read_input, Encoding};
use crate::Outcome;

/// Output formats of `bitext segment`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SegmentFormat {
    /// One sentence per line (line breaks inside a sentence become spaces).
    Text,
    /// `start<TAB>end<TAB>sentence`, byte offsets; tabs and line breaks in the sentence escaped.
    Tsv,
    /// One JSON object per sentence: `{"start","end","text"}`.
    Jsonl,
}

/// Arguments of `bitext segment`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  bitext segment corpora/news-hostages/ru.txt\n  bitext segment --lang en --format jsonl article.txt\n  echo '{\"id\":1,\"text\":\"Hi. Bye.\",\"lang\":\"en\"}' | bitext segment --batch"
)]
pub struct SegmentArgs {
    /// The file to segment, or `-` for standard input.
    #[arg(default_value = "-")]
    pub file: PathBuf,
    /// Language code (ru, en, de, fr, uk, es, …) or `auto` to detect it.
    #[arg(long, default_value = "auto")]
    pub lang: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    /// Treat every line break as a sentence boundary (subtitles, lists, one-sentence-per-line text).
    #[arg(long)]
    pub lines: bool,
    /// Input encoding.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    pub encoding: Encoding,
    /// Read JSON Lines `{"id"?, "text", "lang"?}` and write `{"id", "sentences": [{"text","start","end"}]}` per line.
    #[arg(long)]
    pub batch: bool,
}

/// Picks a segmenter for a language code (`auto` detects it from the text).
pub fn segmenter_for(lang: &str, text: &str, lines: bool) -> Segmenter {
    let seg = if lang == "auto" {
        Segmenter::auto(detection_sample(text))
    } else {
        Segmenter::new(lang)
    };
    if lines {
        seg.mode(bitext_segment::Mode::Lines)
    } else {
        seg
    }
}

/// The first 64 KiB of `text` (cut at a char boundary): enough to detect a language, and
/// detection on a 100 MB text would cost a copy of it.
pub fn detection_sample(text: &str) -> &str {
    let mut end = text.len().min(65536);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Runs `bitext segment`.
pub fn run(args: SegmentArgs) -> Result<Outcome> {
    if args.batch {
        return run_batch(&args);
    }
    let input = read_input(&args.file, args.encoding)?;
    if let Some(enc) = input.decoded_from {
        eprintln!(
            "bitext: note: {} decoded from {enc}; offsets are into the UTF-8 text",
            input.name
        );
    }
    let text = &input.text;
    let seg = segmenter_for(&args.lang, text, args.lines);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    for range in seg.segment(text) {
        let s = &text[range.clone()];
        match args.format {
            SegmentFormat::Text => {
                write_one_line(&mut out, s)?;
                out.write_all(b"\n")?;
            }
            SegmentFormat::Tsv => {
                write!(out, "{}\t{}\t", range.start, range.end)?;
                write_tsv_field(&mut out, s)?;
                out.write_all(b"\n")?;
            }
            SegmentFormat::Jsonl => {
                serde_json::to_writer(
                    &mut out,
                    &SentenceOut {
                        text: s,
                        start: range.start,
                        end: range.end,
                    },
                )?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Clean)
}

/// Writes `s` on one line: each run of line-break characters becomes one space.
pub fn write_one_line<W: Write>(out: &mut W, s: &str) -> std::io::Result<()> {
    let mut first = true;
    for part in s.split(['\n', '\r']).filter(|p| !p.is_empty()) {
        if !first {
            out.write_all(b" ")?;
        }
        out.write_all(part.as_bytes())?;
        first = false;
    }
    Ok(())
}

/// Writes a TSV field, escaping backslash, tab and line breaks as `\\`, `\t`, `\n`, `\r`.
pub fn write_tsv_field<W: Write>(out: &mut W, s: &str) -> std::io::Result<()> {
    if !s.contains(['\t', '\n', '\r', '\\']) {
        return out.write_all(s.as_bytes());
    }
    for c in s.chars() {
        match c {
            '\t' => out.write_all(b"\\t")?,
            '\n' => out.write_all(b"\\n")?,
            '\r' => out.write_all(b"\\r")?,
            '\\' => out.write_all(b"\\\\")?,
            c => write!(out, "{c}")?,
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct BatchIn {
    id: Option<serde_json::Value>,
    text: String,
    lang: Option<String>,
}

#[derive(Serialize)]
struct BatchOut<'a> {
    id: serde_json::Value,
    sentences: Vec<SentenceOut<'a>>,
}

/// Reads JSON Lines from `file` (or stdin) and calls `f(line_number, line)` per non-empty line.
/// Errors in one line are reported by `f`; I/O errors stop the loop.
pub fn for_each_jsonl_line(
    file: &std::path::Path,
    mut f: impl FnMut(usize, &str) -> Result<()>,
) -> Result<()> {
    let name = crate::input::display_name(file);
    let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| format!("opening {name}"))?,
        ))
    };
    let mut reader = reader;
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut offset = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .with_context(|| format!("reading {name}"))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line = std::str::from_utf8(&buf).map_err(|e| {
            anyhow::anyhow!(
                "reading {name}: invalid UTF-8 at byte {} (line {line_no})",
                offset + e.valid_up_to()
            )
        })?;
        offset += n;
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        f(line_no, line)?;
    }
    Ok(())
}

fn run_batch(args: &SegmentArgs) -> Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let name = crate::input::display_name(&args.file);
    for_each_jsonl_line(&args.file, |line_no, line| {
        let item: BatchIn = serde_json::from_str(line).with_context(|| {
            format!("{name}:{line_no}: not a JSON object with a \"text\" field")
        })?;
        let lang = item.lang.as_deref().unwrap_or(&args.lang);
        let seg = segmenter_for(lang, &item.text, args.lines);
        let sentences = seg
            .segment(&item.text)
            .map(|r| SentenceOut {
                text: &item.text[r.clone()],
                start: r.start,
                end: r.end,
            })
            .collect();
        let id = item.id.unwrap_or_else(|| serde_json::Value::from(line_no));
        serde_json::to_writer(&mut out, &BatchOut { id, sentences })?;
        out.write_all(b"\n")?;
        out.flush()?;
        Ok(())
    })?;
    Ok(Outcome::Clean)
}
