"""``manage.py import_seeds`` on hostile folders: keys are paths, failures are one line each.

Files of the same name in different folders are different articles; whatever the
file system throws at the import (link loops, devices, named pipes, huge files,
names that would break a terminal line) gets one escaped line, and the other files
still import.
"""

import importlib
import os
from pathlib import Path

import pytest
from django.apps import apps

from articles.importers import format_seed, parse_seed
from articles.models import Article
from tests.factories import ArticleFactory
from tests.import_commands import DAY, REAL_SEED, run, run_failing, write_seed

pytestmark = pytest.mark.django_db

GOOD = Path(__file__).parent / "fixtures" / "seeds" / "good"


@pytest.fixture
def folder(tmp_path, settings):
    """A scratch folder that is the import root: its files are keyed on their paths in it."""
    settings.FACTCHECK_IMPORT_ROOT = tmp_path
    return tmp_path


# --- keys ----------------------------------------------------------------------------------


def test_same_file_name_in_two_folders_makes_two_articles(folder):
    (folder / "one").mkdir()
    (folder / "two").mkdir()
    write_seed(folder / "one", "a.txt", "Troops entered Kherson.")
    write_seed(folder / "two", "a.txt", "Troops entered Mykolaiv.")

    lines = run(folder / "one", folder / "two").splitlines()

    assert lines[:2] == [
        'created   one/a.txt  "Troops entered Kherson"',
        'created   two/a.txt  "Troops entered Mykolaiv"',
    ]
    assert dict(Article.objects.values_list("origin", "body")) == {
        "one/a.txt": "Troops entered Kherson.",
        "two/a.txt": "Troops entered Mykolaiv.",
    }


def test_a_file_named_like_an_imported_one_in_another_folder_replaces_nothing(folder):
    (folder / "a").mkdir()
    (folder / "b").mkdir()
    write_seed(folder / "a", "report.txt", "Troops entered Kherson.")
    run(folder / "a" / "report.txt")
    write_seed(folder / "b", "report.txt", "Troops entered Mykolaiv.")

    output = run(folder / "b" / "report.txt")

    assert output.startswith('created   b/report.txt  "Troops entered Mykolaiv"')
    assert Article.objects.get(origin="a/report.txt").body == "Troops entered Kherson."


def test_a_folder_is_read_at_any_depth_keyed_on_each_file_path(folder):
    (folder / "2022" / "11").mkdir(parents=True)
    write_seed(folder / "2022" / "11", "kherson.txt", "Troops entered Kherson.")
    write_seed(folder, "index.txt", "Reports by month.")

    run(folder)

    assert sorted(Article.objects.values_list("origin", flat=True)) == [
        "2022/11/kherson.txt",
        "index.txt",
    ]


def test_a_file_outside_the_import_root_is_keyed_on_its_absolute_path(tmp_path, settings):
    settings.FACTCHECK_IMPORT_ROOT = tmp_path / "root"
    seed = write_seed(tmp_path, "elsewhere.txt", "Troops entered Kherson.")

    run(seed)

    assert Article.objects.get().origin == str(seed.resolve())


# --- hostile files ---------------------------------------------------------------------


def test_file_system_failures_get_one_line_each_and_the_good_files_import(folder):
    write_seed(folder, "good.txt", "Troops entered Kherson.")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")

    lines, summary = run_failing(folder)

    assert lines.splitlines() == [
        'created   good.txt  "Troops entered Kherson"',
        "error     loop.txt: cannot be read: Too many levels of symbolic links",
        "error     pipe.txt: not a regular file but a named pipe; only regular files are imported",
        "error     zero.txt: not a regular file but a character device; "
        "only regular files are imported",
    ]
    assert summary == "Found 4 files: 1 created, 0 updated, 0 unchanged, 3 errors."
    assert Article.objects.get().origin == "good.txt"


def test_hostile_file_names_are_printed_escaped_one_line_each(folder):
    write_seed(folder, "two\nlines.txt", "Troops entered Kherson.")
    write_seed(folder, "\x1b[2Jcleared.txt", "Troops entered Mykolaiv.")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as file:
        file.write(format_seed(DAY, "Coffee."))

    lines, _summary = run_failing(folder)

    assert lines.splitlines() == [
        "error     \\x1b[2Jcleared.txt: the file name contains a control character",
        "error     caf\\xe9.txt: the file name is not UTF-8 text",
        "error     two\\nlines.txt: the file name contains a control character",
    ]
    assert not Article.objects.exists()


def test_max_bytes_refuses_larger_files_unread(folder):
    small = write_seed(folder, "small.txt", "Short.")
    write_seed(folder, "large.txt", "A much longer report than the other.")
    limit = small.stat().st_size

    lines, _summary = run_failing("--max-bytes", limit, folder)

    assert lines.splitlines()[0] == (
        f"error     large.txt: {limit + 30} bytes, over the import limit of {limit} bytes"
    )
    assert Article.objects.get().origin == "small.txt"


def test_max_bytes_must_be_positive():
    _lines, message = run_failing("--max-bytes", 0, GOOD)

    assert message == "--max-bytes must be a positive number of bytes."


# --- the seeds imported before keys were paths ----------------------------------------------


def test_a_seed_imported_under_its_bare_name_keeps_its_article_after_the_migration():
    migration = importlib.import_module("articles.migrations.0009_seed_origin_is_a_path")
    seed = parse_seed(REAL_SEED.name, REAL_SEED.read_bytes())
    article = ArticleFactory(
        origin=REAL_SEED.name, body=seed.body, content_hash=seed.content_hash, published_on=DAY
    )

    migration.forwards(apps, None)
    output = run(REAL_SEED.parent)

    assert output.startswith(f"unchanged seeds/{REAL_SEED.name}")
    assert list(Article.objects.values_list("pk", "origin")) == [
        (article.pk, f"seeds/{REAL_SEED.name}")
    ]


def test_the_migration_back_gives_the_bare_names_again():
    migration = importlib.import_module("articles.migrations.0009_seed_origin_is_a_path")
    ArticleFactory(origin="seeds/a.txt")
    ArticleFactory(origin="seeds/2022/b.txt")

    migration.backwards(apps, None)

    assert sorted(Article.objects.values_list("origin", flat=True)) == ["a.txt", "seeds/2022/b.txt"]
