"""A small but complete site for the standards checks: the seeds, imported and suggested,
and a few claims taken through the workflow by the services, as editors would.

Usage (the database comes from DATABASE_URL, as for manage.py):

    python .ci/site_fixture.py build           # migrate and fill an empty database
    python .ci/site_fixture.py render OUTDIR   # write every public and custom admin page

``render`` walks the public site from the home page in English and in Ukrainian,
following every link it finds, and fetches the custom admin pages as a reviewer;
each page is written as one HTML file for the Nu Html Checker, to OUTDIR/public,
OUTDIR/admin (pages this project wrote) or OUTDIR/admin-forms (Django's change forms).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
# Every page rendered fresh, never a cached copy.
os.environ.setdefault("FACTCHECK_PUBLIC_CACHE_SECONDS", "0")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402

from articles import services  # noqa: E402
from articles.models import Article, BackgroundTask, Claim, ClaimStatus, Rating  # noqa: E402

LANGUAGES = ("en", "uk")
# Machine-readable addresses have their own checks (feeds, sitemap, API, exports).
SKIP_PREFIXES = ("/admin/", "/api/", "/feeds/", "/static/", "/i18n/", "/sitemap.xml",
                 "/robots.txt", "/claimreview.json", "/claims/export.")  # fmt: skip
MAX_PAGES = 400
# Django's change forms, where the project only chooses fields: written to admin-forms/.
STOCK_FORMS = {"article", "claim", "claim-researching", "rating", "verdict"}


def _user(username: str, group: str):
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org", "is_staff": True}
    )
    user.groups.set([Group.objects.get(name=group)])
    return user


def _publish(claim: Claim, *, editor, reviewer, rating: Rating, headline: str) -> Claim:
    if claim.status == ClaimStatus.OPEN:
        claim = services.claim_start_research(claim=claim, by=editor)
    services.verdict_draft(
        claim=claim,
        by=editor,
        rating=rating,
        headline=headline,
        summary=f"{headline} The sources below say why.",
        explanation="The **official count** was published on 28 October; see the sources.",
    )
    claim = services.claim_submit_for_review(claim=claim, by=editor)
    return services.claim_publish(claim=claim, by=reviewer)


def build() -> None:
    """Migrate, import the seeds with suggestions, and take claims through the workflow."""
    call_command("migrate", verbosity=0, interactive=False)
    call_command("import_seeds", "--suggest", verbosity=0)
    editor = _user("ci-editor", "Editors")
    reviewer = _user("ci-reviewer", "Reviewers")
    ratings = list(Rating.objects.filter(is_active=True).order_by("-value"))
    suggested = list(Claim.objects.filter(status=ClaimStatus.SUGGESTED).order_by("pk"))
    if len(suggested) < 6:
        raise SystemExit(f"expected at least 6 suggested claims, found {len(suggested)}")
    claims = [services.claim_accept(claim=claim, by=editor) for claim in suggested[:6]]
    if len(suggested) > 6:
        services.claim_dismiss(claim=suggested[6], by=editor)

    for n, claim in enumerate(claims[:4]):
        services.evidence_add(
            claim=claim,
            by=editor,
            title="Prosecutor general's statement",
            url="https://example.org/statement",
            publisher="Office of the Prosecutor General",
            excerpt="The count as of **28 October**.",
            stance="supports",
            kind="official_document",
            published_on=date(2022, 10, 28),
            accessed_on=date(2022, 11, 12),
        )
        claims[n] = _publish(
            claim,
            editor=editor,
            reviewer=reviewer,
            rating=ratings[n % len(ratings)],
            headline="The official count matches the claim.",
        )
    # A correction, a re-rated claim (its first verdict superseded) and one being re-checked.
    services.verdict_correct(
        verdict=claims[0].verdicts.get(is_current=True),
        by=reviewer,
        note="The date of the count was 28 October, not 29 October.",
    )
    services.claim_reopen(claim=claims[1], by=reviewer, note="New figures")
    _publish(
        claims[1],
        editor=editor,
        reviewer=reviewer,
        rating=ratings[-1],
        headline="Later figures contradict the claim.",
    )
    services.claim_reopen(claim=claims[2], by=reviewer, note="New figures")
    services.claim_start_research(claim=claims[4], by=editor)
    # One waiting for review, its draft verdict open to the reviewer's preview.
    waiting = services.claim_start_research(claim=claims[5], by=editor)
    services.evidence_add(claim=waiting, by=editor, title="Regional administration's count")
    services.verdict_draft(
        claim=waiting,
        by=editor,
        rating=ratings[2],
        headline="The count is not final.",
        explanation="The administration's count was **provisional**.",
    )
    services.claim_submit_for_review(claim=waiting, by=editor)

    figures = [claim for claim in Claim.objects.public() if claim.has_figure]
    if figures:
        figure = services.tracked_figure_create(
            name="Civilian deaths in the Kherson region", unit="civilians", by=editor
        )
        services.claims_group_into_figure(claims=figures, figure=figure, by=editor)
    # Background tasks: an import run at once that refused two files, and suggestions
    # waiting for a worker.
    broken = ROOT / "tests" / "fixtures" / "seeds" / "broken"
    immediate = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    with override_settings(TASKS=immediate):
        services.seeds_import_enqueue(
            paths=[str(broken / "empty.txt"), str(broken / "not_utf8.txt")], by=editor
        )
    services.articles_suggest_enqueue(
        article_ids=list(Article.objects.values_list("pk", flat=True)), by=editor
    )
    print(
        f"fixture site: {Article.objects.count()} articles, "
        f"{Claim.objects.public().count()} public claims, "
        f"{Claim.objects.filter(status=ClaimStatus.PUBLISHED).count()} published"
    )


_HREF = re.compile(r'href="([^"#]*)')


def _links(base: str, html: str) -> set[str]:
    found = set()
    for href in _HREF.findall(html):
        url = urljoin(base, href.replace("&amp;", "&"))
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver"):
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith("/") and not path.startswith(SKIP_PREFIXES):
            found.add(path)
    return found


def _write(outdir: Path, name: str, html: str) -> None:
    safe = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_") or "home"
    (outdir / f"{safe}.html").write_text(html, encoding="utf-8")


def _public_pages(outdir: Path, language: str) -> int:
    client = Client(headers={"accept-language": language})
    seen: set[str] = set()
    queue = ["/", "/claims/?status=being_checked", "/claims/?kind=nonsense", "/no-such-page/"]
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code not in (200, 400, 404):
            raise SystemExit(f"{path} ({language}) answered {response.status_code}")
        if "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        _write(outdir / "public", f"{language}_{path}", html)
        queue.extend(sorted(_links(path, html) - seen))
    return len(seen)


def _admin_pages(outdir: Path, language: str) -> int:
    """The admin pages this project wrote or overrode, as a reviewer sees them."""
    client = Client(headers={"accept-language": language})
    reviewer = get_user_model().objects.get(username="ci-reviewer")
    client.force_login(reviewer)
    claim = Claim.objects.filter(status=ClaimStatus.PUBLISHED).order_by("pk").first()
    researching = Claim.objects.filter(status=ClaimStatus.RESEARCHING).order_by("pk").first()
    article = Article.objects.order_by("pk").first()
    in_review = Claim.objects.filter(status=ClaimStatus.IN_REVIEW).order_by("pk").first()
    draft = in_review.verdicts.order_by("-pk").first()
    pages = {
        "index": reverse("admin:index"),
        "queue": reverse("admin:articles_queue"),
        "split": reverse("admin:articles_article_split", args=[article.pk]),
        "article": reverse("admin:articles_article_change", args=[article.pk]),
        "claim": reverse("admin:articles_claim_change", args=[claim.pk]),
        "claim-researching": reverse("admin:articles_claim_change", args=[researching.pk]),
        "claim-history": reverse("admin:articles_claim_history", args=[claim.pk]),
        "claim-compare": reverse("admin:articles_claim_history_compare", args=[claim.pk]),
        "claim-preview": reverse("admin:articles_claim_preview", args=[in_review.pk]),
        "verdict": reverse("admin:articles_verdict_change", args=[draft.pk]),
        "rating": reverse("admin:articles_rating_change", args=[Rating.objects.first().pk]),
        "claims": reverse("admin:articles_claim_changelist"),
        "verdicts": reverse("admin:articles_verdict_changelist"),
        "evidence": reverse("admin:articles_evidence_changelist"),
        "articles": reverse("admin:articles_article_changelist"),
        "tasks": reverse("admin:articles_backgroundtask_changelist"),
        "task": reverse(
            "admin:articles_backgroundtask_change",
            args=[BackgroundTask.objects.filter(error_count__gt=0).get().pk],
        ),
    }
    for name, path in pages.items():
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"admin page {path} ({language}) answered {response.status_code}")
        folder = outdir / ("admin-forms" if name in STOCK_FORMS else "admin")
        _write(folder, f"{language}_{name}", response.content.decode())
    # The tracked-figure action's intermediate page.
    response = client.post(
        reverse("admin:articles_claim_changelist"),
        {
            "action": "group_into_tracked_figure",
            "_selected_action": [c.pk for c in Claim.objects.public()[:3]],
        },
    )
    if response.status_code != 200:
        raise SystemExit(f"group into figure page ({language}) answered {response.status_code}")
    _write(outdir / "admin", f"{language}_group_into_figure", response.content.decode())
    return len(pages) + 1


def render(outdir: Path) -> None:
    # The 400 and 404 pages are rendered on purpose; their log lines are noise here.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    for folder in ("public", "admin", "admin-forms"):
        (outdir / folder).mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        # Error pages as production serves them, not the debug pages.
        with override_settings(DEBUG=False):
            public = _public_pages(outdir, language)
            admin = _admin_pages(outdir, language)
        print(f"rendered {public} public and {admin} admin pages in {language}")


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["build"]:
            build()
        case ["render", outdir]:
            render(Path(outdir))
        case _:
            raise SystemExit(__doc__)
