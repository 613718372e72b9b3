"""Who said it: attributions in news sentences and the claimant a newsroom would file.

Pure Python, no database. ``attributions(text)`` finds the attributions of one
sentence — *X said*, *according to X*, *told AFP*, *X put the toll at*, and in
Ukrainian *повідомив голова … <ім'я>*, *за словами X*, *повідомили в X*,
*— сказала <прізвище>*, *X заявив* — each with a ``Speaker``: the name, kind,
title and aliases of whoever it names, or a reference still to resolve.

Naming rules (the same for every article):

* a body keeps its full name (*National Police*, *African Union*, *Civil
  Protection Directorate*), an acronym in brackets after it becomes its alias
  (*DGPC*), and a possessive country stays as its qualifier (*Spain's Interior
  Ministry*); Ukrainian names go to the nominative (*повідомили в Міністерстві
  внутрішніх справ* → *Міністерство внутрішніх справ*);
* a person is named without titles — the title becomes the description
  (*Defence Minister Rustem Umerov* → *Rustem Umerov*, "Defence Minister");
* the kind follows the body's head word: ministries, police, services,
  commissions, offices are *office*; armed forces and commands *military*;
  governments and countries *government*; agencies, institutes, centres,
  unions, international bodies *organisation*;
* generic groups (*officials*, *authorities*, *residents*, *experts*,
  *посадовці*, *мешканці*) and unnamed people make an attribution without a
  claimant.

References — a surname (*Umerov said*, *Іваненко додала*), a pronoun (*She
said*, *За його словами*), an acronym (*the RSF said*), a head noun (*the
service said*, *повідомили в службі*) — are resolved by ``ArticleMemory``
against what the article said before: the same person in full, in the
nominative; the body the acronym or head noun names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from articles import morphology
from articles.lexicon import Lexicon, split_words, tokens
from articles.text import name_key

__all__ = [
    "ArticleMemory",
    "Attribution",
    "ClaimantKind",
    "Speaker",
    "acting_subject",
    "attributions",
    "mentions",
]


class ClaimantKind:
    """The values of ``articles.models.ClaimantKind``, without importing Django models here."""

    PERSON = "person"
    OFFICE = "office"
    GOVERNMENT = "government"
    MILITARY = "military"
    ORGANISATION = "organisation"
    MEDIA = "media"


@dataclass(frozen=True)
class Speaker:
    """Whoever an attribution names.

    ``name`` is None for nobody identifiable (a generic group, an unnamed
    person). ``ref`` marks a reference still to resolve against the article:
    "he", "they" (pronouns), "surname", "alias", or "head:<noun>".
    """

    name: str | None
    kind: str | None = None
    official: bool = False
    description: str = ""
    aliases: tuple[str, ...] = ()
    ref: str = ""
    generic: bool = False
    expert: bool = False
    definite: bool = True


NOBODY = Speaker(None)


@dataclass(frozen=True)
class Attribution:
    """An attribution in a sentence: offsets relative to the sentence, and who it names."""

    start: int
    end: int
    speaker: Speaker
    media: str | None = None
    according_to: bool = False
    # A verb that also means doing, not saying ("Hospitals admitted 3,125 patients"):
    # ``attributions`` drops it when the sentence has a verb of saying too.
    weak: bool = False


# --- vocabulary ---------------------------------------------------------------------------


def _set(words: str) -> frozenset[str]:
    """A word set written as space-separated text."""
    return frozenset(words.split())


_MEDIA = {
    "afp": "AFP", "agence france-presse": "AFP", "reuters": "Reuters", "ap": "AP",
    "the associated press": "the Associated Press", "associated press": "the Associated Press",
    "bbc": "BBC", "the bbc": "BBC", "cnn": "CNN", "the guardian": "The Guardian",
    "the new york times": "The New York Times", "the washington post": "The Washington Post",
    "al jazeera": "Al Jazeera", "dpa": "dpa", "efe": "EFE", "tass": "TASS",
    "interfax": "Interfax", "ukrinform": "Ukrinform", "the times": "The Times",
    "bloomberg": "Bloomberg", "the financial times": "The Financial Times", "rtp": "RTP",
    "press trust of india": "Press Trust of India",
    "the press trust of india": "Press Trust of India",
    "pti": "PTI", "ani": "ANI", "xinhua": "Xinhua", "kyodo": "Kyodo", "yonhap": "Yonhap",
    "anadolu": "Anadolu", "ansa": "ANSA", "europa press": "Europa Press",
    "укрінформ": "Укрінформ", "суспільне": "Суспільне", "інтерфакс-україна": "Інтерфакс-Україна",
    "укрінформу": "Укрінформ", "суспільного": "Суспільне", "українська правда": "Українська правда",
    "української правди": "Українська правда", "тасс": "ТАСС",
    "громадське": "hromadske", "громадського": "hromadske",
}  # fmt: skip
# "The Rennes prosecutor's office", "the Lyon mayor's office".
_PLACE_TITLE_OFFICE = re.compile(r"(?:[A-Z][\w-]+\s+){1,2}(?P<title>[a-z]+)['’]s\s+office")
# "the Foroyaa newspaper", "the Kathimerini daily": a medium named before what it is.
_NAMED_MEDIUM = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:newspaper|daily|weekly|"
    r"broadcaster|news\s+agency|news\s+website|website|tabloid|magazine|radio|television)"
)
# A newspaper's name by the word its masthead ends with: "Irish Times", "Business Post".
_MASTHEAD = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Times|Post|Herald|Journal|Gazette|Tribune|Telegraph|"
    r"Chronicle|Observer|Courier|Examiner|Sentinel|Mirror|Express|Independent|Standard)"
    # "Times of Malta", "Times of India": a masthead with its country.
    r"|(?:The\s+)?(?:Times|Post|Herald|Gazette|Tribune)\s+of\s+[A-Z][\w-]+"
)
MEDIA_RE = re.compile(
    r"\b(?:told|tells|in an interview with|speaking to)\s+(?P<media>"
    + "|".join(sorted((re.escape(m) for m in _MEDIA), key=len, reverse=True))
    + r")\b",
    re.I,
)

COUNTRIES = {
    "the us": "United States", "us": "United States", "the u.s.": "United States",
    "u.s.": "United States", "the united states": "United States",
    "united states": "United States", "washington": "United States", "america": "United States",
    "the uk": "United Kingdom", "uk": "United Kingdom", "the u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "the united kingdom": "United Kingdom", "london": "United Kingdom", "russia": "Russia",
    "moscow": "Russia", "the russian federation": "Russia", "ukraine": "Ukraine",
    "kyiv": "Ukraine", "kiev": "Ukraine", "china": "China", "beijing": "China",
    "france": "France", "paris": "France", "germany": "Germany", "berlin": "Germany",
    "poland": "Poland", "warsaw": "Poland", "belarus": "Belarus", "minsk": "Belarus",
    "iran": "Iran", "tehran": "Iran", "turkey": "Turkey", "ankara": "Turkey",
    "israel": "Israel", "japan": "Japan", "tokyo": "Japan", "india": "India",
    "new delhi": "India", "canada": "Canada", "ottawa": "Canada", "australia": "Australia",
    "canberra": "Australia", "italy": "Italy", "rome": "Italy", "spain": "Spain",
    "madrid": "Spain", "brazil": "Brazil", "mexico": "Mexico", "south africa": "South Africa",
    "north korea": "North Korea", "pyongyang": "North Korea", "south korea": "South Korea",
    "seoul": "South Korea", "hungary": "Hungary", "budapest": "Hungary", "moldova": "Moldova",
    "georgia": "Georgia", "kazakhstan": "Kazakhstan", "the kremlin": "Kremlin",
    "kremlin": "Kremlin", "the white house": "White House", "white house": "White House",
    "downing street": "Downing Street", "greece": "Greece", "portugal": "Portugal",
    "sudan": "Sudan", "ireland": "Ireland", "romania": "Romania", "egypt": "Egypt",
    "nigeria": "Nigeria", "kenya": "Kenya", "ethiopia": "Ethiopia", "pakistan": "Pakistan",
    "indonesia": "Indonesia", "mozambique": "Mozambique", "morocco": "Morocco",
    "netherlands": "Netherlands", "the netherlands": "Netherlands", "belgium": "Belgium",
    "sweden": "Sweden", "norway": "Norway", "finland": "Finland", "denmark": "Denmark",
    "austria": "Austria", "switzerland": "Switzerland", "czech republic": "Czech Republic",
    "slovakia": "Slovakia", "lithuania": "Lithuania", "latvia": "Latvia", "estonia": "Estonia",
    "syria": "Syria", "iraq": "Iraq", "lebanon": "Lebanon", "jordan": "Jordan",
    "saudi arabia": "Saudi Arabia", "qatar": "Qatar", "argentina": "Argentina",
    "chile": "Chile", "colombia": "Colombia", "peru": "Peru", "venezuela": "Venezuela",
}  # fmt: skip
# Every other country, so that a possessive (*Rwanda's health ministry*) qualifies a body.
for _key, _name in {
    "afghanistan": "Afghanistan",
    "albania": "Albania",
    "algeria": "Algeria",
    "andorra": "Andorra",
    "angola": "Angola",
    "antigua and barbuda": "Antigua and Barbuda",
    "armenia": "Armenia",
    "azerbaijan": "Azerbaijan",
    "bahamas": "Bahamas",
    "bahrain": "Bahrain",
    "bangladesh": "Bangladesh",
    "barbados": "Barbados",
    "belize": "Belize",
    "benin": "Benin",
    "bhutan": "Bhutan",
    "bolivia": "Bolivia",
    "bosnia": "Bosnia",
    "bosnia and herzegovina": "Bosnia and Herzegovina",
    "botswana": "Botswana",
    "brunei": "Brunei",
    "bulgaria": "Bulgaria",
    "burkina faso": "Burkina Faso",
    "burundi": "Burundi",
    "cambodia": "Cambodia",
    "cameroon": "Cameroon",
    "cape verde": "Cape Verde",
    "central african republic": "Central African Republic",
    "chad": "Chad",
    "comoros": "Comoros",
    "congo": "Congo",
    "costa rica": "Costa Rica",
    "croatia": "Croatia",
    "cuba": "Cuba",
    "cyprus": "Cyprus",
    "czechia": "Czech Republic",
    "côte d'ivoire": "Côte d'Ivoire",
    "democratic republic of congo": "Democratic Republic of Congo",
    "djibouti": "Djibouti",
    "dominica": "Dominica",
    "dominican republic": "Dominican Republic",
    "dr congo": "Democratic Republic of Congo",
    "drc": "Democratic Republic of Congo",
    "east timor": "Timor-Leste",
    "ecuador": "Ecuador",
    "el salvador": "El Salvador",
    "england": "England",
    "equatorial guinea": "Equatorial Guinea",
    "eritrea": "Eritrea",
    "eswatini": "Eswatini",
    "fiji": "Fiji",
    "gabon": "Gabon",
    "gambia": "Gambia",
    "gaza": "Gaza",
    "ghana": "Ghana",
    "grenada": "Grenada",
    "guatemala": "Guatemala",
    "guinea": "Guinea",
    "guinea-bissau": "Guinea-Bissau",
    "guyana": "Guyana",
    "haiti": "Haiti",
    "honduras": "Honduras",
    "hong kong": "Hong Kong",
    "iceland": "Iceland",
    "ivory coast": "Côte d'Ivoire",
    "jamaica": "Jamaica",
    "kazakhstan": "Kazakhstan",
    "kiribati": "Kiribati",
    "kosovo": "Kosovo",
    "kuwait": "Kuwait",
    "kyrgyzstan": "Kyrgyzstan",
    "laos": "Laos",
    "lesotho": "Lesotho",
    "liberia": "Liberia",
    "libya": "Libya",
    "liechtenstein": "Liechtenstein",
    "luxembourg": "Luxembourg",
    "macedonia": "Macedonia",
    "madagascar": "Madagascar",
    "malawi": "Malawi",
    "malaysia": "Malaysia",
    "maldives": "Maldives",
    "mali": "Mali",
    "malta": "Malta",
    "marshall islands": "Marshall Islands",
    "mauritania": "Mauritania",
    "mauritius": "Mauritius",
    "micronesia": "Micronesia",
    "monaco": "Monaco",
    "mongolia": "Mongolia",
    "montenegro": "Montenegro",
    "myanmar": "Myanmar",
    "namibia": "Namibia",
    "nauru": "Nauru",
    "nepal": "Nepal",
    "new zealand": "New Zealand",
    "nicaragua": "Nicaragua",
    "niger": "Niger",
    "north macedonia": "North Macedonia",
    "northern ireland": "Northern Ireland",
    "oman": "Oman",
    "palau": "Palau",
    "palestine": "Palestine",
    "panama": "Panama",
    "papua new guinea": "Papua New Guinea",
    "paraguay": "Paraguay",
    "philippines": "Philippines",
    "puerto rico": "Puerto Rico",
    "republic of congo": "Republic of Congo",
    "rwanda": "Rwanda",
    "saint lucia": "Saint Lucia",
    "samoa": "Samoa",
    "san marino": "San Marino",
    "saudi arabia": "Saudi Arabia",
    "scotland": "Scotland",
    "senegal": "Senegal",
    "serbia": "Serbia",
    "seychelles": "Seychelles",
    "sierra leone": "Sierra Leone",
    "singapore": "Singapore",
    "slovakia": "Slovakia",
    "slovenia": "Slovenia",
    "solomon islands": "Solomon Islands",
    "somalia": "Somalia",
    "south sudan": "South Sudan",
    "spain": "Spain",
    "sri lanka": "Sri Lanka",
    "suriname": "Suriname",
    "taiwan": "Taiwan",
    "tajikistan": "Tajikistan",
    "tanzania": "Tanzania",
    "thailand": "Thailand",
    "the bahamas": "Bahamas",
    "the czech republic": "Czech Republic",
    "the democratic republic of congo": "Democratic Republic of Congo",
    "the drc": "Democratic Republic of Congo",
    "the gambia": "Gambia",
    "the philippines": "Philippines",
    "the uae": "United Arab Emirates",
    "timor-leste": "Timor-Leste",
    "togo": "Togo",
    "tonga": "Tonga",
    "trinidad and tobago": "Trinidad and Tobago",
    "tunisia": "Tunisia",
    "turkmenistan": "Turkmenistan",
    "tuvalu": "Tuvalu",
    "uae": "United Arab Emirates",
    "uganda": "Uganda",
    "united arab emirates": "United Arab Emirates",
    "uruguay": "Uruguay",
    "uzbekistan": "Uzbekistan",
    "vanuatu": "Vanuatu",
    "vatican": "Vatican",
    "vietnam": "Vietnam",
    "wales": "Wales",
    "west bank": "West Bank",
    "yemen": "Yemen",
    "zambia": "Zambia",
    "zimbabwe": "Zimbabwe",
}.items():
    COUNTRIES.setdefault(_key, _name)
_DEMONYMS = frozenset(
    split_words(
        r"""
    ukrainian, russian, american, us, u.s., uk, british, french, german, polish, chinese,
    belarusian, iranian, turkish, israeli, japanese, indian, canadian, australian, italian,
    spanish, brazilian, european, un, eu, nato, local, regional, state, federal, national,
    chief, senior, top, former, deputy, acting, interim, then, newly, elected, opposition,
    greek, portuguese, irish, sudanese, moldovan, provincial, city, county, district
    """
    )
)
TITLE_WORDS = frozenset(
    split_words(
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
    incumbent, manager, treasurer, auditor, inspector-general, commissioner, medical, rights,
    sir, lord, lady, dame, rev., father, sister, brother, lawyer, counsel, governor-general,
    collector, magistrate, coordinator, co-ordinator, administrator, superintendent,
    controller, registrar, premier, consul, rapporteur, prefect, marshal, comptroller
    """
    )
)
_OFFICIAL_TITLES = frozenset(
    split_words(
        r"""
    president, minister, chancellor, governor, mayor, senator, sen., rep., representative,
    congressman, congresswoman, mp, mep, lawmaker, gen., general, lt., lieutenant, col.,
    colonel, commander, admiral, spokesman, spokeswoman, spokesperson, secretary,
    secretary-general, prosecutor, ambassador, envoy, official, councillor, councilor, speaker,
    ombudsman, sheriff, inspector, commissioner, judge, treasurer, auditor, director-general,
    chief, officer, governor-general, coordinator, co-ordinator, administrator,
    superintendent, controller, registrar, premier, consul, rapporteur, prefect, comptroller,
    голова, очільник, очільниця, міністр, міністерка, мер, президент, прем'єр-міністр,
    прем'єр-міністерка, прем'єр, віцепрем'єр, віцепрем'єрка, віцепрем'єр-міністр,
    речник, речниця, губернатор, депутат, депутатка, прокурор, прокурорка, суддя, командувач,
    генерал, посол, посолка, уповноважений, уповноважена, омбудсман, начальник, начальниця,
    заступник, заступниця, секретар, секретарка, директор, директорка, керівник, керівниця,
    лікар, санітарний
    """
    )
)
_EXPERT_TITLES = frozenset(
    split_words(
        r"""
    dr., dr, prof., professor, doctor, scientist, economist, epidemiologist, researcher,
    analyst, expert, statistician, virologist, physician, surgeon,
    професор, професорка, науковець, економіст, економістка, аналітик, аналітикиня, експерт,
    експертка, лікар, лікарка, епідеміолог, епідеміологиня, вірусолог
    """
    )
)
# Groups nobody can be asked about: an attribution to them names no claimant.
GENERIC_GROUPS = frozenset(
    split_words(
        r"""
    officials, authorities, residents, experts, analysts, witnesses, locals, villagers,
    sources, doctors, rescuers, prosecutors, investigators, observers, critics, activists,
    pharmacists, employers, patients, families, people, voters, shoppers, economists,
    scientists, researchers, medics, nurses, teachers, parents, workers, survivors,
    volunteers, diplomats, lawmakers, campaigners, protesters, organisers, organizers,
    supporters, opponents, farmers, traders, businesses, firms, companies, agencies,
    aid agencies, rights groups, humanitarian groups, police officers, officers, soldiers,
    troops, fighters, militants, rebels, forces, firefighters, lawyers, some, many, others,
    hospitals, clinics, schools, universities, banks, airlines, insurers, retailers, shops,
    manufacturers, exporters, investors, lenders, landlords, tenants, motorists, drivers,
    passengers, analysts, polls, surveys, markets, unions, hospitals,
    посадовці, влада, мешканці, жителі, експерти, аналітики, очевидці, джерела, лікарі,
    рятувальники, волонтери, слідство, слідчі, правоохоронці, журналісти, батьки, покупці,
    медики, науковці, економісти, дослідники, військові, місцеві, люди, пацієнти, вчителі,
    фермери, депутати, чиновники, опитані, свідки, представники
    """
    )
)
_GROUP_MODIFIERS = frozenset(
    split_words(
        r"""
    local, regional, senior, some, several, many, two, three, other, foreign, western,
    international, independent, government, health, security, military, medical, aid,
    rights, human, unnamed, anonymous, top, city, state, federal, provincial, district,
    місцева, місцеві, деякі, окремі, багато, інші, іноземні, західні, незалежні, обласна,
    районна, міська, сусідніх, будинків, районів
    """
    )
)
_ANONYMOUS = Lexicon(
    split_words(
        r"""
    resident, residents, local, locals, villager, villagers, witness, witnesses, man, woman,
    men, women, mother, father, survivor, survivors, neighbour, neighbor, passer-by,
    shopkeeper, student, students, volunteer, volunteers, fan, fans, onlooker, onlookers,
    person, people, someone, one, another, voter, voters, parent, parents, driver, teacher,
    nurse, patient, worker, workers, farmer, farmers, pensioner, source, sources,
    state media, local media, media reports, media
    """
    )
)

# Body head words and their kind; the head of a name decides its kind.
BODY_KINDS: dict[str, str] = {}
for _kind, _words in {
    ClaimantKind.OFFICE: r"""
        prosecutor general, prosecutor-general, prosecutor general's office, prosecutor's
        office, prosecutors, prosecutor, ministry, ministries, department, police, office,
        commission, inspectorate, directorate, authority, presidency, president's office,
        presidential office, ombudsman, regulator, central bank, statistics office, statistical
        office, bureau, court, supreme court, tribunal, electoral commission, election
        commission, treasury, service, services, executive, health service, nhs, public health,
        coroner, audit office, auditor, emergency service, fire service, coast guard, border
        guard, customs, mayor, governor, city hall, town hall, council, city council, county
        council, board, spokesman, spokeswoman, spokesperson, official, watchdog,
        investigators, inquiry, bundesbank, federal reserve, ofqual, ofsted,
        secretariat, registry, prefecture, ministry of health, municipality,
        fire brigade, fire department, ambulance service, statistics agency, national bank,
        reserve bank, coordination, co-ordination
    """,
    ClaimantKind.GOVERNMENT: r"""
        government, cabinet, administration, kremlin, white house, downing street, authorities,
        state, parliament, legislature, duma, verkhovna rada, rada, national assembly, regime,
        senate, congress, chamber of deputies, house of representatives, house of commons,
        house of lords, lower house, upper house
    """,
    ClaimantKind.MILITARY: r"""
        army, military, armed forces, general staff, commander, commanders, troops, navy, air
        force, brigade, battalion, regiment, command, defence forces, defense forces, soldiers,
        marines, national guard, special forces, militia, forces, pentagon
    """,
    ClaimantKind.ORGANISATION: r"""
        un, united nations, who, world health organization, imf, world bank, nato, eu, european
        union, european commission, red cross, icrc, amnesty, amnesty international, human
        rights watch, unicef, unhcr, ohchr, osce, iaea, wada, ioc, union, party, company, ngo,
        charity, institute, university, foundation, association, federation, committee, group,
        hospital, clinic, firm, bank, organisation, organization, panel, researchers,
        scientists, study, survey, report, poll, census, centre, center, observatory, fund,
        chamber, international, médecins sans frontières, msf, doctors without borders,
        human rights watch, transparency international, eurostat, greenpeace, caritas,
        network, coalition, alliance, laboratory, consortium, mission, programme, program,
        forum, security council, general assembly, monitor, agency, unit, society, body, project,
        cooperative, co-operative, chain,
        centres, centers, confederation, bloc,
        school, academy, college, trust, league, council of europe, think tank, railway,
        railways, airline, carrier, insurer, lender, carmaker, automaker, retailer, operator,
        utility, manufacturer, producer, distributor, supplier, exchange, securities, holdings,
        capital, partners, brokerage, construction, engineering, industries, motors, mining,
        logistics, shipping, pharmaceuticals, technologies, chemicals,
        consulting, consultancy, analytics, ratings, investments, associates, economics, maker,
        drugmaker
    """,
}.items():
    for _w in split_words(_words):
        BODY_KINDS.setdefault(_w, _kind)
BODY_WORDS = Lexicon(BODY_KINDS)
# Every word of a body's name: a sentence without any names no body.
_BODY_TOKENS = frozenset(w for entry in BODY_KINDS for w in entry.split())
ACRONYM_BODIES = _set("UN WHO IMF NATO EU ICRC UNICEF UNHCR OHCHR OSCE IAEA WADA IOC NHS MSF")
# Names that start an international body: its kind is organisation whatever its head.
_INTERNATIONAL = re.compile(
    r"^(?:European|United Nations|UN|African|International|World|Inter-American|Asian|Arab)\b"
)
# Words that make an agency a law-enforcement office: "National Crime Agency".
_LAW_ENFORCEMENT = re.compile(
    r"\b(?:Crime|Police|Border|Customs|Fraud|Narcotics|Drug Enforcement|Corruption|"
    r"Anti-Corruption)\b"
)
# Weather services, whatever their head: "National Meteorological Service".
_WEATHER = re.compile(r"\b(?:[Hh]ydro)?(?:[Mm]eteorolog\w*|[Ww]eather)\b")
# Words that make an agency a regulator or an emergency service, an office.
_REGULATOR = re.compile(
    r"\b(?:Medicines|Medicinal|Regulatory|Control|Inspection|[Cc]ivil [Pp]rotection|"
    r"[Ee]mergenc(?:y|ies)|Disaster)\b"
)
# What a state-owned operator runs or trades, whatever its head ("Port … Authority").
_OPERATED = re.compile(
    r"\b(?:Ports?|Harbou?r|Airports?|Canal|Cocoa|Coffee|Tea|Grain|Cotton|Sugar|Tobacco)\b"
)
# Heads a back-reference may use for a body of another head ("the union" for the INMO).
_ORGANISATION_HEADS = _set("union group organisation organization charity ngo body")
# "the company said": the company named before, by its trade or its name's ending.
_COMPANY_HEADS = _set(
    "chain company firm airline carrier insurer lender carmaker automaker retailer operator "
    "utility manufacturer producer railway railways компані підприємств"
)
# What a country's central bank is called when the article named it before.
_CENTRAL_BANKS = frozenset(("central bank", "national bank", "reserve bank"))
# Heads so general that they refer back to whichever body was named last.
_ANY_BODY_HEADS = _set("agency body organisation organization regulator watchdog")

# Ukrainian body heads by stem (lower-case), with their kind.
_UK_BODY_STEMS: tuple[tuple[str, str], ...] = tuple(
    (stem, kind)
    for kind, stems in {
        ClaimantKind.MILITARY: "сил сили штаб армі командуванн бригад гвардi гвардія флот військ",
        ClaimantKind.GOVERNMENT: "уряд кабмін кабінет влад",
        ClaimantKind.ORGANISATION: (
            "центр гідрометцентр організаці фонд інститут університет асоціаці спілк профспілк "
            "федераці реєстр "
            "червоний лікарн укренерго нафтогаз укрзалізниц укрпошт школ академі агенці "
            "компані корпораці об'єднанн коаліці"
        ),
        ClaimantKind.OFFICE: (
            "міністерств служб поліці прокуратур суд бюро банк комісі адміністраці рад агентств "
            "інспекці департамент управлінн офіс відомств регулятор держ мвс моз нацбанк "
            "нацполіці мінфін мінекономік міноборон мінздрав мінцифр мін'юст мін’юст "
            "мінсоцполітик мінрозвитк мінагрополітик міненерго мінкульт мінветеранів "
            "мінреінтеграці мінінфраструктур мінмолодьспорт мінстратегпром"
        ),
    }.items()
    for stem in stems.split()
)
# Known Ukrainian acronyms: kind, and the head noun a back-reference uses for them.
_UK_ACRONYMS = {
    "ДСНС": (ClaimantKind.OFFICE, "служб"), "СБУ": (ClaimantKind.OFFICE, "служб"),
    "НАБУ": (ClaimantKind.OFFICE, "бюро"), "ДБР": (ClaimantKind.OFFICE, "бюро"),
    "НБУ": (ClaimantKind.OFFICE, "банк"), "МОЗ": (ClaimantKind.OFFICE, "міністерств"),
    "МВС": (ClaimantKind.OFFICE, "міністерств"), "ЦВК": (ClaimantKind.OFFICE, "комісі"),
    "ОВА": (ClaimantKind.GOVERNMENT, "адміністраці"),
    "КМВА": (ClaimantKind.GOVERNMENT, "адміністраці"),
    "ЗСУ": (ClaimantKind.MILITARY, "сил"), "ООН": (ClaimantKind.ORGANISATION, "організаці"),
    "ВООЗ": (ClaimantKind.ORGANISATION, "організаці"),
    "ЮНІСЕФ": (ClaimantKind.ORGANISATION, "фонд"),
    "ОБСЄ": (ClaimantKind.ORGANISATION, "організаці"),
    "МАГАТЕ": (ClaimantKind.ORGANISATION, "агентств"),
    "ЄС": (ClaimantKind.ORGANISATION, "союз"), "НАТО": (ClaimantKind.ORGANISATION, "альянс"),
    "МВФ": (ClaimantKind.ORGANISATION, "фонд"), "САП": (ClaimantKind.OFFICE, "прокуратур"),
    "ВАКС": (ClaimantKind.OFFICE, "суд"), "ВРУ": (ClaimantKind.GOVERNMENT, "рад"),
}  # fmt: skip
# The short names Ukrainian news gives ministries, by their stem, and the full name a
# newsroom files them under when the article never gives it.
_UK_SHORT_MINISTRIES = {
    "мінфін": "Міністерство фінансів", "мін'юст": "Міністерство юстиції",
    "мінекономік": "Міністерство економіки", "міноборон": "Міністерство оборони",
    "мінцифр": "Міністерство цифрової трансформації",
    "мінсоцполітик": "Міністерство соціальної політики",
    "мінрозвитк": "Міністерство розвитку громад та територій",
    "мінагрополітик": "Міністерство аграрної політики та продовольства",
    "міненерго": "Міністерство енергетики", "мінкульт": "Міністерство культури",
    "мінветеранів": "Міністерство у справах ветеранів",
    "мінінфраструктур": "Міністерство інфраструктури",
}  # fmt: skip
_UK_PRONOUNS = {
    "його": "he", "її": "he", "він": "he", "вона": "he", "їхніми": "they", "їх": "they",
    "вони": "they", "їхні": "they", "ним": "he", "нею": "he", "там": "they", "тут": "they",
}  # fmt: skip
_FUNCTION_WORDS = _set("of for and the on in de del la le y et з із і й та у в на до для при")
_NAME_PARTICLES = _set("de da dos das del la le van von der den al el bin ben ait abu")


# --- English attributions ------------------------------------------------------------------

_ATTRIBUTION_VERBS = frozenset(
    split_words(
        r"""
    said, says, told, tells, stated, states, announced, announces, claimed, claims, confirmed,
    confirms, reported, reports, added, warned, warns, insisted, insists, denied, denies,
    estimated, estimates, hailed, accused, alleged, noted, wrote, tweeted, posted, declared,
    acknowledged, admitted, argued, explained, predicted, predicts, forecast, forecasts,
    projected, revealed, disclosed, concluded, found, showed, shows, ruled, testified, blamed,
    urged, pledged, promised, vowed, described, called, expects, counted, documented, recorded,
    say, expect
    """
    )
)
_WEAK_VERBS = frozenset(
    split_words(
        r"""
    admitted, admits, found, finds, showed, shows, recorded, records, counted, documented,
    described, called, reported, reports, estimated, estimates, confirmed
    """
    )
)
# "…,” said the Fire Service": the speaker's name starts with a capital ("Ivan Petrenko, 72,
# said the shelling …" names nobody after "said").
_SAID_WHO = re.compile(
    r"[,”\"]\s*(?:said|says|wrote|added)\s+"
    r"(?P<who>(?:the\s+)?[A-Z\u00c0-\u024f][\w\u2019'.-]*"
    r"(?:\s+(?:[A-Z\u00c0-\u024f][\w\u2019'.-]*|of|the|for|and|in(?=\s+[A-Z])|"
    r"(?:da|de|do|dos|das|del|della|di|van|von|der|den|bin|ben|al|el|ibn)(?=\s+[A-Z])|"
    r"\([A-Z][A-Za-z]{1,9}(?:\s[A-Z]{2,6})?\)))*)"
)
_ACCORDING_TO = re.compile(
    r"\baccording to\s+(?P<who>(?:[^,.;:\"“”]|"
    # "according to Dr. Halima Issoufou": an honorific's full stop is no end.
    + "|".join(rf"(?<=\b{t})\." for t in ("Dr", "Mr", "Ms", "Mrs", "Prof", "Gen", "Col", "Lt"))
    + r")+?)"
    r"(?=\s*(?:[,;:\"“”]|"
    + "".join(rf"(?<!\b{t})" for t in ("Dr", "Mr", "Ms", "Mrs", "Prof", "Gen", "Col", "Lt"))
    + r"\.|$|\s(?:which|who|whose|that|released|published|on|in|at|from|with)\b))",
    re.I,
)
# "according to figures from the health ministry": a document's author is the source.
_DOCUMENTS = (
    r"(?:results?|figures?|data|estimates?|count|tally|statistics|numbers|report|survey|poll|"
    r"projections?|forecasts?|records?|analysis|study|calculations?|assessment|census|review|"
    r"bulletins?|lists?)"
)
_DOCUMENT = re.compile(rf"\b{_DOCUMENTS}$", re.I)
_DOCUMENT_BY = re.compile(
    rf"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_DOCUMENTS}\s+"
    r"(?:(?:compiled|collected|gathered|published|released|produced)\s+)?(?:by|from|of)\s+(?=\S)",
    re.I,
)
# "ministry figures", "police data": a body's head noun before its document.
_HEAD_DOCUMENT = re.compile(rf"^(?:the\s+)?(?P<head>[a-z][\w-]*)\s+{_DOCUMENTS}$")
_DOCUMENT_OF = re.compile(
    rf"^(?P<owner>(?:the\s+)?[\w\s-]{{1,60}}?)['\u2019]s?\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENTS}$",
    re.I,
)
_PUBLISHED_BY = re.compile(
    r"\b(?:[Ii]ndex|[Rr]eport|[Rr]anking|[Ss]urvey|[Ss]tudy|[Ss]tatistics)\s+"
    r"(?:published|compiled|released|produced)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*)){0,6})"
)
_ACRONYM_DOCUMENT = re.compile(rf"^(?P<acronym>[A-Z]{{2,6}})\s+(?:[\w-]+\s+)?{_DOCUMENTS}\b")
_OWN_DOCUMENT = re.compile(rf"^(?:its|their)\s+(?:[\w-]+\s+){{0,2}}{_DOCUMENTS}$", re.I)
_DOCUMENT_ONLY = re.compile(
    rf"^(?:(?:an?|the|official|preliminary|final|new|latest|government|its|their)\s+)*"
    rf"{_DOCUMENTS}\b(?!\s+(?:by|from|of)\b)",
    re.I,
)
# "according to an order issued by the district administration": a legal act is nobody's
# statement, whoever issued it.
_LEGAL_ACT = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:order|decree|ruling|verdict|judg(?:e)?ment|indictment|"
    r"resolution|ordinance|directive|warrant)s?\b(?!\s+(?:of|from)\b)",
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
    r"\bputs?\s+(?:the|its|their|a|an|annual|[a-z]+|[A-Z][\w'’-]+)\b[^.;]{0,60}?\b(?:at|on)\s+"
    r"(?:\w+\s+){0,2}\d"
)
_WHAT_THEY_CALLED = re.compile(r"\b(?:in\s+)?what\s+$", re.I)
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|because|since|until|although|though|if|once)\s+$", re.I
)
_WHICH_ASIDE = re.compile(r"[^,]*,\s+which\b")
_ADVERB_ASIDE = re.compile(
    r",\s*(?:however|meanwhile|though|too|also|in turn|for its part|for their part|"
    r"in a statement|in its report|in a report)\s*,?\s*$",
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
    r"[a-z][\w-]*(?=(?:\s+[a-z][\w-]*)*\s+[A-Z])))*?)"
    r"\s+(?:[a-z]+ed|met|won|lost|held|gave|took|made|spent|sent|told|began|left|went)\b"
)
_PRONOUNS = {"he": "he", "she": "he", "they": "they", "we": "they", "i": "he", "it": "they"}
_NOT_A_SPEAKER = {"which", "that", "this", "who", "what", "there", "these", "those"}
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s*$", re.I)


@lru_cache(maxsize=8192)
def _clean_who(raw: str) -> str:
    who = raw.strip(" ,;:—\u2013-\"“”'\u2019")
    # "An army commander on the outskirts of Kherson city" → "An army commander"; but
    # "Organization for Security and Co-operation in Europe" keeps its "in Europe".
    for m in _WHO_ENDS.finditer(who):
        if m.group(1) == "in":
            following = who[m.end() :].split(maxsplit=1)[:1]
            if following and _NAME_WITH_IN.search(f"{who[: m.end()]} {following[0]}"):
                continue
        who = who[: m.start()]
        break
    who = who.strip(" ,;:—\u2013-")
    if _FULL_STOP.search(who) and not who.endswith(_ABBREVIATIONS):
        # "… said Mayor Ivo Brandt.": the sentence's full stop is no part of the name.
        who = who[:-1]
    return who


_FULL_STOP = re.compile(r"[^\W\d_]{3}\.$")
_ABBREVIATIONS = ("Inc.", "Corp.", "Bros.", "Ltd.", "Assn.", "Dept.", "Govt.")
_WHO_ENDS = re.compile(
    r"\s+(on|in|at|from|near|outside|inside|who|which|speaking|after|"
    r"during|earlier|later|also|has|have|had|previously|again|then|on\s+Twitter|"
    r"however|meanwhile|last|this|next)\b"
)
# A capitalised name whose complement goes on with "in" and a capital: "… for Security and
# Co-operation in Europe", "Centre for Human Rights in Iran".
_NAME_WITH_IN = re.compile(r"[A-Z][\w-]*\s+(?:for|of)\s+[A-Z][^,]*?\s+in\s+[A-Z][\w-]*$")


_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,9}(?:\s[A-Z]{2,6})?\)")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_THE_START = re.compile(r"^The\s+")
_JOINER_END = re.compile(r"\s+(?:of|for|and|on|the|de)$")


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
            and before[m.end() : m.end() + 1].isupper()
            and before[: m.start()].rstrip().rsplit(" ", 1)[-1][:1].isupper()
        )
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
    r"^(?:the|a|an|its|their|his|her|[A-Z][\w-]+['’]s)\s+[\w\s'’-]{0,60}$", re.I
)
_AGE_APPOSITION = re.compile(r"(?<=[^\W\d_]),\s*\d{1,3}$")
# A "which"/"who" aside ending right before the verb: ", which led the inquiry".
_RELATIVE_END = re.compile(
    r",\s+(?:which|who|whose|formed|founded|created|set\s+up|established|backed|led|run)\b"
    r"(?:[^,;:\"“”]|(?<=\d),(?=\d))*$"
)


# A name whose complement lists its fields: "Ministry of Health, Labour and Welfare".
_LISTED_NAME = re.compile(
    r"(?:(?<=\s)|^)(?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+)+of\s+[A-Z][\w-]*"
    r"(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*$"
)


_WHO_THEN_SPEAKER = re.compile(r"\s(?:who|whom|which)\s+(?P<np>(?:[\w'’-]+\s*){1,4})$")


def _subject_before(text: str, verb_start: int) -> tuple[int, str, str] | None:
    """The clause before an attribution verb: (its start, its text, an apposition title).

    Skips "who …"/"which …" clauses, asides ("X, however, said") and appositions
    ("Dr. Nhantumbo, the provincial health director, said").
    """
    before = text[:verb_start].rstrip()
    aside = _ADVERB_ASIDE.search(before) if before.endswith(",") else None
    if aside:
        before = before[: aside.start()]
    if before.endswith(","):
        before = before[:-1]
    # "Opava's mayor, Tomáš Navrátil, 49, said": the age in apposition is not the subject.
    before = _AGE_APPOSITION.sub("", before)
    listed = _LISTED_NAME.search(before)
    if listed:
        # "Japan's Ministry of Health, Labour and Welfare said": the commas are the name's.
        return listed.start(), listed.group(0), ""
    relative = _RELATIVE_END.search(before)
    if relative and relative.start():
        # "The agency (NCA), which led the inquiry with police in Romania and the
        # Netherlands, said": the name before the aside, whatever the aside holds.
        before = before[: relative.start()]
    clause_start = _clause_start(before)
    subject = before[clause_start:]
    title = ""
    relative = _WHO_THEN_SPEAKER.search(subject)
    if relative:
        # "a restorer who prosecutors said painted the works": the speaker is inside the
        # relative clause, not the person it describes.
        clause_start += relative.start("np")
        subject = subject[relative.start("np") :]
    first = subject.strip().split(" ", 1)[0].lower()
    if first in ("who", "whose", "which") and clause_start:
        earlier = before[:clause_start].rstrip(" ,")
        clause_start = _clause_start(earlier)
        subject = earlier[clause_start:]
    elif (
        _APPOSITION.match(subject.strip())
        or (subject.split()[:1] and subject.split()[0].lower() in TITLE_WORDS)
    ) and before[:clause_start].rstrip().endswith(","):
        # "Dr. Nhantumbo, the provincial health director, said", "Kabirul Bashar, an
        # entomologist at Jahangirnagar University, said": the name before the apposition.
        earlier = before[:clause_start].rstrip().removesuffix(",").rstrip()
        # "John Smith, 45, a local farmer, said": the age between name and apposition.
        earlier = _AGE_APPOSITION.sub("", earlier)
        start = _clause_start(earlier)
        name = earlier[start:]
        person = speaker_en(_clean_who(name))
        # "The largest fine went to Tieurakka Oy, the court said": a name after a verb or a
        # preposition is no subject that the apposition describes.
        # ("Union Party leader Jóannes Dam, 52, a former fisheries minister": a title is no
        # verb.)
        opens = all(w in TITLE_WORDS for w in _LOWER_WORD.findall(_THE_START.sub("", name)))
        determined = subject.split()[0].lower() in ("the", "a", "an", "its", "their", "his", "her")
        # "Dr. Nimali Perera, chief epidemiologist at …": a title needs no article.
        determined = determined or subject.split()[0].lower() in TITLE_WORDS
        if not opens:
            pass
        elif (
            person.kind == ClaimantKind.PERSON
            and determined
            and (_has_title(subject) or (len(person.name.split()) >= 2 and not person.ref))
        ):
            title, clause_start, subject = subject.strip(), start, name
        elif (
            _body_apposition(subject)
            and _DESCRIPTION.match(subject.strip())
            and len(name.split()) <= 7
            and (
                speaker_en(_clean_who(name)).kind not in (None, ClaimantKind.PERSON)
                # "Sciensano, Belgium's public health institute, said": one word a body's.
                or (len(name.split()) == 1 and name[:1].isupper())
            )
        ):
            # "the CGIL, Italy's largest trade union, said": the body the apposition describes.
            title, clause_start, subject = subject.strip(), start, name
    elif subject[:1].isupper() and before[:clause_start].rstrip().endswith(","):
        # "The plant's owner, Tèxtils Cardener, said": the name a company's role stands before.
        role = _COMPANY_ROLE.search(before[:clause_start].rstrip().removesuffix(","))
        if role:
            title = role.group(0).strip()
    if not subject.strip():
        return None
    return clause_start, subject, title


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
    # "the Bavarian State Painting Collections' laboratory": a named owner's body.
    r"|the(?:\s+[A-Z][\w-]+){1,5}['’]s?)\s+[a-z]"
)


def _body_apposition(words: str) -> str | None:
    """The kind of body an apposition says something is: "a labour rights group",
    "Italy's largest trade union" → organisation; None when it names no body."""
    # The head of the phrase comes before its complements: "an entomologist at …".
    lowered = re.split(r"\s+(?:at|of|for|in|from|with|on|to|by)\s+", words.lower().strip())[0]
    if _TRADE_LEADER.search(lowered):
        # "Havfrisk, the islands' largest salmon farmer": a company by its rank in a trade.
        return ClaimantKind.ORGANISATION
    heads = list(BODY_WORDS.finditer(lowered))
    # The body word must end the apposition: "an entomologist at Dhaka University" is a
    # person's, "a Sofia think tank" a body's.
    if not heads or heads[-1].end() != len(lowered) or lowered.split()[-1] in TITLE_WORDS:
        return None
    if _STATE_BODY.search(lowered):
        # "The Fiscal Council, an independent state body": the state's, an office.
        return ClaimantKind.OFFICE
    # "the national weather service, Météo Madagascar": what more than the head says, as
    # for a name.
    return _body_kind(lowered, BODY_KINDS[heads[-1].entry])


_TRADE_LEADER = re.compile(
    r"\b(?:largest|biggest|leading|main|top|state-owned|[a-z]+-largest)\s+(?:[\w-]+\s+){0,2}"
    r"(?:farmer|producer|exporter|importer|grower|processor|refiner|miner|maker|retailer|"
    r"supplier|operator|lender|insurer|carrier)$"
)
_GENERIC_BODY = re.compile(r"(?<!state )(?<!government )(?<!public )(?<!statutory )\bbody$", re.I)
_STATE_BODY = re.compile(r"\b(?:state|government|public|statutory)\s+(?:body|agency|authority)$")


def _english_attributions(text: str) -> list[Attribution]:
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    for m in _SAID_WHO.finditer(text):
        who = _clean_who(m.group("who"))
        if who and who.split()[0].lower() not in {*_PRONOUNS, *_NOT_A_SPEAKER}:
            start = m.start("who")
            found.append(Attribution(start, start + len(who), speaker_en(who)))
            taken.append((m.start(), m.end()))
    for m in _PUBLISHED_BY.finditer(text) if " by " in text else ():
        # "… in the latest Corruption Perceptions Index published by Transparency
        # International": an index or a report is its publisher's.
        speaker = speaker_en(m.group("who"))
        if speaker.name and speaker.kind not in (None, ClaimantKind.PERSON):
            found.append(Attribution(m.start("who"), m.end("who"), speaker, according_to=True))
            taken.append((m.start(), m.end()))
    for m in _ACCORDING_TO.finditer(text) if "ccording to" in text else ():
        who = m.group("who").strip()
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
        elif _DOCUMENT_ONLY.match(who) or _LEGAL_ACT.match(who):
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
        if who:
            speaker = speaker_en(who)
            body = speaker.kind not in (None, ClaimantKind.PERSON, ClaimantKind.MEDIA)
            described = _described_after(who, text, m.end())
            if described is not None and speaker.kind in (None, ClaimantKind.PERSON):
                speaker = described
            elif described is not None and body and speaker.name:
                # "according to Eurostat, the EU's statistics office": the kind it is said to be.
                speaker = replace(speaker, kind=described.kind, official=described.official)
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
        elif word not in _ATTRIBUTION_VERBS:
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
        subject = _subject_before(text, verb_start)
        if subject is None:
            continue
        subject_start, raw, title = subject
        if raw.strip() in ("and", "but") and previous is not None:
            # "The union called the rise a crumb and said …": the subject of the verb before.
            found.append(replace(previous, end=verb_end, weak=word in _WEAK_VERBS))
            continue
        raw = raw.rstrip()
        if previous is None and raw.endswith(" and"):
            # "Prime Minister Ana Costa conceded defeat and said": who did the first verb.
            shared = _SHARED_SUBJECT.match(raw)
            if shared:
                raw = shared.group("who")
        if raw[:13].lower().startswith("according to "):
            # "according to the council (NDRRMC), which said": the council, no "according to".
            raw = raw[13:]
            subject_start += 13
        if len(raw.split()) > 12:
            continue
        # "Analysts at Fjord Securities said": the firm, before "at" cuts it off.
        who = raw.strip() if _SPOKESPERSON_FOR.match(raw.strip()) else _clean_who(raw)
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
            if speaker.kind in (None, ClaimantKind.PERSON) and not speaker.description:
                speaker = Speaker(pollster, ClaimantKind.ORGANISATION)
        else:
            speaker = speaker_en(who)
            if (
                speaker.name is None and not speaker.generic and not speaker.ref
            ) or speaker.generic:
                speaker = _named_body_speaker(raw) or speaker
            body_kind = _body_apposition(title) if title else None
            if body_kind and speaker.kind and _GENERIC_BODY.search(title):
                # "The Electoral Commission, the state's independent electoral body": "body"
                # says nothing of the kind; the name's own head does.
                body_kind = speaker.kind
            if (
                title
                and speaker.kind == ClaimantKind.PERSON
                and speaker.name
                and _COMPANY_ROLE.search(" " + title)
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
                    ref="alias" if speaker.ref == "alias" else "",
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
        lead = len(raw) - len(raw.lstrip(" ,;:\u2014\u2013-\"\u201c\u201d'\u2019"))
        media = MEDIA_RE.match(text, verb_start)
        media_name = _MEDIA[media.group("media").lower()] if media else None
        previous = Attribution(
            subject_start + lead, verb_end, speaker, media_name, weak=word in _WEAK_VERBS
        )
        found.append(previous)
    return found


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
    return _title_match(words, _EXPERT_TITLES)


# An acronym in brackets, or a word and an acronym ("Africa CDC").
_ALIAS = re.compile(
    r"\s*\((?P<alias>[A-ZА-ЯІЇЄҐ][A-Za-zА-ЯІЇЄҐа-яіїєґ]{1,9}(?:\s[A-ZА-ЯІЇЄҐ]{2,6})?)\)\s*$"
)
# Days and months: "on Wednesday" closes a name ("… Court … in Athens on Wednesday").
_DAYS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
_NAMED = re.compile(
    r"(?:[A-Z\u00c0-\u024f][\w\u2019'&-]*)"
    rf"(?:\s+(?:of|for|and|on(?!\s+{_DAYS})|the|de|sans|without|in(?=\s+[A-Z])|"
    r"[A-Z\u00c0-\u024f][\w\u2019'&-]*))*"
)


_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Madam|Mx)\.?$", re.I)


def _split_possessive(words: list[str]) -> tuple[str, str, list[str]]:
    """("Spain's", "spain", rest) for a name opening with a possessive; ("", "", words) else."""
    if words and re.search(r"['\u2019]s$", words[0]) and len(words) > 1:
        owner = words[0][:-2]
        return words[0], owner.lower(), words[1:]
    if (
        len(words) > 2
        and re.search(r"['\u2019]s$", words[1])
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[2][:1].islower()
    ):
        # "North Rhine-Westphalia's justice ministry": a place of two words owns it.
        owner = f"{words[0]} {words[1][:-2]}"
        return f"{words[0]} {words[1]}", owner.lower(), words[2:]
    return "", "", words


def _body_kind(name: str, kind: str) -> str:
    """The kind of an English body's name, where more than its head tells it."""
    if _INTERNATIONAL.match(name):
        return ClaimantKind.ORGANISATION
    if _WEATHER.search(name):
        # "National Meteorological Service": a weather service forecasts, it rules nothing.
        return ClaimantKind.ORGANISATION
    if kind == ClaimantKind.ORGANISATION and (
        _LAW_ENFORCEMENT.search(name)
        or (_REGULATOR.search(name) and re.search(r"\b[Aa]gency\b", name))
        # "National Institute of Statistics", "the national statistics agency INDEC".
        or re.search(r"\b[Ss]tatistic", name)
    ):
        # "National Crime Agency", "Border Force agency": the police's kin; "State Medicines
        # Control Agency", "civil protection agency": regulators and emergency services.
        return ClaimantKind.OFFICE
    return kind


def _body_head(words: list[str]) -> tuple[str, str] | None:
    """(head word, kind) of a body's name: the first body word before "of"/"for", else the last."""
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
    if head.entry in ("authority", "board", "council") and _OPERATED.search(" ".join(words)):
        # "Port of Rotterdam Authority", "Ghana Cocoa Board": state-owned operators.
        return head.entry, ClaimantKind.ORGANISATION
    return head.entry, BODY_KINDS[head.entry]


def _person_run(words: list[str]) -> int:
    """How many words at the end of ``words`` form a person's name (0 if none)."""
    n = 0
    for w in reversed(words):
        low = w.lower().strip(",")
        if low in _NAME_PARTICLES and n:
            n += 1
            continue
        if n and _INITIAL.match(w):
            # "K. Anitha Reddy", "V. Srinivas": an initial opens the name.
            n += 1
            break
        if (
            not w[:1].isupper()
            # "Elbe Privatbank": a word ending in a bank's name is no person's.
            or (not n and len(low) > 5 and low.endswith("bank"))
            or low in TITLE_WORDS
            or low in _DEMONYMS
            or low in BODY_KINDS
            or low.rstrip("'s\u2019") in COUNTRIES
            or (w.isupper() and len(w) > 1)
            or w.endswith(("'s", "\u2019s"))
        ):
            break
        n += 1
        if n == 4:
            break
    while n and words[len(words) - n].lower() in _NAME_PARTICLES:
        n -= 1
    return n


@lru_cache(maxsize=8192)
def speaker_en(who: str) -> Speaker:
    """The speaker an English attribution names: "Spain's Interior Ministry", "Volker Türk"."""
    text = who.strip().strip(",")
    aliases: tuple[str, ...] = ()
    m = _ALIAS.search(text)
    if m:
        aliases = (m.group("alias"),)
        text = text[: m.start()].strip()
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
    if _BASED.match(bare_text) and len(bare_text.split()) > 1:
        # "Kathmandu-based Himalayan Summit Treks": where it is based is no part of its name.
        return speaker_en(_BASED.sub("", bare_text))
    office = _PLACE_TITLE_OFFICE.fullmatch(bare_text)
    if office and office.group("title") in TITLE_WORDS:
        # "The Rennes prosecutor's office": the office of a place's title holder.
        return Speaker(bare_text, ClaimantKind.OFFICE, True, aliases=aliases)
    if definite and article and bare in _MEDIA_HEADS:
        # "the broadcaster said": the medium the article named before.
        return Speaker(None, ClaimantKind.MEDIA, ref="outlet")
    medium = _NAMED_MEDIUM.fullmatch(bare_text)
    if medium:
        # "the Foroyaa newspaper reported": a medium, by what it is.
        return Speaker(medium.group("name"), ClaimantKind.MEDIA)
    words = bare_text.split()
    legal = _COMPANY_FORM.fullmatch(bare_text)
    if legal:
        # "Tieurakka Oy said": a company by its legal form.
        return _company(legal.group("name"), legal.group("short"))
    if _is_generic(words) or text in ("police", "Police"):
        # "police said": which police, the sentence does not say.
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
    unnamed = _HEAD_SPOKESPERSON.fullmatch(bare)
    if unnamed and article:
        # "a court spokeswoman said": the court named before speaks.
        return speaker_en(f"the {unnamed.group('head')}")
    spoke = _SPOKESPERSON_FOR.match(bare_text)
    if spoke:
        # "a spokesperson for the European Commission": the body speaks.
        named = _BASED.sub("", spoke.group("body"))
        body = speaker_en(named)
        if body.name and body.kind != ClaimantKind.PERSON:
            return body
        if body.name and _ANALYSTS.match(bare_text) and not body.description:
            # "Analysts at London-based Ridgeway Capital": where analysts work is a firm.
            return Speaker(named.removeprefix("the "), ClaimantKind.ORGANISATION)
    if (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in COUNTRIES
        and words[0].lower() not in COUNTRIES
        and words[0].lower() not in TITLE_WORDS
        and not words[0].endswith(("'s", "\u2019s"))
    ):
        # "Statistics Canada", "Save the Children Norway": a body named with its country.
        first = words[0].lower()
        kind = (
            ClaimantKind.OFFICE
            if first in ("statistics", *BODY_KINDS)
            and (BODY_KINDS.get(first, ClaimantKind.OFFICE) == ClaimantKind.OFFICE)
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
        and len(words) == 2
        and (words[0].isupper() or words[0].lower() in COUNTRIES or words[0].lower() in _DEMONYMS)
        and words[1].islower()
        and words[1] in BODY_KINDS
    ):
        # "the UN agency", "the Polish ministry": the body of that head named before.
        kind = BODY_KINDS[words[1]]
        return Speaker(
            f"the {words[0]} {words[1]}",
            kind,
            kind != ClaimantKind.ORGANISATION,
            ref=f"head:{words[1]}",
        )
    possessive, owner, rest = _split_possessive(words)
    # A person: the capitalised words at the end, the titles before them.
    run = _person_run(rest)
    title_words = rest[: len(rest) - run]
    described = _described_body(rest, run)
    if described is not None:
        return replace(described, aliases=aliases)
    if (
        title_words
        and (
            title_words[-1].lower() in _FUNCTION_WORDS
            # "Independent Agency Against Corruption": a body's head before the rest of its name.
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
    ):
        # "National Observatory of Athens": a place closing a body's name, not a person.
        run, title_words = 0, rest
    if aliases and _initials(" ".join(rest)) == aliases[0].upper():
        # "the Compañía Nacional de Aguas (CNA)": a name its acronym spells is a body's.
        run = 0
    if run and (run >= 2 or title_words or (len(rest) == 1 and not possessive)):
        name_words = rest[len(rest) - run :]
        name = " ".join(w.strip(",") for w in name_words)
        if name.upper() in ACRONYM_BODIES or name in ACRONYM_BODIES:
            return Speaker(name, ClaimantKind.ORGANISATION, True, aliases=aliases, ref="alias")
        if not (BODY_WORDS.search(name) and not _has_title(" ".join(title_words))):
            # "the Kenya Red Cross": a body's name after a place is no person's.
            description = " ".join([possessive, *title_words]).strip()
            description = re.sub(r"\s*\b(?:Dr|Mr|Mrs|Ms|Prof)\.?$", "", description).strip()
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
            # "Escondida Workers' Union No. 1": the number its name ends with.
            or (w.isdigit() and n and rest[n - 1] == "No.")
        ]
        if owner and owner in TITLE_WORDS and possessive[:1].islower():
            # "the governor's office", "the mayor's office": the office of a title holder.
            name = " ".join([possessive, *rest])
            return Speaker(f"the {name}" if definite else name, kind, True, aliases=aliases)
        if owner in ("country", "nation") and possessive[:1].islower():
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
            and owner in COUNTRIES
            and kind == ClaimantKind.GOVERNMENT
        ):
            # "Serbia's government": the head with the country that owns it.
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
        if rest[0][:1].isupper() and len(capitalised) < len(rest):
            # "IG Metall union": the name is the capitalised part, the head says what it is.
            cut = next(i for i, w in enumerate(rest) if w not in capitalised)
            if not definite and cut and not BODY_WORDS.search(" ".join(rest[:cut])):
                # "a Warsaw court", "a Kyiv hospital": a body nobody named.
                return NOBODY
            rest = rest[:cut] or rest
        name = " ".join([possessive, *rest]).strip()
        kind = _body_kind(name, kind)
        official = kind != ClaimantKind.ORGANISATION or name.upper() in ACRONYM_BODIES
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
        return Speaker(" ".join(words), ClaimantKind.ORGANISATION, False, aliases=aliases)
    if (
        aliases
        and len(words) >= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)
    ):
        # "The Empresa Provincial de la Energía (EPE)": a name with its acronym is a body's,
        # whatever language its head is in.
        return Speaker(" ".join(words), ClaimantKind.ORGANISATION, False, aliases=aliases)
    return NOBODY


_PERSON_OF = re.compile(
    r"^(?P<person>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){2,4})\s+(?:of|at|from)\s+"
    r"(?P<body>(?:the\s+)?[A-Z].*)$"
)
# "A Mediana poll", "a new Ipsos survey": a poll is its maker's.
_MADE_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:new\s+|latest\s+)?(?:"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:poll|survey|opinion\s+poll)\b"
    # "A poll by Red C for the Business Post": the pollster's.
    r"|(?:opinion\s+)?(?:poll|survey)\s+by\s+(?P<by>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\b)"
)
_ANALYSTS = re.compile(r"^(?i:(?:[\w-]+\s+){0,2}?(?:analysts?|economists?|strategists?)\s+at\s)")
# "London-based Ridgeway Capital": where a firm is based is no part of its name.
_BASED = re.compile(r"^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?-based\s+")
_HEAD_SPOKESPERSON = re.compile(
    r"(?P<head>court|ministry|agency|police|company|commission|tribunal)\s+"
    r"(?:spokeswoman|spokesman|spokesperson)"
)
_SPOKESPERSON_FOR = re.compile(
    r"^(?i:(?:[\w-]+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|representative|source|"
    r"official|officials|sources|analysts?|economists?|strategists?|researchers?|"
    r"scientists?)\s+(?:for|at|of|in|from|with)\s+)(?P<body>(?:the\s+)?[A-Z].*)$"
)


def _described_body(words: list[str], run: int) -> Speaker | None:
    """A body named after what it is: "the monitoring group GONG", "the rights group Amnesty
    International", "the ratings agency Fitch" — the name, with the description's kind."""
    if (
        len(words) > 2
        and words[0][:1].isupper()
        and (
            words[1].islower()
            or words[0].lower().endswith("maker")
            or words[0].lower() in _COMPANY_HEADS
        )
    ):
        # "Vaccine maker Toyo Biologics", "Drugmaker Kessel Pharma": a description opening
        # the sentence.
        words = [words[0].lower(), *words[1:]]
    if not words or words[0][:1].isupper():
        return None
    start = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if start is None:
        return None
    head = words[start - 1].lower() if start else ""
    medium = head in _MEDIA_HEADS
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
        or w.lower() in _FUNCTION_WORDS
        or w.lower() in _NAME_PARTICLES
        # "the national public health agency Santé publique France": a name in a language
        # that writes its inner words small.
        or (0 < n < len(name_words) - 1 and name_words[-1][:1].isupper())
        for n, w in enumerate(name_words)
    ):
        return None
    described = words[:start]
    if medium:
        # "the newspaper El Universo", "the broadcaster RTÉ": a medium, named after what it is.
        return Speaker(" ".join(name_words), ClaimantKind.MEDIA, description=" ".join(described))
    if head not in BODY_KINDS or head in TITLE_WORDS or head in GENERIC_GROUPS:
        return None
    # "the national statistics agency INDEC": what the description says beyond its head
    # word, as for a name ("National Institute of Statistics").
    kind = _body_kind(" ".join(described), BODY_KINDS[head])
    return Speaker(
        " ".join(name_words),
        kind,
        kind != ClaimantKind.ORGANISATION,
        description=" ".join(described),
    )


# What a medium is called before its name: "the newspaper El Universo".
_MEDIA_HEADS = _set("newspaper daily broadcaster magazine tabloid weekly channel website outlet")
_WHAT_IT_IS = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,4}?(?P<head>group|organisation|organization|"
    r"charity|agency|institute|body|watchdog|union|ngo|think\s+tank|monitor|association|"
    r"network|coalition|foundation|office|regulator|authority|ministry|bureau|newspaper|daily|"
    r"broadcaster|magazine|tabloid|weekly|channel|website|outlet|news\s+agency)\b(?=\s*[,.;]|$)"
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
    if head in _MEDIA_HEADS or head == "news":
        # "according to a projection by Times of Malta, the country's largest newspaper".
        return Speaker(name, ClaimantKind.MEDIA)
    kind = BODY_KINDS.get(head, ClaimantKind.ORGANISATION)
    if m.group("head").startswith("think"):
        kind = ClaimantKind.ORGANISATION
    return Speaker(name, kind, kind != ClaimantKind.ORGANISATION)


def _is_generic(words: list[str]) -> bool:
    lowered = [w.lower().strip(",") for w in words]
    if not lowered:
        return False
    if " ".join(lowered) in GENERIC_GROUPS:
        return True
    head = lowered[-1]
    # "railway officials", "Pakistani hospital doctors": lower-case modifiers name no one.
    return head in GENERIC_GROUPS and all(
        w in _GROUP_MODIFIERS or w in GENERIC_GROUPS or w in _DEMONYMS or o[:1].islower()
        for w, o in zip(lowered[:-1], words[:-1], strict=True)
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


# --- Ukrainian attributions ----------------------------------------------------------------

_UK_VERB = re.compile(
    r"(?:повідом(?:ив|ила|ило|или|ляє|ляють)|заяв(?:ив|ила|ило|или|ляє|ляють)|"
    r"сказа(?:в|ла|ло|ли)|дода(?:в|ла|ло|ли|є|ють)|зазначи(?:в|ла|ло|ли)|зазнача(?:є|ють)|"
    r"наголоси(?:в|ла|ло|ли)|наголошу(?:є|ють)|уточни(?:в|ла|ло|ли)|розпові(?:в|ла|ли)|"
    r"розповіда(?:є|ють)|поясни(?:в|ла|ли)|поясню(?:є|ють)|написа(?:в|ла|ли)|"
    r"підкресли(?:в|ла|ли)|поінформува(?:в|ла|ли)|інформу(?:є|ють)|підтверди(?:в|ла|ли)|"
    r"підтверджу(?:є|ють)|вважа(?:є|ють)|прогнозу(?:є|ють|вав|вала|вали)|"
    r"спрогнозува(?:в|ла|ли)|попереди(?:в|ла|ли)|попереджа(?:є|ють|в|ла|ли)|"
    r"оголоси(?:в|ла|ли)|стверджу(?:є|ють|вав|вала|вали)|заперечу(?:є|ють)|"
    r"запереч(?:ив|ила|или)|звинувати(?:в|ла|ли)|оціни(?:в|ла|ли)|оціню(?:є|ють)|"
    r"ка(?:же|жуть)|відзвітува(?:в|ла|ли)|визна(?:в|ла|ли)|зауважи(?:в|ла|ли)|"
    r"відзначи(?:в|ла|ли)|нагада(?:в|ла|ли)|нагаду(?:є|ють)|прокоментува(?:в|ла|ли)|"
    r"запевни(?:в|ла|ли)|попроси(?:в|ла|ли)|вимага(?:є|ють|в|ла|ли)|"
    r"підрахува(?:в|ла|ли)|зафіксува(?:в|ла|ли)|свідч(?:ать|ить)|переда(?:є|ють)|пиш(?:е|уть)|"
    r"очіку(?:є|ють))"
)
_UK_VERB_WORD = re.compile(rf"^{_UK_VERB.pattern}$")
_UK_INVERTED = re.compile(
    r"(?:^|[,—–»\"”]|^[Пп]ро\s+це(?:\s+(?:[^\s,.;:!?]+\s+){0,4}?)?)\s*(?:—\s*)?(?:як\s+)?"
    r"(?P<verb>" + _UK_VERB.pattern + r")\s+"
    r"(?:(?:також|ще|раніше|журналістам|нам|виданню)\s+)?"
    r"(?P<who>(?:(?:в|у)\s+)?«[^»]{2,60}»|(?:в\.\s?о\.\s+)?"
    r"(?:[^,.;:!?«»\"“”()—]|\([A-ZА-ЯІЇЄҐ]{2,9}\)|«[^»]{1,40}»)+)"
)
_UK_ACCORDING = re.compile(
    r"(?:^|\b)[Зз]а\s+(?P<pron>(?:його|її|їхніми|їх)\s+)?"
    r"(?:(?:попередніми|попередньою|останніми|офіційними|уточненими|оновленими|новими)\s+)?"
    r"(?:словами|даними|інформацією|"
    r"оцінкою|оцінками|підрахунками|прогнозом|повідомленням|версією)"
    r"(?:\s+(?P<who>(?:[^,.;:!?«»\"“”()—]|«[^»]{1,40}»)+))?"
)
_UK_SURVEY_BY = re.compile(
    r"\b(?:[Зз]гідно\s+(?:з|із)|[Зз]а)\s+(?:даними\s+)?(?:опитуванням|дослідженням|звітом|"
    r"рейтингом|підрахунками|оцінкою|даними),\s+(?:яке|який|які|що|яку)\s+"
    r"(?:[^,.;:!?«»]{0,30}?\s)?(?:оприлюдни(?:в|ла|ло|ли)|прове(?:в|ла|ло|ли)|"
    r"підготува(?:в|ла|ло|ли)|опублікува(?:в|ла|ло|ли)|зроби(?:в|ла|ло|ли))\s+"
    r"(?P<who>(?:[^,.;:!?«»\"“”()—]|«[^»]{1,40}»)+)"
)
_UK_CITING = re.compile(
    r"\b(?:передає|передають|пише|пишуть|повідомляє|повідомляють)\s+"
    r"(?P<outlet>«[^»]{1,40}»|[^,.;:!?]{1,40}?)\s+з\s+посиланням\s+на\s+"
    r"(?P<who>(?:[^,.;:!?«»\"“”()—]|«[^»]{1,40}»)+)"
)
_UK_MEDIA_SAYS = re.compile(
    # "нагадує «Закарпаття онлайн»": an outlet recalling what it reported is its own claim.
    r"(?:^|[,—–»\"”]\s*)(?:—\s*)?(?:пише|пишуть|передає|передають|"
    r"нагадує(?=\s+(?:«|видання|газета|телеканал|агентство)))\s+"
    r"(?P<who>«[^»]{2,40}»|[А-ЯІЇЄҐA-Z][\w'’.-]*(?:\s+[А-ЯІЇЄҐA-Z][\w'’.-]*){0,2}|"
    # "пише hromadske": an outlet's name in Latin letters, as it writes it.
    r"[a-z][a-z0-9.-]{2,30}|"
    # "пише видання": the outlet the article named before.
    r"(?P<outlet>видання|газета|телеканал|агентство))"
    r"(?=\s*(?:[.,;]|$))"
)
_UK_STATEMENT = re.compile(
    r"\bйдеться\s+(?:в|у)\s+(?:повідомленні|заяві|зверненні|звіті|дописі|релізі)\s+"
    r"(?P<who>[^,.;:!?«»\"“”()—]+)"
)
_UK_FOUND = re.compile(r"[,—]\s*(?P<verb>встанови(?:в|ла|ло|ли))\s+(?P<who>[^,.;:!?«»\"“”()—]+)")
_UK_AS_SAID = re.compile(
    r"\b[Яя]к\s+(?P<verb>повідоми(?:в|ла|ли)|повідомляє|повідомляють|заяви(?:в|ла|ли)|"
    r"зазначи(?:в|ла|ли))\s+(?P<who>[^,.;:!?«»\"“”()—]+)"
)
# Time and place words that end the naming of a speaker: "… в четвер", "… у Telegram".
_UK_TAIL = re.compile(
    r"\s+(?:(?:в|у|на|під\s+час)\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|"
    r"неділю|ефірі|інтерв['’]ю|коментарі|брифінгу|Telegram|Телеграмі?|Facebook|соцмережах|"
    r"заяві|зверненні|ранку|вечері)|вранці|ввечері|вчора|сьогодні|минулого|цього|раніше|"
    r"журналістам|у\s+четвер)\b.*$",
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
        and "як " not in lowered
        and "йдеться" not in lowered
        and "встанови" not in lowered
        and "згідно" not in lowered
    ):
        return []
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, speaker: Speaker, according: bool = False) -> None:
        if any(a <= start < b or start <= a < end for a, b in taken):
            return
        found.append(Attribution(start, end, speaker, according_to=according))
        taken.append((start, end))

    for m in _UK_ACCORDING.finditer(text):
        if m.group("pron"):
            pron = m.group("pron").strip().lower()
            add(m.start(), m.end(), Speaker(None, ref=_UK_PRONOUNS.get(pron, "he")), True)
        elif m.group("who"):
            who = _UK_TAIL.sub("", m.group("who")).strip()
            add(m.start(), m.start("who") + len(who), speaker_uk(who, "gent"), True)
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
        name = m.group("who").strip(" «».")
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
        add(m.start(), m.start("who") + len(who), speaker_uk(who, None))
    for m in _UK_INVERTED.finditer(text):
        if m.group("verb").startswith("очіку"):
            # "… «Рось Інвест» очікують зростання": expecting is said by who comes before.
            continue
        if m.start("verb") == 0 or (
            # "Про це в ефірі телемарафону заявив …": the words between are no verb of saying.
            m.group(0)[:3].lower() == "про" and not _is_uk_verb(m.group("verb"))
        ):
            continue
        who = _UK_TAIL.sub("", m.group("who")).strip()
        if not who or (who.split()[0].lower() in ("що", "про", "як") and len(who.split()) > 1):
            continue
        speaker = speaker_uk(who, None)
        listed = _UK_LISTED_TAIL.match(text, m.start("who") + len(who))
        if (
            listed
            and speaker.name
            and re.match(r"^(?:[ву]\s+)?(?:міністерств|комітет)", who.lower())
        ):
            # "в Міністерстві економіки, довкілля та сільського господарства": one name.
            speaker = replace(speaker, name=speaker.name + listed.group(0))
            who += listed.group(0)
        add(m.start("verb"), m.start("who") + len(who), speaker)
    subject = _uk_subject(text)
    if subject is not None:
        start, end, who = subject
        add(start, end, speaker_uk(who, None))
    found.sort(key=lambda a: a.start)
    return found


# Time and manner phrases a sentence opens with before its subject: "У 2023 році …",
# "Минулого тижня …", "Раніше …".
_UK_LEAD = re.compile(
    r"^(?:(?:[Уу]|[Вв])\s+(?:\d{4}\s+році|(?:січні|лютому|березні|квітні|травні|червні|липні|"
    r"серпні|вересні|жовтні|листопаді|грудні)(?:\s+\d{4}\s+року)?|понеділок|вівторок|"
    r"середу|четвер|п['’]ятницю|суботу|неділю)|(?:Минулого|Цього|Наступного)\s+"
    r"(?:тижня|місяця|року)|Минулої\s+(?:ночі|доби)|(?:Протягом|За)\s+добу?|Уночі|Вночі|"
    r"Зранку|Вранці|Ввечері|Вдень|Раніше|Вчора|Сьогодні|Напередодні|Водночас|Також|Натомість|"
    r"Торік|Позаторік|Нині|Наразі|"
    r"Окремо|Крім\s+цього|Тим\s+часом|Згодом|"
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
    """A one-word name in guillemets in the nominative: "Укрфінжитла" → "Укрфінжитло"."""
    if " " in name or not name[:1].isupper():
        return name
    words = before.split()
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
    "експерти аналітики лікарі науковці правоохоронці військові прикордонники поліцейські"
)


_UK_DATIVE_PRONOUNS = _set("їм йому їй нам вам мені тобі")


_UK_LISTED_TAIL = re.compile(
    r",\s+[а-яіїєґ'’]+(?:,\s+[а-яіїєґ'’]+)*\s+(?:та|і|й)\s+[а-яіїєґ'’]+(?:\s+[а-яіїєґ'’]+)?"
    r"(?=\s*[.;]|$)"
)
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


def _uk_subject(text: str) -> tuple[int, int, str] | None:
    """ "Повітряні сили ЗСУ повідомили, що …": the words before the first attribution verb."""
    words = tokens(text)
    for n, (start, end, word) in enumerate(words[:10]):
        if _is_uk_verb(word):
            if n == 0:
                return None
            before = text[:start].rstrip()
            if before.startswith(("У ", "В ")) and before.endswith(","):
                # "У Сухопутних військах, яким підпорядковані ТЦК, заявили": the body.
                before = before[: before.index(",")]
            owned = _UK_OWNED_BY.match(before) or _UK_SITE_NAMED.match(before)
            if owned:
                # "На підприємстві, яке належить компанії «Рось-Агрохолдинг», заявили": the owner.
                return 0, end, owned.group("np")
            named = _UK_ROLE_THEN_NAME.match(before)
            if named:
                # "Власник підприємства, компанія «Дніпроагромаш», заявила": the company.
                return 0, end, named.group("np")
            unquoted = _UK_QUOTED.sub("", before)
            if any(mark in unquoted for mark in ',;:—"“”'):
                return None
            before = re.sub(
                r"\s+(?:також|вже|уже|раніше|неодноразово|теж|сам|сама|офіційно)$", "", before
            )
            before = re.sub(r"^(?:Водночас|Також|Крім того|Натомість|Зокрема)\s+", "", before)
            lead = _UK_LEAD.match(before)
            if lead:
                before = before[lead.end() :]
            place = re.match(r"^(?:[ВвУу]|[Нн]а)\s+(?P<rest>[А-ЯІЇЄҐ][а-яіїєґ'’-]+)$", before)
            if place and _uk_body_head([place.group("rest").lower()]) is None:
                # "Минулого року в Україні зафіксували 74 випадки": recorded in a place, by
                # nobody the sentence names.
                return None
            if before.lower() in _UK_DATIVE_PRONOUNS:
                # "Їм повідомили про підозру": told to them, by nobody the sentence names.
                return None
            name = before.split()[-2:]
            if len(name) == 2 and all(
                w[:1].isupper() and morphology.name_part(w) and morphology.case_of(w) == "gent"
                for w in name
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


@lru_cache(maxsize=8192)
def speaker_uk(who: str, case: str | None) -> Speaker:
    """The speaker a Ukrainian attribution names, in the nominative.

    ``case`` is the case the words stand in when the pattern says it
    ("gent" after *за словами*); *в*/*у* before a body gives the locative.
    """
    quoted = _UK_QUOTED.search(who)
    analysts = re.match(r"^(?:аналітики|економісти|експерти)\s+[а-яіїєґ'’ ]*«", who)
    if analysts and quoted and not who[quoted.end() :].strip():
        # "Аналітики інвестиційної компанії «Кедр Капітал» очікують": the firm's forecast.
        name = _uk_quoted_nominative(quoted.group(1).strip(), "", "gent")
        return Speaker(name, ClaimantKind.ORGANISATION, False)
    if quoted and not who[quoted.end() :].strip():
        # "повідомили в «Херсонобленерго»": a company or body named in quotation marks, in the
        # nominative ("у «Тернопільміськгазі»" → "Тернопільміськгаз").
        name = _uk_quoted_nominative(quoted.group(1).strip(), who[: quoted.start()], case)
        return Speaker(name, ClaimantKind.ORGANISATION, False)
    if quoted:
        # "директор «Полтаваобленерго» Сергій Лисенко": the name inside the title.
        who = who.replace("«", "").replace("»", "")
    staff = re.match(r"^(?:журналісти|кореспонденти|журналістка|журналіст)\s+(?P<m>.+)$", who)
    if staff and _media_name(staff.group("m")) != staff.group("m"):
        # "підрахували журналісти Суспільного": the medium.
        return Speaker(_media_name(staff.group("m")), ClaimantKind.MEDIA)
    who = re.sub(r"^в\.\s?о\.\s+", "", who)
    words = _uk_words(who)
    aliases: tuple[str, ...] = ()
    if words and words[-1].startswith("("):
        aliases = (words[-1].strip("()"),)
        words = words[:-1]
    if not words:
        return NOBODY
    lowered = [w.lower() for w in words]
    if lowered[0] in _UK_PRONOUNS and len(words) == 1:
        return Speaker(None, ref=_UK_PRONOUNS[lowered[0]])
    if lowered[0] in ("в", "у", "із", "з", "зі") and len(words) > 1:
        words, lowered, case = words[1:], lowered[1:], "loct" if lowered[0] in "ву" else "gent"
    if " ".join(lowered) in _MEDIA:
        return Speaker(_MEDIA[" ".join(lowered)], ClaimantKind.MEDIA)
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
    if all(w.isascii() for w in words) and words[0][:1].isupper():
        # "Transparency International оцінила …": a name in Latin letters.
        latin = speaker_en(" ".join(words))
        if latin.name is not None or latin.generic:
            return replace(latin, aliases=latin.aliases or aliases)
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
        return Speaker(name, kind, True, aliases=aliases)
    if len(words) == 1 and words[0][:1].isupper():
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
    "бюро інспекці штаб командуванн відомств"
)


def _uk_body_kind(words: list[str], lowered: list[str], stem: str, kind: str) -> str:
    """The kind of a Ukrainian body with the head ``stem``, as its other words tell it."""
    if any(w in _UK_INTERNATIONAL for w in words) or lowered[0].startswith(
        ("міжнародн", "європейськ", "всесвітн", "світов")
    ):
        # "Управління ООН з координації гуманітарних справ": a body of an international one.
        return ClaimantKind.ORGANISATION
    if stem == "фонд" and lowered[0].startswith(("пенсійн", "соціальн")):
        # "Пенсійний фонд України": the state's pension fund pays as an office does.
        return ClaimantKind.OFFICE
    if stem in ("рад", "адміністраці") and any(w.startswith(_UK_LOCAL) for w in lowered):
        # "Павлоградська міська рада", "Харківська обласна військова адміністрація": a
        # council and a region's or a city's administration govern.
        return ClaimantKind.GOVERNMENT
    if stem == "штаб" and lowered[0].startswith("координаційн"):
        # "Координаційний штаб з питань поводження з військовополоненими": a state body.
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
                if (stem == "держ" and len(word) < 7) or (
                    stem == "військ" and word.startswith("військов")
                ):
                    continue
                return i, stem, kind
    return None


def _uk_person(words: list[str], case: str | None) -> Speaker | None:
    """A person named at the end of ``words``: first name (patronymic) surname, titles before."""
    run = 0
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if not w[:1].isupper() or w.isupper():
            break
        if not morphology.name_part(w) and not (
            # "Роксолана Підласа": a surname the dictionary does not know, after a first name.
            run == 0
            and i > 0
            and words[i - 1][:1].isupper()
            and morphology.name_part(words[i - 1]) == "first"
        ):
            break
        run += 1
    if run == 0:
        return None
    name_words = words[len(words) - run :]
    parts = [morphology.name_part(w) for w in name_words]
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
            and morphology.has_case(before, case or "nomn")
        ):
            name_words = [before, *name_words]
            parts = ["first", *parts]
            run += 1
    # "Мер Харкова Ігор Терехов": the name starts at the first name.
    if "first" in parts:
        name_words = name_words[parts.index("first") :]
    elif run > 1:
        name_words = name_words[-1:]
    if len(name_words) == 1 and morphology.name_part(name_words[0]) == "first" and run == 1:
        # A first name alone: "пенсіонерка Валентина" — a private person.
        pass
    title_words = words[: len(words) - len(name_words)]
    name = " ".join(morphology.nominative_name(tuple(name_words), case))
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


# --- one sentence ---------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def attributions(text: str) -> tuple[Attribution, ...]:
    """The attributions of one sentence, in text order, offsets relative to it; a verb that
    also means doing (*admitted*, *found*, *reported*) only when no verb of saying is there."""
    found = _english_attributions(text) if _is_latin(text) else _ukrainian_attributions(text)
    if any(a.weak for a in found) and not all(a.weak for a in found):
        # "Police found 12 bodies, a hospital worker said": who said it is the attribution.
        found = [a for a in found if not a.weak]
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
    return tuple(found)


_UNNAMED_SOURCE = re.compile(
    r"\b(?:(?:asking|asked|declined|refused)\s+not\s+to\s+be\s+(?:named|identified)|"
    r"declined\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|"
    r"(?:попроси(?:в|ла|ли)|просив|просила)\s+не\s+називати|на\s+умовах?\s+анонімності)"
)


def _is_latin(text: str) -> bool:
    if text.isascii():
        return True
    from articles.figures_uk import is_ukrainian

    return not is_ukrainian(text)


_UK_WHEN = _set("минулого цього наступного торік вчора сьогодні позавчора нещодавно")
_UK_ADVERBS = _set("також вже уже ще теж раніше неодноразово офіційно нарешті згодом нині")
_UK_PREPOSITIONS = _set("у в на з із зі до від за по про для при під над між через після перед")


# The endings of Ukrainian finite verbs (past, present, future): only such words are looked up.
_UK_VERB_ENDINGS = (
    "в", "ла", "ло", "ли", "є", "ють", "ить", "ать", "ять", "уть", "ме", "муть", "ться",
    "ся", "сь", "іть", "е", "іг", "яг", "ріс", "ніс", "віз", "ер",
)  # fmt: skip


def _uk_acting_np(text: str) -> str | None:
    """The words a Ukrainian sentence opens with before its first verb, up to a preposition:
    "Національний банк України у жовтневому прогнозі погіршив …" → "Національний банк
    України"; "Прокуратура Одеської області розпочала …" → "Прокуратура Одеської області"."""
    lead = _UK_LEAD.match(text)
    offset = lead.end() if lead else 0
    words = tokens(text[offset:])
    np_end = None
    for n, (start, _end, word) in enumerate(words[:8]):
        if n and word.endswith(_UK_VERB_ENDINGS) and word.islower() and morphology.is_verb(word):
            if "," in text[offset : offset + start]:
                return None
            end = np_end if np_end is not None else start
            return text[offset : offset + end].strip() or None
        if (
            n
            and np_end is None
            and (word in _UK_PREPOSITIONS or word in _UK_ADVERBS or word in _UK_WHEN)
            # "Державна служба України з питань праці": a complement of the body's name.
            and not (word in ("з", "із") and words[n + 1 : n + 2] and words[n + 1][2] == "питань")
        ):
            # "Національний банк України минулого тижня зберіг …": the time is no name.
            np_end = start
    return None


_SUBJECT = re.compile(
    r"^(?:(?:In|On|By|After|Since|Earlier|Later|Last|This)\b[^,]{0,40},\s+)?"
    r"(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w\u2019'.-]+\s+){0,8}?[\w\u2019'.-]+"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}(?:\s[A-Z]{2,6})?\))?)\s+"
    # "… in Athens on Wednesday sentenced": a day between the body and its act.
    rf"(?:on\s+{_DAYS}(?:\s+\d{{1,2}})?\s+)?"
    r"(?:(?:will|would|is\s+to|are\s+to|plans\s+to)\s+(?:also\s+|now\s+)?[a-z]{3,}\b|"
    r"(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?"
    r"(?:already\s+|also\s+|now\s+|since\s+|recently\s+|later\s+|earlier\s+|then\s+|again\s+)?"
    r"(?:\w+ed|sent|began|begun|made|took|gave|found|won|lost|put|set|cut|hit|brought|"
    r"opened|began|built|sought|told|wrote|been|said|held|kept|rose|fell)\b)"
)


_LEADING_RELATIVE = re.compile(r"^(?P<np>[^,;:\"“”]{3,80}),\s+which\b[^,;:\"“”]{1,120},\s+")


@lru_cache(maxsize=8192)
def acting_subject(text: str) -> Speaker | None:
    """The official body a sentence opens with, when it is the one acting.

    "The prosecutor general has sent …", "Turkey's central bank held …",
    "Національний банк України зберіг …": an official body's act is its claim.
    """
    if _is_latin(text):
        aside = _LEADING_RELATIVE.match(text)
        if aside:
            # "The National Bank of Serbia, which targets inflation of 3%, kept …": the body
            # acts past the aside that describes it.
            text = f"{aside.group('np')} {text[aside.end() :]}"
        m = _SUBJECT.match(text)
        if m is None or re.search(r"\b(?:that|which|who|heard|said)\b", m.group("np")):
            return None
        speaker = speaker_en(_clean_who(m.group("np")))
    else:
        np = _uk_acting_np(text)
        if np is None:
            return None
        speaker = speaker_uk(np, None)
    if speaker.ref in ("alias", "surname") and speaker.name and " " not in speaker.name:
        # "Nordavia cut its forecast": a body only if the article named one so before.
        return speaker
    if speaker.ref.startswith("head:") and speaker.definite and text[:4] == "The ":
        # "The institute raised the alert level": the institute named before, if any.
        return speaker
    if (
        speaker.name is None
        or speaker.generic
        or not (speaker.official or _INTERNATIONAL.match(speaker.name))
        or speaker.kind == ClaimantKind.PERSON
        or name_key(speaker.name) in GENERIC_GROUPS
    ):
        return None
    if speaker.ref.startswith("head:") and not speaker.definite:
        return None
    return speaker


# --- the article ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Mentions:
    """What a sentence names besides its speakers: bodies with aliases, acronyms."""

    bodies: tuple[Speaker, ...] = ()
    # People named after a title where they say nothing ("independent candidate Tomáš Hudák",
    # "the incumbent mayor, Peter Lacko"), for their surnames later.
    persons: tuple[Speaker, ...] = ()


# A title, a comma at most, then a first name and a surname and no third capitalised word.
_TITLED_PERSON = re.compile(
    r"\b(?i:candidate|challenger|incumbent|mayor|governor|minister|president|senator|"
    r"lawmaker|judge|prosecutor|ambassador|envoy|chairman|chairwoman|director|leader|"
    r"spokesman|spokeswoman|spokesperson|lawyer|coach|commissioner)(?:,\s+|\s+)"
    r"(?P<name>[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\u2019-]+\s+"
    r"[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\u2019-]+)(?![\w'\u2019-]|\s+[A-Z\u00c0-\u024f])"
)


_NAMED_WITH_ALIAS = re.compile(
    r"(?P<name>(?:[A-Z\u00c0-\u024f][\w\u2019'&-]*\s+)(?:(?:of|for|and|the|on|de)\s+|"
    r"[A-Z\u00c0-\u024f][\w\u2019'&-]*\s+)*[A-Z\u00c0-\u024f][\w\u2019'&-]*)\s*"
    r"\((?P<alias>[A-Z][A-Za-z]{1,9}(?:\s[A-Z]{2,6})?)\)"
)
_ACRONYM_WORD = re.compile(r"\b[A-ZА-ЯІЇЄҐ]{2,6}\b")
_UK_NAMED_BODY = re.compile(
    r"(?<![\w'’])[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ої|ого|ої|ій|ому|ою|а|е|ий|ська|ський|ської|ському)"
    r"(?:\s+[а-яіїєґ'’]+){1,3}(?![\w'’])"
    # "Господарський суд Одеської області": the region a court or a body is of.
    r"(?P<of>\s+(?:[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ої|ого)\s+(?:області|району|громади)|України))?"
)
_COMPANY = re.compile(
    r"\b(?:airline|carrier|company|firm|carmaker|automaker|insurer|lender|bank|retailer|"
    r"operator|utility|manufacturer|producer|maker|miner|giant|group|chain|platform|"
    r"broadcaster|developer|start-up|startup)\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)"
    r"{0,2})"
)
# A company by its legal form: "Tieurakka Oy", "Nordvik Holding ASA", "Vetro SpA".
_LEGAL_FORMS = r"(?:Oyj?|AB|ASA|AS|A/S|AG|GmbH|SA|SpA|Ltd|PLC|plc|Inc|NV|BV|SE|Kft|Zrt)"
_COMPANY_FORM = re.compile(
    r"\b(?P<name>(?P<short>[A-Z\u00c0-\u024f][\w&'’-]*(?:\s+[A-Z\u00c0-\u024f][\w&'’-]*)"
    r"{0,2})\s+" + _LEGAL_FORMS + r")(?![\w/])"
)
_ARMED_GROUP = re.compile(
    r"\b(?P<name>(?=[A-Z0-9-]*[0-9A-Z]{2})[A-Z][A-Z0-9-]{1,7})\s+(?:rebels?|militia|militias|"
    r"insurgents|guerrillas|paramilitaries|militants|fighters)\b"
)


def _company(name: str, short: str) -> Speaker:
    return Speaker(name, ClaimantKind.ORGANISATION, False, description="company", aliases=(short,))


# What runs a plant or a site: "a plant run by Délices du Terroir".
_RUN_BY = re.compile(
    r"\b(?:plant|factory|site|mine|facility|warehouse|hotel|clinic|shop|store|company|bus|"
    r"coach|ferry|train|plane|aircraft|vessel|ship|tanker|boat)\s*,?\s+"
    r"(?:run|owned|operated|managed|chartered)\s+by\s+"
    r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:du|de|la|des|del|der|von|van|&|[A-Z][\w'’&-]*))*)"
)


_UK_ACRONYM_AFTER = re.compile(r"\s\(([А-ЯІЇЄҐ]{2,8})\)")


def _uk_named_before_acronym(before: str, acronym: str) -> Speaker | None:
    """ "Агентству з розшуку та менеджменту активів (АРМА)": the body a bracketed acronym
    follows, its head in the nominative and its complement as written."""
    words = before.split()[-9:]
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        lowered = [w.lower() for w in words[i:]]
        head = _uk_body_head(lowered[:3])
        if head is None:
            continue
        index, stem, kind = head
        rest = words[i + index + 1 :]
        if any(
            morphology.is_noun_or_adjective(w) != "adjective" for w in words[i : i + index]
        ) or any(w[:1].isupper() and w not in _UK_ACRONYMS and not w.isupper() for w in rest):
            # "Майно передали Агентству …": only adjectives stand before a body's head.
            continue
        opening = words[i : i + index + 1]
        case = morphology.case_of(opening[-1])
        name = " ".join([*morphology.nominative_phrase(tuple(opening), case), *rest])
        kind = _uk_body_kind(words[i:], lowered, stem, kind)
        return Speaker(name[:1].upper() + name[1:], kind, True, aliases=(acronym,))
    return None


@lru_cache(maxsize=16384)
def mentions(text: str) -> Mentions:
    """The bodies a sentence names anywhere, for later references to resolve against."""
    bodies: list[Speaker] = []
    latin = _is_latin(text)
    if latin:
        for m in _NAMED_WITH_ALIAS.finditer(text) if "(" in text else ():
            speaker = speaker_en(f"{m.group('name')} ({m.group('alias')})")
            if speaker.name and speaker.kind != ClaimantKind.PERSON:
                bodies.append(speaker)
        for m in _RUN_BY.finditer(text) if " by " in text else ():
            # "a plant run by Délices du Terroir": a company, for "the company" later.
            bodies.append(
                Speaker(m.group("name"), ClaimantKind.ORGANISATION, False, description="company")
            )
        named = any(word in _BODY_TOKENS for _s, _e, word in tokens(text))
        for m in _NAMED.finditer(text) if named else ():
            name = _POSSESSIVE_END.sub("", _THE_START.sub("", m.group(0)))
            if len(name.split()) >= 2 and BODY_WORDS.search(name):
                speaker = speaker_en(name)
                if speaker.name and speaker.kind not in (ClaimantKind.PERSON, None):
                    bodies.append(speaker)
    for m in _UK_NAMED_BODY.finditer(text) if not latin else ():
        # "начальник Херсонської обласної військової адміністрації": the body, for "обласна
        # військова адміністрація" later.
        words = tuple(m.group(0).split())
        head = _uk_body_head([w.lower() for w in words])
        if head is not None and any(w in _UK_PREPOSITIONS for w in words[1 : head[0]]):
            # "Цього року в асоціації": a time and a preposition, no body's name.
            head = None
        if head is not None:
            index, stem, kind = head
            kind = _uk_body_kind(list(words), [w.lower() for w in words], stem, kind)
            case = morphology.case_of(words[index])
            name = " ".join(morphology.nominative_phrase(words[: index + 1], case))
            complement = []
            for word in words[index + 1 :]:
                # "Національної асоціації цукровиків України": the genitive complement stays.
                if (
                    word[:1].islower()
                    and not morphology.is_verb(word)
                    and morphology.is_noun_or_adjective(word)
                    and (
                        morphology.case_of(word) in (None, "gent")
                        or morphology.has_case(word, "gent")
                    )
                ):
                    complement.append(word)
                else:
                    break
            if complement:
                name = f"{name} {' '.join(complement)}"
            if m.group("of") and index + 1 + len(complement) == len(words) - len(
                m.group("of").split()
            ):
                name = f"{name}{m.group('of')}"
            bodies.append(Speaker(name[:1].upper() + name[1:], kind, True))
    for m in _UK_ACRONYM_AFTER.finditer(text) if not latin and "(" in text else ():
        body = _uk_named_before_acronym(text[: m.start()], m.group(1))
        if body is not None:
            bodies.append(body)
    for m in _UK_QUOTED.finditer(text) if not latin and "«" in text else ():
        # "«Укрзалізниця» призначила …": a company named in guillemets, for "у компанії" later
        # (not an outlet that writes, nor a quotation before "— сказав").
        name = m.group(1).strip()
        before = text[: m.start()].rsplit(None, 1)[-1:] or [""]
        after = text[m.end() : m.end() + 12].lstrip()
        if (
            name[:1].isupper()
            and len(name.split()) <= 3
            and not any(mark in name for mark in ",.!?:;")
            and not before[0].lower().startswith(_UK_MEDIA_VERBS)
            and (
                not after.startswith((",", "—", "–"))
                # "за даними «Укрфінжитла», яке є оператором програми": a company all the same.
                or _UK_WHICH.match(after)
            )
        ):
            name = _uk_quoted_nominative(name, text[: m.start()], None)
            # "в об'єднанні «Укрметалургпром»": what it is, for "в об'єднанні" later.
            what = before[0].lower() if _uk_body_head([before[0].lower()]) else "company"
            bodies.append(Speaker(name, ClaimantKind.ORGANISATION, False, description=what))
    for m in _COMPANY.finditer(text) if latin else ():
        # "Norwegian budget airline Nordavia": a company, for "the company" and "Nordavia" later.
        bodies.append(
            Speaker(m.group("name"), ClaimantKind.ORGANISATION, False, description="company")
        )
    for m in _COMPANY_FORM.finditer(text) if latin else ():
        # "Tieurakka Oy": a company, for "Tieurakka" and "the company" later.
        bodies.append(_company(m.group("name"), m.group("short")))
    for m in _ARMED_GROUP.finditer(text) if latin else ():
        # "M23 rebels", "the RSF militia": an armed group, named by its acronym later.
        bodies.append(Speaker(m.group("name"), ClaimantKind.MILITARY, False))
    persons = tuple(
        Speaker(m.group("name"), ClaimantKind.PERSON, False)
        for m in (_TITLED_PERSON.finditer(text) if latin else ())
    )
    for m in _ACRONYM_WORD.finditer(text):
        word = m.group(0)
        if word.lower() in COUNTRIES or (latin and word not in ACRONYM_BODIES and len(word) < 3):
            continue
        if not latin and word in _UK_ACRONYMS:
            kind, _head = _UK_ACRONYMS[word]
            bodies.append(Speaker(word, kind, True, ref="alias"))
        elif latin and word in ACRONYM_BODIES:
            bodies.append(Speaker(word, ClaimantKind.ORGANISATION, True, ref="alias"))
    return Mentions(tuple(bodies), persons)


@lru_cache(maxsize=16384)
def _unref(speaker: Speaker) -> Speaker:
    """The speaker as resolved: no reference left to follow."""
    return replace(speaker, ref="") if speaker.ref else speaker


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _FUNCTION_WORDS]
    if words and re.match(r"^\w+['’]s$", words[0]):
        words = words[1:]
    return "".join(w[0] for w in words).upper()


def _stem(word: str) -> str:
    low = name_key(word)
    return low[: max(4, len(low) - 2)] if len(low) > 4 else low


def _abbreviates(short: str, words: list[str], at: int = 0, first: int = 0) -> bool:
    """Whether ``short`` is the beginnings (three letters or more) of the first word and of
    later ones, in order: "держстат" of "державна служба статистики"."""
    if at == len(short):
        return first > 1
    for j in range(first, len(words)):
        word = words[j]
        common = 0
        while (
            common < len(word) and at + common < len(short) and word[common] == short[at + common]
        ):
            common += 1
        for size in range(common, 2, -1):
            if _abbreviates(short, words, at + size, j + 1):
                return True
        if at == 0:
            # The short form starts with the name's first word.
            break
    return False


def _country_form(key: str) -> str:
    """A country as written in English prose: "uganda" → "Uganda", "us" → "US"."""
    if len(key.replace(".", "")) <= 3:
        return key.upper()
    return " ".join(w if w in ("and", "of") else w[:1].upper() + w[1:] for w in key.split())


# Countries as capitalised words, longest first ("South Sudan" before "Sudan").
_COUNTRY_NAMES = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(_country_form(key))
        for key in sorted(COUNTRIES, key=len, reverse=True)
        if not key.startswith("the ")
    )
    + r")(?![\w])"
)
# Places a body may belong to by a possessive ("the city's"), and how the article names them:
# "Santa Fe province", "the province of Santa Fe", "in Košice, Slovakia's second-largest city".
_PLACE_OWNERS = {
    "city": "city",
    "province": "province",
    "region": "region",
    "district": "district",
    "state": "state",
}
_PLACE_GOVERNMENT = re.compile(
    r"^(provincial|regional|city|municipal|district) (?:government|administration|(?:[a-z]+ )?"
    r"(?:directorate|department|authority|council|office))$"
)
_PLACE_AS = {
    "provincial": "province",
    "regional": "region",
    "city": "city",
    "municipal": "city",
    "district": "district",
}
_PLACE_NAME = r"((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)"
_PLACES = {
    owner: re.compile(
        rf"\b{_PLACE_NAME}\s+{owner}\b(?!['\u2019])|\b{owner} of {_PLACE_NAME}"
        + (
            rf"|\b(?:[Ii]n|[Oo]f|[Aa]t)\s+{_PLACE_NAME},\s+(?:[\w'\u2019-]+\s+){{0,4}}?city\b"
            if owner == "city"
            else ""
        )
    )
    for owner in _PLACE_OWNERS
    if owner != "state"
}
# "the State of Mexico" is the state's own name; "the state of Kerala", "Kerala state" name it.
_PLACES["state"] = re.compile(
    rf"\b(State of {_PLACE_NAME})|\bstate of {_PLACE_NAME}|\b{_PLACE_NAME}\s+state\b(?!['\u2019])"
)
_THE_COUNTRYS = re.compile(r"\b(?:the|The)\s+(?:country|nation)['\u2019]s\b")


# A city in the locative ("у Кропивницькому", "у Львові") and the adjective a body of its
# council is named with ("Кропивницька міська рада", "Львівська міська рада").
_UK_IN_CITY = re.compile(
    r"(?<![\w'’])[УуВв]\s+(?P<city>[А-ЯІЇЄҐ][а-яіїєґ'’-]+)(?!\s+(?:район|област|громад|округ))"
)
_UK_CITY_ADJECTIVES = {
    "дніпрі": "Дніпровська", "запоріжжі": "Запорізька", "тернополі": "Тернопільська",
    "рівному": "Рівненська", "києві": "Київська", "кам'янському": "Кам'янська",
}  # fmt: skip
_UK_CITY_COUNCILS = frozenset(("міська рада", "міськрада"))


def _uk_city_adjective(locative: str) -> str | None:
    """ "Кропивницькому" → "Кропивницька", "Львові" → "Львівська", "Сумах" → "Сумська"."""
    low = locative.lower()
    if low in _UK_CITY_ADJECTIVES:
        return _UK_CITY_ADJECTIVES[low]
    if low.endswith(("ській", "цькій", "ної", "ій")):
        # "у Львівській області": a region's adjective, no city.
        return None
    if low.endswith(("ському", "цькому")):
        stem = locative[:-3]
    elif low.endswith(("ові", "еві", "єві")):
        stem = locative[:-3] + ("ївськ" if low.endswith("єві") else "івськ")
    elif low.endswith("ці"):
        stem = locative[:-2] + "цьк"
    elif low.endswith(("ах", "ях")):
        stem = locative[:-2] + ("ьк" if low[-3:-2] == "с" else "ськ")
    elif low.endswith(("і", "у")) and len(low) > 4:
        base = locative[:-1]
        stem = (
            base
            if base.endswith(("ськ", "цьк"))
            else base + ("ьк" if base.endswith("с") else "ськ")
        )
    else:
        return None
    return f"{stem}а"


@dataclass
class ArticleMemory:
    """Who an article has named so far, to resolve surnames, pronouns, acronyms and heads."""

    persons: list[Speaker] = field(default_factory=list)
    bodies: list[Speaker] = field(default_factory=list)
    aliases: dict[str, Speaker] = field(default_factory=dict)
    speakers: list[Speaker] = field(default_factory=list)
    # The sentences read so far, the last one being read: searched only for "the country's".
    sentences: list[str] = field(default_factory=list)

    def country(self) -> str | None:
        """The country the article named last, before "the country's" in the sentence being
        read: the one "the country's Ministry of Health" belongs to."""
        for n, text in enumerate(reversed(self.sentences)):
            if n == 0:
                cut = _THE_COUNTRYS.search(text)
                text = text[: cut.start()] if cut else text
            named = _COUNTRY_NAMES.findall(text)
            if named:
                return COUNTRIES[named[-1].lower()]
        return None

    def place(self, owner: str) -> str | None:
        """The city, province or region the article named last before the sentence's
        "the city's" (or "the provincial government")."""
        for text in reversed(self.sentences):
            named = [next(g for g in m.groups() if g) for m in _PLACES[owner].finditer(text)]
            if named:
                return named[-1]
        return None

    def learn_mentions(self, found: Mentions) -> None:
        for person in found.persons:
            if not any(name_key(p.name) == name_key(person.name) for p in self.persons):
                self.persons.append(person)
        for body in found.bodies:
            if body.ref == "alias":
                if self._alias(body.name) is None:
                    self._add_body(body)
            else:
                self._add_body(body)

    def _add_body(self, body: Speaker) -> None:
        self.bodies.append(body)
        for alias in body.aliases:
            self.aliases[name_key(alias)] = body

    def remember(self, speaker: Speaker) -> None:
        if speaker.name is None or not name_key(speaker.name):
            # No name at all ("The", a lone article): nobody to refer back to.
            return
        if speaker.kind == ClaimantKind.PERSON:
            if speaker.ref != "surname" or not any(
                name_key(p.name) == name_key(speaker.name) for p in self.persons
            ):
                self.persons.append(speaker)
        elif speaker.kind != ClaimantKind.MEDIA:
            self._add_body(speaker)
        else:
            # "public broadcaster Kringvarp Føroya (KVF)": later "According to KVF".
            for alias in speaker.aliases:
                # What the attribution says it is beats a bare mention of the name.
                self.aliases[name_key(alias)] = speaker
        self.speakers.append(speaker)

    def _alias(self, word: str | None) -> Speaker | None:
        if not word:
            return None
        key = name_key(word)
        if key in self.aliases:
            return self.aliases[key]
        for body in reversed(self.bodies):
            # A body learned under this very name ("M23 rebels"), not a bare acronym mention.
            if body.name and body.ref != "alias" and name_key(body.name) == key:
                return body
        initials = word.upper()
        if not word.isupper() or len(word) < 2:
            return None
        for body in reversed(self.bodies):
            if body.name and body.name != word and _initials(body.name) == initials:
                return replace(body, aliases=tuple({*body.aliases, word}))
        for body in reversed(self.bodies):
            # "ЦГЗ" after "Центр громадського здоров'я МОЗ України": the words its letters
            # spell, before what the body belongs to.
            words = (body.name or "").split()
            if (
                len(word) >= 3
                and len(words) > len(word)
                and _initials(" ".join(words[: len(word)])) == initials
                and all(w[:1].islower() for w in words[1 : len(word)])
            ):
                return replace(body, aliases=tuple({*body.aliases, word}))
        return None

    def city_council(self) -> str | None:
        """The council of the city the article is in: "Кропивницька міська рада" after
        "У Кропивницькому …"."""
        for text in reversed(self.sentences):
            for m in _UK_IN_CITY.finditer(text):
                adjective = _uk_city_adjective(m.group("city"))
                if adjective is not None:
                    return f"{adjective} міська рада"
        return None

    def resolve(self, speaker: Speaker) -> Speaker:
        """The speaker with its reference resolved (unchanged when nothing earlier fits)."""
        ref = speaker.ref
        if (not ref or ref.startswith("words:")) and name_key(speaker.name) in _UK_CITY_COUNCILS:
            resolved = self._resolve(speaker)
            council = self.city_council()
            if council is not None and name_key(resolved.name) in _UK_CITY_COUNCILS:
                # "повідомили в міській раді": the council of the city the report is about.
                return replace(resolved, name=council, ref="")
            return resolved
        return self._resolve(speaker)

    def _resolve(self, speaker: Speaker) -> Speaker:
        ref = speaker.ref
        if not ref and speaker.name and speaker.kind not in (None, ClaimantKind.PERSON):
            fuller = next(
                (
                    b
                    for b in reversed(self.bodies)
                    if (b.name or "").startswith(f"{speaker.name} ")
                    and b.name.split()[-1].lower() not in _FUNCTION_WORDS
                ),
                None,
            )
            if fuller is not None and fuller.kind == speaker.kind:
                # "з посиланням на Пенсійний фонд" after "Пенсійного фонду України": the body
                # named in full before.
                return _unref(fuller)
        if not ref:
            if speaker.kind in (ClaimantKind.PERSON, ClaimantKind.ORGANISATION) and speaker.name:
                # "Baltvia Logistics said" after "Baltvia Logistics AB": the company, not a
                # first name and a surname.
                company = self.aliases.get(name_key(speaker.name))
                if company is not None and company.description == "company":
                    return company
            return speaker
        if ref == "he":
            for earlier in reversed(self.speakers):
                if earlier.kind == ClaimantKind.PERSON:
                    return _unref(earlier)
            return _unref(self.speakers[-1]) if self.speakers else speaker
        if ref == "they":
            for earlier in reversed(self.speakers):
                if earlier.kind not in (ClaimantKind.PERSON, ClaimantKind.MEDIA):
                    return _unref(earlier)
            return speaker
        if ref == "alias":
            found = self._alias(speaker.name)
            if found is None and speaker.name in _UK_ACRONYMS:
                # "повідомили в ОВА": the administration named before, in full.
                head = _UK_ACRONYMS[speaker.name][1]
                found = next(
                    (
                        b
                        for b in reversed(self.bodies)
                        if b.name != speaker.name
                        and b.name not in _UK_ACRONYMS
                        and self._has_head(b, head)
                    ),
                    None,
                )
            if found is not None:
                return _unref(found)
            person = self._person(speaker.name) if not speaker.name.isupper() else None
            # Still an acronym: its full name may come later in the article.
            return _unref(person) if person is not None else speaker
        if ref == "surname":
            person = self._person(speaker.name)
            if person is not None:
                return person
            found = self._alias(speaker.name)
            # Still a surname: the full name may come later in the article.
            return _unref(found) if found is not None else speaker
        if ref == "short":
            found = self._short(speaker.name)
            if found is None:
                key = (speaker.name or "").lower().replace("’", "'")
                full = next((v for k, v in _UK_SHORT_MINISTRIES.items() if key.startswith(k)), None)
                if full is not None:
                    # "за даними Мінфіну" with no full name before: the ministry by its name.
                    return Speaker(full, ClaimantKind.OFFICE, True, aliases=(speaker.name,))
            return _unref(found) if found is not None else _unref(speaker)
        if ref == "country":
            country = self.country()
            if country is None:
                return _unref(speaker)
            owner = f"{country}'" if country.endswith("s") else f"{country}'s"
            return replace(speaker, name=f"{owner} {speaker.name}", ref="")
        if ref.startswith(("of:", "as:")):
            owner = ref[3:]
            place = self.place(_PLACE_AS.get(owner, owner))
            if place is None:
                return replace(_unref(speaker), name=f"the {speaker.name}")
            if ref.startswith("as:"):
                # "the provincial government" → "Santa Fe provincial government".
                return replace(speaker, name=f"{place} {speaker.name}", ref="")
            owned = f"{place}'" if place.endswith("s") else f"{place}'s"
            return replace(speaker, name=f"{owned} {speaker.name}", ref="")
        if ref == "outlet":
            # "пише видання", "the broadcaster said": the outlet that wrote or relayed before.
            for earlier in reversed(self.speakers):
                if earlier.kind == ClaimantKind.MEDIA and earlier.name:
                    return _unref(earlier)
            for text in reversed(self.sentences[:-1]):
                named = _UK_OUTLET.findall(text) or _UK_OUTLET_BARE.findall(text)
                if named:
                    return Speaker(_media_name(named[-1]), ClaimantKind.MEDIA)
            return _unref(speaker)
        if ref.startswith("kin:"):
            _kin, head, words = ref.split(":", 2)
            qualifiers = [w[:4] for w in words.split() if w != head and len(w) > 3]
            for body in reversed(self.bodies):
                names = [w.lower() for w in re.split(r"[\s-]+", body.name or "")]
                if self._has_head(body, head) and all(
                    any(n.startswith(q) for n in names) for q in qualifiers
                ):
                    return _unref(body)
            return _unref(speaker)
        if ref.startswith("title:"):
            title = ref.removeprefix("title:")
            for person in reversed(self.persons):
                if person.description and name_key(person.description).endswith(title):
                    return _unref(person)
            return _unref(speaker)
        if ref.startswith("words:"):
            wanted = set(ref.removeprefix("words:").split())
            for body in reversed(self.bodies):
                if body.name and wanted < {_stem(w) for w in body.name.split()}:
                    return _unref(body)
            return _unref(speaker)
        if ref.startswith("head:"):
            head = ref.removeprefix("head:")
            for body in reversed(self.bodies):
                if self._has_head(body, head):
                    return _unref(body)
            if head in _ORGANISATION_HEADS:
                for body in reversed(self.bodies):
                    if body.kind == ClaimantKind.ORGANISATION and body.name:
                        return _unref(body)
            if head in _COMPANY_HEADS:
                for body in reversed(self.bodies):
                    if body.description == "company" or any(
                        self._has_head(body, h) for h in ("railway", "airline", "securities")
                    ):
                        return _unref(body)
            if head in _ANY_BODY_HEADS:
                for body in reversed(self.bodies):
                    # A bare acronym ("the UN agency" names the UN) is no body named before.
                    if (
                        body.name
                        and body.ref != "alias"
                        and body.kind not in (ClaimantKind.GOVERNMENT, ClaimantKind.MEDIA)
                    ):
                        return _unref(body)
            if not speaker.definite:
                return NOBODY
            return _unref(speaker)
        return speaker

    @staticmethod
    def _has_head(body: Speaker, head: str) -> bool:
        if not body.name:
            return False
        if head in _CENTRAL_BANKS:
            # "the central bank" after "the Bank of Thailand", "the National Bank of Serbia".
            return body.kind == ClaimantKind.OFFICE and "bank" in name_key(body.name).split()
        if body.name in _UK_ACRONYMS:
            return _UK_ACRONYMS[body.name][1].startswith(head[:4])
        words = [w for w in re.split(r"[\s-]+", name_key(body.name)) if w]
        if any(w == head or (len(head) > 3 and w.startswith(head[:5])) for w in words):
            return True
        if any(
            w in _UK_ACRONYMS and _UK_ACRONYMS[w][1].startswith(head[:4])
            for w in body.name.split()[1:]
        ):
            # "Головне управління ДСНС у Тернопільській області", later "в службі".
            return True
        # "Sciensano, Belgium's public health institute": later "the institute"; "в об'єднанні
        # «Укрметалургпром»", later "в об'єднанні".
        last = name_key(body.description).rsplit(" ", 1)[-1] if body.description else ""
        return bool(last) and (last == head or (len(head) > 5 and last.startswith(head)))

    def _short(self, short: str | None) -> Speaker | None:
        """The body named before whose words' beginnings spell ``short``: "Держстат" for
        "Державна служба статистики", "Мінфін" for "Міністерство фінансів"."""
        if not short:
            return None
        letters = name_key(short)
        for body in reversed(self.bodies):
            if body.name and body.name != short and " " in body.name:
                words = [w for w in name_key(body.name).split() if w not in _FUNCTION_WORDS]
                if _abbreviates(letters, words):
                    return body
        return None

    def _person(self, surname: str | None) -> Speaker | None:
        if not surname:
            return None
        key = name_key(surname)
        for person in reversed(self.persons):
            words = name_key(person.name).split()
            last = words[-1] if words else ""
            same = last == key or (len(key) > 3 and _stem(last) == _stem(key))
            if same and (len(person.name.split()) > 1 or last == key):
                return _unref(person)
        return None
