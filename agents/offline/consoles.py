"""Where the user plays games (issue 13, session 30): "i only play on switch myself, mostly cozy games" -> Plays on
Switch, "we play on switch", "I game on a PS5", "I mostly play on PC". A fact every game suggestion should fit.

Registered first in :data:`agents.offline.patterns.RULES`: the "only" rule had read the first of these as "Only plays
on switch themselves, mostly cozy games" (a preference, the platform lost in it). Not a match or a sport ("I play on
a team", "we play on Sundays"): only a console, a PC or a phone.
"""

from __future__ import annotations

import re

from agents.offline.drafts import IMPLICIT, Draft
from agents.offline.rules import Rule
from memory.types import MemoryKind, MemorySource

PLATFORM = "gaming platform"  # the subject of a "Plays on ..." draft
_CONSOLES = {
    "switch": "Switch",
    "nintendo switch": "Switch",
    "switch 2": "Switch 2",
    "ps5": "PS5",
    "ps4": "PS4",
    "playstation": "PlayStation",
    "playstation 5": "PS5",
    "xbox": "Xbox",
    "pc": "PC",
    "steam deck": "Steam Deck",
    "mac": "a Mac",
    "phone": "their phone",
    "mobile": "mobile",
    "ipad": "an iPad",
}
_NAMES = "|".join(sorted((re.escape(k) for k in _CONSOLES), key=len, reverse=True))
#: What is played there, said after it: "..., mostly cozy games", "... and mainly puzzle games".
_MOSTLY_RE = re.compile(
    r"(?:,|\band)\s*(?:mostly|mainly|usually|only|just)\s+(?P<what>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+games\b", re.I
)


def _plays_on(m: re.Match[str]) -> Draft | None:
    name = _CONSOLES[re.sub(r"\s+", " ", m.group("p").lower())]
    return Draft(f"Plays on {name}", MemoryKind.fact, PLATFORM, IMPLICIT, MemorySource.implicit)


def played_there(sentence: str, found: list[Draft]) -> Draft | None:
    """ "Likes cozy games" for "i only play on switch myself, mostly cozy games", beside its "Plays on Switch"."""
    if not any(d.subject == PLATFORM for d in found) or (m := _MOSTLY_RE.search(sentence)) is None:
        return None
    what = m.group("what").lower()
    return Draft(f"Likes {what} games", MemoryKind.preference, f"{what} games", IMPLICIT, MemorySource.implicit)


RULES: tuple[Rule, ...] = (
    Rule(
        "plays_on",
        re.compile(
            r"(?:I|i|[Ww]e)\s+(?:only\s+|mostly\s+|usually\s+|just\s+|mainly\s+)?(?:play|game)\s+(?:games\s+)?"
            rf"(?:only\s+|mostly\s+|mainly\s+)?on\s+(?:an?\s+|my\s+|the\s+|our\s+)?(?P<p>{_NAMES})\b"
            r"(?!\s+(?:today|tonight|now|right now)\b)",
            re.I,
        ),
        _plays_on,
    ),
)
