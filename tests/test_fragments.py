"""Pieces of readers' pages kept in the cache show every change of the rows they show.

The page cache is off here (as it is while a page is first rendered); only the
fragments are on: a verdict page's content, the tracker's rows and its filter form.
"""

import pytest
from django.core.cache import cache
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


def test_a_renamed_outlet_shows_where_the_claim_was_made(client, claim, editor):
    outlet = claim.appearances.get().article.outlet
    page(client, claim.get_absolute_url())

    services.reference_update(instance=outlet, by=editor, name="The Kyiv Evening Post")

    assert "The Kyiv Evening Post" in page(client, claim.get_absolute_url())


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
