"""Readers' cache with the publication stamp kept in the shared cache (as with Redis).

The stamp moves when a change commits, so these tests commit for real
(``transaction=True``); the local-memory cache of the test process stands in for the
cache every app process shares.
"""

import gzip

import pytest
from django.core.cache import cache
from django.db import transaction

from articles import services
from articles.caching import STAMP_KEY, publication_stamp
from articles.models import VerdictState
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def shared_stamp(settings):
    settings.FACTCHECK_PUBLIC_CACHE_SECONDS = 600
    settings.FACTCHECK_COUNTS_CACHE_SECONDS = 600
    settings.FACTCHECK_STAMP_IN_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def in_review(editor):
    claim = factories.ClaimFactory(text="The bridge was closed for repairs", in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor, headline="Closed since May, not March")
    return claim


def test_a_cached_page_costs_no_query(client, in_review, django_assert_num_queries):
    url = in_review.get_absolute_url()
    first = client.get(url)

    with django_assert_num_queries(0):
        again = client.get(url)

    assert again.status_code == 200
    assert again.content == first.content


def test_a_published_verdict_shows_at_once(client, in_review, reviewer):
    url = in_review.get_absolute_url()
    assert "Closed since May, not March" not in client.get(url).content.decode()

    services.claim_publish(claim=in_review, by=reviewer)

    assert "Closed since May, not March" in client.get(url).content.decode()


def test_a_correction_shows_at_once(client, reviewer):
    claim = factories.ClaimFactory(text="The bridge was closed", published=True)
    url = claim.get_absolute_url()
    client.get(url)

    services.verdict_correct(
        verdict=claim.verdicts.get(), by=reviewer, note="The date of the closure was wrong."
    )

    assert "The date of the closure was wrong." in client.get(url).content.decode()


def test_the_totals_on_the_home_page_follow_a_publish(client, in_review, reviewer):
    client.get("/")
    services.claim_publish(claim=in_review, by=reviewer)

    page = client.get("/").content.decode()

    assert "Closed since May, not March" in page
    assert in_review.get_absolute_url() in page


def test_saving_a_draft_keeps_readers_pages_cached(
    client, in_review, editor, django_assert_num_queries
):
    url = in_review.get_absolute_url()
    client.get(url)
    draft = in_review.verdicts.get(state=VerdictState.DRAFT)

    services.verdict_update(verdict=draft, by=editor, headline="A draft nobody reads yet")

    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200


def test_the_stamp_moves_only_when_the_change_commits(in_review, editor):
    before = publication_stamp()

    with transaction.atomic():
        services.claim_update(claim=in_review, by=editor, text="The bridge reopened on Monday")
        # A reader in between still reads the old stamp: a page they store under it
        # holds the old text, and is not served once the change is committed.
        assert publication_stamp() == before

    assert publication_stamp() != before


def test_a_change_rolled_back_leaves_the_stamp(in_review, editor):
    before = publication_stamp()

    def failed_request():
        with transaction.atomic():
            services.claim_update(claim=in_review, by=editor, text="The bridge reopened")
            raise RuntimeError("the editor's request failed")

    with pytest.raises(RuntimeError):
        failed_request()

    assert publication_stamp() == before


def test_pages_stay_fresh_when_the_cache_lost_the_stamp(client, in_review, editor):
    url = in_review.get_absolute_url()
    client.get(url)
    cache.delete(STAMP_KEY)  # evicted, or a restarted cache

    services.claim_update(claim=in_review, by=editor, text="The bridge reopened on Monday")

    assert "The bridge reopened on Monday" in client.get(url).content.decode()


def test_a_reader_who_accepts_gzip_gets_the_compressed_page_from_the_cache(client, in_review):
    url = in_review.get_absolute_url()
    plain = client.get(url)
    client.get(url, headers={"accept-encoding": "gzip"})

    again = client.get(url, headers={"accept-encoding": "gzip"})

    assert again["Content-Encoding"] == "gzip"
    assert gzip.decompress(again.content) == plain.content
    assert "Content-Encoding" not in client.get(url)
