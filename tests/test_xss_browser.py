"""In a real browser, no payload runs: no sentinel set, no dialog, no blocked script.

Every payload of ``tests/xss.py`` would set ``window.__xss`` or open a dialog if it
ran; one the Content Security Policy had to block also counts as a failure (the
page should not have carried it in the first place).
"""

import pytest

from tests.xss import build_poisoned_site

pytestmark = [
    pytest.mark.browser,
    # Serialized rollback keeps the ratings and groups the migrations wrote for later tests.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__csp.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture
def watched(page):
    """The page, with every dialog and CSP violation recorded."""
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.add_init_script(WATCH_CSP)
    page.dialogs = dialogs
    return page


def ran(page) -> dict:
    return {
        "sentinel": page.evaluate("typeof window.__xss"),
        "dialogs": list(page.dialogs),
        "blocked": page.evaluate("window.__csp || []"),
    }


CLEAN = {"sentinel": "undefined", "dialogs": [], "blocked": []}


def visit(page, url: str) -> dict:
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_load_state("load")
    # Focus every focusable element once, for onfocus/autofocus payloads.
    page.evaluate(
        "for (const el of document.querySelectorAll('a, button, input, select, [tabindex]'))"
        " { el.focus(); }"
    )
    return ran(page)


def test_no_payload_runs_on_any_public_page(live_server, watched):
    site = build_poisoned_site()
    urls = ["/", "/claims/", "/claims/?page=2", "/articles/", "/claimants/", "/figures/"]
    urls += [claim.get_absolute_url() for claim in site["claims"]]
    urls += [article.get_absolute_url() for article in site["articles"]]
    urls += [claimant.get_absolute_url() for claimant in site["claimants"][:10]]

    results = {url: visit(watched, live_server.url + url) for url in urls}

    assert {url: r for url, r in results.items() if r != CLEAN} == {}


def test_hovering_and_clicking_chart_marks_runs_nothing(live_server, watched):
    site = build_poisoned_site(count=12)
    figure_url = live_server.url + site["figure"].get_absolute_url()
    assert visit(watched, figure_url) == CLEAN
    # Only the drawing the stylesheet shows: the other one is display: none.
    marks = watched.locator(".chart-mark .chart-hit").filter(visible=True)
    assert marks.count() == 12

    for n in range(marks.count()):
        marks.nth(n).hover()
    assert ran(watched) == CLEAN

    marks.nth(0).click()
    watched.wait_for_load_state("load")

    assert watched.url == live_server.url + site["claims"][0].get_absolute_url()
    assert ran(watched) == CLEAN
