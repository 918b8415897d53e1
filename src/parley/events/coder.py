"""Coding events in one parsed article: triggers, folding, tense, actors, dates.

For each sentence:

1. **Triggers.** Every word whose lemma starts a lexicon pattern, with the most
   specific matching pattern (``withdraw troops`` beats ``withdraw``); a verb no hand
   pattern matches may match the lower layer derived from the CAMEO verb dictionary
   (``lexicon/cameo_verbs.tsv``), unless its object is an event noun of the hand lexicon
   ("launched *war games*": a light verb).
2. **Folding.** A trigger inside the clause or object of another trigger is part
   of that one event, not a second event: "threatened to *break relations*" is
   THREATEN with mode ``relations``, "demanded that the US *cancel* the sale" is
   REQUEST, "agreed to *share information*" is AGREE. What the outer event asks,
   refuses or threatens gives its mode. **Choice:** events of the main clause win over
   those of purpose, time and manner phrases, and derived-layer events are kept only in a
   clause the hand lexicon leaves uncoded.
3. **Tense and modality** (PLOVER's auxiliary markers): a future or intended
   cooperative act ("will visit", "will provide aid") is AGREE and a future
   coercive act ("would boycott", "will withdraw unless ...") is THREATEN, as the
   PLOVER manual codes them; "not" marks an event negated; "would/could/might"
   outside reported speech, or an "if" clause, marks it hypothetical.
4. **Actors.** Source: the clause's subject (the agent of a passive), climbing
   through "agreed to ..." and "said it would ..." to the speaker when the
   subject is a pronoun; target: the first object, prepositional object or
   embedded subject that names an actor other than the source. Compound subjects
   of a mutual act (talks, a treaty, clashes) with no target are reciprocal (A→B
   and B→A), and so are the parties of "a meeting between A and B"; a non-state
   source (strikers, rebels, a union) with none acts toward its own state (the
   country, GOV). An agentless passive has no source (the quote's speaker only
   when the act is "with" someone; never an outlet cited "according to").
5. **Date** from the time expression attached to the trigger's clause, else the
   nearest one in the sentence; **quote id** from the quote the trigger sits in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from parley.actors.countries import city_country
from parley.actors.names import is_role
from parley.events.actors import (
    _SECTOR,
    INTERNATIONAL_SECTORS,
    Actor,
    ActorReader,
    _between_prep,
    _when,
)
from parley.events.lexicon import Lexicon, Pattern, load_lexicon
from parley.nlp import joined_after
from parley.quotes.lexicon import MEDIA
from parley.records import Article, Event, Quote, TimeExpr
from parley.time import dates_a_thing, names_a_day

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "AGREE"}
# Acts two parties named together do with each other ("A and B held talks", "signed a treaty
# of friendship", "clashed").
_MUTUAL = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "ASSAULT"}
# Words of fighting that two sides do to each other.
_CLASHING = {"clash", "fight", "fighting", "battle", "skirmish", "exchange", "war", "combat",
             "hostility", "confrontation"}  # fmt: skip
# Words that bind their maker alone: "She and her aides vowed to ..." is no pact between them.
_BINDING = {"vow", "pledge", "promise", "offer", "commit", "commitment"}
COERCIVE = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE", "THREATEN"}
_MATERIAL_CONFLICT = COERCIVE - {"THREATEN"}
# Announcing a deployment ("will send troops to Estonia") is a show of force, not a threat.
_ANNOUNCED = {"THREATEN", "MOBILIZE"}
# Verbs whose object is a topic, not a party: "discussed the war in Ukraine".
_TOPIC_VERBS = {"discuss", "negotiate", "debate", "consider", "address"}
SPEECH = {
    "say", "tell", "announce", "state", "add", "report", "claim", "confirm", "stress", "note",
    "quote", "write", "explain", "indicate", "reiterate", "declare", "insist", "assert",
    "maintain", "argue", "believe", "think", "conclude", "suggest", "repeat", "warn", "signal",
    "shout", "chant", "yell",
}  # fmt: skip
_FUTURE = {"will", "shall", "'ll", "wo"}
_MODAL = {"would", "could", "might", "may", "should", "'d", "can", "ca"}
# "can be supported here", "can help": an ability or an option, not an act that happened (but
# "said it can close the strait" is what the speaker says it may do, as with "could").
_POSSIBLE = {"could", "might", "may", "can", "ca"}
# ("are to begin talks", "is set to visit", "is poised to sign": scheduled, not yet done.)
_INTENT_HEADS = {"plan", "intend", "prepare", "aim", "expect", "hope", "due", "schedule",
                 "be", "set", "poise", "want", "wish"}  # fmt: skip
_MEASURES = {
    "day", "week", "month", "year", "hour", "ton", "tonne", "kg", "kilogram", "round", "series",
    "wave", "number", "lot", "amount", "worth", "dollar", "shipment", "consignment", "package",
    "truckload", "planeload", "boatload", "shipload",
}  # fmt: skip
# Nouns that carry an act named beside them: "a mediation effort", "a campaign of strikes".
_CARRIERS = {"effort", "campaign", "operation", "mission", "bid", "initiative", "process",
             "drive", "round", "series", "wave", "day"}  # fmt: skip
# "thousands of refugees", "dozens of activists": a count of what is acted on.
_NUMBERS = {"dozen", "hundred", "thousand", "million", "score", "scores"}
_QUANTITIES = {"part", "some", "all", "most", "much", "many", "half", "portion", "rest"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "DATE", "TIME", "FAC", "LOC", "WORK_OF_ART",
                "LAW", "EVENT", "PRODUCT"}  # fmt: skip
_TARGET_PREPS = (
    "with", "against", "to", "on", "at", "from", "toward", "towards", "into", "for", "over",
    "upon", "between", "in", "of", "by", "outside", "near",
)  # fmt: skip
# Prepositions of where an act happened: their object is read as a place, after any party
# the clause names ("a car bomb exploded near a military base in Afghanistan": Afghanistan).
_WHERE_PREPS = {"in", "near"}
_NESTING_PREPS = {"on", "to", "against", "with", "over", "from"}
_BARRIERS = {"conj", "relcl", "parataxis", "nsubj", "nsubjpass", "csubj", "appos"}
_REQUEST_MODE = {
    "AID": "assist",
    "CONSULT": "meet",
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
_AGREE_CAMEO = {
    "AID": "033",
    "CONSULT": "036",
    "RETREAT": "035",
    "CONCEDE": "035",
    "COOPERATE": "031",
    "SUPPORT": "032",
}


@dataclass(slots=True)
class _Trigger:
    token: Any
    pattern: Pattern
    type: str
    mode: str | None
    cameo: str
    folded: list[_Trigger] = field(default_factory=list)
    future: bool = False
    named_by: _Trigger | None = None
    """The attack its verb's subject names ("The Paris *attacks* killed ..."), whose doer
    is the verb's."""


_OBLIGATION = Pattern(
    type="REQUEST", trigger="", pos="verb", needs=(), mode="change", cameo="100", intensity=-1.0,
    line="coder.py: an obligation in reported speech",
)  # fmt: skip
_WISH = Pattern(
    type="REQUEST", trigger="", pos="verb", needs=(), mode=None, cameo="100", intensity=0.0,
    line="coder.py: wanting someone to act",
)  # fmt: skip
_REFUSAL = Pattern(
    type="REJECT", trigger="", pos="verb", needs=(), mode="yield", cameo="1245", intensity=-2.0,
    line="coder.py: not letting someone act",
)  # fmt: skip
_INSISTENCE = Pattern(
    type="REQUEST", trigger="", pos="verb", needs=(), mode="change", cameo="100", intensity=-1.0,
    line="coder.py: insisting that someone act",
)  # fmt: skip
_CONDEMNATION = Pattern(
    type="ACCUSE", trigger="", pos="verb", needs=(), mode="disapprove", cameo="111",
    intensity=-2.0, line="coder.py: calling something a hostile act",
)  # fmt: skip


_REACTION = Pattern(
    type="ACCUSE", trigger="", pos="verb", needs=(), mode="disapprove", cameo="110",
    intensity=-2.0, line="coder.py: dismay or outrage at someone's act",
)  # fmt: skip
_UNLAWFULNESS = Pattern(
    type="SANCTION", trigger="", pos="verb", needs=(), mode="convict", cameo="160",
    intensity=-6.0, line="coder.py: a finding that an act was unlawful",
)  # fmt: skip


def _clause_pattern(token: Any) -> Pattern | None:
    """A request, refusal or verdict no lexicon word carries but the clause does: an
    obligation in reported speech, wanting, not letting or insisting that someone act, a
    finding that something was unlawful."""
    if token.pos_ == "VERB" and _obligation(token):
        return _OBLIGATION
    if _unlawful(token) is not None:
        return _UNLAWFULNESS
    tests = ((_wish, _WISH), (_not_letting, _REFUSAL), (_insisting, _INSISTENCE))
    found = next((pattern for test, pattern in tests if test(token)), None)
    # (the background last: it climbs the tree, and few words pass the tests)
    return None if found is None or _in_background(token) else found


# Adverbs of what is usual or the rule, not of acts done.
# ("routinely beat detainees", "often shelled" report acts, repeated: PLOVER codes them.)
_HABITUAL = {"usually", "normally", "typically", "generally", "traditionally", "customarily"}
# Verbs that give something a name ("called it an aggression"): not a request.
_NAMING = {"call", "label", "brand", "term", "dub", "describe"}
# Dismay and outrage (CAMEO 110, disapprove): "X was appalled by Y's decision", "Y's move
# angered X". Not worry or sadness ("concerned", "saddened": a pessimistic or an empathetic
# comment, no reproach), as the CAMEO dictionary files them.
_REACTIONS = {"dismay", "disappoint", "appal", "appall", "outrage", "anger", "disturb", "shock",
              "disgust", "incense", "infuriate", "offend", "enrage", "horrify"}  # fmt: skip
# The prepositions that name what one is dismayed at.
_STIMULUS_PREPS = {"by", "at", "with", "over"}
# The types of a hostile act: calling something one ("an aggression", "a violation") condemns it.
_HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE"}
# Names of wrongs that no event noun of the lexicon stands for ("a new low" too).
_WRONGS = {"aggression", "violation", "breach", "crime", "atrocity", "provocation", "outrage",
           "terrorism", "betrayal", "insult", "disgrace", "scandal", "hoax", "fraud",
           "low"}  # fmt: skip
# … and words of reproach ("called the remarks irresponsible").
_REPROACHES = {"irresponsible", "unacceptable", "outrageous", "provocative", "deplorable",
               "reprehensible", "shameful", "disgraceful", "illegal", "illegitimate",
               "unjustified", "unjustifiable", "reckless", "barbaric", "heinous", "cowardly",
               "despicable", "abhorrent", "appalling", "bizarre", "absurd", "ridiculous",
               "shameless",
               # (of a person: "called the ambassador a very stupid guy")
               "stupid", "dumb", "incompetent", "dishonest", "crooked", "corrupt", "pathetic",
               "unfit", "ignorant", "nasty", "evil", "dangerous"}  # fmt: skip
# A bare "rally" or "strike" ("in a rally on Friday", "justified the strike") may be a
# campaign meeting or a military strike; it is a protest when the text says whose or what
# kind, or that someone staged, joined or went on one.
_PROTEST_NOUNS = {"rally", "strike"}
_PROTEST_HOSTS = {"stage", "hold", "launch", "call", "begin", "start", "join", "end", "organize",
                  "organise", "continue", "announce", "lead", "plan", "go", "threaten"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Place:
    """An "in X" phrase: a target only when X is a whole country, not a city."""

    token: Any


class EventCoder:
    """Codes the events of parsed articles with one lexicon."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon()
        # Every word that may start a trigger: the lexicon's (hand and derived) and the
        # naming verbs; words of dismay are tested by their stems (``_reaction``).
        self._words = (
            frozenset(word for _, word in (*self.lexicon.by_trigger, *self.lexicon.derived))
            | _NAMING
        )

    def code(self, article: Article, doc: Any) -> tuple[Event, ...]:
        """The article's events, ids ``V1``, ``V2`` … in text order."""
        reader = ActorReader(doc, article.entities, published=article.published)
        # Quotations with a known speaker are reported speech as much as a clause of "said"
        # (not a text that cites its source, "according to Reuters").
        doc.user_data[_QUOTED] = tuple(
            (q.start, q.end)
            for q in article.quotes
            if q.speaker_id and not (q.cue or "").lower().startswith("according")
        )
        # Where a person's name is written ("Slaughter", "Young" as a surname): no act's word.
        doc.user_data[_NAMES] = frozenset(
            start
            for entity in article.entities
            if entity.type == "PERSON"
            for start, end in entity.mentions
            if article.text[start:end][:1].isupper()
        )
        told: list[tuple[int, Event]] = []  # (the sentence's number, an event it tells)
        addressees: list[Event] = []
        for number, sentence in enumerate(doc.sents):
            seen: set[tuple[Any, ...]] = set()
            coded: list[Event] = []
            found = [
                (trigger, event)
                for trigger in self._triggers(sentence)
                for event in self._events(trigger, sentence, reader, article)
            ]
            if not found:
                # "The talks opened a week after an attack on the pipeline", "This comes after
                # weeks of protests against the bill": when the sentence's own clause reports
                # nothing, the attack, protest or crackdown its time phrase or clause names is
                # the one it tells of (not what a relative clause or a topic mentions, nor a
                # meeting or a release).
                found = [
                    (trigger, event)
                    for trigger in self._triggers(sentence, background=True)
                    if trigger.type in _MATERIAL_CONFLICT
                    for event in self._events(trigger, sentence, reader, article)
                ]
            for trigger, event in found:
                if trigger.token.lemma_.lower() in _APPEALS:
                    event = _addressed(event, addressees)
                event = self._answering(trigger, event, told, number, reader)
                coded.append(event)
                # One party however the clause names it ("an attack by Hezbollah guerrillas
                # killed ...": the attack's "Hezbollah guerrillas", the killing's "Hezbollah").
                key = (event.type, event.source_id or event.source, event.source_country,
                       event.target_id or event.target, event.target_country)  # fmt: skip
                if key in seen:
                    continue
                seen.add(key)
                told.append((number, event))
            requests = [e for e in coded if e.type == "REQUEST" and e.target]
            if requests or coded:
                addressees = requests
            # (A sentence that codes nothing, "G7 was to meet this weekend", keeps the appeal
            # before it in view.)
        return tuple(_with_id(event, number) for number, (_, event) in enumerate(told, start=1))

    def _answering(
        self,
        trigger: _Trigger,
        event: Event,
        told: list[tuple[int, Event]],
        number: int,
        reader: ActorReader,
    ) -> Event:
        """ "Israel struck Damascus. Iran condemned the attack": criticism or protest of an
        act the text told before, named again with no doer of its own ("the attack", "the
        invasion on Iraq"), is aimed at whoever did it. The act is an earlier event of its
        type (on the same victim, when one is named) that has a doer: the latest in the last
        two sentences, else the article's first, the act the story is about."""
        if event.type not in _ANSWERS or event.negated or event.hypothetical:
            return event
        act = _act_named_again(trigger.token)
        if act is None:
            return event
        named = self._match(act)
        if named is None or named.type not in _MATERIAL_CONFLICT:
            return event
        victim = next(
            (
                reader.read(p)
                for prep in act.children
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                for p in prep.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        acts = [
            (at, before)
            for at, before in told
            if before.type == named.type
            and not before.negated
            and not before.hypothetical
            and (before.source_country or before.source_id)
            # (a doer the text names, not the country of the place an attack was in)
            and not _place_for_doer(before, reader)
            and not (victim and victim.country and before.target_country != victim.country)
        ]
        if acts:
            recent = [before for at, before in acts if number - at <= 2]
            before = recent[-1] if recent else acts[0][1]
            if before.source_country == event.source_country and before.source == event.source:
                return event  # (one's own act: "the army defended the raid")
            return _aimed_at(event, before, "source")
        return event

    # --- triggers and folding ---------------------------------------------------------------

    def _triggers(self, sentence: Any, *, background: bool = False) -> list[_Trigger]:
        """The sentence's triggers, each governing those folded into it; when
        ``background``, those of its time phrases and clauses instead."""
        if any(_is_address(token) for token in sentence):
            # A line that cites a web address credits a source or a licence; it reports nothing.
            return []
        if _question(sentence):
            return []  # "Do you attend conferences too?": a question asks, it reports nothing
        return self._kept(sentence, background=background)

    def _kept(self, sentence: Any, *, background: bool) -> list[_Trigger]:
        found = [
            t
            for t in (self._match(token) for token in sentence)
            if t is not None
            and (_background(t.token) == "time" if background else not _in_background(t.token))
        ]
        for trigger in found:
            trigger.future = (
                trigger.future or _intended(trigger.token) or _makes_intent_known(trigger.token)
            )
        matched = {t.token.i for t in found}
        for token in sentence:
            pattern = None if token.i in matched else _clause_pattern(token)
            if pattern is not None:
                found.append(
                    _Trigger(token=token, pattern=pattern, type=pattern.type, mode=pattern.mode,
                             cameo=pattern.cameo)
                )  # fmt: skip
        found.sort(key=lambda t: t.token.i)
        tokens = {t.token.i: t for t in found}
        kept: list[_Trigger] = []
        for trigger in found:
            outer = self._governor(trigger.token, tokens)
            if outer is None:
                kept.append(trigger)
            else:
                outer.folded.append(trigger)
        kept = [t for t in kept if not _mention(t.token) and not _opinion(t) and not _stance(t)]
        # "*At a meeting* with X, Y said ...", "paid *under a treaty*": the scene, not the report.
        kept = [t for t in kept if not (t.type in _SCENES and _setting(t.token))]
        if any(_main(t.token) for t in kept):
            # What the sentence reports, not what its purpose, time or manner phrases mention
            # ("opened the bridge to allow the *delivery* of grain", "rallied, *saying* he must
            # resign"): events of the main clause win over those of subordinate phrases.
            kept = [t for t in kept if _main(t.token)]
        if any(not t.pattern.derived for t in kept):
            # The derived layer fills gaps: a clause the hand lexicon codes keeps its events.
            kept = [t for t in kept if not t.pattern.derived]
        kept = _told_once(kept)
        for trigger in kept:
            _fold(trigger)
        # "intends to leave the EU", "proposed a bill", "announced plans to restore the hall":
        # an intention or proposal that names no act of cooperation and no one it is put to
        # offers nothing to anyone (PLOVER AGREE is willingness to cooperate with someone).
        kept = [t for t in kept if not (t.type == "AGREE" and not t.folded and _bare_plan(t))]
        # "the agreement signed between A and B infringes on C's rights", "the deal gives Iran
        # access to ...": an agreement that is the subject of what the clause says about it is a
        # thing described, not an act of agreeing told.
        kept = [t for t in kept if not (t.type == "AGREE" and not t.folded and _described(t))]
        return kept

    def _match(self, token: Any) -> _Trigger | None:
        lemma = token.lemma_.lower()
        if lemma not in self._words and token.lower_ not in self._words and not _dismay(lemma):
            return None  # (most words: nothing below can make them a trigger)
        if token.ent_type_ in _NAME_LABELS and not _mistimed_verb(token):
            return None  # "March 17", "Ceasefire Violations Committee": names, not acts
        if token.idx in token.doc.user_data.get(_NAMES, ()):
            return None  # "Another Slaughter email": a person's name the recogniser missed
        if token.dep_ == "compound" and token.head.lower_ in _SECTOR:
            return None  # "relief officials", "aid workers": who they are, not what they did
        if (
            token.dep_ == "compound"
            and token.pos_ == "NOUN"
            and token.head.lemma_.lower() not in _CARRIERS | _MEASURES | {"attempt"}
            and not self.lexicon.patterns("noun", token.head.lemma_.lower())
        ):
            # "a game changer", "attack helicopters": the noun it names is no act ("an aid
            # package", "a mediation effort" name one).
            return None
        if token.dep_ == "amod" and token.tag_ == "VBN":
            return None  # "a banned party", "alleged ties": a participle describing, no act told
        if token.pos_ == "VERB" and lemma in _NAMING:
            # The name is the predicate ("oprd"), or the second of two objects, as the parser
            # often reads "calling it \"an aggression\"".
            objects = [c for c in token.children if c.dep_ == "dobj"]
            predicates = [c for c in token.children if c.dep_ == "oprd"]
            # ("called Trump a clown" read as two predicates: the name is the second)
            label = predicates[-1] if predicates else None
            if label is None and len(objects) == 2:
                label = objects[1]
            if label is None and len(objects) == 1:
                # "called the ambassador a very stupid guy", the name read as an apposition
                label = next((c for c in objects[0].children if _indefinite_apposition(c)), None)
            if label is not None:
                return self._naming(token, label)
            # "described the launch as a grave provocation": the name after "as".
            named = next(
                (
                    self._naming(token, pobj)
                    for prep in token.children
                    if prep.dep_ == "prep" and prep.lower_ == "as"
                    for pobj in prep.children
                    if pobj.dep_ in ("pobj", "amod", "acomp")  # ("as unacceptable": an amod)
                ),
                None,
            )
            if named is not None:
                return named
        if _reaction(token) is not None:
            return _Trigger(token=token, pattern=_REACTION, type="ACCUSE", mode="disapprove",
                            cameo=_REACTION.cameo)  # fmt: skip
        if token.pos_ in ("VERB", "AUX"):
            kinds = ["adj", "verb"] if token.lower_ in ("prepared", "committed") else ["verb"]
        elif token.pos_ in ("NOUN", "PROPN"):
            kinds = ["noun"]
        elif token.pos_ == "ADJ":
            kinds = ["adj"]
        else:
            return None
        words = [(kind, token.lower_ if kind == "adj" else lemma) for kind in kinds]
        if not any(self.lexicon.patterns(kind, word) for kind, word in words) and not (
            "verb" in kinds and self.lexicon.derived_patterns("verb", lemma)
        ):
            return None  # (no word of the lexicon: its neighbours need not be read)
        neighbours = _neighbour_lemmas(token)
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            neighbours.add("@predicate")
        if _in_reported_speech(token) and not _of_oneself(token):
            neighbours.add("@said")
        best: Pattern | None = None
        for kind, word in words:
            for pattern in self.lexicon.patterns(kind, word):
                if _matches(pattern, neighbours):
                    if best is None or pattern.specificity > best.specificity:
                        best = pattern
                    break
        if best is None and "verb" in kinds:
            # The lower layer derived from the CAMEO verb dictionary, for verbs the hand
            # lexicon does not cover; a verb whose pattern needs its object is a light verb
            # there, and defers to an event noun of the hand lexicon. A sense the hand lexicon
            # rules out stays out of its type ("her views clashed with the party's stances"
            # is no ASSAULT; but "deployed peacekeepers" may be AID there).
            ruled_out = {
                pattern.type
                for pattern in self.lexicon.patterns("verb", lemma)
                if not pattern.unless.isdisjoint(neighbours)
            }
            light = self._names_act(token)
            for pattern in self.lexicon.derived_patterns("verb", lemma):
                if (
                    _matches(pattern, neighbours)
                    and not (pattern.needs and light)
                    and pattern.type not in ruled_out
                ):
                    best = pattern
                    break
        if best is None:
            return None
        if lemma == "ask" and best.type == "REQUEST" and _asks_question(token):
            return None  # "asked the minister whether Iran would attend": a question
        if (
            lemma == "call"
            and best.type == "REQUEST"
            and any(c.dep_ == "dobj" for c in token.children)
        ):
            # "call for" asks with no object between; "called the election for Biden",
            # "called elections for June" declare or schedule, they demand nothing.
            return None
        if best.type in ("THREATEN", "MOBILIZE") and kinds == ["noun"] and _forecast(token):
            return None  # "issued weather alerts", "an orange warning", "the threat of floods"
        if best.mode == "investigate" and _of_hazard(token):
            # "began investigations of the crash": an inquiry into an accident or a disaster
            # seeks its cause, not wrongdoing (PLOVER's investigate is of crimes and abuses).
            return None
        if (
            lemma == "call"
            and token.pos_ == "VERB"
            and best.mode == "phone"
            and not _called_up(token, neighbours)
        ):
            return None  # "called his opponent 'Senator Cruz'", "volunteers call voters"
        if best.mode == "visit" and lemma == "arrive" and _peacekeepers(_subject(token)):
            # "Chinese peacekeepers arrived in South Sudan": a peacekeeping deployment (074).
            return _Trigger(token=token, pattern=best, type="AID", mode=None, cameo="074")
        if best.mode == "visit" and lemma in _JOURNEYS and not _visitor(token):
            return None  # "troops arrived in the port", "a shipment arrived": no one visits
        if (
            best.type == "PROTEST"
            and kinds == ["noun"]
            and lemma in _PROTEST_NOUNS
            and not _protest_told(token)
        ):
            return None
        if (
            best.type == "PROTEST"
            and lemma == "strike"
            and kinds == ["verb"]
            and any(c.dep_ == "dobj" for c in token.children)
        ):
            return None  # "the truck struck a group of motorcycles": a blow, not a walkout
        if (
            best.type == "PROTEST"
            and lemma == "demonstrate"
            and kinds == ["verb"]
            and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children)
        ):
            # "demonstrate true leadership", "demonstrated just how easily he could win": to
            # show something is no street protest ("demonstrated outside the embassy" is).
            return None
        if best.type == "ASSAULT" and token.pos_ == "VERB" and _on_computers(token):
            # "North Korean hackers attacked the networks of South Korean banks": a cyber attack
            # (PLOVER COERCE, mode cyber), not an armed one.
            return _Trigger(token=token, pattern=best, type="COERCE", mode="cyber", cameo="170")
        if best.type == "PROTEST" and lemma == "strike" and kinds == ["noun"] and _lands(token):
            # "Israeli strikes hit Gaza", "strikes pounded rebel positions": a military strike
            # landing, not a walkout.
            return _Trigger(token=token, pattern=best, type="ASSAULT", mode=None, cameo="190")
        if best.type in _ENDED and _ceased(token):
            # "agreed to stop shooting", "vowed to end the violence", "demanded an end to the
            # strike", "lifted the boycott": ending a hostile act is a concession, not the act
            # (nor a threat of it).
            type_, mode, cameo = _ENDED[best.type]
            return _Trigger(token=token, pattern=best, type=type_, mode=mode, cameo=cameo)
        if (
            best.type == "ASSAULT"
            and token.pos_ == "VERB"
            and any(
                prep.dep_ == "prep" and prep.lower_ == "on" and _medium(pobj)
                for prep in token.children
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            )
        ):
            # "attacked Obama on Twitter", "blasted the plan on state television": words.
            return _Trigger(token=token, pattern=best, type="ACCUSE", mode="disapprove",
                            cameo="111")  # fmt: skip
        if best.type == "MOBILIZE" and _protecting(token):
            # "sent troops to protect aid convoys": forces sent to protect others (CAMEO 074).
            return _Trigger(token=token, pattern=best, type="AID", mode=None, cameo="074")
        if best.type == "MOBILIZE" and _training(token):
            # "deployed soldiers to Nigeria to train Nigerian troops": military cooperation (062).
            return _Trigger(token=token, pattern=best, type="COOPERATE", mode=None, cameo="062")
        return _Trigger(token=token, pattern=best, type=best.type, mode=best.mode, cameo=best.cameo)

    def _naming(self, verb: Any, label: Any) -> _Trigger | None:
        """ "calling it an aggression": naming something a hostile act condemns it (ACCUSE);
        calling someone a name the lexicon lists with ``@called`` ("called Biden a decent
        man", "a hero") is that line's act (praise: SUPPORT); any other name ("called it a
        success") is no event of ours."""
        for name in (label, *label.conjuncts):
            lemma = name.lemma_.lower()
            # (a noun of a hostile act as its words say it: "a state of emergency", not "her
            # home state")
            around = _neighbour_lemmas(name) | {"@predicate"}
            types = {p.type for p in self.lexicon.patterns("noun", lemma) if _matches(p, around)}
            scorned = any(
                c.dep_ == "amod" and c.lemma_.lower() in _REPROACHES for c in name.children
            )  # ("a very stupid guy")
            if lemma in _WRONGS | _REPROACHES or types & _HOSTILE or scorned:
                return _Trigger(token=verb, pattern=_CONDEMNATION, type="ACCUSE",
                                mode="disapprove", cameo="111")  # fmt: skip
            neighbours = around | {"@called"}
            for pattern in self.lexicon.patterns("noun", lemma):
                if any("@called" in need for need in pattern.needs) and _matches(
                    pattern, neighbours
                ):
                    # The act is the naming verb's: its subject praises its object.
                    return _Trigger(token=verb, pattern=replace(pattern, needs=()),
                                    type=pattern.type, mode=pattern.mode,
                                    cameo=pattern.cameo)  # fmt: skip
        return None

    def _names_act(self, verb: Any) -> bool:
        """The verb's object is an event noun of the hand lexicon ("launched war games",
        "declared a state of siege"): a light verb, whose noun says what happened."""
        for child in verb.children:
            objects = [child] if child.dep_ in ("dobj", "attr", "nsubjpass") else []
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj"]
            for noun in objects:
                # "a mediation effort", "10 days of war games": the act named inside.
                carrier = noun.lemma_.lower() in _CARRIERS | _MEASURES or noun.lower_ in _QUANTITIES
                inside = [c for c in noun.children if c.dep_ == "compound"] + [
                    pobj
                    for prep in noun.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for pobj in prep.children
                    if pobj.dep_ == "pobj"
                ]
                if not carrier:
                    inside = []
                for word in (noun, *inside):
                    # A noun of the hand lexicon decides, even when it codes nothing here
                    # ("held a *press* conference").
                    if word.pos_ in ("NOUN", "PROPN") and self.lexicon.patterns(
                        "noun", word.lemma_.lower()
                    ):
                        return True
        return False

    @staticmethod
    def _governor(token: Any, triggers: dict[int, _Trigger]) -> _Trigger | None:
        """The nearest trigger above ``token`` in its clause (no conjunct or subject between)."""
        current = token
        while current.head.i != current.i:
            if current.dep_ == "conj" and current.head.pos_ in ("VERB", "AUX"):
                # "charged that troops crossed and *attacked*": the conjunct shares what
                # governs its first verb (never folded into that first verb itself).
                current = current.head
                continue
            passive_object = current.dep_ == "nsubjpass" and current.i == token.i
            if current.dep_ in _BARRIERS and not passive_object and not _found_unlawful(current):
                # (The subject of a passive is what the verb acts on: "Iran's *demand* was
                # rejected" is one REJECT; so is an act found unlawful: "found that the
                # *arrest* was unlawful" is the finding.)
                return None
            current = current.head
            if current.i in triggers:
                return triggers[current.i]
        return None

    # --- events -------------------------------------------------------------------------------

    def _events(
        self, trigger: _Trigger, sentence: Any, reader: ActorReader, article: Article
    ) -> Iterator[Event]:
        token = trigger.token
        verb = _clause_verb(token)
        negated = _told_not(token, verb)
        # (an act given as none, "offered no concessions", is no act; unlike "did not accept",
        # it is no refusal either, below)
        none = _of_none(token)
        # ("will withdraw its troops and lift the blockade": the joined verb's mood is the
        # first's)
        mood = _governing(verb)
        hypothetical = _hypothetical(mood, own_act=verb is not None and verb.i == token.i)
        future = trigger.future or _future(mood)
        # "will provide food aid": the act is the verb's object; the tense is the verb's.
        acts = token.pos_ in ("VERB", "AUX") or (token.dep_ == "dobj" and verb is not None)
        type_, mode, cameo = trigger.type, trigger.mode, trigger.cameo
        if type_ == "THREATEN" and token.lemma_.lower() == "tolerate":
            # "will not tolerate any interference" warns; tolerating something threatens nothing.
            if not (negated or none):
                return
            negated = none = False
        if future and acts and negated and type_ in _YIELDING and _ultimatum(verb, _CONDITIONS):
            # "will not release the soldiers unless ...", "will not lift the embargo until ...":
            # a refusal to yield, on a condition.
            type_, mode, cameo, negated = "REJECT", "yield", "124", False
        elif future and acts and _ultimatum(verb) and type_ != "AGREE":
            # "will withdraw ... unless ..." is a conditional threat (an ultimatum).
            type_, mode, cameo = "THREATEN", _threat_mode(trigger.type, trigger.mode), "130"
        elif future and acts and type_ in COOPERATIVE - {"AGREE"}:
            type_, mode, cameo = "AGREE", None, _AGREE_CAMEO.get(type_, "030")
        elif future and acts and type_ in COERCIVE - _ANNOUNCED:
            if verb is not None and _passive(verb) and _subject(verb) is None:
                return  # "X is to be sentenced in June": what will befall X, no one's threat
            type_, mode, cameo = "THREATEN", _threat_mode(trigger.type, trigger.mode), "130"
        if (trigger.type in _DELIBERATE or (_is_said(trigger) and type_ == "ACCUSE")) and (
            _by_hazard(verb) or (_on_oneself(token) and trigger.mode != "explosives")
        ):
            # "a fire killed five", "were injured in the crash", "set himself on fire": harm
            # done by a natural force or an accident, or to oneself, is no one's attack on
            # another (nor a threat of one). (A bomber who "blew himself up" struck others.)
            # Nor is "said the rain had undermined the bridge" a charge against anyone.
            return
        if type_ == "ASSAULT" and _on_animals(token, verb):
            return  # "the lions were killed", "culled the herd's cattle": no political act
        if mode == "martial-law" and verb is not None and any(_hazard(w) for w in verb.subtree):
            return  # "declared a state of emergency as the hurricane neared": no one repressed
        if verb is not None and any(
            c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children
        ):
            return  # "G7 meetings usually center on politics": what is usual, not what happened
        if negated and type_ == "REQUEST" and token.dep_ == "dobj" and verb is not None:
            # "would not consider requests", "refused to grant the demand": a request turned down.
            type_, mode, cameo, negated = "REJECT", None, "120", False
        if (
            negated
            and type_ in ("AGREE", "SUPPORT")
            and token.pos_ in ("VERB", "AUX", "ADJ")
            and token.lemma_.lower() not in _PRAISING
        ):
            # "will not accept", "did not agree": a refusal is a REJECT event, not a negated one.
            # (But "never thanked him", "did not congratulate her" tell of no act at all.)
            type_, mode, cameo, negated = "REJECT", None, "120", False
        if negated and future and acts and type_ == "AGREE" and trigger.type in COOPERATIVE:
            # "will not attend the summit", "would not sign the accord": a refusal of the act
            # named by the object.
            mode = _REQUEST_MODE.get(trigger.type)
            type_, cameo, negated = "REJECT", "125" if mode == "meet" else "120", False
        if (
            negated
            and token.lemma_.lower() in _LETTING
            and (type_ in COOPERATIVE or trigger.pattern is _REFUSAL)
        ):
            # "would not allow Sweden to join", "did not permit access": a refusal to yield.
            type_, mode, cameo, negated = "REJECT", "yield", "1245", False
        negated = negated or none
        obligation = _obligation(mood) or _imperative(mood)
        if obligation and type_ not in ("REQUEST", "REJECT", "THREATEN", "ACCUSE"):
            # "X said Y must withdraw": what Y must do is what X demands of Y (and so is the
            # chant "Lock her up!" or "Release the prisoners!").
            mode = _REQUEST_MODE.get(type_, "change") if trigger.pattern.trigger else "change"
            type_, cameo = "REQUEST", "100"
        if (
            type_ in ("ASSAULT", "COERCE")
            and not future
            and _by_protesters(verb)
            and not _killing_by_hand(token)
        ):
            # "protesters clashed with police", "rioters set fire to ...": violence by a crowd
            # of protesters is a riot (PLOVER PROTEST, mode riot), not an armed attack.
            type_, mode, cameo = "PROTEST", "riot", "145"
        quote = _quote_at(article.quotes, token.idx)
        mutual = _between(token, reader)
        alleged = None
        if type_ in _ALLEGED:
            alleged = self._allegation(token, verb, reader, article, quote)
        if alleged is not None:
            # "The CIA believe the prince ordered the killing": a violent or repressive act
            # someone believes, suspects or claims another did is told as that one's
            # accusation of the other (PLOVER ACCUSE, mode allege), not as the act. (A plain
            # "police said the gunman fired" reports the shooting.)
            sources, targets = alleged
            type_, mode, cameo = "ACCUSE", "allege", "112"
        elif (obligation and type_ == "REQUEST") or _is_said(trigger):
            sources, targets = self._obligation_actors(verb, reader, article, quote)
        elif trigger.pattern is _UNLAWFULNESS:
            sources, targets = self._ruling_actors(token, reader, article, quote)
            if not any(a.sector == "JUD" for a in sources):
                # Not a court's verdict: "the inquiry found the minister's order unlawful"
                # condemns the one whose act it was ("police found the weapons were illegal"
                # blames no one).
                if not targets:
                    return
                type_, mode, cameo = "ACCUSE", _CONDEMNATION.mode, _CONDEMNATION.cameo
        elif trigger.pattern is _REACTION:
            sources, targets = self._reaction_actors(token, reader, article, quote)
            if not targets:
                return  # dismay at a death or a storm blames no one
        elif _is_label(trigger):
            sources, targets = self._label_actors(token, reader, article, quote)
        elif mutual and mode != "third-party":
            # "clashes between police and protesters", "helped arrange a meeting between A
            # and B": the parties are each other's, not whoever arranged or reported it. (But
            # in "Egypt's mediation between A and B" they are the mediator's targets.)
            sources, targets = mutual, []
        else:
            sources = self._sources(trigger, verb, reader, article, quote)
            targets = self._targets(trigger, verb, reader, sources)
        if not sources and not targets:
            return
        if _keeps_silent(token):
            # "declined to say how many were freed", "refused to provide details": silence, and
            # nothing of what was not said is reported either.
            return
        if (
            token.tag_ == "VBG"
            and token.dep_ in ("csubj", "csubjpass", "nsubj")
            and any(c.dep_ == "dobj" for c in token.children)
            and not any(c.dep_ in ("nsubj", "poss", "agent") for c in token.children)
        ):
            # "Attacking Iraq was a mistake": an act named as the topic of a judgement, by no
            # one the clause names, is told neither as done nor as the speaker's; judged
            # impossible or absurd, it is refused ("said that lifting the embargo on Cuba was
            # impossible", "deporting 11 million people is absurd, Clinton said").
            if _judged_needed(token):
                # "said that lifting the embargo was necessary": what the speaker asks for
                type_, mode, cameo = "REQUEST", _REQUEST_MODE.get(trigger.type, "change"), "100"
            elif _judged_out(token):
                type_, mode, cameo = "REJECT", _REQUEST_MODE.get(trigger.type), "120"
            else:
                return
        if token.lower_ == "guilty" and token.dep_ == "amod":
            return  # "his guilty pleasure", "a guilty plea": guilt said of a thing, no charge
        if trigger.type == "AGREE" and token.dep_ == "amod" and token.pos_ in ("VERB", "ADJ"):
            return  # "270 pledged delegates", "the agreed text": a promise as a thing's kind
        if type_ in ("COERCE", "ASSAULT") and _seized_on(token):
            return  # "Republicans seized on the message": they made use of it
        if type_ == "REQUEST" and token.lemma_.lower() == "appeal" and _attracts(token, sources):
            return  # "The show is meant to appeal to younger viewers": it attracts them
        if type_ in _VIEWS and _polled(sentence, sources):
            return  # "Exit polls found that three-quarters of voters support a ban": a poll
        if (
            trigger.type == "ASSAULT"
            and token.lemma_.lower() in _FIGHTING
            and (not targets or _fights_for(token))
            and all(a.sector not in _ARMED and not reader.names_country(a) for a in sources)
        ):
            # "Let us keep fighting", the coach "expected a battle": a fight with no foe named,
            # by no armed body and no state, is a struggle for a cause or a match, not violence
            # (and so is "She will fight for the American people": they are whom it serves).
            return
        if type_ == "CONSULT" and mode == "visit" and not targets and _visits_a_place(token):
            return  # "visited flood-hit areas": a tour at home, no one met
        if type_ == "CONSULT" and mode == "visit" and not sources:
            return  # "On a trip to coal country, I found ...": no visitor named, no visit told
        if type_ in ("COERCE", "SANCTION") and _standing_rule(verb):
            return  # "Interpol's constitution prohibits any intervention": a rule, no act
        if type_ == "SUPPORT" and not sources and _thing_subject(verb, reader):
            return  # "evidence supported his murder", "the data supports their view": no one
        if trigger.type == "THREATEN" and not sources and _abstract_subject(verb, reader):
            return  # "the rise of terrorism threatens our way of life": a danger, no threat
        if (
            type_ == "PROTEST"
            and token.lemma_.lower() == "rally"
            and sources
            and all(a.sector in _POLLED and a.kind in ("PERSON", None) for a in sources)
            and not any(t.lower_ in ("against", "protest", "protesting") for t in sentence)
        ):
            return  # "Sanders is holding multiple rallies a day": a candidate's own gathering
        if trigger.type == "THREATEN" and _danger(token):
            return  # "dealing with the strategic threats out there": a danger, no one's threat
        if type_ == "CONSULT" and targets and all(a.sector == "MED" for a in targets):
            return  # "sitting down with MSNBC's show": an interview, no consultation
        if (
            trigger.type == "CONSULT"
            and not targets
            and not mutual
            and len(sources) < 2
            and _talking(trigger)
        ):
            # "Cruz was discussing his immigration plan", "began by talking about the drug
            # crisis": one party talking of a topic, with no one to talk with, consults no one.
            return
        if (
            trigger.type == "CONSULT"
            and not targets
            and not mutual
            and len(sources) == 1
            and sources[0].sector not in INTERNATIONAL_SECTORS
            and _sitting(token)
        ):
            # "the Senate will meet on Monday", "when the royal council met", "held a session
            # on ...": one body sitting on its own business, no consultation between parties
            # (but "NATO ministers met": the members of an alliance consult each other).
            return
        if type_ in _EVERYDAY and sources and _private_persons(sources + targets, reader):
            # "The singer met the guitarist X", "two nurses discussed their shifts", "the
            # author talked with a magazine": a doer the text names who has no political role,
            # dealing with no one who has one, meets, talks or works together in an everyday
            # sense (a private person, a firm, a school, the press: an interview is no
            # consultation). (With no doer named, see below.)
            return
        if _private_release(trigger, type_, sources, reader):
            # "the singer's new release", "Apple plans to release a phone", "asked for his
            # release from the WWE": what a private person or a firm releases is a work, a
            # product or an employee, not captives (freed by a state, an armed group or
            # criminals).
            return
        if not sources and len(targets) > 1 and _named_by_noun(trigger):
            # "clashes between police and protesters", "talks between Israel and Syria" (also
            # "talks between A and B were held").
            sources, targets, mutual = targets, [], targets
        # Actors the text gives no country (a named official, "the government") are taken
        # as domestic: the first country the sentence names, else the article's own.
        countries = reader.sentence_countries(sentence, cities=True)
        unnamed = not countries  # (the sentence names no country: one given is the article's)
        about = reader.home_country if unnamed else None
        if about is not None:
            # "Parliament voted against ...", "Manafort agreed to help" in an article about
            # one country: a sentence that names none is of the country the article is about.
            countries = [about]
        if type_ == "PROTEST":
            # "Demonstrators rallied outside the Israeli embassy in London": protesters at a
            # foreign mission are of the place it stands in, not of the state it represents.
            abroad = _mission_place(targets, sentence, reader)
            if abroad is not None:
                sources = [a if a.country else replace(a, country=abroad, assumed=True)
                           for a in sources]  # fmt: skip
        own = {a.country for a in sources if a.country and not a.held}  # what the text says
        # ("Smith cancelled a visit to Australia": the place a named traveller goes to is not
        # their own; "people visiting Hong Kong" may live there)
        visited = {a.country for a in targets if _place(a, reader)} if _journey(trigger) else set()
        sources = [
            _domestic(a, [c for c in countries if c not in visited] if a.proper else countries,
                      targets, first=True, article=unnamed, home=reader.home_country)
            for a in sources
        ]  # fmt: skip
        targets = [_domestic(a, countries, sources, article=unnamed) for a in targets]
        # "Trump withdrew the United States from the deal": one's own country is no target.
        targets = [a for a in targets if not (a.country in own and reader.names_country(a))]
        if type_ == "CONSULT" and mode == "visit" and targets:
            # "Putin flew to Magnitogorsk", "visited a hospital in Lyon": a trip to a place in
            # one's own country meets no foreign party (a domestic tour is no consultation).
            home = {a.country for a in sources if a.country}
            targets = [a for a in targets if not (_place(a, reader) and a.country in home)]
            if not targets:
                return
        if type_ == "PROTEST" and not any(a.country for a in sources):
            sources, targets = _protesters_of(sources, targets, countries, reader)
        if (
            type_ == "PROTEST"
            and token.lemma_ == "protest"
            and any(a.sector == "GOV" for a in sources)
        ):
            # A government "protests" in words: that is an accusation, not a street protest.
            type_, mode, cameo = "ACCUSE", "disapprove", "114"
        if (type_, token.lemma_.lower()) in _GIVEN_BY_SOMEONE and _names_no_one(token):
            # "A vote for Kasich helps Trump", "free trade helps working-class people",
            # "the DNC's decision helped Republicans": a circumstance that helps gives no aid;
            # "Term limits offer a solution" is no one's offer.
            return
        if type_ == "COOPERATE" and token.lemma_.lower() in _INVESTING:
            homes = {a.country for a in sources if a.country}
            if not homes or not any(a.country and a.country not in homes for a in targets):
                # "has invested a lot of time in Minnesota", "invested in some of the
                # companies": spending at home or in a firm is no cooperation between
                # parties of two countries ("China will invest $5 billion in Kenya" is).
                return
        if type_ == "ASSAULT" and _retort(token):
            return  # "Trump shot back that the journalist ...": a reply in words, not shots
        if (
            type_ == "ASSAULT"
            and token.lemma_.lower() in ("strike", "hit")
            and token.pos_ == "VERB"  # (not "the rocket strikes were carried out by X")
            and sources
            and _private_persons(sources + targets, reader)
        ):
            # "a motorcyclist was struck by a Volvo XC90": a blow or a collision between
            # parties with no political role (a car's make is a firm), no attack of ours.
            return
        # (Also when told as to come: "he can beat Hillary", "will win his battle with Trump".)
        if trigger.type == "ASSAULT" and _beaten_at_polls(token, sentence, sources, targets):
            return  # "Cruz beat Trump in Iowa", "nearly beating Mr. Trump for second"
        if trigger.type == "ASSAULT" and _contest_of_candidates(token, sentence, sources, targets):
            return  # "Ramos' battles with Trump", "Democrats battling it out": a contest
        if type_ == "ASSAULT" and (
            _verbal_attack(token, sentence, sources, targets) or _attack_on_words(token, sentence)
        ):
            # "Trump began attacking Heidi Cruz", "Warren has been attacking Mr. Trump": one
            # politician attacking another, with no weapon or wound in the words, criticises.
            if token.lemma_.lower() == "beat":
                return  # "whether Sanders beats Clinton": a win at the polls, no act on her
            type_, mode, cameo = "ACCUSE", "disapprove", "111"
        measure = _state_measure(token, type_, mode, sources)
        if measure is not None:
            type_, mode, cameo = measure
        if mode == "resign" and sources and all(a.sector in _PRIVATE for a in sources):
            return  # "poll workers quit", "the bishop stepped down": no official resigns
        if (
            type_ in ("SANCTION", "COERCE")
            and sources
            and targets
            and all(_firm(a) for a in sources)
            and _private_persons(sources + targets, reader)
        ):
            # "CNN suspended its reporter", "ESPN fired Curt Schilling", "Tinder banned her": a
            # firm or the press disciplining a private person is no state's sanction (but
            # "Twitter suspended Trump's account" acts on an office holder).
            return
        if (
            not sources
            and (type_ in _EVERYDAY or mode == "investigate")
            and all(
                (not a.country or (unnamed and a.country == about)) and not a.sector
                for a in targets
            )
        ):
            # "He collaborated with Elvis Costello", "fans probed the stars about their pasts":
            # working together, meeting or probing has everyday senses; with no doer the text
            # names and no one it acts on that has a country or a political role, no political
            # party is involved. (The article's country, taken for a sentence that names none,
            # is no country the text gives them.)
            return
        if mode == "investigate" and not targets and _inquiry_of_its_own(token, sources):
            # "Ford started its investigation", "launched an internal review": a company or
            # another private body looking into its own affairs accuses no one (but "police
            # began their investigation" is the state's inquiry).
            return
        if not targets and len(sources) == 1 and _non_state(sources[0]):
            # Strikers, rebels, a union acting with no one named: toward their own state.
            targets = [_as_state(sources[0], reader, "GOV")]
        if (
            not targets
            and not mutual
            and not unnamed
            and type_ not in _JUDGEMENTS
            and not (type_ in _MUTUAL and len(sources) > 1)
        ):
            # "Japan lifted travel curbs to and from North Korea", "lifted restrictions on
            # visits to relatives in Cuba": an act aimed at no party the clause names, done
            # toward or in one other country it names, is aimed at that country. (Not a
            # judgement of a thing: "criticized the accord adopted after talks in Paris" is
            # aimed at its authors, not at France; not where parties meet: "the government
            # and the opposition are negotiating in Mexico City".)
            place = _country_acted_in(verb if verb is not None else token, sources, sentence,
                                      reader, venue=type_ == "CONSULT")  # fmt: skip
            if place is not None:
                targets = [place]
        time = _time_for(article.times, sentence, verb or token)
        if time is None and not hypothetical and not future:
            time = _story_time(article, sentence, verb or token)
        pairs: list[tuple[Actor | None, Actor | None]]
        promised = type_ == "AGREE" and token.lemma_.lower() in _BINDING
        # (Fighting is mutual only as a clash: "US and British forces attacked the town" did
        # not attack each other.)
        reciprocal = type_ != "ASSAULT" or token.lemma_.lower() in _CLASHING
        if (
            not targets
            and len(sources) > 1
            and ((type_ in _MUTUAL and not promised and reciprocal) or mutual)
        ):
            # "India and Pakistan held talks": each with the other. But "Merkel and Johnson
            # seconded the call" is two callers, not a call to each other.
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        else:
            sides: list[Actor | None] = list(sources) or [None]
            others: list[Actor | None] = list(targets) or [None]
            pairs = [(s, t) for s in sides for t in others]
        for source, target in pairs:
            yield Event(
                id="",
                type=type_,
                mode=mode,
                cameo=cameo,
                intensity=self.lexicon.intensity(type_, mode),
                source=source.name if source else None,
                source_id=source.entity_id if source else None,
                source_country=source.country if source else None,
                source_sector=source.sector if source else None,
                target=target.name if target else None,
                target_id=target.entity_id if target else None,
                target_country=target.country if target else None,
                target_sector=target.sector if target else None,
                date=time.date if time else None,
                date_end=time.date_end if time else None,
                time_id=time.id if time else None,
                negated=negated,
                hypothetical=hypothetical,
                sentence=sentence.text,
                quote_id=quote.id if quote else None,
            )

    def _sources(
        self,
        trigger: _Trigger,
        verb: Any,
        reader: ActorReader,
        article: Article,
        quote: Quote | None,
    ) -> list[Actor]:
        token = trigger.token
        if token.pos_ in ("NOUN", "PROPN"):
            # "an investigation by X", "attacks by X": the agent the act's own phrase names.
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        actors = [a for a in _with_conjuncts(pobj, reader.read(pobj), reader)
                                  if a.usable]  # fmt: skip
                        if actors:
                            return actors
            claimer = _claimer(token)
            if claimer is not None:
                # "X claimed responsibility for the Ghazni attacks": X's, wherever they were.
                actors = [a for a in _with_conjuncts(claimer, reader.read(claimer), reader)
                          if a.usable]  # fmt: skip
                if actors:
                    return actors
            for child in token.children:
                if child.dep_ in ("poss", "compound", "amod", "nmod"):
                    actor = reader.read(child)
                    # "condemned Turkish airstrikes": Turkey is the target; "survived Turkish
                    # airstrikes", "following Turkish airstrikes": Turkey struck.
                    of_object = _is_object_modifier(trigger) and not _onlooker_verb(
                        token, verb if token.head.pos_ == "ADP" else token.head
                    )
                    if actor and actor.known and not of_object:
                        if _where_it_was(child, reader):
                            # "the Kabul attack", "the Paris attacks": where it happened, not
                            # who did it. The country stays (event data codes an attack by
                            # no one named so), but no state body of it is the doer.
                            return [replace(actor, sector=None, entity_id=None)]
                        return _with_conjuncts(child, actor, reader)
            if (
                trigger.type in ("REQUEST", "PROTEST") and token.lemma_.lower() not in _AIMED_OF
            ) or _moving_off(trigger):
                # "the demands of the protesters", "a protest of students", "the withdrawal of
                # French troops": whose they are (but "a boycott of U.S. products" is aimed at
                # them).
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for pobj in (c for c in child.children if c.dep_ == "pobj"):
                            actor = reader.read(pobj)
                            if actor is not None and actor.usable:
                                return _with_conjuncts(pobj, actor, reader)
            # "drew condemnation from Egypt", "faced criticism from X": who the act comes from;
            # "received the endorsement of X", "won the backing of X": whose act one gets.
            receiver = token.head if token.dep_ == "dobj" else None
            holders = [token] + ([receiver] if receiver is not None else [])
            received = (
                receiver is not None
                and receiver.lemma_.lower() in _GETTING
                and trigger.type in _GIVEN_ACTS
                # ("get assistance to the poor": delivered, not received)
                and not any(
                    c.dep_ == "prep" and c.lower_ == "to" and _to_someone(c, reader)
                    for h in holders
                    for c in h.children
                )
            )
            for child in (c for h in holders for c in h.children):
                if child.dep_ == "prep" and (
                    child.lower_ == "from" or (received and child.lower_ == "of")
                ):
                    for pobj in child.children:
                        actor = reader.read(pobj) if pobj.dep_ == "pobj" else None
                        if actor and (actor.known or (received and actor.usable)):
                            return _with_conjuncts(pobj, actor, reader)
            if received:
                # "has won newspaper endorsements": the givers are the papers, not the one
                # who won them.
                # ("didn't receive Obama's endorsement": Obama's.)
                givers = [
                    c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                ]
                actors = [a for c in givers for a in [reader.read(c)] if a and a.usable]
                return actors
        if trigger.named_by is not None:
            # The attack's doer ("An attack by X killed ..."); with none named, as below, the
            # subject's words ("A roadside bombing near Samarra killed ...": Iraq).
            found = self._sources(trigger.named_by, verb, reader, article, quote)
            if found:
                return found
        if _time_phrase_act(token) and not _armed_subject(verb, reader):
            # "After the Benghazi attack, Clinton testified": the attack's doer is in its own
            # phrase or nowhere; the clause's subject acts later. (But "the group took the
            # town after a four-week siege": an armed force after its own act.)
            return []
        if verb is not None and verb.dep_ == "csubj":
            # "X said removing the sanctions is out of the question": the act has no subject
            # of its own; the one who said it is the party.
            speaker_subject = _speaker_subject(verb.head)
            if speaker_subject is not None:
                actor = reader.read(speaker_subject)
                if actor is not None and actor.usable:
                    return _with_conjuncts(speaker_subject, actor, reader)
        if _onlooker_verb(token, verb) or (
            trigger.type in _DELIBERATE
            and token.dep_ == "dobj"
            and verb is not None
            and verb.lemma_ == "say"
        ):
            # "survived an assassination attempt", "condemned ... pointing to the attack"; but
            # "documented the torture of X by Y": the parser hangs the act's "by" on the verb.
            # (Also "saying an attack ... caused no casualties", as the parser may hang it:
            # the speaker tells of it.)
            return _by_agents(verb, reader)
        subject = _subject(verb if verb is not None else token)
        if subject is not None and (subject.i == token.i or _named_of(token, subject)):
            # "Clashes between police and protesters left ...": the act is no actor. But
            # "X declared a state of siege to begin at midnight": who declared it.
            clause = subject.head
            if clause.dep_ in ("ccomp", "xcomp") and (
                _to_infinitive(clause) or clause.head.lemma_ not in SPEECH | _ONLOOKING
            ):
                above = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                if above is not None:
                    actors = _with_conjuncts(above, reader.read(above), reader)
                    return [a for a in actors if a.usable]
            return []
        if subject is None:
            clause = verb if verb is not None else token
            passive = any(c.dep_ in ("nsubjpass", "csubjpass") for c in clause.children)
            striking = _striking(clause, reader) if passive and trigger.type == "ASSAULT" else []
            if striking:
                # "Ten were killed as troops shelled the town": those who struck, in the
                # clause that tells how it happened.
                return striking
            if passive and trigger.type in ("MOBILIZE", "AID"):
                # "Ecowas troops are being deployed", "peacekeepers were deployed" (AID, as
                # CAMEO 074 has it): the forces move.
                moved = [c for c in clause.children if c.dep_ == "nsubjpass"]
                actors = [a for m in moved for a in _with_conjuncts(m, reader.read(m), reader)]
                actors = [a for a in actors if a.usable and a.sector in ("MIL", "IGO", "COP")]
                if actors:
                    return actors
            if passive and trigger.type in ("CONCEDE", "RETREAT", "SANCTION"):
                # "UN sanctions against Iran were lifted", "US aid was suspended": the one
                # whose measure it is ended it.
                owners = _owners(clause, reader)
                if owners:
                    return owners
            if passive and trigger.type in ("COERCE", "SANCTION"):
                # "X was arrested in Rwanda", "was jailed for an assault at a bar in Leeds":
                # by the state of the country it happened in; "was sentenced in a federal
                # court": by that court.
                state = _state_where(clause, reader)
                if state:
                    return state
            if passive and token.lemma_.lower() in _LAWFUL_ACTS:
                # "Bill Clinton was impeached", "the vice-president was charged with fraud": an
                # official is tried by their own state's bodies.
                state = _own_state(clause, reader, _LAWFUL_ACTS[token.lemma_.lower()])
                if state:
                    return state
            if passive and not _with_someone(clause, token) and token.lemma_ != "tolerate":
                # "Our citizens have been injured," she said: the speaker did not do it. (But
                # "a deal has been reached with X," they said: the speaker's side is a party;
                # and what "will not be tolerated" is the speaker's side's warning.)
                return []
            return _speaker(quote, reader, article, reporter=False)
        if subject.lower_ in _RELATIVES and subject.head.head.i != subject.head.i:
            # "the state, which has provided ...": the antecedent; "provided what totals ...":
            # the subject of the clause above.
            clause = subject.head
            above = clause.head if clause.dep_ == "relcl" else _subject(clause.head)
            if above is not None and above.pos_ in ("NOUN", "PROPN"):
                subject = above
        actors = _with_conjuncts(subject, reader.read(subject), reader)
        if not any(a.usable for a in actors):
            actors = _agents_of(subject, reader) or actors
        if not any(a.known for a in actors) and subject.lower_ in ("we", "i", "us"):
            return _speaker(quote, reader, article) or actors
        if not any(a.known for a in actors) and (subject.pos_ == "PRON" or _own(subject)):
            speaker_subject = _speaker_subject(subject.head)
            speaker = reader.read(speaker_subject) if speaker_subject is not None else None
            if speaker_subject is not None and _may_be(subject, speaker):
                return _with_conjuncts(speaker_subject, speaker, reader)
            above = _subject_above(subject.head)
            if above is not None:
                # "X has made it clear it will ...", "X hopes its country can ...": the
                # subject of the clause the pronoun's clause belongs to.
                found = [a for a in _with_conjuncts(above, reader.read(above), reader) if a.usable]
                if found and _may_be(subject, found[0]):
                    return found
            if subject.lower_ == "they":
                return _plural_antecedent(subject, reader)
        return [a for a in actors if a.usable]

    def _obligation_actors(
        self, verb: Any, reader: ActorReader, article: Article, quote: Quote | None
    ) -> tuple[list[Actor], list[Actor]]:
        """ "The Red Cross said US forces must ensure security": speaker → the obliged."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "conj":
            # "said X had abused power and ignored the will of the people": X, of both verbs.
            subject = next(
                (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
        if subject is not None and subject.lower_ in ("it", "they"):
            # "warned Kyiv that it would pay a price": the one told.
            subject = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), subject)
        if subject is None and verb.dep_ == "acomp":
            # "said Beijing was responsible for ...": the subject of the "be" it completes.
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        obliged = _parties(subject, reader) if subject is not None else []
        speaker = _speaker_subject(verb)
        if speaker is not None:
            sources = _with_conjuncts(speaker, reader.read(speaker), reader)
        else:
            sources = _speaker(quote, reader, article)
        return [a for a in sources if a.usable], obliged

    def _allegation(
        self, token: Any, verb: Any, reader: ActorReader, article: Article, quote: Quote | None
    ) -> tuple[list[Actor], list[Actor]] | None:
        """The believer and the one believed to have done the act, when ``token``'s act is
        the complement of a verb of belief or claim and done by another named party."""
        belief = _belief(token, verb)
        if belief is None:
            return None
        agent = _subject(verb)  # (the agent of a passive: "was killed by Saudi agents")
        if agent is None or agent.pos_ == "PRON":
            return None
        accused = _parties(agent, reader)
        holder = _subject(belief)
        if holder is not None:
            believers = _with_conjuncts(holder, reader.read(holder), reader)
        else:
            believers = _speaker(quote, reader, article)
        believers = [a for a in believers if a.usable]
        if not believers or not accused or any(_same_actor(a, believers) for a in accused):
            return None
        return believers, accused

    def _ruling_actors(
        self, verb: Any, reader: ActorReader, article: Article, quote: Quote | None
    ) -> tuple[list[Actor], list[Actor]]:
        """ "The court found the decree unlawful": who found it, and whose act it was (the
        subject of the clause found, or the one it belongs to: "the minister's advice")."""
        holder = _subject(verb)
        if holder is not None and holder.lemma_.lower() in _VERDICTS:
            holder = _subject_above(verb)  # "an order declaring ...": the court's order
        if holder is not None:
            sources = _with_conjuncts(holder, reader.read(holder), reader)
        else:
            sources = _speaker(quote, reader, article)
        word = _unlawful(verb)
        # (the object of "found *the arrest* unlawful", the subject of "ruled *X* lacked ...")
        clause = verb if word.dep_ == "oprd" else word.head if word.dep_ == "acomp" else word
        found = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
        targets: list[Actor] = []
        for named in (found, *(c for c in found.children if c.dep_ == "poss")) if found else ():
            targets = [a for a in _with_conjuncts(named, reader.read(named), reader) if a.usable]
            if targets:
                break
        return [a for a in sources if a.usable], targets

    def _reaction_actors(
        self, token: Any, reader: ActorReader, article: Article, quote: Quote | None
    ) -> tuple[list[Actor], list[Actor]]:
        """ "Japan was dismayed by China's decision", "Taiwan's move angered Beijing": the one
        dismayed reproaches whoever did what dismayed them (the one whose act it is, or the
        one who is the cause)."""
        found = _reaction(token)
        assert found is not None
        experiencer, stimulus = found
        actor = reader.read(experiencer)
        sources = [actor] if actor is not None else []
        if not sources and experiencer.lower_ in ("i", "we"):
            sources = _speaker(quote, reader, article)  # "I am appalled," the minister said
        if not sources and experiencer.pos_ == "PRON":
            # "The government said it was disappointed with ...": the one who said it.
            speaker = _speaker_subject(experiencer.head)
            said = reader.read(speaker) if speaker is not None else None
            sources = [said] if said is not None else []
        targets: list[Actor] = []
        for word in _doers(stimulus):
            actor = reader.read(word)
            if word is stimulus and not _names_a_party(word):
                break  # "the reaction from Trump supporters": not Trump's act
            if actor is not None and actor.usable and not actor.several:
                targets.append(actor)
                break
        return sources, targets

    def _label_actors(
        self, token: Any, reader: ActorReader, article: Article, quote: Quote | None
    ) -> tuple[list[Actor], list[Actor]]:
        """ "Biden said Putin is a killer": the speaker accuses the one so called."""
        copula = token.head
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        called = reader.read(subject) if subject is not None else None
        speaker = _speaker_subject(copula)
        while speaker is not None and speaker.pos_ == "PRON" and reader.read(speaker) is None:
            speaker = _speaker_subject(speaker.head)  # "Biden said he thought ..."
        if speaker is not None:
            said = reader.read(speaker)
            sources = [said] if said else []
        else:
            sources = _speaker(quote, reader, article)
        return sources, [called] if called else []

    def _targets(
        self, trigger: _Trigger, verb: Any, reader: ActorReader, sources: list[Actor]
    ) -> list[Actor]:
        excluded = {(a.entity_id, a.country, a.name) for a in sources}
        own = {a.country for a in sources}
        sending = any(t.type in ("MOBILIZE", "AID") for t in (trigger, *_all_folded(trigger)))
        needed = {w for need in trigger.pattern.needs for w in need}
        acts = {trigger.token.i, *(t.token.i for t in _all_folded(trigger))}
        deferred: list[Any] = []

        def accept(candidate: Any, *, late: bool = False) -> list[Actor] | None:
            head = candidate.token if isinstance(candidate, _Place) else candidate
            if head.i in acts:
                return None  # the act itself ("held talks in Geneva"), not a party to it
            if any(a.start <= head.idx < a.end for a in sources):
                return None  # a word of the source's own phrase ("Kenyan peacekeepers")
            actor = reader.read(head)
            if actor is None and head.lower_ in ("him", "her", "them"):
                # "called X and urged him to ...": the object of the verb joined before.
                antecedent = _object_before(head)
                if antecedent is not None:
                    head, actor = antecedent, reader.read(antecedent)
            if (
                isinstance(candidate, _Place)
                and trigger.type == "CONSULT"
                and len(sources) > 1
                and not _arrival(candidate, trigger)
            ):
                return None  # "Obama and Putin met in China": where they met each other
            if (
                isinstance(candidate, _Place)
                and (trigger.type == "CONSULT" or len(sources) > 1)
                and not (actor and reader.names_country(actor))
                and not (
                    _arrival(candidate, trigger) and actor is not None and actor.country not in own
                )
            ):
                # "talks in Geneva", "Russian and Chinese leaders signed a deal in Beijing":
                # the venue, not a party.
                return None
            if actor is None or not actor.usable:
                return None
            if (
                not actor.known
                and trigger.type in _TOPICAL
                and (
                    head.lemma_.lower() in _MACHINES
                    or (
                        head.dep_ == "compound"
                        and head.head.pos_ == "NOUN"
                        and (
                            head.head.lemma_.lower() not in _SECTOR
                            or head.head.lemma_.lower() in _MACHINES
                        )
                    )
                )
            ):
                # "announced a new security initiative", "must not send fighter jets": what
                # the act is about or would move, no party to it.
                return None
            if isinstance(candidate, _Place) and not late and not reader.names_country(actor):
                # A place that is no country ("a car bomb *in Kiev* killed X", "filed a lawsuit
                # *in a Paris court* against X"): where, so only after whom.
                deferred.append(candidate)
                return None
            if actor.several and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
                return None  # "their countries should cooperate": the parties themselves
            if not actor.known and head.lemma_.lower() in needed:
                return None  # "recalled its own envoy": the envoy is acted on, not a target
            moving = head.dep_ == "dobj" and head.head.lemma_.lower() in _MOVING
            if (
                (sending or moving)
                and head.dep_ == "dobj"
                and actor.sector == "MIL"
                and (actor.country is None or actor.country in own)
            ):
                return None  # "send more troops to Saudi Arabia": the troops go, the place is it
            if (
                _same_actor(actor, sources)
                or (actor.entity_id, actor.country, actor.name) in excluded
            ):
                return None
            return [a for a in _with_conjuncts(head, actor, reader) if not _same_actor(a, sources)]

        if _time_phrase_act(trigger.token) and not (verb is not None and verb.lemma_ in _SUFFERING):
            # "After the Benghazi attack, Clinton testified": not at Clinton (but "X died after
            # torture": X suffered it).
            verb = None
        for candidate in _target_candidates(trigger, verb):
            found = accept(candidate)
            if found is not None:
                return found
        for candidate in deferred:
            found = accept(candidate, late=True)
            if found is not None:
                return found
        return []


# Types whose objects may be topics or things, not parties: cooperation and requests.
_TOPICAL = COOPERATIVE | {"REQUEST"}
# Machines of war, which a sector word names but which are no one.
_MACHINES = {"jet", "aircraft", "warship", "helicopter", "warplane", "gunboat", "plane", "tank",
             "drone", "missile", "weapon", "bomb", "rocket"}  # fmt: skip


# Verbs that move one's own forces: "withdraw its troops from X" is about X.
_MOVING = {"withdraw", "pull", "redeploy", "deploy", "send", "move", "station", "evacuate"}


# Words of an appeal that a later sentence may repeat or second ("The call was seconded").
_APPEALS = {"call", "urge", "demand", "appeal", "request", "press", "plead", "insist"}


# Acts aimed at the doer of an act they name: criticism and protest.
_ANSWERS = {"ACCUSE", "PROTEST"}
# Words that name an act the text has told already: "the attack", "this invasion".
_AGAIN = {"the", "this", "that", "these", "those"}


def _place_for_doer(event: Event, reader: ActorReader) -> bool:
    """The event's doer is the country of the place it happened in ("Truck attack in France
    kills 80"), named so for want of a doer: a country's name with no sector of its own."""
    return (
        event.source_id is None
        and event.source_sector is None
        and event.source == reader.table.name_of(event.source_country or "")
    )


def _act_named_again(token: Any) -> Any:
    """The act noun ``token`` (a verb of criticism or protest) is about, when the noun names
    an act told before: a definite or dated noun ("condemned the attack", "spoke out against
    the invasion", "Sunday's attack was condemned") with no doer in its phrase (not "the
    Israeli attack", "the attack by X")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [
        p
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("against", "over")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    for noun in objects:
        if noun.pos_ != "NOUN":
            continue
        children = list(noun.children)
        dated = [c for c in children if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")]
        if not dated and not any(c.dep_ == "det" and c.lower_ in _AGAIN for c in children):
            continue  # (not "the attack", "Sunday's attack": "an attack", "attacks")
        if any(
            c.dep_ in ("poss", "compound", "amod", "nmod")
            and c not in dated
            and (c.ent_type_ or c.pos_ in ("PROPN", "PRON"))
            or (c.dep_ == "prep" and c.lower_ == "by")
            or c.dep_ == "agent"
            for c in children
        ):
            return None
        return noun
    return None


def _addressed(event: Event, previous: list[Event]) -> Event:
    """ "Macron called for G7 action. The call was seconded by Merkel": an appeal with no
    addressee in its sentence, after a sentence with an appeal to one addressee (and none but
    sentences that code nothing between), is the same appeal repeated or seconded, to the same
    addressee."""
    if event.type != "REQUEST" or event.target or not event.source:
        return event
    if len({e.target for e in previous}) != 1:
        return event
    other = previous[0]
    if other.source == event.source:
        return event
    return _aimed_at(event, other, "target")


def _aimed_at(event: Event, other: Event, side: str) -> Event:
    """``event`` with ``other``'s source or target (``side``) as its target."""
    fields = ("", "_id", "_country", "_sector")
    return replace(event, **{f"target{f}": getattr(other, f"{side}{f}") for f in fields})


def _question(sentence: Any) -> bool:
    """The sentence is a question: it ends with a question mark (before any closing quote)."""
    for token in reversed(sentence):
        if token.is_quote or token.is_space:
            continue
        return token.text == "?"
    return False


def _asks_question(verb: Any) -> bool:
    """ "asked whether ...", "asked why ...": the clause asked is a question, not a demand;
    so is "asked questions", and "asked" with nothing asked for ("'Why?' Mr. Manafort
    asked.")."""
    children = list(verb.children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in children):
        return True
    if not any(
        c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "obj", "iobj")
        or (c.dep_ == "prep" and c.lower_ in ("for", "to", "about"))
        for c in children
    ):
        return True
    for clause in (c for c in children if c.dep_ == "ccomp"):
        first = clause.left_edge
        if first.lower_ in ("whether", "if") or first.tag_ in ("WRB", "WP", "WDT", "WP$"):
            return True
    if not any(c.dep_ == "xcomp" for c in children) and any(
        c.dep_ == "advcl" and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
        for c in children
    ):  # fmt: skip
        # "asked workers if they planned to attend" (not "if elected, ask X to", "asked people
        # to clap if they agreed")
        return True
    # "Todd asked the real estate mogul.": only whom, and nothing asked for of them (the
    # parser may hang what is asked elsewhere: "asked coal companies ... for donations", "I
    # ask you as a courtesy not to engage")
    asked = [c for c in children if c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "obj", "iobj")
             or (c.dep_ == "prep" and c.lower_ in ("for", "to", "about"))]  # fmt: skip
    return (
        bool(asked)
        and all(c.dep_ == "dobj" and c.lemma_.lower() not in _ASKED_FOR for c in asked)
        and not any(w.i > verb.i and w.lower_ in ("to", "for") for w in verb.subtree)
    )


# What is asked for when it is the object of "ask" ("asked permission", "asked a favour").
_ASKED_FOR = {"permission", "help", "favor", "favour", "support", "assistance", "aid",
              "forgiveness", "pardon", "money", "funds", "leave", "mercy"}  # fmt: skip


def _is_address(token: Any) -> bool:
    """A web address as cited ("https://…", "www.…"), not a domain as a name ("Amazon.com")."""
    return bool(token.like_url) and ("/" in token.text or token.lower_.startswith("www."))


def code_events(article: Article, doc: Any) -> tuple[Event, ...]:
    """The events of one parsed article (the ``events`` stage's function)."""
    return _coder().code(article, doc)


_CODER: list[EventCoder] = []


def _coder() -> EventCoder:
    if not _CODER:
        _CODER.append(EventCoder())
    return _CODER[0]


# --- folding rules --------------------------------------------------------------------------------


def _told_once(kept: list[_Trigger]) -> list[_Trigger]:
    """ "The Paris attacks killed 130 people", "Turkish airstrikes hit Kurdish positions": an
    attack named as the subject of a verb of attack is that verb's act, told once, with the
    attack's doer ("by X", "Turkish") and manner ("rocket strikes")."""
    # (Also a "strike" read as a walkout: "US strikes killed ten militants" is no walkout.)
    attacks = {
        t.token.i: t
        for t in kept
        if t.token.pos_ == "NOUN"
        and (t.type == "ASSAULT" or (t.type == "PROTEST" and t.token.lemma_ == "strike"))
    }
    told: set[int] = set()
    for trigger in kept:
        if trigger.type != "ASSAULT" or trigger.token.pos_ != "VERB":
            continue
        subject = next((c for c in trigger.token.children if c.dep_ == "nsubj"), None)
        attack = attacks.get(subject.i) if subject is not None else None
        if attack is not None:
            trigger.named_by = attack
            if attack.type == "ASSAULT" and trigger.mode is None and attack.mode is not None:
                trigger.mode, trigger.cameo = attack.mode, attack.cameo
            told.add(attack.token.i)
    return [t for t in kept if t.token.i not in told]


# Verbs of offering: an offer of forces is an offer, not a deployment.
_OFFERS = {"offer", "volunteer"}


def _fold(trigger: _Trigger) -> None:
    """Let the triggers folded into ``trigger`` set its type and mode."""
    for inner in trigger.folded:
        _fold(inner)
    if not trigger.folded:
        return
    # The act agreed to, asked or threatened is its complement, after the word ("agreed *to
    # resume talks*"), not a phrase before it ("on the detention of X, they agreed ...").
    inner = next((t for t in trigger.folded if t.token.i > trigger.token.i), trigger.folded[0])
    inner_type = inner.type
    if trigger.type == "AGREE":
        if _intention(trigger) and inner_type not in COOPERATIVE | COERCIVE:
            # "announced plans to oppose the bill", "intends to appeal the ruling": an
            # intention to reject, accuse or ask is that act made known, no offer.
            trigger.type, trigger.mode, trigger.cameo = inner_type, inner.mode, inner.cameo
        elif inner_type in _ANNOUNCED - {"THREATEN"} and trigger.token.lemma_.lower() in _OFFERS:
            # "Australia offered to send troops to help the Philippines": an offer of forces.
            trigger.cameo = "0332"
        elif (
            inner_type in _ANNOUNCED - {"THREATEN"}
            and trigger.token.pos_ in ("VERB", "AUX", "ADJ")
            and trigger.token.lemma_.lower() != "agree"
        ):
            # "committed to send more troops": a deployment announced, as "will send troops"
            # (an agreement between two to send troops stays an agreement).
            trigger.type, trigger.mode, trigger.cameo = inner_type, inner.mode, inner.cameo
        elif (
            inner_type in COERCIVE
            and not _negated(inner.token, None)
            and trigger.token.pos_ in ("VERB", "AUX", "ADJ")
        ):
            # (A promise *not* to use force stays a promise: PLOVER AGREE, de-escalation.)
            trigger.type, trigger.cameo = "THREATEN", "130"
            trigger.mode = _threat_mode(inner_type, inner.mode)
        elif inner_type in _AGREE_CAMEO:
            trigger.cameo = _AGREE_CAMEO[inner_type]
    elif trigger.type == "THREATEN" and trigger.mode is None:
        trigger.mode = _threat_mode(inner_type, inner.mode)
    elif (
        trigger.type == "REQUEST"
        and trigger.token.lemma_.lower() in _COMMANDING
        and inner_type in ("MOBILIZE", "ASSAULT")
        and not _negated(inner.token, None)
    ):
        # "ordered a general mobilization": a command to use or mass force is the act itself,
        # as an announced deployment is ("ordered an airstrike" the lexicon leaves to the noun).
        trigger.type, trigger.mode, trigger.cameo = inner_type, inner.mode, inner.cameo
    elif trigger.type in ("REQUEST", "REJECT") and trigger.mode is None:
        trigger.mode = _REQUEST_MODE.get(inner_type, "change")


# Words that make an intention or a proposal known: what they code is the act intended or
# proposed ("intends to visit Cuba", "ready to resume talks", "proposed talks with India").
# An intention or readiness is no promise to anyone; a verb that needs only "plan" ("announced
# plans to ...") makes its own plan known. (A commitment, promise, pledge or offer binds its
# maker to someone whatever the act: "committed to opening up the economy".)
_INTENDING = {"intend", "intention", "ready", "prepared", "willing"}
_PROPOSING = {"propose", "proposal"}
_PLANS = {"plan", "plans", "intention"}


def _intention(trigger: _Trigger) -> bool:
    lemma = trigger.token.lemma_.lower()
    needs = trigger.pattern.needs
    return lemma in _INTENDING | _PROPOSING or (
        bool(needs) and all(need <= _PLANS for need in needs)
    )


def _described(trigger: _Trigger) -> bool:
    """An agreement noun that is the active subject of its clause: the clause tells what the
    agreement is or does ("the accord infringes ..."), not that anyone agreed."""
    return trigger.token.pos_ == "NOUN" and trigger.token.dep_ == "nsubj"


def _bare_plan(trigger: _Trigger) -> bool:
    """An intention that names no act, or a proposal that names no act and is put to no one
    ("proposed a bill", but "proposed to Iran that ...", "a proposal to the EU")."""
    if not _intention(trigger):
        return False
    if trigger.token.lemma_.lower() not in _PROPOSING:
        return True
    return not any(
        child.dep_ == "dative"
        or (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(_party_word(pobj) for pobj in child.children if pobj.dep_ == "pobj")
        )
        for child in trigger.token.children
    )


# Who riots when they use force: a crowd of protesters (not armed men, police or soldiers).
_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher",
               "protesters", "protestors", "demonstrators", "rioters", "crowds",
               "mobs", "youth", "youths"}  # fmt: skip


def _by_protesters(verb: Any) -> bool:
    """The clause's subject is a crowd of protesters ("demonstrators *stormed* ...")."""
    if verb is None:
        return False
    subject = _subject(verb)
    return subject is not None and (
        subject.lemma_.lower() in _PROTESTERS or subject.lower_ in _PROTESTERS
    )


def _killing_by_hand(token: Any) -> bool:
    """ "a mob beat him to death", "lynched two men": a killing by physical assault (CAMEO
    1823), whoever the crowd is, not a riot."""
    return token.lemma_.lower() == "lynch" or "death" in _neighbour_lemmas(token)


def _state_measure(
    token: Any, type_: str, mode: str | None, sources: list[Actor]
) -> tuple[str, str, str] | None:
    """A state's boycott, blockade or walkout: a measure against another state (CAMEO 163,
    191 or 172, 164), not the civilian protest PLOVER's PROTEST is."""
    if type_ != "PROTEST" or not sources or any(a.sector not in _ORGANS for a in sources):
        return None
    lemma = token.lemma_.lower()
    if mode == "obstruct":
        return "COERCE", "restrict", "191" if lemma == "blockade" else "172"
    if any(a.sector != "GOV" for a in sources):
        return None  # ("police officers voted to boycott ..." as citizens, not for the state)
    if mode == "boycott":
        return "SANCTION", "discontinue", "163"
    if mode == "strike" and lemma in ("walk", "walkout"):
        return "SANCTION", "withdraw", "164"
    return None


# The organs of a state that act for it: government, armed forces, police.
_ORGANS = {"GOV", "MIL", "COP"}


# Words of a command: what is commanded of one's own forces is done.
_COMMANDING = {"order", "command"}


def _threat_mode(type_: str, mode: str | None) -> str:
    if type_ == "SANCTION":
        return "expel" if mode == "expel" else "relations"
    if type_ == "COERCE":
        return mode if mode in ("arrest", "curfew", "martial-law") else "restrict"
    if type_ == "PROTEST":
        return "restrict"
    return "violence"


# --- the parse --------------------------------------------------------------------------------


# Titles of those one calls up ("called his Russian counterpart").
_CALLED_UP = {"counterpart", "president", "minister", "premier", "chancellor", "king", "leader",
              "secretary", "ambassador", "envoy", "governor", "mayor", "prime"}  # fmt: skip


def _called_up(verb: Any, neighbours: set[str]) -> bool:
    """ "Macron called Putin", "called his Iranian counterpart": a telephone call to a named
    party or an office holder, with no name given after it in quotes ("called his opponent
    'Senator Cruz'") and not to a crowd ("volunteers call voters")."""
    if neighbours & {"phone", "telephone"}:
        return True
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        return False  # "a group called Ginbot 7", "the organization called the Foundation"
    caller = _subject(verb)
    if caller is not None and not (
        caller.pos_ in ("PROPN", "PRON") or caller.lemma_.lower() in _CALLED_UP
    ):
        return False  # ("how the organization called the Clinton Foundation can ...")
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        after = verb.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(verb.doc) else None
        if after is not None and (after.is_quote or after.dep_ in ("oprd", "appos")):
            return False
        if any(c.dep_ in ("appos", "oprd") for c in noun.children) or any(
            t.is_quote for t in noun.subtree
        ):
            return False  # (a name given: 'called Merkel "The Chancellor of the Free World"')
        named = noun.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") and noun.pos_ == "PROPN"
        if named or noun.lemma_.lower() in _CALLED_UP:
            return True
    return False


def _indefinite_apposition(noun: Any) -> bool:
    return noun.dep_ == "appos" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    )


def _mistimed_verb(token: Any) -> bool:
    """ "Saudi Arabia eased curfew hours": a finite verb the recogniser took into a time or
    date ("eased curfew hours") is the clause's verb, not part of the time's name."""
    return token.ent_type_ in ("DATE", "TIME") and token.tag_ in ("VBD", "VBZ", "VBP")


def _neighbour_lemmas(token: Any) -> set[str]:
    """Lemmas (and lower-case forms) of words up to two steps below ``token`` in its clause."""
    found: set[str] = set()
    for child in token.children:
        if child.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            found.add("to")  # "summoned the minister to explain" (parsed as a purpose clause)
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children):
                found.add("for")  # "called for the UN to act" (the "for" parsed as its mark)
        if child.dep_ in ("ccomp", "xcomp") and (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            or child.tag_ == "VB"
            or child.pos_ == "ADV"
        ):
            # "allowed inspectors to return", "helped Somalia rebuild", "let inspectors back
            # in": the one allowed, asked, ordered or helped to act.
            for subject in child.children:
                if subject.dep_ in ("nsubj", "nsubjpass"):
                    found |= {subject.lemma_.lower(), subject.lower_}
                    if subject.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                        found.add("@actor")
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ == "ADJ":
            found.add(child.lemma_.lower())  # "let free nearly three dozen activists"
        # The subject of a passive is what is acted on: "sanctions were imposed".
        if child.dep_ in ("nsubj", "conj", "relcl", "advcl", "ccomp", "punct"):
            continue
        if child.dep_ == "dep" and child.i + 1 < token.i and child.nbor(1).text == ":":
            continue  # a headline's label ("Poll: Trump and Clinton hold narrow leads")
        if child.lower_ == "according":
            continue  # "according to the agency": whose account it is, not an "accord"
        if _when(child):
            continue  # "fired Curt Schilling on Wednesday": when, no "fire on" anyone
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _IN_RELATION for p in child.children)
        ):
            continue  # "In response, the IDF attacked ...": a link to what came before
        if child.dep_ == "aux" and child.lower_ == "to":
            # The trigger's own "to" ("is to encourage trade", "plans to seek talks") is no
            # sign of someone urged or sought "to" act.
            continue
        if child.dep_ == "nsubjpass" and token.pos_ not in ("VERB", "AUX"):
            continue
        found |= {child.lemma_.lower(), child.lower_}
        if _party_word(child):
            found.add("@actor")
        if child.dep_ in ("dobj", "nsubjpass") and _names_someone(child):
            # "received the envoy", "the envoy was received" (not "received care in Oslo")
            found.add("@object")
        for grandchild in child.children:
            if grandchild.dep_ in ("conj", "relcl", "punct"):
                continue
            found |= {grandchild.lemma_.lower(), grandchild.lower_}
            if grandchild.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                found.add("@actor")
            measured = (
                child.lower_ in _QUANTITIES
                or child.lemma_.lower() in _MEASURES
                or child.pos_ == "NUM"
                or child.lemma_.lower() in _NUMBERS
            )
            if (
                grandchild.dep_ == "prep"
                and grandchild.lower_ in ("of", "as")
                and child.dep_ == "dobj"
            ):
                # "lifted the state of emergency": the object's "of" phrase names it; "holding
                # families as human shields": an "as" phrase read as the object's is the verb's.
                for pobj in grandchild.children:
                    if pobj.dep_ == "pobj":
                        found |= {pobj.lemma_.lower(), pobj.lower_}
            if measured and grandchild.dep_ == "prep":
                # "suspended part of a military aid program": look through the quantity.
                for word in grandchild.subtree:
                    found |= {word.lemma_.lower(), word.lower_}
    return found


def _party_word(word: Any) -> bool:
    """A word that names an actor (the lexicon's ``@actor``): a named country, people,
    organisation or person, or a group noun of the sector table ("police", "minister")."""
    return word.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or word.lower_ in _SECTOR


def _names_someone(noun: Any) -> bool:
    """The noun names an actor: "the envoy", "Hashimoto", "his Gambian counterpart", "his
    cousin, Haitham" (not "the party's nomination", "treatment in Oslo")."""
    return (
        _party_word(noun)
        or noun.lemma_.lower() in _VISITORS
        or any(
            (c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP"))
            or (c.dep_ == "appos" and c.ent_type_ == "PERSON")  # "his cousin, Haitham,"
            for c in noun.children
        )
    )


def _matches(pattern: Pattern, neighbours: set[str]) -> bool:
    return all(_needs_met(need, neighbours) for need in pattern.needs) and (
        pattern.unless.isdisjoint(neighbours)
    )


def _needs_met(need: frozenset[str], neighbours: set[str]) -> bool:
    return not need.isdisjoint(neighbours)


def _clause_verb(token: Any) -> Any:
    """The verb of the clause a trigger belongs to (itself, for a verb or adjective)."""
    if token.pos_ in ("VERB", "AUX") or token.pos_ == "ADJ":
        return token
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _subject(verb: Any) -> Any:
    """The subject of ``verb``'s clause, climbing through xcomp, conj, acl and auxiliaries."""
    if (
        any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not _active_passive(verb)
    ) or _headline_passive(verb):
        # "Avenatti is to be sentenced", "X fled and was arrested": the subject above a passive
        # verb is the one it is done to; only its agent acts.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        return objects[0] if objects else _by_agent(verb)
    current = verb
    conjunct = None
    for _ in range(6):
        if _misparsed(current):
            return current.head  # "The air force carried out strikes", parsed as "force" root
        if conjunct is not None and not _passive(conjunct):
            # "Lavrov was briefed by aides and flew to Tokyo": the one the first verb was done
            # to does the active verb that shares its subject.
            shared = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
            if shared is not None:
                return shared
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
            if child.dep_ == "nsubjpass" and _active_passive(current):
                return child  # "Serb forces were engaged in ethnic cleansing"
        for auxiliary in (c for c in current.children if c.dep_ == "aux"):
            # "X however have opposed": a subject the parser hangs on the auxiliary.
            for child in auxiliary.children:
                if child.dep_ == "nsubj":
                    return child
        swallowed = _swallowed_subject(current)
        if swallowed is not None:
            return swallowed
        if any(c.dep_ == "nsubjpass" for c in current.children):
            return _by_agent(current) or _raised(current, verb)
        if (
            current.dep_ == "xcomp"
            and current.head.i != current.i
            and not _participle_state(current)
        ):
            # "persuade Biden to lift sanctions", "allowed the WFP to deliver food": the one
            # asked or let to act is the object of the verb above.
            controller = next(
                (c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i), None
            )
            if controller is not None and (
                controller.pos_ == "PROPN" or controller.lemma_.lower() in _SECTOR
            ):
                return controller
        if current.dep_ == "pcomp" and current.head.i != current.i:
            # "X is guilty of violating ...", "X was accused of shelling ...", "X responded by
            # firing ...": a gerund has no subject of its own; the one it is said of is above.
            preposition = current.head
            if preposition.lower_ not in _GERUND_PREPS:
                return None  # ("after shelling ...", "despite talking ...": another clause)
            holder = preposition.head
            if holder.pos_ in ("VERB", "AUX"):
                if preposition.lower_ != "by":
                    # "accused Y of shelling", "blamed Y for ...": the one it is said of.
                    said_of = next(
                        (c for c in holder.children if c.dep_ == "dobj" and c.i < preposition.i),
                        None,
                    )
                    if said_of is not None and (
                        said_of.pos_ == "PROPN" or said_of.lemma_.lower() in _SECTOR
                    ):
                        return said_of
                passive = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
                if passive is not None:
                    return passive  # "were accused of shelling", "was charged with ..."
            current = holder
            continue
        if (
            current.dep_
            in (
                "xcomp",
                "conj",
                "advcl",
                "acomp",
                "oprd",
                "dobj",
                "pobj",
                "prep",
                "acl",
                "aux",
                "amod",
                "ccomp",
                "attr",
            )
            and current.head.i != current.i
        ):
            conjunct = current if current.dep_ == "conj" else None
            current = current.head
            continue
        return None
    return None


def _place(actor: Actor, reader: ActorReader) -> bool:
    """A place named as such (a city, a region, a country), not a person, an organisation or
    a group (a city read as its country, "Beijing", bears the country's name)."""
    if actor.kind in ("PERSON", "ORG", "NORP") or not actor.proper:
        return False
    return not actor.sector or reader.table.is_country_name(actor.name)


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _by_agent(verb: Any) -> Any:
    """ "was granted asylum by Poland": the agent of a passive that the parser reads as a
    plain "by" phrase (after an object), when it names a party."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if pobj.pos_ == "PROPN" or pobj.lemma_.lower() in _SECTOR:
                    return pobj
    return None


def _raised(head: Any, verb: Any) -> Any:
    """ "X is scheduled (expected, set) to meet Y": the passive subject of a verb of plan above
    the act is the one who acts."""
    if head.i == verb.i or head.lemma_.lower() not in _INTENT_HEADS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


# Prepositions whose gerund is an act of the one the phrase is said of ("guilty of violating",
# "responded by firing", "blamed for", "charged with", "succeeded in", "insisted on", "refrained
# from"); not those of time or cause ("after shelling"), another clause's.
_GERUND_PREPS = {"of", "by", "for", "with", "in", "on", "from"}


# Passive in form, active in sense: "X were engaged in / involved in fighting", "X is
# committed to reform".
_ACTIVE_PASSIVES = {"engage", "involve", "commit"}


def _active_passive(verb: Any) -> bool:
    return verb.lemma_.lower() in _ACTIVE_PASSIVES and not any(
        c.dep_ == "agent" for c in verb.children
    )


# What a pronoun's owner stands for: "his country", "their government".
_OWNED = {"country", "government", "nation", "state", "people", "administration"}


def _own(noun: Any) -> bool:
    """ "his country", "its government": the owner's own, whom the pronoun refers to."""
    return noun.lemma_.lower() in _OWNED and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children
    )


def _subject_above(verb: Any) -> Any:
    """The nearest subject, not a pronoun, of a clause that ``verb``'s clause belongs to."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or current.head.i == current.i:
            return None
        current = current.head
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    return None


def _may_be(pronoun: Any, actor: Actor | None) -> bool:
    """The pronoun may stand for the actor: "they" for no one named person ("'They attack
    us,' Clarke said" is not Clarke)."""
    return actor is None or pronoun.lower_ not in ("they", "them") or actor.kind != "PERSON"


def _speaker_subject(token: Any) -> Any:
    """For a pronoun subject inside "X said it would ...", the subject of "said"."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in ("ccomp", "xcomp", "advcl") and current.head.lemma_ in SPEECH:
            return next(
                (c for c in current.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
        current = current.head
    return None


def _target_candidates(trigger: _Trigger, verb: Any) -> Iterable[Any]:
    """Heads of phrases that may name the target, best first (``_Place`` for "in X")."""
    token = trigger.token
    chain = [token, *(t.token for t in _all_folded(trigger))]
    yield from _handed_to(trigger, chain)
    if verb is not None and verb.i != token.i:
        chain.append(verb)
    for head in chain:
        children = list(head.children)
        headline = _headline_passive(head)
        if headline and head.dep_ == "acl":
            yield head.head  # "Two protesters killed by police": the protesters
        for child in children:
            if (
                child.dep_ in ("nsubjpass", "csubjpass") or (headline and child.dep_ == "nsubj")
            ) and not _active_passive(head):
                yield child  # the one acted upon in a passive clause
                yield from _nested_objects(child)  # "aid to X was suspended"
        if head.i != token.i and head.lemma_ not in SPEECH | _ONLOOKING:
            # (Not "officials reported attacks by X", "the strike follows attacks on X": who
            # reports or refers to an act is not its target; but one who survives it is.)
            for child in children:
                if child.dep_ == "nsubj":
                    yield child
        for child in children:
            if head.lemma_ in _TOPIC_VERBS:
                break
            if child.dep_ in ("dobj", "dative", "attr", "obj", "iobj") and child.i != token.i:
                yield child
                yield from _nested_objects(child)
        objects = []
        for preposition in _TARGET_PREPS:
            for child in children:
                if child.dep_ in ("prep", "agent") and child.lower_ == preposition:
                    for pobj in child.children:
                        if pobj.dep_ != "pobj":
                            continue
                        if preposition == "on" and _medium(pobj):
                            continue  # "lashed out at X on Twitter": where it was said
                        if preposition == "in" and pobj.lemma_.lower() in _IN_RELATION:
                            # "in response to X", "in solidarity with X": a preposition of
                            # three words, whose object is no place.
                            yield from (
                                o
                                for prep in pobj.children
                                if prep.dep_ == "prep"
                                for o in prep.children
                                if o.dep_ == "pobj"
                            )
                            continue
                        objects.append(pobj)
                        yield _Place(pobj) if preposition in _WHERE_PREPS else pobj
        for pobj in objects:
            if pobj.head.lower_ in _NESTING_PREPS:
                # "reneged on its commitment to the Zambian people": whom the object concerns.
                yield from (c for c in _nested_objects(pobj) if not isinstance(c, _Place))
        if head.pos_ in ("NOUN", "PROPN") and head.i != token.i:
            continue
        for child in children:
            if child.dep_ in ("poss", "compound", "amod") and head.i != token.i:
                yield child
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and token.pos_ in ("NOUN", "PROPN"):
            yield child
    # "demanded that the US cancel ...", "urged Iran to ...": the clause the act governs;
    # "offered to hand over to Britain ...", "began a strike to protest against X": whom the
    # governed or purpose clause is about.
    clauses = [c for head in chain for c in head.children if _governed_clause(c)]
    for clause in clauses:
        for child in clause.children:
            # ("declined to give France its files": the one given to, named first.)
            if child.dep_ in ("nsubj", "nsubjpass", "dative", "dobj"):
                yield child
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ in _CLAUSE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield pobj
    for clause in clauses:
        # "sent aid to help X cope with ...", "offered to let X go": the one the governed
        # clause lets or helps act (a party named, not "allow elections to take place").
        for inner in (c for c in clause.children if c.dep_ in ("ccomp", "xcomp")):
            yield from (
                c
                for c in inner.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and (c.pos_ == "PROPN" or c.lemma_.lower() in _SECTOR)
            )
    for head in chain:
        # "carried out a raid, targeting X", "shelled the town, killing X": what the act,
        # told again in a participle, was aimed at.
        for clause in (c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
            for child in (c for c in clause.children if c.dep_ == "dobj"):
                yield child
                yield from _nested_objects(child)
    if trigger.type == "THREATEN":
        # "threatened to stop talks if the United States deploys ...": a threat is aimed at
        # the one whose act is its condition.
        for clause in (c for head in [*chain, *clauses] for c in head.children):
            if clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
            ):
                yield from (c for c in clause.children if c.dep_ == "nsubj")


def _medium(noun: Any) -> bool:
    """A social network or a broadcast medium (the object of "on" that says where words
    were published, never a party to the act)."""
    return noun.lemma_.lower() in MEDIA or noun.lower_ in MEDIA


def _handed_to(trigger: _Trigger, chain: list[Any]) -> Iterable[Any]:
    """ "extradited the suspect to Cambodia": in judicial or intelligence cooperation the one
    handed to is the other party, not the person or file handed over; so too for what is ceded
    or handed back ("relinquished control of Hong Kong to China")."""
    handing = trigger.type == "RETREAT" and trigger.token.lemma_.lower() in _HANDING
    if not handing and not any(t.type == "COOPERATE" for t in (trigger, *_all_folded(trigger))):
        return
    heads = list(chain)
    if handing:
        # ("relinquished control of Hong Kong to China": the "to" phrase hung on the object)
        heads += [c for t in chain for c in t.children if c.dep_ == "dobj"]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                yield from (c for c in child.children if c.dep_ == "pobj")


# Verbs of handing something over to another.
_HANDING = {"cede", "relinquish", "hand", "transfer", "return", "surrender"}


def _journey(trigger: _Trigger) -> bool:
    """The act is a visit, or names one ("cancelled a visit to Australia")."""
    return any(t.mode == "visit" for t in (trigger, *_all_folded(trigger)))


def _named_by_noun(trigger: _Trigger) -> bool:
    """The act is told by a noun, or by a light verb with its noun folded in ("talks were held")."""
    return any(t.token.pos_ in ("NOUN", "PROPN") for t in (trigger, *_all_folded(trigger)))


def _moving_off(trigger: _Trigger) -> bool:
    """A withdrawal, surrender or disarmament, or a visit: the forces or the visitor "of" it
    are the ones who yield or visit."""
    return (trigger.type == "RETREAT" and trigger.mode in ("withdraw", "disarm")) or (
        trigger.type == "CONSULT" and trigger.mode == "visit"
    )


# A purpose clause that makes a deployment protection or peacekeeping: protecting the people or
# help of others, keeping the peace, leading or joining a security mission.
_PROTECTING = {"protect", "guard", "escort", "shield", "safeguard"}
_PROTECTED = {"civilian", "convoy", "refugee", "population", "people", "aid", "worker", "camp",
              "minority", "villager", "resident", "delivery", "election"}  # fmt: skip
_MISSIONS = {"peacekeeping", "security", "stabilization", "stabilisation", "protection"}
_SENDING = {"send", "deploy", "dispatch", "station", "redeploy"}


def _protecting(verb: Any) -> bool:
    """ "sent troops to protect aid convoys", "deployed police to lead a security mission" (not
    "launched patrols to keep the peace": policing)."""
    if verb.lemma_.lower() not in _SENDING:
        return False
    # "deploying 300 troops to the UN peacekeeping mission in Mali", "sent 200 troops to serve
    # as a peacekeeping force": forces sent to keep the peace (CAMEO 074).
    if any(_peacekeeping(t) and t.i != verb.i for t in verb.subtree):
        return True
    if not any(c.dep_ == "dobj" for c in verb.children) and _peacekeepers(_subject(verb)):
        return True  # "Russian peacekeepers began deploying"
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            continue
        lemma = clause.lemma_.lower()
        for thing in (c for c in clause.children if c.dep_ == "dobj"):
            kinds = {thing.lemma_.lower()} | {c.lemma_.lower() for c in thing.children}
            if lemma in _PROTECTING and kinds & _PROTECTED:
                return True
            if lemma == "keep" and "peace" in kinds:
                return True
            if thing.lemma_.lower() in ("mission", "force") and kinds & _MISSIONS:
                return True
    return False


# Purposes of forces sent that make the sending military cooperation.
_TRAINING = {"train", "instruct", "advise", "mentor"}


def _training(verb: Any) -> bool:
    """ "deployed to Nigeria to train more than 200 Nigerian soldiers": forces sent to train
    another's."""
    return verb.lemma_.lower() in _SENDING and any(
        clause.dep_ in ("advcl", "xcomp")
        and clause.lemma_.lower() in _TRAINING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ == "dobj" for c in clause.children)
        for clause in verb.children
    )


def _peacekeeping(word: Any) -> bool:
    return bool(word.lower_.startswith(("peacekeep", "peace-keep")))


def _peacekeepers(noun: Any) -> bool:
    """ "peacekeepers", "peacekeeping troops", "contingents of West African peacekeeping
    troops"."""
    if noun is None:
        return False
    if noun.lemma_.lower() in ("contingent", "group", "batch", "unit") or noun.pos_ == "NUM":
        noun = next((p for c in noun.children if c.lower_ == "of" for p in c.children), noun)
    return _peacekeeping(noun) or any(
        _peacekeeping(c) for c in noun.children if c.dep_ in ("compound", "amod")
    )


def _arrival(place: _Place, trigger: _Trigger) -> bool:
    """ "arrived in Beijing": the foreign city a visitor arrives in is the visit's host, not a
    venue."""
    journey = place.token.head.head
    return trigger.mode == "visit" and journey.lemma_.lower() in _JOURNEYS


_CLAUSE_PREPS = {"with", "against", "to", "on", "toward", "towards", "from", "at"}
# Nouns of prepositions made with "in": "in response to", "in solidarity with".
_IN_RELATION = {"response", "relation", "reply", "solidarity", "support", "connection",
                "retaliation", "reference", "favour", "favor", "protest", "defiance"}  # fmt: skip


def _governed_clause(token: Any) -> bool:
    """A clause the act governs ("demanded that ...", "offered to ..."), or its purpose
    ("to protest against ...")."""
    if token.dep_ in ("ccomp", "xcomp"):
        return True
    if token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return True  # "its demand that the US ease sanctions"
    return token.dep_ in ("advcl", "relcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _nested_objects(noun: Any, depth: int = 0) -> Iterable[Any]:
    """Actors inside an object phrase: "a resolution of the Security Council", "US offer",
    "the demonstration staged by students", "artillery and rocket fire against X camps"."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            yield child
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield _Place(pobj) if child.lower_ == "in" else pobj
        if child.dep_ == "acl" and (child.tag_ == "VBN" or _governed_clause(child)):
            # "the ban imposed on X", "an invitation to meet with X": whom the act it
            # describes is aimed at (not "a convoy belonging to X": whose it is).
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in _CLAUSE_PREPS:
                    yield from (p for p in prep.children if p.dep_ == "pobj")
        if child.dep_ == "acl":  # "staged by students": the act's agent
            for agent in child.children:
                if agent.dep_ == "agent":
                    yield from (p for p in agent.children if p.dep_ == "pobj")
        if child.dep_ in ("acl", "ccomp"):  # "demands that the government grant ..."
            yield from (c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
        if child.dep_ == "acl" and _governed_clause(child) and depth < 2:
            # "an invitation to attend a meeting of Palestinian factions": whom it is about.
            for obj in (c for c in child.children if c.dep_ == "dobj"):
                yield obj
                yield from _nested_objects(obj, depth + 1)
    if depth < 2:
        for child in noun.children:
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
                yield from _nested_objects(child, depth + 1)


# Verbs whose subject undergoes the act named by their object ("survived an assassination
# attempt", "suffered attacks"): the victim, its target, never its agent …
_UNDERGOING = {"survive", "suffer", "endure", "undergo", "sustain", "escape", "face"}
# … and verbs whose subject only refers to, watches or reacts to it ("pointing to the attack",
# "spoke out against the attack", "the strike follows rocket attacks"): no party to it.
_ONLOOKING = {"follow", "precede", "point", "speak", "cite", "mention", "describe", "recall",
              "remember", "witness", "watch", "see", "fear", "mourn", "mark", "document",
              "record", "report", "find", "consider", "deem"}  # fmt: skip
# … and verbs of answering what someone did ("responded to Putin's threats"), though the
# answer itself is the subject's act ("responded with airstrikes").
_REACTING = {"respond", "react", "reply"}


# Acts that need a deliberate human agent: a natural force or an accident harms, it does not
# attack or coerce.
_DELIBERATE = {"ASSAULT", "COERCE"}
_HAZARDS = {"fire", "blaze", "wildfire", "bushfire", "flame", "storm", "hurricane", "typhoon",
            "cyclone", "tornado", "flood", "flooding", "earthquake", "quake", "tsunami",
            "landslide", "mudslide", "avalanche", "eruption", "lightning", "heatwave", "drought",
            "crash", "accident", "collision", "derailment", "disease", "virus", "illness",
            "infection", "pandemic", "epidemic", "outbreak", "cancer", "coronavirus", "covid-19",
            "weather", "rain", "snow", "wind", "disaster", "tragedy", "catastrophe",
            "crisis"}  # fmt: skip
# The phrases that name what caused the harm: "killed *in* the crash", "destroyed *by* fire",
# "died *from* the disease", "a state of emergency *over* the storm, *with* the storm nearing".
_CAUSE_PREPS = {"in", "by", "from", "over", "with", "due", "because", "amid", "ahead"}
_REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"}


def _hazard(noun: Any) -> bool:
    """A natural force, an accident or a disease ("Tropical Storm Barry" by its compound)."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in _HAZARDS or w.lower_ in _HAZARDS for w in words)


# Grades of a weather service's warnings ("an amber warning"); "red alert" is also an army's.
_HAZARD_GRADES = {"yellow", "amber", "orange"}


def _forecast(noun: Any) -> bool:
    """A warning, alert or threat of a natural hazard ("storm warning", "the threat of
    floods", "an orange warning"): a forecast of harm, no actor's threat or show of force."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
            _hazard(child) or child.lower_ in _HAZARD_GRADES
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "for") and _hazard_in(child):
            return True
    return False


def _of_hazard(token: Any) -> bool:
    """What an inquiry is into is an accident or a disaster: the verb's object ("investigate
    the crash") or the "into"/"of" phrase of the inquiry noun ("opened an investigation into
    the fire", also when the parser hangs that phrase on the verb whose object it is)."""
    inquiries = [token, *(c for c in token.children if c.dep_ == "dobj")]
    if token.dep_ == "dobj":
        inquiries.append(token.head)
    for word in inquiries:
        if word is not token and _hazard(word):
            return True
        if any(
            prep.dep_ == "prep" and prep.lower_ in ("into", "of", "on", "over") and _hazard_in(prep)
            for prep in word.children
        ):
            return True
    return False


def _by_hazard(verb: Any) -> bool:
    """The clause's harm is done by a natural force or an accident: its subject ("a fire
    destroyed 200 homes") or the phrase naming the cause ("were injured in the crash")."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = _subject(verb)
    if subject is not None and _hazard(subject):
        return True
    for child in verb.children:
        if child.dep_ not in ("prep", "agent") or child.lower_ not in _CAUSE_PREPS:
            continue
        if _hazard_in(child):
            return True
    return False


def _hazard_in(preposition: Any) -> bool:
    """The object of a preposition names a hazard ("in the crash"; "due to the storm",
    "because of the flood", where it hangs one step further down)."""
    phrase = [*preposition.children, *(g for c in preposition.children for g in c.children)]
    return any(w.dep_ == "pobj" and _hazard(w) for w in phrase)


# Animals harmed or killed: no party of ours ("the lions were put down", "culled cattle").
_ANIMALS = {"animal", "lion", "tiger", "leopard", "elephant", "rhino", "rhinoceros", "dog", "cat",
            "bird", "cattle", "cow", "sheep", "goat", "pig", "horse", "shark", "whale", "dolphin",
            "wolf", "bear", "deer", "fish", "livestock", "poultry", "chicken", "monkey", "snake",
            "crocodile", "bat", "badger", "herd", "flock"}  # fmt: skip
# The words of fighting, and the sectors that fight with arms.
_FIGHTING = {"fight", "fighting", "battle", "struggle"}
# Words of bodily harm and its means: an attack told with one is no war of words.
_HARM = {"carry", "kill", "wound", "injure", "hurt", "shoot", "stab", "knife", "gun", "bomb",
         "weapon", "hospital", "beat", "punch", "kick", "murder", "dead", "death", "die", "machete",
         "acid", "bullet", "grenade", "explosive", "physically", "assault", "arrest", "blood",
         "body", "injury", "hospitalize", "mob"}  # fmt: skip


# Words of attack that politics uses for words and votes ("attacked Trump", "bludgeon his
# rivals", "beat Clinton in New York").
_WORDS_OF_ATTACK = {"attack", "bludgeon", "hammer", "beat", "pummel", "batter", "maul", "thrash",
                    "fire"}  # fmt: skip
# Who wages a war of words: people, parties, the press, firms, campaigns and groups with no arms.
_CIVIL_SECTORS = {None, "PTY", "MED", "BUS", "NGO", "LAB", "CVL", "OPP", "EDU", "REL"}


def _verbal_attack(token: Any, sentence: Any, sources: list[Actor], targets: list[Actor]) -> bool:
    """An attack by a named person or a civil body on a named person, with no harm in the
    words ("the PAC spent $6 million attacking Clinton")."""
    if token.lemma_.lower() not in _WORDS_OF_ATTACK or not targets or not sources:
        return False
    # (A person's critics or supporters are people: "accusing Sanders's followers of ...".)
    if not all((a.kind == "PERSON" or a.relation) and a.sector not in _ARMED for a in targets):
        return False
    # (A name the recogniser missed counts as a person's: "Warren has been attacking ...".)
    for actor in sources:
        # (A politician's allies or a government's critics wage wars of words; a crowd of
        # supporters may come to blows.)
        person = actor.kind == "PERSON" or (actor.proper and actor.kind is None)
        person = person or bool(actor.relation and actor.sector not in (None, "CVL"))
        body = actor.kind == "ORG" and actor.sector in _CIVIL_SECTORS
        if actor.sector in _ARMED or not (person or body or actor.sector in ("PTY", "MED")):
            return False
    # (Nor when armed men or forces are named, or the attack is "carried out".)
    return _unharmed(token, sentence)


_ARMED = {"MIL", "REB", "UAF", "COP", "CRM", "IGO"}


def _unharmed(token: Any, sentence: Any, besides: tuple[Any, ...] = ()) -> bool:
    """No harm, weapon or armed body is named in the sentence besides the attack word (and
    the ``besides`` words)."""
    skipped = {token.i, *(t.i for t in besides)}
    return not any(
        t.i not in skipped
        and (
            t.lemma_.lower() in _HARM
            or _SECTOR.get(t.lemma_.lower()) in ("MIL", "REB", "UAF", "COP")
            or _SECTOR.get(t.lower_) in ("MIL", "REB", "UAF", "COP")
        )
        for t in sentence
    )


# What an attack in words is aimed at: one's record, views, words and standing, not a body or
# a building ("attacks on her campaign contributions", "attacked his tax plan").
_WORDS_AND_STANDING = {
    "record", "reputation", "character", "credibility", "integrity", "honesty", "judgment",
    "judgement", "temperament", "patriotism", "competence", "policy", "stance",
    "view", "remark", "comment", "statement", "speech", "tweet", "claim", "proposal", "plan",
    "agenda", "platform", "candidacy", "campaign", "contribution", "donation", "leadership",
    "decision", "ruling", "book", "article", "ad", "advertisement", "message", "idea",
    "rhetoric", "vote", "nomination", "presidency", "handling", "response", "approach",
}  # fmt: skip


def _attack_on_words(token: Any, sentence: Any) -> bool:
    """An attack, with no harm in the words, on someone's record, views or standing ("the
    Swift boat attacks on Kerry's military reputation", "attacked Clinton's tax plan",
    "launched attacks on the senator's record")."""
    attack = next(
        (w for w in (token, *(c for c in token.children if c.dep_ == "dobj"))
         if w.lemma_.lower() in _WORDS_OF_ATTACK),
        None,
    )  # fmt: skip
    if attack is None:
        return False
    aims = [c for c in attack.children if c.dep_ == "dobj"] + [
        p for c in attack.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for p in c.children if p.dep_ == "pobj"
    ]  # fmt: skip
    # (what the aim's adjective says is no harm: "military reputation")
    kinds = tuple(c for a in aims for c in a.children if c.dep_ == "amod")
    return (
        bool(aims)
        and all(a.lemma_.lower() in _WORDS_AND_STANDING for a in aims)
        and _unharmed(attack, sentence, (token, *kinds))
    )


# Sectors of those who stand for election …
_POLLED = {"GOV", "LEG", "PTY"}
# … and of those who contest an election or a debate: they and the press.
_CONTESTING = _POLLED | {"MED"}


def _contest_of_candidates(
    token: Any, sentence: Any, sources: list[Actor], targets: list[Actor]
) -> bool:
    """A battle, clash or fight between politicians, parties or the press, with no one armed,
    no state and no harm named, is a contest of words or votes, not violence ("his battles
    with Trump", "a candidate clashing with a famous TV journalist"; with no one named on one
    side too: "the battle with Trump seemed to stop", "a hotly fought battle with Sanders")."""
    if token.lemma_.lower() not in _CLASHING or not (sources or targets):
        return False
    parties = sources + targets
    if any(a.sector in _ARMED or a.kind == "GPE" for a in parties):
        return False
    # (Each a person or a party or the press, one at least of them in politics or the press.)
    return (
        all(a.kind == "PERSON" or a.sector in ("PTY", "MED") for a in parties)
        and any(a.sector in _CONTESTING for a in parties)
        and _unharmed(token, sentence)
    )


# Words of beating that politics uses for winning ("Sanders whipped Clinton among women").
_WINNING = {"beat", "whip", "trounce", "thrash", "clobber", "drub", "wallop", "rout"}


def _beaten_at_polls(token: Any, sentence: Any, sources: list[Actor], targets: list[Actor]) -> bool:
    """Beating a politician, with no one armed and no harm in the words, is a win at the
    polls ("Cruz beat Trump in Iowa"; not "police beat opposition leader X")."""
    if token.lemma_.lower() not in _WINNING or not targets:
        return False
    if any(a.sector in _ARMED for a in sources):
        return False
    # (an office holder or a politician; not "thugs beat journalist X")
    if not all(a.kind in ("PERSON", None) and (a.held or a.sector in _POLLED) for a in targets):
        return False
    return not any(t.i != token.i and t.lemma_.lower() in _HARM for t in sentence)


# Who attacks computers, and what of theirs is attacked.
_HACKERS = {"hacker", "hacktivist"}
# ("attacked the power system" may be a blow: systems are not among them)
_COMPUTERS = {"network", "server", "website", "site", "database", "computer", "account", "email"}


def _on_computers(verb: Any) -> bool:
    """An attack by hackers, or on networks, servers or websites."""
    subject = _subject(verb)
    if subject is not None and subject.lemma_.lower() in _HACKERS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _COMPUTERS for c in verb.children)


def _on_animals(token: Any, verb: Any) -> bool:
    """The act harms animals: its object, or the subject of its passive, is one ("dozens of
    elephants" too)."""
    heads = [token] if verb is None or verb.i == token.i else [token, verb]
    victims = [c for head in heads for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    counted = [
        pobj
        for victim in victims
        for prep in victim.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return any(v.lemma_.lower() in _ANIMALS for v in (*victims, *counted))


def _on_oneself(token: Any) -> bool:
    """ "set himself on fire", "shot herself": an act whose object is its own agent."""
    return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in token.children)


def _onlooker_verb(token: Any, verb: Any) -> bool:
    """``token`` is an act noun inside the object of a verb whose subject did not do it."""
    if token.pos_ not in ("NOUN", "PROPN") or verb is None or verb.i == token.i:
        return False
    if verb.lemma_.lower() in _REACTING:
        return token.dep_ == "pobj" and token.head.lower_ == "to"
    return verb.lemma_.lower() in _UNDERGOING | _ONLOOKING


def _by_agents(verb: Any, reader: ActorReader) -> list[Actor]:
    """The actors of a "by" phrase on an active verb (a passive's agent is no "prep")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                actors = [a for a in _with_conjuncts(pobj, reader.read(pobj), reader) if a.usable]
                if actors:
                    return actors
    return []


def _with_someone(*words: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" for w in words for c in w.children)


def _between(token: Any, reader: ActorReader) -> list[Actor]:
    """The parties of "a meeting between A and B", "an accord was signed between A, B and
    C" or "a deal between A and B was signed" (two or more), else none. (Not of an active
    verb: "X mediated between A and B".)"""
    passive = any(c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children
    )
    if token.pos_ not in ("NOUN", "PROPN") and not (token.pos_ == "VERB" and passive):
        return []
    # ("a deal between Israel and Hamas was signed": the passive's subject names them)
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"] if passive else []
    for child in (c for head in (token, *subjects) for c in head.children):
        if _between_prep(child):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                actors = _with_conjuncts(pobj, reader.read(pobj), reader)
                actors = [a for a in actors if a.usable]
                if len(actors) > 1:
                    return actors
    return []


_RELATIVES = {"who", "which", "that", "what"}
# Acts whose "of" phrase is what they are aimed at, not whose they are.
_AIMED_OF = {"boycott", "blockade", "siege", "occupation", "embargo"}
# Clauses that tell how or when a killing happened: "as troops shelled the town".
_HOW_MARKS = {"as", "when", "after", "while"}


def _agents_of(noun: Any, reader: ActorReader) -> list[Actor]:
    """Who a weapon or an attack named as the subject is of: "missiles fired by X",
    "a Taliban-claimed bomb"."""
    for child in noun.children:
        words: list[Any] = []
        if child.dep_ == "acl":
            words = [p for a in child.children if a.dep_ == "agent" for p in a.children
                     if p.dep_ == "pobj"]  # fmt: skip
        elif child.dep_ == "amod" and child.tag_ == "VBN":
            words = [c for c in child.children if c.dep_ in ("npadvmod", "compound")]
        for word in words:
            if word.pos_ != "PROPN" and word.lemma_.lower() not in _SECTOR:
                continue  # "hackers angered by the publication of ...": no one named
            actors = [a for a in _with_conjuncts(word, reader.read(word), reader) if a.usable]
            if actors:
                return actors
    return []


def _claimer(act: Any) -> Any:
    """The subject of "claimed (took) responsibility for" the act, if that is what it is in."""
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head  # "for both the Farah and the Ghazni attacks"
    if act.dep_ != "pobj" or act.head.lower_ != "for":
        return None
    responsibility = act.head.head
    if responsibility.lemma_.lower() != "responsibility" or responsibility.dep_ != "dobj":
        return None
    return _subject(responsibility.head)


def _owners(clause: Any, reader: ActorReader) -> list[Actor]:
    """Whose the passive subject of ``clause`` is: "UN sanctions", "Iran's program"."""
    for subject in (c for c in clause.children if c.dep_ == "nsubjpass"):
        if subject.pos_ != "NOUN":
            continue  # (a name's words are no owner: "Peter Biar Ajak was released")
        for child in subject.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):  # "U.S. aid" (nmod)
                actor = reader.read(child)
                if actor is not None and actor.known:
                    return _with_conjuncts(child, actor, reader)
    return []


def _object_before(pronoun: Any) -> Any:
    """The object of the verb that the pronoun's verb is joined to ("called X and urged
    him")."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ != "conj":
        return None
    return next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None
    )


def _named_of(token: Any, noun: Any) -> bool:
    """ "a state *of siege*": the act named in an "of" phrase of ``noun``."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == noun.i


def _state_where(clause: Any, reader: ActorReader) -> list[Actor]:
    """The state of the country the first "in X" phrase of ``clause`` names (or a city of
    it), outside its subject, at any depth; or the court an "in" phrase names."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    outside = set() if subject is None else {t.i for t in subject.subtree}
    for prep in clause.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i in outside:
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            actor = reader.read(place)
            if actor is not None and actor.sector == "JUD":
                return [actor]
            if actor is None or not actor.country or actor.sector not in (None, "GOV"):
                continue
            return [_as_state(actor, reader, "GOV")]
    return []


# Acts of a state's law on a person, with the body that does them.
_LAWFUL_ACTS = {
    "impeach": "LEG", "indict": "JUD", "charge": "JUD", "prosecute": "JUD", "convict": "JUD",
    "sentence": "JUD", "acquit": "JUD", "arrest": "COP", "detain": "COP",
}  # fmt: skip
# Sectors of those who hold a state office.
_OFFICIALS = {"GOV", "LEG", "JUD", "MIL", "COP"}


def _own_state(clause: Any, reader: ActorReader, sector: str) -> list[Actor]:
    """The state of the official a passive clause is about, as the body of ``sector``."""
    patient = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    actor = reader.read(patient) if patient is not None else None
    if actor is None or not actor.country or actor.sector not in _OFFICIALS:
        return []
    return [_as_state(actor, reader, sector, assumed=True)]


def _country_acted_in(
    clause: Any, sources: list[Actor], sentence: Any, reader: ActorReader, *, venue: bool
) -> Actor | None:
    """The one country, other than the doer's, that the act's clause names as where or
    whom it goes to ("lifted travel curbs to and from North Korea", "relief supplies aimed
    at food shortages in Yemen"), as a state actor of no sector; None when the doer has no
    single country or the clause names none or several.

    Only a country or a place in it that is the object of a preposition of place or
    direction counts, and only in the act's own words: not in the doer's phrase, a relative,
    adverbial or appositive clause ("saying there was a danger of Iranian attacks", "then
    ambassador to Israel": a reason, a circumstance, a description), nor a country's name
    that merely qualifies a noun ("the US-Mexico border", "the Benghazi committee"). With
    ``venue`` (a meeting), a place it happens in is where the parties meet, not one of them:
    only a direction counts ("talks with Iran", "a trip to Peru")."""
    homes = {a.country for a in sources if a.country}
    if len(homes) != 1:
        return None
    words = {t.i for t in clause.subtree}
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent", "csubj"):
            words -= {t.i for t in child.subtree}
    for token in clause.subtree:
        if (
            token.dep_ in _ASIDES
            or (token.dep_ == "advcl" and not _to_infinitive(token))
            or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))
        ):
            words -= {t.i for t in token.subtree}
    found = set()
    for i, code in reader.country_mentions(sentence, cities=True, signs=False):
        head = _phrase_head(sentence.doc[i])
        if i in words and code not in homes and _place_object(head, venue=venue):
            found.add(code)
    if len(found) != 1:
        return None
    return _as_state(replace(sources[0], country=found.pop()), reader, None, assumed=True)


# Judgements, which are aimed at whoever did what they judge, not at where it was done.
_JUDGEMENTS = {"ACCUSE", "REJECT", "SUPPORT"}
# Clauses that describe or comment on what the act's words name, not where the act goes
# (with adverbial clauses other than a purpose, and clauses of another verb joined on).
_ASIDES = {"relcl", "appos", "parataxis"}
# Prepositions of whom or where an act goes to, and of where it is done.
_DIRECTION_PREPS = {"into", "to", "from", "with", "against", "between", "toward", "towards",
                    "on"}  # fmt: skip
_LOCATION_PREPS = {"in", "throughout", "across", "inside", "near", "within"}


def _phrase_head(token: Any) -> Any:
    """The head of the name ``token`` starts ("North" → "Korea" in "North Korea")."""
    while token.dep_ == "compound" and token.head.ent_iob_ == "I" and token.head.i > token.i:
        token = token.head
    return token


def _place_object(head: Any, *, venue: bool) -> bool:
    """The name is the object of a preposition of direction or (unless ``venue``) of place,
    or joined to one ("to Iran and Lebanon")."""
    while head.dep_ == "conj":
        head = head.head
    preposition = head.head.lower_
    return head.dep_ == "pobj" and (
        preposition in _DIRECTION_PREPS or (not venue and preposition in _LOCATION_PREPS)
    )


def _as_state(
    actor: Actor, reader: ActorReader, sector: str | None, *, assumed: bool = False
) -> Actor:
    """The state of ``actor``'s country, named as the country, as its body of ``sector``."""
    name = reader.table.name_of(actor.country or "")
    return replace(actor, text=name, name=name, entity_id=None, sector=sector, kind=None,
                   proper=False, held=False, assumed=assumed or actor.assumed, start=-1,
                   end=-1)  # fmt: skip


def _striking(clause: Any, reader: ActorReader) -> list[Actor]:
    """The subject of an "as"/"when" clause of a passive killing, or the country of the strike
    it happened in."""
    # (Also of a verb joined to it: "were killed and 40 wounded when ...".)
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for child in (c for verb in verbs for c in verb.children):
        if child.dep_ != "advcl" or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _HOW_MARKS for m in child.children
        ):
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        actors = [a for a in _with_conjuncts(subject, reader.read(subject), reader) if a.usable]
        return actors or _agents_of(subject, reader)
    # "was killed in a US counter-terrorism operation", "died in an Israeli airstrike": the
    # country or group that the strike the victim fell in is of.
    for prep in (c for verb in verbs for c in verb.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for strike in (c for c in prep.children if c.dep_ == "pobj"):
            if strike.lemma_.lower() not in _STRIKES:
                continue
            for owner in strike.subtree:  # ("a US counter-terrorism operation")
                if owner.i >= strike.i or owner.dep_ not in ("amod", "compound", "nmod", "poss"):
                    continue
                actor = reader.read(owner)
                if actor is not None and actor.known:
                    return [actor]
    return []


# Acts of armed force a victim is killed or hurt "in" ("in a US operation").
_STRIKES = {
    "operation", "strike", "airstrike", "raid", "attack", "bombing", "bombardment", "shelling",
    "offensive", "ambush", "assault", "crackdown",
}  # fmt: skip


def _all_folded(trigger: _Trigger) -> Iterable[_Trigger]:
    for inner in trigger.folded:
        yield inner
        yield from _all_folded(inner)


# Verbs that tell a strike landing on what it hit.
_LANDING = {"hit", "pound", "target", "destroy", "damage", "level", "flatten", "raze", "rock"}
# What armed strikes land on (a labour strike "hits" production, flights or a port).
_MILITARY_MARKS = {"target", "position", "base", "camp", "stronghold", "hideout", "outpost",
                   "checkpoint", "barracks", "depot", "arsenal", "convoy", "militant", "fighter",
                   "insurgent", "rebel", "jihadist", "enclave", "bunker", "launcher"}  # fmt: skip


def _lands(strike: Any) -> bool:
    """A "strike" that is the subject of a verb of landing on an armed target, or on a place by
    a people's or country's name ("Israeli strikes hit Gaza"), is an armed one."""
    verb = strike.head
    if strike.dep_ != "nsubj" or verb.lemma_.lower() not in _LANDING:
        return False
    marks = [c for c in verb.children if c.dep_ == "dobj"]
    if any(m.lemma_.lower() in _MILITARY_MARKS for m in marks):
        return True
    national = any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in strike.children
    )
    return national and any(m.ent_type_ in ("GPE", "LOC", "FAC") for m in marks)


# Texts that lay down standing rules: what they forbid is a rule, not an act of a day.
_CHARTERS = {"constitution", "charter", "treaty", "convention", "statute", "rule", "code",
             "policy", "bylaw", "doctrine"}  # fmt: skip


def _standing_rule(verb: Any) -> bool:
    """ "The constitution prohibits ...", "party rules forbid ...": a charter's subject with
    its verb in the present tense."""
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _CHARTERS


def _fights_for(token: Any) -> bool:
    """ "fight for the American people", "a battle for workers' rights": for whom or what."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


# Threats as dangers: their kinds, and what one does about a danger.
_DANGER_KINDS = {"strategic", "terrorist", "terror", "security", "existential", "growing",
                 "potential", "serious", "grave", "major", "real", "big", "great", "imminent",
                 "perceived", "nuclear", "cyber", "global", "regional", "emerging", "ongoing",
                 "constant", "persistent", "biggest", "greatest", "health"}  # fmt: skip
_MEETING_DANGER = {"face", "counter", "combat", "confront", "deal", "address", "tackle", "pose",
                   "assess", "meet", "eliminate", "reduce", "understand", "recognize",
                   "recognise", "ignore", "downplay", "underestimate", "fight", "defeat",
                   "neutralize", "neutralise", "mitigate", "detect", "monitor"}  # fmt: skip


_MAKING_THREATS = {"make", "issue", "repeat", "deliver", "level", "renew", "utter", "send",
                   "voice", "post", "tweet", "carry"}  # fmt: skip


def _danger(token: Any) -> bool:
    """The noun "threat" names a danger, not a threat someone made: one of a kind ("terrorist
    threats", "strategic threats") or one that is faced, countered or dealt with (not "issued a
    threat", "Iran's threat to close the strait")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "threat":
        return False
    if any(c.dep_ == "acl" and _to_infinitive(c) for c in token.children):
        return False  # "a threat to close the strait": someone's threat of an act
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _MAKING_THREATS:
        return False  # "made a serious threat against the government"
    if any(c.dep_ == "amod" and c.lemma_.lower() in _DANGER_KINDS for c in token.children):
        return True
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "dealing with the threat", "in the face of the threat"
    return token.dep_ in ("dobj", "pobj") and head.lemma_.lower() in _MEETING_DANGER


# Endings and words of abstract nouns and of what befalls people: a subject of these that
# "threatens" is a danger, not one who threatens (not "the junta threatened protesters").
_ABSTRACT_ENDINGS = ("ism", "ity", "ion", "ence", "ance", "ment", "ness")
_BEFALLING = {"rise", "spread", "growth", "change", "crisis", "pandemic", "virus", "disease",
              "drought", "flood", "storm", "war", "debt", "inflation", "fire"}  # fmt: skip


def _abstract_subject(verb: Any, reader: ActorReader) -> bool:
    """The subject names no one and is an abstract thing ("the rise of terrorism", "climate
    change", "corruption")."""
    if not _thing_subject(verb, reader):
        return False
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    lemma = subject.lemma_.lower()
    return lemma.endswith(_ABSTRACT_ENDINGS) or lemma in _BEFALLING


def _thing_subject(verb: Any, reader: ActorReader) -> bool:
    """The active clause's subject is a common noun that names no one ("evidence", "the data",
    "the new law"), and no one's it is."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() in _SECTOR:
        return False  # (a plural may name people: "Conservatives still praise his refusal")
    return not any((actor := reader.read(t)) is not None and actor.usable for t in subject.subtree)


def _names_no_one(verb: Any) -> bool:
    """The subject of ``verb`` is a common noun that names no one and no body ("a vote",
    "free trade", "the decision"), not "the bank", "the foundation" or "the candidates"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None:
        return False
    if subject.dep_ == "csubj":
        return True  # "Sending him into Scranton helps Biden"
    return (
        subject.pos_ == "NOUN"
        and not subject.ent_type_
        and subject.lemma_.lower() not in _SECTOR
        and subject.lemma_.lower() not in _BODIES_THAT_HELP
        and not is_role(subject.lemma_.lower())  # ("the GOP candidates offered ideas")
    )


# Acts only someone does: helping as aid, offering.
_GIVEN_BY_SOMEONE = {("AID", "help"), ("AGREE", "offer")}
# Bodies that give aid, named by common nouns the sector table does not list.
_BODIES_THAT_HELP = {"foundation", "charity", "agency", "fund", "organization",
                     "organisation", "group", "donor", "country", "nation", "state",
                     "neighbour", "neighbor", "ally", "partner"}  # fmt: skip


def _where_it_was(token: Any, reader: ActorReader) -> bool:
    """``token`` names a city, a region or a building, not a country or its people ("the
    *Kabul* attack", "a *Samarra* market bombing")."""
    if token.ent_type_ in ("FAC", "LOC"):
        return True
    if token.ent_type_ != "GPE":
        return False
    name = next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)
    return not reader.table.is_country_name(name)


def _is_object_modifier(trigger: _Trigger) -> bool:
    """A noun trigger that is the object of a verb: its modifier is the target, not source."""
    return trigger.token.dep_ in ("dobj", "pobj") and trigger.token.head.pos_ in ("VERB", "ADP")


def _parties(noun: Any, reader: ActorReader) -> list[Actor]:
    """The usable actors a phrase names, with those joined to it; for a thing between parties
    ("the agreement between Turkey and Libya"), those parties."""
    actors = [a for a in _with_conjuncts(noun, reader.read(noun), reader) if a.usable]
    return actors or _between(noun, reader)


def _with_conjuncts(head: Any, actor: Actor | None, reader: ActorReader) -> list[Actor]:
    actors = reader.split(head, actor) if actor else []
    for child in joined_after(head):
        other = reader.read(child)
        if other and other.usable and not other.several:
            # (Not "the US and other developed nations": no one more it names.)
            actors += reader.split(child, other)
    return actors


# Sectors of people inside a country (civilians, opposition, rebels …) and of its state.
_DOMESTIC_SECTORS = {"CVL", "OPP", "EDU", "LAB", "MED", "REB", "UAF", "REL", "BUS", "PTY"}
_STATE = {"GOV", "MIL", "COP", "JUD", "LEG"}
# Sectors outside politics: their people leaving a post is no resignation of an official
# (PLOVER RETREAT mode resign).
_PRIVATE = {"CVL", "LAB", "BUS", "EDU", "MED", "REL"}
# Acts whose words have everyday senses between private persons ("worked with", "met",
# "collaborated"): political only when a party with a country or a political role takes part.
_EVERYDAY = {"COOPERATE", "CONSULT"}
# Types whose source is the one who releases, when the act names a release ("released",
# "plans to release", "agreed to release").
_RELEASING = {"RETREAT", "CONCEDE", "AGREE"}


def _domestic(
    actor: Actor,
    countries: list[str],
    others: list[Actor],
    *,
    first: bool = False,
    article: bool = False,
    home: str | None = None,
) -> Actor:
    """An actor with no country of its own takes a country the sentence names: a source the
    first one, a target the first that is not the source's, else the other side's (a domestic
    event) — except a person facing a person of that country, who stays without one (Biden
    calling Putin a killer is not Russian). When the country is the ``article``'s, the
    sentence naming none, a person facing one of its people is of it too ("Trump lashed out
    at Mayor Bowser" in an article about the United States). A source whose sentence names
    the other side's country first is of the article's ``home`` country when that is another
    ("The Senate passed a bill imposing sanctions on Russian officials" in a US story)."""
    if actor.country or actor.sector in INTERNATIONAL_SECTORS or actor.several:
        return actor
    if not countries:
        # No country in the words: a government or people facing an actor of a known country
        # ("Likud accused the government", "Museveni sacked the army chief") are its own.
        known = {a.country for a in others if a.country}
        if first or len(known) != 1 or actor.kind == "PERSON" or actor.proper:
            return actor
        return replace(actor, country=known.pop(), assumed=True)
    if not first and actor.sector in _DOMESTIC_SECTORS:
        # "Turkish police broke up a demonstration by students": a state's forces act on
        # people of their own country unless the text says otherwise.
        state = next((a.country for a in others if a.country and a.sector in _STATE), None)
        if state is not None:
            return replace(actor, country=state, assumed=True)
    facing = {a.country for a in others}
    taken = set() if first else facing
    country = next((c for c in countries if c not in taken), None)
    if first and country in facing:
        # (the article's own country, else decide below as for the only candidate being the
        # other side's)
        country = home if home is not None and home not in facing else None
    if country is None:
        # (A person whose country is only assumed too is no sign: "Manafort was sentenced by
        # Judge Jackson" in a sentence that names the IRS.)
        facing_person = any(
            a.kind == "PERSON" and not a.assumed for a in others if a.country == countries[0]
        )
        if actor.kind == "PERSON" and facing_person and not article:
            return actor  # Biden calling Putin a killer is not Russian
        country = countries[0]  # "Museveni bans Ugandan opposition candidates": domestic
    return replace(actor, country=country, assumed=True)


def _retort(token: Any) -> bool:
    """ "shot back that ...", "hit back that ...", "shot back, 'I suppose ...'": a verb of
    attack with "back" and a clause or a quotation of what was said is a retort ("Soldiers
    shot back at the gunmen" has neither)."""
    children = list(token.children)
    back = next((c for c in children if c.lower_ == "back" and c.dep_ in ("advmod", "prt")), None)
    if token.pos_ != "VERB" or back is None:
        return False
    if any(c.dep_ == "ccomp" for c in children):
        return True
    after = back.doc[back.i + 1 : back.i + 3]
    return (
        len(after) == 2
        and after[0].text in (",", ":")
        and (after[1].tag_ == "``" or after[1].is_quote)
    )


# A state's offices abroad.
_MISSIONS = {"embassy", "consulate", "mission", "legation"}


def _mission_place(targets: list[Actor], sentence: Any, reader: ActorReader) -> str | None:
    """The country a target mission stands in when its phrase names the place ("the Israeli
    embassy in London": GBR), if not its own state's."""
    for target in targets:
        for token in sentence:
            if not (target.start <= token.idx < target.end) or token.lemma_ not in _MISSIONS:
                continue
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    span = next((e for e in sentence.ents if e.start <= place.i < e.end), None)
                    name = span.text if span is not None else place.text
                    code = reader.country_of(name) or city_country(name)
                    if code is not None and code != target.country:
                        return code
    return None


def _protesters_of(
    sources: list[Actor], targets: list[Actor], countries: list[str], reader: ActorReader
) -> tuple[list[Actor], list[Actor]]:
    """ "Riots broke out in Dakar", "a demonstration was held in Caracas": a protest whose
    people the text gives no country is by people of the one country the sentence names (its
    place), toward their own state, as the GSR codes a protest at home."""
    if len(set(countries)) != 1 or len(targets) != 1 or targets[0].country != countries[0]:
        return sources, targets
    place = targets[0]
    people = [replace(a, country=place.country) for a in sources] or [
        replace(place, entity_id=None, sector="CVL", kind=None, proper=False, held=False,
                start=-1, end=-1)
    ]  # fmt: skip
    return people, [_as_state(place, reader, "GOV")]


def _private_release(
    trigger: _Trigger, type_: str, sources: list[Actor], reader: ActorReader
) -> bool:
    """The act is, or names, a release ("released", "his release", "plans to release") by a
    party with no political role: its own doer ("the author released her memoir") or the
    organisation someone is released from ("his release from the club")."""
    releases = [
        t.token
        for t in (trigger, *_all_folded(trigger))
        if t.mode == "release" and t.token.lemma_.lower() == "release"
    ]
    if not releases:
        return False
    if type_ in _RELEASING and sources and _private_persons(sources, reader):
        return True
    employers = [
        reader.read(pobj)
        for release in releases
        for prep in release.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return any(
        a is not None and a.kind == "ORG" and _private_persons([a], reader) for a in employers
    )


def _private_persons(actors: list[Actor], reader: ActorReader) -> bool:
    """Everyone is a private person, a firm, a school or the press of one country at most: no
    one with a political role (a state's body, a party, an armed group, a union, a church, an
    international body), no country named as such, and no dealing across borders ("Japanese
    and Indian firms launched a joint venture" is economic cooperation between countries)."""
    return len({a.country for a in actors if a.country}) < 2 and all(
        (a.sector is None or a.sector in _PRIVATE - {"LAB", "REL"})
        and a.kind not in ("GPE", "NORP")
        and not reader.names_country(a)
        for a in actors
    )


def _firm(actor: Actor) -> bool:
    """A firm, the press or a school: by its sector, or an organisation the text gives no
    sector and no country ("ESPN", "Tinder"; not "Myanmar's junta")."""
    return actor.sector in ("BUS", "MED", "EDU") or (
        actor.kind == "ORG" and actor.sector is None and actor.country is None
    )


def _non_state(actor: Actor) -> bool:
    """People who act toward their state: civilians, opposition, rebels, unions, students,
    clergy, parties (not companies or the press, whose acts are seldom aimed at it)."""
    return bool(actor.country) and actor.sector in _DOMESTIC_SECTORS - {"BUS", "MED"}


def _same_actor(actor: Actor, others: list[Actor]) -> bool:
    for other in others:
        if actor.entity_id and actor.entity_id == other.entity_id:
            return True
        if actor.start == other.start and actor.end == other.end:
            return True
    return False


def _negated(token: Any, verb: Any) -> bool:
    return _told_not(token, verb) or _of_none(token)


def _told_not(token: Any, verb: Any) -> bool:
    """The act is denied by a negation word ("did not attack"), a subject of no one
    ("Nobody was arrested"), or a negated verb it is joined to."""
    for word in (token, verb):
        if word is None:
            continue
        if any(c.dep_ == "neg" for c in word.children):
            return True
        if word.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in word.children
        ):
            return True  # "No troops were injured", "Nobody was arrested"
        if _shares_negation(word):
            return True
    # "did not attack the tanker and threaten its crew", "none of them will come out and
    # support Trump": a verb joined to one an auxiliary governs shares its "not" or its
    # subject of no one (but "should not endorse X and instead support Y" sets the second
    # against the first, and in "was not in a crisis, and urged ..." the "not" is the
    # first verb's alone).
    first = _governing(verb)
    if first is None or first is verb or any(c.lower_ in _INSTEAD for c in verb.children):
        return False
    if not any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return False
    return any(c.dep_ == "neg" for c in first.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in first.children
    )


_INSTEAD = {"instead", "rather"}


# Nouns that "no" makes an affirmation of what they are of.
_AFFIRMED_BY_NONE = {"secret", "doubt", "hesitation", "qualm", "mistake", "question",
                     "reservation", "shortage", "end"}  # fmt: skip


def _of_none(token: Any) -> bool:
    """The act is given as none: its object ("offered no concessions", "gave nothing"), or
    the noun it is told through ("showed no sign of backing down", "no plans to withdraw",
    "there was no agreement"). (Not what an act did not cause: "the strike caused no
    casualties" still tells the strike.)"""
    if token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and _nobody(c) for c in token.children
    ):
        return True
    current = token
    for _ in range(4):
        if current.pos_ in ("NOUN", "PROPN") and _nobody(current):
            # ("made no secret of his support", "left no doubt", "no hesitation in striking":
            # the act affirmed)
            return current.lemma_.lower() not in _AFFIRMED_BY_NONE
        if current.dep_ not in ("pobj", "pcomp", "prep", "acl", "xcomp") or current.head is current:
            return False
        current = current.head
    return False


def _shares_negation(verb: Any) -> bool:
    """ "has not endorsed Clinton or conceded the race": a verb joined by "or" or "nor" to a
    negated one, with no subject or auxiliary of its own, is negated with it (not "did not
    attack X and shelled Y", told of its own)."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    first = verb.head
    joined_by = {c.lower_ for c in first.children if c.dep_ == "cc"}
    return bool(joined_by & {"or", "nor"}) and any(c.dep_ == "neg" for c in first.children)


def _nobody(noun: Any) -> bool:
    return noun.lower_ in ("nobody", "none", "nothing") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def _protest_told(noun: Any) -> bool:
    """The rally or strike is said to be a protest: a modifier or owner ("a general strike",
    "the workers' rally"), who or what it is by or against, its purpose, or a verb that stages
    or joins it. A politician's or a place's name is no such sign ("at a Trump rally",
    "Sanders's rally in Ventura", "a Des Moines rally": a campaign event), nor is a rally
    "for" a politician."""
    if any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and not _names_host(c) for c in noun.children
    ):
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("by", "of", "against", "over", "for")
        and not (c.lower_ == "for" and any(p.dep_ == "pobj" and _names_host(p) for p in c.children))
        for c in noun.children
    ):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "on":
        return True  # "went on strike"
    if any(
        c.dep_ in ("acl", "relcl") and (c.tag_ == "VBG" or _to_infinitive(c)) for c in noun.children
    ):
        return True  # "a rally to protest ...", "a strike demanding higher pay"
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False  # (not "announced it in a rally": the rally is only where)
    # (The parser's lemma of "staged" is "stag".)
    return verb.lemma_.lower() in _PROTEST_HOSTS or verb.lower_.startswith("stag")


def _names_host(word: Any) -> bool:
    """A person's or a place's name, or "campaign": whose or where a rally is, which says
    nothing of a protest (but "opposition leader Navalny's rally" does)."""
    if word.lemma_.lower() == "campaign":
        return True
    if word.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC"):
        return False
    return not any(w.lemma_.lower() in _DISSENTERS for w in word.subtree)


# Words that make a rally's owner a dissenter ("opposition leader Navalny's rally").
_DISSENTERS = {"opposition", "dissident", "activist", "protester", "demonstrator", "rebel",
               "striker", "union", "unionist"}  # fmt: skip


def _to_infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _governing(verb: Any) -> Any:
    """The verb whose subject and auxiliaries a joined verb shares: "will withdraw its troops
    and *lift* the blockade", "should halt the strikes and *allow* aid in" (the same form, with
    no subject or auxiliary of its own; not "will withdraw and *lifted*", told of its own)."""
    current = verb
    while (
        current is not None
        and current.dep_ == "conj"
        and current.pos_ in ("VERB", "AUX")
        and current.head.pos_ in ("VERB", "AUX")
        and current.tag_ == current.head.tag_
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in current.children)
    ):
        current = current.head
    return current


def _future(verb: Any) -> bool:
    if verb is None:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & _FUTURE:
        return True
    if auxiliaries & ({"would"} | _POSSIBLE) and _in_reported_speech(verb):
        return True  # "said it would / could close the strait": what one says one may do
    return verb.dep_ == "xcomp" and verb.head.lemma_ in _INTENT_HEADS


# Texts whose participle says what they do: "issued a statement *condemning* the raid".
_TEXTS = {"statement", "declaration", "communique", "communiqué", "letter", "resolution",
          "message", "note", "petition", "editorial", "speech", "report"}  # fmt: skip
# Acts of law that do so when the clause enacts them: "signed a decree *banning* the niqab",
# "passed a bill *imposing* sanctions" (not "a law banning fracking took effect", "is wrong to
# have a law banning it": what a law in force does, no one's act in the sentence).
_LAWS = {"decree", "order", "law", "bill", "ordinance", "directive", "edict", "regulation",
         "legislation"}  # fmt: skip
_ENACTING = {"sign", "issue", "pass", "adopt", "enact", "approve", "decree"}


def _text_says(clause: Any) -> Any:
    """ "issued a statement condemning X", "a declaration demanding that ...": the participle
    is what the text does (its author's act), not a description in the background. The text
    it belongs to, or None. (The parser may hang it on where the text appeared: "posted a
    message on Twitter blaming X".)"""
    if clause.dep_ != "acl" or clause.tag_ != "VBG":
        return None
    text = clause.head
    if text.dep_ == "pobj" and text.head.dep_ == "prep" and text.head.lower_ in ("on", "in"):
        text = text.head.head
    if text.lemma_.lower() in _LAWS:
        enacted = text.dep_ == "dobj" and text.head.lemma_.lower() in _ENACTING
        return text if enacted else None
    return text if text.lemma_.lower() in _TEXTS else None


_BACKGROUND_MARKS = {"after", "before", "since", "as", "when", "while", "because", "although",
                     "though", "once", "until"}  # fmt: skip
_BACKGROUND_PREPS = {"after", "following", "since", "despite", "before", "amid"}


def _in_background(token: Any) -> bool:
    """The word sits in a clause that gives context, not the reported event: a relative
    clause ("refugees, who are deployed to oversee a ceasefire"), a participle describing a
    noun, a time or cause clause ("one day after a jet shot down a helicopter")."""
    return _background(token) is not None


def _background(token: Any) -> str | None:
    """What kind of context the word's nearest background phrase gives: ``"clause"`` (a
    relative clause or a participle describing a noun), ``"time"`` (a time or cause phrase or
    clause: "after the attack", "amid protests", "as troops shelled the town"), ``"span"``
    (what a span is counted from: "the deadliest since the 2018 assault", "calm since it was
    retaken") or ``"topic"`` ("talks about the strike"); None in the reported event."""
    current = token
    while current.head.i != current.i:
        text = _text_says(current)
        if text is not None:
            current = text  # (past the place it was posted: "a message *on Twitter* blaming")
            continue
        if (
            current.dep_ in ("relcl", "acl")
            and not _planned(current)
            and not _misparsed(current)
            and not _headline_passive(current)
        ):
            return "clause"
        marks = [c.lower_ for c in current.children if c.dep_ == "mark"]
        if current.dep_ == "advcl" and set(marks) & _BACKGROUND_MARKS:
            return "span" if "since" in marks else "time"
        if current.dep_ == "pobj" and current.head.lower_ in _BACKGROUND_PREPS:
            return "span" if current.head.lower_ == "since" else "time"
        if current.dep_ == "pobj" and _topic(current.head):
            return "topic"
        current = current.head
    return None


# Prepositions of what something is about: "concerns regarding the attack", "talks about the
# strike", "a report on the bombing", "an inquiry into the killings".
_TOPIC_PREPS = {"regarding", "concerning", "about", "over", "on", "into", "re"}
_TOPIC_OF_VERBS = {"regarding", "concerning", "about", "over", "re"}


def _topic(preposition: Any) -> bool:
    """The preposition makes its object the topic of a noun ("concerns *regarding* the attack",
    "a report *on* the bombing"): an act only referred to, not the one reported."""
    if preposition.dep_ != "prep" or preposition.lower_ not in _TOPIC_PREPS:
        return False
    holder = preposition.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return True
    # "expressed concern about the attack", "protested over the killing" (but "went *on*
    # strike", "agreed *on* a truce": the act itself).
    return holder.pos_ in ("VERB", "AUX") and preposition.lower_ in _TOPIC_OF_VERBS


# Ending a hostile act: what the end of each type is (a ceasefire, a withdrawal, a concession).
_ENDED = {
    "ASSAULT": ("RETREAT", "ceasefire", "0871"),
    "MOBILIZE": ("RETREAT", "withdraw", "0874"),
    "PROTEST": ("CONCEDE", None, "082"),
    "COERCE": ("CONCEDE", None, "081"),
    # Easing economic sanctions or an embargo: CAMEO 085, RETREAT in the CAMEO->PLOVER table.
    "SANCTION": ("RETREAT", None, "085"),
}
_CEASING = {"stop", "halt", "cease", "end", "suspend", "quit", "abandon", "renounce", "forswear",
            "postpone", "delay", "defer"}  # fmt: skip
_REFRAINING = {"refrain", "desist", "abstain"}
# Verbs that end a measure in force, not an act of violence ("lifted the sanctions", "removed
# the curfew", "dropped the boycott"; but "dropped bombs" is no ceasefire).
_LIFTING = {"lift", "remove", "rescind", "revoke", "repeal", "scrap", "ease", "relax", "loosen",
            "drop", "waive", "annul", "cancel"}  # fmt: skip
# … and the measures so ended (not "cancelled the talks" or "dropped cooperation": a sanction).
_MEASURES_IN_FORCE = {"sanction", "embargo", "boycott", "curfew", "restriction", "ban", "tariff",
                      "penalty", "lockdown", "moratorium", "freeze", "emergency",
                      "curb"}  # fmt: skip


def _in_force(token: Any) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in _MEASURES_IN_FORCE


def _giving_up(verb: Any) -> bool:
    """ "have given up fighting": to give an act up is to stop it."""
    return verb.lemma_.lower() == "give" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    )


# Nouns that name an act held off when the act's noun qualifies them ("deportation relief").
_PAUSES = {"relief", "moratorium", "reprieve", "pause", "halt", "freeze", "suspension",
           "cessation", "stay"}  # fmt: skip


def _ceased(token: Any) -> bool:
    """The act is what someone stops ("stop shooting", "halted the raids"), refrains from
    ("refrain from attacks"), calls an end to ("an end to the violence") or holds off
    ("deportation relief", "an execution moratorium"); a sanction,
    restriction or boycott also what someone lifts ("lifted the embargo")."""
    head = token.head
    if token.dep_ == "compound" and head.lemma_.lower() in _PAUSES:
        return True  # "deportation relief", "a bombing pause": the act held off
    if token.dep_ in ("dobj", "xcomp", "nsubjpass") and head.pos_ == "VERB":
        lifting = _LIFTING if _in_force(token) else set()
        return head.lemma_.lower() in _CEASING | lifting or _giving_up(head)
    if token.dep_ in ("pobj", "pcomp"):
        holder = head.head
        if head.lower_ == "from" and holder.lemma_.lower() in _REFRAINING:
            return True
        ending = {"end", "halt", "cessation", "stop", "suspension"}
        if _in_force(token):
            ending |= {"lifting", "removal", "easing", "repeal", "relaxation"}
        return (
            head.lower_ in ("to", "of")
            and holder.pos_ == "NOUN"
            and holder.lemma_.lower() in ending
        )
    return False


# Verbs of a journey: a visit only when the traveller is someone who visits (a person, an
# official or delegation, a country), not troops, refugees or goods.
_JOURNEYS = {"arrive", "travel", "fly", "head", "leave", "depart", "tour"}
_VISITORS = {"team", "mission", "head", "chief", "counterpart", "representative", "emissary",
             "pope", "official", "officials", "dignitary", "dignitaries"}  # fmt: skip


def _visitor(verb: Any) -> bool:
    if _passive(verb):
        return False  # "was flown to a hospital", "were taken to Rome": carried, not visiting
    subject = _subject(verb)
    if subject is None or subject.pos_ == "PRON":
        return True  # (whoever "he" or "they" is, the text gives no sign it is not a visitor)
    if subject.ent_type_ in ("PERSON", "GPE", "NORP"):
        return True
    word = subject.lemma_.lower()
    return _SECTOR.get(subject.lower_) == "GOV" or _SECTOR.get(word) == "GOV" or word in _VISITORS


# Modals and auxiliaries that make an agreed clause a course of action ("agreed that their
# countries should cooperate", "agreed the commission would present a draft").
_ACTION_AUX = {"will", "would", "shall", "should", "must", "can", "could", "may", "might", "'ll",
               "wo", "to"}  # fmt: skip


def _opinion(trigger: _Trigger) -> bool:
    """ "agreed that a united Europe was the only option", "we agree with Scott": sharing a view,
    not agreeing to do anything (PLOVER codes no comments); its clause reports nothing
    either."""
    token = trigger.token
    if trigger.type != "AGREE" or token.lemma_.lower() != "agree" or token.pos_ != "VERB":
        return False
    if any(c.dep_ in ("xcomp", "dobj") for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if not clauses:
        # "they agree with the committee", "agrees with the recommendation" (not "agreed with
        # Ukraine on a prisoner swap")
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
        return token.tag_ in ("VBP", "VBZ") and "with" in preps and not preps & {"on", "to", "over"}
    return all(
        not any(a.dep_ in ("aux", "auxpass") and a.lower_ in _ACTION_AUX for a in c.children)
        for c in clauses
    )


# Verbs of a standing view for or against something, and what is someone's act or proposal
# (not a view on an issue: "Russia opposes the resolution").
_HOLDING_VIEWS = {"oppose", "support", "favor", "favour"}
_PROPOSALS = {"plan", "proposal", "bill", "deal", "resolution", "measure", "agreement", "accord",
              "treaty", "motion", "nomination", "nominee", "candidate", "candidacy", "bid",
              "move", "decision", "sanction", "embargo", "law", "ban", "initiative", "policy",
              "effort", "amendment", "legislation", "pact", "strike", "war", "attack",
              "invasion", "intervention", "operation", "campaign"}  # fmt: skip


_PERSONS_PRONOUNS = {"him", "her", "them", "me", "us", "you", "himself", "herself"}


def _stance(trigger: _Trigger) -> bool:
    """ "Rubio opposes abortion", "she supports gun control": a standing view on an issue,
    held in the present, of no one's act or proposal (not "opposes the resolution", "supports
    Clinton", "opposed the bill")."""
    token = trigger.token
    if token.lemma_.lower() not in _HOLDING_VIEWS or token.tag_ not in ("VBZ", "VBP"):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lemma_.lower() not in _PROPOSALS
        and not any(
            _party_word(w)
            or w.ent_type_ in ("EVENT", "LAW")
            or w.lemma_.lower() in _PROPOSALS
            or w.lower_ in _PERSONS_PRONOUNS
            for w in o.subtree
        )
        for o in objects
    )


# Gatherings, documents and appeals that may be the scene of another act (not attacks or
# protests: "killed *in an attack*", "marched *in protest*" tell the act itself).
_SCENES = {"CONSULT", "AGREE", "SUPPORT", "REQUEST"}
# Prepositions of the circumstances of what a clause reports ("said *at a meeting*", "told
# troops *during a visit*", "paid *under a treaty*", "*at the request of* X") …
_SETTING_PREPS = {"at", "during", "under", "in"}
# … except where the phrase is what the verb is about ("took part *in* talks").
_ARGUMENT_IN = {"participate", "engage", "involve", "join", "result", "culminate", "succeed",
                "be", "remain", "stay", "persist", "fail", "invest", "help", "assist"}  # fmt: skip


def _setting(token: Any) -> bool:
    """An event noun that only sets the scene of the clause's own act: "*at a meeting* with
    X, Y said ...", "*during a visit* to Z he told troops ...", "*under the agreement*, the
    firms will build ...", "*With this agreement*, we are forging ...". The clause reports
    what was said or done there, not the meeting or agreement itself."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    preposition = token.head
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if preposition.lower_ == "with" and preposition.i < verb.i:
        return True  # a fronted "With this agreement, ..."
    return preposition.lower_ in _SETTING_PREPS and verb.lemma_.lower() not in _ARGUMENT_IN


# Nouns of an intention whose infinitive is the act intended ("announced a plan to invade",
# "a pledge to lift the curfew"), not a clause of background.
_INTENTIONS = {"plan", "intention", "intent", "decision", "proposal", "pledge", "promise", "offer",
               "commitment", "readiness", "willingness", "threat", "bid", "move"}  # fmt: skip
# … and of a measure enacted, whose infinitive is what it does ("approved a measure to ease
# restrictions").
_ENACTED = {"measure", "bill", "law", "decree", "resolution"}


def _intended(token: Any) -> bool:
    """The word is the act of a plan made known ("announced a plan to *invade*"): an
    intention, not an act done."""
    current = token
    while current.head.i != current.i:
        if _planned(current):
            return current.head.lemma_.lower() in _INTENTIONS
        current = current.head
    return False


def _makes_intent_known(token: Any) -> bool:
    """ "announced its intention to withdraw": a verb of making known whose object is an
    intention with its act (a pattern may match the announcing verb with the act beside it)."""
    return token.lemma_.lower() in _MAKING_KNOWN and any(
        c.dep_ == "dobj" and any(_planned(g) for g in c.children) for c in token.children
    )


# Verbs that make an intention known (not "cancelled plans to ...", "resisted plans to ...").
_MAKING_KNOWN = {"announce", "unveil", "reveal", "declare", "outline", "present", "approve",
                 "adopt", "make", "issue", "publish", "confirm", "express", "signal", "voice",
                 "submit", "put", "lay", "table", "pass", "enact", "sign"}  # fmt: skip


def _planned(clause: Any) -> bool:
    """The infinitive of an intention made known: "announced a plan *to invade* X"."""
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and noun.lemma_.lower() in _INTENTIONS | _ENACTED
        and _to_infinitive(clause)
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.lemma_.lower() in _MAKING_KNOWN
    )


_MAIN_LINKS = {"conj", "ccomp", "xcomp", "parataxis"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"}


def _participle_state(verb: Any) -> bool:
    """ "a blast left two officers injured", "found the men detained": a past participle (the
    tagger may call it a past tense) as the complement of a verb with an object says what was
    done to that object, so the object is no one who acts."""
    return verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children
    )


def _swallowed_subject(verb: Any) -> Any:
    """ "On live television Erdogan also attacked ...", parsed with the name as the object of
    "on": a finite verb with no subject, right after a name that ends a phrase opening the
    sentence, has that name for its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children
    ):
        return None
    before = verb.i - 1
    while before > verb.sent.start and verb.doc[before].dep_ == "advmod":
        before -= 1  # "Erdogan also attacked"
    name = verb.doc[before]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    phrase = name
    while phrase.head.i != phrase.i and phrase.head.i < verb.i and phrase.dep_ != "prep":
        phrase = phrase.head
    opening = phrase.dep_ == "prep" and phrase.head.i == verb.i and phrase.i == verb.sent.start
    return name if opening else None


def _misparsed(verb: Any) -> bool:
    """ "The air force carried out strikes ...", parsed with the noun as the root and the
    verb as a clause describing it: a finite verb with objects and no subject of its own,
    hung on a sentence's root noun, is the sentence's main verb, and the noun its subject."""
    if not (
        verb.dep_ in ("acl", "relcl")
        and _on_root_noun(verb)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in verb.children
        )
        and not any(c.lower_ in _RELATIVES for c in verb.children)
    ):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative") for c in verb.children)
    return verb.tag_ == "VBN" and _active_participle(verb)


# Verbs of acts done to someone that always name them as the object when active ("police
# killed two protesters"): with no object, the one named is the one it was done to.
_DONE_TO = {"kill", "wound", "injure", "hurt", "arrest", "detain", "jail", "imprison", "abduct",
            "kidnap", "execute", "behead", "deport", "expel", "sentence", "convict", "accuse",
            "charge", "indict", "oust", "sack", "capture", "seize"}  # fmt: skip


def _headline_passive(verb: Any) -> bool:
    """ "Two protesters killed in Cairo", "Two protesters killed by police": a participle as
    the predicate of a sentence with no finite verb (a headline's passive, its "were" left
    out), parsed as the root with a subject or as a clause of the root noun. The subject or
    the noun is the one it was done to; only a "by" phrase names the doer."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    if _finite(verb.sent):
        return False
    # (The tagger takes many a past tense for a participle, "Hundreds of workers protested
    # outside the embassy", "Ethiopian rebels disarmed in Tigray": with no "by" phrase, only
    # verbs that are never used without their object.)
    by_party = any(
        _party_word(o) for c in verb.children if c.dep_ == "agent" for o in c.children
    )  # ("killed by police", not "devastated by the attacks")
    if not (verb.lemma_.lower() in _DONE_TO or by_party):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ == "acl" and _on_root_noun(verb) and not _active_participle(verb)


def _on_root_noun(verb: Any) -> bool:
    """The clause hangs on the sentence's root, a noun before it ("A gunman fired at ...")."""
    noun = verb.head
    return noun.head.i == noun.i and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i


def _finite(sentence: Any) -> bool:
    """The sentence has a finite verb (a headline's often has none)."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sentence)


def _active_participle(verb: Any) -> bool:
    """ "A gunman fired at Senator Scalise", parsed as "a gunman [who was] fired at": in a
    sentence with no finite verb, a participle with no agent that takes an object, or aims at
    a party ("at", "on" a named or group noun), is active. "Two protesters shot in Cairo" and
    "a reporter shot at a rally" (at a place) stay what was done to them."""
    if _finite(verb.sent) or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") and _party_word(o)
        for c in verb.children
        for o in c.children
        if o.dep_ == "pobj"
    )


def _main(token: Any) -> bool:
    """The word reports what the sentence is about: it reaches the root through conjuncts,
    complement clauses ("said it would ...", "began collecting ...") and, for an event noun,
    its place as the subject or object of a verb that does."""
    current = token
    while current.head.i != current.i:
        if _misparsed(current):
            return True
        if current.dep_ not in _MAIN_LINKS and not (
            current.dep_ in _ARGUMENTS and current.pos_ in ("NOUN", "PROPN")
        ):
            return False
        current = current.head
    return True


# Words of a body sitting: "the council met", "held a session".
_SITTINGS = {"meet", "session", "convene"}


def _sitting(token: Any) -> bool:
    """A meeting that names no one met: no object, no "with" or "between" partner, and one
    body that meets ("the council met", not "officials from A and B met", "the envoys met")."""
    words = [token, *(c for c in token.children if c.dep_ == "dobj")]
    if not any(w.lemma_.lower() in _SITTINGS for w in words):
        return False
    subject = _subject(token)
    if subject is not None and (
        subject.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in subject.children)
        or sum(1 for w in subject.subtree if w.ent_iob_ == "B" and _party_word(w)) > 1
    ):
        return False
    return not any(
        c.dep_ in ("dobj", "dative")
        and c.lemma_.lower() not in _SITTINGS
        or c.dep_ == "prep"
        and c.lower_ in ("with", "between", "among")
        for w in words
        for c in w.children
    )


def _visits_a_place(token: Any) -> bool:
    """ "visited flood-hit areas": the object is a common noun, not a named place or party."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ for c in token.children)


def _mention(token: Any) -> bool:
    """An event noun that only qualifies another noun ("the fate of the talks", "a resolution
    on sanctions") refers to an event; it does not report one."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return False
    noun = token.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    # "ten days of war games", "tons of food aid": an amount of the act, not a reference to it;
    # "a campaign of civil disobedience", "a list of demands": the acts themselves.
    # "weeks of protests", "months of fighting": a span of the act, told as going on.
    measured = any(c.dep_ == "nummod" for c in noun.children)
    return not (
        measured
        or noun.lemma_.lower() in _MEASURES | _CARRIERS | _SERIES | _SPANS
        or noun.lower_ in _QUANTITIES
    )


_SERIES = {"list", "set", "spate", "string"}
_SPANS = {"hour", "day", "week", "month", "year", "decade"}


def _of_oneself(token: Any) -> bool:
    """ "Russia said it would use force": what a speaker says of itself is its own act (a
    threat, an offer), not a charge against another ("said Israeli forces had used force")."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    # ("warned Kyiv that it would pay": "it" may be the one told, not the speaker.)
    told = any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
    own = {"we", "i"} if told else {"we", "i", "it"}
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in own for c in verb.children)


# Verbs of putting money or effort into something.
_INVESTING = {"invest", "reinvest"}
# Verbs of talking, which consult only with someone ("discussed the plan with Merkel").
_TALKING = {"discuss", "talk", "converse", "chat"}


def _talking(trigger: _Trigger) -> bool:
    """The act is talking, by a verb ("discussed", "began by talking"), not talks held."""
    token = trigger.token
    needed = {w for need in trigger.pattern.needs for w in need}
    return any(
        w.pos_ == "VERB"
        and w.lemma_.lower() in _TALKING
        and (w.i == token.i or w.lemma_.lower() in needed)
        for w in token.subtree
    )


def _imperative(verb: Any) -> bool:
    """ "Release the prisoners!", chants of "Lock her up!": a bare verb that opens its
    sentence or a quotation, with no subject or auxiliary, orders the act; it does not tell
    it."""
    if verb is None or verb.tag_ != "VB" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is None or before.is_quote or before.tag_ == "``"


def _obligation(verb: Any) -> bool:
    """ "said X must/should do": an obligation laid on someone in reported speech."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lower_ in ("we", "i") for s in subjects):
        return False  # "we must stand by our allies": a resolve of one's own, asked of no one
    if not any(_obliged(s) for s in subjects):
        return False  # "the pact should take effect next year", "it must be implemented"
    if any(s.lower_ == "you" for s in subjects) and _generic_you(verb):
        return False  # "If you work overtime, you should get paid": anyone, asked of no one
    if "have" in auxiliaries and verb.tag_ == "VBN":
        return False  # "Clinton should have known": a judgement of the past, asked of no one
    return bool(auxiliaries & {"must", "should"}) and bool(subjects) and _in_reported_speech(verb)


# Saying, telling and showing: declining to do these is keeping silent, no refusal of anyone.
_TELLING = {"say", "speak", "respond", "answer", "confirm", "disclose", "identify", "interview",
            "weigh", "detail", "explain", "describe", "reply", "divulge", "address", "give",
            "provide", "offer", "release", "reveal", "name", "share", "specify", "elaborate",
            "comment", "tell", "discuss"}  # fmt: skip
# What is told: giving or discussing these is telling.
_TOLD = {"detail", "details", "information", "comment", "comments", "figure", "figures",
         "number", "numbers", "name", "names", "identity", "specifics", "reason", "reasons",
         "explanation", "estimate", "breakdown", "timeline", "update", "interview"}  # fmt: skip
# Telling verbs whose object decides it (not "release the prisoners", "discuss a ceasefire").
_TELLING_BY_OBJECT = {"give", "provide", "offer", "release", "share", "discuss", "reveal", "name"}


def _keeps_silent(token: Any) -> bool:
    """ "declined to say", "refused to be interviewed", "declined to give further details"."""
    if token.lemma_.lower() not in ("decline", "refuse"):
        return False
    for clause in token.children:
        if clause.dep_ != "xcomp" or clause.lemma_.lower() not in _TELLING:
            continue
        if clause.lemma_.lower() not in _TELLING_BY_OBJECT:
            return True
        objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        return bool(objects) and all(o.lemma_.lower() in _TOLD for o in objects)
    return False


def _armed_subject(verb: Any, reader: ActorReader) -> bool:
    """The clause's subject is an armed force or group ("the group took the town after ...")."""
    subject = _subject(verb) if verb is not None else None
    actor = reader.read(subject) if subject is not None else None
    return actor is not None and actor.sector in ("MIL", "REB", "UAF", "IMG")


# Verbs whose subject suffered the act their time phrase names.
_SUFFERING = {"die", "survive", "recover", "succumb"}


def _to_someone(preposition: Any, reader: ActorReader) -> bool:
    """ "to the poor": the preposition's object names a party (not "to Cruz's 20%")."""
    for pobj in (c for c in preposition.children if c.dep_ == "pobj"):
        actor = reader.read(pobj)
        if actor is not None and actor.usable:
            return True
    return False


# Verbs of getting what another gives ("received the endorsement of X"), and the acts whose
# "of" names their giver there ("the backing of X"; but "secured the release of X" frees X).
_GETTING = {
    "receive", "win", "get", "gain", "secure", "earn", "garner", "attract", "land", "draw",
    "collect", "enjoy", "lock", "rack", "pick", "line", "snag",
}  # fmt: skip
_GIVEN_ACTS = {"SUPPORT", "ACCUSE", "AID", "COOPERATE", "AGREE"}


def _time_phrase_act(token: Any) -> bool:
    """An act named as the object of a time phrase ("*After the Benghazi attack*, Clinton
    testified"), not one inside a clause with its own subject ("after he ratcheted up his
    attacks")."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "pobj"
        and token.head.lower_ in _SEQUENCE_PREPS
    )


# Prepositions that put one act before or after another (not "amid" or "despite", whose act
# the clause's subject may be a party to).
_SEQUENCE_PREPS = {"after", "following", "before", "since"}


def _seized_on(token: Any) -> bool:
    """ "seized on/upon X" with nothing seized: taking up an argument, not taking property."""
    children = list(token.children)
    return (
        token.lemma_.lower() == "seize"
        and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in children)
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in children)
    )


def _attracts(token: Any, sources: list[Actor]) -> bool:
    """ "appeal to" as being liked: no one who appeals, a thing that is "appealing", or one
    who "appeals to" a group now, pleading for nothing ("Cruz appeals to Reagan Democrats";
    not "appealed to the UN for help", "appeals to voters to turn out")."""
    if (
        token.pos_ == "NOUN"
        and any(c.dep_ == "amod" and c.lemma_.lower() in _BROAD for c in token.children)
        or (token.dep_ == "dobj" and token.head.lemma_.lower() in _WIDENING)
    ):
        return True  # "broaden his appeal", "his broad appeal": how far he is liked
    # ("Trump appeals to ...": the tagger may take the verb for a plural noun after a name)
    verb_read_as_noun = (
        token.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "amod") for c in token.children)
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    )
    if token.pos_ == "NOUN" and not verb_read_as_noun:
        return False  # ("an appeal to the UN": someone's plea, named or not)
    if not sources or any(c.dep_ == "advmod" and c.lower_ in _DEGREE for c in token.children):
        return True
    pleads = any(
        c.dep_ in ("xcomp", "ccomp", "dobj", "advcl")
        or (c.dep_ == "prep" and c.lower_ in ("for", "against"))
        for c in token.children
    )
    # (present, or to an electorate: "been able to appeal to a certain group of folks")
    electorate = all(
        p.lemma_.lower() in _ELECTORATE
        for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children if p.dep_ == "pobj"
    ) and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)  # fmt: skip
    return (verb_read_as_noun or token.tag_ in ("VBZ", "VBP", "VBG") or electorate) and not pleads


# How widely one is liked: "broad appeal", "broaden his appeal".
_BROAD = {"broad", "wide", "narrow", "limited", "popular", "mass", "electoral", "crossover",
          "general", "wider", "broader"}  # fmt: skip
_WIDENING = {"broaden", "widen", "expand", "limit", "lose", "lack", "have", "extend"}
# Those a candidate appeals to: voters and parts of the electorate.
_ELECTORATE = {"voter", "group", "base", "supporter", "folk", "people", "demographic",
               "democrat", "republican", "independent", "conservative", "liberal", "moderate",
               "evangelical", "woman", "man", "youth", "millennial", "worker", "audience",
               "electorate", "constituency", "bloc"}  # fmt: skip


# Types that tell a view, which a poll reports of the people it asked.
_VIEWS = {"SUPPORT", "REJECT", "AGREE", "REQUEST", "ACCUSE"}
_POLLS = {"poll", "survey", "pollster", "questionnaire"}


def _polled(sentence: Any, sources: list[Actor]) -> bool:
    """The sentence reports a poll, and who holds the view is no one named, or the public
    it asked ("voters", "older women"): what people told a poll is no act of theirs."""
    # (a poll, or those polled: "those surveyed say"; not polling done: "voted to endorse
    # Clinton after polling members")
    if not any(
        t.lemma_.lower() in _POLLS and (t.pos_ in ("NOUN", "PROPN") or t.tag_ == "VBN")
        for t in sentence
    ):
        return False
    return all(a.sector == "CVL" and not a.entity_id and a.kind is None for a in sources)


# Adverbs of degree: "massively appealing" is liked, not pleading.
_DEGREE = {"very", "more", "most", "less", "so", "too", "massively", "particularly", "especially",
           "broadly", "widely", "hugely", "deeply", "increasingly"}  # fmt: skip


def _generic_you(verb: Any) -> bool:
    """ "If you work overtime, you should ...": a condition on "you" makes it anyone."""
    return any(
        clause.dep_ == "advcl"
        and any(m.lower_ in ("if", "when", "whenever", "once") for m in clause.children)
        and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children)
        for clause in verb.children
    )


def _wish(verb: Any) -> bool:
    """ "Kuwait wants Chile to end its ban": what one wants another to do is asked of them."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("want", "wish"):
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and _to_infinitive(clause):
            return any(c.dep_ in ("nsubj", "nsubjpass") and _obliged(c) for c in clause.children)
    return False


_LETTING = {"allow", "permit", "let"}


def _not_letting(verb: Any) -> bool:
    """ "will not allow Sweden to join NATO": not letting someone act refuses them."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _LETTING
        and any(c.dep_ == "neg" for c in verb.children)
        and any(
            clause.dep_ in ("ccomp", "xcomp")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            for clause in verb.children
        )
    )


def _insisting(verb: Any) -> bool:
    """ "insisted that Russian troops leave": a subjunctive clause insisted on is a demand
    ("insisted that it was innocent" is only a claim)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "insist":
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp" or any(c.dep_ == "aux" for c in clause.children):
            continue
        if any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children):
            return True  # "insisted that the sanctions be lifted"
        if (
            # (a present tense after a present "insist" is a claim: "officials insist that
            # they give no support"; after a past one, the subjunctive: "insisted that they
            # leave")
            (clause.tag_ == "VB" or (clause.tag_ == "VBP" and verb.tag_ in ("VBD", "VBN")))
            and clause.lemma_.lower() not in ("be", "have")
            and any(c.dep_ == "nsubj" and _obliged(c) for c in clause.children)
        ):
            return True
    return False


def _obliged(subject: Any) -> bool:
    """Someone an obligation can be laid on: a person, group, country or body named, a word
    for people or an institution, or a personal pronoun (not "it", "this" or a thing)."""
    if subject.pos_ == "PRON":
        # ("it should have acted": a country or body; "it must be implemented": a thing.)
        return subject.lower_ in ("he", "she", "they", "you") or (
            subject.lower_ == "it" and subject.dep_ == "nsubj"
        )
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.pos_ == "PROPN":
        return True
    word = subject.lemma_.lower()
    return subject.lower_ in _SECTOR or word in _SECTOR or word in _BODIES_OBLIGED


# Common nouns for a country or a body that a demand may be addressed to.
_BODIES_OBLIGED = {"country", "nation", "side", "group", "member", "alliance", "bloc",
                   "community", "organization", "organisation", "council", "union",
                   "party"}  # fmt: skip


def _is_said(trigger: _Trigger) -> bool:
    return any("@said" in need for need in trigger.pattern.needs)


def _is_label(trigger: _Trigger) -> bool:
    return any("@predicate" in need for need in trigger.pattern.needs)


def _ultimatum(verb: Any, marks: frozenset[str] | set[str] = frozenset({"unless"})) -> bool:
    """The verb has a condition ("... unless X", and with ``marks`` "until X" too)."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    )


# Judgements that rule an act out: "impossible", "out of the question", "off the table".
_RULED_OUT = {"impossible", "unacceptable", "unthinkable", "inconceivable", "absurd",
              "ridiculous", "unworkable", "inhumane"}  # fmt: skip
_RULED_OUT_PHRASES = ({"out", "question"}, {"off", "table"}, {"not", "option"})


# … and judgements that call for it: "necessary", "essential".
_NEEDED = {"necessary", "essential", "vital", "crucial", "imperative", "indispensable",
           "urgent"}  # fmt: skip


def _judgement(act: Any) -> set[str]:
    """The words of the clause ``act`` is the subject of, besides the act's own."""
    own = {t.i for t in act.subtree}
    return {t.lower_ for t in act.head.subtree if t.i not in own}


def _judged_out(act: Any) -> bool:
    """The act the subject of ``act``'s clause names is judged ruled out by the clause."""
    words = _judgement(act)
    return bool(words & _RULED_OUT) or any(phrase <= words for phrase in _RULED_OUT_PHRASES)


def _judged_needed(act: Any) -> bool:
    """The act is judged needed ("lifting the embargo is necessary"), not denied so."""
    words = _judgement(act)
    return bool(words & _NEEDED) and not words & {"not", "n't", "never", "no"}


# Nouns of what is thought of, not done: "the idea of deporting ...".
_NOTIONS = {"idea", "notion", "prospect", "thought", "possibility", "concept", "spectre",
            "specter"}  # fmt: skip


def _hypothetical(verb: Any, *, own_act: bool = False) -> bool:
    """A possibility, not an event. ``own_act``: the trigger is the verb itself, so a
    "could" in reported speech is what the speaker says they may do (a threat or an offer,
    see ``_future``), not a forecast ("analysts said Iran could face sanctions")."""
    if verb is None:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    current = verb
    while current.dep_ == "xcomp" and current.head.i != current.i:
        # "might resume fighting": the modal of the verb the act depends on.
        current = current.head
        auxiliaries |= {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & _MODAL and not _in_reported_speech(verb):
        return True
    if auxiliaries & _POSSIBLE and not (own_act and _in_reported_speech(verb)):
        return True  # "analysts said Iran could face sanctions": a possibility
    if _exhorted(verb):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "about" and verb.head.head.lemma_ in _MUSING:
        return True  # "He is talking about banning all Muslims": a topic of talk, no act
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "of"
        and verb.head.head.lemma_.lower() in _NOTIONS
    ):
        return True  # "the idea of deporting 11 million people": a notion, no act
    if _weighed_or_hoped(verb):
        return True
    first = verb
    while first.dep_ in ("conj", "xcomp") and first.head.i != first.i:
        # "if they test and *mobilize*", "if we were to start *bombing*": the condition covers
        # each verb, and the verbs it governs.
        first = first.head
    marks = {c.lower_ for c in first.children if c.dep_ == "mark"}
    # ("Whether Cruz will be invited ...": an open question.)
    return ("if" in marks and first.dep_ == "advcl") or "whether" in marks or _inverted(first)


# Verbs of weighing an option ("is considering sending aid") and of hoping or expecting what
# others will do ("hopes Japan will persuade Biden to lift sanctions"): no act is told.
_WEIGHING = {"consider", "contemplate", "weigh", "mull", "ponder"}
_HOPING = {"hope", "wish", "expect", "predict", "anticipate"}


def _weighed_or_hoped(verb: Any) -> bool:
    """The act is an option someone weighs, or what someone hopes or expects another clause's
    subject will do (not "hopes to resume talks": an intention of the one who hopes)."""
    current = verb
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        lemma = head.lemma_.lower()
        if current.dep_ in ("xcomp", "dobj") and current.tag_ == "VBG" and lemma in _WEIGHING:
            return True
        if current.dep_ == "ccomp" and lemma in _HOPING:
            return True
        if current.dep_ not in ("xcomp", "conj", "ccomp"):
            return False
        current = head
    return False


# Words of praise and thanks: not giving them refuses nothing.
_PRAISING = {
    "thank", "congratulate", "praise", "applaud", "commend", "hail", "laud", "salute",
    "compliment", "honor", "honour", "celebrate", "acclaim", "apologize", "apologise",
}  # fmt: skip


# Auxiliaries that open a condition when put before the subject ("Had Russia attacked ...").
_INVERTING = {"had", "should", "were"}
# Words that put an auxiliary first in a statement, not a condition ("Never had they ...",
# "Not only had they ...", "nor had they ...", "was tough, as were the attacks on Kerry").
_STATING_INVERSION = {"nor", "neither", "so", "never", "only", "rarely", "seldom", "hardly",
                      "as", "than"}  # fmt: skip


def _inverted(clause: Any) -> bool:
    """ "Had Russia attacked Ukraine, NATO would have ...", "Should Iran attack ...", "Were
    Iran to attack ...", "it would have been cool had Clinton congratulated him": a
    condition told by putting the auxiliary before the subject (not in a question)."""
    for verb in (clause, clause.head if clause.dep_ == "advcl" else None):
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        leads = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        for lead in leads:
            if lead.lower_ not in _INVERTING or lead.i > subject.i:
                continue
            before = lead.doc[lead.i - 1] if lead.i > lead.sent.start else None
            if before is not None and (
                before.pos_ in ("ADV", "PART") or before.lower_ in _STATING_INVERSION
            ):
                continue
            return not _question(lead.sent)
    return False


# Verbs whose "about" names what is talked or thought of, not done.
_MUSING = {"talk", "speak", "think", "dream", "joke", "fantasize", "muse", "wonder"}


# Acts that yield to another: refusing one of them, on a condition, is a refusal to yield.
_YIELDING = {"RETREAT", "CONCEDE", "AID"}
_CONDITIONS = frozenset({"unless", "until"})


# Acts whose report is an allegation when someone only believes or claims another did them.
_ALLEGED = {"ASSAULT", "COERCE"}
# Verbs of belief, suspicion and claim: what they report is held true, not shown to be
# ("said" and "announced" report; "believe", "suspect", "allege", "claim" assert a charge).
_BELIEVING = {"believe", "suspect", "allege", "claim", "think", "contend", "conclude"}


def _belief(token: Any, verb: Any) -> Any:
    """ "the agencies *believe* the prince ordered the killing": the verb of belief or claim
    whose complement the act is (None when there is none, or the act is told of the believer
    itself ("Hamas claimed it fired the
    rockets", "the Armenians claim they were retaliating" tell their own acts)."""
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _of_oneself(token):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (
        subject.pos_ == "PRON"
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    ):
        return None  # "claimed its fighters shot down a drone": its own
    # "said Iran was *behind* the attack": being behind an act ascribes it, whoever says so.
    verbs = (
        _BELIEVING | SPEECH
        if token.dep_ == "pobj" and token.head.lower_ == "behind"
        else _BELIEVING
    )
    current = verb
    while current.head.i != current.i and current.dep_ in ("ccomp", "conj"):
        if current.dep_ == "ccomp":
            return current.head if current.head.lemma_.lower() in verbs else None
        current = current.head
    return None


# What a court finds of an act that annuls it, and the verbs of its finding.
_UNLAWFUL = {"unlawful", "illegal", "unconstitutional", "invalid", "void", "illegitimate"}
_FINDING = {"find", "rule", "declare", "hold", "deem", "judge"}
# What lacking takes away from an act: "ruled the governor lacked authority to ...".
_POWERS = {"authority", "power", "jurisdiction"}
# A court's texts, which find for it: "an order declaring ...", "a ruling holding ...".
_VERDICTS = {"order", "ruling", "opinion", "judgment", "judgement", "decision", "verdict"}


def _inquiry_of_its_own(token: Any, sources: list[Actor]) -> bool:
    """An inquiry called one's own ("its investigation", "an internal probe") by a party that
    is no state organ or international body."""
    words = [token, *(c for c in token.children if c.dep_ == "dobj")]  # ("launched an ...")
    own = any(
        (c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ == "amod" and c.lower_ == "internal")
        for word in words
        for c in word.children
    )
    return own and all(a.sector not in _STATE | INTERNATIONAL_SECTORS for a in sources)


def _found_unlawful(token: Any) -> bool:
    """The subject of "was unlawful" ("the arrest was unlawful", "the arrest unlawful")."""
    clause = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and (
        clause.lower_ in _UNLAWFUL
        or any(c.dep_ == "acomp" and c.lower_ in _UNLAWFUL for c in clause.children)
    )


def _unlawful(verb: Any) -> Any:
    """ "found the prorogation *unlawful*", "ruled that the decree was *unconstitutional*",
    "ruled the governor *lacked* authority": the word under a verb of finding that says an act
    was unlawful (None when there is none)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FINDING:
        return None
    for child in verb.children:
        if child.dep_ == "oprd" and child.lower_ in _UNLAWFUL:
            return child
        if child.dep_ not in ("ccomp", "xcomp"):
            continue
        if child.lower_ in _UNLAWFUL:
            return child  # ("found the arrest unlawful", parsed as a clause of its own)
        if child.lemma_.lower() == "lack" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _POWERS for c in child.children
        ):
            return child
        for word in child.children:
            if word.dep_ in ("acomp", "oprd") and word.lower_ in _UNLAWFUL:
                return word
    return None


def _exhorted(verb: Any) -> bool:
    """ "Let's keep fighting", "let us march": an exhortation to act, not an act (but
    "Russia let us inspect the site" is a permission given)."""
    current = verb
    while current.dep_ in ("xcomp", "ccomp", "conj") and current.head.i != current.i:
        above = current.head
        if above.lemma_.lower() == "let" and not any(c.dep_ == "nsubj" for c in above.children):
            words = {c.lower_ for c in (*above.children, *current.children)}
            return bool(words & {"'s", "us"})
        current = above
    return False


def _in_reported_speech(verb: Any) -> bool:
    """The clause of a verb of saying ("said Y must leave"), or a quotation of a known speaker
    (the second sentence of "He said: \"... . The government has abused its power.\"")."""
    current = verb
    while current.head.i != current.i:
        if current.dep_ in ("ccomp", "xcomp") and current.head.lemma_ in SPEECH:
            return True
        current = current.head
    return any(start <= verb.idx < end for start, end in verb.doc.user_data.get(_QUOTED, ()))


# The key of the document's spans of quotations with a known speaker (set by ``code``).
_QUOTED = "parley.events.quoted"
# The key of the character offsets where the document names a person (set by ``code``).
_NAMES = "parley.events.names"


def _speaker(
    quote: Quote | None, reader: ActorReader, article: Article, *, reporter: bool = True
) -> list[Actor]:
    """The speaker of the quote an act is in. Without ``reporter``, not one the text cites
    as its source ("according to The Guardian"): a report is no act of its reporter."""
    if quote is None or not quote.speaker_id:
        return []
    if not reporter and (quote.cue or "").lower().startswith("according"):
        return []
    entity = next((e for e in article.entities if e.id == quote.speaker_id), None)
    if entity is None:
        return []
    return [reader.of_entity(entity, quote.speaker_text)]


def _quote_at(quotes: tuple[Quote, ...], offset: int) -> Quote | None:
    for quote in quotes:
        if quote.start <= offset < quote.end:
            return quote
    return None


def _time_for(times: tuple[TimeExpr, ...], sentence: Any, verb: Any) -> TimeExpr | None:
    inside = [t for t in times if sentence.start_char <= t.start < sentence.end_char and t.date]
    inside = [t for t in inside if names_a_day(t)] or inside
    if not inside:
        return None
    roots = {}
    for time in inside:
        span = sentence.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None:
            roots[time.start] = span.root
    # The time of the act's own clause, else of the clause it hangs on ("On Wednesday, the
    # court issued an opinion on the suspension, which went into effect on Tuesday, finding
    # it unlawful": the finding is Wednesday's; a relative clause's time is its own).
    clause = verb
    while True:
        for time in inside:
            root = roots.get(time.start)
            if root is not None and _governed_by(root, clause):
                return time
        if clause.head.i == clause.i or clause.dep_ not in _CLIMBING:
            break
        clause = clause.head
    anchor = verb.idx
    return min(inside, key=lambda t: abs(t.start - anchor))


# The clauses whose time an act takes from the clause they hang on: a participle or adverbial
# clause ("..., finding it unlawful"), a verb joined to another, an infinitive.
_CLIMBING = {"advcl", "conj", "xcomp"}


def _governed_by(token: Any, verb: Any) -> bool:
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.i == verb.i:
            return True
        if current.pos_ in ("VERB", "AUX"):
            return False
    return False


def _with_id(event: Event, number: int) -> Event:
    return replace(event, id=f"V{number}")


def _dismay(lemma: str) -> bool:
    """The word is one of dismay or outrage (an adjective keeps its participle's form:
    "outraged", "horrified", "disappointed")."""
    stems = {lemma, lemma.removesuffix("d"), lemma.removesuffix("ed")}
    if lemma.endswith("ied"):
        stems.add(lemma[:-3] + "y")
    return not stems.isdisjoint(_REACTIONS)


def _reaction(token: Any) -> tuple[Any, Any] | None:
    """(the one dismayed, what dismayed them) when ``token`` tells dismay or outrage at
    something: "X was appalled by Y's decision", "X is disappointed with Y", "Y's move
    angered X"; None otherwise."""
    if not _dismay(token.lemma_.lower()):
        return None
    if token.tag_ in ("VBN", "JJ"):
        # Passive or adjectival: the subject is the one dismayed, the "by"/"at" phrase the
        # cause ("was dismayed at"; "voiced dismay" is the lexicon's).
        if token.dep_ not in ("acomp", "xcomp", "ROOT", "ccomp", "conj"):
            return None
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        holder = token if own else token.head
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        cause = next(
            (
                pobj
                for prep in token.children
                if prep.dep_ in ("prep", "agent") and prep.lower_ in _STIMULUS_PREPS
                for pobj in prep.children
                if pobj.dep_ in ("pobj", "pcomp")
            ),
            None,
        )
        if subject is None or cause is None:
            return None
        return subject, cause
    if token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ", "VBP", "VBG"):
        # Active: "the move angered Beijing".
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        dismayed = next((c for c in token.children if c.dep_ == "dobj"), None)
        if subject is None or dismayed is None:
            return None
        return dismayed, subject
    return None


def _names_a_party(word: Any) -> bool:
    """The word is, or is modified by, a name or a demonym ("Russia", "the Russian attack",
    "the Kremlin's decision"), or names people ("the protesters")."""
    return _party_word(word) or any(
        c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        for c in word.children
    )


def _doers(cause: Any) -> list[Any]:
    """The words that may name whose act ``cause`` is, most telling first: its possessor
    ("China's decision"), its "of"/"by" phrase ("the decision of the court"), the subject of
    a clause ("by what Trump said"), then the word itself ("by Russia", "the Russian move")."""
    words = [c for c in cause.children if c.dep_ == "poss"]
    words += [
        pobj
        for prep in cause.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("of", "by")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    if cause.pos_ in ("VERB", "AUX"):
        # "by what Trump said": the clause's doer only (the speaker's own "what I saw" is
        # no one's act).
        return [c for c in cause.children if c.dep_ == "nsubj" and c.lower_ not in ("i", "we")]
    return [*words, cause]


def _story_time(article: Article, sentence: Any, verb: Any) -> TimeExpr | None:
    """The day the story is at, for an act told in the past with no time of its own: the
    latest day named in the sentences before it in its paragraph ("On Wednesday, Lam spoke.
    She was interrupted by legislators."). Not for what is told as before the story ("had
    agreed"), as a state ("This was one of their demands", "it has been recognized by
    UNESCO"), or after the publication day."""
    told = verb if verb.tag_ in ("VBD", "VBN") else sentence.root  # ("protesting legislators")
    if told.tag_ not in ("VBD", "VBN") or _pluperfect(told) or _perfect_passive(told):
        return None
    if sentence.root.lemma_ == "be" and not any(
        c.dep_ in ("auxpass", "aux") for c in sentence.root.children
    ):
        return None  # "This was one of the demands": no act of the story's day
    text = article.text
    paragraph = text.rfind("\n", 0, sentence.start_char) + 1
    earlier = [
        t for t in article.times
        if paragraph <= t.start < sentence.start_char and t.date and names_a_day(t)
        and t.granularity == "day" and not dates_a_thing(sentence.doc, t.start, t.end)
    ]  # fmt: skip
    if not earlier:
        return None
    time = earlier[-1]
    if article.published is not None and time.date and time.date > article.published.isoformat():
        return None  # what is to come is no day the story is at
    return time


def _pluperfect(verb: Any) -> bool:
    """ "had been killed", "had agreed": told as before the story's time."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _perfect_passive(verb: Any) -> bool:
    """ "has been recognized", "have been sanctioned": a state the act left, of any day."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children) and any(
        c.dep_ == "auxpass" for c in children
    )


def _plural_antecedent(pronoun: Any, reader: ActorReader) -> list[Actor]:
    """ "Egypt's foreign minister and his Greek and French counterparts met in Cairo. ...
    They called on Turkey to ...": the latest subject of several named parties (a plural or a
    list) in the pronoun's sentence or the three before, when it names someone."""
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(3):
        if first > 0:
            first = doc[first - 1].sent.start
    for token in reversed(doc[first : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
            continue
        several = token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)
        if not several:
            continue
        found = [a for a in _with_conjuncts(token, reader.read(token), reader) if a.usable]
        if any(a.known for a in found):
            return found
    return []
