"""The events of one sentence, through the stages the event coder needs (for the tests here)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

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
