"""Provenance: wire copies grouped, one quote with many sightings, versions linked, re-ingest idle."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import corpus
from parley.records import Article
from parley.store import Sighting, Store, outlet_of
from parley.store import queries as q

TABLES = ("articles", "sightings", "entities", "mentions", "quotes", "events", "article_bands")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "parley.duckdb")
    store.write(corpus.articles())
    return store


def _counts(store: Store) -> list[int]:
    return [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]  # type: ignore[index]


def test_wire_copies_in_five_outlets_are_one_group(store: Store) -> None:
    rows = store.db.execute(
        "SELECT wire_group, count(*) FROM articles GROUP BY wire_group ORDER BY 2 DESC"
    ).fetchall()
    assert [count for _, count in rows] == [5, 1, 1]


def test_wire_group_is_named_after_the_first_copy_stored(store: Store) -> None:
    first = corpus.wire_copy(0).sha1
    groups = {
        row[0]
        for row in store.db.execute(
            "SELECT wire_group FROM articles WHERE outlet <> 'apnews.example' OR url LIKE '%/2'"
        ).fetchall()
    }
    assert first in groups


def test_unrelated_stories_are_not_grouped(store: Store) -> None:
    keys = [corpus.april().sha1, corpus.summit().sha1]
    rows = store.db.execute(
        "SELECT sha1, wire_group FROM articles WHERE sha1 IN (SELECT unnest($k))", {"k": keys}
    ).fetchall()
    assert all(sha1 == group for sha1, group in rows)


def test_wire_quote_is_one_quote_with_five_sightings(store: Store) -> None:
    (row,) = [r for r in q.quotes(store).records() if r["quote"] == corpus.QUOTE]
    assert (row["seen"], row["outlets"]) == (5, 5)


def test_wire_quote_first_seen_is_the_earliest_outlet(store: Store) -> None:
    (row,) = [r for r in q.quotes(store).records() if r["quote"] == corpus.QUOTE]
    assert (row["first_seen"], row["outlet"]) == (dt.date(2021, 3, 17), "tass.example")


def test_quote_sightings_list_outlet_url_and_date(store: Store) -> None:
    (key,) = [r["quote_key"] for r in q.quotes(store).records() if r["quote"] == corpus.QUOTE]
    table = q.sightings(store, key)
    assert [(r["date"], r["outlet"], r["url"]) for r in table.records()] == [
        (published, outlet_of(url), url)
        for url, published, _, _ in sorted(corpus.OUTLETS, key=lambda o: (o[1], outlet_of(o[0])))
    ]


def test_quote_sightings_view_joins_quotes_to_where_they_were_seen(store: Store) -> None:
    (count,) = store.db.execute(
        "SELECT count(*) FROM quote_sightings WHERE quote_key = "
        "(SELECT DISTINCT quote_key FROM quotes WHERE text = $text)",
        {"text": corpus.QUOTE},
    ).fetchone()  # type: ignore[misc]
    assert count == 5


def test_write_again_adds_nothing(store: Store) -> None:
    before = _counts(store)
    result = store.write(corpus.articles())
    assert (result.stored, result.sightings, _counts(store)) == (0, 0, before)


def test_same_article_at_another_url_is_a_new_sighting_only(store: Store) -> None:
    before = _counts(store)
    copy = dataclasses.replace(corpus.april(), url="https://mirror.example/5")
    result = store.write([copy])
    assert (result.stored, result.duplicates, result.sightings) == (0, 1, 1)
    assert _counts(store)[0] == before[0]


def test_new_version_at_same_url_keeps_both_linked(store: Store) -> None:
    old = corpus.april()
    new = dataclasses.replace(old, text=old.text + " The statement was later updated.", sha1="")
    store.write([new])
    rows = store.db.execute(
        "SELECT sha1, previous_version FROM articles WHERE url = $url ORDER BY stored_at",
        {"url": old.url},
    ).fetchall()
    assert rows == [(old.sha1, None), (new.sha1, old.sha1)]


def test_new_version_is_in_the_same_wire_group(store: Store) -> None:
    old = corpus.april()
    new = dataclasses.replace(old, text=old.text + " The statement was later updated.", sha1="")
    store.write([new])
    groups = store.db.execute(
        "SELECT DISTINCT wire_group FROM articles WHERE url = $url", {"url": old.url}
    ).fetchall()
    assert groups == [(old.sha1,)]


def test_article_without_url_has_no_versions(tmp_path: Path) -> None:
    with Store(tmp_path / "p.duckdb") as store:
        store.write([Article(text="One text about talks in Geneva between two leaders today.")])
        store.write([Article(text="Another text about talks in Geneva between two leaders.")])
        rows = store.db.execute("SELECT previous_version FROM articles").fetchall()
    assert rows == [(None,), (None,)]


def test_explicit_sightings_are_recorded(tmp_path: Path) -> None:
    article = corpus.summit()
    seen = [
        Sighting(article=article.sha1, source="a.warc.gz@0", url="https://one.example/x"),
        Sighting(article=article.sha1, source="a.warc.gz@99", url="https://two.example/x"),
    ]
    with Store(tmp_path / "p.duckdb") as store:
        result = store.write([article], sightings=seen)
        outlets = store.db.execute("SELECT outlet FROM sightings ORDER BY outlet").fetchall()
    assert (result.sightings, outlets) == (2, [("one.example",), ("two.example",)])


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.reuters.com/world/x", "reuters.com"),
        ("http://TASS.ru/a", "tass.ru"),
        (None, None),
        ("not a url", None),
    ],
)
def test_outlet_of(url: str | None, outlet: str | None) -> None:
    assert outlet_of(url) == outlet
