"""Seed import benchmark: generated seed files into a fresh SQLite database.

Generates N seed files (default 10,000): four in five shaped like
``seeds/000_…txt`` — about 2.7 kB of news text with an embedded social post and
curly quotes — and one in five a Ukrainian report (figures in words and
digits, attributions, "вул."); some files with CRLF line ends or a byte-order
mark, some with the body on the date line. Then, on fresh copies of one
migrated database, times:

* ``import_seeds`` end to end (read, parse, write), first run and unchanged re-run;
* the same first import with simple_history's ``bulk_create_with_history``, and
  without history rows, to show what history costs;
* a naive baseline: one ``full_clean()`` + ``save()`` per article, autocommit;
* the raw floor: read the files and insert the rows with plain ``sqlite3``.

Usage: ``python bench/import_bench.py [--files N] [--naive-files N]``.
Migrations and file generation happen outside the timings.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import io
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_SEED = ROOT / "seeds" / "000_ef148b2b24f95f6d.txt"

SUBJECTS = [
    "Residents of Kherson", "Ukrainian troops", "The prosecutor general", "Officials in Kyiv",
    "Mr. Zelenskyy", "The U.S. State Department", "Regional authorities", "Gen. Zaluzhnyi",
    "Volunteers in Mykolaiv", "The UN monitoring mission", "Local officials", "Dr. Kovalenko",
]  # fmt: skip
VERBS = [
    "welcomed", "reported", "confirmed", "denied", "announced", "described", "counted",
    "investigated", "criticised", "celebrated",
]  # fmt: skip
OBJECTS = [
    "the return of the army", "more than 1,000 civilian casualties", "a 1.5% rise in prices",
    "new shelling of the city", "the liberation of the region", "the reopening of the bridge",
    "power cuts across the province", "the exhumation of bodies", "an exchange of prisoners",
]  # fmt: skip
WHEN = [
    "on Friday", "on Monday morning", "late on Sunday", "this week", "after the retreat",
    "in early November", "despite the curfew", "for the first time since February",
]  # fmt: skip
UKRAINIAN = [
    "Мешканці Херсона зустріли українських військових квітами.",
    "За словами Президента, це історичний день для всієї країни.",
    "Понад 1,5 тис. людей вийшли на центральну площу міста.",
    "Прокурор направив слідчих до Бериславського району.",
    "Розмінування вже почалося в усій області.",
]
# Ukrainian reports with figures, number words and attributions, so a Ukrainian share of
# the mix exercises the Ukrainian claimant and figure rules too; {n} varies per file.
UKRAINIAN_REPORT = [
    "Внаслідок удару загинули {n} людей, ще {m} дістали поранення, повідомив голова "
    "обласної військової адміністрації {name}.",
    "За його словами, під завалами будинку на вул. Героїв Праці можуть залишатися люди.",
    "Рятувальники ДСНС врятували {m} людей, однак троє з них померли в лікарні, повідомили "
    "в Державній службі з надзвичайних ситуацій.",
    "Місто виділить по {n} тисяч гривень на кожну родину загиблих, додав {surname}.",
    "За даними Національної поліції, пошкоджено щонайменше {m} будинків та понад 100 автомобілів.",
    "Мешканці сусідніх будинків розповіли, що вибух чули по всьому району.",
    "«Я прокинулася від того, що вилетіли вікна», — каже 67-річна пенсіонерка.",
    "Повітряні сили ЗСУ повідомили, що за ніч росіяни випустили {m} дронів та три ракети.",
]
NAMES = [
    ("Олег Синєгубов", "Синєгубов"), ("Ігор Терехов", "Терехов"),
    ("Віталій Кличко", "Кличко"), ("Олександр Прокудін", "Прокудін"),
    ("Іван Федоров", "Федоров"), ("Вадим Філашкін", "Філашкін"),
]  # fmt: skip
UKRAINIAN_SHARE = 5  # one file in five


def ukrainian_report(rng: random.Random, i: int) -> str:
    name, surname = rng.choice(NAMES)
    sentences = [
        s.format(n=rng.randint(2, 60), m=rng.randint(5, 400), name=name, surname=surname)
        for s in UKRAINIAN_REPORT
    ]
    paragraphs = [" ".join(sentences[k : k + 2]) for k in range(0, len(sentences), 2)]
    extra = [" ".join(rng.sample(UKRAINIAN, 3)) for _ in range(rng.randint(2, 5))]
    return "\n\n".join([*paragraphs, *extra, f"Повідомлення № {i}."])


def generate(folder: Path, count: int, seed: int = 20221112) -> int:
    """Write ``count`` seed files into ``folder``; return their total size in bytes."""
    rng = random.Random(seed)
    real = REAL_SEED.read_text("utf-8").split(" ", 2)[2].strip()
    paragraphs = real.split("\n\n")[1:]
    start = datetime.date(2022, 2, 24)
    total = 0
    for i in range(count):
        published_on = start + datetime.timedelta(days=rng.randrange(1000))
        if i % UKRAINIAN_SHARE == 2:
            body = ukrainian_report(rng, i)
        else:
            lead = (
                f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                f"{rng.choice(WHEN)}."
            )
            chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(12, 18)))
            figure = f"Officials said {rng.randint(2, 5000):,} people were affected (report {i})."
            body = "\n\n".join([lead, *chosen, figure])
        same_line = i % 3 == 0
        text = f"{' ' if same_line else ''}date {published_on.isoformat()}"
        text += f" {body}\n" if same_line else f"\n\n{body}\n"
        if i % 10 == 3:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        if i % 7 == 5:
            data = b"\xef\xbb\xbf" + data
        (folder / f"{i:05d}_{hashlib.sha1(data).hexdigest()[:16]}.txt").write_bytes(data)
        total += len(data)
    return total


@dataclass(frozen=True)
class Timing:
    """Wall-clock and CPU seconds of one measurement (CPU time shrugs off a busy machine)."""

    wall: float
    cpu: float


def timed(function, *args, **kwargs) -> tuple[Timing, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), result


class Bench:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.db = work / "bench.sqlite3"
        self.template = work / "template.sqlite3"
        self.seeds = work / "seeds"

    def prepare(self, files: int) -> int:
        """Write ``files`` seed files, set Django up and migrate the template database.

        Returns the seed files' total size in bytes.
        """
        self.seeds.mkdir()
        size = generate(self.seeds, files)
        self.setup_django()
        self.migrate_template()
        return size

    def setup_django(self) -> None:
        os.environ["DATABASE_URL"] = f"sqlite:///{self.db}"
        # As in production: with DEBUG on, Django keeps a copy of every SQL
        # statement, which for multi-megabyte batch inserts costs real time.
        os.environ["DJANGO_DEBUG"] = "0"
        os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-" + "x" * 50)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()

    def migrate_template(self) -> None:
        from django.core.management import call_command
        from django.db import connections

        call_command("migrate", verbosity=0, interactive=False)
        connections.close_all()
        shutil.copyfile(self.db, self.template)

    def fresh_database(self) -> None:
        from django.db import connections

        connections.close_all()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.db)
        # Flush what earlier steps wrote (generated files, the last database) so
        # that no measurement pays for writing back another one's dirty pages.
        os.sync()

    def import_command(self) -> None:
        from django.core.management import call_command

        call_command("import_seeds", str(self.seeds), stdout=io.StringIO())

    def article_counts(self) -> tuple[int, int]:
        from articles.models import Article

        return Article.objects.count(), Article.history.count()

    def first_import(self) -> Timing:
        self.fresh_database()
        timing, _ = timed(self.import_command)
        return timing

    def phases(self) -> tuple[Timing, Timing]:
        """The first import again, split into reading + parsing and the database work."""
        from articles.importers import read_seeds
        from articles.services import articles_import

        self.fresh_database()
        parse, seeds = timed(read_seeds, [self.seeds])
        write, _report = timed(articles_import, seeds=seeds)
        return parse, write

    def with_create_step(self, create) -> Timing:
        """The first import with another way of inserting the new articles."""
        from articles.services import importing

        original = importing._create_articles
        importing._create_articles = create
        try:
            return self.first_import()
        finally:
            importing._create_articles = original

    def with_library_history(self) -> Timing:
        from simple_history.utils import bulk_create_with_history

        from articles.services import SEED_CHANGE_REASON

        def create(articles, *, batch_size):
            return bulk_create_with_history(
                articles,
                type(articles[0]),
                batch_size=batch_size,
                default_change_reason=SEED_CHANGE_REASON,
            )

        return self.with_create_step(create)

    def without_history(self) -> Timing:
        """The first import as it is, without writing the articles' history rows."""
        from articles.services import importing

        original = importing.record_created_history
        importing.record_created_history = lambda *args, **kwargs: None
        try:
            return self.first_import()
        finally:
            importing.record_created_history = original

    def naive(self, limit: int) -> Timing:
        """One full_clean() + save() per article, in autocommit, as a first draft would."""
        from articles.importers import parse_seed
        from articles.models import Article
        from articles.services import unique_slug

        def run() -> None:
            for path in sorted(self.seeds.glob("*.txt"))[:limit]:
                seed = parse_seed(path.name, path.read_bytes())
                article = Article(
                    title=seed.title,
                    body=seed.body,
                    published_on=seed.published_on,
                    language=seed.language,
                    content_hash=seed.content_hash,
                    origin=seed.name,
                )
                article.slug = unique_slug(Article, seed.slug)
                article.full_clean()
                article.save()

        self.fresh_database()
        timing, _ = timed(run)
        return timing

    def raw_floor(self) -> Timing:
        """Read every file and insert its row with plain sqlite3: the floor for any importer."""

        def run() -> None:
            rows = []
            now = datetime.datetime.now(datetime.UTC).isoformat(sep=" ")
            for n, path in enumerate(sorted(self.seeds.glob("*.txt"))):
                text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
                text = text.replace("\r\n", "\n").lstrip()
                _keyword, day, body = text.split(None, 2)
                body = body.strip()
                digest = hashlib.sha256(body.encode()).hexdigest()
                row = (now, now, body[:100], f"a-{n}", body, day, "", "en", digest, path.name, 1)
                rows.append(row)
            db = sqlite3.connect(self.db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            with db:
                db.executemany(
                    "INSERT INTO articles_article (created_at, updated_at, title, slug, body, "
                    "published_on, url, language, content_hash, origin, version) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            db.close()

        self.fresh_database()
        timing, _ = timed(run)
        return timing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000, help="seed files to generate")
    parser.add_argument(
        "--naive-files",
        type=int,
        default=2_000,
        help="files for the naive baseline (default: 2,000; it is slow)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    n = args.files
    naive_files = min(args.naive_files, n)

    work = Path(tempfile.mkdtemp(prefix="seed-import-bench-"))
    bench = Bench(work)
    try:
        size = bench.prepare(n)

        first = bench.first_import()
        articles, history = bench.article_counts()
        assert (articles, history) == (n, n), f"imported {articles} articles, {history} history"
        again, _ = timed(bench.import_command)
        assert bench.article_counts() == (n, n), "the unchanged re-import wrote rows"
        parse, write = bench.phases()
        library_history = bench.with_library_history()
        no_history = bench.without_history()
        naive = bench.naive(naive_files)
        floor = bench.raw_floor()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(
        f"Seed import: {n:,} generated files ({size / n / 1000:.1f} kB on average), "
        f"fresh SQLite database, {os.cpu_count()} CPUs"
    )
    print(f"{'':46}{'wall s':>8}{'CPU s':>8}{'articles/s':>12}")
    rows = [
        ("first import (import_seeds)", first, n),
        ("  read + parse", parse, None),
        ("  database (plan, insert, history)", write, None),
        ("  same, history via bulk_create_with_history", library_history, n),
        ("  same, no history rows", no_history, n),
        ("unchanged re-import", again, n),
        (f"naive full_clean() + save(), {naive_files:,} files", naive, naive_files),
        ("raw floor: read + plain sqlite3 executemany", floor, n),
    ]
    for label, timing, count in rows:
        rate = f"{count / timing.wall:>12,.0f}" if count else ""
        print(f"{label:<46}{timing.wall:>8.2f}{timing.cpu:>8.2f}{rate}")
    speedup = (n / first.wall) / (naive_files / naive.wall)
    print(f"first import: {speedup:.1f}x the naive rate, {first.wall / floor.wall:.1f}x the floor")
    verdicts = [
        ("first import < 4 s", first.wall < 4),
        ("unchanged re-import < 2 s", again.wall < 2),
        (">= 5x the naive baseline", speedup >= 5),
    ]
    print("targets: " + "; ".join(f"{t} {'ok' if ok else 'MISSED'}" for t, ok in verdicts))
    return 0 if all(ok for _t, ok in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
