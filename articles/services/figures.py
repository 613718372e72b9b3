"""Tracked figures: quantities followed over time, the figure claims grouped into
them, and the proposals of which tracked figure a new figure claim continues.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.charts import format_number
from articles.figure_series import Measure, claim_measure, figure_measure, place_words, same_measure
from articles.models import (
    FIGURE_NEWEST_FIRST,
    LOOSE_FIGURE_CLAIMS,
    WITH_FIGURE,
    Claim,
    ClaimStatus,
    TrackedFigure,
)
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


# --- figures over time: proposing the tracked figure a figure claim belongs to ----------------

# Figure claims not yet in a tracked figure that a proposal looks among: the most recent ones.
LOOSE_CLAIMS = 500
# Proposals shown for one claim.
MATCHES_SHOWN = 3


@dataclass(frozen=True)
class FigureMatch:
    """A proposal: ``claim`` measures what ``figure`` tracks, or what ``claims`` (earlier
    figure claims in no tracked figure yet) measured before it.

    ``points`` is how many figure claims the series has now; ``latest`` is its newest one
    (by the date its figure refers to, else the date it was said) and ``latest_on`` that date.
    """

    claim: Claim
    figure: TrackedFigure | None
    claims: tuple[Claim, ...]
    points: int
    latest: Claim
    latest_on: datetime.date | None

    @property
    def latest_figure(self) -> str:
        """The latest point's figure as readers write it: "54", "10–15"."""
        latest = self.latest
        if latest.figure_value is not None:
            return format_number(latest.figure_value)
        ends = [format_number(v) for v in (latest.figure_low, latest.figure_high) if v is not None]
        return "–".join(ends)

    @property
    def suggested_name(self) -> str:
        """A name for a new tracked figure of these claims: what is counted, and where."""
        what = self.claim.figure_unit.strip() or self.latest.figure_unit.strip()
        place = self.claim.figure_place.strip() or self.latest.figure_place.strip()
        name = what[:1].upper() + what[1:] if what else _("Figure")
        return f"{name}, {place}" if place else name


def _claim_date(claim: Claim) -> datetime.date | None:
    return claim.figure_as_of or claim.said_on


def _has_figure(claim: Claim) -> bool:
    return any(v is not None for v in (claim.figure_value, claim.figure_low, claim.figure_high))


class FigureMatcher:
    """Finds, for figure claims, the tracked figure (or earlier loose claims) they continue.

    Built once per page (``figure_matcher()``), then ``match_all(claims)`` answers for every
    claim of the page at a fixed number of queries: the tracked figures a claim's measure
    and places may continue are picked in Python, and only those are read with their number
    of points and their latest point. Loose claims are the ``LOOSE_CLAIMS`` most recent
    figure claims on the desk (neither suggested nor dismissed) in no tracked figure.
    """

    def __init__(self, figures: list[TrackedFigure], loose: list[Claim]):
        self.figures = [
            (figure, figure_measure(name=figure.name, unit=figure.unit,
                                    description=figure.description),
             place_words(figure.place, skip_first=False) if figure.place.strip()
             else place_words(figure.name))
            for figure in figures
        ]  # fmt: skip
        self.loose = [(claim, self._measure(claim), self._places(claim)) for claim in loose]

    @staticmethod
    def _measure(claim: Claim) -> Measure:
        return claim_measure(
            text=claim.text,
            unit=claim.figure_unit,
            value=claim.figure_value,
            low=claim.figure_low,
            high=claim.figure_high,
        )

    @staticmethod
    def _places(claim: Claim) -> frozenset[str]:
        claimant = claim.claimant.name if claim.claimant_id and claim.claimant else ""
        words = place_words(claim.text, leave_out=claimant)
        if claim.figure_place.strip():
            words |= place_words(claim.figure_place, skip_first=False)
        return words

    def matches(self, claim: Claim) -> list[FigureMatch]:
        """What ``claim`` (saved or not) may be grouped into, best first."""
        return self.match_all([claim])[0]

    def match_all(self, claims: list[Claim]) -> list[list[FigureMatch]]:
        """For each claim (saved or not), what it may be grouped into, best first: tracked
        figures whose latest point is not newer than the claim, newest first, then earlier
        loose claims. Two queries at most, however many claims and figures there are."""
        asked = [
            (claim, self._measure(claim), self._places(claim))
            if not claim.tracked_figure_id and _has_figure(claim) else None
            for claim in claims
        ]  # fmt: skip
        candidates = {
            id(entry[0]): [
                figure
                for figure, figure_is, figure_places in self.figures
                if same_measure(entry[1], figure_is) and entry[2] & figure_places
            ]
            for entry in asked
            if entry is not None
        }
        series = _series({f.pk for found in candidates.values() for f in found})
        return [
            self._matches(*entry, candidates[id(entry[0])], series) if entry else []
            for entry in asked
        ]

    def _matches(self, claim, measure, places, figures, series) -> list[FigureMatch]:
        on = _claim_date(claim)
        found = []
        for figure in figures:
            if figure.pk not in series:
                continue
            points, latest = series[figure.pk]
            latest_on = _claim_date(latest)
            if on is not None and latest_on is not None and latest_on > on:
                continue
            found.append(FigureMatch(claim, figure, (), points + 1, latest, latest_on))
        found.sort(key=lambda m: (m.latest_on is None, -(m.latest_on or _EPOCH).toordinal()))
        earlier = [
            other
            for other, other_is, other_places in self.loose
            if other.pk != claim.pk
            and same_measure(measure, other_is)
            and places & other_places
            and (on is None or (_claim_date(other) or on) <= on)
        ]
        if earlier:
            latest = earlier[0]
            found.append(
                FigureMatch(claim, None, tuple(earlier[:5]), len(earlier[:5]) + 1, latest,
                            _claim_date(latest))
            )  # fmt: skip
        return found[:MATCHES_SHOWN]


def _series(figure_ids: set[int]) -> dict[int, tuple[int, Claim]]:
    """For each of these tracked figures with a point, its number of points and its latest
    point: one query, reading only their claims (through the tracked figure's index)."""
    if not figure_ids:
        return {}
    points = Claim.objects.filter(WITH_FIGURE).exclude(status=ClaimStatus.DISMISSED)
    newest = points.filter(tracked_figure=OuterRef("pk")).order_by(*FIGURE_NEWEST_FIRST)
    count = (
        points.filter(tracked_figure=OuterRef("tracked_figure"))
        .order_by()
        .values("tracked_figure")
        .annotate(n=Count("pk"))
        .values("n")
    )
    latest = Claim.objects.filter(
        pk__in=TrackedFigure.objects.filter(pk__in=figure_ids)
        .annotate(latest_id=Subquery(newest.values("pk")[:1]))
        .values("latest_id")
    ).annotate(points=Subquery(count))
    return {claim.tracked_figure_id: (claim.points, claim) for claim in latest}


_EPOCH = datetime.date(1, 1, 1)


def figure_matcher(*, loose: int = LOOSE_CLAIMS) -> FigureMatcher:
    """A ``FigureMatcher`` over every tracked figure and the most recent loose figure claims
    (two queries; the loose ones are the first rows of ``claim_loose_figure_idx``)."""
    figures = list(TrackedFigure.objects.only("pk", "name", "slug", "unit", "place", "description"))
    loose_claims = list(
        Claim.objects.filter(LOOSE_FIGURE_CLAIMS)
        .select_related("claimant")
        .order_by(*FIGURE_NEWEST_FIRST)[:loose]
    )
    return FigureMatcher(figures, loose_claims)


def figure_matches(*, claim: Claim) -> list[FigureMatch]:
    """The tracked figures (or earlier loose claims) a figure claim may be grouped into."""
    return figure_matcher().matches(claim)


@transaction.atomic
def claim_track(
    *,
    claim: Claim,
    figure: TrackedFigure | None,
    by: User,
    others: Iterable[Claim] = (),
    name: str = "",
    unit: str = "",
    place: str = "",
) -> TrackedFigure:
    """Group ``claim`` into ``figure``; with no figure, start tracking it with ``others``.

    What the split view's and the claim page's "Add to it" / "Track together" do:
    ``claims_group_into_figure`` (refused, with its reasons, when the claim cannot join)
    or ``tracked_figure_start`` (the unit defaults to the claim's, then to the name).
    """
    if figure is not None:
        grouped, skipped = claims_group_into_figure(claims=[claim], figure=figure, by=by)
        if not grouped:
            raise ValidationError("; ".join(skipped))
        return figure
    return tracked_figure_start(
        claims=[claim, *others],
        name=name,
        unit=unit or claim.figure_unit or name,
        place=place,
        by=by,
    )


@transaction.atomic
def tracked_figure_start(
    *, claims: Iterable[Claim], name: str, unit: str, by: User, place: str = ""
) -> TrackedFigure:
    """Start following a quantity with the figure claims that measured it so far.

    Creates the tracked figure (``tracked_figure_create``) and groups the claims into
    it (``claims_group_into_figure``); if none of them can be grouped nothing is kept.
    """
    figure = tracked_figure_create(name=name, unit=unit, place=place, by=by)
    grouped, skipped = claims_group_into_figure(claims=claims, figure=figure, by=by)
    if not grouped:
        raise ValidationError("; ".join(skipped) or _("There is no figure claim to track."))
    return figure
