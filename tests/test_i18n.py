"""Readers get the public pages in English or Ukrainian, by browser preference or the switch."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.translation.reloader import translation_file_changed

from articles import services
from articles.models import Claim, ClaimStatus, StatusChange
from tests import factories

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale" / "uk" / "LC_MESSAGES"
PO, MO = LOCALE / "django.po", LOCALE / "django.mo"
PUBLIC_SOURCES = (
    "templates/base.html",
    "templates/articles/",
    "templates/403.html",
    "templates/404.html",
    "templates/500.html",
    "articles/charts.py",
    "articles/filters.py",
    "articles/views.py",
    "articles/feeds.py",
    "articles/templatetags/",
)


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogue():
    """``make test`` compiles the catalogue; a bare pytest run may find it missing or stale."""
    if not MO.exists() or MO.stat().st_mtime < PO.stat().st_mtime:
        call_command("compilemessages", locale=["uk"], ignore_patterns=[".venv"], verbosity=0)
        translation_file_changed(None, MO)


def uk(client, url, **kwargs):
    return client.get(url, headers={"accept-language": "uk"}, **kwargs).content.decode()


def test_pages_are_english_by_default(client):
    html = client.get(reverse("articles:home")).content.decode()

    assert '<html lang="en">' in html
    assert "Latest verdicts" in html


def test_browser_preference_for_ukrainian_gives_ukrainian_pages(client):
    html = uk(client, reverse("articles:claim-list"))

    assert '<html lang="uk">' in html
    assert "<h1>Трекер заяв</h1>" in html
    assert "Claims tracker" not in html


def test_unsupported_language_falls_back_to_english(client):
    response = client.get(reverse("articles:home"), headers={"accept-language": "fr"})

    assert "Latest verdicts" in response.content.decode()


def test_switch_sets_the_language_and_returns_to_the_page(client):
    response = client.post(
        reverse("set_language"), {"language": "uk", "next": reverse("articles:claimant-list")}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("articles:claimant-list")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "uk"
    assert "Автори заяв" in client.get(reverse("articles:claimant-list")).content.decode()


def test_switch_back_to_english(client):
    client.post(reverse("set_language"), {"language": "uk", "next": "/"})

    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    assert "Latest verdicts" in client.get("/").content.decode()


def test_switch_is_a_plain_form_without_script_or_token(client):
    html = client.get(reverse("articles:home")).content.decode()

    form = re.search(r'<form action="/i18n/setlang/" method="post"[^>]*>(.*?)</form>', html, re.S)
    assert form
    assert 'name="next" value="/"' in form.group(1)
    assert '<button type="submit" name="language" value="uk" lang="uk">Українська</button>' in (
        form.group(1)
    )
    assert "csrfmiddlewaretoken" not in html
    assert "<script" not in form.group(1)


def test_switch_offers_english_on_ukrainian_pages(client):
    html = uk(client, reverse("articles:home"))

    assert '<button type="submit" name="language" value="en" lang="en">English</button>' in html
    assert '<span lang="uk" aria-current="true">Українська</span>' in html


def test_status_and_kind_labels_are_translated(client):
    claim = factories.ClaimFactory(status=ClaimStatus.RESEARCHING, figure=True)

    html = uk(client, claim.get_absolute_url())

    assert "Дані про жертви" in html  # Casualty figure
    assert "Перевіряється" in html  # Being checked
    assert "понад 1\xa0000" in html  # more than 1,000


def test_rating_label_and_description_are_in_the_page_language(client):
    claim = factories.ClaimFactory(published=True)

    html = uk(client, claim.get_absolute_url())

    assert "Наш вердикт" in html
    assert "Правда: Твердження точне, і нічого суттєвого в ньому не пропущено." in html
    assert "The claim is accurate" not in html


def test_a_rating_without_a_ukrainian_label_shows_its_english_one(client):
    rating = factories.RatingFactory(slug="cherry-picked", label="Cherry-picked")
    claim = factories.ClaimFactory(published=True, verdict__rating=rating)

    html = uk(client, claim.get_absolute_url())

    assert "Cherry-picked" in html


def test_figure_chart_speaks_ukrainian(client):
    figure = factories.TrackedFigureFactory()
    factories.ClaimFactory(tracked_figure=figure, figure=True, figure_value=1500, published=True)

    html = uk(client, figure.get_absolute_url())

    assert "понад 1\xa0500" in html
    assert "стрілка вгору" in html
    assert "28 Жов 2022" in html


def test_every_public_string_has_a_ukrainian_translation():
    untranslated = []
    for entry in PO.read_text().split("\n\n")[1:]:
        references = re.findall(r"^#: (.*)$", entry, re.M)
        sources = " ".join(references).split()
        if not any(source.startswith(PUBLIC_SOURCES) for source in sources):
            continue
        if re.search(r'^msgstr(\[\d\])? ""\n(?!")', entry + "\n", re.M):
            untranslated.append(re.search(r'^msgid "(.*)"', entry, re.M).group(1))

    assert untranslated == []


def test_ukrainian_pages_write_months_in_the_genitive_in_lower_case(client):
    claim = factories.ClaimFactory(said_on=datetime.date(2022, 11, 12))

    text = uk(client, claim.get_absolute_url())

    assert ">12 листопада 2022</time>" in text
    assert "Лис" not in text


# --- the editors' admin ----------------------------------------------------------------------


def uk_admin(client, url):
    response = client.get(url, headers={"accept-language": "uk"})
    assert response.status_code == 200
    return response.content.decode()


def test_claim_page_speaks_ukrainian_to_an_editor(editor, editor_client):
    claim = factories.ClaimFactory(status=ClaimStatus.OPEN)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(
        claim=claim, author=editor, rating=factories.RatingFactory(slug="mostly-true")
    )

    html = uk_admin(editor_client, reverse("admin:articles_claim_change", args=[claim.pk]))

    assert "Переглянути, як побачать читачі" in html  # Preview as readers will see it
    assert "Відкрити редактор вердикту" in html  # Open the verdict editor
    assert "Робочий процес" in html  # Workflow
    # The workflow's buttons, read in the language of the request, not the one at start-up.
    assert ">Почати дослідження</button>" in html
    assert "Переважно правда" in html  # the draft's rating
    assert "Докази" in html  # the evidence inline, in the plural
    for english in ("Preview as readers will see it", "Start research", "Mostly true", "Workflow"):
        assert english not in html


def test_verdict_editor_offers_to_submit_for_review_in_ukrainian(editor, editor_client):
    verdict = factories.VerdictFactory(
        claim=factories.ClaimFactory(status=ClaimStatus.RESEARCHING), author=editor
    )

    html = uk_admin(editor_client, reverse("admin:articles_verdict_change", args=[verdict.pk]))

    assert 'value="Зберегти й надіслати на розгляд"' in html
    assert "Save and submit for review" not in html


def test_paste_page_offers_to_save_and_split_in_ukrainian(editor_client):
    html = uk_admin(editor_client, reverse("admin:articles_article_add"))

    assert 'value="Зберегти й розділити на заяви"' in html
    assert "Save and split into claims" not in html


def test_queue_speaks_ukrainian(editor, editor_client):
    factories.ClaimFactory(status=ClaimStatus.RESEARCHING, assignee=editor)

    html = uk_admin(editor_client, reverse("admin:articles_queue"))

    assert "Черга редакторів" in html  # Editors' queue
    assert "Призначені вам (1)" in html  # Assigned to you
    assert "Жодна заява не чекає на розгляд." in html  # No claim is waiting for review.
    for english in ("Editors' queue", "Assigned to you", "Last activity"):
        assert english not in html


def test_split_view_speaks_ukrainian(editor_client):
    article = factories.ArticleFactory()

    html = uk_admin(editor_client, reverse("admin:articles_article_split", args=[article.pk]))

    assert "<h1>Розділити на заяви</h1>" in html  # Split into claims
    assert "Виділений фрагмент" in html  # Selected passage
    assert "Створити заяву" in html  # Create claim
    for english in ("Split into claims", "Selected passage", "Create claim", "Attach"):
        assert english not in html


def test_claims_list_names_ratings_and_days_in_ukrainian(editor_client):
    factories.ClaimFactory(said_on=datetime.date(2022, 11, 12))

    html = uk_admin(
        editor_client,
        reverse("admin:articles_claim_changelist") + "?said_on__year=2022&said_on__month=11",
    )

    assert "Переважно правда" in html  # the current-rating filter
    assert "12 листопада" in html  # the date drill-down
    assert "Mostly true" not in html
    assert "Листопад" not in html


# --- notes the workbench writes on the timeline ------------------------------------------------

SUGGESTION_NOTE_UK = "Запропоновано з тексту статті"  # Suggested from the article's text


@pytest.fixture
def suggested_in_ukrainian(editor):
    """A claim suggested for an editor working in Ukrainian."""
    article = factories.ArticleFactory()
    with translation.override("uk"):
        services.article_suggest_claims(article=article, by=editor)
    return Claim.objects.filter(appearances__article=article).first()


def test_the_suggestion_note_is_in_the_editors_language(suggested_in_ukrainian, editor_client):
    page = reverse("admin:articles_claim_change", args=[suggested_in_ukrainian.pk])

    ukrainian = uk_admin(editor_client, page)
    english = editor_client.get(page, headers={"accept-language": "en"}).text

    assert f'<span class="fc-timeline__note">{SUGGESTION_NOTE_UK}</span>' in ukrainian
    assert "Suggested from the article" not in ukrainian
    assert '<span class="fc-timeline__note">Suggested from the article&#x27;s text</span>' in (
        english
    )
    assert SUGGESTION_NOTE_UK not in english


def test_the_status_changes_list_and_page_show_the_suggestion_note_in_ukrainian(
    suggested_in_ukrainian, editor_client
):
    change = StatusChange.objects.get(claim=suggested_in_ukrainian)

    listed = uk_admin(editor_client, reverse("admin:articles_statuschange_changelist"))
    shown = uk_admin(editor_client, reverse("admin:articles_statuschange_change", args=[change.pk]))

    assert SUGGESTION_NOTE_UK in listed
    assert SUGGESTION_NOTE_UK in shown
    assert "Suggested from the article" not in listed + shown


def test_an_editors_note_is_shown_as_written_in_every_language(editor_client):
    # The same words as a message of the interface ("Workflow", "Робочий процес"), typed by
    # an editor: not the workbench's own note, so never translated.
    change = factories.StatusChangeFactory(note="Workflow")

    shown = uk_admin(editor_client, reverse("admin:articles_statuschange_change", args=[change.pk]))

    assert "Workflow" in shown
    assert "Робочий процес" not in shown
