"""Claimants in the wordings the tenth to fourteenth held-out sets' misses taught (rounds 9
to 13), each in words not taken from the sets."""

import pytest

from tests.claimant_cases import claimant, claimants

# --- round nine: what the tenth held-out set's misses taught --------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # A name whose complement lists its fields.
        (
            "Nine patients died this year, Japan's Ministry of Health, Labour and Welfare said.",
            "Japan's Ministry of Health, Labour and Welfare",
            "office",
        ),
        # A description opening the sentence.
        (
            "Drugmaker Kessel Pharma said it would raise output by 20%.",
            "Kessel Pharma",
            "organisation",
        ),
        # A regulator named after its description acts and says.
        (
            "Chile's mining regulator Sernageomin closed the pit and said 14 workers had "
            "been evacuated.",
            "Sernageomin",
            "office",
        ),
        # A multiword company before its which-aside.
        (
            "Baltic Reefer Lines, which was sold in 2023, said it had 12 ships at sea.",
            "Baltic Reefer Lines",
            "organisation",
        ),
        # A body's head before the rest of its name, and anti-corruption agencies are offices.
        (
            "The National Agency Against Corruption said it had opened 31 cases.",
            "National Agency Against Corruption",
            "office",
        ),
        # Bare police: which police, the sentence does not say.
        ("Another 12 people were injured, police said.", None, None),
    ],
)
def test_round_nine_names_descriptions_and_police(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_an_acronym_s_data_and_the_company_operating_a_vehicle():
    body = (
        "GDP fell 0.4%, the Czech Statistical Office (CZSO) said. Prices rose 2.1%, according "
        "to CZSO data published on Friday.\n\n"
        "The ferry, operated by Adriatic Lines, carried 320 people, according to the passenger "
        "list published by the company."
    )

    assert claimants(body)[1:] == [
        ("Czech Statistical Office", "office"),
        ("Adriatic Lines", "organisation"),
    ]


def test_the_region_s_own_directorate():
    body = (
        "A landslide buried 14 homes in Peru's Cusco region on Monday, the regional health "
        "directorate said."
    )

    assert claimants(body) == [("Cusco regional health directorate", "office")]


def test_ukrainian_headquarters_federations_guillemet_heads_pollsters_and_named_bodies():
    body = (
        "Україна повернула 500 тіл, повідомили в Координаційному штабі з питань поводження з "
        "військовополоненими.\n\n"
        "Виробництво зросло на 5%, повідомили в асоціації «Укрцукор». Експорт скоротився на "
        "12%, зазначили в асоціації.\n\n"
        "Вартість перевезень зросла до 40 доларів, пише видання з посиланням на дані "
        "Федерації роботодавців України.\n\n"
        "Згідно з опитуванням, яке оприлюднив Фонд Кучеріва, 41% українців довіряють армії."
    )

    assert claimants(body) == [
        ("Координаційний штаб з питань поводження з військовополоненими", "office"),
        ("Укрцукор", "organisation"),
        ("Укрцукор", "organisation"),
        ("Федерація роботодавців України", "organisation"),
        ("Фонд Кучеріва", "organisation"),
    ]


# --- round ten: what the eleventh held-out set's misses taught ------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # Unnamed state media name nobody.
        ("State media reported that 14 more bodies had been found.", None, None),
        # An honorific's full stop inside an according-to.
        (
            "Cases doubled to 900, according to Dr. Amina Sow, who leads the response.",
            "Amina Sow",
            "person",
        ),
        # A report published on a day by a described medium.
        (
            "Turnout was 71%, according to results published late on Sunday by public "
            "broadcaster Yle.",
            "Yle",
            "media",
        ),
        # A participle aside between a body and its verb.
        (
            "The Patriotic Front (PF), founded by exiled officers in 2022, said 40 fighters "
            "had been killed.",
            "Patriotic Front",
            "organisation",
        ),
        # A statistics body is an office, whatever its head.
        (
            "Inflation slowed to 3.1%, the national statistics agency ELSTAT said.",
            "ELSTAT",
            "office",
        ),
        # A company by its rank in a trade.
        (
            "Nordlaks, Norway's second-largest salmon farmer, said exports fell 12%.",
            "Nordlaks",
            "organisation",
        ),
    ],
)
def test_round_ten_media_asides_statistics_and_trades(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_a_named_person_s_title_and_the_broadcaster_and_its_acronym_later():
    body = (
        "The Greens won 12 seats, according to results published by public broadcaster "
        "Rúv Iceland (RUV). Turnout was 78%, the broadcaster said. According to RUV, 21 "
        "women were elected. Greens leader Anna Sigurdardottir, 47, a former teacher, told "
        "reporters she would seek talks with 2 parties."
    )

    assert claimants(body) == [
        ("Rúv Iceland", "media"),
        ("Rúv Iceland", "media"),
        ("Rúv Iceland", "media"),
        ("Anna Sigurdardottir", "person"),
    ]


def test_ukrainian_companies_after_their_role_listed_ministries_and_hyphenated_heads():
    body = (
        "Найбільший виробник цукру в країні, компанія «Астарта», заявила, що підвищить ціни "
        "на 8%.\n\n"
        "Експорт зерна зріс на 12%, повідомили в Міністерстві економіки, довкілля та "
        "сільського господарства.\n\n"
        "Щороку понад 2 тисячі людей помирають від раку, за даними Національного "
        "канцер-реєстру України."
    )

    assert claimants(body) == [
        ("Астарта", "organisation"),
        ("Міністерство економіки, довкілля та сільського господарства", "office"),
        ("Національний канцер-реєстр України", "organisation"),
    ]


# --- round eleven: what the twelfth held-out set's misses taught ----------------------------


def test_round_eleven_bodies_acting_later_districts_and_operators():
    body = (
        "A stampede killed 11 people at a fair in India's Puri district on Sunday, police said. "
        "The Odisha State Disaster Management Authority (OSDMA) later raised the toll to 14. "
        "About 400 officers were deployed, according to the district administration.\n\n"
        "Revenue fell 19%, the Panama Canal Authority (PCA) said.\n\n"
        "The court jailed three men, in what officials called the largest case in a decade."
    )

    assert claimants(body)[1:] == [
        ("Odisha State Disaster Management Authority", "office"),
        ("Puri district administration", "government"),
        ("Panama Canal Authority", "organisation"),
        (None, None),
    ]


def test_ukrainian_places_analysts_of_firms_and_an_outlet_s_own_survey():
    body = (
        "Торік у Польщі зафіксували 12 таких випадків, повідомили в Міністерстві "
        "закордонних справ.\n\n"
        "Аналітики інвестиційної компанії «Рось Інвест» очікують зростання ВВП на 3%.\n\n"
        "Середня зарплата становить 3 500 доларів, пише DOU з посиланням на власне "
        "опитування."
    )

    assert claimants(body) == [
        ("Міністерство закордонних справ", "office"),
        ("Рось Інвест", "organisation"),
        ("DOU", "media"),
    ]


# --- round twelve: what the thirteenth held-out set's misses taught -------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Hesse Landesbank said profits rose 12%.", "Hesse Landesbank", "organisation"),
        (
            "Dr. Ana Ruiz, chief virologist at the national institute, told reporters that 300 "
            "samples had tested positive.",
            "Ana Ruiz",
            "person",
        ),
        (
            "Over 900 suspects are under investigation, according to Lower Saxony's interior "
            "ministry, whose police lead the inquiry.",
            "Lower Saxony's interior ministry",
            "office",
        ),
        (
            "Turnout was 44%, the lowest since Malta joined the EU, according to the Electoral "
            "Commission.",
            "Electoral Commission",
            "office",
        ),
    ],
)
def test_round_twelve_banks_titles_places_and_clauses_of_time(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_a_court_spokeswoman_speaks_for_the_court():
    body = (
        "The Hamburg Regional Court on Monday jailed a banker for six years. It also ordered "
        "the confiscation of 3 million euros, a court spokeswoman said."
    )

    assert claimants(body)[1] == ("Hamburg Regional Court", "office")


def test_ukrainian_complements_the_parliament_lone_staff_and_owners():
    body = (
        "Виробництво зросло на 4%, повідомили в Національній асоціації виробників молока "
        "України. Цього року в асоціації очікують 9 млн тонн.\n\n"
        "Торік Верховна Рада підвищила штраф до 17 тисяч гривень.\n\n"
        "Прокурори вимагали 8 років позбавлення волі.\n\n"
        "На заводі, який належить компанії «Миронівський хлібопродукт», заявили, що збитки "
        "сягають 40 млн гривень."
    )

    assert claimants(body) == [
        ("Національна асоціація виробників молока України", "organisation"),
        ("Національна асоціація виробників молока України", "organisation"),
        ("Верховна Рада", "government"),
        (None, None),
        ("Миронівський хлібопродукт", "organisation"),
    ]


# --- round thirteen: what the fourteenth held-out set's misses taught -----------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # An emergency operations centre is no agency: a centre, an organisation.
        (
            "Cases rose to 52, the National Emergency Operations Centre said.",
            "National Emergency Operations Centre",
            "organisation",
        ),
        # A chain opening the sentence, before its which-aside.
        (
            "Retail chain Kita Foods, which runs 120 stores, said it would limit sales.",
            "Kita Foods",
            "organisation",
        ),
    ],
)
def test_round_thirteen_centres_and_chains(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_a_ukrainian_company_in_guillemets_before_a_relative_aside():
    sentence = (
        "На підприємстві «Західвугілля», якому належить шахта, заявили, що родинам виплатять "
        "по 300 тисяч гривень."
    )

    assert claimant(sentence) == ("Західвугілля", "organisation")
