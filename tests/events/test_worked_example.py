"""DESIGN.md's worked example, end to end through the library, with dates.

The excerpt's elisions ("...") are filled with the interview sentence the
comments refer to, so that "within hours of the comments" has its anchor.
"""

from __future__ import annotations

import pytest

import parley

TEXT = (
    "In an interview aired on March 17, Joe Biden said he thought Russian President Vladimir Putin "
    "was a killer. “Since Biden's words were quite unprecedented, unprecedented formats can't be "
    "excluded,” Kremlin spokesman Dmitry Peskov said of the invite. The former KGB agent added, "
    "though, that Moscow would cooperate with Washington where it is in Russia's interests to do so. "
    "Within hours of the comments, Russia summoned its ambassador to the United States back to "
    "Moscow for consultations."
)


@pytest.fixture(scope="module")
def article():
    return parley.analyze(TEXT, published="2021-03-19")


def test_worked_example_recall_of_the_ambassador(article):
    recall = next(e for e in article.events if e.type == "SANCTION")
    assert (
        recall.source_country, recall.source_sector, recall.mode, recall.cameo,
        recall.target_country, recall.date, recall.date_end,
    ) == ("RUS", "GOV", "withdraw", "161", "USA", "2021-03-17", "2021-03-18")  # fmt: skip


def test_worked_example_killer_remark_is_an_accusation(article):
    accusation = next(e for e in article.events if e.type == "ACCUSE")
    assert (accusation.source, accusation.target, accusation.target_country, accusation.date) == (
        "Joe Biden", "Vladimir Putin", "RUS", "2021-03-17",
    )  # fmt: skip


def test_worked_example_promise_to_cooperate(article):
    promise = next(e for e in article.events if e.type == "AGREE")
    assert (promise.source_country, promise.target_country, promise.hypothetical) == (
        "RUS",
        "USA",
        False,
    )


def test_worked_example_has_no_other_events(article):
    assert sorted(e.type for e in article.events) == ["ACCUSE", "AGREE", "SANCTION"]


def test_worked_example_dates(article):
    assert [(t.text, t.date, t.date_end, t.anchor) for t in article.times] == [
        ("March 17", "2021-03-17", "2021-03-17", "published"),
        ("Within hours of the comments", "2021-03-17", "2021-03-18", "story"),
    ]
