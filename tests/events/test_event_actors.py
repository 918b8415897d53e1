"""Event actors: who a noun phrase names, with country and sector (sentences written for
these tests, none from the gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from coded import events_of as _events


def _pairs(text):
    return [(e.source_country, e.target_country) for e in _events(text)]


def test_office_holder_named_without_country_is_of_their_country():
    # Without the table the source would take the only country the sentence names.
    assert _pairs("President Mubarak sharply criticized Libya on Tuesday.")[0] == ("EGY", "LBY")


def test_international_official_is_no_country():
    (event, *_) = _events("Kofi Annan condemned the attack on Lebanon.")
    assert (event.source_country, event.source_sector) == (None, "IGO")


def test_armed_group_is_of_its_country():
    (event, *_) = _events("Hezbollah fighters attacked an army post on Sunday.")
    assert (event.source_country, event.source_sector) == ("LBN", "REB")


def test_group_based_in_a_country_is_named_as_the_group_not_the_country():
    (event, *_) = _events("The Yemen-based Houthi movement attacked Saudi oil facilities.")
    assert (event.source, event.source_id, event.source_country, event.source_sector) == (
        "Yemen-based Houthi movement",
        None,
        "YEM",
        "REB",
    )


def test_parties_of_several_countries_are_named_each_with_its_country():
    events = _events("Iran has increased cooperation with the navies of China and India.")
    assert [(e.target, e.target_id, e.target_country) for e in events] == [
        ("navies (China)", None, "CHN"),
        ("navies (India)", None, "IND"),
    ]


def test_protest_at_home_is_by_its_people_toward_their_state_named_as_the_country():
    (event, *_) = _events("Riots broke out in Dakar on Monday.")
    assert (event.source, event.source_sector, event.target, event.target_sector) == (
        "Dakar",
        "CVL",
        "Senegal",
        "GOV",
    )


def test_international_militant_group_has_no_country():
    (event, *_) = _events("Al-Qaeda threatened to attack France.")
    assert (event.source_country, event.source_sector, event.target_country) == (
        None,
        "IMG",
        "FRA",
    )


def test_generic_group_words_name_no_group():
    from parley.events.actors import armed_groups

    groups = armed_groups()
    assert "hamas" in groups and "taliban" in groups
    assert "islamic jihad" not in groups  # several groups' name
    assert "youth" not in groups and "direct action" not in groups


def test_city_gives_its_country():
    (event, *_) = _events("Rebels shelled Kandahar on Sunday.")
    assert event.target_country == "AFG"


def test_target_from_a_purpose_clause():
    (event, *_) = _events(
        "Greek farmers began a hunger strike to protest against Italy's decision."
    )
    assert (event.source_country, event.type, event.target_country) == ("GRC", "PROTEST", "ITA")


def test_target_from_a_preposition_of_the_governed_clause():
    (event, *_) = _events("Egypt has offered to hand over to Sudan three wanted men.")
    assert (event.source_country, event.target_country) == ("EGY", "SDN")


def test_agent_of_an_object_act_and_conjoined_objects():
    (event, *_) = _events("Chadian troops fired mortars and rockets against Sudanese rebel camps.")
    assert (event.source_country, event.target_country) == ("TCD", "SDN")


def test_civilians_facing_a_state_force_are_domestic():
    # The sentence also names Syria; the students are still Kenyan.
    (event, *_) = _events(
        "Kenyan police prevented a march staged by students against the war in Syria."
    )
    assert (event.source_country, event.target_country, event.target_sector) == (
        "KEN",
        "KEN",
        "CVL",
    )


def test_target_inside_a_prepositional_object():
    (event, *_) = _events("Uganda has reneged on its commitment to the Somali government.")
    assert (event.source_country, event.target_country) == ("UGA", "SOM")


def test_ethnic_minority_is_of_the_country_it_lives_in():
    (event, *_) = _events("Georgian police arrested ten ethnic Armenians on Friday.")
    assert (event.source_country, event.target_country) == ("GEO", "GEO")


def test_body_of_many_countries_is_international():
    (event, *_) = _events("The Pan-African Lawyers Union condemned the arrests in Uganda.")
    assert (event.source_country, event.source_sector) == (None, "IGO")
    (event, *_) = _events("The Kenyan Lawyers Union condemned the arrests in Uganda.")
    assert event.source_country == "KEN"


def test_international_body_from_the_derived_table():
    (event, *_) = _events("The Andean Community criticized Peru on Monday.")
    assert (event.source_country, event.source_sector, event.target_country) == (
        None,
        "IGO",
        "PER",
    )


def test_lower_case_words_name_no_body():
    (event, *_) = _events("An aid group in Kenya criticized Somalia on Monday.")
    assert event.source_sector != "NGO"


def test_engaged_in_is_active():
    (event, *_) = _events("Croatian forces were engaged in heavy fighting against Bosnian troops.")
    assert (event.source_country, event.target_country) == ("HRV", "BIH")


def test_target_is_the_subject_of_a_demanded_clause():
    (event, *_) = _events(
        "The rebel movement insisted on its demands that Uganda's government free all prisoners."
    )
    assert (event.type, event.target_country, event.target_sector) == ("REQUEST", "UGA", "GOV")


def test_city_named_like_a_capital_is_in_the_country_the_sentence_names():
    (event, *_) = _events("Syrian troops shelled Tripoli, the main port of northern Lebanon.")
    assert event.target_country == "LBN"
    (event, *_) = _events("American jets bombed Tripoli on Tuesday.")
    assert event.target_country == "LBY"


def test_old_and_singular_names_of_peoples_and_places():
    (event, *_) = _events("The Knesset condemned the attack in Rangoon.")
    assert (event.source_country, event.source_sector, event.target_country) == (
        "ISR",
        "LEG",
        "MMR",
    )


def test_act_as_clause_subject_belongs_to_the_speaker():
    events = _events("Japanese officials said that lifting the embargo on Cuba was impossible.")
    assert events and events[0].source_country == "JPN"


def test_non_state_actor_with_no_target_acts_toward_its_state():
    (event, *_) = _events("Thousands of Chilean students went on strike on Monday.")
    assert (event.source_country, event.source_sector) == ("CHL", "CVL")
    assert (event.target_country, event.target_sector) == ("CHL", "GOV")


def test_state_actor_with_no_target_gets_none():
    (event, *_) = _events("The Chilean army deployed tanks on Monday.")
    assert (event.source_country, event.target_country) == ("CHL", None)


def test_demonym_before_the_head_beats_a_place_after_it():
    (event, *_) = _events("Greek troops attacked Turkish villagers in Cyprus.")
    assert (event.source_country, event.target_country) == ("GRC", "TUR")


def test_people_of_a_place_live_there():
    (event, *_) = _events("The Hungarians of southern Slovakia demanded autonomy from Bratislava.")
    assert event.source_country == "SVK"


def test_little_known_office_holder_counts_with_a_title():
    (event, *_) = _events("Minister Moody Awori accused Uganda of smuggling.")
    assert event.source_country == "KEN"
    (event, *_) = _events("On Monday, Vice-President Moody Awori accused Uganda of smuggling.")
    assert event.source_country == "KEN"


def test_member_of_congress_named_in_full_is_a_us_legislator():
    day = dt.date(2019, 6, 1)
    (event, *_) = _events("Ted Cruz urged Venezuela to free the prisoners.", day)
    assert (event.source_country, event.source_sector) == ("USA", "LEG")
    # A representative's name counts with a title beside it.
    (event, *_) = _events("Rep. Ilhan Omar criticized Saudi Arabia over the killing.", day)
    assert (event.source_country, event.source_sector) == ("USA", "LEG")


def test_sector_of_a_people_and_of_a_named_group():
    (event, *_) = _events("Thousands of Nigerians marched through Lagos on Monday.")
    assert (event.source_country, event.source_sector) == ("NGA", "CVL")
    (event, *_) = _events("Israeli jets bombed Hamas positions on Monday.")
    assert (event.target_country, event.target_sector) == ("PSE", "REB")


def test_a_groups_place_is_the_group_not_where_it_stands():
    (event, *_) = _events("Indian troops raided a militant hideout near the Pakistani border.")
    assert (event.source_country, event.target_country, event.target_sector) == (
        "IND",
        "IND",
        "REB",
    )


def test_leader_the_recogniser_takes_for_a_people_is_still_a_leader():
    (event, *_) = _events("Museveni accused Kabila of backing the rebels.")
    assert (event.source_country, event.target_country) == ("UGA", "COD")


def test_city_venue_of_a_compound_source_is_no_party():
    events = _events("Kenyan and Ugandan officials signed a border agreement in Nairobi.")
    pairs = {(e.source_country, e.target_country) for e in events}
    assert pairs == {("KEN", "UGA"), ("UGA", "KEN")}


def test_attackers_are_armed_non_state_actors():
    (event, *_) = _events("A suicide bomber killed 12 people at a market in Baghdad.")
    assert (event.source_country, event.source_sector) == ("IRQ", "REB")


def test_sector_of_a_generic_head_comes_from_whose_it_is():
    (event, *_) = _events("Opposition leader Morgan Tsvangirai was arrested by Zimbabwean police.")
    assert (event.target_country, event.target_sector) == ("ZWE", "OPP")
    (event, *_) = _events("Rebel leaders rejected the Ugandan peace plan.")
    assert event.source_sector == "REB"


def test_sector_from_the_office_when_the_text_gives_the_country():
    (event, *_) = _events("Egypt's Mubarak held talks with the Jordanian foreign minister.")
    assert (event.source_country, event.source_sector) == ("EGY", "GOV")


def test_protest_outside_an_embassy_targets_its_country():
    (event, *_) = _events("Hundreds of Bangladeshi workers protested outside the Saudi embassy.")
    assert (event.source_country, event.target_country) == ("BGD", "SAU")


def test_a_numbered_modifier_is_no_party():
    (event, *_) = _events("North Korea threatened to boycott the six-party talks.")
    assert event.target_sector != "PTY"


def test_spokesman_of_a_named_group_is_of_the_group():
    (event, *_) = _events("A Hamas spokesman rejected the Egyptian proposal.")
    assert (event.source_country, event.source_sector) == ("PSE", "REB")


def test_warplanes_are_military():
    (event, *_) = _events("Turkish warplanes bombed rebel positions in northern Iraq.")
    assert (event.source_country, event.source_sector) == ("TUR", "MIL")


def test_a_crowd_counted_alone_is_people():
    (event, *_) = _events("Thousands marched in Belgrade demanding the government's resignation.")
    assert (event.source_country, event.source_sector) == ("SRB", "CVL")


def test_greek_cypriots_are_of_cyprus():
    (event, *_) = _events("Greek Cypriots rejected the U.N. reunification plan.")
    assert event.source_country == "CYP"


def test_act_received_from_someone_is_theirs():
    events = _events("The Israeli raid on Gaza drew condemnation from Egypt.")
    assert ("EGY", "ACCUSE", "ISR") in {
        (e.source_country, e.type, e.target_country) for e in events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ted Cruz received the endorsement of Governor Mike Pence on Friday.",
            ("Mike Pence", "SUPPORT", "Ted Cruz"),
        ),
        ("Clinton won the backing of the largest union.", ("largest union", "SUPPORT", "Clinton")),
        ("Kasich has won newspaper endorsements.", ("newspaper", "SUPPORT", "Kasich")),
        ("Cruz received Pence's endorsement on Friday.", ("Pence", "SUPPORT", "Cruz")),
    ],
)
def test_act_one_gets_is_the_givers(text, expected):
    assert [(e.source, e.type, e.target) for e in _events(text)] == [expected]


def test_aid_one_gets_to_others_is_given():
    (event,) = _events("Hassan worked to get assistance to low-income residents.")
    assert (event.source, event.type, event.target) == ("Hassan", "AID", "low-income residents")


def test_release_one_secures_frees_the_released():
    (event,) = _events("Qatar secured the release of two Kenyan hostages.")
    assert (event.source, event.type, event.target) == ("Qatar", "RETREAT", "two Kenyan hostages")


def test_target_inside_a_passive_subject_act():
    (event, *_) = _events("Aid to North Korea was suspended by South Korea.")
    assert (event.source_country, event.target_country) == ("KOR", "PRK")


def test_state_or_province_gives_its_country():
    (event, *_) = _events("Sheriff's deputies in Nebraska arrested twelve protesters on Friday.")
    assert (event.type, event.source_country, event.target_country) == ("COERCE", "USA", "USA")
    (event, *_) = _events("The Manitoba government condemned the railway strike.")
    assert event.source_country == "CAN"


def test_a_person_named_like_a_state_is_no_national_of_it():
    (event, *_) = _events("Miranda Hollis criticised the mayor on Monday.")
    assert event.source_country is None  # Miranda is a Venezuelan state too


def test_sitting_leader_taken_for_an_organisation_is_of_their_country():
    import dataclasses
    import datetime as dt

    from parley.actors import build_entities
    from parley.config import DEFAULT_MODEL
    from parley.events.actors import ActorReader
    from parley.nlp import parse

    (doc,) = parse(["Macron has rejected the union's demands."], DEFAULT_MODEL)
    entities = tuple(dataclasses.replace(e, type="ORG") for e in build_entities(doc))
    in_office = ActorReader(doc, entities, published=dt.date(2020, 6, 1)).read(doc[0])
    assert in_office is not None and (in_office.country, in_office.sector) == ("FRA", "GOV")
    # Before he took office the bare name is more likely a company's or anyone's.
    before = ActorReader(doc, entities, published=dt.date(2010, 6, 1)).read(doc[0])
    assert before is None or before.country is None


def test_title_of_one_states_office_names_the_country():
    (event, *_) = _events("Senate Majority Whip Harold Brenner criticized the trade deal.")
    assert (event.source_country, event.source_sector) == ("USA", "LEG")
    # A title shared by two names, and a party word before a title many states use.
    events = _events("Representatives Ann Corliss and Tom Wexley accused the agency of lying.")
    assert {e.source_country for e in events} == {"USA"}
    (event, *_) = _events("Republican Senator Dale Hutton condemned the ruling.")
    assert event.source_country == "USA"
    (event, *_) = _events("Taoiseach Fiona Daly praised the agreement.")
    assert event.source_country == "IRL"


def test_title_many_states_use_names_no_country():
    (event, *_) = _events("Senator Harold Brenner criticized the trade deal.")
    assert event.source_country is None
    # The text's own country comes first.
    (event, *_) = _events("Philippine Representative Ana Cruz criticized the trade deal.")
    assert event.source_country == "PHL"


def test_named_person_takes_the_body_of_their_apposed_role():
    # Without the role the speaker would take the only country the sentence names.
    (event, *_) = _events(
        "Karim Haddad, a spokesman for the Popular Mobilization Forces, blamed Israel for the "
        "blast."
    )
    assert (event.source_country, event.target_country) == ("IRQ", "ISR")
    (event, *_) = _events("Maria Lopes, a spokeswoman for the United Nations, condemned Kenya.")
    assert (event.source_country, event.source_sector) == (None, "IGO")


def test_state_news_agency_is_of_its_country():
    (event, *_) = _events("IRNA accused Britain of piracy.")
    assert (event.source_country, event.source_sector, event.target_country) == (
        "IRN",
        "MED",
        "GBR",
    )
    (event, *_) = _events("The Korean Central News Agency accused Japan of lying.")
    assert event.source_country == "PRK"  # not the South's, which "Korean" may name


def test_passive_killing_in_a_strike_is_by_whose_strike_it_was():
    (event, *_) = _events("The rebel commander was killed in a French airstrike on Sunday.")
    assert (event.type, event.source_country) == ("ASSAULT", "FRA")
    (event, *_) = _events("Two guards were wounded in a Hezbollah rocket attack.")
    assert (event.source_country, event.source_sector) == ("LBN", "REB")
    # A strike whose side the text does not tell names no one.
    events = _events("Two guards were killed in a rocket attack on Sunday.")
    assert all(e.source_country is None for e in events)


def test_possessor_named_as_target_is_named_without_the_possessive():
    (event, *_) = _events("The court rejected the Prime Minister’s advice.")
    assert (event.target, event.target_sector) == ("Prime Minister", "GOV")


def _article_events(text):
    import parley

    article = parley.analyze(text, published="2019-03-13")
    return [e for e in article.events if not e.negated and not e.hypothetical]


def test_a_sentence_naming_no_country_is_of_the_country_the_article_is_about():
    events = _article_events(
        "British Prime Minister Theresa May met her cabinet in London on Monday. Ministers in "
        "the United Kingdom want a deal with the European Union before the end of March. "
        "Parliament rejected the deal on Tuesday by 391 votes to 242."
    )
    rejection = next(e for e in events if e.type == "REJECT")
    assert (rejection.source, rejection.source_country, rejection.source_sector) == (
        "Parliament", "GBR", "LEG",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany met in Paris on Monday. Germany and France want a deal with Italy. "
        "Parliament rejected the deal on Tuesday by 391 votes to 242.",
        # Named in three sentences against two: no clear lead, a story between two countries.
        "British ministers met in London on Monday. The United Kingdom wants a deal with the "
        "United States. American officials went to Washington. The UK team stayed in "
        "Washington on Tuesday. Parliament rejected the deal on Wednesday by 391 votes to 242.",
    ],
)
def test_no_country_is_taken_when_none_clearly_leads_the_article(text):
    rejection = next(e for e in _article_events(text) if e.type == "REJECT")
    assert rejection.source_country is None


def test_in_an_article_about_one_country_a_person_facing_its_people_is_of_it():
    events = _article_events(
        "Protests continued in Washington, D.C. on Sunday. The White House said the United "
        "States would send more federal agents. President Donald Trump lashed out at Mayor "
        "Muriel Bowser on Twitter, accusing her of not doing her job."
    )
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert (accusation.target, accusation.target_country) == ("Muriel Bowser", "USA")


def test_the_article_country_makes_no_private_probe_political():
    events = _article_events(
        "The comedy festival opened in Los Angeles, California on Friday. Its hosts, "
        "comedians from the United States, answered questions for an hour. Fans in the "
        "audience probed Tim Heidecker about his comedic background."
    )
    assert not any(e.type == "ACCUSE" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where words were published is no party to them, and an attack made there is words.
        ("Trump attacked Obama on Twitter.", ("ACCUSE", "Obama")),
        ("Ukraine's president denounced Russia on Facebook on Monday.", ("ACCUSE", "Russia")),
        # A broadcaster's building is a target like any other.
        ("Russian forces attacked the television tower in Kyiv.", ("ASSAULT", "television tower")),
    ],
)
def test_a_medium_is_no_target_and_an_attack_on_it_is_words(text, expected):
    (event, *_) = _events(text)
    assert (event.type, event.target) == expected


@pytest.mark.parametrize(
    "group", ["African leaders", "World leaders", "Western diplomats", "Leaders around the world"]
)
def test_a_group_of_many_countries_takes_no_country_of_the_article(group):
    events = _article_events(
        "Nigeria signed the trade pact in Niamey on Sunday. Nigeria had delayed joining for a "
        f"year, and Nigerian officials said the deal would help. {group} praised Nigeria."
    )
    praise = next(e for e in events if e.type == "SUPPORT" and e.source == group)
    assert (praise.source_country, praise.target_country) == (None, "NGA")


def test_a_person_facing_one_whose_country_is_only_assumed_is_domestic_too():
    # The judge's country is the one the sentence names (by the IRS), as is the one sentenced.
    (sentence,) = [
        e
        for e in _events(
            "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in prison "
            "and to pay restitution to the Internal Revenue Service."
        )
        if e.type == "SANCTION"
    ]
    assert (sentence.source_country, sentence.target_country) == ("USA", "USA")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person whose role is in an international body is of the body, where named again,
        (
            "Philippe Lazzarini, a UN rapporteur for human rights, arrived in Madrid on Monday. "
            "Mr Lazzarini urged Spain to release the prisoners.",
            (None, "IGO"),
        ),
        (
            "Karl Weber, the EU foreign policy chief, arrived in Madrid on Monday. Mr Weber "
            "demanded that Spain release the prisoners.",
            (None, "IGO"),
        ),
        # ... but one sent to a body is of whoever sent them.
        (
            "UN Ambassador John Miller arrived in Washington on Monday. Mr Miller urged the "
            "United States to release the files.",
            ("USA", "GOV"),
        ),
    ],
)
def test_a_role_in_an_international_body_makes_the_person_of_it(text, expected):
    (request, *_) = [e for e in _events(text) if e.type == "REQUEST"]
    assert (request.source_country, request.source_sector) == expected


def test_a_body_named_for_one_country_is_no_international_body():
    (event,) = _events(
        "The United States Commission on International Religious Freedom criticized the move."
    )
    assert (event.source_country, event.source_sector) != (None, "IGO")
    assert event.source_country == "USA"


def test_where_a_named_person_travels_is_not_their_country():
    events = _events(
        "Volker worked to arrange a meeting between Zelensky and Trump himself during "
        "President Trump's planned trip to Warsaw.",
        published=dt.date(2019, 9, 25),
    )
    countries = {e.source: e.source_country for e in events if e.type == "CONSULT"}
    assert countries.get("Trump") == "USA"


def test_a_deputy_commander_is_military_not_a_legislator():
    (event, *_) = _events("Deputy commander Ali Hassan attacked the convoy on Monday.")
    assert event.source_sector == "MIL"


def test_a_description_with_its_article_is_the_possessor_of_the_phrase():
    # "The president" is a mention of Trump with its determiner; the phrase "The president's
    # legal team" is read without it, and still is of the one the mention names.
    events = _article_events(
        "A judge dismissed a lawsuit by President Donald Trump on Monday. "
        "The president's legal team appealed the decision to the Second Circuit Court of "
        "Appeals."
    )
    appeal = next(e for e in events if "appealed" in e.sentence)
    assert (appeal.source, appeal.source_country) == ("Donald Trump", "USA")


def test_sympathizers_of_a_group_are_people_of_its_country():
    (event, *_) = _events("Sympathizers of the Popular Mobilization Forces attacked the embassy.")
    assert (event.type, event.source_country, event.source_sector) == ("ASSAULT", "IRQ", "CVL")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Bill Clinton was impeached in 1998.", ("USA", "LEG")),
        ("Vice-President Moody Awori was charged with corruption.", ("KEN", "JUD")),
        # Where it happened says whose state acted, before the official's own.
        ("The Ugandan minister was arrested in Kenya.", ("KEN", "GOV")),
    ],
)
def test_an_official_tried_with_no_one_named_is_tried_by_their_own_state(text, source):
    event = next(e for e in _events(text) if e.type in ("ACCUSE", "SANCTION", "COERCE"))
    assert (event.source_country, event.source_sector) == source


def test_a_private_person_tried_with_no_one_named_has_no_one_trying_them():
    (event, *_) = _events("A Kenyan businessman was charged with fraud on Monday.")
    assert (event.type, event.source_country, event.target_country) == ("ACCUSE", None, "KEN")


def test_an_adviser_is_a_person_not_a_thing_of_their_country():
    # Not "the United States" (and so dropped as the court's own country): the adviser.
    (event, *_) = _events(
        "A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court."
    )
    assert (event.type, event.target_country, event.target_sector) == ("SANCTION", "USA", "GOV")


def test_what_will_not_be_tolerated_is_the_speakers_warning():
    events = _article_events(
        "Chinese Foreign Ministry spokesman Geng Shuang said interference in China's internal "
        "affairs would not be tolerated. He spoke at a regular news briefing in Beijing on "
        "Monday afternoon."
    )
    assert [(e.type, e.source, e.source_country) for e in events] == [
        ("THREATEN", "Geng Shuang", "CHN")
    ]


def test_a_surname_the_recogniser_missed_is_the_articles_person_of_that_name():
    # (not Mike Moore, a New Zealand prime minister in the office table)
    events = _events("Julianne Moore praised the president. Moore thanked him for stepping up.")
    assert [(e.source, e.source_country) for e in events] == [("Julianne Moore", None)] * 2


def test_a_person_facing_a_compatriot_is_of_the_country_the_article_is_about():
    # (as a target is: "Trump lashed out at Mayor Bowser"; here the source, Pence, whom no
    # table gives a country, meets Cruz, a US senator, in an article about the US)
    text = (
        "The United States votes in November. Voters in the United States are divided. "
        "Mike Pence met Ted Cruz on Monday."
    )
    (event,) = [e for e in _events(text) if e.type == "CONSULT"]
    assert (event.source, event.source_country, event.target_country) == (
        "Mike Pence",
        "USA",
        "USA",
    )


@pytest.mark.parametrize(
    ("text", "source", "country", "sector"),
    [
        # People named by whom they stand against or with are not that one.
        ("Macron critics accused the government of arrogance.", "Macron critics", "FRA", "OPP"),
        ("Erdogan's opponents denounced the referendum.", "Erdogan's opponents", "TUR", "OPP"),
        ("Bolsonaro supporters attacked the journalists.", "Bolsonaro supporters", "BRA", "CVL"),
        # A country's or a body's allies are other states, of no one country.
        ("Germany's allies condemned the decision.", "Germany's allies", None, "GOV"),
        ("NATO allies condemned the missile test.", "NATO allies", None, "GOV"),
    ],
)
def test_people_named_by_a_relation_are_not_the_one_they_relate_to(text, source, country, sector):
    (event, *_) = _events(text, dt.date(2021, 6, 1))
    assert (event.source, event.source_id) == (source, None)
    assert (event.source_country, event.source_sector) == (country, sector)


def test_a_named_person_with_a_relation_before_the_name_is_that_person():
    # "Putin ally": the apposed name acts, not Putin; "Kremlin critic": not of the Kremlin.
    (event, *_) = _events("Putin ally Ramzan Kadyrov threatened Georgia.", dt.date(2021, 6, 1))
    assert event.source == "Ramzan Kadyrov"
    (event, *_) = _events(
        "Kremlin critic Alexei Navalny accused Vladimir Putin of corruption.", dt.date(2020, 8, 1)
    )
    assert (event.source, event.source_country, event.source_sector) == (
        "Alexei Navalny", "RUS", "OPP"
    )  # fmt: skip


def test_a_relation_does_not_hide_a_persons_office():
    # "Clinton's Democratic rival" describes Sanders; his seat still makes him a legislator.
    (event, *_) = _events(
        "Clinton's Democratic rival, Vermont Sen. Bernie Sanders, praised the president.",
        dt.date(2016, 1, 5),
    )
    assert (event.source, event.source_sector) == ("Bernie Sanders", "LEG")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # A title after a firm's or the press's name is no state office.
        ("Boeing President Stan Deal criticized the tariffs.", None),
        ("Fox News President Jay Wallace criticized the tariffs.", "MED"),
        # A state's body before the title keeps it one.
        ("White House Chief of Staff Ron Klain criticized the tariffs.", "GOV"),
        ("Kremlin spokesman Dmitry Peskov criticized the tariffs.", "GOV"),
    ],
)
def test_a_title_after_a_firms_name_is_not_a_state_office(text, sector):
    (event, *_) = _events(text, dt.date(2021, 6, 1))
    assert event.source_sector == sector


def test_general_as_an_adjective_names_no_army():
    (event, *_) = _events("Macron criticized the general election results.", dt.date(2022, 6, 1))
    assert event.target_sector != "MIL"
    (event, *_) = _events("General Mattis criticized the decision.", dt.date(2018, 6, 1))
    assert event.source_sector == "MIL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # "leader" alone says nothing of whose; the chamber before it does.
        ("Senate Majority Leader John Thune criticized the tariffs.", "LEG"),
        ("Opposition leader Juan Guaido criticized the tariffs.", "OPP"),
    ],
)
def test_a_leader_is_of_the_body_the_fuller_title_names(text, sector):
    (event, *_) = _events(text, dt.date(2025, 6, 1))
    assert event.source_sector == sector


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jones cancelled a visit to Australia.",
        "Senator Jones visited Taiwan on Monday.",
    ],
)
def test_a_visitor_is_not_of_the_country_visited(text):
    (event, *_) = _events(text, None)
    assert event.source_country is None and event.target_country in ("AUS", "TWN")


def test_a_headline_name_tagged_a_common_noun_is_still_the_office_holder():
    # "Trump" at the start of a headline, tagged a common noun and no entity
    (event, *_) = _events("Trump urges UN to renew Iran sanctions.", dt.date(2020, 8, 20))
    assert (event.type, event.source_country, event.source_sector) == ("REQUEST", "USA", "GOV")


def test_a_headline_name_tagged_a_common_noun_wages_a_war_of_words():
    (event, *_) = _events("Trump turns attacks on another Clinton.", dt.date(2015, 12, 31))
    assert (event.type, event.source_country) == ("ACCUSE", "USA")


def test_us_state_of_a_country_name_is_of_the_united_states_in_a_us_story():
    text = (
        "Voters in Iowa and Georgia went to the polls on Tuesday. "
        "Georgia banned the protest at the Capitol."
    )
    (event,) = _events(text)
    assert (event.source, event.source_country, event.type) == ("Georgia", "USA", "COERCE")
    # ... but the country beside a word of it
    (event,) = [
        e for e in _events("Georgian officials met in Tbilisi. Georgia banned the protest.")
        if e.type == "COERCE"
    ]  # fmt: skip
    assert (event.source, event.source_country) == ("Georgia", "GEO")


def test_a_state_named_in_a_sentence_is_not_a_namesake_town_abroad():
    (event,) = _events(
        "A gunman opened fire on Republican lawmakers at a baseball practice in Virginia."
    )
    assert (event.type, event.source_country, event.target_country) == ("ASSAULT", "USA", "USA")


def test_police_officers_are_police():
    (event,) = _events("The gunmen fired at police officers outside the station.")
    assert (event.target_sector, event.mode) == ("COP", "firearms")
    # (gunmen of no group named are CAMEO's unidentified armed force, not rebels)
    assert event.source_sector == "UAF"
    (event,) = _events("Army officers arrested the president.")
    assert event.source_sector == "MIL"


def test_an_unqualified_body_is_of_the_article_s_country_not_the_one_it_acts_on():
    text = (
        "The Senate met in Washington on Tuesday. Lawmakers in Washington debated the budget "
        "for hours. The Senate passed a bill imposing sanctions on Russian officials."
    )
    (event,) = [e for e in _events(text) if e.type == "SANCTION"]
    assert (event.source_country, event.target_country) == ("USA", "RUS")
    # ... with no article around it, the only country named is still the body's own
    (event,) = _events("The parliament passed a bill banning Russian-language schools.")
    assert event.source_country == "RUS"


def test_a_thing_between_two_parties_is_neither_s():
    pairs = [
        (e.source, e.target)
        for e in _events("A ceasefire deal was brokered between Israel and Hamas by Egypt.")
    ]
    assert pairs == [("Egypt", "Israel"), ("Egypt", "Hamas")]
    pairs = [(e.source, e.target) for e in _events("A deal between Israel and Hamas was signed.")]
    assert sorted(pairs) == [("Hamas", "Israel"), ("Israel", "Hamas")]


def test_a_city_named_like_a_capital_in_a_group_s_place():
    (event,) = _events(
        "Syrian officers ended mediation efforts between rival militias in Tripoli, the north "
        "Lebanese port."
    )
    assert event.target_country == "LBN"


def test_a_city_abroad_the_article_never_places_is_not_read_so():
    # Norfolk is also a US city; Manchester also a New Hampshire one
    text = (
        "British police said the attacker had acted alone. The Home Office in London confirmed "
        "the death toll on Saturday. A man suspected to have supplied the gun was arrested in "
        "Norfolk on Sunday."
    )
    (event,) = [e for e in _events(text) if e.type == "COERCE"]
    assert event.target_country == "GBR"
    text = (
        "Voters in New Hampshire cheered. Clinton held a rally in Concord, New Hampshire. "
        "Sanders criticized Clinton in Manchester on Monday."
    )
    (event,) = [e for e in _events(text) if e.type == "ACCUSE"]
    assert event.source_country == "USA"
    # ... but a city alone in a sentence is still the larger one
    (event,) = _events("Police arrested two men in Manchester on Monday.")
    assert event.source_country == "GBR"


def test_an_attack_near_a_place_is_on_its_country():
    (event,) = _events("A car bomb exploded near a military base in Afghanistan on Monday.")
    assert (event.type, event.source_country, event.target_country) == ("ASSAULT", None, "AFG")


def test_protesters_at_a_foreign_mission_are_of_the_place_it_stands_in():
    (event,) = _events("Demonstrators rallied outside the Israeli embassy in London.")
    assert (event.type, event.source_country, event.target_country) == ("PROTEST", "GBR", "ISR")
    # ... and people the text gives a country keep it
    (event,) = _events("Hundreds of Bangladeshi workers protested outside the Saudi embassy.")
    assert (event.source_country, event.target_country) == ("BGD", "SAU")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway lifted travel restrictions to and from Venezuela.", "Venezuela"),
        ("Canada lifted all limits on the ability of its citizens to send money to relatives "
         "in Cuba.", "Cuba"),
        ("Tanzania deployed rescue teams as part of an international effort to save lives in "
         "Mozambique.", "Mozambique"),
    ],
)  # fmt: skip
def test_act_aimed_at_no_party_is_aimed_at_the_other_country_its_clause_names(text, target):
    (event, *_) = _events(text)
    assert (event.target, event.target_sector) == (target, None)


@pytest.mark.parametrize(
    "text",
    [
        # a reason given in a participle clause
        "The Peruvian government declared a state of emergency, saying Bolivian smugglers "
        "were crossing the border.",
        # a relative clause
        "Chile lifted the restrictions that Argentina had criticised.",
        # a judgement of a thing is aimed at its makers, not where it was made
        "A Canadian senator criticized the treaty signed after talks in Vienna.",
        "A Canadian senator welcomed the treaty signed after talks in Vienna.",
    ],
)
def test_a_country_named_outside_the_acts_own_words_is_no_target(text):
    (event, *_) = _events(text)
    assert event.target_country is None
