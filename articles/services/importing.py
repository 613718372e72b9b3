"""Seed files become articles: one per file, keyed on its name, every file checked
before anything is written, the writes in batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from articles.importers import ParsedSeed, SeedError
from articles.models import Article
from articles.services._base import _SlugPool, record_created_history
from articles.services.content import article_body_changed

IMPORT_BATCH_SIZE = 1000
SEED_CHANGE_REASON = "Imported from a seed file"


class SeedAction(StrEnum):
    """What an import did, or in a dry run would do, with one seed file."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class SeedOutcome:
    """One line of an import report: a seed file and what became of it."""

    name: str
    action: SeedAction
    title: str = ""
    reason: str = ""
    article_id: int | None = None
    # False for a path that led to no file at all (missing, or a folder without seeds).
    is_file: bool = True


@dataclass
class ImportReport:
    """The outcome of ``articles_import``, one entry per seed file in the order given."""

    outcomes: list[SeedOutcome]
    dry_run: bool = False

    def _with(self, action: SeedAction) -> list[SeedOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == action]

    @property
    def created(self) -> list[SeedOutcome]:
        return self._with(SeedAction.CREATED)

    @property
    def updated(self) -> list[SeedOutcome]:
        return self._with(SeedAction.UPDATED)

    @property
    def unchanged(self) -> list[SeedOutcome]:
        return self._with(SeedAction.UNCHANGED)

    @property
    def errors(self) -> list[SeedOutcome]:
        return self._with(SeedAction.ERROR)

    @property
    def files_found(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.is_file)


@dataclass(frozen=True, slots=True)
class _Known:
    pk: int
    origin: str
    content_hash: str
    published_on: date
    title: str


def articles_import(
    *,
    seeds: Sequence[ParsedSeed | SeedError],
    dry_run: bool = False,
    batch_size: int = IMPORT_BATCH_SIZE,
) -> ImportReport:
    """Create or update one article per parsed seed file, keyed on the file name.

    ``seeds`` are what ``articles.importers.read_seeds`` returns, in file order;
    a ``SeedError`` among them (a file that could not be read) is reported as
    such. A seed whose article already has the same text and date is left
    alone; a changed one updates the article's body, hash, title, language and
    date (the slug stays, so links keep working) and calls
    ``article_body_changed``. A seed with the same text as another article is
    refused, naming that article.

    Every seed is checked before anything is written, and the writes happen in
    one transaction, in batches, so a bad file never leaves half-written rows
    and a large import costs a constant number of queries per batch. With
    ``dry_run`` nothing is written; the report says what would happen.
    """
    if dry_run:
        return _plan_and_write(seeds, dry_run=True, batch_size=batch_size)
    # Planning inside the transaction keeps the existing rows it read consistent
    # with the writes (SQLite takes its write lock at BEGIN).
    with transaction.atomic():
        return _plan_and_write(seeds, dry_run=False, batch_size=batch_size)


def _plan_and_write(
    seeds: Sequence[ParsedSeed | SeedError], *, dry_run: bool, batch_size: int
) -> ImportReport:
    known_by_origin: dict[str, _Known] = {}
    hash_holder: dict[str, _Known] = {}
    taken_slugs: set[str] = set()
    for pk, origin, hash_, published_on, title, slug in Article.objects.values_list(
        "pk", "origin", "content_hash", "published_on", "title", "slug"
    ).order_by():
        known = _Known(pk, origin, hash_, published_on, title)
        if origin != Article.ORIGIN_ADMIN:
            known_by_origin[origin] = known
        hash_holder[hash_] = known
        taken_slugs.add(slug)
    slugs = _SlugPool(taken_slugs)

    report = ImportReport(outcomes=[], dry_run=dry_run)
    to_create: list[tuple[int, Article]] = []
    to_update: list[tuple[int, int, ParsedSeed]] = []
    names: set[str] = set()

    def refuse(name: str, reason: str, *, is_file: bool = True) -> None:
        report.outcomes.append(
            SeedOutcome(name, SeedAction.ERROR, reason=str(reason), is_file=is_file)
        )

    for seed in seeds:
        if isinstance(seed, SeedError):
            refuse(seed.name, seed.reason, is_file=seed.is_file)
            continue
        if seed.name in names:
            refuse(seed.name, _("another file of this name is in the same import"))
            continue
        names.add(seed.name)
        holder = hash_holder.get(seed.content_hash)
        if holder is not None and holder.origin != seed.name:
            if holder.origin == Article.ORIGIN_ADMIN:
                reason = _("same text as the article “%(title)s” entered in the admin") % {
                    "title": holder.title
                }
            else:
                reason = _("same text as seed %(origin)s") % {"origin": holder.origin}
            refuse(seed.name, reason)
            continue
        known = known_by_origin.get(seed.name)
        if known is None:
            article = Article(
                title=seed.title,
                slug=slugs.claim(seed.slug),
                body=seed.body,
                published_on=seed.published_on,
                language=seed.language,
                content_hash=seed.content_hash,
                origin=seed.name,
            )
            # No full_clean(): the parser bounds every field (title, slug and
            # origin lengths, a real date, a known language) and uniqueness was
            # settled in memory above; its per-row checks and queries are what
            # batching saves. The database constraints still stand behind it.
            to_create.append((len(report.outcomes), article))
            report.outcomes.append(SeedOutcome(seed.name, SeedAction.CREATED, title=seed.title))
        elif known.content_hash == seed.content_hash and known.published_on == seed.published_on:
            report.outcomes.append(
                SeedOutcome(seed.name, SeedAction.UNCHANGED, title=known.title, article_id=known.pk)
            )
        else:
            title = seed.title if known.content_hash != seed.content_hash else known.title
            to_update.append((len(report.outcomes), known.pk, seed))
            report.outcomes.append(
                SeedOutcome(seed.name, SeedAction.UPDATED, title=title, article_id=known.pk)
            )
        hash_holder[seed.content_hash] = _Known(
            0, seed.name, seed.content_hash, seed.published_on, seed.title
        )

    if dry_run:
        return report
    if to_create:
        created = _create_articles(
            [article for _index, article in to_create], batch_size=batch_size
        )
        for (index, _article), article in zip(to_create, created, strict=True):
            report.outcomes[index] = replace(report.outcomes[index], article_id=article.pk)
    if to_update:
        _apply_seed_updates(to_update, batch_size=batch_size)
    return report


def _create_articles(articles: list[Article], *, batch_size: int) -> list[Article]:
    """Insert new articles in batches, with their history, returning them with their ids."""
    created = Article.objects.bulk_create(articles, batch_size=batch_size)
    record_created_history(
        Article,
        [article.pk for article in created],
        at=timezone.now(),
        reason=SEED_CHANGE_REASON,
        user_id=None,
        batch_size=batch_size,
    )
    return created


def _apply_seed_updates(to_update: list[tuple[int, int, ParsedSeed]], *, batch_size: int) -> None:
    articles = Article.objects.in_bulk([pk for _index, pk, _seed in to_update])
    now = timezone.now()
    changed: list[Article] = []
    old_bodies: list[tuple[Article, str]] = []
    for _index, pk, seed in to_update:
        article = articles[pk]
        if article.content_hash != seed.content_hash:
            old_bodies.append((article, article.body))
            article.body = seed.body
            article.content_hash = seed.content_hash
            article.title = seed.title
            article.language = seed.language
        article.published_on = seed.published_on
        # bulk_update() skips auto_now.
        article.updated_at = now
        changed.append(article)
    bulk_update_with_history(
        changed,
        Article,
        ["body", "content_hash", "title", "language", "published_on", "updated_at"],
        batch_size=batch_size,
        default_change_reason=SEED_CHANGE_REASON,
    )
    for article, old_body in old_bodies:
        article_body_changed(article=article, old_body=old_body)
