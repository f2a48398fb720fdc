//! Realism check of the names matcher on a check-eval JSONL file (see the dev set README).
//!
//! ```text
//! cargo run --release -p bitext-mentions --example names_eval -- /work/shared/data/check/cases.jsonl [--show N]
//! ```
//!
//! Policy simulated (what a checker built on this module would do): every source name that is
//! not a lone sentence-initial word must find a target name with
//! `name_similarity >= SAME_NAME`; a case is flagged when one does not. Reported:
//! * false-alarm proxy: share of clean pairs flagged;
//! * recall proxy per injected kind: share of name_* positives flagged whose clean original
//!   is not flagged (paired), and share where the injected source name itself is unmatched;
//! * misspell band: share of name_misspell positives whose injected name scores in
//!   `NEAR_MISS..SAME_NAME` against its source name (a checker can call it a misspelling).

use bitext_mentions::names::{
    extract_names, name_similarity, NameKind, NameMention, NEAR_MISS, SAME_NAME,
};
use std::collections::HashMap;
use std::io::BufRead;

struct Case {
    id: String,
    kind: String,
    orig: String,
    src: String,
    tgt: String,
    src_lang: String,
    tgt_lang: String,
    source_name: Option<String>,
}

fn required(m: &NameMention) -> bool {
    !m.sentence_initial && !m.common && !m.title_case
}

/// Best similarity of `m` against any of `others`.
fn best(m: &NameMention, others: &[NameMention]) -> f32 {
    others
        .iter()
        .map(|o| name_similarity(m, o))
        .fold(0.0, f32::max)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "/work/shared/data/check/cases.jsonl".into());
    let show: usize = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let show_kind = args
        .iter()
        .position(|a| a == "--kind")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "clean".into());
    let f = std::fs::File::open(&path).expect("open cases");
    let mut cases = Vec::new();
    for line in std::io::BufReader::new(f).lines() {
        let line = line.expect("read");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
        cases.push(Case {
            id: s("id"),
            kind: s("kind"),
            orig: s("orig_id"),
            src: s("src"),
            tgt: s("tgt"),
            src_lang: s("src_lang"),
            tgt_lang: s("tgt_lang"),
            source_name: v["injected_span"]["source_name"]
                .as_str()
                .map(str::to_string),
        });
    }
    // extraction throughput alone (one call per sentence, as the aligner does)
    let mut ex_bytes = [0usize; 2];
    let mut ex_secs = [0f64; 2];
    for c in &cases {
        for (text, lang) in [(&c.src, &c.src_lang), (&c.tgt, &c.tgt_lang)] {
            let k = usize::from(lang == "ru");
            let t = std::time::Instant::now();
            let n = extract_names(text, lang).len();
            ex_secs[k] += t.elapsed().as_secs_f64();
            ex_bytes[k] += text.len();
            std::hint::black_box(n);
        }
    }
    let t0 = std::time::Instant::now();
    let mut bytes = 0usize;
    let mut flagged: HashMap<String, bool> = HashMap::new();
    // per kind: (n, flagged, paired, targeted, band)
    let mut stats: HashMap<String, [usize; 5]> = HashMap::new();
    let mut by_dir: HashMap<String, [usize; 2]> = HashMap::new();
    let mut unmatched_kinds: HashMap<String, usize> = HashMap::new();
    let mut shown = 0;
    let mut results: Vec<(usize, bool, Option<bool>, Option<f32>)> = Vec::new();
    let mut flags_b: Vec<[bool; 3]> = Vec::new();
    let mut anchors = [0usize; 2];
    for (ci, c) in cases.iter().enumerate() {
        bytes += c.src.len() + c.tgt.len();
        let sm = extract_names(&c.src, &c.src_lang);
        let tm = extract_names(&c.tgt, &c.tgt_lang);
        let mut flag = false;
        if c.kind == "clean" {
            // anchor agreement: a matched name should carry the same anchor key on both sides
            for m in sm.iter().filter(|m| required(m)) {
                let bt = tm
                    .iter()
                    .map(|t| (name_similarity(m, t), t))
                    .max_by(|x, y| x.0.total_cmp(&y.0));
                if let Some((b, t)) = bt {
                    if b >= SAME_NAME {
                        anchors[0] += 1;
                        anchors[1] += usize::from(m.anchor_key() == t.anchor_key());
                    }
                }
            }
        }
        for m in sm.iter().filter(|m| required(m)) {
            let b = best(m, &tm);
            if b < SAME_NAME {
                flag = true;
                if c.kind == "clean" {
                    let k = format!("{:?}{}", m.kind, if m.derived { "/derived" } else { "" });
                    *unmatched_kinds.entry(k).or_default() += 1;
                }
                if c.kind == show_kind && shown < show {
                    shown += 1;
                    println!(
                        "[{}] {:?} {:?} best={b:.2}\n  S: {}\n  T: {}\n  T names: {:?}",
                        c.id,
                        m.surface,
                        m.kind,
                        c.src,
                        c.tgt,
                        tm.iter().map(|x| x.surface.as_str()).collect::<Vec<_>>()
                    );
                }
            }
        }
        // policy B: evidence-based (near miss / orphan target name / strong drop)
        let mut near = false;
        let mut orphan = false;
        let mut drop = false;
        let unmatched: Vec<(&NameMention, f32)> = sm
            .iter()
            .filter(|m| required(m))
            .map(|m| (m, best(m, &tm)))
            .filter(|(_, b)| *b < SAME_NAME)
            .collect();
        if !unmatched.is_empty() {
            let orphans = tm
                .iter()
                .filter(|t| required(t) && t.entity.is_none() && t.kind == NameKind::Name)
                .any(|t| best(t, &sm) < NEAR_MISS);
            for (m, b) in &unmatched {
                if *b >= NEAR_MISS {
                    near = true;
                } else if orphans {
                    orphan = true;
                } else if m.kind == NameKind::Name && m.entity.is_none() {
                    drop = true;
                }
            }
        }
        let flag_b = [near, orphan, drop];
        // the injected source name: is it unmatched in the target?
        let (targeted, band) = match &c.source_name {
            Some(sn) => {
                let m = sm.iter().find(|m| m.surface.contains(sn.as_str()));
                match m {
                    Some(m) => {
                        let b = best(m, &tm);
                        (Some(b < SAME_NAME), Some(b))
                    }
                    None => (None, None),
                }
            }
            None => (None, None),
        };
        flagged.insert(c.id.clone(), flag);
        results.push((ci, flag, targeted, band));
        flags_b.push(flag_b);
    }
    let secs = t0.elapsed().as_secs_f64();
    for (ci, flag, targeted, band) in &results {
        let c = &cases[*ci];
        let e = stats.entry(c.kind.clone()).or_default();
        e[0] += 1;
        e[1] += usize::from(*flag);
        let orig_flag = flagged.get(&c.orig).copied().unwrap_or(false);
        e[2] += usize::from(*flag && (c.kind == "clean" || !orig_flag));
        e[3] += usize::from(targeted == &Some(true));
        if let Some(b) = band {
            e[4] += usize::from(*b >= bitext_mentions::names::NEAR_MISS && *b < SAME_NAME);
        }
        if c.kind == "clean" {
            let d = by_dir
                .entry(format!("{}->{}", c.src_lang, c.tgt_lang))
                .or_default();
            d[0] += 1;
            d[1] += usize::from(*flag);
        }
    }
    let mut kinds: Vec<_> = stats.keys().cloned().collect();
    kinds.sort();
    println!("kind                 n  flagged  paired  injected-name-unmatched  near-miss-band");
    for k in kinds {
        if !(k == "clean" || k.starts_with("name")) {
            continue;
        }
        let e = stats[&k];
        let p = |x: usize| 100.0 * x as f64 / e[0].max(1) as f64;
        println!(
            "{k:<16} {:>5}  {:>6.1}%  {:>5.1}%  {:>22.1}%  {:>13.1}%",
            e[0],
            p(e[1]),
            p(e[2]),
            p(e[3]),
            p(e[4])
        );
    }
    for (d, v) in &by_dir {
        println!(
            "clean {d}: {:.1}% flagged ({} of {})",
            100.0 * v[1] as f64 / v[0] as f64,
            v[1],
            v[0]
        );
    }
    // policy B components: near miss, orphan target name, drop of a plain name
    let mut bstats: HashMap<String, [usize; 5]> = HashMap::new();
    for ((ci, ..), fb) in results.iter().zip(&flags_b) {
        let c = &cases[*ci];
        let e = bstats.entry(c.kind.clone()).or_default();
        e[0] += 1;
        e[1] += usize::from(fb[0]);
        e[2] += usize::from(fb[1]);
        e[3] += usize::from(fb[2]);
        e[4] += usize::from(fb[0] || fb[1] || fb[2]);
    }
    println!("policy B (flag reason)  n   near-miss  orphan-target  plain-drop  any");
    let mut bk: Vec<_> = bstats.keys().cloned().collect();
    bk.sort();
    for k in bk {
        if !(k == "clean" || k.starts_with("name")) {
            continue;
        }
        let e = bstats[&k];
        let p = |x: usize| 100.0 * x as f64 / e[0].max(1) as f64;
        println!(
            "{k:<16} {:>5}  {:>8.1}%  {:>12.1}%  {:>9.1}%  {:>5.1}%",
            e[0],
            p(e[1]),
            p(e[2]),
            p(e[3]),
            p(e[4])
        );
    }
    let mut uk: Vec<_> = unmatched_kinds.into_iter().collect();
    uk.sort();
    println!("unmatched source names on clean pairs by kind: {uk:?}");
    println!(
        "anchor_key agreement on matched names (clean): {:.1}% of {}",
        100.0 * anchors[1] as f64 / anchors[0].max(1) as f64,
        anchors[0]
    );
    println!(
        "extract_names only: en {:.1} MB/s, ru {:.1} MB/s",
        ex_bytes[0] as f64 / 1e6 / ex_secs[0],
        ex_bytes[1] as f64 / 1e6 / ex_secs[1]
    );
    println!(
        "extraction+matching: {:.1} MB in {:.2}s ({:.1} MB/s, debug/release as built)",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
    let _ = NameKind::Name;
}
