"""Import seed articles from text files: ``manage.py import_seeds [PATH ...] [--dry-run]``.

With no PATH the project's seed folder (``settings.FACTCHECK_SEEDS_DIR``) is
read. A PATH may be a file or a folder (its ``*.txt`` files at any depth,
sorted). Each file's article is keyed on the file's path relative to the import
root (``settings.FACTCHECK_IMPORT_ROOT``, the project folder by default), so
files of the same name in different folders are different articles.

Each file gets one line — created, updated, unchanged or error — then a
summary. A file that cannot be read (a link loop, a permission, a named pipe,
over ``--max-bytes``), a name that is not UTF-8 text, a body with control
characters or an implausible date is reported on its line, with the name
escaped so the line stays one line, and skipped without stopping the others;
the command then exits with status 1. Running it again with the same files
changes nothing.

With ``--suggest`` the check-worthy sentences of every imported article also
become suggested claims (``articles.services.articles_suggest_claims``); a
re-run suggests nothing twice and never brings back a dismissed suggestion.

Files are written a batch at a time, each batch in its own short transaction,
so editors can keep saving while a large import runs.

With ``--background`` the import is queued as a task (``articles.tasks``) and
the command prints the task's id and returns at once; a task worker
(``manage.py db_worker``) runs it, and the admin's "Background tasks" page shows
its progress, its errors (each naming the file and the reason) and the same
summary. The paths are made absolute first, so the worker finds the same files
(it must see the same file system).

Parsing lives in ``articles.importers`` and the import in
``articles.services.seeds_import``; this command only wires it to the command line.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, connection
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles.importers import printable
from articles.services import (
    SeedAction,
    SeedOutcome,
    import_refused_text,
    seeds_import,
    seeds_import_enqueue,
)
from articles.siteurl import absolute_url

# SQLite's page cache for the import's connection, in KiB (SQLite's default is 2 MiB).
IMPORT_CACHE_KIB = 131_072

ACTION_LABELS = {
    SeedAction.CREATED: gettext_lazy("created"),
    SeedAction.UPDATED: gettext_lazy("updated"),
    SeedAction.UNCHANGED: gettext_lazy("unchanged"),
    SeedAction.ERROR: gettext_lazy("error"),
}


class Command(BaseCommand):
    help = (
        "Import seed articles from text files (default: the seeds/ folder), creating new "
        "articles and updating changed ones; re-running it changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="Seed files, or folders of *.txt seed files "
            f"(default: {settings.FACTCHECK_SEEDS_DIR}).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would be created or updated without writing anything.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=None,
            metavar="N",
            help="Refuse files larger than N bytes, before reading them "
            f"(default: {settings.FACTCHECK_IMPORT_MAX_BYTES:,}, FACTCHECK_IMPORT_MAX_BYTES).",
        )
        parser.add_argument(
            "--suggest",
            action="store_true",
            help="Also suggest claims for the check-worthy sentences of every imported article "
            "(existing and dismissed suggestions are not repeated).",
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help="Queue the import as a task for the task worker (manage.py db_worker), print "
            "its id and return; the admin's Background tasks page shows its progress.",
        )

    def handle(
        self, *args, paths, dry_run, suggest=False, max_bytes=None, background=False, **options
    ):
        if max_bytes is not None and max_bytes < 1:
            raise CommandError(_("--max-bytes must be a positive number of bytes."))
        paths = paths or [settings.FACTCHECK_SEEDS_DIR]
        if background:
            if dry_run:
                raise CommandError(_("--dry-run runs inline; leave out --background."))
            self.enqueue(paths, suggest=suggest, max_bytes=max_bytes)
            return
        try:
            with bulk_writing():
                # A process of its own: the suggestions of each next chunk are scored in a
                # second one while this one writes (``articles_suggest_in_chunks``).
                report = seeds_import(
                    paths=paths,
                    max_bytes=max_bytes,
                    dry_run=dry_run,
                    suggest=suggest,
                    scoring_process=True,
                )
        except IntegrityError as error:
            raise CommandError(import_refused_text(error)) from error
        for outcome in report.outcomes:
            self.write_outcome(outcome)
        if report.suggested is not None:
            self.stdout.write(
                ngettext(
                    "Suggested %(count)d claim.", "Suggested %(count)d claims.", report.suggested
                )
                % {"count": report.suggested}
            )
        summary = report.summary()
        if report.errors:
            raise CommandError(summary)
        self.stdout.write(summary)

    def enqueue(self, paths, *, suggest: bool, max_bytes: int | None) -> None:
        task = seeds_import_enqueue(
            paths=[os.path.abspath(path) for path in paths], suggest=suggest, max_bytes=max_bytes
        )
        task.refresh_from_db()
        if task.is_finished:
            # A backend without a queue (FACTCHECK_TASKS_BACKEND=immediate) ran it already.
            self.stdout.write(
                _("Ran the import as task %(id)s: %(summary)s")
                % {"id": task.task_id, "summary": task.summary or task.get_stage_display()}
            )
            return
        self.stdout.write(
            _("Queued the import as task %(id)s; a task worker runs it. Its progress: %(url)s")
            % {"id": task.task_id, "url": absolute_url(task.get_absolute_url())}
        )

    def write_outcome(self, outcome: SeedOutcome) -> None:
        # Names and reasons come from the file system and the files: escaped, they cannot
        # break the line or send the terminal escape sequences.
        label = str(ACTION_LABELS[outcome.action]).ljust(9)
        name = printable(outcome.name)
        if outcome.action == SeedAction.ERROR:
            self.stdout.write(f"{label} {name}: {printable(outcome.reason)}", self.style.ERROR)
        else:
            self.stdout.write(f'{label} {name}  "{printable(outcome.title)}"')


@contextmanager
def bulk_writing() -> Iterator[None]:
    """This process set up for one large import, and put back as it was afterwards.

    * On SQLite, a page cache of ``IMPORT_CACHE_KIB`` for this connection: an import
      with suggestions writes into a score of indexes at scattered places, and with
      the default 2 MiB their pages were written out to the log in the middle of a
      batch and read back again for the next one. Durability is unchanged
      (``synchronous`` stays as configured).
    * Python's cyclic garbage collector paused: an import allocates millions of
      short-lived rows and values, none of them in a reference cycle, and each
      collection walked them and every long-lived object of the process (about a
      second of a 10,000-file import with suggestions). Whatever cycles there are
      wait until the import ends.
    """
    cache = None
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            (cache,) = cursor.fetchone()
            cursor.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        if cache is not None and connection.connection is not None:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {int(cache)}")
