"""The editor's split view: an article's text beside its claims, to split it into claims.

Registered under the article's admin (``ArticleAdmin.get_urls``) at
``admin/articles/article/<id>/split/``. The page shows the article body in
paragraphs and sentences (every piece of text carries its ``data-start`` offset
into ``article.body``, so the browser can turn any selection into offsets),
the suggested claims ranked by check-worthiness with the words that made them
so highlighted, and the article's claims. Editors accept or dismiss suggestions,
make claims of any span, or attach a span to an existing claim.

A suggestion or claim whose figure measures what a tracked figure tracks (the
same thing counted, in the same place, no point newer) proposes grouping it into
that figure, or tracking it with earlier claims of the same measure
(``services.figure_matcher``).

Every write goes through ``articles.services``. The endpoints answer ``fetch()``
with JSON (``{"message", "panels"}`` or ``{"error"}``) when the request accepts
JSON, and otherwise redirect back to the page with a message, so accepting and
dismissing work as plain form posts too.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404, HttpResponseRedirect, JsonResponse, QueryDict
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from articles import services
from articles.figures import extract_figures
from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    ClaimantKind,
    ClaimKind,
    ClaimStatus,
    Qualifier,
    TrackedFigure,
)
from articles.suggest import score_sentences, split_paragraphs, split_sentences, suggest_claims

TEMPLATE = "admin/articles/article/split.html"
PERMISSIONS = ("articles.add_claim", "articles.change_claim")
# How many claimants the claimant field offers to complete from.
CLAIMANT_CHOICES = 1000
# Suggestions and claims listed per page of their panel: an article split to the sentence
# has a thousand of each, and the page would weigh megabytes.
PANEL_SIZE = 50

# What made a sentence check-worthy, as the editor reads it. Only the first four are
# highlighted in the text; the others show as labels on the suggestion.
REASON_LABELS = {
    "figure": gettext_lazy("Figure"),
    "attribution": gettext_lazy("Attribution"),
    "quotation": gettext_lazy("Quotation"),
    "official_body": gettext_lazy("Official body"),
    "casualty": gettext_lazy("Casualties"),
    "date": gettext_lazy("Date"),
    "comparison": gettext_lazy("Comparison"),
    "event": gettext_lazy("Event"),
    "investigation": gettext_lazy("Investigation opened"),
    "ban": gettext_lazy("Ban or suspension ordered"),
    "findings": gettext_lazy("Investigators' findings"),
    "ranking": gettext_lazy("Rank among producers or buyers"),
    "victims": gettext_lazy("Who the victims were"),
    "court_order": gettext_lazy("Court order"),
    "prediction": gettext_lazy("Prediction"),
}
HIGHLIGHTED = ("figure", "attribution", "quotation", "official_body")


# --- reading the text -----------------------------------------------------------------------


@dataclass
class Piece:
    """A run of the body between two boundaries, rendered as one element with its offset."""

    start: int
    end: int
    text: str
    reasons: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    claimed: bool = False


@dataclass
class Sentence:
    start: int
    end: int
    pieces: list[Piece] = field(default_factory=list)
    suggested: bool = False
    claimed: bool = False


@dataclass
class Item:
    """One entry of the suggestions list: an on-the-fly suggestion or a suggested claim row."""

    start: int
    end: int
    text: str
    exact: str = ""
    score: float | None = None
    kind: str = ""
    claimant: str = ""
    reasons: tuple[str, ...] = ()
    claim: Claim | None = None
    figure: object = None  # the suggestion's figure (articles.figures.Figure), if any
    figure_matches: list = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return ClaimKind(self.kind).label if self.kind in ClaimKind.values else ""

    @property
    def reason_labels(self) -> list[str]:
        return [str(REASON_LABELS[kind]) for kind in self.reasons]


def sentence_bounds(body: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The paragraphs of ``body`` with the sentences inside each, as (start, end) offsets."""
    paragraphs = split_paragraphs(body)
    sentences = [(s.start, s.end) for s in split_sentences(body)]
    starts = [start for start, _end in sentences]
    result = []
    for p_start, p_end in paragraphs:
        first = bisect_left(starts, p_start)
        inside = []
        for s, e in itertools.islice(sentences, first, None):
            if s >= p_end:
                break
            if e <= p_end:
                inside.append((s, e))
        result.append(((p_start, p_end), inside or [(p_start, p_end)]))
    return result


def _reason_title(reason, body: str) -> str:
    """A highlight's tooltip: the kind of reason, and what the rules read there when it is
    more than the marked words themselves (a figure's value and unit, a body's full name)."""
    kind = str(REASON_LABELS[reason.kind])
    label = reason.label.strip()
    if not label or label == body[reason.start : reason.end].strip():
        return kind
    return f"{kind}: {label}"


def _one_label_a_kind(covering: list[tuple[int, int, str, str]]) -> tuple[str, ...]:
    """The first label of each kind of reason covering a run: nested reasons of one kind
    (an attribution inside a longer one) would repeat the same words in its tooltip."""
    first: dict[str, str] = {}
    for _start, _end, kind, label in covering:
        if label:
            first.setdefault(kind, label)
    return tuple(first.values())


def _pieces(
    body: str,
    start: int,
    end: int,
    marks: list[tuple[int, int, str, str]],
    claimed: list[tuple[int, int]],
) -> list[Piece]:
    """Cut ``body[start:end]`` at every mark and claimed-span boundary that falls inside it."""
    cuts = {start, end}
    for m_start, m_end, *_rest in marks:
        cuts.update(c for c in (m_start, m_end) if start < c < end)
    for c_start, c_end in claimed:
        cuts.update(c for c in (c_start, c_end) if start < c < end)
    edges = sorted(cuts)
    pieces = []
    for a, b in itertools.pairwise(edges):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        pieces.append(
            Piece(
                start=a,
                end=b,
                text=body[a:b],
                reasons=tuple(dict.fromkeys(m[2] for m in covering)),
                labels=_one_label_a_kind(covering),
                claimed=any(c_start <= a and b <= c_end for c_start, c_end in claimed),
            )
        )
    return pieces


def _by_sentence(spans, bounds: list[tuple[int, int]]) -> dict[int, list]:
    """The spans (tuples starting ``start, end``) overlapping each sentence, by its index.

    One pass with a binary search per span, rather than every span for every sentence:
    an article split to the sentence has a thousand of each.
    """
    starts = [start for start, _end in bounds]
    groups: dict[int, list] = defaultdict(list)
    for span in spans:
        a, b = span[0], span[1]
        i = max(0, bisect_right(starts, a) - 1)
        while i < len(bounds) and bounds[i][0] < b:
            if bounds[i][1] > a:
                groups[i].append(span)
            i += 1
    return groups


def render_text(
    body: str,
    *,
    marks: list[tuple[int, int, str, str]],
    claimed: list[tuple[int, int]],
    suggested: set[tuple[int, int]],
) -> str:
    """The article body as HTML in which every text run carries its offset into ``body``.

    Built here rather than in a template: the text nodes must be exactly the body's
    characters, without the whitespace a template would add between elements. The
    markup is joined as plain strings, every piece of text escaped once: an article of
    a thousand sentences has ten thousand runs, and ``format_html`` nested three deep
    escaped each of them again at every level.
    """
    layout = sentence_bounds(body)
    bounds = [sentence for _paragraph, sentences in layout for sentence in sentences]
    marks_in = _by_sentence(marks, bounds)
    claimed_in = _by_sentence(claimed, bounds)
    suggested_in = _by_sentence(sorted(suggested), bounds)
    out: list[str] = []
    n = 0
    for (p_start, p_end), sentences in layout:
        out.append(f'<p class="para" data-start="{p_start}" data-end="{p_end}">')
        cursor = p_start
        for s_start, s_end in sentences:
            if cursor < s_start:
                out.append(_gap(body, cursor, s_start))
            pieces = _pieces(body, s_start, s_end, marks_in[n], claimed_in[n])
            classes = "sentence"
            if any(s_start <= a and b <= s_end for a, b in suggested_in[n]):
                classes += " is-suggested"
            if claimed_in[n]:
                classes += " is-claimed"
            n += 1
            out.append(
                f'<span class="{classes}" id="s-{s_start}" tabindex="0" '
                f'data-start="{s_start}" data-end="{s_end}">'
            )
            out.extend(_piece(piece) for piece in pieces)
            out.append("</span>")
            cursor = s_end
        if cursor < p_end:
            out.append(_gap(body, cursor, p_end))
        out.append("</p>")
    return mark_safe("".join(out))  # every text run is escaped above


def _gap(body: str, start: int, end: int) -> str:
    text = escape(body[start:end])
    return f'<span class="seg gap" data-start="{start}" data-end="{end}">{text}</span>'


def _piece(piece: Piece) -> str:
    claimed = " is-claimed" if piece.claimed else ""
    text = escape(piece.text)
    if piece.reasons:
        kinds = " ".join(f"reason-{kind}" for kind in piece.reasons)
        return (
            f'<mark class="seg reason {kinds}{claimed}" title="{escape("; ".join(piece.labels))}" '
            f'data-start="{piece.start}" data-end="{piece.end}">{text}</mark>'
        )
    return (
        f'<span class="seg{claimed}" data-start="{piece.start}" data-end="{piece.end}">'
        f"{text}</span>"
    )


# --- the page's data --------------------------------------------------------------------------


def _claims_here(article: Article) -> list[Claim]:
    """The article's claims, in the order they appear, with their appearances here (2 queries)."""
    claims = list(
        # A subquery, not a join made distinct: DISTINCT over every column sorts them all.
        Claim.objects.filter(pk__in=Appearance.objects.filter(article=article).values("claim_id"))
        # The search document and the stored reasons are never shown here.
        .defer("search_document", "suggestion_reasons")
        .select_related("claimant")
        .prefetch_related(
            Prefetch(
                "appearances",
                queryset=Appearance.objects.filter(article=article).order_by("start"),
                to_attr="here",
            )
        )
    )
    claims.sort(key=lambda claim: (claim.here[0].start if claim.here else 0, claim.pk))
    return claims


@dataclass
class Workbench:
    """Everything the page shows, computed once per request."""

    article: Article
    claims: list[Claim]
    suggestions: list
    items: list[Item]
    text_html: str
    reason_kinds: list[tuple[str, str]]

    @classmethod
    def build(cls, article: Article) -> Workbench:
        body = article.body
        claims = _claims_here(article)
        suggestions = list(suggest_claims(body))
        # A sentence already decided (any claim on that span or quote) is no longer suggested,
        # as ``articles_suggest_claims`` decides it for imports.
        taken = {(a.start, a.end) for claim in claims for a in claim.here}
        taken_quotes = {a.exact for claim in claims for a in claim.here}
        by_span = {(s.start, s.end): s for s in suggestions}

        items = []
        for claim in claims:
            if claim.status != ClaimStatus.SUGGESTED or not claim.here:
                continue
            first = claim.here[0]
            match = by_span.get((first.start, first.end))
            items.append(
                Item(
                    start=first.start,
                    end=first.end,
                    text=claim.text,
                    exact=first.exact,
                    score=match.score if match else None,
                    kind=claim.kind,
                    claimant=claim.claimant.name if claim.claimant else "",
                    reasons=_reason_kinds(match) if match else (),
                    claim=claim,
                )
            )
        for s in suggestions:
            if (s.start, s.end) in taken or s.text in taken_quotes:
                continue
            items.append(
                Item(
                    start=s.start,
                    end=s.end,
                    text=s.text,
                    exact=body[s.start : s.end],
                    score=s.score,
                    kind=s.kind or "",
                    claimant=s.claimant or "",
                    reasons=_reason_kinds(s),
                    figure=s.figure,
                )
            )
        items.sort(key=lambda item: (item.score is None, -(item.score or 0), item.start))

        pending = {(item.start, item.end) for item in items}
        # What made a sentence check-worthy is highlighted while it waits for a decision;
        # once decided, the highlights would only bury the claims marked in the text.
        marks = [
            (r.start, r.end, r.kind, _reason_title(r, body))
            for s in suggestions
            if (s.start, s.end) in pending
            for r in s.reasons
            if r.kind in HIGHLIGHTED and 0 <= r.start < r.end <= len(body)
        ]
        # Every passage attached to a claim is marked, whatever the claim's state; a
        # suggestion still waiting for a decision is marked as such instead.
        claimed = [
            (a.start, a.end)
            for claim in claims
            if claim.status != ClaimStatus.DISMISSED
            for a in claim.here
            if not a.orphaned and (a.start, a.end) not in pending
        ]
        present = {m[2] for m in marks}
        kinds = [kind for kind in HIGHLIGHTED if kind in present]
        return cls(
            article=article,
            claims=claims,
            suggestions=suggestions,
            items=items,
            text_html=render_text(body, marks=marks, claimed=claimed, suggested=pending),
            reason_kinds=[(kind, str(REASON_LABELS[kind])) for kind in kinds],
        )


def _as_claim(item: Item, article: Article) -> Claim:
    """The claim an item is, or would be once accepted (unsaved), for figure proposals."""
    if item.claim is not None:
        return item.claim
    figure = item.figure
    return Claim(
        text=item.text,
        figure_value=figure.value if figure else None,
        figure_low=figure.low if figure else None,
        figure_high=figure.high if figure else None,
        figure_unit=figure.unit[:200] if figure else "",
        said_on=article.published_on,
    )


def with_figure_matches(article: Article, items, claims) -> None:
    """Attach ``figure_matches`` to the items and claims shown, asking the database only
    when one of them has a figure (``services.figure_matcher``: four queries at most)."""
    wanted = [(item, _as_claim(item, article)) for item in items]
    # A suggested claim is proposed for in the suggestions; a dismissed one not at all.
    decided = (ClaimStatus.SUGGESTED, ClaimStatus.DISMISSED)
    wanted += [(claim, claim) for claim in claims if claim.status not in decided]
    wanted = [(row, claim) for row, claim in wanted if claim.has_figure or claim.figure_high]
    if not wanted:
        return
    found = services.figure_matcher().match_all([claim for _row, claim in wanted])
    for (row, _claim), matches in zip(wanted, found, strict=True):
        row.figure_matches = matches


def _reason_kinds(suggestion) -> tuple[str, ...]:
    """The kinds of reason that raised the suggestion's score, each once."""
    return tuple(dict.fromkeys(r.kind for r in suggestion.reasons if r.kind in REASON_LABELS))


def _overlapping(scored, start: int, end: int):
    """The scored sentence sharing the most characters with the span, if any."""
    best, best_overlap = None, 0
    for s in scored:
        overlap = min(end, s.end) - max(start, s.start)
        if overlap > best_overlap:
            best, best_overlap = s, overlap
    return best


def _decimal(value) -> str:
    return "" if value is None else format(Decimal(value).normalize(), "f")


def span_prefill(article: Article, start: int, end: int, scored=None) -> dict:
    """What the claim form starts with for ``article.body[start:end]``.

    The kind and claimant are the guesses for the sentence the span overlaps most
    (``scored`` is ``score_sentences(article.body)``, computed here when not given);
    the text is that sentence's when the span is exactly it, else the quote; the
    figure is the sentence's main figure when the span holds it, else the first
    quantity the quote mentions.
    """
    body = article.body
    exact = body[start:end]
    if scored is None:
        scored = score_sentences(body)
    guess = _overlapping(scored, start, end)
    figure = guess.figure if guess is not None else None
    if figure is None or not (start <= figure.start and figure.end <= end):
        figures = extract_figures(exact)
        figure = figures[0] if figures else None
    prefill = {
        "start": start,
        "end": end,
        "exact": exact,
        "text": " ".join(
            (guess.text if guess and (guess.start, guess.end) == (start, end) else exact).split()
        ),
        "kind": (guess.kind if guess else "") or (ClaimKind.STATISTIC if figure else ""),
        "claimant": (guess.claimant if guess else None) or "",
        "claimant_kind": (guess.claimant_kind if guess else None) or ClaimantKind.PERSON,
        "figure_value": "",
        "figure_low": "",
        "figure_high": "",
        "figure_qualifier": "",
        "figure_unit": "",
        "figure_place": "",
        "figure_as_of": "",
    }
    if prefill["kind"] not in ClaimKind.values:
        prefill["kind"] = ClaimKind.OTHER
    prefill["kind"] = str(prefill["kind"])
    prefill["claimant_kind"] = str(prefill["claimant_kind"])
    if figure is not None:
        prefill.update(
            figure_value=_decimal(figure.value),
            figure_low=_decimal(figure.low),
            figure_high=_decimal(figure.high),
            figure_qualifier=figure.qualifier if figure.qualifier in Qualifier.values else "",
            figure_unit=figure.unit[:200],
        )
    return prefill


# --- forms ----------------------------------------------------------------------------------


class SpanForm(forms.Form):
    """A span of the article as the editor selected it: offsets and the text seen there."""

    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    exact = forms.CharField(strip=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if "start" in data and "end" in data and data["end"] <= data["start"]:
            raise ValidationError(_("Select some text first."), code="empty_span")
        return data


class ClaimFromSpanForm(SpanForm):
    """A new claim made of a span: the claim in the editor's words, who made it, the figure."""

    text = forms.CharField(
        label=gettext_lazy("Claim, in your words"), widget=forms.Textarea(attrs={"rows": 4})
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=ClaimKind.choices, required=False)
    claimant = forms.CharField(label=gettext_lazy("Claimant"), required=False, max_length=200)
    claimant_kind = forms.ChoiceField(
        label=gettext_lazy("Claimant is a"), choices=ClaimantKind.choices, required=False
    )
    figure_value = forms.DecimalField(
        label=gettext_lazy("Value"), required=False, max_digits=20, decimal_places=4
    )
    figure_low = forms.DecimalField(
        label=gettext_lazy("Low"), required=False, max_digits=20, decimal_places=4
    )
    figure_high = forms.DecimalField(
        label=gettext_lazy("High"), required=False, max_digits=20, decimal_places=4
    )
    figure_qualifier = forms.ChoiceField(
        label=gettext_lazy("Qualifier"),
        required=False,
        choices=[("", "—"), *Qualifier.choices],
    )
    figure_unit = forms.CharField(
        label=gettext_lazy("Unit / what is counted"), required=False, max_length=200
    )
    figure_place = forms.CharField(label=gettext_lazy("Place"), required=False, max_length=200)
    figure_as_of = forms.DateField(
        label=gettext_lazy("As of"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    FIGURE_FIELDS = (
        "figure_value",
        "figure_low",
        "figure_high",
        "figure_qualifier",
        "figure_unit",
        "figure_place",
        "figure_as_of",
    )

    def clean_kind(self) -> str:
        return self.cleaned_data["kind"] or ClaimKind.OTHER

    def clean_claimant_kind(self) -> str:
        return self.cleaned_data["claimant_kind"] or ClaimantKind.PERSON

    def figure(self) -> dict:
        """The figure fields the editor filled in, for the claim."""
        return {
            name: self.cleaned_data[name]
            for name in self.FIGURE_FIELDS
            if self.cleaned_data.get(name) not in (None, "")
        }


class AttachForm(SpanForm):
    claim = forms.ModelChoiceField(queryset=Claim.objects.all(), widget=forms.HiddenInput)


class DetachForm(forms.Form):
    """One appearance of a claim in this article, to be removed (the claim stays)."""

    appearance = forms.ModelChoiceField(queryset=Appearance.objects.none())

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["appearance"].queryset = Appearance.objects.filter(
            article=article
        ).select_related("claim")
        self.fields["appearance"].error_messages["invalid_choice"] = _(
            "That passage is no longer attached here; reload the page."
        )


class DecisionForm(forms.Form):
    """Accept or dismiss: a suggested claim row, or the span of an on-the-fly suggestion."""

    # Any claim: the workflow service says why one that is no longer suggested cannot move.
    claim = forms.ModelChoiceField(queryset=Claim.objects.all(), required=False)
    start = forms.IntegerField(min_value=0, required=False)
    end = forms.IntegerField(min_value=1, required=False)
    exact = forms.CharField(strip=False, required=False)

    def clean(self):
        data = super().clean()
        if data.get("claim") is None and (
            data.get("start") is None or data.get("end") is None or not data.get("exact")
        ):
            raise ValidationError(
                _("That suggestion is no longer pending; reload the page."), code="gone"
            )
        return data


class GroupForm(forms.Form):
    """A proposal taken: the claim (or the span of an on-the-fly suggestion) and the tracked
    figure it continues, or the name of a new one and the earlier claims to track with it."""

    claim = forms.ModelChoiceField(queryset=Claim.objects.all(), required=False)
    start = forms.IntegerField(min_value=0, required=False)
    end = forms.IntegerField(min_value=1, required=False)
    exact = forms.CharField(strip=False, required=False)
    figure = forms.ModelChoiceField(queryset=TrackedFigure.objects.all(), required=False)
    others = forms.ModelMultipleChoiceField(queryset=Claim.objects.all(), required=False)
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200, required=False)
    unit = forms.CharField(max_length=100, required=False)
    place = forms.CharField(max_length=200, required=False)

    def clean(self):
        data = super().clean()
        if data.get("claim") is None and (
            data.get("start") is None or data.get("end") is None or not data.get("exact")
        ):
            raise ValidationError(
                _("That suggestion is no longer pending; reload the page."), code="gone"
            )
        if data.get("figure") is None and not (data.get("name") or "").strip():
            raise ValidationError(_("Give the new tracked figure a name."), code="no_name")
        return data


def _panel_page(request, parameter: str, rows: list):
    """One page of a panel's rows, with the addresses of its neighbours (``page.links``)."""
    page = Paginator(rows, PANEL_SIZE).get_page(request.GET.get(parameter))
    query = request.GET.copy() if request.method == "GET" else QueryDict(mutable=True)
    links = {}
    for name, number in (
        ("previous", page.previous_page_number() if page.has_previous() else None),
        ("next", page.next_page_number() if page.has_next() else None),
    ):
        if number is not None:
            query[parameter] = number
            links[name] = f"?{query.urlencode()}#{parameter}-heading"
    page.links = links
    return page


# --- views ----------------------------------------------------------------------------------


class SplitViews:
    """The split page and its endpoints, bound to the article's ModelAdmin."""

    def __init__(self, model_admin):
        self.model_admin = model_admin

    def urls(self) -> list:
        wrap = self.model_admin.admin_site.admin_view
        prefix = f"{self.model_admin.opts.app_label}_{self.model_admin.opts.model_name}_"
        views = [
            ("", self.page, "split"),
            ("span/", self.span, "split_span"),
            ("similar/", self.similar, "split_similar"),
            ("accept/", self.accept, "split_accept"),
            ("dismiss/", self.dismiss, "split_dismiss"),
            ("create/", self.create, "split_create"),
            ("attach/", self.attach, "split_attach"),
            ("detach/", self.detach, "split_detach"),
            ("group/", self.group, "split_group"),
        ]
        return [
            path(f"<path:object_id>/split/{route}", wrap(view), name=prefix + name)
            for route, view, name in views
        ]

    # -- helpers ---------------------------------------------------------------------------

    def _article(self, request, object_id: str) -> Article:
        if not request.user.has_perms(PERMISSIONS):
            raise PermissionDenied(_("You do not have permission to split articles into claims."))
        article = self.model_admin.get_object(request, unquote(object_id))
        if article is None:
            raise Http404(_("There is no such article."))
        return article

    @staticmethod
    def _wants_json(request) -> bool:
        return "application/json" in request.headers.get("Accept", "")

    def _page_url(self, article: Article, **query) -> str:
        url = reverse(
            f"{self.model_admin.admin_site.name}:articles_article_split", args=[article.pk]
        )
        return f"{url}?{urlencode(query)}" if query else url

    def _context(self, request, article: Article, bench: Workbench, **extra) -> dict:
        opts = self.model_admin.opts
        if bench is not None:
            # The panels list a page at a time; a write answers with their first pages.
            extra.setdefault("items_page", _panel_page(request, "suggestions", bench.items))
            extra.setdefault("claims_page", _panel_page(request, "claims", bench.claims))
            with_figure_matches(
                article, extra["items_page"].object_list, extra["claims_page"].object_list
            )
        return {
            **self.model_admin.admin_site.each_context(request),
            "opts": opts,
            "title": _("Split into claims"),
            "subtitle": article.title,
            "article": article,
            "bench": bench,
            "has_view_permission": self.model_admin.has_view_permission(request, article),
            "kinds": ClaimKind.choices,
            "claimant_kinds": ClaimantKind.choices,
            "qualifiers": Qualifier.choices,
            "split_urls": {
                name: reverse(
                    f"{self.model_admin.admin_site.name}:articles_article_{name}",
                    args=[article.pk],
                )
                for name in (
                    "split",
                    "split_span",
                    "split_similar",
                    "split_accept",
                    "split_dismiss",
                    "split_create",
                    "split_attach",
                    "split_detach",
                    "split_group",
                )
            },
            **extra,
        }

    def _done(self, request, article: Article, message: str):
        """Answer a successful write: fresh panels for fetch(), a redirect for a form post."""
        if not self._wants_json(request):
            messages.success(request, message)
            return HttpResponseRedirect(self._page_url(article))
        bench = Workbench.build(article)
        context = self._context(request, article, bench)
        panels = {
            name: render_to_string(f"{TEMPLATE}#{name}", context, request=request)
            for name in ("text-panel", "suggestions-panel", "claims-panel")
        }
        return JsonResponse({"message": message, "panels": panels})

    def _refused(self, request, article: Article, error: ValidationError | str, **query):
        """Answer a refused write with the reason: 409 for a misplaced quote, else 400."""
        if isinstance(error, ValidationError):
            code = getattr(error, "code", None)
            if hasattr(error, "error_dict"):
                text = " ".join(str(m) for msgs in error.message_dict.values() for m in msgs)
            else:
                text = " ".join(str(m) for m in error.messages)
        else:
            code, text = None, str(error)
        status = 409 if code == "quote_mismatch" else 400
        if self._wants_json(request):
            return JsonResponse({"error": text}, status=status)
        messages.error(request, text)
        return HttpResponseRedirect(self._page_url(article, **query))

    @staticmethod
    def _form_error(form: forms.Form) -> ValidationError:
        errors = form.errors.as_data()
        codes = [e.code for errs in errors.values() for e in errs]
        parts = []
        for name, errs in errors.items():
            label = form.fields[name].label if name in form.fields else None
            for e in errs:
                for msg in e.messages:
                    parts.append(
                        f"{label}: {msg}" if label and name not in SpanForm.base_fields else msg
                    )
        return ValidationError(" ".join(parts), code=codes[0] if codes else None)

    # -- pages -----------------------------------------------------------------------------

    @method_decorator(require_GET)
    def page(self, request, object_id: str):
        article = self._article(request, object_id)
        bench = Workbench.build(article)
        prefill = None
        similar = []
        span = SpanForm(
            {
                "start": request.GET.get("start"),
                "end": request.GET.get("end"),
                "exact": "-",
            }
        )
        if (
            "start" in request.GET
            and span.is_valid()
            and span.cleaned_data["end"] <= len(article.body)
        ):
            start, end = span.cleaned_data["start"], span.cleaned_data["end"]
            prefill = span_prefill(article, start, end)
            similar = services.similar_claims(text=prefill["exact"])
        claimants = list(
            Claimant.objects.order_by("name").values_list("name", flat=True)[:CLAIMANT_CHOICES]
        )
        context = self._context(
            request,
            article,
            bench,
            prefill=prefill,
            similar=similar,
            claimant_names=claimants,
            page_data={"body": article.body, "urls": None},
        )
        return render(request, TEMPLATE, context)

    @method_decorator(require_GET)
    def span(self, request, object_id: str):
        """The claim form's prefill and the similar claims for a span (JSON)."""
        article = self._article(request, object_id)
        form = SpanForm({**request.GET.dict(), "exact": request.GET.get("exact") or "-"})
        if not form.is_valid():
            return JsonResponse({"error": str(self._form_error(form).messages[0])}, status=400)
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        if end > len(article.body):
            return JsonResponse({"error": _("That span lies outside the article.")}, status=400)
        prefill = span_prefill(article, start, end)
        similar = services.similar_claims(text=prefill["exact"])
        html = render_to_string(
            f"{TEMPLATE}#similar",
            self._context(request, article, None, similar=similar, prefill=prefill),
            request=request,
        )
        return JsonResponse({"prefill": prefill, "similar_html": html})

    @method_decorator(require_GET)
    def similar(self, request, object_id: str):
        """The claims resembling the text the editor typed (an HTML partial)."""
        article = self._article(request, object_id)
        query = request.GET.get("q", "")[:500]
        similar = services.similar_claims(text=query)
        return render(
            request,
            f"{TEMPLATE}#similar",
            self._context(request, article, None, similar=similar, query=query),
        )

    # -- writes ----------------------------------------------------------------------------

    @method_decorator(require_POST)
    def accept(self, request, object_id: str):
        """Accept a suggestion: a suggested row becomes open; an on-the-fly one a new claim."""
        return self._decide(
            request,
            object_id,
            on_row=services.claim_accept,
            on_the_fly=services.claim_create_from_span,
            done=_("Accepted “%(claim)s”."),
        )

    @method_decorator(require_POST)
    def dismiss(self, request, object_id: str):
        """Dismiss a suggestion so that suggesting claims again does not bring it back."""
        return self._decide(
            request,
            object_id,
            on_row=services.claim_dismiss,
            on_the_fly=services.suggestion_dismiss,
            done=_("Dismissed “%(claim)s”."),
        )

    def _decide(self, request, object_id: str, *, on_row, on_the_fly, done: str):
        """Apply a decision to a suggested claim row, or to a suggestion computed on the fly."""
        article = self._article(request, object_id)
        form = DecisionForm(request.POST)
        if not form.is_valid():
            return self._refused(request, article, self._form_error(form))
        try:
            claim = form.cleaned_data["claim"]
            if claim is not None:
                claim = on_row(claim=claim, by=request.user)
            else:
                claim = on_the_fly(
                    article=article, by=request.user, **self._suggestion_fields(article, form)
                )
        except ValidationError as error:
            return self._refused(request, article, error)
        return self._done(request, article, done % {"claim": claim})

    @staticmethod
    def _suggestion_fields(article: Article, form: DecisionForm) -> dict:
        """The claim an on-the-fly suggestion proposes, read again from the current text."""
        start, end, exact = (form.cleaned_data[k] for k in ("start", "end", "exact"))
        fields = {"start": start, "end": end, "exact": exact}
        if article.body[start:end] != exact:
            # Let the service refuse it with its message; guesses do not matter then.
            return fields
        guess = ClaimFromSpanForm(span_prefill(article, start, end))
        if guess.is_valid():
            fields.update(
                text=guess.cleaned_data["text"],
                kind=guess.cleaned_data["kind"],
                claimant_name=guess.cleaned_data["claimant"],
                claimant_kind=guess.cleaned_data["claimant_kind"],
                **guess.figure(),
            )
        return fields

    @method_decorator(require_POST)
    def create(self, request, object_id: str):
        """Make a claim of the selected span, with the editor's corrections."""
        article = self._article(request, object_id)
        form = ClaimFromSpanForm(request.POST)
        query = {k: request.POST.get(k, "") for k in ("start", "end")}
        if not form.is_valid():
            return self._refused(request, article, self._form_error(form), **query)
        data = form.cleaned_data
        try:
            claim = services.claim_create_from_span(
                article=article,
                start=data["start"],
                end=data["end"],
                exact=data["exact"],
                by=request.user,
                text=data["text"],
                kind=data["kind"],
                claimant_name=data["claimant"],
                claimant_kind=data["claimant_kind"],
                **form.figure(),
            )
        except ValidationError as error:
            return self._refused(request, article, error, **query)
        return self._done(request, article, _("Created the claim “%(claim)s”.") % {"claim": claim})

    @method_decorator(require_POST)
    def attach(self, request, object_id: str):
        """Record the selected span as another appearance of an existing claim."""
        article = self._article(request, object_id)
        form = AttachForm(request.POST)
        query = {k: request.POST.get(k, "") for k in ("start", "end")}
        if not form.is_valid():
            return self._refused(request, article, self._form_error(form), **query)
        data = form.cleaned_data
        try:
            services.claim_attach_span(
                claim=data["claim"],
                article=article,
                start=data["start"],
                end=data["end"],
                exact=data["exact"],
                by=request.user,
            )
        except ValidationError as error:
            return self._refused(request, article, error, **query)
        return self._done(
            request,
            article,
            _("Attached the passage to “%(claim)s”.") % {"claim": data["claim"]},
        )

    @method_decorator(require_POST)
    def group(self, request, object_id: str):
        """Add a claim's figure to the tracked figure proposed for it, or start tracking it
        with the earlier claims of the same measure."""
        article = self._article(request, object_id)
        form = GroupForm(request.POST)
        if not form.is_valid():
            return self._refused(request, article, self._form_error(form))
        data = form.cleaned_data
        try:
            claim, figure = _group(
                article,
                request.user,
                data,
                lambda: self._suggestion_fields(article, form),
            )
        except ValidationError as error:
            return self._refused(request, article, error)
        except PermissionDenied as error:
            return self._refused(request, article, str(error))
        return self._done(
            request,
            article,
            _("“%(claim)s” is now a point of “%(figure)s”.") % {"claim": claim, "figure": figure},
        )

    @method_decorator(require_POST)
    def detach(self, request, object_id: str):
        """Remove one appearance of a claim from this article; the claim itself stays."""
        article = self._article(request, object_id)
        form = DetachForm(request.POST, article=article)
        if not form.is_valid():
            return self._refused(request, article, self._form_error(form))
        appearance = form.cleaned_data["appearance"]
        try:
            services.appearance_delete(appearance=appearance, by=request.user)
        except (ValidationError, PermissionDenied) as error:
            return self._refused(
                request,
                article,
                error if isinstance(error, ValidationError) else str(error),
            )
        return self._done(
            request,
            article,
            _("Detached the passage from “%(claim)s”.") % {"claim": appearance.claim},
        )


def _group(article: Article, user, data: dict, claim_fields) -> tuple[Claim, TrackedFigure]:
    """Put a claim (made first of an on-the-fly suggestion) into a tracked figure, or start
    tracking it with earlier claims; one transaction."""
    with transaction.atomic():
        claim = data["claim"]
        if claim is None:
            claim = services.claim_create_from_span(article=article, by=user, **claim_fields())
        figure = services.claim_track(
            claim=claim,
            figure=data["figure"],
            others=data["others"],
            name=data["name"],
            unit=data["unit"],
            place=data["place"],
            by=user,
        )
    return claim, figure


def admin_urls(model_admin) -> list:
    """The split view's URLs, for ``ArticleAdmin.get_urls``."""
    return SplitViews(model_admin).urls()
