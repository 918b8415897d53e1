"""Charts drawn on the server as SVG: an article's timeline strip and a dyad's weekly chart.

Drawn by hand so the pages need no chart library and no network; colours and
fonts come from the style sheet through classes (the Content-Security-Policy
allows no inline styles). Every bar and point carries a ``<title>`` (read by
screen readers, shown on hover) and a ``data-label`` the page script shows on
focus; each chart is also given as a table beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from parley.records import Event

WIDTH = 800
STRIP_WIDTH = 360
"""The timeline strip sits in the article page's side column."""
INTENSITY = 10.0
"""Goldstein-style intensities run from -10 (most hostile) to +10 (most cooperative)."""


@dataclass(frozen=True, slots=True)
class Week:
    """One direction's events in one week."""

    start: dt.date
    direction: int
    """0: first actor → second, 1: second → first."""
    events: int
    intensity: float | None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def weekly(rows: Iterable[dict[str, Any]], forward: str, types: Sequence[str] = ()) -> list[Week]:
    """Timeline rows (period, direction, type, events, intensity) summed per week and direction.

    ``types`` keeps only those event types. The mean intensity of a week weighs each
    type's mean by its count.
    """
    wanted = {t.upper() for t in types}
    totals: dict[tuple[dt.date, int], list[float]] = {}
    for row in rows:
        period = _date(row["period"])
        if period is None or (wanted and str(row["type"]).upper() not in wanted):
            continue
        key = (period, 0 if row["direction"] == forward else 1)
        count, weighted, weight = totals.setdefault(key, [0.0, 0.0, 0.0])
        totals[key][0] = count + row["events"]
        if row["intensity"] is not None:
            totals[key][1] = weighted + row["intensity"] * row["events"]
            totals[key][2] = weight + row["events"]
    return [
        Week(start, direction, int(c), round(w / n, 2) if n else None)
        for (start, direction), (c, w, n) in sorted(totals.items())
    ]


def _label(text: str) -> str:
    return str(escape(text))


def dyad_chart(weeks: Sequence[Week], names: tuple[str, str]) -> Markup:
    """Events per week (bars) and mean intensity per week (points), both directions."""
    if not weeks:
        return Markup("")
    first = min(w.start for w in weeks)
    last = max(w.start for w in weeks)
    count = (last - first).days // 7 + 1
    left, right, slot = 48, WIDTH - 12, (WIDTH - 60) / count
    top, bars_bottom, mid, tone_top, tone_bottom = 24, 170, 250, 200, 300
    most = max(w.events for w in weeks)
    directions = (f"{names[0]} → {names[1]}", f"{names[1]} → {names[0]}")
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} 340" role="img" '
        f'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">Events per week between {_label(names[0])} and '
        f"{_label(names[1])}</title>",
        f'<desc id="chart-desc">Bars: events per week in each direction (most {most}). '
        "Points: mean intensity per week, from -10 (hostile) to +10 (cooperative).</desc>",
        f'<text class="axis-label" x="{left}" y="14">events per week</text>',
        f'<text class="axis-label" x="{left}" y="194">mean intensity</text>',
        f'<line class="axis" x1="{left}" y1="{bars_bottom}" x2="{right}" y2="{bars_bottom}"/>',
        f'<line class="axis zero" x1="{left}" y1="{mid}" x2="{right}" y2="{mid}"/>',
        f'<text class="tick" x="{left - 6}" y="{top + 4}" text-anchor="end">{most}</text>',
        f'<text class="tick" x="{left - 6}" y="{bars_bottom}" text-anchor="end">0</text>',
        f'<text class="tick" x="{left - 6}" y="{tone_top + 4}" text-anchor="end">+10</text>',
        f'<text class="tick" x="{left - 6}" y="{mid + 4}" text-anchor="end">0</text>',
        f'<text class="tick" x="{left - 6}" y="{tone_bottom + 4}" text-anchor="end">-10</text>',
    ]
    # At most eight dates fit under the axis without overlapping.
    step = -(-count // 8)
    for index in range(0, count, step):
        day = first + dt.timedelta(weeks=index)
        x = left + slot * index + slot / 2
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{tone_bottom + 24}" text-anchor="middle">'
            f"{day.isoformat()}</text>"
        )
    bar = max(1.0, slot / 2 - 1)
    points: dict[int, list[tuple[float, float]]] = {0: [], 1: []}
    for week in weeks:
        index = (week.start - first).days // 7
        x = left + slot * index + week.direction * (slot / 2)
        height = (bars_bottom - top) * week.events / most
        label = (
            f"week of {week.start.isoformat()}, {directions[week.direction]}: "
            f"{week.events} event(s), mean intensity "
            f"{'n/a' if week.intensity is None else f'{week.intensity:+g}'}"
        )
        parts.append(
            f'<rect class="bar direction-{week.direction}" x="{x:.1f}" '
            f'y="{bars_bottom - height:.1f}" width="{bar:.1f}" height="{height:.1f}" '
            f'tabindex="0" data-label="{_label(label)}"><title>{_label(label)}</title></rect>'
        )
        if week.intensity is not None:
            y = mid - (mid - tone_top) * max(-1.0, min(1.0, week.intensity / INTENSITY))
            points[week.direction].append((x + bar / 2, y))
            parts.append(
                f'<circle class="point direction-{week.direction}" cx="{x + bar / 2:.1f}" '
                f'cy="{y:.1f}" r="4" data-label="{_label(label)}"><title>{_label(label)}'
                "</title></circle>"
            )
    for direction, line in points.items():
        if len(line) > 1:
            coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y in line)
            parts.append(f'<polyline class="tone direction-{direction}" points="{coordinates}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline_strip(events: Sequence[Event]) -> Markup:
    """The story's events with full dates, placed along one line by date."""
    dated = sorted(
        ((day, event) for event in events if (day := _date(event.date)) is not None),
        key=lambda pair: (pair[0], pair[1].id),
    )
    if not dated:
        return Markup("")
    first, last = dated[0][0], dated[-1][0]
    span = max(1, (last - first).days)
    left, right = 12, STRIP_WIDTH - 12
    parts = [
        f'<svg class="strip" viewBox="0 0 {STRIP_WIDTH} 90" role="img" '
        'aria-labelledby="strip-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="strip-title">The story\'s dated events from '
        f"{first.isoformat()} to {last.isoformat()}</title>",
        f'<line class="axis" x1="{left}" y1="40" x2="{right}" y2="40"/>',
        f'<text class="tick" x="{left}" y="80" text-anchor="start">{first.isoformat()}</text>',
    ]
    if last != first:
        parts.append(
            f'<text class="tick" x="{right}" y="80" text-anchor="end">{last.isoformat()}</text>'
        )
    for number, (day, event) in enumerate(dated):
        x = left + (right - left) * (day - first).days / span if last != first else STRIP_WIDTH / 2
        tone = (
            "neutral" if event.intensity is None or event.intensity == 0
            else "hostile" if event.intensity < 0 else "friendly"
        )  # fmt: skip
        label = (
            f"{day.isoformat()}: {event.source or event.source_country or '?'} "
            f"{event.type} {event.target or event.target_country or '?'}"
        )
        y = 40 - 12 * (number % 2) if len(dated) > 1 else 40
        parts.append(
            f'<circle class="event-dot {tone}" cx="{x:.1f}" cy="{y}" r="7" tabindex="0" '
            f'data-label="{_label(label)}"><title>{_label(label)}</title></circle>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
