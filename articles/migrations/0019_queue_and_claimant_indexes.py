# The editors' queue reads partial indexes of the claims at work; a claimant's claims are counted by status and kind from an index.

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0018_background_tasks'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='claim',
            name='claim_claimant_status_idx',
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(fields=['claimant', 'status', 'kind'], name='claim_claimant_status_kind_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('status__in', ['suggested', 'open', 'researching', 'in_review'])), fields=['assignee', 'last_activity_at', 'id'], name='claim_working_assignee_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('status__in', ['open', 'researching', 'in_review'])), fields=['last_activity_at', 'id'], name='claim_checking_activity_idx'),
        ),
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('status', 'in_review')), fields=['last_activity_at', 'id'], name='claim_in_review_activity_idx'),
        ),
    ]
