"""People who held office → their country and sector, by date.

Wire news names heads of state, ministers and rebel leaders without their country
("President Bouteflika said ..."). ``data/office_holders.tsv`` (derived by
``tools/derive_actor_tables.py`` from the Phoenix dictionaries, see its header) lists
their names with each role's country, sector and first and last day. A name is looked
up whole ("bill clinton"); a surname alone ("Clinton") or a first name and surname not
in the table ("George Bush") only when every holder it could be is of one country (or
one international body). With a publication date, the roles held on that day come
first; without one, any role counts. When the candidates disagree on the country, the
name stays unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley.actors.names import fold

# Countries whose names put the family name first ("Hu Jintao" is President Hu).
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "MNG"}
# Roles that say less about a person's standing today than an office does.
_WEAK_SECTORS = {"ELI"}
# Names a prominent holder has in the dictionary at least ("President Clinton", "Mr Clinton").
_PROMINENT = 3


@dataclass(frozen=True, slots=True)
class Holding:
    """One role of one person: country (None for an international body), sector, days."""

    name: str
    country: str | None
    sector: str
    first: dt.date | None
    last: dt.date | None
    variants: int = 1
    """How many ways the source dictionary writes the person: a sign of how often news does."""

    def held_on(self, day: dt.date) -> bool:
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)


@dataclass(frozen=True, slots=True)
class _Table:
    by_name: dict[str, tuple[Holding, ...]]
    by_surname: dict[str, tuple[Holding, ...]]


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _table() -> _Table:
    text = resources.files("parley.data").joinpath("office_holders.tsv").read_text("utf-8")
    by_name: dict[str, list[Holding]] = {}
    by_surname: dict[str, list[Holding]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, sector, first, last, variants = line.split("\t")
        name = _key(name)
        holding = Holding(name, country or None, sector, _day(first), _day(last), int(variants))
        by_name.setdefault(name, []).append(holding)
        words = name.split()
        by_surname.setdefault(words[-1], []).append(holding)
        if country in FAMILY_NAME_FIRST and words[0] != words[-1]:
            by_surname.setdefault(words[0], []).append(holding)  # "Kim Jong-il" is a Kim
    for line in _LATER_HOLDERS.strip().splitlines():
        name, country, sector, first, last = (f.strip() for f in line.split("|"))
        name = _key(name)
        if name in by_name:
            continue  # the dictionary's own entry stands
        holding = Holding(name, country or None, sector, _day(first), _day(last), 2)
        by_name[name] = [holding]
        words = name.split()
        by_surname.setdefault(words[-1], []).append(holding)
        if country in FAMILY_NAME_FIRST and words[0] != words[-1]:
            by_surname.setdefault(words[0], []).append(holding)
    return _Table(
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_surname={k: tuple(v) for k, v in by_surname.items()},
    )


# Leaders who took office after the dictionaries the table comes from (which end about
# 2015): name | country | sector | first day | last day. Two "variants" each, so that news
# may name them without a title, but a surname shared with an older holder stays as the
# table resolves it.
_LATER_HOLDERS = """
donald trump | USA | GOV | 2017-01-20 | 2021-01-20
joe biden | USA | GOV | 2021-01-20 |
kamala harris | USA | GOV | 2021-01-20 |
mike pompeo | USA | GOV | 2018-04-26 | 2021-01-20
antony blinken | USA | GOV | 2021-01-26 |
emmanuel macron | FRA | GOV | 2017-05-14 |
kim jong un | PRK | GOV | 2011-12-17 |
narendra modi | IND | GOV | 2014-05-26 |
imran khan | PAK | GOV | 2018-08-18 | 2022-04-10
justin trudeau | CAN | GOV | 2015-11-04 |
boris johnson | GBR | GOV | 2019-07-24 | 2022-09-06
jair bolsonaro | BRA | GOV | 2019-01-01 | 2022-12-31
mohammed bin salman | SAU | GOV | 2017-06-21 |
abiy ahmed | ETH | GOV | 2018-04-02 |
salva kiir | SSD | GOV | 2011-07-09 |
volodymyr zelensky | UKR | GOV | 2019-05-20 |
olaf scholz | DEU | GOV | 2021-12-08 |
scott morrison | AUS | GOV | 2018-08-24 | 2022-05-23
moon jae-in | KOR | GOV | 2017-05-10 | 2022-05-09
ebrahim raisi | IRN | GOV | 2021-08-03 | 2024-05-19
cyril ramaphosa | ZAF | GOV | 2018-02-15 |
andres manuel lopez obrador | MEX | GOV | 2018-12-01 | 2024-09-30
ivan duque | COL | GOV | 2018-08-07 | 2022-08-07
yoshihide suga | JPN | GOV | 2020-09-16 | 2021-10-04
fumio kishida | JPN | GOV | 2021-10-04 | 2024-10-01
naftali bennett | ISR | GOV | 2021-06-13 | 2022-06-30
jens stoltenberg | | IGO | 2014-10-01 | 2024-10-01
"""


def _key(name: str) -> str:
    # Accents aside: the table is in ASCII ("recep tayyip erdogan"), news often is not.
    return fold(name.replace("-", " "))


def _notable(candidates: list[Holding]) -> set[str]:
    """Names of people news names without a title: leaders, whom the dictionary gives an
    elite role or several names."""
    return {h.name for h in candidates if h.sector in _WEAK_SECTORS or h.variants > 1}


def holdings(name: str) -> tuple[Holding, ...]:
    """The roles a person's name may stand for (all candidates, before any choice)."""
    table = _table()
    key = _key(name)
    if key in table.by_name:
        return table.by_name[key]
    words = key.split()
    if not words:
        return ()
    by_surname = table.by_surname.get(words[-1], ())
    if len(words) == 1:
        return by_surname
    # "George Bush": a first name and surname not listed together, matching a listed holder's;
    # else a surname of several words ("de Klerk", "Ben Ali").
    found = tuple(h for h in by_surname if h.name.split()[0] == words[0])
    return found or tuple(h for h in by_surname if h.name.endswith(" " + key))


def office_holder(
    name: str, on: dt.date | None = None, *, well_known: bool = False
) -> Holding | None:
    """The role ``name`` most likely stands for, or None when unknown or ambiguous.

    With a date, roles held that day are preferred; offices before elite standing
    (``ELI``); the country must then be one. ``well_known``: only people the table marks
    as notable (for a name the text gives no title with).
    """
    candidates = list(holdings(name))
    if well_known:
        candidates = [h for h in candidates if h.name in _notable(candidates)]
    if not candidates:
        return None
    if on is not None:
        current = [h for h in candidates if h.held_on(on)]
        candidates = current or candidates
    if _key(name) not in _table().by_name:
        # A surname (or a first name and surname not listed together): only people news
        # names that way — leaders, whom the dictionary gives an elite role or several names,
        # not a namesake deputy minister — and among them one who clearly stands out.
        notable = _notable(candidates)
        candidates = [h for h in candidates if h.name in notable]
        countries = {h.country for h in candidates}
        if len(countries) > 1:
            weight = {c: max(h.variants for h in candidates if h.country == c) for c in countries}
            ranked = sorted(weight.values(), reverse=True)
            if ranked[0] < _PROMINENT or ranked[0] < 2 * ranked[1]:
                return None
            top = max(weight, key=lambda c: weight[c])
            candidates = [h for h in candidates if h.country == top]
        if not candidates:
            return None
    offices = [h for h in candidates if h.sector not in _WEAK_SECTORS]
    candidates = offices or candidates
    if len({h.country for h in candidates}) != 1:
        return None
    # The most recent role: the latest start (undated roles last).
    return max(candidates, key=lambda h: (h.first is not None, h.first or dt.date.min))
