"""``manage.py backup`` writes a complete, restorable copy of the workbench's data."""

import gzip
import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from articles import models
from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def run_backup(folder):
    out = StringIO()
    call_command("backup", output=str(folder), stdout=out)
    return out.getvalue()


@pytest.fixture
def newsroom():
    appearance = factories.AppearanceFactory(claim=factories.ClaimFactory(published=True))
    factories.CorrectionFactory(verdict=appearance.claim.verdicts.get())
    factories.StatusChangeFactory(claim=appearance.claim)
    editor = factories.UserFactory(username="night-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    return appearance


def test_backup_prints_the_file_it_wrote_and_what_it_holds(tmp_path, newsroom):
    output = run_backup(tmp_path)

    [written] = list(tmp_path.glob("factcheck-*.json.gz"))
    assert f"Wrote {written}" in output
    assert "1 articles" in output
    assert "1 claims" in output
    assert f"manage.py loaddata {written}" in output


def test_backup_holds_every_table_of_the_workbench(tmp_path, newsroom):
    run_backup(tmp_path)

    [written] = list(tmp_path.glob("factcheck-*.json.gz"))
    labels = {row["model"] for row in json.loads(gzip.decompress(written.read_bytes()))}
    assert {
        "articles.article",
        "articles.claim",
        "articles.appearance",
        "articles.evidence",
        "articles.verdict",
        "articles.correction",
        "articles.statuschange",
        "articles.rating",
        "articles.historicalclaim",
        "auth.user",
        "auth.group",
    } <= labels
    assert "sessions.session" not in labels


def test_a_backup_restores_what_was_deleted(tmp_path, newsroom):
    claim_text = newsroom.claim.text
    run_backup(tmp_path)
    [written] = list(tmp_path.glob("factcheck-*.json.gz"))
    models.Claim.objects.all().delete()
    models.Article.objects.all().delete()
    get_user_model().objects.filter(username="night-editor").delete()

    call_command("loaddata", str(written), verbosity=0)

    restored = models.Claim.objects.get()
    assert restored.text == claim_text
    assert restored.appearances.get().exact == newsroom.exact
    assert restored.verdicts.get().corrections.count() == 1
    editor = get_user_model().objects.get(username="night-editor")
    assert editor.has_perm("articles.change_claim")


def test_no_partial_file_is_left_behind(tmp_path, newsroom):
    run_backup(tmp_path)

    assert sorted(p.name.startswith("factcheck-") for p in tmp_path.iterdir()) == [True]


def test_a_folder_that_cannot_be_made_is_named_in_the_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")

    with pytest.raises(CommandError, match=r"Cannot create the backup folder .*not-a-folder/daily"):
        call_command("backup", output=str(blocker / "daily"), stdout=StringIO())


# --- backing up while editors work ---------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_backup_outside_any_transaction_restores_everything(tmp_path):
    # The path production takes: on SQLite, a copy made with SQLite's online backup.
    appearance = factories.AppearanceFactory(claim=factories.ClaimFactory(published=True))
    claim_text = appearance.claim.text
    run_backup(tmp_path)
    [written] = list(tmp_path.glob("factcheck-*.json.gz"))
    models.Claim.objects.all().delete()
    models.Article.objects.all().delete()

    call_command("loaddata", str(written), verbosity=0)

    assert models.Claim.objects.get().text == claim_text
    assert models.Appearance.objects.get().exact == appearance.exact
    assert [p.name for p in tmp_path.iterdir()] == [written.name]


def load(tmp_path, *options) -> dict:
    """Run tests/sqlite_load.py: its own process, on a SQLite file set up as in production
    (WAL, a busy timeout), whatever database the suite runs on."""
    result = subprocess.run(
        [sys.executable, "tests/sqlite_load.py", str(tmp_path), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_a_backup_needs_no_write_lock_on_sqlite(tmp_path):
    # An editor's save is under way and holds the write lock all along.
    report = load(tmp_path, "--backup-under-lock", "--timeout", "1")

    assert report == {
        "errors": [],
        "backups": 1,
        "committed_text_in_backup": True,
        "uncommitted_text_in_backup": False,
    }


def test_a_backup_and_a_large_import_never_lock_out_an_editor(tmp_path):
    # A busy timeout of 3 s stands in for production's 20 s: a write lock held longer
    # than that (the whole import, the whole dump) would answer the editor's save with
    # "database is locked". Each batch of the import holds it well under a second.
    report = load(tmp_path, "--files", "2000", "--timeout", "3")

    assert report["errors"] == []
    assert (report["articles"], report["backups"]) == (2000, 1)
    assert report["saves"] > 0
    assert report["reads"] > 0
