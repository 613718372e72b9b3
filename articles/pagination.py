"""Pages of long lists that cost the same on page 1 of a small list and of a million rows.

Django's ``Paginator`` counts every row of the list (``SELECT COUNT(*)``) to
number the pages, which on an archive of a million claims costs more than the
page itself. ``CappedCountPaginator`` counts exactly only up to ``count_cap``
rows (a ``COUNT(*)`` over at most that many), so a small newsroom's lists read
exactly as before; past the cap, on PostgreSQL, the total is the query planner's
estimate (``count_is_exact`` is then False and pages say "about"), and a list the
planner expects to be several times longer than the cap is not counted at all.
Whether a page has a next one never rests on the estimate: every page reads one
row more than it shows.

The public lists, the read-only API and the admin's change lists all use it.
"""

from __future__ import annotations

import json
from math import ceil

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

# Up to this many rows a list is counted exactly.
COUNT_CAP = 10_000
# A list the planner expects to hold this many times the cap is not counted at all.
CLEARLY_PAST = 3
# Past this many rows, a page first reads only the keys of its rows (from the index that
# orders the list, without visiting the table) and then those rows: skipping rows of an
# index is cheap, fetching each skipped row is not.
DEFERRED_FROM = 1_000
# With an estimated total, pages up to this many times the estimate may be asked for: the
# planner's estimates of a list's length are rarely off by more, and a page number far past
# the end would still make the database skip every row before it.
ESTIMATE_SLACK = 1.5


def estimated_count(queryset: QuerySet) -> int | None:
    """PostgreSQL's planner estimate of how many rows ``queryset`` returns (no rows are read).

    ``None`` on other databases.
    """
    if connections[queryset.db].vendor != "postgresql":
        return None
    if queryset.query.is_empty():
        # ``.none()`` (a tracker whose filters were refused) has no query to explain.
        return 0
    plan = json.loads(queryset.order_by().values("pk").explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def capped_counts(querysets: dict[str, QuerySet], cap: int) -> dict[str, int]:
    """How many rows each queryset holds, counted up to ``cap + 1``, in one query.

    Each count reads at most ``cap + 1`` rows (index entries, given an index that
    matches the filter), so a dashboard of counts costs the same on any archive; a
    value above ``cap`` means "more than ``cap``".
    """
    if not querysets:
        return {}
    parts, params = [], []
    alias = next(iter(querysets.values())).db
    for n, queryset in enumerate(querysets.values()):
        sql, part_params = queryset.order_by().values("pk")[: cap + 1].query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS capped_{n})")
        params.extend(part_params)
    with connections[alias].cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)
        row = cursor.fetchone()
    return dict(zip(querysets, row, strict=True))


class LookaheadPage(Page):
    """A page that knows whether another follows from the extra row it read."""

    def __init__(self, object_list, number, paginator, *, more: bool):
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more

    def next_page_number(self) -> int:
        if not self.more:
            raise EmptyPage(self.paginator.error_messages["no_results"])
        return self.number + 1

    def end_index(self) -> int:
        if not self.object_list:
            return 0
        return (self.number - 1) * self.paginator.per_page + len(self.object_list)


class CappedCountPaginator(Paginator):
    """A paginator that never counts more than ``count_cap`` rows (see the module docstring)."""

    count_cap = COUNT_CAP

    @cached_property
    def count_is_exact(self) -> bool:
        self.count  # noqa: B018 - counting decides it
        return self._exact

    @cached_property
    def count(self) -> int:
        self._exact = True
        rows = self.object_list
        if not isinstance(rows, QuerySet):
            return len(rows)
        if rows.query.is_empty():  # .none(): nothing to ask the database
            return 0
        estimate = estimated_count(rows)
        if estimate is not None and estimate > self.count_cap * CLEARLY_PAST:
            # Far past the cap: counting even 10,000 rows through a join is not worth it.
            self._exact = False
            return estimate
        capped = rows.order_by().values("pk")[: self.count_cap + 1].count()
        if capped <= self.count_cap:
            return capped
        if estimate is None:
            return rows.count()
        self._exact = False
        return max(self.count_cap + 1, estimate)

    def validate_number(self, number):
        if self.count_is_exact:
            return super().validate_number(number)
        return self._validate_number(number, ceil(self.num_pages * ESTIMATE_SLACK))

    def page(self, number) -> LookaheadPage:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = self._rows(bottom, bottom + self.per_page + 1)
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        return LookaheadPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)

    def _rows(self, bottom: int, top: int) -> list:
        rows = self.object_list
        if bottom < DEFERRED_FROM or not isinstance(rows, QuerySet) or rows.query.distinct:
            return list(rows[bottom:top])
        keys = list(rows.values_list("pk", flat=True)[bottom:top])
        found = {row.pk: row for row in rows.order_by().filter(pk__in=keys)}
        return [found[key] for key in keys if key in found]

    def get_page(self, number) -> LookaheadPage:
        """A page whatever the number asked for: the first for garbage, else the nearest."""
        try:
            number = self.validate_number(number)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = self.num_pages if self.count_is_exact else 1
        try:
            return self.page(number)
        except EmptyPage:
            # Past the end of a list whose length is only estimated.
            return self.page(1)
