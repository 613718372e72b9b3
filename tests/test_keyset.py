"""Pages past the first few are linked by position: "Next" and "Previous" lead to the same
rows as page numbers, under every order and filter, and a broken cursor shows the first page.

The lists here use pages of 3 and number only their first page, so a few claims make
several pages linked by position.
"""

import base64
import datetime
import json
import re
from html import escape, unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Appearance, Claim, ClaimKind, ClaimStatus, Rating, Verdict
from articles.pagination import KeysetPaginator
from articles.views import ArticleListView, ClaimantListView, ClaimListView
from tests import factories

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="ranked full-text search runs on PostgreSQL only"
)

PER_PAGE = 3
START = datetime.datetime(2023, 1, 1, 9, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch):
    monkeypatch.setattr(KeysetPaginator, "numbered_pages", 1)
    for view in (ClaimListView, ArticleListView, ClaimantListView):
        monkeypatch.setattr(view, "paginate_by", PER_PAGE)
    monkeypatch.setattr("articles.views.PAGE_SIZE", PER_PAGE)


@pytest.fixture
def archive():
    """Seventeen public claims whose order needs every key: dates shared by several claims,
    claims added at the same moment, and claims without a date (listed last either way).

    Every third is a quote by the governor in the report, every other one is rated true,
    and one is suggested (never listed).
    """
    governor = factories.ClaimantFactory(slug="governor")
    article = factories.ArticleFactory(slug="report")
    rating = Rating.objects.get(slug="true")
    author = factories.UserFactory()
    claims = []
    for n in range(17):
        said_on = None if n % 7 == 3 else datetime.date(2023, 3, 1 + n % 4)
        claims.append(
            Claim.objects.create(
                text=f"Shelling of bridge {n}",
                slug=f"bridge-{n}",
                status=ClaimStatus.PUBLISHED if n % 2 else ClaimStatus.RESEARCHING,
                kind=ClaimKind.QUOTE if n % 3 == 0 else ClaimKind.OTHER,
                claimant=governor if n % 3 == 0 else None,
                said_on=said_on,
            )
        )
    # Pairs added at the same moment: the key breaks the tie.
    for n, claim in enumerate(claims):
        Claim.objects.filter(pk=claim.pk).update(
            created_at=START + datetime.timedelta(hours=n // 2)
        )
    for claim in claims:
        if int(claim.slug.split("-")[1]) % 2:
            Verdict.objects.create(
                claim=claim,
                rating=rating,
                headline="Checked",
                author=author,
                state="published",
                is_current=True,
                published_at=timezone.now(),
            )
        if int(claim.slug.split("-")[1]) % 3 == 0:
            Appearance.objects.create(
                claim=claim, article=article, start=0, end=5, exact=article.body[:5]
            )
    factories.ClaimFactory(suggested=True, text="Shelling of a suggested bridge")
    return claims


LINK = re.compile(r'rel="(prev|next)" href="([^"]*)"')
ROW = re.compile(r'class="claim-row__text" href="/claims/([^/]+)/"')


def links(response) -> dict[str, str]:
    return {rel: unescape(href) for rel, href in LINK.findall(response.text)}


def follow(client, path: str, href: str):
    return client.get(href if href.startswith("/") else f"{path}{href}")


def rows(response) -> list[str]:
    return ROW.findall(response.text)


def walk(client, path: str, query: dict, pattern=ROW) -> tuple[list[list[str]], list]:
    """Every page from the first, by the "Next" links; then back, by the "Previous" links."""
    response = client.get(path, query)
    forward, responses = [pattern.findall(response.text)], [response]
    while "next" in links(response):
        response = follow(client, path, links(response)["next"])
        assert response.status_code == 200
        forward.append(pattern.findall(response.text))
        responses.append(response)
    backward = [forward[-1]]
    while "prev" in links(response):
        response = follow(client, path, links(response)["prev"])
        backward.append(pattern.findall(response.text))
    return forward, backward[::-1], responses


def by_number(client, path: str, query: dict, pages: int, pattern=ROW) -> list[list[str]]:
    return [
        pattern.findall(client.get(path, {**query, "page": n}).text) for n in range(1, pages + 1)
    ]


FILTERS = [
    {},
    {"rating": "true"},
    {"status": "published"},
    {"status": "being_checked"},
    {"kind": "other"},
    {"claimant": "governor"},
    {"article": "report"},
    {"said_on_after": "2023-03-02", "said_on_before": "2023-03-03"},
    {"q": "shelling"},
    {"q": "bridge", "status": "published", "kind": "other"},
]


@pytest.mark.parametrize("order", ["newest", "oldest"])
@pytest.mark.parametrize("query", FILTERS, ids=lambda q: "&".join(q) or "all")
def test_next_and_previous_lead_to_the_rows_page_numbers_show(client, archive, order, query):
    query = {**query, "order": order}

    forward, backward, responses = walk(client, "/claims/", query)

    assert forward == by_number(client, "/claims/", query, len(forward))
    assert backward == forward
    listed = [slug for page in forward for slug in page]
    assert len(listed) == len(set(listed))
    assert len(listed) == responses[0].context["paginator"].count


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_the_whole_list_is_walked_in_its_order_undated_claims_last(client, archive, order):
    forward, _backward, responses = walk(client, "/claims/", {"order": order})

    public = list(archive)
    dated = sorted(
        (c for c in public if c.said_on),
        key=lambda c: (c.said_on, Claim.objects.get(pk=c.pk).created_at, c.pk),
        reverse=order == "newest",
    )
    undated = sorted(
        (c for c in public if not c.said_on),
        key=lambda c: (Claim.objects.get(pk=c.pk).created_at, c.pk),
        reverse=order == "newest",
    )
    assert [slug for page in forward for slug in page] == [c.slug for c in dated + undated]
    assert len(forward) == 6
    assert any("cursor=" in links(response).get("next", "") for response in responses)


def test_a_page_linked_by_position_says_its_number_and_keeps_the_filters(client, archive):
    first = client.get("/claims/", {"kind": "other", "order": "oldest"})
    second = follow(client, "/claims/", links(first)["next"])
    third = follow(client, "/claims/", links(second)["next"])

    assert "cursor=" in links(first)["next"]
    assert "kind=other" in links(second)["next"]
    assert "order=oldest" in links(second)["next"]
    assert "Page 3 of 4" in third.text
    assert links(second)["prev"] == "?kind=other&order=oldest"  # the first page, by no number


def test_an_old_link_to_a_deep_page_number_still_works_and_links_on_by_position(client, archive):
    response = client.get("/claims/", {"page": 4})

    assert rows(response) == by_number(client, "/claims/", {}, 4)[3]
    assert "cursor=" in links(response)["next"]
    assert "cursor=" in links(response)["prev"]
    assert (
        rows(follow(client, "/claims/", links(response)["prev"]))
        == by_number(client, "/claims/", {}, 3)[2]
    )


@on_postgres
def test_best_matches_first_are_walked_by_position_too(client, archive):
    Claim.objects.filter(slug__in=["bridge-4", "bridge-9"]).update(
        text="Shelling shelling shelling of the bridge"
    )
    query = {"q": "shelling"}

    forward, backward, _ = walk(client, "/claims/", query)

    assert forward[0][:2] == ["bridge-9", "bridge-4"]
    assert forward == by_number(client, "/claims/", query, len(forward))
    assert backward == forward


@pytest.mark.parametrize("query", [{}, {"rating": "true"}, {"q": "shelling"}])
def test_readers_rows_from_fragments_walk_the_same(client, archive, settings, query):
    settings.FACTCHECK_FRAGMENT_CACHE_SECONDS = 600

    forward, backward, _ = walk(client, "/claims/", query)

    assert forward == by_number(client, "/claims/", query, len(forward))
    assert backward == forward


def cursor_of(data) -> str:
    text = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(text).decode().rstrip("=")


BROKEN_CURSORS = [
    "not-a-cursor",
    "%%%",
    "ключ",
    "A" * 5000,
    cursor_of(b"\xff\xfe not utf-8"),
    cursor_of(b"[" * 1500),
    cursor_of({"a": 1}),
    cursor_of(["a"]),
    cursor_of(["x", 2, "2023-03-01", "2023-01-01T09:00:00+00:00", 1]),
    cursor_of(["a", 0, "2023-03-01", "2023-01-01T09:00:00+00:00", 1]),
    cursor_of(["a", True, "2023-03-01", "2023-01-01T09:00:00+00:00", 1]),
    cursor_of(["a", 2, "2023-13-45", "2023-01-01T09:00:00+00:00", 1]),
    cursor_of(["a", 2, "2023-03-01", "2023-01-01T09:00:00", 1]),  # no time zone
    cursor_of(["a", 2, "2023-03-01", "2023-01-01T09:00:00+00:00", 10**30]),
    cursor_of(["a", 2, "2023-03-01", "2023-01-01T09:00:00+00:00", "1"]),
    cursor_of(["a", 2, "2023-03-01", None, 1]),  # a time every claim has
    cursor_of(["a", 2, "2023-03-01", 1]),  # a key short
    cursor_of(["b", 2, "9999-12-31", "9999-12-31T00:00:00+00:00", 1]),  # nothing before it
    cursor_of(["a", 2, None, "1900-01-01T00:00:00+00:00", 0]),  # nothing after it
]


@pytest.mark.parametrize("cursor", BROKEN_CURSORS)
def test_a_broken_or_forged_cursor_shows_the_first_page(client, archive, cursor):
    first = client.get("/claims/")

    response = client.get("/claims/", {"cursor": cursor})

    assert response.status_code == 200
    assert rows(response) == rows(first)
    assert "Page 1 of" in response.text


@pytest.mark.parametrize("cursor", BROKEN_CURSORS[:8])
def test_the_other_lists_show_their_first_page_for_a_broken_cursor(client, archive, cursor):
    for path in ("/articles/", "/claimants/", "/claimants/governor/"):
        assert client.get(path, {"cursor": cursor}).status_code == 200


def test_a_forged_cursor_of_the_right_shape_shows_the_rows_after_it(client, archive):
    position = ["a", 7, "2023-03-03", "2030-01-01T00:00:00+00:00", 10**9]

    response = client.get("/claims/", {"cursor": cursor_of(position)})

    assert response.status_code == 200
    assert "Page 7 of" in response.text
    dates = [Claim.objects.get(slug=slug).said_on for slug in rows(response)]
    assert dates == [datetime.date(2023, 3, 3)] * PER_PAGE


def test_removing_a_filter_or_downloading_leaves_the_position_behind(client, archive):
    first = client.get("/claims/", {"kind": "other", "order": "oldest"})
    second = follow(client, "/claims/", links(first)["next"])

    assert 'href="/claims/?order=oldest"' in second.text  # the chip that removes "kind"
    assert "export.csv?kind=other&amp;order=oldest" in second.text
    assert "cursor" not in re.search(r'export.csv[^"]*', second.text).group()


ARTICLE_ROW = re.compile(r'class="entry-title" href="/articles/([^/]+)/"')


def test_the_article_list_walks_by_position(client):
    for n in range(11):
        factories.ArticleFactory(
            slug=f"article-{n}", published_on=datetime.date(2023, 1, 1 + n // 3)
        )

    forward, backward, _ = walk(client, "/articles/", {}, ARTICLE_ROW)

    assert len(forward) == 4
    assert forward == by_number(client, "/articles/", {}, 4, ARTICLE_ROW)
    assert backward == forward


def test_a_claimant_page_walks_their_claims_by_position(client, archive):
    forward, backward, _ = walk(client, "/claimants/governor/", {})

    assert [slug for page in forward for slug in page] == [
        slug for page in walk(client, "/claims/", {"claimant": "governor"})[0] for slug in page
    ]
    assert backward == forward


def test_the_claimant_list_walks_by_position(client):
    for n in range(8):
        claimant = factories.ClaimantFactory(name=f"Official {n % 3}", slug=f"official-{n}")
        factories.ClaimFactory(researching=True, claimant=claimant)

    pattern = re.compile(r'class="entry-title" href="/claimants/(official-\d+)/"')
    forward, backward, _ = walk(client, "/claimants/", {}, pattern)

    assert forward == by_number(client, "/claimants/", {}, len(forward), pattern)
    assert sorted(slug for page in forward for slug in page) == sorted(
        f"official-{n}" for n in range(8)
    )
    assert backward == forward


def test_a_page_linked_by_position_costs_the_same_for_a_few_claims_or_many(client, archive):
    def queries(url) -> int:
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    query = "?rating=true&order=oldest"
    second = links(client.get(f"/claims/{query}"))["next"]
    few = queries(f"/claims/{second}")
    factories_claims = [
        Claim(text=f"More {n}", slug=f"more-{n}", status=ClaimStatus.OPEN) for n in range(300)
    ]
    Claim.objects.bulk_create(factories_claims)
    many = queries(f"/claims/{second}")

    assert few == many


def test_the_pages_of_a_selection_count_it_once_per_publication_stamp(client, archive, settings):
    from django.core.cache import cache

    from articles.services import publication_changed

    settings.FACTCHECK_COUNTS_CACHE_SECONDS = 600
    cache.clear()  # nothing another test counted under the same stamp
    first = client.get("/claims/", {"rating": "true"})

    with CaptureQueriesContext(connection) as captured:
        second = follow(client, "/claims/", links(first)["next"])
        oldest = client.get("/claims/", {"rating": "true", "order": "oldest"})

    assert not [q for q in captured.captured_queries if "COUNT(" in q["sql"]]
    assert "8 claims" in first.text
    assert "8 claims" in second.text
    assert "8 claims" in oldest.text

    Claim.objects.filter(slug="bridge-2").update(status=ClaimStatus.PUBLISHED)
    Verdict.objects.create(
        claim=Claim.objects.get(slug="bridge-2"),
        rating=Rating.objects.get(slug="true"),
        headline="Checked",
        author=factories.UserFactory(),
        state="published",
        is_current=True,
        published_at=timezone.now(),
    )
    publication_changed()

    assert "9 claims" in client.get("/claims/", {"rating": "true"}).text


@pytest.mark.parametrize(
    ("query", "previous", "following"),
    [
        ({}, "← Newer", "Older →"),
        ({"order": "oldest"}, "← Older", "Newer →"),
        ({"rating": "true"}, "← Newer", "Older →"),
    ],
)
def test_a_list_by_date_says_which_way_its_links_go(client, archive, query, previous, following):
    second = follow(client, "/claims/", links(client.get("/claims/", query))["next"])

    assert f'rel="prev" href="{escape(links(second)["prev"])}">{previous}</a>' in second.text
    assert f'rel="next" href="{escape(links(second)["next"])}">{following}</a>' in second.text


def test_a_list_by_name_links_to_the_previous_and_next_pages(client):
    for _ in range(7):
        factories.ClaimFactory(researching=True, claimant=factories.ClaimantFactory())

    response = client.get("/claimants/", {"page": 2})

    assert "← Previous</a>" in response.text
    assert "Next →</a>" in response.text
