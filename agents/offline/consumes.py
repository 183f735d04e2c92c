"""What the user eats, drinks, watches or reads, said plainly as a habit: "I drink earl grey from a bag" (Drinks earl
grey from a bag), "I drink oat milk", "I watch anime", "I eat oatmeal for breakfast".

Said with a frequency ("every morning") other rules read it already; said bare, it is the same habit. Only a thing
named without an article or a pronoun ("I drink it", "I eat a sandwich" are one meal), not a change ("I eat meat
now", "again": :mod:`agents.offline.given_up` reads it), not in a question, a condition or someone else's. A
preference. Written for issue 13's twenty-eighth pass; hooked into :func:`agents.offline.reader.read_parts`. Also how
often the user eats out or orders in ("I eat out a lot", "I order takeaway most nights"; session 27).
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft, said
from agents.offline.normalize import capitalize, third_singular
from memory.types import MemoryKind

_THING = (
    r"(?P<x>(?!(?:a|an|the|this|that|it|them|some|something|anything|nothing|too|so|less|more|out|in|at|like|when|"
    r"while|with|for|fast|slowly|quickly|alone|late|early|well|badly|healthy|clean|whatever|everything|there|"
    r"here|mostly|enough|lots|plenty|way|only|before|after|on|during|every)\b)[A-Za-z][\w'-]*(?:\s+(?!(?:and|but|or|so|though|now|again|anymore|"
    r"every|at|in|on|for|with|from|when|because)\b)[a-z][\w'-]*){0,3}(?:\s+and\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)?)"
)
#: What "I have ..." drinks as a habit ("I usually have rooibos in the evening"): drinks only, "I have a dog" is not.
_DRINKS = (
    r"tea|green tea|black tea|herbal tea|mint tea|rooibos|chamomile|earl grey|matcha|coffee|black coffee|decaf|"
    r"espresso|oat milk|almond milk|soy milk|kombucha|hot chocolate|cocoa"
)
_CONSUMES_RE = re.compile(
    r"^\W*(?:(?:honestly|also|and|so|btw|well|yeah|tbh|personally),?\s+)*(?:i|I)\s+"
    r"(?:(?:mostly|mainly|usually|normally|just|only|generally|typically)\s+)?(?P<verb>drink|eat|watch|read|"
    rf"have(?=\s+(?:{_DRINKS})\b))\s+"
    rf"{_THING}(?P<tail>\s+(?:from a bag|with (?:milk|sugar|honey|oat milk|lemon)|black|every day|daily|at night|"
    r"in the (?:morning|evening)|for (?:breakfast|lunch|dinner)))?"
    r"\s*(?:[,.!;]|$|\s+(?:and|but|though)\b)",
)
_NOT_NOW_RE = re.compile(
    r"\?|\b(?:now|again|anymore|any more|today|tonight|tomorrow|yesterday|this (?:week|morning|evening)|if|when|"
    r"should|would|could|can i|is it|too much|for a living|for work|at work)\b",
    re.IGNORECASE,
)


#: How often the user eats out or orders in: "I eat out a lot", "I order takeaway most nights".
_OUT_RE = re.compile(
    r"^\W*(?:(?:honestly|also|and|so|btw|well|yeah|tbh),?\s+)*(?:i|I)\s+(?:(?:usually|mostly|probably)\s+)?"
    r"(?P<what>eat out|order (?:takeaway|takeout|take-out|delivery|in))\s+(?P<often>a lot|all the time|often|"
    r"most (?:nights|days|weekends|evenings)|(?:two|three|four|five|\d) (?:or (?:three|four|five|\d) )?times a week|"
    r"every (?:day|night|weekend|friday))\s*(?:[,.!;]|$|\s+(?:and|but|though|because|since|so)\b)",
)


def consumed(clause: str) -> Draft | None:
    """What ``clause`` says the user eats, drinks, watches or reads as a habit."""
    if (out := _OUT_RE.match(clause)) is not None and "?" not in clause:  # "I eat out a lot"
        what = out.group("what").lower().replace("eat out", "eats out").replace("order ", "orders ")
        return said(capitalize(f"{what} {out.group('often')}"), MemoryKind.preference, what)
    if _NOT_NOW_RE.search(clause) or (m := _CONSUMES_RE.match(clause)) is None:
        return None
    x = m.group("x").strip()
    verb = "drink" if m.group("verb") == "have" else m.group("verb")
    text = capitalize(f"{third_singular(verb)} {x}{m.group('tail') or ''}")
    return said(text, MemoryKind.preference, x.lower())
