"""schema.org ClaimReview data for published verdicts.

The builders are pure: they take model instances whose relations are already
loaded (see ``claimreview_queryset``) and return plain dicts, so the verdict
page, the ``/claimreview.json`` DataFeed and the API share one definition and
each can be tested without rendering anything.

Absolute URLs come from ``articles.siteurl``: ``settings.FACTCHECK_SITE_URL``
when set, so every consumer (page, feed, sitemap, API) names a page by the same
canonical address, else the address the request came in on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db.models import Max, Min, Prefetch, QuerySet
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from articles.models import (
    LISTING_DEFERRED,
    Appearance,
    Claim,
    Claimant,
    ClaimantKind,
    Rating,
    Verdict,
)
from articles.rendering import safe_url
from articles.siteurl import absolute_url, publisher

__all__ = ["absolute_url"]  # re-exported: feeds, exports, sitemaps and the API import it here

SCHEMA_CONTEXT = "https://schema.org"

# The characters that could end a <script> element or open a comment inside it,
# escaped the way Django's ``json_script`` filter escapes them.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class RatingScale:
    """The bounds of the verdict scale, for ``bestRating`` and ``worstRating``."""

    best: int
    worst: int

    @classmethod
    def current(cls) -> RatingScale:
        """Read the scale's bounds in one query (every rating, retired ones included,
        so a verdict that kept a retired rating still falls inside the bounds)."""
        bounds = Rating.objects.aggregate(best=Max("value"), worst=Min("value"))
        return cls(best=bounds["best"] or 0, worst=bounds["worst"] or 0)


def claimreview_queryset(queryset: QuerySet[Claim] | None = None) -> QuerySet[Claim]:
    """Public claims that carry a current published verdict, with everything the builder reads.

    Costs four queries whatever the number of claims: claims with claimants,
    current verdicts with ratings, appearances with articles and outlets.
    """
    queryset = Claim.objects.all() if queryset is None else queryset
    return (
        queryset.public()
        .filter(verdicts__is_current=True)
        .select_related("claimant")
        # Not the columns no review shows: the search document, the suggestion's reasons.
        .defer(*LISTING_DEFERRED)
        .with_current_verdict()
        .prefetch_related(
            Prefetch(
                "appearances",
                # Nor the articles' text: a review names the article, its title and date.
                queryset=Appearance.objects.select_related("article__outlet")
                .defer("article__body")
                .order_by("said_on", "article__published_on", "id"),
            )
        )
    )


def organisation() -> dict:
    """The publishing organisation, as a schema.org Organization."""
    org = publisher()
    return {
        "@type": "Organization",
        "name": org["name"],
        "url": org["url"],
        "logo": {"@type": "ImageObject", "url": org["logo"]},
    }


def claimant_data(claimant: Claimant) -> dict:
    """A claimant as a schema.org Person or Organization."""
    schema_type = ClaimantKind(claimant.kind).schema_type
    data = {"@type": schema_type, "name": claimant.name}
    if url := safe_url(claimant.url):
        data["url"] = url
    if claimant.description:
        # A person's role is their job title; for an organisation it is a description.
        data["jobTitle" if schema_type == "Person" else "description"] = claimant.description
    return data


def _appearance_date(appearance: Appearance) -> date:
    return appearance.said_on or appearance.article.published_on


def appearance_data(appearance: Appearance) -> dict:
    """The article a claim appeared in, as a schema.org NewsArticle."""
    article = appearance.article
    data = {
        "@type": "NewsArticle",
        "url": safe_url(article.url) or absolute_url(article.get_absolute_url()),
        "headline": article.title,
        "datePublished": article.published_on.isoformat(),
    }
    if article.outlet is not None:
        publisher = {"@type": "Organization", "name": article.outlet.name}
        if url := safe_url(article.outlet.url):
            publisher["url"] = url
        data["publisher"] = publisher
    return data


def _isodate(value: datetime) -> str:
    return timezone.localdate(value).isoformat()


def current_verdict(claim: Claim) -> Verdict | None:
    """The claim's current published verdict, from whichever prefetch the caller made."""
    if hasattr(claim, "published_verdicts"):
        # The verdict page loads every published verdict (its rating history).
        return next((v for v in claim.published_verdicts if v.is_current), None)
    return claim.current_verdict


def claim_review(claim: Claim, *, scale: RatingScale, author: dict | None = None) -> dict | None:
    """The ClaimReview of a claim's current published verdict, or None when it has none.

    Expects ``claim`` from ``claimreview_queryset()`` or ``Claim.objects.for_verdict_page()``
    (claimant, verdicts with ratings, appearances with articles and outlets loaded), so
    building costs no queries. ``author`` is ``organisation()``, if the caller has it.
    """
    verdict = current_verdict(claim)
    if verdict is None or not claim.is_public:
        return None

    appearances = sorted(
        claim.appearances.all(), key=lambda a: (_appearance_date(a), a.article.published_on, a.pk)
    )
    # One entry per article, even where the claim was quoted at several places in it.
    seen: set[int] = set()
    articles = []
    for appearance in appearances:
        if appearance.article_id not in seen:
            seen.add(appearance.article_id)
            articles.append(appearance_data(appearance))

    said_on = claim.said_on or (_appearance_date(appearances[0]) if appearances else None)
    item_reviewed: dict = {"@type": "Claim"}
    if claim.claimant is not None:
        item_reviewed["author"] = claimant_data(claim.claimant)
    if said_on is not None:
        item_reviewed["datePublished"] = said_on.isoformat()
    if articles:
        item_reviewed["appearance"] = articles
        item_reviewed["firstAppearance"] = articles[0]

    rating = verdict.rating
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "url": absolute_url(claim.get_absolute_url()),
        "claimReviewed": claim.text,
        "headline": verdict.headline,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating.value,
            "bestRating": scale.best,
            "worstRating": scale.worst,
            "alternateName": rating.localized_label,
        },
        "author": author or organisation(),
        "datePublished": _isodate(verdict.published_at),
        "dateModified": _isodate(verdict.updated_at),
        "itemReviewed": item_reviewed,
    }


def data_feed(claims: Iterable[Claim], *, scale: RatingScale) -> dict:
    """Every given claim's ClaimReview as one schema.org DataFeed."""
    reviews = []
    modified = None
    # The same organisation wrote every review: its logo's address is looked up once.
    author = organisation()
    for claim in claims:
        review = claim_review(claim, scale=scale, author=author)
        if review is None:
            continue
        # The feed's context covers its elements.
        del review["@context"]
        reviews.append(review)
        updated = current_verdict(claim).updated_at
        modified = updated if modified is None or updated > modified else modified
    feed = {
        "@context": SCHEMA_CONTEXT,
        "@type": "DataFeed",
        "name": f"{settings.FACTCHECK_ORGANISATION['name']} ClaimReview",
        "url": absolute_url("/claimreview.json"),
        "publisher": author,
        "dataFeedElement": reviews,
    }
    if modified is not None:
        feed["dateModified"] = modified.isoformat()
    return feed


def json_ld_script(data: dict) -> SafeString:
    """A ``<script type="application/ld+json">`` element whose content cannot break out."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        _JSON_SCRIPT_ESCAPES
    )
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')
