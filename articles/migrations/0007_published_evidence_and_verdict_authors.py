"""Existing rows under the accountability rules.

Evidence that existed when a claim's newest verdict was published counts as
published with it (it was public until now); evidence added later, during a
re-check, stays private until the next verdict. Every verdict's author is one of
its authors. On SQLite, the span triggers of 0004 come back after the table rebuild.
"""

import importlib

from django.db import migrations
from django.db.models import Max, OuterRef, Subquery

span_triggers = importlib.import_module("articles.migrations.0004_appearance_span_inside_article")


def forwards(apps, schema_editor):
    Evidence = apps.get_model("articles", "Evidence")
    Verdict = apps.get_model("articles", "Verdict")
    newest_publication = (
        Verdict.objects.filter(claim=OuterRef("claim"), state="published")
        .order_by()
        .values("claim")
        .annotate(at=Max("published_at"))
        .values("at")
    )
    for evidence in Evidence.objects.annotate(published=Subquery(newest_publication)).filter(
        published__isnull=False
    ):
        if evidence.created_at <= evidence.published:
            Evidence.objects.filter(pk=evidence.pk).update(published_at=evidence.published)
    Through = Verdict.authors.through
    Through.objects.bulk_create(
        [
            Through(verdict_id=pk, user_id=author_id)
            for pk, author_id in Verdict.objects.values_list("pk", "author_id")
        ],
        batch_size=1000,
        ignore_conflicts=True,
    )


def restore_sqlite_span_triggers(apps, schema_editor):
    """SQLite rebuilt the appearance table to add its version column, dropping the triggers
    that keep a placed span inside its article (0004); put them back."""
    if schema_editor.connection.vendor != "sqlite":
        return
    for event in ("insert", "update"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS appearance_span_inside_article_{event}")
    for statement in span_triggers.SQLITE_TRIGGERS:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_accountable_writes")]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RunPython(restore_sqlite_span_triggers, migrations.RunPython.noop),
    ]
