"""The shared text layer: one sentence splitter, one slug rule, one name key."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importers import derive_title
from articles.text import first_sentence, name_key, slug_base, split_sentences
from bench.suggest_eval import load_labelled


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# --- one sentence splitter ------------------------------------------------------------------

UKRAINIAN = [
    (
        "Пошкоджено лікарню на вул. Чорновола. Евакуювали 600 пацієнтів.",
        ["Пошкоджено лікарню на вул. Чорновола.", "Евакуювали 600 пацієнтів."],
    ),
    (
        "Музей на просп. Перемоги відкрився. Вхід вільний.",
        ["Музей на просп. Перемоги відкрився.", "Вхід вільний."],
    ),
    (
        "Заяву підписав О. Синєгубов. Її оприлюднили вранці.",
        ["Заяву підписав О. Синєгубов.", "Її оприлюднили вранці."],
    ),
    (
        "Понад 1,5 тис. людей вийшли на площу. Далі буде.",
        ["Понад 1,5 тис. людей вийшли на площу.", "Далі буде."],
    ),
    (
        "Збитки сягнули 2 млн. Уряд обіцяє допомогу.",
        ["Збитки сягнули 2 млн.", "Уряд обіцяє допомогу."],
    ),
    (
        "«Ми втратили все. Навіть дім», — каже Микола. Він плаче.",
        ["«Ми втратили все. Навіть дім», — каже Микола.", "Він плаче."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UKRAINIAN)
def test_ukrainian_abbreviations_initials_and_guillemets(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), UKRAINIAN)
def test_the_title_is_the_first_sentence_the_suggester_sees(text, expected):
    assert first_sentence(text) == expected[0]


def test_street_abbreviation_does_not_cut_the_title():
    body = "Дитячу лікарню на вул. Чорновола пошкоджено. Евакуювали 600 пацієнтів."

    assert derive_title(body) == "Дитячу лікарню на вул. Чорновола пошкоджено"
    assert sentences(body)[0] == "Дитячу лікарню на вул. Чорновола пошкоджено."


def test_the_title_comes_from_the_first_paragraph_and_collapses_line_breaks():
    assert first_sentence("Troops entered\nthe city. Crowds cheered.\n\nNext.") == (
        "Troops entered the city."
    )


def test_labelled_sentences_of_the_tuned_articles_are_exactly_what_the_splitter_cuts():
    for article in load_labelled():
        if article.held_out:
            continue
        labelled = article.checkworthy | article.not_checkworthy

        assert set(sentences(article.body)) == labelled, article.name


PROSE = st.lists(
    st.sampled_from(
        [*"abc XYZ АБВ абв 019.,!?\"“”«»'\u2019—-()@/\n", "\n\n", "Mr. ", "вул. ", "тис. ", "U.S. "]
    ),
    max_size=120,
).map("".join)


@settings(deadline=None)
@given(PROSE)
def test_the_first_sentence_is_a_prefix_of_the_collapsed_text(text):
    first = first_sentence(text)

    assert " ".join(text.split()).startswith(first)
    if text.strip():
        assert first


# --- one slug rule --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Віталій Кличко", "vitalii-klychko"),
        ("Міністерство охорони здоров'я", "ministerstvo-okhorony-zdorovia"),
        ("Volker Türk", "volker-turk"),
        ("Médecins Sans Frontières", "medecins-sans-frontieres"),
        ("Spain's Interior Ministry", "spains-interior-ministry"),
    ],
)
def test_slugs_are_ascii_with_cyrillic_transliterated(text, slug):
    assert slug_base(text, fallback="claimant") == slug


def test_a_long_slug_is_cut_at_a_word_boundary():
    slug = slug_base("Кількість загиблих унаслідок підриву Каховської ГЕС " * 3, fallback="x")

    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert "kilkist-zahyblykh-unaslidok-pidryvu" in slug


def test_text_without_letters_falls_back():
    assert slug_base("!!! ???", fallback="Claim") == "claim"


# --- one name key ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Volker Türk", "volker turk"),
        ("the National Police", "National  Police"),
        ("Médecins Sans Frontières", "MEDECINS SANS FRONTIERES"),
        ("Міністерство охорони здоров'я", "міністерство охорони здоров’я"),
    ],
)
def test_names_meet_without_case_diacritics_or_a_leading_the(a, b):
    assert name_key(a) == name_key(b)


def test_ukrainian_letters_with_marks_stay_distinct():
    assert name_key("Андрій") != name_key("Андріи")
    assert name_key("Їжак") != name_key("Іжак")
