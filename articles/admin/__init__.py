"""The editors' admin: one module per concern.

- ``base``: the service-backed ModelAdmin every editable model uses;
- ``locking``: forms that carry their version, row locks, merging by field;
- ``history``: history pages and the comparison of two versions;
- ``display``: how rows, quotes, people, ratings and dates are shown;
- ``workflow``: transition buttons and bulk actions on claims;
- ``claims``: claims, verdicts, corrections, status changes (with their inlines);
- ``content``: sources, claimants, topics, ratings, tracked figures, evidence, appearances;
- ``figures``: grouping claims into a tracked figure;
- ``tasks``: background tasks (their progress page) and the action that queues suggestions;
- ``queue``: the editors' queue page, served by the workbench's ``AdminSite``
  (``factcheck.admin``, the default site).
"""

from articles.admin import claims, content, tasks  # noqa: F401  (registers the ModelAdmins)
