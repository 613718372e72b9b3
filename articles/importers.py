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

Everything that can go wrong with one file raises :class:`SeedError` naming the
file and the reason in one line, so an import can report it and carry on.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from django.utils.text import slugify
from django.utils.translation import gettext as _

TITLE_MAX_LENGTH = 140
SLUG_MAX_LENGTH = 80
ORIGIN_MAX_LENGTH = 255
ELLIPSIS = "…"
BOM = "\ufeff"
SEED_SUFFIX = ".txt"


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
        return slug_base(self.title, fallback=self.name.removesuffix(SEED_SUFFIX))

    @cached_property
    def language(self) -> str:
        return guess_language(self.body)


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

# Words that end in a full stop without ending the sentence (compared lower-case,
# without the stop). Initials and dotted acronyms ("J.", "U.S.") are caught by shape.
_ABBREVIATION_WORDS = """
    mr mrs ms mx dr prof rev hon st mt ft gen lt col maj capt cpt sgt cpl pvt adm cmdr
    gov sen rep pres amb sec supt insp det jr sr messrs mme mlle
    inc ltd co corp bros dept univ assn est approx ca vs etc al cf ie eg viz
    no nos vol vols pp fig ed eds op art sec para ch
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m e.g i.e u.s u.k u.n e.u
    ім св вул просп пл обл р рр м с смт ст тис млн млрд грн д т.д т.п напр див проф акад
    г ул им тыс руб
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())

# A run of sentence-ending punctuation, with closing quotes or brackets, before a space.
_CLOSERS = '"”’»)]'
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]", re.UNICODE)
_OPENERS = "\"“‘«(['"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_TRAILING_JUNK = " ,;:–—-"


def _ends_in_abbreviation(text: str) -> bool:
    """Whether ``text`` (which ends with a full stop) ends with an abbreviation or initial."""
    word = text[:-1].rsplit(None, 1)[-1] if text[:-1].strip() else ""
    word = word.lstrip(_OPENERS)
    if not word:
        return False
    return word.lower() in ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


def first_sentence(text: str) -> str:
    """The first sentence of ``text``'s first paragraph, whitespace collapsed.

    A full stop after an abbreviation ("Mr.", "Gen."), an initial or a dotted
    acronym ("J.", "U.S.") does not end a sentence, nor does one inside a number
    ("1.5"), nor one followed by a lower-case word.
    """
    paragraph = _PARAGRAPH_BREAK.split(text.strip(), maxsplit=1)[0]
    flat = " ".join(paragraph.split())
    for match in _SENTENCE_END.finditer(flat):
        following = flat[match.end() :].lstrip().lstrip(_OPENERS)
        if following and not (following[0].isupper() or following[0].isdigit()):
            continue
        candidate = flat[: match.end()]
        if match.group().rstrip(_CLOSERS) == "." and _ends_in_abbreviation(
            candidate.rstrip(_CLOSERS)
        ):
            continue
        return candidate
    return flat


def derive_title(body: str, *, max_length: int = TITLE_MAX_LENGTH) -> str:
    """A title for a headline-less article: its first sentence, capped at ``max_length``.

    A single closing full stop is dropped (headlines carry none) unless it ends
    an abbreviation. A longer sentence is cut at a word boundary and ends with
    an ellipsis; the result is never empty for a non-blank body and is always
    a prefix of the body's whitespace-collapsed text (ellipsis aside).
    """
    sentence = first_sentence(body)
    if (
        len(sentence) > 1
        and sentence.endswith(".")
        and not sentence.endswith("..")
        and not _ends_in_abbreviation(sentence)
    ):
        sentence = sentence[:-1]
    if len(sentence) <= max_length:
        return sentence
    cut = sentence[: max_length - len(ELLIPSIS)]
    if sentence[len(cut)] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    cut = cut.rstrip(_TRAILING_JUNK) or sentence[: max_length - len(ELLIPSIS)]
    return cut + ELLIPSIS


# Ukrainian national transliteration (2010), with the few extra Russian letters,
# so Cyrillic titles get readable ASCII slugs.
# fmt: off
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
        "я": "ia", "ё": "io", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "", "ʼ": "",
    }
)
# fmt: on


def slug_base(title: str, *, fallback: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """An ASCII slug for ``title`` (Cyrillic transliterated), cut at a hyphen.

    Uniqueness against existing articles is the caller's business; this leaves
    room under the field's length for a ``-2``, ``-3`` … suffix.
    """
    text = title.removesuffix(ELLIPSIS)
    if not text.isascii():
        text = text.lower().translate(_TRANSLIT)
    slug = slugify(text) or slugify(fallback.lower().translate(_TRANSLIT)) or "article"
    if len(slug) > max_length:
        slug = slug[: max_length + 1]
        slug = slug.rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
    return slug.strip("-") or "article"


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


def parse_seed(name: str, raw: bytes) -> ParsedSeed:
    """Parse one seed file's bytes into a :class:`ParsedSeed`, or raise :class:`SeedError`.

    ``name`` is the file name; it becomes the article's origin (its natural key).
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
    text = normalise_newlines(_decode(name, raw)).lstrip()
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
    try:
        published_on = date(year, month, day)
    except ValueError:
        raise SeedError(
            name,
            _("impossible date %(date)s in the header")
            % {"date": f"{header[1]}-{header[2]}-{header[3]}"},
        ) from None
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


# --- finding and reading files -----------------------------------------------------------


def seed_files(paths: Iterable[str | Path]) -> list[Path | SeedError]:
    """The seed files named by ``paths``, in order: a file as given, a folder's ``*.txt`` sorted.

    A path that does not exist, or a folder holding no seed files, becomes a
    :class:`SeedError` in its place. A file reached twice is listed once.
    """
    found: list[Path | SeedError] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            # scandir's entries know their type without a stat() per file, and
            # resolving the folder once beats resolving each of 10,000 files.
            with os.scandir(path) as entries:
                names = sorted(
                    entry.name
                    for entry in entries
                    if entry.name.endswith(SEED_SUFFIX)
                    and not entry.name.startswith(".")
                    and entry.is_file()
                )
            if not names:
                found.append(
                    SeedError(str(given), _("no .txt files in this folder"), is_file=False)
                )
            folder = str(path.resolve())
            files = [(path / name, os.path.join(folder, name)) for name in names]
        elif path.exists():
            files = [(path, str(path.resolve()))]
        else:
            found.append(SeedError(str(given), _("no such file or folder"), is_file=False))
            continue
        for file, key in files:
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


def read_seeds(paths: Iterable[str | Path]) -> list[ParsedSeed | SeedError]:
    """Read and parse every seed file under ``paths``; failures stay in place as errors."""
    seeds: list[ParsedSeed | SeedError] = []
    for item in seed_files(paths):
        if isinstance(item, SeedError):
            seeds.append(item)
            continue
        try:
            seeds.append(parse_seed(item.name, item.read_bytes()))
        except SeedError as exc:
            seeds.append(exc)
        except OSError as exc:
            seeds.append(
                SeedError(
                    item.name, _("cannot be read: %(reason)s") % {"reason": exc.strerror or exc}
                )
            )
    return seeds
