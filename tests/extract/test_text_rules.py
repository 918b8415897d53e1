"""The scraped-text cleaner's page-level rules, on hand-made whole-page text.

These rules were added while measuring ``extract_text`` on rendered benchmark
pages (``parley eval extraction --input text``); each test is one shape of page
furniture or article structure, written from scratch, not copied from a page.
"""

from __future__ import annotations

import pytest

from parley.extract import furniture
from parley.extract.text import extract_text
from parley.records import Article

P1 = (
    "The foreign ministers of the two countries agreed on Tuesday to resume talks on their "
    "disputed border next month, ending a pause of almost a year."
)
P2 = (
    "Officials on both sides said the agenda would include the reopening of two crossings "
    "that have been closed since a shooting at one of them last spring."
)
P3 = (
    "Neither government would say where the talks would be held, but diplomats in the region "
    "expect them to take place in Geneva, as the last round did."
)
BODY = (P1, P2, P3)

MENU = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Weather", "Travel"]


def _article(*lines: str) -> Article:
    article = extract_text("\n".join(lines), source="page")
    assert isinstance(article, Article), article
    return article


def test_cookie_notice_above_the_menu_stays_out() -> None:
    article = _article(
        "We use these tools to understand how visitors use the site, and to show them offers "
        "that may interest them, as our partners do.",
        *MENU,
        "Border talks to resume next month",
        "By Jane Example",
        *BODY,
    )
    assert article.text.startswith(P1)
    assert article.title == "Border talks to resume next month"


def test_teasers_of_other_stories_after_the_body_stay_out() -> None:
    teasers = [
        "Farmers protest new water rules in the capital",
        "Thousands marched through the city centre on Saturday to oppose the plan, which they say will ruin them.",
        "Jane Example",
        "Central bank holds rates for a third month",
        "The bank said inflation was still too high to cut rates, but hinted at a move in the spring.",
        "John Sample",
        "Storm closes ports along the northern coast",
        "Ferries were cancelled and fishing boats kept in harbour as winds reached 120 km/h.",
        "Ann Placeholder",
    ]
    article = _article("Border talks to resume", *BODY, *teasers)
    assert article.paragraphs == BODY


def test_comment_thread_after_the_body_stays_out() -> None:
    comments = [
        "3 thoughts on “Border talks to resume”",
        "Reader One",
        "November 19, 2019 at 9:14 pm",
        "About time. Both sides have wasted a year that the people living near the crossings did not have.",
        "Reply",
        "Reader Two",
        "November 19, 2019 at 10:02 pm",
        "I doubt anything will come of it, but it is better than another year of silence at the border.",
        "Reply",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
    ]
    article = _article("Border talks to resume", *BODY, *comments)
    assert article.paragraphs == BODY


def test_a_line_repeated_on_the_page_does_not_pull_the_body_to_it() -> None:
    caption = (
        "A border guard checks papers at the northern crossing, which has been closed "
        "since the spring, in a photograph taken on Monday."
    )
    article = _article(caption, *MENU, caption, "Border talks to resume", "By Jane Example", *BODY)
    assert article.text.startswith(P1)


def test_standfirst_between_headline_and_byline_is_header() -> None:
    article = _article(
        *MENU,
        "Border talks to resume next month",
        "The two governments end a year of silence after a shooting at a crossing point.",
        "By Jane Example",
        "November 19, 2019",
        *BODY,
    )
    assert article.title == "Border talks to resume next month"
    assert article.paragraphs == BODY
    assert article.authors == ("Jane Example",)


def test_subheadings_and_short_quotes_inside_the_story_hold_it_together() -> None:
    article = _article(
        "Border talks to resume",
        P1,
        "What comes next",
        P2,
        '"No."',
        P3,
    )
    assert article.paragraphs == (P1, P2, '"No."', P3)
    assert [s.heading for s in article.sections] == ["What comes next"]


JAPANESE = (
    "両国の外相は火曜日、国境をめぐる協議を来月再開することで合意した。協議はほぼ一年ぶりとなる。",
    "双方の当局者によると、議題には昨年春の発砲事件以来閉鎖されている二つの検問所の再開が含まれる。",
    "協議の開催地は明らかにされていないが、前回と同じくジュネーブになるとの見方が多い。",
)


def test_japanese_paragraphs_are_prose_and_an_archive_menu_is_not() -> None:
    archive = "月別 " + " ".join(f"2019年{month}月" for month in range(1, 13))
    article = _article("ホーム", "国境協議、来月再開へ", *JAPANESE, "関連記事", archive)
    assert article.paragraphs == JAPANESE
    assert article.title == "国境協議、来月再開へ"


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Twitter Pinterest Email",
        "Whatsapp Facebook Pin Download",
        "Related: Ministers meet for the first time in a year",
        "READ MORE: Border shooting leaves two guards injured",
        "Filed Under: Border, Diplomacy, Geneva",
        "Tags: diplomacy, border",
        "The border crossing at dawn (Image: AGENCY )",
        "The border crossing at dawn Credit: Example Agency, Inc.",
        "Image copyright Example Agency",
        "Leave a Reply Cancel reply",
        "You must be logged in to post a comment.",
        "By submitting this form you agree to our use of your data.",
        "3 thoughts on “Border talks to resume”",
        "More From Example News",
        "Most read in World",
        "Previous Post",
        "0",
        "55 3",
        "Click To Tweet",
    ],
)
def test_is_furniture_recognises_more_page_furniture(line: str) -> None:
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The related charges were dropped on Monday, the court said.",
        "More than 200 people attended the meeting in Geneva.",
        "Comments made by the minister on Friday angered the neighbouring government.",
        "He said he would share the findings with Facebook and Twitter users.",
        "The photo shows the crossing at dawn.",
        "Tags on the crates showed they came from the port.",
    ],
)
def test_is_furniture_keeps_story_lines_that_share_words_with_furniture(line: str) -> None:
    assert not furniture.is_furniture(line)


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("Related Stories", True),
        ("12 Comments", True),
        ("You may also like", True),
        ("About the author", True),
        ("Share", False),
        ("Reaction abroad", False),
    ],
)
def test_is_closing_recognises_what_follows_a_story(line: str, closing: bool) -> None:
    assert furniture.is_closing(line) is closing
