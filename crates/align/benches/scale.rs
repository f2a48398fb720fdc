//! Scale benchmark: aligns synthetic ru/en parallel texts of 1k, 10k and 100k sentences per side
//! (with ~3 % deletions and ~5 % merges) and reports wall time, peak memory (VmHWM of a fresh
//! child process per size) and strict bead F1 against the generated gold (all beads, nulls
//! included).
//!
//! Run: `cargo bench -p bitext-align --bench scale` (optionally `-- 1000 50000` for other sizes).

use std::process::Command;
use std::time::Instant;

use bitext_align::{align, AlignOptions, Side};

const PAIRS: &[(&str, &str)] = &[
    ("В {n} году {p} посетил Москву.", "In {n}, {p} visited Moscow."),
    ("Компания сообщила о прибыли в {n} миллионов рублей.", "The company reported a profit of {n} million roubles."),
    ("«Мы не ожидали такого результата», — сказал {p}.", "\"We did not expect such a result,\" {p} said."),
    ("Почему это произошло?", "Why did this happen?"),
    ("Президент {p} подписал указ номер {n}.", "President {p} signed decree number {n}."),
    ("Температура воздуха опустилась до минус {n} градусов, и жители города остались без отопления на несколько дней.",
     "The air temperature dropped to minus {n} degrees, and the city's residents were left without heating for several days."),
    ("По данным министерства, в регионе построено {n} новых школ.", "According to the ministry, {n} new schools have been built in the region."),
    ("Это был долгий день.", "It had been a long day."),
    ("{p} отказался от комментариев.", "{p} declined to comment."),
    ("Технологии меняют нашу жизнь: за {n} лет интернет стал доступен почти всем.",
     "Technology is changing our lives: in {n} years the internet has become available to almost everyone."),
    ("Она открыла окно и посмотрела на улицу, где уже горели фонари.", "She opened the window and looked at the street, where the lamps were already lit."),
    ("Встреча продлилась {n} минут (по словам участников, она была продуктивной).",
     "The meeting lasted {n} minutes (according to the participants, it was productive)."),
];

const NAMES: &[(&str, &str)] = &[
    ("Песков", "Peskov"),
    ("Иванов", "Ivanov"),
    ("Смирнова", "Smirnova"),
    ("Кузнецов", "Kuznetsov"),
    ("Лавров", "Lavrov"),
    ("Морозова", "Morozova"),
    ("Волков", "Volkov"),
    ("Соколов", "Sokolov"),
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

type Gold = Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>;

/// Returns (src, tgt, gold beads).
fn generate(n: usize, seed: u64) -> (Vec<String>, Vec<String>, Gold) {
    let mut rng = Rng(seed | 1);
    let mut src = Vec::with_capacity(n);
    let mut tgt: Vec<String> = Vec::with_capacity(n);
    let mut gold: Gold = Vec::with_capacity(n);
    while src.len() < n {
        let (rs, es) = PAIRS[rng.below(PAIRS.len() as u64) as usize];
        let (rn, en) = NAMES[rng.below(NAMES.len() as u64) as usize];
        let num = (rng.below(2000) + 1).to_string();
        let r = rs.replace("{n}", &num).replace("{p}", rn);
        let e = es.replace("{n}", &num).replace("{p}", en);
        let (i, j) = (src.len(), tgt.len());
        match rng.below(100) {
            0..=1 => {
                // deleted on the target side
                src.push(r);
                gold.push((i..i + 1, j..j));
            }
            2 => {
                // deleted on the source side
                tgt.push(e);
                gold.push((i..i, j..j + 1));
            }
            3..=5 if matches!(gold.last(), Some((s, t)) if s.len() == 1 && t.len() == 1) => {
                // merged with the previous pair on the target side: a 2-1 bead
                src.push(r);
                let last = tgt.pop().unwrap_or_default();
                tgt.push(format!("{last} {e}"));
                let (s, t) = gold.pop().unwrap_or((i..i, j..j));
                gold.push((s.start..i + 1, t));
            }
            _ => {
                src.push(r);
                tgt.push(e);
                gold.push((i..i + 1, j..j + 1));
            }
        }
    }
    (src, tgt, gold)
}

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn run_one(n: usize) {
    let (src, tgt, gold) = generate(n, 0x5eed_u64 + n as u64);
    let s: Vec<&str> = src.iter().map(String::as_str).collect();
    let t: Vec<&str> = tgt.iter().map(String::as_str).collect();
    let base = peak_kib();
    let start = Instant::now();
    // one core: no helper thread for the text analysis
    let opts = AlignOptions::default().threads(false);
    let a = align(&Side::new(&s, "ru"), &Side::new(&t, "en"), &opts);
    let secs = start.elapsed().as_secs_f64();
    let gold: std::collections::HashSet<_> = gold
        .into_iter()
        .map(|(s, t)| (s.start, s.end, t.start, t.end))
        .collect();
    let hits = a
        .beads
        .iter()
        .filter(|b| gold.contains(&(b.src.start, b.src.end, b.tgt.start, b.tgt.end)))
        .count();
    let f1 = 2.0 * hits as f64 / (a.beads.len() + gold.len()).max(1) as f64;
    println!(
        "{n}\t{}\t{}\t{secs:.3}\t{}\t{}\t{}\t{f1:.4}",
        s.len(),
        t.len(),
        peak_kib() / 1024,
        base / 1024,
        a.beads.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if let Ok(n) = std::env::var("SCALE_CHILD").map(|v| v.parse::<usize>().unwrap_or(1000)) {
        run_one(n);
        return;
    }
    let sizes: Vec<usize> = if args.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        args.iter().filter_map(|a| a.parse().ok()).collect()
    };
    println!("size\tsrc\ttgt\tseconds\tpeak_MiB\tinput_MiB\tbeads\tbead_F1");
    let exe = std::env::current_exe().expect("own path");
    let mut prev: Option<(usize, f64)> = None;
    for n in sizes {
        let out = Command::new(&exe)
            .env("SCALE_CHILD", n.to_string())
            .output()
            .expect("run child");
        let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
        println!("{line}");
        let secs: f64 = line
            .split('\t')
            .nth(3)
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        if let Some((pn, ps)) = prev {
            if ps > 0.0 {
                let growth = (secs / ps).ln() / ((n as f64) / (pn as f64)).ln();
                println!(
                    "  time growth {pn} -> {n}: x{:.2} (exponent {growth:.2})",
                    secs / ps
                );
            }
        }
        prev = Some((n, secs));
    }
}
