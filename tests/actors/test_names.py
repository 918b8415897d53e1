from collections import Counter

import pytest

from parley.actors.countries import country_table
from parley.actors.names import (
    Cluster,
    _cluster_type,
    _join_first_names,
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
