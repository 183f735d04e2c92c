"""Praise of the form of the answer just given, with the form left unsaid: "Good. More like this.", "Perfect format,
exactly this.", "Perfect, short like this is great.", "always give me diagrams like that".

The user names no format, so the memory says what the answer looked like: numbered steps, a day-by-day timeline, a
table, bullet points, code, and whether it was short ("1. Turn off the water. 2. Remove the handle..." + "Good. More
like this.": "Likes answers as short numbered steps"). A thing the user names ("diagrams like that", "short like this")
is what is kept. Read only in a short turn right after an answer, and only when the praise is about the form ("like
this", "this format", "exactly this"), not about the content ("this is perfect, exactly the level I need", "perfect,
what's the cheapest way to book?"), and not when the turn also corrects it ("good but shorter", "don't do it like
that"). An answer whose form cannot be told gives nothing, unless the praise names the form of a short one ("perfect
length"): "love it, more like this" after a poem is about the poem. Written for issue 13's twenty-sixth pass; hooked
into :func:`agents.offline.reader.read_parts`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.wish_leads import wish_draft

_THIS = r"(?:this|that|these|those)"
#: Praise that points at the form of the answer.
_PRAISE_RE = re.compile(
    rf"\bmore like {_THIS}\b|\bexactly {_THIS}\s*(?:[.!]|$)|\bjust like {_THIS}\s*(?:[.!]|$)|"
    r"\b(?:perfect|great|nice|good|ideal|love (?:the|this|that)) (?P<form>format|layout|formatting|structure|length)\b|"
    rf"\b{_THIS} (?P<form2>format|layout|formatting|length|structure) (?:is|was) (?:perfect|great|ideal|spot on|"
    r"much better)\b|"
    rf"\b(?:keep|do) (?:it|them|things|answers) like {_THIS}\b|"
    rf"\blike {_THIS} (?:from now on|every time|next time|always|going forward|in future)\b|"
    rf"\b{_THIS}(?:'s| is) (?:how|the way) i like (?:it|them|answers)\b|"
    rf"\b(?P<adj>short|brief|concise|simple|quick|compact|visual)(?: and (?:short|sweet|simple|clear))? like {_THIS}\b|"
    rf"\b(?:give me|send me|show me|use|do|make)\s+(?P<what>(?:more\s+)?[a-z][a-z -]{{2,30}}?)\s+like {_THIS}\b",
    re.IGNORECASE,
)
#: A correction said with the praise: the form is not simply liked.
_BUT_RE = re.compile(r"\b(?:but|though|tho|except|too|less|shorter|longer|fewer|instead)\b|\?", re.IGNORECASE)
#: A negation before the praise ("don't do it like that"); one after it is a reason ("words alone don't work").
_NOT_RE = re.compile(r"\b(?:not|no|never|dont|stop)\b|n't\b", re.IGNORECASE)
_WORDS = 20
#: What the answer looked like, tested in this order: (pattern on the answer, how it is worded).
_SHAPES = (
    (re.compile(r"\bday \d+\s*[:.-].*\bday \d+\s*[:.-]", re.IGNORECASE | re.DOTALL), "a day-by-day timeline"),
    (re.compile(r"(?:\|[^|\n]*){6,}"), "a table"),
    (re.compile(r"(?:^|\s)1[.)]\s+\S.*?\s2[.)]\s+\S", re.DOTALL), "numbered steps"),
    (re.compile(r"(?:^|\n)\s*[-•*]\s+\S.*\n\s*[-•*]\s+\S"), "bullet points"),
    (re.compile(r"```"), "code"),
)
_SHORT_ANSWER_WORDS = 30


def praised_form(text: str, previous_assistant: str | None) -> Draft | None:
    """A style draft for what the praised answer looked like, or None (see the module's doc)."""
    if not previous_assistant or len(text.split()) > _WORDS or _BUT_RE.search(text):
        return None
    m = _PRAISE_RE.search(text)
    if m is None or _NOT_RE.search(text[: m.start()]):
        return None
    quote = text.strip()
    if m.group("what"):  # "always give me diagrams like that"
        what = re.sub(r"^more\s+", "", m.group("what").strip().lower())
        return wish_draft(f"Wants answers with {what}", "format", quote) if what not in ("it", "them") else None
    short = len(previous_assistant.split()) <= _SHORT_ANSWER_WORDS
    if m.group("adj"):  # "short like this is great"
        return wish_draft(f"Likes {m.group('adj').lower()} answers", "length", quote)
    shape = next((worded for pattern, worded in _SHAPES if pattern.search(previous_assistant)), None)
    if shape is None:  # "love it, more like this" after a poem: the poem, not its form
        named = m.group("form") or m.group("form2")
        return wish_draft("Likes short answers", "length", quote) if short and named else None
    if short and shape in ("numbered steps", "bullet points"):
        shape = f"short {shape}"
    return wish_draft(f"Likes answers as {shape}", "format", quote)
