"""Claimants and figures for the wordings the twenty-third and later held-out sets showed
(round 22 on), in words not taken from the sets."""

from decimal import Decimal

import pytest

from articles.suggest import score_sentences
from tests.claimant_cases import claimants


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # Names with "du" and their acronyms, then the acronym alone.
        (
            "Électricité du Cameroun (EDC), the state utility, said 12 towns had no power. "
            "Tariffs will rise by 6% from May, EDC said.",
            [("Électricité du Cameroun", "organisation")] * 2,
        ),
        (
            "The Commission de Régulation du Secteur Bancaire (CRSB) said 4 banks had failed "
            "its checks. The CRSB said it had fined 3 lenders.",
            [("Commission de Régulation du Secteur Bancaire", "office")] * 2,
        ),
        # An acronym after a place's name and a comma is who said it.
        (
            "Volunteers were searching the valley as far north as Trashi Yangtse, the NCHM said "
            "on Monday.",
            [("NCHM", "organisation")],
        ),
        # Quoted by a newspaper: whoever spoke, not the paper.
        (
            "A district official quoted by the newspaper Kathmandu Post said the river had risen "
            "by about 3 metres.",
            [(None, None)],
        ),
        (
            "Health Minister Ana Costa, quoted by the Lusa news agency, said 12 people had died.",
            [("Ana Costa", "person")],
        ),
        # "the" before a two-word name: a body or a paper, no person.
        (
            "Observers from the Caribbean Community (CARICOM) said 2% of polling stations "
            "opened late.",
            [("Caribbean Community", "organisation")],
        ),
        (
            "The Windhoek Guardian reported that the party had spent more than $2 million.",
            [("Windhoek Guardian", "media")],
        ),
    ],
)
def test_round_twenty_two_names_quotes_and_mastheads(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # Forecasters of a named centre: the centre.
        (
            "Синоптики Львівського регіонального центру з гідрометеорології попередили, що "
            "пориви вітру сягнуть 25 метрів за секунду.",
            [("Львівський регіональний центр з гідрометеорології", "organisation")],
        ),
        # "За словами міністра": the minister named before.
        (
            "Запаси становлять 9 млрд гривень, заявив міністр фінансів Петро Коваль. За словами "
            "міністра, на ремонт витратили 2 млрд гривень.",
            [("Петро Коваль", "person")] * 2,
        ),
        # What a company is, then its name in Latin letters.
        (
            "Ціни зросли на 7%, підрахували в аналітичній компанії Kyiv Analytics.",
            [("Kyiv Analytics", "organisation")],
        ),
        # A man the verb was done to (his accusative is his genitive), then "у відомстві".
        (
            "Служба безпеки України затримала жителя Ніжина у 2025 році. Чоловіка визнали "
            "винним у держзраді, уточнили у відомстві.",
            [("Служба безпеки України", "office")] * 2,
        ),
    ],
)
def test_round_twenty_two_ukrainian_forecasters_ministers_and_objects(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        # An amount in a currency no rule knows, before its conversion in brackets.
        (
            "The minister announced relief of Nu 200,000 ($2,300) for each family that lost a "
            "member.",
            Decimal("200000"),
            "exact",
        ),
        # A term after a long description of who was sentenced; a legal maximum.
        (
            "The court on Monday sentenced Jean Muller, 52, a former treasurer of the football "
            "club Union Sportive Esch, to 40 months in prison, 20 of them suspended.",
            Decimal("40"),
            "exact",
        ),
        (
            "Fraud is punishable by up to five years in prison and a fine of up to €1 million.",
            Decimal("5"),
            "at_most",
        ),
        # A station's number is its name; a month's year is a date; "приблизно через".
        (
            "Рух потягів через станцію Павлоград-1 на дві години зупинили, повідомили в "
            "«Укрзалізниці».",
            Decimal("2"),
            "exact",
        ),
        (
            "Другий удар стався приблизно через 15 хвилин після першого, повідомили в поліції.",
            Decimal("15"),
            "about",
        ),
        (
            "З березня 2024 по січень 2025 року чоловік продав 40 тонн бурштину, повідомили в "
            "поліції.",
            Decimal("40"),
            "exact",
        ),
    ],
)
def test_round_twenty_two_figures(sentence, value, qualifier):
    (suggestion,) = score_sentences(sentence)
    assert (suggestion.figure.value, suggestion.figure.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "Later on Monday" before who said it.
        (
            "The Disaster Management Authority (DMA) said 9 people had died. Later on Monday the "
            "DMA said a boy had died in hospital, bringing the death toll to ten.",
            [("Disaster Management Authority", "office")] * 2,
        ),
        # Researchers at a university, then "a study by the university".
        (
            "The region has the most dengue cases in the country, according to researchers at "
            "the University of Malawi. A study by the university found that dengue killed 140 "
            "people between 2015 and 2025.",
            [("University of Malawi", "organisation")] * 2,
        ),
        # A firm or a paper, then what it is, then the verb.
        (
            "Analysts at Zambezi Capital Partners, a Lusaka investment firm, estimate that "
            "copper will make up about 70% of exports.",
            [("Zambezi Capital Partners", "organisation")],
        ),
        (
            "The Lusaka Chronicle, the state-owned newspaper, reported that 2,100 miners had "
            "lost their jobs.",
            [("Lusaka Chronicle", "media")],
        ),
        # A title, the name, and "has" before the verb.
        (
            "The Green Party's leader, Anna Kerr, has promised to build 300 homes.",
            [("Anna Kerr", "person")],
        ),
        # Where a court sits is no part of its name.
        (
            "Malta's Criminal Court in Valletta on Monday sentenced Paul Vella, 49, to 5 years in "
            "prison. The court said 12 of his clients had lost their savings.",
            [("Malta's Criminal Court", "office")] * 2,
        ),
    ],
)
def test_round_twenty_three_times_researchers_appositions_and_courts(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A body acting since the start of the year; a body in its report.
        (
            "Державна служба України з лікарських засобів та контролю за наркотиками з початку "
            "року перевірила 640 аптек.",
            [("Державна служба України з лікарських засобів та контролю за наркотиками", "office")],
        ),
        (
            "Національний банк України в квітневому інфляційному звіті прогнозував, що інфляція "
            "сповільниться до 7,5%.",
            [("Національний банк України", "office")],
        ),
        # The outlet named before counted it.
        (
            "Ціни зросли на 10%, пише «Економічна правда». Середня вартість курсу становить "
            "близько 150 гривень, підрахувало видання.",
            [("Економічна правда", "media")] * 2,
        ),
    ],
)
def test_round_twenty_three_ukrainian_bodies_and_outlets(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # People before animals; the fatal part of the cases counted.
        (
            "In the Mafeteng district three herders and more than 60 cattle were killed by "
            "lightning, the authority said.",
            Decimal("3"),
        ),
        (
            "Iraq has recorded 212 confirmed cases of measles since March, 14 of them fatal, the "
            "ministry said.",
            Decimal("14"),
        ),
        # A span of years is a date; a half belongs to its number; a currency's letter.
        (
            "The court found that between 2016 and 2023 he had moved the money in 37 payments.",
            Decimal("37"),
        ),
        ("It sentenced him to four and a half years in prison.", Decimal("4.5")),
        ("Two and a half million people voted on Sunday.", Decimal("2500000")),
        ("The government would pay M3,000 (about $170) to each family.", Decimal("3000")),
        # One in three, one in five.
        (
            "Найчастіше призначали амоксицилін — його виписували в кожному третьому рецепті, за "
            "даними служби.",
            Decimal("3"),
        ),
        ("Вона розповіла, що кожен п'ятий кліщ був заражений бореліями.", Decimal("5")),
    ],
)
def test_round_twenty_three_figures(sentence, value):
    (suggestion,) = score_sentences(sentence)
    assert suggestion.figure.value == value
