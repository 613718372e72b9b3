"""Long work off the request: queuing background tasks and recording their progress.

An import of many seed files and suggestions for many articles run as tasks of
Django's task framework (``articles.tasks``), which a worker runs
(``manage.py db_worker``). Queuing one writes a ``BackgroundTask`` row, which the
admin shows; the task moves it on as it goes (``TaskProgress``), through the same
services an inline run calls (``seeds_import``, ``articles_suggest_in_chunks``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from articles.importers import printable
from articles.models import BackgroundTask, BackgroundTaskKind, BackgroundTaskStage
from articles.services._base import User, _require
from articles.services.importing import import_refused_text

# Seconds between two writes of a running task's progress: often enough for the admin
# page, rare enough to cost nothing next to the work.
PROGRESS_INTERVAL = 1.0


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
        """Marks the task failed, with the reason as its last error, if the work raises."""
        try:
            yield self
        except IntegrityError as error:
            self.fail(import_refused_text(error))
            raise
        except BaseException as error:
            self.fail(_error_line(error))
            raise

    def _write(self, **fields) -> None:
        BackgroundTask.objects.filter(pk=self.pk).update(
            stage=self.stage,
            done=self.done,
            total=self.total,
            error_count=self.error_count,
            errors=self.errors,
            updated_at=timezone.now(),
            **fields,
        )
        self._written_at = time.monotonic()
        self._written_stage = self.stage


def _error_line(error: BaseException) -> str:
    text = str(error).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__
