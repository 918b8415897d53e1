from collections import Counter

import pytest

from parley.actors.countries import country_table
from parley.actors.names import (
    Cluster,
    _cluster_type,
    _join_first_names,
    _join_mistaken_surnames,
    fold,
    is_role,
    same_person,
)


@pytest.mark.parametrize(
    ("known", "new"),
    [
        ("Vladimir Putin", "Putin"),
        ("Recep Tayyip Erdoğan", "Erdogan"),
        ("recep tayyip erdogan", "ERDOĞAN"),
        ("John R. Bolton", "John Bolton"),
    ],
)
def test_same_person_matches(known, new):
    assert same_person(known, new)


@pytest.mark.parametrize(
    ("known", "new"),
    [("John Bolton", "John Kerry"), ("John R. Bolton", "Bolton John"), ("Putin", "Putin")],
)
def test_same_person_refuses(known, new):
    assert not same_person(known, new)


def test_fold_drops_case_accents_and_possessive():
    assert fold("Erdoğan’s") == "erdogan"
    assert fold("Agnès  Callamard") == "agnes callamard"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("foreign minister", True), ("un rapporteur", True), ("television", False),
     ("formerly greek orthodox church", False), ("motorcyclist", True), ("", False)],
)  # fmt: skip
def test_is_role(phrase, expected):
    assert is_role(phrase) is expected


def test_cluster_type_person_with_evidence_beats_majority():
    cluster = Cluster(name="Erdogan", type="GPE", labels=Counter(GPE=2, PERSON=1), evidence=True)
    assert _cluster_type(cluster, country_table()) == "PERSON"


def test_cluster_type_majority_without_evidence():
    cluster = Cluster(name="Kino", type="PERSON", labels=Counter(GPE=2, PERSON=1))
    assert _cluster_type(cluster, country_table()) == "GPE"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("John Kasich", "PERSON"),  # a name of several words that is no place
        ("New Mexico", "GPE"),  # a US state
        ("Des Moines", "GPE"),  # a city
        ("Kino", "GPE"),  # one word: the majority stands
    ],
)
def test_cluster_type_a_place_label_on_a_name_that_is_no_place(name, expected):
    cluster = Cluster(name=name, type="GPE", labels=Counter(GPE=3, PERSON=1))
    assert _cluster_type(cluster, country_table()) == expected


def test_cluster_type_country_name_is_a_place():
    cluster = Cluster(name="Niger", type="PERSON", labels=Counter(PERSON=1, GPE=1))
    assert _cluster_type(cluster, country_table()) == "GPE"


def _people(*names: str) -> list[Cluster]:
    return [Cluster(name=n, type="PERSON", mentions=[(i, i + 1)]) for i, n in enumerate(names)]


def test_join_first_names_joins_the_only_full_name():
    clusters = _people("John Bolton", "John")
    _join_first_names(clusters, {})
    assert [c.name for c in clusters] == ["John Bolton"]
    assert clusters[0].mentions == [(0, 1), (1, 2)]


def test_join_first_names_leaves_an_ambiguous_first_name():
    clusters = _people("John Bolton", "John Kerry", "John")
    _join_first_names(clusters, {})
    assert [c.name for c in clusters] == ["John Bolton", "John Kerry", "John"]


def test_a_surname_tagged_an_organisation_is_the_person():
    clusters = [*_people("Donald Trump"), Cluster(name="Trump", type="ORG", mentions=[(5, 10)])]
    _join_mistaken_surnames(clusters, {})
    assert [(c.name, c.type) for c in clusters] == [("Donald Trump", "PERSON")]
    assert clusters[0].mentions == [(0, 1), (5, 10)]


@pytest.mark.parametrize(
    "others",
    [
        # A known body keeps its name; a surname two people share decides nothing.
        [Cluster(name="Trump", type="ORG", country="USA")],
        [*_people("Ivana Trump"), Cluster(name="Trump", type="ORG")],
    ],
)
def test_an_organisation_name_stays_apart_when_no_one_person_owns_it(others):
    clusters = [*_people("Donald Trump"), *others]
    _join_mistaken_surnames(clusters, {})
    assert len(clusters) == 1 + len(others)


def test_build_entities_joins_a_surname_the_recogniser_tags_an_organisation():
    from parley.actors import build_entities
    from parley.config import DEFAULT_MODEL
    from parley.nlp import parse

    (doc,) = parse(
        ["President Donald Trump lost an appeal on Monday. The Manhattan district attorney's "
         "office is investigating Trump over alleged hush money paid to two women."],
        DEFAULT_MODEL,
    )  # fmt: skip
    people = [e for e in build_entities(doc) if "Trump" in e.name]
    assert [(e.name, e.type, len(e.mentions)) for e in people] == [("Donald Trump", "PERSON", 2)]


def test_build_entities_joins_a_surname_the_recogniser_tags_a_location():
    from parley.actors import build_entities
    from parley.config import DEFAULT_MODEL
    from parley.nlp import parse

    text = (
        "United States forces killed Qasem Soleimani on Friday. In 2007, the United States "
        "government labeled Soleimani as a terrorist and levied sanctions against him."
    )
    (doc,) = parse([text], DEFAULT_MODEL)
    assert [e.label_ for e in doc.ents if e.text == "Soleimani"] == ["LOC"]  # the mistake
    (person,) = [e for e in build_entities(doc) if e.type == "PERSON"]
    assert [text[a:b] for a, b in person.mentions] == ["Qasem Soleimani", "Soleimani", "him"]


def test_build_entities_joins_a_surname_the_recogniser_leaves_untagged():
    from parley.actors import build_entities
    from parley.config import DEFAULT_MODEL
    from parley.nlp import parse

    text = "Donald Trump spoke in Iowa on Monday. Trump denied the allegations."
    (doc,) = parse([text], DEFAULT_MODEL)
    assert [t.ent_type_ for t in doc if t.text == "Trump"] == ["PERSON", ""]  # the miss
    (person,) = [e for e in build_entities(doc) if e.type == "PERSON"]
    assert [text[a:b] for a, b in person.mentions] == ["Donald Trump", "Trump"]


def test_build_entities_names_a_place_as_prose_writes_it_not_as_its_dateline():
    from parley.actors import build_entities
    from parley.config import DEFAULT_MODEL
    from parley.nlp import parse

    text = (
        "WASHINGTON (Reuters) - The FBI is investigating the breach.\n\n"
        "Washington has accused China of hacking computers at federal agencies."
    )
    (doc,) = parse([text], DEFAULT_MODEL)
    names = {e.name for e in build_entities(doc)}
    assert "Washington" in names and "WASHINGTON" not in names


def _tagged(text: str, spans: list[tuple[str, str]]):
    """``text`` parsed, with exactly the named entities ``spans`` ((words, label) pairs, in
    the order of the text)."""
    from spacy.tokens import Span

    from parley.config import DEFAULT_MODEL
    from parley.nlp import parse

    (doc,) = parse([text], DEFAULT_MODEL)
    ents: list[Span] = []
    for words, label in spans:
        start = text.index(words, ents[-1].end_char if ents else 0)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = ents
    return doc


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # A surname tagged a people (or a place) joins the one person it is of,
        (
            "Ali Hassan spoke. Later Hassan left.",
            [("Ali Hassan", "PERSON"), ("Hassan", "NORP")],
            ["Ali Hassan", "Hassan"],
        ),
        # ... but not a surname two people share, nor a country's name.
        (
            "Ali Hassan met Omar Hassan. Later Hassan left.",
            [("Ali Hassan", "PERSON"), ("Omar Hassan", "PERSON"), ("Hassan", "LOC")],
            ["Ali Hassan"],
        ),
        (
            "Michael Jordan spoke. Later Jordan closed its border.",
            [("Michael Jordan", "PERSON"), ("Jordan", "LOC")],
            ["Michael Jordan"],
        ),
        # A surname the recogniser leaves untagged joins its one owner too,
        (
            "Ali Hassan spoke. Later Hassan left.",
            [("Ali Hassan", "PERSON")],
            ["Ali Hassan", "Hassan"],
        ),
        # ... but a country's name or a word that is no noun ("Young people") does not.
        (
            "Michael Jordan spoke. Jordan closed its border.",
            [("Michael Jordan", "PERSON")],
            ["Michael Jordan"],
        ),
        ("Tom Young spoke. Young people marched.", [("Tom Young", "PERSON")], ["Tom Young"]),
    ],
)
def test_a_name_tagged_a_place_or_people_joins_only_its_one_owner(text, spans, expected):
    from parley.actors import build_entities

    doc = _tagged(text, spans)
    first = next(e for e in build_entities(doc) if e.type == "PERSON")
    assert [text[a:b] for a, b in first.mentions] == expected


def test_build_entities_joins_a_short_name_given_in_brackets():
    from parley.actors import build_entities
    from parley.config import DEFAULT_MODEL
    from parley.nlp import parse

    text = (
        "Karim Saleh, a spokesman for the Popular Mobilization Forces (PMF), blamed Israel. "
        "The PMF is an umbrella group of militias."
    )
    (doc,) = parse([text], DEFAULT_MODEL)
    (group,) = [e for e in build_entities(doc) if "PMF" in e.aliases]
    assert group.name == "Popular Mobilization Forces"
    assert [text[a:b] for a, b in group.mentions] == [
        "the Popular Mobilization Forces",
        "PMF",
        "PMF",
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [("PMF", True), ("USCIRF", True), ("G7", True), ("MoD", False), ("see", False), ("A", False)],
)
def test_acronym(words, expected):
    from parley.actors.names import _acronym

    assert _acronym(words) is expected


def test_a_name_the_recogniser_ran_into_an_open_bracket_ends_before_it():
    doc = _tagged(
        "The Commission on Religious Freedom (USCIRF) criticized the move.",
        [("Commission on Religious Freedom (USCIRF", "ORG")],
    )
    from parley.actors.names import surface

    assert surface(doc.ents[0]) == "Commission on Religious Freedom"


def test_a_short_name_in_brackets_that_is_another_actor_stays_its_own():
    from parley.actors import build_entities

    text = "The Voice of America (USA) reported on the talks. The USA said nothing."
    doc = _tagged(text, [("Voice of America", "ORG"), ("USA", "GPE"), ("USA", "GPE")])
    entities = build_entities(doc)
    offsets = [m for e in entities for m in e.mentions]
    assert len(offsets) == len(set(offsets))  # no mention is two actors'
    (country,) = [e for e in entities if e.country == "USA"]
    assert len(country.mentions) == 2


def test_a_short_name_in_brackets_is_not_given_to_the_end_of_a_longer_name():
    from parley.actors import build_entities

    text = (
        "The United Nations Educational, Scientific and Cultural Organization (UNESCO) met. "
        "UNESCO said more."
    )
    doc = _tagged(
        text,
        [("United Nations", "ORG"), ("Cultural Organization", "ORG"), ("UNESCO", "ORG"),
         ("UNESCO", "ORG")],
    )  # fmt: skip
    names = {e.name for e in build_entities(doc)}
    assert "UNESCO" in names
