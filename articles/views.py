"""Public pages. Querysets start from ``Claim.objects.public()``.

Every page costs a fixed number of queries whatever the amount of data: lists
are paginated and related rows come through ``select_related`` and prefetches.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, F, Q, prefetch_related_objects
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from articles.caching import publication_stamp, remembered
from articles.charts import (
    FigurePoint,
    build_chart,
    claimant_swatches,
    describe_figure,
    gather_points,
)
from articles.filters import ClaimFilter, public_claimant
from articles.fragments import (
    claim_rows,
    fragment_key,
    fragments_for,
    rating_scale_in,
    row_keys,
    site_parts,
    verdict_page_versions,
)
from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    ClaimStatus,
    Rating,
    StatusChange,
    TrackedFigure,
    Verdict,
    article_page_prefetches,
)
from articles.pagination import CURSOR_PARAM, KeysetPaginator
from articles.rendering import Span, mark_spans, rating_css_class, trim_context
from articles.structured_data import RatingScale

PAGE_SIZE = 25
HOME_VERDICTS = 10
HOME_BEING_CHECKED = 5
ARTICLE_ASIDE_CLAIMS = 50


def rating_counts(**claim_filters) -> list[Rating]:
    """The ratings currently given to public claims, each with ``claim_count``, in two queries.

    ``claim_filters`` narrow the claims, e.g. ``claimant=…``. Ratings nobody
    currently carries are left out. The counting reads current verdicts only, grouped
    by rating, never the whole verdict table joined to every rating.
    """
    counts = dict(
        Verdict.objects.filter(
            is_current=True,
            claim__status__in=ClaimStatus.public_values(),
            **{f"claim__{key}": value for key, value in claim_filters.items()},
        )
        .order_by()
        .values_list("rating_id")
        .annotate(n=Count("claim"))
    )
    ratings = [rating for rating in Rating.objects.order_by("-value") if counts.get(rating.pk)]
    for rating in ratings:
        rating.claim_count = counts[rating.pk]
    return ratings


def public_claimants():
    """Claimants with at least one public claim, annotated with ``public_claim_count``."""
    return Claimant.objects.public().with_public_claim_counts()


def newest_first(queryset):
    return queryset.order_by(F("said_on").desc(nulls_last=True), "-created_at", "-id")


class SectionMixin:
    """Names the navigation section the page belongs to, for the header's current link."""

    section = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["section"] = self.section
        return context


class LenientPaginationMixin:
    """A shared link to a page that no longer exists shows the nearest page, not a 404.

    Long lists are not counted past ``COUNT_CAP`` rows, and pages past the first few are
    linked by position (``?cursor=…``), so every page costs the same (see
    ``articles.pagination``). A cursor that cannot be read shows the first page.
    """

    paginator_class = KeysetPaginator

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(
            self.request.GET.get(self.page_kwarg), cursor=self.request.GET.get(CURSOR_PARAM)
        )
        return paginator, page, page.object_list, page.has_other_pages()


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest_verdicts"] = (
            Verdict.objects.published()
            .current()
            .select_related("claim__claimant", "rating")
            .order_by("-published_at", "-id")[:HOME_VERDICTS]
        )
        context["being_checked"] = (
            Claim.objects.public().being_checked().for_listing().order_by("-created_at", "-id")
        )[:HOME_BEING_CHECKED]
        context["status_counts"] = remembered(
            "status-counts", lambda: Claim.objects.public().status_counts()
        )
        context["rating_counts"] = remembered("rating-counts", rating_counts)
        return context


class ClaimListView(SectionMixin, LenientPaginationMixin, ListView):
    """The claims tracker: every public claim, filtered through the query string."""

    section = "claims"
    template_name = "articles/claim_list.html"
    context_object_name = "claims"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        # Always bound, even to an empty query string, so the default order applies.
        self.filterset = ClaimFilter(
            self.request.GET,
            queryset=Claim.objects.public().for_listing(),
            request=self.request,
        )
        if not self.filterset.is_valid():
            return self.filterset.queryset.none()
        return self.filterset.qs

    def get_paginator(self, queryset, per_page, **kwargs):
        # Every page of a selection (in any order) shows its count: counted once per
        # publication stamp, like the home page's totals.
        selection = self.request.GET.copy()
        for name in (self.page_kwarg, CURSOR_PARAM, "order"):
            selection.pop(name, None)
        digest = hashlib.blake2b(
            urlencode(sorted(selection.lists()), doseq=True).encode(), digest_size=16
        ).hexdigest()
        # For a reader, rows come from fragments: the page reads what their keys are made
        # of, not the rows.
        rows = row_keys(queryset) if fragments_for(self.request) else None
        return super().get_paginator(
            queryset, per_page, count_key=f"tracker-count:{digest}", rows=rows, **kwargs
        )

    def get(self, request, *args, **kwargs):
        # A submitted filter form sends every field, the empty ones too: keep shared links short.
        if any(value == "" for value in request.GET.values()):
            query = request.GET.copy()
            for name in [name for name, value in request.GET.items() if value == ""]:
                del query[name]
            clean = f"{request.path}?{query.urlencode()}" if query else request.path
            return HttpResponseRedirect(clean)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = self.filterset.form.cleaned_data if self.filterset.is_valid() else {}
        context["filter"] = self.filterset
        context["filter_errors"] = not self.filterset.is_valid()
        context["active_claimant"] = (
            public_claimant(data["claimant"]) if data.get("claimant") else None
        )
        context["active_article"] = (
            Article.objects.filter(slug=data["article"]).first() if data.get("article") else None
        )
        context["active_filters"] = active_filters(self.request, self.filterset.form, data, context)
        context["claim_rows"] = claim_rows(self.request, context["claims"])
        # The filter form is the same for every reader of a query string: its choices (the
        # rating scale) change only with the publication stamp.
        if fragments_for(self.request) and self.filterset.is_valid():
            context["fragment_seconds"] = settings.FACTCHECK_FRAGMENT_CACHE_SECONDS
            # The form is the same on every page of a selection.
            selection = self.request.GET.copy()
            for name in (self.page_kwarg, CURSOR_PARAM):
                selection.pop(name, None)
            context["filters_key"] = fragment_key(
                "tracker-filters", (publication_stamp(), selection.urlencode())
            )
        return context

    def render_to_response(self, context, **response_kwargs):
        if context["filter_errors"]:
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


def _without(request, *names: str) -> str:
    query = request.GET.copy()
    for name in (*names, "page", CURSOR_PARAM):
        query.pop(name, None)
    return f"{request.path}?{query.urlencode()}" if query else request.path


def active_filters(request, form, data: dict, context: dict) -> list[dict]:
    """The filters a tracker page applies, each as a label, a value and the address without it."""
    shown = []
    for name in ("q", "rating", "status", "kind", "said_on_after", "said_on_before"):
        value = data.get(name)
        if value in (None, ""):
            continue
        field = form.fields[name]
        if name == "q":
            text = f"“{value}”"
        elif hasattr(field, "choices") and not hasattr(value, "pk"):
            text = str(dict(field.choices).get(value, value))
        elif hasattr(value, "isoformat"):
            text = date_format(value, "DATE_FORMAT")
        else:
            text = str(value)
        shown.append({"label": field.label, "value": text, "remove": _without(request, name)})
    if context.get("active_claimant"):
        shown.append(
            {
                "label": _("Claimant"),
                "value": context["active_claimant"].name,
                "remove": _without(request, "claimant"),
            }
        )
    if context.get("active_article"):
        shown.append(
            {
                "label": _("Article"),
                "value": context["active_article"].title,
                "remove": _without(request, "article"),
            }
        )
    return shown


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    from_label: str
    to_label: str
    to_status: str
    # Another step happened the same day: the time tells them apart.
    same_day: bool = False


def public_timeline(changes: list[StatusChange]) -> list[TimelineEntry]:
    """The status changes a reader may see: into public states, without notes or names."""
    public = set(ClaimStatus.public_values())
    entries = [
        TimelineEntry(
            at=change.at,
            from_label=ClaimStatus(change.from_status).label
            if change.from_status in public
            else "",
            to_label=ClaimStatus(change.to_status).label,
            to_status=change.to_status,
        )
        for change in changes
        if change.to_status in public
    ]
    return with_times_where_days_repeat(entries)


def with_times_where_days_repeat(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Mark the steps that share their (local) day with another, so they show their time."""
    days = [timezone.localtime(entry.at).date() for entry in entries]
    return [
        replace(entry, same_day=days.count(day) > 1)
        for entry, day in zip(entries, days, strict=True)
    ]


def article_length(appearance) -> int:
    """The length of the appearance's article, as ``for_verdict_page()`` reads it."""
    length = getattr(appearance, "article_length", None)
    return len(appearance.article.body) if length is None else length


def appearances_in_context(claim: Claim) -> list:
    """The claim's appearances (prefetched), each with the words around its quote trimmed."""
    appearances = list(claim.appearances.all())
    for appearance in appearances:
        appearance.context_before, appearance.context_after = trim_context(
            appearance.prefix,
            appearance.suffix,
            cut_before=appearance.start > len(appearance.prefix),
            cut_after=appearance.end + len(appearance.suffix) < article_length(appearance),
        )
    return appearances


def dated_corrections(published: list) -> list[tuple]:
    """``(verdict, correction)`` for every correction of the published verdicts, oldest first."""
    return sorted(
        (
            (verdict, correction)
            for verdict in published
            for correction in verdict.corrections.all()
        ),
        key=lambda pair: pair[1].published_at,
    )


class ClaimDetailView(SectionMixin, DetailView):
    """The verdict page: the claim, where it was made, the verdict, its sources and history.

    For a reader, the page's pieces — its title, description, social meta, ClaimReview
    JSON-LD and content — come from one fragment keyed on the versions of every row they
    show (``fragments.verdict_page_versions``, one query); the rows themselves are read
    and the pieces rendered only when that fragment is missing.
    """

    section = "claims"
    template_name = "articles/claim_detail.html"
    context_object_name = "claim"
    # The template's partials that make the page, each a block of it.
    pieces = ("title", "description", "seo", "structured_data", "content")

    def get_queryset(self):
        return Claim.objects.public().for_verdict_page()

    def get(self, request, *args, **kwargs):
        if not fragments_for(request):
            return super().get(request, *args, **kwargs)
        versions = verdict_page_versions(kwargs[self.slug_url_kwarg])
        if versions is None:
            return super().get(request, *args, **kwargs)  # no such public claim: the 404
        key = fragment_key("verdict-page", (*site_parts(), *versions))
        pieces = cache.get(key)
        if pieces is None:
            self.object = self.get_object()
            context = self.get_context_data(object=self.object)
            best, worst = rating_scale_in(versions)
            context["rating_scale"] = RatingScale(best=best, worst=worst)
            pieces = {
                name: render_to_string(f"{self.template_name}#{name}", context, request)
                for name in self.pieces
            }
            cache.set(key, pieces, settings.FACTCHECK_FRAGMENT_CACHE_SECONDS)
        # Rendered by the template, escaped there.
        pieces = {name: mark_safe(html) for name, html in pieces.items()}
        return self.render_to_response({"section": self.section, "view": self, "pieces": pieces})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        claim = self.object
        published = claim.published_verdicts
        current = next((v for v in reversed(published) if v.is_current), None)
        claim.current_verdicts = [current] if current else []
        context["verdict"] = current
        context["rating_history"] = published
        context["is_rechecking"] = current is not None and claim.status != ClaimStatus.PUBLISHED
        context["appearances"] = appearances_in_context(claim)
        # Evidence is published with the verdict it supports, not while research goes on.
        context["evidence"] = claim.evidence.all() if current else []
        context["corrections"] = dated_corrections(published)
        context["timeline"] = public_timeline(claim.status_changes.all())
        context["topics"] = claim.topics.all()
        return context


class ArticleListView(SectionMixin, LenientPaginationMixin, ListView):
    section = "articles"
    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE
    queryset = (
        Article.objects.with_public_claim_counts()
        .select_related("outlet")
        .defer("body")  # the list shows titles; bodies run to thousands of characters each
        .order_by("-published_on", "-id")
    )


def appearance_span(appearance) -> Span:
    claim = appearance.claim
    verdict = claim.current_verdict
    return Span(
        start=appearance.start,
        end=appearance.end,
        anchor=f"appearance-{appearance.pk}",
        href=claim.get_absolute_url(),
        label=verdict.rating.localized_label if verdict else str(_("Being checked")),
        css_class=rating_css_class(verdict.rating.slug) if verdict else "status-being-checked",
        title=claim.text,
    )


class ArticleDetailView(SectionMixin, DetailView):
    """An article's text with its public claims marked where they were made."""

    section = "articles"
    template_name = "articles/article_detail.html"
    context_object_name = "article"
    queryset = Article.objects.select_related("outlet")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        # The marked text changes only when something public does: an article split to the
        # sentence marks a thousand claims, read and marked once per publication stamp.
        key = f"article-text:{article.pk}:{article.version}:{get_language()}"
        paragraphs, claims, count = remembered(key, lambda: _article_text(article))
        context["paragraphs"] = paragraphs
        context["claims"] = claims
        context["claim_count"] = count
        return context


def _article_text(article: Article) -> tuple[list, list, int]:
    """The article's paragraphs with its public claims marked, the first claims for the
    list beside them (each with its first appearance), and how many claims there are."""
    prefetch_related_objects([article], *article_page_prefetches())
    # A span whose words are no longer at its offsets would mark the wrong text.
    placed = [a for a in article.public_appearances if article.body[a.start : a.end] == a.exact]
    paragraphs = mark_spans(article.body, map(appearance_span, placed))
    claims = {}
    for appearance in placed:
        claims.setdefault(appearance.claim_id, (appearance.claim, appearance))
    # Every claim is marked in the text; the list beside it names the first few, and the
    # tracker has them all (an article split to the sentence holds a thousand).
    return paragraphs, list(claims.values())[:ARTICLE_ASIDE_CLAIMS], len(claims)


class ClaimantListView(SectionMixin, LenientPaginationMixin, ListView):
    section = "claimants"
    template_name = "articles/claimant_list.html"
    context_object_name = "claimants"
    paginate_by = 50

    def get_queryset(self):
        return public_claimants().order_by("name", "id")


class ClaimantDetailView(SectionMixin, DetailView):
    """A claimant's public claims, newest first, with how their claims were rated."""

    section = "claimants"
    template_name = "articles/claimant_detail.html"
    context_object_name = "claimant"

    def get_queryset(self):
        return Claimant.objects.public()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        claimant = self.object
        claims = newest_first(Claim.objects.public().filter(claimant=claimant).for_listing())
        page = KeysetPaginator(claims, PAGE_SIZE).get_page(
            self.request.GET.get("page"), cursor=self.request.GET.get(CURSOR_PARAM)
        )
        context["page_obj"] = page
        context["claims"] = page.object_list
        context["rating_counts"] = remembered(
            f"rating-counts:claimant:{claimant.pk}", lambda: rating_counts(claimant=claimant)
        )
        context["status_counts"] = remembered(
            f"status-counts:claimant:{claimant.pk}",
            lambda: Claim.objects.public().filter(claimant=claimant).status_counts(),
        )
        return context


def _url_of(name: str):
    """A maker of ``name``'s URL for a slug: reversed once, not once per row of a long table."""
    pattern = reverse(name, kwargs={"slug": "slug-placeholder"})
    return lambda slug: pattern.replace("slug-placeholder", slug)


@dataclass(frozen=True)
class FigureRow:
    """One claimant's figure in one source: a mark on the chart and a row of the table."""

    point: FigurePoint
    is_as_of: bool  # False when the date is when it was said, not what the figure refers to
    unit: str
    claimant_slug: str = ""  # "" when the claim is unattributed
    article_title: str = ""
    article_slug: str = ""  # "" when the claim has no source article
    swatch: str = ""

    @property
    def on(self):
        return self.point.on

    @property
    def figure(self) -> str:
        return describe_figure(self.point)

    @property
    def rating(self) -> str:
        return self.point.rating

    @property
    def claimant_url(self) -> str:
        return reverse("articles:claimant-detail", kwargs={"slug": self.claimant_slug})

    @property
    def article_url(self) -> str:
        return reverse("articles:article-detail", kwargs={"slug": self.article_slug})


def public_figure_claims():
    """Public claims that carry a figure (a value or either end of a range)."""
    return Claim.objects.public().filter(
        Q(figure_value__isnull=False) | Q(figure_low__isnull=False) | Q(figure_high__isnull=False)
    )


def figure_rows(claims) -> list[FigureRow]:
    """One row per claim and source article, dated by the figure's "as of" date if it has one.

    ``claims`` is a queryset of figure claims. Four queries of plain values (the
    ratings, the claims, their current ratings, their appearances with the articles'
    titles), without a model instance per row: a tracked figure may gather thousands.
    """
    claim_url = _url_of("articles:claim-detail")
    fields = ("pk", "slug", "status", "said_on", "claimant__name", "claimant__slug")
    figure_fields = ("value", "low", "high", "qualifier", "unit", "as_of")
    labels = {rating.pk: rating.localized_label for rating in Rating.objects.all()}
    ratings = {
        claim_id: labels[rating_id]
        for claim_id, rating_id in Verdict.objects.filter(
            is_current=True, claim__in=claims.values("pk")
        )
        .order_by()
        .values_list("claim_id", "rating_id")
    }
    sources: dict[int, dict[int, tuple]] = {}
    for claim_id, article_id, *source in (
        Appearance.objects.filter(claim__in=claims.values("pk"))
        .order_by("article__published_on", "article_id", "start")
        .values_list(
            "claim_id",
            "article_id",
            "said_on",
            "article__published_on",
            "article__title",
            "article__slug",
        )
    ):
        sources.setdefault(claim_id, {})[article_id] = tuple(source)
    rows = []
    unattributed = str(_("Unattributed"))
    for values in claims.order_by().values(*fields, *(f"figure_{f}" for f in figure_fields)):
        figure = {f: values[f"figure_{f}"] for f in figure_fields}
        rating = ratings.get(values["pk"]) or str(ClaimStatus(values["status"]).public_label)
        for said_on, published_on, title, slug in sources.get(values["pk"], {}).values() or [
            (None, None, "", "")
        ]:
            point = FigurePoint(
                on=figure["as_of"] or values["said_on"] or said_on or published_on or None,
                claimant=values["claimant__name"] or unattributed,
                href=claim_url(values["slug"]),
                value=figure["value"],
                low=figure["low"],
                high=figure["high"],
                qualifier=figure["qualifier"],
                source=title,
                rating=rating,
            )
            rows.append(
                FigureRow(
                    point,
                    is_as_of=bool(figure["as_of"]),
                    unit=figure["unit"],
                    claimant_slug=values["claimant__slug"] or "",
                    article_title=title,
                    article_slug=slug,
                )
            )
    rows.sort(key=lambda r: (r.on is None, r.on or date.min, r.point.claimant, r.point.source))
    return rows


def with_swatches(rows: list[FigureRow], marks: list[FigurePoint]) -> list[FigureRow]:
    """The rows, each with its claimant's swatch as the chart's legend shows it."""
    swatches = claimant_swatches(marks)
    other = swatches.get(str(_("Other claimants")), "")
    return [replace(row, swatch=swatches.get(row.point.claimant, other)) for row in rows]


class FigureListView(SectionMixin, ListView):
    """Every tracked figure that has public figures, with how many."""

    section = "figures"
    template_name = "articles/figure_list.html"
    context_object_name = "figures"

    def get_queryset(self):
        # Counting every figure claim of every figure is a pass over many rows: done once
        # per publication stamp, like the home page's totals.
        counts = remembered("figure-counts", public_figure_counts)
        figures = list(TrackedFigure.objects.filter(pk__in=counts))
        for figure in figures:
            figure.public_figure_count = counts[figure.pk]
        return figures


def public_figure_counts() -> dict[int, int]:
    """How many public figure claims each tracked figure has, for those that have any."""
    return dict(
        public_figure_claims()
        .filter(tracked_figure__isnull=False)
        .order_by()
        .values_list("tracked_figure")
        .annotate(n=Count("pk"))
    )


# Rows of a figure page's table; the chart gathers every figure, the table lists them a page
# at a time.
FIGURE_TABLE_ROWS = 50


class FigureDetailView(SectionMixin, DetailView):
    """A tracked figure over time: a chart of every public figure claim, and the same as a table.

    A figure nobody may see a claim of yet is not found. Five queries whatever the data;
    the answer stays small however many figures there are: the chart draws at most
    ``MARK_LIMIT`` marks (gathered per claimant and day, week or month past that) and
    the table lists ``FIGURE_TABLE_ROWS`` rows a page.
    """

    section = "figures"
    template_name = "articles/figure_detail.html"
    context_object_name = "figure"
    model = TrackedFigure

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        figure = self.object
        # Reading and gathering every figure claim of a figure is the page's cost (thousands
        # of rows for a figure followed for years): done once per publication stamp.
        rows, marks, period, chart = remembered(
            f"figure-page:{figure.pk}:{translation.get_language()}",
            lambda: figure_page_data(figure),
        )
        if not rows:
            raise Http404(_("No published figures for this tracked figure."))
        page = Paginator(rows, FIGURE_TABLE_ROWS).get_page(self.request.GET.get("page"))
        context["rows"] = with_swatches(page.object_list, marks)
        context["page_obj"] = page
        context["row_count"] = len(rows)
        context["gathered_by"] = period
        context["chart"] = chart
        return context


def figure_page_data(figure: TrackedFigure) -> tuple:
    """A figure page's rows, chart marks, gathering period and chart."""
    rows = figure_rows(public_figure_claims().filter(tracked_figure=figure))
    if not rows:
        return [], [], None, ""
    marks, period = gather_points([row.point for row in rows])
    chart = build_chart(marks, title=figure.name, unit=figure.unit, compact=True)
    return rows, marks, period, chart
