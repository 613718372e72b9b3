"""Ukrainian labels and descriptions for the rating scale, filled in for the default scale."""

from django.db import migrations, models

UKRAINIAN = {
    # slug: (label, description)
    "true": ("Правда", "Твердження точне, і нічого суттєвого в ньому не пропущено."),
    "mostly-true": ("Переважно правда", "Точне, але потребує уточнення або ширшого контексту."),
    "half-true": ("Напівправда", "Частково точне; пропускає важливі деталі."),
    "misleading": ("Маніпуляція", "Містить частку правди, але створює хибне враження."),
    "mostly-false": ("Переважно неправда", "Містить елемент правди, але ігнорує ключові факти."),
    "false": ("Неправда", "Твердження неточне."),
    "unverifiable": ("Неможливо перевірити", "Поки що недостатньо доказів, щоб оцінити твердження."),
}


def forwards(apps, schema_editor):
    # Only where nobody has written a translation yet; an edited scale keeps its words.
    Rating = apps.get_model("articles", "Rating")
    for slug, (label, description) in UKRAINIAN.items():
        Rating.objects.filter(slug=slug, label_uk="").update(label_uk=label)
        Rating.objects.filter(slug=slug, description_uk="").update(description_uk=description)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0007_published_evidence_and_verdict_authors'),
    ]

    operations = [
        migrations.AddField(
            model_name='rating',
            name='description_uk',
            field=models.TextField(blank=True, help_text='Shown on Ukrainian pages; empty: the English description.', verbose_name='description in Ukrainian'),
        ),
        migrations.AddField(
            model_name='rating',
            name='label_uk',
            field=models.CharField(blank=True, help_text='Shown on Ukrainian pages, feeds and data; empty: the English label.', max_length=60, verbose_name='label in Ukrainian'),
        ),
        migrations.AlterField(
            model_name='rating',
            name='description',
            field=models.TextField(blank=True, help_text='In English.', verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='rating',
            name='label',
            field=models.CharField(help_text='In English.', max_length=60, verbose_name='label'),
        ),
        migrations.AddField(
            model_name='historicalrating',
            name='description_uk',
            field=models.TextField(blank=True, help_text='Shown on Ukrainian pages; empty: the English description.', verbose_name='description in Ukrainian'),
        ),
        migrations.AddField(
            model_name='historicalrating',
            name='label_uk',
            field=models.CharField(blank=True, help_text='Shown on Ukrainian pages, feeds and data; empty: the English label.', max_length=60, verbose_name='label in Ukrainian'),
        ),
        migrations.AlterField(
            model_name='historicalrating',
            name='description',
            field=models.TextField(blank=True, help_text='In English.', verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='historicalrating',
            name='label',
            field=models.CharField(help_text='In English.', max_length=60, verbose_name='label'),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
