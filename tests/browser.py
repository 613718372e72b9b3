"""Driving pages in a real browser: logging a member of the desk in, running axe-core."""

from pathlib import Path

from django.contrib.auth.models import Group
from django.urls import reverse

from tests import factories

PASSWORD = "correct horse battery staple"

# axe-core is vendored (``tests/vendor/axe.min.js``, MPL-2.0, licence header kept) and
# evaluated in the page through the DevTools protocol, which the page's Content Security
# Policy does not govern.
AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
# What must not be there: axe's "serious" and "critical" impacts.
BLOCKING = {"serious", "critical"}


def log_in(page, live_server, username, group, *, next_url=""):
    """Create ``username`` in ``group`` (Editors or Reviewers) and log them in on ``page``."""
    user = factories.UserFactory(username=username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    query = f"?next={next_url}" if next_url else ""
    page.goto(f"{live_server.url}{reverse('admin:login')}{query}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state("networkidle")
    return user


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page as loaded: rule, impact, help, a few targets and
    why the first one fails."""
    page.evaluate(AXE)
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
            "why": v["nodes"][0].get("failureSummary", "") if v["nodes"] else "",
        }
        for v in result["violations"]
    ]
