import datetime as dt

import pytest

from parley.extract.text import extract_text, paragraph_lines
from parley.records import Article, Rejection

BODY = (
    "The foreign minister said on Tuesday that talks with the neighbouring country would resume "
    "next month in Geneva after a pause of almost a year."
)


def _story(
    *header: str, body: tuple[str, ...] = (BODY, BODY.replace("Tuesday", "Wednesday"))
) -> str:
    return "\n".join([*header, *body])


def test_extract_text_reads_headline_above_byline():
    article = extract_text(
        _story("Example News", "Talks To Resume In Geneva", "By Jane Example"), source="s"
    )
    assert isinstance(article, Article)
    assert (article.title, article.authors) == ("Talks To Resume In Geneva", ("Jane Example",))


def test_extract_text_yearless_dateline_leaves_date_unknown():
    article = extract_text(_story("Talks To Resume In Geneva", "March 17"), source="s")
    assert isinstance(article, Article) and article.published is None


def test_extract_text_published_overrides_dateline():
    article = extract_text(
        _story("Talks To Resume In Geneva", "March 17, 2020"),
        source="s",
        published=dt.date(2021, 3, 19),
    )
    assert article.published == dt.date(2021, 3, 19)


def test_extract_text_keeps_subheading_as_section():
    text = _story(
        "Talks To Resume", body=(BODY, "What comes next", BODY.replace("Tuesday", "Friday"))
    )
    article = extract_text(text, source="s")
    assert [s.heading for s in article.sections] == ["What comes next"]
    assert "What comes next" not in article.text
    assert article.text[article.sections[0].start :].startswith(
        "The foreign minister said on Friday"
    )


def test_extract_text_caption_marker_removes_its_caption():
    text = _story(
        "Talks To Resume",
        body=(
            BODY,
            "Image",
            "The minister arrives in Geneva on Monday.",
            BODY.replace("Tuesday", "Friday"),
        ),
    )
    assert "arrives in Geneva" not in extract_text(text, source="s").text


def test_extract_text_rejects_text_without_prose():
    result = extract_text("Home | News | Sport\nSign in\nMenu", source="nav.txt")
    assert isinstance(result, Rejection) and result.reason == "not_article"
    assert "nav.txt" in result.message


def test_extract_text_rejects_too_short():
    result = extract_text("A short line that ends here.", source="s", min_words=20)
    assert isinstance(result, Rejection) and result.reason == "not_article"


def test_extract_text_paragraphs_are_joined_by_blank_lines():
    article = extract_text(_story("Talks To Resume"), source="s")
    assert article.paragraphs == (BODY, BODY.replace("Tuesday", "Wednesday"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("World  Politics  Business\nStory line.", ["World | Politics | Business", "Story line."]),
        ("One  sentence.  Two  spaces.", ["One sentence. Two spaces."]),
        ("a\r\nb\rc", ["a", "b", "c"]),
        ("\u00a0padded\u00a0 line ", ["padded line"]),
    ],
)
def test_paragraph_lines_normalises_whitespace(text, expected):
    assert paragraph_lines(text) == expected


def test_paragraph_lines_keeps_one_paragraph_per_line():
    lines = [BODY, BODY, BODY]
    assert paragraph_lines("\n".join(lines)) == lines
