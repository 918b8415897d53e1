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

from parley.actors.names import fold, word_set

# Countries whose names put the family name first ("Hu Jintao" is President Hu).
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "MNG"}
# ... of them, those whose given names are mostly two syllables written apart or hyphenated.
_TWO_SYLLABLE_GIVEN = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR"}
# Roles that say less about a person's standing today than an office does.
_WEAK_SECTORS = {"ELI"}
# Names a prominent holder has in the dictionary at least ("President Clinton", "Mr Clinton").
_PROMINENT = 3
# The derived table lists some armed groups among its people ("islamic state", "mujahideen
# shura council", "organization of monotheism and jihad"). A name ending in a word for a body
# is such a group's: found by its whole name only, never by its last word ("Secretary of
# State" is no Islamic State, "the Council" no shura council).
_BODY_ENDINGS = word_set(
    """
    state council network organization organisation movement army brigade brigades forces
    front party jihad struggle spring rights group committee
    """
)


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
    by_name: dict[str, list[Holding]] = {}
    by_surname: dict[str, list[Holding]] = {}
    derived = _holdings("office_holders.tsv")
    # Leaders who took office after the dictionaries end (about 2015), kept by hand; the
    # dictionary's own entry for a name stands.
    listed = {h.name for h in derived}
    later = [h for h in _holdings("office_holders_later.tsv") if h.name not in listed]
    # Well-known figures the derived table lacks or does not mark as well known, kept by hand;
    # added to the derived rows, so that a person the two place apart stays ambiguous.
    kept = _holdings("office_holders_kept.tsv")
    for holding in [*derived, *later, *kept]:
        by_name.setdefault(holding.name, []).append(holding)
        words = holding.name.split()
        if words[-1] in _BODY_ENDINGS:
            continue
        if not (holding.country in _TWO_SYLLABLE_GIVEN and len(words) > 2):
            # A Chinese or Korean name of three words ends in a syllable of a two-part given
            # name ("li gun mo", "moon jae in"), no surname: a "Lawmaker Mo" or a sentence's
            # "In" is none of these people. (Vietnamese news names a person by that last
            # word: "Prime Minister Phuc" is Nguyen Xuan Phuc.)
            by_surname.setdefault(words[-1], []).append(holding)
        if holding.country in FAMILY_NAME_FIRST and words[0] != words[-1]:
            by_surname.setdefault(words[0], []).append(holding)  # "Kim Jong-il" is a Kim
    # US members of Congress (derived by tools/derive_us_legislators.py), found by their whole
    # name only: never by a surname alone ("Warren", "King", "Lee" are many people besides
    # members of Congress), nor by a first name and surname not listed together. The tables
    # above win: a name they give a role outside the US keeps only that role, since one name
    # in two countries is two people and the name would turn ambiguous where it resolves
    # today; a name they place in the US gains the member's terms, so that the article's day
    # tells the senator from the minister the same person became.
    abroad = {h.name for held in by_name.values() for h in held if h.country != "USA"}
    for holding in _holdings("us_legislators.tsv"):
        if holding.name not in abroad:
            by_name.setdefault(holding.name, []).append(holding)
    return _Table(
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_surname={k: tuple(v) for k, v in by_surname.items()},
    )


def _holdings(filename: str) -> list[Holding]:
    text = resources.files("parley.data").joinpath(filename).read_text("utf-8")
    found = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, sector, first, last, variants = line.split("\t")
        found.append(
            Holding(_key(name), country or None, sector, _day(first), _day(last), int(variants))
        )
    return found


def _key(name: str) -> str:
    # Accents aside: the table is in ASCII ("recep tayyip erdogan"), news often is not.
    return fold(name.replace("-", " "))


def _notable(candidates: list[Holding]) -> set[str]:
    """Names of people news names without a title: leaders, whom the dictionary gives an
    elite role or several names."""
    return {h.name for h in candidates if h.sector in _WEAK_SECTORS or h.variants > 1}


def listed(name: str) -> bool:
    """The table lists this full name (not only a surname that matches one)."""
    return _key(name) in _table().by_name


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
