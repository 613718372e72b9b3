"""Whole-page caching of the public site for readers, kept until something is published.

Readers' pages (the ``articles`` URL namespace, the sitemap and the ClaimReview
DataFeed) are cached whole in Django's cache framework, once per address (the
site's, see ``articles.siteurl``, with path and query string), language and
encoding (gzipped or not), each stored with the *publication stamp* it was made
under. The services move the stamp whenever something readers can see changes —
publishing, a correction, a public claim's or an article's edit, a claimant, outlet,
figure, topic or rating edited — and never for what readers cannot see: draft
verdicts, unpublished evidence, suggestions, dismissed claims, assignees, notes
(``services._public`` says exactly what counts). So a desk at work does not empty
readers' cache with every draft it saves. A page stored under an older stamp is
rendered afresh on its next request and replaced.

Where the stamp lives: a counter in one database row, which every process reads on
every request (one query), so processes that each keep a cache of their own (the
default local-memory cache) all see a change at once; or, with a cache the
processes share (Redis, ``FACTCHECK_STAMP_IN_CACHE``), a counter in that cache too,
moved when the change commits, and read with the page in one round trip: a cached
page then costs no query at all.

Totals that readers' pages show (claims per status, verdicts per rating) are kept
under the same stamp (``remembered``), so uncached pages do not recount the archive.

Never cached: requests that carry a session or any cookie but the CSRF and
language ones (editors see their own work at once), anything but GET/HEAD,
responses other than 200, streamed responses, and responses that set a cookie or
vary on one. ``FACTCHECK_PUBLIC_CACHE_SECONDS`` bounds how long an entry lives (0
turns the cache off), which also bounds how long a change made outside the
services (a bulk update in a shell, a restored backup) takes to show.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import secrets
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import translation
from django.utils.cache import has_vary_header

from articles.models import PublicationStamp
from articles.siteurl import request_origin

NAMESPACE = "articles"
# Machine-readable answers outside the namespace that are as public and as costly.
MACHINE_URL_NAMES = frozenset(
    {"sitemap", "sitemap-section", "claimreview-feed", "claimreview-pages"}
)
KEY_PREFIX = "public-page"
AGGREGATE_PREFIX = "public-aggregate"
# The stamp as the shared cache holds it (``FACTCHECK_STAMP_IN_CACHE``).
STAMP_KEY = "public-stamp"
_MISSING = object()


# Plain SQL, written once: every reader's request reads the stamp, and building the query
# through the ORM cost more than running it.
STAMP_SQL = f"SELECT changes, changed_at FROM {PublicationStamp._meta.db_table} WHERE id = 1"


def _database_stamp() -> str:
    with connection.cursor() as cursor:
        cursor.execute(STAMP_SQL)
        row = cursor.fetchone()
    return hashlib.blake2b(repr(row).encode(), digest_size=8).hexdigest()


def _new_cached_stamp() -> int:
    """A stamp no earlier one had: the counter restarts at a random 62-bit number."""
    stamp = secrets.randbits(62)
    # Only if no other process set one meanwhile; either way, the one stored is the one used.
    if cache.add(STAMP_KEY, stamp, None):
        return stamp
    return cache.get(STAMP_KEY, stamp)


def publication_stamp() -> str | int:
    """A value that changes whenever something readers see is changed.

    With ``FACTCHECK_STAMP_IN_CACHE`` (the default with a shared cache, ``REDIS_URL``)
    a counter in the cache, moved by ``stamp_moved`` once a change is committed: no
    query. Otherwise a digest of the database row the services move: one query, so
    that processes with caches of their own all see a change at once.
    """
    if not settings.FACTCHECK_STAMP_IN_CACHE:
        return _database_stamp()
    stamp = cache.get(STAMP_KEY)
    return _new_cached_stamp() if stamp is None else stamp


def _move_cached_stamp() -> None:
    # No stamp in the cache (never set, or evicted): the next reader starts a new one,
    # after this commit, so every page stored under it shows the change.
    with contextlib.suppress(ValueError):
        cache.incr(STAMP_KEY)


def stamp_moved() -> None:
    """Move the cached stamp once the current transaction commits (at once outside one).

    After the commit, not before: a reader who sees the new stamp must find the change
    in the database, or the page it stores under that stamp would miss it. Called by
    ``services.publication_changed``, which also moves the database row.
    """
    if settings.FACTCHECK_STAMP_IN_CACHE:
        transaction.on_commit(_move_cached_stamp)


def remembered[T](name: str, compute: Callable[[], T]) -> T:
    """``compute()``, computed once per publication stamp and then read from the cache.

    For the totals readers' pages show (claims per status, verdicts per rating): they
    change only when the stamp does, and cost a pass over many rows to compute.
    ``FACTCHECK_COUNTS_CACHE_SECONDS`` bounds an entry's life (0: compute every time).
    """
    seconds = settings.FACTCHECK_COUNTS_CACHE_SECONDS
    if seconds <= 0:
        return compute()
    key = f"{AGGREGATE_PREFIX}:{publication_stamp()}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, seconds)
    return value


def page_key(request) -> str:
    """A page's key: its address, the reader's language and whether it may be gzipped.

    The site's address is part of the page (canonical link, JSON-LD): without
    FACTCHECK_SITE_URL it is the request's, so a page is cached once per host name.
    """
    origin = settings.FACTCHECK_SITE_URL.rstrip("/") or request_origin(request)
    address = origin + request.get_full_path()
    path = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    language = translation.get_language_from_request(request)
    gzip = "gz" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "id"
    return f"{KEY_PREFIX}:{language}:{gzip}:{path}"


def _cacheable_request(request) -> bool:
    # A session or a pending message means the page may be personal; the CSRF and
    # language cookies do not change what the page says (the key has the language).
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return (
        settings.FACTCHECK_PUBLIC_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and set(request.COOKIES) <= harmless
    )


@functools.lru_cache(maxsize=8192)
def _readers_path(urlconf: str, path: str) -> bool:
    # Asked before the view runs, so a request for anything else (the API, feeds, the
    # admin, /healthz) costs no cache read; remembered per address, as the URLs are fixed.
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return False
    return match.namespace == NAMESPACE or match.url_name in MACHINE_URL_NAMES


def _readers_page(request) -> bool:
    urlconf = getattr(request, "urlconf", None) or get_urlconf() or settings.ROOT_URLCONF
    return _readers_path(urlconf, request.path_info)


def _cacheable_response(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
    )


def _lookup(key: str) -> tuple[str | int, tuple | None]:
    """The stamp and the entry stored under ``key``: one round trip to a shared cache."""
    if not settings.FACTCHECK_STAMP_IN_CACHE:
        return _database_stamp(), cache.get(key)
    found = cache.get_many([STAMP_KEY, key])
    stamp = found.get(STAMP_KEY)
    return (_new_cached_stamp() if stamp is None else stamp), found.get(key)


def _stored(response, stamp) -> tuple:
    return (stamp, response.status_code, list(response.items()), response.content)


def _from_stored(entry: tuple) -> HttpResponse:
    _stamp, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response


class PublicPageCacheMiddleware:
    """Serves readers' pages from the cache before the middleware below it runs.

    Place it above compression, sessions and the locale middleware: an entry is the
    page as the view and everything below made it (gzipped once, when the reader
    accepts it; with its language headers), stored with the stamp it was made under,
    once per address, language and encoding; an entry of an older stamp is rendered
    afresh and replaced. A hit costs one cache read with the stamp in the cache (two
    round trips without it: the stamp's query, then the page). The security and CSP
    middleware above it run on every response, so their headers are always current.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (_cacheable_request(request) and _readers_page(request)):
            return self.get_response(request)
        key = page_key(request)
        stamp, entry = _lookup(key)
        if entry is not None and entry[0] == stamp:
            return _from_stored(entry)
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render):
            response.render()
        if _cacheable_response(response):
            cache.set(key, _stored(response, stamp), settings.FACTCHECK_PUBLIC_CACHE_SECONDS)
        return response
