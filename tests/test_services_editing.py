"""The edit and removal services: one write path with merging by field, the published
record's rules, and the names that must stay unique."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles import services
from articles.models import Article, Claim, ClaimStatus, Evidence, Outlet, Rating
from tests import factories

pytestmark = pytest.mark.django_db


# --- merging by field -------------------------------------------------------------------------


def test_a_stale_edit_applies_its_own_fields_and_keeps_a_colleagues(editor, reviewer):
    claim = factories.ClaimFactory(text="54 dead", figure_place="")
    opened = claim.version
    services.claim_update(claim=claim, by=reviewer, figure_place="Valencia")

    result = services.claim_update(
        claim=claim, by=editor, seen_version=opened, text="At least 54 dead", figure_place=""
    )

    claim.refresh_from_db()
    assert (claim.text, claim.figure_place) == ("At least 54 dead", "Valencia")
    assert result.changed == ["text"]
    assert result.kept_theirs == ["figure_place"]


def test_a_stale_edit_of_a_field_a_colleague_changed_is_a_conflict(editor, reviewer):
    claim = factories.ClaimFactory(text="54 dead")
    opened = claim.version
    services.claim_update(claim=claim, by=reviewer, text="55 dead")

    with pytest.raises(services.EditConflict) as raised:
        services.claim_update(claim=claim, by=editor, seen_version=opened, text="56 dead")

    (conflict,) = raised.value.conflicts
    assert (conflict.name, conflict.original, conflict.theirs, conflict.yours) == (
        "text",
        "54 dead",
        "55 dead",
        "56 dead",
    )
    assert raised.value.who == "reviewer"
    claim.refresh_from_db()
    assert claim.text == "55 dead"


@pytest.mark.parametrize(("choice", "saved"), [("mine", "56 dead"), ("theirs", "55 dead")])
def test_a_conflict_is_settled_by_the_editors_choice(editor, reviewer, choice, saved):
    claim = factories.ClaimFactory(text="54 dead")
    opened = claim.version
    services.claim_update(claim=claim, by=reviewer, text="55 dead")

    services.claim_update(
        claim=claim, by=editor, seen_version=opened, resolved={"text": choice}, text="56 dead"
    )

    claim.refresh_from_db()
    assert claim.text == saved


def test_a_dry_run_writes_nothing(editor):
    claim = factories.ClaimFactory(text="54 dead")

    result = services.claim_update(claim=claim, by=editor, text="55 dead", dry_run=True)

    claim.refresh_from_db()
    assert result.changed == ["text"]
    assert (claim.text, claim.version, claim.history.count()) == ("54 dead", 1, 1)


def test_an_edit_that_changes_nothing_writes_nothing(editor):
    claim = factories.ClaimFactory(text="54 dead")

    services.claim_update(claim=claim, by=editor, text="  54   dead ")

    claim.refresh_from_db()
    assert (claim.version, claim.history.count()) == (1, 1)


def test_an_edit_moves_the_version_credits_the_editor_and_touches_the_claim(editor):
    evidence = factories.EvidenceFactory()
    before = Claim.objects.get(pk=evidence.claim_id).last_activity_at

    services.evidence_update(evidence=evidence, by=editor, publisher="Interior Ministry")

    evidence.refresh_from_db()
    assert evidence.version == 2
    assert evidence.history.latest().history_user == editor
    assert Claim.objects.get(pk=evidence.claim_id).last_activity_at > before


def test_a_user_without_the_permission_is_refused():
    claim = factories.ClaimFactory()

    with pytest.raises(PermissionDenied):
        services.claim_update(claim=claim, by=factories.UserFactory(), text="Changed")


# --- the published record ---------------------------------------------------------------------


def test_a_published_claim_still_takes_topics_and_an_assignee(editor):
    claim = factories.ClaimFactory(published=True)
    topic = factories.TopicFactory()

    services.claim_update(claim=claim, by=editor, topics=[topic], assignee=editor)

    claim.refresh_from_db()
    assert list(claim.topics.all()) == [topic]
    assert claim.assignee == editor


@pytest.mark.parametrize(
    ("field", "value"), [("text", "Another text"), ("figure_value", 12), ("kind", "event")]
)
def test_a_published_claims_statement_and_figure_are_refused(editor, field, value):
    claim = factories.ClaimFactory(published=True)

    with pytest.raises(services.WorkflowError):
        services.claim_update(claim=claim, by=editor, **{field: value})


def test_published_evidence_takes_an_archive_url_and_records_who_added_it(editor):
    evidence = factories.EvidenceFactory(published=True)

    services.evidence_update(
        evidence=evidence, by=editor, archive_url="https://archive.example.org/x"
    )

    evidence.refresh_from_db()
    assert evidence.archive_url == "https://archive.example.org/x"
    assert evidence.history.latest().history_user == editor


@pytest.mark.parametrize(
    ("field", "value"), [("stance", "refutes"), ("url", "https://elsewhere.example.org/")]
)
def test_published_evidence_refuses_any_other_change(editor, field, value):
    evidence = factories.EvidenceFactory(published=True)

    with pytest.raises(services.WorkflowError, match="only its archive URL may change"):
        services.evidence_update(evidence=evidence, by=editor, **{field: value})


def test_published_evidence_cannot_be_removed_but_private_evidence_can(editor):
    cited = factories.EvidenceFactory(published=True)
    private = factories.EvidenceFactory()

    with pytest.raises(services.WorkflowError):
        services.evidence_delete(evidence=cited, by=editor)
    services.evidence_delete(evidence=private, by=editor)

    assert list(Evidence.objects.all()) == [cited]
    assert private.history.latest().history_type == "-"
    assert private.history.latest().history_user == editor


def test_publishing_publishes_the_claims_private_evidence(editor, reviewer):
    claim = factories.ClaimFactory(in_review=True)
    evidence = services.evidence_add(claim=claim, by=editor, title="Briefing")
    factories.VerdictFactory(claim=claim, author=editor)
    assert evidence.published_at is None

    services.claim_publish(claim=claim, by=reviewer)

    evidence.refresh_from_db()
    assert evidence.published_at == claim.current_verdict.published_at


def test_a_published_verdict_cannot_be_edited(reviewer):
    verdict = factories.VerdictFactory(published=True)

    with pytest.raises(services.WorkflowError):
        services.verdict_update(verdict=verdict, by=reviewer, headline="Another")


def test_changing_a_drafts_substance_makes_the_editor_one_of_its_authors(editor, reviewer):
    draft = factories.VerdictFactory(author=editor)
    draft.authors.add(editor)

    services.verdict_update(verdict=draft, by=reviewer, explanation="New reasoning.")

    assert set(draft.authors.all()) == {editor, reviewer}
    assert services.is_author(draft, reviewer)


def test_a_claim_with_a_published_verdict_cannot_be_deleted():
    admin = factories.UserFactory(is_superuser=True)
    claim = factories.ClaimFactory(published=True)

    with pytest.raises(services.WorkflowError, match="public record"):
        services.claim_delete(claim=claim, by=admin)


def test_an_article_that_accepted_claims_quote_cannot_be_deleted():
    admin = factories.UserFactory(is_superuser=True)
    appearance = factories.AppearanceFactory(claim=factories.ClaimFactory())

    with pytest.raises(services.WorkflowError, match="stays as their source"):
        services.article_delete(article=appearance.article, by=admin)
    assert Article.objects.filter(pk=appearance.article_id).exists()


# --- names and slugs --------------------------------------------------------------------------


def test_renaming_a_claimant_to_a_taken_name_is_refused(editor):
    factories.ClaimantFactory(name="National Police")
    claimant = factories.ClaimantFactory(name="Police")

    with pytest.raises(ValidationError, match="already a claimant"):
        services.claimant_update(claimant=claimant, by=editor, name="national police")


def test_renaming_a_claimant_keeps_its_slug(editor):
    claimant = factories.ClaimantFactory(name="Police", slug="police")

    services.claimant_update(claimant=claimant, by=editor, name="National Police")

    claimant.refresh_from_db()
    assert (claimant.name, claimant.slug) == ("National Police", "police")


def test_an_outlet_in_use_cannot_be_removed(reviewer):
    admin = factories.UserFactory(is_superuser=True)
    article = factories.ArticleFactory(outlet=factories.OutletFactory(name="Kyiv Post"))

    with pytest.raises(services.WorkflowError, match="name “Kyiv Post” as their outlet"):
        services.reference_delete(instance=article.outlet, by=admin)
    assert Outlet.objects.count() == 1


def test_a_rating_added_twice_in_another_case_is_refused(reviewer):
    with pytest.raises(ValidationError, match="already exists"):
        services.reference_create(
            model=Rating, by=reviewer, label="half true", value=55, colour="#123456"
        )


# --- what a reviewer saw ----------------------------------------------------------------------


@pytest.mark.parametrize("token", ["", "garbage", "1.x:", "1:2.3"])
def test_a_publish_token_that_is_not_one_reads_as_none(token):
    assert services.ReviewedVersion.parse(token) is None


def test_a_publish_token_round_trips():
    reviewed = services.ReviewedVersion(4, 2, frozenset({(7, 1), (8, 3)}))

    assert services.ReviewedVersion.parse(reviewed.token()) == reviewed


def test_status_of_a_claim_being_checked_is_not_public_when_the_newsroom_says_so(settings):
    settings.FACTCHECK_PUBLIC_BEING_CHECKED = False

    assert ClaimStatus.public_values() == [ClaimStatus.PUBLISHED]
    assert not ClaimStatus.RESEARCHING.is_public
