"""A small stored corpus with quotes and events, built from records (no NLP run).

One wire story carried by five outlets, each with its own opening and closing
line around the same agency text, and two later stories. Until the quotes and
events stages fill these records from text, tests of the store's provenance and
queries build them here.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from parley.records import Article, Entity, Event, Quote
from parley.store import Store

QUOTE = "Since Biden's words were quite unprecedented, unprecedented formats can't be excluded"
BODY = (
    f"“{QUOTE},” Kremlin spokesman Dmitry Peskov said on Wednesday of the invitation. "
    "The former KGB agent added, though, that Moscow would cooperate with Washington where it "
    "is in Russia's interests to do so. Within hours of the comments, Russia summoned its "
    "ambassador to the United States back to Moscow for consultations, a rare step that "
    "diplomats in both capitals described as the sharpest since the end of the Cold War. "
    "President Joe Biden had said in an interview that he believed Vladimir Putin was a "
    "killer and that the Russian leader would pay a price for interfering in the election."
)
# (outlet URL, published, opening line, closing line)
OUTLETS = [
    ("https://tass.example/world/1", dt.date(2021, 3, 17), "MOSCOW, March 17.", "TASS."),
    (
        "https://www.reuters.example/world/russia-recalls",
        dt.date(2021, 3, 18),
        "MOSCOW (Reuters) -",
        "Reporting by the Moscow bureau; editing by the world desk.",
    ),
    (
        "https://apnews.example/article/2",
        dt.date(2021, 3, 18),
        "MOSCOW (AP) —",
        "AP writers contributed.",
    ),
    (
        "https://aljazeera.example/news/3",
        dt.date(2021, 3, 19),
        "Russia recalls envoy after Biden remarks.",
        "Source: Al Jazeera and news agencies.",
    ),
    (
        "https://dw.example/en/4",
        dt.date(2021, 3, 19),
        "Diplomatic row deepens.",
        "DW with AFP, Reuters.",
    ),
]
APRIL = (
    "“We will respond to any new sanctions firmly and in kind,” Dmitry Peskov told reporters in "
    "Moscow on Thursday, after Washington expelled ten Russian diplomats and announced new "
    "measures against Russian banks. The Kremlin spokesman said President Vladimir Putin had "
    "not yet decided how to reply but that the answer would not be long in coming."
)
SUMMIT = (
    "“The summit was constructive and we agreed to return our ambassadors,” Joe Biden said in "
    "Geneva after meeting Vladimir Putin for three hours, adding that the two countries would "
    "start talks on strategic stability. The Russian leader called the talks frank."
)


def _entity(text: str, id: str, name: str, country: str, *words: str, role: str = "") -> Entity:
    mentions = sorted(
        (m.start(), m.end()) for word in (name, *words) for m in re.finditer(re.escape(word), text)
    )
    return Entity(
        id=id, name=name, type="PERSON", country=country, roles=(role,) if role else (),
        aliases=tuple(w for w in words if w in text), mentions=tuple(mentions),
    )  # fmt: skip


def _quote(text: str, words: str, speaker: str, speaker_id: str, id: str = "Q1") -> Quote:
    start = text.find(words)
    return Quote(
        id=id, text=words, kind="direct", start=start, end=start + len(words), speaker=speaker,
        speaker_id=speaker_id, speaker_text=speaker, cue="said",
    )  # fmt: skip


def _event(id: str, kind: str, source: tuple[str, str, str], target: tuple[str, str, str],
           date: str, intensity: float, sentence: str) -> Event:  # fmt: skip
    return Event(
        id=id, type=kind, sentence=sentence, intensity=intensity, source=source[0],
        source_id=source[1], source_country=source[2], target=target[0], target_id=target[1],
        target_country=target[2], date=date, date_end=date,
    )  # fmt: skip


def people(text: str) -> tuple[Entity, ...]:
    people = (
        _entity(text, "E1", "Dmitry Peskov", "RUS", "Peskov", role="Kremlin spokesman"),
        _entity(text, "E2", "Joe Biden", "USA", "Biden", role="president"),
        _entity(text, "E3", "Vladimir Putin", "RUS", "Putin", "The former KGB agent", "the Russian leader"),
    )  # fmt: skip
    return tuple(person for person in people if person.mentions)


def wire_copy(number: int) -> Article:
    url, published, opening, closing = OUTLETS[number]
    text = f"{opening} {BODY}\n\n{closing}"
    # One outlet punctuates the quote its own way: the same words all the same.
    words = QUOTE.replace(", unprecedented", " — unprecedented") if number == 3 else QUOTE
    text = text.replace(QUOTE, words)
    return Article(
        text=text, url=url, title="Russia recalls ambassador", published=published,
        source=url, entities=people(text), quotes=(_quote(text, words, "Dmitry Peskov", "E1"),),
        events=(
            _event("V1", "REDUCE", ("Russia", "", "RUS"), ("United States", "", "USA"),
                   "2021-03-17", -4.0, "Russia summoned its ambassador back to Moscow."),
            _event("V2", "ACCUSE", ("Joe Biden", "E2", "USA"), ("Vladimir Putin", "E3", "RUS"),
                   "2021-03-16", -2.0, "Biden said he believed Putin was a killer."),
        ),
    )  # fmt: skip


def april() -> Article:
    return Article(
        text=APRIL, url="https://tass.example/world/5", title="Kremlin vows response",
        published=dt.date(2021, 4, 15), source="https://tass.example/world/5",
        entities=people(APRIL),
        quotes=(_quote(APRIL, "We will respond to any new sanctions firmly and in kind",
                       "Dmitry Peskov", "E1"),),
        events=(
            _event("V1", "THREATEN", ("Dmitry Peskov", "E1", "RUS"), ("United States", "", "USA"),
                   "2021-04-15", -6.0, "We will respond to any new sanctions firmly."),
            _event("V2", "SANCTION", ("United States", "", "USA"), ("Russia", "", "RUS"),
                   "2021-04-15", -5.0, "Washington expelled ten Russian diplomats."),
        ),
    )  # fmt: skip


def summit() -> Article:
    return Article(
        text=SUMMIT, url="https://apnews.example/article/6", title="Geneva summit",
        published=dt.date(2021, 6, 16), source="https://apnews.example/article/6",
        entities=people(SUMMIT),
        quotes=(_quote(SUMMIT, "The summit was constructive and we agreed to return our ambassadors",
                       "Joe Biden", "E2"),),
        events=(
            _event("V1", "AGREE", ("Joe Biden", "E2", "USA"), ("Vladimir Putin", "E3", "RUS"),
                   "2021-06-16", 4.0, "We agreed to return our ambassadors."),
        ),
    )  # fmt: skip


def articles() -> list[Article]:
    return [wire_copy(n) for n in range(len(OUTLETS))] + [april(), summit()]


def build(path: Path) -> Path:
    """The corpus stored in a new database file at ``path``."""
    with Store(path) as store:
        store.write(articles())
        # The events stage will fill actor sectors; until then the corpus sets one.
        store.db.execute(
            "UPDATE events SET source_sector = 'GOV' WHERE source IN ('Russia', 'Dmitry Peskov')"
        )
    return path
