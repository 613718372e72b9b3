import os

# Playwright's event loop is running while pytest-django sets up the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import datetime
import importlib
import logging
import signal
from decimal import Decimal
from io import StringIO

import hypothesis
import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import translation

from tests import factories

# The suite must give the same answer twice: property tests draw the same examples on every
# run. HYPOTHESIS_PROFILE=explore draws fresh ones when hunting for new failures by hand.
hypothesis.settings.register_profile("deterministic", derandomize=True, database=None)
hypothesis.settings.register_profile("explore", max_examples=1000)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

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


# The data migrations that write reference data, in order: the scale and roles, the
# scale's translations, the roles' view of background tasks.
REFERENCE_DATA_MIGRATIONS = (
    "0002_default_ratings_and_roles",
    "0008_rating_translations",
    "0018_background_tasks",
)


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Restore the rating scale and the roles after a transactional test flushed them.

    Tests with ``transaction=True`` (browser, threads) empty every table when they end,
    including what data migrations wrote; later tests expect it as a fresh database has it.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = (
        "transactional_db" in request.fixturenames
        or "live_server" in request.fixturenames
        or bool(marker and marker.kwargs.get("transaction"))
    )
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    if not Group.objects.filter(name="Reviewers").exists():
        for name in REFERENCE_DATA_MIGRATIONS:
            importlib.import_module(f"articles.migrations.{name}").forwards(apps, None)


@pytest.fixture(autouse=True)
def _default_language():
    # The locale middleware activates a request's language for the whole thread; a test that
    # asked for Ukrainian pages must not leave the next test's output in Ukrainian.
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2 on every factory user costs more than most tests themselves.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _static_files_by_their_names(settings):
    # Production links the hashed copies collectstatic writes; the suite never collects them.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _no_public_page_cache(settings):
    # A page cached in one test must not answer in another; test_caching.py turns it on.
    settings.FACTCHECK_PUBLIC_CACHE_SECONDS = 0
    settings.FACTCHECK_COUNTS_CACHE_SECONDS = 0
    settings.FACTCHECK_FRAGMENT_CACHE_SECONDS = 0
    # The stamp in the database whatever REDIS_URL says: a test's writes are never committed
    # (they are rolled back), and the cached stamp moves on commit. test_caching_shared.py
    # commits for real and keeps the stamp in the cache.
    settings.FACTCHECK_STAMP_IN_CACHE = False


@pytest.fixture(autouse=True)
def _tasks_run_inline(settings):
    # A test sees a task's work as soon as it is queued; the tests of the queue itself
    # switch to the database backend and run its worker (tests/test_tasks.py).
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def task_worker(settings, transactional_db):
    """Tasks go to the database backend; calling the fixture runs its worker in-process
    (``manage.py db_worker --batch``) until no task is left, and returns its output.

    Transactional, as a worker is: it commits each task's work, and it closes a
    connection it finds inside a transaction (PostgreSQL), as a test's would be.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    handlers = {number: signal.getsignal(number) for number in signals}
    loggers = [logging.getLogger(name) for name in ("django.tasks", "django_tasks_db")]
    levels = [logger.level for logger in loggers]

    def run() -> str:
        out = StringIO()
        call_command(
            "db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval=0",
            verbosity=0, stdout=out,
        )  # fmt: skip
        return out.getvalue()

    yield run
    # The worker takes over the stop signals and the tasks' log levels for its process.
    for number, handler in handlers.items():
        signal.signal(number, handler)
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started only once the test database exists."""
    return live_server


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


@pytest.fixture
def larissa_dead(db):
    """A tracked figure with one point: 40 dead in the Larissa floods on Monday 4 September 2023
    (tests of figures over time add a later toll to it)."""
    figure = factories.TrackedFigureFactory(
        name="Dead in the Larissa floods", unit="people", place="Larissa"
    )
    factories.ClaimFactory(
        text="Floods around Larissa have killed 40 people.",
        figure_value=Decimal(40),
        figure_unit="people",
        said_on=datetime.date(2023, 9, 4),
        tracked_figure=figure,
    )
    return figure
