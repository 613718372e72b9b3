"""Long work off the request: how long an editor waits for "Rebuild suggestions".

Generates N seed files (default 2,000, ``bench/import_bench.py``'s generator),
imports them without suggestions into a fresh SQLite database, then times the
admin action "Rebuild suggestions (in the background)" on all N articles
(``select_across``), as an editor's browser posts it (Django's test client,
logged in as an editor, production settings):

* inline: the task backend runs the task in the request (the immediate backend,
  ``FACTCHECK_TASKS_BACKEND=immediate``: what the action would cost without a queue);
* queued: the database backend (the default) only writes the task; then the
  worker (``db_worker --batch``) runs it, timed apart.

Each run starts from a fresh copy of the imported database with the in-process
caches cleared, as a new process would have them. Prints the median of ``--runs``.

Usage: ``python bench/tasks_bench.py [--articles N] [--runs N]``.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from import_bench import Bench  # noqa: E402
from suggest_bench import clear_caches  # noqa: E402

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2_000, help="articles to rebuild")
    parser.add_argument("--runs", type=int, default=3, help="runs of each way")
    args = parser.parse_args()
    n = args.articles

    work = Path(tempfile.mkdtemp(prefix="tasks-bench-"))
    bench = Bench(work)
    try:
        bench.prepare(n)
        from django.contrib.auth.models import Group
        from django.core.management import call_command
        from django.db import connections
        from django.test import Client, override_settings
        from django.urls import reverse

        from articles.models import Article, BackgroundTask, Claim
        from tests.factories import UserFactory

        # The template: the migrated database with the N articles and an editor.
        bench.fresh_database()
        call_command("import_seeds", str(bench.seeds), stdout=io.StringIO())
        editor = UserFactory(username="bench-editor")
        editor.groups.add(Group.objects.get(name="Editors"))
        assert Article.objects.count() == n
        connections.close_all()
        shutil.copyfile(bench.db, bench.template)

        def post_action() -> float:
            bench.fresh_database()
            clear_caches()
            client = Client()
            client.force_login(editor)
            pk = Article.objects.values_list("pk", flat=True).first()
            started = time.perf_counter()
            response = client.post(
                reverse("admin:articles_article_changelist"),
                {"action": "rebuild_suggestions", "_selected_action": [pk], "select_across": "1"},
                secure=True,
            )
            wall = time.perf_counter() - started
            assert response.status_code == 302, response.status_code
            return wall

        inline_runs, queued_runs, worker_runs = [], [], []
        claims = 0
        # Alternated, so drift in the machine's load touches both ways alike.
        for _ in range(args.runs):
            with override_settings(TASKS=IMMEDIATE):
                inline_runs.append(post_action())
            claims = Claim.objects.count()
            assert claims > 0
            assert BackgroundTask.objects.get().summary
            with override_settings(TASKS=DATABASE):
                queued_runs.append(post_action())
                assert not Claim.objects.exists(), "the request suggested claims"
                started = time.perf_counter()
                call_command(
                    "db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0
                )
                worker_runs.append(time.perf_counter() - started)
            assert Claim.objects.count() == claims, "the worker suggested other claims"
    finally:
        shutil.rmtree(work, ignore_errors=True)

    inline, queued, worker = (statistics.median(r) for r in (inline_runs, queued_runs, worker_runs))
    print(f"Rebuild suggestions for {n:,} articles ({claims:,} claims), median of {args.runs}")
    print(f"{'':44}{'wall s':>8}   runs")
    rows = [
        ("admin action, inline (immediate backend)", inline, inline_runs),
        ("admin action, queued (database backend)", queued, queued_runs),
        ("  then the worker runs the task", worker, worker_runs),
    ]
    for label, median, runs in rows:
        print(f"{label:<44}{median:>8.3f}   " + ", ".join(f"{r:.3f}" for r in runs))
    verdicts = [
        ("queued action < 1 s", queued < 1.0),
        ("queued action >= 10x quicker than inline", inline >= 10 * queued),
    ]
    print("targets: " + "; ".join(f"{t} {'ok' if ok else 'MISSED'}" for t, ok in verdicts))
    return 0 if all(ok for _t, ok in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
