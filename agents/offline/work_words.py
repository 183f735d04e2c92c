"""The words the work rules share (:mod:`agents.offline.work_tools`, :mod:`agents.offline.work_time`).

- the lead words before a statement proper ("honestly, ", "for context: ", "but also "), and the words that make
  a thing one task's, not a standing practice ("for this script", "right now", "at the moment", "instead");
- a tool named at the start of an object, cut before what follows: "Jira so we can track bugs" -> "Jira", "Django
  and Postgres, because ..." -> "Django and Postgres", "a Square terminal" -> "a Square terminal", "toggl" ->
  "toggl" (a listed tool in any case, else a capitalised name); a tool that is listed or versioned ("Windows 7",
  "Office 2016"), for a verb that also takes a place;
- the place a statement holds for: "at work", "at the hospital" -> "at work"; "at home", "personally" -> "at
  home"; "in my classroom", "at uni" -> "at school"; and a tool's name as written back ("mac" -> "a Mac").

Refuses as a tool: an object that opens with no tool's name ("vacation in Spain"), a pronoun ("it", "this",
"them"), a capitalised word that is no tool ("Monday", "Christmas", "English"), more words than a name; as a
listed or versioned one, a name that is neither ("the Board", "Medicaid").
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import subject_key
from memory.types import MemoryKind, MemorySource

#: Harmless words before the statement proper.
LEAD = (
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
TOOL_WORD = r"(?:[A-Z][\w+#.-]*|[a-z]+[A-Z][\w+#.-]*|\d[\w.]*)"
#: What ends the named tool(s): a following clause, a reason, a time.
TAIL = re.compile(
    r"\s*(?:[,;:!?()]|\.(?:\s|$)|\s[-\u2013\u2014]\s|\s(?:so|because|since|but|though|although|which|and i|"
    r"and we|and it|and that|and my|and its|and it's|when|if|while|lol|haha|tho|now|these days|nowadays|"
    r"anyway|mostly|mainly|at (?:work|home|school|uni|(?:my|our|the) \w+)|for work|in (?:my|our) \w+|last|this|"
    r"since|recently|"
    r"(?:a|two|three|\d+) (?:years?|months?|weeks?) ago|every (?:day|year|week|month)|from|next|until|till)\b)",
    re.IGNORECASE,
)
#: The thing is for the task at hand, not a standing practice.
ONCE = re.compile(
    r"\b(?:for (?:this|that|now|the moment|today)|right now|today|tonight|this (?:time|week|once)|just now|"
    r"at the moment|currently trying|instead)\b",
    re.IGNORECASE,
)
WORK_PLACES = (
    r"company|firm|office|work|job|employer|workplace|department|dept|org|organi[sz]ation|agency|hospital|"
    r"clinic|practice|shop|store|lab|studio|restaurant|kitchen|warehouse|site|plant|factory|client|clients|"
    r"business|startup|team|group|school|classroom|district|university|uni|college|house|home|family|household"
)
PLACE_CONTEXT = {
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


def said(text: str, kind: MemoryKind, subject: str, context: str = "") -> Draft:
    return Draft(text, kind, subject_key(subject), EXPLICIT, MemorySource.explicit, context)


def place(text: str) -> str:
    """The place a statement holds for ("at work", "at home"), from the words of the clause."""
    m = _PLACE_PHRASE.search(text)
    if m is None:
        return ""
    if m.group("work"):
        return "at work"
    return "at home" if m.group("home") else "at school"


def tools(raw: str, max_words: int = 6) -> str | None:
    """The named tool(s) at the start of ``raw`` ("Jira", "Django and Postgres", "a Square terminal", "toggl"),
    cut before what follows; None when no tool is named."""
    text = TAIL.split(raw.strip(), maxsplit=1)[0].strip(" .!\"'")
    words = text.split()
    if not words or len(words) > max_words or re.search(r"\b(?:it|this|that|them|you|me|my|which|what)\b", text, re.I):
        return None
    first = re.sub(r"^(?:(?:a|an|the|some|an old|a new|an ancient|my|our)\s+)", "", text, flags=re.I)
    head = first.split()[0].strip(",") if first.split() else ""
    if not (re.fullmatch(TOOL_WORD, head) and not _NOT_A_TOOL.match(head)) and not _KNOWN_RE.match(first):
        return None  # the object must open with the tool's name: not "we're on vacation in Spain"
    return _CAPS_RE.sub(lambda w: _CAPS[w.group(0).lower()], text)


def known(tool: str) -> bool:
    """A tool of the list, or a name with a version number ("Office 2016", "Windows 7")."""
    first = re.sub(r"^(?:(?:a|an|the|some|an old|a new|an ancient)\s+)", "", tool, flags=re.I)
    return bool(_KNOWN_RE.match(first) or re.fullmatch(r"[A-Z][\w+#.-]*\s+\d[\w.]*", first))


_NAMES = {"mac": "a Mac", "pc": "a PC", "ios": "iOS", "macos": "macOS", "chromebook": "a Chromebook"}


def name(tool: str) -> str:
    low = tool.lower()
    if low in _NAMES:
        return _NAMES[low]
    return tool if any(c.isupper() for c in tool) else " ".join(w.capitalize() for w in tool.split())
