"""Figures in Ukrainian prose: "щонайменше 27 людей", "50 тисяч гривень", "трьома ракетами".

Pure Python, no database; ``articles.figures.extract_figures`` hands Ukrainian
text here and returns the same ``Figure`` values.

* numbers as digits with a decimal comma (*1,5 млн*), a space between thousands
  (*1 240*, *16 870*: plain, non-breaking or thin), or a percent sign (*7,5%*, *13
  відсотків*);
* numbers as words in any case, cardinal and collective (*три*, *трьома*,
  *двадцять п'ять*, *четверо*, *шестеро*), and *вдвічі*, *втричі* as times;
* multipliers *тисяча* (*тис.*), *мільйон* (*млн*), *мільярд* (*млрд*),
  *трильйон* (*трлн*) in any form;
* ranges *10–15*, *від 10 до 15*; vague plurals *десятки*, *сотні*, *тисячі*,
  *десятки тисяч* as ranges, qualified *about*;
* qualifiers: *щонайменше*, *принаймні*, *не менше* (at least); *понад*,
  *більше ніж*, *більш як* (more than); *до*, *не більше*, *максимум* (at
  most — but *зросла до шести* is an exact new value, *щонайменше до 25 тисяч*
  at least, and *загрожує до 12 років* the law's maximum); *менше ніж*, *менш як*
  (less than); *близько*, *приблизно*, *майже*, *орієнтовно* (about);
* money: *гривень*, *грн*, *₴*, *доларів*, *$*, *євро*, *€* as the unit.

Not figures: dates (*1 вересня*, *2024 року*, *у 2022-му*), clock times (*о
14:30*), ages (*67-річна*, *Оксана, 41 рік*, *віком 72 роки*), labels (*№ 5*, *статтею 325*),
ordinals (*7-й*) and compound adjectives (*п'ятиповерхового*, *10-денний*).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from articles import morphology

__all__ = ["extract_figures_uk", "is_ukrainian"]

_CYRILLIC = re.compile(r"[а-яіїєґ]", re.I)
_LATIN = re.compile(r"[a-z]", re.I)


@lru_cache(maxsize=16384)
def is_ukrainian(text: str) -> bool:
    """Whether ``text`` is written mostly in Cyrillic (asked of each sentence several times)."""
    cyrillic = len(_CYRILLIC.findall(text))
    return cyrillic > 0 and cyrillic >= len(_LATIN.findall(text))


# Thousands apart by a space of any width (*1 240*, *16 870*); a plain space only between a
# group of one to three digits and groups of exactly three ("у 2024 році 150" stays two).
_TOKEN = re.compile(
    r"(?P<num>(?:\d{1,3}(?: \d{3}(?![\d\-–]))+|\d+(?:[\u00a0\u202f\u2009]\d{3})*)(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’ʼ][^\W\d_]+)*)"
    r"|(?P<punct>[^\s\w])"
)

_MULTIPLIERS = {
    "тисяча": 1_000, "тисячі": 1_000, "тисяч": 1_000, "тисячу": 1_000, "тисячею": 1_000,
    "тисячам": 1_000, "тисячами": 1_000, "тисячах": 1_000, "тис": 1_000,
    "мільйон": 1_000_000, "мільйона": 1_000_000, "мільйони": 1_000_000,
    "мільйонів": 1_000_000, "мільйону": 1_000_000, "мільйонам": 1_000_000,
    "мільйонами": 1_000_000, "мільйонах": 1_000_000, "млн": 1_000_000,
    "мільярд": 1_000_000_000, "мільярда": 1_000_000_000, "мільярди": 1_000_000_000,
    "мільярдів": 1_000_000_000, "мільярду": 1_000_000_000, "млрд": 1_000_000_000,
    "трильйон": 10**12, "трильйона": 10**12, "трильйони": 10**12, "трильйонів": 10**12,
    "трлн": 10**12,
}  # fmt: skip
# "десятки людей", "сотні", "тисячі" (without a number before), "десятки тисяч".
_VAGUE = {
    "десятки": (20, 99), "десятків": (20, 99), "десятками": (20, 99),
    "сотні": (200, 999), "сотень": (200, 999), "сотнями": (200, 999),
    "тисячі": (2_000, 9_999), "тисяч": (2_000, 9_999), "тисячами": (2_000, 9_999),
    "мільйони": (2_000_000, 999_999_999), "мільйонів": (2_000_000, 999_999_999),
}  # fmt: skip
# One and a half, and a lone thousand, million or billion (the singular forms only: "тисячі"
# alone is thousands, vaguely).
_HALF_MORE = frozenset(("півтора", "півтори"))
_LONE_MULTIPLIERS = frozenset(
    ("тисяча", "тисячу", "тисячею", "мільйон", "мільйона", "мільйону", "мільярд", "мільярда")
)
_TIMES = {"вдвічі": 2, "удвічі": 2, "втричі": 3, "утричі": 3, "вчетверо": 4, "учетверо": 4}
_PERCENT_WORDS = ("відсот",)
_MONEY = {
    "гривня": "гривень", "гривні": "гривень", "гривень": "гривень", "гривню": "гривень",
    "гривнями": "гривень", "грн": "гривень", "долар": "доларів", "долари": "доларів",
    "доларів": "доларів", "доларах": "доларів", "дол": "доларів", "євро": "євро",
    "фунтів": "фунтів", "рублів": "рублів",
}  # fmt: skip
_CURRENCY_SIGNS = {"₴": "гривень", "$": "доларів", "€": "євро", "£": "фунтів"}
_MONTHS = frozenset(
    [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ]
)
# The months in any case: "у березні", "по березень", "до березня".
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_STEMS = (
    "січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листопад",
    "груд",
)  # fmt: skip
# The endings of an ordinal written in digits: "11-та", "5-й", "3-тє".
_ORDINAL_ENDINGS = frozenset(["й", "та", "тя", "те", "тє", "ий", "а", "е", "ше", "га", "ге"])
_YEAR_WORDS = frozenset(["рік", "року", "році", "роком", "роки", "років", "роках", "р", "рр"])
_AGE_WORDS = frozenset(["рік", "роки", "років", "року"])
# Who is counted by an age under which they fall: "дітей до п'яти років".
_YOUNG_PEOPLE = frozenset(
    ["дітей", "дітям", "дітьми", "діти", "малюків", "малюкам", "немовлят", "підлітків"]
)
# The harmed, in the dative plural before their ages (*Загиблим — 38 і 51 рік*).
_HARMED_STEMS = ("потерпіл", "постраждал", "поранен", "травмован", "затриман", "засуджен")
_WHOSE_AGE = frozenset(["якій", "якому", "яким", "йому", "їй", "їм"])
_PATIENT_STEMS = ("пацієнт", "хвор", "померл", "загибл", "жертв", "людей", "українц", "виборц")
# Nouns of people an age in years stands after (*хлопчики 9 і 12 років*, *жінка 40 років*).
_PEOPLE_STEMS = (
    "хлопч",
    "хлопц",
    "дівч",
    "дит",
    "діт",
    "чолові",
    "жінк",
    "жінок",
    "підліт",
    "підлітк",
    "школяр",
    "пенсіонер",
    "юнак",
    "юнач",
    "син",
    "доньк",
    "дочк",
    "брат",
    "сестр",
    "немовл",
    "рибалк",
    "мешкан",
    "громадян",
    "водії",
    "водій",
    "пасажир",
)
_TIME_WORDS = frozenset(
    ["годині", "годин", "година", "ранку", "вечора", "ночі", "хвилин", "хвилини"]
)
_DATE_PREPOSITIONS = frozenset(["у", "в", "з", "до", "від", "після", "протягом", "на"])
# Qualifier phrases, read backwards from the number; longest first.
_QUALIFIERS = sorted(
    [
        (("щонайменше",), "at_least"), (("щонайменш",), "at_least"),
        (("принаймні",), "at_least"), (("не", "менше", "ніж"), "at_least"),
        (("не", "менш", "як"), "at_least"), (("не", "менше"), "at_least"),
        (("не", "менш", "ніж"), "at_least"), (("мінімум",), "at_least"),
        (("понад",), "more_than"), (("більше", "ніж"), "more_than"),
        (("більш", "ніж"), "more_than"), (("більш", "як"), "more_than"),
        (("більше", "за"), "more_than"), (("перевищує",), "more_than"),
        (("перевищують",), "more_than"), (("перевищила",), "more_than"),
        (("перевищив",), "more_than"), (("перевищило",), "more_than"),
        (("перевищили",), "more_than"), (("перевищити",), "more_than"),
        (("перевищить",), "more_than"), (("до",), "at_most"),
        (("не", "перевищувала"), "at_most"), (("не", "перевищував"), "at_most"),
        (("не", "перевищувало"), "at_most"), (("не", "перевищує"), "at_most"),
        (("не", "перевищуватиме"), "at_most"),
        (("не", "більше", "ніж"), "at_most"), (("не", "більше"), "at_most"),
        (("не", "більш", "як"), "at_most"), (("максимум",), "at_most"),
        # "не частіше ніж п'ять разів на рік": a ceiling on how often.
        (("не", "частіше", "ніж"), "at_most"), (("не", "частіше", "за"), "at_most"),
        (("не", "рідше", "ніж"), "at_least"), (("не", "рідше", "за"), "at_least"),
        (("менше", "ніж"), "less_than"), (("менш", "ніж"), "less_than"),
        (("менш", "як"), "less_than"), (("менше", "за"), "less_than"),
        # "займає менше 1% посівних площ": fewer than, with no "ніж".
        (("менше",), "less_than"),
        (("близько",), "about"), (("приблизно",), "about"), (("майже",), "about"),
        (("орієнтовно",), "about"), (("біля",), "about"), (("понад", "майже"), "about"),
        # "перший внесок від 20% вартості": a floor.
        (("від",), "at_least"),
    ],
    key=lambda item: -len(item[0]),
)  # fmt: skip
# Comparatives a number follows after "за": "глибших за 1,5 метра", "дешевший за 100 гривень".
_COMPARATIVE_STEMS = (
    (("глибш", "довш", "вищ", "старш", "важч", "ширш", "дорожч", "товщ"), "more_than"),
    (("нижч", "коротш", "молодш", "легш", "вужч", "дешевш", "тонш", "мілкіш"), "less_than"),
)
_COMPARATIVE_ENDS = ("ий", "а", "е", "і", "их", "им", "ого", "ої", "ому", "ій", "ими", "у", "ою")
_QUALIFIERS_BY_LAST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _qualifier in _QUALIFIERS:
    _QUALIFIERS_BY_LAST_WORD.setdefault(_words[-1], []).append((_words, _qualifier))
# "зросла до шести": after a verb of change, "до" gives the new value, exactly.
# How big something is, after its measure: "до 3 метрів заввишки".
_DIMENSION_WORDS = frozenset(("заввишки", "завдовжки", "завширшки", "завглибшки", "завтовшки"))
_CHANGE_STEMS = (
    "зрос", "зріс", "збільш", "зменш", "скорот", "зниз", "знизи", "підвищ", "підня", "сягну",
    "прискор", "сповіл", "впа", "упа", "подорожча", "подешевша", "вирос", "виріс", "опусти",
    "погірш",
    "покращ", "поліпш", "зрост", "зроста", "знижу", "скороч", "підвищу", "збільшу", "зменшу",
    # ("подвоїлася до 640", "потроїлася до 90".)
    "подвої", "потрої", "почетвери",
    # ("повітря прогрілося до 34,6 градуса": the level it reached.)
    "прогрі", "охолол", "потеплі", "похолоді",
)  # fmt: skip
# A change's participle describes, it moves nothing: "збільшену щитоподібну залозу мають до
# 15% школярів" is at most 15%.
_PARTICIPLE_ENDS = ("ений", "ена", "ене", "ені", "ену", "еної", "еного", "еною", "еним", "ених")
# "засудив … до восьми років": a sentence's term is the term, not an upper bound.
_TERM_STEMS = ("засуд", "присуд", "позбавлен", "ув'язнен", "ув’язнен", "засуджен")
# "загрожує до 12 років", "карається позбавленням волі до п'яти років": a legal maximum.
_PENALTY_STEMS = ("загрож", "караєт", "карают", "передбача")
# Words a numeral labels rather than counts after: "статтею 325", "пункту 4", "рейсом 17".
_LABEL_STEMS = ("статт", "стаття", "частин", "пункт", "підпункт", "розділ", "рейс", "маршрут")
# How many words back a verb of change or a sentence may stand from its "до".
_CHANGE_REACH = 8
# Words that end what is counted after a number.
_STOP = frozenset(
    """
    і й та а але або чи що як який яка яке які де коли щоб бо з із зі в у на до від за по про
    для при під над між через після перед без ще вже також лише тільки ж же б би не ні це цей
    ця ці той те ті його її їх їхні свої свій наш ваш мій там тут
    """.split()  # noqa: SIM905 - a word list reads best as text
)


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


class _Tok:
    __slots__ = ("end", "kind", "low", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int) -> None:
        self.kind, self.text, self.start, self.end = kind, text, start, end
        self.low = text.lower().replace("’", "'").replace("ʼ", "'")


def _tokenise(text: str) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        toks.append(_Tok(kind, m.group(), m.start(), m.end()))
    return toks


_THOUSANDS_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")


def _number(tok: _Tok) -> Decimal:
    digits = _THOUSANDS_SPACE.sub("", tok.text).replace(",", ".")
    return Decimal(digits)


def _round(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.quantize(Decimal("0.0001")).normalize()


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokenise(text)
        self.numerals = morphology.numeral_values()

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def glued(self, i: int, j: int) -> bool:
        return 0 <= i < j < len(self.toks) and self.toks[i].end == self.toks[j].start

    # -- numbers ------------------------------------------------------------------------

    def words_number(self, i: int) -> tuple[Decimal, int] | None:
        """ "двадцять п'ять", "сто двадцять", "трьома" from token i: (value, next index)."""
        total = 0
        j = i
        last = None
        while j < len(self.toks) and self.toks[j].kind == "word":
            value = self.numerals.get(self.toks[j].low)
            if value is None or (last is not None and value >= last):
                break
            total += value
            last = value
            j += 1
        return (Decimal(total), j) if j > i else None

    def quantity(self, i: int) -> tuple[Decimal | None, Decimal | None, Decimal | None, int, str]:
        """(value, low, high, next index, kind) at token i, or a None value and kind ''."""
        tok = self.toks[i]
        kind = "number"
        if tok.kind == "num":
            value, j = _number(tok), i + 1
        elif tok.low in _TIMES:
            return Decimal(_TIMES[tok.low]), None, None, i + 1, "times"
        elif tok.low in _VAGUE and not (i and self.toks[i - 1].kind == "num"):
            low, high = _VAGUE[tok.low]
            j = i + 1
            # "десятки тисяч": tens of thousands.
            if self.low(j) in _MULTIPLIERS and tok.low in ("десятки", "десятків", "сотні"):
                scale = _MULTIPLIERS[self.low(j)]
                low, high = low * scale, (high + 1) * scale - 1
                j += 1
            return None, Decimal(low), Decimal(high), j, "vague"
        elif self.low(i - 1) in ("до", "у", "в", "серед") and tok.low.startswith(tuple(_TOP_STEMS)):
            # "входить до п'ятірки найбільших виробників": the top five.
            stem = next(s for s in _TOP_STEMS if tok.low.startswith(s))
            return Decimal(_TOP_STEMS[stem]), None, None, i + 1, "number"
        elif tok.low in _HALF_MORE:
            # "до півтора метра", "півтори тисячі людей": one and a half.
            value, j = Decimal("1.5"), i + 1
        elif tok.low in _LONE_MULTIPLIERS and not (i and self.toks[i - 1].kind == "num"):
            # "понад тисяча споживачів", "на мільярд доларів": one thousand, one billion.
            return Decimal(_MULTIPLIERS[tok.low]), None, None, i + 1, "number"
        else:
            found = self.words_number(i)
            if found is None:
                return None, None, None, i, ""
            value, j = found
        if self.low(j) in _MULTIPLIERS:
            value *= _MULTIPLIERS[self.low(j)]
            j += 1
            if self.low(j) == "." and self.toks[j - 1].low in ("тис", "млн", "млрд", "трлн"):
                j += 1
        if self.low(j) == "%" or self.low(j).startswith(_PERCENT_WORDS):
            kind = "percent"
            j += 1
        return value, None, None, j, kind

    # -- what is not a figure -----------------------------------------------------------

    def not_a_figure(self, i: int, j: int) -> bool:
        tok = self.toks[i]
        nxt, prev = self.low(j), self.low(i - 1)
        if (tok.low == "одні" and nxt == "руки") or (tok.low == "одних" and nxt == "рук"):
            # "ліміт в одні руки": per buyer, an idiom.
            return True
        if self.low(j).startswith(("чверт", "третин")) and tok.kind == "word":
            # "майже три чверті поставок": a share in words, not a count of three.
            return True
        if (
            tok.low in ("один", "одна", "одне") and nxt == "за" and self.low(j + 1) in _ONE_FORMS
        ) or (tok.low in ("одним", "одною") and prev == "за" and self.low(i - 2) in _ONE_FORMS):
            # "один за одним в'їхали": one after another, an idiom.
            return True
        if tok.low in _ONE_FORMS and prev == "на" and "припада" in self.text:
            # "на одну вакансію припадало 2,1 резюме": per vacancy, the rate counts.
            return True
        if tok.low in _ONE_FORMS and prev == "ще":
            # "Ще одна атака пошкодила …": another, not a count of one.
            return True
        if (
            tok.low in ("один", "одна", "одне", "одного", "одним", "одній", "одну")
            and nxt in ("з", "із", "зі")
            and self.low(j + 1).startswith("най")
        ):
            # "один із найбільших пунктів пропуску": a rank among many, not a count.
            return True
        if (
            tok.low in _ONE_FORMS
            and nxt in ("з", "із", "зі")
            and (
                self.low(i - 1) in ("в", "у", "на", "з", "із", "до", "від")
                # "однією з 30 країн": one of thirty, the thirty counts.
                or (j + 1 < len(self.toks) and self.toks[j + 1].kind == "num")
                # "уламки одного з дронів": whose debris, not how many.
                or (
                    i > 0
                    and self.toks[i - 1].kind == "word"
                    and morphology.is_noun_or_adjective(self.toks[i - 1].low) == "noun"
                )
                # "…, одна з інвесторок": who she is, in apposition.
                or self.low(i - 1) == ","
            )
        ):
            # "витік газу в одній із квартир": which one, not how many.
            return True
        if tok.kind == "num" and tok.start and self.text[tok.start - 1].isalpha():
            # "Toyota RAV4", "Shahed-136" aside: a number written into a model's name.
            return True
        if tok.low in _ONE_FORMS and nxt in ("з", "із", "зі") and self.low(j + 2) in ("—", "–"):
            # "Одна із загиблих — 19-річна студентка": who she was, not how many.
            return True
        if tok.kind == "num" and nxt == "/" and self.glued(i, j):
            # "2026/27 маркетингового року", "1/2": a season or a label, not a count.
            return True
        if prev == "/" and i >= 2 and self.glued(i - 1, i) and self.toks[i - 2].kind == "num":
            return True
        if (
            prev in ("-", "–")
            and i >= 2
            and self.glued(i - 1, i)
            and self.glued(i - 2, i - 1)
            and self.toks[i - 2].kind == "word"
            and self.toks[i - 2].text[:1].isupper()
        ):
            # "бензину А-95", "Су-25": a grade or a model; "станцію Синельникове-1": a
            # station's name; not a count.
            return True
        if prev == "було" and self.low(i - 2) in _WHOSE_AGE and self.low(j) in _AGE_WORDS:
            # "сусідка, якій було 73 роки": an age.
            return True
        if tok.kind == "num" and _YEAR.fullmatch(tok.text) and prev.startswith(_MONTH_STEMS):
            # "з травня 2024 по березень 2025 року": a month and its year, a date.
            return True
        if (
            prev == "за"
            and tok.kind == "num"
            and nxt.startswith(("місяц", "тижн", "днів", "дні", "рок", "рік", "доб", "годин"))
        ):
            # "за 10 місяців Україна продала …": a reporting period, as a date is.
            return True
        if (
            prev == "за"
            and tok.kind == "word"
            and nxt.startswith(("рок", "рік", "місяц"))
            # "вперше за десять років": a first in ten years counts them.
            and self.low(i - 2) not in ("вперше", "уперше")
        ):
            # "за п'ять років зменшилися майже вдвічі": the period, in words.
            return True
        if prev in ("№", "номер") or prev.startswith(_LABEL_STEMS):
            # "№ 5", "за статтею 325 Кримінального кодексу", "частини 2": labels, not counts.
            return True
        if tok.kind == "num":
            # "67-річна", "7-й", "10-денний": a number glued to a word by a hyphen.
            if nxt in ("-", "–") and self.glued(i, j) and self.toks[j + 1 :][:1]:
                after = self.toks[j + 1]
                if after.kind == "word" and self.glued(j, j + 1):
                    # "вже 11-та атака": an ordinal that keeps count is a count.
                    return not (prev in ("вже", "уже") and after.text in _ORDINAL_ENDINGS)

            if nxt == ":" and self.glued(i, j):
                return True
            whole = tok.text.isdigit()
            if whole and nxt in _MONTHS:
                return True
            if whole and nxt in ("і", "й", "та") and self.low(j + 2) in _MONTHS:
                # "23 і 24 листопада": two days of a month.
                return True
            year = whole and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100
            if year and prev == "від" and nxt == "до" and j + 1 < len(self.toks):
                # "від 2100 до 2600 гривень": a range of sums, unless it runs to a year too.
                after = self.toks[j + 1].text
                year = after.isdigit() and len(after) == 4 and 1800 <= int(after) <= 2100
            if year and (nxt in _YEAR_WORDS or prev in _DATE_PREPOSITIONS or nxt in ("-", "–")):
                return True
            if year and prev in ("-", "–") and self.glued(i - 1, i) and self.glued(i - 2, i - 1):
                # "у держбюджеті-2026", "Євро-2028": a year joined to a word names it.
                return True
            if prev == "о" and (nxt in _TIME_WORDS or nxt == ":"):
                return True
        # Ages: "віком 72 роки", "Оксана, 41 рік".
        if (
            tok.kind == "num"
            and prev == ","
            and nxt == ","
            and i >= 2
            and self.toks[i - 2].text[:1].isupper()
            and tok.text.isdigit()
            and 0 < int(tok.text) < 120
        ):
            # "Марусяк, 44, сказав журналістам": an age in apposition after a name.
            return True
        if (prev in ("від", "до") and self.low(i - 2) in ("віком", "віці")) or (
            prev == "до" and self.low(i - 3) == "від" and self.low(i - 4) in ("віком", "віці")
        ):
            # "чоловікам віком від 18 до 60 років": a range of ages.
            return True
        if prev == "до" and self.low(i - 2) in _YOUNG_PEOPLE and nxt in _AGE_WORDS:
            # "вражає дітей до п'яти років": children under five, an age.
            return True
        if (prev in ("віком", "віці") and nxt in ("-", "–", "—")) or (
            prev in ("-", "–", "—") and self.low(i - 3) in ("віком", "віці")
        ):
            # "жінки віком 30–50 років": a range of ages, written with a dash.
            return True
        if prev in ("-", "–", "—") and self.low(i - 2).startswith(("найстарш", "наймолодш")):
            # "Наймолодшій потерпілій 79 років, найстаршій — 96": the oldest one's age.
            return True
        dash = i - 1 if prev in ("-", "–", "—") else i - 3
        if (
            dash >= 1
            and self.low(dash) in ("-", "–", "—")
            and self.low(dash - 1).endswith(("им", "ім"))
            and self.low(dash - 1).startswith(_PEOPLE_STEMS + _PATIENT_STEMS + _HARMED_STEMS)
            and (
                nxt in _AGE_WORDS
                or (
                    nxt in ("і", "та", "й")
                    and j + 2 < len(self.toks)
                    and self.toks[j + 1].kind == "num"
                    and self.low(j + 2) in _AGE_WORDS
                )
            )
            and (dash == i - 1 or (self.toks[i - 2].kind == "num" and prev in ("і", "та", "й")))
        ):
            # "Загиблим — 38 і 51 рік": whom, a dash, then their ages.
            return True
        if (
            tok.kind == "num"
            and prev == ","
            and nxt in ("і", "та", "й")
            and self.low(j + 2) in _AGE_WORDS
            and self.low(j + 3) == ","
            and j + 1 < len(self.toks)
            and self.toks[j + 1].kind == "num"
        ):
            # "Його спільники, 29 і 33 років, …": two ages in apposition, the first.
            return True
        if prev in ("віком", "віці") and nxt.startswith(("місяц", "тижн", "днів", "дні")):
            # "для дітей віком 12 місяців": an infant's age.
            return True
        if nxt in _AGE_WORDS:
            if prev == "до" and self.low(i - 2).startswith(("дожива", "дожив", "дожит")):
                # "не доживають до 30 років": the age they die before, not a count.
                return True
            if prev in ("віком", "віці") or any(
                self.low(k).startswith(("найстарш", "наймолодш")) for k in range(i - 3, i - 1)
            ):
                # "Наймолодшій потерпілій 79 років": the youngest one's age.
                return True
            if any(
                self.low(k) in ("вік", "віку")
                and self.low(k + 1).startswith(_PEOPLE_STEMS + _PATIENT_STEMS)
                for k in range(max(0, i - 8), i)
            ):
                # "Середній вік пацієнтів з інсультом — 64 роки": people's age (a car's, "вік
                # таких авто", is a measure).
                return True
            if prev == "," and i >= 2 and self.toks[i - 2].text[:1].isupper():
                return True
            if prev == "," and self.low(j + 1) == ",":
                # "…, 41 рік, …": an age in apposition, set off by commas.
                return True
            if (
                prev in ("і", "та", "й")
                and i >= 3
                and self.toks[i - 2].kind == "num"
                and self.low(i - 3) == ","
                and self.low(j + 1) == ","
            ):
                # "Його спільники, 29 і 33 років, …": the second.
                return True
            # "хлопчики 9 і 12 років": the second of two ages after people, no "віком".
            if (
                prev in ("і", "та", "й", ",")
                and i >= 3
                and self.toks[i - 2].kind == "num"
                and self.low(i - 3).startswith(_PEOPLE_STEMS)
            ):
                return True
            if self.low(i - 1).startswith(_PEOPLE_STEMS):
                # "жінка 40 років": an age after one of them.
                return True
            if (
                prev in ("до", "від", "з", "після", "понад", "старше", "молодше")
                and self.low(i - 2).startswith((*_PEOPLE_STEMS, "особ", "неповноліт", "молод"))
                # Said of a group, in the dative ("особам", "дітям") or after "для" ("для
                # дітей"): not one person sentenced ("засудив чоловіка до чотирьох років").
                and (
                    self.low(i - 2).endswith(("ам", "ям", "им", "ім"))
                    or self.low(i - 3) in ("для", "в", "у", "серед")
                )
            ):
                # "продавати енергетики особам до 18 років", "дітям від 6 років": an age limit
                # of people, no count.
                return True
            if prev in ("було", "буде", "виповнилося") and any(
                self.low(k).startswith(("найстарш", "наймолодш"))
                for k in range(max(0, i - 5), i - 1)
            ):
                # "Наймолодшому з них було 12 років": the youngest one's age.
                return True
        # "хлопчики 9 і 12 років": the first of the two ages.
        return (
            tok.kind == "num"
            and nxt in ("і", "та", "й", ",")
            and prev.startswith(_PEOPLE_STEMS)
            and j + 2 < len(self.toks)
            and self.toks[j + 1].kind == "num"
            and self.low(j + 2) in _AGE_WORDS
        )

    def _from_whom(self, i: int) -> bool:
        """Whether the number at token i, after "від", counts people or firms something came
        from: its noun (past adjectives) names the living."""
        for j in range(i + 1, min(i + 4, len(self.toks))):
            word = self.low(j)
            if not word.isalpha():
                return False
            if morphology.is_adjective(word) and not morphology.is_animate_noun(word):
                continue
            return morphology.is_animate_noun(word)
        return False

    def qualifier(self, i: int) -> tuple[str, int] | None:
        """The qualifier phrase ending right before token i: (qualifier, its first index)."""
        for words, qualifier in _QUALIFIERS_BY_LAST_WORD.get(self.low(i - 1), ()):
            n = len(words)
            if i - n >= 0 and all(self.low(i - n + k) == words[k] for k in range(n)):
                if words == ("до",):
                    # "щонайменше до 25 тисяч", "впав приблизно до 95 тисяч": the floor or the
                    # estimate is stated, the "до" only says where to.
                    floor = _QUALIFIERS_BY_LAST_WORD.get(self.low(i - 2), ())
                    stated = next(
                        (q for w, q in floor if q in ("at_least", "about") and len(w) == 1), None
                    )
                    if stated is not None:
                        return stated, i - 2
                    if self._exact_to(i - 1):
                        return None
                if words == ("від",) and self._from_whom(i):
                    # "У пробах від 14 дітей", "отримала від 38 людей": who it came from, no
                    # floor (a qualifier before "від" still holds: "щонайменше від 186").
                    stated = _QUALIFIERS_BY_LAST_WORD.get(self.low(i - 2), ())
                    found = next((q for w, q in stated if len(w) == 1), None)
                    return (found, i - 2) if found is not None else None
                return qualifier, i - n
        if self.low(i - 1) == "за" and i >= 2:
            # "траншей глибших за 1,5 метра": a comparative, then what it is compared with.
            before = self.low(i - 2)
            for stems, qualifier in _COMPARATIVE_STEMS:
                if before.startswith(stems) and before.endswith(_COMPARATIVE_ENDS):
                    return qualifier, i - 2
        if self.low(i - 1) in ("на", "в", "у", "за", "через") and i >= 2:
            # "зношені більш ніж на 80%", "обійдеться приблизно в 520 млрд": the qualifier
            # before the preposition the amount takes.
            for words, qualifier in _QUALIFIERS_BY_LAST_WORD.get(self.low(i - 2), ()):
                n = len(words)
                if (
                    words not in (("до",), ("від",))
                    and i - 1 - n >= 0
                    and all(self.low(i - 1 - n + k) == words[k] for k in range(n))
                ):
                    return qualifier, i - 1 - n
        return None

    def _exact_to(self, k: int) -> bool:
        """Whether the "до" at token k gives a value exactly: after "від …" (a range), after a
        verb of change (*зросла до шести*, *зростуть майже вдвічі, до 186 млрд*), before "з"
        and an earlier value (*до 3,6% з 4,4%*), or as a sentence's term (*засудив … до
        восьми років*, *до п'яти років ув'язнення*)."""
        if self.low(k - 2) in ("від", "з", "із"):
            # "від 10 до 15", "з 2,64 до 4,32 гривні": a range, or a move to a new level.
            return True
        before = []
        for n in range(k - 1, max(-1, k - 1 - _CHANGE_REACH), -1):
            word = self.low(n)
            if word in (".", ";", "—", ",") or word == "до":
                break
            before.append(word)
        if any(word.startswith(_PENALTY_STEMS) for word in before):
            # "за яке загрожує до 12 років позбавлення волі": the law's maximum, not a term.
            return False
        if any(self.low(j) in _DIMENSION_WORDS for j in (k + 3, k + 4)):
            # "може виростати до 3 метрів заввишки": how tall it can grow, a ceiling.
            return False
        for n in range(k - 1, max(-1, k - 1 - _CHANGE_REACH), -1):
            word = self.low(n)
            # "подорожчала на 46% — до 78 гривень": a dash before the new level, as a comma.
            if word in (".", ";") or word == "до":
                break
            if (
                word.startswith(_CHANGE_STEMS) and not word.endswith(_PARTICIPLE_ENDS)
            ) or word.startswith(_TERM_STEMS):
                return True
        after = [self.low(n) for n in range(k + 2, k + 6)]
        return any(w.startswith(_TERM_STEMS) for w in after) or (
            "з" in after[:3]
            and any(self.toks[n].kind == "num" for n in range(k + 3, k + 6) if n < len(self.toks))
        )

    def unit(self, j: int) -> tuple[str, int]:
        """What is counted: the adjectives and the noun after the number."""
        words: list[_Tok] = []
        k = j
        while k < len(self.toks) and len(words) < 3:
            tok = self.toks[k]
            if tok.kind != "word" or tok.low in _STOP:
                break
            part = morphology.is_noun_or_adjective(tok.text)
            if tok.low in _MONEY:
                words.append(tok)
                k += 1
                break
            if not part:
                break
            words.append(tok)
            k += 1
            if part == "noun":
                break
        if not words:
            return "", j
        if len(words) == 1 and words[0].low in _MONEY:
            return _MONEY[words[0].low], k
        return self.text[words[0].start : words[-1].end], k


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Words that may open a figure written without digits."""
    numerals = morphology.numeral_values()
    return frozenset(
        [
            *numerals,
            *_TIMES,
            *_VAGUE,
            *_HALF_MORE,
            *_LONE_MULTIPLIERS,
            *(w.replace("'", "’") for w in numerals),
        ]
    )


def _scale_of(reader, start: int, end: int) -> Decimal:
    """The multiplier ("тис.", "млн", "млрд") among tokens ``start``–``end`` of a number."""
    for k in range(start, end):
        scale = _SCALE_WORDS.get(reader.low(k))
        if scale:
            return scale
    return Decimal(1)


_SCALE_WORDS = {
    "тис": Decimal(1000), "тисяч": Decimal(1000), "тисячі": Decimal(1000),
    "тисяча": Decimal(1000), "млн": Decimal(10**6), "мільйонів": Decimal(10**6),
    "мільйона": Decimal(10**6), "мільйони": Decimal(10**6), "млрд": Decimal(10**9),
    "мільярдів": Decimal(10**9), "мільярда": Decimal(10**9), "трлн": Decimal(10**12),
}  # fmt: skip


# Ordinal words by their stem: "третій", "п'ята", "дев'яте".
_ORDINAL_STEMS = (
    ("друг", 2), ("трет", 3), ("четверт", 4), ("п'ят", 5), ("п’ят", 5), ("шост", 6),
    ("сьом", 7), ("восьм", 8), ("дев'ят", 9), ("дев’ят", 9), ("десят", 10),
)  # fmt: skip
_ORDINAL_WORD_ENDINGS = ("ий", "ій", "а", "я", "е", "є", "ого", "ої", "ому", "ьому")


_TIMES_ADVERBS = {
    "вдруге": 2, "удруге": 2, "втретє": 3, "утретє": 3, "вчетверте": 4, "учетверте": 4,
    "вп'яте": 5, "уп'яте": 5, "вп’яте": 5, "ушосте": 6, "вшосте": 6,
}  # fmt: skip
_TOP_STEMS = {"трійк": 3, "четвірк": 4, "п'ятірк": 5, "п’ятірк": 5}
_ONE_FORMS = frozenset(
    ["одному", "одній", "одного", "одним", "одну", "одна", "один", "одне", "однією"]
)


def _counting_ordinal(reader, i: int) -> tuple[int, str, int]:
    """The count an ordinal word after "вже" keeps ("вже третій карантин" → 3), its qualifier
    and the index its phrase starts at; (0, "", i) when it keeps none."""
    tok = reader.toks[i]
    prev, begin, qualifier = reader.low(i - 1), i, "exact"
    if prev in ("щонайменше", "принаймні"):
        # "Це вже щонайменше п'ятий удар": the qualifier between.
        prev, begin, qualifier = reader.low(i - 2), i - 1, "at_least"
    opening = prev == "це" and reader.low(begin - 2) in ("", ".", ":", ";", "—")
    # "кожен п'ятий кліщ", "у кожному третьому рецепті": one in five, one in three.
    opening = opening or prev.startswith(("кожн", "кожен"))
    if (
        opening
        and prev.startswith(("кожн", "кожен"))
        and reader.low(i - 2) in ("майже", "приблизно")
    ):
        # "майже кожен п'ятий": about one in five.
        begin, qualifier = i - 2, "about"
    if tok.kind == "word" and prev in ("вже", "уже") and tok.low in _TIMES_ADVERBS:
        # "Шостка вже втретє залишається без опалення": the third time.
        return _TIMES_ADVERBS[tok.low], qualifier, begin
    if tok.kind != "word" or not (prev in ("вже", "уже") or opening):
        # "Це друга аварія за рік": a sentence opening on the count of such events.
        return 0, "", i
    for stem, value in _ORDINAL_STEMS:
        rest = tok.low[len(stem) :]
        if tok.low.startswith(stem) and rest in _ORDINAL_WORD_ENDINGS:
            nxt = reader.low(i + 1)
            span = nxt.startswith(("рік", "рок", "тижд", "день", "дн", "місяц", "доб"))
            if span and reader.low(i + 2) != "поспіль":
                # "вже третій рік чекає" is a span of time; "третій рік поспіль" keeps count.
                return 0, "", i
            return value, qualifier, begin
    return 0, "", i


def extract_figures_uk(text: str):
    """Every quantity of a Ukrainian ``text``, as ``articles.figures.Figure`` values."""
    from articles.figures import Figure

    if (
        not _DIGIT.search(text)
        and _starters().isdisjoint(_WORD.findall(text.lower()))
        and "же " not in text
        and "Це " not in text
        and "кож" not in text.lower()
        and not any(stem in text.lower() for stem in _TOP_STEMS)
    ):
        return []
    reader = _Reader(text)
    toks = reader.toks
    figures = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        currency = ""
        start_index = i
        if tok.kind == "punct" and tok.text in _CURRENCY_SIGNS and reader.glued(i, i + 1):
            currency = _CURRENCY_SIGNS[tok.text]
            i += 1
            tok = toks[i]
        ordinal, qualifier, begin = _counting_ordinal(reader, i)
        if ordinal:
            # "Це вже третій карантин": an ordinal after "вже" keeps count.
            unit, j = reader.unit(i + 1)
            start, end = toks[begin].start, toks[j - 1].end
            figures.append(
                Figure(Decimal(ordinal), None, None, qualifier, unit, start, end, text[start:end])
            )
            i = j
            continue
        if tok.kind == "punct" or (
            tok.kind == "word"
            and tok.low not in reader.numerals
            and tok.low not in _HALF_MORE
            and tok.low not in _LONE_MULTIPLIERS
            and tok.low not in _TIMES
            and tok.low not in _VAGUE
            and not tok.low.startswith(tuple(_TOP_STEMS))
        ):
            i += 1
            continue
        value, low, high, j, kind = reader.quantity(i)
        if not kind or reader.not_a_figure(i, j):
            # "14:30": the minutes are no figure either.
            i = j + 2 if reader.low(j) == ":" and reader.glued(j, j + 1) else max(j, i + 1)
            continue
        qualifier = "about" if kind == "vague" else "exact"
        # A range: "10–15", "від 10 до 15".
        if value is not None and reader.low(j) in ("-", "–", "—") and reader.glued(j - 1, j):
            second = reader.quantity(j + 1) if j + 1 < len(toks) else None
            if second and second[0] is not None and second[0] > value:
                high = second[0]
                scale = _scale_of(reader, j + 1, second[3])
                if scale > 1 and value * scale <= high:
                    # "61–63 млн тонн": the multiplier after the second number scales both.
                    value *= scale
                value, low, j = None, value, second[3]
        elif value is not None and reader.low(i - 1) == "від" and reader.low(j) == "до":
            second = reader.quantity(j + 1) if j + 1 < len(toks) else None
            if second and second[0] is not None and second[0] > value:
                scale = _scale_of(reader, j + 1, second[3])
                if scale > 1 and value * scale <= second[0] and _scale_of(reader, i, j) == 1:
                    # "від 1,8 до 2,4 млн": the multiplier after the second scales both.
                    value *= scale
                value, low, high, j = None, value, second[0], second[3]
                start_index = i - 1
        # "до п'ятірки": the top five, exactly; the "до" says where to.
        found = None if tok.low.startswith(tuple(_TOP_STEMS)) else reader.qualifier(start_index)
        if found is not None and value is not None:
            qualifier, start_index = found
        if kind == "percent":
            unit = "%"
        elif kind == "times":
            unit = "разів"
        else:
            unit, j = reader.unit(j)
            unit = currency or unit
        start, end = toks[start_index].start, toks[j - 1].end
        figures.append(
            Figure(
                value=_round(value) if value is not None else None,
                low=_round(low) if low is not None else None,
                high=_round(high) if high is not None else None,
                qualifier=qualifier,
                unit=unit,
                start=start,
                end=end,
                text=text[start:end],
            )
        )
        i = max(j, i + 1)
    return figures
