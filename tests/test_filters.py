"""ClaimFilter: each filter narrows the public claims; bad values are reported, not raised."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.filters import ClaimFilter, public_claimant
from articles.models import Claim, Rating, VerdictState
from tests import factories

pytestmark = pytest.mark.django_db


def filtered(**params) -> list[str]:
    """The slugs the tracker lists for these query parameters, in order."""
    claims = ClaimFilter(params, queryset=Claim.objects.public().for_listing())
    assert claims.is_valid(), claims.errors
    return [claim.slug for claim in claims.qs]


def claim(slug, **fields):
    return factories.ClaimFactory(slug=slug, **fields)


def rate(claim_obj, slug, *, current=True):
    return factories.VerdictFactory(
        claim=claim_obj,
        rating=Rating.objects.get(slug=slug),
        state=VerdictState.PUBLISHED,
        is_current=current,
        published_at=timezone.now(),
        reviewer=factories.UserFactory(),
    )


def test_no_filters_lists_every_public_claim_newest_first():
    claim("old", said_on=datetime.date(2022, 1, 1))
    claim("new", said_on=datetime.date(2022, 6, 1))
    claim("undated", said_on=None)
    claim("hidden", suggested=True)

    assert filtered() == ["new", "old", "undated"]


def test_oldest_first_order():
    claim("old", said_on=datetime.date(2022, 1, 1))
    claim("new", said_on=datetime.date(2022, 6, 1))

    assert filtered(order="oldest") == ["old", "new"]


def test_rating_filter_uses_the_current_verdict_only():
    now_true = claim("now-true", in_review=True)
    rate(now_true, "false", current=False)
    rate(now_true, "true")
    now_false = claim("now-false", in_review=True)
    rate(now_false, "false")
    claim("unrated")

    assert filtered(rating="true") == ["now-true"]
    assert filtered(rating="false") == ["now-false"]


def test_rating_filter_ignores_draft_verdicts():
    drafted = claim("drafted", in_review=True)
    factories.VerdictFactory(claim=drafted, rating=Rating.objects.get(slug="true"))

    assert filtered(rating="true") == []


def test_status_filter_groups_open_researching_and_in_review_as_being_checked():
    claim("open")
    claim("researching", researching=True)
    claim("in-review", in_review=True)
    claim("published", published=True)

    assert sorted(filtered(status="being_checked")) == ["in-review", "open", "researching"]
    assert filtered(status="published") == ["published"]
    assert filtered(status="researching") == ["researching"]


def test_status_filter_refuses_hidden_statuses():
    claim("suggested", suggested=True)

    claims = ClaimFilter({"status": "suggested"}, queryset=Claim.objects.public())

    assert not claims.is_valid()
    assert "status" in claims.errors


def test_kind_filter():
    claim("figure", kind="casualty_figure")
    claim("quote", kind="quote")

    assert filtered(kind="quote") == ["quote"]


def test_claimant_filter_by_slug():
    governor = factories.ClaimantFactory(slug="governor")
    claim("by-governor", claimant=governor)
    claim("by-someone-else")

    assert filtered(claimant="governor") == ["by-governor"]


def test_article_filter_lists_each_claim_once_however_often_it_appears():
    article = factories.ArticleFactory(slug="izium")
    twice = claim("twice")
    factories.AppearanceFactory(claim=twice, article=article)
    factories.AppearanceFactory(
        claim=twice, article=article, start=0, end=9, exact=article.body[0:9]
    )
    factories.AppearanceFactory(claim=claim("elsewhere"))

    assert filtered(article="izium") == ["twice"]


def test_date_range_filter_is_inclusive():
    claim("before", said_on=datetime.date(2022, 9, 30))
    claim("first-day", said_on=datetime.date(2022, 10, 1))
    claim("last-day", said_on=datetime.date(2022, 10, 31))
    claim("after", said_on=datetime.date(2022, 11, 1))

    in_october = filtered(said_on_after="2022-10-01", said_on_before="2022-10-31")

    assert sorted(in_october) == ["first-day", "last-day"]
    assert filtered(said_on_after="2022-11-01") == ["after"]


def test_text_search_matches_claim_text_and_claimant_name():
    claim("graves", text="450 graves were found at a single site")
    ministry = factories.ClaimantFactory(name="Ministry of Defence")
    claim("by-ministry", text="The army advanced", claimant=ministry)
    claim("other", text="Residents celebrated")

    assert filtered(q="graves") == ["graves"]
    assert filtered(q="Ministry") == ["by-ministry"]


def test_filters_combine():
    governor = factories.ClaimantFactory(slug="governor")
    match = claim("match", claimant=governor, kind="statistic", in_review=True)
    rate(match, "misleading")
    other_kind = claim("other-kind", claimant=governor, kind="event", in_review=True)
    rate(other_kind, "misleading")
    other_rating = claim("other-rating", claimant=governor, kind="statistic", in_review=True)
    rate(other_rating, "true")

    assert filtered(claimant="governor", kind="statistic", rating="misleading") == ["match"]


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("rating", "no-such-rating"),
        ("kind", "gossip"),
        ("said_on_after", "last tuesday"),
        ("claimant", "not a slug!"),
        ("order", "random"),
    ],
)
def test_bad_values_are_form_errors(param, value):
    claims = ClaimFilter({param: value}, queryset=Claim.objects.public())

    assert not claims.is_valid()
    assert claims.errors


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL only"
)
def test_postgres_search_stems_words():
    claim("exhumed", text="More than 1,000 bodies were exhumed")
    claim("other", text="Residents celebrated")

    assert filtered(q="exhumation OR exhume") == ["exhumed"]
    assert filtered(q="bodies -residents") == ["exhumed"]


# --- nothing about claimants readers may not know of -----------------------------------------


def tracker_page(client, slug: str) -> str:
    response = client.get(reverse("articles:claim-list"), {"claimant": slug})
    assert response.status_code == 200
    # The page repeats the slug it was given in its links; nothing else may differ.
    return response.text.replace(slug, "SLUG")


@pytest.mark.parametrize("trait", ["suggested", "dismissed"])
def test_filtering_by_a_claimant_without_public_claims_reveals_nothing(client, trait):
    hidden = factories.ClaimantFactory(name="Unannounced Source", slug="unannounced-source")
    claim("kept-back", claimant=hidden, **{trait: True})

    page = tracker_page(client, "unannounced-source")

    assert "Unannounced Source" not in page
    assert page == tracker_page(client, "no-such-claimant")


def test_a_claimant_with_a_public_claim_is_named(client):
    known = factories.ClaimantFactory(name="Regional Governor", slug="regional-governor")
    claim("said-it", claimant=known)
    claim("kept-back", claimant=known, suggested=True)

    assert public_claimant("regional-governor") == known
    assert "<strong>Regional Governor</strong>" in tracker_page(client, "regional-governor")
