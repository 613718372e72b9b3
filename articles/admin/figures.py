"""Grouping figure claims into a tracked figure, as a bulk action on the claims list.

The action opens an intermediate page (like Django's delete confirmation) where
the editor picks an existing tracked figure or names a new one; the change goes
through ``services.claims_group_into_figure``.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles import services
from articles.models import TrackedFigure


class GroupIntoFigureForm(forms.Form):
    figure = forms.ModelChoiceField(
        label=gettext_lazy("Existing tracked figure"),
        queryset=TrackedFigure.objects.order_by("name"),
        required=False,
        empty_label=gettext_lazy("— a new tracked figure —"),
    )
    name = forms.CharField(
        label=gettext_lazy("Name of a new figure"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("E.g. “Civilian bodies exhumed in Izium”."),
    )
    unit = forms.CharField(
        label=gettext_lazy("What is counted"),
        max_length=100,
        required=False,
        help_text=gettext_lazy("E.g. “civilian bodies”."),
    )
    place = forms.CharField(label=gettext_lazy("Place"), max_length=200, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("figure") and not (data.get("name") and data.get("unit")):
            raise ValidationError(
                _("Choose a tracked figure, or give the new one a name and what it counts.")
            )
        return data


class TrackedFigureGroupingMixin(admin.ModelAdmin):
    """Adds “Group into tracked figure…” to the claims list for editors."""

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        if self.actions is not None and request.user.has_perm(services.EDIT):
            action = self.get_action("group_into_tracked_figure", action_location)
            if action is not None:
                actions.setdefault("group_into_tracked_figure", action)
        return actions

    @admin.action(description=gettext_lazy("Group into tracked figure…"))
    def group_into_tracked_figure(self, request, queryset):
        form = GroupIntoFigureForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            try:
                # A new figure is only kept if the claims could be grouped into it.
                with transaction.atomic():
                    figure = form.cleaned_data["figure"] or services.tracked_figure_create(
                        name=form.cleaned_data["name"],
                        unit=form.cleaned_data["unit"],
                        place=form.cleaned_data["place"],
                        by=request.user,
                    )
                    grouped, skipped = services.claims_group_into_figure(
                        claims=queryset, figure=figure, by=request.user
                    )
            except (PermissionDenied, ValidationError) as error:
                form.add_error(None, error)
            else:
                self._report_grouping(request, figure, grouped, skipped)
                return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Group claims into a tracked figure"),
            "opts": self.opts,
            "form": form,
            "claims": queryset.select_related("claimant", "tracked_figure").order_by("pk"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action": "group_into_tracked_figure",
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/claim/group_into_figure.html", context)

    def _report_grouping(self, request, figure, grouped: int, skipped: list[str]) -> None:
        done = ngettext(
            "%(count)d claim is now in “%(figure)s”.",
            "%(count)d claims are now in “%(figure)s”.",
            grouped,
        ) % {"count": grouped, "figure": figure.name}
        message = format_html(
            '{} <a href="{}">{}</a>', done, figure.get_absolute_url(), _("See its chart")
        )
        if skipped:
            left_out = _("Left out: %(reasons)s.") % {"reasons": "; ".join(skipped)}
            message = format_html("{} {}", message, left_out)
        self.message_user(request, message, messages.WARNING if skipped else messages.SUCCESS)
