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

``KeysetPaginator`` adds positions (``articles.keyset``) to the public lists and the
API: the first ``NUMBERED_PAGES`` pages are linked by number, which is cheap there;
past them, "Next" and "Previous" name the row the page ends or starts at, so page
2,000 costs what page 2 does. A page number past them still works (old links): it
costs what skipping every row before it costs.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from math import ceil

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

from articles.caching import remembered
from articles.keyset import dump_values, key_rows, load_values, order_keys, rows_by_key

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
# Pages linked by their number (``?page=3``); links past them name a position (``?cursor=…``).
NUMBERED_PAGES = 5
CURSOR_PARAM = "cursor"
# A cursor longer than this, or a page number higher, is not one a page linked to.
_LONGEST_CURSOR = 2000
_HIGHEST_NUMBER = 10_000_000


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


@dataclass(frozen=True)
class Position:
    """Where a page starts: after the row whose order values are ``values`` (or, when
    ``backward``, just before it), and the number the page had when it was linked."""

    values: tuple
    backward: bool
    number: int


def write_cursor(position: Position) -> str:
    """``position`` as the text of a ``cursor`` parameter (URL-safe, no padding)."""
    data = ["b" if position.backward else "a", position.number, *dump_values(position.values)]
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(text).decode("ascii").rstrip("=")


def read_cursor(text: str, keys) -> Position | None:
    """The position ``write_cursor`` wrote, for a list ordered by ``keys``; None if ``text``
    is not one (garbled, forged with values that do not fit, or from another order)."""
    if not text or len(text) > _LONGEST_CURSOR:
        return None
    try:
        raw = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (ValueError, RecursionError):  # not base64, not UTF-8, not JSON, nested too deep
        return None
    if not isinstance(raw, list) or len(raw) < 2 or raw[0] not in ("a", "b"):
        return None
    number = raw[1]
    if type(number) is not int or not 1 <= number <= _HIGHEST_NUMBER:
        return None
    values = load_values(raw[2:], keys)
    if values is None:
        return None
    return Position(values, backward=raw[0] == "b", number=number)


class KeysetPage(LookaheadPage):
    """A page that knows the order values of its first and last rows, so its links can
    name the position of the page before and after it."""

    def __init__(self, object_list, number, paginator, *, more, earlier, first, last):
        super().__init__(object_list, number, paginator, more=more)
        self.earlier = earlier
        self.first_values, self.last_values = first, last

    def has_previous(self) -> bool:
        return self.earlier

    def previous_page_number(self) -> int:
        if not self.earlier:
            raise EmptyPage(self.paginator.error_messages["no_results"])
        return self.number - 1

    def link_params(self, which: str) -> dict[str, object]:
        """The query parameters of the ``"next"`` or ``"previous"`` page: its number for the
        first pages, else the position of the row this page ends (or starts) at."""
        backward = which == "previous"
        target = self.previous_page_number() if backward else self.next_page_number()
        if target == 1:
            return {"page": None, CURSOR_PARAM: None}
        values = self.first_values if backward else self.last_values
        if target <= self.paginator.numbered_pages or values is None:
            return {"page": target, CURSOR_PARAM: None}
        position = Position(values, backward=backward, number=target)
        return {"page": None, CURSOR_PARAM: write_cursor(position)}


class KeysetPaginator(CappedCountPaginator):
    """Capped counts, page numbers for the first pages and positions past them.

    A list whose order positions cannot follow (``articles.keyset.order_keys``) is
    paged by number only. Every page reads the order values of its rows first (from
    the index that orders the list), then the rows by primary key: the same queries
    on every page, by number or by position.
    """

    numbered_pages = NUMBERED_PAGES

    def __init__(self, *args, count_key: str = "", rows: QuerySet | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key
        # What a page's rows are read from, by key, when not the list itself: the list then
        # only orders and counts (a page far down an index skips index entries alone, where
        # a join in the list would be made for every row skipped).
        self.rows = rows

    @cached_property
    def count(self) -> int:
        """As ``CappedCountPaginator`` counts; with a ``count_key`` (a list's selection),
        once per publication stamp, so the pages after the first do not count again."""
        if not self.count_key:
            return super().count
        count, self._exact = remembered(self.count_key, self._counted)
        return count

    def _counted(self) -> tuple[int, bool]:
        count = CappedCountPaginator.count.func(self)
        return count, self._exact

    @cached_property
    def keys(self):
        rows = self.object_list
        return order_keys(rows) if isinstance(rows, QuerySet) else None

    @property
    def dated(self) -> str:
        """``"newest"`` or ``"oldest"`` for a list ordered by a date first, else ``""``: the
        links then say "Older" and "Newer"."""
        if not self.keys or self.keys[0].kind not in ("DateField", "DateTimeField"):
            return ""
        return "newest" if self.keys[0].descending else "oldest"

    def page(self, number) -> LookaheadPage:
        if self.keys is None:
            return super().page(number)
        number = self.validate_number(number)
        found = key_rows(
            self.object_list,
            self.keys,
            offset=(number - 1) * self.per_page,
            limit=self.per_page + 1,
        )
        if not found and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        shown = found[: self.per_page]
        return self._page(shown, number, earlier=number > 1, more=len(found) > len(shown))

    def page_at(self, position: Position) -> KeysetPage | None:
        """The page after ``position`` (before it, when ``backward``), or None when there
        is none: past the end, or, backward, at the start (the first page is then the
        page before)."""
        found = key_rows(
            self.object_list,
            self.keys,
            position.values,
            backward=position.backward,
            limit=self.per_page + 1,
        )
        # Whatever a forged cursor says, there is a page before this one.
        number = max(2, position.number)
        if position.backward:
            if len(found) <= self.per_page:
                return None
            return self._page(found[: self.per_page][::-1], number, earlier=True, more=True)
        if not found:
            return None
        shown = found[: self.per_page]
        return self._page(shown, number, earlier=True, more=len(found) > len(shown))

    def _page(self, shown: list, number: int, *, earlier: bool, more: bool) -> KeysetPage:
        source = self.object_list if self.rows is None else self.rows
        rows = rows_by_key(source, [values[-1] for values in shown])
        return KeysetPage(
            rows,
            number,
            self,
            more=more,
            earlier=earlier,
            first=shown[0] if shown else None,
            last=shown[-1] if shown else None,
        )

    def get_page(self, number, cursor: str | None = None) -> LookaheadPage:
        """The page a link names: by ``cursor`` when it is one of this list's positions,
        else by ``number`` as ``CappedCountPaginator.get_page`` finds it (a cursor that
        cannot be read, or leads nowhere, gives the first page)."""
        if cursor and self.keys is not None:
            position = read_cursor(cursor, self.keys)
            page = self.page_at(position) if position is not None else None
            if page is not None:
                return page
            number = 1
        return super().get_page(number)
