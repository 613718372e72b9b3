"""Claim suggestions: split an article into sentences and say which are worth checking.

Pure Python, no database. The editor's split view calls ``suggest_claims(body)``
and ``import_seeds --suggest`` its cheaper twin ``checkworthy_sentences(body)``;
every offset returned is an offset into that exact body, so a suggestion
becomes an appearance without re-searching.

A sentence scores from 0 to 1 on what a fact-checker looks for — figures,
attributions to named or official sources, quotations, official bodies, dates,
specific events and records — and loses score for emotional or celebratory
colour. Embedded social posts are kept whole and never suggested on their own.
Each reason carries its offsets so the interface can highlight why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from articles.figures import Figure, extract_figures
from articles.text import SOCIAL_SIGNATURE as _SOCIAL_SIGNATURE
from articles.text import Sentence, split_paragraphs, split_sentences

__all__ = [
    "DEFAULT_THRESHOLD",
    "Figure",
    "Reason",
    "Sentence",
    "Suggestion",
    "checkworthy_sentences",
    "extract_figures",
    "score_sentences",
    "split_paragraphs",
    "split_sentences",
    "suggest_claims",
]


def _split(words: str) -> list[str]:
    """A word list written as comma-separated text."""
    return [w.strip() for w in words.split(",") if w.strip()]


DEFAULT_THRESHOLD = 0.4


class ClaimKind:
    """The values of ``articles.models.ClaimKind``, without importing Django models here."""

    CASUALTY_FIGURE = "casualty_figure"
    OFFICIAL_STATEMENT = "official_statement"
    STATISTIC = "statistic"
    EVENT = "event"
    QUOTE = "quote"
    PREDICTION = "prediction"
    OTHER = "other"


class ClaimantKind:
    """The values of ``articles.models.ClaimantKind``."""

    PERSON = "person"
    OFFICE = "office"
    GOVERNMENT = "government"
    MILITARY = "military"
    ORGANISATION = "organisation"
    MEDIA = "media"


@dataclass(frozen=True)
class Reason:
    """Why a sentence scored as it did, with the absolute offsets of the words concerned.

    ``kind`` is one of: figure, casualty, attribution, quotation, official_body, date,
    comparison, event, prediction (raising the score) or emotion, social_post,
    short (lowering it).
    """

    kind: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Suggestion:
    """A sentence with its check-worthiness score and a first guess at the claim's fields."""

    start: int
    end: int
    text: str
    score: float
    reasons: tuple[Reason, ...]
    kind: str
    claimant: str | None
    claimant_kind: str | None
    figure: Figure | None


_SOCIAL_LINK = re.compile(
    r"pic\.twitter\.com/\w+|https?://(?:www\.)?(?:twitter|x|t|instagram|facebook|t\.me)\S*"
    r"|\(@\w{1,30}\)",
    re.I,
)


# --- lexicons -------------------------------------------------------------------------------


_TOKEN = re.compile(r"\w+(?:[-\u2010]\w+)*")


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lowercased word) of each word of ``text``; apostrophes split words."""
    return tuple((m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text))


class _Match:
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


class _Lexicon:
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
        tokens = _tokens(text)
        n = len(tokens)
        i = 0
        while i < n:
            start, _end, word = tokens[i]
            last, entry = -1, ""
            for rest, variant in self.phrases.get(word, ()):
                k = len(rest)
                if i + k < n and all(tokens[i + 1 + j][2] == rest[j] for j in range(k)):
                    last, entry = i + k, variant
                    break
            if last < 0 and self.prefixes and word.startswith(self.prefixes):
                last, entry = i, word
            if last >= 0:
                yield _Match(text, start, tokens[last][1], entry)
                i = last + 1
            else:
                i += 1

    def search(self, text: str) -> _Match | None:
        return next(self.finditer(text), None)


# "X said", "X has hailed", "X told AFP".
_ATTRIBUTION_VERBS = frozenset(
    _split(
        r"""
    said, says, told, tells, stated, states, announced, announces, claimed, claims, confirmed,
    confirms, reported, reports, added, warned, warns, insisted, insists, denied, denies,
    estimated, estimates, hailed, accused, alleged, noted, wrote, tweeted, posted, declared,
    acknowledged, admitted, argued, explained, predicted, predicts, forecast, forecasts,
    projected, revealed, disclosed, concluded, found, showed, shows, ruled, testified, blamed,
    urged, pledged, promised, vowed, described, called
    """
    )
)
_SAID_WHO = re.compile(
    r"[,”\"]\s*(?:said|says|wrote|added)\s+"
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w\u2019'.-]*|of|the|for|and)(?:\s+(?:[A-Z][\w\u2019'.-]*|of|the|for|and))*)"
)
_ACCORDING_TO = re.compile(
    r"\baccording to\s+(?P<who>[^,.;:()\"“”]+?)(?=\s*(?:[,.;:()\"“”]|$|\s(?:which|who|that|"
    r"released|published|on|in|at|from)\b))",
    re.I,
)
_MEDIA = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "reuters": "Reuters",
    "ap": "AP",
    "the associated press": "the Associated Press",
    "associated press": "the Associated Press",
    "bbc": "BBC",
    "the bbc": "BBC",
    "cnn": "CNN",
    "the guardian": "The Guardian",
    "the new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "al jazeera": "Al Jazeera",
    "dpa": "dpa",
    "efe": "EFE",
    "tass": "TASS",
    "interfax": "Interfax",
    "ukrinform": "Ukrinform",
    "the times": "The Times",
    "bloomberg": "Bloomberg",
    "the financial times": "The Financial Times",
}
_MEDIA_RE = re.compile(
    r"\b(?:told|tells|in an interview with|speaking to)\s+(?P<media>"
    + "|".join(sorted((re.escape(m) for m in _MEDIA), key=len, reverse=True))
    + r")\b",
    re.I,
)

_COUNTRIES = {
    "the us": "United States",
    "us": "United States",
    "the u.s.": "United States",
    "u.s.": "United States",
    "the united states": "United States",
    "united states": "United States",
    "washington": "United States",
    "america": "United States",
    "the uk": "United Kingdom",
    "uk": "United Kingdom",
    "the u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "the united kingdom": "United Kingdom",
    "london": "United Kingdom",
    "russia": "Russia",
    "moscow": "Russia",
    "the russian federation": "Russia",
    "ukraine": "Ukraine",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "china": "China",
    "beijing": "China",
    "france": "France",
    "paris": "France",
    "germany": "Germany",
    "berlin": "Germany",
    "poland": "Poland",
    "warsaw": "Poland",
    "belarus": "Belarus",
    "minsk": "Belarus",
    "iran": "Iran",
    "tehran": "Iran",
    "turkey": "Turkey",
    "ankara": "Turkey",
    "israel": "Israel",
    "japan": "Japan",
    "tokyo": "Japan",
    "india": "India",
    "new delhi": "India",
    "canada": "Canada",
    "ottawa": "Canada",
    "australia": "Australia",
    "canberra": "Australia",
    "italy": "Italy",
    "rome": "Italy",
    "spain": "Spain",
    "madrid": "Spain",
    "brazil": "Brazil",
    "mexico": "Mexico",
    "south africa": "South Africa",
    "north korea": "North Korea",
    "pyongyang": "North Korea",
    "south korea": "South Korea",
    "seoul": "South Korea",
    "hungary": "Hungary",
    "budapest": "Hungary",
    "moldova": "Moldova",
    "georgia": "Georgia",
    "kazakhstan": "Kazakhstan",
    "the kremlin": "Kremlin",
    "kremlin": "Kremlin",
    "the white house": "White House",
    "white house": "White House",
    "downing street": "Downing Street",
}
_DEMONYMS = frozenset(
    _split(
        r"""
    ukrainian, russian, american, us, u.s., uk, british, french, german, polish, chinese,
    belarusian, iranian, turkish, israeli, japanese, indian, canadian, australian, italian,
    spanish, brazilian, european, un, eu, nato, local, regional, state, federal, national,
    chief, senior, top, former, deputy, acting, interim, then, newly, elected, opposition
    """
    )
)
_TITLE_WORDS = frozenset(
    _split(
        r"""
    president, vice, prime, minister, ministers, foreign, defence, defense, health, finance,
    interior, economy, justice, education, chancellor, governor, mayor, senator, sen., rep.,
    representative, congressman, congresswoman, mp, mep, lawmaker, deputy, gen., general, lt.,
    lt, lieutenant, col., colonel, major, maj., captain, capt., commander, admiral, dr., dr,
    prof., professor, mr., mr, mrs., mrs, ms., ms, judge, spokesman, spokeswoman, spokesperson,
    secretary, secretary-general, chief, head, director, director-general, ceo, chair, chairman,
    chairwoman, coach, prosecutor, attorney, advocate, ambassador, envoy, official, officer,
    adviser, advisor, aide, economist, scientist, researcher, epidemiologist, analyst, expert,
    leader, councillor, councilor, speaker, king, queen, prince, pope, ombudsman, sheriff,
    inspector, sergeant, physician, doctor, surgeon, executive, founder, candidate, challenger,
    incumbent, manager, treasurer, auditor, inspector-general, commissioner
    """
    )
)
# Titles that make a person's statement an official one.
_OFFICIAL_TITLES = frozenset(
    _split(
        r"""
    president, minister, chancellor, governor, mayor, senator, sen., rep., representative,
    congressman, congresswoman, mp, mep, lawmaker, gen., general, lt., lieutenant, col.,
    colonel, commander, admiral, spokesman, spokeswoman, spokesperson, secretary,
    secretary-general, prosecutor, ambassador, envoy, official, councillor, councilor, speaker,
    ombudsman, sheriff, inspector, commissioner, judge, treasurer, auditor, director-general,
    chief
    """
    )
)
# Official bodies and their claimant kind; first match wins, longest first.
_BODIES: dict[str, str] = {}
for _kind, _words in {
    ClaimantKind.OFFICE: _split(
        r"""
        prosecutor general, prosecutor-general, prosecutor general's office, prosecutor's
        office, prosecutors, prosecutor, ministry, ministries, department, police, agency,
        commission, inspectorate, presidency, president's office, presidential office, office,
        ombudsman, regulator, central bank, statistics office, statistical office, bureau,
        court, supreme court, tribunal, electoral commission, election commission, treasury,
        health service, nhs, public health, coroner, audit office, auditor, emergency service,
        emergency services, fire service, coast guard, border guard, border service, state
        emergency service, customs, mayor, governor, city hall, town hall, council, city
        council, county council, board, spokesman, spokeswoman, spokesperson, officials,
        official, watchdog, investigators, inquiry, senate, congress
        """
    ),
    ClaimantKind.GOVERNMENT: _split(
        r"""
        government, cabinet, administration, kremlin, white house, downing street, authorities,
        state, parliament, legislature, duma, verkhovna rada, rada, national assembly, regime
        """
    ),
    ClaimantKind.MILITARY: _split(
        r"""
        army, military, armed forces, general staff, commander, commanders, troops, navy, air
        force, brigade, battalion, regiment, command, defence forces, defense forces, soldiers,
        marines, national guard, special forces, militia, forces, pentagon
        """
    ),
    ClaimantKind.ORGANISATION: _split(
        r"""
        un, united nations, who, world health organization, imf, world bank, nato, eu, european
        union, european commission, red cross, icrc, amnesty, amnesty international, human
        rights watch, unicef, unhcr, ohchr, osce, iaea, wada, ioc, union, party, company, ngo,
        charity, institute, university, foundation, association, federation, committee, group,
        hospital, clinic, firm, bank, organisation, organization, council, panel, researchers,
        scientists, study, survey, report, poll, census
        """
    ),
}.items():
    for _w in _words:
        _BODIES.setdefault(_w, _kind)
_BODY_WORDS = _Lexicon(_BODIES)
# Bodies that count as official when named in a sentence (not "group", "study" …).
_OFFICIAL_BODY_WORDS = {
    w
    for w, k in _BODIES.items()
    if k in (ClaimantKind.OFFICE, ClaimantKind.GOVERNMENT, ClaimantKind.MILITARY)
} | frozenset(
    _split(
        r"""
    un, united nations, who, world health organization, imf, world bank, nato, eu, european
    union, european commission, president, prime minister, minister, red cross, unicef, unhcr,
    ohchr, osce, iaea, wada, ioc, census
    """
    )
)
_OFFICIAL_BODY_WORDS -= frozenset(
    _split(
        r"""
    state, forces, soldiers, troops, office, board, command, party, union, council, court
    """
    )
)
_OFFICIAL_WORDS = _Lexicon(_OFFICIAL_BODY_WORDS)
_ACRONYM_BODIES = frozenset(
    _split(
        r"""
    UN, WHO, IMF, NATO, EU, ICRC, UNICEF, UNHCR, OHCHR, OSCE, IAEA, WADA, IOC, NHS
    """
    )
)

_ANONYMOUS = _Lexicon(
    _split(
        r"""
    resident, residents, local, locals, villager, villagers, witness, witnesses, man, woman,
    men, women, mother, father, survivor, survivors, neighbour, neighbor, passer-by,
    shopkeeper, student, students, volunteer, volunteers, fan, fans, onlooker, onlookers,
    person, people, someone, one, another, voter, voters, parent, parents, driver, teacher,
    nurse, patient, worker, workers, farmer, farmers, pensioner, source, sources
    """
    )
)

_CASUALTY = _Lexicon(
    _split(
        r"""
        killed, kill, killing, dead, deaths, death, died, die, dying, bodies, body, wounded,
        injured, injuries, casualties, casualty, fatalities, fatality, victims, murdered,
        massacred, executed, slain, perished, death toll, toll, missing, drowned, exhumed,
        buried, graves, shot dead
        """
    )
)
_EMOTION = _Lexicon(
    _split(
        r"""
        celebrat*, cheer*, hug, hugs, hugged, hugging, joy*, tears, crying, cried, weep*, emotional,
        grateful, gratitude, glory, amazing, danc*, sang, singing, sing, partied, partying,
        elated, jubila*, ecsta*, flowers, bouquets, bouquet, bonfire, welcome*, greet*,
        proud, pride, happy, happiness, love, loved, thrilled, delighted, festive, heartbroken,
        heartbreaking, grief, griev*, mourn*, sad, sadness, fans, euphori*, embrac*,
        kiss*, smil*, laugh*, wonderful, beautiful, incredible, fantastic, touching,
        anthem, flags, waved, waving, honk*, fireworks, rejoic*, relieved,
        hope, hopes, hopeful, unforgettable, magical, atmosphere, emotion*, swarmed, gifts, gift,
        embroidered, towels, towel, crowds, crowd
        """
    )
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATE = re.compile(
    r"\b(?:(?:early|late|mid|mid-)\s*)?(?:" + _MONTH_NAMES + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH_NAMES + r")(?:\s+\d{4})?\b"
    r"|\b(?:on|last|next|this|by|since|until|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year|weekend|spring|summer|autumn|winter)\b"
    r"|\b(?:in|since|by|until|from|during|before|after)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:19|20)\d\d\b"
    r"|\b(?:yesterday|today|tomorrow|overnight)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
_MAY_AS_VERB = re.compile(r"\bmay\b(?!\s+\d)", re.I)
_COMPARISON = _Lexicon(
    _split(
        r"""
        only, first time, for the first time, largest, biggest, highest, lowest, smallest,
        worst, best, record, record-breaking, most, least, fastest, slowest, deadliest,
        unprecedented, never before, doubled, tripled, halved, rose, fell, increased, decreased,
        dropped, surged, plunged, grew, declined, compared with, compared to, up from, down from
        """
    )
)
_EVENT = _Lexicon(
    _split(
        r"""
        annexed, invaded, withdrew, withdrawn, captured, seized, recaptured, liberated,
        retreated, launched, struck, shelled, bombed, attacked, arrested, detained, charged,
        convicted, sentenced, acquitted, banned, suspended, fined, approved, passed, signed,
        vetoed, ratified, elected, resigned, dismissed, appointed, sacked, fired, evacuated,
        exhumed, destroyed, damaged, collapsed, flooded, erupted, hit, cut, closed, opened,
        began, begun, started, ended, sent, deployed, found, discovered, tested positive,
        failed, won, lost, defeated, recalled, stripped, raised, lowered, allocated, spent, cut,
        announced, introduced, reported, recorded, registered, confirmed, declared, imposed,
        lifted, blocked, occupied, captured, shot, crashed, derailed, burned, overturned,
        ordered
        """
    )
)
_PREDICTION = _Lexicon(
    _split(
        r"""
    will, would, expects, expect, expected to, forecasts, forecast, projected, projects,
    predicts, predict, predicted, is set to, are set to, likely to, on track to, plans to,
    plan to, planned, intends to, intend to, aims to, aim to, estimates that, estimate that
    """
    )
)
# The wording that makes a sentence a prediction rather than a plan or a conditional.
_STRONG_PREDICTION = _Lexicon(
    _split(
        r"""
    will, expects, expect, expected, forecasts, forecast, projected, predicts, predict,
    set to, likely to
    """
    )
)
# "almost every house", "all schools": a quantity stated without a number.
_QUANTIFIER = re.compile(
    r"\b(?:almost|nearly|virtually|practically)\s+(?:every|all|no|none)\b"
    r"|\b(?:none|no one|nobody)\s+(?:of|was|were|has|had)\b",
    re.I,
)
_EXPERT = re.compile(
    r"\b(?:Dr|Prof)\.?\s|\b(?:professor|doctor|scientist|economist|epidemiologist|"
    r"researcher|analyst|expert|statistician|virologist|physician|surgeon|head of|heads the)\b",
    re.I,
)
_AGE_UNITS = {"year-old", "years old", "years-old"}
_QUOTE = re.compile(r"[\"“«](?P<q>[^\"“”«»]{1,2000}?)[\"”»]")
_DURATION_UNITS = frozenset(
    _split(
        r"""
    months, month, days, day, years, year, weeks, week, hours, hour, minutes, minute, seconds,
    decades, decade, centuries, nights, night
    """
    )
)
_STATISTIC_UNITS = {"%", "dollars", "pounds", "euros", "yen", "hryvnias", "roubles"}


class _Scanner:
    """Several lexicons matched in one pass over a sentence's words."""

    def __init__(self, lexicons: dict[str, _Lexicon]) -> None:
        self.names = list(lexicons)
        self.entries: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for name, lexicon in lexicons.items():
            for first, rests in lexicon.phrases.items():
                for rest, variant in rests:
                    self.entries.setdefault(first, []).append((rest, variant, name))
        for entries in self.entries.values():
            entries.sort(key=lambda item: -len(item[0]))
        self.prefixes = [(name, lex.prefixes) for name, lex in lexicons.items() if lex.prefixes]

    def scan(self, text: str) -> dict[str, list[_Match]]:
        found: dict[str, list[_Match]] = {name: [] for name in self.names}
        free_from = dict.fromkeys(self.names, 0)
        tokens = _tokens(text)
        n = len(tokens)
        for i, (start, _end, word) in enumerate(tokens):
            matched = set()
            for rest, variant, name in self.entries.get(word, ()):
                if name in matched or free_from[name] > i:
                    continue
                k = len(rest)
                if i + k < n and all(tokens[i + 1 + j][2] == rest[j] for j in range(k)):
                    found[name].append(_Match(text, start, tokens[i + k][1], variant))
                    free_from[name] = i + k + 1
                    matched.add(name)
            for name, prefixes in self.prefixes:
                if name not in matched and free_from[name] <= i and word.startswith(prefixes):
                    found[name].append(_Match(text, start, tokens[i][1], word))
                    free_from[name] = i + 1
        return found


# --- claimants ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Attribution:
    start: int  # absolute
    end: int
    who: str
    media: str | None
    raw: str = ""  # the words before cleaning, where a body may still be named


@lru_cache(maxsize=8192)
def _clean_who(raw: str) -> str:
    who = raw.strip(" ,;:—\u2013-\"“”'\u2019")
    # "An army commander on the outskirts of Kherson city" → "An army commander"
    who = re.split(
        r"\s+(?:on|in|at|from|near|outside|inside|who|which|speaking|after|"
        r"during|earlier|later|also|has|have|had|previously|again|then|on\s+Twitter)\b",
        who,
        maxsplit=1,
    )[0]
    return who.strip(" ,;:—\u2013-")


_CONJUNCTION = re.compile(
    r"\b(?:while|but|and|whereas|although|though|as|after|because|since|when|where|before|so)"
    r"\s+"
)


def _clause_start(before: str) -> int:
    """Where the clause that ends ``before`` starts: after its last comma, dash, closing
    quotation mark or conjunction."""
    cut = 0
    for mark in ",;:(\u2014\u2013":
        cut = max(cut, before.rfind(mark) + 1)
    for quote in '"\u201d':
        k = before.rfind(quote)
        if k >= 0 and k + 1 < len(before) and before[k + 1].isspace():
            cut = max(cut, k + 1)
    conjunctions = [m.end() for m in _CONJUNCTION.finditer(before, cut)]
    if conjunctions:
        cut = conjunctions[-1]
    while cut < len(before) and before[cut].isspace():
        cut += 1
    return cut


_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_NOT_A_SPEAKER = {"which", "that", "this", "who", "what", "there", "these", "those"}
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s*$", re.I)


def _subject_before(text: str, verb_start: int) -> tuple[int, str] | None:
    """The clause before an attribution verb: (its start, its text), skipping "who …" clauses."""
    # "X, who heads the unit, said": the comma closes a relative clause, not the subject.
    before = text[:verb_start].rstrip()
    if before.endswith(","):
        before = before[:-1]
    clause_start = _clause_start(before)
    subject = before[clause_start:]
    # "Dr. Okafor, who heads the unit, said": the speaker is before the relative clause.
    if subject.strip().split(" ", 1)[0].lower() in ("who", "whose") and clause_start:
        earlier = before[:clause_start].rstrip(" ,")
        clause_start = _clause_start(earlier)
        subject = earlier[clause_start:]
    if not subject.strip():
        return None
    return clause_start, subject


def _attributions(sentence: Sentence) -> list[_Attribution]:
    text = sentence.text
    found: list[_Attribution] = []
    taken: list[tuple[int, int]] = []
    for m in _SAID_WHO.finditer(text):
        who = _clean_who(m.group("who"))
        if who and who.split()[0].lower() not in _PRONOUNS | _NOT_A_SPEAKER:
            start = sentence.start + m.start("who")
            found.append(_Attribution(start, start + len(who), who, None))
            taken.append((m.start(), m.end()))
    for m in _ACCORDING_TO.finditer(text) if "ccording to" in text else ():
        who = m.group("who").strip()
        if who:
            start = sentence.start + m.start("who")
            found.append(_Attribution(start, start + len(who), who, None, who))
            taken.append((m.start(), m.end()))
    for verb_start, verb_end, word in _tokens(text):
        if word not in _ATTRIBUTION_VERBS or any(a <= verb_start < b for a, b in taken):
            continue
        # "No deaths have been reported": a passive verb names no speaker.
        if _PASSIVE.search(text, max(0, verb_start - 12), verb_start):
            continue
        subject = _subject_before(text, verb_start)
        if subject is None:
            continue
        subject_start, raw = subject
        raw = raw.rstrip()
        if len(raw.split()) > 12:
            continue
        who = _clean_who(raw)
        first = who.split()[0].lower() if who else ""
        if not who or first in _NOT_A_SPEAKER:
            continue
        if first in _PRONOUNS:
            # A pronoun: the speaker is named elsewhere; still an attribution.
            who = ""
        lead = len(raw) - len(raw.lstrip(" ,;:\u2014\u2013-\"\u201c\u201d'\u2019"))
        media = _MEDIA_RE.match(text, verb_start)
        media_name = _MEDIA[media.group("media").lower()] if media else None
        start = sentence.start + subject_start + lead
        found.append(_Attribution(start, sentence.start + verb_end, who, media_name, raw))
    found.sort(key=lambda a: a.start)
    return found


_NAMED = re.compile(r"(?:[A-Z][\w\u2019'&-]*)(?:\s+(?:of|for|and|on|the|de|[A-Z][\w\u2019'&-]*))*")


def _named_body(text: str) -> tuple[str, str] | None:
    """A capitalised body named somewhere in ``text``: "the Central Election Commission"."""
    for m in _NAMED.finditer(text):
        name = re.sub(r"\s+(?:of|for|and|on|the|de)$", "", m.group(0))
        name = re.sub(r"^The\s+", "", name)
        if name in _ACRONYM_BODIES:
            return name, ClaimantKind.ORGANISATION
        if name.lower() in _COUNTRIES and " " not in name:
            continue
        body = _BODY_WORDS.search(name)
        if body and body.group(0)[0].isupper() and len(name.split()) >= 2:
            return name, _BODIES[body.entry]
    return None


@lru_cache(maxsize=8192)
def _resolve(who: str) -> tuple[str | None, str | None, bool]:
    """(claimant name, claimant kind, is official) for the words naming who said it."""
    if not who:
        return None, None, False
    words = who.split()
    lowered = who.lower()
    bare = re.sub(r"^(?:the|a|an|one)\s+", "", lowered)
    if lowered in _MEDIA or bare in _MEDIA:
        return _MEDIA.get(lowered, _MEDIA.get(bare)), ClaimantKind.MEDIA, False
    if lowered in _COUNTRIES or bare in _COUNTRIES:
        name = _COUNTRIES.get(lowered) or _COUNTRIES[bare]
        return name, ClaimantKind.GOVERNMENT, True
    # Titles and demonyms first, then the capitalised name: "Ukrainian MP Lesia Vasylenko".
    i = 0
    while i < len(words) and (
        words[i].lower() in _TITLE_WORDS
        or words[i].lower() in _DEMONYMS
        or words[i].lower() in ("the", "a", "an", "of", "'s")
        or words[i].lower().rstrip("\u2019's") in _COUNTRIES
    ):
        i += 1
    title_words = [w.lower() for w in words[:i]]
    name_words = words[i:]
    official_title = any(w in _OFFICIAL_TITLES for w in title_words)
    if name_words and all(
        w[0].isupper()
        for w in name_words
        if w.lower() not in ("of", "de", "van", "von", "al", "bin")
    ):
        name = " ".join(name_words)
        body = _BODY_WORDS.search(name)
        if name.upper() in _ACRONYM_BODIES or name in _ACRONYM_BODIES:
            return name, ClaimantKind.ORGANISATION, True
        if body and not (
            len(name_words) >= 2
            and not title_words
            and body.group(0).istitle()
            and _looks_like_person(name_words)
        ):
            kind = _BODIES[body.entry]
            return name, kind, kind != ClaimantKind.ORGANISATION or name in _ACRONYM_BODIES
        if name.lower() in _COUNTRIES:
            return _COUNTRIES[name.lower()], ClaimantKind.GOVERNMENT, True
        if len(name_words) == 1 and name.isupper() and len(name) > 1:
            return name, ClaimantKind.ORGANISATION, False
        return name, ClaimantKind.PERSON, official_title
    # No proper name: a generic body ("the government", "the prosecutor general").
    if _ANONYMOUS.search(bare) and not _BODY_WORDS.search(bare):
        return _named(who)
    # Only a short phrase whose head is the body: "the prosecutor general", "an army
    # commander" — not "vehicles carrying returning troops".
    heads = list(_BODY_WORDS.finditer(bare))
    body = heads[-1] if heads else None
    short = len(words) <= 5 and not any(w.endswith("ing") for w in words)
    generic = re.sub(r"^(?:a|an|one)\s+", "", who.strip(), flags=re.I)
    generic = re.sub(r"^The\b", "the", generic)
    if body and short and body.end() == len(bare):
        kind = _BODIES[body.entry]
        return generic, kind, kind != ClaimantKind.ORGANISATION
    if official_title and short:
        return generic, ClaimantKind.OFFICE, True
    return _named(who)


@lru_cache(maxsize=8192)
def _named(who: str) -> tuple[str | None, str | None, bool]:
    """The body named inside a longer phrase: "observers from the OSCE" → OSCE."""
    named = _named_body(who)
    if named is None:
        return None, None, False
    name, kind = named
    return name, kind, True


def _looks_like_person(words: list[str]) -> bool:
    return all(w[0].isupper() and w.lower() not in _BODIES for w in words[-2:])


_SUBJECT = re.compile(
    r"^(?:(?:In|On|By|After|Since|Earlier|Later|Last|This)\b[^,]{0,40},\s+)?"
    r"(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w\u2019'.-]+\s+){0,5}?[\w\u2019'.-]+)\s+"
    r"(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+|will\s+|would\s+)?"
    r"(?:already\s+|also\s+|now\s+|since\s+|recently\s+)?"
    r"(?:\w+ed|sent|began|begun|made|took|gave|found|won|lost|put|set|cut|hit|brought|"
    r"opened|began|built|sought|told|wrote|been|said)\b"
)


def _official_subject(sentence: Sentence) -> tuple[str, str] | None:
    """The official body a sentence opens with, when it is the one acting."""
    m = _SUBJECT.match(sentence.text)
    if m is None:
        return None
    name, kind, official = _resolve(m.group("np"))
    if name is None or not official or kind == ClaimantKind.PERSON:
        return None
    return name, kind


# --- scoring --------------------------------------------------------------------------------


_SCANNER = _Scanner(
    {
        "casualty": _CASUALTY,
        "official": _OFFICIAL_WORDS,
        "comparison": _COMPARISON,
        "event": _EVENT,
        "prediction": _PREDICTION,
        "strong_prediction": _STRONG_PREDICTION,
        "emotion": _EMOTION,
    }
)


def _is_small_count(figure: Figure) -> bool:
    """A count under ten of things, not a share or a sum: "two sons", "three others"."""
    return (
        figure.value is not None
        and figure.value < 10
        and figure.unit not in _STATISTIC_UNITS
        and not figure.unit.startswith(("%", "of "))
    )


def _primary_figure(figures: list[Figure], casualty: bool) -> Figure | None:
    if not figures:
        return None
    if casualty:
        for f in figures:
            if (
                (f.unit and _CASUALTY.search(f.unit))
                or f.unit in ("civilians", "people", "soldiers", "children", "troops")
                or any(w in f.unit for w in ("civilian", "people", "soldier", "child", "person"))
            ):
                return f
    for f in figures:
        if f.unit not in _DURATION_UNITS:
            return f
    return figures[0]


def _score(sentence: Sentence) -> Suggestion:
    """Score one sentence; the work is cached by its text, only the offsets differ."""
    found = _score_text(sentence.text)
    if sentence.start == 0:
        return found
    shift = sentence.start
    figure = found.figure
    return Suggestion(
        start=found.start + shift,
        end=found.end + shift,
        text=found.text,
        score=found.score,
        reasons=tuple(
            Reason(r.kind, r.start + shift, r.end + shift, r.label) for r in found.reasons
        ),
        kind=found.kind,
        claimant=found.claimant,
        claimant_kind=found.claimant_kind,
        figure=None
        if figure is None
        else replace(figure, start=figure.start + shift, end=figure.end + shift),
    )


# Wire copy and re-imported articles repeat sentences word for word.
@lru_cache(maxsize=16384)
def _score_text(text: str) -> Suggestion:
    sentence = Sentence(0, len(text), text, 0)
    base = 0
    reasons: list[Reason] = []
    score = 0.05

    def add(kind: str, start: int, end: int, label: str) -> None:
        reasons.append(Reason(kind, base + start, base + end, label))

    social = bool(
        ("@" in text or "twitter" in text or "://" in text)
        and (_SOCIAL_SIGNATURE.search(text) or _SOCIAL_LINK.search(text))
    )
    found = _SCANNER.scan(text)

    figures = [
        Figure(f.value, f.low, f.high, f.qualifier, f.unit, base + f.start, base + f.end, f.text)
        for f in extract_figures(text)
        # An age describes someone; it is not a figure to check.
        if f.unit not in _AGE_UNITS
    ]
    count_figures = [f for f in figures if f.unit not in _DURATION_UNITS]
    casualty_match = next(iter(found["casualty"]), None)
    casualty = bool(casualty_match and count_figures)

    # Attributions and who said it: officials weigh most, private people and pronouns less.
    claimant = claimant_kind = None
    official_speaker = False
    attribution_weight = 0.0
    for att in _attributions(sentence):
        name, kind, official = _resolve(att.who)
        if name is None and att.raw:
            name, kind, official = _named(att.raw)
        add(
            "attribution", att.start - base, att.end - base, text[att.start - base : att.end - base]
        )
        according_to = text[: att.start - base].rstrip().lower().endswith("according to")
        if name is None:
            weight = 0.15 if att.who == "" else (0.2 if according_to else 0.1)
        elif kind in (ClaimantKind.PERSON, ClaimantKind.MEDIA) and not official:
            # An expert ("Dr. Okafor", "economist Jane Doe") weighs like an official source.
            weight = 0.3 if _EXPERT.search(att.raw or att.who) else 0.2
        else:
            weight = 0.3
        attribution_weight = max(attribution_weight, weight)
        if name is not None and claimant is None:
            claimant, claimant_kind = name, kind
        official_speaker = official_speaker or official
    attributed = attribution_weight > 0
    acting_body = _official_subject(sentence)
    if claimant is None and acting_body is not None:
        # "The prosecutor general has sent …": an official subject acting is theirs too.
        claimant, claimant_kind = acting_body
    score += attribution_weight

    official_match = None
    for m in found["official"]:
        token = m.group(0)
        # "WHO"/"US" as acronyms only when capitalised.
        if token.lower() in ("who", "un", "eu", "us") and not token.isupper():
            continue
        official_match = m
        break
    if official_match:
        add("official_body", official_match.start(), official_match.end(), official_match.group(0))
    if attributed and official_speaker:
        score += 0.2
    elif official_match or acting_body:
        score += 0.1

    # Figures: counts matter most; durations ("eight months") less; a small count ("two
    # sons") only with an official source or a casualty behind it.
    for n, f in enumerate(figures):
        reasons.append(Reason("figure", f.start, f.end, f.text))
        if n == 0:
            if f not in count_figures:
                score += 0.25
            elif _is_small_count(f) and not (casualty or official_speaker or official_match):
                score += 0.3
            else:
                score += 0.45
        elif n < 3:
            score += 0.05
    if casualty:
        add("casualty", casualty_match.start(), casualty_match.end(), casualty_match.group(0))
        score += 0.1

    quotes = list(_QUOTE.finditer(text))
    for q in quotes:
        add("quotation", q.start(), q.end(), q.group("q")[:60])
    if quotes:
        longest = max(len(q.group("q").split()) for q in quotes)
        score += 0.1 if (longest >= 4 and official_speaker) else 0.05
        if attributed and not official_speaker and attribution_weight <= 0.2:
            # A passer-by's words: colour, rarely a claim to check.
            score -= 0.1

    date_match = next(
        (
            m
            for m in _DATE.finditer(text)
            if not (m.group(0).lower() == "may" and _MAY_AS_VERB.match(m.group(0)))
        ),
        None,
    )
    if date_match:
        add("date", date_match.start(), date_match.end(), date_match.group(0))
        score += 0.1

    comparison = next(iter(found["comparison"]), None)
    if comparison:
        add("comparison", comparison.start(), comparison.end(), comparison.group(0))
        score += 0.15
    quantifier = _QUANTIFIER.search(text)
    if quantifier:
        add("comparison", quantifier.start(), quantifier.end(), quantifier.group(0))
        score += 0.2

    event = next(iter(found["event"]), None)
    if event:
        add("event", event.start(), event.end(), event.group(0))
        score += 0.1

    prediction = next(iter(found["prediction"]), None)
    if prediction:
        add("prediction", prediction.start(), prediction.end(), prediction.group(0))
        score += 0.05

    emotions = found["emotion"]
    for e in emotions[:4]:
        add("emotion", e.start(), e.end(), e.group(0))
    score -= min(0.5, 0.15 * len(emotions))

    if len(text.split()) < 6:
        add("short", 0, len(text), text)
        score -= 0.1

    if social:
        add("social_post", 0, len(text), text[:60])
        score = min(score, 0.05)

    score = round(max(0.0, min(1.0, score)), 3)

    # The claim's kind, most specific first.
    if casualty:
        kind = ClaimKind.CASUALTY_FIGURE
    elif prediction and (count_figures or attributed) and found["strong_prediction"]:
        kind = ClaimKind.PREDICTION
    elif any(not _is_small_count(f) for f in count_figures) or (
        count_figures and not (event or date_match)
    ):
        # "three others" in "Russia annexed the region along with three others" is an
        # event's detail; a statistic has a real count, a share or a sum.
        kind = ClaimKind.STATISTIC
    elif attributed and (
        official_speaker
        or (claimant_kind and claimant_kind not in (ClaimantKind.PERSON, ClaimantKind.MEDIA))
    ):
        kind = ClaimKind.OFFICIAL_STATEMENT
    elif quotes and attributed:
        kind = ClaimKind.QUOTE
    elif event or date_match:
        kind = ClaimKind.EVENT
    else:
        kind = ClaimKind.OTHER
    if social:
        kind = ClaimKind.OTHER

    reasons.sort(key=lambda r: (r.start, r.end))
    return Suggestion(
        start=sentence.start,
        end=sentence.end,
        text=text,
        score=score,
        reasons=tuple(reasons),
        kind=str(kind),
        claimant=claimant,
        claimant_kind=str(claimant_kind) if claimant_kind else None,
        figure=_primary_figure(count_figures or figures, casualty),
    )


def score_sentences(text: str) -> list[Suggestion]:
    """Every sentence of ``text`` in order, scored, with reasons and guessed fields."""
    return [_score(s) for s in split_sentences(text)]


def checkworthy_sentences(
    text: str, *, threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[Sentence, Suggestion]]:
    """The check-worthy sentences of ``text`` in text order, each with its suggestion.

    The cheap form for writers in bulk: each suggestion is scored on its sentence
    alone, so *its* offsets (and its reasons' and figure's) count from the start
    of the sentence; the sentence carries the offsets into ``text``.
    """
    found = []
    for sentence in split_sentences(text):
        suggestion = _score_text(sentence.text)
        if suggestion.score >= threshold:
            found.append((sentence, suggestion))
    return found


def suggest_claims(text: str, *, threshold: float = DEFAULT_THRESHOLD) -> list[Suggestion]:
    """The check-worthy sentences of ``text`` (score ≥ threshold), best first."""
    # Look at the cached score first: most sentences are not worth placing.
    scored = [
        _score(sentence)
        for sentence in split_sentences(text)
        if _score_text(sentence.text).score >= threshold
    ]
    scored.sort(key=lambda s: (-s.score, s.start))
    return scored
