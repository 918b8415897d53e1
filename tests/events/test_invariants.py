"""Invariants of coded events over generated sentences: no crash, well-formed records."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.actors import build_entities
from parley.config import DEFAULT_MODEL
from parley.events import PLOVER_TYPES, code_events
from parley.nlp import parse
from parley.records import Article
from parley.time import find_times

ACTORS = [
    "France",
    "Iranian officials",
    "the rebels",
    "Moscow",
    "The United Nations",
    "they",
    "Mr Smith",
]
VERBS = ["expelled", "will visit", "did not attack", "threatened to ban", "praised", "urged", "could shell",
         "refused to release", "met", "called for talks with", "said", "accused"]  # fmt: skip
WHEN = ["", " on Monday", " yesterday", " on March 3", " the next day", " in the coming days"]

sentences = st.builds(
    lambda a, v, b, w: f"{a} {v} {b}{w}.",
    st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS), st.sampled_from(WHEN),
)  # fmt: skip


@given(st.lists(sentences, min_size=1, max_size=4), st.sampled_from([dt.date(2021, 3, 19), None]))
@settings(max_examples=40, deadline=None)
def test_code_events_records_are_well_formed(parts, published):
    text = " ".join(parts)
    (doc,) = parse([text], DEFAULT_MODEL)
    article = Article(text=text, published=published, entities=build_entities(doc))
    article = dataclasses.replace(article, times=find_times(doc, published))
    for event in code_events(article, doc):
        assert event.type in PLOVER_TYPES
        assert event.sentence in text
        assert event.intensity is not None and -10 <= event.intensity <= 10
        assert event.cameo is not None and event.cameo.isdigit()
        assert event.source or event.target
        assert event.time_id is None or any(t.id == event.time_id for t in article.times)
