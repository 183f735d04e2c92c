"""The situation a wish about answers is said for, kept beside the learned reader (issue 13, eighth pass).

"For race days I want super detailed pacing plans, but for normal training just keep it brief" holds two wishes,
each for its own situation: the rules' cue for brevity gets the condition of the clause it is in (not the always-sent
core), and the other clause is a wish for race days. A one-off request for a situation ("for my essay give me a
summary") is neither a contrast of situations nor said to last, and teaches nothing. Also here: a pick whose reason
the user states ("Close and cheap is what matters.") drops the rules' guess of what the passed-over options share.
Used by :mod:`agents.offline.guided`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.offline.drafts import Draft
from agents.offline.feedback import feedback
from agents.offline.reader import Reading
from agents.offline.reader_kinds import ANSWER_WORDS_RE
from agents.offline.restate import lead_condition, without_condition
from memory.types import MemoryKind

#: A wish said for one situation of several, or with a word that makes it last: "For race days I want super
#: detailed pacing plans, but for normal training just keep it brief", "for work stuff please always give me tests".
_WISH_RE = re.compile(
    r"^\W*(?:(?:please|pls)\s+)?(?:always\s+|just\s+)?(?:i want|i'd like|i like|i need|i prefer|give me)\b", re.I
)
_LASTING_RE = re.compile(
    r"\b(?:always|every time|whenever|in general)\b|^\W*(?:i want|i'd like|i like|i need|i prefer)\b", re.I
)
#: A reason the user gives for a pick ("Close and cheap is what matters."): what the passed-over options share is
#: then not why they were passed over.
_OWN_REASON_RE = re.compile(
    r"\b(?:is|are) (?:what|all that) matters?\b|\bmatters? (?:most|to me)\b|\ball (?:i|we) care about\b", re.I
)


def conditioned(part_clauses: tuple[str, ...]) -> list[tuple[str, str]]:
    """(clause, its own condition) for the clauses of a sentence that start with a condition, when the sentence
    holds several clauses (one condition for the whole sentence is the sentence's context already)."""
    if len(part_clauses) < 2:
        return []
    return [(c, cond) for c in part_clauses if (cond := lead_condition(c))]


def scoped_head(reading: Reading, split: Callable[[tuple[str, ...]], tuple[str, ...]]) -> tuple[list[Draft], set[str]]:
    """The rules' head drafts, a wish about answers scoped to the condition of the clause that says it ("for
    normal training just keep it brief": brief answers for normal training only), and those clauses (said).
    A guess of what the passed-over options share is dropped when the user says why they picked. ``split`` cuts a
    sentence's clauses in the reader's pieces ("For blog posts keep it casual, for my thesis keep it formal")."""
    head: list[Draft] = []
    said: set[str] = set()
    own_reason = any(_OWN_REASON_RE.search(p.sentence.text) for p in reading.parts)
    for d in reading.head:
        if own_reason and d.kind is MemoryKind.dislike and d.text.startswith("Avoids options involving"):
            continue
        if d.kind is MemoryKind.style and not d.context:
            for part in reading.parts:
                if part.sentence.text != d.quote:
                    continue
                for clause, cond in conditioned(split(part.clauses)):
                    if any(f.subject == d.subject for f in feedback([clause], reacting=True)):
                        d = d.with_context(cond)
                        said.add(clause)
                        break
        head.append(d)
    return head, said


def wish(clause: str, others: list[tuple[str, str]]) -> str:
    """The kind of a wish said for a situation ('' when the clause is none): its own condition, a wish's words, and
    either a contrast with another situation in the sentence or a word that makes it last (a one-off request is
    neither); a wish about answers (an answer word: "for race days I want super detailed pacing plans") or a
    preference ("When I travel for work I want hotels near the office, on holidays I don't care")."""
    body = without_condition(clause)
    if not lead_condition(clause) or not _WISH_RE.match(body):
        return ""
    if not (len(others) >= 2 or _LASTING_RE.search(body)):
        return ""
    if ANSWER_WORDS_RE.search(body):
        return "style"
    return "preference" if len(others) >= 2 and not _GIVE_ME_RE.match(body) else ""


_GIVE_ME_RE = re.compile(r"^\W*(?:(?:please|pls)\s+)?(?:always\s+|just\s+)?give me\b", re.IGNORECASE)
