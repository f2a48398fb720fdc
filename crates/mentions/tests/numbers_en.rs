//! English number, date and time extraction: table tests on news-like sentences.

mod common;
use common::check_table;

#[test]
fn digits_in_every_layout() {
    check_table(
        "en",
        &[
            ("More than 500 people attended.", "gt 500"),
            ("The city has 1,000,000 residents.", "1000000"),
            ("The city has 1 000 000 residents.", "1000000"),
            ("The city has 1\u{a0}000\u{a0}000 residents.", "1000000"),
            ("Some 130,000 donors gave blood.", "about 130000"),
            ("GDP grew 1.5% last year.", "1.5 Percent"),
            ("Inflation hit 7.42 percent.", "7.42 Percent"),
            ("Inflation hit 7.42 per cent.", "7.42 Percent"),
            ("The index fell 0.3 points.", "0.3"),
            ("Temperatures dropped to -15 degrees.", "-15 Degree"),
            ("Tamil Nadu reported 2,06,737 cases.", "206737"),
            ("The bill was 1,234.56 dollars.", "1234.56 Usd"),
            ("It cost 1,500 pounds.", "1500 Gbp"),
            ("Of the 24 runners, 18 finished.", "24 | 18"),
            ("Points 3, 4 and 5 were dropped.", "3 | 4 | 5"),
            ("A margin of 0.001 seconds.", "0.001 Second"),
            ("The ratio is 3.14.", "3.14"),
            ("Page 42.", "42"),
        ],
    );
}

#[test]
fn scale_words_and_abbreviations() {
    check_table(
        "en",
        &[
            ("A deal worth 1.5 million dollars.", "1500000 Usd"),
            ("A deal worth $1.5 million.", "1500000 Usd"),
            ("A deal worth $1.5m.", "1500000 Usd"),
            ("A deal worth $1.5bn.", "1500000000 Usd"),
            ("A deal worth £8million.", "8000000 Gbp"),
            ("A deal worth €2 billion.", "2000000000 Eur"),
            ("The US debt passed $31 trillion.", "31000000000000 Usd"),
            ("Another $1 tln was proposed.", "1000000000000 Usd"),
            ("Sales of 300 thousand copies.", "300000"),
            ("Some 146 million people.", "about 146000000"),
            ("Revenue of 5 mln dollars.", "5000000 Usd"),
            ("A 5k run.", "5000"),
            ("Crowds of 3 lakh pilgrims.", "300000"),
            ("Losses of 2 crore rupees.", "20000000"),
            ("A bridge of 137m.", "137 M"),
            ("More than a thousand people.", "gt 1000"),
            ("Half a million dollars.", "500000 Usd"),
            ("Thousands of people marched.", "weak about 1000"),
            ("Millions watched the final.", "weak about 1000000"),
            ("Hundreds of thousands of people.", "weak about 100000"),
            ("Dozens of protesters.", "weak about 12"),
        ],
    );
}

#[test]
fn number_words() {
    check_table(
        "en",
        &[
            ("Eight Russians were injured.", "8"),
            ("Police detained eight people.", "8"),
            ("Two men and three women.", "2 | 3"),
            ("Twenty-five people were arrested.", "25"),
            ("Twenty five people were arrested.", "25"),
            ("One hundred and forty-three deputies voted.", "143"),
            ("A hundred people came.", "100"),
            ("A dozen eggs.", "12"),
            ("One and a half million viewers.", "1500000"),
            ("Two and a half years.", "2.5 Year"),
            ("Recovery will take one-and-a-half years.", "1.5 Year"),
            ("Nine hundred ninety-nine million dollars.", "999000000 Usd"),
            ("Five million dollars.", "5000000 Usd"),
            ("Forty days later.", "40 Day"),
            ("More than thirteen occasions.", "gt 13"),
            ("Ninety percent of respondents.", "90 Percent"),
            ("Ten percent of shares.", "10 Percent"),
            ("Seventeen players.", "17"),
            ("A year and a half.", "1.5 Year"),
            ("An hour and a half.", "1.5 Hour"),
            ("A four-year-old child.", "4 Year"),
            ("A two-day visit.", "2 Day"),
            ("Zero tolerance.", "0"),
            ("Twelve thousand five hundred tickets.", "12500"),
            ("Three hundred thousand people.", "300000"),
        ],
    );
}

#[test]
fn ordinals() {
    check_table(
        "en",
        &[
            ("The seventh case this month.", "ord 7"),
            ("The 7th case this month.", "ord 7"),
            ("The 21st attempt.", "ord 21"),
            ("The 22nd round.", "ord 22"),
            ("The 3rd quarter.", "ord 3"),
            ("The twenty-fifth session.", "ord 25"),
            ("The hundredth anniversary.", "ord 100"),
            ("For the first time.", "weak ord 1"),
            ("The second round.", "weak ord 2"),
            ("The third year in a row.", "ord 3"),
            ("World War II.", "weak ord 2"),
            ("Pope Pius XII.", "weak ord 12"),
            ("Queen Elizabeth II died.", "weak ord 2"),
        ],
    );
}

#[test]
fn approximation_words() {
    check_table(
        "en",
        &[
            ("More than 500 people.", "gt 500"),
            ("Less than 500 people.", "lt 500"),
            ("Fewer than 500 people.", "lt 500"),
            ("Over 500 people.", "gt 500"),
            ("Under 500 people.", "lt 500"),
            ("About 500 people.", "about 500"),
            ("Around 500 people.", "about 500"),
            ("Approximately 500 people.", "about 500"),
            // abbreviated, with the full stop
            ("The estate had approx. 500 tenants.", "about 500"),
            ("The chapel was built c. 1450 by monks.", "about 1450"),
            // a full stop that is no abbreviation of a phrase
            ("He lives at No. 5 Elm Street.", "5"),
            ("Roughly 500 people.", "about 500"),
            ("Some 500 people.", "about 500"),
            ("Nearly 500 people.", "nearly 500"),
            ("Almost 500 people.", "nearly 500"),
            ("At least 500 people.", "ge 500"),
            ("No more than 500 people.", "le 500"),
            ("Up to 500 people.", "le 500"),
            ("At most 500 people.", "le 500"),
            ("An estimated 500 people.", "about 500"),
            ("500 or more people.", "ge 500"),
            ("500-plus people.", "ge 500"),
            ("30-odd people came.", "about 30"),
            ("500+ people.", "ge 500"),
            ("Just over 40% of voters.", "gt 40 Percent"),
            ("Well over 3,000 votes.", "gt 3000"),
            ("In excess of $2bn.", "gt 2000000000 Usd"),
        ],
    );
}

#[test]
fn units_and_currencies() {
    check_table(
        "en",
        &[
            ("A 120 km road.", "120 Km"),
            ("A 120-kilometre road.", "120 Km"),
            ("A 120-mile trip.", "120 Mile"),
            ("30 metres high.", "30 M"),
            ("5 kg of gold.", "5 Kg"),
            ("2 million tonnes of grain.", "2000000 T"),
            ("It costs $100.", "100 Usd"),
            ("It costs 100 dollars.", "100 Usd"),
            ("It costs €100.", "100 Eur"),
            ("It costs 100 euros.", "100 Eur"),
            ("It costs £100.", "100 Gbp"),
            ("It costs 100 rubles.", "100 Rub"),
            ("It costs 100 roubles.", "100 Rub"),
            ("A 15% share.", "15 Percent"),
            ("A 15 percent share.", "15 Percent"),
            ("400 hectares of forest.", "400 Ha"),
            ("10 million barrels a day.", "10000000 Barrel"),
            ("A 10-year term.", "10 Year"),
            ("Within 24 hours.", "24 Hour"),
            ("After 15 minutes.", "15 Minute"),
            ("A span of 449 feet.", "449 Foot"),
            ("10,000 acres burned.", "10000 Acre"),
            ("Prices tripled, up 3 times.", "3 Times"),
        ],
    );
}

#[test]
fn ranges() {
    check_table(
        "en",
        &[
            ("Between 5 and 7 people.", "5-7"),
            ("From 5 to 7 people.", "5-7"),
            ("5-7 people.", "5-7"),
            ("5–7 people.", "5-7"),
            ("5 to 7 people.", "5-7"),
            ("Rates of 4.2%-4.5%.", "4.2-4.5 Percent"),
            ("Between £3million and £8million.", "3000000-8000000 Gbp"),
            ("Between 5 and 7 million.", "5000000-7000000"),
            ("From +22°C to +24°C.", "22-24 Degree"),
            ("Between 22°С and 24°С.", "22-24 Degree"),
            ("From 1989-1996 he worked there.", "1989-1996"),
            ("Two to three years.", "2-3 Year"),
            ("The 2019/2020 season.", "2019-2020"),
            ("Down 0.3-0.5 percentage points.", "0.3-0.5 PercentPoint"),
            ("October 7-10.", "date d=7 m=10 | date d=10 m=10"),
            ("7-10 October.", "date d=7 m=10 | date d=10 m=10"),
            // a change and the new level, not a range
            (
                "Wages rose by 17.3% to 73,400 rubles.",
                "17.3 Percent | 73400 Rub",
            ),
            ("Rates rose from 5% to 7 percent.", "5-7 Percent"),
        ],
    );
}

#[test]
fn dates() {
    check_table(
        "en",
        &[
            ("It happened on October 7.", "date d=7 m=10"),
            ("It happened on October 7th.", "date d=7 m=10"),
            ("It happened on 7 October.", "date d=7 m=10"),
            ("It happened on Oct. 7.", "date d=7 m=10"),
            ("It happened on Oct 7.", "date d=7 m=10"),
            ("It happened on October 7, 2023.", "date d=7 m=10 y=2023"),
            ("It happened on 7 October 2023.", "date d=7 m=10 y=2023"),
            ("It happened on 2023-10-07.", "date d=7 m=10 y=2023"),
            ("It happened on 10/7/2023.", "date d=7 m=10 y=2023 amb"),
            ("It happened on 25/12/2023.", "date d=25 m=12 y=2023"),
            ("After 9/11.", "date d=11 m=9 amb"),
            ("On the seventh of October.", "date d=7 m=10"),
            ("On the 7th of October.", "date d=7 m=10"),
            ("Today, July 26, in the city.", "date d=26 m=7"),
            ("On August 9 and 10.", "date d=9 m=8 | date d=10 m=8"),
            ("On 9 and 10 August.", "date d=9 m=8 | date d=10 m=8"),
            ("In October 2023.", "date m=10 y=2023"),
            ("In July.", "weak date m=7"),
            ("In May.", "weak date m=5"),
            ("He may come.", ""),
            ("May 5 was sunny.", "date d=5 m=5"),
            ("The March of the Living.", ""),
            ("In 2023.", "date y=2023"),
            ("Since 1991.", "date y=1991"),
            ("By 2030.", "date y=2030"),
            ("The 1990s.", "date decade=1990"),
            ("The 1960's.", "date decade=1960"),
            ("The '90s.", "date decade=90"),
            ("The nineties.", "date decade=90"),
            ("The 20th century.", "date century=20"),
            ("A 16th-century church.", "date century=16"),
            ("The twentieth century.", "date century=20"),
        ],
    );
}

#[test]
fn times() {
    check_table(
        "en",
        &[
            ("After 3 p.m.", "time 15:00"),
            ("After 3 pm.", "time 15:00"),
            ("After 3pm.", "time 15:00"),
            ("After 3 PM.", "time 15:00"),
            ("At 8am.", "time 08:00"),
            ("At 11:28 AM.", "time 11:28"),
            ("At 11:30 p.m.", "time 23:30"),
            ("At 12 a.m.", "time 00:00"),
            ("At 12 p.m.", "time 12:00"),
            ("At 15:00 GMT.", "time 15:00"),
            ("At 3:30.", "time 03:30 amb"),
            ("At 3 o'clock.", "time 03:00 amb"),
            ("At noon.", "time 12:00"),
            ("At midnight.", "time 00:00"),
            ("Until 10 a.m. (0200GMT) Monday.", "time 10:00 | time 02:00"),
        ],
    );
}

#[test]
fn not_numbers() {
    check_table(
        "en",
        &[
            ("One of the reasons is the weather.", "weak 1"),
            ("No one came.", "weak 1"),
            ("The two sides agreed.", "2"),
            ("Third, prices rose.", "weak ord 3"),
            ("Two or three boys came.", "2-3"),
            ("Five or seven votes.", "5 | 7"),
            ("A man was detained.", ""),
            ("I said it.", ""),
            ("Several hundred people.", "weak 100"),
            ("A few dozen protesters.", "weak 12"),
            ("Covid-19 cases.", "weak code 19"),
            ("The G7 summit.", "code 7"),
            ("A 5G network.", "code 5"),
            ("Flight MH17.", "code 17"),
            ("On Monday and Tuesday.", ""),
            ("Washington DC.", ""),
            ("", ""),
            ("million", ""),
            ("24/7 support.", "24 | 7"),
            ("Two-thirds of voters.", "frac 0.6666666666666666"),
            ("A third of the budget.", "frac 0.3333333333333333"),
            ("Three quarters of them.", "frac 0.75"),
            ("In the third quarter.", "ord 3"),
            ("A third-place finish.", "ord 3"),
        ],
    );
}
