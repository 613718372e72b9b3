"""An imported article's origin becomes its seed file's path under the import root.

Before, it was the bare file name; every seed then came from the seed folder
(``FACTCHECK_SEEDS_DIR``), so ``000_x.txt`` becomes ``seeds/000_x.txt`` (the seed
folder's path under ``FACTCHECK_IMPORT_ROOT``) and the next import of that folder
finds its articles unchanged.
"""

import os

from django.conf import settings
from django.db import migrations, models
from django.db.models import Value
from django.db.models.functions import Concat, Length

ORIGIN_MAX_LENGTH = 255


def seeds_prefix() -> str:
    root = os.path.realpath(settings.FACTCHECK_IMPORT_ROOT)
    seeds = os.path.realpath(settings.FACTCHECK_SEEDS_DIR)
    relative = os.path.relpath(seeds, root)
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        relative = seeds
    return relative.replace(os.sep, "/") + "/"


def bare_names(model):
    return model.objects.exclude(origin="admin").exclude(origin__contains="/")


def forwards(apps, schema_editor):
    prefix = seeds_prefix()
    for name in ("Article", "HistoricalArticle"):
        model = apps.get_model("articles", name)
        bare_names(model).annotate(length=Length("origin")).filter(
            length__lte=ORIGIN_MAX_LENGTH - len(prefix)
        ).update(origin=Concat(Value(prefix), "origin"))


def backwards(apps, schema_editor):
    prefix = seeds_prefix()
    for name in ("Article", "HistoricalArticle"):
        model = apps.get_model("articles", name)
        rows = model.objects.filter(origin__startswith=prefix).values_list("pk", "origin")
        for pk, origin in rows:
            if "/" not in origin[len(prefix) :]:
                model.objects.filter(pk=pk).update(origin=origin[len(prefix) :])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_rating_translations"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="origin",
            field=models.CharField(
                default="admin",
                help_text=(
                    'The seed file it was imported from, as a path under the import root, or "admin".'
                ),
                max_length=255,
                verbose_name="origin",
            ),
        ),
        migrations.AlterField(
            model_name="historicalarticle",
            name="origin",
            field=models.CharField(
                default="admin",
                help_text=(
                    'The seed file it was imported from, as a path under the import root, or "admin".'
                ),
                max_length=255,
                verbose_name="origin",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
