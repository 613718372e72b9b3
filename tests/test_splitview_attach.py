"""Attaching passages to claims in the split view, and detaching them again."""

import re

import pytest

from articles import services
from articles.models import Appearance
from tests import factories
from tests.test_splitview import sentence_span, url

pytestmark = pytest.mark.django_db

SENTENCE = "Demining has already begun"


@pytest.fixture
def article(db):
    return factories.ArticleFactory(
        body="Troops entered the city on Friday. Demining has already begun in the province."
    )


def marked_sentences(response) -> list[str]:
    """The ``data-start`` of each sentence the text panel marks (a claim's or a suggestion's)."""
    return re.findall(
        r'class="sentence[^"]*is-(?:claimed|suggested)[^"]*"[^>]*data-start="(\d+)"',
        response.text,
    )


def test_a_passage_attached_to_a_suggested_claim_is_marked_in_the_text(
    editor_client, editor, article
):
    claim = factories.ClaimFactory(suggested=True, text="Troops entered and demining began")
    for beginning in ("Troops entered", SENTENCE):
        start, end = sentence_span(article, beginning)
        services.claim_attach_span(
            claim=claim,
            article=article,
            start=start,
            end=end,
            exact=article.body[start:end],
            by=editor,
        )

    response = editor_client.get(url(article))

    assert marked_sentences(response) == ["0", str(article.body.index(SENTENCE))]


def test_detaching_removes_only_that_passage_and_keeps_the_claim(editor_client, editor, article):
    claim = factories.ClaimFactory(text="Civilians were found in a cellar")
    start, end = sentence_span(article, SENTENCE)
    appearance = services.claim_attach_span(
        claim=claim, article=article, start=start, end=end, exact=article.body[start:end], by=editor
    )

    response = editor_client.post(
        url(article, "split_detach"), {"appearance": appearance.pk}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 200
    assert "Detached the passage" in response.json()["message"]
    assert not Appearance.objects.filter(pk=appearance.pk).exists()
    claim.refresh_from_db()
    assert claim.pk is not None


def test_a_published_claims_passage_cannot_be_detached(editor_client, article):
    appearance = factories.AppearanceFactory(article=article, claim__published=True)

    response = editor_client.post(
        url(article, "split_detach"), {"appearance": appearance.pk}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 400
    assert "public record" in response.json()["error"]
    assert Appearance.objects.filter(pk=appearance.pk).exists()


def test_a_passage_of_another_article_cannot_be_detached_here(editor_client, article):
    elsewhere = factories.AppearanceFactory()

    response = editor_client.post(
        url(article, "split_detach"), {"appearance": elsewhere.pk}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 400
    assert Appearance.objects.filter(pk=elsewhere.pk).exists()
