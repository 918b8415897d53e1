"""The one registry of pipeline stages.

Each stage names what it requires and what it provides (fields of the
``Analysis`` it works on); ``parley.pipeline.Pipeline`` checks, when it is
built, that every stage's requirements are provided by a stage before it.
``tests/test_registry.py`` pins this table, so adding or changing a stage is a
visible, reviewed change. Stages after ``extract`` take a batch of analyses and
return a new batch of the same length and order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from parley.actors import build_entities
from parley.config import Config
from parley.errors import PipelineError
from parley.events import code_events
from parley.nlp import load_pipeline, parse
from parley.quotes import extract_quotes
from parley.records import Article
from parley.time import find_times


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """An article between stages, with the parse the NLP stage attached."""

    article: Article
    doc: Any = None
    """The spaCy ``Doc`` of ``article.text``; not serialised, never stored."""


BatchStage = Callable[[Sequence[Analysis]], list[Analysis]]


@dataclass(frozen=True, slots=True, kw_only=True)
class StageSpec:
    name: str
    requires: frozenset[str]
    provides: frozenset[str]
    description: str
    factory: Callable[[Config], BatchStage] | None = None
    """Builds the batch function; None for ``extract``, which the pipeline runs itself."""


def _nlp(config: Config) -> BatchStage:
    load_pipeline(config.model)  # a missing model is the run's error, not each article's

    def run(batch: Sequence[Analysis]) -> list[Analysis]:
        docs = parse([a.article.text for a in batch], config.model, config.batch_size)
        return [dataclasses.replace(a, doc=doc) for a, doc in zip(batch, docs, strict=True)]

    return run


def _per_article(field: str, annotate: Callable[[Analysis], Any]) -> Callable[[Config], BatchStage]:
    """A stage that sets one ``Article`` field from each analysis on its own."""

    def factory(config: Config) -> BatchStage:
        def run(batch: Sequence[Analysis]) -> list[Analysis]:
            return [
                dataclasses.replace(
                    a, article=dataclasses.replace(a.article, **{field: annotate(a)})
                )
                for a in batch
            ]

        return run

    return factory


STAGES: dict[str, StageSpec] = {
    spec.name: spec
    for spec in (
        StageSpec(
            name="extract",
            requires=frozenset({"document"}),
            provides=frozenset(
                {"text", "title", "published", "authors", "credits", "language", "sections"}
            ),
            description="HTML or scraped text → clean article and its metadata",
        ),
        StageSpec(
            name="nlp",
            requires=frozenset({"text"}),
            provides=frozenset({"doc"}),
            description="sentences, tokens, parse and entity spans (spaCy)",
            factory=_nlp,
        ),
        StageSpec(
            name="actors",
            requires=frozenset({"doc"}),
            provides=frozenset({"entities"}),
            description="people, organisations and countries, merged, with roles and country",
            factory=_per_article("entities", lambda a: build_entities(a.doc)),
        ),
        StageSpec(
            name="quotes",
            requires=frozenset({"doc", "entities"}),
            provides=frozenset({"quotes"}),
            description="direct, partial and reported speech with cue and resolved speaker",
            factory=_per_article("quotes", lambda a: extract_quotes(a.doc, a.article.entities)),
        ),
        StageSpec(
            name="time",
            requires=frozenset({"doc", "published"}),
            provides=frozenset({"times"}),
            description="date expressions resolved against the publication date and the story",
            factory=_per_article("times", lambda a: find_times(a.doc, a.article.published)),
        ),
        StageSpec(
            name="events",
            requires=frozenset({"doc", "entities", "times"}),
            provides=frozenset({"events"}),
            description="PLOVER events: type, mode, CAMEO, actors, date, evidence, quote id",
            factory=_per_article("events", lambda a: code_events(a.article, a.doc)),
        ),
    )
}

DEFAULT_STAGES: tuple[str, ...] = ("extract", "nlp", "actors", "quotes", "time", "events")


def check_stages(names: Sequence[str]) -> tuple[StageSpec, ...]:
    """The specs for ``names`` in order, once each requirement is met by an earlier stage."""
    if not names or names[0] != "extract":
        raise PipelineError("A pipeline starts with the 'extract' stage.")
    available = {"document"}
    specs = []
    for name in names:
        spec = STAGES.get(name)
        if spec is None:
            raise PipelineError(
                f"There is no stage called {name!r}; the stages are {', '.join(STAGES)}."
            )
        missing = spec.requires - available
        if missing:
            raise PipelineError(
                f"The stage {name!r} needs {', '.join(sorted(missing))}, which no stage "
                "before it provides; put the stage that provides it earlier."
            )
        available |= spec.provides
        specs.append(spec)
    return tuple(specs)
