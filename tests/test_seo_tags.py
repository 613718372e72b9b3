import pytest
from django.template.loader import get_template

from tests import factories

SITE = "https://factcheck.example.org"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.FACTCHECK_SITE_URL = SITE
    settings.FACTCHECK_ORGANISATION = {
        "name": "Example Factcheck",
        "url": f"{SITE}/about/",
        "logo": f"{SITE}/static/logo.png",
    }


def test_verdict_page_has_canonical_link_and_social_cards(client):
    claim = factories.ClaimFactory(
        published=True, text="More than 1,000 bodies were exhumed",
        verdict__summary="Official records confirm the figure.",
    )  # fmt: skip

    html = client.get(claim.get_absolute_url(), HTTP_HOST="localhost").text

    assert f'<link rel="canonical" href="{SITE}/claims/{claim.slug}/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="True: More than 1,000 bodies were exhumed">' in html
    assert '<meta property="og:description" content="Official records confirm the figure.">' in html
    assert f'<meta property="og:url" content="{SITE}/claims/{claim.slug}/">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert f'<meta property="og:image" content="{SITE}/static/logo.png">' in html


def test_page_of_claim_being_checked_says_so_in_its_card(client):
    claim = factories.ClaimFactory(researching=True, text="Claim still being checked")

    html = client.get(claim.get_absolute_url()).text

    assert '<meta property="og:title" content="Claim still being checked">' in html
    assert "This claim is being checked." in html


def test_tracker_canonical_link_leaves_out_the_filters(client):
    html = client.get("/claims/", {"status": "published", "page": "2"}).text

    assert f'<link rel="canonical" href="{SITE}/claims/">' in html
    assert '<meta property="og:type" content="website">' in html


def test_every_page_links_the_verdict_feeds(client):
    html = client.get("/").text

    rss = 'type="application/rss+xml" title="New and updated verdicts (RSS)"'
    atom = 'type="application/atom+xml" title="New and updated verdicts (Atom)"'
    assert f'{rss} href="{SITE}/feeds/verdicts.rss"' in html
    assert f'{atom} href="{SITE}/feeds/verdicts.atom"' in html


def test_claimant_page_links_the_claimants_feeds(client):
    claimant = factories.ClaimantFactory(slug="general-staff", name="General Staff")
    factories.ClaimFactory(claimant=claimant)

    html = client.get(claimant.get_absolute_url()).text

    assert f'href="{SITE}/feeds/claimants/general-staff.rss"' in html
    assert f'href="{SITE}/feeds/claimants/general-staff.atom"' in html
    assert '<meta property="og:title" content="General Staff">' in html


def test_tracker_export_links_keep_the_filters_but_not_the_page(client):
    html = client.get("/claims/", {"status": "published", "claimant": "x", "page": "1"}).text

    assert 'href="/claims/export.csv?status=published&amp;claimant=x"' in html
    assert 'href="/claims/export.json?status=published&amp;claimant=x"' in html


def test_error_pages_have_no_canonical_link(client):
    html = client.get("/no/such/page/").text

    assert 'rel="canonical"' not in html
    assert f'href="{SITE}/feeds/verdicts.rss"' in html


def test_server_error_page_still_renders_without_a_request():
    html = get_template("500.html").render()

    assert 'rel="canonical"' not in html
