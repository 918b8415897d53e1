"""Actors stage: entity spans → ``Entity`` records (people, organisations, countries).

Reads the spaCy parse and named entities of one article (``names``): merges the
mentions of one actor by name, case and accents aside ("Vladimir Putin" = "Putin";
"Erdoğan" = "Erdogan"; "U.S." = "United States"), gives each a canonical name without
titles ("Crown Prince", "Gen."), roles from titles and role words around a person's
name (pre-modifiers, appositives, possessives), a type by the NER labels' majority and
the evidence of a title or role, and an ISO alpha-3 country where the text shows
one; capitals and seats of government ("the Kremlin", "Washington") stand for
their country's government. Then ``coref`` joins pronouns and definite
descriptions ("the former KGB agent") to those actors. Every mention keeps its
character offsets into ``Article.text``. ``people`` gives the key that groups one
person across articles (the store keeps it, see there).
"""

from __future__ import annotations

from typing import Any

from parley.actors.coref import link_references
from parley.actors.countries import CountryTable, document_table
from parley.actors.names import KEPT_LABELS, named_clusters
from parley.records import Entity

__all__ = ["KEPT_LABELS", "build_entities"]


def build_entities(doc: Any, table: CountryTable | None = None) -> tuple[Entity, ...]:
    """The article's actors, in order of first mention, ids ``E1``, ``E2`` …"""
    table = table or document_table(doc.text)
    clusters, by_token = named_clusters(doc, table)
    link_references(doc, clusters, by_token, table)
    clusters.sort(key=lambda c: c.first)
    return tuple(
        Entity(
            id=f"E{number}",
            name=cluster.name,
            type=cluster.type,
            country=cluster.country,
            roles=tuple(cluster.roles),
            aliases=tuple(a for a in cluster.aliases if a != cluster.name),
            mentions=tuple(sorted(set(cluster.mentions))),
        )
        for number, cluster in enumerate(clusters, start=1)
    )
