//! Shared helpers for the table tests: a compact, readable description of mentions.

#![allow(dead_code)]

use bitext_mentions::{
    extract_numbers, Approx, Date, Mention, MentionKind, Number, NumberKind, Time,
};

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn number(n: &Number) -> String {
    let mut s = String::new();
    s.push_str(match n.approx {
        Approx::Exact => "",
        Approx::About => "about ",
        Approx::Nearly => "nearly ",
        Approx::MoreThan => "gt ",
        Approx::AtLeast => "ge ",
        Approx::LessThan => "lt ",
        Approx::AtMost => "le ",
    });
    s.push_str(match n.kind {
        NumberKind::Cardinal | NumberKind::Range => "",
        NumberKind::Ordinal => "ord ",
        NumberKind::Collective => "coll ",
        NumberKind::Multiplier => "mult ",
        NumberKind::Fraction => "frac ",
        NumberKind::Code => "code ",
    });
    s.push_str(&num(n.value));
    if let Some(h) = n.high {
        s.push('-');
        s.push_str(&num(h));
    }
    if let Some(u) = n.unit {
        s.push_str(&format!(" {u:?}"));
    }
    s
}

fn date(d: &Date) -> String {
    let mut parts = vec!["date".to_string()];
    if let Some(x) = d.day {
        parts.push(format!("d={x}"));
    }
    if let Some(x) = d.month {
        parts.push(format!("m={x}"));
    }
    if let Some(x) = d.year {
        parts.push(format!("y={x}"));
    }
    if let Some(x) = d.decade {
        parts.push(format!("decade={x}"));
    }
    if let Some(x) = d.century {
        parts.push(format!("century={x}"));
    }
    if d.day_month_ambiguous {
        parts.push("amb".into());
    }
    parts.join(" ")
}

fn time(t: &Time) -> String {
    format!(
        "time {:02}:{:02}{}",
        t.minutes / 60,
        t.minutes % 60,
        if t.half_day_ambiguous { " amb" } else { "" }
    )
}

/// Describes one mention.
pub fn describe(m: &Mention) -> String {
    let s = match &m.kind {
        MentionKind::Number(n) => number(n),
        MentionKind::Date(d) => date(d),
        MentionKind::Time(t) => time(t),
        MentionKind::Name(n) => format!("name {}", n.base),
    };
    if m.weak {
        format!("weak {s}")
    } else {
        s
    }
}

/// Describes all numeric mentions of `text`, joined with " | ".
pub fn show(text: &str, lang: &str) -> String {
    extract_numbers(text, lang)
        .iter()
        .map(describe)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Runs a table; reports every failing row at once.
pub fn check_table(lang: &str, table: &[(&str, &str)]) {
    let mut bad = Vec::new();
    for (text, want) in table {
        let got = show(text, lang);
        if got != *want {
            bad.push(format!("  {text:?}\n     want: {want}\n      got: {got}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} {lang} cases failed:\n{}",
        bad.len(),
        table.len(),
        bad.join("\n")
    );
}
