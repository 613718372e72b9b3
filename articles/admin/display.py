"""How the admin shows things: links to related rows, quotes, people, ratings, dates.

Presentation only; nothing here writes.
"""

from __future__ import annotations

from urllib.parse import quote as urlquote

from django.contrib import admin
from django.db.models import Count, Model
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from articles.models import Appearance, Rating

EMPTY = "—"

# --- shared helpers -------------------------------------------------------------------------


def admin_url(obj: Model) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def admin_link(obj: Model | None, text: str | None = None) -> str:
    """A link to ``obj``'s admin page, or a dash when there is nothing to link to."""
    if obj is None:
        return EMPTY
    return format_html('<a href="{}">{}</a>', admin_url(obj), text or str(obj))


def shorten(text: str, length: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def quote_html(appearance: Appearance) -> str:
    """The quoted span in its context, the words themselves marked; orphans flagged."""
    quote = format_html(
        '<span class="fc-quote">…{}<mark>{}</mark>{}…</span>',
        appearance.prefix[-40:],
        appearance.exact,
        appearance.suffix[:40],
    )
    if appearance.orphaned:
        return format_html(
            '<span class="fc-badge fc-badge--warn" title="{}">{}</span> {}',
            _("The quote could not be placed with confidence after the text changed."),
            _("orphaned"),
            quote,
        )
    return quote


class PeopleDisplayMixin:
    """Who did what, shown as names: editors cannot open user pages, so no links there."""

    @admin.display(description=_("added by"), ordering="added_by__username")
    def added_by_name(self, obj):
        return person(obj.added_by)

    @admin.display(description=_("author"), ordering="author__username")
    def author_name(self, obj):
        return person(obj.author)

    @admin.display(description=_("reviewer"), ordering="reviewer__username")
    def reviewer_name(self, obj):
        return person(obj.reviewer)

    @admin.display(description=_("by"), ordering="by__username")
    def by_name(self, obj):
        return person(obj.by)


def person(user) -> str:
    return user.get_username() if user is not None else EMPTY


def count_annotation(relation: str):
    return Count(relation, distinct=True)


def swatch(colour: str, *, with_code: bool = False) -> str:
    """A small square of ``colour`` as an SVG data URI (no inline style under the CSP)."""
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' width='12' height='12'>"
        f"<rect width='12' height='12' rx='2' fill='{colour}'/></svg>"
    )
    image = format_html(
        '<img class="fc-swatch" src="data:image/svg+xml,{}" width="12" height="12" alt="">',
        urlquote(svg, safe="'=:/"),
    )
    if with_code:
        return format_html("{} <code>{}</code>", image, colour)
    return image


def rating_label(rating: Rating) -> str:
    # A no-break space keeps the swatch with the label's first word.
    return format_html(
        '<span class="fc-rating">{}\u00a0{}</span>', swatch(rating.colour), rating.localized_label
    )


def when(value, *, with_time: bool = False) -> str:
    """A date in few characters (and the time if asked), the full timestamp on hover."""
    if value is None:
        return EMPTY
    local = timezone.localtime(value)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        local.replace(microsecond=0).isoformat(),
        formats.date_format(local, "DATETIME_FORMAT"),
        formats.date_format(local, "DATETIME_FORMAT" if with_time else "DATE_FORMAT"),
    )
