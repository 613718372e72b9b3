"""Template filters: Markdown, rating badges, public status labels, the levels editors
read instead of raw scores, and the links between pages of a list."""

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from articles.models import ClaimStatus
from articles.pagination import CURSOR_PARAM
from articles.rendering import rating_css_class, render_markdown, safe_url

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str | None) -> SafeString:
    """Render an editor's Markdown as sanitised HTML."""
    return render_markdown(text or "")


@register.filter
def rating_class(rating) -> str:
    """The CSS class colouring a badge for a Rating (or a rating slug)."""
    slug = getattr(rating, "slug", rating)
    return rating_css_class(slug or None)


@register.filter
def public_status(status: str) -> str:
    """A claim status as readers see it: open, researching and in review are "Being checked"."""
    try:
        return str(ClaimStatus(status).public_label)
    except ValueError:
        return ""


@register.filter(name="safe_url")
def safe_url_filter(url: str | None) -> str:
    """A stored link if it is http(s) or mailto; empty otherwise, so the template shows no link."""
    return safe_url(url)


# Editors read levels, not raw numbers: (lowest score of the level, label), best first.
CHECK_WORTHINESS_LEVELS = (
    (0.75, _("very check-worthy")),
    (0.55, _("check-worthy")),
    (0.0, _("worth a look")),
)
SIMILARITY_LEVELS = (
    (0.6, _("close match")),
    (0.3, _("similar")),
    (0.0, _("loosely related")),
)


def _level(value, levels) -> str:
    if value is None:
        return ""
    return str(next(label for floor, label in levels if float(value) >= floor))


@register.filter
def check_worthiness(score) -> str:
    """A suggestion's score (0–1) as a level an editor reads at a glance."""
    return _level(score, CHECK_WORTHINESS_LEVELS)


@register.filter
def similarity(score) -> str:
    """How alike two claims are (0–1), as a level."""
    return _level(score, SIMILARITY_LEVELS)


@register.filter(expects_localtime=True)
def machine_datetime(value) -> str:
    """A moment for ``<time datetime>``: ISO 8601 to the second, with its offset.

    HTML allows at most three digits of a second; ``|date:'c'`` writes six.
    """
    if not value:
        return ""
    return value.replace(microsecond=0).isoformat()


@register.simple_tag(takes_context=True)
def page_link(context, page, which: str) -> str:
    """The address of the ``"next"`` or ``"previous"`` page of ``page``, the page's filters kept.

    A ``KeysetPage`` names the first pages by number and the others by position
    (``articles.pagination``); any other page by number.
    """
    request = context["request"]
    query = request.GET.copy()
    for name in ("page", CURSOR_PARAM):
        query.pop(name, None)
    if hasattr(page, "link_params"):
        params = page.link_params(which)
    elif which == "next":
        params = {"page": page.next_page_number()}
    else:
        params = {"page": page.previous_page_number()}
    for name, value in params.items():
        if value is not None:
            query[name] = value
    return f"?{query.urlencode()}" if query else request.path
