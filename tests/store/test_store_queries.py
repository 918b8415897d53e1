"""Queries over events: only what the text asserts happened counts, unless asked for all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import corpus
from parley.records import Article, Event
from parley.store import Store, browse
from parley.store import queries as q

DENIAL = (
    "Vladimir Putin did not agree to new talks with Joe Biden on Friday, and said Russia would "
    "expel American diplomats if Washington imposed new sanctions."
)


def _unasserted() -> Article:
    """An article whose two events are one denied and one supposed."""
    agree, threaten = (
        Event(
            id=id,
            type=kind,
            sentence=DENIAL,
            source=source,
            source_id=source_id,
            source_country="RUS",
            target=target,
            target_id=target_id,
            target_country="USA",
            date="2021-06-18",
            date_end="2021-06-18",
            intensity=intensity,
            **flag,
        )  # fmt: skip
        for id, kind, source, source_id, target, target_id, intensity, flag in (
            ("V1", "AGREE", "Vladimir Putin", "E3", "Joe Biden", "E2", 4.0, {"negated": True}),
            ("V2", "SANCTION", "Russia", "", "United States", "", -4.0, {"hypothetical": True}),
        )
    )
    return Article(
        text=DENIAL, url="https://tass.example/world/9", title="No new talks",
        source="https://tass.example/world/9", published=dt.date(2021, 6, 18),
        entities=corpus.people(DENIAL), events=(agree, threaten),
    )  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "parley.duckdb")
    store.write([*corpus.articles(), _unasserted()])
    return store


def test_events_lists_only_asserted_events_by_default(store: Store) -> None:
    rows = q.events(store, since=dt.date(2021, 6, 17)).records()
    assert rows == []


def test_events_unasserted_lists_them_with_their_status(store: Store) -> None:
    rows = q.events(store, since=dt.date(2021, 6, 1), unasserted=True).records()
    assert [(r["type"], r["status"]) for r in rows] == [
        ("AGREE", "asserted"),
        ("SANCTION", "hypothetical"),
        ("AGREE", "negated"),
    ]


def test_timeline_counts_only_asserted_events(store: Store) -> None:
    rows = q.timeline(store, "Vladimir Putin", "Joe Biden", by="month").records()
    assert [(r["period"], r["direction"], r["type"], r["events"]) for r in rows] == [
        (dt.date(2021, 3, 1), "Joe Biden → Vladimir Putin", "ACCUSE", 1),
        (dt.date(2021, 6, 1), "Joe Biden → Vladimir Putin", "AGREE", 1),
    ]


def test_profile_counts_and_partners_only_asserted_events(store: Store) -> None:
    profile = q.profile(store, "Vladimir Putin")
    assert profile is not None
    assert (profile.counts["events as source"], profile.counts["events as target"]) == (0, 2)


def test_dyads_and_dyad_events_only_asserted_events(store: Store) -> None:
    dyads = {(r["first"], r["second"]): r["events"] for r in browse.active_dyads(store).records()}
    assert dyads[("Russia", "United States")] == 2
    rows = browse.dyad_events(store, "RUS", "USA").records()
    assert "SANCTION" in {r["type"] for r in rows}
    assert not any(r["sentence"] == DENIAL for r in rows)
