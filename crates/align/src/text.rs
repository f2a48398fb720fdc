//! Per-sentence text analysis: words, stems, cognate keys, punctuation classes.
//!
//! Everything here is language-light on purpose: a Snowball stemmer when one exists for the
//! language, a Cyrillic→Latin transliteration table and a consonant "skeleton" that lets
//! `Путина` and `Putin`, `компания` and `company`, `Москвы` and `Moscow` share a key.

use rust_stemmers::{Algorithm, Stemmer};

/// HashMap with the Fx hasher (`rustc-hash`): fast and deterministic for the hot-path maps.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Mixes a 64-bit value (splitmix64 finaliser); used to build concept ids.
#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hash of a string (FNV-1a then mixed).
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// The Snowball stemmer for an ISO 639-1 code (or English name), if there is one.
pub(crate) fn stemmer_for(lang: &str) -> Option<Stemmer> {
    let l = lang.trim().to_ascii_lowercase();
    let code = l.split(['-', '_']).next().unwrap_or("");
    let alg = match code {
        "ru" | "rus" | "russian" => Algorithm::Russian,
        "en" | "eng" | "english" => Algorithm::English,
        "de" | "deu" | "ger" | "german" => Algorithm::German,
        "fr" | "fra" | "fre" | "french" => Algorithm::French,
        "es" | "spa" | "spanish" => Algorithm::Spanish,
        "it" | "ita" | "italian" => Algorithm::Italian,
        "pt" | "por" | "portuguese" => Algorithm::Portuguese,
        "nl" | "nld" | "dut" | "dutch" => Algorithm::Dutch,
        "sv" | "swe" | "swedish" => Algorithm::Swedish,
        "no" | "nb" | "nn" | "nor" | "norwegian" => Algorithm::Norwegian,
        "da" | "dan" | "danish" => Algorithm::Danish,
        "fi" | "fin" | "finnish" => Algorithm::Finnish,
        "hu" | "hun" | "hungarian" => Algorithm::Hungarian,
        "ro" | "ron" | "rum" | "romanian" => Algorithm::Romanian,
        "tr" | "tur" | "turkish" => Algorithm::Turkish,
        "el" | "ell" | "gre" | "greek" => Algorithm::Greek,
        "ar" | "ara" | "arabic" => Algorithm::Arabic,
        "ta" | "tam" | "tamil" => Algorithm::Tamil,
        _ => return None,
    };
    Some(Stemmer::create(alg))
}

/// Latin transliteration of one lower-case character (Cyrillic, Greek and Latin diacritics);
/// characters without an entry are returned as is.
pub(crate) fn translit_char(c: char, out: &mut String) {
    let s: &str = match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'й' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' | 'щ' => "sh",
        'ъ' | 'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        'α' => "a",
        'β' => "b",
        'γ' => "g",
        'δ' => "d",
        'ε' | 'έ' | 'η' | 'ή' => "e",
        'ζ' => "z",
        'θ' => "th",
        'ι' | 'ί' | 'υ' | 'ύ' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "ks",
        'ο' | 'ό' | 'ω' | 'ώ' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'φ' => "f",
        'χ' => "h",
        'ψ' => "ps",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(s);
}

/// The consonant skeleton of a word: transliterated to Latin, spelling variants folded
/// (c/k/q → k, z → s, w → v, x → ks, ph → f, th → t, ch/kh → h, ts → s), vowels and
/// y/j dropped, doubled consonants collapsed. `Путина` → `ptn`, `Putin` → `ptn`,
/// `компания` → `kmpn`, `company` → `kmpn`.
#[cfg(test)]
pub(crate) fn skeleton(word_lower: &str) -> String {
    let (mut lat, mut out) = (String::new(), String::new());
    skeleton_into(word_lower, usize::MAX, &mut lat, &mut out);
    out
}

/// The [`skeleton`] of a word into `out`, stopping once it holds at least `limit` bytes
/// (what follows cannot change them); `lat` is scratch for the transliteration.
fn skeleton_into(word_lower: &str, limit: usize, lat: &mut String, out: &mut String) {
    lat.clear();
    out.clear();
    for c in word_lower.chars() {
        translit_char(c, lat);
    }
    let b = lat.as_bytes();
    let mut i = 0;
    let mut last: u8 = 0;
    while i < b.len() && out.len() < limit {
        let c = b[i];
        let next = b.get(i + 1).copied().unwrap_or(0);
        let (mapped, step): (&[u8], usize) = match c {
            b'p' if next == b'h' => (b"f", 2),
            b't' if next == b'h' => (b"t", 2),
            b't' if next == b's' => (b"s", 2),
            b'c' if next == b'h' => (b"h", 2),
            b'k' if next == b'h' => (b"h", 2),
            b'c' if next == b'k' => (b"k", 2),
            b'c' if matches!(next, b'e' | b'i' | b'y') => (b"s", 1),
            b'c' | b'q' | b'k' => (b"k", 1),
            b'z' => (b"s", 1),
            b'w' => (b"v", 1),
            b'x' => (b"ks", 1),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'j' => (b"", 1),
            _ if c.is_ascii_lowercase() => (std::slice::from_ref(&b[i]), 1),
            _ => (b"", 1),
        };
        for &m in mapped {
            if m != last {
                out.push(m as char);
                last = m;
            }
        }
        if mapped.is_empty() && c.is_ascii_lowercase() {
            // a vowel separates consonants: "kk" stays collapsed but "kak" keeps both
            last = 0;
        }
        i += step;
    }
}

/// The cognate key of a lower-cased word: the first four consonants of its [`skeleton`], if
/// the word has at least four characters, no digit and at least three consonants.
#[cfg(test)]
pub(crate) fn cognate_key(word_lower: &str) -> Option<String> {
    let mut scratch = CognateScratch::default();
    cognate_key_into(word_lower, &mut scratch).map(str::to_string)
}

/// Reusable buffers for [`cognate_key_into`].
#[derive(Default)]
pub(crate) struct CognateScratch {
    lat: String,
    key: String,
}

/// [`cognate_key`] into the buffers of `scratch` (no allocation once they have grown).
pub(crate) fn cognate_key_into<'a>(
    word_lower: &str,
    scratch: &'a mut CognateScratch,
) -> Option<&'a str> {
    if word_lower.chars().count() < 4 || word_lower.chars().any(char::is_numeric) {
        return None;
    }
    let CognateScratch { lat, key } = scratch;
    skeleton_into(word_lower, 4, lat, key);
    if key.len() < 3 {
        return None;
    }
    key.truncate(4);
    Some(key)
}

/// Punctuation classes used as anchors.
pub(crate) const PUNCT_QUESTION: u8 = 1;
pub(crate) const PUNCT_EXCLAM: u8 = 2;
pub(crate) const PUNCT_QUOTE: u8 = 3;
pub(crate) const PUNCT_BRACKET: u8 = 4;
pub(crate) const PUNCT_COLON: u8 = 5;
pub(crate) const PUNCT_ELLIPSIS: u8 = 6;
pub(crate) const PUNCT_SEMI: u8 = 7;

/// The punctuation class of a character, if it has one.
pub(crate) fn punct_class(c: char) -> Option<u8> {
    Some(match c {
        '?' | '¿' => PUNCT_QUESTION,
        '!' | '¡' => PUNCT_EXCLAM,
        '«' | '»' | '"' | '“' | '”' | '„' | '‟' | '‹' | '›' | '「' | '」' => {
            PUNCT_QUOTE
        }
        '(' | ')' | '[' | ']' | '{' | '}' => PUNCT_BRACKET,
        ':' => PUNCT_COLON,
        '…' => PUNCT_ELLIPSIS,
        ';' => PUNCT_SEMI,
        _ => return None,
    })
}

/// Calls `f` with the [`punct_class`] of every character of `s` that has one, in order,
/// looking only at ASCII punctuation and at the characters whose first UTF-8 byte can start
/// one of the classes (0xC2: `¡ « » ¿`; 0xE2: quotes, `‹ ›`, `…`; 0xE3: `「 」`).
pub(crate) fn punct_classes(s: &str, mut f: impl FnMut(u8)) {
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let c = match b {
            _ if b.is_ascii_punctuation() => char::from(b),
            0xC2 | 0xE2 | 0xE3 => match s[i..].chars().next() {
                Some(c) => c,
                None => continue,
            },
            _ => continue,
        };
        if let Some(p) = punct_class(c) {
            f(p);
        }
    }
}

/// Alphanumeric test with fast paths for ASCII and Cyrillic.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{0400}'..='\u{04FF}').contains(&c) {
        // Cyrillic letters (the block's few signs are not in running text)
        !matches!(c, '\u{0482}'..='\u{0489}')
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General Punctuation (dashes, quotes, ellipsis, spaces): no letters or digits
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Lower-cases `w` into `out` with fast paths for ASCII and Russian.
#[inline]
pub(crate) fn lower_into(w: &str, out: &mut String) {
    out.clear();
    for c in w.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'a'..='z' | '0'..='9' | 'а'..='я' | 'ё' => out.push(c),
            'А'..='Я' => out.push(char::from_u32(c as u32 + 32).unwrap_or(c)),
            'Ё' => out.push('ё'),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// True for characters of scripts written without spaces (Han, kana, Thai, ...), which are
/// taken one character at a time.
#[inline]
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF        // Thai, Lao
        | 0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF      // CJK extension A
        | 0x4E00..=0x9FFF      // CJK unified ideographs
        | 0xF900..=0xFAFF      // CJK compatibility ideographs
        | 0x20000..=0x2FFFF) // CJK extensions B..
}

/// Words of a sentence: maximal runs of alphanumeric characters; characters of scripts
/// written without spaces are words of their own.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let start = rest.find(is_word_char)?;
        let tail = &rest[start..];
        let first = tail.chars().next()?;
        let len = if is_unspaced(first) {
            first.len_utf8()
        } else {
            tail.find(|c: char| !is_word_char(c) || is_unspaced(c))
                .unwrap_or(tail.len())
        };
        let (w, r) = tail.split_at(len);
        rest = r;
        Some(w)
    })
}

/// A crude stem for languages without a Snowball stemmer: the first six characters, which
/// merges most inflected forms of a word in Slavic, Baltic and similar languages.
pub(crate) fn prefix_stem(lower: &str) -> &str {
    match lower.char_indices().nth(6) {
        Some((i, _)) => &lower[..i],
        None => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cognate_keys_stop_early_without_changing_the_key() {
        let words = [
            "путина",
            "putin",
            "компании",
            "company",
            "москвы",
            "moscow",
            "xerxes",
            "щщщщ",
            "exxon",
            "чечня",
            "ацтеки",
            "kkkkkk",
            "phthisis",
            "экзекуция",
            "hawthorn",
            "αθήνα",
            "aaaa",
            "abcd",
            "bcdx",
            "schwarzkopf",
            "цццц",
            "яблоко",
            "ёж",
            "straße",
        ];
        let mut scratch = CognateScratch::default();
        for w in words {
            // the old definition: the whole skeleton, then its first four bytes
            let want = if w.chars().count() < 4 || w.chars().any(char::is_numeric) {
                None
            } else {
                let mut sk = skeleton(w);
                (sk.len() >= 3).then(|| {
                    sk.truncate(4);
                    sk
                })
            };
            assert_eq!(
                cognate_key_into(w, &mut scratch).map(str::to_string),
                want,
                "{w}"
            );
        }
    }

    #[test]
    fn skeleton_crosses_scripts() {
        assert_eq!(skeleton("путина"), "ptn");
        assert_eq!(skeleton("putin"), "ptn");
        assert_eq!(skeleton("компания"), skeleton("company"));
        assert_eq!(skeleton("москвы"), "mskv");
        assert_eq!(skeleton("moscow"), "mskv");
        assert_eq!(skeleton("трамп"), skeleton("trump"));
        assert_eq!(skeleton("песков"), skeleton("peskov"));
        for (a, b) in [
            ("президент", "president"),
            ("технологии", "technologies"),
            ("путина", "putin"),
        ] {
            assert_eq!(cognate_key(a), cognate_key(b), "{a} {b}");
        }
        assert_eq!(cognate_key("putin").as_deref(), Some("ptn"));
        assert_eq!(cognate_key("2021"), None);
        assert_eq!(cognate_key("это"), None);
    }

    #[test]
    fn punctuation_scan_matches_every_character() {
        let mut text: String =
            "«Да?» — „ja“ ‹non› «¿qué?» ¡sí! (a) [b] {c}: d; e… 「東京」 \"x\" “y” ‟z”".into();
        // every character of the blocks the classes live in, and some others
        text.extend(
            (0x20u32..0x250)
                .chain(0x2000..0x2070)
                .chain(0x3000..0x3020)
                .filter_map(char::from_u32),
        );
        text.push_str("Привет, мир! ΣΟΦΙΑ… 😀?");
        let mut got = Vec::new();
        punct_classes(&text, |p| got.push(p));
        let want: Vec<u8> = text.chars().filter_map(punct_class).collect();
        assert_eq!(got, want);
        assert!(want.len() > 40);
    }

    #[test]
    fn general_punctuation_has_no_word_characters() {
        for c in ('\u{2000}'..='\u{206F}').chain(['—', '…', '“', '«', 'é', 'ß', '²', '東'])
        {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn punctuation_classes() {
        assert_eq!(punct_class('?'), Some(PUNCT_QUESTION));
        assert_eq!(punct_class('«'), punct_class('“'));
        assert_eq!(punct_class(';'), Some(PUNCT_SEMI));
        assert_eq!(punct_class('a'), None);
    }

    #[test]
    fn stemmers_exist_for_main_languages() {
        let ru = stemmer_for("ru").unwrap();
        assert_eq!(ru.stem("компании"), ru.stem("компания"));
        assert!(stemmer_for("en-US").is_some());
        assert!(stemmer_for("xx").is_none());
    }

    #[test]
    fn fast_lowercase_matches_std() {
        let mut out = String::new();
        for w in ["ПРИВЕТ", "Ёлка", "İstanbul", "MiXeD", "ΣΟΦΙΑ", "Straße"] {
            lower_into(w, &mut out);
            assert_eq!(out, w.to_lowercase());
        }
    }

    #[test]
    fn unspaced_scripts_split_per_character() {
        let w: Vec<_> = words("東京で2021年にabc会議").collect();
        assert_eq!(w, ["東", "京", "で", "2021", "年", "に", "abc", "会", "議"]);
        assert_eq!(prefix_stem("українського"), "україн");
        assert_eq!(prefix_stem("мир"), "мир");
    }

    #[test]
    fn words_split_on_punctuation() {
        let w: Vec<_> = words("«Привет», — сказал он: 1,5 млн.").collect();
        assert_eq!(w, ["Привет", "сказал", "он", "1", "5", "млн"]);
    }
}
