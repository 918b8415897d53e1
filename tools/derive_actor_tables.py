"""Derive parley's office-holder and armed-group tables from the Phoenix actor dictionaries.

Usage (from the repository root)::

    python tools/derive_actor_tables.py ../shared/data/events/phoenix_dictionaries

writes ``src/parley/data/office_holders.tsv``, ``armed_groups.tsv``,
``international_bodies.tsv`` and ``national_bodies.tsv``.

Source: the Phoenix / PETRARCH2 actor dictionaries of the Open Event Data Alliance (MIT
licence, copyright 2014 Open Event Data Alliance; CountryInfo.140130 by the Computational
Event Data System project; MilNonState after START's TOPS). Only facts are taken, in our
own compact form:

- office holders: a person's name (the head entry and its name-like synonyms, without the
  titles that some synonyms carry), the country (ISO alpha-3) and sector of each dated role,
  and its first and last day. People of international bodies (``IGOUNO`` …) get no country
  and the sector IGO. Entries that are not people (country names, cities, institutions)
  are left out: parley's own country tables cover those.
- armed groups: the group's names, with a country when the dictionary gives an ISO one
  (``LKAREB``) or no country and the sector IMG for an international militant group
  (``IMG…``); groups coded by region only (``MEAREB``, ``AFRREB``) are left out.
- national bodies: the institutions, seats and forces the dictionary names with one
  country and sector and no dates ("Knesset" ``ISRGOVLEG``, "Mossad" ``ISRSPY``, "Kremlin"
  ``RUSGOV``), without names made only of words every state's bodies share ("Senate",
  "National Security Council", "Secretary of State").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "parley" / "data"
_DICTIONARIES = "shared/data/events/phoenix_dictionaries"

_ENTRY = re.compile(r"^([^\s#+\[][^#\[]*?)\s*(?:\[([^\]]*)\])?\s*(?:#.*)?$")
_SYNONYM = re.compile(r"^\+([^#\[]+?)\s*(?:\[[^\]]*\])?\s*(?:#.*)?$")
_CODE = re.compile(r"^\s*\[([^\]]*)\]")
# Words that open a synonym when it is a title plus a name ("PRESIDENT_CLINTON").
_TITLES = {
    "president", "prime", "minister", "mr", "mrs", "ms", "dr", "gen", "general", "king",
    "queen", "prince", "sheikh", "us", "u.s.", "american", "former", "vice", "secretary",
    "chancellor", "premier", "foreign", "defense", "defence", "the", "gov.", "governor",
    "senator", "sen.", "rep.", "ambassador", "leader", "chairman", "col.", "colonel",
    "lt.", "maj.", "adm.", "admiral", "marshal", "field", "emir", "sultan", "pope",
    "cardinal", "archbishop", "bishop", "rev.", "judge", "justice", "mayor", "speaker",
    "deputy", "acting", "interim", "new", "late", "ex", "ex-president", "administration",
}  # fmt: skip
_IGO_SECTOR = {"IGO", "NGO", "IMG", "ISM"}
_ROLE_SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "ELI", "PTY", "BUS", "MED", "CVL",
    "LAB", "EDU", "REL", "REF", "SPY", "UAF", "IGO", "NGO", "HLH", "AGR", "ENV", "CRM",
}  # fmt: skip


# Old codes of the dictionaries → the ISO code of the state that continues them.
_SUCCESSORS = {"YUG": "SRB", "FRY": "SRB", "SCG": "SRB", "SRP": "SRB", "SUN": "RUS", "USR": "RUS",
               "TMP": "TLS", "DDR": "DEU", "KSV": "XKX"}  # fmt: skip


def _iso3() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries}


def _day(text: str) -> str:
    """A TABARI date (YYMMDD or YYYYMMDD) as YYYY-MM-DD; two-digit years before 30 are 20xx."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return ""
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def _dates(rest: str) -> tuple[str, str] | None:
    rest = rest.strip()
    if not rest:
        return ("", "")
    if rest.startswith(">"):
        return (_day(rest[1:]), "")
    if rest.startswith("<"):
        return ("", _day(rest[1:]))
    if "-" in rest:
        first, last = rest.split("-", 1)
        return (_day(first), _day(last))
    return None


def _name(raw: str) -> str:
    words = raw.strip().strip("_").replace("_", " ").split()
    return " ".join(w for w in words)


def _person_name(raw: str) -> str | None:
    """A name without leading titles; None when nothing name-like is left."""
    words = _name(raw).lower().split()
    while words and words[0] in _TITLES:
        words = words[1:]
    if any(w in _TITLES for w in words[1:]) or not words:
        return None
    if any(not re.fullmatch(r"[a-z][a-z.'\-]*", w) for w in words):
        return None
    return " ".join(words)


def _blocks(path: Path) -> list[tuple[str, list[str], list[str], str]]:
    """(head, synonyms, codes, head comment) for each entry of a TABARI actor file."""
    blocks: list[tuple[str, list[str], list[str], str]] = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("+"):
            match = _SYNONYM.match(line)
            if match and blocks:
                blocks[-1][1].append(match.group(1))
            continue
        if line[0].isspace():
            match = _CODE.match(line)
            if match and blocks:
                blocks[-1][2].append(match.group(1))
            continue
        match = _ENTRY.match(line)
        if match and not match.group(2) and blocks and not blocks[-1][2]:
            blocks[-1][1].append(match.group(1))  # head lines before one code: one entry
            continue
        if match:
            comment = line.split("#", 1)[1] if "#" in line else ""
            codes = [match.group(2)] if match.group(2) else []
            blocks.append((match.group(1), [], codes, comment))
    return blocks


Row = tuple[str, str, str, str, str, str]


def office_holders(folder: Path) -> list[Row]:
    iso = _iso3()
    rows: set[Row] = set()
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for head, synonyms, codes, comment in _blocks(folder / file):
            roles = []
            for code in codes:
                parts = code.split(None, 1)
                actor = parts[0]
                dates = _dates(parts[1] if len(parts) > 1 else "")
                if dates is None:
                    continue
                country, sector = _SUCCESSORS.get(actor[:3], actor[:3]), actor[3:6]
                if country in _IGO_SECTOR:
                    country, sector = "", country
                elif country not in iso or sector not in _ROLE_SECTORS:
                    continue
                roles.append((country, sector, *dates))
            # A person: dated roles, or an entry CountryInfo lists as an office holder.
            dated = any(first or last for _, _, first, last in roles)
            if not roles or not (dated or "CountryInfo" in comment):
                continue
            names = {_person_name(head)} | {_person_name(s) for s in synonyms}
            # How many ways the dictionary writes the person: a sign of how often news does.
            variants = str(1 + len(synonyms))
            for name in names - {None}:
                assert name is not None
                if len(name.split()) < 2:
                    continue  # a surname alone is matched at run time, only when unambiguous
                for role in roles:
                    rows.add((name, *role, variants))
    return _merged(rows)


def _merged(rows: set[Row]) -> list[Row]:
    """One row per (name, country, sector): its earliest first and latest last day (an open
    end stays open); undated roles only where no dated one says more."""
    spans: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    counts: dict[str, int] = {}
    for name, country, sector, first, last, variants in rows:
        spans.setdefault((name, country, sector), []).append((first, last))
        counts[name] = max(counts.get(name, 0), int(variants))
    merged = []
    for (name, country, sector), dates in spans.items():
        dated = [d for d in dates if d[0] or d[1]] or dates
        firsts = [f for f, _ in dated]
        first = "" if "" in firsts else min(firsts)
        lasts = [la for _, la in dated]
        last = "" if "" in lasts else max(lasts)
        merged.append((name, country, sector, first, last, str(counts[name])))
    return sorted(merged)


# Words too general to name a group by themselves: a name made only of these ("Islamic Jihad",
# "Direct Action", "National Front", "Black Friday") is used by several groups or is an ordinary
# phrase, so it is left out. Single ordinary English words the dictionary lists as names
# ("Youth", "Tigers") are left out too.
_GENERIC_WORDS = """
    the of la el le al and for de del army armed brigade brigades battalion battalions
    front national new order black red white green islamic jihad party movement liberation
    revolutionary revolution people people's popular resistance group groups faction cell
    cells nucleus nuclei committee society solidarity struggle free land direct action
    immediate international patriotic patriots nationalist anarchist anarchists youth youths
    youths force forces organization organisation union league council command commando
    commandos unit units militia militias fighters holy war warriors guard guards defense
    defence justice freedom independent democratic socialist communist workers armed-forces
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday zero tigers falcon falcons hawks
    mavericks boogeymen yahweh camo network base company sons soldiers martyrs martyr
    anti-state anti-power anti-imperialist new-order secret revenge avengers squad squads
    """
_GENERIC = set(_GENERIC_WORDS.split())


def armed_groups(folder: Path) -> list[tuple[str, str, str]]:
    iso = _iso3()
    rows: set[tuple[str, str, str]] = set()
    for head, synonyms, codes, _ in _blocks(folder / "Phoenix.MilNonState.actors.txt"):
        if not codes:
            continue
        code = codes[0].split()[0]
        if code.startswith("IMG"):
            country, sector = "", "IMG"
        elif code[:3] in iso:
            country, sector = code[:3], "REB"
        else:
            continue
        for raw in (head, *synonyms):
            name = _name(raw).lower()
            name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "... eelam (ltte)"
            # Three letters only as an acronym ("PKK", "ELN"), which parley matches in capitals.
            acronym = len(name) == 3 and raw.strip("_").isupper() and name.isalpha()
            if (len(name) < 4 and not acronym) or not re.fullmatch(r"[a-z.'\-& ]+", name):
                continue
            if all(word in _GENERIC for word in name.split()):
                continue
            rows.add((name, country, sector))
    return sorted(rows)


def international_bodies(folder: Path) -> list[tuple[str, str]]:
    """Names of intergovernmental and international non-governmental bodies (``IGO…``,
    ``NGO…`` codes; an NGO the dictionary gives a country, ``NGOIND``, is national and left
    out, and so are names made only of generic words or naming a country)."""
    iso = _iso3()
    sys.path.insert(0, str(ROOT / "src"))
    from parley.actors.countries import country_table  # noqa: PLC0415

    table = country_table()
    rows: set[tuple[str, str]] = set()
    for head, synonyms, codes, _ in _blocks(folder / "Phoenix.International.actors.txt"):
        if len(codes) != 1 or len(codes[0].split()) > 1:
            continue  # people (dated roles) are in the office-holder table
        code = codes[0]
        sector = code[:3]
        if sector not in ("IGO", "NGO") or (sector == "NGO" and code[3:6] in iso):
            continue
        for raw in (head, *synonyms):
            name = re.sub(r"\s*\([^)]*\)\s*$", "", _name(raw).lower())
            words = name.split()
            if len(name) < 3 or not re.fullmatch(r"[a-z.'\-& ]+", name):
                continue
            if all(word in _GENERIC for word in words) or (len(words) == 1 and len(name) < 4):
                continue
            if any(table.country(word) for word in words):
                continue
            rows.add((name, sector))
    return sorted(rows)


# Words the names of many states' bodies share: a name made only of these (with "us" and the
# like) says no one state ("Senate", "Supreme Court Justices", "National Security Council").
_SHARED_TEXT = """
    the of and for to in on senate national security council secretary state department
    ministry minister defense defence supreme court justices federal reserve intelligence
    community law enforcement president vice vice-president prime attorney general agency
    government military army navy air force forces office staff committee central house
    representatives assembly parliament congress commander chief trade representative
    ambassador united nations development budget management health human services education
    energy homeland interior labor transportation treasury justice environmental protection
    commission bureau investigation official spokesman spokeswoman spokesperson
    """
_SHARED_WORDS = set(_SHARED_TEXT.split())


def national_bodies(folder: Path) -> list[tuple[str, str, str]]:
    """Institutions, seats and forces of one state: name, country, sector."""
    iso = _iso3() | {"XKX"}
    sys.path.insert(0, str(ROOT / "src"))
    from parley.actors.countries import country_table  # noqa: PLC0415

    table = country_table()
    rows: set[tuple[str, str, str]] = set()
    for head, synonyms, codes, comment in _blocks(folder / "Phoenix.Countries.actors.txt"):
        if "CountryInfo" in comment or len(codes) != 1 or len(codes[0].split()) > 1:
            continue  # people (dated roles) are in the office-holder table
        code = codes[0]
        country, sector = _SUCCESSORS.get(code[:3], code[:3]), code[3:6]
        if country not in iso or sector not in _ROLE_SECTORS:
            continue  # a country, or a territory (``USAGUM``)
        for raw in (head, *synonyms):
            name = re.sub(r"\s*\([^)]*\)\s*$", "", _name(raw).lower())
            words = name.split()
            if len(name) < 3 or not re.fullmatch(r"[a-z.'\-& ]+", name):
                continue
            shared = _SHARED_WORDS | {"us", "u.s.", "american", "united states"}
            if all(word in shared for word in words) or table.country(name):
                continue
            rows.add((name, country, sector))
    return sorted(rows)


_HEADER = """\
# Derived by tools/derive_actor_tables.py from the Phoenix actor dictionaries of the Open
# Event Data Alliance (github.com/openeventdata/petrarch2, data/dictionaries; MIT licence,
# copyright 2014 Open Event Data Alliance; CountryInfo.140130 by the Computational Event Data
# System project{extra}). Facts only, in parley's own form; regenerate, do not edit by hand.
"""


def _write_table(name: str, extra: str, rows: Iterable[Sequence[str]], columns: str) -> None:
    """One derived table: the attribution header, a column line, then tab-separated rows."""
    with (DATA / name).open("w", encoding="utf-8") as out:
        out.write(_HEADER.format(extra=extra))
        out.write(f"# {columns}\n")
        for row in rows:
            out.write("\t".join(row) + "\n")


def main(argv: list[str]) -> int:
    found = (p / _DICTIONARIES for p in ROOT.parents if (p / _DICTIONARIES).is_dir())
    folder = Path(argv[1]) if len(argv) > 1 else next(found, ROOT / _DICTIONARIES)
    holders = office_holders(folder)
    _write_table(
        "office_holders.tsv", "", holders,
        "name (lower case)\tcountry (alpha-3; empty for an international body)\tsector\t"
        "first day\tlast day (empty: open)\tnames the dictionary gives the person",
    )  # fmt: skip
    groups = armed_groups(folder)
    _write_table(
        "armed_groups.tsv", "; MilNonState after START's TOPS", groups,
        "name (lower case)\tcountry (alpha-3; empty for an international group)\tsector",
    )  # fmt: skip
    bodies = international_bodies(folder)
    _write_table("international_bodies.tsv", "", bodies, "name (lower case)\tsector (IGO or NGO)")
    national = national_bodies(folder)
    _write_table(
        "national_bodies.tsv", "", national,
        "name (lower case)\tcountry (alpha-3)\tsector",
    )  # fmt: skip
    print(
        f"{len(holders)} office-holder rows, {len(groups)} armed-group rows, "
        f"{len(bodies)} international bodies, {len(national)} national bodies"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
