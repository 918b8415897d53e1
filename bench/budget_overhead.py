"""What the budgets cost: the pipeline under its watchdog against the plain pipeline.

The bundled example articles, repeated to ``--articles`` documents, each varied so
that no two are the same, go through ``Pipeline.run_batch`` in batches, once plainly
and once through ``budget.Watchdog`` (a forked worker, documents and articles
pickled across a pipe, time and memory watched). Both runs in this process, one
after the other, after a warm-up; the ratio is what to compare across machines.

    python bench/budget_overhead.py [--articles 320] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from parley.budget import Watchdog
from parley.config import Config
from parley.ingest.sources import example_documents
from parley.pipeline import Pipeline
from parley.records import Document


def _documents(count: int) -> list[Document]:
    base = example_documents()
    documents = []
    for i in range(count):
        original = base[i % len(base)]
        content = original.content
        extra = f"\nUpdate {i}: this copy is number {i}.\n"
        content = content + (extra.encode() if isinstance(content, bytes) else extra)
        documents.append(
            dataclasses.replace(original, source=f"{original.source}#{i}", content=content)
        )
    return documents


def _time(run: object, documents: list[Document], size: int) -> float:
    started = time.perf_counter()
    for start in range(0, len(documents), size):
        run(documents[start : start + size])  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=320)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    config = Config(batch_size=args.batch_size)
    documents = _documents(args.articles)
    pipeline = Pipeline(config)
    pipeline.run_batch(documents[: args.batch_size])  # warm-up: model and caches loaded
    with Watchdog(pipeline) as watchdog:
        watchdog.run_batch(documents[: args.batch_size])  # warm-up: the worker forked
        plain = guarded = 0.0
        for _ in range(2):  # interleaved, so a change in the machine's load hits both
            plain += _time(pipeline.run_batch, documents, args.batch_size)
            guarded += _time(watchdog.run_batch, documents, args.batch_size)
    print(f"{len(documents)} documents twice each way, batches of {args.batch_size}")
    print(f"  plain pipeline      {plain:7.2f} s  {2 * len(documents) / plain:7.1f} docs/s")
    print(f"  under the watchdog  {guarded:7.2f} s  {2 * len(documents) / guarded:7.1f} docs/s")
    print(f"  overhead ratio      {guarded / plain:7.3f} (watchdog / plain)")


if __name__ == "__main__":
    main()
