"""Line rules for page furniture, bylines, dates and wire credits.

Scraped text keeps whatever a page showed around the story: navigation,
banners, captions, share prompts, cookie and newsletter prompts, legal lines.
These rules recognise one line at a time; ``parley.extract.text`` decides with
them where the story is. They are phrased on the *shape* of furniture (a caption
marker, a list of menu words, a legal formula), not on any one publisher.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from parley.names import MONTHS

_WORDS = r"[\w'’.-]+"

# A line that is nothing but one of these (case-insensitive) is furniture.
_EXACT = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?(?:content|navigation|search|footer)|accessibility\ links?|
        jump\ to\ (?:navigation|content|main\ content)|main\ menu|menu|navigation|search|
        home(?:\ ?page)?|sign\ in|log\ ?in|sign\ up|register|subscribe(?:\ now)?|close|
        back\ to\ top|open\ (?:navigation|menu)|more|sections|trending|latest|watch\ live|
        breaking(?:\ news)?|live(?:\ updates)?|developing(?:\ story)?|just\ in|
        share|shares|share\ this|print|e-?mail|save|saved|tweet|copy\ link|link\ copied|
        facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|
        advertisement|advert|sponsored(?:\ content)?|ad|promoted|
        related(?:\ (?:topics|stories|articles|content|coverage|links|news))?|
        more\ on\ this\ (?:story|topic)|top\ stories|most\ (?:read|popular|viewed|watched)|
        recommended(?:\ for\ you)?|you\ may\ also\ like|read\ more|see\ more|load\ more|
        continue\ reading|read\ (?:the\ )?full\ (?:story|article)|listen(?:\ to\ this\ article)?|
        comments?(?:\ \(\d+\))?|\d+\ comments?|show\ comments|view\ comments|
        image|images|photo|photos|picture|video|videos|gallery|audio|watch|play|
        image\ \d+\ of\ \d+|photo\ \d+\ of\ \d+|\d+\ of\ \d+|
        (?:\d+\ )?min(?:ute)?s?\ read|topics?|tags?|filed\ under|
        privacy(?:\ policy)?|cookies?(?:\ policy|\ settings)?|terms(?:\ of\ (?:use|service))?|
        accept(?:\ all)?(?:\ cookies)?|reject(?:\ all)?|manage\ (?:cookies|preferences)|
        contact\ us|about\ us|careers|help|faq|site\ ?map|rss|newsletters?|podcasts?|
        reply|cancel\ reply|leave\ a\ (?:reply|comment)(?:\ cancel\ reply)?|post\ a\ comment|
        add\ (?:a\ )?comment|write\ a\ comment|join\ the\ (?:conversation|discussion)|
        (?:previous|next|older|newer)\ (?:post|article|story|entry)|post\ navigation|
        (?:\d[\d,.]*\ )?shares?|sharing\ is\ caring|report\ (?:an\ )?(?:error|abuse|a\ typo)|
        about\ the\ author|read\ (?:these\ )?next|see\ also|explore\ further|don'?t\ miss|
        (?:more|latest|recent|popular|related|top|trending)
            \ (?:posts|news|stories|articles|videos|headlines)|
        you\ (?:may|might)\ (?:also\ )?(?:like|enjoy)|archives?|categories|loading(?:\.\.\.|…)?
    )[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# A line containing one of these is furniture wherever it stands.
_CONTAINS = re.compile(
    r"""
    ©|\(c\)\ \d{4}|\bcopyright\ (?:©\ )?\d{4}|all\ rights\ reserved|
    \bclick\ here\b|\btap\ here\b|
    \b(?:sign\ up|subscribe)\b.{0,60}\bnewsletters?\b|
    \bnewsletters?\b.{0,40}\b(?:sign\ up|subscribe|inbox)\b|
    \bcookies?\b.{0,80}\b(?:accept|consent|policy|settings|use|improve|experience)\b|
    \b(?:we\ use|this\ (?:site|website)\ uses)\ cookies\b|
    \bprivacy\ policy\b|\bterms\ (?:of|&)\ (?:use|service)\b|
    \bshare\ (?:this|on)\ (?:article|story|page|facebook|twitter|x|linkedin|whatsapp)\b|
    \b(?:e-?mail|print)\ this\ (?:article|story|page)\b|
    \bfollow\ (?:us|\w+)\ on\ (?:twitter|facebook|x|instagram|telegram|youtube|linkedin)\b|
    \bdownload\ (?:our|the)\ (?:free\ )?app\b|
    \bthis\ (?:article|story)\ (?:has\ been|was)\ (?:updated|corrected)\b|
    \b(?:published|posted|updated)\ \d+\ (?:seconds?|minutes?|mins?|hours?|hrs?|days?)\ ago\b|
    \benable\ javascript\b|\byour\ browser\ does\ not\ support\b|
    \byour\ email\ address\ will\ not\ be\ published\b|\brequired\ fields\ are\ marked\b|
    \bsave\ my\ name,?\ e-?mail,?\ and\ website\b|\bnotify\ me\ of\ (?:new|follow-?up)\b|
    \bmust\ be\ logged\ in\ to\ (?:post\ a\ )?comment\b|\b(?:log|sign)\ in\ to\ (?:comment|reply)\b|
    \bcomments\ are\ closed\b|\bleave\ a\ (?:reply|comment)\b|\bcancel\ reply\b|
    \bclick\ to\ tweet\b|
    \bby\ (?:submitting|using|continuing|clicking|subscribing)\b.{0,80}\b(?:agree|consent|accept)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Photo credits and caption formulas inside a line mark it as a caption.
_CAPTION = re.compile(
    r"""
    ^\d+x\d+\ (?:image|video|photo)s?$|
    ^(?:image|photo|picture|video)\ (?:caption|source|credit)s?\b|
    \((?:file\ )?(?:photo|image|picture)(?:\ by\ [^)]*)?\)\s*$|
    \((?:ap|afp|reuters|epa|getty)[^)]*(?:photo|images)[^)]*\)\s*$|
    \b(?:ap\ photo|afp\ photo|reuters/|getty\ images|epa-efe|via\ getty)\b|
    ^(?:photo|image|picture|credit|source):\s|
    ^(?:above|below|pictured|top|main\ (?:image|picture|photo)):\s|
    ^(?:image|photo|picture)\ copyright\b|^media\ caption\b|
    (?:\s|\()(?:photo|image|picture|credit)s?:\s?[A-Z][\w./&'’, -]{0,60}\)?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A marker line alone; the short line after it belongs to it (a caption, a ticker).
_MARKER = re.compile(
    r"^(?:\d+x\d+ (?:image|video|photo)s?|image|photo|picture|video|"
    r"breaking(?: news)?|live(?: updates)?|developing(?: story)?|just in|watch)[.:]?$",
    re.IGNORECASE,
)

# Headers of what follows a story on its page: comments, lists of other stories,
# the author's bio, links to the previous and next post. Furniture too, and a
# sign that the story has ended.
_CLOSING = re.compile(
    r"""^(?:
        (?:\d+\ )?(?:comments?|responses?|replies|thoughts|reactions)(?:\ (?:on|to)\ .{1,150})?|
        (?:show|view|load|read|see)\ (?:all\ )?(?:\d+\ )?comments|comments\ \(\d+\)|
        leave\ a\ (?:reply|comment).{0,20}|post\ a\ comment|add\ (?:a\ |your\ )?comment|
        write\ a\ comment|join\ the\ (?:conversation|discussion)|have\ your\ say|
        related(?:\ (?:topics|stories|articles|posts|content|coverage|links|news|reading|videos))?|
        (?:more|most\ (?:read|popular|viewed|shared|watched)|elsewhere|next\ up|latest|also)
            \ (?:on|from|in|at)\ .{1,50}|
        more\ (?:stories|news|articles|posts|videos|headlines)(?:\ .{1,40})?|
        (?:most\ (?:read|popular|viewed|shared|watched))(?:\ (?:stories|articles|news))?|
        you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested\ in)|
        recommended(?:\ (?:for\ you|stories|articles|reading))?|
        (?:what\ to\ )?read\ (?:this|these)?\ ?next|up\ next|don'?t\ miss|see\ also|
        explore\ further|
        (?:popular|recent|related|latest|top|trending)
            \ (?:posts|news|stories|articles|videos|headlines)|
        trending(?:\ now)?|top\ stories|about\ the\ author|
        (?:previous|next|older|newer)\ (?:post|article|story|entry)|post\ navigation|
        tags|filed\ under|topics
    )\s*[.:!…]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A link to another page with its label in front: "Related: …", "READ MORE: …",
# and the labels of lists of tags.
_LINK_PREFIX = re.compile(
    r"""^(?:
        related(?:\ (?:story|stories|article|articles|coverage|content|link|links))?|
        read\ (?:more|also|next)|see\ (?:more|also)|also\ read|more|watch|listen|must\ read|
        recommended|don'?t\ miss|
        tags?|filed\ under|topics?|categories|category|keywords
    )\s*:\s""",
    re.IGNORECASE | re.VERBOSE,
)

# Share buttons read as words: "Facebook Twitter Pinterest Email".
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|whatsapp|pinterest|pin|linkedin|reddit|telegram|tumblr|"
    r"instagram|youtube|flipboard|messenger|vk|vkontakte|odnoklassniki|google\+|e-?mail|sms|"
    r"buffer|pocket|mix)\b",
    re.IGNORECASE,
)

# "Home | World | Politics", "News › Europe › Russia": short items between separators.
_SEPARATORS = re.compile(r"\s*(?:\||›|»|•|·|/|>|–|—)\s*")

_BANNER = re.compile(r"^(?:breaking(?: news)?|live|just in|developing)\s*[:|–—-]\s", re.IGNORECASE)

# A news organisation describing itself at the foot of a page.
_SELF_DESCRIPTION = re.compile(
    r"^(?:the\ )?[A-Z][\w/&.'’ -]{1,60}\ is\ (?:a|an|the)\ (?:[\w-]+\ ){0,4}"
    r"(?:news|media|broadcast|broadcaster|publisher|publishing|journalism)\b",
    re.VERBOSE,
)

_CREDIT = re.compile(
    r"^(?:with|additional|based\ on|compiled\ (?:from|with|by)|written\ with|and)?\s*"
    r"(?:reporting|material|wire\ reports?|reports?|contributions?|information|"
    r"additional\ reporting)\s+(?:by|from)\s+(?P<names>.+?)\.?$",
    re.IGNORECASE | re.VERBOSE,
)
_CONTRIBUTED = re.compile(
    r"^(?P<names>.+?)\s+contributed(?:\ reporting)?\ (?:to|for)\ this"
    r"\ (?:report|story|article)\.?$",
    re.IGNORECASE | re.VERBOSE,
)
_EDITING = re.compile(r";?\s*(?:editing|writing|compiled|graphics)\s+by\b.*$", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)
_LOCATION_SUFFIX = re.compile(r"\s+in\s+[A-Z][\w .-]*$")

_BYLINE = re.compile(r"^(?:by|written by|words by)\s+(?P<names>[^\d].{1,120})$", re.IGNORECASE)

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_DATE_FORMS = (
    re.compile(
        r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b,?(?:\s+(?P<year>\d{4})\b)?", re.I
    ),
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?(?:\s+(?P<year>\d{4})\b)?", re.I
    ),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
)
_WEEKDAYS = {
    f"{stem}{suffix}"
    for stem in (
        "mon",
        "tues",
        "tue",
        "wednes",
        "wed",
        "thurs",
        "thu",
        "fri",
        "satur",
        "sat",
        "sun",
    )
    for suffix in ("", "day")
}
_DATE_FILLER = _WEEKDAYS | {
    "published", "posted", "updated", "last", "first", "on", "at", "date", "modified",
    "am", "pm", "a", "p", "m", "gmt", "utc", "est", "edt", "et", "cet", "cest", "bst", "msk",
    "pst", "pdt", "ct", "pt", "hrs", "h",
}  # fmt: skip
_NAME_PARTICLES = {"de", "da", "van", "von", "der", "al", "bin", "la", "le", "du", "dos"}

TERMINAL = re.compile(r"[.!?…:。！？؟।][\"'”’)\]»」』）]*$|[\"”’»」』]$")


def words(line: str) -> list[str]:
    return re.findall(_WORDS, line)


def is_furniture(line: str) -> bool:
    """Whether ``line`` on its own is page furniture rather than story text."""
    stripped = line.strip(" \t-–—•*·|>")
    if not stripped:
        return False
    if _EXACT.match(stripped) or _CONTAINS.search(stripped) or _CAPTION.search(stripped):
        return True
    if _CLOSING.match(stripped) or _LINK_PREFIX.match(stripped):
        return True
    if not any(char.isalpha() for char in stripped):
        return True  # a count, a score or a rule: "0", "55 3", "* * *"
    if is_share_bar(stripped):
        return True
    if _BANNER.match(stripped):
        return True
    return is_menu(stripped)


def is_share_bar(line: str) -> bool:
    """Two or more social networks named in a line of at most six words, and no sentence."""
    count = len(line.split())
    return count <= 6 and len(_SOCIAL.findall(line)) >= 2 and not TERMINAL.search(line)


def is_closing(line: str) -> bool:
    """A header of what follows a story (comments, related stories, the author's bio)."""
    return bool(_CLOSING.match(line.strip(" \t-–—•*·|>")))


def is_self_description(line: str) -> bool:
    """A news organisation describing itself ("X is an independent news service …").

    Only trusted at the foot of a page: inside a story the same shape can be
    reporting ("RT is a state broadcaster …").
    """
    return bool(_SELF_DESCRIPTION.match(line.strip()))


def is_marker(line: str) -> bool:
    """A caption or banner marker whose following short line belongs to it."""
    return bool(_MARKER.match(line.strip()))


def is_menu(line: str) -> bool:
    """Three or more short items between separators, and no sentence."""
    items = [item for item in _SEPARATORS.split(line) if item]
    if len(items) < 3 or TERMINAL.search(line):
        return False
    return all(len(item.split()) <= 4 for item in items)


def credits_in(line: str) -> tuple[str, ...] | None:
    """The names a wire-credit line gives, or None when it is not one.

    "With reporting by AP, Interfax, Reuters, and TASS" → AP, Interfax, Reuters,
    TASS. Reuters-style "Reporting by A in Moscow; Editing by B" keeps A.
    """
    stripped = line.strip()
    if len(stripped.split()) > 30:
        return None
    match = _CREDIT.match(stripped) or _CONTRIBUTED.match(stripped)
    if not match:
        return None
    names = _EDITING.sub("", match.group("names")).strip(" .")
    found = []
    for name in _NAME_SPLIT.split(names):
        name = _LOCATION_SUFFIX.sub("", name.strip(" .()"))
        if name and name[0].isupper():
            found.append(name)
    return tuple(found) or None


def split_credits(paragraphs: Sequence[str]) -> tuple[list[str], tuple[str, ...]]:
    """Paragraphs without their wire-credit lines, and the credits those lines gave."""
    kept: list[str] = []
    credits: list[str] = []
    for paragraph in paragraphs:
        names = credits_in(paragraph)
        if names is None:
            kept.append(paragraph)
        else:
            credits.extend(names)
    return kept, tuple(dict.fromkeys(credits))


def byline_names(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(authors, credits) from a "By …" line, or None when it is not a byline.

    "By" must be followed by a capitalised word that is not a weekday or month,
    in a short line that is not a sentence, so "By Thursday, the talks had
    failed." stays story text. Name-like parts of several words are authors; a
    single word ("Reuters") is a credit to an organisation; other parts ("Staff",
    "our correspondent") make it a byline without names.
    """
    stripped = line.strip()
    match = _BYLINE.match(stripped)
    if not match or len(stripped.split()) > 12 or stripped.endswith(("?", "!", ",", ";")):
        return None
    if stripped.endswith(".") and len(stripped.split()) > 5:
        return None
    first = match.group("names").split()[0].strip(".,'’")
    if not first[:1].isupper() or first.lower() in _WEEKDAYS or first.lower() in MONTHS:
        return None
    authors: list[str] = []
    credits: list[str] = []
    for part in _NAME_SPLIT.split(match.group("names").strip(" .")):
        tokens = part.strip(" .").split()
        if not tokens or len(tokens) > 4:
            continue
        if all(t[0].isupper() or t in _NAME_PARTICLES for t in tokens):
            (authors if len(tokens) >= 2 else credits).append(" ".join(tokens))
    return tuple(authors), tuple(credits)


def date_in(line: str) -> tuple[dt.date | None, bool] | None:
    """A dateline's date: (date, has_year), or None when the line is not a dateline.

    The line must be the date and nothing else but date furniture ("Published",
    a weekday, a time, a zone). A date without a year gives ``(None, False)``:
    the year is never invented.
    """
    stripped = line.strip()
    if len(stripped.split()) > 12:
        return None
    for form in _DATE_FORMS:
        match = form.search(stripped)
        if not match:
            continue
        rest = (stripped[: match.start()] + " " + stripped[match.end() :]).lower()
        if any(word not in _DATE_FILLER for word in re.findall(r"[a-z]+", rest)):
            return None
        month_text = match.group("month").lower().rstrip(".")
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
        if month is None:
            continue
        if not match.group("year"):
            return None, False
        try:
            return dt.date(int(match.group("year")), month, int(match.group("day"))), True
        except ValueError:
            return None
    return None
