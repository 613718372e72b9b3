"""A placed appearance's span lies inside its article's text and quotes it exactly.

A check constraint cannot look at another table, so a trigger enforces it on
both databases. Orphaned appearances are exempt: their article's text changed
and they keep the last place they were known at.
"""

from django.db import migrations

MESSAGE = "appearance span is not inside its article's text or does not match its quote"

SQLITE_CONDITION = """
    NOT NEW.orphaned AND NOT EXISTS (
        SELECT 1 FROM articles_article a
        WHERE a.id = NEW.article_id
          AND NEW."end" <= length(a.body)
          AND substr(a.body, NEW.start + 1, NEW."end" - NEW.start) = NEW.exact
    )
"""

SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER appearance_span_inside_article_{event.lower()}
    BEFORE {event} ON articles_appearance
    WHEN {SQLITE_CONDITION}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE.replace("'", "''")}'); END
    """
    for event in ("INSERT", "UPDATE")
]

POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION articles_appearance_span_inside_article() RETURNS trigger AS $$
BEGIN
    IF NOT NEW.orphaned AND NOT EXISTS (
        SELECT 1 FROM articles_article a
        WHERE a.id = NEW.article_id
          AND NEW."end" <= length(a.body)
          AND substr(a.body, NEW.start + 1, NEW."end" - NEW.start) = NEW.exact
    ) THEN
        RAISE EXCEPTION '{MESSAGE.replace("'", "''")}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER appearance_span_inside_article
BEFORE INSERT OR UPDATE ON articles_appearance
FOR EACH ROW EXECUTE FUNCTION articles_appearance_span_inside_article();
"""


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for statement in SQLITE_TRIGGERS:
            schema_editor.execute(statement)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_FUNCTION)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for event in ("insert", "update"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS appearance_span_inside_article_{event}")
    elif vendor == "postgresql":
        schema_editor.execute(
            "DROP TRIGGER IF EXISTS appearance_span_inside_article ON articles_appearance;"
            "DROP FUNCTION IF EXISTS articles_appearance_span_inside_article();"
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_postgres_extensions")]

    operations = [migrations.RunPython(forwards, backwards)]
