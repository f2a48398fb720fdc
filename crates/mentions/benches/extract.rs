//! Throughput of `extract_numbers` and `extract` on generated Russian and English news-like
//! text. Run: `cargo bench -p bitext-mentions --bench extract`. Target: ≥ 50 MB/s on one core.

use std::time::Instant;

const RU: &[&str] = &[
    "Порядка 1,5 тыс. жителей покинули город 7 октября, сообщил Дмитрий Песков.",
    "По данным министерства, в 2023 году на программу выделили более 130 млн рублей.",
    "Восемь россиян получили ранения, еще двое пропали без вести.",
    "Заседание начнется в 15:00 по московскому времени и продлится около трех часов.",
    "Цены выросли на 7,5 %, а безработица снизилась до 4 процентов.",
    "В XX веке население страны увеличилось в полтора раза.",
    "Он заявил, что переговоры, по всей видимости, продолжатся на следующей неделе.",
    "Журналисты отметили, что ситуация в регионе остается напряженной.",
];
const EN: &[&str] = &[
    "Some 1500 residents left the city on October 7, Dmitry Peskov said.",
    "According to the ministry, more than 130 million rubles were allocated in 2023.",
    "Eight Russians were injured and two more are missing.",
    "The meeting starts at 3 p.m. Moscow time and will last about three hours.",
    "Prices rose by 7.5%, while unemployment fell to 4 percent.",
    "In the 20th century the country's population grew one and a half times.",
    "He said the talks would most likely continue next week.",
    "Reporters noted that the situation in the region remains tense.",
];

fn corpus(lines: &[&str], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 200);
    let mut i = 0usize;
    while s.len() < bytes {
        s.push_str(lines[i % lines.len()]);
        s.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7) % 9973;
    }
    s
}

fn run(name: &str, text: &str, lang: &str, f: fn(&str, &str) -> usize) {
    // Warm up (builds the lexicon), then time whole passes for about a second.
    let mut found = f(text, lang);
    let start = Instant::now();
    let mut passes = 0u32;
    while start.elapsed().as_secs_f64() < 1.0 || passes < 3 {
        found = f(text, lang);
        passes += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mbps = text.len() as f64 * f64::from(passes) / secs / 1e6;
    println!("{name:<24} {lang}: {mbps:8.1} MB/s  ({found} mentions per pass)");
}

fn per_sentence(name: &str, sents: &[&str], lang: &str, f: fn(&str, &str) -> usize) {
    let bytes: usize = sents.iter().map(|s| s.len()).sum();
    // Warm up: the first call builds the language's tables, which is not extraction speed.
    for s in sents.iter().take(100) {
        f(s, lang);
    }
    let start = Instant::now();
    let mut n = 0;
    for s in sents {
        n += f(s, lang);
    }
    let secs = start.elapsed().as_secs_f64();
    let mbps = bytes as f64 / secs / 1e6;
    println!("{name:<24} {lang}: {mbps:8.1} MB/s  ({n} mentions)");
}

fn main() {
    // Optional real text: BITEXT_BENCH_FILE=path BITEXT_BENCH_LANG=ru (one sentence per line).
    if let (Ok(path), Ok(lang)) = (
        std::env::var("BITEXT_BENCH_FILE"),
        std::env::var("BITEXT_BENCH_LANG"),
    ) {
        let text = std::fs::read_to_string(&path).expect("read BITEXT_BENCH_FILE");
        let sents: Vec<&str> = text.lines().collect();
        for _ in 0..3 {
            per_sentence("file: extract_numbers", &sents, &lang, |s, l| {
                bitext_mentions::extract_numbers(s, l).len()
            });
        }
        per_sentence("file: extract (names)", &sents, &lang, |s, l| {
            bitext_mentions::extract(s, l).len()
        });
        return;
    }
    // BITEXT_BENCH_ONLY=names runs only the sentence-by-sentence `extract` (for profiling),
    // for one language if BITEXT_BENCH_LANG is set too.
    let only_names = std::env::var("BITEXT_BENCH_ONLY").is_ok_and(|v| v == "names");
    let only_lang = std::env::var("BITEXT_BENCH_LANG").ok();
    let size = 4 << 20;
    for (lang, lines) in [("ru", RU), ("en", EN)] {
        if only_lang.as_deref().is_some_and(|l| l != lang) {
            continue;
        }
        let text = corpus(lines, size);
        if only_names {
            let sents: Vec<&str> = text.split_inclusive(". ").collect();
            for _ in 0..3 {
                per_sentence("extract/sent (names)", &sents, lang, |s, l| {
                    bitext_mentions::extract(s, l).len()
                });
            }
            continue;
        }
        run("extract_numbers", &text, lang, |t, l| {
            bitext_mentions::extract_numbers(t, l).len()
        });
        // Sentence by sentence, as the aligner and checker call it.
        let sents: Vec<&str> = text.split_inclusive(". ").collect();
        per_sentence("extract_numbers/sent", &sents, lang, |s, l| {
            bitext_mentions::extract_numbers(s, l).len()
        });
        per_sentence("extract/sent (names)", &sents, lang, |s, l| {
            bitext_mentions::extract(s, l).len()
        });
    }
}
