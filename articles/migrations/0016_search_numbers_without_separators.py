"""Claims' search documents also hold their numbers without thousands separators.

PostgreSQL's parser reads "1,000" as the two numbers 1 and 000, so a reader's search for
"1000" found nothing. The search document now adds each grouped number of the claim's
text written without its separators (commas, no-break and narrow no-break spaces, plain
spaces), and the search box drops the separators of the query
(``articles.text.join_thousands``), so "1000", "1,000" and "1 000" find one another.
"""

from django.db import migrations

CONFIG = "english"
# A number written in groups of three: 1,000 / 1 000 / 12 345 678 (no-break spaces too).
GROUPED = r"(?<![0-9.,])[0-9]{1,3}(?:[, \u00a0\u202f][0-9]{3})+(?![0-9])"


def _function(document: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION articles_claim_search_document() RETURNS trigger AS $$
BEGIN
    NEW.search_document := {document};
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
UPDATE articles_claim SET claimant_id = claimant_id;
"""


TEXT_AND_NAME = f"""
        setweight(to_tsvector('{CONFIG}', coalesce(NEW.text, '')), 'A')
        || setweight(to_tsvector('{CONFIG}', coalesce(
            (SELECT name FROM articles_claimant WHERE id = NEW.claimant_id), '')), 'B')"""

JOINED_NUMBERS = f"""
        || setweight(to_tsvector('simple', array_to_string(ARRAY(
            SELECT regexp_replace(m[1], '[, \\u00a0\\u202f]', '', 'g')
            FROM regexp_matches(coalesce(NEW.text, ''), '({GROUPED})', 'g') AS m), ' ')), 'A')"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(_function(TEXT_AND_NAME + JOINED_NUMBERS))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(_function(TEXT_AND_NAME))


class Migration(migrations.Migration):
    dependencies = [("articles", "0015_alias_name_validator")]

    operations = [migrations.RunPython(forwards, backwards)]
