"""Budgets: size caps before NLP, and the watchdog that stops a document overrunning
its time or memory without losing the rest of its batch."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from nasty import PROSE
from parley import registry
from parley.budget import Watchdog, check_article, guard
from parley.config import Config
from parley.ingest import ingest
from parley.pipeline import Pipeline
from parley.records import Article, Document, Rejection
from parley.store import Store


def _doc(text: str, source: str) -> Document:
    return Document(source=source, content=f"Council approves plan\n\n{text}\n")


def test_check_article_passes_an_ordinary_article() -> None:
    assert check_article(Article(text=PROSE), Config()) is None


def test_check_article_refuses_a_long_stretch_without_sentence_end() -> None:
    refused = check_article(Article(text="word " * 3000, source="s"), Config())
    assert isinstance(refused, Rejection)
    assert refused.reason == "over_budget"
    assert "15,000 characters" in refused.message and "max_unbroken_chars" in refused.message


def test_check_article_refuses_too_many_quote_marks() -> None:
    refused = check_article(Article(text='He said "yes". ' * 3000, source="s"), Config())
    assert isinstance(refused, Rejection)
    assert refused.reason == "over_budget" and "6,000 quotation marks" in refused.message


def test_pipeline_rejects_an_article_over_budget_before_nlp() -> None:
    config = Config(max_quote_marks=10)
    (outcome,) = Pipeline(config).run_batch([_doc(f"“{PROSE}” " * 20, "quotes")])
    assert isinstance(outcome, Rejection) and outcome.reason == "over_budget"


def test_guard_without_timeout_is_the_plain_pipeline() -> None:
    pipeline = Pipeline(Config(doc_timeout=0))
    assert guard(pipeline) is pipeline


def test_watchdog_gives_the_same_articles_as_the_pipeline() -> None:
    pipeline = Pipeline(Config(doc_timeout=30))
    documents = [_doc(PROSE, "a"), Document(source="empty", content=""), _doc(PROSE * 2, "b")]
    with Watchdog(pipeline) as watchdog:
        guarded = watchdog.run_batch(documents)
    assert [o.to_dict() for o in guarded] == [o.to_dict() for o in pipeline.run_batch(documents)]


def _slow_on(marker: str, monkeypatch: pytest.MonkeyPatch, action: object) -> None:
    original = registry.build_entities

    def build(doc: object) -> object:
        if marker in doc.text:  # type: ignore[attr-defined]
            action()  # type: ignore[operator]
        return original(doc)

    monkeypatch.setattr(registry, "build_entities", build)


def test_watchdog_rejects_only_the_document_that_overruns_its_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _slow_on("STALL", monkeypatch, lambda: time.sleep(60))
    documents = [_doc(PROSE, "a"), _doc(PROSE + " STALL.", "slow"), _doc(PROSE + " More.", "b")]
    started = time.monotonic()
    with Watchdog(Pipeline(Config(doc_timeout=1))) as watchdog:
        outcomes = watchdog.run_batch(documents)
    assert time.monotonic() - started < 20
    assert [type(o).__name__ for o in outcomes] == ["Article", "Rejection", "Article"]
    assert outcomes[1].reason == "timeout"  # type: ignore[union-attr]
    assert "slow" in outcomes[1].message and "doc_timeout" in outcomes[1].message  # type: ignore[union-attr]


def _resident() -> int:
    with open(f"/proc/{os.getpid()}/statm", "rb") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc")
def test_watchdog_rejects_a_document_that_exhausts_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hoard: list[bytes] = []

    def hog() -> None:
        hoard.append(b"x" * 600_000_000)
        time.sleep(30)

    _slow_on("HOG", monkeypatch, hog)
    config = Config(doc_timeout=20, max_memory=_resident() + 300_000_000)
    with Watchdog(Pipeline(config)) as watchdog:
        outcomes = watchdog.run_batch([_doc(PROSE + " HOG.", "hog"), _doc(PROSE, "fine")])
    assert [getattr(o, "reason", "article") for o in outcomes] == ["memory", "article"]


def test_ingest_reports_a_timeout_and_stores_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow_on("STALL", monkeypatch, lambda: time.sleep(60))
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Council approves plan\n\n{PROSE}\n")
    (folder / "b.txt").write_text(f"Council approves plan\n\n{PROSE} STALL.\n")
    with Store(tmp_path / "parley.duckdb") as store:
        summary = ingest([str(folder)], store, config=Config(doc_timeout=1))
    assert summary.stored == 1
    assert summary.rejected_by_reason == {"timeout": 1}


def test_watchdog_turns_a_failing_extract_into_that_document_s_rejection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from parley import pipeline as pipeline_module

    original = pipeline_module.extract

    def fragile(document: Document, config: Config) -> object:
        if document.source == "bad":
            raise ValueError("broken")
        return original(document, config)

    monkeypatch.setattr(pipeline_module, "extract", fragile)
    with Watchdog(Pipeline(Config(doc_timeout=10))) as watchdog:
        outcomes = watchdog.run_batch([_doc(PROSE, "good"), _doc(PROSE, "bad")])
    assert isinstance(outcomes[0], Article)
    assert isinstance(outcomes[1], Rejection) and outcomes[1].reason == "stage_failed"
    assert "broken" in outcomes[1].message


PATHOLOGICAL = {
    "50 MB of text with no sentence break": ("word " * 10_000_000, {"too_large"}),
    "megabytes of nested tags": (
        "<html><body>" + "<div><p>deep " * 150_000 + "</body></html>",
        {"not_article", "over_budget", "unreadable"},
    ),
    "a million quote marks": (
        'He said "' + '"' * 1_000_000 + " it.",
        {"over_budget", "not_article", "too_large"},
    ),
    "prose with 6,000 quote marks": (
        "Council approves plan\n\n" + 'He said "no" to the plan today. ' * 3000,
        {"over_budget"},
    ),
    "400,000 characters in one sentence": (
        "Council approves plan\n\n" + "and then the council met " * 16_000,
        {"over_budget", "not_article"},
    ),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_page_is_rejected_with_a_reason_quickly(name: str) -> None:
    content, reasons = PATHOLOGICAL[name]
    started = time.monotonic()
    (outcome,) = Pipeline().run_batch([Document(source=name, content=content)])
    assert time.monotonic() - started < 30
    assert isinstance(outcome, Rejection), outcome.text[:200]
    assert outcome.reason in reasons
