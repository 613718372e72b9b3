"""The task worker as it runs in production, in a process of its own (``manage.py db_worker``):
killed with SIGKILL in the middle of a task, then the admin's page, or the next worker to
start, finds the task stalled; and the lines it prints, each once.

The worker shares this test's database: on PostgreSQL the test database itself (the
test's writes are committed); on SQLite, whose test database lives in this process's
memory, a file copied from it before the worker starts and copied back to read what
the worker wrote (``SharedDatabase``). Waits poll with a deadline; nothing is timed.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.tasks import TaskResultStatus
from django.urls import reverse

from articles import services
from articles.models import BackgroundTask, BackgroundTaskKind, BackgroundTaskStage
from tests import worker_tasks

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parent.parent
TASKS = reverse("admin:articles_backgroundtask_changelist")
# Seconds without a heartbeat before a task counts as stalled, here and in the worker.
STALL_SECONDS = 1
# How long a wait may last before the test gives up: far beyond what any takes.
DEADLINE = 90


class SharedDatabase:
    """This test's database, as a worker in another process reaches it."""

    def __init__(self, folder: Path) -> None:
        self.sqlite = connection.vendor == "sqlite"
        settings = connection.settings_dict
        if self.sqlite:
            self.file = folder / "worker.sqlite3"
            self.url = f"sqlite:///{self.file}"
        else:
            self.url = "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(
                **{key: settings[key] or "" for key in ("USER", "PASSWORD", "HOST", "PORT")},
                NAME=settings["NAME"],
            )

    def push(self) -> None:
        """Hand what this test wrote to the worker."""
        if self.sqlite:
            self._copy(to_file=True)

    def pull(self) -> None:
        """Read what the worker wrote."""
        if self.sqlite:
            self._copy(to_file=False)

    def _copy(self, *, to_file: bool) -> None:
        connection.ensure_connection()
        file = sqlite3.connect(self.file)
        try:
            if to_file:
                connection.connection.backup(file)
            else:
                file.backup(connection.connection)
        finally:
            file.close()


@pytest.fixture
def shared_database(tmp_path, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.FACTCHECK_TASK_STALL_SECONDS = STALL_SECONDS
    return SharedDatabase(tmp_path)


def manage(shared_database, *args, **kwargs) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DATABASE_URL": shared_database.url,
        "DJANGO_DEBUG": "1",  # as `make run` starts it: Django's own console logging is on
        "FACTCHECK_TASKS_BACKEND": "database",
        "FACTCHECK_TASK_STALL_SECONDS": str(STALL_SECONDS),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, text=True, **kwargs
    )


def start_worker(shared_database, log: Path, *args) -> subprocess.Popen:
    """``manage.py db_worker``, its log (standard error) written to ``log``."""
    with log.open("w") as stderr:
        return manage(
            shared_database,
            "db_worker", "--no-reload", "--no-startup-delay", "--interval=0.05", *args,
            stdout=subprocess.DEVNULL, stderr=stderr,
        )  # fmt: skip


def queue_held_task() -> BackgroundTask:
    """A task that keeps its worker busy until the worker is killed."""
    row = BackgroundTask.objects.create(
        kind=BackgroundTaskKind.IMPORT_SEEDS, description="held until its worker is killed"
    )
    result = worker_tasks.hold.enqueue(background_task_id=row.pk)
    BackgroundTask.objects.filter(pk=row.pk).update(task_id=str(result.id), result=result.db_result)
    return row


def wait_for(what: str, ready, worker_log: Path | None = None):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        found = ready()
        if found:
            return found
        time.sleep(0.05)
    log = worker_log.read_text() if worker_log else ""
    pytest.fail(f"Still waiting for {what}. The worker's log:\n{log}")


def heartbeat_after_progress(shared_database, pk):
    """The task as the worker left it, once its heartbeat thread wrote after its progress
    (a step writes both times alike; only a heartbeat moves one past the other)."""

    def check():
        shared_database.pull()
        task = BackgroundTask.objects.select_related("result").get(pk=pk)
        progressed = task.stage == BackgroundTaskStage.READING
        beating = progressed and task.heartbeat_at > task.updated_at
        return task if task.result.status == TaskResultStatus.RUNNING and beating else None

    return check


@pytest.fixture
def killed_worker(shared_database, editor_client, tmp_path):
    """A worker killed with SIGKILL while it runs a task: (the task, the worker's pid)."""
    task = queue_held_task()
    shared_database.push()
    log = tmp_path / "worker.log"
    worker = start_worker(shared_database, log)
    try:
        running = wait_for(
            "the worker to run the task and beat",
            heartbeat_after_progress(shared_database, task.pk),
            log,
        )
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    shared_database.pull()
    assert running.stage == BackgroundTaskStage.READING
    assert running.worker_pid == worker.pid
    return running, worker.pid


def test_the_page_shows_a_killed_worker_s_task_as_stalled(killed_worker, editor_client):
    task, pid = killed_worker

    def shown_stalled():
        # Right after the kill the task may still be within the timeout, shown running.
        return "fc-status--task-stalled" in editor_client.get(TASKS).text

    wait_for("the page to show the task stalled", shown_stalled)

    detail = editor_client.get(reverse("admin:articles_backgroundtask_change", args=[task.pk]))
    assert "The worker stopped while running this task: started " in detail.text
    assert f"process {pid} on {socket.gethostname()}" in detail.text
    task = BackgroundTask.objects.select_related("result").get(pk=task.pk)
    assert task.stage == BackgroundTaskStage.FAILED
    assert task.result.status == TaskResultStatus.FAILED
    assert task.result.exception_class_path == "articles.services.background.WorkerStopped"
    assert f"process {pid} on {socket.gethostname()}" in task.result.traceback


def test_the_next_worker_marks_a_killed_worker_s_task_failed(
    killed_worker, shared_database, editor_client, tmp_path
):
    task, pid = killed_worker
    wait_for(
        "the task to go unheard for the timeout",
        lambda: BackgroundTask.objects.stalled().exists(),  # measured from now, each time
    )

    log = tmp_path / "next-worker.log"
    assert start_worker(shared_database, log, "--batch").wait() == 0

    shared_database.pull()
    task = BackgroundTask.objects.select_related("result").get(pk=task.pk)
    assert task.stage == BackgroundTaskStage.FAILED
    assert task.stalled_at is not None
    assert task.result.status == TaskResultStatus.FAILED
    lines = log.read_text().splitlines()
    assert [line for line in lines if line.startswith("Marked background task")] == [
        f"Marked background task {task.pk} failed: its worker stopped while running it "
        f"(process {pid} on {socket.gethostname()}; last heard from "
        f"{task.heartbeat_at.isoformat(timespec='seconds')}). "
        "Import seed files: held until its worker is killed"
    ]
    assert "fc-status--task-stalled" in editor_client.get(TASKS).text


def test_the_worker_prints_each_line_of_a_task_once(shared_database, editor, tmp_path):
    seeds = ROOT / "tests" / "fixtures" / "seeds" / "good"
    task = services.seeds_import_enqueue(paths=[str(seeds)], by=editor)
    shared_database.push()
    log = tmp_path / "worker.log"

    assert start_worker(shared_database, log, "--batch").wait() == 0

    lines = log.read_text().splitlines()
    path = "articles.tasks.import_seeds"
    assert lines.count(f"Task id={task.task_id} path={path} state=RUNNING") == 1
    assert lines.count(f"Task id={task.task_id} path={path} state=SUCCESSFUL") == 1
