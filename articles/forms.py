"""Forms of the editors' admin: pasting an article, quoting an appearance, drafting verdicts.

They validate what an editor can fix on the page (a duplicate text, a quote
that is not in the article, a rating no longer offered); the services they
feed check again and write.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from articles.importers import content_hash, normalise_body, normalise_newlines
from articles.models import (
    Appearance,
    Article,
    Claim,
    ClaimStatus,
    Correction,
    Rating,
    Verdict,
    VerdictState,
)
from articles.services.editing import CLAIM_FORM_FIELDS

# --- articles -------------------------------------------------------------------------------


def duplicate_error(existing: Article) -> forms.ValidationError:
    """The error for a text that is already stored, linking to the article that holds it."""
    return forms.ValidationError(
        format_html(
            '{} <a href="{}">{}</a> ({}).',
            _("This text is already in the workbench as"),
            reverse("admin:articles_article_change", args=[existing.pk]),
            existing.title,
            existing.published_on.isoformat(),
        ),
        code="duplicate",
    )


class BodyField(forms.CharField):
    """An article body, normalised as the importer does (so CRLF from a browser is no change)."""

    def to_python(self, value):
        return normalise_body(super().to_python(value))


class ArticleBodyMixin:
    """Normalise the body as the importer does and refuse a text another article has."""

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body:
            raise forms.ValidationError(_("Paste the article's text."), code="required")
        existing = (
            Article.objects.filter(content_hash=content_hash(body))
            .exclude(pk=self.instance.pk)
            .only("pk", "title", "published_on")
            .first()
        )
        if existing is not None:
            raise duplicate_error(existing)
        return body


# The same text box for pasting a new article and correcting an imported one.
ARTICLE_WIDGETS = {
    "body": forms.Textarea(attrs={"rows": 22, "class": "fc-body"}),
    "title": forms.TextInput(attrs={"class": "vLargeTextField"}),
    "language": forms.TextInput(attrs={"size": 6}),
}


class ArticlePasteForm(ArticleBodyMixin, forms.ModelForm):
    """A new article pasted by an editor; the title may be left for the first sentence."""

    class Meta:
        model = Article
        fields = ("body", "title", "published_on", "outlet", "url", "language")
        field_classes = {"body": BodyField}
        widgets = ARTICLE_WIDGETS
        help_texts = {
            "body": _(
                "The article's text exactly as published, paragraphs separated by blank lines. "
                "It is stored as pasted and never rewritten, so claims can point into it."
            ),
            "title": _(
                "Proposed from the text's first sentence as you paste; edit it as you like. "
                "Left empty, the first sentence is used."
            ),
            "url": _("Where the article was published, if online."),
            "language": _("Language code, e.g. en or uk. Leave empty to guess from the text."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["language"].required = False
        self.fields["language"].initial = ""
        # Pasting the text is the first thing to do on this page.
        self.fields["body"].widget.attrs["autofocus"] = True


class ArticleChangeForm(ArticleBodyMixin, forms.ModelForm):
    class Meta:
        model = Article
        fields = ("title", "body", "published_on", "outlet", "url", "language")
        field_classes = {"body": BodyField}
        widgets = ARTICLE_WIDGETS
        help_texts = {
            "body": _(
                "Change the text only to correct an import: the claims quoted from it are "
                "placed again, and a quote that cannot be found is marked as orphaned."
            ),
        }


# --- claims ---------------------------------------------------------------------------------


class ClaimForm(forms.ModelForm):
    FIGURE_NUMBERS = ("figure_value", "figure_low", "figure_high")

    class Meta:
        model = Claim
        fields = CLAIM_FORM_FIELDS
        widgets = {"text": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "1000", not "1000.0000": the column keeps four decimal places for fractions.
        for name in self.FIGURE_NUMBERS:
            value = self.initial.get(name)
            if isinstance(value, Decimal):
                self.initial[name] = format(value.normalize(), "f")


# --- appearances ----------------------------------------------------------------------------


class AppearanceAddForm(forms.ModelForm):
    """Place a claim in an article by quoting the article's own words."""

    class Meta:
        model = Appearance
        fields = ("claim", "article", "exact", "said_on")
        labels = {"exact": _("Quote")}
        widgets = {"exact": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"})}
        help_texts = {
            "exact": _("Copy the words exactly as they stand in the article's text."),
            "said_on": _("Leave empty for the article's date."),
        }

    span: tuple[int, int] | None = None

    def clean(self):
        cleaned = super().clean()
        article, exact, claim = cleaned.get("article"), cleaned.get("exact"), cleaned.get("claim")
        if not (article and exact):
            return cleaned
        exact = normalise_newlines(exact)
        cleaned["exact"] = exact
        start = article.body.find(exact)
        if start < 0:
            raise forms.ValidationError(
                {
                    "exact": _(
                        "These words do not occur in “%(article)s”; "
                        "copy them exactly from its text."
                    )
                    % {"article": article.title}
                }
            )
        occurrences = article.body.count(exact)
        if occurrences > 1:
            raise forms.ValidationError(
                {
                    "exact": _(
                        "These words occur %(count)d times in the article; quote a few more so "
                        "the place is unambiguous."
                    )
                    % {"count": occurrences}
                }
            )
        self.span = (start, start + len(exact))
        if (
            claim
            and Appearance.objects.filter(
                claim=claim, article=article, start=start, end=self.span[1]
            ).exists()
        ):
            raise forms.ValidationError(
                _("This claim is already recorded at these words."), code="duplicate"
            )
        return cleaned


# --- verdicts -------------------------------------------------------------------------------


class RatingChoiceMixin:
    """Offer the active ratings, plus the one a draft already has if it was retired since."""

    def limit_ratings(self):
        field = self.fields.get("rating")
        if field is None:
            return
        offered = Q(is_active=True)
        if self.instance.rating_id:
            offered |= Q(pk=self.instance.rating_id)
        field.queryset = Rating.objects.filter(offered)


NOT_DRAFTABLE = (ClaimStatus.SUGGESTED, ClaimStatus.DISMISSED)


def draft_refusal() -> forms.ValidationError:
    return forms.ValidationError(
        _("Accept the claim before drafting a verdict."), code="not_accepted"
    )


class VerdictForm(RatingChoiceMixin, forms.ModelForm):
    class Meta:
        model = Verdict
        fields = ("claim", "rating", "headline", "summary", "explanation")
        widgets = {
            "headline": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "explanation": forms.Textarea(attrs={"rows": 18}),
        }
        help_texts = {
            "summary": _("One or two sentences readers see under the rating."),
            "explanation": _(
                "Markdown: **bold**, *italic*, [links](https://…), lists. The preview below "
                "shows it as readers will see it."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_ratings()

    def clean_claim(self):
        claim = self.cleaned_data["claim"]
        if self.instance.pk is None and claim.status in NOT_DRAFTABLE:
            raise draft_refusal()
        return claim


class DraftVerdictInlineForm(RatingChoiceMixin, forms.ModelForm):
    class Meta:
        model = Verdict
        fields = ("rating", "headline", "summary", "explanation")
        widgets = {
            "headline": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "summary": forms.Textarea(attrs={"rows": 2}),
            "explanation": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_ratings()


class DraftVerdictFormSet(forms.BaseInlineFormSet):
    """Refuses new drafts on a claim that is suggested or dismissed."""

    def clean(self):
        super().clean()
        new_drafts = [
            form
            for form in self.extra_forms
            if form.has_changed() and not self._should_delete_form(form)
        ]
        if new_drafts and self.instance.pk and self.instance.status in NOT_DRAFTABLE:
            raise draft_refusal()


class CorrectionForm(forms.ModelForm):
    class Meta:
        model = Correction
        fields = ("verdict", "note")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "verdict" in self.fields:
            self.fields["verdict"].queryset = Verdict.objects.filter(
                state=VerdictState.PUBLISHED
            ).select_related("rating")
            self.fields["verdict"].help_text = _("Only a published verdict can be corrected.")

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError(_("A correction needs a note."), code="required")
        return note
