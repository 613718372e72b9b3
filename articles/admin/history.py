"""History pages in the admin: every version of a row, any two compared, none written back."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext

from articles.history import display_value, field_label, history_changes, word_diff


class HistoryWithoutRevertMixin:
    """History pages that show old versions but never write them back.

    Reverting saves every field of the old version, including workflow state,
    versions and hashes that only the services may change.
    """

    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


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
