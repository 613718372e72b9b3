"""Reading seed files into articles-to-be: pure parsing, no database.

A seed file (``seeds/*.txt``) is UTF-8 text that begins with ``date YYYY-MM-DD``
(leading whitespace allowed) followed by the article body, on the same line or
after it; paragraphs are separated by blank lines. There is no headline: the
title comes from the body's first sentence.

What is stored as the body is decided here, once: the text after the date
header with a leading byte-order mark removed, CRLF and lone CR line ends
turned into LF, and the whitespace around the whole body stripped. Nothing
inside the body is touched (curly quotes, embedded social posts, non-Latin
scripts stay as they are), and the stored body is never rewritten later, so
claim spans anchored in it stay valid. ``content_hash`` is the SHA-256 of that
normalised body.

A body may hold no control character other than tab and line breaks, and the
date must lie between 1900 and a year from today (``articles.validators``, the
rules the models apply to what editors type).

Files are found under the paths an import is given: a file as given, a folder's
``*.txt`` files at any depth (hidden files and folders skipped, links to folders
not followed). Only regular files are read, and only up to a size limit checked
before reading, so a link to ``/dev/zero``, a named pipe or a huge file is
refused rather than read. Each file's natural key (its article's ``origin``) is
its path relative to the import root (``settings.FACTCHECK_IMPORT_ROOT``, the
project folder by default), or its absolute path when it lies outside: files of
the same name in different folders are different articles.

Everything that can go wrong with one file, including what the file system
reports (a link loop, a permission, a name that is not UTF-8), becomes a
:class:`SeedError` naming the file and the reason in one line, so an import can
report it and carry on. :func:`printable` escapes names and reasons for a
terminal, so no line break or escape sequence in a file name breaks the report.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from articles.text import ELLIPSIS, ends_in_abbreviation
from articles.text import SLUG_MAX_LENGTH as SLUG_MAX_LENGTH
from articles.text import first_sentence as first_sentence
from articles.text import slug_base as slug_base
from articles.validators import find_control_character, plausible_date_range

# The title field's own limit: a headline-less article's title is its whole first sentence.
TITLE_MAX_LENGTH = 300
ORIGIN_MAX_LENGTH = 255
BOM = "\ufeff"
SEED_SUFFIX = ".txt"
# Far above a long news article (tens of kB), far below what slows its pages down.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class SeedError(Exception):
    """A seed file (or a path given to the import) that cannot become an article.

    ``name`` is the file name (or the path as given, for a path that names no
    file); ``reason`` says what is wrong in one line. ``is_file`` is false for a
    path that did not lead to any file at all (missing, or a folder without seeds).
    """

    def __init__(self, name: str, reason: str, *, is_file: bool = True) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.is_file = is_file


@dataclass(frozen=True)
class ParsedSeed:
    """One seed file, parsed and normalised, ready to be stored as an article.

    Title, slug and language are derived on first use: an unchanged re-import
    only needs the date and the content hash, and skips that work.
    """

    name: str
    published_on: date
    body: str
    content_hash: str

    @cached_property
    def title(self) -> str:
        return derive_title(self.body)

    @cached_property
    def slug(self) -> str:
        fallback = posixpath.basename(self.name).removesuffix(SEED_SUFFIX)
        return slug_base(self.title, fallback=fallback)

    @cached_property
    def language(self) -> str:
        return guess_language(self.body)

    def derive(self) -> None:
        """Work out the title, slug and language now (an import does it in a pause)."""
        _ = self.title, self.slug, self.language


# --- normalising -------------------------------------------------------------------------


def normalise_newlines(text: str) -> str:
    """Drop a leading byte-order mark and turn CRLF and lone CR line ends into LF."""
    text = text.removeprefix(BOM)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def normalise_body(text: str) -> str:
    """The stored form of a body: BOM dropped, LF line ends, outer whitespace stripped."""
    return normalise_newlines(text).strip()


def content_hash(body: str) -> str:
    """SHA-256 (hex) of a normalised body; two files with the same text share it."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# --- titles ------------------------------------------------------------------------------

_TRAILING_JUNK = " ,;:–—-"
# A clause break, searched in the reversed sentence: punctuation followed by a space.
_CLAUSE_BREAK = re.compile(r" [,;:–—]")


def derive_title(body: str, *, max_length: int = TITLE_MAX_LENGTH) -> str:
    """A title for a headline-less article: its whole first sentence.

    A single closing full stop is dropped (headlines carry none) unless it ends an
    abbreviation. Only a sentence longer than the title field (``max_length``, several
    lines of text) is shortened: at its last clause break (a comma, semicolon, colon or
    dash) in the second half of the limit, so the title still reads as a headline;
    failing that at a word boundary, with an ellipsis. The result is never empty for a
    non-blank body and is always a prefix of the body's whitespace-collapsed text
    (ellipsis aside).
    """
    sentence = first_sentence(body)
    if (
        len(sentence) > 1
        and sentence.endswith(".")
        and not sentence.endswith("..")
        and not ends_in_abbreviation(sentence)
    ):
        sentence = sentence[:-1]
    if len(sentence) <= max_length:
        return sentence
    clause = _CLAUSE_BREAK.search(sentence[: max_length + 1][::-1])
    if clause is not None and max_length - clause.end() >= max_length // 2:
        return sentence[: max_length - clause.end() + 1].rstrip(_TRAILING_JUNK)
    cut = sentence[: max_length - len(ELLIPSIS)]
    if sentence[len(cut)] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    cut = cut.rstrip(_TRAILING_JUNK) or sentence[: max_length - len(ELLIPSIS)]
    return cut + ELLIPSIS


# --- language ----------------------------------------------------------------------------

_CYRILLIC_LEAD_BYTES = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")  # U+0400-U+04FF in UTF-8
_LETTERS = re.compile(r"[^\W\d_]+")


def guess_language(body: str) -> str:
    """ "uk" when most of the body's letters are Cyrillic, otherwise "en"."""
    if body.isascii():
        return "en"
    # Counting UTF-8 lead bytes is far cheaper than a regex scan, and settles
    # most texts: prose that is under a quarter Cyrillic is not Ukrainian.
    encoded = body.encode("utf-8")
    cyrillic = sum(encoded.count(lead) for lead in _CYRILLIC_LEAD_BYTES)
    if cyrillic * 4 < len(body):
        return "en"
    if cyrillic * 2 > len(body):
        return "uk"  # more than half of all characters, so of the letters too
    letters = sum(map(len, _LETTERS.findall(body)))
    return "uk" if cyrillic * 2 > letters else "en"


# --- parsing -----------------------------------------------------------------------------

_HEADER_START = re.compile(r"date(?=[\s:]|$)", re.IGNORECASE)
_HEADER = re.compile(r"date[^\S\n]+([0-9]{4})-([0-9]{2})-([0-9]{2})(?=\s|$)", re.IGNORECASE)


def _excerpt(text: str, length: int = 40) -> str:
    line = text.split("\n", 1)[0].strip()
    return line if len(line) <= length else line[: length - 1] + ELLIPSIS


def _decode(name: str, raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SeedError(
            name,
            _("not UTF-8 text: byte 0x%(byte)02X at offset %(offset)d (line %(line)d) is invalid")
            % {"byte": raw[exc.start], "offset": exc.start, "line": line},
        ) from None


def parse_seed(name: str, raw: bytes, *, today: date | None = None) -> ParsedSeed:
    """Parse one seed file's bytes into a :class:`ParsedSeed`, or raise :class:`SeedError`.

    ``name`` is the file's key; it becomes the article's origin (its natural key).
    ``today`` (the real one unless given) bounds the date in the header.
    """
    if len(name) > ORIGIN_MAX_LENGTH:
        raise SeedError(
            name, _("the file name is longer than %(max)d characters") % {"max": ORIGIN_MAX_LENGTH}
        )
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise SeedError(
            name,
            _("contains a NUL byte at offset %(offset)d; is it a binary file?") % {"offset": nul},
        )
    text = normalise_newlines(_decode(name, raw))
    control = find_control_character(text)
    if control is not None:
        raise SeedError(
            name,
            _(
                "contains the control character %(char)s at line %(line)d, column %(column)d; "
                "only tabs and line breaks are allowed"
            )
            % {"char": control.label, "line": control.line, "column": control.column},
        )
    text = text.lstrip()
    if not text:
        raise SeedError(name, _("the file is empty"))
    header = _HEADER.match(text)
    if header is None:
        if _HEADER_START.match(text):
            raise SeedError(
                name,
                _("malformed header “%(found)s”: expected “date YYYY-MM-DD”")
                % {"found": _excerpt(text, 30)},
            )
        raise SeedError(
            name,
            _("no “date YYYY-MM-DD” header at the start (it begins “%(found)s”)")
            % {"found": _excerpt(text)},
        )
    year, month, day = (int(part) for part in header.groups())
    found = f"{header[1]}-{header[2]}-{header[3]}"
    try:
        published_on = date(year, month, day)
    except ValueError:
        reason = _("impossible date %(date)s in the header") % {"date": found}
        raise SeedError(name, reason) from None
    earliest, latest = plausible_date_range(today=today)
    if not earliest <= published_on <= latest:
        raise SeedError(
            name,
            _("implausible date %(date)s in the header: expected %(earliest)s to %(latest)s")
            % {"date": found, "earliest": earliest.isoformat(), "latest": latest.isoformat()},
        )
    body = text[header.end() :].strip()
    if not body:
        raise SeedError(name, _("the article body is empty"))
    return ParsedSeed(
        name=name, published_on=published_on, body=body, content_hash=content_hash(body)
    )


def format_seed(published_on: date, body: str, *, crlf: bool = False, bom: bool = False) -> bytes:
    """The bytes of a seed file for ``body``; ``parse_seed`` reads it back to ``normalise_body``."""
    text = f"date {published_on.isoformat()}\n\n{body}\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    return ((BOM if bom else "") + text).encode("utf-8")


# --- printing ----------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
# Controls, invisible formatting (bidirectional overrides), line and paragraph separators,
# and the surrogates that stand for undecodable bytes of a file name.
_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def printable(text: str) -> str:
    """``text`` made safe for a one-line report on a terminal.

    Control and format characters, line separators and the undecodable bytes of a
    file name become visible escapes (``\\n``, ``\\x1b``, ``\\u202e``, ``\\xff``) and a
    backslash is doubled, so the escaped form is unambiguous; every other character,
    Cyrillic and curly quotes included, stays as it is.
    """
    # Every character of a category escaped below (and tab, line feed, carriage return)
    # fails isprintable(), so a printable text without a backslash is its own escape:
    # a Ukrainian title is as quick to pass as an English one.
    if text.isprintable() and "\\" not in text:
        return text
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif unicodedata.category(char) in _UNPRINTABLE:
            code = ord(char)
            if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for a byte
                out.append(f"\\x{code - 0xDC00:02x}")
            elif code <= 0xFF:
                out.append(f"\\x{code:02x}")
            elif code <= 0xFFFF:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


# --- finding files -----------------------------------------------------------------------

_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class SeedFile:
    """A file an import will read: where it is, and its key (the article's ``origin``)."""

    path: str
    name: str


def import_root(root: str | Path | None = None) -> str:
    """The folder keys are relative to: ``root``, or ``settings.FACTCHECK_IMPORT_ROOT``."""
    return os.path.realpath(settings.FACTCHECK_IMPORT_ROOT if root is None else root)


def seed_key(path: str, root: str) -> str:
    """``path``'s key: relative to ``root`` (with ``/``), or the absolute path outside it."""
    relative = os.path.relpath(path, root)
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        relative = path
    return relative.replace(os.sep, "/")


def _seed_file(path: str, root: str) -> SeedFile | SeedError:
    name = seed_key(path, root)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return SeedError(name, _("the file name is not UTF-8 text"))
    if _NAME_CONTROL.search(name):
        return SeedError(name, _("the file name contains a control character"))
    return SeedFile(path=path, name=name)


def _cannot_read(exc: OSError) -> str:
    return _("cannot be read: %(reason)s") % {"reason": exc.strerror or exc}


def _folder_files(folder: str, root: str) -> list[SeedFile | SeedError]:
    """The ``*.txt`` files under ``folder`` at any depth, sorted by key.

    Hidden files and folders are skipped and links to folders are not followed (a
    link loop cannot trap the walk). A folder that cannot be listed is an error in
    its place; the rest of the walk goes on.
    """
    items: list[SeedFile | SeedError] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            # scandir's entries know their type without a stat() per file.
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError as exc:
            items.append(
                SeedError(
                    seed_key(current, root),
                    _("the folder cannot be read: %(reason)s") % {"reason": exc.strerror or exc},
                    is_file=False,
                )
            )
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                    continue
            except OSError:
                pass  # Whatever it is, reading it says what is wrong.
            if entry.name.endswith(SEED_SUFFIX):
                items.append(_seed_file(entry.path, root))
    items.sort(key=lambda item: item.name)
    return items


def seed_files(
    paths: Iterable[str | Path], *, root: str | Path | None = None
) -> list[SeedFile | SeedError]:
    """The seed files named by ``paths``, in order: a file as given, a folder's ``*.txt``
    files at any depth, sorted by key.

    Keys are relative to ``root`` (see :func:`import_root`). A path that does not
    exist, a folder holding no seed files, a folder that cannot be listed and a file
    whose name cannot be a key become a :class:`SeedError` in their place. A file
    reached twice is listed once.
    """
    root = import_root(root)
    found: list[SeedFile | SeedError] = []
    seen: set[str] = set()
    for given in paths:
        given = os.fspath(given)
        absolute = os.path.abspath(given)
        if os.path.isdir(absolute):
            # Resolving the folder once beats resolving each of 10,000 files.
            items = _folder_files(os.path.realpath(absolute), root)
            if not items:
                found.append(
                    SeedError(str(given), _("no .txt files in this folder"), is_file=False)
                )
        elif os.path.lexists(absolute):
            # The folder is resolved, the file's own name kept: a link keeps its name.
            folder, base = os.path.split(absolute)
            items = [_seed_file(os.path.join(os.path.realpath(folder), base), root)]
        else:
            found.append(SeedError(str(given), _("no such file or folder"), is_file=False))
            continue
        for item in items:
            if isinstance(item, SeedError) and not item.is_file:
                found.append(item)
            elif item.name not in seen:
                seen.add(item.name)
                found.append(item)
    return found


# --- reading files -----------------------------------------------------------------------


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a named pipe")
    if stat.S_ISCHR(mode):
        return _("a character device")
    if stat.S_ISBLK(mode):
        return _("a block device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("a special file")


def _too_large(name: str, size: int, max_bytes: int) -> SeedError:
    return SeedError(
        name,
        _("%(size)s bytes, over the import limit of %(limit)s bytes")
        % {"size": f"{size:,}", "limit": f"{max_bytes:,}"},
    )


def read_seed_file(file: SeedFile, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``file``, or a :class:`SeedError` saying why it was not read.

    Only a regular file is read (a link is followed to one), and only when it holds
    at most ``max_bytes`` bytes. Type and size come from the opened file itself, so
    nothing can be swapped in between the check and the read; opening does not wait
    on a named pipe, and reading stops past the limit even if the file grows.
    """
    try:
        fd = os.open(file.path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except OSError as exc:
        raise SeedError(file.name, _cannot_read(exc)) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise SeedError(
                file.name,
                _("not a regular file but %(kind)s; only regular files are imported")
                % {"kind": _kind(status.st_mode)},
            )
        if status.st_size > max_bytes:
            raise _too_large(file.name, status.st_size, max_bytes)
        chunks = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        raw = b"".join(chunks)
        if len(raw) > max_bytes:
            raise _too_large(file.name, len(raw), max_bytes)
        return raw
    except OSError as exc:
        raise SeedError(file.name, _cannot_read(exc)) from None
    finally:
        os.close(fd)


def read_seeds(
    paths: Iterable[str | Path],
    *,
    root: str | Path | None = None,
    max_bytes: int | None = None,
    on_file: Callable[[int, int], None] | None = None,
    on_seed: Callable[[ParsedSeed | SeedError], None] | None = None,
) -> list[ParsedSeed | SeedError]:
    """Read and parse every seed file under ``paths``; failures stay in place as errors.

    ``max_bytes`` defaults to ``settings.FACTCHECK_IMPORT_MAX_BYTES``; ``root``, the
    folder keys are relative to, to ``settings.FACTCHECK_IMPORT_ROOT``. ``on_file``,
    if given, is called with (files read, files found) after each file, and
    ``on_seed`` with each file's seed (or error) as soon as it is parsed.
    """
    if max_bytes is None:
        max_bytes = getattr(settings, "FACTCHECK_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)
    seeds: list[ParsedSeed | SeedError] = []
    found = seed_files(paths, root=root)
    for item in found:
        if isinstance(item, SeedError):
            seeds.append(item)
        else:
            try:
                seeds.append(parse_seed(item.name, read_seed_file(item, max_bytes=max_bytes)))
            except SeedError as exc:
                seeds.append(exc)
        if on_seed is not None:
            on_seed(seeds[-1])
        if on_file is not None:
            on_file(len(seeds), len(found))
    return seeds
