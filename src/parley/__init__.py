"""parley: news articles into a queryable record of who said what, to or about whom, and when.

The library is the product; the CLI is a thin adapter over it::

    import parley
    article = parley.analyze(html_or_text, url=None, published="2021-03-19")
    for record in parley.Pipeline().run(documents): ...
"""

from __future__ import annotations

from parley.config import Config
from parley.errors import (
    ConfigError,
    EvalError,
    ModelError,
    ParleyError,
    PipelineError,
    QueryError,
    StoreError,
)
from parley.pipeline import Pipeline, analyze
from parley.records import (
    Article,
    Document,
    Entity,
    Event,
    Quote,
    Rejection,
    Section,
    TimeExpr,
)
from parley.store import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Config",
    "ConfigError",
    "Document",
    "Entity",
    "EvalError",
    "Event",
    "ModelError",
    "ParleyError",
    "Pipeline",
    "PipelineError",
    "QueryError",
    "Quote",
    "Rejection",
    "Section",
    "Store",
    "StoreError",
    "TimeExpr",
    "__version__",
    "analyze",
]
