"""Page throughput under load: the verdict page and the tracker against a trivial view.

Builds a 10,000-claim SQLite database in a temporary folder (claimants, outlets,
articles, appearances, evidence, published verdicts with corrections, status
histories), serves it with gunicorn (2 workers, production settings, persistent
connections) on 127.0.0.1 at a free port, and drives each page for a fixed time
with ``wrk`` over loopback (a small threaded Python client if wrk is missing).

Targets: the verdict page serves at least half the trivial view's requests per
second, the tracker at least a third, and no page answers anything but 2xx.

    .venv/bin/python bench/throughput_bench.py [--claims 10000] [--duration 10]

Nothing but 127.0.0.1 is ever contacted; every run is bounded in time.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
WRK = shutil.which("wrk") or ("/usr/bin/wrk" if Path("/usr/bin/wrk").exists() else None)
TARGETS = {"verdict page": 1 / 2, "tracker": 1 / 3}
# With the page cache off (issue 10): what a page costs when it is rendered.
UNCACHED_TARGETS = {"verdict page": 0.15, "tracker": 0.10}
TRIVIAL = "trivial view (/healthz)"

WORDS = [
    "officials",
    "said",
    "civilian",
    "bodies",
    "exhumed",
    "liberated",
    "region",
    "prosecutor",
    "general",
    "investigators",
    "ministry",
    "reported",
    "soldiers",
    "killed",
    "wounded",
    "shelling",
    "overnight",
    "city",
    "residents",
    "village",
    "mayor",
    "governor",
    "according",
    "statement",
    "confirmed",
    "estimate",
    "figures",
    "casualties",
    "since",
    "beginning",
    "week",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


# --- the database ------------------------------------------------------------------------


def build_database(env: dict[str, str], claims: int, seed: int = 20221111) -> dict:
    """Migrate and fill the temporary database in this process; returns what the pages need."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from articles import models as m

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    rng = random.Random(seed)
    started = time.monotonic()
    User = get_user_model()
    author = User.objects.create_user("bench-author", password="x", is_staff=True)
    reviewer = User.objects.create_user("bench-reviewer", password="x", is_staff=True)
    ratings = list(m.Rating.objects.all())
    kinds = list(m.ClaimantKind.values)
    claim_kinds = list(m.ClaimKind.values)
    statuses = [m.ClaimStatus.PUBLISHED] * 6 + [
        m.ClaimStatus.OPEN,
        m.ClaimStatus.RESEARCHING,
        m.ClaimStatus.IN_REVIEW,
        m.ClaimStatus.DISMISSED,
    ]
    n_articles = max(1, claims // 5)
    n_claimants = max(1, claims // 50)
    base_day = date(2022, 2, 24)
    now = timezone.now()

    with transaction.atomic():
        outlets = m.Outlet.objects.bulk_create(
            m.Outlet(name=f"Outlet {i}", slug=f"outlet-{i}", url=f"https://o{i}.example.org/")
            for i in range(20)
        )
        topics = m.Topic.objects.bulk_create(
            m.Topic(name=f"Topic {i}", slug=f"topic-{i}") for i in range(20)
        )
        figures = m.TrackedFigure.objects.bulk_create(
            m.TrackedFigure(name=f"Figure {i}", slug=f"figure-{i}", unit="civilian bodies")
            for i in range(10)
        )
        claimants = m.Claimant.objects.bulk_create(
            m.Claimant(
                name=f"Claimant {i}",
                slug=f"claimant-{i}",
                kind=rng.choice(kinds),
                description=sentence(rng, 4),
            )
            for i in range(n_claimants)
        )
        articles = []
        for i in range(n_articles):
            body = "\n\n".join(sentence(rng, 25) for _ in range(8))
            articles.append(
                m.Article(
                    title=sentence(rng, 9),
                    slug=f"article-{i}",
                    body=body,
                    published_on=base_day + timedelta(days=rng.randrange(700)),
                    outlet=rng.choice(outlets),
                    url=f"https://news.example.org/{i}",
                    content_hash=hashlib.sha256(f"{i}:{body}".encode()).hexdigest(),
                )
            )
        articles = m.Article.objects.bulk_create(articles, batch_size=500)

        claim_rows = []
        for i in range(claims):
            is_figure = rng.random() < 0.4
            claim_rows.append(
                m.Claim(
                    text=sentence(rng, 14),
                    slug=f"claim-{i}",
                    claimant=rng.choice(claimants),
                    kind=m.ClaimKind.CASUALTY_FIGURE if is_figure else rng.choice(claim_kinds),
                    status=rng.choice(statuses),
                    said_on=base_day + timedelta(days=rng.randrange(700)),
                    figure_value=rng.randrange(10, 5000) if is_figure else None,
                    figure_qualifier=rng.choice(m.Qualifier.values) if is_figure else "",
                    figure_unit="civilian bodies" if is_figure else "",
                    tracked_figure=(
                        rng.choice(figures) if is_figure and rng.random() < 0.1 else None
                    ),
                )
            )
        claim_rows = m.Claim.objects.bulk_create(claim_rows, batch_size=500)

        through = m.Claim.topics.through
        through.objects.bulk_create(
            (
                through(claim_id=c.pk, topic_id=t.pk)
                for c in claim_rows
                for t in rng.sample(topics, 2)
            ),
            batch_size=1000,
        )

        appearances, evidence, verdicts, changes = [], [], [], []
        for claim in claim_rows:
            for article in rng.sample(articles, rng.choice((1, 1, 2, 3))):
                start = rng.randrange(0, 400)
                end = start + rng.randrange(40, 160)
                appearances.append(
                    m.Appearance(
                        claim=claim,
                        article=article,
                        start=start,
                        end=end,
                        exact=article.body[start:end],
                        prefix=article.body[max(0, start - 32) : start],
                        suffix=article.body[end : end + 32],
                        said_on=article.published_on,
                    )
                )
            for n in range(rng.choice((1, 2, 3))):
                evidence.append(
                    m.Evidence(
                        claim=claim,
                        title=sentence(rng, 7),
                        url=f"https://gov.example.org/{claim.pk}/{n}",
                        publisher=f"Publisher {rng.randrange(50)}",
                        excerpt=sentence(rng, 30),
                        stance=rng.choice(m.EvidenceStance.values),
                        kind=rng.choice(m.EvidenceKind.values),
                        accessed_on=claim.said_on + timedelta(days=3),
                        added_by=author,
                    )
                )
            at = now - timedelta(days=rng.randrange(1, 300))
            path = [m.ClaimStatus.OPEN, m.ClaimStatus.RESEARCHING, m.ClaimStatus.IN_REVIEW]
            if claim.status == m.ClaimStatus.PUBLISHED:
                path.append(m.ClaimStatus.PUBLISHED)
            elif claim.status == m.ClaimStatus.DISMISSED:
                path = [m.ClaimStatus.OPEN, m.ClaimStatus.DISMISSED]
            for previous, status in zip(["", *path], path, strict=False):
                changes.append(
                    m.StatusChange(
                        claim=claim, from_status=previous, to_status=status, by=author, at=at
                    )
                )
                at += timedelta(hours=rng.randrange(1, 72))
                if status == claim.status:
                    break
            if claim.status == m.ClaimStatus.PUBLISHED:
                verdicts.append(
                    m.Verdict(
                        claim=claim,
                        rating=rng.choice(ratings),
                        headline=sentence(rng, 10),
                        summary=sentence(rng, 25),
                        explanation="\n\n".join(
                            f"{sentence(rng, 20)} **{rng.choice(WORDS)}** [source]"
                            f"(https://gov.example.org/{claim.pk})"
                            for _ in range(3)
                        ),
                        author=author,
                        reviewer=reviewer,
                        state=m.VerdictState.PUBLISHED,
                        is_current=True,
                        published_at=at,
                    )
                )
        m.Appearance.objects.bulk_create(appearances, batch_size=1000)
        m.Evidence.objects.bulk_create(evidence, batch_size=1000)
        m.StatusChange.objects.bulk_create(changes, batch_size=1000)
        verdicts = m.Verdict.objects.bulk_create(verdicts, batch_size=1000)
        m.Correction.objects.bulk_create(
            (
                m.Correction(verdict=v, note=sentence(rng, 15), published_at=now, author=reviewer)
                for v in verdicts[::10]
            ),
            batch_size=1000,
        )

    published = [c.slug for c in claim_rows if c.status == m.ClaimStatus.PUBLISHED]
    counts = {
        "claims": m.Claim.objects.count(),
        "public claims": m.Claim.objects.public().count(),
        "published verdicts": m.Verdict.objects.filter(is_current=True).count(),
        "articles": m.Article.objects.count(),
        "appearances": m.Appearance.objects.count(),
        "evidence": m.Evidence.objects.count(),
        "claimants": m.Claimant.objects.count(),
        "status changes": m.StatusChange.objects.count(),
    }
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()
    return {
        "counts": counts,
        "seconds": time.monotonic() - started,
        "verdict_paths": [f"/claims/{slug}/" for slug in rng.sample(published, 200)],
    }


# --- the server --------------------------------------------------------------------------


class Server:
    def __init__(self, env: dict[str, str], port: int, workers: int = 2):
        self.port = port
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "factcheck.wsgi:application",
                "--workers",
                str(workers),
                "--bind",
                f"{HOST}:{port}",
                "--access-logfile",
                "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )

    def wait_ready(self, path: str = "/healthz", timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("gunicorn exited before it served a request")
            try:
                status, _ = fetch(self.port, path)
                if status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer {path} within {timeout} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


def host_header(port: int) -> str:
    """The Host wrk sends. Pages are cached per site address (``articles.siteurl``), so the
    warm-up requests must name the same one as the load, or they warm nothing it asks for."""
    return f"{HOST}:{port}"


def fetch(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": host_header(port)})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


# --- load --------------------------------------------------------------------------------

ROTATE_LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def parse_wrk(output: str) -> dict:
    def unit_ms(text: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
        return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    latency = re.search(r"Latency\s+(\S+)\s+(\S+)\s+(\S+)", output)
    percentiles = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)\s*$", output, re.M))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "latency_avg_ms": unit_ms(latency.group(1)),
        "latency_p50_ms": unit_ms(percentiles["50"]) if "50" in percentiles else float("nan"),
        "latency_p99_ms": unit_ms(percentiles["99"]) if "99" in percentiles else float("nan"),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(int(g) for g in socket_errors.groups()) if socket_errors else 0),
    }


def run_wrk(port: int, paths: list[str], duration: int, workdir: Path) -> dict:
    script = workdir / "rotate.lua"
    script.write_text(ROTATE_LUA % ", ".join(json.dumps(p) for p in paths))
    result = subprocess.run(
        [
            WRK,
            "-t1",
            "-c8",
            f"-d{duration}s",
            "--timeout",
            "5s",
            "--latency",
            "-s",
            str(script),
            f"http://{HOST}:{port}/",
        ],
        capture_output=True,
        text=True,
        timeout=duration + 30,
        check=True,
    )
    return parse_wrk(result.stdout)


def run_python_client(port: int, paths: list[str], duration: int, threads: int = 8) -> dict:
    """Fallback load: keep-alive connections in threads, same shape as wrk's -c8."""
    deadline = time.monotonic() + duration
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def worker(offset: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(HOST, port, timeout=5)
        n = offset
        while time.monotonic() < deadline:
            path = paths[n % len(paths)]
            n += 1
            t0 = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Host": host_header(port)})
                response = conn.getresponse()
                response.read()
                ok = 200 <= response.status < 300
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=5)
            elapsed = (time.perf_counter() - t0) * 1000
            with lock:
                latencies.append(elapsed)
                errors += not ok
        conn.close()

    started = time.monotonic()
    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(duration + 10)
    wall = time.monotonic() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / wall,
        "latency_avg_ms": sum(latencies) / max(1, len(latencies)),
        "latency_p50_ms": latencies[len(latencies) // 2] if latencies else 0.0,
        "latency_p99_ms": latencies[int(len(latencies) * 0.99)] if latencies else 0.0,
        "errors": errors,
    }


def load(port: int, paths: list[str], duration: int, workdir: Path) -> dict:
    if WRK:
        return run_wrk(port, paths, duration, workdir)
    return run_python_client(port, paths, duration)


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(*pids: int) -> float:
    """CPU time used so far by these processes, their live children and the children
    they have reaped (gunicorn's recycled workers), from /proc."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            continue
        # utime, stime, cutime, cstime are fields 14-17 of stat; [0] here is field 3.
        total += sum(int(v) for v in fields[11:15]) / TICKS
        total += cpu_seconds(*(int(c) for c in children))
    return total


def load_with_cpu(
    port: int, paths: list[str], duration: int, workdir: Path, pids: tuple[int, ...]
) -> dict:
    """``load``, plus the CPU the server processes ``pids`` spent per request meanwhile.

    On a machine shared with other work, requests per second follow the neighbours;
    CPU milliseconds per request much less so.
    """
    before = cpu_seconds(*pids)
    result = load(port, paths, duration, workdir)
    spent = cpu_seconds(*pids) - before
    return {**result, "cpu_ms": spent * 1000 / max(1, result["requests"])}


# --- main --------------------------------------------------------------------------------


def report(name: str, r: dict) -> None:
    print(
        f"  {name:<26} {r['rps']:8.1f} req/s  avg {r['latency_avg_ms']:6.1f} ms  "
        f"p50 {r['latency_p50_ms']:6.1f} ms  p99 {r['latency_p99_ms']:6.1f} ms  "
        f"errors {r['errors']}  ({r['requests']:,} requests)"
        + (f"  server CPU {r['cpu_ms']:.2f} ms/request" if "cpu_ms" in r else ""),
        flush=True,
    )


def measure(env: dict, pages: dict, args, workdir: Path, *, warm_rounds: int) -> dict:
    """Serve with ``env`` and load each page in turn; returns each page's figures."""
    port = free_port()
    server = Server(env, port)
    try:
        server.wait_ready()
        for name, paths in pages.items():
            status, _ = fetch(port, paths[0])
            if status != 200:
                raise RuntimeError(f"{name}: GET {paths[0]} answered {status}")
        results = {}
        for name, paths in pages.items():
            # Every page once per round, four at a time: with one request at a time, one
            # worker could answer most of them and meet the pages first under load (each
            # worker keeps its own cache); with four in flight, both are kept busy.
            with ThreadPoolExecutor(max_workers=4) as pool:
                list(pool.map(lambda path: fetch(port, path), paths * warm_rounds))
            if args.warmup:
                load(port, paths, args.warmup, workdir)
            results[name] = load_with_cpu(port, paths, args.duration, workdir, (server.proc.pid,))
            report(name, results[name])
        # The trivial view again: other work on the machine moves the figures over time,
        # so the pages are compared with the mean of a run before and a run after them.
        again = load_with_cpu(port, pages[TRIVIAL], args.duration, workdir, (server.proc.pid,))
        report(f"{TRIVIAL}, again", again)
        first = results[TRIVIAL]
        results[TRIVIAL] = {
            **first,
            "rps": (first["rps"] + again["rps"]) / 2,
            "cpu_ms": (first["cpu_ms"] + again["cpu_ms"]) / 2,
            "errors": first["errors"] + again["errors"],
        }
        return results
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of load before each run")
    parser.add_argument(
        "--no-uncached", action="store_true", help="skip the reference run with the cache off"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    args = parser.parse_args()
    if not 1 <= args.duration <= 120:
        parser.error("--duration must be between 1 and 120 seconds")

    workdir = Path(tempfile.mkdtemp(prefix="factcheck-throughput-"))
    (workdir / "bench_settings.py").write_text(
        "from factcheck.settings import *  # noqa: F403\n"
        f"STATIC_ROOT = {str(workdir / 'static')!r}\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(workdir), str(ROOT)]),
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": hashlib.sha256(os.urandom(32)).hexdigest(),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_CONN_MAX_AGE": "600",
        "DJANGO_LOG_LEVEL": "ERROR",
        # gunicorn.conf.py recycles a worker every 5,000 requests or so; with the local-memory
        # cache this benchmark uses (no Redis), a recycled worker starts with an empty cache
        # and renders every page again, several times in each 10 s run. With Redis, as in
        # production, recycling keeps the cache; here it is off, so the steady state is
        # measured.
        "GUNICORN_MAX_REQUESTS": "0",
    }
    env.pop("REDIS_URL", None)
    env.pop("FACTCHECK_PUBLIC_CACHE_SECONDS", None)
    sys.path.insert(0, str(workdir))
    load_line = f"wrk -t1 -c8 -d{args.duration}s" if WRK else "Python client, 8 threads (no wrk)"
    try:
        print(f"Building a {args.claims:,}-claim database in {workdir} …", flush=True)
        built = build_database(env, args.claims)
        print(
            f"  built in {built['seconds']:.1f} s: "
            + ", ".join(f"{v:,} {k}" for k, v in built["counts"].items()),
            flush=True,
        )
        pages = {
            TRIVIAL: ["/healthz"],
            "verdict page": built["verdict_paths"],
            "tracker": ["/claims/"],
        }
        print(
            f"gunicorn, 2 workers, DJANGO_DEBUG=0, SQLite, 127.0.0.1; load: {load_line}; "
            f"verdict page rotates over {len(built['verdict_paths'])} claims",
            flush=True,
        )
        print("page cache on (the default):", flush=True)
        results = measure(env, pages, args, workdir, warm_rounds=4)
        uncached = None
        if not args.no_uncached:
            print("page cache off (FACTCHECK_PUBLIC_CACHE_SECONDS=0):", flush=True)
            # Warmed as the cached run is: without the page cache, what a reader's second
            # request of a page finds is its fragments (``articles.fragments``), and each
            # worker keeps its own, so both must have rendered each page once.
            uncached = measure(
                {**env, "FACTCHECK_PUBLIC_CACHE_SECONDS": "0"}, pages, args, workdir, warm_rounds=4
            )
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    failed = []
    for title, figures, targets in (
        ("page cache on", results, TARGETS),
        ("page cache off", uncached, UNCACHED_TARGETS),
    ):
        if figures is None:
            continue
        trivial = figures[TRIVIAL]
        print(
            f"{title}: trivial view, mean of both runs: {trivial['rps']:.1f} req/s, "
            f"server CPU {trivial['cpu_ms']:.2f} ms/request"
        )
        for name, share in targets.items():
            ratio = figures[name]["rps"] / trivial["rps"]
            by_cpu = trivial["cpu_ms"] / figures[name]["cpu_ms"]
            ok = ratio >= share
            print(
                f"  {name}: {ratio:.2f} of the trivial view's rate (target {share:.2f}): "
                f"{'ok' if ok else 'MISSED'}; by server CPU per request {by_cpu:.2f}"
            )
            if not ok:
                failed.append(f"{name} ({title})")
    errors = sum(r["errors"] for r in [*results.values(), *(uncached or {}).values()])
    print(f"  errors (non-2xx, socket): {errors}" + ("" if errors == 0 else ": MISSED"))
    return 1 if failed or errors else 0


if __name__ == "__main__":
    sys.exit(main())
