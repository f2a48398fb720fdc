//! Number and name mismatch checks (placeholder: being built in issue 5).
pub use bitext_align::Bead;
