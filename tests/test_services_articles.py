"""``article_create`` and ``article_update``: pasted and edited articles."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles import services
from articles.importers import content_hash
from tests import factories

CYRILLIC = "Мер Києва заявив про 19 врятованих людей."
BODY = "Officials said 12 bridges were repaired. Traffic resumed on Monday.\n\nMore to follow."


def create(by, **fields):
    defaults = {"body": BODY, "published_on": datetime.date(2022, 11, 1)}
    return services.article_create(by=by, **{**defaults, **fields})


def test_article_create_normalises_the_body_like_a_seed_and_hashes_it(editor):
    article = create(editor, body="\ufeff  " + BODY.replace("\n", "\r\n") + "\r\n")

    assert article.body == BODY
    assert article.content_hash == content_hash(BODY)
    assert article.origin == "admin"


def test_article_create_derives_title_slug_and_language_when_not_given(editor):
    article = create(editor, language="")

    assert article.title == "Officials said 12 bridges were repaired"
    assert article.slug == "officials-said-12-bridges-were-repaired"
    assert article.language == "en"


def test_article_create_transliterates_cyrillic_titles_into_the_slug(editor):
    article = create(editor, body=CYRILLIC, language="")

    assert article.title == CYRILLIC.removesuffix(".")
    assert article.slug.startswith("mer-kyieva")
    assert article.language == "uk"


def test_article_create_gives_a_second_article_of_the_same_title_its_own_slug(editor):
    first = create(editor, title="Bridges")
    second = create(editor, title="Bridges", body="Another text entirely.")

    assert (first.slug, second.slug) == ("bridges", "bridges-2")


def test_article_create_refuses_a_text_already_stored(editor):
    existing = create(editor, title="The first paste")

    with pytest.raises(ValidationError) as caught:
        create(editor, body=BODY + "\n")

    assert "The first paste" in caught.value.message_dict["body"][0]
    assert existing.__class__.objects.count() == 1


def test_article_create_refuses_an_empty_text(editor):
    with pytest.raises(ValidationError) as caught:
        create(editor, body=" \r\n ")

    assert "body" in caught.value.message_dict


def test_article_create_needs_the_permission_to_add_articles(db):
    reader = factories.UserFactory(is_staff=False)

    with pytest.raises(PermissionDenied):
        create(reader)


def test_article_update_changes_details_and_credits_the_editor(editor):
    article = create(editor)
    outlet = factories.OutletFactory()

    updated = services.article_update(
        article=article, by=editor, title="  Bridges   repaired ", outlet=outlet
    ).instance

    assert (updated.title, updated.outlet) == ("Bridges repaired", outlet)
    assert updated.history.latest().history_user == editor


def test_article_update_with_nothing_changed_writes_no_history(editor):
    article = create(editor)

    services.article_update(article=article, by=editor, body=BODY.replace("\n", "\r\n"))

    assert article.history.count() == 1


def test_article_update_replaces_the_text_and_places_its_claims_again(editor):
    article = create(editor)
    claim = factories.ClaimFactory()
    appearance = services.appearance_add(claim=claim, article=article, start=41, end=67, by=editor)
    assert appearance.exact == "Traffic resumed on Monday."

    updated = services.article_update(
        article=article, by=editor, body="Update at 9:00. " + BODY
    ).instance

    appearance.refresh_from_db()
    assert updated.content_hash == content_hash("Update at 9:00. " + BODY)
    assert updated.body[appearance.start : appearance.end] == "Traffic resumed on Monday."
    assert not appearance.orphaned


def test_article_update_refuses_another_articles_text(editor):
    create(editor, title="Holder of the text")
    other = create(editor, body="A different article.")

    with pytest.raises(ValidationError) as caught:
        services.article_update(article=other, by=editor, body=BODY)

    assert "Holder of the text" in caught.value.message_dict["body"][0]


def test_article_update_refuses_fields_that_follow_from_the_text(editor):
    article = create(editor)

    with pytest.raises(TypeError):
        services.article_update(article=article, by=editor, content_hash="0" * 64)
