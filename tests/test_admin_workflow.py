"""The workflow in the admin: transition buttons, corrections and bulk actions on claims."""

import pytest
from django.contrib import admin
from django.contrib.admin.sites import AdminSite
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import path, reverse

from articles import services
from articles.admin.base import ServiceModelAdmin
from articles.admin.workflow import ClaimWorkflowAdminMixin
from articles.models import Claim, ClaimStatus, Correction, StatusChange
from tests import factories

pytestmark = pytest.mark.django_db

S = ClaimStatus


def change_url(claim):
    return reverse("admin:articles_claim_change", args=[claim.pk])


def transition_url(claim, action):
    return reverse("admin:articles_claim_transition", args=[claim.pk, action])


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def ready_for_review(*, author):
    claim = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=author)
    return claim


def buttons(response):
    """The labels of the transition buttons on a claim page."""
    html = response.content.decode()
    start = html.index('class="fc-workflow__buttons"')
    end = html.index("</div>", start)
    return [
        chunk.split(">", 1)[1].split("<", 1)[0] for chunk in html[start:end].split("<button")[1:]
    ]


# --- the buttons ------------------------------------------------------------------------------


def test_editor_sees_only_the_moves_an_editor_may_make(editor_client):
    claim = ready_for_review(author=factories.UserFactory())

    response = editor_client.get(change_url(claim))

    assert response.status_code == 200
    assert buttons(response) == ["Send back to research", "Dismiss"]


def test_reviewer_sees_the_publish_button(reviewer_client):
    claim = ready_for_review(author=factories.UserFactory())

    response = reviewer_client.get(change_url(claim))

    assert buttons(response) == ["Send back to research", "Publish verdict", "Dismiss"]


def test_the_drafts_author_does_not_see_publish_and_is_told_why(reviewer, reviewer_client):
    claim = ready_for_review(author=reviewer)

    response = reviewer_client.get(change_url(claim))

    assert "Publish verdict" not in buttons(response)
    assert "another reviewer must publish it" in response.content.decode()


def test_publish_button_comes_with_what_is_still_missing(reviewer_client):
    claim = factories.ClaimFactory(in_review=True)
    factories.VerdictFactory(claim=claim, explanation="")

    response = reviewer_client.get(change_url(claim))

    assert "Not ready to publish yet:" in response.content.decode()
    assert "the verdict has no explanation; the claim has no evidence" in (
        response.content.decode()
    )


def test_publish_button_comes_with_a_ready_note_when_nothing_is_missing(reviewer_client):
    claim = ready_for_review(author=factories.UserFactory())

    response = reviewer_client.get(change_url(claim))

    assert "Ready to publish" in response.content.decode()
    assert "Not ready to publish yet" not in response.content.decode()


def test_published_claim_offers_an_editor_no_moves(editor_client):
    claim = factories.ClaimFactory(published=True)

    response = editor_client.get(change_url(claim))

    assert "There is no workflow step you can take from here." in response.content.decode()
    assert 'class="fc-workflow__buttons"' not in response.content.decode()


def test_claim_page_lists_recent_status_changes_with_their_notes(editor, editor_client):
    claim = factories.ClaimFactory()
    factories.StatusChangeFactory(claim=claim, by=editor, note="Waiting for the ministry.")

    response = editor_client.get(change_url(claim))

    assert "Waiting for the ministry." in response.content.decode()


# --- running a transition ---------------------------------------------------------------------


def test_button_runs_the_transition_with_its_note(editor, editor_client):
    claim = factories.ClaimFactory()

    response = editor_client.post(
        transition_url(claim, "start_research"),
        {"note": "Asked the prosecutor's office.", "version": claim.version},
        follow=True,
    )

    claim.refresh_from_db()
    change = StatusChange.objects.get(claim=claim)
    assert response.redirect_chain == [(change_url(claim), 302)]
    assert claim.status == S.RESEARCHING
    assert (change.by, change.note) == (editor, "Asked the prosecutor's office.")
    assert messages_of(response) == ["“Start research” done: the claim is now researching."]


def test_refused_transition_says_why_and_changes_nothing(editor_client):
    claim = ready_for_review(author=factories.UserFactory())

    response = editor_client.post(transition_url(claim, "publish"), follow=True)

    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW
    assert claim.version == 1
    assert not StatusChange.objects.exists()
    assert messages_of(response) == ["You do not have permission to “Publish verdict” this claim."]


def test_transition_from_the_wrong_state_is_refused_with_a_message(editor_client):
    claim = factories.ClaimFactory(published=True)

    response = editor_client.post(transition_url(claim, "accept"), follow=True)

    assert messages_of(response) == ["“Accept” is not possible: the claim is published."]
    assert Claim.objects.get(pk=claim.pk).status == S.PUBLISHED


def test_transition_from_a_stale_page_is_refused(editor, editor_client):
    claim = factories.ClaimFactory()
    version_on_page = claim.version
    services.claim_start_research(claim=Claim.objects.get(pk=claim.pk), by=editor)

    response = editor_client.post(
        transition_url(claim, "dismiss"), {"version": version_on_page}, follow=True
    )

    assert Claim.objects.get(pk=claim.pk).status == S.RESEARCHING
    assert "Someone else changed" in messages_of(response)[0]


def test_reviewer_publishes_from_the_claim_page(reviewer, reviewer_client):
    claim = ready_for_review(author=factories.UserFactory())
    page = reviewer_client.get(reverse("admin:articles_claim_change", args=[claim.pk]))

    reviewer_client.post(
        transition_url(claim, "publish"),
        {"version": claim.version, "reviewed": page.context["workflow"]["reviewed"]},
    )

    claim.refresh_from_db()
    verdict = claim.verdicts.get()
    assert claim.status == S.PUBLISHED
    assert (verdict.is_current, verdict.reviewer) == (True, reviewer)


def test_a_publish_that_does_not_say_what_the_reviewer_read_is_refused(reviewer_client):
    claim = ready_for_review(author=factories.UserFactory())

    response = reviewer_client.post(
        transition_url(claim, "publish"), {"version": claim.version}, follow=True
    )

    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW
    assert "reload the claim page and read the draft first" in response.content.decode()


def test_transition_url_refuses_get(editor_client):
    claim = factories.ClaimFactory()

    response = editor_client.get(transition_url(claim, "start_research"))

    assert response.status_code == 405
    assert Claim.objects.get(pk=claim.pk).status == S.OPEN


def test_transition_needs_a_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    claim = factories.ClaimFactory()

    response = client.post(transition_url(claim, "start_research"))

    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == S.OPEN


def test_transition_needs_a_staff_login(client):
    claim = factories.ClaimFactory()

    response = client.post(transition_url(claim, "start_research"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert Claim.objects.get(pk=claim.pk).status == S.OPEN


def test_transition_of_a_missing_claim_is_not_found(editor_client):
    response = editor_client.post(
        reverse("admin:articles_claim_transition", args=[987654, "accept"])
    )

    assert response.status_code == 404


# --- corrections ------------------------------------------------------------------------------


def test_reviewer_adds_a_correction_from_the_claim_page(reviewer, reviewer_client):
    claim = factories.ClaimFactory(published=True)

    response = reviewer_client.post(
        reverse("admin:articles_claim_correct", args=[claim.pk]),
        {"correction": "The statement was made on 27 October, not 28."},
        follow=True,
    )

    correction = Correction.objects.get()
    assert correction.verdict == claim.verdicts.get()
    assert correction.author == reviewer
    assert messages_of(response)[0].startswith("The correction is published")


def test_correction_form_is_not_shown_to_editors(editor_client):
    claim = factories.ClaimFactory(published=True)

    response = editor_client.get(change_url(claim))

    assert "Correct the published verdict" not in response.content.decode()


def test_correction_form_is_shown_to_reviewers(reviewer_client):
    claim = factories.ClaimFactory(published=True)

    response = reviewer_client.get(change_url(claim))

    assert "Correct the published verdict" in response.content.decode()


def test_editor_cannot_add_a_correction(editor_client):
    claim = factories.ClaimFactory(published=True)

    response = editor_client.post(
        reverse("admin:articles_claim_correct", args=[claim.pk]),
        {"correction": "Sneaky."},
        follow=True,
    )

    assert not Correction.objects.exists()
    assert messages_of(response) == ["You do not have permission to correct a verdict."]


def test_empty_correction_is_refused(reviewer_client):
    claim = factories.ClaimFactory(published=True)

    response = reviewer_client.post(
        reverse("admin:articles_claim_correct", args=[claim.pk]), {"correction": " "}, follow=True
    )

    assert not Correction.objects.exists()
    assert messages_of(response) == ["A correction needs a note."]


def test_correcting_a_claim_without_a_published_verdict_is_refused(reviewer_client):
    claim = factories.ClaimFactory(researching=True)

    response = reviewer_client.post(
        reverse("admin:articles_claim_correct", args=[claim.pk]),
        {"correction": "Typo."},
        follow=True,
    )

    assert not Correction.objects.exists()
    assert messages_of(response) == ["This claim has no published verdict to correct."]


# --- bulk actions -----------------------------------------------------------------------------


def run_action(client, action, claims):
    return client.post(
        reverse("admin:articles_claim_changelist"),
        {"action": action, "_selected_action": [c.pk for c in claims]},
        follow=True,
    )


def test_bulk_accept_reports_what_it_skipped_and_why(editor_client):
    suggested = factories.ClaimFactory.create_batch(3, suggested=True)
    published = factories.ClaimFactory(published=True, text="The bridge was destroyed")
    dismissed = factories.ClaimFactory(dismissed=True, text="Nobody was hurt")

    response = run_action(editor_client, "accept_claims", [*suggested, published, dismissed])

    assert messages_of(response) == [
        "Accepted 3 claims. Skipped 2: “The bridge was destroyed” is published (cannot accept); "
        "“Nobody was hurt” is dismissed (cannot accept)."
    ]
    assert set(Claim.objects.values_list("status", flat=True)) == {S.OPEN, S.PUBLISHED, S.DISMISSED}
    assert StatusChange.objects.filter(to_status=S.OPEN).count() == 3


def test_bulk_accept_of_suggested_claims_only_says_how_many(editor_client):
    claims = factories.ClaimFactory.create_batch(2, suggested=True)

    response = run_action(editor_client, "accept_claims", claims)

    assert messages_of(response) == ["Accepted 2 claims."]


def test_bulk_dismiss(editor_client):
    claims = [factories.ClaimFactory(suggested=True), factories.ClaimFactory(researching=True)]

    response = run_action(editor_client, "dismiss_claims", claims)

    assert messages_of(response) == ["Dismissed 2 claims."]
    assert set(Claim.objects.values_list("status", flat=True)) == {S.DISMISSED}


def test_bulk_move_to_research_starts_open_claims_and_sends_back_those_in_review(editor_client):
    open_claim = factories.ClaimFactory()
    in_review = factories.ClaimFactory(in_review=True)
    suggested = factories.ClaimFactory(suggested=True, text="Shelling stopped at noon")

    response = run_action(editor_client, "move_to_research", [open_claim, in_review, suggested])

    assert messages_of(response) == [
        "Moved 2 claims to research. Skipped 1: "
        "“Shelling stopped at noon” is suggested (cannot start research)."
    ]
    assert Claim.objects.get(pk=open_claim.pk).status == S.RESEARCHING
    assert Claim.objects.get(pk=in_review.pk).status == S.RESEARCHING
    assert Claim.objects.get(pk=suggested.pk).status == S.SUGGESTED


def test_bulk_assign_to_me(editor, editor_client):
    claims = factories.ClaimFactory.create_batch(2)

    response = run_action(editor_client, "assign_to_me", claims)

    assert messages_of(response) == ["Assigned 2 claims to you."]
    assert list(Claim.objects.values_list("assignee", flat=True)) == [editor.pk, editor.pk]


def test_bulk_actions_are_offered_on_the_changelist(editor_client):
    response = editor_client.get(reverse("admin:articles_claim_changelist"))

    choices = dict(response.context["action_form"].fields["action"].choices)
    assert {"assign_to_me", "accept_claims", "move_to_research", "dismiss_claims"} <= set(choices)


def test_user_with_view_access_only_gets_no_workflow_actions(client):
    viewer = factories.UserFactory(username="viewer")
    viewer.user_permissions.add(
        *Group.objects.get(name="Editors").permissions.filter(codename="view_claim")
    )
    client.force_login(viewer)

    response = client.get(reverse("admin:articles_claim_changelist"))

    assert response.status_code == 200
    assert response.context["action_form"] is None


# --- the mixins stay composable ---------------------------------------------------------------


def test_mixins_merge_with_the_model_admins_own_actions_and_urls():
    class CustomClaimAdmin(ClaimWorkflowAdminMixin, ServiceModelAdmin):
        actions = ["mark_interesting"]

        @admin.action(description="Mark interesting")
        def mark_interesting(self, request, queryset):
            pass

        def get_urls(self):
            return [path("extra/", lambda request: None, name="extra"), *super().get_urls()]

    model_admin = CustomClaimAdmin(Claim, AdminSite(name="composability"))
    reviewer = factories.UserFactory(username="composer", is_superuser=True)
    request = type("Request", (), {"user": reviewer, "GET": {}, "POST": {}})()

    actions = model_admin.get_actions(request)
    url_names = {pattern.name for pattern in model_admin.get_urls()}

    assert {"mark_interesting", "accept_claims", "delete_selected"} <= set(actions)
    assert {
        "extra",
        "articles_claim_transition",
        "articles_claim_correct",
        "articles_claim_history_compare",
        "articles_claim_simple_history",
        "articles_claim_change",
    } <= url_names
