"""Long work run by a task worker (Django's task framework, ``settings.TASKS``).

Each task is queued by a service (``services.seeds_import_enqueue``,
``services.articles_suggest_enqueue``) that first writes the ``BackgroundTask``
row the admin shows, and runs the same services an inline run does, reporting
its progress to that row (``services.TaskProgress``). A task fails (the
backend's result says so, with the traceback) only when the work cannot go on;
a file or an article that cannot be imported or suggested is reported as an
error while the others go on, as ``manage.py import_seeds`` does.

Arguments are JSON (the database backend stores them): paths as strings,
article ids as numbers. Return values are small counts, kept by the backend.
"""

from __future__ import annotations

from django.tasks import task
from django.utils import translation
from django.utils.translation import ngettext

from articles import services
from articles.models import BackgroundTaskStage


@task
def import_seeds(
    *,
    background_task_id: int,
    paths: list[str],
    suggest: bool = False,
    max_bytes: int | None = None,
    language: str | None = None,
) -> dict[str, int]:
    """Import the seed files under ``paths`` (``services.seeds_import``)."""
    progress = services.TaskProgress.start(background_task_id)
    with translation.override(language), progress.running():
        report = services.seeds_import(
            paths=paths,
            max_bytes=max_bytes,
            suggest=suggest,
            by=progress.requested_by,
            progress=progress,
        )
        summary = report.summary()
        if report.suggested is not None:
            summary += " " + _suggested(report.suggested)
        progress.finish(summary)
    return {
        "files": report.files_found,
        "created": len(report.created),
        "updated": len(report.updated),
        "unchanged": len(report.unchanged),
        "errors": len(report.errors),
        "suggested": report.suggested or 0,
    }


@task
def suggest_claims(
    *, background_task_id: int, article_ids: list[int], language: str | None = None
) -> dict[str, int]:
    """Build the suggested claims of the articles ``article_ids``
    (``services.articles_suggest_in_chunks``)."""
    progress = services.TaskProgress.start(background_task_id)
    with translation.override(language), progress.running():
        progress.step(BackgroundTaskStage.SUGGESTING, 0, len(article_ids))
        count = services.articles_suggest_in_chunks(
            article_ids=article_ids, by=progress.requested_by, progress=progress
        )
        progress.finish(_suggested(count))
    return {"articles": len(article_ids), "suggested": count, "errors": progress.error_count}


def _suggested(count: int) -> str:
    return ngettext("Suggested %(count)d claim.", "Suggested %(count)d claims.", count) % {
        "count": count
    }
