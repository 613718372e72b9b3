"""Parsing seed files: the pure half of the seed import (no database)."""

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.importers import (
    ELLIPSIS,
    SLUG_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    SeedError,
    content_hash,
    derive_title,
    format_seed,
    guess_language,
    normalise_body,
    parse_seed,
    slug_base,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(__file__).parent / "fixtures" / "seeds"
GOOD = SEEDS / "good"
BROKEN = SEEDS / "broken"
REAL_SEED = ROOT / "seeds" / "000_ef148b2b24f95f6d.txt"


def parse_fixture(path: Path):
    return parse_seed(path.name, path.read_bytes())


def seed_error(path: Path) -> SeedError:
    with pytest.raises(SeedError) as caught:
        parse_fixture(path)
    return caught.value


# --- good files --------------------------------------------------------------------------


def test_real_seed_body_starts_on_the_date_line():
    seed = parse_fixture(REAL_SEED)

    assert seed.published_on == datetime.date(2022, 11, 12)
    assert seed.body.startswith("Residents of Kherson gave an emotional welcome")
    assert seed.body.endswith("recently liberated areas of Ukraine.")


def test_real_seed_title_is_its_first_sentence():
    seed = parse_fixture(REAL_SEED)

    assert seed.title == (
        "Residents of Kherson gave an emotional welcome to Ukrainian troops entering the city "
        "on Friday after Russia withdrew its forces"
    )


def test_real_seed_keeps_embedded_social_post_and_quotes_verbatim():
    seed = parse_fixture(REAL_SEED)

    assert (
        "pic.twitter.com/dXVBgPIjal — Anton Gerashchenko (@Gerashchenko_en) November 11, 2022"
        in seed.body
    )
    assert "“We are grateful to the Ukrainian armed forces." in seed.body


def test_real_seed_is_english_with_a_readable_slug():
    seed = parse_fixture(REAL_SEED)

    assert seed.language == "en"
    assert seed.slug.startswith("residents-of-kherson-gave-an-emotional-welcome")


def test_origin_is_the_file_name():
    assert parse_fixture(REAL_SEED).name == "000_ef148b2b24f95f6d.txt"


def test_content_hash_is_sha256_of_the_stored_body():
    seed = parse_fixture(REAL_SEED)

    assert seed.content_hash == content_hash(seed.body)
    assert re.fullmatch(r"[0-9a-f]{64}", seed.content_hash)


def test_header_on_its_own_line_is_not_part_of_the_body():
    seed = parse_fixture(GOOD / "001_plain.txt")

    assert seed.published_on == datetime.date(2023, 3, 1)
    assert seed.body.startswith("Mr. Blinken told U.S. lawmakers")
    assert "date" not in seed.body


def test_paragraphs_stay_separated_by_blank_lines():
    seed = parse_fixture(GOOD / "001_plain.txt")

    assert seed.body.split("\n\n")[1] == (
        "Officials said at least 12 civilians were killed in the strike."
    )


def test_bom_and_crlf_are_normalised_away():
    seed = parse_fixture(GOOD / "002_bom_crlf.txt")

    assert seed.published_on == datetime.date(2022, 11, 12)
    assert "\r" not in seed.body
    assert "\ufeff" not in seed.body
    assert seed.body == (
        "Residents of Kherson welcomed Ukrainian troops on Friday.\n\n"
        "Crowds sang the national anthem in the central square."
    )


def test_bom_crlf_file_hashes_like_its_lf_twin():
    crlf = parse_fixture(GOOD / "002_bom_crlf.txt")
    lf = parse_seed("twin.txt", format_seed(crlf.published_on, crlf.body))

    assert lf.content_hash == crlf.content_hash


def test_curly_quotes_are_kept_and_open_the_title():
    seed = parse_fixture(GOOD / "003_social_post.txt")

    assert seed.title == "“Kherson is Ukraine,” the crowd chanted as soldiers arrived"
    assert "‘We waited eight months,’ one resident said." in seed.body


def test_ukrainian_text_is_recognised_and_transliterated_for_the_slug():
    seed = parse_fixture(GOOD / "004_ukrainian.txt")

    assert seed.language == "uk"
    assert seed.title == "Мешканці Херсона зустріли українських військових квітами"
    assert seed.slug == "meshkantsi-khersona-zustrily-ukrainskykh-viiskovykh-kvitamy"


def test_ukrainian_abbreviation_does_not_end_the_sentence():
    body = "Понад 1,5 тис. людей вийшли на площу. Далі буде."

    assert derive_title(body) == "Понад 1,5 тис. людей вийшли на площу"


def test_body_keeps_inner_whitespace_exactly():
    raw = b"date 2022-11-12\n\n  Indented line.\n\n\n\nTwo  spaces   here.  \n\n"

    assert parse_seed("a.txt", raw).body == "Indented line.\n\n\n\nTwo  spaces   here."


def test_header_keyword_is_case_insensitive():
    assert parse_seed("a.txt", b"Date 2022-11-12\n\nText.").published_on == datetime.date(
        2022, 11, 12
    )


# --- titles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Mr. Smith met U.S. officials. They talked.", "Mr. Smith met U.S. officials"),
        ("Dr. Jones arrived. Then she left.", "Dr. Jones arrived"),
        ("Inflation rose 1.5 per cent. Prices fell.", "Inflation rose 1.5 per cent"),
        ("J. R. R. Tolkien wrote books. Many of them.", "J. R. R. Tolkien wrote books"),
        (
            "Gen. Zaluzhnyi spoke on Jan. 5 in Kyiv. Later more.",
            "Gen. Zaluzhnyi spoke on Jan. 5 in Kyiv",
        ),
        ("Is it over? Nobody knows.", "Is it over?"),
        ("Sanctions were imposed by the U.S.", "Sanctions were imposed by the U.S."),
        ("He paused... Then he spoke.", "He paused..."),
        ("Prices rose, e.g. bread and milk. Then fell.", "Prices rose, e.g. bread and milk"),
    ],
)
def test_title_is_the_first_sentence_despite_abbreviations(body, title):
    assert derive_title(body) == title


def test_title_comes_from_the_first_paragraph_only():
    assert derive_title("A headline without a stop\n\nSecond paragraph. More.") == (
        "A headline without a stop"
    )


def test_title_collapses_line_breaks_inside_the_first_sentence():
    assert derive_title("Troops entered\nthe city. Crowds cheered.") == "Troops entered the city"


def test_a_long_first_sentence_is_the_whole_title():
    sentence = (
        "The regional emergency service said on Thursday that the number of people killed "
        "by the floods had risen to 54, with nine still unaccounted for, and that more than "
        "1,000 homes were without power"
    )

    assert len(sentence) > 140
    assert derive_title(sentence + ". Rescuers kept searching.") == sentence


def test_an_overlong_sentence_is_cut_at_its_last_clause_break_without_an_ellipsis():
    body = "Officials said " + "very " * 50 + "many things, then " + "more " * 40 + "words."

    title = derive_title(body)

    assert title == "Officials said " + "very " * 50 + "many things"


def test_an_overlong_sentence_without_a_clause_break_is_cut_at_a_word_with_an_ellipsis():
    body = "Officials said " + "very " * 80 + "many things happened. Next."

    title = derive_title(body)

    assert len(title) <= TITLE_MAX_LENGTH
    assert title.endswith(" very" + ELLIPSIS)


def test_single_overlong_word_is_cut_hard():
    title = derive_title("x" * 500)

    assert title == "x" * (TITLE_MAX_LENGTH - 1) + ELLIPSIS


def test_a_clause_break_early_in_an_overlong_sentence_is_not_taken():
    body = "a" * 20 + ", " + "b " * 200

    assert derive_title(body) == "a" * 20 + ", " + "b " * 138 + "b" + ELLIPSIS


# --- slugs and language ------------------------------------------------------------------


def test_slug_is_cut_at_a_hyphen():
    slug = slug_base("word " * 40, fallback="x")

    assert len(slug) <= SLUG_MAX_LENGTH
    assert slug.endswith("-word")


def test_slug_falls_back_to_the_file_name_when_the_title_has_no_letters():
    assert slug_base("!!! ???", fallback="000_abc") == "000_abc"


def test_mixed_text_with_a_little_cyrillic_is_english():
    assert guess_language("Residents of Kherson (Херсон) welcomed the troops.") == "en"


def test_mostly_cyrillic_text_with_a_link_is_ukrainian():
    assert guess_language("Мешканці Херсона вітали військових pic.twitter.com/abc") == "uk"


# --- broken files ------------------------------------------------------------------------


def test_not_utf8_says_at_which_byte():
    error = seed_error(BROKEN / "not_utf8.txt")

    assert error.name == "not_utf8.txt"
    assert error.reason == "not UTF-8 text: byte 0xE9 at offset 20 (line 3) is invalid"


def test_missing_header_is_reported_with_the_opening_words():
    error = seed_error(BROKEN / "no_header.txt")

    assert error.reason.startswith("no “date YYYY-MM-DD” header at the start")
    assert "Residents of Kherson" in error.reason


def test_malformed_header_is_reported():
    error = seed_error(BROKEN / "malformed_header.txt")

    assert error.reason == "malformed header “date: 12/11/2022”: expected “date YYYY-MM-DD”"


def test_impossible_date_is_reported():
    assert seed_error(BROKEN / "impossible_date.txt").reason == (
        "impossible date 2022-02-30 in the header"
    )


def test_empty_body_is_reported():
    assert seed_error(BROKEN / "empty_body.txt").reason == "the article body is empty"


def test_empty_file_is_reported():
    assert seed_error(BROKEN / "empty.txt").reason == "the file is empty"


def test_nul_byte_is_reported_with_its_offset():
    assert seed_error(BROKEN / "nul_byte.txt").reason == (
        "contains a NUL byte at offset 26; is it a binary file?"
    )


def test_control_character_is_refused_with_its_line_and_column():
    assert seed_error(BROKEN / "control_character.txt").reason == (
        "contains the control character U+001B (ESC) at line 3, column 11; "
        "only tabs and line breaks are allowed"
    )


@pytest.mark.parametrize(
    ("char", "label"),
    [
        ("\x07", "U+0007 (BEL)"),
        ("\x0b", "U+000B (VT)"),
        ("\x0c", "U+000C (FF)"),
        ("\x85", "U+0085"),
    ],
)
def test_every_control_character_but_tab_and_line_breaks_is_refused(char, label):
    raw = f"date 2022-11-12\n\nOne line.\nAnd{char} another.".encode()

    with pytest.raises(SeedError, match=rf"{re.escape(label)} at line 4, column 4;"):
        parse_seed("a.txt", raw)


def test_tabs_and_every_kind_of_line_break_are_kept_or_normalised():
    seed = parse_seed("a.txt", b"date 2022-11-12\r\n\r\nCol\tumn.\rNext line.")

    assert seed.body == "Col\tumn.\nNext line."


def test_implausible_date_is_refused_with_the_range_it_must_lie_in():
    assert seed_error(BROKEN / "implausible_date.txt").reason.startswith(
        "implausible date 9999-12-31 in the header: expected 1900-01-01 to "
    )


@pytest.mark.parametrize("header", ["0001-01-01", "0024-11-12", "1899-12-31", "2024-11-13"])
def test_dates_before_1900_or_over_a_year_ahead_are_refused(header):
    with pytest.raises(SeedError, match=f"implausible date {header} in the header"):
        parse_seed("a.txt", f"date {header}\n\nText.".encode(), today=datetime.date(2023, 11, 12))


@pytest.mark.parametrize("header", ["1900-01-01", "2024-11-12"])
def test_dates_from_1900_to_a_year_ahead_are_accepted(header):
    seed = parse_seed(
        "a.txt", f"date {header}\n\nText.".encode(), today=datetime.date(2023, 11, 12)
    )

    assert seed.published_on.isoformat() == header


def test_header_glued_to_the_body_is_malformed():
    with pytest.raises(SeedError, match="malformed header"):
        parse_seed("a.txt", b"date 2022-11-12Residents of Kherson.")


def test_error_message_names_the_file():
    assert str(seed_error(BROKEN / "empty.txt")) == "empty.txt: the file is empty"


# --- properties --------------------------------------------------------------------------

# A seed file is UTF-8, so its text never holds a lone surrogate (category Cs): such a
# string has no bytes to write. Nor does it hold control characters but tab and line breaks.
bodies = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n\r"),
    min_size=1,
    max_size=400,
).filter(lambda text: normalise_body(text) != "")
dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
# Far enough ahead that every date drawn is plausible.
TODAY = datetime.date(2100, 1, 1)


@settings(deadline=None)
@given(body=bodies, published_on=dates, crlf=st.booleans(), bom=st.booleans())
def test_any_body_round_trips_through_a_seed_file(body, published_on, crlf, bom):
    stored = normalise_body(body)

    raw = format_seed(published_on, stored, crlf=crlf, bom=bom)
    seed = parse_seed("any.txt", raw, today=TODAY)

    assert seed.body == stored
    assert seed.published_on == published_on
    assert seed.content_hash == content_hash(stored)


@settings(deadline=None)
@given(body=bodies)
def test_title_is_a_short_non_empty_prefix_of_the_text(body):
    title = derive_title(body)

    assert 0 < len(title) <= TITLE_MAX_LENGTH
    assert " ".join(body.split()).startswith(title.removesuffix(ELLIPSIS))


@settings(deadline=None)
@given(title=st.text(max_size=300), fallback=st.text(max_size=50))
def test_slug_is_always_a_valid_bounded_slug(title, fallback):
    slug = slug_base(title, fallback=fallback)

    assert re.fullmatch(r"[-a-zA-Z0-9_]+", slug)
    assert len(slug) <= SLUG_MAX_LENGTH
