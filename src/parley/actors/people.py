"""One person across articles: a key per person, and when a surname alone joins a full name.

Each article's actors stage names a person as the article does ("Recep Tayyip Erdoğan"
in one, "Erdogan" in another). The store keeps a *person key* per person entity: the
canonical name folded (case, accents and a possessive aside, ``names.fold``), so that
lookups and groupings are one indexed equality. A person the article names by surname
alone gets the key of a full name when the link is unambiguous (``linked_person``):

- the surname and exactly one stored full name ending with it resolve to the same office
  holder (``office_holders``: "Erdogan" and "Recep Tayyip Erdogan" are Turkey's president);
- else the store holds exactly one full name ending with the surname, and it shares a
  country or a role with the surname's entity.

Otherwise the surname stays its own key: two people are better than one wrong one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from parley.actors.names import fold
from parley.actors.office_holders import Holding, office_holder


def person_key(name: str) -> str:
    """The key a person's canonical name is stored and looked up under."""
    return fold(name)


def surname_of(key: str) -> str:
    """The last word of a person key, indexed to find full names from a surname."""
    words = key.split()
    return words[-1] if words else ""


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A full-name person key already stored, with the countries and roles stored for it."""

    key: str
    countries: frozenset[str]
    roles: frozenset[str]


def _same_office(one: Holding | None, other: Holding | None) -> bool:
    # The table lists one person under several spellings ("recep erdogan", "recep tayyip
    # erdogan"), each with the same role: the role identifies the person.
    return (
        one is not None
        and other is not None
        and (one.country, one.sector, one.first, one.last)
        == (other.country, other.sector, other.first, other.last)
    )


def linked_person(
    surname: str,
    country: str | None,
    roles: Iterable[str],
    candidates: Sequence[KnownPerson],
    published: dt.date | None = None,
) -> str | None:
    """The key of the full name a surname-only person is, or None when not unambiguous."""
    candidates = [c for c in candidates if surname_of(c.key) == surname and c.key != surname]
    if not candidates:
        return None
    holder = office_holder(surname, published)
    if holder is not None:
        same = [c for c in candidates if _same_office(office_holder(c.key, published), holder)]
        if len(same) == 1:
            return same[0].key
    if len(candidates) != 1:
        return None
    (only,) = candidates
    if (country is not None and country in only.countries) or set(roles) & only.roles:
        return only.key
    return None
