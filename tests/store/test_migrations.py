"""Schema migrations: registered in order, applied once, each in its own transaction."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from parley.actors.people import person_key
from parley.errors import StoreError
from parley.records import Article, Quote
from parley.store import Store
from parley.store.migrations import MIGRATIONS, Migration, migration

LATEST = MIGRATIONS[-1].version


@pytest.fixture
def registry() -> Iterator[list[Migration]]:
    """The live migration list, restored to what it was after the test.

    The store reads ``MIGRATIONS`` itself, so tests register extra migrations
    into the very list it uses (with ``migration()``) and this fixture removes them.
    """
    saved = list(MIGRATIONS)
    yield MIGRATIONS
    MIGRATIONS[:] = saved


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "parley.duckdb"


def _versions(db_path: Path) -> list[int]:
    with duckdb.connect(str(db_path), read_only=True) as db:
        return [
            row[0]
            for row in db.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        ]


def _tables(db_path: Path) -> set[str]:
    with duckdb.connect(str(db_path), read_only=True) as db:
        return {row[0] for row in db.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_migrations_have_names_and_statements() -> None:
    assert all(m.name and m.statements for m in MIGRATIONS)


@pytest.mark.parametrize("offset", [-LATEST, 0, 2], ids=["zero", "repeated", "gap"])
def test_migration_out_of_order_raises(registry: list[Migration], offset: int) -> None:
    with pytest.raises(ValueError, match="out of order"):
        migration(LATEST + offset, "out of order", "CREATE TABLE x (y INTEGER)")


def test_migration_out_of_order_is_not_registered(registry: list[Migration]) -> None:
    with pytest.raises(ValueError):
        migration(LATEST + 2, "gap", "CREATE TABLE x (y INTEGER)")
    assert registry[-1].version == LATEST


def test_migrate_new_database_gets_latest_schema_version(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.schema_version() == LATEST


def test_migrate_new_database_records_every_migration(db_path: Path) -> None:
    Store(db_path).close()
    assert _versions(db_path) == list(range(1, LATEST + 1))


def test_migrate_reopened_database_applies_nothing(db_path: Path) -> None:
    Store(db_path).close()
    with Store(db_path) as store:
        assert store.migrate() == []


def test_migrate_twice_on_one_connection_applies_nothing(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.migrate() == []


def test_migrate_older_database_applies_only_new_migrations(
    db_path: Path, registry: list[Migration]
) -> None:
    with Store(db_path) as store:
        migration(LATEST + 1, "notes", "CREATE TABLE notes (article VARCHAR, note VARCHAR)")
        assert store.migrate() == [LATEST + 1]


def test_migrate_older_database_on_reopen_reaches_new_version(
    db_path: Path, registry: list[Migration]
) -> None:
    Store(db_path).close()
    migration(LATEST + 1, "notes", "CREATE TABLE notes (article VARCHAR, note VARCHAR)")
    with Store(db_path) as store:
        assert store.schema_version() == LATEST + 1


def test_migrate_older_database_keeps_its_articles(
    db_path: Path, registry: list[Migration]
) -> None:
    article = Article(text="Stored before the schema changed.")
    with Store(db_path) as store:
        store.write([article])
    migration(LATEST + 1, "notes", "CREATE TABLE notes (article VARCHAR, note VARCHAR)")
    with Store(db_path) as store:
        assert store.get_article(article.sha1) == article


@pytest.fixture
def failing_migration(registry: list[Migration]) -> None:
    """A next migration whose first statement works and whose second does not."""
    migration(LATEST + 1, "broken", "CREATE TABLE half_done (x INTEGER)", "CREATE TABLE (")


@pytest.mark.usefixtures("failing_migration")
def test_migrate_failing_migration_raises_store_error(db_path: Path) -> None:
    with pytest.raises(StoreError, match=rf"Migration {LATEST + 1} \(broken\) failed"):
        Store(db_path)


@pytest.mark.usefixtures("failing_migration")
def test_migrate_failing_migration_rolls_back_its_statements(db_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(db_path)
    assert "half_done" not in _tables(db_path)


@pytest.mark.usefixtures("failing_migration")
def test_migrate_failing_migration_keeps_earlier_migrations(db_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(db_path)
    assert _versions(db_path) == list(range(1, LATEST + 1))


@pytest.mark.usefixtures("failing_migration")
def test_migrate_failing_migration_leaves_file_usable_read_only(db_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(db_path)
    with Store(db_path, read_only=True) as store:
        assert store.schema_version() == LATEST


def test_migrate_after_failing_migration_is_fixed_applies_it(
    db_path: Path, registry: list[Migration]
) -> None:
    migration(LATEST + 1, "broken", "CREATE TABLE (")
    with pytest.raises(StoreError):
        Store(db_path)
    registry[-1] = Migration(LATEST + 1, "fixed", ("CREATE TABLE notes (x INTEGER)",))
    with Store(db_path) as store:
        assert store.schema_version() == LATEST + 1


@pytest.mark.usefixtures("failing_migration")
def test_migrate_failing_migration_releases_the_file_lock(db_path: Path) -> None:
    # The error (and its traceback, which reaches the half-open Store) is still alive here,
    # as in an error handler; another process must nevertheless be able to open the file.
    with pytest.raises(StoreError) as failure:
        Store(db_path)
    opener = "import sys, duckdb; duckdb.connect(sys.argv[1]).close()"
    result = subprocess.run(
        [sys.executable, "-c", opener, str(db_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, (failure.value, result.stderr)


# -- migration 2: provenance, wire groups, quote keys ---------------------------------


def test_migration_2_fills_sightings_and_quote_keys_of_a_version_1_database(
    registry: list[Migration], db_path: Path
) -> None:
    saved = list(registry)
    registry[:] = saved[:1]
    with Store(db_path) as store:
        store.db.execute(
            "INSERT INTO articles (sha1, id, url, authors, credits, text, sections, source) "
            "VALUES ('abc', 'abc', 'https://tass.example/1', [], [], 'Text.', [], 'a.html')"
        )
        store.db.execute(
            'INSERT INTO quotes (article, id, text, kind, start, "end") '
            "VALUES ('abc', 'Q1', 'We will respond.', 'direct', 0, 5)"
        )
    registry[:] = saved
    with Store(db_path) as store:
        sighting = store.db.execute("SELECT article, place, source FROM sightings").fetchall()
        (old_key,) = store.db.execute("SELECT quote_key FROM quotes").fetchone()  # type: ignore[misc]
        group = store.db.execute("SELECT wire_group FROM articles").fetchall()
        store.write(
            [
                Article(
                    text="Another text.",
                    quotes=(Quote(id="Q1", text="we WILL respond", kind="direct", start=0, end=5),),
                )
            ]
        )
        keys = {row[0] for row in store.db.execute("SELECT quote_key FROM quotes").fetchall()}
    assert sighting == [("abc", "https://tass.example/1", "a.html")]
    assert group == [("abc",)]
    assert keys == {old_key}


def test_migration_2_groups_wire_copies_stored_before_it(
    registry: list[Migration], db_path: Path
) -> None:
    story = " ".join(f"word{n}" for n in range(120))
    saved = list(registry)
    registry[:] = saved[:1]
    with Store(db_path) as store:
        for key, text in [
            ("first", story),
            ("copy", story + " With AP."),
            ("other", "Else. " * 30),
        ]:
            store.db.execute(
                "INSERT INTO articles (sha1, id, authors, credits, text, sections) "
                "VALUES (?, ?, [], [], ?, [])",
                [key, key, text],
            )
    registry[:] = saved
    with Store(db_path) as store:
        groups = dict(store.db.execute("SELECT sha1, wire_group FROM articles").fetchall())
        signed = store.db.execute("SELECT count(*) FROM article_signatures").fetchone()
    assert groups["copy"] == groups["first"] and groups["other"] == "other"
    assert signed == (3,)


def test_migration_5_gives_stored_people_the_key_new_rows_get(
    registry: list[Migration], db_path: Path
) -> None:
    saved = list(registry)
    registry[:] = saved[:4]
    with Store(db_path) as store:
        store.db.execute(
            "INSERT INTO entities VALUES ('abc', 'E1', 'Recep Tayyip  Erdoğan’s', 'PERSON', "
            "'TUR', [], []), ('abc', 'E2', 'Ankara', 'GPE', 'TUR', [], [])"
        )
    registry[:] = saved
    with Store(db_path) as store:
        rows = store.db.execute("SELECT id, person, surname FROM entities ORDER BY id").fetchall()
    assert rows == [
        ("E1", person_key("Recep Tayyip Erdoğan"), "erdogan"),
        ("E2", None, None),
    ]
