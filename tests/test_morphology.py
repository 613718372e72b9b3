"""Ukrainian word forms: names and bodies in the nominative, number words with their values."""

import pytest

from articles.morphology import name_part, nominative_name, nominative_phrase, numeral_values


@pytest.mark.parametrize(
    ("words", "case", "nominative"),
    [
        (("Ляшка",), "gent", ("Ляшко",)),
        (("Прокудіна",), "gent", ("Прокудін",)),
        (("Віктора", "Ляшка"), "gent", ("Віктор", "Ляшко")),
        (("Юлії", "Свириденко"), "gent", ("Юлія", "Свириденко")),
        (("Миколі", "Сольському"), "datv", ("Микола", "Сольський")),
        (("Юлія", "Свириденко"), None, ("Юлія", "Свириденко")),
        (("Олег", "Синєгубов"), None, ("Олег", "Синєгубов")),
    ],
)
def test_a_name_goes_to_the_nominative(words, case, nominative):
    assert nominative_name(words, case) == nominative


@pytest.mark.parametrize(
    ("words", "case", "nominative"),
    [
        (
            "Державній службі з надзвичайних ситуацій",
            "loct",
            "Державна служба з надзвичайних ситуацій",
        ),
        ("Національної поліції", "gent", "Національна поліція"),
        (
            "Національному антикорупційному бюро України",
            "loct",
            "Національне антикорупційне бюро України",
        ),
        ("Міністерстві внутрішніх справ", "loct", "Міністерство внутрішніх справ"),
        ("Центрі громадського здоров'я", "loct", "Центр громадського здоров'я"),
        ("Повітряні сили ЗСУ", None, "Повітряні сили ЗСУ"),
    ],
)
def test_a_body_goes_to_the_nominative_keeping_its_complements(words, case, nominative):
    assert " ".join(nominative_phrase(tuple(words.split()), case)) == nominative


@pytest.mark.parametrize(
    ("word", "value"),
    [("три", 3), ("трьома", 3), ("четверо", 4), ("шестеро", 6), ("двох", 2), ("шести", 6),
     ("сорока", 40), ("двохсот", 200), ("п'ятьма", 5)],
)  # fmt: skip
def test_number_words_in_any_case(word, value):
    assert numeral_values()[word] == value


@pytest.mark.parametrize(
    ("word", "part"),
    [("Олег", "first"), ("Синєгубов", "surname"), ("Іванович", "patronymic"), ("Харкова", "")],
)
def test_parts_of_a_name(word, part):
    assert name_part(word) == part
