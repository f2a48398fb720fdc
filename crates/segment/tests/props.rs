//! Property tests: the output contract holds for arbitrary strings.

use bitext_segment::{is_space, Mode, Segmenter};
use proptest::prelude::*;

fn check(seg: &Segmenter, text: &str) {
    let mut prev_end = 0;
    for r in seg.segment(text) {
        assert!(r.start < r.end, "empty range {r:?}");
        assert!(r.start >= prev_end, "overlap/order {r:?}");
        assert!(r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(
            text[prev_end..r.start].chars().all(is_space),
            "gap not whitespace"
        );
        let s = &text[r.clone()];
        assert!(
            !s.starts_with(is_space) && !s.ends_with(is_space),
            "untrimmed {s:?}"
        );
        prev_end = r.end;
    }
    assert!(
        text[prev_end..].chars().all(is_space),
        "tail not whitespace"
    );
}

fn alphabet() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "а", "Б", "т", "г", "х", "A", "b", "I", "1", "9", ".", "..", "…", "!", "?", ";", ":", ")",
        "(", "«", "»", "\"", "„", "“", "—", "-", "@", "😍", "❤", "\u{fe0f}", " ", " ", "\u{a0}",
        "\n", "\r\n", "\r", "\u{feff}", "\u{2028}", "\u{2029}", "[1]", "г.", "т. д.", "Mr.",
        "e.g.",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// Text without any sentence-final mark (stops, emoji, emoticons) or line break.
fn no_final_marks() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "word",
        "Word",
        "слово",
        "Москва",
        "I",
        "A",
        "12",
        "3,5",
        "@user",
        "@Some_Handle",
        "#tag",
        ",",
        "-",
        "—",
        "«",
        "»",
        "\"",
        "'",
        "&",
        "/",
        "%",
        "°",
        "+",
    ]);
    prop::collection::vec(pieces, 1..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn contract_on_tricky_pieces(text in alphabet(), lang in prop::sample::select(vec!["ru", "en", "de", "fr", "uk", "es", "zz"])) {
        check(&Segmenter::new(lang), &text);
        check(&Segmenter::new(lang).mode(Mode::Lines), &text);
    }

    #[test]
    fn contract_on_arbitrary_strings(text in any::<String>()) {
        check(&Segmenter::new("ru"), &text);
        check(&Segmenter::new("en").mode(Mode::Lines), &text);
    }

    #[test]
    fn no_boundary_without_a_final_mark(text in no_final_marks(), lang in prop::sample::select(vec!["ru", "en", "de", "fr", "zz"])) {
        let n = Segmenter::new(lang).segment(&text).count();
        prop_assert_eq!(n, 1, "{:?}", text);
    }

    #[test]
    fn deterministic(text in alphabet()) {
        let s = Segmenter::new("ru");
        let a: Vec<_> = s.segment(&text).collect();
        let b: Vec<_> = s.segment(&text).collect();
        prop_assert_eq!(a, b);
    }
}
