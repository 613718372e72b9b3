"""The named scoring features, and the figure and kind a suggestion carries."""

from decimal import Decimal

import pytest

from articles.models import ClaimKind
from articles.suggest import FEATURES, read_sentence, score_sentences, suggest_claims


def feature(name: str, sentence: str):
    return FEATURES[name](read_sentence(sentence))


def scored(sentence: str):
    (suggestion,) = score_sentences(sentence)
    return suggestion


# --- each feature on its own ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "sentence", "weight"),
    [
        ("figure", "At least 12 people were killed in the strike.", 0.45),
        ("figure", "The talks lasted eight months.", 0.25),
        ("figure", "He has two sons.", 0.3),
        ("figure", "Prices rose 4 percent and wages 2 percent.", 0.5),
        ("casualty", "At least 12 people were killed in the strike.", 0.1),
        ("casualty", "The strike killed nobody we know of.", 0.0),
        ("attribution", "The ministry said the bridge would reopen.", 0.5),
        ("attribution", "Dr. Jane Okafor said the wards were full.", 0.35),
        ("attribution", "Jane Okafor said the wards were full.", 0.2),
        ("attribution", "She said the wards were full.", 0.15),
        ("attribution", "Residents said the wards were full.", 0.1),
        ("attribution", "The wards were full, a hospital worker said.", 0.1),
        ("attribution", "The wards were full, a military source told AFP.", 0.2),
        ("attribution", "За словами міністра охорони здоров'я Віктора Ляшка, вакцин досить.", 0.5),
        ("official_body", "The ministry of health has a new building.", 0.1),
        ("official_body", "The ministry said the bridge would reopen.", 0.0),
        ("quotation", 'The president called it "a turning point for the country".', 0.1),
        ("quotation", 'Jane Okafor called it "a turning point for the country".', -0.05),
        ("quotation", '"We lost everything," said Yannis Kostas, a farmer.', -0.05),
        ("date", "The vote was held in February.", 0.1),
        ("date", "Вибухи пролунали вчора ввечері.", 0.1),
        ("comparison", "It was the deadliest attack on the city since 2014.", 0.15),
        ("comparison", "In the village, almost every house was destroyed.", 0.2),
        ("comparison", "Це найвищий рівень за десять років.", 0.15),
        ("event", "In September, Russia annexed the region.", 0.1),
        ("event", "Війська атакували місто.", 0.1),
        ("investigation", "Police have opened a criminal investigation into the crash.", 0.3),
        ("investigation", "Поліція відкрила кримінальне провадження.", 0.3),
        ("investigation", "The investigation found no fault with the crew.", 0.0),
        ("findings", "За даними слідства, посадовець підробляв накладні.", 0.25),
        ("findings", "According to the prosecution, he sold the pens online.", 0.25),
        ("findings", "The prosecution service has a new head.", 0.0),
        ("ban", "The ministry has banned public gatherings in two districts.", 0.25),
        ("ban", "Міська рада заборонила роботу ринку до кінця перевірки.", 0.25),
        ("ban", "He tested positive for a banned steroid in October.", 0.0),
        ("victims", "Among the dead was a 70-year-old farmer from the valley.", 0.35),
        ("victims", "Серед травмованих — двоє дітей.", 0.35),
        ("victims", "He was among the dead, his family said.", 0.0),
        ("findings", "Inspectors found mould in every classroom.", 0.25),
        ("court_order", "Суд також конфіскував автомобіль засудженого.", 0.25),
        ("court_order", "The court also ordered the confiscation of his boat.", 0.25),
        ("court_order", "The court heard that he had sold the boat.", 0.0),
        ("prison_term", "He faces up to 10 years in prison.", 0.15),
        ("prison_term", "Йому загрожує до 10 років позбавлення волі.", 0.15),
        ("prison_term", "He spent 10 years abroad.", 0.0),
        ("prediction", "The bank expects inflation to fall.", 0.05),
        ("emotion", "Crowds cheered and danced in the streets.", -0.45),
        ("emotion", "The Institute for Sea and Atmosphere issued a warning.", 0.0),
        ("emotion", "Люди плакали й обіймалися.", -0.3),
        ("short", "Nobody knows.", -0.1),
        ("short", "The ministry said 12 people died in the strike.", 0.0),
    ],
)
def test_each_feature_weighs_its_own_evidence(name, sentence, weight):
    assert feature(name, sentence).weight == pytest.approx(weight)


def test_conflicting_figures_are_a_feature_of_their_own():
    found = feature(
        "conflict", "Local officials put the toll at 61, higher than the ministry's figure."
    )

    assert found.weight == pytest.approx(0.2)
    assert found.reasons[0].kind == "conflict"


@pytest.mark.parametrize(
    "sentence",
    [
        "Local officials put the toll at 61, higher than the ministry's figure.",
        "Doctors Without Borders put the toll at 226, higher than the African Union's figure.",
        "The union said the HSE's figure understated the pressure.",
        "Rusu said the bloc's own count gave it 38 seats, not the 31 announced by the commission.",
    ],
)
def test_a_sentence_setting_one_source_against_another_is_suggested(sentence):
    assert suggest_claims(sentence)


def test_every_feature_has_a_docstring_saying_its_weight():
    for name, function in FEATURES.items():
        assert function.__doc__, name


def test_reasons_of_a_feature_point_at_its_words():
    sentence = "In late October, the government said more than 1,000 civilian bodies were exhumed."

    for name in FEATURES:
        for reason in feature(name, sentence).reasons:
            assert sentence[reason.start : reason.end] == reason.label or reason.kind in (
                "quotation", "short",
            )  # fmt: skip


# --- the figure a claim is about ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The number of dead has climbed to 54, with 9 still unaccounted for.", 54),
        ("Firefighters rescued 20 people from the roofs, but 4 died before help arrived.", 4),
        ("Rescuers pulled 26 people out, but two of them later died in hospital.", 2),
        ("The outbreak has infected 2,314 people and killed 31 since December.", 31),
        ("Wildfires have killed nine people, raising the toll from six a day earlier.", 9),
        ("Admissions rose to 1,012 last week, up from 846 the week before.", 1012),
        ("The toll rose by 5 to 54 overnight.", 54),
        ("Загинули четверо людей, ще 27 дістали поранення, серед них троє дітей.", 4),
        ("ДСНС врятувала 77 людей, однак двоє з них померли від переохолодження.", 2),
        ("Кількість загиблих зросла до 14, ще 29 людей вважаються зниклими безвісти.", 14),
        ("Інфляція прискорилася до 7,5% з 5,4% у липні.", Decimal("7.5")),
    ],
)
def test_the_figure_is_the_toll_the_dead_and_the_new_total(sentence, value):
    assert scored(sentence).figure.value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union approved aid of 2 million euros for the families of the dead.",
        "The government will pay 5,000 euros to each family of those killed.",
        "Уряд виділить по 100 тисяч гривень родинам загиблих.",
        "Родинам загиблих виплатять по 50 тисяч грн.",
        "Families of the victims will receive $10,000 each.",
    ],
)
def test_money_is_never_a_casualty_figure(sentence):
    suggestion = scored(sentence)

    assert suggestion.kind != ClaimKind.CASUALTY_FIGURE
    assert suggestion.figure is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivan Petrenko, 72, was among those killed in the strike.",
        '"We have not slept for days," said Fatima Idris, 45.',
        "«Це найстрашніший день», — сказала медсестра Оксана, 41 рік.",
        "«Я прокинулася від вибуху», — каже 67-річна пенсіонерка Валентина.",
    ],
)
def test_an_age_is_never_a_figure(sentence):
    assert scored(sentence).figure is None


def test_a_casualty_count_in_ukrainian_is_a_casualty_figure():
    suggestion = scored("Серед загиблих — троє дітей.")

    assert suggestion.kind == ClaimKind.CASUALTY_FIGURE
    assert suggestion.figure.value == 3
    assert suggestion.score >= 0.4


def test_ukrainian_number_words_and_multipliers_reach_the_suggestion():
    suggestion = scored(
        "Міжнародні резерви становили 42,3 млрд доларів, повідомили в Національному банку."
    )

    assert suggestion.figure.value == Decimal("42300000000")
    assert suggestion.figure.unit == "доларів"
    assert suggestion.kind == ClaimKind.STATISTIC


@pytest.mark.parametrize(
    "sentence",
    [
        "South Africa is the world's largest macadamia producer, ahead of Australia.",
        "Morocco is now Africa's second-largest exporter of passenger cars.",
        "Найбільшим експортером сорго у світі є США, а найбільшим покупцем — Китай.",
        "Україна залишається одним із найбільших експортерів волоського горіха у світі.",
    ],
)
def test_a_rank_among_producers_or_buyers_is_checkworthy(sentence):
    assert feature("ranking", sentence).weight == 0.35
    assert suggest_claims(sentence)


def test_a_market_stall_is_no_rank():
    assert feature("ranking", "Ali Jabbar is a butcher at the town's old market.").weight == 0
