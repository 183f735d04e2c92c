"""A named work, place or thing the user loved or hated, said in the past (issue 13, session 29): "I loved Project
Hail Mary" -> Liked Project Hail Mary, "I really enjoyed Dune", "I hated Interstellar" -> Disliked Interstellar.
Before it the rules read nothing of these (the present-tense rules read "I love ..." only), though a request that
follows ("what should I read next?") is exactly where the taste bears.

Only a name (capitalised words, "of" / "the" / "and" inside, a number) that ends the clause: not "I loved it",
"I loved that restaurant", "I loved hiking", "I loved Dune as a kid" (a taste that may have passed), "I used to
love ..." (:mod:`agents.offline.patterns`' past rule), a possessive ("I loved Mum's ...") or a day or month.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import IMPLICIT, Draft
from agents.offline.normalize import subject_key
from agents.offline.rules import I_SP, Rule
from memory.types import MemoryKind, MemorySource

_WORD = r"[A-Z0-9][\w'\u2019:.-]*"
_NAME = rf"(?P<name>(?:[Tt]he\s+)?{_WORD}(?:\s+(?:of|the|and|a|in|on|to|&|{_WORD}))*?)"
_ENDS = r"(?=\s*(?:[,.!;?]|$|\s+(?:so|and|but|too|as well|a lot|so much|btw|lol|haha)\b))"
_NOT_A_NAME = frozenset(
    lx.words(
        "i|it|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
        "august|september|october|november|december|christmas|easter|everything|everyone|nothing|that|this|them"
    )
)
_OPEN_ENDS = frozenset(("of", "the", "and"))  # a name cut off mid-way: it goes on past the clause


def _taste(m: re.Match[str]) -> Draft | None:
    name = re.sub(r"^[Tt]he\s+", "the ", m.group("name").strip())
    words = name.split()
    if name.lower() in _NOT_A_NAME or words[-1].endswith(("'s", "\u2019s")) or words[-1].lower() in _OPEN_ENDS:
        return None
    liked = m.group("verb").lower() in ("loved", "enjoyed", "liked", "adored")
    kind = MemoryKind.preference if liked else MemoryKind.dislike
    text = f"{'Liked' if liked else 'Disliked'} {name}"
    return Draft(text, kind, subject_key(name), IMPLICIT, MemorySource.implicit)


RULES: tuple[Rule, ...] = (
    Rule(
        "past_taste",
        re.compile(
            rf"{I_SP}(?:(?:really|absolutely|totally|just|so|honestly|genuinely)\s+)?(?P<verb>loved|enjoyed|liked|adored|"
            rf"hated|disliked|couldn't stand|could not stand)\s+{_NAME}{_ENDS}"
        ),
        _taste,
    ),
)
