"""A wire story republished by five outlets, through the real pipeline: one group, five sightings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.ingest import IngestSummary, ingest
from parley.store import Store

BODY = """<p>MOSCOW &mdash; Kremlin spokesman Dmitry Peskov said on Wednesday that Russia had
recalled its ambassador to the United States for consultations after President Joe Biden
described Vladimir Putin as a killer in a television interview.</p>
<p>&ldquo;Since Biden's words were quite unprecedented, unprecedented formats can't be
excluded,&rdquo; Peskov told reporters, adding that Moscow would cooperate with Washington where
it was in Russia's interests to do so.</p>
<p>Anatoly Antonov, the ambassador, was expected to leave Washington at the weekend. The
foreign ministry said the aim was to analyse what needed to be done to rectify relations,
which it said had fallen into a dead end.</p>
<p>The United States said it would continue to engage with Russia on arms control and on the
pandemic while holding Moscow to account for its actions.</p>"""
OUTLETS = {
    "https://www.tass.example/world/1": ("TASS", "<p>Source: TASS.</p>"),
    "https://reuters.example/world/2": ("Reuters", "<p>Reporting by the Moscow bureau.</p>"),
    "https://apnews.example/article/3": ("AP", "<p>Associated Press writers contributed.</p>"),
    "https://aljazeera.example/news/4": ("Al Jazeera", "<p>Source: Al Jazeera and agencies.</p>"),
    "https://dw.example/en/5": ("DW", "<p>DW with AFP and Reuters.</p>"),
}


def page(outlet: str, closing: str) -> str:
    return (
        f"<html><head><title>Russia recalls envoy | {outlet}</title>"
        '<meta property="article:published_time" content="2021-03-17T12:00:00Z"></head>'
        f"<body><nav>{outlet} home | World | Europe</nav><article>"
        f"<h1>Russia recalls ambassador to US</h1>{BODY}{closing}</article>"
        f"<footer>&copy; 2021 {outlet}</footer></body></html>"
    )


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory) -> tuple[IngestSummary, Path, Path]:
    root = tmp_path_factory.mktemp("wire")
    lines = [json.dumps({"url": url, "html": page(*parts)}) for url, parts in OUTLETS.items()]
    batch = root / "wire.jsonl"
    batch.write_text("\n".join(lines) + "\n", "utf-8")
    db_path = root / "parley.duckdb"
    with Store(db_path) as store:
        return ingest([str(batch)], store), batch, db_path


def test_wire_story_in_five_outlets_is_one_wire_group(
    wire: tuple[IngestSummary, Path, Path],
) -> None:
    with Store(wire[2], read_only=True) as store:
        groups = store.db.execute("SELECT count(DISTINCT wire_group) FROM articles").fetchone()
    assert groups == (1,)


def test_wire_story_has_five_sightings_in_five_outlets(
    wire: tuple[IngestSummary, Path, Path],
) -> None:
    with Store(wire[2], read_only=True) as store:
        row = store.db.execute("SELECT count(*), count(DISTINCT outlet) FROM sightings").fetchone()
    assert row == (5, 5)


def test_wire_story_ingested_again_adds_nothing(wire: tuple[IngestSummary, Path, Path]) -> None:
    _, batch, db_path = wire
    tables = ("articles", "sightings", "entities", "quotes", "events", "article_bands")
    with Store(db_path) as store:
        before = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables]
        again = ingest([str(batch)], store)
        after = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables]
    assert (again.stored, again.duplicates, after) == (0, 5, before)
