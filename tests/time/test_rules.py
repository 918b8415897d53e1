"""The date table: expressions with a publication date (or none) and the day range each means.

Friday 2021-03-19 is the usual publication day (its week runs Monday 15 to Sunday 21 March).
Expected values were worked out by hand from the calendar, not copied from output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.time import resolve_text

FRI = dt.date(2021, 3, 19)
D = dt.date

# (expression, publication date, anchor from the story, future tense, expected first day, last day)
TABLE = [
    # absolute and yearless dates
    ("March 17", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("on March 17", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("March 17, 2021", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("17 March 2021", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("March 17th", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("the 17th of March", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("March 22", FRI, None, False, "2021-03-22", "2021-03-22"),
    ("Mar. 22", FRI, None, False, "2021-03-22", "2021-03-22"),
    ("Jan. 5", FRI, None, False, "2021-01-05", "2021-01-05"),
    ("Sept. 11, 2001", FRI, None, False, "2001-09-11", "2001-09-11"),
    ("December 30", D(2021, 1, 3), None, False, "2020-12-30", "2020-12-30"),
    ("January 5", D(2020, 12, 20), None, True, "2021-01-05", "2021-01-05"),
    ("January 5", D(2020, 12, 20), None, False, "2020-01-05", "2020-01-05"),
    ("February 29", D(2020, 3, 10), None, False, "2020-02-29", "2020-02-29"),
    ("March 1-5", FRI, None, False, "2021-03-01", "2021-03-05"),
    ("1-5 March 2020", FRI, None, False, "2020-03-01", "2020-03-05"),
    ("March 30 to April 2", FRI, None, False, "2021-03-30", "2021-04-02"),
    ("2021-03-17", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("3/17/2021", FRI, None, False, "2021-03-17", "2021-03-17"),
    # weekdays: the latest on or before the publication day, unless the clause is future
    ("Thursday", FRI, None, False, "2021-03-18", "2021-03-18"),
    ("on Thursday", FRI, None, False, "2021-03-18", "2021-03-18"),
    ("late on Wednesday", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("Wednesday's", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("Thursday night", FRI, None, False, "2021-03-18", "2021-03-18"),
    ("on Friday", FRI, None, False, "2021-03-19", "2021-03-19"),
    ("Saturday", FRI, None, False, "2021-03-13", "2021-03-13"),
    ("last Thursday", FRI, None, False, "2021-03-18", "2021-03-18"),
    ("on Monday", FRI, None, True, "2021-03-22", "2021-03-22"),
    ("on Friday", FRI, None, True, "2021-03-26", "2021-03-26"),
    ("next Tuesday", FRI, None, False, "2021-03-23", "2021-03-23"),
    # days relative to publication
    ("today", FRI, None, False, "2021-03-19", "2021-03-19"),
    ("earlier today", FRI, None, False, "2021-03-19", "2021-03-19"),
    ("yesterday", FRI, None, False, "2021-03-18", "2021-03-18"),
    ("last night", FRI, None, False, "2021-03-18", "2021-03-18"),
    ("the day before yesterday", FRI, None, False, "2021-03-17", "2021-03-17"),
    ("tomorrow", FRI, None, False, "2021-03-20", "2021-03-20"),
    ("two days ago", FRI, None, False, "2021-03-17", "2021-03-17"),
    # weeks, weekends, months, years
    ("this week", FRI, None, False, "2021-03-15", "2021-03-21"),
    ("last week", FRI, None, False, "2021-03-08", "2021-03-14"),
    ("next week", FRI, None, False, "2021-03-22", "2021-03-28"),
    ("earlier this week", FRI, None, False, "2021-03-15", "2021-03-19"),
    ("earlier in the week", FRI, None, False, "2021-03-15", "2021-03-19"),
    ("later this week", FRI, None, False, "2021-03-19", "2021-03-21"),
    ("a week ago", FRI, None, False, "2021-03-08", "2021-03-14"),
    ("the past week", FRI, None, False, "2021-03-12", "2021-03-19"),
    ("the past three days", FRI, None, False, "2021-03-16", "2021-03-19"),
    ("this weekend", FRI, None, False, "2021-03-20", "2021-03-21"),
    ("over the weekend", FRI, None, False, "2021-03-13", "2021-03-14"),
    ("this month", FRI, None, False, "2021-03-01", "2021-03-31"),
    ("last month", FRI, None, False, "2021-02-01", "2021-02-28"),
    ("next month", FRI, None, False, "2021-04-01", "2021-04-30"),
    ("earlier this month", FRI, None, False, "2021-03-01", "2021-03-19"),
    ("three months ago", FRI, None, False, "2020-12-01", "2020-12-31"),
    ("this year", FRI, None, False, "2021-01-01", "2021-12-31"),
    ("last year", FRI, None, False, "2020-01-01", "2020-12-31"),
    ("next year", FRI, None, False, "2022-01-01", "2022-12-31"),
    ("earlier this year", FRI, None, False, "2021-01-01", "2021-03-19"),
    ("mid-March", FRI, None, False, "2021-03-11", "2021-03-20"),
    ("early March 2020", FRI, None, False, "2020-03-01", "2020-03-10"),
    ("late March", FRI, None, False, "2021-03-21", "2021-03-31"),
    ("the end of the month", FRI, None, False, "2021-03-21", "2021-03-31"),
    ("March 2020", FRI, None, False, "2020-03-01", "2020-03-31"),
    ("in March 2020", FRI, None, False, "2020-03-01", "2020-03-31"),
    ("in January", FRI, None, False, "2021-01-01", "2021-01-31"),
    # months named relatively: the latest before the publication month, the first after it
    ("last October", FRI, None, False, "2020-10-01", "2020-10-31"),
    ("last February", FRI, None, False, "2021-02-01", "2021-02-28"),
    ("last March", FRI, None, False, "2020-03-01", "2020-03-31"),
    ("next March", FRI, None, True, "2022-03-01", "2022-03-31"),
    ("next May", FRI, None, True, "2021-05-01", "2021-05-31"),
    ("this October", FRI, None, True, "2021-10-01", "2021-10-31"),
    ("in October last year", FRI, None, False, "2020-10-01", "2020-10-31"),
    ("May next year", FRI, None, True, "2022-05-01", "2022-05-31"),
    ("2019", FRI, None, False, "2019-01-01", "2019-12-31"),
    ("in 2019", FRI, None, False, "2019-01-01", "2019-12-31"),
    ("the 1990s", FRI, None, False, "1990-01-01", "1999-12-31"),
    # parts of years and seasons (northern meteorological: winter is December to February and
    # is named by the year it begins in); "last" is the latest one over before the day
    ("mid-2018", FRI, None, False, "2018-05-01", "2018-08-31"),
    ("early 2020", FRI, None, False, "2020-01-01", "2020-04-30"),
    ("the end of 2016", FRI, None, False, "2016-09-01", "2016-12-31"),
    ("last summer", FRI, None, False, "2020-06-01", "2020-08-31"),
    ("last summer", D(2021, 10, 4), None, False, "2021-06-01", "2021-08-31"),
    ("last summer", D(2021, 7, 4), None, False, "2020-06-01", "2020-08-31"),
    ("this summer", FRI, None, False, "2021-06-01", "2021-08-31"),
    ("next spring", FRI, None, False, "2022-03-01", "2022-05-31"),
    ("in the spring", FRI, None, True, "2021-03-01", "2021-05-31"),
    ("in the autumn", FRI, None, False, "2020-09-01", "2020-11-30"),
    ("in the autumn", FRI, None, True, "2021-09-01", "2021-11-30"),
    ("last winter", FRI, None, False, "2020-12-01", "2021-02-28"),
    ("this winter", D(2021, 1, 20), None, False, "2020-12-01", "2021-02-28"),
    ("the summer of 2018", FRI, None, False, "2018-06-01", "2018-08-31"),
    ("fall 2017", FRI, None, False, "2017-09-01", "2017-11-30"),
    ("the winter of 1941", FRI, None, False, "1941-12-01", "1942-02-28"),
    ("late summer 2019", FRI, None, False, "2019-08-01", "2019-08-31"),
    ("summer 2019", None, None, False, "2019-06-01", "2019-08-31"),
    # vague windows
    ("in the coming days", FRI, None, False, "2021-03-20", "2021-03-26"),
    ("in the coming weeks", FRI, None, False, "2021-03-20", "2021-04-16"),
    ("in recent days", FRI, None, False, "2021-03-12", "2021-03-19"),
    ("in recent weeks", FRI, None, False, "2021-02-19", "2021-03-19"),
    # story chronology: counted from the previous dated expression
    ("the next day", FRI, D(2021, 3, 17), False, "2021-03-18", "2021-03-18"),
    ("the following day", FRI, D(2021, 3, 10), False, "2021-03-11", "2021-03-11"),
    ("two days later", FRI, D(2021, 3, 10), False, "2021-03-12", "2021-03-12"),
    ("the day before", FRI, D(2021, 3, 10), False, "2021-03-09", "2021-03-09"),
    ("later that day", FRI, D(2021, 3, 10), False, "2021-03-10", "2021-03-10"),
    ("within hours of the comments", FRI, D(2021, 3, 17), False, "2021-03-17", "2021-03-18"),
    ("hours later", FRI, D(2021, 3, 17), False, "2021-03-17", "2021-03-18"),
    ("the next day", FRI, None, False, "2021-03-20", "2021-03-20"),
    ("the next day", None, D(2021, 3, 10), False, "2021-03-11", "2021-03-11"),
    # no publication date: a year is never invented
    ("March 17", None, None, False, "--03-17", "--03-17"),
    ("March 1-5", None, None, False, "--03-01", "--03-05"),
    ("March", None, None, False, "--03", "--03"),
    ("March 17, 2021", None, None, False, "2021-03-17", "2021-03-17"),
    ("3/17/2021", None, None, False, "2021-03-17", "2021-03-17"),
    ("2019", None, None, False, "2019-01-01", "2019-12-31"),
]  # fmt: skip

UNRESOLVED = [
    ("yesterday", None),
    ("Thursday", None),
    ("last week", None),
    ("in the coming days", None),
    ("February 30", FRI),
    ("the season", FRI),
    ("last summer", None),
]


@pytest.mark.parametrize(
    ("text", "published", "anchor", "future", "first", "last"),
    TABLE,
    ids=[f"{row[0]}@{row[1]}{'+a' if row[2] else ''}{'+fut' if row[3] else ''}" for row in TABLE],
)
def test_resolve_text_date_table(text, published, anchor, future, first, last):
    found = resolve_text(text, published, anchor=anchor, future=future)
    assert found is not None
    assert (found.date, found.date_end) == (first, last)


def test_date_table_has_at_least_sixty_expressions():
    assert len(TABLE) >= 60


@pytest.mark.parametrize(("text", "published"), UNRESOLVED)
def test_resolve_text_leaves_unplaceable_expressions_unresolved(text, published):
    assert resolve_text(text, published) is None


@pytest.mark.parametrize(
    ("text", "granularity"),
    [
        ("March 17", "day"),
        ("this week", "week"),
        ("last month", "month"),
        ("2019", "year"),
        ("the 1990s", "decade"),
    ],
)
def test_resolve_text_granularity(text, granularity):
    found = resolve_text(text, FRI)
    assert found is not None and found.granularity == granularity


@pytest.mark.parametrize(
    ("text", "anchor", "kind"),
    [
        ("March 17, 2021", None, "absolute"),
        ("yesterday", None, "published"),
        ("the next day", D(2021, 3, 10), "story"),
        ("the next day", None, "published"),
    ],
)
def test_resolve_text_says_what_it_was_resolved_against(text, anchor, kind):
    found = resolve_text(text, FRI, anchor=anchor)
    assert found is not None and found.anchor == kind


@pytest.mark.parametrize(("text", "method"), [("March 17", "rule"), ("3/17/2021", "dateparser")])
def test_resolve_text_names_the_resolver(text, method):
    found = resolve_text(text, FRI)
    assert found is not None and found.method == method


@pytest.mark.parametrize(
    ("text", "vague"), [("in the coming days", True), ("mid-March", True), ("March 17", False)]
)
def test_resolve_text_flags_vague_windows(text, vague):
    found = resolve_text(text, FRI)
    assert found is not None and found.vague is vague


@given(st.text(max_size=60), st.sampled_from([FRI, None]), st.booleans())
@settings(max_examples=300, deadline=None)
def test_resolve_text_never_crashes_and_keeps_ranges_ordered(text, published, future):
    found = resolve_text(text, published, future=future)
    if found is not None and found.start is not None:
        assert found.end is not None and found.start <= found.end
