"""The seed import against anything a folder can hold: random bytes, names and shapes.

Whatever the folder holds, the import never raises, reports every seed file exactly
once on one line each, and writes every article whole: exactly the files a careful
reader would accept become articles, each holding its own file's text.
"""

import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from io import StringIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.importers import ParsedSeed, SeedError, format_seed, parse_seed, read_seeds
from articles.management.commands.import_seeds import Command
from articles.models import Article
from articles.services import articles_import

pytestmark = pytest.mark.django_db

NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def no_slash(name: bytes) -> bytes:
    return name.replace(b"/", b"_").replace(b"\x00", b"_")


folder_names = (
    st.binary(min_size=1, max_size=12).map(no_slash).filter(lambda name: not name.startswith(b"."))
)
file_names = st.tuples(
    st.binary(max_size=30).map(no_slash), st.sampled_from([b".txt", b".txt", b".txt", b".md"])
).map(b"".join)
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
contents = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda day, body: f"date {day}\n\n{body}".encode(),
        st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
        texts,
    ),
    st.builds(format_seed, st.dates(), texts),
    # Repeated texts: the second file of the same text is refused.
    st.sampled_from([b"date 2022-11-12\n\nTroops entered Kherson.", b"date 2022-11-12\n\nAgain."]),
)
entries = st.tuples(
    st.lists(folder_names, max_size=3),
    file_names,
    st.one_of(
        st.tuples(st.just("file"), contents),
        st.tuples(
            st.sampled_from(["link", "loop", "dangling", "device", "pipe", "folder"]), st.none()
        ),
    ),
)


@dataclass
class Entry:
    kind: str
    content: bytes | None = None


def build(root: bytes, layout) -> dict[bytes, Entry]:
    """Make the files of ``layout`` under ``root``; return each non-folder entry by path."""
    made: dict[bytes, Entry] = {}
    folders: set[bytes] = set()
    regular: list[bytes] = []
    for parts, name, (kind, content) in layout:
        relative = os.path.join(*parts, name) if parts else name
        path = os.path.join(root, relative)
        prefixes = {os.path.join(*parts[: n + 1]) for n in range(len(parts))}
        if relative in made or relative in folders or prefixes & set(made):
            continue  # The name is taken by another entry.
        os.makedirs(os.path.join(root, *parts), exist_ok=True)
        folders |= prefixes
        if kind == "file":
            with open(path, "wb") as file:
                file.write(content)
            regular.append(relative)
        elif kind == "link" and regular:
            target = made[regular[-1]]
            os.symlink(os.path.join(root, regular[-1]), path)
            made[relative] = Entry("file", target.content)
            continue
        elif kind == "loop":
            os.symlink(path, path)
        elif kind == "dangling":
            os.symlink(os.path.join(root, b"missing"), path)
        elif kind == "device":
            os.symlink(b"/dev/zero", path)
        elif kind == "pipe":
            os.mkfifo(path)
        else:  # A link to a folder, or a link with no file to point at yet.
            os.symlink(root, path)
            kind = "other"
        made[relative] = Entry(kind, content)
    return made


def acceptable(key: str, entry: Entry) -> ParsedSeed | None:
    """What a careful reader makes of one file: its parsed text, or None if it must refuse it."""
    if entry.kind != "file" or NAME_CONTROL.search(key):
        return None
    try:
        key.encode("utf-8")
        return parse_seed(key, entry.content)
    except (UnicodeEncodeError, SeedError):
        return None


@settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(layout=st.lists(entries, max_size=8))
def test_any_folder_imports_without_raising_reporting_each_file_and_no_partial_article(layout):
    Article.objects.all().delete()
    with tempfile.TemporaryDirectory() as scratch:
        root = os.path.realpath(os.fsencode(scratch))
        made = build(root, layout)
        seeds = {
            os.fsdecode(relative): entry
            for relative, entry in made.items()
            if relative.endswith(b".txt") and not os.path.basename(relative).startswith(b".")
        }

        report = articles_import(seeds=read_seeds([os.fsdecode(root)], root=os.fsdecode(root)))

    # Every file reported exactly once, and nothing else unless there was nothing to import.
    assert Counter(o.name for o in report.outcomes if o.is_file) == Counter(list(seeds))
    assert len([o for o in report.outcomes if not o.is_file]) == (0 if seeds else 1)
    # One line each on the terminal, whatever the names hold.
    out = StringIO()
    command = Command(stdout=out)
    for outcome in report.outcomes:
        command.write_outcome(outcome)
    assert len(out.getvalue().splitlines()) == len(report.outcomes)
    assert "\x1b" not in out.getvalue()
    # Exactly the acceptable files became articles (the first of each text), each whole.
    expected: dict[str, ParsedSeed] = {}
    texts_seen: set[str] = set()
    for key in sorted(seeds):
        parsed = acceptable(key, seeds[key])
        if parsed is not None and parsed.content_hash not in texts_seen:
            texts_seen.add(parsed.content_hash)
            expected[key] = parsed
    stored = {
        origin: (body, published_on, content_hash)
        for origin, body, published_on, content_hash in Article.objects.values_list(
            "origin", "body", "published_on", "content_hash"
        )
    }
    assert stored == {
        key: (seed.body, seed.published_on, seed.content_hash) for key, seed in expected.items()
    }
