"""Claim suggestions: split an article into sentences and say which are worth checking.

Pure Python, no database. The editor's split view calls ``suggest_claims(body)``
and ``import_seeds --suggest`` its cheaper twin ``checkworthy_sentences(body)``;
every offset returned is an offset into that exact body, so a suggestion
becomes an appearance without re-searching.

A sentence scores from 0 to 1 on what a fact-checker looks for. Each scoring
feature is a named function of the facts read once from the sentence
(``read_sentence``), listed in ``FEATURES`` with its weight: figures,
casualties, attributions to named or official sources, official bodies,
quotations, dates, comparisons, conflicting figures, events and predictions
raise it; emotional or celebratory colour and very short sentences lower it.
Embedded social posts are kept whole and never suggested on their own. Each
reason carries its offsets so the interface can highlight why.

The claim's fields are guessed too: its kind, its claimant (named as a newsroom
would, see ``articles.claimants``; surnames, pronouns, acronyms and "the
service" resolved within the article) and the figure it is about (the death
toll over the missing, the dead over the rescued, the new total over the old
one or the increment; never money as a casualty figure, never an age or a date).
English and Ukrainian are read alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from articles.claimants import (
    ArticleMemory,
    Attribution,
    ClaimantKind,
    Mentions,
    Speaker,
    acting_subject,
    attributions,
    mentions,
)
from articles.claimants.article import _UK_CITY_COUNCILS
from articles.claimants.sentence import COUNTRY_KEYS
from articles.claimants.vocabulary import _UK_ACRONYMS
from articles.figures import Figure, extract_figures
from articles.lexicon import Lexicon, Match, Scanner, split_words, tokens
from articles.text import (
    SOCIAL_SIGNATURE,
    Sentence,
    _split_cached,
    name_key,
    split_paragraphs,
    split_sentences,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "FEATURES",
    "ClaimKind",
    "ClaimantKind",
    "Feature",
    "Figure",
    "Reason",
    "Sentence",
    "SentenceFacts",
    "Suggestion",
    "checkworthy_sentences",
    "extract_figures",
    "figure_role",
    "is_money",
    "primary_figure",
    "read_sentence",
    "score_sentences",
    "split_paragraphs",
    "split_sentences",
    "suggest_claims",
    "value_role",
    "words_role",
]

DEFAULT_THRESHOLD = 0.4
_BASE_SCORE = 0.05
# The most a passer-by's quotation scores: below the threshold.
_PASSER_BY_CAP = 0.25


class ClaimKind:
    """The values of ``articles.models.ClaimKind``, without importing Django models here."""

    CASUALTY_FIGURE = "casualty_figure"
    OFFICIAL_STATEMENT = "official_statement"
    STATISTIC = "statistic"
    EVENT = "event"
    QUOTE = "quote"
    PREDICTION = "prediction"
    OTHER = "other"


@dataclass(frozen=True)
class Reason:
    """Why a sentence scored as it did, with the absolute offsets of the words concerned.

    ``kind`` is one of: figure, casualty, attribution, quotation, official_body, date,
    comparison, conflict, event, investigation, findings, ban, prediction (raising the score)
    or emotion,
    social_post, passer_by, short (lowering it).
    """

    kind: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Suggestion:
    """A sentence with its check-worthiness score and a first guess at the claim's fields.

    ``claimant_description`` is the title taken out of a person's name
    ("Defence Minister"); ``claimant_aliases`` the other names the article
    gives the claimant ("DGPC").
    """

    start: int
    end: int
    text: str
    score: float
    reasons: tuple[Reason, ...]
    kind: str
    claimant: str | None
    claimant_kind: str | None
    figure: Figure | None
    claimant_description: str = ""
    claimant_aliases: tuple[str, ...] = ()


# --- lexicons (English and Ukrainian) -------------------------------------------------------

_CASUALTY = Lexicon(
    split_words(
        r"""
        killed, kill, killing, dead, deaths, death, died, die, dying, bodies, body, wounded,
        injured, injuries, casualties, casualty, fatalities, fatality, victims, murdered,
        massacred, executed, slain, perished, death toll, toll, missing, drowned, exhumed,
        buried, graves, shot dead, unaccounted, kills, fatal,
        загин*, загибл*, помер*, помира*, смерт*, жертв*, вбит*, убит*, поранен*, постраждал*,
        зникл*, забрав життя, забрала життя, забрало життя, забрали життя,
        тіла, тіл, травмован*, безвісти
        """
    )
)
# What a figure counts, read from the words around it.
_ROLES = {
    "dead": Lexicon(
        split_words(
            r"""
        killed, kills, dead, died, deaths, death, death toll, toll, fatalities, bodies, perished,
        drowned, slain, lives, killing, killings, executed, fatal,
        загин*, загибл*, помер*, смерт*, вбит*, убит*, тіл, тіла, жертв*, помира*, гинуть, гине
        """
        )
    ),
    "missing": Lexicon(split_words("missing, unaccounted, зникл*, безвісти")),
    "injured": Lexicon(
        split_words("wounded, injured, injuries, hurt, поранен*, травмован*, постраждал*")
    ),
    "rescued": Lexicon(
        split_words(
            r"""
        rescued, pulled, saved, evacuated, freed, recovered alive,
        врятува*, деблокува*, евакуюва*, визволи*, врятовано
        """
        )
    ),
    "other": Lexicon(
        split_words(
            r"""
        infected, infects, infect, infecting, cases, sick, ill, hospitalised, hospitalized,
        admitted, tested,
        захворі*, випадк*, інфікова*, госпіталізова*
        """
        )
    ),
}
_CASUALTY_ROLES = ("dead", "injured", "missing")
# The word right before an earlier or rejected figure: "from 846", "з 5,4%", "ніж 40".
_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?\d")
_OLD_MARKERS = frozenset(split_words("from, than, з, із, від, ніж, замість"))
_WITH_VOTES = re.compile(r"\s*(?:%\s*)?(?:голосів|голосами|голоси)\b")
_EMOTION = Lexicon(
    split_words(
        r"""
        celebrat*, cheer*, hug, hugs, hugged, hugging, joy*, tears, crying, cried, weep*, emotional,
        grateful, gratitude, glory, amazing, danc*, sang, singing, sing, partied, partying,
        elated, jubila*, ecsta*, flowers, bouquets, bouquet, bonfire, welcome*, greet*,
        proud, pride, happy, happiness, love, loved, thrilled, delighted, festive, heartbroken,
        heartbreaking, grief, griev*, mourn*, sad, sadness, fans, euphori*, embrac*,
        kiss*, smil*, laugh*, wonderful, beautiful, incredible, fantastic, touching,
        anthem, flags, waved, waving, honk*, fireworks, rejoic*, relieved,
        hope, hopes, hopeful, unforgettable, magical, atmosphere, emotion*, swarmed, gifts, gift,
        embroidered, towels, towel, crowds, crowd,
        сльози, сліз, сльозами, сльозах, радіс*, радісн*, святку*, обійми, обіймах, обіймами,
        обійнял*, обіймалися,
        обіймались, обіймаються, квіти, квітів, квітами, квітах, квітк*, квіточк*, прапор*,
        співа*, танцю*, щаслив*,
        плака*, раді*, вдячн*, гордіст*, найстрашніш*, феєрверк*
        """
    )
)
_COMPARISON = Lexicon(
    split_words(
        r"""
        only, first time, for the first time, largest, biggest, highest, lowest, smallest,
        worst, best, record, record-breaking, most, least, fastest, slowest, deadliest,
        unprecedented, never before, doubled, tripled, halved, rose, fell, increased, decreased,
        dropped, surged, plunged, grew, declined, compared with, compared to, up from, down from,
        climbed, slowed, slipped, eased, worst-*, best-*, fastest-*, longest-*, biggest-*,
        найбільш*, найвищ*, найнижч*, наймен*, найгірш*, найкращ*, рекорд*, вперше, уперше,
        вдвічі, удвічі, втричі, зросл*, зріс, знизил*, скоротил*, збільшил*, зменшил*,
        прискорил*, сповільнил*, порівняно
        """
    )
)
_EVENT = Lexicon(
    split_words(
        r"""
        annexed, invaded, withdrew, withdrawn, captured, seized, recaptured, liberated,
        retreated, launched, struck, shelled, bombed, attacked, arrested, detained, charged,
        convicted, sentenced, acquitted, banned, suspended, fined, approved, passed, signed,
        vetoed, ratified, elected, resigned, dismissed, appointed, sacked, fired, evacuated,
        exhumed, destroyed, damaged, collapsed, flooded, erupted, hit, cut, closed, opened,
        began, begun, started, ended, sent, deployed, found, discovered, tested positive,
        failed, won, lost, defeated, recalled, stripped, raised, lowered, allocated, spent,
        announced, introduced, reported, recorded, registered, confirmed, declared, imposed,
        lifted, blocked, occupied, shot, crashed, derailed, burned, overturned, ordered, held,
        атакува*, обстріля*, збил*, збито, знищ*, затрима*, заарешту*, засуди*, ухвали*,
        підписа*, звільни*, признач*, евакуюва*, пошкоджен*, пошкодже*, зруйнова*, зафіксува*,
        зареєструва*, виділи*, виділить, виплат*, запрова*, скасува*, обра*, випустил*,
        завда*, врятува*, деблокува*, закупи*, внесли, позбави*, conceded
        """
    )
)
_PREDICTION = Lexicon(
    split_words(
        r"""
    will, would, expects, expect, expected to, forecasts, forecast, projected, projects,
    predicts, predict, predicted, is set to, are set to, likely to, on track to, plans to,
    plan to, planned, intends to, intend to, aims to, aim to, estimates that, estimate that,
    прогнозу*, очіку*, буде, будуть, планує, планують, має намір, можуть, може
    """
    )
)
# The wording that makes a sentence a prediction rather than a plan or a conditional.
_STRONG_PREDICTION = Lexicon(
    split_words(
        r"""
    will, expects, expect, expected, forecasts, forecast, projected, predicts, predict,
    set to, likely to, прогнозу*, очіку*, буде, будуть
    """
    )
)
# Official bodies and titles, named or acting, raise a sentence a little.
_OFFICIAL_WORDS = Lexicon(
    split_words(
        r"""
    prosecutor general, prosecutor-general, prosecutor's office, prosecutors, prosecutor,
    ministry, ministries, department, police, agency, commission, inspectorate, presidency,
    president's office, ombudsman, regulator, central bank, statistics office, bureau,
    supreme court, tribunal, electoral commission, election commission, treasury, health
    service, nhs, public health, coroner, audit office, auditor, emergency service, fire
    service, coast guard, border guard, customs, mayor, governor, city hall, town hall, city
    council, county council, spokesman, spokeswoman, spokesperson, officials, official,
    watchdog, investigators, inquiry, senate, congress, government, cabinet, administration,
    kremlin, white house, downing street, authorities, parliament, legislature, duma,
    verkhovna rada, rada, national assembly, regime, army, military, armed forces, general
    staff, commander, commanders, navy, air force, brigade, battalion, regiment, defence
    forces, defense forces, marines, national guard, special forces, militia, pentagon, un,
    united nations, who, world health organization, imf, world bank, nato, eu, european union,
    european commission, president, prime minister, minister, red cross, unicef, unhcr, ohchr,
    osce, iaea, wada, ioc, census, directorate, executive,
    міністерств*, міністр*, уряд*, президент*, прем'єр*, голова, мер, адміністраці*, служб*,
    поліці*, прокурор*, прокуратур*, суд, суду, суді, штаб*, генштаб*, командуванн*, рада,
    ради, раді, комісі*, держстат, набу, дснс, зсу, оон, вооз, нбу, моз, сбу, цвк, ова, мвс,
    бюро, нацбанк*, регулятор*
    """
    )
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_UK_MONTHS = (
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
)
_DATE_EN = re.compile(
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
_DATE_UK = re.compile(
    r"\b\d{1,2}\s+(?:" + _UK_MONTHS + r")\b"
    r"|\b(?:[Уу]|[Вв])\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)\b"
    r"|\b(?:[Вв]чора|[Сс]ьогодні|[Вв]ночі|[Вв]ранці|[Тт]орік|[Нн]апередодні)\b"
    r"|\b(?:минулого|цього|наступного)\s+(?:тижня|місяця|року)\b"
    r"|\b(?:19|20)\d\d\s+(?:року|році|рік)\b"
    r"|\bз\s+початку\s+(?:року|сезону|місяця|тижня|війни)\b"
    r"|\bза\s+(?:тиждень|добу|минулу\s+добу|місяць|рік|ніч)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
_MAY_AS_VERB = re.compile(r"\bmay\b(?!\s+\d)", re.I)
# "almost every house", "all schools": a quantity stated without a number.
_QUANTIFIER = re.compile(
    r"\b(?:almost|nearly|virtually|practically)\s+(?:every|all|no|none)\b"
    r"|\b(?:none|no one|nobody)\s+(?:of|was|were|has|had)\b",
    re.I,
)
# One source's figure set against another's.
_CONFLICT = re.compile(
    r"\b(?:higher|lower|more|less|fewer|greater|above|below|short\s+of|at\s+odds\s+with|"
    r"contradict\w*|disput\w*|differ\w*)\b[^.;]{0,40}?\b(?:figures?|counts?|tolls?|"
    r"estimates?|tall(?:y|ies)|numbers?|data|totals?)\b"
    r"|\bown\s+(?:count|figure|tally|estimate|data)\b"
    r"|\bnot\s+the\s+[\d,.]+\b"
    r"|\bput\s+(?:the|its|their)\s+[\w\s'’-]{0,40}?\bat\b"
    r"|\b(?:figures?|counts?|tolls?|data|statistics)\s+(?:understat|overstat|underestimat|"
    r"overestimat|exaggerat)\w*"
    r"|\bніж\s+(?:за\s+даними|повідомля\w+|заявля\w+)"
    r"|\bна\s+відміну\s+від\b"
    r"|\bвласн\w+\s+(?:підрахунк\w+|дан\w+|оцінк\w+)",
    re.I,
)
# Words without which the regular expressions above cannot match: checked first, cheaply.
_CONFLICT_KEYS = (
    "than", "above", "below", "short of", "odds", "contradict", "disput", "differ", "own ",
    "not the", "put ", "understat", "overstat", "underestimat", "overestimat", "exaggerat",
    "ніж", "відміну", "власн",
)  # fmt: skip
_QUANTIFIER_KEYS = ("almost", "nearly", "virtually", "practically", "none", "no one", "nobody")
_QUOTE = re.compile(r"[\"“«](?P<q>[^\"“”«»]{1,2000}?)[\"”»]")
_SOCIAL_LINK = re.compile(
    r"pic\.twitter\.com/\w+|https?://(?:www\.)?(?:twitter|x|t|instagram|facebook|t\.me)\S*"
    r"|\(@\w{1,30}\)",
    re.I,
)
_AGE_UNITS = {"year-old", "years old", "years-old"}
_ORDINAL_TEXT = re.compile(
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|друг|трет|четверт|п['’]ят)",
    re.I,
)
_DURATION_UNITS = frozenset(
    split_words(
        r"""
    months, month, days, day, years, year, weeks, week, hours, hour, minutes, minute, seconds,
    decades, decade, centuries, nights, night, роки, років, рік, місяці, місяців, днів, дні,
    тижні, тижнів, години, годин, доби, діб, добу, місяць, тиждень, день, годину
    """
    )
)
_MONEY_UNITS = (
    "dollar", "pound", "euro", "yen", "hryvnia", "rouble", "ruble", "lira", "franc", "yuan",
    "crown", "koruna", "zlot", "forint", "taka", "rupee", "reais", "peso", "shekel", "dinar",
    "dirham", "naira", "shilling", "rand ", "гривен", "гривн", "грн", "долар", "євро", "фунт",
    "рубл", "$", "€", "£", "₴",
)  # fmt: skip
_PEOPLE_UNITS = (
    "civilian", "people", "soldier", "child", "person", "patient", "resident", "troop",
    "worker", "medic", "людей", "людин", "дітей", "діт", "військов", "цивільн", "медик",
    "пацієнт", "мешканц", "осіб", "особи",
)  # fmt: skip

_SCANNER = Scanner(
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


def _is_cyrillic(text: str) -> bool:
    from articles.figures_uk import is_ukrainian

    return is_ukrainian(text)


def is_money(figure: Figure) -> bool:
    """Whether a figure is a sum of money (hryvnias, UAH, dollars, $, euros, €, …)."""
    unit = figure.unit.lower()
    return unit.startswith(_MONEY_UNITS) or any(m in unit for m in ("$", "€", "£", "₴"))


def _is_small_count(figure: Figure) -> bool:
    """A count under ten of things, not a share or a sum: "two sons", "three others"."""
    return (
        figure.value is not None
        and figure.value < 10
        and not is_money(figure)
        and not figure.unit.startswith(("%", "of "))
    )


# --- reading a sentence ---------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceFacts:
    """What the scoring features look at, read once from one sentence (offsets relative to it)."""

    text: str
    found: dict[str, list[Match]]
    figures: tuple[Figure, ...]
    count_figures: tuple[Figure, ...]
    casualty: Match | None
    attributions: tuple[Attribution, ...]
    acting: Speaker | None
    quotes: tuple[re.Match, ...]
    date: re.Match | None
    social: bool
    # How many attributions, from the first, may name the claim's source: "Organisers said
    # more than 50,000 …, while police put the number at 8,000" is the organisers' claim.
    sources: int = 99
    # A passer-by quoted: "“We lost everything,” said Fatima Idris, 45, a mother of six."
    passer_by: bool = False

    @property
    def speaker(self) -> Speaker | None:
        """The first attribution's speaker that names somebody (or the first at all)."""
        for attribution in self.attributions[: self.sources]:
            if attribution.speaker.name or attribution.speaker.ref:
                return attribution.speaker
        return self.attributions[0].speaker if self.attributions else None

    @property
    def official_speaker(self) -> bool:
        return any(a.speaker.official for a in self.attributions)


_CONTRAST = re.compile(r",\s+(?:while|whereas)\s")
_ABOUT_A_NOUN = re.compile(
    r"the\s+(?:sum|amount|figure|total|number|money|price|date|place|time|way|reason|one|"
    r"ones|man|woman|people)\s+(?=[a-z])"
)


# A participle of saying after what the subject did: ", alleging that …", ", saying …".
_SAYING_PARTICIPLE = re.compile(
    r",\s+(?:alleging|saying|arguing|claiming|insisting)\b"
    # "Haubrich conceded shortly before midnight and said in a statement that …": who acted
    # said it too.
    r"|\band\s+(?:said|says|told|tells|added|wrote)\b"
)


def _contrasted(text: str, start: int) -> bool:
    """Whether an attribution at ``start`` stands in a clause set against the one before
    ("The directorate raised the toll to 31, while a local association said …"): a group
    there takes nothing from the body acting in the first."""
    contrast = _CONTRAST.search(text)
    return contrast is not None and contrast.start() < start


def _its_own(text: str, attribution: Attribution) -> bool:
    """ "Асоціація закликала скасувати мито, бо, за її оцінкою, …": "її" after a verb, in the
    sentence's own clause, is the body the sentence opens with."""
    return (
        attribution.speaker.ref == "he"
        and attribution.according_to
        and attribution.start > 0
        and _is_cyrillic(text)
    )


def _generic_source(text: str, attribution: Attribution) -> bool:
    """Whether a generic group ("officials said") is the sentence's source, which leaves no
    body acting in it to be the claimant."""
    return (
        attribution.speaker.generic
        and not _contrasted(text, attribution.start)
        # "… ordered her to repay $6.3 million, the sum prosecutors said she had obtained": a
        # clause about a noun, not who says the sentence.
        and not _ABOUT_A_NOUN.match(text, attribution.start)
    )


_BODY_OF_THE_DEAD = re.compile(r"\s+(?:of|was|were|had|has|lay|is)\b")


@lru_cache(maxsize=16384)
def read_sentence(text: str) -> SentenceFacts:
    """The words, figures, attributions and quotations of one sentence."""
    found = _SCANNER.scan(text)
    figures = tuple(f for f in extract_figures(text) if f.unit not in _AGE_UNITS)
    count_figures = tuple(
        # "the second year of decline": an ordinal counts years, it lasts none.
        f
        for f in figures
        if f.unit not in _DURATION_UNITS or _ORDINAL_TEXT.match(f.text)
    )
    casualty = next(
        (
            m
            for m in found["casualty"]
            # "the industry body", "the governing body": a body of people, nobody dead.
            if m.group(0).lower() != "body" or _BODY_OF_THE_DEAD.match(text, m.end())
        ),
        None,
    )
    social = bool(
        ("@" in text or "twitter" in text or "://" in text)
        and (SOCIAL_SIGNATURE.search(text) or _SOCIAL_LINK.search(text))
    )
    date = next(
        (
            m
            for m in (_DATE_EN if text.isascii() or not _is_cyrillic(text) else _DATE_UK).finditer(
                text
            )
            if not (m.group(0).lower() == "may" and _MAY_AS_VERB.match(m.group(0)))
        ),
        None,
    )
    found_attributions = attributions(text)
    sources = len(found_attributions)
    if sources > 1 and ("while" in text or "whereas" in text):
        # One source's figure set against another's: the claim is the first source's.
        contrast = _CONTRAST.search(text, found_attributions[0].end)
        if contrast:
            sources = sum(1 for a in found_attributions if a.start < contrast.start())
    return SentenceFacts(
        text=text,
        found=found,
        figures=figures,
        count_figures=count_figures,
        casualty=casualty,
        attributions=found_attributions,
        # "Національний банк … зберіг ставку, повідомила прес-служба регулятора": a body
        # named by its head noun alone may be the one the sentence opens with.
        acting=None
        if any(
            (
                a.speaker.name
                and a.speaker.ref not in _HEADS_THAT_MAY_ACT
                # ("Vancouver Coastal Health has confirmed …, the health authority said".)
                and not a.speaker.ref.startswith(("head:", "kin:", "words:"))
                # ("Львівська міська рада спрямує …, повідомили в міськраді".)
                and name_key(a.speaker.name) not in _UK_CITY_COUNCILS
            )
            or _generic_source(text, a)
            # "The institute found …, it said": "it" may be the body the sentence opens with.
            or (
                a.speaker.ref
                and not a.speaker.ref.startswith(("head:", "kin:", "words:"))
                and a.speaker.ref not in ("they", "its")
                and not _its_own(text, a)
            )
            for a in found_attributions
        )
        else acting_subject(text),
        quotes=tuple(_QUOTE.finditer(text)),
        date=date,
        social=social,
        sources=sources,
        passer_by=_is_passer_by(text, found_attributions),
    )


# After a quotation, who said it: a person by age, by what they do or by what befell them.
_SAID_BY = re.compile(
    r"^[,\s—–]*(?:said|says|told\s+[\w'’]+|розповіл[аи]?|розповів|сказал[аи]?|сказав|каже|"
    r"додал[аи]?|додав)\s+"
)
_PRIVATE_EN = re.compile(
    r"^[^,]*[A-Z][\w'’.-]*(?:,\s+\d{1,3})?,\s+(?:who|whose)\b"
    r"|^[^,]*[A-Z][\w'’.-]*,\s+\d{1,3}(?:[,.]|\s+from\b)"
    r"|^[^,]*[A-Z][\w'’.-]*,\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?!(?:spokes\w*|official|minister|"
    r"senior|former|deputy|economist|analyst|professor|researcher|doctor|expert|epidemiologist|"
    r"scientist|lawyer|director|head|chief|member)\b)[a-z]"
)
_PRIVATE_UK = re.compile(
    r"\d+-річн|\b(?:мешкан\w*|житель\w*|жителька|пенсіонер\w*|фермер\w*|продавчин\w*|"
    r"пасічник\w*|мама|мати|батько|донька|рибалка|бухгалтерка|програміст\w*|підприєм\w*|"
    r"вчителька|власниця|власник)\b"
)
_QUOTE_CLOSE = re.compile(r"[”\"»]")


def _is_passer_by(text: str, found: tuple[Attribution, ...]) -> bool:
    """Whether the sentence is a quotation of a private person, told by their age, their
    trade or what befell them ("…,” said Gerald Tramontin, 67, a retired teacher";
    "…», — розповіла 71-річна пенсіонерка Євгенія"): colour, not a claim to check."""
    if not text.startswith(("“", "«", '"')):
        return False
    close = _QUOTE_CLOSE.search(text, 1)
    if close is None or close.end() < len(text) * 0.3:
        return False
    if any(
        a.speaker.official
        or a.speaker.expert
        or a.speaker.kind not in (None, ClaimantKind.PERSON, ClaimantKind.MEDIA)
        for a in found
    ):
        return False
    after = text[close.end() :]
    said = _SAID_BY.match(after)
    named = after[said.end() :] if said else after
    return bool(_PRIVATE_EN.search(named) or _PRIVATE_UK.search(after))


# --- scoring features -----------------------------------------------------------------------


@dataclass(frozen=True)
class Feature:
    """What one feature adds to a sentence's score, and the words that earned it."""

    weight: float
    reasons: tuple[Reason, ...] = ()


NONE = Feature(0.0)


def _reason(kind: str, start: int, end: int, label: str) -> Reason:
    return Reason(kind, start, end, label)


def speaker_weight(speaker: Speaker, *, according_to: bool = False) -> float:
    """How much an attribution raises a sentence: experts and officials most, pronouns least.

    An expert's word counts a little more than a body's: a doctor, an economist or an
    analyst explaining (*… said Dr Imogen Rathbone-Kaur, a medical officer*, *Аналітикиня …
    пояснила, що …*) was check-worthy in 19 of the 20 labelled sentences an expert's
    attribution alone had brought to 0.35, just under the threshold."""
    if speaker.name is None:
        if speaker.ref:
            return 0.15
        if according_to and not speaker.generic:
            return 0.2
        # "a military source told AFP": anonymous, but said to be informed, as wires use it.
        return 0.2 if speaker.description else 0.1
    if speaker.kind == ClaimantKind.MEDIA and not speaker.official:
        # A named outlet reporting: check-worthy in each of the 42 seen sentences an outlet's
        # attribution alone had left under the threshold.
        return 0.5
    if speaker.kind == ClaimantKind.PERSON and not speaker.official:
        return 0.35 if speaker.expert else 0.2
    return 0.3


def attribution_feature(facts: SentenceFacts) -> Feature:
    """+0.5 for a named outlet; +0.3 for an official or an organisation; +0.35 for an
    expert; +0.2 for a named private person, an *according to* source or an informed
    anonymous source (*a military source*); +0.15 for a pronoun; +0.1 for an anonymous
    speaker; and +0.2 more when the speaker is official."""
    if not facts.attributions:
        return NONE
    reasons = tuple(
        _reason("attribution", a.start, a.end, facts.text[a.start : a.end])
        for a in facts.attributions
    )
    weight = max(speaker_weight(a.speaker, according_to=a.according_to) for a in facts.attributions)
    if facts.official_speaker:
        weight += 0.2
    return Feature(weight, reasons)


def official_body_feature(facts: SentenceFacts) -> Feature:
    """+0.1 when an official body is named or acts (and no official speaker already counted)."""
    match = None
    for m in facts.found["official"]:
        token = m.group(0)
        # "WHO"/"US" as acronyms only when capitalised.
        if token.lower() in ("who", "un", "eu", "us") and not token.isupper():
            continue
        match = m
        break
    reasons = (
        (_reason("official_body", match.start(), match.end(), match.group(0)),) if match else ()
    )
    if facts.attributions and facts.official_speaker:
        return Feature(0.0, reasons)
    return Feature(0.1 if (match or facts.acting) else 0.0, reasons)


def figure_feature(facts: SentenceFacts) -> Feature:
    """+0.45 for a count, share or sum; +0.3 for a small count (< 10) with no official source
    or casualty; +0.25 for a duration; +0.05 for each further figure (up to two)."""
    if not facts.figures:
        return NONE
    first = facts.figures[0]
    casualty = bool(facts.casualty and facts.count_figures)
    if first not in facts.count_figures:
        weight = 0.25
    elif _is_small_count(first) and not (
        casualty or facts.official_speaker or facts.found["official"]
    ):
        weight = 0.3
    else:
        weight = 0.45
    weight += 0.05 * min(2, len(facts.figures) - 1)
    return Feature(weight, tuple(_reason("figure", f.start, f.end, f.text) for f in facts.figures))


def casualty_feature(facts: SentenceFacts) -> Feature:
    """+0.1 for a casualty word with a count: *killed*, *bodies*, *загинули*."""
    if not (facts.casualty and facts.count_figures):
        return NONE
    m = facts.casualty
    return Feature(0.1, (_reason("casualty", m.start(), m.end(), m.group(0)),))


def quotation_feature(facts: SentenceFacts) -> Feature:
    """+0.1 for an official's quotation of four words or more, else +0.05; −0.1 when a
    private person is quoted."""
    if not facts.quotes:
        return NONE
    reasons = tuple(
        _reason("quotation", q.start(), q.end(), q.group("q")[:60]) for q in facts.quotes
    )
    longest = max(len(q.group("q").split()) for q in facts.quotes)
    weight = 0.1 if (longest >= 4 and facts.official_speaker) else 0.05
    attributed = max(
        (speaker_weight(a.speaker, according_to=a.according_to) for a in facts.attributions),
        default=0.0,
    )
    if facts.attributions and not facts.official_speaker and attributed <= 0.2:
        # A passer-by's words: colour, rarely a claim to check.
        weight -= 0.1
    return Feature(weight, reasons)


def date_feature(facts: SentenceFacts) -> Feature:
    """+0.1 for a date: *in late October*, *on Friday*, *12 березня*, *вчора*."""
    if facts.date is None:
        return NONE
    m = facts.date
    return Feature(0.1, (_reason("date", m.start(), m.end(), m.group(0)),))


def comparison_feature(facts: SentenceFacts) -> Feature:
    """+0.15 for records and changes (*deadliest*, *rose*, *найвищий*); +0.2 more for a
    quantity without a number (*almost every house*)."""
    weight, reasons = 0.0, []
    comparison = next(iter(facts.found["comparison"]), None)
    if comparison:
        reasons.append(
            _reason("comparison", comparison.start(), comparison.end(), comparison.group(0))
        )
        weight += 0.15
    lowered = facts.text.lower()
    quantifier = (
        _QUANTIFIER.search(facts.text) if any(k in lowered for k in _QUANTIFIER_KEYS) else None
    )
    if quantifier:
        reasons.append(
            _reason("comparison", quantifier.start(), quantifier.end(), quantifier.group(0))
        )
        weight += 0.2
    return Feature(weight, tuple(reasons))


def conflict_feature(facts: SentenceFacts) -> Feature:
    """+0.2 when the sentence sets one source's figure against another's (*put the toll at 61,
    higher than the ministry's figure*; *the bloc's own count*)."""
    if not (facts.figures or facts.attributions):
        return NONE
    return _phrase_feature(facts.text, "conflict", 0.2, _CONFLICT_KEYS, _CONFLICT)


def _phrase_feature(
    text: str, kind: str, weight: float, keys: tuple[str, ...], pattern: re.Pattern
) -> Feature:
    """``weight`` when ``pattern`` matches: looked for only in sentences holding one of
    ``keys`` (most hold none)."""
    lowered = text.lower()
    if not any(key in lowered for key in keys):
        return NONE
    m = pattern.search(text)
    if m is None:
        return NONE
    return Feature(weight, (_reason(kind, m.start(), m.end(), m.group(0)),))


def event_feature(facts: SentenceFacts) -> Feature:
    """+0.1 for a specific act: *annexed*, *sentenced*, *exhumed*, *атакували*."""
    event = next(iter(facts.found["event"]), None)
    if event is None:
        return NONE
    return Feature(0.1, (_reason("event", event.start(), event.end(), event.group(0)),))


_INVESTIGATION_KEYS = ("investigation", "inquiry", "probe", "розслідуван", "провадженн", "справу")
_INVESTIGATION = re.compile(
    r"\b(?:opened|launched|started|begun|began|opens|launches)\s+(?:an?\s+)?"
    r"(?:(?:criminal|formal|separate|official|new)\s+)?(?:investigation|inquiry|probe)\b|"
    r"(?:розпоча\w*|відкри\w*|поруши\w*)\s+(?:(?:досудове|кримінальне|кримінальну)\s+)?"
    r"(?:розслідування|провадження|справу)\b",
    re.I,
)


def investigation_feature(facts: SentenceFacts) -> Feature:
    """+0.3 for an investigation opened: *opened an investigation*, *відкрила кримінальне
    провадження*, *розпочала досудове розслідування* — on the record, and checkable."""
    return _phrase_feature(facts.text, "investigation", 0.3, _INVESTIGATION_KEYS, _INVESTIGATION)


_FINDINGS_KEYS = (
    "слідств", "слідчих", "prosecut", "investigators", "indictment", "charge sheet", "inspectors",
    "auditors",
)  # fmt: skip
_FINDINGS = re.compile(
    r"\b(?:За\s+даними|Як\s+встановил[оаи]|За\s+версією|Як\s+з['’]ясувал[оаи])\s+"
    r"(?:слідства|слідство|слідчих|досудового\s+розслідування)\b"
    r"|\b[Aa]ccording\s+to\s+(?:the\s+)?(?:prosecution|prosecutors|investigators|indictment|"
    r"charge\s+sheet)\b"
    r"|\b(?:[Ii]nvestigators|[Pp]rosecutors)\s+(?:found|established|say|said|allege|alleged)\b"
    # "Inspectors found that needles had been reused": what an inspection established.
    r"|\b(?:[Ii]nspectors|[Aa]uditors)\s+(?:found|established)\b",
)


def findings_feature(facts: SentenceFacts) -> Feature:
    """+0.25 for what investigators or prosecutors established: *За даними слідства*, *Як
    встановило слідство*, *according to the prosecution*, *investigators found*, *inspectors
    found* — a case's or an inspection's record, each of its facts checkable."""
    return _phrase_feature(facts.text, "findings", 0.25, _FINDINGS_KEYS, _FINDINGS)


_BAN_KEYS = ("banned", "bans ", "заборони", "заборонен", "призупини")
_BAN = re.compile(
    # ("tested positive for a banned steroid": what was banned, no ban ordered.)
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bany\s)(?<!\bof\s)\b(?:banned|bans)"
    r"(?=\s+(?!substances?\b|drugs?\b|steroids?\b|list\b|weapons?\b))"
    r"|\b(?:заборони(?:ла|ло|ли|в|ть)|призупини(?:ла|ло|ли|в))(?=\s+(?!собі\b))"
    # "продаж … особам до 18 років заборонений з 2024 року": a ban in force, said after what
    # it bans ("заборонені речовини" before a noun is what was banned).
    r"|\bзаборонен(?:ий|а|е|о|і)\b(?=\s*[,;]|\s+(?:з|із|від|в|у|до|на|для|законом|там)\b)",
    re.I,
)


def ban_feature(facts: SentenceFacts) -> Feature:
    """+0.25 for a ban or a suspension ordered: *The ministry has banned public gatherings*,
    *Сільська рада заборонила роботу баштових кранів* — an act on the record."""
    return _phrase_feature(facts.text, "ban", 0.25, _BAN_KEYS, _BAN)


_RANKING_KEYS = (
    "largest",
    "biggest",
    "leading",
    "top ",
    "main ",
    "chief ",
    "найбільш",
    "провідн",
    "головн",
)
_RANKING = re.compile(
    # "the world's largest macadamia producer", "Africa's second-largest exporter of cars".
    r"\b(?:world's|country's|[A-Z][a-z]+'s|the)\s+(?:(?:second|third|fourth|fifth|sixth)[- ])?"
    r"(?:largest|biggest|leading|top|main|chief)\s+(?:[a-z-]+\s+){0,2}(?:producers?|exporters?|"
    r"importers?|growers?|buyers?|suppliers?|consumers?|markets?|sources?|export|crop)\b"
    # "Найбільшим експортером сорго у світі є США", "одним із найбільших виробників".
    r"|(?:найбільш|провідн|головн)\w*\s+(?:[\w'’]+\s+){0,2}(?:експортер|імпортер|виробник|"
    r"покупц|постачальник|споживач|ринк|ринок)\w*"
    r"|\bнайбільш\w*\s+у\s+світі|\bу\s+світі\b[^.;]*\bнайбільш",
    re.I,
)


def ranking_feature(facts: SentenceFacts) -> Feature:
    """+0.35 for a country's or a firm's rank among producers, exporters or buyers: *South
    Africa is the world's largest macadamia producer*, *Найбільшим експортером сорго у світі
    є США* — a ranking anyone can look up."""
    return _phrase_feature(facts.text, "ranking", 0.35, _RANKING_KEYS, _RANKING)


_COURT_ORDER_KEYS = ("court", "tribunal", "judge", "суд")
_COURT_ORDER = re.compile(
    r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udge)\s+(?:also\s+|further\s+)?"
    r"(?:ordered|confiscated|fined|banned|seized|stripped)\b"
    r"|\b[Сс]уд\s+(?:також\s+|ще\s+)?(?:на\s+\S+\s+рок\w*\s+)?"
    r"(?:конфіскува|зобов['’]яза|стягну|позбави|заборони)\w*"
)


def court_order_feature(facts: SentenceFacts) -> Feature:
    """+0.25 for what a court ordered beside its sentence: *The court also ordered the
    confiscation of …*, *Суд також конфіскував автомобіль засудженого* — on the record
    (all 70 such labelled sentences are check-worthy; 3 had scored under the threshold)."""
    return _phrase_feature(facts.text, "court_order", 0.25, _COURT_ORDER_KEYS, _COURT_ORDER)


_VICTIMS_KEYS = ("among the", "серед")
_VICTIMS = re.compile(
    r"^(?:Among\s+the\s+(?:dead|victims|injured|wounded|killed|missing)"
    r"|Серед\s+(?:загиблих|постраждалих|поранених|травмованих|жертв|зниклих))\b"
)


def victims_feature(facts: SentenceFacts) -> Feature:
    """+0.35 for who the casualties were: *Among the dead was …*, *Серед загиблих — …* — a
    toll's particulars, each checkable (all 52 such sentences of the labelled sets are
    check-worthy; 11 of them had scored under the threshold)."""
    return _phrase_feature(facts.text, "victims", 0.35, _VICTIMS_KEYS, _VICTIMS)


_PRISON_TERM_KEYS = ("позбавлення волі", "ув'язнен", "ув’язнен", "prison", "jail", "imprisonment")
_PRISON_TERM = re.compile(
    r"\b(?:рок(?:и|ів)?|рік|місяц(?:і|ів))\s+(?:позбавлення\s+волі|ув['’]язнення)"
    r"|\b(?:years?|months?)['’]?\s+(?:in\s+(?:prison|jail)|imprisonment|of\s+imprisonment)",
    re.I,
)


def prison_term_feature(facts: SentenceFacts) -> Feature:
    """+0.15 for a prison term, given, sought or threatened: *sentenced to six years in
    prison*, *загрожує до 12 років позбавлення волі* — a court's record (reason *event*)."""
    return _phrase_feature(facts.text, "event", 0.15, _PRISON_TERM_KEYS, _PRISON_TERM)


def prediction_feature(facts: SentenceFacts) -> Feature:
    """+0.05 for a forecast: *will*, *expects*, *прогнозує*."""
    prediction = next(iter(facts.found["prediction"]), None)
    if prediction is None:
        return NONE
    return Feature(
        0.05, (_reason("prediction", prediction.start(), prediction.end(), prediction.group(0)),)
    )


def emotion_feature(facts: SentenceFacts) -> Feature:
    """−0.15 for each emotional or celebratory word, at most −0.5 ("Atmosphere" inside a
    name, "the Portuguese Institute for Sea and Atmosphere", is no feeling)."""
    emotions = [e for e in facts.found["emotion"] if not (e.start() and e.group(0)[:1].isupper())]
    if not emotions:
        return NONE
    reasons = tuple(_reason("emotion", e.start(), e.end(), e.group(0)) for e in emotions[:4])
    return Feature(-min(0.5, 0.15 * len(emotions)), reasons)


def short_feature(facts: SentenceFacts) -> Feature:
    """−0.1 for a sentence under six words."""
    if len(facts.text.split()) >= 6:
        return NONE
    return Feature(-0.1, (_reason("short", 0, len(facts.text), facts.text),))


FEATURES: dict[str, Callable[[SentenceFacts], Feature]] = {
    "attribution": attribution_feature,
    "official_body": official_body_feature,
    "figure": figure_feature,
    "casualty": casualty_feature,
    "quotation": quotation_feature,
    "date": date_feature,
    "comparison": comparison_feature,
    "conflict": conflict_feature,
    "event": event_feature,
    "investigation": investigation_feature,
    "findings": findings_feature,
    "ban": ban_feature,
    "ranking": ranking_feature,
    "victims": victims_feature,
    "court_order": court_order_feature,
    "prison_term": prison_term_feature,
    "prediction": prediction_feature,
    "emotion": emotion_feature,
    "short": short_feature,
}


# A Ukrainian body's head in the plural: "Українські школи", "лікарні", "підприємства".
_UK_PLURAL_HEAD = re.compile(r"(?:школи|лікарні|університети|підприємства|компанії|банки)$")
# What caps a sentence's score, whoever the article later shows its speaker to be.
_CAPPED = frozenset(("passer_by", "defence"))
# Who speaks for the accused or the convicted, opening the sentence.
_DEFENCE = re.compile(
    r"(?:Адвокат(?:ка)?|Захисни(?:к|ця))\s+(?:засуджен|обвинувачен|підозрюван|підсудн|колишн|"
    r"міністра|посадов)\w*"
    r"|(?:Lawyers?|Attorneys?)\s+for\s+(?!(?:the\s+)?(?:families|victims|plaintiffs|applicants|"
    r"residents|survivors)\b)"
    r"|(?:Defen[cs]e|The\s+defen[cs]e)\s+(?:lawyers?|attorneys?|team)\b"
)


def _score_of(facts: SentenceFacts) -> tuple[float, tuple[Reason, ...]]:
    score, reasons = _BASE_SCORE, []
    for feature in FEATURES.values():
        found = feature(facts)
        score += found.weight
        reasons.extend(found.reasons)
    if facts.social:
        reasons.append(Reason("social_post", 0, len(facts.text), facts.text[:60]))
        score = min(score, 0.05)
    if facts.passer_by:
        reasons.append(Reason("passer_by", 0, len(facts.text), facts.text[:60]))
        score = min(score, _PASSER_BY_CAP)
    defence = _DEFENCE.match(facts.text)
    if defence:
        # "Адвокат засудженого заявив, що оскаржить вирок", "Lawyers for the farm's owner
        # said the company would appeal": the defence's word, as the sets label it.
        reasons.append(Reason("defence", 0, defence.end(), defence.group(0)))
        score = min(score, _PASSER_BY_CAP)
    reasons.sort(key=lambda r: (r.start, r.end))
    return round(max(0.0, min(1.0, score)), 3), tuple(reasons)


# --- the figure a claim is about ------------------------------------------------------------

# ("cut the catch by 22% this year, to about 31,400 tonnes": a time and a comma between.)
_TO_BETWEEN = re.compile(
    r"(?:\s+(?:this|last|next)\s+(?:year|month|week|season|quarter))?\s*,?\s*(?:to|до)\s*$"
)
_TALLY_UNITS = ("vote", "голос")
_CLAUSE_MARK = re.compile(r"[,;:—–()]")
# The commas of an age in apposition end no clause: in "Two farmers, aged 58 and 61,
# were killed" the farmers are who was killed.
_AGE_ASIDE = re.compile(
    r",\s*(?:aged\s+)?(?:between\s+)?\d{1,3}(?:\s*(?:and|or|to|-|–)\s*\d{1,3})?\s*,(?=\s+[a-z])"
)


@lru_cache(maxsize=65536)
def _word_role(word: str) -> str:
    """The role a single (lower-case) word gives a figure near it: "dead", "rescued" …"""
    for role, lexicon in _ROLES.items():
        if any(not rest for rest, _v in lexicon.phrases.get(word, ())) or (
            lexicon.prefixes and word.startswith(lexicon.prefixes)
        ):
            return role
    return ""


def figure_role(text: str, figure: Figure, following: Figure | None = None) -> str:
    """What a figure counts, from the words of its clause: "dead", "missing", "injured",
    "rescued", "other" (cases, infections), "old" (*up from 846*, *з 5,4%*), "increment"
    (*rose by 5 to 54*), or "" when nothing says.

    The nearest role word wins, on either side of the figure, within its clause
    and before the next figure.
    """
    words = tokens(text)
    marks = _clause_marks(text)
    clause_start = max((m + 1 for m in marks if m < figure.start), default=0)
    after_end = following.start if following is not None else len(text)
    clause_end = min((m for m in marks if figure.end <= m < after_end), default=after_end)
    # The index of the figure's first word, and of the first word after it.
    first = bisect_left(words, (figure.start,))
    last = bisect_left(words, (figure.end,))
    low = bisect_left(words, (clause_start,))
    words_before = [w for _s, _e, w in words[low:first]]
    if (
        words_before
        and (
            (
                words_before[-1] in _OLD_MARKERS
                # "results from 12 of the 36 districts": a part of a whole, not a level left.
                and not _PART_OF.match(text, figure.end)
                # "Із 74 підприємств, …, 19 — державні": the whole the sentence opens with.
                and not (first == 1 and words_before[-1] in ("з", "із", "of"))
                # "перемогла з 31,2% голосів": with a share of the votes, no level left.
                and not (words_before[-1] in ("з", "із") and _WITH_VOTES.match(text, figure.end))
                # "посіла друге місце з 19,8% і 45 мандатами": a place won with a share.
                and not (words_before[-1] in ("з", "із") and words_before[-2:-1] == ["місце"])
            )
            or any(
                marker in " ".join(words_before[-6:])
                for marker in ("up from", "down from", "compared with", "not the")
            )
        )
    ):
        return "old"
    if (
        words_before[-1:] in (["by"], ["на"])
        and following is not None
        and _TO_BETWEEN.match(text, figure.end, following.start)
        # "passed by 188 votes to 71": a tally, its first side no increment; so is "backing
        # the change by 58.4% to 41.6%", two shares of one whole.
        and not figure.unit.lower().startswith(_TALLY_UNITS)
        and not (
            figure.unit.startswith("%")
            and following.unit.startswith("%")
            and figure.value is not None
            and following.value is not None
            and abs(figure.value + following.value - 100) <= 1
        )
    ):
        return "increment"
    nearest, distance = "", 99
    high = bisect_left(words, (clause_end,))
    for index in range(low, high):
        role = _word_role(words[index][2])
        if not role:
            continue
        if index < first:
            gap = first - index - 1
        elif index < last:
            gap = 0
        else:
            gap = index - last
        if gap < distance:
            nearest, distance = role, gap
    if not nearest:
        # "шестеро з них, серед яких двоє дітей, померли": the verb past the aside.
        aside = _PART_ASIDE.match(text, figure.end)
        if aside:
            # The verb, or the word after an auxiliary ("had died").
            return next(
                (r for w in aside.group("words").split() if (r := _word_role(w.lower()))), ""
            )
    return nearest


_PART_ASIDE = re.compile(
    r"\s+(?:з|із|of)\s+(?:них|them),\s+(?:серед\s+яких|зокрема|у\s+тому\s+числі|including|"
    r"among\s+them)[^,]{0,60},\s+(?P<words>[\w'’]+(?:\s+[\w'’]+)?)"
)


@lru_cache(maxsize=16384)
def _clause_marks(text: str) -> tuple[int, ...]:
    """The offsets of the marks that end a clause: commas, semicolons, colons, dashes, brackets
    (not the commas around an age)."""
    marks = tuple(m.start() for m in _CLAUSE_MARK.finditer(text))
    if "," not in text:
        return marks
    aside = {i for m in _AGE_ASIDE.finditer(text) for i in (m.start(), m.end() - 1)}
    return tuple(m for m in marks if m not in aside) if aside else marks


@lru_cache(maxsize=16384)
def _roles(text: str) -> tuple[str, ...]:
    """The role of each figure of a sentence (see ``figure_role``), read once."""
    figures = read_sentence(text).figures
    return tuple(
        figure_role(text, f, figures[i + 1] if i + 1 < len(figures) else None)
        for i, f in enumerate(figures)
    )


def words_role(text: str) -> str:
    """The role the first telling word of ``text`` gives a count: "dead" for *Dead in the
    Larissa floods*, "missing" for *зниклі безвісти*, or "" when none says."""
    for _start, _end, word in tokens(text):
        role = _word_role(word)
        if role:
            return role
    return ""


def value_role(text: str, value, low=None, high=None) -> str:
    """The role (see ``figure_role``) of the figure of sentence ``text`` with this value or
    range, or "" when the sentence has no such figure."""
    facts = read_sentence(text)
    for figure, role in zip(facts.figures, _roles(text), strict=True):
        if value is not None and figure.value == value:
            return role
        if value is None and (figure.low, figure.high) == (low, high):
            return role
    return ""


def _role_of(facts: SentenceFacts, figure: Figure) -> str:
    roles = _roles(facts.text)
    return roles[facts.figures.index(figure)] if figure in facts.figures else ""


_NEW_TOTAL = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting|putting|bring|brings|brought|take|takes|"
    r"took|raise|raises|raised)\s+(?:the|its|their)\s+"
    # ("bringing the number allowed to ship fresh avocados to China to 85".)
    r"(?:[\w-]+\s+){0,3}?(?:total|toll|tally|count|number)\s+(?:[\w-]+\s+){0,8}?to\s+"
    r"(?:about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+)?$"
    # "кількість загиблих зросла до дев'яти": the new toll.
    r"|\b(?:кількість|число)\s+(?!яких|якої|якого)(?:[\w'’]+\s+){0,2}?(?:зросла|зросло|збільшилася|"
    r"збільшилося|сягнула|сягнуло|досягла|досягло)\s+(?:до\s+)?$"
)
_TERM = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|given)\b[^.;]*?\b(?:to|for)\s+"
    r"(?:(?:up\s+to|at\s+least|more\s+than|nearly|almost)\s+)?$|"
    # "Prosecutors had sought six years": the term asked for.
    r"\b(?:sought|demanded|requested|asked\s+for)\s+(?:a\s+)?$|"
    # "The company's general manager … received three years and a fine of …".
    r"\b(?:received|receives|got|gets)\s+$|"
    # "insider dealing is punishable by up to four years": the legal maximum.
    r"\bpunishable\s+by\s+$|"
    r"\b(?:засуди(?:в|ла|ли)|засуджен\w*|присуди(?:в|ла|ли))\b[^.;]*?\bдо\s+$",
    re.I,
)
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who|whose)\b[^,;]*,|,\s+(?:у|в)\s+(?:яких|якому|якій)\b[^,;]*(?=[,;]|$)"
)
# A move to a new level: "fell 12% in October to 78,000 naira" is about the 78,000.
_NEW_LEVEL = re.compile(
    r"(?:\b(?:rose|fell|climbed|dropped|increased|decreased|jumped|slipped|declined|surged|"
    r"grew|eased|slowed|accelerated|weakened|strengthened|firmed|gained|lost|plunged|tumbled|"
    r"soared|rallied|dipped|edged\s+(?:up|down)|sank|slumped|raised|lowered|hiked|reduced|"
    # ("has fallen by about 10% since 2010, to about 178,000".)
    r"cut|fallen|risen|grown|shrunk|shrank|doubled|halved)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?"
    # "rose 12% and reached $684 million": the level it reached.
    # ("rose 7.4% to a record $8.9 billion": a record level, the level all the same.)
    # ("fell 5.8% to an average of $3,410 a tonne": the average it fell to.)
    r"\b(?:to|reach(?:ed|ing)?)\s+(?:an?\s+(?:record|new|all-time)\s+(?:high\s+of\s+)?|"
    r"an\s+average\s+of\s+)?[$€£]?"
    # "зросла на 17%, до 54 тисяч гривень"
    r"|\b(?:зросл[аои]|зріс|знизил[аио]ся|знизився|зменшил[аио]ся|зменшився|впал[аио]|впав|скоротил[аио]ся|скоротився|"
    r"збільшил[аио]ся|збільшився|упал[аио]|упав|подорожчал[аио]|подорожчав|подешевшал[аио]|подешевшав|"
    # "знизиться зі 150 до 45 євро": the level it will move to.
    r"знизиться|зросте|зменшиться|збільшиться|скоротиться|впаде|подорожчає|подешевшає)"
    r"\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,60}?\b(?:до|сягну(?:в|ла|ло|ли)|досяг(?:ла|ло|ли)?)\s+)$"
)


_HEADS_THAT_MAY_ACT = frozenset(("head:hospital", "head:university"))
_HOSPITAL_OR_UNIVERSITY = re.compile(r"\b(?:Hospital|Medical\s+Cent(?:re|er)|Clinic|University)\b")


# One in N: "кожен третій пацієнт", "у кожному п'ятому".
_ONE_IN = re.compile(r"\bкожн|\bкожен", re.I)


# What was, then what is: "…, тепер — менше ніж 5 тисяч", "…, now only 40".
_NOW_LEVEL = re.compile(
    r"(?:,\s+|\bа\s+)(?:тепер|нині|зараз|now)\s*[—–-]?\s*"
    # "…, нині залишаються близько 19 тисяч": what there is now, in a verb or two.
    r"(?:[а-яіїєґ'’]+\s+){0,2}?(?:лише|тільки|ледве|only|just)?\s*"
    # "лише в шести лікарнях, тепер — у 31": the preposition the level takes.
    r"(?:(?:у|в|на|до|in|at)\s+)?$",
    re.I,
)


# "Almost half of children and adolescents, 46.8%, …": the exact share in apposition.
_SHARE_WORDS = "(?:half|third|quarter|fifth|thirds|quarters)"
_WORDED_SHARE = re.compile(rf"\b{_SHARE_WORDS}\b", re.I)
_THEN_EXACT = re.compile(r"[^,;.]{0,40},\s*")
# Units that measure rather than count who died: "на ділянці завдовжки 38 кілометрів загинула
# риба".
_MEASURE_UNIT = re.compile(
    r"(?:кілометр|км|метр|гектар|тонн|кубометр|літр|km|kilomet|metre|meter|hectare|tonne|"
    r"mile|acre|litre|liter|magnitude)"
)
_UK_RELATIVE = re.compile(r",\s+(?:[\w'’]+\s+){0,2}?як(?:их|ий|а|е|і|ої|ого)\b[^,;]*")
_AMONG_THEM = re.compile(r"(?:серед\s+(?:них|яких)|among\s+them)\s*[—–-]?\s*$", re.I)
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|whom)|з\s+них|із\s+них)\b")


def _is_count_of_people(figure: Figure) -> bool:
    return not is_money(figure) and not figure.unit.startswith("%")


_DIGITS = re.compile(r"\d")
# A short name in guillemets ("«100% життя»"), not a quotation.
# A short name in guillemets ("в організації «100% життя»"), not a quotation the sentence
# then attributes ("«Ми евакуювали 40 людей», — розповів …").
_GUILLEMETS = re.compile(r"«(?:[^»\s]+\s){0,3}[^»\s]+»(?!\s*[,.!?]?\s*[—–-]\s)")


_WORDED_FRACTION = re.compile(rf"\b(?:a|one|two)[\s-]+{_SHARE_WORDS}\b", re.I)


def _no_amount(figure: Figure) -> bool:
    """ "no cases had been detected", "sold for millions of euros": a figure no claim is
    about — nothing counted, or an order of magnitude said in words."""
    return (
        figure.value == 0
        or (
            figure.value is None and figure.qualifier == "about" and not _DIGITS.search(figure.text)
        )
        # "about a third of its export earnings", "more than half of the islands' exports",
        # "four in five", "майже половина": a share in words, no figure to check.
        or bool(
            not _DIGITS.search(figure.text)
            and (
                (figure.value is not None and figure.value < 1)
                or (
                    _WORDED_FRACTION.search(figure.text)
                    and figure.unit.startswith(("of ", "fraction"))
                )
            )
        )
    )


# A magnitude right before the first figure: "magnitude 6.1", "магнітудою 7,4".
_MAGNITUDE = re.compile(r"(?i)(?:magnitude|магнітуд\w*)(?:\s+of)?\s*$")
# "A third candidate": one of several by its place in a row.
_ORDINAL_ONE = re.compile(r"(?i)an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)\s")


# The people or bodies an attribution counts: "The two ministers said".
_SPEAKERS_COUNTED = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:ministers|leaders|officials|companies|agencies|governments|"
    r"parties|countries|members|banks|unions|groups|sides)\b"
)


def primary_figure(facts: SentenceFacts) -> Figure | None:
    """The figure the claim is about.

    In a casualty sentence the dead come first; the injured, the missing and the
    rescued are counts like any other, the first of them standing (the sets label
    "163 rescued … 20 still missing" 163); a new total comes before the old one and the
    increment; money is never the casualty figure; a count under ten beside a
    sum gives way to it; otherwise the first count, then the first figure.
    """
    for f in facts.figures:
        if f.unit in _DURATION_UNITS and _TERM.search(facts.text, max(0, f.start - 160), f.start):
            # "sentenced to 11 years in prison for defrauding 146 clients": the term, however
            # long the description of who was sentenced.
            return f
    named = [m.span() for m in _GUILLEMETS.finditer(facts.text)] if "«" in facts.text else []
    pool = facts.count_figures or facts.figures
    sent = _deployed(list(pool), facts.text)
    if sent and len(sent) == len(pool):
        # "Гасили пожежу понад шість годин, до ліквідації залучали 87 рятувальників": when
        # all that is counted is the crews sent, what they faced (how long) is the claim.
        pool = [f for f in facts.figures if f not in sent] or pool
    figures = [
        f
        # "cut electricity bills by a fifth within two years": when the share in words was all
        # that was counted, the span beside it.
        for f in (pool, facts.figures)[not any(not _no_amount(f) for f in pool)]
        # "в організації «100% життя»": a number inside a name in guillemets.
        if not _no_amount(f) and not any(a < f.start < b for a, b in named)
    ]
    # "The two ministers said 60 million rand had been set aside": how many spoke is no claim.
    figures = [
        f
        for f in figures
        if not any(
            a.start <= f.start < a.end and _SPEAKERS_COUNTED.fullmatch(f" {f.unit.lower()}")
            for a in facts.attributions
        )
    ] or figures
    ratio = next(
        (
            f
            for f in figures
            if f.value == 1
            and any(_ONE_IN_WORDS.fullmatch(w) for w in f.text.lower().split())
            and _OUT_OF.match(facts.text, f.end)
        ),
        None,
    )
    if ratio is not None:
        # "приблизно в однієї дитини з десяти тисяч": one in so many, a ratio in words, no
        # count — neither the one nor the so many.
        out_of = _OUT_OF.match(facts.text, ratio.end).end() - 1
        figures = [f for f in figures if f is not ratio and not ratio.end < f.start <= out_of + 1]
    if len(figures) > 1 and _ORDINAL_ONE.match(figures[0].text):
        # "A third candidate … finished with 17.4%": which one of them, then what they got.
        figures = figures[1:]
    if (
        len(figures) > 1
        and _MAGNITUDE.search(facts.text, 0, figures[0].start)
        # (A depth after it is no claim of its own: "магнітудою 7,4 на глибині 28 кілометрів".)
        and any(f.unit.lower().startswith(_PEOPLE_UNITS) for f in figures[1:])
    ):
        # "Землетрус … магнітудою 7,4 забрав життя близько 1,6 тисячі людей": how strong the
        # earthquake was, then what it did.
        figures = figures[1:]
    if not figures:
        return None
    # "paid up to three times the market price for 46 ventilators", "близько 14 тисяч людей,
    # нині — приблизно вдвічі менше": how many times more or less is the detail of what is
    # counted beside it.
    counted = [f for f in figures if not _is_multiplier(facts.text, f)]
    if not counted and all(_UK_TIMES_ADVERB.search(f.text) for f in figures):
        # "Це майже вдвічі більше, ніж у квітні": how many times, in a word, alone, is no
        # count either (though "four times higher" is, as the sets label them).
        return None
    figures = counted or figures
    # "Nevis, the smaller of the two islands with about 12,000 people": which of a few it is,
    # no count.
    figures = [
        f
        for f in figures
        if not (
            _is_small_count(f) and _WHICH_OF_FEW.search(facts.text, max(0, f.start - 30), f.start)
        )
    ] or figures
    if len(figures) == 1:
        return figures[0]
    relative = [m.span() for m in _UK_RELATIVE.finditer(facts.text)] if "як" in facts.text else []
    for f in figures:
        if any(a <= f.start < b for a, b in relative):
            # "…, кількість яких зросла до 139": a relative clause's figure is a detail.
            continue
        if _NEW_TOTAL.search(facts.text, max(0, f.start - 90), f.start):
            # "48 new cases on Friday, bringing the total to 1,240": the total.
            return f
    for f in figures[1:]:
        if _NOW_LEVEL.search(facts.text, max(0, f.start - 20), f.start):
            # "До війни жили близько 16 тисяч людей, тепер — менше ніж 5 тисяч": then, and
            # the level now.
            return f
    for n, f in enumerate(figures):
        if any(a <= f.start < b for a, b in relative):
            continue
        moved = _NEW_LEVEL.search(facts.text, max(0, f.start - 70), f.start)
        # The level is what the claim is about only when nothing but the change was counted
        # before it ("28 заводів, на два менше, а площі … скоротилися до 198 тисяч": 28).
        if (
            moved
            and f.unit not in _DURATION_UNITS
            and all(e.start >= moved.start() for e in figures[:n])
        ):
            # "The price … fell 12% in October to 78,000 naira": the level it moved to.
            return f
    figures = [
        f
        for n, f in enumerate(figures)
        if not (
            n + 1 < len(figures)
            and _WORDED_SHARE.search(f.text)
            and figures[n + 1].unit.startswith("%")
            and _THEN_EXACT.fullmatch(facts.text, f.end, figures[n + 1].start)
        )
    ]
    including = _INCLUDING.search(facts.text) if "includ" in facts.text else None
    if including and any(f.start < including.start() for f in figures):
        # "at least three deadly landslides in the past decade, including one … that killed
        # six people": what the count includes is its detail.
        figures = [f for f in figures if f.start < including.start()]
    aside = [m.span() for m in _RELATIVE_ASIDE.finditer(facts.text)]
    # "The company, which employs 4,000 people, said profits fell 12 percent": the
    # figures of an aside describe who, not what the claim is about.
    figures = [f for f in figures if not any(a <= f.start < b for a, b in aside)] or figures
    # "41 people had been pulled out alive, 12 of them with serious injuries": a part of
    # those just counted is their detail, the count before it stands — unless the part
    # died ("rescued 26 people, but two of them later died").
    # "екскурсійна група з 17 людей, серед них шестеро дітей": those among the ones just
    # counted are their detail too.
    figures = [
        f
        for n, f in enumerate(figures)
        if not (
            n
            and _AMONG_THEM.search(facts.text, max(0, f.start - 24), f.start)
            and _is_count_of_people(figures[n - 1])
            and _role_of(facts, f) != "dead"
        )
    ] or figures
    figures = [
        f
        for n, f in enumerate(figures)
        if not (
            n
            and _OF_THEM.match(facts.text, f.end)
            and _is_count_of_people(figures[n - 1])
            and _role_of(facts, f) != "dead"
        )
    ] or figures
    ranked = [(f, _role_of(facts, f)) for f in figures]
    candidates = [(f, role) for f, role in ranked if role not in ("old", "increment")] or ranked
    for wanted in ("dead",) if facts.casualty else ():
        for f, role in candidates:
            if (
                role == wanted
                and not is_money(f)
                and not _MEASURE_UNIT.match(f.unit.lower())
                # "Четверо потерпілих з опіками до 60% тіла", "burns to more than half of their
                # bodies": a share of a body counts nobody.
                and not f.unit.startswith("%")
                and "bod" not in f.unit
                # "понад 104 тисячі інсультів, і майже кожен третій пацієнт помер": one in three
                # is a share of those counted, not a count of the dead.
                and not (
                    f.value is not None
                    and f.value <= 10
                    and _ONE_IN.search(facts.text, max(0, f.start - 12), f.end)
                )
                # "two herders and more than 40 sheep were killed": people before animals.
                and not _ANIMALS.match(f.unit.lower())
            ):
                return f
    deployed = _deployed([f for f, _role in candidates], facts.text)
    if deployed and len(deployed) < len(candidates):
        # "Гасили пожежу понад шість годин, до ліквідації залучали 87 рятувальників": the
        # crews sent are the means; what they faced is the claim.
        candidates = [(f, role) for f, role in candidates if f not in deployed]
    counts = [
        f for f, _role in candidates if f.unit not in _DURATION_UNITS or _ORDINAL_TEXT.match(f.text)
    ]
    # "Середній наклад однієї книжки становить близько 1,1 тисячі примірників": "one" in
    # words beside a figure is what the figure is per, not a count.
    counts = [
        f
        for f in counts
        if facts.casualty or not (f.value == 1 and _ONE_IN_WORDS.fullmatch(f.text.split()[0]))
    ] or counts
    if any(is_money(f) for f in counts):
        # "The two firms were fined 150,000 euros each", "майже вдвічі, до 186 млрд
        # гривень": a count under ten or a multiplier beside a sum is its detail.
        # A part of those named ("Two of the accomplices were paid up to 100,000 euros")
        # is who the claim is about: it stands.
        counts = [f for f in counts if not _is_small_count(f) or " of " in f.text] or counts
    return counts[0] if counts else candidates[0][0]


_UK_TIMES_ADVERB = re.compile(r"\b(?:вдвічі|удвічі|втричі|утричі|учетверо|вчетверо)\b")
# How many times more or less ("вдвічі менше", "у 3 рази більше", "three times the price",
# "five times higher"), not how many times something happened ("96 разів обстріляли").
_MULTIPLIER_WORD = re.compile(r"\b(?:вдвічі|удвічі|втричі|учетверо|вчетверо|вп['’]ятеро|у|в)\b")
_MULTIPLIER_AFTER = re.compile(
    r"\s+(?:the|as|more|less|fewer|higher|lower|larger|smaller|bigger|greater|over|that|"
    r"більш|менш|вищ|нижч|дорожч|дешевш|частіше|рідше)"
)


_INCLUDING = re.compile(r",\s+including\b")
_WHICH_OF_FEW = re.compile(
    r"\b(?:[a-z]+(?:er|est)|one|either|neither|both|each|any|none)\s+of\s+the\s+$"
)


def _is_multiplier(text: str, figure: Figure) -> bool:
    return figure.unit in ("times", "разів") and bool(
        _MULTIPLIER_WORD.search(figure.text) or _MULTIPLIER_AFTER.match(text, figure.end)
    )


_OUT_OF = re.compile(r"\s+(?:з|зі|із|out\s+of|in)\s+[^\W\d]")
_ONE_IN_WORDS = re.compile(
    r"(?:one|single|один|одна|одне|одного|однієї|одній|одному|одним|одною|одну)", re.I
)


_ANIMALS = re.compile(
    r"(?:sheep|cattle|cows|goats|livestock|animals|pigs|chickens|birds|horses|camels|donkeys|"
    r"овець|овеці|корів|кіз|голів|тварин|свиней|птиц|коней)\b"
)


# Crews sent to a scene: "залучали 87 рятувальників", "involving 40 firefighters".
_DEPLOYED_BEFORE = re.compile(
    r"(?:залуча\w*|залучено|задіяли|задіяно|deployed|involving|involved|mobili[sz]ed)"
    r"(?:\s+(?:понад|близько|майже|щонайменше|about|more\s+than|some|nearly))?\s*$"
)
_CREWS = re.compile(r"^(?:рятувальник|надзвичайник|вогнеборц|пожежник|rescuers?\b|firefighters?\b)")
# Their machines, counted after them: "… і 24 одиниці техніки", "and 12 fire engines".
_MACHINES = re.compile(
    r"^(?:одиниц|літак|гелікоптер|вертоліт|fire\s+engines|vehicles|aircraft|helicopters)"
)


def _deployed(figures: list[Figure], text: str) -> list[Figure]:
    """The crews sent to a scene after a verb of sending, and the machines listed after them."""
    crews = [
        f
        for f in figures
        if _CREWS.match(f.unit.lower())
        and _DEPLOYED_BEFORE.search(text, max(0, f.start - 40), f.start)
    ]
    if not crews:
        return []
    machines = [f for f in figures if f.start > crews[0].start and _MACHINES.match(f.unit.lower())]
    return crews + machines


def _is_casualty(facts: SentenceFacts, figure: Figure | None) -> bool:
    """A casualty figure: a count of people killed, wounded or missing — never money or a share."""
    if figure is None or facts.casualty is None or is_money(figure) or figure.unit.startswith("%"):
        return False
    role = _role_of(facts, figure)
    if role in _CASUALTY_ROLES:
        return True
    if role in ("rescued", "other"):
        return False
    unit = figure.unit.lower()
    return bool(facts.casualty) and (
        bool(_CASUALTY.search(unit)) or unit.startswith(_PEOPLE_UNITS) or not unit
    )


# --- kind -----------------------------------------------------------------------------------


def claim_kind(facts: SentenceFacts, figure: Figure | None, speaker: Speaker | None) -> str:
    """The claim's kind, most specific first."""
    if facts.social:
        return ClaimKind.OTHER
    found = facts.found
    attributed = bool(facts.attributions)
    if _is_casualty(facts, figure):
        return ClaimKind.CASUALTY_FIGURE
    if found["prediction"] and (facts.count_figures or attributed) and found["strong_prediction"]:
        return ClaimKind.PREDICTION
    event = bool(found["event"])
    if any(not _is_small_count(f) for f in facts.count_figures) or (
        facts.count_figures and not (event or facts.date)
    ):
        # "three others" in "Russia annexed the region along with three others" is an
        # event's detail; a statistic has a real count, a share or a sum.
        return ClaimKind.STATISTIC
    kind = speaker.kind if speaker else None
    if attributed and (
        (speaker and speaker.official)
        or (kind and kind not in (ClaimantKind.PERSON, ClaimantKind.MEDIA))
    ):
        return ClaimKind.OFFICIAL_STATEMENT
    if facts.quotes and attributed:
        return ClaimKind.QUOTE
    if event or facts.date:
        return ClaimKind.EVENT
    return ClaimKind.OTHER


# --- one sentence, then the article ---------------------------------------------------------


# Wire copy and re-imported articles repeat sentences word for word.
@lru_cache(maxsize=16384)
def _score_text(text: str) -> Suggestion:
    """A sentence scored on its own, offsets relative to it; its claimant not yet resolved."""
    facts = read_sentence(text)
    score, reasons = _score_of(facts)
    speaker = facts.speaker
    if (speaker is None or speaker.name is None) and facts.acting is not None:
        speaker = facts.acting
    figure = primary_figure(facts)
    named = speaker is not None and speaker.name is not None
    return Suggestion(
        start=0,
        end=len(text),
        text=text,
        score=score,
        reasons=reasons,
        kind=claim_kind(facts, figure, speaker),
        claimant=speaker.name if named else None,
        claimant_kind=speaker.kind if named else None,
        figure=figure,
        claimant_description=speaker.description if named else "",
        claimant_aliases=speaker.aliases if named else (),
    )


def _with_speaker(suggestion: Suggestion, speaker: Speaker | None) -> Suggestion:
    named = speaker is not None and speaker.name is not None
    if not named and (
        suggestion.claimant is None
        and suggestion.claimant_kind is None
        and not suggestion.claimant_description
        and not suggestion.claimant_aliases
    ):
        # Nobody before and nobody now: the same suggestion.
        return suggestion
    # Built field by field rather than by dataclasses.replace: called for most sentences
    # of every article, where replace's introspection cost more than the rest.
    return Suggestion(
        suggestion.start,
        suggestion.end,
        suggestion.text,
        suggestion.score,
        suggestion.reasons,
        suggestion.kind,
        speaker.name if named else None,
        speaker.kind if named else None,
        suggestion.figure,
        speaker.description if named else "",
        speaker.aliases if named else (),
    )


@lru_cache(maxsize=16384)
def _sentence(text: str) -> tuple[Suggestion, SentenceFacts, Mentions]:
    return _score_text(text), read_sentence(text), mentions(text)


def _opens_with_head(name: str, ref: str) -> bool:
    """Whether a body's name opens with the head a reference names it by ("head:управлін"
    for "Головне управління …"; "відомство" is any state body's), or holds every word of
    it ("words:місь рада" for "Львівська міська рада")."""
    if ref.startswith("words:"):
        words = [w.lower() for w in name.split()]
        return all(any(w.startswith(stem) for w in words) for stem in ref[6:].split())
    head = ref.split(":")[1]
    return head == "відомств" or any(w.lower().startswith(head[:5]) for w in name.split()[:2])


def _in_context(
    memory: ArticleMemory, found: Suggestion, facts: SentenceFacts
) -> tuple[Suggestion, Speaker | None]:
    """A sentence's suggestion with its speakers resolved against what the article said before.

    Offsets stay relative to the sentence. A resolved reference also re-weighs
    the attribution: "She said" about a minister counts as the minister.
    """
    claimant: Speaker | None = None
    best_before = best_after = 0.0
    official_before = official_after = False
    for index, attribution in enumerate(facts.attributions):
        resolved = memory.resolve(attribution.speaker)
        if facts.acting is not None and (
            # ("police said" with no force named before stays nobody's.)
            (resolved.name is None and attribution.speaker.ref not in ("", "police", "its"))
            # "Sheba Medical Center has treated 87 patients, a hospital spokeswoman said": the
            # hospital the sentence opens with, when none was named before.
            or (
                attribution.speaker.ref in _HEADS_THAT_MAY_ACT
                and resolved.name == attribution.speaker.name
                and _HOSPITAL_OR_UNIVERSITY.search(facts.acting.name or "")
            )
            # "Vancouver Coastal Health has confirmed 187 cases …, the health authority said":
            # what the body that acts is, with no other such body named before.
            or (
                name_key(attribution.speaker.name or "") in _UK_CITY_COUNCILS
                and name_key(facts.acting.name or "").endswith(" міська рада")
            )
            or (
                attribution.speaker.ref.startswith(("head:", "kin:", "words:"))
                and (
                    resolved.name == attribution.speaker.name
                    # ("Мобільну котельню передала Програма розвитку ООН (ПРООН), повідомили в
                    # організації": the body that acts, not the UN its name holds.)
                    or (resolved.name or "") in (facts.acting.name or "").split()
                    # (The body that acts, named in full: "… лікарні імені Мечникова".)
                    or (facts.acting.name or "").startswith(f"{resolved.name} ")
                    # ("Головне управління … з вересня провело …, повідомили в управлінні":
                    # the body that acts, by the head its name opens with.)
                    or _opens_with_head(facts.acting.name or "", attribution.speaker.ref)
                )
                and facts.acting.name
                and not facts.acting.ref
                and facts.acting.kind
                in (ClaimantKind.OFFICE, ClaimantKind.GOVERNMENT, ClaimantKind.ORGANISATION)
                and (
                    facts.acting.kind == attribution.speaker.kind
                    # "Guardia Civil officers seized …, the force said": a police force.
                    or (
                        attribution.speaker.ref == "head:force"
                        and facts.acting.kind == ClaimantKind.OFFICE
                    )
                )
            )
        ):
            acting = memory.resolve(facts.acting)
            # "Обвал стався …, уточнили в службі": a lone capitalised word nobody introduced
            # ("Обвал", a collapse) is no body that acted.
            resolved = acting if acting.ref not in ("surname", "alias") else resolved
        elif attribution.speaker.ref == "its":
            # "The agency sent 30 planes, its director said": the body the sentence opens
            # with, when the article named it; nobody else.
            acting = memory.resolve(facts.acting) if facts.acting is not None else None
            resolved = (
                acting if acting is not None and acting.name and not acting.ref else Speaker(None)
            )
        elif (
            facts.acting is not None
            and attribution.speaker.ref.startswith("head:")
            and facts.acting.ref == "alias"
            and facts.acting.name
        ):
            # "Наступного року МОЗ планує …, зазначили в міністерстві": the ministry that acts
            # in the sentence, not the last one the article named.
            acting = memory.resolve(facts.acting)
            if (
                acting.name
                and not acting.ref
                and memory._has_head(acting, attribution.speaker.ref[5:])
            ):
                resolved = acting
        elif _its_own(facts.text, attribution) and facts.acting is not None:
            acting = memory.resolve(facts.acting)
            if acting.name and not acting.ref and acting.kind != ClaimantKind.PERSON:
                resolved = acting
        elif attribution.speaker.ref == "they" and facts.acting is not None:
            # "The institute found too few capelin …, it said": the body the sentence opens
            # with, when the article named it — not a country the sentence is about ("Russia
            # remained the largest buyer, …, it said": the agency quoted before).
            acting = memory.resolve(facts.acting)
            if (
                acting.name
                and not acting.ref
                and not (
                    name_key(acting.name) in COUNTRY_KEYS
                    and resolved.name
                    and resolved.kind not in (ClaimantKind.PERSON, ClaimantKind.GOVERNMENT)
                )
            ):
                resolved = acting
        if attribution.weak and resolved.ref == "surname" and " " not in (resolved.name or " "):
            # "Kerala has recorded outbreaks …": a lone name nobody was introduced by, doing
            # rather than saying, is a place or a thing as often as a person.
            continue
        if resolved is not attribution.speaker:
            weight = attribution.according_to
            best_before = max(best_before, speaker_weight(attribution.speaker, according_to=weight))
            best_after = max(best_after, speaker_weight(resolved, according_to=weight))
            official_before |= attribution.speaker.official
            official_after |= resolved.official
        if claimant is None and resolved.name and index < facts.sources:
            claimant = resolved
        memory.remember(resolved)
    if (
        claimant is None
        and facts.acting is not None
        and not any(_generic_source(facts.text, a) for a in facts.attributions)
    ):
        claimant = memory.resolve(facts.acting)
        if (
            (
                facts.acting.ref.startswith("head:")
                and claimant.name == facts.acting.name
                and claimant.kind != ClaimantKind.GOVERNMENT
            )
            # ("В українських школах навчаються 3,9 мільйона дітей": schools in the plural,
            # named by no one before, are no body that acted.)
            or (
                facts.acting.ref.startswith("words:")
                and claimant.name == facts.acting.name
                and _UK_PLURAL_HEAD.search(claimant.name or "")
            )
            or (
                # "Nordavia cut …" acts as a body only when the article named that body before
                # ("МОЗ закупило …": a state body's acronym everyone knows acts on its own).
                facts.acting.ref in ("alias", "surname")
                and (claimant.ref or claimant.kind == ClaimantKind.PERSON)
                and not (claimant.ref == "alias" and claimant.name in _UK_ACRONYMS)
                # "Lacko had challenged the result, alleging that …": a person named before who
                # acts and says why is the claimant.
                and not (
                    claimant.kind == ClaimantKind.PERSON
                    and not claimant.ref
                    and _SAYING_PARTICIPLE.search(facts.text)
                )
            )
            or (
                # "She ordered him to repay …": a judge's order, not a defendant's act.
                facts.acting.ref == "he"
                and not (claimant.kind == ClaimantKind.PERSON and claimant.official)
            )
        ):
            # "The court also ordered …" with no court named before: one of many, unnamed.
            claimant = None
        else:
            memory.remember(claimant)
    # (A sentence passed names the court before it, never one named later.)
    pending = claimant if claimant is not None and claimant.ref not in ("", "court") else None
    if claimant is not None and (claimant.name, claimant.kind, claimant.aliases) == (
        found.claimant,
        found.claimant_kind,
        found.claimant_aliases,
    ):
        # Nothing earlier in the article changed who said it.
        return found, pending
    suggestion = _with_speaker(found, claimant)
    delta = max(0.0, best_after - best_before) + 0.2 * (official_after and not official_before)
    if delta and not facts.social and not any(r.kind in _CAPPED for r in found.reasons):
        score = round(max(0.0, min(1.0, found.score + delta)), 3)
        suggestion = replace(suggestion, score=score)
    if claimant is not None and not facts.social:
        kind = claim_kind(facts, found.figure, claimant)
        if kind != suggestion.kind:
            suggestion = replace(suggestion, kind=kind)
    return suggestion, pending


def _lone_unknown_name(speaker: Speaker) -> bool:
    return bool(
        speaker.kind == ClaimantKind.PERSON
        and speaker.ref == "surname"
        and speaker.name
        and re.fullmatch(r"[A-Z][a-z]+", speaker.name)
        and not speaker.description
    )


@lru_cache(maxsize=256)
def _article(text: str) -> tuple[tuple[Sentence, Suggestion], ...]:
    """Every sentence with its suggestion, claimants resolved in reading order.

    A surname or acronym nothing before explains ("— сказала Іваненко" before
    "Марія Іваненко" is introduced) is looked up again once the whole article is read.
    """
    memory = ArticleMemory()
    found = []
    pending = []
    for sentence in _split_cached(text):
        suggestion, facts, named = _sentence(sentence.text)
        memory.sentences.append(sentence.text)
        if named.bodies or named.persons:
            memory.learn_mentions(named)
        if facts.attributions or facts.acting is not None:
            suggestion, reference = _in_context(memory, suggestion, facts)
            if reference is not None:
                pending.append((len(found), reference))
        found.append((sentence, suggestion))
    for index, reference in pending:
        resolved = memory.resolve(reference)
        if _lone_unknown_name(reference) and resolved.name == reference.name:
            # "Safaricom said", "Amtrak said": one word no name in the whole article explains
            # is a body's name (a company, an agency, an outlet), not a person's surname.
            # ("According to the Ordem" after "the Ordem dos Médicos": the body named in full.)
            resolved = next(
                (
                    body
                    for body in reversed(memory.bodies)
                    if (body.name or "").startswith(f"{reference.name} ")
                ),
                replace(resolved, kind=ClaimantKind.ORGANISATION, official=False, ref=""),
            )
        if resolved.name != reference.name or resolved.kind != reference.kind:
            sentence, suggestion = found[index]
            found[index] = (sentence, _with_speaker(suggestion, resolved))
    return tuple(found)


def _shifted(found: Suggestion, shift: int) -> Suggestion:
    if shift == 0:
        return found
    figure = found.figure
    return replace(
        found,
        start=found.start + shift,
        end=found.end + shift,
        reasons=tuple(
            Reason(r.kind, r.start + shift, r.end + shift, r.label) for r in found.reasons
        ),
        figure=None
        if figure is None
        else replace(figure, start=figure.start + shift, end=figure.end + shift),
    )


def score_sentences(text: str) -> list[Suggestion]:
    """Every sentence of ``text`` in order, scored, with reasons and guessed fields."""
    return [_shifted(found, sentence.start) for sentence, found in _article(text)]


# The check-worthy sentences of articles scored in another process, by their text
# (``services.scoring_ahead``): read instead of scoring the text again. Whoever fills it
# empties it.
CHECKWORTHY_ELSEWHERE: dict[str, list[tuple[Sentence, Suggestion]]] = {}


def checkworthy_sentences(
    text: str, *, threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[Sentence, Suggestion]]:
    """The check-worthy sentences of ``text`` in text order, each with its suggestion.

    The cheap form for writers in bulk: each suggestion's offsets (and its
    reasons' and figure's) count from the start of its sentence; the sentence
    carries the offsets into ``text``.
    """
    if threshold == DEFAULT_THRESHOLD:
        found = CHECKWORTHY_ELSEWHERE.get(text)
        if found is not None:
            return list(found)
    return [(sentence, found) for sentence, found in _article(text) if found.score >= threshold]


def suggest_claims(text: str, *, threshold: float = DEFAULT_THRESHOLD) -> list[Suggestion]:
    """The check-worthy sentences of ``text`` (score ≥ threshold), best first."""
    scored = [
        _shifted(found, sentence.start)
        for sentence, found in _article(text)
        if found.score >= threshold
    ]
    scored.sort(key=lambda s: (-s.score, s.start))
    return scored
