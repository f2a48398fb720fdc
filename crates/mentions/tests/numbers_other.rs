//! Languages without word tables: digits, separators by convention, symbols.

mod common;
use common::check_table;

#[test]
fn german_style_separators() {
    check_table(
        "de",
        &[
            ("Die Stadt hat 1.000.000 Einwohner.", "1000000"),
            ("Das BIP wuchs um 1,5 %.", "1.5 Percent"),
            ("Es kostet 1.500 Euro.", "1500 Eur"),
            ("Es kostet 1.234,56 €.", "1234.56 Eur"),
            (
                "Am 07.10.2023 um 15:00.",
                "date d=7 m=10 y=2023 | time 15:00",
            ),
        ],
    );
}

#[test]
fn german_words_dates_and_scales() {
    check_table(
        "de",
        &[
            ("Am 3. Oktober feiert Deutschland.", "date d=3 m=10"),
            (
                "Er wurde am 3. Oktober 2023 gewählt.",
                "date d=3 m=10 y=2023",
            ),
            ("Bis zum 15. Jan. bleibt es kalt.", "date d=15 m=1"),
            ("Im März 2022 stiegen die Preise.", "date m=3 y=2022"),
            ("Die Firma investiert 1,5 Millionen Euro.", "1500000 Eur"),
            ("Das kostet 2 Mrd. Euro.", "2000000000 Eur"),
            ("Es kamen 2 Millionen Gäste.", "2000000"),
            ("Mehr als 500 Menschen wurden evakuiert.", "gt 500"),
            ("Rund 130.000 Spender meldeten sich.", "about 130000"),
            ("Es kamen ca. 500 Menschen zur Kundgebung.", "about 500"),
            ("Die Inflation lag bei 7,5 Prozent.", "7.5 Percent"),
            ("Es ist 25 Grad warm.", "25 Degree"),
            ("Zwölf Minister und zwanzig Abgeordnete.", "12 | 20"),
            ("Im Jahr 2023 wuchs die Wirtschaft.", "date y=2023"),
            ("Die Strecke ist 120 km lang.", "120 Km"),
            ("Zur 35. Wiederkehr der Einheit.", "ord 35"),
            ("Es waren 800. Danach kamen mehr.", "800"),
        ],
    );
}

#[test]
fn french_and_spanish_months() {
    check_table(
        "fr",
        &[(
            "Le 3 octobre 2023, la ville a voté.",
            "date d=3 m=10 y=2023",
        )],
    );
    check_table(
        "es",
        &[("El 3 de octubre, la ciudad votó.", "date d=3 m=10")],
    );
}

#[test]
fn french_style_separators() {
    check_table(
        "fr",
        &[
            ("La ville compte 1 000 000 habitants.", "1000000"),
            (
                "La ville compte 1\u{202f}000\u{202f}000 habitants.",
                "1000000",
            ),
            ("Une hausse de 2,5 %.", "2.5 Percent"),
        ],
    );
}

#[test]
fn unknown_language_gets_digits() {
    check_table(
        "xx",
        &[
            (
                "Foo 1,000,000 bar 2.5 baz 10%.",
                "1000000 | 2.5 | 10 Percent",
            ),
            ("2023-10-07", "date d=7 m=10 y=2023"),
            ("$5", "5 Usd"),
        ],
    );
}
