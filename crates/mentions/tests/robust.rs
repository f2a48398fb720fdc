//! Invariants on arbitrary input: no panics, valid sorted byte spans, deterministic output.

use bitext_mentions::{extract, extract_numbers};
use proptest::prelude::*;

fn check(text: &str) {
    for lang in ["ru", "en", "de", "xx", ""] {
        let a = extract_numbers(text, lang);
        let mut last = 0;
        for m in &a {
            assert!(m.span.start <= m.span.end && m.span.end <= text.len());
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            assert!(m.span.start >= last || m.span.start + 64 > last, "order");
            last = m.span.start;
        }
        assert_eq!(a, extract_numbers(text, lang), "deterministic");
        let _ = extract(text, lang);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn arbitrary_unicode(s in "\\PC{0,80}") {
        check(&s);
    }

    #[test]
    fn number_soup(s in "[0-9 ,.:/\\-–+%$€°'’a-zA-Zа-яА-ЯёЁ\u{a0}\u{202f}ХІ]{0,60}") {
        check(&s);
    }

    #[test]
    fn word_soup(parts in proptest::collection::vec(prop::sample::select(vec![
        "один", "две", "тысячи", "тыс.", "млн", "полтора", "с", "половиной", "и", "более",
        "от", "до", "по", "октября", "года", "в", "XX", "веке", "-", "–", "5", "1,5", "07.10.2023",
        "one", "a", "hundred", "and", "half", "million", "between", "to", "October", "7th",
        "p.m.", "15:00", "9/11", "'90s", "$", "%", "седьмого", "двадцать", ",", ".",
    ]), 0..24)) {
        let text = parts.join(" ");
        check(&text);
        check(&parts.concat());
    }
}

#[test]
fn huge_inputs() {
    let digits = "1,234.567 ".repeat(50_000);
    check(&digits);
    let seps = "1.".repeat(100_000);
    check(&seps);
    let words = "двадцать пять тысяч ".repeat(20_000);
    assert!(!extract_numbers(&words, "ru").is_empty());
    let long_digits = "9".repeat(10_000);
    check(&long_digits);
    check("");
    check("\u{feff}\u{0}\r\n\t");
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trip() {
    let ms = extract("Более 1,5 млн долларов 7 октября 2023 года в 15:00", "ru");
    assert!(!ms.is_empty());
    let json = serde_json::to_string(&ms).unwrap();
    let back: Vec<bitext_mentions::Mention> = serde_json::from_str(&json).unwrap();
    assert_eq!(ms, back);
}
