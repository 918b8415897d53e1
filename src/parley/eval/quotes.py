"""Quote extraction and speaker attribution scored on PolNeAR.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) is 1,008 US political news articles
from 2016 with every attribution annotated in brat standoff: a ``Source`` (who),
a ``Cue`` (said, according to, ``:``) and a ``Content`` (what), tied by an event
line. It has no licence statement and its texts belong to their publishers, so
parley never ships or commits it. To score against it, fetch the repository
``github.com/networkdynamics/PolNeAR`` at commit
``c3eee833c035bf7b8c84f55b58c0bf7346cfae76`` and keep ``data/{train,dev,test}/text``,
``data/{train,dev,test}/attributions`` and ``data/metadata.tsv`` (the large
``corenlp/`` parses are not needed)::

    git clone https://github.com/networkdynamics/PolNeAR && cd PolNeAR
    git checkout c3eee833c035bf7b8c84f55b58c0bf7346cfae76
    parley eval quotes --gold PolNeAR/data --split dev

The metrics (issue 5), all over every gold attribution — beliefs, documents and
polls included — and split direct / indirect, where *direct* means the content
holds a quotation mark:

- content spans: precision / recall / F1, *exact* (the same tokens) and with
  *overlap* >= 0.5, where overlap = shared tokens / the longer span's tokens.
  Tokens are runs of word characters and single other non-space characters, so
  quotation marks and commas count. A gold content split in fragments ("…,"
  he said. "…") is one span; parley's quotes that share a cue are joined into one
  predicted span the same way. Predictions and gold are paired one to one,
  greedily by overlap.
- speaker accuracy on matched quotes: the predicted speaker mention overlaps the
  gold Source, or the resolved speaker entity has a mention that does; a gold
  attribution without a source wants no speaker.
- who-said-what F1: a prediction counts when its content overlaps a gold content
  by >= 0.5 and its speaker is right.

Where an article has several annotators' files, the file whose annotator id
sorts first is the gold.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parley.config import Config
from parley.errors import EvalError
from parley.records import Article, Entity, Quote

Span = tuple[tuple[int, int], ...]
"""One annotation as character fragments ``((start, end), ...)`` into the text."""

QUOTATION_MARKS = frozenset('"“”«»„‘')
"""Marks that make a content *direct*; ’ is left out because it is also the apostrophe."""

_TOKEN = re.compile(r"\w+|[^\w\s]")
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One attribution, gold or predicted: what was said, and who said it."""

    content: Span
    source: Span = ()
    """The speaker's words; empty when there is none."""
    cue: Span = ()
    speaker_mentions: Span = ()
    """Every mention of the resolved speaker entity (predictions only)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[Attribution, ...]


def read_brat(ann: str) -> tuple[Attribution, ...]:
    """The attributions of one PolNeAR ``.ann`` file, in file order.

    Text-bound lines ``T1<TAB>Type start end[;start end]<TAB>words`` give spans
    (their words may run over several lines; only offsets are read); event lines
    ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` tie them. Content
    roles ``Content2`` … join the content; events without content are skipped.
    """
    spans: dict[str, Span] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        key, body = parts[0], parts[1]
        if key.startswith("T"):
            kind, _, offsets = body.partition(" ")
            try:
                spans[key] = tuple(
                    (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
                )
            except ValueError:
                continue
        elif key.startswith("E"):
            events.append([tuple(arg.split(":", 1)) for arg in body.split() if ":" in arg])  # type: ignore[misc]
    found = []
    for arguments in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        for role, ref in arguments:
            role = re.sub(r"\d+$", "", role)
            roles.setdefault(role, []).extend(spans.get(ref, ()))
        if not roles.get("Content"):
            continue
        found.append(
            Attribution(
                content=tuple(sorted(roles["Content"])),
                source=tuple(sorted(roles.get("Source", ()))),
                cue=tuple(sorted(roles.get("Cue", ()))),
            )
        )
    return tuple(found)


def split_folder(root: Path, split: str) -> Path:
    """The folder of ``split`` under ``root`` (the repository, or its ``data``)."""
    for candidate in (root / split, root / "data" / split):
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            return candidate
    raise EvalError(
        f"{root} has no {split}/text and {split}/attributions folders; pass --gold the "
        "PolNeAR repository or its data folder (see `parley eval quotes --help`)."
    )


def read_polnear(root: Path, split: str, limit: int | None = None) -> list[GoldArticle]:
    """The gold articles of one split, sorted by name."""
    if split not in SPLITS:
        raise EvalError(f"There is no PolNeAR split {split!r}; use one of {', '.join(SPLITS)}.")
    folder = split_folder(Path(root), split)
    files: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        name = path.stem.rsplit("_", 1)[0]
        files.setdefault(name, path)  # sorted order: the first annotator id wins
    articles = []
    for name, ann in sorted(files.items())[:limit]:
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.is_file():
            continue
        articles.append(
            GoldArticle(
                name=name,
                text=text_path.read_text("utf-8"),
                attributions=read_brat(ann.read_text("utf-8")),
            )
        )
    if not articles:
        raise EvalError(f"{folder} holds no article with both its text and its attributions.")
    return articles


def predicted_attributions(article: Article) -> tuple[Attribution, ...]:
    """parley's quotes as attributions: quotes sharing a cue become one split span."""
    by_id: dict[str, Entity] = {e.id: e for e in article.entities}
    groups: dict[Any, list[Quote]] = {}
    for quote in article.quotes:
        key = ("cue", quote.cue_start) if quote.cue_start is not None else ("quote", quote.id)
        groups.setdefault(key, []).append(quote)
    found = []
    for quotes in groups.values():
        first = next((q for q in quotes if q.speaker_start is not None), quotes[0])
        entity = by_id.get(first.speaker_id or "")
        source: Span = ()
        if first.speaker_start is not None and first.speaker_end is not None:
            source = ((first.speaker_start, first.speaker_end),)
        cue: Span = ()
        if first.cue_start is not None and first.cue_end is not None:
            cue = ((first.cue_start, first.cue_end),)
        found.append(
            Attribution(
                content=tuple(sorted((q.start, q.end) for q in quotes)),
                source=source,
                cue=cue,
                speaker_mentions=entity.mentions if entity else (),
            )
        )
    return tuple(found)


# --- scoring -------------------------------------------------------------------------


class _Tokens:
    """Token positions of one text, for turning character spans into token sets."""

    def __init__(self, text: str):
        self.starts = [m.start() for m in _TOKEN.finditer(text)]

    def of(self, span: Span) -> frozenset[int]:
        found: set[int] = set()
        for start, end in span:
            found.update(
                range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))
            )
        return frozenset(found)


def is_direct(text: str, span: Span) -> bool:
    """Whether the content holds a quotation mark (two apostrophes count: NYT style)."""
    return any(
        ch in QUOTATION_MARKS or "''" in text[start:end]
        for start, end in span
        for ch in text[start:end]
    )


def _overlaps(a: Span, b: Span) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def speaker_right(gold: Attribution, predicted: Attribution) -> bool:
    if not gold.source:
        return not predicted.source
    return _overlaps(gold.source, predicted.source) or _overlaps(
        gold.source, predicted.speaker_mentions
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    gold: int
    predicted: int
    overlap: float
    exact: bool


def match(text: str, gold: Sequence[Attribution], predicted: Sequence[Attribution]) -> list[Pair]:
    """Gold and predicted attributions paired one to one, greedily by content overlap."""
    tokens = _Tokens(text)
    gold_sets = [tokens.of(g.content) for g in gold]
    predicted_sets = [tokens.of(p.content) for p in predicted]
    candidates = []
    for i, g in enumerate(gold_sets):
        for j, p in enumerate(predicted_sets):
            shared = len(g & p)
            if shared:
                candidates.append((shared / max(len(g), len(p)), g == p, i, j))
    candidates.sort(key=lambda c: (-c[0], c[2], c[3]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for overlap, exact, i, j in candidates:
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        pairs.append(Pair(gold=i, predicted=j, overlap=overlap, exact=exact))
    return pairs


@dataclass(slots=True)
class Counts:
    """Tallies behind one row of the report."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    matched_with_speaker: int = 0
    speaker_right: int = 0
    who_said_what: int = 0

    def add(self, other: Counts) -> None:
        for f in dataclasses.fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _f1(hits: int, gold: int, predicted: int) -> dict[str, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _summary(counts: Counts) -> dict[str, Any]:
    return {
        "gold": counts.gold,
        "predicted": counts.predicted,
        "exact": _f1(counts.exact, counts.gold, counts.predicted),
        "overlap": _f1(counts.overlap, counts.gold, counts.predicted),
        "speaker_accuracy": round(counts.speaker_right / counts.matched_with_speaker, 4)
        if counts.matched_with_speaker
        else 0.0,
        "who_said_what": _f1(counts.who_said_what, counts.gold, counts.predicted),
    }


def score_article(
    text: str, gold: Sequence[Attribution], predicted: Sequence[Attribution]
) -> dict[str, Counts]:
    """Counts for ``all``, ``direct`` and ``indirect`` on one article.

    Direct and indirect split gold by the gold content and predictions by their
    own content, so each side's precision and recall stay well defined.
    """
    rows = {name: Counts() for name in ("all", "direct", "indirect")}
    gold_kind = ["direct" if is_direct(text, g.content) else "indirect" for g in gold]
    predicted_kind = ["direct" if is_direct(text, p.content) else "indirect" for p in predicted]
    for kind in gold_kind:
        rows["all"].gold += 1
        rows[kind].gold += 1
    for kind in predicted_kind:
        rows["all"].predicted += 1
        rows[kind].predicted += 1
    for pair in match(text, gold, predicted):
        right = speaker_right(gold[pair.gold], predicted[pair.predicted])
        for name in ("all", gold_kind[pair.gold]):
            row = rows[name]
            row.exact += pair.exact
            if pair.overlap >= 0.5:
                row.overlap += 1
                row.matched_with_speaker += 1
                row.speaker_right += right
                row.who_said_what += right
    return rows


@dataclass(frozen=True, slots=True, kw_only=True)
class QuotesReport:
    split: str
    articles: int
    seconds: float
    rows: dict[str, dict[str, Any]]

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "articles": self.articles,
            "seconds": round(self.seconds, 2),
            "articles_per_second": round(self.articles_per_second, 2),
            **self.rows,
        }

    def format_table(self) -> str:
        lines = [
            f"PolNeAR {self.split}: {self.articles} articles, "
            f"{self.articles_per_second:.1f} articles/s (nlp + actors + quotes)",
            "",
            f"{'':9} {'gold':>6} {'pred':>6}  {'exact P/R/F1':>20}  {'overlap P/R/F1':>20}  "
            f"{'speaker':>7}  {'who-said-what P/R/F1':>20}",
        ]
        for name, row in self.rows.items():
            cells = [
                "/".join(f"{row[key][m]:.3f}" for m in ("precision", "recall", "f1"))
                for key in ("exact", "overlap", "who_said_what")
            ]
            lines.append(
                f"{name:9} {row['gold']:>6} {row['predicted']:>6}  {cells[0]:>20}  "
                f"{cells[1]:>20}  {row['speaker_accuracy']:>7.3f}  {cells[2]:>20}"
            )
        return "\n".join(lines)


def analyze_texts(texts: Sequence[str], config: Config) -> Iterator[Article]:
    """parley's nlp, actors and quotes stages over texts taken as they are (no extraction)."""
    from parley.registry import STAGES, Analysis

    stages = [STAGES[name].factory(config) for name in ("nlp", "actors", "quotes")]  # type: ignore[misc]
    size = config.batch_size
    for first in range(0, len(texts), size):
        batch = [Analysis(article=Article(text=t)) for t in texts[first : first + size]]
        for run in stages:
            batch = run(batch)
        yield from (a.article for a in batch)


def run_quotes_eval(
    gold: Path, split: str = "dev", *, limit: int | None = None, config: Config | None = None
) -> QuotesReport:
    """parley's quotes on one PolNeAR split, scored with the metrics of this module."""
    config = config or Config.from_env()
    articles = read_polnear(gold, split, limit)
    totals = {name: Counts() for name in ("all", "direct", "indirect")}
    start = time.perf_counter()
    analysed = list(analyze_texts([a.text for a in articles], config))
    seconds = time.perf_counter() - start
    for gold_article, article in zip(articles, analysed, strict=True):
        rows = score_article(
            gold_article.text, gold_article.attributions, predicted_attributions(article)
        )
        for name, counts in rows.items():
            totals[name].add(counts)
    return QuotesReport(
        split=split,
        articles=len(articles),
        seconds=seconds,
        rows={name: _summary(counts) for name, counts in totals.items()},
    )
