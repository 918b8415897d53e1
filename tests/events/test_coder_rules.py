"""Coder rules from the third precision round on real news, on sentences written for these tests
(none from the audited articles or the gold set)."""

from __future__ import annotations

import pytest
from coded import events_of as _code


@pytest.mark.parametrize(
    "text",
    [
        "No civilians were injured in the shelling, the army said.",
        "Nobody was arrested by the police during the march.",
        "None of the soldiers were killed.",
    ],
)
def test_coder_a_subject_of_no_one_negates_the_event(text):
    events = _code(text)
    assert events
    assert all(e.negated for e in events)


def test_coder_a_subject_with_someone_is_not_negated():
    (event,) = [
        e for e in _code("Two civilians were injured in the shelling.") if e.type == "ASSAULT"
    ]
    assert not event.negated


@pytest.mark.parametrize(
    "text",
    [
        'The premier spoke out against the raid, calling it "an aggression on our country".',
        "The minister called the blockade a violation of international law.",
    ],
)
def test_coder_calling_something_a_wrong_is_an_accusation_not_a_request(text):
    types = {e.type for e in _code(text)}
    assert "ACCUSE" in types
    assert "REQUEST" not in types


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a name of scorn, however the parser reads the two objects
        ("The governor called the mayor a clown.", "mayor"),
        ("Ortega called the American envoy a very stupid man.", "American envoy"),
    ],
)
def test_coder_calling_someone_a_name_of_scorn_reproaches_them(text, target):
    (reproach,) = [e for e in _code(text) if e.type == "ACCUSE"]
    assert reproach.target == target


def test_coder_calling_something_a_good_thing_is_no_event():
    assert not _code("The mayor called the festival a success.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("In a radio interview, Obama called Merkel a great leader.", "Merkel"),
        ("The governor called the mayor a decent man after the vote.", "mayor"),
    ],
)
def test_coder_calling_someone_a_name_of_praise_praises_them(text, target):
    (praise,) = [e for e in _code(text) if e.type == "SUPPORT"]
    assert praise.target == target


@pytest.mark.parametrize(
    "text",
    [
        # Said of someone (here, of the dead), a name of praise is a eulogy, no act.
        "The senator said the late congressman was a great man.",
        '"He was a true hero," the actor wrote on Twitter after the spy died.',
    ],
)
def test_coder_praise_told_of_someone_without_a_verb_of_naming_is_no_event(text):
    assert "SUPPORT" not in {e.type for e in _code(text)}


def test_coder_a_call_for_action_is_still_a_request():
    assert "REQUEST" in {e.type for e in _code("The mayor called on the government to resign.")}


@pytest.mark.parametrize(
    "text",
    [
        "The senator announced the change again in a rally on Friday.",
        "The Pentagon justified the strike, which was approved by the president.",
    ],
)
def test_coder_a_bare_rally_or_strike_is_no_protest(text):
    assert "PROTEST" not in {e.type for e in _code(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers staged a strike at the port on Monday.",
        "Thousands of teachers went on strike in Nairobi.",
        "Farmers gathered for a rally in Lima to protest the new tax.",
        "The union called a general strike.",
        "Students joined a rally against the fee rise.",
    ],
)
def test_coder_a_rally_or_strike_told_as_protest_is_coded(text):
    assert "PROTEST" in {e.type for e in _code(text)}


def test_coder_a_line_citing_a_web_address_codes_nothing():
    text = (
        'This story is adapted from a wire report ("Ministers reach trade agreement",'
        " https://example.org/news/trade-agreement), used under a free licence."
    )
    assert not _code(text)


def test_coder_a_company_named_by_its_domain_is_no_web_address():
    assert "SANCTION" in {e.type for e in _code("Germany imposed sanctions on Shop.com on Monday.")}


def test_coder_a_seconded_appeal_keeps_the_addressee_of_the_one_before():
    text = (
        "The Kenyan president called on the African Union to send observers. "
        "The meeting is due next week. "
        "The call was echoed by the Ugandan president."
    )
    backing = [e for e in _code(text) if "echoed" in e.sentence and e.type == "REQUEST"]
    assert backing
    assert all(e.target == "African Union" for e in backing)


def test_coder_a_new_request_does_not_take_an_earlier_addressee():
    text = (
        "The Kenyan president called on the African Union to send observers. "
        "The journalist travelled to Nairobi, seeking documents for his wedding."
    )
    seeking = [e for e in _code(text) if "seeking" in e.sentence]
    assert all(e.target != "African Union" for e in seeking)


@pytest.mark.parametrize(
    "text",
    [
        "African Union meetings usually center on security.",
        "Foreign ministers of the African Union normally meet in Addis Ababa.",
    ],
)
def test_coder_what_usually_happens_is_no_event(text):
    assert not _code(text)


def test_coder_a_repeated_act_is_still_coded():
    assert "ASSAULT" in {e.type for e in _code("Militia fighters routinely attacked the villages.")}


def test_coder_refusing_to_consider_requests_is_a_rejection():
    types = {e.type for e in _code("The agency said it would not consider requests from Chile.")}
    assert "REJECT" in types
    assert "REQUEST" not in types


def test_coder_an_agreement_to_send_troops_is_no_threat():
    text = "The ministers said the agreement on sending Ghanaian soldiers to Mali breaks the law."
    types = {e.type for e in _code(text)}
    assert "AGREE" in types
    assert "THREATEN" not in types


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("Peru lifted its boycott of Bolivian coffee on Friday.", "CONCEDE", "082"),
        # Easing economic sanctions or an embargo is CAMEO 085, RETREAT in the CAMEO-PLOVER table.
        ("Ghana removed the sanctions on Togo after the vote.", "RETREAT", "085"),
        ("Oman rescinded the embargo against Yemen.", "RETREAT", "085"),
    ],
)
def test_coder_lifting_a_sanction_or_boycott_is_a_concession(text, type_, cameo):
    events = _code(text)
    assert not {e.type for e in events} & {"SANCTION", "PROTEST"}
    assert {(e.type, e.cameo) for e in events} == {(type_, cameo)}


def test_coder_dropping_bombs_is_no_ceasefire():
    assert {e.type for e in _code("The jets dropped bombs on the depot near Aleppo.")} == {
        "ASSAULT"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian president ordered a general mobilization on Monday.",
        "The king ordered the mobilisation of the reserves.",
    ],
)
def test_coder_ordering_a_mobilization_is_the_mobilization(text):
    assert {e.type for e in _code(text)} == {"MOBILIZE"}


def test_coder_ordering_an_inquiry_is_still_the_inquiry_not_a_mobilization():
    assert "MOBILIZE" not in {e.type for e in _code("The mayor ordered an inquiry into the fire.")}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen committed rapes in three villages, the monitors said.",
        "The militia committed killings near the river.",
    ],
)
def test_coder_committing_violence_is_no_promise_or_threat(text):
    types = {e.type for e in _code(text)}
    assert not types & {"AGREE", "THREATEN"}
    assert types <= {"ASSAULT"}


def test_coder_committing_to_a_deed_is_still_a_promise():
    assert {e.type for e in _code("Kenya committed to sending doctors to Uganda.")} == {"AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with riot police in Quito on Sunday.",
        "Demonstrators set fire to the town hall in Tunis.",
        "Rioters attacked a bank in the capital of Ghana.",
    ],
)
def test_coder_violence_by_protesters_is_a_riot(text):
    events = _code(text)
    assert events
    assert {(e.type, e.mode) for e in events} == {("PROTEST", "riot")}


def test_coder_violence_against_protesters_stays_an_assault():
    types = {e.type for e in _code("Soldiers attacked the protesters in Tunis on Friday.")}
    assert types == {"ASSAULT"}


def test_coder_the_triggers_own_to_is_no_one_urged_to_act():
    # "encourage X to act" needs someone urged and the "to" of what they should do; the
    # infinitive "is to encourage" has neither.
    assert not _code("One of the goals of the pact is to encourage more intra-Africa trade.")
    (request,) = _code("The United States encouraged Japan to restrict exports.")
    assert (request.type, request.target_country) == ("REQUEST", "JPN")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Japan was dismayed by China's decision to expand the zone.", ("JPN", "CHN")),
        ("Taiwan's move angered Beijing.", ("CHN", "TWN")),
        ("The German government said it was deeply disappointed with Washington.", ("DEU", "USA")),
        (
            '"I am appalled by the decision of the Russian government," the British Foreign '
            "Secretary said.",
            ("GBR", "RUS"),
        ),
    ],
)
def test_coder_dismay_at_someones_act_reproaches_them(text, countries):
    (reproach,) = [e for e in _code(text) if e.type == "ACCUSE"]
    assert (reproach.source_country, reproach.target_country) == countries
    assert reproach.mode == "disapprove"


@pytest.mark.parametrize(
    "text",
    [
        # Dismay at what no one did, or at what the words do not say whose act it was,
        "The family was shocked by the death of their son.",
        "Fans were disappointed with the result of the match.",
        "Ms. Nwanguma was shocked by the reaction from Trump supporters, she said.",
        # ... and sadness or worry, are no reproach.
        "Residents were saddened by Germany's decision to close the plant.",
        "Officials were concerned by Russia's troop movements.",
    ],
)
def test_coder_dismay_that_names_no_ones_act_is_no_accusation(text):
    assert "ACCUSE" not in {e.type for e in _code(text)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The parser takes the name for the object of the opening "on": it is the subject.
        ("On live television Erdogan also attacked the proclamation.", "Erdogan"),
        ("On Monday Trump attacked the ruling.", "Trump"),
    ],
)
def test_coder_a_name_swallowed_by_an_opening_phrase_is_the_subject(text, source):
    (event,) = _code(text)
    assert (event.type, event.source, event.target) == ("ACCUSE", source, None)


def test_coder_they_is_the_latest_subject_of_several_named_parties():
    events = _code(
        "Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias met in "
        "Cairo on Wednesday. The Italian minister joined the talks. They called on Turkey to "
        "halt its drilling."
    )
    requests = [e for e in events if e.type == "REQUEST"]
    assert {e.source_country for e in requests} == {"EGY", "GRC"}
    assert {e.target_country for e in requests} == {"TUR"}


def test_coder_they_with_no_named_parties_before_stays_unknown():
    (request,) = [
        e
        for e in _code("The talks ended late. They called on Turkey to halt its drilling.")
        if e.type == "REQUEST"
    ]
    assert request.source is None


def _answer(text, type_):
    return [(e.source_country, e.target, e.target_country) for e in _code(text) if e.type == type_]


def test_coder_criticism_of_an_act_told_before_is_aimed_at_its_doer():
    text = (
        "Ethiopian warplanes bombed rebel positions in Tigray on Monday. "
        "Sudan condemned the bombing on Tuesday."
    )
    assert _answer(text, "ACCUSE") == [("SDN", "Ethiopian warplanes", "ETH")]


def test_coder_a_protest_against_an_act_told_before_is_aimed_at_its_doer():
    text = (
        "Chinese coast guard ships attacked a Philippine supply boat near the Second Thomas Shoal. "
        "Thousands of Filipinos protested against the attack in Manila on Sunday."
    )
    assert [t for _, _, t in _answer(text, "PROTEST")] == ["CHN"]


def test_coder_an_act_named_again_far_on_is_the_one_the_story_is_about():
    # Two sentences on, "the attack" is the story's own act, not the last one told.
    text = (
        "Ethiopian warplanes bombed a market in Tigray on Monday. "
        "The strike followed an attack on an army base by Tigrayan rebels last week. "
        "Aid agencies have struggled to reach the region. "
        "Roads into Mekelle remain closed. "
        "Sudan's foreign minister condemned the attack on Tuesday."
    )
    assert _answer(text, "ACCUSE") == [("SDN", "Ethiopian warplanes", "ETH")]


@pytest.mark.parametrize(
    "text",
    [
        # The act has its own doer, named: that one.
        "Ethiopian warplanes bombed Tigray. Sudan condemned the Eritrean attack.",
        # No doer was named: no one to aim at.
        "A bomb exploded in a market in Kabul. The United Nations condemned the attack.",
    ],
)
def test_coder_an_act_with_its_own_doer_or_none_is_not_aimed_at_an_earlier_one(text):
    assert all(t != "ETH" and t != "AFG" for _, _, t in _answer(text, "ACCUSE"))


@pytest.mark.parametrize(
    "second",
    ["The attack was condemned by Pakistan.", "Pakistan condemned Sunday's attack."],
)
def test_coder_an_act_named_again_in_the_passive_or_by_its_day_is_aimed_at_its_doer(second):
    text = "Gunmen attacked a police station in Kabul on Sunday. " + second
    assert _answer(text, "ACCUSE") == [("PAK", "Gunmen", "AFG")]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # An act given as none is not told as done (an offer of none is no offer).
        ("Turkey offered no concessions to the Kurdish parties.", "AGREE"),
        ("The rebels showed no sign of backing down on Tuesday.", "CONCEDE"),
        ("The senator had no such praise for the governor.", "SUPPORT"),
    ],
)
def test_coder_an_act_given_as_none_is_negated(text, type_):
    events = _code(text)
    assert events
    assert not [e for e in events if not e.negated and e.type == type_]


@pytest.mark.parametrize(
    "text",
    [
        # "no" that affirms, or that tells what an act did not cause.
        "Israel showed no hesitation in striking the convoy.",
        "The airstrike on the convoy by Israeli jets left no survivors.",
    ],
)
def test_coder_an_act_affirmed_by_none_is_told(text):
    assert [e for e in _code(text) if e.type == "ASSAULT" and not e.negated]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # A decision taken is the act decided, not an intention to act.
        ("Japan decided on Thursday to ease sanctions on Iran.", "RETREAT"),
        ("The governor decided to endorse Senator Warren.", "SUPPORT"),
    ],
)
def test_coder_an_act_decided_is_the_act(text, type_):
    assert type_ in {e.type for e in _code(text) if not e.negated and not e.hypothetical}


@pytest.mark.parametrize(
    "text",
    [
        # Troops sent to keep the peace, and refugees taken in, are help given.
        "Ghana is deploying 400 troops to the UN peacekeeping mission in Lebanon.",
        "Canada accepted 25,000 Syrian refugees last year.",
    ],
)
def test_coder_peacekeepers_sent_and_refugees_taken_in_are_aid(text):
    assert {e.type for e in _code(text)} == {"AID"}


def test_coder_in_response_is_no_object_of_the_act():
    # "attack ... response" is criticism of a response; "In response, X attacked" is an attack.
    text = "In response, the army attacked rebel positions near Idlib."
    assert {e.type for e in _code(text)} == {"ASSAULT"}


def test_coder_postponing_a_protest_ends_it_for_now():
    text = "The opposition agreed to postpone the demonstration planned for Friday."
    assert "THREATEN" not in {e.type for e in _code(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Refusing to yield on a condition is a refusal, not a negated concession.
        "Hamas will not release the hostages unless Israel frees its prisoners.",
        "Greece will not accept more refugees unless the EU shares the burden.",
    ],
)
def test_coder_a_refusal_to_yield_on_a_condition_is_a_rejection(text):
    assert "REJECT" in {e.type for e in _code(text) if not e.negated}


def test_coder_an_offer_of_forces_is_an_offer():
    events = _code("Kenya has offered to send troops to help the Somali army.")
    assert [(e.type, e.cameo) for e in events] == [("AGREE", "0332")]
