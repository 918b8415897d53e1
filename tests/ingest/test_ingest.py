"""The ingest job on a real directory and a real DuckDB file: stored, rejected, recorded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.ingest import IngestSummary, ingest
from parley.records import Article
from parley.store import Store

WIRE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Sweden to send delegation to Helsinki for border talks | Nordic Wire</title>
<meta property="article:published_time" content="2021-03-16T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/europe">Europe</a></nav>
<article>
<h1>Sweden to send delegation to Helsinki for border talks</h1>
<p class="byline">By Karin Holm, Nordic Wire</p>
<p>STOCKHOLM (Nordic Wire) &mdash; Foreign Minister Anna Lindqvist said on Tuesday that Sweden
would send a delegation to Helsinki next week to discuss border security and energy supplies
with Finland.</p>
<p>&ldquo;We share a long border and a long history, and we intend to share a plan,&rdquo;
Lindqvist told reporters at the foreign ministry. She said the talks would also cover
electricity links across the Gulf of Bothnia.</p>
<p>Finnish officials welcomed the visit. A spokesman for the Finnish government said Helsinki
was ready to host the delegation and expected an agreement on joint patrols before the summer.</p>
</article>
<footer>&copy; 2021 Nordic Wire. All rights reserved. Terms of Use | Privacy Policy</footer>
</body></html>
"""

SUMMIT_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Cairo summit calls for ceasefire in Libya</title>
<meta property="article:published_time" content="2020-01-08T18:00:00Z">
</head><body>
<article>
<h1>Cairo summit calls for ceasefire in Libya</h1>
<p>CAIRO &mdash; The foreign ministers of Egypt, France, Greece and Cyprus met in Cairo on
Wednesday and called for an immediate ceasefire in Libya, warning that foreign interference
threatened the stability of the whole Mediterranean region.</p>
<p>Egyptian Foreign Minister Sameh Shoukry said the four countries rejected any military
escalation. &ldquo;There is no military solution to the conflict in Libya,&rdquo; Shoukry told
a news conference after the meeting, adding that the ministers would coordinate their positions
before the Berlin conference later this month.</p>
<p>Turkey, which has pledged to send troops to support the government in Tripoli, was not
invited to the talks.</p>
</article>
</body></html>
"""

SCRAPED_TEXT = """Accessibility links
Skip to main content
Breaking News

Ambassador recalled after cyber attack on ministry

Published 3 hours ago

Share

The government of Estonia recalled its ambassador from Minsk on Friday after investigators said
a cyber attack on the foreign ministry had been traced to servers in Belarus.

Prime Minister Kaja Tamm said the attack had disrupted consular services for two days and that
Tallinn would raise the matter with its European partners. "We will not accept attacks on our
institutions," Tamm told parliament.

Belarusian officials denied any involvement and called the decision a provocation. The
ambassador is expected back in Tallinn on Monday for consultations.

Follow us on Twitter
© 2021 Example Publisher. All rights reserved.
"""

ARTICLES = {
    "wire.html": WIRE_HTML.encode(),
    "news/summit.html": SUMMIT_HTML.encode(),
    "news/scraped/envoy.txt": SCRAPED_TEXT.encode(),
}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
SQLITE = b"SQLite format 3\x00\x10\x00\x01\x01\x00@  " + bytes(4072)
BAD = {
    "empty.txt": (b"", "empty"),
    "news/photo.html": (PNG + bytes(64), "binary"),
    "news/blob.txt": (SQLITE, "binary"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of three real-looking articles and three files that are not articles."""
    root = tmp_path_factory.mktemp("corpus")
    files = {**ARTICLES, **{name: content for name, (content, _) in BAD.items()}}
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content)
    return root


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("db") / "parley.duckdb"


@pytest.fixture(scope="module")
def inputs(corpus: Path) -> list[str]:
    return [str(corpus), str(corpus / "missing.html")]


@pytest.fixture(scope="module")
def progress_calls() -> list[tuple[str, int]]:
    return []


@pytest.fixture(scope="module")
def first(inputs: list[str], db_path: Path, progress_calls: list[tuple[str, int]]) -> IngestSummary:
    """One ingest of the corpus into a new database file (the full pipeline runs once here)."""
    with Store(db_path) as store:
        return ingest(inputs, store, progress=lambda event, n: progress_calls.append((event, n)))


@pytest.fixture(scope="module")
def second(first: IngestSummary, inputs: list[str], db_path: Path) -> IngestSummary:
    """The same inputs ingested again into the same file."""
    with Store(db_path) as store:
        return ingest(inputs, store)


@pytest.fixture
def store(first: IngestSummary, db_path: Path) -> Iterator[Store]:
    with Store(db_path, read_only=True) as store:
        yield store


def _stored(store: Store) -> list[Article]:
    articles = [store.get_article(key) for key in store.article_keys()]
    return [article for article in articles if article is not None]


def _expected_rejections(corpus: Path) -> set[tuple[str, str]]:
    return {(str(corpus / name), reason) for name, (_, reason) in BAD.items()} | {
        (str(corpus / "missing.html"), "missing")
    }


# -- the first run --------------------------------------------------------------


def test_ingest_stores_every_article(first: IngestSummary) -> None:
    assert (first.stored, first.duplicates) == (len(ARTICLES), 0)


def test_ingest_counts_documents_read(first: IngestSummary) -> None:
    assert first.read == len(ARTICLES) + len(BAD)


def test_ingest_returns_rejections_with_reasons(first: IngestSummary, corpus: Path) -> None:
    assert {(r.source, r.reason) for r in first.rejections} == _expected_rejections(corpus)


def test_ingest_rejection_messages_name_the_input(first: IngestSummary) -> None:
    assert all(r.source in r.message for r in first.rejections)


def test_ingest_articles_are_in_the_database(store: Store) -> None:
    assert store.totals().articles == len(ARTICLES)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_ingest_article_keeps_its_source_path(store: Store, corpus: Path, name: str) -> None:
    assert str(corpus / name) in {article.source for article in _stored(store)}


@pytest.mark.parametrize(
    ("source", "snippet"),
    [
        ("wire.html", "we intend to share a plan"),
        ("news/summit.html", "There is no military solution to the conflict in Libya"),
        ("news/scraped/envoy.txt", "recalled its ambassador from Minsk"),
    ],
)
def test_ingest_article_text_is_clean_body(
    store: Store, corpus: Path, source: str, snippet: str
) -> None:
    (text,) = [a.text for a in _stored(store) if a.source == str(corpus / source)]
    assert snippet in text and "All rights reserved" not in text


def test_ingest_article_has_entities(store: Store) -> None:
    names = {entity.name for article in _stored(store) for entity in article.entities}
    assert {"Anna Lindqvist", "Sameh Shoukry"} <= names


def test_ingest_records_rejections_in_the_database(
    store: Store, first: IngestSummary, corpus: Path
) -> None:
    rows = store.db.execute(
        "SELECT source, reason FROM rejections WHERE run_id = ?", [first.run_id]
    ).fetchall()
    assert set(rows) == _expected_rejections(corpus)


def test_ingest_records_the_run_with_its_counts(store: Store, first: IngestSummary) -> None:
    row = store.db.execute(
        "SELECT read, stored, duplicates, rejected, finished_at IS NOT NULL FROM runs WHERE id = ?",
        [first.run_id],
    ).fetchone()
    assert row == (len(ARTICLES) + len(BAD), len(ARTICLES), 0, len(BAD) + 1, True)


def test_ingest_run_command_names_the_inputs(
    store: Store, first: IngestSummary, inputs: list[str]
) -> None:
    row = store.db.execute("SELECT command FROM runs WHERE id = ?", [first.run_id]).fetchone()
    assert row == ("ingest " + " ".join(inputs),)


def test_ingest_articles_belong_to_the_run(store: Store, first: IngestSummary) -> None:
    rows = store.db.execute("SELECT DISTINCT run_id FROM articles").fetchall()
    assert rows == [(first.run_id,)]


@pytest.mark.usefixtures("first")
def test_ingest_progress_reports_total_of_inputs_first(
    progress_calls: list[tuple[str, int]],
) -> None:
    # The directory's six files and the missing path.
    assert progress_calls[0] == ("total", len(ARTICLES) + len(BAD) + 1)


@pytest.mark.usefixtures("first")
def test_ingest_progress_then_only_advances(progress_calls: list[tuple[str, int]]) -> None:
    assert {event for event, _ in progress_calls[1:]} == {"advance"}


@pytest.mark.usefixtures("first")
def test_ingest_progress_advances_sum_to_total(progress_calls: list[tuple[str, int]]) -> None:
    (_, total), *advances = progress_calls
    assert sum(n for _, n in advances) == total


# -- the same inputs again ------------------------------------------------------


def test_ingest_again_stores_nothing_new(second: IngestSummary) -> None:
    assert second.stored == 0


def test_ingest_again_counts_duplicates(second: IngestSummary) -> None:
    assert second.duplicates == len(ARTICLES)


def test_ingest_again_keeps_one_copy_of_each_article(second: IngestSummary, db_path: Path) -> None:
    with Store(db_path, read_only=True) as store:
        assert store.totals().articles == len(ARTICLES)


def test_ingest_again_is_a_new_run(first: IngestSummary, second: IngestSummary) -> None:
    assert second.run_id == first.run_id + 1


def test_ingest_again_records_its_own_counts(second: IngestSummary, db_path: Path) -> None:
    with Store(db_path, read_only=True) as store:
        row = store.db.execute(
            "SELECT stored, duplicates FROM runs WHERE id = ?", [second.run_id]
        ).fetchone()
    assert row == (0, len(ARTICLES))


# -- a .jsonl batch -------------------------------------------------------------


@pytest.fixture(scope="module")
def jsonl_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[IngestSummary, Path, Path]:
    root = tmp_path_factory.mktemp("jsonl")
    lines = [
        json.dumps({"id": "wire-42", "url": "https://example.org/42", "text": SCRAPED_TEXT}),
        json.dumps({"id": "wire-43", "html": SUMMIT_HTML, "published": "sometime"}),
    ]
    path = root / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_path = root / "parley.duckdb"
    with Store(db_path) as store:
        return ingest([str(path)], store), path, db_path


def test_ingest_jsonl_article_keeps_its_input_id(
    jsonl_run: tuple[IngestSummary, Path, Path],
) -> None:
    _, _, db_path = jsonl_run
    with Store(db_path, read_only=True) as store:
        article = store.get_article("wire-42")
    assert article is not None and article.url == "https://example.org/42"


def test_ingest_jsonl_bad_line_is_rejected_by_line(
    jsonl_run: tuple[IngestSummary, Path, Path],
) -> None:
    summary, path, _ = jsonl_run
    assert [(r.source, r.reason) for r in summary.rejections] == [(f"{path}:2", "bad_record")]


def test_ingest_summary_keeps_a_bounded_number_of_rejections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import parley.ingest

    monkeypatch.setattr(parley.ingest, "KEPT_REJECTIONS", 2)
    for n in range(5):
        (tmp_path / f"empty{n}.txt").write_bytes(b"")
    with Store(tmp_path / "p.duckdb") as store:
        summary = ingest([str(tmp_path)], store)
    assert (len(summary.rejections), summary.rejected, summary.rejected_by_reason) == (
        2,
        5,
        {"empty": 5},
    )
