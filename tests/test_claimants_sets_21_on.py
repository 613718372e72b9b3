"""Claimants for the wordings the twenty-second and later held-out sets showed (round 21 on),
in words not taken from the sets."""

from decimal import Decimal

import pytest

from articles.suggest import score_sentences
from tests.claimant_cases import claimants


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A one-word short name in brackets, longer than an acronym, and then alone.
        (
            "The Institute for Seismic Studies (Seismonitoring) said 12 tremors were recorded "
            "overnight. Seismonitoring has warned that aftershocks could shake the valley for "
            "2 more weeks.",
            [("Institute for Seismic Studies", "organisation")] * 2,
        ),
        # A company named after what it makes, then by the first word of its name.
        (
            "A court jailed a former engineer at Taoyuan-based chipmaker Lumora Microsystems for "
            "six years. Lumora said in a statement that it now checks every file its 9,000 "
            "employees copy.",
            [("Lumora Microsystems", "organisation")],
        ),
        # An office of the UN is the UN's; a news agency is a medium.
        (
            "More than 40 journalists were detained last year, according to the Office of the "
            "UN High Commissioner for Human Rights (OHCHR).",
            [("Office of the UN High Commissioner for Human Rights", "organisation")],
        ),
        (
            "Police found 3 tonnes of cocaine in the port, the Caspian News Agency (CNA) reported.",
            [("Caspian News Agency", "media")],
        ),
    ],
)
def test_round_twenty_one_short_names_companies_and_kinds(body, wanted):
    assert claimants(body)[-len(wanted) :] == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A ministry whose name lists its fields, then "the ministry".
        (
            "Fishing around the lake was halted on Monday, 10 days earlier than usual, the "
            "Ministry of Environment, Water Resources and Climate said. The ministry said 2,000 "
            "boats had been registered.",
            [("Ministry of Environment, Water Resources and Climate", "office")] * 2,
        ),
        # A name and its acronym, then what it is.
        (
            "The Kenyan Federation of Tea and Coffee Growers (KFTCG), the main growers' body, "
            "said costs had risen by 30% in a year.",
            [("Kenyan Federation of Tea and Coffee Growers", "organisation")],
        ),
        # Results announced on a day by a body; observers from an economic community.
        (
            "The ruling party won 41 of the 70 seats, according to results announced on Friday "
            "by the Independent Electoral Commission (IEC).",
            [("Independent Electoral Commission", "office")],
        ),
        (
            "Observers from the Economic Community of West African States (ECOWAS) said 3% of "
            "polling stations opened late.",
            [("Economic Community of West African States", "organisation")],
        ),
        # An outlet citing the figures of a body named before.
        (
            "The Independent Electoral Commission said turnout was 58%. The ruling party's share "
            "was 51.2%, the news agency Pana reported, citing the commission's figures.",
            [("Independent Electoral Commission", "office")] * 2,
        ),
    ],
)
def test_round_twenty_one_listed_fields_appositions_results_and_citing(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # The public broadcaster noting, with and without guillemets.
        (
            "Це вже п'ятий такий вирок цього року, зазначає Суспільне Полтава.",
            [("Суспільне Полтава", "media")],
        ),
        (
            "Це вже шостий такий вирок цього року, зазначає «Суспільне Суми».",
            [("Суспільне Суми", "media")],
        ),
        # A time before the body that acts.
        (
            "Того ж дня Шосткинський районний суд засудив 40-річного жителя до 5 років.",
            [("Шосткинський районний суд", "office")],
        ),
        (
            "Цього року управління СБУ в Сумській області затримало 14 людей, повідомили в "
            "пресслужбі управління.",
            [("Управління СБУ в Сумській області", "office")],
        ),
        # The one it was done to, then "у відомстві": the agency named before, not the court.
        (
            "Служба безпеки України затримала жительку Ніжина у 2025 році. Ніжинський "
            "міськрайонний суд засудив її до 12 років. Жительку визнали винною в державній "
            "зраді, уточнили у відомстві.",
            [
                ("Служба безпеки України", "office"),
                ("Ніжинський міськрайонний суд", "office"),
                ("Служба безпеки України", "office"),
            ],
        ),
    ],
)
def test_round_twenty_one_ukrainian_outlets_times_and_agencies(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A long title before the name and the verb.
        (
            "Начальниця управління освіти і науки Полтавської обласної військової адміністрації "
            "Ірина Гнатюк заявила, що 12 шкіл перейшли на дистанційне навчання.",
            [("Ірина Гнатюк", "person")],
        ),
        # An outlet told, then who told it.
        (
            "Ціни на олію зростуть на 5%, розповіла «Латифундисту» аналітикиня агенції Ольга "
            "Бойко.",
            [("Ольга Бойко", "person")],
        ),
        # A ministry whose name lists its fields, acting.
        (
            "Міністерство культури, молоді та спорту оцінює втрати галузі в 5 млрд гривень.",
            [("Міністерство культури, молоді та спорту", "office")],
        ),
        # The executive committee of a town council governs.
        (
            "Навчання у трьох школах перевели в дистанційний формат, повідомили у виконавчому "
            "комітеті Уманської міської ради.",
            [("Виконавчий комітет Уманської міської ради", "government")],
        ),
    ],
)
def test_round_twenty_one_ukrainian_titles_outlets_told_and_councils(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "the report": the report of the first body the article quoted.
        (
            "Poverty fell to 30.1% in the first half, the Social Research Observatory of the "
            "University of Lima said. Inflation slowed to 4% in October, according to the "
            "National Institute of Statistics. Rents rose faster than wages for most of the "
            "year, the report found.",
            [
                ("Social Research Observatory of the University of Lima", "organisation"),
                ("National Institute of Statistics", "office"),
                ("Social Research Observatory of the University of Lima", "organisation"),
            ],
        ),
        # A town's military administration, named in full before, then by its head alone.
        (
            "Загинули двоє людей, повідомили в Ізюмській міській військовій адміністрації. "
            "Міська військова адміністрація оголосила 5 грудня днем жалоби.",
            [("Ізюмська міська військова адміністрація", "government")] * 2,
        ),
    ],
)
def test_round_twenty_one_reports_and_town_administrations(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # The crews sent and their machines are the means; how long they fought is the claim.
        (
            "Гасили пожежу понад чотири години, до ліквідації залучали 45 рятувальників і 11 "
            "одиниць техніки.",
            Decimal("4"),
        ),
        # With nothing else counted, the crews stand.
        (
            "До ліквідації наслідків залучали 75 рятувальників і 19 одиниць техніки, повідомили "
            "в ДСНС.",
            Decimal("75"),
        ),
        # Beside the dead, the crews are a detail.
        (
            "Загинули троє людей, до ліквідації пожежі залучали 40 рятувальників.",
            Decimal("3"),
        ),
    ],
)
def test_crews_sent_to_a_scene_are_not_the_figure(sentence, wanted):
    (suggestion,) = score_sentences(sentence)
    assert suggestion.figure.value == wanted
