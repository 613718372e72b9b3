"""Tracked figures: quantities followed over time, and the figure claims grouped
into them.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Claim, TrackedFigure
from articles.services._base import EDIT, User, _as_actor, _bump, _require
from articles.services.reference import reference_create


def tracked_figure_create(
    *, name: str, unit: str, by: User, place: str = "", description: str = ""
) -> TrackedFigure:
    """Start following a quantity over time, e.g. "Civilian bodies exhumed in Izium".

    A name another tracked figure has (in any case) is refused: one quantity, one figure.
    """
    return reference_create(
        model=TrackedFigure,
        by=by,
        name=name.strip(),
        unit=unit.strip(),
        place=place.strip(),
        description=description.strip(),
    )


@transaction.atomic
def claims_group_into_figure(
    *, claims: Iterable[Claim], figure: TrackedFigure, by: User
) -> tuple[int, list[str]]:
    """Put figure claims into ``figure``, so its page charts them together.

    Returns how many claims are now in the figure and, for each one left out, why:
    a claim with no value and no range has nothing to chart. Each moved claim's
    version and activity time go on, as for any edit.
    """
    _require(by, EDIT, _("group claims into a tracked figure"))
    now = timezone.now()
    grouped, skipped = 0, []
    locked = Claim.objects.select_for_update().filter(pk__in=[claim.pk for claim in claims])
    for claim in locked.order_by("pk"):
        if claim.figure_value is None and claim.figure_low is None and claim.figure_high is None:
            skipped.append(_("“%(claim)s” has no figure") % {"claim": claim})
            continue
        if claim.tracked_figure_id != figure.pk:
            _as_actor(claim, by)
            _bump(claim, tracked_figure=figure, last_activity_at=now)
        grouped += 1
    return grouped, skipped
