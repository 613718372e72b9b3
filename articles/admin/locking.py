"""No lost edits in the admin: forms that remember the version they were opened at.

A change form (and every inline row) carries the row's ``version`` in a hidden
field. On POST the admin locks the row before reading it, and the form asks the
row's edit service for a dry run with that version: the service merges by field
(``services._rows.merge``), so a colleague's change to a field this editor did not
touch is kept, and only a field both changed is a conflict. A conflict
re-displays the form with each such field side by side — as it was when the
editor opened it, as the colleague saved it, as the editor typed it — and a
choice per field; fields only the colleague changed now show the colleague's
value, so saving again reverts nothing the editor did not choose to.
"""

from __future__ import annotations

from datetime import date, datetime

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.db.models import Model
from django.forms.models import InlineForeignKeyField, model_to_dict
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles import services
from articles.history import display_value, field_label

RESOLVE_PREFIX = "resolve__"


def post_value(value) -> str | list[str] | None:
    """``value`` as a browser would post it back (``None``: leave the field out)."""
    if value is None:
        return ""
    if value is True:
        return "on"
    if value is False:
        return None
    if isinstance(value, list | tuple | set | frozenset):
        return [str(getattr(item, "pk", item)) for item in value]
    if isinstance(value, Model):
        return str(value.pk)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


class VersionedModelForm(forms.ModelForm):
    """A model form saved through a service, from the version the editor opened.

    The admin sets ``edit_service(instance, **fields, seen_version=…, resolved=…,
    dry_run=…)`` on the class; ``clean`` runs it as a dry run so its refusals and
    conflicts show on the form, and the admin runs it for real in ``save_model``
    or ``save_formset``.
    """

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    edit_service = None
    delete_service = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["version"].initial = self.instance.version
        # The choices made on a conflict page come back as fields of their own.
        # The choices asked for on a conflict page come back as fields of their own, each
        # required: a field both editors changed is saved only as the editor chose.
        prefix = self.add_prefix(RESOLVE_PREFIX)
        for key in list(self.data.keys()) if self.is_bound else []:
            if key.startswith(prefix) and key[len(prefix) :] in self.fields:
                self.fields[RESOLVE_PREFIX + key[len(prefix) :]] = forms.ChoiceField(
                    label=field_label(self._meta.model, key[len(prefix) :]),
                    choices=[(services.THEIRS, ""), (services.MINE, "")],
                    error_messages={
                        "required": _("Choose whose “%(field)s” to keep.")
                        % {"field": field_label(self._meta.model, key[len(prefix) :])}
                    },
                )

    # What the service is asked ---------------------------------------------------------------

    def resolutions(self) -> dict[str, str]:
        return {
            name[len(RESOLVE_PREFIX) :]: value
            for name, value in self.cleaned_data.items()
            if name.startswith(RESOLVE_PREFIX) and value
        }

    def edited_fields(self) -> dict:
        """The editable fields as submitted, except those the editor chose to leave as saved."""
        keep_theirs = {n for n, v in self.resolutions().items() if v == services.THEIRS}
        model = self._meta.model
        editable = {f.name for f in model._meta.get_fields() if getattr(f, "editable", False)}
        return {
            name: self.cleaned_data[name]
            for name, field in self.fields.items()
            if name in editable
            and name in self.cleaned_data
            and name not in keep_theirs
            and not field.disabled
            and not isinstance(field, InlineForeignKeyField)
            and name != model._meta.pk.name
        }

    def run_service(self, *, dry_run: bool):
        return type(self).edit_service(
            self.instance,
            seen_version=self.cleaned_data.get("version"),
            resolved=self.resolutions(),
            dry_run=dry_run,
            **self.edited_fields(),
        )

    # Validation ------------------------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or type(self).edit_service is None:
            return cleaned
        if cleaned.get("version") is None:
            # The hidden field's own errors would be hidden too: say it at the top.
            raise ValidationError(
                _(
                    "This form does not say which version of the %(name)s it was opened at; "
                    "reload the page and make your changes again."
                ),
                code="no_version",
                params={"name": self.instance._meta.verbose_name},
            )
        unresolved = [
            name for name in self.fields if name.startswith(RESOLVE_PREFIX) and name in self._errors
        ]
        if unresolved:
            # The required choice's error belongs at the top, where the choice is shown.
            for name in unresolved:
                self.add_error(None, ValidationError(list(self._errors.pop(name))))
        if self._marked_for_deletion():
            self._check_deletion(cleaned.get("version"))
            return cleaned
        if self._errors or not self.has_changed():
            return cleaned
        try:
            self.run_service(dry_run=True)
        except services.EditConflict as conflict:
            self._show_conflict(conflict)
        except PermissionDenied as error:
            raise ValidationError(str(error), code="permission") from error
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                # Errors of fields this form does not show go to the top.
                for name, errors in error.error_dict.items():
                    self.add_error(name if name in self.fields else None, errors)
                return cleaned
            raise
        return cleaned

    def _marked_for_deletion(self) -> bool:
        return bool(self.cleaned_data.get("DELETE"))

    def _check_deletion(self, seen_version: int | None) -> None:
        if type(self).delete_service is None:
            return
        try:
            type(self).delete_service(self.instance, seen_version=seen_version, dry_run=True)
        except (PermissionDenied, ValidationError) as error:
            messages = error.messages if isinstance(error, ValidationError) else [str(error)]
            raise ValidationError(messages, code="not_deleted") from error

    def _show_conflict(self, conflict: services.EditConflict) -> None:
        """Re-display: the colleague's values where only they changed, a choice where both did."""
        model = type(self.instance)
        current = conflict.instance
        data = self.data.copy()
        data[self.add_prefix("version")] = str(current.version)
        saved = model_to_dict(
            current, fields=[*conflict.kept, *(c.name for c in conflict.conflicts)]
        )
        for name in conflict.kept:
            if name in self.fields:
                value = post_value(self.fields[name].prepare_value(saved.get(name)))
                if isinstance(value, list):
                    data.setlist(self.add_prefix(name), value)
                elif value is None:
                    data.pop(self.add_prefix(name), None)
                else:
                    data[self.add_prefix(name)] = value
        self.data = data
        rows = [
            {
                "label": field_label(model, c.name),
                "input": self.add_prefix(RESOLVE_PREFIX + c.name),
                "original": display_value(model, c.name, _shown(model, c.name, c.original)),
                "theirs": display_value(model, c.name, getattr(current, c.name)),
                "yours": display_value(model, c.name, self.cleaned_data.get(c.name)),
            }
            for c in conflict.conflicts
        ]
        kept = [str(field_label(model, name)) for name in conflict.kept]
        html = render_to_string(
            "admin/articles/includes/edit_conflict.html",
            {
                "who": conflict.who,
                "when": display_value(model, "updated_at", conflict.when),
                "name": model._meta.verbose_name,
                "rows": rows,
                "kept": kept,
            },
        )
        raise ValidationError(mark_safe(html), code="conflict")  # every value is escaped above


def _shown(model: type[Model], name: str, value):
    """A value from history as the field shows it (a related row rather than its key)."""
    field = model._meta.get_field(name)
    if value is None or not field.is_relation or field.many_to_many:
        return value
    return field.related_model._default_manager.filter(pk=value).first() or value


def versioned_form(
    form_class: type[forms.ModelForm], edit_service, delete_service=None
) -> type[VersionedModelForm]:
    """``form_class`` carrying its version, saved through ``edit_service`` and (as an inline
    row marked for deletion) removed through ``delete_service``."""
    bases = (
        (form_class,)
        if issubclass(form_class, VersionedModelForm)
        else (
            VersionedModelForm,
            form_class,
        )
    )
    return type(
        f"Versioned{form_class.__name__}",
        bases,
        {
            "__module__": __name__,
            "edit_service": staticmethod(edit_service),
            "delete_service": staticmethod(delete_service) if delete_service else None,
        },
    )


class RowLockingAdminMixin:
    """Locks the row an admin form posts to before it is read, so the form is validated
    against what is saved right now (``select_for_update`` inside the admin's
    transaction; SQLite serialises writers on its own)."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id is not None:
            request._lock_versioned_row = True
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_object(self, request, object_id, from_field=None):
        using = router.db_for_write(self.model)
        if (
            getattr(request, "_lock_versioned_row", False)
            and transaction.get_connection(using).in_atomic_block
        ):
            field = self.opts.pk if from_field is None else self.opts.get_field(from_field)
            try:
                key = field.to_python(object_id)
            except ValidationError:
                key = None
            if key is not None:
                list(
                    self.model._default_manager.using(using)
                    .select_for_update()
                    .filter(**{field.name: key})
                    .values_list("pk", flat=True)
                )
        return super().get_object(request, object_id, from_field)

    def get_readonly_fields(self, request, obj=None):
        # A read-only "version" would replace the hidden input the check relies on.
        return [f for f in super().get_readonly_fields(request, obj) if f != "version"]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context.get("adminform") and context["adminform"].form
        if obj is not None and obj.pk is not None and form is not None and form.errors:
            # A refused form holds the editor's input; headers show only what is saved.
            saved = self.model._default_manager.filter(pk=obj.pk).first()
            if saved is not None:
                context["original"] = saved
                context["subtitle"] = str(saved)
        return super().render_change_form(request, context, add, change, form_url, obj)


def conflict_note(model: type[Model], kept: list[str], who: str = "") -> str:
    """What a merged save tells the editor about a colleague's changes it kept."""
    return gettext("Saved. A colleague's changes to %(fields)s since you opened it are kept.") % {
        "fields": ", ".join(str(field_label(model, name)) for name in kept)
    }
