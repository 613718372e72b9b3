"""Pieces of readers' pages kept in the cache show every change of the rows they show.

The page cache is off here (as it is while a page is first rendered); only the
fragments are on: a verdict page's pieces (title, description, social meta, JSON-LD
and content), the tracker's rows and its filter form.
"""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import Max
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import services
from articles.models import Claim, Rating
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragment_cache(settings):
    settings.FACTCHECK_FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def claim():
    claim = factories.ClaimFactory(text="The bridge was closed for repairs", published=True)
    factories.AppearanceFactory(claim=claim)
    return claim


def page(client, url, **headers) -> str:
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response.content.decode()


def test_a_verdict_page_from_fragments_is_the_page_rendered_whole(client, claim, settings):
    url = claim.get_absolute_url()
    first, again = page(client, url), page(client, url)
    settings.FACTCHECK_FRAGMENT_CACHE_SECONDS = 0

    assert again == first == page(client, url)


def test_the_tracker_from_fragments_is_the_page_rendered_whole(client, claim, settings):
    url = reverse("articles:claim-list")
    first, again = page(client, url), page(client, url)
    settings.FACTCHECK_FRAGMENT_CACHE_SECONDS = 0

    assert again == first == page(client, url)


def test_a_deep_tracker_page_by_number_skips_index_entries_not_joined_rows(client):
    for n in range(60):
        factories.ClaimFactory(text=f"Claim number {n}", published=True)
    url = reverse("articles:claim-list")
    whole = page(client, f"{url}?page=3")

    with CaptureQueriesContext(connection) as queries:
        from_fragments = page(client, f"{url}?page=3")

    (skipping,) = [q["sql"] for q in queries if "OFFSET" in q["sql"]]
    assert "articles_claimant" not in skipping
    assert from_fragments == whole
    assert "Claim number 9" in whole  # 60 claims, newest first: page 3 holds the first ten


def test_a_correction_shows_on_the_verdict_page(client, claim, reviewer):
    page(client, claim.get_absolute_url())

    services.verdict_correct(
        verdict=claim.verdicts.get(), by=reviewer, note="The date of the closure was wrong."
    )

    assert "The date of the closure was wrong." in page(client, claim.get_absolute_url())


def test_a_renamed_claimant_shows_on_the_verdict_page_and_the_tracker(client, claim, editor):
    page(client, claim.get_absolute_url())
    page(client, reverse("articles:claim-list"))

    services.claimant_update(claimant=claim.claimant, by=editor, name="Ministry of Infrastructure")

    assert "Ministry of Infrastructure" in page(client, claim.get_absolute_url())
    assert "Ministry of Infrastructure" in page(client, reverse("articles:claim-list"))


def json_ld(html: str) -> dict:
    start = html.index('<script type="application/ld+json">')
    return json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])


def test_a_renamed_outlet_shows_where_the_claim_was_made(client, claim, editor):
    outlet = claim.appearances.get().article.outlet
    page(client, claim.get_absolute_url())

    services.reference_update(instance=outlet, by=editor, name="The Kyiv Evening Post")

    html = page(client, claim.get_absolute_url())
    assert "The Kyiv Evening Post" in html.split('id="appearances-heading"')[1]
    publisher = json_ld(html)["itemReviewed"]["appearance"][0]["publisher"]
    assert publisher["name"] == "The Kyiv Evening Post"


def test_a_renamed_article_shows_in_the_verdict_pages_json_ld(client, claim, editor):
    article = claim.appearances.get().article
    page(client, claim.get_absolute_url())

    services.article_update(article=article, by=editor, title="Why the bridge closed")

    html = page(client, claim.get_absolute_url())
    assert json_ld(html)["itemReviewed"]["appearance"][0]["headline"] == "Why the bridge closed"


def test_a_relabelled_rating_shows_in_the_verdict_pages_title_and_json_ld(
    client, claim, admin_user
):
    rating = claim.verdicts.get().rating
    page(client, claim.get_absolute_url())

    services.reference_update(instance=rating, by=admin_user, label="Wildly wrong")

    html = page(client, claim.get_absolute_url())
    assert "<title>Wildly wrong: The bridge was closed for repairs" in html
    assert 'content="Wildly wrong: The bridge was closed for repairs"' in html  # og:title
    assert json_ld(html)["reviewRating"]["alternateName"] == "Wildly wrong"


def test_a_new_top_of_the_rating_scale_shows_in_every_verdict_pages_json_ld(
    client, claim, admin_user
):
    page(client, claim.get_absolute_url())
    top = Rating.objects.aggregate(top=Max("value"))["top"] + 1

    services.reference_create(model=Rating, by=admin_user, label="Beyond doubt", value=top)

    assert json_ld(page(client, claim.get_absolute_url()))["reviewRating"]["bestRating"] == top


def test_a_renamed_topic_shows_on_the_verdict_page(client, claim, editor, admin_user):
    topic = factories.TopicFactory(name="Roads")
    services.claim_update(claim=claim, by=editor, topics=[topic])
    page(client, claim.get_absolute_url())

    services.reference_update(instance=topic, by=admin_user, name="Roads and bridges")

    assert "Roads and bridges" in page(client, claim.get_absolute_url())


def test_a_reopened_claim_shows_on_its_page_that_it_is_being_rechecked(client, claim, reviewer):
    page(client, claim.get_absolute_url())

    services.claim_reopen(claim=claim, by=reviewer)

    html = page(client, claim.get_absolute_url())
    assert "Being re-checked." in html
    assert "Researching" in html.split('id="timeline-heading"')[1]


def test_a_verdict_page_names_the_site_address_it_was_asked_on(client, claim):
    url = claim.get_absolute_url()
    page(client, url, host="localhost")

    html = page(client, url, host="testserver")

    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    assert json_ld(html)["url"] == f"http://testserver{url}"
    assert "localhost" not in html


def test_a_verdict_page_from_its_fragment_costs_one_query(client, claim, django_assert_num_queries):
    page(client, claim.get_absolute_url())

    with django_assert_num_queries(1):  # the versions of what the page shows
        html = page(client, claim.get_absolute_url())
    assert "The bridge was closed for repairs" in html


def test_a_new_verdict_shows_in_the_tracker_row(client, editor, reviewer):
    claim = factories.ClaimFactory(text="Power returns tonight", in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor, rating=Rating.objects.get(slug="false"))
    assert "Being checked" in page(client, reverse("articles:claim-list"))

    services.claim_publish(claim=claim, by=reviewer)

    row = page(client, reverse("articles:claim-list")).split('class="claim-row"')[1]
    assert "Power returns tonight" in row
    assert "Being checked" not in row


def test_a_renamed_rating_shows_in_the_tracker_filters(client, claim, admin_user):
    rating = claim.verdicts.get().rating
    page(client, reverse("articles:claim-list"))

    services.reference_update(instance=rating, by=admin_user, label="Wildly wrong")

    tracker = page(client, reverse("articles:claim-list"))
    assert tracker.count("Wildly wrong") == 2  # the row's badge and the filter's choice


def test_each_language_has_its_own_fragments(client, claim):
    url = reverse("articles:claim-list")
    english = page(client, url, accept_language="en")

    ukrainian = page(client, url, accept_language="uk")

    assert english != ukrainian
    assert "Claims tracker" in english
    assert "Claims tracker" not in ukrainian


def test_editors_see_even_changes_the_fragments_miss(editor_client, claim):
    url = claim.get_absolute_url()
    page(editor_client, url)
    page(editor_client, reverse("articles:claim-list"))

    # A bulk update moves neither the row's time nor its version.
    Claim.objects.filter(pk=claim.pk).update(text="Quietly reworded claim")

    assert "Quietly reworded claim" in page(editor_client, url)
    assert "Quietly reworded claim" in page(editor_client, reverse("articles:claim-list"))
