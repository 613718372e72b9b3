"""Tracked figures: creating one and grouping figure claims into it."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles import services
from articles.models import TrackedFigure
from tests import factories

pytestmark = pytest.mark.django_db


def test_editor_creates_a_tracked_figure_with_a_unique_slug(editor):
    factories.TrackedFigureFactory(slug="bodies-exhumed-in-izium")

    figure = services.tracked_figure_create(
        name=" Bodies exhumed in Izium ", unit="bodies", place="Izium", by=editor
    )

    assert figure.name == "Bodies exhumed in Izium"
    assert figure.slug == "bodies-exhumed-in-izium-2"


def test_tracked_figure_needs_a_name_and_a_unit(editor):
    with pytest.raises(ValidationError):
        services.tracked_figure_create(name="", unit="", by=editor)

    assert not TrackedFigure.objects.exists()


def test_readers_accounts_cannot_create_figures():
    nobody = factories.UserFactory(is_staff=False)

    with pytest.raises(PermissionDenied):
        services.tracked_figure_create(name="Bodies", unit="bodies", by=nobody)


def test_grouping_puts_figure_claims_into_the_figure(editor):
    figure = factories.TrackedFigureFactory()
    claims = factories.ClaimFactory.create_batch(2, figure=True)

    grouped, skipped = services.claims_group_into_figure(claims=claims, figure=figure, by=editor)

    assert grouped == 2
    assert skipped == []
    assert set(figure.claims.all()) == set(claims)


def test_grouping_leaves_out_claims_without_a_figure_and_says_why(editor):
    figure = factories.TrackedFigureFactory()
    with_figure = factories.ClaimFactory(figure=True)
    without = factories.ClaimFactory(text="The mayor resigned")

    grouped, skipped = services.claims_group_into_figure(
        claims=[with_figure, without], figure=figure, by=editor
    )

    assert grouped == 1
    assert skipped == ["“The mayor resigned” has no figure"]
    assert list(figure.claims.all()) == [with_figure]


def test_grouping_counts_as_an_edit_of_each_claim(editor):
    figure = factories.TrackedFigureFactory()
    claim = factories.ClaimFactory(figure=True)
    version, activity = claim.version, claim.last_activity_at

    services.claims_group_into_figure(claims=[claim], figure=figure, by=editor)

    claim.refresh_from_db()
    assert claim.version == version + 1
    assert claim.last_activity_at > activity
    assert claim.history.latest().history_user == editor


def test_grouping_needs_the_edit_permission():
    figure = factories.TrackedFigureFactory()
    claim = factories.ClaimFactory(figure=True)
    nobody = factories.UserFactory(is_staff=False)

    with pytest.raises(PermissionDenied):
        services.claims_group_into_figure(claims=[claim], figure=figure, by=nobody)

    claim.refresh_from_db()
    assert claim.tracked_figure is None


def test_tracking_a_claim_adds_it_to_the_figure_or_refuses_with_the_reason(editor):
    figure = factories.TrackedFigureFactory()
    claim = factories.ClaimFactory(figure=True)
    without = factories.ClaimFactory(text="The mayor resigned")

    assert services.claim_track(claim=claim, figure=figure, by=editor) == figure
    with pytest.raises(ValidationError, match="“The mayor resigned” has no figure"):
        services.claim_track(claim=without, figure=figure, by=editor)

    assert list(figure.claims.all()) == [claim]


def test_tracking_a_claim_with_no_figure_starts_one_in_the_claims_unit(editor):
    claim = factories.ClaimFactory(figure=True, figure_unit="people")
    earlier = factories.ClaimFactory(figure=True)

    figure = services.claim_track(
        claim=claim, figure=None, others=[earlier], name="Dead in the floods", by=editor
    )

    assert (figure.name, figure.unit) == ("Dead in the floods", "people")
    assert set(figure.claims.all()) == {claim, earlier}
