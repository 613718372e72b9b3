"""Accountability through the admin: the four-eyes rule by content, publishing what was
reviewed, a published record that changes only in the open, no lost edits, and who may
be assigned — each driven over HTTP with the admin's real change forms and inlines.
"""

import pathlib
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from articles import services
from articles.models import Claimant, ClaimStatus, Evidence, Rating, Verdict
from tests import factories
from tests.admin_forms import admin_url, form_data

pytestmark = pytest.mark.django_db

S = ClaimStatus


def member(username, group):
    user = factories.UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def desk():
    """An editor and two reviewers, each logged in in their own browser."""
    return {
        "editor": member("erin", "Editors"),
        "reviewer": member("rhea", "Reviewers"),
        "second": member("sam", "Reviewers"),
    }


def claim_in_review(editor):
    """A claim the editor researched, drafted "Half true" on, and submitted for review."""
    claim = factories.ClaimFactory(researching=True, text="The toll rose to 54 on Thursday")
    services.evidence_add(claim=claim, by=editor, title="Ministry briefing", stance="supports")
    services.verdict_draft(
        claim=claim,
        by=editor,
        rating=Rating.objects.get(slug="half-true"),
        headline="Partly right",
        explanation="The ministry's count differs.",
    )
    services.claim_submit_for_review(claim=claim, by=editor)
    claim.refresh_from_db()
    return claim


def claim_page(client, claim):
    return client.get(admin_url("claim", "change", claim.pk))


def publish(client, claim, page):
    return client.post(
        reverse("admin:articles_claim_transition", args=[claim.pk, "publish"]),
        {
            "version": page.context["workflow"]["version"],
            "reviewed": page.context["workflow"]["reviewed"],
        },
        follow=True,
    )


def claim_reviewed(html):
    """``claimReviewed`` of the ClaimReview JSON-LD on a public page."""
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return re.search(r'"claimReviewed":\s*"([^"]*)"', script).group(1)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def draft_prefix(page):
    (inline,) = [i for i in page.context["inline_admin_formsets"] if i.formset.model is Verdict]
    return inline.formset.prefix


def evidence_prefix(page):
    (inline,) = [i for i in page.context["inline_admin_formsets"] if i.formset.model is Evidence]
    return inline.formset.prefix


# --- 1. four-eyes by content -----------------------------------------------------------------


def test_a_reviewer_who_changed_the_drafts_rating_cannot_publish_it(desk):
    editor, _ = desk["editor"]
    reviewer, reviewer_client = desk["reviewer"]
    claim = claim_in_review(editor)
    page = claim_page(reviewer_client, claim)
    misleading = Rating.objects.get(slug="misleading")

    saved = reviewer_client.post(
        admin_url("claim", "change", claim.pk),
        form_data(page, **{f"{draft_prefix(page)}-0-rating": str(misleading.pk)}),
    )
    response = publish(reviewer_client, claim, claim_page(reviewer_client, claim))

    claim.refresh_from_db()
    draft = claim.verdicts.get()
    assert saved.status_code == 302
    assert draft.rating == misleading
    assert set(draft.authors.all()) == {editor, reviewer}
    assert claim.status == S.IN_REVIEW
    assert "another reviewer must publish it" in " ".join(messages_of(response))


def test_a_second_reviewer_publishes_the_draft_the_first_one_changed(desk):
    editor, _ = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    second, second_client = desk["second"]
    claim = claim_in_review(editor)
    page = claim_page(reviewer_client, claim)
    reviewer_client.post(
        admin_url("claim", "change", claim.pk),
        form_data(page, **{f"{draft_prefix(page)}-0-headline": "Misleading on the toll"}),
    )

    publish(second_client, claim, claim_page(second_client, claim))

    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED
    assert claim.current_verdict.reviewer == second


def test_the_author_of_a_change_sees_no_publish_button(desk):
    editor, _ = desk["editor"]
    reviewer, reviewer_client = desk["reviewer"]
    claim = claim_in_review(editor)
    draft = claim.verdicts.get()
    services.verdict_update(verdict=draft, by=reviewer, headline="Misleading")

    page = claim_page(reviewer_client, claim)

    assert "publish" not in [b["name"] for b in page.context["workflow"]["buttons"]]


# --- 2. publishing what was reviewed ----------------------------------------------------------


def test_a_draft_changed_after_the_reviewer_opened_it_is_not_published(desk):
    editor, editor_client = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    claim = claim_in_review(editor)
    reviewer_page = claim_page(reviewer_client, claim)
    draft = claim.verdicts.get()
    verdict_page = editor_client.get(admin_url("verdict", "change", draft.pk))
    editor_client.post(
        admin_url("verdict", "change", draft.pk),
        form_data(
            verdict_page,
            rating=str(Rating.objects.get(slug="false").pk),
            headline="Wrong on the toll",
        ),
    )

    response = publish(reviewer_client, claim, reviewer_page)

    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW
    (message,) = messages_of(response)
    assert message.startswith("Not published: erin changed the draft (")
    assert "rating" in message
    assert "headline" in message


def test_evidence_changed_after_the_reviewer_opened_it_is_not_published(desk):
    editor, _ = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    claim = claim_in_review(editor)
    reviewer_page = claim_page(reviewer_client, claim)
    services.evidence_update(evidence=claim.evidence.get(), by=editor, stance="refutes")

    response = publish(reviewer_client, claim, reviewer_page)

    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW
    assert "the evidence changed" in messages_of(response)[0]


# --- 3. the published record changes only in the open -----------------------------------------


@pytest.fixture
def published_claim(desk):
    editor, _ = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    claim = claim_in_review(editor)
    publish(reviewer_client, claim, claim_page(reviewer_client, claim))
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED
    return claim


def test_a_published_claims_text_cannot_be_changed_in_its_form(desk, published_claim, client):
    _editor, editor_client = desk["editor"]
    page = claim_page(editor_client, published_claim)

    editor_client.post(
        admin_url("claim", "change", published_claim.pk),
        form_data(page, text="The toll rose to 60 on Thursday"),
    )

    published_claim.refresh_from_db()
    public = client.get(published_claim.get_absolute_url()).text
    assert "text" not in page.context["adminform"].form.fields
    assert published_claim.text == "The toll rose to 54 on Thursday"
    assert claim_reviewed(public) == "The toll rose to 54 on Thursday"


def test_the_service_refuses_a_published_claims_text(desk, published_claim):
    editor, _ = desk["editor"]

    with pytest.raises(services.WorkflowError, match="Reopen it to change it"):
        services.claim_update(claim=published_claim, by=editor, text="Another text")


def test_cited_evidence_on_a_published_claim_keeps_its_stance_and_url(desk, published_claim):
    _editor, editor_client = desk["editor"]
    page = claim_page(editor_client, published_claim)
    prefix = evidence_prefix(page)

    editor_client.post(
        admin_url("claim", "change", published_claim.pk),
        form_data(
            page,
            **{
                f"{prefix}-0-stance": "refutes",
                f"{prefix}-0-url": "https://elsewhere.example.org/",
                f"{prefix}-0-archive_url": "https://archive.example.org/briefing",
            },
        ),
    )

    evidence = published_claim.evidence.get()
    assert evidence.stance == "supports"
    assert evidence.url == ""
    assert evidence.archive_url == "https://archive.example.org/briefing"
    assert evidence.history.latest().history_user.username == "erin"


def test_cited_evidence_cannot_be_deleted(desk, published_claim):
    _editor, editor_client = desk["editor"]
    evidence = published_claim.evidence.get()

    page = editor_client.get(admin_url("evidence", "delete", evidence.pk))
    posted = editor_client.post(admin_url("evidence", "delete", evidence.pk), {"post": "yes"})

    assert (page.status_code, posted.status_code) == (403, 403)
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_cited_evidence_marked_for_deletion_on_the_claim_page_stays(desk, published_claim):
    _editor, editor_client = desk["editor"]
    page = claim_page(editor_client, published_claim)

    response = editor_client.post(
        admin_url("claim", "change", published_claim.pk),
        form_data(page, **{f"{evidence_prefix(page)}-0-DELETE": "on"}),
    )

    assert response.status_code == 200
    assert "stays in the public record" in response.text
    assert published_claim.evidence.count() == 1


# --- 4. a re-check does not leak ----------------------------------------------------------------


def test_evidence_added_during_a_recheck_stays_private_until_the_next_verdict(
    desk, published_claim, client
):
    reviewer, _ = desk["reviewer"]
    _editor, editor_client = desk["editor"]
    services.claim_reopen(claim=published_claim, by=reviewer)
    page = claim_page(editor_client, published_claim)
    prefix = evidence_prefix(page)

    editor_client.post(
        admin_url("claim", "change", published_claim.pk),
        form_data(
            page,
            **{
                f"{prefix}-TOTAL_FORMS": "2",
                f"{prefix}-1-title": "A leaked memo",
                f"{prefix}-1-stance": "refutes",
                f"{prefix}-1-kind": "other",
            },
        ),
    )

    public = client.get(published_claim.get_absolute_url()).text
    api = client.get(reverse("api:claim-detail", args=[published_claim.slug])).json()
    assert published_claim.evidence.filter(title="A leaked memo").exists()
    assert "A leaked memo" not in public
    assert "Ministry briefing" in public
    assert [item["title"] for item in api["evidence"]] == ["Ministry briefing"]


# --- 5. no lost edits -------------------------------------------------------------------------


def test_an_older_form_changing_only_the_text_keeps_a_colleagues_place(desk):
    _editor, editor_client = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    claim = factories.ClaimFactory(text="54 dead", figure_place="")
    url = admin_url("claim", "change", claim.pk)
    editors_form = form_data(claim_page(editor_client, claim))
    reviewer_client.post(
        url, form_data(claim_page(reviewer_client, claim), figure_place="Valencia")
    )

    response = editor_client.post(url, {**editors_form, "text": "At least 54 dead"})

    claim.refresh_from_db()
    assert response.status_code == 302
    assert (claim.text, claim.figure_place) == ("At least 54 dead", "Valencia")


def test_a_conflict_page_shows_saved_values_in_its_header(desk):
    _editor, editor_client = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    claim = factories.ClaimFactory(text="54 dead")
    url = admin_url("claim", "change", claim.pk)
    editors_form = form_data(claim_page(editor_client, claim))
    reviewer_client.post(url, form_data(claim_page(reviewer_client, claim), text="55 dead"))

    response = editor_client.post(url, {**editors_form, "text": "56 dead"})

    assert response.status_code == 200
    assert response.context["original"].text == "55 dead"
    assert "<h2>55 dead</h2>" in response.text
    assert "<h2>56 dead</h2>" not in response.text


def test_the_conflict_page_then_shows_the_colleagues_value_where_only_they_changed(desk):
    _editor, editor_client = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    claim = factories.ClaimFactory(text="54 dead", figure_place="")
    url = admin_url("claim", "change", claim.pk)
    editors_form = form_data(claim_page(editor_client, claim))
    reviewer_client.post(
        url, form_data(claim_page(reviewer_client, claim), text="55 dead", figure_place="Valencia")
    )
    refused = editor_client.post(url, {**editors_form, "text": "56 dead"})

    editor_client.post(url, {**form_data(refused), "resolve__text": ["", "mine"]})

    claim.refresh_from_db()
    assert (claim.text, claim.figure_place) == ("56 dead", "Valencia")


def test_a_stale_claim_page_does_not_overwrite_evidence_edited_on_its_own_page(desk):
    _editor, editor_client = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    evidence = factories.EvidenceFactory(title="Briefing", publisher="Ministry")
    claim = evidence.claim
    stale = claim_page(editor_client, claim)
    page = reviewer_client.get(admin_url("evidence", "change", evidence.pk))
    reviewer_client.post(
        admin_url("evidence", "change", evidence.pk), form_data(page, publisher="Interior Ministry")
    )

    response = editor_client.post(
        admin_url("claim", "change", claim.pk), form_data(stale, text="A new wording")
    )

    evidence.refresh_from_db()
    claim.refresh_from_db()
    assert response.status_code == 302
    assert evidence.publisher == "Interior Ministry"
    assert claim.text == "A new wording"


def test_a_stale_inline_row_changing_the_same_field_asks_first(desk):
    _editor, editor_client = desk["editor"]
    _reviewer, reviewer_client = desk["reviewer"]
    draft = factories.VerdictFactory(headline="Partly right")
    claim = draft.claim
    stale = claim_page(editor_client, claim)
    page = reviewer_client.get(admin_url("verdict", "change", draft.pk))
    reviewer_client.post(
        admin_url("verdict", "change", draft.pk), form_data(page, headline="Wrong")
    )

    response = editor_client.post(
        admin_url("claim", "change", claim.pk),
        form_data(stale, **{f"{draft_prefix(stale)}-0-headline": "Right"}),
    )

    draft.refresh_from_db()
    assert response.status_code == 200
    assert draft.headline == "Wrong"
    assert 'name="verdicts-0-resolve__headline" value="mine"' in response.text


# --- 6. who may be assigned -------------------------------------------------------------------


def inactive_editor():
    user, _client = member("gone", "Editors")
    user.is_active = False
    user.save()
    return user


def staff_without_a_role():
    return factories.UserFactory(username="no-role")


@pytest.mark.parametrize("make_user", [inactive_editor, staff_without_a_role])
def test_the_claim_form_refuses_an_assignee_who_cannot_work_on_claims(desk, make_user):
    _editor, editor_client = desk["editor"]
    claim = factories.ClaimFactory()
    user = make_user()

    response = editor_client.post(
        admin_url("claim", "change", claim.pk),
        form_data(claim_page(editor_client, claim), assignee=str(user.pk)),
    )

    claim.refresh_from_db()
    assert response.status_code == 200
    assert claim.assignee is None


def test_the_assignee_lookup_does_not_search_email_addresses(desk):
    _editor, editor_client = desk["editor"]
    factories.UserFactory(username="kate", email="secret.source@example.org").groups.add(
        Group.objects.get(name="Editors")
    )

    def lookup(term):
        response = editor_client.get(
            reverse("admin:autocomplete"),
            {
                "app_label": "articles",
                "model_name": "claim",
                "field_name": "assignee",
                "term": term,
            },
        )
        return [row["text"] for row in response.json()["results"]]

    assert lookup("kat") == ["kate"]
    assert lookup("secret.source") == []


# --- 7. claimants and tracked figures follow their services' rules ----------------------------


def test_the_claimant_admin_refuses_a_name_that_exists_in_another_case(desk):
    _editor, editor_client = desk["editor"]
    factories.ClaimantFactory(name="National Police")

    response = editor_client.post(
        admin_url("claimant", "add"), {"name": "national police", "kind": "organisation"}
    )

    assert response.status_code == 200
    assert "already a claimant" in response.text
    assert Claimant.objects.count() == 1


def test_the_claimant_admin_makes_the_slug_from_the_name(desk):
    _editor, editor_client = desk["editor"]

    editor_client.post(
        admin_url("claimant", "add"), {"name": "Державна служба", "kind": "organisation"}
    )

    assert Claimant.objects.get().slug == "derzhavna-sluzhba"


def test_the_tracked_figure_admin_refuses_a_name_that_exists_in_another_case(desk):
    _editor, editor_client = desk["editor"]
    factories.TrackedFigureFactory(name="Dead in Valencia")

    response = editor_client.post(
        admin_url("trackedfigure", "add"), {"name": "dead in valencia", "unit": "dead"}
    )

    assert response.status_code == 200
    assert "already exists" in response.text


# --- the admin keeps no write path of its own -------------------------------------------------


def test_no_admin_module_saves_around_a_service():
    admin_dir = pathlib.Path(__file__).resolve().parent.parent / "articles" / "admin"
    pattern = re.compile(r"super\(\)\.(save_model|save_formset|delete_model)")

    offenders = [
        f"{path.name}:{number}"
        for path in sorted(admin_dir.glob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if pattern.search(line)
    ]

    assert offenders == []


# --- newsrooms that publish only verdicts -----------------------------------------------------


@pytest.fixture
def only_published(settings):
    settings.FACTCHECK_PUBLIC_BEING_CHECKED = False
    return {
        "checked": factories.ClaimFactory(researching=True, text="Being checked quietly"),
        "published": factories.ClaimFactory(published=True, text="Checked in the open"),
    }


def test_without_public_checks_a_claim_being_checked_has_no_public_page(client, only_published):
    assert client.get(only_published["checked"].get_absolute_url()).status_code == 404
    assert client.get(only_published["published"].get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "url", ["/", "/claims/", "/api/claims/", "/sitemap-claims.xml", "/claims/export.csv"]
)
def test_without_public_checks_no_list_shows_a_claim_being_checked(client, only_published, url):
    response = client.get(url)
    text = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode()
    if url == "/sitemap-claims.xml":
        # Every file of claims the index names (each a block of keys).
        index = client.get("/sitemap.xml").content.decode()
        files = re.findall(r"<loc>[^<]*(/sitemap-claims\.xml[^<]*)</loc>", index)
        text += "".join(client.get(unescape(path)).content.decode() for path in files)

    assert response.status_code == 200
    assert "Checked in the open" in text or only_published["published"].slug in text
    assert "Being checked quietly" not in text
    assert only_published["checked"].slug not in text


def test_with_public_checks_a_claim_being_checked_is_listed(client):
    factories.ClaimFactory(researching=True, text="Being checked openly")

    assert "Being checked openly" in client.get("/claims/").text
