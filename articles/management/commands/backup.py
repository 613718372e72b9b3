"""Back up the workbench's data: ``manage.py backup [--output DIR]``.

Writes one gzipped JSON fixture (Django's ``dumpdata``) with every article,
claim, appearance, piece of evidence, verdict, correction, status change and
their history, the rating scale, the users and their roles — what
``manage.py loaddata`` needs to restore the workbench into a freshly migrated
database of either kind (SQLite or PostgreSQL). Sessions, the admin's log and
derived tables (content types, permissions) are left out: migrations recreate
them, and references to permissions are written by name, not by id.

The dump is read inside one transaction (a repeatable-read snapshot on
PostgreSQL), so it is consistent even while editors work, and written to a
temporary file renamed into place only when complete: an interrupted backup
never leaves a truncated file behind.
"""

from __future__ import annotations

import os
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
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

EXCLUDED = ["contenttypes", "sessions", "admin", "auth.permission"]
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
        # Inside an outer transaction (a test, a caller's atomic block) the snapshot is theirs.
        snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
        try:
            with transaction.atomic():
                if snapshot:
                    with connection.cursor() as cursor:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                call_command(
                    "dumpdata",
                    exclude=EXCLUDED,
                    natural_foreign=True,
                    output=str(partial),
                    verbosity=0,
                    stdout=StringIO(),
                )
                counts = [(m._meta.verbose_name_plural, m.objects.count()) for m in COUNTED]
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

        self.stdout.write(f"Wrote {target} ({target.stat().st_size:,} bytes).")
        self.stdout.write(", ".join(f"{n:,} {name}" for name, n in counts) + ".")
        self.stdout.write(
            f"Restore into a freshly migrated database with: manage.py loaddata {target}"
        )
