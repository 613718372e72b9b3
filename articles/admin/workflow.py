"""Workflow in the admin: transition buttons, bulk actions, no lost edits, version comparison.

The ModelAdmins in ``claims`` and ``content`` inherit these mixins. Each hook
calls ``super()`` and merges its result, so a ModelAdmin may still define its
own ``actions``, ``get_urls``, ``change_view`` or ``save_model``.

Every state change still goes through ``articles.services``: the buttons, the
bulk actions and the correction form only call services and report what they
said.
"""

from __future__ import annotations

import difflib
import html
from datetime import date, datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import (
    FieldDoesNotExist,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import router, transaction
from django.db.models import F, Manager, Model, QuerySet
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from articles import services
from articles.models import Claim, ClaimStatus, StatusChange

EMPTY_VALUE = _("(empty)")
# Bookkeeping columns that say nothing an editor needs when comparing versions.
UNCOMPARED_FIELDS = {"id", "created_at", "updated_at", "version", "last_activity_at"}


def _refusal(error: Exception) -> str:
    """The human message of a refused service call."""
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or gettext("You do not have permission to do that.")


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


def _people(records) -> str:
    names = []
    for record in records:
        name = str(record.history_user) if record.history_user_id else None
        if name and name not in names:
            names.append(name)
    return ", ".join(names) if names else gettext("another editor")


# --- version comparison --------------------------------------------------------------------


class HistoryCompareAdminMixin(admin.ModelAdmin):
    """History pages where two versions can be picked and compared field by field.

    simple-history lists each version with its changes against the one before;
    this adds radio buttons to the list and a compare page for any two versions.
    """

    object_history_template = "admin/articles/object_history.html"
    object_history_list_template = "admin/articles/object_history_list.html"

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.history_compare_view),
                name=f"{info}_history_compare",
            ),
            *super().get_urls(),
        ]

    def history_view(self, request, object_id, extra_context=None):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        extra_context = {
            **(extra_context or {}),
            "compare_url": reverse(
                f"admin:{info}_history_compare",
                args=[object_id],
                current_app=self.admin_site.name,
            ),
        }
        return super().history_view(request, object_id, extra_context)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        # simple-history's deltas skip fields editors cannot edit, a claim's status among them.
        newer = None
        for record in historical_records:
            if newer is not None:
                newer.history_delta_changes = [
                    {
                        "field": field_label(self.model, name),
                        "old": Truncator(display_value(self.model, name, old)).chars(100),
                        "new": Truncator(display_value(self.model, name, new)).chars(100),
                    }
                    for name, old, new in history_changes(record, newer)
                ]
            newer = record

    def history_compare_view(self, request, object_id):
        """Compare the versions ``?old=<history id>&new=<history id>`` (default: the two newest)."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        records = obj.history.select_related("history_user").order_by(
            "-history_date", "-history_id"
        )
        picked = [request.GET.get("old"), request.GET.get("new")]
        if all(value and value.isdigit() for value in picked):
            chosen = list(records.filter(history_id__in=picked))
        else:
            chosen = list(records[:2])
        if len(chosen) == 1:
            chosen = chosen * 2
        if not chosen:
            raise Http404
        newer, older = sorted(chosen, key=lambda r: (r.history_date, r.history_id), reverse=True)
        rows = []
        for name, old_value, new_value in history_changes(older, newer):
            old = display_value(self.model, name, old_value)
            new = display_value(self.model, name, new_value)
            long_text = len(old) > 60 or len(new) > 60
            rows.append(
                {
                    "field": field_label(self.model, name),
                    "old": old,
                    "new": new,
                    "diff": word_diff(old, new) if long_text else None,
                }
            )
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Compare versions: %(object)s") % {"object": obj},
            "subtitle": None,
            "opts": self.opts,
            "object": obj,
            "older": older,
            "newer": newer,
            "rows": rows,
            "history_url": reverse(
                f"admin:{info}_history", args=[obj.pk], current_app=self.admin_site.name
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/history_compare.html", context)


# --- no lost edits -------------------------------------------------------------------------


class VersionedModelForm(forms.ModelForm):
    """A change form that remembers which version of the row the editor opened.

    The row is locked while the form is validated (see ``VersionedAdminMixin``), so
    ``self.instance`` holds what is saved right now; if its version moved on, the
    save is refused and the editor sees, field by field, what the other person changed.
    """

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        opened = cleaned.get("version")
        current = self.instance.version
        if opened is None:
            # The hidden field's own errors would be hidden too: say it at the top.
            raise ValidationError(
                _(
                    "This form does not say which version of the %(name)s it was opened at; "
                    "reload the page and make your changes again."
                ),
                code="no_version",
                params={"name": self.instance._meta.verbose_name},
            )
        if opened == current:
            return cleaned
        conflict = self.conflict_messages(opened, cleaned)
        if not conflict:
            # The row moved on without changing anything this save could overwrite.
            return cleaned
        # Saving again after reading the differences is a deliberate overwrite.
        data = self.data.copy()
        data[self.add_prefix("version")] = str(current)
        self.data = data
        raise ValidationError(conflict, code="stale")

    def _same_as_saved(self, name: str, value) -> bool:
        saved = getattr(self.instance, name)
        if isinstance(saved, Manager):
            return {obj.pk for obj in value} == {obj.pk for obj in saved.all()}
        return value == saved

    def conflict_messages(self, opened: int, cleaned: dict) -> list[str]:
        """What others changed since version ``opened``, field by field; empty if nothing."""
        model = type(self.instance)
        name = model._meta.verbose_name
        records = list(
            self.instance.history.select_related("history_user").order_by(
                "history_date", "history_id"
            )
        )
        then = next((r for r in reversed(records) if r.version == opened), None)
        later = [r for r in records if r.version > opened] if then else []
        who = _people(later)
        if then is not None and later:
            changed = [field for field, _old, _new in history_changes(then, later[-1])]
        else:
            # No history to compare with: show where their saved values differ from this input.
            changed = [
                n
                for n in self.fields
                if n != "version" and n in cleaned and not self._same_as_saved(n, cleaned[n])
            ]
        # History does not track many-to-many fields; compare those with what is saved now.
        changed += [
            n
            for n, field in self.fields.items()
            if isinstance(field, forms.ModelMultipleChoiceField)
            and n in cleaned
            and n not in changed
            and not self._same_as_saved(n, cleaned[n])
        ]
        if not changed:
            return []
        when = (
            display_value(model, "updated_at", later[-1].history_date)
            if later
            else display_value(model, "updated_at", self.instance.updated_at)
        )
        lines = [
            gettext(
                "This %(name)s was saved by %(who)s (%(when)s) after you opened it. Nothing of "
                "yours was saved; your input is kept below. Compare, then save again to keep "
                "your version, or reload the page to start from theirs."
            )
            % {"who": who, "name": name, "when": when}
        ]
        for field in changed:
            saved = display_value(model, field, getattr(self.instance, field))
            label = field_label(model, field)
            if field in self.fields and field in cleaned:
                yours = display_value(model, field, cleaned[field])
                lines.append(
                    gettext("%(field)s — yours: “%(yours)s”; %(who)s saved: “%(saved)s”.")
                    % {"field": label, "yours": yours, "who": who, "saved": saved}
                )
            elif then is not None:
                before = display_value(model, field, getattr(then, field))
                lines.append(
                    gettext("%(field)s — %(who)s changed it from “%(before)s” to “%(saved)s”.")
                    % {"field": label, "who": who, "before": before, "saved": saved}
                )
        return lines


class VersionedAdminMixin(HistoryCompareAdminMixin):
    """Refuses a save when the row changed since the editor opened the form.

    The change form carries the row's ``version`` in a hidden field. On POST the
    row is locked (``select_for_update`` inside the admin's transaction; SQLite
    serialises writers with ``BEGIN IMMEDIATE``) before it is read, the version
    is compared in form validation, and a successful save bumps it. A refused
    form re-displays the editor's input with what the other person changed.
    """

    version_field = "version"

    # The form -------------------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            return super().get_form(request, obj, change=change, **kwargs)
        if "fields" not in kwargs:
            kwargs["fields"] = flatten_fieldsets(self.get_fieldsets(request, obj))
        if kwargs["fields"] is not None:
            # The model field is not editable; the form declares its own hidden field.
            kwargs["fields"] = [f for f in kwargs["fields"] if f != self.version_field]
        form = kwargs.get("form", self.form)
        if not issubclass(form, VersionedModelForm):
            kwargs["form"] = type(
                f"Versioned{form.__name__}", (VersionedModelForm, form), {"__module__": __name__}
            )
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.version_field in flatten_fieldsets(fieldsets):
            return fieldsets
        return [*fieldsets, (None, {"fields": [self.version_field], "classes": ["hidden"]})]

    def get_readonly_fields(self, request, obj=None):
        # A read-only "version" would replace the hidden input the check relies on.
        return [f for f in super().get_readonly_fields(request, obj) if f != self.version_field]

    # Locking and saving ----------------------------------------------------------------------

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
                # Lock first, then read: the form is validated against what is saved now.
                list(
                    self.model._default_manager.using(using)
                    .select_for_update()
                    .filter(**{field.name: key})
                    .values_list("pk", flat=True)
                )
        return super().get_object(request, object_id, from_field)

    def save_model(self, request, obj, form, change):
        now = timezone.now()
        if change:
            obj.version = F("version") + 1
        if isinstance(obj, Claim):
            obj.last_activity_at = now
        super().save_model(request, obj, form, change)
        if change and not isinstance(obj.version, int):
            obj.refresh_from_db(fields=["version"])
        claim_id = getattr(obj, "claim_id", None)
        if claim_id is not None:
            Claim.objects.filter(pk=claim_id).update(last_activity_at=now)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        # Rows edited inline are edits too: move their version on so an open form notices.
        model = formset.model
        edited = [obj.pk for obj, _fields in getattr(formset, "changed_objects", [])]
        if edited and any(f.name == self.version_field for f in model._meta.concrete_fields):
            model._default_manager.filter(pk__in=edited).update(
                **{self.version_field: F(self.version_field) + 1}
            )


# --- the claim workflow --------------------------------------------------------------------


class ClaimWorkflowAdminMixin(admin.ModelAdmin):
    """Transition buttons on the claim page and workflow bulk actions on the changelist.

    The buttons show only the transitions ``services.available_transitions``
    allows this user, and post (with an optional internal note and the version
    of the page) to ``<claim>/transition/<action>/``. Reviewers also get a form
    to correct the published verdict, posting to ``<claim>/correct/``.
    """

    workflow_actions = ("assign_to_me", "accept_claims", "move_to_research", "dismiss_claims")
    workflow_timeline_length = 8

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<path:object_id>/transition/<slug:action>/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{info}_transition",
            ),
            path(
                "<path:object_id>/correct/",
                self.admin_site.admin_view(self.correct_view),
                name=f"{info}_correct",
            ),
            *super().get_urls(),
        ]

    def _change_url(self, claim: Claim) -> str:
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return reverse(f"admin:{info}_change", args=[claim.pk], current_app=self.admin_site.name)

    def _claim_for_post(self, request, object_id) -> Claim:
        claim = self.get_object(request, unquote(object_id))
        if claim is None:
            raise Http404(gettext("No claim with that ID."))
        if not self.has_view_or_change_permission(request, claim):
            raise PermissionDenied
        return claim

    def transition_view(self, request, object_id, action):
        """Run one transition from the claim page and say how it went."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = self._claim_for_post(request, object_id)
        version = request.POST.get("version", "")
        try:
            services.claim_transition(
                claim=claim,
                action=action,
                by=request.user,
                note=request.POST.get("note", ""),
                expected_version=int(version) if version.isdigit() else None,
            )
        except (PermissionDenied, ValidationError) as error:
            self.message_user(request, _refusal(error), messages.ERROR)
        else:
            self.message_user(
                request,
                gettext("“%(label)s” done: the claim is now %(status)s.")
                % {
                    "label": services.TRANSITIONS[action].label,
                    "status": str(claim.status_enum.label).lower(),
                },
                messages.SUCCESS,
            )
        return HttpResponseRedirect(self._change_url(claim))

    def correct_view(self, request, object_id):
        """Add a public correction to the claim's current verdict."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = self._claim_for_post(request, object_id)
        verdict = claim.current_verdict
        if verdict is None:
            self.message_user(
                request, gettext("This claim has no published verdict to correct."), messages.ERROR
            )
            return HttpResponseRedirect(self._change_url(claim))
        try:
            services.verdict_correct(
                verdict=verdict, by=request.user, note=request.POST.get("correction", "")
            )
        except (PermissionDenied, ValidationError) as error:
            self.message_user(request, _refusal(error), messages.ERROR)
        else:
            self.message_user(
                request,
                gettext("The correction is published on the verdict “%(verdict)s”.")
                % {"verdict": verdict.headline},
                messages.SUCCESS,
            )
        return HttpResponseRedirect(self._change_url(claim))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            context.update(self.workflow_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def workflow_context(self, request, claim: Claim) -> dict:
        """What the workflow panel of the claim page shows."""
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        transitions = services.available_transitions(claim=claim, user=request.user)
        buttons = [
            {
                "name": t.name,
                "label": t.label,
                "target": t.target.label,
                "url": reverse(
                    f"admin:{info}_transition",
                    args=[claim.pk, t.name],
                    current_app=self.admin_site.name,
                ),
            }
            for t in transitions
        ]
        can_publish = any(t.name == "publish" for t in transitions)
        own_draft = (
            claim.status == ClaimStatus.IN_REVIEW
            and not can_publish
            and services.can_publish(request.user)
        )
        current = claim.current_verdict
        timeline = list(
            StatusChange.objects.filter(claim=claim)
            .select_related("by")
            .order_by("-at", "-id")[: self.workflow_timeline_length]
        )
        return {
            "workflow": {
                "status": claim.status_enum,
                "version": claim.version,
                "buttons": buttons,
                "publish_problems": (services.publish_problems(claim=claim) if can_publish else []),
                "can_publish": can_publish,
                "own_draft": own_draft,
                "current_verdict": current,
                "can_correct": current is not None and services.can_publish(request.user),
                "correct_url": reverse(
                    f"admin:{info}_correct", args=[claim.pk], current_app=self.admin_site.name
                ),
                "timeline": timeline,
            }
        }

    # Bulk actions ----------------------------------------------------------------------------

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        if self.actions is None or IS_POPUP_VAR in request.GET:
            return actions
        # Added here rather than through ``actions`` so a ModelAdmin's own list still merges.
        if request.user.has_perm(services.EDIT):
            for name in self.workflow_actions:
                action = self.get_action(name, action_location)
                if action is not None:
                    actions.setdefault(name, action)
        return actions

    def _report(self, request, done_message: str, skipped: list[str]) -> None:
        if not skipped:
            self.message_user(request, done_message, messages.SUCCESS)
            return
        skipped_message = ngettext(
            "Skipped %(count)d: %(reasons)s.", "Skipped %(count)d: %(reasons)s.", len(skipped)
        ) % {"count": len(skipped), "reasons": "; ".join(skipped)}
        self.message_user(request, f"{done_message} {skipped_message}", messages.WARNING)

    def _bulk_transition(self, request, queryset, choose_action) -> tuple[int, list[str]]:
        """Run a transition on each selected claim; count the successes, explain the rest."""
        done, skipped = 0, []
        for claim in queryset.order_by("pk"):
            action = choose_action(claim)
            transition = services.TRANSITIONS[action]
            if not transition.allowed_from(claim.status):
                skipped.append(
                    gettext("“%(claim)s” is %(status)s (cannot %(action)s)")
                    % {
                        "claim": claim,
                        "status": str(claim.status_enum.label).lower(),
                        "action": str(transition.label).lower(),
                    }
                )
                continue
            try:
                services.claim_transition(claim=claim, action=action, by=request.user)
            except (PermissionDenied, ValidationError) as error:
                skipped.append(f"“{claim}”: {_refusal(error).rstrip('.')}")
            else:
                done += 1
        return done, skipped

    @admin.action(description=_("Assign selected claims to me"))
    def assign_to_me(self, request, queryset):
        done, skipped = 0, []
        for claim in queryset.order_by("pk"):
            try:
                services.claim_assign(claim=claim, assignee=request.user, by=request.user)
            except (PermissionDenied, ValidationError) as error:
                skipped.append(f"“{claim}”: {_refusal(error).rstrip('.')}")
            else:
                done += 1
        self._report(
            request,
            ngettext("Assigned %(count)d claim to you.", "Assigned %(count)d claims to you.", done)
            % {"count": done},
            skipped,
        )

    @admin.action(description=_("Accept selected suggested claims"))
    def accept_claims(self, request, queryset):
        done, skipped = self._bulk_transition(request, queryset, lambda claim: "accept")
        message = ngettext("Accepted %(count)d claim.", "Accepted %(count)d claims.", done)
        self._report(request, message % {"count": done}, skipped)

    @admin.action(description=_("Move selected claims to research"))
    def move_to_research(self, request, queryset):
        done, skipped = self._bulk_transition(
            request,
            queryset,
            lambda claim: (
                "send_back" if claim.status == ClaimStatus.IN_REVIEW else "start_research"
            ),
        )
        message = ngettext(
            "Moved %(count)d claim to research.", "Moved %(count)d claims to research.", done
        )
        self._report(request, message % {"count": done}, skipped)

    @admin.action(description=_("Dismiss selected claims"))
    def dismiss_claims(self, request, queryset):
        done, skipped = self._bulk_transition(request, queryset, lambda claim: "dismiss")
        message = ngettext("Dismissed %(count)d claim.", "Dismissed %(count)d claims.", done)
        self._report(request, message % {"count": done}, skipped)
