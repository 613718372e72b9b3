"""Back up the workbench's data: ``manage.py backup [--output DIR]``.

Writes one gzipped JSON fixture (Django's ``dumpdata``) with every article,
claim, appearance, piece of evidence, verdict, correction, status change and
their history, the rating scale, the users and their roles — what
``manage.py loaddata`` needs to restore the workbench into a freshly migrated
database of either kind (SQLite or PostgreSQL). Sessions, the admin's log, login
attempts and derived tables (content types, permissions) are left out:
migrations recreate them, and references to permissions are written by name, not
by id.

The dump is consistent even while editors work, and never holds their writes up:

- on SQLite, SQLite's online backup copies the database file first (a read, which
  in WAL mode never blocks a writer, and which takes seconds where the dump takes
  minutes), and the dump is read from that copy;
- on PostgreSQL, the dump is read inside one repeatable-read transaction, a
  snapshot that takes no lock a writer waits for.

The file is written under a temporary name and renamed into place only when
complete: an interrupted backup never leaves a truncated file behind.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.utils import timezone

from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    Correction,
    Evidence,
    Rating,
    StatusChange,
    TrackedFigure,
    Verdict,
)

EXCLUDED = ["contenttypes", "sessions", "admin", "auth.permission", "axes"]
SNAPSHOT_ALIAS = "backup_snapshot"
COUNTED = [
    Article,
    Claimant,
    Claim,
    Appearance,
    Evidence,
    Verdict,
    Correction,
    StatusChange,
    TrackedFigure,
    Rating,
]


class Command(BaseCommand):
    help = "Write a consistent, gzipped JSON backup of all the workbench's data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(Path(settings.BASE_DIR) / "backups"),
            help="Folder to write the backup into (created if missing; default: backups/).",
        )

    def handle(self, *args, **options):
        folder = Path(options["output"])
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(
                f"Cannot create the backup folder {folder}: {error.strerror}."
            ) from None
        target = folder / f"factcheck-{timezone.now():%Y%m%d-%H%M%S}.json.gz"
        # dumpdata picks gzip from the file name's ending.
        partial = folder / f".{target.name[: -len('.json.gz')]}.partial.json.gz"
        try:
            with self.snapshot(folder) as using:
                call_command(
                    "dumpdata",
                    exclude=EXCLUDED,
                    natural_foreign=True,
                    database=using,
                    output=str(partial),
                    verbosity=0,
                    stdout=StringIO(),
                )
                counts = [
                    (m._meta.verbose_name_plural, m.objects.using(using).count()) for m in COUNTED
                ]
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

        self.stdout.write(f"Wrote {target} ({target.stat().st_size:,} bytes).")
        self.stdout.write(", ".join(f"{n:,} {name}" for name, n in counts) + ".")
        self.stdout.write(
            f"Restore into a freshly migrated database with: manage.py loaddata {target}"
        )

    @contextmanager
    def snapshot(self, folder: Path) -> Iterator[str]:
        """The alias of a database holding one consistent moment of the data."""
        if connection.in_atomic_block:
            # Inside a caller's transaction (a test's, say) the moment is theirs; SQLite
            # could not even copy the file while that connection has writes pending.
            yield DEFAULT_DB_ALIAS
        elif connection.vendor == "sqlite":
            with sqlite_copy(folder) as using:
                yield using
        elif connection.vendor == "postgresql":
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                yield DEFAULT_DB_ALIAS
        else:
            with transaction.atomic():
                yield DEFAULT_DB_ALIAS


@contextmanager
def sqlite_copy(folder: Path) -> Iterator[str]:
    """A copy of the SQLite database made with SQLite's online backup, open as an alias.

    The copy is taken in one step, one read of the live database: in WAL mode writers
    carry on meanwhile, and what they commit during the copy is not in it.
    """
    descriptor, name = tempfile.mkstemp(prefix=".snapshot-", suffix=".sqlite3", dir=folder)
    os.close(descriptor)
    try:
        live = connections[DEFAULT_DB_ALIAS]
        live.ensure_connection()
        copy = sqlite3.connect(name)
        try:
            live.connection.backup(copy)
        finally:
            copy.close()
        snapshot = type(live)({**live.settings_dict, "NAME": name, "OPTIONS": {}}, SNAPSHOT_ALIAS)
        connections[SNAPSHOT_ALIAS] = snapshot
        try:
            yield SNAPSHOT_ALIAS
        finally:
            snapshot.close()
            del connections[SNAPSHOT_ALIAS]
    finally:
        os.unlink(name)
