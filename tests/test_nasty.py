"""The nasty-input corpus: each input gives a typed rejection or a correct article,
through ``analyze``'s pipeline and through ``parley ingest``, whose summary lists them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from nasty import EXPECTED, build
from parley.cli.main import cli
from parley.ingest import read_documents
from parley.pipeline import Pipeline
from parley.records import Article, Document, Rejection


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build(tmp_path_factory.mktemp("nasty") / "inputs")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _outcomes(path: Path, pipeline: Pipeline) -> list[Article | Rejection]:
    items = list(read_documents(path))
    documents = [d for d in items if isinstance(d, Document)]
    results = iter(pipeline.run_batch(documents))
    return [next(results) if isinstance(d, Document) else d for d in items]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_nasty_input_gives_typed_rejection_or_correct_article(
    name: str, corpus: dict[str, Path], pipeline: Pipeline
) -> None:
    kind, checks = EXPECTED[name]
    outcomes = _outcomes(corpus[name], pipeline)
    assert outcomes
    for outcome in outcomes:
        json.dumps(outcome.to_dict(), default=str)  # every record serialisable
    rejections = [o for o in outcomes if isinstance(o, Rejection)]
    articles = [o for o in outcomes if isinstance(o, Article)]
    if kind == "rejection":
        assert not articles
        assert all(r.reason in checks for r in rejections), rejections
        assert all(str(corpus[name]) in r.message for r in rejections)
    elif kind == "article":
        assert len(articles) == 1 and not rejections, rejections
        assert all(snippet in articles[0].text for snippet in checks)
    else:
        reason, snippet = checks
        assert [r.reason for r in rejections] == [reason]
        assert [snippet in a.text for a in articles] == [True]


def test_nasty_corpus_ingest_summary_lists_every_rejection(
    corpus: dict[str, Path], tmp_path: Path
) -> None:
    folder = next(iter(corpus.values())).parent
    result = CliRunner().invoke(
        cli, ["ingest", str(folder), "--db", str(tmp_path / "nasty.duckdb"), "--quiet"]
    )
    assert result.exit_code == 0, result.output
    rejected = {name for name, (kind, _) in EXPECTED.items() if kind != "article"}
    listed = [line for line in result.output.splitlines() if line.startswith("  - ")]
    for name in rejected:
        (line,) = [line for line in listed if f"/{name}" in line]
        reasons = EXPECTED[name][1]
        assert line.removeprefix("  - ").split(":")[0] in reasons
    # Pages with the same text in two encodings are one article seen twice.
    usable = len([n for n, (kind, _) in EXPECTED.items() if kind != "rejection"])
    match = re.search(r"(\d+) stored, (\d+) already stored, (\d+) rejected", result.output)
    assert match
    assert int(match[1]) + int(match[2]) == usable
    assert int(match[3]) == len(rejected)
