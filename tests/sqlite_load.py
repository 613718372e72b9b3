"""SQLite under load: a backup and a large import while an editor saves and a reader reads.

Run in a process of its own, on a fresh SQLite file configured as in production (WAL,
a busy timeout), from the project folder:

    python tests/sqlite_load.py WORK_DIR [--files N] [--timeout SECONDS]

It migrates a database in WORK_DIR and writes N seed files. Then, each in a thread of
its own, it runs ``import_seeds --suggest`` of those files and ``backup``, and while
they run an editor creates claims through the services ten times a second and a
reader counts public claims. It prints one JSON object: how many saves and reads
succeeded, and every error anyone met — a "database is locked" among them is the
failure this guards against. ``--timeout`` lowers SQLite's busy timeout, so that a
write lock held too long shows up without a database of production size.

With ``--reimport`` the files are imported first, then all changed, and the load is
their re-import (every article's claims placed again). With ``--backup-under-lock`` it
instead runs ``backup`` while another connection holds
the write lock, a save begun and not yet committed, all along: a backup that needed
the lock for a moment would wait for it, then fail.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import io
import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path

EDITOR_PAUSE = 0.1


def prepare(work: Path, timeout: float) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{work / 'load.sqlite3'}"
    os.environ["FACTCHECK_SQLITE_TIMEOUT"] = str(timeout)
    os.environ["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    sys.path.insert(0, os.getcwd())
    import django
    from django.conf import settings

    django.setup()
    # The same limit here, for this process's editor and reader.
    settings.DATABASES["default"]["OPTIONS"]["timeout"] = timeout
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def write_seeds(folder: Path, count: int) -> None:
    from articles.importers import format_seed

    folder.mkdir()
    day = datetime.date(2022, 11, 12)
    for n in range(count):
        body = (
            f"Officials in region {n} said more than {1000 + n} civilians were evacuated on "
            f"Friday. The governor confirmed {n % 40 + 3} deaths in the shelling.\n\n"
            f"Report {n}: " + "Residents described the night in the shelters. " * 30
        )
        (folder / f"report-{n:05d}.txt").write_bytes(format_seed(day, body))


def run(work: Path, files: int, *, reimport: bool = False) -> dict:
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection

    from articles import services
    from articles.models import Article, Claim
    from tests.factories import UserFactory

    seeds = work / "seeds"
    write_seeds(seeds, files)
    if reimport:
        # The load is then a re-import in which every file changed.
        call_command("import_seeds", str(seeds), "--suggest", stdout=io.StringIO())
        for seed in seeds.iterdir():
            seed.write_bytes(seed.read_bytes().replace(b"Officials in", b"Local officials in"))
    editor = UserFactory(username="load-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    connection.close()

    errors: list[str] = []
    counts = {"saves": 0, "reads": 0}
    longest = {"save": 0.0, "read": 0.0}
    done = threading.Event()

    def thread(name, work_item, *, repeat: bool):
        def target():
            try:
                work_item()
                while repeat and not done.is_set():
                    work_item()
            except Exception:
                errors.append(f"{name}: {traceback.format_exc(limit=1).strip()}")
            finally:
                connection.close()

        return threading.Thread(target=target, name=name)

    def repeat(name, work_item):
        return thread(name, work_item, repeat=True)

    def once(name, work_item):
        return thread(name, work_item, repeat=False)

    def save():
        counts["saves"] += 1
        started = time.perf_counter()
        services.claim_create(text=f"Editor's claim number {counts['saves']}", by=editor)
        longest["save"] = max(longest["save"], time.perf_counter() - started)
        # Ten saves a second, a whole newsroom's worth, yet with moments between them:
        # SQLite gives its write lock to no one in particular, and a writer that never
        # lets go would lock the import out just as surely.
        time.sleep(EDITOR_PAUSE)

    def read():
        started = time.perf_counter()
        Claim.objects.public().count()
        longest["read"] = max(longest["read"], time.perf_counter() - started)
        counts["reads"] += 1

    def import_seeds():
        call_command("import_seeds", str(seeds), "--suggest", stdout=io.StringIO())

    def backup():
        call_command("backup", output=str(work / "backups"), stdout=io.StringIO())

    users = [repeat("editor", save), repeat("reader", read)]
    jobs = [once("import", import_seeds), once("backup", backup)]
    for thread in users + jobs:
        thread.start()
    for thread in jobs:
        thread.join()
    done.set()
    for thread in users:
        thread.join()
    return {
        "errors": errors,
        "saves": Claim.objects.filter(text__startswith="Editor's claim").count(),
        "reads": counts["reads"],
        "articles": Article.objects.count(),
        "backups": len(list((work / "backups").glob("factcheck-*.json.gz"))),
        # Not asserted anywhere (timings vary with the machine): for the operations notes.
        "longest_save_s": round(longest["save"], 2),
        "longest_read_s": round(longest["read"], 2),
    }


def backup_under_lock(work: Path) -> dict:
    import sqlite3

    from django.conf import settings
    from django.core.management import call_command

    from tests.factories import ClaimFactory

    ClaimFactory(text="Saved before the backup")
    writer = sqlite3.connect(settings.DATABASES["default"]["NAME"], isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE articles_claim SET text = 'Not committed yet'")
    errors = []
    try:
        call_command("backup", output=str(work / "backups"), stdout=io.StringIO())
    except Exception:
        errors.append(f"backup: {traceback.format_exc(limit=1).strip()}")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    [written] = list((work / "backups").glob("factcheck-*.json.gz")) or [None]
    dump = gzip.decompress(written.read_bytes()).decode() if written else ""
    return {
        "errors": errors,
        "backups": 1 if written else 0,
        "committed_text_in_backup": "Saved before the backup" in dump,
        "uncommitted_text_in_backup": "Not committed yet" in dump,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--backup-under-lock", action="store_true")
    parser.add_argument(
        "--reimport", action="store_true", help="import first, then re-import every file changed"
    )
    options = parser.parse_args()
    prepare(options.work, options.timeout)
    if options.backup_under_lock:
        print(json.dumps(backup_under_lock(options.work)))
    else:
        print(json.dumps(run(options.work, options.files, reimport=options.reimport)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
