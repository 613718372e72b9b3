"""The lists editors pick from: outlets, topics, the rating scale, claimants and tracked
figures — created, changed and removed through ``_rows`` like everything else.

Names are reused case-insensitively (one body, one claimant; one quantity, one
tracked figure), slugs are made once by ``unique_slug`` and then kept, so public
addresses do not move when a name is corrected.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import Claimant, Outlet, Rating, Topic, TrackedFigure
from articles.services._base import User, WorkflowError, unique_slug
from articles.services._rows import EditResult, create_row, delete_row, edit_row
from articles.services.editing import refuse_claimant_name_taken

EDITABLE_FIELDS: dict[type[Model], frozenset[str]] = {
    Outlet: frozenset({"name", "url"}),
    Topic: frozenset({"name"}),
    Rating: frozenset(
        {"label", "label_uk", "value", "description", "description_uk", "colour", "is_active"}
    ),
    TrackedFigure: frozenset({"name", "unit", "place", "description"}),
}
# The field that names a row; another row with the same name (any case) is refused.
NAME_FIELD: dict[type[Model], str] = {
    Outlet: "name",
    Topic: "name",
    Rating: "label",
    TrackedFigure: "name",
}
# What keeps a row from being removed, and how to say so.
IN_USE: dict[type[Model], tuple[str, object]] = {
    Outlet: ("articles", gettext_lazy("%(count)d articles name “%(obj)s” as their outlet.")),
    Rating: (
        "verdicts",
        gettext_lazy("%(count)d verdicts were given “%(obj)s”; retire it instead."),
    ),
    Topic: ("claims", ""),
    TrackedFigure: ("claims", ""),
}


def _codename(action: str, model: type[Model]) -> str:
    return f"articles.{action}_{model._meta.model_name}"


def _tidy(fields: dict) -> dict:
    return {
        k: " ".join(v.split()) if isinstance(v, str) and not k.startswith("description") else v
        for k, v in fields.items()
    }


def refuse_name_taken(model: type[Model], name: str, *, exclude_pk=None) -> None:
    """Refuse a name another row of ``model`` has in any case (one body, one claimant …)."""
    if model is Claimant:
        refuse_claimant_name_taken(name, exclude_pk=exclude_pk)
        return
    field = NAME_FIELD[model]
    other = model._default_manager.filter(**{f"{field}__iexact": name}).exclude(pk=exclude_pk)
    if other.exists():
        raise ValidationError(
            {
                field: ValidationError(
                    _("“%(name)s” already exists; use that one."),
                    code="duplicate",
                    params={"name": name},
                )
            }
        )


def reference_create(*, model: type[Model], by: User, **fields) -> Model:
    """Add an outlet, topic, rating or tracked figure; the slug follows from its name."""
    allowed = EDITABLE_FIELDS[model]
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"cannot set {', '.join(sorted(unknown))} on a {model.__name__}")
    fields = _tidy(fields)
    name = fields.get(NAME_FIELD[model], "")
    refuse_name_taken(model, name)
    instance = model(**fields, slug=unique_slug(model, name or model._meta.model_name))
    return create_row(
        instance=instance,
        by=by,
        permission=_codename("add", model),
        action=_("add %(things)s") % {"things": model._meta.verbose_name_plural},
    )


def reference_update(
    *,
    instance: Model,
    by: User,
    seen_version: int | None = None,
    resolved: dict[str, str] | None = None,
    dry_run: bool = False,
    **fields,
) -> EditResult:
    """Change an outlet, topic, rating or tracked figure; its slug stays."""
    model = type(instance)
    unknown = set(fields) - EDITABLE_FIELDS[model]
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))} of a {model.__name__}")

    def guard(row: Model, changed: set[str]) -> None:
        if NAME_FIELD[model] in changed:
            refuse_name_taken(model, getattr(row, NAME_FIELD[model]), exclude_pk=row.pk)

    return edit_row(
        model=model,
        pk=instance.pk,
        by=by,
        permission=_codename("change", model),
        action=_("edit %(things)s") % {"things": model._meta.verbose_name_plural},
        changes=_tidy(fields),
        seen_version=seen_version,
        resolved=resolved,
        guard=guard,
        dry_run=dry_run,
    )


def reference_delete(
    *, instance: Model, by: User, seen_version: int | None = None, dry_run: bool = False
) -> Model:
    """Remove an outlet, topic, rating or tracked figure nothing depends on.

    Topics and tracked figures let go of their claims (the claims stay); outlets and
    ratings in use are refused.
    """
    model = type(instance)
    relation, refusal = IN_USE[model]

    def guard(row: Model) -> None:
        count = getattr(row, relation).count()
        if count and refusal:
            raise WorkflowError(str(refusal) % {"count": count, "obj": row}, code="in_use")

    return delete_row(
        model=model,
        pk=instance.pk,
        by=by,
        permission=_codename("delete", model),
        action=_("delete %(things)s") % {"things": model._meta.verbose_name_plural},
        seen_version=seen_version,
        guard=guard,
        dry_run=dry_run,
    )


def claimant_create(
    *, name: str, by: User, kind: str = "person", description: str = "", url: str = ""
) -> Claimant:
    """Add a claimant an editor named; a name another claimant has (any case) is refused."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": _("A claimant needs a name.")})
    refuse_claimant_name_taken(name)
    claimant = Claimant(
        name=name,
        kind=kind,
        description=description.strip(),
        url=url.strip(),
        slug=unique_slug(Claimant, name),
    )
    return create_row(
        instance=claimant, by=by, permission="articles.add_claimant", action=_("add claimants")
    )
