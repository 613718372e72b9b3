"""Pasting and editing articles in the editors' admin: normalised like seeds, titled from
the first sentence, never a second copy of a text, claims placed again after a change."""

import datetime

import pytest
from django.urls import reverse

from articles import models
from tests import factories
from tests.admin_forms import admin_url, errors_of, form_data

PASTED = (
    "\ufeffKyiv, 14 October — The mayor said 19 people were rescued overnight.\r\n\r\n"
    "Emergency crews worked until dawn.\r\n"
)


def paste(client, **fields):
    data = {"body": PASTED, "published_on": "2022-10-14", "language": "", "_save": "Save"}
    data.update(fields)
    return client.post(admin_url("article", "add"), data)


def test_pasting_an_article_stores_it_with_origin_admin_and_a_derived_title(editor_client):
    response = paste(editor_client)

    assert response.status_code == 302
    article = models.Article.objects.get()
    assert article.origin == "admin"
    assert article.title == "Kyiv, 14 October — The mayor said 19 people were rescued overnight"
    assert article.body == (
        "Kyiv, 14 October — The mayor said 19 people were rescued overnight.\n\n"
        "Emergency crews worked until dawn."
    )
    assert len(article.content_hash) == 64
    assert article.slug
    assert article.language == "en"
    assert article.published_on == datetime.date(2022, 10, 14)


def test_pasting_an_article_keeps_the_title_outlet_and_url_given(editor_client, editor):
    outlet = factories.OutletFactory()

    paste(
        editor_client,
        title="Overnight rescue in Kyiv",
        outlet=outlet.pk,
        url="https://news.example.org/rescue",
        language="uk",
    )

    article = models.Article.objects.get()
    assert (article.title, article.outlet, article.url, article.language) == (
        "Overnight rescue in Kyiv",
        outlet,
        "https://news.example.org/rescue",
        "uk",
    )
    assert article.history.get().history_user == editor


def test_pasting_a_text_already_stored_names_the_article_that_has_it(editor_client):
    paste(editor_client, title="First copy")

    # The same text with other line ends and spacing around it is still the same text.
    response = paste(editor_client, body=PASTED.replace("\r\n", "\n") + "\n\n  ")

    assert response.status_code == 200
    [error] = errors_of(response)
    assert "already in the workbench" in error
    assert "First copy" in error
    assert models.Article.objects.count() == 1


def test_the_article_page_lists_the_claims_quoted_from_it(editor_client):
    appearance = factories.AppearanceFactory(claim__text="More than 1,000 bodies were exhumed")

    response = editor_client.get(admin_url("article", "change", appearance.article.pk))

    assert "More than 1,000 bodies were exhumed" in response.text
    assert admin_url("claim", "change", appearance.claim.pk) in response.text


def test_editing_an_article_text_rehashes_it_and_keeps_its_slug(editor_client, editor):
    article = factories.ArticleFactory()
    old_hash, slug = article.content_hash, article.slug
    url = admin_url("article", "change", article.pk)
    new_body = article.body + "\n\nA paragraph the import missed."

    response = editor_client.post(url, form_data(editor_client.get(url), body=new_body))

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body.endswith("A paragraph the import missed.")
    assert article.content_hash != old_hash
    assert article.slug == slug
    assert article.history.latest().history_user == editor


def test_saving_an_article_unchanged_with_browser_line_ends_writes_nothing(editor_client):
    article = factories.ArticleFactory()
    url = admin_url("article", "change", article.pk)
    data = form_data(editor_client.get(url))
    data["body"] = data["body"].replace("\n", "\r\n")

    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert article.history.count() == 1


def test_an_article_cannot_take_the_text_of_another(editor_client):
    first = factories.ArticleFactory(title="The original")
    second = factories.ArticleFactory()
    url = admin_url("article", "change", second.pk)

    response = editor_client.post(url, form_data(editor_client.get(url), body=first.body))

    assert response.status_code == 200
    assert any("The original" in error for error in errors_of(response))


def test_editing_an_article_text_warns_about_quotes_that_were_lost(editor_client):
    appearance = factories.AppearanceFactory()
    article = appearance.article
    url = admin_url("article", "change", article.pk)
    new_body = article.body.replace(appearance.exact, "Nothing was said here at all.")

    response = editor_client.post(
        url, form_data(editor_client.get(url), body=new_body), follow=True
    )

    appearance.refresh_from_db()
    assert appearance.orphaned
    assert "1 quote could not be placed in the new text" in response.text


def test_the_paste_page_proposes_the_whole_first_sentence_as_the_title(editor_client):
    long_first = (
        "The regional emergency service said on Thursday that the number of people killed "
        "by the floods had risen to 54, with nine still unaccounted for"
    )
    url = admin_url("article", "title")

    response = editor_client.post(url, {"body": long_first + ". Rescuers kept searching."})

    assert response.status_code == 200
    assert response.json() == {"title": long_first}
    assert editor_client.post(url, {"body": "  \n "}).json() == {"title": ""}
    assert editor_client.get(url).status_code == 405


def test_only_those_who_may_add_articles_get_title_proposals(client, django_user_model):
    url = admin_url("article", "title")
    assert client.post(url, {"body": "Text."}).status_code == 302  # to the login page

    staff = django_user_model.objects.create_user("staff", password="x", is_staff=True)
    client.force_login(staff)

    assert client.post(url, {"body": "Text."}).status_code == 403


@pytest.mark.parametrize(
    ("term", "found"),
    [
        ("bridge", True),  # a word of the title
        ("kyiv evening", True),  # the outlet's name, two words
        ("kyivpost.example", True),  # the address
        ("0042_bridge", True),  # the seed file
        ("tunnel", False),
    ],
)
def test_the_article_search_finds_title_address_seed_file_and_outlet(editor_client, term, found):
    outlet = factories.OutletFactory(name="The Kyiv Evening Post")
    factories.ArticleFactory(
        title="The Bridge Reopens",
        url="https://kyivpost.example/bridge",
        origin="seeds/0042_bridge.txt",
        outlet=outlet,
    )

    response = editor_client.get(reverse("admin:articles_article_changelist"), {"q": term})

    assert ("The Bridge Reopens" in response.content.decode()) is found


def test_the_article_list_filters_by_the_sites_languages(editor_client):
    factories.ArticleFactory(title="Power returns tonight", language="en")
    factories.ArticleFactory(title="Світло повертається", language="uk")
    url = reverse("admin:articles_article_changelist")

    everything = editor_client.get(url).content.decode()
    ukrainian = editor_client.get(url, {"language": "uk"}).content.decode()

    assert "?language=uk" in everything
    assert "?language=en" in everything
    assert "Світло повертається" in ukrainian
    assert "Power returns tonight" not in ukrainian
