"""Figures in news prose: "more than 1,000 civilian bodies", "between 10 and 15", "a third of".

Pure Python, no database. ``extract_figures(text)`` returns every quantity it
finds with the offsets of the phrase it read it from, so an editor (or the
claim suggester) can turn it into a claim's structured figure: a value or a
range, a qualifier and what is counted.

How wording maps to the qualifier (the choices of ``articles.models.Qualifier``):

=============================================================  ============
wording                                                        qualifier
=============================================================  ============
a bare number ("12 people", "between 10 and 15")                exact
"at least", "no fewer than", "no less than", "a minimum of"     at_least
"more than", "over", "above", "in excess of", "just over"       more_than
"up to", "as many as", "at most", "no more than", "as much as"  at_most
"fewer than", "less than", "under", "below", "just under"       less_than
"about", "around", "some", "roughly", "approximately",          about
"an estimated", "nearly", "almost", "close to"
vague plurals ("dozens", "hundreds", "tens of thousands")       about
=============================================================  ============

"Nearly" and "almost" map to *about*: what a checker tests is whether the
figure is close to the stated number; the direction stays in the quoted text.

Vague plurals become ranges: "dozens" is 24-99, "hundreds" 200-999,
"thousands" 2,000-9,999, "tens of thousands" 20,000-99,999, "hundreds of
thousands" 200,000-999,999, "millions" 2-999 million (two of the unit up to the
next order of magnitude). "A dozen" is exactly 12.

Fractions are values between 0 and 1 rounded to four places ("a third" is
0.3333, "two-thirds" 0.6667, "half" 0.5, "one in five" 0.2); their unit is the
"of …" phrase that follows ("of the population"), or "fraction". Percentages
keep their number (12.5) with the unit "%" (or "% of voters"). "Twice" is 2
"times". Years ("in 2022"), days of a date ("November 11"), clock times,
ordinals ("first", "21st") and numbers inside names ("COVID-19", "F-16") are
not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from articles.figures_uk import extract_figures_uk, is_ukrainian

__all__ = ["Figure", "extract_figures"]


def _split(words: str) -> list[str]:
    """A word list written as comma-separated text."""
    return [w.strip() for w in words.split(",") if w.strip()]


@dataclass(frozen=True)
class Figure:
    """A quantity read from ``text[start:end]``: a value, or a range from low to high."""

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit: str
    start: int
    end: int
    text: str

    @property
    def is_range(self) -> bool:
        return self.value is None


# --- vocabulary ---------------------------------------------------------------------------

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
SUFFIX_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
}
# "dozens" → 24-99 and so on: two of the unit up to the next order of magnitude.
VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 999_999_999),
    "billions": (2_000_000_000, 999_999_999_999),
}
# "tens of thousands" → 20,000-99,999; "hundreds of thousands" → 200,000-999,999.
VAGUE_OF = {"tens": 10, "hundreds": 100}
FRACTIONS = {
    "half": Decimal("0.5"),
    "third": Decimal(1) / 3,
    "thirds": Decimal(1) / 3,
    "quarter": Decimal("0.25"),
    "quarters": Decimal("0.25"),
    "fifth": Decimal("0.2"),
    "fifths": Decimal("0.2"),
    "tenth": Decimal("0.1"),
    "tenths": Decimal("0.1"),
}
# Ordinals that count after "for a": "for a third meeting" is the third of three.
ORDINAL_COUNTS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# What a lone "one" spans when it is a duration: "for one year".
TIME_SPANS = frozenset(["day", "week", "month", "year", "decade", "season", "term"])
# Letters glued before "$" that say whose dollars: "A$", "C$", "NZ$", "HK$", "US$", "S$".
DOLLAR_PREFIXES = frozenset(
    [
        "A",
        "AU",
        "C",
        "CA",
        "NZ",
        "HK",
        "US",
        "S",
        "NT",
        "R",
        "Z",
        "EC",
        "CI",
        "TT",
        "J",
        "BZ",
        "BDS",
    ]
)
CURRENCIES = {
    "$": "dollars",
    "£": "pounds",
    "€": "euros",
    "¥": "yen",
    "₴": "hryvnias",
    "₽": "roubles",
}
MONTHS = frozenset(
    _split(
        r"""
    january, february, march, april, may, june, july, august, september, october, november,
    december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
    """
    )
)

# "over three days" is a span of time, unless what comes before measures it: "for over",
# "waited over three hours".
_SPAN_UNITS = frozenset(_split("days, weeks, months, years, hours, nights, decades, weekends"))
_OVER_IS_MORE = frozenset(
    _split(
        r"""
        of, for, in, than, after, within, lasted, lasting, lasts, last, took, taking, take,
        waited, waiting, wait, spent, spending, spend, stayed, delayed, aged, ago
        """
    )
)

QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted(
    (
        (tuple(phrase.split()), qualifier)
        for qualifier, phrases in {
            "at_least": [
                "at least",
                "no fewer than",
                "no less than",
                "a minimum of",
                "not less than",
                "not fewer than",
            ],
            "more_than": _split(
                r"""
                more than, over, above, in excess of, upwards of, just over, well over,
                exceeding, exceeds, exceeded, exceed, greater than, surpassing, surpassed,
                surpass, topped, tops, would top, will top, could top, to top, may top,
                have passed, has passed, heavier than, longer than, deeper than, taller than,
                wider than, thicker than, older than, warmer than, hotter than
                """
            ),
            "at_most": [
                "up to",
                "as many as",
                "at most",
                "no more than",
                "as much as",
                "a maximum of",
                "not more than",
            ],
            "less_than": [
                "fewer than",
                "less than",
                "under",
                "below",
                "just under",
                "just below",
                "well under",
                # "vehicles lighter than 3.5 tonnes": a measure's threshold.
                "lighter than",
                "shallower than",
                "thinner than",
                "younger than",
                "colder than",
                "cooler than",
            ],
            "about": _split(
                r"""
                about, around, some, roughly, approximately, approx, an estimated, estimated,
                nearly, almost, close to, circa, just about, more or less, an approximate
                """
            ),
        }.items()
        for phrase in phrases
    ),
    key=lambda item: -len(item[0]),
)

# What a thing is done under, not fewer than: "under 14 emergency decrees".
_UNDER_WHAT = frozenset(
    """
    decrees decree laws law orders order rules rule contracts contract agreements agreement
    regulations regulation programmes programs schemes scheme sanctions
    """.split()  # noqa: SIM905 - a word list reads best as text
)
# Looked up by the word right before the number; longest phrases first.
QUALIFIERS_BY_LAST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _qualifier in QUALIFIERS:
    QUALIFIERS_BY_LAST_WORD.setdefault(_words[-1], []).append((_words, _qualifier))

# Words that may open a quantity besides number words.
STARTERS = frozenset(
    _split("a, an, no, half, twice, between, dozens, hundreds, thousands, millions, billions")
    + _split("tens, scores")
)
# "no deaths", "no casualties": the nouns after which "no" is a count of zero.
ZERO_NOUNS = frozenset(
    _split(
        r"""
    deaths, casualties, injuries, fatalities, victims, cases, infections, survivors, arrests,
    injured, dead
    """
    )
)
# Words that end the "what is counted" phrase after a number.
STOP = frozenset(
    _split(
        r"""
    a, an, the, and, or, but, nor, of, in, on, at, to, for, by, with, without, from, into, onto,
    than, as, after, before, since, until, during, under, over, across, through, per, via,
    about, against, among, between, including, following, according, that, which, who, whom,
    whose, where, when, while, if, is, are, was, were, be, been, being, has, have, had, will,
    would, could, should, may, might, must, can, do, does, did, said, say, says, it, its, they,
    their, them, he, she, his, her, we, our, you, this, these, those, there, here, so, not, no,
    also, already, still, just, only, even, ago, earlier, later, each, every, all, both, more,
    less, fewer, most, least, up, down, out, off, away, back, then, now, last, next, yesterday,
    today, tomorrow, respectively, apiece, altogether, in total, within, beyond, towards, toward,
    amid, despite, upon, unlike
    """
    )
)
IRREGULAR_PLURALS = frozenset(
    _split(
        r"""
    people, children, men, women, police, staff, personnel, cattle, feet, teeth, mice, geese,
    sheep, fish, deer, aircraft, livestock, data, media, troops, youth, crew, per cent, percent
    """
    )
)
# Verbs after which "by X to Y" is a change by X to the level Y.
CHANGE_VERBS = frozenset(
    """
    rose rise rises risen fell fall falls fallen increased increase increases decreased
    decrease grew grow grows dropped drop drops climbed climb jumped jump cut cuts raised
    raise lowered lower reduced reduce declined decline slipped slip gained gain lost lose
    up down widened narrowed shrank shrunk expanded eased soared surged plunged tumbled
    """.split()  # noqa: SIM905 - a word list reads best as text
)
# A numeral right after one of these is a label, not a quantity ("Article 5", "Flight 17").
LABEL_WORDS = frozenset(
    _split(
        r"""
    article, section, chapter, paragraph, resolution, flight, route, highway, room, level,
    phase, stage, grade, category, no, number, page, item, line, platform, gate, unit, block,
    building, district, ward, round, week, day, episode, season, vol, volume, act, rule,
    amendment, covid, bill, decree, order, law, case, channel
    """
    )
)
DATE_WORDS = frozenset(
    _split(
        r"""
    in, since, by, until, till, from, of, during, before, after, early, late, mid, the, to, and,
    between, spring, summer, autumn, fall, winter, year, years, through, circa, c, fiscal, fy,
    end, start, beginning, census
    """
    )
)

# Words are letters of any alphabet: "Yılmaz" or "Kovač" split at the letter English lacks
# would leave a lower-case fragment before "54," and the age in apposition would be a figure.
TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>[A-Za-z]+|%)?"
    r"|(?P<word>[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*)"
    r"|(?P<punct>[^\s\w]|_)"
)


@dataclass(slots=True)
class _Tok:
    kind: str  # "num", "word", "punct"
    text: str
    low: str  # lowercase text
    start: int
    end: int
    suffix: str = ""


def _tokenise(text: str) -> list[_Tok]:
    toks = []
    append = toks.append
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            w = m.group()
            append(_Tok("word", w, w.lower(), m.start(), m.end()))
        elif kind == "punct":
            p = m.group()
            append(_Tok("punct", p, p, m.start(), m.end()))
        else:
            # A numeral, with or without its suffix ("10m", "5%").
            num = m.group("num")
            append(_Tok("num", num, num, m.start(), m.end(), m.group("suffix") or ""))
    return toks


def _round(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP).normalize()


@dataclass
class _Quantity:
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    end: int  # index of the first token after the quantity
    kind: str  # "number", "percent", "fraction", "vague", "times"
    unit: str = ""
    qualifier: str | None = None  # set by the quantity itself (vague → about)
    scaled: bool = False


# "one protester had died", "one man was shot dead": verbs that make a lone "one" a count.
_ONE_AUXILIARIES = frozenset(_split("has, have, had, was, were, is, been, later, also, reportedly"))
_ONE_CASUALTY_VERBS = frozenset(
    _split("died, dies, drowned, killed, shot, wounded, injured, perished, suffocated")
)


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        self.toks = _tokenise(text)

    # -- helpers --------------------------------------------------------------------------

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.low if t else ""

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j touch (no whitespace between)."""
        a, b = self.tok(i), self.tok(j)
        return bool(a and b and a.end == b.start)

    def glued_to_name(self, i: int) -> bool:
        """A numeral that is part of a name or link: COVID-19, F-16, G7, @user1, /path/2."""
        t = self.toks[i]
        before = self.text[t.start - 1] if t.start else " "
        if (
            before.isupper()
            and _THOUSANDS.fullmatch(t.text)
            and (t.start < 2 or not self.text[t.start - 2].isalnum())
        ):
            # "pay M5,000 (about $280)": a currency's letter before thousands, an amount.
            return False
        if before.isalpha() or before in "_@/#.:\\'\u2019":
            return True
        if before in "-\u2010" and t.start >= 2 and self.text[t.start - 2].isalpha():
            return True
        after = self.text[t.end] if t.end < len(self.text) else " "
        return after in "_@/:" and t.end + 1 < len(self.text) and self.text[t.end + 1].isalnum()

    def one_dead(self, j: int) -> bool:
        """ "one protester, a 19-year-old student, had died", "one man was killed": a lone
        "one" whose noun (and its apposition) is the subject of a death or an injury."""
        word = self.low(j)
        k = j + (
            word.isalpha() and word not in _ONE_AUXILIARIES and word not in _ONE_CASUALTY_VERBS
        )
        if self.low(k) == ",":
            # An apposition between the noun and its verb, up to its closing comma.
            close = next((m for m in range(k + 1, k + 10) if self.low(m) in (",", ".")), None)
            if close is None or self.low(close) != ",":
                return False
            k = close + 1
        while self.low(k) in _ONE_AUXILIARIES:
            k += 1
        return self.low(k) in _ONE_CASUALTY_VERBS

    # -- numbers --------------------------------------------------------------------------

    def number_words(self, i: int) -> tuple[Decimal, int, bool] | None:
        """Parse "two hundred and fifty thousand", "twenty-five", "a million" from token i."""
        total = 0
        current = 0
        seen = False
        scaled = False
        j = i
        if self.low(j) in ("a", "an") and self.low(j + 1) in (
            "hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
        ):
            current = 1
            j += 1
            seen = True
        while True:
            t = self.tok(j)
            if t is None or t.kind != "word":
                break
            parts = t.low.split("-")
            if all(p in UNITS or p in TENS for p in parts) and len(parts) <= 2:
                if seen and current % 100 and not (current % 10 == 0 and parts[0] in UNITS):
                    break
                current += sum(UNITS.get(p, TENS.get(p, 0)) for p in parts)
                seen = True
            elif t.low == "hundred" and seen:
                current = (current or 1) * 100
            elif t.low in SCALES and seen:
                total += (current or 1) * SCALES[t.low]
                current = 0
                scaled = True
            elif (
                t.low == "and"
                and seen
                and (current >= 100 or total)
                and self.tok(j + 1)
                and self.tok(j + 1).low.split("-")[0] in {**UNITS, **TENS}
            ):
                pass
            else:
                break
            j += 1
        if not seen:
            return None
        if self.low(j - 1) == "and":
            j -= 1
        return Decimal(total + current), j, scaled

    def numeral(self, i: int) -> tuple[Decimal, int, str, bool] | None:
        """A digit numeral at token i with its scale: (value, next index, kind, scaled)."""
        t = self.toks[i]
        if t.kind != "num" or self.glued_to_name(i):
            return None
        suffix = t.suffix.lower()
        value = Decimal(t.text.replace(",", ""))
        kind = "number"
        scaled = False
        if suffix in ("st", "nd", "rd", "th", "am", "pm", "h", "s"):
            return None
        if suffix == "%":
            kind = "percent"
        elif suffix in SUFFIX_SCALES:
            if suffix == "m" and not self.currency_before(i):
                return None
            value *= SUFFIX_SCALES[suffix]
            scaled = True
        j = i + 1
        if suffix in ("", "%") and self.low(j) in SCALES and kind == "number":
            value *= SCALES[self.low(j)]
            scaled = True
            j += 1
        if kind == "number" and (
            self.low(j) in ("percent", "pc") or (self.low(j) == "per" and self.low(j + 1) == "cent")
        ):
            kind = "percent"
            j += 2 if self.low(j) == "per" else 1
        return value, j, kind, scaled

    def currency_before(self, i: int) -> str:
        prev = self.tok(i - 1)
        if (
            prev
            and prev.kind == "punct"
            and prev.text in CURRENCIES
            and prev.end == self.toks[i].start
        ):
            return CURRENCIES[prev.text]
        return ""

    def simple(self, i: int) -> _Quantity | None:
        """One number: numeral, number words, a dozen, a fraction, a vague plural, twice."""
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "num":
            parsed = self.numeral(i)
            if parsed is None:
                return None
            value, j, kind, scaled = parsed
            return _Quantity(value, None, None, j, kind, scaled=scaled)
        if t.kind != "word":
            return None
        w = t.low
        nxt = self.low(i + 1)
        # Vague plurals: "dozens of", "hundreds", "tens of thousands".
        if w in VAGUE_OF and nxt == "of" and self.low(i + 2) in ("thousands", "millions"):
            base = VAGUE_OF[w] * (1_000 if self.low(i + 2) == "thousands" else 1_000_000)
            return _Quantity(
                None, Decimal(2 * base), Decimal(10 * base - 1), i + 3, "vague", qualifier="about"
            )
        if w in VAGUE and (nxt == "of" or w != "scores"):
            low, high = VAGUE[w]
            return _Quantity(None, Decimal(low), Decimal(high), i + 1, "vague", qualifier="about")
        if w == "twice":
            return _Quantity(Decimal(2), None, None, i + 1, "times", unit="times")
        # "a dozen", "two dozen"
        if w in ("a", "an") and nxt == "dozen":
            return _Quantity(Decimal(12), None, None, i + 2, "number")
        # An ordinal that counts: "for a third meeting", "for a second year" (3, 2); "passed a
        # second inspection".
        if (
            w in ("a", "an")
            and (
                self.low(i - 1) == "for"
                or (
                    nxt in ORDINAL_COUNTS and nxt != "second" and self.low(i + 2) in _COUNTED_EVENTS
                )
                or (nxt == "second" and self.low(i + 2) in _COUNTED_EVENTS)
            )
            and nxt in ORDINAL_COUNTS
            and self.tok(i + 2) is not None
            and self.toks[i + 2].kind == "word"
            and self.low(i + 2) not in STOP
        ):
            return _Quantity(Decimal(ORDINAL_COUNTS[nxt]), None, None, i + 2, "number")
        # "won on the seventh count", "in the second round": the count of counts.
        if w in ORDINAL_COUNTS and (_counted_round(self, i) or _counted_since(self, i)):
            return _Quantity(Decimal(ORDINAL_COUNTS[w]), None, None, i + 1, "number")
        # Fractions: "half of", "a third of", "two-thirds", "three quarters of".
        frac = self.fraction(i)
        if frac is not None:
            return frac
        # "one in five"
        words = self.number_words(i)
        if words is None:
            return None
        value, j, scaled = words
        if value == 1 and j == i + 1 and w == "one" and self.low(i - 1) in ("no", "any", "every"):
            # "no one had died", "anyone": a pronoun, no count.
            return None
        if self.low(j) == "dozen":
            value *= 12
            j += 1
        # A lone "one" or "a" is an article, not a count ("one resident told AP").
        if value == 1 and j == i + 1 and w == "one" and not self.is_duration(i):
            return _Quantity(value, None, None, j, "number", qualifier="weak")
        if self.low(j) in ("percent", "pc") or (self.low(j) == "per" and self.low(j + 1) == "cent"):
            j += 2 if self.low(j) == "per" else 1
            return _Quantity(value, None, None, j, "percent", scaled=scaled)
        return _Quantity(value, None, None, j, "number", scaled=scaled)

    def is_duration(self, i: int) -> bool:
        """A lone "one" that is a span of time: "for one year", "within one month"."""
        return self.low(i - 1) in ("for", "within") and self.low(i + 1) in TIME_SPANS

    def fraction(self, i: int) -> _Quantity | None:
        w = self.low(i)
        parts = w.split("-")
        # "two-thirds", "three-quarters"
        if len(parts) == 2 and parts[0] in UNITS and parts[1] in FRACTIONS:
            value = UNITS[parts[0]] * FRACTIONS[parts[1]]
            return _Quantity(_round(value), None, None, i + 1, "fraction")
        if w in ("a", "an", "one") and self.low(i + 1) in FRACTIONS and self.low(i + 1) != "half":
            after = self.tok(i + 2)
            if (
                w in ("a", "an")
                and self.low(i + 1) in ORDINAL_COUNTS
                and after is not None
                and after.kind == "word"
                and after.low not in STOP
                and not _is_plural(after.low)
            ):
                # "A third defendant was acquitted": the third of them, not a share.
                return _Quantity(
                    Decimal(ORDINAL_COUNTS[self.low(i + 1)]), None, None, i + 2, "number"
                )
            return _Quantity(_round(FRACTIONS[self.low(i + 1)]), None, None, i + 2, "fraction")
        if (
            w in UNITS
            and w not in ("one", "zero")
            and self.low(i + 1) in FRACTIONS
            and (self.low(i + 1).endswith("s"))
        ):
            value = UNITS[w] * FRACTIONS[self.low(i + 1)]
            return _Quantity(_round(value), None, None, i + 2, "fraction")
        if w == "half" and self.low(i + 1) == "of":
            return _Quantity(Decimal("0.5"), None, None, i + 1, "fraction")
        if w in ("a", "one") and self.low(i + 1) == "half" and self.low(i + 2) == "of":
            return _Quantity(Decimal("0.5"), None, None, i + 2, "fraction")
        # "one in five", "1 in 4"
        first = UNITS.get(w) if self.toks[i].kind == "word" else None
        if self.toks[i].kind == "num" and not self.toks[i].suffix and "." not in self.toks[i].text:
            # "magnitude 5.8 in 2011": a decimal begins no ratio.
            first = int(Decimal(self.toks[i].text.replace(",", "")))
        # "on February 13 in 37 municipalities": the day of a date begins no ratio.
        if first and self.low(i + 1) == "in" and self.low(i - 1) not in MONTHS:
            t2 = self.tok(i + 2)
            second = None
            if t2 and t2.kind == "word" and t2.low in {**UNITS, **TENS}:
                second = UNITS.get(t2.low, TENS.get(t2.low))
            elif (
                t2
                and t2.kind == "num"
                and not t2.suffix
                and "," not in t2.text
                # "killed 12 in 2019": a year is no ratio's whole.
                and not (len(t2.text) == 4 and 1800 <= int(Decimal(t2.text)) <= 2100)
            ):
                second = int(Decimal(t2.text))
            if second and second > first and second < 1_000_000:
                return _Quantity(_round(Decimal(first) / second), None, None, i + 3, "fraction")
        return None

    def quantity(self, i: int) -> _Quantity | None:
        """A number possibly followed by a range: "10-15", "10 to 15", "two or three"."""
        first = self.fraction(i) if self.tok(i) and self.toks[i].kind == "num" else None
        if first is not None:
            return first
        first = self.simple(i)
        if first is None or first.value is None or first.kind not in ("number", "percent"):
            return first
        if (
            first.kind == "number"
            and not first.scaled
            and self.low(first.end) == "and"
            and self.low(first.end + 1) in ("a", "one")
            and self.low(first.end + 2) == "half"
            and self.low(first.end + 3) != "of"
        ):
            # "six and a half years": the half belongs to the number; "two and a half million".
            scale = (
                SCALES.get(self.low(first.end + 3))
                if self.low(first.end + 3) != "hundred"
                else None
            )
            value = first.value + Decimal("0.5")
            if scale:
                return _Quantity(value * scale, None, None, first.end + 4, "number", scaled=True)
            return _Quantity(value, None, None, first.end + 3, "number")
        j = first.end
        sep = self.tok(j)
        if sep and (
            (
                sep.text in ("-", "\u2013", "—")
                and self.adjacent(j - 1, j)
                and self.adjacent(j, j + 1)
            )
            or (
                sep.low == "to"
                and self.low(i - 1) != "from"
                # "rose by 5 to 54" is a change; "struck by three to four cyclones" a range.
                and not (self.low(i - 1) == "by" and self.low(i - 2) in CHANGE_VERBS)
            )
        ):
            second = self.simple(j + 1)
            if (
                second is not None
                and second.value is not None
                and second.kind in ("number", "percent")
                # "weakened 0.4% to 1.41 per dollar": a share then a level, no range.
                and not (first.kind == "percent" and second.kind != "percent")
            ):
                low, high = first.value, second.value
                if second.scaled and not first.scaled:
                    scale = second.value / max(Decimal(1), self._unscaled(j + 1))
                    if low * scale > high:
                        # "in the first ten months of 2026 to 26.8 million": a year, then the
                        # level reached; "2 to 3 million" shares its scale.
                        return first
                    low *= scale
                if low < high:
                    kind = "percent" if "percent" in (first.kind, second.kind) else "number"
                    return _Quantity(None, low, high, second.end, kind)
        return first

    def _unscaled(self, i: int) -> Decimal:
        t = self.toks[i]
        if t.kind == "num":
            return Decimal(t.text.replace(",", ""))
        words = self.number_words(i)
        if words is None:
            return Decimal(1)
        # Parse only the part before the scale word.
        j = i
        while self.low(j) not in SCALES or self.low(j) == "hundred":
            j += 1
            if j > words[1]:
                return Decimal(1)
        sub = _Scanner(self.text[self.toks[i].start : self.toks[j].start])
        parsed = sub.number_words(0)
        return parsed[0] if parsed else Decimal(1)

    # -- context --------------------------------------------------------------------------

    def qualifier_before(self, i: int) -> tuple[str, int] | None:
        """A qualifier phrase ending right before token i: (qualifier, its first index)."""
        if self.low(i - 1) in ("another", "further", "additional") and i > 1:
            # "for at least another ten days", "up to a further 200": the qualifier before.
            before = i - 1
            if self.low(i - 1) != "another" and self.low(i - 2) in ("a", "an"):
                before -= 1
            found = self.qualifier_before(before)
            if found is not None:
                return found
        for words, qualifier in QUALIFIERS_BY_LAST_WORD.get(self.low(i - 1), ()):
            n = len(words)
            if i - n >= 0 and all(self.low(i - n + k) == words[k] for k in range(n)):
                if words == ("under",) and _UNDER_WHAT & {self.low(i + 1), self.low(i + 2)}:
                    # "running under 14 emergency decrees": by them, not fewer than them.
                    return None
                return qualifier, i - n
        return None

    def is_date_or_year(self, i: int, q: _Quantity) -> bool:
        t = self.toks[i]
        if t.kind != "num" or q.kind != "number" or q.end != i + 1 or q.value is None:
            return False
        prev = self.low(i - 1)
        prev2 = self.low(i - 2)
        nxt = self.low(i + 1)
        whole = "," not in t.text and "." not in t.text
        # Day of a date: "November 11", "11 November", "Nov. 11".
        if (
            whole
            and 1 <= q.value <= 31
            and (
                prev in MONTHS
                or nxt in MONTHS
                or (prev == "." and prev2 in MONTHS)
                or (nxt == "of" and self.low(i + 2) in MONTHS)
                # "October 14 and 15", "14 and 15 October": the second day too.
                or (
                    prev in ("and", "or", "to")
                    and self.tok(i - 2) is not None
                    and self.toks[i - 2].kind == "num"
                    and self.low(i - 3) in MONTHS
                )
                or (nxt in ("and", "or") and self.low(i + 3) in MONTHS)
            )
        ):
            return True
        # Clock times "10:30", "6 a.m.", "9 o'clock" and labels "Article 5".
        if nxt == ":" and self.adjacent(i, i + 1):
            return True
        if (nxt in ("a", "p") and self.low(i + 2) == "." and self.low(i + 3) == "m") or (
            nxt == "o'clock"
        ):
            return True
        # Ages: "Eleni Papadaki, 72, who …", "people aged over 65".
        if whole and q.value < 120:
            if (
                prev == ","
                and self.tok(i - 2) is not None
                and self.toks[i - 2].kind == "word"
                and self.toks[i - 2].text[0].isupper()
                and nxt in (",", ".", ")", "")
            ):
                return True
            if "aged" in (prev, prev2, self.low(i - 3)):
                return True
            # Bare ages in apposition to people: "Two fishermen, 40 and 52, drowned",
            # "a driver, 29, was hurt".
            if self._bare_age(i, prev, nxt):
                return True
            # "All of those who died were over 70 and …": an age said of people, nothing counted.
            if (
                prev in ("over", "under")
                and prev2 in ("were", "was", "are", "is")
                and nxt in ("and", ",", ".", ";", "")
            ):
                return True
            # An age that is no one's: "raising the retirement age to 67", "the age of 18".
            if prev == "age" or (prev in ("to", "of", "at", "from") and prev2 == "age"):
                return True
        if prev in LABEL_WORDS and (self.tok(i - 1) and self.toks[i - 1].text[0].isupper()):
            return True
        if prev == "." and prev2 == "no" and self.toks[i - 2].text == "No":
            # "Escondida Workers' Union No. 1": a number's label.
            return True
        if (
            whole
            and len(t.text) == 4
            and 1000 <= q.value < 1800
            and prev in ("the", "in", "of", "since")
            and (nt := self.tok(i + 1)) is not None
            and nt.kind == "word"
            and nt.text[:1].isupper()
            # ("the 1500 Ukrainian workers": a count of them.)
            and not any(
                (k := self.tok(j)) is not None and k.kind == "word" and _is_plural(k.low)
                for j in (i + 2, i + 3)
            )
        ):
            # "the 1733 Spanish treasure fleet": an earlier century's year before a name.
            return True
        if whole and len(t.text) == 4 and 1800 <= q.value <= 2100:
            if prev in MONTHS or prev in DATE_WORDS or prev in (",", "/", "'") or prev.isdigit():
                return True
            nt = self.tok(i + 1)
            if nt and nt.low in _YEAR_VALUED and prev in ("at", "in", "of", "from"):
                # "at 2019 prices", "in 2020 dollars": what a year's money was worth.
                return True
            # A year used as a count needs a plural noun after it ("2000 people").
            return not (
                nt
                and nt.kind == "word"
                and nt.low not in STOP
                and (_is_plural(nt.low) or nt.low in IRREGULAR_PLURALS)
            )
        return False

    def _bare_age(self, i: int, prev: str, nxt: str) -> bool:
        """A number set off by commas after a noun, alone or paired by "and" with another:
        ages, not counts ("Two fishermen, 40 and 52, drowned")."""

        def small(k: int) -> bool:
            t = self.tok(k)
            return t is not None and t.kind == "num" and t.text.isdigit() and int(t.text) < 120

        def noun(k: int) -> bool:
            t = self.tok(k)
            return t is not None and t.kind == "word" and t.low not in STOP

        if prev == ",":
            if nxt == "," and noun(i - 2) and self.toks[i - 2].text[0].islower():
                return True
            return nxt == "and" and noun(i - 2) and small(i + 2) and self.low(i + 3) in (",", ")")
        return (
            prev == "and"
            and nxt in (",", ")")
            and small(i - 2)
            and self.low(i - 3) == ","
            and noun(i - 4)
        )

    def unit_after(self, j: int, q: _Quantity) -> tuple[str, int]:
        """What is counted: the noun phrase after the number; returns (unit, next index)."""
        words: list[_Tok] = []
        k = j
        of = False
        if self.low(k) == "of" and q.kind in ("fraction", "percent", "vague", "number"):
            # "a third of the population" keeps its "of"; "dozens of people" counts people.
            of = q.kind in ("fraction", "percent")
            k += 1
            # determiners belong to an "of …" phrase
            while self.low(k) in (
                "the",
                "its",
                "their",
                "all",
                "those",
                "these",
                "his",
                "her",
                "our",
                "a",
                "an",
                "this",
                "that",
            ):
                words.append(self.toks[k])
                k += 1
        start_k = k
        # "45-year-old": the compound after the hyphen says what is counted.
        if (
            not words
            and self.low(k) in ("-", "\u2010")
            and self.adjacent(k - 1, k)
            and self.adjacent(k, k + 1)
            and self.tok(k + 1).kind == "word"
        ):
            return self.toks[k + 1].text, k + 2
        while len(words) < 5:
            t = self.tok(k)
            if t is None or t.kind != "word":
                # keep hyphenated compounds like "year-old" together; stop at other punctuation
                break
            if t.low in STOP and t.low not in ("per",):
                break
            if not words and t.low in VERBS and t.low not in ("killed", "wounded", "injured"):
                # "4 died": what is counted is not said; "died" is what happened to them.
                break
            if t.text[0].isupper() and k > start_k and not words[-1].text[0].isupper():
                break
            words.append(t)
            k += 1
            if _is_plural(t.low) or t.low in IRREGULAR_PLURALS:
                break
            nt = self.tok(k)
            if nt is None or nt.kind != "word" or nt.low in STOP or _is_verb(nt.low):
                break
        # Drop trailing determiners: "half of the" → nothing counted.
        while words and words[-1].low in STOP:
            words.pop()
            k -= 1
        if not words:
            return "", j
        unit = self.text[words[0].start : words[-1].end]
        if of:
            unit = "of " + unit
        return unit, k


VERBS = frozenset(
    _split(
        r"""
    die, died, dies, remain, remains, live, lives, went, go, got, took, take, made, make, came,
    come, fled, flee, left, leave, lost, lose, saw, see, fell, fall, rose, rise, grew, grow,
    ran, run, won, win, gave, give, voted, vote, need, needs, want, wants, stood, stand, face,
    faces, work, works, arrived, returned, killed, wounded, injured
    """
    )
)


def _is_verb(word: str) -> bool:
    """A word that ends a counted noun phrase: "one person died", "12 people were killed"."""
    return word in VERBS or (word.endswith("ed") and len(word) > 4)


def _is_plural(word: str) -> bool:
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "ics"))
    )


# People an age is said of: "babies under two months".
# Words after a number that make "under five" a quantity of something, not an age.
UNITS_OF_TIME_AND_MEASURE = frozenset(
    _split("percent, per, %, kilometres, km, metres, tonnes, kg, hours, minutes, days, dollars")
)
_AGE_PEOPLE = frozenset(
    _split("babies, baby, infants, children, child, adults, people, patients, women, men, girls")
    + _split("boys, pensioners, residents, those, anyone, everyone")
)
# What an ordinal counts after "a": "passed a second inspection", "a third quarantine".
_COUNTED_EVENTS = frozenset(
    _split("inspection, inspections, quarantine, outbreak, strike, attack, wave, lockdown")
    + _split("recount, referendum, election, vote, term, audit, review, elections")
    + _split("accident, crash, fire, blast, explosion, spill, derailment, collapse, flood")
    + _split("time, outbreak, epidemic")
)


def _counted_since(scanner: _Scanner, i: int) -> bool:
    """ "the third parliamentary election since 2020": an ordinal counting events since a time."""
    before = scanner.low(i - 1)
    # "the carrier's second accident this year": an owner's count too.
    if before not in ("the", "its", "their") and not before.endswith(("'s", "’s")):
        return False
    if scanner.low(i + 1) in ("year", "month", "quarter", "week") and (
        scanner.low(i + 2) in ("of", "running")
        or (scanner.low(i + 2), scanner.low(i + 3)) == ("in", "a")
    ):
        # "the second year of decline", "the third month running": a count of them.
        return True
    for k in range(i + 1, i + 4):
        if scanner.low(k) in _COUNTED_EVENTS:
            after = [scanner.low(k + n) for n in range(1, 7)]
            # "since 2019", "this year", "in a decade", "in five years"; a place between
            # ("the second typhoid outbreak in the capital this year").
            return (
                after[0] == "since"
                or tuple(after[:2]) in (("this", "year"), ("in", "a"))
                or (after[0] == "in" and after[1] in UNITS)
                or (after[0] == "in" and ("this", "year") in pairwise(after[2:]))
            )
    return False


def _counted_round(scanner: _Scanner, i: int) -> bool:
    """ "won on the seventh count", "in the second round": an ordinal counting rounds."""
    return (
        scanner.low(i - 1) == "the"
        and scanner.low(i - 2) in ("on", "in", "after")
        and scanner.low(i + 1) in ("count", "round", "ballot")
    )


_COMPOUND_MEASURE = re.compile(
    r"\d[\d,.]*-(?:storey|story|floor|kilogram|kilo|kg|litre|liter|metre|meter|tonne|ton|"
    r"seat|member|bed|mile|km|kilometre|kilometer|inch|foot|gram|hectare|acre|euro|dollar|cent|"
    r"pound|pence|rupee|yen|hryvnia)\b",
    re.I,
)
_TECHNOLOGY = re.compile(r"\d[DGK]")
_TECHNOLOGY_AFTER = re.compile(r"[DGK]\b|(?:ère|ème|er|re|e)\b")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# What a year's money is worth in: "at 2019 prices", "in 2020 dollars".
_YEAR_VALUED = frozenset(("prices", "values", "dollars", "euros", "pounds", "terms", "levels"))
# Thousands grouped by commas, "150,000": an amount, never a model's or a name's number.
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_LETTERS = re.compile(r"[a-z]+")
# Any of these words (or a digit) may start a figure; most sentences have none.
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | STARTERS | {
    "dozen", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
    *ORDINAL_COUNTS,
}  # fmt: skip


_NOT_A_NAME = frozenset(w.lower() for w in MONTHS) | frozenset(
    _split("monday, tuesday, wednesday, thursday, friday, saturday, sunday, no, nos, page, pages")
)


_NUMBERED = frozenset(_split("level, category, stage, phase, grade, article, section, paragraph"))


def _named_by_number(scanner: _Scanner, i: int) -> bool:
    """Whether the word at token i is a capitalised number word that opens a name inside
    the sentence: "Seven Mile Trust", "Three Rivers Hospital" (not "Seven people died")."""
    toks = scanner.toks
    tok = toks[i]
    if tok.kind != "word" or not tok.text[:1].isupper() or i < 1 or i + 1 >= len(toks):
        return False
    if tok.text.lower() not in UNITS and tok.text.lower() not in TENS:
        return False
    before, after = toks[i - 1], toks[i + 1]
    # Mid-sentence (not after a full stop, a colon or an opening quotation), and a capitalised
    # word after it that is no unit: "…, Seven Mile Trust".
    return (
        before.text not in (".", ":", "“", '"', "‘", "—")
        and after.kind == "word"
        and after.text[:1].isupper()
        and after.text.lower() not in MONTHS
    )


def _designation(scanner: _Scanner, i: int) -> bool:
    """Whether the number at token i is part of a name: a digit right after a capitalised
    word that does not open the sentence, nor is a month or a weekday."""
    toks = scanner.toks
    if toks[i].kind != "num":
        return False
    if _TECHNOLOGY.fullmatch(scanner.text, toks[i].start, toks[i].end) or _TECHNOLOGY_AFTER.match(
        scanner.text, toks[i].end
    ):
        # "3D scans", "5G masts", "4K screens": a technology's name; "NC la 1ère": a name's
        # French ordinal.
        return True
    if i < 1 or toks[i - 1].kind != "word":
        return False
    if toks[i - 1].text.lower().endswith("virus") and "." not in toks[i].text:
        # "enterovirus 71", "coronavirus 229E": a strain's name.
        return True
    word = toks[i - 1].text
    if word in _NUMBERED and scanner.low(i + 1) not in ("%", "percent", "per"):
        # "an orange level 6 warning", "a category 4 storm": a rank on a scale.
        return True
    if (
        word in ("France", "Rai", "Canal", "Kanal", "TVP", "Channel")
        and "." not in toks[i].text
        # ("In France 3 people died": a count of them.)
        and not _is_plural(scanner.low(i + 1))
        and scanner.low(i + 1) not in IRREGULAR_PLURALS
    ):
        # "France 3 reported": a broadcaster's channel, even opening the sentence.
        return True
    if i < 2:
        return False
    if not word[:1].isupper() or word.lower() in _NOT_A_NAME:
        return False
    if "%" in scanner.text[toks[i].start : toks[i].end + 1] or scanner.low(i + 1) in (
        "percent",
        "per",
    ):
        # "had given the Liberal Alliance 31% of the vote": a share after a party's name.
        return False
    if _THOUSANDS.fullmatch(toks[i].text):
        # "relief of Nu 150,000": thousands grouped are an amount, never a model's number.
        return False
    if word.isupper() and (len(word) < 3 or toks[i - 2].kind != "word"):
        # "a Fiji Airways ATR 72": a model's letters after a name; "UN 5" or "TV 2" alone
        # are no model.
        return False
    before = toks[i - 2]
    # A capital after a full stop, a colon or a quotation opens a sentence or a list.
    return before.kind == "word" or before.text in (",", "(")


def extract_figures(text: str) -> list[Figure]:
    """Every quantity in ``text``, in order, with the offsets of the phrase it was read from.

    Ukrainian text is read by ``articles.figures_uk`` (number words, decimal
    commas, multipliers such as *тисяч* and *млн*).
    """
    if not text.isascii() and is_ukrainian(text):
        return extract_figures_uk(text)
    if not _DIGIT.search(text) and _NUMBER_WORDS.isdisjoint(_LETTERS.findall(text.lower())):
        return []
    scanner = _Scanner(text)
    toks = scanner.toks
    figures: list[Figure] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "punct" and t.text not in CURRENCIES:
            i += 1
            continue
        if (
            t.kind == "word"
            and t.low not in UNITS
            and t.low not in TENS
            and t.low not in STARTERS
            and "-" not in t.low
            and not (
                t.low in ORDINAL_COUNTS
                and (_counted_round(scanner, i) or _counted_since(scanner, i))
            )
        ):
            i += 1
            continue
        q_start = i
        qualifier = None
        # "No deaths have been reported": zero, said in words.
        if t.low == "no" and scanner.low(i + 1) in ZERO_NOUNS:
            unit = toks[i + 1].text
            figures.append(
                Figure(
                    Decimal(0),
                    None,
                    None,
                    "exact",
                    unit,
                    t.start,
                    toks[i + 1].end,
                    text[t.start : toks[i + 1].end],
                )
            )
            i += 2
            continue
        # "between 10 and 15"
        if t.low == "between":
            first = scanner.quantity(i + 1)
            if first and first.value is not None and scanner.low(first.end) == "and":
                second = scanner.quantity(first.end + 1)
                if second and second.value is not None:
                    low, high = first.value, second.value
                    if second.scaled and not first.scaled:
                        unscaled = scanner._unscaled(first.end + 1)
                        if unscaled and low * (second.value / unscaled) <= high:
                            low *= second.value / unscaled
                    if low < high and (
                        scanner.low(i - 1) == "aged"
                        # "between 2015 and 2024": a span of years, a date.
                        or (
                            _YEAR.fullmatch(toks[i + 1].text)
                            and _YEAR.fullmatch(toks[first.end + 1].text)
                            and second.end == first.end + 2
                        )
                    ):
                        # "The patients, aged between 2 and 91, …": a range of ages.
                        i = second.end
                        continue
                    if low < high:
                        q = _Quantity(None, low, high, second.end, second.kind)
                        figures.append(_figure(scanner, q_start, q, "exact"))
                        i = _last_index(scanner, q_start, figures[-1]) + 1
                        continue
            i += 1
            continue
        currency = ""
        if t.kind == "punct":  # a currency sign
            if i + 1 < n and toks[i + 1].kind == "num" and scanner.adjacent(i, i + 1):
                currency = CURRENCIES[t.text]
                q = scanner.quantity(i + 1)
                if (
                    t.text == "$"
                    and i
                    and scanner.adjacent(i - 1, i)
                    and (toks[i - 1].text in DOLLAR_PREFIXES)
                ):
                    # "A$6 million", "US$2 billion": the country's letters belong to the sum.
                    q_start = i - 1
            else:
                i += 1
                continue
        elif _designation(scanner, i):
            # "a Dash 8-100", "Boeing 737", "Flight 302": a number in a name counts nothing.
            named = scanner.quantity(i)
            i = named.end if named else i + 1
            continue
        elif _named_by_number(scanner, i):
            # "The bank, Seven Mile Trust, found …": a number word inside a name.
            i += 1
            while i < n and toks[i].kind == "word" and toks[i].text[:1].isupper():
                i += 1
            continue
        else:
            q = scanner.quantity(i)
        if q is None:
            i += 1
            continue
        num_index = i + 1 if currency else i
        if q.value is None and scanner.low(num_index - 1) == "aged":
            # "students aged 17 to 24": a range of ages.
            i = q.end
            continue
        if (
            q.value is not None
            and q.value < 120
            and scanner.low(num_index - 1) in ("under", "over", "below", "above")
            and scanner.low(num_index - 2) in _AGE_PEOPLE
            and scanner.low(q.end) not in UNITS_OF_TIME_AND_MEASURE
        ):
            # "Children under five account for 87%": an age bound of people, nothing counted.
            i = q.end
            continue
        if scanner.is_date_or_year(num_index, q):
            i = q.end
            continue
        found = scanner.qualifier_before(q_start)
        if found is not None:
            qualifier, q_start = found
            if scanner.low(q_start) == "some" and toks[num_index].kind != "num":
                qualifier, q_start = None, i
        if q.qualifier == "weak":
            if qualifier is None and not scanner.one_dead(q.end):
                i = q.end
                continue
            q.qualifier = None
        if currency:
            unit = currency
            end = q.end
            # "$3 billion in aid" — the currency is the unit; nothing more to read.
        elif scanner.low(num_index - 1) == "magnitude":
            # "an earthquake of magnitude 6.4 near Durrës": a quake's strength, no count.
            unit, end = "magnitude", q.end
        elif q.unit:
            unit, end = q.unit, q.end
        else:
            unit, end = scanner.unit_after(q.end, q)
        if q.kind == "percent":
            unit = "%" + (" " + unit if unit else "")
        elif q.kind == "fraction" and not unit:
            unit = "fraction"
        elif q.kind == "fraction" and not unit.startswith("of "):
            unit = "of " + unit
        if (
            qualifier == "more_than"
            and scanner.low(q_start) == "over"
            and unit in _SPAN_UNITS
            and scanner.low(q_start - 1) not in _OVER_IS_MORE
        ):
            # "due to take place over three days": during them, not more than them.
            qualifier = None
        final_qualifier = qualifier or q.qualifier or "exact"
        figures.append(_figure(scanner, q_start, q, final_qualifier, unit=unit, end_index=end))
        i = max(end, q.end, i + 1)
    # "a 23-storey building", "a 50-kilogram bag", "the 450-seat parliament": a measure
    # joined to its noun describes the thing, it counts nothing.
    return [
        f
        for f in figures
        if not _COMPOUND_MEASURE.fullmatch(f.text)
        and not _age_of_people(text, f)
        # "at five or six weeks old", "a man, 45 years old,": an age, no count.
        and not _AGE_AFTER.match(text, f.end)
    ]


_AGE_AFTER = re.compile(r"(?:\s+(?:or|to)\s+\w+)?(?:\s+(?:days?|weeks?|months?|years?))?\s+old\b")


def _age_of_people(text: str, figure: Figure) -> bool:
    """ "babies under two months", "children over 12 years": an age said of people."""
    before = text[: figure.start].rsplit(None, 1)[-1:]
    return (
        figure.qualifier in ("less_than", "more_than")
        and bool(before)
        and before[0].lower() in _AGE_PEOPLE
        # "children under 10 who had not been vaccinated": no unit, years all the same.
        and figure.unit.split()[:1] in ([], ["months"], ["month"], ["years"], ["weeks"])
    )


def _figure(
    scanner: _Scanner,
    start_index: int,
    q: _Quantity,
    qualifier: str,
    *,
    unit: str | None = None,
    end_index: int | None = None,
) -> Figure:
    if unit is None:
        unit, end_index = scanner.unit_after(q.end, q)
        if q.kind == "percent":
            unit = "%" + (" " + unit if unit else "")
    end_index = max(end_index or q.end, q.end)
    toks = scanner.toks
    start = toks[start_index].start
    end = toks[end_index - 1].end
    # "12.5 per cent" etc. already consumed; a trailing "%" is part of the numeral token.
    value = _round(q.value) if q.value is not None else None
    low = _round(q.low) if q.low is not None else None
    high = _round(q.high) if q.high is not None else None
    return Figure(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        start=start,
        end=end,
        text=scanner.text[start:end],
    )


def _last_index(scanner: _Scanner, start_index: int, figure: Figure) -> int:
    for k in range(start_index, len(scanner.toks)):
        if scanner.toks[k].end >= figure.end:
            return k
    return len(scanner.toks) - 1
