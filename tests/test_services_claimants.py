"""One claimant across articles: aliases, matching without case or diacritics, merging;
and the check-worthiness stored on suggested claims."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from articles import services
from articles.models import Claim, Claimant, ClaimantAlias, ClaimStatus
from articles.services.claimants import claimants_merge
from articles.suggest import suggest_claims
from tests.factories import ArticleFactory, ClaimantFactory, ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db


def suggest(body: str):
    article = ArticleFactory(body=body)
    services.article_suggest_claims(article=article)
    return Claim.objects.filter(appearances__article=article).order_by("appearances__start")


def test_an_acronym_in_one_article_is_the_body_named_in_full_in_another():
    (first,) = suggest("Floods killed 12 people, the Civil Protection Directorate (DGPC) said.")
    (second,) = suggest("The DGPC said 300 homes were flooded in the north of the country.")

    assert first.claimant == second.claimant
    assert first.claimant.name == "Civil Protection Directorate"
    assert set(first.claimant.aliases.values_list("name", flat=True)) == {
        "Civil Protection Directorate",
        "DGPC",
    }


def test_names_differing_in_case_or_diacritics_are_one_claimant():
    (first,) = suggest("UN rights chief Volker Türk said at least 40 civilians were killed.")
    (second,) = suggest("Volker Turk said 27 cases of sexual violence had been documented.")

    assert first.claimant == second.claimant
    assert Claimant.objects.count() == 1


def test_a_claimant_an_editor_added_is_found_by_its_name():
    added = ClaimantFactory(name="National Police", kind="office")

    (claim,) = suggest("The National Police said 14 people were arrested overnight.")

    assert claim.claimant == added


def test_the_suggestion_score_and_reasons_are_stored_on_the_claim():
    body = "Crowds cheered.\n\nIn late October, the government said 1,000 bodies were exhumed."

    (claim,) = suggest(body)

    (suggestion,) = suggest_claims(body)
    assert claim.suggestion_score == Decimal(str(suggestion.score))
    assert claim.suggestion_reasons == list(dict.fromkeys(r.kind for r in suggestion.reasons))
    assert {"figure", "attribution", "date"} <= set(claim.suggestion_reasons)


def test_a_claim_an_editor_adds_has_no_score():
    assert ClaimFactory().suggestion_score is None


# --- merging --------------------------------------------------------------------------------


@pytest.fixture
def two(db):
    keep = ClaimantFactory(name="Civil Protection Directorate", kind="office")
    merge = ClaimantFactory(name="Directorate of Civil Protection", kind="office")
    ClaimantAlias.objects.create(claimant=merge, name="DGPC", key="dgpc")
    return keep, merge, [ClaimFactory(claimant=merge) for _ in range(2)]


def test_merging_moves_the_claims_and_the_names_and_removes_the_other(two, editor):
    keep, merge, claims = two

    kept = claimants_merge(keep=keep, merge=merge, by=editor)

    assert kept == keep
    assert not Claimant.objects.filter(pk=merge.pk).exists()
    assert set(Claim.objects.filter(claimant=keep)) == set(claims)
    assert {"Directorate of Civil Protection", "DGPC"} <= set(
        keep.aliases.values_list("name", flat=True)
    )


def test_each_moved_claim_gets_a_history_row_crediting_the_editor(two, editor):
    keep, merge, claims = two

    claimants_merge(keep=keep, merge=merge, by=editor)

    for claim in claims:
        newest = claim.history.first()
        assert newest.claimant_id == keep.pk
        assert newest.history_user == editor


def test_a_later_suggestion_naming_the_merged_claimant_goes_to_the_kept_one(two, editor):
    keep, merge, _claims = two
    claimants_merge(keep=keep, merge=merge, by=editor)

    (claim,) = suggest("The DGPC said 300 homes were flooded in the north of the country.")

    assert claim.claimant == keep


def test_merging_needs_the_permission_to_change_claimants(two):
    keep, merge, _claims = two

    with pytest.raises(PermissionDenied):
        claimants_merge(keep=keep, merge=merge, by=UserFactory())


def test_a_claimant_is_not_merged_into_itself(two, editor):
    keep, _merge, _claims = two

    with pytest.raises(ValidationError):
        claimants_merge(keep=keep, merge=keep, by=editor)


# --- the admin ------------------------------------------------------------------------------


def test_editors_merge_claimants_from_the_list(editor_client, two):
    keep, merge, _claims = two
    for _ in range(3):
        ClaimFactory(claimant=keep)

    response = editor_client.post(
        "/admin/articles/claimant/",
        {"action": "merge_claimants", "_selected_action": [keep.pk, merge.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "into “Civil Protection Directorate”" in response.content.decode()
    assert list(Claimant.objects.all()) == [keep]
    assert Claim.objects.filter(claimant=keep).count() == 5


def test_suggested_claims_sort_and_filter_by_check_worthiness(editor_client):
    low = ClaimFactory(status=ClaimStatus.SUGGESTED, suggestion_score=Decimal("0.45"))
    high = ClaimFactory(status=ClaimStatus.SUGGESTED, suggestion_score=Decimal("0.95"))

    listed = editor_client.get("/admin/articles/claim/?status__exact=suggested&o=8")
    high_only = editor_client.get("/admin/articles/claim/?worthiness=high")

    assert "check-worthiness" in listed.content.decode()
    assert list(listed.context["cl"].result_list) == [high, low]
    assert list(high_only.context["cl"].result_list) == [high]


def test_the_check_worthiness_column_shows_only_on_suggestions(editor_client):
    ClaimFactory(status=ClaimStatus.SUGGESTED, suggestion_score=Decimal("0.45"))

    everything = editor_client.get("/admin/articles/claim/")

    assert "check_worthiness" not in everything.context["cl"].list_display
