"""Template tags for what machines read on a page: JSON-LD, canonical and social meta, feeds.

Each tag is a one-liner in a template; the data comes from
``articles.structured_data`` so the page, the DataFeed and the API agree.
"""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from articles.models import Article, Claim, Claimant, TrackedFigure
from articles.pagination import CURSOR_PARAM
from articles.siteurl import publisher
from articles.structured_data import (
    RatingScale,
    absolute_url,
    claim_review,
    current_verdict,
    json_ld_script,
)

register = template.Library()

DESCRIPTION_WORDS = 40


@register.simple_tag
def claimreview_jsonld(claim: Claim | None, scale: RatingScale | None = None) -> SafeString:
    """The ClaimReview ``<script type="application/ld+json">`` of a claim's current
    published verdict; nothing for a claim without one. ``scale``: the rating scale's
    bounds, when the page has read them already."""
    if claim is None:
        return mark_safe("")
    data = claim_review(claim, scale=scale or RatingScale.current())
    return json_ld_script(data) if data else mark_safe("")


def _feed_links(claimant: Claimant | None) -> list[tuple[str, str, str]]:
    links = [
        ("application/rss+xml", _("New and updated verdicts (RSS)"), "verdict-feed-rss", {}),
        ("application/atom+xml", _("New and updated verdicts (Atom)"), "verdict-feed-atom", {}),
    ]
    if claimant is not None:
        name = {"name": claimant.name}
        links += [
            ("application/rss+xml", _("Verdicts on %(name)s (RSS)") % name,
             "claimant-feed-rss", {"slug": claimant.slug}),
            ("application/atom+xml", _("Verdicts on %(name)s (Atom)") % name,
             "claimant-feed-atom", {"slug": claimant.slug}),
        ]  # fmt: skip
    return [
        (mime, title, absolute_url(reverse(name, kwargs=kwargs)))
        for mime, title, name, kwargs in links
    ]


def _describe(obj, context) -> tuple[str, str]:
    """A page's title and description for social cards, from the object it shows."""
    if isinstance(obj, Claim):
        verdict = context.get("verdict") or current_verdict(obj)
        if verdict is None:
            return obj.text, _("This claim is being checked.")
        return f"{verdict.rating.localized_label}: {obj.text}", verdict.summary or verdict.headline
    if isinstance(obj, Article):
        return obj.title, _("Claims tracked in “%(title)s”.") % {"title": obj.title}
    if isinstance(obj, Claimant):
        return obj.name, obj.description or _("Claims by %(name)s that we track.") % {
            "name": obj.name
        }
    if isinstance(obj, TrackedFigure):
        return obj.name, obj.description or obj.unit
    return "", ""


@register.simple_tag(takes_context=True)
def seo_head(context, title: str = "", description: str = "", obj=None) -> SafeString:
    """Canonical link, OpenGraph and Twitter card meta, and feed alternates for ``<head>``.

    ``obj`` defaults to the page's ``object`` (a detail view's), which also supplies
    the title and description when they are not given. The canonical address is
    the object's page, else the request's path without its query string, always on
    the site's address (``articles.siteurl``). Error pages get only the feed links.
    """
    obj = obj if obj is not None else context.get("object")
    feeds = format_html_join(
        "\n  ",
        '<link rel="alternate" type="{}" title="{}" href="{}">',
        _feed_links(obj if isinstance(obj, Claimant) else None),
    )
    request = context.get("request")
    if request is None or context.get("exception") is not None or "request_path" in context:
        return feeds

    derived_title, derived_description = _describe(obj, context)
    org = publisher()
    title = str(title or derived_title or org["name"])
    description = " ".join(str(description or derived_description).split())
    description = Truncator(description).words(DESCRIPTION_WORDS)
    canonical = absolute_url(
        obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else request.path
    )

    meta = [
        ("property", "og:type", "article" if obj is not None else "website"),
        ("property", "og:site_name", org["name"]),
        ("property", "og:title", title),
        ("property", "og:url", canonical),
        ("name", "twitter:card", "summary"),
        ("name", "twitter:title", title),
    ]
    if description:
        meta += [
            ("property", "og:description", description),
            ("name", "twitter:description", description),
        ]
    meta += [("property", "og:image", org["logo"]), ("name", "twitter:image", org["logo"])]

    return format_html(
        '<link rel="canonical" href="{}">\n  {}\n  {}',
        canonical,
        format_html_join("\n  ", '<meta {}="{}" content="{}">', meta),
        feeds,
    )


@register.simple_tag(takes_context=True)
def claim_export_links(context) -> SafeString:
    """Download links for the tracker's current selection (same filters, no page number)."""
    request = context.get("request")
    query = request.GET.copy() if request is not None else None
    if query is not None:
        query.pop("page", None)
        query.pop(CURSOR_PARAM, None)
    suffix = f"?{query.urlencode()}" if query else ""
    return format_html(
        '<p class="export-links">{} <a href="{}" download>{}</a> · <a href="{}">{}</a></p>',
        _("Download these claims:"),
        reverse("articles:claim-export-csv") + suffix,
        _("CSV"),
        reverse("articles:claim-export-json") + suffix,
        _("JSON"),
    )
