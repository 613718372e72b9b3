"""The editors' queue: assigned claims, claims waiting for review, stale claims, counts."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Claim, ClaimStatus, Verdict
from tests import factories

pytestmark = pytest.mark.django_db

S = ClaimStatus
QUEUE_URL = "/admin/queue/"


def section(response, section_id):
    """The HTML of one module of the queue page."""
    html = response.content.decode()
    start = html.index(f'id="{section_id}"')
    end = html.find('<div class="module"', start + 1)
    return html[start : end if end != -1 else len(html)]


def test_queue_url_is_in_the_admin():
    assert reverse("admin:articles_queue") == QUEUE_URL


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(QUEUE_URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_without_a_role_may_not_see_the_queue(client):
    client.force_login(factories.UserFactory(username="outsider"))

    response = client.get(QUEUE_URL)

    assert response.status_code == 403


def test_non_staff_are_sent_to_the_login(client):
    user = factories.UserFactory(username="reader", is_staff=False)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)

    response = client.get(QUEUE_URL)

    assert response.status_code == 302


@pytest.mark.parametrize("role", ["editor_client", "reviewer_client"])
def test_editors_and_reviewers_see_the_queue(request, role):
    client = request.getfixturevalue(role)

    response = client.get(QUEUE_URL)

    assert response.status_code == 200
    assert response.context["title"] == "Editors' queue"
    assert 'id="queue-review"' in response.content.decode()


def test_admin_index_links_to_the_queue(editor_client):
    response = editor_client.get(reverse("admin:index"))

    assert f'href="{QUEUE_URL}"' in response.content.decode()


def test_assigned_claims_are_listed_for_their_assignee_only(editor, editor_client):
    mine = factories.ClaimFactory(assignee=editor, text="Mine to check", researching=True)
    factories.ClaimFactory(assignee=factories.UserFactory(), text="Assigned to a colleague")
    factories.ClaimFactory(assignee=editor, text="Already dismissed", dismissed=True)

    response = editor_client.get(QUEUE_URL)

    listed = section(response, "queue-mine")
    assert "Mine to check" in listed
    assert reverse("admin:articles_claim_change", args=[mine.pk]) in listed
    assert "Assigned to a colleague" not in listed
    assert "Already dismissed" not in listed
    assert "Assigned to you (1)" in listed


def test_claims_in_review_show_their_draft_and_who_may_publish(reviewer, reviewer_client):
    writer = factories.UserFactory(username="writer")
    theirs = factories.ClaimFactory(in_review=True, text="Drafted by a colleague")
    factories.VerdictFactory(claim=theirs, author=writer)
    own = factories.ClaimFactory(in_review=True, text="Drafted by me")
    factories.VerdictFactory(claim=own, author=reviewer)
    factories.ClaimFactory(researching=True, text="Still researching")

    listed = section(reviewer_client.get(QUEUE_URL), "queue-review")

    assert "Drafted by a colleague" in listed
    assert "by writer" in listed
    assert "preview and publish" in listed
    assert "your draft" in listed
    assert "Still researching" not in listed
    assert "waiting for a reviewer (2)" in listed


def test_editors_are_not_told_they_can_publish(editor_client):
    claim = factories.ClaimFactory(in_review=True)
    factories.VerdictFactory(claim=claim)

    listed = section(editor_client.get(QUEUE_URL), "queue-review")

    assert "preview and publish" not in listed


def test_claims_without_recent_activity_are_stale(editor_client, settings):
    settings.FACTCHECK_STALE_DAYS = 10
    quiet = factories.ClaimFactory(text="Nobody touched this", researching=True)
    recent = factories.ClaimFactory(text="Worked on yesterday")
    finished = factories.ClaimFactory(text="Long published", published=True)
    Claim.objects.filter(pk__in=[quiet.pk, finished.pk]).update(
        last_activity_at=timezone.now() - timedelta(days=11)
    )
    Claim.objects.filter(pk=recent.pk).update(last_activity_at=timezone.now() - timedelta(days=1))

    listed = section(editor_client.get(QUEUE_URL), "queue-stale")

    assert "No activity for more than 10 days (1)" in listed
    assert "Nobody touched this" in listed
    assert "Worked on yesterday" not in listed
    assert "Long published" not in listed


def test_counts_by_status_link_to_the_filtered_changelist(editor_client):
    factories.ClaimFactory.create_batch(3, suggested=True)
    factories.ClaimFactory(published=True)

    response = editor_client.get(QUEUE_URL)

    counts = {row["status"]: row["count"] for row in response.context["status_counts"]}
    assert counts[S.SUGGESTED] == 3
    assert counts[S.PUBLISHED] == 1
    assert counts[S.DISMISSED] == 0
    assert "?status__exact=suggested" in response.content.decode()


def test_long_lists_say_how_many_more_there_are(editor, editor_client):
    factories.ClaimFactory.create_batch(27, assignee=editor)

    listed = section(editor_client.get(QUEUE_URL), "queue-mine")

    assert "Showing 25 of 27" in listed


def test_empty_queue_says_so(editor_client):
    response = editor_client.get(QUEUE_URL)

    assert "Nothing is assigned to you." in response.content.decode()
    assert "No claim is waiting for review." in response.content.decode()
    assert "No claim has gone quiet." in response.content.decode()


# --- cost -------------------------------------------------------------------------------------


def populate(count, *, editor):
    """``count`` claims in every working state, half of them stale, with drafts in review."""
    claimant = factories.ClaimantFactory()
    rating = factories.RatingFactory()
    statuses = [S.SUGGESTED, S.OPEN, S.RESEARCHING, S.IN_REVIEW, S.PUBLISHED]
    claims = Claim.objects.bulk_create(
        Claim(
            text=f"Claim number {n}",
            slug=f"bulk-claim-{count}-{n}",
            claimant=claimant,
            status=statuses[n % len(statuses)],
            assignee=editor if n % 2 else None,
        )
        for n in range(count)
    )
    Claim.objects.filter(pk__in=[c.pk for c in claims[::2]]).update(
        last_activity_at=timezone.now() - timedelta(days=30)
    )
    Verdict.objects.bulk_create(
        Verdict(claim=claim, rating=rating, headline="Draft", explanation="Why.", author=editor)
        for claim in claims
        if claim.status == S.IN_REVIEW
    )


def queries_for(client):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(QUEUE_URL)
    assert response.status_code == 200
    return len(captured)


def test_queue_costs_the_same_number_of_queries_for_5_or_500_claims(editor, editor_client):
    populate(5, editor=editor)
    small = queries_for(editor_client)
    populate(495, editor=editor)

    large = queries_for(editor_client)

    assert large == small
    assert small <= 12


def test_counts_past_a_thousand_say_so_without_counting_further(editor, editor_client):
    populate(2_600, editor=editor)  # 520 of each status; 1,040 assigned to the editor at work

    response = editor_client.get(QUEUE_URL)

    counts = {row["status"]: row["shown"] for row in response.context["status_counts"]}
    assert counts[S.OPEN] == "520"
    assert "Assigned to you (1,000+)" in response.content.decode()
    assert "Showing 25 of 1,000+" in section(response, "queue-mine")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="reads PostgreSQL's query plans")
def test_every_count_and_list_of_the_queue_reads_an_index(editor, editor_client):
    populate(50, editor=editor)
    with CaptureQueriesContext(connection) as captured:
        editor_client.get(QUEUE_URL)
    claim_queries = [
        q["sql"]
        for q in captured
        if 'FROM "articles_claim"' in q["sql"] and not q["sql"].startswith("SAVEPOINT")
    ]

    with connection.cursor() as cursor:
        # A sequential scan costs so much with this off that the planner takes one only
        # where no index can answer.
        cursor.execute("SET LOCAL enable_seqscan = off")
        plans = []
        for sql in claim_queries:
            cursor.execute(f"EXPLAIN {sql}")
            plans.append("\n".join(row[0] for row in cursor.fetchall()))

    assert len(claim_queries) >= 4  # the counts and the three lists
    assert not [plan for plan in plans if "Seq Scan on articles_claim" in plan]
