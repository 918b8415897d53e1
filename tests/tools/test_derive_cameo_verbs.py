"""The Phoenix verb dictionary → cameo_verbs.tsv derivation, on patterns written for the test."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "derive_cameo_verbs.py"
_spec = importlib.util.spec_from_file_location("derive_cameo_verbs", _TOOL)
assert _spec is not None and _spec.loader is not None
derive = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(derive)


def test_a_multiword_phrase_needs_every_word():
    # Not the bare head: "{FURIOUS LETTER}" is no pattern for every letter sent.
    assert derive._pattern_needs("* {FURIOUS LETTER}", {}) == "furious letter"
    assert derive._pattern_needs("* {MASSIVE NAVAL PATROLS}", {}) == "massive naval patrol"


def test_a_phrase_the_lexicon_cannot_express_is_dropped():
    synonyms = {"&BOAT": ["ship", "ferry"]}
    assert derive._pattern_needs("* {&BOAT CONVOY}", synonyms) == ""
    # A preposition with a phrase of several words is beyond the table's (preposition, noun).
    assert derive._pattern_needs("* (AGAINST {NAVAL PATROLS})", {}) == ""


def test_single_words_and_synonym_heads_are_unchanged():
    synonyms = {"&BOAT": ["ship", "ferry"]}
    assert derive._pattern_needs("* LETTERS", {}) == "letter"
    assert derive._pattern_needs("* (TO HARBOUR)", {}) == "to harbour"
    assert derive._pattern_needs("* {SMALL &BOAT}", synonyms) == "small ferry|ship"
