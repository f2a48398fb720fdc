//! Parsing of the built-in seed lexicon (`data/ru-en.txt`), shared with `build.rs`.

/// The (Russian word, English word) pairs of the seed lexicon text: `#` lines are comments,
/// other lines hold Russian words, a TAB and English words, and every Russian word of a line
/// is paired with every English word of that line.
pub(crate) fn seed_pairs(text: &str) -> impl Iterator<Item = (&str, &str)> + '_ {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .flat_map(|(ru, en)| {
            ru.split_whitespace()
                .flat_map(move |r| en.split_whitespace().map(move |e| (r, e)))
        })
}
