//! Throughput of `Segmenter::segment` on ≥10 MB of generated Russian and English text.
//!
//! `cargo bench -p bitext-segment --bench throughput`

use std::time::Instant;

use bitext_segment::Segmenter;

const RU: &[&str] = &[
    "В 1916 г. Самым известным трудом проф. Иванова стала книга о войне.",
    "Рост составил 1,5 %, т. е. примерно 3 млн руб. за год.",
    "— Куда ты идёшь? — спросил он.",
    "Встреча прошла на ул. Тверской, д. 5, в г. Москве…",
    "В. В. Путин и Д. С. Песков прибыли в Казань 07.10.2023.",
    "Правда?! Не может быть!",
    "Он сказал: «Я приду завтра вечером».",
];
const EN: &[&str] = &[
    "Mr. Smith met Dr. Jones at 5 p.m. in the U.S. capital.",
    "The firm was founded by Acme Inc. It grew fast.",
    "Prices rose 3.14% on 07.10.2023, e.g. for bread, milk, etc.",
    "\"Stop!\" he shouted. Nobody listened...",
    "The book by J. R. R. Tolkien sold well in the 1950s.",
    "Really?! Yes, really.",
];

fn build(sents: &[&str], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 256);
    let mut i = 0usize;
    while s.len() < bytes {
        s.push_str(sents[i % sents.len()]);
        i = i.wrapping_mul(31).wrapping_add(7) % 1009;
        s.push_str(if i % 13 == 0 { "\n\n" } else { " " });
    }
    s
}

fn run(lang: &str, text: &str) {
    let seg = Segmenter::new(lang);
    let chars = text.chars().count() as f64;
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..5 {
        let t = Instant::now();
        n = std::hint::black_box(seg.segment(std::hint::black_box(text)).count());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{lang}: {:.1} MB, {n} sentences, {:.1} M chars/s (best of 5)",
        text.len() as f64 / 1e6,
        chars / best / 1e6
    );
}

fn main() {
    let ru = build(RU, 12_000_000);
    let en = build(EN, 12_000_000);
    run("ru", &ru);
    run("en", &en);
    let mixed = format!("{ru}\n\n{en}");
    run("ru", &mixed);
}
