"""Server-rendered SVG charts of a tracked figure over time.

Pure: takes plain data points, returns markup. No database access, no script,
no inline ``style`` attributes (the Content Security Policy forbids them), so
everything is drawn with SVG presentation attributes. Every piece of text is
escaped here, so the result is safe to drop into a template as it is.

Readable without colour: each claimant gets its own marker shape as well as a
colour, qualifiers are drawn as arrows or open markers, and a legend in HTML
names all of them. Each mark is a link to the claim's verdict page.

The chart is drawn for a given canvas size; pages show a wide drawing and one made for
phones, and the stylesheet picks one, so nothing on a phone needs sideways scrolling.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import groupby

from django.utils.formats import date_format, number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

Number = Decimal | int | float

# Qualifier values, as stored on Claim.figure_qualifier.
UPWARD = frozenset({"at_least", "more_than"})
DOWNWARD = frozenset({"at_most", "less_than"})
APPROXIMATE = frozenset({"about"})

# Dark enough for 3:1 against white (WCAG 1.4.11), distinguishable with common colour-vision
# deficiencies (after Okabe & Ito), and never the only cue: shapes differ too.
COLOURS = ("#0b5394", "#b8420f", "#00704f", "#9c2f6f", "#4d4d4d", "#7a5500", "#3b3b98")
SHAPES = ("circle", "square", "diamond", "triangle", "cross", "star", "hexagon", "plus")

INK = "#1f2328"
MUTED = "#57606a"
GRID = "#d0d7de"

WIDTH = 640
HEIGHT = 330
# The phone rendering: drawn for its own width rather than shrunk, so its text stays readable.
COMPACT_WIDTH = 360
COMPACT_HEIGHT = 300
# Narrower canvases than this get the compact layout: smaller margins, fewer date ticks.
COMPACT_BELOW = 480
MARK_RADIUS = 6.5
DODGE = 17  # px between marks that share a date
ARROW_LENGTH = 20
GLYPH = 0.55  # an average glyph's width per unit of font size, to keep labels apart
DATE = "j M Y"
LABEL_LIMIT = 14  # above this many marks, value labels would overlap: the table has them
# A chart draws at most this many marks and names at most this many claimants; past that,
# marks are gathered per claimant and day, week, month or year (``gather_points``).
MARK_LIMIT = 240
CLAIMANT_LIMIT = len(COLOURS)
PERIODS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class FigurePoint:
    """One mark: a figure as one claimant gave it in one source. Undated points are not drawn."""

    on: datetime.date | None
    claimant: str
    href: str
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    qualifier: str = ""
    source: str = ""
    rating: str = ""

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None

    @property
    def centre(self) -> float:
        if self.value is not None:
            return float(self.value)
        if self.is_range:
            return (float(self.low) + float(self.high)) / 2
        return float(self.low if self.low is not None else self.high)

    @property
    def top(self) -> float:
        return max(float(v) for v in (self.value, self.low, self.high) if v is not None)

    @property
    def direction(self) -> int:
        """+1 for a lower bound (more than…), -1 for an upper bound (less than…), 0 otherwise."""
        if self.value is None and not self.is_range:
            # Only one end of a range was given.
            return 1 if self.low is not None else -1
        if self.qualifier in UPWARD:
            return 1
        if self.qualifier in DOWNWARD:
            return -1
        return 0

    @property
    def is_approximate(self) -> bool:
        return self.qualifier in APPROXIMATE


def _period_start(day: datetime.date, period: str) -> datetime.date:
    if period == "week":
        return day - datetime.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "year":
        return day.replace(month=1, day=1)
    return day


def _gathered(group: list[FigurePoint], on: datetime.date, claimant: str) -> FigurePoint:
    """One mark for several figures: their range (or their value when they agree)."""
    if len(group) == 1:
        return replace(group[0], on=on, claimant=claimant)
    lowest = min(min(float(v) for v in (p.value, p.low, p.high) if v is not None) for p in group)
    highest = max(p.top for p in group)
    qualifiers = {p.qualifier for p in group}
    ratings = {p.rating for p in group}
    newest = max(group, key=lambda p: p.on)
    return FigurePoint(
        on=on,
        claimant=claimant,
        href=newest.href,
        value=Decimal(str(lowest)) if lowest == highest else None,
        low=Decimal(str(lowest)) if lowest != highest else None,
        high=Decimal(str(highest)) if lowest != highest else None,
        qualifier=qualifiers.pop() if len(qualifiers) == 1 and lowest == highest else "",
        source=ngettext("%(count)d figure", "%(count)d figures", len(group))
        % {"count": len(group)},
        rating=ratings.pop() if len(ratings) == 1 else "",
    )


def gather_points(
    points: list[FigurePoint], *, limit: int = MARK_LIMIT, claimants: int = CLAIMANT_LIMIT
) -> tuple[list[FigurePoint], str]:
    """At most ``limit`` marks and ``claimants`` claimants, whatever the number of figures.

    Few enough points come back as they are, with the period ``""``. Otherwise the
    claimants with the most figures keep their names (the others become "Other
    claimants") and each claimant's figures are gathered per day, week, month or
    year, the finest period that fits: a gathered mark spans its figures' lowest to
    highest value, is dated the period's first day and links to its newest figure.
    Returns the marks and the period used. Undated points are left out.
    """
    dated = [p for p in points if p.on is not None]
    figures = Counter(p.claimant for p in dated)
    if len(dated) <= limit and len(figures) <= claimants:
        return dated, ""
    ranked = sorted(figures, key=lambda name: (-figures[name], name))
    kept = set(ranked[: claimants - 1]) if len(figures) > claimants else set(figures)
    other = _("Other claimants")
    marks: list[FigurePoint] = []
    for period in PERIODS:
        groups: dict[tuple[datetime.date, str], list[FigurePoint]] = {}
        for p in dated:
            who = p.claimant if p.claimant in kept else other
            groups.setdefault((_period_start(p.on, period), who), []).append(p)
        if len(groups) <= limit or period == PERIODS[-1]:
            marks = [_gathered(group, on, who) for (on, who), group in groups.items()]
            break
    marks.sort(key=lambda p: (p.on, p.claimant))
    return marks, period


def format_number(value: Number) -> str:
    """A figure as readers write it: grouped digits, no trailing zeros."""
    value = Decimal(str(value))
    integral = value == value.to_integral_value()
    value = value.quantize(Decimal(1)) if integral else value.normalize()
    return number_format(value, use_l10n=True, force_grouping=True)


def describe_figure(point: FigurePoint) -> str:
    """The figure in words ("more than 1,000", "about 2,500", a range), for labels and tables."""
    if point.is_range:
        figure = _("%(low)s–%(high)s") % {
            "low": format_number(point.low),
            "high": format_number(point.high),
        }
    elif point.value is not None:
        figure = format_number(point.value)
    elif point.low is not None:
        return _("at least %(figure)s") % {"figure": format_number(point.low)}
    else:
        return _("at most %(figure)s") % {"figure": format_number(point.high)}
    templates = {
        "at_least": _("at least %(figure)s"),
        "more_than": _("more than %(figure)s"),
        "at_most": _("at most %(figure)s"),
        "less_than": _("less than %(figure)s"),
        "about": _("about %(figure)s"),
    }
    template = templates.get(point.qualifier)
    return template % {"figure": figure} if template else figure


def _nice_step(span: float, target_ticks: int = 5) -> float:
    raw = span / max(target_ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if raw <= multiple * magnitude:
            return multiple * magnitude
    return 10 * magnitude


def value_ticks(top: float) -> list[float]:
    """Round-numbered ticks from zero to just above ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    step = _nice_step(top)
    count = math.ceil(top / step - 1e-9)
    return [step * i for i in range(count + 1)]


def date_ticks(
    first: datetime.date, last: datetime.date, *, target: int = 5
) -> list[datetime.date]:
    """About ``target`` dates across the span: days, month starts or year starts."""
    span = (last - first).days
    if span <= 0:
        return [first]
    if span <= 62:
        step = max(1, math.ceil(span / target))
        return [first + datetime.timedelta(days=d) for d in range(0, span + 1, step)]
    if span <= 3 * 366:
        months = (last.year - first.year) * 12 + last.month - first.month
        step = max(1, math.ceil(months / target))
        ticks = []
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            tick = datetime.date(year, month, 1)
            if first <= tick <= last:
                ticks.append(tick)
            month += step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return ticks or [first]
    step = max(1, math.ceil((last.year - first.year) / target))
    return [
        datetime.date(year, 1, 1)
        for year in range(first.year + 1, last.year + 1, step)
        if first <= datetime.date(year, 1, 1) <= last
    ] or [first]


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _shape(shape: str, x: float, y: float, r: float, *, fill: str, stroke: str) -> str:
    paint = f'fill="{fill}" stroke="{stroke}" stroke-width="2"'
    if shape == "circle":
        return f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="{_fmt(r)}" {paint}/>'
    if shape == "square":
        s = r * 0.9
        return (
            f'<rect x="{_fmt(x - s)}" y="{_fmt(y - s)}" width="{_fmt(2 * s)}" '
            f'height="{_fmt(2 * s)}" {paint}/>'
        )
    if shape == "cross":
        s = r * 0.85
        return (
            f'<path d="M{_fmt(x - s)} {_fmt(y - s)}L{_fmt(x + s)} {_fmt(y + s)}'
            f'M{_fmt(x - s)} {_fmt(y + s)}L{_fmt(x + s)} {_fmt(y - s)}" '
            f'fill="none" stroke="{stroke}" stroke-width="3"/>'
        )
    if shape == "plus":
        s = r
        return (
            f'<path d="M{_fmt(x - s)} {_fmt(y)}H{_fmt(x + s)}M{_fmt(x)} {_fmt(y - s)}'
            f'V{_fmt(y + s)}" fill="none" stroke="{stroke}" stroke-width="3"/>'
        )
    corners = {
        "diamond": [(0, -1.25), (1.1, 0), (0, 1.25), (-1.1, 0)],
        "triangle": [(0, -1.2), (1.1, 0.8), (-1.1, 0.8)],
        "hexagon": [(math.cos(a), math.sin(a)) for a in (math.pi / 3 * i for i in range(6))],
        "star": [
            (
                (1.3 if i % 2 == 0 else 0.55) * math.sin(math.pi / 5 * i),
                -(1.3 if i % 2 == 0 else 0.55) * math.cos(math.pi / 5 * i),
            )
            for i in range(10)
        ],
    }[shape]
    points = " ".join(f"{_fmt(x + dx * r)},{_fmt(y + dy * r)}" for dx, dy in corners)
    return f'<polygon points="{points}" {paint}/>'


def _arrow(x: float, y: float, direction: int, colour: str, *, length: float = ARROW_LENGTH) -> str:
    """An arrow from the mark upward (a lower bound) or downward (an upper bound)."""
    start = y - direction * (MARK_RADIUS + 2)
    tip = y - direction * (MARK_RADIUS + length)
    head = tip + direction * 6
    return (
        f'<path d="M{_fmt(x)} {_fmt(start)}V{_fmt(tip)}'
        f'M{_fmt(x - 5)} {_fmt(head)}L{_fmt(x)} {_fmt(tip)}L{_fmt(x + 5)} {_fmt(head)}" '
        f'fill="none" stroke="{colour}" stroke-width="2" stroke-linecap="round" '
        f'stroke-linejoin="round"/>'
    )


def _arrow_anchor(point: FigurePoint, y: float, sy) -> float:
    """Where a bound's arrow starts: the mark, or the matching end of a range."""
    if not point.is_range:
        return y
    ends = (sy(point.low), sy(point.high))
    return min(ends) if point.direction > 0 else max(ends)


Box = tuple[float, float, float, float]


def _mark_box(point: FigurePoint, x: float, y: float, sy) -> Box:
    r = MARK_RADIUS + 2
    top, bottom = y - r, y + r
    if point.is_range:
        top = min(top, sy(point.high))
        bottom = max(bottom, sy(point.low))
    if point.direction:
        anchor = _arrow_anchor(point, y, sy)
        tip = anchor - point.direction * (MARK_RADIUS + ARROW_LENGTH)
        top, bottom = min(top, tip), max(bottom, tip)
    return (x - r, top, x + r, bottom)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _text_width(text: str, font_size: float) -> float:
    return len(text) * font_size * GLYPH


def _label_spot(text: str, x: float, y: float, taken: list[Box], bounds: Box, *, font_size: float):
    """The first free place for a value label: right of the mark, left, above, below.

    None when all are taken: the table under the chart has every figure anyway.
    """
    width = _text_width(text, font_size)
    gap = MARK_RADIUS + 5
    candidates = [
        (x + gap, y + 5, "start", (x + gap, y - 10, x + gap + width, y + 6)),
        (x - gap, y + 5, "end", (x - gap - width, y - 10, x - gap, y + 6)),
        (x, y - gap - 4, "middle", (x - width / 2, y - gap - 18, x + width / 2, y - gap - 1)),
        (x, y + gap + 14, "middle", (x - width / 2, y + gap, x + width / 2, y + gap + 17)),
    ]
    for tx, ty, anchor, box in candidates:
        inside = (
            box[0] >= bounds[0]
            and box[1] >= bounds[1]
            and box[2] <= bounds[2]
            and box[3] <= bounds[3]
        )
        if inside and not any(_overlaps(box, other) for other in taken):
            return tx, ty, anchor, box
    return None


def _safe_href(href: str) -> str:
    # Marks only ever link inside the site or to the web; anything else is dropped.
    if href.startswith(("https://", "http://")) or (
        href.startswith("/") and not href.startswith("//")
    ):
        return href
    return "#"


@dataclass(frozen=True)
class Style:
    colour: str
    shape: str


def claimant_styles(points: list[FigurePoint]) -> dict[str, Style]:
    """A stable colour and shape per claimant, in order of first appearance."""
    styles: dict[str, Style] = {}
    for point in sorted(points, key=lambda p: (p.on or datetime.date.max, p.claimant)):
        if point.claimant not in styles:
            n = len(styles)
            styles[point.claimant] = Style(COLOURS[n % len(COLOURS)], SHAPES[n % len(SHAPES)])
    return styles


def mark_label(point: FigurePoint, *, unit: str) -> str:
    parts = [
        _("%(claimant)s: %(figure)s %(unit)s as of %(date)s")
        % {
            "claimant": point.claimant,
            "figure": describe_figure(point),
            "unit": unit,
            "date": date_format(point.on, DATE),
        }
    ]
    if point.source:
        parts.append(_("source: %(source)s") % {"source": point.source})
    if point.rating:
        parts.append(_("rating: %(rating)s") % {"rating": point.rating})
    return "; ".join(parts)


def _legend_swatch(inner: str) -> str:
    return (
        '<svg class="chart-swatch" width="28" height="28" viewBox="-14 -14 28 28" '
        f'aria-hidden="true" focusable="false">{inner}</svg>'
    )


def claimant_swatches(points: list[FigurePoint]) -> dict[str, SafeString]:
    """Each claimant's marker as a small decorative SVG, to repeat it beside the data table."""
    return {
        name: mark_safe(
            _legend_swatch(_shape(s.shape, 0, 0, MARK_RADIUS, fill=s.colour, stroke=s.colour))
        )
        for name, s in claimant_styles(points).items()
    }


LEGEND_ARROW = (
    f'fill="none" stroke="{INK}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"'
)


def build_legend(points: list[FigurePoint], styles: dict[str, Style]) -> str:
    items = [
        f"<li>{_legend_swatch(_shape(s.shape, 0, 0, MARK_RADIUS, fill=s.colour, stroke=s.colour))}"
        f" {escape(name)}</li>"
        for name, s in styles.items()
    ]
    key = []
    if any(p.is_range for p in points):
        key.append(
            (
                f'<path d="M0 -11V11M-5 -11H5M-5 11H5" stroke="{INK}" stroke-width="2" '
                'fill="none"/>',
                _("a bar: a range from its lowest to its highest figure"),
            )
        )
    if any(p.direction > 0 for p in points):
        key.append(
            (
                f'<path d="M0 8V-11M-5 -5L0 -11L5 -5" {LEGEND_ARROW}/>'
                + _shape("circle", 0, 8, 3.5, fill=INK, stroke=INK),
                _("arrow up: “at least” or “more than” the figure"),
            )
        )
    if any(p.direction < 0 for p in points):
        key.append(
            (
                f'<path d="M0 -8V11M-5 5L0 11L5 5" {LEGEND_ARROW}/>'
                + _shape("circle", 0, -8, 3.5, fill=INK, stroke=INK),
                _("arrow down: “at most” or “less than” the figure"),
            )
        )
    if any(p.is_approximate for p in points):
        key.append(
            (
                _shape("circle", 0, 0, MARK_RADIUS, fill="#ffffff", stroke=INK),
                _("open marker: an approximate figure (“about”)"),
            )
        )
    items += [f"<li>{_legend_swatch(svg)} {escape(text)}</li>" for svg, text in key]
    label = escape(_("Chart legend"))
    return f'<ul class="chart-legend" aria-label="{label}">' + "".join(items) + "</ul>"


@dataclass(frozen=True)
class Layout:
    """Margins, type sizes and tick density for one canvas size."""

    width: int
    height: int
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    font_size: float  # axis text
    label_size: float  # value labels beside the marks
    date_ticks: int

    @classmethod
    def for_canvas(cls, width: int, height: int) -> Layout:
        if width < COMPACT_BELOW:
            # Shown about as wide as it is drawn, so 13 stays above 11 px on a 360 px phone.
            return cls(width, height, 48, 14, 36, 40, 13, 13, 3)
        return cls(width, height, 64, 24, 40, 44, 15, 14, 5)


def _truncate(text: str, room: float, font_size: float) -> str:
    fits = int(room / (font_size * GLYPH))
    return text if len(text) <= fits else text[: max(fits - 1, 1)].rstrip() + "…"


def render_svg(
    points: list[FigurePoint],
    *,
    title: str,
    unit: str,
    chart_id: str = "figure-chart",
    width: int = WIDTH,
    height: int = HEIGHT,
    css_class: str = "figure-chart-svg",
) -> str:
    """One drawing of the chart for a canvas of ``width`` × ``height`` (its viewBox).

    Every id inside derives from ``chart_id``, so several drawings can share a page.
    Expects dated points only; returns plain markup whose text is all escaped.
    """
    layout = Layout.for_canvas(width, height)
    styles = claimant_styles(points)
    first = min(p.on for p in points)
    last = max(p.on for p in points)
    pad = max(1, round((last - first).days * 0.04))
    # In day numbers, kept inside the calendar: a mark dated 0001-01-01 or 9999-12-31 (a
    # typo, an old row) leaves no room for padding beyond it, and still gets drawn.
    x_first = max(first.toordinal() - pad, datetime.date.min.toordinal())
    x_last = min(last.toordinal() + pad, datetime.date.max.toordinal())
    # Headroom above the highest mark for its arrow and label.
    y_ticks = value_ticks(max(p.top for p in points) * 1.1)
    y_top = y_ticks[-1] or 1.0
    y_labels = [format_number(Decimal(str(round(tick, 6)))) for tick in y_ticks]
    # Room for the longest value on the axis, so big numbers are not cut at the left edge.
    longest = max(_text_width(label, layout.font_size) for label in y_labels)
    margin_left = max(layout.margin_left, math.ceil(longest + 12))
    right = width - layout.margin_right
    top, bottom = layout.margin_top, height - layout.margin_bottom

    plot_w = right - margin_left
    plot_h = bottom - top
    span_days = max(x_last - x_first, 1)

    def sx(d: datetime.date) -> float:
        return margin_left + plot_w * (d.toordinal() - x_first) / span_days

    def sy(v: float) -> float:
        return top + plot_h * (1 - float(v) / y_top)

    title_id = f"{chart_id}-title"
    desc_id = f"{chart_id}-desc"
    description = _(
        "%(count)s figures for %(unit)s from %(first)s to %(last)s, one mark per source "
        "and claimant. The table below gives the same data."
    ) % {
        "count": len(points),
        "unit": unit,
        "first": date_format(first, DATE),
        "last": date_format(last, DATE),
    }
    out = [
        f'<svg id="{escape(chart_id)}" class="{escape(css_class)}" '
        f'viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMidYMid meet" role="group" '
        f'aria-labelledby="{escape(title_id)}" aria-describedby="{escape(desc_id)}" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" '
        f'font-size="{_fmt(layout.font_size)}" fill="{INK}">',
        f'<title id="{escape(title_id)}">{escape(title)}</title>',
        f'<desc id="{escape(desc_id)}">{escape(description)}</desc>',
        '<g class="chart-axes" aria-hidden="true">',
    ]
    for tick, label in zip(y_ticks, y_labels, strict=True):
        y = sy(tick)
        out.append(
            f'<line x1="{margin_left}" x2="{right}" y1="{_fmt(y)}" y2="{_fmt(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
            f'<text x="{margin_left - 8}" y="{_fmt(y + 4)}" text-anchor="end" fill="{MUTED}">'
            f"{escape(label)}</text>"
        )
    baseline = sy(0)
    out.append(
        f'<line x1="{margin_left}" x2="{right}" y1="{_fmt(baseline)}" '
        f'y2="{_fmt(baseline)}" stroke="{INK}" stroke-width="1"/>'
    )
    tick_format = "M Y" if (last - first).days > 62 else DATE
    # As many date labels as fit side by side with a space of one em between them.
    room = _text_width(date_format(last, tick_format), layout.font_size) + layout.font_size
    target = max(1, min(layout.date_ticks, int(0.9 * plot_w / room)))
    label_end = -math.inf
    for tick in date_ticks(first, last, target=target):
        x = sx(tick)
        label = date_format(tick, tick_format)
        half = _text_width(label, layout.font_size) / 2
        # Kept inside the canvas, and left out rather than drawn over its neighbour.
        tx = min(max(x, half + 2), width - half - 2)
        out.append(
            f'<line x1="{_fmt(x)}" x2="{_fmt(x)}" y1="{_fmt(baseline)}" y2="{_fmt(baseline + 5)}" '
            f'stroke="{INK}" stroke-width="1"/>'
        )
        if tx - half >= label_end + layout.font_size / 2:
            label_end = tx + half
            out.append(
                f'<text x="{_fmt(tx)}" y="{_fmt(baseline + 20)}" text-anchor="middle" '
                f'fill="{MUTED}">{escape(label)}</text>'
            )
    unit_text = _truncate(unit, width - margin_left - 4, layout.font_size)
    out.append(
        f'<text x="{margin_left}" y="{top - 12}" fill="{MUTED}">{escape(unit_text)}</text></g>'
    )

    placed = []
    ordered = sorted(points, key=lambda p: (p.on, p.claimant, p.source))
    for _on, same_day in groupby(ordered, key=lambda p: p.on):
        group = list(same_day)
        for i, point in enumerate(group):
            x = sx(point.on) + (i - (len(group) - 1) / 2) * DODGE
            placed.append((point, x, sy(point.centre)))
    # Marks and their arrows are obstacles for the value labels.
    taken = [_mark_box(point, x, y, sy) for point, x, y in placed]
    # Value labels stay off the value axis and inside the canvas.
    bounds = (margin_left, top - 20, width - 2, bottom + 2)

    out.append('<g class="chart-marks">')
    for point, x, y in placed:
        style = styles[point.claimant]
        label = mark_label(point, unit=unit)
        parts = [
            f'<a class="chart-mark" href="{escape(_safe_href(point.href))}" '
            f'aria-label="{escape(label)}">',
            f"<title>{escape(label)}</title>",
        ]
        if point.is_range:
            y_low, y_high = sy(point.low), sy(point.high)
            parts.append(
                f'<path d="M{_fmt(x)} {_fmt(y_low)}V{_fmt(y_high)}'
                f"M{_fmt(x - 5)} {_fmt(y_low)}H{_fmt(x + 5)}"
                f'M{_fmt(x - 5)} {_fmt(y_high)}H{_fmt(x + 5)}" '
                f'stroke="{style.colour}" stroke-width="2.5" fill="none"/>'
            )
        if point.direction:
            parts.append(_arrow(x, _arrow_anchor(point, y, sy), point.direction, style.colour))
        fill = "#ffffff" if point.is_approximate else style.colour
        parts.append(_shape(style.shape, x, y, MARK_RADIUS, fill=fill, stroke=style.colour))
        # A generous invisible target, so small marks are easy to hover, tap and click.
        parts.append(
            f'<circle class="chart-hit" cx="{_fmt(x)}" cy="{_fmt(y)}" r="12" fill="#ffffff" '
            'fill-opacity="0"/>'
        )
        if len(points) <= LABEL_LIMIT:
            text = describe_figure(point)
            spot = _label_spot(text, x, y, taken, bounds, font_size=layout.label_size)
            if spot:
                tx, ty, anchor, box = spot
                taken.append(box)
                parts.append(
                    f'<text x="{_fmt(tx)}" y="{_fmt(ty)}" text-anchor="{anchor}" '
                    f'font-size="{_fmt(layout.label_size)}" fill="{INK}" aria-hidden="true">'
                    f"{escape(text)}</text>"
                )
        parts.append("</a>")
        out.append("".join(parts))
    out.append("</g></svg>")
    return "".join(out)


def build_chart(
    points: list[FigurePoint],
    *,
    title: str,
    unit: str,
    chart_id: str = "figure-chart",
    width: int = WIDTH,
    height: int = HEIGHT,
    compact: bool = False,
) -> SafeString:
    """The chart and its legend as one safe block of HTML, or an empty string for no points.

    Marks are placed by date (x) and figure (y, from zero); marks sharing a date are
    spread sideways so none hides another. With ``compact``, a second drawing sized for
    phones follows the first (ids suffixed ``-compact``); the stylesheet shows exactly one
    of the two, so a screen reader meets the chart once.
    """
    points = [p for p in points if p.on is not None]
    if not points:
        return mark_safe("")
    common = {"title": title, "unit": unit}
    if compact:
        svg = render_svg(
            points,
            chart_id=chart_id,
            width=width,
            height=height,
            css_class="figure-chart-svg figure-chart-svg--wide",
            **common,
        ) + render_svg(
            points,
            chart_id=f"{chart_id}-compact",
            width=COMPACT_WIDTH,
            height=COMPACT_HEIGHT,
            css_class="figure-chart-svg figure-chart-svg--compact",
            **common,
        )
    else:
        svg = render_svg(points, chart_id=chart_id, width=width, height=height, **common)
    legend = build_legend(points, claimant_styles(points))
    # Every text above went through escape(); the markup itself is ours.
    return mark_safe(
        f'<div class="figure-chart" role="region" tabindex="0" '
        f'aria-label="{escape(title)}">{svg}</div>{legend}'
    )
