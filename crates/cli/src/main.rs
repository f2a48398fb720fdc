//! The `bitext` command: segment texts into sentences, align two versions sentence by sentence,
//! and check that numbers, dates and names match between them.
//!
//! Exit codes: 0 = ran and found nothing wrong, 1 = findings (`check`), 2 = usage or I/O error.

mod align_cmd;
mod batch;
mod check_cmd;
mod input;
mod progress;
mod segment_cmd;
mod tmx;

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// Multilingual translation-alignment tools: segment, align, check.
#[derive(Debug, Parser)]
#[command(
    name = "bitext",
    version,
    about = "Segment texts into sentences, align translations sentence by sentence, and check that numbers and names match.",
    after_help = "Examples:\n  bitext segment corpora/news-hostages/ru.txt\n  bitext align corpora/news-hostages/ru.txt corpora/news-hostages/en.txt\n  bitext check corpora/news-hostages/ru.txt corpora/news-hostages/en.mismatch.txt\n\nExit codes: 0 = nothing wrong, 1 = findings (check), 2 = usage or I/O error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Split a text into sentences.
    Segment(segment_cmd::SegmentArgs),
    /// Align a text with its translation, sentence by sentence.
    Align(align_cmd::AlignArgs),
    /// Flag numbers, dates and names that do not match between two versions of a text.
    Check(check_cmd::CheckArgs),
    /// Print shell completions.
    #[command(
        after_help = "Example:\n  bitext completions bash > ~/.local/share/bash-completion/completions/bitext"
    )]
    Completions {
        /// The shell to generate completions for.
        shell: clap_complete::Shell,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // clap: help/version are not errors.
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    let result = match cli.command {
        Command::Segment(args) => segment_cmd::run(args),
        Command::Align(args) => align_cmd::run(args),
        Command::Check(args) => check_cmd::run(args),
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            let mut out = std::io::stdout().lock();
            clap_complete::generate(shell, &mut cmd, "bitext", &mut out);
            out.flush().map(|_| Outcome::Clean).map_err(Into::into)
        }
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("bitext: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// What a subcommand found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Ran and found nothing wrong.
    Clean,
    /// Ran and reported findings (exit code 1).
    Findings,
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
