"""Score parley's event coder on development data from outside the PLOVER GSR.

The GSR's odd half is tuned to saturation, so rules need other development data to show
whether they generalise. This script reads two public sets that are not redistributed with
parley (fetch them yourself; paths are arguments):

``types FILE``
    NGEC's synthetic news stories (``ahalterman/NGEC``, ``setup/train_classifiers/
    gpt_synthetic_events_2023-10-19_19.csv`` unzipped): 4,500 two-to-four sentence stories, each
    written to illustrate one PLOVER type (column ``label``). Labels are the type asked for,
    not a human reading of the story, so a story may carry other events too. Scored per story:
    the type of the first event parley claims is the story's predicted type (per-type
    precision/recall/F1, macro F1), and "any" recall counts a story whose label is among all
    the types parley claims in it. ``--part tune`` reads the odd-numbered rows, ``--part held``
    the even-numbered ones (kept for a final check).

``actors FILE``
    ConfliBERT's CAMEO source/target spans (``eventdata/ConfliBERT``, ``data/cameo_ner/
    train.txt`` to tune, ``test.txt`` held out): news sentences in CoNLL form, ``B-S``/``I-S``
    marking the source actor and ``B-T``/``I-T`` the target. Scored per sentence with a gold
    span: whether the first claimed event's source (target) shares a word with the gold span
    or is the country it names, and how many such sentences get no event at all.

``quad FILE``
    ConfliBERT's CAMEO sentence classes (``eventdata/ConfliBERT``, ``data/cameo_class/
    train.tsv`` to tune, ``test.tsv`` held out): news sentences, each with one class of the
    event it reports, in five classes as the examples read them (the Phoenix data's
    grouping of CAMEO roots, which differs from GDELT's quad classes): ``0`` neutral (a
    statement or a call, 01-02), ``1`` verbal cooperation (03-05), ``2`` material
    cooperation (06-08), ``3`` verbal conflict (09-13 and 16, reducing relations: expelling
    diplomats, suspending aid), ``4`` material conflict (14 protest, 15, 17-20). Scored per
    sentence: the class of the first event parley claims (PLOVER types mapped to the CAMEO
    roots they come from), per-class P/R/F1 and macro F1 over classes 1-4, and how many
    neutral sentences get an event.

Run from the repository root: ``PYTHONPATH=src python tools/dev_events.py types FILE --part tune``.
``--errors N`` prints N misses to read.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

from parley.actors.countries import country_table
from parley.eval.events import annotate, claims
from parley.events.lexicon import PLOVER_TYPES

_WORD = re.compile(r"[a-z0-9]+")
_LITTLE = {"the", "a", "an", "of", "and", "'s", "s", "in", "for", "on", "to", "its", "their"}


def _f1(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_types(path: Path, part: str, errors: int) -> None:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    parity = 1 if part == "tune" else 0
    rows = [r for n, r in enumerate(rows) if n % 2 == parity]
    started = time.perf_counter()
    articles = annotate([r["text"] for r in rows])
    elapsed = time.perf_counter() - started
    gold: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    right: Counter[str] = Counter()
    anywhere = coded = 0
    misses = []
    for row, article in zip(rows, articles, strict=True):
        label = row["label"]
        events = claims(article)
        gold[label] += 1
        if events:
            coded += 1
            first = events[0].type
            predicted[first] += 1
            right[label] += first == label
        if label in {e.type for e in events}:
            anywhere += 1
        elif len(misses) < errors:
            found = ", ".join(f"{e.type}({e.source}->{e.target})" for e in events) or "-"
            misses.append(f"{label:10} got {found}\n    {row['text'][:400]}")
    print(
        f"{path.name} ({part}): {len(rows)} stories, {coded} with an event, "
        f"{len(rows) / elapsed:.1f} stories/s\n"
    )
    print(f"{'type':10} {'gold':>5} {'first':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6}")
    f1s = []
    for type_ in PLOVER_TYPES:
        p, r, f = _f1(right[type_], predicted[type_], gold[type_])
        f1s.append(f)
        print(
            f"{type_:10} {gold[type_]:5} {predicted[type_]:6} {right[type_]:6} "
            f"{p:6.3f} {r:6.3f} {f:6.3f}"
        )
    micro = sum(right.values()) / len(rows) if rows else 0.0
    print(
        f"\nfirst-event macro F1 {sum(f1s) / len(f1s):.3f}   accuracy {micro:.3f}   "
        f"label among claimed types {anywhere / len(rows):.3f}"
    )
    for miss in misses:
        print(miss)


def _sentences(path: Path) -> list[tuple[str, str, str]]:
    """(text, source span, target span) per CoNLL sentence."""
    found = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text("utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            words.append(word)
            tags.append(tag)
            continue
        if words:
            text = " ".join(words)
            text = _detokenized(text)
            source = " ".join(w for w, t in zip(words, tags, strict=True) if t.endswith("-S"))
            target = " ".join(w for w, t in zip(words, tags, strict=True) if t.endswith("-T"))
            found.append((text, _detokenized(source), _detokenized(target)))
        words, tags = [], []
    return found


def _detokenized(text: str) -> str:
    """The sentence as news writes it, from its CoNLL tokens: no space before punctuation or
    a possessive, none inside a hyphenated word ("rebel-held"), a number ("1.5", "2,000"), an
    abbreviation ("U.S.") or quotation marks."""
    text = re.sub(r" ([,.;:!?)'’”]|'s|’s|n't)", r"\1", text).replace("( ", "(")
    text = re.sub(r"([’']) (s|t|re|ve|ll|d)\b", r"\1\2", text).replace("“ ", "“")
    text = re.sub(r"(\w) - (?=\w)", r"\1-", text)
    text = re.sub(r"\b([A-Z])\. ([A-Z])\b\.?", r"\1.\2.", text)  # "U. S" → "U.S."
    return re.sub(r"(\d)([.,]) (?=\d)", r"\1\2", text)


def _same_actor(name: str | None, country: str | None, span: str) -> bool:
    """The coded actor shares a word with the gold span, or is the country the span names
    ("Lebanon" for "a Lebanese man", "the United States" for "U.S. forces")."""
    if not name:
        return False
    words = _WORD.findall(span.lower())
    if (set(_WORD.findall(name.lower())) - _LITTLE) & (set(words) - _LITTLE):
        return True
    table = country_table()
    # The words as written too, so that "U.S." is not read as "u" and "s".
    written = [w.removesuffix("'s").removesuffix("’s").strip(',;:()"“”') for w in span.split()]
    grams = [
        " ".join(gram)
        for sequence in (words, written)
        for size in (1, 2, 3)
        for gram in zip(*(sequence[i:] for i in range(size)), strict=False)
    ]
    named = {table.country(w) for w in grams}
    return country is not None and country in named


def score_actors(path: Path, errors: int) -> None:
    sentences = _sentences(path)
    articles = annotate([s[0] for s in sentences])
    spans: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    uncoded: Counter[str] = Counter()
    misses = []
    for (text, *gold), article in zip(sentences, articles, strict=True):
        events = claims(article)
        first = events[0] if events else None
        for role, span in zip(("source", "target"), gold, strict=True):
            if not span:
                continue
            spans[role] += 1
            uncoded[role] += first is None
            if first is None:
                continue
            name, country = getattr(first, role), getattr(first, f"{role}_country")
            if _same_actor(name, country, span):
                hits[role] += 1
            elif len(misses) < errors:
                misses.append(f"{role} {span!r} got {name!r} ({first.type})\n    {text}")
    print(f"{path.name}: {len(sentences)} sentences")
    for role in ("source", "target"):
        print(
            f"{role} span: {hits[role]}/{spans[role]} = {hits[role] / max(spans[role], 1):.3f}"
            f" ({uncoded[role]} sentences without an event)"
        )
    coded = sum(1 for article in articles if claims(article))
    print(f"sentences with an event: {coded}/{len(sentences)}")
    for miss in misses:
        print(miss)


# PLOVER types by the class of the CAMEO roots they come from (the ``quad`` set's grouping).
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "CONCEDE", "RETREAT"), 2),
    **dict.fromkeys(("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


def score_quad(path: Path, errors: int) -> None:
    rows = [line.rstrip("\n").rsplit("\t", 1) for line in path.read_text("utf-8").splitlines()]
    rows = [(text, int(label)) for text, label in rows if label.strip().isdigit()]
    started = time.perf_counter()
    articles = annotate([text for text, _ in rows])
    elapsed = time.perf_counter() - started
    gold: Counter[int] = Counter()
    predicted: Counter[int] = Counter()
    right: Counter[int] = Counter()
    neutral_coded = 0
    misses = []
    for (text, label), article in zip(rows, articles, strict=True):
        events = claims(article)
        quad = QUAD[events[0].type] if events else 0
        if label == 0:
            neutral_coded += quad != 0
            continue
        gold[label] += 1
        predicted[quad] += 1
        right[label] += quad == label
        if quad != label and len(misses) < errors:
            found = ", ".join(f"{e.type}({e.source}->{e.target})" for e in events) or "-"
            misses.append(f"{label} got {found}\n    {text[:300]}")
    print(f"{path.name}: {len(rows)} sentences, {len(rows) / elapsed:.1f} sentences/s\n")
    print(f"{'class':28} {'gold':>5} {'first':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6}")
    names = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
             4: "material conflict"}  # fmt: skip
    f1s = []
    for quad, name in names.items():
        p, r, f = _f1(right[quad], predicted[quad], gold[quad])
        f1s.append(f)
        print(f"{quad} {name:26} {gold[quad]:5} {predicted[quad]:6} {right[quad]:6} "
              f"{p:6.3f} {r:6.3f} {f:6.3f}")  # fmt: skip
    total = sum(gold.values())
    print(
        f"\nmacro F1 {sum(f1s) / len(f1s):.3f}   accuracy {sum(right.values()) / total:.3f}   "
        f"no event {predicted[0]} of {total}   neutral sentences with an event "
        f"{neutral_coded} of {len(rows) - total}"
    )
    for miss in misses:
        print(miss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="set", required=True)
    types = sub.add_parser("types")
    types.add_argument("file", type=Path)
    types.add_argument("--part", choices=("tune", "held"), default="tune")
    types.add_argument("--errors", type=int, default=0)
    actors = sub.add_parser("actors")
    actors.add_argument("file", type=Path)
    actors.add_argument("--errors", type=int, default=0)
    quad = sub.add_parser("quad")
    quad.add_argument("file", type=Path)
    quad.add_argument("--errors", type=int, default=0)
    args = parser.parse_args()
    if args.set == "types":
        score_types(args.file, args.part, args.errors)
    elif args.set == "quad":
        score_quad(args.file, args.errors)
    else:
        score_actors(args.file, args.errors)


if __name__ == "__main__":
    main()
