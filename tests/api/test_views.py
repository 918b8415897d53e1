"""The web pages through the test client: what each shows, escaping, no outside resources."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
import site_db

import corpus

STATIC = Path(__file__).resolve().parents[2] / "src" / "parley" / "api" / "static"
TEMPLATES = STATIC.parent / "templates"


class Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def wire_id(client) -> str:
    return corpus.wire_copy(0).sha1


def test_home_lists_recent_articles_quoted_people_and_dyads(client):
    html = page(client, "/")
    assert 'href="/articles/hostile-1"' in html
    assert '<a href="/people/Dmitry%20Peskov">Dmitry Peskov</a>' in html
    assert "Joe Biden ↔ Vladimir Putin" in html
    assert '<form class="search" role="search" action="/search" method="get">' in html


def test_search_finds_people_quotes_and_articles(client):
    html = page(client, "/search?q=Putin")
    assert '<a href="/people/Vladimir%20Putin">Vladimir Putin</a>' in html
    assert "Russia recalls ambassador" in html


def test_search_quotes_by_their_words(client):
    assert "sanctions firmly and in kind" in page(client, "/search?q=sanctions+firmly")


def test_search_without_words_asks_for_them(client):
    assert "Type a name" in page(client, "/search?q=")


def test_articles_page_lists_and_pages(client):
    html = page(client, "/articles")
    assert html.count('<li><a href="/articles/') == 8
    assert 'rel="next"' not in html


def test_article_marks_each_quote_in_its_speakers_colour(client):
    html = page(client, f"/articles/{wire_id(client)}")
    marks = [a for t, a in tags(html) if t == "mark"]
    assert marks == [{
        "class": "quote speaker-0", "data-quote": "Q1", "aria-describedby": "tip-Q1",
        "id": "q-Q1", "tabindex": "0",
    }]  # fmt: skip
    assert f"{corpus.QUOTE}</mark>" in html.replace("&#39;", "'")


def test_article_tip_gives_speaker_cue_and_mention_chain(client):
    html = page(client, f"/articles/{wire_id(client)}")
    tip = html[html.index('id="tip-Q1"') : html.index("</div>", html.index('id="tip-Q1"'))]
    assert "<strong>Dmitry Peskov</strong>" in tip
    assert "cue “said”" in tip
    assert "mentions: Dmitry Peskov → Peskov" in tip


def test_article_lists_events_and_draws_the_timeline_strip(client):
    html = page(client, f"/articles/{wire_id(client)}")
    assert '<span class="type">REDUCE</span>' in html
    assert html.count('class="event-dot') == 2
    assert 'href="/dyad?a=Russia&amp;b=United+States"' in html


def test_article_unknown_is_a_404_page(client):
    response = client.get("/articles/nope")
    assert response.status_code == 404
    assert "No article has the id or sha1 &#39;nope&#39;." in response.text


def test_hostile_article_shows_markup_as_text(client):
    html = page(client, f"/articles/{site_db.HOSTILE_ID}")
    assert "&lt;script&gt;window.parleyPwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=&#34;x&#34; onerror=" in html


def test_hostile_article_adds_no_element_or_handler(client):
    html = page(client, f"/articles/{site_db.HOSTILE_ID}")
    found = tags(html)
    assert [a["src"] for t, a in found if t == "script"] == ["/static/parley.js"]
    assert not [t for t, _ in found if t in ("img", "b", "iframe", "object")]
    assert not [a for _, a in found if any(name.startswith("on") for name in a)]


def test_hostile_article_javascript_url_is_not_a_link(client):
    html = page(client, f"/articles/{site_db.HOSTILE_ID}")
    assert not [a for t, a in tags(html) if t == "a" and "javascript" in (a.get("href") or "")]
    assert "javascript:window.parleyPwned = 4" in html


def test_hostile_speaker_marked_as_text_in_their_colour(client):
    html = page(client, f"/articles/{site_db.HOSTILE_ID}")
    assert '<span class="speaker-ref speaker-0" data-quote="Q1">Mallory &lt;b' in html


def test_person_page_shows_roles_quotes_and_events(client):
    html = page(client, "/people/Peskov")
    assert "<h1>Dmitry Peskov</h1>" in html
    assert "Kremlin spokesman" in html
    assert "We will respond to any new sanctions firmly and in kind" in html
    assert "<caption>As source</caption>" in html and "THREATEN" in html


def test_person_page_unknown_is_a_404_page(client):
    response = client.get("/people/Nobody")
    assert response.status_code == 404
    assert "<h1>Not found</h1>" in response.text


def test_person_page_bad_page_number_is_400(client):
    assert client.get("/people/Peskov?page=0").status_code == 400


def test_dyad_page_charts_weeks_both_directions(client):
    html = page(client, "/dyad?a=RUS&b=USA")
    bars = [a for t, a in tags(html) if t == "rect"]
    assert sorted(b["class"] for b in bars) == ["bar direction-0"] * 3 + ["bar direction-1"] * 3
    assert len([t for t, _ in tags(html) if t == "circle"]) == 6
    assert 'role="img" aria-labelledby="chart-title chart-desc"' in html


def test_dyad_page_filters_by_type(client):
    html = page(client, "/dyad?a=RUS&b=USA&type=THREATEN")
    bars = [a for t, a in tags(html) if t == "rect"]
    assert [b["data-label"] for b in bars] == [
        "week of 2021-04-12, RUS → USA: 1 event(s), mean intensity -6",
        "week of 2021-05-03, RUS → USA: 1 event(s), mean intensity -4",
    ]
    assert '<input type="checkbox" name="type" value="THREATEN" checked>' in html


def test_dyad_page_lists_events_linking_to_articles(client):
    html = page(client, "/dyad?a=RUS&b=USA&type=SANCTION")
    assert "Washington expelled ten Russian diplomats." in html
    assert f'href="/articles/{quote(corpus.april().sha1)}"' in html


def test_dyad_page_without_events_says_so(client):
    assert "No dated events between" in page(client, "/dyad?a=FRA&b=DEU")


def test_dyad_page_needs_both_actors(client):
    assert client.get("/dyad?a=RUS").status_code == 400


@pytest.mark.parametrize("name", ["parley.css", "parley.js"])
def test_static_files_are_served_from_the_package(client, name):
    response = client.get(f"/static/{name}")
    assert response.status_code == 200
    assert response.text == (STATIC / name).read_text("utf-8")


@pytest.mark.parametrize(
    "path", sorted(STATIC.iterdir()) + sorted(TEMPLATES.iterdir()), ids=lambda p: p.name
)
def test_nothing_is_loaded_from_outside(path):
    text = path.read_text("utf-8")
    assert not re.search(r"""(src|href|url)\s*[=(]\s*["']?(https?:)?//""", text)
    assert "@import" not in text


@pytest.mark.parametrize("path", sorted(TEMPLATES.iterdir()), ids=lambda p: p.name)
def test_templates_have_no_inline_script_or_style(path):
    text = path.read_text("utf-8")
    assert "<style" not in text and "style=" not in text
    assert not re.search(r"<script(?![^>]*\bsrc=)", text)
    assert not re.search(r"\son[a-z]+=", text)
    assert "| safe" not in text and "|safe" not in text


def test_actor_known_only_from_events_has_a_page(client):
    html = page(client, "/people/United%20States")
    assert "<h1>United States</h1>" in html
    assert "<caption>As target</caption>" in html and "REDUCE" in html


def test_article_side_list_gives_a_direct_quote_one_pair_of_marks(client):
    html = page(client, f"/articles/{wire_id(client)}").replace("&#39;", "'")
    side = html[html.index("Dmitry Peskov</a>:") :]
    assert side.startswith(f"Dmitry Peskov</a>: “{corpus.QUOTE[:80]}")
    assert "““" not in html and '“"' not in html
