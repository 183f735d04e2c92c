"""The time the user has: a short break, a work pattern, free time that recurs, a commute, days in the office.

- a short break or a daily budget: "I only have 20 minutes for lunch", "my lunch break is only 30 minutes", "I
  get about an hour a day", "I only have 30 minutes to cook" -> "Has only 20 minutes for lunch", "Lunch break is only
  30 minutes", "Has only an hour a day", "Has only 30 minutes to cook" (constraints; not "to cook tonight" or "to
  cook this stew");
- a work pattern: "I work 4 tens", "I work 4 days a week", "I work 12 hour shifts, three days a week", "I work 9 to 5"
  -> "Works 4 ten-hour days a week", "Works 4 days a week", "Works 12-hour shifts, three days a week", "Works 9 to 5"
  (facts);
- free time that recurs: "I have weekends free", "I'm free on Tuesday evenings", "my evenings are free after 7"
  -> "Has weekends free", "Is free on Tuesday evenings", "Has evenings free after 7" (facts); "I have no time on
  weekdays", "weekends are the only time I can cook properly" -> "Has no free time on weekdays", "Can only cook
  properly on weekends" (constraints);
- the only time the user can make: "I can only do weekends" -> "Is only available on weekends" (a constraint);
- a recurring time the user cannot make: "I'm busy Thursday nights", "Mondays are out for me" -> "Is not
  available on Thursday nights", "Is not available on Mondays" (constraints);
- a commute and days in the office: "I drive 40 minutes each way", "our company is going back to the office
  three days a week" -> "Drives 40 minutes each way", "Works in the office three days a week" (facts).

Called by :func:`agents.offline.work_tools.work_tools` on a statement clause (stripped, not a question) that no
tool rule read. Not a time said once ("I only have 20 minutes right now", "I'm free this Saturday", "I have 2
hours to kill", "I have an hour left"), nor free time that does not recur ("I'm free after the meeting").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.normalize import capitalize, join_text, third_person, third_singular
from agents.offline.work_words import LEAD as _LEAD
from agents.offline.work_words import ONCE as _ONCE
from agents.offline.work_words import said as _said
from memory.types import MemoryKind

_AMOUNT = r"\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty(?:-five)?|half an?|an?|a few|a couple of"
_UNIT = r"minutes?|mins?|hours?|hrs?|h"
_BREAK = r"lunch|lunch break|my lunch break|my break|breaks?|dinner"
#: What a daily span of time is for: "I only have 30 minutes to cook on weeknights".
_DAILY = r"cook|cook dinner|make dinner|make lunch|prep|meal prep|practice|exercise|work out|train|study|read"
_PER = r"a day|each day|per day|every day|on weeknights|most days|most nights|during the week|after work"
_TIME_LEAD = _LEAD + r"(?:(?:between|with|what with) [\w' ,]{3,40}?,?\s+|realistically,?\s+)?"
_BREAK_BUDGET = re.compile(
    _TIME_LEAD + r"(?:I|i)\s+(?:(?:only\s+|just\s+)?(?:have|get)|(?:don'?t|do not)\s+have\s+more than)\s+"
    rf"(?:only\s+|just\s+|about\s+|around\s+|maybe\s+)?(?P<n>{_AMOUNT})\s*(?P<u>{_UNIT})\b\s*(?P<rest>(?:for|at|on|"
    rf"during)\s+(?:{_BREAK})\b|(?:a|per|each|every) (?:day|week)\b|to (?:{_DAILY})(?:\s+(?:{_PER}))?"
    r"(?=\s*(?:[,.;!?]|$)|\s+(?:and|so|but)\b))",
    re.IGNORECASE,
)
_BREAK_IS = re.compile(
    _LEAD + r"my\s+(?P<what>lunch break|lunch|break|lunch hour|free time|study time|commute)\s+(?:is|'s)\s+"
    rf"(?P<only>only|just)\s+(?P<n>{_AMOUNT})\s*(?P<u>{_UNIT})\b",
    re.IGNORECASE,
)
_WORK_PATTERN = re.compile(
    _LEAD + r"(?:I|i)\s+(?:usually\s+|normally\s+|currently\s+|now\s+|only\s+)?work\s+(?P<what>(?:[1-6]|one|two|three|"
    r"four|five|six)\s+days\s+(?:a|per)\s+week|(?:four|4|three|3)\s+"
    r"(?:tens|10s|twelves|12s)|(?:\d+|twelve|ten|eight)[- ]h(?:ou)?r\s+shifts|(?:from\s+)?\d{1,2}(?::\d\d)?\s*"
    r"(?:am|pm)?\s*(?:to|-|till|until)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?|(?:monday|mon)\s*(?:to|-|through|thru)\s*"
    r"(?:friday|fri|thursday|saturday)|(?:every|most|all)\s+(?:weekend|"
    r"(?:satur|sun|mon|tues|wednes|thurs|fri)day)s?|(?:on\s+)?(?:weekends|(?:satur|sun|mon|tues|wednes|thurs|fri)days))"
    r"(?!\s+on\s+(?:my|the|it|a|our|this)\b)(?P<rest>[^.!?]*)",
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
#: "I barely have time to cook", "between the kids and work I never get time to exercise": a lasting lack.
_LITTLE_TIME = re.compile(
    _TIME_LEAD + r"(?:I|i)\s+(?P<how>barely|hardly|rarely|seldom|never|(?:don'?t|do not)(?:\s+really)?)\s+(?:have|get|"
    r"find)\s+(?:the\s+|any\s+|much\s+|enough\s+)?time\s+(?:to|for)\s+(?P<what>cook(?:ing)?(?: properly| dinner)?|"
    r"meal prep|exercise|work(?:ing)? out|the gym|go to the gym|read(?:ing)?|study(?:ing)?|practi[cs]e|hobbies|"
    rf"myself|breakfast|lunch|sleep)(?:\s+(?P<per>{_PER}))?\s*(?:[,.;!]|$|\s(?:and|so|but)\b)",
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
#: "I can only do weekends", "I can only make evenings": the only time the user can make (said of any plan).
_ONLY_DO = re.compile(
    _LEAD + r"(?:I|i)\s+(?:can|could)\s+only\s+(?:do|make|manage)\s+(?P<when>weekends|weekdays|evenings|mornings|"
    r"afternoons|nights|weeknights|(?:satur|sun|mon|tues|wednes|thurs|fri)days)\s*(?:[,.;!]|$|\s(?:and|so|but)\b)",
    re.IGNORECASE,
)
#: A recurring time the user cannot make: "I'm busy Thursday nights", "Mondays are out for me", "Tuesday evenings
#: are taken" (not "I'm busy this Thursday", "Monday is out": said once).
_DAY_SPAN = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days(?:\s+(?:evenings|nights|mornings|afternoons))?|(?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day\s+(?:evenings|nights|mornings|afternoons)|weekends|weeknights|weekday "
    r"(?:evenings|mornings|nights)|early mornings|late nights)"
)
_NO_GO = r"(?:don'?t|do not|never)\s+work"  # "weekends don't work for me"
_BUSY = re.compile(
    _LEAD + r"(?:(?:I|i)(?:'m|\s+am|m)\s+(?:usually\s+|normally\s+|always\s+)?(?:busy|unavailable|not free|not "
    rf"available|tied up|booked)\s+(?:on\s+|in the\s+|every\s+|most\s+)?(?P<when>{_DAY_SPAN})|(?P<when2>{_DAY_SPAN})"
    rf"\s+(?:(?:are|is)\s+(?:always\s+|usually\s+)?(?:out|taken|no good|bad|a no|off limits|impossible)|{_NO_GO})"
    rf"(?:\s+for me)?|(?P<when3>mornings|evenings|afternoons)\s+{_NO_GO}\s+for me)\s*$",
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


#: "I'm a nurse on nights", "im a security guard on night shifts": the job's hours, said after it.
_JOB_ON_NIGHTS = re.compile(
    _LEAD + r"(?:I'm|I am|im|i'm)\s+(?:an?\s+)(?:[\w-]+\s+){0,2}?[\w-]+\s+on\s+(?P<when>nights|night shifts?|"
    r"the night shift|nightshifts?|earlies|lates|rotating shifts)"
    r"(?=\s*(?:$|[,.;!]|\s+(?:so|and|but|at|in|for|now|lol|tbh|these days|right now|this year)\b))",
    re.IGNORECASE,
)


def job_hours(clause: str) -> list[Draft]:
    """ "Works nights" for "I'm a nurse on nights" (the job itself is the persona rules' to read), or []."""
    m = _JOB_ON_NIGHTS.match(clause)
    if m is None:
        return []
    when = re.sub(r"^the\s+", "", m.group("when").lower()).replace("nightshift", "night shift")
    when = {"night shift": "night shifts", "earlies": "early shifts", "lates": "late shifts"}.get(when, when)
    return [_said(f"Works {when}", MemoryKind.fact, "work schedule")]


def work_time(clause: str) -> list[Draft]:
    """What a statement clause says about the time the user has, or []."""
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
        what = re.sub(r"\b\w+day", lambda x: x.group(0).capitalize(), what)  # "every saturday" -> "every Saturday"
        days = _DAYS.match(m.group("rest"))
        text = join_text("Works", what + (f", {days.group('days')}" if days else ""))
        return [_said(text, MemoryKind.fact, "work schedule")]
    if hours := job_hours(clause):
        return hours
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
    if (m := _LITTLE_TIME.match(clause)) is not None:
        how = "no" if re.match(r"never|do", m.group("how"), re.I) and "really" not in m.group("how") else "little"
        what = re.sub(r"\bmyself\b", "themselves", m.group("what").lower())
        to = "for" if re.match(r"(?:the gym|hobbies|themselves|breakfast|lunch|sleep)$", what) else "to"
        text = join_text("Has", how, "time", to, what, (m.group("per") or "").lower())
        return [_said(text, MemoryKind.constraint, "time")]
    if (m := _OFFICE_DAYS.match(clause)) is not None:
        where = m.group("where").lower()
        n = m.group("n").lower()
        often = n if n in ("once", "twice") else f"{n} day{'' if n in ('1', 'one') else 's'}"
        text = join_text(
            "Works", "from" if where == "home" else "in" if where.startswith("the ") else "at", where, often, "a week"
        )
        return [_said(text, MemoryKind.fact, "work schedule")]
    if (m := _BUSY.match(clause)) is not None:
        when = (m.group("when") or m.group("when2") or m.group("when3")).lower()
        when = re.sub(r"\b\w+day", lambda x: x.group(0).capitalize(), when).replace("Weekday", "weekday")
        on = "in the" if when in ("mornings", "evenings", "afternoons") else "on"
        return [_said(f"Is not available {on} {when}", MemoryKind.constraint, "free time")]
    if (m := _ONLY_DO.match(clause)) is not None:
        return [_said(join_text("Is only available", _when(m.group("when"))), MemoryKind.constraint, "free time")]
    if (m := _ONLY_TIME.match(clause)) is not None:
        what = third_person(m.group("what").strip())
        return [_said(join_text("Can only", what, _when(m.group("when"))), MemoryKind.constraint, "time")]
    return []


def _unit(unit: str, n: str) -> str:
    low = unit.lower()
    plural = not re.fullmatch(r"(?:one|1|an?|half an?)", n.lower())
    base = "minute" if low.startswith("m") else "hour"
    return base + ("s" if plural else "")
