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

# Below this score a claim is not offered as "looks similar".
SIMILAR_MIN_SCORE = 0.15
# PostgreSQL's first cut (pg_trgm word similarity), before the closer look in Python.
SIMILAR_MIN_TRIGRAM = 0.3
# Candidates looked at closely: the most recent this many sharing a word or a number.
SIMILAR_CANDIDATES = 500

_WORD = re.compile(r"\w+")
# "1,000", "1 000" and "1.000" are one number, so they should be one token.
_THOUSANDS = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Words that say nothing about which claim is meant.
_STOPWORD_TEXT = """
    a an the and or but of in on at to for from by with as is are was were be been being
    had has have that this it its said says say about after over than more less least most
    і й та або але в у на з із до за від по про що як це його її їх був була були було
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def claim_tokens(text: str) -> set[str]:
    """Lowercased word tokens of ``text``, digits kept, thousands separators dropped."""
    return set(_WORD.findall(_THOUSANDS.sub("", text.lower())))


def claim_numbers(text: str) -> set[str]:
    """The numbers ``text`` states, thousands separators dropped ("1,000" and "1000" agree)."""
    return {n.replace(",", ".") for n in _NUMBER.findall(_THOUSANDS.sub("", text))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similarity_score(query: str, candidate: str) -> float:
    """How well ``candidate`` matches what the editor is looking for (``query``), 0 to 1.

    - the same words, in any case and spacing: 1;
    - otherwise mostly the share of the query's words the candidate contains (a short
      query finds a long claim), a little the overlap of the two (Jaccard);
    - a number the two share weighs heavily (with the word after it, more): "23 bodies had
      been recovered" finds "at least 23 people", not a claim with other numbers.
    """
    q_tokens, c_tokens = claim_tokens(query), claim_tokens(candidate)
    if not q_tokens or not c_tokens:
        return 0.0
    if q_tokens == c_tokens:
        return 1.0
    words_q = {t for t in q_tokens if not t[0].isdigit() and t not in _STOPWORDS}
    words_c = {t for t in c_tokens if not t[0].isdigit() and t not in _STOPWORDS}
    containment = len(words_q & words_c) / len(words_q) if words_q else 0.0
    score = 0.6 * containment + 0.25 * _jaccard(words_q, words_c)
    numbers_q, numbers_c = claim_numbers(query), claim_numbers(candidate)
    if numbers_q and numbers_c:
        if numbers_q & numbers_c:
            score += 0.35
        else:
            # Different figures: probably another statement, however alike the words.
            score -= 0.15
    return max(0.0, min(score, 0.99))


def similar_claims(
    *, text: str, limit: int = 5, exclude_article: Article | None = None
) -> list[Claim]:
    """Existing claims whose text resembles ``text``, best match first.

    Each returned claim carries a ``similarity`` between 0 and 1 (``similarity_score``:
    words and numbers, an identical text first). The candidates are the most recent
    claims sharing a word or a number with ``text`` — on PostgreSQL also those pg_trgm's
    word similarity finds; the closer look is the same on both databases. Dismissed
    claims are left out, and with ``exclude_article`` so are the claims that already
    appear in that article.
    """
    text = " ".join(text.split())
    if not text or limit <= 0:
        return []
    claims = Claim.objects.exclude(status=ClaimStatus.DISMISSED).select_related("claimant")
    if exclude_article is not None:
        claims = claims.exclude(appearances__article=exclude_article)
    tokens = claim_tokens(text)
    if not tokens:
        return []
    # The longest words are the most telling; short ones ("the", "of") would match everything.
    probes = [t for t in sorted(tokens, key=len, reverse=True) if len(t) >= 4][:8]
    probes += sorted(claim_numbers(text))[:4]
    matches = Q()
    for probe in probes:
        matches |= Q(text__icontains=probe)
    if settings.IS_POSTGRES:
        from django.contrib.postgres.search import TrigramWordSimilarity

        claims = claims.annotate(word_match=TrigramWordSimilarity(text, "text"))
        matches |= Q(word_match__gte=SIMILAR_MIN_TRIGRAM)
    if not matches:
        return []
    scored = []
    for claim in claims.filter(matches).order_by("-updated_at", "-id")[:SIMILAR_CANDIDATES]:
        claim.similarity = similarity_score(text, claim.text)
        if claim.similarity >= SIMILAR_MIN_SCORE:
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
