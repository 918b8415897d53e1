"""Resolving one date expression: our own rules first, dateparser for the rest.

Which does what (each rule is one regular expression over the normalised
expression, tried in order; the first that matches decides):

- **our rules**: days named relative to the article ("yesterday", "last
  night"), weekdays with tense ("on Thursday" is the latest Thursday on or
  before the publication day unless the clause is about the future), weeks,
  weekends, months and years named relatively ("this week" is Monday to Sunday,
  "earlier this month" is the 1st up to the publication day), vague windows
  ("in the coming days", "in recent weeks"), parts of months ("mid-March",
  "the end of the month"), yearless dates ("March 17": the article's year
  unless that is over half a year away; with no publication date it stays
  ``--03-17``), ranges ("March 1-5"), parts of years ("mid-2018"), seasons
  ("last summer", "the winter of 2019": northern meteorological seasons, whole
  months; dateparser reads none of them), months named relatively ("last
  October", "next March", "October last year": dateparser reads none of them
  either), and story chronology ("the next day",
  "two days later", "within hours of the comments" count from the previous
  dated expression, not from the publication day). dateparser does none of
  these or does them differently (it returns one day for "this week", nothing
  for "the next day" or "in the coming days", and a past Monday for "will meet
  on Monday").
- **dateparser** (default settings, ``RELATIVE_BASE`` = the publication day):
  everything else, notably numeric and ISO dates ("3/17/2021", "2021-03-17")
  and phrasings the rules do not list; its ``period`` gives the granularity.
  Without a publication date its answer is kept only when the text names a
  year, because it would otherwise count from the day the program runs.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from parley.names import MONTHS, WEEKDAYS
from parley.time.calendar import (
    Span,
    add_months,
    month_of,
    nearest_year,
    number_of,
    week_of,
    weekday_after,
    weekday_before,
    year_of,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """Where an expression falls: a day range, or a partial date when no year is known."""

    start: dt.date | None = None
    end: dt.date | None = None
    granularity: str = "day"
    """``day``, ``week``, ``month``, ``year`` or ``decade``."""
    anchor: str = "absolute"
    """``absolute`` (the text names the date), ``published`` or ``story``."""
    vague: bool = False
    method: str = "rule"
    partial: str | None = None
    """``--MM-DD`` or ``--MM`` when the year is unknown (never invented)."""
    partial_end: str | None = None

    @property
    def date(self) -> str | None:
        return self.start.isoformat() if self.start else self.partial

    @property
    def date_end(self) -> str | None:
        return self.end.isoformat() if self.end else (self.partial_end or self.partial)


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    base: dt.date | None
    """The publication day."""
    anchor: dt.date | None
    """The day of the previous dated expression in the story, if any."""
    future: bool
    """The clause is about the future ("will meet on Monday")."""


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_NUMBER = (
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|a few|few)"
)
_UNIT = r"(?P<unit>day|week|month|year|hour|minute)s?"
_PART = r"(?: (?:morning|afternoon|evening|night))?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
_LEAD = re.compile(
    r"^(?:on|in|at|by|during|for|from|since|until|till|as of|as early as|as late as|"
    r"late on|early on|earlier on|sometime|some time)\s+"
)

_THIRDS = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}

Rule = Callable[[re.Match[str], Context], Resolution | None]
_RULES: list[tuple[re.Pattern[str], Rule]] = []


def _rule(pattern: str) -> Callable[[Rule], Rule]:
    def register(function: Rule) -> Rule:
        _RULES.append((re.compile(pattern), function))
        return function

    return register


def normalise(text: str) -> str:
    """Lower case, single spaces, no possessive, no leading preposition or "late on"."""
    text = " ".join(text.lower().replace("’", "'").split()).strip(" ,.;")
    text = re.sub(r"'s\b", "", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text)
    return text


def resolve(text: str, context: Context) -> Resolution | None:
    """The resolution of ``text``; None when neither the rules nor dateparser place it."""
    phrase = normalise(text)
    for pattern, function in _RULES:
        match = pattern.fullmatch(phrase)
        if match:
            return function(match, context)
    return _dateparser(phrase, context)


def _day(day: dt.date, anchor: str = "published", **extra: object) -> Resolution:
    return Resolution(start=day, end=day, anchor=anchor, **extra)  # type: ignore[arg-type]


def _span(span: Span, granularity: str, anchor: str, vague: bool = False) -> Resolution:
    return Resolution(
        start=span[0], end=span[1], granularity=granularity, anchor=anchor, vague=vague
    )


# --- days named relative to the publication day -------------------------------------------------


@_rule(
    r"(?:today|tonight|now|this (?:morning|afternoon|evening)|(?:earlier|later) today"
    r"|(?:earlier|later) this (?:morning|afternoon|evening))"
)
def _today(match: re.Match[str], context: Context) -> Resolution | None:
    return _day(context.base) if context.base else None


@_rule(r"(?:yesterday" + _PART + r"|last night|overnight|the day before yesterday)")
def _yesterday(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    back = 2 if match.group(0) == "the day before yesterday" else 1
    return _day(context.base - dt.timedelta(days=back))


@_rule(r"(?:tomorrow" + _PART + r"|the day after tomorrow)")
def _tomorrow(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    ahead = 2 if match.group(0) == "the day after tomorrow" else 1
    return _day(context.base + dt.timedelta(days=ahead))


@_rule(
    r"(?:(?:late|early) )?(?:(?P<which>last|this|next|past|coming|previous) )?" + _WEEKDAY + _PART
)
def _weekday(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    weekday = WEEKDAYS[match["weekday"]]
    which = match["which"]
    if which in ("next", "coming") or (context.future and which != "last"):
        return _day(weekday_after(context.base, weekday))
    if which == "this":
        return _day(week_of(context.base)[0] + dt.timedelta(days=weekday))
    return _day(
        weekday_before(context.base, weekday, strictly=which in ("last", "past", "previous"))
    )


# --- weeks, weekends, months and years named relatively -----------------------------------------


@_rule(r"(?:the )?(?P<which>this|last|next|past|coming|previous|current) (?P<unit>week|month|year)")
def _relative_period(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(match["which"], 0)
    unit = match["unit"]
    base = context.base
    if match["which"] == "past":  # "the past week": the seven days up to today
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return _span((base - dt.timedelta(days=days), base), unit, "published")
    if unit == "week":
        return _span(week_of(base + dt.timedelta(weeks=step)), "week", "published")
    if unit == "month":
        moved = add_months(base, step)
        return _span(month_of(moved.year, moved.month), "month", "published")
    return _span(year_of(base.year + step), "year", "published")


@_rule(r"(?:over )?(?:the |this |last |next )?weekend")
def _weekend(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    text = match.group(0)
    if text == "this weekend":  # the weekend of the publication week
        saturday = week_of(context.base)[0] + dt.timedelta(days=5)
    elif "next" in text or (context.future and "last" not in text):
        saturday = weekday_after(context.base, 5)
    else:
        saturday = weekday_before(context.base - dt.timedelta(days=1), 5)
    return _span((saturday, saturday + dt.timedelta(days=1)), "day", "published")


@_rule(r"(?P<side>earlier|later) (?:this|in the|this past) (?P<unit>week|month|year)")
def _earlier_later(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    base = context.base
    unit = match["unit"]
    whole = (
        week_of(base)
        if unit == "week"
        else month_of(base.year, base.month)
        if unit == "month"
        else year_of(base.year)
    )
    if match["side"] == "earlier":
        return _span((whole[0], base), unit, "published")
    return _span((base, whole[1]), unit, "published")


@_rule(r"(?:in )?(?:recent|the (?:past|last) few) (?P<unit>day|week|month|year)s")
def _recent(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    days = {"day": 7, "week": 28, "month": 120, "year": 1095}[match["unit"]]
    return _span(
        (context.base - dt.timedelta(days=days), context.base), match["unit"], "published", True
    )


@_rule(r"(?:in |over |within )?the (?:coming|next few|next|coming few) (?P<unit>day|week|month)s")
def _coming(match: re.Match[str], context: Context) -> Resolution | None:
    if not context.base:
        return None
    days = {"day": 7, "week": 28, "month": 120}[match["unit"]]
    start = context.base + dt.timedelta(days=1)
    return _span((start, context.base + dt.timedelta(days=days)), match["unit"], "published", True)


@_rule(
    r"(?:the )?(?:past|last|previous) "
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?P<unit>day|week|month|year)s"
)
def _past_n(match: re.Match[str], context: Context) -> Resolution | None:
    count = number_of(match["n"])
    if not context.base or count is None:
        return None
    start = _shift(context.base, -count, match["unit"])
    return _span((start, context.base), match["unit"], "published")


@_rule(_NUMBER + r" " + _UNIT + r" ago")
def _ago(match: re.Match[str], context: Context) -> Resolution | None:
    count = number_of(match["n"])
    if not context.base or count is None or match["unit"] in ("hour", "minute"):
        return _day(context.base) if context.base else None
    day = _shift(context.base, -count, match["unit"])
    return _about(day, match["unit"], "published")


# --- story chronology: counted from the previous dated expression -------------------------------


@_rule(
    r"(?:the )?(?P<dir>next|following|previous|preceding) "
    r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)"
)
def _next_day(match: re.Match[str], context: Context) -> Resolution | None:
    anchor, kind = _anchor(context)
    if not anchor:
        return None
    unit = match["unit"] if match["unit"] in ("week", "month", "year") else "day"
    step = 1 if match["dir"] in ("next", "following") else -1
    return _about(_shift(anchor, step, unit), unit, kind)


@_rule(r"the day (?P<dir>after|before)")
def _day_after(match: re.Match[str], context: Context) -> Resolution | None:
    anchor, kind = _anchor(context)
    if not anchor:
        return None
    return _day(anchor + dt.timedelta(days=1 if match["dir"] == "after" else -1), kind)


@_rule(_NUMBER + r" " + _UNIT + r" (?P<dir>later|after|earlier|before)(?: that)?")
def _n_later(match: re.Match[str], context: Context) -> Resolution | None:
    anchor, kind = _anchor(context)
    count = number_of(match["n"])
    if not anchor or count is None:
        return None
    if match["unit"] in ("hour", "minute"):
        return _hours(anchor, kind)
    step = count if match["dir"] in ("later", "after") else -count
    return _about(_shift(anchor, step, match["unit"]), match["unit"], kind)


@_rule(
    r"(?:within (?:(?:a few|several|two|three|24|48) )?"
    r"(?:hours|minutes|an hour|the hour)(?: of .*)?"
    r"|(?:hours|minutes|moments) (?:later|after(?: .*)?)|shortly (?:after|afterwards)(?: .*)?)"
)
def _within_hours(match: re.Match[str], context: Context) -> Resolution | None:
    anchor, kind = _anchor(context)
    return _hours(anchor, kind) if anchor else None


@_rule(
    r"(?:(?:later|earlier) )?(?:that|the same) "
    r"(?P<unit>day|night|morning|afternoon|evening|week|month|year)"
)
def _that_day(match: re.Match[str], context: Context) -> Resolution | None:
    anchor, kind = _anchor(context)
    if not anchor:
        return None
    unit = match["unit"] if match["unit"] in ("week", "month", "year") else "day"
    return _about(anchor, unit, kind)


# --- months, parts of months, yearless dates, ranges, years -------------------------------------


@_rule(
    _MONTH
    + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|through|and|until) ?(?:"
    + _MONTH.replace("month", "month2")
    + r" )?(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:,? "
    + _YEAR
    + r")?"
)
def _month_range(match: re.Match[str], context: Context) -> Resolution | None:
    month = MONTHS[match["month"]]
    month2 = MONTHS[match["month2"]] if match["month2"] else month
    return _dates(context, match["year"], (month, int(match["day"])), (month2, int(match["day2"])))


@_rule(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and) ?(?P<day2>\d{1,2})(?:st|nd|rd|th)? "
    + _MONTH
    + r"(?:,? "
    + _YEAR
    + r")?"
)
def _day_range(match: re.Match[str], context: Context) -> Resolution | None:
    month = MONTHS[match["month"]]
    return _dates(context, match["year"], (month, int(match["day"])), (month, int(match["day2"])))


@_rule(_MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? " + _YEAR + r")?")
def _month_day(match: re.Match[str], context: Context) -> Resolution | None:
    day = (MONTHS[match["month"]], int(match["day"]))
    return _dates(context, match["year"], day, day)


@_rule(r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?" + _MONTH + r"(?:,? " + _YEAR + r")?")
def _day_month(match: re.Match[str], context: Context) -> Resolution | None:
    day = (MONTHS[match["month"]], int(match["day"]))
    return _dates(context, match["year"], day, day)


@_rule(
    r"(?P<part>early|mid|late|the (?:beginning|start|middle|end) of)[- ]?"
    r"(?:(?P<this>this|last|next|the) (?P<unit>month|year)|" + _MONTH + r"(?:,? " + _YEAR + r")?)"
)
def _part_of(match: re.Match[str], context: Context) -> Resolution | None:
    part = match["part"].split()[-2] if match["part"].startswith("the") else match["part"]
    third = _THIRDS[part]
    if match["unit"]:
        if not context.base:
            return None
        step = {"last": -1, "next": 1}.get(match["this"], 0)
        if match["unit"] == "year":
            return _year_third(context.base.year + step, third, "published")
        moved = add_months(context.base, step)
        return _thirds(moved.year, moved.month, third, "published")
    month = MONTHS[match["month"]]
    if match["year"]:
        return _thirds(int(match["year"]), month, third, "absolute")
    if not context.base:
        return Resolution(partial=f"--{month:02d}", granularity="month", vague=True)
    year = nearest_year(context.base, month, 15, future=context.future)
    return _thirds(year, month, third, "published")


@_rule(r"(?P<part>early|mid|late|the (?:beginning|start|middle|end) of)[- ]?" + _YEAR)
def _part_of_year(match: re.Match[str], context: Context) -> Resolution | None:
    part = match["part"].split()[-2] if match["part"].startswith("the") else match["part"]
    return _year_third(int(match["year"]), _THIRDS[part], "absolute")


@_rule(_MONTH + r",? " + _YEAR)
def _month_year(match: re.Match[str], context: Context) -> Resolution | None:
    return _span(month_of(int(match["year"]), MONTHS[match["month"]]), "month", "absolute")


@_rule(
    r"(?P<which>last|this|next|past|coming|previous) " + _MONTH
    + r"|" + _MONTH.replace("month>", "month2>") + r",? (?P<which2>last|this|next) year"
)  # fmt: skip
def _month_named_relatively(match: re.Match[str], context: Context) -> Resolution | None:
    """ "last October" is the latest October before the publication month (in November
    2019, October 2019; in September 2019, October 2018), "next October" the first after it,
    "this October" the one of the publication year; "October last year" is the previous
    year's."""
    if not context.base:
        return None
    base = context.base
    if match["month2"]:
        month = MONTHS[match["month2"]]
        year = base.year + {"last": -1, "next": 1}.get(match["which2"], 0)
        return _span(month_of(year, month), "month", "published")
    month = MONTHS[match["month"]]
    which = match["which"]
    if which in ("last", "past", "previous"):
        year = base.year if month < base.month else base.year - 1
    elif which in ("next", "coming"):
        year = base.year if month > base.month else base.year + 1
    else:
        year = base.year
    return _span(month_of(year, month), "month", "published")


@_rule(r"(?:the month of )?" + _MONTH)
def _month(match: re.Match[str], context: Context) -> Resolution | None:
    month = MONTHS[match["month"]]
    if not context.base:
        return Resolution(partial=f"--{month:02d}", granularity="month")
    year = nearest_year(context.base, month, 15, future=context.future)
    return _span(month_of(year, month), "month", "published")


# Seasons are the northern hemisphere's meteorological ones (whole months); a winter is named
# by the year it begins in ("the winter of 1941" is December 1941 to February 1942).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@_rule(
    r"(?:(?P<part>early|mid|late)[- ]?)?(?:(?P<which>last|this|next|past|coming|previous) )?"
    r"(?:the )?(?P<season>spring|summer|autumn|fall|winter)(?:(?: of)?,? " + _YEAR + r")?"
)
def _season(match: re.Match[str], context: Context) -> Resolution | None:
    first_month = _SEASONS[match["season"]]
    which = match["which"]
    if match["year"]:
        year, anchor = int(match["year"]), "absolute"
    elif not context.base:
        return None
    else:
        year, anchor = _season_year(first_month, which, context), "published"
    start = dt.date(year, first_month, 1)
    if match["part"]:
        start = add_months(start, {"early": 0, "mid": 1, "late": 2}[match["part"]])
        months = 1
    else:
        months = 3
    end = add_months(start, months) - dt.timedelta(days=1)
    return _span((start, end), "month", anchor, vague=True)


def _season_year(first_month: int, which: str | None, context: Context) -> int:
    """The year the named season begins in, counted from the publication day."""
    base = context.base
    assert base is not None
    # The occurrences around the publication day: the one that began last year, this year, next.
    starts = [dt.date(year, first_month, 1) for year in range(base.year - 2, base.year + 2)]
    spans = [(start, add_months(start, 3) - dt.timedelta(days=1)) for start in starts]
    if which in ("last", "past", "previous"):
        return max(s for s, e in spans if e < base).year
    if which in ("next", "coming"):
        return min(s for s, e in spans if s > base).year
    if which == "this":  # the season under way, else the one of the publication year
        current = [s for s, e in spans if s <= base <= e]
        return current[0].year if current else base.year
    if context.future:
        return min(s for s, e in spans if e >= base).year
    return max(s for s, e in spans if s <= base).year


@_rule(r"(?:the )?(?:year )?" + _YEAR)
def _year(match: re.Match[str], context: Context) -> Resolution | None:
    return _span(year_of(int(match["year"])), "year", "absolute")


@_rule(r"(?:the )?(?:early |mid-|mid |late )?(?P<decade>(?:1[89]|20)\d0)'?s")
def _decade(match: re.Match[str], context: Context) -> Resolution | None:
    start = int(match["decade"])
    return _span((dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "decade", "absolute")


# --- helpers ------------------------------------------------------------------------------------


def _anchor(context: Context) -> tuple[dt.date | None, str]:
    """The day story-relative expressions count from, and what it was."""
    if context.anchor:
        return context.anchor, "story"
    return context.base, "published"


def _hours(anchor: dt.date, kind: str) -> Resolution:
    """A few hours after a day's event: that day, or the next one."""
    return Resolution(start=anchor, end=anchor + dt.timedelta(days=1), anchor=kind, vague=True)


def _shift(day: dt.date, count: int, unit: str) -> dt.date:
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    if unit == "month":
        return add_months(day, count)
    if unit == "year":
        return add_months(day, 12 * count)
    return day + dt.timedelta(days=count)


def _about(day: dt.date, unit: str, anchor: str) -> Resolution:
    """The day, week, month or year holding ``day``."""
    if unit == "week":
        return _span(week_of(day), "week", anchor)
    if unit == "month":
        return _span(month_of(day.year, day.month), "month", anchor)
    if unit == "year":
        return _span(year_of(day.year), "year", anchor)
    return _day(day, anchor)


def _year_third(year: int, third: int, anchor: str) -> Resolution:
    """Early (January–April), mid (May–August) or late (September–December) in a year."""
    first = dt.date(year, 1 + 4 * third, 1)
    last = add_months(first, 4) - dt.timedelta(days=1)
    return _span((first, last), "month", anchor, vague=True)


def _thirds(year: int, month: int, third: int, anchor: str) -> Resolution:
    first, last = month_of(year, month)
    starts = (1, 11, 21)
    start = first.replace(day=starts[third])
    end = last if third == 2 else first.replace(day=starts[third + 1] - 1)
    return _span((start, end), "day", anchor, vague=True)


def _dates(
    context: Context, year: str | None, first: tuple[int, int], last: tuple[int, int]
) -> Resolution | None:
    """A day or range of days given as (month, day) pairs, with or without a year."""
    try:
        if year:
            start = dt.date(int(year), *first)
            end = dt.date(int(year), *last)
            return Resolution(start=start, end=end, anchor="absolute")
        if not context.base:
            dt.date(2000, *first)  # validate (2000 is a leap year: 29 February passes)
            dt.date(2000, *last)
            return Resolution(
                partial=f"--{first[0]:02d}-{first[1]:02d}",
                partial_end=f"--{last[0]:02d}-{last[1]:02d}",
            )
        found = nearest_year(context.base, *first, future=context.future)
        start = dt.date(found, *first)
        end = dt.date(found + (1 if last < first else 0), *last)
        return Resolution(start=start, end=end, anchor="published")
    except ValueError:
        return None


# --- dateparser for the rest --------------------------------------------------------------------


@lru_cache(maxsize=256)
def _parser(base: dt.date | None) -> object:
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"RETURN_TIME_AS_PERIOD": False}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


_HAS_YEAR = re.compile(r"\b(?:1[89]|20|21)\d\d\b")
_HAS_DIGIT_OR_NAME = re.compile(
    r"\d|\b(?:" + "|".join(MONTHS) + "|" + "|".join(WEEKDAYS) + r"|ago|week|month|year|day)\b"
)


def _dateparser(phrase: str, context: Context) -> Resolution | None:
    if not _HAS_DIGIT_OR_NAME.search(phrase):
        return None
    if not context.base and not _HAS_YEAR.search(phrase):
        return None  # dateparser would count from the day the program runs
    with warnings.catch_warnings():
        # dateparser's own dependencies warn about deprecated calls on some versions.
        warnings.simplefilter("ignore")
        data = _parser(context.base).get_date_data(phrase)  # type: ignore[attr-defined]
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    anchor = "absolute" if _HAS_YEAR.search(phrase) else "published"
    if period == "time":
        period = "day"
    resolution = _about(day, period if period in ("week", "month", "year") else "day", anchor)
    return Resolution(
        start=resolution.start,
        end=resolution.end,
        granularity=resolution.granularity,
        anchor=anchor,
        method="dateparser",
    )
