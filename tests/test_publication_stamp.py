"""The publication stamp moves when readers would see something new, and only then.

Readers' pages are cached under the stamp: a desk saving drafts all day must not
empty the cache, and nothing a reader can see may stay stale.
"""

import pytest
from django.core.cache import cache

from articles import services
from articles.caching import publication_stamp
from articles.models import ClaimStatus, Rating, VerdictState
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def checking(editor):
    """A claim being checked (public), with evidence and a draft verdict."""
    claim = factories.ClaimFactory(text="Power returns tonight", researching=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor)
    return claim


def moves(change) -> bool:
    before = publication_stamp()
    change()
    return publication_stamp() != before


# --- what readers cannot see --------------------------------------------------------------


def test_saving_a_draft_verdict_leaves_the_stamp(checking, editor):
    draft = checking.verdicts.get(state=VerdictState.DRAFT)

    assert not moves(
        lambda: services.verdict_update(verdict=draft, by=editor, summary="Half the city.")
    )


def test_writing_a_new_draft_leaves_the_stamp(checking, editor):
    rating = Rating.objects.get(slug="false")

    assert not moves(
        lambda: services.verdict_draft(claim=checking, by=editor, rating=rating, headline="No")
    )


def test_adding_evidence_during_research_leaves_the_stamp(checking, editor):
    assert not moves(lambda: services.evidence_add(claim=checking, by=editor, title="Grid data"))


def test_assigning_a_claim_leaves_the_stamp(checking, editor, reviewer):
    assert not moves(lambda: services.claim_assign(claim=checking, assignee=reviewer, by=editor))


def test_a_suggested_claim_and_its_dismissal_leave_the_stamp(editor):
    suggested = []

    assert not moves(
        lambda: suggested.append(
            services.claim_create(text="Trains run late", by=editor, status=ClaimStatus.SUGGESTED)
        )
    )
    assert not moves(lambda: services.claim_dismiss(claim=suggested[0], by=editor))


def test_a_new_claimant_leaves_the_stamp_until_a_public_claim_names_them(editor):
    assert not moves(lambda: services.claimant_create(name="Port authority", by=editor))


# --- what readers see -----------------------------------------------------------------------


def test_publishing_moves_the_stamp(editor, reviewer):
    claim = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor)

    assert moves(lambda: services.claim_publish(claim=claim, by=reviewer))


def test_a_correction_moves_the_stamp(reviewer):
    claim = factories.ClaimFactory(published=True)

    assert moves(
        lambda: services.verdict_correct(
            verdict=claim.verdicts.get(), by=reviewer, note="The date was wrong."
        )
    )


def test_accepting_a_suggestion_moves_the_stamp(editor):
    claim = factories.ClaimFactory(suggested=True)

    assert moves(lambda: services.claim_accept(claim=claim, by=editor))


def test_editing_a_public_claim_moves_the_stamp(checking, editor):
    assert moves(lambda: services.claim_update(claim=checking, by=editor, text="Power is back"))


def test_editing_an_article_moves_the_stamp(editor):
    article = factories.ArticleFactory()

    assert moves(lambda: services.article_update(article=article, by=editor, title="Renamed"))


def test_editing_a_claimant_moves_the_stamp(checking, editor):
    assert moves(
        lambda: services.claimant_update(claimant=checking.claimant, by=editor, name="Mayor")
    )


def test_editing_a_tracked_figure_moves_the_stamp(editor):
    figure = factories.TrackedFigureFactory()

    assert moves(
        lambda: services.reference_update(instance=figure, by=editor, unit="people exhumed")
    )


def test_a_new_public_claim_moves_the_stamp(editor):
    assert moves(lambda: services.claim_create(text="Bridge closed", by=editor))


def test_the_stamp_comes_back_after_its_row_is_gone(editor):
    from articles.models import PublicationStamp

    PublicationStamp.objects.all().delete()
    before = publication_stamp()

    services.claim_create(text="Bridge closed", by=editor)

    assert publication_stamp() != before
    assert PublicationStamp.objects.get().changes == 1


# --- the cache under a working desk ---------------------------------------------------------


def test_readers_pages_stay_cached_while_a_draft_is_saved(
    client, checking, editor, settings, django_assert_num_queries
):
    settings.FACTCHECK_PUBLIC_CACHE_SECONDS = 600
    cache.clear()
    url = checking.get_absolute_url()
    client.get(url)
    draft = checking.verdicts.get(state=VerdictState.DRAFT)

    for n in range(3):
        services.verdict_update(verdict=draft, by=editor, headline=f"Draft {n}")
        with django_assert_num_queries(1):  # the stamp; the page comes from the cache
            assert client.get(url).status_code == 200
    cache.clear()
