//! Tokenisation and name-candidate detection (capitalised words and sequences, acronyms,
//! quoted titles, exonym-table entries including lower-case adjectives).

use super::exonyms::{self, CaseRule};
use super::translit::classify;
use super::{KeyRules, NameKind, NameMention, NamePart};
use crate::lexicon::FxSet;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone)]
struct Tok {
    span: Range<usize>,
    /// First char is upper case.
    cap: bool,
    /// At least two letters, all upper case.
    all_caps: bool,
    /// Contains a digit.
    digit: bool,
    /// Number of chars.
    nchars: usize,
    /// First word of a sentence.
    sent_start: bool,
    /// Only horizontal white space between the previous token and this one.
    tight: bool,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '«' | '“' | '„' | '"' | '‘')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '»' | '”' | '“' | '"' | '’')
}

/// Abbreviations after which a full stop does not end a sentence (titles, initials).
const NO_BREAK_ABBR: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "prof", "rev", "jr", "sr", "sen", "gov", "rep", "lt",
    "col", "sgt", "capt", "mt", "ft", "no", "vs", "ул", "им", "св", "проф", "акад", "ген", "тов",
    "т", "гос", "пр", "д", "ст",
];

/// Capitalised function words and titles that are never names by themselves.
const STOP_EN: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "for",
    "from",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "let",
    "many",
    "may",
    "meanwhile",
    "might",
    "more",
    "moreover",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "never",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "perhaps",
    "previously",
    "since",
    "so",
    "some",
    "several",
    "she",
    "should",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tomorrow",
    "two",
    "three",
    "under",
    "unlike",
    "until",
    "up",
    "upon",
    "us",
    "was",
    "we",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yet",
    "you",
    "your",
    "yesterday",
    "therefore",
    "first",
    "second",
    "finally",
    "indeed",
    "besides",
    "overall",
    "currently",
    "recently",
    "here's",
    "it's",
    "there's",
    "that's",
    "don't",
    "i'm",
    "we're",
    "they're",
    "let's",
    "please",
    "thanks",
    "thank",
    "says",
    "said",
    "well",
    "oh",
    "ok",
    "okay",
    // titles and common nouns capitalised before names in English
    "president",
    "prime",
    "minister",
    "ministers",
    "governor",
    "senator",
    "sen",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "madam",
    "lady",
    "lord",
    "cardinal",
    "general",
    "gen",
    "king",
    "queen",
    "prince",
    "princess",
    "chancellor",
    "secretary",
    "ambassador",
    "chairman",
    "chairwoman",
    "ceo",
    "mayor",
    "judge",
    "justice",
    "professor",
    "prof",
    "rev",
    "reverend",
    "father",
    "st",
    "saint",
    "deputy",
    "vice",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officer",
    "director",
    "head",
    "chief",
    "commander",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "major",
    "admiral",
    "marshal",
    "patriarch",
    "bishop",
    "archbishop",
    "sheikh",
    "emir",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "speaker",
    "leader",
    "coach",
    "dear",
    "mp",
    "mps",
    "mla",
    "mlas",
    "pm",
    "rs",
    "ii",
    "hello",
    "hi",
    "mom",
    "dad",
    "covid-19",
    "coronavirus",
    // months and weekdays: dates are the numbers module's business
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];

const STOP_RU: &[&str] = &[
    "а",
    "без",
    "более",
    "благодаря",
    "большинство",
    "будет",
    "было",
    "в",
    "вам",
    "вас",
    "ведь",
    "весь",
    "вместе",
    "вместо",
    "во",
    "вот",
    "впрочем",
    "все",
    "всего",
    "всё",
    "вы",
    "где",
    "говоря",
    "да",
    "даже",
    "для",
    "до",
    "его",
    "ее",
    "её",
    "если",
    "есть",
    "еще",
    "ещё",
    "же",
    "за",
    "затем",
    "здесь",
    "и",
    "из",
    "или",
    "им",
    "именно",
    "их",
    "к",
    "как",
    "какие",
    "каким",
    "какой",
    "когда",
    "кроме",
    "кстати",
    "кто",
    "ли",
    "лишь",
    "между",
    "менее",
    "мне",
    "многие",
    "может",
    "можно",
    "мы",
    "на",
    "над",
    "надо",
    "наконец",
    "например",
    "напомним",
    "нас",
    "начиная",
    "не",
    "него",
    "нее",
    "неё",
    "несмотря",
    "нет",
    "ни",
    "но",
    "ну",
    "о",
    "об",
    "однако",
    "он",
    "она",
    "они",
    "оно",
    "от",
    "отметим",
    "очень",
    "по",
    "под",
    "позже",
    "пока",
    "после",
    "потом",
    "поэтому",
    "почему",
    "при",
    "притом",
    "про",
    "ранее",
    "с",
    "сам",
    "сама",
    "сами",
    "свой",
    // its forms: capitalised for God in religious texts ("в Своем раю")
    "своя",
    "свое",
    "своё",
    "свои",
    "своего",
    "своей",
    "своему",
    "своим",
    "своем",
    "своём",
    "свою",
    "своих",
    "своими",
    "себя",
    "сегодня",
    "сейчас",
    "со",
    "согласно",
    "среди",
    "так",
    "также",
    "там",
    "тем",
    "теперь",
    "то",
    "тогда",
    "того",
    "тоже",
    "только",
    "тот",
    "тут",
    "у",
    "уже",
    "хотя",
    "чего",
    "чем",
    "через",
    "что",
    "чтобы",
    "это",
    "эта",
    "эти",
    "этот",
    "этого",
    "этой",
    "этом",
    "я",
    "вчера",
    "завтра",
    "около",
    "почти",
    "порядка",
    "свыше",
    "помимо",
    "причем",
    "причём",
    "зато",
    "итак",
    "сначала",
    "вообще",
    "возможно",
    "конечно",
    "действительно",
    "таким",
    "такой",
    "такие",
    "такая",
    "такое",
    "один",
    "одна",
    "одно",
    "два",
    "две",
    "три",
    "другие",
    "другой",
    "некоторые",
    "каждый",
    "каждая",
    "всем",
    "всех",
    "всю",
    "вся",
    "мой",
    "моя",
    "наш",
    "наша",
    "ваш",
    "ваша",
    "их",
    "здравствуйте",
    "спасибо",
    "пожалуйста",
    "во-первых",
    "пять",
    "пяти",
    "пятью",
    "шесть",
    "шести",
    "семь",
    "семи",
    "восемь",
    "восьми",
    "девять",
    "девяти",
    "десять",
    "десяти",
    "двух",
    "трех",
    "трёх",
    "четыре",
    "четырех",
    "четырёх",
    "оба",
    "обе",
    "двое",
    "трое",
    "первый",
    "первая",
    "первые",
    "второй",
    "третий",
    "во-вторых",
    "по-прежнему",
    "по-моему",
    "по-видимому",
    "то-есть",
    "впервые",
    "ранее",
    // months and weekdays (capitalised only at sentence start)
    "январь",
    "января",
    "февраль",
    "февраля",
    "март",
    "марта",
    "апрель",
    "апреля",
    "май",
    "мая",
    "июнь",
    "июня",
    "июль",
    "июля",
    "август",
    "августа",
    "сентябрь",
    "сентября",
    "октябрь",
    "октября",
    "ноябрь",
    "ноября",
    "декабрь",
    "декабря",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

/// Lower-case particles allowed inside a multi-word name (Pierre de Coubertin, Людвиг ван
/// Бетховен, Осама бен Ладен).
const PARTICLES: &[&str] = &[
    "de",
    "da",
    "di",
    "del",
    "della",
    "der",
    "den",
    "des",
    "du",
    "van",
    "von",
    "le",
    "la",
    "al",
    "el",
    "bin",
    "ibn",
    "ben",
    "y",
    "dos",
    "das",
    "de la",
    "де",
    "да",
    "ди",
    "дель",
    "делла",
    "дер",
    "ван",
    "фон",
    "ле",
    "ла",
    "аль",
    "эль",
    "бин",
    "ибн",
    "бен",
    "дос",
    "дю",
];

fn lower_eq_list(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        // ASCII folds byte for byte: only same-length entries can match
        return list
            .iter()
            .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word));
    }
    // all list entries are short and folded: fold the word once and compare bytes
    let mut stack = [0u8; 64];
    match exonyms::fold_bytes(word, &mut stack) {
        Some(n) => list.iter().any(|w| w.as_bytes() == &stack[..n]),
        None => false,
    }
}

fn stop_set() -> &'static FxSet<&'static [u8]> {
    static S: OnceLock<FxSet<&'static [u8]>> = OnceLock::new();
    S.get_or_init(|| {
        STOP_EN
            .iter()
            .chain(STOP_RU)
            .map(|w| w.as_bytes())
            .collect()
    })
}

/// Byte length of the part of folded `w` before its first joiner (`-`, U+2010, U+2011).
fn before_joiner(w: &[u8]) -> usize {
    w.iter()
        .enumerate()
        .position(|(i, &b)| {
            b == b'-'
                || (b == 0xE2
                    && w.get(i + 1) == Some(&0x80)
                    && matches!(w.get(i + 2), Some(0x90 | 0x91)))
        })
        .unwrap_or(w.len())
}

fn is_stop(word: &str, _lang: &str) -> bool {
    if word.len() > 30 {
        return false;
    }
    let mut stack = [0u8; 128];
    let Some(n) = exonyms::fold_bytes(word, &mut stack) else {
        return false;
    };
    let buf = &stack[..n];
    // contractions of the pronoun: I'm, I'll, I've, I'd (norm_char folds ’ to ')
    if buf.starts_with(b"i'") {
        return true;
    }
    let set = stop_set();
    if set.contains(buf) {
        return true;
    }
    let first = &buf[..before_joiner(buf)];
    first.len() < buf.len() && first.is_ascii() && set.contains(first)
}

pub(super) fn is_function_word(word: &str) -> bool {
    is_stop(word, "")
}

/// Roman numerals made of I, V, X only (II, XII, XXI): numbers, not names.
fn is_roman(word: &str) -> bool {
    word.len() <= 6 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// The char at byte offset `i` of `text` and its length in bytes (`i` must be a char
/// boundary before the end). One- and two-byte chars (ASCII, Cyrillic) are decoded inline.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        return (char::from(b0), 1);
    }
    if b0 & 0xE0 == 0xC0 {
        // a valid &str: the continuation byte is there
        let v = (u32::from(b0 & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
        if let Some(c) = char::from_u32(v) {
            return (c, 2);
        }
    }
    let c = text[i..].chars().next().unwrap_or('\0');
    (c, c.len_utf8().max(1))
}

fn tokenize(text: &str) -> (Vec<Tok>, Vec<(usize, char)>) {
    // about one token per six bytes of text
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 6 + 4);
    let mut quotes: Vec<(usize, char)> = Vec::new();
    let mut sent_start = true;
    let mut tight = false;
    let n = text.len();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < n {
        if matches!(bytes[i], b' ' | b'\t' | b',') {
            // the commonest separators: nothing to record (',' is neither a quote nor a
            // sentence end; it only breaks tightness)
            if bytes[i] == b',' {
                tight = false;
            }
            i += 1;
            continue;
        }
        let (c, clen) = char_at(text, i);
        let cc = classify(c);
        if cc.alpha || cc.numeric {
            let start = i;
            let mut end = i + clen;
            let mut upper = usize::from(cc.upper);
            let mut letters = usize::from(cc.alpha);
            let mut digit = cc.numeric;
            let mut nchars = 1;
            let mut prev = c;
            let mut pos = end;
            while pos < n {
                // ASCII letters and digits: no decoding, no class table
                let b = bytes[pos];
                if b.is_ascii_alphanumeric() {
                    let up = b.is_ascii_uppercase();
                    upper += usize::from(up);
                    letters += usize::from(!b.is_ascii_digit());
                    digit |= b.is_ascii_digit();
                    nchars += 1;
                    pos += 1;
                    end = pos;
                    prev = char::from(b);
                    continue;
                }
                // basic Cyrillic letters (А..я, Ё, ё): two bytes, no decoding
                if (b == 0xD0 || b == 0xD1) && pos + 1 < n {
                    let b1 = bytes[pos + 1];
                    let letter = if b == 0xD0 {
                        (0x90..=0xBF).contains(&b1) || b1 == 0x81
                    } else {
                        (0x80..=0x8F).contains(&b1) || b1 == 0x91
                    };
                    if letter {
                        let up = b == 0xD0 && (b1 <= 0xAF);
                        upper += usize::from(up);
                        letters += 1;
                        nchars += 1;
                        pos += 2;
                        end = pos;
                        // only the class of `prev` matters from here on (a letter)
                        prev = 'а';
                        continue;
                    }
                }
                let (d, dlen) = char_at(text, pos);
                let dc = classify(d);
                if dc.alpha || dc.numeric {
                    upper += usize::from(dc.upper);
                    letters += usize::from(dc.alpha);
                    digit |= dc.numeric;
                    nchars += 1;
                    pos += dlen;
                    end = pos;
                    prev = d;
                    continue;
                }
                // joiners and apostrophes inside a word: look one char further
                let joiner = is_joiner(d) && prev.is_alphanumeric();
                let apos = is_apostrophe(d) && prev.is_alphabetic();
                let dotted = d == '.' && nchars == 1 && prev.is_uppercase();
                if joiner || apos || dotted {
                    let mut look = text[pos + dlen..].chars();
                    let nxt = look.next();
                    let ok = match nxt {
                        Some(x) if dotted => {
                            // U.S. / U.N.: single capitals separated by dots
                            x.is_uppercase() && look.next().is_some_and(|m| m == '.')
                        }
                        Some(x) => x.is_alphanumeric(),
                        None => false,
                    };
                    if ok {
                        if apos {
                            // English possessive 's ends the name: keep it out of the span
                            let rest = &text[pos + dlen..];
                            let mut r = rest.chars();
                            if matches!(r.next(), Some('s' | 'S'))
                                && !r.next().is_some_and(|x| x.is_alphanumeric())
                            {
                                break;
                            }
                        }
                        pos += dlen;
                        nchars += 1;
                        prev = d;
                        end = pos;
                        if dotted && pos < n {
                            // consume the next capital as part of the token
                            let (x, xlen) = char_at(text, pos);
                            pos += xlen;
                            upper += 1;
                            letters += 1;
                            nchars += 1;
                            end = pos;
                            prev = x;
                        }
                        continue;
                    }
                }
                break;
            }
            toks.push(Tok {
                span: start..end,
                cap: cc.upper && letters > 0,
                all_caps: letters >= 2 && upper == letters,
                digit,
                nchars,
                sent_start,
                tight,
            });
            sent_start = false;
            tight = true;
            i = pos;
            continue;
        }
        match c {
            ' ' | '\u{a0}' | '\u{202f}' | '\t' => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                sent_start = true;
                tight = false;
            }
            '.' => {
                tight = false;
                let prev_abbr = toks.last().is_some_and(|t| {
                    let w = &text[t.span.clone()];
                    t.span.end == i
                        && ((t.nchars == 1 && t.cap)
                            || w.contains('.')
                            || lower_eq_list(w, NO_BREAK_ABBR))
                });
                if !prev_abbr {
                    sent_start = true;
                }
            }
            '!' | '?' | '…' | ':' => {
                sent_start = true;
                tight = false;
            }
            _ => {
                if is_open_quote(c) || is_close_quote(c) {
                    quotes.push((i, c));
                }
                tight = false;
            }
        }
        i += clen;
    }
    (toks, quotes)
}

/// A matched table entry over tokens `start..start+len`.
#[derive(Debug, Clone, Copy)]
struct ExMatch {
    len: usize,
    entity: u32,
    derived: bool,
}

/// `word` (any case) starts with the folded `prefix`.
fn starts_with_folded(word: &str, prefix: &str) -> bool {
    let mut w = word.chars().map(exonyms::norm_char);
    prefix.chars().all(|c| w.next() == Some(c))
}

fn lookup_exonym(text: &str, toks: &[Tok], i: usize, lang: &str) -> Option<ExMatch> {
    let table = exonyms::table();
    let t0 = &toks[i];
    let w0 = &text[t0.span.clone()];
    let p3 = exonyms::prefix3(w0);
    if t0.digit
        || !(if t0.cap {
            let stable = |p: [char; 3]| {
                table
                    .stable
                    .get(&p)
                    .is_some_and(|v| v.iter().any(|s| starts_with_folded(w0, s)))
            };
            (table.prefixes.contains(&p3) && stable(p3))
                || (table.prefixes.contains(&exonyms::prefix2(w0)) && stable(exonyms::prefix2(w0)))
        } else {
            table.prefixes_any.contains(&p3)
                && table
                    .stable_any
                    .get(&p3)
                    .is_some_and(|v| v.iter().any(|p| starts_with_folded(w0, p)))
        })
    {
        return None;
    }
    {
        let mut buf = ['\0'; 48];
        let mut n = 0;
        for c in w0.chars().map(exonyms::norm_char) {
            if n == buf.len() {
                n = 0; // too long for the buffer: no exact filter
                break;
            }
            buf[n] = c;
            n += 1;
        }
        // the token a multi-word form would continue with (see the loop below)
        let next = toks
            .get(i + 1)
            .filter(|t| t.tight && !t.digit)
            .map(|t| &text[t.span.clone()]);
        let cyrillic = super::translit::has_cyrillic(w0);
        if n > 0 && !table.could_match(&buf[..n], cyrillic, next) {
            return None;
        }
    }
    let maxn = table.max_tokens.min(toks.len() - i);
    // bases per token, computed lazily
    let mut bases: Vec<Vec<String>> = Vec::with_capacity(maxn);
    for k in 0..maxn {
        let t = &toks[i + k];
        if k > 0
            && (!t.tight
                || t.digit
                || !bases[0].iter().any(|b| {
                    table.first_words.contains(b)
                        && (k > 1
                            || table
                                .pairs
                                .contains(&exonyms::pair_key(b, &text[t.span.clone()])))
                }))
        {
            break;
        }
        let w = &text[t.span.clone()];
        let mut b = super::normalize::base_forms(w, lang);
        super::normalize::adjective_lemmas(w, &mut b);
        for s in b.iter_mut() {
            // fold in place: most forms are already folded or keep their length
            let mut stack = [0u8; 160];
            match exonyms::fold_bytes(s, &mut stack) {
                Some(n) if &stack[..n] == s.as_bytes() => {}
                Some(n) => match std::str::from_utf8(&stack[..n]) {
                    Ok(f) => {
                        s.clear();
                        s.push_str(f);
                    }
                    Err(_) => *s = s.chars().map(exonyms::norm_char).collect(),
                },
                None => *s = s.chars().map(exonyms::norm_char).collect(),
            }
        }
        b.dedup();
        bases.push(b);
    }
    let accept = |f: &exonyms::Form, n: usize| match f.case {
        CaseRule::AllCaps => toks[i..i + n].iter().all(|t| t.all_caps),
        CaseRule::Capitalised => toks[i..i + n].iter().any(|t| t.cap),
        CaseRule::Any => true,
    };
    for n in (1..=bases.len()).rev() {
        if n == 1 {
            // one token: look its bases up directly, no key to build
            for b in &bases[0] {
                if let Some(f) = table
                    .forms
                    .get(b.as_str())
                    .and_then(|fs| fs.iter().find(|f| accept(f, 1)))
                {
                    return Some(ExMatch {
                        len: 1,
                        entity: f.entity,
                        derived: f.derived,
                    });
                }
            }
            break;
        }
        // enumerate the product of base forms (bounded); only bases of the first token that
        // start some multi-word form can start a match
        let firsts: Vec<&String> = bases[0]
            .iter()
            .filter(|b| table.first_words.contains(b.as_str()))
            .collect();
        if firsts.is_empty() {
            continue;
        }
        let mut idx = vec![0usize; n];
        let mut tries = 0;
        let mut key = String::new();
        loop {
            tries += 1;
            key.clear();
            for (k, &j) in idx.iter().enumerate() {
                if k > 0 {
                    key.push(' ');
                }
                key.push_str(if k == 0 { firsts[j] } else { &bases[k][j] });
            }
            if let Some(forms) = table.forms.get(&key) {
                for f in forms {
                    let ok = match f.case {
                        CaseRule::AllCaps => toks[i..i + n].iter().all(|t| t.all_caps),
                        CaseRule::Capitalised => toks[i..i + n].iter().any(|t| t.cap),
                        CaseRule::Any => true,
                    };
                    // inflected all-caps forms are rare: "США" but not "Сша"
                    if ok {
                        return Some(ExMatch {
                            len: n,
                            entity: f.entity,
                            derived: f.derived,
                        });
                    }
                }
            }
            if tries >= 64 {
                break;
            }
            // next combination
            let mut k = n;
            loop {
                if k == 0 {
                    break;
                }
                k -= 1;
                idx[k] += 1;
                let len = if k == 0 { firsts.len() } else { bases[k].len() };
                if idx[k] < len {
                    break;
                }
                idx[k] = 0;
                if k == 0 {
                    k = usize::MAX;
                    break;
                }
            }
            if k == usize::MAX {
                break;
            }
        }
    }
    None
}

fn is_candidate(text: &str, t: &Tok, lang: &str) -> bool {
    if t.digit || !t.cap || t.nchars < 2 {
        return false;
    }
    let w = &text[t.span.clone()];
    if t.all_caps && is_roman(w) {
        return false;
    }
    if is_german(lang) && !t.all_caps && super::german::rules().is_stop(w) {
        return false;
    }
    !is_stop(w, lang)
}

/// German: evidence that a lone capitalised word is a proper name: the rules list it (die
/// Türkei), or it follows a place preposition without an article (in Berlin, nach Hamburg,
/// aus Polen), where a common noun would take one (in der Stadt).
fn german_proper_cue(text: &str, toks: &[Tok], k: usize) -> bool {
    let r = super::german::rules();
    if r.is_proper(&text[toks[k].span.clone()]) {
        return true;
    }
    k > 0
        && toks[k].tight
        && !toks[k - 1].cap
        && matches!(&text[toks[k - 1].span.clone()], "in" | "nach" | "aus")
}

fn is_german(lang: &str) -> bool {
    lang.len() >= 2 && lang.as_bytes()[..2].eq_ignore_ascii_case(b"de")
}

/// German: a capitalised token that is ordinary vocabulary (see `names/german.rs`). `first`:
/// the token starts a run, so a determiner before it makes it a common noun.
fn german_common(text: &str, toks: &[Tok], k: usize, first: bool) -> bool {
    let t = &toks[k];
    if t.all_caps || !t.cap {
        return false;
    }
    let r = super::german::rules();
    if r.is_common(&text[t.span.clone()]) {
        return true;
    }
    if !first || r.is_proper(&text[t.span.clone()]) {
        return false;
    }
    // der neue Präsident, im nächsten Jahr, die 800 Polizisten
    let mut p = k;
    for _ in 0..3 {
        if p == 0 || !toks[p].tight {
            return false;
        }
        p -= 1;
        let w = &text[toks[p].span.clone()];
        if toks[p].cap && !toks[p].sent_start {
            return false;
        }
        if r.is_det(w) {
            return true;
        }
        if !(toks[p].digit || (!toks[p].cap && r.is_adjective_like(w))) {
            return false;
        }
    }
    false
}

fn is_particle(text: &str, t: &Tok) -> bool {
    !t.cap && t.nchars <= 5 && lower_eq_list(&text[t.span.clone()], PARTICLES)
}

fn make_part(text: &str, span: Range<usize>, lang: &str) -> NamePart {
    let surface = &text[span.clone()];
    let mut bases = super::normalize::base_forms(surface, lang);
    if (2..=7).contains(&surface.chars().count()) && super::translit::has_cyrillic(surface) {
        // Саша / Alexander: the full name of an everyday form is a base too
        let full: Vec<&str> = super::normalize::full_first_names(&bases).collect();
        for f in full {
            if !bases.iter().any(|b| b == f) {
                bases.push(f.to_string());
            }
        }
    }
    let common = super::common::is_common(surface, &bases, !is_german(lang));
    let rules = if lang == "ru" {
        KeyRules::Russian
    } else if is_german(lang) {
        KeyRules::German
    } else {
        KeyRules::Other
    };
    NamePart::new(span, surface.to_string(), bases, common, rules)
}

/// The skeleton keys of a part and the keys of its derivational stems (see
/// [`NamePart::keys`]), computed when a part is first compared.
pub(super) fn part_keys(
    surface: &str,
    bases: &[String],
    rules: KeyRules,
) -> (Vec<String>, Vec<String>) {
    let mut keys: Vec<String> = Vec::with_capacity(bases.len() + 1);
    let (mut lat, mut k) = (String::new(), String::new());
    for b in bases {
        super::translit::name_key_into(b, &mut lat, &mut k);
        if !k.is_empty() && !keys.contains(&k) {
            keys.push(k.clone());
        }
    }
    if !super::translit::has_cyrillic(surface) {
        // English x is х in Russian as often as кс (Texas / Техас); acronym C is Ц (PCR / ПЦР)
        let mut alts: Vec<String> = Vec::new();
        if surface.contains(['x', 'X']) {
            alts.push(surface.replace(['x', 'X'], "kh"));
        }
        let caps = surface.chars().all(|c| !c.is_lowercase());
        if caps && surface.contains('C') {
            alts.push(surface.replace('C', "ts"));
        }
        alts.extend(super::translit::latin_readings(surface));
        for a in alts {
            let k = super::translit::name_key(&a);
            if !k.is_empty() && !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    let lang = match rules {
        KeyRules::Russian => "ru",
        KeyRules::German => "de",
        KeyRules::Other => "en",
    };
    let mut der = Vec::new();
    for b in bases {
        super::normalize::derivation_stems(b, lang, &mut der);
    }
    if rules == KeyRules::German && surface.chars().count() >= 5 {
        // German genitive without an apostrophe (Hamburgs, Europas, Merkels): a weaker
        // match, since many names end in -s anyway (Paris, Klaus)
        if let Some(s) = surface.strip_suffix('s') {
            if !s.ends_with(['s', 'x', 'z', 'ß']) {
                der.push(s.to_string());
            }
        }
    }
    let mut derived_keys = Vec::new();
    for d in &der {
        super::translit::name_key_into(d, &mut lat, &mut k);
        if !k.is_empty() && !keys.contains(&k) {
            derived_keys.push(k.clone());
        }
    }
    (keys, derived_keys)
}

/// Splits a token span at hyphens into parts, skipping lower-case particles (аль-Асад).
fn push_parts(text: &str, span: Range<usize>, lang: &str, parts: &mut Vec<NamePart>) {
    let w = &text[span.clone()];
    // pieces between joiners, without collecting them
    let pieces = || {
        w.split(is_joiner).scan(span.start, |s, piece| {
            let r = *s..*s + piece.len();
            // a joiner is one char; skip it (all joiners have the same width as found)
            *s = r.end
                + w[r.end - span.start..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            Some(r)
        })
    };
    let n = if w.contains(is_joiner) {
        pieces().count()
    } else {
        1
    };
    // a hyphenated compound of ordinary words (Военно-морского, Северо-Западного) is common
    let whole_common = n > 1
        && super::common::is_common(w, &super::normalize::base_forms(w, lang), !is_german(lang));
    for p in pieces() {
        let pw = &text[p.clone()];
        let lowerish = pw.chars().next().is_some_and(|c| c.is_lowercase());
        if pw.is_empty() || (n > 1 && lowerish && pw.chars().count() <= 4) {
            continue;
        }
        let mut part = make_part(text, p, lang);
        part.common |= whole_common;
        parts.push(part);
    }
}

fn best_base(parts: &[NamePart], lang: &str) -> String {
    let mut out = String::new();
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let mut b = p.bases.first().map(String::as_str).unwrap_or("");
        if lang == "ru" && p.bases.len() > 1 {
            let l: String = p
                .surface
                .chars()
                .rev()
                .take(3)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .map(super::translit::lower)
                .collect();
            let fem_name_before = k > 0
                && parts[k - 1]
                    .surface
                    .chars()
                    .last()
                    .is_some_and(|c| matches!(c, 'а' | 'я'));
            let nominative_a = (l.ends_with('а') || l.ends_with('я'))
                && !(l.ends_with("ова")
                    || l.ends_with("ева")
                    || l.ends_with("ина")
                    || l.ends_with("ына"));
            let is_caps = p.surface.chars().all(|c| !c.is_lowercase());
            if !(nominative_a || is_caps || (fem_name_before && l.ends_with('а'))) {
                b = &p.bases[1];
            }
        } else if p.bases.len() > 1 {
            b = &p.bases[1];
        }
        out.push_str(b);
    }
    out
}

fn build(
    text: &str,
    lang: &str,
    span: Range<usize>,
    part_spans: &[Range<usize>],
    kind: NameKind,
    sentence_initial: bool,
    ex: Option<ExMatch>,
) -> NameMention {
    let mut parts = Vec::with_capacity(part_spans.len());
    for p in part_spans {
        push_parts(text, p.clone(), lang, &mut parts);
    }
    if parts.len() > 1 && kind == NameKind::Name {
        // a short Russian abbreviation next to a proper word (Капанский МЦ, Невского ПКБ) is
        // a translated word (medical centre, design bureau)
        let abbr = |p: &NamePart| {
            p.surface.chars().count() <= 4
                && super::translit::has_cyrillic(&p.surface)
                && p.surface.chars().all(|c| !c.is_lowercase())
        };
        if parts.iter().any(|p| !p.common && !abbr(p)) {
            for p in &mut parts {
                if abbr(p) {
                    p.common = true;
                }
            }
        }
    }
    if parts.len() > 1 && kind == NameKind::Name {
        // a run of acronyms and ordinary words only (СМП РСКГ, ASIO Bill, PCB Whites) names
        // an organisation or a series whose acronyms a translation often translates (RCRS,
        // АСБР): weak, like a lone acronym. A word that is also a name counts as ordinary here.
        let acronym = |p: &NamePart| super::is_acronym(&p.surface);
        let ordinary = |p: &NamePart| {
            p.common
                || (!super::translit::has_cyrillic(&p.surface)
                    && super::common::vocabulary_entry(&p.surface).is_some())
        };
        if parts.iter().any(acronym) && parts.iter().all(|p| acronym(p) || ordinary(p)) {
            for p in &mut parts {
                p.common = true;
            }
        }
    }
    if parts.len() > 1 && !is_german(lang) && parts.iter().any(|p| p.common) {
        // next to ordinary vocabulary, a word that is also a name is vocabulary too (Golden
        // Boot, Red Devils; Smith alone stays a name)
        for p in &mut parts {
            if !p.common
                && !super::translit::has_cyrillic(&p.surface)
                && super::common::vocabulary_entry(&p.surface) == Some(true)
            {
                p.common = true;
            }
        }
    }
    let base = best_base(&parts, lang);
    let common_entity = ex.is_some_and(|e| exonyms::entity_common(e.entity));
    if common_entity {
        for p in &mut parts {
            p.common = true;
        }
    }
    NameMention {
        surface: text[span.clone()].to_string(),
        span,
        base,
        sentence_initial,
        title_case: false,
        kind,
        entity: ex.map(|e| e.entity),
        derived: ex.is_some_and(|e| e.derived),
        common: common_entity
            || (!parts.is_empty() && parts.iter().all(|p| p.common) && ex.is_none()),
        parts,
    }
}

/// Finds quoted titles: a quote with 1–4 words inside, the first capitalised, and either one
/// word or at least two capitalised words («Известия», «Руки Вверх», "Wall of Moms").
fn find_titles(
    text: &str,
    toks: &[Tok],
    quotes: &[(usize, char)],
) -> Vec<(Range<usize>, Range<usize>)> {
    // returns (byte span of the inner text, token index range)
    let mut out = Vec::new();
    let mut q = 0;
    while q + 1 < quotes.len() {
        let (open, oc) = quotes[q];
        let before_ok = match text[..open].chars().next_back() {
            None => true,
            Some(c) => {
                c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '«' | '"' | '“')
            }
        };
        if !is_open_quote(oc) || !before_ok {
            q += 1;
            continue;
        }
        let (close, cc) = quotes[q + 1];
        let inner = open + oc.len_utf8()..close;
        if !is_close_quote(cc) || close - open > 120 || inner.is_empty() {
            q += 1;
            continue;
        }
        let tstart = toks.partition_point(|t| t.span.start < inner.start);
        let tend = toks.partition_point(|t| t.span.start < inner.end);
        let n = tend - tstart;
        let inner_text = &text[inner.clone()];
        // American style keeps a comma or period inside the closing quote ("Wall of Moms,")
        let clean = !inner_text
            .trim_end_matches([',', '.'])
            .contains(['.', '!', '?', ',', ':', ';', '\n']);
        if (1..=4).contains(&n) && clean && toks[tstart].cap && !toks[tstart].digit {
            let ncap = toks[tstart..tend].iter().filter(|t| t.cap).count();
            // Russian capitalises only the first word of a title («Смерти вопреки»)
            let russian = super::translit::has_cyrillic(inner_text)
                && toks[tstart..tend].iter().all(|t| !t.digit);
            if n == 1 || ncap >= 2 || russian {
                let span = toks[tstart].span.start..toks[tend - 1].span.end;
                out.push((span, tstart..tend));
                q += 2;
                continue;
            }
        }
        q += 1;
    }
    out
}

pub(crate) fn extract(text: &str, lang: &str) -> Vec<NameMention> {
    let lang = if lang.is_empty() {
        if super::translit::has_cyrillic(text) {
            "ru"
        } else {
            "en"
        }
    } else {
        lang
    };
    let (toks, quotes) = tokenize(text);
    let mut out: Vec<NameMention> = Vec::new();
    if toks.is_empty() {
        return out;
    }
    let titles = find_titles(text, &toks, &quotes);
    // German capitalises nouns, so a mostly capitalised line is no headline there
    let headline = if is_german(lang) {
        Vec::new()
    } else {
        title_case_sentences(text, &toks)
    };
    // title index per token (allocated only when there are titles)
    let mut title_at = Vec::new();
    if !titles.is_empty() {
        title_at = vec![usize::MAX; toks.len()];
        for (ti, (_, r)) in titles.iter().enumerate() {
            for k in r.clone() {
                title_at[k] = ti;
            }
        }
    }
    let title_at = |k: usize| title_at.get(k).copied().unwrap_or(usize::MAX);
    let mut german_single: Vec<usize> = Vec::new();
    // exonym-table matches per start token, computed once
    let mut ex_memo: Vec<Option<Option<ExMatch>>> = vec![None; toks.len()];
    let lower_only_caps = lang == "en";
    let ex_at = |memo: &mut Vec<Option<Option<ExMatch>>>, k: usize| -> Option<ExMatch> {
        // English table forms all start with a capital (asserted by a test in exonyms.rs), so
        // a lower-case English word never starts a table match: skip the look-up.
        if lower_only_caps && !toks[k].cap {
            return None;
        }
        *memo[k].get_or_insert_with(|| lookup_exonym(text, &toks, k, lang))
    };
    let mut i = 0;
    while i < toks.len() {
        if title_at(i) != usize::MAX {
            let (span, r) = &titles[title_at(i)];
            let part_spans: Vec<Range<usize>> = toks[r.clone()]
                .iter()
                .filter(|t| t.cap && !t.digit)
                .map(|t| t.span.clone())
                .collect();
            let ex = if r.len() <= exonyms::table().max_tokens {
                lookup_exonym(text, &toks[..r.end], r.start, lang).filter(|e| e.len == r.len())
            } else {
                None
            };
            out.push(build(
                text,
                lang,
                span.clone(),
                &part_spans,
                NameKind::Title,
                false,
                ex,
            ));
            i = r.end;
            continue;
        }
        if let Some(ex) = ex_at(&mut ex_memo, i) {
            let end = (i + ex.len).min(toks.len());
            let end = (i + 1..end)
                .find(|&k| title_at(k) != usize::MAX)
                .unwrap_or(end);
            let span = toks[i].span.start..toks[end - 1].span.end;
            let part_spans: Vec<Range<usize>> = toks[i..end]
                .iter()
                .filter(|t| t.cap || end - i == 1)
                .map(|t| t.span.clone())
                .collect();
            let kind = if toks[i].all_caps && end - i == 1 {
                NameKind::Acronym
            } else {
                NameKind::Exonym
            };
            let mut m = build(text, lang, span, &part_spans, kind, false, Some(ex));
            if !ex.derived && toks[i..end].iter().all(|t| !t.cap) {
                // a table word written in lower case (парламента, сенат) is ordinary vocabulary
                for p in &mut m.parts {
                    p.common = true;
                }
                m.common = true;
            }
            out.push(m);
            i = end;
            continue;
        }
        if !is_candidate(text, &toks[i], lang) {
            i += 1;
            continue;
        }
        // grow a group of capitalised tokens
        let mut j = i + 1;
        let mut part_spans = vec![toks[i].span.clone()];
        // a Russian acronym (or a Latin one before a Russian word) followed by a capitalised
        // word is an organisation next to a person (болельщик ЦСКА Сергей Жуков, игрок НБА
        // Кириленко, бойце MMA Александре Емельяненко), not one name
        let acronym_then_word = |k: usize| {
            let (a, b) = (&text[toks[k - 1].span.clone()], &text[toks[k].span.clone()]);
            toks[k - 1].all_caps
                && !toks[k].all_caps
                && (super::translit::has_cyrillic(a) || super::translit::has_cyrillic(b))
        };
        loop {
            if j < toks.len()
                && toks[j].tight
                && !acronym_then_word(j)
                && title_at(j) == usize::MAX
                && is_candidate(text, &toks[j], lang)
                && ex_at(&mut ex_memo, j).is_none()
            {
                part_spans.push(toks[j].span.clone());
                j += 1;
                continue;
            }
            // German articles are particles only after von/van/de (von der Leyen), not in
            // "Dank der Antibiotika"
            let german_article = |k: usize| {
                is_german(lang)
                    && matches!(
                        &text[toks[k].span.clone()],
                        "der" | "den" | "des" | "die" | "das"
                    )
            };
            if j < toks.len() && german_article(j) {
                break;
            }
            // two particles: Ursula von der Leyen, Rafael de la Torre
            if j + 2 < toks.len()
                && toks[j].tight
                && toks[j + 1].tight
                && toks[j + 2].tight
                && is_particle(text, &toks[j])
                && is_particle(text, &toks[j + 1])
                && title_at(j + 2) == usize::MAX
                && is_candidate(text, &toks[j + 2], lang)
            {
                part_spans.push(toks[j + 2].span.clone());
                j += 3;
                continue;
            }
            // particle(s) followed by a capitalised word: Pierre de Coubertin
            if j + 1 < toks.len()
                && toks[j].tight
                && toks[j + 1].tight
                && is_particle(text, &toks[j])
                && title_at(j + 1) == usize::MAX
                && is_candidate(text, &toks[j + 1], lang)
            {
                part_spans.push(toks[j + 1].span.clone());
                j += 2;
                continue;
            }
            break;
        }
        if is_german(lang) {
            // split the run at ordinary nouns: "Bundespräsident Frank-Walter Steinmeier" →
            // "Frank-Walter Steinmeier"; a run of nouns only ("Tag der Deutschen Einheit")
            // gives nothing
            let mut k = i;
            // a capitalised adjective at sentence start (Entspanntes Herumsitzen)
            if toks[i].sent_start
                && j - i > 1
                && super::german::rules().is_initial_adjective(&text[toks[i].span.clone()])
            {
                k += 1;
            }
            while k < j {
                if !toks[k].cap || german_common(text, &toks, k, k == i) {
                    k += 1;
                    continue;
                }
                let mut e = k + 1;
                while e < j && (!toks[e].cap || !german_common(text, &toks, e, false)) {
                    e += 1;
                }
                while e > k + 1 && !toks[e - 1].cap {
                    e -= 1; // a trailing particle
                }
                let spans: Vec<Range<usize>> = toks[k..e]
                    .iter()
                    .filter(|t| t.cap)
                    .map(|t| t.span.clone())
                    .collect();
                let single = spans.len() == 1;
                let kind = if single && toks[k].all_caps {
                    NameKind::Acronym
                } else {
                    NameKind::Name
                };
                let span = toks[k].span.start..toks[e - 1].span.end;
                let initial = toks[k].sent_start && single;
                let mut m = build(text, lang, span, &spans, kind, initial, None);
                if single && kind == NameKind::Name && !german_proper_cue(text, &toks, k) {
                    // a lone capitalised word is most often a noun: keep it (it still
                    // matches) but as weak evidence
                    for p in &mut m.parts {
                        p.common = true;
                    }
                    m.common = true;
                    german_single.push(out.len());
                }
                out.push(m);
                k = e;
            }
            i = j;
            continue;
        }
        let span = toks[i].span.start..toks[j - 1].span.end;
        let single = j - i == 1;
        // a Russian sentence may start with an ordinary word (Власти, Число): no name.
        // (Not after an opening quote: Russian quotes names, «Руки вверх!».)
        let ordinary_first = toks[i].sent_start
            && !toks[i].all_caps
            && lang == "ru"
            && super::russian::is_ordinary_word(&text[toks[i].span.clone()]);
        if single && ordinary_first {
            i = j;
            continue;
        }
        let sentence_initial = toks[i].sent_start && single;
        if sentence_initial && !toks[i].all_caps {
            // a sentence-initial word that also occurs in lower case is a common word
            let lw: String = text[span.clone()]
                .chars()
                .map(super::translit::lower)
                .collect();
            let seen = toks.iter().any(|t| {
                !t.cap && !t.digit && t.span.len() == lw.len() && text[t.span.clone()] == lw
            });
            if seen {
                i = j;
                continue;
            }
        }
        // English: a sentence-initial word that is no English word at all (Pogba, Kianzad) is
        // capitalised as a name, not only by its position. (Not Russian: the dictionary misses
        // too many everyday words, врио, оперштаб, to say that a word is none.)
        let sentence_initial = sentence_initial
            && (toks[i].all_caps
                || super::translit::has_cyrillic(&text[span.clone()])
                || is_german(lang)
                || !text[span.clone()].is_ascii()
                || super::common::is_english_word(&text[span.clone()])
                || text[span.clone()].len() < 4);
        let kind = if single && toks[i].all_caps {
            NameKind::Acronym
        } else {
            NameKind::Name
        };
        let mut m = build(text, lang, span, &part_spans, kind, sentence_initial, None);
        if let Some(p) = m.parts.first_mut().filter(|_| ordinary_first) {
            // "Представители Демократической партии": the first word is ordinary vocabulary
            p.common = true;
            m.common = m.parts.iter().all(|p| p.common);
        } else if toks[i].sent_start && m.parts.len() > 2 {
            // "Психолог Вероника Степанова": the first word of a sentence-initial run of
            // three may be an ordinary noun; do not require it to match
            m.parts[0].common = true;
            m.common = m.parts.iter().all(|p| p.common);
        }
        out.push(m);
        i = j;
    }
    if !german_single.is_empty() {
        // German: a lone word that is also a part of a longer name in the same text
        // (Kohl after Helmut Kohl) is that name
        let known: Vec<String> = out
            .iter()
            .filter(|m| m.parts.len() > 1 && !m.common)
            .flat_map(|m| m.parts.iter().filter(|p| !p.common))
            .map(|p| p.surface.clone())
            .collect();
        for &x in &german_single {
            let m = &mut out[x];
            let hit = m.parts.iter().all(|p| {
                known
                    .iter()
                    .any(|k| *k == p.surface || p.surface.strip_suffix('s').is_some_and(|s| s == k))
            });
            if hit {
                for p in &mut m.parts {
                    p.common = false;
                }
                m.common = false;
            }
        }
    }
    if headline.iter().any(|&h| h) {
        for m in &mut out {
            let k = toks.partition_point(|t| t.span.start < m.span.start);
            m.title_case = headline.get(k).copied().unwrap_or(false);
        }
    }
    out
}

/// Lower-case words a Title Case heading may keep in lower case.
const TITLE_LOWER: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "nor", "but", "as",
    "vs", "via", "with", "from", "into", "onto", "upon", "over", "than", "per", "de", "la", "von",
    "van", "der",
];

/// For each token: whether its sentence is a Title Case line: at least two capitalised words
/// of four or more letters and no lower-case word other than a short function word ("Quick
/// Guide", "Kanye West Apologises To Kim Over Comments"). A headline that keeps a few long
/// words in lower case still counts when at least three long words and 80 % of them are
/// capitalised and it does not end like a sentence.
fn title_case_sentences(text: &str, toks: &[Tok]) -> Vec<bool> {
    // allocated on the first headline (most texts have none)
    let mut out: Vec<bool> = Vec::new();
    let mut s = 0;
    while s < toks.len() {
        let mut e = s + 1;
        while e < toks.len() && !toks[e].sent_start {
            e += 1;
        }
        let (mut long, mut cap, mut words, mut caps_words) = (0usize, 0usize, 0usize, 0usize);
        for t in &toks[s..e] {
            if t.digit {
                continue;
            }
            if t.nchars >= 4 {
                long += 1;
                cap += usize::from(t.cap);
            }
            if t.nchars >= 2 {
                words += 1;
                caps_words += usize::from(t.all_caps);
            }
        }
        let strict = long >= 2
            && cap == long
            && toks[s..e]
                .iter()
                .filter(|t| !t.digit && !t.cap)
                .all(|t| lower_eq_list(&text[t.span.clone()], TITLE_LOWER));
        let loose = long >= 3 && cap * 10 >= long * 8 && {
            let end = toks[e - 1].span.end;
            let ends_sentence = text[end..]
                .chars()
                .find(|c| !matches!(c, ' ' | '\t' | '"' | '»' | '”' | ')'))
                .is_some_and(|c| c == '.');
            !ends_sentence
        };
        // an ALL-CAPS line ("BEAT BIDEN OFF") carries no case evidence either
        let caps_line = words >= 2 && caps_words == words;
        if caps_line
            || ((strict || loose) && !super::translit::has_cyrillic(&text[toks[s].span.clone()]))
        {
            if out.is_empty() {
                out = vec![false; toks.len()];
            }
            out[s..e].iter_mut().for_each(|x| *x = true);
        }
        s = e;
    }
    out
}
