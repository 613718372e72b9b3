"""Claimants in wire phrasing met on articles the rules were not written for: bodies
described, documents by their authors, relayed sources, companies, judges."""

import pytest

from articles.suggest import score_sentences
from tests.claimant_cases import claimant, claimants

# --- wire phrasing met on articles the rules were not written for ---------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "At least 9 people died, the State Emergency Secretariat said on Friday.",
            "State Emergency Secretariat",
            "office",
        ),
        (
            "The rights group Amnesty International said 40 protesters were detained.",
            "Amnesty International",
            "organisation",
        ),
        ("The monitoring group OPORA said it logged 310 violations.", "OPORA", "organisation"),
        (
            "Observers from the Organization for Security and Co-operation in Europe said "
            "the count was orderly.",
            "Organization for Security and Co-operation in Europe",
            "organisation",
        ),
        (
            "The ruling party won 88 seats, according to final results from the Central "
            "Election Commission.",
            "Central Election Commission",
            "office",
        ),
        (
            "Floods have killed 410 people since 2010, according to the Climate Risk Watch, "
            "a research group.",
            "Climate Risk Watch",
            "organisation",
        ),
        (
            "The Chamber of Commerce, however, put annual inflation at 48 percent.",
            "Chamber of Commerce",
            "organisation",
        ),
        (
            "The death toll rose to 31, the governor's office said.",
            "the governor's office",
            "office",
        ),
        (
            "A spokesperson for the European Commission said 15 million euros would be sent.",
            "European Commission",
            "organisation",
        ),
        (
            "Statistics Canada said the jobless rate rose to 6.4 percent.",
            "Statistics Canada",
            "office",
        ),
        ("The UN Security Council will meet on Monday.", "UN Security Council", "organisation"),
    ],
)
def test_bodies_in_wire_phrasing(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_a_person_before_an_apposition_without_a_title_is_the_speaker():
    (suggestion,) = score_sentences(
        "Lena Okafor, a hydrologist at Lagos State University, said the river rose 3 metres."
    )

    assert (suggestion.claimant, suggestion.claimant_kind) == ("Lena Okafor", "person")
    assert suggestion.claimant_description == "a hydrologist at Lagos State University"


def test_a_person_an_age_and_an_apposition_before_said():
    assert claimant("Tom Reyes, 52, a ferry captain, said 14 boats sank.") == (
        "Tom Reyes",
        "person",
    )


def test_told_a_medium_names_the_person_before_the_verb_not_the_medium():
    assert claimant("Two of the dead were brothers, the village's mayor, Rui Lopes, told RTP.") == (
        "Rui Lopes",
        "person",
    )


def test_a_verb_of_doing_gives_way_to_the_verb_of_saying():
    body = (
        "Malaria killed 40 people, the Directorate of Health Services (DHS) said. "
        "Hospitals admitted 1,200 patients on Monday, the directorate said."
    )

    assert claimants(body)[1] == ("Directorate of Health Services", "office")


@pytest.mark.parametrize(
    "sentence",
    [
        "A Lisbon court on Monday sentenced the former mayor to four years in prison.",
        "The body was found near the port, a military source told AFP.",
        "Police found 12 bodies, a hospital worker said.",
    ],
)
def test_unnamed_bodies_and_anonymous_sources_give_no_claimant(sentence):
    assert claimant(sentence) == (None, None)


def test_the_court_with_no_court_named_before_gives_no_claimant():
    body = (
        "A Lisbon court sentenced the former mayor to four years in prison. "
        "The court also fined him 20,000 euros."
    )

    assert claimants(body) == [(None, None), (None, None)]


def test_an_armed_group_named_as_rebels_is_military_when_it_speaks():
    body = (
        "Clashes between ADF rebels and the army killed 30 people. "
        "The ADF said it had taken 2 villages."
    )

    assert claimants(body)[1] == ("ADF", "military")


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Прокуратура Житомирської області відкрила 3 кримінальні провадження.",
            "Прокуратура Житомирської області",
            "office",
        ),
        (
            "Національний банк України у квартальному звіті знизив прогноз інфляції до 7%.",
            "Національний банк України",
            "office",
        ),
        (
            "Вищий антикорупційний суд засудив колишнього мера до шести років ув'язнення.",
            "Вищий антикорупційний суд",
            "office",
        ),
        (
            "Детективи Національного антикорупційного бюро затримали 2 посадовців.",
            "Національне антикорупційне бюро",
            "office",
        ),
        (
            "У 2024 році Transparency International оцінила Україну в 35 балів.",
            "Transparency International",
            "organisation",
        ),
        (
            "Голова правління Олександра Підгірна сказала, що банк видав 900 кредитів.",
            "Олександра Підгірна",
            "person",
        ),
        (
            "Про це повідомила речниця Повітряних сил Юлія Іваненко, додавши, що збито 30 дронів.",
            "Юлія Іваненко",
            "person",
        ),
    ],
)
def test_ukrainian_subjects_and_bodies_acting(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_the_press_service_of_the_regulator_is_the_body_the_sentence_opens_with():
    assert claimant(
        "Національний банк України підвищив облікову ставку до 15%, повідомила прес-служба "
        "регулятора."
    ) == ("Національний банк України", "office")


def test_a_ukrainian_court_alone_later_is_the_court_named_before():
    body = (
        "Вищий антикорупційний суд засудив колишнього мера до шести років ув'язнення. "
        "Суд засудив до трьох років його заступника."
    )

    assert claimants(body) == [("Вищий антикорупційний суд", "office")] * 2


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rwanda's health ministry said 26 people had died.", "Rwanda's health ministry"),
        (
            "Bangladesh's election commission put turnout at 41.8 percent.",
            "Bangladesh's election commission",
        ),
        (
            "Vietnam's General Statistics Office said output grew 6.8 percent.",
            "Vietnam's General Statistics Office",
        ),
    ],
)
def test_any_country_in_the_possessive_qualifies_the_body(sentence, name):
    assert claimant(sentence) == (name, "office")


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Президент Володимир Зеленський заявив, що Україна отримає ще дві системи.",
            "Володимир Зеленський",
            "person",
        ),
        (
            "Інфляція сповільнилася до 10,9% у річному вимірі, свідчать дані Держстату.",
            "Держстат",
            "office",
        ),
        (
            "Про це в ефірі телемарафону заявив речник Сил оборони півдня Дмитро Плетенчук, "
            "додавши, що знищено 12 човнів.",
            "Дмитро Плетенчук",
            "person",
        ),
    ],
)
def test_ukrainian_names_the_dictionary_half_knows_and_documents(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_an_honorific_and_a_surname_are_the_person_named_before():
    body = (
        "Railway Minister Ashwini Sharma told reporters that 31 people had died. "
        "Mr. Sharma said each family would receive 1 million rupees."
    )

    assert claimants(body) == [("Ashwini Sharma", "person")] * 2


# --- bodies described, documents by their authors, initials, Ukrainian references ----------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Four workers died, the FNV, the country's largest trade union, said.",
            "FNV",
            "organisation",
        ),
        (
            "Inspections fell to 212 last year, the Coastal Workers' Forum, a labour rights "
            "group, said.",
            "Coastal Workers' Forum",
            "organisation",
        ),
        (
            "Heat caused 12,700 deaths, according to an estimate by the Nordic Institute for "
            "Public Health (NIPH).",
            "Nordic Institute for Public Health",
            "organisation",
        ),
        (
            "The Danube Institute for Policy in Europe said turnout was 61 percent.",
            "Danube Institute for Policy in Europe",
            "organisation",
        ),
        (
            "The Hungarian National Bank (MNB) has held its base rate at 6.5% since May.",
            "Hungarian National Bank",
            "office",
        ),
        (
            "District Collector K. Meena Rao said 8 of the injured were in critical condition.",
            "K. Meena Rao",
            "person",
        ),
    ],
)
def test_described_bodies_authors_and_initials(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_a_document_of_a_body_named_before_is_the_body():
    body = (
        "Bulgaria's Central Election Commission said turnout was 39 percent. "
        "Seven parties passed the threshold, according to the commission's preliminary count."
    )

    assert claimants(body)[1] == ("Bulgaria's Central Election Commission", "office")


def test_the_body_said_is_the_body_named_in_the_sentence():
    assert claimant(
        "The Athletics Integrity Unit (AIU) has banned a runner for 4 years, the body said."
    ) == ("Athletics Integrity Unit", "organisation")


def test_a_figure_without_casualties_is_not_chosen_for_being_rescued():
    (suggestion,) = score_sentences(
        "The agency said 37 forest fires were burning, 11 of them in Sicily, where two "
        "villages were evacuated."
    )

    assert suggestion.figure.value == 37


@pytest.mark.parametrize(
    ("body", "index", "name", "kind"),
    [
        (
            "Загинули троє людей, повідомив начальник Сумської обласної військової "
            "адміністрації Олег Гуков. Зазначили в Сумській міській військовій адміністрації, "
            "що пошкоджено 12 будинків. За даними обласної військової адміністрації, "
            "поранено 19 людей.",
            2,
            "Сумська обласна військова адміністрація",
            "government",
        ),
        (
            "У Сумській міській військовій адміністрації повідомили про 3 загиблих. "
            "Пошкоджено 23 будинки, додали там.",
            1,
            "Сумська міська військова адміністрація",
            "government",
        ),
        (
            "Без світла залишилися 4 тисячі абонентів, повідомили в «Сумиобленерго».",
            0,
            "Сумиобленерго",
            "organisation",
        ),
        (
            "У пробах з 12 точок виявили кишкову паличку, сказала в.о. директорки центру "
            "Ірина Гнатишин.",
            0,
            "Ірина Гнатишин",
            "person",
        ),
        (
            "Окремо уряд ухвалив рішення виплатити по 6,5 тисячі гривень родинам.",
            0,
            "Кабінет Міністрів України",
            "government",
        ),
    ],
)
def test_ukrainian_references_quoted_names_and_the_cabinet(body, index, name, kind):
    assert claimants(body)[index] == (name, kind)


# --- relayed sources, companies, judges, generic officials ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Analysts at Nordic Equity Securities said the groundings could cost 900 million "
            "crowns.",
            "Nordic Equity Securities",
            "organisation",
        ),
        (
            "Rain reached 300 mm, according to the national weather service, Météo Comores.",
            "Météo Comores",
            "organisation",
        ),
        (
            "Turnout was 82%, according to the Union of Greek Teachers (OLME), which called it.",
            "Union of Greek Teachers",
            "organisation",
        ),
        (
            "Judge Maria Santos of the High Court of Lisbon said 3 firms had paid bribes.",
            "Maria Santos",
            "person",
        ),
    ],
)
def test_firms_relayed_names_and_judges_of_a_court(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 112 rail accidents, according to figures presented to parliament.",
        "A patients' association said 400 people had waited more than a year.",
        "At least 23 people were killed, railway officials said.",
    ],
)
def test_documents_without_authors_unnamed_bodies_and_officials_give_no_claimant(sentence):
    assert claimant(sentence) == (None, None)


def test_a_company_named_by_its_trade_is_the_company_and_acts_later():
    body = (
        "Budget airline Skyvia will cancel 2,300 flights, the company said on Tuesday. "
        "Skyvia cut its profit forecast to 600 million crowns."
    )

    assert claimants(body) == [("Skyvia", "organisation")] * 2


def test_a_lone_name_acting_is_nobody_unless_the_article_named_such_a_body():
    assert claimant("Mercer cut the price of his bonds by 40 percent.") == (None, None)


def test_the_un_agency_is_the_agency_named_before_not_the_un():
    body = (
        "The World Food Programme (WFP) said 2 million people needed aid. "
        "The UN agency estimated that 60% of the crop was lost."
    )

    assert claimants(body)[1] == ("World Food Programme", "organisation")


def test_a_subject_inside_a_that_clause_is_not_the_court():
    assert claimant(
        "The court heard that the scheme had run for seven years and promised 9% a year."
    ) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Експорт досяг 15,8 млн тонн, передає Укрінформ з посиланням на Державну митну службу.",
            "Державна митна служба",
            "office",
        ),
        (
            "Тоді додому повернулися 146 українців, пише «Українська правда».",
            "Українська правда",
            "media",
        ),
        ("Торік засудили п'ятьох людей, передає Суспільне Рівне.", "Суспільне Рівне", "media"),
        (
            "Це вже дев'ята атака з початку жовтня, підрахували журналісти Суспільного, "
            "нарахувавши 12 пошкоджених підстанцій.",
            "Суспільне",
            "media",
        ),
        (
            "Без світла лишилися 120 тисяч споживачів, повідомив голова Полтавської обласної "
            "військової адміністрації (ОВА) Віктор Шаповал.",
            "Віктор Шаповал",
            "person",
        ),
        (
            "«Відновлення займе 2 тижні», — сказав директор «Полтаваобленерго» Сергій Лисенко.",
            "Сергій Лисенко",
            "person",
        ),
        (
            "У Сухопутних військах, яким підпорядковані ТЦК, заявили про 3 розслідування.",
            "Сухопутні війська",
            "military",
        ),
        (
            "Без світла лишилися 40 тисяч родин, зазначили в Кременчуцькій міській раді.",
            "Кременчуцька міська рада",
            "government",
        ),
    ],
)
def test_ukrainian_relayed_sources_media_and_bodies(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_an_ukrainian_acronym_is_the_body_of_its_head_named_in_full_before():
    body = (
        "Без світла лишилися 120 тисяч споживачів, повідомив голова Полтавської обласної "
        "військової адміністрації Віктор Шаповал. Пунктів незламності 612, повідомили в ОВА."
    )

    assert claimants(body)[1] == ("Полтавська обласна військова адміністрація", "government")
