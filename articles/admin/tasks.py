"""Long work in the admin: the "Rebuild suggestions (in the background)" action on articles,
and the page that follows background tasks while a worker runs them.

The task framework's backend keeps the queue; its result row says whether a task
waits, runs, succeeded or failed, and when it started and finished. The
``BackgroundTask`` row beside it holds the progress the task reports (stage,
done of total, the last errors). The page shows both, reads the backend's row in
the same query, and refreshes itself every few seconds while a task it shows is
unfinished (a ``<meta>`` refresh: no script, as the Content Security Policy asks).

A task whose worker stopped without saying so (killed, out of memory, the machine
down) is marked failed when the page is shown, once it has not been heard from for
``FACTCHECK_TASK_STALL_SECONDS`` (``services.background_tasks_mark_stalled``), and
shown as stalled, with when it started and last made progress. The "Run again"
action queues the work of failed tasks again.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.tasks import TaskResultStatus
from django.utils import formats, timezone
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles import services
from articles.admin.display import EMPTY, person, when
from articles.models import BackgroundTask, BackgroundTaskKind, BackgroundTaskStage

# Seconds between two reloads of a page showing an unfinished task.
REFRESH_SECONDS = 5

# What an editor reads for the task's state: waiting, running, finished, failed, or
# stalled (failed because its worker stopped while running it).
STATE_LABELS = {
    "waiting": _("waiting"),
    "running": _("running"),
    "finished": _("finished"),
    "failed": _("failed"),
    "stalled": _("stalled"),
}

# The permission each kind of task needs to be queued, and so to be run again.
RUN_AGAIN_PERMISSIONS = {
    BackgroundTaskKind.IMPORT_SEEDS: "articles.add_article",
    BackgroundTaskKind.SUGGEST_CLAIMS: "articles.add_claim",
}


def task_state(task: BackgroundTask) -> str:
    """The task's state, as its backend's result has it; from its own stage where the
    backend keeps no result (a backend without a queue, or a result pruned since), or
    where the task closed its row and the result has not heard yet."""
    state = _state(task)
    return "stalled" if state == "failed" and task.stalled_at is not None else state


def _state(task: BackgroundTask) -> str:
    result = task.result
    if result is not None and not (result.status == TaskResultStatus.RUNNING and task.is_finished):
        return {
            TaskResultStatus.READY: "waiting",
            TaskResultStatus.RUNNING: "running",
            TaskResultStatus.SUCCESSFUL: "finished",
            TaskResultStatus.FAILED: "failed",
        }.get(result.status, "running")
    if task.stage == BackgroundTaskStage.QUEUED:
        return "waiting"
    if task.stage == BackgroundTaskStage.DONE:
        return "finished"
    if task.stage == BackgroundTaskStage.FAILED:
        return "failed"
    return "running"


def is_unfinished(task: BackgroundTask) -> bool:
    return task_state(task) in ("waiting", "running")


def _last_progress(task: BackgroundTask):
    """When the task last wrote its progress, if it did after it started."""
    started = task.started_at or (task.result.started_at if task.result else None)
    return task.updated_at if started is None or task.updated_at >= started else None


def _moment(value) -> str:
    if value is None:
        return EMPTY
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


@admin.register(BackgroundTask)
class BackgroundTaskAdmin(admin.ModelAdmin):
    """Read-only: tasks are queued by actions and commands, and move on by themselves."""

    list_display = (
        "what",
        "state",
        "progress",
        "stage",
        "started",
        "finished",
        "error_count",
        "requested",
    )
    list_display_links = ("what",)
    actions = ["run_again"]
    list_filter = ("kind", "stage")
    list_select_related = ("result", "requested_by")
    list_per_page = 50
    show_full_result_count = False
    fields = (
        "kind",
        "description",
        "state",
        "stage",
        "progress",
        ("enqueued", "started", "finished"),
        "requested",
        ("worker", "heard_from"),
        "task_id",
        "summary",
        "error_lines",
        "failure",
    )
    readonly_fields = tuple(
        name for row in fields for name in ((row,) if isinstance(row, str) else row)
    )

    # The task's page is the admin's; get_absolute_url serves the commands that print it.
    view_on_site = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("result", "requested_by")

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if obj is None or task_state(obj) not in ("failed", "stalled"):
            return [field for field in fields if field != "failure"]
        return fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_run_again_permission(self, request):
        return any(request.user.has_perm(p) for p in RUN_AGAIN_PERMISSIONS.values())

    def mark_stalled(self, request) -> None:
        """A task whose worker stopped is shown so as soon as someone who may see it looks."""
        if self.has_view_or_change_permission(request):
            services.background_tasks_mark_stalled()

    def changelist_view(self, request, extra_context=None):
        self.mark_stalled(request)
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")
        if changelist is not None and any(is_unfinished(t) for t in changelist.result_list):
            response.context_data["refresh_seconds"] = REFRESH_SECONDS
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self.mark_stalled(request)
        return super().change_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and is_unfinished(obj):
            context["refresh_seconds"] = REFRESH_SECONDS
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.display(description=_("task"), ordering="created_at")
    def what(self, obj):
        return str(obj)

    @admin.display(description=_("state"))
    def state(self, obj):
        state = task_state(obj)
        return format_html(
            '<span class="fc-status fc-status--task-{}">{}</span>', state, STATE_LABELS[state]
        )

    @admin.display(description=_("progress"))
    def progress(self, obj):
        if not obj.total:
            return EMPTY
        return format_html(
            '<progress value="{}" max="{}">{}</progress> {}',
            obj.done,
            obj.total,
            f"{obj.done * 100 // obj.total}%",
            _("%(done)s of %(total)s")
            % {
                "done": number_format(obj.done, force_grouping=True),
                "total": number_format(obj.total, force_grouping=True),
            },
        )

    @admin.display(description=_("queued"), ordering="created_at")
    def enqueued(self, obj):
        return when(obj.created_at, with_time=True)

    @admin.display(description=_("started"))
    def started(self, obj):
        started = obj.started_at or (obj.result.started_at if obj.result else None)
        return when(started, with_time=True)

    @admin.display(description=_("finished"))
    def finished(self, obj):
        if obj.result is not None:
            return when(obj.result.finished_at, with_time=True)
        # No result kept (run at once, or pruned): a finished task's last write was its end.
        return when(obj.updated_at if obj.is_finished else None, with_time=True)

    @admin.display(description=_("requested by"), ordering="requested_by__username")
    def requested(self, obj):
        return person(obj.requested_by) if obj.requested_by else _("a command")

    @admin.display(description=_("last errors"))
    def error_lines(self, obj):
        if not obj.errors:
            return EMPTY
        lines = format_html_join(
            "",
            "<li>{}</li>",
            (
                (format_html("<code>{}</code>: {}", e["name"], e["reason"]) if e["name"]
                 else e["reason"],)
                for e in obj.errors
            ),
        )  # fmt: skip
        if obj.error_count > len(obj.errors):
            note = ngettext(
                "The last %(shown)d of %(count)d error:",
                "The last %(shown)d of %(count)d errors:",
                obj.error_count,
            ) % {"shown": len(obj.errors), "count": obj.error_count}
            return format_html("<p>{}</p><ul>{}</ul>", note, lines)
        return format_html("<ul>{}</ul>", lines)

    @admin.display(description=_("worker"))
    def worker(self, obj):
        if not obj.worker_pid:
            return EMPTY
        return _("process %(pid)s on %(host)s") % {"pid": obj.worker_pid, "host": obj.worker_host}

    @admin.display(description=_("last heard from"))
    def heard_from(self, obj):
        return when(obj.heartbeat_at, with_time=True)

    @admin.display(description=_("why it stopped"))
    def failure(self, obj):
        if obj.stalled_at is not None:
            started = obj.started_at or (obj.result.started_at if obj.result else None)
            return format_html(
                "<p>{}</p><p>{}</p>",
                _(
                    "The worker stopped while running this task: started %(started)s, "
                    "last progress %(progress)s."
                )
                % {"started": _moment(started), "progress": _moment(_last_progress(obj))},
                _(
                    "What it wrote before is kept. To finish the work, select the task in "
                    "the list of background tasks and choose “Run again”."
                ),
            )
        result = obj.result
        if result is None or result.status != TaskResultStatus.FAILED:
            return EMPTY
        # The last line of the traceback names the exception; the whole of it is for
        # whoever runs the worker (its log, and the task results page for superusers).
        last = result.traceback.strip().splitlines()[-1] if result.traceback else ""
        return format_html("<code>{}</code>", last or result.exception_class_path)

    @admin.action(description=_("Run again"), permissions=["run_again"])
    def run_again(self, request, queryset):
        for task in queryset.select_related("result").order_by("created_at", "id"):
            try:
                again = services.background_task_run_again(task=task, by=request.user)
            except (ValidationError, PermissionDenied) as error:
                reason = error.messages[0] if isinstance(error, ValidationError) else str(error)
                self.message_user(request, format_html("{}: {}", task, reason), messages.ERROR)
                continue
            self.message_user(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("“%(task)s” is queued again.") % {"task": task},
                    again.get_absolute_url(),
                    _("Follow its progress."),
                ),
                messages.SUCCESS,
            )


class SuggestInBackgroundMixin:
    """The articles list's action that builds suggestions for the chosen articles in a task."""

    @admin.action(description=_("Rebuild suggestions (in the background)"), permissions=["suggest"])
    def rebuild_suggestions(self, request, queryset):
        ids = list(queryset.order_by().values_list("pk", flat=True))
        task = services.articles_suggest_enqueue(article_ids=ids, by=request.user)
        self.message_user(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                ngettext(
                    "Suggestions for %(count)s article are being built in the background.",
                    "Suggestions for %(count)s articles are being built in the background.",
                    len(ids),
                )
                % {"count": number_format(len(ids), force_grouping=True)},
                task.get_absolute_url(),
                _("Follow its progress."),
            ),
            messages.SUCCESS,
        )

    def has_suggest_permission(self, request):
        return request.user.has_perm("articles.add_claim")
