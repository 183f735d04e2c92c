"""What the way "we" do things somewhere says of the user: the country they come from, a club they belong to
(issue 13, session 18).

Read: a country named in front of a present-tense custom of "we" ("in Spain we say padrino": Is from Spain; "In
Korea we go to noraebang with friends every week": Is from Korea; "back home in Brazil we eat lunch at 2": Is from
Brazil; "in poland, we celebrate name days"). The custom is how people there live, so the speaker is one of them.

Not read: the place the user is now ("here in Canada we ...": they live there, and may be from anywhere else), a
trip ("in Italy we ate pasta every day", "in Japan we're going to Kyoto next", "in France we stayed ..."), a plan
or a wish ("in Spain we would ...", "in Greece we should ..."), a question ("in Spain do we say ...?"), what
others do there ("in Spain they eat late"), a town rather than a country ("in Paris we ..."), quoted words.

A club read the same way: "at the club layout we run strictly 1950s era" (Is a member of a club), "at my chess club
we play blitz on Fridays" (Is a member of a chess club), "in our running club we do intervals on Tuesdays"; not a
night out ("at the club we danced till 3", "at the club we're having a party tonight"), someone else's ("at my
friend's club ...", "at the club they ...") or a question. Hooked into :func:`agents.offline.implied.implied`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.places import COUNTRIES

#: Verbs of a custom: what "we" say, eat, call or celebrate there.
_CUSTOM = (
    r"say|call|use|eat|drink|celebrate|go|do|put|speak|separate|write|sing|dance|greet|cook|serve|make|drive|"
    r"learn|grow|wear|kiss|tip|pay|start|take|sort|count|spell|name|hang|decorate|give|bring|shake|bow|"
    r"pronounce|sleep|wash"
)
_ORIGIN_RE = re.compile(
    rf"(?:^|[,;:.!]\s*|\b(?:and|but|so|because|since|well|like|lol|haha|ok|okay|oh|also|btw)\s+)"
    rf"(?P<lead>back home in|at home in|in)\s+"
    rf"(?P<country>{COUNTRIES.pattern})\s*,?\s+we\s+(?:(?:always|usually|often|also|just|all|normally|"
    rf"traditionally|still|even)\s+)*(?:{_CUSTOM})\b(?!\s+(?:to|there)\s+(?:next|tomorrow|today|this|on)\b)",
    re.IGNORECASE,
)
#: The sentence is a trip, a plan, a wish or a question, not how "we" live.
_NOT_CUSTOM_RE = re.compile(
    r"\b(?:tomorrow|tonight|today|yesterday|next|last|ago|this (?:week|month|year|summer|trip)|on (?:our|my) trip|"
    r"holiday|vacation|honeymoon|we(?:'re| are| were)? visit(?:ed|ing)?|would|could|should|might|if)\b|"
    r"[\"\u201c\u201d]",
    re.IGNORECASE,
)


def _country(raw: str) -> str:
    """ "spain" -> Spain, "usa" -> USA, "new zealand" -> New Zealand."""
    return raw.upper() if len(raw) <= 3 else raw.title()


_CLUB_RE = re.compile(
    r"\b(?:at|in)\s+(?:the|my|our)\s+(?P<what>[a-z]+\s+)?club\b(?:\s+[a-z]+)?\s*,?\s+we\s+(?:(?:always|usually|"
    r"often|all|just|still|only|mostly)\s+)*(?!(?:went|were|had|did|danced|got|are going|'re going|'re having|are "
    r"having|will|would|could|should|might)\b)[a-z]+",
    re.IGNORECASE,
)
_NOT_CLUB = frozenset({"night", "dance", "strip", "comedy", "jazz", "nightclub", "beach", "country", "sports"})


def _asks(text: str, m: re.Match[str]) -> bool:
    """The clause the custom is told in is a question: "in Spain we say padrino or compadre?"."""
    return "?" in re.split(r"[,;.!]", text[m.end() :], maxsplit=1)[0]


def our_ways(text: str, said: set[str]) -> list[Draft]:
    """Where the user comes from and the club they belong to, told by how "we" do things there."""
    return origins(text, said) + clubs(text, said)


def clubs(text: str, said: set[str]) -> list[Draft]:
    """A club the user belongs to, when ``text`` tells what "we" do there: "at the club layout we run strictly 1950s
    era" -> Is a member of a club."""
    m = _CLUB_RE.search(text)
    if m is None or _NOT_CUSTOM_RE.search(text) or "club" in said or _asks(text, m):
        return []
    what = (m.group("what") or "").strip().lower()
    if what in _NOT_CLUB or what in ("the", "my", "our", "a"):
        return []
    return [fact(f"Is a member of a {what + ' ' if what else ''}club", "club", None)]


def origins(text: str, said: set[str]) -> list[Draft]:
    """Where the user comes from, when ``text`` tells a custom of "we" there and no word of ``said`` (the sentence's
    drafts' words) names the country already: "In Spain we say padrino" -> Is from Spain."""
    m = _ORIGIN_RE.search(text)
    if m is None or _NOT_CUSTOM_RE.search(text) or _asks(text, m):
        return []
    country = _country(m.group("country").lower())
    if country.lower() in said:
        return []
    return [fact(f"Is from {country}", "origin", None)]
