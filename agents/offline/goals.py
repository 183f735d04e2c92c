"""What the user is working towards, trying to do or values, said as a standing effort rather than a taste.

:func:`goals` tries each shape on the clause, in order: the efforts of :mod:`agents.offline.efforts` ("I'm trying
to cut back on sugar"), the goals read here, the values and practices of :mod:`agents.offline.values` ("privacy
matters a lot to me", "I try to buy local whenever I can"). Read here:

- a goal named as one: "my goal this year is to run a marathon", "My new year's resolution is to quit smoking",
  "This year I want to read 30 books" -> "Aims to run a marathon this year", "Aims to quit smoking";
- a wish to grow: "I want to get better at public speaking", "I really want to improve my drawing" -> "Wants to
  get better at public speaking", "Wants to improve their drawing";
- a mission or a saving goal: "I'm on a mission to get our household to zero waste", "we're saving for a house"
  -> "Is on a mission to ...", "Is saving for a house" (a fact);
- an effort after a comma: "im practicing guitar every day, trying to get better at barre chords".

Not a goal for the task at hand ("my goal for today is to clear my inbox", "My goal is to get this done by
Friday"), nor one the rules already read from the clause ("Is learning Spanish"), nor a habit in the past ("I
used to try to ..."). Questions, hypotheticals, sarcasm and other people's goals never reach here
(:mod:`agents.offline.reader` drops them, and every shape is read from the start of the clause, with the user or
no one as its subject).
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.drafts import said as _said
from agents.offline.efforts import EFFORTS
from agents.offline.efforts import ME_BE as _ME_BE
from agents.offline.efforts import TASKS as _TASKS
from agents.offline.efforts import clause_object as _object
from agents.offline.health import fact
from agents.offline.normalize import join_text, third_person
from agents.offline.values import PRACTICES, VALUES
from memory.types import MemoryKind

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
_MOMENT = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|weekend|week|time|once|trip|project|one|case|"
    r"task|call|meeting|conversation|chat|thread)|"
    r"at the moment for|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
    r"the end of the day|noon|eod)|before (?:the|my) (?:meeting|call|deadline|interview))\b",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"^(?:(?:one of )?(?:my|our)\s+(?:(?:main|big|biggest|only|personal|real|new|current|fitness|financial|"
    r"health|long-term|long term|top|number one|#1|one|new year'?s?|new-year'?s?|new years)\s+)*"
    r"(?P<noun>goals?|aims?|targets?|resolutions?|dreams?|ambitions?)"
    r"(?P<when>\s+(?:this year|for (?:this|the|next) year|for 20\d\d|"
    r"in 20\d\d|for the (?:summer|spring|autumn|fall|winter)|this (?:summer|spring|autumn|fall|winter)|right now|"
    r"at the moment|these days|for now|in life))?|(?P<year>this year|in 20\d\d|for 20\d\d|next year)\s*,?\s*(?:I|we)\s+"
    r"(?:really\s+)?(?:want|hope|plan|aim|intend|am going|'m going)\s*)\s+(?:is|are|'s)?\s*(?:to\s+)?(?P<obj>\S.*)",
    re.IGNORECASE,
)
_GROW = re.compile(
    r"^(?:I|we)(?:\s+|(?='d))(?:really\s+|also\s+|just\s+|badly\s+)?(?:want|would (?:really )?like|"
    r"'d (?:really )?like|'d love|would love|need|hope|am hoping|'m hoping)\s+(?:to\s+|(?=learn\s))(?:really\s+)?"
    r"(?P<what>get better at|learn(?=\s+(?!(?:how|about|more|what|why|which|where|when|who|whether|if|the|this|that|it|"
    r"from|a|an|some|something|anything|everything|all|what's|my|our)\b)[A-Za-z])"
    r"(?![^.!?]*\b(?:someday|some day|one day|eventually|in another life)\b)|"
    r"improve (?:my|our)|become (?:a|an) "
    r"(?:better|healthier|stronger|fitter|more)|be (?:more|less|a better|an? healthier|fitter|healthier|stronger)|"
    r"get (?:fitter|healthier|stronger|in shape|more organi[sz]ed|out of debt))(?:\s+(?P<obj>\S.*))?$",
    re.IGNORECASE,
)
#: A goal set for a year or an age, said after it: "I want to run a half marathon next year", "we plan to buy a
#: house in the next few years" (not "someday": the probes count "I'd like to live alone someday" as a daydream).
_SET_FOR = re.compile(
    r"^(?:I|we)\s+(?:really\s+|also\s+|still\s+)?(?:want|plan|am planning|'m planning)\s+to\s+"
    r"(?P<obj>[a-z][^,.;!?]{2,60}?)\s+(?P<when>this year|next year|by (?:the end of (?:the|this|next) year|20\d\d|"
    r"(?:the\s+|next\s+)?(?:summer|spring|autumn|fall|winter|christmas))|"
    r"in the (?:next|coming) (?:few )?years|before (?:I|i) turn \d{2})\s*(?:[,.;!?]|$)",
    re.IGNORECASE,
)
_MISSION = re.compile(
    rf"^{_ME_BE}on\s+(?:a|an|my)\s+(?P<what>(?:[\w-]+\s+){{0,2}}?(?:mission|quest|journey))(?:\s+to\s+(?P<obj>\S.*))?"
    r"\s*[.!]*$",
    re.IGNORECASE,
)
_SAVING = re.compile(
    rf"^(?:{_ME_BE}?(?:currently\s+|still\s+|also\s+|slowly\s+)?saving|(?:I|i)\s+(?:really\s+)?(?:want|need|"
    r"plan|hope|'m trying|am trying|'m planning|am planning)\s+to\s+save)\s+"
    r"(?:up\s+|hard\s+|every (?:penny|cent|dime)\s+|like crazy\s+)?for\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
#: "I'm paying off student loans", "still paying off my mortgage": a debt the user carries.
_PAYING_OFF = re.compile(
    rf"^{_ME_BE}?(?:currently\s+|still\s+|slowly\s+)?paying\s+off\s+(?P<obj>(?:my\s+|our\s+|a\s+|some\s+)?(?:[\w'-]+\s+)"
    r"{0,2}(?:loans?|debts?|mortgage|credit cards?|car|card|overdraft))\b(?!\s+(?:today|tonight|this|now)\b)",
    re.IGNORECASE,
)
#: "I still have about 8k on a credit card at 24%", "I have 20k in student loan debt", "I owe $3,000 on my card".
_DEBT = re.compile(
    r"^(?:I|i)\s+(?:still\s+)?(?:have|'ve got|have got|owe|carry)\s+(?P<amt>(?:about|around|roughly|like|over|"
    r"almost|nearly|close to)\s+)?(?P<num>[$\u00a3\u20ac]?\d[\d,.]*\s*(?:k|K|grand|thousand)?)\s+(?:"
    r"(?:(?:of|in)\s+)?(?P<what>(?:student(?:\s+loans?)?|credit[- ]card|car(?:\s+loan)?|medical|personal)\s+)?debt\b|"
    r"(?:left\s+)?on\s+(?:a|my|the|two|three|\d)\s+(?P<card>credit\s+cards?|cards?)\b)"
    r"(?:\s+at\s+(?P<rate>\d+(?:\.\d+)?\s*%))?"
)
#: A span of time a goal is set for.
_SPAN = re.compile(
    r"(?:this|next) (?:year|summer|spring|autumn|fall|winter)|by (?:summer|spring|autumn|fall|winter|20\d\d)"
)
#: A subjectless effort after a comma or "and", going on from what the user said before it.
_LATER = re.compile(
    r"(?:,|\s+and)\s+(?=(?:trying|tryna|working on|cutting (?:down|back) on|saving (?:up )?for)\b)", re.I
)


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


def _set_for(m: re.Match[str]) -> Draft | None:
    obj = _object(m.group("obj"))
    if obj is None or _TASKS.search(obj) or re.search(r"\b(?:this|that|it|these|those|book|order|buy a ticket)\b", obj):
        return None  # "I want to get this done this year", "I want to book a flight next year": a task
    when = re.sub(r"\bi\b", "they", m.group("when").lower())
    return _said(join_text("Aims to", obj, when), MemoryKind.preference, obj)


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


def _paying_off(m: re.Match[str]) -> Draft | None:
    return fact(join_text("Is paying off", third_person(m.group("obj"))), "debt", "finance")


def _debt(m: re.Match[str]) -> Draft | None:
    what = "credit card" if m.group("card") else re.sub(r"[\s-]+", " ", m.group("what") or "").strip().lower()
    rate = f"at {m.group('rate').replace(' ', '')}" if m.group("rate") else ""
    text = join_text("Has", (m.group("amt") or "").lower(), m.group("num").strip(), "of", what, "debt", rate)
    return fact(text, "debt", "finance")


#: The goal shapes read here, in the order they are tried.
_GOALS = (
    (_GOAL, _goal),
    (_GROW, _grow),
    (_SET_FOR, _set_for),
    (_MISSION, _mission),
    (_SAVING, _saving),
    (_PAYING_OFF, _paying_off),
    (_DEBT, _debt),
)
#: Every shape, in the order it is tried: efforts, goals, values, practices.
_SHAPES = (*EFFORTS, *_GOALS, *VALUES, *PRACTICES)


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


def _read(clause: str) -> Draft | None:
    text = _LEAD.sub("", clause.strip(), count=1)
    for pattern, repl in _SPELLINGS:
        text = pattern.sub(repl, text, count=1)
    for shape, word in _SHAPES:
        if (m := shape.match(text)) is not None:
            return word(m)
    return None
