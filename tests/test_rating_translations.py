"""Ratings speak the reader's language: a Ukrainian label and description per rating,
edited in the admin, filled in for the default scale, and used wherever a rating is
named for a Ukrainian reader — pages, feeds, exports, JSON-LD and the API."""

import importlib
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.apps import apps
from django.urls import reverse

from articles.models import Rating
from tests import factories
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db

UK = {"accept-language": "uk"}
DEFAULT_SCALE_UK = {
    "true": "Правда",
    "mostly-true": "Переважно правда",
    "half-true": "Напівправда",
    "misleading": "Маніпуляція",
    "mostly-false": "Переважно неправда",
    "false": "Неправда",
    "unverifiable": "Неможливо перевірити",
}


@pytest.fixture
def claim():
    return factories.ClaimFactory(
        published=True, text="More than 1,000 bodies", verdict__rating__slug="misleading"
    )


def test_the_default_scale_has_a_ukrainian_label_and_description_for_every_rating():
    scale = {r.slug: r for r in Rating.objects.all()}

    assert {slug: scale[slug].label_uk for slug in DEFAULT_SCALE_UK} == DEFAULT_SCALE_UK
    assert all(scale[slug].description_uk for slug in DEFAULT_SCALE_UK)


def test_filling_the_translations_keeps_what_an_editor_wrote():
    Rating.objects.filter(slug="misleading").update(label_uk="Оманливо")
    migration = importlib.import_module("articles.migrations.0008_rating_translations")

    migration.forwards(apps, None)

    assert Rating.objects.get(slug="misleading").label_uk == "Оманливо"


def test_home_and_tracker_name_ratings_in_ukrainian(client, claim):
    home = client.get("/", headers=UK).content.decode()
    tracker = client.get("/claims/", headers=UK).content.decode()

    for html in (home, tracker):
        assert "Маніпуляція" in html
        assert ">Misleading<" not in html


def test_english_pages_keep_the_english_label(client, claim):
    html = client.get(claim.get_absolute_url()).content.decode()

    assert "Misleading" in html
    assert "Маніпуляція" not in html


def test_ukrainian_feed_titles_name_the_rating_in_ukrainian(client, claim):
    response = client.get("/feeds/verdicts.rss", headers=UK)

    [item] = ET.fromstring(response.content).findall("./channel/item")
    assert item.findtext("title") == "Маніпуляція: More than 1,000 bodies"


def test_ukrainian_superseded_feed_item_says_so_in_ukrainian(client, claim):
    claim.verdicts.update(is_current=False)
    factories.VerdictFactory(claim=claim, published=True, rating__slug="false")

    response = client.get("/feeds/verdicts.rss", headers=UK)

    titles = {item.findtext("title") for item in ET.fromstring(response.content).iter("item")}
    assert titles == {
        "Неправда: More than 1,000 bodies",
        "Маніпуляція (замінено): More than 1,000 bodies",
    }


def test_ukrainian_exports_name_the_rating_in_ukrainian(client, claim):
    csv_text = b"".join(client.get("/claims/export.csv", headers=UK).streaming_content).decode()
    rows = json.loads(b"".join(client.get("/claims/export.json", headers=UK).streaming_content))

    assert ",Маніпуляція," in csv_text
    assert rows[0]["rating"] == "Маніпуляція"


def test_json_ld_alternate_name_is_in_the_page_language(client, claim):
    def alternate_name(headers) -> str:
        html = client.get(claim.get_absolute_url(), headers=headers).content.decode()
        payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
        return json.loads(payload)["reviewRating"]["alternateName"]

    assert alternate_name({}) == "Misleading"
    assert alternate_name(UK) == "Маніпуляція"


def test_claimreview_data_feed_follows_the_language_asked_for(client, claim):
    data = client.get("/claimreview.json", headers=UK).json()

    assert data["dataFeedElement"][0]["reviewRating"]["alternateName"] == "Маніпуляція"


def test_api_gives_the_rating_in_the_language_asked_for(client, claim):
    data = client.get(f"/api/claims/{claim.slug}/", headers=UK).json()

    assert data["current_verdict"]["rating"]["label"] == "Маніпуляція"
    assert data["current_verdict"]["rating"]["description"].startswith("Містить частку правди")


def test_figure_table_and_article_marks_name_the_rating_in_ukrainian(client):
    figure = factories.TrackedFigureFactory()
    appearance = factories.AppearanceFactory(
        claim=factories.ClaimFactory(
            published=True, figure=True, tracked_figure=figure, verdict__rating__slug="false"
        )
    )

    figure_page = client.get(figure.get_absolute_url(), headers=UK).content.decode()
    article_page = client.get(appearance.article.get_absolute_url(), headers=UK).content.decode()

    assert "Неправда" in figure_page
    assert "Неправда" in article_page


def test_reviewer_edits_the_ukrainian_label_on_the_rating_page(reviewer_client):
    rating = Rating.objects.get(slug="half-true")
    url = reverse("admin:articles_rating_change", args=[rating.pk])
    page = reviewer_client.get(url)
    assert 'name="label_uk"' in page.content.decode()

    response = reviewer_client.post(
        url, form_data(page, label_uk="Частково правда", description_uk="Частково точне.\n\nТак.")
    )

    assert response.status_code == 302
    rating.refresh_from_db()
    assert rating.label_uk == "Частково правда"
    assert rating.description_uk == "Частково точне.\n\nТак."
