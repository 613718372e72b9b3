"""Every state change of the workbench, one function per change.

Admin actions, views, management commands and tests all call these. Each is
keyword-only, typed, atomic and validating, and writes a StatusChange where
the claim's workflow state moves. ``save()`` and signals carry no side effects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Model
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    ClaimKind,
    ClaimStatus,
    Correction,
    Evidence,
    Rating,
    StatusChange,
    Verdict,
    VerdictState,
)

User = AbstractBaseUser | AnonymousUser


class WorkflowError(ValidationError):
    """A transition that is not allowed from the claim's current state or lacks what it needs."""


class ConcurrentEditError(ValidationError):
    """Someone else changed the row since the editor loaded it."""


# --- helpers -----------------------------------------------------------------------------


def unique_slug(model: type[Model], text: str, *, max_length: int = 80, exclude_pk=None) -> str:
    """A slug from ``text`` that no row of ``model`` uses yet (suffixing -2, -3, …)."""
    base = slugify(text, allow_unicode=False)[:max_length].strip("-") or model._meta.model_name
    existing = set(
        model.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    if base not in existing:
        return base
    n = 2
    while f"{base}-{n}" in existing:
        n += 1
    return f"{base}-{n}"


def _bump(instance: Model, **changes) -> None:
    """Write ``changes`` and increment the optimistic-locking version in one UPDATE."""
    for field, value in changes.items():
        setattr(instance, field, value)
    instance.version = F("version") + 1
    instance.save(update_fields=[*changes, "version", "updated_at"])
    instance.refresh_from_db(fields=["version"])


def _locked_claim(claim: Claim) -> Claim:
    """Re-read the claim under a row lock (PostgreSQL) so concurrent transitions serialise."""
    return Claim.objects.select_for_update().get(pk=claim.pk)


def _check_version(instance: Model, expected_version: int | None) -> None:
    if expected_version is not None and instance.version != expected_version:
        raise ConcurrentEditError(
            _("Someone else changed “%(obj)s” after you opened it; reload to see their changes.")
            % {"obj": instance},
            code="stale",
        )


# --- the claim workflow ------------------------------------------------------------------


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple[ClaimStatus, ...]
    target: ClaimStatus
    permission: str

    def allowed_from(self, status: str) -> bool:
        return status in self.sources


EDIT = "articles.change_claim"
PUBLISH = "articles.publish_verdict"
REOPEN = "articles.reopen_claim"
S = ClaimStatus

TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition("accept", _("Accept"), (S.SUGGESTED,), S.OPEN, EDIT),
        Transition("start_research", _("Start research"), (S.OPEN,), S.RESEARCHING, EDIT),
        Transition("submit_for_review", _("Submit for review"), (S.RESEARCHING,), S.IN_REVIEW, EDIT),
        Transition("send_back", _("Send back to research"), (S.IN_REVIEW,), S.RESEARCHING, EDIT),
        Transition("publish", _("Publish verdict"), (S.IN_REVIEW,), S.PUBLISHED, PUBLISH),
        Transition("reopen", _("Reopen"), (S.PUBLISHED,), S.RESEARCHING, REOPEN),
        Transition(
            "dismiss", _("Dismiss"), (S.SUGGESTED, S.OPEN, S.RESEARCHING, S.IN_REVIEW), S.DISMISSED, EDIT
        ),
        Transition("restore", _("Restore"), (S.DISMISSED,), S.OPEN, EDIT),
    )
}


def can_publish(user: User) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(PUBLISH))


def available_transitions(*, claim: Claim, user: User) -> list[Transition]:
    """The transitions this user may start from the claim's current state (buttons to show)."""
    return [
        t
        for t in TRANSITIONS.values()
        if t.allowed_from(claim.status) and user.is_authenticated and user.has_perm(t.permission)
    ]


def _require(user: User, permission: str, action: str) -> None:
    if not (user and user.is_authenticated):
        raise PermissionDenied(_("You must be logged in to %(action)s.") % {"action": action})
    if not user.has_perm(permission):
        raise PermissionDenied(
            _("You do not have permission to %(action)s.") % {"action": action}
        )


def _record(*, claim: Claim, to: ClaimStatus, by: User, note: str, at=None) -> StatusChange:
    at = at or timezone.now()
    change = StatusChange.objects.create(
        claim=claim,
        from_status=claim.status,
        to_status=to,
        by=by if by and by.is_authenticated else None,
        at=at,
        note=note,
    )
    _bump(claim, status=to, last_activity_at=at)
    return change


def claim_transition(
    *,
    claim: Claim,
    action: str,
    by: User,
    note: str = "",
    expected_version: int | None = None,
) -> Claim:
    """Move a claim along the workflow; refuse invalid or unauthorised moves, changing nothing."""
    try:
        transition = TRANSITIONS[action]
    except KeyError:
        raise WorkflowError(_("Unknown action “%(action)s”.") % {"action": action}) from None
    _require(by, transition.permission, _("“%(label)s” this claim") % {"label": transition.label})
    with transaction.atomic():
        locked = _locked_claim(claim)
        _check_version(locked, expected_version)
        if not transition.allowed_from(locked.status):
            raise WorkflowError(
                _("Cannot %(action)s a claim that is %(status)s.")
                % {
                    "action": str(transition.label).lower(),
                    "status": str(ClaimStatus(locked.status).label).lower(),
                },
                code="invalid_transition",
            )
        if action == "submit_for_review" and not locked.verdicts.filter(
            state=VerdictState.DRAFT
        ).exists():
            raise WorkflowError(
                _("Write a draft verdict before submitting the claim for review."),
                code="no_draft",
            )
        if action == "publish":
            _publish_current_draft(claim=locked, by=by)
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


def claim_publish(*, claim: Claim, by: User, note: str = "") -> Claim:
    """Publish the claim's newest draft verdict (four-eyes rule; see ``_publish_current_draft``)."""
    return claim_transition(claim=claim, action="publish", by=by, note=note)


def claim_reopen(*, claim: Claim, by: User, note: str = "") -> Claim:
    """Reopen a published claim for re-checking; its last verdict stays visible."""
    return claim_transition(claim=claim, action="reopen", by=by, note=note)


def claim_restore(*, claim: Claim, by: User, note: str = "") -> Claim:
    return claim_transition(claim=claim, action="restore", by=by, note=note)


def _publish_current_draft(*, claim: Claim, by: User) -> Verdict:
    draft = (
        Verdict.objects.select_for_update()
        .filter(claim=claim, state=VerdictState.DRAFT)
        .order_by("-created_at", "-id")
        .first()
    )
    problems = []
    if draft is None:
        problems.append(_("there is no draft verdict"))
    else:
        if not draft.rating_id:
            problems.append(_("the verdict has no rating"))
        if not draft.explanation.strip():
            problems.append(_("the verdict has no explanation"))
        if settings.FACTCHECK_REQUIRE_SEPARATE_REVIEWER and draft.author_id == by.pk:
            raise PermissionDenied(
                _("You wrote this verdict; another reviewer must publish it (four-eyes rule).")
            )
    if not claim.evidence.exists():
        problems.append(_("the claim has no evidence"))
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
    draft.version = F("version") + 1
    draft.save(update_fields=["state", "is_current", "reviewer", "published_at", "version", "updated_at"])
    return draft


# --- creating and editing content ----------------------------------------------------------


def claimant_get_or_create(*, name: str, kind: str = "person", description: str = "") -> Claimant:
    """Reuse the claimant of that name (case-insensitively) or create it."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": _("A claimant needs a name.")})
    existing = Claimant.objects.filter(name__iexact=name).first()
    if existing:
        return existing
    claimant = Claimant(name=name, kind=kind, description=description)
    claimant.slug = unique_slug(Claimant, name)
    claimant.full_clean()
    claimant.save()
    return claimant


@transaction.atomic
def claim_create(
    *,
    text: str,
    by: User,
    kind: str = ClaimKind.OTHER,
    claimant: Claimant | None = None,
    status: ClaimStatus = ClaimStatus.OPEN,
    article: Article | None = None,
    start: int | None = None,
    end: int | None = None,
    note: str = "",
    **fields,
) -> Claim:
    """Create a claim (open, or suggested), optionally with its first appearance in an article."""
    if status not in (ClaimStatus.OPEN, ClaimStatus.SUGGESTED):
        raise WorkflowError(_("A new claim is either open or suggested."))
    claim = Claim(text=" ".join(text.split()), kind=kind, claimant=claimant, status=status, **fields)
    claim.slug = unique_slug(Claim, claim.text, max_length=80)
    claim.full_clean()
    claim.save()
    StatusChange.objects.create(
        claim=claim, from_status="", to_status=status,
        by=by if by and by.is_authenticated else None, at=claim.created_at, note=note,
    )
    if article is not None and start is not None and end is not None:
        appearance_add(claim=claim, article=article, start=start, end=end, by=by)
    return claim


def quote_selector(body: str, start: int, end: int, *, context: int = 32) -> dict:
    """The TextQuoteSelector fields for a span of ``body``."""
    return {
        "exact": body[start:end],
        "prefix": body[max(0, start - context) : start],
        "suffix": body[end : end + context],
    }


@transaction.atomic
def appearance_add(
    *,
    claim: Claim,
    article: Article,
    start: int,
    end: int,
    by: User,
    exact: str | None = None,
    said_on: date | None = None,
) -> Appearance:
    """Record that ``claim`` was made at ``article.body[start:end]``.

    When ``exact`` is given (the text the editor saw), it must stand at those
    offsets; a mismatch is refused rather than stored on the wrong words.
    """
    if not (0 <= start < end <= len(article.body)):
        raise ValidationError(
            _("The span %(start)s–%(end)s lies outside the article’s text (%(length)s characters).")
            % {"start": start, "end": end, "length": len(article.body)},
            code="span_outside",
        )
    if exact is not None and article.body[start:end] != exact:
        raise ValidationError(
            _("The quoted text does not stand at characters %(start)s–%(end)s of “%(article)s”; "
              "the article may have changed — reload and select again.")
            % {"start": start, "end": end, "article": article.title},
            code="quote_mismatch",
        )
    appearance = Appearance(
        claim=claim,
        article=article,
        start=start,
        end=end,
        said_on=said_on or article.published_on,
        added_by=by if by and by.is_authenticated else None,
        **quote_selector(article.body, start, end),
    )
    appearance.full_clean()
    appearance.save()
    if claim.said_on is None or (appearance.said_on and appearance.said_on < claim.said_on):
        Claim.objects.filter(pk=claim.pk).update(said_on=appearance.said_on)
        claim.said_on = appearance.said_on
    return appearance


@transaction.atomic
def evidence_add(*, claim: Claim, by: User, title: str, **fields) -> Evidence:
    """Attach a piece of evidence to a claim."""
    evidence = Evidence(claim=claim, title=title, added_by=by if by.is_authenticated else None, **fields)
    evidence.full_clean()
    evidence.save()
    Claim.objects.filter(pk=claim.pk).update(last_activity_at=timezone.now())
    return evidence


@transaction.atomic
def verdict_draft(
    *,
    claim: Claim,
    by: User,
    rating: Rating,
    headline: str,
    explanation: str = "",
    summary: str = "",
) -> Verdict:
    """Write a draft verdict for a claim. Drafts are never public."""
    _require(by, "articles.add_verdict", _("draft a verdict"))
    if claim.status in (ClaimStatus.SUGGESTED, ClaimStatus.DISMISSED):
        raise WorkflowError(_("Accept the claim before drafting a verdict."))
    verdict = Verdict(
        claim=claim, rating=rating, headline=headline, explanation=explanation,
        summary=summary, author=by, state=VerdictState.DRAFT,
    )
    verdict.full_clean()
    verdict.save()
    Claim.objects.filter(pk=claim.pk).update(last_activity_at=timezone.now())
    return verdict


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
    correction = Correction.objects.create(verdict=verdict, note=note.strip(), published_at=now, author=by)
    _bump(verdict)
    return correction


@transaction.atomic
def claim_assign(*, claim: Claim, assignee, by: User) -> Claim:
    """Assign a claim to an editor (or nobody)."""
    _require(by, EDIT, _("assign claims"))
    _bump(claim, assignee=assignee, last_activity_at=timezone.now())
    return claim
