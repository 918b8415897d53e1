"""Calendar arithmetic and the number words the time rules read.

Small pure helpers: the span of a week, month, year or decade around a day,
and number words ("two days later"). Nothing here knows about text positions;
month and weekday names are in ``parley.names``, shared with the extract stage.
"""

from __future__ import annotations

import calendar
import datetime as dt

NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a few": 3,
    "few": 3,
}

Span = tuple[dt.date, dt.date]


def number_of(word: str) -> int | None:
    """``"two"`` → 2, ``"12"`` → 12; None when the word is no number."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def week_of(day: dt.date) -> Span:
    """Monday to Sunday of the ISO week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_of(year: int, month: int) -> Span:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def year_of(year: int) -> Span:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def weekday_before(base: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    """The latest ``weekday`` on or before ``base`` (strictly before when asked)."""
    back = (base.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return base - dt.timedelta(days=back)


def weekday_after(base: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` strictly after ``base``."""
    ahead = (weekday - base.weekday()) % 7 or 7
    return base + dt.timedelta(days=ahead)


def nearest_year(base: dt.date, month: int, day: int, *, future: bool) -> int:
    """The year of a yearless date as read in an article of ``base``.

    The same year as the article, unless that puts the date more than half a
    year ahead (then it was last year: "December 30" in a January story), or,
    when the clause is about the future, more than half a year behind.
    """
    year = base.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:  # 29 February in a common year
        candidate = dt.date(year, month, 28)
    if (candidate - base).days > 183:
        return year - 1
    if future and (base - candidate).days > 183:
        return year + 1
    return year
