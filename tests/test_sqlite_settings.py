"""Every SQLite connection is set up for many writers: WAL, a busy timeout, IMMEDIATE."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Runs in its own process: the suite's own test database lives in memory.
SCRIPT = """
import json, sqlite3
import django
django.setup()
from django.db import connection, transaction
with connection.cursor() as cursor:
    found = {
        name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "busy_timeout", "synchronous")
    }
with transaction.atomic():
    # Nothing written yet, and still another writer cannot start.
    other = sqlite3.connect(connection.settings_dict["NAME"], timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        found["second_writer"] = "started"
    except sqlite3.OperationalError as error:
        found["second_writer"] = str(error)
    finally:
        other.close()
print(json.dumps(found))
"""


def test_sqlite_connections_use_wal_wait_for_the_lock_and_take_it_at_begin(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "journal_mode": "wal",
        "busy_timeout": 20000,
        "synchronous": 1,  # NORMAL: safe with WAL, without a disk sync on every commit
        "second_writer": "database is locked",
    }
