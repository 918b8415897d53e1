"""Rule-based coreference: pronouns and descriptions joined to named actors.

No coreference package runs offline (they all download weights), so this reads
spaCy's parse, one sentence at a time, keeping the people who were subjects:

- a gendered pronoun (he, his, she, her …) goes to the latest compatible
  person subject of its sentence, else of the sentences before (after a
  sentence with no person for its subject, the people that sentence named come
  first: "The government sanctioned Soleimani. He ..."), else to the latest
  person named; a person's gender comes from an honorific, from
  ``data/people.tsv``, or from the first pronoun joined to them; an object pronoun
  ("accused *him*") is never the subject of its own clause, and goes to the latest
  person of its sentence, else to a subject of the sentences before, else to the
  latest person named;
- a definite description whose head is a singular person noun ("the Russian leader",
  "the U.S. president", "the former KGB agent") goes to the latest person whose
  roles, country or known descriptions fit; when nothing fits it stays
  unresolved rather than guessed.

Each link adds the mention's offsets to the actor; descriptions also become
aliases. ``data/people.tsv`` holds the descriptions of well-known people that
need world knowledge ("the former KGB agent" is Vladimir Putin); it is used only
for people the article names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from parley.actors.countries import CountryTable
from parley.actors.names import Cluster, same_person, word_set

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
SUBJECTS = ("nsubj", "nsubjpass")


PERSON_NOUNS = word_set(
    """
    president leader spokesman spokeswoman spokesperson minister secretary senator lawmaker
    legislator governor candidate nominee official ambassador chairman chairwoman chair
    chief director agent diplomat general commander aide adviser advisor mayor premier
    chancellor king queen prince princess envoy negotiator representative congressman
    congresswoman businessman businesswoman billionaire mogul host reporter analyst expert
    professor lawyer attorney judge prosecutor officer pollster strategist manager founder
    executive dictator monarch politician activist veteran star critic opponent rival
    challenger incumbent frontrunner mate speaker whip deputy head boss owner economist
    scientist researcher author writer columnist journalist correspondent editor commentator
    """
)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    gender: str | None
    descriptions: frozenset[str]


@lru_cache(maxsize=1)
def known_people() -> tuple[KnownPerson, ...]:
    text = resources.files("parley.data").joinpath("people.tsv").read_text("utf-8")
    people = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, gender, descriptions = line.split("\t")
        people.append(
            KnownPerson(
                name=name,
                gender=gender or None,
                descriptions=frozenset(d.strip() for d in descriptions.split("|") if d.strip()),
            )
        )
    return tuple(people)


def _known(cluster: Cluster) -> KnownPerson | None:
    return next(
        (p for p in known_people() if same_person(p.name, cluster.name) or p.name == cluster.name),
        None,
    )


def link_references(
    doc: Any, clusters: list[Cluster], by_token: dict[int, Cluster], table: CountryTable
) -> None:
    """Add pronoun and description mentions to ``clusters`` (and ``by_token``) in place."""
    for cluster in clusters:
        if cluster.type == "PERSON" and cluster.gender is None:
            known = _known(cluster)
            cluster.gender = known.gender if known else _role_gender(cluster)
    people = [c for c in clusters if c.type == "PERSON"]
    if not people:
        return
    recent: list[Cluster] = []
    last_person: Cluster | None = None
    # The people the sentence before named but not as its subject, when it had no person
    # for one ("The government sanctioned Soleimani."): the one the story has turned to.
    turned_to: list[Cluster] = []
    for sentence in doc.sents:
        subjects: list[Cluster] = []
        named_here: list[Cluster] = []
        mentioned: list[Cluster] = []  # the people of the sentence, named or referred to
        for token in sentence:
            named = by_token.get(token.i)
            if named is not None:
                if named.type == "PERSON":
                    last_person = named
                    named_here.append(named)
                    mentioned.append(named)
                    if token.dep_ in SUBJECTS:
                        subjects.append(named)
                continue
            gender = PRONOUNS.get(token.lower_)
            if gender is not None and token.pos_ == "PRON":
                if _object_pronoun(token):
                    # "Smith said Jones had insulted him", "the first charged President Trump,
                    # and the second accused him": an object pronoun is not the subject of its
                    # own clause; it is another person of the sentence, else of those before.
                    bound = {id(c) for c in _clause_subjects(token, by_token)}
                    # (Subjects first, then anyone named: reversed, the latest of each first.)
                    here = [c for c in (*named_here, *subjects) if id(c) not in bound]
                    earlier = [c for c in recent if id(c) not in bound]
                    last = last_person if id(last_person) not in bound else None
                    target = _pronoun_target(gender, here, earlier, last)
                else:
                    # (The people the sentence before turned to come before older subjects.)
                    earlier = [*recent, *reversed(turned_to)]
                    target = _pronoun_target(gender, subjects, earlier, last_person)
                if target is not None:
                    target.gender = target.gender or gender
                    target.mentions.append((token.idx, token.idx + len(token.text)))
                    by_token[token.i] = target
                    mentioned.append(target)
                    if token.dep_ in SUBJECTS:
                        subjects.append(target)
                continue
            if (
                token.pos_ == "NOUN"
                and token.lemma_.lower() in PERSON_NOUNS
                and token.tag_ != "NNS"  # "the foreign ministers" are several, no one person
            ):
                target = _description_target(token, people, by_token, table)
                if target is None and token.dep_ in SUBJECTS and recent:
                    target = _salient(token, recent[-1], by_token)
                if target is None and token.dep_ in SUBJECTS:
                    target = _introduced(token, people, by_token)
                if target is not None:
                    start = token.left_edge.i
                    for i in range(start, token.i + 1):
                        by_token[i] = target
                    target.mentions.append((doc[start].idx, token.idx + len(token.text)))
                    target.add_alias(doc[start : token.i + 1].text)
                    last_person = target
                    mentioned.append(target)
                    if token.dep_ in SUBJECTS:
                        subjects.append(target)
        recent.extend(subjects)
        turned_to = [] if subjects else mentioned


# Role words that say a person's gender ("fiancée of journalist X", "his wife, Y").
_FEMALE_ROLES = word_set(
    """
    fiancée wife mother daughter sister widow queen princess spokeswoman chairwoman
    congresswoman businesswoman actress duchess countess empress grandmother aunt niece
    girlfriend stepmother stepdaughter
    """
)
_MALE_ROLES = word_set(
    """
    fiancé husband father son brother widower king prince spokesman congressman businessman
    duke emperor grandfather uncle nephew boyfriend stepfather stepson
    """
)


def _role_gender(cluster: Cluster) -> str | None:
    """ "m" or "f" when the person's roles say it, and say only one."""
    heads = {role.split()[-1] for role in cluster.roles if role.split()}
    female, male = bool(heads & _FEMALE_ROLES), bool(heads & _MALE_ROLES)
    if female == male:
        return None
    return "f" if female else "m"


def _introduced(token: Any, people: list[Cluster], by_token: dict[int, Cluster]) -> Cluster | None:
    """ "A senior lawmaker said … Lawmaker Ivan Petrov added …": an indefinite description
    whose head is the role of a person named in the next two sentences is that person."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    head = token.lemma_.lower()
    sentence = token.sent
    end = sentence.end
    for _ in range(2):
        if end >= len(token.doc):
            break
        end = token.doc[end].sent.end
    ahead = {
        by_token[i].name: by_token[i]
        for i in range(sentence.end, end)
        if i in by_token and by_token[i].type == "PERSON"
    }
    fitting = [c for c in ahead.values() if any(head in role.split() for role in c.roles)]
    return fitting[0] if len(fitting) == 1 else None


def _salient(token: Any, candidate: Cluster, by_token: dict[int, Cluster]) -> Cluster | None:
    """ "The veteran diplomat added …" right after a sentence whose subject was a person
    with no other stated role: the same person, as a reader takes it."""
    if token.i in by_token or not _definite(token) or candidate.roles:
        return None
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ for c in token.children):
        return None  # "the Russian diplomat" names a country the candidate may not have
    return candidate


def _definite(token: Any) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in token.children
    )


def _object_pronoun(token: Any) -> bool:
    """A personal pronoun that is the object of a verb or a preposition ("accused *him*",
    "spoke to *her*"); not a possessive ("her son"), a subject or a reflexive."""
    return token.lower_ in ("him", "her") and token.dep_ in ("dobj", "dative", "pobj")


def _clause_subjects(token: Any, by_token: dict[int, Cluster]) -> list[Cluster]:
    """The people who are the subject of the clause ``token`` belongs to (a conjoined verb
    shares the subject of the verb it is joined to)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        found = [by_token[c.i] for c in subjects if c.i in by_token]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head


def _pronoun_target(
    gender: str, subjects: list[Cluster], recent: list[Cluster], last: Cluster | None
) -> Cluster | None:
    for candidate in (*reversed(subjects), *reversed(recent[-6:])):
        if candidate.gender in (None, gender):
            return candidate
    if last is not None and last.gender in (None, gender):
        return last
    return None


def _description_target(
    token: Any, people: list[Cluster], by_token: dict[int, Cluster], table: CountryTable
) -> Cluster | None:
    """The person a definite description ("the Russian leader") names, if one fits."""
    if token.dep_ in ("compound", "appos") or token.head.i in by_token and token.dep_ != "nsubj":
        return None
    children = list(token.children)
    definite = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in children
    )
    if not definite or any(c.i in by_token and c.dep_ == "appos" for c in children):
        return None
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
    phrase = " ".join(t.lower_ for t in words).replace(" 's", "'s")
    start = token.left_edge.idx
    seen = [c for c in people if c.mentions and min(m[0] for m in c.mentions) < start]
    seen.sort(key=lambda c: max(m[0] for m in c.mentions if m[0] < start))
    for cluster in reversed(seen):
        known = _known(cluster)
        if known and any(phrase == d or phrase.endswith(" " + d) for d in known.descriptions):
            return cluster
    country = next((code for t in words if (code := table.country(t.text))), None)
    head = token.lemma_.lower()
    for cluster in reversed(seen):
        role_fits = any(head in role.split() for role in cluster.roles)
        country_fits = country is not None and cluster.country == country
        if role_fits and (country is None or cluster.country in (None, country)):
            return cluster
        if country_fits and head in ("leader", "president", "premier", "chancellor"):
            return cluster
    return None
