"""Figures read from news prose: value or range, qualifier and what is counted."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.figures import Figure, extract_figures
from articles.models import Qualifier

D = Decimal

# phrase, value, low, high, qualifier, unit, the words the figure was read from
PHRASINGS = [
    (
        "more than 1,000 civilian bodies had been exhumed",
        D(1000),
        None,
        None,
        "more_than",
        "civilian bodies",
        "more than 1,000 civilian bodies",
    ),
    (
        "the bodies of three civilians were found",
        D(3),
        None,
        None,
        "exact",
        "civilians",
        "three civilians",
    ),
    (
        "at least 12 people were killed",
        D(12),
        None,
        None,
        "at_least",
        "people",
        "at least 12 people",
    ),
    (
        "between 10 and 15 soldiers",
        None,
        D(10),
        D(15),
        "exact",
        "soldiers",
        "between 10 and 15 soldiers",
    ),
    ("nearly 200 homes", D(200), None, None, "about", "homes", "nearly 200 homes"),
    ("almost 90 schools", D(90), None, None, "about", "schools", "almost 90 schools"),
    ("dozens of people", None, D(24), D(99), "about", "people", "dozens of people"),
    ("1.5 million people", D(1500000), None, None, "exact", "people", "1.5 million people"),
    ("eight months under occupation", D(8), None, None, "exact", "months", "eight months"),
    (
        "a third of the population",
        D("0.3333"),
        None,
        None,
        "exact",
        "of the population",
        "a third of the population",
    ),
    ("10-15 tanks", None, D(10), D(15), "exact", "tanks", "10-15 tanks"),
    ("10 to 15 tanks", None, D(10), D(15), "exact", "tanks", "10 to 15 tanks"),
    (
        "tens of thousands of refugees",
        None,
        D(20000),
        D(99999),
        "about",
        "refugees",
        "tens of thousands of refugees",
    ),
    ("hundreds of drones", None, D(200), D(999), "about", "drones", "hundreds of drones"),
    (
        "hundreds of thousands of voters",
        None,
        D(200000),
        D(999999),
        "about",
        "voters",
        "hundreds of thousands of voters",
    ),
    ("thousands of homes", None, D(2000), D(9999), "about", "homes", "thousands of homes"),
    ("over 300 missiles", D(300), None, None, "more_than", "missiles", "over 300 missiles"),
    (
        "fewer than 50 patients",
        D(50),
        None,
        None,
        "less_than",
        "patients",
        "fewer than 50 patients",
    ),
    (
        "less than 5% of the budget",
        D(5),
        None,
        None,
        "less_than",
        "% of the budget",
        "less than 5% of the budget",
    ),
    ("some 300 families", D(300), None, None, "about", "families", "some 300 families"),
    ("roughly 40% of voters", D(40), None, None, "about", "% of voters", "roughly 40% of voters"),
    (
        "approximately 2,500 workers",
        D(2500),
        None,
        None,
        "about",
        "workers",
        "approximately 2,500 workers",
    ),
    ("around 70 villages", D(70), None, None, "about", "villages", "around 70 villages"),
    ("an estimated 6,000 cases", D(6000), None, None, "about", "cases", "an estimated 6,000 cases"),
    ("up to 30 buses", D(30), None, None, "at_most", "buses", "up to 30 buses"),
    (
        "as many as 4,000 troops",
        D(4000),
        None,
        None,
        "at_most",
        "troops",
        "as many as 4,000 troops",
    ),
    ("no more than 20 guests", D(20), None, None, "at_most", "guests", "no more than 20 guests"),
    (
        "no fewer than 40 witnesses",
        D(40),
        None,
        None,
        "at_least",
        "witnesses",
        "no fewer than 40 witnesses",
    ),
    ("1,200 students", D(1200), None, None, "exact", "students", "1,200 students"),
    ("12.5% of adults", D("12.5"), None, None, "exact", "% of adults", "12.5% of adults"),
    ("7 per cent", D(7), None, None, "exact", "%", "7 per cent"),
    ("9.1 percent in June", D("9.1"), None, None, "exact", "%", "9.1 percent"),
    (
        "two-thirds of respondents",
        D("0.6667"),
        None,
        None,
        "exact",
        "of respondents",
        "two-thirds of respondents",
    ),
    (
        "three quarters of households",
        D("0.75"),
        None,
        None,
        "exact",
        "of households",
        "three quarters of households",
    ),
    ("a dozen villages", D(12), None, None, "exact", "villages", "a dozen villages"),
    (
        "more than a dozen villages",
        D(12),
        None,
        None,
        "more_than",
        "villages",
        "more than a dozen villages",
    ),
    ("half of the budget", D("0.5"), None, None, "exact", "of the budget", "half of the budget"),
    ("one in five adults", D("0.2"), None, None, "exact", "of adults", "one in five adults"),
    ("twice as many", D(2), None, None, "exact", "times", "twice"),
    ("three times higher", D(3), None, None, "exact", "times", "three times"),
    ("$3.2 billion in aid", D(3200000000), None, None, "exact", "dollars", "$3.2 billion"),
    ("£10m for schools", D(10000000), None, None, "exact", "pounds", "£10m"),
    ("4.7 billion euros", D(4700000000), None, None, "exact", "euros", "4.7 billion euros"),
    (
        "between 2 and 3 million people",
        None,
        D(2000000),
        D(3000000),
        "exact",
        "people",
        "between 2 and 3 million people",
    ),
    (
        "two hundred and fifty thousand voters",
        D(250000),
        None,
        None,
        "exact",
        "voters",
        "two hundred and fifty thousand voters",
    ),
    ("twenty-five villages", D(25), None, None, "exact", "villages", "twenty-five villages"),
    ("at least one person died", D(1), None, None, "at_least", "person", "at least one person"),
    ("a million doses", D(1000000), None, None, "exact", "doses", "a million doses"),
    ("10k runners", D(10000), None, None, "exact", "runners", "10k runners"),
    ("2000 people", D(2000), None, None, "exact", "people", "2000 people"),
    ("0 cases", D(0), None, None, "exact", "cases", "0 cases"),
    (
        "struck by three to four cyclones",
        None,
        D(3),
        D(4),
        "exact",
        "cyclones",
        "three to four cyclones",
    ),
    (
        "recovered about A$6 million",
        D(6000000),
        None,
        None,
        "about",
        "dollars",
        "about A$6 million",
    ),
]


@pytest.mark.parametrize(
    ("phrase", "value", "low", "high", "qualifier", "unit", "words"),
    PHRASINGS,
    ids=[p[0] for p in PHRASINGS],
)
def test_figure_is_read_from_phrase(phrase, value, low, high, qualifier, unit, words):
    figures = extract_figures(phrase)

    assert len(figures) == 1
    figure = figures[0]
    assert (figure.value, figure.low, figure.high) == (value, low, high)
    assert figure.qualifier == qualifier
    assert figure.unit == unit
    assert figure.text == words


@pytest.mark.parametrize(
    "phrase",
    [
        "It was the first time the city had been shelled.",
        "The second round is on Sunday.",
        "Russia invaded Ukraine in February.",
        "in 2022 elections were postponed",
        "Since 2014 the region has been occupied.",
        "— Anton Gerashchenko (@Gerashchenko_en) November 11, 2022",
        "on 11 November the troops arrived",
        "the vote on Nov. 8 was close",
        "one Kherson resident told the Associated Press",
        "One of them was a nurse.",
        "one passenger, who had boarded in Lyon, said the train was late",
        "COVID-19 patients filled the wards",
        "F-16 jets and Su-25 aircraft",
        "at 10:30 on Friday",
        "the 21st century",
        "pic.twitter.com/dXVBgPIjal",
        "Article 5 of the treaty",
        "half an hour later",
        "a few residents and several officials",
        "a further strike for October 14 and 15",
        "the 12-storey block of flats",
        "a 25-kilogram sack of flour",
        "the 450-seat parliament",
        "Dock Workers' Union No. 3 said",
        "passengers, aged between 4 and 80, were evacuated",
        "not recommended for babies under two months",
    ],
)
def test_not_a_figure(phrase):
    assert extract_figures(phrase) == []


def test_an_ordinal_counting_rounds_is_the_count():
    (figure,) = extract_figures("She won on the fifth count.")

    assert (figure.value, figure.qualifier) == (D(5), "exact")


def test_several_figures_come_in_text_order_with_absolute_offsets():
    text = "Unemployment fell from 5.2% to 4.8%, while 1,200 jobs were created."

    figures = extract_figures(text)

    assert [f.text for f in figures] == ["5.2%", "4.8%", "1,200 jobs"]
    assert all(text[f.start : f.end] == f.text for f in figures)


def test_year_with_a_qualifier_is_a_figure():
    assert extract_figures("more than 2020 signatures")[0].value == D(2020)


def test_every_qualifier_is_a_model_choice():
    qualifiers = {f.qualifier for p in PHRASINGS for f in extract_figures(p[0])}

    assert qualifiers <= set(Qualifier.values)


def test_figure_values_fit_the_claim_fields():
    # Claim.figure_* are DecimalField(max_digits=20, decimal_places=4).
    for phrase, *_ in PHRASINGS:
        for figure in extract_figures(phrase):
            for number in (figure.value, figure.low, figure.high):
                if number is not None:
                    assert -number.as_tuple().exponent <= 4
                    assert len(number.as_tuple().digits) <= 20


def test_a_range_is_not_a_value():
    figure = extract_figures("between 10 and 15 soldiers")[0]

    assert figure.is_range
    assert isinstance(figure, Figure)


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_any_integer_with_thousands_separators_round_trips(number):
    figures = extract_figures(f"Officials counted {number:,} people.")

    assert len(figures) == 1
    assert figures[0].value == number
    assert figures[0].unit == "people"


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_any_decimal_figure_round_trips(whole, fraction):
    text = f"{whole:,}.{fraction:02d}"

    figures = extract_figures(f"a total of {text} tonnes")

    assert [f.value for f in figures] == [D(f"{whole}.{fraction:02d}")]


NEWS_WORDS = st.lists(
    st.sampled_from(
        ["more", "than", "1,000", "12.5%", "between", "and", "dozens", "of", "people", "a",
         "third", "in", "2022", "November", "11,", "at", "least", "two-thirds", "$3", "billion",
         "no", "deaths", "one", "in", "five", "COVID-19", "-", "15", "tens", "thousands", "."]
    ),
    max_size=30,
).map(" ".join)  # fmt: skip


@settings(deadline=None)
@given(NEWS_WORDS)
def test_figures_of_any_text_are_ordered_slices_with_sane_values(text):
    previous_end = 0
    for figure in extract_figures(text):
        assert text[figure.start : figure.end] == figure.text
        assert figure.start >= previous_end
        previous_end = figure.end
        assert figure.qualifier in Qualifier.values
        assert (figure.value is None) != (figure.low is None and figure.high is None)
        if figure.low is not None and figure.high is not None:
            assert figure.low <= figure.high


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrenko, 72, was among the dead.",
        "said Vera Lungu, 81.",
        "people aged over 65 were offered the jab",
        "the shelling began at 6 a.m. on Monday",
        "talks resumed at 9 o'clock",
    ],
)
def test_ages_and_clock_times_are_not_figures(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“We were asleep,” said Ayşe Çelik, 62, outside the mine gate.",
        "Zdeňka Horáková, 58, from Krnov lost her house.",
        "Among the dead was Şükrü Öztürk, 47, a foreman.",
        "The police questioned Đorđe Petrović, 81.",
        "Søren Ødegård, 66, and his neighbour were rescued by boat.",
    ],
)
def test_an_age_after_a_name_in_any_alphabet_is_not_a_figure(text):
    assert [f.text for f in extract_figures(text)] == []


def test_a_figure_after_an_age_in_apposition_is_still_read():
    (figure,) = extract_figures("Opava's mayor, Tomáš Navrátil, 49, said 80 percent was flooded.")

    assert (figure.value, figure.unit) == (80, "%")


def test_what_is_counted_keeps_letters_english_lacks():
    (figure,) = extract_figures("The storm destroyed 12 cafés and a school.")

    assert (figure.value, figure.unit) == (12, "cafés")


def test_a_count_after_a_comma_and_a_place_is_still_a_figure():
    (figure,) = extract_figures("In Kherson, 12 people died.")

    assert figure.value == 12


def test_a_verb_after_the_number_is_not_what_is_counted():
    (figure,) = extract_figures("Firefighters reached the village, but 4 died in hospital.")

    assert (figure.value, figure.unit) == (4, "")


def test_a_share_then_a_level_is_no_range():
    figures = extract_figures("The dollar weakened 0.4% to 1.41 per euro.")

    assert [(f.value, f.unit) for f in figures] == [(D("0.4"), "%"), (D("1.41"), "per euro")]


def test_a_change_by_an_increment_to_a_level_is_still_two_figures():
    assert [f.value for f in extract_figures("The toll rose by 5 to 54.")] == [D(5), D(54)]


def test_an_ordinal_after_for_a_counts():
    (figure,) = extract_figures("Prices fell for a fourth month, the office said.")

    assert (figure.value, figure.unit) == (4, "month")


def test_a_third_alone_is_still_a_fraction():
    (figure,) = extract_figures("For a third of them, the vote came too late.")

    assert figure.value == D("0.3333")


def test_one_as_a_span_of_time_counts():
    (figure,) = extract_figures("The ban applies for one year from Monday.")

    assert (figure.value, figure.unit) == (1, "year")


def test_an_age_that_is_no_ones_is_not_a_figure():
    assert extract_figures("The bill raises the retirement age to 66.") == []


def test_a_verb_of_exceeding_states_a_floor():
    (figure,) = extract_figures("The repair bill exceeded $40 million, the council said.")

    assert (figure.value, figure.qualifier) == (D(40000000), "more_than")


def test_bare_ages_set_off_by_commas_after_people_are_not_figures():
    figures = extract_figures("Two fishermen, 40 and 52, drowned when their boat capsized.")

    assert [(f.value, f.unit) for f in figures] == [(2, "fishermen")]
    assert extract_figures("A cyclist, 29, was taken to hospital.") == []
    assert [f.value for f in extract_figures("Seats went to lists 3, 7 and 9, it said.")] == [
        3,
        7,
        9,
    ]


def test_an_age_said_of_people_with_nothing_counted_is_not_a_figure():
    assert extract_figures("Most of the patients were over 65 and had diabetes.") == []


def test_the_day_of_a_date_begins_no_ratio():
    (figure,) = extract_figures("A rerun will be held on March 8 in 12 constituencies.")

    assert (figure.value, figure.unit) == (12, "constituencies")
