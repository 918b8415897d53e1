"""Named mentions merged into clusters, with roles and countries from the text.

A cluster is one actor of the article while the stage builds it: its canonical
name, type, country, roles, aliases and mention offsets. Named mentions come
from spaCy's entities; "Vladimir Putin" = "Putin" = "President Putin", names compared
without case or accents; a title inside the name ("Crown Prince …") becomes a role. Roles
come from the words before a name ("Kremlin spokesman Dmitry Peskov"),
appositives ("Konstantin Kosachyov, the deputy chairman of …", "X, the Prime Minister of
Iraq") and possessives ("Russia's ambassador Anatoly Antonov"); a country from any of those
words that names one ("Russian", "Russia's", "the Kremlin"). The recogniser's label for a name
wavers between mentions: a surname it tags an organisation, a place or a people joins the one
person of the article it is the surname of.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from parley.actors.countries import CountryTable, city_country, national_title
from parley.nlp import after_hyphen, text_of

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
NAME_TITLES = word_set(
    """
    president vice prime minister foreign crown prince princess king queen emperor sultan
    emir sheikh shaikh sheik ayatollah grand imam mullah cleric pope cardinal archbishop
    bishop rabbi reverend rev. chancellor premier senator sen. sen governor gov. gov mayor
    secretary ambassador judge justice chief general gen. gen lieutenant lt. lt colonel col.
    col major maj. maj captain capt. capt commander admiral adm. adm marshal field brigadier
    sergeant sgt. sgt corporal private colonel-general lieutenant-general major-general
    representative rep. rep congressman congresswoman speaker deputy acting former late
    """
)
"""Words of a title that news writes before a name ("Crown Prince", "Ayatollah", "Gen."):
kept out of the canonical name and added to the person's roles instead."""
ROLE_WORDS = TITLE_WORDS | word_set(
    """
    spokesperson spokesman spokeswoman chair officer executive constable rapporteur
    protester protestor activist journalist reporter correspondent editor analyst expert
    professor lawyer prosecutor commander agent aide monarch ruler dictator politician
    congressman congresswoman businessman businesswoman founder owner head boss chief
    economist scientist researcher author writer columnist commentator host student
    crown prince princess emir sheikh sultan ayatollah imam cleric cardinal bishop
    colonel captain sergeant major lieutenant marshal brigadier commander officer
    mother father son daughter wife husband brother sister fiancée fiancé widow
    motorcyclist victim witness national citizen resident native
    """
)
"""Nouns that make a role ("spokesman", "foreign minister"); a noun that is not one
("television", "church") is not a person's role."""
_PERSON_SUFFIXES = ("ist", "man", "woman", "person", "er", "or", "ant", "ent")
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
    labels: Counter[str] = field(default_factory=Counter)
    """How often the NER gave each label to the cluster's mentions."""
    evidence: bool = False
    """A title, honorific or role word shows the cluster is a person."""

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
        name, title = titled_surface(span) if label == "PERSON" else (surface(span), "")
        if not name:
            continue
        code = table.country(name) if label in ("GPE", "ORG") else None
        if label == "GPE" and code and table.is_country_name(name):
            name = table.name_of(code)
        cluster = _find(clusters, name, label, place=code is not None)
        if cluster is None:
            cluster = Cluster(name=name, type=label, first=span.start_char)
            clusters.append(cluster)
        elif len(name) > len(cluster.name) and label == "PERSON":
            cluster.aliases.append(cluster.name)
            cluster.name = name
        elif cluster.name.isupper() and not name.isupper() and name.lower() == cluster.name.lower():
            # "WASHINGTON (AP) —" then "Washington has accused ...": the name as the prose
            # writes it, not as a dateline or a headline in capitals does (an acronym the
            # prose writes only in capitals, "NATO", stays so).
            cluster.aliases.append(cluster.name)
            cluster.name = name
        cluster.labels[label] += 1
        cluster.add_alias(span.text)
        cluster.mentions.append((span.start_char, span.end_char))
        if label != "PERSON":
            cluster.country = cluster.country or code
        if code and not table.is_country_name(name):
            cluster.seat = True
        for token in span:
            by_token[token.i] = cluster
        if label == "PERSON" or (label == "GPE" and code is None and cluster.labels["PERSON"]):
            _person_mention(cluster, span, title, by_token, table)
    for cluster in clusters:
        cluster.type = _cluster_type(cluster, table)
        if cluster.type == "PERSON":
            cluster.seat = False
        elif cluster.type == "GPE" and cluster.labels["PERSON"]:
            cluster.country = cluster.country or table.country(cluster.name)
            cluster.roles.clear()
    _join_first_names(clusters, by_token)
    _join_mistaken_surnames(clusters, by_token)
    _join_mislabelled_names(doc, clusters, by_token, table)
    _join_acronyms(doc, clusters, by_token)
    for cluster in clusters:
        if cluster.seat:
            cluster.add_role("government")
    return clusters, by_token


def _person_mention(
    cluster: Cluster, span: Any, title: str, by_token: dict[int, Cluster], table: CountryTable
) -> None:
    """Gender, roles and country that one mention of a person shows."""
    cluster.country = cluster.country or _modifier_country(span, table)
    if title:
        cluster.add_role(title)
        cluster.evidence = True
        # "Crown Prince Mohammad bin Salman of Saudi Arabia", "King Abdullah of Jordan"
        of = [c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"]
        cluster.country = cluster.country or _words_country(
            (t for c in of for t in c.children if t.dep_ == "pobj"), table
        )
    first = span[0].lower_
    before = span.doc[span.start - 1].lower_ if span.start else ""
    for word in (first, before):
        if word in FEMALE_HONORIFICS:
            cluster.gender = "f"
            cluster.evidence = True
        elif word in MALE_HONORIFICS:
            cluster.gender = "m"
            cluster.evidence = True
    for role in _roles(span):
        cluster.add_role(role)
        cluster.evidence = True
    for role, words in (
        _appositive(span, by_token),
        _title_head(span),
        _predicate_role(span, by_token),
    ):
        if role and is_role(role):
            cluster.add_role(role)
            cluster.evidence = True
            cluster.country = cluster.country or _words_country(words, table)
    if cluster.country is None:
        # "Senate Minority Whip Dick Durbin", "Democratic Representatives A and B", "Taoiseach
        # Leo Varadkar": a title only one state's offices have names the person's country.
        titles = [_title_words(span, title), *(role.split() for role in cluster.roles)]
        office = next((o for words in titles if (o := national_title(words))), None)
        if office is not None:
            cluster.add_role(office[0])
            cluster.evidence = True
            cluster.country = office[1]


def _cluster_type(cluster: Cluster, table: CountryTable) -> str:
    """The label most of the cluster's mentions have; a person once a title, honorific or
    role shows one ("President Erdogan" stays a person where the NER also says GPE), and a
    country's name a place unless such evidence says otherwise."""
    if cluster.labels["PERSON"] and cluster.evidence:
        return "PERSON"
    if table.is_country_name(cluster.name):
        return "GPE"
    if not cluster.labels:
        return cluster.type
    top = max(cluster.labels.values())
    tied = [label for label, count in cluster.labels.items() if count == top]
    label = cluster.type if cluster.type in tied else tied[0]
    if label == "GPE" and cluster.labels["PERSON"] and _no_place(cluster.name, table):
        # "John Kasich", tagged a place three times and a person once: a name of several
        # words that is no country, state or city is the person's.
        return "PERSON"
    return label


def _no_place(name: str, table: CountryTable) -> bool:
    return (
        len(name.split()) > 1
        and table.country(name) is None
        and table.region(name) is None
        and city_country(name) is None
    )


def _join_first_names(clusters: list[Cluster], by_token: dict[int, Cluster]) -> None:
    """ "I asked John …" after "John Bolton": a first name alone is the one person of the
    article whose full name starts with it (left alone when several do)."""
    people = [c for c in clusters if c.type == "PERSON"]
    for cluster in people:
        owner = _one_owner(cluster.name, people, 0, besides=cluster)
        if owner is not None:
            _merge(owner, cluster, by_token)
            clusters.remove(cluster)


def _one_owner(
    name: str, people: list[Cluster], position: int, *, besides: Cluster | None = None
) -> Cluster | None:
    """The one person (other than ``besides``) whose name of several words has the one-word
    ``name`` at ``position`` (0: the first name, -1: the surname); None when none or several
    do."""
    words = fold(name).split()
    if len(words) != 1:
        return None
    owners = []
    for c in people:
        theirs = fold(c.name).split()
        if c is not besides and len(theirs) > 1 and theirs[position] == words[0]:
            owners.append(c)
    return owners[0] if len(owners) == 1 else None


def _join_mistaken_surnames(clusters: list[Cluster], by_token: dict[int, Cluster]) -> None:
    """ "Trump" tagged an organisation here and there in an article about Donald Trump: a
    one-word organisation name of no known body that is the surname of exactly one person of
    the article is that person (the recogniser's label wavers between mentions)."""
    people = [c for c in clusters if c.type == "PERSON"]
    for cluster in [c for c in clusters if c.type == "ORG" and not c.country]:
        owner = _one_owner(cluster.name, people, -1, besides=cluster)
        if owner is not None:
            _merge(owner, cluster, by_token)
            clusters.remove(cluster)


# Labels the recogniser gives a person's name by mistake, whose entities are not kept.
_MISTAKEN_FOR_NAMES = ("LOC", "FAC", "NORP", "")


def _join_mislabelled_names(
    doc: Any, clusters: list[Cluster], by_token: dict[int, Cluster], table: CountryTable
) -> None:
    """ "the government labeled Soleimani a terrorist" with "Soleimani" tagged a location: a
    mention tagged a place or a people, that names no country, and is the full name or the
    surname of exactly one person of the article is that person's mention."""
    people = [c for c in clusters if c.type == "PERSON"]
    if not people:
        return
    folded = [(fold(c.name), c) for c in people]
    for span in [*doc.ents, *_untagged_names(doc)]:
        if span.label_ not in _MISTAKEN_FOR_NAMES or any(t.i in by_token for t in span):
            continue
        name = surface(span)
        if not name or table.country(name):
            continue
        key = fold(name)
        owners = [c for whole, c in folded if whole == key]
        if not owners:
            owner = _one_owner(name, people, -1)
            owners = [owner] if owner is not None else []
        if len(owners) != 1:
            continue
        owners[0].mentions.append((span.start_char, span.end_char))
        owners[0].add_alias(span.text)
        for token in span:
            by_token[token.i] = owners[0]


# Tags of a name the recogniser left untagged ("Trump" at the start of a sentence, read as a
# common noun): never a verb's, an adjective's or a function word's.
_NOUN_TAGS = ("NN", "NNP", "NNPS")


def _untagged_names(doc: Any) -> list[Any]:
    """Single capitalised nouns outside every entity ("Trump denied the allegations", where the
    recogniser tags no name), as spans labelled ``""`` for ``_join_mislabelled_names``."""
    return [
        doc[token.i : token.i + 1]
        for token in doc
        if not token.ent_type_
        and token.tag_ in _NOUN_TAGS
        and token.text[:1].isupper()
        and token.text[1:].islower()
    ]


def _join_acronyms(doc: Any, clusters: list[Cluster], by_token: dict[int, Cluster]) -> None:
    """ "the Popular Mobilization Forces (PMF) ... the PMF said": a short name in capitals
    given in brackets right after an organisation's name is that organisation's, wherever
    the article uses it."""
    for span in doc.ents:
        long = by_token.get(span.start)
        if long is None or long.type != "ORG":
            continue
        if (
            span.start >= 2
            and doc[span.start - 1].lower_ in ("and", ",", "&", "of", "for")
            and (doc[span.start - 2].text[:1].isupper())
        ):
            continue  # the end of a longer name ("... Scientific and Cultural Organization")
        # The brackets follow the name, or the recogniser took "(PMF" into it.
        opened = next((t.i for t in span if t.text == "("), span.end)
        if opened == span.start or opened + 2 >= len(doc) or doc[opened].text != "(":
            continue
        short, closing = doc[opened + 1], doc[opened + 2]
        if closing.text != ")" or not _acronym(short.text) or fold(short.text) == fold(long.name):
            continue
        others = [c for c in clusters if c is not long and fold(c.name) == fold(short.text)]
        if any(c.type not in ("ORG", "GPE") or c.country for c in others):
            continue  # the short name is someone else's ("(UN)" after a country's body)
        owner = by_token.get(short.i)
        if owner is not None and owner is not long and owner not in others:
            continue
        long.add_alias(short.text)
        for other in others:
            _merge(long, other, by_token)
            clusters.remove(other)
        if owner is None:
            by_token[short.i] = long
            long.mentions.append((short.idx, short.idx + len(short.text)))


def _acronym(text: str) -> bool:
    """A short name written in capitals ("PMF", "USCIRF", "G7"), not a word in brackets."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and bool(letters) and all(c.isupper() for c in letters)


def _merge(into: Cluster, other: Cluster, by_token: dict[int, Cluster]) -> None:
    into.mentions.extend(other.mentions)
    into.add_alias(other.name)
    for alias in other.aliases:
        into.add_alias(alias)
    for role in other.roles:
        into.add_role(role)
    into.country = into.country or other.country
    into.gender = into.gender or other.gender
    into.first = min(into.first, other.first)
    into.labels.update(other.labels)
    for i, cluster in list(by_token.items()):
        if cluster is other:
            by_token[i] = into


def fold(text: str) -> str:
    """A name compared without case, accents or a possessive ("Erdoğan's" → "erdogan")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(folded.removesuffix("'s").split())


def is_role(phrase: str) -> bool:
    """Whether a phrase's head names what a person is ("foreign minister"), not a thing."""
    words = phrase.split()
    if not words:
        return False
    head = words[-1]
    return head in ROLE_WORDS or (len(head) > 4 and head.endswith(_PERSON_SUFFIXES))


def surface(span: Any) -> str:
    """The entity's name without a leading "the", honorific or trailing possessive."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_ == "the"):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    opened = [i for i, t in enumerate(tokens) if t.text == "("]
    if opened and opened[-1] > 0 and not any(t.text == ")" for t in tokens[opened[-1] :]):
        tokens = tokens[: opened[-1]]  # "Commission on Religious Freedom (USCIRF": cut short
    if not tokens:
        return ""
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def titled_surface(span: Any) -> tuple[str, str]:
    """A person's name without the title before it, and that title in lower case:
    "Crown Prince Mohammad bin Salman" → ("Mohammad bin Salman", "crown prince")."""
    name = surface(span)
    if not name:
        return "", ""
    tokens = [t for t in span if t.idx >= span.start_char + span.text.index(name)]
    title: list[str] = []
    while len(tokens) > 1 and tokens[0].lower_ in NAME_TITLES:
        title.append(tokens.pop(0).lower_.rstrip("."))
    if not title:
        return name, ""
    end = span.start_char + span.text.index(name) + len(name)
    return text_of(span.doc)[tokens[0].idx : end], " ".join(title)


def _find(clusters: Iterable[Cluster], name: str, label: str, *, place: bool) -> Cluster | None:
    """The cluster ``name`` belongs to: same name, or a person's surname or full name.

    Names compare without case or accents ("Erdoğan" = "Erdogan"); a person's name the NER
    tags GPE (and that names no known place) joins the person."""
    key = fold(name)
    personal = label == "PERSON" or (label == "GPE" and not place)
    for cluster in clusters:
        same_name = fold(cluster.name) == key or any(fold(a) == key for a in cluster.aliases)
        if same_name and (cluster.type == label or {cluster.type, label} <= {"PERSON", "GPE"}):
            return cluster  # the labels' votes decide the type (``_cluster_type``)
        if cluster.type != label and not (
            personal
            and (cluster.type == "PERSON" or (cluster.type == "GPE" and not cluster.country))
        ):
            continue
        if personal and "PERSON" in (label, cluster.type) and same_person(cluster.name, name):
            return cluster
    return None


def same_person(known: str, new: str) -> bool:
    """ "Putin" ⊂ "Vladimir Putin": one name's words end the other's, compared without
    case or accents; or "John Bolton" ⊂ "John R. Bolton": same first and last name."""
    a, b = fold(known).split(), fold(new).split()
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not short or len(short) >= len(long):
        return False
    if long[-len(short) :] == short:
        return True
    if len(short) < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])


def _modifier_country(span: Any, table: CountryTable) -> str | None:
    """A country named by a word that modifies the entity ("Russian President …")."""
    return _words_country(_premodifiers(span), table)


def _words_country(tokens: Iterable[Any], table: CountryTable) -> str | None:
    """The country the words name: a word's own ("Russian"), or the name it is part of
    ("New Jersey Gov." is American, not of Jersey; "New Mexico" is no Mexico)."""
    for token in tokens:
        entity = None
        if token.ent_type_ in ("ORG", "GPE", "NORP", "LOC"):
            entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        name: str | None = (surface(entity) or entity.text) if entity is not None else None
        if entity is not None and len(entity) > 1 and name:
            code = table.country(name) or table.region(name)
            if code:
                return code
            if table.country(token.text) and token.i != entity.start:
                continue  # a country's name inside another name ("New Jersey", "New Mexico")
            name = None  # (the whole name is read)
        if _language(token) or _hyphened_origin(token, table):
            # "the Spanish-speaking son of Dominican immigrants": a language; "a
            # Cuban-American senator": of the second people, the first his origin.
            continue
        code = table.country(token.text) or (table.country(name) if name else None)
        if code:
            return code
    return None


# Words after a people's adjective and a hyphen that make it a language: "Spanish-speaking".
_OF_LANGUAGE = {"speaking", "speaker", "speakers", "language", "languages"}


def _hyphened_origin(token: Any, table: CountryTable) -> bool:
    """The word is the first of two peoples joined by a hyphen ("Cuban-American",
    "Iranian-Canadian"): an origin, the second is the nationality."""
    second = after_hyphen(token)
    return second is not None and bool(table.country(token.text) and table.country(second.text))


def _language(token: Any) -> bool:
    """The word names a language, not a country ("Spanish-speaking", "Arabic-language")."""
    second = after_hyphen(token)
    return second is not None and second.lower_ in _OF_LANGUAGE


def _roles(span: Any) -> list[str]:
    """Common-noun titles right before a person's name: "spokesman", "foreign minister"."""
    words = [
        token.lower_
        for token in _premodifiers(span)
        if not token.ent_type_
        and token.is_alpha
        and (
            token.pos_ == "NOUN"
            or (token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS | NAME_TITLES)
        )
    ]
    role = " ".join(words)
    return [role] if is_role(role) else []


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
        # A capitalised title counts when its head is a role word ("X, the acting Prime
        # Minister of Iraq"), not any proper noun ("X, Tehran").
        if child.pos_ != "NOUN" and not (child.pos_ == "PROPN" and child.lower_ in ROLE_WORDS):
            continue
        tokens = list(child.doc[child.left_edge.i : child.i + 1])
        words = [t.lower_ for t in tokens if t.dep_ not in ("det", "punct")]
        return " ".join(words), _without_clauses(child)
    return "", []


def _without_clauses(head: Any) -> list[Any]:
    """The words of a noun phrase without its clauses: "the statesman who embarked on a
    mission to Mexico" says nothing of where the statesman is from."""
    clauses = [t for t in head.subtree if t.dep_ in ("relcl", "acl", "advcl", "ccomp")]
    inside = {t.i for clause in clauses for t in clause.subtree}
    return [t for t in head.subtree if t.i not in inside]


def _predicate_role(span: Any, named: dict[int, Cluster]) -> tuple[str, list[Any]]:
    """ "X is a Turkish national", "X was a British diplomat": what the person is said to be,
    with the words of the predicate."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < span.end:
        return "", []
    for child in verb.children:
        if child.dep_ != "attr" or child.pos_ != "NOUN" or child.i in named:
            continue
        tokens = list(child.doc[child.left_edge.i : child.i + 1])
        words = [t.lower_ for t in tokens if t.dep_ not in ("det", "punct")]
        return " ".join(words), tokens
    return "", []


def _title_words(span: Any, title: str) -> list[str]:
    """The words of the title before a person's name: the modifiers before it and the title
    inside the name's span; for the second of two names ("Representatives A and B"), the
    first one's."""
    root = span.root
    if root.dep_ == "conj" and root.head.i < span.start:
        first = next((e for e in span.doc.ents if e.start <= root.head.i < e.end), None)
        if first is not None and first.label_ == "PERSON":
            _, first_title = titled_surface(first)
            return _title_words(first, first_title)
    return [t.text for t in _premodifiers(span)] + title.split()


def _premodifiers(span: Any) -> list[Any]:
    """Tokens just before the span that modify its head (compound/amod chain, possessors)."""
    doc = span.doc
    found: list[Any] = []
    i = span.start - 1
    while i >= 0 and i >= span.start - 5:
        token = doc[i]
        modifies = span.start <= token.head.i < span.end or token.head in found
        if token.dep_ == "case" and token.head.i == i - 1:
            i -= 1  # the "'s" of a possessor before it ("Turkey's President Erdogan")
            continue
        if token.dep_ == "poss" and modifies:
            found.append(token)
            i -= 1
            continue
        if token.dep_ not in _PREMODIFIER_DEPS or not modifies:
            break
        found.append(token)
        i -= 1
    return list(reversed(found))
