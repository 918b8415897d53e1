"""The Phoenix → parley table derivation, on a small dictionary written for the test."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "derive_actor_tables.py"
_spec = importlib.util.spec_from_file_location("derive_actor_tables", _TOOL)
assert _spec is not None and _spec.loader is not None
derive = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(derive)

_COUNTRIES = """\
# a comment
ARNORIA_ [ARN]
+ARNORIAN_
JOHN_QUILL_  # CountryInfo.txt
+PRESIDENT_JOHN_QUILL_
+MR_QUILL
\t[FRAGOV 950101-020315]
\t[FRAELI]
IVAN_OLDMAN_
IVAN_OLDMANOV_
\t[YUGGOV <911231]
"""
_INTERNATIONAL = """\
ANNE_MARCH_
\t[IGOUNO 970101-061231]
ANDEAN_COMMUNITY_\t[IGOSAMAND]
NATIONAL_FRONT_\t[NGO]
SUDAN_HUMAN_RIGHTS_GROUP_\t[NGOSDNHRI]
"""
_GROUPS = """\
HEZBOLLAH_ [LBNREB] # test
+HIZBOLLAH
ISLAMIC_JIHAD_ [LBNREB]
AL_QAEDA_ [IMGMUSALQ]
REGIONAL_FRONT_OF_SOMEWHERE_ [MEAREB]
"""


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(_COUNTRIES, "utf-8")
    (tmp_path / "Phoenix.International.actors.txt").write_text(_INTERNATIONAL, "utf-8")
    (tmp_path / "Phoenix.MilNonState.actors.txt").write_text(_GROUPS, "utf-8")
    return tmp_path


def test_office_holders_dates_titles_and_successor_codes(tmp_path):
    rows = derive.office_holders(_folder(tmp_path))
    assert ("john quill", "FRA", "GOV", "1995-01-01", "2002-03-15", "3") in rows
    assert ("john quill", "FRA", "ELI", "", "", "3") in rows
    assert not any(r[0] == "president john quill" for r in rows)  # title stripped
    assert not any(r[0] == "arnoria" for r in rows)  # a country, not a person
    # Head lines before one code are one entry; Yugoslavia's code becomes Serbia's.
    assert ("ivan oldmanov", "SRB", "GOV", "", "1991-12-31", "2") in rows
    assert ("anne march", "", "IGO", "1997-01-01", "2006-12-31", "1") in rows


def test_armed_groups_keep_countries_and_drop_generic_or_regional_names(tmp_path):
    rows = derive.armed_groups(_folder(tmp_path))
    assert ("hezbollah", "LBN", "REB") in rows and ("hizbollah", "LBN", "REB") in rows
    assert ("al qaeda", "", "IMG") in rows
    assert not any(r[0] == "islamic jihad" for r in rows)
    assert not any(r[0].startswith("regional front") for r in rows)


def test_international_bodies_leave_out_national_ngos_and_generic_names(tmp_path):
    rows = derive.international_bodies(_folder(tmp_path))
    assert ("andean community", "IGO") in rows
    assert not any(r[0] == "national front" for r in rows)
    assert not any(r[0].startswith("sudan") for r in rows)
