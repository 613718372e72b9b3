"""Finding and reading seed files: what a file system can throw at an import (no database).

Every failure becomes one error naming the file and the reason, in its place among the
files; the files around it are still read.
"""

import datetime
import json
import os
import select
import shutil
import signal
import tempfile
import warnings
from pathlib import Path

import pytest

from articles.importers import (
    SeedError,
    format_seed,
    printable,
    read_seeds,
    seed_files,
    seed_key,
)

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
GOOD = SEEDS / "good"
BROKEN = SEEDS / "broken"
DAY = datetime.date(2022, 11, 12)
IS_ROOT = os.geteuid() == 0


def write_seed(folder: Path, name: str, body: str = "Troops entered Kherson.") -> Path:
    path = folder / name
    path.write_bytes(format_seed(DAY, body))
    return path


def outcomes(folder: Path, **options) -> dict[str, str]:
    """Each file's key and what became of it: its body, or the reason it was refused."""
    return {
        item.name: item.reason if isinstance(item, SeedError) else item.body
        for item in read_seeds([folder], root=folder, **options)
    }


def outcomes_without_privileges(folder: Path) -> dict[str, str]:
    """``outcomes(folder)`` as a user without privileges reads them.

    Root may list any folder, so under root the reading runs in a forked child that has
    given up root for the "nobody" user; elsewhere it runs here, as that user already.
    """
    if not IS_ROOT:
        return outcomes(folder)
    read, write = os.pipe()
    with warnings.catch_warnings():
        # The child only lists files and writes to a pipe: no lock another thread holds.
        warnings.simplefilter("ignore", DeprecationWarning)
        child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        code = 0
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            with os.fdopen(write, "w") as pipe:
                json.dump(outcomes(folder), pipe)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as pipe:
        ready, _, _ = select.select([pipe], [], [], 60)
        found = pipe.read() if ready else None
    if found is None:
        os.kill(child, signal.SIGKILL)
    _, status = os.waitpid(child, 0)
    assert found is not None, "the unprivileged reader did not answer within a minute"
    assert os.waitstatus_to_exitcode(status) == 0
    return json.loads(found)


@pytest.fixture
def shared_folder(tmp_path):
    """A folder every user may enter (a test's own temporary folder is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="seeds-")) if IS_ROOT else tmp_path
    folder.chmod(0o755)
    yield folder
    if IS_ROOT:
        for path in folder.rglob("*"):
            path.chmod(0o755)
        shutil.rmtree(folder)


def make_unreadable_file(path: Path) -> None:
    """A file whoever runs the tests cannot open: mode 000, or for root, who may open any
    file, a link to a kernel setting that is write-only even for root."""
    if IS_ROOT:
        path.symlink_to("/proc/sys/vm/drop_caches")
    else:
        write_seed(path.parent, path.name)
        path.chmod(0)


def make_too_deep_folder(top: Path) -> None:
    """Folders nested past the longest path the system opens (4,096 bytes), with a seed."""
    fd = os.open(top, os.O_RDONLY)
    try:
        for _level in range(25):
            os.mkdir("d" * 200, dir_fd=fd)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        seed = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(seed, format_seed(DAY, "Found at the bottom."))
        os.close(seed)
    finally:
        os.close(fd)


# --- finding files -----------------------------------------------------------------------


def test_folder_yields_its_txt_files_sorted(tmp_path):
    for name in ["b.txt", "a.txt", "notes.md", ".hidden.txt"]:
        write_seed(tmp_path, name)

    assert [p.name for p in seed_files([tmp_path], root=tmp_path)] == ["a.txt", "b.txt"]


def test_file_named_twice_is_read_once():
    found = seed_files([GOOD, GOOD / "001_plain.txt"], root=GOOD)

    assert [p.name for p in found] == sorted(p.name for p in GOOD.glob("*.txt"))


def test_missing_path_becomes_an_error_that_is_not_a_file(tmp_path):
    (error,) = seed_files([tmp_path / "nope"])

    assert error.reason == "no such file or folder"
    assert not error.is_file


def test_folder_without_seeds_becomes_an_error(tmp_path):
    (error,) = seed_files([tmp_path])

    assert error.reason == "no .txt files in this folder"


def test_read_seeds_keeps_errors_in_file_order():
    results = read_seeds([BROKEN / "empty.txt", GOOD / "001_plain.txt"])

    assert [type(r).__name__ for r in results] == ["SeedError", "ParsedSeed"]


def test_subfolders_are_read_at_any_depth_and_keyed_on_their_path(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    write_seed(tmp_path / "a" / "b", "report.txt", "Deep.")
    write_seed(tmp_path / "a", "report.txt", "Shallow.")

    assert outcomes(tmp_path) == {"a/b/report.txt": "Deep.", "a/report.txt": "Shallow."}


def test_hidden_folders_are_skipped(tmp_path):
    (tmp_path / ".git").mkdir()
    write_seed(tmp_path / ".git", "config.txt")
    write_seed(tmp_path, "seen.txt")

    assert list(outcomes(tmp_path)) == ["seen.txt"]


def test_links_to_folders_are_not_followed_so_a_loop_cannot_trap_the_walk(tmp_path):
    write_seed(tmp_path, "a.txt")
    (tmp_path / "again").symlink_to(tmp_path, target_is_directory=True)

    assert list(outcomes(tmp_path)) == ["a.txt"]


def test_key_is_the_path_under_the_root_or_the_absolute_path_outside_it():
    assert seed_key("/srv/seeds/2022/kherson.txt", "/srv") == "seeds/2022/kherson.txt"
    assert seed_key("/data/kherson.txt", "/srv") == "/data/kherson.txt"
    assert seed_key("/srv-old/kherson.txt", "/srv") == "/srv-old/kherson.txt"


def test_a_file_given_through_a_linked_folder_is_keyed_on_the_real_folder(tmp_path):
    (tmp_path / "real").mkdir()
    write_seed(tmp_path / "real", "a.txt")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)

    (found,) = seed_files([tmp_path / "alias" / "a.txt"], root=tmp_path)

    assert found.name == "real/a.txt"


# --- what the file system refuses ----------------------------------------------------------


def test_a_link_loop_is_one_error_and_the_files_beside_it_are_read(tmp_path):
    write_seed(tmp_path, "good.txt", "Good.")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "ping.txt").symlink_to("pong.txt")
    (tmp_path / "pong.txt").symlink_to("ping.txt")

    assert outcomes(tmp_path) == {
        "good.txt": "Good.",
        "loop.txt": "cannot be read: Too many levels of symbolic links",
        "ping.txt": "cannot be read: Too many levels of symbolic links",
        "pong.txt": "cannot be read: Too many levels of symbolic links",
    }


def test_a_dangling_link_is_an_error(tmp_path):
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")

    assert outcomes(tmp_path) == {"gone.txt": "cannot be read: No such file or directory"}


def test_a_link_to_a_device_is_refused_unread(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")

    assert outcomes(tmp_path) == {
        "zero.txt": "not a regular file but a character device; only regular files are imported"
    }


def test_a_device_given_by_path_is_refused_unread():
    (error,) = read_seeds(["/dev/zero"])

    assert (error.name, error.reason) == (
        "/dev/zero",
        "not a regular file but a character device; only regular files are imported",
    )


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write_seed(tmp_path, "z.txt", "After the pipe.")

    assert outcomes(tmp_path) == {
        "pipe.txt": "not a regular file but a named pipe; only regular files are imported",
        "z.txt": "After the pipe.",
    }


def test_a_link_to_a_folder_named_like_a_seed_is_refused(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder.txt").symlink_to(tmp_path / "folder", target_is_directory=True)

    assert outcomes(tmp_path) == {
        "folder.txt": "not a regular file but a folder; only regular files are imported"
    }


def test_a_file_that_cannot_be_opened_is_an_error(tmp_path):
    make_unreadable_file(tmp_path / "secret.txt")
    write_seed(tmp_path, "open.txt", "Open.")

    assert outcomes(tmp_path) == {
        "open.txt": "Open.",
        "secret.txt": "cannot be read: Permission denied",
    }


def test_a_folder_that_cannot_be_listed_is_an_error_and_the_rest_is_read(shared_folder):
    (shared_folder / "locked").mkdir()
    write_seed(shared_folder / "locked", "inside.txt")
    write_seed(shared_folder, "outside.txt", "Outside.")
    (shared_folder / "outside.txt").chmod(0o644)
    (shared_folder / "locked").chmod(0)
    try:
        found = outcomes_without_privileges(shared_folder)
    finally:
        (shared_folder / "locked").chmod(0o755)

    assert found == {
        "locked": "the folder cannot be read: Permission denied",
        "outside.txt": "Outside.",
    }


def test_a_folder_too_deep_to_open_is_an_error_and_the_rest_is_read(tmp_path):
    make_too_deep_folder(tmp_path)
    write_seed(tmp_path, "shallow.txt", "Shallow.")

    found = read_seeds([tmp_path], root=tmp_path)

    errors = [item for item in found if isinstance(item, SeedError)]
    assert [error.reason for error in errors] == ["the folder cannot be read: File name too long"]
    assert not errors[0].is_file
    assert [item.body for item in found if item not in errors] == ["Shallow."]


def test_a_file_name_that_is_not_utf8_is_an_error_printed_with_its_byte(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as file:
        file.write(format_seed(DAY, "Coffee."))

    (error,) = read_seeds([tmp_path], root=tmp_path)

    assert error.reason == "the file name is not UTF-8 text"
    assert printable(error.name) == "caf\\xe9.txt"


@pytest.mark.parametrize(
    ("name", "shown"),
    [("two\nlines.txt", "two\\nlines.txt"), ("\x1b[31mred.txt", "\\x1b[31mred.txt")],
)
def test_a_file_name_with_control_characters_is_an_error_printed_escaped(tmp_path, name, shown):
    write_seed(tmp_path, name)

    (error,) = read_seeds([tmp_path], root=tmp_path)

    assert error.reason == "the file name contains a control character"
    assert printable(error.name) == shown


# --- the size limit ------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_and_one_at_the_limit_is_read(tmp_path):
    at_limit = write_seed(tmp_path, "at.txt", "x" * 50)
    limit = at_limit.stat().st_size
    write_seed(tmp_path, "over.txt", "x" * 51)

    assert outcomes(tmp_path, max_bytes=limit) == {
        "at.txt": "x" * 50,
        "over.txt": f"{limit + 1} bytes, over the import limit of {limit} bytes",
    }


def test_a_huge_file_is_refused_from_its_size_alone(tmp_path):
    # Sparse: 50 GB on paper, nothing on disk. Reading it would exhaust the memory.
    with open(tmp_path / "huge.txt", "wb") as file:
        file.truncate(50 * 10**9)

    assert outcomes(tmp_path) == {
        "huge.txt": "50,000,000,000 bytes, over the import limit of 2,097,152 bytes"
    }


def test_the_limit_comes_from_the_settings(tmp_path, settings):
    settings.FACTCHECK_IMPORT_MAX_BYTES = 10
    write_seed(tmp_path, "a.txt")

    assert outcomes(tmp_path)["a.txt"].endswith("over the import limit of 10 bytes")


# --- printing names ------------------------------------------------------------------------


def test_printable_escapes_what_would_break_a_line_or_drive_a_terminal():
    assert printable("a\nb\r\tc\x1b[2J\x07\u202eexe.txt\u2028\\") == (
        "a\\nb\\r\\tc\\x1b[2J\\x07\\u202eexe.txt\\u2028\\\\"
    )


def test_printable_leaves_readable_text_alone():
    name = "Мешканці “Херсона” — 2022.txt"

    assert printable(name) == name
