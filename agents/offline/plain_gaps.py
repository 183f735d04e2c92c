"""Plain first-person statements of standing tastes and circumstances that the older rules passed over: what the
user loves or can't stand happening ("I hate it when people are late" -> Hates it when people are late), how many
brothers, sisters or children they have ("I have two sisters" -> Has two sisters), that they eat anything ("I eat
pretty much anything" -> Eats pretty much anything; not "anything with cheese"), where or when they are happiest
or at their best ("I'm happiest outdoors" -> Is happiest outdoors), their commute ("I have a long commute" -> Has a
long commute) and what sets them apart at home or work ("I'm the only one in my family who eats meat" -> Is the only
one in their family who eats meat).

Each shape is closed on the side that carries the meaning: "it when" needs a clause with its own subject that is
not the assistant or a pronoun for one event ("I love it when you do that", "I hate it when that happens"); a count
of relatives needs a number and a kin word; "happiest" needs a place, a company or a "when" clause, not a moment
("I'm happiest today"); a commute needs a length; "the only" needs a group of the user's ("in my family", "at
work"). Tried by :func:`agents.offline.persona.match_persona` after :mod:`agents.offline.usual`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.drafts import said as _said
from agents.offline.normalize import join_text, third_person
from agents.offline.rules import I_AM, I_SP, Rule
from memory.types import MemoryKind

#: Where a clause stops being about the statement itself.
_END = re.compile(r"\s+(?:so|but|because|since|though|which|unless|and i|and it)\b|[,;:!?]|\.(?:\s|$)", re.I)
#: A "when" clause about one event or about the assistant, not a standing pattern.
_ONE_EVENT = re.compile(
    r"(?:that|this|it|you|u)\b|(?:today|tonight|now|right now|yesterday|this time|just now)\b|.*\b(?:today|tonight|"
    r"right now|this time|just now|yesterday)\b",
    re.I,
)
#: A lead-in that turns "I love it when" into sarcasm ("wow,", "oh great,", "yeah,").
_MOCK_LEAD = re.compile(r"\b(?:wow|oh|ah|yay|great|sure|yeah|ugh|lol|haha|just|gotta|don't you)\b", re.I)
#: Something going wrong: loving it is sarcasm ("I love it when my train is cancelled").
_GOES_WRONG = re.compile(
    r"\b(?:drops?|dropped|crash(?:es|ed)?|breaks?|broke|fails?|failed|dies|died|freezes|froze|cancel(?:l?ed|s)?|late|"
    r"delayed|stuck|lost|spam|ignores?|ignored|rude|interrupts?|leaks?|lags?|buffers?|jams?|stops? working|"
    r"doesn't work|don't work|won't work|goes down|went down|rains? on my)\b",
    re.I,
)
_FEEL = {
    "hate": ("Hates", MemoryKind.dislike),
    "really hate": ("Really hates", MemoryKind.dislike),
    "absolutely hate": ("Absolutely hates", MemoryKind.dislike),
    "can't stand": ("Can't stand", MemoryKind.dislike),
    "cant stand": ("Can't stand", MemoryKind.dislike),
    "cannot stand": ("Can't stand", MemoryKind.dislike),
    "really can't stand": ("Really can't stand", MemoryKind.dislike),
    "really cant stand": ("Really can't stand", MemoryKind.dislike),
    "really cannot stand": ("Really can't stand", MemoryKind.dislike),
    "love": ("Loves", MemoryKind.preference),
    "really love": ("Really loves", MemoryKind.preference),
    "absolutely love": ("Absolutely loves", MemoryKind.preference),
}


def _cut(raw: str) -> str:
    return _END.split(raw, maxsplit=1)[0].strip()


def _it_when(m: re.Match[str]) -> Draft | None:
    what = _cut(m.group("what"))
    if _ONE_EVENT.match(what) or len(what.split()) < 2 or len(what.split()) > 12:
        return None
    feel = re.sub(r"\s+", " ", m.group("feel")).lower()
    head, kind = _FEEL[feel]
    if kind is MemoryKind.preference and (_MOCK_LEAD.search(m.string[: m.start()]) or _GOES_WRONG.search(what)):
        return None  # "wow, I absolutely love it when the wifi drops": sarcasm, not a taste
    return _said(join_text(head, "it when", third_person(what)), kind, what)


_COUNT = r"\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_KIN_ADJ = r"(?:(?:older|younger|big|little|baby|twin|grown|grown-up|adult|teenage|step|half)[- ]?\s*)*"
_KIN = (
    r"sisters?|brothers?|siblings?|step-?(?:sisters?|brothers?|sons?|daughters?|kids?)|half-?(?:sisters?|brothers?)|"
    r"sons?|daughters?|twins|twin (?:boys|girls|sons|daughters|sisters|brothers)|grandsons?|granddaughters?|"
    r"nieces?|nephews?"
)
_ONE_KIN = rf"(?:{_COUNT})\s+{_KIN_ADJ}(?:{_KIN})\b"


def _kin(m: re.Match[str]) -> Draft | None:
    rest = m.string[m.end() :]
    if re.match(r"\s*(?:who|that|which|in law|-in-law|of (?:a|my|your|his|her|their)|'s)\b", rest, re.I):
        return None  # "I have a sister who lives in Rome": about the sister
    what = re.sub(r"\s+", " ", m.group("kin")).strip()
    return _said(join_text("Has", third_person(what)), MemoryKind.fact, "family")


_STATE = r"happiest|most relaxed|most at home|most at ease|at my best|at my happiest|most myself|most productive"
_WHERE = re.compile(
    r"(?:outdoors|outside|in nature|at home|alone|on (?:my own|the water|a bike|a boat|stage|the road)|"
    r"(?:in|on|by|at|near|with|around|after|before|during|when|while|first thing)\b\s*\S.*)",
    re.I,
)


def _happiest(m: re.Match[str]) -> Draft | None:
    where = _cut(m.group("where"))
    if not _WHERE.fullmatch(where) or len(where.split()) > 10 or _ONE_EVENT.match(where):
        return None
    if re.search(r"\b(?:today|tonight|now|this (?:week|morning|evening|time)|right now|yesterday)\b", where, re.I):
        return None  # "I'm happiest today": once
    if re.match(r"(?:with|about)\s+(?:that|this|it|the (?:result|answer|outcome)|your)\b", where, re.I):
        return None  # "I'm happiest with that": a verdict on an answer
    state = third_person(re.sub(r"\s+", " ", m.group("state")).lower())
    where = re.sub(r"^when (?:i'm|i am)\s+", "when ", where, flags=re.I)  # "when I'm cooking" -> "when cooking"
    return _said(join_text("Is", state, third_person(where)), MemoryKind.preference, where)


def _commute(m: re.Match[str]) -> Draft | None:
    how = re.sub(r"\s+", " ", m.group("how")).strip().lower()
    tail = m.group("by") or ""
    what = re.sub(r"\s+", " ", m.group("what")).lower()  # "commute", "drive to work"
    return _said(join_text("Has", m.group("art").lower(), how, what, tail.lower()), MemoryKind.fact, "commute")


_GROUP = (
    r"(?:(?:in|of|at)\s+(?:my|our)\s+(?:family|house|household|home|office|team|class|group|friend group|circle|"
    r"friends|department|building|street|town|village|school|company|workplace|flat)|"
    r"at (?:work|home|school|the office))"
)


def _only_one(m: re.Match[str]) -> Draft | None:
    who = _cut(m.group("rest"))
    if len(who.split()) > 16:
        return None
    return _said(join_text("Is the only", third_person(who)), MemoryKind.fact, m.group("group"))


RULES = (
    Rule(  # "I hate it when people are late", "I can't stand it when meetings run over", "I love it when ..."
        "it_when",
        re.compile(
            rf"{I_SP}(?P<feel>(?:really\s+|absolutely\s+)?(?:hate|love|can't\s+stand|cant\s+stand|cannot\s+stand))"
            r"\s+it\s+when\s+(?P<what>\S.*)",
            re.I,
        ),
        _it_when,
    ),
    Rule(  # "I have two sisters", "I've got an older brother and twin daughters"
        "kin",
        re.compile(
            rf"(?:I|i)(?:'ve|\s+have)(?:\s+got)?\s+(?P<kin>{_ONE_KIN}(?:(?:,\s*|\s+and\s+|,\s+and\s+){_ONE_KIN})*)",
            re.I,
        ),
        _kin,
    ),
    Rule(  # "I'm happiest outdoors", "I'm at my best when I have a deadline", "I'm most relaxed in the garden"
        "happiest",
        re.compile(rf"{I_AM}(?:always\s+|usually\s+)?(?P<state>{_STATE})\s+(?P<where>\S.*)", re.I),
        _happiest,
    ),
    Rule(  # "I have a long commute", "I have a 90 minute commute by train", "I've got a 45 minute drive to work"
        "commute",
        re.compile(
            r"(?:I|i)(?:'ve|\s+have)(?:\s+got)?\s+(?P<art>a|an)\s+(?P<how>(?:(?:pretty|really|very|fairly|quite|"
            r"super|brutal|crazy)\s+)?(?:long|short|brutal|easy|awful|horrible|terrible|tiny|quick|"
            r"\d{1,3}[- ]?(?:minute|min|hour)s?|(?:one|two|three|half an?|an)[- ]hour(?:[- ]long)?|hour[- ]long|"
            r"(?:ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)[- ]minute))\s+(?P<what>commute|"
            r"(?:drive|ride|walk|train ride|bus ride|bike ride|cycle)\s+(?:to work|to the office|to school|each way))"
            r"(?P<by>\s+(?:by|on the|on)\s+(?:train|bus|bike|car|subway|tube|metro|ferry|foot))?\b",
            re.I,
        ),
        _commute,
    ),
    Rule(  # "I'm the only one in my family who eats meat", "I'm the only vegetarian in my family"
        "only_one",
        re.compile(
            rf"{I_AM}(?:literally\s+|basically\s+)?the\s+only\s+(?P<rest>(?:one|person|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
            rf"\s+(?P<group>{_GROUP})(?:\s+(?:who|that)\s+\S.*)?)",
            re.I,
        ),
        _only_one,
    ),
    Rule(  # "I eat pretty much anything", "I'll eat just about everything": no food the user turns down
        "eats_anything",
        re.compile(
            r"(?:I|i)(?:'ll|\s+will|\s+can)?\s+eat\s+(?P<how>(?:pretty much|just about|basically|literally|almost|"
            r"practically)\s+)?(?P<what>anything|everything)\b(?=\s*(?:[,.;!]|$|\s+(?:really|honestly|tbh|lol|so|and|"
            r"but|tbf)\b))",
            re.I,
        ),
        lambda m: _said(
            join_text("Eats", (m.group("how") or "").strip().lower(), m.group("what").lower()), MemoryKind.fact, "diet"
        ),
    ),
)
