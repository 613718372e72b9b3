"""Driving the admin in a real browser: logging a member of the desk in."""

from django.contrib.auth.models import Group
from django.urls import reverse

from tests import factories

PASSWORD = "correct horse battery staple"


def log_in(page, live_server, username, group, *, next_url=""):
    """Create ``username`` in ``group`` (Editors or Reviewers) and log them in on ``page``."""
    user = factories.UserFactory(username=username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    query = f"?next={next_url}" if next_url else ""
    page.goto(f"{live_server.url}{reverse('admin:login')}{query}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state("networkidle")
    return user
