"""How long and how often the user keeps a practice up, in shapes the hobby rules miss:

- a span said with "since" in non-native English, after or before the statement: "I knit since five years",
  "i travel around europe with my van since 2 years", "Since three years I brew my own beer" -> "Has been brewing
  their own beer for three years";
- a household's practice with "we've been ...ing ... for": "we've been homeschooling for about two years now",
  "So we've been full-timing in our Sprinter for 8 months" -> "Has been full-timing in their Sprinter for 8 months";
- an activity and its frequency with the "I" left out: "swim 3x a week at 6am", "Climb twice a week, mostly
  indoors" -> "Climbs twice a week".

Tried by :mod:`agents.offline.hobbies` on a statement clause no other rule read (questions and hypotheticals never
reach here). Not read: a span in weeks, days or hours ("I have this cough since two weeks", "we've been waiting
for 3 hours"), what passes or is only being tried ("we've been looking for a flat for 6 months", "I feel tired
since 2 years"), someone else ("my son swims since 3 years", "she runs 3x a week": no speaker or no bare verb),
a verb that asks something of the assistant ("send me tips twice a week" has no activity verb) and a span that
is not a count ("since years").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import gerund, join_text, subject_key, third_person, third_singular

_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|a couple of)"
_SPAN = rf"(?:(?:about|around|almost|nearly|over|like|roughly)\s+)?{_COUNT}\s+(?:years?|months?|decades?)"
#: Verbs whose "since" says how long a state or a search lasted, not a practice.
_NOT_PRACTICE = re.compile(
    r"^(?:have|has|had|am|is|are|was|feel|feels|wait|try|look|search|want|need|know|think|can|can't|cannot|don't|"
    r"do|did|didn't|get|got|suffer|struggle|deal|am not|hope|plan|keep trying|sleep|cough)\b",
    re.IGNORECASE,
)
#: A practice with a postposed non-native "since": "I knit since five years", "I make my own wine since 2 years".
_SINCE_AFTER_RE = re.compile(
    rf"^(?:(?:so|well|also|and|but|btw),?\s+)?(?:I|i)\s+(?:also\s+)?(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[\w'&.-]+){{0,7}}?)"
    rf"\s+since\s+(?P<span>{_SPAN})(?:\s+(?:now|already|or so))?(?=\s*(?:[,.;!]|$|\s(?:and|but|so)\b))",
    re.IGNORECASE,
)
#: The same with the span first: "Since two years I make my own wine in the garage".
_SINCE_BEFORE_RE = re.compile(
    rf"^since\s+(?P<span>{_SPAN}),?\s+(?:I|i)\s+(?:also\s+)?(?P<verb>[a-z]+)\b(?P<rest>(?:\s+[\w'&.-]+){{0,7}}?)"
    r"(?=\s*(?:[,.;!]|$|\s(?:and|but|so)\b))",
    re.IGNORECASE,
)
#: "we've been homeschooling for about two years now": a practice of the user's household.
_WE_FOR_RE = re.compile(
    rf"^(?:(?:so|well|and|but|yeah|ok|okay),?\s+)*(?:we've|we have|weve|we ve)\s+been\s+(?P<verb>[a-z][a-z-]+ing)\b"
    rf"(?P<rest>(?:\s+[\w'&.-]+){{0,5}}?)\s+for\s+(?P<span>{_SPAN})(?:\s+(?:now|already|or so))?"
    r"\s*(?:[.!,;]|$|\s(?:and|but|so)\b)",
    re.IGNORECASE,
)
#: What lasts only while it is sought or borne: no practice ("we've been waiting for 6 months").
_PASSING_ING = re.compile(
    r"^(?:waiting|trying|looking|searching|hunting|talking|discussing|thinking|planning|arguing|fighting|"
    r"struggling|dealing|going|getting|having|feeling|sitting|staying|saving up|paying|renting|renovating|"
    r"house-hunting|debating|considering)\b",
    re.IGNORECASE,
)
#: Activities a user names bare with how often they do them; none of them is asked of an assistant.
_ACTIVITY = (
    r"swim|run|jog|cycle|bike|ride|lift|train|climb|boulder|hike|walk|row|skate|surf|dance|spar|paddle|stretch|"
    r"meditate|practi[cs]e|skate|ski|box|golf|fish|sail|journal|knit|sew|paint|sketch|garden|volunteer"
)
_HOW_OFTEN = (
    r"(?:\d|one|two|three|four|five|six|seven)\s*(?:x|times)\s*(?:a|per|each|every)\s+(?:week|day|month)|"
    r"(?:once|twice)\s+(?:a|per|each|every)\s+(?:week|day|month)|every\s+(?:morning|day|evening|weekend|other day|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|daily|most days|(?:on\s+)?weekends"
)
_BARE_RE = re.compile(
    rf"^(?:(?:also|and|mostly|usually)\s+)?(?P<verb>{_ACTIVITY})\s+(?P<often>{_HOW_OFTEN})"
    r"(?=\s*(?:[,.;!]|$|\s(?:at|in|on|before|after|with|and|but|so|mostly|usually|for|around|near)\b))",
    re.IGNORECASE,
)
#: Where the user's free time goes: "I spend most weekends fixing up old motorbikes", "I spend my evenings gaming".
_SPEND_RE = re.compile(
    r"^(?:(?:so|well|also|and|but|honestly|basically),?\s+)*(?:I|i)\s+(?:usually\s+|still\s+|now\s+|mostly\s+)?"
    r"spend\s+(?P<when>(?:most|all|many|my|all my|most of my|half my|a lot of my|every)\s+(?:(?:free|spare)\s+)?"
    r"(?:weekends|evenings|nights|free time|spare time|summers|saturdays|sundays|mornings|holidays|time off|"
    r"days off|lunch breaks|weekend|evening|saturday|sunday|summer))\s+(?P<act>(?:[a-z]+ing)\b[^,;.!?]{0,50}?)"
    r"\s*(?:[,.;!]|$|\s(?:and|but|so|because)\b)",
    re.IGNORECASE,
)
_SPAN_WORD = re.compile(r"\b(?:years?|months?|decades?)\b", re.IGNORECASE)


def _span(raw: str) -> str:
    return re.sub(r"\s+", " ", raw).strip().lower()


def _ing(verb: str) -> str:
    """'knit' -> 'knitting' (a short verb ending vowel-consonant doubles it), 'make' -> 'making'."""
    low = verb.lower()
    return low + low[-1] + "ing" if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", low) else gerund(low)


def _since(clause: str) -> Draft | None:
    m = _SINCE_AFTER_RE.match(clause) or _SINCE_BEFORE_RE.match(clause)
    if m is None or _NOT_PRACTICE.match(m.group("verb")) or m.group("verb").lower().endswith(("ed", "ing")):
        return None
    rest = third_person(re.sub(r"\s+", " ", m.group("rest")).strip())
    if re.search(r"\b(?:this|these|that|today|yesterday|it)\b", rest, re.IGNORECASE):
        return None  # "I have this pain since 2 years", "I use it since years": not a practice of its own
    doing = f"{_ing(m.group('verb'))} {rest}".strip()
    return fact(f"Has been {doing} for {_span(m.group('span'))}", subject_key(doing), "hobbies")


def _we_for(clause: str) -> Draft | None:
    if (m := _WE_FOR_RE.match(clause)) is None or _PASSING_ING.match(m.group("verb")):
        return None
    rest = third_person(re.sub(r"\s+", " ", m.group("rest")).strip())
    doing = f"{m.group('verb').lower()} {rest}".strip()
    return fact(f"Has been {doing} for {_span(m.group('span'))}", subject_key(doing), None)


def _bare(clause: str) -> Draft | None:
    if (m := _BARE_RE.match(clause)) is None:
        return None
    often = re.sub(r"\s+", " ", m.group("often")).strip().lower()
    return fact(join_text(third_singular(m.group("verb").lower()).capitalize(), often), m.group("verb").lower(), None)


def _spend(clause: str) -> Draft | None:
    if (m := _SPEND_RE.match(clause)) is None or _PASSING_ING.match(m.group("act")):
        return None
    act = third_person(re.sub(r"\s+", " ", m.group("act")).strip())
    return fact(join_text("Spends", third_person(m.group("when").lower()), act), subject_key(act), None)


def kept_up(clause: str) -> Draft | None:
    """How long or how often ``clause`` (a statement) says the user keeps a practice up, or None."""
    text = clause.strip()
    for shape in (_since, _we_for, _bare, _spend):
        if (draft := shape(text)) is not None:
            return draft
    return None
