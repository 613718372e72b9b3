"""Background tasks in the admin: the rebuild-suggestions action on articles, and the page
where editors follow the tasks while the worker runs them."""

import pytest
from django.contrib.auth.models import Permission
from django.tasks import TaskResultStatus
from django.urls import reverse

from articles import services
from articles.models import BackgroundTask, BackgroundTaskKind, Claim, ClaimStatus
from tests.factories import ArticleFactory, BackgroundTaskFactory, UserFactory

pytestmark = pytest.mark.django_db

TASKS = reverse("admin:articles_backgroundtask_changelist")
ARTICLES = reverse("admin:articles_article_changelist")
REFRESH = '<meta http-equiv="refresh" content="5">'


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def rebuild(client, articles, url=ARTICLES, **extra):
    return client.post(
        url,
        {"action": "rebuild_suggestions", "_selected_action": [a.pk for a in articles], **extra},
        follow=True,
    )


def task_page(task):
    return reverse("admin:articles_backgroundtask_change", args=[task.pk])


# --- the action ---------------------------------------------------------------------------------


def test_the_action_queues_suggestions_and_returns_at_once(task_worker, editor_client, editor):
    articles = ArticleFactory.create_batch(2)

    response = rebuild(editor_client, articles)

    task = BackgroundTask.objects.get()
    assert messages_of(response) == [
        "Suggestions for 2 articles are being built in the background. "
        f'<a href="{task_page(task)}">Follow its progress.</a>'
    ]
    assert f'<a href="{task_page(task)}">Follow its progress.</a>' in response.text
    assert (task.kind, task.requested_by, task.total) == (
        BackgroundTaskKind.SUGGEST_CLAIMS,
        editor,
        2,
    )
    assert task.result.status == TaskResultStatus.READY
    # Nothing was suggested in the request: the worker does that.
    assert not Claim.objects.exists()


def test_the_action_with_select_all_queues_every_article_the_filter_shows(
    task_worker, editor_client
):
    seeds = [ArticleFactory(origin=f"seeds/{n}.txt") for n in range(3)]
    pasted = ArticleFactory()

    rebuild(editor_client, [pasted], url=f"{ARTICLES}?origin=seed", select_across="1")

    task_worker()
    with_suggestions = set(
        Claim.objects.filter(status=ClaimStatus.SUGGESTED).values_list(
            "appearances__article", flat=True
        )
    )
    assert with_suggestions == {a.pk for a in seeds}


def test_the_action_is_offered_only_to_those_who_may_suggest_claims(client, task_worker):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)
    article = ArticleFactory()

    page = client.get(ARTICLES)
    response = rebuild(client, [article])

    assert "rebuild_suggestions" not in page.text
    assert not BackgroundTask.objects.exists()
    assert response.status_code == 200


# --- the tasks page -----------------------------------------------------------------------------


def test_the_tasks_page_shows_a_waiting_task_and_refreshes_itself(task_worker, editor_client):
    rebuild(editor_client, ArticleFactory.create_batch(2))

    page = editor_client.get(TASKS)

    assert page.status_code == 200
    assert "Build suggestions: 2 articles" in page.text
    assert "fc-status--task-waiting" in page.text
    assert REFRESH in page.text


def test_the_tasks_page_shows_a_finished_task_with_its_progress(task_worker, editor_client):
    rebuild(editor_client, ArticleFactory.create_batch(3))
    task_worker()
    task = BackgroundTask.objects.get()

    page = editor_client.get(TASKS)
    detail = editor_client.get(task_page(task))

    assert "fc-status--task-finished" in page.text
    assert '<progress value="3" max="3">100%</progress> 3 of 3' in page.text
    assert REFRESH not in page.text
    count = Claim.objects.count()
    assert f"Suggested {count} claims." in detail.text
    assert REFRESH not in detail.text


def test_a_task_page_names_each_file_that_failed_and_why(task_worker, editor_client, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    services.seeds_import_enqueue(paths=[str(tmp_path / "empty.txt")])
    waiting = editor_client.get(task_page(BackgroundTask.objects.get()))
    task_worker()

    detail = editor_client.get(task_page(BackgroundTask.objects.get()))

    assert REFRESH in waiting.text
    assert "a command" in detail.text  # queued by import_seeds, not by an editor
    assert f"<li><code>{tmp_path / 'empty.txt'}</code>: the file is empty</li>" in detail.text
    assert "Found 1 file: 0 created, 0 updated, 0 unchanged, 1 error." in detail.text


def test_a_failed_task_shows_why_it_stopped(task_worker, editor_client, editor):
    services.articles_suggest_enqueue(article_ids=[ArticleFactory().pk], by=editor)
    requester = UserFactory(is_staff=True)
    BackgroundTask.objects.update(requested_by=requester)  # who lacks the permission
    task_worker()
    task = BackgroundTask.objects.get()

    page = editor_client.get(TASKS)
    detail = editor_client.get(task_page(task))

    assert "fc-status--task-failed" in page.text
    assert "PermissionDenied: You do not have permission to suggest claims." in detail.text
    assert "<code>django.core.exceptions.PermissionDenied: You do not have permission" in (
        detail.text
    )


def test_a_task_whose_queue_entry_is_gone_shows_what_it_recorded(editor_client):
    # Run at once (no queue), or its queue entry pruned since.
    task = BackgroundTaskFactory(finished=True)

    page = editor_client.get(TASKS)
    detail = editor_client.get(task_page(task))

    assert "fc-status--task-finished" in page.text
    assert REFRESH not in page.text
    assert "<li><code>seeds/empty.txt</code>: the file is empty</li>" in detail.text


def test_the_tasks_page_is_read_only(task_worker, reviewer_client):
    services.seeds_import_enqueue(paths=["/nowhere"])
    task = BackgroundTask.objects.get()

    assert reviewer_client.get(reverse("admin:articles_backgroundtask_add")).status_code == 403
    delete = reverse("admin:articles_backgroundtask_delete", args=[task.pk])
    assert reviewer_client.post(delete, {"post": "yes"}).status_code == 403
    assert BackgroundTask.objects.exists()


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 302), ("staff without a role", 403), ("editor", 200), ("reviewer", 200)],
)
def test_who_may_follow_background_tasks(client, who, status, editor, reviewer):
    services.seeds_import_enqueue(paths=["/nowhere"])
    users = {
        "staff without a role": UserFactory(is_staff=True),
        "editor": editor,
        "reviewer": reviewer,
    }
    if who in users:
        client.force_login(users[who])
    task = BackgroundTask.objects.get()

    assert client.get(TASKS).status_code == status
    assert client.get(task_page(task)).status_code == status
