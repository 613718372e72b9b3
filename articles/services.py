"""Every state change of the workbench, one function per change.

Admin actions, views, management commands and tests all call these. Each is
keyword-only, typed, atomic and validating, and writes a StatusChange where
the claim's workflow state moves. ``save()`` and signals carry no side effects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from itertools import batched

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import F, Model, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from simple_history.utils import bulk_update_with_history

from articles.anchoring import quote_selector, reanchor
from articles.importers import (
    ParsedSeed,
    SeedError,
    content_hash,
    derive_title,
    guess_language,
    normalise_body,
    slug_base,
)
from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    ClaimantKind,
    ClaimKind,
    ClaimStatus,
    Correction,
    Evidence,
    Outlet,
    Qualifier,
    Rating,
    StatusChange,
    TrackedFigure,
    Verdict,
    VerdictState,
)
from articles.suggest import DEFAULT_THRESHOLD, Sentence, Suggestion, checkworthy_sentences

User = AbstractBaseUser | AnonymousUser


class WorkflowError(ValidationError):
    """A transition that is not allowed from the claim's current state or lacks what it needs."""


class ConcurrentEditError(ValidationError):
    """Someone else changed the row since the editor loaded it."""


# --- helpers -----------------------------------------------------------------------------


def unique_slug(model: type[Model], text: str, *, max_length: int = 80, exclude_pk=None) -> str:
    """A slug from ``text`` that no row of ``model`` uses yet (suffixing -2, -3, …).

    Cut at a word boundary, with Cyrillic transliterated, as the importer does.
    """
    base = slug_base(text, fallback=model._meta.model_name, max_length=max_length)
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


def _as_actor(instance: Model, by: User) -> None:
    """Credit the next history row of ``instance`` to ``by`` (outside a request too)."""
    if by is not None and by.is_authenticated:
        instance._history_user = by


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

    def refusal(self, status: str) -> str:
        """Why this transition cannot start from ``status``, in the editor's words."""
        return _("“%(label)s” is not possible: the claim is %(status)s.") % {
            "label": self.label,
            "status": str(ClaimStatus(status).label).lower(),
        }


EDIT = "articles.change_claim"
PUBLISH = "articles.publish_verdict"
REOPEN = "articles.reopen_claim"
S = ClaimStatus

TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition("accept", _("Accept"), (S.SUGGESTED,), S.OPEN, EDIT),
        Transition("start_research", _("Start research"), (S.OPEN,), S.RESEARCHING, EDIT),
        Transition(
            "submit_for_review", _("Submit for review"), (S.RESEARCHING,), S.IN_REVIEW, EDIT
        ),
        Transition("send_back", _("Send back to research"), (S.IN_REVIEW,), S.RESEARCHING, EDIT),
        Transition("publish", _("Publish verdict"), (S.IN_REVIEW,), S.PUBLISHED, PUBLISH),
        Transition("reopen", _("Reopen"), (S.PUBLISHED,), S.RESEARCHING, REOPEN),
        Transition(
            "dismiss",
            _("Dismiss"),
            (S.SUGGESTED, S.OPEN, S.RESEARCHING, S.IN_REVIEW),
            S.DISMISSED,
            EDIT,
        ),
        Transition("restore", _("Restore"), (S.DISMISSED,), S.OPEN, EDIT),
    )
}


def can_publish(user: User) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(PUBLISH))


def _newest_draft(claim: Claim, *, lock: bool = False) -> Verdict | None:
    drafts = Verdict.objects.filter(claim=claim, state=VerdictState.DRAFT)
    if lock:
        drafts = drafts.select_for_update()
    return drafts.order_by("-created_at", "-id").first()


def _is_own_draft(draft: Verdict | None, user: User) -> bool:
    return bool(
        settings.FACTCHECK_REQUIRE_SEPARATE_REVIEWER
        and draft is not None
        and user.is_authenticated
        and draft.author_id == user.pk
    )


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


def _require(user: User, permission: str, action: str) -> None:
    if not (user and user.is_authenticated):
        raise PermissionDenied(_("You must be logged in to %(action)s.") % {"action": action})
    if not user.has_perm(permission):
        raise PermissionDenied(_("You do not have permission to %(action)s.") % {"action": action})


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


def claim_transition(
    *,
    claim: Claim,
    action: str,
    by: User,
    note: str = "",
    expected_version: int | None = None,
) -> Claim:
    """Move a claim along the workflow; refuse invalid or unauthorised moves, changing nothing.

    Raises ``PermissionDenied`` when ``by`` may not make this move (including the
    four-eyes rule on publishing), ``WorkflowError`` when the claim's state or
    content does not allow it, and ``ConcurrentEditError`` when ``expected_version``
    is given and the claim changed since. The claim row is locked for the whole
    move, so two concurrent moves from the same state cannot both succeed.
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
    """Publish the newest draft: it becomes the current verdict; earlier ones stay as history."""
    draft = _newest_draft(claim, lock=True)
    if _is_own_draft(draft, by):
        raise PermissionDenied(
            _("You wrote this verdict; another reviewer must publish it (four-eyes rule).")
        )
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
    draft.version = F("version") + 1
    _as_actor(draft, by)
    draft.save(
        update_fields=["state", "is_current", "reviewer", "published_at", "version", "updated_at"]
    )
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
    claim = Claim(
        text=" ".join(text.split()), kind=kind, claimant=claimant, status=status, **fields
    )
    claim.slug = unique_slug(Claim, claim.text, max_length=80)
    claim.full_clean()
    claim.save()
    StatusChange.objects.create(
        claim=claim,
        from_status="",
        to_status=status,
        by=by if by and by.is_authenticated else None,
        at=claim.created_at,
        note=note,
    )
    if article is not None and start is not None and end is not None:
        appearance_add(claim=claim, article=article, start=start, end=end, by=by)
    return claim


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
            _(
                "The quoted text does not stand at characters %(start)s–%(end)s of “%(article)s”; "
                "the article may have changed — reload and select again."
            )
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
    evidence = Evidence(
        claim=claim, title=title, added_by=by if by.is_authenticated else None, **fields
    )
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
        claim=claim,
        rating=rating,
        headline=headline,
        explanation=explanation,
        summary=summary,
        author=by,
        state=VerdictState.DRAFT,
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
    if assignee is not None and not (
        assignee.is_active and assignee.is_staff and assignee.has_perm(EDIT)
    ):
        raise ValidationError(
            {"assignee": _("%(user)s cannot work on claims.") % {"user": assignee}},
            code="not_an_editor",
        )
    locked = _locked_claim(claim)
    _as_actor(locked, by)
    _bump(locked, assignee=assignee, last_activity_at=timezone.now())
    claim.refresh_from_db()
    return claim


# --- splitting ---------------------------------------------------------------------------
# The split view: claims made from spans of an article, spans attached to existing claims,
# and the existing claims a selection resembles.

# Below these scores a claim is not offered as "looks similar".
SIMILAR_MIN_TRIGRAM = 0.15
SIMILAR_MIN_JACCARD = 0.1
# SQLite has no trigram index: compare in Python against at most this many recent claims.
SIMILAR_CANDIDATES = 500

_WORD = re.compile(r"\w+")
# "1,000", "1 000" and "1.000" are one number, so they should be one token.
_THOUSANDS = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))")


def claim_tokens(text: str) -> set[str]:
    """Lowercased word tokens of ``text``, digits kept, thousands separators dropped."""
    return set(_WORD.findall(_THOUSANDS.sub("", text.lower())))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similar_claims(
    *, text: str, limit: int = 5, exclude_article: Article | None = None
) -> list[Claim]:
    """Existing claims whose text resembles ``text``, most similar first.

    Each returned claim carries a ``similarity`` between 0 and 1. PostgreSQL ranks by
    trigram similarity (pg_trgm); other databases by the Jaccard index of the word tokens,
    computed in Python over a bounded set of recent candidates sharing a word with ``text``.
    Dismissed claims are left out, and with ``exclude_article`` so are the claims that
    already appear in that article.
    """
    text = " ".join(text.split())
    if not text or limit <= 0:
        return []
    claims = Claim.objects.exclude(status=ClaimStatus.DISMISSED).select_related("claimant")
    if exclude_article is not None:
        claims = claims.exclude(appearances__article=exclude_article)
    if settings.IS_POSTGRES:
        from django.contrib.postgres.search import TrigramSimilarity

        return list(
            claims.annotate(similarity=TrigramSimilarity("text", text))
            .filter(similarity__gte=SIMILAR_MIN_TRIGRAM)
            .order_by("-similarity", "-updated_at", "-id")[:limit]
        )
    tokens = claim_tokens(text)
    if not tokens:
        return []
    # The longest words are the most telling; short ones ("the", "of") would match everything.
    probes = [t for t in sorted(tokens, key=len, reverse=True) if len(t) >= 4][:8]
    if probes:
        matches_a_word = Q()
        for probe in probes:
            matches_a_word |= Q(text__icontains=probe)
        claims = claims.filter(matches_a_word)
    scored = []
    for claim in claims.order_by("-updated_at", "-id")[:SIMILAR_CANDIDATES]:
        claim.similarity = _jaccard(tokens, claim_tokens(claim.text))
        if claim.similarity >= SIMILAR_MIN_JACCARD:
            scored.append(claim)
    scored.sort(key=lambda claim: claim.similarity, reverse=True)  # stable: recent first on ties
    return scored[:limit]


@transaction.atomic
def claim_create_from_span(
    *,
    article: Article,
    start: int,
    end: int,
    exact: str,
    by: User,
    text: str = "",
    kind: str = ClaimKind.OTHER,
    claimant_name: str = "",
    claimant_kind: str = ClaimantKind.PERSON,
    status: ClaimStatus = ClaimStatus.OPEN,
    note: str = "",
    **fields,
) -> Claim:
    """Make a claim of ``article.body[start:end]``: the claim, its appearance, its status change.

    ``exact`` is the text the editor selected; unless it stands at exactly those offsets
    nothing is written (``ValidationError`` with code ``quote_mismatch``). An empty ``text``
    takes the quote itself. A claimant of that name is reused, not duplicated. ``fields``
    are further claim fields, such as the figure's value, range, qualifier and unit.
    """
    _require(by, "articles.add_claim", _("create claims"))
    claimant = (
        claimant_get_or_create(name=claimant_name, kind=claimant_kind)
        if claimant_name.strip()
        else None
    )
    claim = claim_create(
        text=text.strip() or exact,
        by=by,
        kind=kind,
        claimant=claimant,
        status=status,
        note=note,
        **fields,
    )
    # Inside this transaction: a refused quote takes the claim and claimant back out.
    appearance_add(claim=claim, article=article, start=start, end=end, by=by, exact=exact)
    claim.refresh_from_db()
    return claim


@transaction.atomic
def suggestion_dismiss(
    *,
    article: Article,
    start: int,
    end: int,
    exact: str,
    by: User,
    note: str = "",
    **claim_fields,
) -> Claim:
    """Dismiss a suggestion that has no claim row yet.

    It is recorded as a suggested claim on that span and dismissed at once, so that
    suggesting claims for the article again does not bring it back.
    """
    _require(by, EDIT, _("dismiss suggestions"))
    claim = claim_create_from_span(
        article=article,
        start=start,
        end=end,
        exact=exact,
        by=by,
        status=ClaimStatus.SUGGESTED,
        **claim_fields,
    )
    return claim_dismiss(claim=claim, by=by, note=note)


@transaction.atomic
def claim_attach_span(
    *, claim: Claim, article: Article, start: int, end: int, exact: str, by: User
) -> Appearance:
    """Record another place where an existing claim was made, refusing a misplaced quote."""
    _require(by, EDIT, _("attach quotes to claims"))
    if Appearance.objects.filter(claim=claim, article=article, start=start, end=end).exists():
        raise ValidationError(
            _("This passage is already recorded as an appearance of “%(claim)s”.")
            % {"claim": claim},
            code="duplicate_appearance",
        )
    appearance = appearance_add(
        claim=claim, article=article, start=start, end=end, by=by, exact=exact
    )
    Claim.objects.filter(pk=claim.pk).update(last_activity_at=timezone.now())
    return appearance


# --- importing ---------------------------------------------------------------------------

IMPORT_BATCH_SIZE = 1000
SEED_CHANGE_REASON = "Imported from a seed file"


class SeedAction(StrEnum):
    """What an import did, or in a dry run would do, with one seed file."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class SeedOutcome:
    """One line of an import report: a seed file and what became of it."""

    name: str
    action: SeedAction
    title: str = ""
    reason: str = ""
    article_id: int | None = None
    # False for a path that led to no file at all (missing, or a folder without seeds).
    is_file: bool = True


@dataclass
class ImportReport:
    """The outcome of ``articles_import``, one entry per seed file in the order given."""

    outcomes: list[SeedOutcome]
    dry_run: bool = False

    def _with(self, action: SeedAction) -> list[SeedOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == action]

    @property
    def created(self) -> list[SeedOutcome]:
        return self._with(SeedAction.CREATED)

    @property
    def updated(self) -> list[SeedOutcome]:
        return self._with(SeedAction.UPDATED)

    @property
    def unchanged(self) -> list[SeedOutcome]:
        return self._with(SeedAction.UNCHANGED)

    @property
    def errors(self) -> list[SeedOutcome]:
        return self._with(SeedAction.ERROR)

    @property
    def files_found(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.is_file)


@dataclass(frozen=True, slots=True)
class _Known:
    pk: int
    origin: str
    content_hash: str
    published_on: date
    title: str


class _SlugPool:
    """Hands out slugs unused by any article, suffixing -2, -3 … in memory.

    Remembers the last suffix per base, so a thousand seeds with the same
    title cost a thousand look-ups rather than half a million.
    """

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.next_suffix: dict[str, int] = {}

    def claim(self, base: str) -> str:
        slug, n = base, self.next_suffix.get(base, 2)
        if slug in self.taken:
            while (slug := f"{base}-{n}") in self.taken:
                n += 1
            self.next_suffix[base] = n + 1
        self.taken.add(slug)
        return slug


def articles_import(
    *,
    seeds: Sequence[ParsedSeed | SeedError],
    dry_run: bool = False,
    batch_size: int = IMPORT_BATCH_SIZE,
) -> ImportReport:
    """Create or update one article per parsed seed file, keyed on the file name.

    ``seeds`` are what ``articles.importers.read_seeds`` returns, in file order;
    a ``SeedError`` among them (a file that could not be read) is reported as
    such. A seed whose article already has the same text and date is left
    alone; a changed one updates the article's body, hash, title, language and
    date (the slug stays, so links keep working) and calls
    ``article_body_changed``. A seed with the same text as another article is
    refused, naming that article.

    Every seed is checked before anything is written, and the writes happen in
    one transaction, in batches, so a bad file never leaves half-written rows
    and a large import costs a constant number of queries per batch. With
    ``dry_run`` nothing is written; the report says what would happen.
    """
    if dry_run:
        return _plan_and_write(seeds, dry_run=True, batch_size=batch_size)
    # Planning inside the transaction keeps the existing rows it read consistent
    # with the writes (SQLite takes its write lock at BEGIN).
    with transaction.atomic():
        return _plan_and_write(seeds, dry_run=False, batch_size=batch_size)


def _plan_and_write(
    seeds: Sequence[ParsedSeed | SeedError], *, dry_run: bool, batch_size: int
) -> ImportReport:
    known_by_origin: dict[str, _Known] = {}
    hash_holder: dict[str, _Known] = {}
    taken_slugs: set[str] = set()
    for pk, origin, hash_, published_on, title, slug in Article.objects.values_list(
        "pk", "origin", "content_hash", "published_on", "title", "slug"
    ).order_by():
        known = _Known(pk, origin, hash_, published_on, title)
        if origin != Article.ORIGIN_ADMIN:
            known_by_origin[origin] = known
        hash_holder[hash_] = known
        taken_slugs.add(slug)
    slugs = _SlugPool(taken_slugs)

    report = ImportReport(outcomes=[], dry_run=dry_run)
    to_create: list[tuple[int, Article]] = []
    to_update: list[tuple[int, int, ParsedSeed]] = []
    names: set[str] = set()

    def refuse(name: str, reason: str, *, is_file: bool = True) -> None:
        report.outcomes.append(
            SeedOutcome(name, SeedAction.ERROR, reason=str(reason), is_file=is_file)
        )

    for seed in seeds:
        if isinstance(seed, SeedError):
            refuse(seed.name, seed.reason, is_file=seed.is_file)
            continue
        if seed.name in names:
            refuse(seed.name, _("another file of this name is in the same import"))
            continue
        names.add(seed.name)
        holder = hash_holder.get(seed.content_hash)
        if holder is not None and holder.origin != seed.name:
            if holder.origin == Article.ORIGIN_ADMIN:
                reason = _("same text as the article “%(title)s” entered in the admin") % {
                    "title": holder.title
                }
            else:
                reason = _("same text as seed %(origin)s") % {"origin": holder.origin}
            refuse(seed.name, reason)
            continue
        known = known_by_origin.get(seed.name)
        if known is None:
            article = Article(
                title=seed.title,
                slug=slugs.claim(seed.slug),
                body=seed.body,
                published_on=seed.published_on,
                language=seed.language,
                content_hash=seed.content_hash,
                origin=seed.name,
            )
            # No full_clean(): the parser bounds every field (title, slug and
            # origin lengths, a real date, a known language) and uniqueness was
            # settled in memory above; its per-row checks and queries are what
            # batching saves. The database constraints still stand behind it.
            to_create.append((len(report.outcomes), article))
            report.outcomes.append(SeedOutcome(seed.name, SeedAction.CREATED, title=seed.title))
        elif known.content_hash == seed.content_hash and known.published_on == seed.published_on:
            report.outcomes.append(
                SeedOutcome(seed.name, SeedAction.UNCHANGED, title=known.title, article_id=known.pk)
            )
        else:
            title = seed.title if known.content_hash != seed.content_hash else known.title
            to_update.append((len(report.outcomes), known.pk, seed))
            report.outcomes.append(
                SeedOutcome(seed.name, SeedAction.UPDATED, title=title, article_id=known.pk)
            )
        hash_holder[seed.content_hash] = _Known(
            0, seed.name, seed.content_hash, seed.published_on, seed.title
        )

    if dry_run:
        return report
    if to_create:
        created = _create_articles(
            [article for _index, article in to_create], batch_size=batch_size
        )
        for (index, _article), article in zip(to_create, created, strict=True):
            report.outcomes[index] = replace(report.outcomes[index], article_id=article.pk)
    if to_update:
        _apply_seed_updates(to_update, batch_size=batch_size)
    return report


def _create_articles(articles: list[Article], *, batch_size: int) -> list[Article]:
    """Insert new articles in batches, with their history, returning them with their ids."""
    created = Article.objects.bulk_create(articles, batch_size=batch_size)
    _record_created_history([article.pk for article in created], batch_size=batch_size)
    return created


def _record_created_history(pks: list[int], *, batch_size: int) -> None:
    """Write the "created" history row of each new article, one INSERT … SELECT per batch.

    These are the rows ``bulk_create_with_history`` would write (type "+", the
    seed change reason, now, no user), but the database copies them from the
    rows just inserted instead of Python rebuilding every article as a
    historical object and sending its text back: on a 10,000-file import that
    is most of the write time (see docs/benchmarks.md, "Seed import").
    """
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = Article.history.model
    quote = connection.ops.quote_name
    tracked = history.tracked_fields
    target = [history._meta.get_field(field.name).column for field in tracked]
    target += [
        history._meta.get_field(name).column
        for name in ("history_date", "history_change_reason", "history_type", "history_user")
    ]
    source = ", ".join(quote(field.column) for field in tracked)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        for start in range(0, len(pks), batch_size):
            batch = pks[start : start + batch_size]
            cursor.execute(
                f"INSERT INTO {quote(history._meta.db_table)} "
                f"({', '.join(quote(column) for column in target)}) "
                f"SELECT {source}, %s, %s, '+', NULL FROM {quote(Article._meta.db_table)} "
                f"WHERE {quote(Article._meta.pk.column)} IN ({', '.join(['%s'] * len(batch))})",
                [now, SEED_CHANGE_REASON, *batch],
            )


def _apply_seed_updates(to_update: list[tuple[int, int, ParsedSeed]], *, batch_size: int) -> None:
    articles = Article.objects.in_bulk([pk for _index, pk, _seed in to_update])
    now = timezone.now()
    changed: list[Article] = []
    old_bodies: list[tuple[Article, str]] = []
    for _index, pk, seed in to_update:
        article = articles[pk]
        if article.content_hash != seed.content_hash:
            old_bodies.append((article, article.body))
            article.body = seed.body
            article.content_hash = seed.content_hash
            article.title = seed.title
            article.language = seed.language
        article.published_on = seed.published_on
        # bulk_update() skips auto_now.
        article.updated_at = now
        changed.append(article)
    bulk_update_with_history(
        changed,
        Article,
        ["body", "content_hash", "title", "language", "published_on", "updated_at"],
        batch_size=batch_size,
        default_change_reason=SEED_CHANGE_REASON,
    )
    for article, old_body in old_bodies:
        article_body_changed(article=article, old_body=old_body)


# --- anchoring ---------------------------------------------------------------------------
# Claim spans recorded against an article's old text, placed again in its new text.

APPEARANCE_ANCHOR_FIELDS = ["start", "end", "exact", "prefix", "suffix", "orphaned", "updated_at"]


@transaction.atomic
def article_body_changed(*, article: Article, old_body: str) -> int:
    """Re-anchor the article's appearances after its body changed from ``old_body``.

    A re-imported seed or an editor's correction may change an article's text;
    the claim spans recorded against the old text are found again in the new
    one (rules in ``articles.anchoring``). A placed appearance gets its new
    offsets and quote context and loses any ``orphaned`` mark; one that cannot
    be placed with confidence — its words or figures changed, its paragraph was
    deleted — is marked ``orphaned`` and keeps its old selectors for an editor
    to look at; it is never moved onto other words. One query reads the
    appearances, ``bulk_update`` writes the changed ones. Returns how many
    appearances were orphaned. Called by ``articles_import`` and
    ``article_update`` inside their transactions.
    """
    body = article.body
    appearances = list(Appearance.objects.filter(article=article).order_by("start", "id"))
    if not appearances:
        return 0
    now = timezone.now()
    placed: dict[Appearance, dict] = {}
    orphans: list[Appearance] = []
    for appearance in appearances:
        anchor = reanchor(
            body=body,
            exact=appearance.exact,
            prefix=appearance.prefix,
            suffix=appearance.suffix,
            start=appearance.start,
        )
        if anchor is None:
            orphans.append(appearance)
        else:
            placed[appearance] = {
                "start": anchor.start,
                "end": anchor.end,
                **quote_selector(body, anchor.start, anchor.end),
            }
    # Two spans of one claim placed on the same words would break the unique span: the
    # later one is orphaned rather than merged, so no editor's record disappears.
    spans_taken: set[tuple[int, int, int]] = set()
    for appearance, fields in placed.items():
        key = (appearance.claim_id, fields["start"], fields["end"])
        if key in spans_taken:
            orphans.append(appearance)
            continue
        spans_taken.add(key)
    changed = []
    for appearance in orphans:
        placed.pop(appearance, None)
        if not appearance.orphaned:
            appearance.orphaned = True
            appearance.updated_at = now
            changed.append(appearance)
    for appearance, fields in placed.items():
        fields["orphaned"] = False
        if any(getattr(appearance, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(appearance, name, value)
            appearance.updated_at = now
            changed.append(appearance)
    if changed:
        Appearance.objects.bulk_update(changed, APPEARANCE_ANCHOR_FIELDS, batch_size=500)
    return sum(1 for appearance in appearances if appearance.orphaned)


# --- articles ----------------------------------------------------------------------------

# What an editor may change on an article; origin, hash and slug follow from these.
ARTICLE_EDITABLE_FIELDS = frozenset({"title", "body", "published_on", "outlet", "url", "language"})


def _refuse_duplicate_body(digest: str, *, exclude_pk: int | None = None) -> None:
    existing = Article.objects.filter(content_hash=digest).exclude(pk=exclude_pk).first()
    if existing is not None:
        raise ValidationError(
            {
                "body": ValidationError(
                    _("This text is already in the workbench as “%(title)s” (%(date)s)."),
                    code="duplicate",
                    params={"title": existing.title, "date": existing.published_on.isoformat()},
                )
            }
        )


def _normalised_body(body: str) -> str:
    body = normalise_body(body)
    if not body:
        raise ValidationError({"body": _("An article needs a text.")}, code="required")
    return body


@transaction.atomic
def article_create(
    *,
    body: str,
    published_on: date,
    by: User,
    title: str = "",
    outlet: Outlet | None = None,
    url: str = "",
    language: str = "en",
) -> Article:
    """Store an article an editor pasted (origin "admin").

    The body is normalised exactly as a seed file's is (``importers.normalise_body``)
    and hashed; a text already stored is refused with a ``ValidationError`` on
    ``body`` naming the article that has it. An empty title is the first
    sentence (``importers.derive_title``); an empty language is guessed.
    """
    _require(by, "articles.add_article", _("add articles"))
    body = _normalised_body(body)
    digest = content_hash(body)
    _refuse_duplicate_body(digest)
    title = " ".join(title.split()) or derive_title(body)
    article = Article(
        title=title,
        body=body,
        published_on=published_on,
        outlet=outlet,
        url=url.strip(),
        language=language.strip() or guess_language(body),
        content_hash=digest,
        origin=Article.ORIGIN_ADMIN,
    )
    article.slug = unique_slug(Article, slug_base(title, fallback="article"))
    article.full_clean()
    _as_actor(article, by)
    article.save()
    return article


@transaction.atomic
def article_update(*, article: Article, by: User, **fields) -> Article:
    """Change an article's title, text or source details (``ARTICLE_EDITABLE_FIELDS``).

    A new body is normalised and hashed like a pasted one and may not repeat
    another article's text; when it really differs, ``article_body_changed``
    places the claims quoted from the old text again. The slug stays, so links
    keep working. Returns the saved article (a fresh instance); nothing is
    written when no value changes.
    """
    unknown = set(fields) - ARTICLE_EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"article_update() cannot change {', '.join(sorted(unknown))}")
    _require(by, "articles.change_article", _("edit articles"))
    current = Article.objects.select_for_update().get(pk=article.pk)
    old_body = current.body
    if "body" in fields:
        fields["body"] = _normalised_body(fields["body"])
    if "title" in fields:
        fields["title"] = " ".join(fields["title"].split()) or derive_title(
            fields.get("body", old_body)
        )
    if "url" in fields:
        fields["url"] = fields["url"].strip()
    if "language" in fields:
        fields["language"] = fields["language"].strip() or guess_language(
            fields.get("body", old_body)
        )
    changed = {name: value for name, value in fields.items() if getattr(current, name) != value}
    if not changed:
        return current
    for name, value in changed.items():
        setattr(current, name, value)
    if "body" in changed:
        current.content_hash = content_hash(current.body)
        _refuse_duplicate_body(current.content_hash, exclude_pk=current.pk)
    current.full_clean()
    _as_actor(current, by)
    current.save()
    if "body" in changed:
        article_body_changed(article=current, old_body=old_body)
    return current


# --- suggestions -------------------------------------------------------------------------
# The check-worthy sentences of an article become suggested claims (``articles.suggest``).

SUGGESTION_NOTE = gettext_noop("Suggested from the article's text")
SUGGEST_BATCH_SIZE = 1000


def article_suggest_claims(*, article: Article, by: User | None = None) -> int:
    """Suggest claims for the check-worthy sentences of ``article``; return how many are new.

    See ``articles_suggest_claims``, which does the work for many articles at once.
    """
    return articles_suggest_claims(articles=[article], by=by)


@transaction.atomic
def articles_suggest_claims(
    *,
    articles: Iterable[Article],
    by: User | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    batch_size: int = SUGGEST_BATCH_SIZE,
) -> int:
    """Create a suggested claim, with its appearance, for each check-worthy sentence.

    Each claim gets the sentence as its text, the guessed kind, claimant and
    figure, the article's date, and a "suggested" status change. A sentence is
    skipped when the article already has an appearance of any claim on the same
    span or with the same quote — so running it again creates no duplicates,
    and a suggestion an editor dismissed (its claim keeps its appearance) never
    comes back. Claimants are reused by name, case-insensitively, not duplicated.

    Everything is written in bulk: a handful of queries per ``batch_size``
    articles whatever their length. ``by`` (an editor, or ``None`` for an
    import) is credited with the rows. Returns the number of claims created.
    """
    if by is not None:
        _require(by, "articles.add_claim", _("suggest claims"))
    user = by if by is not None and by.is_authenticated else None
    run = _SuggestionRun()
    return sum(
        _suggest_batch(list(batch), user, threshold, run) for batch in batched(articles, batch_size)
    )


class _SuggestionRun:
    """What one suggestion run learns once and reuses in every batch: taken slugs, claimants.

    Wire copy repeats sentences across articles, so the same slug bases come back
    batch after batch; asking the database about each base once keeps the cost of
    a large run linear.
    """

    def __init__(self) -> None:
        self.slugs = _SlugPool(set())
        self.checked_bases: set[str] = set()
        self.claimants: dict[str, Claimant] = {}

    def slug_pool(self, bases: set[str]) -> _SlugPool:
        new = bases - self.checked_bases
        if new:
            self.slugs.taken |= _taken_slugs(Claim, new)
            self.checked_bases |= new
        return self.slugs


def _suggest_batch(articles: list[Article], user, threshold: float, run: _SuggestionRun) -> int:
    taken_spans: dict[int, set[tuple[int, int]]] = {article.pk: set() for article in articles}
    taken_quotes: dict[int, set[str]] = {article.pk: set() for article in articles}
    for article_id, start, end, exact in (
        Appearance.objects.filter(article__in=[article.pk for article in articles])
        .order_by()
        .values_list("article_id", "start", "end", "exact")
    ):
        taken_spans[article_id].add((start, end))
        taken_quotes[article_id].add(exact)
    planned: list[tuple[Article, Sentence, Suggestion]] = []
    for article in articles:
        spans, quotes = taken_spans[article.pk], taken_quotes[article.pk]
        for sentence, suggestion in checkworthy_sentences(article.body, threshold=threshold):
            if (sentence.start, sentence.end) in spans or sentence.text in quotes:
                continue
            spans.add((sentence.start, sentence.end))
            quotes.add(sentence.text)
            planned.append((article, sentence, suggestion))
    if not planned:
        return 0

    claimants = _suggested_claimants(
        (suggestion for _article, _sentence, suggestion in planned), known=run.claimants
    )
    texts = [" ".join(sentence.text.split()) for _article, sentence, _suggestion in planned]
    bases = [_claim_slug_base(text) for text in texts]
    slugs = run.slug_pool(set(bases))
    now = timezone.now()
    claim_rows = []
    for (article, _sentence, suggestion), text, base in zip(planned, texts, bases, strict=True):
        claimant = claimants.get(_claimant_key(suggestion.claimant))
        claim_rows.append(
            {
                "text": text,
                "slug": slugs.claim(base),
                "kind": suggestion.kind,
                "claimant_id": claimant.pk if claimant else None,
                "status": ClaimStatus.SUGGESTED,
                "said_on": article.published_on,
                "last_activity_at": now,
                **_figure_fields(suggestion.figure),
            }
        )
    claim_ids = _insert_rows(Claim, claim_rows, now=now, returning="slug")
    ids = [claim_ids[row["slug"]] for row in claim_rows]
    _record_created_claim_history(ids, user=user, at=now)
    note = _(SUGGESTION_NOTE)
    user_id = user.pk if user else None
    _insert_rows(
        StatusChange,
        [
            {"claim_id": claim_id, "from_status": "", "to_status": ClaimStatus.SUGGESTED,
             "by_id": user_id, "at": now, "note": note}
            for claim_id in ids
        ],
        now=now,
    )  # fmt: skip
    _insert_rows(
        Appearance,
        [
            {
                "claim_id": claim_id,
                "article_id": article.pk,
                "start": sentence.start,
                "end": sentence.end,
                "said_on": article.published_on,
                "added_by_id": user_id,
                **quote_selector(article.body, sentence.start, sentence.end),
            }
            for claim_id, (article, sentence, _suggestion) in zip(ids, planned, strict=True)
        ],
        now=now,
    )
    return len(ids)


@lru_cache(maxsize=16384)
def _claim_slug_base(text: str) -> str:
    # Wire copy repeats sentences: slugify each distinct one once.
    return slugify(text)[:80].strip("-") or "claim"


_QUALIFIER_VALUES = frozenset(Qualifier.values)
# A figure's value must fit Claim.figure_* (max_digits=20, decimal_places=4).
_FIGURE_LIMIT = Decimal(10) ** 16


def _figure_fields(figure) -> dict:
    """The claim fields of a suggested figure; none for a figure the fields cannot hold."""
    if figure is None:
        return {}
    numbers = [n for n in (figure.value, figure.low, figure.high) if n is not None]
    if not numbers or any(abs(n) >= _FIGURE_LIMIT for n in numbers):
        return {}
    if figure.low is not None and figure.high is not None and figure.low > figure.high:
        return {}
    return {
        "figure_value": figure.value,
        "figure_low": figure.low,
        "figure_high": figure.high,
        "figure_qualifier": figure.qualifier if figure.qualifier in _QUALIFIER_VALUES else "",
        "figure_unit": figure.unit[:200],
    }


def _insert_rows(
    model: type[Model], rows: list[dict], *, now, returning: str | None = None
) -> dict[object, int]:
    """INSERT ``rows`` (dicts of attnames) into ``model``'s table, in bulk.

    The rows of a suggestion run are built by the service itself from the
    suggester's output, so the per-object work of ``bulk_create`` (building
    model instances, preparing every value through its field) would be most of
    the cost. Every other column gets the field's default; ``created_at`` and
    ``updated_at`` get ``now``. The database still enforces every constraint.

    With ``returning`` (a unique field), returns the new ids by that field's value.
    """
    if not rows:
        return {}
    ops = connection.ops
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    defaults = {}
    adapters = {}
    for field in fields:
        if field.attname in ("created_at", "updated_at"):
            defaults[field.attname] = now
        elif field.has_default() or not field.null:
            defaults[field.attname] = field.get_default()
        else:
            defaults[field.attname] = None
        internal = field.get_internal_type()
        if internal == "DateTimeField":
            adapters[field.attname] = ops.adapt_datetimefield_value
        elif internal == "DateField":
            adapters[field.attname] = ops.adapt_datefield_value
        elif internal == "DecimalField":
            adapters[field.attname] = (
                lambda value, f=field: ops.adapt_decimalfield_value(
                    value, f.max_digits, f.decimal_places
                )
            )  # fmt: skip
    quote = ops.quote_name
    names = [field.attname for field in fields]
    # Many rows share a date or the same ``now``: adapt each distinct value once.
    adapted: dict[tuple[str, object], object] = {}
    params = []
    for row in rows:
        values = {**defaults, **row}
        for name, adapt in adapters.items():
            value = values[name]
            if value is not None:
                key = (name, value)
                if key not in adapted:
                    adapted[key] = adapt(value)
                values[name] = adapted[key]
        params.append([values[name] for name in names])
    insert = (
        f"INSERT INTO {quote(model._meta.db_table)} "
        f"({', '.join(quote(field.column) for field in fields)}) VALUES "
    )
    row_placeholders = "(" + ", ".join(["%s"] * len(names)) + ")"
    with connection.cursor() as cursor:
        if returning is None:
            cursor.executemany(insert + row_placeholders, params)
            return {}
        key_column = quote(model._meta.get_field(returning).column)
        if not connection.features.can_return_rows_from_bulk_insert:
            cursor.executemany(insert + row_placeholders, params)
            return _ids_by(model, returning, [row[returning] for row in rows])
        ids: dict[object, int] = {}
        # At most 1,000 rows a statement, fewer where the database limits parameters.
        limit = connection.features.max_query_params
        per_statement = max(1, min(1000, limit // len(names) if limit else 1000))
        for start in range(0, len(params), per_statement):
            batch = params[start : start + per_statement]
            cursor.execute(
                insert
                + ", ".join([row_placeholders] * len(batch))
                + f" RETURNING {quote(model._meta.pk.column)}, {key_column}",
                [value for row in batch for value in row],
            )
            ids.update((key, pk) for pk, key in cursor.fetchall())
        return ids


def _ids_by(model: type[Model], field: str, values: list) -> dict[object, int]:
    found: dict[object, int] = {}
    for start in range(0, len(values), 500):
        found.update(
            model.objects.filter(**{f"{field}__in": values[start : start + 500]}).values_list(
                field, "pk"
            )
        )
    return found


def _claimant_key(name: str | None) -> str:
    return " ".join(name.split()).lower() if name else ""


def _suggested_claimants(suggestions, *, known: dict[str, Claimant]) -> dict[str, Claimant]:
    """The claimants the suggestions name, by lowercased name: reused, or created in bulk.

    ``known`` holds the claimants found so far in this run; new ones are added to it.
    """
    wanted: dict[str, tuple[str, str]] = {}
    for suggestion in suggestions:
        key = _claimant_key(suggestion.claimant)
        if key and key not in wanted and key not in known:
            name = " ".join(suggestion.claimant.split())[:200]
            wanted[key] = (name, suggestion.claimant_kind or ClaimantKind.PERSON)
    found = known
    keys = sorted(key for key in wanted if key not in found)
    for start in range(0, len(keys), 500):
        for claimant in Claimant.objects.annotate(lowered=Lower("name")).filter(
            lowered__in=keys[start : start + 500]
        ):
            found.setdefault(claimant.lowered, claimant)
    missing = [key for key in keys if key not in found]
    if missing:
        bases = {key: slugify(wanted[key][0])[:80].strip("-") or "claimant" for key in missing}
        slugs = _SlugPool(_taken_slugs(Claimant, set(bases.values())))
        new = [
            Claimant(name=wanted[key][0], kind=wanted[key][1], slug=slugs.claim(bases[key]))
            for key in missing
        ]
        for claimant in new:
            claimant.clean_fields(exclude=["slug"])
        for key, claimant in zip(missing, Claimant.objects.bulk_create(new), strict=True):
            found[key] = claimant
    return found


def _taken_slugs(model: type[Model], bases: set[str]) -> set[str]:
    """The slugs of ``model`` equal to a base or to a base with a -N suffix."""
    taken: set[str] = set()
    ordered = sorted(bases)
    for start in range(0, len(ordered), 500):
        taken.update(
            model.objects.filter(slug__in=ordered[start : start + 500]).values_list(
                "slug", flat=True
            )
        )
    collided = sorted(base for base in ordered if base in taken)
    for start in range(0, len(collided), 100):
        pattern = "^(" + "|".join(re.escape(b) for b in collided[start : start + 100]) + ")-[0-9]+$"
        taken.update(model.objects.filter(slug__regex=pattern).values_list("slug", flat=True))
    return taken


def _record_created_claim_history(pks: list[int], *, user, at) -> None:
    """Write each new claim's "created" history row with one INSERT … SELECT per batch.

    The rows ``bulk_create_with_history`` would write, copied by the database
    from the claims just inserted (as ``_record_created_history`` does for
    articles) rather than rebuilt in Python.
    """
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = Claim.history.model
    quote = connection.ops.quote_name
    tracked = history.tracked_fields
    target = [history._meta.get_field(field.name).column for field in tracked]
    target += [
        history._meta.get_field(name).column
        for name in ("history_date", "history_change_reason", "history_type", "history_user")
    ]
    source = ", ".join(quote(field.column) for field in tracked)
    when = connection.ops.adapt_datetimefield_value(at)
    with connection.cursor() as cursor:
        for start in range(0, len(pks), SUGGEST_BATCH_SIZE):
            batch = pks[start : start + SUGGEST_BATCH_SIZE]
            cursor.execute(
                f"INSERT INTO {quote(history._meta.db_table)} "
                f"({', '.join(quote(column) for column in target)}) "
                f"SELECT {source}, %s, %s, '+', %s FROM {quote(Claim._meta.db_table)} "
                f"WHERE {quote(Claim._meta.pk.column)} IN ({', '.join(['%s'] * len(batch))})",
                [when, _(SUGGESTION_NOTE), user.pk if user else None, *batch],
            )


# --- tracked figures -----------------------------------------------------------------------


def tracked_figure_create(
    *, name: str, unit: str, by: User, place: str = "", description: str = ""
) -> TrackedFigure:
    """Start following a quantity over time, e.g. "Civilian bodies exhumed in Izium"."""
    _require(by, "articles.add_trackedfigure", _("create tracked figures"))
    figure = TrackedFigure(
        name=name.strip(),
        slug=unique_slug(TrackedFigure, name),
        unit=unit.strip(),
        place=place.strip(),
        description=description.strip(),
    )
    figure.full_clean()
    figure.save()
    return figure


@transaction.atomic
def claims_group_into_figure(
    *, claims: Iterable[Claim], figure: TrackedFigure, by: User
) -> tuple[int, list[str]]:
    """Put figure claims into ``figure``, so its page charts them together.

    Returns how many claims are now in the figure and, for each one left out, why:
    a claim with no value and no range has nothing to chart. Each moved claim's
    version and activity time go on, as for any edit.
    """
    _require(by, EDIT, _("group claims into a tracked figure"))
    now = timezone.now()
    grouped, skipped = 0, []
    locked = Claim.objects.select_for_update().filter(pk__in=[claim.pk for claim in claims])
    for claim in locked.order_by("pk"):
        if claim.figure_value is None and claim.figure_low is None and claim.figure_high is None:
            skipped.append(_("“%(claim)s” has no figure") % {"claim": claim})
            continue
        if claim.tracked_figure_id != figure.pk:
            _as_actor(claim, by)
            _bump(claim, tracked_figure=figure, last_activity_at=now)
        grouped += 1
    return grouped, skipped
