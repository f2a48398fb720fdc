//! Throughput of `check_pair` on generated ru→en sentence pairs (batch mode: one bead per
//! pair, all cores via rayon, as `bitext check --batch` runs).
//!
//! ```text
//! CARGO_TARGET_DIR=… cargo bench -p bitext-check --bench throughput
//! ```
//! Prints pairs per minute single-threaded and on all cores. The target is ≥ 1,000,000
//! pairs per minute in batch mode.

use std::time::Instant;

use bitext_check::{check_pair, CheckOptions};
use rayon::prelude::*;

const RU_NAMES: [&str; 6] = [
    "Песков",
    "Лавров",
    "Захарова",
    "Шойгу",
    "Собянин",
    "Мишустин",
];
const EN_NAMES: [&str; 6] = [
    "Peskov",
    "Lavrov",
    "Zakharova",
    "Shoigu",
    "Sobyanin",
    "Mishustin",
];
const RU_MONTHS: [&str; 4] = ["января", "марта", "июля", "октября"];
const EN_MONTHS: [&str; 4] = ["January", "March", "July", "October"];

/// Deterministic pseudo-random pairs of news-like sentences; every fifth one has an error.
fn pairs(n: usize) -> Vec<(String, String)> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n)
        .map(|i| {
            let k = (next() % 6) as usize;
            let m = (next() % 4) as usize;
            let day = 1 + next() % 28;
            let num = 10 + next() % 5000;
            let pct = next() % 100;
            let ru = format!(
                "По словам {}, {} {} в регионе пострадали более {} человек, а рост цен составил {},5%.",
                RU_NAMES[k].to_string() + "а", day, RU_MONTHS[m], num, pct
            );
            let en_num = if i % 5 == 0 { num + 1 } else { num };
            let en = format!(
                "According to {}, more than {} people were injured in the region on {} {}, and prices rose by {}.5%.",
                EN_NAMES[k], en_num, EN_MONTHS[m], day, pct
            );
            (ru, en)
        })
        .collect()
}

fn main() {
    let n = 200_000;
    let data = pairs(n);
    let opts = CheckOptions::default();
    // warm-up
    let _ = data[..1000]
        .iter()
        .map(|(s, t)| check_pair(s, t, "ru", "en", &opts).len())
        .sum::<usize>();
    let t0 = Instant::now();
    let found: usize = data
        .iter()
        .map(|(s, t)| check_pair(s, t, "ru", "en", &opts).len())
        .sum();
    let one = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    let found_par: usize = data
        .par_iter()
        .map(|(s, t)| check_pair(s, t, "ru", "en", &opts).len())
        .sum();
    let all = t0.elapsed().as_secs_f64();
    assert_eq!(found, found_par);
    println!(
        "check_pair: {n} pairs, {found} findings; 1 thread {:.0} pairs/min; {} threads {:.0} pairs/min",
        n as f64 / one * 60.0,
        rayon::current_num_threads(),
        n as f64 / all * 60.0
    );
}
