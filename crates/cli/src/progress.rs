//! Progress display on stderr (indicatif), only for long runs and only on a terminal.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A spinner with `message` when `big` (the work may take more than a second); hidden when
/// stderr is not a terminal or the work is small.
pub fn spinner(big: bool, message: String) -> ProgressBar {
    if !big {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
        pb.set_style(style);
    }
    pb.set_message(message);
    pb.enable_steady_tick(Duration::from_millis(120));
    pb
}
