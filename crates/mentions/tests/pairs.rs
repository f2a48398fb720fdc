//! Cross-language pairs: a Russian and an English mention of the same fact must compare
//! equal (and share an anchor key); different facts must not.

use bitext_mentions::{compare, extract_numbers, same_fact, Mention};

/// The single strong numeric mention of a text.
fn one(text: &str, lang: &str) -> Mention {
    let ms: Vec<Mention> = extract_numbers(text, lang)
        .into_iter()
        .filter(|m| !m.weak)
        .collect();
    assert_eq!(ms.len(), 1, "{text:?} ({lang}) gave {ms:#?}");
    ms.into_iter().next().unwrap()
}

/// (ru, en): the same fact.
const SAME: &[(&str, &str)] = &[
    ("130 тыс. доноров", "130,000 donors"),
    ("Порядка 1,5 тыс. жителей", "Some 1500 residents"),
    ("после 15:00", "after 3 p.m."),
    ("после 11 сентября", "after 9/11"),
    ("восемь россиян", "eight Russians"),
    ("восемь россиян", "8 Russians"),
    ("8 россиян", "eight Russians"),
    ("7 октября", "October 7"),
    ("7-го октября", "7 October"),
    ("7 октября", "Oct. 7"),
    ("1,5 млн", "1.5 million"),
    ("1,5 млн", "1 500 000"),
    ("1 500 000", "1.5 million"),
    ("полтора миллиона", "1.5 million"),
    ("более 500 человек", "more than 500 people"),
    ("менее 500 человек", "less than 500 people"),
    ("около 500 человек", "about 500 people"),
    ("почти 500 человек", "nearly 500 people"),
    ("не менее 500 человек", "at least 500 people"),
    ("до 500 человек", "up to 500 people"),
    ("свыше 40%", "over 40 percent"),
    ("десять процентов", "10%"),
    ("десять процентов", "ten percent"),
    ("в 2023 году", "in 2023"),
    ("в 2023 году", "2023"),
    ("в 1990-х годах", "in the 1990s"),
    ("в 90-е", "in the '90s"),
    ("в XX веке", "in the 20th century"),
    ("двадцатого века", "the twentieth century"),
    ("седьмой", "seventh"),
    ("седьмого", "7th"),
    ("7-й", "seventh"),
    ("двадцать пять", "twenty-five"),
    ("сто сорок три", "one hundred and forty-three"),
    ("двумстам", "200"),
    ("восьмерых", "eight"),
    ("двое", "two"),
    ("трижды", "three times"),
    ("$1 трлн", "$1 trillion"),
    ("1,5 млрд долларов", "$1.5bn"),
    ("5 млн фунтов", "£5m"),
    ("от 5 до 7 %", "between 5 and 7 percent"),
    ("5–7 тыс.", "5,000-7,000"),
    ("07.10.2023", "October 7, 2023"),
    ("2023-10-07", "7 October 2023"),
    ("в три часа дня", "at 3 p.m."),
    ("в 7 вечера", "at 7pm"),
    ("в полдень", "at noon"),
    ("четырехлетний ребенок", "a four-year-old child"),
    ("50-летний юбилей", "50-year anniversary"),
    ("1,770 человек", "1,770 people"),
    ("10,000 акров", "10,000 acres"),
    ("206 737 случаев", "2,06,737 cases"),
    ("полутора лет", "a year and a half"),
    ("в 1812 году", "in 1812"),
    ("120 км", "120 kilometres"),
    ("100 рублей", "100 rubles"),
    ("15 минут", "15 minutes"),
    ("-15 градусов", "-15 degrees"),
    ("от +22°С до +24°С", "from +22°C to +24°C"),
    ("двух с половиной миллионов", "2.5 million"),
    ("2,5 млн", "two and a half million"),
    ("в 11 часов 28 минут", "at 11:28 a.m."),
    ("тысяча", "a thousand"),
    ("более тысячи", "more than a thousand"),
    ("две трети россиян", "two-thirds of Russians"),
    ("более ста россиян", "more than a hundred Russians"),
    ("треть бюджета", "a third of the budget"),
    ("три четверти", "three quarters"),
    ("73,4 тыс. рублей", "73,400 rubles"),
    ("73,4 тыс. рублей", "73.4 thousand rubles"),
];

/// (ru, en): different facts (the score must stay below 0.5).
const DIFFERENT: &[(&str, &str)] = &[
    ("более тридцати раз", "more than thirteen occasions"),
    ("7 октября", "October 8"),
    ("7 октября", "November 7"),
    ("1,5 млн", "1.5 billion"),
    ("130 тыс.", "130 million"),
    ("восемь", "seven"),
    ("15:00", "5 p.m."),
    ("в 2023 году", "in 2022"),
    ("XX век", "21st century"),
    ("10 %", "10 km"),
    ("100 рублей", "100 dollars"),
    ("седьмой", "eighth"),
    ("двадцать пять", "thirty-five"),
    ("1990-е", "1980s"),
    ("трех", "four"),
];

#[test]
fn same_facts_match_and_share_keys() {
    let mut bad = Vec::new();
    for (ru, en) in SAME {
        let a = one(ru, "ru");
        let b = one(en, "en");
        let s = same_fact(&a, &b);
        if s < 0.8 {
            bad.push(format!("{ru:?} ~ {en:?}: {s}\n  {a:?}\n  {b:?}"));
        }
        if a.anchor_key().is_none() || a.anchor_key() != b.anchor_key() {
            bad.push(format!("{ru:?} ~ {en:?}: anchor keys differ"));
        }
        // symmetric
        if (same_fact(&b, &a) - s).abs() > 1e-6 {
            bad.push(format!("{ru:?} ~ {en:?}: not symmetric"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn different_facts_do_not_match() {
    let mut bad = Vec::new();
    for (ru, en) in DIFFERENT {
        let a = one(ru, "ru");
        let b = one(en, "en");
        let s = same_fact(&a, &b);
        if s >= 0.5 {
            bad.push(format!("{ru:?} vs {en:?}: {s}\n  {a:?}\n  {b:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn durations_convert_between_units() {
    let a = one("За сутки выявлено", "ru");
    let b = one("in the past 24 hours", "en");
    assert!(same_fact(&a, &b) > 0.9);
    assert_eq!(same_fact(&one("за трое суток", "ru"), &b), 0.0);
    assert!(same_fact(&one("две недели", "ru"), &one("14 days", "en")) > 0.9);
    assert!(extract_numbers("в темное время суток", "ru").is_empty());
}

#[test]
fn approximation_changes_the_score() {
    let more = one("более 500", "ru");
    let less = one("менее 500", "ru");
    let exact = one("500", "en");
    let about = one("about 500", "en");
    let s = same_fact(&more, &less);
    assert!(s > 0.0 && s < 0.5, "more vs less: {s}");
    let s = same_fact(&more, &exact);
    assert!((0.5..0.9).contains(&s), "more vs exact: {s}");
    let s = same_fact(&about, &exact);
    assert!((0.8..1.0).contains(&s), "about vs exact: {s}");
    assert_eq!(same_fact(&more, &one("more than 500", "en")), 1.0);
}

#[test]
fn dates_with_and_without_year_are_partial() {
    let a = one("7 октября", "ru");
    let b = one("October 7, 2023", "en");
    let s = same_fact(&a, &b);
    assert!(s > 0.8 && s < 1.0, "{s}");
    let c = one("7 октября 2022 года", "ru");
    assert_eq!(same_fact(&c, &b), 0.0);
}

#[test]
fn same_language_comparison() {
    // Two English versions use the same API.
    let a = one("The deal is worth $1.5 billion.", "en");
    let b = one("The deal is worth 1,500 million dollars.", "en");
    assert!(same_fact(&a, &b) > 0.9);
    let c = one("Более 1,5 тыс. человек", "ru");
    let d = one("Свыше 1500 человек", "ru");
    assert_eq!(same_fact(&c, &d), 1.0);
}

#[test]
fn sentence_pairs_pair_up() {
    // Whole sentences: every strong mention on one side finds a partner on the other.
    let pairs = [
        (
            "По данным МЧС, более 130 тыс. человек были эвакуированы 7 октября, еще восемь пропали без вести.",
            "According to the emergencies ministry, more than 130,000 people were evacuated on October 7, and eight more are missing.",
        ),
        (
            "Заседание начнется в 15:00, на него приглашены двадцать пять экспертов из 12 стран.",
            "The meeting will start at 3 p.m.; twenty-five experts from twelve countries have been invited.",
        ),
        (
            "В 2023 году выручка компании выросла на 7,5% и составила 1,2 млрд долларов.",
            "In 2023 the company's revenue grew 7.5% to $1.2 billion.",
        ),
        (
            "Порядка 1,5 тыс. жителей покинули свои дома в XX веке.",
            "Some 1500 residents left their homes in the 20th century.",
        ),
        (
            "Средняя зарплата выросла на 17,3 % и составила 73,4 тыс. рублей.",
            "The average wage rose by 17.3% to 73,400 rubles.",
        ),
        (
            "Цены выросли на 5 %, до 120 рублей.",
            "Prices rose 5% to 120 rubles.",
        ),
    ];
    for (ru, en) in pairs {
        let a: Vec<Mention> = extract_numbers(ru, "ru")
            .into_iter()
            .filter(|m| !m.weak)
            .collect();
        let b: Vec<Mention> = extract_numbers(en, "en")
            .into_iter()
            .filter(|m| !m.weak)
            .collect();
        assert_eq!(a.len(), b.len(), "{ru}\n{a:#?}\n{en}\n{b:#?}");
        for x in &a {
            assert!(
                b.iter().any(|y| same_fact(x, y) >= 0.8),
                "{x:?} has no partner in {en:?}"
            );
        }
    }
}

#[test]
fn partial_ranges_are_not_the_same_value() {
    let a = one("Болезнь обычно длится от четырех до восьми дней", "ru");
    let b = one("The illness usually lasts four to seven days", "en");
    let c = compare(&a, &b);
    assert!(!c.value && c.score < 0.5, "{c:?}");
    let a = one("между тремя и четырьмя часами", "ru");
    let b = one("between two and four hours", "en");
    assert!(!compare(&a, &b).value);
    let a = one("от четырех до семи дней", "ru");
    let c = compare(&a, &b);
    assert!(!c.value, "{c:?}");
    let c = compare(&a, &one("four to seven days", "en"));
    assert!(c.value && c.score == 1.0, "{c:?}");
    // a range against one of its ends: related, but not the same value
    assert!(!compare(&one("5–7 человек", "ru"), &one("5 people", "en")).value);
}

#[test]
fn a_dropped_day_weighs_more_than_a_dropped_year() {
    let day = extract_numbers("19 июля", "ru").remove(0);
    let month = extract_numbers("in July", "en").remove(0);
    let s = same_fact(&day, &month);
    assert!((0.4..0.6).contains(&s), "{s}");
    let year = one("July 19, 2023", "en");
    let s2 = same_fact(&day, &year);
    assert!(s2 > s && s2 < 1.0, "{s2}");
}

#[test]
fn vague_quantities_compare_by_order_of_magnitude() {
    // vague plurals are weak mentions (not anchors), so take them as they come
    let vague = |text: &str, lang: &str| {
        let ms = extract_numbers(text, lang);
        assert_eq!(ms.len(), 1, "{text:?} gave {ms:#?}");
        ms.into_iter().next().unwrap()
    };
    for (ru, en) in [
        ("Десятки тысяч человек", "Tens of thousands of people"),
        ("десятки городов", "dozens of cities"),
        ("Погибли десятки человек", "Tens of people died"),
    ] {
        let s = same_fact(&vague(ru, "ru"), &vague(en, "en"));
        assert!(s >= 0.85, "{ru} / {en}: {s}");
    }
    for (ru, en) in [
        ("десятки городов", "hundreds of cities"),
        ("сотни тысяч человек", "tens of thousands of people"),
        ("десятки тысяч человек", "dozens of people"),
    ] {
        let s = same_fact(&vague(ru, "ru"), &vague(en, "en"));
        assert!(s < 0.5, "{ru} / {en}: {s}");
    }
    // an exact number word is not vague: a dozen is not ten
    assert!(
        same_fact(
            &vague("десять человек", "ru"),
            &vague("a dozen people", "en")
        ) < 0.5
    );
}
