"""Changing and removing what editors made: claims, claimants, evidence, draft verdicts,
appearances and articles.

Each service names the fields it may change, checks its own rules and leaves the
rest to ``_rows.edit_row`` / ``_rows.delete_row`` (permission, row lock, merge by
field, validation, version, history in the editor's name, claim activity).
Every one takes ``seen_version`` (the version the editor's form was opened at),
``resolved`` (the editor's choice for each conflicting field) and ``dry_run``.

The published record changes only in the open. While a claim is published, its
statement and figure (``CLAIM_PUBLISHED_FIELDS``) are frozen; evidence published
with a verdict may only gain an archive URL; appearances of a published claim and
the published verdict itself stay as they are. Changing what readers are told
goes through *Reopen* (a new draft verdict) or a dated public correction.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from articles.importers import content_hash, derive_title, guess_language
from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    ClaimStatus,
    Evidence,
    Verdict,
    VerdictState,
)
from articles.services._base import User, WorkflowError, check_assignee
from articles.services._rows import EditResult, delete_row, edit_row
from articles.services.content import (
    _normalised_body,
    _refuse_duplicate_body,
    article_body_changed,
)

# What an editor may change on a claim, in the order the claim form shows it (its status
# moves only through the workflow).
CLAIM_FORM_FIELDS = (
    "text",
    "claimant",
    "kind",
    "said_on",
    "topics",
    "figure_qualifier",
    "figure_value",
    "figure_low",
    "figure_high",
    "figure_unit",
    "figure_place",
    "figure_period_start",
    "figure_as_of",
    "tracked_figure",
    "assignee",
)
CLAIM_EDITABLE_FIELDS = frozenset(CLAIM_FORM_FIELDS)
# What readers are told about a published claim: frozen until it is reopened.
CLAIM_PUBLISHED_FIELDS = CLAIM_EDITABLE_FIELDS - {"topics", "tracked_figure", "assignee"}
EVIDENCE_EDITABLE_FIELDS = frozenset(
    {
        "title",
        "url",
        "publisher",
        "excerpt",
        "stance",
        "kind",
        "published_on",
        "accessed_on",
        "archive_url",
    }
)
# Once evidence is published with a verdict, only a copy of the source may be added.
EVIDENCE_PUBLISHED_EDITABLE = frozenset({"archive_url"})
# A draft's substance: whoever changes it becomes one of its authors (four-eyes rule).
VERDICT_SUBSTANCE_FIELDS = frozenset({"rating", "headline", "summary", "explanation"})
APPEARANCE_EDITABLE_FIELDS = frozenset({"said_on"})
CLAIMANT_EDITABLE_FIELDS = frozenset({"name", "kind", "description", "url"})
ARTICLE_EDITABLE_FIELDS = frozenset({"title", "body", "published_on", "outlet", "url", "language"})


def _only(fields: dict, allowed: frozenset[str], service: str) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"{service}() cannot change {', '.join(sorted(unknown))}")


def _labels(model, names) -> str:
    return ", ".join(str(model._meta.get_field(name).verbose_name) for name in sorted(names))


# --- claims -----------------------------------------------------------------------------------


def _claim_guard(claim: Claim, changed: set[str]) -> None:
    frozen = changed & CLAIM_PUBLISHED_FIELDS
    if claim.status == ClaimStatus.PUBLISHED and frozen:
        raise WorkflowError(
            _(
                "This claim is published, so what readers are told is read-only (%(fields)s). "
                "Reopen it to change it, or add a public correction."
            )
            % {"fields": _labels(Claim, frozen)},
            code="published_record",
        )
    if "assignee" in changed:
        check_assignee(claim.assignee)


def claim_update(
    *,
    claim: Claim,
    by: User,
    seen_version: int | None = None,
    resolved: dict[str, str] | None = None,
    dry_run: bool = False,
    **fields,
) -> EditResult:
    """Change a claim's statement, figure or filing (``CLAIM_EDITABLE_FIELDS``).

    The slug stays, so links keep working. A published claim's statement and figure
    are refused (``CLAIM_PUBLISHED_FIELDS``); an assignee must be able to work on claims.
    """
    _only(fields, CLAIM_EDITABLE_FIELDS, "claim_update")
    if "text" in fields:
        fields["text"] = " ".join((fields["text"] or "").split())
    return edit_row(
        model=Claim,
        pk=claim.pk,
        by=by,
        permission="articles.change_claim",
        action=_("edit claims"),
        changes=fields,
        seen_version=seen_version,
        resolved=resolved,
        guard=_claim_guard,
        dry_run=dry_run,
    )


def _claim_delete_guard(claim: Claim) -> None:
    if (
        claim.status == ClaimStatus.PUBLISHED
        or claim.verdicts.filter(state=VerdictState.PUBLISHED).exists()
    ):
        raise WorkflowError(
            _("“%(claim)s” has a published verdict: it stays part of the public record.")
            % {"claim": claim},
            code="published_record",
        )


def claim_delete(
    *, claim: Claim, by: User, seen_version: int | None = None, dry_run: bool = False
) -> Claim:
    """Remove a claim that was never published, with its drafts, evidence and appearances."""
    return delete_row(
        model=Claim,
        pk=claim.pk,
        by=by,
        permission="articles.delete_claim",
        action=_("delete claims"),
        seen_version=seen_version,
        guard=_claim_delete_guard,
        dry_run=dry_run,
    )


# --- claimants --------------------------------------------------------------------------------


def refuse_claimant_name_taken(name: str, *, exclude_pk: int | None = None) -> None:
    """One person or body is one claimant: a name another claimant has (any case) is refused."""
    other = Claimant.objects.filter(name__iexact=name).exclude(pk=exclude_pk).first()
    if other is not None:
        raise ValidationError(
            {
                "name": ValidationError(
                    _("“%(name)s” is already a claimant; use that one."),
                    code="duplicate",
                    params={"name": other.name},
                )
            }
        )


def _claimant_guard(claimant: Claimant, changed: set[str]) -> None:
    if "name" in changed:
        refuse_claimant_name_taken(claimant.name, exclude_pk=claimant.pk)


def claimant_update(
    *,
    claimant: Claimant,
    by: User,
    seen_version: int | None = None,
    resolved: dict[str, str] | None = None,
    dry_run: bool = False,
    **fields,
) -> EditResult:
    """Rename or describe a claimant. The slug stays, so its public page keeps its address."""
    _only(fields, CLAIMANT_EDITABLE_FIELDS, "claimant_update")
    if "name" in fields:
        fields["name"] = " ".join((fields["name"] or "").split())
    return edit_row(
        model=Claimant,
        pk=claimant.pk,
        by=by,
        permission="articles.change_claimant",
        action=_("edit claimants"),
        changes=fields,
        seen_version=seen_version,
        resolved=resolved,
        guard=_claimant_guard,
        dry_run=dry_run,
    )


def _claimant_delete_guard(claimant: Claimant) -> None:
    count = claimant.claims.count()
    if count:
        raise WorkflowError(
            _("“%(name)s” made %(count)d claims; give them another claimant first.")
            % {"name": claimant, "count": count},
            code="in_use",
        )


def claimant_delete(
    *, claimant: Claimant, by: User, seen_version: int | None = None, dry_run: bool = False
) -> Claimant:
    """Remove a claimant no claim names."""
    return delete_row(
        model=Claimant,
        pk=claimant.pk,
        by=by,
        permission="articles.delete_claimant",
        action=_("delete claimants"),
        seen_version=seen_version,
        guard=_claimant_delete_guard,
        dry_run=dry_run,
    )


# --- evidence ---------------------------------------------------------------------------------


def _evidence_guard(evidence: Evidence, changed: set[str]) -> None:
    locked = changed - EVIDENCE_PUBLISHED_EDITABLE
    if evidence.published_at is not None and locked:
        raise WorkflowError(
            _(
                "“%(evidence)s” was published with a verdict: only its archive URL may change "
                "(%(fields)s refused). Add new evidence instead."
            )
            % {"evidence": evidence, "fields": _labels(Evidence, locked)},
            code="published_record",
        )


def evidence_update(
    *,
    evidence: Evidence,
    by: User,
    seen_version: int | None = None,
    resolved: dict[str, str] | None = None,
    dry_run: bool = False,
    **fields,
) -> EditResult:
    """Change a piece of evidence; once published with a verdict, only its archive URL."""
    _only(fields, EVIDENCE_EDITABLE_FIELDS, "evidence_update")
    return edit_row(
        model=Evidence,
        pk=evidence.pk,
        by=by,
        permission="articles.change_evidence",
        action=_("edit evidence"),
        changes=fields,
        seen_version=seen_version,
        resolved=resolved,
        guard=_evidence_guard,
        dry_run=dry_run,
    )


def _evidence_delete_guard(evidence: Evidence) -> None:
    if evidence.published_at is not None:
        raise WorkflowError(
            _("“%(evidence)s” was published with a verdict and stays in the public record.")
            % {"evidence": evidence},
            code="published_record",
        )


def evidence_delete(
    *, evidence: Evidence, by: User, seen_version: int | None = None, dry_run: bool = False
) -> Evidence:
    """Remove evidence that was never published."""
    return delete_row(
        model=Evidence,
        pk=evidence.pk,
        by=by,
        permission="articles.delete_evidence",
        action=_("delete evidence"),
        seen_version=seen_version,
        guard=_evidence_delete_guard,
        dry_run=dry_run,
    )


# --- draft verdicts ----------------------------------------------------------------------------


def _refuse_unless_draft(verdict: Verdict, *_changed) -> None:
    if verdict.state != VerdictState.DRAFT:
        raise WorkflowError(
            _("A published verdict is read-only; reopen the claim or add a correction."),
            code="published_record",
        )


def _credit_author(by: User):
    def after(verdict: Verdict, changed: set[str]) -> None:
        if changed & VERDICT_SUBSTANCE_FIELDS:
            verdict.authors.add(by)

    return after


def verdict_update(
    *,
    verdict: Verdict,
    by: User,
    seen_version: int | None = None,
    resolved: dict[str, str] | None = None,
    dry_run: bool = False,
    **fields,
) -> EditResult:
    """Change a draft verdict. Whoever changes its substance becomes one of its authors,
    so they cannot publish it while the four-eyes rule holds."""
    _only(fields, VERDICT_SUBSTANCE_FIELDS, "verdict_update")
    return edit_row(
        model=Verdict,
        pk=verdict.pk,
        by=by,
        permission="articles.change_verdict",
        action=_("edit draft verdicts"),
        changes=fields,
        seen_version=seen_version,
        resolved=resolved,
        guard=_refuse_unless_draft,
        after=_credit_author(by),
        dry_run=dry_run,
    )


def verdict_delete(
    *, verdict: Verdict, by: User, seen_version: int | None = None, dry_run: bool = False
) -> Verdict:
    """Remove a draft verdict; a published one stays in the claim's history."""
    return delete_row(
        model=Verdict,
        pk=verdict.pk,
        by=by,
        permission="articles.delete_verdict",
        action=_("delete draft verdicts"),
        seen_version=seen_version,
        guard=_refuse_unless_draft,
        dry_run=dry_run,
    )


# --- appearances -------------------------------------------------------------------------------


def _refuse_if_claim_published(appearance: Appearance, *_changed) -> None:
    if appearance.claim.status == ClaimStatus.PUBLISHED:
        raise WorkflowError(
            _("The claim is published: where it was made is part of the public record."),
            code="published_record",
        )


def appearance_update(
    *,
    appearance: Appearance,
    by: User,
    seen_version: int | None = None,
    resolved: dict[str, str] | None = None,
    dry_run: bool = False,
    **fields,
) -> EditResult:
    """Change when a quote was said; its span moves only with the article's text."""
    _only(fields, APPEARANCE_EDITABLE_FIELDS, "appearance_update")
    return edit_row(
        model=Appearance,
        pk=appearance.pk,
        by=by,
        permission="articles.change_appearance",
        action=_("edit appearances"),
        changes=fields,
        seen_version=seen_version,
        resolved=resolved,
        guard=_refuse_if_claim_published,
        dry_run=dry_run,
    )


def appearance_delete(
    *, appearance: Appearance, by: User, seen_version: int | None = None, dry_run: bool = False
) -> Appearance:
    """Detach a claim from a passage of an article (not while the claim is published)."""
    return delete_row(
        model=Appearance,
        pk=appearance.pk,
        by=by,
        permission="articles.delete_appearance",
        action=_("delete appearances"),
        seen_version=seen_version,
        guard=_refuse_if_claim_published,
        dry_run=dry_run,
    )


# --- articles ------------------------------------------------------------------------------------


def article_update(
    *,
    article: Article,
    by: User,
    seen_version: int | None = None,
    resolved: dict[str, str] | None = None,
    dry_run: bool = False,
    **fields,
) -> EditResult:
    """Change an article's title, text or source details (``ARTICLE_EDITABLE_FIELDS``).

    A new body is normalised and hashed like a pasted one and may not repeat
    another article's text; when it really differs, the claims quoted from the old
    text are placed again (``article_body_changed``). The slug stays.
    """
    _only(fields, ARTICLE_EDITABLE_FIELDS, "article_update")
    old_body = Article.objects.only("body").get(pk=article.pk).body
    if "body" in fields:
        fields["body"] = _normalised_body(fields["body"])
    if "title" in fields:
        fields["title"] = " ".join((fields["title"] or "").split()) or derive_title(
            fields.get("body", old_body)
        )
    if "url" in fields:
        fields["url"] = (fields["url"] or "").strip()
    if "language" in fields:
        fields["language"] = (fields["language"] or "").strip() or guess_language(
            fields.get("body", old_body)
        )

    def guard(row: Article, changed: set[str]) -> list[str]:
        if "body" not in changed:
            return []
        row.content_hash = content_hash(row.body)
        _refuse_duplicate_body(row.content_hash, exclude_pk=row.pk)
        return ["content_hash"]

    def after(row: Article, changed: set[str]) -> None:
        if "body" in changed:
            article_body_changed(article=row, old_body=old_body)

    return edit_row(
        model=Article,
        pk=article.pk,
        by=by,
        permission="articles.change_article",
        action=_("edit articles"),
        changes=fields,
        seen_version=seen_version,
        resolved=resolved,
        guard=guard,
        after=after,
        dry_run=dry_run,
    )


def _article_delete_guard(article: Article) -> None:
    quoted = (
        Claim.objects.filter(appearances__article=article)
        .exclude(status__in=[ClaimStatus.SUGGESTED, ClaimStatus.DISMISSED])
        .distinct()
        .count()
    )
    if quoted:
        raise WorkflowError(
            _("%(count)d accepted claims quote “%(article)s”; it stays as their source.")
            % {"count": quoted, "article": article},
            code="in_use",
        )


def article_delete(
    *, article: Article, by: User, seen_version: int | None = None, dry_run: bool = False
) -> Article:
    """Remove an article no accepted claim quotes (its suggestions' quotes go with it)."""
    return delete_row(
        model=Article,
        pk=article.pk,
        by=by,
        permission="articles.delete_article",
        action=_("delete articles"),
        seen_version=seen_version,
        guard=_article_delete_guard,
        dry_run=dry_run,
    )
