import datetime
import xml.etree.ElementTree as ET

import pytest

from articles.models import Claim, ClaimStatus
from tests import factories

SITE = "https://factcheck.example.org"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.FACTCHECK_SITE_URL = SITE


def sitemap(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod") for url in root}


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

    body = client.get("/sitemap.xml").content.decode()

    for claim in (suggested, dismissed):
        assert claim.slug not in body
        assert claim.claimant.slug not in body


def test_claim_lastmod_follows_a_correction_of_its_verdict(client):
    claim = factories.ClaimFactory(published=True)
    old = datetime.datetime(2022, 11, 1, tzinfo=datetime.UTC)
    Claim.objects.filter(pk=claim.pk).update(updated_at=old, last_activity_at=old)
    claim.verdicts.update(updated_at=datetime.datetime(2022, 12, 24, 8, 0, tzinfo=datetime.UTC))

    lastmod = sitemap(client)[f"{SITE}/claims/{claim.slug}/"]

    assert lastmod.startswith("2022-12-24")


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
