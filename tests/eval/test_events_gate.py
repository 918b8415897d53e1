"""Metric gate: the event coder must not fall below its pinned floors.

Scores the PLOVER GSR's even half (the half reported, never tuned on) and the
PETRARCH2 unit-test records (a regression suite: their test dictionary gives
some verbs engine-test codes, so the figures are low by design; they must not
drop). Floors live in ``events_baseline.json``; they may rise, never silently
fall. Both runs take about 20 seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.errors import EvalError
from parley.eval.events import (
    EventsReport,
    RegressionReport,
    default_gold,
    run_events_eval,
    run_petrarch_regression,
)

_BASELINE = json.loads(Path(__file__).with_name("events_baseline.json").read_text("utf-8"))


def _gold() -> Path | None:
    try:
        return default_gold(Path(__file__).parent)
    except EvalError:
        return None


_GSR = _gold()
_PETRARCH = _GSR.parents[1] / "petrarch2_unittests" / "petr2_unittests.jsonl" if _GSR else None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(_GSR is None, reason="the PLOVER GSR is not in shared/data above the repo"),
]


@pytest.fixture(scope="module")
def even() -> EventsReport:
    assert _GSR is not None
    return run_events_eval(_GSR, half="even")


@pytest.fixture(scope="module")
def petrarch() -> RegressionReport:
    assert _PETRARCH is not None
    return run_petrarch_regression(_PETRARCH)


@pytest.mark.parametrize(
    "metric", ["macro_f1", "micro_f1", "source_accuracy", "target_accuracy", "triple_f1"]
)
def test_events_gate_gsr_even_half_meets_floor(even: EventsReport, metric: str) -> None:
    assert getattr(even, metric) >= _BASELINE["gsr_even"][metric], even.format_table()


def test_events_gate_gsr_intensity_error_under_ceiling(even: EventsReport) -> None:
    assert even.intensity_mae is not None
    assert even.intensity_mae <= _BASELINE["gsr_even"]["intensity_mae_max"], even.format_table()


@pytest.mark.parametrize("metric", ["recall", "precision"])
def test_events_gate_petrarch_regression_meets_floor(
    petrarch: RegressionReport, metric: str
) -> None:
    assert getattr(petrarch, metric) >= _BASELINE["petrarch2"][metric], petrarch.format_table()


def test_events_gate_petrarch_no_event_records_stay_quiet(petrarch: RegressionReport) -> None:
    assert petrarch.no_event_right >= _BASELINE["petrarch2"]["no_event_right"], (
        petrarch.format_table()
    )
