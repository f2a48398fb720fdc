//! One test per segmentation rule, on inline real-looking text.

use bitext_segment::{Mode, Segmenter};

fn seg(lang: &str, text: &str) -> Vec<String> {
    Segmenter::new(lang)
        .segment(text)
        .map(|r| text[r].to_string())
        .collect()
}

fn lines(lang: &str, text: &str) -> Vec<String> {
    Segmenter::new(lang)
        .mode(Mode::Lines)
        .segment(text)
        .map(|r| text[r].to_string())
        .collect()
}

#[test]
fn russian_abbreviations_inside_sentences() {
    let t = "Это, т. е. новый закон, принят в 2010 г. в Москве на ул. Тверской, д. 5, стр. 2. \
             Его подписал проф. Иванов им. Ломоносова, см. рис. 3 на с. 7.";
    assert_eq!(seg("ru", t).len(), 2, "{:?}", seg("ru", t));
    let t = "Ущерб составил 5 млн руб. и затронул 300 тыс. чел. по всей стране.";
    assert_eq!(seg("ru", t).len(), 1);
    let t = "Купили яблоки, груши и т. д. Потом пошли домой.";
    assert_eq!(
        seg("ru", t),
        ["Купили яблоки, груши и т. д.", "Потом пошли домой."]
    );
    let t = "Это было в V в. до н. э. Тогда же возник город.";
    assert_eq!(
        seg("ru", t),
        ["Это было в V в. до н. э.", "Тогда же возник город."]
    );
}

#[test]
fn abbreviation_that_ends_a_sentence() {
    let t = "Он родился в 1916 г. Самым известным его трудом стала книга о войне.";
    assert_eq!(
        seg("ru", t),
        [
            "Он родился в 1916 г.",
            "Самым известным его трудом стала книга о войне."
        ]
    );
    let t = "Он живёт в г. Москве.";
    assert_eq!(seg("ru", t).len(), 1);
    let t = "The firm was founded by Acme Inc. It grew fast.";
    assert_eq!(
        seg("en", t),
        ["The firm was founded by Acme Inc.", "It grew fast."]
    );
    let t = "Acme Inc. Ltd shares rose.";
    assert_eq!(seg("en", t).len(), 1);
}

#[test]
fn english_abbreviations() {
    let t = "Mr. Smith met Dr. Jones at 5 p.m. on Main St. in the U.S. capital, e.g. near No. 10 \
             and i.e. the old one, etc. and they left.";
    assert_eq!(seg("en", t).len(), 1, "{:?}", seg("en", t));
    let t = "We bought pens, paper, etc. Then we went home.";
    assert_eq!(seg("en", t).len(), 2);
    let t = "Is it true? No. It is not.";
    assert_eq!(seg("en", t), ["Is it true?", "No.", "It is not."]);
}

#[test]
fn initials() {
    assert_eq!(
        seg("ru", "Вчера В. В. Путин и Д. С. Песков прибыли в Казань.").len(),
        1
    );
    assert_eq!(
        seg("en", "The book by J. R. R. Tolkien sold well.").len(),
        1
    );
    assert_eq!(seg("en", "The book by J.R.R. Tolkien sold well.").len(), 1);
}

#[test]
fn decimals_and_dates() {
    let t = "Рост составил 1,5 %, а число π равно 3.14. Дата: 07.10.2023. Всё.";
    assert_eq!(
        seg("ru", t),
        [
            "Рост составил 1,5 %, а число π равно 3.14.",
            "Дата: 07.10.2023.",
            "Всё."
        ]
    );
}

#[test]
fn ellipsis() {
    assert_eq!(
        seg("ru", "Он подумал… Потом ушёл."),
        ["Он подумал…", "Потом ушёл."]
    );
    assert_eq!(
        seg("ru", "Он подумал... Потом ушёл."),
        ["Он подумал...", "Потом ушёл."]
    );
    assert_eq!(seg("ru", "Он подумал… и ушёл.").len(), 1);
}

#[test]
fn question_exclamation_runs() {
    assert_eq!(
        seg("ru", "Правда?! Не может быть!!! Да."),
        ["Правда?!", "Не может быть!!!", "Да."]
    );
    assert_eq!(
        seg("en", "What?!? Really??? Yes."),
        ["What?!?", "Really???", "Yes."]
    );
}

#[test]
fn closing_quotes_and_brackets() {
    assert_eq!(
        seg("ru", "Он сказал: «Я приду.» Потом ушёл."),
        ["Он сказал: «Я приду.»", "Потом ушёл."]
    );
    assert_eq!(
        seg("de", "Er sagte: „Ich komme.“ Dann ging er."),
        ["Er sagte: „Ich komme.“", "Dann ging er."]
    );
    assert_eq!(
        seg("en", "He said \"I will come.\" Then he left."),
        ["He said \"I will come.\"", "Then he left."]
    );
    assert_eq!(
        seg("en", "She wrote ‘Done.’ Then she slept."),
        ["She wrote ‘Done.’", "Then she slept."]
    );
    assert_eq!(
        seg("en", "(This is an aside.) The main text."),
        ["(This is an aside.)", "The main text."]
    );
    assert_eq!(seg("en", "\"Stop!\" he shouted.").len(), 1);
}

#[test]
fn unbalanced_quote_does_not_switch_off_boundaries() {
    let t = "Он сказал: «Я приду. Потом ушёл. Вечером вернулся. Ночью спал.";
    assert_eq!(seg("ru", t).len(), 4);
    let t = "He said \"hi. Then left. Later came back.";
    assert_eq!(seg("en", t).len(), 3);
}

#[test]
fn dialogue_dashes() {
    let t = "— Куда ты идёшь? — спросил он. — Домой! — ответила она.";
    assert_eq!(
        seg("ru", t),
        ["— Куда ты идёшь? — спросил он.", "— Домой! — ответила она."]
    );
    let t = "— Ты придёшь?\n— Приду.";
    assert_eq!(seg("ru", t), ["— Ты придёшь?", "— Приду."]);
}

#[test]
fn headings_and_list_items() {
    let t = "Введение\nЭтот текст о погоде.\nСписок:\n- первый пункт\n- второй пункт";
    assert_eq!(
        lines("ru", t),
        [
            "Введение",
            "Этот текст о погоде.",
            "Список:",
            "- первый пункт",
            "- второй пункт"
        ]
    );
    // Text mode: a short line without final punctuation before a capitalised line is a
    // heading; list items after a colon are items; a wrapped line continues the sentence.
    assert_eq!(
        seg("ru", t),
        [
            "Введение",
            "Этот текст о погоде.",
            "Список:",
            "- первый пункт",
            "- второй пункт"
        ]
    );
    let t = "Это длинное предложение, которое\nпереносится на новую строку.";
    assert_eq!(seg("ru", t).len(), 1);
    assert_eq!(lines("ru", t).len(), 2);
}

#[test]
fn blank_lines_are_boundaries() {
    let t = "First paragraph without stop\n\nsecond paragraph in lower case\n \t\nthird";
    assert_eq!(
        seg("en", t),
        [
            "First paragraph without stop",
            "second paragraph in lower case",
            "third"
        ]
    );
}

#[test]
fn urls_emails_file_names() {
    let t = "See https://example.com/a.b?x=1&y=2. Write to john.doe@mail.ru or open report.final.pdf now. Done.";
    assert_eq!(
        seg("en", t),
        [
            "See https://example.com/a.b?x=1&y=2.",
            "Write to john.doe@mail.ru or open report.final.pdf now.",
            "Done."
        ]
    );
}

#[test]
fn numbered_lists() {
    let t = "1. First point\n2. Second point\n3. Third point";
    assert_eq!(
        seg("en", t),
        ["1. First point", "2. Second point", "3. Third point"]
    );
    let t = "1. Первый пункт. 2. Второй пункт.";
    assert_eq!(seg("ru", t), ["1. Первый пункт.", "2. Второй пункт."]);
}

#[test]
fn crlf_bom_nbsp() {
    let t = "\u{feff}Первое.\u{a0}Второе.\r\nТретье\r\n\r\nЧетвёртое.\u{2003}Пятое.";
    assert_eq!(
        seg("ru", t),
        ["Первое.", "Второе.", "Третье", "Четвёртое.", "Пятое."]
    );
    let t = "One\r\nTwo\rThree";
    assert_eq!(lines("en", t), ["One", "Two", "Three"]);
}

#[test]
fn german_ordinals_and_french_spaces() {
    let t = "Am 3. Oktober 1990 wurde Deutschland vereint. Der Tag ist ein Feiertag.";
    assert_eq!(seg("de", t).len(), 2);
    let t = "Die Zahl stieg auf 15. Die Polizei ermittelt.";
    assert_eq!(seg("de", t).len(), 2);
    let t = "Il est venu ! Elle est partie ? Oui.";
    assert_eq!(seg("fr", t), ["Il est venu !", "Elle est partie ?", "Oui."]);
    let t = "M. Dupont est arrivé. Mme Durand aussi.";
    assert_eq!(seg("fr", t).len(), 2);
}

#[test]
fn spanish_and_ukrainian_data() {
    assert_eq!(
        seg("es", "El Sr. García llegó. ¿Vienes? ¡Claro!"),
        ["El Sr. García llegó.", "¿Vienes?", "¡Claro!"]
    );
    assert_eq!(
        seg("uk", "Це сталося у 1991 р. Тоді ж з'явився прапор."),
        ["Це сталося у 1991 р.", "Тоді ж з'явився прапор."]
    );
}

#[test]
fn social_media_emoticons() {
    let t = "Такие вы клевые😍😍 Спасибо за фото)) Ждём ещё";
    assert_eq!(
        seg("ru", t),
        ["Такие вы клевые😍😍", "Спасибо за фото))", "Ждём ещё"]
    );
    let t = "Смотри (фото) Москва красивая.";
    assert_eq!(seg("ru", t).len(), 1);
}

#[test]
fn citations_stay_with_their_sentence() {
    let t = "He left in 1805. [6] An undistinguished student, he read widely.";
    assert_eq!(
        seg("en", t),
        [
            "He left in 1805. [6]",
            "An undistinguished student, he read widely."
        ]
    );
}

#[test]
fn unknown_language_and_empty_input() {
    assert!(seg("xx", "").is_empty());
    assert!(seg("xx", " \n\u{feff}\t ").is_empty());
    assert_eq!(
        seg("xx", "Hello there. General Kenobi!"),
        ["Hello there.", "General Kenobi!"]
    );
}

#[test]
fn detection() {
    assert_eq!(
        bitext_segment::detect_lang("Это простой текст на русском языке о погоде."),
        Some("ru")
    );
    assert_eq!(
        bitext_segment::detect_lang("Dies ist ein einfacher deutscher Satz über das Wetter."),
        Some("de")
    );
    assert_eq!(Segmenter::auto("").lang(), "en");
}

#[test]
fn emoji_after_a_stop_belong_to_the_sentence() {
    assert_eq!(
        seg("en", "Happy birthday! 🎉🎂 We wish you all the best."),
        ["Happy birthday! 🎉🎂", "We wish you all the best."]
    );
    assert_eq!(
        seg("ru", "Мы вернулись домой. \u{2800} Завтра снова в путь."),
        ["Мы вернулись домой. \u{2800}", "Завтра снова в путь."]
    );
    // Before a lower-case word the emoji is left to the emoji rule.
    assert_eq!(seg("ru", "Вот и всё. 😊 а завтра в путь").len(), 2);
    // Check marks and pointing signs introduce what follows.
    assert_eq!(
        seg("ru", "Клёв отличный. ✔ Утром ловится судак."),
        ["Клёв отличный.", "✔ Утром ловится судак."]
    );
    assert_eq!(
        seg("ru", "Подпишись на канал 👉 Ссылка в профиле"),
        ["Подпишись на канал 👉 Ссылка в профиле"]
    );
    assert_eq!(
        seg("ru", "Порядок такой: ✅ Первый шаг сделан."),
        ["Порядок такой: ✅ Первый шаг сделан."]
    );
}

#[test]
fn sad_emoticons() {
    assert_eq!(
        seg("ru", "Опять идёт дождь (( Завтра обещают солнце"),
        ["Опять идёт дождь ((", "Завтра обещают солнце"]
    );
    assert_eq!(
        seg("en", "The rain is back :( Tomorrow will be sunny"),
        ["The rain is back :(", "Tomorrow will be sunny"]
    );
    assert_eq!(seg("en", "Compute f((x+1)/2) Then stop.").len(), 1);
    assert_eq!(seg("en", "It was (sadly) Not the end.").len(), 1);
}

#[test]
fn postscripts_and_capital_initial_pairs() {
    assert_eq!(seg("en", "P.S. I will call you tomorrow.").len(), 1);
    assert_eq!(seg("ru", "P.S. Я позвоню завтра вечером.").len(), 1);
    // `Н. Э.` are initials, not `н. э.` (anno Domini).
    assert_eq!(
        seg(
            "ru",
            "Сказки записали А. Д. Петров и Н. Э. Ончуков в 1901 году."
        )
        .len(),
        1
    );
    assert_eq!(
        seg("ru", "Это было в V в. до н. э. Тогда возник город.").len(),
        2
    );
    assert_eq!(
        seg(
            "ru",
            "Текст набран курсивом (примеч. редактора) по рукописи."
        )
        .len(),
        1
    );
}

#[test]
fn mentions_inside_a_sentence() {
    let t = "The band said in a post today we at @Blue_Notes_HQ have parted ways with him.";
    assert_eq!(seg("en", t), [t]);
    let t = "Why on earth did @Acme leave up such a post? Nobody knows.";
    assert_eq!(
        seg("en", t),
        [
            "Why on earth did @Acme leave up such a post?",
            "Nobody knows."
        ]
    );
    let t = "Мы вчера ездили с @ivan_petrov на рыбалку";
    assert_eq!(seg("ru", t), [t]);
    // After a sentence end a mention starts the next sentence as any word does.
    assert_eq!(
        seg("en", "Great shot! @anna_k where was this taken?"),
        ["Great shot!", "@anna_k where was this taken?"]
    );
    assert_eq!(
        seg("ru", "Красота какая😍 @anna_k где это снято?"),
        ["Красота какая😍", "@anna_k где это снято?"]
    );
}

#[test]
fn abbreviation_before_a_number() {
    let t = "Clerk Suspended Over Rs. 500 Bribe Demand. Probe Ordered.";
    assert_eq!(
        seg("en", t),
        [
            "Clerk Suspended Over Rs. 500 Bribe Demand.",
            "Probe Ordered."
        ]
    );
    let t = "He paid 200 Rs. The receipt was lost.";
    assert_eq!(seg("en", t), ["He paid 200 Rs.", "The receipt was lost."]);
    let t = "See Vol. 3, pp. 12-14 and No. 7 of the series.";
    assert_eq!(seg("en", t), [t]);
}

#[test]
fn units_can_end_a_sentence() {
    // A capital after `°` is a unit (Celsius), not an initial.
    assert_eq!(
        seg(
            "ru",
            "Днём воздух прогреется до +12°С...+14°С. Ночью возможны заморозки."
        ),
        [
            "Днём воздух прогреется до +12°С...+14°С.",
            "Ночью возможны заморозки."
        ]
    );
    assert_eq!(
        seg(
            "en",
            "It was +17°C. The wind dropped. Water boils at 100 °C. Then it steams."
        ),
        [
            "It was +17°C.",
            "The wind dropped.",
            "Water boils at 100 °C.",
            "Then it steams."
        ]
    );
    // A unit with a slash.
    assert_eq!(
        seg("ru", "Ветер северный, 3-8 м/с. Давление будет расти."),
        ["Ветер северный, 3-8 м/с.", "Давление будет расти."]
    );
    // A unit with a prefix abbreviation after a number, and a unit before a sentence starter.
    assert_eq!(
        seg(
            "ru",
            "Квартира площадью 54 кв. м. По словам риелтора, цена снизилась."
        ),
        [
            "Квартира площадью 54 кв. м.",
            "По словам риелтора, цена снизилась."
        ]
    );
    assert_eq!(
        seg(
            "ru",
            "Площадь составила около сорока кв. м. По словам хозяина, дом старый."
        ),
        [
            "Площадь составила около сорока кв. м.",
            "По словам хозяина, дом старый."
        ]
    );
    // Still not a boundary: a unit-like letter before a name, capital initials.
    assert_eq!(seg("ru", "Он переехал в г. Тверь.").len(), 1);
    assert_eq!(seg("ru", "Его основал В. И. Ленин в 1919 году.").len(), 1);
    assert_eq!(seg("ru", "Приехали из с. Ивановка вчера.").len(), 1);
}

#[test]
fn english_units_after_numbers() {
    assert_eq!(
        seg("en", "The flat measures 450 sq. ft. The price is high."),
        ["The flat measures 450 sq. ft.", "The price is high."]
    );
    assert_eq!(seg("en", "He moved to Ft. Worth in May.").len(), 1);
}

#[test]
fn regnal_numbers_before_a_sentence_starter() {
    // A Roman numeral after a name ends the sentence when a function word follows …
    let t = "Крепость заложил император Пётр I. В ней теперь работает музей.";
    assert_eq!(
        seg("ru", t),
        [
            "Крепость заложил император Пётр I.",
            "В ней теперь работает музей."
        ]
    );
    let t = "The fleet was built under King Charles X. The war ended soon after.";
    assert_eq!(seg("en", t).len(), 2, "{:?}", seg("en", t));
    let t = "The palace was enlarged by Louis XIV. It still stands.";
    assert_eq!(seg("en", t).len(), 2);
    // … but is an initial before a surname or another initial.
    assert_eq!(
        seg("ru", "Письмо подписал Пётр I. Смирнов из Твери.").len(),
        1
    );
    assert_eq!(seg("en", "The study by John V. Adams was cited.").len(), 1);
    assert_eq!(
        seg("en", "The study by John I. A. Watts was cited.").len(),
        1
    );
}

#[test]
fn dash_after_a_stop_opens_direct_speech() {
    // Any dash typed before a space opens the next sentence: minus sign, en and em dashes,
    // a hyphen, a horizontal bar, two hyphens.
    for dash in ["−", "–", "—", "-", "―", "--"] {
        let t = format!("Автобус съехал в кювет. {dash} В салоне было пять человек.");
        assert_eq!(
            seg("ru", &t),
            [
                "Автобус съехал в кювет.".to_string(),
                format!("{dash} В салоне было пять человек.")
            ],
            "{dash}"
        );
    }
    let t = "— Пойдём домой, — сказал он. — Мы устали.";
    assert_eq!(
        seg("ru", t),
        ["— Пойдём домой, — сказал он.", "— Мы устали."]
    );
    let t = "The coach said so. − We are ready.";
    assert_eq!(seg("en", t), ["The coach said so.", "− We are ready."]);
    // A dash before a lower-case word continues the sentence; a minus sign inside a sentence
    // opens nothing.
    assert_eq!(seg("ru", "Было холодно. − и ветрено.").len(), 1);
    assert_eq!(seg("ru", "Ночью было −5 °C, днём −2 °C.").len(), 1);
}

#[test]
fn domain_name_ends_a_sentence() {
    let t = "Запись эфира выложена на сайте TV.ru. Позже сайт TV.ru добавил субтитры.";
    assert_eq!(
        seg("ru", t),
        [
            "Запись эфира выложена на сайте TV.ru.",
            "Позже сайт TV.ru добавил субтитры."
        ]
    );
    let t = "Об этом пишет сайт лиги NBA.Com. - Мы довольны игрой, - сказал тренер.";
    assert_eq!(
        seg("ru", t),
        [
            "Об этом пишет сайт лиги NBA.Com.",
            "- Мы довольны игрой, - сказал тренер."
        ]
    );
    // Dotted abbreviations with a one-letter part still need a sentence starter.
    assert_eq!(
        seg("en", "A report by the U.N.E.P. Director was out.").len(),
        1
    );
    assert_eq!(seg("en", "A report by the U.N.E.P. It was out.").len(), 2);
}

#[test]
fn straight_quotes_in_a_long_news_text() {
    // Straight double quotes open and close names and a quotation spanning two sentences;
    // the segmenter keeps no quote state, so each stop is decided on its own.
    let t = "Склад загорелся ночью в посёлке Луговой, сообщили в \"Областной пожарной службе\". \
             Как уточняется, огонь охватил здание ЗАО \"Луговской молочный завод\". \"На месте \
             работают три расчёта, огонь удалось остановить у цеха ООО \"Луговской молочный \
             завод\". По предварительным данным, пострадавших нет\", - говорится в сообщении \
             ведомства. Ранее на складе уже случался пожар.";
    let got = seg("ru", t);
    assert_eq!(got.len(), 5, "{got:?}");
    assert!(got[3].starts_with("По предварительным данным"), "{got:?}");
    // The translation: a company suffix before `According` (a sentence starter) ends it.
    let t = "\"The fire stopped at the workshop of Lugovoy Dairy Ltd. According to preliminary \
             data, nobody was hurt,\" the statement said.";
    assert_eq!(seg("en", t).len(), 2, "{:?}", seg("en", t));
    assert_eq!(
        seg("en", "Lugovoy Dairy Ltd. Director Ann Bell spoke.").len(),
        1
    );
}

#[test]
fn english_streets_and_metres() {
    let t = "Police were called to a house on Elm St. The owner was not at home.";
    assert_eq!(seg("en", t).len(), 2, "{:?}", seg("en", t));
    assert_eq!(
        seg("en", "They moved to Oak Ave. In June they left.").len(),
        2
    );
    // Saint before a name stays in the sentence.
    assert_eq!(
        seg("en", "He prayed at St. Anne's church on Sunday.").len(),
        1
    );
    assert_eq!(seg("en", "They flew to St. Louis on Monday.").len(), 1);
    let t = "The shed covered 30 sq. m. According to the owner, it was empty.";
    assert_eq!(seg("en", t).len(), 2, "{:?}", seg("en", t));
    assert_eq!(seg("en", "The room is 3 m. high.").len(), 1);
}

#[test]
fn cubic_before_a_unit() {
    let t = "Приток воды достиг 40 тыс куб. м/с, сообщили синоптики. Уровень растёт.";
    assert_eq!(seg("ru", t).len(), 2, "{:?}", seg("ru", t));
    assert_eq!(seg("ru", "Он собрал куб. Потом сломал его.").len(), 2);
}

#[test]
fn language_name_or_pronoun() {
    // `нем.` = German before a foreign word, the pronoun `нём` before a new sentence.
    let t = "Слово «ландскнехт» пришло из нем. Landsknecht и давно прижилось.";
    assert_eq!(seg("ru", t).len(), 1);
    let t = "Музей назвали в его честь и часто пишут о нем. Директор музея это подтвердил.";
    assert_eq!(seg("ru", t).len(), 2, "{:?}", seg("ru", t));
}

#[test]
fn dotted_names_are_not_glued_sentences() {
    // A single dot between a capitalised word and a capitalised word is a site name …
    let t = "Об открытии школы сообщает портал Tver.Online. Занятия начнутся в сентябре.";
    assert_eq!(
        seg("ru", t),
        [
            "Об открытии школы сообщает портал Tver.Online.",
            "Занятия начнутся в сентябре."
        ]
    );
    assert_eq!(
        seg("en", "The news site Lenta.Ru reported it first.").len(),
        1
    );
    // … as is an abbreviation glued to a name …
    assert_eq!(
        seg("ru", "Авария произошла на ул.Садовой, у дома 5.").len(),
        1
    );
    assert_eq!(
        seg("ru", "Он приехал в г.Тверь и осмотрел музей им.Крылова.").len(),
        1
    );
    // … but after a lower-case word, or after several stops, it is a missing space.
    assert_eq!(seg("en", "We loved the quality.You will too.").len(), 2);
    assert_eq!(seg("en", "We waited at the Gate...Nobody came.").len(), 2);
}

#[test]
fn news_datelines() {
    // The place, the agency and a dash open the first sentence of a report.
    let t = "DENVER, Colo. (AP) - A small plane landed on a highway on Sunday. Nobody was hurt.";
    assert_eq!(seg("en", t).len(), 2, "{:?}", seg("en", t));
    let t = "ДЕНВЕР, Колорадо. (AP) – Небольшой самолёт сел на шоссе.";
    assert_eq!(seg("ru", t).len(), 1, "{:?}", seg("ru", t));
    let t = "SALEM, Ore. -- Firefighters contained the blaze overnight.";
    assert_eq!(seg("en", t).len(), 1, "{:?}", seg("en", t));
    // Elsewhere a dash after a stop still opens a sentence.
    let t = "They drove to Paris, Texas. -- It was hot there.";
    assert_eq!(seg("en", t).len(), 2);
    let t = "He was born in Salem. (He never went back.) Then he moved.";
    assert_eq!(seg("en", t).len(), 3);
}
