"""Admin for sources, claimants, topics, ratings, tracked figures, evidence, appearances.

Also the small helpers the other admin modules share: links to related rows,
the quote display, and ``adopt`` for rows a service created.
"""

from __future__ import annotations

from urllib.parse import quote as urlquote

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Model
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from articles import services, splitview
from articles.admin.workflow import VersionedAdminMixin
from articles.forms import AppearanceAddForm, ArticleChangeForm, ArticlePasteForm
from articles.models import (
    Appearance,
    Article,
    Claimant,
    Evidence,
    Outlet,
    Rating,
    Topic,
    TrackedFigure,
)

EMPTY = "—"

# --- shared helpers -------------------------------------------------------------------------


def admin_url(obj: Model) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def admin_link(obj: Model | None, text: str | None = None) -> str:
    """A link to ``obj``'s admin page, or a dash when there is nothing to link to."""
    if obj is None:
        return EMPTY
    return format_html('<a href="{}">{}</a>', admin_url(obj), text or str(obj))


def shorten(text: str, length: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def quote_html(appearance: Appearance) -> str:
    """The quoted span in its context, the words themselves marked; orphans flagged."""
    quote = format_html(
        '<span class="fc-quote">…{}<mark>{}</mark>{}…</span>',
        appearance.prefix[-40:],
        appearance.exact,
        appearance.suffix[:40],
    )
    if appearance.orphaned:
        return format_html(
            '<span class="fc-badge fc-badge--warn" title="{}">{}</span> {}',
            _("The quote could not be placed with confidence after the text changed."),
            _("orphaned"),
            quote,
        )
    return quote


def adopt(target: Model, source: Model) -> Model:
    """Copy a row a service just created onto the instance the admin holds.

    The admin keeps using its own instance after ``save_model`` (inline formsets
    point at it, the log entry names it), so the service's row is copied over
    rather than swapped in.
    """
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
    target._state.adding = False
    target._state.db = source._state.db
    return target


class HistoryWithoutRevertMixin:
    """History pages that show old versions but never write them back.

    Reverting saves every field of the old version, including workflow state,
    versions and hashes that only the services may change.
    """

    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class PeopleDisplayMixin:
    """Who did what, shown as names: editors cannot open user pages, so no links there."""

    @admin.display(description=_("added by"), ordering="added_by__username")
    def added_by_name(self, obj):
        return person(obj.added_by)

    @admin.display(description=_("author"), ordering="author__username")
    def author_name(self, obj):
        return person(obj.author)

    @admin.display(description=_("reviewer"), ordering="reviewer__username")
    def reviewer_name(self, obj):
        return person(obj.reviewer)

    @admin.display(description=_("by"), ordering="by__username")
    def by_name(self, obj):
        return person(obj.by)


def person(user) -> str:
    return user.get_username() if user is not None else EMPTY


def count_annotation(relation: str):
    return Count(relation, distinct=True)


# --- sources --------------------------------------------------------------------------------


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "website", "article_count", "updated_at")
    search_fields = ("name", "url")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 100

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=count_annotation("articles"))

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


class ArticleClaimInline(admin.TabularInline):
    """The claims that appear in an article, one row per appearance, read-only."""

    model = Appearance
    fk_name = "article"
    verbose_name = _("claim in this article")
    verbose_name_plural = _("claims in this article")
    fields = readonly_fields = ("claim_link", "claim_status", "quote", "said_on")
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim").order_by("start")

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
class ArticleAdmin(HistoryWithoutRevertMixin, SimpleHistoryAdmin):
    """Articles are pasted here or imported from seeds; text changes go through the services."""

    form = ArticleChangeForm
    add_form = ArticlePasteForm
    list_display = ("title", "published_on", "outlet_link", "origin", "claim_count", "updated")
    list_filter = (OriginFilter, ("outlet", admin.RelatedOnlyFieldListFilter), "language")
    list_select_related = ("outlet",)
    search_fields = ("title", "url", "origin", "outlet__name")
    date_hierarchy = "published_on"
    autocomplete_fields = ("outlet",)
    inlines = (ArticleClaimInline,)
    list_per_page = 50
    show_full_result_count = False
    save_on_top = True

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
            {"fields": ("slug", "origin", "content_hash", ("created_at", "updated_at"))},
        ),
    )
    readonly_fields = ("slug", "origin", "content_hash", "created_at", "updated_at")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(claim_count=count_annotation("appearances__claim"))
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
        return splitview.admin_urls(self) + super().get_urls()

    def save_model(self, request, obj, form, change):
        data = {name: form.cleaned_data[name] for name in form.changed_data}
        if change:
            article = services.article_update(article=obj, by=request.user, **data)
        else:
            article = services.article_create(by=request.user, **form.cleaned_data)
        adopt(obj, article)
        if change and "body" in data:
            self.warn_about_orphans(request, article)

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
        return super().get_queryset(request).annotate(claim_count=count_annotation("claims"))

    @admin.display(description=_("claims"), ordering="claim_count")
    def claim_count(self, obj):
        if not obj.claim_count:
            return 0
        url = reverse("admin:articles_claim_changelist") + f"?{self.claim_filter}={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.claim_count)


@admin.register(Claimant)
class ClaimantAdmin(ClaimCountMixin, admin.ModelAdmin):
    claim_filter = "claimant__id__exact"
    list_display = ("name", "kind", "description", "claim_count", "updated_at")
    list_filter = ("kind",)
    search_fields = ("name", "description")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 100
    show_full_result_count = False


@admin.register(Topic)
class TopicAdmin(ClaimCountMixin, admin.ModelAdmin):
    claim_filter = "topics__id__exact"
    list_display = ("name", "slug", "claim_count")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
    list_per_page = 100


@admin.register(TrackedFigure)
class TrackedFigureAdmin(ClaimCountMixin, admin.ModelAdmin):
    claim_filter = "tracked_figure__id__exact"
    list_display = ("name", "unit", "place", "claim_count", "updated_at")
    search_fields = ("name", "unit", "place")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 100


# --- the verdict scale --------------------------------------------------------------------------


def swatch(colour: str, *, with_code: bool = False) -> str:
    """A small square of ``colour`` as an SVG data URI (no inline style under the CSP)."""
    svg = (
        "<svg xmlns='http://www.w3.org/2000/svg' width='12' height='12'>"
        f"<rect width='12' height='12' rx='2' fill='{colour}'/></svg>"
    )
    image = format_html(
        '<img class="fc-swatch" src="data:image/svg+xml,{}" width="12" height="12" alt="">',
        urlquote(svg, safe="'=:/ <>"),
    )
    if with_code:
        return format_html("{} <code>{}</code>", image, colour)
    return image


def rating_label(rating: Rating) -> str:
    # A no-break space keeps the swatch with the label's first word.
    return format_html(
        '<span class="fc-rating">{}\u00a0{}</span>', swatch(rating.colour), rating.label
    )


def when(value, *, with_time: bool = False) -> str:
    """A date in few characters (and the time if asked), the full timestamp on hover."""
    if value is None:
        return EMPTY
    local = timezone.localtime(value)
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        local.isoformat(),
        formats.date_format(local, "DATETIME_FORMAT"),
        formats.date_format(local, "j M Y, H:i" if with_time else "j M Y"),
    )


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("label", "colour_swatch", "value", "slug", "is_active")
    list_filter = ("is_active",)
    search_fields = ("label", "slug")
    prepopulated_fields = {"slug": ("label",)}
    fields = ("label", "slug", "value", "colour", "colour_swatch", "is_active", "description")
    readonly_fields = ("colour_swatch",)

    @admin.display(description=_("colour"), ordering="colour")
    def colour_swatch(self, obj):
        return swatch(obj.colour, with_code=True) if obj.colour else EMPTY


# --- research -----------------------------------------------------------------------------------


@admin.register(Evidence)
class EvidenceAdmin(
    PeopleDisplayMixin, HistoryWithoutRevertMixin, VersionedAdminMixin, SimpleHistoryAdmin
):
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
        (_("Tracking"), {"fields": ("added_by_name", ("created_at", "updated_at"))}),
    )
    readonly_fields = ("added_by_name", "created_at", "updated_at")

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return fields if obj is None else (*fields, "claim")

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        data = dict(form.cleaned_data)
        evidence = services.evidence_add(claim=data.pop("claim"), by=request.user, **data)
        adopt(obj, evidence)

    @admin.display(description=_("claim"), ordering="claim__text")
    def claim_link(self, obj):
        return admin_link(obj.claim, shorten(obj.claim.text, 70))

    @admin.display(description=_("added"), ordering="created_at")
    def added(self, obj):
        return when(obj.created_at)


@admin.register(Appearance)
class AppearanceAdmin(PeopleDisplayMixin, admin.ModelAdmin):
    """Where claims were made. New ones are placed by quoting the article's words."""

    add_form = AppearanceAddForm
    list_display = ("quote", "claim_link", "article_link", "said_on", "orphaned", "added_by")
    list_filter = ("orphaned",)
    list_select_related = ("claim", "article", "added_by")
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

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        data = form.cleaned_data
        appearance = services.appearance_add(
            claim=data["claim"],
            article=data["article"],
            start=form.span[0],
            end=form.span[1],
            exact=data["exact"],
            said_on=data["said_on"],
            by=request.user,
        )
        adopt(obj, appearance)

    @admin.display(description=_("quote"))
    def quote(self, obj):
        return quote_html(obj)

    @admin.display(description=_("claim"), ordering="claim__text")
    def claim_link(self, obj):
        return admin_link(obj.claim, shorten(obj.claim.text, 70))

    @admin.display(description=_("article"), ordering="article__title")
    def article_link(self, obj):
        return admin_link(obj.article, shorten(obj.article.title, 60))
