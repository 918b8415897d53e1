"""The events of one sentence, through the stages the event coder needs (for the tests here)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from parley.actors import build_entities
from parley.config import DEFAULT_MODEL
from parley.events import code_events
from parley.nlp import parse
from parley.records import Article, Event, Quote
from parley.time import find_times


def events_of(
    text: str, published: dt.date | None = None, quotes: Iterable[Quote] = ()
) -> tuple[Event, ...]:
    (doc,) = parse([text], DEFAULT_MODEL)
    article = Article(text=text, published=published, quotes=tuple(quotes))
    article = dataclasses.replace(
        article, entities=build_entities(doc), times=find_times(doc, published)
    )
    return code_events(article, doc)


def claimed(events: Iterable[Event]) -> list[Event]:
    """The events a sentence asserts: not negated, not hypothetical."""
    return [e for e in events if not e.negated and not e.hypothetical]


def assert_coded(
    code: str, events: Iterable[Event], type_: str, source: str | None, target: str | None
) -> None:
    """Some event of ``type_`` is among ``events`` (the first with the given countries, when
    given) — the check of the CAMEO coverage tables."""
    events = list(events)
    coded = [e for e in events if e.type == type_]
    assert coded, f"CAMEO {code}: no {type_} among {[(e.type, e.mode, e.cameo) for e in events]}"
    if source is not None:
        assert coded[0].source_country == source, (code, coded[0].source)
    if target is not None:
        assert coded[0].target_country == target, (code, coded[0].target)


# The CAMEO codebook in shared/data (the tests that read it skip without it).
CAMEO_CODEBOOK = next(
    (p / "shared/data/events/cameo_codebook/cameo_event_codes.csv"
     for p in Path(__file__).resolve().parents
     if (p / "shared/data/events/cameo_codebook/cameo_event_codes.csv").is_file()),
    None,
)  # fmt: skip
