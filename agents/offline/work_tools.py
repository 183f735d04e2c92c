"""The user's work, tools and time: what they work with, where, and how much time they have.

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
- time: a short break ("I only have 20 minutes for lunch", "my lunch break is only 30 minutes"), a work
  pattern ("I work 4 tens", "I work 12 hour shifts, three days a week", "I work 9 to 5"), free time that
  recurs ("I have weekends free", "I'm free on Tuesday evenings", "I have no time on weekdays", "weekends are
  the only time I can cook properly", "our company is going back to the office three days a week") ->
  constraints for a limit, facts for a pattern.

Read from the start of a statement clause (after a few harmless lead words), only when no other rule read
the clause. The object must open with a tool's name (a listed tool or a capitalised name); where the verb also
takes a place ("we're on", "we work in", "we moved to"), only a listed tool or a versioned name counts ("we're
on Medicaid", "We work in London" are none). Not a question or a plan ("should we move to AWS", "if we used
Kubernetes", "we could deploy to Azure"), not a tool for the task at hand ("I'm using pandas for this
script", "I have to use Excel for this report"), not someone else's ("my husband uses Linux"), not a time said
once ("I only have 20 minutes right now", "I'm free this Saturday", "I have 2 hours to kill").
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import capitalize, join_text, subject_key, third_person, third_singular
from memory.types import MemoryKind, MemorySource

#: Harmless words before the statement proper.
_LEAD = (
    r"^(?:(?:honestly|tbh|personally|frankly|basically|and|but|so|also|well|ok|okay|yeah|plus|fyi|btw|ugh|"
    r"sadly|unfortunately|annoyingly|currently|just so you know|for context|for reference|context|background)"
    r"\b[,:]?\s+)*"
)
#: Tools written in lower case as often as not (a capitalised name counts without being listed; a name that is
#: also a common word, "Word", "Go", "Epic", "Square", only capitalised).
_KNOWN = (
    r"excel|powerpoint|outlook|slack|discord|zoom|jira|confluence|trello|asana|notion|obsidian|latex|"
    r"overleaf|vim|neovim|emacs|vs ?code|vscode|intellij|pycharm|xcode|eclipse|git|github|gitlab|"
    r"bitbucket|docker|kubernetes|k8s|terraform|aws|azure|gcp|heroku|vercel|netlify|linux|ubuntu|debian|"
    r"fedora|windows|mac|macos|ios|android|chromebook|python|java|javascript|typescript|rust|golang|ruby|"
    r"rails|php|perl|scala|kotlin|c\+\+|c#|\.net|matlab|stata|spss|sql|postgres|postgresql|mysql|sqlite|"
    r"mongodb|mongo|redis|snowflake|dbt|airflow|tableau|power ?bi|django|flask|fastapi|react|vue|angular|"
    r"svelte|next\.?js|wordpress|shopify|squarespace|wix|salesforce|hubspot|sap|quickbooks|xero|toggl|"
    r"figma|canva|photoshop|lightroom|illustrator|indesign|premiere|after effects|final cut|davinci|"
    r"blender|unreal|autocad|revit|solidworks|fusion 360|sketchup|ableton|pro tools|fl studio|procreate|"
    r"scrivener|google docs|google sheets|google classroom|moodle|blackboard|cerner|gmail|"
    r"internet explorer|lotus notes|thinkpad|macbook(?: air| pro)?|imac|ipad|iphone|kindle|xero|webflow|"
    r"airtable|zapier|dropbox|onedrive|sharepoint|google workspace|g suite|gsuite|office 365|microsoft 365|m365|"
    r"microsoft office|ms office|libreoffice"
)
_KNOWN_RE = re.compile(rf"(?:{_KNOWN})(?![\w+#-])", re.IGNORECASE)
_CAPS = {"aws": "AWS", "gcp": "GCP", "sap": "SAP", "sql": "SQL", "ios": "iOS", "macos": "macOS", "latex": "LaTeX"}
_CAPS_RE = re.compile(r"\b(?:aws|gcp|sap|sql|ios|macos|latex)\b")
#: Capitalised words that are no tool.
_NOT_A_TOOL = re.compile(
    r"(?:I|I'm|The|A|An|My|Our|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Christmas|English|It|This|That)$"
)
_TOOL_WORD = r"(?:[A-Z][\w+#.-]*|[a-z]+[A-Z][\w+#.-]*|\d[\w.]*)"
#: What ends the named tool(s): a following clause, a reason, a time.
_TAIL = re.compile(
    r"\s*(?:[,;:!?()]|\.(?:\s|$)|\s[-\u2013\u2014]\s|\s(?:so|because|since|but|though|although|which|and i|"
    r"and we|and it|and that|and my|and its|and it's|when|if|while|lol|haha|tho|now|these days|nowadays|"
    r"anyway|mostly|mainly|at (?:work|home|school|uni|(?:my|our|the) \w+)|for work|in (?:my|our) \w+|last|this|"
    r"since|recently|"
    r"(?:a|two|three|\d+) (?:years?|months?|weeks?) ago|every (?:day|year|week|month)|from|next|until|till)\b)",
    re.IGNORECASE,
)
#: The thing is for the task at hand, not a standing practice.
_ONCE = re.compile(
    r"\b(?:for (?:this|that|now|the moment|today)|right now|today|tonight|this (?:time|week|once)|just now|"
    r"at the moment|currently trying|instead)\b",
    re.IGNORECASE,
)
_WORK_PLACES = (
    r"company|firm|office|work|job|employer|workplace|department|dept|org|organi[sz]ation|agency|hospital|"
    r"clinic|practice|shop|store|lab|studio|restaurant|kitchen|warehouse|site|plant|factory|client|clients|"
    r"business|startup|team|group|school|classroom|district|university|uni|college|house|home|family|household"
)
_PLACE_CONTEXT = {
    "school": "at school",
    "classroom": "at school",
    "district": "at school",
    "university": "at university",
    "uni": "at university",
    "college": "at college",
    "house": "at home",
    "home": "at home",
    "family": "at home",
    "household": "at home",
}
_PLACE_PHRASE = re.compile(
    r"\b(?:(?P<work>at work|for work|at the office|at my job|at (?:the|my|our) (?:company|firm|shop|store|"
    r"hospital|clinic|practice|lab|studio|restaurant|office|job))|(?P<home>at home|for personal stuff|"
    r"personally)|(?P<school>at school|in (?:my|our|the) classroom|at uni|at university|at college))\b",
    re.IGNORECASE,
)


def _said(text: str, kind: MemoryKind, subject: str, context: str = "") -> Draft:
    return Draft(text, kind, subject_key(subject), EXPLICIT, MemorySource.explicit, context)


def _place(text: str) -> str:
    """The place a statement holds for ("at work", "at home"), from the words of the clause."""
    m = _PLACE_PHRASE.search(text)
    if m is None:
        return ""
    if m.group("work"):
        return "at work"
    return "at home" if m.group("home") else "at school"


def _tools(raw: str, max_words: int = 6) -> str | None:
    """The named tool(s) at the start of ``raw`` ("Jira", "Django and Postgres", "a Square terminal", "toggl"),
    cut before what follows; None when no tool is named."""
    text = _TAIL.split(raw.strip(), maxsplit=1)[0].strip(" .!\"'")
    words = text.split()
    if not words or len(words) > max_words or re.search(r"\b(?:it|this|that|them|you|me|my|which|what)\b", text, re.I):
        return None
    first = re.sub(r"^(?:(?:a|an|the|some|an old|a new|an ancient|my|our)\s+)", "", text, flags=re.I)
    head = first.split()[0].strip(",") if first.split() else ""
    if not (re.fullmatch(_TOOL_WORD, head) and not _NOT_A_TOOL.match(head)) and not _KNOWN_RE.match(first):
        return None  # the object must open with the tool's name: not "we're on vacation in Spain"
    return _CAPS_RE.sub(lambda w: _CAPS[w.group(0).lower()], text)


def _known(tool: str) -> bool:
    """A tool of the list, or a name with a version number ("Office 2016", "Windows 7")."""
    first = re.sub(r"^(?:(?:a|an|the|some|an old|a new|an ancient)\s+)", "", tool, flags=re.I)
    return bool(_KNOWN_RE.match(first) or re.fullmatch(r"[A-Z][\w+#.-]*\s+\d[\w.]*", first))


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
        or re.match(r"(?:microsoft|apple|google|android)\b", m.group("tool"), re.I)
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


_NAMES = {"mac": "a Mac", "pc": "a PC", "ios": "iOS", "macos": "macOS", "chromebook": "a Chromebook"}


def _name(tool: str) -> str:
    low = tool.lower()
    if low in _NAMES:
        return _NAMES[low]
    return tool if any(c.isupper() for c in tool) else " ".join(w.capitalize() for w in tool.split())


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


# ---- time ------------------------------------------------------------------------------------------------
_AMOUNT = r"\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty(?:-five)?|half an?|an?|a few|a couple of"
_UNIT = r"minutes?|mins?|hours?|hrs?|h"
_BREAK = r"lunch|lunch break|my lunch break|my break|breaks?|dinner"
_TIME_LEAD = _LEAD + r"(?:(?:between|with|what with) [\w' ,]{3,40}?,?\s+|realistically,?\s+)?"
_BREAK_BUDGET = re.compile(
    _TIME_LEAD + r"(?:I|i)\s+(?:only\s+|just\s+)?(?:have|get)\s+(?:only\s+|just\s+|about\s+|around\s+|maybe\s+)?"
    rf"(?P<n>{_AMOUNT})\s*(?P<u>{_UNIT})\b\s*(?P<rest>(?:for|at|on|during)\s+(?:{_BREAK})|a day|per day|"
    r"each day|every day|a week|per week)\b",
    re.IGNORECASE,
)
_BREAK_IS = re.compile(
    _LEAD + r"my\s+(?P<what>lunch break|lunch|break|lunch hour|free time|study time|commute)\s+(?:is|'s)\s+"
    rf"(?P<only>only|just)\s+(?P<n>{_AMOUNT})\s*(?P<u>{_UNIT})\b",
    re.IGNORECASE,
)
_WORK_PATTERN = re.compile(
    _LEAD + r"(?:I|i)\s+(?:usually\s+|normally\s+|currently\s+|now\s+)?work\s+(?P<what>(?:four|4|three|3)\s+"
    r"(?:tens|10s|twelves|12s)|(?:\d+|twelve|ten|eight)[- ]h(?:ou)?r\s+shifts|(?:from\s+)?\d{1,2}(?::\d\d)?\s*"
    r"(?:am|pm)?\s*(?:to|-|till|until)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?)(?P<rest>[^.!?]*)",
    re.IGNORECASE,
)
_DAYS = re.compile(
    r",?\s*(?P<days>(?:(?:\d|one|two|three|four|five|six)\s+days\s+a\s+week)|(?:monday|mon)\s*(?:to|-|through|"
    r"thru)\s*(?:friday|fri|thursday|thurs|saturday|sat)|on weekdays|weekdays)\b",
    re.IGNORECASE,
)
_SPAN = (
    r"weekends|weekdays|evenings|mornings|nights|afternoons|sundays|saturdays|mondays|tuesdays|wednesdays|"
    r"thursdays|fridays|summers|holidays"
)
_FREE = re.compile(
    _LEAD
    + r"(?:I|i)\s+(?:usually\s+|normally\s+|only\s+)?(?:have|get)\s+(?P<only>only\s+)?(?P<span>"
    + _SPAN
    + r"|(?:my\s+)?(?:evenings|weekends)|(?:\w+day)s?\s+and\s+\w+days?)\s+(?P<how>free|off)\b",
    re.IGNORECASE,
)
_FREE_ON = re.compile(
    _LEAD + r"(?:I|i)(?:'m|\s+am|m)\s+(?:usually\s+|normally\s+|only\s+)?(?P<how>free|available|off)\s+"
    r"(?P<when>(?:on|in|at|during|most|every|after|before)\s+[\w ]{2,40}?)\s*$",
    re.IGNORECASE,
)
_SPAN_FREE = re.compile(
    _LEAD + r"my\s+(?P<span>" + _SPAN + r")\s+are\s+(?:usually\s+|mostly\s+|pretty\s+)?(?P<how>free|open)"
    r"(?P<when>\s+(?:after|before|from|until)\s+[\w: ]{1,12}?)?\s*$",
    re.IGNORECASE,
)
_COMMUTE = re.compile(
    _LEAD + r"(?:I|i)\s+(?:usually\s+|normally\s+)?(?P<verb>drive|commute|ride|bike|cycle|walk|take the (?:train|"
    rf"bus|tube|subway|metro|ferry))\s+(?:about\s+|around\s+|like\s+)?(?P<n>{_AMOUNT})\s*(?P<u>{_UNIT})\b\s+"
    r"(?P<way>each way|one way|every day|a day|to work|to the office|to school)(?P<rest>(?:\s+to (?:work|the office|"
    r"school))?)",
    re.IGNORECASE,
)
_NO_TIME = re.compile(
    _LEAD + r"(?:I|i)\s+(?:have|get|got)\s+(?P<how>no|very little|little|barely any|hardly any|almost no|zero)\s+"
    r"(?:free\s+|spare\s+)?time\s+(?P<when>(?:on|during|in|at|after|before)\s+[\w ]{2,30}?)\s*$",
    re.IGNORECASE,
)
_ONLY_TIME = re.compile(
    _LEAD + r"(?P<when>weekends|weekdays|evenings|mornings|nights|sundays|saturdays|lunch|my lunch break|"
    r"the weekend|early mornings|late nights)\s+(?:is|are)\s+(?:really\s+)?the only time\s+(?:I|i)\s+"
    r"(?:can|get to|have time to)\s+(?P<what>[^,.;!?]{2,40})",
    re.IGNORECASE,
)
_OFFICE_DAYS = re.compile(
    _LEAD + r"(?:(?:I|i)(?:'m|\s+am|m)?|we(?:'re|\s+are)?|our (?:company|office|team|firm|employer)(?:'s|\s+is)?|"
    r"my (?:company|job|work|employer)(?:'s|\s+is)?|work(?:'s|\s+is)?)\s+(?:now\s+|currently\s+|usually\s+|"
    r"only\s+|going\s+|coming\s+|getting\s+)?(?:back\s+)?(?:(?:go|going|come|coming|went)\s+(?:back\s+)?|"
    r"(?:work|working)\s+|return(?:ing)?\s+)?(?:in|into|to|from|at)\s+(?P<where>the office|home|the site|site|"
    r"the hospital|the lab|the studio|campus)\s+(?:only\s+)?(?P<n>\d|one|two|three|four|five|once|twice)"
    r"(?:\s+days?|\s+times?)?\s+(?:a|per|each|every)\s+week\b",
    re.IGNORECASE,
)
_WHEN_PREP = {"lunch": "at lunch", "my lunch break": "on their lunch break", "the weekend": "at the weekend"}
_RECURRING_SPAN = re.compile(rf"\b(?:{_SPAN}|every \w+|each \w+|after work|after the kids|most \w+)\b", re.IGNORECASE)


def _when(span: str) -> str:
    low = span.lower()
    if low in _WHEN_PREP:
        return _WHEN_PREP[low]
    if low.endswith(("mornings", "evenings", "afternoons", "nights")):
        return f"in the {low}" if not low.startswith(("early", "late")) else low
    return f"on {low.capitalize() if low.endswith('days') and low != 'weekdays' else low}"


def _time(clause: str) -> list[Draft]:
    if _ONCE.search(clause) or re.search(r"\b(?:this|next|tomorrow|to kill|left)\b", clause, re.I):
        return []
    if (m := _BREAK_BUDGET.match(clause)) is not None:
        rest = re.sub(r"\s+", " ", m.group("rest").lower())
        rest = re.sub(r"\bmy\b", "their", rest)
        amount = f"{m.group('n')} {_unit(m.group('u'), m.group('n'))}"
        return [_said(join_text("Has only", amount, rest), MemoryKind.constraint, "time")]
    if (m := _BREAK_IS.match(clause)) is not None:
        amount = f"{m.group('n')} {_unit(m.group('u'), m.group('n'))}"
        kind = MemoryKind.fact if m.group("what").lower() == "commute" else MemoryKind.constraint
        return [_said(join_text(capitalize(m.group("what").lower()), "is only", amount), kind, "time")]
    if (m := _WORK_PATTERN.match(clause)) is not None:
        what = re.sub(r"\s+", " ", m.group("what").strip())
        what = re.sub(
            r"^(four|4|three|3)\s+(?:tens|10s)$", lambda x: f"{x.group(1)} ten-hour days a week", what, flags=re.I
        )
        what = re.sub(
            r"^(four|4|three|3)\s+(?:twelves|12s)$", lambda x: f"{x.group(1)} twelve-hour days a week", what, flags=re.I
        )
        what = re.sub(r"^(\d+|twelve|ten|eight)[- ]h(?:ou)?r\s+shifts$", r"\1-hour shifts", what, flags=re.I)
        what = re.sub(r"^from\s+", "", what, flags=re.I)
        days = _DAYS.match(m.group("rest"))
        text = join_text("Works", what + (f", {days.group('days')}" if days else ""))
        return [_said(text, MemoryKind.fact, "work schedule")]
    if (m := _FREE.match(clause)) is not None:
        span = re.sub(r"^my\s+", "", m.group("span").lower())
        only = "only " if m.group("only") else ""
        kind = MemoryKind.constraint if only else MemoryKind.fact
        return [
            _said(
                join_text(f"{capitalize(only)}has" if only else "Has", span, m.group("how").lower()), kind, "free time"
            )
        ]
    if (m := _FREE_ON.match(clause)) is not None and _RECURRING_SPAN.search(m.group("when")):
        return [_said(join_text("Is", m.group("how").lower(), m.group("when")), MemoryKind.fact, "free time")]
    if (m := _SPAN_FREE.match(clause)) is not None:
        return [
            _said(
                join_text("Has", m.group("span").lower(), "free", m.group("when") or ""), MemoryKind.fact, "free time"
            )
        ]
    if (m := _COMMUTE.match(clause)) is not None:
        amount = f"{m.group('n')} {_unit(m.group('u'), m.group('n'))}"
        text = join_text(third_singular(m.group("verb").lower()), amount, m.group("way").lower(), m.group("rest"))
        return [_said(text, MemoryKind.fact, "commute")]
    if (m := _NO_TIME.match(clause)) is not None:
        return [
            _said(
                join_text("Has", m.group("how").lower(), "free time", m.group("when")),
                MemoryKind.constraint,
                "free time",
            )
        ]
    if (m := _OFFICE_DAYS.match(clause)) is not None:
        where = m.group("where").lower()
        n = m.group("n").lower()
        often = n if n in ("once", "twice") else f"{n} day{'' if n in ('1', 'one') else 's'}"
        text = join_text(
            "Works", "from" if where == "home" else "in" if where.startswith("the ") else "at", where, often, "a week"
        )
        return [_said(text, MemoryKind.fact, "work schedule")]
    if (m := _ONLY_TIME.match(clause)) is not None:
        what = third_person(m.group("what").strip())
        return [_said(join_text("Can only", what, _when(m.group("when"))), MemoryKind.constraint, "time")]
    return []


def _unit(unit: str, n: str) -> str:
    low = unit.lower()
    plural = not re.fullmatch(r"(?:one|1|an?|half an?)", n.lower())
    base = "minute" if low.startswith("m") else "hour"
    return base + ("s" if plural else "")


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
    for family in (_platform, _must, _group_use, _shop, _stack, _done_in, _device, _time):
        if found := family(text):
            return found
    return []
