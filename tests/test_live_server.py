"""The live server the browser tests drive answers requests that come at once, as a
browser sends them: each request thread reads the database on a connection of its own."""

from concurrent.futures import ThreadPoolExecutor
from urllib.request import Request, urlopen

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


def test_requests_at_once_each_find_their_session(live_server):
    editor = factories.UserFactory(username="many-tabs")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    url = f"{live_server.url}{reverse('admin:index')}"

    def status(_):
        with urlopen(Request(url, headers={"Cookie": cookie}), timeout=30) as response:
            return response.status, b"many-tabs" in response.read()

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(status, range(100)))

    assert answers == [(200, True)] * 100
