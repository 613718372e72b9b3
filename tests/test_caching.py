"""Readers' pages are cached whole and refreshed as soon as something they show changes."""

import os

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import services
from articles.caching import publication_stamp
from articles.models import Claim
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.FACTCHECK_PUBLIC_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def claim():
    return factories.ClaimFactory(text="The bridge was closed for repairs", published=True)


def test_a_cached_page_costs_one_query(client, claim, django_assert_num_queries):
    url = claim.get_absolute_url()
    first = client.get(url)

    with django_assert_num_queries(1):  # the publication stamp
        again = client.get(url)

    assert again.status_code == 200
    assert again.content == first.content


def test_cached_page_keeps_its_security_headers(client, claim):
    client.get(claim.get_absolute_url())

    again = client.get(claim.get_absolute_url())

    assert "default-src 'self'" in again["Content-Security-Policy"]
    assert again["X-Frame-Options"] == "DENY"


def test_editing_a_claim_refreshes_its_page(client, editor):
    claim = factories.ClaimFactory(text="The bridge was closed", researching=True)
    url = claim.get_absolute_url()
    client.get(url)

    services.claim_update(claim=claim, by=editor, text="The bridge reopened on Monday")

    assert "The bridge reopened on Monday" in client.get(url).content.decode()


def test_a_correction_refreshes_the_verdict_page(client, claim, reviewer):
    url = claim.get_absolute_url()
    client.get(url)

    services.verdict_correct(
        verdict=claim.verdicts.get(), by=reviewer, note="The date of the closure was wrong."
    )

    assert "The date of the closure was wrong." in client.get(url).content.decode()


def test_renaming_a_claimant_refreshes_pages_that_name_them(client, claim, editor):
    client.get(reverse("articles:claim-list"))

    services.claimant_update(claimant=claim.claimant, by=editor, name="Ministry of Infrastructure")

    assert (
        "Ministry of Infrastructure" in client.get(reverse("articles:claim-list")).content.decode()
    )


def test_each_language_has_its_own_copy(client, claim):
    english = client.get(reverse("articles:claim-list"), headers={"accept-language": "en"})
    ukrainian = client.get(reverse("articles:claim-list"), headers={"accept-language": "uk"})

    assert english.content != ukrainian.content
    assert english["Content-Language"] == "en"
    assert ukrainian["Content-Language"] == "uk"


def test_signed_in_editors_see_even_changes_the_stamp_misses(editor_client, claim):
    url = claim.get_absolute_url()
    editor_client.get(url)

    # A bulk update writes no history row and no activity time: invisible to the stamp.
    Claim.objects.filter(pk=claim.pk).update(text="Quietly reworded claim")

    assert "Quietly reworded claim" in editor_client.get(url).content.decode()


def test_pages_rendered_for_editors_are_not_stored_for_readers(editor_client, client, claim):
    editor_client.get(claim.get_absolute_url())

    with CaptureQueriesContext(connection) as queries:
        client.get(claim.get_absolute_url())

    assert len(queries) > 1


def test_feeds_and_the_api_are_not_cached(client, claim):
    feed, api = reverse("verdict-feed-rss"), "/api/claims/"
    assert "The bridge was closed for repairs" in client.get(feed).content.decode()
    assert "The bridge was closed for repairs" in client.get(api).content.decode()

    # A bulk update writes no history row and no activity time: invisible to the stamp.
    Claim.objects.filter(pk=claim.pk).update(text="Quietly reworded claim")

    assert "Quietly reworded claim" in client.get(feed).content.decode()
    assert "Quietly reworded claim" in client.get(api).content.decode()


def test_stamp_changes_when_a_verdict_is_published(claim, reviewer, editor):
    other = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=other)
    factories.VerdictFactory(claim=other, author=editor)
    before = publication_stamp()

    services.claim_publish(claim=other, by=reviewer)

    assert publication_stamp() != before


def test_not_found_pages_are_not_cached(client, claim, editor):
    client.get("/claims/missing/")

    created = services.claim_create(text="Missing", by=editor)

    assert created.slug == "missing"
    assert client.get("/claims/missing/").status_code == 200


def test_a_new_appearance_refreshes_the_article_page(client, claim, editor):
    article = factories.ArticleFactory(body="The bridge was closed for repairs. Traffic was slow.")
    client.get(article.get_absolute_url())

    services.appearance_add(claim=claim, article=article, start=0, end=34, by=editor)

    page = client.get(article.get_absolute_url()).content.decode()
    assert f'href="{claim.get_absolute_url()}"' in page


@pytest.mark.skipif(
    not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (CI's PostgreSQL pass sets it)"
)
def test_with_redis_configured_pages_are_cached_in_redis(client, claim):
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    backend = caches["default"]
    client.get(claim.get_absolute_url())

    redis_client = backend._cache.get_client(write=False)
    assert isinstance(backend, RedisCache)
    assert list(redis_client.scan_iter(match="*public-page*"))
