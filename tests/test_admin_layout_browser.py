"""The admin at a laptop's and a phone's width: no page scrolls sideways, and a laptop shows
every column of every list."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from articles import services
from articles.models import Article, Claim, Rating
from tests import factories
from tests.browser import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEED = Path(settings.BASE_DIR) / "seeds" / "000_ef148b2b24f95f6d.txt"
LISTS = ["claim", "article", "evidence", "verdict", "appearance", "claimant", "statuschange"]


@pytest.fixture
def desk(live_server):
    call_command("import_seeds", str(SEED), "--suggest", stdout=StringIO())
    editor = factories.UserFactory(username="layout-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    claim = Claim.objects.order_by("pk").first()
    services.claim_accept(claim=claim, by=editor)
    services.claim_start_research(claim=claim, by=editor)
    services.claim_assign(claim=claim, assignee=editor, by=editor)
    services.evidence_add(
        claim=claim,
        by=editor,
        title="A very long source title " * 4,
        url="https://example.org/" + "a-long-path-segment/" * 8,
        archive_url="https://archive.example.org/" + "x" * 120,
        excerpt="An excerpt without spaces " + "z" * 200,
    )
    services.verdict_draft(
        claim=claim, by=editor, rating=Rating.objects.get(slug="true"), headline="Confirmed"
    )
    services.claim_submit_for_review(claim=claim, by=editor)
    return {"claim": claim, "article": Article.objects.get()}


def pages(desk):
    return [
        *(reverse(f"admin:articles_{name}_changelist") for name in LISTS),
        reverse("admin:articles_queue"),
        reverse("admin:articles_claim_change", args=[desk["claim"].pk]),
        reverse("admin:articles_article_split", args=[desk["article"].pk]),
    ]


def log_in_at(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, live_server, "layout-chief", "Reviewers")


@pytest.mark.parametrize("width", [1280, 390])
def test_no_admin_page_scrolls_sideways(page, live_server, desk, width):
    log_in_at(page, live_server, width)
    wide = {}

    for url in pages(desk):
        page.goto(f"{live_server.url}{url}")
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if widths[0] > widths[1]:
            wide[url] = widths

    assert wide == {}


def test_a_laptop_shows_every_column_of_every_list(page, live_server, desk):
    log_in_at(page, live_server, 1280)
    cut = {}

    for name in LISTS:
        page.goto(f"{live_server.url}{reverse(f'admin:articles_{name}_changelist')}")
        widths = page.evaluate(
            """() => { const t = document.getElementById('result_list');
                return [t.scrollWidth, t.closest('.results').clientWidth]; }"""
        )
        if widths[0] > widths[1]:
            cut[name] = widths

    assert cut == {}
