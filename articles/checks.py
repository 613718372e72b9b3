"""Deployment checks (``manage.py check --deploy``) for the traps of this project's settings."""

from __future__ import annotations

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.checks import Error, Warning, register
from django.core.files.storage import storages


@register(deploy=True)
def static_manifest_collected(app_configs, **kwargs):
    """Without the manifest, every page that links a static file answers 500."""
    storage = storages["staticfiles"]
    if settings.DEBUG or not isinstance(storage, ManifestFilesMixin):
        return []
    if storage.manifest_storage.exists(storage.manifest_name):
        return []
    return [
        Error(
            f"The static files manifest is missing from STATIC_ROOT ({settings.STATIC_ROOT}): "
            "every page would fail with “Missing staticfiles manifest entry”.",
            hint="Run `manage.py collectstatic` with these settings (and the same "
            "DJANGO_STATIC_ROOT) before starting the server.",
            id="factcheck.E001",
        )
    ]


@register(deploy=True)
def site_url_configured(app_configs, **kwargs):
    """Unset, absolute URLs follow each request's host name."""
    if settings.FACTCHECK_SITE_URL:
        return []
    return [
        Warning(
            "FACTCHECK_SITE_URL is not set: canonical links, feeds, the sitemap, exports, the "
            "API and JSON-LD name pages by the host each request came in on.",
            hint="Set FACTCHECK_SITE_URL to the public address, e.g. https://factcheck.example.org.",
            id="factcheck.W001",
        )
    ]
