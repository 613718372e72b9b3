"""The text layer every other module shares: paragraphs, sentences, slugs, name keys.

Pure Python, no database. One rule, written once:

* ``split_sentences(body)`` — the sentences of a body with their offsets. The
  importer's titles (``first_sentence``), the claim suggester and the split
  view all cut text here, so a title is always the first sentence the split
  view shows.
* ``slug_base(text, fallback=…)`` — the ASCII slug of articles, claims,
  claimants and tracked figures, Cyrillic transliterated.
* ``name_key(name)`` — the key two names of one claimant share: case,
  diacritics, apostrophe style and a leading "the" aside.
* ``join_thousands(text)`` / ``number_spellings(text)`` — numbers with and
  without thousands separators, so that a search for "1000" finds "1,000".

Sentence rules: a sentence never crosses a paragraph (blank line). A full stop
after a title or abbreviation (*Mr.*, *Gen.*, *Nov.*, *вул.*, *ім.*), an
initial (*J. R. R.*, *О.*) or inside a number does not end it; *etc.*, *Inc.*,
*тис.*, *млн.*, *р.* end it only when a capital follows; after a dotted
acronym (*U.S.*) it ends only when a typical opener follows. A quotation of
several sentences stays one unit with its attribution, and an embedded social
post is one unit up to its signature.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from django.utils.text import slugify

__all__ = [
    "SOCIAL_SIGNATURE",
    "Sentence",
    "ends_in_abbreviation",
    "first_sentence",
    "join_thousands",
    "name_key",
    "number_spellings",
    "slug_base",
    "split_paragraphs",
    "split_sentences",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body: ``text == body[start:end]``; ``paragraph`` counts from 0."""

    start: int
    end: int
    text: str
    paragraph: int


# --- paragraphs and sentences ---------------------------------------------------------------

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")

# "— Anton Gerashchenko (@Gerashchenko_en) November 11, 2022": the signature that closes an
# embedded post; everything from the paragraph's start to it is one unit.
SOCIAL_SIGNATURE = re.compile(
    r"[—\u2013-]\s*[^\n—\u2013]{0,80}?\(@\w{1,30}\)\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2},\s+\d{4}"
)

# Candidate boundaries: terminal punctuation, closing quotes or brackets, then whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[\"”\u2019'»)\]]*(?=\s)")

# Abbreviations after which a full stop never ends a sentence (compared lower-case).
_TITLES = _words(
    """
    mr mrs ms mx dr prof gen lt col sgt capt cpt maj adm gov sen rep st mt ft rev hon pres supt
    insp cmdr brig fr cpl pvt messrs mme mlle sr jr no nos vs v approx dept fig figs vol pp p
    ca cf al jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs
    fri sat sun ave blvd rd univ assn est amb sec det art para ch eds op viz e.g i.e a.m p.m
    вул просп пл бульв пров ім св обл смт буд кв проф акад доц див напр порівн англ укр рос
    тел ген пп ул им
    """
)
# Abbreviations that may also end a sentence: it ends when a capital follows.
_FINAL_ABBREVIATIONS = _words(
    """
    etc inc ltd co corp plc llc bros ed
    тис млн млрд трлн грн дол коп р рр ін т.д т.п тощо г тыс руб
    """
)
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
# Words that typically open a new sentence after an acronym such as "U.S.".
_SENTENCE_STARTERS = _words(
    """
    the a an he she it they we i you this that these those there but and in on at after before
    since when while as his her their its our my some many most officials however meanwhile
    yet so if according last earlier later
    """
)
_OPENERS = "\"“‘'«(["

# A byte-order mark left at the start of a body is not part of any sentence.
_BLANK = "\ufeff"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inwards past whitespace (and byte-order marks)."""
    if start >= end:
        return start, start
    first, last = text[start], text[end - 1]
    if not (first.isspace() or last.isspace() or first == _BLANK or last == _BLANK):
        return start, end
    segment = text[start:end]
    core = segment.strip()
    while core[:1] == _BLANK or core[-1:] == _BLANK:
        core = core.strip(_BLANK).strip()
    if not core:
        return start, start
    lead = segment.find(core)
    return start + lead, start + lead + len(core)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph: text between blank lines, trimmed of whitespace."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    result = []
    for start, end in spans:
        start, end = _trim(text, start, end)
        if end > start:
            result.append((start, end))
    return result


_QUOTE_MARK = re.compile('["“”«»]')


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Closed quotations in text[start:end] as (open, close) offsets.

    Curly quotes and guillemets open and close; a straight double quote closes an
    open quotation or opens one. A quotation left open (a quote running on into
    the next paragraph) is not returned, so it does not stop the sentence splitting.
    """
    spans = []
    open_at = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch = m.group()
        if open_at is None and ch in '"“«':
            open_at = m.start()
        elif open_at is not None and ch in '"”»':
            spans.append((open_at, m.start()))
            open_at = None
    return spans


def _is_boundary(text: str, punct_start: int, boundary: int, para_end: int) -> bool:
    """Whether a sentence ends at ``boundary`` (right after its punctuation and quotes)."""
    nxt = boundary
    while nxt < para_end and text[nxt].isspace():
        nxt += 1
    if nxt >= para_end:
        return True
    following = text[nxt]
    if following in ",;:)]-\u2013—":
        return False
    letter = nxt
    while letter < para_end - 1 and text[letter] in _OPENERS:
        letter += 1
    if text[letter].islower():
        return False
    if text[punct_start] != "." or text[punct_start:boundary].startswith(".."):
        return True
    # The word before the period.
    w_end = punct_start
    w_start = w_end
    while w_start > 0 and not text[w_start - 1].isspace():
        w_start -= 1
    word = text[w_start:w_end].lstrip(_OPENERS)
    if not word:
        return True
    lowered = word.lower()
    if lowered in _TITLES:
        # "No. 10", "Nov. 11", "Gen. Smith", "вул. Хрещатик": never a sentence end.
        return False
    if lowered in _FINAL_ABBREVIATIONS:
        return text[letter].isupper()
    if len(word) == 1 and word.isalpha():
        # An initial: "J. R. R. Tolkien", "О. Синєгубов".
        return False
    if _ACRONYM.search(word + "."):
        # "U.S. officials" never; "… in the U.S. The next day" when a typical opener follows.
        next_word = re.match(r"[\w\u2019']+", text[letter:para_end])
        return bool(next_word) and next_word.group(0).lower() in _SENTENCE_STARTERS
    return True


@lru_cache(maxsize=256)
def _split_cached(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(split_paragraphs(text)):
        for start, end in _split_paragraph(text[p_start:p_end]):
            start, end = p_start + start, p_start + end
            sentences.append(Sentence(start, end, text[start:end], number))
    return tuple(sentences)


# Wire copy and re-imported articles repeat paragraphs word for word.
@lru_cache(maxsize=8192)
def _split_paragraph(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each sentence of one paragraph, relative to it."""
    end_of_text = len(text)
    protected: list[tuple[int, int]] = []
    if "(@" in text:
        protected = [(0, m.end()) for m in SOCIAL_SIGNATURE.finditer(text)]
    quotes = None
    cuts = []
    for m in _BOUNDARY.finditer(text):
        boundary = m.end()
        if protected and any(a <= m.start() < b for a, b in protected):
            continue
        if quotes is None:
            quotes = _quote_spans(text, 0, end_of_text)
        if quotes and any(a < m.start() and boundary <= b for a, b in quotes):
            continue
        if _is_boundary(text, m.start(), boundary, end_of_text):
            cuts.append(boundary)
    # A post's signature ends its unit even without a full stop.
    cuts.extend(b for _a, b in protected if b < end_of_text)
    spans = []
    pos = 0
    for cut in [*sorted(set(cuts)), end_of_text]:
        start, end = _trim(text, pos, cut)
        if end > start:
            spans.append((start, end))
        pos = cut
    return tuple(spans)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order; none crosses a paragraph break.

    Survives abbreviations (Mr., Gen., U.S., вул.), initials, decimals, quotations
    that run over several sentences before their attribution, and embedded social posts.
    """
    return list(_split_cached(text))


def ends_in_abbreviation(text: str) -> bool:
    """Whether ``text``, ending in a full stop, ends with an abbreviation, initial or acronym
    ("Mr.", "etc.", "J.", "U.S.", "вул.") whose stop is part of the word."""
    if not text.endswith("."):
        return False
    words = text[:-1].split()
    word = words[-1].lstrip(_OPENERS) if words else ""
    if not word:
        return False
    lowered = word.lower()
    return (
        lowered in _TITLES
        or lowered in _FINAL_ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or bool(_ACRONYM.search(word + "."))
    )


def first_sentence(text: str) -> str:
    """The first sentence of ``text``'s first paragraph, whitespace collapsed.

    Cut exactly where ``split_sentences`` cuts; the result is always a prefix of
    ``text`` with its whitespace collapsed.
    """
    stripped = text.strip()
    paragraph = _PARAGRAPH_BREAK.split(stripped, maxsplit=1)[0]
    spans = _split_paragraph(paragraph)
    head = paragraph[: spans[0][1]] if spans else paragraph
    return " ".join(head.split())


# --- slugs ----------------------------------------------------------------------------------

SLUG_MAX_LENGTH = 80
ELLIPSIS = "…"

# Ukrainian national transliteration (2010), with the few extra Russian letters,
# so Cyrillic text gets readable ASCII slugs.
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


@lru_cache(maxsize=16384)
def slug_base(text: str, *, fallback: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """An ASCII slug for ``text`` (Cyrillic transliterated), cut at a hyphen.

    The one slug rule of articles, claims, claimants and tracked figures.
    Uniqueness is the caller's business; this leaves room under the field's
    length for a ``-2``, ``-3`` … suffix. Wire copy repeats sentences, so each
    distinct text is slugged once.
    """
    text = text.removesuffix(ELLIPSIS)
    if not text.isascii():
        text = text.lower().translate(_TRANSLIT)
    slug = slugify(text) or slugify(fallback.lower().translate(_TRANSLIT)) or "item"
    if len(slug) > max_length:
        slug = slug[: max_length + 1]
        slug = slug.rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
    return slug.strip("-") or "item"


# --- names ----------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def name_key(name: str | None) -> str:
    """The key under which two spellings of one name meet.

    Case, Latin diacritics (*Türk* = *Turk*), apostrophe styles and a leading
    "the" are ignored; Cyrillic letters are kept whole (*й* and *ї* are letters
    of their own, not *и* and *і* with a mark).
    """
    if not name:
        return ""
    folded = []
    for ch in unicodedata.normalize("NFC", name.casefold()):
        if "\u0400" <= ch <= "\u04ff":
            folded.append(ch)
        else:
            folded.extend(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
    text = "".join(folded)
    for mark in "’ʼ`":
        text = text.replace(mark, "'")
    words = text.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


# A number written in groups of three: a comma, a (narrow) no-break space or a space
# between them ("2022 150" is two numbers: its first group has four digits).
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?![\d])")
_SEPARATOR = re.compile(r"[, \u00a0\u202f]")
_LONG_NUMBER = re.compile(r"(?<![\d.,])\d{4,}(?![\d])")
# The ways a newsroom writes 1000: English commas, Ukrainian (narrow) no-break spaces
# and plain spaces.
_SEPARATORS = (",", "\u00a0", "\u202f", " ")


def join_thousands(text: str) -> str:
    """``text`` with the thousands separators inside its numbers dropped: "1,000" → "1000"."""
    return _GROUPED.sub(lambda m: _SEPARATOR.sub("", m.group()), text)


def _grouped(number: str, separator: str) -> str:
    head = len(number) % 3 or 3
    groups = [number[:head]] + [number[i : i + 3] for i in range(head, len(number), 3)]
    return separator.join(groups)


def number_spellings(text: str) -> list[str]:
    """``text`` as it may be written: without separators first, then with each separator.

    >>> number_spellings("1,000 dead")
    ['1000 dead', '1,000 dead', '1\xa0000 dead', '1\u202f000 dead', '1 000 dead']

    Text without a number of four digits or more has one spelling, itself.
    """
    joined = join_thousands(text)
    if not _LONG_NUMBER.search(joined):
        return [text]
    spellings = [joined]
    for separator in _SEPARATORS:
        spelled = _LONG_NUMBER.sub(lambda m, sep=separator: _grouped(m.group(), sep), joined)
        if spelled not in spellings:
            spellings.append(spelled)
    return spellings
