"""Admin for what the claim suggester adds: check-worthiness on suggested claims, and
merging claimants that turned out to be one.

Kept apart from the claim and claimant admins, which only list these mixins.
"""

from __future__ import annotations

from decimal import Decimal

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles.models import ClaimStatus
from articles.services.claimants import claimants_merge

# Bands of the suggester's score (articles.suggest: 0.4 and above is suggested).
WORTHINESS_BANDS = {
    "high": (Decimal("0.8"), None),
    "medium": (Decimal("0.6"), Decimal("0.8")),
    "low": (None, Decimal("0.6")),
}


class CheckWorthinessFilter(admin.SimpleListFilter):
    """Suggested claims by how check-worthy the suggester found their sentence."""

    title = _("check-worthiness")
    parameter_name = "worthiness"

    def lookups(self, request, model_admin):
        return [
            ("high", _("High (0.8 and above)")),
            ("medium", _("Medium (0.6 to 0.8)")),
            ("low", _("Low (under 0.6)")),
            ("none", _("Not scored (added by an editor)")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(suggestion_score__isnull=True)
        if self.value() in WORTHINESS_BANDS:
            low, high = WORTHINESS_BANDS[self.value()]
            if low is not None:
                queryset = queryset.filter(suggestion_score__gte=low)
            if high is not None:
                queryset = queryset.filter(suggestion_score__lt=high)
        return queryset


class CheckWorthinessAdminMixin:
    """Claims: a check-worthiness filter, and a sortable check-worthiness column while the
    list shows suggested claims (or is filtered by check-worthiness)."""

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), CheckWorthinessFilter)

    def get_list_display(self, request):
        columns = super().get_list_display(request)
        if (
            request.GET.get("status__exact") == ClaimStatus.SUGGESTED
            or CheckWorthinessFilter.parameter_name in request.GET
        ):
            return (*columns, "check_worthiness")
        return columns

    @admin.display(description=_("check-worthiness"), ordering="-suggestion_score")
    def check_worthiness(self, obj):
        return "—" if obj.suggestion_score is None else f"{obj.suggestion_score:.2f}"


class ClaimantMergeAdminMixin:
    """Claimants: merge the selected claimants into the one most claims name."""

    actions = ("merge_claimants",)

    @admin.action(
        description=_("Merge the selected claimants into the one most claims name"),
        permissions=("change",),
    )
    def merge_claimants(self, request, queryset):
        chosen = list(queryset.annotate(claim_total=Count("claims")).order_by("-claim_total", "pk"))
        if len(chosen) < 2:
            self.message_user(
                request, _("Select at least two claimants to merge."), messages.WARNING
            )
            return None
        keep, others = chosen[0], chosen[1:]
        try:
            for other in others:
                keep = claimants_merge(keep=keep, merge=other, by=request.user)
        except (PermissionDenied, ValidationError) as error:
            self.message_user(request, "; ".join(getattr(error, "messages", [str(error)])),
                              messages.ERROR)  # fmt: skip
            return None
        self.message_user(
            request,
            ngettext(
                "Merged %(count)d claimant into “%(kept)s”: its claims and names are now its.",
                "Merged %(count)d claimants into “%(kept)s”: their claims and names are now its.",
                len(others),
            )
            % {"count": len(others), "kept": keep.name},
            messages.SUCCESS,
        )
        return None
