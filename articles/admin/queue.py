"""The editors' queue: what needs doing, for the person looking at it.

One admin page (``admin:articles_queue``, at ``/admin/queue/``, a URL of the
workbench's ``AdminSite``) with the claims
assigned to the current user, the claims waiting for a reviewer, the claims
nobody has touched for ``FACTCHECK_STALE_DAYS`` days, and counts by status.
Each list is one query however many claims there are, read from a partial index in
its order; the counts are one query too, each counting at most ``COUNT_CAP`` rows
of an index ("1,000+" past that), so the page costs the same on any archive.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from articles import services
from articles.models import Claim, ClaimStatus, Verdict, VerdictState
from articles.pagination import capped_counts

# Rows per list; the page says how many more there are and links to the full changelist.
QUEUE_LENGTH = 25
WORKING = (ClaimStatus.SUGGESTED, ClaimStatus.OPEN, ClaimStatus.RESEARCHING, ClaimStatus.IN_REVIEW)
BEING_CHECKED = (ClaimStatus.OPEN, ClaimStatus.RESEARCHING, ClaimStatus.IN_REVIEW)
# Counts stop here: past it the queue says "1,000+" and the changelist has the rest.
COUNT_CAP = 1_000


def shown_count(count: int) -> str:
    """A capped count as editors read it: "27", or "1,000+" past the cap."""
    if count > COUNT_CAP:
        return number_format(COUNT_CAP, force_grouping=True) + "+"
    return number_format(count, force_grouping=True)


def _changelist(query: str = "") -> str:
    url = reverse("admin:articles_claim_changelist")
    return f"{url}?{query}" if query else url


def queue_context(user) -> dict:
    """The queue's lists and counts for ``user``, in a constant number of queries."""
    stale_before = timezone.now() - timedelta(days=settings.FACTCHECK_STALE_DAYS)
    claims = Claim.objects.select_related("claimant", "assignee").order_by("last_activity_at", "pk")
    mine_q = Q(assignee=user, status__in=WORKING)
    stale_q = Q(status__in=BEING_CHECKED, last_activity_at__lt=stale_before)
    review_q = Q(status=ClaimStatus.IN_REVIEW)

    totals = capped_counts(
        {
            "mine": Claim.objects.filter(mine_q),
            "in_review": Claim.objects.filter(review_q),
            "stale": Claim.objects.filter(stale_q),
            **{status.value: Claim.objects.filter(status=status) for status in ClaimStatus},
        },
        COUNT_CAP,
    )
    drafts = Prefetch(
        "verdicts",
        queryset=Verdict.objects.filter(state=VerdictState.DRAFT)
        .select_related("author", "rating")
        .prefetch_related("authors")
        .order_by("-created_at", "-id"),
        to_attr="drafts",
    )
    in_review = list(claims.filter(review_q).prefetch_related(drafts)[:QUEUE_LENGTH])
    may_publish = services.can_publish(user)
    for claim in in_review:
        claim.draft = claim.drafts[0] if claim.drafts else None
        if claim.draft is not None:
            claim.draft.author_ids = {author.pk for author in claim.draft.authors.all()}
        claim.own_draft = services.is_author(claim.draft, user)
        claim.yours_to_review = may_publish and not (
            claim.own_draft and settings.FACTCHECK_REQUIRE_SEPARATE_REVIEWER
        )

    return {
        "mine": list(claims.filter(mine_q)[:QUEUE_LENGTH]),
        "mine_total": totals["mine"],
        "mine_shown": shown_count(totals["mine"]),
        "mine_url": _changelist(f"assignee__id__exact={user.pk}"),
        "in_review": in_review,
        "in_review_total": totals["in_review"],
        "in_review_shown": shown_count(totals["in_review"]),
        "in_review_url": _changelist(f"status__exact={ClaimStatus.IN_REVIEW}"),
        "stale": list(claims.filter(stale_q)[:QUEUE_LENGTH]),
        "stale_total": totals["stale"],
        "stale_shown": shown_count(totals["stale"]),
        "stale_days": settings.FACTCHECK_STALE_DAYS,
        "stale_url": _changelist(
            urlencode(
                {
                    "status__in": ",".join(BEING_CHECKED),
                    "last_activity_at__lt": stale_before.isoformat(),
                }
            )
        ),
        "may_publish": may_publish,
        "status_counts": [
            {
                "status": status,
                "count": totals[status.value],
                "shown": shown_count(totals[status.value]),
                "url": _changelist(f"status__exact={status.value}"),
            }
            for status in ClaimStatus
        ],
        "queue_length": QUEUE_LENGTH,
    }


def queue_view(request, admin_site):
    """The editors' queue page; for staff who work on claims (editors and reviewers)."""
    if not request.user.has_perm(services.EDIT):
        raise PermissionDenied
    context = {
        **admin_site.each_context(request),
        "title": _("Editors' queue"),
        "subtitle": None,
        **queue_context(request.user),
    }
    request.current_app = admin_site.name
    return TemplateResponse(request, "admin/articles/queue.html", context)
