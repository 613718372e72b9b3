"""Claimants and figures for the wordings the twenty-fifth and later held-out sets showed
(round 24 on), in words not taken from the sets."""

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
