"""The gate: a cheap regex test of whether a user turn may reveal something about the user.

It runs on every user turn before any extractor, so it must be fast and favour recall: True for
first-person preference, identity or constraint cues, feedback on an answer, or a pick among the options
of the previous assistant turn; False for plain questions, requests and pasted code. Its cue words come
from :mod:`agents.offline` (lexicon, feedback cues, choice cues), the ones the offline extractor uses.
"""

from __future__ import annotations

import re

from agents.offline.choice import mentions_pick
from agents.offline.feedback import has_feedback_cue
from agents.offline.lexicon import GATE_CUES, GATE_FIRST_PERSON_RE, GATE_MONEY_RE, GATE_REACTION_RE, tokens
from agents.offline.options import parse_options
from agents.offline.sentences import prose, split_sentences

MAX_SCAN_CHARS = 20_000  # a longer turn is read from its beginning only
TERSE_WORDS = 40  # a turn this short with a statement in it may be a terse one ("Window seat. Always.")
#: A sentence that asks for work rather than saying something ("Write a poem about ...").
_TASK_RE = re.compile(
    r"^(?:please\s+)?(?:write|make|create|generate|translate|summari[sz]e|list|give me|tell me|show me|explain|"
    r"describe|compose|draft|rewrite|fix|correct|convert|calculate|solve|find|help|can you|could you|would you|"
    r"what|how|why|who|when|where|which|is|are|do|does|hi|hello|hey|thanks|thank you|ok|okay|yes|no|continue|go on|"
    r"more|next|again|retry|regenerate|summary|summarize)\b",
    re.IGNORECASE,
)


def reveals_something(text: str, previous_assistant: str | None = None) -> bool:
    """True when the user turn ``text`` may say something worth remembering about the user."""
    clean = prose(text[:MAX_SCAN_CHARS])
    if not clean:
        return False
    if GATE_FIRST_PERSON_RE.search(clean) and (GATE_CUES.search(tokens(clean)) or GATE_MONEY_RE.search(clean)):
        return True
    if GATE_REACTION_RE.search(clean):
        return True
    if has_feedback_cue(clean):
        return True
    if bool(previous_assistant) and mentions_pick(clean) and len(parse_options(previous_assistant or "")) >= 2:
        return True
    return terse_statement(clean) and not mentions_pick(clean)  # a pick with no options before it says nothing


def terse_statement(clean: str) -> bool:
    """A short turn with a sentence that states rather than asks or orders ("No spoilers. Ever.")."""
    if len(clean.split()) > TERSE_WORDS:
        return False
    return any(
        not s.question and len(s.text.split()) >= 2 and not _TASK_RE.match(s.text) for s in split_sentences(clean)
    )
