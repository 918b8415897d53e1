"""Fuzzing ``analyze`` and every stage of the registry on arbitrary and mutated input.

Properties, for any input: no unhandled exception (an ``Article`` or a
``Rejection`` comes back); every offset of every annotation lies inside the
article's text, start before end; every record serialises to JSON and an
article survives ``to_dict``/``from_dict``.

The CI profile runs ``PARLEY_FUZZ_EXAMPLES`` (default 20) cases per test;
``bench/fuzz.py`` runs the same tests with thousands and reports the count.
Stages are taken from the registry, so a stage added there is fuzzed here too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nasty import ARABIC, PROSE, RUSSIAN, page
from parley.pipeline import Pipeline, analyze
from parley.records import Article, Document, Rejection
from parley.registry import DEFAULT_STAGES

EXAMPLES = int(os.environ.get("PARLEY_FUZZ_EXAMPLES", "20"))
CASES = {"count": 0}
"""Cases checked, across all tests of the module (``bench/fuzz.py`` reports it)."""

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
OFFSET_KEYS = ("start", "end", "speaker_start", "speaker_end")


def _seeds() -> list[bytes]:
    examples = resources.files("parley.data").joinpath("examples")
    pages = [
        item.read_bytes()
        for item in sorted(examples.iterdir(), key=lambda item: item.name)
        if item.name.endswith((".html", ".txt"))
    ]
    made = [page(PROSE), page(RUSSIAN), page(ARABIC), f"Headline\n\n{PROSE}\n\n“{PROSE}”"]
    return pages + [text.encode() for text in made]


SEEDS = _seeds()
PIECES = [
    "“", "”", '"', "«", "»", "'", "‘", "’", "„", "<p>", "</p>", "<div>", "</div>", "<script>",
    "<!--", "-->", "<br>", "<title>", "&amp;", "&#x202E;", "\u202e", "\u200f", "\ufeff", "\n",
    "\r\n", "\t", " said ", "Putin", "Biden", "Kremlin spokesman Dmitry Peskov", "🎉", "👨‍👩‍👧",
    "مجلس", "Совет", "March 17", ". ", "?!", "…", "\x00", "\udcff"[:0],
]  # fmt: skip
_characters = st.characters(exclude_categories=("Cs",))
texts = st.lists(
    st.one_of(st.text(_characters, max_size=40), st.sampled_from(PIECES), st.just(PROSE)),
    max_size=30,
).map("".join)
html = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(_characters, max_size=20), st.just(PROSE)),
    max_size=40,
).map(lambda parts: "<html><body><article>" + "".join(parts))


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A real page with bytes flipped, cut, repeated or inserted."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "truncate"]))
        if kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 2000))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(max_size=50) | st.sampled_from(PIECES).map(str.encode))
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 500))] * draw(st.integers(2, 20))
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


inputs = st.one_of(texts, html, st.binary(max_size=2000), mutated_pages())


def _offsets(record: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict inside ``record`` that carries offsets, with the key path to it."""
    if isinstance(record, dict):
        if any(k in record for k in OFFSET_KEYS) or "mentions" in record:
            yield "", record
        for value in record.values():
            yield from _offsets(value)
    elif isinstance(record, list):
        for value in record:
            yield from _offsets(value)


def check(outcome: Article | Rejection) -> None:
    """The properties every outcome must have."""
    CASES["count"] += 1
    assert isinstance(outcome, Article | Rejection)
    record = outcome.to_dict()
    json.loads(json.dumps(record, ensure_ascii=False, default=str))
    if isinstance(outcome, Rejection):
        assert outcome.reason and outcome.message
        return
    size = len(outcome.text)
    for _, item in _offsets(record):
        for start_key, end_key in (("start", "end"), ("speaker_start", "speaker_end")):
            start, end = item.get(start_key), item.get(end_key)
            if start is not None:
                assert 0 <= start <= size
            if end is not None:
                assert 0 <= end <= size
                if start is not None:
                    assert start <= end
        for start, end in item.get("mentions", ()):
            assert 0 <= start < end <= size
    assert Article.from_dict(record).to_dict() == record


@pytest.fixture(scope="module")
def pipelines() -> dict[tuple[str, ...], Pipeline]:
    return {
        DEFAULT_STAGES[:n]: Pipeline(stages=DEFAULT_STAGES[:n])
        for n in range(1, len(DEFAULT_STAGES) + 1)
    }  # noqa: E501


@FUZZ
@given(content=inputs)
def test_analyze_never_raises_and_keeps_offsets_inside(content: str | bytes) -> None:
    check(analyze(content))


@pytest.mark.parametrize("depth", range(1, len(DEFAULT_STAGES) + 1))
def test_each_stage_never_raises_and_keeps_offsets_inside(
    depth: int, pipelines: dict[tuple[str, ...], Pipeline]
) -> None:
    pipeline = pipelines[DEFAULT_STAGES[:depth]]

    @FUZZ
    @given(content=inputs)
    def run(content: str | bytes) -> None:
        (outcome,) = pipeline.run_batch([Document(source="fuzz", content=content)])
        check(outcome)

    run()


@FUZZ
@given(contents=st.lists(inputs, min_size=2, max_size=6))
def test_bad_inputs_never_crash_a_batch(contents: list[str | bytes]) -> None:
    documents = [Document(source=f"fuzz-{i}", content=c) for i, c in enumerate(contents)]
    outcomes = Pipeline().run_batch(documents)
    assert len(outcomes) == len(documents)
    for outcome in outcomes:
        check(outcome)
