"""Something the user stopped eating, drinking or taking, and keeps off now: "I stopped eating red meat last year"
(Doesn't eat red meat), "I quit drinking two years ago" (Doesn't drink alcohol), "I gave up caffeine" (Has given up
caffeine), "but now I stop drinking beer" (a learner's present), "I quit smoking in 2019" (Has quit smoking, a fact),
"I deleted Instagram two years ago" (Doesn't use Instagram; session 27), and said in the present: "I'm not eating
meat", "I am not eating pork, is for my religion" (Doesn't eat pork; session 32; not "this week", "out", "much").

A habit given up says nothing of what the user likes now ("I stopped going to the gym", "I used to love sushi"),
but food, drink or smoke given up is kept off now: a constraint on whatever is suggested, as "I don't eat red meat"
is. :mod:`agents.offline.given_up` ends the memory it contradicts ("Eats red meat"). Not a question, a hypothetical,
someone else, a stretch that ends ("for Lent", "for a month", "this week", "Dry January"), "eating out" or "so much"
(eating less of it is no abstention). Written for issue 13's twenty-eighth pass; hooked into
:func:`agents.offline.reader.read_parts`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft, said
from agents.offline.normalize import third_person
from memory.types import MemoryKind

#: What is given up without a verb ("I gave up caffeine"): food, drink and the like, never a habit ("the gym").
_SUBSTANCE = (
    r"sugar|refined sugar|caffeine|alcohol|booze|meat|red meat|pork|dairy|gluten|coffee|soda|fizzy drinks|carbs|"
    r"bread|chocolate|sweets|candy|junk food|fast food|processed food|energy drinks|beer|wine|cheese|diet coke|coke"
)
_GAVE_UP = r"(?:stopped|quit|gave up|given up|cut out)"
_OPENING = (
    r"(?:^\W*(?:(?:so|and|but|also|well|honestly|actually|btw|fyi|ok|okay|oh|yeah)\W+)*|"
    r",\s*(?:but|and|so)?\s*|\b(?:but|and|so)\s+)"
)
_I = r"(?:now\s+)?(?:i|I)(?:'ve|\s+have)?\s+(?:(?:completely|finally|recently|just|totally|fully)\s+)?"
#: Words after the verb that start no food or drink: a time, a reason, a measure ("so much"), the clause going on.
_AFTER = (
    r"since|last|about|around|a|an|a\s+while|years?|months?|when|after|before|because|cause|as|for|in|back|ago|"
    r"\d+|a\s+(?:few|couple)|two|three|four|five|six|seven|eight|nine|ten|and|so|but|now|completely|entirely|out|"
    r"too|that|it|this|those|these|less|more|much|at|on|during|with|altogether|cold\s+turkey"
)
#: The end of what is given up: a time, a reason, the end of the clause.
_END = rf"(?=\s*(?:[,.!;]|$|\s+(?:{_AFTER})\b))"
_WHAT = rf"(?P<x>(?!(?:{_AFTER})\b)[a-z][a-z' -]{{1,30}}?)"
#: A measure given up is no abstention ("I stopped drinking so much soda"), nor a place ("eating out").
_LESS_RE = re.compile(r"^\s+(?:(?:so|as|too)\s+(?:much|many|often|little)|out|less|after|before|at)\b", re.I)
_EATING_RE = re.compile(
    rf"{_OPENING}{_I}(?:{_GAVE_UP}|(?:(?<=now i )|(?<=now I ))stop)\s+(?P<verb>eating|drinking)(?:\s+{_WHAT})?{_END}",
)
_SUBSTANCE_RE = re.compile(rf"{_OPENING}{_I}{_GAVE_UP}\s+(?P<x>{_SUBSTANCE}){_END}", re.I)
#: Kept off now, said in the present: "I'm not eating meat", "I am not eating pork, is for my religion".
_NOT_EATING_RE = re.compile(rf"{_OPENING}(?:i|I)(?:'m|\s+am)\s+not\s+(?P<verb>eating|drinking)\s+{_WHAT}{_END}")
#: An app or social media left for good: "I deleted Instagram two years ago", "I quit Facebook".
_APPS_RE = re.compile(
    rf"{_OPENING}{_I}(?:deleted|quit|left|gave up|stopped using|deactivated|got off)\s+(?:my\s+)?(?P<x>Instagram|"
    rf"Facebook|TikTok|Twitter|Snapchat|Reddit|Threads|social media|all social media)(?:\s+(?:account|app))?{_END}",
    re.I,
)
_SMOKING_RE = re.compile(rf"{_OPENING}{_I}(?:quit|stopped|gave up|given up)\s+(?P<x>smoking|vaping){_END}", re.I)
#: A stretch that ends, a question or a hypothetical: nothing kept off for good.
_NOT_FOR_GOOD_RE = re.compile(
    r"\?|\b(?:for\s+(?:lent|a\s+(?:week|month|while)|one\s+(?:week|month)|this\s+(?:week|month)|january|now)|"
    r"dry\s+january|today|tonight|this\s+(?:week|weekend)|if\s+i|should\s+i|would\s+i|thinking\s+(?:of|about)|"
    r"trying\s+to|want\s+to|going\s+to|gonna|tried\s+to)\b",
    re.I,
)


#: A word every pattern above needs: most clauses of most turns have none, and are done with at once (this runs on
#: every sentence of a turn, and again on every clause for :mod:`agents.offline.given_up`'s endings).
_CUE_RE = re.compile(
    r"\b(?:stop|stopped|quit|gave|given|cut|deleted|deactivated|not\s+(?:eating|drinking)|"
    r"(?:left|got off)\s+(?:my\s+|all\s+)?(?:instagram|facebook|tiktok|twitter|snapchat|reddit|threads|social))\b",
    re.I,
)


def abstained(sentence: str) -> Draft | None:
    """What ``sentence`` says the user gave up eating, drinking or smoking and keeps off now."""
    if not _CUE_RE.search(sentence) or _NOT_FOR_GOOD_RE.search(sentence):
        return None
    if (m := _APPS_RE.search(sentence)) is not None:
        x = m.group("x").lower().removeprefix("all ")
        return said(f"Doesn't use {x if x == 'social media' else m.group('x')}", MemoryKind.constraint, x)
    if (m := _SMOKING_RE.search(sentence)) is not None:
        return said(f"Has quit {m.group('x').lower()}", MemoryKind.fact, m.group("x"))
    if (m := _EATING_RE.search(sentence) or _NOT_EATING_RE.search(sentence)) is not None and not _LESS_RE.match(
        sentence[m.end("verb") :]
    ):
        x = third_person((m.group("x") or "").strip().lower())
        if m.group("verb") == "eating":
            return said(f"Doesn't eat {x}", MemoryKind.constraint, x) if x else None
        x = x or "alcohol"
        return said(f"Doesn't drink {x}", MemoryKind.constraint, x)
    if (m := _SUBSTANCE_RE.search(sentence)) is not None:
        x = m.group("x").lower()
        return said(f"Has given up {x}", MemoryKind.constraint, x)
    return None
