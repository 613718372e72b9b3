"""Trigram indexes for the admin's article search (title, address, seed file), on PostgreSQL."""

from django.db import migrations

FORWARDS = """
CREATE INDEX article_title_trgm_idx ON articles_article USING gin (upper(title) gin_trgm_ops);
CREATE INDEX article_url_trgm_idx ON articles_article USING gin (upper(url) gin_trgm_ops);
CREATE INDEX article_origin_trgm_idx ON articles_article USING gin (upper(origin) gin_trgm_ops);
CREATE INDEX outlet_name_trgm_idx ON articles_outlet USING gin (upper(name) gin_trgm_ops);
"""

BACKWARDS = """
DROP INDEX IF EXISTS outlet_name_trgm_idx;
DROP INDEX IF EXISTS article_origin_trgm_idx;
DROP INDEX IF EXISTS article_url_trgm_idx;
DROP INDEX IF EXISTS article_title_trgm_idx;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARDS)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARDS)


class Migration(migrations.Migration):
    dependencies = [("articles", "0019_queue_and_claimant_indexes")]

    operations = [migrations.RunPython(forwards, backwards)]
