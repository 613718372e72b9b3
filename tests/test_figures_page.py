"""Tracked figures: the public chart page and the index of figures."""

import datetime
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from articles.models import ClaimStatus, Qualifier
from tests import factories

D = datetime.date

pytestmark = pytest.mark.django_db


class Page(HTMLParser):
    """The marks of the chart and the rows of the table, as a reader's browser sees them.

    ``marks`` are those of the wide drawing, ``compact_marks`` those of the phone one.
    """

    def __init__(self, html: str):
        super().__init__()
        self.marks: list[dict] = []
        self.compact_marks: list[dict] = []
        self.ids: list[str] = []
        self.rows: list[list[str]] = []
        self._in_marks = False
        self._compact = False
        self._in_body = False
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "svg" and "figure-chart-svg" in attrs.get("class", ""):
            self._compact = "figure-chart-svg--compact" in attrs["class"]
        elif tag == "g" and attrs.get("class") == "chart-marks":
            self._in_marks = True
        elif tag == "a" and self._in_marks:
            (self.compact_marks if self._compact else self.marks).append(attrs)
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows.append([])
        elif tag == "td" and self._in_body:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_marks = False
        elif tag == "tbody":
            self._in_body = False
        elif tag == "td" and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def figure_claim(figure, *, claimant, article=None, published=True, **fields):
    claim = factories.ClaimFactory(
        tracked_figure=figure,
        claimant=claimant,
        published=published,
        figure_unit="civilian bodies",
        **fields,
    )
    if article:
        factories.AppearanceFactory(claim=claim, article=article)
    return claim


@pytest.fixture
def figure():
    return factories.TrackedFigureFactory(name="Civilian bodies exhumed in Kharkiv region")


@pytest.fixture
def prosecutor():
    return factories.ClaimantFactory(name="Prosecutor General")


@pytest.fixture
def governor():
    return factories.ClaimantFactory(name="Kharkiv Governor")


def get(client, figure):
    return client.get(reverse("articles:figure-detail", kwargs={"slug": figure.slug}))


def test_figure_page_charts_every_public_figure_claim(client, figure, prosecutor, governor):
    first = figure_claim(figure, claimant=prosecutor, figure_value=440, figure_as_of=D(2022, 9, 16))
    second = figure_claim(
        figure, claimant=governor, figure_value=534, figure_as_of=D(2022, 11, 10), published=False
    )

    response = get(client, figure)

    assert response.status_code == 200
    hrefs = [mark["href"] for mark in Page(response.content.decode()).marks]
    assert hrefs == [first.get_absolute_url(), second.get_absolute_url()]


def test_phone_drawing_has_the_same_marks_as_the_wide_one(client, figure, prosecutor, governor):
    figure_claim(figure, claimant=prosecutor, figure_value=440, figure_as_of=D(2022, 9, 16))
    figure_claim(figure, claimant=governor, figure_value=534, figure_as_of=D(2022, 11, 10))

    page = Page(get(client, figure).content.decode())

    assert len(page.marks) == 2
    assert page.compact_marks == page.marks


def test_ids_are_unique_across_the_figure_page(client, figure, prosecutor, governor):
    figure_claim(figure, claimant=prosecutor, figure_value=440, figure_as_of=D(2022, 9, 16))
    figure_claim(figure, claimant=governor, figure_value=534, figure_as_of=D(2022, 11, 10))

    ids = Page(get(client, figure).content.decode()).ids

    assert "figure-chart-compact" in ids
    assert len(ids) == len(set(ids))


def test_figure_page_leaves_out_suggested_and_dismissed_claims(client, figure, prosecutor):
    figure_claim(figure, claimant=prosecutor, figure_value=440, figure_as_of=D(2022, 9, 16))
    for status in (ClaimStatus.SUGGESTED, ClaimStatus.DISMISSED):
        figure_claim(
            figure,
            claimant=prosecutor,
            published=False,
            status=status,
            figure_value=9999,
            text=f"Secret {status}",
        )

    html = get(client, figure).content.decode()

    assert len(Page(html).marks) == 1
    assert "9,999" not in html
    assert "Secret" not in html


def test_figure_without_public_claims_is_not_found(client, figure, prosecutor):
    figure_claim(figure, claimant=prosecutor, published=False, status=ClaimStatus.SUGGESTED)

    assert get(client, figure).status_code == 404


def test_one_mark_per_source_article(client, figure, prosecutor):
    claim = figure_claim(figure, claimant=prosecutor, figure_value=440, figure_as_of=D(2022, 9, 16))
    for title in ("Reuters report", "AP report"):
        factories.AppearanceFactory(claim=claim, article=factories.ArticleFactory(title=title))

    page = Page(get(client, figure).content.decode())

    labels = [mark["aria-label"] for mark in page.marks]
    assert len(labels) == 2
    assert any("source: Reuters report" in label for label in labels)
    assert any("source: AP report" in label for label in labels)


def test_table_lists_date_figure_claimant_source_and_rating(client, figure, prosecutor):
    article = factories.ArticleFactory(title="Izium exhumations")
    figure_claim(
        figure,
        claimant=prosecutor,
        article=article,
        figure_value=440,
        figure_qualifier=Qualifier.MORE_THAN,
        figure_as_of=D(2022, 9, 16),
    )

    (row,) = Page(get(client, figure).content.decode()).rows

    assert row == [
        "16 Sep 2022",
        "more than 440 civilian bodies",
        "Prosecutor General",
        "Izium exhumations",
        "True",
    ]


def test_table_shows_ranges_and_being_checked(client, figure, governor):
    figure_claim(
        figure,
        claimant=governor,
        published=False,
        status=ClaimStatus.RESEARCHING,
        figure_low=Decimal(400),
        figure_high=Decimal(600),
        figure_as_of=D(2022, 10, 1),
    )

    (row,) = Page(get(client, figure).content.decode()).rows

    assert row[1] == "400–600 civilian bodies"
    assert row[4] == "Being checked"


def test_date_falls_back_to_when_it_was_said(client, figure, prosecutor):
    figure_claim(figure, claimant=prosecutor, figure_value=10, said_on=D(2022, 10, 28))

    (row,) = Page(get(client, figure).content.decode()).rows

    assert row[0] == "28 Oct 2022 said on"


def test_undated_figure_is_in_the_table_but_not_the_chart(client, figure, prosecutor):
    figure_claim(figure, claimant=prosecutor, figure_value=10, said_on=None)

    page = Page(get(client, figure).content.decode())

    assert page.marks == []
    assert page.rows[0][0] == "no date"


def test_claim_without_a_figure_is_left_out(client, figure, prosecutor):
    figure_claim(figure, claimant=prosecutor, figure_value=10, figure_as_of=D(2022, 9, 1))
    figure_claim(figure, claimant=prosecutor, figure_value=None)

    assert len(Page(get(client, figure).content.decode()).rows) == 1


def test_figure_page_has_no_inline_style_or_script(client, figure, prosecutor):
    figure_claim(figure, claimant=prosecutor, figure_value=440, figure_as_of=D(2022, 9, 16))

    html = get(client, figure).content.decode()

    assert " style=" not in html
    assert "<script" not in html


def test_figure_page_costs_the_same_queries_for_many_claims(
    client, figure, prosecutor, django_assert_max_num_queries
):
    figure_claim(figure, claimant=prosecutor, figure_value=1, figure_as_of=D(2022, 9, 1))
    with django_assert_max_num_queries(100) as few:
        get(client, figure)
    for day in range(2, 8):
        article = factories.ArticleFactory()
        figure_claim(
            figure,
            claimant=factories.ClaimantFactory(),
            article=article,
            figure_value=day,
            figure_as_of=D(2022, 9, day),
        )

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = get(client, figure)

    assert len(Page(response.content.decode()).marks) == 7


def test_figure_list_shows_figures_with_public_claims(client, figure, prosecutor):
    hidden = factories.TrackedFigureFactory(name="Not yet public")
    figure_claim(figure, claimant=prosecutor, figure_value=1, figure_as_of=D(2022, 9, 1))
    figure_claim(hidden, claimant=prosecutor, published=False, status=ClaimStatus.SUGGESTED)

    html = client.get(reverse("articles:figure-list")).content.decode()

    assert figure.get_absolute_url() in html
    assert "Not yet public" not in html
    assert "1 figure" in html


def test_verdict_page_links_to_its_tracked_figure(client, figure, prosecutor):
    claim = figure_claim(figure, claimant=prosecutor, figure_value=1, figure_as_of=D(2022, 9, 1))

    html = client.get(claim.get_absolute_url()).content.decode()

    assert f'Part of <a href="{figure.get_absolute_url()}">{figure.name}</a>' in html


def test_verdict_page_of_a_claim_without_tracked_figure_has_no_such_line(client, prosecutor):
    claim = factories.ClaimFactory(claimant=prosecutor, published=True)

    assert "Tracked figure" not in client.get(claim.get_absolute_url()).content.decode()


def test_navigation_links_to_the_figures(client):
    html = client.get(reverse("articles:home")).content.decode()

    assert f'<a href="{reverse("articles:figure-list")}">Figures</a>' in html
