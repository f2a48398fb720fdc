//! Throughput of `Segmenter::segment` on ≥10 MB of generated Russian and English text.
//!
//! `cargo bench -p bitext-segment --bench throughput`
//!
//! Two kinds of text (all sentences invented for this bench):
//!
//! * `dense`: every sentence carries abbreviations, initials, dates or quotes — a stress test
//!   with a decision every dozen characters (the original bench text).
//! * `news`: news-like articles — a headline line, paragraphs separated by single line breaks,
//!   about one sentence in eight with an abbreviation, numbers, quotes and dashes as in real
//!   reporting.

use std::time::Instant;

use bitext_segment::Segmenter;

const RU_DENSE: &[&str] = &[
    "В 1916 г. Самым известным трудом проф. Иванова стала книга о войне.",
    "Рост составил 1,5 %, т. е. примерно 3 млн руб. за год.",
    "— Куда ты идёшь? — спросил он.",
    "Встреча прошла на ул. Тверской, д. 5, в г. Москве…",
    "В. В. Путин и Д. С. Песков прибыли в Казань 07.10.2023.",
    "Правда?! Не может быть!",
    "Он сказал: «Я приду завтра вечером».",
];
const EN_DENSE: &[&str] = &[
    "Mr. Smith met Dr. Jones at 5 p.m. in the U.S. capital.",
    "The firm was founded by Acme Inc. It grew fast.",
    "Prices rose 3.14% on 07.10.2023, e.g. for bread, milk, etc.",
    "\"Stop!\" he shouted. Nobody listened...",
    "The book by J. R. R. Tolkien sold well in the 1950s.",
    "Really?! Yes, really.",
];

const RU_HEADLINES: &[&str] = &[
    "Власти города утвердили новый план развития транспорта",
    "Цены на жильё в регионе выросли второй квартал подряд",
    "Сборная завоевала бронзу на чемпионате Европы",
    "Синоптики предупредили о сильном ветре в выходные",
];
const RU_NEWS: &[&str] = &[
    "Городская администрация представила программу развития общественного транспорта до 2030 года.",
    "По словам чиновников, в ближайшие пять лет на линии выйдут более 300 новых автобусов и трамваев.",
    "Стоимость проекта оценивается в 48 млрд рублей, часть средств выделит федеральный бюджет.",
    "«Мы хотим, чтобы дорога до работы занимала не больше сорока минут», — заявил заместитель мэра.",
    "Жители окраин давно жалуются на переполненные маршруты и долгие интервалы движения.",
    "Эксперты считают, что без выделенных полос новые автобусы будут стоять в тех же пробках.",
    "Первые изменения пассажиры почувствуют уже весной.",
    "Средняя цена квадратного метра на вторичном рынке достигла 187 тыс. руб.",
    "Аналитики связывают рост с удорожанием ипотеки и нехваткой новых проектов.",
    "В пригородах спрос сместился к небольшим квартирам площадью до 40 кв. м.",
    "Застройщики, впрочем, не спешат снижать цены и предлагают покупателям рассрочку.",
    "Банк России на прошлой неделе сохранил ключевую ставку на уровне 16 %.",
    "Решающий матч завершился со счётом 3:1 в пользу хозяев площадки.",
    "Главный тренер команды назвал эту победу лучшей за последние годы.",
    "Нападающий сборной забил два мяча и был признан игроком матча.",
    "Болельщики встречали команду в аэропорту с флагами и песнями.",
    "Следующий турнир пройдёт в сентябре в Праге.",
    "Днём воздух прогреется до +18…+20 °C, ночью ожидается до +9 °C.",
    "Ветер северо-западный, 7–12 м/с, местами порывы до 20 м/с.",
    "Жителей просят не оставлять автомобили под деревьями и рекламными щитами.",
    "По данным МЧС, аварийные бригады переведены в режим повышенной готовности.",
    "Как сообщили в пресс-службе ведомства, пострадавших нет.",
    "Накануне в Госдуме прошло первое чтение законопроекта о платформенной занятости.",
    "Документ, в частности, обязывает сервисы доставки страховать курьеров.",
    "Почему это важно?",
    "Представители отрасли опасаются, что новые правила приведут к росту цен для клиентов.",
    "Окончательное решение депутаты примут до конца осенней сессии.",
    "Выставка продлится до 15 декабря, вход для школьников бесплатный.",
];
const EN_HEADLINES: &[&str] = &[
    "City council approves new transport plan",
    "Home prices rise for second straight quarter",
    "National team takes bronze at European championship",
    "Forecasters warn of strong winds this weekend",
];
const EN_NEWS: &[&str] = &[
    "The city council on Tuesday approved a plan to overhaul public transport by 2030.",
    "Officials said more than 300 new buses and trams would enter service over the next five years.",
    "The project is expected to cost $1.2 billion, part of which will come from the federal budget.",
    "\"We want nobody to spend more than forty minutes getting to work,\" the deputy mayor said.",
    "Residents of outlying districts have long complained about crowded routes and long waits.",
    "Experts warn that without dedicated lanes the new buses will sit in the same traffic jams.",
    "Passengers should see the first changes in the spring.",
    "The average price per square foot in the resale market reached $412, according to the report.",
    "Analysts link the rise to more expensive mortgages and a shortage of new projects.",
    "Demand in the suburbs has shifted toward smaller apartments of under 450 sq. ft.",
    "Developers, however, are in no hurry to cut prices and are offering installment plans instead.",
    "The Federal Reserve kept its benchmark rate unchanged at its meeting last week.",
    "The decisive match ended 3-1 in favour of the home side.",
    "The head coach called it the team's best win in years.",
    "The striker scored twice and was named player of the match.",
    "Fans greeted the team at the airport with flags and songs.",
    "The next tournament will be held in Prague in September.",
    "Daytime temperatures will reach 18-20 °C, falling to 9 °C at night.",
    "Northwesterly winds of 15-25 mph are expected, with gusts of up to 45 mph.",
    "Residents are asked not to park cars under trees or billboards.",
    "Emergency crews have been placed on high alert, Mr. Collins told reporters.",
    "No injuries were reported, a spokesperson for the agency said.",
    "Lawmakers on Wednesday passed the first reading of a bill on gig work.",
    "Among other things, the bill requires delivery services to insure their couriers.",
    "Why does it matter?",
    "Industry representatives fear the new rules will drive up prices for customers.",
    "A final vote is expected before the end of the autumn session.",
    "The exhibition runs until Dec. 15, and admission is free for students.",
];

/// Sentences in a fixed pseudo-random order, separated by spaces and now and then a blank line.
fn build_dense(sents: &[&str], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 256);
    let mut i = 0usize;
    while s.len() < bytes {
        s.push_str(sents[i % sents.len()]);
        i = i.wrapping_mul(31).wrapping_add(7) % 1009;
        s.push_str(if i % 13 == 0 { "\n\n" } else { " " });
    }
    s
}

/// Articles: a headline, then paragraphs of 2–5 sentences, one paragraph per line.
fn build_news(headlines: &[&str], sents: &[&str], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 1024);
    let mut i = 0usize;
    let mut next = || {
        i = i.wrapping_mul(1_103_515_245).wrapping_add(12_345) % (1 << 31);
        i >> 8
    };
    while s.len() < bytes {
        s.push_str(headlines[next() % headlines.len()]);
        s.push('\n');
        for _ in 0..3 + next() % 4 {
            for k in 0..2 + next() % 4 {
                if k > 0 {
                    s.push(' ');
                }
                s.push_str(sents[next() % sents.len()]);
            }
            s.push('\n');
        }
        s.push('\n');
    }
    s
}

fn run(name: &str, label: &str, lang: &str, text: &str) {
    let seg = Segmenter::new(lang);
    let chars = text.chars().count() as f64;
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..5 {
        let t = Instant::now();
        n = std::hint::black_box(seg.segment(std::hint::black_box(text)).count());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{name} {label}: {:.1} MB, {n} sentences, {:.1} M chars/s (best of 5)",
        text.len() as f64 / 1e6,
        chars / best / 1e6
    );
}

fn main() {
    let ru = build_dense(RU_DENSE, 12_000_000);
    let en = build_dense(EN_DENSE, 12_000_000);
    run("dense", "ru", "ru", &ru);
    run("dense", "en", "en", &en);
    run("dense", "ru+en (ru rules)", "ru", &format!("{ru}\n\n{en}"));
    let ru = build_news(RU_HEADLINES, RU_NEWS, 12_000_000);
    let en = build_news(EN_HEADLINES, EN_NEWS, 12_000_000);
    run("news", "ru", "ru", &ru);
    run("news", "en", "en", &en);
    run("news", "ru+en (ru rules)", "ru", &format!("{ru}\n\n{en}"));
}
