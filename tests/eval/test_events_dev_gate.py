"""Regression guard on real news: the Wikinews development set's odd half.

``dev/events/wikinews_plover.jsonl`` is parley's own annotation (not external gold; accuracy
is reported on the PLOVER GSR, see ``test_events_gate.py``). Its odd half is the half rules are
tuned on, so these floors say nothing about accuracy; they keep later work (say, tuning on the
GSR again) from bringing back events invented on sentences that report none. Floors live in
``events_baseline.json`` beside the GSR's. The same half is also read in context, each
sentence inside its whole article (``wikinews_articles.jsonl``), which guards what parley does
with the text around a sentence: quotations and their speakers, earlier names and dates. About
a minute in all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.eval.events import EventsReport, run_events_eval

_BASELINE = json.loads(Path(__file__).with_name("events_baseline.json").read_text("utf-8"))
_DEV = Path(__file__).parents[2] / "dev" / "events" / "wikinews_plover.jsonl"
_ARTICLES = _DEV.with_name("wikinews_articles.jsonl")

pytestmark = pytest.mark.slow


_FLOORS = {"wikinews_odd": None, "wikinews_odd_in_context": _ARTICLES}
_METRICS = ["macro_f1", "micro_f1", "source_accuracy", "target_accuracy", "triple_f1"]


@pytest.fixture(scope="module", params=list(_FLOORS))
def odd(request: pytest.FixtureRequest) -> tuple[str, EventsReport]:
    name = request.param
    return name, run_events_eval(_DEV, half="odd", articles=_FLOORS[name])


@pytest.mark.parametrize("metric", _METRICS)
def test_events_dev_gate_wikinews_odd_half_meets_floor(
    odd: tuple[str, EventsReport], metric: str
) -> None:
    name, report = odd
    assert getattr(report, metric) >= _BASELINE[name][metric], report.format_table()


def test_events_dev_gate_few_events_on_sentences_without_one(odd: tuple[str, EventsReport]) -> None:
    name, report = odd
    assert report.no_event > 0
    if name == "wikinews_odd_in_context":
        assert report.context_articles > 0 and report.context_missing == 0, report.format_table()
    assert report.false_alarms <= _BASELINE[name]["false_alarms_max"], report.format_table()
