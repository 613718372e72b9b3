"""The worst values a database can hold never break a public page, feed, export or API.

Validation keeps control characters and implausible dates out of what editors type,
but rows written before the rules, restored from an old backup or mended by hand in
SQL are read by the same pages. Here every text and date of a published claim's
rows is overwritten around validation, and every public URL must still answer.
Slugs, keys and the database's own constraints stay as the code makes them.
"""

import datetime
from decimal import Decimal

import pytest
from django.db import connection, models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    Correction,
    Evidence,
    Outlet,
    StatusChange,
    Topic,
    TrackedFigure,
    Verdict,
)
from articles.sitemaps import SITEMAPS
from tests import factories

pytestmark = pytest.mark.django_db

# Control characters (every C0 but NUL, which PostgreSQL cannot store; DEL; C1), a
# terminal escape, bidirectional overrides, a line separator, non-characters, markup.
CONTROLS = "".join(chr(c) for c in [*range(1, 32), *range(0x7F, 0xA0)])
WORST_TEXT = (
    f"{CONTROLS}\x1b[2J\u202e\u2028\ufeff\ufffe\uffff<script>alert(1)</script>"
    "]]>&amp;\"' Мешканці 👩‍👩‍👧 e\u0301"
)
WORST_URL = "http://[::1"  # an unclosed IPv6 address: urlparse() raises on it
EXTREMES = {
    "earliest": (datetime.date.min, datetime.datetime.min + datetime.timedelta(days=1)),
    "latest": (datetime.date.max, datetime.datetime.max - datetime.timedelta(days=1)),
}
SKIPPED_FIELDS = {"slug", "content_hash", "origin", "exact", "prefix", "suffix", "colour"}


def worst_values(model, *, on: datetime.date, at: datetime.datetime) -> dict:
    """For every text, date and number field of ``model``: the worst value it may hold."""
    values = {}
    for field in model._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.choices:
            continue
        if isinstance(field, models.URLField):
            values[field.name] = WORST_URL
        elif isinstance(field, models.CharField | models.TextField):
            values[field.name] = WORST_TEXT[: field.max_length] if field.max_length else WORST_TEXT
        elif isinstance(field, models.DateTimeField):
            values[field.name] = at.replace(tzinfo=datetime.UTC)
        elif isinstance(field, models.DateField):
            values[field.name] = on
    return values


def spoil(instance, *, on, at, **extra):
    model = type(instance)
    model.objects.filter(pk=instance.pk).update(**(worst_values(model, on=on, at=at) | extra))


@pytest.fixture(params=sorted(EXTREMES))
def spoiled(request):
    """A published figure claim on a tracked figure, every row of it at its worst."""
    on, at = EXTREMES[request.param]
    figure = factories.TrackedFigureFactory()
    appearance = factories.AppearanceFactory(
        claim=factories.ClaimFactory(published=True, figure=True, tracked_figure=figure)
    )
    claim = appearance.claim
    # A sane figure beside the spoiled one: the chart must place both.
    factories.ClaimFactory(published=True, figure=True, tracked_figure=figure)
    verdict = claim.verdicts.get()
    factories.CorrectionFactory(verdict=verdict)
    factories.StatusChangeFactory(claim=claim)
    claim.topics.add(factories.TopicFactory())
    # As large as SQLite's floating-point storage reads back into the field's 20 digits.
    biggest = Decimal("99999999999999.5")
    for model in (Outlet, Claimant, Topic, TrackedFigure, Evidence, Correction):
        for instance in model.objects.all():
            spoil(instance, on=on, at=at)
    for article in Article.objects.all():
        # The database keeps a placed quote inside its article: the text goes after it.
        spoil(article, on=on, at=at, body=article.body[: appearance.end] + WORST_TEXT)
    spoil(claim, on=on, at=at, figure_value=None, figure_low=-biggest, figure_high=biggest)
    spoil(appearance, on=on, at=at)
    spoil(verdict, on=on, at=at)
    spoil(claim.status_changes.last(), on=on, at=at)
    return Claim.objects.get(pk=claim.pk)


def public_urls(claim: Claim) -> list[str]:
    article = claim.appearances.get().article
    return [
        reverse("articles:home"),
        reverse("articles:claim-list"),
        reverse("articles:claim-list") + f"?claimant={claim.claimant.slug}&q=%1B",
        reverse("articles:claim-export-csv"),
        reverse("articles:claim-export-json"),
        claim.get_absolute_url(),
        reverse("articles:article-list"),
        article.get_absolute_url(),
        reverse("articles:claimant-list"),
        claim.claimant.get_absolute_url(),
        reverse("articles:figure-list"),
        claim.tracked_figure.get_absolute_url(),
        reverse("verdict-feed-rss"),
        reverse("verdict-feed-atom"),
        reverse("claimant-feed-rss", kwargs={"slug": claim.claimant.slug}),
        reverse("claimant-feed-atom", kwargs={"slug": claim.claimant.slug}),
        reverse("claimreview-feed"),
        reverse("claimreview-pages"),
        reverse("sitemap"),
        *(reverse("sitemap-section", kwargs={"section": section}) for section in SITEMAPS),
        reverse("robots-txt"),
        reverse("api:claim-list"),
        reverse("api:claim-detail", kwargs={"slug": claim.slug}),
        reverse("api:verdict-list"),
        reverse("api:article-list"),
        reverse("api:article-detail", kwargs={"slug": article.slug}),
        reverse("api:claimant-list"),
        reverse("api:claimant-detail", kwargs={"slug": claim.claimant.slug}),
    ]


@pytest.mark.parametrize("language", ["en", "uk"])
def test_every_public_url_answers_on_the_worst_stored_values(spoiled, language):
    client = Client(raise_request_exception=False)
    failures = []
    for url in public_urls(spoiled):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        if response.status_code != 200:
            failures.append((url, response.status_code))

    assert failures == []


def test_the_spoiled_rows_really_hold_the_worst_values(spoiled):
    # Guards the test above: the values went in unchanged, around validation.
    assert spoiled.text == WORST_TEXT
    assert spoiled.said_on in (datetime.date.min, datetime.date.max)
    assert set(Evidence.objects.values_list("url", flat=True)) == {WORST_URL}
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM articles_statuschange WHERE note = %s", [WORST_TEXT])
        assert cursor.fetchone() == (1,)
    assert StatusChange.objects.filter(at__year__in=(1, 9999)).exists()
    assert timezone.is_aware(Verdict.objects.get(claim=spoiled).published_at)
    assert Appearance.objects.get().said_on == spoiled.said_on
