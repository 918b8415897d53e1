"""Senses of the conflict types' lexicon (ACCUSE … ASSAULT), on sentences written for these tests."""

from __future__ import annotations

import pytest
from coded import events_of


def _first(text):
    claimed = [e for e in events_of(text) if not e.negated and not e.hypothetical]
    return (claimed[0].type, claimed[0].mode) if claimed else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cyber attacks and shutting down the internet are repression, not violence.
        (
            "Iranian hackers carried out a cyber attack on Albania's tax office.",
            ("COERCE", "cyber"),
        ),
        ("A cyberattack by North Korean hackers hit a bank in Seoul.", ("COERCE", "cyber")),
        # (an attack by hackers or on computers, a break-in to them)
        (
            "Hackers working for Moscow attacked the servers of the German parliament.",
            ("COERCE", "cyber"),
        ),
        (
            "Chinese hackers breached the networks of the Australian parliament.",
            ("COERCE", "cyber"),
        ),
        ("Myanmar's junta cut off the internet in four provinces.", ("COERCE", "censor")),
        ("The government imposed a news blackout in the border region.", ("COERCE", "censor")),
        ("Russia spread disinformation about the vote in Moldova.", ("COERCE", "misinformation")),
        ("The president extended martial law in the south by a month.", ("COERCE", "martial-law")),
        ("The regime barred two opposition leaders from the election.", ("COERCE", "ban")),
        ("A judge in Lima issued a warrant for the former minister.", ("COERCE", "arrest")),
        # A labour strike that is launched is a protest, not a military strike.
        ("Dock workers in Chile launched a general strike on Monday.", ("PROTEST", "strike")),
        ("Rioting by angry farmers spread through Lyon overnight.", ("PROTEST", "riot")),
        ("Students in Dhaka chanted slogans against the government.", ("PROTEST", "demo")),
        # Crowd control, genocide, executions.
        ("Police in Nairobi fired tear gas and rubber bullets.", ("ASSAULT", "crowd-control")),
        ("Riot police deployed water cannon against the marchers.", ("ASSAULT", "crowd-control")),
        ("The militia carried out a genocide against the Yazidis.", ("ASSAULT", "other")),
        (
            "The insurgents carried out public executions of captured soldiers.",
            ("ASSAULT", "other"),
        ),
        # Military strikes carried out, bombardments, claimed attacks, ground taken.
        ("Turkish jets carried out strikes against PKK targets in Iraq.", ("ASSAULT", None)),
        ("Dockers in Antwerp carried out a strike over pay.", ("PROTEST", "strike")),
        ("The Syrian army intensified its bombardment of Idlib.", ("ASSAULT", "heavy-weapons")),
        ("Al-Shabaab claimed responsibility for the hotel siege in Mogadishu.", ("ASSAULT", None)),
        ("Houthi fighters captured the airport in Hodeidah.", ("ASSAULT", "heavy-weapons")),
        ("Pakistani hackers launched cyber warfare against India.", ("COERCE", "cyber")),
        ("Azerbaijani troops violated the ceasefire in Karabakh on Sunday.", ("ASSAULT", None)),
        (
            "The siege of Mariupol by Russian forces lasted three months.",
            ("ASSAULT", "heavy-weapons"),
        ),
        (
            "A gunfight between Afghan police and Taliban fighters broke out in Kabul.",
            ("ASSAULT", "firearms"),
        ),
        ("Russian hackers launched cyber attacks on Georgian websites.", ("COERCE", "cyber")),
        # Defying a ban is a rejection; being guilty of violating a truce reports the violation.
        ("Iran violated the arms embargo imposed by the United Nations.", ("REJECT", "yield")),
        ("Sudan's army is guilty of violating the truce in Darfur.", ("ASSAULT", None)),
        ("The former mayor of Lima is guilty of fraud, the court ruled.", ("ACCUSE", "allege")),
        ("Russian missiles struck a hospital in Kharkiv.", ("ASSAULT", None)),
        ("Nurses in Kenya struck for better pay.", ("PROTEST", "strike")),
        ("Syrian forces used chemical weapons against civilians in Douma.", ("ASSAULT", "other")),
        (
            "Myanmar's army carried out the forced displacement of the Rohingya.",
            ("ASSAULT", "other"),
        ),
        ("Israel ordered the demolition of 30 Palestinian homes.", ("COERCE", "destroy")),
        ("The eviction of Roma families by Italian police drew criticism.", ("COERCE", "deport")),
        (
            "Lithuania announced the recall of its ambassador from Beijing.",
            ("SANCTION", "withdraw"),
        ),
        ("Hezbollah used Lebanese civilians as human shields.", ("ASSAULT", "abduct")),
        ("Turkey launched a new military operation against Kurdish fighters.", ("ASSAULT", None)),
        # Sentences, trade and visa restrictions, ejected diplomats.
        (
            "A court in Tehran handed down prison sentences to six journalists.",
            ("SANCTION", "convict"),
        ),
        (
            "China imposed visa restrictions on Lithuanian officials.",
            ("SANCTION", "discontinue"),
        ),
        ("Mali ejected the French ambassador last week.", ("SANCTION", "expel")),
        ("Sudan expelled humanitarian aid workers from Darfur.", ("SANCTION", "expel")),
        ("Libya expelled hundreds of Egyptian workers.", ("COERCE", "deport")),
        ("Cyprus suspended all official contacts with Turkey.", ("SANCTION", "discontinue")),
        # Recruiting and readiness are shows of force.
        ("The army called up thousands of volunteers for the front.", ("MOBILIZE", "troops")),
        ("The rebels recruited fighters in the refugee camps.", ("MOBILIZE", "troops")),
        ("Taiwan raised the readiness of its forces on Friday.", ("MOBILIZE", "troops")),
        ("Algerian troops began patrols along the border with Mali.", ("MOBILIZE", "police")),
        # Sending peacekeepers is protection (AID), not a show of force.
        ("The United Nations is deploying 3,000 peacekeepers in Mali.", ("AID", None)),
        # Weighing a coercive act aloud, and warnings of protest, are threats.
        ("Malaysia is considering suspending relations with Brunei.", ("THREATEN", "relations")),
        ("The EU is considering sanctions against Belarus.", ("THREATEN", "relations")),
        (
            "Teachers in Chad warned of a general strike if wages are not paid.",
            ("THREATEN", "restrict"),
        ),
        # Formal inquiries and lawsuits.
        ("Parliament set up an inquiry into the arms deal.", ("ACCUSE", "investigate")),
        ("The opposition filed a lawsuit against the electoral commission.", ("ACCUSE", "allege")),
        # Verbal attacks on acts and texts, impeachment, appeals against a court's decision.
        (
            "The senator attacked the indictment as a partisan manoeuvre.",
            ("ACCUSE", "disapprove"),
        ),
        ("The mayor attacked the ruling on Twitter.", ("ACCUSE", "disapprove")),
        ("Opposition leaders spoke out against the curfew in Lagos.", ("ACCUSE", "disapprove")),
        ("The Peruvian Congress impeached the president in November.", ("ACCUSE", "allege")),
        ("The former governor appealed the conviction on Friday.", ("ACCUSE", "allege")),
        ("Prosecutors lodged an appeal against the acquittal.", ("ACCUSE", "allege")),
        # A charge of law-breaking in reported speech is the speaker's accusation.
        ("The union said the ministry was breaking the law.", ("ACCUSE", "allege")),
        # Declared opposition; a court ruling against a party.
        ("The governor has come out against the pipeline plan.", ("REJECT", None)),
        ("The Supreme Court ruled against the health ministry.", ("SANCTION", "convict")),
        ("A federal judge ruled the decree unconstitutional.", ("SANCTION", "convict")),
    ],
)
def test_conflict_senses(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    ("text", "not_this"),
    [
        # criticism, not a labour strike
        ("Airline workers launched an attack on the new pension rules.", ("PROTEST", "strike")),
        ("The ministry set up a commission on rural roads.", ("ACCUSE", "investigate")),
        ("Reporters watched the execution of the new trade plan.", ("ASSAULT", "other")),
        ("The Kenyan government launched an operation to vaccinate children.", ("ASSAULT", None)),
        # A plea to someone is no court appeal; a physical attack stays violence.
        ("The Red Cross appealed to donors for blankets.", ("ACCUSE", "allege")),
        ("Gunmen attacked the election office in Kandahar.", ("ACCUSE", "disapprove")),
        # What someone says they will break is no charge against another.
        ("The minister said he would break the deadlock.", ("ACCUSE", "allege")),
    ],
)
def test_not_these_senses(text, not_this):
    assert _first(text) != not_this


@pytest.mark.parametrize(
    "text",
    [
        "The rebels announced a suspension of attacks on Ugandan troops.",  # a concession
        "Washington is considering lifting the ban on Cuban cigars.",
        "The parade in Moscow was a demonstration of Russian military strength.",
    ],
)
def test_halts_and_shows_are_not_sanctions_threats_or_protests(text):
    assert _first(text) is None or _first(text)[0] not in {"SANCTION", "THREATEN", "PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        # a danger, not a threat someone made
        "With the threat of terrorism in the headlines, the Belgian party changed its slogan.",
        "The Dutch minister called the militia the leading threat in the region.",
        "Islamic State is a threat to Europe, the French minister said.",
        # a contest of politicians told as to come, not a threat of violence
        "Senator Cruz will win his battle with Senator Rubio.",
        "The Dutch senator will beat the prime minister in the next election.",
    ],
)
def test_dangers_and_contests_to_come_are_no_threats(text):
    assert _first(text) is None or _first(text)[0] != "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Iran issued a threat to close the Strait of Hormuz.",
        "The threat of sanctions against Russia grew.",
        "North Korea issued a warning to Seoul.",
        "The army will fight the rebels in the north.",
    ],
)
def test_threats_made_stay_threats(text):
    assert _first(text)[0] == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian senator shot back, “I never said that.”",
        "A rich donor could shell out as much as 400,000 dollars to the Irish party.",
    ],
)
def test_a_retort_quoted_and_paying_out_are_no_attacks(text):
    assert _first(text) is None or _first(text)[0] != "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Afghan soldiers shot back, killing two attackers.",
        "Russian artillery shelled the town of Bakhmut.",
    ],
)
def test_firing_back_and_shelling_stay_attacks(text):
    assert _first(text)[0] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        # a candidate's rally is a campaign event, and where someone spoke
        "A Canadian voter said at Mr. Harper's rally on Tuesday that taxes were too high.",
        "The senator never stopped speaking at a Des Moines rally as agents tackled a man.",
        # to demonstrate something is to show it
        "The Dutch minister wants to demonstrate true leadership on climate.",
        "The Irish campaign demonstrated just how easily a newcomer could win the seat.",
    ],
)
def test_campaign_rallies_and_showing_are_no_protests(text):
    assert _first(text) is None or _first(text)[0] != "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Navalny's rally in Moscow drew thousands.",
        "The workers' rally in Lagos turned violent.",
        "Thousands demonstrated outside the Israeli embassy in Amman.",
        "Students demonstrated against the war in Seoul.",
    ],
)
def test_protest_rallies_and_demonstrations_stay_protests(text):
    assert _first(text)[0] == "PROTEST"
