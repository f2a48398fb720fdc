//! # bitext
//!
//! Multilingual translation-alignment tools, as one facade over the workspace crates
//! (like ripgrep's `grep` crate): sentence segmentation, number/date/name mentions,
//! sentence alignment and mismatch checks.
//!
//! ```
//! let seg = bitext::segment::Segmenter::new("ru");
//! let text = "Это первое предложение. А это второе.";
//! let sentences: Vec<&str> = seg.segment(text).map(|r| &text[r]).collect();
//! assert_eq!(sentences, ["Это первое предложение.", "А это второе."]);
//! ```

pub use bitext_align as align;
pub use bitext_check as check;
pub use bitext_mentions as mentions;
pub use bitext_segment as segment;

/// The code examples of README.md, compiled and run as doctests so the README cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
