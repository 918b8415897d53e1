"""The time stage over parsed text: finding expressions, tense, chronology, partial dates."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.config import DEFAULT_MODEL
from parley.nlp import parse
from parley.records import TimeExpr
from parley.time import find_times, names_a_day

FRI = dt.date(2021, 3, 19)


def _times(text, published=FRI):
    (doc,) = parse([text], DEFAULT_MODEL)
    return find_times(doc, published)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Within hours of the comments, Russia recalled its envoy.",
            "Within hours of the comments",
        ),
        ("Talks resume in the coming days, officials said.", "in the coming days"),
        ("Officials met on Thursday.", "Thursday"),
        ("The vote was held on March 17.", "March 17"),
    ],
)
def test_find_times_finds_the_expression(text, found):
    assert [t.text for t in _times(text)] == [found]


@pytest.mark.parametrize(
    "text",
    ["The 50-year-old minister spoke.", "The war lasted two years.", "He served for decades."],
)
def test_find_times_skips_durations(text):
    assert _times(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # A number that numbers a thing is no year, however it is tagged.
        "The deal goes against the United Nations Security Council resolution 2259.",
        "Resolution 1973 allowed strikes on Libya.",
        "Flight 1549 landed in the river.",
        # Nor is a year centuries after the story.
        "The treaty runs until 2259.",
    ],
)
def test_find_times_skips_numbers_that_are_no_years(text):
    assert [t.date for t in _times(text) if t.date] == []


def test_find_times_keeps_years_ahead_that_news_dates_by():
    (time,) = _times("Emissions must reach net zero by 2100.")
    assert time.date == "2100-01-01"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The leaders will meet on Monday.", "2021-03-22"),
        ("The leaders met on Monday.", "2021-03-15"),
    ],
)
def test_find_times_reads_tense_for_weekdays(text, date):
    (time,) = _times(text)
    assert time.date == date


def test_find_times_counts_story_time_from_the_previous_date():
    times = _times("Biden spoke on March 17. The next day, Moscow recalled its envoy.")
    assert [(t.text, t.date, t.anchor) for t in times] == [
        ("March 17", "2021-03-17", "published"),
        ("The next day", "2021-03-18", "story"),
    ]


def test_find_times_does_not_count_story_time_from_a_date_that_dates_a_thing():
    times = _times(
        "On Monday, ministers met in Cairo. They rejected the March 2 agreement. "
        "The next day, Turkey answered."
    )
    assert [(t.text, t.date) for t in times] == [
        ("Monday", "2021-03-15"),
        ("March 2", "2021-03-02"),
        ("The next day", "2021-03-16"),
    ]


def test_find_times_keeps_yearless_dates_partial_without_publication_date():
    (time,) = _times("The vote was held on March 17.", published=None)
    assert (time.date, time.date_end, time.partial, time.anchor) == (
        "--03-17",
        "--03-17",
        True,
        None,
    )


def test_find_times_leaves_relative_dates_unresolved_without_publication_date():
    (time,) = _times("Officials met yesterday.", published=None)
    assert (time.text, time.date, time.partial) == ("yesterday", None, False)


def test_find_times_offsets_slice_the_text():
    text = "Officials met on Thursday and again on March 17."
    assert all(text[t.start : t.end] == t.text for t in _times(text))


def test_find_times_numbers_expressions_in_order():
    assert [t.id for t in _times("They met on Thursday and on March 17.")] == ["T1", "T2"]


@pytest.mark.parametrize(
    ("text", "day"),
    [("3am", False), ("6:30 p.m.", False), ("around 12:20 p.m. local time", False),
     ("noon", False), ("shortly after midnight", False), ("0100 UTC", False),
     ("Saturday", True), ("3am Saturday", True), ("March 3", True), ("2019", True)],
)  # fmt: skip
def test_names_a_day_tells_clock_times_from_days(text, day):
    assert names_a_day(TimeExpr(id="T1", text=text, start=0, end=len(text))) is day


def test_find_times_reads_seasons():
    (found,) = _times("Manafort agreed to cooperate after his conviction last summer.")
    assert (found.text, found.date, found.date_end) == ("last summer", "2020-06-01", "2020-08-31")
