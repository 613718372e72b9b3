"""The tracker says what it is filtered by, lets each filter go, and keeps its links short."""

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db

TRACKER = "/claims/"


def test_empty_parameters_of_a_submitted_form_are_dropped_from_the_address(client):
    response = client.get(TRACKER, {"q": "bridge", "rating": "", "status": "", "kind": ""})

    assert response.status_code == 302
    assert response["Location"] == "/claims/?q=bridge"


def test_a_form_with_nothing_filled_in_leads_to_the_bare_tracker(client):
    response = client.get(TRACKER, {"q": "", "status": ""})

    assert response["Location"] == "/claims/"


def test_every_active_filter_is_summarised_with_a_way_to_remove_it(client):
    factories.ClaimFactory(kind="event", text="The bridge reopened")

    response = client.get(TRACKER, {"q": "bridge", "kind": "event", "status": "being_checked"})

    text = response.text
    assert "Search: <strong>“bridge”</strong>" in text
    assert "Kind: <strong>Event</strong>" in text
    assert "Status: <strong>Being checked</strong>" in text
    assert 'href="/claims/?kind=event&amp;status=being_checked"' in text
    assert 'class="clear-filters" href="/claims/"' in text


def test_the_filter_panel_is_closed_once_filters_apply_and_open_before(client):
    filtered = client.get(TRACKER, {"kind": "event"}).text
    unfiltered = client.get(TRACKER).text

    assert '<details class="filters" id="tracker-filters" data-close-on-phones>' in filtered
    assert '<details class="filters" id="tracker-filters" open data-close-on-phones>' in unfiltered


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_first_claims_are_in_view(page, live_server):
    for n in range(3):
        factories.ClaimFactory(text=f"Claim number {n} about the floods")
    page.set_viewport_size({"width": 390, "height": 800})

    page.goto(f"{live_server.url}{TRACKER}")

    expect(page.locator("#tracker-filters")).not_to_have_attribute("open", "")
    first = page.locator(".claim-list .claim-row").first
    assert first.bounding_box()["y"] < 800
