"""Markdown sanitising and the marking of claim spans in article bodies."""

import html
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from articles.rendering import (
    Span,
    mark_spans,
    paragraph_ranges,
    rating_css_class,
    render_markdown,
    trim_context,
)

# --- Markdown ------------------------------------------------------------------------------


def test_markdown_renders_emphasis_lists_and_links():
    out = render_markdown("**Bold** and [a source](https://example.org)\n\n- one\n- two")

    assert "<strong>Bold</strong>" in out
    assert '<a href="https://example.org" rel="nofollow noopener noreferrer">a source</a>' in out
    assert "<li>one</li>" in out


def test_markdown_drops_scripts_with_their_content():
    out = render_markdown("Before <script>alert('x')</script> after")

    assert "<script" not in out
    assert "alert" not in out
    assert "Before" in out


def test_markdown_drops_event_handlers_styles_and_javascript_links():
    out = render_markdown(
        '<p onclick="steal()" style="color:red">Hi</p> <img src=x onerror=boom> '
        "[click](javascript:alert(1))"
    )

    assert "onclick" not in out
    assert "style=" not in out
    assert "<img" not in out
    assert "javascript:" not in out


def test_markdown_of_nothing_is_empty():
    assert render_markdown("") == ""


# --- small helpers ---------------------------------------------------------------------------


def test_rating_css_class_knows_the_seeded_scale_and_falls_back_to_neutral():
    assert rating_css_class("mostly-true") == "rating-mostly-true"
    assert rating_css_class("invented-later") == "rating-other"
    assert rating_css_class(None) == "rating-none"


def test_trim_context_cuts_partial_words_and_marks_the_cut():
    trimmed = trim_context(
        "rding to the governor, ", " most of them", cut_before=True, cut_after=True
    )

    assert trimmed == ("…to the governor, ", " most of…")


def test_trim_context_keeps_the_start_and_end_of_the_text_whole():
    assert trim_context("Officials said ", ".", cut_before=False, cut_after=False) == (
        "Officials said ",
        ".",
    )


def test_paragraph_ranges_skip_blank_lines_and_surrounding_space():
    body = "  First line\nsame paragraph.\n\n\n Second.  \n\n"

    assert [body[a:b] for a, b in paragraph_ranges(body)] == [
        "First line\nsame paragraph.",
        "Second.",
    ]


# --- marking spans -------------------------------------------------------------------------


def span(start, end, name="a", label="True"):
    return Span(start, end, f"appearance-{name}", f"/claims/{name}/", label, "rating-true", name)


def test_a_span_becomes_a_mark_with_an_anchor_a_link_and_a_label():
    [paragraph] = mark_spans("Officials said 1,000.", [span(15, 20)])

    assert paragraph == (
        'Officials said <mark class="claim-mark rating-true" id="appearance-a">'
        '<a href="/claims/a/" title="a">1,000</a></mark>'
        '<a class="mark-label badge rating-true" href="/claims/a/">True</a>.'
    )


def test_text_is_escaped_and_line_breaks_kept():
    [paragraph] = mark_spans("<b>bold</b> & co\nnext line", [])

    assert paragraph == "&lt;b&gt;bold&lt;/b&gt; &amp; co<br>\nnext line"


def test_nested_spans_are_cut_into_flat_marks_linking_to_the_innermost():
    body = "more than 1,000 civilian bodies"
    [paragraph] = mark_spans(body, [span(0, 31, "outer"), span(10, 15, "inner")])

    assert paragraph.count("<mark") == 3
    assert '<mark class="claim-mark rating-true claim-mark--overlap" id="appearance-inner">' in (
        paragraph
    )
    assert '<a href="/claims/inner/" title="inner">1,000</a>' in paragraph
    # The inner label comes right after its span, the outer one at the end.
    assert paragraph.index('href="/claims/inner/">True') < paragraph.index(
        'href="/claims/outer/">True'
    )


def test_spans_starting_together_each_get_an_anchor():
    [paragraph] = mark_spans("Same words here", [span(0, 4, "one"), span(0, 10, "two")])

    assert 'id="appearance-one"' in paragraph
    assert 'id="appearance-two"' in paragraph


def test_a_span_across_paragraphs_is_marked_in_both_and_labelled_once():
    body = "First part.\n\nSecond part."
    first, second = mark_spans(body, [span(6, 19)])

    assert "<mark" in first
    assert "<mark" in second
    assert "mark-label" not in first
    assert "mark-label" in second


def test_spans_outside_the_body_or_empty_are_ignored():
    [paragraph] = mark_spans("Short.", [span(3, 99), span(4, 4, "empty"), span(-1, 2, "neg")])

    assert paragraph == "Short."


class _TagBalance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.text = []
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.balanced = False

    def handle_data(self, data):
        self.text.append(data)


words = st.text(alphabet="ab <&>\"'\n", min_size=1, max_size=60)


@given(
    body=words,
    raw_spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=8),
)
def test_any_spans_give_balanced_html_that_keeps_the_text(body, raw_spans):
    spans = [span(s, s + n, str(i)) for i, (s, n) in enumerate(raw_spans)]

    paragraphs = mark_spans(body, spans)

    for paragraph, (start, end) in zip(paragraphs, paragraph_ranges(body), strict=True):
        parser = _TagBalance()
        parser.feed(paragraph)
        parser.close()
        assert parser.balanced
        assert not parser.stack
        # The only words added are the labels; the body's alphabet has no "True" in it.
        text = html.unescape("".join(parser.text)).replace("True", "")
        assert text == body[start:end]
