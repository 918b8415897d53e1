"""Throughput of parley end to end against the bare spaCy pipeline, measured in one run.

The bundled example articles (HTML and scraped text) are repeated to a corpus of
``--articles`` documents. Three timings over the same inputs:

- spaCy alone: ``nlp.pipe`` over the articles' clean text (the reference);
- parley analyse: ``Pipeline.run`` from raw documents through every default stage (extract,
  nlp, actors, quotes, time, events);
- parley ingest: the same plus writing to a DuckDB file.

Then the analyse time stage by stage, each against the same reference (the nlp stage is
spaCy's own parse plus parley's components on it), so that a slower stage shows as its own
share rather than as a change in the whole.

Ratios against the spaCy reference are what to compare across machines; the
absolute figures depend on the machine and its load. Peak RSS is the process's.

    python bench/pipeline_speed.py [--articles 180] [--model NAME]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from parley.config import Config
from parley.ingest import ingest
from parley.ingest.sources import example_documents
from parley.nlp import load_pipeline
from parley.pipeline import Pipeline
from parley.records import Article, Document
from parley.registry import STAGES, Analysis
from parley.store import Store


def _documents(count: int) -> list[Document]:
    base = example_documents()
    return [base[i % len(base)] for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=180)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    config = Config.from_env(model=args.model)
    documents = _documents(args.articles)
    pipeline = Pipeline(config)
    nlp = load_pipeline(config.model)
    texts = [a.text for a in pipeline.run(documents[:18]) if isinstance(a, Article)]
    texts = [texts[i % len(texts)] for i in range(args.articles)]
    words = sum(len(t.split()) for t in texts)

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=config.batch_size):
        pass
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    results = list(pipeline.run(documents))
    parley_seconds = time.perf_counter() - start
    assert all(isinstance(r, Article) for r in results)

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder, "corpus")
        corpus.mkdir()
        for i, document in enumerate(documents):
            # Copies of the same story are analysed in full, then stored once (same sha1).
            name = f"{i:05d}{Path(document.source).suffix}"
            content = document.content
            Path(corpus, name).write_bytes(
                content if isinstance(content, bytes) else content.encode()
            )
        with Store(Path(folder) / "bench.duckdb") as store:
            start = time.perf_counter()
            summary = ingest([str(corpus)], store, config=config)
            ingest_seconds = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = _stage_seconds(pipeline, config, documents)
    rows = [
        ("spaCy nlp.pipe (reference)", spacy_seconds),
        ("parley analyse (all stages)", parley_seconds),
        ("parley ingest (… + DuckDB)", ingest_seconds),
        *((f"  stage {name}", seconds) for name, seconds in stages),
    ]
    print(f"{args.articles} articles, {words:,} words, model {config.model}")
    print(f"{'':38} {'articles/s':>10} {'words/s':>9} {'× spaCy time':>12}")
    for name, seconds in rows:
        print(
            f"{name:38} {args.articles / seconds:10.1f} {words / seconds:9.0f} "
            f"{seconds / spacy_seconds:12.2f}"
        )
    print(
        f"ingest: {summary.stored} stored, {summary.duplicates} copies recognised, "
        f"{len(summary.rejections)} rejected; peak RSS {peak_mb:.0f} MB"
    )


def _stage_seconds(
    pipeline: Pipeline, config: Config, documents: list[Document]
) -> list[tuple[str, float]]:
    """Seconds each stage takes over ``documents``, batch by batch as the pipeline runs
    them."""
    start = time.perf_counter()
    extracted = [a for a in pipeline.extract_batch(documents) if isinstance(a, Article)]
    seconds = {"extract": time.perf_counter() - start}
    runs = [(name, STAGES[name].factory) for name in pipeline.names[1:]]
    built = [(name, factory(config)) for name, factory in runs if factory is not None]
    size = config.batch_size
    for first in range(0, len(extracted), size):
        batch = [Analysis(article=a) for a in extracted[first : first + size]]
        for name, run in built:
            start = time.perf_counter()
            batch = run(batch)
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
    return list(seconds.items())


if __name__ == "__main__":
    main()
