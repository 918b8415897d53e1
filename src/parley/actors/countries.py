"""Country names, demonyms and capitals → ISO 3166 alpha-3 codes.

pycountry supplies the ISO names ("Russian Federation", "Iran, Islamic Republic
of"); our table (``data/countries.tsv``) adds what news actually writes: short
names ("Russia", "Britain", "U.S."), demonyms ("Russian"), capitals and seats of
government ("Moscow", "Kyiv", "Downing Street").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True, slots=True)
class CountryTable:
    names: dict[str, str]
    """Lower-cased country name → alpha-3."""
    demonyms: dict[str, str]
    capitals: dict[str, str]

    def country(self, text: str) -> str | None:
        """The alpha-3 code ``text`` names as a country, demonym or capital."""
        key = _key(text)
        return self.names.get(key) or self.demonyms.get(key) or self.capitals.get(key)

    def is_country_name(self, text: str) -> bool:
        return _key(text) in self.names

    def name_of(self, code: str) -> str:
        """The short English name of a country ("Russia", not "Russian Federation")."""
        return _short_names().get(code) or _iso_name(code) or code


def _key(text: str) -> str:
    key = " ".join(text.split()).lower()
    return key[4:] if key.startswith("the ") else key


def _rows() -> list[list[str]]:
    table = resources.files("parley.data").joinpath("countries.tsv").read_text("utf-8")
    return [line.split("\t") for line in table.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    return {row[0]: row[1].split("|")[0] for row in _rows()}


def _iso_name(code: str) -> str | None:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names[_key(value)] = country.alpha_3
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for code, other_names, adjectives, seats in _rows():
        for value in other_names.split("|"):
            names[_key(value)] = code
        for value in adjectives.split("|"):
            demonyms[_key(value)] = code
        for value in seats.split("|"):
            capitals[_key(value)] = code
    return CountryTable(names=names, demonyms=demonyms, capitals=capitals)
