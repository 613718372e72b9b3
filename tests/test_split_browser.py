"""The split view in a real browser: an editor splits the seed article into claims."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import Appearance, Article, Claim, ClaimStatus
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEED = Path(settings.BASE_DIR) / "seeds" / "000_ef148b2b24f95f6d.txt"
PASSWORD = "correct horse battery staple"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture
def seed_article():
    call_command("import_seeds", str(SEED), stdout=StringIO())
    return Article.objects.get(origin=f"seeds/{SEED.name}")


@pytest.fixture
def split_page(page, live_server, seed_article):
    """The split view of the seed article, opened by an editor who logged in on the admin."""
    editor = factories.UserFactory(username="desk-editor", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    split_url = reverse("admin:articles_article_split", args=[seed_article.pk])
    page.set_viewport_size({"width": 1440, "height": 1000})
    page.goto(f"{live_server.url}{reverse('admin:login')}?next={split_url}")
    page.fill("#id_username", "desk-editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("h1")).to_have_text("Split into claims")
    expect(page.locator("#content-main[data-ready=true]")).to_have_count(1)
    return page


def drag_select(page, text):
    """Select ``text`` of the article with a real mouse drag from its first to its last letter."""
    box = page.evaluate(
        """(text) => {
          const panel = document.getElementById("text-panel");
          const body = JSON.parse(document.getElementById("split-data").textContent).body;
          const start = body.indexOf(text), end = start + text.length;
          for (const sentence of panel.querySelectorAll(".sentence")) {
            if (Number(sentence.dataset.start) <= start && start < Number(sentence.dataset.end)) {
              sentence.scrollIntoView({block: "center"});
            }
          }
          function point(offset) {
            for (const leaf of panel.querySelectorAll(".seg[data-start]")) {
              const s = Number(leaf.dataset.start), e = Number(leaf.dataset.end);
              if (offset >= s && offset < e) {
                const range = document.createRange();
                range.setStart(leaf.firstChild, offset - s);
                range.setEnd(leaf.firstChild, offset - s + 1);
                return range.getBoundingClientRect();
              }
            }
          }
          const first = point(start), last = point(end - 1);
          return {x1: first.left + 1, y1: first.top + first.height / 2,
                  x2: last.right - 1, y2: last.top + last.height / 2};
        }""",
        text,
    )
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move((box["x1"] + box["x2"]) / 2, (box["y1"] + box["y2"]) / 2, steps=5)
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()


def test_editor_accepts_a_suggestion_makes_a_claim_of_a_selection_and_attaches_another(
    split_page, seed_article
):
    page = split_page
    body = seed_article.body
    elsewhere = factories.ClaimFactory(
        text="The bodies of three civilians with fractured skulls were found in a cellar in "
        "Beryslav district"
    )

    # One click accepts the best suggestion: the exhumation figure.
    first = page.locator("#suggestions-panel .split-suggestion").first
    expect(first).to_contain_text("more than 1,000 civilian bodies")
    first.get_by_role("button", name="Accept").click()
    expect(page.locator("#split-status")).to_contain_text("Accepted")
    expect(page.locator("#claims-panel")).to_contain_text("more than 1,000 civilian bodies")

    # A mouse drag over part of a sentence, across a highlighted word, becomes a claim.
    quote = "Regular military units are on the outskirts of the city"
    drag_select(page, quote)
    expect(page.locator("#split-quote")).to_have_text(quote)
    expect(page.locator("#id_claimant")).to_have_value("Volodymyr Zelenskyy")
    page.fill("#id_text", "Regular Ukrainian army units reached the outskirts of Kherson")
    page.get_by_role("button", name="Create claim").click()
    expect(page.locator("#split-status")).to_contain_text("Created the claim")
    expect(page.locator("#claims-panel")).to_contain_text("Regular Ukrainian army units")

    # Another passage is the same claim as one tracked from another source.
    drag_select(page, "the bodies of three civilians with fractured skulls were found in a cellar")
    similar = page.locator("#similar-panel .split-similar-item").first
    expect(similar).to_contain_text("Beryslav district")
    similar.get_by_text("Attach here…").click()
    confirmation = similar.locator(".split-confirm-body")
    expect(confirmation).to_contain_text(
        "the bodies of three civilians with fractured skulls were found in a cellar"
    )
    expect(confirmation).to_contain_text("Beryslav district")
    confirmation.get_by_role("button", name="Attach").click()
    expect(page.locator("#split-status")).to_contain_text("Attached")
    attached = page.locator("#claims-panel .split-appearances li").filter(
        has_text="three civilians with fractured skulls"
    )
    expect(attached).to_have_count(1)

    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "split-view.png"), full_page=True)

    # Attached to the wrong claim after all: detach it again, in two clicks.
    attached.get_by_text("Detach…").click()
    attached.get_by_role("button", name="Detach").click()
    expect(page.locator("#split-status")).to_contain_text("Detached the passage")
    expect(
        page.locator("#claims-panel .split-appearances li").filter(
            has_text="three civilians with fractured skulls"
        )
    ).to_have_count(0)
    page.wait_for_load_state("networkidle")

    accepted = Claim.objects.get(text__startswith="In late October")
    assert accepted.status == ClaimStatus.OPEN
    assert accepted.claimant.name == "the government"
    made = Claim.objects.get(text="Regular Ukrainian army units reached the outskirts of Kherson")
    assert made.status == ClaimStatus.OPEN
    assert made.claimant.name == "Volodymyr Zelenskyy"
    # Attached, then detached: both are in the appearance's history, by the editor.
    assert not elsewhere.appearances.exists()
    history = Appearance.history.filter(
        claim_id=elsewhere.pk,
        exact="the bodies of three civilians with fractured skulls were found in a cellar",
    )
    assert sorted(h.history_type for h in history) == ["+", "-"]
    assert {h.history_user.username for h in history} == {"desk-editor"}
    for appearance in Appearance.objects.filter(article=seed_article):
        assert appearance.exact == body[appearance.start : appearance.end]
    assert made.appearances.get().start == body.index(quote)
    assert made.appearances.get().end == body.index(quote) + len(quote)
    assert Claim.objects.count() == 3


def test_editor_makes_a_claim_with_the_keyboard_only(split_page, seed_article):
    page = split_page
    sentence = "Demining has already begun in the province."

    page.locator("#text-panel .sentence").first.focus()
    for _ in range(40):
        if page.evaluate("document.activeElement.textContent") == sentence:
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator("#id_text")).to_be_focused()
    expect(page.locator("#split-quote")).to_have_text(sentence)
    page.keyboard.press("Control+A")
    page.keyboard.type("Demining has begun in Kherson province")
    page.locator("#id_kind").focus()
    page.keyboard.press("Tab")  # to the claimant field
    page.keyboard.type("Ukrainian military")
    create = page.get_by_role("button", name="Create claim")
    create.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#split-status")).to_contain_text("Created the claim")

    claim = Claim.objects.get()
    appearance = claim.appearances.get()
    assert claim.text == "Demining has begun in Kherson province"
    assert claim.claimant.name == "Ukrainian military"
    assert appearance.exact == sentence == seed_article.body[appearance.start : appearance.end]


def test_split_view_has_no_serious_accessibility_violation(split_page):
    page = split_page
    page.locator("#text-panel .sentence").nth(2).focus()
    page.keyboard.press("Enter")
    expect(page.locator("#similar-panel")).to_be_visible()

    page.evaluate(AXE)
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)

    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
