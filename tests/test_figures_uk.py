"""Figures read from Ukrainian prose: number words, multipliers, decimal commas, qualifiers."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.figures import extract_figures
from articles.figures_uk import is_ukrainian

D = Decimal

# phrase, value (or (low, high)), qualifier, unit
PHRASINGS = [
    ("росіяни випустили три ракети", D(3), "exact", "ракети"),
    ("атакували Харків трьома керованими авіабомбами", D(3), "exact", "керованими авіабомбами"),
    ("загинули четверо людей", D(4), "exact", "людей"),
    # Collective numerals past ten, which the dictionary lacks.
    ("загинули чотирнадцятеро людей", D(14), "exact", "людей"),
    ("поранено одинадцятьох людей", D(11), "exact", "людей"),
    ("підозру отримали ще шестеро людей", D(6), "exact", "людей"),
    ("двоє медиків загинули", D(2), "exact", "медиків"),
    ("загинули двадцять п'ять людей", D(25), "exact", "людей"),
    ("виділить по 50 тисяч гривень", D(50000), "exact", "гривень"),
    ("застава в 107 млн гривень", D(107000000), "exact", "гривень"),
    ("без світла 1,5 млн людей", D(1500000), "exact", "людей"),
    ("резерви становили 42,3 млрд доларів", D(42300000000), "exact", "доларів"),
    ("зарплата становила 21 тисячу гривень", D(21000), "exact", "гривень"),
    ("евакуювали понад 2,5 тисячі людей", D(2500), "more_than", "людей"),
    ("Понад 1,5 тис. людей вийшли на площу", D(1500), "more_than", "людей"),
    ("загинули щонайменше 27 людей", D(27), "at_least", "людей"),
    ("пошкоджено понад 100 автомобілів", D(100), "more_than", "автомобілів"),
    ("залишилися близько 700 тисяч людей", D(700000), "about", "людей"),
    ("приблизно 40 будинків", D(40), "about", "будинків"),
    ("до 15 людей можуть бути під завалами", D(15), "at_most", "людей"),
    ("кількість загиблих зросла до шести", D(6), "exact", ""),
    # A doubling "to" a number gives the new value, no upper bound.
    ("кількість випадків подвоїлася — до 640", D(640), "exact", ""),
    ("інфляція прискорилася до 7,5%", D("7.5"), "exact", "%"),
    ("ставка 13 відсотків", D(13), "exact", "%"),
    ("не менше ніж 40 людей", D(40), "at_least", "людей"),
    ("майже вдвічі більше", D(2), "about", "разів"),
    ("сягнула 1\u00a0240", D(1240), "exact", ""),
    ("втратила ще 1\u202f230 військових", D(1230), "exact", "військових"),
    ("від 10 до 15 людей", (D(10), D(15)), "exact", "людей"),
    ("10–15 людей", (D(10), D(15)), "exact", "людей"),
    ("десятки тисяч людей", (D(20000), D(99999)), "about", "людей"),
    ("сотні людей", (D(200), D(999)), "about", "людей"),
    ("₴300 на кожного", D(300), "exact", "гривень"),
    # A sentence's term and a change's new value are exact, however far their verb stands.
    ("суд засудив колишнього мера до шести років ув'язнення", D(6), "exact", "років"),
    ("засуджено до п'яти років позбавлення волі", D(5), "exact", "років"),
    ("видатки зростуть у наступному році до 186 млрд гривень", D(186000000000), "exact", "гривень"),
    ("банк погіршив прогноз зростання на наступний рік до 3,6%", D("3.6"), "exact", "%"),
    ("урожай сягне 61–63 млн тонн", (D(61000000), D(63000000)), "exact", "тонн"),
    # Thousands apart by a plain space, as most Ukrainian newsrooms type them.
    ("до укриттів спустилися 2 417 пасажирів", D(2417), "exact", "пасажирів"),
    ("бюджет громади становить 1 250 000 гривень", D(1250000), "exact", "гривень"),
    ("у 2025 році 150 учнів", D(150), "exact", "учнів"),
    # A floor stated before "до", and a law's maximum, are not a change's new value.
    (
        "профспілка просить підняти виплату щонайменше до 12 тисяч гривень",
        D(12000),
        "at_least",
        "гривень",
    ),
    ("за крадіжку загрожує до восьми років позбавлення волі", D(8), "at_most", "років"),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "unit"), PHRASINGS)
def test_ukrainian_figures(text, value, qualifier, unit):
    (figure,) = extract_figures(text)

    if isinstance(value, tuple):
        assert (figure.low, figure.high, figure.value) == (*value, None)
    else:
        assert figure.value == value
    assert figure.qualifier == qualifier
    assert figure.unit == unit
    assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    "text",
    [
        "резерви на 1 вересня зросли",
        "у 2022 році",
        "з 2014 року",
        "о 14:30 пролунали вибухи",
        "«Я прокинулася», — каже 67-річна пенсіонерка",
        "— сказала медсестра Оксана, 41 рік.",
        "чоловік віком 72 роки",
        "будинок № 5 на вулиці",
        "відкрили провадження за статтею 325 Кримінального кодексу",
        "за частиною 2 статті 191",
        "з початку 2026/27 маркетингового року",
        "під завалами п'ятиповерхового будинку",
        "у 2022-му",
        "12 і 13 березня оголошено днями жалоби",
        "пожежа сталася в одній із квартир",
        "вона вже третій рік чекає",
        "уламки одного з дронів упали в полі",
        "ціна бензину А-95 на заправках",
    ],
)
def test_dates_times_ages_and_labels_are_not_figures(text):
    assert extract_figures(text) == []


def test_a_move_from_one_level_to_another_gives_the_new_level_exactly():
    old, new = extract_figures("Тариф підвищили з 1,68 до 2,64 гривні за кубометр.")

    assert (old.value, new.value) == (D("1.68"), D("2.64"))
    assert new.qualifier == "exact"


def test_a_ukrainian_floor_with_vid():
    (figure,) = extract_figures("перший внесок від 15% вартості")

    assert (figure.value, figure.qualifier) == (D(15), "at_least")


def test_ukrainian_text_is_recognised_by_its_script():
    assert is_ukrainian("Загинули троє людей.")
    assert not is_ukrainian("Three people died in Kyiv (Київ).")


WORDS = st.lists(
    st.sampled_from(
        ["три", "трьома", "тисяч", "млн", "понад", "до", "1,5", "2024", "року", "%", "—",
         "людей", "гривень", "12", "\u00a0", " ", ",", ".", "вересня", "від", "-"]
    ),
    max_size=30,
).map(" ".join)  # fmt: skip


def test_a_verb_of_exceeding_states_a_floor():
    (figure,) = extract_figures("Борг компанії перевищив 3,2 млрд гривень.")

    assert (figure.value, figure.qualifier) == (D(3200000000), "more_than")


def test_a_year_joined_to_a_word_is_no_figure():
    (figure,) = extract_figures("На форум «Київ-2027» витратять 40 млн гривень.")

    assert figure.value == D(40000000)


def test_an_ordinal_that_keeps_count_is_a_count():
    assert [f.value for f in extract_figures("Це вже 4-та повінь у громаді за рік.")] == [D(4)]
    assert extract_figures("Він фінішував 4-м у забігу.") == []


def test_bare_ages_after_people_are_not_figures():
    figures = extract_figures("На ставку втопилися хлопчики 9 і 12 років, ще двоє дітей врятовані.")

    assert [f.value for f in figures] == [D(2)]
    assert extract_figures("У лікарню доставили жінку 67 років.") == []
    assert [f.value for f in extract_figures("Йому загрожує до 12 років ув'язнення.")] == [D(12)]


def test_one_of_the_most_is_a_rank_not_a_count():
    figures = extract_figures("Це одна з найстаріших шахт регіону, там працюють 420 гірників.")

    assert [f.value for f in figures] == [D(420)]
    assert [f.value for f in extract_figures("Один із працівників дістав опіки.")] == [D(1)]


@settings(deadline=None)
@given(WORDS)
def test_figures_of_any_ukrainian_text_are_slices_with_sane_values(text):
    for figure in extract_figures(text):
        assert text[figure.start : figure.end] == figure.text
        assert (figure.value is None) == (figure.low is not None)
        if figure.value is None:
            assert figure.low < figure.high
