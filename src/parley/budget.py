"""Per-document budgets: size caps before the costly stages, and a watchdog on time and memory.

Two lines of defence, because a C-level call (spaCy's parser, lxml) cannot be
interrupted from Python:

1. **Caps that bound the work before it starts** (``check_article``): an extracted
   text is refused as ``over_budget`` when it holds a stretch longer than
   ``Config.max_unbroken_chars`` with no sentence end or line break (spaCy's cost
   grows with sentence length: 400,000 such characters took 76 s and 1.6 GB), or more
   than ``Config.max_quote_marks`` quotation marks (100,000 of them took spaCy over two
   minutes). Input bytes (``max_bytes``) and article characters (``max_chars``) are
   capped by the extract stage itself.
2. **A watchdog** (``Watchdog``): the pipeline runs in a forked worker process that the
   parent kills when a batch overruns its time (``Config.doc_timeout`` per document)
   or its memory (``Config.max_memory`` resident bytes). The batch is then retried one
   document at a time, each with its own budget, so only the pathological document is
   lost, as a ``Rejection`` with reason ``timeout`` or ``memory``. Every later stage
   runs under it without being named: the watchdog wraps whole calls of the pipeline.

The worker is forked after the parent loaded the NLP model, so it starts in
milliseconds and shares the model's memory; it dies with its parent.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import signal
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from parley.config import Config
from parley.records import Article, Document, Rejection

if TYPE_CHECKING:
    from parley.pipeline import Pipeline

_SENTENCE_END = re.compile(r"[.!?。！？؟।\n]")
_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›「」『』]")


def check_article(article: Article, config: Config) -> Rejection | None:
    """A Rejection when ``article`` would cost the later stages more than the budget allows."""
    text = article.text
    source = article.source or article.id
    longest = _longest_unbroken(text)
    if longest > config.max_unbroken_chars:
        return Rejection(
            source=source,
            reason="over_budget",
            message=f"{source} has a stretch of {longest:,} characters with no sentence end or "
            f"line break; the limit is {config.max_unbroken_chars:,} (Config.max_unbroken_chars).",
        )
    marks = len(_QUOTE_MARKS.findall(text))
    if marks > config.max_quote_marks:
        return Rejection(
            source=source,
            reason="over_budget",
            message=f"{source} has {marks:,} quotation marks; the limit is "
            f"{config.max_quote_marks:,} (Config.max_quote_marks).",
        )
    return None


def _longest_unbroken(text: str) -> int:
    longest = previous = 0
    for match in _SENTENCE_END.finditer(text):
        longest = max(longest, match.start() - previous)
        previous = match.end()
    return max(longest, len(text) - previous)


class Overrun(Exception):
    """The worker ran out of time or memory, died or failed on a call (internal)."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


class Watchdog:
    """A pipeline's ``run_batch`` in a worker process, killed when it overruns its budget.

    Same results as ``Pipeline.run_batch`` for documents within budget; a document that
    overruns comes back as a ``Rejection`` (``timeout`` or ``memory``). Close it (or use
    it as a context manager) to stop the worker.
    """

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self.config = pipeline.config
        self._worker: Any = None
        self._conn: Connection | None = None

    def __enter__(self) -> Watchdog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run_batch(
        self, documents: Sequence[Document], *, skip: Callable[[Article], bool] | None = None
    ) -> list[Article | Rejection]:
        results = self._guarded("extract", list(documents), [d.source for d in documents])
        positions = [
            i for i, r in enumerate(results) if isinstance(r, Article) and not (skip and skip(r))
        ]
        articles = [results[i] for i in positions]
        annotated = self._guarded(
            "annotate",
            articles,
            [a.source or a.id for a in articles],  # type: ignore[union-attr]
        )
        for position, outcome in zip(positions, annotated, strict=True):
            results[position] = outcome
        return results

    def _guarded(self, operation: str, items: list[Any], sources: list[str]) -> list[Any]:
        """``operation`` over ``items`` in the worker; on an overrun, item by item."""
        if not items:
            return []
        try:
            return self._call(operation, items, self._seconds(len(items)))
        except Overrun:
            if len(items) == 1:
                raise
        outcomes: list[Any] = []
        for item, source in zip(items, sources, strict=True):
            try:
                outcomes.extend(self._call(operation, [item], self._seconds(1)))
            except Overrun as overrun:
                outcomes.append(
                    Rejection(
                        source=source,
                        reason=overrun.reason,
                        message=f"{source}: {overrun}",
                        id=getattr(item, "id", None),
                    )
                )
        return outcomes

    def _seconds(self, count: int) -> float:
        # A batch of ordinary articles takes a fraction of one document's budget; the
        # batch budget only has to be generous enough not to trip on a slow machine.
        return self.config.doc_timeout * (1 + count / 8)

    def _call(self, operation: str, items: list[Any], seconds: float) -> list[Any]:
        conn = self._connection()
        conn.send((operation, items))
        deadline = time.monotonic() + seconds
        while not conn.poll(0.05):
            if time.monotonic() > deadline:
                self._kill()
                raise Overrun(
                    "timeout",
                    f"the pipeline took over {seconds:.0f} s (Config.doc_timeout is "
                    f"{self.config.doc_timeout:g} s a document) and was stopped.",
                )
            rss = _resident_bytes(self._worker.pid)
            if rss > self.config.max_memory:
                self._kill()
                raise Overrun(
                    "memory",
                    f"the pipeline used {rss / 1e6:,.0f} MB, over the "
                    f"{self.config.max_memory / 1e6:,.0f} MB limit (Config.max_memory), "
                    "and was stopped.",
                )
            if not self._worker.is_alive():
                self._kill()
                raise Overrun("crashed", "the pipeline's worker process died.")
        try:
            status, payload = conn.recv()
        except (EOFError, OSError):
            self._kill()
            raise Overrun("crashed", "the pipeline's worker process died.") from None
        if status == "error":
            # Retried item by item like an overrun, so one document's failure is its own.
            raise Overrun("stage_failed", f"the pipeline failed ({payload}).")
        return list(payload)

    def _connection(self) -> Connection:
        if self._conn is None:
            context = multiprocessing.get_context("fork")
            parent, child = context.Pipe()
            self._worker = context.Process(
                target=_serve, args=(self.pipeline, child, parent), daemon=True
            )
            self._worker.start()
            child.close()
            self._conn = parent
        return self._conn

    def _kill(self) -> None:
        if self._worker is not None:
            self._worker.kill()
            self._worker.join()
        if self._conn is not None:
            self._conn.close()
        self._worker = self._conn = None

    def close(self) -> None:
        """Stop the worker; the next call starts a new one."""
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(("stop", []))
        if self._worker is not None:
            self._worker.join(timeout=5)
        self._kill()


def _serve(pipeline: Pipeline, conn: Connection, parent_end: Connection) -> None:
    """The worker's loop: run each request, send back the results; stop on EOF."""
    parent_end.close()  # else the worker would never see EOF when its parent dies
    _die_with_parent()
    operations: dict[str, Callable[[list[Any]], list[Any]]] = {
        "extract": pipeline.extract_batch,
        "annotate": pipeline.annotate,
    }
    while True:
        try:
            operation, items = conn.recv()
        except (EOFError, OSError):
            return
        if operation == "stop":
            return
        try:
            conn.send(("ok", operations[operation](items)))
        except Exception as exc:  # the parent reports it; the worker goes on
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (a no-op elsewhere)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _resident_bytes(pid: int) -> int:
    """Resident memory of ``pid`` from /proc (0 where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def guard(pipeline: Pipeline) -> Pipeline | Watchdog:
    """``pipeline`` under a watchdog, unless ``Config.doc_timeout`` is 0 (no watchdog)."""
    if pipeline.config.doc_timeout > 0:
        return Watchdog(pipeline)
    return pipeline
