"""Template filters of the public site: Markdown, rating badges and public status labels."""

from django import template
from django.utils.safestring import SafeString

from articles.models import ClaimStatus
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
