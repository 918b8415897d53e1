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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wrong charged in reported speech accuses the one said to have done it ...
        (
            "Kenya's opposition leader said President William Ruto had misled parliament about the loan.",
            ("ACCUSE", "allege", "KEN", "KEN"),
        ),
        (
            "Human Rights Watch said Egyptian police had covered up the killing of the student.",
            ("ACCUSE", "allege", None, "EGY"),
        ),
        (
            "Greece said the agreement between Turkey and Libya infringed on its sovereign rights.",
            ("ACCUSE", "allege", "GRC", "TUR"),
        ),
        # ... and conduct judged wrong in it is criticism of whoever did it.
        (
            "The Brazilian president said France had ignored the will of the people of the Amazon.",
            ("ACCUSE", "disapprove", "BRA", "FRA"),
        ),
        (
            "Pakistan's foreign ministry said the Indian move was unacceptable.",
            ("ACCUSE", "disapprove", "PAK", "IND"),
        ),
    ],
)
def test_reproach_in_reported_speech(text, expected):
    assert _coded(text)[0] == expected


def test_a_reproach_of_two_verbs_charges_the_subject_of_both():
    text = "Cruz said members of Congress had abused their power and ignored the will of the American people."
    assert {(t, m, s, g) for t, m, s, g in _coded(text)} == {("ACCUSE", "allege", "USA", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        # Harm by a natural force, a weak currency or a hospital's state charges no one.
        "Officials said the storm had undermined the foundations of the bridge.",
        "Analysts said the weak currency had undermined investor confidence.",
        "Doctors said conditions in the hospital were appalling.",
        # What a speaker says of their own side is no accusation of another.
        "The minister admitted that we have ignored the concerns of farmers.",
    ],
)
def test_reproaches_without_a_wrongdoer_are_no_accusation(text):
    assert not any(t == "ACCUSE" for t, *_ in _coded(text))


def test_a_quotation_of_several_sentences_is_reported_speech_throughout():
    import parley

    article = parley.analyze(
        'Kenyan opposition leader Raila Odinga spoke in Nairobi on Monday. He said: "This tax is '
        'outrageous. The government has abused its power. It must withdraw the finance bill."',
        published="2024-06-18",
    )
    told = {
        (e.type, e.source, e.source_country, e.target_country, e.quote_id is not None)
        for e in article.events
        if not e.negated and not e.hypothetical
    }
    # (The second and third sentences name no one who says them: the quotation does.)
    assert ("ACCUSE", "Raila Odinga", "KEN", "KEN", True) in told
    assert any(t == "REQUEST" and s == "Raila Odinga" for t, s, *_ in told)


def test_a_source_cited_by_according_to_is_no_speaker_of_an_obligation():
    import parley

    article = parley.analyze(
        "Puerto Rico's governor resigned on Friday after weeks of protests in San Juan. The "
        "justice secretary, the successor should the nominee remain unconfirmed by the Senate, "
        "would take the office, according to Reuters.",
        published="2019-08-02",
    )
    assert not any(e.type == "REQUEST" for e in article.events)
