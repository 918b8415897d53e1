"""Actors stage: entity spans → ``Entity`` records (people, organisations, countries).

Reads the spaCy parse and named entities of one article. Merges the mentions of
one actor within the article by name ("Vladimir Putin" = "Putin"; "U.S." =
"United States"), gives each a canonical name, an ISO alpha-3 country where the
text shows one (the actor is a country, or a nationality word, capital or
country-linked organisation modifies the name), and the role words that
pre-modify a person's name ("Kremlin spokesman Dmitry Peskov" → spokesman).
Every mention keeps its character offsets into ``Article.text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from parley.actors.countries import CountryTable, country_table
from parley.records import Entity

KEPT_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}
_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
}


@dataclass(slots=True)
class _Cluster:
    name: str
    type: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0


def build_entities(doc: Any, table: CountryTable | None = None) -> tuple[Entity, ...]:
    """The article's actors, in order of first mention, ids ``E1``, ``E2`` …"""
    table = table or country_table()
    clusters: list[_Cluster] = []
    for span in doc.ents:
        label = KEPT_LABELS.get(span.label_)
        if label is None:
            continue
        name = _surface(span)
        if not name:
            continue
        code = table.country(name) if label in ("GPE", "ORG") else None
        if label == "GPE" and code and table.is_country_name(name):
            name = table.name_of(code)
        cluster = _find(clusters, name, label)
        if cluster is None:
            cluster = _Cluster(name=name, type=label, first=span.start_char)
            clusters.append(cluster)
        elif len(name) > len(cluster.name) and label == "PERSON":
            cluster.aliases.append(cluster.name)
            cluster.name = name
        text = span.text
        if text != cluster.name and text not in cluster.aliases:
            cluster.aliases.append(text)
        cluster.mentions.append((span.start_char, span.end_char))
        cluster.country = cluster.country or code or _modifier_country(span, table)
        if label == "PERSON":
            for role in _roles(span):
                if role not in cluster.roles:
                    cluster.roles.append(role)
    clusters.sort(key=lambda c: c.first)
    return tuple(
        Entity(
            id=f"E{number}",
            name=cluster.name,
            type=cluster.type,
            country=cluster.country,
            roles=tuple(cluster.roles),
            aliases=tuple(a for a in cluster.aliases if a != cluster.name),
            mentions=tuple(sorted(cluster.mentions)),
        )
        for number, cluster in enumerate(clusters, start=1)
    )


def _surface(span: Any) -> str:
    """The entity's name without a leading "the", honorific or trailing possessive."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in _HONORIFICS or tokens[0].lower_ == "the"):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return span.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _find(clusters: Iterable[_Cluster], name: str, label: str) -> _Cluster | None:
    """The cluster ``name`` belongs to: same name, or a person's surname or full name."""
    for cluster in clusters:
        if cluster.type != label:
            continue
        if cluster.name == name or name in cluster.aliases:
            return cluster
        if label == "PERSON" and _same_person(cluster.name, name):
            return cluster
    return None


def _same_person(known: str, new: str) -> bool:
    """ "Putin" ⊂ "Vladimir Putin": one name's tokens end the other's."""
    a, b = known.split(), new.split()
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) < len(long) and long[-len(short) :] == short


def _modifier_country(span: Any, table: CountryTable) -> str | None:
    """A country named by a word that pre-modifies the entity ("Russian President …")."""
    for token in _premodifiers(span):
        code = table.country(token.text)
        if code:
            return code
        if token.ent_type_ in ("ORG", "GPE", "NORP"):
            entity = next((e for e in span.doc.ents if e.start <= token.i < e.end), None)
            if entity is not None:
                code = table.country(entity.text)
                if code:
                    return code
    return None


def _roles(span: Any) -> list[str]:
    """Common-noun titles right before a person's name: "spokesman", "foreign minister"."""
    words = [
        token.lower_
        for token in _premodifiers(span)
        if not token.ent_type_ and token.pos_ in ("NOUN", "PROPN") and token.is_alpha
    ]
    return [" ".join(words)] if words else []


def _premodifiers(span: Any) -> list[Any]:
    """Tokens just before the span that modify its head (compound/amod/nmod chain)."""
    doc = span.doc
    found = []
    i = span.start - 1
    while i >= 0 and i >= span.start - 5:
        token = doc[i]
        if token.dep_ not in ("compound", "amod", "nmod", "npadvmod") or not (
            span.start <= token.head.i < span.end or token.head in found
        ):
            break
        found.append(token)
        i -= 1
    return list(reversed(found))
