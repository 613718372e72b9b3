"""What the read-only API shows: public fields only.

No user (author, reviewer, assignee, who added what), no internal notes, no
optimistic-locking versions, no draft verdicts. Every field is named here
explicitly, so a new model field never leaks by default.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    ClaimStatus,
    Correction,
    Evidence,
    Outlet,
    Rating,
    Topic,
    TrackedFigure,
    Verdict,
)
from articles.structured_data import absolute_url


class PageURLField(serializers.Field):
    """The absolute address of an object's public page."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> str:
        return absolute_url(value.get_absolute_url())


extend_schema_field({"type": "string", "format": "uri"})(PageURLField)


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["name", "url"]


class RatingSerializer(serializers.ModelSerializer):
    # In the request's language (Accept-Language), like every label the API gives.
    label = serializers.CharField(source="localized_label", read_only=True)
    description = serializers.CharField(source="localized_description", read_only=True)

    class Meta:
        model = Rating
        fields = ["slug", "label", "value", "description", "colour"]


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class TrackedFigureSerializer(serializers.ModelSerializer):
    page_url = PageURLField()

    class Meta:
        model = TrackedFigure
        fields = ["slug", "name", "unit", "place", "page_url"]


class ClaimantSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:claimant-detail", lookup_field="slug"
    )
    page_url = PageURLField()
    public_claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Claimant
        fields = ["slug", "name", "kind", "description", "url", "page_url", "api_url",
                  "public_claim_count"]  # fmt: skip


class ClaimantSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Claimant
        fields = ["slug", "name", "kind", "description", "url"]


class ArticleSummarySerializer(serializers.ModelSerializer):
    outlet = OutletSerializer(read_only=True, allow_null=True)
    page_url = PageURLField()

    class Meta:
        model = Article
        fields = ["slug", "title", "published_on", "outlet", "url", "language", "page_url"]


class ArticleSerializer(ArticleSummarySerializer):
    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:article-detail", lookup_field="slug"
    )
    public_claim_count = serializers.IntegerField(read_only=True)

    class Meta(ArticleSummarySerializer.Meta):
        fields = [*ArticleSummarySerializer.Meta.fields, "api_url", "public_claim_count"]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["note", "published_at"]


class VerdictSummarySerializer(serializers.ModelSerializer):
    """A verdict within its claim: the rating history and the current verdict."""

    rating = RatingSerializer(read_only=True)

    class Meta:
        model = Verdict
        fields = ["id", "rating", "headline", "summary", "published_at", "updated_at",
                  "is_current"]  # fmt: skip


class VerdictDetailSerializer(VerdictSummarySerializer):
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta(VerdictSummarySerializer.Meta):
        fields = [*VerdictSummarySerializer.Meta.fields, "explanation", "corrections"]


class ClaimReferenceSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:claim-detail", lookup_field="slug"
    )
    page_url = PageURLField()
    claimant = ClaimantSummarySerializer(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = ["slug", "text", "claimant", "page_url", "api_url"]


class VerdictSerializer(VerdictDetailSerializer):
    """A verdict on its own, at /api/verdicts/: names the claim it rates."""

    claim = ClaimReferenceSerializer(read_only=True)
    api_url = serializers.HyperlinkedIdentityField(view_name="api:verdict-detail")

    class Meta(VerdictDetailSerializer.Meta):
        fields = [*VerdictDetailSerializer.Meta.fields, "claim", "api_url"]


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = ["title", "url", "publisher", "excerpt", "stance", "kind", "published_on",
                  "accessed_on", "archive_url"]  # fmt: skip


class AppearanceSerializer(serializers.ModelSerializer):
    article = ArticleSummarySerializer(read_only=True)
    selectors = serializers.ListField(child=serializers.DictField(), read_only=True)

    class Meta:
        model = Appearance
        fields = ["article", "said_on", "start", "end", "exact", "prefix", "suffix", "selectors"]


class FigureSerializer(serializers.Serializer):
    """A claim's structured quantity."""

    value = serializers.DecimalField(
        source="figure_value", max_digits=20, decimal_places=4, allow_null=True
    )
    low = serializers.DecimalField(
        source="figure_low", max_digits=20, decimal_places=4, allow_null=True
    )
    high = serializers.DecimalField(
        source="figure_high", max_digits=20, decimal_places=4, allow_null=True
    )
    qualifier = serializers.CharField(source="figure_qualifier")
    unit = serializers.CharField(source="figure_unit")
    place = serializers.CharField(source="figure_place")
    as_of = serializers.DateField(source="figure_as_of", allow_null=True)
    period_start = serializers.DateField(source="figure_period_start", allow_null=True)
    tracked_figure = TrackedFigureSerializer(allow_null=True)


class ClaimSerializer(serializers.ModelSerializer):
    """A claim in the tracker listing."""

    api_url = serializers.HyperlinkedIdentityField(
        view_name="api:claim-detail", lookup_field="slug"
    )
    page_url = PageURLField()
    claimant = ClaimantSummarySerializer(read_only=True, allow_null=True)
    status = serializers.SerializerMethodField()
    status_label = serializers.SerializerMethodField()
    topics = TopicSerializer(many=True, read_only=True)
    figure = serializers.SerializerMethodField()
    current_verdict = VerdictSummarySerializer(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = ["slug", "text", "claimant", "kind", "status", "status_label", "said_on",
                  "topics", "figure", "current_verdict", "page_url", "api_url",
                  "updated_at"]  # fmt: skip

    @extend_schema_field({"type": "string", "enum": [s.value for s in ClaimStatus.public_values()]})
    def get_status(self, claim: Claim) -> str:
        return claim.status

    def get_status_label(self, claim: Claim) -> str:
        return str(ClaimStatus(claim.status).public_label)

    @extend_schema_field(FigureSerializer(allow_null=True))
    def get_figure(self, claim: Claim) -> dict | None:
        if not claim.has_figure:
            return None
        return FigureSerializer(claim, context=self.context).data


class ClaimDetailSerializer(ClaimSerializer):
    """A claim with everything its public page shows."""

    current_verdict = VerdictDetailSerializer(read_only=True, allow_null=True)
    rating_history = VerdictSummarySerializer(
        source="published_verdicts", many=True, read_only=True
    )
    appearances = AppearanceSerializer(many=True, read_only=True)
    evidence = serializers.SerializerMethodField()

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "rating_history", "appearances", "evidence"]

    @extend_schema_field(EvidenceSerializer(many=True))
    def get_evidence(self, claim: Claim) -> list[dict]:
        # As on the verdict page: evidence is published with the verdict it supports,
        # not while research goes on.
        if claim.current_verdict is None:
            return []
        return EvidenceSerializer(claim.evidence.all(), many=True, context=self.context).data
