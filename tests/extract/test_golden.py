"""Golden cases: an input file and what extraction must give for it.

Article text is checked with "must contain / must not contain" snippets; the
metadata (headline, date, authors, credits, section headings) is compared with
the ``expected`` block, which ``pytest --update-golden`` rewrites for review.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from parley.extract import extract
from parley.ingest import read_documents
from parley.records import Article

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "extract"
CASES = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".html"))
EXAMPLES = resources.files("parley.data").joinpath("examples")
MANIFEST = json.loads(EXAMPLES.joinpath("manifest.json").read_text("utf-8"))


def _extract(path: Path) -> Article:
    (document,) = read_documents(path)
    article = extract(document)
    assert isinstance(article, Article), article
    return article


def _metadata(article: Article) -> dict[str, object]:
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors),
        "credits": list(article.credits),
        "language": article.language,
        "sections": [s.heading for s in article.sections],
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_metadata(case, update_golden):
    spec_path = case.with_name(case.name.rsplit(".", 1)[0] + ".expected.json")
    spec = json.loads(spec_path.read_text("utf-8"))
    actual = _metadata(_extract(case))
    if update_golden:
        spec["expected"] = actual
        spec_path.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert actual == spec["expected"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_text_keeps_story_and_drops_furniture(case):
    spec = json.loads(
        case.with_name(case.name.rsplit(".", 1)[0] + ".expected.json").read_text("utf-8")
    )
    text = _extract(case).text
    assert [s for s in spec["must_contain"] if s not in text] == []
    assert [s for s in spec["must_not_contain"] if s in text] == []


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_examples_extract_as_the_manifest_says(entry):
    with resources.as_file(EXAMPLES.joinpath(entry["file"])) as path:
        article = _extract(path)
    assert article.title == entry["title"]
    assert article.published.isoformat() == entry["published"]
    assert [line for line in entry["story_lines"] if line not in article.text] == []
    assert [line for line in entry["furniture_lines"] if line in article.text] == []
    if "credits" in entry:
        assert list(article.credits) == entry["credits"]
