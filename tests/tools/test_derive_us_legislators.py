"""The congress-legislators → parley table derivation, on members written for the test."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "derive_us_legislators.py"
_spec = importlib.util.spec_from_file_location("derive_us_legislators", _TOOL)
assert _spec is not None and _spec.loader is not None
derive = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(derive)

_TODAY = dt.date(2024, 6, 1)


def _term(kind: str, start: str, end: str) -> dict[str, str]:
    return {"type": kind, "start": start, "end": end}


def test_full_names_without_middle_initials_quoted_nicknames_or_a_bare_surname():
    person = {
        "name": {
            "first": "Robert",
            "middle": "Q.",
            "last": "Vane",
            "nickname": "Bobby",
            "suffix": "Jr.",
            "official_full": 'Robert Q. "Bobby" Vane, Jr.',
        }
    }
    assert derive.names(person) == [
        "bobby vane",
        "bobby vane jr.",
        "robert vane",
        "robert vane jr.",
    ]
    spelled = {"name": {"first": "Ann", "middle": "Marie", "last": "Lark",
                        "official_full": "Ann Marie Lark"}}  # fmt: skip
    assert derive.names(spelled) == ["ann lark", "ann marie lark"]
    assert derive.names({"name": {"first": "J.", "last": "Oddly"}}) == []


def test_terms_in_a_row_make_one_spell_and_a_running_one_is_open():
    terms = [
        _term("rep", "1995-01-04", "1997-01-03"),
        _term("rep", "1997-01-07", "1999-01-03"),  # the next Congress sat four days later
        _term("sen", "2009-01-06", "2015-01-03"),
        _term("sen", "2015-01-06", "2027-01-03"),
    ]
    assert list(derive.spells(terms, _TODAY)) == [
        ("1995-01-04", "1999-01-03"),
        ("2009-01-06", ""),
    ]


def test_rows_keep_members_since_1973_and_mark_senators_and_leaders_well_known():
    old = {"name": {"first": "Abel", "last": "Early"}, "terms": [_term("sen", "1961-01-03", "1967-01-03")]}  # fmt: skip
    rep = {"name": {"first": "Cora", "last": "Hale"}, "terms": [_term("rep", "1971-01-21", "1975-01-03")]}  # fmt: skip
    sen = {"name": {"first": "Dan", "last": "Rook"}, "terms": [_term("sen", "2011-01-05", "2017-01-03")]}  # fmt: skip
    leader = {
        "name": {"first": "Eve", "last": "Pell"},
        "terms": [_term("rep", "2021-01-03", "2023-01-03")],
        "leadership_roles": [{"title": "House Minority Whip", "chamber": "house"}],
    }
    assert derive.rows((person, _TODAY) for person in (old, rep, sen, leader)) == [
        "cora hale\tUSA\tLEG\t1971-01-21\t1975-01-03\t1",
        "dan rook\tUSA\tLEG\t2011-01-05\t2017-01-03\t2",
        "eve pell\tUSA\tLEG\t2021-01-03\t2023-01-03\t2",
    ]


def test_each_member_comes_from_the_newest_copy_and_a_member_who_left_is_closed():
    def member(bioguide: str, end: str) -> dict:
        return {"id": {"bioguide": bioguide}, "name": {"first": "Fay", "last": bioguide},
                "terms": [_term("sen", "2013-01-03", end)]}  # fmt: skip

    older = (dt.date(2018, 6, 1), [member("Stay", "2019-01-03"), member("Gone", "2019-01-03")])
    newer = (dt.date(2020, 6, 1), [member("Stay", "2025-01-03")])
    assert sorted(derive.rows(derive.newest([older, newer]))) == [
        "fay gone\tUSA\tLEG\t2013-01-03\t2019-01-03\t2",
        "fay stay\tUSA\tLEG\t2013-01-03\t\t2",
    ]


def test_a_territory_delegate_is_of_the_territory():
    def delegate(last: str, state: str) -> dict:
        term = {**_term("rep", "2009-01-06", "2017-01-03"), "state": state}
        return {"name": {"first": "Pat", "last": last}, "terms": [term]}

    people = [delegate("Isla", "PR"), delegate("Guam", "GU"), delegate("Capitol", "DC")]
    assert [row.split("\t")[:2] for row in derive.rows((p, _TODAY) for p in people)] == [
        ["pat capitol", "USA"],
        ["pat guam", "GUM"],
        ["pat isla", "PRI"],
    ]
