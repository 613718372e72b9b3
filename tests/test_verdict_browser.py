"""Writing and reviewing a verdict in a real browser: the editor's live preview, and the
reviewer's preview of the whole verdict page, published from there."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from playwright.sync_api import expect

from articles import services
from articles.models import ClaimStatus, Rating
from tests import factories
from tests.browser import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.fixture
def claim_in_review():
    editor = factories.UserFactory(username="author")
    editor.groups.add(Group.objects.get(name="Editors"))
    claim = factories.ClaimFactory(researching=True, text="The toll rose to 54 on Thursday")
    services.evidence_add(claim=claim, by=editor, title="Civil Protection briefing")
    services.verdict_draft(
        claim=claim,
        by=editor,
        rating=Rating.objects.get(slug="mostly-true"),
        headline="The toll was 54, by the ministry's count",
        explanation="The ministry said **54**.",
    )
    services.claim_submit_for_review(claim=claim, by=editor)
    return claim


@pytest.mark.parametrize("width", [1280, 390])
def test_the_verdict_editor_previews_the_explanation_as_readers_will_see_it(
    page, live_server, claim_in_review, width
):
    draft = claim_in_review.verdicts.get()
    url = reverse("admin:articles_verdict_change", args=[draft.pk])
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, live_server, "writer", "Editors", next_url=url)
    preview = page.locator("#fc-verdict-preview")
    expect(preview.locator("strong")).to_have_text("54")

    page.fill("#id_explanation", "Officials counted *61*, see [the report](https://example.org/r).")

    expect(preview.locator("em")).to_have_text("61")
    expect(preview.locator("a")).to_have_attribute("href", "https://example.org/r")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"verdict-editor-{width}.png"), full_page=True)


def test_a_reviewer_previews_the_verdict_page_and_publishes_from_it(
    page, live_server, claim_in_review
):
    change = reverse("admin:articles_claim_change", args=[claim_in_review.pk])
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, "chief", "Reviewers", next_url=change)

    page.get_by_role("link", name="Preview as readers will see it").click()

    expect(page.locator(".preview-bar h2")).to_have_text("Preview: readers do not see this yet")
    expect(page.locator(".verdict-headline")).to_have_text(
        "The toll was 54, by the ministry's count"
    )
    expect(page.locator(".source-list")).to_contain_text("Civil Protection briefing")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "verdict-preview-1280.png"), full_page=True)
    page.get_by_role("button", name="Publish verdict").click()

    expect(page.locator(".messagelist")).to_contain_text("the claim is now published")
    page.wait_for_load_state("networkidle")
    claim_in_review.refresh_from_db()
    assert claim_in_review.status == ClaimStatus.PUBLISHED


def test_a_reviewer_sends_the_draft_back_from_the_preview_with_a_note(
    page, live_server, claim_in_review
):
    preview = reverse("admin:articles_claim_preview", args=[claim_in_review.pk])
    log_in(page, live_server, "chief", "Reviewers", next_url=preview)

    page.fill("#preview-note", "Cite the ministry's own table, please.")
    page.get_by_role("button", name="Send back to research").click()

    expect(page.locator(".messagelist")).to_contain_text("the claim is now researching")
    page.wait_for_load_state("networkidle")
    change = claim_in_review.status_changes.order_by("-at", "-id").first()
    assert (change.to_status, change.note) == (
        ClaimStatus.RESEARCHING,
        "Cite the ministry's own table, please.",
    )
