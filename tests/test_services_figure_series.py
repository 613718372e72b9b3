"""Figures over time: which tracked figure (or earlier loose claims) a figure claim continues."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.figure_series import claim_measure, figure_measure, place_words, same_measure
from articles.models import Claim, ClaimStatus, TrackedFigure
from tests import factories

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2023, 9, 4)
THURSDAY = datetime.date(2023, 9, 7)


def flood_claim(text, value, on, **fields):
    return factories.ClaimFactory(
        text=text, figure_value=Decimal(value), figure_qualifier="exact", said_on=on, **fields
    )


@pytest.fixture
def larissa_dead():
    figure = factories.TrackedFigureFactory(
        name="Dead in the Larissa floods", unit="people", place="Larissa"
    )
    flood_claim(
        "Floods around Larissa have killed 40 people, the Fire Service said.",
        "40",
        MONDAY,
        figure_unit="people",
        tracked_figure=figure,
    )
    return figure


# --- what is counted, where -----------------------------------------------------------------


def test_the_dead_of_a_claim_and_of_a_figure_are_the_same_measure():
    claim = claim_measure(
        text="The death toll in Larissa rose to 54 on Thursday.", unit="", value=Decimal(54)
    )
    figure = figure_measure(name="Dead in the Larissa floods", unit="people")

    assert same_measure(claim, figure)


def test_the_missing_are_not_the_dead():
    claim = claim_measure(
        text="The number of dead has climbed to 54, with 9 still unaccounted for.",
        unit="",
        value=Decimal(9),
    )

    assert not same_measure(claim, figure_measure(name="Dead in the Larissa floods", unit=""))


def test_soldiers_and_civilians_are_two_measures_even_when_both_are_dead():
    soldiers = claim_measure(text="12 soldiers were killed.", unit="soldiers", value=Decimal(12))

    assert not same_measure(soldiers, figure_measure(name="Civilians killed", unit="civilians"))


def test_without_a_role_the_units_must_agree():
    homes = figure_measure(name="Homes destroyed in Larissa", unit="homes")

    assert same_measure(claim_measure(text="", unit="houses"), homes) is False
    assert same_measure(claim_measure(text="", unit="homes"), homes)


def test_place_words_meet_across_ukrainian_cases():
    assert place_words("Загиблі в Одесі") & place_words("Росія атакувала Одесу", skip_first=False)


def test_a_claimant_name_is_no_place():
    assert place_words("54 dead, the Fire Service said.", leave_out="Fire Service") == frozenset()


# --- proposals ------------------------------------------------------------------------------


def test_a_newer_toll_in_the_same_place_proposes_the_tracked_figure(larissa_dead):
    claim = flood_claim(
        "The death toll in Larissa rose to 54 on Thursday.", "54", THURSDAY, figure_unit=""
    )

    (match,) = services.figure_matches(claim=claim)

    assert match.figure == larissa_dead
    assert match.points == 2
    assert (match.latest.figure_value, match.latest_on) == (Decimal(40), MONDAY)


def test_a_figure_of_several_points_is_proposed_with_its_count_and_newest_point(larissa_dead):
    tuesday = MONDAY + datetime.timedelta(days=1)
    flood_claim("In Larissa 45 people are now dead.", "45", tuesday, tracked_figure=larissa_dead)
    flood_claim(
        "Larissa: 47 dead.", "47", THURSDAY, tracked_figure=larissa_dead, figure_as_of=tuesday
    )
    flood_claim("In Larissa 2 people died.", "2", THURSDAY, tracked_figure=larissa_dead,
                status=ClaimStatus.DISMISSED)  # fmt: skip
    claim = flood_claim("The death toll in Larissa rose to 54 on Thursday.", "54", THURSDAY)

    (match,) = services.figure_matches(claim=claim)

    assert match.points == 4
    assert (match.latest.figure_value, match.latest_on) == (Decimal(47), tuesday)


def test_an_older_figure_is_not_proposed_as_a_continuation(larissa_dead):
    claim = flood_claim(
        "Floods in Larissa had killed 31 people by Sunday.",
        "31",
        MONDAY - datetime.timedelta(days=1),
        figure_unit="people",
    )

    assert services.figure_matches(claim=claim) == []


def test_another_place_or_another_measure_is_not_proposed(larissa_dead):
    elsewhere = flood_claim("Floods in Volos have killed 12 people.", "12", THURSDAY)
    injured = flood_claim("In Larissa 70 people were injured.", "70", THURSDAY)

    assert services.figure_matches(claim=elsewhere) == []
    assert services.figure_matches(claim=injured) == []


def test_a_claim_already_in_a_figure_or_without_a_figure_gets_no_proposal(larissa_dead):
    grouped = larissa_dead.claims.get()
    no_figure = factories.ClaimFactory(text="Larissa mourned its dead.", said_on=THURSDAY)

    assert services.figure_matches(claim=grouped) == []
    assert services.figure_matches(claim=no_figure) == []


def test_earlier_loose_claims_of_the_same_measure_are_proposed_to_track_together():
    earlier = flood_claim(
        "Floods in Volos have killed 12 people, the Fire Service said.",
        "12",
        MONDAY,
        figure_unit="people",
    )
    claim = flood_claim("The toll of the Volos floods rose to 15.", "15", THURSDAY)

    (match,) = services.figure_matches(claim=claim)

    assert match.figure is None
    assert match.claims == (earlier,)
    assert match.points == 2


def test_suggestions_nobody_accepted_are_not_proposed_to_track_together():
    flood_claim(
        "Floods in Volos have killed 12 people.", "12", MONDAY, status=ClaimStatus.SUGGESTED
    )
    claim = flood_claim("The toll of the Volos floods rose to 15.", "15", THURSDAY)

    assert services.figure_matches(claim=claim) == []


def test_dismissed_claims_are_not_points():
    flood_claim(
        "Floods in Volos have killed 12 people.", "12", MONDAY, status=ClaimStatus.DISMISSED
    )
    claim = flood_claim("The toll of the Volos floods rose to 15.", "15", THURSDAY)

    assert services.figure_matches(claim=claim) == []


def test_an_unsaved_claim_from_a_suggestion_gets_proposals(larissa_dead):
    claim = Claim(
        text="The death toll in Larissa rose to 54 on Thursday.",
        figure_value=Decimal(54),
        said_on=THURSDAY,
    )

    assert [m.figure for m in services.figure_matches(claim=claim)] == [larissa_dead]


def test_the_matcher_costs_a_fixed_number_of_queries_for_any_number_of_claims(larissa_dead):
    for n in range(5):
        factories.TrackedFigureFactory(name=f"Dead in town {n}", unit="people", place=f"Town{n}")
    claims = [
        flood_claim(f"The death toll in Larissa rose to {50 + n}.", str(50 + n), THURSDAY)
        for n in range(10)
    ]

    with CaptureQueriesContext(connection) as queries:
        found = services.figure_matcher().match_all(claims)

    # The tracked figures, the loose claims, and the matched figures' points and latest.
    assert len(queries) == 3
    assert all(m[0].figure == larissa_dead for m in found)


def test_claims_no_tracked_figure_could_continue_cost_no_query_for_figures(larissa_dead):
    claims = [flood_claim(f"Floods in Volos killed {n}.", str(n), THURSDAY) for n in range(3)]

    with CaptureQueriesContext(connection) as queries:
        found = services.figure_matcher().match_all(claims)

    assert len(queries) == 2
    assert all(m[0].figure is None for m in found)


# --- acting on a proposal -------------------------------------------------------------------


def test_adding_to_the_proposed_figure_records_history(larissa_dead, editor):
    claim = flood_claim("The death toll in Larissa rose to 54 on Thursday.", "54", THURSDAY)
    (match,) = services.figure_matches(claim=claim)

    services.claims_group_into_figure(claims=[claim], figure=match.figure, by=editor)

    claim.refresh_from_db()
    assert claim.tracked_figure == larissa_dead
    newest = claim.history.first()
    assert (newest.tracked_figure_id, newest.history_user) == (larissa_dead.pk, editor)


def test_tracking_together_creates_the_figure_with_both_claims(editor):
    earlier = flood_claim("Floods in Volos have killed 12 people.", "12", MONDAY)
    claim = flood_claim("The toll of the Volos floods rose to 15.", "15", THURSDAY)

    figure = services.tracked_figure_start(
        claims=[claim, earlier], name="Dead in the Volos floods", unit="people", by=editor
    )

    assert set(figure.claims.all()) == {claim, earlier}
    assert figure.history.first().history_user == editor


def test_tracking_together_keeps_nothing_when_no_claim_has_a_figure(editor):
    no_figure = factories.ClaimFactory(text="Volos mourned its dead.")

    with pytest.raises(ValidationError):
        services.tracked_figure_start(claims=[no_figure], name="Dead", unit="people", by=editor)

    assert not TrackedFigure.objects.exists()
