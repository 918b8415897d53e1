"""Recognising the cooperative PLOVER types (AGREE … REQUEST) without over-coding them, on
sentences written for these tests."""

from __future__ import annotations

import pytest
from coded import claimed
from coded import events_of as _code


def _types(text: str) -> set[str]:
    return {e.type for e in claimed(_code(text))}


# --- scenes: a meeting or an agreement where something else is said or done -------------------


@pytest.mark.parametrize(
    "text",
    [
        "At a meeting with the Kenyan foreign minister, the Dutch envoy said the talks had "
        "gone well.",
        "During a visit to the northern base, the general told soldiers that the war was over.",
        "Under the new agreement, the two companies will share a factory in Lyon.",
    ],
)
def test_a_meeting_or_agreement_that_sets_the_scene_is_no_event(text):
    assert not _types(text) & {"CONSULT", "AGREE", "SUPPORT"}


def test_taking_part_in_talks_is_still_a_meeting():
    assert "CONSULT" in _types("Delegates from Chile participated in talks with Peru on Monday.")


def test_a_press_release_is_no_release():
    assert "RETREAT" not in _types("The ministry said in a press release that it would reply.")


# --- agreeing with a view --------------------------------------------------------------------


def test_agreeing_that_something_is_so_is_an_opinion_not_an_agreement():
    assert not _code("The two presidents agreed that closer trade was the only way forward.")


def test_agreeing_that_someone_should_act_is_an_agreement():
    assert "AGREE" in _types(
        "Officials from Peru and Chile agreed that their countries should cooperate on trade."
    )


def test_agreeing_to_act_is_an_agreement():
    assert "AGREE" in _types("Peru agreed to share intelligence with Chile.")


# --- journeys: a visit needs a visitor -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Chilean troops arrived in the port city on Monday.",
        "A shipment of rifles arrived in Lima on Tuesday.",
        "Dozens of refugees arrived in Nairobi this week.",
    ],
)
def test_troops_goods_or_refugees_arriving_are_no_visit(text):
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The German foreign minister arrived in Lima on Monday.",
        "A Chilean delegation arrived in Quito for two days of talks.",
        "Angela Merkel arrived in Paris on Tuesday.",
    ],
)
def test_an_official_arriving_is_a_visit(text):
    assert "CONSULT" in _types(text)


# --- concessions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army declared a temporary cease-fire on Friday.",
        "The rebels declared a ceasefire on Friday.",
    ],
)
def test_declaring_a_ceasefire_with_or_without_a_hyphen_is_a_concession(text):
    assert "CONCEDE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government of Peru agreed to lift the curfew in Lima.",
        "The mayor promised to ease the restrictions on street vendors.",
        "The mayor of Lima will lift the curfew on Monday.",
        "The dockers' union will end its strike on Thursday.",
        "Chile announced a plan to lift the curfew in Santiago.",
    ],
)
def test_a_promised_or_future_concession_is_an_agreement_as_in_the_gsr(text):
    # (CAMEO 035, intent to yield, is AGREE in the CAMEO-PLOVER table and the GSR.)
    types = _types(text)
    assert "AGREE" in types
    assert not types & {"THREATEN", "COERCE", "PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The government of Peru agreed to withdraw its troops from the border.",
        "The rebels promised to release the hostages.",
        "The president said he was prepared to lift the ban on the party.",
    ],
)
def test_a_promised_withdrawal_or_a_readiness_to_yield_stays_an_agreement(text):
    assert "AGREE" in _types(text)


def test_easing_rules_is_a_concession():
    assert "CONCEDE" in _types("The government of Peru eased the rules on foreign charities.")


def test_a_suspension_of_attacks_is_a_ceasefire_not_a_sanction():
    types = _types("The rebels announced a suspension of attacks on government forces.")
    assert "RETREAT" in types
    assert "SANCTION" not in types


def test_meeting_a_commitment_is_no_meeting():
    assert "CONSULT" not in _types("Peru has met its commitments under the fishing treaty.")


# --- diplomatic support ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed on Monday to strengthen their diplomatic ties.",
        "The two governments moved to improve relations after years of tension.",
    ],
)
def test_improving_ties_is_support(text):
    types = _types(text)
    assert types & {"SUPPORT", "AGREE"}


def test_strengthening_ties_alone_is_support():
    assert "SUPPORT" in _types("Peru strengthened its ties with Chile last year.")


# --- scheduled acts and one-way help ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile are to begin talks on their sea border in January.",
        "The Spanish foreign minister is set to visit Peru next week.",
    ],
)
def test_a_scheduled_cooperative_act_is_an_agreement(text):
    types = _types(text)
    assert "AGREE" in types
    assert "CONSULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Egypt rushed truckloads of food to the flooded villages of Sudan.",
        "Norway announced the transfer of humanitarian aid to Haiti on Monday.",
    ],
)
def test_rushing_or_transferring_aid_is_aid(text):
    assert "AID" in _types(text)


# --- ending hostile acts, and concessions to come --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels in Chad agreed to stop shooting at government troops.",
        "The militia vowed to refrain from attacks on civilians in Mali.",
    ],
)
def test_agreeing_to_end_violence_is_no_threat(text):
    types = _types(text)
    assert "THREATEN" not in types
    assert "AGREE" in types


@pytest.mark.parametrize(
    "text",
    [
        "The rebels stopped shooting at the army on Monday.",
        # to give an act up is to stop it
        "The guerrillas gave up fighting and went home.",
    ],
)
def test_stopping_an_attack_is_a_ceasefire(text):
    (event,) = [e for e in _code(text)]
    assert (event.type, event.mode) == ("RETREAT", "ceasefire")


def test_demanding_an_end_to_a_strike_asks_for_a_concession():
    events = [e for e in _code("The minister demanded an end to the dockers' strike.")]
    assert [e.type for e in events] == ["REQUEST"]


def test_an_act_held_off_is_a_concession_not_the_act():
    # "deportation relief" is relief from deportation (the act's noun qualifies the pause)
    assert _types("The Spanish government granted deportation relief to 5,000 migrants.") == {
        "CONCEDE"
    }
    # the act itself stays what it is
    assert "COERCE" in _types("The Spanish government ordered the deportation of 50 migrants.")


# --- intentions made known -------------------------------------------------------------------


def test_an_announced_plan_to_invade_is_a_threat():
    assert "THREATEN" in _types("Peru announced a plan to invade Bolivia.")


def test_a_cancelled_plan_is_not_the_act_planned():
    assert "COERCE" not in _types("The president of Peru cancelled plans to impose a curfew.")


# --- requests --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new trade pact should take effect next year, the minister said.",
        '"It must be implemented in full," the ministry of Peru said.',
    ],
)
def test_what_a_thing_should_do_is_no_demand(text):
    assert "REQUEST" not in _types(text)


def test_what_a_country_must_do_is_a_demand():
    assert "REQUEST" in _types("The minister of Peru said Chile must withdraw its claim.")


@pytest.mark.parametrize(
    "text",
    [
        "The agency said it would press ahead with its plans in Guinea.",
        "Reporters asked about the prices of rice in Lima.",
        "The lawyers of the former minister appealed the verdict on Monday.",
    ],
)
def test_pressing_ahead_asking_about_and_appealing_a_verdict_are_no_requests(text):
    assert "REQUEST" not in _types(text)


def test_pressing_someone_is_a_request():
    assert "REQUEST" in _types("The United States pressed Iran on its nuclear program.")


# --- more senses of the cooperative types ------------------------------------------------------


def test_a_joint_venture_is_cooperation():
    assert "COOPERATE" in _types("A Slovak firm formed a joint venture with a Chinese company.")


def test_being_thankful_to_a_country_is_support():
    assert "SUPPORT" in _types("Sri Lanka said it was thankful to India for its help.")


def test_an_approved_decree_to_ease_rules_is_a_concession():
    assert "CONCEDE" in _types(
        "The cabinet of Peru approved a decree to ease the rules on charities."
    )


def test_a_plan_made_known_to_invade_is_a_threat_not_an_attack():
    types = _types("Peru unveiled a plan to invade Bolivia.")
    assert "THREATEN" in types
    assert "ASSAULT" not in types


def test_dropping_a_probe_is_a_concession():
    assert "CONCEDE" in _types("France dropped its probe into the Chadian minister on Monday.")


def test_agreeing_to_remove_a_curfew_is_no_threat():
    types = _types("The government of Chad agreed to remove the curfew in the capital.")
    assert "AGREE" in types
    assert "THREATEN" not in types


def test_removing_a_curfew_is_a_concession():
    assert "CONCEDE" in _types("The government of Chad removed the curfew in the capital.")


def test_the_act_agreed_to_is_the_complement_not_an_earlier_phrase():
    types = _types("On the detention of the sailors, Peru and Chile agreed to resume negotiations.")
    assert "AGREE" in types
    assert "THREATEN" not in types


def test_wanting_another_to_act_is_a_request():
    events = [e for e in _code("Kuwait wants Chile to end its ban on oil exports.")]
    assert [e.type for e in events] == ["REQUEST"]
    assert events[0].target_country == "CHL"


def test_wanting_to_act_oneself_is_an_intention_not_the_act():
    types = _types("The mayor of Lima says he wants to impose a curfew in the city.")
    assert "COERCE" not in types


def test_signing_a_letter_of_intent_is_support():
    assert "SUPPORT" in _types("Barbados signed a letter of intent with Peru on Monday.")


def test_embarking_on_a_tour_is_a_visit():
    (event,) = [e for e in _code("The Chilean foreign minister embarked on a tour of Peru.")]
    assert (event.type, event.mode) == ("CONSULT", "visit")


# --- intentions and proposals: an offer only through the act intended or proposed -------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator said she intends to run for governor of Ohio next year.",
        "Lawyers for the mayor of Lyon said he intended to appeal the verdict.",
        "Two Ohio lawmakers proposed a bill on Tuesday to raise the minimum wage.",
        "The Norwegian minister proposed to rewrite the rules for fishing licences.",
        "Farmers in Kenya announced plans to plant more maize this season.",
    ],
)
def test_an_intention_or_proposal_of_no_cooperative_act_is_no_agreement(text):
    assert "AGREE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru intends to resume talks with Chile in March.",
        "Ecuador proposed a meeting with Colombia on the border dispute.",
        "The Swiss government proposed to Ankara that the two sides share data on migrants.",
    ],
)
def test_an_intention_or_proposal_of_cooperation_is_an_agreement(text):
    assert "AGREE" in _types(text)


def test_a_plan_made_known_to_oppose_is_the_rejection():
    assert _types("The Danish union announced plans to oppose the new pension law.") == {"REJECT"}


# --- condolences: an empathetic comment (CAMEO 018), which PLOVER does not code ----------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president offered his condolences to the families of the flood victims.",
        "The embassy of Peru extended its deepest condolences to the people of Chile.",
        "The Spanish king expressed sympathy with the people of Haiti after the storm.",
        "The mayor of Oslo sent condolences to the family of the firefighter.",
    ],
)
def test_condolences_and_sympathy_are_no_event(text):
    assert not _types(text) & {"SUPPORT", "AGREE"}


def test_expressing_support_is_still_support():
    assert "SUPPORT" in _types("The Spanish king expressed support for the people of Haiti.")


# --- a body sitting on its own business is no consultation -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch senate will meet on Tuesday to vote on the budget.",
        "When the tribal council met last week, it chose a new chief.",
        "The city council of Lyon held a session on parking fees on Monday.",
    ],
)
def test_one_body_meeting_on_its_own_is_no_consultation(text):
    assert not _types(text) & {"CONSULT", "AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister met with his Ugandan counterpart in Kampala.",
        "NATO defence ministers met in Brussels on Thursday.",
        "Indian and Chinese officers met on the border on Monday.",
        "Officials from Peru and Chile met in Lima.",
        "The Peruvian president will meet the Pope in Rome next week.",
    ],
)
def test_a_meeting_of_parties_is_still_a_consultation(text):
    assert _types(text) & {"CONSULT", "AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        "The former Samoan leader received medical treatment in Australia last year.",
        "The senator received 300 votes at the Democratic convention in Boston.",
        "Wiranto's deputy was flown to a hospital in Singapore on Friday.",
    ],
)
def test_receiving_care_or_votes_and_being_flown_somewhere_are_no_meeting(text):
    assert "CONSULT" not in _types(text)


def test_receiving_an_envoy_is_hosting():
    event = next(
        e
        for e in claimed(_code("The Egyptian president received the Sudanese envoy in Cairo."))
        if e.type == "CONSULT"
    )
    assert (event.mode, event.target_country) == ("host", "SDN")


# --- word senses: sports games, teams at the ready, staff quitting, seconding ------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Lakers' game against Boston was cancelled on Friday.", "COOPERATE"),
        ("The county has rescue boats at the ready along the river.", "AGREE"),
        ("Dozens of hospital nurses in Leeds quit over pay.", "RETREAT"),
    ],
)
def test_word_senses_of_no_cooperation(text, type_):
    assert type_ not in _types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Turkish and Azerbaijani forces held joint military games near Baku.", "COOPERATE"),
        ("Venezuela said it is ready for talks with Colombia.", "AGREE"),
        ("The Peruvian interior minister resigned on Sunday.", "RETREAT"),
        ("The Belgian premier seconded the Dutch proposal for a joint fund.", "SUPPORT"),
    ],
)
def test_the_cooperative_senses_stay(text, type_):
    assert type_ in _types(text)


def test_acknowledging_someone_as_ruler_is_recognition():
    assert "SUPPORT" in _types(
        "The tribal elders of Oman acknowledged the late king's nephew, Tariq, as the new ruler."
    )


def test_acknowledging_a_problem_or_a_fact_is_no_support():
    assert "SUPPORT" not in _types("The Danish minister acknowledged the shortage as serious.")


@pytest.mark.parametrize(
    "text",
    [
        "Switzerland returned 40 ancient coins to Turkey.",
        "French customs officers returned the rare tortoises to Madagascar.",
    ],
)
def test_cultural_goods_and_wildlife_given_back_to_a_country_are_returned_property(text):
    (event,) = [e for e in claimed(_code(text)) if e.type == "RETREAT"]
    assert (event.mode, event.cameo) == ("release", "0842")


def test_something_returned_to_no_party_is_no_event():
    assert _types("The injured bird returned to its nest in the park.") == set()


# --- what is no request: a reporter's question, a warning, a claim, a judgement of the past ----


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian embassy did not respond to a request for comment.",
        "The French minister declined when asked to comment on the deal.",
        "The defeat in Bavaria was a wake-up call for the German chancellor.",
        "Danish officials insist that they pay no ransom to kidnappers.",
        "The Italian senator said the minister should have known about the leak.",
    ],
)
def test_questions_warnings_claims_and_hindsight_are_no_requests(text):
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia insisted that NATO troops leave the Baltic states.",
        "The Polish senator said Germany should pay reparations.",
        "Poland called on Germany to pay reparations.",
    ],
)
def test_demands_stay_requests(text):
    assert "REQUEST" in _types(text)


# --- recognising, backing and standing by: the senses that are no support ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "As the two Canadians toured the town, they were recognized by voters at the market.",
        "The Irish judge recognized how unfair the sentence would be.",
        "The Austrian minister stood by while the talks collapsed.",
    ],
)
def test_knowing_again_realising_and_waiting_are_no_support(text):
    assert "SUPPORT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden recognized Palestine.",
        "Russia recognized the independence of Abkhazia.",
        "China stood by Pakistan.",
        "The German chancellor stood by her decision.",
    ],
)
def test_recognition_and_standing_by_someone_stay_support(text):
    assert "SUPPORT" in _types(text)


def test_backing_down_is_a_concession_not_support():
    assert _types("The Hungarian government backed down after the protests.") == {"CONCEDE"}


def test_help_in_kind_contributed_to_a_party_is_aid():
    assert "AID" in _types("Japan contributed medical equipment to Nepal.")
    assert "AID" not in _types("The Belgian economist contributed her expertise to the report.")
