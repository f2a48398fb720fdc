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
            ("Es kostet 1.500 Euro.", "1500"),
            ("Es kostet 1.234,56 €.", "1234.56 Eur"),
            (
                "Am 07.10.2023 um 15:00.",
                "date d=7 m=10 y=2023 | time 15:00",
            ),
        ],
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
