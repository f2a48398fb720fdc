//! Sentence alignment (placeholder: being built in issue 4).

use std::ops::Range;

/// One bead of an alignment: consecutive source sentences paired with consecutive target sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    /// Source sentence indices.
    pub src: Range<usize>,
    /// Target sentence indices.
    pub tgt: Range<usize>,
    /// Confidence in 0..=1.
    pub score: f64,
}

/// Aligns two sentence sequences (placeholder: pairs sentences diagonally).
pub fn align(src: &[&str], tgt: &[&str]) -> Vec<Bead> {
    let n = src.len().max(tgt.len());
    (0..n)
        .map(|i| Bead {
            src: if i < src.len() {
                i..i + 1
            } else {
                src.len()..src.len()
            },
            tgt: if i < tgt.len() {
                i..i + 1
            } else {
                tgt.len()..tgt.len()
            },
            score: 0.5,
        })
        .collect()
}
