"""The event lexicon: the bundled files load, and a bad edit fails loudly."""

from __future__ import annotations

import csv

import pytest
from coded import CAMEO_CODEBOOK

from parley.events.lexicon import (
    PLOVER_TYPES,
    LexiconError,
    load_lexicon,
    parse_lexicon,
    with_derived,
)

HEADER = "@type {type}\n@cameo 000\n@score 0\n"
MINIMAL = {f"{t.lower()}.txt": HEADER.format(type=t) for t in PLOVER_TYPES}


def _with(name, text):
    return {**MINIMAL, name: text}


def test_load_lexicon_has_one_file_per_plover_type():
    assert sorted(load_lexicon().types) == sorted(PLOVER_TYPES)


@pytest.mark.parametrize(
    ("type_", "mode", "intensity"),
    [
        ("SANCTION", "withdraw", -6.0),
        ("ASSAULT", "aerial", -10.0),
        ("AGREE", None, 2.5),
        ("ACCUSE", None, -3.0),
    ],
)
def test_load_lexicon_intensity_of_type_and_mode(type_, mode, intensity):
    assert load_lexicon().intensity(type_, mode) == intensity


def test_lexicon_patterns_most_specific_first():
    patterns = load_lexicon().patterns("verb", "withdraw")
    assert [p.specificity for p in patterns] == sorted(
        (p.specificity for p in patterns), reverse=True
    )


def test_parse_lexicon_reads_a_pattern_with_neighbours():
    lexicon = parse_lexicon(
        _with("sanction.txt", "@type SANCTION\n@cameo 160\n@score -6\n@mode withdraw -6\n"
              "recall ambassador|envoy ; withdraw ; 161\n")
    )  # fmt: skip
    (pattern,) = lexicon.patterns("verb", "recall")
    assert (pattern.type, pattern.needs, pattern.mode, pattern.cameo, pattern.intensity) == (
        "SANCTION", (frozenset({"ambassador", "envoy"}),), "withdraw", "161", -6.0,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "trigger", "needs"),
    [
        ("n:hunger strike", "strike", (frozenset({"hunger"}),)),
        ("n:state of siege", "state", (frozenset({"siege"}),)),
        ("n:talk", "talk", ()),
    ],
)
def test_parse_lexicon_multiword_nouns_trigger_on_their_head(pattern, trigger, needs):
    lexicon = parse_lexicon(_with("protest.txt", HEADER.format(type="PROTEST") + pattern + "\n"))
    (found,) = lexicon.patterns("noun", trigger)
    assert found.needs == needs


def test_parse_lexicon_defaults_cameo_from_the_file():
    lexicon = parse_lexicon(_with("reject.txt", "@type REJECT\n@cameo 120\n@score -2\nrefuse\n"))
    assert lexicon.patterns("verb", "refuse")[0].cameo == "120"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "@type REJECT\n@score -2\nrefuse ; nosuchmode\n",
            "reject.txt:3: the mode 'nosuchmode' is not declared",
        ),
        (
            "@type REJECT\n@score -2\nrefuse ; ; 120 ; extra\n",
            "reject.txt:3: expected 'pattern ; mode ; cameo'",
        ),
        (
            "@type REJECTS\n@score -2\n",
            "reject.txt: '@type REJECTS' is not one of the 16 PLOVER types",
        ),
        ("@type REJECT\n@score minus two\n", "is not a number"),
    ],
)
def test_parse_lexicon_rejects_bad_lines(text, message):
    with pytest.raises(LexiconError, match=message):
        parse_lexicon(_with("reject.txt", text))


def test_parse_lexicon_needs_every_type():
    files = dict(MINIMAL)
    del files["assault.txt"]
    with pytest.raises(LexiconError, match="The lexicon has no file for ASSAULT"):
        parse_lexicon(files)


# The lexicon's CAMEO codes against the codebook in shared/data (skipped without it).
_CODEBOOK = CAMEO_CODEBOOK
# Where the lexicon follows the PLOVER manual rather than the 2021 CAMEO→PLOVER table.
DEVIATIONS = {("SANCTION", "163"), ("ASSAULT", "192"), ("CONCEDE", "0871"), ("RETREAT", "0831")}


@pytest.mark.skipif(_CODEBOOK is None, reason="the CAMEO codebook is not in shared/data")
def test_lexicon_cameo_codes_exist_and_agree_with_the_plover_table():
    with _CODEBOOK.open(encoding="utf-8") as handle:
        table = {row["code"]: row["plover_event"] for row in csv.DictReader(handle)}
    patterns = [p for found in load_lexicon().by_trigger.values() for p in found]
    assert [p.line for p in patterns if p.cameo not in table] == []
    disagree = {(p.type, p.cameo) for p in patterns if table[p.cameo] and table[p.cameo] != p.type}
    assert disagree <= DEVIATIONS


def test_with_derived_reads_lemma_needs_type_mode_and_cameo():
    base = parse_lexicon(
        _with("retreat.txt", "@type RETREAT\n@cameo 080\n@score 6.5\n@mode release 6.5\n")
    )
    lexicon = with_derived(
        base,
        "# header\nrelease\t\tRETREAT\trelease\t0841\nfree\tcaptive|hostage\tRETREAT\tx\t0841\n",
    )
    (bare,) = lexicon.derived_patterns("verb", "release")
    (pattern,) = lexicon.derived_patterns("verb", "free")
    assert (bare.mode, bare.intensity, bare.derived) == ("release", 6.5, True)
    assert (pattern.needs, pattern.mode) == ((frozenset({"captive", "hostage"}),), None)


def test_derived_bare_verb_is_not_used_where_the_hand_lexicon_has_the_verb():
    base = parse_lexicon(_with("reject.txt", "@type REJECT\n@cameo 120\n@score -2\nturn down\n"))
    lexicon = with_derived(base, "turn\t\tREJECT\t\t120\nturn\tback\tREJECT\t\t120\n")
    assert [p.needs for p in lexicon.derived_patterns("verb", "turn")] == [(frozenset({"back"}),)]


def test_with_derived_rejects_a_bad_row():
    with pytest.raises(LexiconError, match="cameo_verbs.tsv:1: expected 5"):
        with_derived(parse_lexicon(MINIMAL), "release\tRETREAT\n")


@pytest.mark.skipif(_CODEBOOK is None, reason="the CAMEO codebook is not in shared/data")
def test_derived_table_codes_agree_with_the_plover_table():
    with _CODEBOOK.open(encoding="utf-8") as handle:
        table = {row["code"]: row["plover_event"] for row in csv.DictReader(handle)}
    patterns = [p for found in load_lexicon().derived.values() for p in found]
    assert len(patterns) > 1000
    assert [p.line for p in patterns if p.cameo not in table] == []
    disagree = {(p.type, p.cameo) for p in patterns if table[p.cameo] and table[p.cameo] != p.type}
    assert disagree <= DEVIATIONS | {("REQUEST", c) for c in table if c.startswith("02")}


def test_derived_table_leaves_out_generic_verbs():
    derived = load_lexicon().derived
    assert not {("verb", w) for w in ("say", "go", "make", "take", "give")} & {
        key for key, found in derived.items() if any(not p.needs for p in found)
    }


def test_parse_lexicon_reads_words_that_rule_a_pattern_out():
    lexicon = parse_lexicon(
        _with("retreat.txt", HEADER.format(type="RETREAT") + "release !statement|report\n")
    )
    (pattern,) = lexicon.patterns("verb", "release")
    assert (pattern.needs, pattern.unless, pattern.specificity) == ((), {"statement", "report"}, 0)
