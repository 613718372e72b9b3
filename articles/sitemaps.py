"""The sitemap of every public page, and robots.txt pointing to it.

``/sitemap.xml`` is a sitemap index: one entry per file of at most
``SITEMAP_LIMIT`` URLs (the protocol's limit, 50,000) of each section
(``/sitemap-claims.xml?p=2`` …), so every public claim, article, claimant and
figure is listed exactly once however large the archive. Locations start with the
site's address (``articles.siteurl``), so they match the pages' canonical links
and the ClaimReview URLs. Both views are cached with the readers' pages
(``articles.caching``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Max
from django.db.models.functions import Greatest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from articles.models import (
    Article,
    Claim,
    Claimant,
    ClaimStatus,
    TrackedFigure,
)
from articles.siteurl import site_origin
from articles.structured_data import absolute_url
from articles.views import public_figure_claims

# The sitemaps protocol's limit of URLs per file.
SITEMAP_LIMIT = 50_000


class SiteSitemap(Sitemap):
    """A sitemap whose locations start with the configured site address."""

    limit = SITEMAP_LIMIT

    def get_protocol(self, protocol=None) -> str:
        return urlsplit(site_origin()).scheme or "https"

    def get_domain(self, site=None) -> str:
        parts = urlsplit(site_origin())
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
        # Publishing moves the claim's own row; a correction or new evidence moves its
        # activity time, so the newer of the two dates the page without a join.
        return (
            Claim.objects.public()
            .annotate(modified=Greatest("updated_at", "last_activity_at"))
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


@require_safe
def sitemap_index(request):
    """``/sitemap.xml``: every file of every section, each of at most ``SITEMAP_LIMIT`` URLs."""
    entries = []
    for section, sitemap_class in SITEMAPS.items():
        location = absolute_url(reverse("sitemap-section", kwargs={"section": section}))
        for page in sitemap_class().paginator.page_range:
            entries.append(
                SitemapIndexItem(location if page == 1 else f"{location}?p={page}", None)
            )
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
    )


class RobotsView(TemplateView):
    """robots.txt: everything public may be crawled; the admin and bulk exports not."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        return super().get_context_data(sitemap_url=absolute_url(reverse("sitemap")), **kwargs)
