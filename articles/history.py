"""Reading a row's history: what changed between two versions, and how an editor reads it.

Shared by the services (saying what changed before a refused publish) and the
admin (history pages, version comparison, conflicts). Pure presentation of
simple-history rows; nothing here writes.
"""

from __future__ import annotations

import difflib
import html
from datetime import date, datetime

from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.db.models import Manager, Model, QuerySet
from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

EMPTY_VALUE = _("(empty)")
# Bookkeeping columns that say nothing an editor needs when comparing versions.
UNCOMPARED_FIELDS = {"id", "created_at", "updated_at", "version", "last_activity_at"}


def display_value(model: type[Model], name: str, value) -> str:
    """``value`` of field ``name`` as an editor reads it: choice labels, names, dates."""
    if isinstance(value, Manager):
        value = value.all()
    if isinstance(value, QuerySet | list | tuple | set):
        items = [str(item) for item in value]
        return ", ".join(items) if items else str(EMPTY_VALUE)
    if value is None or value == "":
        return str(EMPTY_VALUE)
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    if field is not None and field.choices and not isinstance(value, Model):
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "DATE_FORMAT")
    return str(value)


def field_label(model: type[Model], name: str) -> str:
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return capfirst(name.replace("_", " "))


def word_diff(old: str, new: str) -> str:
    """``old`` → ``new`` as escaped HTML with removed words in <del> and added ones in <ins>."""
    a, b = old.split(" "), new.split(" ")
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            parts.append(f"<del>{html.escape(' '.join(a[i1:i2]))}</del>")
        if op in ("replace", "insert"):
            parts.append(f"<ins>{html.escape(' '.join(b[j1:j2]))}</ins>")
        if op == "equal":
            parts.append(html.escape(" ".join(a[i1:i2])))
    return mark_safe(" ".join(parts))  # every piece is escaped above


def history_changes(older, newer) -> list[tuple[str, object, object]]:
    """``(field, old, new)`` for each tracked field that differs between two history rows.

    Unlike ``diff_against`` (which goes through ``model_to_dict``), this includes the
    fields editors cannot edit but care about, such as a claim's status.
    """
    changes = []
    for field in older.tracked_fields:
        if field.name in UNCOMPARED_FIELDS or field.primary_key:
            continue
        old, new = getattr(older, field.attname), getattr(newer, field.attname)
        if old == new:
            continue
        if field.is_relation:
            old, new = _related(older, field.name), _related(newer, field.name)
        changes.append((field.name, old, new))
    return changes


def _related(record, name):
    try:
        return getattr(record, name)
    except ObjectDoesNotExist:
        return gettext("(deleted)")
