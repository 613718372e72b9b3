"""``services.article_suggest_claims`` and ``import_seeds --suggest``: suggested claims."""

from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from articles import services
from articles.importers import parse_seed
from articles.models import Appearance, Article, Claim, Claimant, ClaimStatus, StatusChange
from articles.suggest import checkworthy_sentences, suggest_claims
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    ClaimantFactory,
    ClaimFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ef148b2b24f95f6d.txt"
FIGURE_SENTENCE = (
    "In late October, the government said more than 1,000 civilian bodies had been exhumed "
    "in recently liberated areas of Ukraine."
)


@pytest.fixture
def seed_article():
    body = parse_seed(SEED.name, SEED.read_bytes()).body
    return ArticleFactory(body=body)


def suggested(article):
    return Claim.objects.filter(appearances__article=article, status=ClaimStatus.SUGGESTED)


def test_each_check_worthy_sentence_becomes_a_suggested_claim(seed_article):
    expected = {s.text for s in suggest_claims(seed_article.body)}

    created = services.article_suggest_claims(article=seed_article)

    assert created == len(expected) > 0
    assert set(suggested(seed_article).values_list("text", flat=True)) == expected


def test_suggested_claims_are_not_public(seed_article):
    services.article_suggest_claims(article=seed_article)

    assert Claim.objects.public().count() == 0


def test_each_suggestion_has_its_appearance_on_the_exact_sentence(seed_article):
    services.article_suggest_claims(article=seed_article)

    for appearance in Appearance.objects.filter(article=seed_article):
        body = seed_article.body
        assert body[appearance.start : appearance.end] == appearance.exact
        assert appearance.prefix == body[max(0, appearance.start - 32) : appearance.start]
        assert appearance.said_on == seed_article.published_on
        assert appearance.orphaned is False


def test_each_suggestion_records_its_status_change(seed_article):
    created = services.article_suggest_claims(article=seed_article)

    changes = StatusChange.objects.filter(claim__appearances__article=seed_article)
    assert changes.count() == created
    assert set(changes.values_list("from_status", "to_status")) == {("", ClaimStatus.SUGGESTED)}


def test_each_suggestion_gets_a_history_row(seed_article):
    created = services.article_suggest_claims(article=seed_article)

    assert Claim.history.filter(history_type="+").count() == created


def test_figure_kind_and_claimant_are_filled_in(seed_article):
    services.article_suggest_claims(article=seed_article)

    claim = Claim.objects.get(text=FIGURE_SENTENCE)
    assert claim.kind == "casualty_figure"
    assert (claim.figure_value, claim.figure_qualifier) == (Decimal(1000), "more_than")
    assert claim.figure_unit == "civilian bodies"
    assert (claim.claimant.name, claim.claimant.kind) == ("the government", "government")
    assert claim.said_on == seed_article.published_on


def test_running_again_creates_no_duplicates(seed_article):
    services.article_suggest_claims(article=seed_article)
    before = Claim.objects.count()

    assert services.article_suggest_claims(article=seed_article) == 0
    assert Claim.objects.count() == before


def test_a_dismissed_suggestion_does_not_come_back(seed_article, editor):
    services.article_suggest_claims(article=seed_article)
    claim = Claim.objects.get(text=FIGURE_SENTENCE)
    services.claim_dismiss(claim=claim, by=editor)
    claim.appearances.exclude(pk=claim.appearances.first().pk).delete()

    assert services.article_suggest_claims(article=seed_article) == 0
    assert Claim.objects.filter(text=FIGURE_SENTENCE).count() == 1
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.DISMISSED


def test_a_sentence_already_claimed_by_an_editor_is_not_suggested(seed_article):
    start = seed_article.body.index(FIGURE_SENTENCE)
    AppearanceFactory(
        article=seed_article, start=start, end=start + len(FIGURE_SENTENCE),
        exact=FIGURE_SENTENCE,
    )  # fmt: skip

    services.article_suggest_claims(article=seed_article)

    assert not suggested(seed_article).filter(text=FIGURE_SENTENCE).exists()


def test_an_existing_claimant_is_reused_whatever_its_case(seed_article):
    russia = ClaimantFactory(name="RUSSIA", kind="government")

    services.article_suggest_claims(article=seed_article)

    assert Claimant.objects.filter(name__iexact="russia").count() == 1
    assert suggested(seed_article).filter(claimant=russia).exists()


def test_a_claimant_named_twice_is_created_once():
    body = (
        "Russia said 300 soldiers had been captured on Friday.\n\n"
        "Russia said its forces had destroyed 12 tanks on Saturday."
    )
    article = ArticleFactory(body=body)

    services.article_suggest_claims(article=article)

    assert Claimant.objects.filter(name="Russia").count() == 1
    assert suggested(article).filter(claimant__name="Russia").count() == 2


def test_repeated_sentences_across_articles_get_distinct_slugs():
    articles = [ArticleFactory(body=f"{FIGURE_SENTENCE}\n\nCopy {n}.") for n in range(3)]

    created = services.articles_suggest_claims(articles=articles)

    slugs = list(Claim.objects.values_list("slug", flat=True))
    assert created == 3
    assert len(set(slugs)) == 3


def test_a_sentence_suggested_again_later_takes_the_next_free_suffix():
    first = ArticleFactory(body=f"{FIGURE_SENTENCE}\n\nCopy 1.")
    services.articles_suggest_claims(articles=[first])
    base = Claim.objects.get().slug
    ClaimFactory(slug=f"{base}-2")
    ClaimFactory(slug=f"{base}-2b")
    ClaimFactory(slug=f"{base}x-3")

    services.articles_suggest_claims(
        articles=[ArticleFactory(body=f"{FIGURE_SENTENCE}\n\nCopy 2.")]
    )

    assert Claim.objects.filter(status=ClaimStatus.SUGGESTED).latest("pk").slug == f"{base}-3"


def test_a_run_over_several_transactions_skips_a_slug_taken_in_between():
    run = services.SuggestionRun()
    services.articles_suggest_claims(
        articles=[ArticleFactory(body=f"{FIGURE_SENTENCE}\n\nCopy 1.")], run=run
    )
    base = Claim.objects.get().slug
    # An editor makes a claim of the same words between two chunks of an import.
    ClaimFactory(slug=f"{base}-2")

    created = services.articles_suggest_claims(
        articles=[ArticleFactory(body=f"{FIGURE_SENTENCE}\n\nCopy 2.")], run=run
    )

    assert created == 1
    assert Claim.objects.filter(status=ClaimStatus.SUGGESTED).latest("pk").slug == f"{base}-3"


def test_the_editor_is_credited(seed_article, editor):
    services.article_suggest_claims(article=seed_article, by=editor)

    assert set(StatusChange.objects.values_list("by", flat=True)) == {editor.pk}
    assert set(Appearance.objects.values_list("added_by", flat=True)) == {editor.pk}


def test_a_user_without_permission_is_refused(seed_article):
    outsider = UserFactory()

    with pytest.raises(PermissionDenied):
        services.article_suggest_claims(article=seed_article, by=outsider)
    assert Claim.objects.count() == 0


def test_query_count_does_not_grow_with_the_number_of_articles():
    body = parse_seed(SEED.name, SEED.read_bytes()).body

    def queries_for(count):
        articles = [ArticleFactory(body=f"{body}\n\nArticle {count}-{n}.") for n in range(count)]
        with CaptureQueriesContext(connection) as queries:
            services.articles_suggest_claims(articles=articles)
        return len(queries)

    # The first run creates the claimants; later ones reuse them and meet taken slugs.
    queries_for(1)
    assert queries_for(2) == queries_for(20) <= 12


# --- import_seeds --suggest ---------------------------------------------------------------


def import_seeds(*args) -> str:
    out = StringIO()
    call_command("import_seeds", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_import_with_suggest_suggests_claims_for_the_seed(tmp_path):
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())

    output = import_seeds(tmp_path, "--suggest")

    article = Article.objects.get(origin__endswith=f"/{SEED.name}")
    count = suggested(article).count()
    assert count == len(suggest_claims(article.body)) > 0
    assert f"Suggested {count} claims." in output


def test_import_without_suggest_suggests_nothing(tmp_path):
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())

    output = import_seeds(tmp_path)

    assert Claim.objects.count() == 0
    assert "Suggested" not in output


def test_import_with_suggest_run_twice_suggests_nothing_new(tmp_path, editor):
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())
    import_seeds(tmp_path, "--suggest")
    services.claim_dismiss(claim=Claim.objects.get(text=FIGURE_SENTENCE), by=editor)
    before = Claim.objects.count()

    output = import_seeds(tmp_path, "--suggest")

    assert "Suggested 0 claims." in output
    assert Claim.objects.count() == before
    assert Claim.objects.get(text=FIGURE_SENTENCE).status == ClaimStatus.DISMISSED


def test_suggest_after_a_plain_import_fills_in_the_suggestions(tmp_path):
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())
    import_seeds(tmp_path)

    import_seeds(tmp_path, "--suggest")

    body = parse_seed(SEED.name, SEED.read_bytes()).body
    expected = {sentence.text for sentence, _suggestion in checkworthy_sentences(body)}
    suggested = Claim.objects.filter(status=ClaimStatus.SUGGESTED)
    assert sorted(suggested.values_list("text", flat=True)) == sorted(expected)


def test_dry_run_with_suggest_writes_nothing(tmp_path):
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())

    import_seeds(tmp_path, "--suggest", "--dry-run")

    assert (Article.objects.count(), Claim.objects.count()) == (0, 0)


def test_a_ukrainian_suggestion_gets_a_transliterated_slug():
    article = ArticleFactory(
        body=(
            "За тиждень на грип в Україні захворіли понад 180 тисяч людей, повідомили в "
            "Міністерстві охорони здоров'я."
        )
    )

    services.article_suggest_claims(article=article)

    (claim,) = suggested(article)
    assert claim.slug.startswith("za-tyzhden-na-hryp-v-ukraini-zakhvorily-ponad-180-tysiach")


def test_a_suggested_claimant_is_named_without_title_which_becomes_its_description():
    article = ArticleFactory(
        body=(
            "Defence Minister Rustem Umerov said 14 drones were shot down overnight. "
            "Umerov said 3 more were jammed over the capital."
        )
    )

    services.article_suggest_claims(article=article)

    claimant = Claimant.objects.get()
    assert (claimant.name, claimant.kind, claimant.description) == (
        "Rustem Umerov",
        "person",
        "Defence Minister",
    )
    assert claimant.slug == "rustem-umerov"
    assert suggested(article).filter(claimant=claimant).count() == 2


def test_a_ukrainian_claimant_is_filed_in_the_nominative_with_a_transliterated_slug():
    article = ArticleFactory(
        body=(
            "Сергій Лисак заявив, що внаслідок обстрілу загинули 5 людей. "
            "За словами Лисака, ще двоє людей зникли безвісти."
        )
    )

    services.article_suggest_claims(article=article)

    claimant = Claimant.objects.get()
    assert (claimant.name, claimant.slug) == ("Сергій Лисак", "serhii-lysak")
    assert suggested(article).filter(claimant=claimant).count() == 2


def test_the_suggestion_note_is_stored_in_english_whatever_the_editors_language(editor):
    article = ArticleFactory()

    with translation.override("uk"):
        services.article_suggest_claims(article=article, by=editor)

    notes = set(StatusChange.objects.values_list("note", flat=True))
    reasons = set(Claim.history.values_list("history_change_reason", flat=True))
    assert notes == reasons == {"Suggested from the article's text"}
    with translation.override("uk"):
        shown = {change.get_note_display() for change in StatusChange.objects.all()}
    assert shown == {"Запропоновано з тексту статті"}
