"""The workbench's admin site: Django's, branded, with the editors' queue among its pages.

It lives outside ``articles.admin`` because that package registers the ModelAdmins on
the default site as it is imported, and the default site is made from this class.
"""

from __future__ import annotations

from django.contrib import admin
from django.urls import path
from django.utils.translation import gettext_lazy as _


class FactcheckAdminSite(admin.AdminSite):
    site_header = _("Factcheck workbench")
    site_title = _("Factcheck workbench")
    index_title = _("Editors' desk")
    # Lists get the whole width: a 1280 px screen shows every column of the claims list.
    # The models are one click away on the desk page and in every breadcrumb.
    enable_nav_sidebar = False

    def get_urls(self):
        from articles.admin.queue import queue_view

        # Before the site's own URLs, which end in a catch-all.
        return [
            path(
                "queue/",
                self.admin_view(lambda request: queue_view(request, self)),
                name="articles_queue",
            ),
            *super().get_urls(),
        ]
