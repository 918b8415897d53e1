"""Events stage: the parsed article → PLOVER-coded ``Event`` records.

Reads the parse, the actors stage's entities, the time stage's expressions and,
when a quotes stage ran, the quotes. Finds trigger words with the lexicon (one
readable file per PLOVER type in ``lexicon/``), folds a trigger inside another's
clause into it ("threatened to break relations" is one THREATEN), turns future
cooperative acts into AGREE and future coercive ones into THREATEN, flags
negation and hypotheticals, reads source and target actors (country and sector)
from the clause, and dates each event from the time expression of its clause.
See ``coder.py`` for the steps.
"""

from __future__ import annotations

from parley.events.coder import EventCoder, code_events
from parley.events.lexicon import PLOVER_TYPES, Lexicon, LexiconError, load_lexicon

__all__ = ["PLOVER_TYPES", "EventCoder", "Lexicon", "LexiconError", "code_events", "load_lexicon"]
