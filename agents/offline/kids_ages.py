"""Children's ages said in reply, with the children named in the request before it (issue 13, session 30): "ideas
for a rainy day with the kids?" - "..." - "they're 3 and 6, the little one gets bored fast" -> Has kids aged 3 and
6. The ages set what every later suggestion for the family should fit; before, the reply read nothing.

Only "they're" / "they are" opening the reply's first sentence, two or more ages, and a request that named the
user's children ("my kids", "the kids", "our two boys"): not "they're 3 and 6 dollars", nor after a request about
someone else's children ("my sister's kids").
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
    text = f"Has {who.group('who').lower()} aged {ages}"
    return Draft(text, MemoryKind.fact, "child", IMPLICIT, MemorySource.implicit, category="family")
