"""Run the task worker: django-tasks-db's ``manage.py db_worker``, with the same options.

Before it takes up any task, the worker marks failed the tasks that another worker
stopped running without saying so (killed, out of memory, the machine went down):
those not heard from for ``FACTCHECK_TASK_STALL_SECONDS``
(``services.background_tasks_mark_stalled``). Each is named on the worker's log;
editors see them as stalled under Admin › Background tasks, and can run them again.
The admin's page marks them too, so a machine whose only worker never came back
still shows them.

This command replaces the backend's own because ``articles`` comes before
``django_tasks_db`` in ``INSTALLED_APPS``.
"""

from __future__ import annotations

import logging

from django_tasks_db.management.commands import db_worker

from articles import services

logger = logging.getLogger("articles.tasks")


class Command(db_worker.Command):
    help = (
        "Run the background task worker, first marking failed the tasks whose worker "
        "stopped while running them."
    )

    def handle(self, *args, **options) -> None:
        for task in services.background_tasks_mark_stalled():
            logger.warning(
                "Marked background task %s failed: its worker stopped while running it "
                "(%s; last heard from %s). %s",
                task.pk,
                f"process {task.worker_pid} on {task.worker_host}"
                if task.worker_pid
                else "worker unknown",
                task.last_heard_from.isoformat(timespec="seconds"),
                task,
            )
        super().handle(*args, **options)
