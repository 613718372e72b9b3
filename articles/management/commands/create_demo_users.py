"""Create a demo editor and a demo reviewer for local use: ``manage.py create_demo_users``.

Prints each new account's password (random, or ``--password``, which must pass the
site's password validators). An account that already exists keeps its password, so
running it again logs nobody out (``--keep-existing``, which ``make run`` passes,
says so explicitly); ``--reset`` gives existing accounts new passwords.

Demo accounts with known passwords have no place on a production site: with
``DEBUG`` off (``DJANGO_DEBUG=0``) the command refuses to run unless given
``--allow-production``.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEMO_USERS = [("editor", "Editors"), ("reviewer", "Reviewers")]


class Command(BaseCommand):
    help = (
        "Create a demo editor and a demo reviewer for local use, printing their passwords; "
        "existing accounts keep theirs unless --reset."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Use this password for the accounts it creates or resets instead of random "
            "ones (it must pass the password validators).",
        )
        existing = parser.add_mutually_exclusive_group()
        existing.add_argument(
            "--reset",
            action="store_true",
            help="Give accounts that already exist a new password too.",
        )
        existing.add_argument(
            "--keep-existing",
            action="store_true",
            help="Leave accounts that already exist (and their passwords) as they are "
            "(the default).",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even with DEBUG off (DJANGO_DEBUG=0).",
        )

    @transaction.atomic
    def handle(self, *args, password=None, reset=False, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "DEBUG is off (DJANGO_DEBUG=0): this looks like a production site, where demo "
                "accounts do not belong. Pass --allow-production to create them anyway."
            )
        User = get_user_model()
        for username, group_name in DEMO_USERS:
            try:
                group = Group.objects.get(name=group_name)
            except Group.DoesNotExist:
                raise CommandError(
                    f"Group {group_name!r} is missing: run 'manage.py migrate' first."
                ) from None
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org", "is_staff": True}
            )
            role = group_name[:-1]
            if not created and not reset:
                user.groups.add(group)
                self.stdout.write(
                    f"{role:<9} {'kept':<8} username: {username:<9} "
                    "(new password: manage.py create_demo_users --reset)"
                )
                continue
            new_password = password or secrets.token_urlsafe(12)
            try:
                validate_password(new_password, user)
            except ValidationError as error:
                raise CommandError(
                    f"Password refused for {username}: {' '.join(error.messages)}"
                ) from None
            user.is_staff = True
            user.set_password(new_password)
            user.save()
            user.groups.set([group])
            verb = "created" if created else "reset"
            self.stdout.write(
                f"{role:<9} {verb:<8} username: {username:<9} password: {new_password}"
            )
