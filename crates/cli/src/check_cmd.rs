//! `bitext check`.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use bitext_check::{check_pair, check_texts, CheckOptions, Config, Finding, FindingKind};
use serde::{Deserialize, Serialize};

use crate::align_cmd::resolve_lang;
use crate::input::{Encoding, PairArgs};
use crate::segment_cmd::write_tsv_field;
use crate::Outcome;

/// Output formats of `bitext check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// For people: rustc-style diagnostics with carets under both mentions.
    Human,
    /// Stable plain text for snapshot tests: no colours, no absolute paths, no timings.
    Report,
    /// One JSON document: `{"src","tgt","findings":[…]}`.
    Json,
    /// One finding per line as JSON.
    Jsonl,
    /// `kind<TAB>severity<TAB>src line:col<TAB>src text<TAB>tgt line:col<TAB>tgt text<TAB>message`.
    Tsv,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Arguments of `bitext check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  bitext check corpora/news-hostages/ru.txt corpora/news-hostages/en.mismatch.txt\n  bitext check --format report ru.txt en.txt > report.txt\n  bitext check --ignore number-extra --config bitext.toml ru.txt en.txt\n  bitext check --batch < pairs.jsonl   # {\"id\",\"src\",\"tgt\",\"src_lang\"?,\"tgt_lang\"?} per line\n\nFinding kinds: number-mismatch, number-missing, number-extra, date-mismatch, name-mismatch,\nname-missing, name-extra.\nExit codes: 0 = no findings, 1 = findings, 2 = usage or I/O error
(with --batch: 0 = every line answered, findings are in the output; 2 = error).\nConfig (TOML; --config FILE, else ./bitext.toml when present):\n  ignore = [\"number-extra\"]\n  [[terms]]\n  src = \"Роскосмос\"\n  tgt = \"Roscosmos\"\n  [[suppress]]\n  kind = \"name-missing\"\n  src = \"Ростех\""
)]
pub struct CheckArgs {
    #[command(flatten)]
    pub pair: PairArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Do not report this kind of finding (repeatable).
    #[arg(long, value_name = "KIND")]
    pub ignore: Vec<String>,
    /// A TOML config with extra term pairs, ignored kinds and suppressions.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Do not read ./bitext.toml.
    #[arg(long)]
    pub no_config: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Input encoding.
    #[arg(long, value_enum, default_value_t = Encoding::Auto)]
    pub encoding: Encoding,
    /// Read JSON Lines `{"id","src","tgt","src_lang"?,"tgt_lang"?}` from SRC or stdin and write
    /// `{"id","findings":[…]}` per line, in order, on all cores. Exits 0 once every line is
    /// answered (findings are data here), 2 on errors.
    #[arg(long)]
    pub batch: bool,
}

fn options(args: &CheckArgs) -> Result<CheckOptions> {
    let config_path = match (&args.config, args.no_config) {
        (Some(p), _) => Some(p.clone()),
        (None, false) if Path::new("bitext.toml").exists() => Some(PathBuf::from("bitext.toml")),
        _ => None,
    };
    let mut opts = CheckOptions::default();
    if let Some(p) = config_path {
        let text =
            std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
        let config = Config::from_toml_str(&text).with_context(|| format!("{}", p.display()))?;
        opts = opts.config(config);
    }
    for k in &args.ignore {
        let kind: FindingKind = k.parse().map_err(|_| {
            anyhow::anyhow!(
                "--ignore {k}: unknown finding kind (number-mismatch, number-missing, number-extra, \
                 date-mismatch, name-mismatch, name-missing, name-extra)"
            )
        })?;
        opts = opts.ignore(kind);
    }
    Ok(opts)
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    src: &'a str,
    tgt: &'a str,
    findings: &'a [Finding],
}

/// Runs `bitext check`.
pub fn run(args: CheckArgs) -> Result<Outcome> {
    let opts = options(&args)?;
    if args.batch {
        return run_batch(&args, &opts);
    }
    let (src, tgt, src_lang, tgt_lang) = args.pair.read(args.encoding)?;
    let progress = crate::progress::spinner(
        src.text.len() + tgt.text.len() > 2_000_000,
        format!("checking {} against {}", src.name, tgt.name),
    );
    let report = check_texts(&src.text, &tgt.text, &src_lang, &tgt_lang, &opts);
    progress.finish_and_clear();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        CheckFormat::Human => {
            let s = bitext_check::render_human(
                &report,
                &src.name,
                &tgt.name,
                &src.text,
                &tgt.text,
                use_color(args.color),
            );
            out.write_all(s.as_bytes())?;
        }
        CheckFormat::Report => {
            let s =
                bitext_check::render_report(&report, &src.name, &tgt.name, &src.text, &tgt.text);
            out.write_all(s.as_bytes())?;
        }
        CheckFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &JsonReport {
                    src: &src.name,
                    tgt: &tgt.name,
                    findings: &report.findings,
                },
            )?;
            out.write_all(b"\n")?;
        }
        CheckFormat::Jsonl => {
            for f in &report.findings {
                serde_json::to_writer(&mut out, f)?;
                out.write_all(b"\n")?;
            }
        }
        CheckFormat::Tsv => {
            for f in &report.findings {
                let (sl, st) = side_tsv(f.src.as_ref());
                let (tl, tt) = side_tsv(f.tgt.as_ref());
                write!(out, "{}\t{}\t{sl}\t", f.kind.as_str(), f.severity.as_str())?;
                write_tsv_field(&mut out, &st)?;
                write!(out, "\t{tl}\t")?;
                write_tsv_field(&mut out, &tt)?;
                out.write_all(b"\t")?;
                write_tsv_field(&mut out, &f.message)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    Ok(if report.findings.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Findings
    })
}

fn side_tsv(s: Option<&bitext_check::Side>) -> (String, String) {
    match s {
        Some(s) => (format!("{}:{}", s.line, s.column), s.text.clone()),
        None => ("-".to_string(), String::new()),
    }
}

#[derive(Deserialize)]
struct BatchIn {
    id: Option<serde_json::Value>,
    src: String,
    tgt: String,
    src_lang: Option<String>,
    tgt_lang: Option<String>,
}

#[derive(Serialize)]
struct BatchOut {
    id: serde_json::Value,
    findings: Vec<Finding>,
}

fn run_batch(args: &CheckArgs, opts: &CheckOptions) -> Result<Outcome> {
    let file = args.pair.batch_file();
    crate::batch::run_jsonl(
        &file,
        r#"{"id","src","tgt","src_lang"?,"tgt_lang"?}"#,
        |line_no, it: &BatchIn| {
            let sl = resolve_lang(
                it.src_lang.as_deref().unwrap_or(&args.pair.src_lang),
                &it.src,
            );
            let tl = resolve_lang(
                it.tgt_lang.as_deref().unwrap_or(&args.pair.tgt_lang),
                &it.tgt,
            );
            let findings = if is_one_segment(&it.src) && is_one_segment(&it.tgt) {
                check_pair(&it.src, &it.tgt, &sl, &tl, opts)
            } else {
                check_texts(&it.src, &it.tgt, &sl, &tl, opts).findings
            };
            let id = it
                .id
                .clone()
                .unwrap_or_else(|| serde_json::Value::from(line_no));
            BatchOut { id, findings }
        },
    )?;
    // In a pipeline the findings are data on stdout; the exit code says whether every line was
    // answered (0) or the run failed (2).
    Ok(Outcome::Clean)
}

/// A batch side without line breaks is one segment (a CAT-tool unit, a subtitle, a WMT
/// segment): it is compared as one bead, without segmenting and aligning.
fn is_one_segment(s: &str) -> bool {
    !s.trim().contains('\n')
}
