"""The editors' admin: one module per concern.

- ``content``: sources, claimants, topics, ratings, tracked figures, evidence, appearances.
- ``claims``: claims and verdicts (with their inlines).
- ``workflow``: transition buttons, bulk actions and optimistic locking, as mixins.
- ``queue``: the editors' queue page.
"""

from articles.admin import claims, content  # noqa: F401  (registers the ModelAdmins)
