"""Questions the web pages ask: article lists, entity search, the busiest speakers and dyads.

Like ``parley.store.queries`` (whose name matching and event dates these share),
each function takes a ``Store`` and plain values and returns a ``Table``; the
HTTP API and the pages only format them. Lists take ``limit`` and ``offset`` so
a page can be paged.
"""

from __future__ import annotations

from typing import Any

from parley.store import PERSON_NAME_SQL, Store
from parley.store.queries import _EVENT_DATE, ASSERTED, Table, _directions, _run, _words


def articles(store: Store, *, text: str | None = None, limit: int = 20, offset: int = 0) -> Table:
    """Stored articles, newest publication first; ``text``: every word in the title or body."""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    where = ["TRUE"]
    if text:
        where.extend(_words(text, "(coalesce(a.title, '') || ' ' || a.text)", params))
    sql = f"""
        SELECT a.id, a.sha1, a.title, a.published, a.outlet, a.url,
               (SELECT count(*) FROM quotes q WHERE q.article = a.sha1) AS quotes,
               (SELECT count(*) FROM events v WHERE v.article = a.sha1) AS events
        FROM articles a
        WHERE {" AND ".join(where)}
        ORDER BY a.published DESC NULLS LAST, a.title, a.sha1
        LIMIT $limit OFFSET $offset"""
    return _run(store, sql, params)


def entities(
    store: Store,
    *,
    text: str | None = None,
    type: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Table:
    """Entities by canonical name across articles, most mentioned first.

    ``text`` keeps names or aliases containing it (case aside); ``type`` one entity type.
    """
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    where = ["TRUE"]
    if text:
        params["text"] = text.lower()
        where.append(
            "(contains(lower(e.name), $text) OR len(list_filter(e.aliases, "
            "lambda x: contains(lower(x), $text))) > 0)"
        )
    if type:
        params["type"] = type.upper()
        where.append("e.type = $type")
    sql = f"""
        SELECT {PERSON_NAME_SQL} AS name, mode(e.type) AS type, mode(e.country) AS country,
               count(DISTINCT e.article) AS articles,
               sum((SELECT count(*) FROM mentions m
                    WHERE m.article = e.article AND m.entity = e.id)) AS mentions,
               sum((SELECT count(*) FROM quotes q
                    WHERE q.article = e.article AND q.speaker_id = e.id)) AS quotes
        FROM entities e
        WHERE {" AND ".join(where)}
        GROUP BY coalesce(e.person, e.name)
        ORDER BY mentions DESC, name
        LIMIT $limit OFFSET $offset"""
    return _run(store, sql, params)


def most_quoted(store: Store, *, limit: int = 10) -> Table:
    """Speakers by how many distinct quotes they have (wire copies count once)."""
    # One person however the articles spell them: grouped by the speaker's person key.
    sql = f"""
        SELECT coalesce({PERSON_NAME_SQL}, mode(q.speaker)) AS speaker,
               count(DISTINCT q.quote_key) AS quotes, count(DISTINCT q.article) AS articles
        FROM quotes q
        LEFT JOIN entities e ON e.article = q.article AND e.id = q.speaker_id
        WHERE q.speaker IS NOT NULL
        GROUP BY coalesce(e.person, q.speaker)
        ORDER BY quotes DESC, articles DESC, speaker
        LIMIT $limit"""
    return _run(store, sql, {"limit": limit})


def active_dyads(store: Store, *, limit: int = 10) -> Table:
    """Pairs of actors by how many events passed between them, either way.

    ``first`` and ``second`` are the pair in alphabetical order; copies of one wire
    story count once, and only asserted events count (not negated or hypothetical ones).
    """
    sql = f"""
        WITH distinct_events AS (
            SELECT DISTINCT coalesce(v.source, v.source_country) AS source,
                   coalesce(v.target, v.target_country) AS target,
                   v.type, v.date, v.intensity, a.wire_group
            FROM events v JOIN articles a ON a.sha1 = v.article
            WHERE {ASSERTED}
        )
        SELECT least(source, target) AS first, greatest(source, target) AS second,
               count(*) AS events, round(avg(intensity), 2) AS intensity
        FROM distinct_events
        WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
        GROUP BY least(source, target), greatest(source, target)
        ORDER BY events DESC, first, second
        LIMIT $limit"""
    return _run(store, sql, {"limit": limit})


def dyad_events(
    store: Store,
    first: str,
    second: str,
    *,
    types: tuple[str, ...] = (),
    limit: int = 100,
    offset: int = 0,
) -> Table:
    """Events between two actors in both directions, each with the articles that reported it.

    An actor is a name or a country code (with or without sector), as in ``queries.events``.
    Only asserted events (not negated or hypothetical ones).
    ``types`` keeps only those event types. Copies of one wire story are one event whose
    ``reports`` lists every copy (article id, title, outlet), earliest first.
    """
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    forward, back = _directions(first, second, params)
    where = [f"(({forward}) OR ({back}))", ASSERTED]
    if types:
        params["types"] = [t.upper() for t in types]
        where.append("list_contains($types, upper(v.type))")
    sql = f"""
        SELECT {_EVENT_DATE} AS date, coalesce(v.source, v.source_country) AS source, v.type,
               coalesce(v.target, v.target_country) AS target,
               round(avg(v.intensity), 2) AS intensity,
               arg_min(v.sentence, (a.published, a.outlet, a.id)) AS sentence,
               list({{'article': a.id, 'title': a.title, 'outlet': a.outlet}}
                    ORDER BY a.published NULLS LAST, a.outlet, a.id) AS reports
        FROM events v JOIN articles a ON a.sha1 = v.article
        WHERE {" AND ".join(where)}
        GROUP BY {_EVENT_DATE}, coalesce(v.source, v.source_country), v.type,
                 coalesce(v.target, v.target_country), a.wire_group
        ORDER BY date NULLS LAST, source, v.type, target, sentence
        LIMIT $limit OFFSET $offset"""
    return _run(store, sql, params)
