"""Quotes stage: parse and actors → ``Quote`` records (direct, indirect, mixed).

Reads the spaCy parse of one article and the actors the actors stage found.
Pairs quotation marks (``marks``), finds reporting cues with their speakers and
content clauses on the parse (``cues``, with the words of ``lexicon``), joins
quotations to cues by the layouts news uses and resolves each speaker to an
actor (``attribution``). A quote with no attributable speaker keeps
``speaker = None``. Adds ``Article.quotes``; offsets index ``Article.text``.
"""

from __future__ import annotations

from parley.quotes.attribution import extract_quotes

__all__ = ["extract_quotes"]
