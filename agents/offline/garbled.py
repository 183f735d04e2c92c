"""Restatements the learned reader's path must not store: words that no longer say a taste or a fact.

The reader finds a clause no rule worded and :func:`agents.offline.restate.restate` puts it in the third person.
Some clauses do not survive that ("don't change a thing" behind "Avoids", a bare pronoun where a taste's object
should be), and some were never the user's taste at all: a clause with a subject of its own ("it ruins my mood",
"nobody likes the betrayal ones", "others too floppy") is a reason or a remark, and "Prefers" in front of it
says something the user did not.
"""

from __future__ import annotations

import re

#: An order or a pronoun where the object should be ("Avoids don't change a thing", "Has them already", "Hates it
#: when it times out", "Prefers just give them the list").
_BROKEN_RE = re.compile(
    r"^\w+(?: the assistant to)? (?:don'?t|do not|please)\b|^\w+ just (?:give|tell|show|send|make|let)\b|"
    r"^(?:Has|Hates|Loves|Likes|Dislikes|Avoids) (?:it|them|this|that|those|these)\b",
    re.IGNORECASE,
)
#: "Prefers" before a clause with its own subject: a pronoun, someone else, "nobody", "others".
_TASTE_OF_A_CLAUSE_RE = re.compile(
    r"^(?:Prefers|Likes|Loves|Avoids|Dislikes) (?:it|it's|its|they|they're|theyre|them|there|there's|he|she|"
    r"nobody|no one|noone|everyone|everybody|someone|somebody|others|the others|people|a friend|friends)(?![\w'-])",
    re.IGNORECASE,
)


def broken(text: str) -> bool:
    """The restatement ``text`` holds an order, a bare pronoun where a taste's object should be, or a clause with
    a subject of its own behind a taste's verb."""
    return bool(_BROKEN_RE.match(text) or _TASTE_OF_A_CLAUSE_RE.match(text))
