"""Charts of figures with thousands of points: gathered per claimant and period, never huge."""

import datetime
from decimal import Decimal

from articles.charts import FigurePoint, build_chart, gather_points

D = datetime.date


def point(day: int, value: int, claimant: str = "Prosecutor General", **fields) -> FigurePoint:
    return FigurePoint(
        on=D(2022, 1, 1) + datetime.timedelta(days=day),
        claimant=claimant,
        href=f"/claims/figure-{day}-{value}/",
        value=Decimal(value),
        **fields,
    )


def test_few_points_are_drawn_as_they_are():
    points = [point(0, 10), point(1, 20), point(2, 30)]

    marks, period = gather_points(points, limit=10)

    assert marks == points
    assert period == ""


def test_points_of_one_day_become_one_mark_spanning_their_values():
    points = [point(0, 10), point(0, 40, qualifier="at_least"), point(1, 25), point(1, 25)]

    marks, period = gather_points(points, limit=3)

    assert period == "day"
    first, second = marks
    assert (first.on, first.low, first.high, first.value) == (D(2022, 1, 1), 10, 40, None)
    assert first.source == "2 figures"
    assert (second.value, second.low, second.high) == (25, None, None)


def test_a_year_of_daily_figures_is_gathered_by_week_or_coarser_within_the_limit():
    points = [point(day, 100 + day) for day in range(365)]

    marks, period = gather_points(points, limit=60)

    assert period == "week"
    assert len(marks) <= 60
    assert min(m.low or m.value for m in marks) == 100
    assert max(m.high or m.value for m in marks) == 464
    assert all(m.on.weekday() == 0 or m.on == D(2022, 1, 1) for m in marks)


def test_claimants_past_the_palette_are_drawn_as_other_claimants():
    points = [point(n, 10, claimant=f"Claimant {n}") for n in range(10)]
    points += [point(n, 20, claimant="Claimant 0") for n in range(20, 30)]

    marks, _period = gather_points(points, limit=100, claimants=4)

    names = {m.claimant for m in marks}
    assert len(names) == 4
    assert "Claimant 0" in names  # the most frequent keeps its name
    assert "Other claimants" in names


def test_undated_points_are_left_out():
    undated = FigurePoint(on=None, claimant="A", href="/claims/a/", value=Decimal(1))

    marks, _period = gather_points([undated, point(0, 10)], limit=10)

    assert [m.on for m in marks] == [D(2022, 1, 1)]


def test_a_chart_of_thousands_of_figures_stays_small():
    points = [point(day % 700, day, claimant=f"Claimant {day % 40}") for day in range(6000)]

    marks, _period = gather_points(points)
    chart = build_chart(marks, title="Bodies", unit="bodies", compact=True)

    assert len(chart) < 250_000
