"""Pieces of readers' pages kept in the cache, keyed on the rows they show.

The whole-page cache (``articles.caching``) serves a page again until something is
published; these fragments help when it cannot: a page asked for the first time, a
list whose query string nobody asked before, or the page cache turned off. What the
rows are is still read on every request, and a fragment's key is made of what was
read — every row's key, ``updated_at`` and ``version`` — plus the reader's language, so
a fragment is found only while every row it shows is as it was when it was rendered.
Pages read those versions rather than the rows (the tracker in two queries of plain
values, a verdict page in one), and the rows themselves only for the fragments missing.
What the key cannot see is what the page cache cannot see either: a bulk
``QuerySet.update()`` that moves neither the time nor the version, until
``FACTCHECK_FRAGMENT_CACHE_SECONDS`` pass.

Editors (a session cookie) never read fragments: their pages are rendered whole,
as for the page cache.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from articles.siteurl import publisher, site_origin

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


# --- the verdict page --------------------------------------------------------------------

# What a verdict page shows, read as versions in one query: each row as (kind, key, time,
# version, the row it points to, what else changes what the page says). Plain SQL written
# once per process: the ORM spent more building the eight queries of the whole page than
# the database spent answering them. No claim row: the claim is not public. (The first
# part names each column's type: PostgreSQL types a union's columns part by part.)
VERDICT_PAGE_SQL = """
WITH page AS (
  SELECT "id", "updated_at", "version", "status", "claimant_id", "tracked_figure_id"
  FROM {claim} WHERE "slug" = %s AND "status" IN ({public})
), shown AS (
  SELECT "id", "rating_id" FROM {verdict}
  WHERE "claim_id" = (SELECT "id" FROM page) AND "state" = %s
), quoted AS (
  SELECT "article_id" FROM {appearance} WHERE "claim_id" = (SELECT "id" FROM page)
)
SELECT 'claim', "id", "updated_at", "version", CAST(NULL AS BIGINT), "status" FROM page
UNION ALL SELECT 'claimant', "id", "updated_at", "version", NULL, NULL
  FROM {claimant} WHERE "id" = (SELECT "claimant_id" FROM page)
UNION ALL SELECT 'figure', "id", "updated_at", "version", NULL, NULL
  FROM {figure} WHERE "id" = (SELECT "tracked_figure_id" FROM page)
UNION ALL SELECT 'topic', "id", NULL, "version", NULL, NULL FROM {topic} WHERE "id" IN (
  SELECT "topic_id" FROM {topics} WHERE "claim_id" = (SELECT "id" FROM page))
UNION ALL SELECT 'verdict', "id", "updated_at", "version", "rating_id",
  CASE WHEN "is_current" THEN 'current' ELSE '' END
  FROM {verdict} WHERE "id" IN (SELECT "id" FROM shown)
UNION ALL SELECT 'rating', "id", NULL, "version", NULL, NULL
  FROM {rating} WHERE "id" IN (SELECT "rating_id" FROM shown)
UNION ALL SELECT 'correction', "id", "updated_at", "version", "verdict_id", NULL
  FROM {correction} WHERE "verdict_id" IN (SELECT "id" FROM shown)
UNION ALL SELECT 'evidence', "id", "updated_at", "version", NULL, NULL
  FROM {evidence} WHERE "claim_id" = (SELECT "id" FROM page) AND "published_at" IS NOT NULL
UNION ALL SELECT 'appearance', "id", "updated_at", "version", "article_id", NULL
  FROM {appearance} WHERE "claim_id" = (SELECT "id" FROM page)
UNION ALL SELECT 'article', "id", "updated_at", "version", "outlet_id", NULL
  FROM {article} WHERE "id" IN (SELECT "article_id" FROM quoted)
UNION ALL SELECT 'outlet', "id", "updated_at", "version", NULL, NULL FROM {outlet} WHERE "id" IN (
  SELECT "outlet_id" FROM {article} WHERE "id" IN (SELECT "article_id" FROM quoted))
UNION ALL SELECT 'step', "id", "at", NULL, NULL, "from_status" || ' ' || "to_status"
  FROM {change} WHERE "claim_id" = (SELECT "id" FROM page) AND "to_status" IN ({public})
UNION ALL SELECT 'scale', NULL, NULL, MAX("value"), MIN("value"), NULL FROM {rating}
"""


@functools.cache
def _verdict_page_query() -> tuple[str, tuple]:
    from articles import models as m

    public = m.ClaimStatus.public_values()
    tables = {
        name: connection.ops.quote_name(model._meta.db_table)
        for name, model in {
            "claim": m.Claim,
            "claimant": m.Claimant,
            "figure": m.TrackedFigure,
            "topic": m.Topic,
            "topics": m.Claim.topics.through,
            "verdict": m.Verdict,
            "rating": m.Rating,
            "correction": m.Correction,
            "evidence": m.Evidence,
            "appearance": m.Appearance,
            "article": m.Article,
            "outlet": m.Outlet,
            "change": m.StatusChange,
        }.items()
    }
    sql = VERDICT_PAGE_SQL.format(public=", ".join(["%s"] * len(public)), **tables)
    return sql, (*public, m.VerdictState.PUBLISHED, *public)


def verdict_page_versions(slug: str) -> list[tuple] | None:
    """The versions of every row the verdict page of ``slug`` shows, in one query.

    The claim, its claimant, tracked figure and topics, its published verdicts with their
    ratings and corrections, its published evidence, its quotes with their articles and
    outlets, the public steps of its timeline, and the bounds of the rating scale (the
    ClaimReview's best and worst rating). None when no public claim has that slug.
    """
    sql, params = _verdict_page_query()
    with connection.cursor() as cursor:
        cursor.execute(sql, (slug, *params))
        rows = cursor.fetchall()
    if not any(kind == "claim" for kind, *_ in rows):
        return None
    # In one order whatever the plan (sorted here: an ORDER BY sorted every part of the union).
    return sorted(rows, key=lambda row: (row[0], row[1] or 0))


def rating_scale_in(versions: list[tuple]) -> tuple[int, int]:
    """The best and worst value of the rating scale, as ``verdict_page_versions`` read them."""
    best, worst = next((row[3], row[4]) for row in versions if row[0] == "scale")
    return best or 0, worst or 0


def site_parts() -> tuple:
    """What a page's head takes from the site rather than its rows: the address its links
    are absolute to, and the publishing organisation (name, address, logo) its JSON-LD and
    social meta name."""
    return (site_origin(), *publisher().values())
