"""Derive parley's table of US members of Congress from the congress-legislators data set.

Usage (from the repository root; needs PyYAML)::

    python tools/derive_us_legislators.py [OWNER/NAME=]GIT_DIR ...

reads ``legislators-current.yaml`` and ``legislators-historical.yaml`` from each git
directory's ``HEAD`` (``git show``; a file a copy lacks is skipped) and writes
``src/parley/data/us_legislators.tsv``. Each copy is the data set (or a fork of it) at some
day; several copies of different days add the members who sat then: each member is taken
from the newest copy that has them (their terms up to that day), and a member only older
copies have is one who has left since.

Source: ``unitedstates/congress-legislators``, the members of the US Congress with their
terms, dedicated to the public domain (CC0 1.0 Universal). Only facts are taken, in
parley's own form, the columns of ``office_holders.tsv``:

- names: each form news gives a member's full name in: the official full name and the
  first name (and the nickname, "Bernie") with the surname, without middle initials
  ("Benjamin L. Cardin" is "Benjamin Cardin") or a quoted nickname; a spelled-out middle
  name stays in the official form only ("Shelley Moore Capito"). A surname alone is never a
  row here: ``actors.office_holders`` finds these people by a whole name only.
- role: country USA (a territory's delegate its own: Puerto Rico PRI, Guam GUM, the Virgin
  Islands VIR, American Samoa ASM, the Northern Mariana Islands MNP), sector LEG (GUIDE.md and
  PLOVER: parliaments and legislators), one row
  per spell of continuous service, House and Senate alike (a term starting within a month of
  the last one's end continues the spell); a spell still running on the day of the newest
  copy is left open.
- the last column: 2 for a member news names without a title (one who has sat in the Senate
  or held a party leadership role in either chamber), else 1 (a representative, whose name
  counts with a title or role beside it: "Rep. ...", "the congressman ...").

Only members serving on or after 1973-01-03 (the 93rd Congress) are kept.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "parley" / "data" / "us_legislators.tsv"
_FILES = ("legislators-current.yaml", "legislators-historical.yaml")
_SINCE = dt.date(1973, 1, 3)
# A term that starts within this many days of the previous one's end continues its spell
# (the House's terms end on 3 January and the next Congress may sit a few days later).
_GAP = dt.timedelta(days=31)
_INITIAL = re.compile(r"^[A-Z]\.$")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def _show(git_dir: Path, name: str) -> str | None:
    """The file's text at HEAD, or None when the copy lacks the file."""
    run = ["git", "--git-dir", str(git_dir), "show", f"HEAD:{name}"]
    shown = subprocess.run(run, capture_output=True, text=True)
    return shown.stdout if shown.returncode == 0 else None


def _plain(name: str) -> str:
    """A name without quoted nicknames, middle initials and commas, in lower case."""
    name = _QUOTED.sub(" ", name).replace(",", " ")
    return " ".join(w for w in name.split() if not _INITIAL.match(w)).lower()


def names(person: dict[str, Any]) -> list[str]:
    """The full-name forms of one member (see the module's docstring)."""
    name = person["name"]
    last = name["last"]
    found = [f"{first} {last}" for first in (name["first"], name.get("nickname")) if first]
    if name.get("suffix"):
        found += [f"{form} {name['suffix']}" for form in found]
    if name.get("official_full"):
        found.append(name["official_full"])
    forms = {_plain(form) for form in found}
    # Never a bare surname (a member whose first name is an initial only).
    return sorted(form for form in forms if len(form.split()) > 1)


def spells(terms: Iterable[dict[str, Any]], today: dt.date) -> Iterator[tuple[str, str]]:
    """(first day, last day) of each spell of continuous service; the last day empty while
    the spell runs."""
    dated = sorted(
        (dt.date.fromisoformat(str(t["start"])), dt.date.fromisoformat(str(t["end"])))
        for t in terms
    )
    spell: list[dt.date] = []
    for start, end in dated:
        if spell and start <= spell[1] + _GAP:
            spell[1] = max(spell[1], end)
            continue
        if spell:
            yield spell[0].isoformat(), spell[1].isoformat()
        spell = [start, end]
    if spell:
        yield spell[0].isoformat(), "" if spell[1] > today else spell[1].isoformat()


def _well_known(person: dict[str, Any]) -> bool:
    return any(t["type"] == "sen" for t in person["terms"]) or bool(person.get("leadership_roles"))


# The House delegates of the territories sit for places with ISO 3166 codes of their own
# (news and event data code Puerto Rico PRI, not USA); the District of Columbia is USA.
_TERRITORIES = {"PR": "PRI", "GU": "GUM", "VI": "VIR", "AS": "ASM", "MP": "MNP"}


def rows(people: Iterable[tuple[dict[str, Any], dt.date]]) -> list[str]:
    """The table's rows: each member with the day from which on a running spell is open
    (the newest copy's day; ``date.max`` for a member who has left)."""
    found = set()
    for person, today in people:
        if not any(dt.date.fromisoformat(str(t["end"])) >= _SINCE for t in person["terms"]):
            continue
        known = "2" if _well_known(person) else "1"
        country = _TERRITORIES.get(str(person["terms"][-1].get("state", "")), "USA")
        for first, last in spells(person["terms"], today):
            if last and dt.date.fromisoformat(last) < _SINCE:
                continue
            for name in names(person):
                found.add("\t".join((name, country, "LEG", first, last, known)))
    return sorted(found)


def newest(
    copies: Sequence[tuple[dt.date, list[dict[str, Any]]]],
) -> list[tuple[dict[str, Any], dt.date]]:
    """Each member once, from the newest copy that lists them, with the day a running spell
    is open from (see ``rows``)."""
    latest = max(day for day, _ in copies)
    found: dict[str, tuple[dt.date, dict[str, Any]]] = {}
    for day, people in copies:
        for person in people:
            key = person["id"]["bioguide"]
            if key not in found or found[key][0] < day:
                found[key] = (day, person)
    return [(person, day if day == latest else dt.date.max) for day, person in found.values()]


def _read(arg: str) -> tuple[str, dt.date, list[dict[str, Any]]]:
    """A copy's provenance line, day and members."""
    import yaml  # only here: the functions above are tested without PyYAML

    label, _, path = arg.rpartition("=")
    git_dir = Path(path)
    people: list[dict[str, Any]] = []
    read = []
    for filename in _FILES:
        shown = _show(git_dir, filename)
        if shown is not None:
            people += yaml.load(shown, Loader=yaml.CSafeLoader)
            read.append(filename)
    git = ["git", "--git-dir", str(git_dir), "show", "-s", "--format=%H %cs", "HEAD"]
    commit, day = subprocess.run(git, capture_output=True, text=True, check=True).stdout.split()
    line = f"#   {label or 'unitedstates/congress-legislators'} {commit} ({day}): {', '.join(read)}"
    return line, dt.date.fromisoformat(day), people


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    copies = [_read(arg) for arg in argv[1:]]
    if not all(people for _, _, people in copies):
        print("a copy has neither " + " nor ".join(_FILES), file=sys.stderr)
        return 1
    people = newest([(day, people) for _, day, people in copies])
    header = [
        "# Derived by tools/derive_us_legislators.py from unitedstates/congress-legislators,",
        "# dedicated to the public domain (CC0 1.0 Universal); copies read (a fork of it at",
        "# an earlier day adds the members who sat then; one only an older copy lists has",
        "# left since, and their last spell ends on the day that copy scheduled):",
        *(line for line, _, _ in sorted(copies, key=lambda c: c[1])),
        "# Facts only, in parley's own form; regenerate, do not edit by hand.",
        "# Members of Congress serving from 1973-01-03 on: full names only (never a surname",
        "# alone), one row per spell of continuous service; last column 2 = named without a",
        "# title (a senator or a party leader), 1 = counts with a title or role beside it.",
        "# name (lower case)\tcountry\tsector\tfirst day\tlast day (empty: open)\twell known",
    ]
    lines = rows(people)
    OUT.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} rows from {len(people)} members")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
