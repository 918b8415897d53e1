"""The Wikinews dev-set draw: which articles and sentences a further round may take."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "wikinews_sample.py"
_spec = importlib.util.spec_from_file_location("wikinews_sample", _TOOL)
assert _spec is not None and _spec.loader is not None
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

_FIRST = (
    "Chile recalled its ambassador to Peru on Monday after the dispute over fishing rights. "
    "The Peruvian government said President Martin Vizcarra would not meet Chilean envoys."
)
_SECOND = (
    "Norway and Sweden signed a treaty on the border rivers in Oslo. "
    "Prime Minister Erna Solberg said Norway would welcome Swedish inspectors."
)
_ROWS = [
    {
        "url": "https://example.org/a",
        "date": "2019-05-06",
        "title": "A",
        "text": "May 6\n" + _FIRST,
    },
    {
        "url": "https://example.org/b",
        "date": "2019-05-07",
        "title": "B",
        "text": "May 7\n" + _SECOND,
    },
]


def _gold(tmp_path: Path) -> Path:
    """An annotated round that holds each article's first sentence, with an event in the first
    article only."""
    lines = [
        {"url": "https://example.org/a", "text": _FIRST.split(". ")[0] + ".",
         "event_plover2": "SANCTION"},
        {"url": "https://example.org/b", "text": _SECOND.split(". ")[0] + ".",
         "event_plover2": None},
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    return path


def test_a_further_round_skips_the_sentences_already_annotated(tmp_path: Path) -> None:
    drawn = sample.candidates(_ROWS, 5, 1, _gold(tmp_path), every_article=True)
    assert [r["text"] for r in drawn] == [
        "The Peruvian government said President Martin Vizcarra would not meet Chilean envoys.",
        "Prime Minister Erna Solberg said Norway would welcome Swedish inspectors.",
    ]
    # Ids end with the article's number, so the odd/even split keeps each article in its half.
    assert [r["id"] for r in drawn] == ["WN-s001-a0001", "WN-s001-a0002"]


def test_without_every_article_only_articles_with_an_annotated_event(tmp_path: Path) -> None:
    drawn = sample.candidates(_ROWS, 5, 1, _gold(tmp_path))
    assert [r["url"] for r in drawn] == ["https://example.org/a"]
