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

# The normal form two quotes must share to be one quote seen twice: lower case, runs of
# anything but letters and digits as one space. Used here to fill the key of quotes stored
# before migration 2 and by the store for every quote it writes, so both agree.
QUOTE_KEY_SQL = r"md5(trim(regexp_replace(lower({text}), '[^\pL\pN]+', ' ', 'g')))"

migration(
    2,
    "provenance, wire copies, article versions, quote groups, actor sectors",
    # Where and when each article was seen: one row per (article, URL or input path).
    """CREATE TABLE sightings (
        article VARCHAR NOT NULL,
        place VARCHAR NOT NULL,
        url VARCHAR,
        source VARCHAR NOT NULL,
        outlet VARCHAR,
        published DATE,
        fetched_at TIMESTAMP,
        content_key VARCHAR,
        run_id INTEGER,
        seen_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (article, place)
    )""",
    # The article each distinct input (by a hash of its bytes) gave: a copy of the same
    # bytes needs no extraction, only a sighting. One row per key keeps the lookup cheap
    # however many times a page repeats.
    """CREATE TABLE contents (
        content_key VARCHAR PRIMARY KEY,
        article VARCHAR NOT NULL,
        published DATE,
        url VARCHAR
    )""",
    "CREATE INDEX sightings_outlet ON sightings (outlet)",
    "ALTER TABLE articles ADD COLUMN fetched_at TIMESTAMP",
    "ALTER TABLE articles ADD COLUMN outlet VARCHAR",
    # sha1 of the first stored article of its near-duplicate (wire copy) group.
    "ALTER TABLE articles ADD COLUMN wire_group VARCHAR",
    # sha1 of the article stored before this one under the same URL (an earlier version).
    "ALTER TABLE articles ADD COLUMN previous_version VARCHAR",
    "CREATE INDEX articles_url ON articles (url)",
    "CREATE INDEX articles_wire_group ON articles (wire_group)",
    # MinHash signature of each article and its LSH band keys, for finding wire copies.
    """CREATE TABLE article_signatures (
        article VARCHAR PRIMARY KEY,
        minhash UINTEGER[] NOT NULL
    )""",
    """CREATE TABLE article_bands (
        band SMALLINT NOT NULL,
        key UBIGINT NOT NULL,
        article VARCHAR NOT NULL
    )""",
    "CREATE INDEX article_bands_key ON article_bands (band, key)",
    "ALTER TABLE quotes ADD COLUMN quote_key VARCHAR",
    "CREATE INDEX quotes_key ON quotes (quote_key)",
    "CREATE INDEX mentions_entity ON mentions (article, entity)",
    # An actor is a country code with an optional sector (RUSGOV): the events stage fills these.
    "ALTER TABLE events ADD COLUMN source_sector VARCHAR",
    "ALTER TABLE events ADD COLUMN target_sector VARCHAR",
    "CREATE INDEX events_type ON events (type)",
    "CREATE INDEX events_source ON events (source)",
    "CREATE INDEX events_target ON events (target)",
    # Every place a quote was seen: its article's sightings (outlet, URL, date).
    """CREATE VIEW quote_sightings AS
       SELECT q.quote_key, q.article, q.id AS quote, q.speaker, q.text, s.outlet, s.url,
              s.source, coalesce(s.published, CAST(s.fetched_at AS DATE)) AS date
       FROM quotes q JOIN sightings s ON s.article = q.article""",
    # Rows stored before this migration, filled last: DuckDB refuses to create an index
    # in a transaction that has already updated rows.
    """INSERT INTO sightings (article, place, url, source, published, run_id)
       SELECT sha1, coalesce(url, source, id), url, coalesce(source, url, id), published, run_id
       FROM articles""",
    "UPDATE articles SET wire_group = sha1",
    f"UPDATE quotes SET quote_key = {QUOTE_KEY_SQL.format(text='text')}",
)

migration(
    3,
    "time expressions, and the time expression an event is dated by",
    """CREATE TABLE times (
        article VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        date VARCHAR,
        date_end VARCHAR,
        granularity VARCHAR,
        anchor VARCHAR,
        partial BOOLEAN NOT NULL,
        vague BOOLEAN NOT NULL,
        method VARCHAR,
        PRIMARY KEY (article, id)
    )""",
    "ALTER TABLE events ADD COLUMN time_id VARCHAR",
)

migration(
    4,
    "the offsets of a quote's cue",
    "ALTER TABLE quotes ADD COLUMN cue_start INTEGER",
    "ALTER TABLE quotes ADD COLUMN cue_end INTEGER",
)

migration(
    5,
    "a person key per person entity (its folded full name) and its surname, indexed",
    "ALTER TABLE entities ADD COLUMN person VARCHAR",
    "ALTER TABLE entities ADD COLUMN surname VARCHAR",
    # Indexes first: DuckDB refuses to create one over rows updated in the same transaction.
    "CREATE INDEX entities_person ON entities (person)",
    "CREATE INDEX entities_surname ON entities (surname)",
    # Stores before this one: the name folded as ``actors.people.person_key`` does (accents,
    # case, a possessive and extra spaces aside), with DuckDB's own accent table.
    """UPDATE entities
       SET person = lower(strip_accents(trim(regexp_replace(
           regexp_replace(name, '[\u2019'']s$', ''), '\\s+', ' ', 'g'))))
       WHERE type = 'PERSON'""",
    "UPDATE entities SET surname = split_part(person, ' ', -1) WHERE person IS NOT NULL",
)
