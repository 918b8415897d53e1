"""Derive parley's lower-priority verb table from the Phoenix CAMEO verb dictionary.

Reads ``CAMEO.2.0.txt`` (Phoenix / PETRARCH2, MIT, Open Event Data Alliance) and the CAMEO
codebook with its PLOVER mapping, both from ``shared/data/events/`` above the repository, and
writes ``src/parley/events/lexicon/cameo_verbs.tsv``: one row per verb lemma, or per verb lemma
plus the object (or preposition and object) a CAMEO pattern needs, with the PLOVER type, mode
and CAMEO code it stands for.

What is kept (a reviewed selection, not a copy):

- a verb with its own or its block's CAMEO code, unless its everyday sense is not the event
  (``GENERIC`` below: "say", "go", "make" …) or its code maps to no PLOVER type (CAMEO 01);
- a pattern ``- * OBJECT [code]`` or ``- * (PREP OBJECT) [code]`` whose object is one word or a
  synonym set (``&WEAPON``): the object's head noun (and the preposition) become required
  neighbours. Patterns that constrain the subject (``- &MILITARY * ...``), need more than one
  phrase, or carry a code that maps to no PLOVER type are left out.

Run from the repository root: ``python tools/derive_cameo_verbs.py`` (no arguments). Review the
diff of the table before committing it.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path


def _words(text: str) -> set[str]:
    return set(text.split())


ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/parley/events/lexicon/cameo_verbs.tsv"
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"

# Where parley follows the PLOVER manual rather than the 2021 CAMEO→PLOVER table (as the hand
# lexicon does, see lexicon/README.md); CAMEO 02 "appeal" is a PLOVER REQUEST.
DEVIATIONS = {"163": "SANCTION", "192": "ASSAULT", "0831": "RETREAT"}
APPEAL_ROOT = "02"

# Verbs whose everyday sense in news is not the event the dictionary files them under: saying,
# moving, having, making, thinking, and verbs of state or change with no actor-to-actor act.
GENERIC = _words(
    """
    say tell state report add note announce claim comment mention remark describe explain
    express inform quote write speak talk go come get give make take do have be become put set
    keep hold let run move bring carry turn show see look find know think believe expect hope
    feel seem appear remain stay continue start begin end finish try attempt use need want
    wish like love hate consider regard view call name mark lead follow leave enter reach
    arrive return pass cross meet see watch hear read work play pay spend buy sell cost raise
    rise fall drop lose win gain grow increase reduce cut change alter open close build
    develop produce create form plan prepare decide include involve allow help provide offer
    receive send place stand sit lie die live kill fight face deal handle manage serve act
    respond react answer ask question wonder consider discuss review study examine observe
    indicate suggest signal predict estimate count measure assess figure total decree
    emphasize stress repeat reiterate confirm deny acknowledge admit concede recall remember
    forget understand realize learn teach train drive fly walk jump push pull press lift lay
    fill empty pour pump draw drag throw hurl launch fire strike hit beat break shake touch
    hang mount project pursue seek search scour select choose elect appoint replace restore
    repair recover register record list file lodge enjoy experience suffer endure survive
    emerge surge spiral plunge soar crash collapse rumble roar shudder perplex satisfy value
    toy stake spell sound tout strain stream spring swoop thrust wait warm weaken wipe
    utilize unload unimpress slacken slash snare silence separate shrug shut share scramble
    schedule salvage reap reappraise reallocate rebury regroup relax resort restart restructure
    reunify risk obtain patch penetrate perform perpetuate portray prompt ratchet decorate
    defuse despatch deter discover dispel distance dock draft eliminate embrace erupt evade
    exhibit extend fail fell foil fuel fulfill hide identify ignore immigrate implant instruct
    intercept invoke knock lock maintain circulate concern worry hear introduce assemble
    consider cable notify influence disclose rejoice boost enact enlist facilitate link merge
    import purchase allocate grant abandon allow submit abstain loosen despair lament dismay
    curse disgrace disturb betray disrupt undermine confine exclude impel impose extract die
    engage target destroy flatten explode gunfire physical overthrew rip revive strive
    bargain favor respect appreciate bless encourage reassert legitimise formalize stabilise
    intervene defend debate
    """
) | _words(
    # Reviewed one by one: the dictionary files them under a code too broad to stand alone
    # (CAMEO 040, 050, 060, 140 …), under a sense news rarely means ("brave", "ring"), or the
    # hand lexicon codes them otherwise (agree, negotiate, withdraw, oppose …).
    """
    abate abide abort accord acquaint administer advertise advertize affect affirm agonise
    agonize aim allot ally altercate amass ameliorate amplify analyse annoy apply apportion
    approach appropriate argue arouse ascertain assign associate assuage attach attend attire
    augment award barter benefit bequeath best better bide bill bind blast blend blow bother
    bow brave bust catch celebrate certify chain challenge check cheer circle clap clear
    cluster coalesce comb combine command commemorate compensate compete comply compound
    concert concession confess confide conflate conform confront conglomerate congregate
    conjoin connect constellate constitute contain contemplate contend contest contrast
    control converge correlate corrupt counter counterbalance countermine crack cry damage
    debase deepen defer defile degrade depart desire detach determine dictate differ dig
    direct disappoint disarray disconnect discourage disengage disentangle dishearten
    dishonor dishonour disorder dissent divulge dominate duel ease egress elicit embark
    embolden enable empower enclose encounter endow enhance enjoin enkindle enlarge enliven
    enroll ensure entrust escalate establish esteem exaggerate exalt exchange excogitate
    expand expediate explore expose exuberate exult flock found fuse galvanize garner gather
    gear glorify govern grab grapple greet grieve groom guard haggle harmonise harmonize head
    heighten hint humble humiliate impact impair improve innovate insert inspire institute
    integrate intensify interact interfere intermediate invigorate issue join journey lend
    liberate magnify mar master match mean meditate mine mitigate moderate monitor mourn mull
    muse obey orchestrate organise organize overcome overshadow overtake pit plague ponder
    prefer prescribe prize profess promote rag rake ready reason reconsider redouble regulate
    relate remit remove render research reside inhabit infest resettle resolve resurrect
    resuscitate retire reveal revitalize revolutionise revolutionize ring rouse rule ruminate
    sadden sanctify satify scan segregate settle simplify skim slight speculate spoil spur
    steer stock struggle subscribe summon supervise supervize surmount suspect sweep
    synchronise synchronize table tarnish task tax tear tease tempt tend tender toast
    triumph undo unearth unionise unionize unite unloose untie unveil upset verify vex
    vitiate vote vouch wail ward weep weigh whine wrangle touring forgave forgiven
    agree collaborate cooperate coordinate disarm negotiate mediate withdraw oppose dismiss
    rally reinforce propose protect pressure campaign crusade bid caution endanger harass
    provoke shun withhold force compel enforce constrain inflict levy cage pirate pluck
    snatch subvert overturn bruise contaminate defeat hammer harm hurt ruin shatter thump
    wrestle combat conflict eradicate smash devastate decimate desolate obliterate overwhelm
    lash abuse disagree dispute interrogate lecture oppugn re-examine reexamine refute
    renounce spy crucify endeavor endeavour resurrect apprise communicate converse contact
    embark huddle promulgate reinvite travel assist deepen furnish outfit oversee sponsor
    underwrite unify favour honor honour persuade reward approve arbitrate authorise
    authorize countenance intercede legislate permit recede succumb tolerate vindicate
    defect forestall hamper hinder impede inhibit obstruct override postpone procrastinate
    retard stall stymie advise apply counsel necessitate marshal parade agonise badger
    discomfit disconcert disquiet harry hassle irk irritate pester torment sabotage
    disassociate secede safeguard shield stabilize admire extol reassure compliment
    declassify exculpate emancipate forswear retract scrutinize implicate contradict
    """
)
# Reviewed on unlabelled news (PolNeAR articles): in political reporting these are mostly
# figures of speech ("stole the nomination", "looked crushed", "kicking the can down the road",
# "was strangely subdued", "brand their program as ...").
GENERIC |= _words("steal crush kick subdue brand")
# Verbs whose object patterns too are domestic appointments, not events between actors
# ("appointed a new finance minister").
NO_PATTERNS = _words("appoint elect name nominate select choose hire replace reshuffle")
# Single rows whose everyday sense is no event ("held local elections", "took part").
NO_ROWS = {
    ("hold", "election"), ("take", "measure"), ("take", "part"), ("take", "bitterly"),
    # "the law gives citizens the right to ...", "started a campaign against ...": no act
    # between actors, whatever follows.
    ("give", "right"), ("start", "against"),
    # "launched an operation to vaccinate children": an operation of any kind, not an attack.
    ("launch", "operation"),
    # Reviewed on unlabelled news (PolNeAR articles), where these are campaign talk and
    # figures of speech: "launched his White House bid", "launching his campaign", "kicked off
    # her campaign", "reaching out to young voters", "counting on winning", "deals a
    # devastating blow to", "remained too close to call", "opened up doors of opportunity";
    # and a state's own acts with no one acted on: "announced the measure", "launched a
    # development program", "signed a decree", "signed the law".
    ("launch", "bid"), ("launch", "campaign"), ("kick", "off"), ("reach", "out"),
    ("count", "on"), ("deal", "blow"), ("remain", "close"), ("open", "opportunity"),
    ("announce", "measure"), ("launch", "agenda|outline|program|programme|schema|scheme"),
    ("sign", "decree"), ("sign", "law"),
    # "She cut down the prep time", "cut down on spending": a cut, not a killing.
    ("cut", "down"),
    # "backed out of the debate", "backing out coal": withdrawing from an engagement or a
    # plan, not the military retreat the dictionary files it under (0874).
    ("back", "out"),
}  # fmt: skip
_WORD = re.compile(r"^[A-Z][A-Z'-]*$")


def main() -> int:
    shared = next(
        (p / "shared/data/events" for p in ROOT.parents if (p / "shared/data/events").is_dir()),
        None,
    )
    if shared is None:
        print("shared/data/events not found above the repository", file=sys.stderr)
        return 1
    plover = _plover_table(shared / "cameo_codebook/cameo_event_codes.csv")
    text = (shared / "phoenix_dictionaries/CAMEO.2.0.txt").read_text("utf-8", errors="replace")
    blocks = _parse(text)
    rows: dict[tuple[str, str], tuple[str, str, str]] = {}
    for block_code, verbs, patterns in blocks:
        for lemma, code in verbs:
            for needs, pattern_code, named in patterns:
                if named == lemma and lemma not in NO_PATTERNS:
                    _add(rows, plover, lemma, needs, pattern_code)
            if lemma not in GENERIC:
                _add(rows, plover, lemma, "", code or block_code)
    _write(rows)
    print(f"{len(rows)} rows written to {OUT.relative_to(ROOT)}")
    return 0


def _plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from the codebook's PLOVER columns."""
    table: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["code"]
            type_ = DEVIATIONS.get(code) or row["plover_event"]
            if code.startswith(APPEAL_ROOT):
                type_ = "REQUEST"
            if type_:
                table[code] = (type_, row["plover_mode"].strip())
    return table


def _parse(
    text: str,
) -> list[tuple[str, list[tuple[str, str]], list[tuple[str, str, str]]]]:
    synonyms: dict[str, list[str]] = defaultdict(list)
    blocks: list[tuple[str, list[tuple[str, str]], list[tuple[str, str, str]]]] = []
    current_set = None
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current_set = line.strip()
            continue
        if line.startswith("---"):
            current_set = None
            match = re.search(r"\[([^\]]*)\]", line)
            blocks.append((_code(match.group(1) if match else ""), [], []))
            continue
        if current_set is not None and not blocks and line.startswith("+"):
            synonyms[current_set].append(line[1:].strip().lower())
            continue
        if not blocks:
            continue
        _, verbs, patterns = blocks[-1]
        match = re.search(r"\[([^\]]*)\]", line)
        code = _code(match.group(1)) if match else ""
        if line.startswith("-"):
            needs = _pattern_needs(line[1 : match.start() if match else None], synonyms)
            named = comment.split()[0].lower() if comment.split() else ""
            if needs and code and named:
                patterns.append((needs, code, named))
            continue
        head = line.split("{", 1)[0].split("[", 1)[0].strip().lstrip("+")
        words = head.lower().rstrip("_").split("_")
        if len(words) == 1 and _WORD.match(head.upper()):
            verbs.append((words[0], code))
    return blocks


def _code(text: str) -> str:
    """``042:043`` → ``042`` (the source-side code); ``---`` and ``:110`` → none."""
    first = text.split(":", 1)[0].strip()
    return first if first.isdigit() else ""


def _pattern_needs(body: str, synonyms: dict[str, list[str]]) -> str:
    """``* SANCTIONS`` → ``sanction``; ``* (TO BORDER)`` → ``to border``; else ``""``."""
    before, star, after = body.partition("*")
    if not star or before.strip() or any(c in after for c in "$%+^"):
        return ""
    phrases = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", after.strip())
    if len(phrases) != 1:
        return ""
    phrase = phrases[0]
    preposition = ""
    if phrase.startswith("("):
        words = phrase.strip("()").split()
        if len(words) != 2:
            return ""
        preposition, phrase = words[0].lower(), words[1]
    modifiers = ""
    if phrase.startswith("{"):
        # "{DEFIANT STATEMENT}": every word is needed (the lexicon's terms are all required),
        # the modifiers as written, the head as its lemma; a phrase with a synonym set or any
        # other sign the lexicon cannot express is dropped.
        *before_head, phrase = phrase.strip("{}").split()
        if not all(_WORD.match(w.rstrip("_")) for w in before_head):
            return ""
        modifiers = " ".join(w.rstrip("_").lower() for w in before_head)
    if phrase.startswith("&"):
        heads = sorted(
            {_singular(s.rstrip("_")) for s in synonyms.get(phrase, []) if "_" not in s.rstrip("_")}
        )
        heads = [h for h in heads if h.isalpha()]
        if not heads or len(heads) > 12:
            return ""
        noun = "|".join(heads)
    elif _WORD.match(phrase.rstrip("_")):
        noun = _singular(phrase.rstrip("_").lower())
    else:
        return ""
    return " ".join(w for w in (preposition, modifiers, noun) if w)


# Nouns that end in "s" and are singular: "NEWS" is news, not a new.
_NOT_PLURAL = {"news", "series", "species", "means", "politics", "economics", "headquarters",
               "ethics", "physics", "whereabouts", "crossroads", "measles", "diabetes"}  # fmt: skip


def _singular(word: str) -> str:
    word = word.lower()
    if word in _NOT_PLURAL:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _add(
    rows: dict[tuple[str, str], tuple[str, str, str]],
    plover: dict[str, tuple[str, str]],
    lemma: str,
    needs: str,
    code: str,
) -> None:
    if not code or code not in plover or (lemma, needs) in rows or (lemma, needs) in NO_ROWS:
        return
    type_, mode = plover[code]
    rows[(lemma, needs)] = (type_, mode, code)


def _write(rows: dict[tuple[str, str], tuple[str, str, str]]) -> None:
    header = (
        "# Verb patterns derived from the Phoenix CAMEO verb dictionary CAMEO.2.0.txt\n"
        "# (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/, commit\n"
        f"# {COMMIT}; MIT licence, copyright 2015 Open Event Data Alliance; the\n"
        "# dictionary credits the TABARI/CAMEO dictionaries, WordNet and NSF grants), with each\n"
        "# CAMEO code's PLOVER type and mode from the CAMEO→PLOVER table (PLOVER manual draft\n"
        "# 0.8, 2021, OEDA, CC BY-SA 4.0). Generated by tools/derive_cameo_verbs.py, which\n"
        "# leaves out verbs whose everyday sense is not the event (say, go, make …) and\n"
        "# patterns that need more than one phrase. Reviewed; a lower-priority layer under the\n"
        "# hand lexicon (lexicon/*.txt). Columns: lemma, needs, type, mode, cameo.\n"
    )
    lines = [
        f"{lemma}\t{needs}\t{type_}\t{mode}\t{code}"
        for (lemma, needs), (type_, mode, code) in sorted(rows.items())
    ]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
