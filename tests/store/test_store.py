"""The store on real DuckDB files: lossless, idempotent, one transaction per batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings

from parley.errors import StoreError
from parley.records import Article, Entity, Event, Quote, Rejection
from parley.store import Store, WriteResult
from strategies import articles

TEXT = (
    "“Since Biden's words were quite unprecedented, unprecedented formats can't be excluded,” "
    "Kremlin spokesman Dmitry Peskov said. Russia recalled its ambassador to Washington."
)


def _article(number: int, **fields: object) -> Article:
    """A distinct small article (its text, hence its sha1, depends on ``number``)."""
    return Article(text=f"Article {number}. {TEXT}", **fields)


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


SAID = TEXT[1 : TEXT.index("”")]
RECALLED = TEXT[TEXT.index("Russia") :]

ANNOTATED = Article(
    text=TEXT,
    id="wire-1",
    title="Kremlin on Biden",
    published=dt.date(2021, 3, 19),
    entities=(
        Entity(
            id="E1",
            name="Dmitry Peskov",
            type="PERSON",
            country="RUS",
            mentions=(_at("Dmitry Peskov"),),
        ),
        Entity(id="E2", name="Joe Biden", type="PERSON", country="USA", mentions=(_at("Biden"),)),
        Entity(id="E3", name="Kremlin", type="ORG", country="RUS", mentions=(_at("Kremlin"),)),
        Entity(id="E4", name="Russia", type="GPE", country="RUS", mentions=(_at("Russia"),)),
    ),
    quotes=(
        Quote(
            id="Q1", text=SAID, kind="direct", start=1, end=1 + len(SAID), speaker="Dmitry Peskov"
        ),
        Quote(id="Q2", text=RECALLED, kind="indirect", start=_at(RECALLED)[0], end=len(TEXT)),
    ),
    events=(Event(id="V1", type="REDUCE", sentence=RECALLED, source_country="RUS"),),
)
OTHER = Article(
    text="The Interfax agency quoted Sergei Lavrov at length on the talks in Geneva.",
    entities=(
        Entity(id="E1", name="Sergei Lavrov", type="PERSON", country="RUS", mentions=((27, 40),)),
        Entity(id="E2", name="Interfax", type="ORG", mentions=((4, 12),)),
        Entity(id="E3", name="Joe Biden", type="PERSON", country="USA"),
    ),
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "parley.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as store:
        yield store


@pytest.fixture
def failing_second_insert(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the second article of the next batch fail as a database error would."""
    insert = Store._insert
    calls = 0

    def insert_then_fail(self: Store, article: Article, run_id: int | None) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise duckdb.ConstraintException("simulated failure on the second article")
        insert(self, article, run_id)

    monkeypatch.setattr(Store, "_insert", insert_then_fail)


# -- round trip -----------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(article=articles())
def test_store_round_trip_is_lossless(
    tmp_path_factory: pytest.TempPathFactory, article: Article
) -> None:
    with Store(tmp_path_factory.mktemp("db") / "parley.duckdb") as store:
        store.write([article])
        assert store.get_article(article.sha1) == article


def test_store_annotated_article_round_trips(store: Store) -> None:
    store.write([ANNOTATED])
    assert store.get_article(ANNOTATED.sha1) == ANNOTATED


def test_store_entity_without_mentions_round_trips(store: Store) -> None:
    store.write([OTHER])
    assert store.get_article(OTHER.sha1) == OTHER


def test_store_entities_without_any_mention_round_trip(store: Store) -> None:
    article = _article(1, entities=(Entity(id="E1", name="Kremlin", type="ORG"),))
    store.write([article])
    assert store.get_article(article.sha1) == article


def test_store_annotation_ids_without_number_round_trip(store: Store) -> None:
    article = _article(
        1,
        entities=(Entity(id="E", name="Kremlin", type="ORG", mentions=((0, 7),)),),
        quotes=(Quote(id="Qa", text="", kind="direct", start=0, end=0),),
    )
    store.write([article])
    assert store.get_article(article.sha1) == article


def test_store_annotations_come_back_in_numeric_id_order(store: Store) -> None:
    entities = tuple(Entity(id=f"E{n}", name=f"Name {n}", type="PERSON") for n in range(1, 12))
    article = _article(1, entities=entities)
    store.write([article])
    stored = store.get_article(article.sha1)
    assert stored is not None
    assert [e.id for e in stored.entities] == [e.id for e in entities]


@pytest.mark.parametrize("key", ["sha1", "id"])
def test_store_get_article_by_sha1_or_id(store: Store, key: str) -> None:
    store.write([ANNOTATED, OTHER])
    assert store.get_article(getattr(ANNOTATED, key)) == ANNOTATED


def test_store_get_article_unknown_key_is_none(store: Store) -> None:
    store.write([ANNOTATED])
    assert store.get_article("no-such-article") is None


# -- idempotence ----------------------------------------------------------------


def test_store_write_returns_stored_count(store: Store) -> None:
    assert _counts(store.write([_article(1), _article(2)])) == (2, 0)


def test_store_write_same_article_twice_counts_duplicate(store: Store) -> None:
    store.write([ANNOTATED])
    assert _counts(store.write([ANNOTATED])) == (0, 1)


def test_store_write_same_article_twice_stores_once(store: Store) -> None:
    store.write([ANNOTATED])
    store.write([ANNOTATED])
    assert store.totals().articles == 1


def test_store_write_duplicate_within_batch_stores_once(store: Store) -> None:
    assert _counts(store.write([ANNOTATED, ANNOTATED])) == (1, 1)


def test_store_write_same_text_under_another_id_is_duplicate(store: Store) -> None:
    store.write([ANNOTATED])
    assert _counts(store.write([Article(text=TEXT, id="wire-2")])) == (0, 1)


def test_store_has_stored_sha1(store: Store) -> None:
    store.write([ANNOTATED])
    assert (store.has(ANNOTATED.sha1), store.has(OTHER.sha1)) == (True, False)


# -- one transaction per batch --------------------------------------------------


@pytest.mark.usefixtures("failing_second_insert")
def test_store_write_failing_batch_raises_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="nothing of this batch was kept"):
        store.write([_article(1), _article(2), _article(3)])


@pytest.mark.usefixtures("failing_second_insert")
def test_store_write_failing_batch_keeps_none_of_it(store: Store) -> None:
    batch = [_article(1), _article(2), _article(3)]
    with pytest.raises(StoreError):
        store.write(batch)
    assert [store.has(a.sha1) for a in batch] == [False, False, False]


def test_store_write_failing_batch_keeps_earlier_batches(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write([ANNOTATED, OTHER])
    monkeypatch.setattr(Store, "_insert", _raise_database_error)
    with pytest.raises(StoreError):
        store.write([_article(1)])
    assert sorted(store.article_keys()) == sorted([ANNOTATED.sha1, OTHER.sha1])


def _raise_database_error(self: Store, article: Article, run_id: int | None) -> None:
    raise duckdb.ConstraintException("simulated failure")


@pytest.mark.usefixtures("failing_second_insert")
def test_store_write_after_failed_batch_succeeds(store: Store) -> None:
    with pytest.raises(StoreError):
        store.write([_article(1), _article(2)])
    assert _counts(store.write([_article(3)])) == (1, 0)


def test_store_write_failing_iterable_keeps_none_of_the_batch(store: Store) -> None:
    def batch() -> Iterator[Article]:
        yield _article(1)
        raise ValueError("the caller's source broke")

    with pytest.raises(ValueError, match="source broke"):
        store.write(batch())
    assert store.totals().articles == 0


def test_store_write_after_failing_iterable_succeeds(store: Store) -> None:
    def batch() -> Iterator[Article]:
        yield _article(1)
        raise ValueError("the caller's source broke")

    with pytest.raises(ValueError):
        store.write(batch())
    assert _counts(store.write([_article(2)])) == (1, 0)


def test_store_write_duplicate_entity_ids_raises_store_error(store: Store) -> None:
    twice = Entity(id="E1", name="Joe Biden", type="PERSON")
    with pytest.raises(StoreError):
        store.write([_article(1, entities=(twice, twice))])


# -- the file -------------------------------------------------------------------


def test_store_data_survives_close_and_reopen(db_path: Path) -> None:
    with Store(db_path) as store:
        store.write([ANNOTATED, OTHER])
    with Store(db_path) as store:
        assert store.get_article(ANNOTATED.id) == ANNOTATED


def test_store_read_only_reopen_reads_articles(db_path: Path) -> None:
    with Store(db_path) as store:
        store.write([ANNOTATED])
    with Store(db_path, read_only=True) as store:
        assert store.get_article(ANNOTATED.sha1) == ANNOTATED


def test_store_read_only_missing_file_raises_store_error(db_path: Path) -> None:
    with pytest.raises(StoreError, match="Cannot open the database"):
        Store(db_path, read_only=True)


def test_store_open_non_database_file_raises_store_error(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a DuckDB file\n" * 200)
    with pytest.raises(StoreError, match=str(db_path.name)):
        Store(db_path)


def test_store_in_memory_round_trips() -> None:
    with Store(":memory:") as store:
        store.write([ANNOTATED])
        assert store.get_article(ANNOTATED.sha1) == ANNOTATED


def test_store_article_keys_lists_every_sha1(store: Store) -> None:
    store.write([ANNOTATED, OTHER])
    assert sorted(store.article_keys()) == sorted([ANNOTATED.sha1, OTHER.sha1])


# -- totals and summaries -------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    run_id = store.start_run("ingest a b")
    store.write([ANNOTATED, OTHER], run_id)
    store.record_rejections(
        run_id,
        [
            Rejection(source="a.png", reason="binary", message="a.png is a PNG image."),
            Rejection(source="b.txt", reason="empty", message="b.txt is empty."),
        ],
    )
    return store


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        ("articles", 2),
        ("people", 3),  # Peskov, Biden (in both articles, counted once), Lavrov
        ("organisations", 2),
        ("countries", 2),
        ("quotes", 2),
        ("attributed_quotes", 1),
        ("events", 1),
        ("runs", 1),
        ("rejected", 2),
    ],
)
def test_store_totals_counts(filled: Store, count: str, expected: int) -> None:
    assert getattr(filled.totals(), count) == expected


def test_store_totals_of_new_database_are_zero(store: Store) -> None:
    totals = store.totals()
    assert (totals.articles, totals.runs, totals.rejected) == (0, 0, 0)


def test_store_top_people_counts_articles_and_mentions(filled: Store) -> None:
    # Biden has a mention in one article; the mention-less entity adds no mention row.
    assert filled.top_people(2) == [("Dmitry Peskov", 1, 1), ("Joe Biden", 1, 1)]


def test_store_recent_articles_newest_first(filled: Store) -> None:
    assert filled.recent_articles() == [
        ("wire-1", "Kremlin on Biden", dt.date(2021, 3, 19)),
        (OTHER.sha1, None, None),
    ]


# -- runs and rejections --------------------------------------------------------


def test_store_start_run_numbers_runs_from_one(store: Store) -> None:
    assert [store.start_run("ingest a"), store.start_run("ingest b")] == [1, 2]


def test_store_run_numbers_continue_after_reopen(db_path: Path) -> None:
    with Store(db_path) as store:
        store.start_run("ingest a")
    with Store(db_path) as store:
        assert store.start_run("ingest b") == 2


def test_store_finish_run_records_counts(store: Store) -> None:
    run_id = store.start_run("ingest a")
    store.finish_run(run_id, read=5, stored=3, duplicates=1, rejected=1)
    row = store.db.execute(
        "SELECT command, read, stored, duplicates, rejected, finished_at IS NOT NULL "
        "FROM runs WHERE id = ?",
        [run_id],
    ).fetchone()
    assert row == ("ingest a", 5, 3, 1, 1, True)


def test_store_write_records_run_of_each_article(store: Store) -> None:
    run_id = store.start_run("ingest a")
    store.write([ANNOTATED], run_id)
    row = store.db.execute("SELECT run_id FROM articles WHERE sha1 = ?", [ANNOTATED.sha1])
    assert row.fetchone() == (run_id,)


def test_store_record_rejections_keeps_reason_and_message(filled: Store) -> None:
    rows = filled.db.execute(
        "SELECT run_id, source, reason, message FROM rejections ORDER BY source"
    ).fetchall()
    assert rows == [
        (1, "a.png", "binary", "a.png is a PNG image."),
        (1, "b.txt", "empty", "b.txt is empty."),
    ]


def test_store_record_no_rejections_writes_nothing(store: Store) -> None:
    store.record_rejections(store.start_run("ingest a"), [])
    assert store.totals().rejected == 0


def _counts(result: WriteResult) -> tuple[int, int]:
    return result.stored, result.duplicates


def test_store_leaves_out_record_fields_the_schema_lacks(tmp_path: Path) -> None:
    # Another stage may add a field before a migration gives it a column: the write goes on.
    with Store(tmp_path / "p.duckdb") as store:
        store.event_fields = (*store.event_fields, "not_a_column")
        store.event_fields = store._stored_fields("events", store.event_fields)
        assert "not_a_column" not in store.event_fields


@pytest.mark.parametrize(
    ("table", "record"), [("quotes", "Quote"), ("events", "Event"), ("times", "TimeExpr")]
)
def test_store_every_record_field_has_a_column(tmp_path, table, record):
    import dataclasses

    import parley.records

    names = [f.name for f in dataclasses.fields(getattr(parley.records, record))]
    with Store(tmp_path / "fields.duckdb") as store:
        stored = {
            "quotes": store.quote_fields,
            "events": store.event_fields,
            "times": store.time_fields,
        }
        assert list(stored[table]) == names
