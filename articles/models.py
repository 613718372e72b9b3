"""The workbench's domain: sources, claims, where they appeared, evidence and verdicts.

Models hold data and integrity rules only. Every state change lives in
``articles.services``; ``save()`` and signals carry no side effects.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connections, models
from django.db.models import F, Max, Min, OuterRef, Prefetch, Q
from django.db.models.functions import Cast, Coalesce, Length
from django.tasks import TaskResultStatus
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext, gettext_noop, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.text import join_thousands, number_spellings
from articles.validators import (
    validate_no_control_characters,
    validate_plausible_date,
    validate_plausible_figure_date,
)

# Every text an editor writes; see articles/validators.py.
TEXT = [validate_no_control_characters]


class OrderIndex(models.Index):
    """An index in a list's exact order, ``NULLS LAST`` included, so a page reads it in order.

    SQLite cannot say where NULLs go in an index; it sorts them first, so a descending
    column already puts them last. There the modifiers are left out.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "sqlite":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        plain = self.clone()
        plain.expressions = tuple(
            models.OrderBy(e.expression, descending=e.descending)
            if isinstance(e, models.OrderBy)
            else e
            for e in self.expressions
        )
        return models.Index.create_sql(plain, model, schema_editor, using=using, **kwargs)


# Every status readers may see, whatever FACTCHECK_PUBLIC_BEING_CHECKED says: the partial
# indexes of public lists hold these rows (a narrower filter still reads them).
PUBLIC_STATUSES = ["open", "researching", "in_review", "published"]
BEING_CHECKED_STATUSES = ["open", "researching", "in_review"]
# Claims an editor may be working on: the queue's "assigned to you".
WORKING_STATUSES = ["suggested", "open", "researching", "in_review"]

# Fields whose copies in the history tables carry no index: a model's history is read
# by the object's id (its own index) in date order, never by these, and each index is
# one more B-tree written for every history row (a row per imported article and per
# suggested claim; see docs/benchmarks.md, "Unread history indexes"). The history user
# keeps its index: deleting a user sets it to NULL in every row that names them.
HISTORY_UNQUERIED = {
    "article": ["slug", "content_hash", "outlet"],
    "claim": ["slug", "said_on", "claimant", "assignee", "tracked_figure"],
    "appearance": ["article", "claim", "added_by"],
}


def _newest(*leading: str) -> tuple:
    """Index columns in the tracker's order, newest first, after ``leading`` ones."""
    return (
        *(F(name) for name in leading),
        F("said_on").desc(nulls_last=True),
        F("created_at").desc(),
        F("id").desc(),
    )


class TimeStamped(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class Outlet(TimeStamped):
    """Who published a source."""

    name = models.CharField(_("name"), max_length=200, validators=TEXT)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    url = models.URLField(_("website"), blank=True, validators=TEXT)
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        # The public page cache reads the newest edit of each table on every request.
        indexes = [models.Index(fields=["updated_at"], name="outlet_updated_idx")]

    def __str__(self) -> str:
        return self.name


class PeriodQuerySet(models.QuerySet):
    """``dates()`` and ``datetimes()`` that find years and months through the date's index.

    The admin's date drill-down asks a list for its distinct years, then a year's
    months. Django answers with ``SELECT DISTINCT`` over every row of the list; here
    each year (or month) between the list's first and last date is probed with an
    ``EXISTS`` that an index on the date answers at once, so a list of a million rows
    costs a dozen index probes. Days (within one month) are left to Django.
    """

    def remembering_aggregates(self):
        """This queryset (not its copies) asking the database once for each aggregate.

        The admin's date drill-down asks its list for the first and last date, then
        ``_periods`` asks the same again: on a searched list of a million claims each
        answer reads every match. Only for a queryset that lives as long as one request
        (the admin's change list): the answers are kept for as long as the object is.
        """
        self._remembered_aggregates = {}
        return self

    def aggregate(self, *args, **kwargs):
        remembered = getattr(self, "_remembered_aggregates", None)
        if remembered is None or args:
            return super().aggregate(*args, **kwargs)
        key = repr(sorted(kwargs.items()))
        if key not in remembered:
            remembered[key] = super().aggregate(**kwargs)
        return dict(remembered[key])

    def dates(self, field_name, kind, order="ASC"):
        if kind not in ("year", "month"):
            return super().dates(field_name, kind, order)
        return self._periods(field_name, kind, order, tz=None)

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        if kind not in ("year", "month"):
            return super().datetimes(field_name, kind, order, tzinfo)
        tz = tzinfo or (timezone.get_current_timezone() if settings.USE_TZ else None)
        return self._periods(field_name, kind, order, tz=tz or datetime.UTC)

    def _periods(self, field_name: str, kind: str, order: str, *, tz) -> list:
        bounds = self.aggregate(first=Min(field_name), last=Max(field_name))
        first, last = bounds["first"], bounds["last"]
        if first is None or last is None:
            return []
        if tz is not None:
            first, last = first.astimezone(tz), last.astimezone(tz)
        year, month = first.year, first.month if kind == "month" else 1
        end = (last.year, last.month if kind == "month" else 1)
        periods = []
        while (year, month) <= end:
            following = (year + 1, 1) if kind == "year" or month == 12 else (year, month + 1)
            start, stop = datetime.date(year, month, 1), datetime.date(*following, 1)
            if tz is not None:
                start = datetime.datetime(year, month, 1, tzinfo=tz)
                stop = datetime.datetime(*following, 1, tzinfo=tz)
            periods.append((start, stop))
            year, month = following
        # Every probe in one query, read off any single row of the table.
        probes = {
            f"p{n}": models.Exists(
                self.filter(**{f"{field_name}__gte": start, f"{field_name}__lt": stop})
            )
            for n, (start, stop) in enumerate(periods)
        }
        found = self.model._base_manager.annotate(**probes).values(*probes).order_by()[:1][0]
        starts = [start for n, (start, _stop) in enumerate(periods) if found[f"p{n}"]]
        return starts if order == "ASC" else starts[::-1]


class SubqueryCount(models.Subquery):
    """How many rows a correlated queryset has, as a column of the outer query.

    Unlike ``Count`` over a join, it groups nothing: the database counts for the
    rows of the outer query it returns (a page of 25), not for the whole table.
    """

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _counted)"
    output_field = models.IntegerField()


class ArticleQuerySet(PeriodQuerySet):
    def with_public_claim_counts(self):
        """Annotate ``public_claim_count``: the public claims that appear in each article."""
        return self.annotate(
            public_claim_count=SubqueryCount(
                Appearance.objects.filter(
                    article=OuterRef("pk"), claim__status__in=ClaimStatus.public_values()
                )
                .order_by()
                .values("claim_id")
                .distinct()
            )
        )

    def for_article_page(self):
        """Attach ``public_appearances``: the placed spans of public claims, with their verdicts.

        Orphaned appearances and those of suggested or dismissed claims are left out.
        """
        return self.select_related("outlet").prefetch_related(*article_page_prefetches())


def article_page_prefetches() -> tuple[Prefetch, Prefetch]:
    """What an article page marks in its text: ``public_appearances`` (placed spans of
    public claims, with their claimants) and each of their claims' ``current_verdicts``."""
    return (
        Prefetch(
            "appearances",
            queryset=Appearance.objects.filter(
                orphaned=False, claim__status__in=ClaimStatus.public_values()
            )
            .select_related("claim__claimant")
            .order_by("start", "-end", "id"),
            to_attr="public_appearances",
        ),
        Prefetch(
            "public_appearances__claim__verdicts",
            queryset=Verdict.objects.current().select_related("rating"),
            to_attr="current_verdicts",
        ),
    )


class Article(TimeStamped):
    """One imported source text. The body is stored exactly and never rewritten."""

    ORIGIN_ADMIN = "admin"

    title = models.CharField(_("title"), max_length=300, validators=TEXT)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    body = models.TextField(_("body"), validators=TEXT)
    published_on = models.DateField(_("published on"), validators=[validate_plausible_date])
    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("outlet"),
        on_delete=models.PROTECT,
        related_name="articles",
        null=True,
        blank=True,
    )
    url = models.URLField(_("original URL"), max_length=500, blank=True, validators=TEXT)
    language = models.CharField(_("language"), max_length=10, default="en", validators=TEXT)
    content_hash = models.CharField(
        _("content hash"),
        max_length=64,
        unique=True,
        editable=False,
        help_text=_("SHA-256 of the normalised body."),
    )
    origin = models.CharField(
        _("origin"),
        max_length=255,
        default=ORIGIN_ADMIN,
        help_text=_(
            'The seed file it was imported from, as a path under the import root, or "admin".'
        ),
    )
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(no_db_index=HISTORY_UNQUERIED["article"])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        # The lists' order, newest first: any page, by number or by position, reads its
        # rows off this index (it also answers look-ups by date, as the date's own did).
        indexes = [models.Index(fields=["-published_on", "-id"], name="article_newest_idx")]
        constraints = [
            # A seed file's path is the natural key of an imported article.
            models.UniqueConstraint(
                fields=["origin"],
                condition=~Q(origin="admin"),
                name="article_unique_seed_origin",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:article-detail", kwargs={"slug": self.slug})


class ClaimantKind(models.TextChoices):
    PERSON = "person", _("Person")
    OFFICE = "office", _("Office")
    GOVERNMENT = "government", _("Government")
    MILITARY = "military", _("Military")
    ORGANISATION = "organisation", _("Organisation")
    MEDIA = "media", _("Media")

    @property
    def schema_type(self) -> str:
        """The schema.org type that names such a claimant."""
        return "Person" if self is ClaimantKind.PERSON else "Organization"


class ClaimantQuerySet(models.QuerySet):
    def public(self):
        """Claimants with at least one public claim; one known only from suggestions is not."""
        return self.filter(
            models.Exists(Claim.objects.public().filter(claimant=OuterRef("pk")).order_by())
        )

    def with_public_claim_counts(self):
        """Annotate ``public_claim_count``, counted for the rows returned only."""
        return self.annotate(
            public_claim_count=SubqueryCount(
                Claim.objects.public().filter(claimant=OuterRef("pk")).order_by().values("pk")
            )
        )


class Claimant(TimeStamped):
    """Who made a claim. An office and the person holding it are different claimants."""

    name = models.CharField(_("name"), max_length=200, validators=TEXT)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=ClaimantKind, default=ClaimantKind.PERSON
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("Role or title, e.g. “President of Ukraine”."),
        validators=TEXT,
    )
    url = models.URLField(_("URL"), blank=True, validators=TEXT)
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()
    objects = ClaimantQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("claimant")
        verbose_name_plural = _("claimants")
        # The public page cache reads the newest edit of each table on every request.
        indexes = [models.Index(fields=["updated_at"], name="claimant_updated_idx")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:claimant-detail", kwargs={"slug": self.slug})


class ClaimantAlias(models.Model):
    """Another name of a claimant: "DGPC" for the Civil Protection Directorate, "Umerov"
    for Rustem Umerov. A suggestion naming the claimant by any of its names or aliases —
    compared without case or diacritics (``key``) — is filed under the same claimant."""

    claimant = models.ForeignKey(
        Claimant, verbose_name=_("claimant"), on_delete=models.CASCADE, related_name="aliases"
    )
    name = models.CharField(_("alias"), max_length=200, validators=TEXT)
    key = models.CharField(
        _("key"),
        max_length=200,
        unique=True,
        editable=False,
        help_text=_("The alias without case, diacritics or a leading “the”."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("claimant alias")
        verbose_name_plural = _("claimant aliases")

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True, validators=TEXT)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name


class TrackedFigure(TimeStamped):
    """A quantity followed across sources and time, e.g. civilian bodies exhumed."""

    name = models.CharField(_("name"), max_length=200, validators=TEXT)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    unit = models.CharField(
        _("unit"), max_length=100, help_text=_("What is counted."), validators=TEXT
    )
    place = models.CharField(_("place"), max_length=200, blank=True, validators=TEXT)
    description = models.TextField(_("description"), blank=True, validators=TEXT)
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("tracked figure")
        verbose_name_plural = _("tracked figures")
        # The public page cache reads the newest edit of each table on every request.
        indexes = [models.Index(fields=["updated_at"], name="trackedfigure_updated_idx")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:figure-detail", kwargs={"slug": self.slug})


class ClaimKind(models.TextChoices):
    CASUALTY_FIGURE = "casualty_figure", _("Casualty figure")
    OFFICIAL_STATEMENT = "official_statement", _("Official statement")
    STATISTIC = "statistic", _("Statistic")
    EVENT = "event", _("Event")
    QUOTE = "quote", _("Quote")
    PREDICTION = "prediction", _("Prediction")
    OTHER = "other", _("Other")

    @property
    def is_figure(self) -> bool:
        return self in (ClaimKind.CASUALTY_FIGURE, ClaimKind.STATISTIC)


class ClaimStatus(models.TextChoices):
    SUGGESTED = "suggested", _("Suggested")
    OPEN = "open", _("Open")
    RESEARCHING = "researching", _("Researching")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    DISMISSED = "dismissed", _("Dismissed")

    @classmethod
    def public_values(cls) -> list[str]:
        """The states readers see. Claims being checked are public unless the newsroom
        keeps them private (``FACTCHECK_PUBLIC_BEING_CHECKED=0``)."""
        if not settings.FACTCHECK_PUBLIC_BEING_CHECKED:
            return [cls.PUBLISHED]
        return [cls.OPEN, cls.RESEARCHING, cls.IN_REVIEW, cls.PUBLISHED]

    @property
    def is_public(self) -> bool:
        return self in self.public_values()

    @property
    def is_being_checked(self) -> bool:
        return self in (ClaimStatus.OPEN, ClaimStatus.RESEARCHING, ClaimStatus.IN_REVIEW)

    @property
    def public_label(self) -> str:
        return _("Being checked") if self.is_being_checked else self.label


# A claim with a figure to chart: a value or either end of a range.
WITH_FIGURE = (
    Q(figure_value__isnull=False) | Q(figure_low__isnull=False) | Q(figure_high__isnull=False)
)
# The figure claims on the desk in no tracked figure yet, which "Track together" proposes:
# suggestions nobody accepted and dismissed claims are left out.
LOOSE_FIGURE_CLAIMS = (
    WITH_FIGURE & Q(tracked_figure__isnull=True) & ~Q(status__in=["suggested", "dismissed"])
)
# Figure claims newest first: by the date the figure refers to, else the date it was said.
FIGURE_NEWEST_FIRST = (
    Coalesce("figure_as_of", "said_on").desc(nulls_last=True),
    F("id").desc(),
)


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exactly")
    AT_LEAST = "at_least", _("at least")
    MORE_THAN = "more_than", _("more than")
    AT_MOST = "at_most", _("at most")
    LESS_THAN = "less_than", _("less than")
    ABOUT = "about", _("about")


# Claims and claimant names are mostly English; other scripts pass through unstemmed.
SEARCH_CONFIG = "english"
# A search that matches at most this many claims lists them best first; one that matches more
# lists them newest first (see ``ClaimQuerySet.by_relevance``).
RANKED_MATCHES = 2000
NEWEST_FIRST = (F("said_on").desc(nulls_last=True), "-created_at", "-id")


def search_query(text: str):
    """``text`` as a PostgreSQL full-text query: web-search syntax, as the search box takes it."""
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


# Claim columns that list rows never show.
LISTING_DEFERRED = (
    "search_document",
    "suggestion_score",
    "suggestion_reasons",
    "figure_value",
    "figure_low",
    "figure_high",
    "figure_qualifier",
    "figure_unit",
    "figure_place",
    "figure_as_of",
    "figure_period_start",
    "tracked_figure",
    "assignee",
    "last_activity_at",
)


class ClaimQuerySet(PeriodQuerySet):
    def public(self):
        """Claims a reader may see: not suggested, not dismissed."""
        return self.filter(status__in=ClaimStatus.public_values())

    def with_current_verdict(self):
        """Attach ``current_verdicts`` (a list of at most one) with its rating, in one query."""
        return self.prefetch_related(
            Prefetch(
                "verdicts",
                queryset=Verdict.objects.filter(is_current=True).select_related("rating"),
                to_attr="current_verdicts",
            )
        )

    def for_listing(self):
        """What a list row shows (``partials.html#claim-row``): the claim, its claimant and
        current verdict, without the columns no list reads (search document, suggestion
        reasons, figure, long texts of the verdict)."""
        return (
            self.select_related("claimant")
            .defer(*LISTING_DEFERRED, *(f"claimant__{name}" for name in ("description", "url")))
            .prefetch_related(
                Prefetch(
                    "verdicts",
                    queryset=Verdict.objects.filter(is_current=True)
                    .select_related("rating")
                    .defer("summary", "explanation"),
                    to_attr="current_verdicts",
                )
            )
        )

    def being_checked(self):
        """Public claims without a final answer yet: open, researching or in review."""
        return self.filter(status__in=[s for s in ClaimStatus if s.is_being_checked])

    def with_current_rating(self, slug: str):
        """Claims whose current published verdict has the rating ``slug``."""
        return self.filter(verdicts__is_current=True, verdicts__rating__slug=slug)

    def search(self, query: str):
        """Claims whose text or claimant's name match ``query``.

        On PostgreSQL, full-text search (web-search syntax, English stemming) in the
        stored, GIN-indexed ``search_document`` that a trigger keeps up to date; elsewhere
        a case-insensitive substring match. Either way numbers match whatever thousands
        separator either side wrote: "1000" finds "1,000" and "1 000".
        """
        query = " ".join(query.split())
        if not query:
            return self
        if connections[self.db].vendor == "postgresql":
            return self.filter(search_document=search_query(join_thousands(query)))
        in_text = Q()
        for spelling in number_spellings(query):
            in_text |= Q(text__icontains=spelling)
        return self.filter(in_text | Q(claimant__name__icontains=query))

    def newest_first(self):
        """The tracker's order: when the claim was made, newest first, undated last."""
        return self.order_by(*NEWEST_FIRST)

    def by_relevance(self, query: str):
        """These claims (already searched for ``query``), best matches first.

        Ranking reads every match's search document, so it is done on PostgreSQL for
        up to ``RANKED_MATCHES`` matches; a search that matches more (a common word)
        lists them newest first, as does any other database. Either way the cost does
        not grow with the archive.
        """
        query = " ".join(query.split())
        if (
            not query
            or connections[self.db].vendor != "postgresql"
            or self.order_by().values("pk")[: RANKED_MATCHES + 1].count() > RANKED_MATCHES
        ):
            return self.newest_first()
        from django.contrib.postgres.search import SearchRank

        # As double precision: PostgreSQL's ``real`` comes back rounded to its shortest
        # text, which no longer equals the rank it was read from, and links to the next
        # page (``articles.keyset``) compare the rank they carry with the rank of each row.
        rank = Cast(
            SearchRank(F("search_document"), search_query(join_thousands(query))),
            models.FloatField(),
        )
        return self.annotate(rank=rank).order_by("-rank", *NEWEST_FIRST)

    def status_counts(self) -> dict[str, int]:
        """How many of these claims are being checked and how many published, in one query."""
        being_checked = [s for s in ClaimStatus if s.is_being_checked]
        return self.aggregate(
            being_checked=models.Count("pk", filter=Q(status__in=being_checked)),
            published=models.Count("pk", filter=Q(status=ClaimStatus.PUBLISHED)),
        )

    def for_verdict_page(self):
        """Everything a verdict page shows, in a fixed number of queries.

        Attaches ``published_verdicts`` (oldest first, with ratings and
        corrections); draft verdicts are never loaded.
        """
        return self.select_related("claimant", "tracked_figure").prefetch_related(
            "topics",
            Prefetch(
                "appearances",
                # The article's length, not its text (which may be a book's worth): the quote's
                # context says "…" where the article goes on.
                queryset=Appearance.objects.select_related("article__outlet")
                .defer("article__body")
                .annotate(article_length=Length("article__body"))
                .order_by("said_on", "article__published_on", "article_id", "start"),
            ),
            Prefetch("evidence", queryset=Evidence.objects.public().order_by("created_at", "id")),
            Prefetch(
                "verdicts",
                queryset=Verdict.objects.filter(state=VerdictState.PUBLISHED)
                .select_related("rating")
                .prefetch_related("corrections")
                .order_by("published_at", "id"),
                to_attr="published_verdicts",
            ),
            Prefetch("status_changes", queryset=StatusChange.objects.order_by("at", "id")),
        )


class Claim(TimeStamped):
    """One checkable statement, in the editor's words."""

    text = models.TextField(_("claim"), validators=TEXT)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    claimant = models.ForeignKey(
        Claimant,
        verbose_name=_("claimant"),
        on_delete=models.PROTECT,
        related_name="claims",
        null=True,
        blank=True,
        # claim_claimant_status_kind_idx, led by the claimant, answers every look-up by it.
        db_index=False,
    )
    kind = models.CharField(_("kind"), max_length=30, choices=ClaimKind, default=ClaimKind.OTHER)
    status = models.CharField(
        _("status"), max_length=20, choices=ClaimStatus, default=ClaimStatus.OPEN, editable=False
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
        null=True,
        blank=True,
        db_index=False,  # claim_assignee_idx: assigned claims only
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="claims"
    )
    said_on = models.DateField(
        _("said on"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("When the claim was first made."),
        validators=[validate_plausible_date],
    )
    # A figure: a value or a range, a qualifier, what is counted, where and when.
    figure_value = models.DecimalField(
        _("value"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    figure_low = models.DecimalField(
        _("low"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    figure_high = models.DecimalField(
        _("high"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    figure_qualifier = models.CharField(
        _("qualifier"), max_length=20, choices=Qualifier, blank=True
    )
    figure_unit = models.CharField(
        _("unit / what is counted"), max_length=200, blank=True, validators=TEXT
    )
    figure_place = models.CharField(_("place"), max_length=200, blank=True, validators=TEXT)
    figure_as_of = models.DateField(
        _("as of"),
        null=True,
        blank=True,
        help_text=_("The date the figure refers to."),
        validators=[validate_plausible_figure_date],
    )
    figure_period_start = models.DateField(
        _("period start"), null=True, blank=True, validators=[validate_plausible_figure_date]
    )
    tracked_figure = models.ForeignKey(
        TrackedFigure,
        verbose_name=_("tracked figure"),
        on_delete=models.SET_NULL,
        related_name="claims",
        null=True,
        blank=True,
        db_index=False,  # claim_tracked_figure_idx: tracked claims only
    )
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True, db_index=True)
    # Optimistic locking: bumped by every service write, checked by the admin form.
    version = models.PositiveIntegerField(default=1, editable=False)
    # How check-worthy the suggester found the sentence a suggested claim came from, and why
    # (articles.suggest): editors sort and filter suggestions across articles by it.
    suggestion_score = models.DecimalField(
        _("check-worthiness"), max_digits=4, decimal_places=3, null=True, blank=True, editable=False
    )
    suggestion_reasons = models.JSONField(
        _("why it was suggested"), default=list, blank=True, editable=False
    )

    # The claim's words and its claimant's name, weighted and stemmed for full-text search.
    # PostgreSQL keeps it up to date with triggers (migration 0013); elsewhere it stays empty.
    search_document = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(
        excluded_fields=["last_activity_at", "suggestion_reasons", "search_document"],
        no_db_index=HISTORY_UNQUERIED["claim"],
    )
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        permissions = [
            ("publish_verdict", _("Can publish verdicts")),
            ("reopen_claim", _("Can reopen published claims")),
        ]
        indexes = [
            models.Index(fields=["status", "-updated_at"], name="claim_status_updated_idx"),
            models.Index(fields=["kind", "status"], name="claim_kind_status_idx"),
            # Kind too, so a claimant's claims of one status and kind are counted from the
            # index alone (the tracker counts up to 10,000 of them).
            models.Index(
                fields=["claimant", "status", "kind"], name="claim_claimant_status_kind_idx"
            ),
            models.Index(
                fields=["status", "-suggestion_score"], name="claim_status_suggestion_idx"
            ),
            # The tracker, claimant pages, the API and the exports read public claims in
            # these orders: a page is the next rows of an index, whatever the archive's size.
            OrderIndex(
                *_newest(), name="claim_public_newest_idx", condition=Q(status__in=PUBLIC_STATUSES)
            ),
            OrderIndex(
                F("said_on").asc(nulls_last=True),
                F("created_at").asc(),
                F("id").asc(),
                name="claim_public_oldest_idx",
                condition=Q(status__in=PUBLIC_STATUSES),
            ),
            OrderIndex(
                *_newest("status"),
                name="claim_public_status_newest_idx",
                condition=Q(status__in=PUBLIC_STATUSES),
            ),
            OrderIndex(
                *_newest("claimant"),
                name="claim_public_claimant_idx",
                condition=Q(status__in=PUBLIC_STATUSES),
            ),
            # The sitemap's date of a claimant's page: their latest change of a public claim.
            models.Index(
                fields=["claimant", "-updated_at"],
                name="claim_claimant_updated_idx",
                condition=Q(status__in=PUBLIC_STATUSES),
            ),
            # The home page's claims being checked, newest first.
            models.Index(
                fields=["-created_at", "-id"],
                name="claim_checking_created_idx",
                condition=Q(status__in=BEING_CHECKED_STATUSES),
            ),
            # The admin's claims list, most recently changed first.
            models.Index(fields=["-updated_at", "-id"], name="claim_updated_idx"),
            # The editors' queue: its lists (quietest first) and their capped counts read
            # only the claims at work, however many are published or suggested.
            models.Index(
                fields=["assignee", "last_activity_at", "id"],
                name="claim_working_assignee_idx",
                condition=Q(status__in=WORKING_STATUSES, assignee__isnull=False),
            ),
            models.Index(
                fields=["last_activity_at", "id"],
                name="claim_checking_activity_idx",
                condition=Q(status__in=BEING_CHECKED_STATUSES),
            ),
            models.Index(
                fields=["last_activity_at", "id"],
                name="claim_in_review_activity_idx",
                condition=Q(status="in_review"),
            ),
            # Claims of an assignee or a tracked figure. Most claims have neither (no
            # suggestion has), and a look-up by either names one: these indexes leave the
            # empty ones out, so an import of suggestions does not write into them.
            models.Index(
                fields=["assignee"],
                name="claim_assignee_idx",
                condition=Q(assignee__isnull=False),
            ),
            models.Index(
                fields=["tracked_figure"],
                name="claim_tracked_figure_idx",
                condition=Q(tracked_figure__isnull=False),
            ),
            # The figure claims "Track together" proposes (``services.figure_matcher``),
            # newest first: only the desk's figure claims in no tracked figure, so neither
            # an import of suggestions nor a claim grouped into a figure is written into it.
            OrderIndex(
                *FIGURE_NEWEST_FIRST, name="claim_loose_figure_idx", condition=LOOSE_FIGURE_CLAIMS
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(figure_low__isnull=True)
                | Q(figure_high__isnull=True)
                | Q(figure_low__lte=F("figure_high")),
                name="claim_figure_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_absolute_url(self) -> str:
        return reverse("articles:claim-detail", kwargs={"slug": self.slug})

    @property
    def status_enum(self) -> ClaimStatus:
        return ClaimStatus(self.status)

    @property
    def is_public(self) -> bool:
        return self.status_enum.is_public

    @property
    def current_verdict(self) -> Verdict | None:
        """The newest published verdict; uses the prefetch of ``with_current_verdict()``."""
        if hasattr(self, "current_verdicts"):
            return self.current_verdicts[0] if self.current_verdicts else None
        return self.verdicts.filter(is_current=True).select_related("rating").first()

    @property
    def has_figure(self) -> bool:
        return self.figure_value is not None or self.figure_low is not None


class Appearance(TimeStamped):
    """Where a claim was made: a span of an article, as W3C Web Annotation selectors."""

    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        related_name="appearances",
        # appearance_unique_span, led by the claim, answers every look-up by it.
        db_index=False,
    )
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="appearances"
    )
    # TextPositionSelector
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    # TextQuoteSelector
    exact = models.TextField(_("exact quote"))
    prefix = models.CharField(_("prefix"), max_length=64, blank=True)
    suffix = models.CharField(_("suffix"), max_length=64, blank=True)
    said_on = models.DateField(
        _("said on"), null=True, blank=True, validators=[validate_plausible_date]
    )
    orphaned = models.BooleanField(
        _("orphaned"),
        default=False,
        help_text=_("The quote could not be placed with confidence after the text changed."),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # appearance_added_by_idx: appearances an editor added only
    )
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(no_db_index=HISTORY_UNQUERIED["appearance"])
    objects = PeriodQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        verbose_name = _("appearance")
        verbose_name_plural = _("appearances")
        indexes = [
            # The public page cache reads the newest edit of each table on every request.
            models.Index(fields=["updated_at"], name="appearance_updated_idx"),
            # The admin's drill-down by date.
            models.Index(fields=["said_on"], name="appearance_said_on_idx"),
            # Imports and suggestions add appearances in nobody's name: left out.
            models.Index(
                fields=["added_by"],
                name="appearance_added_by_idx",
                condition=Q(added_by__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="appearance_span_not_empty"
            ),
            # The quote is exactly the span it claims to be.
            models.CheckConstraint(
                condition=Q(end=F("start") + Length("exact")), name="appearance_span_matches_quote"
            ),
            models.UniqueConstraint(
                fields=["claim", "article", "start", "end"], name="appearance_unique_span"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} [{self.start}:{self.end}]"

    @property
    def selectors(self) -> list[dict]:
        return [
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
            {
                "type": "TextQuoteSelector",
                "exact": self.exact,
                "prefix": self.prefix,
                "suffix": self.suffix,
            },
        ]


class EvidenceStance(models.TextChoices):
    SUPPORTS = "supports", _("Supports")
    REFUTES = "refutes", _("Refutes")
    CONTEXT = "context", _("Context")


class EvidenceKind(models.TextChoices):
    OFFICIAL_DOCUMENT = "official_document", _("Official document")
    DATA = "data", _("Data")
    MEDIA = "media", _("Media")
    EXPERT = "expert", _("Expert")
    EYEWITNESS = "eyewitness", _("Eyewitness")
    OTHER = "other", _("Other")


class EvidenceQuerySet(PeriodQuerySet):
    def public(self):
        """Evidence published with a verdict; what is found during a re-check stays private."""
        return self.filter(published_at__isnull=False)


class Evidence(TimeStamped):
    """What an editor found about a claim."""

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="evidence"
    )
    title = models.CharField(_("title"), max_length=300, validators=TEXT)
    url = models.URLField(_("URL"), max_length=500, blank=True, validators=TEXT)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True, validators=TEXT)
    excerpt = models.TextField(
        _("excerpt / note"), blank=True, help_text=_("Markdown."), validators=TEXT
    )
    stance = models.CharField(
        _("stance"), max_length=20, choices=EvidenceStance, default=EvidenceStance.CONTEXT
    )
    kind = models.CharField(
        _("kind"), max_length=30, choices=EvidenceKind, default=EvidenceKind.OTHER
    )
    published_on = models.DateField(
        _("published on"), null=True, blank=True, validators=[validate_plausible_date]
    )
    accessed_on = models.DateField(
        _("accessed on"), null=True, blank=True, validators=[validate_plausible_date]
    )
    archive_url = models.URLField(_("archive URL"), max_length=500, blank=True, validators=TEXT)
    published_at = models.DateTimeField(
        _("published"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When it was first published with a verdict. Until then it is private; "
            "afterwards it is part of the public record and only its archive URL may change."
        ),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()
    objects = EvidenceQuerySet.as_manager()

    class Meta:
        ordering = ["claim", "-created_at"]
        # English says "evidence" for one piece or many; Ukrainian does not ("доказ", "докази").
        verbose_name = _("evidence")
        verbose_name_plural = pgettext_lazy("plural", "evidence")
        # The admin's evidence list, newest first, and its drill-down by date.
        indexes = [models.Index(fields=["-created_at", "-id"], name="evidence_created_idx")]

    def __str__(self) -> str:
        return self.title


class Rating(models.Model):
    """One step of the verdict scale. Editable; verdicts keep the rating they were given.

    ``label`` and ``description`` are in the site's default language (English); each
    other language of ``settings.LANGUAGES`` has its own pair (``label_uk``…), which
    readers of that language see wherever a rating is named: ``localized_label``.
    """

    label = models.CharField(_("label"), max_length=60, help_text=_("In English."), validators=TEXT)
    label_uk = models.CharField(
        _("label in Ukrainian"),
        max_length=60,
        blank=True,
        help_text=_("Shown on Ukrainian pages, feeds and data; empty: the English label."),
        validators=TEXT,
    )
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    value = models.SmallIntegerField(
        _("numeric value"),
        unique=True,
        help_text=_("Higher is more accurate; used as ClaimReview ratingValue."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("In English."), validators=TEXT
    )
    description_uk = models.TextField(
        _("description in Ukrainian"),
        blank=True,
        help_text=_("Shown on Ukrainian pages; empty: the English description."),
        validators=TEXT,
    )
    colour = models.CharField(
        _("colour"), max_length=7, default="#777777", help_text=_("Hex colour, e.g. #1a7f37.")
    )
    is_active = models.BooleanField(
        _("offered for new verdicts"),
        default=True,
    )
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-value"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.CheckConstraint(
                condition=Q(colour__regex=r"^#[0-9A-Fa-f]{6}$"), name="rating_colour_hex"
            ),
        ]

    def __str__(self) -> str:
        return self.localized_label

    def _localized(self, field: str) -> str:
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        if language != settings.LANGUAGE_CODE:
            translated = getattr(self, f"{field}_{language}", "")
            if translated:
                return translated
        return getattr(self, field)

    @property
    def localized_label(self) -> str:
        """The label in the active language, or the English one where it has none."""
        return self._localized("label")

    @property
    def localized_description(self) -> str:
        """The description in the active language, or the English one where it has none."""
        return self._localized("description")


class VerdictState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class VerdictQuerySet(PeriodQuerySet):
    def published(self):
        return self.filter(
            state=VerdictState.PUBLISHED, claim__status__in=ClaimStatus.public_values()
        )

    def current(self):
        """The newest published verdict of each claim."""
        return self.filter(is_current=True)


class Verdict(TimeStamped):
    """A rating with its reasoning. A claim may be re-rated; the newest published one is current."""

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="verdicts"
    )
    rating = models.ForeignKey(
        Rating, verbose_name=_("rating"), on_delete=models.PROTECT, related_name="verdicts"
    )
    headline = models.CharField(_("headline"), max_length=300, validators=TEXT)
    summary = models.TextField(_("summary"), blank=True, validators=TEXT)
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Markdown."), validators=TEXT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="authored_verdicts",
    )
    # The four-eyes rule: everyone who wrote or changed the draft's rating, headline, summary
    # or explanation. The publisher must be none of them.
    authors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("authors"),
        related_name="coauthored_verdicts",
        blank=True,
        help_text=_("Everyone who wrote or changed the draft's substance."),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        related_name="reviewed_verdicts",
        null=True,
        blank=True,
    )
    state = models.CharField(
        _("state"), max_length=20, choices=VerdictState, default=VerdictState.DRAFT, editable=False
    )
    is_current = models.BooleanField(_("current"), default=False, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()
    objects = VerdictQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        get_latest_by = "published_at"
        verbose_name = _("verdict")
        verbose_name_plural = _("verdicts")
        indexes = [
            models.Index(fields=["state", "-published_at"], name="verdict_state_published_idx"),
            # The home page's latest verdicts and the tracker's rating filter.
            models.Index(
                fields=["-published_at", "-id"],
                name="verdict_current_published_idx",
                condition=Q(is_current=True),
            ),
            models.Index(
                fields=["rating", "claim"],
                name="verdict_current_rating_idx",
                condition=Q(is_current=True),
            ),
            # The feeds: published verdicts, most recently updated (corrected) first.
            models.Index(
                fields=["-updated_at", "-id"],
                name="verdict_published_updated_idx",
                condition=Q(state="published"),
            ),
            # The admin's verdicts list, in the model's order.
            models.Index(
                fields=["-published_at", "-created_at", "-id"], name="verdict_admin_order_idx"
            ),
            # The admin's drill-down by date.
            models.Index(fields=["created_at"], name="verdict_created_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["claim"], condition=Q(is_current=True), name="verdict_one_current_per_claim"
            ),
            models.CheckConstraint(
                condition=Q(is_current=False) | Q(state="published"),
                name="verdict_current_is_published",
            ),
            models.CheckConstraint(
                condition=Q(state="draft") | Q(published_at__isnull=False),
                name="verdict_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating}: {self.headline}"

    def get_absolute_url(self) -> str:
        return self.claim.get_absolute_url()


class Correction(TimeStamped):
    """A dated public note on a published verdict."""

    verdict = models.ForeignKey(
        Verdict, verbose_name=_("verdict"), on_delete=models.CASCADE, related_name="corrections"
    )
    note = models.TextField(_("note"), help_text=_("Markdown; shown publicly."), validators=TEXT)
    published_at = models.DateTimeField(_("published"), db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Optimistic locking: every service write moves it on; editors' forms carry the one they saw.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()
    objects = PeriodQuerySet.as_manager()

    class Meta:
        ordering = ["published_at"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        # The public page cache reads the newest edit of each table on every request.
        indexes = [models.Index(fields=["updated_at"], name="correction_updated_idx")]

    def __str__(self) -> str:
        return f"{self.verdict} ({self.published_at:%Y-%m-%d})"


class StatusChange(models.Model):
    """One workflow transition: the claim's tracking timeline.

    A note the workbench writes itself (``MACHINE_NOTES``) is stored in English, the
    message id, and shown in the reader's language (``get_note_display``); an
    editor's note is shown as they wrote it.
    """

    SUGGESTION_NOTE = gettext_noop("Suggested from the article's text")
    MACHINE_NOTES = frozenset({SUGGESTION_NOTE})

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("from"), max_length=20, choices=ClaimStatus, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=ClaimStatus)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), db_index=True)
    note = models.TextField(
        _("internal note"), blank=True, help_text=_("Never shown publicly."), validators=TEXT
    )

    objects = PeriodQuerySet.as_manager()

    class Meta:
        ordering = ["at", "id"]
        get_latest_by = "at"
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_status=F("to_status")), name="statuschange_is_a_change"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.from_status or '∅'} → {self.to_status}"

    def get_note_display(self) -> str:
        return gettext(self.note) if self.note in self.MACHINE_NOTES else self.note

    @property
    def to_status_enum(self) -> ClaimStatus:
        return ClaimStatus(self.to_status)


class PublicationStamp(models.Model):
    """A counter that moves whenever something readers can see changes, and only then.

    One row. The services move it (``services.publication_changed``) when they publish,
    correct, or change anything public; drafts, notes, suggestions and internal fields
    leave it alone. Readers' cached pages and totals are keyed on it (``articles.caching``).
    """

    changes = models.PositiveBigIntegerField(_("changes"), default=0)
    changed_at = models.DateTimeField(_("changed"), null=True, blank=True)

    class Meta:
        verbose_name = _("publication stamp")
        verbose_name_plural = _("publication stamps")

    def __str__(self) -> str:
        return f"{self.changes} ({self.changed_at:%Y-%m-%d %H:%M:%S})" if self.changed_at else "0"


class BackgroundTaskKind(models.TextChoices):
    IMPORT_SEEDS = "import_seeds", _("Import seed files")
    SUGGEST_CLAIMS = "suggest_claims", _("Build suggestions")


class BackgroundTaskStage(models.TextChoices):
    """How far a background task has come; the task itself moves it."""

    QUEUED = "queued", _("waiting for a worker")
    READING = "reading", _("reading files")
    IMPORTING = "importing", _("importing articles")
    SUGGESTING = "suggesting", _("suggesting claims")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")

    @classmethod
    def finished(cls) -> frozenset[str]:
        return frozenset({cls.DONE, cls.FAILED})


class BackgroundTaskQuerySet(models.QuerySet):
    def stalled(self, *, now: datetime.datetime | None = None) -> BackgroundTaskQuerySet:
        """Tasks still running, by their own or their queue entry's account, that no worker
        has been heard from for ``FACTCHECK_TASK_STALL_SECONDS``: their worker stopped.

        Heard from: the task's heartbeat or progress (``heartbeat_at``), or, for a task
        queued before heartbeats were written, when its worker took it up.
        """
        cutoff = (now or timezone.now()) - datetime.timedelta(
            seconds=settings.FACTCHECK_TASK_STALL_SECONDS
        )
        # The queue says running (the task may have closed its own row just before its
        # worker stopped: then only the queue entry is left to close); or, with no queue
        # entry (run at once, or pruned), the row itself says so and a worker wrote on it.
        running = Q(result__status=TaskResultStatus.RUNNING) | (
            Q(result__isnull=True, heartbeat_at__isnull=False)
            & ~Q(stage__in=BackgroundTaskStage.finished())
        )
        return (
            self.filter(running)
            .alias(heard_from=Coalesce("heartbeat_at", "result__started_at"))
            .filter(heard_from__lt=cutoff)
        )


class BackgroundTask(models.Model):
    """The progress of one long job run by a task worker (``articles.tasks``).

    The task framework's backend keeps the queue itself: its result row
    (``result``, with the database backend) says whether the task waits, runs,
    succeeded or failed, and when. It has no room for progress, so this row
    holds what editors follow while the task runs: the stage, how many of how
    many items are done, the last errors (each naming a file or an article and
    the reason), and the closing summary. The task writes it through
    ``services.background``.

    A worker killed in the middle of a task (SIGKILL, out of memory, the machine
    down) cannot say so, and the backend would show the task running for ever. So
    the worker records which process runs the task, and writes a heartbeat while it
    does; a task not heard from for ``FACTCHECK_TASK_STALL_SECONDS`` is found
    stalled (``stalled_at``) and marked failed, here and in the queue.
    """

    # The last errors kept for the admin page; the count covers them all.
    ERRORS_KEPT = 20

    kind = models.CharField(_("kind"), max_length=20, choices=BackgroundTaskKind)
    description = models.CharField(_("what"), max_length=300, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    task_id = models.CharField(_("task id"), max_length=64, blank=True)
    result = models.OneToOneField(
        "django_tasks_database.DBTaskResult",
        verbose_name=_("queue entry"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    stage = models.CharField(
        _("stage"), max_length=20, choices=BackgroundTaskStage, default=BackgroundTaskStage.QUEUED
    )
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), default=0)
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    errors = models.JSONField(_("last errors"), default=list, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("last heard from"), null=True, blank=True)
    worker_host = models.CharField(_("worker's host"), max_length=255, blank=True)
    worker_pid = models.PositiveIntegerField(_("worker's process id"), null=True, blank=True)
    stalled_at = models.DateTimeField(_("found stalled"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = BackgroundTaskQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("background task")
        verbose_name_plural = _("background tasks")
        indexes = [models.Index(fields=["-created_at", "-id"], name="backgroundtask_newest_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["task_id"], condition=~Q(task_id=""), name="backgroundtask_task_id_unique"
            ),
            models.CheckConstraint(
                condition=Q(done__lte=F("total")) | Q(total=0), name="backgroundtask_done_le_total"
            ),
        ]

    def __str__(self) -> str:
        kind = self.get_kind_display()
        return f"{kind}: {self.description}" if self.description else kind

    def get_absolute_url(self) -> str:
        return reverse("admin:articles_backgroundtask_change", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.stage in BackgroundTaskStage.finished()

    @property
    def last_heard_from(self) -> datetime.datetime | None:
        """When its worker last wrote on it; for a task queued before heartbeats were
        written, when its worker took it up."""
        if self.heartbeat_at is not None:
            return self.heartbeat_at
        return self.result.started_at if self.result_id and self.result else None
