"""The sitemap of every public page, and robots.txt pointing to it.

``/sitemap.xml`` is a sitemap index: one entry per file of each section
(``/sitemap-claims.xml?p=2`` …), so every public claim, article, claimant and
figure is listed exactly once however large the archive. File N of a section holds
its rows whose primary key is in the N-th block of ``SITEMAP_LIMIT`` keys (5,000;
the protocol allows 50,000 addresses a file): at most 5,000 addresses, read as one
range of the primary key's index, so the last file of a million claims answers as fast
as the first (a file read past an offset of rows costs the rows it skips). Blocks in
which no row is public are left out of the index; a file's address names the same
rows for as long as they are public. Locations start with the
site's address (``articles.siteurl``), so they match the pages' canonical links
and the ClaimReview URLs. Both views are cached with the readers' pages
(``articles.caching``).

A file of a section of rows (claims, articles, claimants, figures) is written
straight from one query of plain values (slug and date of change), without a model
instance, a ``reverse()`` or a template per address: a file of 50,000 claims is
one query and a string join, where Django's sitemap framework spent seconds. The
fixed pages go through the framework.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as framework_sitemap
from django.db.models import F, Max, OuterRef, QuerySet, Subquery
from django.db.models.functions import Greatest
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from articles.caching import remembered
from articles.models import (
    Article,
    Claim,
    Claimant,
    TrackedFigure,
)
from articles.siteurl import site_origin
from articles.structured_data import absolute_url
from articles.views import public_figure_claims

# URLs per file. The sitemaps protocol allows 50,000 (and 50 MB); at about 140 bytes an
# address, 5,000 keep each file under 1 MB and quick to answer, and a million claims
# still fit in an index of a few hundred files.
SITEMAP_LIMIT = 5_000
PROTOCOL_LIMIT = 50_000
# Primary keys go no higher (a 64-bit integer): a file past them is not asked of the database.
_LAST_FILE = 2**63 - 1


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


class RowsSitemap(SiteSitemap):
    """A section of pages, one per row: ``items()`` gives each row's slug and date of change
    (as ``slug`` and ``modified``) in primary key order; ``url_name`` names the page."""

    url_name = ""

    def rows(self) -> QuerySet:
        """The rows with a public page."""
        raise NotImplementedError

    def items(self) -> QuerySet:
        raise NotImplementedError

    def location(self, item) -> str:
        return reverse(self.url_name, kwargs={"slug": item["slug"]})

    def lastmod(self, item):
        return item["modified"]

    def files(self) -> list[int]:
        """The numbers of the files that hold at least one address, in order."""
        block = (F("pk") - 1) / self.limit + 1
        return list(
            self.rows()
            .order_by()
            .annotate(sitemap_file=block)
            .values_list("sitemap_file", flat=True)
            .distinct()
            .order_by("sitemap_file")
        )

    def file_items(self, number: int) -> QuerySet:
        """The slug and date of change of the rows of file ``number`` (1, 2, …)."""
        start = (number - 1) * self.limit
        return self.items().filter(pk__gt=start, pk__lte=start + self.limit)


class ClaimSitemap(RowsSitemap):
    changefreq = "daily"
    priority = 0.7
    url_name = "articles:claim-detail"

    def rows(self):
        return Claim.objects.public()

    def items(self):
        # Publishing moves the claim's own row; a correction or new evidence moves its
        # activity time, so the newer of the two dates the page without a join.
        return (
            self.rows()
            .order_by("id")
            .values("slug", modified=Greatest("updated_at", "last_activity_at"))
        )


class ArticleSitemap(RowsSitemap):
    changefreq = "monthly"
    priority = 0.5
    url_name = "articles:article-detail"

    def rows(self):
        return Article.objects.all()

    def items(self):
        return self.rows().order_by("id").values("slug", modified=F("updated_at"))


class ClaimantSitemap(RowsSitemap):
    changefreq = "weekly"
    priority = 0.5
    url_name = "articles:claimant-detail"

    def rows(self):
        # A claimant known only from suggested or dismissed claims has no public page.
        return Claimant.objects.public()

    def items(self):
        # Their page changes with their latest public claim: one step down an index
        # (claim_claimant_updated_idx) per claimant, not every claim of the file's
        # claimants gathered and grouped.
        latest = (
            Claim.objects.public()
            .filter(claimant=OuterRef("pk"))
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        return self.rows().order_by("id").values("slug", modified=Subquery(latest))


class FigureSitemap(RowsSitemap):
    changefreq = "weekly"
    priority = 0.6
    url_name = "articles:figure-detail"

    def rows(self):
        # A figure's page is found only once one of its figure claims is public.
        return TrackedFigure.objects.filter(pk__in=public_figure_claims().values("tracked_figure"))

    def items(self):
        return self.rows().order_by("id").values("slug", modified=F("updated_at"))


SITEMAPS = {
    "pages": PagesSitemap,
    "claims": ClaimSitemap,
    "articles": ArticleSitemap,
    "claimants": ClaimantSitemap,
    "figures": FigureSitemap,
}


def section_files() -> dict[str, list[int]]:
    """The numbers of each section's files (at least the first, even when it is empty)."""
    files = {}
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        numbers = sitemap.files() if isinstance(sitemap, RowsSitemap) else []
        files[section] = numbers or [1]
    return files


@require_safe
def sitemap_index(request):
    """``/sitemap.xml``: every file of every section, each of at most ``SITEMAP_LIMIT`` URLs.

    Finding which blocks of keys hold a public row is a pass over the archive's
    indexes: done once per publication stamp, like the totals readers' pages show.
    """
    entries = []
    for section, numbers in remembered("sitemap-files", section_files).items():
        location = absolute_url(reverse("sitemap-section", kwargs={"section": section}))
        for number in numbers:
            entries.append(
                SitemapIndexItem(location if number == 1 else f"{location}?p={number}", None)
            )
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
    )


def _day(moment) -> str:
    """A lastmod as the framework writes it: the local day."""
    if isinstance(moment, datetime.datetime):
        return timezone.localtime(moment).date().isoformat()
    return moment.isoformat()


URLSET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def rows_sitemap(request, sitemap: RowsSitemap) -> HttpResponse:
    """One file of a section of rows, written from plain values (see ``file_items``)."""
    try:
        number = int(request.GET.get("p", 1))
    except ValueError:
        raise Http404(f"No page {request.GET['p']!r}") from None
    if not 1 <= number <= _LAST_FILE // sitemap.limit:
        raise Http404(f"Page {number} empty")
    rows = list(sitemap.file_items(number))
    if not rows and number > 1:
        raise Http404(f"Page {number} empty")
    # The address of every page but its slug, worked out once.
    placeholder = "slug-placeholder"
    before, after = (
        escape(site_origin() + reverse(sitemap.url_name, kwargs={"slug": placeholder}))
    ).split(placeholder)
    tail = (
        f"<changefreq>{sitemap.changefreq}</changefreq>"
        f"<priority>{sitemap.priority}</priority></url>"
    )
    parts = [URLSET_START]
    parts.extend(
        f"<url><loc>{before}{escape(row['slug'])}{after}</loc>"
        + (f"<lastmod>{_day(row['modified'])}</lastmod>" if row["modified"] else "")
        + tail
        for row in rows
    )
    parts.append("\n</urlset>\n")
    headers = {}
    if rows and all(row["modified"] is not None for row in rows):
        latest = max(row["modified"] for row in rows)
        headers["Last-Modified"] = http_date(latest.timestamp())
    return HttpResponse("".join(parts), content_type="application/xml", headers=headers)


@require_safe
@x_robots_tag
def sitemap_section(request, section: str):
    """``/sitemap-<section>.xml[?p=N]``: one file of at most ``SITEMAP_LIMIT`` addresses."""
    if section not in SITEMAPS:
        raise Http404(f"No sitemap available for section: {section!r}")
    sitemap = SITEMAPS[section]()
    if isinstance(sitemap, RowsSitemap):
        return rows_sitemap(request, sitemap)
    return framework_sitemap(request, {section: SITEMAPS[section]}, section=section)


class RobotsView(TemplateView):
    """robots.txt: everything public may be crawled; the admin and bulk exports not."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        return super().get_context_data(sitemap_url=absolute_url(reverse("sitemap")), **kwargs)
