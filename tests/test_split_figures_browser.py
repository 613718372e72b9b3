"""Figures over time in a real browser: a suggestion continues a tracked figure, and the
editor adds it with a confirmed click in the split view."""

import datetime
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from articles.models import Claim
from tests import factories
from tests.test_split_browser import AXE, AXE_OPTIONS, seed_article, split_page  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_editor_adds_a_suggested_figure_to_the_tracked_figure_it_continues(
    split_page,  # noqa: F811 - the fixture
    seed_article,  # noqa: F811
):
    figure = factories.TrackedFigureFactory(
        name="Civilian bodies exhumed in Ukraine", unit="civilian bodies", place="Ukraine"
    )
    factories.ClaimFactory(
        text="Investigators in Ukraine said 450 civilian bodies had been exhumed.",
        figure_value=Decimal(450),
        figure_unit="civilian bodies",
        said_on=datetime.date(2022, 10, 1),
        tracked_figure=figure,
    )
    page = split_page
    page.reload()

    suggestion = page.locator("#suggestions-panel .split-suggestion").filter(
        has_text="more than 1,000 civilian bodies"
    )
    proposal = suggestion.locator(".split-series-item")
    expect(proposal).to_contain_text(
        "Part of: Civilian bodies exhumed in Ukraine (2 points, latest 450 on"
    )
    proposal.get_by_text("Add to it…").click()
    page.evaluate(AXE)
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    expect(proposal.locator(".split-confirm-body")).to_contain_text(
        "becomes a point of “Civilian bodies exhumed in Ukraine”"
    )
    proposal.get_by_role("button", name="Add to it").click()
    expect(page.locator("#split-status")).to_contain_text(
        "is now a point of “Civilian bodies exhumed in Ukraine”"
    )
    # Accepted and grouped: it left the suggestions, and no panel proposes it any more.
    expect(page.locator("#suggestions-panel")).not_to_contain_text("more than 1,000 civilian")
    expect(page.locator(".split-series-item")).to_have_count(0)
    page.wait_for_load_state("networkidle")

    added = Claim.objects.get(text__startswith="In late October")
    assert added.tracked_figure == figure
    assert added.figure_value == 1000
    assert added.history.first().history_user.username == "desk-editor"
