//! Streaming, ordered, parallel processing of JSON Lines for the `--batch` modes.
//!
//! A reader thread parses lines into items and hands them over through a bounded channel (so
//! memory stays constant whatever the input size). The main thread takes whatever is available
//! — at least one item, at most [`CHUNK`] — processes the chunk on all cores and writes the
//! results in input order, flushing after each chunk. A producer that writes one line and waits
//! for its answer therefore gets it at once; a fast producer gets full chunks and all cores.

use std::path::Path;
use std::sync::mpsc;

use anyhow::Result;

use crate::segment_cmd::for_each_jsonl_line;

/// Most items processed together.
pub const CHUNK: usize = 2048;

/// Reads JSON Lines from `file` (`-` = stdin), `parse`s each line, `process`es chunks of items
/// (in parallel, inside `process`) and `emit`s results in input order. A line that fails to
/// parse stops the run after every earlier line has been answered.
pub fn ordered_chunks<T, R, P, F, E>(file: &Path, parse: P, process: F, mut emit: E) -> Result<()>
where
    T: Send,
    P: Fn(usize, &str) -> Result<T> + Send,
    F: Fn(&[T]) -> Vec<R>,
    E: FnMut(R) -> Result<()>,
{
    let (tx, rx) = mpsc::sync_channel::<Result<T>>(CHUNK * 2);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let res = for_each_jsonl_line(file, |line_no, line| {
                let item = parse(line_no, line)?;
                // The receiver only hangs up after an error of its own; stop reading then.
                tx.send(Ok(item))
                    .map_err(|_| anyhow::anyhow!("output closed"))
            });
            if let Err(e) = res {
                let _ = tx.send(Err(e));
            }
        });
        let mut pending_err = None;
        let mut chunk: Vec<T> = Vec::with_capacity(CHUNK);
        'outer: while let Ok(first) = rx.recv() {
            match first {
                Ok(t) => chunk.push(t),
                Err(e) => {
                    pending_err = Some(e);
                    break;
                }
            }
            while chunk.len() < CHUNK {
                match rx.try_recv() {
                    Ok(Ok(t)) => chunk.push(t),
                    Ok(Err(e)) => {
                        pending_err = Some(e);
                        break;
                    }
                    Err(_) => break,
                }
            }
            for r in process(&chunk) {
                if let Err(e) = emit(r) {
                    pending_err = Some(e);
                    break 'outer;
                }
            }
            chunk.clear();
            if let Err(e) = std::io::Write::flush(&mut std::io::stdout()) {
                pending_err = Some(e.into());
                break;
            }
            if pending_err.is_some() {
                break;
            }
        }
        drop(rx);
        let _ = reader.join();
        match pending_err {
            Some(e) => Err(e),
            None => Ok(()),
        }
    })
}

/// The `--batch` driver of `align` and `check`: each JSON line of `file` is parsed as a `T`
/// (`shape` describes the expected object in error messages), `f(line_number, &item)` runs on
/// all cores, and the results are written to stdout as JSON lines in input order.
pub fn run_jsonl<T, R, F>(file: &Path, shape: &str, f: F) -> Result<()>
where
    T: serde::de::DeserializeOwned + Send + Sync,
    R: serde::Serialize + Send,
    F: Fn(usize, &T) -> R + Sync,
{
    use anyhow::Context;
    use rayon::prelude::*;
    use std::io::Write;
    let name = crate::input::display_name(file);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    ordered_chunks(
        file,
        |line_no, line| {
            let item: T = serde_json::from_str(line)
                .with_context(|| format!("{name}:{line_no}: expected {shape}"))?;
            Ok((line_no, item))
        },
        |items: &[(usize, T)]| items.par_iter().map(|(n, t)| f(*n, t)).collect::<Vec<R>>(),
        |res: R| {
            serde_json::to_writer(&mut out, &res)?;
            out.write_all(b"\n")?;
            Ok(())
        },
    )
}
