"""parley's exceptions, one tree.

::

    ParleyError                 anything parley raises on purpose
    ├── ConfigError             a bad option value (a date, a model name, a path)
    ├── ModelError              the spaCy pipeline cannot be loaded
    ├── PipelineError           stages that do not fit together
    ├── StoreError              the database cannot be opened, migrated or written
    ├── QueryError              a question the database cannot answer (bad SQL, a bad option)
    └── EvalError               gold data that is missing or malformed

A document that a stage refuses is *not* an exception: it comes back as a
``parley.records.Rejection`` value so a batch can report it and go on.
Adapters (CLI, HTTP API) translate these once: a message and an exit code or a
status; tracebacks only when asked for.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error parley raises on purpose."""


class ConfigError(ParleyError):
    """An option has a value parley cannot use."""


class ModelError(ParleyError):
    """The requested spaCy pipeline is not installed or does not load."""


class PipelineError(ParleyError):
    """The stages asked for cannot form a pipeline (unknown, or missing an input)."""


class StoreError(ParleyError):
    """The database cannot be opened, migrated or written."""


class QueryError(ParleyError):
    """A query cannot run: SQL the database refuses, or an option it cannot use."""


class EvalError(ParleyError):
    """Gold data for an evaluation is missing or not in the expected format."""
