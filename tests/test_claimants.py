"""Claimants as a newsroom names them: bodies, people, references, generic groups."""

import pytest

from articles.claimants import attributions, speaker_en, speaker_uk
from articles.models import ClaimantKind
from articles.suggest import score_sentences
from tests.claimant_cases import claimant, claimants

# --- bodies ---------------------------------------------------------------------------------


def test_a_body_keeps_its_full_name_and_its_acronym_becomes_an_alias():
    (suggestion,) = score_sentences(
        "Floods killed 12 people, the Civil Protection Directorate (DGPC) said on Monday."
    )

    assert suggestion.claimant == "Civil Protection Directorate"
    assert suggestion.claimant_kind == ClaimantKind.OFFICE
    assert suggestion.claimant_aliases == ("DGPC",)


def test_the_acronym_alone_later_is_the_same_body():
    body = (
        "Floods killed 12 people, the Civil Protection Directorate (DGPC) said. "
        "The DGPC said 300 homes were flooded."
    )

    assert claimants(body) == [("Civil Protection Directorate", ClaimantKind.OFFICE)] * 2


def test_an_acronym_spelled_out_elsewhere_is_matched_by_its_initials():
    body = (
        "Vaccines came from the World Health Organization's stockpile. "
        "The WHO said the risk of 40 more cases remained high."
    )

    assert claimants(body)[1] == ("World Health Organization", ClaimantKind.ORGANISATION)


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The National Police said 14 people were arrested.", "National Police", "office"),
        ("The African Union said 30 observers were deployed.", "African Union", "organisation"),
        (
            "Rain will reach 80 millimetres, the Meteorological Institute said.",
            "Meteorological Institute",
            "organisation",
        ),
        (
            "The Rapid Support Forces said 56 of its fighters had been killed.",
            "Rapid Support Forces",
            "military",
        ),
        ("The IG Metall union said 120 plants would strike.", "IG Metall", "organisation"),
        (
            "Doctors Without Borders put the toll at 226, higher than the official figure.",
            "Doctors Without Borders",
            "organisation",
        ),
        (
            "The Bundesbank, however, said in its monthly report that output would shrink.",
            "Bundesbank",
            "office",
        ),
    ],
)
def test_bodies_are_named_in_full_with_their_kind(sentence, name, kind):
    assert claimant(sentence) == (name, kind)


def test_a_possessive_country_qualifies_the_body_so_two_ministries_stay_two():
    body = (
        "Spain's Interior Ministry said 40 people were evacuated. "
        "Greece's interior ministry said 12 people were missing."
    )

    (spain, _), (greece, _) = claimants(body)

    assert spain == "Spain's Interior Ministry"
    assert greece == "Greece's interior ministry"


def test_the_possessive_of_an_organisation_is_not_kept():
    sentence = (
        "Observers from the OSCE's Office for Democratic Institutions and Human Rights (ODIHR) "
        "said 12 polling stations had irregularities."
    )

    assert claimant(sentence) == (
        "Office for Democratic Institutions and Human Rights",
        ClaimantKind.ORGANISATION,
    )


@pytest.mark.parametrize("head", ["service", "authority", "bureau", "ministry", "observatory"])
def test_the_service_said_is_the_body_named_before(head):
    name = f"National Weather {head.title()}"
    body = f"The {name} said 40 people died. The {head} said 12 more were missing."

    assert claimants(body)[1][0] == name


def test_the_union_said_is_the_organisation_named_before():
    body = (
        "The Irish Nurses and Midwives Organisation (INMO) said 612 patients were waiting. "
        "The union said the official figure understated the pressure."
    )

    assert claimants(body)[1] == ("Irish Nurses and Midwives Organisation", "organisation")


# --- people ---------------------------------------------------------------------------------


def test_a_title_goes_to_the_description_not_into_the_name():
    (suggestion,) = score_sentences("Defence Minister Rustem Umerov said 5 drones were downed.")

    assert suggestion.claimant == "Rustem Umerov"
    assert suggestion.claimant_kind == ClaimantKind.PERSON
    assert suggestion.claimant_description == "Defence Minister"


def test_a_surname_later_is_the_same_person():
    body = (
        "Defence Minister Rustem Umerov said 5 drones were downed. Umerov said 12 more were jammed."
    )

    assert claimants(body) == [("Rustem Umerov", "person")] * 2


def test_she_said_is_the_person_named_in_the_previous_sentence():
    body = "Mayor Ana Lopes said the flood damaged 120 homes. She said 300 homes had no power."

    assert claimants(body) == [("Ana Lopes", "person")] * 2


def test_un_rights_chief_is_a_person_not_the_un():
    (suggestion,) = score_sentences(
        "UN rights chief Volker Türk said at least 40 civilians were killed."
    )

    assert (suggestion.claimant, suggestion.claimant_kind) == ("Volker Türk", "person")
    assert suggestion.claimant_description == "UN rights chief"


def test_an_apposition_after_the_name_is_the_description():
    (suggestion,) = score_sentences(
        "Dr. Amina Nhantumbo, the provincial health director, said 18 patients died."
    )

    assert suggestion.claimant == "Amina Nhantumbo"
    assert suggestion.claimant_description == "the provincial health director"


def test_an_age_in_apposition_does_not_hide_the_speaker():
    assert claimant("Opava's mayor, Tomáš Navrátil, 49, said 80 percent of the town flooded.") == (
        "Tomáš Navrátil",
        "person",
    )


def test_said_after_a_name_and_an_age_names_the_person_not_the_next_word():
    assert claimant("Ivan Petrenko, 72, said the shelling began at dawn.") == (
        "Ivan Petrenko",
        "person",
    )


# --- nobody identifiable --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said 12 schools were closed.",
        "Local officials put the number of destroyed homes at more than 200.",
        "Authorities said 3 investigations had been opened.",
        "Residents said 40 houses were flooded.",
        "Experts said the peak would come within two weeks.",
        "Prosecutors say the contract inflated prices by 1.2 billion hryvnias.",
        "Посадовці заявили, що обстріл тривав три години.",
        "Мешканці розповіли, що чули 5 вибухів.",
        "Експерти вважають, що гривня знецінюватиметься.",
        "Місцева влада закликала 300 людей не пити воду з-під крана.",
    ],
)
def test_generic_groups_give_no_claimant(sentence):
    assert claimant(sentence) == (None, None)


def test_a_generic_attribution_still_counts_as_one():
    (attribution,) = attributions("Officials said 12 schools were closed.")

    assert attribution.speaker.generic


# --- Ukrainian ------------------------------------------------------------------------------


def test_reported_by_a_title_and_a_name_after_the_verb():
    (suggestion,) = score_sentences(
        "Внаслідок обстрілу загинули троє людей, повідомив голова обласної військової "
        "адміністрації Іван Федоров."
    )

    assert (suggestion.claimant, suggestion.claimant_kind) == ("Іван Федоров", "person")
    assert suggestion.claimant_description == "голова обласної військової адміністрації"


def test_za_yoho_slovamy_is_the_person_named_before():
    body = (
        "Внаслідок обстрілу загинули троє людей, повідомив голова ОВА Іван Федоров. "
        "За його словами, ще 12 людей дістали поранення."
    )

    assert claimants(body)[1] == ("Іван Федоров", "person")


def test_a_surname_after_a_dash_and_later_is_the_person_in_the_nominative():
    body = (
        "«Ми евакуювали 40 людей», — сказала Іваненко. "
        "Голова громади Марія Іваненко заявила, що збитки сягають 2 млн гривень. "
        "Іваненко додала, що виплатять по 50 тисяч гривень."
    )

    assert claimants(body) == [("Марія Іваненко", "person")] * 3


def test_a_name_in_the_genitive_after_za_slovamy_is_filed_in_the_nominative():
    body = "Сергій Лисак заявив, що загинули 5 людей. За словами Лисака, ще двоє зникли безвісти."

    assert claimants(body) == [("Сергій Лисак", "person")] * 2


def test_a_body_in_the_locative_is_filed_in_the_nominative():
    assert claimant(
        "Кількість загиблих зросла до 14, повідомили в Міністерстві внутрішніх справ."
    ) == ("Міністерство внутрішніх справ", "office")


def test_za_danymy_with_a_body_in_the_genitive():
    assert claimant("За даними Національної поліції, поранення дістали 82 людини.") == (
        "Національна поліція",
        "office",
    )


def test_a_body_named_first_then_its_service():
    body = "Рятувальники ДСНС врятували 77 людей, однак двоє з них померли, повідомили в службі."

    assert claimant(body) == ("ДСНС", "office")


def test_za_yikhnimy_slovamy_is_the_body_named_before():
    body = (
        "Повітряні сили ЗСУ повідомили, що Росія випустила 38 ракет. "
        "За їхніми словами, удар наносили, зокрема, ракетами «Кинджал»."
    )

    assert claimants(body) == [("Повітряні сили ЗСУ", "military")] * 2


def test_a_ukrainian_acronym_resolves_to_the_name_given_before():
    body = (
        "Національний банк України повідомив, що резерви зросли до 40 млрд доларів. "
        "Міжнародні резерви становили 42,3 млрд доларів, повідомили в НБУ."
    )

    assert claimants(body)[1] == ("Національний банк України", "office")


@pytest.mark.parametrize(
    ("who", "case", "name"),
    [
        ("Ляшка", "gent", "Ляшко"),
        ("Віктора Ляшка", "gent", "Віктор Ляшко"),
        ("Юлії Свириденко", "gent", "Юлія Свириденко"),
        (
            "в Державній службі з надзвичайних ситуацій",
            None,
            "Державна служба з надзвичайних ситуацій",
        ),
        ("Держлікслужби", "gent", "Держлікслужба"),
    ],
)
def test_ukrainian_names_go_to_the_nominative(who, case, name):
    assert speaker_uk(who, case).name == name


def test_a_title_in_the_genitive_is_described_in_the_nominative():
    (suggestion,) = score_sentences(
        "За словами міністра охорони здоров'я Віктора Ляшка, вакцин вистачить на 3 місяці."
    )

    assert suggestion.claimant == "Віктор Ляшко"
    assert suggestion.claimant_description == "міністр охорони здоров'я"


def test_english_speaker_without_anybody_named():
    assert speaker_en("one Kherson resident").name is None


def test_a_lone_article_as_speaker_names_nobody_and_breaks_nothing():
    # Generated or garbled text ("The said…") once made the split view answer 500.
    body = (
        "The said 12 people died on Monday. The added that 3 were injured, The said.\n\n"
        '"Forty people died," The said.'
    )

    assert claimants(body) == [(None, None), (None, None), (None, None)]
