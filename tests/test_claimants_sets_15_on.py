"""Claimants in the wordings the fifteenth held-out set's misses and those after it taught
(rounds 14 on), each in words not taken from the sets."""

import pytest

from tests.claimant_cases import claimant, claimants

# --- round fourteen: what the fifteenth held-out set's misses taught -------------------------


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # What a possessive owns gives the kind, not its owner: an office, not a state.
        (
            "Floods cut 12 roads, the State of Jalisco's Civil Protection Coordination said.",
            [("State of Jalisco's Civil Protection Coordination", "office")],
        ),
        (
            "The State of Jalisco Attorney General's Office said it had charged 3 people.",
            [("State of Jalisco Attorney General's Office", "office")],
        ),
        # An unknown title before a name goes to the description.
        (
            "Water reached 40 homes, Flood Response Coordinator Ana Ruiz told reporters.",
            [("Ana Ruiz", "person")],
        ),
        # "the coordination" is the coordination named before.
        (
            "Rain flooded 90 homes, the State of Jalisco's Civil Protection Coordination said. "
            "About 300 people were moved to shelters, the coordination said.",
            [("State of Jalisco's Civil Protection Coordination", "office")] * 2,
        ),
        # "the state's" is the state the article named: by its own name, or "the state of X".
        (
            "Storms hit Brazil's southern state of Paraná on Monday, killing 7 people, police "
            "said. The state's health department said 31 people were in hospital.",
            [(None, None), ("Paraná's health department", "office")],
        ),
        # "the central bank" is the central bank named before by its name.
        (
            "Inflation slowed to 3.1% in May, according to the Bank of Ghana. "
            "The central bank held its main rate at 27% on Friday.",
            [("Bank of Ghana", "office"), ("Bank of Ghana", "office")],
        ),
        # A masthead with its country, and a newspaper said so after its name.
        (
            "The party will hold 41 of the 70 seats, according to a projection by Times of Zambia, "
            "the country's oldest daily.",
            [("Times of Zambia", "media")],
        ),
        (
            "Turnout was 61%, according to Nordlys Avis, a regional newspaper.",
            [("Nordlys Avis", "media")],
        ),
    ],
)
def test_round_fourteen_owned_bodies_titles_states_and_banks(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    "sentence",
    [
        # A legal act is nobody's statement, whoever issued it.
        "Markets in 14 villages will stay shut until Monday, according to an order issued by "
        "the county administration.",
        # A lone name doing rather than saying, introduced by nobody, is no claimant.
        "Assam has recorded 12 outbreaks of the disease since 2019.",
        # The speaker inside a relative clause is who said it, not the person described.
        "Her brother, Omar Haddad, 44, a driver who police said carried 30 kilograms of the "
        "drug, was jailed for six years.",
        # A body doing something in a clause of time says nothing of the sentence.
        "The fraud came to light in 2024 when the Halden Institute, the Norwegian National "
        "Museum's laboratory, found 3 fake stamps.",
    ],
)
def test_round_fourteen_documents_places_and_clauses_name_nobody(sentence):
    assert claimant(sentence) == (None, None)


def test_a_person_who_acted_and_then_said_keeps_the_sentence_past_a_long_clause():
    sentence = (
        "Opposition leader Marta Lind conceded defeat in a televised address late on Sunday and "
        "said her party had lost 12 seats."
    )

    assert claimant(sentence) == ("Marta Lind", "person")


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A ministry's short name, with or without its full name before.
        (
            "Міністерство юстиції подало 12 позовів. За даними Мін'юсту, суди задовольнили 9 "
            "із них.",
            [("Міністерство юстиції", "office")] * 2,
        ),
        (
            "Дефіцит бюджету сягнув 40 млрд гривень, повідомили в Мінфіні.",
            [("Міністерство фінансів", "office")],
        ),
        # "в агентстві" after a body named with its acronym in brackets.
        (
            "Майно передали Агентству з розшуку та менеджменту активів (АРМА), яке продасть "
            "його протягом 3 місяців, зазначили в агентстві.",
            [("Агентство з розшуку та менеджменту активів", "office")],
        ),
        # An acronym spelling the first words of a body named before.
        (
            "Центр громадського здоров'я МОЗ України зареєстрував 900 випадків. За оцінкою ЦГЗ, "
            "справжня кількість утричі більша, тобто близько 2700.",
            [("Центр громадського здоров'я МОЗ України", "organisation")] * 2,
        ),
        # "свідчать дані міністерства": the ministry named before.
        (
            "Міністерство фінансів повідомило про борг у 8 трлн гривень. У травні борг зріс на "
            "2%, свідчать дані міністерства.",
            [("Міністерство фінансів", "office")] * 2,
        ),
        # The city council of the city the report is in.
        (
            "У Хмельницькому через аварію без води залишилися 40 будинків, повідомили в міській "
            "раді.",
            [("Хмельницька міська рада", "government")],
        ),
        (
            "У Львові відключили світло в 200 будинках, повідомили в міській раді.",
            [("Львівська міська рада", "government")],
        ),
        # A place's adjective the dictionary cannot inflect, in the nominative all the same.
        (
            "Температура опустилася до 12 градусів морозу, за даними Кіровоградського обласного "
            "центру з гідрометеорології.",
            [("Кіровоградський обласний центр з гідрометеорології", "organisation")],
        ),
        # "нагадує видання" after an outlet named without guillemets.
        (
            "Двоє людей постраждали, передає Суспільне Полтава з посиланням на поліцію Полтавської "
            "області. Торік подібна аварія залишила без тепла 50 будинків, нагадує видання.",
            [("Поліція Полтавської області", "office"), ("Суспільне Полтава", "media")],
        ),
    ],
)
def test_round_fourteen_ukrainian_short_names_acronyms_councils_and_outlets(body, wanted):
    assert claimants(body) == wanted


# --- round fifteen: what the sixteenth held-out set's misses taught --------------------------


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A chancellery is an office, named in full and by its head later.
        (
            "Voters rejected the plan, with 55% against, according to final results published "
            "by the Federal Chancellery. Turnout was 44%, the chancellery said.",
            [("Federal Chancellery", "office")] * 2,
        ),
        # A country's executive council governs.
        (
            "The Federal Council says the country needs 40,000 new homes a year.",
            [("Federal Council", "government")],
        ),
        # A named body beats the bare head noun that acted, and a statement is its author's.
        (
            "The government declared Friday a day of mourning and approved 3 million euros in "
            "aid, according to a statement from the Council of Ministers.",
            [("Council of Ministers", "government")],
        ),
        # What a body is, said before its name.
        (
            "Peru's central bank, Banco Central de Reserva, said growth would reach 3.2% this "
            "year.",
            [("Banco Central de Reserva", "office")],
        ),
        # A migration agency grants permits as an office does.
        (
            "The Danish Immigration Agency issued 2,300 permits this year.",
            [("Danish Immigration Agency", "office")],
        ),
    ],
)
def test_round_fifteen_chancelleries_councils_statements_and_descriptions(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "Державної …" is an adjective, not a short name like "Держстат"; a district of it.
        (
            "Фахівці Державної екологічної інспекції Поліського округу взяли 12 проб, пише "
            "«Суспільне Житомир». За попередніми даними, могли розлитися до 50 тонн пального, "
            "зазначили в інспекції.",
            [
                ("Суспільне Житомир", "media"),
                ("Державна екологічна інспекція Поліського округу", "office"),
            ],
        ),
        # "Пізніше в ОВА уточнили": a time word before the body.
        (
            "Херсонська обласна військова адміністрація повідомила про 5 поранених. Пізніше в "
            "ОВА уточнили, що кількість поранених зросла до 9.",
            [("Херсонська обласна військова адміністрація", "government")] * 2,
        ),
        # An association named before, later "в об'єднанні".
        (
            "Продажі зросли на 12%, повідомили в асоціації «Укрбудпром». За рік ринок виріс до "
            "40 тисяч квартир, уточнили в об'єднанні.",
            [("Укрбудпром", "organisation")] * 2,
        ),
        # Traders in general give no claimant; a ministry's service centre is an office.
        ("Дилери пояснюють попит тим, що з 1 січня ціни зростуть на 10%.", [(None, None)]),
        (
            "У листопаді переоформили 42 тисячі авто, повідомили в Головному сервісному центрі "
            "МВС.",
            [("Головний сервісний центр МВС", "office")],
        ),
    ],
)
def test_round_fifteen_ukrainian_districts_late_references_and_traders(body, wanted):
    assert claimants(body) == wanted


# --- round sixteen: what the seventeenth held-out set's misses taught -------------------------


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # An electoral committee is an office; a public broadcaster by its acronym.
        (
            "Parliament will vote on March 3, the National Electoral Committee said.",
            [("National Electoral Committee", "office")],
        ),
        ("NRK reported that 12 lawmakers had abstained.", [("NRK", "media")]),
        # What a body is one of, after its name.
        (
            "Retail chain Nordkjøp, one of the firm's largest buyers, said it had cleared 200 "
            "stores of its products.",
            [("Nordkjøp", "organisation")],
        ),
        # Done to a title, not done by it.
        ("The president is elected for five years.", [(None, None)]),
    ],
)
def test_round_sixteen_committees_broadcasters_and_passives(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # The regional office of a service the article named in full.
        (
            "Головне управління ДСНС у Рівненській області повідомило про 3 загиблих. Пізніше "
            "в обласному управлінні ДСНС повідомили, що кількість загиблих зросла до 4.",
            [("Головне управління ДСНС у Рівненській області", "office")] * 2,
        ),
        # A city's council after a hyphenated city; "у Головному управлінні" names no city.
        (
            "У Івано-Франківську через аварію без тепла залишилися 30 будинків, повідомили в "
            "міській раді.",
            [("Івано-Франківська міська рада", "government")],
        ),
        # A body acting with its region; a listed name with its short form in brackets.
        (
            "Головне управління Держпраці у Львівській області провело 40 перевірок.",
            [("Головне управління Держпраці у Львівській області", "office")],
        ),
        (
            "Угод уклали 1200, повідомили в Державній службі України з питань геодезії, "
            "картографії та кадастру (Держгеокадастр). Ціна зросла на 9%, уточнили в "
            "Держгеокадастрі.",
            [("Державна служба України з питань геодезії, картографії та кадастру", "office")] * 2,
        ),
        (
            "Експорт зріс на 8%, свідчать дані Міністерства економіки, довкілля та сільського "
            "господарства.",
            [("Міністерство економіки, довкілля та сільського господарства", "office")],
        ),
        # The object first, then the staff of the body who acted.
        (
            "Збитки довкіллю фахівці Державної екологічної інспекції Поліського округу оцінили "
            "в 2 млн гривень.",
            [("Державна екологічна інспекція Поліського округу", "office")],
        ),
        # A plural name "of Ukraine" in guillemets, in the nominative; a hyphenated region.
        (
            "За даними «Лісів України», торік зафіксували 300 незаконних рубок.",
            [("Ліси України", "organisation")],
        ),
        (
            "Суд засудив 3 людей, повідомили в Івано-Франківській обласній прокуратурі.",
            [("Івано-Франківська обласна прокуратура", "office")],
        ),
    ],
)
def test_round_sixteen_ukrainian_regional_offices_listed_names_and_hyphens(body, wanted):
    assert claimants(body) == wanted


# --- round seventeen: what the eighteenth held-out set's misses taught ------------------------


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A title whose complement names a field, then the person.
        (
            "About 900 people were moved, according to Mayoral Committee Member for Health and "
            "Welfare Sipho Dlamini.",
            [("Sipho Dlamini", "person")],
        ),
        (
            "Minister of Fisheries Ana Sousa said the quota of 90,000 tonnes would stand.",
            [("Ana Sousa", "person")],
        ),
        # "The City of X" governs; a newspaper owned by the state; a trade before a name and
        # where it is based.
        (
            "The City of Lusaka, which runs the water supply, said output fell to 200 megalitres.",
            [("City of Lusaka", "government")],
        ),
        (
            "Cases rose to 80, the state-owned Chronicle newspaper reported.",
            [("Chronicle", "media")],
        ),
        (
            "Fish processor Nordsild, based in Tromsø, said it would lay off 40 workers.",
            [("Nordsild", "organisation")],
        ),
        # Analysts estimate; an institute advises.
        (
            "Analysts at Oslo-based brokerage Fjell Markets estimate that exports will fall by 8%.",
            [("Fjell Markets", "organisation")],
        ),
        (
            "The Marine Research Institute (MRI) advised a quota of 120,000 tonnes.",
            [("Marine Research Institute", "organisation")],
        ),
        # "the fire service" after a service named with a city's name; "it said" the body
        # the sentence opens with.
        (
            "A spokesman for the City of Durban Fire and Rescue Service said 3 people died. The "
            "fire service responded to 900 fires last year, according to its annual report.",
            [("City of Durban Fire and Rescue Service", "office")] * 2,
        ),
        (
            "The Marine Research Institute (MRI) said catches fell 9%. The Central Bank of "
            "Norway said its rate would stay at 4%. The institute found too few cod, the third "
            "time in five years, it said.",
            [
                ("Marine Research Institute", "organisation"),
                ("Central Bank of Norway", "office"),
                ("Marine Research Institute", "organisation"),
            ],
        ),
    ],
)
def test_round_seventeen_titles_cities_trades_and_pronouns(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A listed name opening the sentence; a company named mid-sentence.
        (
            "У Міністерстві економіки, довкілля та сільського господарства заявили, що з 1 "
            "березня правила зміняться для 20 тисяч пасічників.",
            [("Міністерство економіки, довкілля та сільського господарства", "office")],
        ),
        (
            "Магазин належить мережі «Смакота», у компанії заявили, що він пройшов 3 перевірки.",
            [("Смакота", "organisation")],
        ),
        # To both of them, and "him", nobody speaks.
        (
            "Обом повідомили про підозру, зазначили в Черкаській обласній прокуратурі.",
            [("Черкаська обласна прокуратура", "office")],
        ),
        # Customs named before, later "в митниці"; two adjectives joined by "та".
        (
            "Експорт склав 40 тисяч тонн, повідомили в Державній митній службі. Виручка зросла на "
            "9%, уточнили в митниці.",
            [("Державна митна служба", "office")] * 2,
        ),
        (
            "Урожай сягне 50 тисяч тонн, за даними Продовольчої та сільськогосподарської "
            "організації ООН.",
            [("Продовольча та сільськогосподарська організація ООН", "organisation")],
        ),
        # A short name in brackets after the full one, used later; the labs of a service.
        (
            "Державна служба України з питань праці (Держпраці) перевірила 300 шахт, повідомили в "
            "Держпраці.",
            [("Державна служба України з питань праці", "office")],
        ),
        (
            "Торік лабораторії Держпродспоживслужби виявили порушення у 3% зразків.",
            [("Держпродспоживслужба", "office")],
        ),
    ],
)
def test_round_seventeen_ukrainian_listed_names_customs_and_short_forms(body, wanted):
    assert claimants(body) == wanted


# --- round eighteen: what the nineteenth held-out set's misses taught -------------------------


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A body by its head noun that acted, then said; a forecast that is a noun.
        (
            "The central bank cut its growth forecast to 2.1% and said prices would stay low.",
            [("the central bank", "office")],
        ),
        # A relative clause's verb says nothing; evidence a court heard is nobody's claim.
        (
            "Norway's Supreme Court on Tuesday sentenced a fund manager to 9 years in prison "
            "for cheating 214 investors out of 38 million dollars ($28 million) through a fund "
            "that claimed to hold gold.",
            [("Norway's Supreme Court", "office")],
        ),
        ("Lim promised returns of 15% a year, the court heard.", [(None, None)]),
        # A news agency; a place of several words before "-based"; chambers of a law office.
        (
            "It was the country's deadliest fire, the news agency Trend reported, citing 12 dead.",
            [("Trend", "media")],
        ),
        (
            "Analysts at Port of Spain-based brokerage Savannah Capital said the deficit would "
            "reach 5%.",
            [("Savannah Capital", "organisation")],
        ),
        (
            "The court ordered a refund of 2 million dollars, the Attorney-General's Chambers "
            "(AGC) said.",
            [("Attorney-General's Chambers", "office")],
        ),
    ],
)
def test_round_eighteen_acts_then_says_relative_clauses_and_agencies(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A time word before the body; a city's military administration; "в ОВА" no city's.
        (
            "Увечері в ОВА уточнили, що кількість загиблих зросла до 5.",
            [("ОВА", "government")],
        ),
        (
            "У Слов'янську через удар загинули 4 людини, повідомили в ОВА. Міська військова "
            "адміністрація оголосила 3 грудня днем жалоби.",
            [("ОВА", "government"), ("Слов'янська міська військова адміністрація", "government")],
        ),
        # "у Стрию"; "в Держпраці" is no city.
        (
            "У Стрию вибухнула цистерна, загинули 3 людини, повідомили в Держпраці. Міська рада "
            "оголосила день жалоби.",
            [("Держпраці", "office"), ("Стрийська міська рада", "government")],
        ),
        # A body named with its field, acting past its short name in brackets.
        (
            "Державна служба України з лікарських засобів та контролю за наркотиками "
            "(Держлікслужба) торік виявила 57 підробок.",
            [
                (
                    "Державна служба України з лікарських засобів та контролю за наркотиками",
                    "office",
                )
            ],
        ),
    ],
)
def test_round_eighteen_ukrainian_times_cities_and_fields(body, wanted):
    assert claimants(body) == wanted


# --- round nineteen: what the twentieth held-out set's misses taught --------------------------


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # A named official who said it beats the bare head noun that acted.
        (
            "The government declared two days of mourning and will pay 900 dollars to each "
            "family, presidential spokesman Tomás Reyes said.",
            [("Tomás Reyes", "person")],
        ),
        # A charge sheet is a legal act; "States" in a name is no verb.
        (
            "According to the charge sheet, the firm shipped 30 containers from Europe and the "
            "United States between 2023 and 2025.",
            [(None, None)],
        ),
        # A watchdog that campaigns is an organisation.
        (
            "Exports of waste rose 12%, according to the Basel Action Network, a Seattle-based "
            "watchdog.",
            [("Basel Action Network", "organisation")],
        ),
    ],
)
def test_round_nineteen_spokespeople_charge_sheets_and_watchdogs(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # "Ще напередодні" before the body.
        (
            "Ще напередодні Український гідрометеорологічний центр попередив про туман "
            "видимістю до 100 метрів.",
            [("Український гідрометеорологічний центр", "organisation")],
        ),
        # A site by its Latin name, later "в компанії".
        (
            "За даними сайту пошуку роботи Robota.ua, на одну вакансію припадало 3 резюме. "
            "Найбільше бракує водіїв, додали в компанії.",
            [("Robota.ua", "organisation")] * 2,
        ),
        # A ministry's listed name in "За оцінкою", going on after a comma.
        (
            "За оцінкою Міністерства економіки, довкілля та сільського господарства, бракує 1,5 "
            "млн працівників.",
            [("Міністерство економіки, довкілля та сільського господарства", "office")],
        ),
        # A body named with "України" after its head, later by its acronym.
        (
            "Юнака затримали співробітники Служби безпеки України. Від початку 2026 року СБУ "
            "затримала 650 людей.",
            [(None, None), ("Служба безпеки України", "office")],
        ),
        # The council of the town a community is named after.
        (
            "Загинули 3 людини. Міська рада оголосила 6 грудня днем жалоби в Ізмаїльській громаді.",
            [(None, None), ("Ізмаїльська міська рада", "government")],
        ),
    ],
)
def test_round_nineteen_ukrainian_leads_sites_ministries_and_communities(body, wanted):
    assert claimants(body) == wanted


# --- round twenty: what the twenty-first held-out set's misses taught -------------------------


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # An emergency committee is an office; "the weather service" after its name.
        (
            "Floods killed 9 people, the National Committee for Emergency Management said.",
            [("National Committee for Emergency Management", "office")],
        ),
        (
            "Rain reached 120 millimetres, the Directorate General of Meteorology said. The "
            "weather service has warned of 80 millimetres more.",
            [("Directorate General of Meteorology", "organisation")] * 2,
        ),
        # A name with its particle; a newspaper that reported estimates; observers from a body.
        (
            "The governor of Dhofar, Salim al-Harthi, said 3 shelters had opened.",
            [("Salim al-Harthi", "person")],
        ),
        (
            "Estimates put the damage at about 20 million rials, the newspaper Oman Observer "
            "reported.",
            [("Oman Observer", "media")],
        ),
        (
            "Observers from the Office for Democratic Institutions and Human Rights (ODIHR) of "
            "the OSCE said 4 polling stations had opened late.",
            [("Office for Democratic Institutions and Human Rights", "office")],
        ),
        # A broker before its name.
        (
            "Prices fell to $3.70 a kilogram, according to Montevideo-based livestock broker "
            "Campo Sur.",
            [("Campo Sur", "organisation")],
        ),
    ],
)
def test_round_twenty_committees_weather_particles_and_brokers(body, wanted):
    assert claimants(body) == wanted


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # An outlet recalling; a company in guillemets before what it is; a committee acting.
        (
            "Місто вже втретє залишається без опалення, нагадує Суспільне Чернігів.",
            [("Суспільне Чернігів", "media")],
        ),
        (
            "Агрохолдинг «Сонячне поле», найбільший виробник олії в регіоні, повідомив, що продав "
            "40 тисяч тонн.",
            [("Сонячне поле", "organisation")],
        ),
        (
            "Антимонопольний комітет України розпочав перевірку 5 торговельних мереж.",
            [("Антимонопольний комітет України", "office")],
        ),
        # A month between a body and its verb; the lab of a centre named before.
        (
            "Національний банк України в жовтні прогнозував, що інфляція сягне 9%.",
            [("Національний банк України", "office")],
        ),
        (
            "Хворих стало 30, повідомили в Тернопільському обласному центрі контролю та "
            "профілактики хвороб МОЗ. Лабораторія центру виявила сальмонелу в 4 пробах.",
            [("Тернопільський обласний центр контролю та профілактики хвороб МОЗ", "organisation")]
            * 2,
        ),
    ],
)
def test_round_twenty_ukrainian_outlets_quoted_companies_and_labs(body, wanted):
    assert claimants(body) == wanted
