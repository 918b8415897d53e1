"""The dyad chart and the timeline strip, drawn as SVG on the server."""

from __future__ import annotations

import datetime as dt

from parley.api.charts import Week, dyad_chart, timeline_strip, weekly
from parley.records import Event

ROWS = [
    {
        "period": dt.date(2021, 3, 15),
        "direction": "A → B",
        "type": "ACCUSE",
        "events": 2,
        "intensity": -2.0,
    },
    {
        "period": dt.date(2021, 3, 15),
        "direction": "A → B",
        "type": "THREATEN",
        "events": 1,
        "intensity": -5.0,
    },
    {
        "period": dt.date(2021, 3, 29),
        "direction": "B → A",
        "type": "AGREE",
        "events": 1,
        "intensity": None,
    },
]


def test_weekly_sums_types_and_weighs_their_means():
    assert weekly(ROWS, "A → B") == [
        Week(dt.date(2021, 3, 15), 0, 3, -3.0), Week(dt.date(2021, 3, 29), 1, 1, None),
    ]  # fmt: skip


def test_weekly_keeps_only_the_chosen_types():
    assert weekly(ROWS, "A → B", ["threaten"]) == [Week(dt.date(2021, 3, 15), 0, 1, -5.0)]


def test_dyad_chart_draws_a_bar_per_week_and_direction_and_a_point_per_known_mean():
    svg = str(dyad_chart(weekly(ROWS, "A → B"), ("A", "B")))
    assert svg.count("<rect") == 2 and svg.count("<circle") == 1
    assert 'data-label="week of 2021-03-29, B → A: 1 event(s), mean intensity n/a"' in svg


def test_dyad_chart_escapes_actor_names():
    svg = str(dyad_chart(weekly(ROWS, "<i> → B"), ("<i>", "B")))
    assert "<i>" not in svg and "&lt;i&gt;" in svg


def test_dyad_chart_of_nothing_is_empty():
    assert str(dyad_chart([], ("A", "B"))) == ""


def test_timeline_strip_places_only_fully_dated_events():
    events = [
        Event(id="V1", type="ACCUSE", sentence="s", date="2021-03-16", intensity=-2.0),
        Event(id="V2", type="MEET", sentence="s", date="--03-17"),
        Event(id="V3", type="AGREE", sentence="s", date="2021-03-20", intensity=3.0),
    ]
    svg = str(timeline_strip(events))
    assert svg.count("<circle") == 2
    assert 'class="event-dot hostile"' in svg and 'class="event-dot friendly"' in svg


def test_timeline_strip_without_dates_is_empty():
    assert str(timeline_strip([Event(id="V1", type="X", sentence="s")])) == ""
