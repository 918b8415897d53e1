"""Plain-text renderings of library results for the terminal (80 columns)."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import Counter

from parley.ingest import IngestSummary
from parley.records import Article
from parley.store import Totals

WIDTH = 80
MAX_LISTED = 20


def _table(headers: list[str], rows: list[list[str]], widths: list[int]) -> list[str]:
    """A fixed-width table; cells longer than their column are cut with an ellipsis."""

    def cell(value: str, width: int) -> str:
        return _cut(" ".join(value.split()), width).ljust(width)

    if not rows:
        return ["  none"]
    lines = ["  ".join(cell(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(cell(v, w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )
    return lines


def article_table(article: Article) -> str:
    """The article's metadata, body and annotations as a readable page."""
    lines = [
        article.title or "(no headline)",
        "=" * min(WIDTH, len(article.title or "(no headline)")),
    ]
    facts = [
        ("published", article.published.isoformat() if article.published else "unknown"),
        ("authors", ", ".join(article.authors) or "-"),
        ("credits", ", ".join(article.credits) or "-"),
        ("language", article.language or "unknown"),
        ("url", article.url or "-"),
        ("id", article.id),
        ("words", str(len(article.text.split()))),
    ]
    lines.extend(f"{name:<10} {value}" for name, value in facts)
    lines.append("")
    starts = {s.start: s.heading for s in article.sections}
    offset = 0
    for paragraph in article.paragraphs:
        if offset in starts:
            lines.extend([f"## {starts[offset]}", ""])
        lines.extend(textwrap.wrap(paragraph, WIDTH) + [""])
        offset += len(paragraph) + 2
    lines.append(f"Entities ({len(article.entities)})")
    lines.extend(
        _table(
            ["id", "name", "type", "country", "roles", "mentions"],
            [
                [e.id, e.name, e.type, e.country or "", ", ".join(e.roles), str(len(e.mentions))]
                for e in article.entities
            ],
            [4, 26, 6, 7, 20, 8],
        )
    )
    lines.extend(["", f"Quotes ({len(article.quotes)})"])
    lines.extend(
        _table(
            ["id", "speaker", "cue", "quote"],
            [[q.id, q.speaker or "?", q.cue or "", q.text] for q in article.quotes],
            [4, 20, 8, 42],
        )
    )
    lines.extend(["", f"Events ({len(article.events)})"])
    lines.extend(
        _table(
            ["id", "date", "source", "type", "target"],
            [[v.id, v.date or "", v.source or "", v.type, v.target or ""] for v in article.events],
            [4, 10, 20, 12, 24],
        )
    )
    return "\n".join(lines)


def ingest_summary(summary: IngestSummary) -> str:
    lines = [
        f"Read {summary.read} document(s): {summary.stored} stored, "
        f"{summary.duplicates} already stored, {summary.rejected} rejected.",
    ]
    if summary.resumed:
        lines.insert(
            0,
            f"Resumed the interrupted run {summary.run_id}: {summary.skipped} input(s) it had "
            "already done were skipped.",
        )
    if summary.rejections:
        # One line each, unwrapped: paths stay whole and the lines stay greppable.
        lines.append("Rejected:")
        lines.extend(f"  - {r.reason}: {r.message}" for r in summary.rejections[:MAX_LISTED])
        # Counted from every rejection, not only the ones the summary keeps.
        reasons = Counter(summary.rejected_by_reason) or Counter(
            r.reason for r in summary.rejections
        )
        reasons.subtract(r.reason for r in summary.rejections[:MAX_LISTED])
        hidden = sum(reasons.values())
        if hidden:
            counts = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common() if n)
            lines.append(f"  … and {hidden} more ({counts}); all are in the rejections table.")
    return "\n".join(lines)


def totals(path: str, totals: Totals) -> str:
    return "\n".join(
        [
            f"Database {path}",
            f"  articles        {totals.articles}",
            f"  people          {totals.people}",
            f"  organisations   {totals.organisations}",
            f"  countries       {totals.countries}",
            f"  quotes          {totals.quotes} ({totals.attributed_quotes} with a named speaker)",
            f"  events          {totals.events}",
            f"  ingest runs     {totals.runs} ({totals.rejected} input(s) rejected in all)",
        ]
    )


def people(rows: list[tuple[str, int, int]]) -> str:
    return "\n".join(
        ["Most mentioned people"]
        + _table(
            ["name", "articles", "mentions"], [[n, str(a), str(m)] for n, a, m in rows], [40, 8, 8]
        )
    )


def articles(rows: list[tuple[str, str | None, dt.date | None]]) -> str:
    """(id, title, published) rows as a dated list, newest first."""
    lines = ["Articles"]
    for identifier, title, published in rows:
        date = published.isoformat() if published else "undated"
        lines.append(f"  {date:<10}  {_cut(title or identifier, WIDTH - 14)}")
    return "\n".join(lines)


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
