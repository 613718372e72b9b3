"""Seed files become articles: one per file, keyed on its path, each batch of files
checked and written in its own short transaction.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from itertools import batched
from operator import attrgetter

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from simple_history.utils import bulk_update_with_history

from articles.importers import ParsedSeed, SeedError, read_seeds
from articles.models import Article, BackgroundTaskStage
from articles.services._base import (
    NoProgress,
    Progress,
    User,
    _require,
    _SlugPool,
    record_created_history,
)
from articles.services._bulk import Adapters, existing_slugs, insert_rows
from articles.services._public import publication_changed
from articles.services.content import article_body_changed
from articles.services.suggestions import (
    SUGGEST_CHUNK,
    articles_suggest_in_chunks,
    scoring_ahead,
)

IMPORT_BATCH_SIZE = 1000
# Changed files written per transaction: each has its claims placed again.
UPDATES_PER_TRANSACTION = 50
# Seconds the write lock stays free between batches on SQLite. A waiting writer looks for
# the lock every 100 ms at most, so each pause lets it in with an even chance or better:
# it waits a batch or two, never twenty seconds.
SQLITE_WRITER_PAUSE = 0.05
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
    # Claims suggested for the import's articles (``seeds_import(suggest=True)``).
    suggested: int | None = None

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

    def summary(self) -> str:
        """One line: files found, created, updated, unchanged, errors."""
        found = ngettext("Found %(count)d file", "Found %(count)d files", self.files_found) % {
            "count": self.files_found
        }
        errors = ngettext("%(count)d error", "%(count)d errors", len(self.errors)) % {
            "count": len(self.errors)
        }
        summary = _(
            "%(found)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, "
            "%(errors)s."
        ) % {
            "found": found,
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "errors": errors,
        }
        if self.dry_run:
            summary += " " + _("(dry run: nothing written)")
        return summary


def seeds_import(
    *,
    paths: Iterable[str | os.PathLike],
    max_bytes: int | None = None,
    dry_run: bool = False,
    suggest: bool = False,
    by: User | None = None,
    progress: Progress | None = None,
    scoring_process: bool = False,
) -> ImportReport:
    """Import the seed files under ``paths``: what ``manage.py import_seeds`` does, inline
    or as a background task (``articles.tasks``).

    The files are read and parsed (``articles.importers.read_seeds``, files over
    ``max_bytes`` refused unread), written (``articles_import``) and, with
    ``suggest``, every article of the import, new, updated or unchanged, gets its
    suggested claims (``articles_suggest_in_chunks``; the count lands in the
    report's ``suggested``). ``progress`` hears each stage's done and total and
    every file refused (and, while suggesting, every article refused: see
    ``articles_suggest_in_chunks``). ``by`` is checked for adding articles (``None``: an
    operator's command). With ``scoring_process`` (for a process of its own: see
    ``scoring_ahead``), a second process scores the articles' sentences while this one
    writes.
    ``IntegrityError`` rises as from ``articles_import``.
    """
    if by is not None:
        _require(by, "articles.add_article", _("import articles"))
    told = progress or NoProgress()
    imported = 0
    seeds: list[ParsedSeed | SeedError] = []

    def on_batch(outcomes: Sequence[SeedOutcome]) -> None:
        nonlocal imported
        imported += len(outcomes)
        for outcome in outcomes:
            if outcome.action == SeedAction.ERROR:
                told.error(outcome.name, outcome.reason)
        told.step(BackgroundTaskStage.IMPORTING, imported, len(seeds))

    with scoring_ahead(scoring_process and suggest and not dry_run) as scorer:
        # With a scoring process, the texts go to it as they are read, SUGGEST_CHUNK at a
        # time in file order: the order in which the import writes new articles and so the
        # order their suggestions are written in. It scores them while this process reads
        # the rest and writes the articles, then their claims. (It is forked with the first
        # part, before this process holds every text, so there is less memory for the two
        # to share and for this one to copy again as it writes.)
        texts: list[str] = []

        def on_seed(seed: ParsedSeed | SeedError) -> None:
            if isinstance(seed, ParsedSeed):
                texts.append(seed.body)
                if len(texts) == SUGGEST_CHUNK:
                    scorer.send(texts[:])
                    texts.clear()

        seeds = read_seeds(
            paths,
            max_bytes=max_bytes,
            on_file=lambda done, total: told.step(BackgroundTaskStage.READING, done, total),
            on_seed=on_seed if scorer is not None else None,
        )
        if scorer is not None:
            scorer.send(texts)
        report = articles_import(seeds=seeds, dry_run=dry_run, on_batch=on_batch)
        if suggest and not dry_run:
            report.suggested = articles_suggest_in_chunks(
                article_ids=sorted(o.article_id for o in report.outcomes if o.article_id),
                by=by,
                progress=progress,
                scorer=scorer,
            )
    return report


def import_refused_text(error: Exception) -> str:
    """What an operator is told when the database refused a batch of an import."""
    # Others kept writing the same articles while this batch was retried; its
    # transaction was rolled back, so running the import again is safe.
    return _(
        "The database refused a batch of the import (%(error)s); the files before "
        "it were imported. Run it again to import the rest."
    ) % {"error": error}


@dataclass(frozen=True, slots=True)
class _Known:
    pk: int
    origin: str
    content_hash: str
    published_on: date
    title: str


@dataclass
class _Progress:
    """What the batches of one import have claimed so far: file names, texts, slugs.

    A dry run writes nothing, so later batches learn about earlier ones from here
    rather than from the database.
    """

    names: set[str] = field(default_factory=set)
    hashes: dict[str, _Known] = field(default_factory=dict)
    _slugs: _SlugPool | None = None

    def slugs(self) -> _SlugPool:
        """Every article slug, read once, with those this import hands out added."""
        if self._slugs is None:
            self._slugs = _SlugPool(set(Article.objects.values_list("slug", flat=True)))
        return self._slugs


@dataclass
class _BatchPlan:
    outcomes: list[SeedOutcome] = field(default_factory=list)
    to_create: list[tuple[int, Article]] = field(default_factory=list)
    to_update: list[tuple[int, int, ParsedSeed]] = field(default_factory=list)
    progress: _Progress = field(default_factory=_Progress)


def articles_import(
    *,
    seeds: Sequence[ParsedSeed | SeedError],
    dry_run: bool = False,
    batch_size: int = IMPORT_BATCH_SIZE,
    on_batch: Callable[[Sequence[SeedOutcome]], None] | None = None,
) -> ImportReport:
    """Create or update one article per parsed seed file, keyed on the file's key (its
    path under the import root, see ``articles.importers``).

    ``seeds`` are what ``articles.importers.read_seeds`` returns, in file order;
    a ``SeedError`` among them (a file that could not be read) is reported as
    such. A seed whose article already has the same text and date is left
    alone; a changed one updates the article's body, hash, title, language and
    date (the slug stays, so links keep working) and calls
    ``article_body_changed``. A seed with the same text as another article is
    refused, naming that article.

    The seeds go in batches of ``batch_size``, fewer when a batch holds more than
    ``UPDATES_PER_TRANSACTION`` changed files (placing their claims again takes
    time): each batch is checked against the database and written in one short
    transaction, a constant number of queries whatever its size. So an import of
    any size holds the database's write lock only a moment at a time (editors keep
    saving while it runs), and every file is written whole or not at all. Should
    the database refuse a batch (another import wrote the same files at the same
    moment), ``IntegrityError`` rises with the earlier batches written: running the
    import again finishes it. With ``dry_run`` nothing is written and no lock
    taken; the report says what would happen. ``on_batch``, if given, hears the
    outcomes of each batch once it is written.
    """
    report = ImportReport(outcomes=[], dry_run=dry_run)
    progress = _Progress()
    wrote = False
    for batch in batched(seeds, batch_size):
        parts, unchanged = ([batch], set()) if dry_run else _transactions(batch)
        for part in parts:
            if dry_run:
                plan = _plan_batch(part, progress)
            else:
                if wrote:
                    _let_waiting_writers_in(part, unchanged=unchanged)
                plan = _write_batch(part, progress, batch_size=batch_size)
                wrote = bool(plan.to_create or plan.to_update)
            report.outcomes.extend(plan.outcomes)
            progress.names |= plan.progress.names
            progress.hashes |= plan.progress.hashes
            if on_batch is not None:
                on_batch(plan.outcomes)
    return report


def _transactions(
    batch: Sequence[ParsedSeed | SeedError],
) -> tuple[list[list[ParsedSeed | SeedError]], set[str]]:
    """``batch`` cut, in order, into runs holding at most ``UPDATES_PER_TRANSACTION``
    seeds whose article exists with another text or date, and the names of the seeds
    whose article exists unchanged (one query).

    A new article is a quick insert; a changed one has its claims placed again, which
    is slow enough that a thousand of them would hold the write lock for seconds.
    """
    parsed = {seed.name: seed for seed in batch if isinstance(seed, ParsedSeed)}
    changed: set[str] = set()
    unchanged: set[str] = set()
    for origin, hash_, published_on in (
        Article.objects.filter(origin__in=parsed)
        .exclude(origin=Article.ORIGIN_ADMIN)
        .values_list("origin", "content_hash", "published_on")
        .order_by()
    ):
        seed = parsed[origin]
        same = (hash_, published_on) == (seed.content_hash, seed.published_on)
        (unchanged if same else changed).add(origin)
    runs: list[list[ParsedSeed | SeedError]] = [[]]
    updates = 0
    for seed in batch:
        if updates == UPDATES_PER_TRANSACTION:
            runs.append([])
            updates = 0
        runs[-1].append(seed)
        updates += isinstance(seed, ParsedSeed) and seed.name in changed
    return runs, unchanged


def _let_waiting_writers_in(
    upcoming: Sequence[ParsedSeed | SeedError], *, unchanged: set[str]
) -> None:
    """Leave SQLite's write lock free a moment between two batches that took it.

    SQLite keeps no queue for its write lock: a writer kept waiting (an editor's save)
    looks for it every 100 ms at most, and would lose every race to a next batch
    that follows at once.
    PostgreSQL locks rows, so writers elsewhere never wait on an import there.

    The pause is put to use, outside any transaction: the titles, slugs and languages
    of the ``upcoming`` seeds that will be written (not those ``unchanged``), derived
    on first use, are worked out in it for as long as it lasts, and the rest of it is
    slept. The lock stays free just as long; the batch that follows holds it shorter.
    """
    if connection.vendor != "sqlite":
        return
    until = time.monotonic() + SQLITE_WRITER_PAUSE
    for seed in upcoming:
        if time.monotonic() >= until:
            return
        if isinstance(seed, ParsedSeed) and seed.name not in unchanged:
            seed.derive()
    left = until - time.monotonic()
    if left > 0:
        time.sleep(left)


def _write_batch(
    batch: Sequence[ParsedSeed | SeedError], progress: _Progress, *, batch_size: int
) -> _BatchPlan:
    # Planning inside the transaction keeps what it read consistent with the writes
    # (SQLite takes its write lock at BEGIN; PostgreSQL locks the rows it read).
    with transaction.atomic():
        plan = _plan_batch(batch, progress, lock=True)
        while taken := _slugs_taken_meanwhile(plan):
            # Someone created articles since the slugs were read: choose again.
            progress.slugs().taken.update(taken)
            plan = _plan_batch(batch, progress, lock=True)
        _write_plan(plan, batch_size=batch_size)
    return plan


def _plan_batch(
    batch: Sequence[ParsedSeed | SeedError],
    progress: _Progress,
    *,
    lock: bool = False,
) -> _BatchPlan:
    """Decide what becomes of each seed of ``batch``, given what earlier batches did.

    ``lock`` takes row locks on the articles read (PostgreSQL), for a plan about to
    be written in the same transaction.
    """
    plan = _BatchPlan()
    parsed = [seed for seed in batch if isinstance(seed, ParsedSeed)]
    known_by_origin: dict[str, _Known] = {}
    hash_holder: dict[str, _Known] = {}
    if parsed:
        names = {seed.name for seed in parsed}
        hashes = {seed.content_hash for seed in parsed}
        # Two lookups, each on its own index (an OR of both would scan the table); the
        # origin one repeats the condition of its partial index so the index applies.
        for lookup in (
            Article.objects.filter(origin__in=names).exclude(origin=Article.ORIGIN_ADMIN),
            Article.objects.filter(content_hash__in=hashes),
        ):
            rows = lookup.select_for_update() if lock else lookup
            for row in rows.values_list(
                "pk", "origin", "content_hash", "published_on", "title"
            ).order_by():
                known = _Known(*row)
                if known.origin in names:
                    known_by_origin[known.origin] = known
                hash_holder[known.content_hash] = known
    names_seen = progress.names
    new_names = plan.progress.names

    def refuse(name: str, reason: str, *, is_file: bool = True) -> None:
        plan.outcomes.append(
            SeedOutcome(name, SeedAction.ERROR, reason=str(reason), is_file=is_file)
        )

    for seed in batch:
        if isinstance(seed, SeedError):
            refuse(seed.name, seed.reason, is_file=seed.is_file)
            continue
        if seed.name in names_seen or seed.name in new_names:
            refuse(seed.name, _("another file of this name is in the same import"))
            continue
        new_names.add(seed.name)
        holder = (
            plan.progress.hashes.get(seed.content_hash)
            or hash_holder.get(seed.content_hash)
            or progress.hashes.get(seed.content_hash)
        )
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
        index = len(plan.outcomes)
        if known is None:
            article = Article(
                title=seed.title,
                slug=progress.slugs().claim(seed.slug),
                body=seed.body,
                published_on=seed.published_on,
                language=seed.language,
                content_hash=seed.content_hash,
                origin=seed.name,
            )
            # No full_clean(): the parser bounds every field (title, slug and
            # origin lengths, a plausible date, no control characters, a known
            # language) and uniqueness was settled above; its per-row checks and
            # queries are what batching saves. The database constraints still
            # stand behind it.
            plan.to_create.append((index, article))
            plan.outcomes.append(SeedOutcome(seed.name, SeedAction.CREATED, title=seed.title))
        elif known.content_hash == seed.content_hash and known.published_on == seed.published_on:
            plan.outcomes.append(
                SeedOutcome(seed.name, SeedAction.UNCHANGED, title=known.title, article_id=known.pk)
            )
        else:
            title = seed.title if known.content_hash != seed.content_hash else known.title
            plan.to_update.append((index, known.pk, seed))
            plan.outcomes.append(
                SeedOutcome(seed.name, SeedAction.UPDATED, title=title, article_id=known.pk)
            )
        # Only an admin article's title is ever shown (deriving titles is what an
        # unchanged re-import skips).
        plan.progress.hashes[seed.content_hash] = _Known(
            0, seed.name, seed.content_hash, seed.published_on, ""
        )
    return plan


def _slugs_taken_meanwhile(plan: _BatchPlan) -> set[str]:
    """The slugs ``plan`` chose that the database now holds (one query per 500)."""
    return existing_slugs(Article, [article.slug for _index, article in plan.to_create])


def _write_plan(plan: _BatchPlan, *, batch_size: int) -> None:
    if plan.to_create:
        created = _create_articles(
            [article for _index, article in plan.to_create], batch_size=batch_size
        )
        for (index, _article), article in zip(plan.to_create, created, strict=True):
            plan.outcomes[index] = replace(plan.outcomes[index], article_id=article.pk)
    if plan.to_update:
        _apply_seed_updates(plan.to_update, batch_size=batch_size)
    if plan.to_create or plan.to_update:
        publication_changed()  # new or changed sources on the articles list


def _create_articles(articles: list[Article], *, batch_size: int) -> list[Article]:
    """Insert new articles in batches, with their history, returning them with their ids.

    The rows are written from the articles' own values (``insert_rows``), not by
    ``bulk_create``, whose preparing of every value through its field was most of the
    cost of writing them.
    """
    now = timezone.now()
    adapt = Adapters(Article)
    columns = [
        field.attname
        for field in Article._meta.concrete_fields
        if not field.primary_key and field.attname not in ("created_at", "updated_at")
    ]
    values = attrgetter(*columns)
    # Only these columns' values need adapting (the date, on SQLite); the rest go as they are.
    adapted = [(index, name) for index, name in enumerate(columns) if adapt.changes(name)]
    rows = []
    for article in articles:
        row = list(values(article))
        for index, name in adapted:
            row[index] = adapt(name, row[index])
        rows.append(tuple(row))
    ids = insert_rows(Article, columns, rows, now=now, returning="slug")
    for article in articles:
        article.pk = ids[article.slug]
        article.created_at = article.updated_at = now
        article._state.adding = False
        article._state.db = connection.alias
    record_created_history(
        Article,
        [article.pk for article in articles],
        at=now,
        reason=SEED_CHANGE_REASON,
        user_id=None,
        batch_size=batch_size,
    )
    return articles


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
