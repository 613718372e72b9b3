"""Readers' page cache while a desk works: the hit rate with an editor saving a draft every second.

Builds (or with ``--keep`` reuses) an archive of ``--claims`` claims in PostgreSQL
with ``scale_data.py``, starts a private Redis (``redis-server`` on a free
loopback port, nothing saved) as the shared cache, serves the archive with
gunicorn (``gunicorn.conf.py``, ``DJANGO_DEBUG=0``, the page cache on), and then,
for ``--duration`` seconds, loads readers' pages with ``wrk`` (8 connections,
rotating over the home page, tracker pages, 200 verdict pages, articles and
claimants) while an editor process saves a draft verdict every second through
``services.verdict_update``. The hit rate is Redis's own count of page-cache
reads that found a page; the same load on ``/healthz`` (no database, no cache)
is the trivial page the cached pages are compared with (the mean of a run before
and one after the readers' pages). Beside requests per second, the CPU time
gunicorn and Redis spent per request, which other work on the machine moves less.

    .venv/bin/python bench/cache_bench.py [--claims 10000] [--duration 30] [--keep]

Targets (issue 10): hit rate ≥ 95 %, cached pages ≥ 80 % of the trivial page's
requests per second. Needs PostgreSQL, redis-server and wrk; says so and exits 0
without them. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import scale_bench
from throughput_bench import WRK, load_with_cpu

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
TARGET_HIT_RATE = 0.95
TARGET_SHARE = 0.80

EDITOR = """
import sys, time, django
django.setup()
from django.contrib.auth import get_user_model
from articles import services
from articles.models import Verdict
editor = get_user_model().objects.get(username="bench-editor")
draft = Verdict.objects.filter(state="draft", author=editor).order_by("pk").first()
if draft is None:
    draft = Verdict.objects.filter(state="draft").order_by("pk").first()
    draft.authors.add(editor)
deadline = time.monotonic() + float(sys.argv[1])
saves = 0
while time.monotonic() < deadline:
    started = time.monotonic()
    draft.refresh_from_db()
    services.verdict_update(verdict=draft, by=editor, headline=f"Draft headline {saves}")
    saves += 1
    time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))
print(saves)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Redis:
    """A private redis-server: loopback only, nothing written to disk."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                HOST,
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(workdir),
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((HOST, self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stats(self) -> dict[str, int]:
        out = subprocess.run(
            ["redis-cli", "-h", HOST, "-p", str(self.port), "INFO", "stats"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
        return {k: int(fields[k]) for k in ("keyspace_hits", "keyspace_misses")}

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def reader_paths(archive: dict) -> list[str]:
    claims = [f"/claims/{slug}/" for slug in archive["published_claim_slugs"]]
    return [
        "/",
        "/claims/",
        *(f"/claims/?page={n}" for n in range(2, 6)),
        "/claims/?status=published",
        "/claims/?status=being_checked",
        "/articles/",
        "/claimants/",
        f"/claimants/{archive['top_claimant_slug']}/",
        *(f"/articles/{slug}/" for slug in archive["article_slugs"]),
        *claims,
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=30, help="seconds of load")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="fc_scale_cache")
    parser.add_argument("--keep", action="store_true", help="reuse the archive of a previous run")
    args = parser.parse_args()
    if not 5 <= args.duration <= 300:
        parser.error("--duration must be between 5 and 300 seconds")
    missing = [
        name
        for name, ok in (
            ("PostgreSQL", scale_bench.server_available(args.server)),
            ("redis-server", shutil.which("redis-server")),
            ("wrk", WRK),
        )
        if not ok
    ]
    if missing:
        print(f"skipped: needs {', '.join(missing)}")
        return 0

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DATABASE_URL": f"{args.server}/{args.database}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": hashlib.sha256(b"cache-bench").hexdigest(),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_CONN_MAX_AGE": "600",
        "DJANGO_LOG_LEVEL": "ERROR",
        # As production sets it: pages are cached per site address, and the warm-up and
        # wrk name the host differently (with and without the port).
        "FACTCHECK_SITE_URL": f"http://{HOST}",
    }
    env.pop("FACTCHECK_PUBLIC_CACHE_SECONDS", None)
    archive = (
        scale_bench.stored_archive(args.server, args.database, args.claims) if args.keep else None
    )
    if archive is None:
        print(f"Building an archive of {args.claims:,} claims in {args.database} …", flush=True)
        archive = scale_bench.build(env, args.server, args.database, args.claims)
    scale_bench.migrate(env)

    workdir = Path(tempfile.mkdtemp(prefix="factcheck-cache-"))
    redis = Redis(workdir)
    env["REDIS_URL"] = f"redis://{HOST}:{redis.port}/0"
    server = scale_bench.Server(env, free_port())
    paths = reader_paths(archive)
    try:
        server.wait_ready()
        for path in paths:  # every page once, so the cache holds them
            scale_bench.get(server.port, path)
        pids = (server.proc.pid, redis.proc.pid)
        trivial = load_with_cpu(server.port, ["/healthz"], args.duration, workdir, pids)
        before = redis.stats()
        editor = subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(args.duration)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        readers = load_with_cpu(server.port, paths, args.duration, workdir, pids)
        saves = int(editor.communicate(timeout=60)[0].strip() or 0)
        after = redis.stats()
        # The trivial page again: other work on the machine moves the figures over a run,
        # so the readers' pages are compared with the mean of a run before and one after.
        again = load_with_cpu(server.port, ["/healthz"], args.duration, workdir, pids)
        trivial = {
            key: (trivial[key] + again[key]) / 2 for key in ("rps", "cpu_ms", "latency_p50_ms")
        } | {"latency_p99_ms": max(trivial["latency_p99_ms"], again["latency_p99_ms"])}
    finally:
        server.stop()
        redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    hits = after["keyspace_hits"] - before["keyspace_hits"]
    misses = after["keyspace_misses"] - before["keyspace_misses"]
    # Each page lookup reads two keys in one MGET, the stamp and the page; the stamp is
    # there (a missing one would count as a miss too), so a miss is a page not found.
    lookups = (hits + misses) // 2
    rate = 1 - misses / max(1, lookups)
    share = readers["rps"] / trivial["rps"]
    print(
        f"{args.claims:,} claims, {len(paths)} reader pages, {args.duration} s of wrk -t1 -c8, "
        f"an editor saving a draft every second ({saves} saves)"
    )
    print(
        f"  trivial page (/healthz): {trivial['rps']:,.0f} req/s, "
        f"p50 {trivial['latency_p50_ms']:.1f} ms, p99 {trivial['latency_p99_ms']:.1f} ms, "
        f"CPU of gunicorn and Redis {trivial['cpu_ms']:.2f} ms/request"
    )
    print(
        f"  readers' pages: {readers['rps']:,.0f} req/s, p50 {readers['latency_p50_ms']:.1f} ms, "
        f"p99 {readers['latency_p99_ms']:.1f} ms, errors {readers['errors']}, "
        f"CPU of gunicorn and Redis {readers['cpu_ms']:.2f} ms/request"
    )
    ok_rate, ok_share = rate >= TARGET_HIT_RATE, share >= TARGET_SHARE
    print(
        f"  cache hit rate {rate:.1%} ({lookups:,} page lookups, {misses:,} not found; target "
        f"{TARGET_HIT_RATE:.0%}): {'ok' if ok_rate else 'MISSED'}"
    )
    print(
        f"  readers' pages at {share:.0%} of the trivial page's rate (target "
        f"{TARGET_SHARE:.0%}): {'ok' if ok_share else 'MISSED'}; by CPU per request "
        f"{trivial['cpu_ms'] / readers['cpu_ms']:.0%}"
    )
    return 0 if ok_rate and ok_share and not readers["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
