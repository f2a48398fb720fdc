//! German names: every noun is capitalised, so only proper names may come out as names.

use bitext_mentions::names::{extract_names, name_similarity, SAME_NAME};

fn names(text: &str) -> Vec<String> {
    extract_names(text, "de")
        .into_iter()
        .filter(|m| !m.common)
        .map(|m| m.surface)
        .collect()
}

#[test]
fn german_sentences_give_proper_names_only() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Bundespräsident Frank-Walter Steinmeier erinnerte in seiner Rede an die friedliche Revolution.",
            &["Frank-Walter Steinmeier"],
        ),
        (
            "Am 3. Oktober hat Deutschland den Tag der Deutschen Einheit mit einem großen Bürgerfest in Hamburg gefeiert.",
            &["Hamburg"],
        ),
        (
            "Nach Angaben der Veranstalter kamen rund eine Million Besucher in die Innenstadt.",
            &[],
        ),
        (
            "Die Bundesregierung plant neue Gesetze zur Wirtschaftspolitik, sagte Bundeskanzler Olaf Scholz in Berlin.",
            &["Olaf Scholz", "Berlin"],
        ),
        (
            "Laut einer Umfrage sehen die meisten Menschen die Entwicklung der Wirtschaft mit Sorge.",
            &[],
        ),
        (
            "Im nächsten Jahr findet die zentrale Feier in Saarbrücken statt.",
            &["Saarbrücken"],
        ),
        (
            "Die Polizistinnen und Polizisten meldeten am Abend 37 leichte Verletzungen wegen der Hitze.",
            &[],
        ),
        (
            "Die Türkei und die Schweiz unterzeichneten in Istanbul eine Vereinbarung über die Zusammenarbeit.",
            &["Türkei", "Schweiz", "Istanbul"],
        ),
        (
            "Der Minister traf sich mit Vertretern der Gewerkschaft und des Ministeriums.",
            &[],
        ),
        (
            "Ursula von der Leyen sprach mit der NATO über die Sicherheit Europas.",
            &["Ursula von der Leyen", "NATO"],
        ),
        (
            "Dank der Antibiotika sank die Zahl. Vielen Dank! Entspanntes Herumsitzen ist erlaubt.",
            &[],
        ),
    ];
    let mut bad = Vec::new();
    for (text, want) in cases {
        let got = names(text);
        if got != *want {
            bad.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn german_names_match_english_ones() {
    let de = extract_names(
        "Hamburgs Erster Bürgermeister Peter Tschentscher dankte den Helfern.",
        "de",
    );
    let en = extract_names(
        "Hamburg's First Mayor Peter Tschentscher thanked the volunteers.",
        "en",
    );
    let p = |v: &[bitext_mentions::names::NameMention], s: &str| {
        v.iter().find(|m| m.surface.contains(s)).cloned().unwrap()
    };
    assert!(name_similarity(&p(&de, "Tschentscher"), &p(&en, "Tschentscher")) >= 0.95);
    assert!(name_similarity(&p(&de, "Hamburg"), &p(&en, "Hamburg")) >= SAME_NAME);
    assert!(de.iter().all(|m| !m.title_case));
    // no German common noun survives
    assert!(de
        .iter()
        .all(|m| !m.surface.contains("Bürgermeister") && !m.surface.contains("Helfern")));
}

#[test]
fn lone_german_nouns_are_weak_unless_a_cue_says_otherwise() {
    let m = extract_names(
        "Deutschland feiert. Hier hat Deutschland viel Personal und Panzer, sagte Helmut Kohl. Kohl lachte.",
        "de",
    );
    let get = |s: &str| {
        m.iter()
            .find(|x| x.surface == s)
            .unwrap_or_else(|| panic!("{s}: {m:#?}"))
    };
    // kept (it still matches "Germany" or "Deutschland"), but weak
    assert!(get("Deutschland").common);
    assert!(get("Personal").common && get("Panzer").common);
    assert!(!get("Helmut Kohl").common);
    // "Kohl" alone is the name seen in full before
    assert!(!get("Kohl").common);
}

#[test]
fn misspelt_german_name_in_english_is_a_near_miss() {
    let de = extract_names(
        "Bundespräsident Frank-Walter Steinmeier erinnerte an die Revolution von 1989.",
        "de",
    );
    let en = extract_names(
        "Federal President Frank-Walter Steinmayer recalled the revolution of 1989.",
        "en",
    );
    let f = |v: &[bitext_mentions::names::NameMention]| {
        v.iter()
            .find(|m| m.surface.contains("Steinm"))
            .cloned()
            .unwrap()
    };
    let s = name_similarity(&f(&de), &f(&en));
    assert!((0.45..SAME_NAME).contains(&s), "{s}\n{de:#?}\n{en:#?}");
}
