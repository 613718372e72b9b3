import datetime
import json

import extruct
import pytest
from django.utils import timezone

from articles.models import Claim, ClaimStatus
from articles.structured_data import (
    RatingScale,
    claim_review,
    claimreview_queryset,
    json_ld_script,
)
from tests import factories

SITE = "https://factcheck.example.org"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(settings):
    settings.FACTCHECK_SITE_URL = SITE
    settings.FACTCHECK_ORGANISATION = {
        "name": "Example Factcheck",
        "url": "https://factcheck.example.org/about/",
        "logo": "https://factcheck.example.org/static/logo.png",
    }


def review_of(claim) -> dict | None:
    loaded = claimreview_queryset(Claim.objects.filter(pk=claim.pk)).first() or claim
    return claim_review(loaded, scale=RatingScale.current())


def published_claim(**kwargs):
    return factories.ClaimFactory(published=True, **kwargs)


# --- the ClaimReview itself -------------------------------------------------------------------


def test_claim_review_names_the_claim_and_the_page():
    claim = published_claim(text="More than 1,000 civilian bodies were exhumed")

    review = review_of(claim)

    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "More than 1,000 civilian bodies were exhumed"
    assert review["url"] == f"{SITE}/claims/{claim.slug}/"


def test_claim_review_rating_uses_the_scale_bounds_and_label():
    claim = published_claim()

    rating = review_of(claim)["reviewRating"]

    # The seeded scale runs from Unverifiable (0) to True (6).
    assert rating == {
        "@type": "Rating",
        "ratingValue": 6,
        "bestRating": 6,
        "worstRating": 0,
        "alternateName": "True",
    }


def test_claim_review_author_is_the_publishing_organisation():
    claim = published_claim()

    author = review_of(claim)["author"]

    assert author == {
        "@type": "Organization",
        "name": "Example Factcheck",
        "url": "https://factcheck.example.org/about/",
        "logo": {"@type": "ImageObject", "url": "https://factcheck.example.org/static/logo.png"},
    }


def test_claim_review_date_published_is_the_verdicts_publication_date():
    claim = published_claim(said_on=datetime.date(2022, 10, 28))
    published_at = datetime.datetime(2022, 11, 15, 9, 30, tzinfo=datetime.UTC)
    claim.verdicts.update(published_at=published_at)

    review = review_of(claim)

    assert review["datePublished"] == "2022-11-15"
    assert review["itemReviewed"]["datePublished"] == "2022-10-28"


def test_claimant_person_is_a_person_with_job_title():
    claimant = factories.ClaimantFactory(
        name="Volodymyr Zelensky",
        description="President of Ukraine",
        url="https://www.president.gov.ua/",
    )
    claim = published_claim(claimant=claimant)

    author = review_of(claim)["itemReviewed"]["author"]

    assert author == {
        "@type": "Person",
        "name": "Volodymyr Zelensky",
        "url": "https://www.president.gov.ua/",
        "jobTitle": "President of Ukraine",
    }


def test_claimant_government_is_an_organization_with_description():
    claimant = factories.ClaimantFactory(
        government=True, name="Ministry of Defence", description="Ukraine's defence ministry"
    )
    claim = published_claim(claimant=claimant)

    author = review_of(claim)["itemReviewed"]["author"]

    assert author == {
        "@type": "Organization",
        "name": "Ministry of Defence",
        "description": "Ukraine's defence ministry",
    }


def test_claim_without_claimant_has_no_item_author():
    claim = published_claim(claimant=None)

    assert "author" not in review_of(claim)["itemReviewed"]


def test_item_reviewed_date_falls_back_to_the_earliest_appearance():
    claim = published_claim(said_on=None)
    factories.AppearanceFactory(
        claim=claim, article=factories.ArticleFactory(published_on=datetime.date(2022, 9, 3))
    )
    factories.AppearanceFactory(
        claim=claim, article=factories.ArticleFactory(published_on=datetime.date(2022, 9, 1))
    )

    assert review_of(claim)["itemReviewed"]["datePublished"] == "2022-09-01"


def test_appearances_list_every_article_earliest_first():
    claim = published_claim()
    later = factories.ArticleFactory(
        title="Bodies exhumed in Izium", published_on=datetime.date(2022, 11, 12)
    )
    earlier = factories.ArticleFactory(
        title="First reports from Izium", published_on=datetime.date(2022, 10, 28)
    )
    factories.AppearanceFactory(claim=claim, article=later)
    factories.AppearanceFactory(claim=claim, article=earlier)

    item = review_of(claim)["itemReviewed"]

    assert [a["headline"] for a in item["appearance"]] == [
        "First reports from Izium",
        "Bodies exhumed in Izium",
    ]
    assert item["firstAppearance"]["headline"] == "First reports from Izium"


def test_appearance_is_a_news_article_with_its_original_url_and_publisher():
    outlet = factories.OutletFactory(name="Kyiv Independent", url="https://kyivindependent.com/")
    article = factories.ArticleFactory(
        outlet=outlet,
        url="https://kyivindependent.com/izium",
        title="Bodies exhumed in Izium",
        published_on=datetime.date(2022, 9, 16),
    )
    claim = published_claim()
    factories.AppearanceFactory(claim=claim, article=article)

    appearance = review_of(claim)["itemReviewed"]["appearance"][0]

    assert appearance == {
        "@type": "NewsArticle",
        "url": "https://kyivindependent.com/izium",
        "headline": "Bodies exhumed in Izium",
        "datePublished": "2022-09-16",
        "publisher": {
            "@type": "Organization",
            "name": "Kyiv Independent",
            "url": "https://kyivindependent.com/",
        },
    }


def test_appearance_without_original_url_points_to_our_article_page():
    article = factories.ArticleFactory(url="", outlet=None, slug="pasted-statement")
    claim = published_claim()
    factories.AppearanceFactory(claim=claim, article=article)

    appearance = review_of(claim)["itemReviewed"]["appearance"][0]

    assert appearance["url"] == f"{SITE}/articles/pasted-statement/"
    assert "publisher" not in appearance


def test_claim_quoted_twice_in_one_article_lists_the_article_once():
    article = factories.ArticleFactory()
    claim = published_claim()
    factories.AppearanceFactory(claim=claim, article=article)
    second_start = article.body.index("The prosecutor")
    factories.AppearanceFactory(
        claim=claim, article=article, start=second_start, end=len(article.body)
    )

    assert len(review_of(claim)["itemReviewed"]["appearance"]) == 1


# --- which claims carry one -------------------------------------------------------------------


def test_claim_without_verdict_has_no_claim_review():
    claim = factories.ClaimFactory(researching=True)

    assert review_of(claim) is None


def test_claim_with_only_a_draft_verdict_has_no_claim_review():
    claim = factories.ClaimFactory(in_review=True)
    factories.VerdictFactory(claim=claim)

    assert review_of(claim) is None


def test_reopened_claim_keeps_its_current_published_verdict(reviewer):
    from articles.services import claim_reopen

    claim = published_claim()
    claim_reopen(claim=claim, by=reviewer, note="New figures from the prosecutor")

    review = review_of(claim)

    assert claim.status == ClaimStatus.RESEARCHING
    assert review["reviewRating"]["alternateName"] == "True"


def test_re_rated_claim_carries_only_the_newest_verdict():
    claim = published_claim()
    claim.verdicts.update(is_current=False)
    factories.VerdictFactory(
        claim=claim,
        published=True,
        rating=factories.RatingFactory(slug="false"),
        published_at=timezone.now(),
    )

    assert review_of(claim)["reviewRating"]["alternateName"] == "False"


def test_dismissed_claim_has_no_claim_review_even_with_a_published_verdict():
    claim = published_claim()
    Claim.objects.filter(pk=claim.pk).update(status=ClaimStatus.DISMISSED)
    claim.refresh_from_db()

    assert review_of(claim) is None


def test_building_reviews_costs_the_same_queries_for_many_claims(django_assert_max_num_queries):
    def build_all() -> int:
        scale = RatingScale.current()
        return sum(1 for claim in claimreview_queryset() if claim_review(claim, scale=scale))

    for _ in range(3):
        factories.AppearanceFactory(claim=published_claim())
    with django_assert_max_num_queries(4) as few:
        assert build_all() == 3
    for _ in range(20):
        factories.AppearanceFactory(claim=published_claim())
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert build_all() == 23


# --- the script element -----------------------------------------------------------------------


def test_json_ld_script_cannot_be_closed_by_the_data():
    html = json_ld_script({"claimReviewed": "</script><script>alert(1)</script> & more"})

    assert html.startswith('<script type="application/ld+json">')
    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E" in html
    payload = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(payload)["claimReviewed"] == "</script><script>alert(1)</script> & more"


# --- on the verdict page ----------------------------------------------------------------------


def page_json_ld(client, claim) -> list[dict]:
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    data = extruct.extract(response.text, base_url=SITE, syntaxes=["json-ld"])
    return data["json-ld"]


def test_verdict_page_carries_the_claim_review(client):
    claimant = factories.ClaimantFactory(name="Oleh Syniehubov", description="Governor")
    claim = published_claim(claimant=claimant, text="More than 1,000 bodies were exhumed")
    article = factories.ArticleFactory(title="Bodies exhumed in Izium")
    factories.AppearanceFactory(claim=claim, article=article)

    [review] = page_json_ld(client, claim)

    assert review == review_of(claim)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "More than 1,000 bodies were exhumed"
    assert review["reviewRating"]["@type"] == "Rating"
    assert review["author"]["@type"] == "Organization"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["author"]["@type"] == "Person"
    assert review["itemReviewed"]["firstAppearance"]["headline"] == "Bodies exhumed in Izium"


def test_verdict_page_url_matches_its_canonical_link(client):
    claim = published_claim()

    response = client.get(claim.get_absolute_url())

    [review] = extruct.extract(response.text, base_url=SITE, syntaxes=["json-ld"])["json-ld"]
    assert f'<link rel="canonical" href="{review["url"]}">' in response.text


def test_page_of_claim_being_checked_carries_no_claim_review(client):
    claim = factories.ClaimFactory(researching=True)

    assert page_json_ld(client, claim) == []


def test_page_of_claim_with_only_a_draft_verdict_carries_no_claim_review(client):
    claim = factories.ClaimFactory(in_review=True)
    factories.VerdictFactory(claim=claim, headline="Draft narwhal headline")

    assert page_json_ld(client, claim) == []


def test_page_of_reopened_claim_still_carries_its_claim_review(client, reviewer):
    from articles.services import claim_reopen

    claim = published_claim()
    claim_reopen(claim=claim, by=reviewer)

    [review] = page_json_ld(client, claim)
    assert review["reviewRating"]["alternateName"] == "True"


def test_json_ld_on_the_page_survives_hostile_claim_text(client):
    claim = published_claim(text="Officials said </script><script>alert(1)</script> & more")

    [review] = page_json_ld(client, claim)

    assert review["claimReviewed"] == "Officials said </script><script>alert(1)</script> & more"
