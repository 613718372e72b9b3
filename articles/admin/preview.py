"""Seeing a verdict as readers will, before it is published.

- ``VerdictEditorMixin`` (verdict pages): a wide Markdown editor whose preview is
  rendered by the public pages' own ``render_markdown``, live as the editor types
  (``static/articles/admin/verdict.js`` posts the text to ``…/verdict/markdown/``).
- ``ClaimPreviewMixin`` (claim pages): *Preview as readers will see it* — the public
  verdict page with the newest draft in place of the published verdict, all the
  evidence that would be published with it and the timeline as it would read,
  with *Publish* (carrying what the reviewer was shown) and *Send back* beside it.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext

from articles import services
from articles.models import Claim, ClaimStatus, Evidence, Verdict, VerdictState
from articles.rendering import render_markdown
from articles.views import (
    TimelineEntry,
    appearances_in_context,
    dated_corrections,
    public_timeline,
    with_times_where_days_repeat,
)

# A preview request carries at most this much text (a long explanation is a few thousand).
MARKDOWN_PREVIEW_LIMIT = 100_000


class VerdictEditorMixin:
    """The verdict page as an editor: wide fields and a live preview of the explanation."""

    change_form_template = "admin/articles/verdict/change_form.html"

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "markdown/",
                self.admin_site.admin_view(self.markdown_view),
                name=f"{info}_markdown",
            ),
            *super().get_urls(),
        ]

    def markdown_view(self, request):
        """The HTML readers would see for the posted Markdown (``text``)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        text = request.POST.get("text", "")[:MARKDOWN_PREVIEW_LIMIT]
        return HttpResponse(render_markdown(text), content_type="text/html; charset=utf-8")

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        explanation = form["explanation"].value() if "explanation" in form.fields else None
        if explanation is None and obj is not None:
            explanation = obj.explanation
        context["explanation_preview"] = render_markdown(explanation or "")
        context["markdown_url"] = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_markdown",
            current_app=self.admin_site.name,
        )
        return super().render_change_form(request, context, add, change, form_url, obj)


def newest_draft(claim: Claim) -> Verdict | None:
    return (
        claim.verdicts.filter(state=VerdictState.DRAFT)
        .select_related("rating", "author")
        .order_by("-created_at", "-id")
        .first()
    )


class ClaimPreviewMixin:
    """*Preview as readers will see it* on the claim page."""

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<path:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name=f"{info}_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id):
        """The public verdict page with the newest draft in place, for whoever reviews it."""
        claim = self.get_object(request, unquote(object_id))
        if claim is None:
            raise Http404(gettext("No claim with that ID."))
        if not self.has_view_or_change_permission(request, claim):
            raise PermissionDenied
        draft = newest_draft(claim)
        if draft is None:
            self.message_user(
                request, gettext("There is no draft verdict to preview yet."), messages.WARNING
            )
            return HttpResponseRedirect(
                reverse(
                    f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                    args=[claim.pk],
                    current_app=self.admin_site.name,
                )
            )
        context = preview_context(claim, draft)
        transitions = services.available_transitions(claim=claim, user=request.user)
        reviewed = services.ReviewedVersion.of(claim)
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        context.update(
            {
                "preview": True,
                "preview_buttons": [
                    {
                        "name": t.name,
                        "label": t.label,
                        "url": reverse(
                            f"admin:{info}_transition",
                            args=[claim.pk, t.name],
                            current_app=self.admin_site.name,
                        ),
                    }
                    for t in transitions
                    if t.name in ("publish", "send_back")
                ],
                "preview_version": claim.version,
                "preview_reviewed": reviewed.token() if reviewed else "",
                "preview_problems": services.publish_problems(claim=claim, draft=draft),
                "preview_own_draft": services.is_author(draft, request.user)
                and services.can_publish(request.user),
                "preview_change_url": reverse(
                    f"admin:{info}_change", args=[claim.pk], current_app=self.admin_site.name
                ),
            }
        )
        return TemplateResponse(request, "admin/articles/claim/preview.html", context)


def preview_context(claim: Claim, draft: Verdict) -> dict:
    """What the public verdict page would show once ``draft`` is published."""
    claim = Claim.objects.for_verdict_page().get(pk=claim.pk)
    now = timezone.now()
    published = list(claim.published_verdicts)
    draft.published_at = now
    draft.is_current = True
    timeline = public_timeline(list(claim.status_changes.all()))
    if claim.status != ClaimStatus.PUBLISHED:
        timeline.append(
            TimelineEntry(
                at=now,
                from_label=ClaimStatus(claim.status).label,
                to_label=ClaimStatus.PUBLISHED.label,
                to_status=ClaimStatus.PUBLISHED,
            )
        )
    # Shown as it will read once published; nothing here is saved.
    claim.status = ClaimStatus.PUBLISHED
    return {
        "claim": claim,
        "object": claim,
        "verdict": draft,
        "rating_history": [*published, draft],
        "is_rechecking": False,
        "appearances": appearances_in_context(claim),
        # Everything gathered so far is published with the verdict.
        "evidence": list(Evidence.objects.filter(claim=claim).order_by("created_at", "id")),
        "corrections": dated_corrections(published),
        "timeline": with_times_where_days_repeat(timeline),
        "topics": claim.topics.all(),
        "section": "claims",
    }
