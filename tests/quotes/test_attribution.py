import pytest
from hypothesis import HealthCheck, given, settings

from parley.actors import build_entities
from parley.config import DEFAULT_MODEL
from parley.nlp import parse
from parley.quotes import extract_quotes
from strategies import texts

# DESIGN.md's worked example, with the sentence it elides that names Putin.
WORKED_EXAMPLE = (
    "Russian President Vladimir Putin on Thursday responded to Joe Biden, the U.S. president, "
    "who had called him a killer.\n\n"
    "“Since Biden's words were quite unprecedented, unprecedented formats can't be excluded,” "
    "Kremlin spokesman Dmitry Peskov said of the invite. The former KGB agent added, though, "
    "that Moscow would cooperate with Washington where it is in Russia's interests to do so. "
    "Within hours of the comments, Russia summoned its ambassador to the United States back to "
    "Moscow for consultations."
)


def _quotes(text: str):
    (doc,) = parse([text], DEFAULT_MODEL)
    return extract_quotes(doc, build_entities(doc))


def _rows(text: str):
    return [(q.text, q.kind, q.speaker, q.speaker_text, q.cue) for q in _quotes(text)]


def test_extract_quotes_worked_example_direct_quote_is_peskovs():
    quote = next(q for q in _quotes(WORKED_EXAMPLE) if q.kind == "direct")
    assert (quote.speaker, quote.speaker_text, quote.cue) == (
        "Dmitry Peskov",
        "Kremlin spokesman Dmitry Peskov",
        "said",
    )


def test_extract_quotes_worked_example_former_kgb_agent_is_putin():
    quote = next(q for q in _quotes(WORKED_EXAMPLE) if q.cue == "added")
    assert (quote.text, quote.kind, quote.speaker, quote.speaker_text) == (
        "that Moscow would cooperate with Washington where it is in Russia's interests to do so",
        "indirect",
        "Vladimir Putin",
        "The former KGB agent",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Biden called the move "a watershed moment".',
            [('the move "a watershed moment"', "mixed", "Biden", "Biden", "called")],
        ),
        (
            "PENCE: Well, look, this is serious business.",
            [("Well, look, this is serious business", "direct", None, "PENCE", ":")],
        ),
        (
            "“Maybe we can build a wall around him.” ― Steve Quinlan",
            [
                (
                    "“Maybe we can build a wall around him.”",
                    "direct",
                    "Steve Quinlan",
                    "Steve Quinlan",
                    "―",
                )
            ],
        ),
        (
            'Angela Merkel arrived in Paris. "We will talk," she said.',
            [('"We will talk,"', "direct", "Angela Merkel", "she", "said")],
        ),
        (
            '"This is a long quotation without anyone to say it."',
            [('"This is a long quotation without anyone to say it."', "direct", None, None, None)],
        ),
    ],
)
def test_extract_quotes_layouts(text, expected):
    assert _rows(text) == expected


def test_extract_quotes_split_quote_shares_its_cue():
    quotes = _quotes('"We are not naive," Peskov said. "But we will respond."')
    assert [(q.text, q.speaker, q.cue_start, q.cue_end) for q in quotes] == [
        ('"We are not naive,"', "Peskov", 27, 31),
        ('"But we will respond."', "Peskov", 27, 31),
    ]


def test_extract_quotes_multi_paragraph_quote_keeps_the_speaker():
    quotes = _quotes("Peskov said:\n\n“First part of it.\n\n“Second part of it.”")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("“First part of it.", "Peskov", "said"),
        ("“Second part of it.”", "Peskov", "said"),
    ]


def test_extract_quotes_sentence_handing_over_with_a_colon_is_its_subjects():
    text = (
        "Anna Berg put it plainly at the meeting:\n"
        "“We cannot afford another winter like the last one, not with these prices.”"
    )
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.speaker_text) == ("Anna Berg", "Anna Berg")


def test_extract_quotes_manner_of_speaking_verb_is_a_cue():
    (quote,) = _quotes("“Sit down and let the others finish their questions,” the coach barked.")
    assert (quote.speaker_text, quote.cue) == ("the coach", "barked")


def test_extract_quotes_long_uncued_quotation_is_the_last_speakers():
    text = (
        "Bernie Sanders told the crowd in Iowa that the system was rigged.\n\n"
        "He did not stop there. “It is the fight of our time, and we are going to win it "
        "together.”"
    )
    assert _quotes(text)[-1].speaker == "Bernie Sanders"


def test_extract_quotes_quotation_after_reported_speech_continues_its_attribution():
    # One act of speech: the quotation shares the cue of the reported clause before it.
    quotes = _quotes(
        "Marco Rubio said the plan was a disaster. “It is a joke, and everyone in this city "
        "knows it.”"
    )
    assert [(q.kind, q.speaker, q.cue, q.cue_start) for q in quotes] == [
        ("indirect", "Marco Rubio", "said", 12),
        ("direct", "Marco Rubio", "said", 12),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'When asked whether he was encouraging the crowd, he said, "I hope not."',
            '"I hope not."',
        ),
        (
            'In his memo, a document he drew up last year, he wrote, "We must talk clearly."',
            '"We must talk clearly."',
        ),
    ],
)
def test_extract_quotes_clause_before_the_cue_is_not_part_of_the_quotation(text, expected):
    assert [(q.text, q.kind) for q in _quotes(text)] == [(expected, "direct")]


def test_extract_quotes_clause_taking_a_quotations_words_takes_its_marks_once():
    quotes = _quotes('Lee spoke about the deal. There was, she said, "an implicit bargain."')
    assert [(q.text, q.kind) for q in quotes if q.cue == "said"] == [
        ("There was", "mixed"),
        ('"an implicit bargain."', "mixed"),
    ]


def test_extract_quotes_speaker_after_the_verb_read_as_its_object():
    quotes = _quotes("“Look, she needed to split the first two primaries,” added a local Democrat.")
    assert [q.speaker_text for q in quotes] == ["a local Democrat"]


def test_extract_quotes_phrasal_verb_of_reply():
    quotes = _quotes('"Jeb wants to be a tough guy tonight," Trump shot back. "Let me talk."')
    assert [(q.speaker_text, q.cue) for q in quotes] == [("Trump", "shot"), ("Trump", "shot")]


def test_extract_quotes_attribution_opening_the_next_sentence():
    text = (
        "“Her first question was, ‘What can we do to help?’” Garcia told reporters during "
        "a long conference call on Tuesday."
    )
    (quote,) = _quotes(text)
    assert (quote.speaker_text, quote.cue) == ("Garcia", "told")


def test_extract_quotes_title_of_a_show_is_not_a_quotation():
    quotes = _quotes(
        "“We have always expected to be vetted,” the senator said on NBC’s “Meet the Press.”"
    )
    assert [q.text for q in quotes] == ["“We have always expected to be vetted,”"]


def test_extract_quotes_quotation_paragraph_goes_on_from_the_attribution_before():
    text = (
        "Her neighbours have long mocked the mayor’s plans, calling them “fantasy,” "
        "Maria Lopez said as she locked the gate.\n\n"
        "“But the new bridge has changed my mind about all of it.”"
    )
    quote = _quotes(text)[-1]
    assert (quote.text[:8], quote.speaker_text) == ("“But the", "Maria Lopez")


@pytest.mark.parametrize(
    "text",
    [
        'A man who goes by the name "Shorty" was arrested.',
        'It was a whole "new" paragraph.',
    ],
)
def test_extract_quotes_drops_scare_quotes(text):
    assert _quotes(text) == ()


def test_extract_quotes_unbalanced_mark_swallows_nothing():
    # The stray mark neither runs into the next paragraph nor makes "new" a quotation.
    assert _quotes('He said "yes and then\n\nA whole "new" paragraph.') == ()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extract_quotes_offsets_slice_text_and_never_raise(text):
    for quote in _quotes(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text
        if quote.cue_start is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue


def test_extract_quotes_title_cited_with_its_address_is_no_quotation():
    text = (
        'The story first ran in the Daily Ledger ("Council votes to close the old library", '
        "https://example.org/library), published on Monday."
    )
    assert _quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Former British Ambassador to Germany Richard Green wrote, "We must stand firm."',
            "Richard Green",
        ),
        ('The wife of Peter Brown said, "We must stand firm."', None),
    ],
)
def test_extract_quotes_name_after_a_long_title_is_the_speaker(text, speaker):
    assert [q.speaker for q in _quotes(text)] == [speaker]
