"""Words and phrases matched on whole words: the lexicons of the claim suggester.

Pure Python. Each word of a text is looked up once, which is much faster than
one regular expression with hundreds of alternatives. Works for any script:
Ukrainian stems are written as prefixes (``загин*`` matches *загинули*,
*загинуло*).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["Lexicon", "Match", "Scanner", "split_words", "tokens"]


def split_words(words: str) -> list[str]:
    """A word list written as comma-separated text."""
    return [w.strip() for w in words.split(",") if w.strip()]


_TOKEN = re.compile(r"\w+(?:['\u2019\u02bc\-\u2010]\w+)*")


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lowercased word) of each word of ``text``.

    An apostrophe or hyphen inside a word keeps it whole (*п'ять*, *Mary's*,
    *year-old*); typographic apostrophes are read as the straight one.
    """
    low = text.lower()
    if len(low) == len(text):
        # Lower-cased once, the words are read straight from it (offsets stay the same).
        if "\u2019" in low or "\u02bc" in low:
            low = low.replace("\u2019", "'").replace("\u02bc", "'")
        return tuple([(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)])
    # A letter whose lower case is longer ("İ"): each word on its own.
    found = tuple((m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text))
    if "\u2019" in text or "\u02bc" in text:
        found = tuple(
            (start, end, word.replace("\u2019", "'").replace("\u02bc", "'"))
            if ("\u2019" in word or "\u02bc" in word)
            else (start, end, word)
            for start, end, word in found
        )
    return found


class Match:
    """What a lexicon found: offsets, the words as written, the entry they matched."""

    __slots__ = ("_end", "_start", "_text", "entry")

    def __init__(self, text: str, start: int, end: int, entry: str) -> None:
        self._text, self._start, self._end, self.entry = text, start, end, entry

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._text[self._start : self._end]


class Lexicon:
    """Words and phrases matched on whole words, case-insensitively.

    Much faster than one regular expression with hundreds of alternatives: each
    word of the text is looked up once. ``word*`` matches any word starting with
    ``word``; ``word?`` also matches ``word`` without its last letter (``flags?``).
    """

    def __init__(self, entries) -> None:
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        prefixes = []
        for raw in entries:
            entry = raw.strip().lower()
            if entry.endswith("*"):
                prefixes.append(entry[:-1])
                continue
            variants = [entry[:-1], entry[:-2]] if entry.endswith("?") else [entry]
            for variant in variants:
                words = tuple(_TOKEN.findall(variant))
                self.phrases.setdefault(words[0], []).append((words[1:], variant))
        for rests in self.phrases.values():
            rests.sort(key=lambda item: -len(item[0]))
        self.prefixes = tuple(prefixes)

    def finditer(self, text: str):
        words = tokens(text)
        n = len(words)
        i = 0
        while i < n:
            start, _end, word = words[i]
            last, entry = -1, ""
            for rest, variant in self.phrases.get(word, ()):
                k = len(rest)
                if i + k < n and all(words[i + 1 + j][2] == rest[j] for j in range(k)):
                    last, entry = i + k, variant
                    break
            if last < 0 and self.prefixes and word.startswith(self.prefixes):
                last, entry = i, word
            if last >= 0:
                yield Match(text, start, words[last][1], entry)
                i = last + 1
            else:
                i += 1

    def search(self, text: str) -> Match | None:
        return next(self.finditer(text), None)


class Scanner:
    """Several lexicons matched in one pass over a sentence's words."""

    def __init__(self, lexicons: dict[str, Lexicon]) -> None:
        self.names = list(lexicons)
        self.entries: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for name, lexicon in lexicons.items():
            for first, rests in lexicon.phrases.items():
                for rest, variant in rests:
                    self.entries.setdefault(first, []).append((rest, variant, name))
        for entries in self.entries.values():
            entries.sort(key=lambda item: -len(item[0]))
        self.prefixes = [(name, lex.prefixes) for name, lex in lexicons.items() if lex.prefixes]
        self._prefix_hits: dict[str, tuple[str, ...]] = {}
        # Prefixes grouped by their first two letters: a word is checked against few.
        self._prefixes_by_start: list[tuple[str, dict[str, tuple[str, ...]]]] = []
        for name, prefixes in self.prefixes:
            by_start: dict[str, list[str]] = {}
            for prefix in prefixes:
                if len(prefix) < 2:
                    raise ValueError(f"prefix {prefix!r} is too short to index")
                by_start.setdefault(prefix[:2], []).append(prefix)
            self._prefixes_by_start.append((name, {k: tuple(v) for k, v in by_start.items()}))

    def prefix_hits(self, word: str) -> tuple[str, ...]:
        """The lexicons one of whose prefixes ``word`` starts with (remembered per word)."""
        hits = self._prefix_hits.get(word)
        if hits is None:
            if len(self._prefix_hits) > 200_000:
                self._prefix_hits.clear()
            head = word[:2]
            hits = tuple(
                name
                for name, by_start in self._prefixes_by_start
                if head in by_start and word.startswith(by_start[head])
            )
            self._prefix_hits[word] = hits
        return hits

    def scan(self, text: str) -> dict[str, list[Match]]:
        found: dict[str, list[Match]] = {name: [] for name in self.names}
        free_from = dict.fromkeys(self.names, 0)
        words = tokens(text)
        n = len(words)
        entries, prefix_hits = self.entries, self._prefix_hits
        for i, (start, _end, word) in enumerate(words):
            # Most words are in no lexicon: no set, no loop for them.
            matched: set[str] | tuple[()] = ()
            for rest, variant, name in entries.get(word, ()):
                if name in matched or free_from[name] > i:
                    continue
                k = len(rest)
                if i + k < n and all(words[i + 1 + j][2] == rest[j] for j in range(k)):
                    found[name].append(Match(text, start, words[i + k][1], variant))
                    free_from[name] = i + k + 1
                    matched = {*matched, name}
            hits = prefix_hits.get(word)
            if hits is None:
                hits = self.prefix_hits(word)
            for name in hits:
                if name not in matched and free_from[name] <= i:
                    found[name].append(Match(text, start, words[i][1], word))
                    free_from[name] = i + 1
        return found
