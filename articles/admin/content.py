"""Admin for sources, claimants, topics, ratings, tracked figures, evidence, appearances.

Every add, change and removal goes through a service (``base.ServiceModelAdmin``).
Slugs are made by the services from names and then kept, so they are shown, not edited.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections
from django.db.models import OuterRef, Q
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles import services, splitview
from articles.admin.base import ServiceModelAdmin
from articles.admin.display import (
    EMPTY,
    PeopleDisplayMixin,
    admin_link,
    quote_html,
    shorten,
    swatch,
    when,
)
from articles.admin.suggestion_admin import ClaimantMergeAdminMixin
from articles.admin.tasks import SuggestInBackgroundMixin
from articles.forms import AppearanceAddForm, ArticleChangeForm, ArticlePasteForm
from articles.importers import DEFAULT_MAX_BYTES, derive_title
from articles.models import (
    Appearance,
    Article,
    Claim,
    Claimant,
    Evidence,
    Outlet,
    Rating,
    SubqueryCount,
    Topic,
    TrackedFigure,
)

# --- sources --------------------------------------------------------------------------------


class UniqueNameForm(forms.ModelForm):
    """Says on the form, before any save, that the name is taken (the service refuses it too)."""

    def clean(self):
        cleaned = super().clean()
        model = self._meta.model
        field = "label" if model is Rating else "name"
        if cleaned.get(field) and field in self.changed_data:
            try:
                services.refuse_name_taken(
                    model, " ".join(cleaned[field].split()), exclude_pk=self.instance.pk
                )
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


class ReferenceAdminMixin:
    """Outlets, topics, ratings and tracked figures: written by the ``reference_*`` services."""

    form = UniqueNameForm

    def get_fields(self, request, obj=None):
        fields = [f for f in super().get_fields(request, obj) if f != "slug"]
        return fields if obj is None else [*fields, "slug"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields if obj is None else [*fields, "slug"]

    def create_row(self, request, form, parent=None):
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("slug", "version")}
        return services.reference_create(model=self.model, by=request.user, **data)

    def update_row(self, request, obj, **kwargs):
        kwargs.pop("slug", None)
        return services.reference_update(instance=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.reference_delete(instance=obj, by=request.user, **kwargs)


@admin.register(Outlet)
class OutletAdmin(ReferenceAdminMixin, ServiceModelAdmin):
    list_display = ("name", "website", "article_count", "updated_at")
    search_fields = ("name", "url")
    fields = ("name", "url", "created_at", "updated_at")
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 100

    def get_queryset(self, request):
        # Counted for the rows shown, not for every outlet joined to every article.
        return (
            super()
            .get_queryset(request)
            .annotate(
                article_count=SubqueryCount(
                    Article.objects.filter(outlet=OuterRef("pk")).order_by().values("pk")
                )
            )
        )

    @admin.display(description=_("website"), ordering="url")
    def website(self, obj):
        if not obj.url:
            return EMPTY
        return format_html('<a href="{0}" rel="noopener noreferrer">{0}</a>', obj.url)

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, obj):
        url = reverse("admin:articles_article_changelist") + f"?outlet__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.article_count)


class OriginFilter(admin.SimpleListFilter):
    title = _("origin")
    parameter_name = "origin"

    def lookups(self, request, model_admin):
        return [("admin", _("Pasted in the admin")), ("seed", _("Imported seed file"))]

    def queryset(self, request, queryset):
        if self.value() == "admin":
            return queryset.filter(origin=Article.ORIGIN_ADMIN)
        if self.value() == "seed":
            return queryset.exclude(origin=Article.ORIGIN_ADMIN)
        return queryset


class LanguageFilter(admin.SimpleListFilter):
    """The site's languages, offered without reading every article for the ones in use."""

    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return list(settings.LANGUAGES)

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


# The article page lists this many of its claims; the claims list has them all.
ARTICLE_PAGE_CLAIMS = 100


class FirstClaimsFormSet(BaseInlineFormSet):
    """The first ``ARTICLE_PAGE_CLAIMS`` appearances, read once, each knowing its article."""

    def get_queryset(self):
        if not hasattr(self, "_first_rows"):
            self._first_rows = list(super().get_queryset()[:ARTICLE_PAGE_CLAIMS])
            for appearance in self._first_rows:
                # Each row is titled with its article: this one, already loaded.
                appearance.article = self.instance
        return self._first_rows


class ArticleClaimInline(admin.TabularInline):
    """The claims that appear in an article, one row per appearance, read-only.

    An article split to the sentence holds a thousand claims: the page lists the first
    ``ARTICLE_PAGE_CLAIMS`` by position and links to the claims list for all of them.
    """

    model = Appearance
    formset = FirstClaimsFormSet
    fk_name = "article"
    verbose_name = _("claim in this article")
    verbose_name_plural = _("claims in this article")
    fields = readonly_fields = ("claim_link", "claim_status", "quote", "said_on")
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim").order_by("start", "id")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("claim"))
    def claim_link(self, obj):
        return admin_link(obj.claim)

    @admin.display(description=_("status"))
    def claim_status(self, obj):
        return obj.claim.get_status_display()

    @admin.display(description=_("quote"))
    def quote(self, obj):
        return quote_html(obj)


@admin.register(Article)
class ArticleAdmin(SuggestInBackgroundMixin, ServiceModelAdmin):
    """Articles are pasted here or imported from seeds; text changes go through the services."""

    form = ArticleChangeForm
    add_form = ArticlePasteForm
    list_display = ("title", "published_on", "outlet_link", "origin", "claim_count", "updated")
    list_filter = (OriginFilter, ("outlet", admin.RelatedOnlyFieldListFilter), LanguageFilter)
    list_select_related = ("outlet",)
    search_fields = ("title", "url", "origin", "outlet__name")
    date_hierarchy = "published_on"

    def get_search_results(self, request, queryset, search_term):
        """Each word in the title, the address, the seed file or the outlet's name.

        On PostgreSQL the outlets named are looked up first (a small table), so every
        condition left is on the article's own row, each answered by a trigram index
        (migration 0020) rather than a pass over every article. Elsewhere, Django's search
        over ``search_fields``.
        """
        if connections[queryset.db].vendor != "postgresql":
            return super().get_search_results(request, queryset, search_term)
        from articles.admin.claims import SEARCH_NAMES, search_terms

        for term in search_terms(search_term):
            outlets = Outlet.objects.filter(name__icontains=term).values_list("pk", flat=True)
            queryset = queryset.filter(
                Q(title__icontains=term)
                | Q(url__icontains=term)
                | Q(origin__icontains=term)
                | Q(outlet_id__in=list(outlets[:SEARCH_NAMES]))
            )
        return queryset, False

    autocomplete_fields = ("outlet",)
    inlines = (ArticleClaimInline,)
    list_per_page = 50
    show_full_result_count = False
    save_on_top = True
    actions = ("rebuild_suggestions",)

    add_fieldsets = (
        (
            None,
            {
                "fields": ("body", "title"),
                "description": _(
                    "Paste a source article. It becomes a source you can split into claims; "
                    "a text that is already in the workbench is refused."
                ),
            },
        ),
        (_("Source"), {"fields": (("published_on", "language"), "outlet", "url")}),
    )
    fieldsets = (
        (None, {"fields": ("title", "body")}),
        (_("Source"), {"fields": (("published_on", "language"), "outlet", "url")}),
        (
            _("Tracking"),
            {
                "fields": (
                    "claims_here",
                    "slug",
                    "origin",
                    "content_hash",
                    ("created_at", "updated_at"),
                )
            },
        ),
    )
    readonly_fields = ("claims_here", "slug", "origin", "content_hash", "created_at", "updated_at")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_count=SubqueryCount(
                    Appearance.objects.filter(article=OuterRef("pk"))
                    .order_by()
                    .values("claim_id")
                    .distinct()
                )
            )
        )

    def get_fieldsets(self, request, obj=None):
        return self.add_fieldsets if obj is None else super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else super().get_readonly_fields(request, obj)

    def get_inlines(self, request, obj):
        return () if obj is None else super().get_inlines(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = self.add_form
        return super().get_form(request, obj, change=change, **kwargs)

    def get_urls(self):
        # The split view's pages come first: the default URLs end in a catch-all.
        title = path(
            "title/",
            self.admin_site.admin_view(self.title_view),
            name="articles_article_title",
        )
        return [title, *splitview.admin_urls(self), *super().get_urls()]

    def title_view(self, request):
        """The title a pasted text would get (``body``): its whole first sentence.

        The paste page (``static/articles/admin/paste.js``) proposes it in the title field
        as the editor pastes, so the title is seen and can be edited before saving.
        """
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_add_permission(request):
            raise PermissionDenied
        body = request.POST.get("body", "")[:DEFAULT_MAX_BYTES]
        return JsonResponse({"title": derive_title(body) if body.strip() else ""})

    def create_row(self, request, form, parent=None):
        return services.article_create(by=request.user, **form.cleaned_data)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        response = super().render_change_form(request, context, add, change, form_url, obj)
        if add:
            # The admin focuses the form's first control: the text box, not a button row above it.
            response.context_data["save_on_top"] = False
            response.context_data["title_url"] = reverse(
                "admin:articles_article_title", current_app=self.admin_site.name
            )
        return response

    def response_add(self, request, obj, post_url_continue=None):
        if "_split" in request.POST:
            # "Save and split into claims", the add page's first button.
            self.message_user(
                request,
                _("The article “%(title)s” was added; split it into claims.") % {"title": obj},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:articles_article_split", args=[obj.pk]))
        return super().response_add(request, obj, post_url_continue)

    def update_row(self, request, obj, **kwargs):
        result = services.article_update(article=obj, by=request.user, **kwargs)
        if not result.dry_run and "body" in result.changed:
            self.warn_about_orphans(request, result.instance)
        return result

    def delete_row(self, request, obj, **kwargs):
        return services.article_delete(article=obj, by=request.user, **kwargs)

    def warn_about_orphans(self, request, article):
        orphaned = article.appearances.filter(orphaned=True).count()
        if orphaned:
            self.message_user(
                request,
                ngettext(
                    "%(count)d quote could not be placed in the new text; it is marked orphaned.",
                    "%(count)d quotes could not be placed in the new text; they are marked "
                    "orphaned.",
                    orphaned,
                )
                % {"count": orphaned},
                messages.WARNING,
            )

    @admin.display(description=_("claims"))
    def claims_here(self, obj):
        count = obj.appearances.values("claim_id").distinct().count()
        if not count:
            return 0
        url = reverse("admin:articles_claim_changelist") + f"?appearances__article={obj.pk}"
        link = format_html('<a href="{}">{}</a>', url, _("all of them in the claims list"))
        if count <= ARTICLE_PAGE_CLAIMS:
            return format_html("{} ({})", count, link)
        return format_html(
            "{} ({}; {})",
            count,
            _("the first %(shown)d are listed below") % {"shown": ARTICLE_PAGE_CLAIMS},
            link,
        )

    @admin.display(description=_("outlet"), ordering="outlet__name")
    def outlet_link(self, obj):
        return admin_link(obj.outlet)

    @admin.display(description=_("updated"), ordering="updated_at")
    def updated(self, obj):
        return when(obj.updated_at)

    @admin.display(description=_("claims"), ordering="claim_count")
    def claim_count(self, obj):
        if not obj.claim_count:
            return 0
        url = reverse("admin:articles_claim_changelist") + f"?appearances__article={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.claim_count)


# --- people and subjects ----------------------------------------------------------------------


class ClaimCountMixin:
    """A linked ``claims`` column counting the rows' claims in the changelist query."""

    claim_filter: str = ""

    def get_queryset(self, request):
        # A subquery per row shown: a join of every claim, grouped, costs the whole table.
        relation = self.claim_filter.split("__")[0]
        return (
            super()
            .get_queryset(request)
            .annotate(
                claim_count=SubqueryCount(
                    Claim.objects.filter(**{relation: OuterRef("pk")}).order_by().values("pk")
                )
            )
        )

    @admin.display(description=_("claims"), ordering="claim_count")
    def claim_count(self, obj):
        if not obj.claim_count:
            return 0
        url = reverse("admin:articles_claim_changelist") + f"?{self.claim_filter}={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.claim_count)


@admin.register(Claimant)
class ClaimantAdmin(ClaimantMergeAdminMixin, ClaimCountMixin, ServiceModelAdmin):
    form = UniqueNameForm
    claim_filter = "claimant__id__exact"
    list_display = ("name", "kind", "description", "claim_count", "updated_at")
    list_filter = ("kind",)
    search_fields = ("name", "description")
    fields = ("name", "kind", "description", "url", "slug", "created_at", "updated_at")
    readonly_fields = ("slug", "created_at", "updated_at")
    list_per_page = 100
    show_full_result_count = False

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        return fields if obj is not None else ("name", "kind", "description", "url")

    def create_row(self, request, form, parent=None):
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        return services.claimant_create(by=request.user, **data)

    def update_row(self, request, obj, **kwargs):
        return services.claimant_update(claimant=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.claimant_delete(claimant=obj, by=request.user, **kwargs)


@admin.register(Topic)
class TopicAdmin(ReferenceAdminMixin, ClaimCountMixin, ServiceModelAdmin):
    claim_filter = "topics__id__exact"
    list_display = ("name", "slug", "claim_count")
    search_fields = ("name",)
    fields = ("name",)
    list_per_page = 100


@admin.register(TrackedFigure)
class TrackedFigureAdmin(ReferenceAdminMixin, ClaimCountMixin, ServiceModelAdmin):
    claim_filter = "tracked_figure__id__exact"
    list_display = ("name", "unit", "place", "claim_count", "updated_at")
    search_fields = ("name", "unit", "place")
    fields = ("name", "unit", "place", "description", "created_at", "updated_at")
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 100


# --- the verdict scale --------------------------------------------------------------------------


@admin.register(Rating)
class RatingAdmin(ReferenceAdminMixin, ServiceModelAdmin):
    list_display = ("label", "colour_swatch", "value", "slug", "is_active")
    list_filter = ("is_active",)
    search_fields = ("label", "label_uk", "slug")
    fields = ("label", "label_uk", "value", "colour", "colour_swatch", "is_active",
              "description", "description_uk")  # fmt: skip
    readonly_fields = ("colour_swatch",)

    @admin.display(description=_("colour"), ordering="colour")
    def colour_swatch(self, obj):
        return swatch(obj.colour, with_code=True) if obj.colour else EMPTY


# --- research -----------------------------------------------------------------------------------


@admin.register(Evidence)
class EvidenceAdmin(PeopleDisplayMixin, ServiceModelAdmin):
    list_display = (
        "title",
        "claim_link",
        "stance",
        "kind",
        "publisher",
        "added_by",
        "added",
    )
    list_filter = ("stance", "kind")
    list_select_related = ("claim", "added_by")
    # Newest first, along an index; the model's order (by claim) sorts the whole table.
    ordering = ("-created_at", "-id")
    search_fields = ("title", "publisher", "url", "claim__text")
    date_hierarchy = "created_at"
    autocomplete_fields = ("claim",)
    list_per_page = 50
    show_full_result_count = False
    save_on_top = True
    fieldsets = (
        (None, {"fields": ("claim", "title", ("stance", "kind"), "excerpt")}),
        (
            _("Source"),
            {"fields": ("url", "publisher", ("published_on", "accessed_on"), "archive_url")},
        ),
        (
            _("Tracking"),
            {"fields": ("added_by_name", "published_at", ("created_at", "updated_at"))},
        ),
    )
    readonly_fields = ("added_by_name", "published_at", "created_at", "updated_at")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is None:
            return fields
        fields.append("claim")
        if obj.published_at is not None:
            # Published with a verdict: part of the record; only a copy of the source may be added.
            fields += sorted(
                services.EVIDENCE_EDITABLE_FIELDS - services.EVIDENCE_PUBLISHED_EDITABLE
            )
        return fields

    def create_row(self, request, form, parent=None):
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        return services.evidence_add(claim=data.pop("claim"), by=request.user, **data)

    def update_row(self, request, obj, **kwargs):
        return services.evidence_update(evidence=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.evidence_delete(evidence=obj, by=request.user, **kwargs)

    @admin.display(description=_("claim"), ordering="claim__text")
    def claim_link(self, obj):
        return admin_link(obj.claim, shorten(obj.claim.text, 70))

    @admin.display(description=_("added"), ordering="created_at")
    def added(self, obj):
        return when(obj.created_at)


@admin.register(Appearance)
class AppearanceAdmin(PeopleDisplayMixin, ServiceModelAdmin):
    """Where claims were made. New ones are placed by quoting the article's words."""

    add_form = AppearanceAddForm
    list_display = ("quote", "claim_link", "article_link", "said_on", "placement", "added_by")
    list_filter = ("orphaned",)
    list_select_related = ("claim", "article", "added_by")
    # Newest first, along the primary key; the model's order (by article) sorts the whole table.
    ordering = ("-id",)
    search_fields = ("exact", "claim__text", "article__title")
    date_hierarchy = "said_on"
    autocomplete_fields = ("claim", "article")
    list_per_page = 50
    show_full_result_count = False
    fieldsets = (
        (None, {"fields": ("claim", "article", "said_on")}),
        (
            _("Where in the text"),
            {"fields": ("quote", ("start", "end"), "prefix", "exact", "suffix", "orphaned")},
        ),
        (_("Tracking"), {"fields": ("added_by_name", ("created_at", "updated_at"))}),
    )
    # The span and its quote move together, only through the services.
    readonly_fields = (
        "claim",
        "article",
        "quote",
        "start",
        "end",
        "prefix",
        "exact",
        "suffix",
        "orphaned",
        "added_by_name",
        "created_at",
        "updated_at",
    )

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return ((None, {"fields": ("claim", "article", "exact", "said_on")}),)
        return super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else super().get_readonly_fields(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = self.add_form
        return super().get_form(request, obj, change=change, **kwargs)

    def create_row(self, request, form, parent=None):
        data = form.cleaned_data
        return services.appearance_add(
            claim=data["claim"],
            article=data["article"],
            start=form.span[0],
            end=form.span[1],
            exact=data["exact"],
            said_on=data["said_on"],
            by=request.user,
        )

    def update_row(self, request, obj, **kwargs):
        return services.appearance_update(appearance=obj, by=request.user, **kwargs)

    def delete_row(self, request, obj, **kwargs):
        return services.appearance_delete(appearance=obj, by=request.user, **kwargs)

    @admin.display(description=_("quote"))
    def quote(self, obj):
        return quote_html(obj)

    @admin.display(description=_("in the text"), ordering="orphaned")
    def placement(self, obj):
        # Placed is the normal case and reads as such; only an orphan asks for attention.
        if obj.orphaned:
            return format_html('<span class="fc-badge fc-badge--warn">{}</span>', _("orphaned"))
        return _("placed")

    @admin.display(description=_("claim"), ordering="claim__text")
    def claim_link(self, obj):
        return admin_link(obj.claim, shorten(obj.claim.text, 70))

    @admin.display(description=_("article"), ordering="article__title")
    def article_link(self, obj):
        return admin_link(obj.article, shorten(obj.article.title, 60))
