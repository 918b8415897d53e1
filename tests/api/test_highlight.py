"""Quotes and speakers marked in an article's paragraphs: nesting, crossing, escaping."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from parley.api.highlight import mention_chain, paragraphs, speaker_colours
from parley.records import Article, Entity, Quote


def quote(id: str, text: str, part: str, speaker: str | None = "A", nth: int = 0) -> Quote:
    start = [m.start() for m in re.finditer(re.escape(part), text)][nth]
    return Quote(id=id, text=part, kind="direct", start=start, end=start + len(part),
                 speaker=speaker, speaker_id=speaker)  # fmt: skip


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_paragraphs_split_on_blank_lines_with_offsets():
    article = Article(text="One two.\n\nThree four.")
    assert [(p.start, str(p.html)) for p in paragraphs(article)] == [
        (0, "One two."), (10, "Three four."),
    ]  # fmt: skip


def test_paragraphs_mark_a_quote_in_its_speakers_colour():
    text = "He said “we agree” today."
    article = Article(text=text, quotes=(quote("Q1", text, "we agree"),))
    (paragraph,) = paragraphs(article)
    assert str(paragraph.html) == (
        'He said “<mark class="quote speaker-0" data-quote="Q1" aria-describedby="tip-Q1" '
        'id="q-Q1" tabindex="0">we agree</mark>” today.'
    )


def test_speaker_colours_follow_first_quotes():
    text = "b then a then b again"
    article = Article(text=text, quotes=(quote("Q1", text, "a", "A"), quote("Q2", text, "b", "B")))
    assert speaker_colours(article) == {"B": 0, "A": 1}


def test_paragraphs_nest_a_quote_inside_a_quote():
    text = "She said “he told me ‘no’ twice” later."
    article = Article(
        text=text,
        quotes=(quote("Q1", text, "he told me ‘no’ twice", "A"), quote("Q2", text, "no", "B")),
    )
    (paragraph,) = paragraphs(article)
    assert str(paragraph.html).count("</mark></mark>") == 0
    assert (
        'data-quote="Q1"' in paragraph.html and '‘<mark class="quote speaker-1"' in paragraph.html
    )


def test_paragraphs_leave_a_crossing_quote_unmarked():
    text = "one two three four"
    article = Article(
        text=text, quotes=(quote("Q1", text, "one two three"), quote("Q2", text, "three four"))
    )
    (paragraph,) = paragraphs(article)
    assert paragraph.html.count("<mark") == 1


def test_paragraphs_cut_a_quote_at_a_paragraph_break_and_anchor_its_first_piece():
    text = "Intro “first part\n\nsecond part” end."
    article = Article(text=text, quotes=(quote("Q1", text, "first part\n\nsecond part"),))
    first, second = paragraphs(article)
    assert 'id="q-Q1" tabindex="0">first part</mark>' in first.html
    assert (
        '<mark class="quote speaker-0" data-quote="Q1" aria-describedby="tip-Q1">second part'
        in second.html
    )


def test_paragraphs_escape_markup_in_the_text():
    text = "<script>alert(1)</script> said “<b>x</b>”"
    article = Article(text=text, quotes=(quote("Q1", text, "<b>x</b>"),))
    (paragraph,) = paragraphs(article)
    assert "<script>" not in paragraph.html and "<b>" not in paragraph.html
    assert "&lt;script&gt;" in paragraph.html


def test_paragraphs_ignore_offsets_outside_the_text():
    article = Article(
        text="Short.", quotes=(Quote(id="Q1", text="x", kind="direct", start=3, end=99),)
    )
    assert str(paragraphs(article)[0].html) == "Short."


def test_mention_chain_in_order():
    text = "Vladimir Putin spoke. Putin left. The Russian leader was silent."
    entity = Entity(id="E1", name="Vladimir Putin", type="PERSON",
                    mentions=((0, 14), (22, 27), (34, 52)))  # fmt: skip
    article = Article(text=text, entities=(entity,))
    assert mention_chain(article, "E1") == ["Vladimir Putin", "Putin", "The Russian leader"]
    assert mention_chain(article, None) == []


spans = st.tuples(st.integers(0, 60), st.integers(1, 20))


@given(st.text(alphabet="ab <>&\"'\n“”", min_size=1, max_size=60), st.lists(spans, max_size=6))
def test_paragraphs_keep_the_text_whatever_the_spans(text, pairs):
    quotes = tuple(
        Quote(id=f"Q{i}", text="", kind="direct", start=start, end=start + length,
              speaker=f"S{i % 3}", speaker_id=f"S{i % 3}", speaker_start=start, speaker_end=start + 1)
        for i, (start, length) in enumerate(pairs)
    )  # fmt: skip
    rendered = paragraphs(Article(text=text, quotes=quotes))
    expected = [p for p in text.split("\n\n") if p.strip()]
    assert [plain(str(p.html)) for p in rendered] == expected
    assert all("<script" not in p.html for p in rendered)
