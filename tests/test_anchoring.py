"""Re-anchoring appearances after an article's text changed."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.anchoring import _WORD, Anchor, quote_selector, reanchor

BODY = (
    "Kherson was captured in February. In late October, the government said more than "
    "1,000 civilian bodies had been exhumed. Demining has already begun.\n\n"
    "Residents celebrated. The prosecutor general sent a team of investigators."
)
QUOTE = "the government said more than 1,000 civilian bodies had been exhumed."


def place(old_body: str, new_body: str, quote: str = QUOTE, occurrence: int = 0):
    """Anchor ``quote`` (its n-th occurrence) in ``old_body`` and re-place it in ``new_body``."""
    start = -1
    for _ in range(occurrence + 1):
        start = old_body.index(quote, start + 1)
    selector = quote_selector(old_body, start, start + len(quote))
    anchor = reanchor(body=new_body, start=start, **selector)
    return None if anchor is None else new_body[anchor.start : anchor.end]


def test_quote_selector_keeps_exact_text_and_context():
    start = BODY.index(QUOTE)

    selector = quote_selector(BODY, start, start + len(QUOTE))

    assert selector == {
        "exact": QUOTE,
        "prefix": BODY[start - 32 : start],
        "suffix": BODY[start + len(QUOTE) : start + len(QUOTE) + 32],
    }


def test_quote_selector_context_is_clipped_at_the_edges_of_the_text():
    selector = quote_selector("Short text.", 0, 5, context=32)

    assert selector == {"exact": "Short", "prefix": "", "suffix": " text."}


def test_identical_body_keeps_the_same_offsets():
    start = BODY.index(QUOTE)

    anchor = reanchor(body=BODY, start=start, **quote_selector(BODY, start, start + len(QUOTE)))

    assert anchor == Anchor(start, start + len(QUOTE))


@pytest.mark.parametrize(
    ("edit", "new_body", "expected"),
    [
        ("insertion before the span", "UPDATE: corrected. " + BODY, QUOTE),
        ("insertion after the span", BODY + "\n\nMore to follow.", QUOTE),
        (
            "whole paragraph inserted before",
            "A new first paragraph.\n\n" + BODY,
            QUOTE,
        ),
        (
            "changed punctuation inside the span",
            BODY.replace("government said more", "government said: more"),
            "the government said: more than 1,000 civilian bodies had been exhumed.",
        ),
        (
            "full stop become an exclamation mark",
            BODY.replace("exhumed.", "exhumed!"),
            "the government said more than 1,000 civilian bodies had been exhumed!",
        ),
        (
            "double space inside the span",
            BODY.replace("civilian bodies", "civilian  bodies"),
            "the government said more than 1,000 civilian  bodies had been exhumed.",
        ),
        (
            "text after the span rewritten",
            BODY.replace("Demining has", "Mine clearance has"),
            QUOTE,
        ),
        ("changed figure", BODY.replace("1,000", "1,200"), None),
        ("figure written differently", BODY.replace("1,000", "1000"), None),
        ("word inside the span changed", BODY.replace("civilian bodies", "bodies"), None),
        ("sentence reworded", BODY.replace("had been exhumed", "were exhumed"), None),
        ("paragraph deleted", BODY.split("\n\n")[1], None),
        ("empty body", "", None),
    ],
)
def test_reanchor_after_an_edit(edit, new_body, expected):
    assert place(BODY, new_body) == expected, edit


def test_changed_quote_style_is_still_placed():
    old = 'Zelenskyy called it a "historic day" for the country. Crowds cheered.'
    new = "Zelenskyy called it a “historic day” for the country. Crowds cheered."

    placed = place(old, new, quote='Zelenskyy called it a "historic day" for the country.')

    assert placed == "Zelenskyy called it a “historic day” for the country."


def test_curly_quotes_at_the_edges_of_the_span_come_along():
    old = 'He said: "We will rebuild." Then he left.'
    new = "He said: “We will rebuild.” Then he left."

    assert place(old, new, quote='"We will rebuild."') == "“We will rebuild.”"


def test_repeated_sentence_is_told_apart_by_its_context():
    old = (
        "The mayor spoke first. Power is back in the city. Schools stay closed.\n\n"
        "Later the governor spoke. Power is back in the city. Trains run again."
    )
    new = "BREAKING: " + old.replace("Trains run again", "Trains are running again")
    quote = "Power is back in the city."

    start = old.index(quote, old.index(quote) + 1)
    anchor = reanchor(body=new, start=start, **quote_selector(old, start, start + len(quote)))

    assert anchor is not None
    assert new[anchor.start : anchor.end] == quote
    assert new[: anchor.start].endswith("Later the governor spoke. ")


def test_repeated_sentence_first_occurrence_stays_first():
    old = "Power is back. Schools stay closed. Power is back. Trains run."
    new = "Update. " + old

    start = 0
    anchor = reanchor(body=new, start=start, **quote_selector(old, 0, len("Power is back.")))

    assert anchor == Anchor(len("Update. "), len("Update. Power is back."))


def test_repeated_sentence_with_identical_context_goes_to_the_nearest():
    old = "Yes. Yes. Yes. Yes."
    start = old.index("Yes.", 10)

    anchor = reanchor(body=old, start=start, **quote_selector(old, start, start + 4, context=2))

    assert anchor == Anchor(start, start + 4)


def test_span_at_the_very_start_of_the_text():
    old = "Russia said its forces had left. Crowds cheered."
    new = "Russia said its forces had left! Crowds cheered in the square."

    assert place(old, new, quote="Russia said its forces had left.") == (
        "Russia said its forces had left!"
    )


def test_span_at_the_very_end_of_the_text():
    old = "Crowds cheered. Demining has already begun."
    new = "Crowds cheered loudly.  Demining has already begun."

    assert place(old, new, quote="Demining has already begun.") == "Demining has already begun."


def test_tolerant_match_never_lands_on_other_words():
    old = "Officials said 12 people died. Others said 15 people died."
    new = "Officials said, 13 people died. Others said 15 people died."

    assert place(old, new, quote="Officials said 12 people died.") is None


WORDS = st.lists(
    st.sampled_from(["Kherson", "said", "1,000", "bodies", "the", "government", "—", '"x"', "."]),
    min_size=1,
    max_size=40,
)


@given(WORDS, st.data())
def test_any_span_is_found_again_after_text_is_inserted_before_it(words, data):
    body = " ".join(words)
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    selector = quote_selector(body, start, end)
    new_body = "Inserted first. " + body

    anchor = reanchor(body=new_body, start=start, **selector)

    assert anchor is not None
    assert new_body[anchor.start : anchor.end] == body[start:end]


@given(WORDS, st.data())
def test_a_placed_span_always_holds_the_same_words(words, data):
    body = " ".join(words)
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    new_body = " ".join(data.draw(WORDS))

    anchor = reanchor(body=new_body, start=start, **quote_selector(body, start, end))

    if anchor is not None:
        old_words = _WORD.findall(body[start:end])
        assert _WORD.findall(new_body[anchor.start : anchor.end]) == old_words
