import datetime
import io
import json

import pytest
from django.core.management import call_command

from articles.models import Claim, ClaimStatus
from tests import factories

SITE = "https://factcheck.example.org"
SECRETS = ("zebra", "okapi", "ibex", "quokka", "narwhal", "walrus", "@example.org")

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.FACTCHECK_SITE_URL = SITE


@pytest.fixture
def unpublished():
    """Everything that must never leave the newsroom, each with a distinctive word."""
    factories.ClaimFactory(
        suggested=True, text="Suggested zebra claim", claimant__name="Zebra claimant"
    )
    factories.ClaimFactory(dismissed=True, text="Dismissed okapi claim")
    withdrawn = factories.ClaimFactory(published=True, text="Withdrawn ibex claim")
    Claim.objects.filter(pk=withdrawn.pk).update(status=ClaimStatus.DISMISSED)
    in_review = factories.ClaimFactory(in_review=True, text="Public claim being reviewed")
    factories.VerdictFactory(
        claim=in_review, headline="Draft narwhal headline", summary="Draft narwhal summary",
        explanation="Draft narwhal explanation", author__username="quokka-author",
    )  # fmt: skip
    factories.StatusChangeFactory(claim=in_review, note="Internal walrus note")
    return in_review


def get_json(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


# --- claims -----------------------------------------------------------------------------------


def test_claims_list_shows_public_claims_with_their_current_verdict(client):
    claim = factories.ClaimFactory(published=True, text="More than 1,000 bodies were exhumed")

    data = get_json(client, "/api/claims/")

    assert data["count"] == 1
    [item] = data["results"]
    assert item["slug"] == claim.slug
    assert item["text"] == "More than 1,000 bodies were exhumed"
    assert item["status"] == "published"
    assert item["status_label"] == "Published"
    assert item["current_verdict"]["rating"]["label"] == "True"
    assert item["page_url"] == f"{SITE}/claims/{claim.slug}/"
    assert item["api_url"].endswith(f"/api/claims/{claim.slug}/")


def test_claims_being_checked_are_labelled_so(client):
    factories.ClaimFactory(researching=True)

    [item] = get_json(client, "/api/claims/")["results"]

    assert item["status_label"] == "Being checked"
    assert item["current_verdict"] is None


def test_claims_list_takes_the_trackers_filters(client):
    factories.ClaimFactory(published=True, text="Rated claim")
    false = factories.ClaimFactory(text="Claim rated false", status=ClaimStatus.PUBLISHED)
    factories.VerdictFactory(
        claim=false, published=True, rating=factories.RatingFactory(slug="false")
    )
    factories.ClaimFactory(researching=True, text="Claim being checked")

    by_rating = get_json(client, "/api/claims/", rating="false")["results"]
    by_status = get_json(client, "/api/claims/", status="being_checked")["results"]

    assert [c["text"] for c in by_rating] == ["Claim rated false"]
    assert [c["text"] for c in by_status] == ["Claim being checked"]


def test_claims_list_filters_by_claimant(client):
    claimant = factories.ClaimantFactory(slug="ministry")
    factories.ClaimFactory(claimant=claimant, text="Ministry claim")
    factories.ClaimFactory(text="Other claim")

    results = get_json(client, "/api/claims/", claimant="ministry")["results"]

    assert [c["text"] for c in results] == ["Ministry claim"]


def test_claims_list_rejects_an_unknown_rating(client):
    response = client.get("/api/claims/", {"rating": "no-such-rating"})

    assert response.status_code == 400
    assert "rating" in response.json()


def test_claim_detail_has_verdict_appearances_evidence_and_rating_history(client):
    claim = factories.ClaimFactory(published=True, figure=True)
    claim.verdicts.update(
        is_current=False, published_at=datetime.datetime(2022, 11, 1, tzinfo=datetime.UTC)
    )
    factories.VerdictFactory(
        claim=claim, published=True, rating=factories.RatingFactory(slug="mostly-true"),
        headline="Revised after new figures",
    )  # fmt: skip
    factories.CorrectionFactory(verdict=claim.verdicts.get(is_current=True), note="Fixed a date.")
    appearance = factories.AppearanceFactory(claim=claim)

    data = get_json(client, f"/api/claims/{claim.slug}/")

    assert data["current_verdict"]["headline"] == "Revised after new figures"
    assert data["current_verdict"]["corrections"][0]["note"] == "Fixed a date."
    assert [v["rating"]["slug"] for v in data["rating_history"]] == ["true", "mostly-true"]
    assert data["appearances"][0]["article"]["slug"] == appearance.article.slug
    assert data["appearances"][0]["exact"] == appearance.exact
    assert data["evidence"][0]["publisher"] == "Office of the Prosecutor General"
    assert data["figure"]["value"] == "1000.0000"
    assert data["figure"]["qualifier"] == "more_than"


def test_claim_detail_of_suggested_or_dismissed_claim_is_not_found(client):
    for trait in ("suggested", "dismissed"):
        claim = factories.ClaimFactory(**{trait: True})
        assert client.get(f"/api/claims/{claim.slug}/").status_code == 404


def test_claim_detail_never_shows_draft_verdicts_notes_or_people(client, unpublished):
    body = client.get(f"/api/claims/{unpublished.slug}/").content.decode()

    assert "Public claim being reviewed" in body
    for secret in SECRETS:
        assert secret not in body
    data = json.loads(body)
    assert data["current_verdict"] is None
    assert data["rating_history"] == []
    for field in ("version", "assignee", "status_changes", "author", "reviewer"):
        assert field not in data


def test_claim_detail_omits_who_added_evidence_and_appearances(client):
    claim = factories.ClaimFactory(published=True)
    factories.AppearanceFactory(claim=claim, added_by=factories.UserFactory(username="walrus"))

    body = client.get(f"/api/claims/{claim.slug}/").content.decode()

    assert "walrus" not in body
    assert "added_by" not in body
    assert "version" not in body


# --- verdicts ---------------------------------------------------------------------------------


def test_verdicts_list_published_verdicts_with_their_claim(client):
    claim = factories.ClaimFactory(published=True, text="Rated claim")

    [verdict] = get_json(client, "/api/verdicts/")["results"]

    assert verdict["claim"]["slug"] == claim.slug
    assert verdict["rating"]["label"] == "True"
    assert verdict["is_current"] is True
    assert "author" not in verdict
    assert "reviewer" not in verdict


def test_verdicts_filter_by_rating(client):
    factories.ClaimFactory(published=True, text="True claim")
    false = factories.ClaimFactory(status=ClaimStatus.PUBLISHED, text="False claim")
    factories.VerdictFactory(
        claim=false, published=True, rating=factories.RatingFactory(slug="false")
    )

    results = get_json(client, "/api/verdicts/", rating="false")["results"]

    assert [v["claim"]["text"] for v in results] == ["False claim"]


def test_draft_verdict_is_not_found(client, unpublished):
    draft = unpublished.verdicts.get()

    assert client.get(f"/api/verdicts/{draft.pk}/").status_code == 404


# --- articles and claimants -------------------------------------------------------------------


def test_articles_list_counts_public_claims_and_detail_has_the_body(client):
    article = factories.ArticleFactory(title="Bodies exhumed in Izium")
    factories.AppearanceFactory(article=article, claim=factories.ClaimFactory())
    factories.AppearanceFactory(article=article, claim=factories.ClaimFactory(suggested=True))

    [item] = get_json(client, "/api/articles/")["results"]
    detail = get_json(client, f"/api/articles/{article.slug}/")

    assert item["title"] == "Bodies exhumed in Izium"
    assert item["public_claim_count"] == 1
    assert "body" not in item
    assert detail["body"] == article.body


def test_claimants_list_only_those_with_public_claims(client):
    shown = factories.ClaimantFactory(name="Public claimant")
    factories.ClaimFactory(claimant=shown)
    factories.ClaimFactory(suggested=True, claimant__name="Hidden claimant")

    results = get_json(client, "/api/claimants/")["results"]

    assert [c["name"] for c in results] == ["Public claimant"]
    assert results[0]["public_claim_count"] == 1


def test_claimant_detail_by_slug(client):
    claimant = factories.ClaimantFactory(slug="general-staff", government=True)
    factories.ClaimFactory(claimant=claimant)

    data = get_json(client, "/api/claimants/general-staff/")

    assert data["kind"] == "government"
    assert data["page_url"] == f"{SITE}/claimants/general-staff/"


def test_no_endpoint_shows_unpublished_data(client, unpublished):
    for url in ("/api/claims/", "/api/verdicts/", "/api/articles/", "/api/claimants/"):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in SECRETS:
            assert secret not in body, (url, secret)
    assert "Public claim being reviewed" in client.get("/api/claims/").content.decode()


def test_api_is_read_only(client):
    claim = factories.ClaimFactory()

    assert client.post("/api/claims/", {"text": "x"}).status_code == 405
    assert client.delete(f"/api/claims/{claim.slug}/").status_code == 405


# --- query budgets ----------------------------------------------------------------------------


def _populate(n: int) -> None:
    for _ in range(n):
        claim = factories.ClaimFactory(published=True)
        claim.topics.add(factories.TopicFactory())
        factories.AppearanceFactory(claim=claim)
        factories.CorrectionFactory(verdict=claim.verdicts.get())


@pytest.mark.parametrize(
    "url", ["/api/claims/", "/api/verdicts/", "/api/articles/", "/api/claimants/"]
)
def test_list_endpoint_costs_a_constant_number_of_queries(
    client, django_assert_max_num_queries, url
):
    _populate(5)
    with django_assert_max_num_queries(10) as few:
        assert get_json(client, url)["count"] == 5
    _populate(45)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(get_json(client, url)["results"]) == 50


def test_claim_detail_costs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    claim = factories.ClaimFactory(published=True)
    factories.AppearanceFactory(claim=claim)
    with django_assert_max_num_queries(12) as few:
        get_json(client, f"/api/claims/{claim.slug}/")
    for _ in range(10):
        factories.AppearanceFactory(claim=claim)
        factories.EvidenceFactory(claim=claim)
        factories.CorrectionFactory(verdict=claim.verdicts.get())
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(get_json(client, f"/api/claims/{claim.slug}/")["appearances"]) == 11


# --- the schema -------------------------------------------------------------------------------


def test_schema_is_served(client):
    response = client.get("/api/schema/", {"format": "json"})

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/claims/" in paths
    assert "/api/claims/{slug}/" in paths


def test_schema_generates_and_validates_without_warnings():
    out = io.StringIO()

    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json",
                 stdout=out)  # fmt: skip

    assert json.loads(out.getvalue())["info"]["title"] == "Factcheck workbench API"


def test_evidence_stays_private_while_research_goes_on(client):
    claim = factories.ClaimFactory(researching=True)
    factories.EvidenceFactory(claim=claim, title="Unpublished lemur lead")

    data = get_json(client, f"/api/claims/{claim.slug}/")

    assert data["evidence"] == []
    assert "lemur" not in json.dumps(data)


def test_api_root_lists_the_endpoints(client):
    data = get_json(client, "/api/")

    assert set(data) == {"claims", "verdicts", "articles", "claimants"}
