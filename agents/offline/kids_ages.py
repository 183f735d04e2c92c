"""Children's ages said in reply, with the children named in the request before it (issue 13, session 30): "ideas
for a rainy day with the kids?" - "..." - "they're 3 and 6, the little one gets bored fast" -> Has kids aged 3 and
6. The ages set what every later suggestion for the family should fit; before, the reply read nothing.

Only "they're" / "they are" opening the reply's first sentence, two or more ages, and a request that named the
user's children ("my kids", "the kids", "our two boys"): not "they're 3 and 6 dollars", nor after a request about
someone else's children ("my sister's kids").

And an age said back to the assistant's "how old is your teen?" (session 31): "she's 15 and glued to tiktok" ->
Has a daughter aged 15; "he's 8" after "how old is your son?" -> Has a son aged 8; "3 and 6" after "how old are
your kids?" -> Has kids aged 3 and 6. Not an amount ("15 dollars", "20 minutes") nor after any other question.
"""

from __future__ import annotations

import re

from agents.offline.drafts import IMPLICIT, Draft
from agents.offline.possessions import AGES
from memory.types import MemoryKind, MemorySource

_THEY_ARE_RE = re.compile(
    rf"^\W*(?:they're|they are|theyre|they r|they\u2019re)\s+(?:aged\s+|only\s+|just\s+)?{AGES}", re.IGNORECASE
)
_CHILDREN_RE = re.compile(
    r"\b(?:my|the|our)\s+(?:(?:two|three|four|little|young)\s+)?(?P<who>kids|children|boys|girls|sons|daughters|twins)"
    r"\b(?!')",
    re.IGNORECASE,
)


def ages_said_back(sentence: str, query: str | None) -> Draft | None:
    """ "Has kids aged 3 and 6" for "they're 3 and 6" after a request about the user's children."""
    m = _THEY_ARE_RE.match(sentence)
    who = _CHILDREN_RE.search(query or "") if m is not None else None
    if m is None or who is None:
        return None
    ages = re.sub(r"\s+", " ", m.group("ages"))
    return _child(f"Has {who.group('who').lower()} aged {ages}")


_HOW_OLD_RE = re.compile(
    r"\bhow old (?:is|are) (?:your|the)\s+(?:little\s+|youngest\s+|oldest\s+)?(?P<who>teen(?:ager)?s?|daughters?|"
    r"sons?|kids?|child(?:ren)?|baby|toddler|boys?|girls?|twins)\b",
    re.IGNORECASE,
)
_AGE_RE = re.compile(
    r"^\W*(?:(?P<pronoun>she's|he's|she is|he is|shes|hes|they're|they are|theyre)\s+)?(?:only\s+|just\s+)?"
    r"(?P<age>\d{1,2})(?:\s+(?:and|&)\s+(?P<age2>\d{1,2}))?(?:\s*(?:yo|y/o|years? old|yrs?))?"
    r"(?=\s*(?:$|[,.;!]|\s+(?:and|but|so|now|next|this|lol|tbh)\b))",
    re.IGNORECASE,
)
_SINGULAR = {"teens": "teen", "teenagers": "teenager", "daughters": "daughter", "sons": "son", "kids": "kid"}
_SINGULAR |= {"children": "child", "boys": "boy", "girls": "girl"}


def age_told(sentence: str, previous_assistant: str | None) -> Draft | None:
    """ "Has a daughter aged 15" for "she's 15" after the assistant asked how old the user's teen is."""
    asked = _HOW_OLD_RE.search(previous_assistant or "")
    m = _AGE_RE.match(sentence) if asked is not None else None
    if asked is None or m is None:
        return None
    who = asked.group("who").lower()
    pronoun = (m.group("pronoun") or "").lower()
    if m.group("age2"):
        who = "twins" if who == "twins" else who if who.endswith(("s", "ren")) else "kids"
        return _child(f"Has {who} aged {m.group('age')} and {m.group('age2')}")
    who = _SINGULAR.get(who, who)
    if who in ("teen", "teenager", "kid", "child", "baby", "toddler") and pronoun.startswith(("she", "he")):
        who = "daughter" if pronoun.startswith("she") else "son"
    return _child(f"Has a {who} aged {m.group('age')}")


def _child(text: str) -> Draft:
    return Draft(text, MemoryKind.fact, "child", IMPLICIT, MemorySource.implicit, category="family")
