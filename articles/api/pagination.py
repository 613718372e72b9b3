"""Pages of API lists: a malformed ``page`` is a bad query value (400 naming it), as for
every filter; a page past the end is not found (404). ``count`` is exact up to 10,000
and estimated past that (``articles.pagination``)."""

from __future__ import annotations

import re

from django.utils.translation import gettext_lazy as _
from rest_framework import pagination
from rest_framework.exceptions import ValidationError

from articles.pagination import CappedCountPaginator

_WHOLE_NUMBER = re.compile(r"[0-9]+")


class PageNumberPagination(pagination.PageNumberPagination):
    django_paginator_class = CappedCountPaginator
    # No "last": a client reads the number of pages from ``count``.
    last_page_strings = ()

    def get_page_number(self, request, paginator):
        value = request.query_params.get(self.page_query_param, "")
        if value == "":
            return 1
        if not _WHOLE_NUMBER.fullmatch(value) or int(value) < 1:
            raise ValidationError(
                {self.page_query_param: [_("Enter a whole number of 1 or more.")]}
            )
        return int(value)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
                parameter["allowEmptyValue"] = True
                parameter["description"] = str(
                    _("A page number, from 1; a page past the last one answers 404.")
                )
        return parameters
