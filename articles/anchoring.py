"""Text selectors for appearances, and placing them again after the text changed.

Pure Python, no database. An appearance stores a W3C Web Annotation
TextPositionSelector (start, end) and TextQuoteSelector (exact, prefix,
suffix). When an article's body changes, ``reanchor`` finds where the quote
stands now, or says it cannot be placed with confidence (``None``: the
appearance is orphaned and an editor decides).

Rules, strictest first:

1. The exact quote, found verbatim. When it occurs more than once, the
   occurrence whose surrounding text best matches the stored prefix and
   suffix wins; ties go to the occurrence nearest the old position.
2. The same words in the same order, allowing only changes of whitespace,
   punctuation and quote style between them (straight vs curly quotes, double
   spaces, a comma become a dash). Words — and every digit — must match
   exactly, so a changed figure ("1,000" → "1,200") or a reworded sentence is
   orphaned, never moved onto other words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Anchor", "quote_selector", "reanchor"]

CONTEXT = 32


@dataclass(frozen=True)
class Anchor:
    """Where a quote stands in the current body: ``body[start:end]``."""

    start: int
    end: int


def quote_parts(body: str, start: int, end: int, context: int = CONTEXT) -> tuple[str, str, str]:
    """The TextQuoteSelector's exact, prefix and suffix for ``body[start:end]``, as a tuple
    (bulk writers put them straight into a row)."""
    return body[start:end], body[max(0, start - context) : start], body[end : end + context]


def quote_selector(body: str, start: int, end: int, context: int = CONTEXT) -> dict:
    """The TextQuoteSelector fields (exact, prefix, suffix) for ``body[start:end]``."""
    exact, prefix, suffix = quote_parts(body, start, end, context)
    return {"exact": exact, "prefix": prefix, "suffix": suffix}


def _common_suffix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(body: str, start: int, end: int, prefix: str, suffix: str) -> int:
    before = body[max(0, start - len(prefix)) : start]
    after = body[end : end + len(suffix)]
    return _common_suffix_len(before, prefix) + _common_prefix_len(after, suffix)


def _best(
    candidates: list[tuple[int, int]], body: str, prefix: str, suffix: str, old_start: int
) -> Anchor | None:
    if not candidates:
        return None
    best = max(
        candidates,
        key=lambda c: (_context_score(body, c[0], c[1], prefix, suffix), -abs(c[0] - old_start)),
    )
    return Anchor(*best)


def _occurrences(body: str, exact: str) -> list[tuple[int, int]]:
    found = []
    i = body.find(exact)
    while i != -1:
        found.append((i, i + len(exact)))
        i = body.find(exact, i + 1)
    return found


# A word: letters and digits, keeping the punctuation inside numbers ("1,000", "1.5").
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:\d+[^\W\d_]*)*|\d", re.UNICODE)


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _tolerant(body: str, exact: str, prefix: str, suffix: str, old_start: int) -> Anchor | None:
    """Same words in the same order, punctuation and whitespace between them free."""
    wanted = [m.group(0) for m in _words(exact)]
    if not wanted:
        return None
    body_words = _words(body)
    texts = [m.group(0) for m in body_words]
    n = len(wanted)
    first = wanted[0]
    lead = _WORD.search(exact).start()
    tail = len(exact) - _words(exact)[-1].end()
    candidates = []
    for i, w in enumerate(texts):
        if w != first or texts[i : i + n] != wanted:
            continue
        start = body_words[i].start()
        end = body_words[i + n - 1].end()
        # Take back the punctuation the old quote had at its edges ("“…”", a final ".").
        k = 0
        while (
            k < lead
            and start > 0
            and not body[start - 1].isspace()
            and not body[start - 1].isalnum()
        ):
            start -= 1
            k += 1
        k = 0
        while k < tail and end < len(body) and not body[end].isspace() and not body[end].isalnum():
            end += 1
            k += 1
        candidates.append((start, end))
    return _best(candidates, body, prefix, suffix, old_start)


def reanchor(*, body: str, exact: str, prefix: str, suffix: str, start: int) -> Anchor | None:
    """Where the quote ``exact`` stands in ``body`` now, or ``None`` when it can't be placed.

    ``prefix``/``suffix`` are the stored TextQuoteSelector context and ``start`` the
    old TextPositionSelector start, used to choose between repeated occurrences.
    """
    if not exact:
        return None
    end = start + len(exact)
    if body[start:end] == exact and len(_occurrences(body, exact)) == 1:
        return Anchor(start, end)
    found = _best(_occurrences(body, exact), body, prefix, suffix, start)
    if found is not None:
        return found
    return _tolerant(body, exact, prefix, suffix, start)
