"""Turning stored text into safe HTML: Markdown notes and article bodies with marked claims.

Pure functions, no database access: the views, feeds and admin previews all
call these, so what an editor writes renders the same everywhere.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import markdown as markdown_lib
import nh3
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# What an explanation or an evidence excerpt may contain once rendered. No images
# (they would load third-party content and the CSP forbids them anyway), no raw
# attributes besides links: anything else an editor pastes is dropped, not escaped.
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "q", "s", "strong", "sub", "sup", "table",
    "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto"}


# The same explanations and excerpts are shown on every request of a verdict page; a pure
# function of the text, so the HTML of the most recent ones is kept (about 1 ms each).
@functools.lru_cache(maxsize=2048)
def render_markdown(text: str) -> SafeString:
    """Render Markdown to HTML and sanitise it against a small allowlist."""
    if not text:
        return mark_safe("")
    html = markdown_lib.markdown(text, extensions=["sane_lists", "tables", "fenced_code"])
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )
    return mark_safe(cleaned)  # nh3 has just sanitised it.


# Browsers drop tabs, newlines and leading control characters or spaces from a URL, so
# "java\tscript:" still runs: squeeze them out before reading the scheme.
URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")


def safe_url(url: str | None) -> str:
    """``url`` when it is an absolute http(s) or mailto link, else an empty string.

    For links an editor stored (evidence, sources, outlets): a value that skipped
    validation must never become a ``javascript:`` or ``data:`` link on a public page.
    """
    if not url:
        return ""
    scheme, colon, _rest = URL_NOISE.sub("", url).partition(":")
    if not colon or scheme.lower() not in URL_SCHEMES:
        return ""
    return url.strip()


def trim_context(before: str, after: str, *, cut_before: bool, cut_after: bool) -> tuple[str, str]:
    """Quote context that starts and ends on whole words, with an ellipsis where text was cut.

    ``cut_before``/``cut_after`` say whether the article goes on beyond the context.
    """
    if cut_before:
        _, space, rest = before.partition(" ")
        before = "…" + (rest if space else before)
    if cut_after:
        rest, space, _ = after.rpartition(" ")
        after = (rest if space else after) + "…"
    return before, after


# --- article bodies with marked spans -------------------------------------------------------

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Span:
    """A stretch of an article body to mark: one appearance of a claim."""

    start: int
    end: int
    anchor: str  # the element id readers can link to, e.g. "appearance-12"
    href: str  # where the mark leads (the claim's verdict page)
    label: str  # shown after the span: the rating label, or "Being checked"
    css_class: str = ""  # e.g. "rating-true"
    title: str = ""  # the claim text, as a tooltip


def paragraph_ranges(body: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each paragraph of ``body``, without surrounding space."""
    ranges = []
    position = 0
    for match in [*PARAGRAPH_BREAK.finditer(body), None]:
        stop = match.start() if match else len(body)
        chunk = body[position:stop]
        stripped_left = len(chunk) - len(chunk.lstrip())
        stripped_right = len(chunk.rstrip())
        if chunk.strip():
            ranges.append((position + stripped_left, position + stripped_right))
        if match:
            position = match.end()
    return ranges


@dataclass
class _Segment:
    paragraph: int
    start: int
    end: int
    spans: tuple[Span, ...]


def _segments(body: str, spans: list[Span]) -> list[_Segment]:
    """Cut every paragraph wherever a span begins or ends; each piece knows what covers it."""
    segments = []
    for index, (p_start, p_end) in enumerate(paragraph_ranges(body)):
        inside = [s for s in spans if s.start < p_end and s.end > p_start]
        cuts = {p_start, p_end}
        cuts.update(min(max(s.start, p_start), p_end) for s in inside)
        cuts.update(min(max(s.end, p_start), p_end) for s in inside)
        ordered = sorted(cuts)
        for start, end in itertools.pairwise(ordered):
            covering = tuple(s for s in inside if s.start <= start and s.end >= end)
            segments.append(_Segment(index, start, end, covering))
    return segments


def _text(body: str, start: int, end: int) -> str:
    return escape(body[start:end]).replace("\n", "<br>\n")


def mark_spans(body: str, spans: Iterable[Span]) -> list[SafeString]:
    """The body as a list of paragraph HTML fragments, with each span wrapped in ``<mark>``.

    Overlapping and nested spans never produce crossing tags: the text is cut at
    every span boundary and each piece gets one flat ``<mark>`` listing the spans
    that cover it, linking to the innermost. The first piece of a span carries its
    anchor id; a label follows its last piece. Spans outside the body are ignored.
    """
    length = len(body)
    usable = sorted(
        (s for s in spans if 0 <= s.start < s.end <= length and body[s.start : s.end].strip()),
        key=lambda s: (s.start, -s.end, s.anchor),
    )
    segments = _segments(body, usable)
    last_piece = {}
    for position, segment in enumerate(segments):
        for span in segment.spans:
            last_piece[span.anchor] = position
    opened: set[str] = set()
    paragraphs: list[list[str]] = []
    for position, segment in enumerate(segments):
        if segment.paragraph >= len(paragraphs):
            paragraphs.append([])
        parts = paragraphs[-1]
        text = _text(body, segment.start, segment.end)
        if not segment.spans:
            parts.append(text)
            continue
        innermost = min(segment.spans, key=lambda s: (s.end - s.start, s.start))
        new_anchors = [s.anchor for s in segment.spans if s.anchor not in opened]
        opened.update(new_anchors)
        classes = ["claim-mark", innermost.css_class]
        if len(segment.spans) > 1:
            classes.append("claim-mark--overlap")
        id_attr = format_html(' id="{}"', new_anchors[0]) if new_anchors else ""
        extra_anchors = "".join(
            format_html('<span class="anchor" id="{}"></span>', anchor)
            for anchor in new_anchors[1:]
        )
        parts.append(
            format_html(
                '<mark class="{}"{}>{}<a href="{}" title="{}">{}</a></mark>',
                " ".join(c for c in classes if c),
                id_attr,
                mark_safe(extra_anchors),
                innermost.href,
                innermost.title,
                mark_safe(text),
            )
        )
        # Innermost spans close first, so labels read in the order the spans end.
        ending = [s for s in segment.spans if last_piece[s.anchor] == position]
        for span in sorted(ending, key=lambda s: (-s.start, s.end)):
            parts.append(
                format_html(
                    '<a class="mark-label badge {}" href="{}">{}</a>',
                    span.css_class,
                    span.href,
                    span.label,
                )
            )
    return [mark_safe("".join(parts)) for parts in paragraphs]


# The ratings that static/css/site.css has colours for: the seeded scale. A rating
# added later in the admin gets the neutral badge until the stylesheet learns it.
STYLED_RATING_SLUGS = frozenset(
    {"true", "mostly-true", "half-true", "misleading", "mostly-false", "false", "unverifiable"}
)


def rating_css_class(slug: str | None) -> str:
    """The badge class for a rating slug: its own colour when known, neutral otherwise."""
    if slug in STYLED_RATING_SLUGS:
        return f"rating-{slug}"
    return "rating-other" if slug else "rating-none"
