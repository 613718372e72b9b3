"""Settings for the factcheck workbench.

Everything that differs between a laptop and production comes from the
environment; the defaults are safe for local development only.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY",
    "django-insecure-development-only-key-never-use-in-production" if DEBUG else "",
)
if not SECRET_KEY:
    raise RuntimeError("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "factcheck.apps.FactcheckAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "axes",
    "django_filters",
    "simple_history",
    "rest_framework",
    "drf_spectacular",
    # Before the task backend: its `db_worker` command is articles' own, which first marks
    # the tasks whose worker stopped (articles/management/commands/db_worker.py).
    "articles",
    "django_tasks_db",
]

MIDDLEWARE = [
    # The security headers come first, so every response carries them: static files,
    # the redirect to HTTPS, a 400 for an unknown host, errors raised further down.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Readers' pages from the cache, compressed once, before the rest runs (the security
    # headers above are added to every answer); see articles/caching.py.
    "articles.caching.PublicPageCacheMiddleware",
    # Above the session and CSRF middleware, so it sees whether a response varies on Cookie.
    *(
        ["factcheck.middleware.SharedResponseGZipMiddleware"]
        if env_bool("FACTCHECK_GZIP", True)
        else []
    ),
    "articles.siteurl.SiteURLMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"
ASGI_APPLICATION = "factcheck.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "0" if DEBUG else "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # On every connection: WAL, so readers never wait for a writer nor a writer for
    # readers; a busy timeout, so a writer waits for the write lock (20 s by default,
    # FACTCHECK_SQLITE_TIMEOUT) instead of failing with "database is locked"; IMMEDIATE,
    # so a transaction takes that lock at BEGIN (waiting if need be) rather than failing
    # when its first write comes. Long jobs write in short transactions (imports,
    # backups: see docs/operations.md).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": float(os.environ.get("FACTCHECK_SQLITE_TIMEOUT", "20")),
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # The test database is a file too, not Django's in-memory default: in memory, the live
    # server's request threads would all share the test thread's one connection, and two
    # requests at once on one sqlite3 connection can read each other's rows. On a file each
    # thread has its own connection, as in production.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-db.sqlite3")}
IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Django's default of 300 entries does not hold a few hundred readers' pages and
            # the fragments they are made of: past it, a third of the cache is dropped.
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    )
}

# Long work (an import of many files, suggestions for many articles) runs as a task. The
# database backend keeps tasks in the database until a worker runs them
# (`manage.py db_worker`, which `make run` starts; see docs/operations.md). "immediate" runs
# each task inline, in the process that asked for it: for a machine without a worker.
FACTCHECK_TASKS_BACKEND = os.environ.get("FACTCHECK_TASKS_BACKEND", "database")
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
}
if FACTCHECK_TASKS_BACKEND not in TASK_BACKENDS:
    raise RuntimeError(
        f"FACTCHECK_TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, "
        f"not {FACTCHECK_TASKS_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[FACTCHECK_TASKS_BACKEND]}}
# A running task's worker writes a heartbeat on the task's row every fifth of this many
# seconds. A task not heard from for longer lost its worker (killed, out of memory, the
# machine went down): the admin's Background tasks page, or the next worker to start, marks
# it failed, and editors can run it again. Keep it well above the longest pause a busy
# database can impose on a write (FACTCHECK_SQLITE_TIMEOUT on SQLite).
FACTCHECK_TASK_STALL_SECONDS = float(os.environ.get("FACTCHECK_TASK_STALL_SECONDS", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("uk", _("Ukrainian"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
# The workbench's own date and time formats per language (factcheck/formats/<lang>/).
FORMAT_MODULE_PATH = ["factcheck.formats"]

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# One storage whatever DEBUG says, so collectstatic always writes the manifest production
# needs. With DEBUG on, pages link the files by their plain names (runserver serves them
# from the source folders); `check --deploy` reports a missing manifest.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGIN_URL = "admin:login"
# Where a login lands when its "next" is missing or refused (another site, say).
LOGIN_REDIRECT_URL = "admin:index"

# Login throttling (django-axes): after FACTCHECK_LOGIN_FAILURE_LIMIT wrong passwords for
# one account from one address, that account is locked for that address (its right
# password included) until FACTCHECK_LOGIN_LOCKOUT_MINUTES pass without another try, or
# until `manage.py axes_reset_username NAME`. A locked-out try costs no password hash.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("FACTCHECK_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("FACTCHECK_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"
# Behind FACTCHECK_PROXY_COUNT reverse proxies, each appending to X-Forwarded-For, a
# client's address is the entry the nearest proxy added; with none, the connection's.
FACTCHECK_PROXY_COUNT = int(os.environ.get("FACTCHECK_PROXY_COUNT", "0"))
if FACTCHECK_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = FACTCHECK_PROXY_COUNT
    AXES_IPWARE_PROXY_ORDER = "right-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

# Content Security Policy: no inline script or style anywhere.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# The language switch is a plain form; no script reads the cookie, no other site sends it.
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = not DEBUG
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    # Plain HTTP goes to this host, never to the one a request names: an unknown host then
    # reaches CommonMiddleware, whose 400 gets every security header on its way out.
    SECURE_SSL_HOST = os.environ.get("DJANGO_SECURE_SSL_HOST") or next(
        (host for host in ALLOWED_HOSTS if host[0] not in ".*"), None
    )
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# One console handler, on the root logger: every line is printed once. Django's own
# configuration also gives the "django" logger a console handler (while DEBUG is on), which
# printed each of its lines a second time, the task worker's among them; here that logger
# keeps only Django's error mail, and passes its lines on to the root.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
        },
    },
    "loggers": {"django": {"handlers": ["mail_admins"], "level": "INFO"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # Pages linked by position (a cursor), counted up to 10,000 rows (articles/api/).
    "DEFAULT_PAGINATION_CLASS": "articles.api.pagination.CursorPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "articles.api.schema.AutoSchema",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Factcheck workbench API",
    "DESCRIPTION": "Read-only access to published claims, verdicts, articles and claimants.",
    "VERSION": "1",
    # The schema describes the API; /api/schema/ itself is not one of its operations.
    "SERVE_INCLUDE_SCHEMA": False,
    # Several models have a "kind"; name each enum after its model.
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "articles.models.ClaimKind",
        "ClaimantKindEnum": "articles.models.ClaimantKind",
        "EvidenceKindEnum": "articles.models.EvidenceKind",
    },
}

# --- The workbench's own settings -------------------------------------------------
# Four-eyes rule: a verdict's author may not publish it. A one-person newsroom can lift it.
FACTCHECK_REQUIRE_SEPARATE_REVIEWER = env_bool("FACTCHECK_REQUIRE_SEPARATE_REVIEWER", True)
# Claims being checked (open, researching, in review) are public unless a newsroom prefers
# to show only published verdicts.
FACTCHECK_PUBLIC_BEING_CHECKED = env_bool("FACTCHECK_PUBLIC_BEING_CHECKED", True)
# A claim with no activity for this many days shows up as stale in the editors' queue.
FACTCHECK_STALE_DAYS = int(os.environ.get("FACTCHECK_STALE_DAYS", "7"))
FACTCHECK_SEEDS_DIR = BASE_DIR / "seeds"
# An imported file's natural key is its path relative to this folder (outside it: absolute).
FACTCHECK_IMPORT_ROOT = Path(os.environ.get("FACTCHECK_IMPORT_ROOT", BASE_DIR))
# Larger seed files are refused before they are read (import_seeds --max-bytes overrides).
FACTCHECK_IMPORT_MAX_BYTES = int(os.environ.get("FACTCHECK_IMPORT_MAX_BYTES", 2 * 1024 * 1024))
# The publishing organisation, as named in ClaimReview structured data and feeds; an empty
# address is the site's home page, an empty logo the site's own (articles.siteurl).
FACTCHECK_ORGANISATION = {
    "name": os.environ.get("FACTCHECK_ORG_NAME", "Factcheck Workbench"),
    "url": os.environ.get("FACTCHECK_ORG_URL", ""),
    "logo": os.environ.get("FACTCHECK_ORG_LOGO", ""),
}
# The public address in canonical links, feeds, exports, the API and JSON-LD. Unset: the
# address each request came in on (`check --deploy` warns).
FACTCHECK_SITE_URL = os.environ.get("FACTCHECK_SITE_URL", "")
# Readers' pages are cached whole, keyed on a publication stamp; 0 turns it off.
FACTCHECK_PUBLIC_CACHE_SECONDS = int(os.environ.get("FACTCHECK_PUBLIC_CACHE_SECONDS", "600"))
# Where readers' requests read the publication stamp: the cache, when it is shared by every
# app process (Redis), so a cached page costs no query; otherwise the database, so that
# processes with caches of their own all see a change at once.
FACTCHECK_STAMP_IN_CACHE = env_bool("FACTCHECK_STAMP_IN_CACHE", bool(os.environ.get("REDIS_URL")))
# Pieces of readers' pages (a verdict page's head and content, the tracker's rows and filters)
# kept in the cache under the versions of the rows they show (articles/fragments.py);
# this bounds an entry's life, 0 renders them on every request.
FACTCHECK_FRAGMENT_CACHE_SECONDS = int(os.environ.get("FACTCHECK_FRAGMENT_CACHE_SECONDS", "600"))
# Totals on readers' pages (claims per status, verdicts per rating) are computed once per
# publication stamp and kept this long at most; 0 computes them on every request.
FACTCHECK_COUNTS_CACHE_SECONDS = int(os.environ.get("FACTCHECK_COUNTS_CACHE_SECONDS", "600"))
