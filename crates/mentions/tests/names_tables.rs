//! Table tests for the names module: normalisation, transliteration, extraction, matching.

use bitext_mentions::names::{
    base_forms, extract_names, key_similarity, name_key, name_similarity, transliterations,
    NameKind, NameMention, NEAR_MISS, SAME_NAME,
};

fn first(text: &str, lang: &str) -> NameMention {
    extract_names(text, lang)
        .into_iter()
        .find(|m| !m.sentence_initial)
        .unwrap_or_else(|| panic!("no name in {text:?}"))
}

#[test]
fn russian_base_forms() {
    // (inflected, expected base among the candidates)
    let cases = [
        // masculine -ов/-ев/-ин surnames, all cases
        ("Пескова", "Песков"),
        ("Пескову", "Песков"),
        ("Песковым", "Песков"),
        ("Пескове", "Песков"),
        ("Лаврова", "Лавров"),
        ("Лавровым", "Лавров"),
        ("Медведева", "Медведев"),
        ("Медведеву", "Медведев"),
        ("Медведевым", "Медведев"),
        ("Путина", "Путин"),
        ("Путину", "Путин"),
        ("Путиным", "Путин"),
        ("Путине", "Путин"),
        ("Собянина", "Собянин"),
        ("Шойгу", "Шойгу"),
        // feminine -ова/-ева/-ина
        ("Захаровой", "Захарова"),
        ("Захарову", "Захарова"),
        ("Захарова", "Захарова"),
        ("Захарова", "Захаров"),
        ("Матвиенко", "Матвиенко"),
        ("Скабеевой", "Скабеева"),
        ("Гагариной", "Гагарина"),
        // -ский / -ская
        ("Зеленского", "Зеленский"),
        ("Зеленскому", "Зеленский"),
        ("Зеленским", "Зеленский"),
        ("Зеленском", "Зеленский"),
        ("Навальной", "Навальной"),
        ("Мурманской", "Мурманская"),
        ("Мурманской", "Мурманск"),
        ("Достоевского", "Достоевский"),
        ("Ковальской", "Ковальская"),
        ("Жуковского", "Жуковский"),
        // first names
        ("Дмитрия", "Дмитрий"),
        ("Дмитрию", "Дмитрий"),
        ("Дмитрием", "Дмитрий"),
        ("Сергея", "Сергей"),
        ("Сергеем", "Сергей"),
        ("Алексея", "Алексей"),
        ("Марии", "Мария"),
        ("Марию", "Мария"),
        ("Марией", "Мария"),
        ("Анны", "Анна"),
        ("Анне", "Анна"),
        ("Игоря", "Игорь"),
        ("Игорем", "Игорь"),
        ("Владимира", "Владимир"),
        ("Владимиру", "Владимир"),
        ("Ольгой", "Ольга"),
        ("Николая", "Николай"),
        // places
        ("Газы", "Газа"),
        ("Газе", "Газа"),
        ("Газу", "Газа"),
        ("Газой", "Газа"),
        ("России", "Россия"),
        ("Россию", "Россия"),
        ("Россией", "Россия"),
        ("Москвы", "Москва"),
        ("Москве", "Москва"),
        ("Москвой", "Москва"),
        ("Лондона", "Лондон"),
        ("Лондоне", "Лондон"),
        ("Лондоном", "Лондон"),
        ("Израиля", "Израиль"),
        ("Израилю", "Израиль"),
        ("Израилем", "Израиль"),
        ("Израиле", "Израиль"),
        ("Китая", "Китай"),
        ("Китае", "Китай"),
        ("Китаем", "Китай"),
        ("Праги", "Прага"),
        ("Украины", "Украина"),
        ("Украине", "Украина"),
        ("Франции", "Франция"),
        ("Рафаха", "Рафах"),
        ("Миннеаполиса", "Миннеаполис"),
        ("Гвардиолы", "Гвардиола"),
        ("Кубертена", "Кубертен"),
        ("Трампа", "Трамп"),
        ("Байдену", "Байден"),
        ("Джонсоном", "Джонсон"),
        ("Шойгу", "Шойгу"),
        ("Набиуллиной", "Набиуллина"),
        ("Мишустина", "Мишустин"),
        ("Мишустину", "Мишустин"),
        ("Володина", "Володин"),
        ("Кадырова", "Кадыров"),
        ("Кадыровым", "Кадыров"),
        ("Усманова", "Усманов"),
        ("Тихановской", "Тихановская"),
        ("Лукашенко", "Лукашенко"),
        ("Макрона", "Макрон"),
        ("Макроном", "Макрон"),
        ("Меркель", "Меркель"),
        ("Эрдогана", "Эрдоган"),
        ("Эрдоганом", "Эрдоган"),
        ("Нетаньяху", "Нетаньяху"),
        ("Помпео", "Помпео"),
        ("Пелоси", "Пелоси"),
        ("Кушнера", "Кушнер"),
        ("Блинкена", "Блинкен"),
        ("Евгения", "Евгений"),
        ("Юрия", "Юрий"),
        ("Андреем", "Андрей"),
        ("Натальей", "Наталья"),
        ("Натальи", "Наталья"),
        ("Татьяны", "Татьяна"),
        ("Ильи", "Илья"),
        ("Ильей", "Илья"),
        ("Никиты", "Никита"),
        ("Луки", "Лука"),
        ("Берлина", "Берлин"),
        ("Парижем", "Париж"),
        ("Вашингтоне", "Вашингтон"),
        ("Минска", "Минск"),
        ("Харькове", "Харьков"),
        ("Казани", "Казань"),
        ("Твери", "Тверь"),
        ("Сирии", "Сирия"),
        ("Германией", "Германия"),
        ("Турцию", "Турция"),
        ("Японии", "Япония"),
        ("Польшей", "Польша"),
        ("Европы", "Европа"),
        ("Флориды", "Флорида"),
        ("Калифорнии", "Калифорния"),
        ("Оклахоме", "Оклахома"),
        ("Подмосковья", "Подмосковье"),
        ("Поволжье", "Поволжье"),
        ("Сочи", "Сочи"),
        ("Тбилиси", "Тбилиси"),
    ];
    for (w, base) in cases {
        let b = base_forms(w, "ru");
        assert_eq!(b[0], w, "surface first for {w}");
        assert!(b.iter().any(|x| x == base), "{w}: {base} not in {b:?}");
    }
}

#[test]
fn russian_base_forms_keep_distinct_names_apart() {
    // derived surnames and adjectives must not collapse onto the shorter name
    let cases = [
        ("Песковский", "Песков"),
        ("Песковского", "Песков"),
        ("Лавровский", "Лавров"),
        ("Путинский", "Путин"),
        ("Ивановская", "Иванов"),
        ("Петровской", "Петров"),
    ];
    for (w, not) in cases {
        let b = base_forms(w, "ru");
        assert!(
            !b.iter().any(|x| x == not),
            "{w}: {not} must not be in {b:?}"
        );
    }
}

#[test]
fn english_base_forms() {
    for (w, base) in [
        ("Trump's", "Trump"),
        ("Peskov’s", "Peskov"),
        ("Russians", "Russian"),
        ("Israelis", "Israeli"),
        ("Ukrainians", "Ukrainian"),
        ("Jones'", "Jones"),
    ] {
        let b = base_forms(w, "en");
        assert!(b.iter().any(|x| x == base), "{w}: {base} not in {b:?}");
    }
}

#[test]
fn transliteration_variants() {
    let cases: &[(&str, &[&str])] = &[
        ("Дмитрий", &["dmitry", "dmitriy", "dmitrii", "dmitri"]),
        (
            "Зеленский",
            &["zelensky", "zelenskyy", "zelenskiy", "zelenskii"],
        ),
        ("Песков", &["peskov"]),
        ("Хабаровск", &["khabarovsk", "habarovsk"]),
        ("Щукин", &["shchukin", "schukin", "shhukin"]),
        ("Юрий", &["yuriy", "yury", "iurii", "yurij", "juri"]),
        ("Яковлев", &["yakovlev", "iakovlev", "jakovlev"]),
        ("Цой", &["tsoy", "tsoi", "tzoj", "coj"]),
        ("Жуков", &["zhukov", "jukov"]),
        ("Ельцин", &["yeltsin", "eltsin"]),
        ("Алексей", &["aleksey", "aleksei", "aleksej"]),
        ("Фёдоров", &["fyodorov", "fedorov"]),
        ("Евгений", &["yevgeny", "evgenii", "yevgeniy", "evgenij"]),
    ];
    for (cyr, expected) in cases {
        let v = transliterations(cyr);
        for e in *expected {
            assert!(v.iter().any(|x| x == e), "{cyr}: {e} not in {v:?}");
        }
    }
}

#[test]
fn skeleton_keys_equal_for_variants() {
    let same = [
        ("Песков", "Peskov"),
        ("Зеленский", "Zelensky"),
        ("Зеленский", "Zelenskyy"),
        ("Зеленский", "Zelenskiy"),
        ("Дмитрий", "Dmitry"),
        ("Дмитрий", "Dmitri"),
        ("Байден", "Biden"),
        ("Джонсон", "Johnson"),
        ("Рафах", "Rafah"),
        ("Хабаровск", "Khabarovsk"),
        ("Ельцин", "Yeltsin"),
        ("Шойгу", "Shoigu"),
        ("Макинани", "McEnany"),
        ("Кубертен", "Coubertin"),
        ("Портленд", "Portland"),
        ("Флойд", "Floyd"),
        ("Миннеаполис", "Minneapolis"),
        ("Трамп", "Trump"),
        ("Навальный", "Navalny"),
        ("Собянин", "Sobyanin"),
    ];
    for (a, b) in same {
        let s = key_similarity(&name_key(a), &name_key(b));
        assert!(s >= 0.99, "{a} vs {b}: {} {} {s}", name_key(a), name_key(b));
    }
}

fn sim(a: (&str, &str), b: (&str, &str)) -> f32 {
    name_similarity(&first(a.0, a.1), &first(b.0, b.1))
}

#[test]
fn cross_script_matches() {
    let cases = [
        (
            ("Заявил Дмитрий Песков.", "ru"),
            ("said Dmitry Peskov.", "en"),
        ),
        (("по словам Пескова", "ru"), ("according to Peskov", "en")),
        (("удары по Рафаху", "ru"), ("strikes on Rafah", "en")),
        (("встреча с Байденом", "ru"), ("a meeting with Biden", "en")),
        (("позвонил Джонсону", "ru"), ("called Johnson", "en")),
        (("визит Зеленского", "ru"), ("a visit by Zelenskyy", "en")),
        (("визит Зеленского", "ru"), ("a visit by Zelensky", "en")),
        (("слова Захаровой", "ru"), ("words of Zakharova", "en")),
        (
            ("в Мурманской области", "ru"),
            ("in the Murmansk region", "en"),
        ),
        (
            ("клуб Хосепа Гвардиолы", "ru"),
            ("the club of Josep Guardiola", "en"),
        ),
        (
            ("основатель Пьер де Кубертен", "ru"),
            ("founder Pierre de Coubertin", "en"),
        ),
        (("сказал Трамп", "ru"), ("said Trump", "en")),
        (
            ("жители Миннеаполиса", "ru"),
            ("residents of Minneapolis", "en"),
        ),
        (("учения в Техасе", "ru"), ("drills in Texas", "en")),
        (("проезд в Кронштадт", "ru"), ("access to Kronstadt", "en")),
        (("в Нью-Йорке", "ru"), ("in New York", "en")),
        (("агентство ТАСС", "ru"), ("the TASS agency", "en")),
        (
            ("сообщает РИА Новости", "ru"),
            ("RIA Novosti reports", "en"),
        ),
        (("сообщает РИА Новости", "ru"), ("reports RIA News", "en")),
        (("в России", "ru"), ("in Russia", "en")),
        (("российские военные", "ru"), ("the Russian military", "en")),
        (("в секторе Газа", "ru"), ("in the Gaza Strip", "en")),
        (("в секторе Газа", "ru"), ("in Gaza", "en")),
        (("МИД России", "ru"), ("the Foreign Ministry said", "en")),
        (("представители ХАМАС", "ru"), ("Hamas officials", "en")),
        (("в Белом доме", "ru"), ("at the White House", "en")),
        (
            ("в Соединенных Штатах", "ru"),
            ("in the United States", "en"),
        ),
        (("в США", "ru"), ("in the US", "en")),
        (("генсек ООН", "ru"), ("the UN chief", "en")),
        (("в Госдуме", "ru"), ("in the State Duma", "en")),
        (("в Киеве", "ru"), ("in Kyiv", "en")),
        (("в Пекине", "ru"), ("in Beijing", "en")),
        (
            ("глава Минобороны", "ru"),
            ("the Defence Ministry head", "en"),
        ),
        (("и Уильям", "ru"), ("and William", "en")),
        (
            ("и Владимир Зеленский", "ru"),
            ("and Volodymyr Zelensky", "en"),
        ),
        (("и Лацио", "ru"), ("and Lazio", "en")),
        (("и Гонконг", "ru"), ("and Hong Kong", "en")),
        (("с Хьюмом", "ru"), ("with Hume", "en")),
        (("премьер Мишустин", "ru"), ("premier Mishustin", "en")),
        (
            ("и Эльвира Набиуллина", "ru"),
            ("and Elvira Nabiullina", "en"),
        ),
        (("с Эрдоганом", "ru"), ("with Erdogan", "en")),
        (("с Макроном", "ru"), ("with Macron", "en")),
        (("канцлер Меркель", "ru"), ("chancellor Merkel", "en")),
        (("заявил Нетаньяху", "ru"), ("said Netanyahu", "en")),
        (("госсекретарь Помпео", "ru"), ("secretary Pompeo", "en")),
        (("спикер Пелоси", "ru"), ("speaker Pelosi", "en")),
        (("слова Кадырова", "ru"), ("words of Kadyrov", "en")),
        (("в Харькове", "ru"), ("in Kharkiv", "en")),
        (("в Харькове", "ru"), ("in Kharkov", "en")),
        (("в Казани", "ru"), ("in Kazan", "en")),
        (("в Минске", "ru"), ("in Minsk", "en")),
        (("в Сочи", "ru"), ("in Sochi", "en")),
        (("в Тбилиси", "ru"), ("in Tbilisi", "en")),
        (("во Флориде", "ru"), ("in Florida", "en")),
        (("в Калифорнии", "ru"), ("in California", "en")),
        (("с Юрием Гагариным", "ru"), ("with Yuri Gagarin", "en")),
        (("Евгения Пригожина", "ru"), ("of Yevgeny Prigozhin", "en")),
        (("Евгения Пригожина", "ru"), ("of Evgeny Prigozhin", "en")),
        (
            ("с Алексеем Навальным", "ru"),
            ("with Alexei Navalny", "en"),
        ),
        (
            ("с Алексеем Навальным", "ru"),
            ("with Aleksey Navalny", "en"),
        ),
        (("Сергея Шойгу", "ru"), ("Sergei Shoigu's", "en")),
        (("Сергея Шойгу", "ru"), ("Sergey Shoygu's", "en")),
        (("в Хабаровске", "ru"), ("in Khabarovsk", "en")),
        (("в Чечне", "ru"), ("in Chechnya", "en")),
        (
            ("Михаила Ходорковского", "ru"),
            ("of Mikhail Khodorkovsky", "en"),
        ),
        (
            ("Светланы Тихановской", "ru"),
            ("of Svetlana Tikhanovskaya", "en"),
        ),
        (("Джо Байдена", "ru"), ("Joe Biden's", "en")),
        (("Кэти Перри", "ru"), ("Katy Perry", "en")),
        (("Уэйна Руни", "ru"), ("Wayne Rooney", "en")),
        (("Гарри Кейна", "ru"), ("Harry Kane", "en")),
        (("в Шотландии", "ru"), ("in Scotland", "en")),
        (
            ("шотландские власти", "ru"),
            ("the Scottish authorities", "en"),
        ),
        (("в Бахрейне", "ru"), ("in Bahrain", "en")),
        (("Махмуда Аббаса", "ru"), ("Mahmoud Abbas", "en")),
        (("Раджнатх Сингх", "ru"), ("Rajnath Singh", "en")),
    ];
    for (a, b) in cases {
        let s = sim(a, b);
        assert!(s >= SAME_NAME, "{:?} vs {:?}: {s}", a.0, b.0);
    }
}

#[test]
fn part_matching_allows_surname_only() {
    assert!(sim(("Дмитрий Песков сказал", "ru"), ("said Peskov", "en")) >= 0.95);
    assert!(sim(("сказал Песков", "ru"), ("Dmitry Peskov said", "en")) >= 0.95);
    assert!(sim(("Владимир Путин", "ru"), ("President Putin", "en")) >= 0.95);
    // but a different surname with the same first name does not match
    assert!(
        sim(
            ("Дмитрий Песков сказал", "ru"),
            ("said Dmitry Lavrov", "en")
        ) < NEAR_MISS
    );
}

#[test]
fn different_names_do_not_match() {
    let cases = [
        (("по словам Пескова", "ru"), ("according to Lavrov", "en")),
        (("слова Лаврова", "ru"), ("words of Peskov", "en")),
        (
            ("жители Миннеаполиса", "ru"),
            ("residents of Skvernelis", "en"),
        ),
        (("атмосфера Марса", "ru"), ("atmosphere of Rogers", "en")),
        (
            ("встреча с Байденом", "ru"),
            ("a meeting with Johnson", "en"),
        ),
        (("в Австрии", "ru"), ("in Australia", "en")),
        (("в Германии", "ru"), ("in France", "en")),
        (
            ("по словам Пескова", "ru"),
            ("according to Peskovsky", "en"),
        ),
        (("кардинал Пачелли", "ru"), ("Cardinal Dubki", "en")),
        (
            ("в Мурманской области", "ru"),
            ("in the Kaspiysk region", "en"),
        ),
    ];
    for (a, b) in cases {
        let s = sim(a, b);
        assert!(s < NEAR_MISS, "{:?} vs {:?}: {s}", a.0, b.0);
    }
}

#[test]
fn one_consonant_misspellings_are_near_misses() {
    // p/b t/d k/g l/r m/n s->ch slips: clearly below a match, above "different"
    let cases = [
        (("по словам Пескова", "ru"), ("according to Pechkov", "en")),
        (("по словам Пескова", "ru"), ("according to Beskov", "en")),
        (("сказал Трамп", "ru"), ("said Tlump", "en")),
        (("в Портленде", "ru"), ("in Pordland", "en")),
        (("клуб Гвардиолы", "ru"), ("club of Guardiora", "en")),
        (("на Украине", "ru"), ("in Ugraine", "en")),
        (("встреча с Байденом", "ru"), ("a meeting with Piden", "en")),
        (("заявил Лавров", "ru"), ("said Lavlov", "en")),
        (("сторонники Трампа", "ru"), ("supporters of Tlampa", "ru")),
        (("в Портленде", "ru"), ("в Пордленде", "ru")),
        (("said Peskov", "en"), ("said Pechkov", "en")),
        (("said Zelensky", "en"), ("said Zelemsky", "en")),
        (("said Navalny", "en"), ("said Navarny", "en")),
    ];
    for (a, b) in cases {
        let s = sim(a, b);
        assert!(
            (NEAR_MISS..SAME_NAME).contains(&s),
            "{:?} vs {:?}: {s}",
            a.0,
            b.0
        );
    }
}

#[test]
fn same_language_matching() {
    assert!(sim(("said Zelensky", "en"), ("said Zelenskyy", "en")) >= 0.95);
    assert!(sim(("said Dmitry Peskov", "en"), ("said Dmitri Peskov", "en")) >= 0.95);
    assert!(sim(("said Peskov", "en"), ("these are Peskov's words", "en")) >= 0.99);
    assert!(sim(("слова Пескова", "ru"), ("сказал Песков", "ru")) >= 0.99);
    assert!(sim(("в Газе", "ru"), ("сектор Газа", "ru")) >= 0.99);
    assert!(sim(("said Peskov", "en"), ("said Lavrov", "en")) < NEAR_MISS);
}

#[test]
fn extraction_finds_the_names() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Пресс-секретарь президента РФ Дмитрий Песков заявил журналистам, что Кремль не комментирует слухи.",
            "ru",
            &["РФ", "Дмитрий Песков", "Кремль"],
        ),
        (
            "По данным ТАСС, в Москве прошла встреча с представителями ХАМАС.",
            "ru",
            &["ТАСС", "Москве", "ХАМАС"],
        ),
        (
            "Об этом сообщает «Известия» со ссылкой на МИД России.",
            "ru",
            &["Известия", "МИД", "России"],
        ),
        (
            "The Kremlin spokesman, Dmitry Peskov, told RIA Novosti on Monday that Moscow was ready.",
            "en",
            &["Kremlin", "Dmitry Peskov", "RIA Novosti", "Moscow"],
        ),
        (
            "Israeli strikes hit Rafah in the Gaza Strip, the U.N. said.",
            "en",
            &["Israeli", "Rafah", "Gaza Strip", "U.N"],
        ),
        (
            "The New York Times reported that Pierre de Coubertin's drawing sold for €185,000.",
            "en",
            &["New York Times", "Pierre de Coubertin"],
        ),
        (
            "В Нью-Йорке и Санкт-Петербурге В. В. Путин не был.",
            "ru",
            &["Нью-Йорке", "Санкт-Петербурге", "Путин"],
        ),
    ];
    for (text, lang, expected) in cases {
        let got: Vec<String> = extract_names(text, lang)
            .into_iter()
            .filter(|m| !m.sentence_initial)
            .map(|m| m.surface)
            .collect();
        assert_eq!(&got, expected, "{text}");
    }
}

#[test]
fn sentence_initial_words_are_flagged_or_dropped() {
    let m = extract_names("Однако Песков промолчал.", "ru");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].surface, "Песков");
    let m = extract_names("However, the talks failed.", "en");
    assert!(m.is_empty(), "{m:?}");
    let m = extract_names("Протесты продолжились. Протесты и митинги.", "ru");
    assert!(m.iter().all(|m| m.sentence_initial), "{m:?}");
    // a word that also occurs in lower case is a common word
    let m = extract_names("Talks resumed; talks were long.", "en");
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn kinds_entities_and_spans() {
    let text = "Генсек ООН и глава МИД России обсудили сектор Газа.";
    let m = extract_names(text, "ru");
    for x in &m {
        assert_eq!(&text[x.span.clone()], x.surface);
    }
    let un = m.iter().find(|x| x.surface == "ООН").unwrap();
    assert_eq!(un.kind, NameKind::Acronym);
    assert_eq!(un.entity_id(), Some("un"));
    let gaza = m.iter().find(|x| x.surface == "сектор Газа").unwrap();
    assert_eq!(gaza.entity_id(), Some("gaza"));
    let en = extract_names("the UN and the Foreign Ministry of Russia", "en");
    let mid = m.iter().find(|x| x.surface == "МИД").unwrap();
    assert_eq!(un.anchor_key(), en[0].anchor_key());
    assert_eq!(mid.anchor_key(), en[1].anchor_key());
    // lower-case adjectives are derived forms of the entity
    let adj = first("российские и американские военные", "ru");
    assert!(adj.derived);
    assert_eq!(adj.entity_id(), Some("russia"));
}

#[test]
fn anchor_keys_cross_script() {
    let k = |t: &str, l: &str| first(t, l).anchor_key();
    assert_eq!(k("слова Пескова", "ru"), k("words of Peskov", "en"));
    assert_eq!(k("визит Зеленского", "ru"), k("visit of Zelenskyy", "en"));
    assert_eq!(k("встреча с Байденом", "ru"), k("meeting with Biden", "en"));
    assert_eq!(k("в Рафахе", "ru"), k("in Rafah", "en"));
    assert_eq!(k("в Израиле", "ru"), k("in Israel", "en"));
    assert_eq!(k("израильские войска", "ru"), k("in Israel", "en"));
    assert_ne!(k("слова Пескова", "ru"), k("words of Lavrov", "en"));
}

#[test]
fn no_panics_on_odd_input() {
    let inputs = [
        "",
        " ",
        "«",
        "\"\"",
        "A",
        "Ё",
        "-",
        "'s",
        "U.",
        "U.S",
        "X.Y.Z.",
        "ЁЁЁ ёёё Ёжик-",
        "İstanbul İİ",
        "ǅemal ǈubo",
        "ﬁnance Ⅻ",
        "«Известия",
        "Известия»",
        "a\u{0301}b\u{0301}",
        "日本 東京",
        "Москва—Санкт-Петербург–Казань",
        "O'Brien’s O’",
    ];
    for s in inputs {
        for lang in ["ru", "en", "", "de"] {
            let m = extract_names(s, lang);
            for x in &m {
                assert_eq!(&s[x.span.clone()], x.surface);
                let _ = x.anchor_key();
                let _ = name_similarity(x, x);
            }
        }
        let _ = base_forms(s, "ru");
        let _ = transliterations(s);
        let _ = name_key(s);
    }
    let long = "Песков Peskov «Известия» ".repeat(2000);
    // "Песков Peskov" is one run of capitalised words, «Известия» a title
    assert_eq!(extract_names(&long, "ru").len(), 4000);
}

#[test]
fn translated_acronyms_match_and_common_ones_are_flagged() {
    let pairs = [
        (
            "Лидеры стран СНГ встретились в Москве.",
            "CIS leaders met in Moscow.",
            "cis",
        ),
        (
            "Страны ОПЕК сократят добычу.",
            "OPEC countries will cut output.",
            "opec",
        ),
        (
            "Объект внесен в список ЮНЕСКО.",
            "The site is on the UNESCO list.",
            "unesco",
        ),
        (
            "По данным ВОЗ, число случаев растет.",
            "According to the WHO, cases are rising.",
            "who",
        ),
        (
            "Прогноз МВФ ухудшился.",
            "The IMF forecast worsened.",
            "imf",
        ),
        ("Рост ВВП составил 3 %.", "GDP growth was 3%.", "gdp"),
        ("Ставку НДС повысят.", "The VAT rate will be raised.", "vat"),
        (
            "Компания внедряет ИИ в поиск.",
            "The company brings AI to search.",
            "ai",
        ),
        (
            "Делегация прибыла из ОАЭ.",
            "The delegation arrived from the UAE.",
            "uae",
        ),
        (
            "Власти КНР ответили.",
            "The PRC authorities replied.",
            "china",
        ),
    ];
    for (ru, en, id) in pairs {
        let a = extract_names(ru, "ru");
        let b = extract_names(en, "en");
        let x = a
            .iter()
            .find(|m| m.entity_id() == Some(id))
            .unwrap_or_else(|| panic!("{ru}: {a:#?}"));
        let y = b
            .iter()
            .find(|m| m.entity_id() == Some(id))
            .unwrap_or_else(|| panic!("{en}: {b:#?}"));
        assert_eq!(name_similarity(x, y), 1.0, "{ru} / {en}");
        assert_eq!(x.anchor_key(), y.anchor_key());
        let common = matches!(id, "gdp" | "vat" | "ai");
        assert_eq!(x.common, common, "{ru}");
        assert_eq!(y.common, common, "{en}");
    }
    // media acronyms are ordinary vocabulary: present, but weak
    for ru in [
        "Об этом сообщают СМИ.",
        "Эта отрасль ИТ растет.",
        "На заводе произошло ЧП.",
    ] {
        let m = extract_names(ru, "ru");
        assert!(m.iter().all(|m| m.common), "{ru}: {m:#?}");
    }
}

#[test]
fn english_non_names() {
    // contractions of "I" and "OK" are never names
    for t in [
        "He said I'll come, and I’ve seen it; I'm sure I'd go.",
        "It is OK with me, OK?",
    ] {
        assert!(
            extract_names(t, "en").is_empty(),
            "{t}: {:#?}",
            extract_names(t, "en")
        );
    }
    // a heading in Title Case: capitalisation is no evidence
    for t in [
        "Quick Guide",
        "Oriental Studies",
        "Quick Guide to Installing the Software",
    ] {
        let m = extract_names(t, "en");
        assert!(
            !m.is_empty() && m.iter().all(|m| m.title_case),
            "{t}: {m:#?}"
        );
    }
    // an ordinary sentence is not a heading, even with many capitals
    let m = extract_names(
        "She studied at the Faculty of Oriental Studies in Moscow.",
        "en",
    );
    assert!(m.iter().all(|m| !m.title_case), "{m:#?}");
    let os = m.iter().find(|m| m.surface == "Oriental Studies").unwrap();
    assert!(os.common, "translated vocabulary: {os:#?}");
    for w in ["Forestry", "Childhood", "Securities", "Correspondents"] {
        let t = format!("The report of the {w} was published.");
        let m = extract_names(&t, "en");
        assert!(m.iter().all(|m| m.common), "{t}: {m:#?}");
    }
}

#[test]
fn russian_vocabulary_inside_names_is_common() {
    let common = |text: &str, word: &str| {
        let m = extract_names(text, "ru");
        let p = m
            .iter()
            .flat_map(|m| &m.parts)
            .find(|p| p.surface == word)
            .unwrap_or_else(|| panic!("{word} in {text}: {m:#?}"))
            .clone();
        p.common
    };
    assert!(common("Парад ко Дню Военно-морского флота.", "Военно"));
    assert!(common("Парад в честь Дня Победы прошел в Москве.", "Дня"));
    assert!(common(
        "Парад в честь Дня Победы прошел в Москве.",
        "Победы"
    ));
    assert!(common("Матч за Суперкубок России.", "Суперкубок"));
    assert!(common("Финал Кубка Гагарина начнется в апреле.", "Кубка"));
    assert!(common("Учения прошли на Северном флоте.", "Северном"));
    assert!(common("Изменения в Генплана Москвы.", "Генплана"));
    assert!(common(
        "Исследование Мирового океана продолжится.",
        "Мирового"
    ));
    // surnames stay names
    assert!(!common(
        "Встреча с Марией Захаровой прошла в пятницу.",
        "Захаровой"
    ));
    assert!(!common("Об этом рассказал Гагарин в интервью.", "Гагарин"));
    // Подмосковье is the Moscow region
    let ru = extract_names("Жители Подмосковья вышли на улицы.", "ru");
    let en = extract_names("Residents of the Moscow region took to the streets.", "en");
    let r = ru.iter().find(|m| m.surface == "Подмосковья").unwrap();
    assert_eq!(r.entity_id(), Some("moscow_region"));
    let e = en.iter().find(|m| m.surface == "Moscow region").unwrap();
    assert_eq!(name_similarity(r, e), 1.0);
}

#[test]
fn same_script_misspellings_are_near_misses() {
    let band = |a: (&str, &str), b: (&str, &str)| {
        let s = sim(a, b);
        assert!((NEAR_MISS..SAME_NAME).contains(&s), "{a:?} vs {b:?}: {s}");
    };
    band(
        ("Bundespräsident Steinmeier sprach.", "de"),
        ("President Steinmayer spoke.", "en"),
    );
    band(("said Steinmeier", "en"), ("said Steinmayer", "en"));
    band(("said Peskov", "en"), ("said Pechkov", "en"));
    band(("сказал Песков", "ru"), ("сказал Пестов", "ru"));
    // spelling habits and inflection are not misspellings
    assert!(sim(("said Steinmeier", "en"), ("said STEINMEIER", "en")) >= SAME_NAME);
    assert!(sim(("said Zelenskiy", "en"), ("said Zelenskyy", "en")) >= SAME_NAME);
    assert!(sim(("said Dmitri Peskov", "en"), ("said Dmitriy Peskov", "en")) >= SAME_NAME);
    assert!(sim(("слова Пескова", "ru"), ("с Песковым", "ru")) >= SAME_NAME);
    assert!(sim(("Mit Müller", "de"), ("with Muller", "en")) >= SAME_NAME);
    // cross-script stays lenient: transliteration variants
    assert!(sim(("сказал Зеленский", "ru"), ("said Zelenskyy", "en")) >= SAME_NAME);
}

#[test]
fn caps_lines_and_translated_vocabulary_are_weak() {
    let m = extract_names("BEAT BIDEN OFF", "en");
    assert!(!m.is_empty() && m.iter().all(|m| m.title_case), "{m:#?}");
    let m = extract_names("They prayed to God and the Earth shook on Sundays.", "en");
    assert!(m.iter().all(|m| m.common), "{m:#?}");
    assert!(extract_names("Trump Says He Will Win", "en")
        .iter()
        .all(|m| m.surface != "Says"));
    let ru = extract_names("Ситуация на Ближнем Востоке обострилась.", "ru");
    let en = extract_names("The situation in the Middle East has worsened.", "en");
    let r = ru
        .iter()
        .find(|m| m.entity_id() == Some("middle_east"))
        .expect("ru");
    let e = en
        .iter()
        .find(|m| m.entity_id() == Some("middle_east"))
        .expect("en");
    assert_eq!(name_similarity(r, e), 1.0);
}

#[test]
fn demonyms_match_their_country() {
    for (ru, en, id) in [
        ("Кенийские бегуны победили.", "Kenyan runners won.", "kenya"),
        (
            "Он изучал персидский язык.",
            "He studied the Persian language.",
            "persia",
        ),
        (
            "Болгарские власти заявили об этом.",
            "The Bulgarian authorities said so.",
            "bulgaria",
        ),
    ] {
        let a = extract_names(ru, "ru");
        let b = extract_names(en, "en");
        let x = a
            .iter()
            .find(|m| m.entity_id() == Some(id))
            .unwrap_or_else(|| panic!("{ru}: {a:#?}"));
        let y = b
            .iter()
            .find(|m| m.entity_id() == Some(id))
            .unwrap_or_else(|| panic!("{en}: {b:#?}"));
        assert!(x.derived && y.derived);
        assert_eq!(name_similarity(x, y), 1.0);
    }
}

#[test]
fn lazy_keys_compare_equal_and_match_eager_computation() {
    // keys are computed on first use: a mention whose keys were read equals a fresh one
    let a = extract_names(
        "Kanzler Olaf Scholz traf Frank-Walter Steinmeier in Hamburgs Hafen.",
        "de",
    );
    let b = a.clone();
    for m in &a {
        for p in &m.parts {
            assert!(!p.keys().is_empty(), "{p:?}");
            let _ = p.derived_keys();
        }
    }
    assert_eq!(a, b);
    // and the lazily computed keys are the right ones
    let part = |w: &str| {
        a.iter()
            .flat_map(|m| &m.parts)
            .find(|p| p.surface == w)
            .unwrap_or_else(|| panic!("{w}: {a:#?}"))
    };
    assert!(part("Steinmeier").keys().contains(&name_key("Steinmeier")));
    // German genitive without an apostrophe: Hamburg is a derived key of Hamburgs
    assert!(part("Hamburgs")
        .derived_keys()
        .contains(&name_key("Hamburg")));
    let ru = first("Он встретился с Дмитрием Песковым.", "ru");
    assert_eq!(ru.parts[1].keys()[0], name_key("Песковым"));
    assert!(ru.keys().contains(&name_key("Песков")));
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trip_keeps_keys() {
    let m = first("Об этом заявил Дмитрий Песков.", "ru");
    let json = serde_json::to_string(&m).unwrap();
    assert!(json.contains("\"keys\""), "{json}");
    let back: NameMention = serde_json::from_str(&json).unwrap();
    assert_eq!(back, m);
    assert_eq!(back.parts[1].keys(), m.parts[1].keys());
    assert_eq!(back.parts[1].derived_keys(), m.parts[1].derived_keys());
}
