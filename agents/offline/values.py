"""What the user values, believes in or cares about, and the practices they keep where they can.

Reads, from the start of the clause with the user or no one as its subject:

- a belief or a cause: "I believe in slow living", "I care about animal welfare" -> "Believes in slow living",
  "Cares about animal welfare";
- a value: "privacy matters a lot to me", "honesty is really important to me", "Punctuality is a big deal for me",
  "family is the most important thing to me", "It's important to me that my kids eat healthy" -> "Values
  privacy", "Values honesty", "Values punctuality", "Values family above all", "Considers it important that their
  kids eat healthy";
- a practice kept where possible: "I try to buy local whenever I can", "I try to walk everywhere", "I try not to
  eat processed food", "i make it a point to tip well" -> "Prefers buying local", "Tries to walk everywhere",
  "Avoids eating processed food", "Makes a point of tipping well".

Refuses a value said of what the answer should be ("It's important to me that you keep it short", "The price is
important to me", "What matters is that it ships"), a pronoun ("it matters to me"), someone else's word ("my wife
says honesty matters"), a negation, a comparison ("I care more about X than Y": comparisons.py) and a try that
tells what happens ("I try to log in and it fails").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.drafts import said as _said
from agents.offline.efforts import clause_object as _object
from agents.offline.efforts import lasting as _lasting
from agents.offline.normalize import gerund, join_text, third_person
from memory.types import MemoryKind

_BELIEVE = re.compile(r"^(?:I|we)\s+(?:really\s+|firmly\s+|truly\s+|strongly\s+)?believe\s+in\s+(?P<obj>\S.*)", re.I)
_CARE = re.compile(
    r"^(?:I|we)\s+(?:really\s+|truly\s+|deeply\s+|genuinely\s+|also\s+|do\s+)?care\s+(?:a lot\s+|a great deal\s+|"
    r"deeply\s+|so much\s+|passionately\s+)?about\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
_ADV = r"(?:(?:really|very|super|so|extremely|incredibly|hugely|quite|pretty|actually|truly|also|genuinely|deeply)\s+)*"
_MATTERS = re.compile(
    rf"^(?P<x>[\w][\w' &/-]{{1,40}}?)\s+(?:{_ADV})(?:matters?|counts?)\s+(?:a lot\s+|so much\s+|hugely\s+|deeply\s+|"
    r"a great deal\s+|most\s+|the most\s+|a ton\s+)?(?:to|for)\s+(?:me|us)\b(?P<tail>.*)$",
    re.IGNORECASE,
)
_IMPORTANT = re.compile(
    rf"^(?P<x>[\w][\w' &/-]{{1,40}}?)\s+(?:is|are|'s)\s+{_ADV}(?P<how>important|a (?:big|huge|massive|really big) deal|"
    r"(?:a |the )?(?:top |high |real |big )?priority|(?:the )?most important(?: thing)?|everything|"
    r"(?:a )?(?:big|huge|central|major|important) part of (?:my|our) li(?:fe|ves))\s*(?:(?:to|for)\s+(?:me|us)\b)?"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
_IT_MATTERS = re.compile(
    r"^(?:it's|it is|its)\s+(?:really\s+|very\s+|super\s+|so\s+|extremely\s+)?important\s+(?:to|for)\s+(?:me|us)\s+"
    r"(?:that\s+)?(?P<what>\S.*)|^it\s+(?:really\s+)?matters\s+(?:a lot\s+)?to\s+(?:me|us)\s+that\s+(?P<what2>\S.*)",
    re.IGNORECASE,
)
#: What a valued thing may not be: a pronoun, a question word, the answer or the task at hand.
_NOT_A_VALUE = re.compile(
    r"^(?:i|i'm|me|you|your|he|she|they|it|its|it's|this|that|these|those|there|here|what|which|who|why|where|when|"
    r"how|if|whether|nothing|everything|something|anything|none|one|all|the (?:important|main|only|key) (?:thing|"
    r"part|point)|the (?:answer|result|code|price here|deadline|format)|his|her|their|my (?:wife|husband|partner|"
    r"boss|son|daughter|mom|mum|dad|friend|sister|brother)\b)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"n't\b|\b(?:not|no|never|dont|doesnt|didnt|nobody)\b", re.IGNORECASE)
#: What "the ..." may be and still be a value of the user's, not a feature of the thing at hand.
_WORLD = re.compile(r"the (?:environment|planet|earth|outdoors|community|arts?|truth|family|climate|animals)\b", re.I)
_VERBAL = re.compile(r"\b(?:says?|said|thinks?|thought|believes?|told|tells|feels?|claims?|argues?)\b", re.I)
_TRY = re.compile(
    r"^(?:I|we)\s+(?:always\s+|really\s+|generally\s+|usually\s+|also\s+|still\s+|do\s+|just\s+)?try\s+"
    r"(?:(?P<not>not\s+to|to\s+not|to\s+never|never\s+to)\s+|to\s+)(?:always\s+)?(?P<verb>[a-z]+)\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
_POINT = re.compile(
    r"^(?:I|we)\s+(?:always\s+)?make\s+(?:it\s+)?a\s+point\s+to\s+(?P<verb>[a-z]+)\s+(?P<obj>\S.*)", re.I
)
_WHENEVER = re.compile(
    r"\s+(?:whenever|when|wherever|where|if)\s+(?:I|we|i)\s+can\b.*$|\s+(?:as much as|as often as)\s+(?:I|we|i)\s+"
    r"can\b.*$|\s+(?:whenever|wherever|where|when)\s+possible\b.*$|\s+as much as possible\b.*$",
    re.IGNORECASE,
)
_TRY_BREAKS = re.compile(
    r"\b(?:and it|but it|it keeps|it won't|it doesn't|and get|and got|error|fails?|crash(?:es)?|won't let)\b", re.I
)


def _believe(m: re.Match[str]) -> Draft | None:
    if (obj := _object(m.group("obj"), 10)) is None or re.match(r"(?:they|them|him|her|you)\b", obj, re.I):
        return None
    return _said(join_text("Believes in", obj), MemoryKind.preference, obj)


def _care(m: re.Match[str]) -> Draft | None:
    raw = m.group("obj")
    if re.search(r"\bthan\b", raw, re.I) or (obj := _object(raw, 10)) is None:
        return None  # "I care more about X than Y" is a comparison (comparisons.py)
    return _said(join_text("Cares about", obj), MemoryKind.preference, obj)


def _value_of(raw: str) -> str | None:
    x = raw.strip(" .!\"'")
    if not x or len(x.split()) > 5 or _NOT_A_VALUE.match(x) or _VERBAL.search(x) or _NEGATION.search(x):
        return None
    if re.search(r"\b(?:is|are|was|were|do|does|did|can|will|would|should|i|you|we|they)\b", x, re.I):
        return None
    if re.match(r"the\s", x, re.I) and not _WORLD.match(x):
        return None  # "The price is important to me": what the thing at hand should be (a request's filter)
    return third_person(x[:1].lower() + x[1:] if not x[:2].isupper() else x)


def _value(m: re.Match[str]) -> Draft | None:
    if (x := _value_of(m.group("x"))) is None:
        return None
    tail = m.group("tail").strip(" .!")
    how = (m.groupdict().get("how") or "").lower()
    if re.match(r"(?:more|rather)\s+than\s+(?P<y>.+)", tail, re.I):
        y = _value_of(re.split(r"[,;]|\s(?:so|but|because)\s", re.sub(r"^\w+\s+than\s+", "", tail), maxsplit=1)[0])
        return None if y is None else _said(join_text("Values", x, "over", y), MemoryKind.preference, x)
    if tail and not re.match(
        r"(?:,|so\b|and\b|but\b|because\b|as\b|since\b|especially\b|now\b|these days\b|"
        r"nowadays\b|in general\b|above all\b|-|\u2014)",
        tail,
        re.I,
    ):
        return None  # "quality is important for me to decide": a longer clause than a value
    if how and not re.search(r"\b(?:me|us|my|our)\b", m.group(0), re.I):
        return None  # "punctuality is a priority" with no "to me": the user's value only when they say so
    if "most important" in how or how == "everything":
        return _said(join_text("Values", x, "above all"), MemoryKind.preference, x)
    return _said(join_text("Values", x), MemoryKind.preference, x)


def _it_matters(m: re.Match[str]) -> Draft | None:
    what = (m.group("what") or m.group("what2") or "").strip()
    if m.group("what") and re.match(r"to\s", what) and _lasting(what[3:]) and (obj := _object(what[3:], 12)):
        return _said(join_text("Considers it important to", obj), MemoryKind.preference, obj)  # "... to pray on time"
    if re.search(r"\b(?:you|your|u)\b", what, re.I) or (obj := _object(what, 12)) is None:
        return None  # "It's important to me that you keep it short": a wish for the answer
    if not re.match(r"(?:I|we|my|our|the|a|an|\w+s)\b", what, re.I) or len(obj.split()) < 2:
        return None
    return _said(join_text("Considers it important that", obj), MemoryKind.preference, obj)


def _try(m: re.Match[str]) -> Draft | None:
    if _TRY_BREAKS.search(m.group(0)):
        return None  # "I try to log in and it fails": what happens, not a practice
    verb, raw = m.group("verb").lower(), m.group("obj")
    possible = _WHENEVER.search(raw)
    raw = _WHENEVER.sub("", raw)
    phrase = f"{verb} {raw}"
    if not _lasting(phrase, possible=bool(possible)):
        return None
    if (obj := _object(raw, 10)) is None:
        return None
    if m.group("not"):
        return _said(join_text("Avoids", _gerund(verb), obj), MemoryKind.dislike, obj)
    if possible:
        return _said(join_text("Prefers", _gerund(verb), obj), MemoryKind.preference, obj)
    return _said(join_text("Tries to", verb, obj), MemoryKind.preference, obj)


def _point(m: re.Match[str]) -> Draft | None:
    if (obj := _object(m.group("obj"), 10)) is None:
        return None
    return _said(join_text("Makes a point of", _gerund(m.group("verb")), obj), MemoryKind.preference, obj)


def _gerund(verb: str) -> str:
    """gerund() that doubles the end of a short verb ("tip" -> "tipping", "plan" -> "planning")."""
    low = verb.lower()
    if re.fullmatch(r"[^aeiou]{1,2}[aeiou][bdgmnprt]", low):
        return low + low[-1] + "ing"
    return gerund(low)


#: The value shapes, in the order they are tried.
VALUES = (
    (_BELIEVE, _believe),
    (_CARE, _care),
    (_IT_MATTERS, _it_matters),
    (_MATTERS, _value),
    (_IMPORTANT, _value),
)
#: The practice shapes, tried after every other goal shape.
PRACTICES = (
    (_TRY, _try),
    (_POINT, _point),
)
