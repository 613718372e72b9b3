"""Grouping figure claims into a tracked figure: a bulk action on the claims list, and
a proposal on a claim's page.

The action opens an intermediate page (like Django's delete confirmation) where
the editor picks an existing tracked figure or names a new one; the change goes
through ``services.claims_group_into_figure``. A figure claim's change page
proposes the tracked figure it continues (``services.figure_matcher``): "Part of:
… — Add to it", or tracking it with earlier claims of the same measure, each
confirmed before it is posted to ``<id>/group-figure/``.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from articles import services
from articles.models import Claim, ClaimStatus, TrackedFigure


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


class FigureProposalForm(forms.Form):
    """A proposal taken on a claim's page: the tracked figure it continues, or the name of
    a new one and the earlier claims to track with it."""

    figure = forms.ModelChoiceField(queryset=TrackedFigure.objects.all(), required=False)
    others = forms.ModelMultipleChoiceField(queryset=Claim.objects.all(), required=False)
    name = forms.CharField(max_length=200, required=False)
    unit = forms.CharField(max_length=100, required=False)
    place = forms.CharField(max_length=200, required=False)

    def clean(self):
        data = super().clean()
        if data.get("figure") is None and not (data.get("name") or "").strip():
            raise ValidationError(_("Give the new tracked figure a name."))
        return data


class FigureProposalMixin(admin.ModelAdmin):
    """On a figure claim's change page, the tracked figure it continues, and the way to add it."""

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<path:object_id>/group-figure/",
                self.admin_site.admin_view(require_POST(self.group_figure_view)),
                name=f"{info}_group_figure",
            ),
            *super().get_urls(),
        ]

    def figure_proposals(self, request, claim) -> dict | None:
        """The proposals for ``claim`` and where to post them, or None when there are none."""
        if (
            claim.status == ClaimStatus.DISMISSED
            or not (claim.has_figure or claim.figure_high is not None)
            or claim.tracked_figure_id
            or not self.has_change_permission(request, claim)
        ):
            return None
        matches = services.figure_matches(claim=claim)
        if not matches:
            return None
        url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_group_figure",
            args=[claim.pk],
            current_app=self.admin_site.name,
        )
        return {"matches": matches, "url": url}

    def group_figure_view(self, request, object_id):
        """Take a proposal: add the claim to the tracked figure, or start tracking it."""
        claim = self.get_object(request, unquote(object_id))
        if claim is None:
            raise Http404(_("There is no such claim."))
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        change_url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
            args=[claim.pk],
            current_app=self.admin_site.name,
        )
        form = FigureProposalForm(request.POST)
        if not form.is_valid():
            self.message_user(request, " ".join(form.non_field_errors()), messages.ERROR)
            return HttpResponseRedirect(change_url)
        data = form.cleaned_data
        try:
            figure = services.claim_track(
                claim=claim,
                figure=data["figure"],
                others=data["others"],
                name=data["name"],
                unit=data["unit"],
                place=data["place"],
                by=request.user,
            )
        except (PermissionDenied, ValidationError) as error:
            text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            self.message_user(request, text, messages.ERROR)
            return HttpResponseRedirect(change_url)
        message = format_html(
            '{} <a href="{}">{}</a>',
            _("“%(claim)s” is now a point of “%(figure)s”.") % {"claim": claim, "figure": figure},
            figure.get_absolute_url(),
            _("See its chart"),
        )
        self.message_user(request, message, messages.SUCCESS)
        return HttpResponseRedirect(change_url)
