import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles import services
from articles.models import Claim, ClaimStatus
from articles.sitemaps import PROTOCOL_LIMIT, SITEMAP_LIMIT
from tests import factories

SITE = "https://factcheck.example.org"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.FACTCHECK_SITE_URL = SITE


def sitemap_files(client) -> list[str]:
    """The files the sitemap index names, as site paths."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{NS}sitemapindex"
    return [entry.findtext(f"{NS}loc").removeprefix(SITE) for entry in root]


def sitemap(client) -> dict[str, str | None]:
    """Every location of every file of the sitemap, with its lastmod."""
    locations = {}
    for path in sitemap_files(client):
        response = client.get(path)
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        assert len(root) <= SITEMAP_LIMIT
        for url in root:
            location = url.findtext(f"{NS}loc")
            assert location not in locations, f"{location} listed twice"
            locations[location] = url.findtext(f"{NS}lastmod")
    return locations


def test_sitemap_lists_the_fixed_public_pages(client):
    locations = sitemap(client)

    for path in ("/", "/claims/", "/articles/", "/claimants/", "/figures/"):
        assert f"{SITE}{path}" in locations


def test_sitemap_lists_every_public_object_page(client):
    claim = factories.ClaimFactory(
        published=True, figure=True, tracked_figure=factories.TrackedFigureFactory()
    )
    being_checked = factories.ClaimFactory(researching=True)
    appearance = factories.AppearanceFactory(claim=claim)

    locations = sitemap(client)

    assert f"{SITE}/claims/{claim.slug}/" in locations
    assert f"{SITE}/claims/{being_checked.slug}/" in locations
    assert f"{SITE}/articles/{appearance.article.slug}/" in locations
    assert f"{SITE}/claimants/{claim.claimant.slug}/" in locations
    assert f"{SITE}/figures/{claim.tracked_figure.slug}/" in locations


def test_sitemap_leaves_out_suggested_and_dismissed_claims_and_their_claimants(client):
    suggested = factories.ClaimFactory(suggested=True)
    dismissed = factories.ClaimFactory(dismissed=True)

    body = " ".join(sitemap(client))

    for claim in (suggested, dismissed):
        assert claim.slug not in body
        assert claim.claimant.slug not in body


def test_claim_lastmod_follows_a_correction_of_its_verdict(client):
    claim = factories.ClaimFactory(published=True)
    old = datetime.datetime(2022, 11, 1, tzinfo=datetime.UTC)
    Claim.objects.filter(pk=claim.pk).update(updated_at=old, last_activity_at=old)
    reviewer = factories.UserFactory(is_superuser=True)
    services.verdict_correct(verdict=claim.verdicts.get(), by=reviewer, note="Date fixed.")

    lastmod = sitemap(client)[f"{SITE}/claims/{claim.slug}/"]

    assert lastmod.startswith(timezone.now().date().isoformat())


def test_claim_lastmod_ignores_draft_verdicts(client):
    claim = factories.ClaimFactory(in_review=True)
    old = datetime.datetime(2022, 11, 1, tzinfo=datetime.UTC)
    Claim.objects.filter(pk=claim.pk).update(updated_at=old, last_activity_at=old)
    draft = factories.VerdictFactory(claim=claim)
    type(draft).objects.filter(pk=draft.pk).update(
        updated_at=datetime.datetime(2022, 12, 24, tzinfo=datetime.UTC)
    )

    assert sitemap(client)[f"{SITE}/claims/{claim.slug}/"].startswith("2022-11-01")


def test_claimant_lastmod_is_their_latest_public_claim(client):
    claimant = factories.ClaimantFactory()
    public = factories.ClaimFactory(claimant=claimant)
    hidden = factories.ClaimFactory(claimant=claimant, status=ClaimStatus.SUGGESTED)
    Claim.objects.filter(pk=public.pk).update(
        updated_at=datetime.datetime(2022, 10, 1, tzinfo=datetime.UTC)
    )
    Claim.objects.filter(pk=hidden.pk).update(
        updated_at=datetime.datetime(2023, 1, 1, tzinfo=datetime.UTC)
    )

    assert sitemap(client)[f"{SITE}/claimants/{claimant.slug}/"].startswith("2022-10-01")


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines


def test_sitemap_leaves_out_figures_without_public_figure_claims(client):
    hidden = factories.TrackedFigureFactory(slug="hidden-figure")
    factories.ClaimFactory(suggested=True, figure=True, tracked_figure=hidden)

    assert f"{SITE}/figures/hidden-figure/" not in sitemap(client)


def claim_file(pk: int, limit: int = SITEMAP_LIMIT) -> str:
    """The sitemap file that lists the claim with this key: its block of ``limit`` keys."""
    number = (pk - 1) // limit + 1
    return "/sitemap-claims.xml" if number == 1 else f"/sitemap-claims.xml?p={number}"


def claim_files(client) -> list[str]:
    return [path for path in sitemap_files(client) if path.startswith("/sitemap-claims.xml")]


def test_a_sitemap_of_more_than_a_files_worth_is_split_and_lists_every_claim_once(
    client, settings, monkeypatch
):
    from articles import sitemaps

    # The protocol's 50,000, scaled down: the same splitting at a size a test can afford.
    monkeypatch.setattr(sitemaps.SiteSitemap, "limit", 7)
    claims = [factories.ClaimFactory(published=True) for _ in range(16)]

    files = claim_files(client)
    locations = sitemap(client)

    assert set(files) == {claim_file(claim.pk, 7) for claim in claims}
    assert len(files) in (3, 4)  # 16 consecutive keys span three or four blocks of 7
    assert {f"{SITE}/claims/{claim.slug}/" for claim in claims} <= set(locations)


def test_each_file_lists_the_public_claims_of_its_block_of_keys(client, monkeypatch):
    from articles import sitemaps

    monkeypatch.setattr(sitemaps.SiteSitemap, "limit", 5)
    claims = [factories.ClaimFactory(published=True) for _ in range(12)]
    factories.ClaimFactory(suggested=True)

    for path in claim_files(client):
        listed = {url.findtext(f"{NS}loc") for url in ET.fromstring(client.get(path).content)}
        assert listed == {
            f"{SITE}/claims/{claim.slug}/" for claim in claims if claim_file(claim.pk, 5) == path
        }


def test_a_file_keeps_its_address_when_claims_before_it_leave_the_sitemap(client, monkeypatch):
    from articles import sitemaps

    monkeypatch.setattr(sitemaps.SiteSitemap, "limit", 5)
    claims = [factories.ClaimFactory(published=True) for _ in range(15)]
    last = claims[-1]
    path = claim_file(last.pk, 5)

    Claim.objects.filter(pk__in=[claim.pk for claim in claims[:10]]).update(
        status=ClaimStatus.DISMISSED
    )

    assert claim_files(client)[-1] == path
    assert f"{SITE}/claims/{last.slug}/".encode() in client.get(path).content


def test_a_block_without_public_claims_is_left_out_of_the_index(client, monkeypatch):
    from articles import sitemaps

    monkeypatch.setattr(sitemaps.SiteSitemap, "limit", 5)
    claims = [factories.ClaimFactory(published=True) for _ in range(15)]
    # 15 consecutive keys: the block of the middle one holds five of them and no other.
    empty = claim_file(claims[7].pk, 5)
    hidden = [claim.pk for claim in claims if claim_file(claim.pk, 5) == empty]
    Claim.objects.filter(pk__in=hidden).update(status=ClaimStatus.SUGGESTED)

    files = claim_files(client)

    assert len(hidden) == 5
    assert empty not in files
    assert len(files) >= 2
    assert client.get(empty).status_code in (200, 404)  # the first file is always there
    assert b"<url>" not in client.get(empty).content


def test_the_sitemap_is_served_from_the_page_cache(client, settings, django_assert_num_queries):
    settings.FACTCHECK_PUBLIC_CACHE_SECONDS = 60
    factories.ClaimFactory(published=True)
    client.get("/sitemap.xml")

    with django_assert_num_queries(1):  # the publication stamp only
        response = client.get("/sitemap.xml")

    assert response.status_code == 200


def test_public_claims_past_a_file_s_limit_are_split_into_files_each_listed_once(client):
    assert SITEMAP_LIMIT <= PROTOCOL_LIMIT == 50_000
    count = 2 * SITEMAP_LIMIT + 1
    created = Claim.objects.bulk_create(
        [
            Claim(text=f"Claim {n}", slug=f"bulk-claim-{n}", status=ClaimStatus.PUBLISHED)
            for n in range(count)
        ],
        batch_size=5_000,
    )

    files = claim_files(client)
    locations = sitemap(client)
    sizes = [len(client.get(path).content) for path in files]

    assert set(files) == {claim_file(claim.pk) for claim in created}
    claims = [location for location in locations if "/claims/bulk-claim-" in location]
    assert len(claims) == len(set(claims)) == count
    assert max(sizes) < 1_000_000


def test_every_file_of_claims_is_one_query_whatever_its_length(client, django_assert_num_queries):
    claims = [factories.ClaimFactory(published=True) for _ in range(30)]

    listed = 0
    for path in {claim_file(claim.pk) for claim in claims}:
        with django_assert_num_queries(1):
            response = client.get(path)
        listed += len(ET.fromstring(response.content))
        assert response["X-Robots-Tag"] == "noindex, noodp, noarchive"
        assert response["Last-Modified"]

    assert listed == 30


def test_a_file_past_the_last_is_not_found(client):
    claim = factories.ClaimFactory(published=True)
    after = (claim.pk - 1) // SITEMAP_LIMIT + 2

    assert client.get(f"/sitemap-claims.xml?p={after}").status_code == 404
    assert client.get("/sitemap-claims.xml?p=two").status_code == 404
    assert client.get("/sitemap-claims.xml?p=0").status_code == 404
    assert client.get(f"/sitemap-claims.xml?p={10**30}").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404
