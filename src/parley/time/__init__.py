"""Time stage: date expressions → ``TimeExpr`` records resolved to day ranges.

Reads the spaCy parse: the ``DATE`` and ``TIME`` entities, plus the story-time
phrases the entity recogniser misses ("within hours of the comments", "the next
day", "in the coming days"). Each expression is resolved in text order by
``parley.time.rules`` against the publication date, or, for story-relative
phrases, against the previous dated expression, so the story's own chronology
carries forward. The clause's tense decides weekdays and yearless dates ("will
meet on Monday" is the coming Monday). Without a publication date a yearless
date stays partial (``--03-17``) and relative ones stay unresolved: a year is
never invented. Durations ("two years", "50-year-old") are not dates and are
skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from parley.records import TimeExpr
from parley.time.rules import Context, Resolution, resolve

__all__ = [
    "Context",
    "Resolution",
    "dates_a_thing",
    "find_times",
    "names_a_day",
    "resolve",
    "resolve_text",
]

# Story-time phrases the small English pipeline rarely tags as DATE.
_EXTRA = re.compile(
    r"\b(?:within (?:(?:a few|several|two|three|24|48) )?(?:hours|minutes|an hour)"
    r"(?: of (?:the |his |her |their |its |this |that )?[\w-]+)?"
    r"|(?:hours|minutes|moments) later"
    r"|(?:in |over |within )?the (?:coming|next few) (?:days|weeks|months)"
    r"|(?:in )?recent (?:days|weeks|months)"
    r"|the (?:next|following|previous) (?:day|morning|evening|week)"
    r"|the day (?:after|before)"
    r"|(?:later|earlier) that (?:day|week|month)"
    r"|(?:yesterday|today|tomorrow|tonight|last night)"
    r"|(?:(?:last|next|this) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"^(?:the )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"a few|few|some|about \d+|nearly \d+|more than \d+)[- ](?:day|week|month|year|decade|hour|"
    r"minute)s?(?:[- ]old|[- ]long| long)?$|^(?:decades|years|months|weeks|days|hours)$",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?:(?:at|around|about|shortly (?:before|after)|just (?:before|after)) )*"
    r"(?:\d{1,2}(?:[:.]\d\d)? ?(?:a\.?m\.?|p\.?m\.?|o'clock|hours?)|noon|midday|midnight"
    r"|\d{4} (?:utc|gmt))"
    r"(?: (?:local time|utc|gmt|[a-z]{2,4}t))?",
    re.IGNORECASE,
)
# A bare number that spaCy may tag as a year ("2259"), and the words that number things
# rather than date them ("Security Council resolution 2259", "Flight 1977", "Article 1920").
_BARE_NUMBER = re.compile(r"(?:the )?(?:year )?(?P<number>\d{4})", re.IGNORECASE)
_NUMBERING = re.compile(
    r"\b(?:resolutions?|articles?|sections?|chapters?|paragraphs?|clauses?|rules?|decrees?|"
    r"bills?|flights?|routes?|highways?|roads?|bus|trains?|rooms?|units?|models?|numbers?|"
    r"no\.?|nos\.?|#|codes?|cases?|items?|pages?|platforms?|gates?|lines?|lots?|batch|vol\.?|"
    r"volumes?|issues?|editions?|versions?|squadrons?|regiments?|brigades?|divisions?|"
    r"battalions?|ships?|hulls?|patents?|bulletins?|circulars?|directives?)\s*$",
    re.IGNORECASE,
)
# How far after the publication date a bare year may lie and still be one (climate targets
# of 2100 in news of the 2020s are); undated, the last year that counts.
_YEARS_AHEAD = 100
_LAST_UNDATED_YEAR = 2100
_PROBE_BASE = dt.date(2001, 6, 13)
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "go", "intend", "hope", "aim"}


def find_times(doc: Any, published: dt.date | None) -> tuple[TimeExpr, ...]:
    """The article's date expressions, in text order, ids ``T1``, ``T2`` …"""
    times: list[TimeExpr] = []
    anchor: dt.date | None = None
    for start, end in _candidates(doc):
        text = doc.text[start:end]
        if _DURATION.match(text.strip()) or _numbered(doc.text, start, text, published):
            continue
        context = Context(base=published, anchor=anchor, future=_is_future(doc, start, end))
        resolution = resolve(text, context)
        if (
            resolution is None
            and resolve(text, Context(base=_PROBE_BASE, anchor=None, future=False)) is None
        ):
            continue  # not a date we can read at all ("the season", "annual")
        times.append(_record(len(times) + 1, text, start, end, resolution))
        if (
            resolution is not None
            and resolution.start is not None
            and not dates_a_thing(doc, start, end)
        ):
            anchor = resolution.start
    return tuple(times)


def _numbered(text: str, start: int, phrase: str, published: dt.date | None) -> bool:
    """A bare four-digit number that is no year: one that numbers a thing ("resolution
    2259"), or a year too far ahead to be one a news story dates by."""
    bare = _BARE_NUMBER.fullmatch(phrase.strip())
    if bare is None:
        return False
    if _NUMBERING.search(text[max(0, start - 30) : start]):
        return True
    last = published.year + _YEARS_AHEAD if published else _LAST_UNDATED_YEAR
    return int(bare["number"]) > last


def dates_a_thing(doc: Any, start: int, end: int) -> bool:
    """The expression at ``start``-``end`` modifies a noun after it ("the November 27
    agreement", "last month's attack", "the Monday meeting"): it dates that thing, not the
    time the story has reached, so later "the next day" or an undated act does not count from
    it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return (
        root.dep_ in ("nmod", "compound", "poss", "amod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.i >= span.end
    )


def names_a_day(expression: TimeExpr) -> bool:
    """Whether the expression names a day or longer, not only a clock time ("2am", "noon").

    A clock time alone is dated to the publication day; beside a day ("at 2am on Sunday")
    the day is what dates the event."""
    return not _CLOCK.fullmatch(expression.text.strip(" ,.()"))


def resolve_text(
    text: str,
    published: dt.date | None,
    *,
    anchor: dt.date | None = None,
    future: bool = False,
) -> Resolution | None:
    """One expression resolved without a parse (for callers and tests)."""
    return resolve(text, Context(base=published, anchor=anchor, future=future))


def _record(number: int, text: str, start: int, end: int, found: Resolution | None) -> TimeExpr:
    if found is None:
        return TimeExpr(id=f"T{number}", text=text, start=start, end=end)
    return TimeExpr(
        id=f"T{number}",
        text=text,
        start=start,
        end=end,
        date=found.date,
        date_end=found.date_end,
        granularity=found.granularity,
        anchor=None if found.partial else found.anchor,
        partial=found.partial is not None,
        vague=found.vague,
        method=found.method,
    )


def _candidates(doc: Any) -> list[tuple[int, int]]:
    """Character spans of DATE/TIME entities and extra phrases, overlaps merged to the longest."""
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    spans += [(m.start(), m.end()) for m in _EXTRA.finditer(doc.text) if _capitalised_ok(m)]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            if end > kept[-1][1]:
                kept[-1] = (kept[-1][0], end)
            continue
        kept.append((start, end))
    return kept


def _capitalised_ok(match: re.Match[str]) -> bool:
    """Weekday names count only capitalised ("Sunday", not "sunday school" in lower case)."""
    word = match.group(0).split()[-1]
    weekday = word.lower().rstrip("s") in {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
    }  # fmt: skip
    return not weekday or word[0].isupper()


def _is_future(doc: Any, start: int, end: int) -> bool:
    """The expression's clause speaks of the future: "will", "shall", "plans to" …"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = _governing_verb(span.root)
    if verb is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return has_to and verb.head.lemma_ in _FUTURE_HEADS


def _governing_verb(token: Any) -> Any:
    for candidate in _ancestors(token):
        if candidate.pos_ in ("VERB", "AUX"):
            return candidate
    return None


def _ancestors(token: Any) -> Iterable[Any]:
    yield token
    while token.head.i != token.i:
        token = token.head
        yield token
