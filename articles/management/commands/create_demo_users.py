"""Create (or reset) a demo editor and a demo reviewer and print their passwords."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEMO_USERS = [("editor", "Editors"), ("reviewer", "Reviewers")]


class Command(BaseCommand):
    help = "Create a demo editor and a demo reviewer for local use, printing their passwords."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password", help="Use this password for both accounts instead of random ones."
        )
        parser.add_argument(
            "--keep-existing",
            action="store_true",
            help="Leave accounts that already exist (and their passwords) as they are.",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        User = get_user_model()
        for username, group_name in DEMO_USERS:
            try:
                group = Group.objects.get(name=group_name)
            except Group.DoesNotExist:
                raise CommandError(
                    f"Group {group_name!r} is missing: run 'manage.py migrate' first."
                ) from None
            if options["keep_existing"] and User.objects.filter(username=username).exists():
                self.stdout.write(
                    f"{group_name[:-1]:<9} {'kept':<8} username: {username:<9} "
                    "(new password: manage.py create_demo_users)"
                )
                continue
            password = options["password"] or secrets.token_urlsafe(9)
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org"}
            )
            user.is_staff = True
            user.set_password(password)
            user.save()
            user.groups.set([group])
            verb = "created" if created else "reset"
            self.stdout.write(
                f"{group_name[:-1]:<9} {verb:<8} username: {username:<9} password: {password}"
            )
