//! scratch (not committed)
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let lang = std::env::args().nth(2).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    for s in text.lines() {
        println!("{:?}", bitext_mentions::extract(s, &lang));
    }
}
