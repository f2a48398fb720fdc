//! Sentence segmentation over byte offsets (placeholder: being built in issue 2).

use std::ops::Range;

/// A sentence segmenter for one language.
#[derive(Debug, Clone)]
pub struct Segmenter {
    lang: String,
}

impl Segmenter {
    /// Creates a segmenter for an ISO 639-1 language code.
    pub fn new(lang: &str) -> Self {
        Segmenter {
            lang: lang.to_string(),
        }
    }

    /// The language code this segmenter was built for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Sentences of `text` as byte ranges (trimmed of surrounding whitespace).
    pub fn segment<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            if start.is_none() && !c.is_whitespace() {
                start = Some(i);
            }
            if matches!(c, '.' | '!' | '?' | '\n') {
                if let Some(s) = start.take() {
                    let end = if c == '\n' { i } else { i + c.len_utf8() };
                    let t = text[s..end].trim_end();
                    if !t.is_empty() {
                        out.push(s..s + t.len());
                    }
                }
            }
        }
        if let Some(s) = start {
            let t = text[s..].trim_end();
            if !t.is_empty() {
                out.push(s..s + t.len());
            }
        }
        out.into_iter()
    }
}

/// Detects the language of `text` among the supported ones.
pub fn detect_lang(text: &str) -> Option<&'static str> {
    let info = whatlang::detect(text)?;
    match info.lang() {
        whatlang::Lang::Rus => Some("ru"),
        whatlang::Lang::Eng => Some("en"),
        _ => None,
    }
}
