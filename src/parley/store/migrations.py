"""Schema migrations, registered in order and applied each in its own transaction.

A migration is never edited once released: change the schema by appending a
new one. ``schema_migrations`` records which have run, so opening a database
made by an older parley brings it up to date, and opening it twice does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: list[Migration] = []


def migration(version: int, name: str, *statements: str) -> None:
    if MIGRATIONS and version != MIGRATIONS[-1].version + 1:
        raise ValueError(f"migration {version} is out of order after {MIGRATIONS[-1].version}")
    MIGRATIONS.append(Migration(version, name, statements))


migration(
    1,
    "articles, annotations and ingest runs",
    """CREATE TABLE articles (
        sha1 VARCHAR PRIMARY KEY,
        id VARCHAR NOT NULL,
        url VARCHAR,
        title VARCHAR,
        published DATE,
        authors VARCHAR[] NOT NULL,
        credits VARCHAR[] NOT NULL,
        language VARCHAR,
        text VARCHAR NOT NULL,
        sections STRUCT(heading VARCHAR, start INTEGER)[] NOT NULL,
        source VARCHAR,
        run_id INTEGER,
        stored_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    )""",
    "CREATE INDEX articles_id ON articles (id)",
    "CREATE INDEX articles_published ON articles (published)",
    """CREATE TABLE entities (
        article VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        country VARCHAR,
        roles VARCHAR[] NOT NULL,
        aliases VARCHAR[] NOT NULL,
        PRIMARY KEY (article, id)
    )""",
    "CREATE INDEX entities_name ON entities (name)",
    """CREATE TABLE mentions (
        article VARCHAR NOT NULL,
        entity VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    )""",
    """CREATE TABLE quotes (
        article VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        speaker VARCHAR,
        speaker_id VARCHAR,
        speaker_text VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue VARCHAR,
        PRIMARY KEY (article, id)
    )""",
    "CREATE INDEX quotes_speaker ON quotes (speaker)",
    """CREATE TABLE events (
        article VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        sentence VARCHAR NOT NULL,
        mode VARCHAR,
        cameo VARCHAR,
        intensity DOUBLE,
        source VARCHAR,
        source_id VARCHAR,
        source_country VARCHAR,
        target VARCHAR,
        target_id VARCHAR,
        target_country VARCHAR,
        date VARCHAR,
        date_end VARCHAR,
        negated BOOLEAN NOT NULL,
        hypothetical BOOLEAN NOT NULL,
        quote_id VARCHAR,
        PRIMARY KEY (article, id)
    )""",
    "CREATE INDEX events_dyad ON events (source_country, target_country)",
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        command VARCHAR NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        stored INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE rejections (
        run_id INTEGER NOT NULL,
        source VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        message VARCHAR NOT NULL,
        rejected_at TIMESTAMP NOT NULL DEFAULT current_timestamp
    )""",
)
