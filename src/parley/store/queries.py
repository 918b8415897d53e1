"""Questions asked of the database: quotes, events, a dyad's timeline, an entity's profile, SQL.

Each function takes a ``Store`` and plain filter values and returns a ``Table``
(column names and rows) or a ``Profile``; the CLI and the HTTP API only format
them. SQL lives here and in the store, nowhere else.

Names match the way people ask: a full name ("Dmitry Peskov"), an alias the
article used ("Peskov", "the Kremlin spokesman"), or a surname ending the full
name. An *actor* of an event is a name or an ISO 3166 alpha-3 country code,
optionally followed by a three-letter sector (``RUS``, ``RUSGOV``, ``USAMIL``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import duckdb

from parley.actors.people import person_key
from parley.errors import QueryError
from parley.store import PERSON_NAME_SQL, Store

Period = Literal["day", "week", "month"]
PERIODS: tuple[Period, ...] = ("day", "week", "month")
_ACTOR_CODE = re.compile(r"^(?P<country>[A-Z]{3})(?P<sector>[A-Z]{3})?$")

# The date a sighting counts for: the page's publication date, else when it was fetched.
_SEEN_ON = "coalesce(s.published, a.published, CAST(s.fetched_at AS DATE))"
# An event's date: its own resolved date when it is a full one, else its article's.
_EVENT_DATE = "coalesce(TRY_CAST(v.date AS DATE), a.published)"
# An event the text says happened: not denied ("did not accede to their demands") and not
# only supposed ("would withdraw if ..."). Counts, timelines and partners read only these.
ASSERTED = "NOT v.negated AND NOT v.hypothetical"
# What an event listed with the others is: asserted, negated or hypothetical.
_STATUS = (
    "CASE WHEN v.negated THEN 'negated' WHEN v.hypothetical THEN 'hypothetical' ELSE 'asserted' END"
)


@dataclass(frozen=True, slots=True)
class Table:
    """A query's answer: column names and rows of plain values."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True, slots=True)
class Profile:
    """What the database knows of one entity, across all articles."""

    name: str
    types: tuple[str, ...]
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    countries: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    quotes: Table = field(default_factory=lambda: Table((), []))
    partners: Table = field(default_factory=lambda: Table((), []))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "types": list(self.types),
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "countries": list(self.countries),
            "counts": self.counts,
            "quotes": self.quotes.records(),
            "partners": self.partners.records(),
        }


def _names(alias: str, param: str, params: dict[str, Any]) -> str:
    """SQL true when the entity row ``alias`` goes by the name in parameter ``param``: its
    name, a surname ending it or an alias (case aside), or — for a person — its person key
    or a surname ending that key (accents aside too), so every article's row of one person
    matches ("Erdogan" finds "Recep Tayyip Erdoğan")."""
    params[f"{param}_key"] = person_key(str(params[param]))
    return (
        f"({alias}.person = ${param}_key OR {alias}.surname = ${param}_key "
        f"OR lower({alias}.name) = lower(${param}) "
        f"OR lower({alias}.name) LIKE '% ' || lower(${param}) "
        f"OR list_contains(list_transform({alias}.aliases, lambda x: lower(x)), lower(${param})))"
    )


def _people(param: str, params: dict[str, Any]) -> str:
    """SQL: (article, id) of the entity rows that go by the name in ``param``, with every row
    of a person one of them is (same person key)."""
    return f"""SELECT article, id FROM entities WHERE person IN (
                   SELECT person FROM entities e WHERE person IS NOT NULL
                   AND {_names("e", param, params)})
               UNION SELECT article, id FROM entities e WHERE {_names("e", param, params)}"""


def _directions(first: str, second: str, params: dict[str, Any]) -> tuple[str, str]:
    """SQL true for an event from ``first`` to ``second``, and for one the other way round
    (the second direction's parameters get names of their own)."""
    forward = f"{_actor('source', first, params)} AND {_actor('target', second, params)}"
    swapped: dict[str, Any] = {}
    back = f"{_actor('source', second, swapped)} AND {_actor('target', first, swapped)}"
    for name, value in swapped.items():
        params[f"{name}_2"] = value
        back = re.sub(rf"\${name}\b", f"${name}_2", back)
    return forward, back


def _actor(side: str, value: str, params: dict[str, Any]) -> str:
    """SQL true when the event's ``side`` (source or target) is the actor ``value``."""
    code = _ACTOR_CODE.match(value)
    if code:
        params[f"{side}_country"] = code["country"]
        clause = f"v.{side}_country = ${side}_country"
        if code["sector"]:
            params[f"{side}_sector"] = code["sector"]
            clause += f" AND v.{side}_sector = ${side}_sector"
        return f"({clause})"
    params[side] = value
    return (
        f"(lower(v.{side}) = lower(${side}) OR lower(v.{side}) LIKE '% ' || lower(${side}) "
        f"OR (v.article, v.{side}_id) IN ({_people(side, params)}))"
    )


def _words(text: str, column: str, params: dict[str, Any]) -> list[str]:
    """SQL conditions: every word of ``text`` occurs in ``column`` as a whole word."""
    clauses = []
    for number, word in enumerate(re.findall(r"\w+", text)):
        params[f"word{number}"] = rf"(?i)\b{re.escape(word)}\b"
        clauses.append(f"regexp_matches({column}, $word{number})")
    return clauses


def _run(store: Store, sql: str, params: dict[str, Any]) -> Table:
    try:
        cursor = store.db.execute(sql, params)
        rows = cursor.fetchall()
    except duckdb.Error as exc:
        raise QueryError(f"The query failed: {exc}") from exc
    return Table(tuple(d[0] for d in cursor.description or ()), rows)


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Table:
    """Who said what: one row per quote, however many outlets carried it.

    A quote is the same when its words are (case and punctuation aside); ``seen`` is
    where it was found (outlet, URL, date), ``first_seen`` the earliest of them and
    ``outlet`` the outlet that had it then. ``about`` keeps quotes that mention the
    name (or a country, by ISO code) inside the quoted words.
    """
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    where = ["TRUE"]
    if speaker:
        params["speaker"] = speaker
        where.append(
            "(lower(q.speaker) = lower($speaker) OR lower(q.speaker) LIKE '% ' || lower($speaker) "
            f"OR (q.article, q.speaker_id) IN ({_people('speaker', params)}))"
        )
    if about:
        params["about"] = about
        code = _ACTOR_CODE.match(about)
        named = (
            "e.country = $about" if code and not code["sector"] else _names("e", "about", params)
        )
        where.append(
            "EXISTS (SELECT 1 FROM entities e JOIN mentions m "
            "ON m.article = e.article AND m.entity = e.id WHERE e.article = q.article "
            f'AND m.start >= q.start AND m."end" <= q."end" AND {named})'
        )
    if since:
        params["since"] = since
        where.append(f"{_SEEN_ON} >= $since")
    if until:
        params["until"] = until
        where.append(f"{_SEEN_ON} <= $until")
    if text:
        where.extend(_words(text, "q.text", params))
    sql = f"""
        WITH seen AS (
            SELECT q.quote_key, q.speaker, q.text, s.outlet, s.url, {_SEEN_ON} AS date,
                   q.article || ' ' || coalesce(s.place, '') AS sighting
            FROM quotes q
            JOIN articles a ON a.sha1 = q.article
            LEFT JOIN sightings s ON s.article = q.article
            WHERE {" AND ".join(where)}
        )
        SELECT min(date) AS first_seen,
               arg_min(outlet, (date, outlet)) AS outlet,
               mode(speaker) AS speaker,
               arg_min(text, (date, outlet)) AS quote,
               count(DISTINCT sighting) AS seen,
               count(DISTINCT outlet) AS outlets,
               arg_min(url, (date, outlet)) AS url,
               quote_key
        FROM seen
        GROUP BY quote_key
        ORDER BY first_seen NULLS LAST, quote, quote_key
        LIMIT $limit OFFSET $offset"""
    return _run(store, sql, params)


def sightings(store: Store, quote_key: str) -> Table:
    """Every place one quote was seen, earliest first."""
    sql = f"""
        SELECT {_SEEN_ON} AS date, s.outlet, s.url, s.source, q.speaker, q.article
        FROM quotes q JOIN articles a ON a.sha1 = q.article
        JOIN sightings s ON s.article = q.article
        WHERE q.quote_key = $key
        ORDER BY date NULLS LAST, s.outlet, s.url, s.source"""
    return _run(store, sql, {"key": quote_key})


def events(
    store: Store,
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 100,
    offset: int = 0,
    unasserted: bool = False,
) -> Table:
    """Coded events, one row per distinct event however many copies of a story reported it.

    Only events the text asserts, unless ``unasserted``: then negated and hypothetical ones
    too, each row with its ``status`` (asserted, negated, hypothetical)."""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    where = ["TRUE" if unasserted else ASSERTED]
    # With the unasserted events, each row says which it is (and a denial is no copy of a
    # report of the same act).
    status_column = f", {_STATUS} AS status" if unasserted else ""
    status_group = f", {_STATUS}" if unasserted else ""
    if source:
        where.append(_actor("source", source, params))
    if target:
        where.append(_actor("target", target, params))
    if type:
        params["type"] = type.upper()
        where.append("upper(v.type) = $type")
    if since:
        params["since"] = since
        where.append(f"{_EVENT_DATE} >= $since")
    if until:
        params["until"] = until
        where.append(f"{_EVENT_DATE} <= $until")
    # Copies of one wire story report one event: grouped by the story's wire group.
    sql = f"""
        SELECT {_EVENT_DATE} AS date,
               coalesce(v.source, v.source_country) AS source,
               v.type, coalesce(v.target, v.target_country) AS target,
               round(avg(v.intensity), 2) AS intensity, count(DISTINCT v.article) AS reports,
               arg_min(a.outlet, (a.published, a.outlet)) AS outlet,
               arg_min(v.sentence, (a.published, a.outlet)) AS sentence{status_column}
        FROM events v JOIN articles a ON a.sha1 = v.article
        WHERE {" AND ".join(where)}
        GROUP BY {_EVENT_DATE}, coalesce(v.source, v.source_country), v.type,
                 coalesce(v.target, v.target_country), a.wire_group{status_group}
        ORDER BY date NULLS LAST, source, type, target, sentence
        LIMIT $limit OFFSET $offset"""
    return _run(store, sql, params)


def timeline(store: Store, first: str, second: str, *, by: Period = "month") -> Table:
    """The dyad's asserted events per period, both directions: counts by type and mean
    intensity."""
    if by not in PERIODS:
        raise QueryError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}.")
    params: dict[str, Any] = {"forward": f"{first} → {second}", "back": f"{second} → {first}"}
    a_to_b, b_to_a = _directions(first, second, params)
    # One event per wire group, however many copies of the story reported it.
    sql = f"""
        WITH distinct_events AS (
            SELECT DISTINCT CAST(date_trunc('{by}', {_EVENT_DATE}) AS DATE) AS period,
                   CASE WHEN {a_to_b} THEN $forward ELSE $back END AS direction,
                   v.type, coalesce(v.source, v.source_country) AS source,
                   coalesce(v.target, v.target_country) AS target, {_EVENT_DATE} AS date,
                   a.wire_group, v.intensity
            FROM events v JOIN articles a ON a.sha1 = v.article
            WHERE (({a_to_b}) OR ({b_to_a})) AND {_EVENT_DATE} IS NOT NULL AND {ASSERTED}
        )
        SELECT period, direction, type, count(*) AS events, round(avg(intensity), 2) AS intensity
        FROM distinct_events
        GROUP BY period, direction, type
        ORDER BY period, direction, type"""
    return _run(store, sql, params)


def profile(store: Store, name: str, *, limit: int = 5) -> Profile | None:
    """An entity's profile: names, roles, countries, counts, most quoted words, top partners."""
    params: dict[str, Any] = {"name": name}
    ids = _people("name", params)
    row = store.db.execute(
        f"""SELECT {PERSON_NAME_SQL}, list_distinct(list(e.type)),
                   list_distinct(flatten(list(e.aliases))),
                   list_distinct(flatten(list(e.roles))), list_distinct(list(e.country)),
                   count(DISTINCT e.article)
            FROM entities e WHERE (e.article, e.id) IN ({ids})""",
        params,
    ).fetchone()
    if row is None or row[0] is None:
        return None
    canonical = str(row[0])
    params["canonical"] = canonical
    # Events and quotes count once however many copies of a wire story carried them.
    event = "(a.wire_group, v.type, v.source, v.target, v.date)"
    counts = store.db.execute(
        f"""SELECT
              (SELECT count(*) FROM mentions WHERE (article, entity) IN ({ids})),
              (SELECT count(DISTINCT quote_key) FROM quotes
                  WHERE (article, speaker_id) IN ({ids}) OR lower(speaker) = lower($canonical)),
              (SELECT count(DISTINCT {event}) FROM events v JOIN articles a ON a.sha1 = v.article
                  WHERE (v.article, v.source_id) IN ({ids}) AND {ASSERTED}),
              (SELECT count(DISTINCT {event}) FROM events v JOIN articles a ON a.sha1 = v.article
                  WHERE (v.article, v.target_id) IN ({ids}) AND {ASSERTED})""",
        params,
    ).fetchone()
    assert counts is not None
    params["limit"] = limit
    quoted = _run(
        store,
        f"""SELECT arg_min(q.text, {_SEEN_ON}) AS quote, count(DISTINCT s.place) AS seen,
                   min({_SEEN_ON}) AS first_seen
            FROM quotes q JOIN articles a ON a.sha1 = q.article
            LEFT JOIN sightings s ON s.article = q.article
            WHERE (q.article, q.speaker_id) IN ({ids}) OR lower(q.speaker) = lower($canonical)
            GROUP BY q.quote_key ORDER BY seen DESC, first_seen, quote LIMIT $limit""",
        params,
    )
    partners = _run(
        store,
        f"""SELECT partner, count(*) AS events, round(avg(intensity), 2) AS intensity
            FROM (
                SELECT DISTINCT coalesce(v.target, v.target_country) AS partner, v.intensity,
                       a.wire_group, v.type, v.date
                FROM events v JOIN articles a ON a.sha1 = v.article
                WHERE (v.article, v.source_id) IN ({ids}) AND {ASSERTED}
                UNION
                SELECT DISTINCT coalesce(v.source, v.source_country), v.intensity,
                       a.wire_group, v.type, v.date
                FROM events v JOIN articles a ON a.sha1 = v.article
                WHERE (v.article, v.target_id) IN ({ids}) AND {ASSERTED}
            ) WHERE partner IS NOT NULL AND partner <> $canonical
            GROUP BY partner ORDER BY events DESC, partner LIMIT $limit""",
        params,
    )
    return Profile(
        name=canonical,
        types=tuple(sorted(row[1])),
        aliases=tuple(sorted(a for a in row[2] if a != canonical)),
        roles=tuple(sorted(row[3])),
        countries=tuple(sorted(c for c in row[4] if c)),
        counts={
            "articles": int(row[5]),
            "mentions": int(counts[0]),
            "quotes": int(counts[1]),
            "events as source": int(counts[2]),
            "events as target": int(counts[3]),
        },
        quotes=quoted,
        partners=partners,
    )


def sql(store: Store, statement: str) -> Table:
    """Any read-only SQL over the database (open the store with ``read_only=True``)."""
    return _run(store, statement, {})
