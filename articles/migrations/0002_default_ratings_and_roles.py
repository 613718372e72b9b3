"""The default verdict scale and the Editors and Reviewers groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RATINGS = [
    # label, slug, value, colour, description
    ("True", "true", 6, "#1a7f37", "The claim is accurate and nothing significant is missing."),
    (
        "Mostly true",
        "mostly-true",
        5,
        "#4c9a2a",
        "Accurate, but needs clarification or more context.",
    ),
    ("Half true", "half-true", 4, "#9a6700", "Partially accurate; leaves out important details."),
    (
        "Misleading",
        "misleading",
        3,
        "#bc4c00",
        "Contains some truth but creates a false impression.",
    ),
    (
        "Mostly false",
        "mostly-false",
        2,
        "#cf222e",
        "Contains an element of truth but ignores critical facts.",
    ),
    ("False", "false", 1, "#82071e", "The claim is inaccurate."),
    (
        "Unverifiable",
        "unverifiable",
        0,
        "#57606a",
        "There is not enough evidence to rate the claim yet.",
    ),
]

EDITOR_MODELS = {
    "outlet": ("add", "change", "view"),
    "article": ("add", "change", "view"),
    "claimant": ("add", "change", "view"),
    "topic": ("add", "change", "view"),
    "trackedfigure": ("add", "change", "view"),
    "claim": ("add", "change", "view"),
    "appearance": ("add", "change", "delete", "view"),
    "evidence": ("add", "change", "delete", "view"),
    "verdict": ("add", "change", "view"),
    "rating": ("view",),
    "correction": ("view",),
    "statuschange": ("view",),
}
REVIEWER_EXTRA = {
    "correction": ("add", "change"),
    "rating": ("add", "change"),
    "claim": ("publish_verdict", "reopen_claim"),
}


def codename(action, model):
    return action if "_" in action else f"{action}_{model}"


def forwards(apps, schema_editor):
    # Permissions are normally created after migrate; the groups need them now.
    app_config = apps.get_app_config("articles")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module

    Rating = apps.get_model("articles", "Rating")
    for label, slug, value, colour, description in RATINGS:
        Rating.objects.update_or_create(
            slug=slug,
            defaults={"label": label, "value": value, "colour": colour, "description": description},
        )

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(spec):
        names = [codename(action, model) for model, actions in spec.items() for action in actions]
        found = list(
            Permission.objects.filter(content_type__app_label="articles", codename__in=names)
        )
        missing = set(names) - {p.codename for p in found}
        if missing:
            raise RuntimeError(f"missing permissions: {sorted(missing)}")
        return found

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.set(perms(EDITOR_MODELS))
    reviewers, _ = Group.objects.get_or_create(name="Reviewers")
    reviewers.permissions.set(perms(EDITOR_MODELS) + perms(REVIEWER_EXTRA))


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Reviewers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
