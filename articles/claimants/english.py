"""English attributions: *X said*, *according to X*, *told AFP*, *X put the toll at*, and
the speaker an English attribution names (``speaker_en``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from articles.claimants.speakers import NOBODY, Attribution, ClaimantKind, Speaker
from articles.claimants.vocabulary import (
    _ANONYMOUS,
    _CENTRAL_BANKS,
    _COMPANY_HEADS,
    _DEMONYMS,
    _EXPERT_TITLES,
    _FUNCTION_WORDS,
    _GROUP_MODIFIERS,
    _INTERNATIONAL,
    _LAW_ENFORCEMENT,
    _MASTHEAD,
    _MEDIA,
    _NAME_PARTICLES,
    _NAMED_MEDIUM,
    _OFFICIAL_TITLES,
    _OPERATED,
    _PLACE_GOVERNMENT,
    _PLACE_OWNERS,
    _PLACE_TITLE_OFFICE,
    _REGULATOR,
    _WEATHER,
    ACRONYM_BODIES,
    BODY_KINDS,
    BODY_WORDS,
    COMPANY_TRADES,
    COUNTRIES,
    GENERIC_GROUPS,
    MEDIA_RE,
    TITLE_WORDS,
    _initials,
    _set,
)
from articles.lexicon import split_words, tokens
from articles.text import name_key

_ATTRIBUTION_VERBS = frozenset(
    split_words(
        r"""
    said, says, told, tells, stated, states, announced, announces, claimed, claims, confirmed,
    confirms, reported, reports, added, warned, warns, insisted, insists, denied, denies,
    estimated, estimates, hailed, accused, alleged, noted, wrote, tweeted, posted, declared,
    acknowledged, admitted, argued, explained, predicted, predicts, forecast, forecasts,
    projected, revealed, disclosed, concluded, found, showed, shows, ruled, testified, blamed,
    urged, pledged, promised, vowed, described, called, expects, counted, documented, recorded,
    say, expect, estimate, warn, predict, argue, note, advised, recommended, show, suggest,
    recalled, recalls, sought, demanded, calculated, calculates, recommends, advises, shown
    """
    )
)


_WEAK_VERBS = frozenset(
    split_words(
        r"""
    admitted, admits, found, finds, showed, shows, recorded, records, counted, documented,
    described, called, reported, reports, estimated, estimates, confirmed, advised, recommended,
    show, suggest, recalled, recalls, recommends, advises, shown
    """
    )
)


# A short name in brackets after a body's name: "(WHO)", "(Kyrgyzhydromet)", "(ECDC ERA)",
# "(F-FDTL)".
# "(Africa CDC)", "(NI Water)": a word and an acronym, or an acronym and a word.
# ("SDIS 2A": a service's short name with its department's number.)
_SHORT_NAME = (
    r"[A-ZÀ-Þ][A-Za-zÀ-Þ-]{1,19}"
    r"(?:\s[A-Z]{2,6}|(?<=[A-Z]{2})\s[A-Z][a-z]{2,19}|(?<=[A-Z]{2})\s\d{1,3}[A-Z]?)?"
)


# "…,” said the Fire Service": the speaker's name starts with a capital ("Ivan Petrenko, 72,
# said the shelling …" names nobody after "said").
_SAID_WHO = re.compile(
    r"[,”\"]\s*(?:said|says|wrote|added|calculated|estimated|noted|explained|predicted|"
    r"warned|argued|insisted)\s+"
    # ("…, said a spokesman for the Kenya Red Cross": the body the spokesman speaks for.)
    # ("…, said a statement from the Red Cross", "…, said a Red Cross official": the body.)
    r"(?P<who>(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|representative|"
    r"statement)\s+(?:for|of|from)\s+|(?:a|an)\s+(?:(?:senior|top|local)\s+)?"
    r"(?=[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,3}\s+(?:official|spokes(?:man|woman|person)|"
    r"statement)\b))?(?:the\s+)?[A-Z\u00c0-\u024f][\w\u2019'.-]*"
    r"(?:\s+(?:[A-Z\u00c0-\u024f][\w\u2019'.-]*|of\b|the\b|for\b|and\b|in(?=\s+[A-Z])|"
    r"(?:da|de|do|dos|das|del|della|di|van|von|der|den|bin|ben|al|el|ibn)(?=\s+[A-Z])|"
    rf"\({_SHORT_NAME}\)))*"
    r"(?:(?<=[a-z])\s+(?:official|spokes(?:man|woman|person)|statement)\b)?)"
)


_SAID_TITLE_WHO = re.compile(
    r",\s+(?:said|says|added)\s+(?P<who>(?P<title>(?:its|their|his|her|the)\s+"
    r"(?:[a-z-]+\s+){0,3}[a-z-]+),\s+[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|da|de|do|dos|del|van|von|bin|al|el)){0,4})(?=\s*[,.;]|$)"
)


# Days and months: "on Wednesday" closes a name ("… Court … in Athens on Wednesday").
_DAYS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)


_ACCORDING_TO = re.compile(
    r"\baccording to\s+(?P<who>(?:[^,.;:\"“”]|"
    # "according to Dr. Halima Issoufou": an honorific's full stop is no end; nor is an
    # initial's ("according to the U.S. Fish and Wildlife Service").
    + "|".join(rf"(?<=\b{t})\." for t in ("Dr", "Mr", "Ms", "Mrs", "Prof", "Gen", "Col", "Lt"))
    + r"|(?-i:(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.)"
    + r")+?)"
    r"(?=\s*(?:[,;:\"“”]|"
    + "".join(rf"(?<!\b{t})" for t in ("Dr", "Mr", "Ms", "Mrs", "Prof", "Gen", "Col", "Lt"))
    # (Nor the dots of "U.S.": neither the first nor the second ends the name.)
    + r"(?-i:(?<!\b[A-Z]\.[A-Z])\.(?![A-Z]\.))"
    # ("according to the WHO": the body's capitals are no "who" clause.)
    + r"|$|(?-i:\s(?:which|who|whose|that|released|published|at|from|with|"
    # ("the United Nations Office on Drugs and Crime": "on" before a capital is the name's,
    # but before a day or a month.)
    + rf"on(?!\s+(?!{_DAYS})[A-Z])|"
    # "the United Nations Integrated Office in Haiti (BINUH)": a place inside a name its
    # initials follow.
    # ("the United Nations Mission in South Sudan": a mission is named with its country.)
    r"(?<!Mission\s)in(?!\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+\([A-Z]{2,9}\)))\b)))",
    re.I,
)


# "according to figures from the health ministry": a document's author is the source.
_DOCUMENTS = (
    r"(?:results?|figures?|data|estimates?|count|tally|statistics|numbers|report|survey|poll|"
    r"projections?|forecasts?|records?|analysis|study|calculations?|assessment|census|review|"
    r"bulletins?|lists?|statements?|communiqu[eé]s?|research)"
)


_DOCUMENT = re.compile(rf"\b{_DOCUMENTS}$", re.I)


_DOCUMENT_BY = re.compile(
    # ("The figures, published by the Office for National Statistics": a comma before how.)
    rf"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_DOCUMENTS}(?:,(?=\s+(?:compiled|collected|"
    r"gathered|published|released|produced)\b))?\s+"
    r"(?:(?:compiled|collected|gathered|published|released|produced)\s+"
    # ("Figures released on Monday by Eurostat".)
    r"(?:(?:on|last|this|early|late|in)\s+[A-Za-z]+\s+)?)?(?:by|from|of)\s+(?=\S)",
    re.I,
)


# "ministry figures", "police data": a body's head noun before its document.
_HEAD_DOCUMENT = re.compile(
    # Not "official results", "preliminary figures": what the document is, not whose.
    r"^(?:the\s+)?(?!(?:official|preliminary|provisional|final|initial|partial|latest|new)\s)"
    # ("central bank data": a head of two words.)
    rf"(?P<head>(?:central\s+|national\s+|reserve\s+)?[a-z][\w-]*)\s+{_DOCUMENTS}$"
)


_DOCUMENT_OF = re.compile(
    rf"^(?P<owner>(?:the\s+)?[\w\s-]{{1,60}}?)['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENTS}$",
    re.I,
)


_PUBLISHED_BY = re.compile(
    r"\b(?:[Ii]ndex|[Rr]eport|[Rr]anking|[Ss]urvey|[Ss]tudy|[Ss]tatistics|results|figures)\s+"
    r"(?:published|compiled|released|produced|announced|issued)\s+"
    # "results announced on Tuesday by the National Electoral Commission", "a report
    # published last year by the Ministry of Hydraulics, Energy and Mines".
    r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+\s+|(?:last|this)\s+(?:year|month|week)\s+)?"
    r"by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*)|,\s+[A-Z][\w'’-]*){0,8})"
)


_ACRONYM_DOCUMENT = re.compile(rf"^(?P<acronym>[A-Z]{{2,6}})\s+(?:[\w-]+\s+)?{_DOCUMENTS}\b")


_OWN_DOCUMENT = re.compile(rf"^(?:its|their)\s+(?:[\w-]+\s+){{0,2}}{_DOCUMENTS}$", re.I)


_DOCUMENT_ONLY = re.compile(
    # "according to the 2020 census": a year's document, nobody's.
    rf"^(?:(?:an?|the|official|preliminary|final|new|latest|government|its|their|\d{{4}})\s+)*"
    # ("the Census Bureau", "the Survey Office": a body named for its document.)
    rf"{_DOCUMENTS}\b(?!\s+(?:by|from|of|[Bb]ureau|[Oo]ffice|[Dd]epartment|[Dd]ivision|[Aa]gency|"
    r"[Ii]nstitute|[Cc]entre|[Cc]enter|[Cc]ommission|[Aa]uthority|[Bb]oard)\b)",
    re.I,
)


# "according to an order issued by the district administration": a legal act is nobody's
# statement, whoever issued it.
_LEGAL_ACT = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:order|decree|ruling|verdict|judg(?:e)?ment|indictment|"
    r"resolution|ordinance|directive|warrant|charge\s+sheet|court\s+(?:documents|filings))s?\b"
    r"(?!\s+(?:of|from)\b)",
    re.I,
)


_NAME_AFTER = re.compile(
    r",\s+(?P<name>[A-Z\u00c0-\u024f][\w'’-]*(?:\s+(?:[A-Z\u00c0-\u024f][\w'’-]*|of|for|and))"
    r"{0,5})\s*(?=[.;]|$)"
)


_APPOSITION_START = re.compile(r"^(?:The|A|An|Its|Their)\b")


_DOCUMENT_FROM = re.compile(
    r"\s+(?:from|by|of|(?:released|published|compiled|issued)(?:\s+(?:early|late|on|in|"
    r"last|this|[A-Z][a-z]+day|[a-z]+ly)){0,3}\s+by)\s+"
    r"(?P<who>(?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z\u00c0-\u024f][^,.;:\"“”]*?|the\s+[a-z]+(?=\s*[,.;:]))"
    r"(?=\s*(?:[,.;:\"“”]|$|\s(?:which|who|that|on|at|with)\b))"
)


# "Doctors Without Borders put the toll at 226": a figure put by someone is theirs.
_PUT_AT = re.compile(
    # "put the toll at 61", a poll's "put Ní Bhriain on 24%"
    r"\bputs?\s+(?:the|its|their|a|an|annual|[a-z]+|[A-Z][\w'’-]+)\b[^.;]{0,60}?"
    # ("had put the PLP ahead with 41%".)
    # ("put the death toll at nine": a number in words too.)
    r"(?:\b(?:at|on|ahead\s+with|with|behind\s+with)\s+(?:\w+\s+){0,2}(?:[£$€¥]?\d|(?:two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds)\b)"
    # ("had put Vuksanović-Drašković 4 points ahead".)
    r"|\s\d[\d.]*\s+(?:percentage\s+)?points?\s+(?:ahead|behind|clear))"
)


# "A survey by the Merdeka Center had given Barisan Nasional between 28 and 33 seats": a
# poll's share or seats given to a party are its figure.
_GAVE_SHARE = re.compile(
    r"\b(?:gave|given|gives)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?:between\s+|about\s+|around\s+|some\s+|just\s+)?\d[\d.,]*"
    r"(?:\s+(?:and|to)\s+\d[\d.,]*)?\s*(?:%|seats\b|per\s*cent\b|percent\b|points\b)"
)


_WHAT_THEY_CALLED = re.compile(r"\b(?:in\s+)?what\s+$", re.I)


_SUBORDINATE = re.compile(
    # (", as backers of the law had urged": what others had asked for, no source.)
    r"\b(?:after|before|when|because|since|until|although|though|if|once)\s+$|,\s+as\s+$",
    re.I,
)


_WHICH_ASIDE = re.compile(r"[^,]*,\s+which\b")


_ADVERB_ASIDE = re.compile(
    r",\s*(?:however|meanwhile|though|too|also|in turn|for its part|for their part|"
    r"in a statement|in its report|in a report|"
    # "Fish processor Vestfisk, based in Ísafjörður, said".
    r"(?:which\s+is\s+)?based\s+in\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?|"
    # "Health Minister Ana Costa, quoted by the Lusa news agency, said".
    r"(?:quoted|cited)\s+by\s+[^,;:]{2,60}?)\s*,?\s*$",
    re.I,
)


_CONJUNCTION = re.compile(
    r"\b(?:while|but|and|whereas|although|though|as|after|because|since|when|where|before|so|"
    r"that|what|whether)\s+"
)


# The named subject of a sentence's first verb, when "and said" shares it.
_SHARED_SUBJECT = re.compile(
    r"\s*(?P<who>[A-Z\u00c0-\u024f][\w'\u2019.-]*(?:\s+(?:[A-Z\u00c0-\u024f][\w'\u2019.-]*|of|for|the|"
    # "Peru's land transport regulator Sutran suspended …": a description before the name.
    r"[a-z][\w-]*(?=(?:\s+[a-z][\w-]*)*\s+[A-Z])|\([A-Z][\w-]{1,19}\)))*?)"
    r"\s+(?:[a-z]+ed|met|won|lost|held|gave|took|made|spent|sent|told|began|left|went|cut|"
    r"kept|set|put|hit|rose|fell|paid|sold|bought)\b"
)


# Verbs of saying that are nouns too, and the words that make them nouns before them.
_NOUN_TOO = frozenset(
    ("forecast", "forecasts", "estimate", "estimates", "count", "record", "claims", "reports")
)
_AS_NOUN = re.compile(
    r"\b(?:its|their|his|her|the|a|an|growth|inflation|budget|revenue|output|weather|"
    r"economic|annual|latest|official|monthly|quarterly)\s+$",
    re.I,
)
_PRONOUNS = {"he": "he", "she": "he", "they": "they", "we": "they", "i": "he", "it": "they"}


# ("No group claimed the attack": nobody.)
_NOT_A_SPEAKER = {
    "which", "that", "this", "who", "what", "there", "these", "those", "no", "neither",
    # ("Every mayor elected in Philadelphia since 1951 has been a Democrat": no one.)
    "every", "each", "all", "any",
}  # fmt: skip


_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s*$", re.I)


def _document_author(who: str) -> Speaker:
    """Whose figures, report or survey: "A survey published by Ipsos" is a pollster's, a
    body's; one capitalised word there is no person's surname."""
    speaker = speaker_en(who)
    if speaker.kind == ClaimantKind.PERSON and speaker.ref == "surname" and speaker.name:
        return Speaker(speaker.name, ClaimantKind.ORGANISATION)
    return speaker


_A_STUDY = re.compile(
    r"^(?:[Aa]n?|[Oo]ne)\s+(?:new\s+|recent\s+)?(?:study|survey|analysis)"
    r"(?:\s+(?:published|released|carried\s+out|conducted)\b(?!.*\bby\b).*)?$"
)
_OFFICIAL_DOCUMENT_LEAD = re.compile(
    rf"(?:[Oo]fficial|[Pp]reliminary|[Pp]rovisional|[Ff]inal)\s+{_DOCUMENTS}\b"
)
_HEAD_OWNED_DOCUMENT = re.compile(
    r"^(?P<owner>the\s+[a-z]+)['’]s?\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:report|study|survey|bulletin|figures|data|statistics)$"
)
_OWNED_DOCUMENT = re.compile(
    r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})['’]s?\s+"
    r"(?:[a-z][\w-]*\s+){0,4}(?:report|study|survey|bulletin|figures|data|statistics|"
    # "the World Bank's latest outlook", "the IMF's forecasts".
    r"outlook|forecasts?|estimates?|review|assessment|analysis|update)$"
)


_THEN_VERB = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|must|may|might)\b"
)


_STATES_OF = re.compile(r"(?:[Tt]he\s+)?States\s+of\s+(?:Guernsey|Jersey|Alderney|Deliberation)")
_OWNED_STAFF = re.compile(
    r"^[Tt]he\s+(?P<owner>[a-z]+)['’]s\s+(?:[a-z-]+\s+){0,2}"
    r"(?:inspectors|investigators|officials|staff|experts|doctors|teams?|auditors|engineers)$"
)
_KIND_THEN_NAME = re.compile(
    r"^(?:[Tt]he\s+|(?=[a-z]))(?:[a-z-]+\s+){0,2}(?:group|organisation|organization|charity|"
    r"association|"
    # ("The think tank Bruegel", "The non-profit Global Witness".)
    r"campaign|coalition|alliance|network|foundation|watchdog|think\s+tank|non-?profit|"
    r"not-for-profit|pollster|NGO)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,4})$"
)
_MEMBERS_OF = re.compile(
    r"^(?:[Ss]oldiers|[Tt]roops|[Mm]embers|[Oo]fficers|[Ss]taff|[Ee]mployees|[Ww]orkers|"
    r"[Rr]escuers|[Ff]irefighters|"
    # "Scientists at the Natural History Museum of Utah said": the museum's.
    r"[Ss]cientists|[Rr]esearchers|[Dd]octors|[Pp]alaeontologists|[Ee]pidemiologists)\s+"
    r"(?:of|from|at)\s+(?P<body>(?:the\s+)?[A-Z].*)$"
)
# "Guardia Civil officers seized": a named body's own people, acting for it.
_NAMED_BODY_STAFF = re.compile(
    r"^(?P<body>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|de|di))*)\s+"
    r"(?:soldiers|troops|officers|agents|inspectors|investigators|staff|rescuers|firefighters|"
    r"officials)$"
)
_STAFF_WORDS = frozenset(
    ("researchers", "scientists", "analysts", "economists", "experts", "staff")
)
_STAFF_AT = re.compile(r"\s+(?:at|from|of)\s+(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”]*)")


_STUDY_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|latest\s+)?(?:study|survey|poll|analysis)\s+"
    r"(?:by|from)\s+(?P<who>.+)$"
)


_TIME_LEAD = re.compile(
    # ("In 2023 the government cancelled …": the year, before who.)
    r"^In\s+\d{4},?\s+(?=[A-Z]|the\s)|"
    r"^(?:Later|Earlier)(?:\s+(?:on|in|this|that|last)\s+[A-Za-z]+)?,?\s+(?=[A-Z]|the\s)"
    # "…, and on Friday the ministry said": the day, before who.
    r"|^(?:and\s+|but\s+)?(?:(?:late|early)\s+)?on\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?=[A-Z]|the\s)"
)


@lru_cache(maxsize=8192)
def _clean_who(raw: str) -> str:
    who = raw.strip(" ,;:—\u2013-\"“”'\u2019")
    # "Later on Monday the DMA said": when, before who.
    who = _TIME_LEAD.sub("", who)
    # "The state-controlled Jordan Phosphate Mines Company": what it is, then its name.
    who = _DESCRIBED_NAME.sub("", who)
    # "The Hamas-run health ministry": who runs a body is no part of its name.
    who = _RUN_BY.sub("", who)
    # "An army commander on the outskirts of Kherson city" → "An army commander"; but
    # "Organization for Security and Co-operation in Europe" keeps its "in Europe".
    for m in _WHO_ENDS.finditer(who):
        if (
            m.group(1) == "on"
            and _BODY_ON.search(who[: m.start()])
            and re.match(rf"\s+(?!{_DAYS})[A-Z]", who[m.end() :])
        ):
            # "The Commission on Audit", "the Committee on Human Rights": a body's field.
            continue
        if m.group(1) == "in":
            following = who[m.end() :].split(maxsplit=1)[:1]
            if following and _NAME_WITH_IN.search(f"{who[: m.end()]} {following[0]}"):
                continue
            if _PLACE_THEN_ACRONYM.match(who, m.end()):
                # "The French Armed Forces in New Caledonia (FANC)": a place inside a name its
                # initials follow.
                continue
        who = who[: m.start()]
        break
    who = who.strip(" ,;:—\u2013-")
    if _FULL_STOP.search(who) and not who.endswith(_ABBREVIATIONS):
        # "… said Mayor Ivo Brandt.": the sentence's full stop is no part of the name.
        who = who[:-1]
    return who


_FULL_STOP = re.compile(r"[^\W\d_]{3}\.$")
_BODY_ON = re.compile(
    r"\b(?:Commission|Committee|Council|Office|Board|Panel|Institute|Centre|Center)$"
)


_ABBREVIATIONS = ("Inc.", "Corp.", "Bros.", "Ltd.", "Assn.", "Dept.", "Govt.")


_WHO_ENDS = re.compile(
    r"\s+(on|in|at|from|near|outside|inside|who|which|speaking|after|"
    r"during|earlier|later|also|has|have|had|previously|again|then|on\s+Twitter|"
    r"however|meanwhile|last|this|next)\b"
)


_THE_PLACES_OWN = re.compile(
    r"\b[Tt]he\s+(?:country|nation|territory)['’]s\s+$"
    # "The United Kingdom's Foreign, Commonwealth and Development Office".
    r"|(?:\b[Tt]he\s+)?(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s\s+$"
)
_PLACE_THEN_ACRONYM = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+\([A-Z]{2,9}\)")


# A capitalised name whose complement goes on with "in" and a capital: "… for Security and
# Co-operation in Europe", "Centre for Human Rights in Iran".
_NAME_WITH_IN = re.compile(r"[A-Z][\w-]*\s+(?:for|of)\s+[A-Z][^,]*?\s+in\s+[A-Z][\w-]*$")


_BRACKETED_ACRONYM = re.compile(rf"\({_SHORT_NAME}\)")


_POSSESSIVE_END = re.compile(r"['\u2019]s$")


_THE_START = re.compile(r"^The\s+")


# Hyphenated words before a name: "state-controlled", "family-run".
_COMPOUND_START = re.compile(r"^(?:[a-z]+-[a-z]+\s+)+(?=[A-Z])")
_DESCRIBED_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:(?!non-profit\b)[a-z]+-[a-z]+|opposition|ruling|governing)\s+)+(?=[A-Z])"
)


# An armed group by its members: "The M23 rebels", "al-Shabaab militants".
_ARMED_GROUP_MEMBERS = re.compile(
    r"(?:[Tt]he\s+)?(?P<group>[A-Z]+\d+|[A-Z]{2,}|(?:al|Al|ash|Ash)-[A-Z][a-z]+)\s+"
    r"(?:rebels|militants|insurgents|fighters|militia|militiamen)"
)
# The UN's agencies by what they do: "the U.N. refugee agency" is UNHCR.
_UN_AGENCIES = {
    "refugee": "UNHCR", "children's": "UNICEF", "children’s": "UNICEF", "health": "WHO",
    "nuclear": "IAEA", "migration": "IOM", "food": "WFP", "human rights": "OHCHR",
    "cultural": "UNESCO", "weather": "WMO", "labour": "ILO", "labor": "ILO",
}  # fmt: skip
_UN_AGENCY = re.compile(
    r"(?:[Tt]he\s+)?(?:UN|U\.N\.|United\s+Nations)(?:['’]s)?\s+"
    r"(?P<field>refugee|children['’]s|health|nuclear|migration|food|human\s+rights|cultural|"
    # ("the UN human rights office": an office by what it does, named so.)
    r"weather|labou?r)\s+(?:agency|watchdog|body|organi[sz]ation)"
)
_COUNTY_OR_REGION = re.compile(
    r"(?:Region\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+County"
    r"|Region\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
_ISSUED_AFTER = re.compile(r"\s+(?:published|released|compiled|issued)(?=\s)")
# When, then by whom a document was published: "… published on Monday by the …".
_ISSUED_ON_A_DAY_BY = re.compile(
    r"\s+(?:(?:on|last|this|early|late|in)\s+[A-Za-z]+\s+)?by\s+(?P<who>[^,;.]+)"
)
# A document put on a body's website: "results posted on the commission's website".
_ON_ITS_WEBSITE = re.compile(
    rf"^(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_DOCUMENTS}\s+(?:posted|published|released|put)\s+"
    r"(?:on|online\s+on)\s+(?P<owner>.+?)['’]s?\s+(?:website|site|web\s+page|portal)$",
    re.I,
)
# The small words that join the capitalised words of a body's name.
_NAME_JOINERS = _set("of for and the on de du des da do dos das del la le d di von van der den")
# A group's name of capitalised words joined by "of": "Men of Dignity".
_CAPITALISED_OF_NAME = re.compile(r"[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+")
_RUN_BY = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w'’]*-(?:run|controlled|backed|owned)\s+"
    r"(?=(?:[a-z]+\s+)?(?:ministry|agency|company|broadcaster|television|newspaper|media|"
    r"council|office|authority|bank|[A-Z]))"
)


# Joiners no name ends with: "by the Supreme Court of Tasmania for running …".
_JOINER_END = re.compile(r"(?:\s+(?:of|for|and|on|the|de|sans|without|in))+$")


_FIELDS_OF_A_SERVICE = re.compile(
    r"[a-z]+\s+(?:services?|department|authority|agency|board|directorate)(?:\s*\([^)]*\))?\s*$"
)


def _clause_start(before: str) -> int:
    """Where the clause that ends ``before`` starts: after its last comma, dash, closing
    quotation mark or conjunction."""
    cut = 0
    for mark in ",;:(\u2014\u2013":
        k = before.rfind(mark)
        # "(ACR)" closes a body's name; it does not start a clause.
        if mark == "(" and _BRACKETED_ACRONYM.match(before, k):
            continue
        cut = max(cut, k + 1)
    for quote in '"\u201d':
        k = before.rfind(quote)
        if k >= 0 and k + 1 < len(before) and before[k + 1].isspace():
            cut = max(cut, k + 1)
    conjunctions = [
        m.end()
        for m in _CONJUNCTION.finditer(before, cut)
        # "Irish Nurses and Midwives Organisation": "and" inside a name joins no clauses.
        if not (
            m.group(0).startswith("and")
            and (
                before[m.end() : m.end() + 1].isupper()
                # "… for the Development of Oasis Zones and the Argan Tree": "the" inside a name.
                or re.match(r"the\s+[A-Z]", before[m.end() : m.end() + 6])
            )
            and before[: m.start()].rstrip().rsplit(" ", 1)[-1][:1].isupper()
        )
        # "the Corse-du-Sud fire and rescue service": two fields of one service.
        and not (m.group(0).startswith("and") and _FIELDS_OF_A_SERVICE.match(before, m.end()))
    ]
    if conjunctions:
        cut = conjunctions[-1]
    while cut < len(before) and before[cut].isspace():
        cut += 1
    return cut


# A word no name holds: "went", "to" in "The largest fine went to Tieurakka Oy".
_LOWER_WORD = re.compile(
    r"(?<![\w'’.-])(?!(?:of|for|and|the|de|du|des|la|le|van|von|on)\b)[a-z]+\b"
)


_APPOSITION = re.compile(
    # "Supermarket chain Alpenmarkt, one of the company's largest customers, said".
    # ("Dr. …, a lung specialist at the Puerta del Mar University Hospital in Cádiz, said".)
    r"^(?:the|a|an|its|their|his|her|one\s+of|[A-Z][\w-]+['’]s|"
    # "Kenya Power's managing director": an owner of a few words.
    r"(?!The\s)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){1,3}['’]s)"
    r"\s+[\w\s'’-]{0,80}$",
    re.I,
)


_CITING_ASIDE = re.compile(r",\s+citing\s+[^,]{1,60},$")
_AGE_APPOSITION = re.compile(r"(?<=[^\W\d_]),\s*\d{1,3}$")
# A name, then what the person is, before a second apposition: "Rodel Tablizo, the provincial
# agriculturist of Catanduanes" before ", the largest producing province, said".
_INNER_APPOSITION = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s+"
    # ("Maialen Etxeberria Urkiola, EH Bildu's candidate for lehendakari": an owner first.)
    r"(?P<apposition>(?:the|a|an|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s)\s+[a-z]"
    r"[\w\s'’-]{0,80}?)$"
)
_ENDS_WITH_PLACE = re.compile(r"\b(?:of|at|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")


# A short name in apposition: ", known as Sernapesca", ", better known as Ukrzaliznytsia".
_KNOWN_AS = re.compile(
    r",\s+(?:also\s+|better\s+|commonly\s+)?known\s+as\s+"
    r"(?P<alias>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})$"
)


# A "which"/"who" aside ending right before the verb: ", which led the inquiry".
_RELATIVE_END = re.compile(
    # ("The Florida Keys National Marine Sanctuary, where removing … is forbidden, said".)
    r"(?:,\s+(?:which|who|whose|formed|founded|created|set\s+up|established|backed|led|run)"
    r"|(?<=Sanctuary),\s+where|(?<=Museum),\s+where|(?<=Hospital),\s+where"
    r"|(?<=Park),\s+where|(?<=Reserve),\s+where|(?<=Centre),\s+where|(?<=Center),\s+where"
    r"|(?<=Institute),\s+where|(?<=Prison),\s+where|(?<=Zoo),\s+where)\b"
    r"(?:[^,;:\"“”]|(?<=\d),(?=\d))*"
    # "Dr X, who heads the centre in Hudur, the capital of Bakool, said": a place in the
    # aside described in turn.
    r"(?:,\s+the\s+[a-z]+\s+of\s+[A-Z][^,;:\"“”]*"
    # "…, who heads the unit at the hospital in Bhawanipatna, in Odisha's Kalahandi district,
    # said": where the place is, in turn.
    r"|,\s+in\s+(?:the\s+)?[A-Z][^,;:\"“”]*)?$"
)


# A name whose complement lists its fields: "Ministry of Health, Labour and Welfare".
_LISTED_NAME = re.compile(
    # ("… National System for the Prevention, Mitigation and Attention of Disasters".)
    r"(?:(?<=\s)|^)(?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+)+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    # "… of Agriculture, Water Resources and Fisheries": a field may take two words.
    r"(?:\s+[A-Z][\w-]*)?(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+and\s+[A-Z][\w-]*"
    # "… Architects and Surveyors (CODIA)": its short name after it; "… and Attention of
    # Disasters": the last field's own complement.
    rf"(?:\s+[A-Z][\w-]*)?(?:\s+of\s+[A-Z][\w-]*)?(?:\s+\({_SHORT_NAME}\))?$"
)


_AUXILIARY_END = re.compile(r"\s+(?:has|have|had)$")


# "The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)":
# listed fields before the body's head, no "of".
_LISTED_FIELDS = re.compile(
    r"(?:(?<=\s)|^)(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+and\s+"
    rf"(?P<tail>(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)(?:\s+\({_SHORT_NAME}\))?$"
)


def _listed_fields_name(before: str) -> re.Match | None:
    """A listed name whose last words end in a body's head ("… Services Administration"),
    not a list of places or people ("France, Spain and Italy")."""
    listed = _LISTED_FIELDS.search(before)
    if listed is None or len(listed.group("tail").split()) < 2:
        return None
    head = listed.group("tail").split()[-1].lower()
    return listed if head in BODY_KINDS else None


# ("a lawyer who represented the applicants, said": a clause of the lawyer's own acts, no
# speaker inside it.)
_WHO_THEN_SPEAKER = re.compile(
    r"\s(?:who|whom|which)\s+(?!(?:[a-z]+ed|has|had|is|was|are|were|runs|leads|represents|"
    r"owns|manages|heads|works)\b)(?P<np>(?:[\w'’-]+\s*){1,4})$"
)


def _subject_before(text: str, verb_start: int) -> tuple[int, str, str] | None:
    """The clause before an attribution verb: (its start, its text, an apposition title).

    Skips "who …"/"which …" clauses, asides ("X, however, said") and appositions
    ("Dr. Nhantumbo, the provincial health director, said").
    """
    before = text[:verb_start].rstrip()
    if before.endswith((", has", ", have", ", had")):
        # "Manx Labour's leader, Kerry Christian, has promised": the subject before the comma.
        before = before.rsplit(" ", 1)[0]
    citing = _CITING_ASIDE.search(before) if before.endswith(",") else None
    if citing:
        # "BBC Amharic, citing residents, reported": who reports, past whom it cites.
        before = before[: citing.start()]
    aside = _ADVERB_ASIDE.search(before) if before.endswith(",") else None
    if aside:
        before = before[: aside.start()]
    if before.endswith(","):
        before = before[:-1]
    # "Opava's mayor, Tomáš Navrátil, 49, said": the age in apposition is not the subject.
    before = _AGE_APPOSITION.sub("", before)
    # "The National Fisheries and Aquaculture Service, known as Sernapesca, said": the body,
    # with its short name as an alias (as if in brackets).
    before = _KNOWN_AS.sub(r" (\g<alias>)", before)
    # "… Architects and Surveyors (CODIA) has warned": the name before the auxiliary.
    listed = _LISTED_NAME.search(_AUXILIARY_END.sub("", before)) or _listed_fields_name(
        _AUXILIARY_END.sub("", before)
    )
    if listed:
        # "Japan's Ministry of Health, Labour and Welfare said": the commas are the name's.
        opening = (
            re.search(r"(?:\b[Tt]he\s+)?(?:[A-Z][\w-]+\s+)$", before[: listed.start()])
            if re.match(r"[A-Z][\w-]*['’]s\s", listed.group(0))
            else None
        )
        if opening:
            # "The United Kingdom's Department for Science, …": the owner's first words too.
            return opening.start(), before[opening.start() : listed.end()], ""
        owner = _THE_PLACES_OWN.search(before, 0, listed.start())
        if owner:
            # "the country's Ministry of Agriculture, Rural Development and Fisheries": the
            # country named before owns it.
            return owner.start(), before[owner.start() : listed.end()], ""
        return listed.start(), listed.group(0), ""
    relative = _RELATIVE_END.search(before)
    if relative and relative.start():
        # "The agency (NCA), which led the inquiry with police in Romania and the
        # Netherlands, said": the name before the aside, whatever the aside holds
        # ("Maria Olarte, 54, who has led …, said": and the age before it).
        before = _AGE_APPOSITION.sub("", before[: relative.start()])
    clause_start = _clause_start(before)
    subject = before[clause_start:]
    trailing = _TRAILING_NAME.search(subject) if relative and relative.start() else None
    if (
        trailing
        and trailing.start()
        and "which" in relative.group(0)
        # ("The City of Harare, which runs …": "of" inside a name.)
        and re.search(r"\b(?!(?:the|of|and|de|du)\b)[a-z]{2,}\b", subject[: trailing.start()])
    ):
        # "Hennessy … is owned by LVMH, which said …": the name the relative clause follows,
        # not the clause it ends.
        clause_start += trailing.start("name")
        subject = subject[trailing.start("name") :]
    title = ""
    relative = _WHO_THEN_SPEAKER.search(subject)
    if relative:
        # "a restorer who prosecutors said painted the works": the speaker is inside the
        # relative clause, not the person it describes.
        clause_start += relative.start("np")
        subject = subject[relative.start("np") :]
    joined = (
        _TRADE_APPOSITION_JOINED.search(before, 0, clause_start)
        if before[:clause_start].rstrip().endswith((" and", " that", " which", " whose"))
        else None
    )
    relative_inside = joined is not None and joined.group("joiner") != "and"
    if (
        joined
        and joined.end() == clause_start
        and subject.split()[:1]
        and (relative_inside or subject.split()[0].lower() in ("the", "a", "an"))
        and (
            _trade_apposition(joined.group("first"))
            or _trade_apposition(subject)
            # "The Committee Against Bird Slaughter (CABS), a German-based group whose
            # volunteers patrol the area, said": what it is, with a relative clause inside.
            or (relative_inside and _body_apposition(joined.group("first")))
        )
    ):
        # "Ferrero, the Italian maker of Nutella and the largest buyer of Turkish hazelnuts,
        # said": one apposition, though "and" joins two of what it is.
        clause_start = joined.start("first")
        subject = before[clause_start:]
    else:
        joined = None
    first = subject.strip().split(" ", 1)[0].lower()
    if first in ("who", "whose", "which") and clause_start:
        earlier = before[:clause_start].rstrip(" ,")
        clause_start = _clause_start(earlier)
        subject = earlier[clause_start:]
    elif (
        before[:clause_start].rstrip().endswith(",")
        and (
            _APPOSITION.match(subject.strip())
            or (subject.split()[:1] and subject.split()[0].lower() in TITLE_WORDS)
            or joined
            # "a German-based group whose volunteers patrol the area every autumn": what it
            # is, then a relative clause of any length.
            or (
                _RELATIVE_INSIDE.search(subject)
                and _body_apposition(_RELATIVE_INSIDE.split(subject.strip(), maxsplit=1)[0] or "x")
            )
        )
        and not _named_after_description(before[:clause_start], subject)
    ):
        # "Dr. Nhantumbo, the provincial health director, said", "Kabirul Bashar, an
        # entomologist at Jahangirnagar University, said": the name before the apposition.
        earlier = before[:clause_start].rstrip().removesuffix(",").rstrip()
        # "John Smith, 45, a local farmer, said": the age between name and apposition.
        earlier = _AGE_APPOSITION.sub("", earlier)
        inner = _INNER_APPOSITION.search(earlier)
        if inner and _APPOSITION.match(subject.strip()):
            # "Rodel Tablizo, the provincial agriculturist of Catanduanes, the largest
            # producing province, said": a person, what they are, then what the place is.
            named = speaker_en(_clean_who(inner.group("name")))
            if (
                named.kind == ClaimantKind.PERSON
                and named.name
                and len(named.name.split()) >= 2
                and not named.ref
                # (What the second apposition describes ends the first: a place, a body; or
                # it glosses the first's title: "EH Bildu's candidate for lehendakari, the head
                # of the regional government".)
                and (
                    _ENDS_WITH_PLACE.search(inner.group("apposition"))
                    or (
                        _has_title(inner.group("apposition"))
                        and re.match(
                            r"the\s+(?:head|leader|chief|title|post|equivalent)\s+of\b",
                            subject.strip(),
                        )
                    )
                )
            ):
                clause_start = inner.start("apposition")
                subject = inner.group("apposition")
                earlier = earlier[: inner.end("name")]
        start = _clause_start(earlier)
        name = earlier[start:]
        person = speaker_en(_clean_who(name))
        # "The largest fine went to Tieurakka Oy, the court said": a name after a verb or a
        # preposition is no subject that the apposition describes.
        # ("Union Party leader Jóannes Dam, 52, a former fisheries minister": a title is no
        # verb.)
        # ("The state-controlled Jordan Phosphate Mines Company (JPMC), the country's only
        # producer": what it is, hyphenated, before the name is no verb either.)
        opens = (
            all(
                w in TITLE_WORDS
                # ("The Association for Democratic Reforms, a New Delhi-based election watchdog,":
                # a body's name has its small joining words.)
                or (w in _NAME_JOINERS and name[:1].isupper())
                for w in _LOWER_WORD.findall(_COMPOUND_START.sub("", _THE_START.sub("", name)))
            )
            or (
                # "Santé publique France, the national public health agency,": a name's small
                # inner word is no verb.
                len(name.split()) >= 3
                and name.split()[-1].lower() in COUNTRIES
                and name[:1].isupper()
                and speaker_en(name).kind == ClaimantKind.ORGANISATION
            )
        )
        determined = subject.split()[0].lower() in ("the", "a", "an", "its", "their", "his", "her")
        # "Dr. Nimali Perera, chief epidemiologist at …": a title needs no article.
        determined = determined or subject.split()[0].lower() in TITLE_WORDS
        # "Peter Ndegwa, Safaricom's chief executive, said": a title owned by a body.
        determined = determined or bool(
            re.match(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s", subject.strip())
            and _has_title(subject)
        )
        if (
            opens
            and _trade_apposition(subject)
            and person.name
            and person.kind in (ClaimantKind.PERSON, ClaimantKind.ORGANISATION)
            and not person.description
            and len(name.split()) <= 4
        ):
            # "Ferrero, the Italian maker of Nutella, said": a company, described by its trade.
            title, clause_start, subject = subject.strip(), start, name
        elif subject.strip().lower().startswith("one of ") and not opens:
            # "Supermarket chain Alpenmarkt, one of the company's largest customers, said":
            # the body named before what it is one of.
            body = speaker_en(_clean_who(name))
            if body.name and body.kind not in (None, ClaimantKind.PERSON) and not body.ref:
                title, clause_start, subject = subject.strip(), start, name
        elif not opens and _ANALYSTS.match(name) and _body_apposition(subject):
            # "Analysts at Demerara Capital Partners, a Georgetown investment firm, estimate":
            # the firm the apposition describes.
            title, clause_start, subject = subject.strip(), start, name
        elif (
            not opens
            and _APPOSITION.match(subject.strip())
            and _named_after_what_it_is(speaker_en(_clean_who(name)))
        ):
            # "The insurer Fidelidade, Portugal's largest, estimated …", "Chocolate maker
            # Barry Callebaut, the world's largest, warned": a body said what it is and
            # named, then an apposition.
            title, clause_start, subject = subject.strip(), start, name
        elif (
            not opens
            and _APPOSITION.match(subject.strip())
            and re.fullmatch(r"[Tt]he\s+[a-z][\w-]*", name.strip())
            and speaker_en(name).ref.startswith(("head:", "kin:"))
        ):
            # "The commission, an independent state body, said": the body named before, by
            # its head noun, then what it is.
            title, clause_start, subject = subject.strip(), start, name
        elif not opens and _MADE_BY.match(name):
            # "A poll by Sandline Research, a Nassau firm, had put …": the poll, past what its
            # maker is.
            title, clause_start, subject = subject.strip(), start, name
        elif not opens:
            pass
        elif (
            person.kind == ClaimantKind.PERSON
            and determined
            and (
                _has_title(subject)
                or (len(person.name.split()) >= 2 and not person.ref)
                # "Abernethy-Gowans, a 34-year-old community nurse from Springburn, told": a
                # surname, then the private person it is.
                or (
                    person.ref == "surname"
                    and subject.split()[0].lower() in ("a", "an")
                    and (
                        speaker_en(_clean_who(subject)).generic
                        # "Vuksanović-Drašković, a 39-year-old architect, has promised".
                        or re.search(r"\b\d+-year-old\b", subject)
                    )
                )
            )
            # "… as far south as Wangdue Phodrang, the DLGDM said": an acronym describes
            # nobody; it is who said it.
            and not re.fullmatch(r"the\s+[A-Z]{2,8}", subject.strip())
        ):
            title, clause_start, subject = subject.strip(), start, name
        elif (
            # ("a German-based group whose volunteers …": what it is, before the clause.)
            _body_apposition(_RELATIVE_INSIDE.split(subject.strip(), maxsplit=1)[0])
            and _DESCRIPTION.match(subject.strip())
            # "The Tunisian Union of Agriculture and Fisheries (UTAP)": neither the article
            # nor the acronym makes the name longer.
            and len(_ALIAS.sub("", _THE_START.sub("", name)).split()) <= 7
            and (
                speaker_en(_clean_who(name)).kind not in (None, ClaimantKind.PERSON)
                # "Le Bien Public, the Dijon daily, reported": a medium's name, whatever it is.
                or (name[:1].isupper() and _body_apposition(subject.strip()) == ClaimantKind.MEDIA)
                # "Sciensano, Belgium's public health institute, said": one word a body's.
                or (len(name.split()) == 1 and name[:1].isupper() and not re.fullmatch(_DAYS, name))
                # "Acciaierie d'Italia, the company that runs the steelworks, said": a name the
                # words do not tell, a body by what the apposition says it is.
                or (
                    name[:1].isupper()
                    and _RELATIVE_INSIDE.search(subject)
                    and re.match(r"[Tt]he\s+[a-z]", subject.strip())
                    and speaker_en(_clean_who(name)).kind is None
                )
                # "Men of Dignity, a Druze armed group, said": a name of capitalised words.
                or bool(_CAPITALISED_OF_NAME.fullmatch(name.strip()))
            )
            # ("… sold in shops as far away as Genoa, the force said": a place after a
            # preposition is no body the apposition describes.)
            and earlier[:start].rstrip().rsplit(" ", 1)[-1].lower() not in _BEFORE_AN_OBJECT
        ):
            # "the CGIL, Italy's largest trade union, said": the body the apposition describes.
            title, clause_start, subject = subject.strip(), start, name
    elif (
        subject[:1].isupper() or _named_after_description(before[:clause_start], subject)
    ) and before[:clause_start].rstrip().endswith(","):
        # "The plant's owner, Tèxtils Cardener, said": the name a company's role stands before.
        earlier = before[:clause_start].rstrip().removesuffix(",")
        role = _COMPANY_ROLE.search(earlier)
        if role:
            title = role.group(0).strip()
        else:
            # "Colombia's central bank, Banco de la República, said": what the body is, said
            # before its name.
            described = earlier[_clause_start(earlier) :]
            if "," not in earlier and _DESCRIPTION.match(earlier):
                # "The national chamber of pineapple producers and exporters, Canapep,": its
                # "and" joins what it gathers, no clauses.
                described = earlier
            if (
                _DESCRIPTION.match(described)
                # "The national chamber of pineapple producers and exporters, Canapep,": what
                # it is may run on past its head.
                # ("the UN peacekeeping mission in the country, MINUSCA": where it works too.)
                and len(re.split(r"\s(?:of|in)\s", described)[0].split()) <= 6
                and _body_apposition(described)
            ):
                title = described
            elif (
                re.match(r"(?:[Aa]n?|[Tt]he)\s", described)
                and len(described.split()) <= 8
                and _has_title(re.split(r"\s(?:in|of|at|for|from)\s", described)[0])
                and speaker_en(_clean_who(subject)).kind == ClaimantKind.PERSON
            ):
                # "A police official in the district, Gul Faraz Dawar, said": what the person
                # is, said before their name.
                title = described
    if not subject.strip():
        return None
    return clause_start, subject, title


# What a company is said to be: "the Italian maker of Nutella", "the largest buyer of
# Turkish hazelnuts", "a Swiss drugmaker", "the state-owned carrier".
_TRADE_HEAD = re.compile(
    r"(?:^|\s)(?:[a-z]*maker|"
    + "|".join(sorted(COMPANY_TRADES))
    # What a person may be called too, in an apposition that already says "the …".
    + r"|operator|giant|supplier|processor|trader|buyer|seller)$"
)


def _named_after_what_it_is(speaker: Speaker) -> bool:
    """A body named after what it is ("the insurer Fidelidade")."""
    return bool(
        speaker.name
        and not speaker.ref
        and speaker.kind in (ClaimantKind.ORGANISATION, ClaimantKind.OFFICE)
        and speaker.description
    )


_BODY_BRANCH = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|of|for|and))*)['’]s\s+"
    r"(?:country\s+|regional\s+|local\s+|national\s+|representative\s+)?"
    r"(?:office|mission|delegation|branch)(?:\s+in\s+[A-Z][\w'’-]+)?"
)
# ("the District Court in Oslo": the place is what tells which court it is.)
_GENERIC_COURT_WORDS = _set(
    "the district city regional provincial municipal county criminal civil high supreme appeal "
    "appeals court tribunal administrative commercial magistrates crown first instance justice "
    "justiciary cassation constitutional federal state national institute"
)
_COURT_SEAT = re.compile(
    r"(?P<court>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:Court|Tribunal|Institute)"
    r"(?:\s+of\s+(?:Appeal|Appeals|Justiciary|Cassation|First\s+Instance|Justice))?)"
    r"\s+in\s+[A-Z][\w'’-]+"
)
# ("a research body funded by growers": a participle's clause, as a relative one.)
_RELATIVE_INSIDE = re.compile(
    r"\s+(?:whose|that|which|who|(?:funded|backed|founded|owned|run|financed|set\s+up)\s+by)\s+"
)
_TRADE_APPOSITION_JOINED = re.compile(
    r",\s+(?P<first>(?:the|a|an)\s+[^,]*?)\s+(?P<joiner>and|that|which|whose)\s+$"
)


def _trade_apposition(words: str) -> bool:
    """Whether an apposition says what a company trades in: "the Italian maker of Nutella"."""
    words = words.strip()
    if not re.match(r"(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s", words):
        return False
    head = re.split(r"\s+(?:of|for|in|at|from|with|on|to|by|and)\s+", words)[0]
    return bool(_TRADE_HEAD.search(head)) and not _has_title(head)


_TRAILING_NAME = re.compile(
    r"\b(?:by|to|from|with|of|at|for)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|de|du))*)$"
)
_REPORTED_THAT = re.compile(r"reported\s+(?:on\s+\w+\s+)?that\b")
_SAID_IT_ITS = re.compile(
    r"(?:said|says|told\s+\w+)\s+(?:that\s+)?it\s+(?:had|has|would|will|was|is|could|plans)\b"
    r"[^.;]*\bits\b"
)
_BEFORE_AN_OBJECT = _set("as in at to from of by with for on near than into across via")


def _named_after_description(earlier: str, subject: str) -> bool:
    """ "Monaco's police, the Sûreté Publique, said": what the body is, then its name with
    "the" (not "John Smith, the Guardian's editor": a person, then what they are)."""
    if not re.match(r"the\s+[A-Z]", subject.strip()):
        return False
    earlier = earlier.rstrip().removesuffix(",")
    described = earlier[_clause_start(earlier) :]
    return bool(_DESCRIPTION.match(described) and _body_apposition(described))


# A company's role before its name: "The plant's owner, …", "its operator, …".
_COMPANY_ROLE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s|[a-z]+['’]s?)\s+(?:[a-z-]+\s+)?"
    r"(?:owner|operator|maker|manufacturer|builder|contractor|supplier|developer|retailer|"
    r"distributor|insurer|lender|employer|parent company|subsidiary|organiser|organizer)$"
)


# An apposition that describes rather than names: "a labour rights group", "Italy's
# largest trade union" (lower-case after its determiner), not "Mozambique's Health Ministry".
_DESCRIPTION = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[A-Z][\w-]+['’]s"
    # "Correia e Silva's party": a named owner of several words.
    r"|(?:[A-Z][\w-]+\s+(?:(?:e|da|de|do|dos|das|del|van|von|al|el)\s+)?){1,3}[A-Z][\w-]+['’]s"
    # "a Georgetown investment firm": where it is, then what ("a New Delhi-based election
    # watchdog": in words).
    r"|[Aa]n?\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}"
    # "the Bavarian State Painting Collections' laboratory": a named owner's body.
    r"|the(?:\s+[A-Z][\w-]+){1,5}['’]s?"
    # "Le Bien Public, the Dijon daily, reported": a medium by its town.
    r"|the(?:\s+[A-Z][\w-]+){1,2}(?=\s+(?:daily|newspaper|weekly|tabloid|broadcaster)\b)"
    # "Caritas, the Catholic aid agency, said": one capitalised word of what it is.
    r"|the\s+[A-Z][\w-]+)\s+[a-z]"
)


_MEDIA_WING = re.compile(
    r"(?:the|its)\s+(?:(?P<owner>[a-z]+)['’]s?\s+)?(?:media|press|public\s+relations|"
    r"information)\s+(?:wing|arm|office|service|department|directorate)"
)


def _body_apposition(words: str) -> str | None:
    """The kind of body an apposition says something is: "a labour rights group",
    "Italy's largest trade union" → organisation; None when it names no body."""
    # The head of the phrase comes before its complements: "an entomologist at …".
    lowered = re.split(r"\s+(?:at|of|for|in|from|with|on|to|by)\s+", words.lower().strip())[0]
    # "a medical group tracking the war", "a monitor based in Britain": what it does after
    # what it is.
    lowered = re.split(
        r"\s+(?:[a-z]+ing|based|funded|backed|run|set|founded|that|which|who|whose)\s", lowered
    )[0]
    if lowered.split()[-1:] in (["opposition"], ["party"]):
        # "The Socialist Party, the main opposition, said", "Silva's party, MpD, said": a
        # party.
        return ClaimantKind.ORGANISATION
    if re.search(
        r"\b(?:armed|rebel|insurgent|militant|paramilitary)\s+(?:group|movement)$", lowered
    ):
        # "the Kachin Independence Army, an ethnic armed group": an armed force.
        return ClaimantKind.MILITARY
    if _TRADE_LEADER.search(lowered):
        # "Havfrisk, the islands' largest salmon farmer": a company by its rank in a trade.
        return ClaimantKind.ORGANISATION
    if re.search(r"\blocal\s+government\s+unit\b", lowered):
        # "The local government unit of Tacloban": a town's government.
        return ClaimantKind.GOVERNMENT
    if re.search(r"\b(?:electoral|election)\s+(?:body|authority|agency)\b", lowered):
        # "The country's electoral body said": the state's, as the election commissions.
        return ClaimantKind.OFFICE
    if re.search(
        r"\b(?:disaster|emergency)\s+(?:management|response|risk)\b|civil\s+protection", lowered
    ):
        # "Dagran, Antioquia's disaster management agency": the state's emergency service.
        return ClaimantKind.OFFICE
    wing = _MEDIA_WING.fullmatch(lowered)
    if wing:
        # "Inter-Services Public Relations, the military's media wing": the owner's own
        # office, of the owner's kind.
        return BODY_KINDS.get(wing.group("owner"), ClaimantKind.OFFICE)
    if lowered.split()[-1:] and lowered.split()[-1] in _MEDIA_HEADS:
        # "The Guyana Chronicle, the state-owned newspaper, reported": a medium.
        return ClaimantKind.MEDIA
    if re.search(
        r"\s(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", words.lower()
    ):
        # "Vox three and a coalition of the left one, the Electoral Board said": a count
        # closing a list, no description.
        return None
    if re.fullmatch(r"(?:the|its|a)\s+(?:[a-z-]+\s+)?capital", lowered):
        # "Sittwe, the capital of Myanmar's Rakhine state,": a city, not an investment firm.
        return None
    heads = list(BODY_WORDS.finditer(lowered))
    # The body word must end the apposition: "an entomologist at Dhaka University" is a
    # person's, "a Sofia think tank" a body's.
    if not heads or heads[-1].end() != len(lowered) or lowered.split()[-1] in TITLE_WORDS:
        return None
    if _STATE_BODY.search(lowered) or (
        re.match(r"(?:the\s+)?(?:country|state|government|nation)['’]s\s", lowered)
        and lowered.split()[-1] in ("agency", "authority", "office", "body", "regulator")
    ):
        # "The Fiscal Council, an independent state body", "PromPerú, the country's export
        # promotion agency", "Historic England, the government's heritage body": the
        # state's, an office.
        return ClaimantKind.OFFICE
    # "the national weather service, Météo Madagascar": what more than the head says, as
    # for a name.
    return _body_kind(lowered, BODY_KINDS[heads[-1].entry])


_TRADE_LEADER = re.compile(
    r"\b(?:largest|biggest|leading|main|top|only|sole|state-owned|[a-z]+-largest)\s+(?:[\w-]+\s+){0,2}"
    r"(?:farmer|producer|exporter|importer|grower|processor|refiner|miner|maker|retailer|"
    r"supplier|operator|lender|insurer|carrier)$"
)


# ("a New Delhi-based election watchdog": a watchdog may be the state's or nobody's; the
# name's own head tells which.)
_GENERIC_BODY = re.compile(
    r"(?<!state )(?<!government )(?<!public )(?<!statutory )\b(?:body|watchdog)$", re.I
)


_ISSUED_SAYING = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for)){0,6})\s+"
    r"(?:issued|published|released|sent|put\s+out)\s+[^,;]{3,90},\s+saying\b"
)


_PASSIVE_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|first|officially)\s+)?"
    r"(?:confirmed|reported|announced|given|released|published|recorded|registered|counted|"
    r"documented|estimated)\s+by\s+"
    # ("… by the state news agency Bernama", "… by police in Lagos".)
    r"(?P<who>(?:the\s+)?(?:(?:[a-z-]+\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and))"
    r"{0,6}|police\b))"
)


_PARTY_AND_STATE = re.compile(r",\s+[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,(?=\s+\w)")


_STATE_BODY = re.compile(r"\b(?:state|government|public|statutory)\s+(?:body|agency|authority)$")


def _english_attributions(text: str) -> list[Attribution]:
    if "-" in text:
        # "Rep. Jim Jordan, R-Ohio, said": a lawmaker's party and state, an aside no one
        # speaks in (blanked, so that every offset stays the text's).
        text = _PARTY_AND_STATE.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    for m in _SAID_WHO.finditer(text):
        who = m.group("who")
        statement = _DOCUMENT_BY.match(who)
        if statement:
            # "…, said a statement from the Red Cross": the statement's author.
            who = _clean_who(who[statement.end() :])
        else:
            who = who.rstrip(".") if _SPOKESPERSON_FOR.match(who) else _clean_who(who)
        if _THEN_VERB.match(text, m.end("who")) or m.group("who").endswith(("'s", "’s")):
            # "The judge, Lady Strachan, said Lockhart had shown no remorse": what was said
            # of Lockhart, by who comes before ("… said BBB's losses meant": whose losses).
            continue
        if who and who.split()[0].lower() not in {*_PRONOUNS, *_NOT_A_SPEAKER}:
            start = m.start("who")
            found.append(Attribution(start, start + len(who), speaker_en(who)))
            taken.append((m.start(), m.end()))
    for m in _SAID_TITLE_WHO.finditer(text) if ", said " in text else ():
        # "…, said its managing director, Haroun Mussa Pandu": the person the title names.
        speaker = speaker_en(_clean_who(m.group("who")))
        if speaker.kind == ClaimantKind.PERSON and speaker.name and _has_title(m.group("title")):
            start = m.start("who")
            description = speaker.description.rstrip(", ")
            found.append(
                Attribution(start, m.end("who"), replace(speaker, description=description))
            )
            taken.append((m.start(), m.end()))
    for m in _PUBLISHED_BY.finditer(text) if " by " in text else ():
        # "… in the latest Corruption Perceptions Index published by Transparency
        # International": an index or a report is its publisher's.
        speaker = speaker_en(m.group("who"))
        if speaker.name and speaker.kind not in (None, ClaimantKind.PERSON):
            found.append(Attribution(m.start("who"), m.end("who"), speaker, according_to=True))
            taken.append((m.start(), m.end()))
    for m in _ISSUED_SAYING.finditer(text) if ", saying " in text else ():
        # "Public Health Scotland issued an alert …, saying nitazenes had been found": who
        # issued it says what it says.
        speaker = speaker_en(m.group("who"))
        if speaker.name and speaker.kind not in (None, ClaimantKind.PERSON):
            found.append(Attribution(m.start("who"), m.end("who"), speaker))
            taken.append((m.start(), m.end()))
    for m in _PASSIVE_BY.finditer(text) if " by " in text else ():
        # "The toll was confirmed by the Red Cross": a passive verb of telling, and who told.
        speaker = speaker_en(_clean_who(m.group("who")))
        if speaker.name and not speaker.generic:
            found.append(Attribution(m.start("who"), m.end("who"), speaker))
            taken.append((m.start(), m.end()))
    for m in _ACCORDING_TO.finditer(text) if "ccording to" in text else ():
        who = m.group("who").strip()
        fields = _LISTED_TAIL.match(text, m.end()) if re.search(r"\bof\s+[A-Z]\w*$", who) else None
        if fields:
            # "according to the Ministry of Agriculture, Animal and Fishery Resources": the
            # commas are the name's.
            who = f"{who}{fields.group(0)}"
        staff = _STAFF_AT.match(text, m.end()) if who.lower() in _STAFF_WORDS else None
        if staff:
            # "according to researchers at the National University of Lesotho": theirs.
            m, who = staff, staff.group("who").strip()
        source = _DOCUMENT_FROM.match(text, m.end())
        if source and _DOCUMENT.search(who):
            # "according to preliminary results from the State Electoral Commission"
            m, who = source, source.group("who").strip()
        by = _DOCUMENT_BY.match(who)
        if by:
            # "according to an estimate by the Barcelona Institute for Global Health"
            who = who[by.end() :]
        acronym = _ACRONYM_DOCUMENT.match(who)
        if acronym:
            # "according to KSH data": the body of that acronym.
            who = acronym.group("acronym")
        website = (
            _ON_ITS_WEBSITE.match(f"{who}{text[m.end() :]}".rstrip(" ."))
            if re.search(r"\b(?:posted|published|released)$", who)
            else None
        )
        if website:
            # "according to results posted on the commission's website": the site's owner.
            who = website.group("owner")
        issued = _ISSUED_AFTER.match(text, m.end()) if _DOCUMENT.search(who) else None
        issued_by = _ISSUED_ON_A_DAY_BY.match(text, issued.end()) if issued else None
        if issued_by:
            # "according to preliminary results published on Monday by the state returning
            # officer": who published them (a listed name's commas its own).
            who = _clean_who(issued_by.group("who"))
            listed = (
                _LISTED_TAIL.match(text, issued_by.end())
                if re.search(r"\bof\s+[A-Z]\w*$", who)
                else None
            )
            if listed:
                who = f"{who}{listed.group(0)}"
        owner = _DOCUMENT_OF.match(who)
        headed = _HEAD_DOCUMENT.match(who)
        if owner:
            # "according to the commission's preliminary count": the commission.
            who = owner.group("owner")
        elif headed and speaker_en(f"the {headed.group('head')}").ref.startswith("head:"):
            # "according to ministry figures": the ministry the article named before.
            who = f"the {headed.group('head')}"
        elif _OWN_DOCUMENT.match(who):
            # "The National Public Health Centre (NVSC) recorded 41,270 cases …, according
            # to its weekly bulletin": the body the sentence opens with.
            opening = _SUBJECT.match(text)
            owner = speaker_en(_clean_who(opening.group("np"))) if opening else None
            if owner is not None and (
                not owner.name or owner.generic or owner.kind in (None, ClaimantKind.PERSON)
            ):
                owner = None
            start = m.start("who")
            found.append(Attribution(start, start + len(who), owner or NOBODY, according_to=True))
            taken.append((m.start(), m.end()))
            continue
        elif re.fullmatch(r"the\s+(?:report|study|survey|results)", who):
            # "according to the report": the body whose report it is, named before ("according
            # to the results": whose results the article gave first; "the results showed" is
            # the count's, nobody's).
            document = Speaker(None, ClaimantKind.ORGANISATION, ref="document")
            found.append(
                Attribution(m.start("who"), m.start("who") + len(who), document, according_to=True)
            )
            taken.append((m.start(), m.end()))
            continue
        elif (
            _DOCUMENT_ONLY.match(who)
            and not _STATISTICS_OFFICE.fullmatch(_ALIAS.sub("", who).strip())
        ) or _LEGAL_ACT.match(who):
            # "according to figures presented to parliament": a document, nobody's.
            found.append(
                Attribution(m.start("who"), m.start("who") + len(who), NOBODY, according_to=True)
            )
            taken.append((m.start(), m.end()))
            continue
        named_after = _NAME_AFTER.match(text, m.end())
        bare = re.sub(r"^the\s+", "", who)
        described = _body_apposition(bare) if named_after and bare[:1].islower() else None
        if described and not _APPOSITION_START.match(named_after.group("name")):
            # "according to the national weather service, Météo Madagascar": its name.
            speaker = Speaker(
                named_after.group("name"), described, described != ClaimantKind.ORGANISATION
            )
            found.append(Attribution(m.start("who"), m.end("who"), speaker, according_to=True))
            taken.append((m.start(), named_after.end()))
            continue
        if named_after and re.match(r"^(?:its|their|the)\s", who) and _has_title(who):
            # "according to its medical superintendent, Dr Fatmata Bangura-Kamara": the person
            # the title is said of.
            person = speaker_en(named_after.group("name"))
            if person.kind == ClaimantKind.PERSON and person.name and not person.ref:
                speaker = replace(person, description=person.description or who)
                found.append(
                    Attribution(m.start("who"), named_after.end("name"), speaker, according_to=True)
                )
                taken.append((m.start(), named_after.end()))
                continue
        if who:
            speaker = speaker_en(who)
            body = speaker.kind not in (None, ClaimantKind.PERSON, ClaimantKind.MEDIA)
            described = _described_after(who, text, m.end())
            if described is not None and speaker.kind in (None, ClaimantKind.PERSON):
                speaker = described
            elif described is not None and body and speaker.name:
                # "according to Eurostat, the EU's statistics office": the kind it is said to be.
                speaker = replace(
                    speaker,
                    kind=described.kind,
                    official=described.official,
                    description=speaker.description or described.description,
                )
            elif speaker.name is None and not speaker.generic:
                speaker = _named_body_speaker(who) or speaker
            start = m.start("who")
            found.append(Attribution(start, start + len(who), speaker, according_to=True))
            taken.append((m.start(), m.end()))
    previous: Attribution | None = None
    for verb_start, verb_end, word in tokens(text):
        if word == "put" or word == "puts":
            if not _PUT_AT.match(text, verb_start):
                continue
        elif word in ("gave", "given", "gives"):
            if not _GAVE_SHARE.match(text, verb_start):
                continue
        elif word not in _ATTRIBUTION_VERBS:
            continue
        if verb_start and text[verb_start].isupper():
            # "the United States between 2023 and 2025": a name, not "states".
            continue
        if any(a <= verb_start < b for a, b in taken):
            continue
        if "\u201c" in text and text.count("\u201c", 0, verb_start) > text.count(
            "\u201d", 0, verb_start
        ):
            # "“Nobody warned us,” said …": a verb inside the quotation is the speaker's word.
            continue
        # "No deaths have been reported": a passive verb names no speaker.
        if _PASSIVE.search(text, max(0, verb_start - 12), verb_start):
            continue
        if word in _NOUN_TOO and _AS_NOUN.search(text, max(0, verb_start - 14), verb_start):
            # "cut its growth forecast for this year": the noun, not a verb of saying.
            continue
        if text[max(0, verb_start - 20) : verb_start].rstrip().rsplit(" ", 1)[-1] in (
            _ATTRIBUTION_VERBS
        ):
            # "… estimated claims at about €30 million": the object of the verb before.
            continue
        subject = _subject_before(text, verb_start)
        if subject is None:
            continue
        subject_start, raw, title = subject
        if previous is not None and re.search(r"\s(?:said|says|told)\s", raw):
            # "Yiaga Africa said its sample-based count put …": the verb of what was said,
            # whose subject holds the saying.
            continue
        if re.search(r"\s(?:that|which)$", raw.rstrip()):
            # "… through a fund that claimed to invest in carbon credits": a relative clause's
            # verb, about the thing, said by nobody.
            continue
        if raw.strip() in ("and", "but") and previous is not None:
            # "The union called the rise a crumb and said …": the subject of the verb before.
            found.append(replace(previous, end=verb_end, weak=word in _WEAK_VERBS))
            continue
        raw = raw.rstrip()
        if previous is None and raw.endswith((" and", " but")):
            # "Prime Minister Ana Costa conceded defeat and said", "… conceded defeat on Friday
            # but said": who did the first verb.
            shared = _SHARED_SUBJECT.match(raw)
            if shared:
                raw = shared.group("who")
            else:
                # "The central bank cut its growth forecast … and said": a body by its head
                # noun that acted first.
                acted = _SUBJECT.match(raw)
                if acted and speaker_en(_clean_who(acted.group("np"))).ref.startswith("head:"):
                    raw = acted.group("np")
        if raw[:13].lower().startswith("according to "):
            # "according to the council (NDRRMC), which said": the council, no "according to".
            raw = raw[13:]
            subject_start += 13
        if len(raw.split()) > (16 if "(" in raw else 12):
            # A long name with its acronym in brackets may run to 16 words.
            continue
        # "Analysts at Fjord Securities said": the firm, before "at" cuts it off.
        # ("Figures from the States of Guernsey show": whose figures, past the "from".)
        who = (
            raw.strip()
            if _SPOKESPERSON_FOR.match(raw.strip()) or _DOCUMENT_BY.match(raw.strip())
            else _clean_who(raw)
        )
        first = who.split()[0].lower() if who else ""
        if not who or first in _NOT_A_SPEAKER:
            continue
        maker = _MADE_BY.match(who) if first in ("a", "an", "the") else None
        if _WHAT_THEY_CALLED.search(text, 0, subject_start + len(raw) - len(raw.lstrip())):
            # "… in what customs officials called the largest conviction": how someone named
            # it, not who said the sentence.
            continue
        if _SUBORDINATE.search(text, 0, subject_start + len(raw) - len(raw.lstrip())) and (
            (first in _PRONOUNS and len(who.split()) == 1) or word not in ("said", "says")
        ):
            # "… a suspended sentence after he testified against Zervas, the court said": a
            # verb in a clause of time or cause says nothing of the sentence.
            continue
        if first in _PRONOUNS and len(who.split()) == 1:
            # A pronoun: the speaker is named elsewhere; still an attribution.
            speaker = Speaker(None, ref=_PRONOUNS[first])
        elif maker:
            # "A Mediana poll for POP TV had put support at 52%": the pollster's.
            pollster = maker.group("who") or maker.group("by")
            speaker = speaker_en(pollster)
            if speaker.kind in (None, ClaimantKind.PERSON) and not _has_title(speaker.description):
                speaker = Speaker(pollster, ClaimantKind.ORGANISATION)
        else:
            acronym = _ACRONYM_DOCUMENT.match(who)
            # "CNE figures show": the body of that acronym.
            speaker = speaker_en(acronym.group("acronym") if acronym else who)
            if (
                speaker.name is None and not speaker.generic and not speaker.ref
            ) or speaker.generic:
                speaker = _named_body_speaker(raw) or speaker
            body_kind = _body_apposition(title) if title else None
            if body_kind not in (None, ClaimantKind.PERSON, ClaimantKind.MEDIA) and (
                (speaker.generic and _CAPITALISED_OF_NAME.fullmatch(who))
                # ("Acciaierie d'Italia, the company that runs the steelworks": a name the
                # words do not tell.)
                or (
                    speaker.name is None
                    and speaker.kind is None
                    and not speaker.generic
                    and re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}", who)
                )
            ):
                # "Men of Dignity, a Druze armed group, said": a group's capitalised name,
                # though its first word is a generic one.
                speaker = Speaker(who, body_kind, body_kind != ClaimantKind.ORGANISATION)
            if (
                title
                and body_kind is None
                and speaker.ref == "surname"
                and _RELATIVE_INSIDE.search(title)
            ):
                # "Indignación, a human rights group that represented the children …": what
                # the one-word name is, before the clause.
                body_kind = _body_apposition(_RELATIVE_INSIDE.split(title.strip(), maxsplit=1)[0])
            if body_kind == ClaimantKind.MEDIA and speaker.name is None and who[:1].isupper():
                # "Le Bien Public, the Dijon daily, reported": a masthead, whatever its words.
                speaker = Speaker(who, ClaimantKind.MEDIA, description=title)
            if (
                body_kind
                and speaker.kind
                # ("Apiculture New Zealand, the industry body, puts": no person's name.)
                and speaker.kind != ClaimantKind.PERSON
                and _GENERIC_BODY.search(title)
            ):
                # "The Electoral Commission, the state's independent electoral body": "body"
                # says nothing of the kind; the name's own head does.
                body_kind = speaker.kind
            if (
                title
                and speaker.kind in (ClaimantKind.PERSON, ClaimantKind.ORGANISATION)
                and speaker.name
                and (
                    (
                        speaker.kind == ClaimantKind.PERSON
                        and (_COMPANY_ROLE.search(" " + title) or _trade_apposition(title))
                    )
                    or (_trade_apposition(title) and not speaker.ref)
                )
            ):
                # "The plant's owner, Tèxtils Cardener": a company, for "the company" later.
                speaker = Speaker(
                    speaker.name, ClaimantKind.ORGANISATION, False, description="company"
                )
            elif body_kind and speaker.name and speaker.kind != ClaimantKind.MEDIA:
                # "the Telangana Workers' Forum, a labour rights group": a body, of that kind.
                speaker = replace(
                    speaker,
                    kind=body_kind,
                    official=body_kind != ClaimantKind.ORGANISATION,
                    description=title,
                    # ("The commission, an independent state body": still the one named
                    # before.)
                    ref=speaker.ref if speaker.ref.startswith(("alias", "head:", "kin:")) else "",
                )
            elif title and speaker.kind == ClaimantKind.PERSON and not speaker.description:
                speaker = replace(
                    speaker,
                    description=title,
                    official=speaker.official or _has_official_title(title),
                    expert=speaker.expert or _has_expert_title(title),
                )
        if (
            speaker.kind == ClaimantKind.PERSON
            and (speaker.ref in ("alias", "surname") or not speaker.description)
            and _WHICH_ASIDE.match(text, subject_start, verb_start)
        ):
            # "Sandoz, which supplies most of the suspension, said": "which" is no person's.
            speaker = replace(speaker, kind=ClaimantKind.ORGANISATION, ref="alias")
        elif (
            speaker.kind == ClaimantKind.PERSON
            # ("A Waikato packer, Kauri Ridge Honey, said it would … its": a whole name too.)
            and speaker.ref in ("surname", "")
            and not speaker.description
            and _SAID_IT_ITS.match(text, verb_start)
        ):
            # "Fortescue said it had halted its ore trains": a name that speaks of itself as
            # "it" and "its" is a company's.
            speaker = replace(speaker, kind=ClaimantKind.ORGANISATION, ref="alias")
        elif (
            (
                speaker.kind == ClaimantKind.PERSON
                # ("El Colombiano reported": a name no body's word makes a body's.)
                or (
                    speaker.kind == ClaimantKind.ORGANISATION
                    and speaker.name
                    and not BODY_WORDS.search(speaker.name.lower())
                )
            )
            and speaker.ref in ("surname", "")
            and not speaker.description
            and subject_start == 0
            and _REPORTED_THAT.match(text, verb_start)
        ):
            # "Acadie Nouvelle reported that …": a name that reports, unnamed as anything
            # else, is a masthead.
            speaker = replace(speaker, kind=ClaimantKind.MEDIA, ref="")
        if (
            word in ("reported", "reports", "recalled")
            and speaker.kind == ClaimantKind.ORGANISATION
            and speaker.name
            and not speaker.ref
            and not speaker.aliases
            and not BODY_WORDS.search(speaker.name.lower())
        ):
            # "…, the Cayman Compass reported": a name that says nothing of what it is,
            # reporting, is a newspaper's.
            speaker = replace(speaker, kind=ClaimantKind.MEDIA, official=False)
        lead = len(raw) - len(raw.lstrip(" ,;:\u2014\u2013-\"\u201c\u201d'\u2019"))
        media = MEDIA_RE.match(text, verb_start)
        media_name = _MEDIA[media.group("media").lower()] if media else None
        previous = Attribution(
            subject_start + lead,
            verb_end,
            speaker,
            media_name,
            # "Preliminary estimates put the damage at …, the newspaper X reported": figures
            # that put a number name nobody; who reported them does.
            weak=word in _WEAK_VERBS
            or (
                word in ("put", "puts")
                and (
                    (speaker.name is None and not speaker.generic)
                    or bool(_DOCUMENT_ONLY.match(who.strip()))
                )
            ),
        )
        found.append(previous)
    for m in _CITING.finditer(text) if ", citing " in text else ():
        # "…, the news agency Lusa reported, citing the commission's figures": the body whose
        # figures the outlet relays, when it names one.
        who = m.group("who").strip()
        owner = _DOCUMENT_OF.match(who)
        if owner is not None:
            cited = speaker_en(owner.group("owner"))
        else:
            # "the Gleaner reported, citing the St James Municipal Corporation": the body
            # itself, when a named one.
            cited = speaker_en(_clean_who(who))
            if not cited.name or cited.ref or cited.kind in (None, ClaimantKind.PERSON):
                continue
        outlet = next((a for a in found if a.end <= m.start() and a.speaker.kind == "media"), None)
        if outlet is not None and (cited.name or cited.ref.startswith("head:")):
            found[found.index(outlet)] = Attribution(
                m.start("who"), m.end("who"), cited, media=outlet.speaker.name
            )
    return found


# The fields a name lists after its "of": ", Fisheries and Food".
_LISTED_FIELDS_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
)
_LISTED_TAIL = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=[.,;]|$)"
)
_CITING = re.compile(r",\s+citing\s+(?P<who>[^,.;:\"“”]+)")


def _has_title(words: str) -> bool:
    return any(part in TITLE_WORDS for w in words.lower().split() for part in (w, *w.split("-")))


def _title_match(words: str, titles: frozenset[str]) -> bool:
    for word in words.lower().replace("\u2019", "'").split():
        word = word.strip(",")
        if word in titles:
            return True
        # Ukrainian titles in any case: "міністра", "голови", "речниці".
        if not word.isascii() and any(
            word.startswith(t if len(t) <= 4 else t[:-1]) for t in titles if not t.isascii()
        ):
            return True
    return False


def _has_official_title(words: str) -> bool:
    return _title_match(words, _OFFICIAL_TITLES)


def _has_expert_title(words: str) -> bool:
    return _title_match(words, _EXPERT_TITLES) or bool(_SPECIALIST.search(words.lower()))


# A specialist by the field of their trade: "a haematologist", "paediatrician",
# "гематологиня", "мистецтвознавиця" (not "Інститут гематології": the field, no person).
_SPECIALIST = re.compile(
    r"\b(?:\w+ologists?|p(?:a)?ediatricians?|clinicians?)\b"
    r"|(?<![\w'’])[а-яіїєґ'’]+олог(?:а|ові|ом|иня|ині|иню|инею)?(?![\w'’])"
    r"|(?<![\w'’])[а-яіїєґ'’]+знав(?:ець|ця|цеві|цем|иця|иці|ицю|ицею)(?![\w'’])"
    r"|(?<![\w'’])педіатр(?:а|ові|ом|иня|ині|иню|инею)?(?![\w'’])"
)


# An acronym in brackets, or a word and an acronym ("Africa CDC").
_ALIAS = re.compile(
    r"\s*\((?P<alias>[A-ZÀ-ÞА-ЯІЇЄҐ][A-Za-zÀ-ÞА-ЯІЇЄҐа-яіїєґ]{1,19}(?:\s[A-ZА-ЯІЇЄҐ]{2,6}|"
    r"(?<=[A-Z]{2})\s\d{1,3}[A-Z]?|"
    r"(?<=[A-Z]{2})\s[A-Z][a-z]{2,19})?)\)\s*$"
)


_NAMED = re.compile(
    r"(?:[A-Z\u00c0-\u024f][\w\u2019'&-]*)"
    rf"(?:\s+(?:of|for|and|on(?!\s+{_DAYS})|the|de|sans|without|in(?=\s+[A-Z])|"
    r"[A-Z\u00c0-\u024f][\w\u2019'&-]*))*"
)


_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Madam|Mx|Lady|Lord)\.?$", re.I)


def _split_possessive(words: list[str]) -> tuple[str, str, list[str]]:
    """("Spain's", "spain", rest) for a name opening with a possessive; ("", "", words) else."""
    if words and re.search(r"['\u2019]s$", words[0]) and len(words) > 1:
        owner = words[0][:-2]
        return words[0], owner.lower(), words[1:]
    for k in range(1, min(len(words) - 1, 5)):
        if (
            re.search(r"['\u2019]s$", words[k])
            and words[k][:1].isupper()
            and words[0][:1].isupper()
            and all(w[:1].isupper() or w in ("of", "and", "the") for w in words[1:k])
            and words[k + 1][:1].islower()
        ):
            # "North Rhine-Westphalia's justice ministry", "the Democratic Republic of
            # Congo's health ministry": a place of several words owns it.
            owner = " ".join([*words[:k], words[k][:-2]])
            return " ".join(words[: k + 1]), owner.lower(), words[k + 1 :]
    return "", "", words


_OF_THE_UN = re.compile(r"\bof\s+the\s+(?:UN|United\s+Nations)\b")


# Public broadcasters whose regional branches the news names: "BBC Jersey", "RTP Açores".
_PUBLIC_BROADCASTERS = r"(?:BBC|ITV|RTÉ|RTP|RAI|ORF|SVT|NRK|YLE|CBC|NHK|CNN|Sky)"


_NEWS_AGENCY = re.compile(
    r"\b(?:(?:News|Press)\s+Agency|Broadcasting\s+(?:Corporation|Company|Service)|"
    # "the Caribbean Media Corporation", "Nation Media Group": a media company.
    r"Media\s+(?:Corporation|Group|Company|Network))$"
    # "the state-run Anadolu Agency": news agencies named without "News".
    r"|^(?:Anadolu|Xinhua|Kyodo|Yonhap|Bernama|Antara|Interfax|Ukrinform)(?:\s+(?:News\s+)?Agency)?$"
    # "the State Journal-Register", "the Daily Star": a newspaper by its masthead's words.
    r"|\b(?:Journal|Gazette|Herald|Tribune|Chronicle|Courier|Observer|Register|Inquirer|"
    r"Dispatch|Sentinel|Telegraph|Post|Times|Star|Daily)(?:-[A-Z][\w]+)?$"
    # "BBC Scotland": a public broadcaster's branch.
    rf"|^{_PUBLIC_BROADCASTERS}\s+[A-Z]"
)


_LOCAL_GOVERNMENT = re.compile(r"\b(?:Municipal Corporation|Municipality|Municipal Council)$")
_BROADCASTER_BRANCH = re.compile(rf"{_PUBLIC_BROADCASTERS}\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")
# A state's ambulance, fire or forestry service named by its service and its state
# ("Ambulance Victoria", "Fire Rescue Victoria", "Forestry Tasmania").
_SERVICE_OF_STATE = re.compile(
    r"(?:Ambulance|Fire\s+Rescue|Forestry|Parks)\s+(?:Victoria|Tasmania|Queensland|"
    r"New\s+South\s+Wales|NSW|Western\s+Australia|South\s+Australia|Northern\s+Territory)"
)


# The fields a state's department is named by before its country ("Health Canada",
# "Transport Canada", "Sport England").
_STATE_FIELDS = frozenset(
    (
        "health", "transport", "environment", "parks", "justice", "agriculture", "tourism",
        "sport",
        # "Natural Resources Wales", "Historic England": the state's bodies for a field.
        "natural", "historic", "revenue", "forestry",
    )
)  # fmt: skip
_PLACE_HEALTH = re.compile(
    r"(?!(?:Public|Global|Mental|Animal|Women|Child|World|Population|Occupational)\b)"
    # "Vancouver Coastal Health": a region's health authority by its place.
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}\s+Health"
)
# "Statistics Jersey", "Stats NZ", "Statistics and Research Åland".
_STATISTICS_OFFICE = re.compile(r"(?:Statistics|Stats)(?:\s+and\s+[A-Z]\w+)?\s+[A-ZÀ-Þ][\w-]+")
_FOREIGN_FORCE = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:Guardia di Finanza|Guardia Civil|Carabinieri|"
    r"Policía Nacional|Gendarmerie(?:\s+[Nn]ationale)?|Polizia di Stato|"
    # "An Garda Síochána said": Ireland's police.
    r"(?:An\s+)?Garda\s+Síochána)"
)
_BODY_TITLE_PERSON = re.compile(
    r"(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+of\s+(?:the\s+)?[A-Z][\w'’-]*)\s+"
    r"(?P<title>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|da|de|do|dos|das|van|von))+)"
)
_HYPHENATED_GENERAL = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*['’]s\s+)?[A-Z][a-z]+-General")
_GENERAL_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*['’]s\s+|UN\s+|United\s+Nations\s+)?"
    r"(?P<body>General\s+(?:Staff|Assembly))"
)


_PUBLIC_NOT_STATE = re.compile(
    r"^NHS\s+(?:England|Scotland|Wales|Digital|Providers|Confederation)\b|\bInterprofession|"
    r"\bFlying\s+Doctor"
)


# "Hamas-run", "Taliban-led": who runs a body, not a place it serves.
_RUN_BY_SUFFIX = re.compile(r"-(?:run|led|backed|controlled|owned|appointed)$")


def _body_kind(name: str, kind: str) -> str:
    """The kind of an English body's name, where more than its head tells it."""
    if kind == ClaimantKind.ORGANISATION and re.search(r"(?i)\blocal\s+government\s+unit\b", name):
        # "The local government unit of Tacloban": a town's government.
        return ClaimantKind.GOVERNMENT
    if kind == ClaimantKind.ORGANISATION and re.search(r"(?i)\belectoral\s+body\b", name):
        # "The country's electoral body said": the state's, as the election commissions.
        return ClaimantKind.OFFICE
    if _INTERNATIONAL.match(name) or _OF_THE_UN.search(name):
        # "Office of the UN High Commissioner for Refugees": the UN's, not a state's office.
        return ClaimantKind.ORGANISATION
    if _NEWS_AGENCY.search(name):
        # "Central News Agency": a medium, whatever else its head names.
        return ClaimantKind.MEDIA
    if _WEATHER.search(name):
        # "National Meteorological Service": a weather service forecasts, it rules nothing.
        return ClaimantKind.ORGANISATION
    if _PUBLIC_NOT_STATE.search(name):
        # "NHS England", "Bureau National Interprofessionnel du Cognac", "Royal Flying Doctor
        # Service": a health service's body, a trade's own bureau, a charity: no state office.
        return ClaimantKind.ORGANISATION
    if re.search(
        r"\b(?:Infantry|Airborne|Armou?red|Mechani[sz]ed|Marine|Rifle|Tank|Guards)\s+"
        r"Division\b",
        name,
    ):
        # "the 101st Airborne Division": an army's division, not a state's.
        return ClaimantKind.MILITARY
    if kind == ClaimantKind.GOVERNMENT and re.search(
        r"\b(?:Food|Drugs?|Transport|Aviation|Maritime|Road|Roads|Tax|Customs|Forest|Forestry|"
        r"Health|Security|Revenue|Medical|Veterinary|Water|Energy|Railway|Highway)\s+"
        r"Administration$",
        name,
    ):
        # "Vietnam Food Administration", "Transport Administration": a state's agency for a
        # field, an office (a government is "the Biden administration").
        return ClaimantKind.OFFICE
    if kind == ClaimantKind.MILITARY and re.search(
        r"\bPolice\b|\b(?:Disaster|Emergency)\s+(?:Response|Relief)\s+Force\b", name
    ):
        # "Kano State Police Command": the police's command, not an army's; "National
        # Disaster Response Force": the state's rescuers.
        return ClaimantKind.OFFICE
    if re.search(
        # ("State Electoral and Citizen Participation Institute": fields joined before it.)
        r"\bElectoral\s+(?:and\s+(?:[A-Z]\w+\s+){1,3})?"
        r"(?:Institute|Council|Tribunal|Court|Commission|Board|Service|Office)\b",
        name,
    ):
        # "Mexico's National Electoral Institute": the state's body that runs elections.
        return ClaimantKind.OFFICE
    if re.search(r"\bBlood\s+(?:Services?|Transfusion\s+Services?)\b", name):
        # "Canadian Blood Services": the blood supply's not-for-profit, no state office.
        return ClaimantKind.ORGANISATION
    if kind == ClaimantKind.ORGANISATION and (
        _LAW_ENFORCEMENT.search(name)
        # "National Committee for Emergency Management": an emergency service's committee.
        or (_REGULATOR.search(name) and re.search(r"\b(?:[Aa]gency|[Cc]ommittee)\b", name))
        # "National Institute of Statistics", "the national statistics agency INDEC".
        or re.search(r"\b[Ss]tatistic", name)
    ):
        # "National Crime Agency", "Border Force agency": the police's kin; "State Medicines
        # Control Agency", "civil protection agency": regulators and emergency services.
        return ClaimantKind.OFFICE
    if kind == ClaimantKind.ORGANISATION and re.search(
        r"^(?=.*\bDisaster\s+(?:Risk\s+)?Management\b).*\b(?:Unit|Agency|Authority|Committee|"
        r"Department|Centre|Center|Institute|Organi[sz]ation)\b"
        # "National Wine Agency", "National Agency for the Development of Oasis Zones": a
        # state's agency.
        r"|^National\s+(?:[A-Z][\w-]*\s+){0,3}Agency\b"
        # "Indonesia's disaster agency", "the national disaster mitigation agency".
        r"|\b[Dd]isaster\s+(?:[Mm]itigation\s+|[Mm]anagement\s+)?[Aa]gency\b"
        # "Tripura State AIDS Control Society", "National AIDS Control Organisation": a
        # state's body that controls a disease or a trade, whatever its head is called.
        r"|\bControl\s+(?:Society|Organi[sz]ation|Board)\b"
        r"|^National\s+(?:[A-Z][\w-]*\s+){1,3}Organi[sz]ation$",
        name,
    ):
        # "Disaster Management and Mitigation Unit": the state's emergency service.
        return ClaimantKind.OFFICE
    town = re.fullmatch(r"(?:[Tt]he\s+)?(?P<place>[A-Z][a-z'-]+)\s+Council", name)
    if (
        town
        and not re.search(r"(?:al|ic|ive|ary|ory|ian|ish|ese|ed)$", town.group("place"))
        and town.group("place").lower() not in _COUNCIL_FIELDS
    ):
        # "Middlesbrough Council": a town's own council, its local government.
        return ClaimantKind.GOVERNMENT
    if (
        kind == ClaimantKind.OFFICE
        and re.search(r"\b(?:Council|Board)$", re.split(r"\s+(?:of|for)\s+", name)[0])
        and not _STATE_COUNCIL.search(name)
    ):
        # "Tasmanian Abalone Council", "Norwegian Consumer Council", "Jamaica Tourist Board": a
        # trade's or the public's council, not the state's ("Fiscal Council", "Electoral
        # Council", "National Disaster … Council" are).
        return ClaimantKind.ORGANISATION
    return kind


# What a council of one word may be for, no town: "Refugee Council", "Arts Council".
_COUNCIL_FIELDS = frozenset(
    """
    arts refugee research security science sports tourism trade business energy water media
    press health nursing dental pharmacy education nature heritage wine dairy grain meat
    fisheries seafood export housing youth students privy state city county district town
    parish village borough
    """.split()  # noqa: SIM905 - a word list reads best as text
)


_STATE_COUNCIL = re.compile(
    r"\b(?:National|State|Federal|Electoral|Election|Fiscal|Security|Education|Disaster|"
    r"Emergency|Judicial|Constitutional|Supreme|Privy|Executive|Legislative|Licen[cs]e|Parole|"
    r"Revenue|Tax|Police|Rescue|Fire|Border|City|County|District|Municipal|Town|Parish|Regional|"
    r"Provincial|"
    # "Gujarat Pollution Control Board", "Korea Real Estate Board": a state's regulator.
    r"Control|Pollution|Estate|Examinations?)\b"
)


def _body_head(words: list[str]) -> tuple[str, str] | None:
    """(head word, kind) of a body's name: the first body word before "of"/"for", else the last."""
    if (
        len(words) > 2
        and words[0] == "City"
        and words[1] == "of"
        and words[2][:1].isupper()
        and not BODY_WORDS.search(" ".join(words[2:]))
    ):
        # "The City of Harare", "City of Cape Town": the city's own government.
        return "city", ClaimantKind.GOVERNMENT
    owned = next(
        (
            n + 1
            for n in range(len(words) - 2, 0, -1)
            if _POSSESSIVE_END.search(words[n]) and words[n][:1].isupper()
        ),
        0,
    )
    if owned:
        # "State of Mexico's Civil Protection Coordination", "… Attorney General's Office": the
        # head of what the possessive owns, not of its owner.
        head = _body_head(words[owned:])
        if head is not None:
            return head
    core = []
    for w in words:
        if w.lower() in ("of", "for", "on") and core:
            break
        core.append(w)
    if len(core) < len(words):
        # "Chamber of Deputies", "Council of Europe": a head whose name goes on after "of".
        spanning = [h for h in BODY_WORDS.finditer(" ".join(words)) if " of " in h.entry]
        if spanning:
            return spanning[-1].entry, BODY_KINDS[spanning[-1].entry]
    text = " ".join(core)
    if (
        core[-1:] == ["Bank"]
        and words[len(core) : len(core) + 1] == ["of"]
        and " ".join(words[len(core) + 1 :]).lower() in COUNTRIES
        and words[-1] != "America"  # a continent's name, a commercial bank's
    ):
        # "Bank of Ghana", "Bank of England": a country's central bank.
        return "bank", ClaimantKind.OFFICE
    heads = list(BODY_WORDS.finditer(text))
    if not heads:
        heads = list(BODY_WORDS.finditer(" ".join(words)))
    if not heads:
        return None
    head = heads[-1]
    if head.entry in ("authority", "board", "council", "administration") and _OPERATED.search(
        " ".join(words)
    ):
        # "Port of Rotterdam Authority", "Ghana Cocoa Board": state-owned operators.
        return head.entry, ClaimantKind.ORGANISATION
    if head.entry == "administration" and _ADMINISTERED.search(" ".join(words)):
        # "Puerto Rico Health Insurance Administration", "Food and Drug Administration",
        # "Islamic Republic of Iran Customs Administration": an agency by its field, an
        # office, not a government.
        return head.entry, ClaimantKind.OFFICE
    return head.entry, BODY_KINDS[head.entry]


# The field an agency called an "Administration" runs.
_ADMINISTERED = re.compile(
    r"\b(?:Insurance|Health|Security|Drug|Aviation|Tax|Revenue|Customs|Maritime|Highway|"
    r"Veterans|Transportation|Safety|Pension|Pensions|Road|Railway|Forest|Water)\s+"
    r"Administration\b"
)


def _spelled_by(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the initials of ``words``, with or without their function words
    and accents: "CNA" for "Compañía Nacional de Aguas", "EDL" for "Électricité du Laos"."""
    letters = {_initials(" ".join(words)), "".join(w[:1] for w in words).upper()}
    return name_key(acronym).upper() in {name_key(x).upper() for x in letters}


_ARABIC_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|at|az|ibn|bin|abu|bint)-[A-Z]")


def _titled_country_name(words: list[str], at: int) -> bool:
    """Whether the country word ``words[at]`` is part of a person's name: "Rep. Jim Jordan",
    "Sen. Jordan Peterson" — a person's title, then two or three capitalised words."""
    start = at
    while start and words[start - 1][:1].isupper() and words[start - 1].lower() not in TITLE_WORDS:
        start -= 1
    end = at + 1
    while end < len(words) and words[end][:1].isupper():
        end += 1
    name = words[start:end]
    return bool(
        start
        and words[start - 1].lower() in TITLE_WORDS
        and words[start - 1].lower() not in BODY_KINDS
        and 2 <= len(name) <= 3
        and sum(w.lower().rstrip("'s\u2019") in COUNTRIES for w in name) == 1
        and not any(w.lower() in BODY_KINDS or w.lower() in _DEMONYMS for w in name)
    )


def _person_run(words: list[str]) -> int:
    """How many words at the end of ``words`` form a person's name (0 if none)."""
    n = particles = 0
    for at in range(len(words) - 1, -1, -1):
        w = words[at]
        low = w.lower().strip(",")
        if low in _NAME_PARTICLES and n:
            # "Maria do Rosário Palma Ramalho": particles count towards no limit.
            n += 1
            particles += 1
            continue
        if n and _INITIAL.match(w):
            # "K. Anitha Reddy", "V. Srinivas": an initial opens the name.
            n += 1
            break
        if _ARABIC_PARTICLE.match(w):
            # "Hamad al-Rawahi": a surname with its particle.
            n += 1
            continue
        if (
            not w[:1].isupper()
            # "Elbe Privatbank": a word ending in a bank's name is no person's.
            or (not n and len(low) > 5 and low.endswith("bank"))
            or low in TITLE_WORDS
            or low in _DEMONYMS
            or low in BODY_KINDS
            or (low.rstrip("'s\u2019") in COUNTRIES and not _titled_country_name(words, at))
            or (w.isupper() and len(w) > 1)
            or w.endswith(("'s", "\u2019s"))
        ):
            break
        n += 1
        if n - particles == 4:
            break
    while n and words[len(words) - n].lower() in _NAME_PARTICLES:
        n -= 1
    return n


def _named_form(bare: str) -> Speaker | None:
    """The speakers a phrase names by a form of its own, before the general reading: an
    official by the body they speak for, statistics offices, broadcasters' branches,
    foreign police forces, "General Staff" (see ``speaker_en``); None for the others."""
    owned_title = re.fullmatch(r"(?:its|their)\s+(?:[a-z-]+\s+){0,2}?(?P<title>[a-z-]+)", bare)
    if owned_title and owned_title.group("title") in TITLE_WORDS:
        # "The agency sent 30 planes, its director said": the body the sentence opens with,
        # by one who speaks for it.
        return Speaker(None, ref="its")
    if _OFFICIAL_DOCUMENT_LEAD.match(bare):
        # "Official results are due …": a document nobody is named for.
        return NOBODY
    if _BROADCASTER_BRANCH.fullmatch(bare):
        # "BBC Jersey said": a public broadcaster's branch, whatever its place's name.
        return Speaker(bare, ClaimantKind.MEDIA)
    if _SERVICE_OF_STATE.fullmatch(bare):
        # "Ambulance Victoria said": the state's service, not a first name and a surname.
        return Speaker(bare, ClaimantKind.OFFICE, True)
    if _PLACE_HEALTH.fullmatch(bare):
        # "Queensland Health said", "NSW Health", "Vancouver Coastal Health": a state's or a
        # region's health department by its place.
        return Speaker(re.sub(r"^[Tt]he\s+", "", bare), ClaimantKind.OFFICE, True)
    statistics = _ALIAS.sub("", bare).strip()
    if _STATISTICS_OFFICE.fullmatch(statistics):
        # "according to Statistics Jersey", "Statistics Norway": a statistics office, with
        # its short name ("Statistics and Research Åland (ÅSUB)").
        alias = _ALIAS.search(bare)
        return Speaker(
            statistics, ClaimantKind.OFFICE, True, aliases=(alias.group(1),) if alias else ()
        )
    force = _FOREIGN_FORCE.fullmatch(bare)
    if force:
        # "Italy's Guardia di Finanza": a police force by its own name ("di" is no name's).
        return Speaker(re.sub(r"^[Tt]he\s+", "", bare), ClaimantKind.OFFICE, True)
    titled_person = _BODY_TITLE_PERSON.fullmatch(bare)
    if titled_person and titled_person.group("title").split()[-1] in TITLE_WORDS:
        # "Bank of Portugal governor Álvaro Santos Pereira": the person, the body and title
        # the description.
        person = _speaker_en(titled_person.group("name"))
        if person.kind == ClaimantKind.PERSON and person.name == titled_person.group("name"):
            description = f"{titled_person.group('body')} {titled_person.group('title')}"
            return replace(person, official=True, description=description)
    if _HYPHENATED_GENERAL.fullmatch(bare):
        # "the Auditor-General": the office, as "the Auditor General" (no surname).
        spaced = _speaker_en(bare.replace("-General", " General"))
        if spaced.name and spaced.kind != ClaimantKind.PERSON:
            return replace(spaced, name=spaced.name.replace(" General", "-General"))
    titled = _GENERAL_BODY.fullmatch(bare)
    if titled:
        # "Ukraine's General Staff", "the UN General Assembly": a body, though "General"
        # is a title before a name too.
        name = re.sub(r"^[Tt]he\s+", "", bare)
        kind = BODY_KINDS[titled.group("body").lower()]
        return Speaker(name, kind, kind != ClaimantKind.ORGANISATION)
    return None


_OUTLET_FIRST = re.compile(
    r"^(?:Broadcaster|Newspaper|Tabloid|Outlet|Website|Magazine|"
    r"Television\s+channel|TV\s+channel|Radio\s+station|Public\s+broadcaster|News\s+site|"
    r"News\s+website)\s+(?=[A-Z])"
)
# "The Second Army Region": an army's regional command, by its number.
_NUMBERED_COMMAND = re.compile(
    r"(?:[Tt]he\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|\d+(?:st|nd|rd|th))\s+"
    r"(?:Army|Military|Naval|Air)\s+(?:Region|Area|District|Command|Zone)"
)
_HEAD_OWN_OFFICE = re.compile(r"[Tt]he\s+(?P<head>[a-z]+)['’]s?\s+office")
_EVERY_ONE = re.compile(r"(?:[Ee]very|[Ee]ach|[Aa]ny|[Aa]ll)\s+[a-z]")
_CHANNEL = re.compile(
    r"Channel\s+(?:\d{1,2}|NewsAsia)(?:\s+News)?|(?:France|Rai|Canal|Kanal|TVP)\s+\d{1,2}"
)
_FIELD_FOR_PLACE = re.compile(r"(?P<field>[A-Z][a-z]+)\s+for\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
_MASTHEAD_AND = re.compile(
    r"[A-Z][\w'’-]*\s+and\s+(?:Journal|Gazette|Herald|Courier|Chronicle|Argus|Echo|Times)"
)
_FOREIGN_ARTICLE_NAME = re.compile(
    # (Not "Le": "Le Quesne-Mauger" is a Jersey surname.)
    r"(?:El|La|Il|Lo|Les|Los|Las|Het|Die|Der)\s+[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?"
    # ("Le Temps", "Le Monde": a French paper's masthead.)
    r"|Le\s+(?:Temps|Monde|Figaro|Parisien|Soir|Matin|Mauricien|Devoir|Point|Progrès|Quotidien)"
)
_CAMEL_NAME = re.compile(r"(?!(?:Mc|Mac|Di|De|Le|La|Du|Van|Von|Fitz|O')[A-Z])[A-Z][a-z]+[A-Z]\w*")
_COUNTRYS = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+(?=[A-Z])")


@lru_cache(maxsize=8192)
def speaker_en(who: str) -> Speaker:
    """The speaker an English attribution names: "Spain's Interior Ministry", "Volker Türk"."""
    bare = who.strip().strip(",")
    if _NUMBERED_COMMAND.fullmatch(bare):
        return Speaker(re.sub(r"^[Tt]he\s+", "", bare), ClaimantKind.MILITARY, True)
    if _EVERY_ONE.match(bare):
        # "Every mayor elected in Philadelphia since 1951": all of them, no one who speaks.
        return NOBODY
    own_office = _HEAD_OWN_OFFICE.fullmatch(bare)
    if (
        own_office
        and own_office.group("head") in BODY_KINDS
        # ("the mayor's office": a person's, by their title.)
        and own_office.group("head") not in TITLE_WORDS
    ):
        # "the commissioners' office said": the commissioners named before.
        return speaker_en(f"the {own_office.group('head')}")
    if _OUTLET_FIRST.match(bare):
        # "Broadcaster NHK said": what the outlet is, capitalised only as the sentence's
        # first word.
        bare = bare[:1].lower() + bare[1:]
        who = bare
    named = _named_form(bare)
    if named is not None:
        return named
    whole = re.sub(r"^[Tt]he\s+", "", bare)
    if _CHANNEL.fullmatch(whole):
        # "Channel 4 News", "Channel NewsAsia": a broadcaster, no title and a surname.
        return Speaker(whole, ClaimantKind.MEDIA, False)
    field_for = _FIELD_FOR_PLACE.fullmatch(whole)
    if field_for and field_for.group("field").lower() in _STATE_FIELDS:
        # "Transport for London": a state's body for a field, for a place.
        return Speaker(whole, ClaimantKind.OFFICE, True)
    if _MASTHEAD_AND.fullmatch(whole):
        # "The Press and Journal": a masthead's two words joined.
        return Speaker(whole, ClaimantKind.MEDIA, False)
    if _FOREIGN_ARTICLE_NAME.fullmatch(whole):
        # "El Colombiano", "La Provence", "Le Mauricien": a name with a Romance article is a
        # body's or a paper's, no person's.
        return Speaker(whole, ClaimantKind.ORGANISATION, False)
    if _CAMEL_NAME.fullmatch(whole):
        # "FranceAgriMer", "YouTrend": a word with capitals inside is a body's name.
        return Speaker(whole, ClaimantKind.ORGANISATION, False)
    if (
        " " in whole
        and whole[:1].isupper()
        and BODY_KINDS.get(whole.lower()) == (ClaimantKind.ORGANISATION)
    ):
        # "Human Rights Watch", "Doctors Without Borders": a body known by its whole name,
        # whatever its words look like.
        return Speaker(whole, ClaimantKind.ORGANISATION, False)
    speaker = _speaker_en(who)
    if (
        speaker.kind == ClaimantKind.PERSON
        and speaker.name
        and speaker.description.lower() in COUNTRIES
        and speaker.description[:1].isupper()
        and len(speaker.name.split()) == 1
    ):
        # "Kenya Power said": a country's company or body, no person called Power.
        return Speaker(f"{speaker.description} {speaker.name}", ClaimantKind.ORGANISATION, False)
    if " of " in bare or " at " in bare:
        person = _person_of_body(bare)
        if person is not None and (
            speaker.kind != ClaimantKind.PERSON
            # ("Amina Mohamed of Human Rights Watch": not "Watch".)
            or (speaker.name and speaker.name not in bare.split(" of ")[0])
        ):
            return person
    if speaker.name is None and not speaker.generic and _LISTED_NAME.fullmatch(bare):
        # "Nicaragua's National System for the Prevention, Mitigation and Attention of
        # Disasters (SINAPRED)": a name listing its fields, whatever its head.
        alias = _ALIAS.search(bare)
        name = _ALIAS.sub("", bare).strip()
        kind = (
            ClaimantKind.OFFICE
            if re.search(r"\b(?:National|State|Federal)\b", name)
            else ClaimantKind.ORGANISATION
        )
        return Speaker(
            name, kind, kind == ClaimantKind.OFFICE, aliases=(alias.group(1),) if alias else ()
        )
    if (
        speaker.kind == ClaimantKind.ORGANISATION
        and speaker.name
        and _NEWS_AGENCY.search(speaker.name)
    ):
        # "the Gibraltar Broadcasting Corporation (GBC)", "BBC Scotland": a medium.
        speaker = replace(speaker, kind=ClaimantKind.MEDIA, official=False)
    if speaker.kind == ClaimantKind.MEDIA and speaker.name and _COUNTRYS.match(speaker.name):
        # "Italy's ANSA news agency": an outlet's country is no part of its name.
        speaker = replace(speaker, name=_COUNTRYS.sub("", speaker.name))
    described = (
        _SMALL_WORDS_BEFORE_NAME.fullmatch(speaker.name)
        if speaker.name
        and speaker.kind not in (None, ClaimantKind.PERSON)
        and (not speaker.ref or speaker.ref.startswith("kin:"))
        else None
    )
    if described:
        # "The paramilitary Rapid Support Forces", "the federal Government Communication
        # Service": what it is, in small letters, before its name.
        return replace(speaker, name=described.group("name"), ref="")
    if speaker.kind == ClaimantKind.MEDIA and speaker.name and "-language " in speaker.name:
        # "the English-language Daily Star": the language it is written in is no part of its
        # name.
        return replace(speaker, name=re.sub(r"^[A-Z][a-z]+-language\s+(?=[A-Z])", "", speaker.name))
    if (
        speaker.name
        and speaker.kind in (ClaimantKind.PERSON, ClaimantKind.ORGANISATION)
        and _STATION.fullmatch(speaker.name)
    ):
        # "Radio Okapi reported", "Joy FM": a station, a medium; "Teesside Live" a site.
        return Speaker(speaker.name, ClaimantKind.MEDIA)
    return speaker


def _person_of_body(text: str) -> Speaker | None:
    """ "Prof. Amina Mohamed of the University of Nairobi", "economist Marta Quispe of the
    University of Lima": a person, what they are and the body they are of; None when the
    words before "of" are no person's name."""
    before, joiner, body = re.sub(r"^[Tt]he\s+", "", text).partition(
        " of " if " of " in text else " at "
    )
    words = before.split()
    if len(words) < 2 or (not body[:1].isupper() and not body.startswith("the ")):
        return None
    size = 3 if len(words) >= 3 and _NAME_WORD.fullmatch(words[-3]) else 2
    name, title = words[-size:], words[:-size]
    if any(w in _NO_NAME_WORDS or BODY_WORDS.search(w.lower()) for w in name):
        # "Islamic Republic of Iran Customs Administration": a state's name, no person's.
        return None
    if not all(_NAME_WORD.fullmatch(w) for w in name) or not all(
        w.lower().rstrip(".") in (*TITLE_WORDS, "prof", "dr") or w.islower() for w in title
    ):
        return None
    person = _speaker_en(" ".join(name))
    where = speaker_en(body)
    if person.kind != ClaimantKind.PERSON or person.ref:
        return None
    if where.kind in (None, ClaimantKind.PERSON):
        return None
    description = " ".join([*title, joiner.strip(), body]).strip()
    return replace(
        person,
        description=description,
        official=_has_official_title(description),
        expert=_has_expert_title(description),
    )


# A radio or television station by its name: "Radio Okapi", "Joy FM", "Rustavi 2 TV".
_STATION = re.compile(
    r"Radio\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|(?:[A-Z][\w'’-]*\s+){1,3}(?:FM|TV|Radio)"
    # "Teesside Live", "Manchester Evening News", "Liverpool Echo": a local outlet's masthead.
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:Live|Echo|Mail|Mirror|Express|Examiner|Advertiser|Argus|"
    r"Standard|Bulletin|Evening\s+News)"
    # "WHYY reported": an American station by its call sign.
    r"|(?!WADA|WIPO|KPMG|WOAH)[KW][A-Z]{3}"
)
# A body's name with what it is before it, in small letters: "the paramilitary Rapid Support
# Forces".
_SMALL_WORDS_BEFORE_NAME = re.compile(
    r"[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*\s+[A-Z][\w'’-]*)"
)
# A nation's forces and services named by what they are: "air force", "coast guard".
_FORCES_AND_SERVICES = frozenset(
    ("air force", "coast guard", "border guard", "armed forces", "fire service", "border police")
)
_NO_NAME_WORDS = _set(
    "Republic Kingdom United States Democratic Federal National Islamic People's Socialist "
    "Commonwealth Union City County Province Region District Island Islands"
)
# A word of a person's name: capitalised, no body's word, no title.
_NAME_WORD = re.compile(r"(?!(?:The|Of|And|For)\b)[A-Z][a-zà-ÿ'’-]+(?:-[A-Z][a-zà-ÿ'’-]+)?")


def _speaker_en(who: str) -> Speaker:
    text = who.strip().strip(",")
    aliases: tuple[str, ...] = ()
    m = _ALIAS.search(text)
    if m:
        aliases = (m.group("alias"),)
        text = text[: m.start()].strip()
    if re.fullmatch(_DAYS, text):
        # "… since September, the ministry said": a month names nobody.
        return NOBODY
    if _COUNTY_OR_REGION.fullmatch(re.sub(r"^[Tt]he\s+", "", text)):
        # "Region Kalmar County said", "Harris County said": the county's or the region's
        # own government.
        return Speaker(re.sub(r"^[Tt]he\s+", "", text), ClaimantKind.GOVERNMENT, True)
    returning = re.fullmatch(
        r"(?:[Tt]he\s+)(?P<whose>(?:[A-Za-z][\w'’-]*\s+){1,3})returning\s+officer", text
    )
    if returning:
        # "the state returning officer": the office that counts an election's votes.
        return Speaker(f"{returning.group('whose')}returning officer", ClaimantKind.OFFICE, True)
    armed = _ARMED_GROUP_MEMBERS.fullmatch(text)
    if armed:
        # "The M23 rebels said", "al-Shabaab militants said": the armed group itself.
        return Speaker(armed.group("group"), ClaimantKind.MILITARY, False)
    un_agency = _UN_AGENCY.fullmatch(text)
    if un_agency:
        # "The U.N. refugee agency said": the agency Ukrainian and English news name so.
        return Speaker(
            _UN_AGENCIES[un_agency.group("field").lower()], ClaimantKind.ORGANISATION, True
        )
    branch = _BODY_BRANCH.fullmatch(text)
    if branch and branch.group("owner").split()[-1].lower() not in TITLE_WORDS:
        # "Unicef's office in Bucharest", "the World Health Organization's country office": a
        # body's branch speaks as the body.
        owner = speaker_en(branch.group("owner"))
        if owner.name and owner.kind == ClaimantKind.PERSON and not owner.description:
            owner = Speaker(owner.name, ClaimantKind.ORGANISATION, False, ref="alias")
        if owner.name and owner.kind in (ClaimantKind.ORGANISATION, ClaimantKind.OFFICE):
            return owner
    seat = _COURT_SEAT.fullmatch(text)
    if seat and any(
        w.lower() not in _GENERIC_COURT_WORDS
        for w in re.findall(r"[A-Z][\w'’-]*", seat.group("court"))
    ):
        # "Hålogaland Court of Appeal in Tromsø", "Scotland's High Court of Justiciary in
        # Edinburgh": where a court sits is no part of its name.
        return speaker_en(f"{seat.group('court')}{' (' + aliases[0] + ')' if aliases else ''}")
    if _A_STUDY.match(text):
        # "A study published in 2020 estimated": nobody the sentence names ("Official
        # figures show" is nobody's too: ``_named_form``).
        return NOBODY
    owned = _OWNED_DOCUMENT.match(text) or _HEAD_OWNED_DOCUMENT.match(text)
    if owned:
        # "The WHO's latest world malaria report counted": the report's owner; "the office's
        # figures show": the office named before.
        return speaker_en(owned.group("owner"))
    study = _STUDY_BY.match(text)
    if study:
        # "A study by the university found": the university's.
        return _document_author(study.group("who"))
    by = _DOCUMENT_BY.match(text)
    if (
        by
        and (text[by.end() :][:1].isupper() or text[by.end() :].startswith("the "))
        and not (
            # ("National Records of Scotland": capitalised words before it, a body's name.)
            len(named := re.sub(r"^[Tt]he\s+", "", text[: by.end()]).split()[:-1]) >= 2
            and all(w[:1].isupper() for w in named)
        )
    ):
        # "Figures from the States of Guernsey show", "Data from the central bank": whose.
        # ("Figures released by Eurostat on Monday": when, no part of the name.)
        return _document_author(_clean_who(text[by.end() :]))
    if _STATES_OF.fullmatch(text):
        # "the States of Guernsey": an island's parliament and government.
        return Speaker(re.sub(r"^[Tt]he\s+", "", text), ClaimantKind.GOVERNMENT, True)
    staff = _OWNED_STAFF.match(text)
    if staff:
        # "The ministry's health inspectors visited 312 premises": the ministry's act.
        return speaker_en(f"the {staff.group('owner')}")
    kind_then_name = _KIND_THEN_NAME.match(text)
    if kind_then_name:
        # "The civic group Fair Vote Kòrsou said": what the body is, then its name.
        named = speaker_en(kind_then_name.group("name"))
        if named.kind in (None, ClaimantKind.PERSON, ClaimantKind.ORGANISATION):
            if re.search(
                r"\b(?:fraud|competition|financial|consumer|data|food|safety)\s+watchdog$",
                text[: kind_then_name.start("name")].strip(),
            ):
                # "The fraud watchdog DGCCRF said": a regulator, the state's office.
                return Speaker(kind_then_name.group("name"), ClaimantKind.OFFICE, True)
            return Speaker(kind_then_name.group("name"), ClaimantKind.ORGANISATION, False)
    members = _MEMBERS_OF.match(text) or _NAMED_BODY_STAFF.match(text)
    if members:
        # "Soldiers of the Timor-Leste Defence Force (F-FDTL) were clearing mud": the force;
        # "Guardia Civil officers seized": theirs ("Staff at St. Elizabeth Catholic General
        # Hospital in nearby Shisong": where it is, no part of its name).
        body = speaker_en(
            re.sub(r"\s+in\s+(?:nearby\s+)?[A-Z][\w'’-]+$", "", members.group("body"))
        )
        if (
            body.name
            and body.kind not in (None, ClaimantKind.PERSON)
            # ("Customs officers", "Police officers": which service, the words do not say.)
            and body.name.lower() not in BODY_KINDS
        ):
            return body
    website = _ON_ITS_WEBSITE.match(text)
    if website:
        # "according to results posted on the commission's website": the site's owner.
        return speaker_en(website.group("owner"))
    issued = re.match(
        r"^(?:published|released|compiled|issued|produced|gathered|collected)\s+by\s+(?=\S)", text
    )
    if issued:
        # "The figures, published by the Office for National Statistics on Tuesday, showed":
        # who published them, the clause between commas.
        return _document_author(_clean_who(text[issued.end() :]))
    polled = re.search(r"^(?:[\w-]+\s+){1,3}(?:polled|surveyed)\s+by\s+", text)
    if polled:
        # "economists polled by Reuters said": the poll's, by who polled them.
        return speaker_en(text[polled.end() :])
    quoted = re.search(r"\s+(?:quoted|cited)\s+by\s+", text)
    if quoted:
        # "A district official quoted by the national newspaper Kuensel said": who spoke,
        # not the paper that quoted them.
        return speaker_en(text[: quoted.start()])
    lowered = text.lower()
    if re.match(r"^(?:his|her|their|my|our)\s+[a-z]", text):
        # "his school said", "her neighbour told": someone's, nobody named.
        return Speaker(None, generic=True)
    article = re.match(r"^(the|a|an|one)\s+", lowered)
    bare_text = text[article.end() :] if article else text
    bare = bare_text.lower()
    definite = not article or article.group(1) == "the"
    if not bare or bare in ("the", "a", "an", "one"):
        # A lone article ("The said…", a sentence cut short) names nobody.
        return NOBODY
    if lowered in _MEDIA or bare in _MEDIA:
        return Speaker(_MEDIA.get(lowered, _MEDIA.get(bare)), ClaimantKind.MEDIA)
    if _MASTHEAD.fullmatch(bare_text):
        # "the Irish Times reported", "the Business Post": a newspaper by its masthead.
        return Speaker(bare_text, ClaimantKind.MEDIA)
    if lowered in COUNTRIES or bare in COUNTRIES:
        return Speaker(COUNTRIES.get(lowered) or COUNTRIES[bare], ClaimantKind.GOVERNMENT, True)
    if _PARTY_NAME.fullmatch(bare_text):
        # "Scottish Labour said", "Fianna Fáil": a party by its own name.
        return Speaker(bare_text, ClaimantKind.ORGANISATION, False, aliases=aliases)
    if _BASED.match(bare_text) and len(bare_text.split()) > 1:
        # "Kathmandu-based Himalayan Summit Treks": where it is based is no part of its name.
        return speaker_en(_BASED.sub("", bare_text))
    office = _PLACE_TITLE_OFFICE.fullmatch(bare_text)
    if office and (office.group("capital") or office.group("title") in TITLE_WORDS):
        # "The Rennes prosecutor's office": the office of a place's title holder.
        return Speaker(bare_text, ClaimantKind.OFFICE, True, aliases=aliases)
    if definite and article and bare in ("report", "study", "survey"):
        # "the report found", "according to the study": the body whose report the article is
        # about.
        return Speaker(None, ClaimantKind.ORGANISATION, ref="document")
    if definite and article and bare in _MEDIA_HEADS:
        # "the broadcaster said": the medium the article named before.
        return Speaker(None, ClaimantKind.MEDIA, ref="outlet")
    medium = _NAMED_MEDIUM.fullmatch(bare_text)
    if medium:
        # "the Foroyaa newspaper reported": a medium, by what it is.
        return Speaker(medium.group("name"), ClaimantKind.MEDIA)
    words = bare_text.split()
    indonesian = _PT_COMPANY.search(bare_text)
    if indonesian:
        # "The state-owned miner PT Timah said": a company by the legal form before its name
        # (and "Timah" for short, as "Tieurakka" for "Tieurakka Oy").
        return _company(indonesian.group("name"), indonesian.group("short"))
    legal = _COMPANY_FORM.fullmatch(bare_text)
    if legal:
        # "Tieurakka Oy said": a company by its legal form.
        return _company(legal.group("name"), legal.group("short"))
    if text in ("police", "Police"):
        # "police said": which police, the sentence does not say — unless the article named
        # its police force before (``ArticleMemory.resolve``).
        return Speaker(None, generic=True, ref="police")
    if _is_generic(words):
        return Speaker(None, generic=True)
    place = _PLACE_GOVERNMENT.match(bare_text) if article and definite else None
    if place:
        # "the provincial government": the province the article named last's.
        governs = bare_text.split()[-1] in ("government", "administration", "council")
        kind = ClaimantKind.GOVERNMENT if governs else ClaimantKind.OFFICE
        return Speaker(bare_text, kind, True, ref=f"as:{place.group(1)}")
    of_body = _PERSON_OF.match(bare_text)
    if of_body:
        # "Judge Fiona Hartley of the County Court of Victoria": the judge, of that court.
        person = speaker_en(of_body.group("person"))
        if person.kind == ClaimantKind.PERSON and person.description:
            return replace(person, description=f"{person.description} of {of_body.group('body')}")
    named_spokesperson = _NAMED_SPOKESPERSON.fullmatch(bare_text)
    if named_spokesperson and article and not definite:
        # "a City of Vancouver spokeswoman said": the body she speaks for.
        body = speaker_en(named_spokesperson.group("body"))
        if body.name and body.kind not in (None, ClaimantKind.PERSON):
            return body
        if body.kind == ClaimantKind.PERSON and not body.description:
            # "a Ferrero spokesman": a company nobody described.
            return Speaker(named_spokesperson.group("body"), ClaimantKind.ORGANISATION, False)
    unnamed = _HEAD_SPOKESPERSON.fullmatch(bare)
    if unnamed and article:
        # "a court spokeswoman said": the court named before speaks.
        return speaker_en(f"the {unnamed.group('head')}")
    local = _OFFICIALS_IN.match(bare_text)
    if local and not BODY_WORDS.search(local.group("place").lower()):
        # "Hospital officials in Khan Younis said", "Health officials in Gaza": officials of a
        # place, nobody named.
        return Speaker(None, generic=True)
    spoke = _SPOKESPERSON_FOR.match(bare_text)
    if spoke:
        # "a spokesperson for the European Commission": the body speaks.
        named = _BASED.sub("", spoke.group("body"))
        body = speaker_en(named)
        if body.name and body.kind != ClaimantKind.PERSON:
            return body
        if (
            (body.name or re.fullmatch(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)+", named))
            and _ANALYSTS.match(bare_text)
            and not body.description
        ):
            # "Analysts at London-based Ridgeway Capital", "Analysts at Halyk Finance":
            # where analysts work is a firm.
            return Speaker(named.removeprefix("the "), ClaimantKind.ORGANISATION)
    # ("Fisheries and Oceans Canada": a department's two fields, joined.)
    joined = "and" in words[1:-2] and len(words) >= 4
    if (
        len(words) >= 2
        and all(w[:1].isupper() or (joined and w == "and") for w in words)
        and words[-1].lower() in COUNTRIES
        and words[0].lower() not in COUNTRIES
        and (words[0].lower() not in TITLE_WORDS or words[0].lower() in _STATE_FIELDS)
        and not words[0].endswith(("'s", "\u2019s"))
    ):
        # "Statistics Canada", "Health Canada", "Save the Children Norway": a body named
        # with its country; a department by its field and its country is the state's, and
        # so is one by two fields ("Employment and Social Development Canada").
        first = words[0].lower()
        kind = (
            ClaimantKind.OFFICE
            if (
                joined
                or (
                    first in ("statistics", *_STATE_FIELDS, *BODY_KINDS)
                    and (BODY_KINDS.get(first, ClaimantKind.OFFICE) == ClaimantKind.OFFICE)
                )
            )
            and not _PUBLIC_NOT_STATE.search(" ".join(words))
            else ClaimantKind.ORGANISATION
        )
        return Speaker(" ".join(words), kind, kind == ClaimantKind.OFFICE, aliases=aliases)
    if (
        article
        and article.group(1) in ("a", "an")
        and all(w[:1].islower() for w in words)
        and words[-1].lower() in BODY_KINDS
        and BODY_KINDS[words[-1].lower()] == ClaimantKind.ORGANISATION
    ):
        # "a patients' association", "a local charity": a body nobody named.
        return Speaker(None, generic=True)
    if words[-1][:1].islower() and _ANONYMOUS.search(words[-1]):
        # "a military source", "a hospital worker": nobody identifiable. A source said to be
        # informed ("a military source", "security sources") keeps what informs it.
        informed = words[-1].lower() in ("source", "sources") and len(words) > 1
        return Speaker(None, generic=True, description=" ".join(words) if informed else "")
    if (
        definite
        and article
        and 3 <= len(words) <= 5
        and words[0] in ("UN", "EU", "WHO", "AU")
        and all(w.islower() for w in words[1:])
        and words[-1] in BODY_KINDS
    ):
        # "the UN human rights office", "the EU border agency": the international body's
        # office by what it does, as the article names it.
        return Speaker(" ".join(words), ClaimantKind.ORGANISATION, False, ref=f"head:{words[-1]}")
    if (
        definite
        and article
        and len(words) == 3
        and words[0][:1].isupper()
        and words[0].lower() in _DEMONYMS
        and words[1].islower()
        and words[2].islower()
        and words[2] in BODY_KINDS
        and f"{words[1]} {words[2]}" in _FORCES_AND_SERVICES
    ):
        # "The Ukrainian air force", "the Turkish coast guard": a nation's force by what it
        # is, named so when the article named it no other way.
        kind = BODY_KINDS[words[2]]
        return Speaker(
            " ".join(words), kind, kind != ClaimantKind.ORGANISATION, ref=f"head:{words[2]}"
        )
    if (
        definite
        and article
        and len(words) == 2
        and (words[0].isupper() or words[0].lower() in COUNTRIES or words[0].lower() in _DEMONYMS)
        and words[1].islower()
        and words[1] in BODY_KINDS
    ):
        if words[1] == "government" and words[0].lower() in COUNTRIES:
            # "The Seychelles government": that country's, whole.
            return Speaker(f"{words[0]} government", ClaimantKind.GOVERNMENT, True)
        # "the UN agency", "the Polish ministry": the body of that head named before ("the
        # Israeli army", named so when none was).
        kind = BODY_KINDS[words[1]]
        national = (
            words[0][:1].isupper() and words[0].lower() in _DEMONYMS and not words[0].isupper()
        )
        return Speaker(
            f"{words[0]} {words[1]}" if national else f"the {words[0]} {words[1]}",
            kind,
            kind != ClaimantKind.ORGANISATION,
            ref=f"head:{words[1]}",
        )
    if (
        len(words) == 1
        and "-" in words[0]
        and words[0][:1].isupper()
        and words[0].rsplit("-", 1)[1].lower() in COUNTRIES
    ):
        # "Météo-France", "Électricité-France": a body named with its country, no surname.
        return Speaker(words[0], ClaimantKind.ORGANISATION, False, aliases=aliases)
    if (
        len(words) >= 3
        and words[0][:1].isupper()
        and words[-1].lower() in COUNTRIES
        and all(w.islower() and w.isalpha() and w not in _FUNCTION_WORDS for w in words[1:-1])
        and not BODY_WORDS.search(" ".join(words).lower())
    ):
        # "Santé publique France": a name in a language that writes its inner words small,
        # ending with its country.
        return Speaker(" ".join(words), ClaimantKind.ORGANISATION, False, aliases=aliases)
    if (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "and", "de", "du") for w in words)
        and words[-1].lower() in _TRADE_WORDS
        # ("Prime Minister Ed Power": a title, a first name and a surname.)
        and not any(w.lower() in TITLE_WORDS for w in words[:-2])
        # ("Ministry of Natural Resources": a ministry's field.)
        and not any(BODY_WORDS.finditer(" ".join(words[:-1]).lower()))
        and not any(w.endswith(("'s", "\u2019s")) for w in words)
    ):
        # "Northern Ireland Water", "Polaris Voyages": a company by what it trades in.
        return _company_named(words, aliases)
    if (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in GENERIC_GROUPS
        and words[-1].lower() not in BODY_KINDS
        and not any(w.lower() in TITLE_WORDS for w in words)
    ):
        # "Federated Farmers said", "United Steelworkers": a body named for the people it
        # gathers, no person.
        return Speaker(" ".join(words), ClaimantKind.ORGANISATION, False, aliases=aliases)
    state = _STATE_INSTITUTION.fullmatch(" ".join(words))
    if state and (not state.group("country") or state.group("country").lower() in COUNTRIES):
        # "National Galleries of Scotland", "Royal Botanic Gardens": an institution of the
        # state by what it keeps; its records and statistics are the state's office.
        if state.group("records"):
            return Speaker(" ".join(words), ClaimantKind.OFFICE, True, aliases=aliases)
        return Speaker(" ".join(words), ClaimantKind.ORGANISATION, False, aliases=aliases)
    possessive, owner, rest = _split_possessive(words)
    # A person: the capitalised words at the end, the titles before them.
    run = _person_run(rest)
    title_words = rest[: len(rest) - run]
    described = _described_body(rest, run)
    if described is not None:
        return replace(described, aliases=aliases)
    # "Minister of Industries Guðrún Hallsdóttir", "Committee Member for Safety and Security
    # Lwazi Mthembu": a title whose complement names a field, then the person.
    joint = next((n for n, w in enumerate(title_words) if w.lower() in ("of", "for")), 0)
    titled = (
        run >= 2
        # The word before the first "of"/"for" is the title: "Minister of", "Member for", not
        # "Directorate of", "Ministry of".
        and joint > 0
        and title_words[joint - 1].lower() in TITLE_WORDS
        and not aliases
    )
    if titled and run > 2 and title_words[-1].lower() in ("and", "of", "for"):
        # "… for Safety and Security Lwazi Mthembu": the field's last word is no name.
        run = 2
        title_words = rest[: len(rest) - run]
    if (
        not titled
        and (
            title_words
            and (
                title_words[-1].lower() in _FUNCTION_WORDS
                # "Independent Agency Against Corruption": a body's head before the rest of
                # its name.
                or (
                    title_words[-1].lower() in BODY_KINDS
                    and title_words[-1].lower() not in TITLE_WORDS
                    and title_words[-1][:1].isupper()
                    and BODY_KINDS[title_words[-1].lower()] != ClaimantKind.MILITARY
                )
                # "Union of Portuguese Nurses": a body's head before its complement.
                or any(
                    w.lower() in _FUNCTION_WORDS and i and title_words[i - 1].lower() in BODY_KINDS
                    for i, w in enumerate(title_words)
                )
            )
        )
    ):
        # "National Observatory of Athens": a place closing a body's name, not a person.
        run, title_words = 0, rest
    if aliases and _spelled_by(aliases[0], rest):
        # "the Compañía Nacional de Aguas (CNA)": a name its acronym spells is a body's.
        run = 0
    if (
        run == 1
        and len(title_words) == 1
        and not possessive
        and re.fullmatch(r"[A-Z]{2,5}", title_words[0])
        and title_words[0].lower() not in TITLE_WORDS
        and title_words[0] not in ACRONYM_BODIES
        # Titles written short: "PM Modi", "MSP Smith".
        and title_words[0] not in ("PM", "CFO", "COO", "CTO", "MSP", "MLA", "TD", "GP", "MK", "MS")
    ):
        # "EDF Corse", "BNP Paribas": a company's short name and the rest of its name, no
        # title and a surname.
        return Speaker(" ".join(rest), ClaimantKind.ORGANISATION, False, aliases=aliases)
    if run and (run >= 2 or title_words or (len(rest) == 1 and not possessive)):
        name_words = rest[len(rest) - run :]
        name = " ".join(w.strip(",") for w in name_words)
        if name.upper() in ACRONYM_BODIES or name in ACRONYM_BODIES:
            return Speaker(name, ClaimantKind.ORGANISATION, True, aliases=aliases, ref="alias")
        if article and definite and run >= 2 and not title_words and not possessive:
            # "the Caribbean Community (CARICOM)": a person's name takes no article.
            if _LOCAL_GOVERNMENT.search(name):
                # "the St James Municipal Corporation": a town's or a parish's own government.
                return Speaker(name, ClaimantKind.GOVERNMENT, True, aliases=aliases)
            head = _body_head(name.split())
            if head and head[1] == ClaimantKind.OFFICE and name.lower().endswith(head[0]):
                # "the Revenue Commissioners": a name ending with an office's head is an
                # office's.
                return Speaker(name, ClaimantKind.OFFICE, True, aliases=aliases)
            return Speaker(name, ClaimantKind.ORGANISATION, False, aliases=aliases)
        if not (BODY_WORDS.search(name) and not _has_title(" ".join(title_words))):
            # "the Kenya Red Cross": a body's name after a place is no person's.
            description = " ".join([possessive, *title_words]).strip()
            description = re.sub(r"\s*\b(?:Dr|Mr|Mrs|Ms|Prof)\.?$", "", description).strip()
            if (
                description
                and description[:1].islower()
                and _TRADE_HEAD.search(description)
                and not _has_title(description)
            ):
                # "chipmaker Kaiwei Semiconductor": what the company is, then its name.
                return Speaker(
                    name, ClaimantKind.ORGANISATION, False, description=description, aliases=aliases
                )
            return Speaker(
                name,
                ClaimantKind.PERSON,
                _has_official_title(description),
                description=description,
                # "Mr. Sharma said": an honorific and a surname are the person named before.
                ref="surname"
                if run == 1 and (not title_words or _HONORIFIC.match(" ".join(title_words)))
                else "",
                expert=_has_expert_title(" ".join(title_words)),
            )
    # A lone capitalised word with no title: an acronym or alias to look up.
    if len(words) == 1 and (
        (words[0].isupper() and len(words[0]) > 1)
        or (words[0][:1].isupper() and words[0].lower() not in BODY_KINDS)
    ):
        word = words[0]
        kind = ClaimantKind.ORGANISATION if word.isupper() else ClaimantKind.PERSON
        official = word in ACRONYM_BODIES
        return Speaker(word, kind, official, aliases=aliases, ref="alias")
    head = _body_head(rest)
    if head is not None:
        entry, kind = head
        capitalised = [
            w
            for n, w in enumerate(rest)
            if w[:1].isupper()
            or w.lower() in _FUNCTION_WORDS
            # "Information and eGovernment Authority": a word with a capital after its "e".
            or re.match(r"[a-z][A-Z]", w)
            # "Escondida Workers' Union No. 1": the number its name ends with.
            or (w.isdigit() and n and rest[n - 1] == "No.")
        ]
        if owner and owner in TITLE_WORDS and possessive[:1].islower():
            # "the governor's office", "the mayor's office": the office of a title holder —
            # the one the article named ("the Estonian Prosecutor's Office"), if any.
            name = " ".join([possessive, *rest])
            return Speaker(
                f"the {name}" if definite else name,
                kind,
                True,
                aliases=aliases,
                ref=f"of-title:{owner}" if definite and rest[-1].lower() == "office" else "",
            )
        if owner in ("country", "nation", "territory") and possessive[:1].islower():
            # "the country's Ministry of Health": the country the article named last.
            name = " ".join(rest)
            kind = _body_kind(name, kind)
            return Speaker(
                name, kind, kind != ClaimantKind.ORGANISATION, aliases=aliases, ref="country"
            )
        if owner in _PLACE_OWNERS and possessive[:1].islower():
            # "the city's election commission", "the province's civil protection agency": the
            # city or province the article named last.
            name = " ".join(rest)
            kind = _body_kind(name, kind)
            return Speaker(
                name, kind, kind != ClaimantKind.ORGANISATION, aliases=aliases, ref=f"of:{owner}"
            )
        # "Catalonia's Department of Health": a place that owns a body keeps it, with its kind.
        place = possessive[:1].isupper() and not re.sub(r"['’]s?$", "", possessive).isupper()
        if owner and owner not in COUNTRIES and not place:
            # "the OSCE's Office for …": the owner is no country; the body is one of its own.
            possessive = ""
            kind = ClaimantKind.ORGANISATION
        if (
            len(rest) == 1
            and rest[0].lower() == entry
            and not rest[0][:1].isupper()
            and (owner in COUNTRIES or place)
            and (
                kind == ClaimantKind.GOVERNMENT
                or (kind == ClaimantKind.MILITARY and owner in COUNTRIES)
            )
        ):
            # "Serbia's government", "Alaska's government", "Mexico's navy": the head with
            # the country or the state that owns it.
            return Speaker(f"{possessive} {rest[0]}", kind, True, aliases=aliases)
        if len(rest) == 1 and rest[0].lower() == entry and not rest[0][:1].isupper():
            # A bare head noun: "the service said" — the body named earlier.
            return Speaker(
                f"the {rest[0]}" if definite else None,
                kind,
                kind != ClaimantKind.ORGANISATION,
                ref=f"head:{entry}",
                definite=definite,
            )
        # "IG Metall union": the name is the capitalised part, the head says what it is ("The
        # Petah Tikva municipality", a town's government, keeps its head, and so does "the
        # Alexandria governorate").
        if (
            rest[0][:1].isupper()
            and len(capitalised) < len(rest)
            and entry not in ("municipality", "governorate", "administration")
        ):
            cut = next(i for i, w in enumerate(rest) if w not in capitalised)
            if entry == "government" or (
                cut == 1
                and entry in ("army", "navy", "military")
                and re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|ic|i)", rest[0])
            ):
                # "The Haitian government", "The Marshall Islands government", "the Luanda
                # provincial government": a government keeps its head.
                cut = len(rest)
            elif (
                definite
                and kind == ClaimantKind.OFFICE
                and all(w[:1].isupper() and not _RUN_BY_SUFFIX.search(w) for w in rest[:cut])
                and not BODY_WORDS.search(" ".join(rest[:cut]).lower())
                and not any(w.isupper() and len(w) > 1 for w in rest[:cut])
            ):
                # "the Corse-du-Sud prefecture", "the Kent fire and rescue service": a place's
                # office keeps its head; the place alone names nobody.
                cut = len(rest)
            if not definite and cut and not BODY_WORDS.search(" ".join(rest[:cut])):
                # "a Warsaw court", "a Kyiv hospital": a body nobody named.
                return NOBODY
            rest = rest[:cut] or rest
        name = " ".join([possessive, *rest]).strip()
        kind = _body_kind(name, kind)
        official = kind != ClaimantKind.ORGANISATION or name.upper() in ACRONYM_BODIES
        if (
            not name[:1].isupper()
            and not possessive
            and article
            and not definite
            and name.endswith(" official")
        ):
            # "A district official said": one of many officials, unnamed, though said to know.
            return Speaker(None, description=name)
        if not name[:1].isupper() and not possessive:
            # A generic body as written: "the government", "the prosecutor general"; "the
            # labour ministry" may be the ministry named before with "Labor" in its name.
            kin = (
                ""
                if not definite
                else f"head:{entry}"
                if name == entry and entry in _CENTRAL_BANKS
                else f"kin:{entry}:{name}"
                if " " in name
                else ""
            )
            return Speaker(
                f"the {name}" if definite else name, kind, official, aliases=aliases, ref=kin
            )
        return Speaker(name, kind, official, aliases=aliases)
    # Titles only: "the prosecutor general", "an army commander".
    if _has_official_title(bare) and len(words) <= 5:
        generic = ("the " if definite and article else "") + bare_text
        # "according to the returning officer's figures": the person named with that title.
        titled = f"title:{bare}" if definite and article else ""
        return Speaker(generic, ClaimantKind.OFFICE, True, ref=titled)
    if _ANONYMOUS.search(bare):
        return Speaker(None, generic=True)
    if (
        1 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and any(w.isupper() and len(w) > 1 for w in words)
    ):
        # "Africa CDC": a name with an acronym in it, the alias of a body named before.
        return Speaker(
            " ".join(words), ClaimantKind.ORGANISATION, False, aliases=aliases, ref="alias"
        )
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].endswith("bank"):
        # "Elbe Privatbank": a bank by the word its name ends with.
        return _company_named(words, aliases)
    if (
        aliases
        and len(words) >= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)
    ):
        # "The Empresa Provincial de la Energía (EPE)": a name with its acronym is a body's,
        # whatever language its head is in.
        return Speaker(
            " ".join(words),
            ClaimantKind.ORGANISATION,
            False,
            description="company",
            aliases=aliases,
        )
    return NOBODY


_STATE_INSTITUTION = re.compile(
    r"(?:National|Royal|Federal|Central|State|Public|Historic)(?:\s+[A-Z][a-z]+)?\s+"
    r"(?:(?P<records>Records|Registers|Statistics)|Galleries|Gardens|Museums|Archives|"
    r"Libraries|Palaces|Parks|Forests|Waterways|Railways|Theatres)"
    r"(?:\s+of\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
)


_PERSON_OF = re.compile(
    r"^(?P<person>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){2,4})\s+(?:of|at|from)\s+"
    # "a spokesman for the force": the body named before, by its head noun.
    r"(?P<body>(?:the\s+)?[A-Z].*|the\s+[a-z]+)$"
)


# "A Mediana poll", "a new Ipsos survey": a poll is its maker's.
_MADE_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:new\s+|latest\s+)?(?:"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:poll|survey|opinion\s+poll)\b"
    # "A poll by Red C for the Business Post": the pollster's.
    r"|(?:opinion\s+)?(?:poll|survey)\s+by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\b)"
)


_ANALYSTS = re.compile(r"^(?i:(?:[\w-]+\s+){0,2}?(?:analysts?|economists?|strategists?)\s+at\s)")


# "London-based Ridgeway Capital": where a firm is based is no part of its name.
_BASED = re.compile(
    # "Port of Spain-based brokerage …": a place of a few words, "of" among them.
    r"^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.-]*){0,2}-based\s+"
)


_HEAD_SPOKESPERSON = re.compile(
    r"(?P<head>court|ministry|agency|police|company|commission|tribunal|hospital|university)\s+"
    r"(?:spokeswoman|spokesman|spokesperson)"
)


# "a City of Vancouver spokeswoman": a body by its name, then who speaks for it ("a Red
# Cross official": an official of it).
_NAMED_SPOKESPERSON = re.compile(
    r"(?:(?:senior|top|high-ranking|local|regional|chief)\s+)?(?P<body>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|de|du))*)\s+"
    r"(?:spokeswoman|spokesman|spokesperson|official)"
)


_OFFICIALS_IN = re.compile(
    r"^(?i:(?:[\w-]+\s+){0,2}?(?:officials?|sources?|residents?)\s+in\s+)(?P<place>.+)$"
)
_SPOKESPERSON_FOR = re.compile(
    r"^(?i:(?:[\w-]+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|representative|source|"
    r"official|officials|sources|analysts?|economists?|strategists?|researchers?|"
    # ("Rescuers from the Red Crescent said": the body they work for.)
    r"rescuers|volunteers|medics|paramedics|"
    r"scientists?|observers?|monitors?|inspectors?|investigators?|auditors?|staff)\s+"
    r"(?:for|at|of|in|from|with)\s+)"
    # "a spokesman for the force": the body named before, by its head noun.
    r"(?P<body>(?:the\s+)?[A-Z].*|the\s+[a-z]+)$"
)


_DOMAIN = re.compile(r"[\w-]+\.(?:[a-z]{2,3}|info|media|news|online)")


def _described_body(words: list[str], run: int) -> Speaker | None:
    """A body named after what it is: "the monitoring group GONG", "the rights group Amnesty
    International", "the ratings agency Fitch" — the name, with the description's kind."""
    if (
        len(words) > 2
        and words[0][:1].isupper()
        and (
            words[1].islower()
            or words[0].lower().endswith("maker")
            # ("The Railway Workers' Union": a name that ends on a body's head is whole.)
            or (words[0].lower() in _COMPANY_HEADS and words[-1].lower() not in BODY_KINDS)
        )
    ):
        # "Vaccine maker Toyo Biologics", "Drugmaker Kessel Pharma": a description opening
        # the sentence.
        words = [words[0].lower(), *words[1:]]
    if not words or words[0][:1].isupper():
        return None
    # ("The news agency 24.kg": a medium named by its web address.)
    start = next((i for i, w in enumerate(words) if w[:1].isupper() or _DOMAIN.fullmatch(w)), None)
    if start is None:
        return None
    head = words[start - 1].lower() if start else ""
    # "the news agency Interpressnews": a medium by its two-word head too.
    medium = head in _MEDIA_HEADS or (
        # "the news agency Interpressnews", "The radio station Radio Tamazuj".
        (head, words[start - 2 : start - 1]) in (("agency", ["news"]), ("station", ["radio"]))
    )
    name_words = words[start:]
    # "Istituto superiore Sanità": a name with small inner words is no person's, whatever
    # its last word looks like.
    small_inside = len(name_words) > 2 and any(w.islower() for w in name_words[1:-1])
    if (
        not medium
        and run
        and start != len(words) - run
        and not words[start].isupper()
        and not small_inside
    ):
        return None
    if not all(
        w[:1].isupper()
        or _DOMAIN.fullmatch(w)
        or w.lower() in _FUNCTION_WORDS
        or w.lower() in _NAME_PARTICLES
        # "the national public health agency Santé publique France": a name in a language
        # that writes its inner words small.
        or (0 < n < len(name_words) - 1 and name_words[-1][:1].isupper())
        # "the public broadcaster NC la 1ère": a channel's number.
        or (medium and n and re.fullmatch(r"\d+\w*", w))
        for n, w in enumerate(name_words)
    ):
        return None
    described = words[:start]
    if medium:
        # "the newspaper El Universo", "the broadcaster RTÉ": a medium, named after what it is.
        return Speaker(" ".join(name_words), ClaimantKind.MEDIA, description=" ".join(described))
    if head not in BODY_KINDS or head in TITLE_WORDS or head in GENERIC_GROUPS:
        return None
    if "of" in [w.lower() for w in described] and any(
        w.lower() in TITLE_WORDS for w in described[: described.index("of")]
    ):
        # "Senior superintendent of police Rakesh Tomar": a person's title, its body after
        # "of", then the person.
        return None
    # "the national statistics agency INDEC": what the description says beyond its head
    # word, as for a name ("National Institute of Statistics").
    kind = _body_kind(" ".join(described), BODY_KINDS[head])
    if kind == ClaimantKind.ORGANISATION and _LAW_ENFORCEMENT.search(" ".join(described).title()):
        # "the economic crime unit Økokrim": the police's kin, an office.
        kind = ClaimantKind.OFFICE
    return Speaker(
        " ".join(name_words),
        kind,
        kind != ClaimantKind.ORGANISATION,
        description=" ".join(described),
    )


def _company_named(words: list[str], aliases: tuple[str, ...]) -> Speaker:
    """A company by its name as written, for "the company" later."""
    return Speaker(
        " ".join(words), ClaimantKind.ORGANISATION, False, description="company", aliases=aliases
    )


# The last word of a company's name that says what it trades in, and no surname's.
_TRADE_WORDS = _set(
    "water energy electricity gas railways airways airlines telecom telecoms shipping logistics "
    "voyages cruises foods motors mining minerals resources holdings industries petroleum cement "
    "textiles pharmaceuticals utilities breweries plantations ferries shipyards buses coaches "
    "trains transport freight cargo dairies fisheries seafoods metals chemicals fertilizers "
    "fertilisers beverages distillers vineyards wines bakeries insurance telecommunications oil "
    "research analytics consulting consultants partners associates insights semiconductor "
    "semiconductors electronics software systems solutions automotive aerospace biotech"
)


# Parties whose names hold no "Party": "Scottish Labour", "Welsh Conservatives".
_PARTY_NAME = re.compile(
    r"(?:(?:Scottish|Welsh|Irish|English|Northern Irish|Australian|New Zealand|British)\s+)?"
    r"(?:Labour|Conservatives|Tories|Greens|Liberal Democrats|Lib Dems)"
    r"|Fianna F[áa]il|Fine Gael|Sinn F[ée]in|Plaid Cymru|Likud|Fidesz|Syriza|Podemos|"
    r"Vox|Morena|Fretilin"
)


# What a medium is called before its name: "the newspaper El Universo".
_MEDIA_HEADS = _set(
    "newspaper daily broadcaster magazine tabloid weekly channel website outlet site portal "
    "publication journal newsletter"
)


_WHAT_IT_IS = re.compile(
    # ("according to Insee, France's statistics institute": a country's own.)
    r",\s+(?:a|an|the|[A-Z][\w-]+['’]s)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?P<head>group|organisation|organization|"
    r"charity|agency|institute|body|watchdog|union|ngo|think\s+tank|monitor|association|"
    r"network|coalition|foundation|office|regulator|authority|ministry|bureau|newspaper|daily|"
    r"broadcaster|magazine|tabloid|weekly|channel|website|outlet|newsletter|news\s+agency|"
    r"federation|"
    r"council|chamber|cooperative|co-operative)\b"
    # "the Quebec Maple Syrup Producers, the federation that markets their syrup".
    r"(?=\s*[,.;]|\s+(?:that|which|representing)\b|$)"
)


def _described_after(who: str, text: str, end: int) -> Speaker | None:
    """ "according to the Health and Safety Labour Watch, a workers' rights group",
    "according to Eurostat, the EU's statistics office": a capitalised name the sentence
    then says is a body, of the kind of the apposition's last word."""
    m = _WHAT_IT_IS.match(text, end)
    name = _THE_START.sub("", who.strip()).removeprefix("the ")
    if m is None or not name[:1].isupper():
        return None
    head = m.group("head").split()[0].lower()
    if head == "watchdog" and re.search(
        r"-based|independent|rights|environmental|consumer", m.group(0)
    ):
        # "the Basel Action Network, a Seattle-based watchdog": a campaign, not a regulator.
        return Speaker(name, ClaimantKind.ORGANISATION, False)
    if head in _MEDIA_HEADS or head == "news":
        # "according to a projection by Times of Malta, the country's largest newspaper".
        return Speaker(name, ClaimantKind.MEDIA)
    kind = BODY_KINDS.get(head, ClaimantKind.ORGANISATION)
    if m.group("head").startswith("think") or head in ("federation", "cooperative", "co-operative"):
        kind = ClaimantKind.ORGANISATION
    if "statistic" in m.group(0).lower() or re.search(r"\b(?:government|state)['’]s\b", m.group(0)):
        # "Insee, France's statistics institute", "NatureScot, the government's nature
        # agency": a statistics office, a state body, whatever its head.
        kind = ClaimantKind.OFFICE
    if re.search(
        r"\b(?:armed|rebel|insurgent|militant|paramilitary)\s+$", text[end : m.start("head")]
    ):
        # "the Kachin Independence Army, an ethnic armed group": an armed force, not the
        # state's.
        return Speaker(name, ClaimantKind.MILITARY, False, description=head)
    return Speaker(name, kind, kind != ClaimantKind.ORGANISATION, description=head)


def _is_generic(words: list[str]) -> bool:
    lowered = [w.lower().strip(",") for w in words]
    if not lowered:
        return False
    if " ".join(lowered) in GENERIC_GROUPS:
        return True
    head = lowered[-1]
    # "railway officials", "Pakistani hospital doctors": lower-case modifiers name no one.
    return (
        head in GENERIC_GROUPS
        and all(
            w in _GROUP_MODIFIERS
            or w in GENERIC_GROUPS
            or w in _DEMONYMS
            or o[:1].islower()
            # "Hospital officials in Khan Younis said": a common noun, capitalised only as the
            # sentence's first word.
            or (
                n == 0
                and len(words) == 2
                and w in BODY_KINDS
                and BODY_KINDS[w] == ClaimantKind.ORGANISATION
            )
            for n, (w, o) in enumerate(zip(lowered[:-1], words[:-1], strict=True))
        )
    )


@lru_cache(maxsize=8192)
def _named_body_speaker(text: str) -> Speaker | None:
    """A capitalised body named inside a longer phrase: "observers from the OSCE" → OSCE."""
    for m in _NAMED.finditer(text):
        name = _JOINER_END.sub("", m.group(0))
        name = _THE_START.sub("", name)
        tail = text[m.end() :]
        alias = _ALIAS.match(tail + " ") if tail.startswith(" (") else None
        if name in ACRONYM_BODIES:
            return Speaker(name, ClaimantKind.ORGANISATION, True)
        if name.lower() in COUNTRIES and " " not in name:
            continue
        if BODY_WORDS.search(name) and len(name.split()) >= 2:
            speaker = speaker_en(name + (f" ({alias.group('alias')})" if alias else ""))
            if speaker.name and speaker.kind != ClaimantKind.PERSON:
                return speaker
    return None


_SUBJECT = re.compile(
    r"^(?:(?:In|On|By|After|Since|Earlier|Later|Last|This)\b[^,]{0,40},\s+)?"
    r"(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w\u2019'.-]+\s+){0,8}?[\w\u2019'.-]+"
    rf"(?:\s+\({_SHORT_NAME}\))?)\s+"
    # "… in Athens on Wednesday sentenced": a day between the body and its act.
    rf"(?:on\s+{_DAYS}(?:\s+\d{{1,2}})?\s+)?"
    r"(?:(?:will|would|is\s+to|are\s+to|plans\s+to)\s+(?:also\s+|now\s+)?[a-z]{3,}\b|"
    r"(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?"
    r"(?:already\s+|also\s+|now\s+|since\s+|recently\s+|later\s+|earlier\s+|then\s+|again\s+)?"
    # (A verb is lower-case: "The Sierra Leone Red Cross Society" has no verb "Red".)
    r"(?:[a-z]\w*ed|sent|began|begun|made|took|gave|found|won|lost|put|set|cut|hit|brought|"
    r"opened|began|built|sought|told|wrote|been|said|held|kept|rose|fell|withdrew|withdrawn|"
    r"struck|paid|sold|bought|spent|shut|froze|frozen|drew|drawn|chose|grew|sent|led|met|"
    r"ran|left)\b)"
)


# A company by its legal form: "Tieurakka Oy", "Nordvik Holding ASA", "Vetro SpA".
_LEGAL_FORMS = r"(?:Oyj?|AB|ASA|AS|A/S|AG|GmbH|SA|SpA|Ltd|PLC|plc|Inc|NV|BV|SE|Kft|Zrt)"


# An Indonesian company, its legal form first: "PT Timah", "PT Pertamina".
_PT_COMPANY = re.compile(
    r"(?:^|\s)(?P<name>PT\s+(?P<short>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))$"
)


_COMPANY_FORM = re.compile(
    r"\b(?P<name>(?P<short>[A-Z\u00c0-\u024f][\w&'’-]*(?:\s+[A-Z\u00c0-\u024f][\w&'’-]*)"
    r"{0,2})\s+" + _LEGAL_FORMS + r")(?![\w/])"
)


def _company(name: str, short: str) -> Speaker:
    return Speaker(name, ClaimantKind.ORGANISATION, False, description="company", aliases=(short,))
