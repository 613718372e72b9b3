# The articles' lists read one index in their order (published_on, id, newest first),
# which also answers look-ups by date: the date's own index goes, on the history table too.
# Dropped by name (the names Django gave them on every database), so SQLite is not made to
# copy the articles table, whose triggers name it, to drop one.

import articles.validators
from django.db import migrations, models

# (table, index name) of the date indexes this migration drops.
DATE_INDEXES = [
    ("articles_article", "articles_article_published_on_6fb2210d"),
    ("articles_historicalarticle", "articles_historicalarticle_published_on_f54f3fe6"),
]


def drop_date_index(table, name):
    return migrations.RunSQL(
        f'DROP INDEX IF EXISTS "{name}"',
        reverse_sql=f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ("published_on")',
    )


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0026_claim_loose_figure_index'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[drop_date_index(*index) for index in DATE_INDEXES],
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='published_on',
                    field=models.DateField(validators=[articles.validators.PlausibleDateValidator()], verbose_name='published on'),
                ),
                migrations.AlterField(
                    model_name='historicalarticle',
                    name='published_on',
                    field=models.DateField(validators=[articles.validators.PlausibleDateValidator()], verbose_name='published on'),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['-published_on', '-id'], name='article_newest_idx'),
        ),
    ]
