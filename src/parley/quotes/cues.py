"""Cues found on the parse: a reporting word, its speaker and its content clause.

A cue is a verb from ``lexicon`` ("said", "told", "warned", "believes") or the
phrase "according to". Its speaker is the verb's subject, reached through the
verb it is attached to when it has none of its own ("… and added", "…, saying";
"according to X" names X). Its content is what it reports: the content clause
(ccomp: "said [that Moscow would cooperate]"), the object of verbs that report
noun phrases ("denied [the report]", "called [it "a watershed moment"]"), or,
for an attribution put inside its clause ("The economy, he said, is weak"),
that clause without the attribution.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from parley.nlp import text_of
from parley.quotes.lexicon import (
    ABOUT,
    ABOUT_PREPOSITIONS,
    CUE_LEMMAS,
    INTENTION,
    ISSUERS,
    MEDIA,
    NOUN_OBJECT,
    NOUN_PREPOSITIONS,
    NOUNS,
    OBJECT_CONTROL,
    PHRASAL,
    PHRASAL_VERBS,
    SPEECH,
    TO_PREPOSITION,
)

Fragment = tuple[int, int]
SUBJECTS = ("nsubj", "nsubjpass")
_CLIMB = ("conj", "xcomp", "advcl", "acomp")
"""Verbs that share their head's subject; a ccomp or parataxis has its own."""
_OBJECTS = ("dobj", "oprd", "attr", "dative")
_PERSONAL = frozenset({"he", "she", "they", "it", "we", "i", "who"})
_NOT_CONTENT = frozenset({"condition", "background", "record", "behalf"})
"""Objects of "speaking on condition of anonymity", "on the record", "on behalf of"."""
_ADDRESSING = frozenset(
    {"tell", "inform", "notify", "brief", "remind", "assure", "reassure", "advise", "urge"}
)
"""Speech verbs whose object is who is spoken to, never the speaker."""
_DASHES = frozenset({"—", "–", "--", "―"})
_INSERTION_MARKS = frozenset({",", "—", "--", "''", '"', "”", "’"})
_OBJECT_TAILS = ("prep", "oprd", "xcomp")
_TAIL_PREPOSITIONS = frozenset(
    {"as", "for", "of", "to", "on", "about", "against", "with", "into", "in"}
)
"""Prepositions that carry what a verb reports of its object ("described X [as Y]",
"accused X [of Y]", "blamed X [on Y]"); "during", "at", "after" only set the scene."""
_OPEN_MARKS = frozenset("“«„\"‘'")
_CLOSE_MARKS = frozenset("”»\"’'")


@dataclass(frozen=True, slots=True)
class Cue:
    token: Any
    """The reporting verb (or "according")."""
    start: int
    end: int
    speaker: Any | None
    """The head token of the speaker's words, if the parse gives one."""
    speaker_span: Fragment | None
    content: tuple[Fragment, ...]
    """Where the reported content is, empty when the cue has no content of its own."""

    layout: str = "verb"
    """``verb`` (a reporting word), ``line`` ("PENCE: …") or ``dash`` ("…" — Name)."""

    @property
    def speech(self) -> bool:
        """Reports words (may claim an adjacent quotation), not only a stance."""
        return (
            self.layout != "verb" or self.token.lower_ == "according" or lemma(self.token) in SPEECH
        )


def lemma(token: Any) -> str:
    """The token's lemma, lower-cased (the parse has mended the lemmatizer's known slips); a
    phrasal verb of reply ("shot back", "lashed out") reads as the verb it means."""
    word = str(token.lemma_).lower()
    if word in PHRASAL_VERBS:
        for child in token.children:
            if child.dep_ in ("prt", "advmod") and (word, child.lower_) in PHRASAL:
                return PHRASAL[word, child.lower_]
    return word


_TAG = re.compile(
    r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+))?)*\s*/?>"
)


def _markup(text: str) -> list[tuple[int, int]]:
    """Spans of markup tags left in the text (``<tweet author="…">``): not prose."""
    return [(m.start(), m.end()) for m in _TAG.finditer(text)]


def find_cues(doc: Any) -> list[Cue]:
    """Every cue of ``doc``, in text order."""
    cues = []
    text = text_of(doc)
    tags = _markup(text) if "<" in text else []
    for token in doc:
        if tags and any(a <= token.idx < b for a, b in tags):
            continue  # a tag's name or attributes: markup, not prose
        if token.lower_ == "according":
            cue = _according(token)
        elif token.pos_ == "VERB" and lemma(token) in CUE_LEMMAS:
            cue = _verb(token)
        elif token.pos_ == "VERB" and lemma(token) == "make":
            cue = _made_clear(token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOUNS:
            cue = _noun(token)
        else:
            cue = None
        if cue is not None:
            cues.append(_in_paragraph(cue, text_of(doc)))
    return cues


def _in_paragraph(cue: Cue, text: str) -> Cue:
    """The cue with its content cut to the cue's own paragraph: the parser sometimes runs
    a sentence over a paragraph break, and reported speech never crosses one."""
    lo = text.rfind("\n", 0, cue.start) + 1
    hi = text.find("\n", cue.start)
    hi = len(text) if hi < 0 else hi
    content = []
    for start, end in cue.content:
        start, end = max(start, lo), min(end, hi)
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
            end -= 1
        if end > start:
            content.append((start, end))
    speaker, speaker_span = cue.speaker, cue.speaker_span
    if speaker_span is not None and not lo <= speaker_span[1] <= hi:
        speaker, speaker_span = None, None  # a subject the parser found across the break
    elif speaker_span is not None:
        speaker_span = (max(speaker_span[0], lo), speaker_span[1])
    if tuple(content) == cue.content and speaker_span == cue.speaker_span:
        return cue
    return dataclasses.replace(
        cue, content=tuple(content), speaker=speaker, speaker_span=speaker_span
    )


def _according(token: Any) -> Cue | None:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is None or nxt.lower_ != "to":
            return None
        to = nxt
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = token.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "According to X, A won, B lost and C tied": all of it
    content: tuple[Fragment, ...] = ()
    if head.i != token.i and head.pos_ in ("VERB", "AUX"):
        lo, hi = head.left_edge.i, head.right_edge.i
        skip_lo, skip_hi = token.left_edge.i, token.right_edge.i
        content = _without(token.doc, lo, hi, skip_lo, skip_hi)
    return Cue(
        token=token,
        start=token.idx,
        end=to.idx + len(to.text),
        speaker=source,
        speaker_span=_mention(source) if source is not None else None,
        content=content,
    )


def _verb(token: Any) -> Cue | None:
    word = lemma(token)
    children = list(token.children)
    content: tuple[Fragment, ...] = ()
    clause = [c for c in children if c.dep_ == "ccomp" and not _inserted(c)]
    # "said A, and three-quarters said B": a later clause with its own reporting verb
    # and subject is the next attribution.
    clause = clause[:1] + [c for c in clause[1:] if not _own_report(c)]
    if not clause and (word in NOUN_OBJECT or word == "say" or _quotes_in_object(children)):
        # "reported “2,521 shooting incidents” in the city": an object holding a quotation
        # is what a speech verb reports, whatever the verb.
        clause = [c for c in children if c.dep_ in _OBJECTS]
        if clause:  # "criticized the act [as a 'crazy system']", "blasted X [for being …]"
            clause += _object_tails(children, clause)
    if word in INTENTION and not clause:
        clause = [c for c in children if c.dep_ == "xcomp"]
    if not clause and word in OBJECT_CONTROL:  # "told his aides [to find a way]"
        objects = [c for c in children if c.dep_ == "dobj"]
        if objects:
            infinitives = [c for c in children if c.dep_ == "xcomp" and c.i > objects[0].i]
            clause = objects + infinitives if infinitives else []
    end = token.idx + len(token.text)
    if word in ABOUT and not clause:
        for prep in children:
            wanted = prep.lower_ in ABOUT_PREPOSITIONS or (
                prep.lower_ == "to" and word in TO_PREPOSITION
            )
            if prep.dep_ == "prep" and wanted and prep.i > token.i:
                clause = [
                    c
                    for c in prep.children
                    if c.dep_ in ("pobj", "pcomp")
                    and c.lemma_.lower() not in _NOT_CONTENT
                    and not (prep.lower_ in ("on", "over") and c.lemma_.lower() in MEDIA)
                    and c.ent_type_ not in ("DATE", "TIME")
                ]
                end = prep.idx + len(prep.text) if clause else end
                if clause:  # "called on the party [to unite]", "referred to X [as Y]"
                    clause += [
                        c
                        for c in children
                        if c.i > prep.i
                        and (c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "as"))
                    ]
                break
    if clause and clause[0].dep_ == "ccomp":
        # "said Lenox was a juggernaut [until it went bankrupt]": a clause hung on the cue
        # after its content belongs to the content, unless it is a cue of its own.
        clause += [
            c
            for c in children
            if c.dep_ == "advcl" and c.i > clause[0].i and lemma(c) not in CUE_LEMMAS
        ]
    if clause:
        content = _pieces(token, clause)
    elif _inserted(token):
        head = token.head
        if head.i != token.i:
            content = _without(
                token.doc,
                _after_setting(head, token),
                head.right_edge.i,
                token.left_edge.i,
                token.right_edge.i,
            )
    elif word not in SPEECH:
        return None
    subject = _agent(token)  # "was asked by a reporter whether …": the reporter asks
    if subject is None and not _passive_participle(token):
        subject = _subject(token)
    if subject is None and word in SPEECH and not _passive_participle(token):
        subject = _inverted(token) or _name_before(token)
    if subject is None:
        subject = _stray_subject(token)
    if subject is None and token.tag_ == "VBG":
        subject = _sentence_subject(token)
    return Cue(
        token=token,
        start=token.idx,
        end=end,
        speaker=_antecedent(subject) if subject is not None else None,
        speaker_span=_speaker_words(subject) if subject is not None else None,
        content=content,
    )


def _object_tails(children: list[Any], objects: list[Any]) -> list[Any]:
    """What the verb reports of its object, which follows the object directly; after a
    gap ("announced the change [by television] on Wednesday") or on a date a phrase only
    sets the scene."""
    last = max(c.right_edge.i for c in objects)
    first = min(c.i for c in objects)
    tails: list[Any] = []
    for c in children:
        if c.i <= first or c.dep_ not in _OBJECT_TAILS or c.left_edge.i <= last:
            continue
        if c.left_edge.i != last + 1:
            break
        if c.dep_ == "prep" and (
            c.lower_ not in _TAIL_PREPOSITIONS
            or any(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
        ):
            break
        tails.append(c)
        last = c.right_edge.i
    return tails


def _own_report(clause: Any) -> bool:
    return lemma(clause) in SPEECH and any(
        c.dep_ == "nsubj" and c.i < clause.i for c in clause.children
    )


def _made_clear(token: Any) -> Cue | None:
    """ "Republicans made (it) clear that they would oppose the bill": the that-clause,
    hung on "made" or on "clear", is what they made clear."""
    clear = next((c for c in token.children if c.lower_ == "clear" and c.i > token.i), None)
    if clear is None:
        return None
    clause = [
        c
        for c in (*token.children, *clear.children)
        if c.dep_ in ("ccomp", "advcl")
        and c.i > clear.i
        and any(m.dep_ == "mark" for m in c.children)
    ]
    if not clause:
        return None
    subject = _subject(token)
    return Cue(
        token=token,
        start=token.idx,
        end=clear.idx + len(clear.text),
        speaker=_antecedent(subject) if subject is not None else None,
        speaker_span=_speaker_words(subject) if subject is not None else None,
        content=_pieces(token, clause[:1]),
    )


def _quotes_in_object(children: list[Any]) -> bool:
    for child in children:
        if child.dep_ == "dobj":
            words = child.doc[child.left_edge.i : child.right_edge.i + 1]
            if any(t.text[0] in _OPEN_MARKS and t.text != "'" for t in words):
                return True
    return False


def _noun(token: Any) -> Cue | None:
    """ "Trump's claim that …", "her criticism of the deal": a noun that reports, with the
    possessor (or the subject of the verb it is the object of) as its speaker."""
    content: tuple[Fragment, ...] = ()
    end = token.idx + len(token.text)
    for child in token.children:
        if child.i < token.i:
            continue
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" for c in child.children):
            content = _pieces(token, [child])
        elif child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS:
            objects = [
                c
                for c in child.children
                if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")
            ]  # "a conference call [on Tuesday]" is not about Tuesday
            if objects:
                content = _pieces(token, objects)
                end = child.idx + len(child.text)
        if content:
            break
    if not content:
        return None
    subject = next((c for c in token.children if c.dep_ == "poss"), None)
    if subject is None:
        subject = _name_as_subject(token)
    current = token
    while subject is None and current.dep_ in ("dobj", "pobj", "prep", "attr", "appos"):
        current = current.head  # "renewed [her] calls for …", "in a statement saying …"
        if current.pos_ in ("VERB", "AUX"):
            # "… with an assertion that …", "wavered in answering a question about …"
            subject = _agent(current) or _subject(current)
            break
    return Cue(
        token=token,
        start=token.idx,
        end=end,
        speaker=_antecedent(subject) if subject is not None else None,
        speaker_span=_speaker_words(subject) if subject is not None else None,
        content=content,
    )


def _name_as_subject(token: Any) -> Any | None:
    """ "Trump claims that …" parsed as a noun phrase, the verb's "-s" read as a plural:
    the capitalised word just before, joined to the cue as its compound or its head."""
    if token.tag_ != "NNS" or token.i == 0 or any(c.dep_ == "det" for c in token.children):
        return None
    name = token.doc[token.i - 1]
    if not name.text[:1].isupper() or name.pos_ not in ("PROPN", "NOUN"):
        return None
    if name.head.i == token.i and name.dep_ == "compound" and token.dep_ == "ROOT":
        return name
    if token.head.i == name.i and name.dep_ == "ROOT":
        return name
    return None


def _inverted(token: Any) -> Any | None:
    """ "“We will win,” added a local Democrat.": the speaker after the verb, which the
    parser takes for its object."""
    doc = token.doc
    if token.i == 0 or lemma(token) in _ADDRESSING:
        return None
    before = doc[token.i - 1]
    if before.text == "," and token.i > 1:
        before = doc[token.i - 2]
    if before.text[-1] not in _CLOSE_MARKS or before.text == "'":
        return None
    return next(
        (c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1), None
    )


def _sentence_subject(token: Any) -> Any | None:
    """ "… for his role in promoting aids and for saying that …": a participle the parse
    leaves without a subject belongs to the person its sentence is about."""
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None and (
        subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.lower_ in _PERSONAL
    ):
        return subject
    return None


def _agent(token: Any) -> Any | None:
    """The "by" phrase of a passive verb: who asked, who said, who called."""
    if token.tag_ != "VBN":
        return None
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _passive_participle(token: Any) -> bool:
    """ "Asked about the bomb, Clinton said …": whoever was asked is not the one asking."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("advcl", "acl", "amod", "ROOT")
        and not any(c.dep_ in ("aux", "nsubj") for c in token.children)
    )


def _antecedent(subject: Any) -> Any:
    """The noun a relative pronoun subject stands for ("an architect, who said …")."""
    if subject.lower_ in ("who", "that", "which") and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _speaker_words(subject: Any) -> Fragment:
    """The words that name the speaker: for a relative pronoun, from its antecedent's
    phrase to the pronoun ("[a group that] advocates …", "[the senator, who] said …"), so
    the pronoun and the words it stands for are both in the mention."""
    antecedent = _antecedent(subject)
    if antecedent is subject:
        return _mention(subject)
    start, end = _mention(antecedent)
    return start, max(end, subject.idx + len(subject.text))


def _inserted(token: Any) -> bool:
    """ "The economy, he said, is weak" / "…, sources said.": an attribution set into
    (or after) the clause it reports, which the parse hangs below that clause."""
    return (
        token.dep_ in ("parataxis", "ccomp")
        and token.left_edge.i > token.head.left_edge.i
        and lemma(token) in SPEECH
        and token.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children)
        and any(c.dep_ == "nsubj" for c in token.children)
        and _after_mark(token)
    )


def _after_setting(head: Any, cue: Any) -> int:
    """Where the clause reported around an inserted cue starts: after an adverbial clause
    opening the sentence ("[Speaking to PBS,] he said, “It happened …”"), which tells how
    the words were said, not what. One reporting words of its own ("When asked whether
    …,") stays, so that the cue covers it."""
    start = head.left_edge.i
    for child in head.children:
        if child.dep_ == "advcl" and child.i < cue.left_edge.i and child.left_edge.i == start:
            own = _verb(child) if lemma(child) in CUE_LEMMAS else None
            if own is None or not own.content:
                start = child.right_edge.i + 1
    return start


def _after_mark(token: Any) -> bool:
    """The attribution's first word follows a comma, dash or quotation mark."""
    doc = token.doc
    first = token.left_edge.i
    while first < token.i and doc[first].is_punct:
        first += 1
    return first > 0 and doc[first - 1].text in _INSERTION_MARKS


def _name_before(token: Any) -> Any | None:
    """ "Rep. Paul Ryan (R-WI) said“…", "Gene Sperling, a Clinton adviser, said": a name
    just before a cue the parser gave no subject, past a bracket or an apposition."""
    doc = token.doc
    i = token.i - 1
    depth = 0
    skipped = False
    while i >= 0 and token.i - i <= 16:
        word = doc[i]
        if word.text == ")":
            depth += 1
        elif word.text == "(":
            depth -= 1
        elif depth == 0 and word.ent_type_ in ("PERSON", "ORG", "NORP"):
            return word
        elif depth == 0 and word.text == "," and i == token.i - 1 and not skipped:
            # ", a top Clinton adviser," : back to the comma that opens the apposition
            opening = next(
                (j for j in range(i - 1, max(i - 12, -1), -1) if doc[j].text == ","), None
            )
            if opening is None:
                return None
            i, skipped = opening, True
        elif depth == 0 and (not word.is_punct or word.text in _CLOSE_MARKS):
            return None  # a word that is not the name, or the quotation before it
        i -= 1
    return None


_STRAY = ("compound", "npadvmod", "nummod", "dep", "nmod")


def _stray_subject(token: Any) -> Any | None:
    """The subject of a finite verb the parser gave none, found under another label:
    "Trump barked" (compound), "About 4 in 10 say" (nummod), "Less than a third agreed"
    (npadvmod), "At the club, Jay Smith, its manager, said" (apposition in the opener)."""
    if token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children):
        return None
    before = [c for c in token.children if c.i < token.i]
    stray = [c for c in before if c.dep_ in _STRAY and c.pos_ in ("NOUN", "PROPN", "NUM")]
    if stray:
        return stray[-1]
    for prep in reversed(before):
        if prep.dep_ != "prep":
            continue
        for word in prep.subtree:
            if word.dep_ == "appos" and word.ent_type_ in ("PERSON", "ORG"):
                return word
    return None


def _named_in_apposition(subject: Any) -> Any:
    """ "Tuesday in Berea, Gov. John Kasich, said": the person, not the date, speaks."""
    if subject.ent_type_ in ("DATE", "TIME", "GPE", "FAC", "LOC"):
        for child in subject.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG", "NORP"):
                return child
    return subject


def _subject(token: Any) -> Any | None:
    """The verb's subject, or that of the verb it hangs from ("…, adding that …")."""
    current = _coordinated_with(token) or token
    adjunct = False
    for _ in range(6):
        # The subject nearest the verb: a parse run over a paragraph break can give two.
        subjects = [c for c in current.children if c.dep_ == "nsubj" and c.lower_ != "there"]
        if subjects:
            return _named_in_apposition(min(subjects, key=lambda c: abs(c.i - current.i)))
        for child in current.children:
            if child.dep_ == "csubj":  # "Voters going to the polls said …", misparsed
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                return subject
            if child.dep_ == "nsubjpass":
                # "he was asked": the subject is not the speaker; but "After saying …,
                # she was taken to hospital": she said it.
                return child if adjunct else None
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return _issuer(current.head) or current.head  # "a statement saying …"
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "ended his speech by saying …"
            if current.dep_ == "advmod" and current.pos_ == "ADV":
                current = current.head  # "stopped short of calling …"
            while current.dep_ == "pobj" and current.head.dep_ == "prep":
                current = current.head.head  # "In addition to stating …, Clinton has …"
            owner = next((c for c in current.children if c.dep_ == "poss"), None)
            if current.pos_ == "NOUN" and owner is not None:
                return owner  # "their strategy of attacking him"
            adjunct = True
            continue
        if current.dep_ not in _CLIMB or current.head.i == current.i:
            return None
        if current.dep_ == "xcomp" and (
            current.tag_ == "VBG" or lemma(current.head) in OBJECT_CONTROL
        ):
            # "left many nations feeling that …", "asked him to say …": the object does it
            # (but "used blunt words to denounce …": the subject does).
            controller = [c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i]
            if controller:
                return controller[-1]
        head = current.head
        if (
            _trailing_participle(current, head.left_edge.i, current.right_edge.i)
            and head.dep_ == "ccomp"
            and lemma(head.head) in SPEECH
        ):
            head = head.head  # "said prices rose, citing the weather": the speaker cites
        current = head
    return None


def _issuer(noun: Any) -> Any | None:
    """ "The council issued a statement calling …", "he unleashed a series of tweets
    mocking …", "she spoke at a news conference announcing …": whoever put out the words
    speaks them, when a name, a personal pronoun or a person noun did."""
    verb = noun
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "a series of [tweets]", "spoke at a [news conference]"
    if verb.pos_ != "VERB":
        if verb.dep_ != "dobj":
            return None
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if (
        subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or subject.lower_ in _PERSONAL
        or lemma(subject) in ISSUERS
    ):
        return subject
    return None


def _coordinated_with(token: Any) -> Any | None:
    """The cue a subjectless reporting verb is coordinated with, when the parser hung it
    inside that cue's content ("said he would order a review [and warned] …")."""
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ") or lemma(token) not in SPEECH:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    current = token.head
    for _ in range(4):
        if current.dep_ == "ccomp":
            cue = current.head
            if lemma(cue) in SPEECH and cue.tag_ == token.tag_:
                return cue
            return None
        if current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _mention(head: Any) -> Fragment:
    """The speaker's words: the head noun with what precedes it in its phrase."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ in ("compound", "flat", "prep") and child.i == end + 1:
            end = child.right_edge.i
    for i in range(start, head.i):
        if doc[i].text in ("”", '"', "»", "''"):
            start = i + 1  # a parse that runs the quotation into the name: not the speaker
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _pieces(cue: Any, clause: list[Any]) -> tuple[Fragment, ...]:
    """The clause's subtrees as fragments, leaving out the attribution between them
    ("[X is weak], top lawmakers said Friday, [after …]")."""
    doc = cue.doc
    lo = min(c.left_edge.i for c in clause)
    hi = max(c.right_edge.i for c in clause)
    inside: set[int] = set()
    for child in clause:
        inside.update(range(child.left_edge.i, child.right_edge.i + 1))
    for token in doc[lo : hi + 1]:
        if _trailing_participle(token, lo, hi) or _trailing_aside(token, lo, hi):
            inside.difference_update(range(token.left_edge.i - 1, token.right_edge.i + 1))
            hi = token.left_edge.i - 2
            break
        if _coordinated_report(cue, token, lo, hi):
            inside.difference_update(range(token.left_edge.i, token.right_edge.i + 1))
            hi = token.left_edge.i - 1
            break
    fragments: list[Fragment] = []
    start = None
    for i in range(lo, hi + 2):
        kept = i <= hi and (i in inside or (doc[i].is_punct and start is not None))
        if kept and start is None:
            start = i
        elif not kept and start is not None:
            fragments.extend(_trimmed(doc, start, i - 1))
            start = None
    return tuple(fragments)


def _trailing_participle(token: Any, lo: int, hi: int) -> bool:
    """ "…, arguing that …" / "…, meaning …" ending the content: a participle set off by a
    comma comments on the report (or is a report of its own), it is not part of it."""
    doc = token.doc
    first = token.left_edge.i
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and all(t.dep_ == "advmod" for t in doc[first : token.i])
        and lo < first - 1
        and _after_comma(doc, first)
        and all(t.is_punct for t in doc[token.right_edge.i + 1 : hi + 1])
    )


def _after_comma(doc: Any, i: int) -> bool:
    """Token ``i`` follows a comma, or a quotation closing on one ("…,” adding")."""
    before = doc[i - 1].text
    if before == ",":
        return True
    return i >= 2 and before[-1] in _CLOSE_MARKS and doc[i - 2].text == ","


def _coordinated_report(cue: Any, token: Any, lo: int, hi: int) -> bool:
    """ "said he would order a review and warned against hackers": a reporting verb in the
    cue's own tense, joined at the end of the content without a subject of its own, goes
    with the cue (the parser hangs it on the content's verb); it reports something else."""
    return (
        token.dep_ == "conj"
        and token.tag_ == cue.tag_
        and token.tag_ in ("VBD", "VBZ")
        and lemma(token) in SPEECH
        and lo < token.left_edge.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and all(t.is_punct for t in token.doc[token.right_edge.i + 1 : hi + 1])
    )


def _trailing_aside(token: Any, lo: int, hi: int) -> bool:
    """ "…, which forced her to leave early" ending the content: the writer's gloss on
    its last noun, a relative clause set off by a comma, not what was said."""
    doc = token.doc
    first = token.left_edge.i
    if not lo < first - 1 or not all(t.is_punct for t in doc[token.right_edge.i + 1 : hi + 1]):
        return False
    if token.dep_ == "relcl":
        return doc[first - 1].text == "," and doc[first].lower_ in (
            "which",
            "who",
            "whose",
            "where",
        )
    # "… the “anchor baby” — a play on words …": a dash, then a noun phrase glossing it.
    return token.dep_ == "appos" and doc[first - 1].text in _DASHES


def _trimmed(doc: Any, lo: int, hi: int) -> tuple[Fragment, ...]:
    """Tokens ``lo..hi`` as one fragment, without punctuation at its ends (quote marks stay)."""
    while lo <= hi and doc[lo].is_punct and doc[lo].text not in _OPEN_MARKS:
        lo += 1
    while hi >= lo and (
        (doc[hi].is_punct and doc[hi].text[-1] not in _CLOSE_MARKS) or doc[hi].dep_ == "cc"
    ):
        hi -= 1  # ", and" left over where a clause was cut off
    if hi < lo:
        return ()
    if doc[hi].text[-1] in _CLOSE_MARKS and not any(
        doc[i].text[0] in _OPEN_MARKS for i in range(lo, hi)
    ):
        hi -= 1  # a closing mark whose quote opened before the clause
    while hi >= lo and doc[hi].is_punct and doc[hi].text[-1] not in _CLOSE_MARKS:
        hi -= 1
    if hi < lo:
        return ()
    return ((doc[lo].idx, doc[hi].idx + len(doc[hi].text)),)


def _without(doc: Any, lo: int, hi: int, skip_lo: int, skip_hi: int) -> tuple[Fragment, ...]:
    """Tokens ``lo..hi`` less ``skip_lo..skip_hi``, as up to two trimmed fragments."""
    fragments: list[Fragment] = []
    if skip_lo > lo:
        fragments.extend(_trimmed(doc, lo, skip_lo - 1))
    if skip_hi < hi:
        fragments.extend(_trimmed(doc, skip_hi + 1, hi))
    return tuple(fragments)
