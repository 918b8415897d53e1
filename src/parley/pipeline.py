"""The pipeline: documents in, articles (or rejections) out, in input order.

A ``Pipeline`` is built from stage names in ``parley.registry`` and checked
there. It extracts each document, then runs the remaining stages over batches
of articles. When a stage fails on a batch, the batch is retried one article at
a time so that one bad article becomes one ``Rejection`` and the rest go on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from parley.budget import check_article
from parley.config import Config
from parley.extract import extract
from parley.records import Article, Document, Rejection
from parley.registry import DEFAULT_STAGES, Analysis, BatchStage, check_stages


class Pipeline:
    def __init__(self, config: Config | None = None, stages: Sequence[str] = DEFAULT_STAGES):
        self.config = config or Config()
        self.specs = check_stages(stages)
        self._stages: list[tuple[str, BatchStage]] = [
            (spec.name, spec.factory(self.config)) for spec in self.specs if spec.factory
        ]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.specs)

    def run(self, documents: Iterable[Document]) -> Iterator[Article | Rejection]:
        """Each document's article or rejection, in order, batch by batch."""
        iterator = iter(documents)
        while batch := list(islice(iterator, self.config.batch_size)):
            yield from self.run_batch(batch)

    def run_batch(
        self, documents: Sequence[Document], *, skip: Callable[[Article], bool] | None = None
    ) -> list[Article | Rejection]:
        """Articles or rejections for ``documents``, in order.

        ``skip`` marks extracted articles that need no annotation (already stored):
        they come back as extracted, and the costly stages are not run on them.
        """
        results = self.extract_batch(documents)
        positions = [
            i for i, r in enumerate(results) if isinstance(r, Article) and not (skip and skip(r))
        ]
        annotated = self.annotate([results[i] for i in positions])  # type: ignore[misc]
        for position, outcome in zip(positions, annotated, strict=True):
            results[position] = outcome
        return results

    def extract_batch(self, documents: Sequence[Document]) -> list[Article | Rejection]:
        """Each document's extracted article, or a rejection (also for one over budget)."""
        results: list[Article | Rejection] = []
        for document in documents:
            result = extract(document, self.config)
            if isinstance(result, Article):
                refused = check_article(result, self.config)
                if refused is not None:
                    result = dataclasses.replace(refused, id=document.id)
            results.append(result)
        return results

    def annotate(self, articles: Sequence[Article]) -> list[Article | Rejection]:
        """``articles`` through every stage after extract, in order."""
        return self._annotate([Analysis(article=a) for a in articles])

    def _annotate(self, analyses: list[Analysis]) -> list[Article | Rejection]:
        try:
            return [a.article for a in self._through_stages(analyses)]
        except Exception:
            # One article broke the batch: run them singly so only that one is lost.
            return [self._annotate_one(a) for a in analyses]

    def _annotate_one(self, analysis: Analysis) -> Article | Rejection:
        for name, run in self._stages:
            try:
                (analysis,) = run([analysis])
            except Exception as exc:
                source = analysis.article.source or analysis.article.id
                return Rejection(
                    source=source,
                    reason="stage_failed",
                    message=f"{source}: the {name} stage failed ({type(exc).__name__}: {exc}).",
                )
        return analysis.article

    def _through_stages(self, analyses: list[Analysis]) -> list[Analysis]:
        for _, run in self._stages:
            analyses = run(analyses)
        return analyses


def analyze(
    text_or_html: str | bytes,
    url: str | None = None,
    published: dt.date | str | None = None,
    *,
    config: Config | None = None,
) -> Article | Rejection:
    """One article from HTML or scraped text, with every annotation parley makes.

    ``published`` (a date or ``YYYY-MM-DD``) overrides the date the page gives.
    Returns a ``Rejection`` (with its reason) when the input holds no article.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    document = Document(source=url or "<input>", content=text_or_html, url=url, published=published)
    return _default_pipeline(config).run_batch([document])[0]


_PIPELINES: dict[Config, Pipeline] = {}


def _default_pipeline(config: Config | None) -> Pipeline:
    config = config or Config.from_env()
    if config not in _PIPELINES:
        _PIPELINES[config] = Pipeline(config)
    return _PIPELINES[config]
