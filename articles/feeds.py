"""Syndication: RSS and Atom feeds of published verdicts, and the ClaimReview DataFeed.

Only published verdicts of public claims ever appear; drafts never do. A
verdict that is corrected moves back to the top (its ``updated_at`` changes),
so readers following the feed see updates as well as new verdicts. A verdict
that a later one superseded stays, titled as superseded and linking to the
claim's rating history. Ratings are named in the reader's language.
"""

from __future__ import annotations

import re

from django.contrib.syndication.views import Feed
from django.db.models import F, Window
from django.db.models.functions import Mod, RowNumber
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from articles.caching import remembered
from articles.models import Claimant, ClaimStatus, Verdict
from articles.siteurl import publisher
from articles.structured_data import (
    RatingScale,
    absolute_url,
    claimreview_queryset,
    data_feed,
)

FEED_LENGTH = 50

# Characters XML 1.0 cannot carry at all, not even escaped. Editors can no longer type
# them (articles/validators.py), but older or restored rows may hold them: a feed drops
# them rather than failing for every reader.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters an XML 1.0 document cannot hold."""
    return _NOT_XML.sub("", text)


class VerdictFeed(Feed):
    """The newest published and updated verdicts, as RSS 2.0."""

    title = _("New and updated verdicts")
    description = _("Fact-check verdicts as they are published or corrected.")
    feed_url_name = "verdict-feed-rss"

    def link(self) -> str:
        return absolute_url(reverse("articles:claim-list"))

    def feed_url(self) -> str:
        return absolute_url(reverse(self.feed_url_name))

    def verdicts(self):
        return (
            Verdict.objects.published()
            .select_related("rating", "claim")
            .order_by("-updated_at", "-id")
        )

    def items(self):
        return self.verdicts()[:FEED_LENGTH]

    def item_title(self, item: Verdict) -> str:
        label = item.rating.localized_label
        if not item.is_current:
            # A later verdict rates the claim now: the item says so rather than look current.
            label = _("%(rating)s (superseded)") % {"rating": label}
        return xml_text(f"{label}: {item.claim.text}")

    def item_description(self, item: Verdict) -> str:
        # Readers render descriptions as HTML; the summary is plain text, so escape it.
        text = item.summary or item.headline
        if not item.is_current:
            text = _(
                "A later verdict superseded this one; see the claim's rating history. %(text)s"
            ) % {"text": text}
        return xml_text(escape(text))

    def item_link(self, item: Verdict) -> str:
        # A superseded verdict is found in the claim's rating history, not at the top of its page.
        url = absolute_url(item.get_absolute_url())
        return url if item.is_current else f"{url}#rating-history"

    def item_guid(self, item: Verdict) -> str:
        # A re-rated claim has several verdicts on one page; each is its own item, and keeps
        # its id when it is superseded.
        return f"{absolute_url(item.get_absolute_url())}#verdict-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Verdict):
        return item.published_at

    def item_updateddate(self, item: Verdict):
        return item.updated_at

    def item_author_name(self, item: Verdict) -> str:
        return publisher()["name"]

    def item_author_link(self, item: Verdict) -> str:
        return publisher()["url"]

    def author_name(self) -> str:
        return publisher()["name"]

    def author_link(self) -> str:
        return publisher()["url"]


class VerdictAtomFeed(VerdictFeed):
    feed_type = Atom1Feed
    subtitle = VerdictFeed.description
    feed_url_name = "verdict-feed-atom"


class ClaimantVerdictFeed(VerdictFeed):
    """The verdicts on one claimant's claims, as RSS 2.0."""

    feed_url_name = "claimant-feed-rss"

    def get_object(self, request: HttpRequest, slug: str) -> Claimant:
        # A claimant known only from suggested or dismissed claims is not public.
        public = Claimant.objects.filter(claims__status__in=ClaimStatus.public_values())
        return get_object_or_404(public.distinct(), slug=slug)

    def title(self, obj: Claimant) -> str:
        return xml_text(_("Verdicts on claims by %(name)s") % {"name": obj.name})

    def description(self, obj: Claimant) -> str:
        # RSS descriptions are HTML to feed readers; a claimant's name is plain text.
        return escape(self.subtitle(obj))

    def subtitle(self, obj: Claimant) -> str:
        return xml_text(_("Fact-check verdicts on claims made by %(name)s.") % {"name": obj.name})

    def link(self, obj: Claimant) -> str:
        return absolute_url(obj.get_absolute_url())

    def feed_url(self, obj: Claimant) -> str:
        return absolute_url(reverse(self.feed_url_name, kwargs={"slug": obj.slug}))

    def items(self, obj: Claimant):
        return self.verdicts().filter(claim__claimant=obj)[:FEED_LENGTH]


class ClaimantVerdictAtomFeed(ClaimantVerdictFeed):
    feed_type = Atom1Feed
    feed_url_name = "claimant-feed-atom"


# ClaimReviews per page of the DataFeed: a page's memory and time stay the same however
# many verdicts the archive holds (100 reviews are about 175 kB and 50 ms).
CLAIMREVIEW_PAGE_SIZE = 100


def _claimreview_page_url(before: int | None) -> str:
    path = reverse("claimreview-feed")
    return absolute_url(path if before is None else f"{path}?before={before}")


def _before(request: HttpRequest) -> int | None:
    value = request.GET.get("before")
    if value is None:
        return None
    if not value.isdigit():
        raise ValueError(value)
    # No key is higher than a 64-bit integer; past it, every review comes before.
    return min(int(value), 2**63 - 1)


@require_safe
def claimreview_feed(request: HttpRequest) -> JsonResponse:
    """One page of the published ClaimReviews as a schema.org DataFeed, newest first.

    ``?before=<id>`` continues after a page (keyset pagination: each page costs the
    same). The next page, the first one and the index of every page are named in
    the ``Link`` header (``rel="next"``, ``rel="first"``, ``rel="index"``).
    """
    try:
        before = _before(request)
    except ValueError:
        return JsonResponse(
            {"before": ["A whole number: the id the previous page ended at."]}, status=400
        )
    claims = claimreview_queryset().order_by("-id")
    if before is not None:
        claims = claims.filter(id__lt=before)
    page = list(claims[: CLAIMREVIEW_PAGE_SIZE + 1])
    more = len(page) > CLAIMREVIEW_PAGE_SIZE
    page = page[:CLAIMREVIEW_PAGE_SIZE]
    response = JsonResponse(
        data_feed(page, scale=RatingScale.current()),
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False},
    )
    links = [
        f'<{_claimreview_page_url(None)}>; rel="first"',
        f'<{absolute_url(reverse("claimreview-pages"))}>; rel="index"',
    ]
    if more:
        links.insert(0, f'<{_claimreview_page_url(page[-1].pk)}>; rel="next"')
    response["Link"] = ", ".join(links)
    return response


def claimreview_page_ends() -> list[int]:
    """The id each full page of the DataFeed ends at (the next page starts before it),
    numbered by the database in one pass rather than every id sent to Python."""
    reviews = claimreview_queryset().prefetch_related(None).order_by()
    ends = list(
        reviews.annotate(position=Window(RowNumber(), order_by=F("id").desc()))
        .annotate(remainder=Mod(F("position"), CLAIMREVIEW_PAGE_SIZE))
        .filter(remainder=0)
        .order_by("-id")
        .values_list("id", flat=True)
    )
    # A page ending at the very last review would be followed by an empty one.
    if ends and not reviews.filter(id__lt=ends[-1]).exists():
        ends.pop()
    return ends


@require_safe
def claimreview_pages(request: HttpRequest) -> JsonResponse:
    """The address of every page of the ClaimReview DataFeed, for consumers that fetch in
    parallel. Where the pages end is found once per publication stamp (a pass over every
    published review: half a second at a million claims)."""
    ends = remembered(f"claimreview-page-ends:{CLAIMREVIEW_PAGE_SIZE}", claimreview_page_ends)
    pages = [_claimreview_page_url(None), *(_claimreview_page_url(pk) for pk in ends)]
    return JsonResponse({"page_size": CLAIMREVIEW_PAGE_SIZE, "pages": pages})
