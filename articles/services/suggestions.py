"""The check-worthy sentences of an article become suggested claims
(``articles.suggest``), written in bulk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import batched

from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from articles.anchoring import quote_selector
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
from articles.services.claimants import claimant_aliases_add, claimant_key, claimants_by_key
from articles.suggest import DEFAULT_THRESHOLD, Sentence, Suggestion, checkworthy_sentences
from articles.text import slug_base

SUGGESTION_NOTE = gettext_noop("Suggested from the article's text")
SUGGEST_BATCH_SIZE = 1000
# Articles whose suggestions are written in one transaction by ``articles_suggest_in_chunks``.
# Their sentences are scored first, outside it (the scores are cached), so the transaction
# only writes, and the write lock is free while the next chunk is scored: editors' saves
# get in between.
SUGGEST_CHUNK = 200


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
    import) is credited with the rows. Returns the number of claims created.
    """
    if by is not None:
        _require(by, "articles.add_claim", _("suggest claims"))
    user = by if by is not None and by.is_authenticated else None
    run = _SuggestionRun()
    return sum(
        _suggest_batch(list(batch), user, threshold, run) for batch in batched(articles, batch_size)
    )


def articles_suggest_in_chunks(
    *,
    article_ids: Sequence[int],
    by: User | None = None,
    chunk_size: int = SUGGEST_CHUNK,
    progress: Progress | None = None,
) -> int:
    """Suggest claims for many articles, ``chunk_size`` at a time, each chunk in its own
    transaction (``articles_suggest_claims``); return how many claims are new.

    For imports and background tasks: a run over thousands of articles never holds
    the write lock for long. Ids of articles that no longer exist are skipped.
    Without ``progress``, an error rises (the chunks before it are written). With
    it, ``progress`` hears the articles done after each chunk, and a chunk that the
    database or validation refuses is tried again one article at a time: each
    article that still fails is reported to ``progress`` with the reason (named by
    its title and id) while the others go on.
    """
    if by is not None:
        _require(by, "articles.add_claim", _("suggest claims"))
    ids = list(article_ids)
    count = done = 0
    for chunk in batched(ids, chunk_size):
        articles = list(
            Article.objects.filter(pk__in=chunk).only("pk", "title", "body", "published_on")
        )
        for article in articles:
            checkworthy_sentences(article.body)
        if progress is None:
            count += articles_suggest_claims(articles=articles, by=by)
        else:
            try:
                count += articles_suggest_claims(articles=articles, by=by)
            except (ValidationError, DatabaseError):
                count += _suggest_one_by_one(articles, by, progress)
            done += len(chunk)
            progress.step(BackgroundTaskStage.SUGGESTING, done, len(ids))
    return count


def _suggest_one_by_one(articles: list[Article], by, progress: Progress) -> int:
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


class _SuggestionRun:
    """What one suggestion run learns once and reuses in every batch: taken slugs, claimants.

    Wire copy repeats sentences across articles, so the same slug bases come back
    batch after batch; asking the database about each base once keeps the cost of
    a large run linear.
    """

    def __init__(self) -> None:
        self.slugs = _SlugPool(set())
        self.checked_bases: set[str] = set()
        self.claimants: dict[str, Claimant] = {}

    def slug_pool(self, bases: set[str]) -> _SlugPool:
        new = bases - self.checked_bases
        if new:
            self.slugs.taken |= _taken_slugs(Claim, new)
            self.checked_bases |= new
        return self.slugs


def _suggest_batch(articles: list[Article], user, threshold: float, run: _SuggestionRun) -> int:
    taken_spans: dict[int, set[tuple[int, int]]] = {article.pk: set() for article in articles}
    taken_quotes: dict[int, set[str]] = {article.pk: set() for article in articles}
    for article_id, start, end, exact in (
        Appearance.objects.filter(article__in=[article.pk for article in articles])
        .order_by()
        .values_list("article_id", "start", "end", "exact")
    ):
        taken_spans[article_id].add((start, end))
        taken_quotes[article_id].add(exact)
    planned: list[tuple[Article, Sentence, Suggestion]] = []
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
    texts = [" ".join(sentence.text.split()) for _article, sentence, _suggestion in planned]
    bases = [_claim_slug_base(text) for text in texts]
    slugs = run.slug_pool(set(bases))
    now = timezone.now()
    claim_rows = []
    for (article, _sentence, suggestion), text, base in zip(planned, texts, bases, strict=True):
        claimant = claimants.get(claimant_key(suggestion.claimant))
        claim_rows.append(
            {
                "text": text,
                "slug": slugs.claim(base),
                "kind": suggestion.kind,
                "claimant_id": claimant.pk if claimant else None,
                "status": ClaimStatus.SUGGESTED,
                "said_on": article.published_on,
                "last_activity_at": now,
                "suggestion_score": _score(suggestion.score),
                "suggestion_reasons": _reasons(suggestion),
                **_figure_fields(suggestion.figure),
            }
        )
    claim_ids = _insert_rows(Claim, claim_rows, now=now, returning="slug")
    ids = [claim_ids[row["slug"]] for row in claim_rows]
    record_created_history(
        Claim,
        ids,
        at=now,
        reason=_(SUGGESTION_NOTE),
        user_id=user.pk if user else None,
        batch_size=SUGGEST_BATCH_SIZE,
    )
    note = _(SUGGESTION_NOTE)
    user_id = user.pk if user else None
    _insert_rows(
        StatusChange,
        [
            {"claim_id": claim_id, "from_status": "", "to_status": ClaimStatus.SUGGESTED,
             "by_id": user_id, "at": now, "note": note}
            for claim_id in ids
        ],
        now=now,
    )  # fmt: skip
    _insert_rows(
        Appearance,
        [
            {
                "claim_id": claim_id,
                "article_id": article.pk,
                "start": sentence.start,
                "end": sentence.end,
                "said_on": article.published_on,
                "added_by_id": user_id,
                **quote_selector(article.body, sentence.start, sentence.end),
            }
            for claim_id, (article, sentence, _suggestion) in zip(ids, planned, strict=True)
        ],
        now=now,
    )
    return len(ids)


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


def _insert_rows(
    model: type[Model], rows: list[dict], *, now, returning: str | None = None
) -> dict[object, int]:
    """INSERT ``rows`` (dicts of attnames) into ``model``'s table, in bulk.

    The rows of a suggestion run are built by the service itself from the
    suggester's output, so the per-object work of ``bulk_create`` (building
    model instances, preparing every value through its field) would be most of
    the cost. Every other column gets the field's default; ``created_at`` and
    ``updated_at`` get ``now``. The database still enforces every constraint.

    With ``returning`` (a unique field), returns the new ids by that field's value.
    """
    if not rows:
        return {}
    ops = connection.ops
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    defaults = {}
    adapters = {}
    for field in fields:
        if field.attname in ("created_at", "updated_at"):
            defaults[field.attname] = now
        elif field.has_default() or not field.null:
            defaults[field.attname] = field.get_default()
        else:
            defaults[field.attname] = None
        internal = field.get_internal_type()
        if internal == "DateTimeField":
            adapters[field.attname] = ops.adapt_datetimefield_value
        elif internal == "DateField":
            adapters[field.attname] = ops.adapt_datefield_value
        elif internal == "JSONField":
            adapters[field.attname] = lambda value, f=field: ops.adapt_json_value(value, f.encoder)
        elif internal == "DecimalField":
            adapters[field.attname] = (
                lambda value, f=field: ops.adapt_decimalfield_value(
                    value, f.max_digits, f.decimal_places
                )
            )  # fmt: skip
    quote = ops.quote_name
    names = [field.attname for field in fields]
    # Many rows share a date or the same ``now``: adapt each distinct value once.
    adapted: dict[tuple[str, object], object] = {}
    params = []
    for row in rows:
        values = {**defaults, **row}
        for name, adapt in adapters.items():
            value = values[name]
            if value is not None:
                key = (name, value)
                try:
                    found = adapted.get(key)
                except TypeError:
                    # An unhashable value (a JSON list): adapted on its own.
                    values[name] = adapt(value)
                    continue
                if found is None:
                    found = adapted[key] = adapt(value)
                values[name] = found
        params.append([values[name] for name in names])
    insert = (
        f"INSERT INTO {quote(model._meta.db_table)} "
        f"({', '.join(quote(field.column) for field in fields)}) VALUES "
    )
    row_placeholders = "(" + ", ".join(["%s"] * len(names)) + ")"
    with connection.cursor() as cursor:
        if returning is None:
            cursor.executemany(insert + row_placeholders, params)
            return {}
        key_column = quote(model._meta.get_field(returning).column)
        if not connection.features.can_return_rows_from_bulk_insert:
            cursor.executemany(insert + row_placeholders, params)
            return _ids_by(model, returning, [row[returning] for row in rows])
        ids: dict[object, int] = {}
        # At most 1,000 rows a statement, fewer where the database limits parameters.
        limit = connection.features.max_query_params
        per_statement = max(1, min(1000, limit // len(names) if limit else 1000))
        for start in range(0, len(params), per_statement):
            batch = params[start : start + per_statement]
            cursor.execute(
                insert
                + ", ".join([row_placeholders] * len(batch))
                + f" RETURNING {quote(model._meta.pk.column)}, {key_column}",
                [value for row in batch for value in row],
            )
            ids.update((key, pk) for pk, key in cursor.fetchall())
        return ids


def _ids_by(model: type[Model], field: str, values: list) -> dict[object, int]:
    found: dict[object, int] = {}
    for start in range(0, len(values), 500):
        found.update(
            model.objects.filter(**{f"{field}__in": values[start : start + 500]}).values_list(
                field, "pk"
            )
        )
    return found


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
    taken: set[str] = set()
    ordered = sorted(bases)
    for start in range(0, len(ordered), 500):
        taken.update(
            model.objects.filter(slug__in=ordered[start : start + 500]).values_list(
                "slug", flat=True
            )
        )
    collided = sorted(base for base in ordered if base in taken)
    for start in range(0, len(collided), 100):
        pattern = "^(" + "|".join(re.escape(b) for b in collided[start : start + 100]) + ")-[0-9]+$"
        taken.update(model.objects.filter(slug__regex=pattern).values_list("slug", flat=True))
    return taken
