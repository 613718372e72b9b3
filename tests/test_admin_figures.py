"""The claims list's "Group into tracked figure…" action."""

import pytest
from django.urls import reverse

from articles.models import Claim, TrackedFigure
from tests import factories

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_claim_changelist"


def group(client, claims, **fields):
    data = {"action": "group_into_tracked_figure", "_selected_action": [c.pk for c in claims]}
    return client.post(reverse(CHANGELIST), {**data, **fields}, follow=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_action_is_offered_to_editors(editor_client):
    factories.ClaimFactory(figure=True)

    response = editor_client.get(reverse(CHANGELIST))

    assert "Group into tracked figure…" in response.content.decode()


def test_action_first_asks_which_figure(editor_client):
    claims = factories.ClaimFactory.create_batch(2, figure=True)
    factories.TrackedFigureFactory(name="Bodies exhumed in Izium")

    response = group(editor_client, claims)

    html = response.content.decode()
    assert "Group claims into a tracked figure" in html
    assert "Bodies exhumed in Izium" in html
    stored = Claim.objects.filter(pk__in=[c.pk for c in claims])
    assert list(stored.values_list("tracked_figure", flat=True)) == [None, None]


def test_grouping_into_an_existing_figure(editor_client):
    claims = factories.ClaimFactory.create_batch(2, figure=True)
    figure = factories.TrackedFigureFactory(name="Bodies exhumed in Izium")

    response = group(editor_client, claims, apply="1", figure=figure.pk)

    assert messages_of(response) == [
        "2 claims are now in “Bodies exhumed in Izium”. "
        f'<a href="{figure.get_absolute_url()}">See its chart</a>'
    ]
    assert figure.claims.count() == 2


def test_grouping_into_a_new_figure(editor_client):
    claim = factories.ClaimFactory(figure=True)

    group(editor_client, [claim], apply="1", name="Bodies in Izium", unit="bodies", place="Izium")

    figure = TrackedFigure.objects.get()
    assert (figure.name, figure.unit, figure.place) == ("Bodies in Izium", "bodies", "Izium")
    assert list(figure.claims.all()) == [claim]


def test_a_new_figure_needs_a_name_and_what_it_counts(editor_client):
    claim = factories.ClaimFactory(figure=True)

    response = group(editor_client, [claim], apply="1", name="Bodies")

    assert "give the new one a name and what it counts" in response.content.decode()
    assert not TrackedFigure.objects.exists()


def test_claims_without_a_figure_are_left_out_with_a_warning(editor_client):
    figure = factories.TrackedFigureFactory(name="Bodies")
    with_figure = factories.ClaimFactory(figure=True)
    without = factories.ClaimFactory(text="The mayor resigned")

    response = group(editor_client, [with_figure, without], apply="1", figure=figure.pk)

    assert messages_of(response) == [
        f'1 claim is now in “Bodies”. <a href="{figure.get_absolute_url()}">See its chart</a> '
        "Left out: “The mayor resigned” has no figure."
    ]
