"""A wish said back to the assistant's "any preferences for X?": "fragrance free pls" after "Any preferences for the
moisturizer?" -> Prefers fragrance free moisturizer; "somewhere quiet" after "Any preferences for the hotel?" ->
Prefers a quiet hotel; "nothing too spicy" after "Any preferences?" -> Avoids anything too spicy.

Only a short reply (at most seven words besides "please" and its kin), read whole: "no preference", "anything is
fine", "surprise me", "not really" say nothing, nor does a reply with a verb or a question ("can you pick?"). The
thing asked about is the one in the assistant's question ("for the moisturizer", "about the hotel"); without one
the wish stands alone. Used by :func:`agents.offline.asked_traits.asked_back`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft, told
from memory.types import MemoryKind

#: The assistant's question: any preferences (or requirements, must-haves), and for what.
_ASKED_RE = re.compile(
    r"\b(?:any|do you have (?:a|any))\s+(?:particular\s+|specific\s+)?(?:preferences?|requirements|must-haves|"
    r"wishes)(?:\s+(?:for|on|about|regarding)\s+(?:the\s+|your\s+|a\s+|an\s+)?(?P<x>[a-z]+(?:\s+[a-z]+)?))?\s*\?",
    re.IGNORECASE,
)
#: What closes a terse reply and says nothing: "pls", "please", "thanks", "if possible".
_POLITE_RE = re.compile(
    r"(?:[\s,]+(?:pls|plz|please|thanks|thank you|thx|ty|if possible|ideally|for sure|i guess))+\W*$", re.I
)
#: A reply that says there is no wish.
_NONE_RE = re.compile(
    r"^(?:no|nope|none|nah|not really|no preference|no preferences|not particularly|nothing in particular|anything|"
    r"whatever|idk|dunno|not sure|surprise me|up to you|you pick|your call|anything is fine|anything's fine|"
    r"any is fine|doesn't matter|does not matter|all good|either|either is fine|no idea|hmm|um|ok|okay|sure|yes|yeah)"
    r"\b",
    re.IGNORECASE,
)
#: Words a wish has no room for: a verb of its own, a pronoun, a question.
_NOT_A_WISH_RE = re.compile(
    r"\b(?:i|i'm|im|me|my|you|your|we|he|she|they|her|his|their|is|are|was|be|can|could|would|will|should|do|does|"
    r"did|have|has|what|which|how|why|let|lets|let's|think|want|need|like|guess|maybe|probably)\b|\?",
    re.IGNORECASE,
)
_SOMEWHERE_RE = re.compile(r"^(?:somewhere|something|someplace|one)\s+(?P<adj>[a-z][\w-]*)$", re.IGNORECASE)
_NOTHING_RE = re.compile(r"^(?:nothing|no)\s+(?P<what>(?:too\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$", re.IGNORECASE)
#: A wish that places the thing ("close to the metro", "with a view", "near the beach").
_PLACED_RE = re.compile(r"\b(?:to|near|with|without|in|on|at|by|from|under|over|within|outside|inside)\b", re.I)
MAX_WORDS = 7


def asked_preference(reply: str, previous_assistant: str | None) -> Draft | None:
    """The wish ``reply`` says back to the assistant's question about preferences, or None."""
    asked = _ASKED_RE.search(previous_assistant or "")
    if asked is None:
        return None
    wish = _POLITE_RE.sub("", reply.strip()).strip(" .!,").lower()
    words = wish.split()
    if not words or len(words) > MAX_WORDS or _NONE_RE.match(wish) or _NOT_A_WISH_RE.search(wish):
        return None
    x = (asked.group("x") or "").lower()
    if (m := _NOTHING_RE.match(wish)) is not None:
        what = m.group("what")
        return told(
            f"Avoids {'anything ' + what if what.startswith('too ') else what}", MemoryKind.dislike, what, reply
        )
    if (m := _SOMEWHERE_RE.match(wish)) is not None:
        adj = m.group("adj")
        return told(
            f"Prefers {_a(adj)} {x}" if x else f"Prefers something {adj}", MemoryKind.preference, x or adj, reply
        )
    if not re.fullmatch(r"[a-z][\w'-]*(?:,?\s+[a-z][\w'-]*)*", wish):
        return None  # numbers, symbols: "2 please", "$50"
    head = wish.split(",")[0]
    if not x or x in wish:
        text = f"Prefers {wish}"
    elif _PLACED_RE.search(head):  # "close to the metro": the thing first
        text = f"Prefers {_a(x)} {wish}"
    elif _PLACED_RE.search(wish):  # "quiet, near the river": "a quiet hotel, near the river"
        text = f"Prefers {_a(head)} {x}{wish[len(head) :]}"
    else:
        text = f"Prefers {wish} {x}"
    return told(text, MemoryKind.preference, x or wish, reply)


def _a(words: str) -> str:
    """ "quiet" -> "a quiet", "hotel" -> "a hotel", "old" -> "an old"."""
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"
