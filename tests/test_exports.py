import csv
import datetime
import io
import json

import pytest

from articles.exports import COLUMNS
from articles.models import ClaimStatus
from tests import factories

SITE = "https://factcheck.example.org"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.FACTCHECK_SITE_URL = SITE


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def json_rows(response) -> list[dict]:
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


def test_csv_export_is_a_download_with_a_header_row(client):
    response = client.get("/claims/export.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="claims-')
    text = b"".join(response.streaming_content).decode()
    assert text.splitlines()[0].split(",") == COLUMNS


def test_csv_export_row_of_a_published_figure_claim(client):
    figure = factories.TrackedFigureFactory(name="Civilian bodies exhumed in Izium")
    claimant = factories.ClaimantFactory(name="Oleh Syniehubov", slug="oleh-syniehubov")
    claim = factories.ClaimFactory(
        published=True, figure=True, claimant=claimant, tracked_figure=figure,
        text="More than 1,000 civilian bodies were exhumed", figure_place="Kharkiv region",
        verdict__headline="The count matches the prosecutor's",
    )  # fmt: skip
    claim.verdicts.update(published_at=datetime.datetime(2022, 11, 15, 9, 0, tzinfo=datetime.UTC))

    [row] = csv_rows(client.get("/claims/export.csv"))

    assert row == {
        "slug": claim.slug,
        "url": f"{SITE}/claims/{claim.slug}/",
        "text": "More than 1,000 civilian bodies were exhumed",
        "claimant": "Oleh Syniehubov",
        "claimant_kind": "Person",
        "kind": "Casualty figure",
        "status": "Published",
        "rating": "True",
        "rating_value": "6",
        "verdict_headline": "The count matches the prosecutor's",
        "verdict_published_on": "2022-11-15",
        "said_on": "2022-10-28",
        "figure_value": "1000",
        "figure_low": "",
        "figure_high": "",
        "figure_qualifier": "more than",
        "figure_unit": "civilian bodies",
        "figure_place": "Kharkiv region",
        "figure_as_of": "2022-10-28",
        "figure_period_start": "",
        "tracked_figure": "Civilian bodies exhumed in Izium",
    }


def test_claim_being_checked_is_exported_with_its_public_label(client):
    factories.ClaimFactory(status=ClaimStatus.IN_REVIEW)

    [row] = csv_rows(client.get("/claims/export.csv"))

    assert row["status"] == "Being checked"
    assert row["rating"] == ""


def test_exports_honour_the_trackers_filters(client):
    claimant = factories.ClaimantFactory(slug="general-staff")
    factories.ClaimFactory(published=True, claimant=claimant, text="General staff claim")
    factories.ClaimFactory(published=True, text="Someone else's claim")
    factories.ClaimFactory(claimant=claimant, text="General staff claim being checked")
    params = {"claimant": "general-staff", "status": "published"}

    csv_texts = [r["text"] for r in csv_rows(client.get("/claims/export.csv", params))]
    json_texts = [r["text"] for r in json_rows(client.get("/claims/export.json", params))]

    assert csv_texts == json_texts == ["General staff claim"]


def test_exports_follow_the_trackers_order(client):
    factories.ClaimFactory(text="Said later", said_on=datetime.date(2022, 11, 1))
    factories.ClaimFactory(text="Said earlier", said_on=datetime.date(2022, 10, 1))

    newest = [r["text"] for r in json_rows(client.get("/claims/export.json"))]
    oldest = [r["text"] for r in json_rows(client.get("/claims/export.json", {"order": "oldest"}))]

    assert newest == ["Said later", "Said earlier"]
    assert oldest == ["Said earlier", "Said later"]


def test_json_export_uses_plain_json_types(client):
    factories.ClaimFactory(published=True, figure=True, figure_low=900, figure_high=1200)

    [row] = json_rows(client.get("/claims/export.json"))

    assert row["figure_value"] == 1000
    assert row["figure_low"] == 900
    assert row["figure_high"] == 1200
    assert row["rating_value"] == 6
    assert row["figure_period_start"] is None


def test_exports_never_include_unpublished_claims_or_drafts(client):
    factories.ClaimFactory(suggested=True, text="Suggested zebra claim")
    factories.ClaimFactory(dismissed=True, text="Dismissed okapi claim")
    in_review = factories.ClaimFactory(in_review=True, text="Public claim in review")
    factories.VerdictFactory(claim=in_review, headline="Draft narwhal headline")

    for url in ("/claims/export.csv", "/claims/export.json"):
        body = b"".join(client.get(url).streaming_content).decode()
        assert "Public claim in review" in body
        for secret in ("zebra", "okapi", "narwhal"):
            assert secret not in body


def test_csv_export_defuses_spreadsheet_formulas(client):
    factories.ClaimFactory(text='=HYPERLINK("https://evil.example")')

    [row] = csv_rows(client.get("/claims/export.csv"))

    assert row["text"] == '\'=HYPERLINK("https://evil.example")'


def test_csv_export_costs_the_same_queries_for_many_claims(client, django_assert_max_num_queries):
    for _ in range(5):
        factories.ClaimFactory(published=True, tracked_figure=factories.TrackedFigureFactory())
    with django_assert_max_num_queries(5) as few:
        assert len(csv_rows(client.get("/claims/export.csv"))) == 5
    for _ in range(50):
        factories.ClaimFactory(published=True, tracked_figure=factories.TrackedFigureFactory())
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(csv_rows(client.get("/claims/export.csv"))) == 55


def test_export_with_an_invalid_filter_is_refused_like_the_tracker(client):
    for url in ("/claims/export.csv", "/claims/export.json"):
        response = client.get(url, {"rating": "no-such-rating"})

        assert response.status_code == 400
        assert list(response.json()) == ["rating"]
