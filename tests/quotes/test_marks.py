import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from parley.quotes.marks import Quoted, between_marks, scan
from strategies import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and left.', ['"yes"']),
        ("“One,” he said. “Two.”", ["“One,”", "“Two.”"]),
        ("«Non», dit-il.", ["«Non»"]),
        ("''Two apostrophes,'' he said.", ["''Two apostrophes,''"]),
        ("The ‘scare’ word and Clinton’s dog.", ["‘scare’"]),
        ("“Outer “inner” outer.”", ["“Outer “inner” outer.”"]),
        ('A stray "mark opens here “but this one” closes.', ["“but this one”"]),
        (
            'She said "the board is not about “fair play” any more," and left.',
            ['"the board is not about “fair play” any more,"'],
        ),
    ],
)
def test_scan_pairs_marks(text, expected):
    assert [text[q.start : q.end] for q in scan(text)] == expected


@pytest.mark.parametrize(
    "text",
    ['It was "open and never closed.', "He is 6' 2\" tall.", "Clinton’s and the Smiths’ dogs.", ""],
)
def test_scan_drops_stray_marks(text):
    assert scan(text) == []


def test_scan_unclosed_quote_opening_its_paragraph_runs_to_its_end():
    assert scan('"Open at start and never closed.\n\nNext.') == [Quoted(0, 32)]


def test_scan_multi_paragraph_quote_continues():
    text = "“First paragraph\n\n“Second paragraph.”"
    assert scan(text) == [Quoted(0, 16, continues=True), Quoted(18, 37)]


def test_scan_unbalanced_mark_stays_in_its_paragraph():
    text = 'He said "yes and then\n\nA whole new paragraph with "a quote" in it.'
    assert [text[q.start : q.end] for q in scan(text)] == ['"a quote"']


@given(texts)
@example("»0")
@example("said:\n ”Yes.”")
def test_scan_spans_are_ordered_inside_text_and_start_on_a_mark(text):
    found = scan(text)
    assert all(0 <= q.start < q.end <= len(text) for q in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[q.start] in "\"“«„‘'" or _opens_paragraph(text, q.start) for q in found)


def _opens_paragraph(text: str, at: int) -> bool:
    """A closing-style mark may open a quote as a paragraph's first character (»…», ”…”)."""
    before = text[:at].rstrip(" \t")
    return text[at] in "”»’" and (before == "" or before.endswith("\n"))


@given(st.text(alphabet="\"“”«»'‘’ a\n", max_size=60))
def test_scan_never_raises_on_mark_soup(text):
    scan(text)


def test_scan_low_high_marks_pair():
    text = "Er sagte „ja“ und ging."
    assert [text[q.start : q.end] for q in scan(text)] == ["„ja“"]


def test_scan_reopened_style_never_ends_before_it_starts():
    text = "«‘partial’ «guillemets» „low-high“ 「corner」"
    assert all(q.start < q.end for q in scan(text))


def test_scan_closing_mark_opening_a_paragraph_opens():
    text = "”Fortunately, he is transparent.” ― Beck"
    assert [text[q.start : q.end] for q in scan(text)] == ["”Fortunately, he is transparent.”"]


def test_scan_typographic_quote_closed_by_a_straight_mark():
    text = '“Immunity deals should not be required," Chaffetz said.'
    assert [text[q.start : q.end] for q in scan(text)] == [
        '“Immunity deals should not be required,"'
    ]


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ('"We will not back down,"', 0, "“We will not back down,”"),
        ("“Ja,” he said", 0, "““Ja,” he said”"),
        ("«Non»", 0, "“Non”"),
        ("called it a watershed moment", 14, "“called it a…”"),
        (None, 0, "“”"),
    ],
)
def test_between_marks_adds_marks_only_where_missing(text, limit, shown):
    assert between_marks(text, limit) == shown
