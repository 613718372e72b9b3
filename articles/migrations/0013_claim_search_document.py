"""A stored search document per claim, kept up to date by PostgreSQL; trigram indexes.

On PostgreSQL:

- ``articles_claim.search_document`` holds the claim's words (weight A) and its
  claimant's name (weight B), stemmed as English. A trigger fills it whenever a
  claim's text or claimant is written, by any path (services, bulk inserts, COPY);
  another refreshes a claimant's claims when the claimant is renamed. A GIN index
  over public claims makes a reader's search read only the claims that match.
- Trigram (``pg_trgm``) GIN indexes on the upper-cased claim text and claimant name
  answer the admin's "contains" searches and autocompletes without reading every row.

Elsewhere (SQLite) the column stays empty and searches match substrings.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations

CONFIG = "english"

FORWARDS = f"""
CREATE OR REPLACE FUNCTION articles_claim_search_document() RETURNS trigger AS $$
BEGIN
    NEW.search_document :=
        setweight(to_tsvector('{CONFIG}', coalesce(NEW.text, '')), 'A')
        || setweight(to_tsvector('{CONFIG}', coalesce(
            (SELECT name FROM articles_claimant WHERE id = NEW.claimant_id), '')), 'B');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER articles_claim_search_document
BEFORE INSERT OR UPDATE OF text, claimant_id ON articles_claim
FOR EACH ROW EXECUTE FUNCTION articles_claim_search_document();

CREATE OR REPLACE FUNCTION articles_claimant_search_rename() RETURNS trigger AS $$
BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name THEN
        -- Rewriting the key fires the claims' own trigger, which reads the new name.
        UPDATE articles_claim SET claimant_id = claimant_id WHERE claimant_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER articles_claimant_search_rename
AFTER UPDATE OF name ON articles_claimant
FOR EACH ROW EXECUTE FUNCTION articles_claimant_search_rename();

UPDATE articles_claim SET claimant_id = claimant_id;

-- Readers search public claims only; the admin searches with the trigram index below.
CREATE INDEX claim_search_document_idx ON articles_claim USING gin (search_document)
WHERE status IN ('open', 'researching', 'in_review', 'published');
CREATE INDEX claim_text_trgm_idx ON articles_claim USING gin (upper(text) gin_trgm_ops);
CREATE INDEX claimant_name_trgm_idx ON articles_claimant USING gin (upper(name) gin_trgm_ops);
"""

BACKWARDS = """
DROP INDEX IF EXISTS claimant_name_trgm_idx;
DROP INDEX IF EXISTS claim_text_trgm_idx;
DROP INDEX IF EXISTS claim_search_document_idx;
DROP TRIGGER IF EXISTS articles_claimant_search_rename ON articles_claimant;
DROP FUNCTION IF EXISTS articles_claimant_search_rename();
DROP TRIGGER IF EXISTS articles_claim_search_document ON articles_claim;
DROP FUNCTION IF EXISTS articles_claim_search_document();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARDS)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARDS)


class Migration(migrations.Migration):
    dependencies = [("articles", "0012_list_indexes")]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="search_document",
            field=SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
