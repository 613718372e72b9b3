"""Positions in a list: "the rows after this one", at the same cost on every page.

A page number makes the database skip every row before the page: page 2,000 of the
tracker reads 50,000 index entries to show 25. A position instead names the last row
a page showed by the values it is ordered on — for the tracker when it was said, when
it was added and its key — and the next page is the rows that come after those values:
a range of the index that orders the list, read from that point, whatever the depth.

``order_keys`` reads a list's order off its queryset (any order ending in the primary
key, so every row has a position of its own); ``key_rows`` reads the keys of the rows
after (or before) a position. Positions travel in links as text (``dump_values`` /
``load_values``): a value that does not fit its column is refused, never sent to the
database, so a forged position gives no error page.

Where the rows after a position are one range of an index — every column ordered the
same way, only the first one nullable — they are asked for as a row comparison,
``(said_on, created_at, id) < (…, …, …)``, which PostgreSQL reads as an index range
(and the rows whose first column is NULL, sorted after the others, as a second range).
Other orders (best matches first, which sorts at most a few thousand matches anyway)
get the equivalent comparison spelled out column by column.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, replace
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connections
from django.db.models import BooleanField, Expression, F, OrderBy, Q, QuerySet, Value

# Column types a position may hold, by Django's internal type.
_INTEGERS = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
}
_TEXTS = {"CharField", "SlugField", "TextField"}
_KINDS = {"DateField", "DateTimeField", "FloatField", *_INTEGERS, *_TEXTS}
# What a value in a position may be at most: a 64-bit integer, a few hundred characters.
_BIGGEST_INTEGER = 2**63 - 1
_LONGEST_TEXT = 500


@dataclass(frozen=True)
class OrderKey:
    """One column of a list's order: its name (a field or an annotation) and direction."""

    name: str
    descending: bool
    nulls_last: bool
    nullable: bool
    kind: str  # the column's internal type, which says how its values are read back

    def reversed(self) -> OrderKey:
        return replace(self, descending=not self.descending, nulls_last=not self.nulls_last)

    def order_by(self, alias: str = ""):
        """This column in ``order_by()`` (by ``alias`` when it is selected under another name)."""
        column = F(alias or self.name)
        if not self.nullable:
            # The database's own NULL placement, so an index made without it still matches.
            return column.desc() if self.descending else column.asc()
        placement = {"nulls_last": True} if self.nulls_last else {"nulls_first": True}
        return column.desc(**placement) if self.descending else column.asc(**placement)


def order_keys(queryset: QuerySet) -> tuple[OrderKey, ...] | None:
    """The columns ``queryset`` is ordered by, or None when positions cannot follow its order.

    Positions follow an order of plain columns or annotations of the types in
    ``_KINDS`` that ends with the primary key; not one of related rows' columns,
    expressions, a random order or an unordered list.
    """
    query = queryset.query
    if query.order_by:
        items = list(query.order_by)
    elif query.default_ordering and query.get_meta().ordering:
        items = list(query.get_meta().ordering)
    else:
        return None
    keys = []
    for item in items:
        key = _order_key(queryset, item)
        if key is None:
            return None
        keys.append(key)
    if not keys or keys[-1].name != queryset.model._meta.pk.name:
        return None
    return tuple(keys)


def _order_key(queryset: QuerySet, item) -> OrderKey | None:
    nulls_first = nulls_last = None
    if isinstance(item, str):
        descending, name = item.startswith("-"), item.lstrip("-")
    elif isinstance(item, OrderBy) and isinstance(item.expression, F):
        descending, name = item.descending, item.expression.name
        nulls_first, nulls_last = item.nulls_first, item.nulls_last
    elif isinstance(item, F):
        descending, name = False, item.name
    else:
        return None
    opts = queryset.model._meta
    if name == "pk":
        name = opts.pk.name
    if name in queryset.query.annotations:
        output = queryset.query.annotations[name].output_field
        nullable = True
    else:
        try:
            output = opts.get_field(name)
        except FieldDoesNotExist:
            return None
        if output.is_relation or output.name != name:
            return None
        nullable = output.null
    kind = output.get_internal_type()
    if kind not in _KINDS:
        return None
    if not (nulls_first or nulls_last):
        # Where the database puts NULLs when the order does not say.
        largest = connections[queryset.db].features.nulls_order_largest
        nulls_last = largest != descending
    return OrderKey(name, descending, bool(nulls_last), nullable, kind)


# --- positions as text ---------------------------------------------------------------------


def dump_values(values) -> list:
    """A position's values as JSON-ready values (dates and times in ISO 8601, exact)."""
    return [
        value.isoformat() if isinstance(value, datetime.date | datetime.datetime) else value
        for value in values
    ]


def load_values(raw, keys: tuple[OrderKey, ...]) -> tuple | None:
    """The values ``dump_values`` wrote, checked against ``keys``; None if any does not fit."""
    if not isinstance(raw, list) or len(raw) != len(keys):
        return None
    values = []
    for key, value in zip(keys, raw, strict=True):
        if value is None:
            if not key.nullable:
                return None
            values.append(None)
            continue
        loaded = _load(key.kind, value)
        if loaded is None:
            return None
        values.append(loaded)
    return tuple(values)


def _load(kind: str, value):
    try:
        if kind == "DateField" and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if kind == "DateTimeField" and isinstance(value, str):
            moment = datetime.datetime.fromisoformat(value)
            # A time without its zone would be read in the server's zone: not one we wrote.
            return moment if moment.tzinfo is not None or not settings.USE_TZ else None
    except ValueError:
        return None
    if kind in _INTEGERS and type(value) is int and abs(value) <= _BIGGEST_INTEGER:
        return value
    if kind == "FloatField" and type(value) in (int, float) and math.isfinite(value):
        return float(value)
    if kind in _TEXTS and isinstance(value, str) and len(value) <= _LONGEST_TEXT:
        return value if "\x00" not in value else None
    return None


# --- the rows after a position ---------------------------------------------------------------


class RowComparison(Expression):
    """``(a, b, c) < (x, y, z)``: the rows past a position, read as an index range."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, names, values, fields, operator: str):
        super().__init__()
        self.columns = [F(name) for name in names]
        self.values = [
            Value(value, output_field=field) for value, field in zip(values, fields, strict=True)
        ]
        self.operator = operator

    def get_source_expressions(self):
        return [*self.columns, *self.values]

    def set_source_expressions(self, exprs):
        self.columns, self.values = exprs[: len(self.columns)], exprs[len(self.columns) :]

    def as_sql(self, compiler, connection):
        left, right, params = [], [], []
        for column in self.columns:
            sql, column_params = compiler.compile(column)
            left.append(sql)
            params.extend(column_params)
        for value in self.values:
            sql, value_params = compiler.compile(value)
            right.append(sql)
            params.extend(value_params)
        return f"({', '.join(left)}) {self.operator} ({', '.join(right)})", params


def _output_field(queryset: QuerySet, name: str):
    if name in queryset.query.annotations:
        return queryset.query.annotations[name].output_field
    return queryset.model._meta.get_field(name)


def _after_one(key: OrderKey, value) -> Q | None:
    """Rows past ``value`` on this column alone (None: no row is)."""
    if value is None:
        return None if key.nulls_last else Q(**{f"{key.name}__isnull": False})
    past = Q(**{f"{key.name}__{'lt' if key.descending else 'gt'}": value})
    if key.nullable and key.nulls_last:
        past |= Q(**{f"{key.name}__isnull": True})
    return past


def _same(key: OrderKey, value) -> Q:
    return Q(**{f"{key.name}__isnull": True}) if value is None else Q(**{key.name: value})


def spelled_out(keys: tuple[OrderKey, ...], values: tuple) -> Q | None:
    """Rows past the position in any order, one column at a time (None: no row is)."""
    terms, same = [], Q()
    for key, value in zip(keys, values, strict=True):
        past = _after_one(key, value)
        if past is not None:
            terms.append(same & past)
        same &= _same(key, value)
    return reduce(or_, terms) if terms else None


def index_ranges(queryset: QuerySet, keys: tuple[OrderKey, ...], values: tuple) -> list | None:
    """Rows past the position as index ranges, in the list's order, or None if the order
    is not one an index range can follow (see the module docstring)."""
    head = keys[0]
    if any(key.descending != head.descending for key in keys) or any(
        key.nullable for key in keys[1:]
    ):
        return None
    operator = "<" if head.descending else ">"
    fields = [_output_field(queryset, key.name) for key in keys]
    names = [key.name for key in keys]
    if not head.nullable:
        return [RowComparison(names, values, fields, operator)]
    is_null = Q(**{f"{head.name}__isnull": True})
    if values[0] is None:
        ranges = []
        if len(keys) > 1:
            ranges.append(is_null & RowComparison(names[1:], values[1:], fields[1:], operator))
        if not head.nulls_last:
            ranges.append(~is_null)
        return ranges
    ranges = [~is_null & RowComparison(names, values, fields, operator)]
    if head.nulls_last:
        ranges.append(is_null)
    return ranges


def key_rows(
    queryset: QuerySet,
    keys: tuple[OrderKey, ...],
    values: tuple | None = None,
    *,
    backward: bool = False,
    offset: int = 0,
    limit: int,
) -> list[tuple]:
    """The order values of up to ``limit`` rows (the primary key last), in the list's order.

    From the start of the list (past ``offset`` rows) when ``values`` is None, else the
    rows after that position, or before it, nearest first, when ``backward``.
    """
    scan = tuple(key.reversed() for key in keys) if backward else keys
    # Selected under names of their own: an annotation a values() list left out (the
    # tracker's rank) can be ordered and filtered on, but not selected by its name.
    selected = {f"keyset_{n}": F(key.name) for n, key in enumerate(keys)}
    rows = (
        queryset.order_by(*(key.order_by() for key in scan))
        .values(**selected)
        .values_list(*selected)
    )
    if values is None:
        return list(rows[offset : offset + limit])
    ranges = index_ranges(queryset, scan, values)
    if ranges is not None and len(ranges) > 1 and _in_one_query(queryset, scan):
        return _ranges_in_one_query(queryset, scan, selected, ranges, limit)
    past = ranges[0] if ranges is not None and len(ranges) == 1 else spelled_out(scan, values)
    return [] if past is None else list(rows.filter(past)[:limit])


def _in_one_query(queryset: QuerySet, scan: tuple[OrderKey, ...]) -> bool:
    # Each range is read in its own order and the ranges put together here (see below):
    # only where the database can limit each part of a UNION, and no text is compared
    # (Python does not sort text as the database's collation does).
    return connections[queryset.db].features.supports_slicing_ordering_in_compound and not any(
        key.kind in _TEXTS for key in scan
    )


def _ranges_in_one_query(queryset, scan, selected, ranges, limit) -> list[tuple]:
    """The first ``limit`` rows of consecutive index ranges, as one query (``UNION ALL``).

    Each range is read from the index in the list's order and cut at ``limit``; a
    UNION promises no order, so the rows are put back in order here: range by range,
    and within a range by their values (one direction, no NULL but the first column's,
    which is the same for the whole range).
    """
    # Each part ordered by the names its columns are selected under, as a UNION asks.
    order = [key.order_by(alias) for key, alias in zip(scan, selected, strict=True)]
    parts = [
        queryset.filter(part)
        .values(**selected, keyset_range=Value(n))
        .order_by(*order)
        .values_list(*selected, "keyset_range")[:limit]
        for n, part in enumerate(ranges)
    ]
    # No order on the whole: a UNION would otherwise take the model's default order.
    found = list(parts[0].union(*parts[1:], all=True).order_by())
    in_order = []
    for n in range(len(ranges)):
        part = [row[:-1] for row in found if row[-1] == n]
        part.sort(key=lambda row: row[1:] if row[0] is None else row, reverse=scan[0].descending)
        in_order += part
    return in_order[:limit]


def rows_by_key(queryset: QuerySet, keys: list) -> list:
    """The rows of ``queryset`` with these primary keys, in the keys' order."""
    found = {row.pk: row for row in queryset.order_by().filter(pk__in=keys)}
    return [found[key] for key in keys if key in found]
