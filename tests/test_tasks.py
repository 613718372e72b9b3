"""Long work off the request: imports and suggestions queued as tasks and run by the worker.

The ``task_worker`` fixture (conftest) puts tasks on the database backend and runs
its worker, ``manage.py db_worker --batch``, in-process: what ``make run`` and a
production worker do, for the tasks queued so far.
"""

import datetime
import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from articles import services
from articles.importers import format_seed
from articles.models import (
    Article,
    BackgroundTask,
    BackgroundTaskKind,
    BackgroundTaskStage,
    Claim,
    ClaimStatus,
)
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
GOOD = SEEDS / "good"
BROKEN = SEEDS / "broken"
BROKEN_KEY = "tests/fixtures/seeds/broken"
DAY = datetime.date(2022, 11, 12)


def enqueue_import(*args) -> str:
    out = StringIO()
    call_command("import_seeds", "--background", *map(str, args), stdout=out)
    return out.getvalue()


# --- import_seeds --background -----------------------------------------------------------------


def test_a_background_import_is_queued_not_run(task_worker):
    output = enqueue_import(GOOD)

    task = BackgroundTask.objects.get()
    assert task.task_id in output
    assert task.get_absolute_url() in output
    assert task.stage == BackgroundTaskStage.QUEUED
    assert task.result.status == TaskResultStatus.READY
    assert not Article.objects.exists()


def test_the_worker_runs_a_queued_import_and_records_its_progress(task_worker):
    enqueue_import(GOOD)

    task_worker()

    task = BackgroundTask.objects.select_related("result").get()
    assert Article.objects.count() == 4
    assert task.result.status == TaskResultStatus.SUCCESSFUL
    assert task.result.started_at is not None
    assert task.result.finished_at is not None
    assert (task.stage, task.done, task.total) == (BackgroundTaskStage.DONE, 4, 4)
    assert task.summary == "Found 4 files: 4 created, 0 updated, 0 unchanged, 0 errors."
    assert task.errors == []


def test_a_background_import_with_suggest_suggests_claims(task_worker):
    enqueue_import(GOOD, "--suggest")

    task_worker()

    task = BackgroundTask.objects.get()
    suggested = Claim.objects.filter(status=ClaimStatus.SUGGESTED).count()
    assert suggested > 0
    assert task.summary.endswith(f"Suggested {suggested} claims.")
    assert task.description == "tests/fixtures/seeds/good (with suggestions)"


def test_a_failing_file_is_reported_by_name_and_the_others_still_import(task_worker):
    enqueue_import(GOOD, BROKEN / "empty.txt", BROKEN / "not_utf8.txt")

    task_worker()

    task = BackgroundTask.objects.select_related("result").get()
    assert Article.objects.count() == 4
    # Files that cannot be imported are the import's outcome, not the task's failure.
    assert task.result.status == TaskResultStatus.SUCCESSFUL
    assert task.stage == BackgroundTaskStage.DONE
    assert task.error_count == 2
    assert [error["name"] for error in task.errors] == [
        f"{BROKEN_KEY}/empty.txt",
        f"{BROKEN_KEY}/not_utf8.txt",
    ]
    assert task.errors[0]["reason"] == "the file is empty"
    assert "UTF-8" in task.errors[1]["reason"]
    assert task.summary == "Found 6 files: 4 created, 0 updated, 0 unchanged, 2 errors."


def test_only_the_last_errors_are_kept_and_all_are_counted(task_worker, tmp_path, settings):
    settings.FACTCHECK_IMPORT_ROOT = tmp_path
    kept = BackgroundTask.ERRORS_KEPT
    for n in range(kept + 5):
        (tmp_path / f"{n:03}.txt").write_bytes(b"")
    enqueue_import(tmp_path)

    task_worker()

    task = BackgroundTask.objects.get()
    assert task.error_count == kept + 5
    assert len(task.errors) == kept
    assert task.errors[-1]["name"] == f"{kept + 4:03}.txt"


def test_hostile_file_names_are_recorded_escaped_as_the_command_prints_them(
    task_worker, tmp_path, settings
):
    settings.FACTCHECK_IMPORT_ROOT = tmp_path
    (tmp_path / "two\nlines.txt").write_bytes(format_seed(DAY, "Troops entered Kherson."))
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as file:
        file.write(format_seed(DAY, "Coffee."))
    enqueue_import(tmp_path)

    task_worker()

    task = BackgroundTask.objects.get()
    assert task.errors == [
        {"name": "caf\\xe9.txt", "reason": "the file name is not UTF-8 text"},
        {"name": "two\\nlines.txt", "reason": "the file name contains a control character"},
    ]


def test_a_background_import_gives_the_same_articles_as_an_inline_one(task_worker, tmp_path):
    call_command("import_seeds", str(GOOD), stdout=StringIO())
    inline = set(Article.objects.values_list("origin", "content_hash", "title", "published_on"))
    Article.objects.all().delete()

    enqueue_import(GOOD)
    task_worker()

    assert set(Article.objects.values_list("origin", "content_hash", "title", "published_on")) == (
        inline
    )


def test_a_dry_run_cannot_go_to_the_background(task_worker):
    with pytest.raises(CommandError, match="--dry-run runs inline"):
        enqueue_import(GOOD, "--dry-run")
    assert not BackgroundTask.objects.exists()


def test_without_a_queue_the_background_import_runs_at_once():
    # FACTCHECK_TASKS_BACKEND=immediate: the suite's default backend.
    output = enqueue_import(GOOD)

    task = BackgroundTask.objects.get()
    assert Article.objects.count() == 4
    assert task.stage == BackgroundTaskStage.DONE
    assert f"Ran the import as task {task.task_id}: Found 4 files" in output


# --- suggestions ------------------------------------------------------------------------------


def test_the_worker_builds_suggestions_for_the_queued_articles(task_worker, editor):
    chosen = ArticleFactory.create_batch(3)
    other = ArticleFactory()

    task = services.articles_suggest_enqueue(article_ids=[a.pk for a in chosen], by=editor)
    assert not Claim.objects.exists()
    task_worker()

    task.refresh_from_db()
    suggested = Claim.objects.filter(status=ClaimStatus.SUGGESTED)
    assert {a.pk for a in Article.objects.filter(appearances__claim__in=suggested)} == {
        a.pk for a in chosen
    }
    assert not other.appearances.exists()
    assert (task.kind, task.stage, task.done, task.total) == (
        BackgroundTaskKind.SUGGEST_CLAIMS,
        BackgroundTaskStage.DONE,
        3,
        3,
    )
    assert task.summary == f"Suggested {suggested.count()} claims."
    # The editor who asked is credited, as when they suggest from the split view.
    assert set(suggested.values_list("status_changes__by", flat=True)) == {editor.pk}


def test_rebuilding_suggestions_adds_none_twice(task_worker, editor):
    article = ArticleFactory()
    services.articles_suggest_enqueue(article_ids=[article.pk], by=editor)
    task_worker()
    first = Claim.objects.count()

    again = services.articles_suggest_enqueue(article_ids=[article.pk], by=editor)
    task_worker()

    again.refresh_from_db()
    assert first > 0
    assert Claim.objects.count() == first
    assert again.summary == "Suggested 0 claims."


def test_an_article_whose_suggestions_are_refused_is_named_and_the_others_go_on(
    task_worker, editor, monkeypatch
):
    good = ArticleFactory.create_batch(2)
    bad = ArticleFactory(title="The refused one")
    suggest = services.suggestions.articles_suggest_claims

    def refuse_one(*, articles, **kwargs):
        if any(article.pk == bad.pk for article in articles):
            raise ValidationError("A claimant's name is not valid.")
        return suggest(articles=articles, **kwargs)

    monkeypatch.setattr(services.suggestions, "articles_suggest_claims", refuse_one)
    task = services.articles_suggest_enqueue(article_ids=[a.pk for a in [*good, bad]], by=editor)

    task_worker()

    task.refresh_from_db()
    assert task.stage == BackgroundTaskStage.DONE
    assert task.errors == [
        {"name": f"The refused one (#{bad.pk})", "reason": "A claimant's name is not valid."}
    ]
    assert set(Claim.objects.values_list("appearances__article", flat=True)) == {a.pk for a in good}


def test_a_task_whose_work_is_refused_fails_with_the_reason(task_worker, editor):
    article = ArticleFactory()
    task = services.articles_suggest_enqueue(article_ids=[article.pk], by=editor)
    # Between queuing and running, the editor lost their role.
    editor.groups.clear()

    task_worker()

    task = BackgroundTask.objects.select_related("result").get(pk=task.pk)
    assert task.result.status == TaskResultStatus.FAILED
    assert task.stage == BackgroundTaskStage.FAILED
    assert task.errors == [
        {"name": "", "reason": "PermissionDenied: You do not have permission to suggest claims."}
    ]
    assert not Claim.objects.exists()


def test_deleting_old_task_results_keeps_the_progress(task_worker):
    enqueue_import(GOOD)
    task_worker()

    DBTaskResult.objects.all().delete()

    task = BackgroundTask.objects.get()
    assert task.result is None
    assert task.stage == BackgroundTaskStage.DONE
