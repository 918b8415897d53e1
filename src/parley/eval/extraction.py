"""Article body extraction scored on the article-extraction-benchmark.

The metric is the benchmark's own, implemented here from its definition: texts
become Unicode ``\\w+`` tokens (case kept), tokens become overlapping 4-token
shingles, and each page's shingle multisets give TP/FP/FN normalised by their
sum so that every page weighs the same. Precision is the mean per-page
precision over pages with a prediction, recall the mean per-page recall over
pages with a truth, and F1 the harmonic mean of those two means (not a mean of
per-page F1). Scoring on shingles means layout and punctuation do not count,
only which words came out in which order.

parley is measured along the path a user's page takes (``decode`` then
``extract_html`` with its defaults), next to bare ``trafilatura.extract`` as a
user would call it, in one run so that the speed ratio is fair.

The plain-text mode (``mode="text"``) measures ``extract_text`` instead, on
"scraped text" made from the same pages: each page's whole visible text, one
line per block, rendered by html-text (Zyte's), as copy-pasting a page or a
naive scraper gives it. Its baseline is that rendered text unchanged.

The pages split in two halves by a hash of their id (``page_split``): rules
are tuned on ``dev`` and reported on ``test``, so that the test figure is not
one the rules were fitted to.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import statistics
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

import trafilatura

from parley.errors import EvalError
from parley.extract.decode import decode
from parley.extract.html import extract_html
from parley.extract.language import detect_language
from parley.extract.text import extract_text
from parley.records import Article, Rejection

_TOKEN = re.compile(r"\w+")
_SHINGLE = 4

Shingle = tuple[str, ...]
Mode = Literal["html", "text"]
"""What the systems get: the page's HTML, or its rendered plain text."""
Split = Literal["dev", "test", "all"]
"""Which pages: the tuning half, the held-out half, or every page."""
MODES: tuple[Mode, ...] = ("html", "text")
SPLITS: tuple[Split, ...] = ("dev", "test", "all")


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchmarkPage:
    """One gold page: its decompressed HTML bytes and the annotated body."""

    page_id: str
    html: bytes
    truth: str
    url: str | None = None


Extractor = Callable[[BenchmarkPage, Any], str | None]
"""One system under test: a gold page and its input (the page itself, or its
rendered text) in, the body text out (None when it refuses)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PageMatch:
    """TP, FP and FN of one page, each divided by their sum."""

    tp: float
    fp: float
    fn: float
    exact: bool
    """The predicted token sequence equals the truth's."""

    @property
    def f1(self) -> float:
        """Per-page F1, for finding the pages a system loses (not the reported F1)."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores:
    """The benchmark's figures for one system over a set of pages."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    f1_sd: float | None
    """Standard deviation of F1 over bootstrap resamples of the pages; None without any."""
    pages: int
    empty: int
    """Pages with an empty prediction (they lower recall but are left out of precision)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SystemResult:
    """One extractor's row of the report."""

    name: str
    scores: Scores
    pages_per_second: float
    rejected: int
    """Pages the system refused outright (a Rejection, or None from trafilatura)."""
    page_f1: tuple[tuple[str, float], ...] = ()
    """(page_id, per-page F1), to list the pages where two systems differ most."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractionReport:
    """parley and its baseline (bare trafilatura, or the full text) scored and timed
    in the same run."""

    systems: tuple[SystemResult, ...]
    pages: int
    bootstrap: int
    mode: Mode = "html"
    split: Split = "all"
    render_pages_per_second: float | None = None
    """Text mode: how fast html-text rendered the pages (not part of any row)."""

    def system(self, name: str) -> SystemResult:
        """The row of the system called ``name``."""
        for result in self.systems:
            if result.name == name:
                return result
        raise KeyError(name)

    @property
    def speed_ratio(self) -> float | None:
        """parley pages/s divided by trafilatura pages/s (None in text mode: no trafilatura)."""
        names = {s.name for s in self.systems}
        if not {"parley", "trafilatura"} <= names:
            return None
        return self.system("parley").pages_per_second / self.system("trafilatura").pages_per_second

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "split": self.split,
            "pages": self.pages,
            "bootstrap": self.bootstrap,
            "speed_ratio": self.speed_ratio,
            "render_pages_per_second": self.render_pages_per_second,
            "systems": [
                {
                    "name": s.name,
                    **asdict(s.scores),
                    "pages_per_second": s.pages_per_second,
                    "rejected": s.rejected,
                }
                for s in self.systems
            ],
        }

    def format_table(self) -> str:
        """A plain-text table (under 80 columns) with the speed ratio below it."""
        lines = [
            f"{'system':<12}  {'P':>5}  {'R':>5}  {'F1 ± sd':<13}  {'acc':>5}"
            f"  {'empty':>5}  {'rej':>3}  {'pages/s':>7}",
        ]
        for s in self.systems:
            sc = s.scores
            f1 = f"{sc.f1:.3f} ± {sc.f1_sd:.3f}" if sc.f1_sd is not None else f"{sc.f1:.3f}"
            lines.append(
                f"{s.name:<12}  {sc.precision:>5.3f}  {sc.recall:>5.3f}  {f1:<13}"
                f"  {sc.accuracy:>5.3f}  {sc.empty:>5}  {s.rejected:>3}"
                f"  {_rate(s.pages_per_second)}"
            )
        spread = f"± is the sd over {self.bootstrap} bootstrap resamples" if self.bootstrap else ""
        which = "" if self.split == "all" else f" ({self.split} split)"
        lines.append(f"{self.pages} pages{which}; {spread or 'no bootstrap, so no ± on F1'}.")
        if self.speed_ratio is not None:
            lines.append(f"parley pages/s ÷ trafilatura pages/s = {self.speed_ratio:.2f}")
        if self.mode == "text":
            rendered = (
                f" at {self.render_pages_per_second:.1f} pages/s"
                if self.render_pages_per_second
                else ""
            )
            lines.append(f"Input: each page's text rendered by html-text{rendered}, untimed;")
            lines.append("parley is extract_text on it, full text is it unchanged.")
        return "\n".join(lines)


def _rate(pages_per_second: float) -> str:
    """pages/s in 7 columns; an identity baseline runs at millions per second."""
    if pages_per_second < 1e6:
        return f"{pages_per_second:>7.1f}"
    return f"{pages_per_second:>7.1e}"


def page_split(page_id: str) -> Literal["dev", "test"]:
    """The half a page belongs to: dev when the SHA-1 of its id is even, else test.

    A hash of the id alone, so the split never depends on the order, the number
    or the content of the pages (181 benchmark pages: 92 dev, 89 test).
    """
    digest = hashlib.sha1(page_id.encode("utf-8")).digest()
    return "dev" if int.from_bytes(digest, "big") % 2 == 0 else "test"


def select_split(pages: Sequence[BenchmarkPage], split: Split) -> list[BenchmarkPage]:
    """The pages of ``split`` ("all" keeps every page), in their order."""
    if split not in SPLITS:
        raise EvalError(f"Unknown split {split!r}; use one of {', '.join(SPLITS)}.")
    if split == "all":
        return list(pages)
    return [page for page in pages if page_split(page.page_id) == split]


def render_text(html: bytes | str) -> str:
    """A page's whole visible text, one line per block, as a naive scraper gives it.

    html-text with its layout guess: block elements (paragraphs, list items,
    divs, headings, table rows) start a new line, paragraphs and headings are
    set off by a blank line, and scripts, styles and markup go. Navigation,
    footers, share buttons and comments stay, which is what makes it scraped
    text. The HTML is read as UTF-8, as the benchmark stores it.
    """
    try:
        import html_text
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise EvalError(
            "The plain-text eval renders pages with the html-text package; "
            "install it with 'pip install html-text'."
        ) from exc
    markup = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
    text: str = html_text.extract_text(markup, guess_layout=True, guess_punct_space=True)
    return text


def line_diff(prediction: str, truth: str) -> tuple[list[str], list[str]]:
    """(predicted lines not in the truth, truth lines not in the prediction).

    For reading where a system goes wrong, not for scoring: a line counts as
    present when its tokens appear, in order and contiguous, in the other
    text's tokens.
    """

    def joined(text: str) -> str:
        return " " + " ".join(tokens(text)) + " "

    def absent(text: str, other: str) -> list[str]:
        found = []
        for line in text.splitlines():
            words = tokens(line)
            if words and f" {' '.join(words)} " not in other:
                found.append(line.strip())
        return found

    return absent(prediction, joined(truth)), absent(truth, joined(prediction))


def load_benchmark(gold_dir: Path) -> list[BenchmarkPage]:
    """Every page of the benchmark in ``gold_dir``, sorted by page id, HTML decompressed."""
    if not gold_dir.is_dir():
        raise EvalError(
            f"The extraction benchmark folder {gold_dir} does not exist; "
            "point to the folder holding ground-truth.json and html/."
        )
    truth_path = gold_dir / "ground-truth.json"
    html_dir = gold_dir / "html"
    if not truth_path.is_file():
        raise EvalError(f"{truth_path} is missing; the benchmark needs its ground truth file.")
    if not html_dir.is_dir():
        raise EvalError(f"{html_dir} is missing; the benchmark needs its folder of HTML pages.")
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{truth_path} is not valid UTF-8 JSON ({exc}).") from exc
    if not isinstance(truth, dict) or not truth:
        raise EvalError(f"{truth_path} should hold a non-empty object keyed by page id.")
    pages = []
    for page_id in sorted(truth):
        entry = truth[page_id]
        if not isinstance(entry, dict) or not isinstance(entry.get("articleBody"), str):
            raise EvalError(f"{truth_path} has no articleBody text for page {page_id}.")
        html_path = html_dir / f"{page_id}.html.gz"
        try:
            html = gzip.decompress(html_path.read_bytes())
        except FileNotFoundError as exc:
            raise EvalError(f"{html_path} is missing; {truth_path} lists that page.") from exc
        except (OSError, EOFError) as exc:
            raise EvalError(f"{html_path} is not a readable gzip file ({exc}).") from exc
        url = entry.get("url")
        pages.append(
            BenchmarkPage(
                page_id=page_id,
                html=html,
                truth=entry["articleBody"],
                url=url if isinstance(url, str) else None,
            )
        )
    return pages


def body_with_headings(article: Article) -> str:
    """The body as a reader sees it: each section heading as a paragraph before its text.

    parley keeps subheadings out of ``Article.text``; the benchmark's truth keeps
    them in the body, so they go back in for scoring.
    """
    headings = sorted(article.sections, key=lambda section: section.start)
    blocks: list[str] = []
    offset = 0
    next_heading = 0
    for paragraph in article.text.split("\n\n"):
        while next_heading < len(headings) and headings[next_heading].start <= offset:
            blocks.append(headings[next_heading].heading)
            next_heading += 1
        blocks.append(paragraph)
        offset += len(paragraph) + 2
    blocks.extend(section.heading for section in headings[next_heading:])
    return "\n\n".join(block for block in blocks if block)


def tokens(text: str) -> list[str]:
    """The benchmark's tokens: Unicode word runs, case kept."""
    return _TOKEN.findall(text)


def shingles(words: Sequence[str]) -> Counter[Shingle]:
    """Overlapping 4-token shingles; 1 to 3 tokens make one shingle, none make none."""
    if not words:
        return Counter()
    if len(words) < _SHINGLE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))


def match(prediction: str, truth: str) -> PageMatch:
    """One page compared: shared, extra and missing shingles as shares of their sum."""
    predicted_words, true_words = tokens(prediction), tokens(truth)
    predicted, true = shingles(predicted_words), shingles(true_words)
    tp = sum((predicted & true).values())
    fp = sum((predicted - true).values())
    fn = sum((true - predicted).values())
    total = tp + fp + fn
    exact = predicted_words == true_words
    if not total:
        return PageMatch(tp=0.0, fp=0.0, fn=0.0, exact=exact)
    return PageMatch(tp=tp / total, fp=fp / total, fn=fn / total, exact=exact)


def score(
    predictions: dict[str, str],
    truth: dict[str, str],
    bootstrap: int = 1000,
    seed: int = 0,
) -> Scores:
    """The benchmark's figures for ``predictions`` over the pages of ``truth``.

    A page missing from ``predictions`` counts as an empty prediction.
    """
    matches = [match(predictions.get(page_id, ""), text) for page_id, text in truth.items()]
    precision, recall, f1 = _summary(matches)
    f1_sd = None
    if bootstrap and matches:
        rng = random.Random(seed)
        resampled = [_summary(rng.choices(matches, k=len(matches)))[2] for _ in range(bootstrap)]
        f1_sd = statistics.pstdev(resampled)
    return Scores(
        precision=precision,
        recall=recall,
        f1=f1,
        accuracy=sum(m.exact for m in matches) / len(matches) if matches else 0.0,
        f1_sd=f1_sd,
        pages=len(matches),
        empty=sum(1 for page_id in truth if not tokens(predictions.get(page_id, ""))),
    )


def run_extraction_eval(
    gold_dir: Path,
    limit: int | None = None,
    bootstrap: int = 1000,
    *,
    mode: Mode = "html",
    split: Split = "all",
) -> ExtractionReport:
    """Score and time parley against a baseline on the benchmark's pages.

    ``mode="html"``: parley's HTML path beside bare trafilatura.
    ``mode="text"``: ``extract_text`` on each page's rendered text beside that
    text unchanged (``render_text``). ``split`` picks the dev or test half (or
    all pages); ``limit`` then keeps the first N of them.

    The systems take turns page by page, so a machine that gets busier or
    quieter during the run slows all alike and the speed ratio stays fair.
    Only extraction is timed (from decompressed bytes, or from the rendered
    text, to text), after one untimed page per system so that lazy imports and
    model loads do not count. Rendering is timed on its own.
    """
    if mode not in MODES:
        raise EvalError(f"Unknown input mode {mode!r}; use one of {', '.join(MODES)}.")
    pages = select_split(load_benchmark(gold_dir), split)[:limit]
    if not pages:
        raise EvalError(f"{gold_dir} holds no pages to evaluate (split={split}, limit={limit}).")
    render_rate: float | None = None
    inputs: dict[str, Any]
    extractors: dict[str, Extractor]
    if mode == "html":
        inputs = {page.page_id: page for page in pages}
        extractors = {"parley": _parley_on_page, "trafilatura": _trafilatura_on_page}
    else:
        started = time.perf_counter()
        inputs = {page.page_id: render_text(page.html) for page in pages}
        elapsed = time.perf_counter() - started
        render_rate = len(pages) / elapsed if elapsed > 0 else None
        extractors = {"parley": _parley_text, "full text": _full_text}
    outputs: dict[str, dict[str, str | None]] = {name: {} for name in extractors}
    seconds = dict.fromkeys(extractors, 0.0)
    # parley loads its language model only at the first page without <html lang>.
    detect_language("A short English sentence that loads the language model.")
    for extract in extractors.values():
        extract(pages[0], inputs[pages[0].page_id])
    for page in pages:
        for name, extract in extractors.items():
            given = inputs[page.page_id]
            started = time.perf_counter()
            outputs[name][page.page_id] = extract(page, given)
            seconds[name] += time.perf_counter() - started
    truth = {page.page_id: page.truth for page in pages}
    systems = tuple(
        _result(name, outputs[name], seconds[name], truth, bootstrap) for name in extractors
    )
    return ExtractionReport(
        systems=systems,
        pages=len(pages),
        bootstrap=bootstrap,
        mode=mode,
        split=split,
        render_pages_per_second=render_rate,
    )


def html_text_version() -> str | None:
    """The installed html-text version, for the baseline file; None when absent."""
    try:
        return metadata.version("html-text")
    except metadata.PackageNotFoundError:
        return None


def _summary(matches: Sequence[PageMatch]) -> tuple[float, float, float]:
    """(precision, recall, F1): means over the pages where each is defined."""
    precisions = [m.tp / (m.tp + m.fp) for m in matches if m.tp + m.fp]
    recalls = [m.tp / (m.tp + m.fn) for m in matches if m.tp + m.fn]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _result(
    name: str,
    outputs: dict[str, str | None],
    seconds: float,
    truth: dict[str, str],
    bootstrap: int,
) -> SystemResult:
    predictions = {page_id: text or "" for page_id, text in outputs.items()}
    page_f1 = tuple(
        (page_id, match(predictions[page_id], text).f1) for page_id, text in truth.items()
    )
    return SystemResult(
        name=name,
        scores=score(predictions, truth, bootstrap=bootstrap),
        pages_per_second=len(outputs) / seconds if seconds > 0 else float("inf"),
        rejected=sum(1 for text in outputs.values() if text is None),
        page_f1=page_f1,
    )


def _parley_on_page(page: BenchmarkPage, _: object) -> str | None:
    return _parley(page)


def _trafilatura_on_page(page: BenchmarkPage, _: object) -> str | None:
    return _trafilatura(page)


def _parley_text(page: BenchmarkPage, text: str) -> str | None:
    """parley's plain-text path: extract_text with its defaults on the rendered text."""
    article = extract_text(text, source=page.page_id, url=page.url)
    return None if isinstance(article, Rejection) else body_with_headings(article)


def _full_text(_: BenchmarkPage, text: str) -> str | None:
    """The baseline: the rendered text as it is, boilerplate and all."""
    return text


def _parley(page: BenchmarkPage) -> str | None:
    """parley's whole path from bytes: decode, then extract_html with its defaults."""
    html = decode(page.html, page.page_id)
    if isinstance(html, Rejection):
        return None
    article = extract_html(html, source=page.page_id, url=page.url)
    return None if isinstance(article, Rejection) else body_with_headings(article)


def _trafilatura(page: BenchmarkPage) -> str | None:
    """trafilatura as a user calls it: defaults, comments left out, UTF-8 text in."""
    html = page.html.decode("utf-8", errors="replace")
    with warnings.catch_warnings():
        # htmldate and trafilatura warn on odd markup; parley's path silences them too.
        warnings.simplefilter("ignore")
        return trafilatura.extract(html, include_comments=False)
