"""What every service shares: the errors they raise, the permissions they check,
slugs, optimistic locking, and crediting history rows to the editor.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.db.models import F, Model, Q, QuerySet
from django.utils.translation import gettext as _

from articles.importers import slug_base
from articles.models import Claim
from articles.services._bulk import placeholder
from articles.services._public import affects_readers, publication_changed

User = AbstractBaseUser | AnonymousUser


class WorkflowError(ValidationError):
    """A transition that is not allowed from the claim's current state or lacks what it needs."""


class ConcurrentEditError(ValidationError):
    """Someone else changed the row since the editor loaded it."""


class Progress(Protocol):
    """Hears how far a long service has come; a background task records it for the admin
    (``services.background.TaskProgress``)."""

    def step(self, stage: str, done: int, total: int) -> None:
        """``done`` of ``total`` items of ``stage`` (a ``BackgroundTaskStage``) are done."""

    def error(self, name: str, reason: str) -> None:
        """The item ``name`` (a file, an article) failed for ``reason``; the others go on."""


class NoProgress:
    """A ``Progress`` nobody listens to: the inline default."""

    def step(self, stage: str, done: int, total: int) -> None:
        pass

    def error(self, name: str, reason: str) -> None:
        pass


# The permissions the services check.
EDIT = "articles.change_claim"
PUBLISH = "articles.publish_verdict"
REOPEN = "articles.reopen_claim"


EDITOR_GROUPS = ("Editors", "Reviewers")


# --- who may be assigned ---------------------------------------------------------------------


def assignable_users() -> QuerySet:
    """Active members of Editors or Reviewers (and active superusers): who can work on claims."""
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(Q(groups__name__in=EDITOR_GROUPS) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


def check_assignee(assignee) -> None:
    """Refuse an assignee who cannot work on claims (inactive, not staff, no role)."""
    if assignee is not None and not (
        assignee.is_active and assignee.is_staff and assignee.has_perm(EDIT)
    ):
        raise ValidationError(
            {"assignee": _("%(user)s cannot work on claims.") % {"user": assignee}},
            code="not_an_editor",
        )


# --- helpers -----------------------------------------------------------------------------


def unique_slug(model: type[Model], text: str, *, max_length: int = 80, exclude_pk=None) -> str:
    """A slug from ``text`` that no row of ``model`` uses yet (suffixing -2, -3, …).

    Cut at a word boundary, with Cyrillic transliterated, as the importer does.
    """
    base = slug_base(text, fallback=model._meta.model_name, max_length=max_length)
    existing = set(
        model.objects.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    if base not in existing:
        return base
    n = 2
    while f"{base}-{n}" in existing:
        n += 1
    return f"{base}-{n}"


def _bump(instance: Model, **changes) -> None:
    """Write ``changes`` and increment the optimistic-locking version in one UPDATE.

    Moves the publication stamp when readers saw the row before the change or see it after.
    """
    shown_before = affects_readers(instance, changed=changes)
    for field, value in changes.items():
        setattr(instance, field, value)
    instance.version = F("version") + 1
    instance.save(update_fields=[*changes, "version", "updated_at"])
    instance.refresh_from_db(fields=["version"])
    if shown_before or affects_readers(instance, changed=changes):
        publication_changed()


def _as_actor(instance: Model, by: User) -> None:
    """Credit the next history row of ``instance`` to ``by`` (outside a request too)."""
    if by is not None and by.is_authenticated:
        instance._history_user = by


def _locked_claim(claim: Claim) -> Claim:
    """Re-read the claim under a row lock (PostgreSQL) so concurrent transitions serialise."""
    return Claim.objects.select_for_update().get(pk=claim.pk)


def _check_version(instance: Model, expected_version: int | None) -> None:
    if expected_version is not None and instance.version != expected_version:
        raise ConcurrentEditError(
            _("Someone else changed “%(obj)s” after you opened it; reload to see their changes.")
            % {"obj": instance},
            code="stale",
        )


def _require(user: User, permission: str, action: str) -> None:
    if not (user and user.is_authenticated):
        raise PermissionDenied(_("You must be logged in to %(action)s.") % {"action": action})
    if not user.has_perm(permission):
        raise PermissionDenied(_("You do not have permission to %(action)s.") % {"action": action})


class _SlugPool:
    """Hands out slugs not taken yet, suffixing -2, -3 … in memory.

    Remembers the last suffix per base, so a thousand seeds with the same
    title cost a thousand look-ups rather than half a million.
    """

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.next_suffix: dict[str, int] = {}

    def claim(self, base: str) -> str:
        slug, n = base, self.next_suffix.get(base, 2)
        if slug in self.taken:
            while (slug := f"{base}-{n}") in self.taken:
                n += 1
            self.next_suffix[base] = n + 1
        self.taken.add(slug)
        return slug


def record_created_history(
    model: type[Model],
    pks: list[int],
    *,
    at: datetime,
    reason: str,
    user_id: int | None,
    batch_size: int,
) -> None:
    """Write the "created" history row of each row just bulk-inserted, one INSERT … SELECT
    per batch.

    These are the rows ``bulk_create_with_history`` would write (type "+", the
    change reason, the time, the user), but the database copies them from the
    rows just inserted instead of Python rebuilding every row as a historical
    object and sending its text back: on a 10,000-file import that is most of the
    write time (see docs/benchmarks.md, "Seed import").
    """
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = model.history.model
    quote = connection.ops.quote_name
    tracked = history.tracked_fields
    target = [history._meta.get_field(field.name).column for field in tracked]
    target += [
        history._meta.get_field(name).column
        for name in ("history_date", "history_change_reason", "history_type", "history_user")
    ]
    source = ", ".join(quote(field.column) for field in tracked)
    when = connection.ops.adapt_datetimefield_value(at)
    mark = placeholder()
    with connection.cursor() as cursor:
        for start in range(0, len(pks), batch_size):
            batch = pks[start : start + batch_size]
            cursor.execute(
                f"INSERT INTO {quote(history._meta.db_table)} "
                f"({', '.join(quote(column) for column in target)}) "
                f"SELECT {source}, {mark}, {mark}, '+', {mark} FROM {quote(model._meta.db_table)} "
                f"WHERE {quote(model._meta.pk.column)} IN ({', '.join([mark] * len(batch))})",
                [when, reason, user_id, *batch],
            )
