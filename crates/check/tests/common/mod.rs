//! Table-test helpers shared by the integration tests of bitext-check.

use bitext_check::{check_pair, CheckOptions, FindingKind};

/// The kinds of the findings for one pair, in report order.
pub fn kinds(src: &str, tgt: &str, sl: &str, tl: &str) -> Vec<FindingKind> {
    check_pair(src, tgt, sl, tl, &CheckOptions::default())
        .into_iter()
        .map(|f| f.kind)
        .collect()
}

/// Checks every case and reports all failures at once.
#[track_caller]
pub fn table(cases: &[(&str, &str, &str, &str, &[FindingKind])]) {
    let mut bad = Vec::new();
    for (src, tgt, sl, tl, want) in cases {
        let got = kinds(src, tgt, sl, tl);
        if got != *want {
            bad.push(format!(
                "{sl}->{tl}: {src:?} / {tgt:?}\n   want {want:?}\n   got  {got:?}"
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} cases failed:\n{}",
        bad.len(),
        cases.len(),
        bad.join("\n")
    );
}
