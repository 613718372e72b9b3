"""Abuse and the deployment checklist: login throttling, where a login lands, the headers
on every response, the cookies, and a production configuration that passes Django's checks.
"""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery staple"
LOGIN = reverse("admin:login")
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


@pytest.fixture
def reviewer_account(reviewer):
    return reviewer.username


def log_in(client, username, password, **extra):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra
    )


def fail_logins(client, username, times, **extra):
    """Log in ``times`` times with a wrong password; return the last response."""
    for _attempt in range(times):
        response = log_in(client, username, "wrong password", **extra)
    return response


# --- login throttling ------------------------------------------------------------------------


def test_the_right_password_still_logs_in_after_a_few_mistakes(client, reviewer_account):
    fail_logins(client, reviewer_account, 4)

    response = log_in(client, reviewer_account, PASSWORD)

    assert response.status_code == 302


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(client, reviewer_account):
    fail_logins(client, reviewer_account, 5)

    response = log_in(client, reviewer_account, PASSWORD)

    assert response.status_code == 429
    assert "Too many failed logins" in response.text
    assert "after 5 wrong passwords" in response.text
    assert "Try again after 15 minutes without another attempt" in response.text
    assert "manage.py axes_reset_username" in response.text
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_speaks_the_readers_language(client, reviewer_account):
    fail_logins(client, reviewer_account, 5)

    response = log_in(client, reviewer_account, PASSWORD, HTTP_ACCEPT_LANGUAGE="uk")

    assert response.status_code == 429
    assert "Забагато невдалих спроб входу" in response.text
    assert "після 5 неправильних паролів" in response.text


def test_the_lock_holds_for_that_account_from_that_address_only(client, reviewer_account):
    factories.UserFactory(username="colleague")
    fail_logins(client, reviewer_account, 5)

    assert log_in(client, "colleague", PASSWORD).status_code == 302
    assert log_in(Client(), reviewer_account, PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == (
        302
    )


def test_the_documented_reset_command_lifts_the_lock(client, reviewer_account):
    fail_logins(client, reviewer_account, 5)

    call_command("axes_reset_username", reviewer_account, stdout=StringIO())

    assert log_in(client, reviewer_account, PASSWORD).status_code == 302


def test_behind_a_proxy_each_client_address_counts_on_its_own(client, reviewer_account, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_PROXY_ORDER = "right-most"
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    # The attacker cannot choose the address the proxy adds, whatever they send before it.
    attacker = {**proxy, "HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.66"}
    fail_logins(client, reviewer_account, 5, **attacker)

    editor_at_home = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}

    assert log_in(Client(), reviewer_account, PASSWORD, **editor_at_home).status_code == 302
    assert log_in(client, reviewer_account, PASSWORD, **attacker).status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.66"}


# --- where a login lands -----------------------------------------------------------------------


def test_a_login_with_a_foreign_next_lands_on_the_admin_index(client, reviewer_account):
    response = client.post(
        LOGIN,
        {"username": reviewer_account, "password": PASSWORD, "next": "https://evil.example/"},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


# --- headers on every response -----------------------------------------------------------------


def assert_security_headers(response):
    missing = {name: value for name, value in HEADERS.items() if response.get(name) != value}
    assert missing == {}
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_pages_errors_and_machine_responses_carry_the_security_headers(client):
    for url in ["/", "/no-such-page/", reverse("api:claim-list"), reverse("verdict-feed-rss")]:
        assert_security_headers(client.get(url))


def test_static_files_carry_the_security_headers(settings):
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True

    response = Client().get("/static/css/site.css")
    response.close()

    assert response.status_code == 200
    assert_security_headers(response)


def test_an_unknown_host_gets_no_redirect_to_itself_and_a_400_with_the_headers(settings):
    # As in production: plain HTTP is sent to the site's own host over HTTPS.
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_SSL_HOST = "testserver"
    settings.SECURE_HSTS_SECONDS = 3600
    client = Client(raise_request_exception=False)

    plain = client.get("/claims/", HTTP_HOST="attacker.example")
    secure = client.get("/claims/", HTTP_HOST="attacker.example", secure=True)

    assert (plain.status_code, plain["Location"]) == (301, "https://testserver/claims/")
    assert secure.status_code == 400
    assert_security_headers(plain)
    assert_security_headers(secure)
    assert secure["Strict-Transport-Security"] == "max-age=3600"


# --- cookies -----------------------------------------------------------------------------------


def test_the_language_cookie_stays_on_this_site_and_out_of_scripts(client):
    response = client.post(reverse("set_language"), {"language": "uk", "next": "/"})

    cookie = response.cookies[django_settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "uk"
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"] is True


# --- the production configuration --------------------------------------------------------------

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "production-like-" + "k" * 50,
    "DJANGO_ALLOWED_HOSTS": "factcheck.example.org",
    "FACTCHECK_SITE_URL": "https://factcheck.example.org",
}


def production(*args, **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, **PRODUCTION_ENV, **env}
    for test_only in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"):
        environment.pop(test_only, None)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def production_settings(*names, **env) -> dict:
    script = (
        "import json, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'factcheck.settings'; "
        "from factcheck import settings as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {list(names)!r}}}, default=str))"
    )
    result = production("-c", script, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_passes_djangos_deployment_checks(tmp_path):
    static = {"DJANGO_STATIC_ROOT": str(tmp_path)}
    assert production("manage.py", "collectstatic", "--noinput", **static).returncode == 0

    result = production("manage.py", "check", "--deploy", "--fail-level", "WARNING", **static)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_cookies_are_secure_and_same_site():
    assert production_settings(
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE"
    ) == {"SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True, "LANGUAGE_COOKIE_SECURE": True}


def test_production_redirects_plain_http_to_its_first_host():
    hosts = "factcheck.example.org,www.factcheck.example.org"

    assert production_settings("SECURE_SSL_HOST", DJANGO_ALLOWED_HOSTS=hosts) == {
        "SECURE_SSL_HOST": "factcheck.example.org"
    }


def test_a_proxy_count_makes_lockouts_read_the_forwarded_address():
    assert production_settings(
        "AXES_IPWARE_PROXY_COUNT", "AXES_IPWARE_META_PRECEDENCE_ORDER", FACTCHECK_PROXY_COUNT="1"
    ) == {
        "AXES_IPWARE_PROXY_COUNT": 1,
        "AXES_IPWARE_META_PRECEDENCE_ORDER": ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"],
    }
