"""A need said as what follows from who the user is: "i'm a single dad so i really need meals that take under 20
mins" (Needs meals that take under 20 mins), "I'm diabetic so I need low sugar recipes", "I'm on a budget so I
need cheap options".

"I need X" alone is a request for this conversation ("I need a hotel near the airport"), so it is read only after a
fact about the user in the same sentence (the rules read that fact first: "Is a single dad") and a "so", and only
for a kind of thing, in the plural ("meals", "recipes", "sizes", "options"): "I have two dogs so I need a car with
a big boot" is one purchase, and "so I need something compact" names no kind. Not read in a question, in a
hypothetical, or for one occasion ("so I need meals for tonight"). Written for issue 13's twenty-sixth pass;
hooked into :func:`agents.offline.reader.read_parts`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import capitalize, subject_key, third_person
from memory.types import MemoryKind, MemorySource

_NEED_RE = re.compile(
    r"[,;]?\s+so\s+(?:i\s+|i'?ll\s+)?(?:really\s+|always\s+|usually\s+|mostly\s+|definitely\s+)*(?:need|want|"
    r"have to (?:have|get|find|buy|eat|use))\s+(?P<x>(?!(?:a|an|one|this|that|the|to|help|you|your|some|something|"
    r"anything|it|them|him|her|more|advice|ideas?|tips|suggestions|recommendations)\b)[a-z][\w'-]*"
    r"(?:\s+[\w'-]+){0,8}?)\s*(?:[.!]|$|,\s*(?!(?:and|or)\b))",
    re.IGNORECASE,
)
#: The kind of thing is a plural in the first three words ("meals that ...", "low sugar recipes", "shoes I can ...").
_PLURAL_RE = re.compile(r"^(?:[\w'-]+\s+){0,2}?(?P<n>[a-z][a-z'-]+[^s']s)\b", re.IGNORECASE)
_ONCE_RE = re.compile(
    r"\b(?:tonight|today|tomorrow|this (?:week|weekend|time|trip)|for (?:the|my|our) \w+ (?:party|trip)|"
    r"right now|asap)\b",
    re.IGNORECASE,
)
_NOT_PLURAL = frozenset(["glasses", "pants", "trousers", "jeans", "shorts", "news", "series", "less", "process"])


def standing_need(sentence: str, drafts: list[Draft]) -> Draft | None:
    """The need that follows a fact about the user in ``sentence`` (``drafts``: the rules' reading of it)."""
    if "?" in sentence or not any(d.kind in (MemoryKind.fact, MemoryKind.constraint) for d in drafts):
        return None
    m = _NEED_RE.search(sentence)
    if m is None or _ONCE_RE.search(m.group("x")) or re.match(r"^\W*(?:if|when|once)\b", sentence, re.I):
        return None
    x = m.group("x").strip()
    plural = _PLURAL_RE.match(x)
    if plural is None or plural.group("n").lower() in _NOT_PLURAL:
        return None
    text = capitalize(f"Needs {third_person(x)}")
    return Draft(text, MemoryKind.constraint, subject_key(x), EXPLICIT, MemorySource.explicit, quote=sentence)
