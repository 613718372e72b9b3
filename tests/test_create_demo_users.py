"""``manage.py create_demo_users``: demo accounts for a laptop, never by accident in production."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db

User = get_user_model()
STRONG = "an ample demo passphrase"


@pytest.fixture
def development(settings):
    settings.DEBUG = True


def run(*args) -> list[str]:
    out = StringIO()
    call_command("create_demo_users", *args, stdout=out)
    return out.getvalue().splitlines()


def test_creates_an_editor_and_a_reviewer_and_prints_their_passwords(development):
    lines = run("--password", STRONG)

    assert lines == [
        f"Editor    created  username: editor    password: {STRONG}",
        f"Reviewer  created  username: reviewer  password: {STRONG}",
    ]
    reviewer = User.objects.get(username="reviewer")
    assert reviewer.check_password(STRONG)
    assert reviewer.is_staff
    assert reviewer.has_perm("articles.publish_verdict")


def test_a_weak_password_is_refused_with_the_validators_reasons(development):
    with pytest.raises(CommandError) as caught:
        run("--password", "1")

    assert str(caught.value).startswith("Password refused for editor: This password is too short.")
    assert "This password is entirely numeric." in str(caught.value)
    assert not User.objects.exists()


def test_a_second_run_keeps_the_existing_passwords(development):
    run("--password", STRONG)

    lines = run()

    assert lines[0] == (
        "Editor    kept     username: editor    (new password: manage.py create_demo_users --reset)"
    )
    assert User.objects.get(username="editor").check_password(STRONG)


def test_reset_gives_existing_accounts_new_passwords(development):
    run("--password", STRONG)

    lines = run("--reset")

    new_password = lines[0].rsplit(" ", 1)[1]
    assert lines[0].startswith("Editor    reset    username: editor    password: ")
    assert User.objects.get(username="editor").check_password(new_password)
    assert not User.objects.get(username="editor").check_password(STRONG)


def test_production_is_refused_and_nothing_is_created(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match=r"DEBUG is off \(DJANGO_DEBUG=0\)"):
        run("--password", STRONG)

    assert not User.objects.exists()


def test_production_needs_allow_production(settings):
    settings.DEBUG = False

    run("--password", STRONG, "--allow-production")

    assert User.objects.filter(username__in=["editor", "reviewer"]).count() == 2
