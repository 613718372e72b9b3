import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.utils import timezone

from articles import feeds
from articles.models import Claim, ClaimStatus
from tests import factories

SITE = "https://factcheck.example.org"
ATOM = "{http://www.w3.org/2005/Atom}"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.FACTCHECK_SITE_URL = SITE
    settings.FACTCHECK_ORGANISATION = {
        "name": "Example Factcheck",
        "url": "https://factcheck.example.org/about/",
        "logo": "https://factcheck.example.org/static/logo.png",
    }


@pytest.fixture
def unpublished():
    """A suggested claim, a dismissed claim and a draft verdict, each with distinctive text."""
    factories.ClaimFactory(suggested=True, text="Suggested zebra claim")
    factories.ClaimFactory(dismissed=True, text="Dismissed okapi claim")
    dismissed_with_verdict = factories.ClaimFactory(published=True, text="Withdrawn ibex claim")
    Claim.objects.filter(pk=dismissed_with_verdict.pk).update(status=ClaimStatus.DISMISSED)
    in_review = factories.ClaimFactory(in_review=True, text="Pending quokka claim")
    factories.VerdictFactory(
        claim=in_review, headline="Draft narwhal headline", summary="Draft narwhal summary"
    )


def rss_items(response) -> list[ET.Element]:
    return ET.fromstring(response.content).findall("./channel/item")


def atom_entries(response) -> list[ET.Element]:
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def test_rss_feed_item_is_a_published_verdict(client):
    claim = factories.ClaimFactory(
        published=True,
        text="More than 1,000 civilian bodies were exhumed",
        verdict__summary="Official records confirm the figure.",
    )

    response = client.get("/feeds/verdicts.rss")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    [item] = rss_items(response)
    assert item.findtext("title") == "True: More than 1,000 civilian bodies were exhumed"
    assert item.findtext("description") == "Official records confirm the figure."
    assert item.findtext("link") == f"{SITE}/claims/{claim.slug}/"
    assert "Example Factcheck" in item.findtext("{http://purl.org/dc/elements/1.1/}creator")


def test_rss_feed_item_dates_are_published_and_updated(client):
    verdict = factories.ClaimFactory(published=True).verdicts.get()
    published = datetime.datetime(2022, 11, 15, 9, 30, tzinfo=datetime.UTC)
    updated = datetime.datetime(2022, 11, 20, 12, 0, tzinfo=datetime.UTC)
    type(verdict).objects.filter(pk=verdict.pk).update(published_at=published, updated_at=updated)

    [entry] = atom_entries(client.get("/feeds/verdicts.atom"))

    assert entry.findtext(f"{ATOM}published") == "2022-11-15T09:30:00+00:00"
    assert entry.findtext(f"{ATOM}updated") == "2022-11-20T12:00:00+00:00"


def test_rss_pubdate_is_when_the_verdict_was_published(client):
    verdict = factories.ClaimFactory(published=True).verdicts.get()
    published = datetime.datetime(2022, 11, 15, 9, 30, tzinfo=datetime.UTC)
    type(verdict).objects.filter(pk=verdict.pk).update(published_at=published)

    [item] = rss_items(client.get("/feeds/verdicts.rss"))

    assert item.findtext("pubDate") == "Tue, 15 Nov 2022 09:30:00 +0000"


def test_atom_feed_names_the_organisation_as_author(client):
    factories.ClaimFactory(published=True)

    response = client.get("/feeds/verdicts.atom")

    assert response["Content-Type"].startswith("application/atom+xml")
    [entry] = atom_entries(response)
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Example Factcheck"


def test_feed_links_use_the_site_address_not_the_request_host(client):
    factories.ClaimFactory(published=True)

    root = ET.fromstring(client.get("/feeds/verdicts.atom", HTTP_HOST="localhost").content)

    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links["self"] == f"{SITE}/feeds/verdicts.atom"
    assert links["alternate"] == f"{SITE}/claims/"


def test_corrected_verdict_moves_to_the_top(client, reviewer):
    from articles.services import verdict_correct

    older = factories.ClaimFactory(published=True, text="Older claim")
    factories.ClaimFactory(published=True, text="Newer claim")
    verdict = older.verdicts.get()
    type(verdict).objects.filter(pk=verdict.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=3)
    )
    verdict_correct(verdict=verdict, by=reviewer, note="The date was wrong.")

    titles = [item.findtext("title") for item in rss_items(client.get("/feeds/verdicts.rss"))]

    assert titles == ["True: Older claim", "True: Newer claim"]


def test_re_rated_claim_has_an_item_per_published_verdict_the_old_one_marked_superseded(client):
    claim = factories.ClaimFactory(published=True, text="Re-rated claim")
    claim.verdicts.update(is_current=False)
    factories.VerdictFactory(
        claim=claim, published=True, rating=factories.RatingFactory(slug="false")
    )

    items = rss_items(client.get("/feeds/verdicts.rss"))

    page = f"{SITE}/claims/{claim.slug}/"
    assert sorted((item.findtext("title"), item.findtext("link")) for item in items) == [
        ("False: Re-rated claim", page),
        ("True (superseded): Re-rated claim", f"{page}#rating-history"),
    ]
    assert len({item.findtext("guid") for item in items}) == 2


def test_feeds_never_show_drafts_or_unpublished_claims(client, unpublished):
    factories.ClaimFactory(published=True, text="Public claim")

    for url in ("/feeds/verdicts.rss", "/feeds/verdicts.atom"):
        body = client.get(url).content.decode()
        assert "Public claim" in body
        for secret in ("zebra", "okapi", "ibex", "quokka", "narwhal"):
            assert secret not in body


def test_claimant_feed_lists_only_that_claimants_verdicts(client):
    claimant = factories.ClaimantFactory(slug="ministry-of-defence", name="Ministry of Defence")
    factories.ClaimFactory(published=True, claimant=claimant, text="Ministry claim")
    factories.ClaimFactory(published=True, text="Someone else's claim")

    for suffix in ("rss", "atom"):
        response = client.get(f"/feeds/claimants/ministry-of-defence.{suffix}")
        assert response.status_code == 200
        body = response.content.decode()
        assert "Ministry claim" in body
        assert "Someone else" not in body
        assert "Ministry of Defence" in body


def test_claimant_feed_of_unknown_claimant_is_not_found(client):
    assert client.get("/feeds/claimants/nobody.rss").status_code == 404


def test_claimant_known_only_from_suggestions_has_no_feed(client):
    claimant = factories.ClaimantFactory(slug="suggested-only")
    factories.ClaimFactory(suggested=True, claimant=claimant)

    assert client.get("/feeds/claimants/suggested-only.rss").status_code == 404


def test_feed_costs_the_same_queries_for_many_verdicts(client, django_assert_max_num_queries):
    for _ in range(3):
        factories.ClaimFactory(published=True)
    with django_assert_max_num_queries(10) as few:
        client.get("/feeds/verdicts.rss")
    for _ in range(30):
        factories.ClaimFactory(published=True)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(rss_items(client.get("/feeds/verdicts.rss"))) == 33


# --- the ClaimReview DataFeed -----------------------------------------------------------------


def test_claimreview_data_feed_holds_every_published_claim_review(client):
    first = factories.ClaimFactory(published=True, text="First reviewed claim")
    second = factories.ClaimFactory(published=True, text="Second reviewed claim")
    factories.ClaimFactory(researching=True, text="Still being checked")

    response = client.get("/claimreview.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    feed = json.loads(response.content)
    assert feed["@context"] == "https://schema.org"
    assert feed["@type"] == "DataFeed"
    assert {e["@type"] for e in feed["dataFeedElement"]} == {"ClaimReview"}
    assert {e["url"] for e in feed["dataFeedElement"]} == {
        f"{SITE}/claims/{first.slug}/",
        f"{SITE}/claims/{second.slug}/",
    }


def test_claimreview_data_feed_is_dated_by_its_newest_verdict(client):
    verdict = factories.ClaimFactory(published=True).verdicts.get()
    factories.ClaimFactory(published=True).verdicts.update(
        updated_at=datetime.datetime(2022, 1, 1, tzinfo=datetime.UTC)
    )
    newest = datetime.datetime(2023, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
    type(verdict).objects.filter(pk=verdict.pk).update(updated_at=newest)

    feed = client.get("/claimreview.json").json()

    assert feed["dateModified"] == "2023-05-06T07:08:09+00:00"


def test_empty_claimreview_data_feed_has_no_elements(client):
    feed = client.get("/claimreview.json").json()

    assert feed["dataFeedElement"] == []
    assert "dateModified" not in feed


def test_claimreview_data_feed_never_shows_unpublished_data(client, unpublished):
    factories.ClaimFactory(published=True, text="Published claim about the bridge")

    response = client.get("/claimreview.json")

    assert response.status_code == 200
    body = response.content.decode()
    assert "Published claim about the bridge" in body
    for secret in ("zebra", "okapi", "ibex", "quokka", "narwhal"):
        assert secret not in body


def test_claimreview_data_feed_costs_a_constant_number_of_queries(
    client, django_assert_num_queries
):
    for _ in range(5):
        factories.AppearanceFactory(claim=factories.ClaimFactory(published=True))
    with django_assert_num_queries(4):
        client.get("/claimreview.json")
    for _ in range(50):
        factories.AppearanceFactory(claim=factories.ClaimFactory(published=True))
    with django_assert_num_queries(4):
        assert len(client.get("/claimreview.json").json()["dataFeedElement"]) == 55


# --- the ClaimReview DataFeed in pages ----------------------------------------------------------


def next_page(response) -> str | None:
    for part in response.get("Link", "").split(","):
        url, _, rel = part.partition(";")
        if rel.strip() == 'rel="next"':
            return url.strip().strip("<>")
    return None


def walk_claimreview_pages(client) -> list[str]:
    urls, path = [], "/claimreview.json"
    while path:
        response = client.get(path)
        assert response.status_code == 200
        urls += [element["url"] for element in response.json()["dataFeedElement"]]
        nxt = next_page(response)
        path = nxt.removeprefix(settings.FACTCHECK_SITE_URL) if nxt else None
    return urls


def test_a_consumer_walks_every_page_of_the_claimreview_feed(client, monkeypatch):
    monkeypatch.setattr(feeds, "CLAIMREVIEW_PAGE_SIZE", 4)
    claims = [factories.ClaimFactory(published=True) for _ in range(10)]

    urls = walk_claimreview_pages(client)

    assert len(urls) == 10
    assert {url.rsplit("/claims/", 1)[1].strip("/") for url in urls} == {c.slug for c in claims}


def test_the_claimreview_index_names_every_page(client, monkeypatch):
    monkeypatch.setattr(feeds, "CLAIMREVIEW_PAGE_SIZE", 4)
    for _ in range(8):
        factories.ClaimFactory(published=True)

    index = client.get("/claimreview/pages.json").json()

    assert index["page_size"] == 4
    assert len(index["pages"]) == 2
    pages = [client.get(url.removeprefix(settings.FACTCHECK_SITE_URL)) for url in index["pages"]]
    assert [len(page.json()["dataFeedElement"]) for page in pages] == [4, 4]


def test_a_claimreview_page_cursor_that_is_not_a_number_is_refused(client):
    response = client.get("/claimreview.json?before=abc")

    assert response.status_code == 400
    assert "before" in response.json()


def test_a_claimreview_page_stays_within_a_fixed_memory_budget_as_the_archive_grows(
    client, monkeypatch
):
    import tracemalloc

    monkeypatch.setattr(feeds, "CLAIMREVIEW_PAGE_SIZE", 20)

    def peak_of_first_page() -> int:
        tracemalloc.start()
        client.get("/claimreview.json")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    for _ in range(30):
        factories.ClaimFactory(published=True)
    small = peak_of_first_page()
    for _ in range(270):
        factories.ClaimFactory(published=True)
    large = peak_of_first_page()

    assert large < small * 1.5


def test_a_claimreview_page_holds_a_page_of_reviews_under_a_megabyte(client, settings):
    from tests.test_queries import add_claims

    add_claims(2 * feeds.CLAIMREVIEW_PAGE_SIZE + 2, author=factories.UserFactory())

    response = client.get("/claimreview.json")

    assert len(response.json()["dataFeedElement"]) == feeds.CLAIMREVIEW_PAGE_SIZE
    assert 'rel="next"' in response["Link"]
    assert len(response.content) < 1_000_000
    assert client.get("/claimreview.json", {"before": "9" * 30}).status_code == 200


@pytest.mark.parametrize(("reviews", "pages"), [(3, 1), (4, 1), (5, 2), (9, 3)])
def test_the_claimreview_index_has_a_page_for_every_four_reviews_begun(
    client, monkeypatch, reviews, pages
):
    monkeypatch.setattr(feeds, "CLAIMREVIEW_PAGE_SIZE", 4)
    for _ in range(reviews):
        factories.ClaimFactory(published=True)

    index = client.get("/claimreview/pages.json").json()

    assert len(index["pages"]) == pages
    last = client.get(index["pages"][-1].removeprefix(settings.FACTCHECK_SITE_URL)).json()
    assert len(last["dataFeedElement"]) == reviews - 4 * (pages - 1)
