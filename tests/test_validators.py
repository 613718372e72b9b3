"""One rule for what editors type: no control characters, no implausible dates.

The models declare the validators, so the admin's forms and the services (through
``full_clean()``) refuse the same values with the same message.
"""

import datetime

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models

from articles import models as domain
from articles import services
from articles.validators import (
    PlausibleDateValidator,
    validate_no_control_characters,
    validate_plausible_date,
    validate_plausible_figure_date,
)
from tests import factories
from tests.admin_forms import admin_url, errors_of

TODAY = datetime.date.today()
ESC_MESSAGE = (
    "This text contains an invisible control character, U+001B (ESC), at line 1, column 6. "
    "Remove it: only tabs and line breaks are allowed."
)
# Written by the code, not by editors: keys, hashes, the quote selectors cut from a body.
MACHINE_WRITTEN = {
    ("article", "content_hash"),
    ("article", "origin"),
    ("appearance", "exact"),
    ("appearance", "prefix"),
    ("appearance", "suffix"),
    ("claimantalias", "key"),
    # Written by background tasks from paths, counts and the import's own report.
    ("backgroundtask", "description"),
    ("backgroundtask", "task_id"),
    ("backgroundtask", "summary"),
    ("backgroundtask", "worker_host"),  # the worker machine's host name
}


def messages(error: ValidationError) -> list[str]:
    return [message for messages in error.message_dict.values() for message in messages]


# --- the rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Plain words.", "Tab\tand\nlines\r\nas typed", "Мешканці “Херсона”"]
)
def test_tabs_line_breaks_and_any_script_are_allowed(text):
    validate_no_control_characters(text)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f"])
def test_every_other_control_character_is_refused(char):
    with pytest.raises(ValidationError) as caught:
        validate_no_control_characters(f"Two\nlines{char}")

    assert caught.value.code == "control_character"
    assert "at line 2, column 6" in caught.value.messages[0]


def test_the_message_names_the_character_and_where_it_is():
    with pytest.raises(ValidationError) as caught:
        validate_no_control_characters("Kyiv \x1b[31m")

    assert caught.value.messages == [ESC_MESSAGE]


@pytest.mark.parametrize(
    "day", [datetime.date(1900, 1, 1), TODAY, TODAY.replace(year=TODAY.year + 1, day=1)]
)
def test_dates_from_1900_to_a_year_ahead_are_plausible(day):
    validate_plausible_date(day)


@pytest.mark.parametrize(
    "day",
    [datetime.date.min, datetime.date(24, 11, 12), datetime.date(1899, 12, 31), datetime.date.max],
)
def test_dates_before_1900_or_past_a_year_ahead_are_refused(day):
    with pytest.raises(ValidationError) as caught:
        validate_plausible_date(day)

    assert caught.value.messages[0].startswith("Enter a date between 1900-01-01 and ")


def test_a_figure_may_refer_to_a_forecast_year():
    validate_plausible_figure_date(datetime.date(2050, 1, 1))
    with pytest.raises(ValidationError):
        validate_plausible_figure_date(datetime.date.max)


def test_the_date_rule_survives_migrations():
    assert PlausibleDateValidator(years_ahead=100) == validate_plausible_figure_date
    assert validate_plausible_date.deconstruct()[2] == {}


# --- declared on every field an editor writes ----------------------------------------------


# Every model of the app but the history tables, which copy what they record.
DOMAIN_MODELS = [
    model
    for model in apps.get_app_config("articles").get_models()
    if not model.__name__.startswith("Historical")
]


def editor_text_fields():
    for model in DOMAIN_MODELS:
        for field in model._meta.concrete_fields:
            key = (model._meta.model_name, field.name)
            if (
                isinstance(field, models.CharField | models.TextField)
                and not isinstance(field, models.SlugField)
                and not field.choices
                and key not in MACHINE_WRITTEN
                and field.name != "colour"  # a hex colour, checked by its own constraint
            ):
                yield model, field


@pytest.mark.parametrize(
    ("model", "field"),
    list(editor_text_fields()),
    ids=lambda value: getattr(value, "name", None) or getattr(value, "__name__", "?"),
)
def test_every_text_an_editor_writes_refuses_control_characters(model, field):
    with pytest.raises(ValidationError) as caught:
        field.run_validators("Kyiv \x1b[31m")

    # A URL field also says the value is no URL.
    assert ESC_MESSAGE in caught.value.messages


def test_every_date_has_a_plausible_range():
    dates = [
        field
        for model in DOMAIN_MODELS
        for field in model._meta.concrete_fields
        if type(field) is models.DateField
    ]
    for field in dates:
        with pytest.raises(ValidationError):
            field.run_validators(datetime.date.max)

    assert len(dates) == 7


# --- the services and the admin apply them -------------------------------------------------


@pytest.mark.django_db
def test_a_service_refuses_a_control_character_with_the_message(editor):
    with pytest.raises(ValidationError) as caught:
        services.claim_create(text="Kyiv \x1b[31m", by=editor)

    assert messages(caught.value) == [ESC_MESSAGE]
    assert not domain.Claim.objects.exists()


@pytest.mark.django_db
def test_a_service_refuses_an_implausible_date(editor):
    with pytest.raises(ValidationError) as caught:
        services.claim_create(
            text="Bodies were found", by=editor, said_on=datetime.date(9999, 12, 31)
        )

    assert caught.value.message_dict["said_on"][0].startswith("Enter a date between 1900-01-01")


@pytest.mark.django_db
def test_the_admin_shows_the_message_and_saves_nothing(editor_client):
    claimant = factories.ClaimantFactory()

    response = editor_client.post(
        admin_url("claim", "add"),
        {"text": "Kyiv \x1b[31m", "claimant": claimant.pk, "kind": "other", "_save": "Save"},
    )

    assert response.status_code == 200
    assert ESC_MESSAGE in errors_of(response)
    assert not domain.Claim.objects.exists()


@pytest.mark.django_db
def test_the_admin_refuses_an_evidence_date_a_century_off(editor_client):
    claim = factories.ClaimFactory()

    response = editor_client.post(
        admin_url("evidence", "add"),
        {
            "claim": claim.pk,
            "title": "Ministry statement",
            "stance": "supports",
            "kind": "official_document",
            "published_on": "0024-11-12",
            "_save": "Save",
        },
    )

    assert response.status_code == 200
    assert any(error.startswith("Enter a date between 1900-01-01") for error in errors_of(response))
    assert not domain.Evidence.objects.exists()
