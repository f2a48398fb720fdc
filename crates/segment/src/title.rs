//! Titles glued to the first sentence: `Школьник сдал ЕГЭ на 400 баллов Ученик костромской
//! школы…`.
//!
//! A headline has no final punctuation, so when a text is flattened (paragraph joined with
//! spaces, as in many corpora, CAT-tool exports and scraped pages) nothing marks where it ends.
//! [`Segmenter::title_break`] looks inside one sentence for the most plausible such end: a gap
//! between a word that ends in a lower-case letter, a digit, a closing quote/bracket or an
//! acronym, and a word that starts with a capital. Capitals inside a sentence are mostly names,
//! so each gap is scored by evidence that the capitalised word is an ordinary word starting a
//! sentence:
//!
//! * it is one of the language's frequent sentence starters (`В`, `По`, `The`, `It`, … —
//!   the `[starters]` list of the data file): a function word is capitalised mid-sentence
//!   only in titles (+3; not English `I`, which is capitalised anywhere);
//! * it starts a news dateline (`AURORA, Colo. (AP) –`, `Иерусалим (Рейтер) –`), which
//!   counts as a starter (+3; a sentence that itself opens with a dateline has no title);
//! * it repeats the title's first word after a lower-case word (`Kanye West issues … |
//!   Kanye West has`; its first two words also after a capitalised word, `… в Донбассе |
//!   Украинские военные`), or, after a subtitle, the headline's first two words: leads often
//!   start as their headline does (+2);
//! * its lower-case form occurs as a word in the text that follows (document-centric evidence,
//!   after Mikheev: `Врио` here, `врио` further on) (+2);
//! * the text after the gap echoes the title: at least 40 % of the title's content-word stems
//!   recur in the next words (twice as many as the title has, at least six) — a lead sentence restates its headline, while the two halves
//!   of an ordinary sentence rarely share their content words (+2);
//! * the title is in Title Case (every word of four letters or more capitalised, at least
//!   three of them, and a capitalised function word such as `On` or `For` after the first
//!   word) and lower-case words follow at once: running text starts there (+3);
//! * the word before is itself a starter, i.e. a preposition, article or conjunction — a name
//!   follows those (`по Донбассу`, `the Gaza`) (−5);
//! * the word before ends with a closing quote (+1);
//! * the title would be 40–120 characters long, the usual headline length (+1), or shorter
//!   than 25 (−2) or longer than 160 (−1); fewer than 40 characters left after it (−1).
//!
//! In languages that capitalise every noun (German) only the starter and echo evidence count.
//! A gap before a number (`… в Заполярье 158 новых случаев`) is a candidate too, marked
//! [`TitleBreak::numeral`]: it is only taken as the partner of a starter gap on the other side
//! whose lead has the same number among its first words.
//!
//! The best gap (earliest on ties) is returned when it scores at least 1, with its score. A
//! score of 1 or 2 rests on length alone and is only a guess — `Дмитрий | Песков` in a long
//! first sentence gets one; from 3 up ([`TitleBreak::is_confident`]) the capitalised word is
//! known to be an ordinary word. [`paired_title_breaks`] decides for a document and its
//! translation together, which is what `bitext align` does with raw texts:
//!
//! * [`segment_pair`] splits the first sentence of each paragraph where both sides agree, or
//!   where only one side lost the full stop after its headline (the confident gap cuts the
//!   sentence in the proportions of the other side's first two sentences), or where one side
//!   has a headline the other left out (the rest fits the other side's first sentence);
//! * [`split_glued`] does the same anywhere in the text once a first alignment says which
//!   sentences correspond (a second article's headline, a related-news link); there, away
//!   from the document start, only a sentence starter after the gap counts as evidence, since
//!   the text after any gap tends to repeat earlier words.

use std::ops::Range;

use crate::Segmenter;

/// Languages that capitalise every noun: a capital after a lower-case word says nothing there,
/// so only the sentence-starter evidence counts.
const NOUNS_CAPITALISED: &[&str] = &["de", "lb"];

/// How far after the sentence start the document-centric evidence is collected.
const WINDOW: usize = 16 * 1024;
/// How much of a sentence is tokenized: titles end well before.
const LOOK_BYTES: usize = 4096;
/// Gaps further into the sentence are not title ends.
const MAX_TITLE_CHARS: usize = 250;
/// Title lines looked for at the start of a paragraph (headline, subtitle, …): so many
/// passes, each of which may also cut the head of its split once more, so up to twice as many
/// cuts.
const MAX_TITLES: usize = 2;
/// Minimum score of a gap to be returned.
const THRESHOLD: i32 = 1;
/// Weight of the title length mismatch (|ln(actual / expected)|) when pairing the
/// candidates of two sides.
const LENGTH_WEIGHT: f64 = 4.0;
/// Largest |ln(title length ratio / expected ratio)| of two titles paired as translations of
/// each other, however strong the evidence of their gaps: beyond it the gaps end different
/// titles (a headline on one side, a subtitle on the other).
const MAX_TITLE_MISMATCH: f64 = 0.6;
/// Score from which the capitalised word is known to be an ordinary word.
const CONFIDENT: i32 = 3;
/// Largest |ln(sentence ratio / text ratio)| for which the lengths of two first sentences are
/// taken to say how long a translated title is.
const LOCAL_RATIO_SPREAD: f64 = 0.5;

/// A plausible end of a title inside a sentence (see [`Segmenter::title_break`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleBreak {
    /// Byte offset where the sentence after the title starts.
    pub at: usize,
    /// The evidence score of the gap (see the module docs); at least 1.
    pub score: i32,
    /// Length of the title in characters (from the sentence start to the gap).
    pub title_chars: usize,
    /// The word after the gap is one of the language's frequent sentence starters (`В`, `По`,
    /// `The`, `In`): the strongest single piece of evidence, the one that still holds in the
    /// middle of a document, where the text after any gap tends to repeat earlier words.
    pub starter: bool,
    /// The word after the gap is a number (`… в Заполярье 158 новых случаев`). A number after
    /// a lower-case word is common inside a sentence (`topped 60,000`), so such a gap is only
    /// taken as the partner of a [starter](Self::starter) gap on the other side.
    pub numeral: bool,
}

impl TitleBreak {
    /// Whether the break rests on more than length (a score of at least 3): the capitalised
    /// word is a sentence starter or starts a dateline, occurs in lower case in the text that
    /// follows, or repeats the title's first words, the text after the gap restates the title,
    /// or the title is in Title Case (see the module docs for the scores).
    pub fn is_confident(&self) -> bool {
        self.score >= CONFIDENT
    }
}

struct Token<'t> {
    /// Byte offset of the token in the text.
    start: usize,
    /// Offset in characters from the sentence start.
    chars: usize,
    word: &'t str,
}

fn core(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

fn is_acronym(w: &str) -> bool {
    let c = core(w);
    c.chars().count() >= 2 && c.chars().all(|ch| ch.is_alphabetic() && ch.is_uppercase())
}

fn ends_like_body(w: &str) -> bool {
    match w.chars().next_back() {
        Some(c) => {
            c.is_lowercase() || c.is_ascii_digit() || matches!(c, '"' | '»' | '”' | ')' | '\'')
        }
        None => false,
    }
}

fn starts_capitalised(w: &str) -> bool {
    let w = w.trim_start_matches(['«', '"', '„', '“', '(', '\'']);
    w.chars().next().is_some_and(char::is_uppercase)
}

impl Segmenter {
    /// Where a title without final punctuation most plausibly ends inside `sentence` (a byte
    /// range of `text`, typically the first sentence of a document): the byte offset where the
    /// following sentence starts and the evidence score; `None` when no gap scores at least 1.
    /// See the [module docs](self) for the scoring.
    ///
    /// ```
    /// let seg = bitext_segment::Segmenter::new("ru");
    /// let text = "Школьник из Костромы сдал ЕГЭ на 400 баллов Ученик школы № 30 получил \
    ///             высший балл по четырём предметам. Об этом сообщил ученик школы.";
    /// let first = seg.segment(text).next().unwrap();
    /// let found = seg.title_break(text, first).unwrap();
    /// assert!(text[found.at..].starts_with("Ученик школы"));
    /// assert!(found.is_confident()); // `ученик` occurs in lower case later on
    ///
    /// // An ordinary sentence with names in it has no confident break.
    /// let text = "Президент России Владимир Путин провёл встречу с губернатором в Кремле.";
    /// assert!(seg.title_break(text, 0..text.len()).is_none_or(|b| !b.is_confident()));
    /// ```
    pub fn title_break(&self, text: &str, sentence: Range<usize>) -> Option<TitleBreak> {
        // The best score; the earliest gap on ties.
        self.title_candidates(text, sentence)
            .into_iter()
            .filter(|b| !b.numeral)
            .rev()
            .max_by_key(|b| b.score)
    }

    /// Every gap of `sentence` that scores at least 1 as a title end, in text order (see
    /// [`Segmenter::title_break`] for the best one).
    pub fn title_candidates(&self, text: &str, sentence: Range<usize>) -> Vec<TitleBreak> {
        let opening = sentence.start;
        self.candidates(text, sentence, opening)
    }

    /// [`Segmenter::title_candidates`] for a sentence of a block of titles that starts at byte
    /// `opening` (a subtitle after its headline): the lead may repeat the first two words of
    /// the block as well as the first word(s) of the sentence.
    fn candidates(&self, text: &str, sentence: Range<usize>, opening: usize) -> Vec<TitleBreak> {
        let mut found = Vec::new();
        let Some(s) = text.get(sentence.clone()) else {
            return found;
        };
        // Titles are short: only the head of a (possibly huge) sentence is looked at.
        let mut look = s.len().min(LOOK_BYTES);
        while !s.is_char_boundary(look) {
            look -= 1;
        }
        let tokens = tokenize(&s[..look], sentence.start);
        // A sentence opening with a dateline is running text, not a title.
        if tokens.len() < 4 || dateline(&tokens) {
            return found;
        }
        let nouns_capitalised = NOUNS_CAPITALISED.contains(&self.lang.as_str());
        // The first two words of the block of titles before this sentence (none when the
        // sentence opens the block: then only its own first words count).
        let mut block = text
            .get(opening..sentence.start.max(opening))
            .unwrap_or("")
            .split(crate::is_space)
            .filter(|w| !w.is_empty())
            .map(core);
        let block = (block.next(), block.next());
        // Stems are only needed once a gap qualifies (most first sentences have none).
        let mut stems: Option<Vec<String>> = None;
        let window = window(text, sentence.start);
        for k in 2..tokens.len() - 1 {
            let head = tokens[k].chars;
            if head > MAX_TITLE_CHARS {
                break;
            }
            let (a, b) = (tokens[k - 1].word, tokens[k].word);
            // A lead sentence may start with a number (see `TitleBreak::numeral`).
            let numeral = b.starts_with(|c: char| c.is_ascii_digit());
            if !(ends_like_body(a) || is_acronym(a)) || !(numeral || starts_capitalised(b)) {
                continue;
            }
            // `I` is capitalised anywhere in an English sentence.
            let lead = lead_word(b);
            // A news dateline (`AURORA, Colo. (AP) –`) opens a sentence like a starter does.
            // It starts where the place starts: where an all-caps place follows a word that
            // is not in capitals, or where the words before are no part of it.
            let starter = (!(self.lang == "en" && lead == "i") && self.is_starter(&lead))
                || (dateline(&tokens[k..])
                    && ((is_acronym(b) && !is_acronym(a)) || !dateline(&tokens[k - 1..])));
            let title_case = lower_after(&tokens[k + 1..]) && self.title_cased(&tokens[..k]);
            let stems = stems.get_or_insert_with(|| tokens.iter().map(|t| stem(t.word)).collect());
            let after = &stems[k..(k + (2 * k).max(6)).min(stems.len())];
            let echo = echo(&stems[..k], after);
            if nouns_capitalised && !starter && !echo {
                continue;
            }
            // The lead repeats the title's first word (`Kanye West issues … | Kanye West has`),
            // not as part of a longer name (`… EPL Manchester | United`).
            // A lead after a subtitle repeats the headline's first two words (`Папа Римский
            // приветствовал … | Огонь … 27 июля | Папа Римский Франциск`).
            // Two words repeated count after a capitalised word too (`… в Донбассе | Украинские
            // военные` after `Украинские военные будут …`).
            let next = tokens.get(k + 1).map(|t| core(t.word));
            let two = |first: Option<&str>, second: Option<&str>| {
                first == Some(core(b)) && second.is_some() && second == next
            };
            let restart = !starter
                && core(b).chars().nth(2).is_some()
                && ((!starts_capitalised(a) && core(b) == core(tokens[0].word))
                    || two(
                        Some(core(tokens[0].word)),
                        tokens.get(1).map(|t| core(t.word)),
                    )
                    || (!starts_capitalised(a) && two(block.0, block.1)));
            let mut score = 3 * i32::from(starter)
                + 2 * i32::from(echo)
                + 3 * i32::from(title_case)
                + 2 * i32::from(restart);
            if self.is_starter(&core(a).to_lowercase()) {
                score -= 5;
            }
            if a.ends_with(['"', '»', '”', ')', '\'']) {
                score += 1;
            }
            score += match head {
                40..=120 => 1,
                0..=24 => -2,
                161.. => -1,
                _ => 0,
            };
            if s[tokens[k].start - sentence.start..]
                .chars()
                .nth(39)
                .is_none()
            {
                score -= 1;
            }
            // Only look at the document when it could change the verdict.
            if !numeral && score + 2 >= THRESHOLD && occurs_as_word(window, &core(b).to_lowercase())
            {
                score += 2;
            }
            if score >= THRESHOLD {
                found.push(TitleBreak {
                    at: tokens[k].start,
                    score,
                    title_chars: head,
                    starter,
                    numeral,
                });
            }
        }
        found
    }
}

/// Does the text start with a news dateline: one to four capitalised words (the place,
/// `AURORA, Colo.`, `JERUSALEM`, `Иерусалим`), an agency in brackets (`(AP)`, `(Reuters)`,
/// `(Рейтер)`) and a dash?
fn dateline(rest: &[Token<'_>]) -> bool {
    let is_dash = |w: &str| matches!(w, "-" | "–" | "—" | "--");
    for (n, t) in rest.iter().enumerate().take(5) {
        let w = t.word;
        if n > 0 && w.starts_with('(') {
            let agency = w.trim_end_matches([',', '.', ':']);
            return agency.len() > 2
                && agency.ends_with(')')
                && agency[1..].starts_with(char::is_uppercase)
                && rest.get(n + 1).is_some_and(|d| is_dash(d.word));
        }
        if !starts_capitalised(w) {
            return false;
        }
    }
    false
}

/// The leading letters of a word, lower-cased (`There's` → `there`).
fn lead_word(w: &str) -> String {
    core(w)
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Does running text follow at once (the next word and at least one more of the next three
/// lower-case)? The end of a Title Case headline is where running text starts; a capitalised
/// word after the gap followed by more capitals may still be part of the title.
fn lower_after(rest: &[Token<'_>]) -> bool {
    let lower = |t: &Token<'_>| core(t.word).chars().next().is_some_and(char::is_lowercase);
    rest.first().is_some_and(lower) && rest.iter().skip(1).take(3).any(lower)
}

impl Segmenter {
    /// Is the lower-cased word one of the language's frequent sentence starters?
    fn is_starter(&self, lower: &str) -> bool {
        self.data.starters.get(lower.as_bytes()).is_some()
    }

    /// Is this a Title Case headline (`Rahul Gandhi Goes To People On Rajasthan Issue`)? At
    /// least three words of four letters or more, all capitalised, and a capitalised function
    /// word (a sentence starter such as `On`, `For`, `The`) after the first word — which a run
    /// of names at the start of a sentence (`Russian President Vladimir Putin`) lacks.
    fn title_cased(&self, head: &[Token<'_>]) -> bool {
        let mut long = 0;
        for t in head {
            let c = core(t.word);
            if c.chars().filter(|ch| ch.is_alphabetic()).nth(3).is_some() {
                if !c.chars().next().is_some_and(char::is_uppercase) {
                    return false;
                }
                long += 1;
            }
        }
        long >= 3
            && head
                .iter()
                .skip(1)
                .any(|t| starts_capitalised(t.word) && self.is_starter(&lead_word(t.word)))
    }
}

/// Whitespace-separated tokens of `s` (which starts at byte `base` of the text).
fn tokenize(s: &str, base: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut in_word: Option<(usize, usize)> = None;
    for (chars, (i, c)) in s.char_indices().enumerate() {
        if crate::is_space(c) {
            if let Some((b, ch)) = in_word.take() {
                tokens.push(Token {
                    start: base + b,
                    chars: ch,
                    word: &s[b..i],
                });
            }
        } else if in_word.is_none() {
            in_word = Some((i, chars));
        }
    }
    if let Some((b, ch)) = in_word {
        tokens.push(Token {
            start: base + b,
            chars: ch,
            word: &s[b..],
        });
    }
    tokens
}

/// A crude stem: the first five letters of the lower-cased word, empty for words shorter than
/// four letters (too many short words are shared by chance).
fn stem(w: &str) -> String {
    let c = core(w);
    if c.chars().nth(3).is_none() {
        return String::new();
    }
    c.chars().flat_map(char::to_lowercase).take(5).collect()
}

/// Does the text after the gap echo the title? A lead sentence restates its headline
/// (`Почти половина британцев верит… | Почти половина британцев — 49 % —…`), while the two
/// halves of an ordinary sentence rarely share their content words: at least 40 % of the
/// distinct stems of `head` must occur in `after`.
fn echo(head: &[String], after: &[String]) -> bool {
    let mut distinct: Vec<&str> = head
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.is_empty() {
        return false;
    }
    let shared = distinct
        .iter()
        .filter(|h| after.iter().any(|a| a == *h))
        .count();
    shared * 5 >= distinct.len() * 2
}

/// Title breaks for a document and its translation, decided together: both first sentences
/// are split only when both have a candidate break and at least one of the two is
/// [confident](TitleBreak::is_confident), or both follow a closing bracket and score 2
/// (a tag ending a web headline: `(opinion)`, `(мнение)`), and never when a number of one
/// title occurs on the other side only after the gap, when one title would be nearly twice
/// as long as expected (|ln| > 0.6), or when a gap before a number (see
/// [`TitleBreak::numeral`]) lacks its starter partner. Among such pairs of candidates the one with the
/// best summed score minus 4 × |ln(title length ratio / sentence length ratio)| wins, so a
/// translated title of the expected length is preferred over a stronger-looking gap
/// elsewhere. A headline glued to the first sentence is usually
/// glued on both sides, while the length-only guesses of the two sides (a capitalised name
/// after a lower-case word) agree by chance; requiring one side to be sure of an ordinary word
/// after the gap keeps ordinary first sentences whole.
///
/// Each side is `(segmenter, text, first sentence range)`.
///
/// ```
/// use bitext_segment::{paired_title_breaks, Segmenter};
/// let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
/// let a = "Школьник из Костромы сдал ЕГЭ на 400 баллов Ученик школы № 30 получил высший \
///          балл по четырём предметам. Об этом сообщил ученик.";
/// let b = "A Kostroma student scored 400 points in the state exams A pupil of school No. 30 \
///          got top marks in four subjects. The student said so.";
/// let (ra, rb) = (ru.segment(a).next().unwrap(), en.segment(b).next().unwrap());
/// let (x, y) = paired_title_breaks((&ru, a, ra), (&en, b, rb)).unwrap();
/// assert!(a[x.at..].starts_with("Ученик") && b[y.at..].starts_with("A pupil"));
/// ```
pub fn paired_title_breaks(
    src: (&Segmenter, &str, Range<usize>),
    tgt: (&Segmenter, &str, Range<usize>),
) -> Option<(TitleBreak, TitleBreak)> {
    // Expected target characters per source character, from the two sentences (a range that
    // is not in its text has no candidates, so the ratio of such a pair is never used).
    let ratio = chars_in(tgt.1, &tgt.2) / chars_in(src.1, &src.2).max(1.0);
    let opening = (src.2.start, tgt.2.start);
    paired_breaks_at(src, tgt, ratio, opening)
}

/// [`paired_title_breaks`] with the expected target characters per source character given.
/// `opening`: where the block of titles the two sentences belong to starts on each side.
fn paired_breaks_at(
    src: (&Segmenter, &str, Range<usize>),
    tgt: (&Segmenter, &str, Range<usize>),
    ratio: f64,
    opening: (usize, usize),
) -> Option<(TitleBreak, TitleBreak)> {
    let ca = src.0.candidates(src.1, src.2.clone(), opening.0);
    if ca.is_empty() {
        return None;
    }
    let cb = tgt.0.candidates(tgt.1, tgt.2.clone(), opening.1);
    pair_candidates((src.1, &src.2, &ca), (tgt.1, &tgt.2, &cb), ratio)
}

/// The pairing of [`paired_breaks_at`] over candidates already found for each sentence.
fn pair_candidates(
    src: (&str, &Range<usize>, &[TitleBreak]),
    tgt: (&str, &Range<usize>, &[TitleBreak]),
    ratio: f64,
) -> Option<(TitleBreak, TitleBreak)> {
    let (ca, cb) = (src.2, tgt.2);
    if ca.is_empty() || cb.is_empty() {
        return None;
    }
    let (na, nb) = (numbers_in(src.0, src.1), numbers_in(tgt.0, tgt.1));
    let mut best: Option<(f64, TitleBreak, TitleBreak)> = None;
    for a in ca {
        for b in cb {
            if numbers_cross(&na, a.at, &nb, b.at) {
                continue; // a number of one title is in the other side's body
            }
            // Two gaps after a closing bracket (a tag ending a web headline: `… экономику
            // (мнение) | Проверка` and `… economy (opinion) | Virus`) need no more evidence.
            let closed = |t: &str, c: &TitleBreak| c.score >= 2 && after_bracket(t, c.at);
            if !(a.is_confident() || b.is_confident() || (closed(src.0, a) && closed(tgt.0, b)))
                || (a.numeral && !numeral_partner((src.0, a), (tgt.0, tgt.1.end, b)))
                || (b.numeral && !numeral_partner((tgt.0, b), (src.0, src.1.end, a)))
            {
                continue;
            }
            let mismatch = (b.title_chars as f64 / (ratio * a.title_chars as f64))
                .ln()
                .abs();
            if mismatch > MAX_TITLE_MISMATCH {
                continue; // one title would be nearly twice as long as expected
            }
            let value = f64::from(a.score + b.score) - LENGTH_WEIGHT * mismatch;
            if best.is_none_or(|(v, _, _)| value > v) {
                best = Some((value, *a, *b));
            }
        }
    }
    best.map(|(_, a, b)| (a, b))
}

/// Words after the other side's gap in which a lead's first number is looked for.
const NUMBER_NEAR: usize = 12;

/// Is the other side's gap `other` a fit partner for the [numeral](TitleBreak::numeral) gap
/// `gap`? A [starter](TitleBreak::starter) must follow it, and the number that opens the lead
/// on this side must occur among the first words of the lead on the other side (`40 new ships`
/// against `В состав флота войдут 40 новых кораблей`): a number after a lower-case word is too
/// common inside sentences (`превысило 640 тысяч`) to be taken on length alone. `end`: where
/// the other side's sentence ends (the number must be in that sentence).
fn numeral_partner(
    (text, gap): (&str, &TitleBreak),
    (other, end, them): (&str, usize, &TitleBreak),
) -> bool {
    let Some((number, _)) = text.get(gap.at..).and_then(leading_number) else {
        return false;
    };
    them.starter
        && other.get(them.at..end).is_some_and(|rest| {
            rest.split(crate::is_space)
                .filter(|w| !w.is_empty())
                .take(NUMBER_NEAR)
                .any(|w| leading_number(w).is_some_and(|(v, _)| v == number))
        })
}

/// The number written in ASCII digits at the start of `s` and its length in bytes (leading
/// zeros dropped, so `01` and `1` are the same number); `None` when `s` starts otherwise.
fn leading_number(s: &str) -> Option<(u64, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let value = s.as_bytes()[..n].iter().fold(0u64, |v, d| {
        v.saturating_mul(10).saturating_add(u64::from(d - b'0'))
    });
    (n > 0).then_some((value, n))
}

/// Segments a document and its translation for alignment: both texts are segmented, then the
/// first sentence of each paragraph (text after a blank line) is split at its title break
/// where [`paired_title_breaks`] agrees for both sides, then the head once more (the better gap
/// may end a subtitle) and the rest once more (a headline followed by a subtitle, both without
/// final punctuation). The expected title length ratio is that of the two sentences, unless it
/// is far from the whole texts' ratio (one side glued more units to its headline). Where only one side lost the full
/// stop after its headline, a confident gap on that side is split when it cuts the sentence in
/// the proportions of the other side's first two sentences; where one side has a headline the
/// other left out, a confident gap is split when the rest fits the other side's first sentence
/// much better than the whole does, or fits it fairly well and the other side's first sentence
/// has no title gap at all. Paragraphs are paired when both texts
/// have the same number of them (a collection of articles, one paragraph each); otherwise only
/// the first sentences of the two texts are. Returns the sentence ranges of both texts.
///
/// ```
/// use bitext_segment::{segment_pair, Segmenter};
/// let ru = "Школьник сдал ЕГЭ на 400 баллов Ученик школы № 30 сдал ЕГЭ на 400 баллов. Он рад.";
/// let en = "Schoolboy scores 400 points in exams A pupil of school No. 30 scored 400 points. He is glad.";
/// let (a, b) = segment_pair((&Segmenter::new("ru"), ru), (&Segmenter::new("en"), en));
/// assert_eq!(&ru[a[0].clone()], "Школьник сдал ЕГЭ на 400 баллов");
/// assert_eq!(&en[b[0].clone()], "Schoolboy scores 400 points in exams");
/// assert_eq!((a.len(), b.len()), (3, 3));
/// ```
pub fn segment_pair((sa, a): (&Segmenter, &str), (sb, b): (&Segmenter, &str)) -> SentencePair {
    let mut ra: Vec<Range<usize>> = sa.segment(a).collect();
    let mut rb: Vec<Range<usize>> = sb.segment(b).collect();
    let (pa, pb) = (paragraph_starts(a, &ra), paragraph_starts(b, &rb));
    let paired = if pa.len() == pb.len() {
        pa.len()
    } else {
        pa.len().min(pb.len()).min(1)
    };
    // Expected target characters per source character, over the whole pair.
    let ratio = b.chars().count() as f64 / a.chars().count().max(1) as f64;
    // Last paragraph first, so that splitting does not move the sentences still to visit.
    for p in (0..paired).rev() {
        let (mut i, mut j) = (pa[p], pb[p]);
        // the block of titles starts with the paragraph
        let opening = (ra[i].start, rb[j].start);
        let paired_at = |ra: &[Range<usize>], rb: &[Range<usize>], i: usize, j: usize| {
            // The two sentences' own ratio, unless it is far from the whole texts' one: then
            // they do not hold the same content (one side glued more units to its headline).
            let local = chars_in(b, &rb[j]) / chars_in(a, &ra[i]).max(1.0);
            let expect = if (local / ratio).ln().abs() <= LOCAL_RATIO_SPREAD {
                local
            } else {
                ratio
            };
            paired_breaks_at(
                (sa, a, ra[i].clone()),
                (sb, b, rb[j].clone()),
                expect,
                opening,
            )
        };
        for _ in 0..MAX_TITLES {
            if let Some((x, y)) = paired_at(&ra, &rb, i, j) {
                split_at(a, &mut ra, i, x.at);
                split_at(b, &mut rb, j, y.at);
                // The better gap may have been the second title's end (headline and subtitle
                // glued): the head is looked at once more.
                if let Some((x, y)) = paired_at(&ra, &rb, i, j) {
                    split_at(a, &mut ra, i, x.at);
                    split_at(b, &mut rb, j, y.at);
                    (i, j) = (i + 1, j + 1);
                }
            } else if let Some(x) = [ratio, pair_ratio((a, &ra[i]), (b, &rb, j))]
                .into_iter()
                .find_map(|r| {
                    break_like_other_side((sa, a, &ra, i), (b, &rb, j), (r, ratio), false)
                })
            {
                split_at(a, &mut ra, i, x);
            } else if let Some(y) = [1.0 / ratio, pair_ratio((b, &rb[j]), (a, &ra, i))]
                .into_iter()
                .find_map(|r| {
                    break_like_other_side((sb, b, &rb, j), (a, &ra, i), (r, 1.0 / ratio), false)
                })
            {
                split_at(b, &mut rb, j, y);
            } else if let Some(x) = title_without_partner((sa, a, &ra, i), (b, &rb, j), ratio) {
                // the other side has no headline: nothing to pair a second one with
                split_at(a, &mut ra, i, x);
                break;
            } else if let Some(y) = title_without_partner((sb, b, &rb, j), (a, &ra, i), 1.0 / ratio)
            {
                split_at(b, &mut rb, j, y);
                break;
            } else if let Some(x) = title_facing_none((sa, a, &ra, i), (sb, b, &rb, j), ratio) {
                split_at(a, &mut ra, i, x);
                break;
            } else if let Some(y) = title_facing_none((sb, b, &rb, j), (sa, a, &ra, i), 1.0 / ratio)
            {
                split_at(b, &mut rb, j, y);
                break;
            } else {
                break;
            }
            (i, j) = (i + 1, j + 1);
        }
    }
    (ra, rb)
}

/// Sentence ranges of a text and of its translation.
pub type SentencePair = (Vec<Range<usize>>, Vec<Range<usize>>);

/// Splits glued headlines that an alignment of `a` and `b` reveals anywhere in the texts (the
/// headline of a second article, a related-news link), where [`segment_pair`] only looks at
/// paragraph starts. `beads` pairs sentence index ranges of `ra` and `rb` (the alignment of a
/// first pass). A 1-1 bead is split where [`paired_title_breaks`] agrees for both sentences and
/// both gaps are [confident](TitleBreak::is_confident), or one is confident and the other cuts
/// its sentence in about the same proportions (heads and tails within a factor of 1.5); a 1-n or n-1 bead where a confident
/// gap of the single sentence cuts it in the proportions of two consecutive sentences on the
/// other side (the two whose length fits it best: in a 1-3 bead one is often a sentence the
/// single side left out). In the middle of a text only a [starter](TitleBreak::starter)
/// after the gap (on one side at least) counts as evidence, or, in 1-n and n-1 beads, a
/// closing quote before it (a quoted sentence that lost its full stop). A 1-1 bead where neither
/// applies is split where such a gap leaves a rest that fits the other sentence closely and
/// much better than the whole does (a sentence the other side left out, glued to the next).
/// Returns the new sentence ranges,
/// or `None` when nothing was split (then there is no need to align again).
///
/// ```
/// use bitext_segment::{split_glued, Segmenter};
/// let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
/// let a = "Завод выпустил первую партию. Мэр открыл новый мост через реку В городе \
///          открыли мост через реку Волгу. Его строили три года.";
/// let b = "The plant made its first batch. Mayor opens new bridge over the river The city \
///          opened a bridge over the Volga River. It took three years to build.";
/// let (ra, rb): (Vec<_>, Vec<_>) = (ru.segment(a).collect(), en.segment(b).collect());
/// assert_eq!((ra.len(), rb.len()), (3, 3));
/// let beads = [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)];
/// let (ra, rb) = split_glued((&ru, a, &ra), (&en, b, &rb), &beads).unwrap();
/// assert_eq!(&a[ra[1].clone()], "Мэр открыл новый мост через реку");
/// assert_eq!(&b[rb[1].clone()], "Mayor opens new bridge over the river");
/// assert_eq!((ra.len(), rb.len()), (4, 4));
/// ```
pub fn split_glued(
    (sa, a, ra): (&Segmenter, &str, &[Range<usize>]),
    (sb, b, rb): (&Segmenter, &str, &[Range<usize>]),
    beads: &[(Range<usize>, Range<usize>)],
) -> Option<SentencePair> {
    let ratio = b.chars().count() as f64 / a.chars().count().max(1) as f64;
    // split points per side: (sentence index, byte offset)
    let (mut xa, mut xb) = (Vec::new(), Vec::new());
    for (s, t) in beads {
        match (s.len(), t.len()) {
            (1, 1) => {
                let (i, j) = (s.start, t.start);
                let (Some(r), Some(q)) = (ra.get(i), rb.get(j)) else {
                    continue;
                };
                // Both gaps confident and a starter after one of them; or a starter after a
                // confident gap on one side and a gap on the other that cuts its sentence in
                // the same proportions.
                let (ca, cb) = (
                    sa.title_candidates(a, r.clone()),
                    sb.title_candidates(b, q.clone()),
                );
                if ca.is_empty() && cb.is_empty() {
                    continue; // the common case: nothing to split on either side
                }
                let (la, lb) = (chars_in(a, r), chars_in(b, q));
                let sure = |x: &TitleBreak| x.is_confident() && x.starter;
                // (as `paired_title_breaks` pairs them: by the two sentences' ratio)
                if let Some((x, y)) = pair_candidates((a, r, &ca), (b, q, &cb), lb / la.max(1.0))
                    .filter(|(x, y)| {
                        (sure(x) || sure(y))
                            && ((x.is_confident() && y.is_confident())
                                || halves_misfit(x.title_chars, la, y.title_chars, lb) <= SAME_CUT)
                    })
                {
                    xa.push((i, x.at));
                    xb.push((j, y.at));
                } else if let Some(x) = gap_without_partner(&ca, (a, r), (b, q), ratio, true) {
                    // a sentence whose translation is missing, glued to the next one
                    xa.push((i, x));
                } else if let Some(y) = gap_without_partner(&cb, (b, q), (a, r), 1.0 / ratio, true)
                {
                    xb.push((j, y));
                }
            }
            (1, n) if n >= 2 => {
                if let Some(x) = cut_like_two((sa, a, ra, s.start), (b, rb, t.clone()), ratio) {
                    xa.push((s.start, x));
                }
            }
            (n, 1) if n >= 2 => {
                if let Some(y) = cut_like_two((sb, b, rb, t.start), (a, ra, s.clone()), 1.0 / ratio)
                {
                    xb.push((t.start, y));
                }
            }
            _ => {}
        }
    }
    if xa.is_empty() && xb.is_empty() {
        return None;
    }
    let apply = |text: &str, ranges: &[Range<usize>], mut at: Vec<(usize, usize)>| {
        let mut out = ranges.to_vec();
        // from the end, so that earlier indices stay valid
        at.sort_unstable();
        at.dedup_by_key(|(i, _)| *i);
        for (i, x) in at.into_iter().rev() {
            split_at(text, &mut out, i, x);
        }
        out
    };
    Some((apply(a, ra, xa), apply(b, rb, xb)))
}

/// Largest length mismatch, |ln(expected / found)| summed over the two halves, for which a
/// title gap is taken to match a sentence boundary of the other side.
const ONE_SIDED_FIT: f64 = 0.45;

/// How much worse (in |ln ratio|) the unsplit sentence must fit the other side's first
/// sentence alone than each half fits its counterpart on average, for a one-sided split.
const ONE_SIDED_GAIN: f64 = 0.2;

/// Largest length mismatch, |ln(expected / found)|, between the text after a title gap and
/// the other side's first sentence for the title to be taken as missing from the other side.
const NO_PARTNER_FIT: f64 = 0.2;

/// How much better (in |ln ratio|) the text after the gap must fit the other side's first
/// sentence than the whole sentence does.
const NO_PARTNER_GAIN: f64 = 0.12;

/// A headline on one side that the other side does not have (the translation starts with the
/// lead sentence): after a [confident](TitleBreak::is_confident) gap, the rest of sentence `i`
/// fits the other side's sentence `j` closely, and much better than the whole sentence does.
/// Returns the byte offset to split at.
fn title_without_partner(
    (seg, text, ranges, i): (&Segmenter, &str, &[Range<usize>], usize),
    (other, oranges, j): (&str, &[Range<usize>], usize),
    ratio: f64,
) -> Option<usize> {
    let r = ranges.get(i)?;
    let o = oranges.get(j)?;
    let cands = seg.title_candidates(text, r.clone());
    gap_without_partner(&cands, (text, r), (other, o), ratio, false)
}

/// [`title_without_partner`] over the candidates `cands` already found for sentence `r`
/// (with `starter_only`, the gaps [`best_confident_gap`] takes in the middle of a text).
fn gap_without_partner(
    cands: &[TitleBreak],
    (text, r): (&str, &Range<usize>),
    (other, o): (&str, &Range<usize>),
    ratio: f64,
    starter_only: bool,
) -> Option<usize> {
    let l1 = chars_in(other, o);
    let misfit = |mine: f64| (mine.max(1.0) * ratio / l1).ln().abs();
    best_gap_of(cands, (text, r), starter_only, |head, len| {
        let fit = misfit(len - head);
        (fit <= NO_PARTNER_FIT && misfit(len) - fit >= NO_PARTNER_GAIN).then_some(fit)
    })
}

/// The numbers written in digits in `text[r]` with their byte offsets (`25-го` → 25, `01:23`
/// → 1 and 23, `9,5` → 9 and 5: leading zeros dropped, so both sides write them alike).
fn numbers_in(text: &str, r: &Range<usize>) -> Vec<(usize, u64)> {
    let Some(s) = text.get(r.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < s.len() {
        // an ASCII digit is a whole character, so `k` is a character boundary there
        match s.as_bytes()[k]
            .is_ascii_digit()
            .then(|| leading_number(&s[k..]))
            .flatten()
        {
            Some((v, n)) => {
                out.push((r.start + k, v));
                k += n;
            }
            None => k += 1,
        }
    }
    out
}

/// Do two title gaps (at byte `x` of one side, `y` of the other) put a number in the title on
/// one side and only in the body on the other (`25-го июля в 01:23 … | Спасательной` against
/// `Automobile accident in Kapan | On July 25 at 1:23`)? Numbers are the surest anchors
/// between a text and its translation, so such a pair of gaps ends different things.
fn numbers_cross(na: &[(usize, u64)], x: usize, nb: &[(usize, u64)], y: usize) -> bool {
    // some number before `at` occurs on the other side, and only from `cut` on
    let only_after = |head: &[(usize, u64)], at: usize, other: &[(usize, u64)], cut: usize| {
        head.iter().filter(|(p, _)| *p < at).any(|(_, v)| {
            let mut there = other
                .iter()
                .filter(|(_, w)| w == v)
                .map(|(p, _)| *p)
                .peekable();
            there.peek().is_some() && there.all(|p| p >= cut)
        })
    };
    only_after(na, x, nb, y) || only_after(nb, y, na, x)
}

/// Largest length mismatch, |ln(expected / found)|, between the text after a title gap and
/// the other side's first sentence when that sentence has no title gap at all.
const FACING_NONE_FIT: f64 = 0.35;

/// A headline on one side facing a first sentence on the other that has no title gap at all
/// (not even one resting on length): a glued headline almost always leaves one, so the other
/// side has no headline. Sentence `i` is split at its best [confident](TitleBreak::is_confident)
/// gap when the rest fits the other sentence `j` within [`FACING_NONE_FIT`] — length alone cannot
/// tell, as [`title_without_partner`] needs, whether the whole or the rest is the translation
/// when the translation runs long. Returns the byte offset to split at.
fn title_facing_none(
    (seg, text, ranges, i): (&Segmenter, &str, &[Range<usize>], usize),
    (oseg, other, oranges, j): (&Segmenter, &str, &[Range<usize>], usize),
    ratio: f64,
) -> Option<usize> {
    let o = oranges.get(j)?;
    if !oseg.title_candidates(other, o.clone()).is_empty() {
        return None;
    }
    let l1 = chars_in(other, o);
    let misfit = |mine: f64| (mine.max(1.0) * ratio / l1.max(1.0)).ln().abs();
    best_confident_gap(seg, text, ranges.get(i)?, false, |head, len| {
        let fit = misfit(len - head);
        (fit <= FACING_NONE_FIT).then_some(fit)
    })
}

/// A title gap on one side that matches a sentence boundary the segmenter already found on the
/// other side (`Огонь … 27 июля В Волгоградской области…` against `… July 27. In the Volgograd
/// region…`): sentence `i` fits the other side's sentence `j` alone clearly worse than its
/// halves fit `j` and `j + 1`, sentence `j + 1` follows in the same paragraph, and a
/// [confident](TitleBreak::is_confident) gap splits sentence `i` in the proportions of `j`
/// and `j + 1` (`ratio`: characters of the other side per character of this side; with
/// `starter_only`, a confident gap with a [starter](TitleBreak::starter) after it or any gap
/// after a closing quote). The halves are
/// measured with `ratio`, the whole sentence against `j` alone with `whole_ratio`: callers
/// try the texts' ratio for both, then the ratio of the three sentences themselves
/// ([`pair_ratio`]) for the halves — for the whole too only where an alignment already paired
/// the sentence with both (under that ratio the whole always looks too long for `j`).
/// Returns the byte offset to split at.
fn break_like_other_side(
    (seg, text, ranges, i): (&Segmenter, &str, &[Range<usize>], usize),
    (other, oranges, j): (&str, &[Range<usize>], usize),
    (ratio, whole_ratio): (f64, f64),
    starter_only: bool,
) -> Option<usize> {
    let (o1, o2) = (oranges.get(j)?, oranges.get(j + 1)?);
    if other.get(o1.end..o2.start)?.matches('\n').count() >= 2 {
        return None; // the next sentence starts a new paragraph
    }
    let (l1, l2) = (chars_in(other, o1), chars_in(other, o2));
    let misfit = |mine: f64, theirs: f64, r: f64| (mine.max(1.0) * r / theirs).ln().abs();
    best_confident_gap(seg, text, ranges.get(i)?, starter_only, |head, len| {
        let fit = misfit(head, l1, ratio) + misfit(len - head, l2, ratio);
        let gain = misfit(len, l1, whole_ratio) - fit / 2.0;
        (fit <= ONE_SIDED_FIT && gain >= ONE_SIDED_GAIN).then_some(fit)
    })
}

/// The cut of the single sentence `i` of a 1-n bead whose other side is the sentences `many`
/// of `other` (`ratio`: characters of the other side per character of this side): against
/// the two of them whose length fits it best ([`closest_pair`]), by [`break_like_other_side`]
/// with the texts' ratio, then with the three sentences' own ([`pair_ratio`]).
fn cut_like_two(
    (seg, text, ranges, i): (&Segmenter, &str, &[Range<usize>], usize),
    (other, oranges, many): (&str, &[Range<usize>], Range<usize>),
    ratio: f64,
) -> Option<usize> {
    let (one, them) = (ranges.get(i)?, oranges.get(many.clone())?);
    let j = closest_pair((text, one), (other, them), ratio) + many.start;
    let local = pair_ratio((text, one), (other, oranges, j));
    [ratio, local].into_iter().find_map(|r| {
        break_like_other_side((seg, text, ranges, i), (other, oranges, j), (r, r), true)
    })
}

/// Which two consecutive sentences of `many` (the other side of a 1-n bead) a single
/// sentence `one` most likely stands for, by length (`ratio`: characters of `many`'s side per
/// character of `one`'s): the index of the first of the two within `many` (0 when `many` has
/// two). In a 1-3 bead one of the three is often a sentence the single side left out.
fn closest_pair(
    (text, one): (&str, &Range<usize>),
    (other, many): (&str, &[Range<usize>]),
    ratio: f64,
) -> usize {
    let want = chars_in(text, one).max(1.0) * ratio;
    (0..many.len().saturating_sub(1))
        .map(|k| {
            let got = chars_in(other, &many[k]) + chars_in(other, &many[k + 1]);
            ((want / got.max(1.0)).ln().abs(), k)
        })
        .min_by(|x, y| x.0.total_cmp(&y.0))
        .map_or(0, |(_, k)| k)
}

/// Largest [`halves_misfit`] for which a gap without evidence of its own is taken to cut its
/// sentence where a sure gap cuts the other side's.
const SAME_CUT: f64 = 0.4;

/// How differently two gaps cut their sentences (of `la` and `lb` characters, the titles
/// `ha` and `hb` long): the larger |ln ratio| of the two heads' and the two tails' lengths,
/// each against the two sentences' length ratio.
fn halves_misfit(ha: usize, la: f64, hb: usize, lb: f64) -> f64 {
    let (ha, hb) = (ha as f64, hb as f64);
    let ratio = lb / la.max(1.0);
    let head = (hb.max(1.0) / (ratio * ha.max(1.0))).ln().abs();
    let tail = ((lb - hb).max(1.0) / (ratio * (la - ha).max(1.0)))
        .ln()
        .abs();
    head.max(tail)
}

/// Characters of sentences `k` and `k + 1` of `other` per character of `one`: the length
/// ratio of a 1-2 bead itself, which is what matters when the two texts' ratio is off (one
/// side lost sentences elsewhere); 1 when a sentence is missing.
fn pair_ratio(
    (text, one): (&str, &Range<usize>),
    (other, ranges, k): (&str, &[Range<usize>], usize),
) -> f64 {
    match (ranges.get(k), ranges.get(k + 1)) {
        (Some(x), Some(y)) => {
            (chars_in(other, x) + chars_in(other, y)) / chars_in(text, one).max(1.0)
        }
        _ => 1.0,
    }
}

/// Characters of `text[r]` (0 for a range outside the text).
fn chars_in(text: &str, r: &Range<usize>) -> f64 {
    text.get(r.clone()).map_or(0, |s| s.chars().count()) as f64
}

/// The [confident](TitleBreak::is_confident) gap of sentence `r` (with `starter_only`: a
/// confident gap with a [starter](TitleBreak::starter) after it, or any gap after a closing
/// quote) with the lowest misfit, as
/// `misfit(title characters, sentence characters)` rates it (`None`: not acceptable). Returns
/// the byte offset to split at; `None` for an empty sentence or when no gap is acceptable.
fn best_confident_gap(
    seg: &Segmenter,
    text: &str,
    r: &Range<usize>,
    starter_only: bool,
    misfit: impl Fn(f64, f64) -> Option<f64>,
) -> Option<usize> {
    let cands = seg.title_candidates(text, r.clone());
    best_gap_of(&cands, (text, r), starter_only, misfit)
}

/// [`best_confident_gap`] over the candidates `cands` already found for sentence `r`.
fn best_gap_of(
    cands: &[TitleBreak],
    (text, r): (&str, &Range<usize>),
    starter_only: bool,
    misfit: impl Fn(f64, f64) -> Option<f64>,
) -> Option<usize> {
    let len = chars_in(text, r);
    if len == 0.0 {
        return None;
    }
    cands
        .iter()
        .filter(|c| {
            !c.numeral
                && if starter_only {
                    (c.is_confident() && c.starter) || after_quote(text, c.at)
                } else {
                    c.is_confident()
                }
        })
        .filter_map(|c| Some((misfit(c.title_chars as f64, len)?, c.at)))
        .min_by(|x, y| x.0.total_cmp(&y.0))
        .map(|(_, at)| at)
}

/// Does a closing quote end the word before byte `at` (`… со своих платформ" Твиттер
/// обвинили`)? A quoted sentence whose full stop was left out: in the middle of a text, where
/// an alignment already paired the sentence with two, that is evidence enough for a gap the
/// other side's boundary falls on, though `«Газпрома» Алексей Миллер` shows it is none alone.
fn after_quote(text: &str, at: usize) -> bool {
    closes_with(text, at, &['"', '»', '”'])
}

/// Does a closing bracket end the word before byte `at`?
fn after_bracket(text: &str, at: usize) -> bool {
    closes_with(text, at, &[')'])
}

/// Does one of `marks`, attached to a word, end the text before byte `at`?
fn closes_with(text: &str, at: usize, marks: &[char]) -> bool {
    let before = text
        .get(..at)
        .unwrap_or("")
        .trim_end_matches(crate::is_space);
    let mut rev = before.chars().rev();
    rev.next().is_some_and(|c| marks.contains(&c))
        && rev.next().is_some_and(|c| !crate::is_space(c))
}

/// Indices of the sentences (`ranges` of `text`) that start a paragraph: the first one, and
/// any preceded by a blank line.
///
/// ```
/// let text = "One. Two.\n\nThree.\nFour.";
/// let seg = bitext_segment::Segmenter::new("en");
/// let ranges: Vec<_> = seg.segment(text).collect();
/// assert_eq!(bitext_segment::paragraph_starts(text, &ranges), [0, 2]);
/// ```
pub fn paragraph_starts(text: &str, ranges: &[Range<usize>]) -> Vec<usize> {
    let mut v = Vec::new();
    let mut prev = 0;
    for (i, r) in ranges.iter().enumerate() {
        // ranges not from this text (out of order, outside it) start no paragraph
        let gap = text.get(prev..r.start).unwrap_or("");
        if i == 0 || gap.matches('\n').count() >= 2 {
            v.push(i);
        }
        prev = r.end;
    }
    v
}

fn split_at(text: &str, ranges: &mut Vec<Range<usize>>, i: usize, at: usize) {
    let r = ranges[i].clone();
    let head_end = r.start + text[r.start..at].trim_end_matches(crate::is_space).len();
    ranges.splice(i..i + 1, [r.start..head_end, at..r.end]);
}

/// The text from `from` on, at most [`WINDOW`] bytes: where document-centric evidence is
/// looked for.
fn window(text: &str, from: usize) -> &str {
    let mut end = (from + WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[from..end]
}

/// Does `word` (lower-case) occur in `window` as a whole word (not inside a longer word)?
/// A substring search, so the window is not tokenized for every sentence looked at.
fn occurs_as_word(window: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    memchr::memmem::find_iter(window.as_bytes(), word.as_bytes()).any(|i| {
        let before = window[..i].chars().next_back();
        let after = window[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use crate::Segmenter;

    fn head(lang: &str, text: &str) -> Option<String> {
        let seg = Segmenter::new(lang);
        let first = seg.segment(text).next()?;
        seg.title_break(text, first.clone())
            .map(|b| text[first.start..b.at].trim_end().to_string())
    }

    fn pair(ru: &str, en: &str) -> (Vec<String>, Vec<String>) {
        let (a, b) = crate::segment_pair((&Segmenter::new("ru"), ru), (&Segmenter::new("en"), en));
        let texts = |t: &str, r: Vec<std::ops::Range<usize>>| {
            r.into_iter().map(|r| t[r].to_string()).collect::<Vec<_>>()
        };
        (texts(ru, a), texts(en, b))
    }

    #[test]
    fn headline_split_where_the_translation_has_a_full_stop() {
        // The English headline kept its full stop, the Russian one did not: the Russian gap
        // before the capitalised preposition splits in the proportions of the English pair.
        let ru = "Огонь на линии разграничения прекратится 27 июля В Волгоградской области \
                  бесследно пропал пенсионер, сообщили в полиции. Его ищут волонтёры.";
        let en = "Firing on the demarcation line will cease on July 27. A pensioner has \
                  disappeared without a trace in the Volgograd region, police said. \
                  Volunteers are searching for him.";
        let (a, b) = pair(ru, en);
        assert_eq!(a.len(), 3, "{a:?}");
        assert_eq!(a[0], "Огонь на линии разграничения прекратится 27 июля");
        assert_eq!(b.len(), 3, "{b:?}");
    }

    #[test]
    fn headline_the_translation_left_out_is_split_off() {
        // The Russian text starts with the lead sentence; the English one has a headline
        // glued to it. The English gap before `The` leaves a sentence of the Russian length.
        let ru = "Администрация города открыла для движения ещё два моста через реку. \
                  Строительство заняло три года и обошлось в 2 млрд рублей. По словам мэра, \
                  мосты разгрузят центр города в часы пик. Ранее в городе открыли новую \
                  развязку на въезде со стороны аэропорта.";
        let en = "Two more bridges open in the city The city administration has opened two more \
                  bridges over the river to traffic. Construction took three years and cost \
                  2 billion rubles. According to the mayor, the bridges will ease the load on \
                  the city centre at rush hour. Earlier, a new interchange was opened at the \
                  entrance from the airport.";
        let (a, b) = pair(ru, en);
        assert_eq!(a.len(), 4, "{a:?}");
        assert_eq!(b.len(), 5, "{b:?}");
        assert_eq!(b[0], "Two more bridges open in the city");
    }

    #[test]
    fn mid_text_splits_need_a_starter() {
        let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
        let split = |a: &str, b: &str| {
            let (ra, rb): (Vec<_>, Vec<_>) = (ru.segment(a).collect(), en.segment(b).collect());
            let beads: Vec<_> = (0..ra.len().min(rb.len()))
                .map(|k| (k..k + 1, k..k + 1))
                .collect();
            crate::split_glued((&ru, a, &ra), (&en, b, &rb), &beads)
        };
        // Two confident gaps (the word after each occurs in lower case before) but no
        // starter after either: in the middle of a text, no split.
        let a = "Завод выпустил первую партию. Мэр открыл новый мост через реку Мост через реку \
                 Волгу строили три года.";
        let b = "The plant made its first batch. Mayor opens new bridge over the river Bridge \
                 over the Volga River took three years to build.";
        assert_eq!(split(a, b), None);
        // A second headline glued to its lead on both sides: split.
        let a = "Завод выпустил первую партию. Мэр открыл новый мост через реку В городе \
                 открыли мост через реку Волгу.";
        let b = "The plant made its first batch. Mayor opens new bridge over the river The city \
                 opened a bridge over the Volga River.";
        let (ra, rb) = split(a, b).expect("split");
        assert_eq!((ra.len(), rb.len()), (3, 3));
        // A name after a particle on one side and `The` before a newspaper name on the other
        // fall at similar places by chance: no split.
        let a = "Помпео напомнили о встрече с наследным принцем Мухаммедом бен Салманом, о \
                 которой писала The Washington Post.";
        let b = "Pompeo was reminded of his meeting with crown prince Mohammed bin Salman, \
                 reported by The Washington Post.";
        assert_eq!(split(a, b), None);
    }

    #[test]
    fn news_sentence_starters_confirm_a_headline() {
        // `Согласно` and `Сообщается` open sentences, never continue them.
        let ru = "Клуб выставил на продажу четырёх игроков основного состава Согласно \
                  источникам издания, клуб рассчитывает выручить за них не меньше 100 млн евро.";
        let en = "Club puts four first-team players up for sale Several sources say the club \
                  expects to raise at least 100 million euros from the sales.";
        let (a, b) = pair(ru, en);
        assert_eq!(
            a[0],
            "Клуб выставил на продажу четырёх игроков основного состава"
        );
        assert_eq!(b[0], "Club puts four first-team players up for sale");
    }

    #[test]
    fn a_one_to_three_bead_splits_against_the_two_sentences_that_fit() {
        // The English side has an extra sentence (left out of the Russian); the Russian
        // headline glued to its lead is split in the proportions of the two that fit.
        let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
        let a = "Восемнадцать детей погибли с начала лета в Волгоградской области В \
                 Волгоградской области бесследно пропал пожилой пенсионер из Камышина. \
                 Его ищут полиция и добровольцы из поискового отряда. Мужчина ушёл из дома \
                 утром и не вернулся.";
        let b = "The child was taken to hospital with injuries. Eighteen children have died in \
                 the Volgograd Region since the start of summer. An elderly pensioner from \
                 Kamyshin has disappeared without a trace in the Volgograd Region. The police \
                 and volunteers from a search team are looking for him. The man left home in \
                 the morning and did not return.";
        let (ra, rb): (Vec<_>, Vec<_>) = (ru.segment(a).collect(), en.segment(b).collect());
        assert_eq!((ra.len(), rb.len()), (3, 5));
        let beads = [(0..1, 0..3), (1..2, 3..4), (2..3, 4..5)];
        let (ra, _) = crate::split_glued((&ru, a, &ra), (&en, b, &rb), &beads).unwrap();
        assert_eq!(
            &a[ra[0].clone()],
            "Восемнадцать детей погибли с начала лета в Волгоградской области"
        );
    }

    #[test]
    fn no_one_sided_split_when_the_sentence_fits_the_translation() {
        // The Russian first sentence has a gap before `В` but matches the English first
        // sentence alone (the translator joined the two halves): nothing is split.
        let ru = "Жители района пожаловались на шум строительной техники В администрации \
                  обещали разобраться. Работы продолжатся до осени.";
        let en = "Residents of the district complained about the noise of construction \
                  machinery, and officials promised to look into it. The works will continue \
                  until autumn.";
        let (a, _) = pair(ru, en);
        assert_eq!(a.len(), 2, "{a:?}");
    }

    #[test]
    fn english_headline_before_a_starter() {
        let text = "Hurricane season opens early in the Gulf of Mexico The first storm of the \
                    year formed on Friday, forecasters said. It is expected to weaken.";
        assert_eq!(
            head("en", text).as_deref(),
            Some("Hurricane season opens early in the Gulf of Mexico")
        );
    }

    #[test]
    fn russian_headline_confirmed_by_the_body() {
        // `Врио` is capitalised only because it starts a sentence: `врио` occurs later on.
        let text = "Губернатор края встретился с участниками акции протеста в центре города \
                    Врио губернатора Хабаровского края пообщался с горожанами в субботу. \
                    Встреча врио с жителями длилась два часа.";
        assert_eq!(
            head("ru", text).as_deref(),
            Some("Губернатор края встретился с участниками акции протеста в центре города")
        );
    }

    #[test]
    fn names_inside_ordinary_sentences_are_not_titles() {
        for (lang, text) in [
            (
                "ru",
                "Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что \
                 переговоры идут по дипломатическим каналам.",
            ),
            (
                "en",
                "Kremlin spokesman Dmitry Peskov told reporters on Monday that the talks with \
                 the Foreign Ministry of Qatar were going well.",
            ),
        ] {
            let seg = Segmenter::new(lang);
            let found = seg.title_break(text, 0..text.len());
            assert!(found.is_none_or(|b| !b.is_confident()), "{text}: {found:?}");
        }
        assert_eq!(
            head("en", "It was founded by Acme Inc. It grew fast."),
            None
        );
    }

    #[test]
    fn title_case_headline_ends_where_running_text_starts() {
        let text = "Local Baker Wins Bread Contest For Third Time Bakers from six towns took \
                    part in the contest on Sunday, the jury said. She plans to open a shop.";
        assert_eq!(
            head("en", text).as_deref(),
            Some("Local Baker Wins Bread Contest For Third Time")
        );
    }

    #[test]
    fn a_name_after_a_preposition_is_not_a_break() {
        // `по Донбассу` / `the Gaza`: the word before is a function word, so a name follows.
        let seg = Segmenter::new("ru");
        let text = "Папа Римский приветствовал соглашение по Донбассу и призвал стороны \
                    к миру, сообщает агентство.";
        assert_eq!(seg.title_break(text, 0..text.len()), None);
    }

    #[test]
    fn pairs_split_only_with_one_confident_side() {
        let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
        let first = |seg: &Segmenter, t: &str| seg.segment(t).next().unwrap();
        // Length-only guesses on both sides (names after lower-case words): no split.
        let a = "Москва ведёт переговоры о возвращении россиян, удерживаемых в секторе Газа, \
                 заявил Дмитрий Песков.";
        let b = "Moscow is conducting talks on the return of Russians held in Gaza, Dmitry \
                 Peskov said.";
        assert_eq!(
            super::paired_title_breaks((&ru, a, first(&ru, a)), (&en, b, first(&en, b))),
            None
        );
        // A German noun after a lower-case word is no evidence at all.
        let de = Segmenter::new("de");
        let c = "Am 3. Oktober hat Deutschland den Tag der Deutschen Einheit gefeiert, wie \
                 jedes Jahr seit der Wiedervereinigung.";
        assert_eq!(de.title_break(c, 0..c.len()), None);
    }

    #[test]
    fn titles_are_paired_by_the_texts_ratio_when_the_first_sentences_differ() {
        // The Russian subtitle lost its full stop too, so the Russian first sentence holds
        // three units and the English one two: their ratio says nothing about the titles,
        // and the headlines of equal length are paired, not the Russian subtitle's end.
        // (The subtitle's end scores higher than the headline's: `Врио` occurs in lower case
        // further on.)
        let ru = "Не нужно бояться жителей нашего большого края Губернатор рассказал о поездке \
                  по региону в интервью газете \"Вечерний город\" Врио главы региона Иван \
                  Петров призвал журналистов не бояться жителей края на фоне протестов. Он \
                  встречался с ними в субботу. Встреча врио с жителями длилась два часа.";
        let en = "Do not fear the people of our large region In an interview with the Evening \
                  City newspaper, the governor spoke about his trip around the region. The \
                  acting head of the region Ivan Petrov urged journalists not to fear the \
                  people of the region amid the protests. He met them on Saturday. The acting \
                  head's meeting with residents lasted two hours.";
        let (a, b) = pair(ru, en);
        assert_eq!(a[0], "Не нужно бояться жителей нашего большого края");
        assert_eq!(b[0], "Do not fear the people of our large region");
        assert_eq!((a.len(), b.len()), (5, 5), "{a:?} {b:?}");
    }

    #[test]
    fn headline_and_subtitle_glued_to_the_lead_on_both_sides() {
        // The better-scored gap ends the subtitle; the headline inside it is split too.
        let ru = "Число умерших от вируса в мире превысило 640 тысяч Инфицированы более 15 \
                  миллионов человек во всех странах Количество жертв вируса в мире \
                  превысило 640 тысяч, сообщает университет. Больше всего заболевших в США.";
        let en = "Worldwide virus death toll exceeds 640,000 More than 15 million people have \
                  been infected in all countries The number of virus deaths in the world has \
                  exceeded 640,000, the university reports. The US has more cases than any \
                  other country.";
        let (a, b) = pair(ru, en);
        assert_eq!(a[0], "Число умерших от вируса в мире превысило 640 тысяч");
        assert_eq!(b[0], "Worldwide virus death toll exceeds 640,000");
        assert_eq!((a.len(), b.len()), (4, 4), "{a:?} {b:?}");
    }

    #[test]
    fn a_lead_starting_with_a_number_pairs_with_a_starter_gap() {
        let ru = "Путин объявил о включении 40 новых кораблей в состав флота В состав \
                  Военно-морского флота России в этом году войдут 40 новых кораблей. Об этом \
                  президент сказал на параде.";
        let en = "Putin announces the addition of 40 new ships to the fleet 40 new ships will \
                  join the Russian Navy this year. The president said so at the parade.";
        let (a, b) = pair(ru, en);
        assert_eq!(
            b[0],
            "Putin announces the addition of 40 new ships to the fleet"
        );
        assert_eq!((a.len(), b.len()), (3, 3), "{a:?} {b:?}");
        // a number after a verb is no title end without a starter on the other side
        let seg = Segmenter::new("en");
        let text = "The number of people who tested positive in the country topped 60,000 on \
                    Saturday as the government struggled to contain the outbreak.";
        assert_eq!(seg.title_break(text, 0..text.len()), None);
    }

    #[test]
    fn a_lead_repeating_the_first_word_of_the_title() {
        let seg_ru = Segmenter::new("ru");
        // `Kanye … | Kanye West has`: the lead starts like the title does.
        let seg = Segmenter::new("en");
        let text = "Kanye West issues public apology to wife Kim Kardashian after revelations \
                    Kanye West has apologised to his wife for going public with a private matter.";
        assert_eq!(
            head("en", text).as_deref(),
            Some("Kanye West issues public apology to wife Kim Kardashian after revelations")
        );
        // two repeated words count after a capitalised word too
        let text =
            "Украинские военные будут контролировать перемирие в Донбассе Украинские военные \
                    начали подготовку к этому в понедельник утром.";
        let found = seg_ru.title_break(text, 0..text.len()).unwrap();
        assert!(text[found.at..].starts_with("Украинские военные начали"));
        assert!(found.is_confident(), "{found:?}");
        // not when the word continues a name (`Manchester | United`)
        let text = "United reach the final of the cup after a long season Manchester United won \
                    their semi-final on penalties against the champions.";
        let found = seg.title_candidates(text, 0..text.len());
        assert!(found.iter().all(|b| !b.is_confident()), "{found:?}");
        let text = text.replace("Manchester United", "United");
        let found = seg.title_candidates(&text, 0..text.len());
        assert!(found.iter().any(|b| b.is_confident()), "{found:?}");
    }

    #[test]
    fn english_i_is_no_sentence_starter_inside_a_sentence() {
        let seg = Segmenter::new("en");
        let text = "You know, now it's different, because kids are like, Can I have a YouTube \
                    channel? and I'm like, no, you can't.";
        let found = seg.title_candidates(text, 0..text.len());
        assert!(found.iter().all(|b| !b.starter), "{found:?}");
    }

    #[test]
    fn mid_text_split_with_a_starter_on_one_side_and_a_gap_at_the_same_place() {
        // A related-news link glued to the next headline: the English gap before `A` is sure,
        // the Russian gap before `Боевика` has no evidence of its own but cuts the sentence
        // where the English one does.
        let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
        let a = "Родственники обратились в полицию. \"Я убила его\": в Лондоне женщина \
                 зарезала младенца Боевика из Чечни приговорили к 10 годам тюрьмы за \
                 терроризм и нападения на военных.";
        let b = "The relatives went to the police. \"I killed him\": a woman stabbed an infant \
                 in London A militant from Chechnya has been sentenced to 10 years in prison \
                 for terrorism and attacks on soldiers.";
        let (ra, rb): (Vec<_>, Vec<_>) = (ru.segment(a).collect(), en.segment(b).collect());
        assert_eq!((ra.len(), rb.len()), (2, 2));
        let beads = [(0..1, 0..1), (1..2, 1..2)];
        let (ra, rb) = crate::split_glued((&ru, a, &ra), (&en, b, &rb), &beads).expect("split");
        assert_eq!(
            &a[ra[1].clone()],
            "\"Я убила его\": в Лондоне женщина зарезала младенца"
        );
        assert_eq!(
            &b[rb[1].clone()],
            "\"I killed him\": a woman stabbed an infant in London"
        );
    }

    #[test]
    fn a_one_to_two_bead_is_cut_by_its_own_length_ratio() {
        // The English text has a sentence the Russian one left out, so the texts' ratio
        // understates the Russian length; the 1-2 bead's own ratio still finds the cut.
        let (en, ru) = (Segmenter::new("en"), Segmenter::new("ru"));
        let a = "Minister defends quarantine rule. He spoke on the radio on Monday morning and \
                 answered listeners' questions about the new entry rules, the fines, the tests \
                 at airports and the payments to workers who have to stay at home for two weeks. \
                 Transport secretary among holidaymakers forced to quarantine The decision was \
                 made after Spain recorded more than 900 new cases for two days running.";
        let b = "Министр защитил правило о карантине. Министр транспорта оказался среди \
                 отдыхающих в Испании, обязанных отправиться на карантин. Решение было принято \
                 после того, как Испания два дня подряд регистрировала более 900 новых случаев \
                 заболевания коронавирусом.";
        let (ra, rb): (Vec<_>, Vec<_>) = (en.segment(a).collect(), ru.segment(b).collect());
        assert_eq!((ra.len(), rb.len()), (3, 3));
        let beads = [(0..1, 0..1), (1..2, 1..1), (2..3, 1..3)];
        let (ra, _) = crate::split_glued((&en, a, &ra), (&ru, b, &rb), &beads).expect("split");
        assert_eq!(
            &a[ra[2].clone()],
            "Transport secretary among holidaymakers forced to quarantine"
        );
    }

    #[test]
    fn headline_split_by_the_first_sentences_own_ratio() {
        // The Russian text has a long sentence the English one left out, so the texts' ratio
        // overstates the Russian length of the English headline and lead; their own ratio
        // finds the cut (and by the texts' ratio the whole English sentence is still far too
        // long for the first Russian sentence alone).
        let ru = "Министр транспорта оказался среди отдыхающих в Испании, обязанных отправиться \
                  на карантин. Решение было принято после того, как Испания два дня подряд \
                  регистрировала более 900 новых случаев заболевания коронавирусом. В понедельник \
                  утром он выступил на радио и ответил на вопросы слушателей о новых правилах \
                  въезда, о штрафах, о тестах в аэропортах и о выплатах работникам, которым \
                  придётся две недели оставаться дома.";
        let en = "Transport secretary among holidaymakers forced to quarantine The decision was \
                  made after Spain recorded more than 900 new cases for two days running.";
        let (_, b) = pair(ru, en);
        assert_eq!(
            b[0],
            "Transport secretary among holidaymakers forced to quarantine"
        );
    }

    #[test]
    fn a_dateline_opens_the_lead() {
        // `AURORA, Colo. (AP) –` starts a sentence like a starter word does; the headline
        // before it ends with a place name, so nothing else marks the gap.
        for (lang, text, title) in [
            (
                "en",
                "Car drives into crowd of protesters in Colorado AURORA, Colo. (AP) – A \
                 vehicle hit several people during a march on Saturday, police said.",
                "Car drives into crowd of protesters in Colorado",
            ),
            (
                "ru",
                "Число заболевших в Израиле превысило 60 тысяч Иерусалим (Рейтер) – Минздрав \
                 страны сообщил в субботу о рекордном росте за неделю.",
                "Число заболевших в Израиле превысило 60 тысяч",
            ),
        ] {
            let found = Segmenter::new(lang)
                .title_break(text, 0..text.len())
                .unwrap();
            assert_eq!(text[..found.at].trim_end(), title);
            assert!(found.starter && found.is_confident(), "{found:?}");
        }
        // A sentence that opens with a dateline is running text: no title in it.
        let seg = Segmenter::new("en");
        let text = "JERUSALEM (Reuters) - The number of people who tested positive in Israel \
                    topped 60,000 on Saturday as the Health Ministry reported new cases.";
        assert_eq!(seg.title_candidates(text, 0..text.len()), []);
    }

    #[test]
    fn a_lead_after_a_subtitle_repeating_the_headlines_first_words() {
        // Headline, subtitle and lead glued on both sides; the lead opens with the headline's
        // first two words, which is what marks the subtitle's end on the Russian side.
        let ru = "Папа Римский приветствовал соглашение о мире в регионе Огонь на линии фронта \
                  стороны прекращают 27 июля Папа Римский Франциск приветствовал принятие новых \
                  мер. Он сказал это во время воскресной проповеди.";
        let en = "The Pope welcomed the peace agreement in the region Firing will cease on the \
                  front line on July 27 Pope Francis welcomed the adoption of the new measures. \
                  He said so during his Sunday sermon.";
        let (a, b) = pair(ru, en);
        assert_eq!(a[1], "Огонь на линии фронта стороны прекращают 27 июля");
        assert_eq!(b[1], "Firing will cease on the front line on July 27");
        assert_eq!((a.len(), b.len()), (4, 4), "{a:?} {b:?}");
    }

    #[test]
    fn a_quote_without_its_full_stop_is_cut_where_the_translation_has_one() {
        let (en, ru) = (Segmenter::new("en"), Segmenter::new("ru"));
        let a = "The minister was asked about it. \"Social media companies must act much faster \
                 to remove such hatred from their platforms.\" Twitter was accused of ignoring \
                 the posts for twelve hours.";
        let b = "Министра спросили об этом. \"Социальные сети должны быстрее удалять такую \
                 ненависть со своих платформ\" Твиттер обвинили в том, что он двенадцать часов \
                 не замечал эти сообщения.";
        let (ra, rb): (Vec<_>, Vec<_>) = (en.segment(a).collect(), ru.segment(b).collect());
        assert_eq!((ra.len(), rb.len()), (3, 2));
        // 2-1: the Russian sentence is cut after the closing quote
        let beads = [(0..1, 0..1), (1..3, 1..2)];
        let (_, rb2) = crate::split_glued((&en, a, &ra), (&ru, b, &rb), &beads).expect("split");
        assert_eq!(rb2.len(), 3);
        assert!(b[rb2[2].clone()].starts_with("Твиттер обвинили"));
        // 1-1 with the quote left out of the English: the quote is cut off as a sentence of
        // its own, the rest fitting the English sentence
        let a = "The rapper posted a series of messages about Jewish people on Friday. His \
                 manager has cut ties with him since then. The police are looking into the \
                 posts, a spokesman said. Twitter was accused of ignoring the posts for twelve \
                 hours.";
        let b = "В пятницу рэпер опубликовал серию сообщений о евреях. С тех пор его менеджер \
                 разорвал с ним отношения. Полиция изучает эти сообщения, сообщил \
                 представитель ведомства. \"Социальные сети должны быстрее удалять такую \
                 ненависть\" Твиттер обвинили в том, что он двенадцать часов не замечал эти \
                 сообщения.";
        let (ra, rb): (Vec<_>, Vec<_>) = (en.segment(a).collect(), ru.segment(b).collect());
        assert_eq!((ra.len(), rb.len()), (4, 4));
        let beads = [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3), (3..4, 3..4)];
        let (_, rb2) = crate::split_glued((&en, a, &ra), (&ru, b, &rb), &beads).expect("split");
        assert!(b[rb2[4].clone()].starts_with("Твиттер обвинили"));
    }

    #[test]
    fn a_bracketed_tag_ends_a_headline_on_both_sides() {
        let ru = "Пандемия навсегда изменит мировую экономику (мнение) Проверка на вирус, \
                  вероятно, станет частью нашей жизни, как меры безопасности после 2001 года. \
                  Важно вкладывать деньги в системы раннего обнаружения.";
        let en = "The pandemic will permanently change the world's economy (opinion) Virus \
                  screening is likely to become part of our life, like security measures after \
                  2001. It is important to invest in early detection systems.";
        let (a, b) = pair(ru, en);
        assert_eq!(a[0], "Пандемия навсегда изменит мировую экономику (мнение)");
        assert_eq!(
            b[0],
            "The pandemic will permanently change the world's economy (opinion)"
        );
        // a closing quote on both sides is not enough (a company name before a person's)
        let ru = "Председатель правления компании \"Газпром нефть\" Александр Дюков рассказал \
                  журналистам о планах на следующий год. Он ответил на вопросы.";
        let en = "Chairman of the management board of \"Gazprom Neft\" Alexander Dyukov told \
                  reporters about the plans for next year. He answered questions.";
        let (a, b) = pair(ru, en);
        assert_eq!((a.len(), b.len()), (2, 2), "{a:?} {b:?}");
    }

    #[test]
    fn strong_gaps_ending_different_titles_are_not_paired() {
        // The Russian subtitle opens with a starter and the English lead does: the two best
        // gaps end different titles (headline against subtitle), twice as long as each other.
        let ru = "Число умерших от вируса в мире превысило 640 тысяч По данным университета, \
                  заболели более 15 миллионов человек Количество жертв вируса в мире \
                  превысило 640 тысяч, сообщает университет. Больше всего заболевших в США.";
        let en = "Worldwide virus death toll exceeds 640,000 Some 15 million people have \
                  fallen ill, the university says The number of virus deaths in the world \
                  has exceeded 640,000, the university reports. The US has the most cases.";
        let (a, b) = pair(ru, en);
        assert_eq!(a[0], "Число умерших от вируса в мире превысило 640 тысяч");
        assert_eq!(b[0], "Worldwide virus death toll exceeds 640,000");
    }

    #[test]
    fn a_headline_facing_a_first_sentence_without_any_title_gap() {
        // The English text starts with the lead; the Russian lead repeats its headline's first
        // two words after a place name. The English lead runs long, so it fits the whole
        // Russian sentence better than the rest; but it has no title gap at all, so the English
        // side has no headline to pair with.
        let ru = "Украинские военные будут контролировать прекращение огня в Донбассе Украинские \
                  военные начали подготовку к прекращению огня на линии разграничения, сообщает \
                  штаб. Подготовка займёт неделю. Наблюдатели будут следить за выполнением \
                  договорённостей круглосуточно. Первые итоги подведут в конце месяца.";
        let en = "Ukrainian military personnel have begun preparations for a complete ceasefire \
                  along the demarcation line, the staff announced. The preparations will take a \
                  week. Observers will monitor compliance with the agreements around the clock. \
                  The first results will be summed up at the end of the month.";
        let (a, b) = pair(ru, en);
        assert_eq!(
            a[0],
            "Украинские военные будут контролировать прекращение огня в Донбассе"
        );
        assert_eq!((a.len(), b.len()), (5, 4), "{a:?} {b:?}");
    }

    #[test]
    fn numbers_keep_a_title_from_pairing_with_a_lead() {
        // The English headline has no counterpart; the Russian lead's date and time are in the
        // English body, so the Russian gap before a name (`управления | Спасательной`) is no
        // title end to pair with the English one, though their lengths would fit.
        let ru = "25 июля в 01:23 в Национальный центр кризисного управления Спасательной службы \
                  поступил сигнал о ДТП в Капане. Пострадали два человека.";
        let en =
            "Accident in Kapan involving a truck and a passenger car On July 25 at 1:23 a.m., \
                  the National Crisis Management Center of the Rescue Service received an alert \
                  about an accident in Kapan. Two people were injured.";
        let (a, _) = pair(ru, en);
        assert_eq!(a.len(), 2, "{a:?}");
    }

    #[test]
    fn numbers_and_title_pairs() {
        let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
        let first = |seg: &Segmenter, t: &str| seg.segment(t).next().unwrap();
        let pair = |a: &str, b: &str| {
            super::paired_title_breaks((&ru, a, first(&ru, a)), (&en, b, first(&en, b))).map(
                |(x, y)| {
                    (
                        a[..x.at].trim_end().to_string(),
                        b[..y.at].trim_end().to_string(),
                    )
                },
            )
        };
        // A gap before a number pairs with a starter gap whose lead has the number...
        let a = "Путин объявил о включении новых кораблей в состав флота в этом году В состав \
                 флота войдут 40 новых кораблей. Всего их будет больше.";
        let b = "Putin announces new ships for the fleet this year 40 new ships will join the \
                 Russian Navy fleet in the course of the year. There will be more of them.";
        assert!(pair(a, b).is_some());
        // ...in its own sentence, not in the next one,
        let a2 = "Путин объявил о включении новых кораблей в состав флота в этом году В состав \
                  флота войдут новые корабли. Всего их будет 40.";
        assert_eq!(pair(a2, b), None);
        // ...and not with a gap that has no starter after it.
        let a3 = "Путин объявил о включении новых кораблей в состав флота в этом году Новые \
                  корабли войдут в состав флота: 40 новых кораблей. Новые корабли построены.";
        assert_eq!(pair(a3, b), None);
        // A number of the English title in the Russian body only: the gaps end different
        // things (the mirror of `numbers_keep_a_title_from_pairing_with_a_lead`).
        let d = "3 injured in crash on the highway near Kaluga The truck driver lost control on a \
                 bend, police said. The road was closed.";
        let c = "Авария с грузовиком на трассе под Калугой По данным полиции, водитель грузовика \
                 не справился с управлением. Пострадали 3 человека.";
        assert!(pair(c, d).is_some());
        let c = "Авария с грузовиком на трассе под Калугой По данным полиции, водитель грузовика \
                 не справился с управлением, пострадали 3 человека. Трассу перекрыли.";
        assert_eq!(pair(c, d), None);
    }

    #[test]
    fn no_one_sided_headline_when_the_other_side_has_a_title_gap() {
        // `title_facing_none` only speaks when the other first sentence has no gap at all.
        let (ru, en) = (Segmenter::new("ru"), Segmenter::new("en"));
        let a = "Украинские военные будут контролировать прекращение огня в Донбассе Украинские \
                 военные начали подготовку к прекращению огня на линии разграничения, сообщает \
                 штаб.";
        let without = "Ukrainian military personnel have begun preparations for a complete \
                       ceasefire along the demarcation line, the staff announced.";
        let with = "Ukrainian military personnel have begun preparations for a complete ceasefire \
                    along the demarcation line, spokesman Ivan Petrov told reporters at the \
                    headquarters.";
        let ra: Vec<_> = ru.segment(a).collect();
        for (b, gap) in [(without, false), (with, true)] {
            let rb: Vec<_> = en.segment(b).collect();
            assert_eq!(en.title_candidates(b, rb[0].clone()).is_empty(), !gap);
            // English characters per Russian one (the lead alone fits either sentence)
            let found = super::title_facing_none((&ru, a, &ra, 0), (&en, b, &rb, 0), 1.35);
            assert_eq!(found.is_some(), !gap, "{b}");
        }
    }

    #[test]
    fn titles_are_paired_by_the_first_sentences_ratio_when_it_is_close() {
        // The English text has sentences the Russian one left out, so the texts' ratio says
        // the Russian headline is long for the English one and favours a later English gap
        // (`… Korean leader | Kim Jong-un`); the first sentences' own ratio does not.
        let ru =
            "В стране объявлено чрезвычайное положение из-за первого случая заражения вирусом \
                  В воскресенье государственные СМИ сообщили, что лидер Северной Кореи Ким Чен Ын \
                  созвал экстренное совещание после того, как из Южной Кореи вернулся человек с \
                  подозрением на вирус. Если диагноз подтвердится, это будет первый случай в \
                  стране. Власти ввели карантин в приграничном городе.";
        let en = "Country declares state of emergency as first virus case reported North Korean \
                  leader Kim Jong-un convened an emergency meeting after a person suspected of \
                  having the virus returned from the south, state media said. If confirmed, it \
                  would be the first case in the country. Officials imposed a lockdown on the \
                  border city. The country had said for months that it had no cases at all. \
                  Experts doubted that claim from the start.";
        let (_, b) = pair(ru, en);
        assert_eq!(
            b[0],
            "Country declares state of emergency as first virus case reported"
        );
    }

    #[test]
    fn short_or_degenerate_ranges() {
        let seg = Segmenter::new("en");
        assert_eq!(seg.title_break("", 0..0), None);
        assert_eq!(seg.title_break("Big News Today", 0..14), None);
        assert_eq!(seg.title_break("abc", 1..99), None);
        // Ranges that are not in the text, or cut a character, are no titles (and no panic).
        let ru = Segmenter::new("ru");
        let t = "Привет мир и всем Привет снова и снова";
        assert_eq!(
            super::paired_title_breaks((&ru, t, 1..5), (&ru, t, 0..t.len() + 9)),
            None
        );
        // beads and ranges that do not fit the texts split nothing (and do not panic)
        let r = vec![0..6, 7..t.len()];
        let beads = [(0..1, 0..3), (0..3, 1..2), (5..6, 5..6)];
        assert_eq!(super::split_glued((&ru, t, &r), (&ru, t, &r), &beads), None);
        assert_eq!(crate::paragraph_starts(t, &[5..9, 0..3, 40..99]), [0]);
    }
}
