"""Sentence splitting, check-worthiness scores and claim guesses."""

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.figures import Figure, extract_figures
from articles.models import ClaimantKind, ClaimKind
from articles.suggest import (
    Reason,
    Suggestion,
    score_sentences,
    split_paragraphs,
    split_sentences,
    suggest_claims,
)
from bench.suggest_eval import is_age, load_labelled, totals

GOVERNMENT_SAID = (
    "In late October, the government said more than 1,000 civilian bodies had been exhumed."
)
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ef148b2b24f95f6d.txt"


def seed_body() -> str:
    text = SEED.read_text(encoding="utf-8-sig")
    # The seed opens with "date YYYY-MM-DD"; the body follows.
    return text.split(None, 2)[2]


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# --- paragraphs and sentences ---------------------------------------------------------------


def test_paragraphs_are_separated_by_blank_lines():
    text = "First one.\nStill first.\n\n  Second.  \r\n\r\nThird."

    spans = split_paragraphs(text)

    assert [text[a:b] for a, b in spans] == ["First one.\nStill first.", "Second.", "Third."]


def test_sentence_offsets_point_into_the_body():
    body = seed_body()

    for sentence in split_sentences(body):
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        (
            "Dr. Jones and Gen. Petraeus met. Talks ended.",
            ["Dr. Jones and Gen. Petraeus met.", "Talks ended."],
        ),
        ("Lt. Col. Ivanov said so. Nobody agreed.", ["Lt. Col. Ivanov said so.", "Nobody agreed."]),
        (
            "She lives on St. Mark's Road. It is quiet.",
            ["She lives on St. Mark's Road.", "It is quiet."],
        ),
        (
            "U.S. officials said 12 people died. The U.K. agreed.",
            ["U.S. officials said 12 people died.", "The U.K. agreed."],
        ),
        (
            "The aid came from the U.S. The next day it ran out.",
            ["The aid came from the U.S.", "The next day it ran out."],
        ),
        (
            "J. R. R. Tolkien wrote it. Fans cheered.",
            ["J. R. R. Tolkien wrote it.", "Fans cheered."],
        ),
        (
            "About 1.5 million people fled. Many returned.",
            ["About 1.5 million people fled.", "Many returned."],
        ),
        (
            "The vote is on Nov. 8 this year. Polls open early.",
            ["The vote is on Nov. 8 this year.", "Polls open early."],
        ),
        ("Is it over? Nobody knows! We wait.", ["Is it over?", "Nobody knows!", "We wait."]),
        ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
        ("“Why?” he asked. Nobody answered.", ["“Why?” he asked.", "Nobody answered."]),
        (
            "Apples, pears, etc. were sold. Prices rose.",
            ["Apples, pears, etc. were sold.", "Prices rose."],
        ),
        ("Sales rose at Acme Inc. Shares fell.", ["Sales rose at Acme Inc.", "Shares fell."]),
        ("It was late... Then the lights came on.", ["It was late...", "Then the lights came on."]),
    ],
)
def test_sentences_survive_abbreviations_initials_decimals_and_quotes(text, expected):
    assert sentences(text) == expected


def test_quotation_of_several_sentences_stays_with_its_attribution():
    text = (
        '“We are grateful to the armed forces. Our boys are amazing. Glory to Ukraine," '
        "one Kherson resident told the Associated Press. Crowds cheered."
    )

    assert sentences(text) == [
        '“We are grateful to the armed forces. Our boys are amazing. Glory to Ukraine," '
        "one Kherson resident told the Associated Press.",
        "Crowds cheered.",
    ]


def test_quotation_left_open_at_the_end_of_a_paragraph_does_not_swallow_it():
    text = "“We will rebuild. Every house will stand again.\n\n“It will take years,” he said."

    assert sentences(text) == [
        "“We will rebuild.",
        "Every house will stand again.",
        "“It will take years,” he said.",
    ]


def test_embedded_social_post_is_one_unit():
    post = (
        "Kherson region greets with flowers and hugs pic.twitter.com/dXVBgPIjal — Anton "
        "Gerashchenko (@Gerashchenko_en) November 11, 2022"
    )
    text = f"Troops arrived on Friday.\n\n{post}\n\nResidents sang."

    assert sentences(text) == ["Troops arrived on Friday.", post, "Residents sang."]


def test_social_post_inside_a_paragraph_ends_its_own_unit():
    post = "Glory to Ukraine! pic.twitter.com/abc123 — Jane Doe (@jdoe) March 3, 2022"
    text = f"{post} The minister said 40 people were evacuated."

    assert sentences(text) == [post, "The minister said 40 people were evacuated."]


def test_no_sentence_crosses_a_paragraph_break():
    text = "A headline without a full stop\n\nThe ministry said 12 people died."

    assert [(s.text, s.paragraph) for s in split_sentences(text)] == [
        ("A headline without a full stop", 0),
        ("The ministry said 12 people died.", 1),
    ]


def test_crlf_and_byte_order_mark_do_not_leak_into_sentences():
    text = "\ufeffFirst sentence.\r\n\r\nSecond sentence.\r\n"

    assert sentences(text) == ["First sentence.", "Second sentence."]


# --- scoring --------------------------------------------------------------------------------


def scored(text: str) -> Suggestion:
    (suggestion,) = score_sentences(text)
    return suggestion


def test_every_sentence_is_scored_in_text_order():
    body = seed_body()

    suggestions = score_sentences(body)

    assert [s.text for s in suggestions] == sentences(body)
    assert all(0 <= s.score <= 1 for s in suggestions)


def test_suggestions_come_best_first_and_above_the_threshold():
    suggestions = suggest_claims(seed_body(), threshold=0.3)

    assert suggestions
    assert all(s.score >= 0.3 for s in suggestions)
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_a_higher_threshold_suggests_fewer_sentences():
    body = seed_body()

    assert len(suggest_claims(body, threshold=0.8)) < len(suggest_claims(body))


def test_seed_figures_and_official_statements_rank_above_emotion_only_sentences():
    labels = LABELLED["000_ef148b2b24f95f6d"].extra
    score = {s.text: s.score for s in score_sentences(seed_body())}

    lowest_claim = min(score[s] for s in labels["figure_or_official_statement"])
    highest_emotion = max(score[s] for s in labels["emotion_or_celebration_only"])

    assert lowest_claim > highest_emotion


def test_reasons_carry_absolute_offsets_into_the_body():
    body = "Crowds cheered.\n\nIn late October, the government said 1,000 bodies were exhumed."

    suggestion = suggest_claims(body)[0]

    for reason in suggestion.reasons:
        assert isinstance(reason, Reason)
        assert body[reason.start : reason.end] == reason.label or reason.kind in (
            "quotation", "social_post", "short",
        )  # fmt: skip
    assert {"figure", "attribution", "official_body", "date"} <= {
        r.kind for r in suggestion.reasons
    }


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("At least 12 people were killed in the strike.", "figure"),
        ("Dozens of homes were damaged in the strike.", "figure"),
        ("The mayor said the bridge would reopen.", "attribution"),
        ("Power returned on Friday, according to the city council.", "attribution"),
        ("One resident told AFP the water was back.", "attribution"),
        ("The minister said on Twitter that schools would reopen.", "attribution"),
        ('The president called it "a turning point for the whole country".', "quotation"),
        ("The ministry of health confirmed the outbreak.", "official_body"),
        ("The vote was held in February.", "date"),
        ("It was the deadliest attack on the city since 2014.", "comparison"),
    ],
)
def test_reason_is_given(sentence, reason):
    assert reason in {r.kind for r in scored(sentence).reasons}


def test_emotional_sentence_scores_low():
    suggestion = scored("Crowds cheered and danced in the streets, hugging and singing.")

    assert suggestion.score < 0.2
    assert "emotion" in {r.kind for r in suggestion.reasons}


def test_embedded_social_post_is_never_suggested():
    post = (
        "Three villages liberated, 1,000 people freed pic.twitter.com/abc123 — Jane Doe "
        "(@jdoe) March 3, 2022"
    )

    suggestion = scored(post)

    assert suggestion.score <= 0.05
    assert suggestion.kind == ClaimKind.OTHER
    assert suggest_claims(post) == []


# --- claimants and kinds --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claimant", "kind"),
    [
        (
            "Regular military units are near the city, President Volodymyr Zelenskyy said.",
            "Volodymyr Zelenskyy",
            ClaimantKind.PERSON,
        ),
        (
            '"I\'m crying tears of joy," Ukrainian MP Lesia Vasylenko said on Twitter.',
            "Lesia Vasylenko",
            ClaimantKind.PERSON,
        ),
        (
            GOVERNMENT_SAID,
            "the government",
            ClaimantKind.GOVERNMENT,
        ),
        (
            "Russia said its forces had left Kherson by early Friday morning.",
            "Russia",
            ClaimantKind.GOVERNMENT,
        ),
        (
            'The US has hailed the liberation as an "extraordinary victory" for Ukraine.',
            "United States",
            ClaimantKind.GOVERNMENT,
        ),
        (
            'Officials were pleased, while the UK said it brings "significant damage" for Russia.',
            "United Kingdom",
            ClaimantKind.GOVERNMENT,
        ),
        (
            "The prosecutor general has already sent a team of investigators to the district.",
            "the prosecutor general",
            ClaimantKind.OFFICE,
        ),
        (
            "An army commander on the outskirts of Kherson city told AFP they were being greeted.",
            "army commander",
            ClaimantKind.MILITARY,
        ),
        (
            "Turnout was 61 percent, according to the Central Election Commission.",
            "Central Election Commission",
            ClaimantKind.OFFICE,
        ),
        (
            "International observers from the OSCE said the vote was competitive.",
            "OSCE",
            ClaimantKind.ORGANISATION,
        ),
        (
            "Coverage fell to 84 percent, according to the World Health Organization.",
            "World Health Organization",
            ClaimantKind.ORGANISATION,
        ),
        (
            '"We lost everything," said Fatima Ait Ali, a farmer.',
            "Fatima Ait Ali",
            ClaimantKind.PERSON,
        ),
        (
            "Dr. Sarah Okafor, who heads the unit at St. Mary's Hospital, said wards were full.",
            "Sarah Okafor",
            ClaimantKind.PERSON,
        ),
    ],
)
def test_claimant_is_guessed_from_the_attribution(sentence, claimant, kind):
    suggestion = scored(sentence)

    assert (suggestion.claimant, suggestion.claimant_kind) == (claimant, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are grateful," one Kherson resident told the Associated Press.',
        "Crowds partied outside the city hall in darkness.",
        "He denied all charges.",
    ],
)
def test_no_claimant_is_made_up(sentence):
    assert scored(sentence).claimant is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            GOVERNMENT_SAID,
            ClaimKind.CASUALTY_FIGURE,
        ),
        ("At least 12 people were killed and 30 wounded in the strike.", ClaimKind.CASUALTY_FIGURE),
        ("Unemployment held steady at 4.2 percent.", ClaimKind.STATISTIC),
        ("The city approved a budget of 412 million pounds.", ClaimKind.STATISTIC),
        (
            "The city paid 50,000 crowns to the family of each person who died.",
            ClaimKind.STATISTIC,
        ),
        ("Families of the dead received 20,000 zlotys each.", ClaimKind.STATISTIC),
        (
            "Russia said its forces had left Kherson by early Friday morning.",
            ClaimKind.OFFICIAL_STATEMENT,
        ),
        (
            "The central bank expects inflation to fall to 3 percent next year.",
            ClaimKind.PREDICTION,
        ),
        ('"It was a beautiful day to vote," said Elena Marin, a retired teacher.', ClaimKind.QUOTE),
        ("In September, Russia annexed the region following referendums.", ClaimKind.EVENT),
        ("In September, Russia annexed the region along with three others.", ClaimKind.EVENT),
        ("The reality of the occupation is grim.", ClaimKind.OTHER),
    ],
)
def test_claim_kind_is_guessed(sentence, kind):
    assert scored(sentence).kind == kind


def test_kinds_are_model_choices():
    for suggestion in score_sentences(seed_body()):
        assert suggestion.kind in ClaimKind.values
        assert suggestion.claimant_kind is None or suggestion.claimant_kind in ClaimantKind.values


def test_casualty_suggestion_carries_its_figure():
    body = seed_body()
    suggestion = next(s for s in score_sentences(body) if "1,000" in s.text)

    assert suggestion.figure.value == 1000
    assert suggestion.figure.qualifier == "more_than"
    assert suggestion.figure.unit == "civilian bodies"
    assert (
        body[suggestion.figure.start : suggestion.figure.end] == "more than 1,000 civilian bodies"
    )


def test_an_age_is_not_the_figure_of_a_sentence():
    suggestion = scored('"It was a beautiful day," said Elena Marin, a 67-year-old teacher.')

    assert suggestion.figure is None


def test_an_age_after_a_name_with_letters_english_lacks_is_not_the_figure():
    suggestion = scored("Among the dead was Jiří Dvořák, 70, who drowned near Krnov.")

    assert suggestion.figure is None
    assert suggestion.kind != ClaimKind.CASUALTY_FIGURE


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The three banks were fined 240,000 euros each, the regulator said.", 240000),
        ("The government raised pensions twice this year, to 4,100 lira a month.", 4100),
        ("Видатки на медицину зростуть майже вдвічі, до 96 млрд гривень.", 96000000000),
        ("Банк знизив прогноз інфляції до 7,2% з 8,1%.", Decimal("7.2")),
        ("Officials reported 48 new cases on Friday, bringing the total to 1,240.", 1240),
        ("The firm, which employs 4,000 people, said profits fell 12 percent.", 12),
        ("A former adviser was sentenced to 11 years in prison for defrauding 146 clients.", 11),
        ("Суд засудив посадовця до восьми років позбавлення волі за хабар у 12 тисяч доларів.", 8),
        # Two counts of the same kind: the first, as before.
        ("Росіяни випустили по області три ракети та 40 дронів.", 3),
        # A vote's tally is no change by an increment: its first side.
        ("The Senate adopted the treaty by 64 votes to 29 on Thursday.", 64),
        # A lone "one" counts when it is who died, its apposition between.
        ("Police said one driver, a 40-year-old father of two, was killed in the crash.", 1),
        # An age in apposition ends no clause: the fishermen are who drowned.
        ("Two fishermen, aged 44 and 50, drowned and five sailors were missing, police said.", 2),
        # An age that is no one's is skipped for the next figure.
        ("MPs voted to lower the voting age to 16, with 58% of deputies in favour.", 58),
        # A part of those named stands before a sum.
        ("Three of the guards were paid up to 20,000 dollars a month, the court heard.", 3),
        # A part of those just counted is their detail, unless the part died.
        ("Divers brought 17 people ashore, five of them with burns, the coast guard said.", 17),
        ("Divers brought 17 people ashore, but five of them died later, the coast guard said.", 5),
        # Bare ages beside people are skipped for the count.
        ("Two sailors, 40 and 52, drowned and five others were missing, police said.", 2),
        # A move to a new level is about the level, not the change nor a unit in a compound.
        ("The price of a 25-litre can of oil rose 9% in May to 41,000 shillings.", 41000),
        # An ordinal counting rounds is the count.
        ("The incumbent was re-elected on the fourth count, the returning officer said.", 4),
        # The new toll in Ukrainian, over the bodies just found.
        ("Рятувальники знайшли тіла ще трьох людей, кількість загиблих зросла до 14.", 14),
        # The figures of a Ukrainian relative clause describe what was counted.
        ("Торік сталося 58 пожеж на складах, у яких загинули четверо людей.", 58),
        # A new level past a decimal change and a currency sign, and in Ukrainian.
        ("Gold rose 1.4% on Tuesday from a week earlier to $2,310 an ounce.", 2310),
        ("Ціна хліба за рік зросла на 12%, до 38 гривень за буханець.", 38),
        # A range of ages is skipped for the dead it describes.
        ("Four climbers, aged between 29 and 51, died and two others were injured.", 4),
        # A currency's new level, a term sought, an ordinal counting events.
        ("The zloty weakened 0.8% to 4.31 per euro after the data.", Decimal("4.31")),
        ("Prosecutors had sought nine years, saying he had taken 2 million euros.", 9),
        ("The plant failed a third inspection on Monday, the regulator said.", 3),
        ("Це вже четвертий карантин через сказ в області цього року.", 4),
        # A toll brought to a total, a worded share then its exact figure, deaths in the
        # present tense, a reporting period.
        ("Rescuers found six more bodies, which would bring the death toll to 41.", 41),
        ("Almost a third of pupils, 31.2%, failed the test, the ministry said.", Decimal("31.2")),
        ("Щороку хворіють 9 тисяч людей, а понад 3 тисячі помирають.", 3000),
        ("За 9 місяців компанія продала 52 тисячі тонн сиру.", 52000),
        # What kills over what it infects; a new level after a fall; deaths over a measure.
        ("The virus infects up to 80,000 people a year and kills about 2,000.", 2000),
        ("Кількість фахівців зменшилася на 8 тисяч, до 210 тисяч.", 210000),
        ("На ділянці завдовжки 12 кілометрів загинули 3 тисячі риб.", 3000),
        # A relative clause's new total is a detail of what the sentence counts.
        ("Лікарі провели 205 операцій, кількість яких зросла до 90 з 61 торік.", 205),
        # Ordinals that count: events since a time, a third one, at least the fifth.
        ("The vote, the fourth general election since 2019, was called early.", 4),
        ("A third suspect, a local driver, was released on bail.", 3),
        ("Це вже щонайменше шостий удар по залізниці від початку року.", 6),
        ("Це вже другий рік поспіль, коли врожай падає.", 2),
        # One of thirty counts thirty; a new level only after its own change; упала до.
        ("Україна залишається однією з 25 країн із найвищим рівнем захворюваності.", 25),
        ("Працювали 31 завод, на три менше, а посіви скоротилися до 190 тисяч гектарів.", 31),
        ("Цукристість буряку упала до 15,8% через посуху.", Decimal("15.8")),
        # A year before the level reached is no range's start.
        ("Exports fell 3.2% in the first nine months of 2026 to 41.5 million tonnes.", 41500000),
        # A qualifier before the preposition the amount takes.
        ("Труби зношені більш ніж на 70%, сказав директор.", 70),
        ("Ремонт обійдеться приблизно в 12 млн гривень, заявив мер.", 12000000),
        # "Ще одна" is another, not a count of one.
        ("Ще одна атака залишила без світла 30 тисяч абонентів, повідомили в ОВА.", 30000),
        # A quake's magnitude counts nothing: the dead it killed.
        ("An earthquake of magnitude 5.8 in 2011 killed 12 people, the agency said.", 12),
        # A sentence opening on the count of such events.
        ("Це третя пожежа на складі за місяць: у травні згоріли 40 тонн зерна.", 3),
        # A number in a model's name, ages in apposition: the count after them.
        ("Найпопулярнішою моделлю став Kia K5, який зареєстрували 480 разів.", 480),
        ("Його спільники, 31 і 35 років, отримали по чотири роки ув'язнення.", 4),
        # A number in a name; an owner's count of such events this year.
        ("The airline grounded a Boeing 737-800 that had carried 180 passengers.", 180),
        ("It was the ferry operator's third accident this year, the coast guard said.", 3),
        # A qualifier past "за"; an idiom of one; the part who died past an aside.
        ("Село розташоване приблизно за 40 кілометрів від кордону, повідомили в ОВА.", 40),
        ("Ліміт в одні руки зріс зі 100 до 10 тисяч гектарів.", 10000),
        ("Отруїлися 17 людей, п'ятеро з них, серед яких дитина, померли.", 5),
        ("Rescuers pulled 30 people out, four of them, including a boy, died in hospital.", 4),
        # A share of a body counts nobody; an outbreak counted in a place this year; the third
        # time in five years.
        ("«Троє потерпілих з опіками до 40% тіла у лікарні», — сказала речниця.", 3),
        ("It is the third cholera outbreak in the province this year, after 40 cases in May.", 3),
        ("The lake froze again, the second time in four years that ferries stopped.", 2),
        # Top five; three quarters is a share, not three.
        ("Україна входить до п'ятірки найбільших експортерів, продаючи 80 тисяч тонн.", 5),
        ("Майже три чверті поставок пішли до ЄС, а Польща купила 9 тисяч тонн.", 9000),
        # A model's letters and number; a year of decline counted; Су-34 a model.
        ("A Fiji Airways ATR 72 flew 14 patients to the capital, the hospital said.", 14),
        ("It is the third year of decline, after output slipped 9% in 2025.", 3),
        ("Літаки Су-34 скинули 6 бомб на місто, повідомили в ОВА.", 6),
        # A term received; "Це п'ята"; "один за одним"; per one vacancy.
        ("The manager, 47, received four years and a fine of 900,000 ringgit.", 4),
        ("Це п'ята атака на місто від початку листопада, пише «Думська».", 5),
        ("Потім у них один за одним в'їхали ще 19 легковиків.", 19),
        ("У листопаді на одну вакансію припадало в середньому 2,1 резюме.", Decimal("2.1")),
        # The third time.
        ("Місто вже втретє залишається без опалення, нагадує Суспільне Чернігів.", 3),
    ],
)
def test_the_figure_the_claim_is_about(sentence, value):
    assert scored(sentence).figure.value == value


@pytest.mark.parametrize(
    "sentence",
    [
        # Nothing counted, an order of magnitude in words, a number inside a name.
        "The health ministry said no infections had been found outside the capital.",
        "The scheme cost taxpayers millions of dollars, the auditor said.",
        "Допомогу надала благодійна організація «100% життя», повідомили в МОЗ.",
        # Who one of them was, and a range of ages.
        "Одна із постраждалих — 20-річна студентка, пише «Суспільне».",
        "Чоловікам віком від 18 до 60 років заборонено виїжджати за кордон.",
        # An age of people with no unit after it.
        "Most of the dead were children under 10 who had not been vaccinated.",
        # A rank on a scale.
        "The weather service issued an orange level 6 warning for the coast.",
        "Бомби скинули з літаків Су-34 з району Горлівки, зазначили в Повітряних силах.",
        # A share said in words.
        "The crop accounts for about a third of the country's export earnings.",
    ],
)
def test_no_amount_is_the_figure_of_a_claim(sentence):
    assert scored(sentence).figure is None


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Труби зношені більш ніж на 70%, сказав директор.", "more_than"),
        ("Ремонт обійдеться приблизно в 12 млн гривень, заявив мер.", "about"),
        ("Село розташоване приблизно за 40 кілометрів від кордону, повідомили в ОВА.", "about"),
        ("Видимість не перевищувала 30 метрів, уточнили в поліції.", "at_most"),
    ],
)
def test_a_ukrainian_qualifier_reaches_past_a_preposition(sentence, qualifier):
    assert scored(sentence).figure.qualifier == qualifier


def test_a_range_of_millions_in_ukrainian_scales_both_ends():
    figure = scored("За оцінкою МОМ, за кордоном працюють від 1,8 до 2,4 млн українців.").figure

    assert (figure.low, figure.high) == (1800000, 2400000)


def test_empty_text_has_no_sentences():
    assert score_sentences("") == []
    assert suggest_claims("   \n\n ") == []


# --- the labelled set -----------------------------------------------------------------------

LABELLED = {article.name: article for article in load_labelled()}


def test_labels_cover_each_article_word_for_word():
    for article in LABELLED.values():
        labelled = article.checkworthy | article.not_checkworthy
        flat = " ".join(article.body.split())

        assert not article.checkworthy & article.not_checkworthy, article.name
        assert sum(len(s) for s in labelled) + len(labelled) - 1 == len(flat), article.name
        for sentence in labelled:
            assert sentence in article.body, (article.name, sentence)


def test_every_checkworthy_sentence_of_the_new_articles_has_a_claim_label():
    for article in LABELLED.values():
        if article.claims:
            assert set(article.claims) == article.checkworthy, article.name


def test_labelled_set_has_the_seed_twenty_three_tuned_715_seen_and_ten_held_out():
    assert "000_ef148b2b24f95f6d" in LABELLED
    groups = [a.group for a in LABELLED.values()]
    assert (groups.count("tuned"), groups.count("seen"), groups.count("held out")) == (24, 715, 10)
    seen = [a.folder for a in LABELLED.values() if a.group == "seen"]
    folders = [f"held_out_{n}" for n in range(2, 73)]
    assert [seen.count(folder) for folder in ["held_out", *folders]] == [7, 8, *[10] * 70]
    held_out = [a for a in LABELLED.values() if a.group == "held out"]
    assert {a.folder for a in held_out} == {"held_out_73"}
    assert sum(a.language == "uk" for a in held_out) == 5
    assert sum(a.language == "uk" for a in LABELLED.values()) == 363


@pytest.mark.parametrize(
    ("text", "counted", "age"),
    [
        ("Іван Петренко, 72, загинув на місці.", "72", True),
        # A count after an attribution's comma is nobody's age.
        ("За його словами, семеро поранених, серед них дитина, у лікарні.", "семеро", False),
    ],
)
def test_the_evaluation_tells_an_age_from_a_count(text, counted, age):
    # The figure as a rule might have read it (the rules now skip the first one as an age
    # themselves; the evaluation must still catch it if they did not).
    start = text.index(counted)
    figure = Figure(
        Decimal(7 if counted == "семеро" else counted), None, None, "exact", "", start,
        start + len(counted), counted,
    )  # fmt: skip

    assert is_age(figure, text) is age


def test_an_age_in_apposition_after_a_name_is_no_figure():
    assert [f.text for f in extract_figures("Іван Петренко, 72, загинув на місці.")] == []


def test_precision_and_recall_stay_above_the_measured_floor():
    # Measured 0.92 / 0.92 over all articles (docs/suggestions.md); floors leave a margin.
    total = totals(list(LABELLED.values()))

    assert total.precision >= 0.9
    assert total.recall >= 0.88


def test_claimants_and_figures_of_the_tuned_articles_stay_right():
    # Measured 1.00 / 1.00 on the articles the rules were written for.
    total = totals(list(LABELLED.values()), group="tuned")

    assert total.claimant_accuracy >= 0.97
    assert total.figure_accuracy >= 0.97
    assert total.generic_claimants == 0
    assert total.money_or_age_casualty == 0


def in_folder(folder: str) -> list:
    return [a for a in LABELLED.values() if a.folder == folder]


# Each held-out set once read, and what it measures now (precision / recall, claimants,
# figures), its floors a little below:
# * held_out/: 0.93 / 0.95, 1.00, 1.00 (no age as a figure; one before the rule);
# * held_out_2/: frozen before the age rule, measured at claimants 0.69, figures 0.93;
#   now 0.92 / 0.90, 1.00, 1.00 (three ages before the rule, none now);
# * held_out_3/: measured at claimants 0.67, then 0.71 with the rules fixed on the second
#   set; now 0.89 / 0.95, 0.96, 0.98;
# * held_out_4/: measured at claimants 0.56, then 0.63 with the rules fixed on the third
#   set; now 0.93 / 0.92, 0.92, 0.97;
# * held_out_5/: measured at claimants 0.52, then 0.65 with the rules fixed on the fourth
#   set; now 0.90 / 0.94, 0.95, 0.99 (the misses left are labels the earlier sets
#   contradict: a statistics institute's kind, a regional administration's, the rescued
#   before the missing);
# * held_out_6/: measured at claimants 0.78, then 0.80 with the rules fixed on the fifth
#   set; now 0.93 / 0.99, 0.99, 1.00 (the miss left is a label the third set contradicts:
#   a regional military administration's kind);
# * held_out_7/: measured at claimants 0.72, then 0.75 with the rules fixed on the sixth
#   set; now 0.92 / 0.98, 0.92, 0.96 (the misses left include labels earlier sets
#   contradict: a regional military administration's kind, a duration or a target in an
#   aside as the first figure, a count under ten before a sum);
# * held_out_8/: measured at claimants 0.74, then 0.74 with the rules fixed on the seventh
#   set; now 0.94 / 0.94, 1.00, 1.00 (read for round 7);
# * held_out_9/: measured at claimants 0.74, then 0.78 with the rules fixed on the eighth
#   set; now 0.97 / 0.97, 1.00, 1.00 (read for round 8);
# * held_out_10/: measured at claimants 0.77, then 0.78 with the rules fixed on the ninth
#   set; now 0.95 / 0.96, 0.98, 0.99 (read for round 9);
# * held_out_11/: measured at claimants 0.76, then 0.79 with the rules fixed on the tenth
#   set; now 0.91 / 0.94, 0.99, 1.00 (read for round 10);
# * held_out_12/: measured at claimants 0.88, then 0.89 with the rules fixed on the eleventh
#   set; now 0.93 / 0.99, 0.98, 0.95 (read for round 11; the misses left are labels the
#   earlier sets contradict: a duration, a count before a sum or a term, first);
# * held_out_13/: measured at claimants 0.80, then 0.80 with the rules fixed on the twelfth
#   set; now 0.92 / 0.96, 0.95, 0.94 (read for round 12);
# * held_out_14/: measured at claimants 0.87, then 0.895 with the rules fixed on the
#   thirteenth set; now 0.94 / 0.91, 0.94, 0.98 (read for round 13).
SEEN_FLOORS = {
    "held_out": (0.85, 0.85, 0.95, 0.95),
    "held_out_2": (0.85, 0.85, 0.95, 0.95),
    "held_out_3": (0.85, 0.85, 0.92, 0.95),
    "held_out_4": (0.88, 0.88, 0.86, 0.92),
    "held_out_5": (0.88, 0.92, 0.93, 0.97),
    "held_out_6": (0.92, 0.97, 0.97, 0.98),
    "held_out_7": (0.91, 0.97, 0.91, 0.95),
    "held_out_8": (0.92, 0.92, 0.97, 0.97),
    "held_out_9": (0.95, 0.95, 0.97, 0.97),
    "held_out_10": (0.93, 0.94, 0.95, 0.96),
    "held_out_11": (0.89, 0.92, 0.96, 0.97),
    "held_out_12": (0.91, 0.96, 0.95, 0.92),
    "held_out_13": (0.90, 0.94, 0.93, 0.92),
    "held_out_14": (0.91, 0.89, 0.92, 0.95),
    "held_out_15": (0.91, 0.87, 0.96, 0.97),
    "held_out_16": (0.86, 0.89, 0.96, 0.93),
    "held_out_17": (0.89, 0.89, 0.96, 0.93),
    "held_out_18": (0.90, 0.91, 0.96, 0.91),
    "held_out_19": (0.89, 0.92, 0.92, 0.93),
    "held_out_20": (0.90, 0.89, 0.96, 0.92),
    "held_out_21": (0.92, 0.89, 0.93, 0.93),
    "held_out_22": (0.88, 0.93, 0.96, 0.97),
    "held_out_23": (0.94, 0.92, 0.85, 0.96),
    "held_out_24": (0.93, 0.91, 0.91, 0.95),
    "held_out_25": (0.91, 0.93, 0.89, 0.94),
    "held_out_26": (0.92, 0.88, 0.96, 0.97),
    "held_out_27": (0.93, 0.87, 0.97, 0.97),
    "held_out_28": (0.96, 0.91, 0.97, 0.94),
    "held_out_29": (0.96, 0.94, 0.97, 0.97),
    "held_out_30": (0.92, 0.96, 0.97, 0.96),
    "held_out_31": (0.93, 0.92, 0.97, 0.95),
    "held_out_32": (0.96, 0.87, 0.82, 0.96),
    "held_out_33": (0.94, 0.96, 0.96, 0.96),
    "held_out_34": (0.98, 0.92, 0.97, 0.98),
    "held_out_35": (0.97, 0.88, 0.94, 0.97),
    "held_out_36": (0.96, 0.92, 0.96, 0.96),
    "held_out_37": (0.97, 0.89, 0.89, 0.95),
    "held_out_38": (0.96, 0.88, 0.88, 0.96),
    "held_out_39": (0.95, 0.90, 0.93, 0.96),
    "held_out_40": (0.97, 0.93, 0.96, 0.95),
    "held_out_41": (0.94, 0.91, 0.96, 0.96),
    "held_out_42": (0.94, 0.88, 0.88, 0.96),
    "held_out_43": (0.95, 0.86, 0.93, 0.97),
    "held_out_44": (0.96, 0.89, 0.94, 0.96),
    "held_out_45": (0.98, 0.91, 0.95, 0.98),
    "held_out_46": (0.95, 0.96, 0.96, 0.96),
    "held_out_47": (0.98, 0.95, 0.99, 0.98),
    "held_out_48": (0.99, 0.90, 0.96, 0.98),
    "held_out_49": (0.97, 0.91, 0.90, 0.98),
    "held_out_50": (0.96, 0.94, 0.90, 0.93),
    "held_out_51": (0.97, 0.93, 0.95, 0.97),
    "held_out_52": (0.95, 0.90, 0.97, 0.98),
    "held_out_53": (0.94, 0.95, 0.97, 0.94),
    "held_out_54": (0.98, 0.93, 0.89, 0.95),
    "held_out_55": (0.96, 0.91, 0.94, 0.95),
    "held_out_56": (0.98, 0.88, 0.93, 0.95),
    "held_out_57": (0.98, 0.87, 0.94, 0.95),
    "held_out_58": (0.98, 0.85, 0.82, 0.96),
    "held_out_59": (0.97, 0.82, 0.95, 0.96),
    "held_out_60": (0.97, 0.88, 0.94, 0.97),
    "held_out_61": (0.96, 0.87, 0.98, 0.98),
    "held_out_62": (0.97, 0.87, 0.91, 0.97),
    "held_out_63": (0.97, 0.90, 0.91, 0.97),
    "held_out_64": (0.96, 0.90, 0.92, 0.96),
    "held_out_65": (0.96, 0.87, 0.92, 0.96),
    "held_out_66": (0.96, 0.85, 0.93, 0.98),
    "held_out_67": (0.98, 0.89, 0.95, 0.97),
    "held_out_68": (0.97, 0.87, 0.97, 0.97),
    "held_out_69": (0.97, 0.88, 0.96, 0.97),
    "held_out_70": (0.96, 0.89, 0.98, 0.97),
    "held_out_71": (0.97, 0.89, 0.96, 0.97),
    "held_out_72": (0.93, 0.88, 0.95, 0.98),
}


@pytest.mark.parametrize(("folder", "floors"), SEEN_FLOORS.items(), ids=list(SEEN_FLOORS))
def test_seen_articles_of_each_held_out_set_stay_above_their_floor(folder, floors):
    precision, recall, claimants, figures = floors
    total = totals(in_folder(folder), group="seen")

    assert total.precision >= precision
    assert total.recall >= recall
    assert total.claimant_accuracy >= claimants
    assert total.figure_accuracy >= figures
    assert total.generic_claimants == 0
    assert total.money_or_age_casualty == 0


def test_held_out_articles_stay_above_their_floor():
    # The seventy-third held-out set, written and frozen before the rules changed again: as
    # frozen 0.95 / 0.88 sentence precision / recall, claimant accuracy 0.94 (98/104), figure
    # accuracy 1.00 (104/104).
    total = totals(list(LABELLED.values()), group="held out")

    assert total.precision >= 0.93
    assert total.recall >= 0.86
    assert total.claimant_accuracy >= 0.92
    assert total.figure_accuracy >= 0.98
    assert total.generic_claimants == 0
    assert total.money_or_age_casualty == 0


# --- any text -------------------------------------------------------------------------------

PROSE = st.lists(
    st.sampled_from([*"abc XYZ 019.,!?\"“”'\u2019—-()@/\n", "\n\n", "Mr. ", "U.S. ", "said "]),
    max_size=120,
).map("".join)


@settings(deadline=None)
@given(PROSE)
def test_sentences_of_any_text_are_ordered_trimmed_slices_within_paragraphs(text):
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text
        assert sentence.text == sentence.text.strip()
        assert "\n\n" not in sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


@settings(deadline=None)
@given(PROSE)
def test_any_text_scores_between_zero_and_one_with_reasons_inside_the_text(text):
    for suggestion in score_sentences(text):
        assert 0 <= suggestion.score <= 1
        for reason in suggestion.reasons:
            assert 0 <= reason.start <= reason.end <= len(text)
        if suggestion.figure is not None:
            assert text[suggestion.figure.start : suggestion.figure.end] == suggestion.figure.text


def test_the_first_speaker_of_a_sentence_is_its_claimant():
    suggestion = scored(
        'The US has hailed the liberation as an "extraordinary victory", while the UK said it '
        'brings "significant damage" for Russia.'
    )

    assert (suggestion.claimant, suggestion.claimant_kind) == ("United States", "government")


def test_a_passive_report_names_no_speaker():
    assert scored("No deaths have been reported so far.").claimant is None


def test_a_superlative_joined_to_its_participle_is_a_record():
    suggestion = scored("The port is Europe's fastest-growing container hub, Reuters reported.")

    assert any(r.kind == "comparison" for r in suggestion.reasons)


def test_every_cache_the_benchmark_clears_is_still_a_cache():
    # A decorator left on the wrong function when code was inserted above it once made the
    # article scorer uncached (and the benchmark fail): each of them must still be one.
    from bench.suggest_bench import clear_caches

    clear_caches()
