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


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A country's name inside a region's is not that country: the region's.
        ("New Mexico Gov. Susana Martinez spoke on Friday.", "Susana Martinez", "USA"),
        ("New Jersey Gov. Phil Murphy spoke on Friday.", "Phil Murphy", "USA"),
        # A people's adjective made a language names no country.
        ("The Spanish-speaking mayor Eric Garcetti spoke on Friday.", "Eric Garcetti", None),
        # (and still does alone)
        ("The Mexican ambassador Esteban Moctezuma spoke on Friday.", "Esteban Moctezuma", "MEX"),
        # Two peoples joined by a hyphen: the first is an origin.
        ("Raul Alvarez, a Cuban-American lawmaker, spoke on Friday.", "Raul Alvarez", "USA"),
        # What an apposed role's clause tells is no country of the person.
        (
            "Emma Diaz, the envoy who flew to Peru last week, spoke on Friday.",
            "Emma Diaz",
            None,
        ),
        (
            "Ahmed Karimi, the deputy chairman of the Iraqi parliament, spoke.",
            "Ahmed Karimi",
            "IRQ",
        ),
    ],
)
def test_build_entities_country_from_whole_names_not_their_words(text, name, country):
    assert _entities(text)[name].country == country


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


def test_build_entities_merges_names_across_diacritics():
    entities = _entities(
        "Turkish President Recep Tayyip Erdoğan spoke on Friday. Later, Erdogan said talks "
        "were possible."
    )
    person = entities["Recep Tayyip Erdoğan"]
    assert len(person.mentions) == 2
    assert "Erdogan" not in entities


def test_build_entities_title_goes_to_roles():
    entities = _entities(
        "Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility on Monday."
    )
    person = entities["Mohammad bin Salman"]
    assert "crown prince" in person.roles
    assert person.country == "SAU"


def test_build_entities_country_from_possessive_before_title():
    entities = _entities("Turkey's President Erdogan said on Friday that talks were possible.")
    assert entities["Erdogan"].country == "TUR"
    assert entities["Erdogan"].roles == ("president",)


def test_build_entities_no_role_from_a_noun_that_is_no_role():
    entities = _entities(
        "President Vladimir Putin spoke on Friday. On live television Putin also attacked the plan."
    )
    assert "television" not in " ".join(entities["Vladimir Putin"].roles)


def test_build_entities_first_name_joins_the_full_name():
    entities = _entities(
        'Donald Trump fired John Bolton on Monday. "I asked John for his resignation," Trump wrote.'
    )
    assert "John" not in entities
    assert "John" in entities["John Bolton"].aliases


def test_build_entities_us_state_sharing_a_country_name_in_a_us_story():
    # A state is no country (as "Ohio" is none), and this one is not the country Georgia.
    entities = _entities("Senator Perdue of Georgia spoke in Atlanta. Voters in Ohio agreed.")
    assert (entities["Georgia"].country, entities["Ohio"].country) == (None, None)
