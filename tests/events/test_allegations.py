"""Allegations, blame and rulings as real news tells them: beliefs and claims about another's
hostile act, attributions, court findings of unlawfulness, subpoenas (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from coded import claimed, events_of


def _coded(text):
    return [(e.type, e.mode, e.source_country, e.target_country) for e in claimed(events_of(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What one believes, suspects or claims another did is one's accusation of them.
        (
            "Ukraine claims Russian troops shelled the hospital in Kharkiv.",
            ("ACCUSE", "allege", "UKR", "RUS"),
        ),
        (
            "French investigators suspect that Russian hackers attacked the ministry's servers.",
            ("ACCUSE", "allege", "FRA", "RUS"),
        ),
        (
            "Ankara believes Syrian government forces carried out the bombing.",
            ("ACCUSE", "allege", "TUR", "SYR"),
        ),
        # Saying someone was behind an attack ascribes it to them.
        (
            "Saudi officials said Iran was behind the attack on the oil facilities.",
            ("ACCUSE", "allege", "SAU", "IRN"),
        ),
        # Ascribing an attack to someone, blaming them in a posted text.
        (
            "The Kenyan minister attributed the attack on the bus to al-Shabaab.",
            ("ACCUSE", "allege", "KEN", "SOM"),
        ),
        (
            "The Indian foreign minister posted a message on Twitter blaming Pakistan for the raid.",
            ("ACCUSE", "allege", "IND", "PAK"),
        ),
    ],
)
def test_allegations_accuse_the_one_blamed(text, expected):
    assert _coded(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # Told as fact, or claimed of oneself: the act itself.
        ("Kenyan police said the gunman fired on the crowd.", "ASSAULT"),
        ("Hamas claimed it fired the rockets at Tel Aviv.", "ASSAULT"),
        ("The rebels claim they were shelling army positions near Aleppo.", "ASSAULT"),
    ],
)
def test_reports_and_own_claims_keep_the_act(text, type_):
    assert {t for t, *_ in _coded(text)} == {type_}


@pytest.mark.parametrize(
    "text",
    [
        # An accident put down to its cause blames no one.
        "Investigators attributed the fire to a faulty cable.",
        # A finding of illegality that names no one's act blames no one.
        "Police found the weapons were illegal.",
    ],
)
def test_causes_and_bare_findings_are_no_accusation(text):
    assert not any(t in ("ACCUSE", "SANCTION") for t, *_ in _coded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A court finding an act unlawful, or its author without power, rules against them.
        (
            "A Kenyan court ruled that the president's decree was unconstitutional.",
            ("SANCTION", "convict", "KEN", "KEN"),
        ),
        (
            "Brazil's top court held that the governor lacked the power to close the ports.",
            ("SANCTION", "convict", "BRA", "BRA"),
        ),
        (
            "A judge in Texas found the governor's order illegal.",
            ("SANCTION", "convict", "USA", "USA"),
        ),
        # ... anyone else finding it so condemns the one whose act it was.
        (
            "Human Rights Watch found the Ethiopian army's blockade of the town unlawful.",
            ("ACCUSE", "disapprove", None, "ETH"),
        ),
    ],
)
def test_findings_of_unlawfulness(text, expected):
    assert _coded(text)[0] == expected


def test_an_act_found_unlawful_is_part_of_the_finding():
    coded = _coded("The High Court in Nairobi found the arrest of the journalist unlawful.")
    assert [t for t, *_ in coded] == ["SANCTION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Subpoenas are investigations; calling off talks or a hearing turns the meeting down.
        (
            "The Senate committee subpoenaed the former Nigerian defence minister.",
            ("ACCUSE", "investigate"),
        ),
        ("A subpoena was issued by the French parliamentary inquiry.", ("ACCUSE", "investigate")),
        ("The Egyptian foreign minister called off the talks with Ethiopia.", ("REJECT", "meet")),
        (
            "The Chilean Senate cancelled its hearing with the interior minister.",
            ("REJECT", "meet"),
        ),
    ],
)
def test_subpoenas_and_cancelled_hearings(text, expected):
    assert _coded(text)[0][:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company's look into its own affairs accuses no one; a state's inquiry does.
        ("Toyota launched an internal investigation into the faulty brakes.", None),
        ("The carmaker started its investigation by hiring a law firm.", None),
        ("Kenyan police began their investigation on Monday.", ("ACCUSE", "investigate")),
        ("The Senate opened its own investigation into the minister.", ("ACCUSE", "investigate")),
        # Voiced disappointment with someone's act is disapproval.
        (
            "The EU expressed disappointment at Turkey's decision to leave the convention.",
            ("ACCUSE", "disapprove"),
        ),
    ],
)
def test_own_inquiries_and_disappointment(text, expected):
    coded = _coded(text)
    assert (coded[0][:2] if coded else None) == expected
