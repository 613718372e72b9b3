"""The claims tracker's filters, shared by the public pages, exports and the API."""

from __future__ import annotations

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, F, OuterRef
from django.utils.translation import gettext_lazy as _

from articles.models import Appearance, Claim, Claimant, ClaimKind, ClaimStatus, Rating

BEING_CHECKED = "being_checked"
ISO_DATE = "%Y-%m-%d"


def status_choices() -> list[tuple[str, str]]:
    """Public statuses only: the "being checked" group first, then its steps, then published."""
    steps = [s for s in ClaimStatus if s.is_being_checked]
    return [
        (BEING_CHECKED, _("Being checked")),
        *((s.value, _("Being checked: %(step)s") % {"step": str(s.label).lower()}) for s in steps),
        (ClaimStatus.PUBLISHED.value, ClaimStatus.PUBLISHED.label),
    ]


def public_claimant(slug: str) -> Claimant | None:
    """The claimant a filter names, if readers may know of them: one with a public claim.

    A claimant known only from suggested or dismissed claims is answered like a slug
    nobody has, so the tracker's filter cannot probe for them.
    """
    public_claims = Claim.objects.public().filter(claimant=OuterRef("pk"))
    return Claimant.objects.filter(Exists(public_claims), slug=slug).first()


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        # ISO dates are what a native date picker reads and writes.
        super().__init__(attrs, format=ISO_DATE)


# Every filter refuses a value it cannot use with a 400 naming the parameter (the tracker
# shows the form's errors, the API and the exports answer {"<parameter>": ["<why>"]}); an
# empty value means "any", as the tracker's form sends it.


def query_errors(filterset: django_filters.FilterSet) -> dict[str, list[str]]:
    """The refused parameters and why, as the API answers them: ``{"<parameter>": ["<why>"]}``."""
    return {
        name: [str(message) for message in messages] for name, messages in filterset.errors.items()
    }


class SlugFilter(django_filters.CharFilter):
    """A claimant's or article's slug: unknown, it matches nothing; malformed, it is refused."""

    field_class = forms.SlugField


class ISODateFilter(django_filters.DateFilter):
    """A date written as YYYY-MM-DD in every language (what a date picker sends)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("input_formats", [ISO_DATE])
        kwargs.setdefault("widget", DateInput(attrs={"aria-label": kwargs.get("label")}))
        super().__init__(*args, **kwargs)


class StrictBooleanField(forms.Field):
    """``true`` or ``false`` (or empty: any); anything else is refused, not read as "any"."""

    widget = forms.TextInput
    VALUES = {"true": True, "false": False}

    def to_python(self, value):
        if value in (None, ""):
            return None
        try:
            return self.VALUES[value]
        except (KeyError, TypeError):
            raise ValidationError(_("Enter true or false."), code="invalid") from None


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class ClaimFilter(django_filters.FilterSet):
    """Filter public claims by rating, status, kind, claimant, article, date and text.

    Every parameter lives in the query string, so a filtered view can be shared.
    Start from ``Claim.objects.public()``: the status filter only narrows within it.
    """

    ORDER_NEWEST = "newest"
    ORDER_OLDEST = "oldest"

    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        max_length=200,
    )
    rating = django_filters.ModelChoiceFilter(
        label=_("Rating"),
        queryset=Rating.objects.all(),
        to_field_name="slug",
        method="filter_rating",
        empty_label=_("Any rating"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=status_choices,
        method="filter_status",
        empty_label=_("Any status"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ClaimKind.choices, empty_label=_("Any kind")
    )
    claimant = SlugFilter(label=_("Claimant"), method="filter_claimant")
    article = SlugFilter(label=_("Article"), method="filter_article")
    # Two parameters, each refused on its own; the form shows them as one "Said between" range.
    said_on_after = ISODateFilter(
        label=_("Said on or after"), field_name="said_on", lookup_expr="gte"
    )
    said_on_before = ISODateFilter(
        label=_("Said on or before"), field_name="said_on", lookup_expr="lte"
    )
    order = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=[(ORDER_NEWEST, _("Newest first")), (ORDER_OLDEST, _("Oldest first"))],
        method="filter_order",
        empty_label=None,
    )

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_rating(self, queryset, name, value: Rating):
        return queryset.with_current_rating(value.slug)

    def filter_status(self, queryset, name, value):
        if value == BEING_CHECKED:
            return queryset.being_checked()
        return queryset.filter(status=value)

    def filter_claimant(self, queryset, name, value):
        # The claimant's key first, then the claims: given the number itself, PostgreSQL's
        # planner knows a claimant with a hundred thousand claims from one with ten and
        # reads the tracker's index in order, where a join on the slug left it guessing.
        claimant_id = Claimant.objects.filter(slug=value).values_list("pk", flat=True).first()
        if claimant_id is None:
            return queryset.none()
        return queryset.filter(claimant_id=claimant_id)

    def filter_article(self, queryset, name, value):
        # A subquery rather than a join: a claim may appear several times in one article.
        return queryset.filter(
            pk__in=Appearance.objects.filter(article__slug=value).values("claim_id")
        )

    def filter_order(self, queryset, name, value):
        if value == self.ORDER_OLDEST:
            return queryset.order_by(F("said_on").asc(nulls_last=True), "created_at", "id")
        return queryset.order_by(F("said_on").desc(nulls_last=True), "-created_at", "-id")

    # A search without a chosen order lists the best matches first (``by_relevance``).
    rank_searches = True

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        if data.get("order"):
            return queryset
        if self.rank_searches and data.get("q"):
            return queryset.by_relevance(data["q"])
        return self.filter_order(queryset, "order", self.ORDER_NEWEST)
