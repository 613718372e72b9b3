from django.contrib.admin.apps import AdminConfig


class FactcheckAdminConfig(AdminConfig):
    """Django's admin with the workbench's site (``factcheck.admin``) as the default."""

    default_site = "factcheck.admin.FactcheckAdminSite"
