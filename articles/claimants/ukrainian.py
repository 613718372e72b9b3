"""Ukrainian attributions: *повідомив голова … <ім'я>*, *за словами X*, *повідомили в X*,
*— сказала <прізвище>*, *X заявив*, and the speaker they name, in the nominative
(``speaker_uk``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from articles import morphology
from articles.claimants.english import (
    _has_expert_title,
    _has_official_title,
    _is_generic,
    speaker_en,
)
from articles.claimants.speakers import NOBODY, Attribution, ClaimantKind, Speaker
from articles.claimants.vocabulary import (
    _MEDIA,
    _UK_ACRONYMS,
    _UK_BODY_STEMS,
    _UK_PREPOSITIONS,
    _UK_PRONOUNS,
    GENERIC_GROUPS,
    _set,
    _stem,
)
from articles.lexicon import tokens

_UK_VERB = re.compile(
    r"(?:повідом(?:ив|ила|ило|или|ляє|ляють)|заяв(?:ив|ила|ило|или|ляє|ляють)|"
    r"сказа(?:в|ла|ло|ли)|дода(?:в|ла|ло|ли|є|ють)|зазначи(?:в|ла|ло|ли)|зазнача(?:є|ють)|"
    r"наголоси(?:в|ла|ло|ли)|наголошу(?:є|ють)|уточни(?:в|ла|ло|ли)|розпові(?:в|ла|ло|ли)|"
    r"розповіда(?:є|ють)|поясни(?:в|ла|ло|ли)|поясню(?:є|ють)|написа(?:в|ла|ло|ли)|"
    r"підкресли(?:в|ла|ло|ли)|поінформува(?:в|ла|ло|ли)|інформу(?:є|ють)|підтверди(?:в|ла|ли)|"
    r"підтверджу(?:є|ють)|вважа(?:є|ють)|прогнозу(?:є|ють|вав|вала|вало|вали)|"
    r"спрогнозува(?:в|ла|ло|ли)|попереди(?:в|ла|ло|ли)|попереджа(?:є|ють|в|ла|ло|ли)|"
    r"оголоси(?:в|ла|ло|ли)|стверджу(?:є|ють|вав|вала|вало|вали)|заперечу(?:є|ють)|"
    r"запереч(?:ив|ила|ило|или)|звинувати(?:в|ла|ло|ли)|оціни(?:в|ла|ло|ли)|оціню(?:є|ють)|"
    r"ка(?:же|жуть)|відзвітува(?:в|ла|ло|ли)|визна(?:в|ла|ло|ли)|зауважи(?:в|ла|ло|ли)|"
    r"відзначи(?:в|ла|ло|ли)|нагада(?:в|ла|ло|ли)|нагаду(?:є|ють)|прокоментува(?:в|ла|ло|ли)|"
    r"запевни(?:в|ла|ло|ли)|попроси(?:в|ла|ло|ли)|вимага(?:є|ють|в|ла|ло|ли)|"
    r"підрахува(?:в|ла|ло|ли)|зафіксува(?:в|ла|ло|ли)|свідч(?:ать|ить)|переда(?:є|ють)|пиш(?:е|уть)|"
    r"очіку(?:є|ють)|пообіця(?:в|ла|ло|ли)|обіця(?:є|ють)|поділи(?:вся|лася|лося|лися)|"
    r"з['’]ясува(?:в|ла|ло|ли)|порад(?:ив|ила|ило|или)|"
    # "У прокуратурі встановили, що …": what an inquiry found (not "встановили генератори").
    r"встанови(?:в|ла|ло|ли)(?=,?\s+що\b)|"
    r"констатува(?:в|ла|ло|ли)|констату(?:є|ють)|анонсува(?:в|ла|ло|ли)|наводи(?:ть|в|ла|ло|ли)|наводять|"
    # "…, переконаний економіст …": whose conviction it is; "показують дані …".
    r"переконан(?:ий|а|і)|(?:в|у)певнен(?:ий|а|і)|показу(?:є|ють))"
)


_UK_VERB_WORD = re.compile(rf"^{_UK_VERB.pattern}$")


_UK_INVERTED = re.compile(
    r"(?:^|[,—–»\"”]|^[Пп]ро\s+це(?:\s+(?:[^\s,.;:!?]+\s+){0,4}?)?"
    # "Про загибель трьох людей повідомив голова громади …": what was told, then who told it.
    r"|^[Пп]ро\s+(?:[^\s,.;:!?]+\s+){1,5}?(?=(?:повідоми|заяви|розпові|сказа|поінформува))"
    # "Інформацію про п'ятьох загиблих підтвердили в ДСНС": what was confirmed, then who.
    r"|^(?:[Іі]нформацію|[Дд]ані)\s+про\s+(?:[^\s,.;:!?]+\s+){1,5}?(?=(?:підтверди|повідоми)))"
    r"\s*(?:—\s*)?(?:як\s+)?"
    r"(?P<verb>" + _UK_VERB.pattern + r")\s+"
    r"(?:(?:також|ще|раніше|журналістам|нам|виданню)\s+)?"
    # "повідомив у суботу вранці начальник …": when, between the verb and who.
    r"(?:(?:у|в)\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)\s+)?"
    r"(?:(?:вранці|зранку|увечері|ввечері|вдень|вночі|уночі|сьогодні|вчора|учора)\s+)?"
    # "— сказала в суді одна з потерпілих": where she said it, then who.
    r"(?:(?:в|у)\s+суді\s+(?=[а-яіїєґ]))?"
    # "написав у Telegram Сергій Лисак": where he wrote it, then who.
    r"(?:(?:в|у)\s+(?:Telegram|Телеграмі?|Facebook|Фейсбуці|фейсбуці|соцмережах|ефірі\s+"
    r"телемарафону)\s+)?"
    # "розповіла «Економічній правді» віцепрезидентка асоціації …": the outlet told, then who.
    r"(?:«[^»]{2,40}»\s+(?=[^\W\d_]))?"
    # ("повідомив Reuters речник губернатора …": an outlet by its Latin name, then who.)
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s+(?=[а-яіїєґ]))?"
    r"(?P<who>(?:(?:в|у)\s+)?«[^»]{2,60}»|(?:в\.\s?о\.\s+)?"
    # ("в Моторному (транспортному) страховому бюро": a word in brackets inside a name.)
    r"(?:[^,.;:!?«»\"“”()—]|\([A-ZА-ЯІЇЄҐ]{2,9}\)|\([а-яіїєґ'’]+\)(?=\s)|«[^»]{1,40}»)+)"
)


_UK_ACCORDING = re.compile(
    r"(?:^|\b)(?:(?:[Зз]а|[Зз]і)\s+(?P<pron>(?:його|її|їхніми|їх)\s+)?"
    r"(?:(?:попередніми|попередньою|останніми|офіційними|уточненими|оновленими|новими)\s+)?"
    # ("Зі слів начальника ОВА …": from his words.)
    r"(?:словами|слів|даними|інформацією|індексом|"
    r"оцінкою|оцінками|підрахунками|прогнозом|повідомленням|версією)"
    # "На думку економістки …", "На його думку": whose view it is.
    r"|[Нн]а\s+(?P<pron_view>(?:його|її|їхню|їх)\s+)?думку"
    # "Згідно з даними …", "Відповідно до звіту …": whose data or report.
    r"|(?:[Зз]гідно\s+(?:з|із|зі)|[Вв]ідповідно\s+до)\s+"
    r"(?:(?:останніми|останніх|оприлюдненими|оприлюднених|попередніми|попередніх|офіційними|"
    r"офіційних|новими|нових|оновленими|оновлених)\s+)?"
    r"(?:даними|даних|звітом|звіту|оцінкою|оцінки|прогнозом|прогнозу|підрахунками|"
    r"підрахунків|інформацією|інформації|повідомленням|повідомлення|заявою|заяви))"
    r"(?:\s+(?P<who>(?:[^,.;:!?«»\"“”()—]|«[^»]{1,40}»|\.(?=[a-z])|"
    # "за словами президентки асоціації (УАВК) Олесі …": the body's acronym, then who.
    r"\([А-ЯІЇЄҐA-Z]{2,9}\)(?=\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]))+))?"
)


_UK_SURVEY_BY = re.compile(
    r"\b(?:[Зз]гідно\s+(?:з|із)|[Зз]а)\s+(?:даними\s+)?(?:опитуванням|дослідженням|звітом|"
    r"рейтингом|підрахунками|оцінкою|даними),\s+(?:яке|який|які|що|яку)\s+"
    r"(?:[^,.;:!?«»]{0,30}?\s)?(?:оприлюдни(?:в|ла|ло|ли)|прові(?:в)|прове(?:ла|ло|ли)|"
    r"підготува(?:в|ла|ло|ли)|опублікува(?:в|ла|ло|ли)|зроби(?:в|ла|ло|ли))\s+"
    r"(?P<who>(?:[^,.;:!?«»\"“”()—]|«[^»]{1,40}»)+)"
)


# "За даними екзитполу, який соціологічна служба Infratest dimap провела для ARD": the
# pollster named before the verb of the clause.
_UK_SURVEY_MADE_BY = re.compile(
    r"\b(?:[Зз]гідно\s+(?:з|із)|[Зз]а)\s+(?:даними\s+)?(?:екзитполу|опитування|дослідження|"
    r"опитуванням|дослідженням|екзитполом),\s+(?:яке|який|які|що|яку)\s+"
    r"(?P<who>[^,.;:!?«»\"“”()—]{2,60}?)\s+(?:провів\b|(?:оприлюдни|прове|підготува|"
    r"опублікува|зроби)(?:в|ла|ло|ли)\b)"
)


_UK_CITING = re.compile(
    r"\b(?:передає|передають|пише|пишуть|повідомляє|повідомляють)\s+"
    r"(?P<outlet>«[^»]{1,40}»|[^,.;:!?]{1,40}?)\s+з\s+посиланням\s+на\s+"
    r"(?P<who>(?:[^,.;:!?«»\"“”()—]|«[^»]{1,40}»)+)"
)


_UK_MEDIA_SAYS = re.compile(
    # "нагадує «Закарпаття онлайн»": an outlet recalling what it reported is its own claim.
    r"(?:^|[,—–»\"”]\s*)(?:—\s*)?(?:пише|пишуть|передає|передають|"
    r"нагадує(?=\s+(?:«|видання|газета|телеканал|агентство|Суспільне))|"
    # "зазначає Суспільне Рівне": the public broadcaster noting, as it writes.
    r"зазначає(?=\s+(?:«Суспільне|Суспільне|видання|газета|телеканал|агентство))|"
    # "підрахувало видання": the outlet named before counted it.
    r"(?:підрахувал[оа]|підрахував|з'ясувал[оа]|з’ясувал[оа])"
    r"(?=\s+(?:видання|газета|телеканал|агентство)))\s+"
    r"(?P<who>«[^»]{2,40}»|[А-ЯІЇЄҐA-Z][\w'’.-]*(?:\s+[А-ЯІЇЄҐA-Z][\w'’.-]*){0,2}|"
    # "пише hromadske": an outlet's name in Latin letters, as it writes it.
    r"[a-z][a-z0-9.-]{2,30}|"
    # "пише агентство «АПК-Інформ»": what the outlet is, then its name.
    r"(?:агентство|видання|газета|телеканал|портал)\s+«[^»]{2,40}»|"
    # "підрахувало видання Forbes Україна": what the outlet is, then its name unquoted.
    r"(?:агентство|видання|газета|телеканал|портал)\s+[А-ЯІЇЄҐA-Z][\w'’.-]*"
    r"(?:\s+[А-ЯІЇЄҐA-Z][\w'’.-]*){0,2}|"
    # "пише видання": the outlet the article named before.
    r"(?P<outlet>видання|газета|телеканал|агентство))"
    r"(?=\s*(?:[.,;]|$))"
)


_UK_STATEMENT = re.compile(
    r"\b(?:(?:й|і)деться\s+(?:в|у)\s+(?:повідомленні|заяві|зверненні|звіті|дописі|релізі|"
    r"огляді|дослідженні|листі|відповіді|зведенні|інформації|бюлетені)"
    # "…, випливає з даних Держстату": whose data it follows from.
    r"|випливає\s+(?:з|із)\s+(?:даних|звіту|підрахунків|оцінок|огляду|дослідження))\s+"
    r"(?P<who>[^,.;:!?«»\"“”()—]+)"
)


# The document first, then what follows from it: "Із повідомлення Нацбанку випливає".
_UK_FOLLOWS_FROM = re.compile(
    r"^(?:З|Із|Зі)\s+(?:повідомлення|даних|звіту|заяви|огляду|підрахунків|оцінок|дослідження|"
    r"звернення)\s+(?P<who>[^,.;:!?«»\"“”()—]+?)\s+випливає\b"
)


# Who published the data, between the participle and the data: "Згідно з оприлюдненими
# Центральною виборчою комісією даними".
_UK_PUBLISHED_BY_BEFORE = re.compile(
    r"(?:^|\b)(?:[Зз]гідно\s+(?:з|із|зі)|[Зз]а)\s+(?:оприлюдненими|опублікованими|наданими|"
    r"зібраними|підготовленими)\s+"
    r"(?:(?:в|у)\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю)\s+|вчора\s+)?"
    r"(?P<who>[^,.;:!?«»\"“”()—]+?)\s+(?:даними|результатами|"
    r"підрахунками|оцінками)\b"
)


# Results or data and who published them: "свідчать попередні результати, оприлюднені
# земельною виборчою комісією", "За даними, оприлюдненими Держстатом".
_UK_PUBLISHED_BY = re.compile(
    r"(?:\b(?:свідчать|показують)\s+(?:[а-яіїєґ'’]+\s+){0,2}(?:результати|дані|підрахунки|оцінки)"
    r",?\s+(?:оприлюднені|опубліковані|зібрані|підготовлені|надані)"
    r"|(?:^|\b)[Зз]а\s+(?:[а-яіїєґ'’]+\s+)?(?:даними|результатами|підрахунками|оцінками),?\s+"
    r"(?:оприлюдненими|опублікованими|зібраними|підготовленими|наданими))"
    r"\s+(?P<who>[^,.;:!?«»\"“”()—]+)"
)


# "Як стало відомо «Українській правді»": the outlet that learnt it, in the dative.
_UK_BECAME_KNOWN = re.compile(
    r"\b[Яя]к\s+(?:стало\s+відомо|вдалося\s+(?:дізнатися|з['’]ясувати))\s+"
    r"(?:виданню\s+)?(?P<who>«[^»]{2,40}»|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)"
)


# "Такі дані наводить Державна служба статистики": whose data they are.
_UK_DATA_GIVEN = re.compile(
    r"^(?:Такі|Ці|Відповідні|Нові|Свіжі)\s+(?:дані|цифри|підрахунки)\s+"
    r"(?:наводить|наводять|навела|навів|навели|оприлюднила|оприлюднив|оприлюднили|"
    r"опублікувала|опублікував|опублікували|оприлюднює|публікує)\s+"
    r"(?P<who>(?:[^,.;:!?«»\"“”()—]|«[^»]{1,40}»)+)"
)


_UK_FOUND = re.compile(r"[,—]\s*(?P<verb>встанови(?:в|ла|ло|ли))\s+(?P<who>[^,.;:!?«»\"“”()—]+)")


_UK_AS_SAID = re.compile(
    r"\b[Яя]к\s+(?P<verb>повідоми(?:в|ла|ли)|повідомляє|повідомляють|заяви(?:в|ла|ли)|"
    # "Як повідомляв ДСНС": what it had reported before.
    r"повідомля(?:в|ла|ли)|заявля(?:в|ла|ли)|зазнача(?:в|ла|ли)|"
    r"зазначи(?:в|ла|ли)|"
    # "Як пише Financial Times": the outlet writing; "Як інформує Генштаб ЗСУ"; "Як
    # зазначає експерт …".
    r"пише|пишуть|передає|передають|повідомляє|інформу(?:є|ють)|розпові(?:в|ла|ли)|"
    r"зазначають|наголошують|уточнили|додали|зазначає|наголошує|пояснює|пояснюють|"
    # "Як поінформував начальник …", "Як наголосили в Офісі генерального прокурора".
    r"поінформува(?:в|ла|ли)|наголоси(?:в|ла|ли)|підкресли(?:в|ла|ли)|поясни(?:в|ла|ли)|"
    r"повідомили|заявили|зазначили|"
    # "Як свідчать дані Держстату": whose data.
    r"(?:свідчать|показують)\s+(?:дані|підрахунки|результати))\s+(?P<who>[^,.;:!?«»\"“”()—]+)"
)


# Time and place words that end the naming of a speaker: "… в четвер", "… у Telegram".
_UK_TAIL = re.compile(
    # (Not inside a quoted name: "видання «Агробізнес сьогодні»".)
    r"\s+(?![^«]*»)(?:(?:в|у|на|під\s+час)\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|"
    r"неділю|ефірі|інтерв['’]ю|коментарі|брифінгу|Telegram|Телеграмі?|Facebook|соцмережах|"
    r"заяві|зверненні|ранку|вечері)|вранці|ввечері|вчора|сьогодні|минулого|цього|раніше|"
    # "уточнила вона на своїй сторінці у Facebook": where she wrote it.
    r"на\s+(?:своїй|його|її|офіційній)\s+сторінці|"
    # "у своєму Telegram-каналі": where he wrote it.
    r"(?:у|в)\s+(?:своєму|його|її|офіційному)\s+(?:Telegram|[Тт]елеграм)[\w-]*|"
    r"журналістам|у\s+четвер|"
    # "дані … комісії Болгарії (ЦВК) після підрахунку 98% бюлетенів": when, not whose.
    r"після\s+підрахунку|станом\s+на)\b.*$",
    re.I,
)


# An outlet writing or relaying: "пише «Кременчуцький телеграф» з посиланням на …".
_UK_OUTLET = re.compile(r"\b(?:пише|пишуть|передає|передають|нагадує|повідомляє)\s+«([^»]{2,40})»")


# An outlet named without guillemets, relaying: "передає Суспільне Кропивницький з посиланням на
# поліцію".
_UK_OUTLET_BARE = re.compile(
    r"\b(?:пише|пишуть|передає|передають|повідомляє)\s+"
    r"([A-ZА-ЯІЇЄҐ][\w'’.-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.-]*){0,2})(?=\s+з\s+посиланням|\s*[,.]|$)"
)


def _media_name(name: str) -> str:
    """A medium's name as newsrooms write it: "Суспільного" → "Суспільне"."""
    words = name.split()
    first = _MEDIA.get(words[0].lower()) if words else None
    if first and len(words) > 1:
        return " ".join([first, *words[1:]])
    return _MEDIA.get(name.lower(), name)


@lru_cache(maxsize=65536)
def _is_uk_verb(word: str) -> bool:
    return bool(_UK_VERB_WORD.match(word))


def _ukrainian_attributions(text: str) -> list[Attribution]:
    lowered = text.lower()
    if (
        not any(_is_uk_verb(word) for _s, _e, word in tokens(text))
        and "за " not in lowered
        and "зі слів" not in lowered
        and "як " not in lowered
        and "йдеться" not in lowered
        and "встанови" not in lowered
        and "згідно" not in lowered
        and "відповідно" not in lowered
        and "думку" not in lowered
        and "ідеться" not in lowered
        and "випливає" not in lowered
        and "відомо" not in lowered
    ):
        return []
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, speaker: Speaker, according: bool = False) -> None:
        if any(a <= start < b or start <= a < end for a, b in taken):
            return
        found.append(Attribution(start, end, speaker, according_to=according))
        taken.append((start, end))

    published = "оприлюдн" in lowered or "опублік" in lowered
    for m in _UK_PUBLISHED_BY.finditer(text) if published else ():
        who = _UK_TAIL.sub("", m.group("who")).strip()
        add(m.start(), m.start("who") + len(who), speaker_uk(who, "ablt"), True)
    for m in _UK_PUBLISHED_BY_BEFORE.finditer(text) if published else ():
        add(m.start(), m.end("who"), speaker_uk(m.group("who"), "ablt"), True)
    for m in _UK_SURVEY_MADE_BY.finditer(text) if "," in text else ():
        speaker = speaker_uk(m.group("who"), None)
        if speaker.name and speaker.kind not in (None, ClaimantKind.PERSON):
            add(m.start(), m.end("who"), speaker, True)
    for m in _UK_ACCORDING.finditer(text):
        if m.group("pron") or m.group("pron_view"):
            pron = (m.group("pron") or m.group("pron_view")).strip().lower()
            # ("За її словами": her words; the gender of who is meant, for the memory.)
            gender = _UK_PRONOUN_GENDER.get(pron, "")
            add(
                m.start(),
                m.end(),
                Speaker(
                    None,
                    ref=_UK_PRONOUNS.get(pron, "he" if pron != "їхню" else "they"),
                    description=gender,
                ),
                True,
            )
        elif m.group("who"):
            who = _UK_TAIL.sub("", m.group("who")).strip()
            # "екзитполу соціологічної служби Forschungsgruppe Wahlen для телеканалу ZDF":
            # who made it, not whom it was made for.
            who = re.sub(r"\s+для\s+.*$", "", who)
            speaker = speaker_uk(who, "gent")
            listed = _UK_LISTED_TAIL_MINISTRY.match(text, m.start("who") + len(who))
            if listed and speaker.name and who.lower().startswith("міністерств"):
                # "За оцінкою Міністерства економіки, довкілля та сільського господарства".
                speaker = replace(speaker, name=speaker.name + listed.group(0))
            owner = _UK_WHAT_THEN_OWNER.match(who) if "індекс" in m.group(0).lower() else None
            if owner:
                # "За індексом споживчих цін Державної служби статистики": what it is, then
                # whose.
                speaker = speaker_uk(owner.group("owner"), "gent")
            site = _UK_SITE_LATIN.match(who)
            if site and speaker.name is None:
                # "за даними сайту пошуку роботи Work.ua": the site, by its Latin name.
                speaker = Speaker(
                    site.group("name"), ClaimantKind.ORGANISATION, description="company"
                )
            add(m.start(), m.start("who") + len(who), speaker, True)
    for m in (
        _UK_DATA_GIVEN.finditer(text)
        if lowered.startswith(("такі", "ці", "від", "нов", "свіж"))
        else ()
    ):
        who = _UK_TAIL.sub("", m.group("who")).strip()
        add(m.start(), m.start("who") + len(who), speaker_uk(who, "nomn"), True)
    for m in _UK_BECAME_KNOWN.finditer(text) if "відомо" in lowered or "вдалося" in lowered else ():
        who = m.group("who").strip("«»")
        if m.group("who").startswith("«"):
            who = " ".join(morphology.nominative_phrase(tuple(who.split()), "datv"))
        add(m.start(), m.end("who"), Speaker(_media_name(who), ClaimantKind.MEDIA), True)
    for m in _UK_FOLLOWS_FROM.finditer(text) if "випливає" in lowered else ():
        # "Із повідомлення Нацбанку випливає, що …": whose report it follows from.
        add(m.start(), m.end("who"), speaker_uk(m.group("who"), "gent"), True)
    for m in _UK_SURVEY_BY.finditer(text) if "," in text else ():
        # "Згідно з опитуванням, яке в листопаді оприлюднив Центр Разумкова": the pollster's.
        who = _UK_TAIL.sub("", m.group("who")).strip()
        add(m.start(), m.start("who") + len(who), speaker_uk(who, None), True)
    for m in _UK_CITING.finditer(text):
        # "передає Укрінформ з посиланням на Державну митну службу": the source cited.
        who = _UK_TAIL.sub("", m.group("who")).strip()
        if who.lower().startswith(("власн", "своє", "свої", "свій")):
            # "пише DOU з посиланням на власне опитування": the outlet's own.
            outlet = m.group("outlet").strip(" «»")
            add(
                m.start(),
                m.start("who") + len(who),
                Speaker(_media_name(outlet), ClaimantKind.MEDIA),
            )
            continue
        add(m.start(), m.start("who") + len(who), speaker_uk(who, "accs"))
    for m in _UK_MEDIA_SAYS.finditer(text):
        # "пише «Українська правда»", "передає Суспільне Рівне": the medium reports it.
        if m.group("outlet"):
            add(m.start(), m.end("who"), Speaker(None, ClaimantKind.MEDIA, ref="outlet"))
            continue
        who = m.group("who")
        quoted = _UK_QUOTED.search(who)
        name = quoted.group(1) if quoted else who.strip(" «».")
        # "видання Forbes Україна": the name after what the outlet is.
        name = re.sub(r"^(?:агентство|видання|газета|телеканал|портал)\s+", "", name)
        add(m.start(), m.end("who"), Speaker(_media_name(name), ClaimantKind.MEDIA))
    for m in _UK_STATEMENT.finditer(text):
        # "йдеться в повідомленні штабу": the body whose statement it is.
        who = _UK_TAIL.sub("", m.group("who")).strip()
        add(m.start(), m.start("who") + len(who), speaker_uk(who, "gent"))
    for m in _UK_FOUND.finditer(text) if "встанови" in text else ():
        # "…, встановив суд": what a court found is the court's.
        who = _UK_TAIL.sub("", m.group("who")).strip()
        add(m.start("verb"), m.start("who") + len(who), speaker_uk(who, None))
    for m in _UK_AS_SAID.finditer(text):
        who = _UK_TAIL.sub("", m.group("who")).strip()
        case = "gent" if " " in m.group("verb") else None
        add(m.start(), m.start("who") + len(who), speaker_uk(who, case))
    for m in _UK_INVERTED.finditer(text):
        if m.group("verb").startswith("очіку"):
            # "… «Рось Інвест» очікують зростання": expecting is said by who comes before.
            continue
        if m.start("verb") == 0 or (
            # "Про це в ефірі телемарафону заявив …": the words between are no verb of saying.
            m.group(0)[:3].lower() == "про" and not _is_uk_verb(m.group("verb"))
        ):
            continue
        if _surname_then_age(text[: m.start("verb")].rstrip()) is not None:
            # "Сливчук, 57, пообіцяв …": the age after a surname; who acts comes before.
            continue
        who = _UK_TAIL.sub("", m.group("who")).strip()
        if not who or (who.split()[0].lower() in ("що", "про", "як") and len(who.split()) > 1):
            continue
        if who.lower() in ("журналістам", "нам", "виданню", "суду", "слідству"):
            # "Марусяк, 44, сказав журналістам, що …": whom it was said to; who said it
            # comes before the verb.
            continue
        speaker = speaker_uk(who, None)
        affiliated = _UK_NAME_FROM.match(who) if speaker.name is None else None
        if affiliated:
            # "прогнозує Ґелена Сташків з Київської школи економіки": the person, and where
            # they are from as what they are.
            person = speaker_uk(affiliated.group("name"), "nomn")
            if person.kind == ClaimantKind.PERSON and person.name and " " in person.name:
                where = who[affiliated.end("name") :].strip()
                speaker = replace(person, description=person.description or where)
        listed = _UK_LISTED_TAIL.match(text, m.start("who") + len(who))
        if (
            listed
            and speaker.name
            and re.match(
                r"^(?:[ву]\s+|дані\s+)?(?:міністерств|комітет|державн\w*\s+(?:служб|агентств)|служб)",
                who.lower(),
            )
        ):
            # "в Міністерстві економіки, довкілля та сільського господарства", "у Державній
            # службі України з питань геодезії, картографії та кадастру (Держгеокадастр)":
            # one name, and its short form in brackets an alias.
            short = _UK_BRACKETED.match(text, listed.end())
            aliases = (*speaker.aliases, short.group(1)) if short else speaker.aliases
            speaker = replace(speaker, name=speaker.name + listed.group(0), aliases=aliases)
            who += listed.group(0)
        add(m.start("verb"), m.start("who") + len(who), speaker)
    in_body = list(_UK_IN_BODY_VERB.finditer(text))
    for m in in_body:
        # "Станція належить мережі «Захід-Ойл», у компанії заявили, що …": the body named.
        speaker = speaker_uk(m.group("who"), None)
        if speaker.kind not in (None, ClaimantKind.PERSON):
            add(m.start("who"), m.end("verb"), speaker)
    subject = _uk_subject(text) if not in_body else None
    if subject is not None:
        start, end, who = subject
        listed = _UK_LEADING_LISTED.match(who)
        if listed:
            speaker = speaker_uk(listed.group("head"), None)
            if speaker.name:
                speaker = replace(speaker, name=speaker.name + listed.group("tail"))
            add(start, end, speaker)
        else:
            speaker = speaker_uk(who, None)
            verb = text[:end].rsplit(None, 1)[-1]
            if speaker.kind == ClaimantKind.PERSON and speaker.name and _feminine_past(verb):
                # "Суддя Доміникія Кулебяка зазначила": a woman's name, in the nominative,
                # whatever the dictionary guesses for it.
                size = len(speaker.name.split())
                all_words = _uk_words(who)
                if (
                    size == 1
                    and len(all_words) >= 3
                    and all_words[-2][:1].isupper()
                    and all_words[-2].endswith(("а", "я"))
                    and not _has_official_title(all_words[-2])
                    and (all_words[-3].islower() or _has_official_title(all_words[-3]))
                ):
                    # "Суддя Доміника Кисілевич зазначила": a woman's first name the dictionary
                    # does not read as one, before her surname.
                    size = 2
                words = all_words[-size:]
                name = " ".join(morphology.nominative_name(tuple(words), "nomn", "femn"))
                description = " ".join(all_words[:-size]) if size == 2 else speaker.description
                speaker = replace(speaker, name=name, description=description)
            add(start, end, speaker)
    found.sort(key=lambda a: a.start)
    return found


# The months in the locative: "у жовтні".
_UK_MONTHS_IN = (
    "(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)"
)
# A body by its head noun alone, in the nominative, after an object put first.
_UK_BARE_HEADS = frozenset(
    (
        "суд",
        "уряд",
        "міністерство",
        "поліція",
        "прокуратура",
        "компанія",
        "служба",
        "банк",
        "підприємство",
        "асоціація",
    )
)


# Time and manner phrases a sentence opens with before its subject: "У 2023 році …",
# "Минулого тижня …", "Раніше …".
_UK_LEAD = re.compile(
    # "Ще напередодні …": "still" before the time word.
    r"^(?:Ще\s+(?=[а-яіїєґ]))?(?:(?:[Уу]|[Вв])\s+(?:\d{4}\s+році|"
    rf"{_UK_MONTHS_IN}(?:\s+\d{{4}}\s+року)?|понеділок|вівторок|"
    r"середу|четвер|п['’]ятницю|суботу|неділю|"
    # "У Telegram голова ОВА … написав": where, then who.
    r"Telegram|Телеграмі|Facebook|соцмережах|(?:своєму\s+)?Telegram-каналі|"
    r"ефірі(?:\s+телемарафону)?)|(?:Минулого|Цього|Наступного)\s+"
    r"(?:тижня|місяця|року|дня)|Того\s+(?:ж\s+|самого\s+)?(?:дня|тижня|місяця|року)|Минулої\s+(?:ночі|доби)|(?:Протягом|За)\s+добу?|Уночі|Вночі|"
    r"Зранку|Вранці|Ввечері|Увечері|Уранці|Удень|Опівдні|Опівночі|Вдень|Раніше|Вчора|Сьогодні|"
    r"Напередодні|напередодні|Водночас|Також|Натомість|"
    # "Для цього МОЗ додало …": what for, then who acts.
    r"Для\s+цього|Через\s+це|Саме\s+тому|Тому|Отже|"
    r"Торік|Позаторік|Нині|Наразі|"
    r"Окремо|Крім\s+цього|Тим\s+часом|Згодом|Пізніше|Потім|Відтак|"
    # "Від початку 2026 року СБУ затримала …".
    r"(?:Від|З)\s+початку\s+(?:\d{4}\s+)?(?:повномасштабного\s+|великої\s+|російського\s+)?"
    r"(?:року|місяця|тижня|війни|вторгнення)|"
    # "Під час воєнного стану Фонд гарантування вкладів …": a time, then the body.
    r"Під\s+час\s+(?:воєнного\s+стану|війни|вторгнення|карантину|пандемії|брифінгу|"
    r"пресконференції)|"
    # "За підсумками перевірки Державна аудиторська служба виявила …", "На брифінгу в
    # Міністерстві фінансів повідомили …", "У коментарі «Економічній правді» економіст …".
    r"За\s+підсумками\s+[а-яіїєґ'’]+|На\s+(?:брифінгу|пресконференції)|"
    r"(?:У|В)\s+(?:коментарі|інтерв['’]ю|розмові\s+з)\s+(?:«[^»]{2,40}»|[A-ZА-ЯІЇЄҐ][\w'’-]*)|"
    r"Зокрема|Крім\s+того)\s*,?\s+"
)


_UK_QUOTED = re.compile(r"«([^»]{2,60})»")


_UK_WHICH = re.compile(r",\s*(?:який|яка|яке|які|якого|якої|що)\b")


# The case a word before a name in guillemets puts it in: "у «Тернопільміськгазі»".
_UK_CASE_AFTER = {
    "в": "loct", "у": "loct", "даними": "gent", "словами": "gent", "оцінкою": "gent",
    "інформацією": "gent", "підрахунками": "gent", "дані": "gent", "компанії": "gent",
    "підприємства": "gent", "від": "gent", "до": "gent", "для": "gent",
}  # fmt: skip


def _uk_quoted_nominative(name: str, before: str, case: str | None) -> str:
    """A one-word name in guillemets in the nominative: "Укрфінжитла" → "Укрфінжитло"; so
    is the first word of one "of Ukraine" ("Лісів України" → "Ліси України")."""
    first, _, rest = name.partition(" ")
    if rest == "України" and first[:1].isupper():
        return f"{_uk_quoted_nominative(first, before, case)} {rest}"
    words = before.split()
    if " " in name and name[:1].isupper() and words and words[-1].lower() in ("у", "в"):
        # "У «Чорноморській азотній групі» повідомили": each word of the name in the
        # nominative, when all of them stand in the locative.
        parts = tuple(name.split())
        if all(re.fullmatch(r"[А-ЯІЇЄҐ]?[а-яіїєґ'’-]+", w) for w in parts) and morphology.has_case(
            parts[-1], "loct"
        ):
            return " ".join(morphology.nominative_phrase(parts, "loct"))
    if " " in name or not name[:1].isupper():
        return name
    last = words[-1].lower() if words else ""
    if last == "на":
        last_case = "accs" if len(words) > 1 and words[-2].lower() == "посиланням" else "loct"
    else:
        last_case = _UK_CASE_AFTER.get(last)
    wanted = last_case or case
    return morphology.nominative_phrase((name,), wanted)[0] if wanted else name


_UK_DOCUMENTS = _set("дані звіт підрахунки оцінки статистика опитування моніторинг")


# Plural people before the body they work for: "Прокурори Спеціалізованої … прокуратури".
_UK_STAFF = _set(
    "прокурори слідчі детективи рятувальники працівники співробітники фахівці представники "
    "лабораторії інспектори "
    "експерти аналітики лікарі науковці правоохоронці військові прикордонники поліцейські "
    "синоптики метеорологи епідеміологи дослідники соціологи економісти вчені митники"
)


# The outlet's own people, in the genitive: "За словами аналітиків видання".
_UK_STAFF_OF_OUTLETS = _set("аналітиків журналістів кореспондентів редакторів оглядачів")


_UK_DATIVE_PRONOUNS = _set("їм йому їй нам вам мені тобі обом обидвом обох кожному усім всім")


# The fields a body's name lists after a comma: ", довкілля та сільського господарства".
# ("…, рибного господарства та харчових програм": a field may take two words.)
_UK_LISTED_FIELDS = (
    r",\s+[а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+)?(?:,\s+[а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+)?)*\s+(?:та|і|й)\s+"
    r"[а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+)?"
)
# ("… сільського господарства України": the country after the fields is the name's too.)
_UK_LISTED_TAIL = re.compile(rf"{_UK_LISTED_FIELDS}(?:\s+України)?(?=\s*[.;(]|$)")
# "У Міністерстві економіки, довкілля та сільського господарства": a name that lists fields.
_UK_LISTED_TITLE = re.compile(
    rf"^[^,;:—«»]+{_UK_LISTED_FIELDS}\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+$"
)
_UK_LEADING_LISTED = re.compile(
    rf"^(?P<head>[УуВв]\s+[^,;:—]+?)(?P<tail>{_UK_LISTED_FIELDS}(?:\s+України)?)$"
)
# ", у компанії заявили, що": a body by its head noun, mid-sentence, before the verb.
_UK_IN_BODY_VERB = re.compile(
    r"[,;]\s+(?P<who>[ув]\s+[а-яіїєґ'’]+)\s+(?P<verb>заявили|повідомили|зазначили|уточнили|"
    r"пояснили|наголосили|додали|підтвердили|запевнили)\b"
)
# "сайту пошуку роботи Work.ua": what it is in Ukrainian, then its Latin name.
# A ministry's listed name may go on after its last field: "…, довкілля та сільського
# господарства, в Україні …".
_UK_LISTED_TAIL_MINISTRY = re.compile(rf"{_UK_LISTED_FIELDS}(?=\s*[.;(,]|$)")
_UK_SITE_LATIN = re.compile(r"^(?:[а-яіїєґ'’]+\s+){1,4}(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)$")
_UK_MONTH_TAIL = re.compile(
    rf"\s+[ув]\s+{_UK_MONTHS_IN}$"
    # "Національний банк України в квітневому інфляційному звіті прогнозував": where it said so.
    r"|\s+[ув]\s+(?:[а-яіїєґ'’-]+\s+){0,3}(?:звіті|повідомленні|заяві|огляді|прогнозі|дописі|"
    r"коментарі|листі)$"
    # "Український гідрометеорологічний центр ще в п'ятницю попереджав": when it warned.
    r"|\s+(?:(?:ще|вже|уже|також)\s+)?[ув]\s+(?:понеділок|вівторок|середу|четвер|"
    r"п['’]ятницю|суботу|неділю)$"
    # "В ОЗХЗ ще 2024 року підтвердили": the year it confirmed it.
    r"|\s+(?:(?:ще|вже|уже|також)\s+)?(?:(?:у|в)\s+)?(?:\d{4}\s+році|\d{4}\s+року|торік|"
    r"минулого\s+(?:тижня|місяця|року))$"
)
_UK_QUOTED_THEN_ROLE = re.compile(r"^[А-ЯІЇЄҐ][\w'’-]+\s+«(?P<name>[^»]{2,40})»,\s+[^,«»]+,?$")
_UK_BRACKETED = re.compile(r"\s*\(([А-ЯІЇЄҐ][\w'’-]{1,30})\)")


_UK_OWNED_BY = re.compile(
    r"^[ВвУуНн]а?\s+[^,«»]{3,40},\s+(?:яке|який|яка|які)\s+належ(?:ить|ать)\s+"
    r"(?P<np>(?:компанії|холдингу|групі|концерну|корпорації)\s+«[^»]{2,60}»),?$"
)


_UK_SITE_NAMED = re.compile(
    r"^[ВвУуНн]а?\s+(?:підприємстві|компанії|заводі|холдингу|шахті)\s+"
    r"(?P<np>«[^»]{2,60}»),\s+(?:якому|якій|яке|який|якій)\b[^,«»]*,?$"
)


_UK_ROLE_THEN_NAME = re.compile(
    r"^[^,«»]{3,80},\s+(?P<np>(?:компанія|підприємство|концерн|холдинг|корпорація|агрохолдинг|"
    r"група|асоціація|об'єднання|фонд)\s+«[^»]{2,60}»),?$"
)


def _uk_thing_of_a_body(words: list[str]) -> bool:
    """ "Збитки енергопостачальній компанії": a thing, then the body it belongs to in another
    case — no body's name ("Прокурори … прокуратури", "Лабораторія центру": its staff)."""
    found = _uk_body_head([w.lower() for w in words])
    return (
        found is not None
        and found[0] > 0
        and not words[0].isupper()
        and not words[0].startswith("«")
        and not any(w.lower() in _UK_STAFF for w in words[: found[0]])
        and not words[0].lower().startswith(("лабораторі", "прес-служб", "пресслужб"))
        and not morphology.is_adjective(words[0])
        and morphology.case_of(words[found[0]]) not in (None, "nomn")
        # ("Голова Херсонської обласної військової адміністрації Олександр Прокудін": a title
        # and a person.)
        and not _has_official_title(words[0])
        and not _has_expert_title(words[0])
        and not any(w[:1].isupper() for w in words[found[0] + 1 :])
        # ("дані міністерства": whose figures.)
        and words[0].lower() not in _UK_DOCUMENTS
    )


def _uk_object_only(words: str) -> bool:
    """One word that can only be an object: "Жінку", "Лікарню" (the accusative); "Чоловіка"
    (a man's accusative is his genitive); never a pronoun in the nominative ("Вона")."""
    if words.lower() in ("він", "вона", "воно", "вони"):
        return False
    case = morphology.case_of(words) if " " not in words else None
    return (
        # "Профспілки", "Лікарні": a genitive in form, a plural nominative as often.
        (case == "accs" or (case == "gent" and words.endswith(("а", "я", "ого"))))
        and not morphology.has_case(words, "nomn")
    )


# An age in apposition before the verb: "Марусяк, 44, сказав", "Іваненко, 52 роки, додав".
_UK_AGE_APPOSITION = re.compile(r",\s*\d{1,3}(?:\s+(?:рік|роки|років))?,$")


def _surname_then_age(before: str) -> re.Match | None:
    """The age in apposition when the words before a verb are one surname and an age
    ("Марусяк, 44,"); None otherwise."""
    aged = _UK_AGE_APPOSITION.search(before)
    return aged if aged and " " not in before[: aged.start()] else None


# A title, a relative clause about what it is of, then the name: "Директор логістичної
# компанії, якій належить склад, Панкратій Скоморох".
_UK_TITLE_CLAUSE_NAME = re.compile(
    r"^(?P<title>[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:\s+[а-яіїєґ'’-]+){1,4}),\s+"
    r"(?:який|яка|яке|які|якій|якому|якого|якої|яким|що)\s+[^,;:—«»\"“”()]+,\s+"
    r"(?P<name>[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+)$"
)
# A region's administration by its acronym: "Запорізької ОВА", "Харківська ОДА".
_UK_REGION_ACRONYM = re.compile(
    r"(?:[УуВв]\s+)?(?P<adjective>[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ька|ької|ькій|ьку|ькою|цька|цької|"
    r"цькій|ська|ської|ській|ську|ською))\s+(?P<acronym>ОВА|ОДА|МВА|РВА|РДА)"
)
# A body's press office: "пресслужба Запорізької ОВА", "у пресцентрі ДПСУ".
_UK_PRESS_OFFICE = re.compile(
    r"^(?:(?:у|в)\s+)?(?:прес-?служб|прес-?центр|прес-?бюро)[а-яіїєґ]*\s+(?P<body>.+)$", re.I
)
# A title alone, in the nominative: "міський голова", "мер", "речниця".
_UK_BARE_TITLE = re.compile(
    r"(?:(?:міський|сільський|селищний)\s+)?(?:голова|мер|староста|речник|речниця)"
)
# A name, then where the person is from: "Ґелена Сташків з Київської школи економіки".
_UK_NAME_FROM = re.compile(
    r"^(?P<name>[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+)\s+(?:з|із)\s+"
    r"(?P<where>[А-ЯІЇЄҐ«].*)$"
)
# A name, then what the person is between commas, before the verb: "Мирон Гуцуляк, голова
# громади,".
_UK_NAME_THEN_TITLE = re.compile(
    r"^(?P<name>[А-ЯІЇЄҐ][а-яіїєґ'’-]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+),\s+"
    r"(?P<title>[а-яіїєґ][а-яіїєґ'’-]*(?:\s+[^,;:—«»\"“”()\s]+){0,5}),$"
)
# A subject, then a relative clause about it between commas, before the verb.
_UK_SUBJECT_WHICH = re.compile(
    r"^(?P<np>[^,;:—«»\"“”()]+),\s+(?:який|яка|яке|які)\s+[^,;:—«»\"“”()]+,$"
)


# Who told it, after a comma later in the sentence: ", уточнили в прокуратурі".
_UK_TOLD_AFTER = re.compile(rf",\s+(?:[^\s,]+\s+){{0,3}}?(?:{_UK_VERB.pattern})\b")


def _feminine_past(verb: str) -> bool:
    """ "зазначила", "повідомила": a verb of saying in the past, said by a woman."""
    return verb.lower().endswith("ла") and _is_uk_verb(verb.lower())


def _uk_subject(text: str) -> tuple[int, int, str] | None:
    """ "Повітряні сили ЗСУ повідомили, що …": the words before the first attribution verb."""
    words = tokens(text)
    for n, (start, end, word) in enumerate(words[:14]):
        if _is_uk_verb(word) or (
            # "У прокуратурі встановили, що …": what an inquiry found.
            word in ("встановили", "встановило", "встановив", "встановила")
            and re.match(r",?\s+що\b", text[end:])
        ):
            if (
                word.startswith("визна")
                and re.match(r"[^.;]{0,60}?\bвинн", text[end:])
                and _UK_TOLD_AFTER.search(text, end)
            ):
                # "Суд визнав чоловіка винним …, уточнили в прокуратурі": the court's finding,
                # told by who the sentence says told it.
                continue
            if n == 0:
                return None
            before = text[:start].rstrip()
            aged = _surname_then_age(before)
            if aged is not None:
                # "Марусяк, 44, сказав": the age in apposition after a surname is not the
                # subject (a private person's account, "Учителька … Олена Савчук, 52 роки,
                # розповіла", stays unattributed, as the sets label it).
                before = before[: aged.start()]
            if before.startswith(("У ", "В ")) and before.endswith(","):
                # "У Сухопутних військах, яким підпорядковані ТЦК, заявили": the body.
                before = before[: before.index(",")]
            owned = _UK_OWNED_BY.match(before) or _UK_SITE_NAMED.match(before)
            if owned:
                # "На підприємстві, яке належить компанії «Рось-Агрохолдинг», заявили": the owner.
                return 0, end, owned.group("np")
            quoted = _UK_QUOTED_THEN_ROLE.match(before)
            if quoted:
                # "Агрохолдинг «Золотий жовток», найбільший виробник яєць у країні, повідомив";
                # "Газета «Праця», яку …, пише": a medium by what it is.
                what = before.split(maxsplit=1)[0].lower()
                if what in _UK_OUTLET_WORDS:
                    return 0, end, f"{what} «{quoted.group('name')}»"
                return 0, end, f"«{quoted.group('name')}»"
            named = _UK_ROLE_THEN_NAME.match(before)
            if named:
                # "Власник підприємства, компанія «Дніпроагромаш», заявила": the company.
                return 0, end, named.group("np")
            if _UK_LEADING_LISTED.match(before):
                # "У Міністерстві економіки, довкілля та сільського господарства заявили".
                return 0, end, before
            unquoted = _UK_QUOTED.sub("", before)
            last = unquoted.rsplit(",", 1)[-1].strip()
            if "," in unquoted and last.lower() in _UK_BARE_HEADS:
                # "Шкоду, завдану довкіллю, суд оцінив у 58,6 млн гривень": the object and its
                # aside first, then who acted — the body named before.
                return start - len(last) - 1, end, last
            head_words = unquoted.split()
            if (
                len(head_words) >= 3
                and head_words[-1].islower()
                and morphology.is_adverb(head_words[-1])
            ):
                # "Непродані дерева підприємство безкоштовно передає": how it acts, after who.
                head_words = head_words[:-1]
            if (
                len(head_words) >= 2
                and head_words[-1].lower() in _UK_BARE_HEADS
                and head_words[-2][:1].islower()
                and not morphology.is_adjective(head_words[-2])
            ):
                # "Збитки компанії суд оцінив у 2,37 млн гривень": the object first, then the
                # court that acted ("Господарський суд" keeps its adjective).
                head_start = text.rfind(head_words[-1], 0, start)
                return head_start, end, head_words[-1]
            which = _UK_SUBJECT_WHICH.match(before)
            if which:
                # "Мистецтвознавиця Зіновія Підкова, яка проводила експертизу, пояснила": who,
                # then a clause about them between commas, then the verb — an expert, an
                # official or a body (a resident's account, "Мешканка … Валентина, яка …,
                # розповіла", stays a private one's).
                who = speaker_uk(which.group("np"), None)
                if who.kind == ClaimantKind.PERSON and not (who.official or who.expert):
                    return None
                before = unquoted = which.group("np")
            appositive = _UK_NAME_THEN_TITLE.match(before)
            if appositive:
                # "Мирон Гуцуляк, голова громади, повідомив": the name, then what they are.
                who = speaker_uk(f"{appositive.group('title')} {appositive.group('name')}", None)
                if who.kind == ClaimantKind.PERSON and who.name and (who.official or who.expert):
                    return 0, end, f"{appositive.group('title')} {appositive.group('name')}"
            titled = _UK_TITLE_CLAUSE_NAME.match(before)
            if titled:
                # "Директор логістичної компанії, якій належить склад, Панкратій Скоморох
                # сказав": a title, a clause about what it is of, then the name.
                who = speaker_uk(f"{titled.group('title')} {titled.group('name')}", None)
                if who.kind == ClaimantKind.PERSON and (who.official or who.expert):
                    before = unquoted = f"{titled.group('title')} {titled.group('name')}"
            participle = _UK_NAME_THEN_PARTICIPLE.fullmatch(before.rstrip(","))
            if participle and speaker_uk(participle.group("name"), None).kind not in (
                None,
                ClaimantKind.PERSON,
            ):
                # "Реєстр збитків, завданих агресією Російської Федерації проти України,
                # повідомив": a body's name that goes on past its comma with a participle.
                return 0, end, before.rstrip(",")
            if any(mark in unquoted for mark in ',;:—"“”') and not _UK_LISTED_TITLE.match(before):
                # "Заступник міністра економіки, довкілля та сільського господарства Денис
                # Бабенко заявив": the commas of a listed name in the title are no clause.
                return None
            lead = _UK_LEAD.match(before)
            if lead:
                before = before[lead.end() :]
            # "Економіст … в ефірі телемарафону сказав": where or when, after who.
            before = _UK_TAIL.sub("", before) or before
            before = re.sub(
                r"\s+(?:також|вже|уже|раніше|неодноразово|теж|сам|сама|офіційно|ще|натомість|"
                r"водночас|зокрема|тепер|нині|ж|же)$",
                "",
                before,
            )
            if before.endswith((" і", " й", " та")):
                # "Фахівці служби оглянули схил і попередили": who did the first act.
                acted = next(
                    (
                        m.start()
                        for m in re.finditer(r"(?<=\s)[а-яіїєґ'’]+(?:ли|ла|ло|в)\b", before)
                        if morphology.is_verb(m.group(0))
                    ),
                    None,
                )
                if acted is not None:
                    before = before[:acted].rstrip()
            tail = before.rsplit(" ", 1)
            if len(tail) == 2 and tail[1].islower() and morphology.is_adverb(tail[1]):
                # "Тульчинська міська рада попередньо оцінює": how, not the body's name.
                before = tail[0]
            before = re.sub(r"^(?:Водночас|Також|Крім того|Натомість|Зокрема)\s+", "", before)
            lead = _UK_LEAD.match(before)
            if lead:
                before = before[lead.end() :]
            # "Національний банк України в жовтні прогнозував": the month is no name.
            before = _UK_MONTH_TAIL.sub("", before)
            place = re.match(r"^(?:[ВвУу]|[Нн]а)\s+(?P<rest>[А-ЯІЇЄҐ][а-яіїєґ'’-]+)$", before)
            if place and _uk_body_head([place.group("rest").lower()]) is None:
                # "Минулого року в Україні зафіксували 74 випадки": recorded in a place, by
                # nobody the sentence names.
                return None
            if before.lstrip('«"“').lower() in _UK_DATIVE_PRONOUNS or before.lower() in (
                "його",
                "її",
                "їх",
            ):
                # "Їм повідомили про підозру": told to them, by nobody the sentence names;
                # "Його визнали винним": the one it was done to.
                return None
            if _uk_object_only(before):
                # "Жінку визнали винною": a noun in the accusative, the one it was done to.
                return None
            name = before.split()[-2:]
            # ("Речниця комісії Величка Стоянова сказала": a verb in the singular has its
            # subject before it, whatever case the dictionary guesses for her name.)
            if (
                word.lower().endswith("ли")
                and len(name) == 2
                and all(
                    w[:1].isupper() and morphology.name_part(w) and morphology.case_of(w) == "gent"
                    for w in name
                )
            ):
                # "34-річного командира роти Артема Кравцова визнали винним": the one the
                # verb is about, not who speaks.
                return None
            return 0, end, before
    return None


def _uk_words(who: str) -> list[str]:
    # "голова Полтавської ОВА (ОВА) Віктор Шаповал": a bracketed acronym inside is no word
    # of the name; one at the end is the body's alias.
    who = re.sub(r"\s*\([А-ЯІЇЄҐA-Z]{2,9}\)(?=\s+\S)", "", who)
    return re.findall(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*|\([^)]*\)", who)


_UK_STAFF_OF = re.compile(
    r"^(?:[Рр]ятувальники|[Ее]нергетики|[Пп]оліцейські|[Пп]рикордонники|[Мм]едики|"
    # ("Соціологи КМІС з'ясували": a pollster's own people.)
    r"[Сс]лідчі|[Фф]ахівці|[Іі]нспектори|[Сс]оціологи|[Дд]ослідники|[Нн]ауковці|"
    r"[Сс]иноптики|[Мм]етеорологи|[Ее]підеміологи)\s+"
    r"(?P<body>[А-ЯІЇЄҐA-Z]{2,6}(?:\s+[А-ЯІЇЄҐ][^\s]*)*(?:\s+[а-яіїєґ'’]+)*"
    # "Слідчі поліції Харківщини", "фахівці Житомирського обласного центру …": the body, in
    # the genitive.
    r"|(?:[а-яіїєґ'’]+|[А-ЯІЇЄҐ][а-яіїєґ'’-]+)(?:\s+\S+){0,10})$"
)
_UK_ANALYSTS_OF = re.compile(
    r"^(?:[Аа]налітики|[Ее]кономісти)\s+(?:(?:компанії|банку|групи)\s+)?"
    r"(?P<firm>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})$"
)
_UK_SURVEY_OF = re.compile(
    r"^(?:[Оо]питування|[Дд]ослідження|[Зз]віт|[Ее]кзитпол)\s+(?P<by>(?:компанії|агентства|центру|групи|"
    r"фонду|соціологічної\s+групи)\s+.+?"
    # "дослідження Київського міжнародного інституту соціології (КМІС)": the body, named.
    r"|[А-ЯІЇЄҐ][^«»]+?)(?:\s+на\s+замовлення\s+.+)?$"
)


# A region or a town in the genitive after a body's acronym: "Київщини", "Київської області".
_UK_GENITIVE_ENDS = ("щини", "ччини", "ської", "цької", "зької", "області", "району", "міста")


# "Київські", "Західні": an adjective in the nominative plural (not "Київської").
_NOMINATIVE_PLURAL = re.compile(r"(?<![оі])і$")


# "«Суспільного Запоріжжя»": the public broadcaster's regional branch, in any case.
_UK_PUBLIC_BROADCASTER = re.compile(r"Суспільн\w*\s+(?P<place>[А-ЯІЇЄҐ][\w'’-]+)$")
# "Моторному (транспортному) страховому бюро": a word in brackets inside a name.
_UK_INNER_ASIDE = re.compile(r"\s+\(([а-яіїєґ'’-]+)\)(?=\s+[а-яіїєґА-ЯІЇЄҐ])")
# "профільне видання Insurance Top", "газета «День»": a medium by what it is, then its name.
_UK_MEDIUM_NAMED = re.compile(
    # ("Радіостанція Radio Bremen": the word capitalised as the sentence's first.)
    r"^(?:[а-яіїєґ'’-]+\s+)?(?i:видання|газета|газети|сайт|сайту|портал|порталу|телеканал|"
    r"тижневик|тижневика|щоденник|щоденника|радіостанція|радіостанції|телерадіокомпанія|"
    r"телерадіокомпанії|"
    # ("Видання Forbes Україна": a Latin name and a Cyrillic word of it.)
    r"телеканалу|журнал|журналу|агентство|агентства)\s+(?P<name>(?:«[^»]+»|[A-Z][\w.&-]*"
    r"(?:\s+[A-ZА-ЯІЇЄҐ][\w.&-]*)*))$"
)
# The gender a Ukrainian pronoun gives the person it means: "За його словами" (his).
_UK_PRONOUN_GENDER = {
    "його": "masc", "він": "masc", "ним": "masc", "її": "femn", "вона": "femn", "нею": "femn",
}  # fmt: skip
# "у податковій", "до податкової": the tax service, by the adjective alone.
_UK_TAX_SERVICE_FORMS = _set("податкова податковій податкової податкову податковою")
# "ПриватБанк", "МоноБанк": a company's name with a capital inside it.
_UK_CAMEL_NAME = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+)+")
# Who owns a company, said before its name: "Державний ПриватБанк".
_UK_OWNERSHIP = _set(
    "державний державному державного державним приватний приватному приватного "
    "комунальний комунальному комунального"
)


# What a figure is (small words), then the body whose it is: "споживчих цін Держстату".
_UK_WHAT_THEN_OWNER = re.compile(r"^(?:[а-яіїєґ'’]+\s+){1,3}(?P<owner>[А-ЯІЇЄҐ].*)$")


# Data said to show something, and whose they are.
_UK_DATA_OF = re.compile(
    # ("свідчать попередні результати Статистичного відомства …": whose results.)
    r"^(?:[Пп]опередні|[Оо]фіційні|[Оо]станні|[Оо]новлені|[Нн]ові|[Оо]статочні)?\s*"
    r"(?:[Дд]ані|[Рр]езультати|[Пп]ідрахунки)\s+"
    r"(?P<by>[А-ЯІЇЄҐA-Z«а-яіїєґ].*)$"
)


# A company's regional branch before its name in quotation marks: "У Рівненській філії".
_UK_BRANCH_OF = re.compile(
    r"^(?P<in>[ВвУу]\s+)?(?P<branch>[А-ЯІЇЄҐа-яіїєґ'’-]+\s+(?:філі|відділенн|представництв)"
    r"[а-яіїєґ]*)\s+$"
)
# Words of foreign mastheads: "Gazeta Wyborcza", "Süddeutsche Zeitung", "Le Monde".
_LATIN_MASTHEAD = re.compile(
    r"\b(?:Gazeta|Gazette|Zeitung|Kurier|Dziennik|Corriere|Diario|Jornal|Folha|Nachrichten|"
    r"Allgemeine|Presse|Times|Post|Journal|Tribune|Herald|Wyborcza|Rzeczpospolita|Monde|"
    r"Figaro|Libération|Nouvelle|Observer|Telegraph|Expresso|Kathimerini|Hürriyet)\b"
)


# A company by what it is, then a name that starts with initials or Latin letters.
_UK_COMPANY_DESCRIBED = re.compile(
    # ("Оператор ГТС України": the operator's own name.)
    r"^(?:[Кк]омпанія|[Оо]ператор(?!\s+ГТС\b)|[Пп]ровайдер|[Хх]олдинг)\s+"
    r"(?P<name>(?:[А-ЯІЇЄҐ]{2,6}|[A-Z][\w.&-]*)(?:\s+[А-ЯІЇЄҐA-Z][\w'’.&-]*|\s+[а-яіїєґ'’-]+){0,3})$"
)


# An outlet by what it is, alone: "видання", "газети", "телеканалу".
_UK_OUTLET_WORDS = _set(
    "видання газета газети газеті газету телеканал телеканалу телеканалі журнал журналу "
    "журналі портал порталу порталі"
)


# A body's name that goes on with a participle: "Реєстр збитків, завданих агресією …".
_UK_NAME_THEN_PARTICIPLE = re.compile(
    r"(?P<name>[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+[а-яіїєґ'’]+),\s+"
    r"(?P<rest>[а-яіїєґ'’]+(?:аних|яних|ених|єних|тих)\s+[^,;:—«»]+)"
)
# A power or water company's or a weather centre's one-word name, in any case after "у":
# "Полтаваобленерго", "Київводоканалу", "в Укргідрометцентрі" ("Укренерго", a brand the
# vocabulary knows, apart).
_UK_ONE_WORD_BODY = re.compile(
    r"(?:[УуВв]\s+)?(?P<name>(?!Укр)[А-ЯІЇЄҐ][а-яіїєґ'’-]*?(?:енерго|водоканал)"
    r"|[А-ЯІЇЄҐ][а-яіїєґ'’-]*гідрометцентр)(?:у|і|ом)?"
)
# A body's head, by title alone, then the body in the genitive: "Очільниця Мінекономіки".
_UK_HEAD_OF_BODY = re.compile(
    r"(?:[Оо]чільни(?:к|ця)|[Кк]ерівни(?:к|ця)|[Гг]олова|[Нн]ачальни(?:к|ця)|[Рр]ечни(?:к|ця))"
    r"\s+(?P<body>[А-ЯІЇЄҐ][^\s«»]*(?:\s+[^\s«»]+){0,6})"
)


@lru_cache(maxsize=8192)
def speaker_uk(who: str, case: str | None) -> Speaker:
    """The speaker a Ukrainian attribution names, in the nominative.

    ``case`` is the case the words stand in when the pattern says it
    ("gent" after *за словами*); *в*/*у* before a body gives the locative.
    """
    regional = _UK_REGION_ACRONYM.fullmatch(who.strip())
    if regional:
        # "Запорізької ОВА", "у Харківській ОВА": a region's military administration by its
        # acronym, the region's adjective in the nominative as the administration's.
        in_case = "loct" if who.strip()[:2].lower() in ("у ", "в ") else case
        adjective = morphology.nominative_phrase(
            (regional.group("adjective"), "адміністрації"), in_case if in_case != "nomn" else None
        )[0]
        return Speaker(f"{adjective} {regional.group('acronym')}", ClaimantKind.GOVERNMENT, True)
    press = _UK_PRESS_OFFICE.match(who)
    if press and press.group("body")[:1].isupper():
        # "пресслужба Запорізької ОВА", "у пресцентрі ДПСУ": the body its press office
        # speaks for.
        return speaker_uk(press.group("body"), "gent")
    aged = re.match(r"\d+-річн\w*\s+", who.strip())
    if aged:
        # "36-річна мама двох школярів із Києва": a private person by age and who she is (her
        # name, if one follows, read without the age).
        rest = who.strip()[aged.end() :]
        if re.search(r"[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]+$", rest):
            return speaker_uk(rest, case)
        return Speaker(None, ClaimantKind.PERSON, False, description=who.strip())
    citing = re.fullmatch(
        r"[Зз]\s+посиланням\s+на\s+.+?\s+(?P<outlet>(?:«[^»]+»|[A-ZА-ЯІЇЄҐ][\w.&'’-]*)"
        r"(?:\s+[A-ZА-ЯІЇЄҐ][\w.&'’-]*)*)",
        who.strip(),
    )
    if citing:
        # "З посиланням на джерела в уряді Reuters пише": the outlet, past whom it cites.
        outlet = speaker_uk(citing.group("outlet"), case)
        if outlet.kind == ClaimantKind.MEDIA:
            return outlet
    placed = re.fullmatch(r"(?P<named>.*«[^»]{2,60}»)\s+[ув]\s+[А-ЯІЇЄҐ][\w'’-]+", who.strip())
    if placed:
        # "На оптовому ринку «Шувар» у Львові повідомили": the named body, where it is aside.
        return speaker_uk(placed.group("named"), case)
    within = re.search(r"\s+у\s+складі\s+(?P<body>[А-ЯІЇЄҐ].+)$", who)
    if within:
        # "Колегія суддів Касаційного цивільного суду у складі Верховного Суду": the court
        # the panel sits in.
        body = speaker_uk(within.group("body"), "gent")
        if body.name and body.kind not in (None, ClaimantKind.PERSON):
            return body
    participle = _UK_NAME_THEN_PARTICIPLE.fullmatch(who.strip())
    if participle:
        # "Реєстр збитків, завданих агресією …": the body's name, its participle and all.
        body = speaker_uk(participle.group("name"), case)
        if body.name and body.kind not in (None, ClaimantKind.PERSON):
            return replace(body, name=f"{body.name}, {participle.group('rest')}")
    one_word = _UK_ONE_WORD_BODY.fullmatch(who.strip())
    if one_word:
        # "Полтаваобленерго повідомило", "у Київводоканалі", "Укргідрометцентр попередив": the
        # company or the weather centre by its one-word name, in the nominative.
        name = one_word.group("name")
        return Speaker(name, ClaimantKind.ORGANISATION, name.endswith("гідрометцентр"))
    head_of = _UK_HEAD_OF_BODY.fullmatch(who.strip())
    last = head_of.group("body").split()[-1] if head_of else ""
    # ("начальник … адміністрації Касіян Безщасний": a name in the nominative after it.)
    if head_of and (last.isupper() or morphology.may_be_genitive(last)):
        # "Очільниця Мінекономіки наголосила": whose head, unnamed, speaks for the body.
        body = speaker_uk(head_of.group("body"), "gent")
        if body.name and body.kind not in (None, ClaimantKind.PERSON):
            return body
    if case in (None, "nomn") and _UK_BARE_TITLE.fullmatch(who) and _has_official_title(who):
        # "уточнив міський голова", "додав мер": the official the article named with that title.
        return Speaker(None, ClaimantKind.PERSON, True, description=who, ref=f"title:{who.lower()}")
    if _LATIN_MASTHEAD.search(who) and re.fullmatch(r"[A-Za-z][\w.&' -]*", who.strip()):
        # "нагадує Gazeta Wyborcza": a foreign newspaper by its masthead's words.
        return Speaker(who.strip(), ClaimantKind.MEDIA)
    if re.fullmatch(
        r"[А-ЯІЇЄҐ][а-яіїєґ'’]+\s+(?:радіо|телебачення)"
        # ("Forbes Україна повідомило": a foreign outlet's Ukrainian edition.)
        r"|(?:Forbes|BBC(?:\s+News)?|Vogue|Bloomberg|Euronews)\s+Україна",
        who.strip(),
    ):
        # "Польське радіо повідомило": a broadcaster.
        return Speaker(who.strip(), ClaimantKind.MEDIA)
    named_medium = who.split()[-1].lower() if who.split() else ""
    if named_medium in _MEDIA and re.search(
        r"агентств|телеканал|видання|мовник|телерадіокомпані|радіо", who.lower()
    ):
        # "державне агентство Сіньхуа": a news agency the news names, a medium ("уточнило
        # агентство" later).
        return Speaker(
            _MEDIA[named_medium], ClaimantKind.MEDIA, description=" ".join(who.split()[:-1]).lower()
        )
    words = who.split()
    if 2 <= len(words) <= 3 and words[0].lower() in _MEDIA and all(w[:1].isupper() for w in words):
        # "Суспільне Кропивницький": a public broadcaster's regional branch, a medium.
        return Speaker(_media_name(who.strip()), ClaimantKind.MEDIA)
    described = _UK_COMPANY_DESCRIBED.match(who.strip())
    if described:
        # "Компанія ДТЕК Одеські електромережі": what it is, then its own name.
        return Speaker(described.group("name"), ClaimantKind.ORGANISATION)
    if who.strip().lower() in _UK_OUTLET_WORDS or (
        len(who.split()) == 2
        and who.split()[0].lower() in _UK_STAFF_OF_OUTLETS
        and who.split()[1].lower() in _UK_OUTLET_WORDS
    ):
        # "За оцінкою видання": the outlet the article named before ("За словами аналітиків
        # видання": its analysts speak for it).
        return Speaker(None, ClaimantKind.MEDIA, ref="outlet")
    # (A name in guillemets keeps its own form: "дані сервісу «Ціномір»".)
    data = _UK_DATA_OF.match(who) if "«" not in who else None
    if data:
        # "Попередні дані Постійного виборчого управління Румунії свідчать": whose data.
        return speaker_uk(data.group("by"), "gent")
    survey = _UK_SURVEY_OF.match(who)
    if survey:
        # "свідчить опитування компанії Info Sapiens на замовлення Центру громадського
        # здоров'я": the firm that polled, not who ordered it.
        return speaker_uk(survey.group("by"), "gent")
    quoted = _UK_QUOTED.search(who)
    staffed = _UK_STAFF_OF.match(who)
    if staffed:
        # "Енергетики ДТЕК Одеські електромережі обіцяють", "Рятувальники ДСНС": the body
        # whose staff they are, when it is named by its acronym.
        body = speaker_uk(staffed.group("body"), "gent")
        if (body.name or body.ref.startswith("head:")) and body.kind not in (
            None,
            ClaimantKind.PERSON,
        ):
            # ("Синоптики центру": the centre named before, by its head.)
            return body
    banked = re.match(
        r"^(?:[Аа]налітики|[Ее]кономісти|[Ее]ксперти)\s+(?P<firm>[А-ЯІЇЄҐ][а-яіїєґ'’]+"
        r"(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+)+)$",
        who,
    )
    if banked:
        # "Економісти ПриватБанку прогнозують": the bank's forecast, its name in the nominative.
        name = re.sub(r"(?<=[бвгґджзклмнпрстфхцчшщ])[уа]$", "", banked.group("firm"))
        return Speaker(name, ClaimantKind.ORGANISATION, False)
    firm = _UK_ANALYSTS_OF.match(who)
    if firm:
        # "Економісти ICU вважають", "аналітики Dragon Capital": the firm's forecast.
        return Speaker(firm.group("firm"), ClaimantKind.ORGANISATION, False)
    analysts = re.match(r"^(?:аналітики|економісти|експерти)\s+[а-яіїєґ'’ ]*«", who)
    if analysts and quoted and not who[quoted.end() :].strip():
        # "Аналітики інвестиційної компанії «Кедр Капітал» очікують": the firm's forecast.
        name = _uk_quoted_nominative(quoted.group(1).strip(), "", "gent")
        return Speaker(name, ClaimantKind.ORGANISATION, False)
    if quoted and not who[quoted.end() :].strip():
        public = _UK_PUBLIC_BROADCASTER.match(quoted.group(1).strip())
        if public:
            # "за даними «Суспільного Запоріжжя»": the public broadcaster's regional branch, in
            # the nominative, a medium.
            place = public.group("place")
            first = public.group(0).split()[0]
            inflected = {"ого": "gent", "ому": "loct"}.get(first[-3:]) or (
                "ablt" if first.endswith("им") else None
            )
            if inflected:
                # "«Суспільного Харкова»": the place in the nominative, "Суспільне Харків".
                place = morphology.nominative_phrase((place,), inflected)[0]
            return Speaker(f"Суспільне {place}", ClaimantKind.MEDIA)
        branch = _UK_BRANCH_OF.match(who[: quoted.start()])
        if branch:
            # "У Рівненській філії «Газорозподільних мереж України»": the company's branch,
            # its own words in the nominative, the company's name as the text gives it.
            inside = "loct" if branch.group("in") else case
            words = tuple(branch.group("branch").split())
            head = " ".join(morphology.nominative_phrase(words, inside))
            return Speaker(
                f"{head[:1].upper()}{head[1:]} {quoted.group(1).strip()}",
                ClaimantKind.ORGANISATION,
                False,
            )
        # "повідомили в «Херсонобленерго»": a company or body named in quotation marks, in the
        # nominative ("у «Тернопільміськгазі»" → "Тернопільміськгаз").
        name = _uk_quoted_nominative(quoted.group(1).strip(), who[: quoted.start()], case)
        # ("Газета «Праця» пише": the sentence may open with what it is.)
        if (
            name.lower() in _MEDIA
            or _UK_MEDIUM_NAMED.match(who[:1].lower() + who[1:])
            # ("«Судово-юридична газета» повідомила": a paper by its own word for itself.)
            or name.split()[-1].lower() in ("газета", "тижневик", "вісник", "щоденник")
        ):
            # "за даними агентства «АПК-Інформ»", "газета «День»": a news agency, a medium.
            return Speaker(_MEDIA.get(name.lower(), name), ClaimantKind.MEDIA)
        return Speaker(name, ClaimantKind.ORGANISATION, False)
    if quoted:
        # "директор «Полтаваобленерго» Сергій Лисенко": the name inside the title.
        who = who.replace("«", "").replace("»", "")
    staff = re.match(
        r"^(?:журналісти|журналістів|кореспонденти|кореспондентів|журналістка|журналіст)\s+"
        r"(?P<m>.+)$",
        who,
    )
    if staff and _media_name(staff.group("m")) != staff.group("m"):
        # "підрахували журналісти Суспільного": the medium.
        return Speaker(_media_name(staff.group("m")), ClaimantKind.MEDIA)
    who = re.sub(r"^в\.\s?о\.\s+", "", who)
    inner = _UK_INNER_ASIDE.search(who)
    if inner:
        # "в Моторному (транспортному) страховому бюро України": the name with its aside, each
        # word in the nominative.
        plain = speaker_uk(who[: inner.start()] + " " + inner.group(1) + who[inner.end() :], case)
        if plain.name and plain.kind not in (None, ClaimantKind.PERSON):
            words = plain.name.split()
            at = len(re.sub(r"^(?:в|у|із|з|зі)\s+", "", who[: inner.start()]).split())
            if at < len(words):
                words[at] = f"({words[at]})"
                return replace(plain, name=" ".join(words))
    medium = _UK_MEDIUM_NAMED.match(who[:1].lower() + who[1:])
    if medium:
        # "пише профільне видання Insurance Top": what it is, then its name — a medium.
        return Speaker(medium.group("name").strip("«»"), ClaimantKind.MEDIA)
    words = _uk_words(who)
    aliases: tuple[str, ...] = ()
    if words and words[-1].startswith("("):
        aliases = (words[-1].strip("()"),)
        words = words[:-1]
    if not words:
        return NOBODY
    lowered = [w.lower() for w in words]
    if lowered[0] in _UK_PRONOUNS and len(words) == 1:
        return Speaker(
            None, ref=_UK_PRONOUNS[lowered[0]], description=_UK_PRONOUN_GENDER.get(lowered[0], "")
        )
    if lowered[0] in ("в", "у", "із", "з", "зі") and len(words) > 1:
        words, lowered, case = words[1:], lowered[1:], "loct" if lowered[0] in "ву" else "gent"
    if " ".join(lowered) in _MEDIA:
        return Speaker(_MEDIA[" ".join(lowered)], ClaimantKind.MEDIA)
    if (
        case == "gent"
        and len(words) == 1
        and words[0].islower()
        and _has_official_title(words[0])
        # "в повідомленні міністерства": a body, not a title.
        and _uk_body_head(lowered) is None
    ):
        # "За словами міністра, …": the minister the article named before.
        title = morphology.nominative_phrase((words[0],), case)[0]
        return Speaker(None, ClaimantKind.PERSON, True, ref=f"title:{title}")
    if case is None and _uk_thing_of_a_body(words):
        # "Збитки енергопостачальній компанії оцінили в 18,7 млн гривень": no body estimated.
        return NOBODY
    if len(words) == 1 and lowered[0] in _UK_TAX_SERVICE_FORMS:
        # "уточнили в податковій": the State Tax Service, unless the article named its office.
        return Speaker(
            "Державна податкова служба України",
            ClaimantKind.OFFICE,
            True,
            aliases=("ДПС",),
            ref="words:податко",
        )
    if len(words) == 1 and lowered[0].startswith("кіберполіц"):
        # "За даними кіберполіції": the police's cyber department (the one the article named,
        # ``ArticleMemory.resolve``, or by its full name).
        return Speaker(
            "Департамент кіберполіції Національної поліції",
            ClaimantKind.OFFICE,
            True,
            ref=f"words:{_stem(words[0])}",
        )
    if len(words) == 1 and lowered[0].startswith("міськрад"):
        # "Міськрада оголосила …", "у міськраді": the council of the town the article is
        # about (``ArticleMemory.resolve``), not a surname.
        return Speaker("міськрада", ClaimantKind.GOVERNMENT, True)
    if len(words) == 2 and lowered[0].startswith("верховн") and lowered[1].startswith("рад"):
        # "Верховна Рада", not a woman named Рада.
        return Speaker("Верховна Рада", ClaimantKind.GOVERNMENT, True)
    if len(words) == 1 and (lowered[0] in _UK_STAFF or lowered[0] in GENERIC_GROUPS):
        # "Прокурори вимагали …": which prosecutors, the sentence does not say.
        return Speaker(None, generic=True)
    if "імені" in lowered[1:-1]:
        # "в Дніпропетровській обласній клінічній лікарні імені Мечникова": the body, its
        # honorary name kept as written.
        k = lowered.index("імені")
        body = speaker_uk(" ".join(words[:k]), case)
        if body.name and body.kind not in (None, ClaimantKind.PERSON):
            return replace(body, name=f"{body.name} {' '.join(words[k:])}", ref="")
    if (
        len(words) >= 2
        and 2 <= len(words[0]) <= 6
        and words[0].isupper()
        and words[1][:1].isupper()
        and _NOMINATIVE_PLURAL.search(words[1])
    ):
        # "повідомили в ДТЕК Київські регіональні електромережі": a company's acronym, then
        # the rest of its name, which stays as it is written.
        return Speaker(" ".join(words), ClaimantKind.ORGANISATION, False)
    if (
        len(words) >= 2
        and words[0] in _UK_ACRONYMS
        and words[1][:1].isupper()
        and all(w.endswith(_UK_GENITIVE_ENDS) for w in words[1:])
    ):
        # "повідомили в ДСНС Київщини", "ДСНС Київської області": the body of that region,
        # its complement in the genitive as written.
        kind = _UK_ACRONYMS[words[0]][0]
        return Speaker(" ".join(words), kind, kind != ClaimantKind.ORGANISATION)
    if (
        len(words) >= 3
        and words[-1] == "ООН"
        and words[0][:1].isupper()
        and words[1].islower()
        and not morphology.is_adjective(words[0])
    ):
        # "Програма розвитку ООН (ПРООН)": a UN programme or fund, its complement as written.
        head = morphology.nominative_phrase((words[0],), case)[0]
        name = " ".join((head[:1].upper() + head[1:], *words[1:]))
        return Speaker(name, ClaimantKind.ORGANISATION, True, aliases=aliases)
    camel = [w for w in words if _UK_CAMEL_NAME.fullmatch(w)]
    if (
        len(camel) == 1
        and words[-1] == camel[0]
        and all(w.lower() in _UK_OWNERSHIP for w in words[:-1])
    ):
        # "Державний ПриватБанк повідомив", "у ПриватБанку": a company written with a capital
        # inside its name.
        name = camel[0]
        if case not in (None, "nomn"):
            name = re.sub(r"(?<=[бвгґджзклмнпрстфхцчшщ])(?:у|ом|і|а|ові)$", "", name)
        return Speaker(name, ClaimantKind.ORGANISATION, False, aliases=aliases)
    latin = next((k for k, w in enumerate(words) if w.isascii() and w[:1].isupper()), None)
    if (
        latin
        and all(w.isascii() for w in words[latin:])
        and not any(w.isascii() for w in words[:latin])
        # "свідчать дані Opendatabot": whose data, in Latin letters, too.
        and (
            _uk_body_head(lowered[:latin]) is not None
            or lowered[0] in _UK_DOCUMENTS
            # "повідомили в платіжній системі Visa": what it is, then its name.
            or (
                latin <= 3
                # ("Найбільший український онлайн-магазин Rozetka повідомив".)
                and (words[0].islower() or morphology.is_adjective(words[0]))
                and all(w.islower() for w in words[1:latin])
                and all(w[:1].isupper() for w in words[latin:])
            )
        )
    ):
        # "у консалтинговій компанії ExPro Consulting": what it is, then its Latin name.
        return Speaker(" ".join(words[latin:]), ClaimantKind.ORGANISATION, False)
    if all(w.isascii() for w in words) and words[0][:1].isupper():
        # "Transparency International оцінила …": a name in Latin letters.
        latin = speaker_en(" ".join(words))
        if len(words) == 1 and latin.kind == ClaimantKind.PERSON and latin.ref == "surname":
            # "за даними Opendatabot": a Ukrainian report writes people's names in Cyrillic;
            # a lone word in Latin letters is a service's or a company's.
            return Speaker(words[0], ClaimantKind.ORGANISATION, False, aliases=aliases)
        if latin.name is not None or latin.generic:
            return replace(latin, aliases=latin.aliases or aliases)
    staff = next(
        (
            k
            for k in range(1, min(len(words) - 1, 4))
            if lowered[k] in _UK_STAFF and all(w.islower() for w in words[1:k])
        ),
        0,
    )
    if staff and words[staff + 1][:1].isupper():
        # "Збитки довкіллю фахівці Державної екологічної інспекції … оцінили": the object
        # first, then who acted.
        words, lowered = words[staff:], lowered[staff:]
    if len(words) == 2 and lowered[0].startswith("лабораторі") and _uk_body_head(lowered[1:]):
        # "Лабораторія центру виявила": the centre the article named.
        words, lowered, case = words[1:], lowered[1:], "gent"
    if (
        len(words) > 1
        and lowered[0] in _UK_STAFF
        and words[1][:1].isupper()
        and _uk_body_head(lowered[1:]) is not None
        and not morphology.name_part(words[-1])
    ):
        # "Прокурори Спеціалізованої антикорупційної прокуратури": the body, in the genitive.
        words, lowered, case = words[1:], lowered[1:], "gent"
    if _is_generic(words) or lowered[0] in GENERIC_GROUPS:
        return Speaker(None, generic=True)
    # "прес-служба регулятора", "речниця обласної адміністрації Марія Смолярчук".
    named_after = _uk_body_head(lowered[:1]) if len(words) == 2 and words[0][:1].isupper() else None
    if (
        named_after is not None
        and words[1][:1].isupper()
        and morphology.name_part(words[1])
        and morphology.case_of(words[1]) == "gent"
    ):
        # "Центр Разумкова", "Фонд Ахметова": a body named after a person.
        head = morphology.nominative_phrase(tuple(words[:1]), case)[0]
        kind = _uk_body_kind(words, lowered, named_after[1], named_after[2])
        return Speaker(f"{head[:1].upper()}{head[1:]} {words[1]}", kind, kind != "organisation")
    person = _uk_person(words, case)
    if person is not None:
        return person
    if (
        case in (None, "nomn")
        and len(words) >= 4
        and _has_official_title(lowered[0])
        and all(w[:1].isupper() and not w.isupper() for w in words[-2:])
        and (
            _uk_body_head(lowered[1:-2]) is not None
            # "Генеральний секретар AD Гонсалу Ферраз": a party's acronym in Latin letters.
            or (
                _has_official_title(lowered[1])
                and len(words) == 5
                and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", words[2])
                and not any(morphology.is_known(w) for w in words[-2:])
            )
        )
    ):
        # "Начальник Великобурлуцької селищної військової адміністрації Касіян Безщасний": a
        # title, the body in the genitive, then a first name and a surname the dictionary
        # does not know.
        title = " ".join(words[:-2])
        return Speaker(" ".join(words[-2:]), ClaimantKind.PERSON, True, description=title)
    if (
        lowered[0] in _UK_DOCUMENTS
        and len(words) > 1
        and (words[1][:1].isupper() or (len(words) == 2 and _uk_body_head(lowered[1:])))
    ):
        # "свідчать дані Держстату": the body whose figures they are, in the genitive;
        # "свідчать дані міністерства": the ministry named before.
        words, lowered, case = words[1:], lowered[1:], "gent"
    if lowered[0].startswith(("прес-служб", "пресслужб", "прес-центр")) and len(words) > 1:
        words, lowered, case = words[1:], lowered[1:], "gent"
        if len(words) == 1 and words[0].islower() and _uk_body_head(lowered):
            # "прес-служба регулятора": the body this sentence or the article named.
            _i, stem, kind = _uk_body_head(lowered)
            return Speaker(None, kind, True, ref=f"head:{stem}", definite=False)
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        # An acronym nobody spelled out: a state body's when it ends with "України" or opens
        # with "Держ-" or "Національн-" (НСЗУ, ДБР), else an organisation's (ЛУН).
        state = words[0].endswith("У") or words[0].startswith(("Д", "Н"))
        default = (ClaimantKind.OFFICE if state else ClaimantKind.ORGANISATION, "")
        kind, _head = _UK_ACRONYMS.get(words[0], default)
        return Speaker(
            words[0], kind, kind != ClaimantKind.ORGANISATION, aliases=aliases, ref="alias"
        )
    head = _uk_body_head(lowered)
    if head is not None:
        _index, stem, kind = head
        if (len(words) == 1 and stem in ("уряд", "кабмін")) or (
            lowered[0].startswith("кабінет") and lowered[1:2] == ["міністрів"]
        ):
            # "уряд ухвалив": in Ukrainian news, the Cabinet of Ministers of Ukraine.
            return Speaker(_UK_CABINET, ClaimantKind.GOVERNMENT, True, aliases=("Кабмін",))
        if len(words) == 1 and (
            not words[0][:1].isupper() or (len(lowered[0]) <= len(stem) + 3 and stem in _UK_HEADS)
        ):
            # "повідомили в службі", "Суд засудив …": the body named earlier; a capitalised
            # head opening the sentence stays as written when nothing earlier names it.
            name = words[0] if words[0][:1].isupper() else None
            return Speaker(name, kind, True, ref=f"head:{stem}")
        kind = _uk_body_kind(words, lowered, stem, kind)
        name = " ".join(morphology.nominative_phrase(tuple(words), case))
        name = name[:1].upper() + name[1:]
        if len(words) == 1 and words[0][:1].isupper():
            # "в Держстаті": maybe the short form of a body the article named in full.
            return Speaker(name, kind, True, aliases=aliases, ref="short")
        if all(w.islower() for w in words) and len(words) > 1:
            # "за даними обласної військової адміністрації": the one the article named.
            stems = " ".join(_stem(w) for w in name.split())
            return Speaker(name, kind, True, aliases=aliases, ref=f"words:{stems}")
        if (
            len(words) == 3
            and words[0].islower()
            and lowered[0].startswith(_UK_LOCAL)
            and words[2] in _UK_ACRONYMS
        ):
            # "в обласному управлінні ДСНС": the service's regional office the article named
            # ("Головне управління ДСНС у … області").
            stems = f"{_stem(words[1])} {_stem(words[2])}"
            return Speaker(name, kind, True, aliases=aliases, ref=f"words:{stems}")
        return Speaker(name, kind, True, aliases=aliases)
    if len(words) == 1 and words[0][:1].isupper():
        if not morphology.name_part(words[0]) and morphology.is_noun_or_adjective(words[0]):
            if _has_official_title(words[0]):
                # "Прокурор наголосив …": the prosecutor the article named before.
                title = morphology.nominative_phrase((words[0].lower(),), case)[0]
                return Speaker(None, ClaimantKind.PERSON, True, ref=f"title:{title}")
            # "Захист заявив …", "Обвинувачена визнала …": a party to the case by its role,
            # no name (a pronoun after it in the sentence is that party's).
            return Speaker(None, ClaimantKind.PERSON, False, description=words[0].lower())
        # A lone surname: "додав Терехов".
        name = morphology.nominative_name(tuple(words), case)[0]
        return Speaker(name, ClaimantKind.PERSON, False, ref="surname")
    return NOBODY


_UK_CABINET = "Кабінет Міністрів України"


# Words before an outlet's name: "пише «Українська правда»", "видання «Вінниця.info»".
_UK_MEDIA_VERBS = ("пише", "пишуть", "передає", "передають", "видання", "газета", "телеканал")


_UK_INTERNATIONAL = _set("ООН ЄС ОБСЄ ВООЗ НАТО ЮНІСЕФ МАГАТЕ")


_UK_LOCAL = ("міськ", "обласн", "районн", "селищн", "сільськ")


# Head nouns that, alone, name no body but refer to one: "Суд", "Міністерство", "Служба".
_UK_HEADS = _set(
    "суд уряд міністерств служб поліці прокуратур банк регулятор комісі рад адміністраці "
    "бюро інспекці штаб командуванн відомств підприємств центр інститут фонд компані агентств "
    "асоціаці"
)


def _uk_body_kind(words: list[str], lowered: list[str], stem: str, kind: str) -> str:
    """The kind of a Ukrainian body with the head ``stem``, as its other words tell it."""
    if (
        any(w in _UK_INTERNATIONAL for w in words)
        or lowered[0].startswith(("міжнародн", "європейськ", "всесвітн", "світов"))
        # "Японське агентство міжнародного співробітництва": a foreign state's aid agency.
        or any(w.startswith("міжнародн") for w in lowered[1:])
    ):
        # "Управління ООН з координації гуманітарних справ": a body of an international one.
        return ClaimantKind.ORGANISATION
    if (
        stem == "фонд"
        and (
            lowered[0].startswith(("пенсійн", "соціальн", "державн"))
            # ("Фонд державного майна України", "Фонд енергоефективності": the state's funds.)
            or any(w.startswith(("гарантуванн", "державн", "енергоефективн")) for w in lowered[1:])
            or (lowered[-1] == "україни" and not lowered[0].startswith("благодійн"))
        )
    ):
        # "Пенсійний фонд України", "Фонд гарантування вкладів фізичних осіб": the state's
        # funds pay and guarantee as an office does.
        return ClaimantKind.OFFICE
    if stem in ("рад", "адміністраці") and any(w.startswith(_UK_LOCAL) for w in lowered):
        # "Павлоградська міська рада", "Харківська обласна військова адміністрація": a
        # council and a region's or a city's administration govern.
        return ClaimantKind.GOVERNMENT
    if (
        stem == "комітет"
        and lowered[0].startswith("виконавч")
        and any(w.startswith(_UK_LOCAL) for w in lowered)
        and any(w.startswith("рад") for w in lowered)
    ):
        # "Виконавчий комітет Смілянської міської ради": the council's executive governs.
        return ClaimantKind.GOVERNMENT
    if stem == "агентств" and any(
        w.startswith(("телеграфн", "інформаційн", "новин")) for w in lowered
    ):
        # "Болгарське телеграфне агентство": a news agency, a medium.
        return ClaimantKind.MEDIA
    if stem == "штаб" and lowered[0].startswith("координаційн"):
        # "Координаційний штаб з питань поводження з військовополоненими": a state body.
        return ClaimantKind.OFFICE
    if stem == "центр" and any(w.startswith("сервісн") for w in lowered):
        # "Головний сервісний центр МВС": the ministry's service that registers cars.
        return ClaimantKind.OFFICE
    if stem == "адміністраці" and any(w.startswith(("порт", "морськ")) for w in lowered):
        # "Адміністрація морських портів України": a state-owned operator.
        return ClaimantKind.ORGANISATION
    return kind


def _uk_body_head(lowered: list[str]) -> tuple[int, str, str] | None:
    for i, word in enumerate(lowered):
        if word.isupper():
            continue
        if "-" in word and not word.startswith(("прес-", "пресс")):
            # "Національного канцер-реєстру України": the head after the hyphen.
            word = word.rsplit("-", 1)[-1]
        for stem, kind in _UK_BODY_STEMS:
            if word.startswith(stem):
                if (
                    (stem == "держ" and (len(word) < 7 or word.startswith("державн")))
                    # "Державної екологічної інспекції": an adjective, not "Держстат".
                    or (stem == "військ" and word.startswith("військов"))
                    # "Центральна виборча комісія": an adjective, not a centre.
                    or (stem == "центр" and word.startswith("центральн"))
                    # "у мерії Яньчена": the mayor's office, not "меридіан".
                    or (stem == "мері" and len(word) > 5)
                ):
                    continue
                return i, stem, kind
    return None


_UK_PLACE_GENITIVE_ENDS = ("ів", "их", "ого", "ої", "ії", "ці", "ки", "ини")


def _title_gender(title_words: list[str]) -> str | None:
    """ "femn" when the title right before a name is a woman's (*аналітикиня*, *лікарка*):
    a man's title names women too (*голова*, *міністр*), so only a woman's tells."""
    for word in title_words:
        # ("речниця комісії": the title's head, the first noun naming a person.)
        genders = morphology.person_genders(word)
        if genders:
            return "femn" if genders == {"femn"} else None
    return None


def _uk_person(words: list[str], case: str | None) -> Speaker | None:
    """A person named at the end of ``words``: first name (patronymic) surname, titles before."""
    run = 0
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if not w[:1].isupper() or w.isupper():
            break
        if (
            not morphology.name_part(w)
            and not (
                # "Роксолана Підласа": a surname the dictionary does not know, after a first
                # name.
                run == 0
                and i > 0
                and words[i - 1][:1].isupper()
                and morphology.name_part(words[i - 1]) == "first"
            )
            and not (
                # "Фінансовий аналітик Фока Тарабан": a first name the dictionary reads as
                # something else, between a person's title and a surname.
                run == 1
                and i > 0
                and words[i - 1].islower()
                and (_has_official_title(words[i - 1]) or _has_expert_title(words[i - 1]))
                and morphology.name_part(words[i + 1]) == "surname"
            )
            and not (
                # "Калиника Кужільного": a surname of an adjective's form the dictionary does
                # not know, after a first name it reads as a name.
                run == 0
                and i > 0
                and case not in (None, "nomn")
                and words[i - 1][:1].isupper()
                and morphology.name_part(words[i - 1]) in ("first", "surname")
                and morphology.has_case(w, case, "ADJF")
            )
        ):
            break
        run += 1
    if (
        run == 0
        and len(words) >= 3
        and all(w[:1].isupper() and not w.isupper() for w in words[-2:])
        and not any(morphology.is_known(w) for w in words[-2:])
        and (words[-3].islower() or (words[-4:-3] and words[-4].lower() in _UK_PREPOSITIONS))
        and morphology.person_genders(words[0].lower())
    ):
        # "Власник сімейної виноробні … Димитр Кирчогло": a person's title, then a first name
        # and a surname neither of which the dictionary knows.
        run = 2
    if run == 0:
        return None
    name_words = words[len(words) - run :]
    parts = [morphology.name_part(w) for w in name_words]
    if parts[-2:] == ["surname", "first"] and (
        not any(morphology.is_known(w) for w in name_words[-2:])
        # "Бургомістр Бремена Фолькер Ленсінг": after a title, a name is written first name
        # first, whatever the dictionary reads the two words as.
        or (run == 2 and len(words) > 2 and _has_official_title(words[0]))
    ):
        # "речниця ЦВК Росица Матеева": two words the dictionary only guesses at, a first
        # name and a surname in that order, as names are written.
        parts[-2:] = ["first", "surname"]
    if "first" not in parts and parts[-1] == "surname" and run < len(words):
        # "Президент Володимир Зеленський": a first name the dictionary does not know,
        # before a surname it does, in the surname's case and no title.
        before = words[len(words) - run - 1]
        if (
            before[:1].isupper()
            and not before.isupper()
            and not _has_official_title(before)
            and not _has_expert_title(before)
            and _uk_body_head([before.lower()]) is None
            and (
                morphology.has_case(before, case or "nomn")
                # "сільський голова Сокільників Мартиян Пишногуб-Скибенко": a first name the
                # dictionary has never seen, before a surname in the nominative (not a
                # place's genitive, "Сокільників").
                or (
                    case in (None, "nomn")
                    and (
                        morphology.case_of(before) is None
                        # "лідер соціал-демократів Ааро Вестерінен": a foreign first name the
                        # dictionary does not know, whatever case it guesses, after a title.
                        or (
                            not morphology.is_known(before)
                            and len(words) > run + 1
                            and words[len(words) - run - 2][:1].islower()
                        )
                    )
                    and not before.endswith(_UK_PLACE_GENITIVE_ENDS)
                    and morphology.has_case(name_words[-1], "nomn")
                )
                # "головної лікарки центру Стефаніди Дзюбинської": a woman's first name the
                # dictionary does not know, in the genitive, before her surname.
                or (
                    case == "gent"
                    and not morphology.is_known(before)
                    and before.endswith(("и", "ї"))
                    and "femn" in morphology.surname_genders(name_words[-1], "gent")
                )
            )
        ):
            name_words = [before, *name_words]
            parts = ["first", *parts]
            run += 1
    # "Мер Харкова Ігор Терехов": the name starts at the first name.
    if "first" in parts:
        first = parts.index("first")
        if run < len(words) and parts[first + 1 : first + 3] == ["first", "surname"]:
            # "міського голови Борислава Терентія Онопрієнка": after a title, a town that is
            # also a first name (Борислав) before the head's own first name and surname.
            first += 1
        name_words = name_words[first:]
    elif (
        run == 2
        and (
            run == len(words)
            or words[-3][:1].islower()
            # "власника господарства на Хмельниччині Касяна Перепелюка": a place after its
            # preposition, then the name.
            or (len(words) >= 4 and words[-4].lower() in ("на", "в", "у", "із", "з", "зі"))
            # "Бургомістр Бремена Фолькер Ленсінг заявив": a title and the place it is of
            # (in the genitive), then the name.
            or (
                len(words) == 4
                and _has_official_title(words[0])
                and morphology.has_case(words[1], "gent")
            )
            # "Суддя Оверко Клепач зазначив": a title opening the sentence, capitalised.
            or (len(words) == 3 and bool(morphology.person_genders(words[-3].lower())))
        )
        and _uk_body_head([w.lower() for w in name_words]) is None
        and not _has_official_title(name_words[0])
    ):
        # "начальник … адміністрації Лукиян Дармограй-Галан": a first name the dictionary
        # does not know, read as a surname, before the surname.
        pass
    elif run > 1:
        name_words = name_words[-1:]
    if len(name_words) == 1 and morphology.name_part(name_words[0]) == "first" and run == 1:
        # A first name alone: "пенсіонерка Валентина" — a private person.
        pass
    title_words = words[: len(words) - len(name_words)]
    if (
        len(name_words) == 1
        and title_words
        and _uk_body_head([title_words[-1].lower()]) is not None
        # (A body's word, not a person's title: "мерії", not "мера".)
        and not morphology.person_genders(title_words[-1])
    ):
        # "У мерії Яньчена": the city whose body it is, no person's surname.
        return None
    if (
        len(name_words) == 1
        and title_words
        and (
            title_words[-1].lower()
            in (
                "штату",
                "провінції",
                "округу",
                "префектури",
                "землі",
                "кантону",
                "графства",
                "міста",
            )
            # "Статистичне відомство Гамбурга і Шлезвіг-Гольштейну": the second of two places.
            or (
                len(title_words) >= 2
                and title_words[-1] in ("і", "й", "та")
                and title_words[-2][:1].isupper()
            )
            # "Міська виборча комісія в Легниці": where a body sits, no person's surname.
            or (
                len(title_words) >= 2
                and title_words[-1] in ("в", "у")
                and _uk_body_head([w.lower() for w in title_words[:-1]]) is not None
            )
        )
    ):
        # "Цивільна оборона штату Парана": a state's name, no person's surname.
        return None
    name = " ".join(morphology.nominative_name(tuple(name_words), case, _title_gender(title_words)))
    # "за словами міністра охорони здоров'я": the title in the nominative too.
    if case and title_words:
        title_words = list(morphology.nominative_phrase(tuple(title_words), case))
    description = " ".join(title_words)
    official = _has_official_title(description)
    return Speaker(
        name,
        ClaimantKind.PERSON,
        official,
        description=description,
        ref="surname" if len(name_words) == 1 and not title_words else "",
        expert=_has_expert_title(description),
    )
