"""Hypothesis strategies for parley's records.

``articles()`` builds valid ``Article`` records the way the stages make them:
entity mentions, quote offsets and section starts lie inside ``text``; a quote's
``text`` is the slice its offsets name; ids are ``E1, E2, ...``, ``Q1, ...``,
``V1, ...`` in order and mentions are sorted (as ``parley.actors`` emits them).
Text mixes arbitrary unicode (no surrogates, no NUL) with the hard cases of
news text: emoji, right-to-left scripts, typographic quotation marks.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from parley.records import Article, Entity, Event, Quote, Section, TimeExpr

SNIPPETS = (
    "“Since Biden's words were quite unprecedented,” Peskov said.",
    "‘partial’ «guillemets» „low-high“ 「corner」 \"straight\" 'single'",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202bembedded RTL\u202c and \u200fmarks\u200e",
    "🇷🇺🇺🇸 👍🏽 👩‍👩‍👧 🔥",
    "Zürich — São Paulo — Łódź — 東京",
    "\n\n",
    "\r\n\t",
)

_characters = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
strings = st.text(_characters, max_size=30)
"""Any text a record field may hold: unicode without surrogates and NUL."""

texts = st.lists(st.one_of(strings, st.sampled_from(SNIPPETS)), max_size=8).map("".join)
"""Article-like text: arbitrary unicode interleaved with news-text snippets."""

optional_strings = st.none() | strings
countries = st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)
dates = st.dates()
"""Any date from year 1 to 9999."""


def _span(text: str) -> st.SearchStrategy[tuple[int, int]]:
    """``(start, end)`` with ``0 <= start <= end <= len(text)``."""
    bound = st.integers(0, len(text))
    return st.tuples(bound, bound).map(lambda pair: (min(pair), max(pair)))


@st.composite
def entities(draw: st.DrawFn, text: str, number: int) -> Entity:
    return Entity(
        id=f"E{number}",
        name=draw(strings),
        type=draw(st.sampled_from(("PERSON", "ORG", "GPE", "NORP"))),
        country=draw(countries),
        roles=tuple(draw(st.lists(strings, max_size=3))),
        aliases=tuple(draw(st.lists(strings, max_size=3))),
        mentions=tuple(sorted(draw(st.lists(_span(text), max_size=4)))),
    )


@st.composite
def quotes(draw: st.DrawFn, text: str, number: int) -> Quote:
    start, end = draw(_span(text))
    speaker_span = draw(st.none() | _span(text))
    speaker_start, speaker_end = speaker_span if speaker_span else (None, None)
    cue_span = draw(st.none() | _span(text))
    return Quote(
        id=f"Q{number}",
        text=text[start:end],
        kind=draw(st.sampled_from(("direct", "indirect", "mixed"))),
        start=start,
        end=end,
        speaker=draw(optional_strings),
        speaker_id=draw(st.none() | st.from_regex(r"E[1-9][0-9]?", fullmatch=True)),
        speaker_text=text[speaker_start:speaker_end] if speaker_span else None,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=draw(optional_strings),
        cue_start=cue_span[0] if cue_span else None,
        cue_end=cue_span[1] if cue_span else None,
    )


_iso_dates = dates.map(dt.date.isoformat)
_partial_dates = st.dates().map(lambda d: d.strftime("--%m-%d"))


@st.composite
def events(draw: st.DrawFn, number: int) -> Event:
    return Event(
        id=f"V{number}",
        type=draw(st.sampled_from(("ACCUSE", "THREATEN", "CONSULT", "REDUCE", "AGREE"))),
        sentence=draw(texts),
        mode=draw(optional_strings),
        cameo=draw(st.none() | st.from_regex(r"[0-9]{2,4}", fullmatch=True)),
        intensity=draw(st.none() | st.floats(-10, 10, allow_nan=False)),
        source=draw(optional_strings),
        source_id=draw(optional_strings),
        source_country=draw(countries),
        target=draw(optional_strings),
        target_id=draw(optional_strings),
        target_country=draw(countries),
        date=draw(st.none() | _iso_dates | _partial_dates),
        date_end=draw(st.none() | _iso_dates | _partial_dates),
        negated=draw(st.booleans()),
        hypothetical=draw(st.booleans()),
        quote_id=draw(st.none() | st.from_regex(r"Q[1-9][0-9]?", fullmatch=True)),
        source_sector=draw(st.none() | st.sampled_from(("GOV", "MIL", "CVL"))),
        target_sector=draw(st.none() | st.sampled_from(("GOV", "MIL", "IGO"))),
        time_id=draw(st.none() | st.from_regex(r"T[1-9][0-9]?", fullmatch=True)),
    )


@st.composite
def times(draw: st.DrawFn, text: str, number: int) -> TimeExpr:
    start, end = draw(_span(text))
    return TimeExpr(
        id=f"T{number}",
        text=text[start:end],
        start=start,
        end=end,
        date=draw(st.none() | _iso_dates | _partial_dates),
        date_end=draw(st.none() | _iso_dates | _partial_dates),
        granularity=draw(st.none() | st.sampled_from(("day", "week", "month", "year"))),
        anchor=draw(st.none() | st.sampled_from(("absolute", "published", "story"))),
        partial=draw(st.booleans()),
        vague=draw(st.booleans()),
        method=draw(st.none() | st.sampled_from(("rule", "dateparser"))),
    )


@st.composite
def sections(draw: st.DrawFn, text: str) -> tuple[Section, ...]:
    starts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)))
    return tuple(Section(heading=draw(strings), start=start) for start in starts)


@st.composite
def articles(draw: st.DrawFn, text: st.SearchStrategy[str] = texts) -> Article:
    """A valid Article with annotations; ``id`` is sometimes left to default to the sha1."""
    body = draw(text)
    count = st.integers(0, 3)
    return Article(
        text=body,
        id=draw(st.just("") | strings.filter(bool)),
        url=draw(st.none() | st.just("https://example.org/news/1") | strings),
        title=draw(optional_strings),
        published=draw(st.none() | dates),
        authors=tuple(draw(st.lists(strings, max_size=3))),
        credits=tuple(draw(st.lists(strings, max_size=3))),
        language=draw(st.none() | st.sampled_from(("en", "ar", "he", "ru"))),
        sections=draw(sections(body)),
        source=draw(optional_strings),
        fetched_at=draw(st.none() | st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1))),
        entities=tuple(draw(entities(body, n)) for n in range(1, draw(count) + 1)),
        quotes=tuple(draw(quotes(body, n)) for n in range(1, draw(count) + 1)),
        events=tuple(draw(events(n)) for n in range(1, draw(count) + 1)),
        times=tuple(draw(times(body, n)) for n in range(1, draw(count) + 1)),
    )
