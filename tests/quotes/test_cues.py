import pytest

from parley.config import DEFAULT_MODEL
from parley.nlp import parse
from parley.quotes.cues import find_cues


def _cues(text: str) -> list[tuple[str, str | None, list[str]]]:
    (doc,) = parse([text], DEFAULT_MODEL)
    return [
        (
            text[cue.start : cue.end],
            text[slice(*cue.speaker_span)] if cue.speaker_span else None,
            [text[a:b] for a, b in cue.content],
        )
        for cue in find_cues(doc)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said that Moscow would cooperate with Washington.",
            ("said", "Peskov", ["that Moscow would cooperate with Washington"]),
        ),
        (
            "Merkel told reporters on Friday that talks would resume.",
            ("told", "Merkel", ["that talks would resume"]),
        ),
        ("The economy, he said, is weak.", ("said", "he", ["The economy", "is weak"])),
        (
            "According to the poll, Clinton leads Trump by four points.",
            ("According to", "the poll", ["Clinton leads Trump by four points"]),
        ),
        (
            "The senator criticized the deal as a giveaway.",
            ("criticized", "The senator", ["the deal as a giveaway"]),
        ),
        (
            "She wants to triple the size of the program.",
            ("wants", "She", ["to triple the size of the program"]),
        ),
        (
            "Trump spoke of the legacy of his father.",
            ("spoke of", "Trump", ["the legacy of his father"]),
        ),
        (
            "A new poll shows that voters are undecided.",
            ("shows", "A new poll", ["that voters are undecided"]),
        ),
        (
            "The city reported “2,521 shooting incidents” in the period.",
            ("reported", "The city", ["“2,521 shooting incidents” in the period"]),
        ),
        (
            "The lawyer, who said he was stiffed, sued the company.",
            ("said", "The lawyer, who", ["he was stiffed"]),
        ),
    ],
)
def test_find_cues_speaker_and_content(text, expected):
    assert _cues(text)[0] == expected


def test_find_cues_object_keeps_what_is_said_of_it_not_the_scene():
    cues = _cues("The governor criticized the budget as reckless during a visit to Ohio.")
    assert cues[0] == ("criticized", "The governor", ["the budget as reckless"])


def test_find_cues_trailing_participle_is_not_content():
    cues = _cues("Officials said the plant would close next year, putting 300 jobs at risk.")
    assert cues[0] == ("said", "Officials", ["the plant would close next year"])


def test_find_cues_trailing_participle_after_a_quotation_closing_on_a_comma():
    text = 'He said the deadlock has "kept us safe," adding that borders are "tearing us apart."'
    said = next(c for c in _cues(text) if c[0] == "said")
    assert said[2] == ['the deadlock has "kept us safe']  # attribution adds the marks


def test_find_cues_called_on_someone_to_act():
    cues = _cues("The union called on members to stay off the job until Friday.")
    assert cues[0] == ("called on", "The union", ["members to stay off the job until Friday"])


def test_find_cues_verb_misread_as_a_plural_noun():
    # The small parser reads "charges" as a noun after a name; the name still speaks.
    cues = _cues("Trump claims that the vote was rigged.")
    assert cues == [("claims", "Trump", ["that the vote was rigged"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts said prices have risen sharply, citing the drought.",
            ("citing", "Analysts", ["the drought"]),
        ),
        (
            "The war left many voters feeling that the country was adrift.",
            ("feeling", "many voters", ["that the country was adrift"]),
        ),
        (
            "The mayor praised the plan but stopped short of calling it a success.",
            ("calling", "The mayor", ["it a success"]),
        ),
        (
            "After saying the drug was safe, she was fired by the board.",
            ("saying", "she", ["the drug was safe"]),
        ),
    ],
)
def test_find_cues_speaker_of_a_participle(text, expected):
    assert expected in _cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In addition to stating that the tax was unfair, Clinton has vowed to repeal it.",
            ("stating", "Clinton", ["that the tax was unfair"]),
        ),
        (
            "He will likely be able to win a few endorsements by citing his results.",
            ("citing", "He", ["his results"]),
        ),
    ],
)
def test_find_cues_speaker_of_a_deeply_embedded_participle(text, expected):
    assert expected in _cues(text)


def test_find_cues_trailing_relative_clause_is_the_writers_gloss():
    cues = _cues(
        "Critics said the plan would cost more than the old system, which was already over budget."
    )
    assert cues[0] == ("said", "Critics", ["the plan would cost more than the old system"])


def test_find_cues_gloss_after_a_dash_is_the_writers():
    cues = _cues("Trump said he would give an interview to the network — a rare concession.")
    assert cues == [("said", "Trump", ["he would give an interview to the network"])]


def test_find_cues_who_issued_the_statement_speaks():
    cues = _cues("The Security Council issued a statement calling the test a violation.")
    assert cues[0] == ("calling", "The Security Council", ["the test a violation"])
    cues = _cues("The minister spoke at a news conference announcing the plan.")
    assert cues[0] == ("announcing", "The minister", ["the plan"])


def test_find_cues_purpose_infinitive_is_the_subjects():
    cues = _cues("The aide used blunt language to denounce the deal.")
    assert cues[0] == ("denounce", "The aide", ["the deal"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator attacked the governor as a fraud.",
            ("attacked", "The senator", ["the governor as a fraud"]),
        ),
        (
            "The group has promoted untested remedies.",
            ("promoted", "The group", ["untested remedies"]),
        ),
        # The pinned lemmatizer reads "hoping" as "hop".
        (
            "Officials are hoping that the talks resume.",
            ("hoping", "Officials", ["that the talks resume"]),
        ),
    ],
)
def test_find_cues_verbs_of_stance(text, expected):
    assert _cues(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coach referred to the referee as “a disgrace” on Sunday.",
            ("referred to", "The coach", ["the referee as “a disgrace”"]),
        ),
        (
            "The mayor accused the council of wasting money.",
            ("accused", "The mayor", ["the council of wasting money"]),
        ),
        ("Critics dubbed the plan a giveaway.", ("dubbed", "Critics", ["the plan a giveaway"])),
        (
            "A new poll shows Clinton with a lead of three points.",
            ("shows", "A new poll", ["Clinton with a lead of three points"]),
        ),
        ("She mentioned the deficit twice.", ("mentioned", "She", ["the deficit"])),
        (
            "The mayor told his aides to find a way to cut costs.",
            ("told", "The mayor", ["his aides to find a way to cut costs"]),
        ),
    ],
)
def test_find_cues_what_is_said_of_an_object(text, expected):
    assert _cues(text)[0] == expected


def test_find_cues_second_report_in_a_row_is_its_own():
    cues = _cues(
        "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders."
    )
    assert cues == [
        ("said", "Six in 10 voters", ["Clinton is honest"]),
        ("said", "three-quarters", ["the same of Sanders"]),
    ]


def test_find_cues_reporting_verbs_coordinated_under_one_subject():
    cues = _cues("The minister said the plant would close and added that workers would be paid.")
    assert cues == [
        ("said", "The minister", ["the plant would close"]),
        ("added", "The minister", ["that workers would be paid"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 4 in 10 say they want lower taxes.",
            ("say", "About 4 in 10", ["they want lower taxes"]),
        ),
        (
            "Less than a third agreed that the deal was fair.",
            ("agreed", "Less than a third", ["that the deal was fair"]),
        ),
    ],
)
def test_find_cues_subject_under_another_label(text, expected):
    assert _cues(text)[0] == expected


def test_find_cues_made_it_clear():
    cues = _cues("The governor made it clear that he would veto the bill.")
    assert cues[0] == ("made it clear", "The governor", ["that he would veto the bill"])


def test_find_cues_passive_with_by_speaks_through_the_agent():
    cues = _cues("When asked by a reporter whether the plan would work, the senator declined.")
    assert cues[0] == ("asked", "a reporter", ["whether the plan would work"])


def test_find_cues_participle_after_a_possessed_noun():
    cues = _cues("The rivals abandoned their strategy of attacking him.")
    assert cues == [("attacking", "their", ["him"])]


def test_find_cues_name_before_an_apposition_the_parser_lost():
    text = (
        "“It is not the position that everything is hunky-dory,” Gene Sperling, a top outside "
        "Clinton adviser, said at a recent event on the economy in Iowa."
    )
    assert _cues(text)[0][:2] == ("said", "Gene Sperling")


def test_find_cues_participle_without_a_subject_is_the_sentence_subjects():
    text = (
        "Maria Lopez faced questions at the hearing for her role in the scheme and for "
        "saying that the rules did not apply."
    )
    assert _cues(text)[0] == ("saying", "Maria Lopez", ["that the rules did not apply"])


def test_find_cues_passive_participle_has_no_speaker():
    cues = _cues("Asked about the bomb, Clinton said it was too early to tell.")
    assert cues[:2] == [
        ("Asked about", None, ["the bomb"]),
        ("said", "Clinton", ["it was too early to tell"]),
    ]


def test_find_cues_speaker_through_a_preposition():
    cues = _cues("Obama ended his speech by saying that the work goes on.")
    assert cues == [("saying", "Obama", ["that the work goes on"])]


def test_find_cues_relative_pronoun_resolves_to_its_antecedent():
    (doc,) = parse(["The lawyer, who said he was stiffed, sued the company."], DEFAULT_MODEL)
    assert find_cues(doc)[0].speaker.text == "lawyer"


@pytest.mark.parametrize(
    "text",
    ["The official spoke on condition of anonymity.", "He talked to reporters on Monday."],
)
def test_find_cues_ignores_phrases_that_report_nothing(text):
    assert _cues(text) == []


def test_find_cues_content_stays_in_the_cue_paragraph():
    cues = _cues("Officials said talks would go on\n\nThe next paragraph starts here.")
    assert cues == [("said", "Officials", ["talks would go on"])]


def test_find_cues_skips_markup_tags():
    # "tweet" names a tag here; its quoted attributes are not prose either.
    text = (
        "Officials were told.\n\n"
        '<tweet pic="" author="mayor" timestamp="14">The bridge opens on Monday</tweet>'
    )
    (doc,) = parse([text], DEFAULT_MODEL)
    assert [c.token.text for c in find_cues(doc)] == ["told"]


@pytest.mark.parametrize(
    "text",
    [
        "He announced the change by live television on Wednesday and again in a rally on Friday.",
        "The mayor described the budget on Tuesday as a disgrace.",
    ],
)
def test_find_cues_scene_after_the_object_is_not_content(text):
    (content,) = [content for cue, _, content in _cues(text) if cue in ("announced", "described")]
    assert content and not any(day in " ".join(content) for day in ("Tuesday", "Friday"))


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the two leaders spoke on the phone.",
        "Speaking on state TV, the general was calm.",
    ],
)
def test_find_cues_medium_spoken_on_is_not_content(text):
    assert all(not content for _, _, content in _cues(text))


def test_find_cues_opening_participle_is_not_what_an_inserted_cue_reports():
    text = 'Speaking to a reporter from the local paper, she said, "We will rebuild."'
    assert ("said", "she", ["We will rebuild"]) in _cues(text)
