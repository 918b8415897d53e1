"""The plain-text mode of the extraction eval: rendering, the dev/test split, the
report's text-mode table, and a run over a tiny hand-made benchmark."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli.main import cli
from parley.errors import EvalError
from parley.eval.extraction import (
    BenchmarkPage,
    ExtractionReport,
    Scores,
    SystemResult,
    line_diff,
    load_benchmark,
    page_split,
    render_text,
    run_extraction_eval,
    select_split,
)

_GOLD = Path(__file__).resolve().parents[3] / "shared/data/extraction/article-extraction-benchmark"

_PAGE = b"""<html><head><title>Talks resume | Example News</title>
<script>var tracking = "never shown";</script><style>p { color: red }</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<h1>Talks resume in Geneva</h1><div class="byline">By Jane Example</div>
<p>The foreign ministers agreed on Tuesday to resume talks on their disputed border.</p>
<p>Officials said the agenda would include <b>two crossings</b> closed since spring.</p>
<footer>&copy; 2021 Example News. All rights reserved.</footer></body></html>"""

_BODY = (
    "The foreign ministers of the two countries agreed on Tuesday to resume talks on their "
    "disputed border next month, ending a pause of almost a year.",
    "Officials on both sides said the agenda would include the reopening of two crossings "
    "that have been closed since the shooting at one of them last spring.",
)


def test_render_text_puts_each_block_on_its_own_line() -> None:
    lines = render_text(_PAGE).splitlines()
    assert "Talks resume in Geneva" in lines
    assert "By Jane Example" in lines
    assert "Officials said the agenda would include two crossings closed since spring." in lines


def test_render_text_keeps_page_furniture_and_drops_code() -> None:
    text = render_text(_PAGE)
    assert "Home" in text.splitlines() and "© 2021 Example News. All rights reserved." in text
    assert "tracking" not in text and "color" not in text


def test_render_text_accepts_str_and_bytes_alike() -> None:
    assert render_text(_PAGE) == render_text(_PAGE.decode("utf-8"))


def test_render_text_separates_paragraphs_by_a_blank_line() -> None:
    assert "border.\n\nOfficials" in render_text(_PAGE)


@pytest.mark.parametrize("page_id", ["a", "0" * 64, "f" * 64, "page-17"])
def test_page_split_is_a_function_of_the_id_alone(page_id: str) -> None:
    expected = "dev" if int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2 == 0 else "test"
    assert page_split(page_id) == page_split(page_id) == expected


def test_page_split_is_pinned() -> None:
    # Moving the split would mix pages the rules were tuned on into the test half.
    assert [page_split(page_id) for page_id in "abcdef"] == ["dev"] * 4 + ["test"] * 2


def test_page_split_halves_are_balanced() -> None:
    ids = [hashlib.sha256(str(n).encode()).hexdigest() for n in range(2000)]
    dev = sum(page_split(page_id) == "dev" for page_id in ids)
    assert 900 <= dev <= 1100


def _pages(*ids: str) -> list[BenchmarkPage]:
    return [BenchmarkPage(page_id=page_id, html=b"", truth="t") for page_id in ids]


def test_select_split_partitions_the_pages_in_order() -> None:
    pages = _pages(*(f"page{n}" for n in range(40)))
    dev, test = select_split(pages, "dev"), select_split(pages, "test")
    assert sorted(p.page_id for p in dev + test) == sorted(p.page_id for p in pages)
    assert not {p.page_id for p in dev} & {p.page_id for p in test}
    assert [p.page_id for p in dev] == [p.page_id for p in pages if p in dev]
    assert select_split(pages, "all") == pages


def test_select_split_does_not_depend_on_the_other_pages() -> None:
    pages = _pages(*(f"page{n}" for n in range(40)))
    assert [p.page_id for p in select_split(pages[::-1], "dev")] == [
        p.page_id for p in select_split(pages, "dev")
    ][::-1]
    assert [p.page_id for p in select_split(pages[:10], "test")] == [
        p.page_id for p in select_split(pages, "test") if p in pages[:10]
    ]


def test_select_split_unknown_name_raises_eval_error() -> None:
    with pytest.raises(EvalError, match="validation"):
        select_split(_pages("a"), "validation")  # type: ignore[arg-type]


@pytest.mark.skipif(not _GOLD.is_dir(), reason=f"the extraction benchmark is not at {_GOLD}")
def test_page_split_of_the_benchmark_is_about_half_and_half() -> None:
    pages = load_benchmark(_GOLD)
    dev = select_split(pages, "dev")
    assert (len(pages), len(dev)) == (181, 92)


def test_line_diff_lists_extra_and_missing_lines() -> None:
    extra, missing = line_diff(
        "Kept line one.\nShare this\nKept line two.", "Kept line one.\nLost line.\nKept line two."
    )
    assert (extra, missing) == (["Share this"], ["Lost line."])


def test_line_diff_ignores_layout_and_punctuation() -> None:
    assert line_diff("Hello,  world!\n\n", "Hello world") == ([], [])


def _text_report() -> ExtractionReport:
    scores = Scores(
        precision=0.8, recall=0.9, f1=0.847, accuracy=0.1, f1_sd=None, pages=89, empty=0
    )
    return ExtractionReport(
        systems=(
            SystemResult(name="parley", scores=scores, pages_per_second=65.0, rejected=0),
            SystemResult(name="full text", scores=scores, pages_per_second=2.5e6, rejected=0),
        ),
        pages=89,
        bootstrap=0,
        mode="text",
        split="test",
        render_pages_per_second=110.0,
    )


def test_text_report_table_fits_80_columns_and_names_the_split() -> None:
    table = _text_report().format_table()
    assert max(len(line) for line in table.splitlines()) <= 80
    assert "89 pages (test split)" in table
    assert "html-text" in table and "trafilatura" not in table


def test_text_report_has_no_speed_ratio() -> None:
    data = json.loads(json.dumps(_text_report().to_dict()))
    assert (data["speed_ratio"], data["mode"], data["split"]) == (None, "text", "test")
    assert data["render_pages_per_second"] == 110.0


def _benchmark(root: Path) -> Path:
    root.mkdir()
    (root / "html").mkdir()
    truth = {}
    for n in range(4):
        page_id = f"page{n}"
        body = "".join(f"<p>{paragraph} (page {n})</p>" for paragraph in _BODY)
        html = (
            "<html><body><nav><a>Home</a> <a>World</a> <a>Sport</a></nav>"
            f"<h1>Border talks to resume, part {n}</h1>{body}"
            "<footer><p>© 2021 Example News. All rights reserved.</p>"
            "<p>Terms of Use | Privacy Policy</p></footer></body></html>"
        )
        (root / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[page_id] = {"articleBody": "\n".join(f"{p} (page {n})" for p in _BODY)}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


def test_run_extraction_eval_text_mode_scores_parley_and_the_full_text(tmp_path: Path) -> None:
    report = run_extraction_eval(_benchmark(tmp_path / "gold"), bootstrap=0, mode="text")
    assert [s.name for s in report.systems] == ["parley", "full text"]
    parley, full = report.system("parley").scores, report.system("full text").scores
    assert (parley.f1, parley.accuracy) == (1.0, 1.0)
    assert full.recall == 1.0 and full.precision < 1.0
    assert report.render_pages_per_second and report.render_pages_per_second > 0
    assert report.speed_ratio is None


def test_run_extraction_eval_split_keeps_only_that_half(tmp_path: Path) -> None:
    gold = _benchmark(tmp_path / "gold")
    dev = run_extraction_eval(gold, bootstrap=0, mode="text", split="dev")
    test = run_extraction_eval(gold, bootstrap=0, mode="text", split="test")
    expected_dev = sum(page_split(f"page{n}") == "dev" for n in range(4))
    assert (dev.pages, test.pages) == (expected_dev, 4 - expected_dev)


def test_run_extraction_eval_unknown_mode_raises_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="pdf"):
        run_extraction_eval(_benchmark(tmp_path / "gold"), mode="pdf")  # type: ignore[arg-type]


def test_cli_eval_extraction_input_text(tmp_path: Path) -> None:
    gold = _benchmark(tmp_path / "gold")
    result = CliRunner().invoke(
        cli,
        [
            "eval",
            "extraction",
            "--gold",
            str(gold),
            "--input",
            "text",
            "--bootstrap",
            "0",
            "--format",
            "json",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mode"] == "text" and [s["name"] for s in data["systems"]] == [
        "parley",
        "full text",
    ]
