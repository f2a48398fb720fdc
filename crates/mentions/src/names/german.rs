//! German name candidates: German capitalises every noun, so a capitalised word is taken as
//! a name only when the rules of `data/names-de.tsv` do not explain it as ordinary vocabulary
//! (a function word, a word after a determiner, a noun suffix such as -ung/-heit, the head of
//! a compound such as -präsident/-fest, or a frequent noun).

use crate::lexicon::FxSet;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/names-de.tsv");

#[derive(Default)]
pub(crate) struct Rules {
    stop: FxSet<&'static str>,
    det: FxSet<&'static str>,
    common: FxSet<&'static str>,
    proper: FxSet<&'static str>,
    suffixes: Vec<&'static str>,
    heads: Vec<&'static str>,
}

pub(crate) fn rules() -> &'static Rules {
    static R: OnceLock<Rules> = OnceLock::new();
    R.get_or_init(|| {
        let mut r = Rules::default();
        for line in DATA.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((kind, words)) = line.split_once('\t') else {
                continue;
            };
            let words = words.split(' ').filter(|w| !w.is_empty());
            match kind {
                "stop" => r.stop.extend(words),
                "det" => r.det.extend(words),
                "common" => r.common.extend(words),
                "proper" => r.proper.extend(words),
                "suffix" => r.suffixes.extend(words),
                "head" => r.heads.extend(words),
                _ => {}
            }
        }
        r
    })
}

/// Lower-cases `word` into `buf` (reused) and returns it.
fn lower<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    buf.extend(word.chars().map(super::translit::lower));
    buf.as_str()
}

impl Rules {
    /// A function word that is never a name (Der, Nach, Sie).
    pub(crate) fn is_stop(&self, word: &str) -> bool {
        let mut buf = String::new();
        self.stop.contains(lower(word, &mut buf))
    }

    /// Listed as a name despite the rules (die Türkei, die Schweiz).
    pub(crate) fn is_proper(&self, word: &str) -> bool {
        let mut buf = String::new();
        self.proper.contains(lower(word, &mut buf))
    }

    /// A determiner before a noun (der, einem, im, zur).
    pub(crate) fn is_det(&self, word: &str) -> bool {
        let mut buf = String::new();
        self.det.contains(lower(word, &mut buf))
    }

    /// Ordinary vocabulary by its form or the frequent-noun list.
    pub(crate) fn is_common(&self, word: &str) -> bool {
        let mut buf = String::new();
        let w = lower(word, &mut buf);
        if self.proper.contains(w) {
            return false;
        }
        if self.stop.contains(w) || self.common.contains(w) {
            return true;
        }
        // the word itself and the word without a plural / genitive ending
        let stems = [
            Some(w),
            w.strip_suffix("en"),
            w.strip_suffix('n'),
            w.strip_suffix('e'),
            w.strip_suffix('s'),
        ];
        for s in stems.into_iter().flatten() {
            if self.proper.contains(s) {
                return false;
            }
            if self.common.contains(s) {
                return true;
            }
            let sn = s.chars().count();
            for suf in &self.suffixes {
                if s.ends_with(suf) && sn >= suf.chars().count() + 3 {
                    return true;
                }
            }
            for h in &self.heads {
                let hn = h.chars().count();
                if s.ends_with(h) && (sn == hn || sn >= hn + 3) {
                    return true;
                }
            }
        }
        false
    }

    /// A sentence-initial word that looks like an inflected adjective (Entspanntes, Vielen,
    /// Guter): the run after it is a noun phrase, not a name.
    pub(crate) fn is_initial_adjective(&self, word: &str) -> bool {
        let mut buf = String::new();
        let w = lower(word, &mut buf);
        self.common.contains(w)
            || (w.chars().count() >= 5 && (w.ends_with("es") || w.ends_with("em")))
    }

    /// Whether a lower-case word can stand between a determiner and its noun (an inflected
    /// adjective: "der neue Präsident", "im nächsten Jahr").
    pub(crate) fn is_adjective_like(&self, word: &str) -> bool {
        let mut buf = String::new();
        let w = lower(word, &mut buf);
        !self.stop.contains(w)
            && w.chars().count() >= 3
            && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
    }
}
