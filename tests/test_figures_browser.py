"""The tracked-figure chart in a real browser: whole on a phone, drawn once on any screen.

Screenshots land in ``test-artifacts/`` (``figure-phone.png``, ``figure-desktop.png``, and
the chart alone beside each) for a person to look at.
"""

import datetime
from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Qualifier
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
D = datetime.date


def figure_url() -> str:
    """A figure reported for three months by four claimants, with a range, bounds, an estimate."""
    figure = factories.TrackedFigureFactory(
        name="Civilian bodies exhumed in Kharkiv region", unit="civilian bodies"
    )
    prosecutor = factories.ClaimantFactory(name="Prosecutor General")
    governor = factories.ClaimantFactory(name="Kharkiv Governor")
    police = factories.ClaimantFactory(name="National Police")
    un = factories.ClaimantFactory(name="UN monitoring mission")
    figures = [
        (
            prosecutor,
            D(2022, 9, 16),
            {"figure_value": 440, "figure_qualifier": Qualifier.MORE_THAN},
        ),
        (governor, D(2022, 9, 23), {"figure_low": 440, "figure_high": 450}),
        (police, D(2022, 9, 23), {"figure_value": 447}),
        (governor, D(2022, 10, 7), {"figure_value": 534, "figure_qualifier": Qualifier.ABOUT}),
        (un, D(2022, 11, 10), {"figure_value": 600, "figure_qualifier": Qualifier.AT_MOST}),
        (
            prosecutor,
            D(2022, 12, 20),
            {"figure_value": 1000, "figure_qualifier": Qualifier.MORE_THAN},
        ),
    ]
    for claimant, on, fields in figures:
        factories.ClaimFactory(
            tracked_figure=figure,
            claimant=claimant,
            published=True,
            figure_unit="civilian bodies",
            figure_as_of=on,
            **fields,
        )
    return figure.get_absolute_url()


def open_figure(page, live_server, viewport: dict, screenshot: str) -> None:
    url = figure_url()
    page.set_viewport_size(viewport)
    page.goto(live_server.url + url)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / screenshot), full_page=True)
    page.locator(".figure-chart").screenshot(
        path=str(ARTIFACTS / screenshot.replace(".png", "-chart.png"))
    )


def visible_charts(page) -> list[str]:
    return page.eval_on_selector_all(
        ".figure-chart-svg",
        "svgs => svgs.filter(svg => svg.getClientRects().length).map(svg => svg.id)",
    )


def test_phone_page_does_not_scroll_sideways(live_server, page):
    open_figure(page, live_server, PHONE, "figure-phone.png")

    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_phone_shows_the_whole_compact_chart(live_server, page):
    open_figure(page, live_server, PHONE, "figure-phone.png")

    assert visible_charts(page) == ["figure-chart-compact"]
    chart = page.locator("#figure-chart-compact").bounding_box()
    assert chart["x"] >= 0
    assert chart["x"] + chart["width"] <= PHONE["width"]


def test_every_mark_is_inside_the_visible_chart_on_a_phone(live_server, page):
    open_figure(page, live_server, PHONE, "figure-phone.png")
    chart = page.locator("#figure-chart-compact").bounding_box()

    marks = page.locator(".chart-mark").filter(visible=True)
    boxes = [marks.nth(n).bounding_box() for n in range(marks.count())]

    assert len(boxes) == 6
    outside = [
        box
        for box in boxes
        if box["x"] < chart["x"]
        or box["y"] < chart["y"]
        or box["x"] + box["width"] > chart["x"] + chart["width"]
        or box["y"] + box["height"] > chart["y"] + chart["height"]
    ]
    assert outside == []


def test_phone_chart_text_is_at_least_11px(live_server, page):
    open_figure(page, live_server, PHONE, "figure-phone.png")

    sizes = page.evaluate(
        """() => {
          const svg = document.getElementById('figure-chart-compact');
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map(
            text => parseFloat(getComputedStyle(text).fontSize) * scale);
        }"""
    )

    assert sizes
    assert min(sizes) >= 11


def test_desktop_shows_the_wide_chart_only(live_server, page):
    open_figure(page, live_server, DESKTOP, "figure-desktop.png")

    assert visible_charts(page) == ["figure-chart"]
    assert page.locator(".chart-mark").filter(visible=True).count() == 6
