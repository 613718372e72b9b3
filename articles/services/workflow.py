"""The claim workflow: the moves a claim can make, who may make them, and the moves
themselves, with publishing, corrections and assignment.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.history import history_changes
from articles.models import (
    Claim,
    ClaimStatus,
    Correction,
    Evidence,
    StatusChange,
    Verdict,
    VerdictState,
)
from articles.services._base import (
    EDIT,
    PUBLISH,
    REOPEN,
    ConcurrentEditError,
    User,
    WorkflowError,
    _as_actor,
    _bump,
    _check_version,
    _locked_claim,
    _require,
    check_assignee,
)
from articles.services._rows import base_record, later_editors


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple[ClaimStatus, ...]
    target: ClaimStatus
    permission: str

    def allowed_from(self, status: str) -> bool:
        return status in self.sources

    def refusal(self, status: str) -> str:
        """Why this transition cannot start from ``status``, in the editor's words."""
        return _("“%(label)s” is not possible: the claim is %(status)s.") % {
            "label": self.label,
            "status": str(ClaimStatus(status).label).lower(),
        }


S = ClaimStatus

# The labels are lazy: each request reads them in its own language, not the one at import.
TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition("accept", gettext_lazy("Accept"), (S.SUGGESTED,), S.OPEN, EDIT),
        Transition(
            "start_research", gettext_lazy("Start research"), (S.OPEN,), S.RESEARCHING, EDIT
        ),
        Transition(
            "submit_for_review",
            gettext_lazy("Submit for review"),
            (S.RESEARCHING,),
            S.IN_REVIEW,
            EDIT,
        ),
        Transition(
            "send_back", gettext_lazy("Send back to research"), (S.IN_REVIEW,), S.RESEARCHING, EDIT
        ),
        Transition(
            "publish", gettext_lazy("Publish verdict"), (S.IN_REVIEW,), S.PUBLISHED, PUBLISH
        ),
        Transition("reopen", gettext_lazy("Reopen"), (S.PUBLISHED,), S.RESEARCHING, REOPEN),
        Transition(
            "dismiss",
            gettext_lazy("Dismiss"),
            (S.SUGGESTED, S.OPEN, S.RESEARCHING, S.IN_REVIEW),
            S.DISMISSED,
            EDIT,
        ),
        Transition("restore", gettext_lazy("Restore"), (S.DISMISSED,), S.OPEN, EDIT),
    )
}


def can_publish(user: User) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(PUBLISH))


def _newest_draft(claim: Claim, *, lock: bool = False) -> Verdict | None:
    drafts = Verdict.objects.filter(claim=claim, state=VerdictState.DRAFT)
    if lock:
        drafts = drafts.select_for_update()
    return drafts.order_by("-created_at", "-id").first()


def is_author(draft: Verdict | None, user: User) -> bool:
    """Whether ``user`` wrote ``draft`` or changed its rating, headline, summary or explanation."""
    if draft is None or not (user and user.is_authenticated):
        return False
    if draft.author_id == user.pk:
        return True
    if hasattr(draft, "author_ids"):
        return user.pk in draft.author_ids
    return draft.authors.filter(pk=user.pk).exists()


def _is_own_draft(draft: Verdict | None, user: User) -> bool:
    return bool(settings.FACTCHECK_REQUIRE_SEPARATE_REVIEWER and is_author(draft, user))


def available_transitions(*, claim: Claim, user: User) -> list[Transition]:
    """The transitions this user may start from the claim's current state (buttons to show).

    Publishing is left out for the author of the draft while the four-eyes rule holds.
    """
    if not (user and user.is_authenticated):
        return []
    allowed = [
        t
        for t in TRANSITIONS.values()
        if t.allowed_from(claim.status) and user.has_perm(t.permission)
    ]
    if any(t.name == "publish" for t in allowed) and _is_own_draft(_newest_draft(claim), user):
        allowed = [t for t in allowed if t.name != "publish"]
    return allowed


def publish_problems(*, claim: Claim, draft: Verdict | None = None) -> list[str]:
    """What the claim still lacks before its draft can be published (empty when ready)."""
    if draft is None:
        draft = _newest_draft(claim)
    problems = []
    if draft is None:
        problems.append(_("there is no draft verdict"))
    else:
        if not draft.rating_id:
            problems.append(_("the verdict has no rating"))
        if not draft.explanation.strip():
            problems.append(_("the verdict has no explanation"))
    if not claim.evidence.exists():
        problems.append(_("the claim has no evidence"))
    return problems


def _record(*, claim: Claim, to: ClaimStatus, by: User, note: str, at=None) -> StatusChange:
    at = at or timezone.now()
    change = StatusChange.objects.create(
        claim=claim,
        from_status=claim.status,
        to_status=to,
        by=by if by and by.is_authenticated else None,
        at=at,
        note=note.strip(),
    )
    _as_actor(claim, by)
    _bump(claim, status=to, last_activity_at=at)
    return change


@dataclass(frozen=True)
class ReviewedVersion:
    """What a reviewer was shown before publishing: the draft at a version, and the evidence.

    ``evidence`` holds ``(id, version)`` of each piece of evidence on the page.
    """

    draft_id: int
    draft_version: int
    evidence: frozenset[tuple[int, int]] | None = None

    @classmethod
    def of(cls, claim: Claim) -> ReviewedVersion | None:
        """What the claim's page shows right now (``None`` without a draft)."""
        draft = _newest_draft(claim)
        if draft is None:
            return None
        return cls(draft.pk, draft.version, evidence_fingerprint(claim))

    def token(self) -> str:
        evidence = ",".join(f"{pk}.{version}" for pk, version in sorted(self.evidence or ()))
        return f"{self.draft_id}.{self.draft_version}:{evidence}"

    @classmethod
    def parse(cls, token: str) -> ReviewedVersion | None:
        """The version a publish form carried, or ``None`` if it carried none (or garbage)."""
        try:
            draft, _sep, evidence = token.partition(":")
            draft_id, draft_version = (int(part) for part in draft.split("."))
            pairs = frozenset(
                (int(pk), int(version))
                for pk, version in (item.split(".") for item in evidence.split(",") if item)
            )
        except ValueError:
            return None
        return cls(draft_id, draft_version, pairs)


def evidence_fingerprint(claim: Claim) -> frozenset[tuple[int, int]]:
    return frozenset(claim.evidence.values_list("pk", "version"))


def claim_transition(
    *,
    claim: Claim,
    action: str,
    by: User,
    note: str = "",
    expected_version: int | None = None,
    reviewed: ReviewedVersion | None = None,
) -> Claim:
    """Move a claim along the workflow; refuse invalid or unauthorised moves, changing nothing.

    Raises ``PermissionDenied`` when ``by`` may not make this move (including the
    four-eyes rule on publishing), ``WorkflowError`` when the claim's state or
    content does not allow it, and ``ConcurrentEditError`` when ``expected_version``
    is given and the claim changed since, or when ``reviewed`` (what the reviewer
    was shown) is given and the draft or the evidence changed since. The claim row
    is locked for the whole move, so two concurrent moves from the same state
    cannot both succeed.
    """
    try:
        transition = TRANSITIONS[action]
    except KeyError:
        raise WorkflowError(
            _("Unknown action “%(action)s”.") % {"action": action}, code="unknown_action"
        ) from None
    _require(by, transition.permission, _("“%(label)s” this claim") % {"label": transition.label})
    with transaction.atomic():
        locked = _locked_claim(claim)
        _check_version(locked, expected_version)
        if not transition.allowed_from(locked.status):
            raise WorkflowError(transition.refusal(locked.status), code="invalid_transition")
        if (
            action == "submit_for_review"
            and not locked.verdicts.filter(state=VerdictState.DRAFT).exists()
        ):
            raise WorkflowError(
                _("Write a draft verdict before submitting the claim for review."),
                code="no_draft",
            )
        if action == "publish":
            _publish_current_draft(claim=locked, by=by, reviewed=reviewed)
        _record(claim=locked, to=transition.target, by=by, note=note)
    claim.refresh_from_db()
    return claim


def claim_accept(*, claim: Claim, by: User, note: str = "") -> Claim:
    """Accept a suggested claim: it becomes open and public as “being checked”."""
    return claim_transition(claim=claim, action="accept", by=by, note=note)


def claim_dismiss(*, claim: Claim, by: User, note: str = "") -> Claim:
    """Dismiss a claim: it leaves the public site; a re-import will not suggest it again."""
    return claim_transition(claim=claim, action="dismiss", by=by, note=note)


def claim_start_research(*, claim: Claim, by: User, note: str = "") -> Claim:
    return claim_transition(claim=claim, action="start_research", by=by, note=note)


def claim_submit_for_review(*, claim: Claim, by: User, note: str = "") -> Claim:
    return claim_transition(claim=claim, action="submit_for_review", by=by, note=note)


def claim_send_back(*, claim: Claim, by: User, note: str = "") -> Claim:
    return claim_transition(claim=claim, action="send_back", by=by, note=note)


def claim_publish(
    *, claim: Claim, by: User, note: str = "", reviewed: ReviewedVersion | None = None
) -> Claim:
    """Publish the claim's newest draft verdict (four-eyes rule; see ``_publish_current_draft``)."""
    return claim_transition(claim=claim, action="publish", by=by, note=note, reviewed=reviewed)


def claim_reopen(*, claim: Claim, by: User, note: str = "") -> Claim:
    """Reopen a published claim for re-checking; its last verdict stays visible."""
    return claim_transition(claim=claim, action="reopen", by=by, note=note)


def claim_restore(*, claim: Claim, by: User, note: str = "") -> Claim:
    return claim_transition(claim=claim, action="restore", by=by, note=note)


def _refuse_unless_reviewed(claim: Claim, draft: Verdict, reviewed: ReviewedVersion) -> None:
    """Refuse to publish anything other than the draft and evidence the reviewer read."""
    changes = []
    if draft.pk != reviewed.draft_id:
        changes.append(_("another draft verdict was written"))
    elif draft.version != reviewed.draft_version:
        seen = base_record(draft, reviewed.draft_version)
        newest = draft.history.order_by("-history_date", "-history_id").first()
        fields = (
            [
                str(Verdict._meta.get_field(name).verbose_name)
                for name, *_v in history_changes(seen, newest)
            ]
            if seen is not None and newest is not None
            else []
        )
        who, _when = later_editors(draft, reviewed.draft_version)
        changes.append(
            _("%(who)s changed the draft (%(fields)s)")
            % {"who": who, "fields": ", ".join(fields) or _("its text")}
        )
    if reviewed.evidence is not None and reviewed.evidence != evidence_fingerprint(claim):
        changes.append(_("the evidence changed"))
    if changes:
        raise ConcurrentEditError(
            _("Not published: %(changes)s after you opened the claim. Read it again first.")
            % {"changes": "; ".join(str(change) for change in changes)},
            code="stale_review",
        )


def _publish_current_draft(
    *, claim: Claim, by: User, reviewed: ReviewedVersion | None = None
) -> Verdict:
    """Publish the newest draft: it becomes the current verdict; earlier ones stay as history.

    The publisher may be none of the draft's authors (four-eyes rule) and, when the
    page they published from says what they were shown (``reviewed``), publishes
    exactly that. The claim's evidence not yet public is published with the verdict.
    """
    draft = _newest_draft(claim, lock=True)
    if _is_own_draft(draft, by):
        raise PermissionDenied(
            _(
                "You wrote or changed this verdict; another reviewer must publish it "
                "(four-eyes rule)."
            )
        )
    if draft is not None and reviewed is not None:
        _refuse_unless_reviewed(claim, draft, reviewed)
    problems = publish_problems(claim=claim, draft=draft)
    if problems:
        raise WorkflowError(
            _("Cannot publish: %(problems)s.") % {"problems": "; ".join(str(p) for p in problems)},
            code="incomplete",
        )
    now = timezone.now()
    Verdict.objects.filter(claim=claim, is_current=True).update(is_current=False)
    draft.state = VerdictState.PUBLISHED
    draft.is_current = True
    draft.reviewer = by
    draft.published_at = now
    draft.version += 1
    _as_actor(draft, by)
    draft.save(
        update_fields=["state", "is_current", "reviewer", "published_at", "version", "updated_at"]
    )
    for evidence in Evidence.objects.select_for_update().filter(
        claim=claim, published_at__isnull=True
    ):
        evidence.published_at = now
        evidence.version += 1
        _as_actor(evidence, by)
        evidence.save(update_fields=["published_at", "version", "updated_at"])
    return draft


@transaction.atomic
def verdict_correct(*, verdict: Verdict, by: User, note: str) -> Correction:
    """Add a dated public correction to a published verdict; the verdict counts as updated."""
    _require(by, PUBLISH, _("correct a verdict"))
    verdict = Verdict.objects.select_for_update().get(pk=verdict.pk)
    if verdict.state != VerdictState.PUBLISHED:
        raise WorkflowError(_("Only a published verdict can be corrected."))
    if not note.strip():
        raise ValidationError({"note": _("A correction needs a note.")})
    now = timezone.now()
    correction = Correction.objects.create(
        verdict=verdict, note=note.strip(), published_at=now, author=by
    )
    _as_actor(verdict, by)
    _bump(verdict)
    Claim.objects.filter(pk=verdict.claim_id).update(last_activity_at=now)
    return correction


@transaction.atomic
def claim_assign(*, claim: Claim, assignee, by: User) -> Claim:
    """Assign a claim to an editor (or nobody); the assignee must be able to work on claims."""
    _require(by, EDIT, _("assign claims"))
    check_assignee(assignee)
    locked = _locked_claim(claim)
    _as_actor(locked, by)
    _bump(locked, assignee=assignee, last_activity_at=timezone.now())
    claim.refresh_from_db()
    return claim
