"""Named mentions merged into clusters, with roles and countries from the text.

A cluster is one actor of the article while the stage builds it: its canonical
name, type, country, roles, aliases and mention offsets. Named mentions come
from spaCy's entities; "Vladimir Putin" = "Putin" = "President Putin". Roles
come from the words before a name ("Kremlin spokesman Dmitry Peskov"),
appositives ("Konstantin Kosachyov, the deputy chairman of …") and possessives
("Russia's ambassador Anatoly Antonov"); a country from any of those words that
names one ("Russian", "Russia's", "the Kremlin").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from parley.actors.countries import CountryTable

KEPT_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.",
}  # fmt: skip
FEMALE_HONORIFICS = {"mrs", "ms", "miss", "dame", "lady", "mrs.", "ms."}
MALE_HONORIFICS = {"mr", "sir", "lord", "mr."}


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: word lists kept readable in the source."""
    return frozenset(text.split())


TITLE_WORDS = word_set(
    """
    president minister secretary senator governor mayor chancellor premier king queen prince
    general admiral judge justice chief ambassador spokesman spokeswoman representative rep
    sen gov gen foreign prime vice deputy attorney interior finance defense defence state
    speaker leader chairman chairwoman director commissioner envoy pope lawmaker legislator
    official diplomat adviser advisor aide candidate nominee
    """
)
"""Capitalised words of titles ("Foreign Minister"), as opposed to a first name's."""
_PREMODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod")


@dataclass(slots=True)
class Cluster:
    name: str
    type: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0
    gender: str | None = None
    """``m`` or ``f`` when the text shows it (an honorific, a known person)."""
    seat: bool = False
    """A capital or seat of government standing for its country ("the Kremlin")."""

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


def named_clusters(doc: Any, table: CountryTable) -> tuple[list[Cluster], dict[int, Cluster]]:
    """Clusters of the named mentions, and the cluster of every token inside one."""
    clusters: list[Cluster] = []
    by_token: dict[int, Cluster] = {}
    for span in doc.ents:
        label = KEPT_LABELS.get(span.label_)
        if label is None:
            continue
        name = surface(span)
        if not name:
            continue
        code = table.country(name) if label in ("GPE", "ORG") else None
        if label == "GPE" and code and table.is_country_name(name):
            name = table.name_of(code)
        cluster = _find(clusters, name, label)
        if cluster is None:
            cluster = Cluster(name=name, type=label, first=span.start_char)
            clusters.append(cluster)
        elif len(name) > len(cluster.name) and label == "PERSON":
            cluster.aliases.append(cluster.name)
            cluster.name = name
        cluster.add_alias(span.text)
        cluster.mentions.append((span.start_char, span.end_char))
        cluster.country = cluster.country or code or _modifier_country(span, table)
        if code and not table.is_country_name(name):
            cluster.seat = True
        for token in span:
            by_token[token.i] = cluster
        if label == "PERSON":
            first = span[0].lower_
            if first in FEMALE_HONORIFICS:
                cluster.gender = "f"
            elif first in MALE_HONORIFICS:
                cluster.gender = "m"
            for role in _roles(span):
                cluster.add_role(role)
            before = span.doc[span.start - 1].lower_ if span.start else ""
            if before in FEMALE_HONORIFICS:
                cluster.gender = "f"
            elif before in MALE_HONORIFICS:
                cluster.gender = "m"
            for role, words in (_appositive(span, by_token), _title_head(span)):
                if role:
                    cluster.add_role(role)
                    cluster.country = cluster.country or _words_country(words, table)
    for cluster in clusters:
        if cluster.seat:
            cluster.add_role("government")
    return clusters, by_token


def surface(span: Any) -> str:
    """The entity's name without a leading "the", honorific or trailing possessive."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_ == "the"):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def _find(clusters: Iterable[Cluster], name: str, label: str) -> Cluster | None:
    """The cluster ``name`` belongs to: same name, or a person's surname or full name."""
    for cluster in clusters:
        if cluster.type != label:
            continue
        if cluster.name == name or name in cluster.aliases:
            return cluster
        if label == "PERSON" and same_person(cluster.name, name):
            return cluster
    return None


def same_person(known: str, new: str) -> bool:
    """ "Putin" ⊂ "Vladimir Putin": one name's tokens end the other's."""
    a, b = known.split(), new.split()
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) < len(long) and long[-len(short) :] == short


def _modifier_country(span: Any, table: CountryTable) -> str | None:
    """A country named by a word that modifies the entity ("Russian President …")."""
    return _words_country(_premodifiers(span), table)


def _words_country(tokens: Iterable[Any], table: CountryTable) -> str | None:
    doc = None
    for token in tokens:
        doc = token.doc
        code = table.country(token.text)
        if code:
            return code
        if token.ent_type_ in ("ORG", "GPE", "NORP"):
            entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if entity is not None:
                code = table.country(surface(entity) or entity.text)
                if code:
                    return code
    return None


def _roles(span: Any) -> list[str]:
    """Common-noun titles right before a person's name: "spokesman", "foreign minister"."""
    words = [
        token.lower_
        for token in _premodifiers(span)
        if not token.ent_type_
        and token.is_alpha
        and (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS))
    ]
    return [" ".join(words)] if words else []


def _title_head(span: Any) -> tuple[str, list[Any]]:
    """ "Russia's ambassador Anatoly Antonov", parsed as the name in apposition to its title."""
    head = span.root.head
    if span.root.dep_ != "appos" or head.i >= span.start or head.pos_ != "NOUN":
        return "", []
    if head.i != span.start - 1 and span.doc[span.start - 1].text != ",":
        return "", []
    tokens = list(span.doc[head.left_edge.i : head.i + 1])
    words = [t.lower_ for t in tokens if t.dep_ not in ("det", "poss", "case", "punct")]
    return " ".join(w for w in words if w.isalpha()), tokens


def _appositive(span: Any, named: dict[int, Cluster]) -> tuple[str, list[Any]]:
    """ "X, the deputy chairman of …": the role words and the appositive's tokens."""
    for child in span.root.children:
        if child.dep_ != "appos" or child.i < span.end or child.i in named:
            continue
        if child.pos_ != "NOUN":
            continue
        tokens = list(child.doc[child.left_edge.i : child.i + 1])
        words = [t.lower_ for t in tokens if t.dep_ not in ("det", "punct")]
        return " ".join(words), list(child.subtree)
    return "", []


def _premodifiers(span: Any) -> list[Any]:
    """Tokens just before the span that modify its head (compound/amod chain, possessors)."""
    doc = span.doc
    found: list[Any] = []
    i = span.start - 1
    while i >= 0 and i >= span.start - 5:
        token = doc[i]
        if token.dep_ == "case" and token.head in found:
            i -= 1
            continue
        if token.dep_ == "poss" and token.head in found:
            found.append(token)
            i -= 1
            continue
        if token.dep_ not in _PREMODIFIER_DEPS or not (
            span.start <= token.head.i < span.end or token.head in found
        ):
            break
        found.append(token)
        i -= 1
    return list(reversed(found))
