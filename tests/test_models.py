"""Integrity the database itself keeps, whatever code writes the rows."""

import pytest
from django.db import IntegrityError, connection, transaction

from articles import models
from tests import factories

pytestmark = pytest.mark.django_db


def test_an_appearance_on_the_exact_words_of_its_article_is_stored():
    appearance = factories.AppearanceFactory()

    assert models.Appearance.objects.get().exact == appearance.article.body[: appearance.end]


def test_an_appearance_past_the_end_of_its_article_is_refused():
    article = factories.ArticleFactory(body="Three civilians were found.")
    claim = factories.ClaimFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        models.Appearance.objects.create(
            claim=claim, article=article, start=20, end=40, exact="x" * 20
        )
    assert not models.Appearance.objects.exists()


def test_an_appearance_whose_quote_is_not_at_its_offsets_is_refused():
    article = factories.ArticleFactory(body="Three civilians were found.")
    claim = factories.ClaimFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        models.Appearance.objects.create(
            claim=claim, article=article, start=0, end=5, exact="Seven"
        )
    assert not models.Appearance.objects.exists()


def test_moving_a_placed_appearance_off_its_quote_is_refused():
    appearance = factories.AppearanceFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        models.Appearance.objects.filter(pk=appearance.pk).update(
            start=1, end=1 + len(appearance.exact)
        )
    appearance.refresh_from_db()
    assert appearance.start == 0


def test_an_orphaned_appearance_keeps_its_last_place_after_the_text_changed():
    appearance = factories.AppearanceFactory()
    models.Article.objects.filter(pk=appearance.article_id).update(body="Rewritten.")

    models.Appearance.objects.filter(pk=appearance.pk).update(orphaned=True)

    assert models.Appearance.objects.get().orphaned


def test_a_second_current_verdict_for_a_claim_is_refused():
    verdict = factories.VerdictFactory(published=True)

    with pytest.raises(IntegrityError), transaction.atomic():
        factories.VerdictFactory(claim=verdict.claim, published=True)
    assert verdict.claim.verdicts.count() == 1


def test_two_articles_with_the_same_text_are_refused():
    article = factories.ArticleFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        factories.ArticleFactory(body=article.body)
    assert models.Article.objects.count() == 1


def test_a_figure_range_must_run_from_low_to_high():
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.ClaimFactory(figure_low=15, figure_high=10)
    assert not models.Claim.objects.exists()


@pytest.mark.parametrize(
    ("model", "unindexed"),
    [
        (models.Claim, ["slug", "said_on", "claimant_id", "assignee_id", "tracked_figure_id"]),
        (models.Article, ["slug", "content_hash", "outlet_id"]),
        (models.Appearance, ["article_id", "claim_id", "added_by_id"]),
    ],
    ids=["claim", "article", "appearance"],
)
def test_history_tables_index_only_what_history_is_read_by(model, unindexed):
    # A history is read by its object's id in date order; the user's index serves the
    # SET NULL when a user is deleted. Every other index was written on each import for
    # nothing.
    table = model.history.model._meta.db_table
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    indexed = {tuple(c["columns"]) for c in constraints.values() if c["index"]}

    assert {("id",), ("history_date",), ("history_user_id",)} <= indexed
    assert not indexed & {(column,) for column in unindexed}
