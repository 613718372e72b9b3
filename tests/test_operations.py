"""What an operator relies on: every setting documented, static files that work whatever
DEBUG was when they were collected, addresses that follow the site, compression where it
is safe, and demo accounts that survive `make run`."""

import gzip
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import run_checks
from django.core.management import call_command
from django.urls import reverse

from articles.sitemaps import SITEMAP_LIMIT
from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
MANIFEST_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


# --- configuration ----------------------------------------------------------------------------


def test_every_environment_variable_the_settings_read_is_in_the_readme_table():
    source = (ROOT / "factcheck" / "settings.py").read_text()
    read = set(
        re.findall(r'(?:env_bool|env_list|os\.environ\.get|os\.environ\[)\(?"([A-Z_]+)"', source)
    )
    table = {
        name
        for line in (ROOT / "README.md").read_text().splitlines()
        if line.startswith("|")
        for name in re.findall(r"`([A-Z][A-Z_]+)`", line.split("|")[1])
    }

    assert "DJANGO_SECURE_SSL_REDIRECT" in read
    assert read - table == set()


def setting(expression: str, **environ: str) -> str:
    """A value of the settings module imported afresh with these environment variables."""
    env = {**os.environ, "DJANGO_SECRET_KEY": "x" * 50, **environ}
    code = f"import factcheck.settings as s; print({expression})"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_static_files_storage_is_the_same_whatever_debug_says():
    backend = "s.STORAGES['staticfiles']['BACKEND']"

    assert setting(backend, DJANGO_DEBUG="1") == MANIFEST_STORAGE
    assert setting(backend, DJANGO_DEBUG="0") == MANIFEST_STORAGE


def test_compression_in_the_app_can_be_left_to_the_proxy():
    gzip_on = "'factcheck.middleware.SharedResponseGZipMiddleware' in s.MIDDLEWARE"

    assert setting(gzip_on) == "True"
    assert setting(gzip_on, FACTCHECK_GZIP="0") == "False"


@pytest.fixture
def production_static(settings, tmp_path):
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}
    return settings.STATIC_ROOT


def deploy_check_ids() -> set[str]:
    return {message.id for message in run_checks(include_deployment_checks=True)}


def test_deploy_check_reports_static_files_that_were_never_collected(production_static):
    assert "factcheck.E001" in deploy_check_ids()


def test_collected_static_files_satisfy_the_deploy_check_and_pages_link_them(
    production_static, client
):
    call_command("collectstatic", interactive=False, verbosity=0)

    assert "factcheck.E001" not in deploy_check_ids()
    html = client.get(reverse("articles:home")).content.decode()
    assert re.search(r'href="/static/css/site\.[0-9a-f]{12}\.css"', html)


def test_deploy_check_warns_when_the_site_url_is_not_set(settings):
    settings.FACTCHECK_SITE_URL = ""
    assert "factcheck.W001" in deploy_check_ids()

    settings.FACTCHECK_SITE_URL = "https://factcheck.example.org"
    assert "factcheck.W001" not in deploy_check_ids()


# --- addresses --------------------------------------------------------------------------------


@pytest.fixture
def served_elsewhere(settings):
    """No FACTCHECK_SITE_URL; readers reach the site as https://news.example.net."""
    settings.FACTCHECK_SITE_URL = ""
    settings.FACTCHECK_ORGANISATION = {"name": "Example", "url": "", "logo": ""}
    settings.ALLOWED_HOSTS = ["news.example.net", "other.example.net"]
    return {"HTTP_HOST": "news.example.net", "secure": True}


def test_without_a_site_url_pages_and_json_ld_use_the_address_of_the_request(
    client, served_elsewhere
):
    claim = factories.ClaimFactory(published=True)

    html = client.get(claim.get_absolute_url(), **served_elsewhere).content.decode()

    page = f"https://news.example.net/claims/{claim.slug}/"
    assert f'<link rel="canonical" href="{page}">' in html
    assert f'"url":"{page}"' in html
    assert '"logo":{"@type":"ImageObject","url":"https://news.example.net/static/logo.png"}' in html
    assert "127.0.0.1" not in html


def test_without_a_site_url_feeds_exports_api_and_sitemap_use_the_request_address(
    client, served_elsewhere
):
    claim = factories.ClaimFactory(published=True)
    page = f"https://news.example.net/claims/{claim.slug}/"

    feed = client.get("/feeds/verdicts.atom", **served_elsewhere).content.decode()
    export = b"".join(client.get("/claims/export.csv", **served_elsewhere).streaming_content)
    api = client.get(f"/api/claims/{claim.slug}/", **served_elsewhere).json()
    index = client.get("/sitemap.xml", **served_elsewhere).content.decode()
    # The file of the claim's block of keys (articles.sitemaps).
    number = (claim.pk - 1) // SITEMAP_LIMIT + 1
    path = "/sitemap-claims.xml" + ("" if number == 1 else f"?p={number}")
    sitemap = client.get(path, **served_elsewhere).content.decode()

    assert page in feed
    assert page in export.decode()
    assert api["page_url"] == page
    assert f"<loc>https://news.example.net{path}</loc>" in index
    assert f"<loc>{page}</loc>" in sitemap
    assert not any("127.0.0.1" in text for text in (feed, export.decode(), index, sitemap))


def test_a_cached_page_is_not_served_to_another_host_name(client, settings, served_elsewhere):
    settings.FACTCHECK_PUBLIC_CACHE_SECONDS = 600
    claim = factories.ClaimFactory(published=True)

    client.get(claim.get_absolute_url(), **served_elsewhere)
    other = client.get(claim.get_absolute_url(), HTTP_HOST="other.example.net", secure=True)

    assert f"https://other.example.net/claims/{claim.slug}/" in other.content.decode()


def test_a_configured_site_url_wins_over_the_request(client, settings):
    settings.FACTCHECK_SITE_URL = "https://factcheck.example.org"
    claim = factories.ClaimFactory(published=True)

    html = client.get(claim.get_absolute_url()).content.decode()

    assert f'href="https://factcheck.example.org/claims/{claim.slug}/"' in html


# --- compression ------------------------------------------------------------------------------


def test_readers_pages_are_gzipped_for_clients_that_accept_it(client):
    factories.ClaimFactory(published=True, text="A claim in the compressed page")

    response = client.get(reverse("articles:claim-list"), headers={"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert "A claim in the compressed page" in gzip.decompress(response.content).decode()


def test_feeds_and_the_api_are_gzipped_too(client):
    factories.ClaimFactory(published=True)

    for url in ("/feeds/verdicts.rss", "/api/claims/"):
        response = client.get(url, headers={"accept-encoding": "gzip"})
        assert response["Content-Encoding"] == "gzip", url


def test_pages_that_carry_a_csrf_token_or_a_session_are_not_compressed(client, reviewer):
    login = client.get(reverse("admin:login"), headers={"accept-encoding": "gzip"})
    client.force_login(reviewer)
    queue = client.get(reverse("admin:articles_queue"), headers={"accept-encoding": "gzip"})

    for response in (login, queue):
        assert response.status_code == 200
        assert not response.has_header("Content-Encoding")
        assert b"csrfmiddlewaretoken" in response.content


# --- demo accounts ----------------------------------------------------------------------------


@pytest.fixture
def development(settings):
    # The demo accounts are for a laptop: with DEBUG off the command refuses to run.
    settings.DEBUG = True


def demo_users(*args) -> str:
    out = io.StringIO()
    call_command("create_demo_users", *args, stdout=out)
    return out.getvalue()


def test_keep_existing_leaves_demo_passwords_alone_and_says_how_to_reset_them(development):
    demo_users("--password", "first-password-123")

    output = demo_users("--keep-existing")

    editor = get_user_model().objects.get(username="editor")
    assert editor.check_password("first-password-123")
    assert "kept" in output
    assert "manage.py create_demo_users" in output


def test_keep_existing_still_creates_missing_demo_accounts(development):
    output = demo_users("--keep-existing")

    assert get_user_model().objects.filter(username__in=["editor", "reviewer"]).count() == 2
    assert output.count("password: ") == 2


def test_make_run_keeps_existing_demo_accounts():
    makefile = (ROOT / "Makefile").read_text()

    assert "manage.py create_demo_users --keep-existing" in makefile
