"""Long work off the request: queuing background tasks and recording their progress.

An import of many seed files and suggestions for many articles run as tasks of
Django's task framework (``articles.tasks``), which a worker runs
(``manage.py db_worker``). Queuing one writes a ``BackgroundTask`` row, which the
admin shows; the task moves it on as it goes (``TaskProgress``), through the same
services an inline run calls (``seeds_import``, ``articles_suggest_in_chunks``).

A worker that is killed in the middle of a task (SIGKILL, out of memory, the machine
down) leaves it "running" in the queue for ever. So while a task runs, its worker
writes a heartbeat on its row (``TaskProgress.running``), and a task not heard from
for ``FACTCHECK_TASK_STALL_SECONDS`` is marked failed, in both rows
(``background_tasks_mark_stalled``: the admin's page and each worker starting call it);
an editor runs it again (``background_task_run_again``).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, connection, connections, transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django_tasks_db.models import DBTaskResult

from articles.importers import printable
from articles.models import BackgroundTask, BackgroundTaskKind, BackgroundTaskStage
from articles.services._base import User, _require
from articles.services.importing import import_refused_text

logger = logging.getLogger(__name__)

# Seconds between two writes of a running task's progress: often enough for the admin
# page, rare enough to cost nothing next to the work.
PROGRESS_INTERVAL = 1.0
# Heartbeats a running task's worker writes in FACTCHECK_TASK_STALL_SECONDS: several, so a
# few delayed by a busy database do not make a live worker look stopped.
HEARTBEATS_PER_STALL = 5


def seeds_import_enqueue(
    *,
    paths: Sequence[str],
    suggest: bool = False,
    max_bytes: int | None = None,
    by: User | None = None,
) -> BackgroundTask:
    """Queue an import of the seed files under ``paths`` (``seeds_import``, run by a
    task worker); return its ``BackgroundTask``.

    ``paths`` should be absolute: the worker runs elsewhere, on the same file
    system. ``by`` (an editor, or ``None`` for an operator's command) needs the
    permission to add articles and is credited with the suggestions.
    """
    if by is not None:
        _require(by, "articles.add_article", _("import articles"))
    from articles import tasks  # the tasks call these services: imported on use

    description = ", ".join(printable(_shown_path(path)) for path in paths)
    if suggest:
        description += " " + _("(with suggestions)")
    return _enqueue(
        tasks.import_seeds,
        BackgroundTask(
            kind=BackgroundTaskKind.IMPORT_SEEDS,
            description=description[:300],
            requested_by=_user(by),
        ),
        paths=[str(path) for path in paths],
        suggest=suggest,
        max_bytes=max_bytes,
    )


def articles_suggest_enqueue(*, article_ids: Sequence[int], by: User | None) -> BackgroundTask:
    """Queue building suggestions for the articles ``article_ids`` (``articles_suggest_in_chunks``,
    run by a task worker); return its ``BackgroundTask``.

    Suggesting again is safe: existing and dismissed suggestions are not repeated,
    so this also "rebuilds" the suggestions of articles that have some.
    """
    if by is not None:
        _require(by, "articles.add_claim", _("suggest claims"))
    from articles import tasks  # the tasks call these services: imported on use

    ids = sorted(set(article_ids))
    return _enqueue(
        tasks.suggest_claims,
        BackgroundTask(
            kind=BackgroundTaskKind.SUGGEST_CLAIMS,
            description=ngettext("%(count)d article", "%(count)d articles", len(ids))
            % {"count": len(ids)},
            requested_by=_user(by),
            total=len(ids),
        ),
        article_ids=ids,
    )


def _enqueue(task, row: BackgroundTask, **kwargs) -> BackgroundTask:
    row.full_clean()
    row.save()
    try:
        # A backend without a queue runs the task right here, so the row exists first.
        result = task.enqueue(background_task_id=row.pk, language=get_language(), **kwargs)
    except Exception as error:
        TaskProgress(row.pk).fail(_("Could not queue the task: %(error)s") % {"error": error})
        raise
    queue_entry = getattr(result, "db_result", None)
    BackgroundTask.objects.filter(pk=row.pk).update(
        task_id=str(result.id), result=queue_entry, updated_at=timezone.now()
    )
    row.refresh_from_db()
    return row


def background_task_run_again(*, task: BackgroundTask, by: User | None) -> BackgroundTask:
    """Queue again the work of ``task``, which failed (its worker stopped, or the work could
    not go on); return the new task, credited to ``by``.

    The work is read from the task's queue entry, as the task was first queued: the
    same files, or the same articles. It is safe to do twice: files already imported
    come back unchanged, and suggestions are not repeated. ``by`` needs the permission
    the work needs, as when queuing it the first time.
    """
    result = task.result
    failed = task.stage == BackgroundTaskStage.FAILED or (
        result is not None and result.status == TaskResultStatus.FAILED
    )
    if not failed:
        raise ValidationError(_("Only a task that failed can be run again."))
    if result is None:
        raise ValidationError(
            _("It cannot be run again: its queue entry, which held the work to do, was deleted.")
        )
    arguments = result.args_kwargs.get("kwargs", {})
    if task.kind == BackgroundTaskKind.IMPORT_SEEDS:
        return seeds_import_enqueue(
            paths=arguments["paths"],
            suggest=arguments.get("suggest", False),
            max_bytes=arguments.get("max_bytes"),
            by=by,
        )
    return articles_suggest_enqueue(article_ids=arguments["article_ids"], by=by)


class WorkerStopped(Exception):
    """The queue's record of a task whose worker stopped while running it: the exception of
    its failed queue entry (``background_tasks_mark_stalled``)."""


def background_tasks_mark_stalled(*, now: datetime | None = None) -> list[BackgroundTask]:
    """Mark failed the tasks whose worker stopped while running them
    (``BackgroundTask.objects.stalled``), and return them.

    The task's row is found stalled (``stalled_at``) and failed, its progress and
    errors kept; its queue entry fails with ``WorkerStopped``, as the backend records
    a task that raised. A task that had closed its own row before its worker stopped
    keeps it; only its queue entry is closed, to match. Each task is checked again in
    its own transaction, so one heard from meanwhile is left alone.
    """
    now = now or timezone.now()
    candidates = list(BackgroundTask.objects.stalled(now=now).values_list("pk", flat=True))
    return [task for pk in candidates if (task := _mark_stalled(pk, now=now)) is not None]


@transaction.atomic
def _mark_stalled(pk: int, *, now: datetime) -> BackgroundTask | None:
    task = (
        BackgroundTask.objects.stalled(now=now)
        .select_for_update(of=("self",))
        .select_related("result")
        .filter(pk=pk)
        .first()
    )
    if task is None:
        return None
    result = task.result
    heard_from = task.last_heard_from
    if task.stage not in BackgroundTaskStage.finished():
        task.stage, task.stalled_at = BackgroundTaskStage.FAILED, now
        # Not updated_at: it stays the time of the last progress, which the page shows.
        BackgroundTask.objects.filter(pk=pk).update(stage=task.stage, stalled_at=now)
    if result is None or result.status != TaskResultStatus.RUNNING:
        return task
    if task.stage == BackgroundTaskStage.DONE:
        closed = {"status": TaskResultStatus.SUCCESSFUL, "finished_at": task.updated_at}
    else:
        path = f"{WorkerStopped.__module__}.{WorkerStopped.__qualname__}"
        closed = {
            "status": TaskResultStatus.FAILED,
            "finished_at": heard_from,
            "exception_class_path": path,
            "traceback": f"{path}: {_stopped_line(task, heard_from)}\n",
        }
    DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(**closed)
    for name, value in closed.items():
        setattr(result, name, value)
    return task


def _stopped_line(task: BackgroundTask, heard_from: datetime | None) -> str:
    """The queue entry's record, in English, as the backend's tracebacks are."""
    started = task.started_at or (task.result.started_at if task.result else None)
    where = f" (process {task.worker_pid} on {task.worker_host})" if task.worker_pid else ""
    return (
        f"the worker{where} stopped while running this task: "
        f"started {_iso(started)}, last progress {_iso(task.updated_at)}, "
        f"last heard from {_iso(heard_from)}"
    )


def _iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else "unknown"


def _user(by: User | None):
    return by if by is not None and by.is_authenticated else None


def _shown_path(path: str) -> str:
    """``path`` relative to the import root where it lies inside it, as keys are."""
    root = os.path.abspath(settings.FACTCHECK_IMPORT_ROOT)
    absolute = os.path.abspath(path)
    if os.path.commonpath([root, absolute]) == root:
        return os.path.relpath(absolute, root)
    return absolute


class TaskProgress:
    """Records a running task's progress on its ``BackgroundTask`` row (a ``Progress``).

    Steps are written at most every ``PROGRESS_INTERVAL`` seconds, and whenever the
    stage changes or a stage completes; each write is one short UPDATE outside the
    work's own transactions, so it never holds them up. The last
    ``BackgroundTask.ERRORS_KEPT`` errors are kept, all of them counted.
    """

    def __init__(self, pk: int, *, requested_by=None, total: int = 0) -> None:
        self.pk = pk
        self.requested_by = requested_by
        self.stage = BackgroundTaskStage.QUEUED
        self.done = 0
        self.total = total
        self.error_count = 0
        self.errors: list[dict[str, str]] = []
        self._written_at = 0.0
        self._written_stage = ""

    @classmethod
    def start(cls, pk: int) -> TaskProgress:
        """The progress of the task ``pk``, taken up by a worker; raises if its row is gone."""
        row = BackgroundTask.objects.select_related("requested_by").get(pk=pk)
        return cls(pk, requested_by=row.requested_by, total=row.total)

    def step(self, stage: str, done: int, total: int) -> None:
        self.stage, self.total, self.done = stage, total, min(done, total)
        if (
            stage != self._written_stage
            or done >= total
            or time.monotonic() - self._written_at >= PROGRESS_INTERVAL
        ):
            self._write()

    def error(self, name: str, reason: str) -> None:
        self.error_count += 1
        # Escaped as import_seeds prints them: a file name cannot hide or fake a line.
        error = {"name": printable(name), "reason": printable(reason)}
        self.errors = [*self.errors, error][-BackgroundTask.ERRORS_KEPT :]

    def finish(self, summary: str) -> None:
        self.stage = BackgroundTaskStage.DONE
        self._write(summary=summary)

    def fail(self, reason: str) -> None:
        self.error("", reason)
        self.stage = BackgroundTaskStage.FAILED
        self._write()

    @contextmanager
    def running(self) -> Iterator[TaskProgress]:
        """Records which process runs the task, and writes its heartbeat while the work
        runs (``Heartbeat``); marks the task failed, with the reason as its last error,
        if the work raises."""
        now = timezone.now()
        BackgroundTask.objects.filter(pk=self.pk).update(
            started_at=now,
            heartbeat_at=now,
            worker_host=socket.gethostname()[:255],
            worker_pid=os.getpid(),
            stalled_at=None,
        )
        heartbeat = Heartbeat(self.pk)
        heartbeat.start()
        try:
            yield self
        except IntegrityError as error:
            self.fail(import_refused_text(error))
            raise
        except BaseException as error:
            self.fail(_error_line(error))
            raise
        finally:
            heartbeat.stop()

    def _write(self, **fields) -> None:
        now = timezone.now()
        BackgroundTask.objects.filter(pk=self.pk).update(
            stage=self.stage,
            done=self.done,
            total=self.total,
            error_count=self.error_count,
            errors=self.errors,
            updated_at=now,
            heartbeat_at=now,
            # Heard from after all (a database busier than the timeout): not stalled.
            stalled_at=None,
            **fields,
        )
        self._written_at = time.monotonic()
        self._written_stage = self.stage


class Heartbeat:
    """Writes ``heartbeat_at`` on a running task's row from a thread of its own, every
    ``FACTCHECK_TASK_STALL_SECONDS / HEARTBEATS_PER_STALL`` seconds until stopped.

    Progress alone does not show a worker alive: one step of the work (scoring a chunk
    of articles, writing a batch of files) may last longer than the timeout. Work run
    inside a caller's transaction (a backend without a queue, in a request) gets no
    heartbeat: another connection would not see its row until the end.
    """

    def __init__(self, pk: int) -> None:
        self.pk = pk
        self.interval = settings.FACTCHECK_TASK_STALL_SECONDS / HEARTBEATS_PER_STALL
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"heartbeat-{pk}", daemon=True)

    def start(self) -> None:
        if not connection.in_atomic_block:
            self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join()

    def _beat(self) -> None:
        try:
            while not self._stopped.wait(self.interval):
                try:
                    BackgroundTask.objects.filter(pk=self.pk).update(heartbeat_at=timezone.now())
                except DatabaseError as error:
                    # Busy beyond the database's own wait: the next beat tries again.
                    logger.warning("Task row %s: heartbeat not written: %s", self.pk, error)
        finally:
            connections.close_all()


def _error_line(error: BaseException) -> str:
    text = str(error).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__
