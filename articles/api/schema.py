"""The OpenAPI schema tells what the API really does.

- Every operation documents the answers it can give: 200, 400 for a query value it
  cannot use (lists: filters and ``page``) and 404 (also for a ``cursor`` that names
  no position), each with its error body.
- Query parameters are described as the filters validate them: choices as enums
  (ratings read from the scale when the schema is built), slugs with their pattern,
  text with its length limit, and every one may be sent empty, meaning "any", as the
  tracker's form sends it.
"""

from __future__ import annotations

from django import forms
from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _
from drf_spectacular import openapi
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"


class QueryErrorsSerializer(serializers.Serializer):
    """Each refused query parameter, with why: ``{"<parameter>": ["<reason>", …]}``."""


class QueryErrorsExtension(OpenApiSerializerExtension):
    target_class = QueryErrorsSerializer

    def map_serializer(self, auto_schema, direction):
        return {
            "type": "object",
            "description": QueryErrorsSerializer.__doc__,
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
            "minProperties": 1,
            "example": {"is_current": ["Enter true or false."]},
        }


class NotFoundSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text=_("Why nothing was found."))


BAD_QUERY = OpenApiResponse(
    QueryErrorsSerializer, description=_("A query parameter has a value the API cannot use.")
)
NOT_FOUND = OpenApiResponse(
    NotFoundSerializer,
    description=_(
        "No such object, a page past the last one, or a cursor that names no position in the list."
    ),
)


class AutoSchema(openapi.AutoSchema):
    def get_response_serializers(self):
        found = super().get_response_serializers()
        if self.method != "GET" or isinstance(found, dict):
            return found
        responses = {200: found}
        if self._is_list_view(found):
            responses[400] = BAD_QUERY
        responses[404] = NOT_FOUND
        return responses


def _current_values(field: forms.ModelChoiceField) -> dict:
    """``{"enum": [...]}`` of the values stored now (the rating scale is editable).

    A schema built without a database (``manage.py spectacular`` at build time, the
    deployment check before ``migrate``) cannot list them and says so.
    """
    key = field.to_field_name or "pk"
    try:
        values = list(field.queryset.order_by(key).values_list(key, flat=True))
    except DatabaseError:
        return {"description": "Values are read from the database, which was not available."}
    return {"enum": [str(value) for value in values]}


class FilterParameters(DjangoFilterExtension):
    """django-filter's parameters, completed with what each filter's form field accepts."""

    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )
        field = filter_field.field
        for parameter in parameters:
            schema = parameter["schema"]
            if isinstance(field, forms.ModelChoiceField):
                schema.clear()
                schema.update({"type": "string", **_current_values(field)})
            elif isinstance(field, forms.ChoiceField):
                schema["enum"] = [str(value) for value, _label in field.choices if value != ""]
            elif isinstance(field, forms.SlugField):
                schema["pattern"] = SLUG_PATTERN
            if getattr(field, "max_length", None):
                schema["maxLength"] = field.max_length
            parameter["allowEmptyValue"] = True
        return parameters
