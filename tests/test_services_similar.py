"""Which existing claims a passage is offered to attach to: by words and by numbers."""

import pytest

from articles import services
from tests import factories

pytestmark = pytest.mark.django_db


def test_one_word_of_a_long_claim_finds_it():
    long_claim = factories.ClaimFactory(
        text="Investigators said they had exhumed 447 bodies from a mass burial site in the "
        "forest outside the city, most of them civilians, and that work would go on for weeks"
    )

    found = services.similar_claims(text="exhumed")

    assert found == [long_claim]


def test_the_same_figure_is_offered_before_a_claim_in_review_that_shares_only_words():
    same_figure = factories.ClaimFactory(text="At least 23 people were killed in the strike")
    factories.ClaimFactory(in_review=True, text="Rescue work had been suspended for the night")

    found = services.similar_claims(text="23 bodies had been recovered")

    assert found[0] == same_figure


def test_an_identical_text_comes_first_whatever_else_resembles_it():
    exact = factories.ClaimFactory(text="The toll rose to 54")
    factories.ClaimFactory(in_review=True, text="The toll rose to 54 on Thursday in Valencia")

    found = services.similar_claims(text="the toll  rose to 54")

    assert found[0] == exact
    assert found[0].similarity == 1


@pytest.mark.parametrize("written", ["1000", "1,000", "1 000"])
def test_a_number_is_found_however_its_thousands_are_written(written):
    claim = factories.ClaimFactory(text="More than 1,000 civilian bodies were exhumed")

    assert services.similar_claims(text=f"{written} bodies") == [claim]


def test_another_figure_lowers_the_match():
    same = services.similarity_score("54 people died", "54 people died in the floods")
    other = services.similarity_score("54 people died", "61 people died in the floods")

    assert same > other
