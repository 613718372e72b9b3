"""Home, article, claimant and error pages, as a reader sees them."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.template.loader import get_template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Rating, VerdictState
from tests import factories

pytestmark = pytest.mark.django_db


def span_of(article, text):
    start = article.body.index(text)
    return {"start": start, "end": start + len(text), "exact": text}


def appear(claim, article, text):
    return factories.AppearanceFactory(claim=claim, article=article, **span_of(article, text))


# --- home ---------------------------------------------------------------------------------


def test_home_counts_public_claims_by_public_status(client):
    factories.ClaimFactory()
    factories.ClaimFactory(researching=True)
    factories.ClaimFactory(in_review=True)
    factories.ClaimFactory(published=True)
    factories.ClaimFactory(suggested=True)
    factories.ClaimFactory(dismissed=True)

    response = client.get(reverse("articles:home"))

    assert response.status_code == 200
    assert response.context["status_counts"] == {"being_checked": 3, "published": 1}
    assert "<strong>3</strong> being checked" in response.text


def test_home_lists_the_latest_verdicts_newest_first(client):
    older = factories.ClaimFactory(text="An older verdict's claim", published=True)
    newer = factories.ClaimFactory(text="A newer verdict's claim", published=True)
    older.verdicts.update(published_at=timezone.now() - datetime.timedelta(days=3))

    text = client.get(reverse("articles:home")).text

    assert text.index(newer.text.replace("'", "&#x27;")) < text.index(
        older.text.replace("'", "&#x27;")
    )


def test_home_counts_current_verdicts_by_rating_in_scale_order(client):
    factories.ClaimFactory(published=True)
    claim = factories.ClaimFactory(in_review=True)
    factories.VerdictFactory(
        claim=claim, rating=Rating.objects.get(slug="false"), state=VerdictState.PUBLISHED,
        is_current=True, published_at=timezone.now(), reviewer=factories.UserFactory(),
    )  # fmt: skip

    counts = client.get(reverse("articles:home")).context["rating_counts"]

    assert [(r.slug, r.claim_count) for r in counts] == [("true", 1), ("false", 1)]


def test_home_never_mentions_suggested_or_dismissed_claims(client):
    factories.ClaimFactory(text="A suggested claim", suggested=True)
    factories.ClaimFactory(text="A dismissed claim", dismissed=True)

    text = client.get(reverse("articles:home")).text

    assert "A suggested claim" not in text
    assert "A dismissed claim" not in text


def test_every_page_links_the_stylesheet_and_has_no_inline_style_or_script(client):
    factories.ClaimFactory(published=True)

    text = client.get(reverse("articles:home")).text

    assert 'rel="stylesheet" href="/static/css/site.css"' in text
    assert "style=" not in text
    assert "<style" not in text
    assert "<script" not in text


# --- articles -----------------------------------------------------------------------------


def test_article_list_counts_only_public_claims(client):
    article = factories.ArticleFactory(title="Bodies exhumed in liberated areas")
    appear(factories.ClaimFactory(), article, "Officials said")
    appear(factories.ClaimFactory(published=True), article, "Residents celebrated")
    appear(factories.ClaimFactory(suggested=True), article, "civilian bodies")

    response = client.get(reverse("articles:article-list"))

    assert response.status_code == 200
    assert "Bodies exhumed in liberated areas" in response.text
    assert "2 claims tracked" in response.text


def test_article_page_marks_public_claims_in_the_text_with_their_rating(client):
    article = factories.ArticleFactory()
    published = factories.ClaimFactory(published=True)
    appearance = appear(published, article, "Residents celebrated in the streets.")

    text = client.get(article.get_absolute_url()).text

    assert f'<mark class="claim-mark rating-true" id="appearance-{appearance.pk}">' in text
    assert f'<a href="{published.get_absolute_url()}"' in text
    assert (
        f'<a class="mark-label badge rating-true" href="{published.get_absolute_url()}">True</a>'
        in text
    )


def test_article_page_labels_a_claim_without_verdict_as_being_checked(client):
    article = factories.ArticleFactory()
    appear(factories.ClaimFactory(), article, "Residents celebrated")

    text = client.get(article.get_absolute_url()).text

    assert 'class="claim-mark status-being-checked"' in text
    assert ">Being checked</a>" in text


def test_article_page_keeps_its_marked_text_until_a_verdict_is_published(
    client, settings, editor, reviewer
):
    settings.FACTCHECK_COUNTS_CACHE_SECONDS = 600
    cache.clear()
    article = factories.ArticleFactory()
    claim = factories.ClaimFactory(in_review=True)
    appear(claim, article, "Residents celebrated in the streets.")
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor)
    assert ">Being checked</a>" in client.get(article.get_absolute_url()).text

    # Marked once: the next reader's request reads no appearance, claim or verdict.
    with CaptureQueriesContext(connection) as queries:
        client.get(article.get_absolute_url())
    assert not [q for q in queries if "articles_appearance" in q["sql"]]

    services.claim_publish(claim=claim, by=reviewer)

    text = client.get(article.get_absolute_url()).text
    assert ">Being checked</a>" not in text
    assert f'href="{claim.get_absolute_url()}">True</a>' in text
    cache.clear()


def test_article_page_does_not_mark_hidden_or_orphaned_appearances(client):
    article = factories.ArticleFactory()
    suggested = appear(factories.ClaimFactory(suggested=True), article, "Officials said")
    dismissed = appear(factories.ClaimFactory(dismissed=True), article, "Residents")
    orphaned = factories.AppearanceFactory(article=article, orphaned=True)

    text = client.get(article.get_absolute_url()).text

    for hidden in (suggested, dismissed, orphaned):
        assert f"appearance-{hidden.pk}" not in text
    assert "<mark" not in text
    assert "No claims from this article are tracked yet." in text


def test_article_page_keeps_overlapping_marks_well_formed(client):
    article = factories.ArticleFactory()
    outer = appear(factories.ClaimFactory(), article, "more than 1,000 civilian bodies had been")
    inner = appear(factories.ClaimFactory(published=True), article, "1,000 civilian bodies")

    text = client.get(article.get_absolute_url()).text

    assert f'id="appearance-{outer.pk}"' in text
    assert f'id="appearance-{inner.pk}"' in text
    assert "claim-mark--overlap" in text
    assert text.count("<mark") == text.count("</mark>")


def test_article_page_escapes_the_body(client):
    article = factories.ArticleFactory(body="He wrote <b>bold</b> & left.\n\nSecond.")

    text = client.get(article.get_absolute_url()).text

    assert "He wrote &lt;b&gt;bold&lt;/b&gt; &amp; left." in text
    assert "<p>Second.</p>" in text


def test_unknown_article_is_not_found(client):
    assert client.get("/articles/no-such-article/").status_code == 404


# --- claimants ----------------------------------------------------------------------------


def test_claimant_list_shows_only_claimants_with_public_claims(client):
    factories.ClaimFactory(claimant=factories.ClaimantFactory(name="Visible Governor"))
    factories.ClaimFactory(
        claimant=factories.ClaimantFactory(name="Only Suggested"), suggested=True
    )

    text = client.get(reverse("articles:claimant-list")).text

    assert "Visible Governor" in text
    assert "Only Suggested" not in text


def test_claimant_page_lists_public_claims_and_counts_by_rating(client):
    claimant = factories.ClaimantFactory(name="Ministry of Defence")
    factories.ClaimFactory(claimant=claimant, text="A published claim", published=True)
    factories.ClaimFactory(claimant=claimant, text="A claim being checked")
    factories.ClaimFactory(claimant=claimant, text="A suggested claim", suggested=True)

    response = client.get(claimant.get_absolute_url())

    assert response.status_code == 200
    assert "A published claim" in response.text
    assert "A claim being checked" in response.text
    assert "A suggested claim" not in response.text
    assert response.context["status_counts"] == {"being_checked": 1, "published": 1}
    assert [(r.slug, r.claim_count) for r in response.context["rating_counts"]] == [("true", 1)]
    assert f"?claimant={claimant.slug}&amp;rating=true" in response.text


def test_claimant_with_only_hidden_claims_is_not_found(client):
    claimant = factories.ClaimantFactory()
    factories.ClaimFactory(claimant=claimant, dismissed=True)

    assert client.get(claimant.get_absolute_url()).status_code == 404


# --- errors -------------------------------------------------------------------------------


def test_unknown_page_answers_with_the_site_404_page(client):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assert "Page not found" in response.text
    assert 'href="/claims/"' in response.text


def test_500_page_renders_without_a_request_or_the_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = get_template("500.html").render()

    assert "Something went wrong" in html
    assert "/static/css/site.css" in html


def test_403_page_uses_the_site_layout():
    html = get_template("403.html").render()

    assert "Access denied" in html
    assert 'class="site-header"' in html
