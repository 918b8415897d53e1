"""How the coder reads clause structure: the subject of a gerund after a preposition, a main
verb the parser hangs on its subject noun, and acts named only as the topic of something else
(sentences written for these tests, none from the gold set or development data)."""

from __future__ import annotations

import pytest
from coded import events_of as _code


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The rebels succeeded in capturing the airport from the army.", "rebels"),
        ("The rebels have been busy in shelling the southern suburbs of the capital.", "rebels"),
    ],
)
def test_coder_a_gerund_after_a_preposition_takes_the_subject_above(text, source):
    events = [e for e in _code(text) if e.type == "ASSAULT"]
    assert events
    assert all(e.source and source in e.source for e in events)
