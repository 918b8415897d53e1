"""Regression guard on real news: the Wikinews development set's odd half.

``dev/events/wikinews_plover.jsonl`` is parley's own annotation (not external gold; accuracy
is reported on the PLOVER GSR, see ``test_events_gate.py``). Its odd half is the half rules are
tuned on, so these floors say nothing about accuracy; they keep later work (say, tuning on the
GSR again) from bringing back events invented on sentences that report none. Floors live in
``events_baseline.json`` beside the GSR's. About 10 seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.eval.events import EventsReport, run_events_eval

_BASELINE = json.loads(Path(__file__).with_name("events_baseline.json").read_text("utf-8"))
_DEV = Path(__file__).parents[2] / "dev" / "events" / "wikinews_plover.jsonl"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def odd() -> EventsReport:
    return run_events_eval(_DEV, half="odd")


@pytest.mark.parametrize(
    "metric", ["macro_f1", "micro_f1", "source_accuracy", "target_accuracy", "triple_f1"]
)
def test_events_dev_gate_wikinews_odd_half_meets_floor(odd: EventsReport, metric: str) -> None:
    assert getattr(odd, metric) >= _BASELINE["wikinews_odd"][metric], odd.format_table()


def test_events_dev_gate_few_events_on_sentences_without_one(odd: EventsReport) -> None:
    assert odd.no_event > 0
    assert odd.false_alarms <= _BASELINE["wikinews_odd"]["false_alarms_max"], odd.format_table()
