"""The API does what its OpenAPI schema says: one rule for bad query values (400 naming
the parameter), 404 in JSON, and a schema that lists every answer, nullable field and
accepted value. .ci/api-check runs Schemathesis over the whole schema; these pin the rules."""

import pytest

from articles.models import Rating
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(client):
    return client.get("/api/schema/", {"format": "json"}).json()


def parameter(schema, path, name):
    return next(p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == name)


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/verdicts/", {"is_current": "L"}, "is_current"),
        ("/api/verdicts/", {"is_current": "1"}, "is_current"),
        ("/api/verdicts/", {"claimant": "not a slug!"}, "claimant"),
        ("/api/verdicts/", {"rating": "no-such-rating"}, "rating"),
        ("/api/claims/", {"status": "dismissed"}, "status"),
        ("/api/claims/", {"kind": "gossip"}, "kind"),
        ("/api/claims/", {"said_on_after": "10/28/2022"}, "said_on_after"),
        ("/api/claims/", {"said_on_before": "2022-02-30"}, "said_on_before"),
        ("/api/claims/", {"q": "x" * 201}, "q"),
        ("/api/claims/", {"page": "0"}, "page"),
        ("/api/articles/", {"page": "last"}, "page"),
    ],
)
def test_a_bad_query_value_answers_400_naming_the_parameter(client, url, params, field):
    response = client.get(url, params)

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert all(isinstance(reason, str) for reason in response.json()[field])


def test_is_current_filters_current_and_superseded_verdicts(client):
    claim = factories.ClaimFactory(published=True)
    old = claim.verdicts.get()
    old.is_current = False
    old.save()
    new = factories.VerdictFactory(claim=claim, published=True)

    current = client.get("/api/verdicts/", {"is_current": "true"}).json()["results"]
    superseded = client.get("/api/verdicts/", {"is_current": "false"}).json()["results"]

    assert [v["id"] for v in current] == [new.pk]
    assert [v["id"] for v in superseded] == [old.pk]


def test_an_empty_filter_value_means_any(client):
    factories.ClaimFactory(text="Listed whatever the empty filters")

    response = client.get("/api/claims/", {"kind": "", "status": "", "rating": "", "page": ""})

    assert response.status_code == 200
    assert [c["text"] for c in response.json()["results"]] == ["Listed whatever the empty filters"]


def test_a_page_past_the_last_one_is_not_found(client):
    response = client.get("/api/claims/", {"page": "2"})

    assert response.status_code == 404
    assert set(response.json()) == {"detail"}


@pytest.mark.parametrize("path", ["/api/claims/no-such-claim/", "/api/verdicts/abc/", "/api/x.y/"])
def test_anything_not_found_under_the_api_answers_404_in_json(client, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"detail"}


def test_the_tracker_page_refuses_a_date_that_is_not_iso(client):
    response = client.get("/claims/", {"said_on_after": "10/28/2022"})

    assert response.status_code == 400
    assert "Said on or after: Enter a valid date." in response.text


def test_schema_documents_400_on_lists_and_404_everywhere_with_their_bodies(schema):
    for path, item in schema["paths"].items():
        responses = item["get"]["responses"]
        is_list = "{" not in path
        assert set(responses) == ({"200", "400", "404"} if is_list else {"200", "404"}), path
        if is_list:
            body = responses["400"]["content"]["application/json"]["schema"]
            assert body == {"$ref": "#/components/schemas/QueryErrors"}
    errors = schema["components"]["schemas"]["QueryErrors"]
    assert errors["additionalProperties"] == {"type": "array", "items": {"type": "string"}}
    assert schema["components"]["schemas"]["NotFound"]["required"] == ["detail"]


def test_schema_says_which_fields_may_be_null(schema):
    components = schema["components"]["schemas"]

    assert components["ArticleSummary"]["properties"]["outlet"]["nullable"] is True
    assert components["Claim"]["properties"]["claimant"]["nullable"] is True


def test_article_without_an_outlet_shows_null_as_the_schema_allows(client):
    article = factories.ArticleFactory(outlet=None)

    data = client.get(f"/api/articles/{article.slug}/").json()

    assert data["outlet"] is None


def test_schema_reads_the_rating_scale_when_it_is_built(client):
    Rating.objects.create(label="Cherry-picked", slug="cherry-picked", value=-50)

    schema = client.get("/api/schema/", {"format": "json"}).json()

    assert "cherry-picked" in parameter(schema, "/api/claims/", "rating")["schema"]["enum"]
    assert "cherry-picked" in parameter(schema, "/api/verdicts/", "rating")["schema"]["enum"]


def test_schema_lists_the_values_each_filter_accepts(schema):
    status = parameter(schema, "/api/claims/", "status")["schema"]
    assert status["enum"] == ["being_checked", "open", "researching", "in_review", "published"]
    assert parameter(schema, "/api/claims/", "claimant")["schema"]["pattern"] == "^[-a-zA-Z0-9_]+$"
    assert parameter(schema, "/api/claims/", "q")["schema"]["maxLength"] == 200
    assert parameter(schema, "/api/verdicts/", "is_current")["schema"] == {"type": "boolean"}
    assert parameter(schema, "/api/claims/", "page")["schema"] == {"type": "integer", "minimum": 1}
    every = [p for item in schema["paths"].values() for p in item["get"]["parameters"]]
    assert all(p["allowEmptyValue"] for p in every if p["in"] == "query")
