# The note on a suggested claim's first status change is stored in English and shown in each
# reader's language; notes written in Ukrainian before (an editor working in Ukrainian asked
# for the suggestions) become the English text, so English readers no longer see Ukrainian.

from django.db import migrations

NOTE = "Suggested from the article's text"
# Its translations as the catalogue had them when they were stored.
TRANSLATIONS = ("Запропоновано з тексту статті",)


def forwards(apps, schema_editor):
    StatusChange = apps.get_model("articles", "StatusChange")
    StatusChange.objects.filter(
        from_status="", to_status="suggested", note__in=TRANSLATIONS
    ).update(note=NOTE)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0021_background_task_heartbeats"),
    ]

    # Backwards the notes stay in English, as the code before this wrote them too.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
