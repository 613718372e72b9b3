"""The split view: splitting an article into claims in the admin."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import services
from articles.importers import parse_seed
from articles.models import Appearance, Claim, Claimant, ClaimStatus, StatusChange
from articles.splitview import _reason_title
from articles.suggest import Reason, split_sentences
from tests import factories

SEED = Path(settings.BASE_DIR) / "seeds" / "000_ef148b2b24f95f6d.txt"
ZELENSKYY = "Regular military units are on the outskirts of the city"
EXHUMED = "In late October, the government said more than 1,000 civilian bodies"
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def article(db):
    seed = parse_seed(SEED.name, SEED.read_bytes())
    return factories.ArticleFactory(
        title=seed.title,
        slug=seed.slug,
        body=seed.body,
        published_on=seed.published_on,
        content_hash=seed.content_hash,
        origin=seed.name,
    )


def url(article, name="split"):
    return reverse(f"admin:articles_article_{name}", args=[article.pk])


def sentence_span(article, beginning):
    """The offsets of the sentence of the seed that starts with ``beginning``."""
    start = article.body.index(beginning)
    end = article.body.index(".", start + len(beginning)) + 1
    return start, end


def span_post(article, start, end, **extra):
    return {"start": start, "end": end, "exact": article.body[start:end], **extra}


# --- who may open it -----------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_the_login_page(client, article):
    response = client.get(url(article))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_staff_without_claim_permissions_is_refused(client, article):
    client.force_login(factories.UserFactory(username="intern"))

    assert client.get(url(article)).status_code == 403


def test_staff_without_claim_permissions_cannot_create_claims(client, article):
    client.force_login(factories.UserFactory(username="intern"))
    start, end = sentence_span(article, ZELENSKYY)

    response = client.post(url(article, "split_create"), span_post(article, start, end, text="x"))

    assert response.status_code == 403
    assert not Claim.objects.exists()


def test_unknown_article_is_not_found(editor_client, article):
    response = editor_client.get(reverse("admin:articles_article_split", args=[article.pk + 99]))

    assert response.status_code == 404


def test_article_change_page_links_to_the_split_view(editor_client, article):
    response = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))

    assert response.status_code == 200
    assert f'href="{url(article)}"' in response.content.decode()
    assert "Split into claims" in response.content.decode()


# --- what it shows -------------------------------------------------------------------------


def test_page_shows_every_sentence_with_its_offsets_into_the_body(editor_client, article):
    html = editor_client.get(url(article)).content.decode()

    starts = re.findall(r'class="sentence[^"]*" id="s-\d+" tabindex="0" data-start="(\d+)"', html)
    assert [int(start) for start in starts] == [s.start for s in split_sentences(article.body)]
    start, end = sentence_span(article, ZELENSKYY)
    assert f'data-start="{start}" data-end="{end}"' in html


def test_page_ranks_suggestions_with_the_exhumation_figure_first(editor_client, article):
    html = editor_client.get(url(article)).content.decode()

    suggestions = re.findall(r'<p class="split-claim-text">([^<]+)</p>', html)
    assert suggestions[0].startswith(EXHUMED)


def test_page_highlights_what_made_a_sentence_checkworthy(editor_client, article):
    html = editor_client.get(url(article)).content.decode()

    # The tooltip names the kind of reason; the marked words are what the rules read.
    assert re.search(
        r'reason-figure" title="Figure"[^>]*>more than 1,000 civilian bodies</mark>', html
    )
    assert re.search(r'reason-attribution"[^>]*>President Volodymyr Zelenskyy said</mark>', html)
    assert 'class="reason reason-quotation"' in html  # the legend


@pytest.mark.parametrize(
    ("added", "shown", "chip"),
    [
        (
            "The regional prosecutor's office has opened a criminal investigation into the "
            "shelling.",
            "has opened a criminal investigation into the shelling.",
            "Investigation opened",
        ),
        (
            "The regional council has banned logging in all its forests.",
            "The regional council has banned logging in all its forests.",
            "Ban or suspension ordered",
        ),
        (
            "According to the prosecution, the director hid the invoices abroad.",
            "According to the prosecution, the director hid the invoices abroad.",
            "Investigators&#x27; findings",
        ),
        (
            "Among the dead were a bus driver and two of his passengers.",
            "Among the dead were a bus driver and two of his passengers.",
            "Who the victims were",
        ),
        (
            "The court also ordered the confiscation of his boat.",
            "The court also ordered the confiscation of his boat.",
            "Court order",
        ),
    ],
    ids=["investigation", "ban", "findings", "victims", "court_order"],
)
def test_a_sentence_suggested_for_a_reason_of_its_own_shows_its_label(
    editor_client, article, added, shown, chip
):
    article.body += f"\n\n{added}"
    article.save()

    html = editor_client.get(url(article)).content.decode()

    assert shown in " ".join(re.findall(r'<p class="split-claim-text">([^<]+)</p>', html))
    assert f'<span class="split-chip">{chip}</span>' in html


def test_page_lists_the_articles_claims_of_every_status_with_badges(editor_client, article):
    for status in (ClaimStatus.OPEN, ClaimStatus.DISMISSED, ClaimStatus.PUBLISHED):
        factories.AppearanceFactory(article=article, claim__status=status)

    html = editor_client.get(url(article)).content.decode()

    for label in ("Open", "Dismissed", "Published"):
        assert f">{label}</span>" in html
    assert "Claims in this article" in html


def test_page_flags_orphaned_appearances(editor_client, article):
    factories.AppearanceFactory(article=article, orphaned=True)

    html = editor_client.get(url(article)).content.decode()

    assert "Orphaned: the quote could not be placed" in html


def test_page_has_no_inline_script_or_style(editor_client, article):
    html = editor_client.get(url(article)).content.decode()

    assert "style=" not in html
    scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert scripts == [' id="split-data" type="application/json"']


def test_page_costs_the_same_queries_for_few_or_many_claims(editor_client, article):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(url(article)).status_code == 200
        return len(queries)

    factories.AppearanceFactory.create_batch(2, article=article)
    few = count()
    factories.AppearanceFactory.create_batch(10, article=article)

    assert count() == few


def test_selection_in_the_query_string_prefills_the_form_without_javascript(editor_client, article):
    start, end = sentence_span(article, ZELENSKYY)

    html = editor_client.get(url(article), {"start": start, "end": end}).content.decode()

    assert re.search(r'<input id="id_claimant"[^>]* value="Volodymyr Zelenskyy"', html)
    assert f'<input type="hidden" name="start" value="{start}">' in html


# --- the span endpoint ---------------------------------------------------------------------


def test_span_prefills_the_claimant_from_the_attribution(editor_client, article):
    start, end = sentence_span(article, ZELENSKYY)

    prefill = editor_client.get(url(article, "split_span"), {"start": start, "end": end}).json()[
        "prefill"
    ]

    assert prefill["claimant"] == "Volodymyr Zelenskyy"
    assert prefill["claimant_kind"] == "person"
    assert prefill["exact"] == article.body[start:end]


def test_span_prefills_the_figure_of_a_shorter_selection(editor_client, article):
    start = article.body.index("more than 1,000")
    end = article.body.index("exhumed", start) + len("exhumed")

    prefill = editor_client.get(url(article, "split_span"), {"start": start, "end": end}).json()[
        "prefill"
    ]

    assert prefill["text"] == "more than 1,000 civilian bodies had been exhumed"
    assert prefill["kind"] == "casualty_figure"
    assert prefill["claimant"] == "the government"
    assert (prefill["figure_value"], prefill["figure_qualifier"]) == ("1000", "more_than")
    assert prefill["figure_unit"] == "civilian bodies"


def test_span_offers_similar_existing_claims(editor_client, article):
    factories.ClaimFactory(text="More than 1,000 civilian bodies were exhumed in liberated areas")
    start, end = sentence_span(article, EXHUMED)

    html = editor_client.get(url(article, "split_span"), {"start": start, "end": end}).json()[
        "similar_html"
    ]

    assert "More than 1,000 civilian bodies were exhumed in liberated areas" in html
    assert "Attach here" in html


def test_span_outside_the_article_is_refused(editor_client, article):
    response = editor_client.get(
        url(article, "split_span"), {"start": 5, "end": len(article.body) + 10}
    )

    assert response.status_code == 400
    assert "outside" in response.json()["error"]


# --- accepting and dismissing --------------------------------------------------------------


def suggested_row(article, editor, beginning=ZELENSKYY):
    start, end = sentence_span(article, beginning)
    return services.claim_create_from_span(
        article=article, by=editor, status=ClaimStatus.SUGGESTED, **span_post(article, start, end)
    )


def suggestions_panel(response) -> str:
    html = response.content.decode()
    return html[html.index('id="suggestions-panel"') : html.index('id="claims-panel"')]


def test_a_suggested_claim_row_is_listed_once_not_again_on_the_fly(editor_client, editor, article):
    suggested_row(article, editor, beginning=EXHUMED)

    panel = suggestions_panel(editor_client.get(url(article)))

    assert panel.count(EXHUMED) == 1
    assert "Suggested at import" in panel


def test_accepting_a_suggested_claim_opens_it(editor_client, editor, article):
    claim = suggested_row(article, editor)

    response = editor_client.post(url(article, "split_accept"), {"claim": claim.pk}, **JSON)

    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.OPEN
    assert claim.status_changes.last().by == editor
    assert "Accepted" in response.json()["message"]
    assert set(response.json()["panels"]) == {"text-panel", "suggestions-panel", "claims-panel"}


def test_accepting_works_as_a_plain_form_post(editor_client, editor, article):
    claim = suggested_row(article, editor)

    response = editor_client.post(url(article, "split_accept"), {"claim": claim.pk}, follow=True)

    assert response.redirect_chain[-1][0] == url(article)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.OPEN
    assert "Accepted" in response.content.decode()


def test_dismissing_a_suggested_claim(editor_client, editor, article):
    claim = suggested_row(article, editor)

    editor_client.post(url(article, "split_dismiss"), {"claim": claim.pk}, **JSON)

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.DISMISSED


def test_accepting_an_on_the_fly_suggestion_creates_an_open_claim(editor_client, editor, article):
    start, end = sentence_span(article, EXHUMED)

    response = editor_client.post(
        url(article, "split_accept"), span_post(article, start, end), **JSON
    )

    assert response.status_code == 200
    claim = Claim.objects.get()
    assert claim.status == ClaimStatus.OPEN
    assert claim.kind == "casualty_figure"
    assert claim.claimant.name == "the government"
    assert (claim.figure_value, claim.figure_qualifier) == (Decimal(1000), "more_than")
    appearance = claim.appearances.get()
    assert (appearance.start, appearance.end) == (start, end)
    assert appearance.exact == article.body[start:end]


def test_dismissing_an_on_the_fly_suggestion_keeps_it_from_coming_back(
    editor_client, editor, article
):
    start, end = sentence_span(article, EXHUMED)

    editor_client.post(url(article, "split_dismiss"), span_post(article, start, end), **JSON)

    claim = Claim.objects.get()
    assert claim.status == ClaimStatus.DISMISSED
    assert [c.to_status for c in claim.status_changes.all()] == ["suggested", "dismissed"]
    assert EXHUMED not in suggestions_panel(editor_client.get(url(article)))


def test_accepting_an_already_accepted_claim_is_refused(editor_client, editor, article):
    claim = suggested_row(article, editor)
    services.claim_accept(claim=claim, by=editor)

    response = editor_client.post(url(article, "split_accept"), {"claim": claim.pk}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"]


# --- making claims of spans ----------------------------------------------------------------


def test_creating_a_claim_from_a_span_writes_claim_appearance_and_status_change(
    editor_client, editor, article
):
    start = article.body.index("more than 1,000")
    end = article.body.index("exhumed", start) + len("exhumed")

    response = editor_client.post(
        url(article, "split_create"),
        span_post(
            article,
            start,
            end,
            text="More than 1,000 civilian bodies were exhumed",
            kind="casualty_figure",
            claimant="Ukrainian government",
            claimant_kind="government",
            figure_value="1000",
            figure_qualifier="more_than",
            figure_unit="civilian bodies",
            figure_place="Liberated areas of Ukraine",
            figure_as_of="2022-10-28",
        ),
        **JSON,
    )

    assert response.status_code == 200, response.content
    claim = Claim.objects.get()
    assert claim.text == "More than 1,000 civilian bodies were exhumed"
    assert claim.status == ClaimStatus.OPEN
    assert claim.claimant.name == "Ukrainian government"
    assert claim.claimant.kind == "government"
    assert claim.figure_place == "Liberated areas of Ukraine"
    assert claim.figure_as_of.isoformat() == "2022-10-28"
    appearance = Appearance.objects.get()
    assert (appearance.claim, appearance.article) == (claim, article)
    assert (appearance.start, appearance.end) == (start, end)
    assert (
        appearance.exact
        == article.body[start:end]
        == "more than 1,000 civilian bodies had been exhumed"
    )
    assert appearance.added_by == editor
    change = StatusChange.objects.get(claim=claim)
    assert (change.to_status, change.by) == ("open", editor)
    assert "more than 1,000 civilian bodies" in response.json()["panels"]["claims-panel"]


def test_a_misplaced_quote_is_refused_and_nothing_is_written(editor_client, article):
    start, end = sentence_span(article, ZELENSKYY)
    data = span_post(article, start + 1, end + 1, text="Units are outside Kherson", kind="event")
    data["exact"] = article.body[start:end]

    response = editor_client.post(url(article, "split_create"), data, **JSON)

    assert response.status_code == 409
    assert "does not stand at characters" in response.json()["error"]
    assert not Claim.objects.exists()
    assert not Claimant.objects.exists()
    assert not Appearance.objects.exists()


def test_a_misplaced_quote_without_javascript_comes_back_as_a_message(editor_client, article):
    start, end = sentence_span(article, ZELENSKYY)
    data = span_post(
        article, start, end, text="Units are outside Kherson", kind="event", exact="Elsewhere"
    )

    response = editor_client.post(url(article, "split_create"), data, follow=True)

    assert "does not stand at characters" in response.content.decode()
    assert not Claim.objects.exists()


def test_an_empty_claim_text_is_refused_with_the_field_named(editor_client, article):
    start, end = sentence_span(article, ZELENSKYY)

    response = editor_client.post(
        url(article, "split_create"), span_post(article, start, end, text=" ", kind="event"), **JSON
    )

    assert response.status_code == 400
    assert response.json()["error"].startswith("Claim, in your words")
    assert not Claim.objects.exists()


def test_an_existing_claimant_is_reused_not_duplicated(editor_client, article):
    existing = factories.ClaimantFactory(name="Volodymyr Zelenskyy")
    start, end = sentence_span(article, ZELENSKYY)

    editor_client.post(
        url(article, "split_create"),
        span_post(
            article,
            start,
            end,
            text="Units are outside Kherson",
            kind="event",
            claimant="volodymyr  Zelenskyy",
            claimant_kind="person",
        ),
        **JSON,
    )

    assert Claim.objects.get().claimant == existing
    assert Claimant.objects.count() == 1


def test_a_range_with_low_above_high_is_refused(editor_client, article):
    start, end = sentence_span(article, EXHUMED)

    response = editor_client.post(
        url(article, "split_create"),
        span_post(
            article, start, end, text="Bodies", kind="statistic", figure_low="20", figure_high="10"
        ),
        **JSON,
    )

    assert response.status_code == 400
    assert not Claim.objects.exists()


# --- attaching spans to existing claims ----------------------------------------------------


def test_attaching_a_span_adds_an_appearance_to_the_existing_claim(editor_client, article):
    claim = factories.ClaimFactory()
    start, end = sentence_span(article, EXHUMED)

    response = editor_client.post(
        url(article, "split_attach"), span_post(article, start, end, claim=claim.pk), **JSON
    )

    assert response.status_code == 200
    appearance = claim.appearances.get()
    assert (appearance.article, appearance.start, appearance.end) == (article, start, end)
    assert Claim.objects.count() == 1
    assert "Attached" in response.json()["message"]


def test_attaching_a_misplaced_quote_is_refused(editor_client, article):
    claim = factories.ClaimFactory()
    start, end = sentence_span(article, EXHUMED)
    data = span_post(article, start, end, claim=claim.pk, exact="Something else entirely")

    response = editor_client.post(url(article, "split_attach"), data, **JSON)

    assert response.status_code == 409
    assert not Appearance.objects.exists()


def test_attaching_the_same_span_twice_is_refused(editor_client, article):
    claim = factories.ClaimFactory()
    start, end = sentence_span(article, EXHUMED)
    data = span_post(article, start, end, claim=claim.pk)
    editor_client.post(url(article, "split_attach"), data, **JSON)

    response = editor_client.post(url(article, "split_attach"), data, **JSON)

    assert response.status_code == 400
    assert "already recorded" in response.json()["error"]
    assert Appearance.objects.count() == 1


# --- similar claims ------------------------------------------------------------------------


@pytest.fixture
def claims_to_compare(db):
    return {
        "similar": factories.ClaimFactory(
            text="The government said more than 1,000 civilian bodies were exhumed"
        ),
        "related": factories.ClaimFactory(text="Three civilian bodies were found in a cellar"),
        "unrelated": factories.ClaimFactory(text="Residents danced around a bonfire at night"),
    }


def test_similar_claims_puts_the_most_similar_first(claims_to_compare):
    found = services.similar_claims(
        text="In late October, the government said more than 1,000 civilian bodies had been "
        "exhumed in recently liberated areas of Ukraine."
    )

    assert found[0] == claims_to_compare["similar"]
    assert claims_to_compare["unrelated"] not in found
    assert 0 < found[0].similarity <= 1


def test_similar_claims_by_word_tokens_where_there_is_no_trigram_index(claims_to_compare, settings):
    settings.IS_POSTGRES = False

    found = services.similar_claims(text="more than 1000 civilian bodies exhumed, government says")

    assert found[0] == claims_to_compare["similar"]
    assert claims_to_compare["unrelated"] not in found


def test_similar_claims_leaves_out_dismissed_claims_and_respects_the_limit(db):
    factories.ClaimFactory(text="Civilian bodies were exhumed", dismissed=True)
    for _ in range(4):
        factories.ClaimFactory(text="Civilian bodies were exhumed near Izium")

    found = services.similar_claims(text="civilian bodies were exhumed", limit=3)

    assert len(found) == 3
    assert all(claim.status != ClaimStatus.DISMISSED for claim in found)


def test_similar_claims_can_leave_out_an_articles_own_claims(article):
    here = factories.AppearanceFactory(article=article, claim__text="Civilian bodies exhumed").claim
    elsewhere = factories.ClaimFactory(text="Civilian bodies exhumed in Izium")

    found = services.similar_claims(text="civilian bodies exhumed", exclude_article=article)

    assert found == [elsewhere]
    assert here not in found


def test_similar_endpoint_searches_by_the_words_typed(editor_client, article, claims_to_compare):
    response = editor_client.get(url(article, "split_similar"), {"q": "bonfire danced"})

    assert "Residents danced around a bonfire at night" in response.content.decode()


def test_a_highlight_tooltip_adds_what_the_rules_read_only_when_the_words_do_not_say_it():
    body = "Officials said fifty-four people died."

    assert _reason_title(Reason("attribution", 0, 14, "Officials said"), body) == "Attribution"
    assert _reason_title(Reason("figure", 15, 25, "54 people"), body) == "Figure: 54 people"
