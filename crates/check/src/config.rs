//! The TOML configuration: ignored kinds, extra term pairs and suppressions.

use serde::Deserialize;

use crate::{Finding, FindingKind};

/// A project configuration, usually read from `bitext.toml`.
///
/// ```
/// use bitext_check::{Config, FindingKind};
/// let c = Config::from_toml_str(r#"
/// ignore = ["number-extra"]
/// [[terms]]
/// src = "Роскосмос"
/// tgt = "Roscosmos"
/// [[suppress]]
/// kind = "name-missing"
/// src = "Ростех"
/// "#).unwrap();
/// assert_eq!(c.ignore, [FindingKind::NumberExtra]);
/// assert_eq!(c.terms[0].tgt, "Roscosmos");
/// assert_eq!(c.suppress[0].kind, Some(FindingKind::NameMissing));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Config {
    /// Finding kinds never reported.
    pub ignore: Vec<FindingKind>,
    /// Extra term pairs / exonyms: a source name matching `src` is satisfied by `tgt` in the
    /// target sentence, and the other way round.
    pub terms: Vec<Term>,
    /// Known false alarms to silence.
    pub suppress: Vec<Suppression>,
}

/// One term pair (`[[terms]] src = "Роскосмос" tgt = "Roscosmos"`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The term as written in the source language (any inflected form matches by prefix).
    pub src: String,
    /// Its rendering in the target language.
    pub tgt: String,
}

/// A suppression: a finding is dropped when every given field matches it.
///
/// `src`/`tgt` match (case-insensitively, as a substring) the mention text or the
/// normalised value of that side of the finding; a suppression with a `src` pattern never
/// matches a finding without a source side.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Suppression {
    /// Only this kind (all kinds when absent).
    pub kind: Option<FindingKind>,
    /// Pattern for the source side.
    pub src: Option<String>,
    /// Pattern for the target side.
    pub tgt: Option<String>,
}

/// Why a configuration could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// Not valid TOML, or unexpected keys or types.
    #[error("invalid config: {0}")]
    Toml(#[from] toml::de::Error),
    /// An unknown finding kind in `ignore` or `suppress.kind`.
    #[error("unknown finding kind `{0}` (expected one of: {list})", list = FindingKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", "))]
    UnknownKind(String),
    /// A `[[suppress]]` entry without any of `kind`, `src`, `tgt` would silence everything.
    #[error("a [[suppress]] entry needs at least one of kind, src, tgt")]
    EmptySuppression,
    /// A `[[terms]]` entry with an empty side.
    #[error("a [[terms]] entry needs non-empty src and tgt")]
    EmptyTerm,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    terms: Vec<Term>,
    #[serde(default)]
    suppress: Vec<RawSuppression>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSuppression {
    kind: Option<String>,
    src: Option<String>,
    tgt: Option<String>,
}

fn kind(s: &str) -> Result<FindingKind, ConfigError> {
    s.parse()
        .map_err(|_| ConfigError::UnknownKind(s.to_string()))
}

impl Config {
    /// Parses a TOML configuration (keys `ignore`, `[[terms]]`, `[[suppress]]`; unknown keys
    /// are errors, so typos do not silently disable a suppression).
    ///
    /// ```
    /// assert!(bitext_check::Config::from_toml_str("ignore = [\"no-such-kind\"]").is_err());
    /// assert!(bitext_check::Config::from_toml_str("").unwrap().terms.is_empty());
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text)?;
        let ignore = raw
            .ignore
            .iter()
            .map(|s| kind(s))
            .collect::<Result<Vec<_>, _>>()?;
        if raw
            .terms
            .iter()
            .any(|t| t.src.trim().is_empty() || t.tgt.trim().is_empty())
        {
            return Err(ConfigError::EmptyTerm);
        }
        let mut suppress = Vec::with_capacity(raw.suppress.len());
        for s in raw.suppress {
            let k = s.kind.as_deref().map(kind).transpose()?;
            let src = s.src.filter(|x| !x.trim().is_empty());
            let tgt = s.tgt.filter(|x| !x.trim().is_empty());
            if k.is_none() && src.is_none() && tgt.is_none() {
                return Err(ConfigError::EmptySuppression);
            }
            suppress.push(Suppression { kind: k, src, tgt });
        }
        Ok(Config {
            ignore,
            terms: raw.terms,
            suppress,
        })
    }

    /// Whether a suppression silences `f`.
    pub(crate) fn suppresses(&self, f: &Finding) -> bool {
        self.suppress.iter().any(|s| s.matches(f))
    }
}

impl Term {
    /// Creates a term pair.
    ///
    /// ```
    /// let t = bitext_check::Term::new("Роскосмос", "Roscosmos");
    /// assert_eq!(t.src, "Роскосмос");
    /// ```
    pub fn new(src: &str, tgt: &str) -> Term {
        Term {
            src: src.to_string(),
            tgt: tgt.to_string(),
        }
    }
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(&needle.to_lowercase())
}

impl Suppression {
    fn matches(&self, f: &Finding) -> bool {
        if self.kind.is_some_and(|k| k != f.kind) {
            return false;
        }
        let side_ok = |pat: &Option<String>, side: &Option<crate::Side>| match (pat, side) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(p), Some(s)) => contains_ci(&s.text, p) || contains_ci(&s.value, p),
        };
        side_ok(&self.src, &f.src) && side_ok(&self.tgt, &f.tgt)
    }
}

/// Lower-cased prefix used to match an inflected form of a term: Russian endings vary, so
/// up to two trailing letters of a word of 5+ letters are dropped.
pub(crate) fn term_stem(term: &str) -> String {
    let lower = term.trim().to_lowercase();
    let n = lower.chars().count();
    let is_cyr = lower
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let drop = if !is_cyr || n < 5 {
        0
    } else if n < 7 {
        1
    } else {
        2
    };
    lower.chars().take(n - drop).collect()
}
