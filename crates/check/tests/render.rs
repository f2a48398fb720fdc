//! Rendering and serialisation of reports.

use bitext_check::{check_texts, render_human, render_report, CheckOptions};

const RU: &str = "Пресс-секретарь Кремля Дмитрий Песков заявил об этом во вторник.\nПо его словам, более 500 россиян вернулись домой 7 октября.\n\nВстреча с Лавровым назначена на 15:00.\n";
const EN: &str = "Kremlin spokesman Dmitry Pechkov said this on Tuesday.\nAccording to him, more than 50 Russians returned home on October 8.\n\nThe meeting is set for 3 p.m.\n";

#[test]
fn report_is_stable_and_complete() {
    let r = check_texts(RU, EN, "ru", "en", &CheckOptions::default());
    let kinds: Vec<&str> = r.findings.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "name-mismatch",
            "number-mismatch",
            "date-mismatch",
            "name-missing"
        ]
    );
    let a = render_report(&r, "ru.txt", "en.txt", RU, EN);
    let b = render_report(&r, "ru.txt", "en.txt", RU, EN);
    assert_eq!(a, b);
    assert!(a.starts_with("check ru.txt -> en.txt\n"));
    assert!(a.contains("#2 number-mismatch (error), bead 2\n  source: ru.txt:2:22 sentence 2 \"500\" = more than 500\n"));
    assert!(
        a.contains("  target: en.txt:4:1 no counterpart\n    | The meeting is set for 3 p.m.\n")
    );
    assert!(a.contains("message: source has more than 500 (более 500 россиян), target has more than 50 (more than 50 Russians)"));
    assert!(a.ends_with("4 findings (3 errors, 1 warning, 0 infos) in 3 beads (3 source sentences / 3 target sentences)\n"));
    assert!(!a.contains('\x1b'));
}

#[test]
fn human_output_has_carets_and_optional_colour() {
    let r = check_texts(RU, EN, "ru", "en", &CheckOptions::default());
    let plain = render_human(&r, "ru.txt", "en.txt", RU, EN, false);
    assert!(plain.contains(
        "error[date-mismatch]: source has 7 October (7 октября), target has 8 October (October 8)"
    ));
    assert!(plain.contains(" --> ru.txt:2:50\n"));
    assert!(plain
        .contains("  |                                                  ^^^^^^^^^ 7 October\n"));
    assert!(!plain.contains('\x1b'));
    let colour = render_human(&r, "ru.txt", "en.txt", RU, EN, true);
    assert!(colour.contains("\x1b[1;31merror[name-mismatch]\x1b[0m"));
}

#[test]
fn clean_texts_summary() {
    let r = check_texts(
        "Погибли 8 человек.",
        "Eight people died.",
        "ru",
        "en",
        &CheckOptions::default(),
    );
    assert!(r.findings.is_empty());
    let s = render_report(&r, "a", "b", "Погибли 8 человек.", "Eight people died.");
    assert_eq!(
        s,
        "check a -> b\n\nno findings (1 bead, 1 source sentence / 1 target sentence)\n"
    );
}

#[cfg(feature = "serde")]
#[test]
fn json_field_names() {
    let r = check_texts(RU, EN, "ru", "en", &CheckOptions::default());
    let v = serde_json::to_value(&r.findings[1]).unwrap();
    assert_eq!(v["kind"], "number-mismatch");
    assert_eq!(v["severity"], "error");
    assert_eq!(v["src"]["sentence"], 1);
    assert_eq!(v["src"]["text"], "500");
    assert_eq!(v["src"]["value"], "more than 500");
    assert_eq!(v["tgt"]["line"], 2);
    let missing = serde_json::to_value(&r.findings[3]).unwrap();
    assert!(missing["tgt"].is_null());
    assert!(v["message"]
        .as_str()
        .unwrap()
        .starts_with("source has more than 500"));
}
