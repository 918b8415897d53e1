"""The event lexicon: the readable per-type files of ``lexicon/`` loaded into patterns.

See ``lexicon/README.md`` for the file format. Loading checks every line (an
unknown mode or a malformed line is a ``LexiconError`` naming the file and line),
so a domain expert's edit fails loudly rather than silently coding nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from parley.errors import ParleyError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

_POS = {"": "verb", "n": "noun", "a": "adj"}
_FILLERS = {"of", "the", "a", "an"}


class LexiconError(ParleyError):
    """A lexicon file has a line parley cannot read; the message names file and line."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Pattern:
    """One lexicon line: a trigger lemma, the neighbours it needs, and what it codes."""

    type: str
    trigger: str
    pos: str
    """``verb``, ``noun`` or ``adj``."""
    needs: tuple[frozenset[str], ...]
    """Each set must be matched by one word near the trigger (``@actor``: any actor word;
    ``@object``: a direct object that names an actor)."""
    mode: str | None
    cameo: str
    intensity: float
    line: str
    """``file:line`` for explanations and errors."""
    derived: bool = False
    """From the table derived from the CAMEO verb dictionary, not the hand lexicon."""
    unless: frozenset[str] = frozenset()
    """Neighbours that make the word something else ("released a *statement*")."""

    @property
    def specificity(self) -> int:
        return len(self.needs)


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeInfo:
    type: str
    cameo: str
    score: float
    modes: dict[str, float]


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    types: dict[str, TypeInfo]
    by_trigger: dict[tuple[str, str], tuple[Pattern, ...]]
    """(pos, lemma) → the patterns with that trigger, most specific first."""
    derived: dict[tuple[str, str], tuple[Pattern, ...]] = field(default_factory=dict)
    """The lower-priority layer derived from the CAMEO verb dictionary (``cameo_verbs.tsv``):
    consulted only for a word no hand pattern matches."""

    def patterns(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((pos, lemma), ())

    def derived_patterns(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        """Derived patterns for a word; a bare derived verb only when the hand lexicon has no
        pattern at all for it (its authors decided what the bare word means)."""
        found = self.derived.get((pos, lemma), ())
        if (pos, lemma) in self.by_trigger:
            return tuple(p for p in found if p.needs)
        return found

    def intensity(self, type_: str, mode: str | None) -> float:
        info = self.types[type_]
        return info.modes.get(mode, info.score) if mode else info.score


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon (every ``lexicon/*.txt``), parsed and checked."""
    folder = resources.files("parley.events").joinpath("lexicon")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    lexicon = parse_lexicon({f.name: f.read_text("utf-8") for f in files})
    derived = folder.joinpath(DERIVED_FILE)
    if not derived.is_file():
        return lexicon
    return with_derived(lexicon, derived.read_text("utf-8"))


DERIVED_FILE = "cameo_verbs.tsv"


def with_derived(lexicon: Lexicon, text: str, name: str = DERIVED_FILE) -> Lexicon:
    """``lexicon`` with the derived verb table (lemma, needs, type, mode, cameo a line)."""
    found: dict[tuple[str, str], list[Pattern]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 5:
            raise LexiconError(f"{name}:{number}: expected 5 tab-separated fields, got {raw!r}.")
        lemma, needs, type_, mode, cameo = (f.strip() for f in fields)
        info = lexicon.types.get(type_)
        if info is None:
            raise LexiconError(f"{name}:{number}: {type_!r} is not a PLOVER type.")
        known_mode = mode if mode in info.modes else None
        pattern = Pattern(
            type=type_,
            trigger=lemma,
            pos="verb",
            needs=tuple(frozenset(term.split("|")) for term in needs.split()),
            mode=known_mode,
            cameo=cameo,
            intensity=lexicon.intensity(type_, known_mode),
            line=f"{name}:{number}",
            derived=True,
        )
        found.setdefault(("verb", lemma), []).append(pattern)
    derived = {
        key: tuple(sorted(patterns, key=lambda p: -p.specificity))
        for key, patterns in found.items()
    }
    return Lexicon(types=lexicon.types, by_trigger=lexicon.by_trigger, derived=derived)


def parse_lexicon(files: dict[str, str]) -> Lexicon:
    """A lexicon from file name → text (used for the bundled files and for tests)."""
    types: dict[str, TypeInfo] = {}
    patterns: list[Pattern] = []
    for name, text in files.items():
        info, found = _parse_file(name, text)
        if info.type in types:
            raise LexiconError(f"{name}: the type {info.type} is already defined in another file.")
        types[info.type] = info
        patterns += found
    missing = set(PLOVER_TYPES) - set(types)
    if missing:
        raise LexiconError(f"The lexicon has no file for {', '.join(sorted(missing))}.")
    by_trigger: dict[tuple[str, str], list[Pattern]] = {}
    for pattern in patterns:
        by_trigger.setdefault((pattern.pos, pattern.trigger), []).append(pattern)
    return Lexicon(
        types=types,
        by_trigger={
            key: tuple(sorted(found, key=lambda p: -p.specificity))
            for key, found in by_trigger.items()
        },
    )


def _parse_file(name: str, text: str) -> tuple[TypeInfo, list[Pattern]]:
    meta: dict[str, str] = {}
    modes: dict[str, float] = {}
    rows: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            if key == "mode":
                mode, _, score = value.strip().partition(" ")
                modes[mode] = _number(score, name, number)
            else:
                meta[key] = value.strip()
            continue
        rows.append((number, line))
    type_ = meta.get("type", "")
    if type_ not in PLOVER_TYPES:
        raise LexiconError(f"{name}: '@type {type_}' is not one of the 16 PLOVER types.")
    info = TypeInfo(
        type=type_,
        cameo=meta.get("cameo", ""),
        score=_number(meta.get("score", ""), name, 0),
        modes=modes,
    )
    return info, [_parse_row(info, name, number, line) for number, line in rows]


def _parse_row(info: TypeInfo, name: str, number: int, line: str) -> Pattern:
    fields = [f.strip() for f in line.split(";")]
    if len(fields) > 3 or not fields[0]:
        raise LexiconError(f"{name}:{number}: expected 'pattern ; mode ; cameo', got {line!r}.")
    fields += [""] * (3 - len(fields))
    pattern, mode, cameo = fields
    if mode and mode not in info.modes:
        raise LexiconError(
            f"{name}:{number}: the mode {mode!r} is not declared with '@mode' in this file."
        )
    # "!statement|report": not when one of these is near the trigger.
    terms = pattern.split()
    unless = frozenset(w for t in terms if t.startswith("!") for w in t[1:].split("|"))
    pattern = " ".join(t for t in terms if not t.startswith("!"))
    trigger, pos, needs = _parse_pattern(pattern, name, number)
    return Pattern(
        type=info.type,
        trigger=trigger,
        pos=pos,
        needs=needs,
        mode=mode or None,
        cameo=cameo or info.cameo,
        intensity=info.modes.get(mode, info.score) if mode else info.score,
        line=f"{name}:{number}",
        unless=unless,
    )


def _parse_pattern(
    pattern: str, name: str, number: int
) -> tuple[str, str, tuple[frozenset[str], ...]]:
    prefix, colon, rest = pattern.partition(":")
    if colon and prefix in _POS:
        pos, words = _POS[prefix], rest.split()
    else:
        pos, words = "verb", pattern.split()
    if (
        pos == "noun"
        and len(words) > 1
        and "|" not in rest
        and not any(w.startswith("@") for w in words)
    ):
        # A multiword noun ("hunger strike", "state of siege"): the head is the trigger.
        content = [w for w in words if w not in _FILLERS]
        head = words[0] if "of" in words else words[-1]
        return head, pos, tuple(frozenset({w}) for w in content if w != head)
    if not words or "|" in words[0]:
        raise LexiconError(f"{name}:{number}: a pattern starts with one trigger word.")
    return words[0], pos, tuple(frozenset(w.split("|")) for w in words[1:])


def _number(text: str, name: str, number: int) -> float:
    try:
        return float(text)
    except ValueError:
        raise LexiconError(f"{name}:{number}: {text!r} is not a number.") from None
