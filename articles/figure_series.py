"""Which figures measure the same quantity: the same thing counted, in the same place.

Pure Python, no database. A tracked figure follows one quantity over time
(*Dead in the Larissa floods*: 40 on Monday, 54 on Thursday). A figure claim
measures the same quantity as a tracked figure, or as another figure claim, when

* **the same thing is counted**: the figures' roles agree (*dead*, *injured*,
  *missing*, *rescued*, *other*: read from the claim's sentence around its
  value, and from the tracked figure's name and unit), and the head words of
  their units agree unless one of them only says *people* (or says nothing);
  without a role on either side the head words must agree;
* **in the same place**: a place word of the tracked figure (its place, else the
  capitalised words of its name after the first) is among the claim's
  capitalised words or its place; two claims share a capitalised word that
  neither claimant's name holds. Ukrainian words are compared by their first
  four letters, so the cases of a name meet (*Одеса*, *Одесі*, *Одесу*).

Whether the dates fit (a newer claim extends the series) is the caller's
choice: ``services.figure_matcher`` proposes only figures whose latest point is
not newer than the claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from articles.suggest import value_role, words_role
from articles.text import name_key

__all__ = ["Measure", "claim_measure", "figure_measure", "place_words", "same_measure"]

# Words of a unit that say only "people": they do not tell two series apart.
_GENERIC_UNITS = frozenset(
    """
    people person persons individuals residents civilians' людей людини осіб особи
    """.split()  # noqa: SIM905 - a word list reads best as text
)
_UNIT_STOP = frozenset("of the a an in at from on to for з у в на до від".split())  # noqa: SIM905
# Capitalised words that are no place: calendar words, titles, sentence openers.
_NOT_PLACES = frozenset(
    """
    the a an in on at by of and but for according after before since as it its this that
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december president minister mayor
    governor prime deputy chief head officials authorities police ministry service office
    national state government people dead killed toll
    у в на за як що це його її їх після понеділок вівторок середу четвер п'ятницю суботу
    неділю січня лютого березня квітня травня червня липня серпня вересня жовтня листопада
    грудня президент міністр голова мер уряд
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")


@dataclass(frozen=True)
class Measure:
    """What a figure counts: its role ("dead", … or "") and the head word of its unit."""

    role: str
    head: str


def _stem(word: str) -> str:
    """A word's key for comparing: case and marks aside, English plural and Ukrainian
    case endings cut (the first four letters of a Cyrillic word)."""
    key = name_key(word).removesuffix("'s").removesuffix("’s")
    if any("\u0400" <= ch <= "\u04ff" for ch in key):
        return key[:4]
    if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]
    return key


@lru_cache(maxsize=4096)
def _unit_head(unit: str) -> str:
    words = [w for w in _WORD.findall(unit.lower()) if w not in _UNIT_STOP]
    if unit.startswith("%"):
        # A share: of what, when it says ("% of voters").
        return "%" + (f" {_stem(words[-1])}" if words else "")
    if not words or words[-1] in _GENERIC_UNITS:
        return ""
    return _stem(words[-1])


def claim_measure(*, text: str, unit: str, value=None, low=None, high=None) -> Measure:
    """What a claim's figure counts, read from its sentence around the value and its unit."""
    role = value_role(text, value, low, high) if text else ""
    return Measure(role=role or words_role(unit), head=_unit_head(unit))


def figure_measure(*, name: str, unit: str, description: str = "") -> Measure:
    """What a tracked figure counts, read from its unit, name and description."""
    role = words_role(unit) or words_role(name) or words_role(description)
    return Measure(role=role, head=_unit_head(unit))


def same_measure(a: Measure, b: Measure) -> bool:
    """Whether two figures count the same thing (see the module's docstring)."""
    if a.role and b.role and a.role != b.role:
        return False
    if a.head and b.head:
        return a.head == b.head
    return bool(a.role and a.role == b.role)


@lru_cache(maxsize=4096)
def place_words(text: str, *, skip_first: bool = True, leave_out: str = "") -> frozenset[str]:
    """The capitalised words of ``text`` that may name a place, as comparison keys.

    ``skip_first`` leaves out the opening word (capitalised because it opens the
    text); ``leave_out`` is text whose words do not count (a claimant's name).
    """
    left_out = {_stem(w) for w in _WORD.findall(leave_out)}
    found = set()
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group(0)
        if (skip_first and index == 0) or not word[:1].isupper():
            continue
        if name_key(word) in _NOT_PLACES or len(word) < 3:
            continue
        key = _stem(word)
        if key not in left_out:
            found.add(key)
    return frozenset(found)
