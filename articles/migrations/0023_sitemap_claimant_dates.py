# The sitemap dates a claimant's page by their latest public claim, read from an index.

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0022_suggestion_notes_in_english'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name='claim',
            index=models.Index(condition=models.Q(('status__in', ['open', 'researching', 'in_review', 'published'])), fields=['claimant', '-updated_at'], name='claim_claimant_updated_idx'),
        ),
    ]
