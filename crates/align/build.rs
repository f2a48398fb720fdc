//! Stems the built-in ru–en seed lexicon (`data/ru-en.txt`) at build time, so that aligning a
//! ru↔en pair does not run the Snowball stemmers over ~3,000 dictionary words in every process.
//! Writes `$OUT_DIR/ru_en_stems.rs`: a sorted, deduplicated `&[(&str, &str)]` of
//! (Russian stem, English stem). The crate checks it against runtime stemming in a test.

use std::fmt::Write as _;

use rust_stemmers::{Algorithm, Stemmer};

#[path = "src/seed.rs"]
mod seed;

fn main() {
    println!("cargo:rerun-if-changed=data/ru-en.txt");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/seed.rs");
    let text = std::fs::read_to_string("data/ru-en.txt").expect("read data/ru-en.txt");
    let ru = Stemmer::create(Algorithm::Russian);
    let en = Stemmer::create(Algorithm::English);
    let pairs = seed::seed_pairs(&text).map(|(r, e)| {
        (
            ru.stem(&r.to_lowercase()).into_owned(),
            en.stem(&e.to_lowercase()).into_owned(),
        )
    });
    let mut pairs: Vec<(String, String)> = pairs.collect();
    pairs.sort();
    pairs.dedup();
    let mut out = String::from("&[\n");
    for (a, b) in &pairs {
        writeln!(out, "    ({a:?}, {b:?}),").expect("write to a String");
    }
    out.push(']');
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/ru_en_stems.rs"), out).expect("write ru_en_stems.rs");
}
