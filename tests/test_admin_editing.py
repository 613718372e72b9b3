"""Working in the editors' admin: adding and editing goes through the services and
records who did it; claim status, published verdicts and history stay out of reach."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles import models
from tests import factories
from tests.admin_forms import admin_url, errors_of, form_data

# Database access comes through fixtures requested by name; the mark keeps these
# tests with the other database tests, before any transactional test empties the tables.
pytestmark = pytest.mark.django_db

# --- claims ------------------------------------------------------------------------------------


def test_adding_a_claim_writes_it_and_its_initial_status_change(editor_client, editor):
    claimant = factories.ClaimantFactory()

    response = editor_client.post(
        admin_url("claim", "add"),
        {
            "text": "  More than   400 bodies were found in Izium ",
            "claimant": claimant.pk,
            "kind": "casualty_figure",
            "figure_qualifier": "more_than",
            "figure_value": "400",
            "figure_unit": "bodies",
            "assignee": editor.pk,
            "_save": "Save",
        },
    )

    assert response.status_code == 302
    claim = models.Claim.objects.get()
    assert claim.text == "More than 400 bodies were found in Izium"
    assert claim.status == models.ClaimStatus.OPEN
    assert claim.slug
    assert claim.assignee == editor
    change = claim.status_changes.get()
    assert (change.from_status, change.to_status, change.by) == ("", "open", editor)


def test_adding_a_claim_keeps_its_topics_and_credits_the_editor_in_its_history(
    editor_client, editor
):
    topic = factories.TopicFactory()

    editor_client.post(
        admin_url("claim", "add"),
        {"text": "The dam was destroyed", "kind": "event", "topics": [topic.pk], "_save": "Save"},
    )

    claim = models.Claim.objects.get()
    assert list(claim.topics.all()) == [topic]
    assert claim.history.earliest().history_user == editor


def test_claim_status_is_shown_but_cannot_be_changed_through_the_form(editor_client):
    claim = factories.ClaimFactory(researching=True)
    url = admin_url("claim", "change", claim.pk)
    page = editor_client.get(url)

    response = editor_client.post(url, form_data(page, status="published", text="Reworded"))

    assert response.status_code == 302
    assert "Researching" in page.text
    assert 'name="status"' not in page.text
    claim.refresh_from_db()
    assert (claim.text, claim.status) == ("Reworded", models.ClaimStatus.RESEARCHING)


@pytest.mark.parametrize(
    ("status", "linked"),
    [("open", True), ("published", True), ("suggested", False), ("dismissed", False)],
)
def test_claim_page_links_to_the_public_page_only_for_public_claims(editor_client, status, linked):
    claim = factories.ClaimFactory(status=status)

    response = editor_client.get(admin_url("claim", "change", claim.pk))

    assert ("View on site" in response.text) is linked


def test_claim_page_shows_where_the_claim_appeared_and_flags_orphans(editor_client):
    claim = factories.ClaimFactory()
    factories.AppearanceFactory(claim=claim)
    factories.AppearanceFactory(claim=claim, orphaned=True)

    response = editor_client.get(admin_url("claim", "change", claim.pk))

    assert response.text.count("<mark>Officials said more than 1,000 civilian bodies") == 2
    assert response.text.count("fc-badge--warn") == 1


def test_evidence_added_on_the_claim_page_is_credited_to_the_editor(editor_client, editor):
    claim = factories.ClaimFactory(researching=True)
    url = admin_url("claim", "change", claim.pk)
    page = editor_client.get(url)
    data = form_data(page)
    data.update(
        {
            "evidence-TOTAL_FORMS": "1",
            "evidence-0-title": "Regional prosecutor's statement",
            "evidence-0-url": "https://gov.example.org/izium",
            "evidence-0-stance": "supports",
            "evidence-0-kind": "official_document",
        }
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302, errors_of(response)
    evidence = claim.evidence.get()
    assert (evidence.title, evidence.added_by) == ("Regional prosecutor's statement", editor)


def test_draft_verdict_added_on_the_claim_page_is_authored_by_the_editor(editor_client, editor):
    claim = factories.ClaimFactory(researching=True)
    url = admin_url("claim", "change", claim.pk)
    data = form_data(editor_client.get(url))
    data.update(
        {
            "verdicts-TOTAL_FORMS": "1",
            "verdicts-0-rating": models.Rating.objects.get(slug="mostly-true").pk,
            "verdicts-0-headline": "Roughly right",
            "verdicts-0-explanation": "The count was 447.",
        }
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302, errors_of(response)
    verdict = claim.verdicts.get()
    assert (verdict.author, verdict.state, verdict.headline) == (editor, "draft", "Roughly right")


def test_a_suggested_claim_refuses_a_draft_verdict_with_a_message(editor_client):
    claim = factories.ClaimFactory(suggested=True)
    url = admin_url("claim", "change", claim.pk)
    data = form_data(editor_client.get(url))
    data.update(
        {
            "verdicts-TOTAL_FORMS": "1",
            "verdicts-0-rating": models.Rating.objects.get(slug="true").pk,
            "verdicts-0-headline": "Too early",
        }
    )

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert "Accept the claim before drafting a verdict." in errors_of(response)
    assert not claim.verdicts.exists()


def test_a_retired_rating_is_not_offered_for_new_drafts(editor_client):
    models.Rating.objects.filter(slug="half-true").update(is_active=False)
    claim = factories.ClaimFactory(researching=True)

    response = editor_client.get(admin_url("verdict", "add"))
    inline = editor_client.get(admin_url("claim", "change", claim.pk))

    assert "Half true" not in response.text
    assert "Mostly true" in response.text
    assert "Half true" not in inline.text


def test_published_verdicts_on_the_claim_page_are_read_only(editor_client):
    claim = factories.ClaimFactory(published=True)

    response = editor_client.get(admin_url("claim", "change", claim.pk))

    assert "published verdicts" in response.text.lower()
    assert 'name="verdicts-0-headline"' not in response.text
    assert "The figure matches the prosecutor general" in response.text


# --- verdicts, evidence, appearances, corrections ----------------------------------------------


def test_adding_a_verdict_makes_a_draft_by_the_editor(editor_client, editor):
    claim = factories.ClaimFactory(researching=True)

    response = editor_client.post(
        admin_url("verdict", "add"),
        {
            "claim": claim.pk,
            "rating": models.Rating.objects.get(slug="false").pk,
            "headline": "No such count exists",
            "_save": "Save",
        },
    )

    assert response.status_code == 302
    verdict = models.Verdict.objects.get()
    assert (verdict.author, verdict.state, verdict.claim) == (editor, "draft", claim)


def test_adding_a_verdict_to_a_dismissed_claim_is_refused_on_the_form(editor_client):
    claim = factories.ClaimFactory(dismissed=True)

    response = editor_client.post(
        admin_url("verdict", "add"),
        {
            "claim": claim.pk,
            "rating": models.Rating.objects.get(slug="false").pk,
            "headline": "Never mind",
            "_save": "Save",
        },
    )

    assert response.status_code == 200
    assert "Accept the claim before drafting a verdict." in errors_of(response)
    assert not models.Verdict.objects.exists()


def test_adding_evidence_credits_the_editor(editor_client, editor):
    claim = factories.ClaimFactory()

    response = editor_client.post(
        admin_url("evidence", "add"),
        {"claim": claim.pk, "title": "Satellite images", "stance": "refutes", "kind": "data"},
    )

    assert response.status_code == 302
    evidence = models.Evidence.objects.get()
    assert (evidence.added_by, evidence.claim, evidence.stance) == (editor, claim, "refutes")


def test_adding_an_appearance_places_the_quote_in_the_article(editor_client, editor):
    claim = factories.ClaimFactory(said_on=None)
    article = factories.ArticleFactory()

    response = editor_client.post(
        admin_url("appearance", "add"),
        {"claim": claim.pk, "article": article.pk, "exact": "Residents celebrated in the streets."},
    )

    assert response.status_code == 302
    appearance = models.Appearance.objects.get()
    assert article.body[appearance.start : appearance.end] == "Residents celebrated in the streets."
    assert appearance.added_by == editor
    assert appearance.said_on == article.published_on


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        ("Nobody celebrated anything.", "do not occur"),
        ("civilian", "occur 2 times"),
    ],
)
def test_an_appearance_quote_must_stand_once_in_the_article(editor_client, quote, message):
    claim = factories.ClaimFactory()
    article = factories.ArticleFactory()

    response = editor_client.post(
        admin_url("appearance", "add"), {"claim": claim.pk, "article": article.pk, "exact": quote}
    )

    assert response.status_code == 200
    assert any(message in error for error in errors_of(response))
    assert not models.Appearance.objects.exists()


def test_a_reviewer_adds_a_correction_to_a_published_verdict(reviewer_client, reviewer):
    verdict = factories.VerdictFactory(published=True)

    page = reviewer_client.get(admin_url("correction", "add"), {"verdict": verdict.pk})
    response = reviewer_client.post(
        admin_url("correction", "add"),
        {"verdict": verdict.pk, "note": "The date was 28 October, not 27.", "_save": "Save"},
    )

    assert page.status_code == 200
    assert response.status_code == 302
    correction = verdict.corrections.get()
    assert (correction.author, correction.note) == (reviewer, "The date was 28 October, not 27.")


def test_a_draft_verdict_cannot_be_corrected(reviewer_client):
    verdict = factories.VerdictFactory()

    response = reviewer_client.post(
        admin_url("correction", "add"), {"verdict": verdict.pk, "note": "Early note."}
    )

    assert response.status_code == 200
    assert not models.Correction.objects.exists()


@pytest.mark.parametrize(("role", "offered"), [("reviewer", True), ("editor", False)])
def test_the_published_verdict_page_lists_corrections_and_offers_reviewers_a_new_one(
    request, role, offered
):
    client = request.getfixturevalue(f"{role}_client")
    correction = factories.CorrectionFactory()

    response = client.get(admin_url("verdict", "change", correction.verdict.pk))

    assert "An earlier version gave the wrong date" in response.text
    assert ("Add a correction" in response.text) is offered


# --- history and people ----------------------------------------------------------------------


def test_reverting_a_claim_to_an_old_version_is_refused(editor_client):
    claim = factories.ClaimFactory()
    old = claim.history.earliest()
    models.Claim.objects.filter(pk=claim.pk).update(status=models.ClaimStatus.PUBLISHED)
    url = reverse("admin:articles_claim_simple_history", args=[claim.pk, old.history_id])

    page = editor_client.get(url)
    response = editor_client.post(url, {"text": claim.text, "kind": claim.kind})

    assert page.status_code == 200
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == models.ClaimStatus.PUBLISHED


def test_editors_can_look_up_colleagues_to_assign_but_not_browse_users(editor_client, editor):
    factories.UserFactory(username="olena").groups.add(Group.objects.get(name="Reviewers"))
    factories.UserFactory(username="olexandr", is_active=False).groups.add(
        Group.objects.get(name="Editors")
    )
    factories.UserFactory(username="olga-reader", is_staff=False)
    factories.UserFactory(username="oleh-no-role")

    lookup = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": "claim", "field_name": "assignee", "term": "ol"},
    )
    users = editor_client.get(reverse("admin:auth_user_changelist"))

    assert lookup.status_code == 200
    assert [row["text"] for row in lookup.json()["results"]] == ["olena"]
    assert users.status_code == 403


def test_assigning_someone_who_is_not_staff_is_refused(editor_client):
    outsider = factories.UserFactory(username="reader", is_staff=False)
    outsider.groups.add(Group.objects.get(name="Editors"))

    response = editor_client.post(
        admin_url("claim", "add"),
        {"text": "A claim", "kind": "other", "assignee": outsider.pk, "_save": "Save"},
    )

    assert response.status_code == 200
    assert not models.Claim.objects.exists()


def test_a_draft_verdict_on_the_claim_page_has_no_public_link(editor_client):
    claim = factories.ClaimFactory(researching=True)
    factories.VerdictFactory(claim=claim)

    response = editor_client.get(admin_url("claim", "change", claim.pk))

    # Only the claim's own "View on site" button: a draft is never public.
    assert response.text.count("View on site") == 1


def test_the_claim_page_leaves_out_empty_read_only_lists(editor_client):
    claim = factories.ClaimFactory()

    response = editor_client.get(admin_url("claim", "change", claim.pk))

    assert "Appearances (where the claim was made)" not in response.text
    assert "Published verdicts" not in response.text
    assert "Draft verdicts (never public)" in response.text
