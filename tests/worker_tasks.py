"""Tasks the tests queue for a worker in another process (tests/test_tasks_worker_process.py).

The worker imports them by their path, ``tests.worker_tasks.…``: it runs from the
project folder, as ``make run`` and the production services start it.
"""

from __future__ import annotations

import time

from django.tasks import task

from articles import services
from articles.models import BackgroundTaskStage

# Longer than any test waits for: the test kills the worker well before.
HOLD_SECONDS = 120


@task
def hold(*, background_task_id: int, language: str | None = None) -> None:
    """Report one step, then keep the worker busy until it is killed."""
    progress = services.TaskProgress.start(background_task_id)
    with progress.running():
        progress.step(BackgroundTaskStage.READING, 0, 1)
        deadline = time.monotonic() + HOLD_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.05)
