//! Table tests for the name-check classes tuned on the dev set (each class both ways, ru→en
//! and en→ru, with invented sentences): what must be reported and what must stay silent.

use bitext_check::FindingKind;

mod common;

use common::table;
use FindingKind::*;

#[test]
fn quoted_russian_names_are_names() {
    // Russian quotes the names of teams, firms, ships and weapons; translations transliterate
    table(&[
        (
            "Нападающий «Спартака» забил два гола.",
            "The Spartak striker scored twice.",
            "ru",
            "en",
            &[],
        ),
        (
            "Нападающий «Спартака» забил два гола.",
            "The striker scored twice.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "Нападающий «Спартака» забил два гола.",
            "The Rostov striker scored twice.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "The Spartak striker scored twice.",
            "Нападающий «Спартака» забил два гола.",
            "en",
            "ru",
            &[],
        ),
        (
            "The Spartak striker scored twice.",
            "Нападающий «Ротора» забил два гола.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn multi_word_table_entries_with_many_base_forms() {
    // Северной Корее has a dozen candidate base forms per word; the table entry is still found
    table(&[
        (
            "Первый случай выявлен в Северной Корее.",
            "The first case was found in North Korea.",
            "ru",
            "en",
            &[],
        ),
        (
            "Первый случай выявлен в Северной Корее.",
            "The first case was found in North Macedonia.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "The first case was found in North Korea.",
            "Первый случай выявлен в Северной Корее.",
            "en",
            "ru",
            &[],
        ),
        (
            "The first case was found in North Korea.",
            "Первый случай выявлен в Северной Македонии.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn misspelt_place_against_its_adjective() {
    // the slip is looked for on the derivational stem too (Ставропольском → Ставрополь)
    table(&[
        (
            "Пожар произошел в Ставропольском крае.",
            "A fire broke out in the Stavropol Territory.",
            "ru",
            "en",
            &[],
        ),
        (
            "Пожар произошел в Ставропольском крае.",
            "A fire broke out in the Stavrobol Territory.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "A fire broke out in the Stavropol Territory.",
            "Пожар произошел в Ставропольском крае.",
            "en",
            "ru",
            &[],
        ),
        (
            "A fire broke out in the Stavropol Territory.",
            "Пожар произошел в Ставробольском крае.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn ts_written_as_ch_is_a_slip() {
    table(&[
        (
            "Тренер Цветков ушел в отставку.",
            "Coach Tsvetkov resigned.",
            "ru",
            "en",
            &[],
        ),
        (
            "Тренер Цветков ушел в отставку.",
            "Coach Chvetkov resigned.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "Coach Tsvetkov resigned.",
            "Тренер Чветков ушел в отставку.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn names_inside_hyphenated_words_are_found() {
    table(&[
        (
            "Открыты три пункта на болгарско-греческой границе.",
            "Three points on the Bulgarian-Greek border are open.",
            "ru",
            "en",
            &[],
        ),
        (
            "Historians say Mughal invaders built the fort.",
            "Историки считают, что крепость построили захватчики-моголы.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn table_demonyms_and_institutions() {
    // general facts of the exonym table: Australia / австралиец, State Department / Госдеп
    table(&[
        (
            "Australia's Robert Whittaker won the fight.",
            "Австралиец Роберт Уиттакер выиграл бой.",
            "en",
            "ru",
            &[],
        ),
        (
            "Австралиец Роберт Уиттакер выиграл бой.",
            "Australia's Robert Whittaker won the fight.",
            "ru",
            "en",
            &[],
        ),
        (
            "The State Department issued a statement.",
            "Госдеп выпустил заявление.",
            "en",
            "ru",
            &[],
        ),
        (
            "Об этом заявили в Госдепе.",
            "The State Department said so.",
            "ru",
            "en",
            &[],
        ),
    ]);
}

#[test]
fn english_vocabulary_is_translated_not_transliterated() {
    // capitalised ordinary English words (data/en-vocabulary.txt) are weak evidence; names
    // that are also words (Smith) stay names
    table(&[
        (
            "Jamie Vardy won the Golden Boot as the top scorer.",
            "Джейми Варди выиграл «Золотую бутсу» как лучший бомбардир.",
            "en",
            "ru",
            &[],
        ),
        (
            "The Red Devils finished in the top four.",
            "«Манчестер Юнайтед» финишировал в первой четверке.",
            "en",
            "ru",
            &[],
        ),
        (
            "Treasury Secretary Steven Mnuchin met Smith.",
            "Министр финансов Стивен Мнучин встретился со Смитом.",
            "en",
            "ru",
            &[],
        ),
        (
            "Treasury Secretary Steven Mnuchin met Smith.",
            "Министр финансов Стивен Мнучин встретился с коллегой.",
            "en",
            "ru",
            &[NameMissing],
        ),
        (
            "Болельщики «Манчестер Юнайтед» празднуют.",
            "The Red Devils fans celebrate.",
            "ru",
            "en",
            &[NameMissing],
        ),
    ]);
}

#[test]
fn a_match_through_ordinary_words_only_is_no_match() {
    // "Arsenal Philippe Coutinho" is one capitalised run; «Арсеналу» matching its vocabulary
    // part must not hide the misspelt Coutinho
    table(&[
        (
            "Barcelona offer Arsenal Philippe Coutinho in a swap deal.",
            "«Барселона» предложила «Арсеналу» Филиппе Коутиньо в обмен.",
            "en",
            "ru",
            &[],
        ),
        (
            "Barcelona offer Arsenal Philippe Coutinho in a swap deal.",
            "«Барселона» предложила «Арсеналу» Филиппе Коудиньо в обмен.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn russian_titles_with_lower_case_words_are_translated_titles() {
    // «Смерти вопреки» capitalises only its first word: a film title, translated
    table(&[
        (
            "Он снимался в фильме «Смерти вопреки» и в сериале «Зенит».",
            "He starred in the film Hard to Kill and the series Zenit.",
            "ru",
            "en",
            &[],
        ),
        (
            "Он снимался в фильме «Смерти вопреки».",
            "He starred in the film Hard to Kill.",
            "ru",
            "en",
            &[],
        ),
        (
            "He starred in the film Hard to Kill.",
            "Он снимался в фильме «Смерти вопреки».",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn weak_leftovers_pair_with_a_strong_name_as_a_swap() {
    // an adjective of a table entity, or a word capitalised only by its position, opposite a
    // leftover name at the same place is a swapped name
    table(&[
        (
            "Американский танк подбил другой танк.",
            "An American tank hit another tank.",
            "ru",
            "en",
            &[],
        ),
        (
            "Американский танк подбил другой танк.",
            "A Kazakhstan tank hit another tank.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "Fakhfakh resigned in July.",
            "Отставка Фахфаха произошла в июле.",
            "en",
            "ru",
            &[],
        ),
        (
            "Fakhfakh resigned in July.",
            "Отставка Тонха произошла в июле.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            // a sentence-initial common word far from the leftover name is not paired
            "Законопроект внесли в пятницу, сообщил источник.",
            "The bill was tabled on Friday, a Kremlin source said.",
            "ru",
            "en",
            &[],
        ),
    ]);
}

#[test]
fn first_names_in_iy_are_names_not_adjectives() {
    // Дмитрий, Юрий, Евгений end like adjectives but are names
    table(&[
        (
            "Дмитрий Ломсадзе стал пятым.",
            "Dmitry Lomsadze came fifth.",
            "ru",
            "en",
            &[],
        ),
        (
            "Дмитрий Ломсадзе стал пятым.",
            "Dmitry came fifth.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "Об этом сообщил Юрий Ушаков.",
            "This was reported by Yuly Ushakov.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "This was reported by Yuri Ushakov.",
            "Об этом сообщил Юлий Ушаков.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn instrumental_plural_and_conventional_spellings() {
    table(&[
        (
            "The war between Athens and Sparta lasted decades.",
            "Война между Афинами и Спартой длилась десятилетия.",
            "en",
            "ru",
            &[],
        ),
        (
            "Война между Афинами и Спартой длилась десятилетия.",
            "The war between Athens and Sparta lasted decades.",
            "ru",
            "en",
            &[],
        ),
        (
            "Kim Jong-un convened a meeting.",
            "Ким Чен Ын созвал совещание.",
            "en",
            "ru",
            &[],
        ),
        (
            "Ким Чен Ын созвал совещание.",
            "Kim Jong-un convened a meeting.",
            "ru",
            "en",
            &[],
        ),
        (
            "Уровень воды в Янцзы поднялся.",
            "The water level in the Yangtze River rose.",
            "ru",
            "en",
            &[],
        ),
        (
            "The shooting of Kenneth Murray Jr was investigated.",
            "Расследовали убийство Кеннета Мюррея-мл.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn russian_ordinary_adjectives_and_abbreviations_in_names() {
    table(&[
        (
            // -ном: prepositional of an ordinary adjective (Главный), translated
            "Путин выступил на Главном военно-морском параде.",
            "Putin spoke at the Main Naval Parade.",
            "ru",
            "en",
            &[],
        ),
        (
            // a noun in -ом keeps its name status (Лондоном)
            "Самолет пролетел над Лондоном.",
            "The plane flew over the city.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            // -истская: an ideology adjective (центрист), not a place
            "Об этом рассказал секретарь Центристской партии Михаил Корб.",
            "The secretary of the Centre Party Mihhail Korb said this.",
            "ru",
            "en",
            &[],
        ),
        (
            // МЦ next to a proper word is a translated abbreviation (medical centre)
            "Его доставили в Капанский МЦ.",
            "He was taken to the Kapan Medical Center.",
            "ru",
            "en",
            &[],
        ),
        (
            "He was taken to the Kapan Medical Center.",
            "Его доставили в Капанский МЦ.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn sentence_initial_words_that_are_no_english_words_are_names() {
    table(&[
        (
            "Pogba had been expected to leave the club.",
            "Ожидалось, что Погба покинет клуб.",
            "en",
            "ru",
            &[],
        ),
        (
            "Pogba had been expected to leave the club.",
            "Он, как ожидалось, покинет клуб.",
            "en",
            "ru",
            &[NameMissing],
        ),
        (
            // English words at sentence start stay position-capitalised
            "Protesters gathered again. Famously, nobody came. We've seen it before.",
            "Протестующие снова собрались. Как известно, никто не пришел. Мы это уже видели.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn a_russian_acronym_does_not_swallow_the_next_name() {
    table(&[
        (
            "Болельщик ЦСКА Сергей Жуков ответил.",
            "CSKA fan Sergei Zhukov responded.",
            "ru",
            "en",
            &[],
        ),
        (
            "Болельщик ЦСКА Сергей Жуков ответил.",
            "The CSKA fan responded.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "CSKA fan Sergei Zhukov responded.",
            "Болельщик ЦСКА ответил.",
            "en",
            "ru",
            &[NameMissing],
        ),
    ]);
}

#[test]
fn short_function_words_do_not_stand_in_for_a_name() {
    // India's key stem is "and": the English "and" must not count as India written as a word
    table(&[
        (
            "Следом идет Индия с 1,4 млн случаев и 33 тыс. смертей.",
            "Next comes India with 1.4 million cases and 33,000 deaths.",
            "ru",
            "en",
            &[],
        ),
        (
            "Следом идет Индия с 1,4 млн случаев и 33 тыс. смертей.",
            "Next comes with 1.4 million cases and 33,000 deaths.",
            "ru",
            "en",
            &[NameMissing],
        ),
    ]);
}

#[test]
fn a_replaced_word_of_a_two_word_name() {
    table(&[
        (
            "Отличились Рияд Марез и Рахим Стерлинг.",
            "Riyad Mahrez and Raheem Sterling stood out.",
            "ru",
            "en",
            &[],
        ),
        (
            // Рахим is a name, not an adjective in -им; the first name was replaced
            "Отличились Рияд Марез и Рахим Стерлинг.",
            "Riyad Mahrez and Podem Sterling stood out.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "Chief of Defence Staff General Bipin Rawat paid tribute.",
            "Начальник штаба обороны генерал Бипин Баат почтил память.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            "Chief of Defence Staff General Bipin Rawat paid tribute.",
            "Начальник штаба обороны генерал Бипин Рават почтил память.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn a_repeated_name_translated_once_beside_another_name() {
    table(&[
        (
            "Sydney airport and the stations in Sydney are busy.",
            "Аэропорт Сиднея и вокзалы в Сиднее загружены.",
            "en",
            "ru",
            &[],
        ),
        (
            "Sydney airport and the stations in Sydney are busy.",
            "Аэропорт Мельбурна и вокзалы в Сиднее загружены.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            // a table word in lower case is ordinary vocabulary
            "Законопроект обсудили в парламенте.",
            "The bill was debated in the Assembly.",
            "ru",
            "en",
            &[],
        ),
    ]);
}

#[test]
fn a_mis_decoded_side_names_nothing() {
    // Cyrillic read as Latin-1 cannot be compared; accented Latin names still can
    table(&[
        (
            "Prime Minister Mishustin visited Kazan and Samara.",
            "Ïðåìüåð Ìèøóñòèí ïîñåòèë Êàçàíü è Ñàìàðó.",
            "en",
            "ru",
            &[],
        ),
        (
            "Ìèíèñòð âñòðåòèëñÿ ñ Àíäðåàñîì Øóëüöåì â Àôèíàõ.",
            "The minister met Andreas Schulz in Athens.",
            "ru",
            "en",
            &[],
        ),
        (
            "The minister met Andreas Schulz in Athens.",
            "Министр встретился с Андреасом Шульцем в Салониках.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            "President João Lourenço visited Benguela.",
            "Президент посетил Бенгелу.",
            "en",
            "ru",
            &[NameMissing],
        ),
    ]);
}

#[test]
fn a_place_adjective_stands_for_its_place() {
    // Russian writes "Ростовской области" / "Рузского округа"; the translation writes the
    // place (Rostov Region, Ruza District), also right after another name
    table(&[
        (
            "Пожар начался в Белеве Тульской области вечером.",
            "The fire broke out in Belev in the Tula region in the evening.",
            "ru",
            "en",
            &[],
        ),
        (
            "Мост закрыли в Шахтах Ростовской области.",
            "The bridge was closed in Shakhty, Rostov Region.",
            "ru",
            "en",
            &[],
        ),
        (
            "Об этом сообщил глава Рузского округа.",
            "This was reported by the head of the Ruza district.",
            "ru",
            "en",
            &[],
        ),
        (
            "The bridge was closed in Shakhty, Rostov Region.",
            "Мост закрыли в Шахтах Ростовской области.",
            "en",
            "ru",
            &[],
        ),
        (
            // a dropped surname is still reported
            "На встрече выступил Сергей Жуков.",
            "Sergei spoke at the meeting.",
            "ru",
            "en",
            &[NameMissing],
        ),
    ]);
}

#[test]
fn translated_names_of_the_exonym_table() {
    // names that are translated rather than transliterated (seas, fleets, regions, parties,
    // agencies) come from the exonym table, adjectives included
    table(&[
        (
            "Учения прошли в Черноморском регионе и в Заполярье.",
            "The drills were held in the Black Sea region and in the Arctic.",
            "ru",
            "en",
            &[],
        ),
        (
            "Командующий Балтфлота встретился с представителями Святого Престола.",
            "The commander of the Baltic Fleet met representatives of the Holy See.",
            "ru",
            "en",
            &[],
        ),
        (
            "The Tory minister toured several Midwestern towns.",
            "Министр-консерватор посетил несколько городов Среднего Запада.",
            "en",
            "ru",
            &[],
        ),
        (
            "The Energy Ministry and the Hydrometeorological Center issued a warning.",
            "Минэнерго и Гидрометцентр выпустили предупреждение.",
            "en",
            "ru",
            &[],
        ),
        (
            "Корабли Северного флота вышли из Белого моря в Баренцево море.",
            "Northern Fleet ships sailed from the White Sea into the Barents Sea.",
            "ru",
            "en",
            &[],
        ),
        (
            // newspapers by their Russian abbreviations, clubs by their English ones
            "Как пишет «Ъ», сделку обсуждали в МК и в «Манчестер Юнайтед».",
            "According to Kommersant, the deal was discussed at Moskovsky Komsomolets and at Man Utd.",
            "ru",
            "en",
            &[],
        ),
        (
            "Man Utd and Man City both denied the report in Kommersant.",
            "«Манчестер Юнайтед» и «Манчестер Сити» опровергли сообщение «Ъ».",
            "en",
            "ru",
            &[],
        ),
        (
            // a translated name that is replaced is still a swap
            "The commander of the Baltic Fleet met representatives of the Holy See.",
            "Командующий Балтфлота встретился с представителями Кремля.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn polish_german_and_pinyin_spellings() {
    // spellings English keeps from the source language and Russian writes by sound
    table(&[
        (
            "Полузащитник Гжегож Шимански забил гол.",
            "Midfielder Grzegorz Szymanski scored a goal.",
            "ru",
            "en",
            &[],
        ),
        (
            "Midfielder Grzegorz Szymanski scored a goal.",
            "Полузащитник Гжегож Шимански забил гол.",
            "en",
            "ru",
            &[],
        ),
        (
            "Дамбу построили в уезде Сяньнин.",
            "The dam was built in Xianning county.",
            "ru",
            "en",
            &[],
        ),
        (
            // a changed consonant is still a misspelling
            "Midfielder Grzegorz Szymanski scored a goal.",
            "Полузащитник Гжегож Шиманкси забил гол.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn a_name_compounded_with_a_participle() {
    // "Moscow-backed", "Beijing-controlled": the name is the part before the hyphen
    table(&[
        (
            "The Beijing-controlled government rejected the plan.",
            "Контролируемое Пекином правительство отвергло план.",
            "en",
            "ru",
            &[],
        ),
        (
            "The Beijing-controlled government rejected the plan.",
            "Контролируемое Токио правительство отвергло план.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn a_first_name_replaced_by_a_name_read_on_its_own() {
    // the replacing word is a place, so the extractor reads it as a name of its own beside
    // the surviving surname
    table(&[
        (
            "Премьер-министр Михаил Мишустин открыл выставку.",
            "Prime Minister Chile Mishustin opened the exhibition.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "Secretary Jonathan Ashworth criticised the plan.",
            "Министр Румыния Эшворт раскритиковал план.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            // the first name written as a name of its own is no swap
            "Он сравнил себя с Майклом Джорданом.",
            "He compared himself to Michael Jordan.",
            "ru",
            "en",
            &[],
        ),
    ]);
}

#[test]
fn a_compound_of_ordinary_words_is_no_name() {
    table(&[
        (
            "He wore a white T-shirt and made a U-turn.",
            "Он был в белой футболке и развернулся.",
            "en",
            "ru",
            &[],
        ),
        (
            // a hyphenated name is still a name
            "He flew to Rostov-on-Don yesterday.",
            "Вчера он улетел в Краснодар.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn an_acronym_beside_a_name_may_be_spelt_out() {
    table(&[
        (
            "QB Herbert threw two touchdown passes.",
            "Квотербек Герберт сделал два тачдаун-паса.",
            "en",
            "ru",
            &[],
        ),
        (
            "A professor at UC Davis led the study.",
            "Исследование провёл профессор Калифорнийского университета в Дэвисе.",
            "en",
            "ru",
            &[],
        ),
        (
            // the word of the name must still be there
            "QB Herbert threw two touchdown passes.",
            "Квотербек Бреди сделал два тачдаун-паса.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn russian_ordinary_words_at_sentence_start_are_no_names() {
    // Власти, Число, Представители: capitalised by position, ordinary Russian words
    // (Hunspell vocabulary); a name at the start of the other sentence is no swap for them
    table(&[
        (
            "SAVANNAH, Ga. -- Authorities closed the bridge on Monday.",
            "Власти закрыли мост в понедельник.",
            "en",
            "ru",
            &[NameMissing],
        ),
        (
            "Baltimore officials closed the bridge on Monday.",
            "Власти Балтимора закрыли мост в понедельник.",
            "en",
            "ru",
            &[],
        ),
        (
            "Представители Республиканской партии считают меры недостаточными.",
            "Republican Party representatives consider the measures insufficient.",
            "ru",
            "en",
            &[],
        ),
        (
            "Number of cases in Peru tops 10,000.",
            "Число случаев в Перу превысило 10 000.",
            "en",
            "ru",
            &[],
        ),
        (
            "Brazil coronavirus cases top 10,000.",
            "Число случаев коронавируса превысило 10 000.",
            "en",
            "ru",
            &[NameMissing],
        ),
        // a surname that is also a word form (орлов) stays a name candidate
        (
            "Орлов заявил об этом в понедельник.",
            "Sokolov said this on Monday.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        // an adjective-shaped word that is no Russian word is a name (Костаная)
        (
            "Жительницу Костаная задержали за публикацию.",
            "A resident of Pavlodar was detained over a post.",
            "ru",
            "en",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn runs_of_acronyms_and_ordinary_words_are_weak() {
    // СМП РСКГ / SMP RCRS, ASIO Bill / законопроект об АСБР: acronyms get translated
    table(&[
        (
            "Гонщик выиграл этап СМП РСКГ в Казани.",
            "The driver won a round of the SMP RCRS in Kazan.",
            "ru",
            "en",
            &[],
        ),
        (
            "Critics say the ASIO Bill is particularly worrying.",
            "Критики считают законопроект об АСБР особенно тревожным.",
            "en",
            "ru",
            &[],
        ),
        // an acronym beside a place is no first name + surname (Perth CBD → центр Перта)
        (
            "Offices in Perth CBD are half empty.",
            "Офисы в деловом центре Перта наполовину пусты.",
            "en",
            "ru",
            &[],
        ),
        (
            "Offices in Perth CBD are half empty.",
            "Офисы в деловом центре Аделаиды наполовину пусты.",
            "en",
            "ru",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn a_region_and_its_city_are_no_swap() {
    // Подмосковье (the table's Moscow region) is often rendered "around Moscow"
    table(&[
        (
            "В Подмосковье продолжают закрывать свалки.",
            "Landfills continue to close in the area around Moscow.",
            "ru",
            "en",
            &[],
        ),
        (
            "В Подмосковье продолжают закрывать свалки.",
            "Landfills continue to close in the area around Kazan.",
            "ru",
            "en",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn lower_case_table_phrases_and_ise_verbs() {
    table(&[
        (
            "Two commanders recently arrived from the Middle East.",
            "Два командира недавно прибыли с ближнего востока.",
            "en",
            "ru",
            &[],
        ),
        (
            "A Ministry of Foreign Affairs spokesman declined to comment.",
            "Представитель министерства иностранных дел отказался от комментариев.",
            "en",
            "ru",
            &[],
        ),
        // a British -ise verb at sentence start is no name
        (
            "Randomised trials remain the gold standard.",
            "Рандомизированные испытания остаются золотым стандартом.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn a_name_translated_as_ordinary_words() {
    // Ettajdid (Renewal) → партия Обновления: the target has ordinary words where the name
    // was, not another name
    table(&[
        (
            "Supporters of Ettajdid rallied in the capital.",
            "Сторонники партии Обновления собрались в столице.",
            "en",
            "ru",
            &[],
        ),
        (
            "Ettajdid supporters rallied in the capital.",
            "Сторонники Обновления собрались в столице.",
            "en",
            "ru",
            &[],
        ),
        // a lone noun that is also a foreign name (картер / Carter) stays a swap
        (
            "Supporters of Ettajdid rallied in the capital.",
            "В столице собрались сторонники Картера.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            "Supporters of Ettajdid rallied in the capital.",
            "Сторонники собрались в столице.",
            "en",
            "ru",
            &[NameMissing],
        ),
    ]);
}

#[test]
fn state_abbreviations_everyday_first_names_and_ordinary_phrase_titles() {
    table(&[
        // AP datelines abbreviate US states (Ga., Calif.)
        (
            "SAVANNAH, Ga. -- Police found the car in a pond.",
            "САВАННА, Джорджия -- Полиция нашла машину в пруду.",
            "en",
            "ru",
            &[],
        ),
        (
            "FRESNO, Calif. -- Police found the car in a pond.",
            "ФРЕСНО, Калифорния -- Полиция нашла машину в пруду.",
            "en",
            "ru",
            &[],
        ),
        // Саша is Alexander's everyday form
        (
            "Потом Саша уехал в Казань.",
            "Then Alexander left for Kazan.",
            "ru",
            "en",
            &[],
        ),
        (
            "Потом Саша уехал в Казань.",
            "Then Nicholas left for Kazan.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        // a quoted phrase of ordinary words is translated (Hands Up); a quoted word alone is a
        // name as often («Зенит» / Zenit)
        (
            "Солист группы «Руки Вверх» дал концерт.",
            "The frontman of the band Hands Up gave a concert.",
            "ru",
            "en",
            &[],
        ),
        (
            "Нападающий «Зенита» забил гол.",
            "The striker scored a goal.",
            "ru",
            "en",
            &[NameMissing],
        ),
        // a table adjective stands for its entity (сенатских / Senate)
        (
            "He met Senate Republicans on Monday.",
            "В понедельник он встретился с сенатскими республиканцами.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn titles_with_american_punctuation_and_latin_acronyms_before_russian_names() {
    table(&[
        // "Wall of Moms," keeps its comma inside the quote: still a (translated) title
        (
            "Groups such as the \"Wall of Dads,\" marched in Salem.",
            "Группы вроде \"Стены Пап\" прошли маршем в Сейлеме.",
            "en",
            "ru",
            &[],
        ),
        // …and the swapped place beside it is still a swap, not the title's translation
        (
            "Groups such as the \"Wall of Dads,\" marched in Salem.",
            "Группы вроде \"Стены Пап\" прошли маршем в Тусоне.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        // a Latin acronym does not join the Russian name after it (бойце MMA Фёдоре …)
        (
            "Она рассказала о бойце MMA Александре Волкове.",
            "She spoke about the MMA fighter.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "Она рассказала о бойце MMA Александре Волкове.",
            "She spoke about the MMA fighter Alexander Volkov.",
            "ru",
            "en",
            &[],
        ),
    ]);
}

#[test]
fn state_compounds_epithets_of_god_and_greek_and_german_spellings() {
    table(&[
        // Госсуд: гос- + a listed word (суд) is ordinary vocabulary
        (
            "Теперь решение должен принять Госсуд.",
            "Now the State Court has to decide.",
            "ru",
            "en",
            &[],
        ),
        // "Almighty God" / "всемогущему Господу": an epithet, and God in any case form
        (
            "We pray to Almighty God for mercy.",
            "Мы молимся всемогущему Господу о милости.",
            "en",
            "ru",
            &[],
        ),
        // Greek th- is Russian ф-, German -hausen is -гаузен
        (
            "Экспедицию возглавил Фаддей Мюнхгаузен.",
            "The expedition was led by Thaddeus Munchhausen.",
            "ru",
            "en",
            &[],
        ),
        (
            "Экспедицию возглавил Фаддей Мюнхгаузен.",
            "The expedition was led by Thaddeus Rosenberg.",
            "ru",
            "en",
            &[NameMismatch],
        ),
    ]);
}

#[test]
fn proper_nouns_in_adjective_like_forms_and_loose_derived_words() {
    table(&[
        // Пензой (instrumental of Пенза, a proper noun of the dictionary) is a name, not an
        // ordinary adjective
        (
            "В пекарне под Пензой начался пожар.",
            "A fire started in a bakery near Penza.",
            "ru",
            "en",
            &[],
        ),
        (
            "В пекарне под Пензой начался пожар.",
            "A fire started in a bakery near Tula.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        // a word that merely contains the name's sounds after an added vowel (agreement) does
        // not stand for it (German); a derived word without the name's w does (уотфордская)
        (
            "Договор между Ватиканом и Германией подписан давно.",
            "The agreement between the Vatican and Italy was signed long ago.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "Watford's habit of changing managers has run out of road.",
            "Уотфордская привычка менять тренеров себя исчерпала.",
            "en",
            "ru",
            &[],
        ),
    ]);
}

#[test]
fn one_word_of_a_person_name_dropped() {
    table(&[
        (
            // the surname of a three-word name lost, the first names kept
            "Посол Мохаммад Али Хашеми прибыл в Женеву.",
            "Ambassador Mohammad Ali arrived in Geneva.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "Minister Mohammad Ali Hashemi arrived in Geneva.",
            "Министр Мохаммад Али прибыл в Женеву.",
            "en",
            "ru",
            &[NameMissing],
        ),
        (
            // the first name lost, the surname kept
            "Интервью с Дэниелом Крейгом выйдет в пятницу.",
            "The interview with Craig comes out on Friday.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "She told Tom Hanley about the plan on his show.",
            "Она рассказала Хэнли о плане в его передаче.",
            "en",
            "ru",
            &[NameMissing],
        ),
        (
            // a short first name is not found in a longer word that starts like it
            "She told Rob Hanley about the plan on his show.",
            "Она рассказала Хэнли о плане в его передаче, работая.",
            "en",
            "ru",
            &[NameMissing],
        ),
        (
            // both words kept
            "She told Tom Hanley about the plan on his show.",
            "Она рассказала Тому Хэнли о плане в его передаче.",
            "en",
            "ru",
            &[],
        ),
        (
            // the lost word is a name of its own in the target
            "Голы забили Жоао Феликс и Кевин де Брейне.",
            "Joao and Felix scored, as did Kevin De Bruyne.",
            "ru",
            "en",
            &[],
        ),
        (
            // the first word is an ordinary word or an acronym in a case form, not a first name
            "Так считает сотрудник Губернатора Курской области.",
            "So thinks an official of the Kursk governor.",
            "ru",
            "en",
            &[],
        ),
        (
            "Так считает чиновник британского МИДа Бентли.",
            "So thinks the British Foreign Office official Bentley.",
            "ru",
            "en",
            &[],
        ),
    ]);
}

#[test]
fn a_name_matched_only_through_ordinary_words_is_unmatched() {
    // "Club" is vocabulary: it accounts for «Клуб», not for the person's name after it
    table(&[
        (
            "Клуб Карло Анчелотти вышел в финал.",
            "Club reached the final.",
            "ru",
            "en",
            &[NameMissing],
        ),
        (
            "Клуб Карло Анчелотти вышел в финал.",
            "Carlo Ancelotti's club reached the final.",
            "ru",
            "en",
            &[],
        ),
    ]);
}

#[test]
fn a_word_of_a_two_word_name_replaced_below_the_near_miss_band() {
    table(&[
        (
            "Министр Ахмед Карими выступил в Тегеране.",
            "Minister Farid Karimi spoke in Tehran.",
            "ru",
            "en",
            &[NameMismatch],
        ),
        (
            "Minister Ahmed Karimi spoke in Tehran.",
            "Министр Фарид Карими выступил в Тегеране.",
            "en",
            "ru",
            &[NameMismatch],
        ),
        (
            "Minister Ahmed Karimi spoke in Tehran.",
            "Министр Ахмед Карими выступил в Тегеране.",
            "en",
            "ru",
            &[],
        ),
    ]);
}
