"""``manage.py import_seeds``: what an operator sees and what lands in the database."""

import gc
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.importers import parse_seed
from articles.management.commands.import_seeds import Command
from articles.models import Article, Claim
from articles.services.suggestions import Scorer, scoring_ahead
from articles.suggest import CHECKWORTHY_ELSEWHERE, checkworthy_sentences
from tests.factories import ArticleFactory
from tests.import_commands import DAY, REAL_SEED, run, run_failing, write_seed

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
GOOD = SEEDS / "good"
BROKEN = SEEDS / "broken"
# Keys are paths relative to the project folder, the default import root.
GOOD_KEY = "tests/fixtures/seeds/good"
BROKEN_KEY = "tests/fixtures/seeds/broken"


@pytest.fixture
def folder(tmp_path, settings):
    """A scratch folder that is the import root: its files are keyed on their names."""
    settings.FACTCHECK_IMPORT_ROOT = tmp_path
    return tmp_path


def snapshot():
    return list(Article.objects.order_by("pk").values_list("pk", "updated_at", "content_hash"))


# --- creating ----------------------------------------------------------------------------


def test_each_good_file_gets_a_created_line_with_its_title():
    lines = run(GOOD).splitlines()

    assert lines[:4] == [
        f"created   {GOOD_KEY}/001_plain.txt  "
        '"Mr. Blinken told U.S. lawmakers on Tuesday that aid to Ukraine had reached $1.5 billion"',
        f"created   {GOOD_KEY}/002_bom_crlf.txt  "
        '"Residents of Kherson welcomed Ukrainian troops on Friday"',
        f"created   {GOOD_KEY}/003_social_post.txt  "
        '"“Kherson is Ukraine,” the crowd chanted as soldiers arrived"',
        f"created   {GOOD_KEY}/004_ukrainian.txt  "
        '"Мешканці Херсона зустріли українських військових квітами"',
    ]


def test_summary_counts_what_happened():
    output = run(GOOD)

    assert output.splitlines()[-1] == (
        "Found 4 files: 4 created, 0 updated, 0 unchanged, 0 errors."
    )


def test_imported_article_stores_the_normalised_body_and_its_metadata():
    run(REAL_SEED)

    article = Article.objects.get()
    parsed = parse_seed(REAL_SEED.name, REAL_SEED.read_bytes())
    assert article.body == parsed.body
    assert article.origin == "seeds/000_ef148b2b24f95f6d.txt"
    assert article.content_hash == parsed.content_hash
    assert article.published_on == DAY
    assert article.language == "en"
    assert article.outlet is None
    assert article.title.startswith("Residents of Kherson gave an emotional welcome")


def test_default_path_is_the_project_seed_folder(settings):
    settings.FACTCHECK_SEEDS_DIR = GOOD

    run()

    assert Article.objects.count() == 4


def test_ukrainian_seed_is_stored_as_ukrainian():
    run(GOOD / "004_ukrainian.txt")

    assert Article.objects.get().language == "uk"


def test_articles_with_the_same_title_get_numbered_slugs(folder):
    write_seed(folder, "a.txt", "Troops entered Kherson. First report.")
    write_seed(folder, "b.txt", "Troops entered Kherson. Second report.")
    ArticleFactory(slug="troops-entered-kherson-2")

    run(folder)

    assert sorted(
        Article.objects.filter(origin__endswith=".txt").values_list("slug", flat=True)
    ) == [
        "troops-entered-kherson",
        "troops-entered-kherson-3",
    ]


def test_created_articles_have_a_history_entry():
    run(GOOD / "001_plain.txt")

    article, record = Article.objects.get(), Article.history.get()
    assert record.history_type == "+"
    assert record.history_change_reason == "Imported from a seed file"
    assert record.history_user is None
    assert (record.id, record.title, record.body, record.slug, record.origin) == (
        article.pk,
        article.title,
        article.body,
        article.slug,
        article.origin,
    )
    assert record.history_date >= article.created_at


# --- idempotence and updates -------------------------------------------------------------


def test_second_run_reports_every_file_unchanged():
    run(GOOD)

    output = run(GOOD)

    assert output.splitlines()[0] == (
        f"unchanged {GOOD_KEY}/001_plain.txt  "
        '"Mr. Blinken told U.S. lawmakers on Tuesday that aid to Ukraine had reached $1.5 billion"'
    )
    assert output.splitlines()[-1] == "Found 4 files: 0 created, 0 updated, 4 unchanged, 0 errors."


def test_second_run_writes_no_rows_and_touches_no_timestamps():
    run(GOOD)
    before, history_before = snapshot(), Article.history.count()

    run(GOOD)

    assert snapshot() == before
    assert Article.history.count() == history_before


def test_changed_file_updates_its_article_and_keeps_the_slug(folder):
    seed = write_seed(folder, "kherson.txt", "Troops entered Kherson. Crowds cheered.")
    run(folder)
    article = Article.objects.get()

    write_seed(
        folder, "kherson.txt", "Troops liberated Kherson. Crowds cheered.", DAY.replace(day=13)
    )
    output = run(seed)

    article.refresh_from_db()
    assert output.splitlines()[0] == 'updated   kherson.txt  "Troops liberated Kherson"'
    assert article.body == "Troops liberated Kherson. Crowds cheered."
    assert article.title == "Troops liberated Kherson"
    assert article.published_on == DAY.replace(day=13)
    assert article.slug == "troops-entered-kherson"
    assert article.content_hash == parse_seed("kherson.txt", seed.read_bytes()).content_hash


def test_changed_file_moves_updated_at_and_records_history(folder):
    write_seed(folder, "kherson.txt", "Troops entered Kherson.")
    run(folder)
    (before,) = snapshot()

    write_seed(folder, "kherson.txt", "Troops entered Kherson on Friday.")
    run(folder)

    (after,) = snapshot()
    assert after[1] > before[1]
    assert Article.history.filter(history_type="~").count() == 1


def test_changed_date_alone_keeps_an_edited_title(folder):
    write_seed(folder, "kherson.txt", "Troops entered Kherson.")
    run(folder)
    Article.objects.update(title="Kherson liberated")

    write_seed(folder, "kherson.txt", "Troops entered Kherson.", DAY.replace(day=20))
    output = run(folder)

    article = Article.objects.get()
    assert output.splitlines()[0] == 'updated   kherson.txt  "Kherson liberated"'
    assert (article.title, article.published_on) == ("Kherson liberated", DAY.replace(day=20))


def test_body_change_calls_the_reanchoring_hook_with_the_old_body(folder, monkeypatch):
    calls = []
    monkeypatch.setattr(
        services.importing,
        "article_body_changed",
        lambda *, article, old_body: calls.append((article.body, old_body)),
    )
    write_seed(folder, "kherson.txt", "Troops entered Kherson.")
    run(folder)

    write_seed(folder, "kherson.txt", "Troops entered Kherson on Friday.")
    run(folder)

    assert calls == [("Troops entered Kherson on Friday.", "Troops entered Kherson.")]


def test_date_change_alone_does_not_call_the_reanchoring_hook(folder, monkeypatch):
    calls = []
    monkeypatch.setattr(
        services.importing, "article_body_changed", lambda **kwargs: calls.append(kwargs)
    )
    write_seed(folder, "kherson.txt", "Troops entered Kherson.")
    run(folder)

    write_seed(folder, "kherson.txt", "Troops entered Kherson.", DAY.replace(day=20))
    run(folder)

    assert calls == []


def test_crlf_copy_of_an_imported_seed_is_unchanged(folder):
    seed = folder / "001_plain.txt"
    seed.write_bytes((GOOD / "001_plain.txt").read_bytes())
    run(seed)
    seed.write_bytes(b"\xef\xbb\xbf" + seed.read_bytes().replace(b"\n", b"\r\n"))

    assert run(folder).startswith("unchanged 001_plain.txt")


# --- duplicates --------------------------------------------------------------------------


def test_same_text_under_another_name_names_the_existing_seed(folder):
    shutil.copy(REAL_SEED, folder / "original.txt")
    run(folder / "original.txt")
    shutil.copy(REAL_SEED, folder / "copy.txt")

    lines, summary = run_failing(folder / "copy.txt")

    assert lines.splitlines() == ["error     copy.txt: same text as seed original.txt"]
    assert summary == "Found 1 file: 0 created, 0 updated, 0 unchanged, 1 error."
    assert Article.objects.count() == 1


def test_two_new_files_with_the_same_text_import_the_first_only(folder):
    write_seed(folder, "a.txt", "Troops entered Kherson.")
    write_seed(folder, "b.txt", "Troops entered Kherson.")

    lines, _summary = run_failing(folder)

    assert lines.splitlines()[1] == "error     b.txt: same text as seed a.txt"
    assert list(Article.objects.values_list("origin", flat=True)) == ["a.txt"]


def test_same_text_as_an_article_entered_in_the_admin_is_refused(folder):
    article = ArticleFactory(title="Kherson liberated", body="Troops entered Kherson.")
    write_seed(folder, "a.txt", article.body)

    lines, _summary = run_failing(folder)

    assert lines.strip() == (
        "error     a.txt: same text as the article “Kherson liberated” entered in the admin"
    )


# --- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("not_utf8.txt", "not UTF-8 text: byte 0xE9 at offset 20 (line 3) is invalid"),
        ("no_header.txt", "no “date YYYY-MM-DD” header at the start (it begins “Residents of"),
        ("malformed_header.txt", "malformed header “date: 12/11/2022”: expected “date YYYY-MM-DD”"),
        ("impossible_date.txt", "impossible date 2022-02-30 in the header"),
        ("empty_body.txt", "the article body is empty"),
        ("empty.txt", "the file is empty"),
        ("nul_byte.txt", "contains a NUL byte at offset 26; is it a binary file?"),
        (
            "control_character.txt",
            "contains the control character U+001B (ESC) at line 3, column 11; "
            "only tabs and line breaks are allowed",
        ),
        ("implausible_date.txt", "implausible date 9999-12-31 in the header: expected 1900-01-01"),
    ],
)
def test_broken_file_gets_one_line_naming_it_and_the_reason(name, reason):
    lines, _summary = run_failing(BROKEN / name)

    assert lines.startswith(f"error     {BROKEN_KEY}/{name}: {reason}")
    assert len(lines.splitlines()) == 1


def test_broken_files_do_not_stop_the_good_ones():
    lines, summary = run_failing(GOOD, BROKEN)

    assert Article.objects.count() == 4
    assert sum(line.startswith("error") for line in lines.splitlines()) == 9
    assert summary == "Found 13 files: 4 created, 0 updated, 0 unchanged, 9 errors."


def test_any_error_exits_with_status_one():
    command = Command(stdout=StringIO(), stderr=StringIO())

    with pytest.raises(SystemExit) as caught:
        command.run_from_argv(["manage.py", "import_seeds", "--skip-checks", str(BROKEN)])

    assert caught.value.code == 1


def test_missing_path_is_an_error_but_not_a_file(folder):
    lines, summary = run_failing(folder / "nope.txt", GOOD / "001_plain.txt")

    assert lines.splitlines()[0] == f"error     {folder / 'nope.txt'}: no such file or folder"
    assert summary == "Found 1 file: 1 created, 0 updated, 0 unchanged, 1 error."


def test_folder_with_nothing_to_import_is_an_error(folder):
    (folder / "README.md").write_text("Not a seed.")

    lines, summary = run_failing(folder)

    assert lines.strip() == f"error     {folder}: no .txt files in this folder"
    assert summary == "Found 0 files: 0 created, 0 updated, 0 unchanged, 1 error."
    assert not Article.objects.exists()


def test_failure_while_writing_leaves_nothing_half_written(folder, monkeypatch):
    write_seed(folder, "a.txt", "Troops entered Kherson.")
    run(folder)
    before = snapshot()

    def refuse(**kwargs):
        raise RuntimeError("re-anchoring failed")

    monkeypatch.setattr(services.importing, "article_body_changed", refuse)
    write_seed(folder, "a.txt", "Troops entered Kherson on Friday.")
    write_seed(folder, "b.txt", "Crowds cheered in the square.")
    with pytest.raises(RuntimeError):
        run(folder)

    assert snapshot() == before
    assert Article.history.count() == 1


# --- dry run -----------------------------------------------------------------------------


def test_dry_run_reports_but_writes_nothing():
    output = run("--dry-run", GOOD)

    assert output.splitlines()[0].startswith(f"created   {GOOD_KEY}/001_plain.txt")
    assert output.splitlines()[-1] == (
        "Found 4 files: 4 created, 0 updated, 0 unchanged, 0 errors. (dry run: nothing written)"
    )
    assert not Article.objects.exists()
    assert not Article.history.exists()


def test_dry_run_of_a_changed_file_reports_updated_and_changes_nothing(folder):
    write_seed(folder, "a.txt", "Troops entered Kherson.")
    run(folder)
    before = snapshot()
    write_seed(folder, "a.txt", "Troops entered Kherson on Friday.")

    output = run("--dry-run", folder)

    assert output.startswith('updated   a.txt  "Troops entered Kherson on Friday"')
    assert snapshot() == before


def test_dry_run_with_errors_still_fails():
    _lines, summary = run_failing("--dry-run", BROKEN / "empty.txt")

    assert summary.endswith("1 error. (dry run: nothing written)")


# --- cost --------------------------------------------------------------------------------


def import_queries(folder: Path) -> int:
    with CaptureQueriesContext(connection) as queries:
        run(folder)
    return len(queries)


def test_import_costs_the_same_queries_for_3_or_30_new_files(folder):
    small, large = folder / "small", folder / "large"
    small.mkdir()
    large.mkdir()
    for n in range(3):
        write_seed(small, f"s{n}.txt", f"Small report number {n}.")
    for n in range(30):
        write_seed(large, f"l{n}.txt", f"Large report number {n}.")

    assert import_queries(small) == import_queries(large)


def test_unchanged_reimport_reads_three_times_and_writes_nothing(folder):
    for n in range(20):
        write_seed(folder, f"s{n}.txt", f"Report number {n}.")
    run(folder)

    with CaptureQueriesContext(connection) as queries:
        run(folder)

    statements = [q["sql"].split()[0].upper() for q in queries]
    # Which files changed (to size the transactions), then in the transaction the
    # articles of these files and those holding their texts: each on an index.
    assert statements.count("SELECT") == 3
    assert not {"INSERT", "UPDATE", "DELETE"} & set(statements)


def sqlite_cache_size() -> int | None:
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        return cursor.fetchone()[0]


@pytest.mark.parametrize("broken", [False, True], ids=["imported", "refused"])
def test_the_import_leaves_the_connection_and_the_garbage_collector_as_it_found_them(
    folder, broken
):
    # The command enlarges SQLite's page cache and pauses the garbage collector for the
    # import alone: whoever calls it next (a test, a shell) gets the usual settings back.
    write_seed(folder, "a.txt", "Officials said 1,000 people were affected.")
    if broken:
        (folder / "b.txt").write_bytes(b"no date here")
    before = sqlite_cache_size()

    if broken:
        run_failing(folder, "--suggest")
    else:
        run(folder, "--suggest")

    assert Article.objects.count() == 1
    assert gc.isenabled()
    assert sqlite_cache_size() == before


def test_suggestions_scored_in_a_second_process_are_the_ones_scored_here(folder, monkeypatch):
    bodies = [
        "Officials said 1,000 people were affected by the floods.",
        "The ministry said 42 schools were closed. Residents were angry.",
        "Police said 7 people were arrested after the protest, the agency reported.",
    ]
    for n, body in enumerate(bodies):
        write_seed(folder, f"{n}.txt", body)
    received = []
    receive = Scorer.receive
    monkeypatch.setattr(
        Scorer, "receive", lambda self, texts: received.append(list(texts)) or receive(self, texts)
    )

    run(folder, "--suggest")

    expected = {
        (article.title, suggestion.text, suggestion.claimant, float(suggestion.score))
        for article in Article.objects.all()
        for _sentence, suggestion in checkworthy_sentences(article.body)
    }
    written = {
        (claim.appearances.get().article.title, claim.text,
         claim.claimant.name if claim.claimant else None, float(claim.suggestion_score))
        for claim in Claim.objects.all()
    }  # fmt: skip
    assert received  # the texts came back from the second process
    assert written == expected
    assert len(written) == 3
    assert not CHECKWORTHY_ELSEWHERE


def test_a_scorer_hands_back_what_it_was_sent_in_order_and_forgets_it_once_written():
    texts = [f"Officials said {n} people were hurt in the blast." for n in range(1, 6)]
    with scoring_ahead() as scorer:
        if scorer is None:
            pytest.skip("needs fork and two cores, as the command does")
        scorer.send(texts[:2])
        scorer.send(texts[2:])

        scorer.receive(texts[3:4])  # waits for both parts: the second holds it
        assert set(CHECKWORTHY_ELSEWHERE) == set(texts)
        scored_there = dict(CHECKWORTHY_ELSEWHERE)
        scorer.forget(texts[:4])
        assert list(CHECKWORTHY_ELSEWHERE) == [texts[4]]

    assert not CHECKWORTHY_ELSEWHERE
    assert scored_there == {text: checkworthy_sentences(text) for text in texts}
