"""Requirements the user sets on what the assistant will suggest, said as a rule about its picks (issue 13,
eleventh pass):

- "any campsite you suggest has to allow pets", "every hotel you pick must have a pool": a constraint on
  every such suggestion ("Needs campsites that allow pets");
- "only show ones within 30 minutes drive", "just suggest places that open late": the same, said as an order
  ("Needs options within 30 minutes drive").

A question ("does any hotel you pick have to ...?"), a hypothetical, or a rule someone else states ("my boss
says any report you send must ...") is no requirement of the user's. Wishes about answers themselves ("any
answer you give has to be short") are left to the style rules.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import subject_key
from agents.offline.reader import hypothetical
from agents.offline.restate import lead_condition
from memory.types import MemoryKind, MemorySource

_PICK = r"(?:suggest|recommend|pick|find|choose|book|list|show|plan|propose|send)"
_ANY_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?:so|and|but)\s+)(?:any|every|all(?:\s+the)?)\s+(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+"
    rf"(?:you|u)\s+{_PICK}(?:\s+(?:for|to)\s+(?:me|us))?\s+"
    r"(?:has to|have to|must|should|needs? to|got to|gotta)\s+(?P<y>[a-z][^,.;!?]{2,60})",
    re.IGNORECASE,
)
_ONLY_RE = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bthey )\b(?:please\s+|pls\s+)?(?:only|just)\s+(?:show|suggest|recommend|give|list)\s+"
    r"(?:me\s+|us\s+)?(?P<x>ones|places|options|[a-z][\w'-]*s)\s+"
    r"(?P<y>(?:within|under|near|close to|that|which|with|without)\b[^,.;!?]{3,60})",
    re.IGNORECASE,
)
_ANSWERS = frozenset({"answer", "answers", "reply", "replies", "response", "responses", "explanation", "summary"})
_SOMEONE_ELSE_RE = re.compile(r"\b(?:says?|said|told|tells|insists?|wants)\b|[\"“”]", re.IGNORECASE)


def _plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        word = last + "es" if not last.endswith("s") else last
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}".strip()


def requirement(sentence: str) -> Draft | None:
    """A constraint on every suggestion the assistant makes, or None."""
    if "?" in sentence or hypothetical(sentence) or _SOMEONE_ELSE_RE.search(sentence):
        return None
    if (m := _ANY_RE.search(sentence)) is not None:
        thing = m.group("x").lower()
        if thing.split()[-1] in _ANSWERS:
            return None
        what = re.sub(r"^be\b", "are", m.group("y").strip())
        text = f"Needs {_plural(thing)} that {what}"
    elif (m := _ONLY_RE.search(sentence)) is not None:
        thing = "options" if m.group("x").lower() == "ones" else m.group("x").lower()
        text = f"Needs {thing} {m.group('y').strip()}"
    else:
        return None
    draft = Draft(text, MemoryKind.constraint, subject_key(thing), EXPLICIT, MemorySource.explicit, quote=sentence)
    context = lead_condition(sentence)  # "When I travel for work, any hotel you pick ...": only then
    return draft if re.search(r"\byou\b", context) else draft.with_context(context)
