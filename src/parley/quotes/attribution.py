"""Quotations and reported speech joined to their cues and speakers.

Works on one parsed article and its actors, in this order:

1. quoted stretches from ``marks`` (a quote running over paragraphs is one);
2. "Name: …" lines (transcripts, headlines): the name speaks the rest of the line;
3. cues from ``cues``: a cue whose content is a quotation claims it (direct);
   otherwise its content is reported speech, *mixed* when it holds a quotation;
4. quotations still without a cue take the nearest speech cue of their sentence,
   a cue ending the sentence before with ":", a short attribution right after
   ("…" he said.), the cue of the quotation they continue ("…," he said. "…"),
   or the speaker of the quotation that opened the paragraph before;
   short quotations with none of these are scare quotes or titles, and dropped;
5. speakers resolve to the actor one of whose mentions holds the speaker's
   head word (the actors stage put pronoun and description mentions there).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from parley.nlp import text_of
from parley.quotes.cues import Cue, Fragment, find_cues
from parley.quotes.marks import Quoted, scan
from parley.records import Entity, Quote

_MIN_UNATTRIBUTED_WORDS = 8
_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_NOT_SPEAKERS = frozenset(
    re.findall(
        r"\w+",
        """VIDEO UPDATE UPDATED WATCH BREAKING EXCLUSIVE LIVE PHOTOS PHOTO AUDIO FLASHBACK
        REPORT POLL ANALYSIS OPINION EDITORIAL DEVELOPING NOTE CORRECTION TRANSCRIPT READ
        LISTEN SOURCE SOURCES""",
    )
)
"""Labels that head a line with a colon without being anyone who speaks."""
_LINE_OPENERS = frozenset('"“« \t')


@dataclass(slots=True)
class _Found:
    fragments: list[Fragment]
    kind: str
    cue: Cue | None = None
    cue_span: Fragment | None = None
    cue_text: str | None = None
    speaker: Any | None = None
    speaker_span: Fragment | None = None
    absorbed: bool = False
    paragraph: int = 0
    pieces: list[Quoted] = field(default_factory=list)

    def attach(self, cue: Cue, doc: Any) -> None:
        self.cue = cue
        self.cue_span = (cue.start, cue.end)
        self.cue_text = text_of(doc)[cue.start : cue.end]
        self.speaker = cue.speaker
        self.speaker_span = cue.speaker_span


def extract_quotes(doc: Any, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """The quotes of one parsed article, ids ``Q1``, ``Q2`` … in text order."""
    text = text_of(doc)
    paragraphs = _paragraph_starts(text)
    runs = [r for r in _runs(scan(text), paragraphs) if not _title(text, r)]
    starts = [r.fragments[0][0] for r in runs]
    found: list[_Found] = []
    lines = _name_lines(doc, paragraphs)
    cues = find_cues(doc)
    introducing = _introductions(text, cues, runs, starts)
    for cue in _outermost([c for c in (*lines, *cues) if c.content]):
        if cue.start in introducing:
            continue
        if cue.layout == "line" or _inside_run(cue.start, runs, starts) is None:
            _claim(cue, runs, found, doc)
    _attribute_remaining(doc, runs, cues, starts)
    found.extend(r for r in runs if not r.absorbed)
    return _records(doc, found, entities)


def _introductions(text: str, cues: list[Cue], runs: list[_Found], starts: list[int]) -> set[int]:
    """ "Trump replied, “Well, maybe so.”": a speech cue right before a quotation (after
    nothing but a comma or colon) introduces it, even when the parser hung a clause
    before the cue on it instead.
    Returns the starts of the cues so used."""
    used = set()
    for cue in cues:
        if not cue.speech or cue.token.lower_ == "according":
            continue
        if any(end > cue.start for _, end in cue.content):
            continue  # the parse found what follows the cue: the claims decide
        i = bisect.bisect_left(starts, cue.end)
        if i >= len(runs) or runs[i].cue is not None:
            continue
        run = runs[i]
        if text[cue.end : run.fragments[0][0]].strip(" ,:\t\xa0") == "":
            run.attach(cue, cue.token.doc)
            used.add(cue.start)
    return used


def _outermost(cues: list[Cue]) -> list[Cue]:
    """Cues not inside another cue's content: an attribution inside reported speech
    ("she said Clinton had told police …") is part of what is reported."""
    return [
        cue
        for cue in cues
        if not any(
            other is not cue and any(a <= cue.start < b for a, b in other.content) for other in cues
        )
    ]


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _runs(quoted: list[Quoted], paragraphs: list[int]) -> list[_Found]:
    """Quoted stretches chained over paragraphs into runs."""
    runs: list[_Found] = []
    chaining = False
    for piece in quoted:
        if chaining and runs:
            runs[-1].fragments.append((piece.start, piece.end))
            runs[-1].pieces.append(piece)
        else:
            runs.append(
                _Found(
                    fragments=[(piece.start, piece.end)],
                    kind="direct",
                    paragraph=bisect.bisect_right(paragraphs, piece.start) - 1,
                    pieces=[piece],
                )
            )
        chaining = piece.continues
    return runs


_TITLE_BEFORE = re.compile(
    r"\b(?:on|in|at)\s+(?:[\w.&-]+\s+){0,3}?(?:[\w.&-]+['’]s\s+)?$|['’]s\s+$"
)
_TITLE_SMALL = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from", "by"]
)


_CITED = re.compile(r"[\"”’']?\s*[,;(]\s*(?:https?://|www\.)")
"""A quotation followed by a web address: the title of a cited page, not speech."""


def _title(text: str, run: _Found) -> bool:
    """ "said on NBC's “Meet the Press.”", "told CNN's “State of the Union”": a short
    quotation in title case after "on"/"in" or a possessive names a show or a paper.
    ("Cairo summit denounces …", https://…): a quotation cited with its address is a
    page's title."""
    if len(run.fragments) != 1:
        return False
    start, end = run.fragments[0]
    if _CITED.match(text, end):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    if not 1 <= len(words) <= 6 or words[0].lower() in ("i", "we"):
        return False
    if not all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words):
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 60), start) is not None


def _inside_run(offset: int, runs: list[_Found], starts: list[int]) -> _Found | None:
    i = bisect.bisect_right(starts, offset) - 1
    while i >= 0:
        run = runs[i]
        if any(a <= offset < b for a, b in run.fragments):
            return run
        if run.fragments[-1][1] <= offset and i < len(runs) - 1:
            return None
        i -= 1
    return None


def _covered_words(
    doc: Any, fragments: tuple[Fragment, ...] | list[Fragment], runs: list[_Found]
) -> tuple[list[_Found], int]:
    """The runs that ``fragments`` overlap, and its words outside any of them."""
    hit: list[_Found] = []
    outside = 0
    for start, end in fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            run = next((r for r in runs if any(a <= token.idx < b for a, b in r.fragments)), None)
            if run is None:
                outside += token.is_alpha
            elif run not in hit:
                hit.append(run)
    return hit, outside


def _claim(cue: Cue, runs: list[_Found], found: list[_Found], doc: Any) -> None:
    near = [r for r in runs if _overlaps(r.fragments, cue.content)]
    content = cue.content
    if cue.layout == "line":  # the line is the quote, whatever marks it carries
        for run in near:
            run.absorbed = True
    elif near:
        hit, outside = _covered_words(doc, content, near)
        opening = next((r for r in hit if r.fragments[0][0] <= content[0][0] + 1), None)
        opening = opening or _quoted_after_preposed(text_of(doc), cue, content, hit)
        if outside == 0 or (opening is not None and _ends_sentence(text_of(doc), opening)):
            hit = [opening] if outside and opening is not None else hit
            for run in hit:
                if run.cue is None and run.speaker is None and cue.speech:
                    run.attach(cue, doc)
            return
        content = _stretched(content, hit)
        for run in hit:
            if _within(run.fragments, content):
                run.absorbed = True
    kind = "mixed" if near else "indirect"
    if cue.layout == "line":
        kind = "direct"  # a transcript line is the speaker's own words
    quote = _Found(fragments=list(content), kind=kind)
    quote.attach(cue, doc)
    found.append(quote)


def _quoted_after_preposed(
    text: str, cue: Cue, content: tuple[Fragment, ...], hit: list[_Found]
) -> _Found | None:
    """ "Asked about the plan, Lee said, “It will fail.”": the words before the cue are a
    preposed clause the parse hung on it; the quoted sentence after the cue is what was said.
    Returns that quotation when the content is it plus words before the cue."""
    after = [f for f in content if f[0] >= cue.end]
    if len(after) != 1 or any(e > cue.start for s, e in content if (s, e) not in after):
        return None
    start, end = after[0]
    for run in hit:
        if len(run.fragments) != 1:
            continue
        a, b = run.fragments[0]
        inner = text[a + 1 : b].lstrip("'\"“«‘ ")
        edges = text[min(a, start) : max(a, start)] + text[min(b, end) : max(b, end)]
        if inner[:1].isupper() and all(not ch.isalnum() for ch in edges):
            return run
    return None


def _ends_sentence(text: str, run: _Found) -> bool:
    """The quotation closes on punctuation ("…,” / "….”"), so the clause ends with it."""
    end = run.fragments[-1][1]
    inner = text[run.fragments[-1][0] : end].rstrip("'\"”»’")
    return bool(inner) and inner[-1] in ",.?!"


def _stretched(content: tuple[Fragment, ...], runs: list[_Found]) -> tuple[Fragment, ...]:
    """``content`` reaching over the closing or opening marks of quotations it cuts."""
    fragments = list(content)
    for run in runs:
        if len(run.fragments) != 1:
            continue
        (a, b) = run.fragments[0]
        for i, (s, e) in enumerate(fragments):
            if a < s < e < b and s - a <= 3 and b - e <= 3:
                fragments[i] = (a, b)  # the quotation's words without its marks
            elif s <= a < e < b and b - e <= 3:
                fragments[i] = (s, b)
            elif a < s < b <= e and s - a <= 3:
                fragments[i] = (a, e)
    return tuple(fragments)


def _overlaps(a: list[Fragment] | tuple[Fragment, ...], b: tuple[Fragment, ...]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _within(a: list[Fragment], b: tuple[Fragment, ...]) -> bool:
    return all(any(s2 <= s1 and e1 <= e2 for s2, e2 in b) for s1, e1 in a)


def _name_lines(doc: Any, paragraphs: list[int]) -> list[Cue]:
    """ "PENCE: Well, look …" and "Pat Caddell: Voters worried …": the name speaks the line."""
    text = text_of(doc)
    cues = []
    for number, start in enumerate(paragraphs):
        end = paragraphs[number + 1] - 1 if number + 1 < len(paragraphs) else len(text)
        while start < end and text[start] in _LINE_OPENERS:
            start += 1  # "\"PENCE: …" in transcripts quoted as one block
        line = text[start:end]
        colon = line.find(":")
        if colon < 2 or colon > 40 or end - (start + colon) < 12:
            continue
        name = line[:colon].strip()
        words = name.split()
        if not 1 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
            continue
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None or not len(span):
            continue
        if name.upper() in _NOT_SPEAKERS or words[0] == "The":
            continue  # "VIDEO: …", "The Latest: …" label a story, nobody speaks
        headline = number == 0 and len(words) <= 2  # "Trump: 'I'm the Worst Thing …'"
        if not (headline or name.isupper() or all(t.ent_type_ in _NAME_LABELS for t in span)):
            continue
        content_start = start + colon + 1
        while content_start < end and text[content_start].isspace():
            content_start += 1
        content_end = end
        while content_end > content_start and text[content_end - 1] in " .\t":
            content_end -= 1
        colon_token = doc.char_span(start + colon, start + colon + 1, alignment_mode="expand")
        cues.append(
            Cue(
                token=colon_token[0] if colon_token is not None and len(colon_token) else span.root,
                start=start + colon,
                end=start + colon + 1,
                speaker=span.root,
                speaker_span=(span.start_char, span.end_char),
                content=((content_start, content_end),),
                layout="line",
            )
        )
    return cues


def _sentence_of(doc: Any, offset: int) -> Any | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def _attribute_remaining(doc: Any, runs: list[_Found], cues: list[Cue], starts: list[int]) -> None:
    speech = [c for c in cues if c.speech and _inside_run(c.start, runs, starts) is None]
    cue_starts = [c.start for c in speech]
    previous: _Found | None = None
    for run in runs:
        if run.absorbed or run.cue is not None:
            previous = run if not run.absorbed else previous
            continue
        first, last = run.fragments[0][0], run.fragments[-1][1]
        cue = _dash_after(doc, run) or _nearest_in_sentence(doc, speech, cue_starts, first, last)
        cue = cue or _colon_before(doc, speech, cue_starts, first)
        if cue is None and previous is not None and previous.cue is not None:
            between = previous.fragments[-1][1] <= previous.cue.start < first
            same_paragraph = previous.paragraph == run.paragraph
            if between and (same_paragraph or run.paragraph == previous.paragraph + 1):
                cue = previous.cue
        if cue is not None:
            run.attach(cue, doc)
        elif (
            previous is not None
            and previous.speaker is not None
            and run.paragraph <= previous.paragraph + 2
            and _opens_paragraph(text_of(doc), first)
        ):
            if previous.cue is not None:
                run.attach(previous.cue, doc)
            else:
                run.speaker, run.speaker_span = previous.speaker, previous.speaker_span
        elif (earlier := _speaker_earlier(doc, speech, cue_starts, first, last)) is not None:
            run.attach(earlier, doc)
        elif _words(text_of(doc)[first:last]) < _MIN_UNATTRIBUTED_WORDS:
            run.absorbed = True
        elif (latest := _latest_speaker(doc, speech, cue_starts, first)) is not None:
            run.speaker, run.speaker_span = latest.speaker, latest.speaker_span
        previous = run


_GAP = r"[^\S\n]*"  # spaces, including no-break spaces, within the line
_DASH_NAME = re.compile(
    _GAP + r"([—―–]|--?)" + _GAP + r"([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})"
)


def _dash_after(doc: Any, run: _Found) -> Cue | None:
    """ "“…” ― Pamela Padilla": a name after a dash that follows the quotation."""
    last = run.fragments[-1][1]
    found = _DASH_NAME.match(text_of(doc), last)
    if found is None:
        return None
    name = doc.char_span(found.start(2), found.end(2), alignment_mode="contract")
    if name is None or not len(name):
        return None
    return Cue(
        token=name.root,
        start=found.start(1),
        end=found.end(1),
        speaker=name.root,
        speaker_span=(found.start(2), found.end(2)),
        content=tuple(run.fragments),
        layout="dash",
    )


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _opens_paragraph(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return text[line_start:offset].strip() == ""


def _nearest_in_sentence(
    doc: Any, cues: list[Cue], starts: list[int], first: int, last: int
) -> Cue | None:
    """The speech cue nearest the quotation within its first or last sentence."""
    opening, closing = _sentence_of(doc, first), _sentence_of(doc, max(first, last - 1))
    text = text_of(doc)
    paragraph_start = text.rfind("\n", 0, first) + 1
    paragraph_end = text.find("\n", last)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    lo = max(opening.start_char if opening is not None else first, paragraph_start)
    hi = min(closing.end_char if closing is not None else last, paragraph_end)
    if closing is not None and closing.end < len(doc):
        following = doc[closing.end].sent  # "…," he said. as its own sentence
        if text[last : following.start_char].strip() == "":
            if following.end - following.start <= 8:
                hi = min(following.end_char, paragraph_end)
            else:  # "…?” Renteria told reporters during a call.": a cue in its first words
                fifth = doc[min(following.start + 4, following.end - 1)]
                hi = max(hi, min(fifth.idx + len(fifth), paragraph_end))
    best: Cue | None = None
    best_distance = 0
    for cue in cues[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
        if first <= cue.start < last:
            continue
        if cue.content and not _overlaps([(first, last)], cue.content):
            continue  # it reports something else
        distance = first - cue.end if cue.start < first else cue.start - last
        if best is None or distance < best_distance:
            best, best_distance = cue, distance
    return best


def _speaker_earlier(
    doc: Any, cues: list[Cue], starts: list[int], first: int, last: int
) -> Cue | None:
    """ "Rubio said the plan was a disaster. “It is a joke.”": a quotation with no cue of
    its own, after a speech cue with a speaker in the same paragraph, goes on from that
    cue: one act of speech, so it shares the cue (and the speaker)."""
    text = text_of(doc)
    if _words(text[first:last]) < _MIN_UNATTRIBUTED_WORDS:
        return None  # a scare quote or a title
    paragraph_start = text.rfind("\n", 0, first) + 1
    if _opens_paragraph(text, first):
        # "… , Susan said.\n\n“But we love him!”": a paragraph that is a quotation goes on
        # from the attribution that ended the paragraph before.
        before = text[:paragraph_start].rstrip()
        paragraph_start = text.rfind("\n", 0, len(before)) + 1
        if not before.endswith((".", "!", "?")):
            return None
    earlier = cues[bisect.bisect_left(starts, paragraph_start) : bisect.bisect_left(starts, first)]
    for cue in reversed(earlier):
        if cue.speaker is not None:
            return cue
    return None


def _latest_speaker(doc: Any, cues: list[Cue], starts: list[int], first: int) -> Cue | None:
    """ "… Sanders told the crowd. The senator has run on it for years.\n\n“It is the
    fight of our time …”": a long quotation with no cue of its own is, as readers take it,
    the words of the last person quoted in its paragraph or the one before."""
    text = text_of(doc)
    lo = text.rfind("\n", 0, first) + 1
    before = text[:lo].rstrip()
    if before:
        lo = text.rfind("\n", 0, len(before)) + 1
    earlier = cues[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, first)]
    for cue in reversed(earlier):
        if cue.speaker is not None:
            return cue
    return None


def _colon_before(doc: Any, cues: list[Cue], starts: list[int], first: int) -> Cue | None:
    """ "Caddell continued:" ending the sentence or paragraph just before the quotation."""
    before = text_of(doc)[:first].rstrip()
    if not before.endswith(":"):
        return None
    sentence = _sentence_of(doc, len(before) - 1)
    if sentence is None:
        return None
    inside = cues[
        bisect.bisect_left(starts, sentence.start_char) : bisect.bisect_left(starts, len(before))
    ]
    if inside:
        return inside[-1]
    subject = _colon_subject(sentence, len(before) - 1)
    if subject is not None:
        return subject
    # "Republican pollster Daron Shaw:" with no verb: the last name before the colon speaks.
    line_start = text_of(doc).rfind("\n", 0, len(before) - 1) + 1
    names = [
        e
        for e in doc.ents
        if e.label_ in _NAME_LABELS[:2] and line_start <= e.start_char and e.end_char < len(before)
    ]
    if not names or len(before) - names[-1].end_char > 2:
        return None
    name = names[-1]
    return Cue(
        token=name.root,
        start=len(before) - 1,
        end=len(before),
        speaker=name.root,
        speaker_span=(name.start_char, name.end_char),
        content=(),
        layout="line",
    )


def _colon_subject(sentence: Any, colon: int) -> Cue | None:
    """ "Tom Ridge put it this way:" / "She addressed the crowd again:": a sentence that
    hands over to a quotation with a colon, whatever its verb, is its subject's."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or root.idx > colon:
        return None  # a headline "Name: ‘We Will …’" parsed as one sentence
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.ent_type_ in _NAME_LABELS or subject.lower_ in ("he", "she", "they", "we", "i")
    ):
        return None
    start, end = subject.left_edge.idx, subject.idx + len(subject.text)
    return Cue(
        token=root,
        start=colon,
        end=colon + 1,
        speaker=subject,
        speaker_span=(start, end),
        content=(),
        layout="line",
    )


def _records(doc: Any, found: list[_Found], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    text = text_of(doc)
    mentions = sorted(
        ((start, end, entity) for entity in entities for start, end in entity.mentions),
        key=lambda mention: mention[:2],
    )
    mention_starts = [m[0] for m in mentions]
    pieces: list[tuple[int, int, _Found]] = []
    for quote in found:
        for start, end in quote.fragments:
            if end > start:
                pieces.append((start, end, quote))
    pieces.sort(key=lambda p: (p[0], p[1]))
    records = []
    for number, (start, end, quote) in enumerate(pieces, start=1):
        entity = _entity_at(quote.speaker, mentions, mention_starts) or _titled_name(
            text, quote.speaker_span, mentions
        )
        speaker_start, speaker_end = quote.speaker_span or (None, None)
        records.append(
            Quote(
                id=f"Q{number}",
                text=text[start:end],
                kind=quote.kind,
                start=start,
                end=end,
                speaker=entity.name if entity else None,
                speaker_id=entity.id if entity else None,
                speaker_text=text[speaker_start:speaker_end] if quote.speaker_span else None,
                speaker_start=speaker_start,
                speaker_end=speaker_end,
                cue=quote.cue_text,
                cue_start=quote.cue_span[0] if quote.cue_span else None,
                cue_end=quote.cue_span[1] if quote.cue_span else None,
            )
        )
    return tuple(records)


def _entity_at(
    token: Any, mentions: list[tuple[int, int, Entity]], starts: list[int]
) -> Entity | None:
    """The actor one of whose mentions holds the speaker's head word."""
    if token is None:
        return None
    offset = token.idx
    i = bisect.bisect_right(starts, offset) - 1
    while i >= 0 and offset - starts[i] < 200:
        start, end, entity = mentions[i]
        if start <= offset < end:
            return entity
        i -= 1
    return None


_BEFORE_NAME = re.compile(
    r"(?:\b(?:of|to|for|with|by|from|in|at|on|and|or|the|a|an)|['’]s?)\s*$", re.I
)


def _titled_name(
    text: str, span: tuple[int, int] | None, mentions: list[tuple[int, int, Entity]]
) -> Entity | None:
    """ "US Ambassador to Germany Richard Grenell alleged": a name closing the
    speaker's words after a long title is who speaks, whichever word the parse made the
    head; after "of" or a possessive ("the wife of John Smith") it is someone else."""
    if span is None:
        return None
    start, end = span
    for m_start, m_end, entity in mentions:
        if m_end == end and start < m_start and not _BEFORE_NAME.search(text, start, m_start):
            return entity
    return None
