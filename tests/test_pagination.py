"""Long lists page without counting every row: exact up to a cap, estimated past it."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Claim, ClaimStatus
from articles.pagination import DEFERRED_FROM, CappedCountPaginator
from tests import factories

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="estimated counts come from PostgreSQL's planner"
)


def add_claims(count: int, start: int = 0) -> None:
    """Public claims ``start`` … ``start + count - 1``, each said a day after the previous one."""
    Claim.objects.bulk_create(
        Claim(
            text=f"Claim number {n}",
            slug=f"claim-{n}",
            status=ClaimStatus.OPEN,
            said_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
        )
        for n in range(start, start + count)
    )


def tracker(client, **query):
    return client.get(reverse("articles:claim-list"), query)


def listed(response) -> list[str]:
    return [claim.slug for claim in response.context["claims"]]


def test_a_list_under_the_cap_is_counted_exactly(client):
    add_claims(30)

    response = tracker(client)

    assert "30 claims" in response.text
    assert "Page 1 of 2" in response.text
    assert response.context["paginator"].count_is_exact


def test_the_next_link_appears_only_when_another_row_exists(client):
    add_claims(25)

    assert 'rel="next"' not in tracker(client).text

    add_claims(1, start=25)
    assert 'rel="next"' in tracker(client).text


def test_the_last_page_lists_the_oldest_claims(client):
    add_claims(60)

    response = tracker(client, page=3)

    assert listed(response) == [f"claim-{n}" for n in range(9, -1, -1)]
    assert 'rel="next"' not in response.text


def test_pages_past_the_deferred_threshold_list_the_same_rows_in_order(client):
    add_claims(DEFERRED_FROM + 60)
    page = DEFERRED_FROM // 25 + 2  # starts past the threshold

    response = tracker(client, page=page)

    newest = DEFERRED_FROM + 59
    first = newest - (page - 1) * 25
    assert listed(response) == [f"claim-{n}" for n in range(first, first - 25, -1)]


def test_a_list_past_the_cap_is_still_counted_exactly_on_sqlite(monkeypatch):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL estimates instead")
    add_claims(40)
    monkeypatch.setattr(CappedCountPaginator, "count_cap", 10)

    paginator = CappedCountPaginator(Claim.objects.order_by("id"), 25)

    assert paginator.count == 40
    assert paginator.count_is_exact


@on_postgres
def test_a_list_past_the_cap_reads_about_the_planners_estimate(client, monkeypatch):
    add_claims(120)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_claim")
    monkeypatch.setattr(CappedCountPaginator, "count_cap", 10)

    response = tracker(client)

    paginator = response.context["paginator"]
    assert not paginator.count_is_exact
    assert paginator.count > 10
    assert f"About {paginator.count} claims" in response.text
    assert "Page 1 of about" in response.text


@on_postgres
def test_a_page_past_the_end_of_an_estimated_list_shows_the_first_page(client, monkeypatch):
    add_claims(40)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_claim")
    monkeypatch.setattr(CappedCountPaginator, "count_cap", 10)

    response = tracker(client, page=3)  # within the estimate, past the rows

    assert response.status_code == 200
    assert listed(response)[0] == "claim-39"


def test_the_api_says_how_many_claims_and_where_the_next_page_is(client):
    add_claims(60)

    page = client.get("/api/claims/").json()

    assert page["count"] == 60
    assert len(page["results"]) == 50
    second = client.get(page["next"]).json()
    assert [claim["slug"] for claim in second["results"]] == [
        f"claim-{n}" for n in range(9, -1, -1)
    ]
    assert second["next"] is None
    assert client.get("/api/claims/?page=2").json()["next"] is None


def test_the_claimant_page_pages_their_claims(client):
    claimant = factories.ClaimantFactory()
    add_claims(30)
    Claim.objects.update(claimant=claimant)

    response = client.get(claimant.get_absolute_url(), {"page": 2})

    assert [claim.slug for claim in response.context["claims"]] == [
        f"claim-{n}" for n in range(4, -1, -1)
    ]
