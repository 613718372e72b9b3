"""Ukrainian word forms: what the claim suggester needs from a morphological dictionary.

Pure Python, no database. Ukrainian news names its sources in any case — *за
словами Ляшка* (genitive), *повідомили в Міністерстві внутрішніх справ*
(locative) — and writes numbers as inflected words (*трьома ракетами*, *двоє
дітей*). A claimant is filed in the nominative (*Віктор Ляшко*, *Міністерство
внутрішніх справ*) and a figure needs its value, so this module asks
``pymorphy3`` with its Ukrainian dictionary (``pymorphy3-dicts-uk``):

* ``nominative_name(words)`` — a person's name in the nominative;
* ``nominative_phrase(words)`` — a body's name: the adjectives and the head noun
  put in the nominative, agreeing, the words after the head kept as written
  (*Державній службі з надзвичайних ситуацій* → *Державна служба з
  надзвичайних ситуацій*);
* ``numeral_values()`` — every case form of the cardinal and collective
  numerals with its value (*трьома* → 3, *шестеро* → 6);
* ``name_part(word)`` — whether a capitalised word is a first name, a
  patronymic or a surname; ``is_known(word)`` — whether the dictionary holds it
  or only guesses;
* ``person_genders(word)``, ``names_one_person(word)``, ``surname_genders(word,
  case)`` — what a word next to a name says of the person (*речниця*: a woman).

The dictionary loads once per process (about 0.1 s) on first use; each word
is analysed once (about 45 µs) and remembered.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "case_of",
    "has_case",
    "is_known",
    "is_noun_or_adjective",
    "is_verb",
    "name_part",
    "names_one_person",
    "nominative_name",
    "nominative_phrase",
    "numeral_values",
    "person_genders",
    "surname_genders",
]


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


@lru_cache(maxsize=65536)
def _parses(word: str) -> tuple:
    return tuple(_analyzer().parse(word))


@lru_cache(maxsize=16384)
def is_known(word: str) -> bool:
    """Whether the dictionary holds the word (else its readings are guesses)."""
    return _analyzer().word_is_known(word.lower())


@lru_cache(maxsize=16384)
def person_genders(word: str) -> frozenset[str]:
    """The genders of the readings of ``word`` as a noun naming a person, in any case:
    {"femn"} for *речниця*, {"masc"} for *мера*; empty for *мерії*."""
    return frozenset(
        p.tag.gender
        for p in _parses(word.lower())
        if p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.gender
    )


@lru_cache(maxsize=16384)
def is_animate_noun(word: str) -> bool:
    """Whether ``word`` reads as a noun naming people or animals: *дітей*, *експортерів*."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in _parses(word.lower()))


@lru_cache(maxsize=16384)
def names_one_person(word: str, gender: str | None = None) -> bool:
    """Whether every reading of ``word`` as a noun names one person in the nominative (of
    ``gender`` when given): *ліберал*, *суперниця* ("femn"), not *центр*."""
    nouns = [p for p in _parses(word.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(
        "anim" in p.tag
        and p.tag.case == "nomn"
        and "plur" not in p.tag
        and (gender is None or p.tag.gender == gender)
        for p in nouns
    )


def _capitalised_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if "-" in model and word.count("-") == model.count("-"):
        # "Івано-Франківської" → "Івано-Франківська": each part as the model writes it.
        return "-".join(
            _capitalised_like(part, like) if like else part
            for part, like in zip(word.split("-"), model.split("-"), strict=True)
        )
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=16384)
def name_part(word: str) -> str:
    """ "first", "patronymic" or "surname" for a word of a person's name, else ""."""
    best = ""
    for parse in _parses(word):
        tag = parse.tag
        if "Name" in tag:
            return "first"
        if "Patr" in tag:
            return "patronymic"
        if "Surn" in tag and not best:
            best = "surname"
    return best


_GENDERS = frozenset(("masc", "femn"))


@lru_cache(maxsize=4096)
def name_gender(name: str) -> str | None:
    """ "masc" or "femn" for a Ukrainian person's name, by its first name (or a surname that
    shows it: "Іваненко" shows none, "Ковальська" does); None when the words do not say."""
    for word in name.split():
        for parse in _parses(word):
            tag = parse.tag
            if ("Name" in tag or "Surn" in tag) and "nomn" in tag and tag.gender in _GENDERS:
                return tag.gender
    return None


@lru_cache(maxsize=16384)
def has_case(word: str, case: str, pos: str = "NOUN") -> bool:
    """Whether a singular reading of ``word`` as ``pos`` (a noun, or "ADJF" an adjective)
    stands in ``case`` ("nomn", "gent" …)."""
    return any(
        pos == p.tag.POS and p.tag.case == case and "plur" not in p.tag
        for p in _parses(word.lower())
    )


def may_be_genitive(word: str) -> bool:
    """Whether any reading of ``word`` stands in the genitive: *Ради*, *Нацбанку*, *сил*."""
    return any(p.tag.case == "gent" for p in _parses(word.lower()))


@lru_cache(maxsize=4096)
def surname_genders(word: str, case: str) -> frozenset[str]:
    """The genders of the readings of ``word`` as a surname in ``case``: {"femn"} for
    *Дзюбинської* in the genitive."""
    return frozenset(
        p.tag.gender for p in _parses(word.lower()) if "Surn" in p.tag and p.tag.case == case
    )


@lru_cache(maxsize=16384)
def case_of(word: str) -> str | None:
    """The case of the likeliest singular noun reading of ``word`` ("gent", "loct" …)."""
    for p in _parses(word.lower()):
        if p.tag.POS == "NOUN" and "plur" not in p.tag:
            return p.tag.case
    return None


@lru_cache(maxsize=16384)
def is_adjective(word: str) -> bool:
    """Whether the likeliest reading of ``word`` is an adjective ("антикорупційний")."""
    parses = _parses(word.lower())
    return bool(parses) and parses[0].tag.POS in ("ADJF", "ADJS")


@lru_cache(maxsize=16384)
def is_adverb(word: str) -> bool:
    """Whether every reading of ``word`` is an adverb ("заочно", "попередньо")."""
    parses = _parses(word.lower())
    return bool(parses) and all(p.tag.POS == "ADVB" for p in parses)


@lru_cache(maxsize=16384)
def agrees_as_adjective(word: str, noun: str) -> bool:
    """Whether ``word`` reads as an adjective agreeing with a noun reading of ``noun``.

    "Української асоціації": a surname or a language by the dictionary's likeliest readings,
    but the adjective of the noun after it.
    """
    adjectives = {
        (p.tag.case, p.tag.number, p.tag.gender)
        for p in _parses(word.lower())
        if p.tag.POS == "ADJF"
    }
    return any(
        p.tag.POS == "NOUN"
        and "Surn" not in p.tag
        and "Name" not in p.tag
        and (p.tag.case, p.tag.number, p.tag.gender if p.tag.number != "plur" else None)
        in adjectives
        for p in _parses(noun.lower())
    )


@lru_cache(maxsize=16384)
def may_be_subject_of(noun: str, verb: str) -> bool:
    """Whether ``noun`` may be the subject of the past-tense ``verb``: a nominative reading
    agreeing with it in gender or number ("Порушення виявила" — a neuter noun, a feminine
    verb: the noun is its object)."""
    forms = {
        ("plur", None) if p.tag.number == "plur" else ("sing", p.tag.gender)
        for p in _parses(verb.lower())
        if p.tag.POS == "VERB" and p.tag.tense == "past"
    }
    if not forms:
        return True
    return any(
        p.tag.POS == "NOUN"
        and p.tag.case == "nomn"
        and (("plur", None) if p.tag.number == "plur" else ("sing", p.tag.gender)) in forms
        for p in _parses(noun.lower())
    )


@lru_cache(maxsize=16384)
def is_verb(word: str) -> bool:
    """Whether the likeliest reading of ``word`` is a verb or a verb form."""
    parses = _parses(word.lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")


@lru_cache(maxsize=16384)
def is_noun_or_adjective(word: str) -> str:
    """ "noun", "adjective" or "" for the likeliest reading of ``word``."""
    parses = _parses(word.lower())
    if not parses:
        return ""
    pos = parses[0].tag.POS
    if pos == "NOUN":
        return "noun"
    if pos in ("ADJF", "NUMR"):
        return "adjective"
    return ""


def _name_readings(word: str, case: str | None) -> list:
    """The singular readings of a word of a name, those in ``case`` first."""
    readings = [
        p
        for p in _parses(word)
        if {"Name", "Surn", "Patr"} & p.tag.grammemes and "plur" not in p.tag
    ]
    if case:
        readings.sort(key=lambda p: p.tag.case != case)
    return readings


def _nominative(parse, word: str) -> str:
    if parse.tag.case in ("nomn", None) or "Fixd" in parse.tag:
        # (A form the dictionary gives no case, "оператор", is its dictionary form.)
        return word
    plural = "plur" in parse.tag
    form = parse.inflect({"nomn", "plur"} if plural else {"nomn"})
    if form is not None and not plural and "plur" in form.tag:
        # ("оператора": a singular whose nominative the dictionary holds with no case.)
        form = None
    return _capitalised_like(form.word if form else parse.normal_form, word)


@lru_cache(maxsize=16384)
def nominative_name(
    words: tuple[str, ...], case: str | None = None, gender: str | None = None
) -> tuple[str, ...]:
    """A person's name (first name, patronymic, surname in any case) in the nominative.

    ``case`` is the case the name stands in when the caller knows it ("gent"
    after *за словами*); the words' readings must agree in gender (*Юлії
    Свириденко* is a woman's name in the genitive, not a man's in the locative).
    ``gender`` is the person's when the words around the name tell it ("femn" after
    *аналітикиня*): in the nominative, a word with no reading of that gender is a name
    the dictionary does not know, kept as written (*Мелетина*, not Мелетин's genitive).
    """
    if gender and case in (None, "nomn"):
        foreign = [
            not any(p.tag.gender == gender for p in _name_readings(word, case)) for word in words
        ]
        if any(foreign):
            known = tuple(word for word, f in zip(words, foreign, strict=True) if not f)
            found = iter(nominative_name(known, case, gender) if known else ())
            return tuple(word if f else next(found) for word, f in zip(words, foreign, strict=True))
    readings = [_name_readings(word, case) for word in words]
    if gender:
        readings = [[p for p in options if p.tag.gender == gender] for options in readings]
    if case is None and any(
        options and all(p.tag.case == "nomn" for p in options) for options in readings
    ):
        # "Сергій Лелека": a first name that can only be in the nominative puts the whole
        # name there; a surname with no nominative reading ("Лелека" read as Лелеко's
        # genitive) stays as written.
        readings = [
            options if any(p.tag.case == "nomn" for p in options) else [] for options in readings
        ]
    genders = None
    any_in_case = bool(case) and any(p.tag.case == case for options in readings for p in options)
    for options in readings:
        if not options:
            continue
        if case:
            in_case = [p for p in options if p.tag.case == case]
            if not in_case and any_in_case:
                # "Бахтійора Ширінбоєва" after "речника": a first name the dictionary reads
                # only as a woman's in the nominative says nothing of the gender when the
                # surname stands in the case given (a man's genitive).
                continue
            options = in_case or options
        found = {p.tag.gender for p in options if p.tag.gender}
        if found:
            genders = found if genders is None else (genders & found) or genders
    # A double surname's own whole-word readings are guesses: its gender is the other words'.
    others = [
        {p.tag.gender for p in options if p.tag.gender and (not case or p.tag.case == case)}
        for word, options in zip(words, readings, strict=True)
        if "-" not in word
    ]
    others_gender = set.intersection(*others) if others and all(others) else None
    out = []
    for word, options in zip(words, readings, strict=True):
        double = _double_surname(word, case, others_gender)
        if double is not None:
            out.append(double)
            continue
        if genders:
            agreeing = [p for p in options if not p.tag.gender or p.tag.gender in genders]
            if not agreeing and options and any_in_case and case == "gent":
                # The first name of a man whose surname is in the genitive, read only as a
                # woman's name: a man's name the dictionary does not know (Бахтійора).
                out.append(_unknown_nominative(word, case, genders))
                continue
            options = agreeing or options
        if not options:
            out.append(_unknown_nominative(word, case, genders))
            continue
        # The reading in the case given ("Прокудіна" after "за словами" is "Прокудін", not
        # a woman's name); without one, the nominative ("Юлія", not Юлій's genitive).
        options = sorted(options, key=lambda p: p.tag.case != (case or "nomn"))
        out.append(_nominative(options[0], word))
    return tuple(out)


def _unknown_nominative(word: str, case: str | None, genders: set | None) -> str:
    """A word of a name the dictionary does not know as one, in the nominative when the
    other words of the name tell its case and gender: "Сосипатра Голобородька" →
    "Сосипатр", "Калиника Кужільного" → "Кужільний", "Стефаніди Дзюбинської" →
    "Стефаніда"; else as written."""
    if case in (None, "nomn") or "-" in word or not genders or len(genders) != 1:
        return word
    gender = next(iter(genders))
    for p in _parses(word.lower()):
        if (
            p.tag.POS in ("NOUN", "ADJF")
            and p.tag.case == case
            and p.tag.gender == gender
            and "plur" not in p.tag
        ):
            form = p.inflect({"nomn", gender} if p.tag.POS == "ADJF" else {"nomn"})
            if form is not None:
                return _capitalised_like(form.word, word)
    if case == "gent" and word.endswith(("и", "ї")):
        # A woman's first name in -а or -я, or a surname in -а of either (Шевелюха), in
        # the genitive.
        return word[:-1] + ("а" if word.endswith("и") else "я")
    return word


def _double_surname(word: str, case: str | None, genders: set | None) -> str | None:
    """A double surname whose first part is an adjective or a surname of an adjective's form,
    in the nominative part by part:
    "Ласкавого-Оліфера" → "Ласкавий-Оліфер", "Маковецької-Цвях" → "Маковецька-Цвях" (a
    woman's second part does not decline); None when it is no such name."""
    first, dash, second = word.partition("-")
    if not dash or case in (None, "nomn") or not second[:1].isupper():
        return None
    gender = next(iter(genders)) if genders and len(genders) == 1 else None
    adjective = next(
        (
            p
            for p in _parses(first.lower())
            if (p.tag.POS == "ADJF" or "Surn" in p.tag)
            and p.tag.case == case
            and p.tag.number != "plur"
            and (gender is None or p.tag.gender == gender)
        ),
        None,
    )
    if adjective is None:
        return None
    gender = gender or adjective.tag.gender or "masc"
    form = adjective.inflect({"nomn", gender})
    if form is None:
        return None
    surname = next(
        (
            p
            for p in _name_readings(second.lower(), case)
            if p.tag.case == case and p.tag.gender == gender
        ),
        None,
    )
    rest = _capitalised_like(_nominative(surname, second.lower()), second) if surname else second
    return f"{_capitalised_like(form.word, first)}-{rest}"


# Titles whose forms the dictionary reads as another noun first: "старости" as "старість".
_TITLE_FORMS = {
    "старости": "староста", "старості": "староста", "старосту": "староста",
    "старостою": "староста",
}  # fmt: skip


@lru_cache(maxsize=16384)
def nominative_phrase(words: tuple[str, ...], case: str | None = None) -> tuple[str, ...]:
    """A body's name in the nominative: leading adjectives and the head noun inflected.

    ``case`` is the case the phrase stands in when the caller knows it ("loct"
    after *в*, "gent" after *за даними*); words after the head noun (its own
    complements, *з надзвичайних ситуацій*) are kept as written.
    """
    if not words:
        return words
    if words[0].lower() in _TITLE_FORMS:
        # "старости Сокиринців": the village head, not old age ("старість").
        nominative = _TITLE_FORMS[words[0].lower()]
        return (_capitalised_like(nominative, words[0]), *words[1:])
    head = None
    for i, word in enumerate(words):
        if i and word in ("та", "і", "й") and i + 1 < len(words):
            # "Продовольчої та сільськогосподарської організації": two adjectives joined.
            continue
        parses = _parses(word)
        if not parses:
            return words
        if (
            0 < i < len(words) - 1
            and agrees_as_adjective(words[i - 1], words[i + 1])
            and not agrees_as_adjective(words[i - 1], word)
        ):
            # "Європейської бізнес асоціації": a noun used as an adjective, the adjective
            # before it agreeing with the noun after it.
            continue
        if (
            any(p.tag.POS == "NOUN" for p in parses)
            and not all(p.tag.POS == "ADJF" for p in parses[:1])
            and not (i + 1 < len(words) and agrees_as_adjective(word, words[i + 1]))
            # ("Постійного виборчого управління": an adjective the dictionary also reads as
            # a noun, before another adjective.)
            and not (
                i + 1 < len(words)
                and any(p.tag.POS == "ADJF" for p in parses)
                and all(p.tag.POS == "ADJF" for p in _parses(words[i + 1])[:1])
            )
        ):
            head = i
            break
        if not any(p.tag.POS == "ADJF" for p in parses):
            return words
    if head is None:
        return words
    head_parse = _pick(words[head], "NOUN", case or "nomn", _agreeing(words[:head], case))
    if head_parse is None or (case is None and head_parse.tag.case in ("nomn", None)):
        return words
    case = case or head_parse.tag.case
    plural = "plur" in head_parse.tag
    gender = head_parse.tag.gender
    out = list(words)
    out[head] = _nominative(head_parse, words[head])
    for i in range(head):
        if words[i] in ("та", "і", "й"):
            continue
        parse = _pick(words[i], "ADJF", case)
        if parse is None:
            continue
        wanted = {"nomn", "plur"} if plural else {"nomn", gender or "masc"}
        form = parse.inflect(wanted)
        if form is not None:
            out[i] = _capitalised_like(form.word, words[i])
        elif not plural and (gender or "masc") == "masc" and parse.normal_form.endswith("ий"):
            # "Кіровоградського обласного центру": a place's adjective the dictionary cannot
            # inflect has its masculine nominative as its dictionary form.
            out[i] = _capitalised_like(parse.normal_form, words[i])
    return tuple(out)


def _pick(word: str, pos: str, case: str | None, genders: frozenset = frozenset()):
    options = [p for p in _parses(word) if pos == p.tag.POS]
    if case:
        options = [p for p in options if p.tag.case == case] or options
    if genders:
        # "Кременчуцькій міській раді": the noun's reading agrees with its adjectives (рада,
        # not рад).
        options = [p for p in options if p.tag.gender in genders] or options
    return options[0] if options else None


def _agreeing(adjectives: tuple[str, ...], case: str | None) -> frozenset:
    """The genders every adjective before a noun may have in ``case``."""
    genders = None
    for word in adjectives:
        found = {
            p.tag.gender
            for p in _parses(word)
            if p.tag.POS == "ADJF" and p.tag.gender and (case is None or p.tag.case == case)
        }
        if found:
            genders = found if genders is None else (genders & found) or genders
    return frozenset(genders or ())


# Cardinal and collective numerals by their dictionary form.
_NUMERAL_LEMMAS = {
    "один": 1, "два": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8,
    "дев'ять": 9, "десять": 10, "одинадцять": 11, "дванадцять": 12, "тринадцять": 13,
    "чотирнадцять": 14, "п'ятнадцять": 15, "шістнадцять": 16, "сімнадцять": 17,
    "вісімнадцять": 18, "дев'ятнадцять": 19, "двадцять": 20, "тридцять": 30, "сорок": 40,
    "п'ятдесят": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90,
    "сто": 100, "двісті": 200, "триста": 300, "чотириста": 400, "п'ятсот": 500,
    "шістсот": 600, "сімсот": 700, "вісімсот": 800, "дев'ятсот": 900,
    "двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10,
}  # fmt: skip
# Forms the dictionary lacks or gives another reading first.
_EXTRA_FORMS = {
    "сорока": 40, "ста": 100, "двох": 2, "двом": 2, "двома": 2, "дві": 2,
    "трьох": 3, "чотирьох": 4, "двоє": 2, "троє": 3, "четверо": 4,
    "трьом": 3, "одна": 1, "одне": 1,
}  # fmt: skip
# Collective numerals past ten, which the dictionary lacks: "чотирнадцятеро загиблих",
# "п'ятнадцятьох поранених".
_COLLECTIVE_STEMS = {
    "одинадцят": 11, "дванадцят": 12, "тринадцят": 13, "чотирнадцят": 14, "п'ятнадцят": 15,
    "шістнадцят": 16, "сімнадцят": 17, "вісімнадцят": 18, "дев'ятнадцят": 19, "двадцят": 20,
    "тридцят": 30,
}  # fmt: skip
_EXTRA_FORMS.update(
    (f"{stem}{ending}", value)
    for stem, value in _COLLECTIVE_STEMS.items()
    for ending in ("еро", "ьох", "ьом", "ьома")
)
# "обидва працювали монтажниками": "both" of those just named, no count of its own.
_NOT_A_COUNT = frozenset(("обидва", "обидві", "обох", "обом", "обома"))


@lru_cache(maxsize=1)
def numeral_values() -> dict[str, int]:
    """Every case form of the cardinal and collective numerals, lower-case, with its value."""
    values: dict[str, int] = {}
    for lemma, value in _NUMERAL_LEMMAS.items():
        values.setdefault(lemma, value)
        for parse in _parses(lemma):
            if parse.tag.POS == "NUMR" and parse.normal_form == lemma:
                for form in parse.lexeme:
                    values.setdefault(form.word, value)
                break
    values.update(_EXTRA_FORMS)
    for word in _NOT_A_COUNT:
        values.pop(word, None)
    return values
