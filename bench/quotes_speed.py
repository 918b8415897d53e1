"""Cost of the actors and quotes stages against spaCy's own time, measured in one run.

The issue's budget: actors + quotes together take at most 15% of the time the spaCy
pipeline takes to parse the same texts. The texts are the bundled example articles
(clean text, repeated to ``--articles``) or, with ``--polnear DIR``, the articles of
one PolNeAR split (see ``parley.eval.quotes`` for how to get it). spaCy parses them
once with ``nlp.pipe`` (timed: the reference); then the actors stage and the quotes
stage run over the parsed documents (each timed). The ratio is what to compare
across machines.

    python bench/quotes_speed.py [--articles 180] [--polnear DIR --split dev] [--model NAME]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from parley.actors import build_entities
from parley.config import Config
from parley.ingest.sources import example_documents
from parley.nlp import load_pipeline
from parley.pipeline import Pipeline
from parley.quotes import extract_quotes
from parley.records import Article

BUDGET = 0.15


def _example_texts(count: int, config: Config) -> list[str]:
    documents = example_documents()
    extracted = Pipeline(config, stages=("extract",)).run(documents)
    texts = [a.text for a in extracted if isinstance(a, Article)]
    return [texts[i % len(texts)] for i in range(count)]


def _polnear_texts(root: Path, split: str) -> list[str]:
    from parley.eval.quotes import read_polnear

    return [a.text for a in read_polnear(root, split)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=180)
    parser.add_argument("--polnear", type=Path, default=None, help="PolNeAR data folder")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    config = Config.from_env(model=args.model)
    texts = (
        _polnear_texts(args.polnear, args.split)
        if args.polnear
        else _example_texts(args.articles, config)
    )
    nlp = load_pipeline(config.model)
    list(nlp.pipe(texts[:2]))  # warm up: lazy loads do not count
    words = sum(len(t.split()) for t in texts)

    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=config.batch_size))
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    entities = [build_entities(doc) for doc in docs]
    actors_seconds = time.perf_counter() - start

    start = time.perf_counter()
    quotes = [extract_quotes(doc, found) for doc, found in zip(docs, entities, strict=True)]
    quotes_seconds = time.perf_counter() - start

    ratio = (actors_seconds + quotes_seconds) / spacy_seconds
    print(f"{len(texts)} articles, {words:,} words, model {config.model}")
    print(f"{'':28} {'seconds':>8} {'articles/s':>10} {'× spaCy time':>12}")
    for name, seconds in (
        ("spaCy nlp.pipe (reference)", spacy_seconds),
        ("actors stage", actors_seconds),
        ("quotes stage", quotes_seconds),
    ):
        print(
            f"{name:28} {seconds:8.2f} {len(texts) / seconds:10.1f} {seconds / spacy_seconds:12.3f}"
        )
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(
        f"actors + quotes = {ratio:.3f} × spaCy time ({verdict} the {BUDGET:.0%} budget); "
        f"{sum(len(q) for q in quotes)} quotes, {sum(len(e) for e in entities)} actors"
    )


if __name__ == "__main__":
    main()
