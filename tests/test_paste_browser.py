"""Pasting an article in a real browser: the text box has the focus, and the first button
saves the article and opens its split view."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from articles.models import Article
from tests.browser import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BODY = (
    "Rescuers said on Tuesday that 54 people had died in the floods near Valencia.\n\n"
    "The regional government put the number of missing at nine."
)


def test_an_editor_pastes_an_article_and_lands_in_its_split_view(page, live_server):
    log_in(page, live_server, "paster", "Editors", next_url=reverse("admin:articles_article_add"))
    expect(page.locator("#id_body")).to_be_focused()

    page.keyboard.insert_text(BODY)
    # The title is proposed whole from the first sentence, and can be edited.
    expect(page.locator("#id_title")).to_have_value(
        "Rescuers said on Tuesday that 54 people had died in the floods near Valencia"
    )
    page.fill("#id_published_on", "2024-10-30")
    page.locator("input[name=_split]").first.click()

    expect(page.locator("h1")).to_have_text("Split into claims")
    page.wait_for_load_state("networkidle")
    article = Article.objects.get()
    assert page.url.endswith(reverse("admin:articles_article_split", args=[article.pk]))
    assert article.body == BODY
    assert article.title == (
        "Rescuers said on Tuesday that 54 people had died in the floods near Valencia"
    )


def test_a_title_the_editor_typed_is_kept_when_the_text_changes(page, live_server):
    log_in(page, live_server, "paster", "Editors", next_url=reverse("admin:articles_article_add"))
    page.keyboard.insert_text("First draft of the text. More.")
    expect(page.locator("#id_title")).to_have_value("First draft of the text")

    page.fill("#id_title", "Floods in Valencia: the toll")
    page.locator("#id_body").fill(BODY)
    page.fill("#id_published_on", "2024-10-30")
    page.locator("input[name=_split]").first.click()

    expect(page.locator("h1")).to_have_text("Split into claims")
    assert Article.objects.get().title == "Floods in Valencia: the toll"
