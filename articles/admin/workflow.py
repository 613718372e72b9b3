"""The claim workflow in the admin: transition buttons on the claim page and bulk actions.

Every move goes through ``articles.services``: the buttons, the bulk actions and
the correction form only call services and report what they said. The publish
button carries what the reviewer was shown (``services.ReviewedVersion``), so a
draft or evidence changed since is not published unread.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from articles import services
from articles.admin.base import refusal as _refusal
from articles.models import Claim, ClaimStatus, StatusChange

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
        reviewed = None
        if action == "publish" and services.can_publish(request.user):
            # A publish from the claim page publishes only what the page showed.
            reviewed = services.ReviewedVersion.parse(request.POST.get("reviewed", ""))
            if reviewed is None:
                self.message_user(
                    request,
                    gettext("Not published: reload the claim page and read the draft first."),
                    messages.ERROR,
                )
                return HttpResponseRedirect(self._change_url(claim))
        try:
            services.claim_transition(
                claim=claim,
                action=action,
                by=request.user,
                note=request.POST.get("note", ""),
                expected_version=int(version) if version.isdigit() else None,
                reviewed=reviewed,
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
        # Whoever may publish carries what they were shown, even if the rule then refuses them.
        reviewed = (
            services.ReviewedVersion.of(claim)
            if claim.status == ClaimStatus.IN_REVIEW and services.can_publish(request.user)
            else None
        )
        return {
            "workflow": {
                "status": claim.status_enum,
                "version": claim.version,
                "reviewed": reviewed.token() if reviewed else "",
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
