"""The site's public address, for the absolute URLs of pages, feeds, exports, the API,
the sitemap and JSON-LD.

``settings.FACTCHECK_SITE_URL`` when it is set, so every consumer names a page by the
same address whichever host name a request came in on. Unset, the address of the
request being answered (its scheme and its host, which Django has checked against
``ALLOWED_HOSTS``): ``SiteURLMiddleware`` records it for the duration of each request.
Outside a request (a management command) the development server's address is used.
``manage.py check`` warns when production runs without ``FACTCHECK_SITE_URL``.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings
from django.templatetags.static import static

DEVELOPMENT_ORIGIN = "http://127.0.0.1:8000"

_request_origin: ContextVar[str | None] = ContextVar("request_origin", default=None)


def site_origin() -> str:
    """``scheme://host[:port][/prefix]`` without a trailing slash."""
    configured = settings.FACTCHECK_SITE_URL
    return (configured or _request_origin.get() or DEVELOPMENT_ORIGIN).rstrip("/")


def absolute_url(path: str, *, origin: str | None = None) -> str:
    """The public address of a site path (``origin`` if given, else ``site_origin()``)."""
    if path.startswith(("http://", "https://")):
        return path
    return (origin or site_origin()).rstrip("/") + "/" + path.lstrip("/")


def publisher() -> dict[str, str]:
    """The publishing organisation's name, address and logo, defaults filled in.

    An empty ``FACTCHECK_ORG_URL`` is the site's home page and an empty
    ``FACTCHECK_ORG_LOGO`` the site's own logo.
    """
    org = settings.FACTCHECK_ORGANISATION
    return {
        "name": org["name"],
        "url": org.get("url") or absolute_url("/"),
        "logo": org.get("logo") or absolute_url(static("logo.png")),
    }


def request_origin(request) -> str:
    """The address a request came in on: its scheme and its (checked) host."""
    return f"{request.scheme}://{request.get_host()}"


class SiteURLMiddleware:
    """Records the address each request came in on, for ``site_origin()``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_origin.set(request_origin(request))
        try:
            return self.get_response(request)
        finally:
            _request_origin.reset(token)
