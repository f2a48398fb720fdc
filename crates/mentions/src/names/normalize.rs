//! Rule-based base forms of inflected names (Russian case endings, English possessives and
//! demonym suffixes).
//!
//! Russian proper names decline like nouns (Газа → Газы/Газе/Газу/Газой), surnames in
//! -ов/-ев/-ин/-ын like short adjectives (Песков → Пескова/Пескову/Песковым/Пескове;
//! Захарова → Захаровой), surnames and place adjectives in -ский/-цкий like full adjectives.
//! Without a dictionary the stem of an inflected form is ambiguous (Пескова is the genitive of
//! Песков *or* the nominative of the feminine Пескова), so [`base_forms`] returns every
//! plausible candidate and the matcher takes the best one.

/// Candidate stems for Russian endings: (ending, replacements). Longest endings first; the
/// replacements are appended to the stem left after removing the ending.
const RU_NOUN_ENDINGS: &[(&str, &[&str])] = &[
    // -ия nouns (Россия, Мария): России, Россию, Россией
    ("ией", &["ия"]),
    ("ием", &["ий", "ие"]),
    ("иям", &["ия"]),
    ("иях", &["ия"]),
    ("ии", &["ия", "ий", "ие"]),
    ("ию", &["ия", "ий"]),
    ("ия", &["ий"]),
    // -ье nouns (Подмосковье, Поволжье): Подмосковья, Подмосковью, Подмосковьем
    ("ьем", &["ье", "ь"]),
    ("ья", &["ье", "ья", "ь"]),
    ("ью", &["ье", "ь"]),
    // instrumental plural of nouns: Афинами, Штатами, Эмиратами
    ("ами", &["ы", "а", "и"]),
    ("ями", &["и", "я"]),
    // surname short-adjective forms: Песковым, Песковых, Путиными
    ("ыми", &[""]),
    ("ими", &["", "ь", "й"]),
    ("ым", &[""]),
    ("ом", &["", "о"]),
    ("ем", &["ь", "й", "", "е"]),
    ("ём", &["ь", "й", ""]),
    ("ых", &["", "ы"]),
    ("ой", &["а", ""]),
    ("ою", &["а"]),
    ("ей", &["я", "ь", "и", "а"]),
    ("ью", &["ь"]),
    ("ам", &["а", "ы"]),
    ("ах", &["а", "ы"]),
    ("ям", &["я", "и"]),
    ("ях", &["я", "и"]),
    ("а", &["", "о"]),
    ("я", &["ь", "й"]),
    ("у", &["", "а", "о"]),
    ("ю", &["ь", "й", "я"]),
    ("е", &["", "а", "я", "ь", "й", "о"]),
    ("ы", &["а", ""]),
    ("и", &["я", "ь", "а", "й", ""]),
];

/// Full-adjective endings (place adjectives and -ский/-цкий/-ой surnames).
const RU_ADJ_ENDINGS: &[&str] = &[
    "ими", "ыми", "ого", "его", "ому", "ему", "ая", "яя", "ое", "ее", "ий", "ый", "ой", "ую", "юю",
    "ые", "ие", "ых", "их", "ым", "им", "ом", "ем",
];

/// Lengths (in chars) of the case endings that the folded word `w` ends with, 0 first: every
/// ending that [`base_forms`] or [`adjective_lemmas`] strips (folded: ё as е).
pub(crate) fn ru_ending_lengths(w: &[char]) -> impl Iterator<Item = usize> + '_ {
    static ENDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    let ends = ENDS.get_or_init(|| {
        let mut v: Vec<Vec<char>> = Vec::new();
        let all = RU_NOUN_ENDINGS
            .iter()
            .map(|(e, _)| *e)
            .chain(RU_ADJ_ENDINGS.iter().copied())
            .chain(["ов", "ев"]);
        for e in all {
            let f: Vec<char> = e.chars().map(super::exonyms::norm_char).collect();
            if !v.contains(&f) {
                v.push(f);
            }
        }
        v
    });
    std::iter::once(0).chain(
        ends.iter()
            .filter(move |e| e.last() == w.last() && w.ends_with(e))
            .map(|e| e.len()),
    )
}

/// `a` followed by `b` in one allocation (cheaper than `format!`).
fn cat(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    s
}

fn push_unique(out: &mut Vec<String>, s: String) {
    if !s.is_empty() && !out.contains(&s) {
        out.push(s);
    }
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// `word` lower-cased ([`super::translit::lower`]) into `buf`, or into `heap` when it does not
/// fit (names are short: the stack buffer almost always does).
fn lower_buf<'b>(word: &str, buf: &'b mut [u8; 96], heap: &'b mut String) -> &'b str {
    let mut n = 0;
    for c in word.chars().map(super::translit::lower) {
        let l = c.len_utf8();
        if n + l > buf.len() {
            heap.clear();
            heap.extend(word.chars().map(super::translit::lower));
            return heap;
        }
        c.encode_utf8(&mut buf[n..n + l]);
        n += l;
    }
    // only whole chars were written
    std::str::from_utf8(&buf[..n]).unwrap_or_default()
}

/// Whether the lower-cased ending of `w` is one of `ends`.
#[inline]
fn strip<'a>(w: &'a str, lw: &str, end: &str) -> Option<&'a str> {
    // the last byte rules out most endings without a memcmp call
    if lw.as_bytes().last() == end.as_bytes().last() && lw.ends_with(end) {
        let cut = w.len() - end.len();
        // `w` and `lw` have the same byte length for Cyrillic (both 2-byte letters)
        if w.is_char_boundary(cut) {
            return Some(&w[..cut]);
        }
    }
    None
}

fn ru_base_forms(word: &str, out: &mut Vec<String>) {
    let (mut buf, mut heap) = ([0u8; 96], String::new());
    let lw = lower_buf(word, &mut buf, &mut heap);
    if lw.len() != word.len() {
        return; // unusual casing changes byte lengths; keep the surface only
    }
    let n = char_len(word);
    if n < 3 {
        return;
    }
    // Full adjectives: -ский / -цкий / -ской and similar (Мурманской, Римского, Песковский).
    for end in RU_ADJ_ENDINGS {
        if let Some(stem) = strip(word, lw, end) {
            let ls = &lw[..stem.len()];
            let sk = ls.ends_with("ск") || ls.ends_with("цк");
            if sk && char_len(stem) >= 3 {
                let soft = ls.ends_with('г') || ls.ends_with('к') || ls.ends_with('х');
                let masc = if soft { "ий" } else { "ый" };
                push_unique(out, cat(stem, masc));
                push_unique(out, cat(stem, "ая"));
                // the place the adjective comes from: Мурманской → Мурманск
                push_unique(out, stem.to_string());
                return;
            }
            if matches!(*end, "ого" | "ому" | "ым" | "ая" | "ую" | "ой")
                && (ls.ends_with("ов") || ls.ends_with("ев") || ls.ends_with("ин"))
            {
                // handled by the surname rules below (Песковым → Песков, Захаровой → Захарова)
                break;
            }
        }
    }
    for (end, reps) in RU_NOUN_ENDINGS {
        if let Some(stem) = strip(word, lw, end) {
            if char_len(stem) < 2 {
                continue;
            }
            for r in *reps {
                let cand = cat(stem, r);
                if char_len(&cand) >= 2 {
                    push_unique(out, cand);
                }
            }
            break;
        }
    }
    // Surnames: feminine -ова/-ева/-ина/-ына also give the masculine base (Захарова → Захаров),
    // and any masculine -ов/-ев/-ин the feminine (Захаров → Захарова).
    let n0 = out.len();
    let mut lf = String::new();
    for k in 0..n0 {
        let f = &out[k];
        lf.clear();
        lf.extend(f.chars().map(super::translit::lower));
        if lf.len() != f.len() {
            continue;
        }
        let mut add: Option<String> = None;
        for suf in ["ова", "ева", "ёва", "ина", "ына"] {
            if lf.ends_with(suf) && char_len(f) > 4 {
                let cut = f.len() - "а".len();
                add = Some(f[..cut].to_string());
            }
        }
        if let Some(a) = add {
            push_unique(out, a);
        }
    }
}

/// Nominative adjective candidates of a Russian adjective form (Белого → Белый/Белая/Белое),
/// used for multi-word table entries (Белый дом, Российская Федерация).
pub(crate) fn adjective_lemmas(word: &str, out: &mut Vec<String>) {
    if !super::translit::has_cyrillic(word) {
        return; // Russian endings only
    }
    let (mut buf, mut heap) = ([0u8; 96], String::new());
    let lw = lower_buf(word, &mut buf, &mut heap);
    if lw.len() != word.len() || char_len(word) < 5 {
        return;
    }
    // genitive plural of nouns (Штатов → Штаты, Эмиратов → Эмираты)
    for end in ["ов", "ев"] {
        if let Some(stem) = strip(word, lw, end) {
            push_unique(out, cat(stem, "ы"));
            push_unique(out, cat(stem, "и"));
        }
    }
    for end in RU_ADJ_ENDINGS {
        if let Some(stem) = strip(word, lw, end) {
            for r in ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"] {
                push_unique(out, cat(stem, r));
            }
            return;
        }
    }
}

fn strip_ascii_ci<'a>(w: &'a str, suf: &str) -> Option<&'a str> {
    if w.len() > suf.len() {
        let cut = w.len() - suf.len();
        if w.is_char_boundary(cut) && w[cut..].eq_ignore_ascii_case(suf) {
            return Some(&w[..cut]);
        }
    }
    None
}

fn en_base_forms(word: &str, out: &mut Vec<String>) {
    let mut w = word;
    // a name compounded with a participle or noun: Beijing-controlled, Nath-led, ASX-listed
    if let Some((head, tail)) = w.rsplit_once('-') {
        if tail.len() >= 3 && tail.bytes().all(|b| b.is_ascii_lowercase()) && head.len() >= 2 {
            push_unique(out, head.to_string());
            w = head;
        }
    }
    for pos in ["'s", "’s", "'", "’"] {
        if let Some(s) = strip_ascii_ci(w, pos) {
            w = s;
            push_unique(out, w.to_string());
            break;
        }
    }
    let n = w.chars().count();
    // plural demonyms: Russians → Russian, Israelis → Israeli
    if n >= 6 {
        for (suf, rep) in [("ians", "ian"), ("ans", "an"), ("is", "i"), ("ese", "ese")] {
            if let Some(s) = strip_ascii_ci(w, suf) {
                push_unique(out, format!("{s}{rep}"));
                break;
            }
        }
    }
}

/// Derivational stems shared by a place and its adjective (Olympic / Олимпийский → Olymp /
/// Олимп, Ukrainian / украинский → Ukrain / украин). Used by the matcher only as a fallback.
pub(crate) fn derivation_stems(word: &str, lang: &str, out: &mut Vec<String>) {
    let n = word.chars().count();
    if n < 6 {
        return;
    }
    let (mut buf, mut heap) = ([0u8; 96], String::new());
    let lw = lower_buf(word, &mut buf, &mut heap);
    if lw.len() != word.len() {
        return;
    }
    let sufs: &[&str] = if lang == "ru" {
        &[
            "ийский",
            "ийская",
            "ийское",
            "ийские",
            "анский",
            "анская",
            "янский",
            "янская",
            "инский",
            "инская",
            "енский",
            "енская",
            "ский",
            "ская",
            "ское",
            "ские",
            "ск",
        ]
    } else {
        &["ians", "ian", "ean", "ish", "ese", "ic", "an", "i"]
    };
    for suf in sufs {
        if let Some(stem) = strip(word, lw, suf) {
            if char_len(stem) >= 4 {
                push_unique(out, stem.to_string());
            }
            break;
        }
    }
}

/// Candidate base forms of a (capitalised) word, the word itself first.
///
/// Russian (`lang == "ru"`): strips case endings and surname suffixes and returns every
/// plausible nominative; English: strips possessive `'s` and plural demonym `-s`. Other
/// languages: the word itself. The surface form is always the first element; candidates keep
/// the original capitalisation of the stem.
///
/// ```
/// use bitext_mentions::names::base_forms;
/// assert!(base_forms("Пескову", "ru").contains(&"Песков".to_string()));
/// assert!(base_forms("Газе", "ru").contains(&"Газа".to_string()));
/// assert!(base_forms("России", "ru").contains(&"Россия".to_string()));
/// assert!(base_forms("Захаровой", "ru").contains(&"Захарова".to_string()));
/// assert!(!base_forms("Песковский", "ru").contains(&"Песков".to_string()));
/// assert_eq!(base_forms("Trump's", "en"), vec!["Trump's", "Trump"]);
/// ```
pub fn base_forms(word: &str, lang: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if word.is_empty() {
        return out;
    }
    match lang {
        "ru" | "uk" | "be" => ru_base_forms(word, &mut out),
        _ if super::translit::has_cyrillic(word) => ru_base_forms(word, &mut out),
        _ => en_base_forms(word, &mut out),
    }
    out
}

/// Russian everyday forms of first names and the full names they stand for (Саша → Александр):
/// a translation may write either (Sasha, Alexander).
const HYPOCORISMS: &[(&str, &[&str])] = &[
    ("саша", &["Александр", "Александра"]),
    ("шура", &["Александр", "Александра"]),
    ("миша", &["Михаил"]),
    ("маша", &["Мария"]),
    ("петя", &["Петр"]),
    ("ваня", &["Иван"]),
    ("коля", &["Николай"]),
    ("женя", &["Евгений", "Евгения"]),
    ("дима", &["Дмитрий"]),
    ("леша", &["Алексей"]),
    ("алеша", &["Алексей"]),
    ("сережа", &["Сергей"]),
    ("володя", &["Владимир"]),
    ("вова", &["Владимир"]),
    ("наташа", &["Наталья"]),
    ("таня", &["Татьяна"]),
    ("катя", &["Екатерина"]),
    ("оля", &["Ольга"]),
    ("юля", &["Юлия"]),
    ("лена", &["Елена"]),
    ("настя", &["Анастасия"]),
    ("паша", &["Павел"]),
    ("костя", &["Константин"]),
    ("толя", &["Анатолий"]),
    ("гриша", &["Григорий"]),
    ("витя", &["Виктор"]),
    ("федя", &["Федор"]),
    ("надя", &["Надежда"]),
    ("света", &["Светлана"]),
    ("галя", &["Галина"]),
    ("ира", &["Ирина"]),
    ("аня", &["Анна"]),
    ("даша", &["Дарья"]),
    ("соня", &["Софья"]),
    ("гоша", &["Георгий"]),
    ("жора", &["Георгий"]),
    ("степа", &["Степан"]),
    ("рома", &["Роман"]),
    ("андрюша", &["Андрей"]),
    ("юра", &["Юрий"]),
    ("вася", &["Василий"]),
    ("боря", &["Борис"]),
    ("лиза", &["Елизавета"]),
    ("вика", &["Виктория"]),
    ("ксюша", &["Ксения"]),
];

/// The full first names a Russian everyday form stands for (Саша, Саше → Александр,
/// Александра); nothing for other words. `bases` are the word's base forms.
pub(crate) fn full_first_names(bases: &[String]) -> impl Iterator<Item = &'static str> + '_ {
    bases.iter().flat_map(|b| {
        // compared as folded without building the folded word
        HYPOCORISMS
            .iter()
            .filter(move |(h, _)| b.chars().map(super::exonyms::norm_char).eq(h.chars()))
            .flat_map(|(_, full)| full.iter().copied())
    })
}
