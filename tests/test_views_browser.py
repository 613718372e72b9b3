"""The public pages in a real browser, on a phone and a desktop: they fit, and axe finds nothing.

Screenshots land in ``test-artifacts/public/`` for a human to look at.
"""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import VerdictState
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "public"
AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
WIDTHS = {"phone": 390, "desktop": 1280}
BODY = (
    "Officials said more than 1,000 civilian bodies had been exhumed in recently liberated "
    "areas of the Kharkiv region. Residents celebrated in the streets.\n\n"
    "According to the regional governor, 450 graves were found at a single site in Izium, "
    "most of them of civilians."
)


def appear(claim, article, text):
    start = article.body.index(text)
    return factories.AppearanceFactory(
        claim=claim, article=article, start=start, end=start + len(text), exact=text
    )


def build_site():
    """A small newsroom: a marked article, a re-rated verdict, a reopened claim, open ones.

    Ratings come from the factory: a transactional test starts without the seeded scale.
    """
    factories.RatingFactory(slug="true", value=6)
    article = factories.ArticleFactory(
        title="More than 1,000 civilian bodies exhumed, officials say", slug="exhumed", body=BODY
    )
    governor = factories.ClaimantFactory(name="Regional Governor", slug="governor")
    rerated = factories.ClaimFactory(
        text="More than 1,000 civilian bodies were exhumed", slug="rerated", published=True
    )
    factories.VerdictFactory(
        claim=rerated,
        rating=factories.RatingFactory(slug="unverifiable", value=0),
        state=VerdictState.PUBLISHED,
        published_at=timezone.now() - datetime.timedelta(days=20),
        reviewer=factories.UserFactory(),
    )
    factories.CorrectionFactory(verdict=rerated.verdicts.get(is_current=True))
    appear(rerated, article, "more than 1,000 civilian bodies had been exhumed")
    reopened = factories.ClaimFactory(
        text="450 graves were found at one site", slug="reopened", claimant=governor
    )
    factories.VerdictFactory(
        claim=reopened,
        rating=factories.RatingFactory(slug="mostly-true", value=5),
        state=VerdictState.PUBLISHED,
        is_current=True,
        published_at=timezone.now(),
        reviewer=factories.UserFactory(),
    )
    reopened.status = "researching"
    reopened.save()
    appear(reopened, article, "450 graves were found at a single site in Izium")
    nested = factories.ClaimFactory(text="Most graves are of civilians", claimant=governor)
    appear(nested, article, "450 graves were found at a single site in Izium, most of them")
    factories.ClaimFactory.create_batch(30, claimant=governor)
    return {"article": article, "rerated": rerated, "governor": governor}


# The pages that answer with an error on purpose; every other page answers 200.
NOT_OK = {"tracker-bad-filters": 400, "not-found": 404}


def check(page, url, name):
    """Load ``url`` at both widths; return overflow and axe findings, keyed by width."""
    problems = {}
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(url)
        assert response.status == NOT_OK.get(name, 200), url
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        page.evaluate(AXE)
        violations = page.evaluate(
            "async () => (await axe.run()).violations"
            ".map(v => `${v.id}: ${v.nodes.map(n => n.target).join(', ')}`)"
        )
        page.screenshot(path=ARTIFACTS / f"{name}-{label}.png", full_page=True)
        if overflow > 0 or violations:
            problems[label] = {"overflow": overflow, "axe": violations}
    return problems


def test_public_pages_fit_phones_and_desktops_and_pass_axe(live_server, page):
    site = build_site()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pages = {
        "home": "/",
        "tracker": "/claims/",
        "tracker-filtered": "/claims/?claimant=governor&status=being_checked&order=oldest",
        "tracker-bad-filters": "/claims/?rating=nope&said_on_after=someday",
        "verdict": site["rerated"].get_absolute_url(),
        "verdict-rechecking": "/claims/reopened/",
        "articles": "/articles/",
        "article": site["article"].get_absolute_url(),
        "claimants": "/claimants/",
        "claimant": site["governor"].get_absolute_url(),
        "not-found": "/no/such/page/",
    }

    problems = {name: check(page, live_server.url + url, name) for name, url in pages.items()}

    assert {name: found for name, found in problems.items() if found} == {}


def test_a_quote_on_the_verdict_page_leads_to_its_marked_place_in_the_article(live_server, page):
    site = build_site()
    page.goto(live_server.url + site["rerated"].get_absolute_url())

    page.get_by_role("link", name=site["article"].title).click()

    target = page.locator("mark:target")
    expect(target).to_have_count(1)
    expect(target).to_contain_text("more than 1,000 civilian bodies")
