//! Snapshot-test every translation pair in `translations/`: `<name>.ru.txt` + `<name>.en.txt`.
//! A changed number or name in a translation changes the report, and `cargo test` fails until
//! someone reviews the change with `cargo insta review`.

use bitext::check::{check_texts, render_report, CheckOptions};

#[test]
fn translations_keep_their_numbers_and_names() {
    insta::glob!("../translations", "*.ru.txt", |ru_path| {
        let en_path = ru_path.with_file_name(
            ru_path
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .replace(".ru.txt", ".en.txt"),
        );
        let ru = std::fs::read_to_string(ru_path).unwrap();
        let en = std::fs::read_to_string(&en_path).unwrap();
        let report = check_texts(&ru, &en, "ru", "en", &CheckOptions::default());
        let name = |p: &std::path::Path| p.file_name().unwrap().to_string_lossy().into_owned();
        let text = render_report(&report, &name(ru_path), &name(&en_path), &ru, &en);
        insta::assert_snapshot!(text);
        // The release gate: no findings at all in shipped translations.
        assert!(report.findings.is_empty(), "{text}");
    });
}
