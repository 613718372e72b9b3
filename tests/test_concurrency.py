"""No lost edits: two people working on the same row at the same time.

In the admin, the second of two saves from forms opened at the same version is
refused with what the other person changed, and nobody's words are lost. In
the services, row locks make two simultaneous transitions from the same state
succeed exactly once.
"""

import threading
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse

from articles import services
from articles.models import Claim, ClaimStatus, Evidence, StatusChange, Verdict, VerdictState
from tests import factories

S = ClaimStatus


def staff(username, group="Editors"):
    user = factories.UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return user, client


def form_data(response):
    """What a browser would post back from an admin change page, unedited."""
    data = {}

    def add(form):
        for field in form:
            value = field.value()
            if value is None or value is False:
                continue
            if value is True:
                data[field.html_name] = "on"
            elif isinstance(value, list | tuple):
                data[field.html_name] = [str(item) for item in value]
            else:
                data[field.html_name] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        add(inline.formset.management_form)
        for form in inline.formset.forms:
            add(form)
    return data


def page_text(response):
    return response.content.decode()


def errors_of(response):
    return [str(error) for error in response.context["adminform"].form.non_field_errors()]


# --- two editors, one claim ----------------------------------------------------------------


@pytest.fixture
def claim(db):
    return factories.ClaimFactory(
        text="More than 1,000 civilian bodies were exhumed", figure_place="Kharkiv region"
    )


@pytest.fixture
def two_open_forms(claim):
    """Alice and Bob have both opened the claim's change page."""
    _alice, alice_client = staff("alice")
    _bob, bob_client = staff("bob")
    url = reverse("admin:articles_claim_change", args=[claim.pk])
    alice_form = form_data(alice_client.get(url))
    bob_form = form_data(bob_client.get(url))
    return url, (alice_client, alice_form), (bob_client, bob_form)


def test_the_change_form_carries_the_version_it_was_opened_at(two_open_forms, claim):
    _url, (_client, alice_form), _bob = two_open_forms

    assert alice_form["version"] == str(claim.version)


def test_the_first_of_two_saves_wins(two_open_forms, claim):
    url, (alice_client, alice_form), _bob = two_open_forms

    response = alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})

    claim.refresh_from_db()
    assert response.status_code == 302
    assert claim.text == "At least 1,000 bodies"
    assert claim.version == 2


def test_the_second_save_is_refused_showing_both_values_side_by_side(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})

    response = bob_client.post(
        url, {**bob_form, "text": "About 1,200 bodies", "figure_place": "Izium"}
    )

    assert response.status_code == 200
    (conflict,) = errors_of(response)
    assert "alice saved this claim (" in conflict
    assert "Nothing was saved yet." in conflict
    cells = [
        '<th scope="row">Claim</th><td>More than 1,000 civilian bodies were exhumed</td>'
        "<td>At least 1,000 bodies</td><td>About 1,200 bodies</td>"
    ]
    assert cells[0] in conflict
    assert 'name="resolve__text" value="mine"' in conflict
    assert "Place" not in conflict


def test_the_refused_save_keeps_the_first_editors_values(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})

    bob_client.post(url, {**bob_form, "text": "About 1,200 bodies", "figure_place": "Izium"})

    claim.refresh_from_db()
    assert claim.text == "At least 1,000 bodies"
    assert claim.figure_place == "Kharkiv region"
    assert claim.version == 2


def test_the_refused_form_redisplays_the_second_editors_input(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})

    response = bob_client.post(
        url, {**bob_form, "text": "About 1,200 bodies", "figure_place": "Izium"}
    )

    form = response.context["adminform"].form
    assert form["text"].value() == "About 1,200 bodies"
    assert form["figure_place"].value() == "Izium"
    assert "About 1,200 bodies</textarea>" in page_text(response)


def test_choosing_mine_on_the_conflict_page_saves_it(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})
    refused = bob_client.post(url, {**bob_form, "text": "About 1,200 bodies"})

    response = bob_client.post(url, {**form_data(refused), "resolve__text": ["", "mine"]})

    claim.refresh_from_db()
    assert response.status_code == 302
    assert claim.text == "About 1,200 bodies"
    assert claim.version == 3


def test_choosing_theirs_on_the_conflict_page_keeps_the_colleagues_value(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})
    refused = bob_client.post(
        url, {**bob_form, "text": "About 1,200 bodies", "figure_place": "Izium"}
    )

    response = bob_client.post(url, {**form_data(refused), "resolve__text": ["", "theirs"]})

    claim.refresh_from_db()
    assert response.status_code == 302
    assert (claim.text, claim.figure_place) == ("At least 1,000 bodies", "Izium")


def test_saving_the_conflict_page_without_choosing_saves_nothing(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})
    refused = bob_client.post(url, {**bob_form, "text": "About 1,200 bodies"})

    response = bob_client.post(url, {**form_data(refused), "resolve__text": ""})

    claim.refresh_from_db()
    assert response.status_code == 200
    assert "Choose whose “Claim” to keep." in errors_of(response)
    assert claim.text == "At least 1,000 bodies"


def test_a_status_change_since_opening_does_not_stop_an_edit_of_the_text(two_open_forms, claim):
    url, _alice, (bob_client, bob_form) = two_open_forms
    reviewer = factories.UserFactory(username="rita", is_superuser=True)
    services.claim_start_research(claim=claim, by=reviewer)

    response = bob_client.post(url, {**bob_form, "text": "About 1,200 bodies"})

    claim.refresh_from_db()
    assert response.status_code == 302
    assert (claim.status, claim.text) == (S.RESEARCHING, "About 1,200 bodies")


def test_a_save_that_changed_nothing_writes_nothing_and_blocks_nobody(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    alice_client.post(url, alice_form)

    response = bob_client.post(url, {**bob_form, "text": "About 1,200 bodies"})

    claim.refresh_from_db()
    assert response.status_code == 302
    assert claim.text == "About 1,200 bodies"
    assert claim.version == 2
    assert claim.history.count() == 2


def test_a_change_of_topics_since_opening_is_shown(two_open_forms, claim):
    url, (alice_client, alice_form), (bob_client, bob_form) = two_open_forms
    topic = factories.TopicFactory(name="Exhumations")
    alice_client.post(url, {**alice_form, "topics": [str(topic.pk)]})

    response = bob_client.post(url, {**bob_form, "text": "About 1,200 bodies"})

    claim.refresh_from_db()
    assert response.status_code == 200
    assert list(claim.topics.all()) == [topic]
    assert '<th scope="row">Topics</th>' in errors_of(response)[0]
    assert "<td>Exhumations</td><td>(empty)</td>" in errors_of(response)[0]


def test_a_form_posted_without_its_version_is_refused(two_open_forms, claim):
    url, (alice_client, alice_form), _bob = two_open_forms
    del alice_form["version"]

    response = alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})

    claim.refresh_from_db()
    assert response.status_code == 200
    assert "does not say which version" in errors_of(response)[0]
    assert claim.text == "More than 1,000 civilian bodies were exhumed"


def test_one_editor_saving_twice_in_a_row_is_not_a_conflict(two_open_forms, claim):
    url, (alice_client, alice_form), _bob = two_open_forms
    alice_client.post(url, {**alice_form, "text": "At least 1,000 bodies"})
    reopened = form_data(alice_client.get(url))

    response = alice_client.post(url, {**reopened, "figure_value": "1000"})

    claim.refresh_from_db()
    assert response.status_code == 302
    assert claim.figure_value == Decimal("1000")
    assert claim.version == 3


# --- the same for evidence and draft verdicts ------------------------------------------------


def test_two_saves_of_the_same_evidence_changing_different_fields_both_count(db):
    evidence = factories.EvidenceFactory(publisher="Prosecutor General")
    _alice, alice_client = staff("alice")
    _bob, bob_client = staff("bob")
    url = reverse("admin:articles_evidence_change", args=[evidence.pk])
    alice_form = form_data(alice_client.get(url))
    bob_form = form_data(bob_client.get(url))

    alice_client.post(url, {**alice_form, "publisher": "Office of the Prosecutor General"})
    response = bob_client.post(url, {**bob_form, "accessed_on": str(date(2022, 11, 20))})

    evidence.refresh_from_db()
    assert response.status_code == 302
    assert evidence.publisher == "Office of the Prosecutor General"
    assert evidence.accessed_on == date(2022, 11, 20)


def test_two_saves_of_the_same_draft_verdict(db):
    verdict = factories.VerdictFactory(headline="The figure matches")
    _alice, alice_client = staff("alice")
    _bob, bob_client = staff("bob")
    url = reverse("admin:articles_verdict_change", args=[verdict.pk])
    alice_form = form_data(alice_client.get(url))
    bob_form = form_data(bob_client.get(url))

    alice_client.post(url, {**alice_form, "headline": "The figure is an undercount"})
    response = bob_client.post(url, {**bob_form, "headline": "The figure is confirmed"})

    verdict.refresh_from_db()
    assert response.status_code == 200
    assert verdict.headline == "The figure is an undercount"
    assert response.context["adminform"].form["headline"].value() == "The figure is confirmed"


def test_an_inline_edit_moves_the_rows_version_on(db):
    evidence = factories.EvidenceFactory()
    _alice, alice_client = staff("alice")
    url = reverse("admin:articles_claim_change", args=[evidence.claim_id])
    data = form_data(alice_client.get(url))
    assert data["evidence-0-id"] == str(evidence.pk)

    response = alice_client.post(url, {**data, "evidence-0-title": "The ministry's own count"})

    evidence.refresh_from_db()
    assert response.status_code == 302
    assert evidence.title == "The ministry's own count"
    assert evidence.version == 2


# --- two reviewers publishing at the same moment -------------------------------------------------


def run_at_once(*calls):
    """Run each call in its own thread, all released together; return result or exception."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def worker(index, call):
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except Exception as error:  # reported to the test, which asserts on it
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL row locks; CI runs this with DATABASE_URL",
)
def test_two_reviewers_publishing_at_once_publish_exactly_once():
    author, _ = staff("author")
    first, _ = staff("first-reviewer", "Reviewers")
    second, _ = staff("second-reviewer", "Reviewers")
    claim = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=author)

    def publish(reviewer):
        return lambda: services.claim_publish(claim=Claim.objects.get(pk=claim.pk), by=reviewer)

    results = run_at_once(publish(first), publish(second))

    published = [r for r in results if isinstance(r, Claim)]
    refused = [r for r in results if isinstance(r, services.WorkflowError)]
    assert len(published) == 1
    assert len(refused) == 1
    assert refused[0].messages == ["“Publish verdict” is not possible: the claim is published."]

    winner = first if results[0] is published[0] else second
    claim.refresh_from_db()
    verdict = Verdict.objects.get(claim=claim)
    assert claim.status == S.PUBLISHED
    assert claim.version == 2
    assert list(
        StatusChange.objects.filter(claim=claim, to_status=S.PUBLISHED).values_list("by", flat=True)
    ) == [winner.pk]
    assert Verdict.objects.filter(claim=claim, is_current=True).count() == 1
    assert (verdict.state, verdict.reviewer) == (VerdictState.PUBLISHED, winner)
    # The history tells the same story: one move to published, by the winner.
    history = list(claim.history.order_by("history_date").values_list("status", "history_user"))
    assert history == [(S.IN_REVIEW, None), (S.PUBLISHED, winner.pk)]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL row locks; CI runs this with DATABASE_URL",
)
def test_a_dismissal_racing_a_publication_leaves_one_consistent_outcome():
    author, _ = staff("author")
    reviewer, _ = staff("reviewer-one", "Reviewers")
    editor, _ = staff("editor-one")
    claim = factories.ClaimFactory(in_review=True)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=author)

    results = run_at_once(
        lambda: services.claim_publish(claim=Claim.objects.get(pk=claim.pk), by=reviewer),
        lambda: services.claim_dismiss(claim=Claim.objects.get(pk=claim.pk), by=editor),
    )

    claim.refresh_from_db()
    moves = list(StatusChange.objects.filter(claim=claim).values_list("to_status", flat=True))
    assert sum(isinstance(r, Claim) for r in results) == 1
    assert sum(isinstance(r, services.WorkflowError) for r in results) == 1
    assert moves == [claim.status]
    assert Evidence.objects.filter(claim=claim).count() == 1
    current = Verdict.objects.filter(claim=claim, is_current=True).count()
    assert current == (1 if claim.status == S.PUBLISHED else 0)
