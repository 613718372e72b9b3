"""Read-only API views. Every queryset starts from public data and loads its relations
up front, so a list page costs the same number of queries whatever its length."""

from __future__ import annotations

import django_filters
from django.db.models import Prefetch
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from rest_framework import viewsets

from articles.api import serializers
from articles.filters import ClaimFilter, SlugFilter, StrictBooleanFilter
from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    Evidence,
    Rating,
    Verdict,
    VerdictState,
)


def not_found(request, *args, **kwargs):
    """Any other address under /api/: a 404 in JSON, like the API's own."""
    return JsonResponse({"detail": _("Not found.")}, status=404)


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    """Tracked claims; the list takes the same filters as the public claims tracker."""

    lookup_field = "slug"
    filterset_class = ClaimFilter

    def get_queryset(self):
        queryset = (
            Claim.objects.public()
            .select_related("claimant", "tracked_figure")
            .with_current_verdict()
            .prefetch_related("topics")
        )
        if self.action == "retrieve":
            queryset = queryset.prefetch_related(
                "current_verdicts__corrections",
                Prefetch(
                    "verdicts",
                    queryset=Verdict.objects.filter(state=VerdictState.PUBLISHED)
                    .select_related("rating")
                    .order_by("published_at", "id"),
                    to_attr="published_verdicts",
                ),
                Prefetch(
                    "appearances",
                    queryset=Appearance.objects.select_related("article__outlet").order_by(
                        "said_on", "article__published_on", "start"
                    ),
                ),
                Prefetch(
                    "evidence", queryset=Evidence.objects.public().order_by("created_at", "id")
                ),
            )
        return queryset

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ClaimDetailSerializer
        return serializers.ClaimSerializer


class VerdictFilter(django_filters.FilterSet):
    rating = django_filters.ModelChoiceFilter(
        label=_("Rating"),
        field_name="rating",
        queryset=Rating.objects.all(),
        to_field_name="slug",
    )
    claimant = SlugFilter(label=_("Claimant"), field_name="claim__claimant__slug")
    is_current = StrictBooleanFilter(
        label=_("true: each claim's current verdict; false: superseded verdicts")
    )

    class Meta:
        model = Verdict
        fields = ["rating", "claimant", "is_current"]


class VerdictViewSet(viewsets.ReadOnlyModelViewSet):
    """Published verdicts of public claims, newest first; superseded ones included."""

    serializer_class = serializers.VerdictSerializer
    filterset_class = VerdictFilter
    queryset = (
        Verdict.objects.published()
        .select_related("rating", "claim__claimant")
        .prefetch_related("corrections")
        .order_by("-published_at", "-id")
    )


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    """Imported source articles; the full text only on an article's own page."""

    lookup_field = "slug"
    # An aggregate drops Meta.ordering, and pagination needs a stable order.
    queryset = (
        Article.objects.select_related("outlet")
        .with_public_claim_counts()
        .order_by("-published_on", "-id")
    )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "retrieve":
            return queryset
        return queryset.defer("body")  # only an article's own page has its text

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ArticleDetailSerializer
        return serializers.ArticleSerializer


class ClaimantViewSet(viewsets.ReadOnlyModelViewSet):
    """Who made public claims. A claimant known only from unpublished suggestions is absent."""

    lookup_field = "slug"
    serializer_class = serializers.ClaimantSerializer
    queryset = Claimant.objects.public().with_public_claim_counts().order_by("name", "id")
