"""Trigram matching and accent folding on PostgreSQL; nothing on SQLite."""

from django.db import migrations


def create_extensions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_default_ratings_and_roles")]

    operations = [migrations.RunPython(create_extensions, migrations.RunPython.noop)]
