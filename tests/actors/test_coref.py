import pytest

from parley.actors import build_entities
from parley.config import DEFAULT_MODEL
from parley.nlp import parse


def _mentions(text: str) -> dict[str, list[str]]:
    (doc,) = parse([text], DEFAULT_MODEL)
    return {e.name: [text[a:b] for a, b in e.mentions] for e in build_entities(doc)}


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "Hillary Clinton met Donald Trump. She said he was wrong.",
            "Hillary Clinton",
            ["Hillary Clinton", "She"],
        ),
        (
            "Hillary Clinton met Donald Trump. She said he was wrong.",
            "Donald Trump",
            ["Donald Trump", "he"],
        ),
        (
            "Joe Biden, the U.S. president, spoke on Friday. "
            "The U.S. president said talks would go on.",
            "Joe Biden",
            ["Joe Biden", "The U.S. president"],
        ),
        (
            "Vladimir Putin spoke. Dmitry Peskov said talks were over. "
            "The former KGB agent added that Moscow would cooperate.",
            "Vladimir Putin",
            ["Vladimir Putin", "The former KGB agent"],
        ),
    ],
)
def test_build_entities_links_pronouns_and_descriptions(text, name, mentions):
    assert _mentions(text)[name] == mentions


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # An object pronoun is not the subject of its own clause ...
        (
            "Senator John Smith said Governor Bill Jones had insulted him.",
            "John Smith",
            ["John Smith", "him"],
        ),
        (
            "John Smith met Bill Jones on Monday and thanked him for the help.",
            "Bill Jones",
            ["Bill Jones", "him"],
        ),
        # ... it is a person named in its sentence before one who was only a subject earlier,
        (
            "Mitch McConnell spoke on Monday. The first article charged President Donald Trump "
            "with abuse of power, and the second accused him of obstruction of Congress.",
            "Donald Trump",
            ["Donald Trump", "him"],
        ),
        # ... else the person named last.
        (
            "Angela Merkel spoke to Emmanuel Macron. She told him the plan would fail.",
            "Emmanuel Macron",
            ["Emmanuel Macron", "him"],
        ),
    ],
)
def test_build_entities_object_pronoun_is_not_its_clause_subject(text, name, mentions):
    assert _mentions(text)[name] == mentions


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # A sentence with no person for its subject turns to the people it names: "He" next
        # is one of them, not the subject of a sentence before ...
        (
            "John Smith spoke on Monday. The government sanctioned Bill Jones. "
            "He was arrested in May.",
            "Bill Jones",
            ["Bill Jones", "He"],
        ),
        # ... while a person who is the subject stays the one "he" goes to.
        (
            "John Smith spoke on Monday. John Smith then sanctioned Bill Jones. He was angry.",
            "John Smith",
            ["John Smith", "John Smith", "He"],
        ),
    ],
)
def test_build_entities_subject_pronoun_after_a_sentence_without_a_person_subject(
    text, name, mentions
):
    assert _mentions(text)[name] == mentions


def test_build_entities_leaves_an_indefinite_description_unresolved():
    assert _mentions("Vladimir Putin spoke. A senior lawmaker said the talks were over.") == {
        "Vladimir Putin": ["Vladimir Putin"]
    }


def test_build_entities_description_becomes_an_alias():
    (doc,) = parse(
        ["Joe Biden, the U.S. president, spoke. The U.S. president said talks would go on."],
        DEFAULT_MODEL,
    )
    (biden, _) = build_entities(doc)
    assert biden.aliases == ("The U.S. president",)


@pytest.mark.parametrize(
    ("text", "name", "roles", "country"),
    [
        (
            "Konstantin Kosachyov, the deputy chairman of the Russian parliament's upper house, "
            "said talks failed.",
            "Konstantin Kosachyov",
            ("deputy chairman",),
            "RUS",
        ),
        (
            "Russia's ambassador Anatoly Antonov was recalled.",
            "Anatoly Antonov",
            ("ambassador",),
            "RUS",
        ),
        ("Foreign Minister Ion Fictiv spoke.", "Ion Fictiv", ("foreign minister",), None),
        ("The Kremlin said on Friday that talks were over.", "Kremlin", ("government",), "RUS"),
        # What the person is said to be, and their nationality, are roles too.
        (
            "Hatice Cengiz is a Turkish national now living in London.",
            "Hatice Cengiz",
            ("turkish national",),
            "TUR",
        ),
        (
            "John Smith is a British diplomat based in Kabul.",
            "John Smith",
            ("british diplomat",),
            "GBR",
        ),
        # A capitalised title in apposition ("the Prime Minister of Iraq") is a role too.
        (
            "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack.",
            "Adil Abdul-Mahdi",
            ("acting prime minister",),
            "IRQ",
        ),
    ],
)
def test_build_entities_roles_and_countries(text, name, roles, country):
    (doc,) = parse([text], DEFAULT_MODEL)
    entity = next(e for e in build_entities(doc) if e.name == name)
    assert (entity.roles, entity.country) == (roles, country)


def test_build_entities_links_a_description_to_the_person_named_next():
    mentions = _mentions(
        "A senior lawmaker said the talks had failed. "
        "Lawmaker Ivan Petrov added that Moscow would respond."
    )
    assert mentions["Ivan Petrov"] == ["A senior lawmaker", "Ivan Petrov"]


def test_build_entities_a_gendered_role_gives_the_persons_gender():
    mentions = _mentions(
        "On Thursday, Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed "
        "reporters. He wanted to marry her."
    )
    assert mentions["Hatice Cengiz"] == ["Hatice Cengiz", "her"]
    assert mentions["Jamal Khashoggi"] == ["Jamal Khashoggi", "He"]


def test_build_entities_a_plural_description_is_no_one_person():
    mentions = _mentions(
        "The Italian foreign minister, Luigi Di Maio, joined the talks. The foreign ministers "
        "agreed to meet again."
    )
    assert mentions["Luigi Di Maio"] == ["Luigi Di Maio"]
