//! Numbers, dates and names in a sentence (placeholder: being built in issue 3).

use std::ops::Range;

/// One mention of a number, date, time or name.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span in the text passed to [`extract`].
    pub span: Range<usize>,
    /// What was found.
    pub kind: MentionKind,
}

/// The kinds of mention.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// A number with its value.
    Number(f64),
    /// A capitalised name.
    Name(String),
}

impl Mention {
    /// A language-independent key: two mentions of the same fact in different languages
    /// (8 / восемь, Песков / Peskov) get the same key whenever possible. Used by the aligner.
    pub fn anchor_key(&self) -> Option<u64> {
        match &self.kind {
            MentionKind::Number(v) => Some(v.to_bits()),
            MentionKind::Name(_) => None,
        }
    }
}

/// How strongly two mentions denote the same fact: 0 = different, 1 = certainly the same.
pub fn same_fact(a: &Mention, b: &Mention) -> f32 {
    match (&a.kind, &b.kind) {
        (MentionKind::Number(x), MentionKind::Number(y)) if x == y => 1.0,
        _ => 0.0,
    }
}

/// Extracts mentions from `text` written in `lang` (ISO 639-1 code).
pub fn extract(text: &str, lang: &str) -> Vec<Mention> {
    let _ = lang;
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if let Ok(v) = text[s..i].parse::<f64>() {
                out.push(Mention {
                    span: s..i,
                    kind: MentionKind::Number(v),
                });
            }
        } else {
            i += 1;
        }
    }
    out
}
