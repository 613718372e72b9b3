"""Compression of the responses that are safe to compress."""

from django.middleware.gzip import GZipMiddleware
from django.utils.cache import has_vary_header


class SharedResponseGZipMiddleware(GZipMiddleware):
    """Gzips responses that are the same for every reader; leaves personal ones alone.

    BREACH recovers a secret from a compressed response that also reflects text an
    attacker chose, by watching its length. A response that varies on Cookie may carry
    such a secret (a CSRF token, a session's data: every admin page, a logged-in
    editor's view of a public page) and is sent uncompressed. One that does not is the
    same for everyone and holds nothing to steal: readers' pages, feeds, the sitemap,
    the API and the exports. Static files are compressed by WhiteNoise ahead of time.
    """

    def process_response(self, request, response):
        if has_vary_header(response, "Cookie"):
            return response
        return super().process_response(request, response)
