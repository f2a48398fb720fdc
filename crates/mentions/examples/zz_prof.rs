//! scratch (not committed)
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let lang = std::env::args().nth(2).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let sents: Vec<&str> = text.lines().collect();
    let mut n = 0;
    for _ in 0..3 {
        for s in &sents {
            n += bitext_mentions::names::extract_names(s, &lang).len();
        }
    }
    println!("{n}");
}
