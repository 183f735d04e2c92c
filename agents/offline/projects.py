"""A long project the user has under way, said in passing: "I'm starting an N scale layout", "im restoring a 1972
beetle", "I'm building my own sauna in the backyard", "We're renovating an old farmhouse" -> "Is restoring a 1972
beetle" (facts).

Tried by :mod:`agents.offline.hobbies` on a statement clause no other rule read (questions and hypotheticals never
reach here). Not read: a one-off of the moment ("I'm building a spreadsheet for tomorrow", "I'm starting a new
chat", "I'm making dinner": only building, restoring, renovating and starting are projects, and never what is
done in an hour), a plan or a wish ("I'm thinking of building a deck", "I want to start a podcast": no "I'm
building"), someone else's ("my dad is restoring a Mustang") and a pronoun object ("I'm building it").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import subject_key, third_person

_PROJECT_RE = re.compile(
    r"^\W*(?:(?:so|well|also|and|but|btw|currently|right now),?\s+)*(?:I'?m|i'?m|I\s+am|i\s+am|im|we'?re|we\s+are)\s+"
    r"(?:currently\s+|slowly\s+|finally\s+|also\s+)?(?P<verb>building|restoring|renovating|starting|setting up|"
    r"converting)\s+(?P<obj>(?:an?|my|our)\s+(?:first\s+|own\s+|new\s+|little\s+|small\s+)*[\w'&.-]+"
    r"(?:\s+(?!(?:for|with|to|on|and|but|so|because|since|which|that|tomorrow|today|tonight)\b)[\w'&.-]+){0,7})",
    re.IGNORECASE,
)
#: What is started or built in a moment, or is no project of the user's.
_NOT_PROJECT = re.compile(
    r"\b(?:chat|conversation|thread|list|email|message|post|timer|fire|fight|argument|spreadsheet|document|doc|"
    r"presentation|query|prompt|new job|new role|new position|meeting|call|course of|round|draft|reply|answer|"
    r"cv|resume|sentence|paragraph|page|story)\b",
    re.IGNORECASE,
)
_MOMENT = re.compile(
    r"\b(?:today|tonight|tomorrow|right now|this (?:morning|afternoon|evening|week)|next week|on monday)\b",
    re.IGNORECASE,
)
_END = re.compile(r"\s*(?:[,;:!?(]|\.(?:\s|$)|\s[-\u2013\u2014]\s)")


def project(clause: str) -> Draft | None:
    """The long project ``clause`` says the user has under way, or None."""
    if (m := _PROJECT_RE.match(clause)) is None or _MOMENT.search(clause):
        return None
    obj = _END.split(m.group("obj"), maxsplit=1)[0].strip()
    if _NOT_PROJECT.search(obj) or re.search(r"\b(?:it|this|that|them)$", obj, re.IGNORECASE):
        return None
    obj = third_person(obj)
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    return fact(f"Is {verb} {obj}", subject_key(obj), "hobbies")
