"""The publication stamp: one row the services move when something readers see changes."""

from django.db import migrations, models


def create_stamp(apps, schema_editor):
    apps.get_model("articles", "PublicationStamp").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("articles", "0013_claim_search_document")]

    operations = [
        migrations.CreateModel(
            name="PublicationStamp",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("changes", models.PositiveBigIntegerField(default=0, verbose_name="changes")),
                (
                    "changed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="changed"),
                ),
            ],
            options={
                "verbose_name": "publication stamp",
                "verbose_name_plural": "publication stamps",
            },
        ),
        migrations.RunPython(create_stamp, migrations.RunPython.noop),
    ]
