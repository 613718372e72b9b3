"""Data migrations do what they say on stored rows, and leave the rest alone."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = ("articles", "0016_search_numbers_without_separators")
AFTER = ("articles", "0017_whole_first_sentence_titles")

FIRST = (
    "After living eight months under Russian occupation, people filled the streets of the "
    "city on Friday and showered returning special forces with hugs, cheers and gifts as "
    "they celebrated into the night"
)


@pytest.fixture(autouse=True)
def _latest_schema_afterwards():
    # The tests after these expect every migration applied, later ones included.
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


def test_titles_cut_from_their_first_sentence_become_the_whole_sentence():
    apps = migrate(BEFORE)
    Article = apps.get_model("articles", "Article")
    body = FIRST + ". Then more.\n\nAnother paragraph."
    rows = {
        "cut": (FIRST[:130] + "…", body),
        "editor": ("Kherson celebrates its liberation", body),
        "not-a-prefix": ("Something else entirely…", body),
    }
    for n, (slug, (title, text)) in enumerate(rows.items()):
        Article.objects.create(
            slug=slug,
            title=title,
            body=text,
            content_hash=f"{n:064d}",
            origin=f"{slug}.txt",
            published_on=datetime.date(2022, 11, 11),
        )

    apps = migrate(AFTER)
    titles = dict(apps.get_model("articles", "Article").objects.values_list("slug", "title"))

    assert titles == {
        "cut": FIRST,
        "editor": "Kherson celebrates its liberation",
        "not-a-prefix": "Something else entirely…",
    }


def test_suggestion_notes_stored_in_ukrainian_become_the_english_message_id():
    apps = migrate(("articles", "0021_background_task_heartbeats"))
    Claim = apps.get_model("articles", "Claim")
    StatusChange = apps.get_model("articles", "StatusChange")
    at = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)
    notes = {
        "suggested-in-ukrainian": ("", "suggested", "Запропоновано з тексту статті"),
        "suggested-in-english": ("", "suggested", "Suggested from the article's text"),
        # An editor's note in the same words, on another step: theirs, left as written.
        "an-editors-note": ("suggested", "open", "Запропоновано з тексту статті"),
    }
    for slug, (before, after, note) in notes.items():
        claim = Claim.objects.create(slug=slug, text=slug, status=after)
        StatusChange.objects.create(
            claim=claim, from_status=before, to_status=after, at=at, note=note
        )

    apps = migrate(("articles", "0022_suggestion_notes_in_english"))
    stored = dict(
        apps.get_model("articles", "StatusChange").objects.values_list("claim__slug", "note")
    )

    assert stored == {
        "suggested-in-ukrainian": "Suggested from the article's text",
        "suggested-in-english": "Suggested from the article's text",
        "an-editors-note": "Запропоновано з тексту статті",
    }
