"""Rows the import and the suggestions write in bulk: multi-row INSERT statements of
values the service built itself, each distinct value adapted for the database once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import batched, chain

from django.db import connection
from django.db.models import Model


def insert_rows(
    model: type[Model],
    columns: Sequence[str],
    rows: list[tuple],
    *,
    now,
    returning: str | None = None,
) -> dict[object, int]:
    """INSERT ``rows`` into ``model``'s table, in bulk: multi-row INSERT statements.

    Each row is a tuple of database values (already adapted, see ``Adapters``) of
    ``columns`` (attnames). The rows of an import or a suggestion run are built by
    the service itself, so the per-object work of ``bulk_create`` (building model
    instances, preparing every value through its field) would be most of the cost.
    Every other column gets the field's default, adapted once; ``created_at`` and
    ``updated_at`` get ``now``. The database still enforces every constraint. A
    statement holds up to 1,000 rows (fewer where the database limits parameters):
    on SQLite that costs half the time of one statement per row.

    With ``returning`` (a unique field among ``columns``), returns the new ids by that
    field's value.
    """
    if not rows:
        return {}
    adapt = Adapters(model)
    given = set(columns)
    rest = [
        field.attname
        for field in model._meta.concrete_fields
        if not field.primary_key and field.attname not in given
    ]
    defaults = tuple(
        adapt(name, now if name in ("created_at", "updated_at") else _default(model, name))
        for name in rest
    )
    names = [*columns, *rest]
    quote = connection.ops.quote_name
    opts = model._meta
    insert = (
        f"INSERT INTO {quote(opts.db_table)} "
        f"({', '.join(quote(opts.get_field(name).column) for name in names)}) VALUES "
    )
    row_placeholders = "(" + ", ".join([placeholder()] * len(names)) + ")"
    returns = returning is not None and connection.features.can_return_rows_from_bulk_insert
    if returns:
        suffix = f" RETURNING {quote(opts.pk.column)}, {quote(opts.get_field(returning).column)}"
    limit = connection.features.max_query_params
    per_statement = max(1, min(1000, limit // len(names) if limit else 1000))
    ids: dict[object, int] = {}
    with connection.cursor() as cursor:
        for batch in batched(rows, per_statement):
            sql = insert + ", ".join([row_placeholders] * len(batch))
            params = list(chain.from_iterable(row + defaults for row in batch))
            if returns:
                cursor.execute(sql + suffix, params)
                ids.update((key_value, pk) for pk, key_value in cursor.fetchall())
            else:
                cursor.execute(sql, params)
    if returning is not None and not returns:
        key = columns.index(returning)
        return _ids_by(model, returning, [row[key] for row in rows])
    return ids


def existing_slugs(model: type[Model], slugs: Iterable[str]) -> set[str]:
    """Which of ``slugs`` rows of ``model`` already have (index look-ups, 500 a query).

    Plain SQL: a run asks about every slug it hands out, and the ORM's lookup
    machinery would prepare each of tens of thousands of values one by one.
    """
    found: set[str] = set()
    ordered = sorted(set(slugs))
    quote = connection.ops.quote_name
    column, table = quote(model._meta.get_field("slug").column), quote(model._meta.db_table)
    mark = placeholder()
    with connection.cursor() as cursor:
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            marks = ", ".join([mark] * len(chunk))
            cursor.execute(f"SELECT {column} FROM {table} WHERE {column} IN ({marks})", chunk)
            found.update(slug for (slug,) in cursor.fetchall())
    return found


def placeholder() -> str:
    """The parameter marker of bulk statements: "?" on SQLite, unless queries are logged.

    Django's SQLite cursor turns each "%s" into the driver's "?" with a regular
    expression before every statement: for 1,000 rows of twenty-odd columns that
    took about 4 ms a statement, 0.5 s of a 10,000-file import with suggestions.
    Written as "?", the statement passes through unchanged. The history and status
    rows copied by INSERT … SELECT and the slug look-ups, a thousand or five hundred
    markers each, use it too. A connection that logs its queries (DEBUG, a test
    counting them) formats the logged copy from "%s" markers, so it gets those.
    """
    return "?" if connection.vendor == "sqlite" and not connection.queries_logged else "%s"


def _default(model: type[Model], name: str):
    field = model._meta.get_field(name)
    return field.get_default() if field.has_default() or not field.null else None


class Adapters:
    """A model's values as its database wants them, each distinct value adapted once.

    ``adapters(name, value)``: ``value`` of the field with attname ``name``, adapted
    (dates, times, decimals, JSON); other values, and None, are returned as they are.
    """

    def __init__(self, model: type[Model]) -> None:
        self.model = model
        self.adapters: dict[str, object] = {}
        self.done: dict[tuple[str, object], object] = {}

    def changes(self, name: str) -> bool:
        """Whether values of the field with attname ``name`` are adapted at all."""
        return self._adapter(name) is not None

    def _adapter(self, name: str):
        try:
            return self.adapters[name]
        except KeyError:
            adapt = self.adapters[name] = _adapter(self.model._meta.get_field(name))
            return adapt

    def __call__(self, name: str, value):
        try:
            adapt = self.adapters[name]
        except KeyError:
            adapt = self._adapter(name)
        if adapt is None or value is None:
            return value
        key = (name, value)
        try:
            return self.done[key]
        except KeyError:
            adapted = self.done[key] = adapt(value)
            return adapted
        except TypeError:
            # An unhashable value (a JSON list): adapted on its own.
            return adapt(value)


def _adapter(field):
    """How the database wants the field's Python values, or None when as they are."""
    ops = connection.ops
    internal = field.get_internal_type()
    if internal == "DateTimeField":
        return ops.adapt_datetimefield_value
    if internal == "DateField":
        return ops.adapt_datefield_value
    if internal == "JSONField":
        return lambda value: ops.adapt_json_value(value, field.encoder)
    if internal == "DecimalField":
        return lambda value: ops.adapt_decimalfield_value(
            value, field.max_digits, field.decimal_places
        )
    return None


def _ids_by(model: type[Model], field: str, values: list) -> dict[object, int]:
    found: dict[object, int] = {}
    for start in range(0, len(values), 500):
        found.update(
            model.objects.filter(**{f"{field}__in": values[start : start + 500]}).values_list(
                field, "pk"
            )
        )
    return found
