"""Figures over time on a claim's admin page: the tracked figure its figure continues."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from articles.models import Claim, TrackedFigure
from tests import factories

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2023, 9, 4)
THURSDAY = datetime.date(2023, 9, 7)


@pytest.fixture
def toll():
    return factories.ClaimFactory(
        text="The death toll in Larissa rose to 54 on Thursday.",
        figure_value=Decimal(54),
        said_on=THURSDAY,
    )


def change_url(claim):
    return reverse("admin:articles_claim_change", args=[claim.pk])


def group_url(claim):
    return reverse("admin:articles_claim_group_figure", args=[claim.pk])


def proposal_text(html: str) -> str:
    section = re.search(r'<section class="fc-figure-proposals".*?</section>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", section.group(0)).split()) if section else ""


def test_the_claim_page_proposes_the_figure_it_continues(editor_client, larissa_dead, toll):
    html = editor_client.get(change_url(toll)).content.decode()

    assert "Part of: Dead in the Larissa floods (2 points, latest 40 on 4 Sep 2023)" in (
        proposal_text(html)
    )


def test_no_proposal_for_a_claim_already_in_the_figure(editor_client, larissa_dead):
    grouped = larissa_dead.claims.get()

    assert proposal_text(editor_client.get(change_url(grouped)).content.decode()) == ""


def test_adding_it_writes_through_the_service_and_records_history(
    editor_client, editor, larissa_dead, toll
):
    response = editor_client.post(group_url(toll), {"figure": larissa_dead.pk}, follow=True)

    assert response.redirect_chain[-1][0] == change_url(toll)
    assert "is now a point of “Dead in the Larissa floods”" in response.content.decode()
    toll.refresh_from_db()
    assert toll.tracked_figure == larissa_dead
    newest = toll.history.first()
    assert (newest.tracked_figure_id, newest.history_user) == (larissa_dead.pk, editor)


def test_tracking_together_with_earlier_claims(editor_client, toll):
    earlier = factories.ClaimFactory(
        text="Floods around Larissa have killed 40 people.",
        figure_value=Decimal(40),
        figure_unit="people",
        said_on=MONDAY,
    )
    html = editor_client.get(change_url(toll)).content.decode()
    assert "Measures what an earlier claim measured (latest 40)" in proposal_text(html)

    editor_client.post(
        group_url(toll), {"others": [earlier.pk], "name": "Dead in the Larissa floods"}
    )

    figure = TrackedFigure.objects.get(name="Dead in the Larissa floods")
    assert set(figure.claims.all()) == {toll, earlier}


def test_a_new_figure_without_a_name_is_refused(editor_client, toll):
    response = editor_client.post(group_url(toll), {}, follow=True)

    assert "Give the new tracked figure a name." in response.content.decode()
    assert not TrackedFigure.objects.exists()


def test_the_proposal_only_takes_posts(editor_client, larissa_dead, toll):
    assert editor_client.get(group_url(toll)).status_code == 405


def test_a_viewer_who_cannot_change_claims_sees_no_proposal_and_cannot_group(
    client, larissa_dead, toll
):
    viewer = factories.UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)

    assert proposal_text(client.get(change_url(toll)).content.decode()) == ""
    assert client.post(group_url(toll), {"figure": larissa_dead.pk}).status_code == 403
    assert Claim.objects.get(pk=toll.pk).tracked_figure is None
