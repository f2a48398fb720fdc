//! Ordinary vocabulary that is capitalised inside names (Ministry, Council, Главное, Совет)
//! and is usually translated rather than transliterated.

use crate::lexicon::{FxMap, FxSet};
use std::sync::OnceLock;

/// English title-case words that are translated, not transliterated.
const COMMON_EN: &[&str] = &[
    // name suffixes (Kenneth Murray Jr / Кеннет Мюррей-младший)
    "jr",
    "sr",
    "academy",
    "act",
    "affairs",
    "agency",
    "agreement",
    "air",
    "airport",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "avenue",
    "award",
    "awards",
    "bank",
    "bay",
    "bill",
    "board",
    "bowl",
    "bridge",
    "brigade",
    "bureau",
    "cabinet",
    "camp",
    "canal",
    "capital",
    "cathedral",
    "center",
    "central",
    "centre",
    "chamber",
    "championship",
    "channel",
    "church",
    "city",
    "civil",
    "club",
    "coast",
    "college",
    "command",
    "commission",
    "committee",
    "communist",
    "communists",
    "company",
    "conference",
    "congress",
    "conservative",
    "conservatives",
    "constitution",
    "corporation",
    "council",
    "county",
    "court",
    "cup",
    "day",
    "declaration",
    "defence",
    "defense",
    "democratic",
    "democrat",
    "democrats",
    "department",
    "development",
    "district",
    "division",
    "east",
    "eastern",
    "education",
    "election",
    "emergency",
    "energy",
    "environment",
    "environmental",
    "exchange",
    "federal",
    "federation",
    "festival",
    "finance",
    "fire",
    "fleet",
    "force",
    "forces",
    "foreign",
    "forest",
    "foundation",
    "front",
    "fund",
    "games",
    "general",
    "government",
    "grand",
    "great",
    "green",
    "greens",
    "group",
    "guard",
    "gulf",
    "hall",
    "health",
    "high",
    "highway",
    "history",
    "home",
    "hospital",
    "hotel",
    "house",
    "human",
    "independence",
    "institute",
    "interior",
    "international",
    "island",
    "islands",
    "justice",
    "kingdom",
    "lake",
    "labour",
    "labor",
    "law",
    "league",
    "liberal",
    "liberals",
    "library",
    "main",
    "management",
    "market",
    "medical",
    "military",
    "ministry",
    "monitoring",
    "mountain",
    "mountains",
    "museum",
    "national",
    "natural",
    "navy",
    "network",
    "news",
    "north",
    "northern",
    "ocean",
    "office",
    "old",
    "opera",
    "order",
    "organization",
    "organisation",
    "palace",
    "park",
    "parliament",
    "party",
    "people",
    "peoples",
    "plan",
    "police",
    "post",
    "premier",
    "presidential",
    "press",
    "prize",
    "program",
    "programme",
    "project",
    "protection",
    "province",
    "public",
    "radio",
    "railway",
    "railways",
    "region",
    "regional",
    "republic",
    "republican",
    "republicans",
    "research",
    "reserve",
    "resources",
    "revolution",
    "river",
    "road",
    "royal",
    "safety",
    "school",
    "science",
    "sciences",
    "sea",
    "secret",
    "security",
    "senate",
    "service",
    "services",
    "situations",
    "social",
    "socialist",
    "socialists",
    "society",
    "south",
    "southern",
    "space",
    "square",
    "state",
    "states",
    "station",
    "street",
    "studio",
    "summit",
    "supreme",
    "system",
    "team",
    "television",
    "temple",
    "theatre",
    "theater",
    "times",
    "tower",
    "trade",
    "transport",
    "treasury",
    "treaty",
    "tribunal",
    "union",
    "united",
    "university",
    "valley",
    "war",
    "water",
    "west",
    "western",
    "world",
    "zone",
    "town",
    "village",
    "airlines",
    "bureau",
    "centers",
    "centres",
    "court",
    "stadium",
    "studies",
    "earth",
    "treasury",
    "attorney",
    "representatives",
    "intelligence",
    "commonwealth",
    "death",
    "interstate",
    "marines",
    "naval",
    "spring",
    "agents",
    "travel",
    "middle",
    "shadow",
    "oriental",
    "guide",
    "quick",
    "senate",
    "victory",
    "year",
    "childhood",
    "motherhood",
    "forestry",
    "securities",
    "pond",
    "correspondents",
    "independents",
    "moms",
    "foxes",
    "arena",
    // epithets of God ("Almighty God" / "Всевышнему Богу")
    "almighty",
];

/// Russian lemmas (base forms) of words that are translated, not transliterated.
const COMMON_RU: &[&str] = &[
    "мл",
    "ст",
    "младший",
    "агентство",
    "академия",
    "аэропорт",
    "администрация",
    "армия",
    "ассамблея",
    "ассоциация",
    "банк",
    "башня",
    "бюро",
    "война",
    "вооруженные",
    "гвардия",
    "город",
    "государство",
    "департамент",
    "день",
    "дворец",
    "дом",
    "дума",
    "закон",
    "залив",
    "институт",
    "кабинет",
    "канал",
    "клуб",
    "кодекс",
    "колледж",
    "комиссия",
    "комитет",
    "компания",
    "конгресс",
    "конференция",
    "конституция",
    "корпорация",
    "край",
    "кубок",
    "лига",
    "министерство",
    "мир",
    "море",
    "мост",
    "музей",
    "область",
    "объединение",
    "океан",
    "округ",
    "организация",
    "остров",
    "острова",
    "палата",
    "парк",
    "парламент",
    "партия",
    "площадь",
    "полиция",
    "правительство",
    "премия",
    "программа",
    "проект",
    "прокуратура",
    "район",
    "река",
    "республика",
    "служба",
    "собор",
    "совет",
    "союз",
    "суд",
    "театр",
    "управление",
    "университет",
    "улица",
    "училище",
    "федерация",
    "фонд",
    "фронт",
    "центр",
    "церковь",
    "чемпионат",
    "штаб",
    "штат",
    "флот",
    "фестиваль",
    "школа",
    "больница",
    "вокзал",
    "станция",
    "стадион",
    "озеро",
    "гора",
    "горы",
    "пролив",
    "полуостров",
    "революция",
    "империя",
    "королевство",
    "движение",
    "сила",
    "силы",
    "войска",
    "прокуратура",
    "комиссариат",
    "отдел",
    "отделение",
    "ведомство",
    "группа",
    "команда",
    "сборная",
    "игры",
    "олимпиада",
    "приз",
    "орден",
    "медаль",
    "зал",
    "храм",
    "монастырь",
    "лавра",
    "кремль",
    "проспект",
    "дня",
    "дню",
    "днем",
    "дне",
    "победа",
    "кубка",
    "кубку",
    "кубке",
    "кубком",
    "суперкубок",
    "суперкубка",
    "генплан",
    "отечество",
    "год",
    "морской",
    "морский",
    "военно-морской",
    "военно-морский",
    "городской",
    "городский",
    "детский",
    "женский",
    "мужской",
    "мужский",
    "северный",
    "северном",
    "западный",
    "западном",
    "южный",
    "южном",
    "восточный",
    "восточном",
    "бульвар",
    "шоссе",
    "переулок",
    "набережная",
];

fn common_set() -> &'static FxSet<&'static [u8]> {
    static S: OnceLock<FxSet<&'static [u8]>> = OnceLock::new();
    S.get_or_init(|| {
        COMMON_EN
            .iter()
            .chain(COMMON_RU)
            .map(|w| w.as_bytes())
            .collect()
    })
}

fn in_set(word: &str) -> bool {
    if word.len() > 40 {
        return false;
    }
    // fold into a stack buffer (no allocation)
    let mut buf = [0u8; 160];
    super::exonyms::fold_bytes(word, &mut buf).is_some_and(|n| common_set().contains(&buf[..n]))
}

/// English words of `data/en-vocabulary.txt`; the value: the word is also a proper noun
/// (golden / Golden).
fn vocabulary() -> &'static FxMap<&'static str, bool> {
    static S: OnceLock<FxMap<&'static str, bool>> = OnceLock::new();
    S.get_or_init(|| {
        include_str!("../../data/en-vocabulary.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| match l.strip_suffix('*') {
                Some(w) => (w, true),
                None => (l, false),
            })
            .collect()
    })
}

/// Looks a capitalised English word up in the vocabulary: `Some(false)`
/// for ordinary words that translations translate (Treasury, Devils), `Some(true)` for words
/// that are also names (Golden, Smith), `None` for anything else.
pub(crate) fn vocabulary_entry(word: &str) -> Option<bool> {
    if word.len() < 3 || word.len() > 30 || !word.is_ascii() {
        return None;
    }
    // a compound of ordinary words and parts of one or two letters, which the list does not
    // have (T-shirt, X-ray, Follow-up, Check-in)
    if word.contains('-') {
        let mut words = 0;
        for seg in word.split('-') {
            if seg.len() > 2 {
                if vocabulary_entry(seg) != Some(false) {
                    return None;
                }
                words += 1;
            } else if seg.is_empty() {
                return None;
            }
        }
        return (words > 0).then_some(false);
    }
    let mut buf = [0u8; 30];
    let w = &mut buf[..word.len()];
    w.copy_from_slice(word.as_bytes());
    w.make_ascii_lowercase();
    let w = std::str::from_utf8(w).ok()?;
    vocabulary().get(w).copied()
}

/// Whether a capitalised English word is an English word at all: in the vocabulary, or an
/// inflection of a listed word the list leaves out (British -ise spellings, -ly adverbs,
/// -er agent nouns: Organisers, Famously, Protesters; verbs in -ise/-ize: Randomised), or a
/// contraction (We've, Isn't).
pub(crate) fn is_english_word(word: &str) -> bool {
    if word.contains(['\'', '’']) || vocabulary_entry(word).is_some() {
        return true;
    }
    if word.len() > 30 || !word.is_ascii() {
        return false;
    }
    let lw = word.to_ascii_lowercase();
    let listed = |w: &str| {
        w.len() >= 3
            && (vocabulary().contains_key(w)
                || w.rfind("is").is_some_and(|k| {
                    // the -ise of the suffix, not an earlier "is" (Visualise)
                    let z = format!("{}iz{}", &w[..k], &w[k + 2..]);
                    vocabulary().contains_key(z.as_str())
                }))
    };
    // a verb in -ise/-ize the list leaves out, inflected (Randomised, Digitizing)
    let ise_verb = lw.len() >= 8
        && ["ised", "ized", "ising", "izing", "ises", "izes"]
            .iter()
            .any(|suf| lw.ends_with(suf));
    ise_verb
        || std::iter::once(lw.as_str())
            .chain(
                ["ly", "ers", "er", "ors", "ed", "d", "ing", "s"]
                    .iter()
                    .filter_map(|suf| lw.strip_suffix(suf)),
            )
            .any(listed)
}

/// Russian adjective endings (any case): a capitalised adjective that is not a -ский/-цкий
/// place adjective or surname is ordinary vocabulary (Главное, Государственный, Морской).
pub(crate) const RU_ADJ: &[&str] = &[
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю",
    "ых", "их", "ым", "им", "ыми", "ими",
];

/// Whether a part is ordinary vocabulary (see the module docs). `bases` are its base forms.
/// `english`: the text is English (or another language handled like it), whose ordinary
/// vocabulary is looked up in `data/en-vocabulary.txt`.
pub(crate) fn is_common(surface: &str, bases: &[String], english: bool) -> bool {
    if super::translit::has_cyrillic(surface) {
        if surface.chars().count() > 3 && surface.chars().all(|c| !c.is_lowercase()) {
            return false; // acronyms
        }
        if bases.iter().any(|b| in_set(b)) {
            return true;
        }
        // a compound with гос- (state) of a listed word: Госсуд, Госсовет
        if bases.iter().any(|b| {
            b.strip_prefix("Гос")
                .or_else(|| b.strip_prefix("гос"))
                .is_some_and(|rest| rest.chars().count() >= 3 && in_set(rest))
        }) {
            return true;
        }
        let (mut stack, mut heap) = ([0u8; 160], String::new());
        let lw = super::exonyms::fold_buf(surface, &mut stack, &mut heap);
        // chars = bytes that are not UTF-8 continuation bytes
        let nchars = lw.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        // masculine first names in -ий after a consonant that never ends an adjective stem
        // (Дмитрий, Юрий, Анатолий, Аркадий, Евгений) are nouns
        let first_name_iy = lw.strip_suffix("ий".as_bytes()).is_some_and(|stem| {
            ["р", "л", "д", "т", "в", "м", "п", "б", "ф", "ен"]
                .iter()
                .any(|c| stem.ends_with(c.as_bytes()))
        });
        // and names in -им (Рахим, Максим, Ибрагим): adjectives in -им have a soft stem in
        // н, ш, ж, ч, щ (последним, хорошим) or are -ским (handled below)
        let first_name_im = lw.strip_suffix("им".as_bytes()).is_some_and(|stem| {
            !["н", "ш", "ж", "ч", "щ", "ск", "цк"]
                .iter()
                .any(|c| stem.ends_with(c.as_bytes()))
        });
        if nchars >= 5
            && !first_name_iy
            && !first_name_im
            && RU_ADJ.iter().any(|e| lw.ends_with(e.as_bytes()))
        {
            // stem before the adjective ending
            // -ский/-цкий: place adjectives and surnames in every form; -ов/-ев/-ин/-ын:
            // surnames only in the endings their paradigm shares with adjectives (Захаровой,
            // Песковым, Путиных), not in Мирового, Торговому
            let stem_before = |ends: &[&str], stems: &[&str]| {
                ends.iter().any(|e| {
                    lw.strip_suffix(e.as_bytes())
                        .is_some_and(|rest| stems.iter().any(|s| rest.ends_with(s.as_bytes())))
                })
            };
            // -истский adjectives come from people (центрист, коммунист), not from places
            let ideology = stem_before(RU_ADJ, &["истск"]);
            let stem_ok = (stem_before(RU_ADJ, &["ск", "цк"]) && !ideology)
                || stem_before(&["ой", "ым", "ых", "ыми"], &["ов", "ев", "ин", "ын"]);
            // an adjective-shaped word that is no Russian word at all, or a form of a proper
            // noun of the dictionary, is a name in an adjective-like case form (Костаная,
            // genitive of Костанай; Пензой) (a compound by its last word: Северо-Западного)
            let last = surface.rsplit('-').next().unwrap_or(surface);
            return !stem_ok && super::russian::lookup(last) == Some(super::russian::Entry::Common);
        }
        // prepositional -ном/-нем of a -ный adjective: the stem ends in a consonant before н
        // (Главном, Северном); nouns have a vowel there (Лондоном, Иваном)
        if nchars >= 6 {
            let n = "н".as_bytes();
            let adj_prep = ["ом", "ем"].iter().any(|e| {
                lw.strip_suffix(e.as_bytes())
                    .and_then(|rest| rest.strip_suffix(n))
                    .and_then(|rest| std::str::from_utf8(rest).ok())
                    .and_then(|rest| rest.chars().next_back())
                    .is_some_and(|c| !"аеёиоуыэюяй".contains(c))
            });
            if adj_prep {
                return true;
            }
        }
        false
    } else {
        if bases.iter().any(|b| in_set(b)) {
            return true;
        }
        if english && bases.iter().any(|b| vocabulary_entry(b) == Some(false)) {
            return true;
        }
        // abstract-noun suffixes are vocabulary, not names (Prosecution, Agreement,
        // Emigration, Independence is not covered: -ence also ends Florence, Lawrence)
        let (mut stack, mut heap) = ([0u8; 160], String::new());
        let lw = super::exonyms::fold_buf(surface, &mut stack, &mut heap);
        lw.len() >= 7
            && [
                "tion", "sion", "ment", "ness", "ity", "ship", "ism", "ogy", "ics", "ance",
                "tions", "sions", "ments", "ities", "ships", "isms", "ances", "hood", "hoods",
            ]
            .iter()
            .any(|suf| lw.ends_with(suf.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_with_two_letter_parts_are_vocabulary() {
        for w in ["Follow-up", "Check-in", "T-shirt"] {
            assert_eq!(vocabulary_entry(w), Some(false), "{w}");
        }
        assert_eq!(vocabulary_entry("Zzyzx-up"), None);
    }

    #[test]
    fn ise_spellings_change_the_suffix_not_an_earlier_is() {
        // visualize is listed, visualise is not: the -ise is what differs
        assert!(vocabulary().contains_key("visualize"));
        assert!(is_english_word("Visualise"));
        assert!(is_english_word("Organisers"));
        assert!(!is_english_word("Tisdale"));
    }
}
