# An import of suggestions writes into fewer indexes: a foreign key's own index goes where a
# composite index led by the same column answers every look-up by it (a claim's claimant, an
# appearance's claim), and the indexes of columns most rows leave empty (a claim's assignee
# and tracked figure, who added an appearance) hold only the rows that name one; so does the
# queue's index of the claims at work of an assignee.
#
# The foreign keys' own indexes are dropped by name (the names Django gave them on every
# database), so SQLite is not made to copy the claims and appearances tables to drop one.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# (table, column, index name) of the foreign keys' own indexes this migration drops.
FOREIGN_KEY_INDEXES = [
    ("articles_claim", "claimant_id", "articles_claim_claimant_id_abfcc1f4"),
    ("articles_claim", "assignee_id", "articles_claim_assignee_id_534f5672"),
    ("articles_claim", "tracked_figure_id", "articles_claim_tracked_figure_id_79ce761a"),
    ("articles_appearance", "claim_id", "articles_appearance_claim_id_ea95f537"),
    ("articles_appearance", "added_by_id", "articles_appearance_added_by_id_933ff971"),
]


def drop_foreign_key_index(table, column, name):
    return migrations.RunSQL(
        f'DROP INDEX IF EXISTS "{name}"',
        reverse_sql=f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ("{column}")',
    )


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0024_claim_text_trigram_statistics'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='claim',
            name='claim_working_assignee_idx',
        ),
        migrations.SeparateDatabaseAndState(
            database_operations=[drop_foreign_key_index(*index) for index in FOREIGN_KEY_INDEXES],
            state_operations=[
                migrations.AlterField(
                    model_name='appearance',
                    name='added_by',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='added by'),
                ),
                migrations.AlterField(
                    model_name='appearance',
                    name='claim',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='appearances', to='articles.claim', verbose_name='claim'),
                ),
                migrations.AlterField(
                    model_name='claim',
                    name='assignee',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='assigned_claims', to=settings.AUTH_USER_MODEL, verbose_name='assignee'),
                ),
                migrations.AlterField(
                    model_name='claim',
                    name='claimant',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='claims', to='articles.claimant', verbose_name='claimant'),
                ),
                migrations.AlterField(
                    model_name='claim',
                    name='tracked_figure',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='claims', to='articles.trackedfigure', verbose_name='tracked figure'),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name='appearance',
            index=models.Index(condition=models.Q(('added_by__isnull', False)), fields=['added_by'], name='appearance_added_by_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('assignee__isnull', False), ('status__in', ['suggested', 'open', 'researching', 'in_review'])), fields=['assignee', 'last_activity_at', 'id'], name='claim_working_assignee_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('assignee__isnull', False)), fields=['assignee'], name='claim_assignee_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('tracked_figure__isnull', False)), fields=['tracked_figure'], name='claim_tracked_figure_idx'),
        ),
    ]
