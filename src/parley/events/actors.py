"""Event actors: a noun phrase → who it names, with country (ISO alpha-3) and sector.

The actors stage gives named entities (with a country where the text shows one
and role words such as "Kremlin spokesman"). Event actors are often not named
entities at all: "Hungarian officials", "Israeli troops", "rebels in the Ivory
Coast". So an actor is read from the whole noun phrase: the entity it mentions
(through ``Article.entities`` mentions, so coreference from the actors stage
carries over), any country, demonym or capital in it (the actors stage's
country table), and its head noun or the person's role for the sector. Sector
codes follow the CAMEO/PLOVER agent codes (GOV, MIL, COP, REB, UAF, OPP, LEG,
JUD, CVL, REF, MED, BUS, LAB, PTY, EDU, REL, IGO, NGO).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from parley.actors.countries import (
    CountryTable,
    city_country,
    country_table,
    document_table,
    national_title,
)
from parley.actors.names import same_person
from parley.actors.office_holders import Holding, listed, office_holder
from parley.nlp import after_hyphen, joined_after, text_of
from parley.records import Entity

# Head nouns and role words → sector (our own list, after the CAMEO agent codes).
SECTOR_WORDS = {
    "GOV": "government official officials authority authorities minister ministry president "
    "premier chancellor king queen emir sheikh prince leader leadership administration cabinet "
    "regime rulers administrators commission "
    "spokesman spokeswoman spokesperson diplomat diplomats ambassador envoy embassy governor "
    "mayor delegation negotiator negotiators state kremlin secretary presidency monarch "
    "adviser advisers advisor advisors aide aides "
    "countries nations",
    "MIL": "army troops troop soldier soldiers military force forces navy air-force marines "
    "general commander commanders officers officer warship warships aircraft helicopter "
    "helicopters militia militiamen paratroopers battalion brigade units jet jets peacekeepers "
    "warplane warplanes gunboats",
    "COP": "police policeman policemen gendarmes security",
    "REB": "rebel rebels guerrilla guerrillas insurgent insurgents militant militants separatist "
    "separatists fighters fighter extremists extremist terrorist terrorists bomber kidnappers "
    "hijackers",
    # Armed people the text does not say are of any group (CAMEO's "unidentified armed force").
    "UAF": "gunmen gunman attacker attackers assailant assailants sniper snipers",
    "OPP": "opposition dissident dissidents activist activists",
    "LEG": "parliament lawmakers lawmaker legislature congress senate deputies deputy assembly "
    "legislators legislator senator senators parliamentarians knesset duma bundestag majlis sejm",
    "JUD": "court judge judges prosecutor prosecutors tribunal judiciary",
    "CVL": "civilian civilians people protesters protestors demonstrators students student "
    "workers worker farmers farmers residents villagers citizens crowd crowds prisoners "
    "prisoner detainees inmates youths population protester protestor demonstrator resident "
    "villager citizen detainee inmate youth employee employees staff passengers passenger "
    "pilgrims worshippers victim victims suspect suspects hostage hostages captive captives "
    "man men woman women child children boy boys girl girls family families household "
    "households drivers truckers lecturers nurses doctors strikers marchers rioters communities "
    "homeowners voters tourists fishermen miners sailors settlers immigrants supporters supporter "
    "followers loyalists partisans sympathizers sympathisers",
    "REF": "refugee refugees migrant migrants asylum-seekers asylum-seeker",
    "MED": "journalist journalists newspaper media reporter reporters television radio",
    "BUS": "company companies firm firms business businesses bank corporation airline airlines",
    "LAB": "union unions",
    "PTY": "party",
    "EDU": "university school teachers",
    "REL": "church clergy cleric clerics imam bishop",
}
_SECTOR = {word: code for code, words in SECTOR_WORDS.items() for word in words.split()}

# International organisations: no country, sector IGO or NGO.
INTERNATIONAL = {
    "IGO": (
        "united nations|un|u.n.|security council|general assembly|nato|european union|eu|"
        "european community|ec|european commission|osce|iaea|international atomic energy agency|"
        "world bank|imf|international monetary fund|opec|arab league|league of arab states|"
        "african union|au|oau|organization of african unity|ecowas|asean|apec|"
        "asia-pacific economic cooperation|world health organization|who|unicef|unhcr|"
        "world food program|world food programme|wfp|interpol|wto|world trade organization|"
        "council of europe|unifil|international criminal court|icc|g7|g8|g20|"
        "group of seven|group of eight|group of 20|group of twenty|brics|mercosur|caricom|"
        "non-aligned movement|nonaligned movement|organization of islamic cooperation|oic|"
        "inter-american development bank|african development bank|asian development bank|"
        "international court of justice|icj|european parliament|sadc|igad|unrwa|ocha|"
        "european court of human rights|un human rights council|un refugee agency|"
        "european common market|warsaw pact|commonwealth|gulf cooperation council|gcc|"
        "organization of american states|oas|unesco|fao"
    ),
    "NGO": (
        "red cross|red crescent|icrc|amnesty international|human rights watch|"
        "doctors without borders|medecins sans frontieres|msf|oxfam|greenpeace|"
        "reporters without borders|transparency international|save the children|care"
    ),
}
# Words in the names of bodies of many countries: a region or the world …
_SUPRANATIONAL = {
    "african", "arab", "asian", "european", "international", "world", "regional", "pan-african",
    "inter-american", "nordic", "caribbean", "pacific", "commonwealth", "latin", "americas",
}  # fmt: skip
# … and an organisation.
_BODIES = {
    "organization", "organisation", "association", "forum", "committee", "commission",
    "council", "union", "conference", "community", "bank", "fund", "court", "agency",
    "federation", "league", "alliance", "parliament", "tribunal", "secretariat",
}  # fmt: skip
# Sectors of actors that belong to no country: international bodies and militant groups.
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO", "IMG", "ISM"})
# Sectors of a state's own bodies and its parties: naming one names its state.
_SIGN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY"})
_INTERNATIONAL = {name: code for code, names in INTERNATIONAL.items() for name in names.split("|")}


@lru_cache(maxsize=1)
def extra_places() -> dict[str, str]:
    """Lower-cased place, people or former-state name → alpha-3 (``events/places.tsv``, then
    the hand-kept regions and peoples of ``data/regions.tsv``)."""
    text = resources.files("parley.events").joinpath("places.tsv").read_text("utf-8")
    text += "\n" + resources.files("parley.data").joinpath("regions.tsv").read_text("utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, names = line.partition("\t")
        for name in names.split("|"):
            found[name.strip().lower()] = code.strip()
    return found


@lru_cache(maxsize=1)
def armed_groups() -> dict[str, tuple[str | None, str]]:
    """Lower-cased armed group name → (country or None, sector) (``data/armed_groups.tsv``).

    A name the table gives two countries is left out: it does not say whose it is.
    """
    text = resources.files("parley.data").joinpath("armed_groups.tsv").read_text("utf-8")
    found: dict[str, tuple[str | None, str]] = {}
    clashing: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, country, sector = line.split("\t")
        value = (country or None, sector)
        if name in found and found[name] != value:
            clashing.add(name)
        found[name] = value
    found = {k: v for k, v in found.items() if k not in clashing}
    kept = resources.files("parley.data").joinpath("armed_groups_kept.tsv").read_text("utf-8")
    for line in kept.splitlines():
        if line and not line.startswith("#"):
            name, country, sector = line.split("\t")
            found[name] = (country or None, sector)
    return {**_LATER_GROUPS, **found}


# Groups named after the dictionaries the table comes from (which end about 2015).
_LATER_GROUPS: dict[str, tuple[str | None, str]] = {
    **dict.fromkeys(
        ["islamic state", "islamic state group", "isis", "isil", "daesh", "islamic state of "
         "iraq and the levant", "islamic state of iraq and syria"], (None, "IMG")
    ),
    **dict.fromkeys(
        ["hayat tahrir al-sham", "hts", "nusra front", "al-nusra front", "jabhat al-nusra"],
        ("SYR", "REB"),
    ),
    **dict.fromkeys(["houthi", "houthis", "houthi rebels", "ansar allah"], ("YEM", "REB")),
    **dict.fromkeys(["tigray people's liberation front", "tplf"], ("ETH", "REB")),
}  # fmt: skip


@lru_cache(maxsize=1)
def international_bodies() -> dict[str, str]:
    """Lower-cased name → IGO or NGO (``data/international_bodies.tsv``, derived, then the
    hand-kept ``international_bodies_kept.tsv``)."""
    found: dict[str, str] = {}
    for filename in ("international_bodies.tsv", "international_bodies_kept.tsv"):
        text = resources.files("parley.data").joinpath(filename).read_text("utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, sector = line.split("\t")
                found[name] = sector
    return found


@lru_cache(maxsize=1)
def national_bodies() -> dict[str, tuple[str, str]]:
    """Lower-cased name of an institution, seat, force or party of one state → (country,
    sector) (``data/national_bodies.tsv``, derived, then the hand-kept
    ``national_bodies_kept.tsv`` and ``parties.tsv``)."""
    found: dict[str, tuple[str, str]] = {}
    for filename in ("national_bodies.tsv", "national_bodies_kept.tsv", "parties.tsv"):
        text = resources.files("parley.data").joinpath(filename).read_text("utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, country, sector = line.split("\t")
                found[name] = (country, sector)
    return {**dict.fromkeys(_us_circuit_courts(), ("USA", "JUD")), **found}


# The United States courts of appeals: eleven numbered circuits, the D.C. Circuit and the
# Federal Circuit (28 U.S.C. § 41; uscourts.gov). No other state names its courts so.
_CIRCUITS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
    "11th", "d.c.", "federal",
)  # fmt: skip


def _us_circuit_courts() -> list[str]:
    """The names news gives a US court of appeals: "the Ninth Circuit", "the 9th U.S. Circuit
    Court of Appeals", "the Court of Appeals for the Ninth Circuit"."""
    names = []
    for circuit in _CIRCUITS:
        for us in ("", "u.s. ", "us "):
            names += [f"{circuit} {us}circuit", f"{circuit} {us}circuit court of appeals"]
        names.append(f"court of appeals for the {circuit} circuit")
    return names


@lru_cache(maxsize=1)
def load_tables() -> None:
    """Load the tables the reader uses (once per process), so that the first article with a
    city or an office holder in it does not pay for them alone."""
    armed_groups()
    international_bodies()
    national_bodies()
    office_holder("")
    city_country("")


def _chunks(tokens: list[Any]) -> Iterator[tuple[Any, Any]]:
    """(first, last) token of each run of up to eight words, longest first."""
    for size in range(min(len(tokens), 8), 0, -1):
        for i in range(len(tokens) - size + 1):
            yield tokens[i], tokens[i + size - 1]


_NAME_MISTAKES = ("", "PERSON", "NORP")
_NAME_LINKS = {"of", "the", "for", "and", "de", "la", "du", "des", "on", "in", "&"}
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_REGION_LABELS = ("GPE", "LOC", "FAC", "ORG")
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "who", "which"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    text: str
    name: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    """The entity type (``PERSON``, ``ORG``, ``GPE``) when the actor is a named entity."""
    proper: bool = False
    """Headed by a capitalised proper noun, whether or not the recogniser tagged it."""
    start: int = 0
    end: int = 0
    held: bool = False
    """The country comes from the office-holder table, not from the text."""
    several: bool = False
    """It names several countries ("European nations"): of no one country."""
    assumed: bool = False
    """The country is the one its sentence or article names, not one the text gives it."""
    relation: str | None = None
    """People named by whom they stand against or with ("Clinton critics": ``critic``)."""

    @property
    def known(self) -> bool:
        """It names someone: an entity, a country or an international body."""
        return bool(self.entity_id or self.country or self.sector in INTERNATIONAL_SECTORS)

    @property
    def usable(self) -> bool:
        """Good enough to be an event's party: known, a group with a sector, or a proper name
        the entity recogniser missed ("Arnor")."""
        return self.known or bool(self.sector) or self.proper


# Words that make a plural group one of many countries ("African leaders", "world leaders",
# "Western diplomats", "foreign ministers").
_MANY_COUNTRIES = {"african", "european", "asian", "arab", "latin", "western", "world",
                   "foreign", "international", "global", "regional", "nordic", "balkan",
                   "gulf"}  # fmt: skip


# Those who act for states: a plural of these with such a word is of several countries.
_STATE_GROUPS = {"leader", "diplomat", "minister", "government", "state", "official", "envoy",
                 "delegate", "delegation", "power", "ally", "partner", "force", "troop",
                 "representative", "negotiator", "head", "capital"}  # fmt: skip


def _of_several(head: Any) -> bool:
    """The phrase names people or states of several countries: "European nations",
    "African leaders", "leaders around the world" (not "Nigerian officials")."""
    if head.lower_ in ("countries", "nations") and head.text.islower():
        return True
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in _STATE_GROUPS:
        return False  # ("Asian residents" of Bradford are people of one country)
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in _MANY_COUNTRIES:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("around", "across", "from")
            and any(c.lower_ in ("world", "globe", "region", "continent") for c in child.children)
        ):
            return True
    return False


# Entity labels of words that name a country or its people as such ("Cuba", "Chinese").
_COUNTRY_LABELS = ("GPE", "LOC", "NORP")


class ActorReader:
    """Reads actors from noun phrases of one parsed article."""

    def __init__(
        self,
        doc: Any,
        entities: tuple[Entity, ...],
        table: CountryTable | None = None,
        *,
        published: dt.date | None = None,
    ):
        self.doc = doc
        self.entities = entities
        self.table = table or document_table(doc.text)
        self.published = published
        self._mentions: dict[tuple[int, int, bool, bool], list[tuple[int, str]]] = {}
        self._bearers: dict[str, Entity | None] = {}
        load_tables()

    def read(self, head: Any) -> Actor | None:
        """The actor a noun phrase headed by ``head`` names; None for a non-actor phrase."""
        head = _through_quantity(head)
        if _numbered_modifier(head):
            return None  # "six-party talks", "three-nation tour": a count, not a party
        if head.ent_type_ in _NOT_ACTORS and not _names_place(head):
            # "on Monday", "$400 million": a time or an amount, no one (but a country the
            # recogniser took for one, "the coup in Niger", is still a country).
            return None
        tokens = _phrase(head)
        if not tokens or any(t.lower_ in _CLOCK for t in tokens):
            return None  # "at 4:00 A.M. local time"
        plight = _a_plight(head)
        if plight and not any(t.ent_type_ in _PLACE_LABELS for t in tokens):
            # "to fight the Ebola epidemic", "the state of emergency": no one (but "the
            # earthquake in Sichuan" stands for its country, below).
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = text_of(self.doc)[start:end]
        modifiers = (
            c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and not _adjective(c)
        )
        people = bool(_SECTOR.get(head.lower_) or _SECTOR.get(head.lemma_.lower()))
        grouped = (people or any(m in _SECTOR for m in modifiers)) and not _title(tokens, head)
        if grouped or head.ent_type_ == "PERSON":
            # People, a people's place ("a guerrilla stronghold on the Thai border") or a named
            # person: only the words that say who they are, not what they face or where they
            # stand or go ("Trump ... during his trip to Warsaw" is no Pole).
            tokens = [t for t in tokens if _belongs(t, head)]
        entity = self._entity(head, tokens)
        if entity is not None and people and self._where(entity, head, tokens):
            # "rebel forces in Tripoli", "workers in Germany": the place says where they are
            # (and so, below, their country), not who they are.
            entity = None
        patron = _patron(head, tokens)
        if patron is not None:
            # "Clinton critics", "Trump's rivals", "America's allies": people who stand in a
            # relation to the one named, not that one ("Putin ally Ramzan Kadyrov" is the
            # apposed name; below).
            if self._apposed(head) is None:
                return self._related(head, patron, [t for t in tokens if _belongs(t, head)])
            entity = None
        title = [] if patron is not None else _relation_title(head, tokens)
        if title:
            # "Kremlin critic Alexei Navalny": the words before the name say whom he criticises,
            # not whose he is.
            tokens = [t for t in tokens if t not in title]
        # The entity the phrase is by its whole name: the head's own, or one apposed to it.
        whole = entity is not None and any(
            start <= head.idx < end for start, end in entity.mentions
        )
        if entity is None and head.pos_ == "NOUN":
            # "the then president, Goodluck Jonathan", "the group al-Nusra Front", "state news
            # agency Xinhua": the one the common noun is.
            entity = self._apposed(head)
            whole = entity is not None
        international = (
            self._international(tokens)
            or self._international_entity(entity, whole)
            or (_role_body(entity) if whole else None)
        )
        # Where a named person is ("Holbrooke in Belgrade") says their country only when
        # nothing better (their own words, the office table) does.
        placed = self._placed(head, tokens, entity)
        own = [t for t in tokens if t not in placed]
        country = self._country(own, entity, head) or self._city(head, own)
        if country and entity is not None and entity.type == "GPE":
            country = self._namesake(entity.name, country, head.sent)
        sector = international or self._sector(head, entity)
        if sector is None and head.lower_ in _CROWDS and head.dep_ in ("nsubj", "nsubjpass"):
            sector = "CVL"  # "Thousands marched in Belgrade": people
        if sector is None and entity is None and self.table.is_country_name(_trim(text)):
            sector = "GOV"  # a country the recogniser missed ("Nigeria accused ..."), as a GPE
        if sector is None and head.lower_ in _GENERIC_HEADS | {"members", "member"}:
            # "the head of the Kenyan police", "members of the army": of whom they are.
            sector = next(
                (
                    _SECTOR[p.lemma_.lower()]
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in _SECTOR
                ),
                None,
            )
        plural = head.tag_ in ("NNS", "NNPS")
        if sector is None and country and plural and self.country_of(head.text):
            sector = "CVL"  # "Nigerians", "Iraqi Kurds": a people
        if (
            country
            and any(t.lower_ == "ethnic" for t in tokens)
            and not (entity and entity.country)
        ):
            # "ethnic Albanians in Serbia": a people of the country they live in, which the
            # sentence tells (event data codes them so), not the state their name is of.
            country, sector = None, sector or "CVL"
        from_office = False
        if international:
            country = None
        group = None if international else self._group(tokens)
        if group is not None and country and group[0]:
            # "Hamas" (PSE by the place table) is a REB group, and so is its spokesman.
            # (Also "Islamic State members": the group's, not the "State" in its name.)
            if sector is None or head.lower_ in _GENERIC_HEADS or not people:
                sector = group[1]
        elif group is not None and country is None:
            # "Hezbollah guerrillas" (LBN), "al-Qaeda" (an international militant group).
            country, sector = group[0], sector if group[0] and sector else group[1]
            international = None if group[0] else group[1]
        elif (
            country is None
            and not international
            and (body := self._national_of(tokens, entity, whole))
        ):
            # "the Knesset", "Foggy Bottom", "the Mossad": a state's own institution.
            country, sector = body[0], sector or body[1]
        elif country is None and not international:
            # "President Bouteflika", "Kofi Annan": an office holder named without a country.
            titled = bool(entity and entity.roles) or any(
                t.lower_ in _SECTOR or t.lower_.split("-")[-1] in _SECTOR for t in tokens
            )
            # A titled name the recogniser took for an organisation is a person too.
            kinds = ("PERSON", "ORG") if titled else ("PERSON",)
            person = entity.name if entity is not None and entity.type in kinds else None
            if person is None and entity is not None and listed(entity.name):
                # "Foday Sankoh", "Suharto": a listed person's full name, whatever entity type
                # the recogniser gave it.
                person = entity.name
            if entity is None and head.ent_type_ in _NAME_MISTAKES and _name_word(head):
                person = head.text  # a name the recogniser missed or took for a people
            held = self._office(person, titled=titled)
            if person is None and entity is not None:
                held = self._sitting_leader(entity)
            from_office = held is not None
            if held is not None:
                country = held.country
                if held.country is None:
                    international = sector = held.sector
                elif sector is None:
                    sector = held.sector
            elif (role := self._apposed_role(head, entity)) is not None:
                # "Ahmed Karimi, a spokesman for the PMF", "X, a UN envoy": the body the
                # named person's role is of.
                country = role.country
                if role.sector in INTERNATIONAL_SECTORS:
                    international = sector = role.sector
                else:
                    sector = sector or role.sector
        if country is None and placed and not international:
            country = self._country(placed, None, head) or self._city(head, placed)
        if sector is None and country and not international and not group:
            # "the Pentagon" (a seat the country table knows): the body's own sector.
            body = self._national(tokens)
            if body is not None and body[0] == country:
                sector = body[1]
        if sector is None and country and entity is not None and entity.type == "PERSON":
            # "Egypt's Mubarak": the country is in the text, the office in the table.
            known = self._office(entity.name, titled=bool(entity.roles))
            if known is not None and known.country == country:
                sector = known.sector
        if sector is None and entity is not None and entity.type == "PERSON":
            sector = _related_role(entity)  # "Sandra Inman, a Cruz supporter": a civilian
        if sector == "GOV" and not from_office and entity is not None and entity.type == "PERSON":
            # "Fox News Vice President Bill Sammon", "Goldman Sachs President Gary Cohn": the
            # office is the firm's, no state's.
            sector = self._firm_office(head, tokens, entity, sector)
        if title and not international:
            stands = self.read(title[0])
            whose = stands.sector if stands is not None else None
            sector = sector or _relation_sector(title[-1].lemma_.lower(), whose)
            country = country or (stands.country if stands is not None else None)
        proper = (
            (head.pos_ == "PROPN" or (from_office and _name_word(head)))
            and head.text[:1].isupper()
            and head.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
        )
        anonymous = entity is None and country is None and not international
        if anonymous and sector is None and not proper:
            return None
        if entity is None and country is None and not international and head.lower_ in _PRONOUNS:
            return None
        name = entity.name if entity else _trim(text)
        if (
            (people or (group is not None and (head.pos_ == "PROPN" or head.lower_ in _BANDS)))
            and entity is not None
            and entity.type in ("GPE", "NORP", "ORG")
            and not any(start <= head.idx < end for start, end in entity.mentions)
        ):
            # "Israel's military", "Senior Kenyan officials", "the Yemen-based Houthi
            # movement": the people or the group, named as the text names them, not the
            # country or body they are of.
            name = _trim(text)
            if not people and entity.type == "GPE":
                entity = None  # (and a group is not the country it is based in)
        if head.pos_ == "ADJ" and anonymous:
            return None  # "a military offensive", "a security initiative": a kind, not a party
        if head.pos_ == "ADJ" and country and (entity is None or entity.type == "NORP"):
            # "Turkish airstrikes": the demonym names the country that acts.
            entity, name = None, self.table.name_of(country) or name
        if anonymous and not plural and head.lower_ in _MEDIA and not _determined(head):
            return None  # "on live television", "by radio": the medium, not the press
        named = any(t.ent_type_ in ("PERSON", "ORG") for t in tokens)  # "airline Mahan Air"
        if (
            country
            and not international
            and (plight or (not named and self._stands_for_country(head, entity, sector)))
        ):
            # "the Beirut airport", "Syrian involvement", "in Mosul": a place or a thing of a
            # country is no party itself; the event is the country's (an attack on a place
            # is an attack on its country, as event data codes it).
            entity, name = None, self.table.name_of(country) or name
        elif sector is None and _place(head, entity):
            return None  # a building or a region of no country the text tells
        return Actor(
            held=country is not None and from_office,
            text=text,
            name=name,
            entity_id=entity.id if entity else None,
            country=country,
            sector=sector,
            kind=_kind(entity, self.country_of(entity.name) if entity else None),
            proper=proper,
            start=start,
            end=end,
            several=country is None and not international and _of_several(head),
        )

    def _firm_office(self, head: Any, tokens: list[Any], person: Entity, sector: str) -> str | None:
        """The sector of a person whose title follows the name of an organisation that is no
        state's body, no international body and no armed group: the press for a name of the
        press ("Fox News", "The Washington Post"), else unknown."""
        spans = {
            (span.start, span.end)
            for t in tokens
            if t.ent_type_ == "ORG"
            and t.i < head.i
            and t.dep_ == "compound"
            and not any(s <= t.idx < e for s, e in person.mentions)
            for span in self._entities_of(head.sent)
            if span.start <= t.i < span.end
        }
        if not spans:
            return sector
        named = [self.doc[i] for start, end in sorted(spans) for i in range(start, end)]
        body = " ".join(t.text for t in named)
        if (
            any(t.lower_ in _SECTOR or t.lower_ in _CHAMBERS for t in named)  # "Senate", "House"
            or self._national(named)
            or self._international(named)
            or self._group(named)
            or self.country_of(body)
        ):
            return sector
        return "MED" if any(t.lower_ in _PRESS_WORDS for t in named) else None

    def _related(self, head: Any, patron: Any, tokens: list[Any]) -> Actor | None:
        """People named by their relation to the one ``patron`` (a word before the head) names
        ("Clinton critics", "a Trump backer"): of that one's country, critics of a government
        in opposition, others civilians; a country's allies or rivals are other states, of no
        one country."""
        relation = head.lemma_.lower()
        stands = self.read(patron)
        if stands is None:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = text_of(self.doc)[start:end]
        if (
            stands.several
            or stands.sector in INTERNATIONAL_SECTORS
            or (stands.country is not None and stands.name == self.table.name_of(stands.country))
            or patron.ent_type_ in ("GPE", "NORP")
        ):
            # "America's allies", "NATO allies", "Russia's critics": of other countries.
            return Actor(text=text, name=_trim(text), sector="GOV", several=True,
                         start=start, end=end, relation=relation)  # fmt: skip
        sector = _relation_sector(relation, stands.sector)
        return Actor(text=text, name=_trim(text), country=stands.country, sector=sector,
                     start=start, end=end, assumed=stands.country is not None,
                     relation=relation)  # fmt: skip

    def _stands_for_country(self, head: Any, entity: Entity | None, sector: str | None) -> bool:
        """The phrase names a place or a thing of a country, not someone in it: a building
        or region ("Hagia Sophia", "the Golan Heights"), a city not acting ("in Mosul"), or a
        common noun that is no group of people ("Iranian involvement")."""
        if entity is not None and any(start <= head.idx < end for start, end in entity.mentions):
            if entity.type in ("FAC", "LOC"):
                return sector is None
            # A city that acts ("Brussels urged restraint") is its government, named as the
            # text names it; a city acted on or in ("protests in Mosul") is a place.
            city = entity.type == "GPE" and not self.table.is_country_name(entity.name)
            return city and head.dep_ != "nsubj"
        if entity is None and head.ent_type_ in ("FAC", "LOC"):
            return sector is None
        return (
            head.pos_ == "NOUN"
            and (entity is None or entity.type in ("GPE", "NORP"))
            and sector is None
            and head.tag_ not in ("NNS", "NNPS")
            and not head.text[:1].isupper()
        )

    def of_entity(self, entity: Entity, text: str | None = None) -> Actor:
        """The actor an entity is (a quote's speaker, say), with its role's sector."""
        sector = _role_sector(entity) if entity.type == "PERSON" else None
        country = entity.country
        person = entity.type == "PERSON" and not country
        body = _role_body(entity)
        if body is not None:
            # "UN rapporteur Agnès Callamard": of the body, of no country.
            sector, person = body, False
        held = self._office(entity.name, titled=bool(entity.roles)) if person else None
        if held is None and not country and body is None:
            held = self._sitting_leader(entity)
        if held is not None:
            country = held.country
            sector = held.sector if held.country is None else sector or held.sector
        if sector is None and entity.type == "PERSON":
            sector = _related_role(entity)
        return Actor(
            held=held is not None and held.country is not None,
            text=text or entity.name,
            name=entity.name,
            entity_id=entity.id,
            country=country,
            sector=sector,
            kind=entity.type,
        )

    def _office(self, person: str | None, *, titled: bool) -> Holding | None:
        """The office a person's name stands for (``actors.office_holders``), unless the name
        is a place ("Jordan"). A little-known holder's name counts only with a title or role
        beside it ("Vice-President Moody Awori"): alone, "Peter Smith" is more likely someone
        else."""
        if not person or self.country_of(person):
            return None
        return office_holder(person, self.published, well_known=not titled)

    def _sitting_leader(self, entity: Entity) -> Holding | None:
        """The office of a leader whose bare name the recogniser took for an organisation
        ("Trump has cited an audit"), when that leader holds it on the article's day (the
        company "Ford" is no President Ford)."""
        if entity.type != "ORG" or self.published is None:
            return None
        held = self._office(entity.name, titled=False)
        return held if held is not None and held.held_on(self.published) else None

    def country_of(self, text: str) -> str | None:
        """The alpha-3 code ``text`` names: the actors' table, then ``places.tsv``."""
        text = text.strip()
        variants = [text, text.removesuffix("'s").removesuffix("’s"), text.removeprefix("the ")]
        if text.endswith("ns"):
            variants.append(text[:-1])  # "Bolivians": the people of an adjective in "-an"
        for variant in variants:
            code = self.table.country(variant) or extra_places().get(variant.lower())
            if code:
                return code
        return None

    @cached_property
    def home_country(self) -> str | None:
        """The country the article is about: named (or its cities named) in at least two of
        its sentences, and in at least twice as many as any other. None when no country
        clearly leads (a story between two or more countries: whose an unnamed actor is, the
        text must say)."""
        return self._leading(cities=True)

    def _leading(self, *, cities: bool) -> str | None:
        counts: Counter[str] = Counter()
        for sentence in self.doc.sents:
            counts.update(set(self.sentence_countries(sentence, cities=cities)))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]

    @cached_property
    def _named_by_words(self) -> tuple[set[str], str | None]:
        """The countries the article names by words of their own (names, peoples, seats,
        states), and the one of them it is about."""
        named = {c for s in self.doc.sents for c in self.sentence_countries(s)}
        return named, self._leading(cities=False)

    def _city_country(self, name: str, named: Iterable[str]) -> str | None:
        """``city_country``, but not a city abroad in a country the article never names, in
        an article about another ("arrested in Norfolk" in a British story is not in the
        American Norfolk; the text would have said "Norfolk, Virginia")."""
        code = city_country(name, named)
        countries, about = self._named_by_words
        if code is None or code in countries or about is None or about == code:
            return code
        return None

    def sentence_countries(self, sentence: Any, *, cities: bool = False) -> list[str]:
        """The countries a sentence names, in order (for actors the text gives none); with
        ``cities``, then the countries of the cities it names."""
        return list(
            dict.fromkeys(code for _, code in self.country_mentions(sentence, cities=cities))
        )

    @cached_property
    def _entities_by_sentence(self) -> dict[int, list[Any]]:
        """The document's named entities by the first token of their sentence (spaCy's
        ``Span.ents`` walks every entity of the document each time it is asked)."""
        found: dict[int, list[Any]] = {}
        starts = [s.start for s in self.doc.sents]
        for entity in self.doc.ents:
            found.setdefault(starts[bisect_right(starts, entity.start) - 1], []).append(entity)
        return found

    def _entities_of(self, sentence: Any) -> list[Any]:
        """The named entities of a sentence."""
        found = self._entities_by_sentence.get(sentence.start, ())
        return [e for e in found if e.end <= sentence.end]

    def country_mentions(
        self, sentence: Any, *, cities: bool, signs: bool = True
    ) -> list[tuple[int, str]]:
        """Where the sentence names a country: (token index, country) in order; with
        ``cities``, then the cities it names, by their countries. Without ``signs``, only
        words that name a country, its people or a place in it: not an armed group, a body
        or a party of the country ("the Taliban", "the Knesset"), which a sentence about its
        country may name but which is no place."""
        key = (sentence.start, sentence.end, cities, signs)
        if key not in self._mentions:
            self._mentions[key] = self._country_mentions(sentence, cities=cities, signs=signs)
        return list(self._mentions[key])

    def _country_mentions(
        self, sentence: Any, *, cities: bool, signs: bool
    ) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        press: set[int] = set()
        entities = self._entities_of(sentence)
        labels = ("GPE", "NORP", "LOC", "ORG") if signs else _COUNTRY_LABELS
        for entity in entities:
            if entity.start > 0 and self.doc[entity.start - 1].lower_ == "ethnic":
                continue  # "ethnic Albanians" are no sign of Albania
            if entity.label_ in labels and not (_backer(entity[-1]) or _backing_agent(entity.root)):
                code = self.country_of(entity.text)
                if code is None and entity.label_ in ("ORG", "NORP") and signs:
                    # "the government blamed the Taliban", "Houthi fighters": an armed group
                    # of one country is a sign of it, as its home's name would be.
                    group = self._group(list(entity))
                    code = group[0] if group is not None else None
                if code is None and entity.label_ == "ORG":
                    # "ordered him to repay the Internal Revenue Service", "the Knesset
                    # voted": a state's institution or party is a sign of that state; the
                    # press that reports the event is none, even by a country's name in its
                    # own ("speaking to Agence France-Presse").
                    body = self._national(list(entity))
                    code = body[0] if body is not None and body[1] in _SIGN_SECTORS else None
                    if body is not None and body[1] == "MED":
                        press.update(range(entity.start, entity.end))
                if code:
                    found.append((entity.start, code))
        for token in sentence:
            if token.text[:1].isupper() and not (
                (not signs and token.ent_type_ not in _COUNTRY_LABELS)
                or token.i in press
                or (token.i and self.doc[token.i - 1].lower_ == "ethnic")
                or _backer(token)
                or _backing_agent(token)
            ):
                code = self.country_of(token.text) or self._region_of(token)
                if code:
                    found.append((token.i, code))
        found.sort()
        if cities:
            ordered = list(dict.fromkeys(code for _, code in found))
            named = [(e.start, self._city_country(e.text, ordered)) for e in entities
                     if e.label_ in _PLACE_LABELS and not self.country_of(e.text)]  # fmt: skip
            found += sorted((i, c) for i, c in named if c)
        return found

    def names_country(self, actor: Actor) -> bool:
        """The actor's words name a country itself ("Lebanon"), not a city in it."""
        # A place standing for its country ("Geneva" as Switzerland) keeps the place's words.
        by_name = actor.entity_id is not None and self.table.is_country_name(actor.name)
        return self.table.is_country_name(actor.text) or by_name

    def split(self, head: Any, actor: Actor) -> list[Actor]:
        """One actor per country of "Turkish and Greek sides", "US and British forces", "the
        ministers of Egypt and Jordan"."""
        countries: list[str] = []
        owners = [  # "the foreign ministers of Egypt and Jordan"
            p
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        paired: set[int] = set()
        for child in sorted([*head.children, *owners], key=lambda t: t.i):
            if child.dep_ not in ("amod", "compound", "nmod", "poss", "pobj"):
                continue
            words = [child, *joined_after(child)]
            for word in words:
                if word.i in paired:
                    continue
                # "Bosnian Serb forces", "Greek Cypriot police": one people of two words.
                pair = None
                if word.i + 1 < len(self.doc):
                    pair = self.country_of(f"{word.text} {self.doc[word.i + 1].text}")
                    if pair:
                        paired.add(word.i + 1)
                code = pair or self.country_of(word.text)
                if code and code not in countries:
                    countries.append(code)
        if len(countries) < 2:
            return [actor]
        # Each named by the phrase's own words, less the countries, and its country: "the
        # navies of China and India" are "the navies (China)" and "the navies (India)".
        span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand") or ()
        words = [
            t.text for t in span
            if t.pos_ not in ("CCONJ", "PUNCT") and not self.country_of(t.text)
        ]  # fmt: skip
        while words and words[-1].lower() in ("of", "from", "and"):
            words.pop()
        common = " ".join(words)
        return [
            replace(
                actor,
                country=code,
                entity_id=None,
                name=f"{common} ({self.table.name_of(code)})"
                if common
                else self.table.name_of(code),
            )
            for code in countries
        ]

    def _entity(self, head: Any, tokens: list[Any]) -> Entity | None:
        """The entity whose mention covers the head, else the first mentioned in the phrase."""
        first: Entity | None = None
        first_at = None
        head_start, head_end = head.idx, head.idx + len(head.text)
        # "his counterparts", "their leaders": the possessor a pronoun refers to is not them.
        possessors = {
            t.idx for t in tokens if t.dep_ == "poss" and t.pos_ == "PRON" and t is not head
        }
        # The phrase is read without its leading article, a mention may have it ("The
        # president" in "The president's legal team").
        first_word = tokens[0]
        while first_word.i > 0 and first_word.nbor(-1).dep_ in ("det", "predet"):
            first_word = first_word.nbor(-1)
        phrase_end = tokens[-1].idx + len(tokens[-1].text)
        for entity in self.entities:
            for m_start, m_end in entity.mentions:
                if m_start <= head_start and head_end <= m_end:
                    return entity
                inside = first_word.idx <= m_start and m_end <= phrase_end
                if not inside or m_start in possessors or self._backs(m_end):
                    continue
                if first_at is None or m_start < first_at:
                    first, first_at = entity, m_start
        if first is None and head.pos_ == "PROPN" and not head.ent_type_:
            # "Julianne Moore praised ... Moore thanked him": a surname the recogniser missed
            # is the one person of the article who bears it (not a namesake in the office
            # table).
            return self._bearer(head.text)
        return first

    def _bearer(self, surname: str) -> Entity | None:
        """The article's one person whose name ends in ``surname``; None for none or several."""
        if surname not in self._bearers:
            bearers = [
                e for e in self.entities if e.type == "PERSON" and same_person(e.name, surname)
            ]
            self._bearers[surname] = bearers[0] if len(bearers) == 1 else None
        return self._bearers[surname]

    def _backs(self, end: int) -> bool:
        """A mention ending at ``end`` is the country behind someone ("US-trained")."""
        after = text_of(self.doc)[end : end + 14].lower()
        return after.startswith("-") and after[1:].split(" ")[0] in _BACKING

    def _apposed(self, head: Any) -> Entity | None:
        """The person or organisation named in apposition to a common noun ("its president,
        Jeff Mason", "the group al-Nusra Front")."""
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
                for entity in self.entities:
                    if entity.type in ("PERSON", "ORG") and any(
                        start <= child.idx < end for start, end in entity.mentions
                    ):
                        return entity
        return None

    def _apposed_role(self, head: Any, entity: Entity | None) -> Actor | None:
        """The role apposed to a person's name ("X, a spokesman for the PMF"; also a title
        written in capitals, "X, the Prime Minister of Tunisia"), read as an actor, when it
        names a country or an international body."""
        if entity is None or entity.type != "PERSON":
            return None
        for child in head.children:
            if child.dep_ != "appos":
                continue
            title = child.pos_ == "PROPN" and child.lower_ in _SECTOR
            if child.pos_ == "NOUN" or (title and child.ent_type_ not in ("PERSON", "ORG")):
                role = self.read(child)
                if role is not None and (role.country or role.sector in INTERNATIONAL_SECTORS):
                    return role
        return None

    @staticmethod
    def _placed(head: Any, tokens: list[Any], entity: Entity | None) -> list[Any]:
        """The words of a named person's phrase that say where they are ("Richard Holbrooke
        *in Belgrade*"), not whose they are."""
        if entity is None or entity.type != "PERSON" or entity.country:
            return []
        if not any(start <= head.idx < end for start, end in entity.mentions):
            return []
        placed = []
        for token in tokens:
            current = token
            while current.i != head.i and current.head.i != current.i:
                if current.dep_ == "prep" and current.lower_ in _WHERE_PREPS:
                    placed.append(token)
                    break
                current = current.head
        return placed

    def _named_chunk(self, token: Any, inside: set[int], through: int = -1) -> str | None:
        """The country a name of several capitalised words from ``token`` on names ("Downing
        Street", "Santo Domingo", "Port of Spain"), longest first; with ``through``, only a
        name that reaches that word."""
        if not token.text[:1].isupper():
            return None
        for size in (5, 4, 3, 2):
            end = token.i + size
            if end > len(self.doc) or any(i not in inside for i in range(token.i, end)):
                continue
            if end <= through:
                continue
            words = self.doc[token.i : end]
            if not words[-1].text[:1].isupper() or not all(
                w.text[:1].isupper() or w.lower_ in _NAME_LINKS or w.text in ("'", "'s", "-")
                for w in words
            ):
                continue
            code = self.country_of(words.text)
            if code:
                return code
        return None

    @staticmethod
    def _where(entity: Entity, head: Any, tokens: list[Any]) -> bool:
        """Every mention of ``entity`` in the phrase of ``head`` is in a phrase after the head
        that tells where ("in", "near", "at" …)."""
        found = False
        for token in tokens:
            if not any(start <= token.idx < end for start, end in entity.mentions):
                continue
            if token.i < head.i:
                return False
            current = token
            while current.i != head.i and current.head.i != current.i:
                if current.dep_ == "prep" and current.lower_ in _WHERE_PREPS:
                    found = True
                    break
                current = current.head
            else:
                return False
        return found

    def _international(self, tokens: list[Any]) -> str | None:
        words = [t.lower_ for t in tokens]
        for size in (6, 5, 4, 3, 2, 1):
            for i in range(len(words) - size + 1):
                chunk = " ".join(words[i : i + size]).replace(" .", ".").replace(" - ", "-")
                code = _INTERNATIONAL.get(chunk.replace("organisation", "organization"))
                if code and not (size == 1 and tokens[i].is_lower):
                    return code
        return self._body(tokens) or self._supranational(tokens)

    @staticmethod
    def _international_entity(entity: Entity | None, whole: bool) -> str | None:
        """An international body by the whole name the recogniser found (``whole``: the
        phrase is that entity), which the parse may split ("the Organization for Security and
        Cooperation": "and" joins two nouns)."""
        if entity is None or entity.type != "ORG" or not whole:
            return None
        key = " ".join(entity.name.lower().replace("’", "'").split())
        key = key.removeprefix("the ").replace("organisation", "organization")
        return _INTERNATIONAL.get(key) or international_bodies().get(key)

    def _supranational(self, tokens: list[Any]) -> str | None:
        """A named body of many countries ("Association of African Jurists", "Third World
        Water Forum"): a capitalised name with a word for a region or the world and a word for
        an organisation, and no country in it."""
        named = [t for t in tokens if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")]
        words = {t.lower_ for t in named}
        if not (words & _SUPRANATIONAL and words & _BODIES):
            return None
        if any(self.country_of(t.text) for t in named if t.lower_ not in _SUPRANATIONAL):
            return None
        # A country's name of several words ("United States Commission on International
        # Religious Freedom" is a body of one state).
        for size in (2, 3):
            for i in range(len(tokens) - size + 1):
                run = tokens[i : i + size]
                if all(t.text[:1].isupper() for t in run) and self.country_of(
                    self.doc[run[0].i : run[-1].i + 1].text
                ):
                    return None
        return "IGO"

    def _group(self, tokens: list[Any]) -> tuple[str | None, str] | None:
        """An armed group the phrase names by a capitalised name ("Hezbollah", "al-Qaeda")."""
        groups = armed_groups()
        for first, last in _chunks(tokens):
            if not (first.text[:1].isupper() or last.text[:1].isupper()):
                continue
            key = self._chunk_key(first, last)
            if len(key) < 4 and not (first.i == last.i and first.is_upper):
                continue  # "ETA", "PKK" in capitals only
            found = groups.get(key)
            if found is not None:
                return found
        return None

    def _national_of(
        self, tokens: list[Any], entity: Entity | None, whole: bool
    ) -> tuple[str, str] | None:
        """A state's body by the phrase's words, else by the whole name the recogniser found
        (``whole``: the phrase is that entity; "the Inkatha Freedom Party", which the parse may
        split)."""
        found = self._national(tokens)
        if found is not None or entity is None or entity.type != "ORG" or not whole:
            return found
        key = " ".join(entity.name.lower().replace("’", "'").split()).removeprefix("the ")
        return national_bodies().get(key)

    def _national(self, tokens: list[Any]) -> tuple[str, str] | None:
        """An institution, seat or force of one state the phrase names ("the Knesset",
        "Foggy Bottom", "MI6"): every word capitalised, as names are written; a short name
        (an acronym) in capitals."""
        bodies = national_bodies()
        for first, last in _chunks(tokens):
            words = tokens[tokens.index(first) : tokens.index(last) + 1]
            if (
                not all(
                    w.text[:1].isupper()
                    or w.text[:1].isdigit()
                    or w.is_punct
                    or w.lower_ in _NAME_LINKS
                    or w.lower_ in ("'s", "’s")
                    or w.lower_[:2] in ("d'", "d’")  # "Quai d'Orsay"
                    for w in words
                )
                or not first.text[:1].isupper()
            ):
                continue
            key = self._chunk_key(first, last)
            if len(key) < 4 and not (first.i == last.i and first.is_upper):
                continue
            found = bodies.get(key)
            if found is not None:
                return found
        return None

    def _body(self, tokens: list[Any]) -> str | None:
        """An international body the phrase names ("Caritas", "Andean Community"): every word
        capitalised (an acronym in capitals), as names are written."""
        bodies = international_bodies()
        for first, last in _chunks(tokens):
            words = tokens[tokens.index(first) : tokens.index(last) + 1]
            if first.i == last.i and not (first.is_upper or len(first.text) >= 5):
                continue
            if not all(
                w.text[:1].isupper() or w.is_punct or w.lower_ in _NAME_LINKS for w in words
            ):
                continue
            found = bodies.get(self._chunk_key(first, last))
            if found is not None:
                return found
        return None

    def _chunk_key(self, first: Any, last: Any) -> str:
        chunk = text_of(self.doc)[first.idx : last.idx + len(last.text)]
        key = " ".join(chunk.lower().replace("’", "'").split()).removesuffix("'s")
        return key.replace("organisation", "organization")  # British spelling too

    def _city(self, head: Any, tokens: list[Any]) -> str | None:
        """The country of a city the phrase names as a place ("Tripoli", "in Samarra"): only
        words the recogniser tags as a place, and of cities of one name the one in a country
        the sentence names."""
        for span in self._entities_of(head.sent):
            if span.label_ not in _PLACE_LABELS or span.start < tokens[0].i:
                continue
            if span.end > tokens[-1].i + 1:
                break
            code = self._city_country(span.text, self.sentence_countries(head.sent))
            if code:
                return code
        return None

    def _namesake(self, name: str, country: str, sentence: Any) -> str:
        """A city named like another country's capital, in the country the sentence names:
        "Tripoli ..., the north Lebanese port" is in Lebanon."""
        if self.table.is_country_name(name):
            return country
        named = {
            code
            for span in self._entities_of(sentence)
            if span.text != name and (code := self.country_of(span.text))
        }
        if not named or country in named:
            return country
        other = city_country(name, named)
        return other if other in named else country

    def _country(self, tokens: list[Any], entity: Entity | None, head: Any = None) -> str | None:
        """The country the phrase's words name: its entity's, else the first country word —
        those before the head first ("Albanian rebels in Macedonia" are Albanian)."""
        if entity is not None and entity.country and not self._after(entity, head):
            return entity.country
        inside = {t.i for t in tokens}
        if head is not None:
            # A name the head is part of ("Port of Spain", "the Republic of Congo") first.
            for token in tokens:
                chunk = (
                    self._named_chunk(token, inside, through=head.i) if token.i <= head.i else None
                )
                if chunk:
                    return chunk
            # "Albanian rebels in Macedonia" are Albanian; "the Albanians of southern Serbia"
            # live in Serbia: modifiers before the head, then after it, then the head.
            # After the head, places before peoples' adjectives ("Palestinians of the
            # Israeli-occupied West Bank" live in the West Bank).
            after = [t for t in tokens if t.i > head.i]
            tokens = (
                [t for t in tokens if t.i < head.i]
                + [t for t in after if t.ent_type_ != "NORP"]
                + [t for t in after if t.ent_type_ == "NORP"]
                + [t for t in tokens if t.i == head.i]
            )
        for token in tokens:
            if _backer(token):
                continue  # "Russian-backed separatists" are not Russian
            chunk = self._named_chunk(token, inside)
            if chunk:
                return chunk
            if token.ent_type_ and token.ent_iob_ == "B":
                span = next((e for e in self._entities_of(token.sent) if e.start == token.i), None)
                if span is not None:
                    code = self.country_of(span.text)
                    if code:
                        # ("militias in Tripoli, the north Lebanese port": Lebanon's Tripoli)
                        return self._namesake(span.text, code, token.sent)
            if token.pos_ in ("PROPN", "ADJ", "NOUN") and token.text[:1].isupper():
                code = self.country_of(token.text) or self._region_of(token)
                if code:
                    return code
        if entity is not None and entity.country:
            return entity.country
        return None

    def _region_of(self, token: Any) -> str | None:
        """The country of a state or province whose name starts at ``token`` ("the Wisconsin
        Supreme Court", "police in New South Wales"): words the recogniser tags as a place or a
        body only, as such names are far less certain than a country's ("Miranda Lambert" is
        no Venezuelan, "Sheikh Sabah" no Malaysian)."""
        for size in (3, 2, 1):
            words = self.doc[token.i : token.i + size]
            if len(words) == size and all(
                (w.text[:1].isupper() or w.text == "-") and w.ent_type_ in _REGION_LABELS
                for w in words
            ):
                code = self.table.region(words.text)
                if code:
                    return code
        return None

    @staticmethod
    def _after(entity: Entity, head: Any) -> bool:
        """Every mention of the entity near ``head`` comes after it (a post-modifier)."""
        if head is None:
            return False
        end = head.idx + len(head.text)
        near = [m for m in entity.mentions if abs(m[0] - head.idx) < 200]
        return bool(near) and all(start >= end for start, _ in near)

    def _sector(self, head: Any, entity: Entity | None) -> str | None:
        covers = entity is not None and any(
            start <= head.idx < end for start, end in entity.mentions
        )
        if entity is not None and entity.type == "PERSON" and covers:
            return _role_sector(entity) or _SECTOR.get(head.lower_)
        sector = _SECTOR.get(head.lower_) or _SECTOR.get(head.lemma_.lower())
        if sector:
            before = [c.lower_ for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
            word = head.lower_ if head.lower_ in _SECTOR else head.lemma_.lower()
            return _qualified(word, before)
        for child in head.children:
            hyphenated = any(c.text == "-" for c in child.children)  # "six-party talks"
            if (
                child.dep_ in ("compound", "amod")
                and child.lower_ in _SECTOR
                and not hyphenated
                and not _adjective(child)
            ):
                if head.lemma_.lower() in _KINDS_OF_THINGS:
                    return None  # "military success", "a security clearance": no one
                return _SECTOR[child.lower_]
        if entity is not None and entity.type == "GPE" and covers:
            return "GOV"  # "Lebanon", "Baghdad said"; not "villages in Darfur"
        return None


# Things a sector word may qualify that are no body of people ("military success", "security
# clearance", "police reform").
_KINDS_OF_THINGS = {
    "success", "failure", "clearance", "initiative", "reform", "spending", "budget",
    "cooperation", "tie", "relation", "policy", "strategy", "doctrine", "presence", "option",
    "solution", "escalation", "capability", "might", "strength", "assistance", "training",
    "exercise", "drill", "equipment", "hardware", "expertise", "situation", "concern", "issue",
    "matter", "threat", "risk", "reason", "measure", "arrangement", "guarantee",
}  # fmt: skip


# Heads of a group's own name ("the Houthi movement", "the Taliban faction").
_BANDS = {"movement", "group", "faction", "organization", "organisation", "militia", "front",
          "wing", "network", "alliance", "coalition"}  # fmt: skip


_QUANTITY_HEADS = {
    "thousands", "hundreds", "dozens", "scores", "millions", "group", "groups", "members",
    "number", "crowd", "crowds", "band", "delegation", "team", "some", "many", "most", "all",
    "part", "parts", "portion", "half", "rest",
}  # fmt: skip


# Counts of people that stand alone as a subject ("Thousands marched").
_CROWDS = {"thousands", "hundreds", "dozens", "scores", "millions", "tens"}


# Entity types that never name an actor.
_NOT_ACTORS = {"TIME", "DATE", "PERCENT", "MONEY", "QUANTITY"}
# Diseases and disasters, which news names like parties ("COVID-19", "Cyclone Idai").
_PLIGHTS = {
    "epidemic", "pandemic", "outbreak", "virus", "coronavirus", "covid", "covid-19", "ebola",
    "cholera", "malaria", "measles", "polio", "disease", "earthquake", "quake", "tsunami",
    "flood", "floods", "flooding", "drought", "famine", "hurricane", "cyclone", "typhoon",
    "storm", "wildfire", "wildfires",
}  # fmt: skip


def _adjective(word: Any) -> bool:
    """A sector word used as an adjective, not as the people it names: "the general
    election", "the general public" (no army's general)."""
    return word.lower_ == "general" and word.tag_ == "JJ"


def _a_plight(head: Any) -> bool:
    """A disease, a disaster or a state of emergency: by its name, or a name made of one
    ("Cyclone Idai")."""
    if head.lemma_.lower() == "state" and _of_something(head):
        return True
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(w.lower_ in _PLIGHTS or w.lemma_.lower() in _PLIGHTS for w in words)


def _of_something(head: Any) -> bool:
    """ "state of emergency": an "of" phrase that names no place ("the State of Israel")."""
    return any(
        p.dep_ == "pobj" and p.pos_ != "PROPN"
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


# Clock words the recogniser may take for a place ("4:00 A.M.", "0100 UTC").
_CLOCK = {"a.m.", "p.m.", "a.m", "p.m", "gmt", "utc"}
# Words for a medium: with no article ("on television") the means, not the press.
_MEDIA = {"television", "radio", "tv", "media", "twitter"}
# Chambers of a legislature named by their seat's word ("House Minority Leader").
_CHAMBERS = {"house", "chamber", "commons", "lords"}
# Words in the names of the press ("Fox News", "The Washington Post", "Sky TV").
_PRESS_WORDS = {"news", "times", "post", "journal", "tribune", "herald", "gazette", "press",
                "tv", "television", "radio", "broadcasting", "media", "magazine", "daily",
                "telegraph", "guardian", "observer", "network", "newspaper"}  # fmt: skip


def _place(head: Any, entity: Entity | None) -> bool:
    """A building or region ("Hagia Sophia", "the Eastern Mediterranean")."""
    if entity is not None:
        return entity.type in ("FAC", "LOC")
    return head.ent_type_ in ("FAC", "LOC")


def _determined(head: Any) -> bool:
    return any(c.dep_ in ("det", "poss") for c in head.children)


def _through_quantity(head: Any) -> Any:
    """ "Thousands of farmers", "a group of Moroccan diplomats": the people, not the count."""
    if head.lower_ in _QUANTITY_HEADS or head.pos_ == "NUM":
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not (head.lower_ == "group" and pobj.like_num):
                        return pobj  # (but "the Group of Eight" is a body's name)
    return head


def _numbered_modifier(token: Any) -> bool:
    children = list(token.children)
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and any(c.text == "-" for c in children)
        and any(c.dep_ == "nummod" or c.like_num for c in children)
    )


def _kind(entity: Entity | None, named_country: str | None) -> str | None:
    """The entity's type; a "person" whose name is a nationality ("Ugandan") is no person."""
    if entity is None or (entity.type == "PERSON" and named_country):
        return None
    return entity.type


# Heads that name people by where they stand toward someone: against them …
_AGAINST = {"critic", "opponent", "detractor", "foe", "enemy", "adversary", "rival",
            "challenger"}  # fmt: skip
# … or with them.
_WITH = {"supporter", "backer", "ally", "loyalist", "follower", "fan", "admirer", "donor",
         "sympathizer", "sympathiser", "partisan", "defender"}  # fmt: skip
_RELATIONS = _AGAINST | _WITH


def _patron(head: Any, tokens: list[Any]) -> Any:
    """The name before a relation's head that says whom the relation is to: "Clinton" in
    "Clinton critics", "Trump" in "Trump's rivals"; None without one."""
    if head.lemma_.lower() not in _RELATIONS or not head.text.islower():
        return None  # (also "Dan Backer", a name)
    for child in head.children:
        whose = child.dep_ in ("compound", "poss") and child.i < head.i and child in tokens
        if whose and (child.pos_ == "PROPN" or child.ent_type_):
            return child
    return None


def _relation_title(head: Any, tokens: list[Any]) -> list[Any]:
    """The words of a relation written as a name's title ("Kremlin critic" before
    "Alexei Navalny"), whose own patron is named; empty for none."""
    for child in head.children:
        if child.dep_ == "compound" and child.i < head.i:
            patron = _patron(child, tokens)
            if patron is not None:
                return sorted([child, *patron.subtree], key=lambda t: t.i)
    return []


def _relation_sector(relation: str, patron: str | None) -> str:
    """The sector of people who stand in ``relation`` to one of sector ``patron``: a
    government's critics are its opposition; a leader's allies are of the leader's sector;
    other critics and supporters are civilians."""
    if relation in _AGAINST:
        return "OPP" if patron == "GOV" else "CVL"
    if relation == "ally" and patron in _SIGN_SECTORS:
        return patron
    return "CVL"


def _related_role(entity: Entity) -> str | None:
    """The sector a person's relation says when nothing else does ("a Cruz supporter" is a
    civilian; "Kremlin critic" is in opposition)."""
    for role in entity.roles:
        words = role.lower().split()
        if words and words[-1].removesuffix("s") in _RELATIONS:
            whose = next((_SECTOR[w] for w in reversed(words[:-1]) if w in _SECTOR), None)
            return _relation_sector(words[-1].removesuffix("s"), whose)
    return None


def _role_sector(entity: Entity) -> str | None:
    """A person's sector from their role words ("Kremlin spokesman" → GOV; "opposition
    leader" → OPP: a generic head takes the sector of the word that says whose it is). A
    relation ("Kremlin critic", "Clinton's rival") says whom one faces, not one's sector. A
    bare generic head ("leader") is read last: "Senate majority leader" says whose."""
    bare = [r for r in entity.roles if r.lower() in _GENERIC_HEADS]
    for role in [r for r in entity.roles if r not in bare] + bare:
        words = role.lower().split()
        if words and words[-1].removesuffix("s") in _RELATIONS:
            continue  # "Kremlin critic", "Clinton's rival": whom one stands against or with
        for i in range(len(words) - 1, -1, -1):
            if words[i] == "general" and i < len(words) - 1:
                continue  # "general counsel", "general manager": no army's general
            if words[i] in _SECTOR:
                if words[i] in _GENERIC_HEADS:
                    group = _group_named(words[:i])
                    if group is not None:
                        return group  # "Taliban spokesman": REB, not GOV
                return _qualified(words[i], words[:i])
        office = national_title(words)  # "representative", "taoiseach": the office's sector
        if office is not None:
            return office[2]
    return None


# Role heads that name whom one is sent to as often as whom one is from: a "UN ambassador"
# is most often a country's ambassador to the UN.
_SENT_TO = {"ambassador", "delegate", "representative", "observer"}


def _role_body(entity: Entity | None) -> str | None:
    """The sector of the international body a person's role is in ("UN rapporteur", "NATO
    secretary general", "EU foreign policy chief"), named anywhere in the article; None for a
    person the text gives a country, and for roles of those sent to a body."""
    if entity is None or entity.type != "PERSON" or entity.country:
        return None
    for role in entity.roles:
        words = role.lower().split()
        if not words or words[-1] in _SENT_TO:
            continue
        for size in (3, 2, 1):
            for i in range(len(words) - size):  # (before the role's head)
                chunk = " ".join(words[i : i + size])
                if chunk in _INTERNATIONAL and chunk not in _ROLE_WORDS_LIKE:
                    return _INTERNATIONAL[chunk]
    return None


# Bodies' short names that are also English words of roles ("care worker", "who").
_ROLE_WORDS_LIKE = {"care", "who", "au", "ec", "commonwealth"}


def _group_named(words: list[str]) -> str | None:
    """The sector of an armed group the words end with ("taliban", "islamic state")."""
    groups = armed_groups()
    for size in (3, 2, 1):
        found = groups.get(" ".join(words[-size:])) if len(words) >= size else None
        if found is not None:
            return found[1]
    return None


# Heads that say someone leads or speaks for a body, not which body: "rebel leader" is REB.
_GENERIC_HEADS = {"leader", "leaders", "leadership", "spokesman", "spokeswoman", "spokesperson",
                  "official", "officials", "chief", "head", "delegation", "envoy", "commander",
                  "commanders", "officer", "officers"}  # fmt: skip


# Offices called "… general" that are no army's: "attorney general", "secretary general".
_CIVIL_GENERALS = {"attorney", "secretary", "secretary-", "solicitor", "inspector", "auditor",
                   "consul", "director", "postmaster", "surgeon", "comptroller"}  # fmt: skip


def _qualified(head: str, before: list[str]) -> str:
    """The sector of ``head``, or of the nearest word before it when the head is generic."""
    if head == "general" and before and before[-1] in _CIVIL_GENERALS:
        return "GOV"  # "the attorney general", "the UN secretary general"
    if head in _GENERIC_HEADS:
        for word in reversed(before):
            if word == "deputy":
                continue  # a rank ("deputy commander"), not the deputies of a parliament
            if word in _SECTOR and _SECTOR[word] != "GOV":
                return _SECTOR[word]
    return _SECTOR[head]


def _when(token: Any) -> bool:
    """ "on Monday", "in 2014": a time the parser hung on a noun, no part of who it is."""
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") and not _names_place(c)
        for c in token.children
    )


# "Russian-backed", "US-funded": a country that backs the actor, not the actor's own.
_BACKING = {"backed", "supported", "funded", "financed", "sponsored", "armed", "trained",
            "allied", "aligned", "installed", "brokered", "mediated"}  # fmt: skip


def _backer(token: Any) -> bool:
    """ "Russian" in "Russian-backed separatists": the country behind someone."""
    second = after_hyphen(token)
    return second is not None and second.lower_ in _BACKING


def _backing_agent(token: Any) -> bool:
    """ "Iran" in "militias backed by Iran": who backs the actor, not where it acts."""
    by = token.head
    verb = by.head
    return (
        token.dep_ == "pobj"
        and by.lower_ == "by"
        and verb.dep_ == "acl"
        and verb.lower_.split("-")[-1] in _BACKING
    )


def _title(tokens: list[Any], head: Any) -> bool:
    """The phrase is one name in title case that goes on after its head ("Doctors Without
    Borders", "Reporters Without Borders"): a body's name, not people and what they face."""
    return (
        head.text[:1].isupper()
        and tokens[-1].i > head.i
        and all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in tokens)
        and any(t.lower_ not in _NAME_LINKS for t in tokens if t.i > head.i)
        and any(t.lower_ not in _WHOSE_PREPS for t in tokens if t.dep_ == "prep")
    )


def _names_place(token: Any) -> bool:
    """A capitalised word that names a country, its people or its capital ("Niger", "Greeks"),
    whatever entity type the recogniser gave it."""
    if not token.text[:1].isupper():
        return False
    return bool(country_table().country(token.text) or extra_places().get(token.lower_))


def _phrase(head: Any) -> list[Any]:
    """The noun phrase of ``head``: its subtree without clauses, appositions or conjuncts."""
    skip = {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos", "punct", "xcomp"}
    tokens = [head]
    # ("holding families as human shields": what they are held as is no part of their name;
    # "groups such as Emily's List" names them; "a deal between Israel and Hamas" is neither's)
    stack = [
        c
        for c in head.children
        if c.dep_ not in skip and not _when(c) and not _held_as(c) and not _between_prep(c)
    ]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in skip and not _when(c))
    tokens.sort(key=lambda t: t.i)
    while tokens and tokens[0].dep_ in ("det", "punct", "predet") and tokens[0].i != head.i:
        tokens = tokens[1:]
    return tokens


def _between_prep(token: Any) -> bool:
    return token.dep_ == "prep" and token.lower_ in ("between", "among")


def _name_word(head: Any) -> bool:
    """A proper noun, or a capitalised subject the tagger took for a common noun ("Trump
    urges UN to ..." at the start of a headline)."""
    return head.pos_ == "PROPN" or (
        head.tag_ == "NN" and head.text.istitle() and head.dep_ in ("nsubj", "nsubjpass")
    )


def _held_as(token: Any) -> bool:
    """An "as" phrase that says what someone is held or used as, not who they are."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "as"
        and not any(c.lower_ == "such" for c in token.children)
        and not (token.i > 0 and token.nbor(-1).lower_ == "such")
    )


# Prepositions after a noun that say whose or where it is ("rebels in the Ivory Coast",
# "a spokesman for the Kenyan government"); others ("students against the war in Syria") say
# what the people are about, not who they are.
_WHOSE_PREPS = {"of", "from", "in", "for", "inside", "within"}
# … of which these say only where they are.
_WHERE_PREPS = {"in", "inside", "within", "near", "at", "across", "throughout", "around"}


def _belongs(token: Any, head: Any) -> bool:
    """``token`` tells who the phrase headed by ``head`` is (not what it is about)."""
    current = token
    while current.i != head.i and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ not in _WHOSE_PREPS:
            return False
        current = current.head
    return True


def _trim(text: str) -> str:
    """A phrase as a name: without quotes, stray punctuation or a possessive ending ("the
    Prime Minister’s" is the Prime Minister)."""
    return text.strip(" ,.;:\"'“”").removesuffix("’s").removesuffix("'s").rstrip()
