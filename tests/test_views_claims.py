"""The claims tracker and the verdict page, as a reader sees them."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import ClaimStatus, Rating, VerdictState
from tests import factories

pytestmark = pytest.mark.django_db

TRACKER = reverse("articles:claim-list")


def rating(slug):
    return Rating.objects.get(slug=slug)


def publish_verdict(claim, slug="true", *, days_ago=0, current=True, **fields):
    return factories.VerdictFactory(
        claim=claim,
        rating=rating(slug),
        state=VerdictState.PUBLISHED,
        is_current=current,
        published_at=timezone.now() - datetime.timedelta(days=days_ago),
        reviewer=factories.UserFactory(),
        **fields,
    )


def verdict_page(claim):
    return reverse("articles:claim-detail", kwargs={"slug": claim.slug})


# --- the tracker ------------------------------------------------------------------------------


def test_tracker_lists_public_claims_with_their_public_status(client):
    factories.ClaimFactory(text="An open claim about exhumations")
    factories.ClaimFactory(text="A published claim about graves", published=True)

    response = client.get(TRACKER)

    assert response.status_code == 200
    assert "An open claim about exhumations" in response.text
    assert "A published claim about graves" in response.text
    assert response.text.count('<span class="badge status-being-checked">Being checked</span>') == 1
    assert "2 claims" in response.text


def test_tracker_hides_suggested_and_dismissed_claims(client):
    factories.ClaimFactory(text="A suggested claim", suggested=True)
    factories.ClaimFactory(text="A dismissed claim", dismissed=True)
    factories.ClaimFactory(text="A visible claim")

    response = client.get(TRACKER)

    assert "A suggested claim" not in response.text
    assert "A dismissed claim" not in response.text
    assert "1 claim" in response.text


def test_tracker_shows_the_current_rating_and_never_a_draft(client):
    claim = factories.ClaimFactory(text="A claim with a verdict", in_review=True)
    publish_verdict(claim, "misleading", days_ago=3, headline="The published headline")
    factories.VerdictFactory(claim=claim, rating=rating("false"), headline="The draft headline")

    response = client.get(TRACKER)

    assert '<span class="badge rating-misleading">Misleading</span>' in response.text
    assert "The published headline" in response.text
    assert "The draft headline" not in response.text


def test_tracker_is_paginated_and_the_pages_keep_the_filters(client):
    for n in range(30):
        factories.ClaimFactory(text=f"Kharkiv claim {n}", kind="statistic")
    factories.ClaimFactory(text="An event elsewhere", kind="event")

    response = client.get(TRACKER, {"kind": "statistic", "q": "Kharkiv"})

    assert response.status_code == 200
    assert "30 claims" in response.text
    assert response.text.count('class="claim-row"') == 25
    assert 'href="?kind=statistic&amp;q=Kharkiv&amp;page=2"' in response.text
    second = client.get(TRACKER, {"kind": "statistic", "q": "Kharkiv", "page": 2})
    assert second.text.count('class="claim-row"') == 5
    assert "An event elsewhere" not in second.text


def test_tracker_page_beyond_the_last_shows_the_last_page(client):
    factories.ClaimFactory(text="The only claim")

    response = client.get(TRACKER, {"page": "99"})

    assert response.status_code == 200
    assert "The only claim" in response.text


def test_tracker_reports_invalid_filters_instead_of_failing(client):
    factories.ClaimFactory(text="A claim that must not be listed")

    response = client.get(TRACKER, {"rating": "no-such-rating", "said_on_after": "yesterday"})

    assert response.status_code == 400
    assert "Some filters could not be applied" in response.text
    assert "Select a valid choice" in response.text
    assert "Enter a valid date" in response.text
    assert "A claim that must not be listed" not in response.text


def test_tracker_names_the_claimant_it_is_filtered_by_with_a_way_to_remove_it(client):
    claimant = factories.ClaimantFactory(name="Regional Governor", slug="regional-governor")
    factories.ClaimFactory(claimant=claimant)

    response = client.get(TRACKER, {"claimant": "regional-governor", "kind": "event"})

    assert "Claimant:" in response.text
    assert "<strong>Regional Governor</strong>" in response.text
    assert 'href="/claims/?kind=event"' in response.text


def test_tracker_says_when_nothing_matches(client):
    factories.ClaimFactory(kind="event")

    response = client.get(TRACKER, {"kind": "quote"})

    assert response.status_code == 200
    assert "No claims match these filters." in response.text


# --- the verdict page ---------------------------------------------------------------------


def test_verdict_page_shows_the_claim_claimant_and_verdict(client):
    claimant = factories.ClaimantFactory(name="Office of the Prosecutor General")
    claim = factories.ClaimFactory(
        text="More than 1,000 civilian bodies were exhumed", claimant=claimant, published=True
    )

    response = client.get(verdict_page(claim))

    assert response.status_code == 200
    assert "More than 1,000 civilian bodies were exhumed" in response.text
    assert f'href="{claimant.get_absolute_url()}"' in response.text
    assert "The figure matches the prosecutor general&#x27;s count" in response.text
    assert "Official records confirm the figure." in response.text
    assert "<strong>prosecutor general</strong>" in response.text
    assert 'class="badge badge--large rating-true">True<' in response.text


@pytest.mark.parametrize("status", ["suggested", "dismissed"])
def test_verdict_page_of_a_hidden_claim_is_not_found(client, status):
    claim = factories.ClaimFactory(status=status)

    assert client.get(verdict_page(claim)).status_code == 404


def test_verdict_page_of_a_claim_being_checked_says_so_without_a_verdict(client):
    claim = factories.ClaimFactory(researching=True)
    factories.VerdictFactory(claim=claim, headline="A draft nobody may read")
    factories.EvidenceFactory(claim=claim, title="Evidence still being weighed")

    response = client.get(verdict_page(claim))

    assert response.status_code == 200
    assert "Being checked." in response.text
    assert "A draft nobody may read" not in response.text
    assert "Evidence still being weighed" not in response.text


def test_verdict_page_never_shows_a_draft_next_to_the_published_verdict(client):
    claim = factories.ClaimFactory(published=True)
    factories.VerdictFactory(claim=claim, headline="Draft re-rating in progress")

    response = client.get(verdict_page(claim))

    assert "Draft re-rating in progress" not in response.text


def test_verdict_page_renders_a_script_in_the_explanation_as_nothing(client):
    claim = factories.ClaimFactory(in_review=True)
    publish_verdict(claim, explanation="Fine text.\n\n<script>alert('owned')</script>")

    response = client.get(verdict_page(claim))

    assert "Fine text." in response.text
    assert "<script>alert" not in response.text
    assert "alert(&#x27;owned&#x27;)" not in response.text


def test_verdict_page_lists_evidence_with_its_sources(client):
    claim = factories.ClaimFactory(in_review=True)
    publish_verdict(claim)
    factories.EvidenceFactory(
        claim=claim,
        published=True,
        title="Register of exhumations",
        url="https://gov.example.org/register",
        publisher="Prosecutor General",
        stance="refutes",
        kind="data",
        published_on=datetime.date(2022, 11, 12),
        archive_url="https://archive.example.org/register",
        excerpt="Lists *1,012* bodies.",
    )

    text = client.get(verdict_page(claim)).text

    assert '<a href="https://gov.example.org/register"' in text
    assert "Register of exhumations" in text
    assert "Prosecutor General" in text
    assert "Refutes" in text
    assert "Data" in text
    assert "12 Nov 2022" in text
    assert 'href="https://archive.example.org/register"' in text
    assert "<em>1,012</em>" in text


def test_verdict_page_quotes_each_appearance_with_a_link_to_its_place(client):
    claim = factories.ClaimFactory()
    article = factories.ArticleFactory(title="Bodies exhumed", url="https://news.example.org/a")
    appearance = factories.AppearanceFactory(claim=claim, article=article)

    text = client.get(verdict_page(claim)).text

    assert f"<mark>{appearance.exact}</mark>" in text
    assert f'href="{article.get_absolute_url()}#appearance-{appearance.pk}"' in text
    assert 'href="https://news.example.org/a"' in text
    assert "Residents celebrated" in text  # the suffix gives context


def test_verdict_page_shows_the_rating_history_oldest_first(client):
    claim = factories.ClaimFactory(in_review=True)
    publish_verdict(claim, "unverifiable", days_ago=20, current=False)
    publish_verdict(claim, "true", days_ago=2)

    text = client.get(verdict_page(claim)).text

    history = text[text.index("Rating history") :]
    assert history.index("Unverifiable") < history.index("True")
    assert "since" in history


def test_verdict_page_says_a_reopened_claim_is_being_rechecked_and_keeps_its_verdict(client):
    claim = factories.ClaimFactory(researching=True)
    publish_verdict(claim, "half-true", headline="The last published verdict")

    text = client.get(verdict_page(claim)).text

    assert "Being re-checked." in text
    assert "The last published verdict" in text
    assert "Half true" in text


def test_verdict_page_shows_dated_corrections(client):
    claim = factories.ClaimFactory(in_review=True)
    verdict = publish_verdict(claim)
    factories.CorrectionFactory(
        verdict=verdict,
        note="An earlier version gave the wrong date.",
        published_at=datetime.datetime(2022, 12, 3, 12, tzinfo=datetime.UTC),
    )

    text = client.get(verdict_page(claim)).text

    assert "Corrections" in text
    assert "An earlier version gave the wrong date." in text
    assert "3 Dec 2022" in text


def test_verdict_page_timeline_shows_transitions_without_notes_or_names(client):
    claim = factories.ClaimFactory(published=True)
    editor = factories.UserFactory(username="jane-the-editor")
    factories.StatusChangeFactory(
        claim=claim, from_status="", to_status=ClaimStatus.SUGGESTED, by=editor,
        note="Found by the suggester",
    )  # fmt: skip
    factories.StatusChangeFactory(
        claim=claim, from_status=ClaimStatus.SUGGESTED, to_status=ClaimStatus.OPEN, by=editor
    )
    factories.StatusChangeFactory(
        claim=claim, from_status=ClaimStatus.OPEN, to_status=ClaimStatus.RESEARCHING, by=editor,
        note="Internal: waiting for the ministry to call back.",
    )  # fmt: skip

    text = client.get(verdict_page(claim)).text

    timeline = text[text.index("Tracking timeline") :]
    assert "Open → <strong>Researching</strong>" in timeline
    assert "Suggested" not in timeline
    assert "waiting for the ministry" not in text
    assert "Found by the suggester" not in text
    assert "jane-the-editor" not in text


def test_steps_of_one_day_show_their_time_on_the_public_timeline(client, editor):
    claim = factories.ClaimFactory(suggested=True)
    services.claim_accept(claim=claim, by=editor)
    services.claim_start_research(claim=claim, by=editor)

    text = client.get(claim.get_absolute_url()).text

    times = re.findall(r'<ol class="timeline">.*?</ol>', text, re.S)[0]
    # "6 Dec 2026, 07:47": a date with a time, for each of the two steps of one day.
    assert len(re.findall(r">\d{1,2} \w{3} \d{4}, \d{2}:\d{2}</time>", times)) == 2
