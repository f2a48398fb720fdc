//! The `bitext` command-line tool.
fn main() {}
