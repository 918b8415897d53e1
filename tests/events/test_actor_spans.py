"""Which phrase is an event's source or target, and what it resolves to (sentences written
for these tests)."""

from __future__ import annotations

from coded import events_of


def _first(text):
    events = events_of(text)
    assert events, text
    return events[0]


def test_people_named_by_a_common_noun_are_civilians():
    event = _first("Kenyan police detained three suspects on Friday.")
    assert (event.target, event.target_country, event.target_sector) == (
        "three suspects",
        "KEN",
        "CVL",
    )
    event = _first("Hundreds of employees at the Lagos plant went on strike on Monday.")
    assert event.source_sector == "CVL"
