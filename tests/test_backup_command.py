"""``manage.py backup`` writes a complete, restorable copy of the workbench's data."""

import gzip
import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from articles import models
from tests import factories

pytestmark = pytest.mark.django_db


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
