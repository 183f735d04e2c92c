"""How the user lives, said with "I" (issue 13, session 15; tried with the life-event rules): how they get to work or
school ("I walk to work": Walks to work, "I take the bus everywhere"), what they earn ("I make about 3k a month":
Earns about 3k a month, "I get paid every two weeks"), who they live with ("I live alone", "I share a room with my
brother", "I'm the caregiver for my mum"), their days ("I'm on my feet all day", "I spend my days drawing blood at a
clinic", "I only have Saturday mornings": Only has Saturday mornings free, "I travel a lot"), goals and training
("I'm trying to lose weight", "I'm training for my first marathon"), how long they have done their work ("I've been
a nurse for 10 years"), where they grew up ("I grew up watching Sailor Moon"), groups and budgets ("I'm in a book
club", "I'm on a student budget", "I'm 8 months sober"). Not a one-off ("I walked to work today") or what is over
("I used to work nights").
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, subject_key, third_person
from agents.offline.rules import I_AM, I_HAVE, I_SP, Rule
from memory.types import MemoryKind

#: Words that make what is said a one-off or a thing of the past.
_ONCE = (
    r"today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|week|weekend|time)|right now|for once|"
    r"last (?:night|week|time)|again|anymore|any more|these days|at the moment"
)
ONCE_RE = re.compile(rf"\b(?:{_ONCE})\b", re.IGNORECASE)
TAIL_END = re.compile(
    r"\s*(?:[,;:!?(]|\.(?:\s|$)|\s(?:so|but|because|since|though|and|which|who|when|while|if|or)\s)", re.IGNORECASE
)


def tail(rest: str, max_words: int = 8) -> str:
    words = TAIL_END.split(rest, maxsplit=1)[0].split()
    return " ".join(words[:max_words]) if len(words) <= max_words else ""


def _lasting(m: re.Match[str]) -> bool:
    return not ONCE_RE.search(m.group(0)) and not ONCE_RE.search(tail(m.string[m.end() :]))


def _commute(m: re.Match[str]) -> Draft | None:
    if not _lasting(m):
        return None
    how = re.sub(r"\s+", " ", m.group("how").lower())
    how = {"walk": "Walks", "bike": "Bikes", "cycle": "Cycles", "drive": "Drives", "run": "Runs"}.get(how) or (
        "Takes " + re.sub(r"^take\s+", "", how)
    )
    return fact(join_text(how, m.group("where").lower()), "commute", "work")


def _earns(m: re.Match[str]) -> Draft | None:
    if not _lasting(m):
        return None
    amount = re.sub(r"\s+", " ", m.group("amount")).strip()
    return fact(join_text("Earns", amount, m.group("per").lower()), "income", "finance")


def _paid(m: re.Match[str]) -> Draft | None:
    return fact(join_text("Gets paid", m.group("when").lower()), "pay schedule", "finance")


def _lives(m: re.Match[str]) -> Draft | None:
    if not _lasting(m):
        return None
    who = third_person(re.sub(r"\s+", " ", m.group("who")).lower())
    return fact(join_text("Lives", "alone" if who in ("alone", "on their own", "by themselves") else who), "home", None)


def _shares(m: re.Match[str]) -> Draft | None:
    if not _lasting(m):
        return None
    return fact(join_text("Shares", m.group("what").lower(), "with", third_person(m.group("who"))), "home", None)


def _caregiver(m: re.Match[str]) -> Draft | None:
    who = tail(m.group("who"), 5)
    return (
        None
        if not who
        else fact(join_text("Is the", m.group("role").lower(), "for", third_person(who)), "care", "family")
    )


def _on_feet(m: re.Match[str]) -> Draft | None:
    return None if not _lasting(m) else fact("Is on their feet all day", "work", "work")


def _days(m: re.Match[str]) -> Draft | None:
    """ "I spend my days drawing blood from cats and dogs at a clinic": what fills the user's working days."""
    what = re.split(
        r"\s*(?:[,;:!?(]|\.(?:\s|$)|\s(?:so|but|because|since|though|which|when|while|if)\s)", m.group("what")
    )[0]
    if not _lasting(m) or len(what.split()) > 12:
        return None
    return fact(join_text("Spends their", m.group("when").lower(), third_person(what)), "work", "work")


def _goal(m: re.Match[str]) -> Draft | None:
    what = tail(m.group("what"), 6)
    if not what or not _lasting(m):
        return None
    return fact(join_text("Is trying to", third_person(what)), subject_key(what), "health")


def _training(m: re.Match[str]) -> Draft | None:
    what = tail(m.group("what"), 8)
    return None if not what else fact(join_text("Is training for", third_person(what)), "training", "fitness")


def _rents(m: re.Match[str]) -> Draft | None:
    what = tail(m.group("what") or "", 8)
    return fact(join_text("Rents", third_person(what) if what else "their home"), "home", None)


def _been(m: re.Match[str]) -> Draft | None:
    how_long = re.sub(r"^(?:like|about|around|roughly|almost|nearly|over)\s+", "", m.group("dur").lower())
    return fact(join_text("Has been", m.group("art").lower(), m.group("job"), "for", how_long), "job", "work")


def _travels(m: re.Match[str]) -> Draft | None:
    return None if not _lasting(m) else fact(join_text("Travels", m.group("how").lower()), "travel", "travel")


def _grew_up(m: re.Match[str]) -> Draft | None:
    what = tail(m.group("what"), 6)
    return (
        None if not what else fact(join_text("Grew up", m.group("how").lower(), third_person(what)), "childhood", None)
    )


def _free(m: re.Match[str]) -> Draft | None:
    when = re.sub(r"\s+", " ", m.group("when")).strip()
    return _limit(join_text("Only has", when, "free"), "free time")


def _limit(text: str, subject: str) -> Draft:
    return fact(text, subject, None, MemoryKind.constraint)


def _on_budget(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    return _limit(join_text("Is on", "an" if what[0] in "aeiou" else "a", what), "budget")


def _sober(m: re.Match[str]) -> Draft | None:
    return _limit(join_text("Has been sober for", m.group("n").lower(), m.group("unit").lower()), "alcohol")


def _member(m: re.Match[str]) -> Draft | None:
    group = re.sub(r"\s+", " ", m.group("group")).lower()
    return fact(join_text("Is in", "an" if group[0] in "aeiou" else "a", group), group, "hobbies")


_OFTEN = r"a lot|constantly|all the time|often|frequently|(?:almost\s+)?every (?:week|month)|most weeks|most months"
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_PARTS = r"mornings?|afternoons?|evenings?|nights?|weekends?|lunch breaks?"
_GROUPS = (
    r"book club|choir|band|running club|running group|chess club|bowling league|softball team|soccer team|"
    r"football team|hockey team|rugby team|netball team|volleyball team|quiz team|knitting circle|knitting group|"
    r"writing group|reading group|(?:d&d|dnd) group|orchestra|community garden|cycling club|rowing club|hiking club"
)
_HOMES = "room|bedroom|flat|apartment|house|place|studio|condo|basement|loft|home"
_TO = r"(?P<where>to\s+(?:work|school|class|college|campus|uni|university|the office|my office|my job)|everywhere)\b"
_MONEY = (
    r"(?:about|around|roughly|approximately|like|only|just|barely)?\s*[$£€]?\d[\d,.]*\s*"
    r"(?:k|K|grand|dollars|euros|pounds|bucks)?"
)
RULES = (
    Rule(
        "been_job",
        re.compile(
            rf"{I_HAVE}been\s+(?P<art>an?)\s+(?P<job>(?:[\w-]+\s+){{0,2}}(?:{lx.alternation(lx.JOBS)}))\s+for\s+"
            r"(?P<dur>(?:like\s+|about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|over\s+)?(?:\d+|a few|many|two|"
            r"three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s+(?:years?|decades?))\b",
            re.I,
        ),
        _been,
    ),
    Rule(
        "travels",
        re.compile(
            rf"{I_SP}(?:also\s+)?travel\s+(?P<how>(?:for work\s+)?(?:{_OFTEN})|for work)\b",
            re.I,
        ),
        _travels,
    ),
    Rule(
        "grew_up",
        re.compile(
            rf"{I_SP}grew\s+up\s+(?P<how>watching|playing|reading|listening to|speaking|eating|riding|with|around|on)"
            r"\s+(?P<what>\S.*)",
            re.I,
        ),
        _grew_up,
    ),
    Rule(
        "free",
        re.compile(
            rf"{I_SP}(?:only|just)\s+have\s+(?P<when>(?:(?:{_DAYS})(?:\s+(?:{_PARTS}))?|(?:weekday\s+)?(?:{_PARTS}))"
            rf"(?:\s+(?:and|or)\s+(?:{_DAYS}|{_PARTS})(?:\s+(?:{_PARTS}))?)?)(?:\s+(?:free|off))?(?=\s*(?:$|[,.;!]|\s+so\b))",
            re.I,
        ),
        _free,
    ),
    Rule(
        "budget",
        re.compile(
            rf"{I_AM}(?:also\s+)?on\s+an?\s+(?P<what>(?:very\s+)?(?:student|shoestring|limited|fixed|strict|small|"
            r"single|pension)\s+(?:budget|income))\b",
            re.I,
        ),
        _on_budget,
    ),
    Rule(  # "I'm in recovery, so no alcohol suggestions" (not "in recovery from knee surgery")
        "in recovery",
        re.compile(
            rf"{I_AM}(?:now\s+|still\s+|also\s+)?in\s+recovery\b(?!\s+(?:from|after)\s+(?!alcohol|addiction|drinking))",
            re.I,
        ),
        lambda m: _limit("Is in recovery", "alcohol"),
    ),
    Rule(
        "sober",
        re.compile(
            rf"{I_AM}(?:now\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>days?|weeks?|months?|years?)\s+sober\b",
            re.I,
        ),
        _sober,
    ),
    Rule(  # "I've been sober for 5 years"
        "sober_for",
        re.compile(
            r"(?:I|i)(?:'ve|\s+have|ve)\s+been\s+(?:completely\s+|totally\s+)?sober\s+(?:for\s+)?(?:about\s+|almost\s+|"
            r"over\s+|nearly\s+|like\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>days?|weeks?|months?|years?)\b",
            re.I,
        ),
        _sober,
    ),
    Rule("member", re.compile(rf"{I_AM}(?:also\s+)?in\s+an?\s+(?:\w+\s+)?(?P<group>{_GROUPS})\b", re.I), _member),
    Rule(
        "commute",
        re.compile(
            rf"{I_SP}(?:usually\s+|always\s+|mostly\s+|just\s+|only\s+|normally\s+)?(?P<how>walk|bike|cycle|drive|"
            rf"run|take\s+(?:the\s+)?(?:bus|train|subway|tube|metro|tram|ferry|light rail))\s+{_TO}",
            re.I,
        ),
        _commute,
    ),
    Rule(
        "earns",
        re.compile(
            rf"{I_SP}(?:make|earn|take home|bring home|net|gross)\s+(?P<amount>{_MONEY})\s+"
            r"(?P<per>(?:a|per|each|every)\s+(?:month|year|week|hour))\b",
            re.I,
        ),
        _earns,
    ),
    Rule(
        "paid",
        re.compile(
            rf"{I_SP}(?:get|am|'m)\s+paid\s+(?P<when>every (?:two|other|2) weeks|every (?:week|month|friday)|"
            r"weekly|monthly|biweekly|bi-weekly|fortnightly|once a month|twice a month|by the hour|hourly)\b",
            re.I,
        ),
        _paid,
    ),
    Rule(
        "lives_with",
        re.compile(
            rf"{I_SP}(?:still\s+|currently\s+)?live\s+(?P<who>alone|on my own|by myself|"
            r"with (?:my|two|three|four|a|some|[2-9])\s+"
            r"(?:\w+\s+)?(?:parents|mom|mum|dad|mother|father|grandparents?|roommates?|flatmates?|housemates?|"
            r"partner|boyfriend|girlfriend|husband|wife|in-laws|family|sister|brother|kids|son|daughter))\b",
            re.I,
        ),
        _lives,
    ),
    Rule(
        "shares",
        re.compile(
            rf"{I_SP}share\s+(?P<what>an?\s+(?:(?:tiny|small|little|big|large|cramped|shared|two-bed(?:room)?|"
            r"three-bed(?:room)?)\s+)?(?:room|bedroom|flat|apartment|house|office|car|kitchen|bathroom))\s+"
            r"with\s+(?P<who>(?:my|two|three|four|five|a|[2-9])\s+(?:\w+\s+)?(?:brother|sister|roommates?|flatmates?|housemates?|"
            r"partner|kids|son|daughter|twin|sibling|siblings|coworkers?|colleagues?|other people|people|friends))\b",
            re.I,
        ),
        _shares,
    ),
    Rule(
        "caregiver",
        re.compile(
            rf"{I_AM}(?:the\s+|a\s+|the main\s+|the only\s+|a full-time\s+)?(?P<role>caregiver|carer|primary caregiver)"
            r"\s+(?:for|to|of)\s+(?P<who>(?:my|our)\s+.+)",
            re.I,
        ),
        _caregiver,
    ),
    Rule(
        "days",
        re.compile(
            rf"{I_SP}(?:usually\s+|mostly\s+)?spend\s+(?:most of\s+|all\s+)?my\s+(?P<when>days|work ?days|working "
            r"days|weekdays|nights|shifts|whole day|entire day)\s+(?P<what>[a-z]+ing\b.+)",
            re.I,
        ),
        _days,
    ),
    Rule("on_feet", re.compile(rf"{I_AM}on my feet\s+(?:all day|for \w+ hours|most of the day)", re.I), _on_feet),
    Rule(
        "goal",
        re.compile(
            rf"{I_AM}(?:really\s+)?trying\s+to\s+(?P<what>(?:lose|gain|put on)\s+(?:some\s+)?(?:weight|muscle|"
            r"\w+ (?:pounds|lbs|kilos|kg))|quit (?:smoking|vaping|drinking)|get pregnant|save (?:up )?for .+)",
            re.I,
        ),
        _goal,
    ),
    Rule(
        "training",
        re.compile(
            rf"{I_AM}(?:currently\s+)?training\s+for\s+(?P<what>(?:a|an|my|the)\s+(?:first\s+)?(?:[\w-]+\s+){{0,3}}?"
            r"(?:marathon|half marathon|half-marathon|ultra|triathlon|ironman|10k|5k|century ride|race|swim|"
            r"competition|meet|tournament)\b.*)",
            re.I,
        ),
        _training,
    ),
    Rule(
        "rents",
        re.compile(
            rf"(?:{I_SP}rent|{I_AM}renting)(?:\s+(?P<what>(?:a|an|my|our)\s+(?:[\w-]+\s+){{0,2}}(?:{_HOMES})"
            rf"(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:{_HOMES}))?))?(?=\s*(?:$|[,.;]|\s+so\b|\s+and\b))",
            re.I,
        ),
        _rents,
    ),
)
