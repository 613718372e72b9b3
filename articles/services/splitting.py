"""The split view: claims made from spans of an article, spans attached to existing
claims, and the existing claims a selection resembles.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Appearance, Article, Claim, ClaimantKind, ClaimKind, ClaimStatus
from articles.services._base import EDIT, User, _require
from articles.services.content import appearance_add, claim_create, claimant_get_or_create
from articles.services.workflow import claim_dismiss

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
