"""Ingest stage: sources → ``Document`` records, and the ingest job into the store.

``sources.py`` turns paths, directories, globs, stdin and ``.jsonl`` files into
documents (streaming, one file at a time). ``ingest()`` runs them through the
pipeline and writes each batch to the store in one transaction, recording the
run and every rejection with its reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from parley.config import Config
from parley.ingest.sources import expand, jsonl_document, read_documents
from parley.pipeline import Pipeline
from parley.records import Article, Document, Rejection
from parley.store import Store

__all__ = ["IngestSummary", "expand", "ingest", "jsonl_document", "read_documents"]

Progress = Callable[[str, int], None]
"""Called with an event name (``total``, ``advance``) and a count."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSummary:
    run_id: int
    read: int
    stored: int
    duplicates: int
    rejections: tuple[Rejection, ...]

    @property
    def usable(self) -> int:
        """Inputs that gave an article, new or already stored."""
        return self.stored + self.duplicates


def ingest(
    inputs: Sequence[str],
    store: Store,
    *,
    config: Config | None = None,
    published: dt.date | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read ``inputs``, analyse each article and store it; report what failed and why."""
    config = config or Config()
    pipeline = Pipeline(config)
    items = list(expand(inputs))
    if progress:
        progress("total", len(items))
    run_id = store.start_run("ingest " + " ".join(inputs))
    read = stored = duplicates = 0
    rejections: list[Rejection] = []
    for batch in _batches(_documents(items, published, config, progress), config.batch_size):
        documents = [d for d in batch if isinstance(d, Document)]
        results = iter(pipeline.run_batch(documents, skip=lambda a: store.has(a.sha1)))
        outcomes = [next(results) if isinstance(d, Document) else d for d in batch]
        read += len(documents)
        new_rejections = [o for o in outcomes if isinstance(o, Rejection)]
        written = store.write([o for o in outcomes if isinstance(o, Article)], run_id)
        store.record_rejections(run_id, new_rejections)
        stored += written.stored
        duplicates += written.duplicates
        rejections.extend(new_rejections)
    store.finish_run(
        run_id, read=read, stored=stored, duplicates=duplicates, rejected=len(rejections)
    )
    return IngestSummary(
        run_id=run_id, read=read, stored=stored, duplicates=duplicates, rejections=tuple(rejections)
    )


def _documents(
    items: Iterable[Path | str | Rejection],
    published: dt.date | None,
    config: Config,
    progress: Progress | None,
) -> Iterator[Document | Rejection]:
    for item in items:
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_documents(item, published=published, max_bytes=config.max_bytes)
        if progress:
            progress("advance", 1)


def _batches(
    stream: Iterator[Document | Rejection], size: int
) -> Iterator[list[Document | Rejection]]:
    batch: list[Document | Rejection] = []
    for item in stream:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
