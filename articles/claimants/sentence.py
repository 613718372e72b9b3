"""One sentence's attributions, whatever its language, and the official body it opens with
acting (``acting_subject``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from articles import morphology
from articles.claimants.english import (
    _ALIAS,
    _LISTED_FIELDS_AFTER,
    _RELATIVE_INSIDE,
    _SUBJECT,
    _body_apposition,
    _clean_who,
    _english_attributions,
    speaker_en,
)
from articles.claimants.speakers import Attribution, ClaimantKind, Speaker
from articles.claimants.ukrainian import (
    _UK_BARE_HEADS,
    _UK_LEAD,
    _UK_LISTED_FIELDS,
    _uk_body_head,
    _uk_object_only,
    _uk_thing_of_a_body,
    _ukrainian_attributions,
    speaker_uk,
)
from articles.claimants.vocabulary import (
    _INTERNATIONAL,
    _UK_PREPOSITIONS,
    BODY_KINDS,
    COUNTRIES,
    GENERIC_GROUPS,
    _is_latin,
    _set,
)
from articles.lexicon import tokens
from articles.text import name_key


@lru_cache(maxsize=16384)
def attributions(text: str) -> tuple[Attribution, ...]:
    """The attributions of one sentence, in text order, offsets relative to it; a verb that
    also means doing (*admitted*, *found*, *reported*) only when no verb of saying is there."""
    found = _english_attributions(text) if _is_latin(text) else _ukrainian_attributions(text)
    opening = next(
        (
            a
            for a in found
            if a.weak
            and a.start == 0
            and a.speaker.name
            and a.speaker.kind == ClaimantKind.MEDIA
            and _THAT_AFTER.match(text, a.end)
        ),
        None,
    )
    if opening is not None:
        # "Jeune Afrique reported that … JNIM … had claimed the attack": what the paper
        # reports, whoever it reports as saying what.
        found = [opening, *(a for a in found if a.start < opening.start)]
    if any(a.weak for a in found) and not all(a.weak for a in found):
        # "Police found 12 bodies, a hospital worker said": who said it is the attribution —
        # unless nobody is named by a verb of saying ("… both candidates promised to keep
        # the ties, the Island Times reported": the paper reports it).
        strong = [a for a in found if not a.weak]
        if (
            all(a.speaker.name is None for a in strong)
            and any(
                a.speaker.name and a.speaker.kind == ClaimantKind.MEDIA for a in found if a.weak
            )
            # (", citing regional officials": the paper relays nobody named.)
            and ", citing " not in text
        ):
            found = [a for a in found if a.weak]
        else:
            found = strong
    unnamed = _UNNAMED_SOURCE.search(text) if found else None
    if unnamed:
        # "a ministry official told reporters, asking not to be named", "Посадовець …, який
        # попросив не називати його імені, розповів «…»": a source who would not be named is
        # nobody, and the outlet told is no claimant either.
        found = [
            replace(a, speaker=Speaker(None, official=True, description="unnamed"))
            if a.start - 60 < unnamed.start()
            and unnamed.end() < a.end + 60
            and not (a.speaker.kind == ClaimantKind.PERSON and a.speaker.name)
            else a
            for a in found
        ]
    found.sort(key=lambda a: a.start)
    if found and _COURT_HEARD.search(text):
        # "Ong … promised returns of 12%, the court heard": evidence put to a court, nobody's
        # statement the sentence files.
        return ()
    named = [a.speaker for a in found if a.according_to and a.speaker.name and not a.speaker.ref]
    said_by = [a.speaker for a in found[1:] if a.speaker.name and not a.speaker.ref]
    if (
        len(found) >= 2
        and found[0].weak
        and found[0].speaker.kind == ClaimantKind.GOVERNMENT
        and name_key(found[0].speaker.name or "") in COUNTRY_KEYS
        and any(a.speaker.ref.startswith(("head:", "kin:")) for a in found[1:])
    ):
        # "Slovakia recorded 2,634 cases …, the authority's figures show": the country is what
        # the figures count; whose figures they are is the source.
        found = found[1:]
    state = {ClaimantKind.GOVERNMENT, ClaimantKind.OFFICE}
    while (
        found
        and found[0].speaker.ref.startswith(("head:", "kin:"))
        and (
            any(
                speaker.kind == found[0].speaker.kind
                # "… according to a statement from the Prime Minister's Office": a state body
                # named beats "the government" that acted.
                or {speaker.kind, found[0].speaker.kind} <= state
                for speaker in named
            )
            # "The government declared …, presidential spokeswoman Ana Lucía Ferrera said".
            or any(s.official and s.kind == ClaimantKind.PERSON for s in said_by)
            # "Наступного року асоціація очікує …, сказала Журавель-Гринів": the person the
            # article named, by her surname.
            or any(
                a.speaker.kind == ClaimantKind.PERSON
                and a.speaker.ref == "surname"
                and a.end >= len(text.rstrip(" .")) - 1
                for a in found[1:]
            )
        )
    ):
        # "The government declared …, according to a statement from the Council of Ministers":
        # a body of that kind named by its name beats the bare head noun that acted.
        found = found[1:]
    return tuple(found)


# Countries by their names as the rules give them ("Slovakia"), for comparing without case.
COUNTRY_KEYS = frozenset(name_key(name) for name in COUNTRIES.values())
_COURT_HEARD = re.compile(
    r",\s+(?:the\s+)?(?:court|jury|tribunal|inquest|hearing)\s+(?:was\s+)?(?:heard|told)\.?$"
)
_UNNAMED_SOURCE = re.compile(
    r"\b(?:(?:asking|asked|declined|refused)\s+not\s+to\s+be\s+(?:named|identified)|"
    r"declined\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|"
    r"(?:попроси(?:в|ла|ли)|просив|просила)\s+не\s+називати|на\s+умовах?\s+анонімності)"
)


_UK_WHEN = _set("минулого цього наступного торік вчора сьогодні позавчора нещодавно")


_UK_ADVERBS = _set(
    "також вже уже ще теж раніше неодноразово офіційно нарешті згодом нині знову досі щороку "
    "натомість водночас зокрема тепер"
)


# The endings of Ukrainian finite verbs (past, present, future): only such words are looked up.
_UK_VERB_ENDINGS = (
    "в", "ла", "ло", "ли", "є", "ють", "ить", "ать", "ять", "уть", "ме", "муть", "ться",
    "ся", "сь", "іть", "е", "іг", "яг", "ріс", "ніс", "віз", "ер",
)  # fmt: skip


_UK_LISTED_NAME = re.compile(rf"^[А-ЯІЇЄҐ][^,;:—]+?{_UK_LISTED_FIELDS}$")


_UK_TIME_AFTER_FROM = _set(
    "початку кінця середини січня лютого березня квітня травня червня липня серпня вересня "
    "жовтня листопада грудня"
)
_UK_OPENING_PREPOSITIONS = _set("На За Для Через Після Перед Від По Про Під Над Між Попри Завдяки")


def _uk_acting_np(text: str) -> str | None:
    """The words a Ukrainian sentence opens with before its first verb, up to a preposition:
    "Національний банк України у жовтневому прогнозі погіршив …" → "Національний банк
    України"; "Прокуратура Одеської області розпочала …" → "Прокуратура Одеської області"."""
    lead = _UK_LEAD.match(text)
    offset = lead.end() if lead else 0
    words = tokens(text[offset:])
    if words and text[offset:].split(" ", 1)[0] in _UK_OPENING_PREPOSITIONS:
        # "На відшкодування вартості ліків держава спрямувала …": what for, then who.
        return None
    np_end = None
    for n, (start, _end, word) in enumerate(words[:14]):
        if n and np_end is None and word in ("його", "її", "їх"):
            # "У Радянському Союзі його вирощували": a pronoun, the object, before the verb:
            # what opened the sentence was where, not who.
            return None
        if n and word.endswith(_UK_VERB_ENDINGS) and word.islower() and morphology.is_verb(word):
            opening = text[offset : offset + start].rstrip()
            if "," in opening and not _UK_LISTED_NAME.match(opening):
                # "Міністерство економіки, довкілля та сільського господарства оцінює": the
                # commas are the name's; any other comma ends the subject.
                return None
            end = np_end if np_end is not None else start
            phrase = text[offset : offset + end].strip()
            last = phrase.rsplit(None, 2)[-2:]
            if (
                len(last) == 2
                and last[1].lower() in _UK_BARE_HEADS
                and last[0][:1].islower()
                and not morphology.is_adjective(last[0])
            ):
                # "Ще п'ятьох учасників схеми суд засудив …": whom first, then the court
                # that acted — the one named before.
                return last[1]
            return phrase or None
        if (
            n
            and np_end is None
            and word == "у"
            and n + 2 < len(words)
            and words[n + 1][2] == "складі"
            and text[offset + words[n + 2][0]].isupper()
        ):
            # "Колегія суддів … у складі Верховного Суду відхилила": the court it sits in is
            # part of who acted.
            continue
        if (
            n
            and np_end is None
            and (
                word in _UK_PREPOSITIONS
                or word in _UK_ADVERBS
                or word in _UK_WHEN
                # "Вищий антикорупційний суд заочно засудив": how, not the body's name.
                or (word.islower() and word.endswith("о") and morphology.is_adverb(word))
            )
            # "Державна служба України з питань праці": a complement of the body's name.
            and not (word in ("з", "із") and words[n + 1 : n + 2] and words[n + 1][2] == "питань")
            # "Державна служба України з лікарських засобів та контролю за наркотиками": its
            # field, when a body's head came before.
            and not (
                word in ("з", "із", "та", "за")
                and words[n + 1 : n + 2]
                and _uk_body_head([w for _s, _e, w in words[:n]]) is not None
                and not morphology.is_verb(words[n + 1][2])
                # "… за наркотиками з початку року перевірила", "… області з вересня провело":
                # a time, not the name's field.
                and words[n + 1][2] not in _UK_TIME_AFTER_FROM
            )
            # "Головне управління Держпродспоживслужби у Волинській області": its region.
            and not (
                word in ("у", "в")
                and words[n + 2 : n + 3]
                and text[offset + words[n + 1][0] : offset + words[n + 1][0] + 1].isupper()
                and words[n + 2][2] in ("області", "районі")
            )
        ):
            # "Національний банк України минулого тижня зберіг …": the time is no name.
            np_end = start
    return None


_THAT_AFTER = re.compile(r"\s*(?:on\s+\w+\s+)?that\b")
_JUDGE = re.compile(r"\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate)\b")
_COURT_ACT = re.compile(
    r"\s*,?\s*(?:also\s+|then\s+|on\s+\w+\s+)?(?:sentenced|ordered|fined|jailed|ruled|"
    r"acquitted|convicted|banned|awarded|dismissed|rejected|granted|imposed)\b"
)
_BODY_IN_PRESENT = re.compile(
    r"^The\s+(?P<head>[a-z]+)\s+(?:also\s+|now\s+)?"
    # ("The sanctuary covers about 3,800 square miles": what it is, no act of its own.)
    r"(?P<verb>(?!is\b|has\b|was\b|says\b|covers\b|spans\b|stretches\b|lies\b|includes\b|"
    r"contains\b|encompasses\b|borders\b)[a-z]{2,}[^s\W]s)\s+(?!that\b)"
)
_PASSIVE_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    # ("Madagascar is struck by three to four cyclones a year".)
    r"(?:[a-z]+ed|struck|hit|paid|sold|bought|spent|shut|frozen|drawn|sent|led|met|run|"
    r"held|kept|built|made|taken|given|found|won|lost|set|cut|brought|told|written|chosen)\b"
)
_COUNTED_SUBJECT = re.compile(
    r"^(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds)\s+of\b"
)
_IT_RULED = re.compile(
    r"^It\s+(?:also\s+)?(?:gave|sentenced|jailed|fined|ordered|acquitted|convicted|imposed|"
    r"banned|upheld|dismissed|confiscated|"
    # "It released 500 million CFP francs for emergency aid": the government named before.
    r"released|allocated|approved|pledged|earmarked|declared|set\s+aside)\b"
)
# "Its officers found asbestos sheeting": the body named before, through its own people.
_ITS_STAFF_FOUND = re.compile(
    r"^(?:Its|Their)\s+(?:officers|inspectors|investigators|staff|scientists|researchers|"
    r"rangers|officials|teams|auditors|engineers)\s+(?:also\s+)?(?:found|discovered|seized|"
    r"recovered|counted|recorded|arrested|detected|identified|removed|confiscated)\b"
)
# What a body named by one word is said to be, past a place: "a research body", "a charity".
_ONE_WORD_BODY_KIND = re.compile(
    r"\b(?:body|group|organi[sz]ation|institute|agency|association|society|charity|union|"
    r"federation|foundation|council|network|company|firm|cooperative|co-operative)$"
)
_LEADING_APPOSITION = re.compile(
    # ("The Financial Market Authority (FMA), the principality's regulator, withdrew …": the
    # name may run to eight words, with its short name.)
    r"^(?P<np>(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|di|de|del|du|of|for|and)){0,7}"
    r"(?:\s+\([A-ZÀ-Þ][\w ]{1,12}\))?),\s+"
    r"(?P<what>(?:the\s+|a\s+|an\s+|(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*['’]s\s+)[a-z][^,;:]{2,60}),\s+"
)
# "The state grain board, Toprak Mahsulleri Ofisi (TMO), set …": what it is, then its name.
_LEADING_DESCRIPTION = re.compile(
    r"^(?P<what>(?:The|A|An|[A-Z][\w'’-]*['’]s)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}),\s+"
    r"(?P<np>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|di|de|del|of|for)){0,6}"
    r"(?:\s+\([A-ZÀ-Þ][\w ]{1,12}\))?),\s+"
)
_LEADING_RELATIVE = re.compile(r"^(?P<np>[^,;:\"“”]{3,80}),\s+which\b[^,;:\"“”]{1,120},\s+")


_UK_OBJECT_FIRST = re.compile(
    r"^[^.;:«»]{3,120},\s+(?P<head>суд|уряд|поліція|прокуратура)\s+"
    r"(?=[а-яіїєґ'’]+(?:в|ла|ло|ли)\b)"
)
_LISTED_THEN_ACT = re.compile(rf"{_LISTED_FIELDS_AFTER.pattern}(?=\s+[a-z])")
_LISTED_OPENING = re.compile(
    r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+of\s+[A-Z][\w-]*"
)
_UK_OBJECT_VERB_BODY = re.compile(
    # ("Мобільну котельню для лікарні передала Програма розвитку ООН": the object's words.)
    r"^(?P<object>[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+){0,4}?)\s+"
    r"(?P<verb>[а-яіїєґ'’]+(?:в|ла|ло|ли))\s+"
    r"(?P<np>[А-ЯІЇЄҐ][^,;:.«»—]+?)(?=\s*(?:[,;:.—]|$))"
)
_UK_LEGAL_ACT = re.compile(
    r"(?:^|\s)(?:закон|кодекс|стаття|постанова|указ|вирок|договір|законодавство)$", re.I
)
_UNIVERSITY = re.compile(
    r"\bUniversity\b|\bHospital\b|\bMedical\s+Cent(?:re|er)\b|\bуніверситет|\bлікарн"
    # "The Sierra Leone Red Cross Society has set up a camp": a society's or a fund's own act.
    r"|\bRed\s+(?:Cross|Crescent)\b|\b(?:Society|Foundation|Federation|Association|Fund)$",
    re.I,
)


# A sentence passed, with nobody named passing it: "Four accomplices received sentences of
# …", "Two of the crew were given suspended sentences", "Його спільника засудили до …".
_SENTENCED = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:sentenced|jailed|acquitted|given\s+(?:a\s+)?"
    r"(?:suspended\s+|prison\s+|jail\s+)?sentences?)\b"
    r"|\b(?:received|got)\s+(?:(?:a\s+)?(?:suspended\s+|prison\s+|jail\s+)?sentences?\s+of\b|"
    r"\w+\s+(?:years?|months?)\b)"
)
# ("… the Beltracchi affair, in which a forger was jailed in 2011": another case's.)
_BACKGROUND_CLAUSE = re.compile(r"\b(?:in which|in whose|when|after|коли|після)\b")
_UK_SENTENCED = re.compile(
    r"\b(?:засудили\s+до|виправдали|отримал[аио]?\s+(?:по\s+)?[\w'’]+\s+(?:рок|рік|міс)|"
    r"призначили\s+(?:по\s+)?[\w'’]+\s+(?:рок|рік|міс))"
)


# A party, and what it won: its result is the count's.
_PARTY = re.compile(
    r"(?i)\b(?:party|parties|coalition|alliance|bloc|партія|партії|коаліція|блок|альянс)\b"
)
_ELECTION_RESULT = re.compile(
    r"\b(?:won|took|came|finished|secured|gained|lost|got|polled|"
    r"посіла|посів|набрала|набрав|здобула|здобув|отримала|отримав|виборола|вибороли|втратила)\b"
    r"[^.;]*(?:%|\bseats?\b|\bvotes?\b|мандат|місц|голос)"
)
# A judge's order by a pronoun: "She ordered him to repay …", "He also fined the company …".
_HE_ORDERED = re.compile(
    r"(He|She)\s+(?:also\s+)?(?:ordered|sentenced|fined|jailed|acquitted|ruled|banned)\b"
)


# A company named in full by its legal or corporate word, and its own forecast.
_COMPANY_NAME_END = re.compile(
    r"\s(?:Group|Company|Corporation|Co-operative|Cooperative|Holdings|Ltd|PLC|plc|Inc)$"
)
_OWN_FORECAST = re.compile(r"\b(?:cut|raised|lowered|kept|held)\s+its\s+(?:\w+\s+)?forecast\b")


@lru_cache(maxsize=8192)
def acting_subject(text: str) -> Speaker | None:
    """The official body a sentence opens with, when it is the one acting.

    "The prosecutor general has sent …", "Turkey's central bank held …",
    "Національний банк України зберіг …": an official body's act is its claim. A
    sentence passed with no one named passing it is the court's the article named.
    """
    acting = _acting_subject(text)
    if (
        acting is not None
        and acting.name
        and _PARTY.search(acting.name)
        and _ELECTION_RESULT.search(text)
    ):
        # "The party took 47.6% of the vote", "Національна коаліція посіла друге місце з
        # 19,8%": a party's result is the count's, not a claim of the party.
        return None
    if acting is None:
        passed = (_SENTENCED if _is_latin(text) else _UK_SENTENCED).search(text)
        if passed and not _BACKGROUND_CLAUSE.search(text, 0, passed.start()):
            return Speaker(None, ClaimantKind.OFFICE, True, ref="court")
    return acting


def _acting_subject(text: str) -> Speaker | None:
    if _is_latin(text):
        ordered = _HE_ORDERED.match(text)
        if ordered:
            # "She ordered him to repay $41,600": the judge the article named before, acting.
            gender = "femn" if ordered.group(1) == "She" else "masc"
            return Speaker(None, ClaimantKind.PERSON, ref="he", description=gender)
        if _IT_RULED.match(text) or _ITS_STAFF_FOUND.match(text):
            # "It gave his co-defendants 160 hours of community service": the court (or body)
            # the article spoke of last.
            return Speaker(None, ClaimantKind.OFFICE, True, ref="they")
        aside = _LEADING_RELATIVE.match(text)
        if aside:
            # "The National Bank of Serbia, which targets inflation of 3%, kept …": the body
            # acts past the aside that describes it.
            text = f"{aside.group('np')} {text[aside.end() :]}"
        described = _LEADING_APPOSITION.match(text)
        if described:
            # "The Tribunale Unico, San Marino's court of first instance, on Wednesday jailed
            # …": a body named, then what it is.
            kind = _body_apposition(described.group("what")) or _body_apposition(
                # ("Fundecitrus, a research body funded by growers, cut …": what it is, before
                # the clause.)
                _RELATIVE_INSIDE.split(described.group("what"), maxsplit=1)[0]
            )
            if kind is not None and " " not in described.group("np").strip():
                # ("Kano, the commercial centre of northern Nigeria, has …": one word, a place,
                # unless what it is is a body's kind.)
                head = _RELATIVE_INSIDE.split(described.group("what"), maxsplit=1)[0]
                if not _ONE_WORD_BODY_KIND.search(head):
                    kind = None
            if kind is not None:
                name = re.sub(r"^[Tt]he\s+", "", described.group("np"))
                # "The Financial Market Authority (FMA)": its short name apart.
                short = _ALIAS.search(name)
                aliases = (short.group("alias"),) if short else ()
                name = _ALIAS.sub("", name).strip()
                rest = text[described.end() :]
                if _SUBJECT.match(f"{described.group('np')} {rest}"):
                    return Speaker(
                        name,
                        kind,
                        kind != ClaimantKind.ORGANISATION,
                        description=described.group("what"),
                        aliases=aliases,
                    )
        named_after = _LEADING_DESCRIPTION.match(text)
        if (
            named_after
            # ("The bank, Seven Mile Trust, found out …": the bank the article spoke of.)
            and len(named_after.group("what").split()) >= 3
            and _SUBJECT.match(f"It {text[named_after.end() :]}")
        ):
            # "The state grain board, Toprak Mahsulleri Ofisi (TMO), set …": the body the
            # description names.
            kind = _body_apposition(named_after.group("what"))
            body = speaker_en(named_after.group("np"))
            if kind is not None and body.name and body.kind != ClaimantKind.MEDIA:
                return Speaker(
                    body.name,
                    kind,
                    kind != ClaimantKind.ORGANISATION,
                    description=named_after.group("what"),
                    aliases=body.aliases,
                )
        listed = _LISTED_OPENING.match(text)
        tail = _LISTED_THEN_ACT.match(text, listed.end()) if listed else None
        if tail and _SUBJECT.match(f"It{text[tail.end() :]}"):
            # "Quebec's Ministry of Agriculture, Fisheries and Food has set aside C$12 million":
            # the commas are the name's.
            named = speaker_en(text[: tail.end()])
            if named.name and named.kind not in (None, ClaimantKind.PERSON):
                return named
        present = _BODY_IN_PRESENT.match(text)
        if present and present.group("head") in BODY_KINDS:
            # "The association buys from about 5,000 growers": the body named before, by its
            # head noun, doing what it does.
            speaker = speaker_en(f"the {present.group('head')}")
            if speaker.ref.startswith("head:"):
                return speaker
        m = _SUBJECT.match(text)
        if m is None or re.search(r"\b(?:that|which|who|heard|said)\b", m.group("np")):
            return None
        if _COUNTED_SUBJECT.match(m.group("np")):
            # "Seven of the 16 members … lost their seats": a count of people, no body.
            return None
        if _PASSIVE_AFTER.match(text, m.end("np")):
            # "The president is elected for five years": done to it, not done by it.
            return None
        speaker = speaker_en(_clean_who(m.group("np")))
        if (
            speaker.kind == ClaimantKind.PERSON
            and speaker.name
            and _JUDGE.search(speaker.description)
            and _COURT_ACT.match(text, m.end("np"))
        ):
            # "U.S. District Judge Amy Berman Jackson sentenced him to 87 months": the judge,
            # acting for the court.
            return speaker
    else:
        np = _uk_acting_np(text)
        if np is None:
            late = _UK_OBJECT_FIRST.match(text)
            if late:
                # "Його спільника, 29-річного хіміка з Черкас, суд засудив до семи років": the
                # one sentenced first, then the court that acted (named before).
                np = late.group("head")
        after = _UK_OBJECT_VERB_BODY.match(text) if np is not None else None
        # ("Мобільну котельню": the object's noun is its last word.)
        noun = np.split()[-1] if np else ""
        if (
            after
            and after.group("object").startswith(np)
            and morphology.is_verb(after.group("verb"))
            and (
                _uk_object_only(noun) or not morphology.may_be_subject_of(noun, after.group("verb"))
            )
        ):
            # "Схему викрила Національна служба здоров'я України, яка помітила …": the object,
            # the act, then the body that acted.
            body = speaker_uk(after.group("np"), None)
            np = after.group("np") if body.kind not in (None, ClaimantKind.PERSON) else None
        if np is not None and _UK_LEGAL_ACT.search(np):
            # "За одержання неправомірної вигоди закон передбачає …": a law is nobody's word.
            return None
        if np is None or _uk_object_only(np):
            # "Жінку визнали винною …": done to her, by nobody the words before name.
            return None
        head, comma, fields = np.partition(",")
        if _uk_thing_of_a_body((head if comma else np).split()):
            # "Збитки енергопостачальній компанії оцінили …": what was counted, and whose; no
            # body that acted.
            return None
        speaker = speaker_uk(head if comma else np, None)
        if np.startswith("«") and speaker.kind == ClaimantKind.ORGANISATION and speaker.name:
            # "Торік «Ліси України» продали 417 тисяч дерев": a company in guillemets acts as a
            # body when the article named it so before.
            return replace(speaker, ref="alias")
        if comma and speaker.name:
            # "Міністерство економіки, довкілля та сільського господарства": its listed
            # fields are the name's.
            speaker = replace(speaker, name=f"{speaker.name},{fields}")
    if speaker.ref in ("alias", "surname") and speaker.name and " " not in speaker.name:
        # "Nordavia cut its forecast": a body only if the article named one so before.
        return speaker
    if speaker.ref.startswith("head:") and speaker.definite and text[:4] == "The ":
        # "The institute raised the alert level": the institute named before, if any.
        return speaker
    if speaker.ref.startswith("head:") and not _is_latin(text) and speaker.official:
        # "Лабораторія центру виявила …": the centre the article named before, if any.
        return speaker
    if (
        speaker.name is None
        or speaker.generic
        or not (
            speaker.official
            or _INTERNATIONAL.match(speaker.name)
            # "Cardiff University postponed its graduation", "Sheba Medical Center has treated
            # 87 patients": a university's, a hospital's or a society's own act.
            or _UNIVERSITY.search(speaker.name)
            # "Fonterra Co-operative Group cut its forecast": a company named in full, its own
            # forecast.
            or (
                speaker.kind == ClaimantKind.ORGANISATION
                and _COMPANY_NAME_END.search(speaker.name)
                and _OWN_FORECAST.search(text)
            )
        )
        or speaker.kind == ClaimantKind.PERSON
        or name_key(speaker.name) in GENERIC_GROUPS
    ):
        return None
    if speaker.ref.startswith("head:") and not speaker.definite:
        return None
    return speaker
