"""Store: records → an embedded DuckDB database, and back.

The only module that writes SQL. Articles are keyed by the sha1 of their clean
text, so storing the same article twice changes nothing. Each batch of articles
is written in one transaction: a crash loses at most the batch in flight, never
half an article. Schema changes are migrations (``migrations.py``) applied on
open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from parley.errors import StoreError
from parley.records import Article, Entity, Event, Quote, Rejection, Section
from parley.store.migrations import MIGRATIONS

_QUOTE_COLUMNS = (
    "id", "text", "kind", "start", "end", "speaker", "speaker_id", "speaker_text",
    "speaker_start", "speaker_end", "cue",
)  # fmt: skip
_EVENT_COLUMNS = (
    "id", "type", "sentence", "mode", "cameo", "intensity", "source", "source_id",
    "source_country", "target", "target_id", "target_country", "date", "date_end", "negated",
    "hypothetical", "quote_id",
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteResult:
    stored: int
    duplicates: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Totals:
    articles: int
    people: int
    organisations: int
    countries: int
    quotes: int
    attributed_quotes: int
    events: int
    runs: int
    rejected: int


def _columns(names: Sequence[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


class Store:
    """A parley database file (or ``:memory:``), migrated to the current schema."""

    def __init__(self, path: str | Path = "parley.duckdb", *, read_only: bool = False):
        self.path = str(path)
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"Cannot open the database {self.path!r}: {exc}. If another parley process "
                "is writing to it, wait for it to finish or use another --db file."
            ) from exc
        if not read_only:
            try:
                self.migrate()
            except StoreError:
                self.db.close()  # do not keep the file open (and locked) after a failed open
                raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- schema ---------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks; the versions applied."""
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
            "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
        )
        done = {
            row[0] for row in self.db.execute("SELECT version FROM schema_migrations").fetchall()
        }
        applied = []
        for migration in MIGRATIONS:
            if migration.version in done:
                continue
            try:
                self.db.begin()
                for statement in migration.statements:
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                    [migration.version, migration.name],
                )
                self.db.commit()
            except duckdb.Error as exc:
                self.db.rollback()
                raise StoreError(
                    f"Migration {migration.version} ({migration.name}) failed on "
                    f"{self.path!r}: {exc}"
                ) from exc
            applied.append(migration.version)
        return applied

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    # -- writing --------------------------------------------------------------

    def has(self, sha1: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM articles WHERE sha1 = ?", [sha1]).fetchone() is not None
        )

    def write(self, articles: Iterable[Article], run_id: int | None = None) -> WriteResult:
        """Store ``articles`` in one transaction; ones already stored are counted, not rewritten."""
        stored = duplicates = 0
        seen: set[str] = set()
        try:
            self.db.begin()
            for article in articles:
                if article.sha1 in seen or self.has(article.sha1):
                    duplicates += 1
                    continue
                seen.add(article.sha1)
                self._insert(article, run_id)
                stored += 1
            self.db.commit()
        except duckdb.Error as exc:
            self.db.rollback()
            raise StoreError(
                f"Writing to {self.path!r} failed; nothing of this batch was kept: {exc}"
            ) from exc
        except BaseException:
            # Any other failure (in the caller's iterable, an interrupt) must not leave the
            # transaction open, or the next write and every later statement would join it.
            self.db.rollback()
            raise
        return WriteResult(stored=stored, duplicates=duplicates)

    def _insert(self, article: Article, run_id: int | None) -> None:
        key = article.sha1
        self.db.execute(
            "INSERT INTO articles (sha1, id, url, title, published, authors, credits, language, "
            "text, sections, source, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                key, article.id, article.url, article.title, article.published,
                list(article.authors), list(article.credits), article.language, article.text,
                [{"heading": s.heading, "start": s.start} for s in article.sections],
                article.source, run_id,
            ],
        )  # fmt: skip
        if article.entities:
            self.db.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    [key, e.id, e.name, e.type, e.country, list(e.roles), list(e.aliases)]
                    for e in article.entities
                ],
            )
            mentions = [
                [key, e.id, start, end] for e in article.entities for start, end in e.mentions
            ]
            if mentions:  # executemany refuses an empty list
                self.db.executemany(
                    'INSERT INTO mentions (article, entity, start, "end") VALUES (?, ?, ?, ?)',
                    mentions,
                )
        if article.quotes:
            self.db.executemany(
                f"INSERT INTO quotes (article, {_columns(_QUOTE_COLUMNS)}) "
                f"VALUES (?{', ?' * len(_QUOTE_COLUMNS)})",
                [[key, *(getattr(q, c) for c in _QUOTE_COLUMNS)] for q in article.quotes],
            )
        if article.events:
            self.db.executemany(
                f"INSERT INTO events (article, {_columns(_EVENT_COLUMNS)}) "
                f"VALUES (?{', ?' * len(_EVENT_COLUMNS)})",
                [[key, *(getattr(v, c) for c in _EVENT_COLUMNS)] for v in article.events],
            )

    # -- runs -----------------------------------------------------------------

    def start_run(self, command: str) -> int:
        row = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()
        run_id = int(row[0]) if row else 1
        self.db.execute(
            "INSERT INTO runs (id, started_at, command) VALUES (?, ?, ?)",
            [run_id, dt.datetime.now(), command],
        )
        return run_id

    def record_rejections(self, run_id: int, rejections: Sequence[Rejection]) -> None:
        if rejections:
            self.db.executemany(
                "INSERT INTO rejections (run_id, source, reason, message) VALUES (?, ?, ?, ?)",
                [[run_id, r.source, r.reason, r.message] for r in rejections],
            )

    def finish_run(
        self, run_id: int, *, read: int, stored: int, duplicates: int, rejected: int
    ) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, read = ?, stored = ?, duplicates = ?, rejected = ? "
            "WHERE id = ?",
            [dt.datetime.now(), read, stored, duplicates, rejected, run_id],
        )

    # -- reading --------------------------------------------------------------

    def get_article(self, key: str) -> Article | None:
        """The stored article with this sha1 or input id, with all its annotations."""
        row = self.db.execute(
            "SELECT sha1, id, url, title, published, authors, credits, language, text, sections, "
            "source FROM articles WHERE sha1 = ? OR id = ? ORDER BY stored_at LIMIT 1",
            [key, key],
        ).fetchone()
        if row is None:
            return None
        sha1 = row[0]
        return Article(
            sha1=sha1, id=row[1], url=row[2], title=row[3], published=row[4],
            authors=tuple(row[5]), credits=tuple(row[6]), language=row[7], text=row[8],
            sections=tuple(Section(heading=s["heading"], start=s["start"]) for s in row[9]),
            source=row[10], entities=self._entities(sha1), quotes=self._quotes(sha1),
            events=self._events(sha1),
        )  # fmt: skip

    def article_keys(self) -> list[str]:
        return [
            row[0]
            for row in self.db.execute(
                "SELECT sha1 FROM articles ORDER BY stored_at, sha1"
            ).fetchall()
        ]

    def _entities(self, sha1: str) -> tuple[Entity, ...]:
        mentions: dict[str, list[tuple[int, int]]] = {}
        for entity, start, end in self.db.execute(
            'SELECT entity, start, "end" FROM mentions WHERE article = ? ORDER BY start, "end"',
            [sha1],
        ).fetchall():
            mentions.setdefault(entity, []).append((start, end))
        rows = self.db.execute(
            "SELECT id, name, type, country, roles, aliases FROM entities WHERE article = ? "
            "ORDER BY TRY_CAST(substr(id, 2) AS INTEGER), id",
            [sha1],
        ).fetchall()
        return tuple(
            Entity(
                id=r[0],
                name=r[1],
                type=r[2],
                country=r[3],
                roles=tuple(r[4]),
                aliases=tuple(r[5]),
                mentions=tuple(mentions.get(r[0], ())),
            )  # fmt: skip
            for r in rows
        )

    def _quotes(self, sha1: str) -> tuple[Quote, ...]:
        return tuple(Quote(**row) for row in self._rows("quotes", _QUOTE_COLUMNS, sha1))

    def _events(self, sha1: str) -> tuple[Event, ...]:
        return tuple(Event(**row) for row in self._rows("events", _EVENT_COLUMNS, sha1))

    def _rows(self, table: str, columns: Sequence[str], sha1: str) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            f"SELECT {_columns(columns)} FROM {table} WHERE article = ? "
            "ORDER BY TRY_CAST(substr(id, 2) AS INTEGER), id",
            [sha1],
        )
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def totals(self) -> Totals:
        """Counts across the whole database, for summaries."""
        row = self.db.execute(
            """SELECT
                (SELECT count(*) FROM articles),
                (SELECT count(DISTINCT name) FROM entities WHERE type = 'PERSON'),
                (SELECT count(DISTINCT name) FROM entities WHERE type = 'ORG'),
                (SELECT count(DISTINCT country) FROM entities WHERE country IS NOT NULL),
                (SELECT count(*) FROM quotes),
                (SELECT count(*) FROM quotes WHERE speaker IS NOT NULL),
                (SELECT count(*) FROM events),
                (SELECT count(*) FROM runs),
                (SELECT count(*) FROM rejections)"""
        ).fetchone()
        assert row is not None
        return Totals(
            articles=row[0], people=row[1], organisations=row[2], countries=row[3],
            quotes=row[4], attributed_quotes=row[5], events=row[6], runs=row[7], rejected=row[8],
        )  # fmt: skip

    def top_people(self, limit: int = 5) -> list[tuple[str, int, int]]:
        """(name, articles, mentions) of the most mentioned people."""
        return [
            (str(r[0]), int(r[1]), int(r[2]))
            for r in self.db.execute(
                """SELECT e.name, count(DISTINCT e.article), count(*)
                   FROM entities e JOIN mentions m ON m.article = e.article AND m.entity = e.id
                   WHERE e.type = 'PERSON' GROUP BY e.name
                   ORDER BY count(*) DESC, e.name LIMIT ?""",
                [limit],
            ).fetchall()
        ]

    def recent_articles(self, limit: int = 10) -> list[tuple[str, str | None, dt.date | None]]:
        """(id, title, published) of stored articles, newest publication first."""
        return [
            (str(r[0]), r[1], r[2])
            for r in self.db.execute(
                "SELECT id, title, published FROM articles "
                "ORDER BY published DESC NULLS LAST, title LIMIT ?",
                [limit],
            ).fetchall()
        ]
