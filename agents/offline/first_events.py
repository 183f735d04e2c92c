"""A first event the user has ahead of them, named in passing (issue 13, session 29): "Any tips for my first
marathon? It's in 8 weeks" -> Is preparing for their first marathon; "I'm running my first half marathon in
May", "nervous about my first triathlon". Read from the whole sentence, a question included, as
:mod:`agents.offline.kin_mentions` reads family: what the user asks about says what they are training for.

Not read: one that is done ("I ran my first marathon last year", "after my first 10k"), someone else's ("my
son's first marathon"), a first of something that is no event to prepare for ("my first car", "my first job":
other rules read those), or one already said by the sentence's drafts.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact

_EVENTS = (
    r"half[- ]marathon|marathon|ultra(?:marathon)?|triathlon|ironman|duathlon|5k|10k|trail race|race|competition|"
    r"tournament|recital|exhibition|century ride|powerlifting meet|thru-hike|solo trip"
)
_FIRST_RE = re.compile(rf"(?<![\w'])my\s+(?:very\s+)?first\s+(?P<event>{_EVENTS})\b", re.IGNORECASE)
_DONE_RE = re.compile(
    r"\b(?:ran|did|finished|completed|done|won|lost|after|since|during|played|gave|had|remember|back when|"
    r"used to)\b[^.?!]*$",
    re.IGNORECASE,
)


def first_event(text: str, said: set[str]) -> list[Draft]:
    """The first event ahead of the user that ``text`` names, unless a word of it is in ``said``."""
    m = _FIRST_RE.search(text)
    if m is None or _DONE_RE.search(text[: m.start()]):
        return []
    event = re.sub(r"\s+", " ", m.group("event").lower().replace("half-marathon", "half marathon"))
    if event in said or any(w in said for w in event.split() if len(w) > 3):
        return []
    return [fact(f"Is preparing for their first {event}", f"first {event}", None)]
