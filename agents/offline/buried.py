"""A statement buried in a long, chatty question keeps only what it says, not the question run on after it.

Chatty users end a long turn with the question itself after a bare comma: "I prefer small gatherings, like twenty
people max, how do we compromise?", "I really love anything about deep sea creatures, got any recommendations?",
"I hate anything messy, clay included lol, is there a cleaner craft I could try?". The rules word the statement up
to the end of its clause, so the memory used to carry the question ("Prefers small gatherings, like twenty people
max, how do they compromise"). :func:`untailed` cuts a draft's text (and subject) at the comma before such a
question opener, and drops a trailing "lol"/"haha" left in front of it.

Only in a sentence that is a question, and only when the cut leaves at least three words: "I love it, what about
you?" is not cut to nothing, and a statement's own commas ("Prefers tea, not coffee") are never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline.drafts import Draft

#: ", how do they compromise", ", got any recommendations", ", is there a cleaner craft they could try".
_ASKED_TAIL_RE = re.compile(
    r",\s+(?:(?:so|and|but|like|anyway|lol|haha)\s+)?(?:what|which|where|when|how|why|who|any|anyone|anything|"
    r"got any|can|could|should|would|will|do|does|did|is|are|was|were|am)\b[^,]*$",
    re.IGNORECASE,
)
_LAUGH_RE = re.compile(r"(?:,?\s+(?:lol|lmao|haha+|hehe))+$", re.IGNORECASE)
MIN_WORDS = 3


def _cut(text: str) -> str:
    m = _ASKED_TAIL_RE.search(text)
    if m is None:
        return text
    kept = _LAUGH_RE.sub("", text[: m.start()]).rstrip(" ,")
    return kept if len(kept.split()) >= MIN_WORDS else text


def untailed(draft: Draft, question: bool) -> Draft:
    """``draft`` without a question run on after its statement (only in a sentence that asks)."""
    if not question:
        return draft
    text = _cut(draft.text)
    if text == draft.text:
        return draft
    return replace(draft, text=text, subject=_cut(draft.subject))
