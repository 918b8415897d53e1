"""The event coder on hand-written sentences (none taken from the gold set it is scored on)."""

from __future__ import annotations

import datetime as dt

import pytest
from coded import events_of as _code

from parley.records import Quote


def _triples(text):
    return [(e.source_country, e.type, e.mode, e.target_country) for e in _code(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France expelled three Iranian diplomats on Monday.",
            [("FRA", "SANCTION", "expel", "IRN")],
        ),
        (
            "Turkey threatened to cut diplomatic ties with Sweden.",
            [("TUR", "THREATEN", "relations", "SWE")],
        ),
        (
            "Kenya demanded that Somalia withdraw its troops from the border.",
            [("KEN", "REQUEST", "yield", "SOM")],
        ),
        (
            "Egypt rejected an Ethiopian proposal for new talks.",
            [("EGY", "REJECT", "change", "ETH")],
        ),
        (
            "Polish police arrested dozens of Belarusian protesters.",
            [("POL", "COERCE", "arrest", "BLR")],
        ),
        (
            "Thousands of Chilean students protested against the government.",
            [("CHL", "PROTEST", "demo", "CHL")],
        ),
        (
            "Ukrainian forces shelled Russian positions near the border.",
            [("UKR", "ASSAULT", "heavy-weapons", "RUS")],
        ),
        ("Brazil praised Argentina's new trade policy.", [("BRA", "SUPPORT", None, "ARG")]),
        ("Norway released two Russian fishermen.", [("NOR", "RETREAT", "release", "RUS")]),
        ("The Serbian president resigned on Tuesday.", [("SRB", "RETREAT", "resign", None)]),
        (
            "Nigeria deployed troops to the border with Niger.",
            [("NGA", "MOBILIZE", "troops", "NER")],
        ),
    ],
)
def test_code_events_type_mode_and_actor_countries(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOVER: a future cooperative act is AGREE, with the nearest CAMEO "intent" code.
        ("Germany will provide humanitarian aid to Sudan.", ("AGREE", "033")),
        ("The Chinese foreign minister will visit Brazil next month.", ("AGREE", "036")),
        ("Vietnam agreed to share intelligence with the Philippines.", ("AGREE", "031")),
    ],
)
def test_code_events_future_cooperation_is_agree(text, expected):
    (event,) = _code(text)
    assert (event.type, event.cameo) == expected


def test_code_events_ultimatum_is_a_threat():
    (event,) = _code(
        "Ghana will withdraw its peacekeepers from Mali unless the junta holds elections."
    )
    assert (event.source_country, event.type, event.target_country) == ("GHA", "THREATEN", "MLI")


def test_code_events_passive_agent_is_the_source():
    (event,) = _code("Canadian troops were attacked by Afghan insurgents.")
    assert (event.source_country, event.source_sector, event.target_country, event.target_sector) == (
        "AFG", "REB", "CAN", "MIL",
    )  # fmt: skip


def test_code_events_compound_subject_without_target_is_reciprocal():
    pairs = [
        (e.source_country, e.target_country)
        for e in _code("India and Pakistan held talks in Geneva.")
    ]
    assert pairs == [("IND", "PAK"), ("PAK", "IND")]


@pytest.mark.parametrize(
    ("text", "negated", "hypothetical"),
    [
        ("Japan did not attack China.", True, False),
        ("Iran could attack Israel if the talks fail.", False, True),
        ("Russia attacked Georgia.", False, False),
        # a condition told by putting the auxiliary first
        ("Had Russia attacked Georgia, NATO would have responded.", False, True),
        ("Should Iran attack Israel, the US will respond.", False, True),
        ("Were Iran to attack Israel, the US would respond.", False, True),
        ("It would have been cool had Clinton congratulated him.", False, True),
        # ... but not a statement put so ("Never had ...")
        ("Never had Russia attacked Georgia so fiercely.", False, False),
        ("The war was brutal, as were the attacks on the Georgian army.", False, False),
        # praise not given refuses nothing: a negated act, not a rejection
        ("Clinton never congratulated Sanders.", True, False),
        ("The minister did not thank the Chinese government.", True, False),
    ],
)
def test_code_events_flags_negation_and_hypotheticals(text, negated, hypothetical):
    (event,) = _code(text)
    assert (event.negated, event.hypothetical) == (negated, hypothetical)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a verb joined by "or" to a negated one shares its "not"
        ("Sanders has not endorsed Clinton or conceded the race.", True),
        ("The rebels did not attack the town or release the hostages.", True),
        # ... and so does a bare verb after "and" that the negated auxiliary governs
        ("The rebels did not attack the town and release the hostages.", True),
        ("The rebels cannot seize the town and release the hostages.", True),
        # ... but one told with its own tense after "and" is asserted
        ("The rebels did not attack the town and released the hostages.", False),
    ],
)
def test_code_events_negation_of_joined_verbs(text, negated):
    (event,) = [e for e in _code(text) if e.type in ("CONCEDE", "RETREAT")]
    assert event.negated is negated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joined verb with no auxiliary of its own has the first one's mood
        ("Russia will withdraw its troops and lift the blockade.", {("AGREE", False)}),
        ("Israel should halt the strikes and allow aid into Gaza.", {("RETREAT", True)}),
        # ... unless it is told in a tense of its own
        ("Russia will withdraw its troops and lifted the blockade on Monday.",
         {("AGREE", False), ("RETREAT", False)}),
        ("Russia withdrew its troops and lifted the blockade.", {("RETREAT", False)}),
    ],
)  # fmt: skip
def test_code_events_joined_verb_shares_the_first_ones_mood(text, expected):
    assert {(e.type, e.hypothetical) for e in _code(text)} == expected


def test_code_events_international_body_has_no_country():
    (event,) = _code("The United Nations condemned the attack on Mali.")
    assert (event.source_country, event.source_sector, event.type, event.target_country) == (
        None, "IGO", "ACCUSE", "MLI",
    )  # fmt: skip


def test_code_events_intensity_comes_from_type_and_mode():
    (event,) = _code("France expelled three Iranian diplomats on Monday.")
    assert (event.cameo, event.intensity) == ("166", -5.5)


def test_code_events_dates_from_the_clause_time_expression():
    (event,) = _code(
        "France expelled three Iranian diplomats on Monday.", published=dt.date(2021, 3, 19)
    )
    assert (event.date, event.date_end, event.time_id) == ("2021-03-15", "2021-03-15", "T1")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Police arrested two Kenyan activists at 3am local time on Saturday.", "2021-03-13"),
        ("On Saturday, police arrested two Kenyan activists shortly after midnight.", "2021-03-13"),
        ("Police arrested two Kenyan activists at 3am.", "2021-03-19"),
    ],
)
def test_code_events_date_by_the_day_not_the_clock_time(text, date):
    # A clock time alone counts as the publication day; beside a named day, the day dates it.
    (event,) = _code(text, published=dt.date(2021, 3, 19))
    assert event.date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A participle clause takes the time of the clause it hangs on, not the nearer time
        # of a relative clause.
        (
            "On Wednesday, a Kenyan court issued a ruling on the decree, which took effect on "
            "Tuesday, finding it unlawful.",
            "2021-03-17",
        ),
        # A month named relatively: the latest October before the publication month.
        ("Saudi agents killed the journalist last October.", "2020-10-01"),
    ],
)
def test_code_events_date_of_the_clause_the_act_hangs_on(text, date):
    (event, *_) = _code(text, published=dt.date(2021, 3, 19))
    assert event.date == date


def test_code_events_leaves_date_empty_without_time_expression():
    (event,) = _code("France expelled three Iranian diplomats.", published=dt.date(2021, 3, 19))
    assert (event.date, event.time_id) == (None, None)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # An act told in the past with no time of its own is of the day its paragraph is at,
        (
            "On Monday, Iran summoned the French envoy. Police arrested two French "
            "journalists in Tehran.",
            "2021-03-15",
        ),
        # ... not one told as before that day, as a state, or in another paragraph,
        (
            "On Monday, Iran summoned the French envoy. Police had arrested two French "
            "journalists in Tehran.",
            None,
        ),
        (
            "On Monday, Iran summoned the French envoy. Two French journalists have been "
            "arrested by police in Tehran.",
            None,
        ),
        (
            "On Monday, Iran summoned the French envoy.\n\nPolice arrested two French "
            "journalists in Tehran.",
            None,
        ),
        # ... nor what is still to come.
        (
            "On Monday, Iran summoned the French envoy. Police will arrest two French "
            "journalists in Tehran.",
            None,
        ),
        # A date that dates a thing is not the day the story is at.
        (
            "On Monday, Iran summoned the French envoy over the March 2 incident. Police "
            "arrested two French journalists in Tehran.",
            "2021-03-15",
        ),
    ],
)
def test_code_events_date_of_the_day_the_story_is_at(text, date):
    events = _code(text, published=dt.date(2021, 3, 19))
    (arrest,) = [e for e in events if e.type in ("COERCE", "THREATEN")]
    assert arrest.date == date
    if date is not None:
        assert arrest.time_id == "T1"  # the expression that dates it, in the sentence before


def test_code_events_keeps_the_evidence_sentence():
    text = "Talks went on. France expelled three Iranian diplomats."
    (event,) = _code(text)
    assert event.sentence == "France expelled three Iranian diplomats."


def test_code_events_quote_id_and_speaker_for_first_person():
    text = "“We will expel their diplomats,” said Jean Dupont, the French foreign minister."
    quote = Quote(id="Q1", text="We will expel their diplomats,", kind="direct", start=1, end=31,
                  speaker="Jean Dupont", speaker_id="E1", speaker_text="Jean Dupont", cue="said")  # fmt: skip
    events = _code(text, quotes=[quote])
    assert [(e.quote_id, e.source_id, e.type) for e in events] == [("Q1", "E1", "THREATEN")]


def test_code_events_ids_are_numbered_in_order():
    events = _code(
        "France expelled three Iranian diplomats. Turkey threatened to cut ties with Sweden."
    )
    assert [e.id for e in events] == ["V1", "V2"]


def test_code_events_nothing_for_a_sentence_without_an_act():
    assert _code("The weather in Paris was mild on Sunday.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The central bank warned that growth could slow next year.",
        "Delegates debated the fate of the talks for hours.",
        "The weather in Paris was mild on Sunday.",
    ],
)
def test_code_events_no_event_for_forecasts_and_mentions(text):
    assert _code(text) == ()


def test_code_events_background_clause_is_context_not_an_event():
    text = "Italy suspended flights to Serbia, one day after a Serbian jet shot down a helicopter."
    assert [(e.source_country, e.type, e.target_country) for e in _code(text)] == [
        ("ITA", "SANCTION", "SRB")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KABUL, Afghanistan — Taliban fighters attacked a police checkpoint.",
            ("Taliban fighters", "ASSAULT", "police checkpoint"),
        ),
        (
            "NEW YORK (AP) — Senator Smith criticized the mayor on Monday.",
            ("Smith", "ACCUSE", "mayor"),
        ),
    ],
)
def test_code_events_a_dateline_city_is_no_party(text, expected):
    assert [(e.source, e.type, e.target) for e in _code(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (the invasion condemned is the one just told: Russia's)
            "Russia attacked Ukraine and Poland condemned the invasion.",
            [("RUS", "ASSAULT", "UKR"), ("POL", "ACCUSE", "RUS")],
        ),
        (
            "Israel struck Gaza and Hamas fired rockets at Tel Aviv.",
            [("ISR", "ASSAULT", "PSE"), ("PSE", "ASSAULT", "ISR")],
        ),
    ],
)
def test_code_events_each_coordinated_clause_has_its_own_doer(text, expected):
    assert [(e.source_country, e.type, e.target_country) for e in _code(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The idea struck Obama as odd.",
        "The judge struck down Mississippi's ban on same-sex marriage.",
        "Social sites overflowed when the crisis struck Paris.",
        # a collision between private parties
        "The motorcyclist was struck by a Volvo driving on the wrong side of the road.",
    ],
)
def test_code_events_a_strike_that_is_no_attack(text):
    assert all(e.type != "ASSAULT" for e in _code(text))


def test_code_events_shots_fired_back_are_an_attack():
    (event,) = _code("Soldiers shot back at the gunmen.")
    assert (event.type, event.source, event.target) == ("ASSAULT", "Soldiers", "gunmen")


def test_code_events_own_country_is_not_the_target():
    (event,) = _code("US President Jones withdrew the United States from the treaty.")
    assert (event.type, event.target_country) == ("SANCTION", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police fired tear gas at demonstrators in Nairobi.", ("ASSAULT", "crowd-control")),
        ("Thousands of farmers blocked highways across India.", ("PROTEST", "obstruct")),
        ("Biden spoke by phone with Zelensky on Tuesday.", ("CONSULT", "phone")),
        ("Peskov said Biden owes the country an apology.", ("REQUEST", "change")),
        ("Putin said Biden will soon pay a price for his remarks.", ("THREATEN", None)),
        ("Lebanon says it will not accept any more migrants.", ("REJECT", None)),
    ],
)
def test_code_events_type_and_mode(text, expected):
    assert [(e.type, e.mode) for e in _code(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes between Serbian police and Albanian protesters left three people dead.",
         [("SRB", "ASSAULT", "ALB"), ("ALB", "ASSAULT", "SRB")]),
        ("Talks between Israel and Syria resumed in Washington on Monday.",
         [("ISR", "CONSULT", "SYR"), ("SYR", "CONSULT", "ISR")]),
        # a passive act "between" them, and every party of a longer list
        ("A memorandum was signed between Cyprus, Greece and Israel.",
         [("CYP", "SUPPORT", "GRC"), ("CYP", "SUPPORT", "ISR"), ("GRC", "SUPPORT", "CYP"),
          ("GRC", "SUPPORT", "ISR"), ("ISR", "SUPPORT", "CYP"), ("ISR", "SUPPORT", "GRC")]),
        ("The foreign ministers of Egypt, Jordan and Iraq met in Amman.",
         [("EGY", "CONSULT", "JOR"), ("EGY", "CONSULT", "IRQ"), ("JOR", "CONSULT", "EGY"),
          ("JOR", "CONSULT", "IRQ"), ("IRQ", "CONSULT", "EGY"), ("IRQ", "CONSULT", "JOR")]),
    ],
)  # fmt: skip
def test_code_events_act_between_two_parties_is_reciprocal(text, expected):
    assert [(e.source_country, e.type, e.target_country) for e in _code(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece repealed the law that banned opposition rallies.", ("CONCEDE", "081")),
        ("Canada slapped sanctions on Venezuelan officials.", ("SANCTION", "163")),
        ("The United States withheld military aid from Egypt.", ("SANCTION", "162")),
        ("Italy ordered two Libyan diplomats to leave the country.", ("SANCTION", "166")),
        ("Chad accepted French peacekeepers on its territory.", ("RETREAT", "0861")),
        ("Japan dispatched food and medicine to the Philippines.", ("AID", "073")),
        ("Jordan took in thousands of Syrian refugees.", ("AID", "075")),
        ("Kyrgyz officials launched talks with Tajikistan on the border.", ("CONSULT", "046")),
        ("The Egyptian foreign minister left for Khartoum on Sunday.", ("CONSULT", "042")),
        ("Turkish police took Kurdish activists into custody.", ("COERCE", "173")),
        ("Myanmar's military dissolved the opposition party.", ("COERCE", "1722")),
        ("Russia amassed troops on the border with Ukraine.", ("MOBILIZE", "154")),
        ("Chinese authorities tightened security in Tibet.", ("MOBILIZE", "153")),
    ],
)
def test_code_events_vocabulary_of_the_thin_types(text, expected):
    assert [(e.type, e.cameo) for e in _code(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verbs only the table derived from the CAMEO verb dictionary knows.
        ("Vietnam commended Laos for its cooperation.", ("SUPPORT", "051")),
        ("Venezuela nationalized a U.S. oil company.", ("COERCE", "171")),
        ("Cambodian troops recaptured the temple from Thailand.", ("ASSAULT", "192")),
    ],
)
def test_code_events_derived_layer_fills_gaps(text, expected):
    assert [(e.type, e.cameo) for e in _code(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Campaign talk and figures of speech the derived table no longer codes.
        "Sanders kicked off his campaign in Nevada on Monday.",
        "Rubio is launching his campaign for the primary in Florida.",
        "Clinton reached out to young voters in Iowa.",
        "Some states remained too close to call.",
        "The prosecutor looked crushed as she left the courtroom.",
        "Chahed signed a government decree on Friday.",
        # a retort: shots "back" with what was said
        "Trump shot back that the journalist had not been called on.",
        # rallying allies or supporters gathers them, no one protests
        "Carson suggested rallying NATO and Middle Eastern allies.",
        "Trump rallied his supporters in Ohio.",
        # a headline's label is no word of the act ("hold" a "poll" is an election held)
        "Poll: Trump and Clinton hold narrow leads in Pennsylvania.",
    ],
)
def test_code_events_figures_of_speech_are_no_events(text):
    assert [(e.type, e.source, e.target) for e in _code(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin lashed out at Turkey for shooting down a Russian jet.", ("ACCUSE", "RUS", "TUR")),
        ("The Kenyan foreign minister mocked Somalia's leaders.", ("ACCUSE", "KEN", "SOM")),
        ("Egypt brokered a truce between Israel and Hamas.", ("CONSULT", "EGY", "ISR")),
    ],
)
def test_code_events_hand_verbs(text, expected):
    event = _code(text)[0]
    assert (event.type, event.source_country, event.target_country) == expected


def test_code_events_one_attack_named_twice_is_one_event():
    # The attack's agent ("Hezbollah guerrillas") and the killing's ("Hezbollah", through the
    # attack) are one party: one event, not two.
    events = _code("An attack by Hezbollah guerrillas killed two Israeli soldiers.")
    assert [(e.type, e.source_country, e.target_country) for e in events] == [
        ("ASSAULT", "LBN", "ISR")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The attack named as the subject of "killed" is the killing: one event, with the
        # attack's manner and the place's country for want of a named doer.
        ("The Kabul bombing killed 40 people.", [("ASSAULT", "explosives", "AFG")]),
        # A "strike" that kills is no walkout.
        ("US strikes killed ten militants.", [("ASSAULT", None, "USA")]),
    ],
)
def test_code_events_an_attack_that_kills_is_told_once(text, expected):
    events = _code(text)
    assert [(e.type, e.mode, e.source_country) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A city named before the attack is where it was: its country, no state body of it.
        ("The Kabul attack killed ten soldiers.", ("AFG", None)),
        ("The Paris attacks killed 130 people.", ("FRA", None)),
        # A people's or country's name is the doer.
        ("Russian airstrikes killed ten civilians in Idlib.", ("RUS", None)),
    ],
)
def test_code_events_a_place_named_before_an_attack_is_no_doer(text, expected):
    events = _code(text)
    assert [(e.source_country, e.source_sector) for e in events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A strike that lands on a country's place or on armed targets is an armed one.
        ("Israeli strikes hit Gaza on Monday.", ("ASSAULT", "ISR", "PSE")),
        ("Strikes hit Taliban positions in Helmand.", ("ASSAULT", None, "AFG")),
        # A walkout that hits schools is still a walkout.
        ("Strikes by teachers hit schools across France.", ("PROTEST", "FRA", "FRA")),
    ],
)
def test_code_events_a_strike_that_lands_is_an_attack(text, expected):
    events = _code(text)
    assert (events[0].type, events[0].source_country, events[0].target_country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who answers an act did not do it; whose act it is does.
        ("Obama responded to Putin's threats against Ukraine.", [("THREATEN", "RUS", "UKR")]),
        # Who judges an act, or tells of it, did not do it.
        ("Israeli Prime Minister Benjamin Netanyahu found the air strike justified.", []),
        (
            "The task force released a statement saying an attack that day on an Iraqi air "
            "base housing U.S. troops caused no casualties.",
            [("ASSAULT", None, "USA")],
        ),
    ],
)
def test_code_events_who_answers_judges_or_tells_of_an_act_did_not_do_it(text, expected):
    assert [(e.type, e.source_country, e.target_country) for e in _code(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thing that "supports" something is no one's support.
        ("A UN report concluded that evidence supported his murder.", []),
        ("The data supports the Iranian government's view.", []),
        # A thing of someone's is theirs, and people named by a plural are people.
        ("The French move supports Ukraine.", [("SUPPORT", "FRA", "UKR")]),
        ("Conservatives still praise Gorbachev.", [("SUPPORT", None, "RUS")]),
        # What a charter forbids is a standing rule, not an act; a ban imposed is one.
        ("Interpol's constitution prohibits any intervention of a political character.", []),
        ("Russia banned the group in 2017.", [("COERCE", "RUS", None)]),
    ],
)
def test_code_events_a_thing_or_a_rule_of_no_one_is_no_act(text, expected):
    assert [(e.type, e.source_country, e.target_country) for e in _code(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # What is talked of, asked or supposed is not told as done.
        '"He is talking about banning all Muslims from coming to America," Clinton said.',
        "Whether Cruz will be invited to campaign in swing-state races is less clear.",
        "Reporters asked whether Russia had attacked Ukraine.",
        '"If we were to start bombing recklessly, that would not help us," Clarke said.',
        # Interviews accepted and endorsements locked up are no agreement and no detention.
        "Clinton had accepted interviews with ABC News, MSNBC and CNN.",
        "Clinton locked up the nomination in June.",
        # "They" in one person's words is not that person.
        '"They attack us because they disagree with our foreign policy," Colin Clarke said.',
        # Figures of speech: the spotlight occupied, God thanked.
        "While Warren and Biden have occupied the spotlight, others kept a low profile.",
        'Silverman responded, "Thank God they can fix this."',
        # A fight for people serves them; a cut in time kills no one.
        '"She will fight for the American people and their families," he said.',
        "She cut down the prep time.",
        # A conference call with the press is an interview, no request and no consultation.
        '"Who is the real con man here?" said Murphy on a conference call with reporters.',
        # A sector word before a thing makes no party of it.
        '"Homegrown attacks are a byproduct of military success," he said.',
        "That could mean having security clearance revoked.",
    ],
)
def test_code_events_no_act_is_told(text):
    assert [
        (e.type, e.source, e.target) for e in _code(text) if not (e.negated or e.hypothetical)
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two sides that clash fight each other; two that attack a third do not.
        ("Indian and Pakistani troops clashed on the border.", {("IND", "PAK"), ("PAK", "IND")}),
        ("US and British forces attacked the town.", {("USA", None), ("GBR", None)}),
    ],
)
def test_code_events_fighting_is_mutual_only_as_a_clash(text, expected):
    events = _code(text)
    assert {e.type for e in events} == {"ASSAULT"}
    assert {(e.source_country, e.target_country) for e in events} == expected


@pytest.mark.parametrize(
    "text",
    [
        # What an offer or a request is about, or would move, is no party to it.
        "Iran's President announced a new security initiative for the Persian Gulf.",
        "Rouhani said foreign powers must not send weapons and fighter jets to the region.",
    ],
)
def test_code_events_a_topic_or_a_machine_is_no_target(text):
    assert [e.target for e in _code(text) if e.target] == []


def test_code_events_a_hijacked_account_is_a_cyber_attack():
    events = _code("Syrian hackers hijacked the Associated Press Twitter account.")
    assert [(e.type, e.mode, e.source_country) for e in events] == [("COERCE", "cyber", "SYR")]


@pytest.mark.parametrize(
    "text",
    [
        "Trump took to Twitter on Wednesday to continue his verbal assault on Hillary Clinton.",
        "Rep. Gwen Graham on Friday pummeled Donald Trump as divisive.",
    ],
)
def test_code_events_words_of_violence_for_words_criticise(text):
    assert [(e.type, e.mode) for e in _code(text)] == [("ACCUSE", "disapprove")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Politicians attacking each other, or someone's record, criticise.
        ("Senator Elizabeth Warren attacked Donald Trump on Monday.", "ACCUSE"),
        ("Republicans attacked her record as secretary of state.", "ACCUSE"),
        ("His attack on her qualifications angered the Clinton campaign.", "ACCUSE"),
        # an attack on someone's record, words or standing, whoever made it
        ("The attacks on Senator Kerry's military reputation were famously tough.", "ACCUSE"),
        ("The group launched attacks on the senator's record.", "ACCUSE"),
        ("Senator Rubio fired back at Governor Christie over the state's credit rating.", "ACCUSE"),
        # A politician's allies, or someone's followers attacked, are in it too.
        ("Warren allies attacked Senator Joe Manchin over the vote.", "ACCUSE"),
        ("Senator Joe Manchin attacked Warren supporters over the vote.", "ACCUSE"),
        # With a weapon, or by armed men, it is violence; so is a crowd of supporters at it.
        ("A man attacked Mayor Pawel Adamowicz with a knife in Gdansk.", "ASSAULT"),
        ("Gunmen attacked Governor Ali Khan in Peshawar.", "ASSAULT"),
        ("Militants attacked the army's positions near the border.", "ASSAULT"),
        ("Rebels fired at the convoy of Governor Ali Khan in Peshawar.", "ASSAULT"),
        ("Supporters of Senator Warren clashed with protesters outside the hall.", "ASSAULT"),
        ("Bolsonaro supporters attacked a reporter outside the palace.", "ASSAULT"),
    ],
)
def test_code_events_a_war_of_words_is_no_assault(text, expected):
    assert _code(text)[0].type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republicans on Capitol Hill seized on the message.", set()),
        ("Police seized two tons of cocaine on a ship.", {"COERCE"}),
        ("Cruz's team executed this flawlessly.", set()),
        ("Saudi Arabia executed 37 men on Tuesday.", {"ASSAULT"}),
        ("The Sierra Club spent $6 million attacking Senator Ted Cruz.", {"ACCUSE"}),
        ("Senator Elizabeth Warren beat Senator Scott Brown in 2012.", set()),
        ("Klobuchar beat Senator Sanders in Minnesota.", set()),
        ("She finished third, nearly beating Senator Sanders for second.", set()),
        ("Unknown men beat journalist Ahmed Hassan in Cairo.", {"ASSAULT"}),
        ("Police beat opposition leader Morgan Tsvangirai in Harare.", {"ASSAULT"}),
    ],
)
def test_code_events_figures_of_political_speech(text, expected):
    assert {e.type for e in _code(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Griffith was beaten in the Republican primary in 2010 by Morris Brooks.",
        "Obama's political battles with Congress have worked to squelch dissent.",
        "Clinton fought off another challenge from Bernie Sanders.",
        # a battle or clash between candidates, or with the press, and a win by a wide margin
        "Senator Warren's long battle with Senator Sanders is on again.",
        "Senator Warren clashed with Fox News anchor Megyn Kelly in the debate.",
        "Senator Sanders whipped Senator Clinton among young voters in New Hampshire.",
        # with no one named on one side
        "The senator eked out a narrow win after a hotly fought battle with Senator Sanders.",
    ],
)
def test_code_events_election_contests_are_no_assault(text):
    assert "ASSAULT" not in {e.type for e in _code(text)}


@pytest.mark.parametrize(
    "text",
    ["The battle with the Taliban continued in Helmand.",
     "A battle with police left three protesters dead."],
)  # fmt: skip
def test_code_events_a_battle_with_armed_men_stays_an_assault(text):
    assert "ASSAULT" in {e.type for e in _code(text)}


@pytest.mark.parametrize(
    "text",
    [
        # A question asked is no request.
        '"Why would we do that?" Mr. Manafort asked.',
        "Google asked potential employees brain-teaser questions.",
        # "you" under a condition is anyone.
        "If you work overtime, you should get paid for working overtime, Biden said.",
        # Appealing to someone as being liked by them.
        "The new show is meant to appeal to Generation Xers and millennials alike.",
        "A populist platform is massively appealing to young voters.",
        # ... or a candidate who appeals to voters now (the tagger may take the verb for a
        # noun after the name)
        "Senator Cruz appeals to Reagan Democrats.",
        "She thinks Mayor Adams appeals to some of her members.",
        # Asking someone if, or asking someone with nothing asked for, is a question.
        "The senator asked workers if they planned to attend the caucuses.",
        "Todd asked the real estate mogul.",
        # How widely one is liked, and a candidate's pitch to voters
        "It is harder for Senator Cruz to broaden his appeal in the South.",
        "He has been able to appeal to a certain group of voters who feel left out.",
    ],
)
def test_code_events_questions_and_attractions_are_no_requests(text):
    assert "REQUEST" not in {e.type for e in _code(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What people told a poll is no act of theirs ...
        ("Exit polls found that most Republican voters support a ban on new mosques.", set()),
        ("A new survey shows older women backed Senator Warren by a wide margin.", set()),
        ("In the poll, 63 percent of Americans want the Senate to hold hearings.", set()),
        # ... but a named party's act in a sentence about polls is still one, and so is a
        # vote with no poll in it
        ("Senator Warren endorsed Senator Sanders as polls closed in Iowa.", {"SUPPORT"}),
        ("Swiss voters rejected the government's initiative on Sunday.", {"REJECT"}),
        (
            "The council, which represents nurses and teachers, voted to endorse Senator Warren "
            "after polling its members.",
            {"SUPPORT"},
        ),
    ],
)
def test_code_events_views_told_to_a_poll_are_no_events(text, expected):
    assert {e.type for e in _code(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya asked Uganda to withdraw its troops.",
        "The refugees are appealing to the government for help.",
        "You should resign, the protesters told the minister.",
        "Kenya appeals to the UN to send peacekeepers.",
        "If elected, she would ask Senator Biden to lead the commission.",
        "A steward asked people in the hall to stand if they agreed with the motion.",
        "Kenya asked Uganda as a personal courtesy not to send any more troops.",
    ],
)
def test_code_events_requests_stay_requests(text):
    assert "REQUEST" in {e.type for e in _code(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two who met in a country met each other there, not that country.
        ("Putin and Erdogan met in Turkey on Monday.", {("RUS", "TUR"), ("TUR", "RUS")}),
        ("Kerry held talks in Iran on Monday.", {("USA", "IRN")}),
        # A trip with no traveller named, and talking to the press, meet no one.
        ("On a trip to coal country in West Virginia, I found myself in Dingess.", set()),
        ("The Kenyan president met with reporters in Nairobi.", set()),
    ],
)
def test_code_events_who_meets_whom(text, expected):
    events = [e for e in _code(text) if e.type == "CONSULT"]
    assert {(e.source_country, e.target_country) for e in events} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The State Department released a June 2011 email exchange.", set()),
        ("Courts are still ordering the release of emails from her top aides.", set()),
        ("Iran released two British sailors on Friday.", {"RETREAT"}),
    ],
)
def test_code_events_releasing_papers_frees_no_one(text, expected):
    assert {e.type for e in _code(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Brainard declined to be interviewed for this article.", set()),
        ("A spokesman declined to say whether he was still on retainer.", set()),
        ("Trump listed an NBC show as his guilty pleasure.", set()),
        ("Israel declined to attend the conference.", {"REJECT"}),
        ("Iran refused to release the British sailors.", {"REJECT"}),
        ("The Taliban have long refused direct talks with the Afghan government.", {"REJECT"}),
        # Refusing to discuss is refusing to negotiate (CAMEO 125).
        ("Iran refused to discuss its missile program.", {"REJECT"}),
    ],
)
def test_code_events_declining_to_talk_rejects_nothing(text, expected):
    assert {e.type for e in _code(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found on NGEC's development stories: what the rules for political talk must not catch.
        ("Amaq said that ISIS militants executed the suicide bombers.", {"ASSAULT"}),
        ("The Israeli military used an F-16 to attack Hamas positions on Tuesday.", {"ASSAULT"}),
        ("The ANC carried out attacks against the government of Robert Mugabe.", {"ASSAULT"}),
        ("The PKK has been fighting an armed campaign against Turkish forces.", {"ASSAULT"}),
        ("Ruth Bader Ginsburg had a heart attack.", set()),
        ("The army crushed peaceful protests in the capital with tanks.", {"COERCE"}),
    ],
)
def test_code_events_conflict_words_stay_conflict(text, expected):
    assert {e.type for e in _code(text)} == expected


def test_code_events_a_vow_of_two_is_no_pact_between_them():
    events = _code("Egypt and Jordan vowed to hold free elections.")
    assert {(e.source_country, e.target_country) for e in events} == {("EGY", None), ("JOR", None)}
    events = _code("India and Pakistan agreed to resume talks.")
    assert {(e.source_country, e.target_country) for e in events} == {
        ("IND", "PAK"),
        ("PAK", "IND"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Since then, the court has been accepting cases in uncontroversial areas.",
        "Mrs. Clinton offers messages about stability.",
    ],
)
def test_code_events_accepting_cases_and_offering_words_are_no_agreements(text):
    assert _code(text) == ()


def test_code_events_an_attack_in_a_time_phrase_is_not_by_the_clauses_subject():
    events = _code("After the bombing of the embassy, the ambassador left Kenya.")
    assert [(e.type, e.source) for e in events] == [("ASSAULT", None)]
    # (But an act in a time clause has that clause's doer.)
    events = _code("The talks collapsed after Turkish troops shelled Kurdish villages.")
    assert [(e.type, e.source_country) for e in events] == [("ASSAULT", "TUR")]


def test_code_events_rocket_strike_is_an_attack_with_heavy_weapons():
    events = _code("A rocket strike by Hezbollah guerrillas killed two Israeli soldiers.")
    assert ("ASSAULT", "heavy-weapons", "LBN", "ISR") in {
        (e.type, e.mode, e.source_country, e.target_country) for e in events
    }


def test_code_events_light_verb_defers_to_its_event_noun():
    # "launch" + object is a derived pattern; the hand lexicon's noun says what happened.
    events = _code("Qatar launched a mediation effort between Egypt and Turkey.")
    assert {e.type for e in events} == {"CONSULT"}


def test_code_events_derived_layer_yields_to_a_hand_event_in_the_sentence():
    events = _code("Sudanese troops attacked the town and hijacked a Kenyan truck.")
    assert {e.type for e in events} == {"ASSAULT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Passives: the subject is what is acted on.
        ("Two Russian diplomats were expelled from Estonia on Friday.", ("SANCTION", "166")),
        ("A shipment of Chinese rice was delivered to North Korea.", ("AID", "073")),
        # The object's "of" phrase names it.
        ("Bahrain lifted the state of emergency imposed in March.", ("CONCEDE", "081")),
        # An accusation inside reported speech: the speaker accuses the clause's subject.
        ("A Chinese spokesman said Washington was interfering in China's affairs.", ("ACCUSE", "112")),
        # A scheduled act is an intention (PLOVER: AGREE, CAMEO 036).
        ("The French president is due to visit Nigeria later this year.", ("AGREE", "036")),
        ("A suicide bomber blew himself up at a mosque in Pakistan.", ("ASSAULT", "183")),
        ("Germany gave 50 million euros in aid to Ukrainian refugees.", ("AID", "071")),
    ],
)  # fmt: skip
def test_code_events_passives_nominals_and_reported_speech(text, expected):
    assert [(e.type, e.cameo) for e in _code(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan parliament will debate the budget next week.",
        "Japanese exports rose sharply in March, the finance ministry said.",
        "Oil prices rose on Monday in London.",
    ],
)
def test_code_events_no_event_in_sentences_without_one(text):
    assert _code(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A purpose clause mentions an event; the main clause reports one.
        ("Iraq opened the border crossing to allow the delivery of food to Syria.", {"RETREAT"}),
        ("Kenyan opposition supporters rallied in Nairobi, saying the president must resign.",
         {"PROTEST"}),
        # Conjoined main clauses are both reported.
        ("Chile condemned the coup in Peru and recalled its ambassador from Lima.",
         {"ACCUSE", "SANCTION"}),
    ],
)  # fmt: skip
def test_code_events_main_clause_wins_over_subordinate_phrases(text, expected):
    assert {e.type for e in _code(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan interior ministry released a statement on Monday.",
        "The Brazilian government is fighting corruption in the police.",
        "The finance minister committed a serious error in the budget.",
        "Indonesia met its deficit target this year.",
        "Russia seeks to expand its influence in Africa.",
        "The Kenyan president dismissed the interior minister on Monday.",
        "The new Nigerian president was sworn in on Saturday.",
        "The Egyptian foreign ministry declined to comment on the report.",
        "Iran insisted that its nuclear programme was peaceful.",
        "The Ghanaian government contributed to the decline of the cedi.",
        "The Australian prime minister appointed a new finance minister.",
        "The Indian government released its annual budget on Friday.",
        "The Russian defence ministry held a press conference in Moscow.",
        "The Sri Lankan government held local elections on Saturday.",
        "Colombia's president visited flood-hit areas in the north.",
    ],
)
def test_code_events_verbs_whose_object_makes_them_no_event(text):
    assert _code(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara and Baghdad struck a deal on water sharing.", "AGREE"),
        ("Jordan hosts more than a million Syrian refugees.", "AID"),
        ("Arab states rallied behind Egypt in its dispute with Ethiopia.", "SUPPORT"),
    ],
)
def test_code_events_figurative_senses_have_their_own_pattern(text, expected):
    assert {e.type for e in _code(text)} == {expected}


def test_code_events_second_verb_of_a_reported_clause_is_part_of_the_report():
    events = _code(
        "Rwanda charged that Burundian troops had crossed the border and attacked a village."
    )
    assert {e.type for e in events} == {"ACCUSE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event noun that is the subject of a passive trigger is what that trigger acts on.
        ("Iran's demand for the release of its diplomats was rejected by Germany.", {"REJECT"}),
        ("Egypt's offer to mediate was welcomed by the African Union.", {"SUPPORT"}),
        # ... and it names the act when the verb is a light one.
        ("A ceasefire between Israel and Hamas was signed in Cairo on Thursday.", {"CONCEDE"}),
    ],
)
def test_code_events_passive_with_an_event_noun_subject(text, expected):
    assert {e.type for e in _code(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # A possibility, reported or not, and a modal on the verb the act depends on.
        "Analysts said Iran could face new sanctions if it failed to comply.",
        "If the talks fail, the rebels might resume fighting.",
    ],
)
def test_code_events_possibilities_are_hypothetical(text):
    events = _code(text)
    assert events and all(e.hypothetical for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia pledged not to use force against Georgia.", "AGREE"),
        ("Amnesty International said Israeli forces had used excessive force against "
         "Palestinian demonstrators.", "ACCUSE"),
    ],
)  # fmt: skip
def test_code_events_negated_and_reported_acts_inside_other_acts(text, expected):
    assert {e.type for e in _code(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nigerian senate summoned the defence minister to explain the army's conduct.",
         "REQUEST"),
        ("Bolivia's president challenged Chile to negotiate access to the sea.", "REQUEST"),
        ("Baghdad brushed aside the U.S. demand for unfettered inspections.", "REJECT"),
    ],
)  # fmt: skip
def test_code_events_requests_and_refusals_in_other_words(text, expected):
    assert {e.type for e in _code(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea allowed IAEA inspectors to return to Yongbyon.", "RETREAT"),
        ("India moved additional divisions to the Pakistani border.", "MOBILIZE"),
        ("The World Bank halted loans to Kenya over corruption.", "SANCTION"),
        ("The Commonwealth suspended Fiji after the coup.", "SANCTION"),
        ("Zimbabwean authorities expelled a BBC correspondent.", "COERCE"),
        ("Hutu militiamen hacked to death 30 Tutsi refugees in eastern Zaire.", "ASSAULT"),
        ("Pakistan's prime minister announced his readiness to hold talks with India.", "AGREE"),
        ("Kenya recalled its high commissioner to Britain for consultations.", "SANCTION"),
    ],
)
def test_code_events_objects_of_control_verbs_and_military_units(text, expected):
    assert {e.type for e in _code(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A warning of what one will do is a threat; a forecast is no event.
        ("Iran warned that it would retaliate against any attack on its nuclear sites.",
         {"THREATEN"}),
        ("Hezbollah warned Israel it would strike Tel Aviv if Beirut was bombed.", {"THREATEN"}),
        ("The IMF warned that growth in Africa would slow next year.", set()),
    ],
)  # fmt: skip
def test_code_events_warnings(text, expected):
    assert {e.type for e in _code(text) if not e.hypothetical} == expected


def test_code_events_what_a_speaker_says_they_could_do_is_a_threat():
    events = _code("Iran said it could close the Strait of Hormuz if it was attacked.")
    assert [(e.type, e.hypothetical) for e in events] == [("THREATEN", False)]
