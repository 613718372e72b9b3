"""Query budgets of the admin lists, the API, feeds and figure pages: 5 rows cost as 500."""

import base64
import itertools
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.admin.content import ARTICLE_PAGE_CLAIMS
from articles.models import Claim, Evidence, TrackedFigure
from tests import factories
from tests import test_queries as budgets
from tests.test_queries import LARGE, SMALL, add_claims, assert_same_cost

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_serials():
    """Each test numbers its claims from 0, so they fit the article's sentences."""
    budgets._serial = itertools.count()


@pytest.fixture
def author():
    return factories.UserFactory()


@pytest.fixture
def article():
    """An article long enough to hold a distinct span for every claim."""
    body = "".join(budgets.SENTENCE.format(n=n) for n in range(LARGE + 1))
    return factories.ArticleFactory(body=body, slug="long-article")


def queries_for(client, url, params=None) -> list[str]:
    client.get(url, params or {})  # per-process caches (content types) fill on first use
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries]


def grow(step, *, author, **kwargs):
    """Run ``step(count)`` for the small size, measure, then up to the large size."""
    step(SMALL, author=author, **kwargs)
    yield
    step(LARGE - SMALL, author=author, **kwargs)
    yield


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/claim/",
        "/admin/articles/claim/?status__exact=published",
        "/admin/articles/claim/?q=claim",
        "/admin/articles/verdict/",
        "/admin/articles/appearance/",
        "/admin/articles/statuschange/",
        "/admin/articles/claimant/",
        "/admin/articles/article/",
    ],
)
def test_admin_lists_cost_the_same_for_5_or_500_claims(editor_client, author, article, url):
    claimant = factories.ClaimantFactory()
    # Dates spread over two years either way: the drill-down by date starts at years.
    factories.ClaimFactory(said_on=factories.datetime.date(2021, 6, 1), status="published")
    steps = grow(add_claims, author=author, article=article, claimant=claimant)
    next(steps)
    small = queries_for(editor_client, url)
    next(steps)
    large = queries_for(editor_client, url)

    assert_same_cost(small, large)


def test_admin_evidence_list_costs_the_same_for_5_or_500_pieces(editor_client):
    claim = factories.ClaimFactory()
    Evidence.objects.bulk_create(Evidence(claim=claim, title=f"E{n}") for n in range(SMALL))
    small = queries_for(editor_client, "/admin/articles/evidence/")

    Evidence.objects.bulk_create(Evidence(claim=claim, title=f"E{n}") for n in range(LARGE))
    large = queries_for(editor_client, "/admin/articles/evidence/")

    assert_same_cost(small, large)


def test_admin_claim_autocomplete_costs_the_same_for_5_or_500_claims(editor_client, author):
    url = reverse("admin:autocomplete")
    params = {"app_label": "articles", "model_name": "verdict", "field_name": "claim"}
    add_claims(SMALL, author=author)
    small = queries_for(editor_client, url, {**params, "term": "claim"})

    add_claims(LARGE - SMALL, author=author)
    large = queries_for(editor_client, url, {**params, "term": "claim"})

    assert_same_cost(small, large)


def test_admin_article_page_costs_the_same_for_5_or_500_claims(editor_client, author, article):
    url = reverse("admin:articles_article_change", args=[article.pk])
    add_claims(SMALL, author=author, article=article)
    small = queries_for(editor_client, url)

    add_claims(LARGE - SMALL, author=author, article=article)
    large = queries_for(editor_client, url)

    assert_same_cost(small, large)


def test_admin_article_page_lists_the_first_claims_and_links_to_all(editor_client, author, article):
    add_claims(LARGE, author=author, article=article)

    html = editor_client.get(reverse("admin:articles_article_change", args=[article.pk])).text

    assert html.count('class="field-claim_link"') == ARTICLE_PAGE_CLAIMS
    assert f"{LARGE} (the first {ARTICLE_PAGE_CLAIMS} are listed below" in html
    assert f"?appearances__article={article.pk}" in html


def test_split_view_costs_the_same_for_5_or_500_claims(editor_client, author, article):
    url = reverse("admin:articles_article_split", args=[article.pk])
    add_claims(SMALL, author=author, article=article)
    small = queries_for(editor_client, url)

    add_claims(LARGE - SMALL, author=author, article=article)
    large = queries_for(editor_client, url)

    assert_same_cost(small, large)


def test_split_view_lists_its_claims_a_page_at_a_time(editor_client, author, article):
    add_claims(LARGE, author=author, article=article)
    url = reverse("admin:articles_article_split", args=[article.pk])

    first = editor_client.get(url).text
    last = editor_client.get(url, {"claims": 10}).text

    assert first.count('<li class="split-claim ') == 50
    assert "1–50 of 500" in first
    assert "451–500 of 500" in last
    assert "Bulk claim 499" in last
    assert "Bulk claim 499" not in first


@pytest.mark.parametrize(
    "url",
    ["/api/claims/", "/api/claims/?rating=true", "/api/articles/", "/api/claimants/"],
)
def test_api_lists_cost_the_same_for_5_or_500_claims(client, author, article, url):
    steps = grow(add_claims, author=author, article=article, claimant=None)
    next(steps)
    small = queries_for(client, url)
    next(steps)
    large = queries_for(client, url)

    assert_same_cost(small, large)


@pytest.mark.parametrize("url", ["/feeds/verdicts.rss", "/feeds/verdicts.atom"])
def test_feeds_cost_the_same_for_5_or_500_verdicts(client, author, url):
    add_claims(SMALL * 2, author=author)
    small = queries_for(client, url)

    add_claims(LARGE, author=author)
    large = queries_for(client, url)

    assert_same_cost(small, large)


def figure_claims(count: int, *, figure: TrackedFigure, start: int) -> None:
    claims = Claim.objects.bulk_create(
        Claim(
            text=f"Figure claim {n}",
            slug=f"figure-claim-{n}",
            status="published" if n % 2 else "open",
            claimant=factories.ClaimantFactory(),
            said_on=factories.datetime.date(2022, 1, 1) + factories.datetime.timedelta(days=n),
            figure_value=100 + n,
            figure_unit="civilian bodies",
            tracked_figure=figure,
        )
        for n in range(start, start + count)
    )
    return claims


def test_figure_page_costs_the_same_and_stays_small_for_5_or_500_figures(client):
    figure = factories.TrackedFigureFactory()
    figure_claims(SMALL, figure=figure, start=0)
    small = queries_for(client, figure.get_absolute_url())

    figure_claims(LARGE - SMALL, figure=figure, start=SMALL)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(figure.get_absolute_url())

    assert_same_cost(small, [q["sql"] for q in captured.captured_queries])
    html = response.text
    # 500 figures by 500 claimants: the chart gathers them, the table shows a page.
    assert html.count("<tr>") == 1 + 50
    assert "Other claimants" in html
    assert len(response.content) < 200_000
    assert f"{LARGE} figures for civilian bodies" in html


def test_admin_drill_down_by_date_offers_only_years_that_have_claims(editor_client):
    for year in (2021, 2023):
        factories.ClaimFactory(said_on=factories.datetime.date(year, 5, 1))

    html = editor_client.get("/admin/articles/claim/").text

    assert "?said_on__year=2021" in html
    assert "?said_on__year=2023" in html
    assert "?said_on__year=2022" not in html


def test_admin_drill_down_by_month_within_a_year(editor_client):
    for month in (2, 11):
        factories.ClaimFactory(said_on=factories.datetime.date(2023, month, 1))
    factories.ClaimFactory(said_on=factories.datetime.date(2024, 1, 1))

    html = editor_client.get("/admin/articles/claim/", {"said_on__year": 2023}).text

    assert "February 2023" in html
    assert "November 2023" in html
    assert "March 2023" not in html


def test_admin_drill_down_by_time_stamp_lists_the_years_of_evidence(editor_client):
    evidence = factories.EvidenceFactory()
    Evidence.objects.filter(pk=evidence.pk).update(
        created_at=factories.datetime.datetime(2021, 3, 1, tzinfo=factories.datetime.UTC)
    )
    factories.EvidenceFactory()

    html = editor_client.get("/admin/articles/evidence/").text

    assert "?created_at__year=2021" in html
    assert f"?created_at__year={factories.timezone.now().year}" in html


def test_admin_drill_down_asks_a_searched_list_for_its_dates_once(editor_client):
    for year in (2021, 2023):
        factories.ClaimFactory(
            text="Shelling reported", said_on=factories.datetime.date(year, 5, 1)
        )

    with CaptureQueriesContext(connection) as captured:
        html = editor_client.get("/admin/articles/claim/", {"q": "shelling"}).text

    bounds = [
        q["sql"] for q in captured.captured_queries if 'MIN("articles_claim"."said_on")' in q["sql"]
    ]
    assert len(bounds) == 1
    assert "said_on__year=2021" in html


def test_admin_claims_figure_filter_offers_only_figures_with_claims(editor_client):
    used = factories.TrackedFigureFactory(name="Civilians killed in Mariupol")
    factories.TrackedFigureFactory(name="Ships sunk in the Azov Sea")
    factories.ClaimFactory(figure=True, tracked_figure=used)

    with CaptureQueriesContext(connection) as captured:
        html = editor_client.get("/admin/articles/claim/").text

    assert "Civilians killed in Mariupol" in html
    assert "Ships sunk in the Azov Sea" not in html
    # Each figure is asked whether a claim points to it; the claims are not all read.
    distinct = [q["sql"] for q in captured.captured_queries if "SELECT DISTINCT" in q["sql"]]
    assert not [sql for sql in distinct if "tracked_figure" in sql]


# DRF's cursor format (base64 of "p=<position>"): after a position past every date, the
# cursor page lists the whole list from its start, as a page reached by "next" would.
TOP = base64.b64encode(
    urlencode({"p": '["9999-12-31","9999-12-31T00:00:00+00:00",9000000000]'}).encode()
).decode()


@pytest.mark.parametrize(
    "url", ["/api/claims/?cursor=" + TOP, "/api/claims/?rating=true&cursor=" + TOP]
)
def test_api_pages_by_position_cost_the_same_for_5_or_500_claims(client, author, article, url):
    steps = grow(add_claims, author=author, article=article, claimant=None)
    next(steps)
    small = queries_for(client, url)
    next(steps)
    large = queries_for(client, url)

    assert_same_cost(small, large)
