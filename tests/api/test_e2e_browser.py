"""End to end: ``parley serve`` on loopback, a real headless Chromium, the pages as people see them.

The database is the bundled examples ingested with ``parley ingest``, plus the
records of ``site_db`` (a wire story with quotes and events, and a hostile article),
so that highlights and charts have something to show. Screenshots go to
``tests/artifacts/`` (not committed). Without Debian's ``chromium`` the tests skip,
except in CI (``CI=true``), where a missing browser is a failure.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import site_db
from browser import Browser, Page, find_chromium, in_ci

import corpus
from parley.store import Store
from parley.store.browse import most_quoted

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        message = "Debian's chromium is not installed (apt-get install chromium; make test does it as root)"
        if in_ci():
            pytest.fail(message + ", and CI must run the browser tests.")
        pytest.skip(message + ".")
    return found


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("e2e") / "parley.duckdb"
    examples = resources.files("parley.data").joinpath("examples")
    with resources.as_file(examples) as folder:
        subprocess.run(
            [sys.executable, "-m", "parley", "ingest", str(folder), "--db", str(path), "--quiet"],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    with Store(path) as store:
        store.write([*corpus.articles(), site_db.hostile()])
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    port = _free_port()
    log = db.parent / "serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "parley", "serve", "--db", str(db), "--port", str(port)],
            stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"parley serve did not start: {log.read_text()}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def browser(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with Browser(chromium, tmp_path_factory.mktemp("chromium-profile")) as running:
        yield running


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    opened = browser.new_page()
    opened.resize(1280, 900)
    yield opened
    errors = opened.errors()
    opened.close()
    assert errors == []


def shot(page: Page, name: str) -> None:
    path = page.screenshot(ARTIFACTS / f"{name}.png")
    assert path.stat().st_size > 5_000


def test_e2e_home_lists_the_bundled_articles(server, db, page):
    with Store(db, read_only=True) as store:
        top = most_quoted(store, limit=1).records()[0]["speaker"]
    page.goto(f"{server}/")
    assert page.evaluate("document.documentElement.dataset.script") == "ready"
    assert page.evaluate("document.querySelectorAll('ul.articles li').length") == 10
    assert top in page.evaluate("document.querySelector('#quoted-h').parentElement.innerText")
    shot(page, "home")


def test_e2e_bundled_article_shows_its_text(server, page):
    page.goto(f"{server}/search?q=Khashoggi")
    page.goto(page.evaluate("document.querySelector('ul.articles a').href"))
    assert page.evaluate("document.querySelectorAll('.text p').length") > 3
    shot(page, "article-bundled")


def test_e2e_article_quotes_are_highlighted_in_the_speakers_colour(server, page):
    page.goto(f"{server}/articles/{corpus.wire_copy(0).sha1}")
    colour = page.evaluate("getComputedStyle(document.querySelector('mark.quote')).backgroundColor")
    assert colour == "rgb(219, 234, 254)"
    swatch = page.evaluate(
        "getComputedStyle(document.querySelector('.legend .swatch')).backgroundColor"
    )
    assert swatch == colour


def test_e2e_hovering_a_quote_shows_speaker_cue_and_mentions(server, page):
    page.goto(f"{server}/articles/{corpus.wire_copy(0).sha1}")
    page.hover("mark.quote")
    assert page.evaluate("document.getElementById('tooltip').hidden") is False
    text = page.evaluate("document.getElementById('tooltip').innerText")
    assert "Dmitry Peskov" in text and "cue “said”" in text and "mentions:" in text
    shot(page, "article-quote-hover")


def test_e2e_keyboard_focus_reaches_a_quote_and_shows_its_tip(server, page):
    page.goto(f"{server}/articles/{corpus.wire_copy(0).sha1}")
    for _ in range(40):
        page.press_tab()
        if page.evaluate("document.activeElement.matches('mark.quote')"):
            break
    assert page.evaluate("document.activeElement.id") == "q-Q1"
    assert "Dmitry Peskov" in page.evaluate("document.getElementById('tooltip').innerText")


def test_e2e_person_page(server, page):
    page.goto(f"{server}/people/{quote('Dmitry Peskov')}")
    assert page.evaluate("document.querySelector('h1').innerText") == "Dmitry Peskov"
    assert page.evaluate("document.querySelectorAll('ul.quotes li').length") == 2
    shot(page, "person")


def test_e2e_dyad_chart_is_drawn_and_filters(server, page):
    page.goto(f"{server}/dyad?a=RUS&b=USA")
    box = page.evaluate(
        "(() => { const r = document.querySelector('svg.chart').getBoundingClientRect(); return [r.width, r.height]; })()"
    )
    assert box[0] > 600 and box[1] > 200
    assert page.evaluate("document.querySelectorAll('svg.chart rect.bar').length") == 6
    page.hover("svg.chart rect.bar")
    assert "event(s)" in page.evaluate("document.getElementById('tooltip').innerText")
    shot(page, "dyad")
    mark = len(page.browser.events)
    page.evaluate("document.querySelector('input[value=THREATEN]').click()")
    page.browser.wait_for("Page.loadEventFired", page.session, mark)
    assert page.evaluate("document.querySelectorAll('svg.chart rect.bar').length") == 2
    shot(page, "dyad-threaten")


def test_e2e_hostile_article_runs_no_script(server, page):
    page.goto(f"{server}/articles/{site_db.HOSTILE_ID}")
    page.hover("mark.quote")
    page.hover("svg.strip circle")
    assert page.evaluate("typeof window.parleyPwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, b, iframe').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    body = page.evaluate("document.body.innerText")
    assert site_db.SCRIPT in body and "onerror=" in body
    shot(page, "article-hostile")


def test_e2e_article_fits_a_phone_screen(server, page):
    page.resize(390, 844, mobile=True)
    page.goto(f"{server}/articles/{corpus.wire_copy(0).sha1}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "article-phone")


def test_e2e_dyad_fits_a_phone_screen(server, page):
    page.resize(390, 844, mobile=True)
    page.goto(f"{server}/dyad?a=RUS&b=USA")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "dyad-phone")


def test_e2e_content_security_policy_blocks_injected_handlers(server, page):
    # Were escaping ever to fail, the policy would still stop inline handlers and scripts.
    page.goto(f"{server}/articles/{site_db.HOSTILE_ID}")
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', "
        '\'<img src="/nothing" onerror="window.parleyPwned = 5">\')'
    )
    time.sleep(0.5)
    assert page.evaluate("typeof window.parleyPwned") == "undefined"
    assert any("Content Security Policy" in error for error in page.errors())
    page.forget_errors()
