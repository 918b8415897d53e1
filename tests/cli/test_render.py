"""The ingest summary when more inputs were rejected than the summary keeps."""

from __future__ import annotations

from parley.cli import render
from parley.ingest import IngestSummary
from parley.records import Rejection


def _rejections(count: int, reason: str) -> list[Rejection]:
    return [
        Rejection(source=f"a.warc.gz@{n}", reason=reason, message=f"a.warc.gz@{n} is bad.")
        for n in range(count)
    ]


def test_ingest_summary_counts_rejections_it_no_longer_holds() -> None:
    kept = _rejections(25, "not_article")
    summary = IngestSummary(
        run_id=1, read=5000, stored=10, duplicates=0, rejections=tuple(kept),
        rejected_by_reason={"not_article": 4000, "too_large": 990},
    )  # fmt: skip
    lines = render.ingest_summary(summary).splitlines()
    assert lines[0] == "Read 5000 document(s): 10 stored, 0 already stored, 4990 rejected."
    assert lines[-1] == (
        "  … and 4970 more (3980 not_article, 990 too_large); all are in the rejections table."
    )


def test_ingest_summary_without_counts_uses_the_rejections_held() -> None:
    summary = IngestSummary(
        run_id=1, read=3, stored=0, duplicates=0, rejections=tuple(_rejections(3, "empty"))
    )
    assert render.ingest_summary(summary).splitlines()[0].endswith("3 rejected.")
