"""Markup that HTML validators accept (the whole site is checked by .ci/html-check;
these pin the mistakes it found, so they fail here first)."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from articles.models import Rating
from tests import factories

pytestmark = pytest.mark.django_db

# A valid HTML date or global date-and-time string: at most three digits of a second.
HTML_DATETIME = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:?\d\d))?")


class Attributes(HTMLParser):
    """Every start tag with its attributes, in document order."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def datetimes(html: str) -> list[str]:
    return [attrs["datetime"] for tag, attrs in Attributes(html).tags if tag == "time"]


def test_verdict_times_on_the_home_page_are_valid_html_datetimes(client):
    factories.ClaimFactory(published=True)

    values = datetimes(client.get(reverse("articles:home")).content.decode())

    assert values
    assert all(HTML_DATETIME.fullmatch(value) for value in values), values


def test_verdict_correction_and_timeline_times_on_a_verdict_page_are_valid(client):
    correction = factories.CorrectionFactory()
    claim = correction.verdict.claim
    claim.status = "published"
    claim.save()
    factories.StatusChangeFactory(claim=claim, to_status="published")

    values = datetimes(client.get(claim.get_absolute_url()).content.decode())

    # Published, corrected, the rating history and the timeline.
    assert len(values) >= 4
    assert all(HTML_DATETIME.fullmatch(value) for value in values), values


def test_figure_table_keeps_native_table_semantics_without_aria_roles(client):
    figure = factories.TrackedFigureFactory()
    factories.ClaimFactory(published=True, figure=True, tracked_figure=figure)

    html = client.get(figure.get_absolute_url()).content.decode()
    tags = Attributes(html).tags

    table_tags = {"table", "thead", "tbody", "tr", "th", "td"}
    assert any(tag == "td" for tag, _ in tags)
    roles = [(tag, attrs["role"]) for tag, attrs in tags if tag in table_tags and "role" in attrs]
    assert roles == []


def test_rating_swatch_in_the_admin_is_a_well_formed_data_url(reviewer_client):
    rating = Rating.objects.get(slug="true")

    html = reviewer_client.get(
        reverse("admin:articles_rating_change", args=[rating.pk])
    ).content.decode()
    sources = [
        attrs["src"]
        for tag, attrs in Attributes(html).tags
        if tag == "img" and "fc-swatch" in attrs.get("class", "")
    ]

    assert sources
    assert all(src.startswith("data:image/svg+xml,") for src in sources)
    assert not any(char in src for src in sources for char in "<> ")
