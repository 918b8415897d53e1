"""Which phrase is an event's source or target, and what it resolves to (sentences written
for these tests)."""

from __future__ import annotations

import pytest
from coded import events_of


def _first(text):
    events = events_of(text)
    assert events, text
    return events[0]


def test_people_named_by_a_common_noun_are_civilians():
    event = _first("Kenyan police detained three suspects on Friday.")
    assert (event.target, event.target_country, event.target_sector) == (
        "three suspects",
        "KEN",
        "CVL",
    )
    event = _first("Hundreds of employees at the Lagos plant went on strike on Monday.")
    assert event.source_sector == "CVL"
    event = _first("Greek police arrested twelve fishermen near the island.")
    assert (event.target, event.target_sector) == ("twelve fishermen", "CVL")


def test_target_of_a_measure_imposed_on_someone():
    event = _first("Canada lifted the sanctions imposed on Belarus in 2020.")
    assert (event.source_country, event.target_country) == ("CAN", "BLR")


def test_target_of_the_meeting_an_invitation_is_for():
    event = _first("The Kenyan president accepted an invitation to meet with Emmanuel Macron.")
    assert event.target == "Emmanuel Macron"


def test_a_participle_of_belonging_names_no_target():
    event = _first("A bomb attack on a bus belonging to a Peruvian firm killed six civilians.")
    assert event.target != "Peruvian firm"


def test_a_place_after_people_says_where_they_are_not_who():
    event = _first("Rebel fighters in Homs attacked an army checkpoint on Sunday.")
    assert event.source is not None and event.source.startswith("Rebel fighters")
    assert (event.source_country, event.source_sector) == ("SYR", "REB")


def test_target_the_act_helps():
    event = _first("Norway is considering sending aid to help Somalia cope with the drought.")
    assert (event.source_country, event.target_country) == ("NOR", "SOM")


def test_target_of_a_participle_telling_the_act_again():
    event = _first("Turkish jets carried out a raid on Sunday, targeting Kurdish militants.")
    assert (event.source_country, event.target_sector) == ("TUR", "REB")


def test_killers_told_in_a_when_clause_of_a_passive_killing():
    event = _first("Twelve villagers were killed when Boko Haram fighters stormed the village.")
    assert (event.type, event.source_sector, event.target_sector) == ("ASSAULT", "REB", "CVL")


def test_who_a_weapon_named_as_subject_was_fired_by():
    event = _first("The missiles fired by Syrian troops killed two Turkish soldiers.")
    assert (event.source_country, event.source_sector) == ("SYR", "MIL")


def test_no_agent_read_from_a_cause_that_names_no_one():
    event = _first(
        "Hackers angered by the publication of the Kenyan report attacked Ugandan police."
    )
    assert event.source is None


def test_a_relative_pronoun_subject_stands_for_the_clause_above():
    event = _first("Since 2001, Japan has given Nepal what now amounts to $90 million in aid.")
    assert event.source_country == "JPN"


def test_a_role_is_the_person_named_beside_it():
    event = _first("The Malian prime minister, Moctar Ouane, rejected the proposal of the junta.")
    assert (event.source, event.source_country, event.source_sector) == (
        "Moctar Ouane",
        "MLI",
        "GOV",
    )


def test_a_state_of_emergency_is_no_party():
    event = _first("Kenya lifted the state of emergency.")
    assert (event.source_country, event.target) == ("KEN", None)


def test_countries_named_together_are_a_party_of_no_one_country():
    event = _first("Brazil rejected accusations by several European countries.")
    assert (event.target, event.target_country, event.target_sector) == (
        "several European countries",
        None,
        "GOV",
    )


def test_a_pronoun_subject_is_the_subject_of_the_clause_above():
    event = _first(
        "The Ugandan government has made it clear it will not lift the ban on the party."
    )
    assert (event.type, event.source_country, event.source_sector) == ("REJECT", "UGA", "GOV")


def test_his_country_is_the_speakers():
    event = _first("Kenyan President William Ruto said his country will not release the prisoners.")
    assert (event.source, event.source_country) == ("William Ruto", "KEN")


def test_a_group_is_the_organisation_named_beside_it():
    event = _first("The militant group al-Shabaab will not release the hostages.")
    assert event.source == "al-Shabaab"


def test_an_arrest_in_a_country_is_by_its_state():
    event = _first("A Canadian aid worker was arrested in Ethiopia on Friday.")
    assert (event.type, event.source_country, event.target_country) == ("COERCE", "ETH", "CAN")


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [("Kenyan troops were deployed to Somalia on Monday.", "MOBILIZE"),
     ("Kenyan peacekeepers were deployed to Somalia on Monday.", "AID")],  # CAMEO 074
)  # fmt: skip
def test_forces_deployed_are_the_source_and_where_they_go_the_target(sentence, type_):
    event = _first(sentence)
    assert (event.type, event.source_country, event.target_country) == (type_, "KEN", "SOM")


def test_who_declared_a_measure_set_to_begin():
    event = _first("The Chadian army declared a curfew in the capital to begin at midnight.")
    assert (event.type, event.source_country, event.source_sector) == ("COERCE", "TCD", "MIL")


def test_target_of_a_demand_that_someone_act():
    event = _first("Iran repeated its demand that Britain release the seized tanker.")
    assert (event.type, event.source_country, event.target_country) == ("REQUEST", "IRN", "GBR")


def test_an_attorney_general_is_no_soldier():
    event = _first("The attorney general accused the police of torture.")
    assert event.source_sector == "GOV"


def test_groups_newer_than_the_dictionaries():
    event = _first("Islamic State fighters attacked a Kurdish checkpoint near Kobani.")
    assert (event.source_country, event.source_sector) == (None, "IMG")
    event = _first("Houthi rebels fired missiles at Saudi Arabia.")
    assert (event.source_country, event.source_sector, event.target_country) == (
        "YEM",
        "REB",
        "SAU",
    )


def test_the_one_persuaded_to_act_acts():
    event = _first("Qatar hopes to persuade Hamas to release the Israeli hostages.")
    assert (event.type, event.source_sector, event.target_country) == ("RETREAT", "REB", "ISR")


def test_whom_a_measure_was_imposed_on_before_who_imposed_it():
    event = _first("Canada will not lift the sanctions imposed on Iran by the previous government.")
    assert (event.source_country, event.target) == ("CAN", "Iran")


def test_a_city_where_it_happened_comes_after_whom_it_was_done_to():
    event = _first("A car bomb in Mogadishu killed three Kenyan soldiers.")
    assert (event.target_country, event.target_sector) == ("KEN", "MIL")


def test_him_is_the_one_met_before():
    events = events_of(
        "The Kenyan foreign minister met the Somali ambassador on Monday and urged him to "
        "release the fishermen."
    )
    request = next(e for e in events if e.type == "REQUEST")
    assert (request.target, request.target_country) == ("Somali ambassador", "SOM")


def test_people_of_a_country_are_named_as_the_text_names_them():
    event = _first("Israel's military shelled Hezbollah positions in southern Lebanon.")
    assert (event.source, event.source_country, event.source_sector) == (
        "Israel's military",
        "ISR",
        "MIL",
    )


def test_ones_own_troops_withdrawn_are_no_target():
    event = _first("Uganda is willing to withdraw its troops from Somalia.")
    assert (event.source_country, event.target, event.target_country) == (
        "UGA",
        "Somalia",
        "SOM",
    )


def test_who_claimed_responsibility_for_attacks_made_them():
    event = _first(
        "Mohammed Omar, the Taliban spokesman, claimed responsibility for the Kandahar and "
        "the Herat bombings."
    )
    assert (event.type, event.source, event.source_sector) == ("ASSAULT", "Mohammed Omar", "REB")


def test_a_boycott_of_something_is_aimed_at_it():
    event = _first("Pakistani traders launched a boycott of Indian goods on Monday.")
    assert (event.type, event.source_country, event.target_country) == ("PROTEST", "PAK", "IND")


def test_the_united_nations_is_one_body_not_several_countries():
    events = events_of("Israel rejected criticism from the EU and the United Nations.")
    assert {e.target for e in events} == {"EU", "United Nations"}


def test_whose_measure_was_lifted_lifted_it():
    event = _first("EU sanctions against Belarus were lifted in 2016.")
    assert (event.type, event.source, event.target_country) == ("RETREAT", "EU", "BLR")


def test_a_country_the_recogniser_missed_is_its_government():
    event = _first("Nigeria accused Cameroon of sheltering the militants.")
    assert (event.source_country, event.source_sector) == ("NGA", "GOV")


def test_the_head_of_a_body_is_of_its_sector():
    event = _first("The head of the Kenyan police arrested two Somali nationals.")
    assert (event.source_country, event.source_sector) == ("KEN", "COP")


def test_ministers_of_two_countries_meet_each_other():
    events = events_of("The foreign ministers of Egypt and Jordan met in Cairo on Monday.")
    assert {(e.source_country, e.target_country) for e in events} == {
        ("EGY", "JOR"),
        ("JOR", "EGY"),
    }


def test_a_rebel_commander_is_a_rebel():
    event = _first("A female rebel commander surrendered to Colombian forces.")
    assert (event.source_country, event.source_sector) == ("COL", "REB")
