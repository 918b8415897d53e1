"""Ingest stage: sources → ``Document`` records, and the ingest job into the store.

``sources.py`` turns paths, directories, globs, stdin and ``.jsonl`` files into
documents (streaming, one file at a time); ``warc.py`` streams WARC archives;
``fetch.py`` fetches http(s) URLs within limits; ``feeds.py`` reads RSS/Atom feeds
and URL lists. ``ingest()`` runs the documents through the pipeline and writes
each batch to the store in one transaction with where each article was seen,
recording the run and every rejection with its reason. Input bytes seen before
(the same page in another archive, at another URL) are not extracted again:
only the new sighting is recorded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from parley.budget import Watchdog, guard
from parley.config import Config
from parley.ingest.feeds import (
    FEED_SUFFIXES,
    feed_entries,
    looks_like_feed,
    read_feed,
    read_url_list,
)
from parley.ingest.fetch import Fetcher, is_url
from parley.ingest.sources import expand, jsonl_document, read_documents
from parley.ingest.warc import read_warc
from parley.pipeline import Pipeline
from parley.records import Article, Document, Rejection
from parley.store import RunCounts, Sighting, Store

__all__ = [
    "Feed",
    "Fetcher",
    "IngestSummary",
    "UrlList",
    "content_key",
    "expand",
    "ingest",
    "jsonl_document",
    "read_documents",
    "read_feed",
    "read_url_list",
    "read_warc",
]


@dataclass(frozen=True, slots=True)
class Feed:
    """An RSS/Atom feed to read: a URL or a saved file."""

    location: str


@dataclass(frozen=True, slots=True)
class UrlList:
    """A text file of URLs to fetch, one a line."""

    location: str


Item = Path | str | Feed | UrlList | Document | Rejection

Progress = Callable[[str, int], None]
"""Called with an event name (``total``, ``advance``) and a count."""


KEPT_REJECTIONS = 1000
"""Rejections an IngestSummary holds; past these only counts (all are in the database)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSummary:
    run_id: int
    read: int
    stored: int
    duplicates: int
    rejections: tuple[Rejection, ...]
    """The first ``KEPT_REJECTIONS``, so memory stays flat over a huge archive."""
    rejected_by_reason: dict[str, int] = field(default_factory=dict)
    """How many inputs were rejected for each reason, all of them."""
    resumed: bool = False
    """The run went on from where an earlier, interrupted run of the same command stopped."""
    skipped: int = 0
    """Inputs a resumed run found already done by its interrupted part."""

    @property
    def rejected(self) -> int:
        return sum(self.rejected_by_reason.values()) or len(self.rejections)

    @property
    def usable(self) -> int:
        """Inputs that gave an article, new or already stored."""
        return self.stored + self.duplicates


def ingest(
    inputs: Sequence[str],
    store: Store,
    *,
    feeds: Sequence[str] = (),
    url_lists: Sequence[str] = (),
    documents: Sequence[Document] = (),
    config: Config | None = None,
    published: dt.date | None = None,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
    resume: bool = True,
) -> IngestSummary:
    """Read ``inputs`` (paths, globs, ``-``, URLs), ``feeds``, ``url_lists`` and ready
    ``documents``, analyse each article and store it with where it was seen; report what
    failed and why.

    Each batch is committed with its rejections and the run's counts in one transaction.
    With ``resume`` (the default), when the last run of the same command was interrupted,
    this run continues it: inputs it already stored or rejected are skipped, not redone.
    Each document runs under the budgets of ``parley.budget`` (a watchdog process unless
    ``config.doc_timeout`` is 0).
    """
    config = config or Config()
    pipeline = guard(Pipeline(config))
    items: list[Item] = [
        *expand(inputs),
        *(Feed(f) for f in feeds),
        *(UrlList(u) for u in url_lists),
        *documents,
    ]
    if progress:
        progress("total", len(items))
    command = " ".join(
        ["ingest", *inputs, *(f"--feed {f}" for f in feeds), *(f"--urls {u}" for u in url_lists)]
    )
    interrupted = store.unfinished_run(command) if resume else None
    if interrupted:
        run_id, counts = interrupted
    else:
        run_id, counts = store.start_run(command), RunCounts()
    skipped = 0
    rejections: list[Rejection] = []
    # A resumed run's summary counts what its interrupted part rejected too.
    reasons: Counter[str] = Counter(store.rejection_reasons(run_id) if interrupted else {})
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(config)
    try:
        stream = _documents(items, published, config, fetcher, progress)
        for batch in _batches(stream, config.batch_size):
            if interrupted:
                done = store.done_sources(run_id, [item.source for item in batch])
                skipped += sum(item.source in done for item in batch)
                batch = [item for item in batch if item.source not in done]
            outcomes, sightings = _analyse(batch, pipeline, store)
            new_rejections = [o for o in outcomes if isinstance(o, Rejection)]
            articles = [o for o in outcomes if isinstance(o, Article)]
            # Counted before the write, so the counts committed with the batch include it.
            new_duplicates = sum(o is None for o in outcomes)
            planned = replace(
                counts,
                read=counts.read + sum(isinstance(d, Document) for d in batch),
                stored=counts.stored + len(articles),
                duplicates=counts.duplicates + new_duplicates,
                rejected=counts.rejected + len(new_rejections),
            )
            written = store.write(
                articles, run_id, sightings=sightings, rejections=new_rejections, counts=planned
            )
            # The store may find some "new" articles already there (within the batch).
            counts = replace(
                planned,
                stored=counts.stored + written.stored,
                duplicates=counts.duplicates + new_duplicates + written.duplicates,
            )
            reasons.update(r.reason for r in new_rejections)
            rejections.extend(new_rejections[: KEPT_REJECTIONS - len(rejections)])
    finally:
        if own_fetcher:
            fetcher.close()
        if isinstance(pipeline, Watchdog):
            pipeline.close()
    store.finish_run(
        run_id, read=counts.read, stored=counts.stored, duplicates=counts.duplicates,
        rejected=counts.rejected,
    )  # fmt: skip
    return IngestSummary(
        run_id=run_id, read=counts.read, stored=counts.stored, duplicates=counts.duplicates,
        rejections=tuple(rejections), rejected_by_reason=dict(reasons),
        resumed=interrupted is not None, skipped=skipped,
    )  # fmt: skip


def content_key(document: Document) -> str:
    """A hash of what extraction reads: the same key gives the same article.

    Whether the document came with a URL is part of it: without one, the article's
    URL is the page's own (its canonical link), which only such a sighting recorded.
    """
    content = document.content
    raw = content.encode("utf-8") if isinstance(content, str) else content
    digest = hashlib.sha1(raw)
    digest.update(
        f"\0{document.content_type}\0{document.published}\0{document.url is None}".encode()
    )
    return digest.hexdigest()


def _analyse(
    batch: list[Document | Rejection], pipeline: Pipeline | Watchdog, store: Store
) -> tuple[list[Article | Rejection | None], list[Sighting]]:
    """Each item's outcome (None: bytes already analysed) and where each article was seen.

    Only the first document of each content key is extracted and analysed; a document
    whose bytes were seen before, in the database or earlier in the batch, becomes a
    sighting of that article.
    """
    keys = {i: content_key(d) for i, d in enumerate(batch) if isinstance(d, Document)}
    known = store.articles_for_content(list(keys.values()))
    first: dict[str, int] = {}
    for i, key in keys.items():
        if key not in known:
            first.setdefault(key, i)
    fresh = sorted(first.values())
    results = pipeline.run_batch(
        [batch[i] for i in fresh],  # type: ignore[misc]
        skip=lambda a: store.has(a.sha1),
    )
    analysed = dict(zip(fresh, results, strict=True))
    outcomes: list[Article | Rejection | None] = []
    sightings: list[Sighting] = []
    for i, item in enumerate(batch):
        if isinstance(item, Rejection):
            outcomes.append(item)
            continue
        key = keys[i]
        if i in analysed:
            outcome = analysed[i]
            outcomes.append(outcome)
            if isinstance(outcome, Article):
                sightings.append(Sighting.of(outcome, key))
            continue
        earlier = analysed.get(first.get(key, -1))
        if isinstance(earlier, Rejection):
            message = f"{item.source} has the same content as {earlier.source}: {earlier.message}"
            outcomes.append(replace(earlier, source=item.source, id=item.id, message=message))
            continue
        if isinstance(earlier, Article):
            hit: tuple[str, dt.date | None, str | None] = (
                earlier.sha1,
                earlier.published,
                earlier.url,
            )
        else:
            hit = known[key]
        outcomes.append(None)
        sightings.append(
            Sighting(
                article=hit[0], source=item.source, url=item.url or hit[2], published=hit[1],
                fetched_at=item.fetched_at, content_key=key,
            )
        )  # fmt: skip
    return outcomes, sightings


def _documents(
    items: Iterable[Item],
    published: dt.date | None,
    config: Config,
    fetcher: Fetcher,
    progress: Progress | None,
) -> Iterator[Document | Rejection]:
    for item in items:
        if isinstance(item, Rejection | Document):
            yield item
        elif isinstance(item, Feed):
            yield from read_feed(item.location, fetcher, published=published)
        elif isinstance(item, UrlList):
            yield from read_url_list(item.location, fetcher, published=published)
        elif isinstance(item, str) and is_url(item):
            yield from _fetch_page_or_feed(item, fetcher, published)
        elif isinstance(item, Path) and item.name.lower().endswith(FEED_SUFFIXES):
            yield from read_feed(str(item), fetcher, published=published)
        else:
            yield from read_documents(item, published=published, max_bytes=config.max_bytes)
        if progress:
            progress("advance", 1)


def _fetch_page_or_feed(
    url: str, fetcher: Fetcher, published: dt.date | None
) -> Iterator[Document | Rejection]:
    """A URL given as input: the page, or every page a feed there links to."""
    fetched = fetcher.fetch(url, published=published)
    if isinstance(fetched, Document) and looks_like_feed(fetched):
        content = fetched.content
        raw = content.encode("utf-8") if isinstance(content, str) else content
        yield from feed_entries(raw, url, fetcher, published=published)
    else:
        yield fetched


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
