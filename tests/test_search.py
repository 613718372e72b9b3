"""Searching claims: readers get ranked full-text search on PostgreSQL, editors substrings."""

import datetime
import json

import pytest
from django.db import connection
from django.urls import reverse

from articles import models, services
from tests import factories

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL only"
)


def found(client, q: str, **query) -> list[str]:
    response = client.get(reverse("articles:claim-list"), {"q": q, **query})
    assert response.status_code == 200
    return [claim.slug for claim in response.context["claims"]]


def said(days: int) -> datetime.date:
    return datetime.date(2023, 1, 1) + datetime.timedelta(days=days)


@on_postgres
def test_an_edit_through_the_service_is_searchable_at_once(client, editor):
    claim = factories.ClaimFactory(slug="bridge", text="The bridge was closed")

    services.claim_update(claim=claim, by=editor, text="The ferry was cancelled")

    assert found(client, "ferry") == ["bridge"]
    assert found(client, "bridge closed") == []


@on_postgres
def test_renaming_a_claimant_makes_their_claims_findable_by_the_new_name(client, editor):
    claimant = factories.ClaimantFactory(name="Regional governor")
    factories.ClaimFactory(slug="power", text="Power returns tonight", claimant=claimant)

    services.claimant_update(claimant=claimant, by=editor, name="Military administration")

    assert found(client, "administration") == ["power"]
    assert found(client, "governor") == []


@on_postgres
def test_a_claim_saying_the_words_ranks_above_one_whose_claimant_bears_them(client):
    factories.ClaimFactory(
        slug="by-the-bridge-authority",
        text="Traffic resumes on Monday",
        claimant=factories.ClaimantFactory(name="Bridge authority"),
        said_on=said(10),
    )
    factories.ClaimFactory(slug="about-the-bridge", text="The bridge reopens", said_on=said(1))

    assert found(client, "bridge") == ["about-the-bridge", "by-the-bridge-authority"]
    # A chosen order still wins over relevance.
    assert found(client, "bridge", order="newest") == [
        "by-the-bridge-authority",
        "about-the-bridge",
    ]


@on_postgres
def test_a_search_matching_more_than_can_be_ranked_lists_newest_first(client, monkeypatch):
    monkeypatch.setattr(models, "RANKED_MATCHES", 1)
    factories.ClaimFactory(slug="older", text="Shelling shelling shelling", said_on=said(1))
    factories.ClaimFactory(slug="newer", text="Shelling overnight", said_on=said(2))

    assert found(client, "shelling") == ["newer", "older"]


def test_readers_never_find_suggested_or_dismissed_claims(client):
    factories.ClaimFactory(slug="public", text="Grain exports resumed")
    factories.ClaimFactory(slug="suggested", text="Grain exports stopped", suggested=True)
    factories.ClaimFactory(slug="dismissed", text="Grain exports doubled", dismissed=True)

    assert found(client, "grain") == ["public"]


def test_a_search_export_holds_every_match(client):
    for n in range(3):
        factories.ClaimFactory(slug=f"grain-{n}", text=f"Grain shipment {n}", said_on=said(n))

    response = client.get(reverse("articles:claim-export-json"), {"q": "grain"})
    rows = json.loads(b"".join(response.streaming_content))

    assert [row["slug"] for row in rows] == ["grain-2", "grain-1", "grain-0"]


def admin_search(client, term: str) -> list[str]:
    response = client.get(reverse("admin:articles_claim_changelist"), {"q": term})
    assert response.status_code == 200
    return sorted(claim.slug for claim in response.context["cl"].result_list)


def test_the_admin_finds_part_of_a_word_and_claimants_by_name(editor_client):
    factories.ClaimFactory(slug="exhumation", text="Investigators exhumed 440 bodies")
    factories.ClaimFactory(
        slug="by-mayor",
        text="Water is back",
        claimant=factories.ClaimantFactory(name="Mayor of Izium"),
    )
    factories.ClaimFactory(slug="suggested", text="Exhumations continue", suggested=True)
    factories.ClaimFactory(slug="other", text="Nothing to see")

    assert admin_search(editor_client, "exhum") == ["exhumation", "suggested"]
    assert admin_search(editor_client, "izium") == ["by-mayor"]
    assert admin_search(editor_client, "other") == ["other"]


def test_the_admin_autocomplete_finds_claims_by_part_of_a_word(editor_client):
    factories.ClaimFactory(text="Investigators exhumed 440 bodies")
    factories.ClaimFactory(text="Water is back")

    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "articles",
            "model_name": "verdict",
            "field_name": "claim",
            "term": "exhum",
        },
    )

    assert [r["text"] for r in response.json()["results"]] == ["Investigators exhumed 440 bodies"]


@pytest.mark.parametrize("typed", ["1000", "1,000", "1 000", "1\u00a0000"])
def test_a_number_is_found_whatever_thousands_separator_the_reader_types(client, typed):
    factories.ClaimFactory(slug="comma", text="More than 1,000 homes lost power", said_on=said(3))
    factories.ClaimFactory(slug="plain", text="Some 1000 volunteers came", said_on=said(2))
    factories.ClaimFactory(
        slug="spaced", text="Понад 1\u00a0000 людей евакуйовано", said_on=said(1)
    )
    factories.ClaimFactory(slug="other", text="About 100 homes and 2,000 cars", said_on=said(0))

    assert found(client, typed) == ["comma", "plain", "spaced"]


def test_a_number_search_still_needs_the_words_beside_it(client):
    factories.ClaimFactory(slug="homes", text="More than 12,500 homes lost power")
    factories.ClaimFactory(slug="people", text="More than 12,500 people were moved")

    assert found(client, "12500 homes") == ["homes"]


@on_postgres
def test_the_planner_sees_how_common_a_word_part_is_in_the_claims():
    # A histogram of 1,000 entries of the indexed words (migration 0024): a word part in a
    # few percent of the claims is guessed as common, and the admin's search walks its
    # order's index instead of reading and sorting every match.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstattarget FROM pg_attribute"
            " WHERE attrelid = 'claim_text_trgm_idx'::regclass"
        )
        assert cursor.fetchone()[0] == 1000
