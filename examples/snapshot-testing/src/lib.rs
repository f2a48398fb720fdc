//! An example of snapshot-testing translations with `bitext` and `insta`: see
//! `tests/translations.rs` and `docs/snapshot-testing.md` at the repository root.
