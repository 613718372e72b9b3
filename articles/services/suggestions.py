"""The check-worthy sentences of an article become suggested claims
(``articles.suggest``), written in bulk.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import batched
from multiprocessing import get_all_start_methods, get_context
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.db.models import Model, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.anchoring import quote_parts
from articles.models import (
    Appearance,
    Article,
    BackgroundTaskStage,
    Claim,
    Claimant,
    ClaimantKind,
    ClaimStatus,
    Qualifier,
    StatusChange,
)
from articles.services._base import (
    Progress,
    User,
    _require,
    _SlugPool,
    record_created_history,
)
from articles.services._bulk import Adapters, existing_slugs, insert_rows, placeholder
from articles.services.claimants import claimant_aliases_add, claimant_key, claimants_by_key
from articles.suggest import (
    CHECKWORTHY_ELSEWHERE,
    DEFAULT_THRESHOLD,
    Sentence,
    Suggestion,
    checkworthy_sentences,
)
from articles.text import slug_base

# Stored in English, whatever the language of the editor who asked; each reader sees it in
# theirs (StatusChange.get_note_display).
SUGGESTION_NOTE = StatusChange.SUGGESTION_NOTE
SUGGEST_BATCH_SIZE = 1000
# Articles whose suggestions are written in one transaction by ``articles_suggest_in_chunks``.
# Their sentences are scored first, outside it (the scores are cached), so the transaction
# only writes, and the write lock is free while the next chunk is scored: editors' saves
# get in between.
SUGGEST_CHUNK = 200
# Distinct sentences whose claim text and slug base a run keeps (``SuggestionRun.claim_forms``).
CLAIM_FORMS_KEPT = 65_536


def article_suggest_claims(*, article: Article, by: User | None = None) -> int:
    """Suggest claims for the check-worthy sentences of ``article``; return how many are new.

    See ``articles_suggest_claims``, which does the work for many articles at once.
    """
    return articles_suggest_claims(articles=[article], by=by)


@transaction.atomic
def articles_suggest_claims(
    *,
    articles: Iterable[Article],
    by: User | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    batch_size: int = SUGGEST_BATCH_SIZE,
    run: SuggestionRun | None = None,
) -> int:
    """Create a suggested claim, with its appearance, for each check-worthy sentence.

    Each claim gets the sentence as its text, the guessed kind, claimant and
    figure, the article's date, and a "suggested" status change. A sentence is
    skipped when the article already has an appearance of any claim on the same
    span or with the same quote — so running it again creates no duplicates,
    and a suggestion an editor dismissed (its claim keeps its appearance) never
    comes back. Claimants are reused by name, case-insensitively, not duplicated.

    Everything is written in bulk: a handful of queries per ``batch_size``
    articles whatever their length. ``by`` (an editor, or ``None`` for an
    import) is credited with the rows. A caller that writes many articles in
    several transactions (``articles_suggest_in_chunks``) passes the same ``run``
    to each, so the slugs one looked up serve the next.
    Returns the number of claims created.
    """
    if by is not None:
        _require(by, "articles.add_claim", _("suggest claims"))
    user = by if by is not None and by.is_authenticated else None
    run = run if run is not None else SuggestionRun()
    # Claimants are looked up again in each transaction: one may have been merged away since.
    run.claimants.clear()
    return sum(
        _suggest_batch(list(batch), user, threshold, run) for batch in batched(articles, batch_size)
    )


def articles_suggest_in_chunks(
    *,
    article_ids: Sequence[int],
    by: User | None = None,
    chunk_size: int = SUGGEST_CHUNK,
    progress: Progress | None = None,
    scorer: Scorer | None = None,
) -> int:
    """Suggest claims for many articles, ``chunk_size`` at a time, each chunk in its own
    transaction (``articles_suggest_claims``); return how many claims are new.

    For imports and background tasks: a run over thousands of articles never holds
    the write lock for long. Ids of articles that no longer exist are skipped.
    Without ``progress``, an error rises (the chunks before it are written). With
    it, ``progress`` hears the articles done after each chunk, and a chunk that the
    database or validation refuses is tried again one article at a time: each
    article that still fails is reported to ``progress`` with the reason (named by
    its title and id) while the others go on. With a ``scorer`` (``scoring_ahead``),
    the texts it was sent are scored by another process, and only the others here.
    """
    if by is not None:
        _require(by, "articles.add_claim", _("suggest claims"))
    ids = list(article_ids)
    count = done = 0
    # One run across the chunks: the slugs one chunk looked up serve the next (a new run per
    # chunk met the slugs of the chunks before as taken, and looked up their suffixes again).
    run = SuggestionRun()
    for chunk in batched(ids, chunk_size):
        articles = [
            ArticleText(*row)
            for row in Article.objects.filter(pk__in=chunk).values_list(*ArticleText._fields)
        ]
        bodies = [article.body for article in articles]
        if scorer is not None:
            scorer.receive(bodies)
        for body in bodies:
            checkworthy_sentences(body)
        if progress is None:
            count += articles_suggest_claims(articles=articles, by=by, run=run)
        else:
            try:
                count += articles_suggest_claims(articles=articles, by=by, run=run)
            except (ValidationError, DatabaseError):
                # What the refused chunk learned was rolled back with it: start afresh.
                run = SuggestionRun()
                count += _suggest_one_by_one(articles, by, progress)
            done += len(chunk)
            progress.step(BackgroundTaskStage.SUGGESTING, done, len(ids))
        if scorer is not None:
            scorer.forget(bodies)
    return count


def _score_bodies(bodies: list[str]) -> list[list[tuple[Sentence, Suggestion]]]:
    """What the scoring process does: the check-worthy sentences of each text (only those
    travel back: the others would be more to copy between the processes, for nothing)."""
    return [checkworthy_sentences(text) for text in bodies]


class Scorer:
    """Texts scored in a second process while this one imports and writes.

    ``send(texts)`` queues them, in the order they will be wanted; ``receive(texts)``
    takes back what the process has scored, in that order, until those texts are all
    in (or nothing more is on its way), and puts it where ``articles.suggest`` reads
    it (``CHECKWORTHY_ELSEWHERE``); ``forget(texts)`` lets their scores go once written.
    The scoring is pure, so the suggestions are the same as if this process had
    scored them; a text never sent, or sent changed, is scored here as usual.
    """

    def __init__(self, pool: ProcessPoolExecutor):
        self.pool = pool
        self.queue: deque[tuple[list[str], Future]] = deque()

    def send(self, texts: list[str]) -> None:
        if texts:
            self.queue.append((texts, self.pool.submit(_score_bodies, texts)))

    def receive(self, texts: Iterable[str]) -> None:
        missing = set(texts) - CHECKWORTHY_ELSEWHERE.keys()
        while missing and self.queue:
            sent, future = self.queue.popleft()
            CHECKWORTHY_ELSEWHERE.update(zip(sent, future.result(), strict=True))
            missing.difference_update(sent)

    def forget(self, texts: Iterable[str]) -> None:
        for text in texts:
            CHECKWORTHY_ELSEWHERE.pop(text, None)


@contextmanager
def scoring_ahead(wanted: bool = True) -> Iterator[Scorer | None]:
    """A ``Scorer`` for a process of its own (``manage.py import_seeds``) on a machine
    of more than one core; else None, and every text is scored where it is wanted.

    The second process is forked: it starts at once, shares the rules already loaded,
    and reads and writes nothing but the texts it is sent and their scores.
    """
    if not wanted or (os.cpu_count() or 1) < 2 or "fork" not in get_all_start_methods():
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork"))
    try:
        yield Scorer(pool)
    finally:
        pool.shutdown(cancel_futures=True)
        CHECKWORTHY_ELSEWHERE.clear()


class ArticleText(NamedTuple):
    """What suggesting reads of an article: a plain tuple per row, so that a chunk of
    thousands of articles needs no model instances (they come in the model's order)."""

    pk: int
    title: str
    body: str
    published_on: date


def _suggest_one_by_one(articles: list[ArticleText], by, progress: Progress) -> int:
    count = 0
    for article in articles:
        try:
            count += articles_suggest_claims(articles=[article], by=by)
        except (ValidationError, DatabaseError) as error:
            progress.error(f"{article.title} (#{article.pk})", _error_text(error))
    return count


def _error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(error.messages)
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


class SuggestionRun:
    """What one suggestion run learns once and reuses in every batch: taken slugs, and within
    one transaction the claimants.

    Wire copy repeats sentences across articles, so the same slug bases come back
    batch after batch; asking the database about each base once keeps the cost of
    a large run linear. A run may span several transactions: the slugs it hands
    out are checked again, by exact value, before each batch is written, since
    somebody else may have taken one in between, and the claimants are looked up
    again in each.
    """

    def __init__(self) -> None:
        self.slugs = _SlugPool(set())
        self.checked_bases: set[str] = set()
        self.claimants: dict[str, Claimant] = {}
        self.forms: dict[str, tuple[str, str]] = {}

    def claim_forms(self, sentences: list[str]) -> tuple[list[str], list[str]]:
        """Each sentence's claim text (its whitespace collapsed) and slug base, in order.

        Worked out once per distinct sentence in the run: wire copy repeats them.
        """
        forms = self.forms
        if len(forms) > CLAIM_FORMS_KEPT:
            forms.clear()
        texts, bases = [], []
        for sentence in sentences:
            form = forms.get(sentence)
            if form is None:
                text = " ".join(sentence.split())
                form = forms[sentence] = (text, _claim_slug_base(text))
            texts.append(form[0])
            bases.append(form[1])
        return texts, bases

    def slug_pool(self, bases: set[str]) -> _SlugPool:
        new = bases - self.checked_bases
        if new:
            self.slugs.taken |= _taken_slugs(Claim, new)
            self.checked_bases |= new
        return self.slugs

    def claim_slugs(self, bases: list[str]) -> list[str]:
        """A free slug for each base, in order (one query per 500 slugs to confirm them)."""
        pool = self.slug_pool(set(bases))
        slugs = [pool.claim(base) for base in bases]
        while taken := existing_slugs(Claim, slugs):
            # Taken since this run last looked (another transaction): skip them and retry.
            pool.taken |= taken
            slugs = [
                pool.claim(base) if slug in taken else slug
                for slug, base in zip(slugs, bases, strict=True)
            ]
        return slugs


def _suggest_batch(
    articles: list[ArticleText] | list[Article], user, threshold: float, run: SuggestionRun
) -> int:
    taken_spans: dict[int, set[tuple[int, int]]] = {article.pk: set() for article in articles}
    taken_quotes: dict[int, set[str]] = {article.pk: set() for article in articles}
    for article_id, start, end, exact in (
        Appearance.objects.filter(article__in=[article.pk for article in articles])
        .order_by()
        .values_list("article_id", "start", "end", "exact")
    ):
        taken_spans[article_id].add((start, end))
        taken_quotes[article_id].add(exact)
    planned: list[tuple[ArticleText, Sentence, Suggestion]] = []
    for article in articles:
        spans, quotes = taken_spans[article.pk], taken_quotes[article.pk]
        for sentence, suggestion in checkworthy_sentences(article.body, threshold=threshold):
            if (sentence.start, sentence.end) in spans or sentence.text in quotes:
                continue
            spans.add((sentence.start, sentence.end))
            quotes.add(sentence.text)
            planned.append((article, sentence, suggestion))
    if not planned:
        return 0

    claimants = _suggested_claimants(
        (suggestion for _article, _sentence, suggestion in planned), known=run.claimants
    )
    texts, bases = run.claim_forms([sentence.text for _article, sentence, _suggestion in planned])
    slugs = run.claim_slugs(bases)
    now = timezone.now()
    user_id = user.pk if user else None
    note = SUGGESTION_NOTE
    claims = _ClaimRows(now=now, claimants=claimants)
    claim_ids = insert_rows(
        Claim, claims.columns, claims.rows(planned, texts, slugs), now=now, returning="slug"
    )
    ids = [claim_ids[slug] for slug in slugs]
    record_created_history(
        Claim, ids, at=now, reason=note, user_id=user_id, batch_size=SUGGEST_BATCH_SIZE
    )
    _record_suggested(ids, at=now, note=note, user_id=user_id)
    appearances = _AppearanceRows(user_id=user_id)
    insert_rows(Appearance, appearances.columns, appearances.rows(ids, planned), now=now)
    return len(ids)


class _ClaimRows:
    """The database values of suggested claims, a tuple per claim in ``columns``' order.

    A sentence repeated across articles is one suggestion object: its fields are read
    and adapted once per batch.
    """

    columns = (
        "text", "slug", "said_on",
        "kind", "claimant_id", "suggestion_score", "suggestion_reasons",
        "figure_value", "figure_low", "figure_high", "figure_qualifier", "figure_unit",
        "status", "last_activity_at",
    )  # fmt: skip

    def __init__(self, *, now, claimants: dict[str, Claimant]) -> None:
        self.claimants = claimants
        self.adapt = Adapters(Claim)
        self.tail = (ClaimStatus.SUGGESTED.value, self.adapt("last_activity_at", now))

    def rows(
        self,
        planned: list[tuple[ArticleText, Sentence, Suggestion]],
        texts: list[str],
        slugs: list[str],
    ) -> list[tuple]:
        """A row per planned claim, with its text and slug; an article's date and a
        suggestion's fields are adapted once."""
        fields_of: dict[int, tuple] = {}  # by the suggestion's id: ``planned`` holds them
        dates: dict[int, object] = {}
        rows = []
        for (article, _sentence, suggestion), text, slug in zip(planned, texts, slugs, strict=True):
            fields = fields_of.get(id(suggestion))
            if fields is None:
                fields = fields_of[id(suggestion)] = self._fields(suggestion)
            said_on = dates.get(article.pk)
            if said_on is None:
                said_on = dates[article.pk] = self.adapt("said_on", article.published_on)
            rows.append((text, slug, said_on, *fields))
        return rows

    def _fields(self, suggestion: Suggestion) -> tuple:
        adapt = self.adapt
        claimant = self.claimants.get(claimant_key(suggestion.claimant))
        figure = _figure_fields(suggestion.figure)
        return (
            suggestion.kind,
            claimant.pk if claimant else None,
            adapt("suggestion_score", _score(suggestion.score)),
            adapt("suggestion_reasons", _reasons(suggestion)),
            adapt("figure_value", figure.get("figure_value")),
            adapt("figure_low", figure.get("figure_low")),
            adapt("figure_high", figure.get("figure_high")),
            figure.get("figure_qualifier", ""),
            figure.get("figure_unit", ""),
            *self.tail,
        )


class _AppearanceRows:
    """The database values of suggested claims' appearances, a tuple per appearance."""

    columns = (
        "claim_id", "article_id", "start", "end", "exact", "prefix", "suffix",
        "said_on", "added_by_id",
    )  # fmt: skip

    def __init__(self, *, user_id: int | None) -> None:
        self.adapt = Adapters(Appearance)
        self.user_id = user_id

    def rows(
        self, claim_ids: list[int], planned: list[tuple[ArticleText, Sentence, Suggestion]]
    ) -> list[tuple]:
        """A row per claim: the sentence's span and its quote selector (``quote_selector``'s
        exact, prefix and suffix, sliced here without a dict per row)."""
        user_id = self.user_id
        dates: dict[int, object] = {}
        rows = []
        for claim_id, (article, sentence, _suggestion) in zip(claim_ids, planned, strict=True):
            body, start, end = article.body, sentence.start, sentence.end
            said_on = dates.get(article.pk)
            if said_on is None:
                said_on = dates[article.pk] = self.adapt("said_on", article.published_on)
            rows.append((
                claim_id, article.pk, start, end, *quote_parts(body, start, end),
                said_on, user_id,
            ))  # fmt: skip
        return rows


_STATUS_CHANGE_COLUMNS = ("claim", "from_status", "to_status", "by", "at", "note")


def _record_suggested(claim_ids: list[int], *, at, note: str, user_id: int | None) -> None:
    """The "suggested" status change of each new claim, one INSERT … SELECT per 1,000.

    The rows differ only in their claim, so the database writes them from the claims'
    ids rather than Python sending every row's values.
    """
    quote = connection.ops.quote_name
    table, claims = quote(StatusChange._meta.db_table), quote(Claim._meta.db_table)
    columns = [StatusChange._meta.get_field(name).column for name in _STATUS_CHANGE_COLUMNS]
    when = connection.ops.adapt_datetimefield_value(at)
    mark = placeholder()
    with connection.cursor() as cursor:
        for batch in batched(claim_ids, SUGGEST_BATCH_SIZE):
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(quote(column) for column in columns)}) "
                f"SELECT {quote(Claim._meta.pk.column)}, '', {mark}, {mark}, {mark}, {mark} "
                f"FROM {claims} WHERE {quote(Claim._meta.pk.column)} "
                f"IN ({', '.join([mark] * len(batch))})",
                [ClaimStatus.SUGGESTED.value, user_id, when, note, *batch],
            )


def _claim_slug_base(text: str) -> str:
    return slug_base(text, fallback="claim")


@lru_cache(maxsize=1024)
def _score(score: float) -> Decimal:
    return Decimal(str(score)).quantize(Decimal("0.001"))


def _reasons(suggestion: Suggestion) -> tuple[str, ...]:
    """Why the sentence was suggested: the kinds of its reasons, each once, in order.

    Kept short on purpose: a tuple of a few names is stored as a small JSON
    array, and the same few combinations recur, so each is encoded once per
    run. The words behind each reason are shown again by the split view.
    """
    return tuple(dict.fromkeys(r.kind for r in suggestion.reasons))


_QUALIFIER_VALUES = frozenset(Qualifier.values)
# A figure's value must fit Claim.figure_* (max_digits=20, decimal_places=4).
_FIGURE_LIMIT = Decimal(10) ** 16


def _figure_fields(figure) -> dict:
    """The claim fields of a suggested figure; none for a figure the fields cannot hold."""
    if figure is None:
        return {}
    numbers = [n for n in (figure.value, figure.low, figure.high) if n is not None]
    if not numbers or any(abs(n) >= _FIGURE_LIMIT for n in numbers):
        return {}
    if figure.low is not None and figure.high is not None and figure.low > figure.high:
        return {}
    return {
        "figure_value": figure.value,
        "figure_low": figure.low,
        "figure_high": figure.high,
        "figure_qualifier": figure.qualifier if figure.qualifier in _QUALIFIER_VALUES else "",
        "figure_unit": figure.unit[:200],
    }


def _suggested_claimants(suggestions, *, known: dict[str, Claimant]) -> dict[str, Claimant]:
    """The claimants the suggestions name, by key: reused, or created in bulk.

    A claimant is found by any of its names or aliases, without case or
    diacritics (``services.claimants``): "the DGPC" in one article and "Civil
    Protection Directorate (DGPC)" in another are one claimant. A new claimant
    gets the suggestion's description (the title taken out of a person's name)
    and its names as aliases; a claimant found again learns the aliases it did
    not have. ``known`` holds the claimants found so far in this run; new ones
    are added to it.
    """
    wanted: dict[str, Suggestion] = {}
    aliases: dict[str, set[str]] = {}
    for suggestion in suggestions:
        key = claimant_key(suggestion.claimant)
        if not key:
            continue
        if suggestion.claimant_aliases and key not in known:
            aliases.setdefault(key, set()).update(suggestion.claimant_aliases)
        if key not in wanted and key not in known:
            wanted[key] = suggestion
    found = known
    alias_keys = {claimant_key(alias): key for key, names in aliases.items() for alias in names}
    matched = claimants_by_key([*wanted, *alias_keys])
    for key in wanted:
        claimant = matched.get(key) or next(
            (matched[a] for a, k in alias_keys.items() if k == key and a in matched), None
        )
        if claimant is not None:
            found[key] = claimant
    missing = [key for key in sorted(wanted) if key not in found]
    if missing:
        bases = {key: slug_base(wanted[key].claimant, fallback="claimant") for key in missing}
        slugs = _SlugPool(_taken_slugs(Claimant, set(bases.values())))
        new = [
            Claimant(
                name=" ".join(wanted[key].claimant.split())[:200],
                kind=wanted[key].claimant_kind or ClaimantKind.PERSON,
                # The title taken out of a person's name: "Defence Minister".
                description=wanted[key].claimant_description[:300],
                slug=slugs.claim(bases[key]),
            )
            for key in missing
        ]
        for claimant in new:
            claimant.clean_fields(exclude=["slug"])
        for key, claimant in zip(missing, Claimant.objects.bulk_create(new), strict=True):
            found[key] = claimant
    for key, suggestion in wanted.items():
        names = [suggestion.claimant, *aliases.get(key, ())]
        if key in missing or len(names) > 1:
            claimant_aliases_add(claimant=found[key], names=names)
    return found


def _taken_slugs(model: type[Model], bases: set[str]) -> set[str]:
    """The slugs of ``model`` equal to a base or to a base with a -N suffix."""
    taken = existing_slugs(model, bases)
    collided = sorted(base for base in bases if base in taken)
    for start in range(0, len(collided), 100):
        chunk = collided[start : start + 100]
        suffixed = re.compile("(?:" + "|".join(re.escape(b) for b in chunk) + ")-[0-9]+")
        taken.update(
            slug
            for slug in model.objects.filter(_suffixed(chunk))
            .order_by()
            .values_list("slug", flat=True)
            if suffixed.fullmatch(slug)
        )
    return taken


def _suffixed(bases: list[str]) -> Q:
    """Slugs that start with one of ``bases`` and a hyphen and a digit, as an index range.

    A regular expression over the slug column reads every row (on SQLite through
    a Python function per row), so a large import that met taken slugs batch
    after batch grew quadratically. PostgreSQL's pattern-ops index on the slug
    answers ``LIKE 'base-%'``; SQLite compares text by its bytes, so the slugs
    ``base-0`` … ``base-9…`` are the range from ``base-0`` up to ``base-:``.
    """
    condition = Q()
    for base in bases:
        if connection.vendor == "postgresql":
            condition |= Q(slug__startswith=f"{base}-")
        else:
            condition |= Q(slug__gte=f"{base}-0", slug__lt=f"{base}-:")
    return condition
