"""A wish said for a situation that recurs, with no contrast beside it, as a conditional memory.

"when its about the business just give me the numbers short", "for anything about contracts you can give me the
raw clause language", "When you suggest shops please say always the shipping price", "if it's for my kids,
nothing with caffeine", "any time I ask for a workout, keep it under 30 minutes": the situation is one the user
will be in again (a "when" in the present, "for anything ...", "if it's for ..."), so the wish lasts, but only
there. It becomes a memory with that situation as its context, never an always-sent core item.

A habit said for a recurring time, place or company, with no comma needed ("in winter I run indoors", "with clients
I use British spelling", "at the gym I listen to metal", "before a race I eat plain pasta", "when my kids are around
nothing scary": Avoids anything scary) is read the same way, as a preference for there (only the clause said for that
situation: "at work I drink tea, at home coffee" gives Drinks tea, at work); a part after a comma that only says the
user does not mind elsewhere is cut ("on weekdays I need quick recipes, weekends I don't mind").

A situation that happens once is a one-off request and teaches nothing: "when I get there tomorrow, remind me",
"when you get a chance, send me a summary", "when you write the cover letter, keep it under a page", "for my
essay give me a summary"; so is a question ("when I travel, should I ...?"). Read on both paths: the rules'
(:func:`agents.offline.reader.read_parts`) and, through the rules' drafts, the learned reader's.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import subject_key
from agents.offline.objects import condition
from agents.offline.restate import restate
from memory.types import MemoryKind, MemorySource

_LEADS = r"(?:(?:ok(?:ay)?|so|and|but|also|oh|btw|makes sense|got it|thanks|thx|please|pls|plz)\b[\s,.!:-]*)*"
#: How a wish may start with no comma before it (strong enough not to be part of the situation).
_STRONG = (
    r"(?:(?:please|pls|plz|just|always|then|so|though|tho)\s+)*(?:give me|keep (?:it|them|things|answers)|tell me|"
    r"say|show me|skip|stay away from|stick to|warn me|mention|include|i want|i'd like|i need|i prefer|i only want|"
    r"(?:please|pls) only|"
    r"it has to|it needs to|it must|it should|they have to|they need to|you can (?:give|tell|show|skip|use|go)|"
    r"don'?t (?:give|suggest|recommend|show|use|send))\b"
)
#: How an answer should be ("for anything medical, be straight with me").
_MANNER = (
    r"straight|honest|direct|blunt|brief|concise|short|gentle|specific|detailed|thorough|patient|careful|clear|"
    r"practical|realistic|frank|upfront|up front|precise|technical|simple"
)
#: After a comma a wish may also be a bare limit ("if it's for my kids, nothing with caffeine").
_AFTER_COMMA = (
    rf"(?:{_STRONG}|(?:(?:please|pls|just|then)\s+)*(?:only|nothing|no|avoid|never|use|explain|list)\b|"
    rf"(?:(?:please|pls|just)\s+)?be\s+(?:{_MANNER})\b)"
)
_SITUATION = (
    r"(?:when(?:ever)?|any ?time|every ?time|each time)\s+[^,]{3,70}?"
    r"|for\s+(?:anything|everything|any|all)\b[^,]{0,60}?"
    r"|for\s+(?:the\s+|my\s+|our\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:stuff|things|picks|projects|"
    r"materials?|questions|emails|messages|posts|reports|trips|recipes|dinners|meals|lunches|breakfasts|workouts|"
    r"date nights|weeknights|weekends)"
    r"|if\s+(?:it'?s|its|it is|they'?re|i'?m|im)\s+(?:for|about|a|an)\s+[^,]{1,50}?"
    r"|if\s+(?:i'?m|im|i am)\s+asking\s+(?:you\s+)?(?:about|for)\s+[^,]{1,50}?"
    r"|if\s+(?:i\s+ask\s+(?:you\s+)?(?:about|for)|you\s+(?:give|send|show|suggest|recommend|write)\b)[^,]{1,50}?"
    r"|(?:on|during)\s+(?:weekdays|weekends|workdays|week ?nights|school nights|sundays|saturdays|mondays|fridays|"
    r"rainy days|hot days|cold days|work days|busy days|holidays|vacations?|long flights|long drives|trips)"
    r"|in\s+(?:the\s+)?(?:winter|summer|spring|autumn|fall|mornings?|evenings?|the morning|the evening)"
    r"|at\s+(?:work|the office|the gym|night|parties|restaurants|home)"
    r"|with\s+(?:my\s+)?(?:clients|customers|colleagues|coworkers|co-workers|kids|friends|family|parents|boss)"
    r"|before\s+(?:a|an|my|each|every)\s+(?:[\w-]+\s+)?(?:race|run|game|match|flight|exam|test|meeting|workout|"
    r"shift|presentation)"
)
#: A habit said for a situation ("in winter I run indoors", "with clients I use British spelling", "at the gym I
#: listen to metal"): no comma needed after a recurring time, place or company, as with a wish.
_HABIT = (
    r"(?:i\s+(?:only\s+|always\s+|usually\s+|mostly\s+|just\s+)?(?:use|listen to|drink|eat|run|wear|watch|"
    r"play|go for|stick to|take|cook|order|walk|cycle|bike|swim|train|work out|write in)\b"
    r"|nothing(?:\s+[\w-]+){1,2}\W*$)"
)
_HABIT_RE = re.compile(_HABIT, re.IGNORECASE)
_SITUATED_RE = re.compile(
    rf"^\W*{_LEADS}(?P<cond>{_SITUATION})(?:\s*,\s*(?P<a>(?:{_AFTER_COMMA}|{_HABIT}).*)|\s+(?P<b>(?:{_STRONG}|{_HABIT}).*))$",
    re.IGNORECASE,
)
#: A situation that happens once: a time of its own, the past, or the assistant's convenience or one task.
_ONCE_RE = re.compile(
    r"\b(?:tomorrow|tonight|today|later|next|yesterday|last|ago|this (?:morning|afternoon|evening|weekend|week|"
    r"month|year|time)|was|were|went|did|had|got back|get there|you (?:get|have) (?:a|the) (?:chance|minute|"
    r"moment|sec|second)|you can|you'?re (?:done|ready|finished)|you'?ve (?:done|finished))\b"
    r"|\byou\s+\w+\s+(?:the|this|that|my)\s+(?:[\w-]+\s+){0,2}[\w-]*[^\Ws]$",
    re.IGNORECASE,
)
#: The wish is about the assistant's answers: a style item.
_ANSWER_WISH_RE = re.compile(
    r"^(?:(?:please|pls|plz|just|always|then|so|though|tho)\s+)*(?:give me|tell me|say|show me|skip|warn me|"
    r"mention|include|explain|list|use|you can (?:give|tell|show|skip|use|go)|i (?:want|'d like|need) you to|"
    r"keep (?:it|them|things|answers) "
    r"(?:short|brief|simple|formal|casual|light|plain|concise|basic|high[- ]level|technical|under)|"
    r"keep (?:it|them|things|answers) to (?:\d+|one|two|three|four|five|a few) (?:bullets?|bullet points|lines?|"
    r"sentences?|paragraphs?|words|points)|"
    rf"be\s+(?:{_MANNER}))\b",
    re.IGNORECASE,
)
#: The wish is a limit (a bare "no ..." or "only ...", "has to", "without"): a constraint.
_LIMIT_RE = re.compile(
    r"^(?:(?:please|pls|just|then)\s+)*(?:only|nothing|no|never|avoid|stay away from|keep (?:it|them|things) to)\b|"
    r"\b(?:has to|have to|needs to|must|without)\b",
    re.IGNORECASE,
)
#: Words that only lead into the wish ("though you can give me ...", "it has to be zero setup").
_WISH_LEAD_RE = re.compile(
    r"^(?:(?:it|they)\s+(?:has|have|needs?|must|should)\s+(?:to\s+)?be\s+|"
    r"keep (?:it|them|things) to\s+)",
    re.IGNORECASE,
)
#: Another situation after the wish ("..., but for my hobby projects don't bother", "..., on vacation I don't care"):
#: cut off when it only says the user does not mind there (a wish of its own there stays, it was worth reading).
_CONTRAST_RE = re.compile(r",?\s+but\s+|,\s*(?=(?:for|with|on|in|at|when|whenever|otherwise|if)\b)|;\s*", re.I)
_INDIFFERENT_RE = re.compile(
    r"\b(?:don'?t|do not)\s+(?:care|bother|mind)\b|\b(?:doesn'?t|does not|dont) matter\b|\banything goes\b|"
    r"\bwhatever\b|\bno preference\b",
    re.IGNORECASE,
)
#: A situation that opens a later clause of the sentence (after a comma or a semicolon).
_LATER_RE = re.compile(r"[,;]\s+(?=(?:when(?:ever)?|any ?time|every ?time|for anything|if it'?s)\b)", re.IGNORECASE)
#: A situation said to the assistant ("if you give me a recipe", "if I ask you for a workout"), worded about it.
_ASKED_RE = re.compile(r"^if\s+(?:you\s+(?P<verb>give|send|show|suggest|recommend|write)\b|i\s+ask\s+you\b)", re.I)
CONFIDENCE = EXPLICIT


def _asked(m: re.Match[str]) -> str:
    return f"when the assistant {m.group('verb').lower()}s" if m.group("verb") else "when I ask"


def situated_wish(sentence: str) -> Draft | None:
    """A lasting wish for a recurring situation in ``sentence``, or None."""
    text = sentence.strip()
    if text.endswith("?"):
        return None
    m = _SITUATED_RE.match(text)
    if m is None and (later := _LATER_RE.search(text)) is not None:
        m = _SITUATED_RE.match(text[later.end() :])  # "i make matcha every friday, when im doing it for ..."
    if m is None:
        return None
    cond = m.group("cond").strip(" ,")
    if _ONCE_RE.search(cond) or (m.group("b") is not None and re.search(r"\b(?:i|we)$", cond, re.IGNORECASE)):
        return None  # "When I run in the morning I skip breakfast": the user's own habit (conditions.py)
    body = (m.group("a") or m.group("b") or "").strip()
    body = re.sub(r"^(?:(?:though|tho|then|so|and)\s+)+", "", body, flags=re.IGNORECASE)
    habit = _HABIT_RE.match(body) is not None
    wish, *rest = _CONTRAST_RE.split(body, maxsplit=1)
    if rest and (habit or _INDIFFERENT_RE.search(rest[0])):
        body = wish  # "at work I drink tea, at home coffee": the clause said for this situation
    body = body.split(",")[0] if habit else body  # "in summer i only drink white wine, red is for winter"
    head, _, tail = body.partition(",")
    if tail and _INDIFFERENT_RE.search(tail) and len(tail.split()) <= 8:
        body = head  # "on weekdays I need quick recipes, weekends I don't mind"
    bare = habit and m.group("b") is not None  # no comma: "when my kids are around nothing scary"
    none = re.match(r"nothing\s+(.+?)(?:\s+(?:please|pls|plz|thanks))?\W*$", body, re.IGNORECASE) if bare else None
    if _ANSWER_WISH_RE.match(body):
        kind = MemoryKind.style
    elif _LIMIT_RE.search(body):
        kind = MemoryKind.constraint
    else:
        kind = MemoryKind.preference
    worded, trailing = restate(_WISH_LEAD_RE.sub("", body, count=1), kind.value)
    if none is not None:  # "when my kids are around nothing scary"
        worded, trailing = f"Avoids anything {none.group(1)}", ""
    if worded and trailing:  # "tell me if there is much slang": the "if ..." is what to tell, not a second situation
        worded = f"{worded} {trailing}"
    if len(worded.split()) < (2 if habit else 3):  # "in winter I run indoors": Runs indoors
        return None
    return Draft(
        text=worded,
        kind=kind,
        subject=subject_key(worded),
        confidence=CONFIDENCE,
        source=MemorySource.explicit,
        context=condition(_ASKED_RE.sub(_asked, cond)),
        category="communication" if kind is MemoryKind.style else None,
        quote=sentence,
    )
