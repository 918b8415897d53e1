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
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb

from parley.actors.people import KnownPerson, linked_person, person_key, surname_of
from parley.errors import StoreError
from parley.records import Article, Entity, Event, Quote, Rejection, Section, TimeExpr
from parley.store import dedup
from parley.store.migrations import MIGRATIONS, QUOTE_KEY_SQL

# Every field of the records that the schema has a column for: a field another stage adds
# (an event's source_sector) is stored as soon as a migration gives it a column, and until
# then it is left out rather than failing the write.
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_TIME_FIELDS = tuple(f.name for f in fields(TimeExpr))
_QUOTE_KEY = QUOTE_KEY_SQL.format(text="?")
PERSON_NAME_SQL = "coalesce(mode(e.name) FILTER (e.name LIKE '% %'), mode(e.name))"
"""The name one person (``entities e`` grouped by person key) is shown by: the full name
the articles use most, a surname alone only when no article gave the full name."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteResult:
    stored: int
    duplicates: int
    sightings: int = 0
    """Places (URL or input) where an article was seen that were not recorded before."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Sighting:
    """One place an article was seen: its URL or input, when, and the raw content's key."""

    article: str
    """The article's sha1."""
    source: str
    url: str | None = None
    published: dt.date | None = None
    fetched_at: dt.datetime | None = None
    content_key: str | None = None
    """A hash of the input's raw bytes: the same bytes again need no extraction."""

    @classmethod
    def of(cls, article: Article, content_key: str | None = None) -> Sighting:
        return cls(
            article=article.sha1,
            source=article.source or article.url or article.id,
            url=article.url,
            published=article.published,
            fetched_at=article.fetched_at,
            content_key=content_key,
        )

    @property
    def place(self) -> str:
        return self.url or self.source


def outlet_of(url: str | None) -> str | None:
    """The publisher's host name (``www.`` dropped), the outlet a sighting is credited to."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


@dataclass(frozen=True, slots=True, kw_only=True)
class RunCounts:
    """What a run has done so far; written with each batch, so a resumed run goes on counting."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0


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

    def __init__(
        self,
        path: str | Path = "parley.duckdb",
        *,
        read_only: bool = False,
        memory_limit: str | None = "1GB",
    ):
        self.path = str(path)
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"Cannot open the database {self.path!r}: {exc}. If another parley process "
                "is writing to it, wait for it to finish or use another --db file."
            ) from exc
        if memory_limit:
            # DuckDB's default is most of the machine's memory; an ingest next to the NLP
            # pipeline should stay flat, and DuckDB spills to disk past the limit.
            self.db.execute(f"SET memory_limit = '{memory_limit}'")
        if not read_only:
            try:
                if 2 in self.migrate():
                    self._sign_stored_articles()
            except StoreError:
                self.db.close()  # do not keep the file open (and locked) after a failed open
                raise
        self.quote_fields = self._stored_fields("quotes", _QUOTE_FIELDS)
        self.event_fields = self._stored_fields("events", _EVENT_FIELDS)
        self.time_fields = self._stored_fields("times", _TIME_FIELDS)

    def _stored_fields(self, table: str, names: Sequence[str]) -> tuple[str, ...]:
        columns = {
            str(row[0])
            for row in self.db.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table]
            ).fetchall()
        }
        return tuple(name for name in names if name in columns)

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

    def _sign_stored_articles(self) -> None:
        """Give articles stored before migration 2 their MinHash signature and wire group."""
        keys = self.db.execute(
            "SELECT sha1 FROM articles WHERE sha1 NOT IN (SELECT article FROM article_signatures) "
            "ORDER BY stored_at, sha1"
        ).fetchall()
        try:
            self.db.begin()
            for (key,) in keys:
                row = self.db.execute("SELECT text FROM articles WHERE sha1 = ?", [key]).fetchone()
                group = self._wire_group(Article(text=row[0], sha1=key)) if row else key
                if group != key:
                    self.db.execute(
                        "UPDATE articles SET wire_group = ? WHERE sha1 = ?", [group, key]
                    )
            self.db.commit()
        except duckdb.Error as exc:
            self.db.rollback()
            raise StoreError(f"Signing the stored articles of {self.path!r} failed: {exc}") from exc

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    # -- writing --------------------------------------------------------------

    def has(self, sha1: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM articles WHERE sha1 = ?", [sha1]).fetchone() is not None
        )

    def write(
        self,
        articles: Iterable[Article],
        run_id: int | None = None,
        *,
        sightings: Iterable[Sighting] | None = None,
        rejections: Sequence[Rejection] = (),
        counts: RunCounts | None = None,
    ) -> WriteResult:
        """Store ``articles``, where they were seen, the batch's ``rejections`` and the
        run's ``counts`` so far, in one transaction: a crash keeps all of it or none.

        Articles already stored are counted, not rewritten. ``sightings`` default to
        each article's own URL, source and dates; a sighting already recorded (same
        article, same URL or input) is not recorded again, so re-ingesting changes nothing.
        """
        articles = list(articles)
        places = [Sighting.of(a) for a in articles] if sightings is None else list(sightings)
        stored = duplicates = new_sightings = 0
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
            new_sightings = self._insert_sightings(places, run_id)
            if run_id is not None:
                self.record_rejections(run_id, rejections)
                if counts is not None:
                    self._count_run(run_id, counts, finished=False)
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
        return WriteResult(stored=stored, duplicates=duplicates, sightings=new_sightings)

    def _insert_sightings(self, sightings: Sequence[Sighting], run_id: int | None) -> int:
        """Record the sightings not recorded before, in one statement; how many were new."""
        unique = list({(s.article, s.place): s for s in sightings}.values())
        if not unique:
            return 0
        columns = {
            "article": [s.article for s in unique],
            "place": [s.place for s in unique],
            "url": [s.url for s in unique],
            "source": [s.source for s in unique],
            "outlet": [outlet_of(s.url) for s in unique],
            "published": [s.published for s in unique],
            "fetched_at": [s.fetched_at for s in unique],
            "content_key": [s.content_key for s in unique],
        }
        # One statement over lists, not a query per row: point queries are DuckDB's slow path.
        inserted = self.db.execute(
            f"INSERT OR IGNORE INTO sightings ({', '.join(columns)}, run_id) "
            f"SELECT *, $run_id FROM (SELECT {', '.join(f'unnest(${c}) AS {c}' for c in columns)})"
            " RETURNING article",
            {**columns, "run_id": run_id},
        ).fetchall()
        contents = {s.content_key: s for s in reversed(unique) if s.content_key}
        if contents:
            self.db.execute(
                "INSERT OR IGNORE INTO contents SELECT unnest($key), unnest($article), "
                "unnest($published), unnest($url)",
                {
                    "key": list(contents),
                    "article": [s.article for s in contents.values()],
                    "published": [s.published for s in contents.values()],
                    "url": [s.url for s in contents.values()],
                },
            )
        return len(inserted)

    def articles_for_content(
        self, content_keys: Sequence[str]
    ) -> dict[str, tuple[str, dt.date | None, str | None]]:
        """For each key of input bytes seen before: (sha1, published, url) of their article."""
        if not content_keys:
            return {}
        rows = self.db.execute(
            "SELECT content_key, article, published, url FROM contents "
            "WHERE content_key IN (SELECT unnest($keys))",
            {"keys": list(dict.fromkeys(content_keys))},
        ).fetchall()
        return {str(r[0]): (str(r[1]), r[2], r[3]) for r in rows}

    def _wire_group(self, article: Article) -> str:
        """The wire-copy group of a new article: its nearest stored copy's group, or its own."""
        values = dedup.signature(article.text)
        if values is None:
            return article.sha1
        keys = dedup.band_keys(values)
        candidates = self.db.execute(
            "SELECT s.article, s.minhash, a.wire_group FROM article_signatures s "
            "JOIN articles a ON a.sha1 = s.article "
            "WHERE s.article IN (SELECT article FROM article_bands "
            "WHERE (band, key) IN (SELECT * FROM (SELECT unnest(?) AS band, unnest(?) AS key)))",
            [[b for b, _ in keys], [k for _, k in keys]],
        ).fetchall()
        scored = sorted(
            ((dedup.similarity(values, minhash), group) for _, minhash, group in candidates),
            key=lambda pair: (-pair[0], pair[1]),
        )
        self.db.execute(
            "INSERT INTO article_signatures VALUES (?, ?)", [article.sha1, values.tolist()]
        )
        self.db.executemany(
            "INSERT INTO article_bands VALUES (?, ?, ?)",
            [[band, key, article.sha1] for band, key in keys],
        )
        if scored and scored[0][0] >= dedup.THRESHOLD:
            return str(scored[0][1])
        return article.sha1

    def _previous_version(self, article: Article) -> str | None:
        if not article.url:
            return None
        row = self.db.execute(
            "SELECT sha1 FROM articles WHERE url = ? AND sha1 <> ? "
            "ORDER BY stored_at DESC, sha1 LIMIT 1",
            [article.url, article.sha1],
        ).fetchone()
        return str(row[0]) if row else None

    def _insert(self, article: Article, run_id: int | None) -> None:
        key = article.sha1
        self.db.execute(
            "INSERT INTO articles (sha1, id, url, title, published, authors, credits, language, "
            "text, sections, source, run_id, fetched_at, outlet, wire_group, previous_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                key, article.id, article.url, article.title, article.published,
                list(article.authors), list(article.credits), article.language, article.text,
                [{"heading": s.heading, "start": s.start} for s in article.sections],
                article.source, run_id, article.fetched_at, outlet_of(article.url),
                self._wire_group(article), self._previous_version(article),
            ],
        )  # fmt: skip
        if article.entities:
            people = self._person_keys(article)
            self.db.executemany(
                "INSERT INTO entities (article, id, name, type, country, roles, aliases, "
                "person, surname) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    [
                        key,
                        e.id,
                        e.name,
                        e.type,
                        e.country,
                        list(e.roles),
                        list(e.aliases),
                        people.get(e.id),
                        surname_of(people[e.id]) if e.id in people else None,
                    ]  # fmt: skip
                    for e in article.entities
                ],
            )
            self._link_stored_surnames({people[e.id] for e in article.entities if e.id in people})
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
                f"INSERT INTO quotes (article, {_columns(self.quote_fields)}, quote_key) "
                f"VALUES (?{', ?' * len(self.quote_fields)}, {_QUOTE_KEY})",
                [
                    [key, *(getattr(q, c) for c in self.quote_fields), q.text]
                    for q in article.quotes
                ],
            )
        if article.events:
            self.db.executemany(
                f"INSERT INTO events (article, {_columns(self.event_fields)}) "
                f"VALUES (?{', ?' * len(self.event_fields)})",
                [[key, *(getattr(v, c) for c in self.event_fields)] for v in article.events],
            )
        if article.times:
            self.db.executemany(
                f"INSERT INTO times (article, {_columns(self.time_fields)}) "
                f"VALUES (?{', ?' * len(self.time_fields)})",
                [[key, *(getattr(t, c) for c in self.time_fields)] for t in article.times],
            )

    # -- people across articles ---------------------------------------------------

    def _person_keys(self, article: Article) -> dict[str, str]:
        """Entity id → person key of the article's people; a surname alone gets the key of
        the stored full name it unambiguously is (``actors.people.linked_person``)."""
        keys: dict[str, str] = {}
        for entity in article.entities:
            if entity.type != "PERSON":
                continue
            key = person_key(entity.name)
            if key and " " not in key:
                key = (
                    linked_person(
                        key, entity.country, entity.roles, self._full_names(key), article.published
                    )
                    or key
                )
            keys[entity.id] = key
        return keys

    def _full_names(self, surname: str) -> list[KnownPerson]:
        """The stored full-name people ending with ``surname``, with their countries and roles."""
        rows = self.db.execute(
            "SELECT person, list_distinct(list(country)), list_distinct(flatten(list(roles))) "
            "FROM entities WHERE surname = ? AND person <> ? GROUP BY person ORDER BY person",
            [surname, surname],
        ).fetchall()
        return [
            KnownPerson(key=r[0], countries=frozenset(c for c in r[1] if c), roles=frozenset(r[2]))
            for r in rows
        ]

    def _link_stored_surnames(self, keys: set[str]) -> None:
        """People stored earlier under a surname alone join a full name stored now, when the
        link is unambiguous: the same rule as for a surname stored after its full name."""
        for surname in sorted({surname_of(k) for k in keys if " " in k}):
            rows = self.db.execute(
                "SELECT e.article, e.id, e.country, e.roles, a.published FROM entities e "
                "JOIN articles a ON a.sha1 = e.article WHERE e.person = ?",
                [surname],
            ).fetchall()
            if not rows:
                continue
            candidates = self._full_names(surname)
            for article, entity, country, roles, published in rows:
                full = linked_person(surname, country, roles, candidates, published)
                if full is not None:
                    self.db.execute(
                        "UPDATE entities SET person = ? WHERE article = ? AND id = ?",
                        [full, article, entity],
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
        counts = RunCounts(read=read, stored=stored, duplicates=duplicates, rejected=rejected)
        self._count_run(run_id, counts, finished=True)

    def _count_run(self, run_id: int, counts: RunCounts, *, finished: bool) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, read = ?, stored = ?, duplicates = ?, rejected = ? "
            "WHERE id = ?",
            [
                dt.datetime.now() if finished else None, counts.read, counts.stored,
                counts.duplicates, counts.rejected, run_id,
            ],
        )  # fmt: skip

    def unfinished_run(self, command: str) -> tuple[int, RunCounts] | None:
        """The latest run of ``command`` if it never finished (killed), with its counts."""
        row = self.db.execute(
            "SELECT id, finished_at, read, stored, duplicates, rejected FROM runs "
            "WHERE command = ? ORDER BY id DESC LIMIT 1",
            [command],
        ).fetchone()
        if row is None or row[1] is not None:
            return None
        return int(row[0]), RunCounts(
            read=row[2], stored=row[3], duplicates=row[4], rejected=row[5]
        )

    def rejection_reasons(self, run_id: int) -> dict[str, int]:
        """How many inputs run ``run_id`` rejected for each reason."""
        rows = self.db.execute(
            "SELECT reason, count(*) FROM rejections WHERE run_id = ? GROUP BY reason", [run_id]
        ).fetchall()
        return {str(reason): int(count) for reason, count in rows}

    def done_sources(self, run_id: int, sources: Sequence[str]) -> set[str]:
        """Which of ``sources`` run ``run_id`` already stored, saw or rejected."""
        if not sources:
            return set()
        rows = self.db.execute(
            "SELECT source FROM sightings WHERE run_id = $run AND source IN (SELECT unnest($s)) "
            "UNION SELECT source FROM rejections WHERE run_id = $run "
            "AND source IN (SELECT unnest($s))",
            {"run": run_id, "s": list(dict.fromkeys(sources))},
        ).fetchall()
        return {str(r[0]) for r in rows}

    # -- reading --------------------------------------------------------------

    def get_article(self, key: str) -> Article | None:
        """The stored article with this sha1 or input id, with all its annotations."""
        row = self.db.execute(
            "SELECT sha1, id, url, title, published, authors, credits, language, text, sections, "
            "source, fetched_at FROM articles WHERE sha1 = ? OR id = ? ORDER BY stored_at LIMIT 1",
            [key, key],
        ).fetchone()
        if row is None:
            return None
        sha1 = row[0]
        return Article(
            sha1=sha1, id=row[1], url=row[2], title=row[3], published=row[4],
            authors=tuple(row[5]), credits=tuple(row[6]), language=row[7], text=row[8],
            sections=tuple(Section(heading=s["heading"], start=s["start"]) for s in row[9]),
            source=row[10], fetched_at=row[11], entities=self._entities(sha1),
            quotes=self._quotes(sha1), events=self._events(sha1), times=self._times(sha1),
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
        return tuple(Quote(**row) for row in self._rows("quotes", self.quote_fields, sha1))

    def _events(self, sha1: str) -> tuple[Event, ...]:
        return tuple(Event(**row) for row in self._rows("events", self.event_fields, sha1))

    def _times(self, sha1: str) -> tuple[TimeExpr, ...]:
        return tuple(TimeExpr(**row) for row in self._rows("times", self.time_fields, sha1))

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
                (SELECT count(DISTINCT person) FROM entities WHERE type = 'PERSON'),
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
                f"""SELECT {PERSON_NAME_SQL} AS name, count(DISTINCT e.article), count(*)
                   FROM entities e JOIN mentions m ON m.article = e.article AND m.entity = e.id
                   WHERE e.type = 'PERSON' GROUP BY e.person
                   ORDER BY count(*) DESC, name LIMIT ?""",
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
