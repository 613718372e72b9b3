from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from articles import feeds
from articles.sitemaps import RobotsView, sitemap_index, sitemap_section


def healthz(request):
    """For load balancers and benchmarks: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    # Switching language only sets a cookie. Exempt from CSRF so the switch in every
    # page's header needs no per-reader token, and readers' pages stay cacheable.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    # Publishing for machines: feeds, structured data, sitemap and the read-only API.
    path("feeds/verdicts.rss", feeds.VerdictFeed(), name="verdict-feed-rss"),
    path("feeds/verdicts.atom", feeds.VerdictAtomFeed(), name="verdict-feed-atom"),
    path("feeds/claimants/<slug:slug>.rss", feeds.ClaimantVerdictFeed(), name="claimant-feed-rss"),
    path(
        "feeds/claimants/<slug:slug>.atom",
        feeds.ClaimantVerdictAtomFeed(),
        name="claimant-feed-atom",
    ),
    path("claimreview.json", feeds.claimreview_feed, name="claimreview-feed"),
    path("claimreview/pages.json", feeds.claimreview_pages, name="claimreview-pages"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap-section"),
    path("robots.txt", RobotsView.as_view(), name="robots-txt"),
    path("api/", include("articles.api.urls")),
    path("", include("articles.urls")),
]
