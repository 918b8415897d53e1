"""Words that report speech, writing and stated positions (by lemma).

``SPEECH`` verbs introduce what someone said or wrote: their content clause is
reported speech and a quotation next to them is theirs. ``COGNITION`` verbs
(think, believe, want) attribute a stated position; news attribution corpora
(PARC, PolNeAR) count them, so they take a content clause too, but they never
claim a quotation mark on their own. ``NOUN_OBJECT`` verbs also report when
their content is a noun phrase ("denied the report", "announced a plan").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH = _words(
    """
    say tell add write ask reply respond answer note state declare announce report explain
    argue claim insist assert contend maintain suggest warn caution predict promise pledge
    vow vouch admit acknowledge concede confirm deny reject dismiss accuse charge allege
    criticize criticise blame praise complain lament recall recount describe repeat
    reiterate continue conclude propose recommend urge demand call tweet post testify
    comment remark mention observe point emphasize emphasise stress underline tout boast
    brag joke quip scoff counter retort rebut object protest question wonder speculate
    estimate forecast calculate reveal disclose divulge indicate signal hint imply threaten
    vow assure reassure inform advise notify brief concur agree disagree dispute contradict
    affirm reaffirm swear pledge guarantee cite quote read tell declare proclaim shout yell
    scream whisper mutter exclaim cry chant sing tweet blog email text write pen publish
    release bark snap fume scold thank ponder marvel gush grumble sneer mock retaliate
    """
)

PHRASAL = {
    ("shoot", "back"): "retort",
    ("fire", "back"): "retort",
    ("hit", "back"): "retort",
    ("push", "back"): "counter",
    ("lash", "out"): "attack",
    ("speak", "out"): "speak",
}
"""Phrasal verbs of reply and protest, as the single verb they mean ("Trump shot back")."""
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL)

COGNITION = _words(
    """
    think believe feel know hope fear expect worry doubt suspect suppose guess assume
    presume reckon consider figure realize realise understand recognize recognise want wish
    prefer see regard view
    """
)

NOUN_OBJECT = _words(
    """
    announce deny reject dismiss criticize criticise praise propose recommend demand urge
    endorse support oppose defend condemn denounce applaud welcome blast slam question
    dispute confirm acknowledge admit predict promise pledge vow reveal discuss cite
    describe call attack echo encourage compare liken mock invoke promote back hail laud
    decry lambaste ridicule champion accuse dub label brand pan mention report note offer
    show challenge highlight reference portray downplay herald lambast bemoan cheer
    congratulate express articulate
    """
)

INTENTION = _words(
    """
    want hope plan expect promise vow pledge threaten seek intend refuse decline agree offer
    aim wish urge decide
    """
)
"""Verbs whose reported content is an infinitive ("wants to triple the program")."""

OBJECT_CONTROL = _words(
    """
    ask tell urge encourage force persuade order allow invite push press pressure lead
    leave make get want expect need require call challenge dare convince
    """
)
"""Verbs whose object does what their infinitive says ("urged voters [to vote]"); with
other verbs the subject does it ("used blunt words [to denounce] the deal")."""

ISSUERS = _words(
    """
    lawyer attorney official spokesman spokeswoman spokesperson aide adviser advisor
    leader senator lawmaker governor mayor minister president candidate campaign group
    organization committee council company government administration agency
    """
)
"""Nouns for who puts out a statement, a letter or tweets ("the group issued a statement
calling for …"): they speak through what they issue."""

EVIDENCE = _words(
    """
    show find demonstrate suggest indicate reveal conclude estimate project
    """
)
"""Verbs by which polls, studies and documents report ("a poll shows that …"): a clause only."""

ABOUT = _words(
    """
    talk speak write complain warn rail argue call ask joke boast brag testify comment remark
    tweet lie worry care think know hear read report rant muse wonder inquire testify
    campaign push lobby press plead beg advocate refer apologize respond react focus
    """
)
"""Verbs whose content is the object of a preposition ("spoke of [the legacy]")."""
ABOUT_PREPOSITIONS = frozenset({"about", "of", "on", "for", "against", "over"})
TO_PREPOSITION = _words("refer respond react object point")
"""Of ``ABOUT``, the verbs whose content follows "to" ("referred to [the tapes]")."""

NOUNS = _words(
    """
    claim statement promise pledge warning argument assertion view belief suggestion
    accusation demand remark comment criticism charge allegation insistence announcement
    proposal admission vow threat assurance denial call message prediction complaint
    contention concern hope fear criticism praise support opposition endorsement response
    refusal decision question assessment declaration expectation appeal request
    disagreement estimate
    """
)
"""Nouns that report what someone said or holds ("Trump's claim [that …]",
"her criticism [of the deal]"), with a that-clause or a prepositional object."""
NOUN_PREPOSITIONS = frozenset({"of", "for", "about", "on", "against"})

CUE_LEMMAS = SPEECH | COGNITION | NOUN_OBJECT | INTENTION | EVIDENCE | ABOUT

MEDIA = _words(
    """
    phone telephone television tv radio air camera podcast channel website blog twitter
    facebook instagram youtube telegram tiktok weibo wechat whatsapp reddit linkedin
    """
)
"""What words are spoken or published on ("spoke on the phone", "said on al-Masirah TV",
"attacked X on Twitter"): the medium, neither the topic nor a party."""

ACCORDING = ("according", "to")
"""``according to X`` attributes the clause it modifies to X."""

SPEECH_NOUNS = _words(
    """
    statement interview remark remarks comment comments tweet post speech letter email memo
    report release briefing testimony address op-ed editorial column blog
    """
)
