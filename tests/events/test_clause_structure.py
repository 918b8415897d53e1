"""How the coder reads clause structure: the subject of a gerund after a preposition, a main
verb the parser hangs on its subject noun, and acts named only as the topic of something else
(sentences written for these tests, none from the gold set or development data)."""

from __future__ import annotations

import pytest
from coded import events_of as _code


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The rebels succeeded in capturing the airport from the army.", "rebels"),
        ("The rebels have been busy in shelling the southern suburbs of the capital.", "rebels"),
    ],
)
def test_coder_a_gerund_after_a_preposition_takes_the_subject_above(text, source):
    events = [e for e in _code(text) if e.type == "ASSAULT"]
    assert events
    assert all(e.source and source in e.source for e in events)


def test_coder_a_verb_hung_on_its_subject_noun_is_the_main_verb():
    # (The small model parses "Party" as the root and "called" as a clause describing it.)
    events = _code(
        "The Malawi Congress Party (MCP) in Lilongwe on Friday called on Parliament to reject "
        "the budget."
    )
    assert [(e.type, e.source, e.target) for e in events] == [
        ("REQUEST", "Malawi Congress Party", "Parliament")
    ]


def test_coder_an_act_that_is_only_the_topic_of_the_main_act_is_background():
    events = _code("Villagers went on strike over the arrest of their chief.")
    assert [e.type for e in events] == ["PROTEST"]


def test_coder_an_act_one_voices_sorrow_about_is_not_one_s_own():
    text = "The bishop voiced sorrow regarding the flooding and the shelling of the villages."
    assert not any(e.type == "ASSAULT" and e.source for e in _code(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act of law enacted in the clause does what its participle says, by the one who
        # enacts it
        ("The Prime Minister of Chad signed a decree banning opposition rallies.",
         [("COERCE", "TCD")]),
        ("The Kenyan parliament approved a law recognizing the election results.",
         [("CONCEDE", "KEN")]),
        # ... but a law in force is no one's act in the sentence
        ("A law banning opposition rallies took effect in Chad on Monday.", []),
    ],
)  # fmt: skip
def test_coder_a_law_enacted_does_what_its_participle_says(text, expected):
    assert [(e.type, e.source_country) for e in _code(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parsed as "a gunman [who was] fired at": with no finite verb, a participle aimed at
        # a party is the sentence's act
        ("A gunman fired at Senator Scalise at a baseball practice.",
         [("ASSAULT", "gunman", "Scalise")]),
        # a headline's passive, its "were" left out: the subject is the one it was done to
        ("Two protesters killed by police in Cairo.",
         [("ASSAULT", "police", "Two protesters")]),
        ("Two protesters killed in Cairo.", [("ASSAULT", None, "Two protesters")]),
        # ... and a full sentence is unchanged
        ("Police killed two protesters in Cairo.", [("ASSAULT", "Police", "two protesters")]),
    ],
)  # fmt: skip
def test_coder_a_sentence_with_no_finite_verb(text, expected):
    assert [(e.type, e.source, e.target) for e in _code(text)] == expected


def test_coder_an_act_announced_as_an_intention_is_no_act_done():
    (event,) = _code("Israel announced its intention to withdraw its troops from Gaza.")
    assert (event.type, event.source_country) == ("AGREE", "ISR")
    (event,) = _code("Israel announced the withdrawal of its troops from Gaza.")
    assert event.type == "RETREAT"
