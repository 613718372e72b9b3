"""Words and phrases on whole words: the tokens every lexicon and feature reads."""

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.lexicon import tokens


def test_words_are_lower_case_with_their_offsets_and_straight_apostrophes():
    text = "П’ятеро Mary’s year-old İstanbul"

    assert [(text[a:b], word) for a, b, word in tokens(text)] == [
        ("П’ятеро", "п'ятеро"),
        ("Mary’s", "mary's"),
        ("year-old", "year-old"),
        ("İstanbul", "i̇stanbul"),
    ]


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aZ їЇ’ʼ'-.,İß1"]), max_size=40))
def test_each_token_is_the_word_at_its_offsets(text):
    for start, end, word in tokens(text):
        assert word == text[start:end].lower().replace("’", "'").replace("ʼ", "'")
