//! Table tests: every finding kind in both directions (ru→en, en→ru) and within one language
//! (en/en, ru/ru), and clean pairs that must give no findings.

use bitext_check::{check_pair, check_texts, CheckOptions, Config, FindingKind, Severity};

mod common;

use common::{kinds, table};
use FindingKind::*;

#[test]
fn clean_pairs_give_no_findings() {
    table(&[
        (
            "Погибли восемь человек.",
            "Eight people died.",
            "ru",
            "en",
            &[],
        ),
        (
            "Встреча назначена на 15:00.",
            "The meeting is set for 3 p.m.",
            "ru",
            "en",
            &[],
        ),
        (
            "В акции участвовали 130 тыс. человек.",
            "130,000 people took part in the rally.",
            "ru",
            "en",
            &[],
        ),
        (
            "Бюджет составит 1,5 млн долларов.",
            "The budget will be $1.5 million.",
            "ru",
            "en",
            &[],
        ),
        (
            "Об этом заявил пресс-секретарь Кремля Дмитрий Песков.",
            "This was stated by Kremlin spokesman Dmitry Peskov.",
            "ru",
            "en",
            &[],
        ),
        (
            "Слова Пескова подтвердили 7 октября.",
            "Peskov's words were confirmed on October 7.",
            "ru",
            "en",
            &[],
        ),
        (
            "Более 500 россиян вернулись домой.",
            "More than 500 Russians returned home.",
            "ru",
            "en",
            &[],
        ),
        (
            "About 40 percent of voters backed Biden.",
            "Около 40% избирателей поддержали Байдена.",
            "en",
            "ru",
            &[],
        ),
        (
            "The talks in Geneva lasted eight hours.",
            "Переговоры в Женеве длились восемь часов.",
            "en",
            "ru",
            &[],
        ),
        (
            "Johnson met Macron in Paris on July 26.",
            "Джонсон встретился с Макроном в Париже 26 июля.",
            "en",
            "ru",
            &[],
        ),
        (
            "Putin spoke with Erdogan twice.",
            "Путин дважды поговорил с Эрдоганом.",
            "en",
            "ru",
            &[],
        ),
        (
            "Prices rose by 2.5% in 2021.",
            "Prices went up 2.5 percent in 2021.",
            "en",
            "en",
            &[],
        ),
        (
            "В 2020 году в городе жили 12 млн человек.",
            "В 2020 году население города составляло 12 миллионов.",
            "ru",
            "ru",
            &[],
        ),
        ("", "", "ru", "en", &[]),
    ]);
}

#[test]
fn number_mismatch_both_directions_and_same_language() {
    table(&[
        (
            "Более 500 россиян вернулись домой.",
            "More than 50 Russians returned home.",
            "ru",
            "en",
            &[NumberMismatch],
        ),
        (
            "Погибли восемь человек.",
            "Seven people died.",
            "ru",
            "en",
            &[NumberMismatch],
        ),
        (
            "Бюджет составит 1,5 млн долларов.",
            "The budget will be $15 million.",
            "ru",
            "en",
            &[NumberMismatch],
        ),
        (
            "Бюджет составит 2 млрд рублей.",
            "The budget will be 2 million roubles.",
            "ru",
            "en",
            &[NumberMismatch],
        ),
        (
            "Более 500 россиян вернулись домой.",
            "Less than 500 Russians returned home.",
            "ru",
            "en",
            &[NumberMismatch],
        ),
        (
            "Eight people died.",
            "Погибли семь человек.",
            "en",
            "ru",
            &[NumberMismatch],
        ),
        (
            "The rally drew 130,000 people.",
            "В акции участвовали 13 тыс. человек.",
            "en",
            "ru",
            &[NumberMismatch],
        ),
        (
            "The talks lasted four to seven days.",
            "Переговоры длились от четырех до восьми дней.",
            "en",
            "ru",
            &[NumberMismatch],
        ),
        (
            "Prices rose by 2.5% this year.",
            "Prices rose by 3.5% this year.",
            "en",
            "en",
            &[NumberMismatch],
        ),
        (
            "Цены выросли на 2,5% за год.",
            "Цены выросли на 25% за год.",
            "ru",
            "ru",
            &[NumberMismatch],
        ),
    ]);
}

#[test]
fn number_missing_and_extra() {
    table(&[
        (
            "В акции участвовали 130 тыс. человек в 12 городах.",
            "130,000 people took part in the rally.",
            "ru",
            "en",
            &[NumberMissing],
        ),
        (
            "130,000 people took part in the rally.",
            "В акции участвовали 130 тыс. человек в 12 городах.",
            "en",
            "ru",
            &[NumberExtra],
        ),
        (
            "The plant employs 300 people in 4 shifts.",
            "The plant employs 300 people.",
            "en",
            "en",
            &[NumberMissing],
        ),
        (
            "Завод работает в три смены.",
            "Завод работает в три смены по 8 часов.",
            "ru",
            "ru",
            &[NumberExtra],
        ),
    ]);
}

#[test]
fn date_mismatch() {
    table(&[
        (
            "Встреча состоится 7 октября.",
            "The meeting will take place on October 8.",
            "ru",
            "en",
            &[DateMismatch],
        ),
        (
            "Встреча состоится 7 октября.",
            "The meeting will take place on November 7.",
            "ru",
            "en",
            &[DateMismatch],
        ),
        (
            "The meeting will take place on July 26.",
            "Встреча состоится 26 августа.",
            "en",
            "ru",
            &[DateMismatch],
        ),
        (
            "He married her in 2014.",
            "Он женился на ней в 2011 году.",
            "en",
            "ru",
            &[DateMismatch],
        ),
        (
            "The law came into force on May 1.",
            "The law came into force on May 11.",
            "en",
            "en",
            &[DateMismatch],
        ),
        (
            "Закон вступил в силу 1 мая.",
            "Закон вступил в силу 1 июня.",
            "ru",
            "ru",
            &[DateMismatch],
        ),
    ]);
}

#[test]
fn name_mismatch_swap_and_misspelling() {
    table(&[
        (
            "Об этом сообщил Песков.",
            "This was reported by Lavrov.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "Об этом сообщил Песков.",
            "This was reported by Pechkov.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "This was reported by Peskov.",
            "Об этом сообщил Лавров.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            "This was reported by Peskov.",
            "Об этом сообщил Пешков.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            "The deal was signed by Peskov.",
            "The deal was signed by Pechkov.",
            "en",
            "en",
            &[NameMismatch],
        ),
        (
            "The deal was signed by Johnson.",
            "The deal was signed by Macron.",
            "en",
            "en",
            &[NameMismatch],
        ),
        (
            "Соглашение подписал Собянин.",
            "Соглашение подписал Мишустин.",
            "ru",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn name_missing() {
    table(&[
        (
            "Об этом сообщил пресс-секретарь Песков.",
            "This was reported by the press secretary.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "This was reported by spokesman Peskov.",
            "Об этом сообщил пресс-секретарь.",
            "en",
            "ru",
            &[NameMissing],
        ),
        (
            "The deal was signed by Johnson and Macron.",
            "The deal was signed by Johnson.",
            "en",
            "en",
            &[NameMissing],
        ),
        (
            "Соглашение подписали Собянин и Мишустин.",
            "Соглашение подписал Собянин.",
            "ru",
            "ru",
            &[NameMissing],
        ),
    ]);
}

#[test]
fn extra_names_are_info_only() {
    let o = CheckOptions::default().min_severity(Severity::Info);
    let f = check_pair(
        "Соглашение подписал Собянин.",
        "Соглашение подписали Собянин и Мишустин.",
        "ru",
        "ru",
        &o,
    );
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].kind, f[0].severity), (NameExtra, Severity::Info));
    assert!(check_pair(
        "Соглашение подписал Собянин.",
        "Соглашение подписали Собянин и Мишустин.",
        "ru",
        "ru",
        &CheckOptions::default()
    )
    .is_empty());
}

#[test]
fn spans_and_message() {
    let src = "Более 500 россиян вернулись домой.";
    let tgt = "More than 50 Russians returned home.";
    let f = &check_pair(src, tgt, "ru", "en", &CheckOptions::default())[0];
    let s = f.src.as_ref().unwrap();
    let t = f.tgt.as_ref().unwrap();
    assert_eq!(&src[s.start..s.end], s.text);
    assert_eq!(&tgt[t.start..t.end], t.text);
    assert_eq!((s.line, s.column, t.column), (1, 7, 11)); // the number itself: "500", "50"
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.starts_with("source has more than 500 (Более 500 россиян), target has more than 50 (More than 50 Russians)"), "{}", f.message);
}

#[test]
fn texts_moved_clause_is_not_missing() {
    // the date moved to the next sentence in the translation
    let ru = "Песков прокомментировал ситуацию 7 октября. Он сказал, что переговоры продолжатся.";
    let en =
        "Peskov commented on the situation. On October 7, he said that the talks would continue.";
    let r = check_texts(ru, en, "ru", "en", &CheckOptions::default());
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert_eq!(r.src_sentences.len(), 2);
}

#[test]
fn texts_offsets_are_in_the_original_files() {
    let ru = "Первое предложение.\nВ акции участвовали 130 тыс. человек.";
    let en = "First sentence.\n13,000 people took part in the rally.";
    let r = check_texts(ru, en, "ru", "en", &CheckOptions::default());
    assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
    let f = &r.findings[0];
    let (s, t) = (f.src.as_ref().unwrap(), f.tgt.as_ref().unwrap());
    assert_eq!(&ru[s.start..s.end], s.text);
    assert_eq!(&en[t.start..t.end], "13,000");
    assert_eq!((s.sentence, s.line, t.line, t.column), (1, 2, 2, 1));
}

#[test]
fn ignore_kind_and_config() {
    let o = CheckOptions::default().ignore(NumberMismatch);
    assert!(check_pair(
        "Погибли восемь человек.",
        "Seven people died.",
        "ru",
        "en",
        &o
    )
    .is_empty());
    let c = Config::from_toml_str("ignore = [\"number-mismatch\"]").unwrap();
    let o = CheckOptions::default().config(c);
    assert!(check_pair(
        "Погибли восемь человек.",
        "Seven people died.",
        "ru",
        "en",
        &o
    )
    .is_empty());
}

#[test]
fn config_terms_silence_a_translated_name() {
    let src = "Контракт получил Роскосмос.";
    let tgt = "The contract went to the space agency.";
    assert_eq!(kinds(src, tgt, "ru", "en"), [NameMissing]);
    let c =
        Config::from_toml_str("[[terms]]\nsrc = \"Роскосмос\"\ntgt = \"space agency\"").unwrap();
    assert!(check_pair(src, tgt, "ru", "en", &CheckOptions::default().config(c)).is_empty());
}

#[test]
fn config_suppression() {
    let src = "Контракт получил Роскосмос.";
    let tgt = "The contract went to the space agency.";
    let c = Config::from_toml_str("[[suppress]]\nkind = \"name-missing\"\nsrc = \"роскосмос\"")
        .unwrap();
    assert!(check_pair(src, tgt, "ru", "en", &CheckOptions::default().config(c)).is_empty());
    // a suppression for another kind or another name does not apply
    let c =
        Config::from_toml_str("[[suppress]]\nkind = \"name-extra\"\nsrc = \"Роскосмос\"").unwrap();
    assert_eq!(
        check_pair(src, tgt, "ru", "en", &CheckOptions::default().config(c)).len(),
        1
    );
    let c = Config::from_toml_str("[[suppress]]\nsrc = \"Ростех\"").unwrap();
    assert_eq!(
        check_pair(src, tgt, "ru", "en", &CheckOptions::default().config(c)).len(),
        1
    );
}

#[test]
fn config_errors() {
    assert!(Config::from_toml_str("ignore = [\"number-typo\"]").is_err());
    assert!(Config::from_toml_str("[[suppress]]\n").is_err());
    assert!(Config::from_toml_str("[[terms]]\nsrc = \"\"\ntgt = \"x\"").is_err());
    assert!(Config::from_toml_str("unknown_key = 1").is_err());
    assert!(Config::from_toml_str("ignore = 3").is_err());
    let c = Config::from_toml_str("[[suppress]]\nkind = \"date-mismatch\"\ntgt = \"8 октября\"")
        .unwrap();
    assert_eq!(c.suppress[0].tgt.as_deref(), Some("8 октября"));
}

#[test]
fn kind_names_round_trip() {
    for k in FindingKind::ALL {
        assert_eq!(k.as_str().parse::<FindingKind>(), Ok(k));
    }
    assert_eq!("NUMBER_MISSING".parse::<FindingKind>(), Ok(NumberMissing));
}

#[test]
fn odd_inputs_do_not_panic() {
    let o = CheckOptions::default().min_severity(Severity::Info);
    let long = "Песков 5 октября сказал 1,5 млн. ".repeat(300);
    for (a, b) in [
        ("", "Eight."),
        ("\u{0}\u{feff}«»—", "…"),
        ("🎉 7 🎉 Песков", "Lavrov 8 🎉"),
        (long.as_str(), "x"),
        ("a\r\nb\r\n\r\n", "\n\n\n"),
    ] {
        let _ = check_pair(a, b, "ru", "en", &o);
        let r = check_texts(a, b, "ru", "en", &o);
        let _ = bitext_check::render_human(&r, "a", "b", a, b, true);
        let _ = bitext_check::render_report(&r, "a", "b", a, b);
    }
}
