"""Event coding scored on gold sentences: the PLOVER GSR format, and PETRARCH2's unit tests.

**Gold (PLOVER GSR JSONL)**: one sentence a line with ``id``, ``text``,
``event_plover2`` (or ``event``; ``null`` marks a sentence that reports no event),
optional ``mode_gsr``, ``reciprocal``, ``source`` / ``target`` lists of ``{text, code,
sector}``, ``date`` (the publication date, ISO ``YYYY-MM-DD``; the GSR has none) and
``event_date`` (when the event happened: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).
The loader handles the GSR's quirks: one id that labels two sentences (the second gets ``#2``), the
old codes JAP, ITL, VTN (→ JPN, ITA, VNM), and IGO/NGO/IMG/ISM actors, which have
no country (they are compared by that code). Sentences are split into halves by
the parity of the number that ends their id: develop on odd, report even.

**What parley is asked**: each sentence is one article (dated when the gold gives a date:
office holders are then looked up at that date and relative dates resolved from it),
run through the registered stages after ``extract`` (nlp, actors, quotes when
registered, time, events). Negated and hypothetical events are not counted as
claims.

**Metrics**
- type P/R/F1 per PLOVER type: per sentence, the set of types parley coded
  against the gold type; macro F1 averages the types present in gold or output;
  micro F1 pools them;
- source / target country accuracy: over sentences whose gold actor has a code
  and where parley coded an event, whether the event parley coded (the one of
  the gold type, else its first) has one of the gold codes; ``…_all`` counts
  sentences with no event as wrong;
- strict triple F1: precision over parley's distinct (source, type, target)
  triples, recall over gold sentences with at least one right triple (compound
  actors give several acceptable triples; reciprocal ones give every ordered
  pair);
- mean absolute intensity error on sentences where parley found the gold type,
  against the PLOVER score of the gold type and mode;
- sentences without an event (``null`` type): every type parley claims there counts
  against precision, and the report says on how many it claimed one;
- event date, where the gold gives one and parley found the gold type: right when the
  day or range parley gives lies within the gold day, month or year.

**PETRARCH2 unit tests** (``expected_events`` records): only codes of the real
CAMEO codebook count (the test-only codes are skipped); each expected CAMEO code
becomes its PLOVER type; records that expect no event check that none is coded.
Their actors are fictional countries, so only types are scored.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from parley.config import Config
from parley.errors import EvalError
from parley.events.actors import INTERNATIONAL_SECTORS
from parley.events.lexicon import PLOVER_TYPES, load_lexicon
from parley.records import Article, Event
from parley.registry import STAGES, Analysis

Half = Literal["odd", "even", "all"]
_PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
GSR_RELATIVE = Path("shared/data/events/plover_gsr/plover_gsr_flat.jsonl")
_OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
_GSR_MODES = {"strike-hun": "hunger", "strike-gen": "strike", "demo-org": "demo",
              "demo-spon": "demo", "riot-spon": "riot"}  # fmt: skip
_CAMEO_ROOTS = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "RETREAT", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip
_STAGES_AFTER_EXTRACT = ("nlp", "actors", "quotes", "time", "events")

Triple = tuple[str | None, str, str | None]


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldSentence:
    id: str
    text: str
    type: str | None
    """The PLOVER type, or None for a sentence that reports no event."""
    mode: str | None = None
    sources: tuple[str | None, ...] = ()
    """Actor codes: ISO alpha-3, an international code (IGO …), or None."""
    targets: tuple[str | None, ...] = ()
    reciprocal: bool = False
    published: dt.date | None = None
    event_date: str | None = None
    """When the event happened: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    url: str | None = None
    """The article the sentence comes from (for scoring in context)."""

    @property
    def number(self) -> int:
        match = re.search(r"(\d+)(?:#\d+)?$", self.id)
        return int(match.group(1)) if match else 0

    def triples(self) -> set[Triple]:
        if self.type is None:
            return set()
        if self.reciprocal:
            found = {(a, self.type, b) for a in self.sources for b in self.sources if a != b}
            found |= {(a, self.type, b) for a in self.sources for b in self.targets}
            return found or {(a, self.type, None) for a in self.sources}
        return {(a, self.type, b) for a in self.sources or (None,) for b in self.targets or (None,)}


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeScore:
    type: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventsReport:
    gold_file: str
    half: str
    sentences: int
    types: tuple[TypeScore, ...]
    macro_f1: float
    micro_precision: float
    micro_recall: float
    micro_f1: float
    source_accuracy: float
    target_accuracy: float
    source_accuracy_all: float
    target_accuracy_all: float
    coded: int
    """Sentences where parley coded at least one event."""
    triple_precision: float
    triple_recall: float
    triple_f1: float
    intensity_mae: float | None
    sentences_per_second: float
    no_event: int = 0
    """Gold sentences that report no event."""
    false_alarms: int = 0
    """Of those, sentences where parley claimed an event."""
    dates_scored: int = 0
    dates_right: int = 0
    context_articles: int = 0
    """Scored in context: the number of whole articles parley read (0: each sentence alone)."""
    context_missing: int = 0
    """In context, gold sentences not found in their article (those were read alone)."""
    errors: tuple[dict[str, Any], ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_file": self.gold_file,
            "half": self.half,
            "sentences": self.sentences,
            "coded": self.coded,
            "types": [
                {
                    "type": t.type,
                    "gold": t.gold,
                    "predicted": t.predicted,
                    "correct": t.correct,
                    "precision": t.precision,
                    "recall": t.recall,
                    "f1": t.f1,
                }
                for t in self.types
            ],  # fmt: skip
            "macro_f1": self.macro_f1,
            "micro_precision": self.micro_precision,
            "micro_recall": self.micro_recall,
            "micro_f1": self.micro_f1,
            "source_accuracy": self.source_accuracy,
            "target_accuracy": self.target_accuracy,
            "source_accuracy_all": self.source_accuracy_all,
            "target_accuracy_all": self.target_accuracy_all,
            "triple_precision": self.triple_precision,
            "triple_recall": self.triple_recall,
            "triple_f1": self.triple_f1,
            "intensity_mae": self.intensity_mae,
            "sentences_per_second": self.sentences_per_second,
            "no_event": self.no_event,
            "false_alarms": self.false_alarms,
            "dates_scored": self.dates_scored,
            "dates_right": self.dates_right,
            "context_articles": self.context_articles,
            "context_missing": self.context_missing,
        }

    def format_table(self) -> str:
        events = self.sentences - self.no_event
        counted = f"{events} with a gold event, " if self.no_event else ""
        lines = [
            f"{self.gold_file} ({self.half} half): {self.sentences} sentences, {counted}"
            f"{self.coded} {'of them ' if self.no_event else ''}with an event, "
            f"{self.sentences_per_second:.0f} sentences/s",
        ]
        if self.context_articles:
            missing = (
                f"; {self.context_missing} not found in their article, read alone"
                if self.context_missing
                else ""
            )
            plural = "s" if self.context_articles != 1 else ""
            lines.append(
                f"read in context: {self.context_articles} whole article{plural}{missing} "
                "(speed counts the whole articles' time)"
            )
        lines += [
            "",
            f"{'type':<10} {'gold':>5} {'coded':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6}",
        ]
        for t in self.types:
            lines.append(
                f"{t.type:<10} {t.gold:>5} {t.predicted:>6} {t.correct:>6} "
                f"{t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}"
            )
        mae = f"{self.intensity_mae:.2f}" if self.intensity_mae is not None else "n/a"
        lines += [
            "",
            f"type macro F1        {self.macro_f1:.3f}",
            f"type micro P/R/F1    {self.micro_precision:.3f} / {self.micro_recall:.3f} / "
            f"{self.micro_f1:.3f}",
            f"source country acc.  {self.source_accuracy:.3f} (coded sentences); "
            f"{self.source_accuracy_all:.3f} (all)",
            f"target country acc.  {self.target_accuracy:.3f} (coded sentences); "
            f"{self.target_accuracy_all:.3f} (all)",
            f"strict triple P/R/F1 {self.triple_precision:.3f} / {self.triple_recall:.3f} / "
            f"{self.triple_f1:.3f}",
            f"intensity MAE        {mae}",
        ]
        if self.no_event:
            lines.append(
                f"no-event sentences   {self.no_event}, {self.false_alarms} with an event claimed"
            )
        if self.dates_scored:
            lines.append(
                f"event date           {self.dates_right} of {self.dates_scored} right "
                f"({self.dates_right / self.dates_scored:.3f}; gold-dated, gold type found)"
            )
        return "\n".join(lines)


def default_gold(start: Path | None = None) -> Path:
    """The PLOVER GSR file in ``shared/data`` beside the project (searched upwards)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / GSR_RELATIVE
        if candidate.is_file():
            return candidate
    raise EvalError(
        f"No gold file given and {GSR_RELATIVE} was not found above {here}; "
        "pass --gold with a PLOVER GSR-style JSONL file."
    )


def load_gold(path: Path) -> list[GoldSentence]:
    """Gold sentences from a GSR-style JSONL file (quirks handled, see the module doc)."""
    if not path.is_file():
        raise EvalError(f"{path} does not exist or is not a file.")
    seen: Counter[str] = Counter()
    sentences = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            type_ = row["event_plover2"] if "event_plover2" in row else row["event"]
            text = row["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvalError(
                f"{path}:{number} is not a gold record with 'text' and 'event_plover2' "
                f"({type(exc).__name__}: {exc})."
            ) from None
        if type_ is not None and type_ not in PLOVER_TYPES:
            raise EvalError(
                f"{path}:{number} has event type {type_!r}, which is not one of PLOVER's 16 "
                "types (use null for a sentence without an event)."
            )
        event_date = row.get("event_date")
        if event_date is not None and not _PERIOD.fullmatch(str(event_date)):
            raise EvalError(
                f"{path}:{number} has an 'event_date' that is not YYYY-MM-DD, YYYY-MM or YYYY: "
                f"{event_date!r}."
            )
        identifier = str(row.get("id") or f"line-{number}")
        seen[identifier] += 1
        if seen[identifier] > 1:
            identifier = f"{identifier}#{seen[identifier]}"
        mode = row.get("mode_gsr") or row.get("mode")
        try:
            published = dt.date.fromisoformat(row["date"]) if row.get("date") else None
        except (TypeError, ValueError):
            raise EvalError(
                f"{path}:{number} has a 'date' that is not an ISO date (YYYY-MM-DD): "
                f"{row['date']!r}."
            ) from None
        sentences.append(
            GoldSentence(
                id=identifier,
                text=text,
                type=type_,
                mode=_GSR_MODES.get(mode, mode) if mode else None,
                sources=tuple(_code(a) for a in row.get("source") or ()),
                targets=tuple(_code(a) for a in row.get("target") or ()),
                reciprocal=bool(row.get("reciprocal")),
                published=published,
                event_date=event_date,
                url=str(row["url"]) if row.get("url") else None,
            )
        )
    return sentences


def select_half(sentences: Sequence[GoldSentence], half: Half) -> list[GoldSentence]:
    if half == "all":
        return list(sentences)
    parity = 1 if half == "odd" else 0
    return [s for s in sentences if s.number % 2 == parity]


def annotate(
    texts: Sequence[str],
    config: Config | None = None,
    published: Sequence[dt.date | None] | None = None,
) -> list[Article]:
    """Each text as an article (dated when ``published`` gives its date, else undated)
    through the registered stages after extract."""
    config = config or Config()
    dates = published if published is not None else [None] * len(texts)
    analyses = [
        Analysis(article=Article(text=text, published=date))
        for text, date in zip(texts, dates, strict=True)
    ]
    for name in _STAGES_AFTER_EXTRACT:
        spec = STAGES.get(name)
        if spec is None or spec.factory is None:
            continue
        analyses = spec.factory(config)(analyses)
    return [a.article for a in analyses]


def claims(article: Article) -> list[Event]:
    """The events an article asserts: not negated, not hypothetical."""
    return [e for e in article.events if not e.negated and not e.hypothetical]


def run_events_eval(
    gold: Path | None = None,
    *,
    half: Half = "all",
    config: Config | None = None,
    articles: Path | None = None,
) -> EventsReport:
    """Score the gold file's sentences, each read alone, or with ``articles`` (a file of
    whole article texts by url, see ``load_articles``) each read in its article."""
    path = gold or default_gold()
    sentences = select_half(load_gold(path), half)
    if not sentences:
        raise EvalError(f"{path} has no gold sentences in the {half} half.")
    texts = load_articles(articles) if articles is not None else None
    # One warm-up sentence first, so that the speed is the coder's, not the one-off cost of
    # loading the spaCy pipeline and dateparser's tables.
    annotate(["On Monday, France expelled two Iranian diplomats."], config)
    started = time.perf_counter()
    if texts is None:
        read = annotate([s.text for s in sentences], config, [s.published for s in sentences])
        predictions, read_articles, missing = [claims(a) for a in read], 0, 0
    else:
        predictions, read_articles, missing = claims_in_context(sentences, texts, config)
    elapsed = time.perf_counter() - started
    report = score(sentences, predictions, str(path), half, elapsed)
    return replace(report, context_articles=read_articles, context_missing=missing)


def load_articles(path: Path) -> dict[str, str]:
    """Article texts by url, from a CSV file with ``url`` and ``text`` columns (as the
    Wikinews CSVs have) or a JSONL file of ``{"url": ..., "text": ...}`` lines."""
    if not path.is_file():
        raise EvalError(f"{path} does not exist or is not a file.")
    texts: dict[str, str] = {}
    try:
        if path.suffix.lower() == ".csv":
            csv.field_size_limit(2**31 - 1)
            with path.open(encoding="utf-8", newline="") as handle:
                rows: list[Any] = list(csv.DictReader(handle))
        else:
            lines = path.read_text("utf-8").splitlines()
            rows = [json.loads(line) for line in lines if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise EvalError(f"{path} is not a CSV or JSONL file of articles: {exc}.") from None
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not row.get("url") or not isinstance(row.get("text"), str):
            raise EvalError(f"{path}: article {number} has no 'url' and 'text'.")
        texts[str(row["url"])] = row["text"]
    if not texts:
        raise EvalError(f"{path} holds no articles.")
    return texts


def claims_in_context(
    sentences: Sequence[GoldSentence], texts: dict[str, str], config: Config | None = None
) -> tuple[list[list[Event]], int, int]:
    """The events parley claims in each gold sentence when it reads the sentence's whole
    article (found by the sentence's ``url`` in ``texts``, dated by its publication date):
    those whose evidence sentence overlaps it. A sentence without its article, or not found
    in it, is read alone. Returns the claims, the number of articles read, and of sentences
    read alone for want of their article."""
    urls = sorted({s.url for s in sentences if s.url in texts})
    if not urls:
        raise EvalError("None of the gold sentences' urls names an article of the articles file.")
    dates = {s.url: s.published for s in sentences if s.url in texts}
    whole = annotate([texts[u] for u in urls], config, [dates[u] for u in urls])
    # Each article's text as read and its claims, once.
    read = {url: (a.text, claims(a)) for url, a in zip(urls, whole, strict=True)}
    predictions: list[list[Event] | None] = []
    alone: list[int] = []
    for index, sentence in enumerate(sentences):
        text, events = read.get(sentence.url or "", ("", []))
        span = _find(sentence.text, text) if text else None
        if span is None:
            alone.append(index)
            predictions.append(None)
            continue
        predictions.append([e for e in events if _overlaps(e.sentence, text, span)])
    if alone:
        by_itself = annotate(
            [sentences[i].text for i in alone], config, [sentences[i].published for i in alone]
        )
        for index, article in zip(alone, by_itself, strict=True):
            predictions[index] = claims(article)
    return [p or [] for p in predictions], len(urls), len(alone)


def _find(sentence: str, text: str) -> tuple[int, int] | None:
    """Where ``sentence`` stands in ``text``, its spaces and line breaks taken as any run
    of white space."""
    start = text.find(sentence)
    if start >= 0:
        return start, start + len(sentence)
    words = sentence.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return found.span() if found else None


def _overlaps(evidence: str, text: str, span: tuple[int, int]) -> bool:
    """Some place of ``evidence`` in ``text`` overlaps ``span``."""
    start = text.find(evidence)
    while start >= 0:
        if start < span[1] and start + len(evidence) > span[0]:
            return True
        start = text.find(evidence, start + 1)
    return False


def score(
    sentences: Sequence[GoldSentence],
    predictions: Sequence[Sequence[Event]],
    gold_file: str = "",
    half: str = "all",
    elapsed: float = 0.0,
) -> EventsReport:
    lexicon = load_lexicon()
    gold_count: Counter[str] = Counter()
    predicted_count: Counter[str] = Counter()
    correct_count: Counter[str] = Counter()
    source_hits = source_total = target_hits = target_total = 0
    source_all = target_all = 0
    triple_right = triple_predicted = triple_found = 0
    intensity_errors: list[float] = []
    coded = no_event = false_alarms = dates_scored = dates_right = 0
    errors = []
    for sentence, events in zip(sentences, predictions, strict=True):
        types = {e.type for e in events}
        for type_ in types:
            predicted_count[type_] += 1
        predicted = {_triple(e) for e in events}
        triple_predicted += len(predicted)
        if sentence.type is None:
            no_event += 1
            if events:
                false_alarms += 1
                errors.append({"id": sentence.id, "gold": [],
                               "predicted": sorted(predicted, key=str),
                               "text": sentence.text})  # fmt: skip
            continue
        gold_count[sentence.type] += 1
        if sentence.type in types:
            correct_count[sentence.type] += 1
        chosen = next((e for e in events if e.type == sentence.type), events[0] if events else None)
        if chosen is not None:
            coded += 1
        gold_sources = {c for c in sentence.sources if c}
        gold_targets = {c for c in (sentence.sources if sentence.reciprocal else ()) if c}
        gold_targets |= {c for c in sentence.targets if c}
        if gold_sources:
            source_all += 1
            if chosen is not None:
                source_total += 1
                if actor_key(chosen.source_country, chosen.source_sector) in gold_sources:
                    source_hits += 1
        if gold_targets:
            target_all += 1
            if chosen is not None:
                target_total += 1
                if actor_key(chosen.target_country, chosen.target_sector) in gold_targets:
                    target_hits += 1
        acceptable = sentence.triples()
        triple_right += len(predicted & acceptable)
        if predicted & acceptable:
            triple_found += 1
        if sentence.event_date and chosen is not None and chosen.type == sentence.type:
            dates_scored += 1
            dates_right += _within(chosen.date, chosen.date_end, sentence.event_date)
        if chosen is not None and chosen.type == sentence.type and chosen.intensity is not None:
            intensity_errors.append(
                abs(chosen.intensity - lexicon.intensity(sentence.type, _known_mode(sentence)))
            )
        if sentence.type not in types or not predicted & acceptable:
            errors.append(
                {"id": sentence.id, "gold": sorted(acceptable, key=str),
                 "predicted": sorted(predicted, key=str), "text": sentence.text}
            )  # fmt: skip
    present = [t for t in PLOVER_TYPES if gold_count[t] or predicted_count[t]]
    scores = tuple(
        TypeScore(
            type=t, gold=gold_count[t], predicted=predicted_count[t], correct=correct_count[t]
        )
        for t in present
    )
    micro_p = _ratio(sum(correct_count.values()), sum(predicted_count.values()))
    micro_r = _ratio(sum(correct_count.values()), sum(gold_count.values()))
    triple_p = _ratio(triple_right, triple_predicted)
    triple_r = _ratio(triple_found, len(sentences) - no_event)
    return EventsReport(
        gold_file=gold_file,
        half=half,
        sentences=len(sentences),
        types=scores,
        macro_f1=sum(s.f1 for s in scores) / len(scores) if scores else 0.0,
        micro_precision=micro_p,
        micro_recall=micro_r,
        micro_f1=_f1(micro_p, micro_r),
        source_accuracy=_ratio(source_hits, source_total),
        target_accuracy=_ratio(target_hits, target_total),
        source_accuracy_all=_ratio(source_hits, source_all),
        target_accuracy_all=_ratio(target_hits, target_all),
        coded=coded,
        triple_precision=triple_p,
        triple_recall=triple_r,
        triple_f1=_f1(triple_p, triple_r),
        intensity_mae=sum(intensity_errors) / len(intensity_errors) if intensity_errors else None,
        sentences_per_second=len(sentences) / elapsed if elapsed else 0.0,
        no_event=no_event,
        false_alarms=false_alarms,
        dates_scored=dates_scored,
        dates_right=dates_right,
        errors=tuple(errors),
    )


# --- PETRARCH2 unit tests -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RegressionReport:
    records: int
    expected: int
    """Expected (record, PLOVER type) pairs from real CAMEO codes."""
    found: int
    coded: int
    """Distinct (record, type) pairs parley coded on those records."""
    no_event_records: int
    no_event_right: int

    @property
    def precision(self) -> float:
        return _ratio(self.found, self.coded)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.expected)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "expected": self.expected,
            "found": self.found,
            "coded": self.coded,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "no_event_records": self.no_event_records,
            "no_event_right": self.no_event_right,
        }

    def format_table(self) -> str:
        return (
            f"PETRARCH2 unit tests: {self.records} records with real CAMEO codes or no event\n"
            f"type P/R/F1 {self.precision:.3f} / {self.recall:.3f} / {self.f1:.3f} "
            f"({self.found} of {self.expected} expected types; {self.coded} coded)\n"
            f"no-event records left without an event: {self.no_event_right} of "
            f"{self.no_event_records}"
        )


def is_petrarch_file(path: Path) -> bool:
    with path.open(encoding="utf-8") as lines:
        first = lines.readline()
    return '"expected_events"' in first


def run_petrarch_regression(path: Path, *, config: Config | None = None) -> RegressionReport:
    """PETRARCH2's unit-test records scored by PLOVER type (see the module doc)."""
    codebook = _real_cameo_codes(path)
    records: list[tuple[str, set[str], bool]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        codes = [e["event"] for e in row.get("expected_events") or ()]
        if row.get("expect_no_events"):
            records.append((row["text"], set(), True))
            continue
        if not codes or any(c not in codebook for c in codes):
            continue
        expected = {_CAMEO_ROOTS[c[:2]] for c in codes if c[:2] in _CAMEO_ROOTS}
        if expected:
            records.append((row["text"], expected, False))
    articles = annotate([text for text, _, _ in records], config)
    expected_total = found = coded = no_event = no_event_right = 0
    for (_, expected, none_expected), article in zip(records, articles, strict=True):
        types = {e.type for e in claims(article)}
        if none_expected:
            no_event += 1
            no_event_right += not types
            continue
        expected_total += len(expected)
        coded += len(types)
        found += len(types & expected)
    return RegressionReport(
        records=len(records),
        expected=expected_total,
        found=found,
        coded=coded,
        no_event_records=no_event,
        no_event_right=no_event_right,
    )


def _real_cameo_codes(path: Path) -> set[str]:
    """CAMEO codes of the codebook beside the unit tests (shared/data/events/cameo_codebook)."""
    codebook = path.parent.parent / "cameo_codebook" / "cameo_event_codes.csv"
    if not codebook.is_file():
        raise EvalError(
            f"The CAMEO codebook {codebook} is needed to tell real CAMEO codes from the unit "
            "tests' test-only ones."
        )
    with codebook.open(encoding="utf-8") as handle:
        return {row["code"] for row in csv.DictReader(handle)}


# --- helpers ------------------------------------------------------------------------------------


def _code(actor: dict[str, Any]) -> str | None:
    code = actor.get("code")
    if not code:
        return None
    if code in INTERNATIONAL_SECTORS:
        return "INT"
    return _OLD_CODES.get(code, code)


def actor_key(country: str | None, sector: str | None) -> str | None:
    """An actor as compared: its country, else "INT" for any international body.

    The GSR codes NGOs such as Amnesty International and the Red Cross as IGO, so
    IGO, NGO, IMG and ISM are one class here.
    """
    if country:
        return country
    return "INT" if sector in INTERNATIONAL_SECTORS else None


def _triple(event: Event) -> Triple:
    return (
        actor_key(event.source_country, event.source_sector),
        event.type,
        actor_key(event.target_country, event.target_sector),
    )


def _known_mode(sentence: GoldSentence) -> str | None:
    if sentence.type is None:
        return None
    modes = load_lexicon().types[sentence.type].modes
    return sentence.mode if sentence.mode in modes else None


def _within(start: str | None, end: str | None, period: str) -> bool:
    """Whether the day or range parley gives lies in the gold ``YYYY[-MM[-DD]]`` period."""
    if not start or start.startswith("-"):
        return False
    return start.startswith(period) and (end or start).startswith(period)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
