"""Figures over time in the split view: a figure that continues a tracked figure says so,
and one click (confirmed) adds it."""

import datetime
import re
from decimal import Decimal

import pytest

from articles.models import Claim, ClaimStatus, TrackedFigure
from tests import factories
from tests.test_splitview import JSON, url

pytestmark = pytest.mark.django_db

MONDAY = datetime.date(2023, 9, 4)
THURSDAY = datetime.date(2023, 9, 7)
TOLL = "The death toll in Larissa rose to 54 on Thursday, the Fire Service said."


@pytest.fixture
def article():
    return factories.ArticleFactory(
        body=f"{TOLL}\n\nResidents waded through the mud.", published_on=THURSDAY
    )


def suggested_claim(article):
    claim = factories.ClaimFactory(
        suggested=True, text=TOLL, figure_value=Decimal(54), said_on=THURSDAY
    )
    factories.AppearanceFactory(
        claim=claim, article=article, start=0, end=len(TOLL), exact=TOLL, said_on=THURSDAY
    )
    return claim


def proposals(html: str) -> list[str]:
    return [
        " ".join(re.sub(r"<[^>]+>", "", text).split())
        for text in re.findall(r'<p class="split-series-text">(.*?)</p>', html, re.S)
    ]


def test_a_suggestion_that_continues_a_tracked_figure_proposes_it(
    editor_client, article, larissa_dead
):
    html = editor_client.get(url(article)).content.decode()

    assert proposals(html) == [
        "Part of: Dead in the Larissa floods (2 points, latest 40 on 4 Sep 2023)"
    ]
    assert "Add to it…" in html


def test_no_proposal_without_a_tracked_figure_of_that_measure(editor_client, article):
    factories.TrackedFigureFactory(name="Homes destroyed in Larissa", unit="homes")

    assert proposals(editor_client.get(url(article)).content.decode()) == []


def test_adding_a_suggested_claim_to_the_figure(editor_client, editor, article, larissa_dead):
    claim = suggested_claim(article)

    response = editor_client.post(
        url(article, "split_group"), {"claim": claim.pk, "figure": larissa_dead.pk}, **JSON
    )

    assert response.status_code == 200
    assert "is now a point of “Dead in the Larissa floods”" in response.json()["message"]
    claim.refresh_from_db()
    assert claim.tracked_figure == larissa_dead
    assert claim.history.first().history_user == editor
    # Grouped: the panels no longer propose it.
    assert "Part of:" not in response.json()["panels"]["suggestions-panel"]


def test_adding_an_on_the_fly_suggestion_accepts_it_first(editor_client, article, larissa_dead):
    response = editor_client.post(
        url(article, "split_group"),
        {"start": 0, "end": len(TOLL), "exact": TOLL, "figure": larissa_dead.pk},
        **JSON,
    )

    assert response.status_code == 200
    claim = larissa_dead.claims.get(figure_value=54)
    assert claim.status == ClaimStatus.OPEN
    assert claim.appearances.get().article == article


def test_a_plain_form_post_redirects_back_with_the_message(editor_client, article, larissa_dead):
    claim = suggested_claim(article)

    response = editor_client.post(
        url(article, "split_group"), {"claim": claim.pk, "figure": larissa_dead.pk}, follow=True
    )

    assert "is now a point of" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).tracked_figure == larissa_dead


def test_earlier_claims_of_the_same_measure_can_be_tracked_together(editor_client, article):
    earlier = factories.ClaimFactory(
        text="Floods around Larissa have killed 40 people.",
        figure_value=Decimal(40),
        figure_unit="people",
        said_on=MONDAY,
    )
    claim = suggested_claim(article)
    html = editor_client.get(url(article)).content.decode()
    assert "Measures what an earlier claim measured (latest 40)" in proposals(html)[0]

    response = editor_client.post(
        url(article, "split_group"),
        {"claim": claim.pk, "others": [earlier.pk], "name": "Dead in the Larissa floods"},
        **JSON,
    )

    assert response.status_code == 200
    figure = TrackedFigure.objects.get(name="Dead in the Larissa floods")
    assert set(figure.claims.all()) == {claim, earlier}


def test_tracking_together_needs_a_name(editor_client, article):
    claim = suggested_claim(article)

    response = editor_client.post(url(article, "split_group"), {"claim": claim.pk}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == "Give the new tracked figure a name."
    assert not TrackedFigure.objects.exists()


def test_someone_who_cannot_edit_claims_cannot_group(client, article, larissa_dead):
    viewer = factories.UserFactory(is_staff=True)
    client.force_login(viewer)
    claim = suggested_claim(article)

    response = client.post(
        url(article, "split_group"), {"claim": claim.pk, "figure": larissa_dead.pk}, **JSON
    )

    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).tracked_figure is None


def test_a_claim_of_the_article_proposes_its_figure_once(
    editor_client, editor, article, larissa_dead
):
    claim = suggested_claim(article)
    claim.status = ClaimStatus.OPEN
    claim.save()

    html = editor_client.get(url(article)).content.decode()

    assert len(proposals(html)) == 1
    assert f'name="claim" value="{claim.pk}"' in html
