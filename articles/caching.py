"""Whole-page caching of the public site for readers, keyed on what was last published.

Readers' pages (the ``articles`` URL namespace, the sitemap and the ClaimReview
DataFeed) are cached whole in Django's cache framework under a key made of the
page's address (the site's, see ``articles.siteurl``, with path and query string),
the active language and the *publication stamp*: a counter in one database row
that the services move whenever something readers can see changes — publishing,
a correction, a public claim's or an article's edit, a claimant, outlet, figure,
topic or rating edited — and never for what readers cannot see: draft verdicts,
unpublished evidence, suggestions, dismissed claims, assignees, notes
(``services._public`` says exactly what counts). So a desk at work does not
empty readers' cache with every draft it saves. A change makes new keys; old
entries simply age out. Because the stamp comes from the database, every process
sees a change at once whatever cache backend is configured; with a shared cache
(Redis) the processes also share the pages.

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

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation
from django.utils.cache import has_vary_header

from articles.models import PublicationStamp
from articles.siteurl import site_origin

NAMESPACE = "articles"
# Machine-readable answers outside the namespace that are as public and as costly.
MACHINE_URL_NAMES = frozenset(
    {"sitemap", "sitemap-section", "claimreview-feed", "claimreview-pages"}
)
KEY_PREFIX = "public-page"
AGGREGATE_PREFIX = "public-aggregate"
_MISSING = object()


# Plain SQL, written once: every reader's request reads the stamp, and building the query
# through the ORM cost more than running it.
STAMP_SQL = f"SELECT changes, changed_at FROM {PublicationStamp._meta.db_table} WHERE id = 1"


def publication_stamp() -> str:
    """A short digest that changes whenever something readers see is changed. One query."""
    with connection.cursor() as cursor:
        cursor.execute(STAMP_SQL)
        row = cursor.fetchone()
    return hashlib.blake2b(repr(row).encode(), digest_size=8).hexdigest()


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


def page_key(request, stamp: str) -> str:
    # The site's address is part of the page (canonical link, JSON-LD): without
    # FACTCHECK_SITE_URL it is the request's, so a page is cached once per host name.
    address = site_origin() + request.get_full_path()
    path = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    return f"{KEY_PREFIX}:{stamp}:{translation.get_language()}:{path}"


def _cacheable_request(request) -> bool:
    # A session or a pending message means the page may be personal; the CSRF and
    # language cookies do not change what the page says (the key has the language).
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return (
        settings.FACTCHECK_PUBLIC_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and set(request.COOKIES) <= harmless
        and (
            getattr(request.resolver_match, "namespace", None) == NAMESPACE
            or getattr(request.resolver_match, "url_name", None) in MACHINE_URL_NAMES
        )
    )


def _cacheable_response(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
    )


class PublicPageCacheMiddleware:
    """Serves readers' pages from the cache; place it last so the view's own output is stored.

    The middleware above it still runs on every response, so security headers, the
    Content Security Policy and the like are always current.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_public_page_key", None)
        if key and not getattr(response, "_from_public_cache", False):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            if _cacheable_response(response):
                cache.set(key, response, settings.FACTCHECK_PUBLIC_CACHE_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _cacheable_request(request):
            return None
        key = page_key(request, publication_stamp())
        cached = cache.get(key)
        if cached is not None:
            cached._from_public_cache = True
            return cached
        request._public_page_key = key
        return None
