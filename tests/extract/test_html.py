import datetime as dt

from parley.extract.html import extract_html
from parley.records import Article, Rejection

PARAGRAPHS = [
    "The prime minister said on Thursday that the government would present its budget to parliament "
    "next week, a month later than planned.",
    "Opposition leaders accused the cabinet of hiding the size of the deficit and demanded an early debate.",
]


def _page(body: str, head: str = "<title>Budget delayed</title>", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body><article>{body}</article></body></html>'


def _article(body: str, **kwargs) -> Article:
    result = extract_html(_page(body, **kwargs), source="page.html")
    assert isinstance(result, Article), result
    return result


def test_extract_html_reads_title_and_paragraphs():
    article = _article("<h1>Budget delayed</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert article.title == "Budget delayed"
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_extract_html_subheading_becomes_section():
    article = _article(f"<p>{PARAGRAPHS[0]}</p><h2>Deficit row</h2><p>{PARAGRAPHS[1]}</p>")
    assert [(s.heading, article.text[s.start :][:10]) for s in article.sections] == [
        ("Deficit row", "Opposition")
    ]


def test_extract_html_credit_paragraph_becomes_credits():
    article = _article(
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>With reporting by AP and Reuters</p>"
    )
    assert article.credits == ("AP", "Reuters")
    assert "With reporting" not in article.text


def test_extract_html_published_argument_overrides_page_date():
    head = '<title>t</title><meta property="article:published_time" content="2020-01-01">'
    page = _page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), head=head)
    article = extract_html(page, source="p", published=dt.date(2021, 3, 19))
    assert article.published == dt.date(2021, 3, 19)


def test_extract_html_language_from_lang_attribute():
    assert _article("".join(f"<p>{p}</p>" for p in PARAGRAPHS), lang="en-GB").language == "en"


def test_extract_html_rejects_page_without_article():
    page = "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>"
    result = extract_html(page, source="nav.html")
    assert isinstance(result, Rejection) and result.reason == "not_article"


def test_extract_html_rejects_html_without_body():
    result = extract_html(
        "<html><head><title>Nothing here</title></head></html>", source="head.html"
    )
    assert isinstance(result, Rejection) and result.reason == "not_article"
