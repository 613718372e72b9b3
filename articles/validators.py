"""The rules every stored text and date obeys, shared by the seed importer and the models.

Pure: no database. The models declare these validators on their fields, so the
admin's forms, the services (``full_clean()``) and anything else that validates a
model apply the same rules; the seed importer checks the same rules on its files.

- **Text** may hold any character except the invisible control characters:
  C0 controls other than tab, line feed and carriage return (a browser sends
  line breaks as CR LF), DEL and the C1 controls. They cannot be seen on a page,
  hide text from search, and XML (RSS, Atom, sitemaps) cannot carry most of them.
- **Dates** lie between 1 January 1900 and a year from today: a source, a claim or a
  piece of evidence from outside that range is a typo (0024 for 2024, 9999-12-31
  for "unknown"). Dates a figure refers to may lie further ahead, since
  predictions name future years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# C0 controls but tab, LF and CR; DEL; the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x0B: "VT",
    0x0C: "FF",
    0x1B: "ESC",
    0x7F: "DEL",
}

EARLIEST_DATE = date(1900, 1, 1)
YEARS_AHEAD = 1
# Forecasts ("by 2050 …") name years far ahead; a figure's date may too.
FIGURE_YEARS_AHEAD = 100


@dataclass(frozen=True)
class ControlCharacter:
    """Where a forbidden control character sits in a text (line and column count from 1)."""

    char: str
    offset: int
    line: int
    column: int

    @property
    def label(self) -> str:
        """``U+001B (ESC)``: the code point, and its short name where it has a common one."""
        code = ord(self.char)
        name = _CONTROL_NAMES.get(code)
        return f"U+{code:04X} ({name})" if name else f"U+{code:04X}"


def find_control_character(text: str) -> ControlCharacter | None:
    """The first control character ``text`` may not hold, or None when it is clean."""
    match = _CONTROL.search(text)
    if match is None:
        return None
    offset = match.start()
    line_start = text.rfind("\n", 0, offset) + 1
    return ControlCharacter(
        char=match.group(),
        offset=offset,
        line=text.count("\n", 0, offset) + 1,
        column=offset - line_start + 1,
    )


def validate_no_control_characters(value: str) -> None:
    """Refuse a text holding a control character other than tab and line breaks."""
    found = find_control_character(value)
    if found is None:
        return
    raise ValidationError(
        _(
            "This text contains an invisible control character, %(char)s, at line %(line)d, "
            "column %(column)d. Remove it: only tabs and line breaks are allowed."
        ),
        code="control_character",
        params={"char": found.label, "line": found.line, "column": found.column},
    )


def years_later(day: date, years: int) -> date:
    """``day`` moved ``years`` years on (29 February becomes 28 February off leap years)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def plausible_date_range(*, years_ahead: int = YEARS_AHEAD, today: date | None = None):
    """The first and last date a stored date may take: 1900-01-01 to ``years_ahead`` on."""
    return EARLIEST_DATE, years_later(today or date.today(), years_ahead)


@deconstructible
class PlausibleDateValidator:
    """Refuse a date before 1900 or more than ``years_ahead`` years from today."""

    message = _("Enter a date between %(earliest)s and %(latest)s.")
    code = "implausible_date"

    def __init__(self, years_ahead: int = YEARS_AHEAD) -> None:
        self.years_ahead = years_ahead

    def __call__(self, value: date) -> None:
        if isinstance(value, datetime):
            value = value.date()
        earliest, latest = plausible_date_range(years_ahead=self.years_ahead)
        if not earliest <= value <= latest:
            raise ValidationError(
                self.message,
                code=self.code,
                params={"earliest": earliest.isoformat(), "latest": latest.isoformat()},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlausibleDateValidator) and self.years_ahead == other.years_ahead

    def __hash__(self) -> int:
        return hash((type(self), self.years_ahead))


validate_plausible_date = PlausibleDateValidator()
validate_plausible_figure_date = PlausibleDateValidator(years_ahead=FIGURE_YEARS_AHEAD)
