"""Admin for claims and verdicts, with the corrections and status changes that follow them.

Every add, change and removal goes through the services (``claim_create``,
``claim_update``, ``evidence_add``, ``evidence_update``, ``verdict_draft``,
``verdict_update``, ``verdict_correct`` …, see ``base.ServiceModelAdmin``); a
claim's status is never a form field, it moves only through the workflow
buttons and actions. While a claim is published its statement and figure, its
cited evidence and its published verdicts are read-only here.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import SEARCH_VAR
from django.contrib.auth import admin as auth_admin
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections
from django.db.models import Exists, OuterRef, Q
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import smart_split, unescape_string_literal
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles import services
from articles.admin.base import ServiceInlineMixin, ServiceModelAdmin, refusal
from articles.admin.display import (
    EMPTY,
    PeopleDisplayMixin,
    admin_link,
    quote_html,
    rating_label,
    shorten,
    when,
)
from articles.admin.figures import FigureProposalMixin, TrackedFigureGroupingMixin
from articles.admin.preview import ClaimPreviewMixin, VerdictEditorMixin, newest_draft
from articles.admin.suggestion_admin import CheckWorthinessAdminMixin
from articles.admin.workflow import ClaimWorkflowAdminMixin
from articles.forms import (
    ClaimForm,
    CorrectionForm,
    DraftVerdictFormSet,
    DraftVerdictInlineForm,
    VerdictForm,
)
from articles.models import (
    Appearance,
    Claim,
    Claimant,
    ClaimantKind,
    ClaimKind,
    ClaimStatus,
    Correction,
    Evidence,
    Rating,
    StatusChange,
    TrackedFigure,
    Verdict,
    VerdictState,
)
from articles.pagination import CappedCountPaginator

User = get_user_model()
# An admin search word matching more claimant (or figure) names than this is a search of
# the claims' text: the names add nothing a reader of the list could use.
SEARCH_NAMES = 200


# A searched claims list is counted exactly up to this many matches, and estimated past
# three times as many: counting a word part's matches reads each matching row (the trigram
# index only narrows them down), 10,000 of them a fifth of a second at a million claims.
SEARCH_COUNT_CAP = 1_000


class SearchCountPaginator(CappedCountPaginator):
    count_cap = SEARCH_COUNT_CAP


def search_terms(search_term: str) -> list[str]:
    """The words of an admin search, quoted phrases kept whole, as Django's own search does."""
    return [unescape_string_literal(t) if t[0] in "\"'" else t for t in smart_split(search_term)]


# --- list filters -----------------------------------------------------------------------------


class UsedRelatedFilter(admin.RelatedFieldListFilter):
    """Like Django's ``RelatedOnlyFieldListFilter``: only the related rows some row points to.

    Django finds them with ``SELECT DISTINCT`` over every row of the list (a pass over
    a million claims on each page of the claims list); here each related row (a hundred
    tracked figures) is asked whether a row points to it, an ``EXISTS`` that the
    foreign key's index answers.
    """

    def field_choices(self, field, request, model_admin):
        pointing = (
            model_admin.get_queryset(request).order_by().filter(**{self.field_path: OuterRef("pk")})
        )
        ordering = self.field_admin_ordering(field, request, model_admin)
        return field.get_choices(
            include_blank=False, limit_choices_to=Q(Exists(pointing)), ordering=ordering
        )


class AssigneeFilter(admin.SimpleListFilter):
    title = _("assignee")
    parameter_name = "assignee"

    def lookups(self, request, model_admin):
        people = User.objects.filter(is_staff=True, is_active=True).order_by("username")
        return [
            ("me", _("Me")),
            ("nobody", _("Nobody")),
            *((str(user.pk), user.get_username()) for user in people),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "me":
            return queryset.filter(assignee=request.user)
        if value == "nobody":
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee_id=int(value))
        return queryset


class CurrentRatingFilter(admin.SimpleListFilter):
    title = _("current rating")
    parameter_name = "rating"

    def lookups(self, request, model_admin):
        return [
            *(
                (rating.slug, rating.localized_label)
                for rating in Rating.objects.order_by("-value")
            ),
            ("none", _("Not rated yet")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.exclude(verdicts__is_current=True)
        if value:
            # At most one current verdict per claim, so the join adds no duplicates.
            return queryset.filter(verdicts__is_current=True, verdicts__rating__slug=value)
        return queryset


class ClaimantKindFilter(admin.SimpleListFilter):
    title = _("claimant kind")
    parameter_name = "claimant_kind"

    def lookups(self, request, model_admin):
        return ClaimantKind.choices

    def queryset(self, request, queryset):
        if self.value() in ClaimantKind.values:
            return queryset.filter(claimant__kind=self.value())
        return queryset


class MyVerdictsFilter(admin.SimpleListFilter):
    title = _("me")
    parameter_name = "mine"

    def lookups(self, request, model_admin):
        return [("written", _("Written by me")), ("reviewed", _("Published by me"))]

    def queryset(self, request, queryset):
        if self.value() == "written":
            return queryset.filter(author=request.user)
        if self.value() == "reviewed":
            return queryset.filter(reviewer=request.user)
        return queryset


# --- inlines on the claim page ---------------------------------------------------------------


class ViewOnlyInline:
    """An inline that lists rows without letting them be added, changed or removed here."""

    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AppearanceInline(PeopleDisplayMixin, ViewOnlyInline, admin.TabularInline):
    model = Appearance
    fk_name = "claim"
    verbose_name = _("appearance")
    verbose_name_plural = _("appearances (where the claim was made)")
    fields = readonly_fields = ("article_link", "quote", "said_on", "added_by_name")
    show_change_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article", "added_by")
            .order_by("said_on", "article__published_on", "start")
        )

    @admin.display(description=_("article"))
    def article_link(self, obj):
        return admin_link(obj.article, shorten(obj.article.title, 60))

    @admin.display(description=_("quote"))
    def quote(self, obj):
        return quote_html(obj)


class EvidenceInlineForm(forms.ModelForm):
    """A row of evidence; once published with a verdict only its archive URL stays editable."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and self.instance.published_at is not None:
            for name, field in self.fields.items():
                if name not in services.EVIDENCE_PUBLISHED_EDITABLE and name not in (
                    "version",
                    "id",
                    "claim",
                    "DELETE",
                ):
                    field.disabled = True
                    field.help_text = _("Published with a verdict: read-only.")


def _fields_of(form) -> dict:
    """A new row's values from an inline form (the inline adds the parent key itself)."""
    skip = {form._meta.model._meta.pk.name, "version", "DELETE", "claim"}
    return {
        name: value
        for name, value in form.cleaned_data.items()
        if name not in skip and name in form._meta.fields
    }


class EvidenceInline(PeopleDisplayMixin, ServiceInlineMixin, admin.StackedInline):
    model = Evidence
    form = EvidenceInlineForm
    extra = 0
    fields = (
        ("title", "stance", "kind"),
        ("url", "publisher"),
        ("published_on", "accessed_on", "archive_url"),
        "excerpt",
        ("added_by_name", "publication"),
    )
    readonly_fields = ("added_by_name", "publication")
    classes = ("fc-evidence",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("added_by").order_by("created_at")

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault(
            "widgets",
            {"excerpt": admin.widgets.AdminTextareaWidget(attrs={"rows": 3})},
        )
        return super().get_formset(request, obj, **kwargs)

    @admin.display(description=_("public"))
    def publication(self, obj):
        if obj is None or obj.pk is None or obj.published_at is None:
            return _("Not yet: published with the next verdict.")
        return when(obj.published_at)

    def create_row(self, request, form, parent=None):
        return services.evidence_add(claim=parent, by=request.user, **_fields_of(form))

    def update_row(self, request, obj, **kwargs):
        return services.evidence_update(evidence=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.evidence_delete(evidence=obj, by=request.user, **kwargs)


class DraftVerdictInline(PeopleDisplayMixin, ServiceInlineMixin, admin.StackedInline):
    model = Verdict
    form = DraftVerdictInlineForm
    formset = DraftVerdictFormSet
    verbose_name = _("draft verdict")
    verbose_name_plural = _("draft verdicts (never public)")
    extra = 0
    view_on_site = False
    fields = (("rating", "headline"), "summary", "explanation", ("authors_names", "created_at"))
    readonly_fields = ("authors_names", "created_at")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(state=VerdictState.DRAFT)
            .select_related("rating", "author")
            .prefetch_related("authors")
            .order_by("created_at")
        )

    @admin.display(description=_("authors"))
    def authors_names(self, obj):
        if obj is None or obj.pk is None:
            return EMPTY
        return ", ".join(user.get_username() for user in obj.authors.all()) or EMPTY

    def create_row(self, request, form, parent=None):
        data = form.cleaned_data
        return services.verdict_draft(
            claim=parent,
            by=request.user,
            rating=data["rating"],
            headline=data["headline"],
            summary=data.get("summary", ""),
            explanation=data.get("explanation", ""),
        )

    def update_row(self, request, obj, **kwargs):
        return services.verdict_update(verdict=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.verdict_delete(verdict=obj, by=request.user, **kwargs)


class PublishedVerdictInline(PeopleDisplayMixin, ViewOnlyInline, admin.TabularInline):
    model = Verdict
    verbose_name = _("published verdict")
    verbose_name_plural = _("published verdicts")
    fields = readonly_fields = (
        "headline_link",
        "rating_swatch",
        "is_current",
        "author_name",
        "reviewer_name",
        "published_at",
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(state=VerdictState.PUBLISHED)
            .select_related("claim", "rating", "author", "reviewer")
            .order_by("-published_at")
        )

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.claim.is_public else None

    @admin.display(description=_("headline"))
    def headline_link(self, obj):
        return admin_link(obj, obj.headline)

    @admin.display(description=_("rating"))
    def rating_swatch(self, obj):
        return rating_label(obj.rating)


# --- claims ---------------------------------------------------------------------------------


@admin.register(Claim)
class ClaimAdmin(
    CheckWorthinessAdminMixin,
    ClaimPreviewMixin,
    TrackedFigureGroupingMixin,
    FigureProposalMixin,
    ClaimWorkflowAdminMixin,
    ServiceModelAdmin,
):
    form = ClaimForm
    list_display = (
        "short_text",
        "status_label",
        "kind",
        "claimant_link",
        "current_rating",
        "assignee",
        "last_activity",
    )
    list_display_links = ("short_text",)
    list_filter = (
        "status",
        "kind",
        ClaimantKindFilter,
        CurrentRatingFilter,
        AssigneeFilter,
        "topics",
        ("tracked_figure", UsedRelatedFilter),
    )
    list_select_related = ("claimant", "assignee")
    search_fields = ("text", "slug", "claimant__name", "tracked_figure__name")
    search_help_text = _("Search the claim's words, its claimant or its tracked figure.")
    date_hierarchy = "said_on"
    autocomplete_fields = ("claimant", "assignee", "topics", "tracked_figure")
    list_per_page = 50
    show_full_result_count = False
    save_on_top = True
    statement_fieldset = (
        _("Statement"),
        {"fields": ("text", ("claimant", "kind"), "said_on", "topics")},
    )
    figure_fieldset = (
        _("Figure"),
        {
            "fields": (
                ("figure_qualifier", "figure_value"),
                ("figure_low", "figure_high"),
                "figure_unit",
                "figure_place",
                ("figure_period_start", "figure_as_of"),
                "tracked_figure",
            ),
            "description": _(
                "For casualty figures and statistics: a value, or a range from low to high."
            ),
        },
    )
    tracking_fieldset = (
        _("Tracking"),
        {
            "fields": (
                ("status_label", "assignee"),
                "public_link",
                "slug",
                ("created_at", "updated_at", "last_activity_at"),
                "timeline_link",
            )
        },
    )
    fieldsets = (statement_fieldset, figure_fieldset, tracking_fieldset)
    readonly_fields = (
        "status_label",
        "public_link",
        "slug",
        "created_at",
        "updated_at",
        "last_activity_at",
        "timeline_link",
    )
    inlines = (AppearanceInline, EvidenceInline, DraftVerdictInline, PublishedVerdictInline)

    def get_queryset(self, request):
        return super().get_queryset(request).with_current_verdict()

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        if request.GET.get(SEARCH_VAR):
            return SearchCountPaginator(queryset, per_page, orphans, allow_empty_first_page)
        return super().get_paginator(request, queryset, per_page, orphans, allow_empty_first_page)

    def get_search_results(self, request, queryset, search_term):
        """Each word in the claim's text, its claimant's or tracked figure's name, or its slug.

        On PostgreSQL the claimants and figures named are looked up first (small tables,
        trigram-indexed), so every condition left is on the claim's own row and an index
        answers it (a trigram index on the text): a search costs the same in a million
        claims. Elsewhere, Django's search over ``search_fields``.
        """
        if connections[queryset.db].vendor != "postgresql":
            return super().get_search_results(request, queryset, search_term)
        for term in search_terms(search_term):
            people = Claimant.objects.filter(name__icontains=term).values_list("pk", flat=True)
            figures = TrackedFigure.objects.filter(name__icontains=term).values_list(
                "pk", flat=True
            )
            queryset = queryset.filter(
                Q(text__icontains=term)
                | Q(slug=term)
                | Q(claimant_id__in=list(people[:SEARCH_NAMES]))
                | Q(tracked_figure_id__in=list(figures[:SEARCH_NAMES]))
            )
        return queryset, False

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            # Status, slug and timestamps do not exist before the claim does.
            return (
                self.statement_fieldset,
                self.figure_fieldset,
                (_("Tracking"), {"fields": ("assignee",)}),
            )
        fieldsets = list(super().get_fieldsets(request, obj))
        if not ClaimKind(obj.kind).is_figure and not obj.has_figure:
            name, options = self.figure_fieldset
            fieldsets[fieldsets.index(self.figure_fieldset)] = (
                name,
                {**options, "classes": ("collapse",)},
            )
        return fieldsets

    def get_inlines(self, request, obj):
        if obj is None:
            return ()
        # Read-only lists with nothing in them are left out rather than shown as empty tables.
        empty = set()
        if not obj.appearances.exists():
            empty.add(AppearanceInline)
        if not obj.verdicts.filter(state=VerdictState.PUBLISHED).exists():
            empty.add(PublishedVerdictInline)
        return [inline for inline in super().get_inlines(request, obj) if inline not in empty]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status == ClaimStatus.PUBLISHED:
            # What readers are told stays as published until the claim is reopened.
            fields += [f for f in ClaimForm._meta.fields if f in services.CLAIM_PUBLISHED_FIELDS]
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            kwargs["queryset"] = services.assignable_users()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def lookup_allowed(self, lookup, value, request):
        # The "claims" links on article rows filter by the article they appear in.
        if lookup in ("appearances__article", "appearances__article__id__exact"):
            return True
        return super().lookup_allowed(lookup, value, request)

    def create_row(self, request, form, parent=None):
        data = {name: value for name, value in form.cleaned_data.items() if name != "version"}
        return services.claim_create(by=request.user, **data)

    def update_row(self, request, obj, **kwargs):
        return services.claim_update(claim=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.claim_delete(claim=obj, by=request.user, **kwargs)

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_public else None

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            context["verdict_panel"] = self.verdict_panel(request, obj)
            context["figure_proposals"] = self.figure_proposals(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def verdict_panel(self, request, claim) -> dict:
        """The draft verdict at the top of the claim page, with the ways to work on it."""
        draft = newest_draft(claim)
        info = f"{self.opts.app_label}_verdict"
        panel = {"draft": draft, "can_draft": request.user.has_perm("articles.add_verdict")}
        if draft is not None:
            panel["edit_url"] = reverse(
                f"admin:{info}_change", args=[draft.pk], current_app=self.admin_site.name
            )
            panel["preview_url"] = reverse(
                "admin:articles_claim_preview", args=[claim.pk], current_app=self.admin_site.name
            )
        elif claim.status not in (ClaimStatus.SUGGESTED, ClaimStatus.DISMISSED):
            panel["add_url"] = (
                reverse(f"admin:{info}_add", current_app=self.admin_site.name)
                + f"?claim={claim.pk}"
            )
        return panel

    @admin.display(description=_("claim"), ordering="text")
    def short_text(self, obj):
        return shorten(obj.text, 110)

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj):
        return format_html(
            '<span class="fc-status fc-status--{}">{}</span>', obj.status, obj.get_status_display()
        )

    @admin.display(description=_("claimant"), ordering="claimant__name")
    def claimant_link(self, obj):
        return admin_link(obj.claimant)

    @admin.display(description=_("last activity"), ordering="last_activity_at")
    def last_activity(self, obj):
        return when(obj.last_activity_at)

    # "rating", not "current rating": a short header keeps the list within a laptop screen.
    @admin.display(description=_("rating"))
    def current_rating(self, obj):
        verdict = obj.current_verdict
        if verdict is None:
            return EMPTY
        return rating_label(verdict.rating)

    @admin.display(description=_("public page"))
    def public_link(self, obj):
        if obj.pk is None or not obj.is_public:
            return _("Not public while the claim is suggested or dismissed.")
        url = obj.get_absolute_url()
        return format_html('<a href="{}">{}</a>', url, url)

    @admin.display(description=_("timeline"))
    def timeline_link(self, obj):
        if obj.pk is None:
            return EMPTY
        url = reverse("admin:articles_statuschange_changelist") + f"?claim__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, _("Every status change of this claim"))


# --- verdicts ---------------------------------------------------------------------------------


@admin.register(Verdict)
class VerdictAdmin(VerdictEditorMixin, PeopleDisplayMixin, ServiceModelAdmin):
    """Drafts are edited here; a published verdict is read-only and changes by correction."""

    form = VerdictForm
    list_display = (
        "headline",
        "claim_link",
        "rating_swatch",
        "state_label",
        "people",
        "published",
    )
    list_filter = ("state", "is_current", "rating", MyVerdictsFilter)
    list_select_related = ("claim", "rating", "author", "reviewer")
    search_fields = ("headline", "summary", "claim__text")
    date_hierarchy = "created_at"
    autocomplete_fields = ("claim",)
    list_per_page = 50
    show_full_result_count = False
    save_on_top = True
    fieldsets = (
        (None, {"fields": ("claim", "rating", "headline", "summary", "explanation")}),
        (
            _("Tracking"),
            {
                "fields": (
                    ("state", "is_current"),
                    ("author_name", "authors_names", "reviewer_name"),
                    "published_at",
                    ("created_at", "updated_at"),
                    "corrections_list",
                )
            },
        ),
    )
    readonly_fields = (
        "state",
        "is_current",
        "author_name",
        "authors_names",
        "reviewer_name",
        "published_at",
        "created_at",
        "updated_at",
        "corrections_list",
    )

    def get_queryset(self, request):
        # The rating is part of every verdict's name, in lists and autocompletes alike. (The
        # changelist skips list_select_related once the queryset selects anything itself.)
        return super().get_queryset(request).select_related(*self.list_select_related)

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("model_name") == "correction":
            queryset = queryset.filter(state=VerdictState.PUBLISHED)
        return queryset, may_have_duplicates

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return fields if obj is None else [*fields, "claim"]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return ((None, {"fields": ("claim", "rating", "headline", "summary", "explanation")}),)
        if obj.state == VerdictState.DRAFT:
            # A draft has no publication to speak of yet: who wrote it, and when.
            return (
                self.fieldsets[0],
                (
                    _("Tracking"),
                    {"fields": (("author_name", "authors_names"), ("created_at", "updated_at"))},
                ),
            )
        return super().get_fieldsets(request, obj)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.state == VerdictState.PUBLISHED:
            return False
        return super().has_change_permission(request, obj)

    def create_row(self, request, form, parent=None):
        data = form.cleaned_data
        return services.verdict_draft(
            claim=data["claim"],
            by=request.user,
            rating=data["rating"],
            headline=data["headline"],
            summary=data.get("summary", ""),
            explanation=data.get("explanation", ""),
        )

    def _back_to_claim(self, request, obj, response):
        # Writing a verdict is part of working on its claim: go back there after saving.
        if any(key in request.POST for key in ("_continue", "_addanother", "_popup")):
            return response
        if "_submit_for_review" in request.POST:
            try:
                services.claim_submit_for_review(claim=obj.claim, by=request.user)
            except (PermissionDenied, ValidationError) as error:
                self.message_user(request, refusal(error), messages.ERROR)
            else:
                self.message_user(
                    request,
                    gettext("The verdict is saved and the claim is now in review."),
                    messages.SUCCESS,
                )
        return HttpResponseRedirect(reverse("admin:articles_claim_change", args=[obj.claim_id]))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        claim = obj.claim if obj is not None and obj.pk else None
        if claim is None:
            claim_id = context["adminform"].form["claim"].value() if add else None
            claim = Claim.objects.filter(pk=claim_id).first() if claim_id else None
        context["can_submit_for_review"] = bool(
            claim is not None
            and claim.status == ClaimStatus.RESEARCHING
            and (obj is None or obj.state == VerdictState.DRAFT)
            and request.user.has_perm(services.EDIT)
        )
        if obj is not None:
            # Read by ``corrections_list``, which is only given the verdict.
            obj.can_correct = request.user.has_perm("articles.add_correction")
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_add(self, request, obj, post_url_continue=None):
        return self._back_to_claim(
            request, obj, super().response_add(request, obj, post_url_continue)
        )

    def response_change(self, request, obj):
        return self._back_to_claim(request, obj, super().response_change(request, obj))

    def update_row(self, request, obj, **kwargs):
        kwargs.pop("claim", None)  # a verdict stays with its claim
        return services.verdict_update(verdict=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.verdict_delete(verdict=obj, by=request.user, **kwargs)

    def view_on_site(self, obj):
        if obj.state == VerdictState.PUBLISHED and obj.claim.is_public:
            return obj.get_absolute_url()
        return None

    @admin.display(description=_("claim"), ordering="claim__text")
    def claim_link(self, obj):
        return admin_link(obj.claim, shorten(obj.claim.text, 70))

    @admin.display(description=_("rating"), ordering="rating__value")
    def rating_swatch(self, obj):
        return rating_label(obj.rating)

    @admin.display(description=_("published"), ordering="published_at")
    def published(self, obj):
        return when(obj.published_at)

    @admin.display(description=_("state"), ordering="state")
    def state_label(self, obj):
        if obj.is_current:
            return _("Published, current")
        return obj.get_state_display()

    @admin.display(description=_("authors"))
    def authors_names(self, obj):
        if obj is None or obj.pk is None:
            return EMPTY
        return ", ".join(user.get_username() for user in obj.authors.all()) or EMPTY

    @admin.display(description=_("author → reviewer"), ordering="author__username")
    def people(self, obj):
        if obj.reviewer is None:
            return obj.author.get_username()
        return f"{obj.author.get_username()} → {obj.reviewer.get_username()}"

    @admin.display(description=_("corrections"))
    def corrections_list(self, obj):
        if obj.pk is None:
            return EMPTY
        corrections = obj.corrections.order_by("published_at")
        listing = format_html_join(
            "",
            "<li>{}: {}</li>",
            ((c.published_at.date().isoformat(), shorten(c.note, 120)) for c in corrections),
        )
        add = ""
        if obj.state == VerdictState.PUBLISHED and getattr(obj, "can_correct", False):
            url = reverse("admin:articles_correction_add") + f"?verdict={obj.pk}"
            add = format_html('<a class="addlink" href="{}">{}</a>', url, _("Add a correction"))
        if not listing and not add:
            return EMPTY
        return format_html('<ul class="fc-plain">{}</ul>{}', listing, add)


@admin.register(Correction)
class CorrectionAdmin(PeopleDisplayMixin, ServiceModelAdmin):
    """Public notes on published verdicts, added by reviewers through ``verdict_correct``.

    A published correction is part of the public record: it is never changed or removed;
    a mistake in one is put right by another correction.
    """

    form = CorrectionForm
    list_display = ("note_excerpt", "verdict_link", "claim_link", "published", "author")
    list_select_related = ("verdict__claim", "verdict__rating", "author")
    search_fields = ("note", "verdict__headline", "verdict__claim__text")
    date_hierarchy = "published_at"
    autocomplete_fields = ("verdict",)
    list_per_page = 50
    fields = ("verdict", "note", "published_at", "author_name")
    readonly_fields = ("published_at", "author_name")

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return fields if obj is None else [*fields, "verdict"]

    def get_fields(self, request, obj=None):
        return ("verdict", "note") if obj is None else super().get_fields(request, obj)

    def has_change_permission(self, request, obj=None):
        if obj is not None:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def create_row(self, request, form, parent=None):
        return services.verdict_correct(
            verdict=form.cleaned_data["verdict"], by=request.user, note=form.cleaned_data["note"]
        )

    @admin.display(description=_("note"))
    def note_excerpt(self, obj):
        return shorten(obj.note, 90)

    @admin.display(description=_("published"), ordering="published_at")
    def published(self, obj):
        return when(obj.published_at)

    @admin.display(description=_("verdict"), ordering="verdict__headline")
    def verdict_link(self, obj):
        return admin_link(obj.verdict, shorten(obj.verdict.headline, 60))

    @admin.display(description=_("claim"))
    def claim_link(self, obj):
        return admin_link(obj.verdict.claim, shorten(obj.verdict.claim.text, 60))


@admin.register(StatusChange)
class StatusChangeAdmin(PeopleDisplayMixin, admin.ModelAdmin):
    """The tracking timeline, read-only: rows are written by the workflow services alone."""

    list_display = ("claim_link", "from_status", "to_status", "by", "when_at", "note_excerpt")
    list_filter = ("to_status", "from_status")
    list_select_related = ("claim", "by")
    search_fields = ("claim__text", "note")
    date_hierarchy = "at"
    list_per_page = 100
    show_full_result_count = False
    paginator = CappedCountPaginator
    fields = ("claim_link", "from_status", "to_status", "by_name", "at", "shown_note")
    readonly_fields = ("claim_link", "by_name", "shown_note")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("claim"), ordering="claim__text")
    def claim_link(self, obj):
        return admin_link(obj.claim, shorten(obj.claim.text, 70))

    @admin.display(description=_("at"), ordering="at")
    def when_at(self, obj):
        return when(obj.at, with_time=True)

    @admin.display(description=_("internal note"))
    def note_excerpt(self, obj):
        return shorten(obj.get_note_display(), 80) if obj.note else EMPTY

    @admin.display(description=_("internal note"))
    def shown_note(self, obj):
        # The workbench's own notes in the reader's language; an editor's as written.
        return obj.get_note_display() or EMPTY


# --- people to assign claims to ---------------------------------------------------------------


def is_assignee_lookup(request) -> bool:
    """Whether this is the claim page's autocomplete asking for an assignee."""
    match = getattr(request, "resolver_match", None)
    return bool(
        match is not None
        and match.url_name == "autocomplete"
        and request.GET.get("app_label") == Claim._meta.app_label
        and request.GET.get("model_name") == Claim._meta.model_name
        and request.GET.get("field_name") == "assignee"
    )


class UserAdmin(auth_admin.UserAdmin):
    """Django's user admin, plus: editors may search colleagues when assigning a claim.

    They cannot open the user list itself; the lookup offers only the people a claim can
    be assigned to (active Editors and Reviewers), searched by name.
    """

    def has_view_permission(self, request, obj=None):
        if obj is None and is_assignee_lookup(request):
            return request.user.has_perm(services.EDIT)
        return super().has_view_permission(request, obj)

    def get_queryset(self, request):
        if is_assignee_lookup(request):
            return services.assignable_users()
        return super().get_queryset(request)

    def get_search_fields(self, request):
        # Colleagues are looked up by name only: the lookup must not reveal e-mail addresses.
        if is_assignee_lookup(request):
            return ("username", "first_name", "last_name")
        return super().get_search_fields(request)


if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, UserAdmin)
