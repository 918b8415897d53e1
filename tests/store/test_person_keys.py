"""One person across articles: the person key the store keeps and the queries group by."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parley.records import Article, Entity, Quote
from parley.store import Store, queries

FULL = "Turkish President Recep Tayyip Erdoğan spoke."
SHORT = "“We will decide,” President Erdogan said."
OTHER = "Ahmet Smith, a Turkish farmer, spoke. “Rain,” Smith said."


def _person_article(
    text: str, name: str, day: int, country: str | None, quotes: tuple[Quote, ...] = ()
) -> Article:
    """An article naming one person, President ``name``, once."""
    start = text.index(name)
    return Article(
        text=text,
        published=dt.date(2019, 10, day),
        entities=(
            Entity(
                id="E1",
                name=name,
                type="PERSON",
                country=country,
                roles=("president",),
                mentions=((start, start + len(name)),),
            ),
        ),
        quotes=quotes,
    )


def _full(number: int) -> Article:
    return _person_article(f"{number}. {FULL}", "Recep Tayyip Erdoğan", 1, "TUR")


def _short(number: int, country: str | None = None) -> Article:
    text = f"{number}. {SHORT}"
    quoted = text.index("We")
    quote = Quote(
        id="Q1",
        text="We will decide,",
        kind="direct",
        start=quoted,
        end=quoted + len("We will decide,"),
        speaker="Erdogan",
        speaker_id="E1",
    )
    return _person_article(text, "Erdogan", 2, country, (quote,))


def _keys(store: Store) -> list[tuple[str, str]]:
    return store.db.execute("SELECT name, person FROM entities ORDER BY name").fetchall()


@pytest.mark.parametrize("full_first", [True, False])
def test_store_surname_joins_the_full_name_either_order(tmp_path: Path, full_first: bool):
    with Store(tmp_path / "p.duckdb") as store:
        articles = [_full(1), _short(2)] if full_first else [_short(2), _full(1)]
        for article in articles:
            store.write([article])
        assert _keys(store) == [
            ("Erdogan", "recep tayyip erdogan"),
            ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ]


def test_store_surname_without_a_link_keeps_its_own_key(tmp_path: Path):
    smith = Entity(id="E1", name="Smith", type="PERSON", country="GBR", mentions=((0, 5),))
    full = Entity(id="E1", name="Ahmet Smith", type="PERSON", country="TUR", mentions=((0, 5),))
    with Store(tmp_path / "p.duckdb") as store:
        store.write([Article(text=f"1. {OTHER}", entities=(full,))])
        store.write([Article(text=f"2. {OTHER}", entities=(smith,))])
        assert _keys(store) == [("Ahmet Smith", "ahmet smith"), ("Smith", "smith")]


def test_profile_groups_one_person_whatever_the_accents(tmp_path: Path):
    with Store(tmp_path / "p.duckdb") as store:
        store.write([_full(1), _short(2)])
        profile = queries.profile(store, "Erdogan")
        assert profile is not None
        assert profile.name == "Recep Tayyip Erdoğan"
        assert profile.counts["articles"] == 2
        assert profile.counts["quotes"] == 1
        assert queries.profile(store, "recep tayyip erdogan") == profile


def test_quotes_by_speaker_with_or_without_accents(tmp_path: Path):
    with Store(tmp_path / "p.duckdb") as store:
        store.write([_full(1), _short(2)])
        for name in ("Erdoğan", "Recep Tayyip Erdogan"):
            assert len(queries.quotes(store, speaker=name).rows) == 1


def test_top_people_counts_one_person_once(tmp_path: Path):
    with Store(tmp_path / "p.duckdb") as store:
        store.write([_full(1), _short(2), _full(3)])
        assert store.top_people() == [("Recep Tayyip Erdoğan", 3, 3)]
