"""What readers see: which changes move the publication stamp, and moving it.

Readers' pages and totals are cached under the publication stamp
(``articles.caching``); a change readers cannot see must leave it alone, or every
draft an editor saves would empty the cache of every public page. The write paths
(``_rows.edit_row``, ``create_row``, ``delete_row``, ``_base._bump`` and the few
services that insert rows themselves) ask ``affects_readers`` and call
``publication_changed`` inside their transaction, so readers see the new stamp
exactly when they see the change.

Public: a public claim's statement, figure, claimant, topics and quotes; a published
verdict and its corrections; evidence published with a verdict; articles; the
names and details of claimants, outlets, tracked figures, topics and ratings.
Not public: suggested and dismissed claims, draft verdicts, evidence not yet
published, assignees, internal notes, activity times and versions, and a new
claimant, outlet, figure, topic or rating until something public refers to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F, Model
from django.utils import timezone

from articles.caching import stamp_moved
from articles.models import (
    Appearance,
    Article,
    Claim,
    ClaimStatus,
    Correction,
    Evidence,
    PublicationStamp,
    Verdict,
    VerdictState,
)

# Fields readers never see, whatever the row.
INTERNAL_FIELDS = frozenset(
    {"version", "updated_at", "last_activity_at", "assignee", "search_document", "origin"}
)


def affects_readers(
    instance: Model, *, changed: Iterable[str] = (), created: bool = False, deleted: bool = False
) -> bool:
    """Whether creating, changing (the fields ``changed``) or removing ``instance`` shows.

    Judged on the row as it is when asked: ask before a change that may hide the row
    (a status that stops being public) and after one that may show it.
    """
    visible = set(changed) - INTERNAL_FIELDS
    if isinstance(instance, Claim):
        is_public = instance.status in ClaimStatus.public_values()
        return is_public and (created or deleted or bool(visible))
    if isinstance(instance, Appearance):
        return instance.claim.status in ClaimStatus.public_values()
    if isinstance(instance, Evidence):
        return instance.published_at is not None
    if isinstance(instance, Verdict):
        return instance.state == VerdictState.PUBLISHED
    if isinstance(instance, Correction | Article):
        return created or deleted or bool(visible)
    # Claimants, outlets, tracked figures, topics and ratings show once something public
    # refers to them; a new one is not seen yet.
    return not created and (deleted or bool(visible))


def publication_changed() -> None:
    """Move the publication stamp: readers' next requests build their pages afresh.

    Call it inside the transaction that makes the change: the stamp's row is locked
    until it commits, so the stamp and the change become visible together.
    """
    stamp_moved()
    now = timezone.now()
    moved = PublicationStamp.objects.filter(pk=1).update(changes=F("changes") + 1, changed_at=now)
    if not moved:
        PublicationStamp.objects.bulk_create(
            [PublicationStamp(pk=1, changes=1, changed_at=now)], ignore_conflicts=True
        )
