"""Databases for the web tests: the built corpus, plus an article written to attack the page.

The hostile article carries markup and script in every field a page prints: title,
text, quote, speaker, entity names, event actors and sentence, and a ``javascript:``
URL. Rendered, each must show as text, and no script of its own may run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import corpus
from parley.records import Article, Entity, Event, Quote
from parley.store import Store

SCRIPT = "<script>window.parleyPwned = 1</script>"
IMAGE = '<img src="x" onerror="window.parleyPwned = 2">'
HOSTILE_QUOTE = f"We will answer {SCRIPT} in kind {IMAGE}"
HOSTILE_SPEAKER = 'Mallory <b onmouseover="window.parleyPwned = 3">Evil</b>'
HOSTILE_TEXT = (
    f"“{HOSTILE_QUOTE},” said {HOSTILE_SPEAKER} on Monday, in a statement posted online. "
    f"Officials in Moscow said the threat {IMAGE} was taken seriously and that Russia would "
    "respond to any provocation by the group within days, according to a spokesman."
)
HOSTILE_ID = "hostile-1"


def hostile() -> Article:
    start = HOSTILE_TEXT.index(HOSTILE_QUOTE)
    speaker_start = HOSTILE_TEXT.index(HOSTILE_SPEAKER)
    return Article(
        id=HOSTILE_ID, text=HOSTILE_TEXT, title=f"Threat {SCRIPT} {IMAGE}",
        url="javascript:window.parleyPwned = 4", published=dt.date(2021, 5, 3),
        authors=(IMAGE,), source="hostile.html",
        entities=(
            Entity(id="E1", name=HOSTILE_SPEAKER, type="PERSON", country="RUS",
                   roles=(SCRIPT,), mentions=((speaker_start, speaker_start + len(HOSTILE_SPEAKER)),)),
        ),
        quotes=(
            Quote(id="Q1", text=HOSTILE_QUOTE, kind="direct", start=start,
                  end=start + len(HOSTILE_QUOTE), speaker=HOSTILE_SPEAKER, speaker_id="E1",
                  speaker_text=HOSTILE_SPEAKER, speaker_start=speaker_start,
                  speaker_end=speaker_start + len(HOSTILE_SPEAKER), cue=f"said {IMAGE}"),
        ),
        events=(
            Event(id="V1", type="THREATEN", sentence=f"The threat {SCRIPT} was taken seriously.",
                  intensity=-4.0, source=HOSTILE_SPEAKER, source_id="E1", source_country="RUS",
                  target="United States", target_country="USA", date="2021-05-03",
                  date_end="2021-05-03"),
        ),
    )  # fmt: skip


def build(path: Path) -> Path:
    """The corpus of ``tests/corpus.py`` and the hostile article, in a new database."""
    corpus.build(path)
    with Store(path) as store:
        store.write([hostile()])
    return path
