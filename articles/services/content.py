"""Creating and editing content: claimants, claims, their appearances in articles,
evidence, draft verdicts, and articles themselves, whose claim spans are placed
again when their text changes.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.anchoring import quote_selector, reanchor
from articles.importers import content_hash, derive_title, guess_language, normalise_body, slug_base
from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    ClaimKind,
    ClaimStatus,
    Evidence,
    Outlet,
    Rating,
    StatusChange,
    Verdict,
    VerdictState,
)
from articles.services._base import (
    User,
    WorkflowError,
    _as_actor,
    _require,
    check_assignee,
    unique_slug,
)
from articles.services._public import affects_readers, publication_changed


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
    _require(by, "articles.add_claim", _("add claims"))
    if status not in (ClaimStatus.OPEN, ClaimStatus.SUGGESTED):
        raise WorkflowError(_("A new claim is either open or suggested."))
    topics = fields.pop("topics", None)
    check_assignee(fields.get("assignee"))
    claim = Claim(
        text=" ".join(text.split()), kind=kind, claimant=claimant, status=status, **fields
    )
    claim.slug = unique_slug(Claim, claim.text, max_length=80)
    claim.full_clean()
    _as_actor(claim, by)
    claim.save()
    if topics:
        claim.topics.set(topics)
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
    if affects_readers(claim, created=True):
        publication_changed()
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
    _require(by, "articles.add_appearance", _("record where claims were made"))
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
    _as_actor(appearance, by)
    appearance.save()
    if claim.said_on is None or (appearance.said_on and appearance.said_on < claim.said_on):
        Claim.objects.filter(pk=claim.pk).update(said_on=appearance.said_on)
        claim.said_on = appearance.said_on
    if affects_readers(appearance, created=True):
        publication_changed()
    return appearance


@transaction.atomic
def evidence_add(*, claim: Claim, by: User, title: str, **fields) -> Evidence:
    """Attach a piece of evidence to a claim. It stays private until it is published with
    the claim's next verdict."""
    _require(by, "articles.add_evidence", _("add evidence"))
    evidence = Evidence(
        claim=claim, title=title, added_by=by if by.is_authenticated else None, **fields
    )
    evidence.full_clean()
    _as_actor(evidence, by)
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
    _as_actor(verdict, by)
    verdict.save()
    verdict.authors.add(by)
    Claim.objects.filter(pk=claim.pk).update(last_activity_at=timezone.now())
    return verdict


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
    publication_changed()  # a new source on the articles list
    return article
