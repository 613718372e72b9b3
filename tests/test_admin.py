"""The editors' admin: every page renders for each role, anonymous users log in first,
changelists cost a constant number of queries, and the claim list searches and filters."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import models
from tests import factories
from tests.admin_forms import admin_url

# Database access comes through fixtures requested by name; the mark keeps these
# tests with the other database tests, before any transactional test empties the tables.
pytestmark = pytest.mark.django_db

ARTICLES_MODELS = [
    models.Outlet,
    models.Article,
    models.Claimant,
    models.Topic,
    models.TrackedFigure,
    models.Claim,
    models.Appearance,
    models.Evidence,
    models.Rating,
    models.Verdict,
    models.Correction,
    models.StatusChange,
    models.BackgroundTask,
]

# model -> (add page, change page) for each role: "edit" = a form with Save buttons,
# "view" = the read-only page, 403 = refused.
PAGES = {
    "editor": {
        "outlet": ("edit", "edit"),
        "article": ("edit", "edit"),
        "claimant": ("edit", "edit"),
        "topic": ("edit", "edit"),
        "trackedfigure": ("edit", "edit"),
        "claim": ("edit", "edit"),
        "appearance": ("edit", "edit"),
        "evidence": ("edit", "edit"),
        "rating": (403, "view"),
        "verdict": ("edit", "edit"),
        "correction": (403, "view"),
        "statuschange": (403, "view"),
        "backgroundtask": (403, "view"),
    },
    "reviewer": {
        "outlet": ("edit", "edit"),
        "article": ("edit", "edit"),
        "claimant": ("edit", "edit"),
        "topic": ("edit", "edit"),
        "trackedfigure": ("edit", "edit"),
        "claim": ("edit", "edit"),
        "appearance": ("edit", "edit"),
        "evidence": ("edit", "edit"),
        "rating": ("edit", "edit"),
        "verdict": ("edit", "edit"),
        "correction": ("edit", "view"),  # a published correction is never changed
        "statuschange": (403, "view"),
        "backgroundtask": (403, "view"),
    },
}


@pytest.fixture
def one_of_each(db, editor):
    """One row of every model, the verdict a draft (published ones are read-only)."""
    claim = factories.ClaimFactory(assignee=editor)
    published = factories.VerdictFactory(published=True)
    rows = {
        "outlet": factories.OutletFactory(),
        "article": factories.ArticleFactory(),
        "claimant": claim.claimant,
        "topic": factories.TopicFactory(),
        "trackedfigure": factories.TrackedFigureFactory(),
        "claim": claim,
        "appearance": factories.AppearanceFactory(claim=claim),
        "evidence": factories.EvidenceFactory(claim=claim),
        "rating": models.Rating.objects.get(slug="true"),
        "verdict": factories.VerdictFactory(claim=claim, author=editor),
        "correction": factories.CorrectionFactory(verdict=published),
        "statuschange": factories.StatusChangeFactory(claim=claim),
        "backgroundtask": factories.BackgroundTaskFactory(requested_by=editor),
    }
    claim.topics.add(rows["topic"])
    return rows


def test_every_model_of_the_workbench_is_in_the_admin():
    registered = {model for model in admin.site._registry if model._meta.app_label == "articles"}

    assert registered == set(ARTICLES_MODELS)


def test_admin_is_branded_factcheck_workbench(editor_client):
    response = editor_client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert "Factcheck workbench" in response.text
    assert "Django administration" not in response.text


@pytest.mark.parametrize("model", ARTICLES_MODELS, ids=lambda m: m._meta.model_name)
def test_anonymous_visitors_are_sent_to_the_login_page(client, model):
    url = admin_url(model._meta.model_name, "changelist")

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={url}"


@pytest.mark.parametrize("role", ["editor", "reviewer"])
@pytest.mark.parametrize("model", ARTICLES_MODELS, ids=lambda m: m._meta.model_name)
def test_changelist_renders_for_each_role(request, role, model, one_of_each):
    client = request.getfixturevalue(f"{role}_client")

    response = client.get(admin_url(model._meta.model_name, "changelist"))

    assert response.status_code == 200
    shown = {row.pk for row in response.context["cl"].result_list}
    assert one_of_each[model._meta.model_name].pk in shown


@pytest.mark.parametrize("role", ["editor", "reviewer"])
@pytest.mark.parametrize("model", ARTICLES_MODELS, ids=lambda m: m._meta.model_name)
def test_add_page_renders_or_is_refused_as_the_role_allows(request, role, model):
    client = request.getfixturevalue(f"{role}_client")
    expected = PAGES[role][model._meta.model_name][0]

    response = client.get(admin_url(model._meta.model_name, "add"))

    if expected == 403:
        assert response.status_code == 403
    else:
        assert response.status_code == 200
        assert 'name="_save"' in response.text


@pytest.mark.parametrize("role", ["editor", "reviewer"])
@pytest.mark.parametrize("model", ARTICLES_MODELS, ids=lambda m: m._meta.model_name)
def test_change_page_is_editable_or_view_only_as_the_role_allows(request, role, model, one_of_each):
    client = request.getfixturevalue(f"{role}_client")
    name = model._meta.model_name
    expected = PAGES[role][name][1]

    response = client.get(admin_url(name, "change", one_of_each[name].pk))

    assert response.status_code == 200
    assert ('name="_save"' in response.text) is (expected == "edit")


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_a_published_verdict_is_view_only_for_everyone(request, role):
    client = request.getfixturevalue(f"{role}_client")
    verdict = factories.VerdictFactory(published=True)
    url = admin_url("verdict", "change", verdict.pk)

    page = client.get(url)
    post = client.post(url, {"headline": "Rewritten after publication"})

    assert page.status_code == 200
    assert 'name="_save"' not in page.text
    assert post.status_code == 403
    verdict.refresh_from_db()
    assert verdict.headline != "Rewritten after publication"


@pytest.mark.parametrize("role", ["editor", "reviewer"])
@pytest.mark.parametrize(
    "model", [models.Article, models.Claim, models.Evidence, models.Verdict], ids=str
)
def test_history_page_renders(request, role, model, one_of_each):
    client = request.getfixturevalue(f"{role}_client")
    name = model._meta.model_name

    response = client.get(admin_url(name, "history", one_of_each[name].pk))

    assert response.status_code == 200


# --- query budgets ---------------------------------------------------------------------------


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def make_claims(count, *, people, topic):
    claimant = factories.ClaimantFactory()
    figure = factories.TrackedFigureFactory()
    for _ in range(count):
        claim = factories.ClaimFactory(
            published=True,
            claimant=claimant,
            assignee=people,
            tracked_figure=figure,
            verdict__author=people,
            verdict__reviewer=people,
        )
        claim.topics.add(topic)


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_claim_changelist_costs_the_same_queries_for_5_and_500_claims(request, role, editor):
    client = request.getfixturevalue(f"{role}_client")
    topic = factories.TopicFactory()
    url = admin_url("claim", "changelist")
    make_claims(5, people=editor, topic=topic)
    few = queries_for(client, url)

    make_claims(495, people=editor, topic=topic)
    many = queries_for(client, url)

    assert many == few


def test_article_changelist_costs_the_same_queries_for_5_and_500_articles(editor_client, editor):
    url = admin_url("article", "changelist")
    outlet = factories.OutletFactory()
    for article in factories.ArticleFactory.create_batch(5, outlet=outlet):
        factories.AppearanceFactory(article=article, claim__claimant=None)
    few = queries_for(editor_client, url)

    for article in factories.ArticleFactory.create_batch(495, outlet=outlet):
        factories.AppearanceFactory(article=article, claim__claimant=None)
    many = queries_for(editor_client, url)

    assert many == few


def test_verdict_changelist_costs_the_same_queries_for_5_and_500_verdicts(
    reviewer_client, editor, reviewer
):
    url = admin_url("verdict", "changelist")
    claim = factories.ClaimFactory()
    factories.VerdictFactory.create_batch(5, claim=claim, author=editor)
    few = queries_for(reviewer_client, url)

    factories.VerdictFactory.create_batch(495, claim=claim, author=editor)
    many = queries_for(reviewer_client, url)

    assert many == few


@pytest.mark.parametrize(
    ("model", "make"),
    [
        ("evidence", lambda n, user: factories.EvidenceFactory.create_batch(n, added_by=user)),
        ("appearance", lambda n, user: factories.AppearanceFactory.create_batch(n, added_by=user)),
        ("statuschange", lambda n, user: factories.StatusChangeFactory.create_batch(n, by=user)),
        (
            "backgroundtask",
            lambda n, user: factories.BackgroundTaskFactory.create_batch(n, requested_by=user),
        ),
        (
            "correction",
            lambda n, user: factories.CorrectionFactory.create_batch(
                n, author=user, verdict__author=user, verdict__reviewer=user
            ),
        ),
    ],
)
def test_other_changelists_cost_the_same_queries_for_few_and_many_rows(
    reviewer_client, reviewer, model, make
):
    url = admin_url(model, "changelist")
    make(3, reviewer)
    few = queries_for(reviewer_client, url)

    make(30, reviewer)
    many = queries_for(reviewer_client, url)

    assert many == few


# --- the claim changelist ----------------------------------------------------------------------


def claim_rows(response):
    return {claim.pk for claim in response.context["cl"].result_list}


@pytest.fixture
def assorted_claims(editor, reviewer):
    government = factories.ClaimantFactory(name="Ministry of Defence", government=True)
    return {
        "mine": factories.ClaimFactory(text="Mine: 40 tanks were destroyed", assignee=editor),
        "theirs": factories.ClaimFactory(
            text="Theirs: the bridge was rebuilt", assignee=reviewer, researching=True
        ),
        "nobody": factories.ClaimFactory(
            text="Nobody's: exhumations began", claimant=government, suggested=True
        ),
        "rated": factories.ClaimFactory(
            text="Rated: 1,000 bodies were exhumed",
            published=True,
            verdict__rating=factories.RatingFactory(slug="false"),
        ),
    }


def test_claim_changelist_shows_status_claimant_rating_and_assignee(editor_client, assorted_claims):
    response = editor_client.get(admin_url("claim", "changelist"))

    assert "Mine: 40 tanks were destroyed" in response.text
    assert '<span class="fc-status fc-status--researching">Researching</span>' in response.text
    assert "Ministry of Defence" in response.text
    assert "\u00a0False</span>" in response.text  # the current rating of the published claim
    assert "reviewer" in response.text  # an assignee


def test_claim_changelist_searches_the_claims_words(editor_client, assorted_claims):
    response = editor_client.get(admin_url("claim", "changelist"), {"q": "tanks"})

    assert claim_rows(response) == {assorted_claims["mine"].pk}


def test_claim_changelist_searches_the_claimants_name(editor_client, assorted_claims):
    response = editor_client.get(admin_url("claim", "changelist"), {"q": "Ministry"})

    assert claim_rows(response) == {assorted_claims["nobody"].pk}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status__exact": "researching"}, {"theirs"}),
        ({"assignee": "me"}, {"mine"}),
        ({"assignee": "nobody"}, {"nobody", "rated"}),
        ({"rating": "false"}, {"rated"}),
        ({"rating": "none"}, {"mine", "theirs", "nobody"}),
        ({"claimant_kind": "government"}, {"nobody"}),
        ({"kind__exact": "casualty_figure", "status__exact": "suggested"}, {"nobody"}),
    ],
    ids=lambda value: (
        "-".join(f"{k}={v}" for k, v in value.items()) if isinstance(value, dict) else None
    ),
)
def test_claim_changelist_filters(editor_client, assorted_claims, params, expected):
    response = editor_client.get(admin_url("claim", "changelist"), params)

    assert response.status_code == 200
    assert claim_rows(response) == {assorted_claims[name].pk for name in expected}


def test_claim_changelist_filters_by_topic(editor_client, assorted_claims):
    topic = factories.TopicFactory(name="Exhumations")
    assorted_claims["nobody"].topics.add(topic)

    response = editor_client.get(admin_url("claim", "changelist"), {"topics__id__exact": topic.pk})

    assert claim_rows(response) == {assorted_claims["nobody"].pk}


def test_claim_counts_on_an_article_link_to_its_claims(editor_client):
    appearance = factories.AppearanceFactory()
    factories.ClaimFactory(text="Somewhere else entirely")

    articles = editor_client.get(admin_url("article", "changelist"))
    claims = editor_client.get(
        admin_url("claim", "changelist"), {"appearances__article": appearance.article.pk}
    )

    assert f"?appearances__article={appearance.article.pk}" in articles.text
    assert claim_rows(claims) == {appearance.claim.pk}
