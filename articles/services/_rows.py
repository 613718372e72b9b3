"""The one way a row an editor works on is changed or removed.

Every edit service (``claim_update``, ``evidence_update``, ``verdict_update`` …)
and every removal service rests on ``edit_row`` and ``delete_row``. They:

1. check the permission, then lock the row (``SELECT … FOR UPDATE``; SQLite
   serialises writers on its own), so what is checked is what is saved;
2. merge by field when the editor's form is older than the row: a field only
   the editor changed is applied, a field only someone else changed keeps their
   value, a field both changed to different values is a ``FieldConflict`` that
   the editor resolves explicitly (``resolved={"text": "mine" | "theirs"}``);
3. run the service's own rule (``guard``: a published record is frozen, a
   published verdict is read-only …) on the row as it would be saved, knowing
   exactly which fields change;
4. validate, write only those fields, move the version on, record the history
   row in the acting user's name and touch the claim's activity time; if readers
   can see the change, move the publication stamp (``_public``).

``dry_run=True`` stops after step 3 and writes nothing, so a form can show the
same refusals the save would meet. The base version the editor saw is read from
the row's history; where none is recorded, every field the editor set to a value
other than the saved one counts as a conflict, so nothing is silently reverted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Claim
from articles.services._base import ConcurrentEditError, User, _as_actor, _require
from articles.services._public import affects_readers, publication_changed

MINE, THEIRS = "mine", "theirs"
_UNKNOWN = object()


@dataclass(frozen=True)
class FieldConflict:
    """A field both editors changed since the version one of them opened."""

    name: str
    original: Any  # the value when the editor opened the form (``None`` if unknown)
    theirs: Any  # what is saved now
    yours: Any  # what the editor submitted


class EditConflict(ConcurrentEditError):
    """A save from an older form that touches fields someone else changed meanwhile."""

    def __init__(
        self,
        *,
        instance: Model,
        conflicts: list[FieldConflict],
        kept: list[str],
        who: str,
        when,
    ):
        self.instance = instance
        self.conflicts = conflicts
        self.kept = kept
        self.who = who
        self.when = when
        super().__init__(
            _("%(who)s changed “%(obj)s” after you opened it: %(fields)s.")
            % {
                "who": who,
                "obj": instance,
                "fields": ", ".join(
                    str(instance._meta.get_field(c.name).verbose_name) for c in conflicts
                ),
            },
            code="conflict",
        )


@dataclass
class EditResult:
    """What a save did: the saved row, the fields it wrote, the colleague's fields it kept."""

    instance: Model
    changed: list[str] = field(default_factory=list)
    kept_theirs: list[str] = field(default_factory=list)
    dry_run: bool = False


# A service's own rule: given the row with the changes applied and the names of the changed
# fields, it raises to refuse, or returns the names of fields it derived from them.
Guard = Callable[[Model, set[str]], Iterable[str] | None]


def _field(model: type[Model], name: str):
    return model._meta.get_field(name)


def _saved_value(instance: Model, name: str):
    """A field's stored value in comparable form: a key for a relation, a set for many."""
    f = _field(type(instance), name)
    if f.many_to_many:
        return frozenset(getattr(instance, name).values_list("pk", flat=True))
    return getattr(instance, f.attname)


def _given_value(model: type[Model], name: str, value):
    f = _field(model, name)
    if f.many_to_many:
        return frozenset(getattr(item, "pk", item) for item in value or ())
    if f.is_relation:
        return getattr(value, "pk", value)
    return value


def _history_value(record, model: type[Model], name: str):
    f = _field(model, name)
    if f.many_to_many:
        return _UNKNOWN  # history keeps no many-to-many values
    return getattr(record, f.attname, _UNKNOWN)


def base_record(instance: Model, version: int):
    """The history row of ``instance`` as it was at ``version``, or ``None``."""
    history = getattr(instance, "history", None)
    if history is None:
        return None
    return history.filter(version=version).order_by("-history_date", "-history_id").first()


def later_editors(instance: Model, version: int) -> tuple[str, object]:
    """Who saved ``instance`` after ``version``, and when the newest save was."""
    history = getattr(instance, "history", None)
    records = (
        list(
            history.filter(version__gt=version)
            .select_related("history_user")
            .order_by("history_date", "history_id")
        )
        if history is not None
        else []
    )
    names: list[str] = []
    for record in records:
        name = record.history_user.get_username() if record.history_user_id else None
        if name and name not in names:
            names.append(name)
    when = records[-1].history_date if records else getattr(instance, "updated_at", None)
    return (", ".join(names) if names else _("another editor")), when


def merge(
    *,
    instance: Model,
    changes: Mapping[str, Any],
    seen_version: int | None,
    resolved: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], list[str], list[FieldConflict]]:
    """Split ``changes`` into what to apply, what a colleague changed and is kept, and conflicts.

    ``instance`` is the row as saved now (locked). Returns ``(apply, kept_theirs,
    conflicts)``; ``apply`` maps field names to the values to write.
    """
    model = type(instance)
    resolved = resolved or {}
    stale = seen_version is not None and seen_version != instance.version
    base = base_record(instance, seen_version) if stale else None
    apply: dict[str, Any] = {}
    kept: list[str] = []
    conflicts: list[FieldConflict] = []
    for name, value in changes.items():
        theirs = _saved_value(instance, name)
        yours = _given_value(model, name, value)
        if yours == theirs:
            continue
        if not stale:
            apply[name] = value
            continue
        original = _history_value(base, model, name) if base is not None else _UNKNOWN
        if original is not _UNKNOWN and yours == original:
            kept.append(name)  # only they changed it
        elif original is not _UNKNOWN and theirs == original:
            apply[name] = value  # only this editor changed it
        elif resolved.get(name) == MINE:
            apply[name] = value
        elif resolved.get(name) == THEIRS:
            kept.append(name)
        else:
            conflicts.append(
                FieldConflict(
                    name=name,
                    original=None if original is _UNKNOWN else original,
                    theirs=theirs,
                    yours=yours,
                )
            )
    return apply, kept, conflicts


def _claim_id(instance: Model) -> int | None:
    if isinstance(instance, Claim):
        return instance.pk
    return getattr(instance, "claim_id", None)


def touch_claim(claim_id: int | None, *, at=None) -> None:
    """Move a claim's last activity on: any edit of it or of its research counts."""
    if claim_id is not None:
        Claim.objects.filter(pk=claim_id).update(last_activity_at=at or timezone.now())


def edit_row(
    *,
    model: type[Model],
    pk: int,
    by: User,
    permission: str,
    action: str,
    changes: Mapping[str, Any],
    seen_version: int | None = None,
    resolved: Mapping[str, str] | None = None,
    guard: Guard | None = None,
    after: Callable[[Model, set[str]], None] | None = None,
    dry_run: bool = False,
) -> EditResult:
    """Change one row as described in the module docstring; atomic.

    ``after(instance, changed)`` runs once the row is written, inside the same
    transaction, for what follows from the change (a verdict's authors, an
    article's quotes placed again).
    """
    _require(by, permission, action)
    with transaction.atomic():
        current = model._default_manager.select_for_update().get(pk=pk)
        apply, kept, conflicts = merge(
            instance=current, changes=changes, seen_version=seen_version, resolved=resolved
        )
        if conflicts:
            who, when = later_editors(current, seen_version)
            raise EditConflict(instance=current, conflicts=conflicts, kept=kept, who=who, when=when)
        result = EditResult(instance=current, changed=list(apply), kept_theirs=kept)
        if not apply:
            return result
        many = {name for name in apply if _field(model, name).many_to_many}
        for name, value in apply.items():
            if name not in many:
                setattr(current, name, value)
        # The rule sees the row as it would be saved; it may derive further fields.
        derived = list(guard(current, set(apply)) or ()) if guard is not None else []
        current.full_clean()
        if dry_run:
            result.dry_run = True
            return result
        now = timezone.now()
        current.version += 1
        fields = [name for name in apply if name not in many] + derived + ["version"]
        if any(f.name == "updated_at" for f in model._meta.concrete_fields):
            fields.append("updated_at")
        if isinstance(current, Claim):
            current.last_activity_at = now
            fields.append("last_activity_at")
        _as_actor(current, by)
        current.save(update_fields=fields)
        for name in many:
            getattr(current, name).set(apply[name])
        touch_claim(None if isinstance(current, Claim) else _claim_id(current), at=now)
        if affects_readers(current, changed=[*apply, *derived]):
            publication_changed()
        if after is not None:
            after(current, set(apply))
    return result


def create_row(*, instance: Model, by: User, permission: str, action: str) -> Model:
    """Validate and insert a new row in the editor's name (history row type "+")."""
    _require(by, permission, action)
    with transaction.atomic():
        instance.full_clean()
        _as_actor(instance, by)
        instance.save()
        touch_claim(None if isinstance(instance, Claim) else _claim_id(instance))
        if affects_readers(instance, created=True):
            publication_changed()
    return instance


def delete_row(
    *,
    model: type[Model],
    pk: int,
    by: User,
    permission: str,
    action: str,
    seen_version: int | None = None,
    guard: Callable[[Model], None] | None = None,
    dry_run: bool = False,
) -> Model:
    """Remove one row after the same checks as an edit; its history records who removed it.

    With ``dry_run`` the checks run and nothing is removed.
    """
    _require(by, permission, action)
    with transaction.atomic():
        current = model._default_manager.select_for_update().get(pk=pk)
        if seen_version is not None and seen_version != current.version:
            who, _when = later_editors(current, seen_version)
            raise ConcurrentEditError(
                _("%(who)s changed “%(obj)s” after you opened it; look at it again first.")
                % {"who": who, "obj": current},
                code="stale",
            )
        if guard is not None:
            guard(current)
        if dry_run:
            return current
        claim_id = _claim_id(current)
        if affects_readers(current, deleted=True):
            publication_changed()
        _as_actor(current, by)
        current.delete()
        if not isinstance(current, Claim):
            touch_claim(claim_id)
    return current
