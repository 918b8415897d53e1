"""Derive parley's table of US members of Congress from the congress-legislators data set.

Usage (from the repository root; needs PyYAML)::

    python tools/derive_us_legislators.py PATH/TO/congress-legislators/.git

reads ``legislators-current.yaml`` and ``legislators-historical.yaml`` from the git
directory's ``HEAD`` (``git show``; a file the copy lacks is skipped and named in the
header) and writes ``src/parley/data/us_legislators.tsv``.

Source: ``unitedstates/congress-legislators``, the members of the US Congress with their
terms, dedicated to the public domain (CC0 1.0 Universal). Only facts are taken, in
parley's own form, the columns of ``office_holders.tsv``:

- names: each form news gives a member's full name in: the official full name and the
  first name (and the nickname, "Bernie") with the surname, without middle initials
  ("Benjamin L. Cardin" is "Benjamin Cardin") or a quoted nickname; a spelled-out middle
  name stays in the official form only ("Shelley Moore Capito"). A surname alone is never a
  row here: ``actors.office_holders`` finds these people by a whole name only.
- role: country USA, sector LEG (GUIDE.md and PLOVER: parliaments and legislators), one row
  per spell of continuous service, House and Senate alike (a term starting within a month of
  the last one's end continues the spell); a spell still running on the day of the copy is
  left open.
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
from collections.abc import Iterable, Iterator
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


def _show(git_dir: Path, name: str) -> tuple[str, str] | None:
    """The file's text at HEAD and the commit, or None when the copy lacks the file."""
    run = ["git", "--git-dir", str(git_dir)]
    shown = subprocess.run([*run, "show", f"HEAD:{name}"], capture_output=True, text=True)
    if shown.returncode != 0:
        return None
    commit = subprocess.run([*run, "rev-parse", "HEAD"], capture_output=True, text=True)
    return shown.stdout, commit.stdout.strip()


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


def rows(people: Iterable[dict[str, Any]], today: dt.date) -> list[str]:
    found = set()
    for person in people:
        if not any(dt.date.fromisoformat(str(t["end"])) >= _SINCE for t in person["terms"]):
            continue
        known = "2" if _well_known(person) else "1"
        for first, last in spells(person["terms"], today):
            if last and dt.date.fromisoformat(last) < _SINCE:
                continue
            for name in names(person):
                found.add("\t".join((name, "USA", "LEG", first, last, known)))
    return sorted(found)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    import yaml  # only here: the functions above are tested without PyYAML

    git_dir = Path(argv[1])
    people: list[dict[str, Any]] = []
    read, lacking, commits = [], [], set()
    for filename in _FILES:
        shown = _show(git_dir, filename)
        if shown is None:
            lacking.append(filename)
            continue
        text, commit = shown
        people += yaml.load(text, Loader=yaml.CSafeLoader)
        read.append(filename)
        commits.add(commit)
    if not people:
        print(f"{git_dir}: neither {' nor '.join(_FILES)} found", file=sys.stderr)
        return 1
    (commit,) = commits
    day = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", "-s", "--format=%cs", "HEAD"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    header = [
        "# Derived by tools/derive_us_legislators.py from unitedstates/congress-legislators",
        f"# (commit {commit}, {day}; {', '.join(read)}),",
        "# dedicated to the public domain (CC0 1.0 Universal). Facts only, in parley's own",
        "# form; regenerate, do not edit by hand.",
    ]
    if lacking:
        header.append(
            f"# Not in the copy read: {', '.join(lacking)}\n# (members who left before {day}"
            " are missing; rerun on a full copy)."
        )
    header += [
        "# Members of Congress serving from 1973-01-03 on: full names only (never a surname",
        "# alone), one row per spell of continuous service; last column 2 = named without a",
        "# title (a senator or a party leader), 1 = counts with a title or role beside it.",
        "# name (lower case)\tcountry\tsector\tfirst day\tlast day (empty: open)\twell known",
    ]
    lines = rows(people, dt.date.fromisoformat(day))
    OUT.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} rows from {len(people)} members")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
