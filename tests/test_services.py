"""The workflow services: one transition table, one service per transition."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError

from articles import services
from articles.models import (
    Claim,
    ClaimStatus,
    Correction,
    StatusChange,
    Verdict,
    VerdictState,
)
from tests import factories

pytestmark = pytest.mark.django_db

S = ClaimStatus


def ready_for_review(*, author, **claim_kwargs):
    """A claim in review with evidence and a complete draft verdict by ``author``."""
    claim = factories.ClaimFactory(in_review=True, **claim_kwargs)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=author)
    return claim


def snapshot(claim):
    claim.refresh_from_db()
    return claim.status, claim.version, StatusChange.objects.filter(claim=claim).count()


# --- the transition table ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "source", "target"),
    [
        ("accept", S.SUGGESTED, S.OPEN),
        ("start_research", S.OPEN, S.RESEARCHING),
        ("send_back", S.IN_REVIEW, S.RESEARCHING),
        ("dismiss", S.SUGGESTED, S.DISMISSED),
        ("dismiss", S.OPEN, S.DISMISSED),
        ("dismiss", S.RESEARCHING, S.DISMISSED),
        ("dismiss", S.IN_REVIEW, S.DISMISSED),
        ("restore", S.DISMISSED, S.OPEN),
    ],
)
def test_transition_moves_the_claim_and_records_who_when_and_why(editor, action, source, target):
    claim = factories.ClaimFactory(status=source)

    services.claim_transition(
        claim=claim, action=action, by=editor, note="  Called the ministry.  "
    )

    claim.refresh_from_db()
    change = StatusChange.objects.get(claim=claim)
    assert claim.status == target
    assert claim.version == 2
    assert (change.from_status, change.to_status, change.by) == (source, target, editor)
    assert change.note == "Called the ministry."
    assert change.at == claim.last_activity_at


def test_submit_for_review_needs_a_draft_verdict(editor):
    claim = factories.ClaimFactory(researching=True)
    before = snapshot(claim)

    with pytest.raises(services.WorkflowError, match="Write a draft verdict"):
        services.claim_submit_for_review(claim=claim, by=editor)

    assert snapshot(claim) == before


def test_submit_for_review_with_a_draft_moves_the_claim_in_review(editor):
    claim = factories.ClaimFactory(researching=True)
    factories.VerdictFactory(claim=claim, author=editor)

    services.claim_submit_for_review(claim=claim, by=editor)

    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW


INVALID_MOVES = [
    (action, status)
    for action, transition in services.TRANSITIONS.items()
    for status in S
    if status not in transition.sources
]


@pytest.mark.parametrize(("action", "status"), INVALID_MOVES)
def test_invalid_transition_is_refused_and_changes_nothing(action, status):
    superuser = factories.UserFactory(username="root", is_superuser=True)
    claim = factories.ClaimFactory(status=status)
    before = snapshot(claim)

    with pytest.raises(services.WorkflowError, match="is not possible: the claim is"):
        services.claim_transition(claim=claim, action=action, by=superuser)

    assert snapshot(claim) == before


def test_refusal_names_the_step_and_the_state(editor):
    claim = factories.ClaimFactory(published=True)

    with pytest.raises(services.WorkflowError) as refused:
        services.claim_accept(claim=claim, by=editor)

    assert refused.value.messages == ["“Accept” is not possible: the claim is published."]


def test_unknown_action_is_refused(editor):
    claim = factories.ClaimFactory()

    with pytest.raises(services.WorkflowError, match="Unknown action"):
        services.claim_transition(claim=claim, action="teleport", by=editor)

    assert snapshot(claim) == (S.OPEN, 1, 0)


def test_stale_expected_version_is_refused_and_changes_nothing(editor):
    claim = factories.ClaimFactory()
    services.claim_start_research(claim=Claim.objects.get(pk=claim.pk), by=editor)

    with pytest.raises(services.ConcurrentEditError, match="Someone else changed"):
        services.claim_transition(claim=claim, action="dismiss", by=editor, expected_version=1)

    assert snapshot(claim) == (S.RESEARCHING, 2, 1)


def test_each_named_service_runs_its_transition(editor, reviewer):
    claim = factories.ClaimFactory(suggested=True)
    services.claim_accept(claim=claim, by=editor)
    services.claim_start_research(claim=claim, by=editor)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor)
    services.claim_submit_for_review(claim=claim, by=editor)
    services.claim_send_back(claim=claim, by=reviewer)
    services.claim_submit_for_review(claim=claim, by=editor)
    services.claim_publish(claim=claim, by=reviewer)
    services.claim_reopen(claim=claim, by=reviewer)
    services.claim_dismiss(claim=claim, by=editor)
    services.claim_restore(claim=claim, by=editor)

    moves = list(StatusChange.objects.filter(claim=claim).values_list("to_status", flat=True))
    assert moves == [
        S.OPEN,
        S.RESEARCHING,
        S.IN_REVIEW,
        S.RESEARCHING,
        S.IN_REVIEW,
        S.PUBLISHED,
        S.RESEARCHING,
        S.DISMISSED,
        S.OPEN,
    ]
    assert claim.version == 10


# --- publishing -------------------------------------------------------------------------------


def test_publish_makes_the_draft_the_current_verdict(editor, reviewer):
    claim = ready_for_review(author=editor)

    services.claim_publish(claim=claim, by=reviewer)

    verdict = Verdict.objects.get(claim=claim)
    assert claim.status == S.PUBLISHED
    assert verdict.state == VerdictState.PUBLISHED
    assert verdict.is_current
    assert verdict.reviewer == reviewer
    assert verdict.published_at is not None
    assert verdict.version == 2


def test_publish_without_evidence_is_refused(editor, reviewer):
    claim = factories.ClaimFactory(in_review=True)
    factories.VerdictFactory(claim=claim, author=editor)
    before = snapshot(claim)

    with pytest.raises(services.WorkflowError, match="the claim has no evidence"):
        services.claim_publish(claim=claim, by=reviewer)

    assert snapshot(claim) == before
    assert Verdict.objects.get(claim=claim).state == VerdictState.DRAFT


def test_publish_without_explanation_is_refused(editor, reviewer):
    claim = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor, explanation="   ")

    with pytest.raises(services.WorkflowError, match="the verdict has no explanation"):
        services.claim_publish(claim=claim, by=reviewer)

    assert snapshot(claim) == (S.IN_REVIEW, 1, 0)


def test_publish_without_a_draft_is_refused(reviewer):
    claim = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=claim)

    with pytest.raises(services.WorkflowError, match="there is no draft verdict"):
        services.claim_publish(claim=claim, by=reviewer)

    assert snapshot(claim) == (S.IN_REVIEW, 1, 0)


def test_publish_problems_lists_everything_missing_at_once(editor):
    claim = factories.ClaimFactory(in_review=True)
    factories.VerdictFactory(claim=claim, author=editor, explanation="")

    assert services.publish_problems(claim=claim) == [
        "the verdict has no explanation",
        "the claim has no evidence",
    ]


def test_editor_may_not_publish(editor):
    claim = ready_for_review(author=factories.UserFactory())

    with pytest.raises(PermissionDenied, match="permission"):
        services.claim_publish(claim=claim, by=editor)

    assert snapshot(claim) == (S.IN_REVIEW, 1, 0)


def test_reviewer_may_not_publish_their_own_verdict(reviewer):
    claim = ready_for_review(author=reviewer)

    with pytest.raises(PermissionDenied, match="four-eyes"):
        services.claim_publish(claim=claim, by=reviewer)

    assert snapshot(claim) == (S.IN_REVIEW, 1, 0)
    assert not Verdict.objects.filter(claim=claim, state=VerdictState.PUBLISHED).exists()


def test_one_person_newsroom_may_publish_their_own_verdict(reviewer, settings):
    settings.FACTCHECK_REQUIRE_SEPARATE_REVIEWER = False
    claim = ready_for_review(author=reviewer)

    services.claim_publish(claim=claim, by=reviewer)

    verdict = Verdict.objects.get(claim=claim)
    assert claim.status == S.PUBLISHED
    assert (verdict.author, verdict.reviewer) == (reviewer, reviewer)


def test_publish_takes_the_newest_draft(editor, reviewer):
    claim = ready_for_review(author=editor)
    newer = factories.VerdictFactory(claim=claim, author=editor, headline="Newer reasoning")

    services.claim_publish(claim=claim, by=reviewer)

    assert Verdict.objects.get(claim=claim, is_current=True) == newer


# --- re-rating over time ----------------------------------------------------------------------


def test_reopen_keeps_the_last_published_verdict_current(editor, reviewer):
    claim = ready_for_review(author=editor)
    services.claim_publish(claim=claim, by=reviewer)

    services.claim_reopen(claim=claim, by=reviewer, note="New figures from the ministry.")

    assert claim.status == S.RESEARCHING
    assert claim.current_verdict is not None
    assert claim.current_verdict.state == VerdictState.PUBLISHED


def test_rerating_keeps_earlier_verdicts_and_moves_current_to_the_newest(editor, reviewer):
    claim = ready_for_review(author=editor)
    services.claim_publish(claim=claim, by=reviewer)
    first = Verdict.objects.get(claim=claim)
    services.claim_reopen(claim=claim, by=reviewer)
    second = services.verdict_draft(
        claim=claim,
        by=editor,
        rating=factories.RatingFactory(slug="mostly-false"),
        headline="The count was revised down",
        explanation="The ministry corrected its figure.",
    )
    services.claim_submit_for_review(claim=claim, by=editor)

    services.claim_publish(claim=claim, by=reviewer)

    first.refresh_from_db()
    second.refresh_from_db()
    assert claim.status == S.PUBLISHED
    assert first.state == second.state == VerdictState.PUBLISHED
    assert (first.is_current, second.is_current) == (False, True)
    assert Verdict.objects.filter(claim=claim, is_current=True).count() == 1


# --- corrections ------------------------------------------------------------------------------


def test_reviewer_corrects_a_published_verdict(reviewer):
    claim = factories.ClaimFactory(published=True)
    verdict = claim.verdicts.get()
    updated_before = verdict.updated_at

    correction = services.verdict_correct(
        verdict=verdict, by=reviewer, note="  The statement was made on 27 October.  "
    )

    verdict.refresh_from_db()
    assert correction.note == "The statement was made on 27 October."
    assert correction.author == reviewer
    assert correction.published_at is not None
    assert verdict.updated_at > updated_before
    assert verdict.version == 2


def test_editor_may_not_correct_a_verdict(editor):
    verdict = factories.ClaimFactory(published=True).verdicts.get()

    with pytest.raises(PermissionDenied):
        services.verdict_correct(verdict=verdict, by=editor, note="Typo.")

    assert not Correction.objects.exists()


def test_a_draft_cannot_be_corrected(reviewer):
    verdict = factories.VerdictFactory()

    with pytest.raises(services.WorkflowError, match="Only a published verdict"):
        services.verdict_correct(verdict=verdict, by=reviewer, note="Typo.")

    assert not Correction.objects.exists()


def test_a_correction_needs_a_note(reviewer):
    verdict = factories.ClaimFactory(published=True).verdicts.get()

    with pytest.raises(ValidationError, match="needs a note"):
        services.verdict_correct(verdict=verdict, by=reviewer, note="   ")

    assert not Correction.objects.exists()


# --- assignment -------------------------------------------------------------------------------


def test_assign_sets_the_assignee_and_bumps_the_version(editor, reviewer):
    claim = factories.ClaimFactory()

    services.claim_assign(claim=claim, assignee=reviewer, by=editor)

    claim.refresh_from_db()
    assert claim.assignee == reviewer
    assert claim.version == 2


def test_assign_to_nobody_clears_the_assignee(editor):
    claim = factories.ClaimFactory(assignee=editor)

    services.claim_assign(claim=claim, assignee=None, by=editor)

    claim.refresh_from_db()
    assert claim.assignee is None


def test_assign_refuses_someone_who_cannot_work_on_claims(editor):
    outsider = factories.UserFactory(username="outsider")
    claim = factories.ClaimFactory()

    with pytest.raises(ValidationError, match="cannot work on claims"):
        services.claim_assign(claim=claim, assignee=outsider, by=editor)

    claim.refresh_from_db()
    assert (claim.assignee, claim.version) == (None, 1)


def test_user_without_a_role_may_not_assign(editor):
    outsider = factories.UserFactory(username="outsider")
    claim = factories.ClaimFactory()

    with pytest.raises(PermissionDenied):
        services.claim_assign(claim=claim, assignee=editor, by=outsider)


# --- which buttons to show --------------------------------------------------------------------


def names(transitions):
    return [t.name for t in transitions]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (S.SUGGESTED, ["accept", "dismiss"]),
        (S.OPEN, ["start_research", "dismiss"]),
        (S.RESEARCHING, ["submit_for_review", "dismiss"]),
        (S.IN_REVIEW, ["send_back", "dismiss"]),
        (S.PUBLISHED, []),
        (S.DISMISSED, ["restore"]),
    ],
)
def test_available_transitions_for_an_editor(editor, status, expected):
    claim = factories.ClaimFactory(status=status)

    assert names(services.available_transitions(claim=claim, user=editor)) == expected


def test_available_transitions_offer_publish_and_reopen_to_reviewers(editor, reviewer):
    in_review = ready_for_review(author=editor)
    published = factories.ClaimFactory(published=True)

    assert names(services.available_transitions(claim=in_review, user=reviewer)) == [
        "send_back",
        "publish",
        "dismiss",
    ]
    assert names(services.available_transitions(claim=published, user=reviewer)) == ["reopen"]


def test_available_transitions_hide_publish_from_the_drafts_author(reviewer):
    claim = ready_for_review(author=reviewer)

    assert "publish" not in names(services.available_transitions(claim=claim, user=reviewer))


def test_available_transitions_show_publish_to_the_author_in_a_one_person_newsroom(
    reviewer, settings
):
    settings.FACTCHECK_REQUIRE_SEPARATE_REVIEWER = False
    claim = ready_for_review(author=reviewer)

    assert "publish" in names(services.available_transitions(claim=claim, user=reviewer))


def test_available_transitions_are_empty_for_anonymous_and_roleless_users():
    claim = factories.ClaimFactory()
    outsider = factories.UserFactory(username="outsider")

    assert services.available_transitions(claim=claim, user=AnonymousUser()) == []
    assert services.available_transitions(claim=claim, user=outsider) == []
