import os

# Playwright's event loop is running while pytest-django sets up the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest
from django.contrib.auth.models import Group

from tests import factories

CHROMIUM = "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    """Skip browser tests where Chromium is missing, unless the run requires a browser (CI)."""
    if os.path.exists(CHROMIUM) or os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1":
        return
    skip = pytest.mark.skip(
        reason=f"Chromium not found at {CHROMIUM} (install it: apt-get install chromium)"
    )
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2 on every factory user costs more than most tests themselves.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def editor(db):
    user = factories.UserFactory(username="editor")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def reviewer(db):
    user = factories.UserFactory(username="reviewer")
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client
