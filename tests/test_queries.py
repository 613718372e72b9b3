"""Query budgets: every public page costs the same number of queries for 5 rows or 500."""

import datetime
import itertools

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import (
    Appearance,
    Claim,
    ClaimStatus,
    Correction,
    Evidence,
    Rating,
    StatusChange,
    Topic,
    Verdict,
    VerdictState,
)
from tests import factories

pytestmark = pytest.mark.django_db

SMALL, LARGE = 5, 500
SENTENCE = "Officials said {n} bodies were found. "
_serial = itertools.count()


@pytest.fixture(autouse=True)
def _fresh_serials():
    """Each test numbers its claims from 0, so they fit the article's sentences."""
    global _serial
    _serial = itertools.count()


def queries_for(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def assert_same_cost(small: list[str], large: list[str]) -> None:
    assert len(small) == len(large), "\n\n".join(large)


@pytest.fixture
def author():
    return factories.UserFactory()


@pytest.fixture
def article():
    """An article long enough to hold a distinct span for every claim."""
    body = "".join(SENTENCE.format(n=n) for n in range(LARGE + 1))
    return factories.ArticleFactory(body=body, slug="long-article")


def sentence_span(article, n):
    start = article.body.index(SENTENCE.format(n=n))
    exact = SENTENCE.format(n=n).strip()
    return {"start": start, "end": start + len(exact), "exact": exact}


def add_claims(count, *, author, claimant=None, article=None):
    """Bulk-create public claims: every other one published with a current verdict."""
    rating = Rating.objects.get(slug="true")
    serials = [next(_serial) for _ in range(count)]
    claims = Claim.objects.bulk_create(
        Claim(
            text=f"Bulk claim {n}",
            slug=f"bulk-claim-{n}",
            claimant=claimant,
            status=ClaimStatus.PUBLISHED if n % 2 else ClaimStatus.RESEARCHING,
            said_on=datetime.date(2022, 1, 1) + datetime.timedelta(days=n % 300),
        )
        for n in serials
    )
    Verdict.objects.bulk_create(
        Verdict(
            claim=claim,
            rating=rating,
            headline="Checked",
            author=author,
            state=VerdictState.PUBLISHED,
            is_current=True,
            published_at=timezone.now(),
        )
        for claim in claims
        if claim.status == ClaimStatus.PUBLISHED
    )
    if article is not None:
        Appearance.objects.bulk_create(
            Appearance(claim=claim, article=article, **sentence_span(article, n))
            for n, claim in zip(serials, claims, strict=True)
        )
    return claims


def test_tracker_costs_the_same_for_5_or_500_claims(client, author):
    claimant = factories.ClaimantFactory(slug="governor")
    add_claims(SMALL, author=author, claimant=claimant)
    url = reverse("articles:claim-list") + "?claimant=governor&q=claim&order=oldest"
    small = queries_for(client, url)

    add_claims(LARGE - SMALL, author=author, claimant=claimant)
    large = queries_for(client, url)

    assert_same_cost(small, large)


def test_tracker_filtered_by_rating_and_article_costs_the_same(client, author, article):
    add_claims(SMALL, author=author, article=article)
    url = reverse("articles:claim-list") + "?rating=true&article=long-article&page=2"
    small = queries_for(client, url)

    add_claims(LARGE - SMALL, author=author, article=article)
    large = queries_for(client, url)

    assert_same_cost(small, large)


def enrich(claim, count, *, author, article, offset):
    """Give a claim ``count`` more appearances, evidence, old verdicts, corrections and changes."""
    rating = Rating.objects.get(slug="unverifiable")
    Appearance.objects.bulk_create(
        Appearance(claim=claim, article=article, **sentence_span(article, offset + n))
        for n in range(count)
    )
    Evidence.objects.bulk_create(
        Evidence(claim=claim, title=f"Source {offset + n}", excerpt="*Note*") for n in range(count)
    )
    verdicts = Verdict.objects.bulk_create(
        Verdict(
            claim=claim,
            rating=rating,
            headline="Earlier",
            author=author,
            state=VerdictState.PUBLISHED,
            published_at=timezone.now() - datetime.timedelta(days=n),
        )
        for n in range(count)
    )
    Correction.objects.bulk_create(
        Correction(
            verdict=verdict, note="Fixed a date.", published_at=timezone.now(), author=author
        )
        for verdict in verdicts
    )
    steps = itertools.cycle([ClaimStatus.RESEARCHING, ClaimStatus.IN_REVIEW])
    StatusChange.objects.bulk_create(
        StatusChange(claim=claim, from_status=a, to_status=b, at=timezone.now(), note="internal")
        for a, b in itertools.islice(itertools.pairwise(steps), count)
    )
    claim.topics.add(
        *Topic.objects.bulk_create(
            Topic(name=f"Topic {offset + n}", slug=f"topic-{offset + n}") for n in range(count)
        )
    )


def test_verdict_page_costs_the_same_for_5_or_500_of_everything(client, author, article):
    claim = factories.ClaimFactory(published=True)
    enrich(claim, SMALL, author=author, article=article, offset=0)
    small = queries_for(client, claim.get_absolute_url())

    enrich(claim, LARGE - SMALL, author=author, article=article, offset=SMALL)
    large = queries_for(client, claim.get_absolute_url())

    assert_same_cost(small, large)


@pytest.fixture
def fragments(settings):
    """Readers' pages put together from fragments, as outside the tests."""
    settings.FACTCHECK_FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_verdict_page_for_a_reader_costs_the_same_for_5_or_500_of_everything(
    client, author, article, fragments
):
    claim = factories.ClaimFactory(published=True)
    enrich(claim, SMALL, author=author, article=article, offset=0)
    small = queries_for(client, claim.get_absolute_url())
    small_again = queries_for(client, claim.get_absolute_url())

    enrich(claim, LARGE - SMALL, author=author, article=article, offset=SMALL)
    large = queries_for(client, claim.get_absolute_url())
    large_again = queries_for(client, claim.get_absolute_url())

    assert_same_cost(small, large)
    # Once its fragment is cached, only the versions of what the page shows are read.
    assert len(small_again) == len(large_again) == 1


def test_article_page_costs_the_same_for_5_or_500_marked_claims(client, author, article):
    add_claims(SMALL, author=author, article=article, claimant=factories.ClaimantFactory())
    small = queries_for(client, article.get_absolute_url())

    add_claims(LARGE - SMALL, author=author, article=article, claimant=factories.ClaimantFactory())
    large = queries_for(client, article.get_absolute_url())

    assert_same_cost(small, large)
    assert client.get(article.get_absolute_url()).text.count('<mark class="claim-mark') == LARGE


def test_claimant_page_costs_the_same_for_5_or_500_claims(client, author):
    claimant = factories.ClaimantFactory()
    add_claims(SMALL, author=author, claimant=claimant)
    small = queries_for(client, claimant.get_absolute_url())

    add_claims(LARGE - SMALL, author=author, claimant=claimant)
    large = queries_for(client, claimant.get_absolute_url())

    assert_same_cost(small, large)


def test_home_costs_the_same_for_5_or_500_claims(client, author):
    add_claims(SMALL, author=author, claimant=factories.ClaimantFactory())
    small = queries_for(client, reverse("articles:home"))

    add_claims(LARGE - SMALL, author=author, claimant=factories.ClaimantFactory())
    large = queries_for(client, reverse("articles:home"))

    assert_same_cost(small, large)


def test_article_list_costs_the_same_for_5_or_500_articles(client, author):
    factories.ArticleFactory.create_batch(SMALL)
    small = queries_for(client, reverse("articles:article-list"))

    factories.ArticleFactory.create_batch(LARGE - SMALL)
    large = queries_for(client, reverse("articles:article-list"))

    assert_same_cost(small, large)


def test_claimant_list_costs_the_same_for_5_or_500_claimants(client, author):
    for _ in range(SMALL):
        add_claims(1, author=author, claimant=factories.ClaimantFactory())
    small = queries_for(client, reverse("articles:claimant-list"))

    for _ in range(LARGE - SMALL):
        add_claims(1, author=author, claimant=factories.ClaimantFactory())
    large = queries_for(client, reverse("articles:claimant-list"))

    assert_same_cost(small, large)
