"""Pages of API lists: ``next`` and ``previous`` name a position in the list (DRF's
``cursor`` parameter), so every page costs the same however deep; ``?page=N`` still
answers for old links, at the cost of skipping the rows before it.

A malformed ``page`` is a bad query value (400 naming it), as for every filter; a page
past the end, or a cursor that names no position in the list, is not found (404).
``count`` is exact up to 10,000 and estimated past that (``articles.pagination``).
"""

from __future__ import annotations

import json
import re

from django.core.paginator import InvalidPage
from django.utils.translation import gettext_lazy as _
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param

from articles.keyset import dump_values, load_values
from articles.pagination import KeysetPage, KeysetPaginator, Position

_WHOLE_NUMBER = re.compile(r"[0-9]+")
# Longer than any cursor the API writes.
_LONGEST_CURSOR = 2000


class CursorPagination(pagination.CursorPagination):
    """DRF's cursor pagination over ``KeysetPaginator``: the position is the values of
    the list's whole order (``articles.keyset``), not of its first column, so rows that
    share a date are neither skipped nor repeated, and no offset is ever read."""

    page_query_param = "page"
    invalid_cursor_message = _("This cursor names no position in this list.")

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        # Links are made from this address without its page number or cursor.
        self.base_url = remove_query_param(
            remove_query_param(request.build_absolute_uri(), self.page_query_param),
            self.cursor_query_param,
        )
        self.paginator = KeysetPaginator(queryset, self.page_size)
        # Pages reached by position carry no number; the second page by number links back
        # to the first without a cursor.
        self.by_number = not request.query_params.get(self.cursor_query_param, "")
        if not self.by_number:
            self.page = self._page_at(self._position(request))
        else:
            try:
                self.page = self.paginator.page(self._page_number(request))
            except InvalidPage as error:
                raise NotFound(str(error)) from None
        return list(self.page.object_list)

    def _page_number(self, request) -> int:
        value = request.query_params.get(self.page_query_param, "")
        if value == "":
            return 1
        if not _WHOLE_NUMBER.fullmatch(value) or int(value) < 1:
            raise ValidationError(
                {self.page_query_param: [_("Enter a whole number of 1 or more.")]}
            )
        return int(value)

    def _position(self, request) -> Position:
        keys = self.paginator.keys
        if keys is None or len(request.query_params[self.cursor_query_param]) > _LONGEST_CURSOR:
            raise NotFound(self.invalid_cursor_message)
        cursor = self.decode_cursor(request)  # NotFound unless it is DRF's cursor format
        try:
            values = load_values(json.loads(cursor.position), keys)
        except (TypeError, ValueError, RecursionError):
            values = None
        if values is None:
            raise NotFound(self.invalid_cursor_message)
        return Position(values, backward=cursor.reverse, number=2)

    def _page_at(self, position: Position) -> KeysetPage:
        page = self.paginator.page_at(position)
        if page is not None:
            return page
        if position.backward:  # nothing before it: the first page is the one before
            return self.paginator.page(1)
        # Nothing after it (the rows were removed since): an empty page after the first.
        return KeysetPage([], 2, self.paginator, more=False, earlier=True, first=None, last=None)

    def _link(self, values, *, backward: bool) -> str:
        position = json.dumps(dump_values(values), separators=(",", ":"))
        cursor = pagination.Cursor(offset=0, reverse=backward, position=position)
        return self.encode_cursor(cursor)

    def get_next_link(self):
        if not self.page.has_next():
            return None
        return self._link(self.page.last_values, backward=False)

    def get_previous_link(self):
        if not self.page.has_previous():
            return None
        if (self.by_number and self.page.number == 2) or self.page.first_values is None:
            return self.base_url
        return self._link(self.page.first_values, backward=True)

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.paginator.count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        paginated = super().get_paginated_response_schema(schema)
        paginated["required"] = ["count", "results"]
        paginated["properties"] = {
            "count": {
                "type": "integer",
                "example": 123,
                "description": str(
                    _("How many there are: exact up to 10,000, estimated past that.")
                ),
            },
            **paginated["properties"],
        }
        return paginated

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.cursor_query_param:
                parameter["allowEmptyValue"] = True
                parameter["description"] = str(
                    _(
                        "Where a page starts, as the next and previous links give it; a"
                        " cursor that names no position in the list answers 404."
                    )
                )
        parameters.append(
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "allowEmptyValue": True,
                "description": str(
                    _(
                        "A page number, from 1; a page past the last one answers 404. Deep"
                        " pages cost more than following the next links."
                    )
                ),
                "schema": {"type": "integer", "minimum": 1},
            }
        )
        return parameters
