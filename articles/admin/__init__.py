"""The editors' admin: one module per concern.

- ``content``: sources, claimants, topics, ratings, tracked figures, evidence, appearances.
- ``claims``: claims, verdicts, corrections and status changes (with their inlines).
- ``workflow``: transition buttons, bulk actions and optimistic locking, as mixins.
- ``queue``: the editors' queue page.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from articles.admin import claims, content, queue  # noqa: F401  (registers the ModelAdmins)

admin.site.site_header = _("Factcheck workbench")
admin.site.site_title = _("Factcheck workbench")
admin.site.index_title = _("Editors' desk")
