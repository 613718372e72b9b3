"""``services.article_body_changed``: claim spans placed again after an article's text changed."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.importers import format_seed
from articles.models import Appearance, Article
from tests.factories import AppearanceFactory, ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Kherson was captured in February.\n\n"
    "In late October, the government said more than 1,000 civilian bodies had been exhumed.\n\n"
    "Demining has already begun in the province."
)
FIGURE = "the government said more than 1,000 civilian bodies had been exhumed."
DEMINING = "Demining has already begun in the province."


def appear(article: Article, quote: str, **kwargs) -> Appearance:
    start = article.body.index(quote)
    return AppearanceFactory(
        article=article, start=start, end=start + len(quote), exact=quote,
        prefix=article.body[max(0, start - 32) : start],
        suffix=article.body[start + len(quote) : start + len(quote) + 32], **kwargs,
    )  # fmt: skip


def change_body(article: Article, new_body: str) -> None:
    old_body = article.body
    Article.objects.filter(pk=article.pk).update(body=new_body)
    article.refresh_from_db()
    services.article_body_changed(article=article, old_body=old_body)


def text_at(appearance: Appearance) -> str:
    appearance.refresh_from_db()
    return appearance.article.body[appearance.start : appearance.end]


def test_inserted_paragraph_moves_the_span_with_its_words():
    article = ArticleFactory(body=BODY)
    appearance = appear(article, FIGURE)

    change_body(article, "UPDATE: this article was corrected.\n\n" + BODY)

    assert text_at(appearance) == FIGURE
    assert appearance.exact == FIGURE
    assert appearance.prefix.endswith("In late October, ")
    assert appearance.orphaned is False


def test_changed_figure_orphans_the_span_and_keeps_the_old_quote():
    article = ArticleFactory(body=BODY)
    appearance = appear(article, FIGURE)
    old = (appearance.start, appearance.end, appearance.exact)

    change_body(article, BODY.replace("1,000", "1,200"))

    appearance.refresh_from_db()
    assert appearance.orphaned is True
    assert (appearance.start, appearance.end, appearance.exact) == old


def test_deleted_paragraph_orphans_only_its_own_spans():
    article = ArticleFactory(body=BODY)
    figure = appear(article, FIGURE)
    demining = appear(article, DEMINING)

    change_body(article, BODY.replace(DEMINING, "").rstrip())

    figure.refresh_from_db()
    demining.refresh_from_db()
    assert (figure.orphaned, demining.orphaned) == (False, True)


def test_quote_style_change_keeps_the_span_with_the_new_quote_text():
    body = 'Zelenskyy called it a "historic day" for the country.\n\nCrowds cheered.'
    article = ArticleFactory(body=body)
    appearance = appear(article, 'Zelenskyy called it a "historic day" for the country.')

    change_body(article, body.replace('"historic day"', "“historic day”"))

    assert text_at(appearance) == "Zelenskyy called it a “historic day” for the country."
    assert appearance.exact == "Zelenskyy called it a “historic day” for the country."


def test_an_orphan_found_again_loses_its_mark():
    article = ArticleFactory(body=BODY)
    appearance = appear(article, FIGURE, orphaned=True)

    change_body(article, "New intro.\n\n" + BODY)

    assert text_at(appearance) == FIGURE
    assert appearance.orphaned is False


def test_returns_how_many_spans_are_orphaned():
    article = ArticleFactory(body=BODY)
    appear(article, FIGURE)
    appear(article, DEMINING)

    old_body = article.body
    article.body = BODY.replace("1,000", "900")
    Article.objects.filter(pk=article.pk).update(body=article.body)

    assert services.article_body_changed(article=article, old_body=old_body) == 1


def test_spans_of_other_articles_are_left_alone():
    article = ArticleFactory(body=BODY)
    other = ArticleFactory(body=BODY + "\n\nAnother copy.")
    elsewhere = appear(other, FIGURE)
    before = Appearance.objects.filter(pk=elsewhere.pk).values().get()

    change_body(article, "Intro.\n\n" + BODY)

    assert Appearance.objects.filter(pk=elsewhere.pk).values().get() == before


def test_query_count_does_not_grow_with_the_number_of_spans():
    few = ArticleFactory(body=BODY)
    many = ArticleFactory(body="\n\n".join(f"Sentence number {n} is here." for n in range(60)))
    for quote in (FIGURE, DEMINING):
        appear(few, quote)
    for n in range(60):
        appear(many, f"Sentence number {n} is here.", claim=ClaimFactory())

    def count(article, new_body):
        old_body = article.body
        Article.objects.filter(pk=article.pk).update(body=new_body)
        article.refresh_from_db()
        with CaptureQueriesContext(connection) as queries:
            services.article_body_changed(article=article, old_body=old_body)
        return len(queries)

    assert count(few, "Intro.\n\n" + few.body) == count(many, "Intro.\n\n" + many.body)


def test_two_spans_of_one_claim_never_land_on_the_same_words():
    body = "Power is back. Schools are shut. Power is back."
    article = ArticleFactory(body=body)
    claim = ClaimFactory()
    first = AppearanceFactory(
        article=article, claim=claim, start=0, end=14, exact="Power is back.", prefix="",
        suffix=" Schools are shut. Power is bac",
    )  # fmt: skip
    second = AppearanceFactory(
        article=article, claim=claim, start=33, end=47, exact="Power is back.",
        prefix=body[1:33], suffix="",
    )  # fmt: skip

    change_body(article, "Power is back. Schools are shut.")

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.start, first.orphaned) == (0, False)
    assert second.orphaned is True


# --- through a re-imported seed -------------------------------------------------------------


def import_folder(folder: Path) -> str:
    out = StringIO()
    call_command("import_seeds", str(folder), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_reimported_seed_with_an_added_paragraph_moves_the_spans(tmp_path):
    day = datetime.date(2022, 11, 12)
    (tmp_path / "kherson.txt").write_bytes(format_seed(day, BODY))
    import_folder(tmp_path)
    article = Article.objects.get(origin__endswith="/kherson.txt")
    appearance = appear(article, FIGURE)

    (tmp_path / "kherson.txt").write_bytes(format_seed(day, "Residents celebrated.\n\n" + BODY))
    output = import_folder(tmp_path)

    assert "updated" in output
    assert text_at(appearance) == FIGURE
    assert appearance.orphaned is False


def test_reimported_seed_with_a_changed_figure_orphans_the_span(tmp_path):
    day = datetime.date(2022, 11, 12)
    (tmp_path / "kherson.txt").write_bytes(format_seed(day, BODY))
    import_folder(tmp_path)
    article = Article.objects.get(origin__endswith="/kherson.txt")
    figure = appear(article, FIGURE)
    demining = appear(article, DEMINING)

    (tmp_path / "kherson.txt").write_bytes(format_seed(day, BODY.replace("1,000", "1,200")))
    import_folder(tmp_path)

    figure.refresh_from_db()
    assert figure.orphaned is True
    assert text_at(demining) == DEMINING
    assert demining.orphaned is False
