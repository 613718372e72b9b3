"""``services.articles_import`` a batch at a time: the same answers as one big batch."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.importers import format_seed, read_seeds
from articles.models import Article
from articles.services import SeedAction, articles_import
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2022, 11, 12)


@pytest.fixture
def folder(tmp_path):
    def write(name: str, body: str):
        (tmp_path / name).write_bytes(format_seed(DAY, body))

    write("a.txt", "Troops entered Kherson. First report.")
    write("b.txt", "Crowds cheered in the square.")
    write("c.txt", "Troops entered Kherson. Second report.")
    write("d.txt", "Crowds cheered in the square.")
    write("e.txt", "Troops entered Kherson. Third report.")
    return tmp_path


def report_of(folder, **options):
    report = articles_import(seeds=read_seeds([folder], root=folder), **options)
    return [(outcome.name, outcome.action, outcome.reason) for outcome in report.outcomes]


def test_small_batches_report_what_one_batch_reports(folder):
    one_batch = report_of(folder, dry_run=True)

    assert report_of(folder, batch_size=2) == one_batch
    assert one_batch[3] == ("d.txt", SeedAction.ERROR, "same text as seed b.txt")


def test_a_dry_run_in_small_batches_sees_what_earlier_batches_would_write(folder):
    assert report_of(folder, dry_run=True, batch_size=2) == report_of(folder, dry_run=True)
    assert not Article.objects.exists()


def test_same_titles_in_different_batches_get_different_slugs(folder):
    ArticleFactory(slug="troops-entered-kherson-2")

    report_of(folder, batch_size=1)

    slugs = Article.objects.filter(slug__startswith="troops").values_list("slug", flat=True)
    assert sorted(slugs) == [
        "troops-entered-kherson",
        "troops-entered-kherson-2",
        "troops-entered-kherson-3",
        "troops-entered-kherson-4",
    ]


def test_every_written_batch_is_complete(folder):
    report_of(folder, batch_size=2)

    assert dict(Article.objects.values_list("origin", "body")) == {
        "a.txt": "Troops entered Kherson. First report.",
        "b.txt": "Crowds cheered in the square.",
        "c.txt": "Troops entered Kherson. Second report.",
        "e.txt": "Troops entered Kherson. Third report.",
    }


def test_changed_files_are_written_fifty_to_a_transaction(tmp_path):
    # Placing a changed article's claims again takes time: fifty of them are written
    # per transaction, so the database's write lock is never held for long.
    for n in range(120):
        (tmp_path / f"{n:03d}.txt").write_bytes(format_seed(DAY, f"Report {n}."))
    report_of(tmp_path)
    for n in range(120):
        (tmp_path / f"{n:03d}.txt").write_bytes(format_seed(DAY, f"Report {n}, corrected."))

    with CaptureQueriesContext(connection) as queries:
        report = report_of(tmp_path)

    assert [action for _name, action, _reason in report] == [SeedAction.UPDATED] * 120
    assert outermost_transactions(queries) == 3


def outermost_transactions(queries) -> int:
    """How many transactions the captured queries opened at the outermost level (inside
    a test's own transaction, Django opens them as savepoints)."""
    depth = opened = 0
    for query in queries:
        if query["sql"].startswith("SAVEPOINT"):
            opened += depth == 0
            depth += 1
        elif query["sql"].startswith("RELEASE SAVEPOINT"):
            depth -= 1
    return opened
