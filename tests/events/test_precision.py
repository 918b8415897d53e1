"""Senses of event words that are no event of that type, on hand-written news-style sentences.

Each case stands for one exclusion or rule of the lexicon (or of the coder's choice of
type) written while auditing parley's events on real articles; none comes from those articles
or from the gold set.
"""

from __future__ import annotations

import pytest
from coded import events_of as _code


def _types(text):
    return {e.type for e in _code(text)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # An election or campaign rally is a party's gathering, not a protest.
        ("The senator spoke to supporters at an election rally in Ohio on Friday.", "PROTEST"),
        ("Thousands attended the president's campaign rally in Lagos.", "PROTEST"),
        # A military strike is an attack, not a labour strike.
        ("The US military strike was approved by the president.", "PROTEST"),
        ("Drones struck an oil refinery in eastern Syria on Sunday.", "PROTEST"),
        # "demonstrates a lack of": shows, no demonstration.
        ("The Kremlin's statement demonstrates a complete lack of understanding.", "PROTEST"),
        # Hosting an institution's seat, receiving aid, flying cargo: no meeting or visit.
        ("Nigeria hosted the secretariat of the trade bloc.", "CONSULT"),
        ("The rebels have received military assistance from Iran for years.", "CONSULT"),
        ("The airline flies weapons and cargo to Syria every week.", "CONSULT"),
        ("The Indian army received new helicopters from the United States.", "CONSULT"),
        # A political manoeuvre or a game changer is no joint exercise.
        ("Critics called it a political manoeuvre by the Greek government.", "COOPERATE"),
        ("Economists said the pact would be a game changer for Ghana.", "COOPERATE"),
        # Agreeing with a claim or theory backs no actor; a site recognised as heritage is no
        # diplomatic recognition.
        ("Germany supported the claim that Russia was responsible.", "SUPPORT"),
        ("The old city was recognized by UNESCO as a world heritage site.", "SUPPORT"),
        # Ordering mourning is no request of anyone; releasing a summary is no release.
        ("The king ordered a week of national mourning.", "REQUEST"),
        ("The White House released a summary of the phone call.", "RETREAT"),
        # An attack on a decision is words, not violence.
        ("The Turkish president attacked the American proclamation on Sunday.", "ASSAULT"),
        # "according to" is an attribution, not an "accord" entered or favoured.
        ("According to state media, Syrian troops entered the town of Manbij.", "SUPPORT"),
        ("According to a poll, most lawmakers favored a vote on the budget.", "AGREE"),
        # A participle describing a noun reports no act.
        ("Police are examining the mayor's alleged ties to a smuggling ring in Italy.", "ACCUSE"),
        ("The ministry listed the banned party among Turkey's illegal groups.", "COERCE"),
        # Derived rows dropped: a right given by a law, "started ... against", "contradicted".
        ("The new constitution gives every citizen of Chile the right to vote.", "CONCEDE"),
        ("In 2015, Saudi Arabia started backing the government against the rebels.", "PROTEST"),
        ("The report contradicted the Brazilian government's account.", "ACCUSE"),
    ],
)
def test_non_event_sense_is_not_coded_as_that_type(text, absent):
    assert absent not in _types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones struck an oil refinery in eastern Syria on Sunday.", "ASSAULT"),
        ("The Turkish president attacked the American proclamation on Sunday.", "ACCUSE"),
        ("The general ordered an airstrike on the rebel camp.", "ASSAULT"),
        ("The United States encouraged Germany to expel the Iranian diplomats.", "REQUEST"),
        ("The militia's leaders said they seek revenge against Israel.", "THREATEN"),
        ("Germany appreciated the swift help from France.", "SUPPORT"),
        ("A Turkish court issued an arrest warrant for the Swedish journalist.", "COERCE"),
        ("Putin received the Turkish president in the Kremlin.", "CONSULT"),
        ("In 2015, Saudi Arabia started backing the government against the rebels.", "SUPPORT"),
    ],
)
def test_the_right_type_is_coded(text, expected):
    assert expected in _types(text)


def test_an_order_to_attack_is_the_attack_not_a_request():
    assert "REQUEST" not in _types("The general ordered an airstrike on the rebel camp.")


def test_encouraged_by_is_no_request():
    assert "REQUEST" not in _types("Germany was encouraged by the results of the talks.")


def test_encourage_needs_someone_urged_to_act():
    assert "REQUEST" not in _types("The aim of the pact is to encourage more trade with Kenya.")


@pytest.mark.parametrize(
    "text",
    [
        "Britain pledged to send more troops to Estonia.",
        "The Pentagon committed to deploy more soldiers to Poland.",
    ],
)
def test_a_pledge_to_deploy_is_a_show_of_force_not_a_threat(text):
    types = _types(text)
    assert "MOBILIZE" in types
    assert "THREATEN" not in types


def test_what_we_must_do_is_asked_of_no_one():
    assert "REQUEST" not in _types(
        '"We must stand by our allies," the Canadian foreign minister said.'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU announced a new aid package for Ukraine.", "AID"),
        ("The Iraqi prime minister survived an assassination attempt on Sunday.", "ASSAULT"),
    ],
)
def test_an_act_named_before_a_carrier_noun_is_still_coded(text, expected):
    assert expected in _types(text)
