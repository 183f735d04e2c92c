"""The user's work and tools: what they work with, and where.

- the tools, software, languages and platforms the user or their team works with: "we use Jira at work",
  "our team is on Slack", "we deploy to AWS", "the hospital uses Epic", "we're a React shop", "our stack is
  Django and Postgres" -> "Uses Jira [at work]", "Team uses Slack", "Deploys to AWS", "Uses Epic [at work]",
  "Works in a React shop", "Stack is Django and Postgres" (facts);
- a platform said for one place against another: "I'm on Windows at work but Mac at home" -> "Uses Windows [at
  work]" and "Uses a Mac [at home]" ("I'm on Windows at work" alone is for that place only: nothing; "I'm still
  on Windows 7 at home" is how things stand); a version they cannot leave: "I'm stuck on Python 3.8 at
  work" -> "Must use Python 3.8 [at work]" (a constraint);
- work done in a named tool: "I write everything in LaTeX", "i track my hours in toggl", "I shoot on a Canon
  R6" -> "Writes everything in LaTeX" (a fact); a device or program named as theirs: "my camera is a Sony
  a6400", "my daily driver is a ThinkPad running Arch" -> "Camera is a Sony a6400", "Uses a ThinkPad running
  Arch";
- then the time they have (:mod:`agents.offline.work_time`: "I only have 20 minutes for lunch", "I work 4 tens").

Read from the start of a statement clause (after a few harmless lead words), only when no other rule read
the clause. The object must open with a tool's name (a listed tool or a capitalised name,
:mod:`agents.offline.work_words`); where the verb also takes a place ("we're on", "we work in", "we moved to"),
only a listed tool or a versioned name counts ("we're on Medicaid", "We work in London" are none). Not a question
or a plan ("should we move to AWS", "if we used Kubernetes", "we could deploy to Azure"), not a tool for the task
at hand ("I'm using pandas for this script", "I have to use Excel for this report"), not someone else's ("my
husband uses Linux").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.normalize import capitalize, join_text, third_person, third_singular
from agents.offline.work_time import work_time
from agents.offline.work_words import LEAD as _LEAD
from agents.offline.work_words import ONCE as _ONCE
from agents.offline.work_words import PLACE_CONTEXT as _PLACE_CONTEXT
from agents.offline.work_words import TAIL as _TAIL
from agents.offline.work_words import TOOL_WORD as _TOOL_WORD
from agents.offline.work_words import WORK_PLACES as _WORK_PLACES
from agents.offline.work_words import known as _known
from agents.offline.work_words import name as _name
from agents.offline.work_words import place as _place
from agents.offline.work_words import said as _said
from agents.offline.work_words import tools as _tools
from memory.types import MemoryKind

# ---- the tools the user (or their team, their workplace) works with -------------------------------------
_GROUP = (
    r"(?P<who>we|we're|we are|were|our (?:whole |entire )?(?P<place>" + _WORK_PLACES + r")|my (?P<place2>"
    r"team|company|office|job|work|school|firm|department|employer)|the (?:whole |entire )?(?P<place3>"
    + _WORK_PLACES
    + r"))"
)
_GROUP_USE = re.compile(
    _LEAD
    + r"(?:(?P<where>at work|at the office|at my job|at (?:the|my|our) \w+|in (?:my|our|the) \w+),?\s+)?"
    + _GROUP
    + r"(?:'re|\s+(?:is|are))?\s+(?:all\s+|fully\s+|mostly\s+|mainly\s+|still\s+|now\s+|basically\s+)?"
    r"(?P<verb>uses?|on|runs? (?:everything |it all |entirely )?on|runs?|deploys? (?:everything |it all )?to|"
    r"deploys? on|hosts? (?:everything |it all )?on|hosts? with|works? in|builds? (?:everything )?(?:in|"
    r"with|on)|writes? (?:everything |all our code )?in|moved (?:over )?to|switched (?:over )?to|migrated to)"
    r"\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
_VERB_TEXT = ("deploy", "host", "run", "build", "write")


def _group_use(clause: str) -> list[Draft]:
    m = _GROUP_USE.match(clause)
    if m is None and (tail := re.match(r"[^,;]{3,60}[,;]\s+(?=we\b|our\b)", clause, re.I)) is not None:
        m = _GROUP_USE.match(clause[tail.end() :])  # "We're a small agency, we use Figma and Webflow"
        clause = clause[tail.end() :] if m is not None else clause
    if m is None or _ONCE.search(clause):
        return []
    tool = _tools(m.group("obj"))
    if tool is None:
        return []
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    if not re.match(r"(?:use|deploy|host|write)", verb) and not _known(tool):
        return []  # "we're on Medicaid", "we work in London", "we moved to Denver": no tool named
    if verb == "on" and not re.search(r"'re|\b(?:is|are)\b", m.group(0)[: m.start("verb")], re.I):
        return []  # "we on ..." is no statement
    rest = m.group("obj")[len(tool) :].strip(" ,")
    purpose = re.match(r"(?:for|as)\s+(?:(?:our|my|the|all|all of our|all our)\s+)?[\w' -]{2,30}?$", rest, re.I)
    place = (m.group("place") or m.group("place2") or m.group("place3") or "").lower()
    where = m.group("where") or ""
    context = _PLACE_CONTEXT.get(place, "at work") if place else _place(where or m.group(0))
    team = place == "team"
    head, _, more = verb.partition(" ")
    head = head[:-1] if head.endswith("s") and head[:-1] in (*_VERB_TEXT, "use") else head
    said = third_singular(head) + (f" {more}" if more else "") if head in _VERB_TEXT else "uses"
    text = join_text("Team" if team else "", said, third_person(tool))
    context = "" if team else context or _place(clause)
    if purpose and head not in _VERB_TEXT:
        text = join_text(text, third_person(purpose.group(0)))
    return [_said(text, MemoryKind.fact, tool, context)]


#: "we're a Microsoft shop", "we are a react + typescript shop".
_SHOP = re.compile(
    _LEAD + r"(?:we're|we are|were|i work (?:in|at|for))\s+(?:an?\s+)?(?:(?:pretty|very|total|full|100%)\s+)?"
    r"(?P<tool>[\w+#. -]{2,30}?)\s+(?P<kind>shop|house|company|team)\b(?!\s+(?:that|which|who|for|in)\b)",
    re.IGNORECASE,
)


def _shop(clause: str) -> list[Draft]:
    m = _SHOP.match(clause)
    if (
        m is None
        or m.group("kind").lower() != "shop"
        or re.fullmatch(r"(?:microsoft|apple|google|android)", m.group("tool").strip(), re.I)
    ):
        return []  # "we're a Microsoft shop": the household rule's "Uses Microsoft devices"
    tool = _tools(m.group("tool"))
    if tool is None:
        return []
    return [
        _said(join_text("Works in", "an" if tool[:1].lower() in "aeiou" else "a", tool, "shop"), MemoryKind.fact, tool)
    ]


#: "our stack is Django and Postgres", "our whole backend is Java 11 and Spring Boot".
_STACK = re.compile(
    _LEAD + r"(?:our|my|the)\s+(?:(?:whole|entire|main|tech|current)\s+)*(?P<what>stack|tech stack|backend|"
    r"frontend|infra|infrastructure|codebase|app|product|platform|pipeline|ci|data warehouse|warehouse|site|"
    r"website|cms|crm|erp|ehr|emr|pos|lms)\s+(?:is|are|runs on|is built (?:on|in|with)|is written in|"
    r"is all|lives in|is on|is hosted on)\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)


def _stack(clause: str) -> list[Draft]:
    m = _STACK.match(clause)
    if m is None or _ONCE.search(clause):
        return []
    tool = _tools(m.group("obj"))
    if tool is None or re.match(r"(?:down|slow|broken|old|new|a mess|messy|legacy)\b", tool, re.I):
        return []
    verb = clause[m.end("what") : m.start("obj")].strip().lower()
    what = m.group("what").lower()
    what = what.upper() if what in ("ci", "cms", "crm", "erp", "ehr", "emr", "pos", "lms") else what
    verb = "is" if verb in ("is", "are", "is all") else verb
    return [_said(join_text(capitalize(what), verb, third_person(tool)), MemoryKind.fact, tool)]


# ---- a platform for one place, a version they are stuck with --------------------------------------------
_PLATFORM = re.compile(
    _LEAD + r"(?P<where>(?:at work|at the office|at my job|at home|at school|for work),?\s+)?(?:I|i)(?:'m|\s+am|m)\s+"
    r"(?:still\s+|mostly\s+|only\s+)?(?P<stuck>stuck\s+(?:on|with)\s+|"
    r"(?:on|using)\s+)(?P<obj>\S.*)",
)
_MUST = re.compile(
    _LEAD
    + r"(?P<where>(?:at work|at the office|at my job|in my (?:company|job|team)),?\s+)?(?:[Ww]e|[Ii])\s+(?:still\s+)?"
    r"(?:must|have to|need to|are required to|am required to|are forced to|can only|are only allowed to)\s+use\s+"
    r"(?P<obj>\S.*)",
)


def _must(clause: str) -> list[Draft]:
    m = _MUST.match(clause)
    if m is None or _ONCE.search(clause) or (tool := _tools(m.group("obj"), max_words=4)) is None:
        return []
    rest = m.group("obj")[len(tool) :].strip(" ,")
    purpose = re.match(r"for (?:everything|all (?:of )?(?:our|my|the) [\w ]{2,20}|all of it)$", rest, re.I)
    text = join_text("Must use", _name(tool), purpose.group(0) if purpose else "")
    return [_said(text, MemoryKind.constraint, tool, _place(m.group("where") or rest))]


_BUT = re.compile(r",?\s*(?:but|and|while|whereas)\s+(?:(?:I'm|i'm|im|I am)\s+)?(?:on\s+)?(?P<obj>\S.*)$", re.I)


def _platform(clause: str) -> list[Draft]:
    m = _PLATFORM.match(clause)
    if m is None:
        return []
    stuck = m.group("stuck").lower().startswith("stuck")
    using = m.group("stuck").lower().startswith("using")
    obj = m.group("obj")
    tool = _tools(obj, max_words=4)
    if tool is None or not _known(tool):
        return []  # "I'm stuck on Chapter 3", "I'm on the Board at work": no tool named
    after = obj[len(tool) :]
    place = _place(m.group("where") or after.split(" but ")[0].split(" and ")[0])
    if not stuck and not place:
        return []  # "I'm on Android" is the platform rule's; "I'm using pandas" with no place is one task
    if _ONCE.search(clause) or (using and not stuck and not place):
        return []
    name = _name(tool)
    kind = MemoryKind.constraint if stuck else MemoryKind.fact
    out = [_said(join_text("Must use" if stuck else "Uses", name), kind, tool, place)]
    lasting = stuck or bool(re.search(r"\bstill\s+$", clause[: m.start("stuck")]))  # "I'm still on Windows 7"
    if (b := _BUT.search(after)) is not None and (other := _tools(b.group("obj"), max_words=4)) is not None:
        there = _place(b.group("obj")[len(other) :])
        if there and there != place:
            return [*out, _said(join_text("Uses", _name(other)), MemoryKind.fact, other, there)]
    if not lasting:
        return []  # "I'm on Windows at work" alone: for that place, not said as how things stand
    return out


# ---- work done in a named tool; a device named as theirs --------------------------------------------------
_DONE_IN = re.compile(
    _LEAD + r"(?:I|i)\s+(?:also\s+|still\s+|mostly\s+|mainly\s+|only\s+|usually\s+)?(?P<verb>write|do|draw|"
    r"design|track|keep|edit|make|record|mix|draft|plan|model|shoot|play|build|render|cut|animate|sketch|"
    r"draw up|lay out|take notes|manage|run|code|program|compose|produce|illustrate|book|schedule|invoice|"
    r"bill|file|budget|journal)\s+(?P<what>(?:(?:everything|all|all of|most|most of|my|our|the)\s+)*"
    r"[\w' -]{0,30}?\s*)(?P<prep>in|on|with|using|through|via)\s+(?P<obj>\S.*)",
)


def _done_in(clause: str) -> list[Draft]:
    m = _DONE_IN.match(clause)
    if m is None or _ONCE.search(clause):
        return []
    what = m.group("what").strip()
    if what and not re.match(r"(?:everything|all|most|my|our)\b", what, re.I):
        return []  # "I run it on ..." (a pronoun), "I do the dishes with ...": not their work in a tool
    tool = _tools(m.group("obj"), max_words=4)
    if tool is None or (
        m.group("prep").lower() == "on"
        and re.match(r"(?:a|an|the)\s+\w+\s*$", tool) is None
        and not re.search(_TOOL_WORD, tool)
    ):
        return []
    if re.match(r"(?:the\s+)?(?:morning|evening|weekend|train|bus|car|side|phone|computer|laptop)s?\b", tool, re.I):
        return []
    verb = m.group("verb").lower()
    return [
        _said(join_text(third_singular(verb), third_person(what), m.group("prep").lower(), tool), MemoryKind.fact, tool)
    ]


_DEVICE = re.compile(
    _LEAD + r"my\s+(?:(?:main|work|home|personal|only|current|old)\s+)*(?P<what>daily driver|main machine|"
    r"machine|computer|camera|editor|ide|text editor|browser|os|daw|setup|rig|drawing tablet|tablet|"
    r"e-reader|go-to (?:tool|app|editor))\s+(?:is|'s)\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)


def _device(clause: str) -> list[Draft]:
    m = _DEVICE.match(clause)
    if m is None or _ONCE.search(clause):
        return []
    obj = _TAIL.split(m.group("obj"), maxsplit=1)[0].strip(" .!")
    if (
        len(obj.split()) > 8
        or not re.search(_TOOL_WORD, obj)
        or re.match(r"(?:broken|dead|slow|old|down|acting|not|so|too|very|really|being|full|out)\b", obj, re.I)
    ):
        return []
    what = m.group("what").lower()
    if what in ("daily driver", "main machine", "machine", "editor", "text editor", "ide", "os", "browser", "daw"):
        return [_said(join_text("Uses", third_person(obj)), MemoryKind.fact, obj)]
    return [_said(join_text(capitalize(what), "is", third_person(obj)), MemoryKind.fact, obj)]


_NOT_A_STATEMENT = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|well|hmm|also)\W+)*(?:should|shall|could|would|will|can|may|might|must|do|does|"
    r"did|if|what if|when|"
    r"whether|whenever|how|why|what|which|is|are|unless|suppose|imagine)\b",
    re.IGNORECASE,
)
_ASKED = re.compile(r"\?\s*$")


def work_tools(clause: str) -> list[Draft]:
    """What a statement clause says about the tools the user works with and the time they have, or []."""
    text = clause.strip().rstrip(" .!")
    if not text or _ASKED.search(text) or _NOT_A_STATEMENT.match(text):
        return []
    for family in (_platform, _must, _group_use, _shop, _stack, _done_in, _device):
        if found := family(text):
            return found
    return work_time(text)
