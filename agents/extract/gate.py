"""The gate: a cheap regex test of whether a user turn may reveal something about the user.

It runs on every user turn before any extractor, so it must be fast and favour recall: True for
first-person preference, identity or constraint cues, feedback on an answer, or a pick among the options
of the previous assistant turn, or anything the offline rules read (so the rules never lose a statement to the
gate); False for plain questions, requests and pasted code. Its cue words come
from :mod:`agents.offline` (lexicon, feedback cues, choice cues), the ones the offline extractor uses.

An extractor that can tell for itself whether a sentence teaches something (the offline extractor with its
learned reader, :attr:`~agents.extract.types.Extractor` ``reads_statements``) gets a wider gate,
:func:`may_state_something`: every turn with a statement in it, however terse ("Window seat. Always.",
"No spoilers. Ever.") or indirect ("my book club picked a 900 page novel"), so the reader decides what the
regex would have dropped. :func:`gate_for` picks the gate for an extractor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.extract.types import Extractor, reads_statements
from agents.offline.choice import by_phrase, mentions_pick, names_a_pick
from agents.offline.feedback import has_feedback_cue
from agents.offline.gate_words import GATE_CUES, GATE_FIRST_PERSON_RE, GATE_MONEY_RE, GATE_REACTION_RE
from agents.offline.given_up import endings
from agents.offline.lexicon import tokens
from agents.offline.options import parse_options
from agents.offline.reader import read_turn
from agents.offline.restate import without_condition
from agents.offline.sentences import prose, split_sentences
from agents.offline.situations import situated_wish

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
    if previous_assistant and _picks(clean, parse_options(previous_assistant)):
        return True
    # a short statement is read even when it might be a pick by name ("Studio, no car, no pets."); one that picks in
    # so many words ("Option 2 sounds good.") with no options before it says nothing
    if terse_statement(clean) and not names_a_pick(clean):
        return True
    if any(not s.question and situated_wish(s.text) is not None for s in split_sentences(clean)):
        return True
    # whatever a rule reads ("No Google. Privacy.") or ends ("I moved out of Leeds") is let through
    return bool(read_turn(clean, previous_assistant) or endings(clean))


def _picks(clean: str, options: list[str]) -> bool:
    """A reply that picks or turns down one of two options or more: in so many words ("option 2"), or by naming
    it ("keystone!! kids ski free?? sold", "not the loud one")."""
    if len(options) < 2:
        return False
    if mentions_pick(clean):
        return True
    picked, rejected = by_phrase(clean, options)  # only for a reply the cheap cues miss
    return picked is not None or bool(rejected)


def may_state_something(text: str, previous_assistant: str | None = None) -> bool:
    """The wider gate for an extractor that reads statements itself: what :func:`reveals_something` passes,
    plus any turn with a statement sentence in it that is terse or speaks of the user ("Bad lower back. No
    deadlifts.", "my book club picked a 900 page fantasy novel"); questions, requests and code still stop."""
    if reveals_something(text, previous_assistant):
        return True
    clean = prose(text[:MAX_SCAN_CHARS])
    if not clean:
        return False
    terse = len(clean.split()) <= TERSE_WORDS
    return any(
        not s.question and (terse or GATE_FIRST_PERSON_RE.search(s.text) is not None) and _states(s.text)
        for s in split_sentences(clean)
    )


def _states(sentence: str) -> bool:
    """A sentence that says something rather than asks for work ("Thanks.", "Write a CSV parser." do not)."""
    body = without_condition(sentence)  # "When I'm traveling I just want ..." states, "When is ..." asks
    return not _TASK_RE.match(body) or bool(re.match(r"(?:no|never)\b(?!,? wait)", body, re.IGNORECASE))


def gate_for(extractor: Extractor) -> Callable[[str, str | None], bool]:
    """The gate for ``extractor``: the wide one when it reads statements itself, else the regex gate."""
    return may_state_something if reads_statements(extractor) else reveals_something


def terse_statement(clean: str) -> bool:
    """A short turn with a sentence that states rather than asks or orders ("No spoilers. Ever.")."""
    if len(clean.split()) > TERSE_WORDS:
        return False
    return any(
        not s.question and len(s.text.split()) >= 2 and not _TASK_RE.match(without_condition(s.text))
        for s in split_sentences(clean)
    )
