import pytest

from parley.actors import build_entities
from parley.config import DEFAULT_MODEL
from parley.nlp import parse


def _entities(text: str):
    (doc,) = parse([text], DEFAULT_MODEL)
    return {e.name: e for e in build_entities(doc)}


def test_build_entities_merges_surname_with_full_name():
    entities = _entities(
        "Russian President Vladimir Putin spoke on Friday. Putin said talks were possible."
    )
    assert len(entities["Vladimir Putin"].mentions) == 2
    assert "Putin" in entities["Vladimir Putin"].aliases


def test_build_entities_country_from_nationality_word():
    assert (
        _entities("Russian President Vladimir Putin spoke on Friday.")["Vladimir Putin"].country
        == "RUS"
    )


def test_build_entities_role_from_premodifier():
    entities = _entities("Kremlin spokesman Dmitry Peskov said on Friday that talks were possible.")
    assert entities["Dmitry Peskov"].roles == ("spokesman",)
    assert entities["Dmitry Peskov"].country == "RUS"


def test_build_entities_country_names_are_canonical():
    entities = _entities("The U.S. and Russia met. Officials from the United States said little.")
    assert entities["United States"].country == "USA"
    assert len(entities["United States"].mentions) == 2


@pytest.mark.parametrize("text", ["Mr. Johnson met the press.", "Johnson's aides met the press."])
def test_build_entities_strips_honorifics_and_possessives(text):
    assert "Johnson" in _entities(text)


def test_build_entities_ids_follow_first_mention():
    (doc,) = parse(["Angela Merkel met Emmanuel Macron in Paris."], DEFAULT_MODEL)
    assert [(e.id, e.name) for e in build_entities(doc)] == [
        ("E1", "Angela Merkel"),
        ("E2", "Emmanuel Macron"),
        ("E3", "Paris"),
    ]
