"""Quality and speed of parley's extraction next to a baseline.

Both run over the article-extraction-benchmark in one process, so the pages/s
figures compare like with like on this machine.

With ``--input html`` (the default) parley's HTML path runs beside bare
trafilatura, and ``--worst N`` lists the pages where parley's per-page F1 falls
furthest below trafilatura's, which is where to look when parley loses.

With ``--input text`` parley's ``extract_text`` runs on each page's rendered
text beside that text unchanged, and ``--worst N`` lists parley's N lowest
per-page F1. ``--diff`` then prints, for each listed page, the lines parley
kept that are not in the truth (+) and the truth lines it dropped (-). Tune on
``--split dev`` only; ``--split test`` is for reporting.

    python bench/extraction_speed.py [--gold DIR] [--input html|text]
        [--split dev|test|all] [--limit N] [--bootstrap N] [--worst N] [--diff]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from parley.errors import EvalError
from parley.eval.extraction import (
    ExtractionReport,
    body_with_headings,
    line_diff,
    load_benchmark,
    render_text,
    run_extraction_eval,
)
from parley.extract.text import extract_text
from parley.records import Rejection

_GOLD = Path(__file__).resolve().parents[2] / "shared/data/extraction/article-extraction-benchmark"


def worst_pages(report: ExtractionReport, count: int) -> list[tuple[str, float, float]]:
    """(page_id, parley F1, baseline F1) for the pages parley does worst on.

    HTML mode: the pages parley loses most on against trafilatura. Text mode:
    parley's lowest per-page F1 (the full text is a floor, not a rival).
    """
    baseline = "trafilatura" if report.mode == "html" else "full text"
    theirs = dict(report.system(baseline).page_f1)
    rows = [(page_id, f1, theirs[page_id]) for page_id, f1 in report.system("parley").page_f1]
    if report.mode == "html":
        rows.sort(key=lambda row: row[1] - row[2])
        return [row for row in rows[:count] if row[1] < row[2]]
    rows.sort(key=lambda row: row[1])
    return rows[:count]


def print_diffs(gold: Path, page_ids: list[str]) -> None:
    """Lines parley's text path kept that are not in the truth, and truth lines it dropped."""
    pages = {page.page_id: page for page in load_benchmark(gold)}
    for page_id in page_ids:
        page = pages[page_id]
        article = extract_text(render_text(page.html), source=page_id, url=page.url)
        predicted = "" if isinstance(article, Rejection) else body_with_headings(article)
        extra, missing = line_diff(predicted, page.truth)
        print(f"\n=== {page_id[:16]}  {page.url or ''}")
        if isinstance(article, Rejection):
            print(f"rejected: {article.message}")
        else:
            print(f"title: {article.title!r}")
        for line in extra:
            print(f"+ {line[:150]}")
        for line in missing:
            print(f"- {line[:150]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=_GOLD, help="benchmark folder")
    parser.add_argument("--input", choices=("html", "text"), default="html", help="parley's input")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="pages")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument("--worst", type=int, default=0, help="list N pages parley does worst on")
    parser.add_argument("--diff", action="store_true", help="text mode: show the pages' lines")
    args = parser.parse_args(argv)
    try:
        report = run_extraction_eval(
            args.gold,
            limit=args.limit,
            bootstrap=args.bootstrap,
            mode=args.input,
            split=args.split,
        )
    except EvalError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(report.format_table())
    if args.worst:
        baseline = "trafilatura" if args.input == "html" else "full text"
        rows = worst_pages(report, args.worst)
        print(f"\n{'page':<16}  {'parley F1':>9}  {baseline + ' F1':>14}")
        for page_id, ours, theirs in rows:
            print(f"{page_id[:16]:<16}  {ours:>9.3f}  {theirs:>14.3f}")
        if args.diff and args.input == "text":
            print_diffs(args.gold, [row[0] for row in rows])
    return 0


if __name__ == "__main__":
    sys.exit(main())
