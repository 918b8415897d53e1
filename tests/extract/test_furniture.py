import datetime as dt

import pytest

from parley.extract import furniture


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Accessibility links",
        "Home | News | World | Europe",
        "News › Europe › Russia",
        "Breaking News",
        "Breaking News: Senate passes budget bill",
        "16x9 Image",
        "Share",
        "Share this article on Facebook",
        "Print this page",
        "Sign up for our newsletter to get the latest headlines.",
        "We use cookies to improve your experience. Accept",
        "Click here to read the full report",
        "Related Topics",
        "More on this story",
        "Advertisement",
        "Follow us on Twitter",
        "© 2021 Example Publisher. All rights reserved.",
        "Terms of Use | Privacy Policy",
        "Published 3 hours ago",
        "President Joe Biden speaks in the East Room. (AP Photo/Evan Vucci)",
        "Troops at the border on Monday. Photo: Example Agency",
    ],
)
def test_is_furniture_recognises_page_furniture(line):
    assert furniture.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "“Since Biden's words were quite unprecedented, unprecedented formats can't be excluded,” "
        "Kremlin spokesman Dmitry Peskov said.",
        "Russia summoned its ambassador to the United States back to Moscow for consultations.",
        '"No."',
        "Reaction in Washington",
        "The ministry said it would share intelligence with its allies.",
        "He told reporters the cookies served at the summit were Russian.",
        "RT is a state-funded news outlet, the ministry said.",
    ],
)
def test_is_furniture_keeps_story_lines(line):
    assert not furniture.is_furniture(line)


def test_is_self_description_recognises_a_publisher_blurb():
    assert furniture.is_self_description(
        "Example News is an independent news organization funded by its readers."
    )


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "With reporting by AP, Interfax, Reuters, and TASS",
            ("AP", "Interfax", "Reuters", "TASS"),
        ),
        ("Based on reporting by AFP and Reuters.", ("AFP", "Reuters")),
        ("Reporting by Jane Roe in Moscow; Editing by John Doe", ("Jane Roe",)),
        ("RFE/RL's Russian Service contributed to this report.", ("RFE/RL's Russian Service",)),
    ],
)
def test_credits_in_splits_wire_credits(line, credits):
    assert furniture.credits_in(line) == credits


@pytest.mark.parametrize(
    "line",
    [
        "Reporters asked the minister about the talks.",
        "He said the report by the commission was incomplete, and wrong.",
    ],
)
def test_credits_in_ignores_story_lines(line):
    assert furniture.credits_in(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Example", (("Jane Example",), ())),
        ("By Jane Example and John Roe", (("Jane Example", "John Roe"), ())),
        ("By Jane Example, Reuters", (("Jane Example",), ("Reuters",))),
        ("By Wikinews contributors", ((), ())),
    ],
)
def test_byline_names_reads_authors_and_credits(line, expected):
    assert furniture.byline_names(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By Thursday, the talks had failed.",
        "By then the envoy had left Moscow.",
        "By March, both sides had recalled their ambassadors.",
        "By Russia's count, about 200 soldiers were killed in the fighting.",
    ],
)
def test_byline_names_ignores_sentences_starting_with_by(line):
    assert furniture.byline_names(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 19, 2021 14:02 GMT", (dt.date(2021, 3, 19), True)),
        ("Published 3 March 2025", (dt.date(2025, 3, 3), True)),
        ("Updated: Friday, 19 Mar 2021", (dt.date(2021, 3, 19), True)),
        ("2021-03-19", (dt.date(2021, 3, 19), True)),
        ("March 17", (None, False)),
    ],
)
def test_date_in_reads_datelines(line, expected):
    assert furniture.date_in(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "On March 17, talks resumed in Geneva.",
        "The summit ended on March 19, 2021 without a deal.",
    ],
)
def test_date_in_ignores_sentences_with_dates(line):
    assert furniture.date_in(line) is None


def test_split_credits_drops_credit_paragraphs():
    kept, credits = furniture.split_credits(
        ["Body one.", "With reporting by AP and Reuters", "Body two."]
    )
    assert (kept, credits) == (["Body one.", "Body two."], ("AP", "Reuters"))
