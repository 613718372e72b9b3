"""Claimants and figures for the wordings the twenty-fifth and later held-out sets showed
(rounds 24 and 25), in words not taken from the sets."""

from decimal import Decimal

import pytest

from articles.suggest import score_sentences
from tests.claimant_cases import claimants


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A month before the body that said it names nobody.
        (
            "The ministry said 3 people died. Health teams handed out 40,000 bed nets since "
            "October, the ministry said.",
            [("the ministry", "office")] * 2,
        ),
        # What a body is, with "and" inside it, then its name.
        (
            "The national chamber of coffee growers and exporters, Cafecol, said rainfall had "
            "been 30% above normal.",
            [("Cafecol", "organisation")],
        ),
        # Broadcasters.
        (
            "Two women were elected, the Gibraltar Broadcasting Corporation (GBC) reported.",
            [("Gibraltar Broadcasting Corporation", "media")],
        ),
        ("Fares rose by 8%, BBC Wales reported.", [("BBC Wales", "media")]),
        # "said Kerr had …": what was said of Kerr, by the judge before; "Lady" is no name.
        (
            "The judge, Lady Morrison, said Kerr had shown no remorse and had spent 2 million "
            "pounds.",
            [("Morrison", "person")],
        ),
        # A study nobody is named for; a body's report.
        (
            "A study published in 2021 estimated that 40 million more people could be at risk.",
            [(None, None)],
        ),
        (
            "The WHO's latest world health report counted 12,000 cases in 2024.",
            [("WHO", "organisation")],
        ),
    ],
)
def test_round_twenty_four_months_descriptions_broadcasters_and_reports(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A title with a ministry's listed fields, then the name; later the surname alone.
        (
            "Заступник міністра економіки, довкілля та сільського господарства Денис Бабенко "
            "заявив, що дефіциту гречки немає. Уряд компенсує до 50% вартості насіння, "
            "повідомив Бабенко.",
            [("Денис Бабенко", "person")] * 2,
        ),
        # What the outlet is, then its name in guillemets.
        (
            "Експорт впав на 20%, пише агентство «АПК-Інформ».",
            [("АПК-Інформ", "media")],
        ),
    ],
)
def test_round_twenty_four_ukrainian_titles_and_outlets(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        # A company's name with a number in it counts nothing.
        (
            "Its operator, the city-owned company ZET'86, said the line had passed its inspection.",
            None,
            None,
        ),
        # An age told with "було"; "менше" alone; a new level after a dash; a period in words.
        (
            "Серед загиблих — 15-річний хлопець і сусідка, якій було 73 роки, уточнили в "
            "прокуратурі.",
            None,
            None,
        ),
        ("Гречка займає менше 1% посівних площ України.", Decimal("1"), "less_than"),
        (
            "Гречана крупа за рік подорожчала на 46% — до 78 гривень за кілограм, повідомили в "
            "Держстаті.",
            Decimal("78"),
            "exact",
        ),
        (
            "Посівні площі під гречкою за п'ять років зменшилися майже вдвічі — до 61 тисячі "
            "гектарів, підрахувала компанія.",
            Decimal("61000"),
            "exact",
        ),
        # An infant's age in months.
        (
            "Міністерство пропонує включити щеплення до календаря для дітей віком 12 місяців.",
            None,
            None,
        ),
        # A first in ten years counts them.
        (
            "Кількість нових випадків зменшилася вперше за десять років, нагадує видання.",
            Decimal("10"),
            "exact",
        ),
    ],
)
def test_round_twenty_four_figures(sentence, value, qualifier):
    (suggestion,) = score_sentences(sentence)
    figure = suggestion.figure
    got = (figure.value, figure.qualifier) if figure else (None, None)
    assert got == (value, qualifier)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # What a body is, hyphenated, before its name; then what it is after the name.
        (
            "The state-owned Andean Copper Corporation (ACC), the country's sole producer, said "
            "output would reach 900,000 tonnes.",
            [("Andean Copper Corporation", "organisation")],
        ),
        # "The opposition …", and a short name in brackets before "… and said".
        (
            "The opposition Civic Renewal Party (CRP) rejected the count and said 300 ballots "
            "were missing.",
            [("Civic Renewal Party", "organisation")],
        ),
        # A body's data "show"; official figures are nobody's.
        (
            "Coffee prices rose 14% in a month, the International Coffee Organization's data show.",
            [("International Coffee Organization", "organisation")],
        ),
        ("Official figures show that 212 people died.", [(None, None)]),
        ("According to official results, the mayor won 52%.", [(None, None)]),
        # A listed name with its short name in brackets, then "has warned".
        (
            "The Chilean Association of Architects, Planners and Builders (ACAPB) has warned "
            "that 40% of bridges need repairs.",
            [("Chilean Association of Architects, Planners and Builders", "organisation")],
        ),
        # A university acting.
        (
            "Lisbon University cancelled 120 lectures after the fire.",
            [("Lisbon University", "organisation")],
        ),
        # What the body is, then its name with "the".
        (
            "The country's police, the Garda Síochána, said 14 people were arrested.",
            [("Garda Síochána", "office")],
        ),
        (
            "The island's financial intelligence unit, FIU-Malta, said it had frozen 3 million "
            "euros.",
            [("FIU-Malta", "office")],
        ),
        # A trade show by its full name.
        (
            "About 900 boats visit each year, according to the Malta Sailing Show.",
            [("Malta Sailing Show", "organisation")],
        ),
        # A broadcaster introduced as one stays one.
        (
            "Turnout was 61%, the public broadcaster KTN reported. Counting ended at 2 a.m., "
            "KTN said.",
            [("KTN", "media")] * 2,
        ),
        # A short form inside the full name said before.
        (
            "Storms killed 9 people, the Malawi Red Cross Society said. The Red Cross said 3,000 "
            "homes were flooded.",
            [("Malawi Red Cross Society", "organisation")] * 2,
        ),
        # Ukrainian: "пообіцяв" is a verb of saying; a company's acronym and its name; a body's
        # acronym and its region.
        (
            "Кожна родина отримає по 50 тисяч гривень, пообіцяв голова громади Петро Литвинчук.",
            [("Петро Литвинчук", "person")],
        ),
        (
            "Без світла залишилися 9 тисяч абонентів, повідомили в ДТЕК Одеські електромережі.",
            [("ДТЕК Одеські електромережі", "organisation")],
        ),
        (
            "Загинули двоє людей, повідомили в ДСНС Полтавщини.",
            [("ДСНС Полтавщини", "office")],
        ),
    ],
)
def test_round_twenty_five_names_and_kinds(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        # "top", "exceed": more than.
        (
            "The harvest would top 5 million tonnes, the ministry said.",
            Decimal("5000000"),
            "more_than",
        ),
        ("Fines can exceed €50,000 for each breach.", Decimal("50000"), "more_than"),
        # "over three days" that the thing took place in: during them.
        ("The summit took place over two days in Geneva.", Decimal("2"), "exact"),
        ("The strike lasted for over three weeks, the union said.", Decimal("3"), "more_than"),
        # A range of ages is no figure.
        ("Most patients were aged 20 to 29, the agency said.", None, None),
        # Ukrainian: "приблизно до".
        (
            "Виробництво зерна впало приблизно до 40 мільйонів тонн, повідомили в міністерстві.",
            Decimal("40000000"),
            "about",
        ),
        # Then and now: the level now.
        (
            "До війни в селі жили понад 3 тисячі людей, тепер — лише 600, розповів староста.",
            Decimal("600"),
            "exact",
        ),
    ],
)
def test_round_twenty_five_figures(sentence, value, qualifier):
    (suggestion,) = score_sentences(sentence)
    figure = suggestion.figure
    got = (figure.value, figure.qualifier) if figure else (None, None)
    assert got == (value, qualifier)


def test_round_twenty_five_a_range_of_sums_from_a_number_that_could_be_a_year():
    (suggestion,) = score_sentences(
        "Ремонт коштує від 1900 до 2500 гривень, підрахували в асоціації."
    )
    figure = suggestion.figure

    assert (figure.value, figure.low, figure.high) == (None, Decimal("1900"), Decimal("2500"))
