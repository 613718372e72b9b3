# A running task records which process runs it and when it was last heard from, so a task whose worker stopped is found stalled.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0020_article_search_trigram'),
    ]

    operations = [
        migrations.AddField(
            model_name='backgroundtask',
            name='heartbeat_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='last heard from'),
        ),
        migrations.AddField(
            model_name='backgroundtask',
            name='stalled_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='found stalled'),
        ),
        migrations.AddField(
            model_name='backgroundtask',
            name='started_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='started'),
        ),
        migrations.AddField(
            model_name='backgroundtask',
            name='worker_host',
            field=models.CharField(blank=True, max_length=255, verbose_name="worker's host"),
        ),
        migrations.AddField(
            model_name='backgroundtask',
            name='worker_pid',
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name="worker's process id"),
        ),
    ]
