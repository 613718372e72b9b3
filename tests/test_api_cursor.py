"""API lists link their pages by position (DRF's ``cursor``): ``next`` and ``previous`` lead
to the rows page numbers show, under every order and filter; a cursor that names no
position is not found (404), never an error; ``?page=`` still answers for old links."""

import base64
import datetime
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from articles.api.pagination import CursorPagination
from articles.models import Claim, ClaimKind, ClaimStatus, Rating, Verdict
from tests import factories

pytestmark = pytest.mark.django_db

PER_PAGE = 3


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch):
    monkeypatch.setattr(CursorPagination, "page_size", PER_PAGE)


@pytest.fixture
def archive():
    """Fourteen public claims sharing dates and times of addition, three undated; every
    other one rated true, every third a quote by the governor."""
    governor = factories.ClaimantFactory(slug="governor")
    rating = Rating.objects.get(slug="true")
    author = factories.UserFactory()
    start = datetime.datetime(2023, 1, 1, 9, tzinfo=datetime.UTC)
    for n in range(14):
        claim = Claim.objects.create(
            text=f"Shelling of bridge {n}",
            slug=f"bridge-{n}",
            status=ClaimStatus.PUBLISHED if n % 2 else ClaimStatus.OPEN,
            kind=ClaimKind.QUOTE if n % 3 == 0 else ClaimKind.OTHER,
            claimant=governor if n % 3 == 0 else None,
            said_on=None if n % 5 == 2 else datetime.date(2023, 3, 1 + n % 3),
        )
        Claim.objects.filter(pk=claim.pk).update(
            created_at=start + datetime.timedelta(hours=n // 2)
        )
        if n % 2:
            Verdict.objects.create(
                claim=claim,
                rating=rating,
                headline="Checked",
                author=author,
                state="published",
                is_current=True,
                published_at=start + datetime.timedelta(days=n // 3),
            )
    for n in range(7):
        factories.ArticleFactory(
            slug=f"article-{n}", published_on=datetime.date(2023, 1, 1 + n // 2)
        )


def key(item) -> str:
    return item.get("slug", item.get("id"))


def walk(client, url: str) -> tuple[list[list], list[list], dict]:
    page = client.get(url).json()
    first, forward = page, [[key(item) for item in page["results"]]]
    while page["next"]:
        page = client.get(page["next"]).json()
        forward.append([key(item) for item in page["results"]])
    backward = [forward[-1]]
    while page["previous"]:
        page = client.get(page["previous"]).json()
        backward.append([key(item) for item in page["results"]])
    return forward, backward[::-1], first


def by_number(client, url: str, pages: int) -> list[list]:
    join = "&" if "?" in url else "?"
    return [
        [key(item) for item in client.get(f"{url}{join}page={n}").json()["results"]]
        for n in range(1, pages + 1)
    ]


@pytest.mark.parametrize(
    "url",
    [
        "/api/claims/",
        "/api/claims/?order=oldest",
        "/api/claims/?rating=true",
        "/api/claims/?status=being_checked&order=oldest",
        "/api/claims/?kind=other",
        "/api/claims/?claimant=governor&order=newest",
        "/api/claims/?said_on_after=2023-03-02",
        "/api/claims/?q=bridge",
        "/api/verdicts/",
        "/api/verdicts/?is_current=true",
        "/api/articles/",
    ],
)
def test_next_and_previous_lead_to_the_rows_page_numbers_show(client, archive, url):
    forward, backward, first = walk(client, url)

    assert len(forward) > 1
    assert forward == by_number(client, url, len(forward))
    assert backward == forward
    assert sum(map(len, forward)) == first["count"]
    assert "cursor=" in first["next"]


def test_the_claimant_list_walks_by_position(client):
    for n in range(7):
        claimant = factories.ClaimantFactory(name=f"Official {n % 2}", slug=f"official-{n}")
        factories.ClaimFactory(researching=True, claimant=claimant)

    forward, backward, _ = walk(client, "/api/claimants/")

    assert forward == by_number(client, "/api/claimants/", len(forward))
    assert backward == forward


def test_a_page_number_still_answers_and_links_on_by_position(client, archive):
    page = client.get("/api/claims/?kind=other&page=2").json()

    assert "cursor=" in page["next"]
    assert "page=" not in page["next"]
    assert "kind=other" in page["next"]
    assert page["previous"].endswith("/api/claims/?kind=other")
    assert [key(item) for item in client.get(page["next"]).json()["results"]] == by_number(
        client, "/api/claims/?kind=other", 3
    )[2]


def drf_cursor(querystring: str) -> str:
    """DRF's cursor format: a query string (``p`` the position), in base64."""
    name, _, value = querystring.partition("=")
    return base64.b64encode(urlencode({name: value}).encode()).decode()


@pytest.mark.parametrize(
    "cursor",
    [
        "not a cursor",
        "ключ",
        "A" * 3000,
        drf_cursor("o=0"),
        drf_cursor("p=12"),
        drf_cursor("p=[1,2]"),
        drf_cursor('p=["2023-13-45","2023-01-01T09:00:00+00:00",1]'),
        drf_cursor('p=["2023-03-01","2023-01-01T09:00:00",1]'),
        drf_cursor('p=["2023-03-01","2023-01-01T09:00:00+00:00",1e400]'),
        drf_cursor("p=" + "[" * 2000),
    ],
)
def test_a_cursor_that_names_no_position_is_not_found(client, archive, cursor):
    response = client.get("/api/claims/", {"cursor": cursor})

    assert response.status_code == 404
    assert set(response.json()) == {"detail"}


def test_an_empty_cursor_means_the_first_page(client, archive):
    assert client.get("/api/claims/", {"cursor": ""}).json() == client.get("/api/claims/").json()


def test_a_position_past_the_last_row_is_an_empty_page_that_leads_back(client, archive):
    position = 'p=[null,"1900-01-01T00:00:00+00:00",0]'

    page = client.get("/api/claims/", {"cursor": drf_cursor(position)}).json()

    assert page["results"] == []
    assert page["next"] is None
    assert page["previous"].endswith("/api/claims/")


def test_the_schema_documents_the_cursor_and_the_page(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    operation = schema["paths"]["/api/claims/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    listed = schema["components"]["schemas"]["PaginatedClaimList"]

    assert {"cursor", "page"} <= names
    assert set(listed["properties"]) == {"count", "next", "previous", "results"}
    assert "404" in operation["responses"]


def test_published_at_ties_are_ordered_by_key(client):
    claim = factories.ClaimFactory(published=True)
    moment = timezone.now()
    rating = Rating.objects.get(slug="false")
    author = factories.UserFactory()
    Verdict.objects.filter(claim=claim).update(published_at=moment)
    for n in range(6):
        Verdict.objects.create(
            claim=claim,
            rating=rating,
            headline=f"Earlier {n}",
            author=author,
            state="published",
            published_at=moment,
        )

    forward, backward, _ = walk(client, "/api/verdicts/")

    assert len(forward) == 3
    assert sorted(v for page in forward for v in page) == sorted(
        Verdict.objects.values_list("pk", flat=True)
    )
    assert backward == forward
