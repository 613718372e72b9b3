"""Sentence splitting, check-worthiness scores and claim guesses."""

from pathlib import Path

import pytest

from articles.suggest import split_paragraphs, split_sentences

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
