"""The tracked-figure chart builder: pure, escaped, readable without colour."""

import datetime
from decimal import Decimal
from html.parser import HTMLParser

from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.charts import (
    FigurePoint,
    build_chart,
    claimant_styles,
    claimant_swatches,
    date_ticks,
    describe_figure,
    format_number,
    value_ticks,
)

D = datetime.date


def point(**overrides) -> FigurePoint:
    fields = {
        "on": D(2022, 10, 28),
        "claimant": "Prosecutor General",
        "href": "/claims/bodies/",
        "value": Decimal("1000"),
        "qualifier": "exact",
        "source": "Exhumations in Izium",
        "rating": "True",
    }
    return FigurePoint(**{**fields, **overrides})


class Tags(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def named(self, name):
        return [attrs for tag, attrs in self.tags if tag == name]


def test_no_points_gives_no_chart():
    assert build_chart([], title="Bodies", unit="bodies") == ""


def test_undated_points_are_left_out_of_the_chart():
    html = build_chart([point(), point(on=None, href="/claims/undated/")], title="x", unit="y")

    assert [a["href"] for a in Tags(html).named("a")] == ["/claims/bodies/"]


def test_only_undated_points_give_no_chart():
    assert build_chart([point(on=None)], title="x", unit="y") == ""


def test_every_mark_links_to_its_verdict_page():
    html = build_chart(
        [point(href="/claims/a/"), point(href="/claims/b/", claimant="Governor")],
        title="Bodies",
        unit="bodies",
    )

    hrefs = [a["href"] for a in Tags(html).named("a")]

    assert hrefs == ["/claims/b/", "/claims/a/"]


def test_each_mark_has_an_accessible_name_with_claimant_figure_source_and_rating():
    html = build_chart([point(qualifier="more_than")], title="Bodies", unit="bodies")

    (mark,) = Tags(html).named("a")

    assert mark["aria-label"] == (
        "Prosecutor General: more than 1,000 bodies as of 28 Oct 2022; "
        "source: Exhumations in Izium; rating: True"
    )


def test_each_mark_has_a_tooltip_title():
    html = build_chart([point()], title="Bodies", unit="bodies")

    assert "<title>Prosecutor General: 1,000 bodies as of 28 Oct 2022;" in html


def test_svg_is_responsive_and_labelled():
    html = build_chart([point()], title="Civilian bodies exhumed", unit="bodies")

    (svg,) = Tags(html).named("svg")[:1]

    assert svg["viewbox"].startswith("0 0 ")
    assert svg["width"] == "100%"
    assert svg["aria-labelledby"] == "figure-chart-title"
    assert '<title id="figure-chart-title">Civilian bodies exhumed</title>' in html


def test_no_inline_style_or_script_anywhere():
    html = build_chart(
        [point(), point(claimant="B", low=1, high=5, value=None, qualifier="about")],
        title="x",
        unit="y",
    )

    tags = Tags(html).tags

    assert not [tag for tag, attrs in tags if "style" in attrs or tag in {"style", "script"}]


def test_claimants_get_different_shapes_so_colour_is_not_needed():
    points = [point(claimant=f"Claimant {n}", on=D(2022, 10, n + 1)) for n in range(8)]

    shapes = {style.shape for style in claimant_styles(points).values()}

    assert len(shapes) == 8


def test_swatches_repeat_each_claimants_marker_for_the_table():
    points = [point(claimant="A"), point(claimant="B", on=D(2022, 11, 1))]

    swatches = claimant_swatches(points)

    assert "<circle" in swatches["A"]
    assert "<rect" in swatches["B"]
    assert 'aria-hidden="true"' in swatches["A"]


def test_legend_names_every_claimant_and_explains_qualifiers():
    html = build_chart(
        [
            point(claimant="Governor", qualifier="more_than"),
            point(claimant="Police", qualifier="at_most"),
            point(claimant="UN", qualifier="about"),
            point(claimant="Mayor", value=None, low=10, high=20),
        ],
        title="x",
        unit="y",
    )

    legend = html[html.index('class="chart-legend"') :]

    for name in ("Governor", "Police", "UN", "Mayor"):
        assert f"</svg> {name}</li>" in legend
    assert "a range from its lowest to its highest figure" in legend
    assert "arrow up: “at least” or “more than”" in legend
    assert "arrow down: “at most” or “less than”" in legend
    assert "open marker: an approximate figure" in legend


def test_legend_omits_keys_for_qualifiers_not_shown():
    html = build_chart([point()], title="x", unit="y")

    assert "arrow up" not in html
    assert "open marker" not in html


def test_range_is_drawn_as_a_bar_between_low_and_high():
    html = build_chart([point(value=None, low=400, high=600)], title="x", unit="y")

    (mark,) = Tags(html).named("a")

    assert "400\u2013600" in mark["aria-label"]
    assert Tags(html).named("path")


def test_approximate_figure_has_an_open_marker():
    html = build_chart([point(qualifier="about")], title="x", unit="y")

    marks_svg = html[html.index('class="chart-marks"') :]

    assert 'fill="#ffffff" stroke="#0b5394"' in marks_svg


def test_lower_bound_gets_an_arrow():
    plain = build_chart([point()], title="x", unit="y")
    bound = build_chart([point(qualifier="at_least")], title="x", unit="y")

    assert bound.count("<path") == plain.count("<path") + 2  # arrow on the mark and in the legend


def test_text_is_escaped_everywhere():
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    html = build_chart(
        [point(claimant=evil, source=evil, rating=evil)], title=evil, unit=evil, chart_id="c"
    )

    tags = Tags(html).tags

    assert not [tag for tag, _ in tags if tag in {"script", "img"}]
    assert not [attrs for _, attrs in tags if any(name.startswith("on") for name in attrs)]
    assert "&lt;script&gt;" in html


def test_javascript_links_are_dropped():
    html = build_chart([point(href="javascript:alert(1)")], title="x", unit="y")

    (mark,) = Tags(html).named("a")

    assert mark["href"] == "#"


def test_protocol_relative_links_are_dropped():
    html = build_chart([point(href="//evil.example/")], title="x", unit="y")

    assert Tags(html).named("a")[0]["href"] == "#"


def test_marks_on_the_same_date_do_not_sit_on_top_of_each_other():
    html = build_chart([point(claimant="A"), point(claimant="B")], title="x", unit="y")

    xs = {attrs["cx"] for attrs in Tags(html).named("circle") if attrs.get("class") == "chart-hit"}

    assert len(xs) == 2


def test_single_date_still_draws():
    html = build_chart([point()], title="x", unit="y")

    assert "28 Oct 2022" in "".join(Tags(html).text)


def test_describe_figure_words():
    assert describe_figure(point(qualifier="more_than")) == "more than 1,000"
    assert describe_figure(point(qualifier="about", value=Decimal("2.5000"))) == "about 2.5"
    assert describe_figure(point(value=None, low=400, high=600)) == "400\u2013600"
    assert describe_figure(point(value=None, low=400, high=None)) == "at least 400"
    assert describe_figure(point(value=None, low=None, high=600)) == "at most 600"


def test_numbers_follow_the_active_language():
    with translation.override("uk"):
        assert format_number(Decimal("1234567.0000")) == "1\xa0234\xa0567"


def test_value_ticks_are_round_and_cover_the_top():
    assert value_ticks(1130) == [0, 250, 500, 750, 1000, 1250]
    assert value_ticks(0) == [0.0, 1.0]


def test_date_ticks_use_month_starts_for_long_spans():
    ticks = date_ticks(D(2022, 3, 10), D(2022, 12, 20))

    assert all(tick.day == 1 for tick in ticks)
    assert D(2022, 3, 10) < ticks[0]
    assert ticks[-1] <= D(2022, 12, 20)


def test_date_ticks_use_days_for_short_spans():
    assert date_ticks(D(2022, 10, 1), D(2022, 10, 11)) == [
        D(2022, 10, 1),
        D(2022, 10, 3),
        D(2022, 10, 5),
        D(2022, 10, 7),
        D(2022, 10, 9),
        D(2022, 10, 11),
    ]


def test_date_ticks_use_years_for_very_long_spans():
    assert date_ticks(D(2014, 2, 1), D(2024, 6, 1)) == [
        D(2015, 1, 1),
        D(2017, 1, 1),
        D(2019, 1, 1),
        D(2021, 1, 1),
        D(2023, 1, 1),
    ]


def several_points() -> list[FigurePoint]:
    return [
        point(on=D(2022, 9, 16), claimant="Governor", href="/claims/a/", qualifier="more_than"),
        point(on=D(2022, 10, 1), claimant="Police", href="/claims/b/", value=None, low=4, high=9),
        point(on=D(2022, 10, 28), href="/claims/c/", qualifier="about"),
        point(on=D(2022, 12, 20), claimant="UN", href="/claims/d/", value=Decimal("1130")),
    ]


def svgs(html: str) -> list[str]:
    return [chunk.split("</svg>")[0] for chunk in html.split('<svg id="')[1:]]


def test_without_compact_there_is_one_drawing():
    html = build_chart(several_points(), title="x", unit="y")

    assert len(svgs(html)) == 1
    assert "figure-chart-svg--compact" not in html


def test_compact_drawing_has_the_smaller_view_box():
    html = build_chart(several_points(), title="x", unit="y", compact=True)

    wide, compact = (svg for svg in Tags(html).named("svg") if "viewbox" in svg and svg.get("id"))

    assert wide["viewbox"] == "0 0 640 330"
    assert compact["viewbox"] == "0 0 360 300"
    assert "figure-chart-svg--compact" in compact["class"]


def test_compact_drawing_has_every_mark_and_link_of_the_wide_one():
    wide_svg, compact_svg = svgs(build_chart(several_points(), title="x", unit="y", compact=True))

    def marks(svg):
        return [(a["href"], a["aria-label"]) for a in Tags(svg).named("a")]

    assert len(marks(wide_svg)) == 4
    assert marks(compact_svg) == marks(wide_svg)


def test_ids_are_unique_across_both_drawings():
    html = build_chart(several_points(), title="x", unit="y", compact=True)

    ids = [attrs["id"] for _, attrs in Tags(html).tags if "id" in attrs]

    assert len(ids) == len(set(ids)) == 6
    assert "figure-chart-compact-title" in ids


def test_compact_text_is_at_least_11px_when_shown_360px_wide():
    (_, compact_svg) = svgs(build_chart(several_points(), title="x", unit="y", compact=True))

    sizes = [
        float(attrs["font-size"]) for _, attrs in Tags(compact_svg).tags if "font-size" in attrs
    ]

    assert sizes
    assert min(sizes) >= 11


def test_compact_drawing_has_fewer_date_labels():
    points = [point(on=D(2022, 2, 24)), point(on=D(2023, 6, 1), href="/claims/last/")]
    wide_svg, compact_svg = svgs(build_chart(points, title="x", unit="y", compact=True))

    def date_labels(svg):
        return [text for text in Tags(svg).text if text.endswith(("2022", "2023"))]

    assert 2 <= len(date_labels(compact_svg)) < len(date_labels(wide_svg))


def test_date_labels_stay_inside_the_canvas():
    points = [point(on=D(2022, 10, 1)), point(on=D(2022, 10, 9), href="/claims/last/")]
    (_, compact_svg) = svgs(build_chart(points, title="x", unit="y", compact=True))

    xs = [
        float(attrs["x"])
        for tag, attrs in Tags(compact_svg).tags
        if tag == "text" and attrs.get("text-anchor") == "middle" and "font-size" not in attrs
    ]

    # "9 Oct 2022" at 13px is about 72 px wide: its middle stays 36 px from either edge.
    assert xs
    assert all(36 <= x <= 360 - 36 for x in xs)


def test_big_values_widen_the_left_margin_instead_of_being_cut():
    html = build_chart([point(value=Decimal("12345678"))], title="x", unit="y")

    (axis_line, *_) = Tags(html).named("line")

    # "15,000,000" at 15px is about 83 px wide, right-aligned 8 px left of the axis.
    assert float(axis_line["x1"]) >= 83 + 8


def test_long_unit_is_shortened_on_the_compact_drawing():
    unit = "civilian bodies exhumed from mass graves in the Kharkiv region since September"
    html = build_chart([point()], title="x", unit=unit, compact=True)
    (_, compact_svg) = svgs(html)

    axis_texts = Tags(compact_svg.split('class="chart-marks"')[0].split("</desc>")[1]).text

    assert unit not in axis_texts
    assert [text for text in axis_texts if text.startswith("civilian bodies exhumed")]
    assert unit in Tags(compact_svg).named("a")[0]["aria-label"]


# --- any stored figure ---------------------------------------------------------------------


def test_marks_dated_at_the_ends_of_the_calendar_are_drawn_beside_todays():
    # A typo (0024 for 2024) or an old row must not cost readers the chart (OverflowError).
    points = [point(on=D.min), point(on=D(2024, 3, 1)), point(on=D.max, claimant="Ministry")]

    svg = build_chart(points, title="Bodies exhumed", unit="bodies")

    assert svg.count('class="chart-mark"') == 3


figures = st.one_of(
    st.none(),
    st.decimals(
        min_value=Decimal("-99999999999999"),
        max_value=Decimal("99999999999999"),
        places=4,
        allow_nan=False,
        allow_infinity=False,
    ),
)
stored_points = st.builds(
    FigurePoint,
    on=st.dates(),
    claimant=st.text(max_size=20),
    href=st.text(max_size=20),
    value=figures,
    low=figures,
    high=figures,
    qualifier=st.sampled_from(
        ["", "exact", "at_least", "more_than", "at_most", "less_than", "about"]
    ),
    source=st.text(max_size=20),
    rating=st.text(max_size=10),
).filter(lambda p: p.value is not None or p.low is not None or p.high is not None)


@settings(deadline=None, max_examples=150)
@given(points=st.lists(stored_points, min_size=1, max_size=6))
def test_any_stored_figures_make_a_chart_with_one_mark_each(points):
    svg = build_chart(points, title="Any figure", unit="units", compact=True)

    assert svg.count('class="chart-mark"') == 2 * len(points)
