"""The extraction metric on hand-made strings, and the benchmark loader's errors."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from parley.errors import EvalError
from parley.eval.extraction import (
    ExtractionReport,
    Scores,
    SystemResult,
    body_with_headings,
    load_benchmark,
    match,
    score,
    shingles,
    tokens,
)
from parley.records import Article, Section


def _one_page(prediction: str, truth: str) -> Scores:
    return score({"p": prediction}, {"p": truth}, bootstrap=0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, world!\n\nBye.", ["Hello", "world", "Bye"]),
        ("Привет мир", ["Привет", "мир"]),
        ("it's 3.5%", ["it", "s", "3", "5"]),
        ("", []),
    ],
)
def test_tokens_are_unicode_word_runs(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([], Counter()),
        (["a"], Counter({("a",): 1})),
        (["a", "b", "c"], Counter({("a", "b", "c"): 1})),
        (["a", "b", "c", "d"], Counter({("a", "b", "c", "d"): 1})),
        (["a", "b", "c", "d", "e"], Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})),
    ],
)
def test_shingles_are_four_tokens_or_one_short_shingle(
    words: list[str], expected: Counter[tuple[str, ...]]
) -> None:
    assert shingles(words) == expected


def test_score_identical_texts_are_perfect() -> None:
    result = _one_page("The cat sat on the mat today.", "The cat sat on the mat today.")
    assert (result.precision, result.recall, result.f1, result.accuracy) == (1.0, 1.0, 1.0, 1.0)


def test_score_disjoint_texts_are_zero() -> None:
    result = _one_page("a b c d", "w x y z")
    assert (result.precision, result.recall, result.f1, result.accuracy) == (0.0, 0.0, 0.0, 0.0)


def test_score_ignores_layout_and_punctuation() -> None:
    result = _one_page("Hello, world!\n\nBye.", "Hello world Bye")
    assert (result.f1, result.accuracy) == (1.0, 1.0)


def test_score_keeps_case() -> None:
    assert _one_page("Hello world", "hello world").f1 == 0.0


@pytest.mark.parametrize(
    ("prediction", "truth", "expected_f1"),
    [("Hello world", "Hello world", 1.0), ("Hello world", "Hello there", 0.0)],
)
def test_score_short_text_is_one_shingle(prediction: str, truth: str, expected_f1: float) -> None:
    assert _one_page(prediction, truth).f1 == expected_f1


def test_score_partial_prediction_loses_recall_only() -> None:
    # truth shingles {abcd, bcde}; prediction {abcd}: TP 1, FP 0, FN 1.
    result = _one_page("a b c d", "a b c d e")
    assert (result.precision, result.recall) == (1.0, 0.5)
    assert result.f1 == pytest.approx(2 / 3)


def test_score_empty_prediction_is_left_out_of_precision_but_lowers_recall() -> None:
    result = score({"x": "a b c d e", "y": ""}, {"x": "a b c d e", "y": "p q r s"}, bootstrap=0)
    assert (result.precision, result.recall, result.empty) == (1.0, 0.5, 1)
    assert result.f1 == pytest.approx(2 / 3)


def test_score_missing_prediction_counts_as_empty() -> None:
    result = score({}, {"x": "a b c d"}, bootstrap=0)
    assert (result.precision, result.recall, result.empty, result.pages) == (0.0, 0.0, 1, 1)


@pytest.mark.parametrize(
    ("prediction", "truth", "precision", "recall"),
    [
        # truth shingles: abcd twice, bcda, cdab, dabc; the prediction has abcd once.
        ("a b c d", "a b c d a b c d", 1.0, 0.2),
        ("a b c d a b c d", "a b c d", 0.2, 1.0),
    ],
)
def test_score_counts_repeated_shingles_as_a_multiset(
    prediction: str, truth: str, precision: float, recall: float
) -> None:
    result = _one_page(prediction, truth)
    assert (result.precision, result.recall) == (pytest.approx(precision), pytest.approx(recall))


def test_score_f1_is_harmonic_mean_of_mean_precision_and_recall() -> None:
    # Page x: P 0.5, R 1; page y: P 1, R 0.5. Mean P = mean R = 0.75, so F1 = 0.75
    # (the mean of per-page F1s would be 2/3).
    result = score(
        {"x": "a b c d e", "y": "a b c d"}, {"x": "a b c d", "y": "a b c d e"}, bootstrap=0
    )
    assert result.f1 == pytest.approx(0.75)


def test_score_accuracy_is_share_of_identical_token_sequences() -> None:
    result = score({"x": "a b c d", "y": "a b c"}, {"x": "a, b c d.", "y": "a b c d"}, bootstrap=0)
    assert result.accuracy == 0.5


def test_score_without_bootstrap_has_no_spread() -> None:
    assert _one_page("a b c d", "a b c d").f1_sd is None


def test_score_bootstrap_is_repeatable_with_a_seed() -> None:
    predictions = {"x": "a b c d e", "y": "", "z": "a b c d"}
    truth = {"x": "a b c d", "y": "a b c d", "z": "a b c d"}
    first = score(predictions, truth, bootstrap=50, seed=3)
    second = score(predictions, truth, bootstrap=50, seed=3)
    assert first.f1_sd == second.f1_sd
    assert first.f1_sd is not None and first.f1_sd > 0


def test_score_bootstrap_of_perfect_pages_has_zero_spread() -> None:
    texts = {"x": "a b c d e", "y": "p q r s"}
    assert score(texts, texts, bootstrap=20).f1_sd == 0.0


def test_match_of_two_empty_texts_is_exact_and_counts_nothing() -> None:
    result = match("", "")
    assert (result.tp, result.fp, result.fn, result.exact) == (0.0, 0.0, 0.0, True)


@pytest.mark.parametrize(
    ("text", "sections", "expected"),
    [
        ("One.\n\nTwo.", (), "One.\n\nTwo."),
        (
            "First para.\n\nSecond para.",
            (Section(heading="H1", start=0), Section(heading="H2", start=13)),
            "H1\n\nFirst para.\n\nH2\n\nSecond para.",
        ),
        (
            "First.\n\nSecond.",
            (Section(heading="Part", start=8), Section(heading="Chapter", start=8)),
            "First.\n\nPart\n\nChapter\n\nSecond.",
        ),
        ("First.", (Section(heading="Late", start=99),), "First.\n\nLate"),
    ],
    ids=["no-sections", "one-per-paragraph", "two-at-one-offset", "past-the-end"],
)
def test_body_with_headings_puts_each_heading_before_its_paragraph(
    text: str, sections: tuple[Section, ...], expected: str
) -> None:
    assert body_with_headings(Article(text=text, sections=sections)) == expected


def _write_benchmark(root: Path, truth: object, pages: dict[str, bytes]) -> None:
    (root / "html").mkdir(parents=True)
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for page_id, html in pages.items():
        (root / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html))


def test_load_benchmark_reads_pages_with_decompressed_html(tmp_path: Path) -> None:
    html = b"<html><body><p>Words.</p></body></html>"
    truth = {
        "b": {"articleBody": "Words.", "url": "https://example.org/b"},
        "a": {"articleBody": "A"},
    }
    _write_benchmark(tmp_path, truth, {"a": b"<p>A</p>", "b": html})
    pages = load_benchmark(tmp_path)
    assert [(p.page_id, p.url) for p in pages] == [("a", None), ("b", "https://example.org/b")]
    assert (pages[1].html, pages[1].truth) == (html, "Words.")


def test_load_benchmark_missing_folder_raises_eval_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(EvalError, match="nowhere"):
        load_benchmark(missing)


def test_load_benchmark_missing_ground_truth_raises_eval_error(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    with pytest.raises(EvalError, match="ground-truth.json is missing"):
        load_benchmark(tmp_path)


def test_load_benchmark_missing_html_page_raises_eval_error(tmp_path: Path) -> None:
    _write_benchmark(tmp_path, {"a": {"articleBody": "A"}, "b": {"articleBody": "B"}}, {"a": b"x"})
    with pytest.raises(EvalError, match=r"b\.html\.gz is missing"):
        load_benchmark(tmp_path)


@pytest.mark.parametrize(
    "truth",
    [[], {}, {"a": {"url": "https://example.org"}}, {"a": "A"}],
    ids=["a-list", "empty", "no-body", "not-an-object"],
)
def test_load_benchmark_malformed_ground_truth_raises_eval_error(
    tmp_path: Path, truth: object
) -> None:
    _write_benchmark(tmp_path, truth, {"a": b"x"})
    with pytest.raises(EvalError, match="ground-truth.json"):
        load_benchmark(tmp_path)


def _report() -> ExtractionReport:
    scores = Scores(
        precision=0.912, recall=0.95, f1=0.931, accuracy=0.2, f1_sd=0.011, pages=181, empty=2
    )
    return ExtractionReport(
        systems=(
            SystemResult(name="parley", scores=scores, pages_per_second=20.0, rejected=2),
            SystemResult(name="trafilatura", scores=scores, pages_per_second=40.0, rejected=0),
        ),
        pages=181,
        bootstrap=1000,
    )


def test_report_format_table_fits_80_columns() -> None:
    assert max(len(line) for line in _report().format_table().splitlines()) <= 80


def test_report_format_table_states_the_speed_ratio() -> None:
    assert "= 0.50" in _report().format_table().splitlines()[-1]


def test_report_to_dict_is_json_ready() -> None:
    data = json.loads(json.dumps(_report().to_dict()))
    assert data["systems"][0]["f1"] == 0.931
    assert data["speed_ratio"] == 0.5
