"""CSV and JSON downloads of the claims tracker, honouring the tracker's filters.

Both take the same query string as ``/claims/`` and filter with the same
``ClaimFilter``, so "export what I see" holds. Rows are streamed in chunks, so
a large export neither holds every claim in memory nor runs a query per row.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from articles.filters import ClaimFilter, query_errors
from articles.models import Claim, ClaimantKind, ClaimKind, ClaimStatus, Qualifier
from articles.siteurl import site_origin
from articles.structured_data import absolute_url

# Rows read and written per step (each step also runs the prefetches once). What a worker
# holds while it streams grows with it and not with the archive: at a million claims,
# 500 kept a worker 35–52 MB above where it started, 200 about 23 MB (issue 10 allows 50),
# for a download about a third slower (40 s instead of 30 for 350,000 claims).
CHUNK_SIZE = 200

COLUMNS = [
    "slug",
    "url",
    "text",
    "claimant",
    "claimant_kind",
    "kind",
    "status",
    "rating",
    "rating_value",
    "verdict_headline",
    "verdict_published_on",
    "said_on",
    "figure_value",
    "figure_low",
    "figure_high",
    "figure_qualifier",
    "figure_unit",
    "figure_place",
    "figure_as_of",
    "figure_period_start",
    "tracked_figure",
]

# A spreadsheet would run a cell that starts like a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportFilter(ClaimFilter):
    """The tracker's filters; a search exports every match, newest first, not the best few."""

    rank_searches = False


def export_filter(request: HttpRequest) -> ClaimFilter:
    """The tracker's filter over public claims, bound to this request's query string."""
    base = (
        Claim.objects.public().select_related("claimant", "tracked_figure").with_current_verdict()
    )
    return ExportFilter(request.GET, queryset=base, request=request)


def _invalid(filterset: ClaimFilter) -> JsonResponse:
    # As the tracker and the API do, refuse rather than export more than was asked for.
    return JsonResponse(query_errors(filterset), status=400)


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class Labels:
    """What a row's codes read as, worked out once per download rather than once per row.

    ``get_FOO_display()`` translates every choice of the field on each call, and
    ``reverse()`` resolves the URL pattern each time: on a download of the whole archive
    that was most of the time spent.
    """

    kinds: dict[str, str]
    claimant_kinds: dict[str, str]
    statuses: dict[str, str]
    qualifiers: dict[str, str]
    claim_path: str  # with "slug-placeholder" where the slug goes

    @classmethod
    def current(cls) -> Labels:
        return cls(
            kinds={k.value: str(k.label) for k in ClaimKind},
            claimant_kinds={k.value: str(k.label) for k in ClaimantKind},
            statuses={s.value: str(s.public_label) for s in ClaimStatus},
            qualifiers={q.value: str(q.label) for q in Qualifier},
            claim_path=reverse("articles:claim-detail", kwargs={"slug": "slug-placeholder"}),
        )


def claim_row(claim: Claim, *, origin: str | None = None, labels: Labels | None = None) -> dict:
    """One claim as a flat record of public fields (plain JSON types).

    ``origin`` is the site's address; a streamed export passes the one of its request,
    which is over by the time the rows are written. ``labels`` are worked out once per
    export (``Labels.current()``).
    """
    labels = labels or Labels.current()
    verdict = claim.current_verdict
    claimant = claim.claimant
    path = labels.claim_path.replace("slug-placeholder", claim.slug)
    return {
        "slug": claim.slug,
        "url": absolute_url(path, origin=origin),
        "text": claim.text,
        "claimant": claimant.name if claimant else None,
        "claimant_kind": labels.claimant_kinds.get(claimant.kind) if claimant else None,
        "kind": labels.kinds.get(claim.kind, claim.kind),
        "status": labels.statuses[claim.status],
        "rating": verdict.rating.localized_label if verdict else None,
        "rating_value": verdict.rating.value if verdict else None,
        "verdict_headline": verdict.headline if verdict else None,
        "verdict_published_on": (
            timezone.localdate(verdict.published_at).isoformat() if verdict else None
        ),
        "said_on": _iso(claim.said_on),
        "figure_value": _number(claim.figure_value),
        "figure_low": _number(claim.figure_low),
        "figure_high": _number(claim.figure_high),
        "figure_qualifier": labels.qualifiers.get(claim.figure_qualifier),
        "figure_unit": claim.figure_unit or None,
        "figure_place": claim.figure_place or None,
        "figure_as_of": _iso(claim.figure_as_of),
        "figure_period_start": _iso(claim.figure_period_start),
        "tracked_figure": claim.tracked_figure.name if claim.tracked_figure else None,
    }


def _rows(queryset: QuerySet[Claim], origin: str) -> Iterator[dict]:
    labels = Labels.current()
    # A server-side cursor on PostgreSQL: rows arrive CHUNK_SIZE at a time, and
    # iterator(chunk_size=…) still runs the prefetches, once per chunk.
    for claim in queryset.defer("search_document").iterator(chunk_size=CHUNK_SIZE):
        yield claim_row(claim, origin=origin, labels=labels)


def _csv_cell(value) -> str:
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


class _Echo:
    """A file-like object whose write() hands the line back to the csv writer's caller."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(queryset: QuerySet[Claim], origin: str) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for row in _rows(queryset, origin):
        yield writer.writerow([_csv_cell(row[column]) for column in COLUMNS])


def _json_chunks(queryset: QuerySet[Claim], origin: str) -> Iterator[str]:
    yield "["
    for n, row in enumerate(_rows(queryset, origin)):
        yield ("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


def _filename(extension: str) -> str:
    return f"claims-{timezone.localdate().isoformat()}.{extension}"


@require_safe
def claims_csv(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The filtered claims tracker as CSV (UTF-8, header row)."""
    filterset = export_filter(request)
    if not filterset.is_valid():
        return _invalid(filterset)
    response = StreamingHttpResponse(
        # The rows are written while the response streams, after the request is over.
        _csv_lines(filterset.qs, site_origin()),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


@require_safe
def claims_json(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The filtered claims tracker as a JSON array of records."""
    filterset = export_filter(request)
    if not filterset.is_valid():
        return _invalid(filterset)
    response = StreamingHttpResponse(
        _json_chunks(filterset.qs, site_origin()), content_type="application/json"
    )
    response["Content-Disposition"] = f'inline; filename="{_filename("json")}"'
    return response
