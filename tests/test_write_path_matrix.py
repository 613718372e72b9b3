"""Every admin write of every model goes through a service: the history row names the
acting user, the version moves on, and a user without the permission gets 403 for
exactly the writes the service refuses.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.test import Client

from articles import services
from articles.models import Rating
from tests import factories
from tests.admin_forms import admin_url, form_data

pytestmark = pytest.mark.django_db

BODY = "Rescuers said 20 people were saved on Monday. Four died, officials said."


def verdict_on_open_claim():
    return factories.VerdictFactory(claim=factories.ClaimFactory(researching=True))


# model: (make a row, data of a new row, a field to change and its new value)
ROWS = {
    "outlet": (factories.OutletFactory, lambda: {"name": "Kyiv Post"}, ("name", "Kyiv Post")),
    "topic": (factories.TopicFactory, lambda: {"name": "Floods"}, ("name", "Floods")),
    "rating": (
        lambda: Rating.objects.get(slug="true"),
        lambda: {"label": "Satire", "value": "77", "colour": "#123456", "is_active": "on"},
        ("description", "Checked against the record."),
    ),
    "claimant": (
        factories.ClaimantFactory,
        lambda: {"name": "African Union", "kind": "organisation"},
        ("description", "Continental body"),
    ),
    "trackedfigure": (
        factories.TrackedFigureFactory,
        lambda: {"name": "Dead in Valencia", "unit": "dead"},
        ("place", "Valencia"),
    ),
    "article": (
        factories.ArticleFactory,
        lambda: {"body": BODY, "published_on": "2024-10-30"},
        ("title", "Rescuers save 20"),
    ),
    "claim": (
        factories.ClaimFactory,
        lambda: {"text": "Twenty people were rescued", "kind": "event"},
        ("text", "Twenty-one people were rescued"),
    ),
    "evidence": (
        factories.EvidenceFactory,
        lambda: {
            "claim": str(factories.ClaimFactory().pk),
            "title": "Rescue log",
            "stance": "context",
            "kind": "data",
        },
        ("title", "Rescue service log"),
    ),
    "verdict": (
        verdict_on_open_claim,
        lambda: {
            "claim": str(factories.ClaimFactory(researching=True).pk),
            "rating": str(Rating.objects.get(slug="false").pk),
            "headline": "Not 20",
        },
        ("headline", "Not twenty"),
    ),
    "appearance": (
        factories.AppearanceFactory,
        lambda: {
            "claim": str(factories.ClaimFactory().pk),
            "article": str(factories.ArticleFactory(body=BODY).pk),
            "exact": "Four died",
            "said_on": "2024-10-30",
        },
        ("said_on", "2024-10-31"),
    ),
}

# Writes each role may make, by model (from the roles' permissions).
MAY = {
    "editor": {
        "add": set(ROWS) - {"rating"},
        "change": set(ROWS) - {"rating"},
        "delete": {"evidence", "appearance"},
    },
    "reviewer": {
        "add": set(ROWS),
        "change": set(ROWS),
        "delete": {"evidence", "appearance"},
    },
}


def logged_in(role):
    user = factories.UserFactory(username=role)
    user.groups.add(Group.objects.get(name={"editor": "Editors", "reviewer": "Reviewers"}[role]))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.mark.parametrize("role", ["editor", "reviewer"])
@pytest.mark.parametrize("model", sorted(ROWS))
def test_adding_credits_the_user_or_is_forbidden(role, model):
    user, client = logged_in(role)
    _make, new_row, _change = ROWS[model]

    response = client.post(admin_url(model, "add"), {**new_row(), "_save": "Save"})

    if model not in MAY[role]["add"]:
        assert response.status_code == 403
        return
    assert response.status_code == 302, response.context and response.context["errors"]
    model_class = response.wsgi_request.resolver_match.func.model_admin.model
    row = model_class.objects.order_by("-pk").first()
    record = row.history.order_by("-history_id").first()
    assert (record.history_type, record.history_user) == ("+", user)


@pytest.mark.parametrize("role", ["editor", "reviewer"])
@pytest.mark.parametrize("model", sorted(ROWS))
def test_changing_credits_the_user_and_moves_the_version_or_is_forbidden(role, model):
    user, client = logged_in(role)
    make, _new_row, (field, value) = ROWS[model]
    row = make()
    before = row.version
    url = admin_url(model, "change", row.pk)
    page = client.get(url)

    if model not in MAY[role]["change"]:
        response = client.post(url, {field: value, "version": before, "_save": "Save"})
        assert response.status_code == 403
        return
    response = client.post(url, form_data(page, **{field: value}))

    row.refresh_from_db()
    assert response.status_code == 302
    assert str(getattr(row, field)) == value
    assert row.version == before + 1
    assert row.history.order_by("-history_id").first().history_user == user


@pytest.mark.parametrize("role", ["editor", "reviewer"])
@pytest.mark.parametrize("model", sorted(ROWS))
def test_deleting_credits_the_user_or_is_forbidden(role, model):
    user, client = logged_in(role)
    make, _new_row, _change = ROWS[model]
    row = make()

    response = client.post(admin_url(model, "delete", row.pk), {"post": "yes"})

    if model not in MAY[role]["delete"]:
        assert response.status_code == 403
        assert type(row).objects.filter(pk=row.pk).exists()
        return
    assert response.status_code == 302
    assert not type(row).objects.filter(pk=row.pk).exists()
    record = row.history.order_by("-history_id").first()
    assert (record.history_type, record.history_user) == ("-", user)


def test_a_reviewer_adds_a_correction_credited_to_them():
    reviewer, client = logged_in("reviewer")
    verdict = factories.VerdictFactory(published=True)

    client.post(
        admin_url("correction", "add"),
        {"verdict": str(verdict.pk), "note": "The date was 29 October.", "_save": "Save"},
    )

    correction = verdict.corrections.get()
    assert correction.history.get().history_user == reviewer


def test_an_editor_may_not_add_a_correction():
    _editor, client = logged_in("editor")
    verdict = factories.VerdictFactory(published=True)

    response = client.post(
        admin_url("correction", "add"), {"verdict": str(verdict.pk), "note": "A note."}
    )

    assert response.status_code == 403
    assert not verdict.corrections.exists()


@pytest.mark.parametrize("action", ["accept_claims", "dismiss_claims", "assign_to_me"])
def test_bulk_actions_credit_the_user_and_move_the_version(action):
    editor, client = logged_in("editor")
    claim = factories.ClaimFactory(suggested=True)
    before = claim.version

    client.post(
        admin_url("claim", "changelist"),
        {"action": action, "_selected_action": [str(claim.pk)]},
    )

    claim.refresh_from_db()
    assert claim.version == before + 1
    assert claim.history.order_by("-history_id").first().history_user == editor


def test_bulk_delete_of_evidence_refuses_when_any_was_published():
    _editor, client = logged_in("editor")
    private = factories.EvidenceFactory()
    cited = factories.EvidenceFactory(published=True)

    response = client.post(
        admin_url("evidence", "changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [str(private.pk), str(cited.pk)],
            "post": "yes",
        },
    )

    assert response.status_code == 403
    assert type(cited).objects.filter(pk__in=[private.pk, cited.pk]).count() == 2


def test_a_user_with_view_access_only_cannot_write_through_the_service():
    viewer = factories.UserFactory(username="viewer")
    claim = factories.ClaimFactory()

    with pytest.raises(PermissionDenied):
        services.claim_update(claim=claim, by=viewer, text="Changed")
    with pytest.raises(PermissionDenied):
        services.evidence_add(claim=claim, by=viewer, title="A source")
    claim.refresh_from_db()
    assert claim.text != "Changed"
    assert claim.history.count() == 1
