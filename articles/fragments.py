"""Pieces of readers' pages kept in the cache, keyed on the rows they show.

The whole-page cache (``articles.caching``) serves a page again until something is
published; these fragments help when it cannot: a page asked for the first time, a
list whose query string nobody asked before, or the page cache turned off. The rows
are still read on every request, and a fragment's key is made of what was read —
every row's key, ``updated_at`` and ``version`` — plus the reader's language, so a
fragment is found only while every row it shows is as it was when it was rendered.
What the key cannot see is what the page cache cannot see either: a bulk
``QuerySet.update()`` that moves neither the time nor the version, until
``FACTCHECK_FRAGMENT_CACHE_SECONDS`` pass.

Editors (a session cookie) never read fragments: their pages are rendered whole,
as for the page cache.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

KEY_PREFIX = "public-fragment"
CLAIM_ROW = "articles/partials.html#claim-row"


def fragments_for(request) -> bool:
    """Whether this request's page may be put together from cached fragments."""
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return (
        settings.FACTCHECK_FRAGMENT_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and set(request.COOKIES) <= harmless
    )


def row_version(obj) -> tuple:
    """What identifies one state of a row: its model, key, time of change and version."""
    if obj is None:
        return ()
    return (
        obj._meta.label_lower,
        obj.pk,
        getattr(obj, "updated_at", None),
        getattr(obj, "version", None),
    )


def fragment_key(name: str, parts: Iterable) -> str:
    """The cache key of fragment ``name`` showing ``parts`` in the active language."""
    digest = hashlib.blake2b(repr(tuple(parts)).encode(), digest_size=16).hexdigest()
    return f"{KEY_PREFIX}:{name}:{translation.get_language()}:{digest}"


def claim_row_parts(claim, *, hide_claimant: bool) -> tuple:
    """Everything a tracker row shows comes from these rows (``for_listing()``)."""
    verdict = claim.current_verdict
    return (
        hide_claimant,
        row_version(claim),
        row_version(claim.claimant),
        row_version(verdict),
        row_version(verdict.rating if verdict else None),
    )


# What a list reads of each row when its rows may come from fragments: the versions
# ``claim_row_parts`` is made of, not the rows themselves (see ``claim_rows``).
ROW_KEY_FIELDS = (
    "pk",
    "updated_at",
    "version",
    "claimant_id",
    "claimant__updated_at",
    "claimant__version",
)


def row_keys(queryset):
    """``queryset`` (claims ``for_listing()``) as the plain values of ``ROW_KEY_FIELDS``."""
    return queryset.prefetch_related(None).values_list(*ROW_KEY_FIELDS, named=True)


def _row_parts_from_values(row, verdict, *, hide_claimant: bool) -> tuple:
    # The same tuples ``row_version`` makes of the rows themselves.
    return (
        hide_claimant,
        ("articles.claim", row.pk, row.updated_at, row.version),
        ("articles.claimant", row.claimant_id, row.claimant__updated_at, row.claimant__version)
        if row.claimant_id
        else (),
        ("articles.verdict", verdict.pk, verdict.updated_at, verdict.version) if verdict else (),
        ("articles.rating", verdict.rating_id, None, verdict.rating__version) if verdict else (),
    )


def claim_rows(request, claims: Sequence, *, hide_claimant: bool = False) -> list[SafeString]:
    """The rows of a list of claims as HTML.

    ``claims`` are claims ``for_listing()``, or, for a reader, their ``row_keys()``: then
    the rows' current verdicts are read as plain values too (one query), the rows found
    in the cache (one read) are used as they are, and only the others are read whole and
    rendered (and stored, in one write).
    """
    from articles.models import Claim, Verdict

    context = {"hide_claimant": hide_claimant}
    if not fragments_for(request):
        return [
            mark_safe(render_to_string(CLAIM_ROW, {**context, "claim": claim})) for claim in claims
        ]
    if claims and not isinstance(claims[0], Claim):
        verdicts = {
            verdict.claim_id: verdict
            for verdict in Verdict.objects.filter(
                claim__in=[row.pk for row in claims], is_current=True
            ).values_list("claim_id", "pk", "updated_at", "version", "rating_id", "rating__version",
                          named=True)
        }  # fmt: skip
        parts = [
            _row_parts_from_values(row, verdicts.get(row.pk), hide_claimant=hide_claimant)
            for row in claims
        ]
    else:
        parts = [claim_row_parts(claim, hide_claimant=hide_claimant) for claim in claims]
    keys = [fragment_key("claim-row", row_parts) for row_parts in parts]
    found = cache.get_many(keys)
    missing = [row.pk for key, row in zip(keys, claims, strict=True) if key not in found]
    whole = {}
    if missing and not isinstance(claims[0], Claim):
        whole = {claim.pk: claim for claim in Claim.objects.for_listing().filter(pk__in=missing)}
    rendered = {}
    rows = []
    for key, claim in zip(keys, claims, strict=True):
        html = found.get(key)
        if html is None:
            claim = whole.get(claim.pk, claim)
            if not isinstance(claim, Claim):
                continue  # removed since the list was read
            html = rendered[key] = render_to_string(CLAIM_ROW, {**context, "claim": claim})
        rows.append(mark_safe(html))  # rendered by the template, escaped there
    if rendered:
        cache.set_many(rendered, settings.FACTCHECK_FRAGMENT_CACHE_SECONDS)
    return rows
