"""A task whose worker stopped while running it (killed, out of memory, the machine down):
found stalled once not heard from for ``FACTCHECK_TASK_STALL_SECONDS``, by the admin's
page or the next worker to start, marked failed in its row and its queue entry, and run
again from the admin.

Here the killed worker is played by writing what it leaves behind; the tests in
tests/test_tasks_worker_process.py kill a real one.
"""

import datetime
import logging

import pytest
from django.contrib.auth.models import Permission
from django.tasks import TaskResultStatus
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles import services
from articles.models import (
    Article,
    BackgroundTask,
    BackgroundTaskKind,
    BackgroundTaskStage,
    Claim,
)
from tests.factories import ArticleFactory, BackgroundTaskFactory, UserFactory

SEEDS = "tests/fixtures/seeds/good"
TASKS = reverse("admin:articles_backgroundtask_changelist")
REFRESH = '<meta http-equiv="refresh" content="5">'
UTC = datetime.UTC
STARTED = datetime.datetime(2025, 1, 5, 10, 0, tzinfo=UTC)
PROGRESSED = datetime.datetime(2025, 1, 5, 10, 2, tzinfo=UTC)
HEARD_FROM = datetime.datetime(2025, 1, 5, 10, 3, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _a_minute_without_a_heartbeat(settings):
    settings.FACTCHECK_TASK_STALL_SECONDS = 60


def task_page(task):
    return reverse("admin:articles_backgroundtask_change", args=[task.pk])


def worker_killed(task, *, heard_from=HEARD_FROM, started=STARTED, stage="importing"):
    """Leave ``task`` as a worker killed in the middle of it does: its queue entry running,
    its row at the last progress and heartbeat the worker wrote."""
    DBTaskResult.objects.filter(pk=task.result_id).update(
        status=TaskResultStatus.RUNNING, started_at=started, worker_ids=["worker-1"]
    )
    BackgroundTask.objects.filter(pk=task.pk).update(
        stage=stage,
        done=40,
        total=100,
        started_at=started,
        updated_at=PROGRESSED,
        heartbeat_at=heard_from,
        worker_pid=4242,
        worker_host="worker-host",
    )
    return BackgroundTask.objects.select_related("result").get(pk=task.pk)


def run_again(client, tasks):
    return client.post(
        TASKS, {"action": "run_again", "_selected_action": [t.pk for t in tasks]}, follow=True
    )


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


# --- found stalled --------------------------------------------------------------------------


def test_the_page_shows_a_task_whose_worker_stopped_as_stalled(task_worker, editor_client):
    task = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))

    page = editor_client.get(TASKS)
    detail = editor_client.get(task_page(task))

    assert "fc-status--task-stalled" in page.text
    assert ">stalled</span>" in page.text
    assert REFRESH not in page.text
    assert (
        "The worker stopped while running this task: started 5 Jan 2025, 10:00, "
        "last progress 5 Jan 2025, 10:02."
    ) in detail.text
    assert "process 4242 on worker-host" in detail.text
    assert '<progress value="40" max="100">40%</progress> 40 of 100' in page.text
    assert REFRESH not in detail.text


def test_a_stalled_task_is_marked_failed_in_its_row_and_in_the_queue(task_worker, editor_client):
    task = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))

    editor_client.get(TASKS)

    task = BackgroundTask.objects.select_related("result").get(pk=task.pk)
    assert task.stage == BackgroundTaskStage.FAILED
    assert task.stalled_at is not None
    assert (task.done, task.total) == (40, 100)  # how far it came
    result = task.result
    assert result.status == TaskResultStatus.FAILED
    assert result.finished_at == HEARD_FROM
    assert result.exception_class_path == "articles.services.background.WorkerStopped"
    assert result.traceback == (
        "articles.services.background.WorkerStopped: the worker (process 4242 on worker-host) "
        "stopped while running this task: started 2025-01-05T10:00:00+00:00, last progress "
        "2025-01-05T10:02:00+00:00, last heard from 2025-01-05T10:03:00+00:00\n"
    )
    # The backend's own view agrees: the task failed, with that error.
    assert result.task_result.status == TaskResultStatus.FAILED
    assert result.task_result.errors[0].exception_class is services.WorkerStopped


def test_a_task_heard_from_within_the_timeout_is_still_running(task_worker, editor_client):
    task = worker_killed(
        services.seeds_import_enqueue(paths=[SEEDS]),
        heard_from=timezone.now() - datetime.timedelta(seconds=30),
    )

    page = editor_client.get(TASKS)

    assert "fc-status--task-running" in page.text
    assert REFRESH in page.text
    task.refresh_from_db()
    assert task.result.status == TaskResultStatus.RUNNING
    assert task.stalled_at is None


def test_a_task_waiting_for_a_worker_is_never_stalled(task_worker, editor_client):
    task = services.seeds_import_enqueue(paths=[SEEDS])
    BackgroundTask.objects.filter(pk=task.pk).update(
        created_at=STARTED, updated_at=STARTED
    )  # queued long ago, no worker since

    page = editor_client.get(TASKS)

    assert "fc-status--task-waiting" in page.text
    assert DBTaskResult.objects.get().status == TaskResultStatus.READY


def test_a_task_queued_before_heartbeats_is_judged_by_when_its_worker_took_it_up(
    task_worker, editor_client
):
    task = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]), heard_from=None)
    BackgroundTask.objects.filter(pk=task.pk).update(
        started_at=None, worker_pid=None, worker_host=""
    )

    page = editor_client.get(TASKS)
    detail = editor_client.get(task_page(task))

    assert "fc-status--task-stalled" in page.text
    assert "The worker stopped while running this task: started 5 Jan 2025, 10:00," in detail.text
    assert DBTaskResult.objects.get().finished_at == STARTED


def test_a_task_without_a_queue_entry_is_judged_by_its_own_heartbeat(editor_client):
    # Run at once in a process that was killed, or its queue entry pruned since.
    task = BackgroundTaskFactory(heartbeat_at=HEARD_FROM, started_at=STARTED)

    page = editor_client.get(TASKS)

    assert "fc-status--task-stalled" in page.text
    task.refresh_from_db()
    assert task.stage == BackgroundTaskStage.FAILED


def test_a_task_that_closed_its_row_before_its_worker_stopped_stays_finished(
    task_worker, editor_client
):
    task = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]), stage="done")

    page = editor_client.get(TASKS)

    assert "fc-status--task-finished" in page.text
    task.refresh_from_db()
    assert (task.stage, task.stalled_at) == (BackgroundTaskStage.DONE, None)
    # The queue entry, left running, is closed to match.
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


def test_a_worker_heard_from_after_all_takes_its_task_back(task_worker, editor_client):
    task = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))
    editor_client.get(TASKS)  # found stalled: its worker was only held up

    progress = services.TaskProgress(task.pk, total=100)
    progress.step(BackgroundTaskStage.IMPORTING, 60, 100)

    task.refresh_from_db()
    assert (task.stage, task.stalled_at) == (BackgroundTaskStage.IMPORTING, None)
    assert "fc-status--task-stalled" not in editor_client.get(TASKS).text


def test_a_worker_starting_marks_the_tasks_whose_worker_stopped(task_worker, caplog):
    stalled = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))
    services.seeds_import_enqueue(paths=[SEEDS])  # waiting: the worker then runs it

    with caplog.at_level(logging.WARNING, logger="articles.tasks"):
        task_worker()

    stalled.refresh_from_db()
    assert stalled.stage == BackgroundTaskStage.FAILED
    assert stalled.stalled_at is not None
    assert DBTaskResult.objects.get(pk=stalled.result_id).status == TaskResultStatus.FAILED
    assert [r.getMessage() for r in caplog.records if r.name == "articles.tasks"] == [
        f"Marked background task {stalled.pk} failed: its worker stopped while running it "
        "(process 4242 on worker-host; last heard from 2025-01-05T10:03:00+00:00). "
        f"Import seed files: {SEEDS}"
    ]
    assert Article.objects.count() == 4


# --- run again ------------------------------------------------------------------------------


def test_run_again_queues_the_same_import_and_the_worker_finishes_it(
    task_worker, editor_client, editor
):
    stalled = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))

    response = run_again(editor_client, [stalled])

    again = BackgroundTask.objects.exclude(pk=stalled.pk).get()
    assert messages_of(response) == [
        f"“Import seed files: {SEEDS}” is queued again. "
        f'<a href="{task_page(again)}">Follow its progress.</a>'
    ]
    assert (again.kind, again.description, again.requested_by) == (
        BackgroundTaskKind.IMPORT_SEEDS,
        SEEDS,
        editor,
    )
    assert again.result.args_kwargs["kwargs"]["paths"] == [SEEDS]
    task_worker()
    again.refresh_from_db()
    assert again.stage == BackgroundTaskStage.DONE
    assert Article.objects.count() == 4


def test_run_again_builds_the_suggestions_of_the_same_articles(task_worker, editor_client, editor):
    chosen = ArticleFactory.create_batch(2)
    ArticleFactory()
    stalled = worker_killed(
        services.articles_suggest_enqueue(article_ids=[a.pk for a in chosen], by=editor)
    )

    run_again(editor_client, [stalled])
    task_worker()

    again = BackgroundTask.objects.exclude(pk=stalled.pk).get()
    assert (again.stage, again.done, again.total) == (BackgroundTaskStage.DONE, 2, 2)
    assert set(Claim.objects.values_list("appearances__article", flat=True)) == {
        a.pk for a in chosen
    }


def test_run_again_refuses_a_task_that_did_not_fail(task_worker, editor_client):
    running = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]), heard_from=timezone.now())

    response = run_again(editor_client, [running])

    assert messages_of(response) == [
        f"Import seed files: {SEEDS}: Only a task that failed can be run again."
    ]
    assert BackgroundTask.objects.count() == 1


def test_run_again_refuses_a_task_whose_queue_entry_was_deleted(task_worker, editor_client):
    stalled = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))
    editor_client.get(TASKS)
    DBTaskResult.objects.all().delete()  # prune_db_task_results

    response = run_again(editor_client, [stalled])

    assert messages_of(response) == [
        f"Import seed files: {SEEDS}: It cannot be run again: its queue entry, which held "
        "the work to do, was deleted."
    ]
    assert BackgroundTask.objects.count() == 1


def test_run_again_is_offered_only_to_those_who_may_queue_the_work(client, task_worker):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_backgroundtask"))
    client.force_login(user)
    stalled = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))

    page = client.get(TASKS)
    run_again(client, [stalled])

    assert page.status_code == 200
    assert "run_again" not in page.text
    assert BackgroundTask.objects.count() == 1


def test_an_editor_who_may_suggest_but_not_import_cannot_run_an_import_again(client, task_worker):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_backgroundtask", "add_claim"])
    )
    client.force_login(user)
    stalled = worker_killed(services.seeds_import_enqueue(paths=[SEEDS]))

    response = run_again(client, [stalled])

    assert messages_of(response) == [
        f"Import seed files: {SEEDS}: You do not have permission to import articles."
    ]
    assert BackgroundTask.objects.count() == 1
