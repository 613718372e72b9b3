"""The admin at a laptop's and a phone's width: no page scrolls sideways, a laptop shows
every column of every list, and axe-core finds no serious or critical violation on the
editors' screens. Screenshots of each screen at both widths land in
``test-artifacts/admin/`` for a person to look at."""

import json
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
from tests.browser import BLOCKING, axe_violations, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEED = Path(settings.BASE_DIR) / "seeds" / "000_ef148b2b24f95f6d.txt"
LISTS = ["claim", "article", "evidence", "verdict", "appearance", "claimant", "statuschange"]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "admin"


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
    return {"claim": claim, "article": Article.objects.get(), "verdict": claim.verdicts.get()}


def pages(desk):
    return [
        *(reverse(f"admin:articles_{name}_changelist") for name in LISTS),
        reverse("admin:articles_queue"),
        reverse("admin:articles_claim_change", args=[desk["claim"].pk]),
        reverse("admin:articles_article_split", args=[desk["article"].pk]),
        reverse("admin:articles_claim_preview", args=[desk["claim"].pk]),
        reverse("admin:articles_article_add"),
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


def screens(desk) -> dict[str, str]:
    """The screens of an editor's and a reviewer's day, by name."""
    claim, article = desk["claim"], desk["article"]
    return {
        "claims": reverse("admin:articles_claim_changelist"),
        "articles": reverse("admin:articles_article_changelist"),
        "evidence": reverse("admin:articles_evidence_changelist"),
        "queue": reverse("admin:articles_queue"),
        "paste": reverse("admin:articles_article_add"),
        "split": reverse("admin:articles_article_split", args=[article.pk]),
        "claim": reverse("admin:articles_claim_change", args=[claim.pk]),
        "verdict-editor": reverse("admin:articles_verdict_change", args=[desk["verdict"].pk]),
        "reviewer-preview": reverse("admin:articles_claim_preview", args=[claim.pk]),
        "history": reverse("admin:articles_claim_history", args=[claim.pk]),
    }


@pytest.mark.parametrize("width", [1280, 390])
def test_the_editors_screens_have_no_serious_accessibility_violation(
    page, live_server, desk, width
):
    log_in_at(page, live_server, width)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    found, minor = {}, {}

    for name, url in screens(desk).items():
        response = page.goto(f"{live_server.url}{url}")
        assert response.status == 200, url
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        for violation in axe_violations(page):
            target = found if violation["impact"] in BLOCKING else minor
            target.setdefault(name, []).append(violation)

    (ARTIFACTS / f"minor-{width}.json").write_text(json.dumps(minor, indent=2))
    (ARTIFACTS / f"blocking-{width}.json").write_text(json.dumps(found, indent=2))
    assert found == {}
