"""The words claimants are named by: bodies and their kinds, titles, countries, media,
generic groups, and the small helpers every language's rules share."""

from __future__ import annotations

import re

from articles.claimants.speakers import ClaimantKind
from articles.lexicon import Lexicon, split_words
from articles.text import name_key


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
    # Public broadcasters by their acronyms.
    "err": "ERR", "lrt": "LRT", "lsm": "LSM", "yle": "Yle", "nrk": "NRK", "svt": "SVT",
    "orf": "ORF", "rté": "RTÉ", "rte": "RTÉ", "rtve": "RTVE", "zdf": "ZDF", "ard": "ARD",
    "nhk": "NHK", "sabc": "SABC", "rnz": "RNZ", "cbc": "CBC", "tvp": "TVP", "rts": "RTS",
    "anadolu": "Anadolu", "ansa": "ANSA", "europa press": "Europa Press",
    "укрінформ": "Укрінформ", "суспільне": "Суспільне", "інтерфакс-україна": "Інтерфакс-Україна",
    "укрінформу": "Укрінформ", "суспільного": "Суспільне", "українська правда": "Українська правда",
    "української правди": "Українська правда", "тасс": "ТАСС",
    "громадське": "Громадське", "громадського": "Громадське",
    "апк-інформ": "АПК-Інформ", "уніан": "УНІАН",
    "економічна правда": "Економічна правда", "економічної правди": "Економічна правда",
    "латифундист": "Латифундист",
    # World news agencies and broadcasters as Ukrainian news writes them.
    "сіньхуа": "Сіньхуа", "рейтер": "Reuters", "франс прес": "AFP", "кіодо": "Kyodo",
    "йонхап": "Yonhap", "cctv": "CCTV", "cgtn": "CGTN", "dw": "DW", "euronews": "Euronews",
    # International broadcasters and papers the wires cite, in either language.
    "deutsche welle": "Deutsche Welle", "voice of america": "Voice of America",
    "radio free europe": "Radio Free Europe", "radio free europe/radio liberty":
    "Radio Free Europe/Radio Liberty", "france 24": "France 24", "rfi": "RFI",
    "le monde": "Le Monde", "der spiegel": "Der Spiegel", "el país": "El País",
    "the wall street journal": "The Wall Street Journal", "sky news": "Sky News",
    "nikkei": "Nikkei", "the hindu": "The Hindu", "the times of india": "The Times of India",
    "south china morning post": "South China Morning Post", "politico": "Politico",
    "дойче веле": "Deutsche Welle", "бі-бі-сі": "BBC", "радіо свобода": "Радіо Свобода",
    "радіо «свобода»": "Радіо Свобода", "голос америки": "Голос Америки",
}  # fmt: skip


# "The Rennes prosecutor's office", "the Lyon mayor's office".
_PLACE_TITLE_OFFICE = re.compile(
    r"(?:[A-Z][\w-]+\s+){1,2}(?P<title>[a-z]+)['’]s\s+office"
    # "the Louisiana Secretary of State's office": a capitalised title with its field.
    r"|(?:[A-Z][\w-]+\s+){1,2}(?P<capital>(?:Secretary|Attorney|Comptroller|Auditor|Registrar|"
    r"Commissioner)(?:\s+(?:of|for)\s+[A-Z][\w-]+|\s+General)?)['’]s\s+[Oo]ffice"
)


# "the Foroyaa newspaper", "the Kathimerini daily": a medium named before what it is.
_NAMED_MEDIUM = re.compile(
    # "the state-owned Herald newspaper": what it is owned by is no part of its name.
    r"(?:(?:state|privately|family|government)-(?:owned|run)\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:newspaper|daily|weekly|"
    r"broadcaster|news\s+agency|news\s+website|website|tabloid|magazine|radio|television)"
)


# A newspaper's name by the word its masthead ends with: "Irish Times", "Business Post".
_MASTHEAD = re.compile(
    # ("the Bay of Plenty Times": a place's name with "of".)
    r"(?:[A-Z][\w'’-]*\s+(?:of\s+)?){1,3}(?:Times|Post|Herald|Journal|Gazette|Tribune|Telegraph|"
    r"Chronicle|Observer|Courier|Examiner|Sentinel|Mirror|Express|Independent|Standard|"
    r"Guardian|Inquirer|Globe|Gleaner|Star|Nation|Monitor|Mail|Echo|Dispatch|Record|Press|News)"
    # "the Gleaner reported", "the Nation said": a masthead alone.
    r"|(?:Gleaner|Guardian|Independent|Observer|Telegraph|Star|Nation|Monitor|Standard|"
    r"Tribune|Herald|Gazette|Chronicle|Inquirer)"
    # "Times of Malta", "Times of India": a masthead with its country.
    r"|(?:The\s+)?(?:Times|Post|Herald|Gazette|Tribune)\s+of\s+[A-Z][\w-]+"
    # "the Gazzetta di Parma", "Corriere della Sera", "Diario de Sevilla": mastheads in the
    # languages of their places.
    r"|(?:Gazzetta|Corriere|Giornale|Diario|Jornal|Gazeta|Courrier|Journal|Heraldo|Correo|"
    r"Voz|Eco|Mattino|Messaggero|Tageblatt|Zeitung|Nieuwsblad|Dagblad)"
    r"\s+(?:di|del|della|dello|de|do|da|des|du|der|van)\s+(?:la\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
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
    # Territories the news names as it names countries: "the territory's Directorate …".
    "new caledonia": "New Caledonia",
    "french polynesia": "French Polynesia",
    "greenland": "Greenland",
    "faroe islands": "Faroe Islands",
    "aruba": "Aruba",
    "curaçao": "Curaçao",
    "sint maarten": "Sint Maarten",
    "bermuda": "Bermuda",
    "cayman islands": "Cayman Islands",
    "guam": "Guam",
    "gibraltar": "Gibraltar",
    "macau": "Macau",
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
    gov., mayor-elect, president-elect, governor-elect, senator-elect, chancellor-elect,
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
    collector, magistrate, coordinator, co-ordinator, administrator, superintendent, harbour,
    harbourmaster, master, col, gen, maj, capt, sgt, brig, brig., cmdr,
    controller, registrar, premier, consul, rapporteur, prefect, marshal, comptroller, member,
    supervisor, alderman, alderwoman, alderperson, councilman, councilwoman, selectman,
    selectwoman, assemblyman, assemblywoman, assemblymember, legislator, clerk, sheikh, sheik,
    imam, rabbi, bishop, archbishop, cardinal, pastor, patriarch, mufti
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
    supervisor,
    chief, officer, governor-general, coordinator, co-ordinator, administrator,
    superintendent, controller, registrar, premier, consul, rapporteur, prefect, comptroller,
    alderman, alderwoman, alderperson, councilman, councilwoman, selectman, selectwoman,
    mayor-elect, president-elect, governor-elect, senator-elect, chancellor-elect, gov., gov,
    rep., supt., det., sgt., capt., cmdr., adm.,
    assemblyman, assemblywoman, assemblymember, legislator,
    голова, очільник, очільниця, міністр, міністерка, мер, президент, прем'єр-міністр,
    прем'єр-міністерка, прем'єр, віцепрем'єр, віцепрем'єрка, віцепрем'єр-міністр,
    речник, речниця, губернатор, депутат, депутатка, прокурор, прокурорка, суддя, командувач,
    староста, старостиня, бургомістр, бургомістерка, мерка, губернаторка, прокурорка,
    генерал, посол, посолка, уповноважений, уповноважена, омбудсман, начальник, начальниця,
    заступник, заступниця, секретар, секретарка, директор, директорка, керівник, керівниця,
    лікар, санітарний, завідувач, завідувачка
    """
    )
)


_EXPERT_TITLES = frozenset(
    split_words(
        r"""
    dr., dr, prof., professor, doctor, scientist, economist, epidemiologist, researcher,
    analyst, expert, statistician, virologist, physician, surgeon,
    професор, професорка, науковець, економіст, економістка, аналітик, аналітикиня, експерт,
    експертка, лікар, лікарка, епідеміолог, епідеміологиня, вірусолог, синоптик, синоптикиня,
    метеоролог, метеорологиня, meteorologist, forecaster
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
    банкіри,
    медики, науковці, економісти, дослідники, військові, місцеві, люди, пацієнти, вчителі,
    фермери, депутати, чиновники, опитані, свідки, представники, дилери, автосалони,
    продавці, виробники, імпортери, перевізники, аграрії, забудовники, банки, магазини,
    ріелтори, страховики, dealers, importers,
    builders, developers, pharmacies, carriers, operators,
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
        guard, customs, mayor, governor, council, board, spokesman, spokeswoman, spokesperson,
        official, watchdog,
        investigators, inquiry, bundesbank, federal reserve, ofqual, ofsted,
        secretariat, registry, prefecture, ministry of health, chancellery,
        fire brigade, fire department, ambulance service, statistics agency, national bank,
        reserve bank, coordination, co-ordination, electoral committee, election committee,
        chambers, financial intelligence unit, constabulary, constabulary force, police force,
        police service, greffe, environmental protection agency, public prosecution,
        prosecution service, statistics division, statistical division, directorate-general,
        division, revenue commissioners, delegation, sanctuary, commissioners, supervisors,
        republican guard, civil guard, gendarmerie, headquarters,
        board of supervisors, trustees, board of trustees, regents, board of regents
    """,
    ClaimantKind.GOVERNMENT: r"""
        government, cabinet, administration, kremlin, white house, downing street, authorities,
        state, parliament, legislature, duma, verkhovna rada, rada, national assembly, regime,
        senate, congress, chamber of deputies, house of representatives, house of commons,
        council of ministers, federal council, state council,
        house of lords, lower house, upper house, municipality, municipal corporation,
        city council, county council, town council, city hall, town hall, governorate,
        borough council, district council, parish council, county borough council,
        regional council, municipal council,
        metropolitan assembly, municipal assembly, district assembly, city assembly
    """,
    ClaimantKind.MILITARY: r"""
        army, military, armed forces, general staff, commander, commanders, troops, navy, air
        force, brigade, battalion, regiment, command, defence forces, defense forces, soldiers,
        marines, national guard, special forces, militia, forces, pentagon, force,
        defence force, defense force, corps, army corps, army region, military region,
        military district
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
        europol, interpol, eurojust, frontex,
        network, coalition, alliance, laboratory, consortium, mission, programme, program,
        forum, security council, general assembly, monitor, agency, unit, society, body, project,
        cooperative, co-operative, chain, museum, zoo, library, gallery, archives,
        centres, centers, confederation, bloc,
        school, academy, college, trust, league, council of europe, think tank, railway,
        railways, airline, carrier, insurer, lender, carmaker, automaker, retailer, operator,
        utility, manufacturer, producer, distributor, supplier, exchange, securities, holdings,
        capital, partners, brokerage, construction, engineering, industries, motors, mining,
        logistics, shipping, pharmaceuticals, technologies, chemicals,
        consulting, consultancy, analytics, ratings, investments, associates, economics, maker,
        drugmaker, processor, exporter, importer, refiner, shipper, brewer, wholesaler, broker,
        economic community, development community, show, fair, festival, expo, exhibition,
        tourist board, tourism board, corporation, development corporation, faculty
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
    r"^(?:European|United Nations|UN|African|International|World|Inter-American|Asian|Arab|"
    # "the Indian Ocean Tuna Commission", "the Pacific Islands Forum": a region's states'.
    r"Indian Ocean|Pacific Islands|Nordic|Commonwealth)\b"
)


# Words that make an agency a law-enforcement office: "National Crime Agency".
_LAW_ENFORCEMENT = re.compile(
    r"\b(?:Crime|Police|Border|Customs|Fraud|Narcotics|Drug Enforcement|Corruption|"
    # "State Committee for National Security": a state's security service.
    r"Anti-Corruption|National Security|State Security)\b"
)


# Weather services, whatever their head: "National Meteorological Service".
# ("Philippine Atmospheric, Geophysical and Astronomical Services Administration",
# "National Oceanic and Atmospheric Administration": a weather service by its sciences.)
_WEATHER = re.compile(
    r"\b(?:[Hh]ydro)?(?:[Mm]eteorolog\w*|[Ww]eather)\b|\b(?:Atmospheric|Hydrometeorological)\b"
)


# Words that make an agency a regulator or an emergency service, an office.
_REGULATOR = re.compile(
    r"\b(?:Medicines|Medicinal|Regulatory|Control|Inspection|[Cc]ivil [Pp]rotection|"
    # ("the tax agency Sunat": a description, written small.)
    # ("Japan's Fisheries Agency": a state's agency that runs a field; not the "Japan
    # Fisheries Research and Education Agency", a research body.)
    r"[Ee]mergenc(?:y|ies)|Disaster|Migration|Immigration|[Tt]ax|[Rr]evenue|"
    r"(?:Fisheries|Forestry)(?=\s+Agency))\b"
)


# What a state-owned operator runs or trades, whatever its head ("Port … Authority").
_OPERATED = re.compile(
    r"\b(?:Ports?|Harbou?r|Airports?|Canal|Cocoa|Coffee|Tea|Grain|Cotton|Sugar|Tobacco)\b"
)


# Heads a back-reference may use for a body of another head ("the union" for the INMO).
_ORGANISATION_HEADS = _set(
    "union group organisation organization charity ngo body об'єднанн асоціаці організаці спілк"
)


# What a company is said to be, in words no person is called by: "Kuanza Petróleos, a
# private distributor", "chipmaker Kaiwei Semiconductor" (any "…maker" too).
COMPANY_TRADES = _set(
    "distributor manufacturer producer exporter importer retailer carrier airline lender "
    "insurer miner brewer distiller conglomerate chain refiner shipper company firm packer "
    "processor wholesaler trader exporter"
)


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
        ClaimantKind.MILITARY: (
            "сил сили штаб генштаб армі командуванн бригад гвардi гвардія флот військ"
        ),
        ClaimantKind.GOVERNMENT: "уряд кабмін кабінет влад мері",
        ClaimantKind.ORGANISATION: (
            "центр гідрометцентр організаці фонд інститут університет асоціаці спілк профспілк "
            "федераці реєстр союз палат клуб "
            "червоний лікарн укренерго нафтогаз укрзалізниц укрпошт школ академі агенці "
            "компані корпораці об'єднанн коаліці підприємств місі альянс товариств заповідник "
            "обсерваторі репрезентаці конфедераці метрополітен енергоатом оператор"
        ),
        ClaimantKind.OFFICE: (
            "міністерств служб поліці прокуратур суд бюро банк комісі адміністраці рад агентств "
            "комітет консульств посольств оборон патрул інспекторат "
            "інспекці департамент управлінн офіс відомств регулятор держ мвс моз нацбанк "
            "нацполіці мінфін мінекономік міноборон мінздрав мінцифр мін'юст мін’юст митниц "
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
    "ЦГЗ": (ClaimantKind.ORGANISATION, "центр"),
    "МВФ": (ClaimantKind.ORGANISATION, "фонд"), "САП": (ClaimantKind.OFFICE, "прокуратур"),
    "ВАКС": (ClaimantKind.OFFICE, "суд"), "ВРУ": (ClaimantKind.GOVERNMENT, "рад"),
    # Ministries by their initials: of emergencies (a foreign one, as Ukrainian news names
    # it), foreign affairs, education.
    "МНС": (ClaimantKind.OFFICE, "міністерств"), "МЗС": (ClaimantKind.OFFICE, "міністерств"),
    "МОН": (ClaimantKind.OFFICE, "міністерств"), "НСЗУ": (ClaimantKind.OFFICE, "служб"),
    # The state's regulators, by their initials.
    "НКРЕКП": (ClaimantKind.OFFICE, "комісі"), "НКЦПФР": (ClaimantKind.OFFICE, "комісі"),
}  # fmt: skip
# What an acronym stands for, filed by when the article never names it in full: "МОЗ".
_UK_ACRONYM_NAMES = {
    "ЦГЗ": "Центр громадського здоров'я", "МОЗ": "Міністерство охорони здоров'я",
    "МВС": "Міністерство внутрішніх справ", "МЗС": "Міністерство закордонних справ",
    "МОН": "Міністерство освіти і науки", "СБУ": "Служба безпеки України",
    "НБУ": "Національний банк України", "ДБР": "Державне бюро розслідувань",
    "НАБУ": "Національне антикорупційне бюро України",
    "НСЗУ": "Національна служба здоров'я України",
    "НКРЕКП": (
        "Національна комісія, що здійснює державне регулювання у сферах енергетики та "
        "комунальних послуг"
    ),
    "НКЦПФР": "Національна комісія з цінних паперів та фондового ринку",
}  # fmt: skip
# Words a body's name holds when an acronym stands for it: "МОЗ" — "охорони здоров'я".
_UK_ACRONYM_WORDS = {
    "МОЗ": ("здоров",), "МВС": ("внутрішн",), "МОН": ("освіт",), "МНС": ("надзвичайн",),
    "МЗС": ("закордонн",),
}  # fmt: skip


# The short names Ukrainian news gives ministries (and the national bank), by their stem,
# and the full name a newsroom files them under when the article never gives it.
_UK_SHORT_MINISTRIES = {
    "нацбанк": "Національний банк України",
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


_FUNCTION_WORDS = _set(
    "of for and the on in de del du des la le y et з із і й та у в на до для при"
)


_NAME_PARTICLES = _set("de du des da do dos das del la le van von der den al el bin ben ait abu")


def _is_latin(text: str) -> bool:
    if text.isascii():
        return True
    from articles.figures_uk import is_ukrainian

    return not is_ukrainian(text)


_UK_PREPOSITIONS = _set("у в на з із зі до від за по про для при під над між через після перед")


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _FUNCTION_WORDS]
    if words and re.match(r"^\w+['’]s$", words[0]):
        words = words[1:]
    return "".join(w[0] for w in words).upper()


def _stem(word: str) -> str:
    low = name_key(word)
    return low[: max(4, len(low) - 2)] if len(low) > 4 else low


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
