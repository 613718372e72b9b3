"""The admin as a client of the services: every add, change and removal goes through one.

``ServiceModelAdmin`` is the base of every editable ModelAdmin of the workbench.
A subclass says which services write its rows:

- ``create_row(request, form)`` for the add form,
- ``update_row(request, obj, **fields, seen_version, resolved, dry_run)`` for the
  change form (and, on inlines, for changed rows),
- ``delete_row(request, obj, seen_version=…, dry_run=…)`` for the delete page, the
  bulk delete action and inline rows marked for deletion.

Change forms carry the version the editor opened (``locking``); the services merge
by field, refuse what the rules refuse, and record the history row in the editor's
name. A refused removal answers 403 on the delete page, as for a missing permission.
"""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext, ngettext
from simple_history.admin import SimpleHistoryAdmin

from articles.admin.history import HistoryCompareAdminMixin, HistoryWithoutRevertMixin
from articles.admin.locking import RowLockingAdminMixin, conflict_note, versioned_form
from articles.pagination import CappedCountPaginator

REFUSALS = (PermissionDenied, ValidationError)


def refusal(error: Exception) -> str:
    """The human message of a refused service call."""
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or gettext("You do not have permission to do that.")


def adopt(target: Model, source: Model) -> Model:
    """Copy a row a service wrote onto the instance the admin holds.

    The admin keeps using its own instance after ``save_model`` (inline formsets
    point at it, the log entry names it), so the service's row is copied over
    rather than swapped in.
    """
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
    target._state.adding = False
    target._state.db = source._state.db
    return target


class ServiceRowsMixin:
    """What a ModelAdmin and an inline share: the three services that write their rows."""

    def create_row(self, request, form, parent: Model | None = None) -> Model:
        raise PermissionDenied  # a subclass that allows adding says how

    def update_row(self, request, obj, **kwargs):
        raise PermissionDenied

    def delete_row(self, request, obj, **kwargs):
        raise PermissionDenied

    def may_delete_row(self, request, obj) -> bool:
        """Whether the delete service would remove ``obj`` now (a dry run)."""
        try:
            self.delete_row(request, obj, dry_run=True)
        except REFUSALS:
            return False
        except type(obj).DoesNotExist:
            return False
        return True

    def versioned(self, request, form_class):
        return versioned_form(
            form_class,
            partial(self.update_row, request),
            partial(self.delete_row, request),
        )


class ServiceFormSetMixin:
    """Rows marked for deletion are checked by the delete service before anything is saved
    (a formset does not validate the forms it is about to delete)."""

    def clean(self):
        super().clean()
        refusals = []
        for form in self.initial_forms:
            if self.can_delete and self._should_delete_form(form):
                try:
                    self.service_inline.delete_row(
                        self.request,
                        form.instance,
                        seen_version=form.cleaned_data.get("version"),
                        dry_run=True,
                    )
                except REFUSALS as error:
                    refusals.append(refusal(error))
        if refusals:
            raise ValidationError(refusals, code="not_deleted")


class ServiceInlineMixin(ServiceRowsMixin):
    """An inline whose new, changed and removed rows are written by services.

    Its template carries each row's version as a hidden input (``versioned_form``).
    """

    template = "admin/articles/edit_inline/stacked.html"

    def get_formset(self, request, obj=None, **kwargs):
        if "fields" not in kwargs:
            fields = flatten_fieldsets(self.get_fieldsets(request, obj))
            kwargs["fields"] = [f for f in fields if f != "version"]
        kwargs["form"] = self.versioned(request, kwargs.get("form", self.form))
        formset = super().get_formset(request, obj, **kwargs)
        return type(
            formset.__name__,
            (ServiceFormSetMixin, formset),
            {"service_inline": self, "request": request},
        )

    def get_readonly_fields(self, request, obj=None):
        return [f for f in super().get_readonly_fields(request, obj) if f != "version"]


class ServiceModelAdmin(
    ServiceRowsMixin,
    RowLockingAdminMixin,
    HistoryWithoutRevertMixin,
    HistoryCompareAdminMixin,
    SimpleHistoryAdmin,
):
    """A ModelAdmin whose every write is a service call (see the module docstring)."""

    # Change lists and autocompletes do not count past 10,000 rows (articles/pagination.py).
    paginator = CappedCountPaginator

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # The date drill-down asks the list for its first and last date twice.
        if hasattr(changelist.queryset, "remembering_aggregates"):
            changelist.queryset = changelist.queryset.remembering_aggregates()
        return changelist

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            return super().get_form(request, obj, change=change, **kwargs)
        if "fields" not in kwargs:
            kwargs["fields"] = flatten_fieldsets(self.get_fieldsets(request, obj))
        if kwargs["fields"] is not None:
            # The model field is not editable; the form declares its own hidden field.
            kwargs["fields"] = [f for f in kwargs["fields"] if f != "version"]
        kwargs["form"] = self.versioned(request, kwargs.get("form", self.form))
        return super().get_form(request, obj, change=change, **kwargs)

    # Writing ----------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if not change:
            adopt(obj, self.create_row(request, form))
            return
        result = form.run_service(dry_run=False)
        adopt(obj, result.instance)
        if result.kept_theirs:
            self.message_user(request, conflict_note(self.model, result.kept_theirs), messages.INFO)

    def save_related(self, request, form, formsets, change):
        # Many-to-many fields were written by the service with the row, never by the form.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request, form, formset, change):
        inline = getattr(formset, "service_inline", None)
        if inline is None:  # a read-only inline: nothing to write
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            return
        new, changed, deleted = [], [], []
        for row_form in formset.initial_forms:
            if formset.can_delete and formset._should_delete_form(row_form):
                inline.delete_row(
                    request, row_form.instance, seen_version=row_form.cleaned_data.get("version")
                )
                deleted.append(row_form.instance)
            elif row_form.has_changed():
                result = row_form.run_service(dry_run=False)
                if result.changed:
                    changed.append((result.instance, result.changed))
        for row_form in formset.extra_forms:
            if row_form.has_changed() and not (
                formset.can_delete and formset._should_delete_form(row_form)
            ):
                new.append(inline.create_row(request, row_form, parent=form.instance))
        formset.new_objects, formset.changed_objects, formset.deleted_objects = (
            new,
            changed,
            deleted,
        )

    # Removing ---------------------------------------------------------------------------------

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if not allowed or obj is None:
            return allowed
        return self.may_delete_row(request, obj)

    def delete_model(self, request, obj):
        self.delete_row(request, obj)

    def delete_queryset(self, request, queryset):
        removed, refused = 0, []
        for obj in queryset.order_by("pk"):
            try:
                with transaction.atomic():
                    self.delete_row(request, obj)
            except REFUSALS as error:
                refused.append(f"“{obj}”: {refusal(error).rstrip('.')}")
            else:
                removed += 1
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%(count)d not deleted: %(reasons)s.",
                    "%(count)d not deleted: %(reasons)s.",
                    len(refused),
                )
                % {"count": len(refused), "reasons": "; ".join(refused)},
                messages.WARNING,
            )
