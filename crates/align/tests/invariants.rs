//! Property and behaviour tests of the public API (inline texts only).

use bitext_align::{align, AlignOptions, Alignment, Bead, Side};
use proptest::prelude::*;

/// Checks that the beads are monotone and cover every sentence of both sides exactly once.
fn assert_cover(a: &Alignment, n: usize, m: usize) {
    let (mut i, mut j) = (0, 0);
    for b in &a.beads {
        assert_eq!(b.src.start, i, "src gap/overlap at bead {b:?}");
        assert_eq!(b.tgt.start, j, "tgt gap/overlap at bead {b:?}");
        assert!(!(b.src.is_empty() && b.tgt.is_empty()), "empty bead");
        assert!((0.0..=1.0).contains(&b.score), "score {b:?}");
        i = b.src.end;
        j = b.tgt.end;
    }
    assert_eq!((i, j), (n, m));
}

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,40}",
        "[а-яё ,.]{0,60}",
        "[A-Z][a-z]{1,8} [0-9]{1,4}[.?!]",
        "«[А-Я][а-я]{2,9}» — [0-9]{1,3},[0-9]",
        Just(String::new()),
        "\\PC{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_alignment_is_monotone_and_covers_everything(
        src in prop::collection::vec(sentence(), 0..30),
        tgt in prop::collection::vec(sentence(), 0..30),
        max_bead in 1usize..5,
        realign in any::<bool>(),
        paras in prop::collection::vec(0usize..30, 0..5),
    ) {
        let s: Vec<&str> = src.iter().map(String::as_str).collect();
        let t: Vec<&str> = tgt.iter().map(String::as_str).collect();
        let opts = AlignOptions::default().max_bead(max_bead).realign(realign);
        let a = align(
            &Side::new(&s, "ru").with_paragraphs(&paras),
            &Side::new(&t, "en").with_paragraphs(&paras),
            &opts,
        );
        assert_cover(&a, s.len(), t.len());
        for b in &a.beads {
            prop_assert!(b.src.len() <= max_bead && b.tgt.len() <= max_bead);
        }
        let again = align(&Side::new(&s, "ru").with_paragraphs(&paras), &Side::new(&t, "en").with_paragraphs(&paras), &opts);
        prop_assert_eq!(a, again, "deterministic");
    }
}

#[test]
fn empty_sides_give_null_beads() {
    let s = ["Одно.", "Два."];
    let none: [&str; 0] = [];
    let a = align(
        &Side::new(&s, "ru"),
        &Side::new(&none, "en"),
        &AlignOptions::default(),
    );
    assert_eq!(a.beads.len(), 2);
    assert!(a.beads.iter().all(|b| b.kind() == "1-0"));
    let b = align(
        &Side::new(&none, "ru"),
        &Side::new(&none, "en"),
        &AlignOptions::default(),
    );
    assert!(b.beads.is_empty());
    assert_eq!(b.stats.mean_score, 0.0);
}

#[test]
fn much_longer_side_still_aligns() {
    let long: Vec<String> = (0..3000)
        .map(|k| format!("Sentence number {k} is here, friend."))
        .collect();
    let l: Vec<&str> = long.iter().map(String::as_str).collect();
    let short: Vec<String> = (0..40)
        .map(|k| format!("Phrase {} est ici, ami.", k * 70))
        .collect();
    let s: Vec<&str> = short.iter().map(String::as_str).collect();
    let a = align(
        &Side::new(&l, "en"),
        &Side::new(&s, "fr"),
        &AlignOptions::default(),
    );
    assert_cover(&a, l.len(), s.len());
    // the numbers anchor most short sentences to their long-side twin
    let hits = a
        .beads
        .iter()
        .filter(|b| b.src.len() == 1 && b.tgt.len() == 1 && b.src.start == b.tgt.start * 70)
        .count();
    assert!(hits >= 30, "{hits}");
}

fn pairs(a: &Alignment) -> Vec<(Vec<usize>, Vec<usize>)> {
    a.beads
        .iter()
        .map(|b: &Bead| (b.src.clone().collect(), b.tgt.clone().collect()))
        .collect()
}

#[test]
fn russian_english_news_with_merge_and_deletion() {
    let ru = [
        "Правительство России утвердило новую программу развития регионов.",
        "По словам министра экономики, на нее выделят 120 миллиардов рублей.",
        "Программа рассчитана до 2030 года.",
        "Эксперты считают, что этого недостаточно.",
        "Ранее президент Владимир Путин поручил ускорить строительство дорог.",
        "Он также попросил губернаторов каждый месяц докладывать о ходе работ.",
        "В Кремле отказались от комментариев.",
    ];
    let en = [
        "The Russian government has approved a new regional development programme.",
        "According to the economy minister, 120 billion roubles will be allocated to it, and the programme runs until 2030.",
        "Experts believe this is not enough.",
        "Earlier, President Vladimir Putin ordered faster road construction.",
        "The Kremlin declined to comment.",
    ];
    let a = align(
        &Side::new(&ru, "ru"),
        &Side::new(&en, "en"),
        &AlignOptions::default(),
    );
    assert_eq!(
        pairs(&a),
        vec![
            (vec![0], vec![0]),
            (vec![1, 2], vec![1]),
            (vec![3], vec![2]),
            (vec![4], vec![3]),
            (vec![5], vec![]),
            (vec![6], vec![4]),
        ]
    );
    let null = a.beads.iter().find(|b| b.is_null()).unwrap();
    assert!(null.score > 0.0 && null.score <= 1.0);
}

#[test]
fn numbers_do_not_dominate_chapter_headings() {
    // "Chapter 1." shares only a number with "Libro 1." at the other end of the text; pairing
    // them would push the two long sentences out of alignment, which length and cognates forbid.
    let en = [
        "Chapter 1.",
        "The president of the republic presented an important national economic programme to the parliament.",
        "The opposition criticised the programme as insufficient and irresponsible.",
    ];
    let es = [
        "El presidente de la república presentó un importante programa económico nacional al parlamento.",
        "La oposición criticó el programa como insuficiente e irresponsable.",
        "Libro 1.",
    ];
    let a = align(
        &Side::new(&en, "en"),
        &Side::new(&es, "es"),
        &AlignOptions::default(),
    );
    let together = |s: usize, t: usize| {
        a.beads
            .iter()
            .any(|b| b.src.contains(&s) && b.tgt.contains(&t))
    };
    assert!(together(1, 0) && together(2, 1), "{:?}", pairs(&a));
    assert!(!together(0, 2), "{:?}", pairs(&a));
}

#[test]
fn paragraphs_are_hints_not_walls() {
    let ru = [
        "Первый абзац начинается здесь.",
        "Он короткий.",
        "Второй абзац о погоде.",
        "Шел дождь.",
    ];
    let en = [
        "The first paragraph starts here.",
        "It is short.",
        "The second paragraph is about the weather.",
        "It was raining.",
    ];
    let a = align(
        &Side::new(&ru, "ru").with_paragraphs(&[0, 2]),
        &Side::new(&en, "en").with_paragraphs(&[0, 2]),
        &AlignOptions::default(),
    );
    assert!(a.beads.iter().all(|b| b.kind() == "1-1"));
    // different paragraph counts must not break the alignment
    let b = align(
        &Side::new(&ru, "ru").with_paragraphs(&[0, 1, 2, 3]),
        &Side::new(&en, "en").with_paragraphs(&[0]),
        &AlignOptions::default(),
    );
    assert_cover(&b, 4, 4);
    assert_eq!(b.beads.len(), 4);
}

#[test]
fn stats_summarise_the_alignment() {
    let ru = ["Да.", "Нет!", "Может быть?"];
    let en = ["Yes.", "No!", "Maybe?"];
    let a = align(
        &Side::new(&ru, "ru"),
        &Side::new(&en, "en"),
        &AlignOptions::default().low_confidence(0.0),
    );
    assert_eq!(a.stats.by_kind, vec![("1-1".to_string(), 3)]);
    assert_eq!(a.stats.low_confidence, 0);
    assert_eq!(a.low_confidence().count(), 0);
    assert!(a.stats.to_string().starts_with("beads 3 (1-1: 3)"));
}

#[test]
fn odd_inputs_do_not_panic() {
    let huge = "слово ".repeat(40_000) + &"word ".repeat(10_000);
    let many_empty = vec![""; 5_000];
    let mut src: Vec<&str> = many_empty.clone();
    src.push(&huge);
    let tgt = ["…", "?!", "\u{0}", "", "12,5 %"];
    let a = align(
        &Side::new(&src, "ru"),
        &Side::new(&tgt, "xx"),
        &AlignOptions::default(),
    );
    assert_cover(&a, src.len(), tgt.len());
    // extreme parameters must not produce NaN scores or panics either
    let mut p = bitext_align::CostParams::default();
    for (k, v) in [
        ("kappa", 0.0),
        ("prior_null", 0.0),
        ("score_temperature", 0.0),
        ("sim_weight", -5.0),
    ] {
        assert!(p.set(k, v));
    }
    let s = ["Да.", "", "Нет, 5 раз!"];
    let t = ["Yes.", "No, 5 times!", ""];
    let a = align(
        &Side::new(&s, "ru"),
        &Side::new(&t, "en"),
        &AlignOptions::default().params(p),
    );
    assert_cover(&a, 3, 3);
}

#[test]
fn two_threads_give_the_same_alignment() {
    // 1,200 + 1,150 sentences: long enough (2,000+) for the second thread (text analysis, weighing,
    // coarsening)
    let pair = |k: usize| match k % 4 {
        0 => (
            format!(
                "В {} году компания Иванова открыла {} заводов.",
                1900 + k,
                k % 37
            ),
            format!(
                "In {}, Ivanov's company opened {} factories.",
                1900 + k,
                k % 37
            ),
        ),
        1 => (
            format!("«Почему?» — спросил Петров в {k} раз."),
            format!("\"Why?\" Petrov asked for the {k}th time."),
        ),
        2 => (
            "Это был долгий день, и все устали.".to_string(),
            "It had been a long day, and everyone was tired.".to_string(),
        ),
        _ => (
            format!("Температура опустилась до минус {} градусов.", k % 40),
            format!("The temperature dropped to minus {} degrees.", k % 40),
        ),
    };
    let ru: Vec<String> = (0..1200).map(|k| pair(k).0).collect();
    let en: Vec<String> = (0..1200)
        .filter(|k| k % 24 != 5)
        .map(|k| pair(k).1)
        .collect();
    let s: Vec<&str> = ru.iter().map(String::as_str).collect();
    let t: Vec<&str> = en.iter().map(String::as_str).collect();
    let (src, tgt) = (Side::new(&s, "ru"), Side::new(&t, "en"));
    let two = align(&src, &tgt, &AlignOptions::default().threads(true));
    let one = align(&src, &tgt, &AlignOptions::default().threads(false));
    assert_cover(&two, s.len(), t.len());
    assert_eq!(two, one);
    assert_eq!(two.beads.iter().filter(|b| b.is_null()).count(), 50);
}

#[test]
fn align_segmented_takes_ranges_that_do_not_fit_the_text() {
    // a caller's ranges past the end or cutting a character: empty sentences, no panic, and
    // still every sentence in exactly one bead
    let (ru, en) = (
        bitext_segment::Segmenter::new("ru"),
        bitext_segment::Segmenter::new("en"),
    );
    let (a, b) = ("Первое предложение. Второе.", "First sentence. Second.");
    let ra = vec![0..10, 1..3, 30..99];
    let rb = vec![0..15, 16..23];
    let t = bitext_align::align_segmented(
        (&ru, a, ra, "ru"),
        (&en, b, rb, "en"),
        &AlignOptions::default(),
    );
    assert_cover(&t.alignment, t.src.len(), t.tgt.len());
}
