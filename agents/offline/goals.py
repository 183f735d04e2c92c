"""What the user is working towards, trying to do or values, said as a standing effort rather than a taste:

- an effort: "(I'm) trying to cut back on sugar these days", "I've been trying to walk 10k steps a day",
  "working on my posture", "I'm aiming to run three times a week", "we're trying to eat less meat" -> "Is cutting
  down on sugar", "Is trying to walk 10k steps a day", "Is working on their posture", "Is aiming to run three
  times a week", "Is trying to eat less meat";
- something being cut down, said without the "I": "cutting down on caffeine at the moment", "Reducing my screen
  time", "i'm limiting sugar for now" -> "Is cutting down on caffeine", "Is reducing their screen time";
- a goal named as one: "my goal this year is to run a marathon", "My new year's resolution is to quit smoking",
  "This year I want to read 30 books" -> "Aims to run a marathon this year", "Aims to quit smoking";
- a wish to grow: "I want to get better at public speaking", "I really want to improve my drawing" -> "Wants to
  get better at public speaking", "Wants to improve their drawing";
- a mission, a saving goal, a belief: "I'm on a mission to get our household to zero waste", "we're saving for a
  house", "I believe in slow living" -> "Is on a mission to ...", "Is saving for a house" (a fact),
  "Believes in slow living";
- a value: "privacy matters a lot to me", "honesty is really important to me", "Punctuality is a big deal for me",
  "I care about animal welfare", "It's important to me that my kids eat healthy" -> "Values privacy", "Values
  honesty", "Values punctuality", "Cares about animal welfare", "Considers it important that their kids eat
  healthy";
- a practice kept where possible: "I try to buy local whenever I can", "I try to walk everywhere", "I try not to
  eat processed food", "i make it a point to tip well" -> "Prefers buying local", "Tries to walk everywhere",
  "Avoids eating processed food", "Makes a point of tipping well".

Not a goal for the task at hand ("I'm trying to fix this bug", "my goal for today is to clear my inbox", "I'm
working on a presentation"), a request ("I'm trying to understand recursion"), a value said of what the answer
should be ("It's important to me that you keep it short", "What matters is that it ships"), a pronoun ("it
matters to me") or a habit in the past ("I used to try to ..."). Questions, hypotheticals, sarcasm and other
people's goals never reach here (:mod:`agents.offline.reader` drops them, and every shape is read from the
start of the clause, with the user or no one as its subject).
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.health import fact
from agents.offline.normalize import gerund, join_text, subject_key, third_person
from agents.offline.objects import take
from memory.types import MemoryKind, MemorySource

#: Harmless words before the statement proper.
_LEAD = re.compile(
    r"^(?:(?:honestly|tbh|personally|frankly|also|and|but|so|plus|well|ok|okay|now|lately|these days|"
    r"for me|for me personally|to be honest|right now|at the moment|at the minute|currently|atm)\b[,:]?\s+)*",
    re.IGNORECASE,
)
#: Misspellings and slang of the shapes' own words.
_SPELLINGS = (
    (re.compile(r"\btryna\b", re.I), "trying to"),
    (re.compile(r"\b(?:wanna)\b", re.I), "want to"),
    (re.compile(r"^me\s*,?\s+(?=(?:I|i)\b)", re.I), ""),  # "Me I am trying to ..."
    (re.compile(r"^(I|i)\s+am\s+try\s+to\b"), r"\1 am trying to"),
    (re.compile(r"^im\b", re.I), "I'm"),
    (re.compile(r"^i\b"), "I"),
)
_ME_BE = r"(?:(?:I|we)(?:'m|'re|\s+am|\s+are)\s+|(?:(?:I|we)(?:'ve|\s+have)\s+)?been\s+)"
_MOMENT = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|weekend|week|time|once|trip|project|one|case|"
    r"task|call|meeting|conversation|chat|thread)|"
    r"at the moment for|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
    r"the end of the day|noon|eod)|before (?:the|my) (?:meeting|call|deadline|interview))\b",
    re.IGNORECASE,
)
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
_TASKS = re.compile(
    r"\b(?:essay|paper|report|presentation|slides?|deck|code|script|bug|app|website|project|assignment|homework|"
    r"email|letter|cover letter|resume|cv|application|draft|proposal|speech|spreadsheet|function|query|ticket|"
    r"thesis chapter|chapter|post|article|pr|pull request|story|puzzle|problem|question|task)s?\b",
    re.IGNORECASE,
)
_EFFORT = re.compile(
    rf"^{_ME_BE}?(?:really\s+|currently\s+|still\s+|also\s+|seriously\s+|honestly\s+|slowly\s+|actively\s+)?"
    r"(?P<how>trying|aiming|striving|working hard|working|determined|committed|focusing|focussing)\s+"
    r"(?P<prep>to|on|towards|toward|for)\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
_CUTTING = re.compile(
    rf"^(?:{_ME_BE}(?:really\s+|currently\s+|slowly\s+|also\s+)?(?P<verb>cutting\s+(?:down|back)\s+on|cutting\s+out|"
    r"reducing|limiting|giving\s+up|avoiding|quitting)|(?P<bare>cutting\s+(?:down|back)\s+on|cutting\s+out|"
    r"reducing(?=\s+(?:my|our)\b)|limiting))\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"^(?:(?:one of )?(?:my|our)\s+(?:(?:main|big|biggest|only|personal|real|new|current|fitness|financial|"
    r"health|long-term|long term|top|number one|#1|one|new year'?s?|new-year'?s?|new years)\s+)*"
    r"(?P<noun>goals?|aims?|targets?|resolutions?)(?P<when>\s+(?:this year|for (?:this|the|next) year|for 20\d\d|"
    r"in 20\d\d|for the (?:summer|spring|autumn|fall|winter)|this (?:summer|spring|autumn|fall|winter)|right now|"
    r"at the moment|these days|for now|in life))?|(?P<year>this year|in 20\d\d|for 20\d\d|next year)\s*,?\s*(?:I|we)\s+"
    r"(?:really\s+)?(?:want|hope|plan|aim|intend|am going|'m going)\s*)\s+(?:is|are|'s)?\s*(?:to\s+)?(?P<obj>\S.*)",
    re.IGNORECASE,
)
_GROW = re.compile(
    r"^(?:I|we)(?:\s+|(?='d))(?:really\s+|also\s+|just\s+|badly\s+)?(?:want|would (?:really )?like|"
    r"'d (?:really )?like|need|hope|am hoping|'m hoping)\s+to\s+(?:really\s+)?(?P<what>get better at|"
    r"improve (?:my|our)|become (?:a|an) "
    r"(?:better|healthier|stronger|fitter|more)|be (?:more|less|a better|an? healthier|fitter|healthier|stronger)|"
    r"get (?:fitter|healthier|stronger|in shape|more organi[sz]ed|out of debt))(?:\s+(?P<obj>\S.*))?$",
    re.IGNORECASE,
)
_MISSION = re.compile(
    rf"^{_ME_BE}on\s+(?:a|an|my)\s+(?P<what>(?:[\w-]+\s+){{0,2}}?(?:mission|quest|journey))(?:\s+to\s+(?P<obj>\S.*))?"
    r"\s*[.!]*$",
    re.IGNORECASE,
)
_SAVING = re.compile(
    rf"^{_ME_BE}?(?:currently\s+|still\s+|also\s+|slowly\s+)?saving\s+(?:up\s+)?for\s+(?P<obj>\S.*)", re.IGNORECASE
)
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
_CLAUSE_END = re.compile(r"\s+(?:and|but)\s+(?:I|i|we|it|its|it's|is|trying|try)\b|,|;|\s[-\u2013\u2014]\s", re.I)


def _lasting(phrase: str, *, possible: bool = False) -> bool:
    """A verb phrase of a lasting effort: a verb of one or a word of degree or habit, and not about the thing at
    hand ("use this more", "keep it short", "be polite here") or one particular thing ("read the docs")."""
    degree = possible or bool(_DEGREE.search(phrase))
    if not (degree or re.match(rf"(?:{_EFFORT_VERBS})\b", phrase, re.IGNORECASE)) or _HERE.search(phrase):
        return False
    if len(phrase.split()) < 2 and not _ALONE.match(phrase.strip(" .!")):
        return False  # "Trying to keep": cut short
    one = _THIS_ONE.match(phrase)
    return one is None or (not one.group("hand") and (degree or bool(_ANY_OBJECT.match(phrase))))


def _said(text: str, kind: MemoryKind, subject: str) -> Draft:
    return Draft(text, kind, subject_key(subject), EXPLICIT, MemorySource.explicit)


def _object(raw: str, max_words: int = 12) -> str | None:
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
        if not _lasting(raw):
            return None  # "trying to fix this bug", "trying to find a gift": a task, not an effort
        if (obj := _object(raw)) is None or _TASKS.search(obj):
            return None
        verb = "Is " + ("working hard" if how == "working hard" else how)
        return _said(join_text(verb, "to", obj), MemoryKind.preference, obj)
    if how in ("working", "focusing", "focussing") and prep == "on":
        if not re.match(r"(?:my|our)\s+\S|[a-z]+ing\s+\S", raw, re.I) or re.match(r"(?:it|this|that)\b", raw, re.I):
            return None  # "working on a presentation": the thing at hand
        if (obj := _object(raw)) is None or _TASKS.search(obj):
            return None
        return _said(join_text("Is", how.replace("focussing", "focusing"), "on", obj), MemoryKind.preference, obj)
    if how in ("aiming", "working", "striving") and prep in ("for", "towards", "toward"):
        if (obj := _object(raw)) is None or _TASKS.search(obj):
            return None
        return _said(join_text("Is", how, prep, obj), MemoryKind.preference, obj)
    return None


def _ing(m: re.Match[str]) -> str:
    return gerund(m.group(0).split()[0]) + m.group(0)[len(m.group(0).split()[0]) :]


def _cutting(m: re.Match[str]) -> Draft | None:
    if (obj := _object(m.group("obj"), 8)) is None:
        return None
    verb = re.sub(r"\s+", " ", (m.group("verb") or m.group("bare")).lower())
    verb = "cutting down on" if verb.startswith("cutting") and verb != "cutting out" else verb
    return _said(join_text("Is", verb, obj), MemoryKind.preference, obj)


def _goal(m: re.Match[str]) -> Draft | None:
    when = (m.group("when") or m.group("year") or "").strip().lower()
    raw = m.group("obj")
    if re.match(r"(?:to\s+)?(?:get|have|finish|make)\s+(?:this|it|that)\b", raw, re.I):
        return None  # "My goal is to get this done by Friday"
    if (obj := _object(raw)) is None or _TASKS.search(obj) or not re.search(r"[a-z]{3}", obj):
        return None
    first = obj.split()[0].lower()
    if first.endswith("ing") and len(first) > 4:
        return _said(join_text("Is working towards", obj, when), MemoryKind.preference, obj)
    if first in ("a", "an", "the", "their", "more", "less", "zero", "no") or first[0].isdigit():
        return _said(join_text("Is aiming for", obj, when), MemoryKind.preference, obj)
    return _said(join_text("Aims to", obj, when), MemoryKind.preference, obj)


def _grow(m: re.Match[str]) -> Draft | None:
    what, raw = m.group("what").lower(), (m.group("obj") or "").strip(" .!")
    if what.startswith("get ") and (not raw or _SPAN.fullmatch(raw)):  # "I want to get in shape this year"
        return _said(join_text("Wants to", what, raw.lower()), MemoryKind.preference, what)
    if (obj := _object(raw)) is None or _TASKS.search(obj):
        return None
    return _said(join_text("Wants to", third_person(m.group("what").lower()), obj), MemoryKind.preference, obj)


def _mission(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what").lower())
    if m.group("obj") is None:
        if what in ("mission", "quest", "journey"):
            return None  # "I'm on a mission" alone says nothing
        return _said(join_text("Is on", "an" if what[0] in "aeiou" else "a", what), MemoryKind.preference, what)
    if (obj := _object(m.group("obj"))) is None:
        return None
    return _said(join_text("Is on a", what, "to", obj), MemoryKind.preference, obj)


def _saving(m: re.Match[str]) -> Draft | None:
    raw = re.split(r"\s+(?:and|but|so)\s", m.group("obj"), maxsplit=1)[0]
    if (obj := _object(raw, 8)) is None:
        return None
    return fact(join_text("Is saving for", obj), "saving goal", "finance")


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


_SHAPES = (
    (_EFFORT, _effort),
    (_CUTTING, _cutting),
    (_GOAL, _goal),
    (_GROW, _grow),
    (_MISSION, _mission),
    (_SAVING, _saving),
    (_BELIEVE, _believe),
    (_CARE, _care),
    (_IT_MATTERS, _it_matters),
    (_MATTERS, _value),
    (_IMPORTANT, _value),
    (_TRY, _try),
    (_POINT, _point),
)


def goals(clause: str, found: list[Draft]) -> list[Draft]:
    """A goal, effort or value the clause states, unless a taste or limit the rules read from it (``found``)
    says it already (a fact beside it, "Has kids", does not)."""
    if any(d.kind != MemoryKind.fact for d in found) or _MOMENT.search(clause):
        return []
    draft = _read(clause)
    if draft is None:  # "im practicing guitar every day, trying to get better at barre chords"
        later = _LATER.search(clause)
        draft = None if later is None else _read(clause[later.end() :])
    return [] if draft is None or any(_same(d, draft) for d in found) else [draft]


def _same(found: Draft, draft: Draft) -> bool:
    """``found`` says what ``draft`` says: "Is learning Spanish" beside "Is trying to learn Spanish before their
    trip"; not "Has kids" beside "Is trying to be more patient with their kids"."""
    mine = draft.text.lower()
    return found.text.lower() in mine or len(_stems(found.text) & _stems(mine)) > 1


def _stems(text: str) -> set[str]:
    """The content words of a memory text, cut to their first five letters ("learning", "learn" -> "learn")."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in ("their", "them", "they", "trying")}


#: A subjectless effort after a comma or "and", going on from what the user said before it.
#: A span of time a goal is set for.
_SPAN = re.compile(
    r"(?:this|next) (?:year|summer|spring|autumn|fall|winter)|by (?:summer|spring|autumn|fall|winter|20\d\d)"
)
_LATER = re.compile(
    r"(?:,|\s+and)\s+(?=(?:trying|tryna|working on|cutting (?:down|back) on|saving (?:up )?for)\b)", re.I
)


def _read(clause: str) -> Draft | None:
    text = _LEAD.sub("", clause.strip(), count=1)
    for pattern, repl in _SPELLINGS:
        text = pattern.sub(repl, text, count=1)
    for shape, word in _SHAPES:
        if (m := shape.match(text)) is not None:
            return word(m)
    return None


def _gerund(verb: str) -> str:
    """gerund() that doubles the end of a short verb ("tip" -> "tipping", "plan" -> "planning")."""
    low = verb.lower()
    if re.fullmatch(r"[^aeiou]{1,2}[aeiou][bdgmnprt]", low):
        return low + low[-1] + "ing"
    return gerund(low)
