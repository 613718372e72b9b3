"""Who may make which workflow move: every transition for every kind of user.

Each cell sets the claim up in a state the transition starts from (with
evidence and a complete draft), lets the user try, and checks the database
afterwards: the status, the version and the status-change rows.
"""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied

from articles import services
from articles.models import ClaimStatus, StatusChange, VerdictState
from tests import factories

pytestmark = pytest.mark.django_db

S = ClaimStatus
ALLOWED = "allowed"
DENIED = PermissionDenied
REFUSED = services.WorkflowError

ROLES = ["anonymous", "no_group", "editor", "reviewer", "author", "superuser"]

# The state each transition is tried from.
SOURCE = {
    "accept": S.SUGGESTED,
    "start_research": S.OPEN,
    "submit_for_review": S.RESEARCHING,
    "send_back": S.IN_REVIEW,
    "publish": S.IN_REVIEW,
    "reopen": S.PUBLISHED,
    "dismiss": S.RESEARCHING,
    "restore": S.DISMISSED,
}

EVERYONE_WHO_EDITS = {
    "anonymous": DENIED,
    "no_group": DENIED,
    "editor": ALLOWED,
    "reviewer": ALLOWED,
    "author": ALLOWED,
    "superuser": ALLOWED,
}
MATRIX = {
    "accept": EVERYONE_WHO_EDITS,
    "start_research": EVERYONE_WHO_EDITS,
    "submit_for_review": EVERYONE_WHO_EDITS,
    "send_back": EVERYONE_WHO_EDITS,
    "dismiss": EVERYONE_WHO_EDITS,
    "restore": EVERYONE_WHO_EDITS,
    "publish": {
        "anonymous": DENIED,
        "no_group": DENIED,
        "editor": DENIED,
        "reviewer": ALLOWED,
        # The four-eyes rule: a reviewer may not publish the verdict they wrote.
        "author": DENIED,
        "superuser": ALLOWED,
    },
    "reopen": {
        "anonymous": DENIED,
        "no_group": DENIED,
        "editor": DENIED,
        "reviewer": ALLOWED,
        "author": ALLOWED,
        "superuser": ALLOWED,
    },
}


def test_the_matrix_covers_every_transition():
    assert set(MATRIX) == set(services.TRANSITIONS) == set(SOURCE)


def make_user(role):
    if role == "anonymous":
        return AnonymousUser()
    user = factories.UserFactory(username=role, is_superuser=role == "superuser")
    group = {"editor": "Editors", "reviewer": "Reviewers", "author": "Reviewers"}.get(role)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def claim_in(status, *, draft_author):
    """A claim in ``status`` with evidence and a complete draft by ``draft_author``."""
    if status == S.PUBLISHED:
        return factories.ClaimFactory(published=True)
    claim = factories.ClaimFactory(status=status)
    factories.EvidenceFactory(claim=claim)
    if status in (S.RESEARCHING, S.IN_REVIEW):
        factories.VerdictFactory(claim=claim, author=draft_author)
    return claim


def other_status(action):
    """A state the transition cannot start from."""
    return next(status for status in S if status not in services.TRANSITIONS[action].sources)


def attempt(claim, action, user):
    try:
        services.claim_transition(claim=claim, action=action, by=user, note="matrix")
    except (PermissionDenied, services.WorkflowError) as error:
        return type(error)
    return ALLOWED


CELLS = [(action, role, MATRIX[action][role]) for action in MATRIX for role in ROLES]


@pytest.mark.parametrize(("action", "role", "expected"), CELLS)
def test_transition_from_its_source_state(action, role, expected):
    user = make_user(role)
    writer = user if role == "author" else factories.UserFactory(username="writer")
    claim = claim_in(SOURCE[action], draft_author=writer)

    outcome = attempt(claim, action, user)

    claim.refresh_from_db()
    changes = StatusChange.objects.filter(claim=claim)
    assert outcome is expected
    if expected is ALLOWED:
        target = services.TRANSITIONS[action].target
        assert claim.status == target
        assert claim.version == 2
        assert list(changes.values_list("from_status", "to_status", "by", "note")) == [
            (SOURCE[action], target, user.pk, "matrix")
        ]
    else:
        assert claim.status == SOURCE[action]
        assert claim.version == 1
        assert not changes.exists()


# From a state the transition does not start from, whoever may make the move is told it
# is not possible now; whoever may not is refused before the state is even looked at.
WRONG_STATE_CELLS = [
    (action, role, REFUSED if MATRIX[action][role] is ALLOWED or role == "author" else DENIED)
    for action in MATRIX
    for role in ROLES
]


@pytest.mark.parametrize(("action", "role", "expected"), WRONG_STATE_CELLS)
def test_transition_from_a_state_it_does_not_start_from(action, role, expected):
    user = make_user(role)
    writer = user if role == "author" else factories.UserFactory(username="writer")
    status = other_status(action)
    claim = claim_in(status, draft_author=writer)

    outcome = attempt(claim, action, user)

    claim.refresh_from_db()
    assert outcome is expected
    assert claim.status == status
    assert claim.version == 1
    assert not StatusChange.objects.filter(claim=claim).exists()


def test_the_author_may_publish_when_the_four_eyes_rule_is_lifted(settings):
    settings.FACTCHECK_REQUIRE_SEPARATE_REVIEWER = False
    author = make_user("author")
    claim = claim_in(S.IN_REVIEW, draft_author=author)

    outcome = attempt(claim, "publish", author)

    claim.refresh_from_db()
    verdict = claim.verdicts.get()
    assert outcome is ALLOWED
    assert claim.status == S.PUBLISHED
    assert (verdict.state, verdict.reviewer) == (VerdictState.PUBLISHED, author)
    assert StatusChange.objects.filter(claim=claim, to_status=S.PUBLISHED).count() == 1


def test_the_superuser_is_bound_by_the_four_eyes_rule_too():
    root = make_user("superuser")
    claim = claim_in(S.IN_REVIEW, draft_author=root)

    assert attempt(claim, "publish", root) is DENIED
