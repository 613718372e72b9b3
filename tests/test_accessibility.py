"""The public pages pass axe-core with no serious or critical violation, on desktop and phone.

axe-core runs as ``tests.browser.axe_violations`` does. Screenshots of every page at
both widths land in ``test-artifacts/a11y/`` for a person to look at.
"""

import datetime
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from articles.models import ClaimStatus, Qualifier
from tests import factories
from tests.browser import BLOCKING, axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "a11y"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}

BODY = (
    "Officials said more than 440 bodies had been exhumed at the site near Izium. "
    "Residents described the weeks of occupation.\n\n"
    "The regional governor later said 447 bodies had been found, most of them civilians.\n\n"
    "Investigators expect the count to rise as work continues."
)


def world() -> dict[str, str]:
    """A small realistic site: a tracked figure, verdicts, a claim being checked, corrections."""
    outlet = factories.OutletFactory(name="Kyiv Independent")
    article = factories.ArticleFactory(
        title="Hundreds of bodies exhumed at Izium burial site", body=BODY, outlet=outlet
    )
    second = factories.ArticleFactory(title="Governor updates Izium count", outlet=outlet)
    prosecutor = factories.ClaimantFactory(
        name="Prosecutor General", description="Office of the Prosecutor General of Ukraine"
    )
    governor = factories.ClaimantFactory(name="Oleh Syniehubov", description="Kharkiv governor")
    figure = factories.TrackedFigureFactory(
        name="Bodies exhumed at the Izium burial site",
        unit="bodies",
        place="Izium, Kharkiv region",
        description="Counts of bodies exhumed at the mass burial site in the Izium forest.",
    )
    published = factories.ClaimFactory(
        text="More than 440 bodies were exhumed at the Izium burial site",
        claimant=prosecutor,
        published=True,
        tracked_figure=figure,
        figure_value=440,
        figure_qualifier=Qualifier.MORE_THAN,
        figure_unit="bodies",
        figure_as_of=datetime.date(2022, 9, 16),
    )
    factories.AppearanceFactory(claim=published, article=article)
    verdict = published.verdicts.get()
    factories.CorrectionFactory(verdict=verdict, note="An earlier version misspelt Izium.")
    checking = factories.ClaimFactory(
        text="447 bodies were found at the site, most of them civilians",
        claimant=governor,
        status=ClaimStatus.RESEARCHING,
        tracked_figure=figure,
        figure_low=440,
        figure_high=450,
        figure_unit="bodies",
        figure_as_of=datetime.date(2022, 9, 23),
    )
    factories.AppearanceFactory(claim=checking, article=second)
    for n in range(4):
        factories.ClaimFactory(
            text=f"Claim number {n} about the exhumations",
            claimant=governor,
            published=n % 2 == 0,
            said_on=datetime.date(2022, 10, 1 + n),
            created_at=timezone.now(),
        )
    return {
        "home": "/",
        "tracker": "/claims/",
        "tracker-filtered": f"/claims/?claimant={governor.slug}",
        "verdict": published.get_absolute_url(),
        "being-checked": checking.get_absolute_url(),
        "articles": "/articles/",
        "article": article.get_absolute_url(),
        "claimants": "/claimants/",
        "claimant": prosecutor.get_absolute_url(),
        "figures": "/figures/",
        "figure": figure.get_absolute_url(),
        "not-found": "/claims/no-such-claim/",
    }


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_public_pages_have_no_serious_accessibility_violation(live_server, page, viewport):
    pages = world()
    page.set_viewport_size(VIEWPORTS[viewport])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    found, minor = {}, {}

    for name, url in pages.items():
        response = page.goto(live_server.url + url)
        assert response.status == (404 if name == "not-found" else 200), url
        page.screenshot(path=str(ARTIFACTS / f"{name}-{viewport}.png"), full_page=True)
        for violation in axe_violations(page):
            target = found if violation["impact"] in BLOCKING else minor
            target.setdefault(name, []).append(violation)

    (ARTIFACTS / f"minor-{viewport}.json").write_text(json.dumps(minor, indent=2))
    assert found == {}


def test_pages_declare_their_language_for_screen_readers(live_server, page):
    pages = world()

    page.goto(live_server.url + pages["verdict"])

    assert page.evaluate("document.documentElement.lang") == "en"


def test_chart_marks_are_reachable_by_keyboard(live_server, page):
    pages = world()
    page.goto(live_server.url + pages["figure"])

    labels = []
    for _ in range(40):
        page.keyboard.press("Tab")
        label = page.evaluate(
            "document.activeElement.classList.contains('chart-mark')"
            " ? document.activeElement.getAttribute('aria-label') : null"
        )
        if label and label not in labels:
            labels.append(label)

    assert len(labels) == 2
    assert labels[0].startswith("Prosecutor General: more than 440 bodies")


def test_ukrainian_pages_have_no_serious_accessibility_violation(live_server, browser):
    pages = world()
    context = browser.new_context(locale="uk-UA", extra_http_headers={"Accept-Language": "uk"})
    page = context.new_page()
    found = {}

    for name in ("home", "tracker", "verdict", "figure"):
        page.goto(live_server.url + pages[name])
        assert page.evaluate("document.documentElement.lang") == "uk"
        page.screenshot(path=str(ARTIFACTS / f"{name}-uk.png"), full_page=True)
        blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
        if blocking:
            found[name] = blocking

    context.close()
    assert found == {}
