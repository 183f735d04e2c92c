"""Standing efforts: what the user is trying, aiming or working to do, or cutting down on, for good.

Reads, from the start of the clause with the user or no one as its subject:

- an effort: "(I'm) trying to cut back on sugar these days", "I've been trying to walk 10k steps a day",
  "working on my posture", "I'm aiming to run three times a week", "we're trying to eat less meat" -> "Is cutting
  down on sugar", "Is trying to walk 10k steps a day", "Is working on their posture", "Is aiming to run three
  times a week", "Is trying to eat less meat";
- something being cut down, said without the "I": "cutting down on caffeine at the moment", "Reducing my screen
  time", "i'm limiting sugar for now" -> "Is cutting down on caffeine", "Is reducing their screen time".

Refuses an effort for the task at hand ("I'm trying to fix this bug", "I'm working on a presentation", "trying to
find a gift"), a request ("I'm trying to understand recursion") and a clause said of the effort ("Trying to eat
healthier is hard"). Also the home of what the goal and value shapes share (:mod:`agents.offline.goals`,
:mod:`agents.offline.values`): the test of a lasting effort (:func:`lasting`), the object of a clause
(:func:`clause_object`) and the draft of a stated one (:func:`said`).
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft, said
from agents.offline.normalize import gerund, join_text
from agents.offline.objects import take
from memory.types import MemoryKind

#: "I'm", "we're", "I've been": the user's own standing effort.
ME_BE = r"(?:(?:I|we)(?:'m|'re|\s+am|\s+are)\s+|(?:(?:I|we)(?:'ve|\s+have)\s+)?been\s+)"
_PREDICATE = re.compile(r"\s(?:is|was|are|were|has been|sucks|seems|makes|made)\s", re.IGNORECASE)
#: What no standing effort is about: a pronoun, the thing at hand, someone told what to do.
_AT_HAND = re.compile(
    r"^(?:it|this|that|these|those|them|him|her|you|your|something|anything|everything|what|which|how|why|"
    r"where|whether|if|out how|out why|out what)\b",
    re.IGNORECASE,
)
#: Verbs of a lasting effort after "trying to" / "try to"; others count only with a word of degree or habit
#: ("trying to write better prompts"), and none with the task at hand ("trying to fix this bug").
_EFFORT_VERBS = (
    r"eat|drink|cut down|cut back|cut out|reduce|limit|stop [a-z]+ing|quit (?:[a-z]+ing|sugar|caffeine|coffee|"
    r"alcohol|booze|soda|social media|cigarettes|nicotine|weed|meat|dairy|my job)|avoid|save money|save more|save up|"
    r"save for|spend|lose|gain (?:weight|muscle|mass|strength)|build (?:muscle|strength|up|an emergency|savings|"
    r"confidence|endurance|(?:a |better |healthy |good )?(?:habits?|routine))|read|walk|jog|exercise|work out|"
    r"train for|sleep|go to bed|get to bed|go to sleep|wake up|get up|be|become|learn|improve (?:my|our)|stay|keep|"
    r"support (?:local|small|independent|ethical|fair)|buy (?:local|secondhand|second-hand|used|organic|less|"
    r"nothing)|shop (?:local|secondhand|second-hand|small)|waste less|raise|pay off|pay down|meditate|pray|"
    r"practi[cs]e|cook (?:at home|from scratch)|recycle|compost|give up|stretch|journal|unplug|declutter|simplify|"
    r"slow down|fast|hydrate|floss|study|volunteer|donate|live|get fit|get healthy|get in shape|get back into|"
    r"get outside|get out more|make time|stick to|stick with|go vegan|go vegetarian|go plastic-free|go zero waste|"
    r"go to the gym|go outside|take care|bike|cycle|swim|lift|say no|lower (?:my|our)|kick the habit|"
    r"break the habit|run (?:a marathon|a half|a 5k|a 10k|an ultra)|"
    r"get (?:my|our) [\w-]+(?: [\w-]+)? (?:under|below|down|up|over|above|back)"
)
#: Verbs whose object may be one particular thing and still make a lasting effort ("lose the last five pounds",
#: "raise the kids bilingual", "build an emergency fund").
_ANY_OBJECT = re.compile(
    r"(?:lose|raise|get to|go to|stay|be|become|live|take care|pay off|pay down|save up|learn|declutter|build|"
    r"run|train for|kick|break)\b",
    re.IGNORECASE,
)
#: After the verb (and its particle): the thing at hand, or one particular thing.
_THIS_ONE = re.compile(
    r"^[a-z]+(?:\s+(?:up|out|off|down|back|into|on|to|for|with|at|in|of|over))?\s+(?:(?P<hand>this|that|these|"
    r"those|it|them|your|his|her)|the|a|an)\b",
    re.IGNORECASE,
)
_HERE = re.compile(
    r"\b(?:here|with you|be (?:done|ready|finished|back|home|there)|learn (?:how to use|how this|how that|what|why|"
    r"where|which|whether))\b",
    re.IGNORECASE,
)
#: Verbs that make an effort with no object ("I'm trying to meditate").
_ALONE = re.compile(
    r"(?:meditate|pray|exercise|fast|journal|floss|hydrate|recycle|compost|stretch|swim|bike|cycle|jog|walk|"
    r"unplug|declutter|simplify|read|sleep|volunteer|study)$",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"\b(?:more|less|fewer|better|healthier|fitter|stronger|every day|daily|each day|a day|a week|per week|"
    r"every week|everywhere|regularly|most days|most nights|at least|whenever|as much as|as often as|"
    r"(?:every|each) (?:morning|evening|night|weekend|day|week|month)|times a|twice a|on weekdays|"
    r"where possible|wherever)\b",
    re.IGNORECASE,
)
#: What one works on for this conversation, not for good: a text, a piece of code, a chore.
TASKS = re.compile(
    r"\b(?:essay|paper|report|presentation|slides?|deck|code|script|bug|app|website|project|assignment|homework|"
    r"email|letter|cover letter|resume|cv|application|draft|proposal|speech|spreadsheet|function|query|ticket|"
    r"thesis chapter|chapter|post|article|pr|pull request|story|puzzle|problem|question|task)s?\b",
    re.IGNORECASE,
)
_EFFORT = re.compile(
    rf"^{ME_BE}?(?:really\s+|currently\s+|still\s+|also\s+|seriously\s+|honestly\s+|slowly\s+|actively\s+)?"
    r"(?P<how>trying|aiming|striving|working hard|working|determined|committed|focusing|focussing)\s+"
    r"(?P<prep>to|on|towards|toward|for)\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
_CUTTING = re.compile(
    rf"^(?:{ME_BE}(?:really\s+|currently\s+|slowly\s+|also\s+)?(?P<verb>cutting\s+(?:down|back)\s+on|cutting\s+out|"
    r"reducing|limiting|giving\s+up|avoiding|quitting)|(?P<bare>cutting\s+(?:down|back)\s+on|cutting\s+out|"
    r"reducing(?=\s+(?:my|our)\b)|limiting))\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s+(?:and|but)\s+(?:I|i|we|it|its|it's|is|trying|try)\b|,|;|\s[-\u2013\u2014]\s", re.I)


def lasting(phrase: str, *, possible: bool = False) -> bool:
    """A verb phrase of a lasting effort: a verb of one or a word of degree or habit, and not about the thing at
    hand ("use this more", "keep it short", "be polite here") or one particular thing ("read the docs")."""
    degree = possible or bool(_DEGREE.search(phrase))
    if not (degree or re.match(rf"(?:{_EFFORT_VERBS})\b", phrase, re.IGNORECASE)) or _HERE.search(phrase):
        return False
    if len(phrase.split()) < 2 and not _ALONE.match(phrase.strip(" .!")):
        return False  # "Trying to keep": cut short
    one = _THIS_ONE.match(phrase)
    return one is None or (not one.group("hand") and (degree or bool(_ANY_OBJECT.match(phrase))))


def clause_object(raw: str, max_words: int = 12) -> str | None:
    """The rest of the clause as the object: cut before a following clause, not a pronoun or the task at hand."""
    raw = _CLAUSE_END.split(raw, maxsplit=1)[0]
    if _AT_HAND.match(raw.strip()) or _PREDICATE.search(raw):
        return None  # "Trying to eat healthier is hard", "Giving up coffee was the best thing": said of it
    obj = take(raw, max_words=max_words)
    if obj is None or obj.context or _AT_HAND.match(obj.text):
        return None
    return obj.text


def _effort(m: re.Match[str]) -> Draft | None:
    how, prep = m.group("how").lower(), m.group("prep").lower()
    raw = m.group("obj")
    if how in ("trying", "aiming", "striving", "working hard", "determined", "committed") and prep == "to":
        if (
            cut := _CUTTING.match(re.sub(r"^(?:cut|reduce|limit|avoid|quit|give up)\b", _ing, raw, count=1, flags=re.I))
        ) and (cut.group("verb") or cut.group("bare")).lower().startswith("cutting"):
            return _cutting(cut)  # "trying to cut back on sugar": as the cutting rule says it
        if not lasting(raw) or re.fullmatch(r"(?:cut|cutting) (?:back|down)\W*", raw.strip(), re.I):
            return None  # "trying to fix this bug", "trying to find a gift": a task; "trying to cut back": on what?
        if (obj := clause_object(raw)) is None or TASKS.search(obj):
            return None
        verb = "Is " + ("working hard" if how == "working hard" else how)
        return said(join_text(verb, "to", obj), MemoryKind.preference, obj)
    if how in ("working", "focusing", "focussing") and prep == "on":
        if not re.match(r"(?:my|our)\s+\S|[a-z]+ing\s+\S", raw, re.I) or re.match(r"(?:it|this|that)\b", raw, re.I):
            return None  # "working on a presentation": the thing at hand
        if (obj := clause_object(raw)) is None or TASKS.search(obj):
            return None
        return said(join_text("Is", how.replace("focussing", "focusing"), "on", obj), MemoryKind.preference, obj)
    if how in ("aiming", "working", "striving") and prep in ("for", "towards", "toward"):
        if (obj := clause_object(raw)) is None or TASKS.search(obj):
            return None
        return said(join_text("Is", how, prep, obj), MemoryKind.preference, obj)
    return None


def _ing(m: re.Match[str]) -> str:
    return gerund(m.group(0).split()[0]) + m.group(0)[len(m.group(0).split()[0]) :]


def _cutting(m: re.Match[str]) -> Draft | None:
    if (obj := clause_object(m.group("obj"), 8)) is None:
        return None
    verb = re.sub(r"\s+", " ", (m.group("verb") or m.group("bare")).lower())
    verb = "cutting down on" if verb.startswith("cutting") and verb != "cutting out" else verb
    return said(join_text("Is", verb, obj), MemoryKind.preference, obj)


#: The effort shapes, in the order they are tried.
EFFORTS = (
    (_EFFORT, _effort),
    (_CUTTING, _cutting),
)
