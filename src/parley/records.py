"""The typed records that flow between pipeline stages.

Every record is a frozen, slotted, keyword-only dataclass holding only tuples,
strings, numbers and dates, so it pickles cleanly (for Dask) and serialises with
one ``to_dict`` / ``from_dict`` pair. ``Article.to_dict`` is the JSON contract of
DESIGN.md: fields may be added, none may change meaning.

    Document   what ingest read: bytes or text, with where it came from
    Rejection  a document a stage refused, with a machine code and a sentence
    Article    the clean article plus every annotation the stages added
    Section    a subheading kept as structure, with the offset where it starts
    Entity     a person, organisation or country and its mentions
    Quote      a quotation, its speaker and its cue
    TimeExpr   a date expression and the day range it resolves to
    Event      a coded political event between two actors
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, fields
from typing import Any

Offsets = tuple[int, int]


def sha1_of(text: str) -> str:
    """The content hash an article is stored under: sha1 of its clean text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One input as read by ingest, before any extraction."""

    source: str
    """Where it came from, for messages: a path, a URL, ``-`` or ``file.jsonl:12``."""
    content: bytes | str
    content_type: str = "auto"
    """``text/html``, ``text/plain``, or ``auto`` to decide from the content."""
    url: str | None = None
    id: str | None = None
    """The caller's own id (from a ``.jsonl`` line); the article keeps it."""
    published: dt.date | None = None
    """A publication date given by the caller; it overrides what the page says."""
    fetched_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    """A document that could not become an article, and why.

    ``reason`` is a stable code (``empty``, ``binary``, ``undecodable``,
    ``not_article``, ``too_large``, ``unreadable``); ``message`` is a sentence
    for people.
    """

    source: str
    reason: str
    message: str
    id: str | None = None
    """The caller's id of the input, when it had one (a ``.jsonl`` line's ``id``)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "reason": self.reason,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A subheading of the article, kept as structure rather than body text."""

    heading: str
    start: int
    """Offset in ``Article.text`` of the first body character under the heading."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    id: str
    name: str
    type: str
    """``PERSON``, ``ORG``, ``GPE`` (a country, city or region) or ``NORP``."""
    country: str | None = None
    """ISO 3166 alpha-3 code where the text gives one."""
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Offsets, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    id: str
    text: str
    kind: str
    """``direct``, ``indirect`` or ``mixed``."""
    start: int
    end: int
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    """Offsets of the cue ("said", "according to", ":") in ``Article.text``. Quotes split
    around one attribution ("…," he said. "…") are several records sharing these."""
    cue_end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr:
    """A date or time expression in the text and where it falls on the calendar."""

    id: str
    text: str
    start: int
    end: int
    date: str | None = None
    """First day (ISO), ``--MM-DD`` / ``--MM`` when the year is unknown, None when unresolved."""
    date_end: str | None = None
    """Last day of the range (same form as ``date``)."""
    granularity: str | None = None
    """``day``, ``week``, ``month``, ``year`` or ``decade``."""
    anchor: str | None = None
    """What it was resolved against: ``absolute`` (the text names the date),
    ``published`` (the publication date), ``story`` (the previous dated
    expression), or None when it could not be resolved."""
    partial: bool = False
    """The year is unknown (no publication date and none in the text)."""
    vague: bool = False
    """A window rather than a stated day ("in the coming days", "mid-March")."""
    method: str | None = None
    """``rule`` (parley's own) or ``dateparser``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    type: str
    """A PLOVER event type such as ``ACCUSE``."""
    sentence: str
    mode: str | None = None
    cameo: str | None = None
    intensity: float | None = None
    source: str | None = None
    source_id: str | None = None
    source_country: str | None = None
    target: str | None = None
    target_id: str | None = None
    target_country: str | None = None
    date: str | None = None
    """ISO date, or ``--MM-DD`` when the year is unknown (never invented)."""
    date_end: str | None = None
    negated: bool = False
    hypothetical: bool = False
    quote_id: str | None = None
    source_sector: str | None = None
    """The source actor's sector (``GOV``, ``MIL``, ``REB``, ``CVL``, ``IGO`` …)."""
    target_sector: str | None = None
    time_id: str | None = None
    """The ``TimeExpr`` the date came from."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A clean article and, once the stages have run, its annotations."""

    text: str
    sha1: str = ""
    """Filled from ``text`` when left empty."""
    id: str = ""
    """The input's id, else ``sha1``."""
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    language: str | None = None
    sections: tuple[Section, ...] = ()
    source: str | None = None
    """Where the article was read from (path, URL, ``-``); not part of the contract."""
    fetched_at: dt.datetime | None = None
    """When the page was fetched (a WARC record's date, an HTTP fetch), if known."""
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[TimeExpr, ...] = ()

    def __post_init__(self) -> None:
        if not self.sha1:
            object.__setattr__(self, "sha1", sha1_of(self.text))
        if not self.id:
            object.__setattr__(self, "id", self.sha1)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Body paragraphs: ``text`` is these joined by blank lines."""
        return tuple(p for p in self.text.split("\n\n") if p)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of DESIGN.md (plus ``sections`` and ``source``)."""
        return {
            "id": self.id,
            "sha1": self.sha1,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "authors": list(self.authors),
            "credits": list(self.credits),
            "language": self.language,
            "text": self.text,
            "sections": [{"heading": s.heading, "start": s.start} for s in self.sections],
            "source": self.source,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "entities": [_plain(e) for e in self.entities],
            "quotes": [_plain(q) for q in self.quotes],
            "events": [_plain(v) for v in self.events],
            "times": [_plain(t) for t in self.times],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        published = data.get("published")
        fetched_at = data.get("fetched_at")
        return cls(
            id=data.get("id") or "",
            sha1=data.get("sha1") or "",
            url=data.get("url"),
            title=data.get("title"),
            published=dt.date.fromisoformat(published) if published else None,
            authors=tuple(data.get("authors") or ()),
            credits=tuple(data.get("credits") or ()),
            language=data.get("language"),
            text=data["text"],
            sections=tuple(Section(**s) for s in data.get("sections") or ()),
            source=data.get("source"),
            fetched_at=dt.datetime.fromisoformat(fetched_at) if fetched_at else None,
            entities=tuple(
                Entity(
                    **{
                        **e,
                        "roles": tuple(e.get("roles") or ()),
                        "aliases": tuple(e.get("aliases") or ()),
                        "mentions": tuple(tuple(m) for m in e.get("mentions") or ()),
                    }
                )
                for e in data.get("entities") or ()
            ),
            quotes=tuple(Quote(**q) for q in data.get("quotes") or ()),
            events=tuple(Event(**v) for v in data.get("events") or ()),
            times=tuple(TimeExpr(**t) for t in data.get("times") or ()),
        )


def _plain(record: Entity | Quote | Event | TimeExpr) -> dict[str, Any]:
    """A record as JSON-ready values: tuples become lists, recursively."""
    return {f.name: _listify(getattr(record, f.name)) for f in fields(record)}


def _listify(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_listify(v) for v in value]
    return value
