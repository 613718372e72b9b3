"""The sitemap of every public page, and robots.txt pointing to it.

Locations use ``settings.FACTCHECK_SITE_URL`` (not the request's host) so they
match the pages' canonical links and the ClaimReview URLs.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.views.generic import TemplateView

from articles.models import (
    Article,
    Claim,
    Claimant,
    ClaimStatus,
    TrackedFigure,
    VerdictState,
)
from articles.structured_data import absolute_url
from articles.views import public_figure_claims


class SiteSitemap(Sitemap):
    """A sitemap whose locations start with the configured site address."""

    def get_protocol(self, protocol=None) -> str:
        return urlsplit(settings.FACTCHECK_SITE_URL).scheme or "https"

    def get_domain(self, site=None) -> str:
        parts = urlsplit(settings.FACTCHECK_SITE_URL)
        return parts.netloc + parts.path.rstrip("/")


class PagesSitemap(SiteSitemap):
    """The fixed public pages; they change whenever a public claim does."""

    changefreq = "daily"
    priority = 0.8

    def items(self) -> list[str]:
        return [
            "articles:home",
            "articles:claim-list",
            "articles:article-list",
            "articles:claimant-list",
            "articles:figure-list",
        ]

    def location(self, item: str) -> str:
        return reverse(item)

    def lastmod(self, item: str):
        if not hasattr(self, "_latest"):
            self._latest = Claim.objects.public().aggregate(latest=Max("updated_at"))["latest"]
        return self._latest


class ClaimSitemap(SiteSitemap):
    changefreq = "daily"
    priority = 0.7

    def items(self):
        # A correction touches only the verdict, new evidence only last_activity_at.
        verdict_updated = Max(
            "verdicts__updated_at", filter=Q(verdicts__state=VerdictState.PUBLISHED)
        )
        return (
            Claim.objects.public()
            .annotate(
                modified=Greatest(
                    "updated_at",
                    "last_activity_at",
                    Coalesce(verdict_updated, "updated_at"),
                )
            )
            .only("slug", "updated_at", "last_activity_at")
            .order_by("id")
        )

    def lastmod(self, item: Claim):
        return item.modified


class ArticleSitemap(SiteSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Article.objects.only("slug", "updated_at").order_by("id")

    def lastmod(self, item: Article):
        return item.updated_at


class ClaimantSitemap(SiteSitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        # A claimant known only from suggested or dismissed claims has no public page.
        return (
            Claimant.objects.filter(claims__status__in=ClaimStatus.public_values())
            .annotate(modified=Max("claims__updated_at"))
            .only("slug")
            .order_by("id")
        )

    def lastmod(self, item: Claimant):
        return item.modified


class FigureSitemap(SiteSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        # A figure's page is found only once one of its figure claims is public.
        return (
            TrackedFigure.objects.filter(pk__in=public_figure_claims().values("tracked_figure"))
            .only("slug", "updated_at")
            .order_by("id")
        )

    def lastmod(self, item: TrackedFigure):
        return item.updated_at


SITEMAPS = {
    "pages": PagesSitemap,
    "claims": ClaimSitemap,
    "articles": ArticleSitemap,
    "claimants": ClaimantSitemap,
    "figures": FigureSitemap,
}


class RobotsView(TemplateView):
    """robots.txt: everything public may be crawled; the admin and bulk exports not."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        return super().get_context_data(sitemap_url=absolute_url(reverse("sitemap")), **kwargs)
