"""Accountability over time: who changed what, and what readers see of a claim's history.

The admin keeps every version of articles, claims, evidence and verdicts with
the person who made it and can compare any two. The public verdict page shows
the tracking timeline, the rating history and corrections, but never internal
notes, draft verdicts, or claims that are suggested or dismissed.
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, Claim, ClaimStatus, Evidence, Verdict
from tests import factories
from tests.test_concurrency import form_data

pytestmark = pytest.mark.django_db

S = ClaimStatus


def history_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])


def compare_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history_compare", args=[obj.pk])


# --- history rows record who made them -------------------------------------------------------


def test_admin_edit_of_a_claim_records_the_editor(editor, editor_client):
    claim = factories.ClaimFactory()
    url = reverse("admin:articles_claim_change", args=[claim.pk])

    editor_client.post(url, {**form_data(editor_client.get(url)), "text": "At least 1,000"})

    newest = claim.history.latest()
    assert (newest.text, newest.history_user) == ("At least 1,000", editor)
    assert newest.history_type == "~"


def test_admin_edit_of_evidence_records_the_editor(editor, editor_client):
    evidence = factories.EvidenceFactory()
    url = reverse("admin:articles_evidence_change", args=[evidence.pk])

    editor_client.post(url, {**form_data(editor_client.get(url)), "publisher": "The ministry"})

    newest = evidence.history.latest()
    assert (newest.publisher, newest.history_user) == ("The ministry", editor)


def test_admin_edit_of_a_draft_verdict_records_the_editor(editor, editor_client):
    verdict = factories.VerdictFactory(author=editor)
    url = reverse("admin:articles_verdict_change", args=[verdict.pk])

    editor_client.post(url, {**form_data(editor_client.get(url)), "headline": "Undercount"})

    newest = verdict.history.latest()
    assert (newest.headline, newest.history_user) == ("Undercount", editor)


def test_admin_edit_of_an_article_records_the_editor(editor, editor_client):
    article = factories.ArticleFactory()
    url = reverse("admin:articles_article_change", args=[article.pk])

    editor_client.post(url, {**form_data(editor_client.get(url)), "title": "A better title"})

    newest = article.history.latest()
    assert (newest.title, newest.history_user) == ("A better title", editor)


def test_workflow_moves_record_who_made_them_outside_a_request(editor, reviewer):
    claim = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor)

    services.claim_publish(claim=claim, by=reviewer)

    assert claim.history.latest().history_user == reviewer
    assert Verdict.objects.get(claim=claim).history.latest().history_user == reviewer


def test_a_correction_records_its_reviewer_on_the_verdicts_history(reviewer):
    verdict = factories.ClaimFactory(published=True).verdicts.get()

    services.verdict_correct(verdict=verdict, by=reviewer, note="Wrong date.")

    assert verdict.history.latest().history_user == reviewer


# --- the history page and comparing versions ----------------------------------------------------


@pytest.fixture
def edited_claim(editor, reviewer):
    """A claim edited by the editor, then moved on by the reviewer."""
    claim = factories.ClaimFactory(text="More than 1,000 bodies were exhumed in the region")
    claim.text = "More than 1,200 bodies were exhumed in the Kharkiv region, officials said"
    claim._history_user = editor
    claim.save()
    services.claim_start_research(claim=claim, by=reviewer)
    return claim


def test_history_page_lists_who_changed_what(edited_claim, editor_client):
    response = editor_client.get(history_url(edited_claim))

    html = response.content.decode()
    assert response.status_code == 200
    assert ">editor</a>" in html
    assert ">reviewer</a>" in html
    assert "Status:</strong> Open → Researching" in html


def test_history_page_offers_to_compare_two_versions(edited_claim, editor_client):
    response = editor_client.get(history_url(edited_claim))

    html = response.content.decode()
    assert f'action="{compare_url(edited_claim)}"' in html
    assert html.count('type="radio" name="old"') == 3
    assert html.count('type="radio" name="new"') == 3
    assert "Compare the selected versions" in html


def test_compare_shows_each_changed_field_between_two_chosen_versions(edited_claim, editor_client):
    oldest, newest = edited_claim.history.earliest(), edited_claim.history.latest()

    response = editor_client.get(compare_url(edited_claim), {"old": oldest.pk, "new": newest.pk})

    rows = {row["field"]: row for row in response.context["rows"]}
    assert response.status_code == 200
    assert set(rows) == {"Claim", "Status"}
    assert (rows["Status"]["old"], rows["Status"]["new"]) == ("Open", "Researching")
    assert "<del>1,000</del> <ins>1,200</ins>" in rows["Claim"]["diff"]
    assert "<ins>Kharkiv region, officials said</ins>" in rows["Claim"]["diff"]


def test_compare_orders_the_versions_whichever_way_they_are_picked(edited_claim, editor_client):
    oldest, newest = edited_claim.history.earliest(), edited_claim.history.latest()

    response = editor_client.get(compare_url(edited_claim), {"old": newest.pk, "new": oldest.pk})

    rows = {row["field"]: row for row in response.context["rows"]}
    assert (rows["Status"]["old"], rows["Status"]["new"]) == ("Open", "Researching")


def test_compare_defaults_to_the_two_newest_versions(edited_claim, editor_client):
    response = editor_client.get(compare_url(edited_claim))

    assert [row["field"] for row in response.context["rows"]] == ["Status"]
    assert "Version of" in response.content.decode()


def test_compare_names_who_made_each_version(edited_claim, editor_client):
    response = editor_client.get(compare_url(edited_claim))

    html = response.content.decode()
    assert " by editor" in html
    assert " by reviewer" in html


def test_compare_shows_related_rows_by_name(editor_client):
    evidence = factories.EvidenceFactory(stance="supports")
    evidence.stance = "refutes"
    evidence.save()

    response = editor_client.get(compare_url(evidence))

    rows = {row["field"]: row for row in response.context["rows"]}
    assert (rows["Stance"]["old"], rows["Stance"]["new"]) == ("Supports", "Refutes")


def test_compare_needs_a_staff_login(client, edited_claim):
    response = client.get(compare_url(edited_claim))

    assert response.status_code == 302


def test_compare_of_a_missing_object_is_not_found(editor_client):
    response = editor_client.get(reverse("admin:articles_claim_history_compare", args=[987654]))

    assert response.status_code == 404


# --- what readers see: the whole flow, walked through -------------------------------------------

NOTE = "INTERNAL-NOTE: the ministry spokesperson asked not to be named"
DRAFT = "DRAFT-HEADLINE: the count was revised down"


def public_pages(claim):
    """Every page and feed a reader or a machine can fetch that may mention the claim."""
    urls = [
        "/",
        "/claims/",
        claim.get_absolute_url(),
        "/claims/export.json",
        "/claims/export.csv",
        "/feeds/verdicts.rss",
        "/feeds/verdicts.atom",
        "/claimreview.json",
        "/api/claims/",
        "/api/verdicts/",
        "/sitemap.xml",
        "/sitemap-claims.xml",
        "/sitemap-claimants.xml",
    ]
    if claim.claimant:
        urls.append(claim.claimant.get_absolute_url())
    for appearance in claim.appearances.select_related("article"):
        urls.append(appearance.article.get_absolute_url())
    return urls


def fetch_all(urls, not_found=()):
    reader = Client()
    contents = {}
    for url in urls:
        response = reader.get(url)
        assert response.status_code == (404 if url in not_found else 200), url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        contents[url] = body.decode()
    return contents


@pytest.fixture
def walked_claim(editor, reviewer):
    """A claim taken through accept, research, review, publish, reopen and a new draft.

    Every move carries an internal note; the second draft is still unpublished.
    """
    claim = factories.ClaimFactory(suggested=True, text="More than 1,000 civilian bodies")
    factories.AppearanceFactory(claim=claim)
    services.claim_accept(claim=claim, by=editor, note=NOTE)
    services.claim_start_research(claim=claim, by=editor, note=NOTE)
    factories.EvidenceFactory(claim=claim)
    services.verdict_draft(
        claim=claim,
        by=editor,
        rating=factories.RatingFactory(slug="true"),
        headline="The figure matches the prosecutor's count",
        explanation="The prosecutor general published the count.",
    )
    services.claim_submit_for_review(claim=claim, by=editor, note=NOTE)
    services.claim_publish(claim=claim, by=reviewer, note=NOTE)
    services.claim_reopen(claim=claim, by=reviewer, note=NOTE)
    services.verdict_draft(
        claim=claim,
        by=editor,
        rating=factories.RatingFactory(slug="mostly-false"),
        headline=DRAFT,
        explanation="The ministry corrected its figure.",
    )
    claim.refresh_from_db()
    return claim


def test_internal_notes_never_reach_a_public_page(walked_claim):
    for url, content in fetch_all(public_pages(walked_claim)).items():
        assert "INTERNAL-NOTE" not in content, url


def test_draft_verdicts_never_reach_a_public_page(walked_claim):
    for url, content in fetch_all(public_pages(walked_claim)).items():
        assert "DRAFT-HEADLINE" not in content, url


def test_public_page_shows_the_tracking_timeline(walked_claim):
    response = Client().get(walked_claim.get_absolute_url())

    steps = [(entry.from_label, entry.to_label) for entry in response.context["timeline"]]
    assert steps == [
        ("", "Open"),
        ("Open", "Researching"),
        ("Researching", "In review"),
        ("In review", "Published"),
        ("Published", "Researching"),
    ]
    assert 'aria-labelledby="timeline-heading"' in response.content.decode()


def test_public_timeline_leaves_out_who_made_each_move(walked_claim):
    html = Client().get(walked_claim.get_absolute_url()).content.decode()
    timeline = html[html.index('id="timeline-heading"') :]

    assert "editor" not in timeline
    assert "reviewer" not in timeline


def test_reopened_claim_keeps_showing_its_last_verdict_marked_as_rechecked(walked_claim):
    response = Client().get(walked_claim.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["verdict"].headline == "The figure matches the prosecutor's count"
    assert "Being re-checked." in html
    assert "The figure matches the prosecutor&#x27;s count" in html


def test_rerating_keeps_the_earlier_verdict_in_the_public_rating_history(walked_claim, reviewer):
    editor_who_drafted = Verdict.objects.get(headline=DRAFT).author
    services.claim_submit_for_review(claim=walked_claim, by=editor_who_drafted)
    services.claim_publish(claim=walked_claim, by=reviewer)

    response = Client().get(walked_claim.get_absolute_url())

    html = response.content.decode()
    history = [verdict.rating.slug for verdict in response.context["rating_history"]]
    assert history == ["true", "mostly-false"]
    assert response.context["verdict"].rating.slug == "mostly-false"
    assert "Rating history" in html
    assert "Being re-checked." not in html
    assert Verdict.objects.filter(claim=walked_claim, is_current=True).count() == 1


def test_correction_is_shown_publicly_with_its_date(reviewer):
    claim = factories.ClaimFactory(published=True)
    verdict = claim.verdicts.get()
    services.verdict_correct(verdict=verdict, by=reviewer, note="We misdated the statement.")
    correction = verdict.corrections.get()

    html = Client().get(claim.get_absolute_url()).content.decode()

    corrections = html[html.index('id="corrections-heading"') :]
    assert "We misdated the statement." in corrections
    assert f'datetime="{correction.published_at.replace(microsecond=0).isoformat()}"' in corrections


def test_correction_from_the_admin_claim_page_reaches_the_public_page(reviewer_client):
    claim = factories.ClaimFactory(published=True)
    reviewer_client.post(
        reverse("admin:articles_claim_correct", args=[claim.pk]),
        {"correction": "The figure was for the whole region."},
    )

    html = Client().get(claim.get_absolute_url()).content.decode()

    assert "The figure was for the whole region." in html


def test_a_correction_moves_the_verdicts_updated_time(reviewer):
    claim = factories.ClaimFactory(published=True)
    verdict = claim.verdicts.get()
    Verdict.objects.filter(pk=verdict.pk).update(updated_at=timezone.now() - timedelta(days=3))
    before = timezone.now()

    services.verdict_correct(verdict=verdict, by=reviewer, note="Wrong date.")

    verdict.refresh_from_db()
    assert verdict.updated_at >= before


@pytest.mark.parametrize("status", [S.SUGGESTED, S.DISMISSED])
def test_suggested_and_dismissed_claims_are_not_public(status):
    claim = factories.ClaimFactory(status=status, text="A claim nobody should see")
    factories.AppearanceFactory(claim=claim)

    contents = fetch_all(
        public_pages(claim),
        not_found={claim.get_absolute_url(), claim.claimant.get_absolute_url()},
    )

    for url, content in contents.items():
        assert "A claim nobody should see" not in content, url


def test_a_dismissed_claim_that_was_once_published_leaves_the_public_site(editor, reviewer):
    claim = factories.ClaimFactory(published=True, text="Withdrawn after review")
    services.claim_reopen(claim=claim, by=reviewer)
    services.claim_dismiss(claim=claim, by=editor, note=NOTE)

    contents = fetch_all(
        public_pages(claim),
        not_found={claim.get_absolute_url(), claim.claimant.get_absolute_url()},
    )

    for url, content in contents.items():
        assert "Withdrawn after review" not in content, url


def test_history_models_cover_articles_claims_evidence_and_verdicts():
    for model in (Article, Claim, Evidence, Verdict):
        assert hasattr(model, "history"), model
