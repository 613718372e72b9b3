"""Claimants, figures and scores for the wordings the thirty-third and thirty-fourth
held-out sets showed (rounds 32 and 33), and those found on reports written here, in words
not taken from the sets; later rounds are in ``test_claimants_sets_35_on.py``."""

from decimal import Decimal

import pytest

from articles.suggest import DEFAULT_THRESHOLD, score_sentences
from tests.claimant_cases import claimants


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A chamber ("палата") is a body's head.
        (
            "За рік видали 5 тисяч сертифікатів походження, повідомили в Торгово-промисловій "
            "палаті України.",
            [("Торгово-промислова палата України", "organisation")],
        ),
        # A woman's title, a body with its acronym in brackets, then her name; the acronym
        # later is that body, by its full name, and her surname after the body's own act is
        # hers.
        (
            "Експорт меду зріс на 12%, за словами президентки Української асоціації пасічників "
            "та бджолярів (УАПБ) Мирослави Коваль-Дорош. Закупівельні ціни впали на 5%, за "
            "даними УАПБ. Наступного року асоціація очікує зростання ще на 7%, сказала "
            "Коваль-Дорош.",
            [
                ("Мирослава Коваль-Дорош", "person"),
                ("Українська асоціація пасічників та бджолярів", "organisation"),
                ("Мирослава Коваль-Дорош", "person"),
            ],
        ),
        # A first name the dictionary does not know, before a hyphenated surname.
        (
            "Без світла залишилися 6 тисяч абонентів, сказав начальник міської військової "
            "адміністрації Касіян Чорновус-Ляшко.",
            [("Касіян Чорновус-Ляшко", "person")],
        ),
        # When the body warned is no part of its name.
        (
            "Український гідрометеорологічний центр ще в середу попереджав про пориви вітру до "
            "25 метрів на секунду.",
            [("Український гідрометеорологічний центр", "organisation")],
        ),
        # The object, the act, then the body that acted.
        (
            "Порушення виявила Державна аудиторська служба України, яка перевірила 40 договорів.",
            [("Державна аудиторська служба України", "office")],
        ),
        # A place inside a name its initials follow.
        (
            "About 3,000 people were displaced, according to the Integrated Support Office in "
            "Tonga (ISOT).",
            [("Integrated Support Office in Tonga", "office")],
        ),
        # A country's government by its adjective.
        (
            "The Kenyan government declared two days of mourning.",
            [("Kenyan government", "government")],
        ),
        # A trade publication is a medium.
        (
            "Output fell 8% last year, the industry publication Mining Weekly reported.",
            [("Mining Weekly", "media")],
        ),
        # A company named as one, then by its name alone.
        (
            "Forty passengers were hurt, the ferry's operator, Meridian Crossings, said. Sailings "
            "will resume on Monday, Meridian Crossings said.",
            [("Meridian Crossings", "organisation")] * 2,
        ),
        # A hyphenated country is no other country; a port's administration is a state-owned
        # operator.
        (
            "Timor-Leste exported 9,000 tonnes of coffee, the country's Ministry of Agriculture "
            "said.",
            [("Timor-Leste's Ministry of Agriculture", "office")],
        ),
        (
            "The port handled 2,400 containers, the Port Administration of Cabo Verde said.",
            [("Port Administration of Cabo Verde", "organisation")],
        ),
        # Who conceded, then said.
        (
            "Opposition leader Dario Velkovski conceded defeat on Monday but said his party would "
            "contest 3 seats.",
            [("Dario Velkovski", "person")],
        ),
    ],
)
def test_round_thirty_two_names_and_kinds(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # How many times more is the detail of what is counted beside it.
        ("The council paid up to four times the usual rate for 300 laptops.", Decimal("300")),
        (
            "До війни в селищі мешкали близько 9 тисяч людей, тепер — майже втричі менше.",
            Decimal("9000"),
        ),
        # How many times something happened is a count.
        (
            "Минулої доби ворог 57 разів обстріляв громаду, зафіксовано 140 вибухів.",
            Decimal("57"),
        ),
        # "One" in words is what a figure is per; in a toll it is the dead.
        ("Середній врожай одного вулика становить близько 25 кілограмів.", Decimal("25")),
        ("One person died and 12 were injured when the roof collapsed.", Decimal("1")),
        # A share in words is no figure; the span beside it is.
        ("He pledged to cut waiting lists by a quarter within two years.", Decimal("2")),
        # Which of a few it is, no count.
        (
            "Vava'u, the larger of the two island groups with about 14,000 people, has its own "
            "governor.",
            Decimal("14000"),
        ),
    ],
)
def test_round_thirty_two_figures(sentence, value):
    (suggestion,) = score_sentences(sentence)
    assert suggestion.figure.value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Прокуратура Черкаської області розпочала досудове розслідування за фактом аварії.",
        "Поліція Волині відкрила кримінальне провадження через порушення правил безпеки.",
        "Police in Leith have opened an investigation into the fire.",
    ],
)
def test_an_investigation_opened_is_suggested(sentence):
    (suggestion,) = score_sentences(sentence)
    assert suggestion.score >= DEFAULT_THRESHOLD
    assert "investigation" in {r.kind for r in suggestion.reasons}


@pytest.mark.parametrize(
    "sentence",
    [
        "“We waited six hours for a bus and nobody told us anything,” said Tomasz Nowik, 52, a "
        "retired driver.",
        "“Our three children slept in the car,” said Amina Saleh, who fled the town on Sunday.",
        "«Ми три дні сиділи без світла й води», — розповіла 63-річна мешканка Ніжина Віра.",
    ],
)
def test_a_passer_by_quoted_is_not_suggested(sentence):
    (suggestion,) = score_sentences(sentence)
    assert suggestion.score < DEFAULT_THRESHOLD
    assert "passer_by" in {r.kind for r in suggestion.reasons}


@pytest.mark.parametrize(
    "sentence",
    [
        # An expert and an official quoted stay suggested.
        "“Inflation will fall to 4% by June,” said Anna Berg, chief economist at Nordbank.",
        "“We have evacuated 300 people,” said Mayor Piotr Zawada, 58.",
    ],
)
def test_an_expert_or_an_official_quoted_is_no_passer_by(sentence):
    (suggestion,) = score_sentences(sentence)
    assert suggestion.score >= DEFAULT_THRESHOLD
    assert "passer_by" not in {r.kind for r in suggestion.reasons}


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # What a body had reported before.
        (
            "Як повідомляла ДСНС, рятувальники працювали на місці понад шість годин.",
            [("ДСНС", "office")],
        ),
        # A body's figures by its acronym, named in full before.
        (
            "Turnout was 52%, the Independent Electoral Commission (IEC) said. About 310,000 "
            "people were registered, IEC figures show.",
            [("Independent Electoral Commission", "office")] * 2,
        ),
        # A party described, then named by a short name of mixed case.
        (
            "Ana Lopes da Costa's party, PdS, said it would not contest 4 results.",
            [("PdS", "organisation")],
        ),
        # A state body's acronym everyone knows acts on its own, filed by its full name as
        # the labelled sets file it.
        ("МОЗ закупило 800 тисяч доз вакцини.", [("Міністерство охорони здоров'я", "office")]),
    ],
)
def test_names_found_on_reports_written_here(body, wanted):
    assert claimants(body) == wanted


def test_a_court_depriving_of_a_right_is_an_event():
    (suggestion,) = score_sentences(
        "Суд також позбавив його права керувати транспортом протягом двох років."
    )
    assert "event" in {r.kind for r in suggestion.reasons}


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A government keeps its head: a country's, a province's.
        (
            "The Seychelles government declared a state of emergency for 14 days.",
            [("Seychelles government", "government")],
        ),
        (
            "Schools will close for 3 days, the Kandahar provincial government said.",
            [("Kandahar provincial government", "government")],
        ),
        # A utility by what it trades in; its short name of an acronym and a word; "the
        # company" after it.
        (
            "Around 3,000 homes lost supply, according to Isle of Wight Water (IW Water). IW "
            "Water said 40 crews were at work. The company has opened 5 water stations.",
            [("Isle of Wight Water", "organisation")] * 3,
        ),
        # A title with "its", then the person.
        (
            "The board paid growers 9,000 shillings a kilogram this season, said its managing "
            "director, Amani Juma Khamis.",
            [("Amani Juma Khamis", "person")],
        ),
        # "the country's Statistics Division": the country named before, an office.
        (
            "Voters in Tonga went to the polls on Friday. Prices rose 7.1% in the year to "
            "October, according to the country's Statistics Division.",
            [(None, None), ("Tonga's Statistics Division", "office")],
        ),
        # An administration by its field is an agency, an office.
        (
            "About 120,000 ships are inspected a year, according to the Maritime Safety "
            "Administration.",
            [("Maritime Safety Administration", "office")],
        ),
        # A clause about a sum takes nothing from the court that acted.
        (
            "The Supreme Court of Samoa also ordered him to repay $2.1 million, the sum "
            "prosecutors said he had taken.",
            [("Supreme Court of Samoa", "office")],
        ),
        # A double surname in the genitive, its adjective part too.
        (
            "Без світла залишилися 2 тисячі осіб, сказав голова громади Тарас Веселий-Гай. За "
            "словами Веселого-Гая, пошкоджено 12 будинків.",
            [("Тарас Веселий-Гай", "person")] * 2,
        ),
        # Who did the first act, then said.
        (
            "Фахівці Державної екологічної інспекції обстежили річку і повідомили, що загинуло "
            "300 кілограмів риби.",
            [("Державна екологічна інспекція", "office")],
        ),
        # An acronym is the body whose name holds it, before any other of that head.
        (
            "У Рівному пошкоджено 14 будинків, повідомили в Головному управлінні ДСНС у "
            "Рівненській області. Ремонт доріг коштуватиме 3 млн гривень, повідомили у Службі "
            "автомобільних доріг у Рівненській області. Торік через негоду постраждали 40 "
            "будинків, за даними ДСНС.",
            [
                ("Головне управління ДСНС у Рівненській області", "office"),
                ("Служба автомобільних доріг у Рівненській області", "office"),
                ("Головне управління ДСНС у Рівненській області", "office"),
            ],
        ),
        # A study by a body named after it.
        (
            "Про те, що читають щодня, розповіли 23% опитаних, свідчить дослідження "
            "Українського інституту майбутнього.",
            [("Український інститут майбутнього", "organisation")],
        ),
        # A town of two names keeps both in its court's name.
        (
            "Вирок ухвалив Переяслав-Хмельницький міськрайонний суд Київської області. Крім "
            "того, суд конфіскував його автомобіль і заборонив йому обіймати посади 3 роки.",
            [
                (None, None),
                ("Переяслав-Хмельницький міськрайонний суд Київської області", "office"),
            ],
        ),
        # A party to a case by its role is no claimant.
        ("Обвинувачений визнав провину частково.", [(None, None)]),
    ],
)
def test_round_thirty_three_names_and_kinds(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        # "another" between the qualifier and the number.
        (
            "The agency expects the notice to stay for at least another ten days.",
            Decimal("10"),
            "at_least",
        ),
        # A share in words is no figure.
        ("Tea makes up more than half of the island's exports, the office said.", None, None),
        # (A guard: "майже половина" was no figure before either.)
        ("Майже половина продажів припадає на Львів, зазначили в асоціації.", None, None),
        # Ages: a range after "віком", the oldest's and the youngest's.
        (
            "Найчастіше хворіють жінки віком 25–40 років, зазначила лікарка Ганна Петрик.",
            None,
            None,
        ),
        (
            "«Наймолодшому з них 19 років, найстаршому — 71», — сказав прокурор Іван Гуменюк.",
            None,
            None,
        ),
    ],
)
def test_round_thirty_three_figures(sentence, value, qualifier):
    (suggestion,) = score_sentences(sentence)
    figure = suggestion.figure
    got = (figure.value, figure.qualifier) if figure else (None, None)
    assert got == (value, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "За ухилення від сплати податків йому загрожує до 8 років позбавлення волі.",
        "Under Maltese law, the offence is punishable by up to six years in prison.",
    ],
)
def test_a_prison_term_is_suggested(sentence):
    (suggestion,) = score_sentences(sentence)
    assert suggestion.score >= DEFAULT_THRESHOLD


def test_holding_a_post_is_no_embrace():
    (suggestion,) = score_sentences(
        "Суд також заборонив йому обіймати керівні посади протягом двох років."
    )
    assert "emotion" not in {r.kind for r in suggestion.reasons}
    assert suggestion.score >= DEFAULT_THRESHOLD


def test_conceding_defeat_is_an_event():
    (suggestion,) = score_sentences("Prime Minister Anote Tong conceded defeat after midnight.")
    assert "event" in {r.kind for r in suggestion.reasons}
