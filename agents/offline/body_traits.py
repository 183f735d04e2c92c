"""Lasting ways of the user's body said in passing, in shapes the other body rules miss:

- a body part that keeps doing something: "my hands sweat like crazy so liquid chalk maybe??", "my feet always
  get cold", "my eyes water a lot in spring" -> "Hands sweat a lot", "Feet get cold easily" (facts);
- how long the body lets the user do something: "I can't sit for more than about 90 minutes", "i cant stand longer
  than 20 min", "I can only walk about 2 miles" -> "Cannot sit for more than about 90 minutes" (constraints);
- a trait said of the part: "my hair is super curly", "my skin is really sensitive" -> "Has curly hair" (facts);
- a body trait said alone, the "I have" left out, as the turn's first fragment: "Wide feet.", "sensitive skin!" ->
  "Has wide feet" (facts); not after another fragment, whose reason it is ("Aisle seat. Long legs."), nor right
  before a question, whose setting it is ("Long legs. Aisle or window?").

Read only where the statement is the user's own (:func:`agents.offline.body_ways.own`): never someone else's
("my son's feet sweat a lot", "my wife can't sit for more than an hour"), a condition ("if my hands sweat a lot"),
a one-off ("my feet were killing me yesterday", "I can't sit for more than 10 minutes today"), nor a question
about it ("why do my hands sweat so much?", "can I sit for more than 2 hours with this?"). A part that does
something once ("my hands sweat") needs a word saying it keeps on doing it.
"""

from __future__ import annotations

import re

from agents.offline.body_ways import own
from agents.offline.drafts import Draft
from agents.offline.health import fact
from memory.types import MemoryKind

_PART = (
    r"hands|feet|skin|eyes|knees|joints|ankles|wrists|fingers|toes|legs|lips|nose|ears|scalp|hair|back|neck|"
    r"shoulders|hips|sinuses|stomach|gums"
)
_DOES = (
    r"sweat|sweats|swell|swells|swell up|burn|burns|ache|aches|crack|cracks|hurt|hurts|itch|itches|water|waters|"
    r"cramp|cramp up|cramps|blister|blisters|bleed|bleeds|peel|peels|dry out|dries out|get cold|gets cold|"
    r"get tired|gets tired|go numb|goes numb|get sore|gets sore|get dry|gets dry|break out|breaks out|get red|"
    r"gets red|get sunburnt|get sunburned|flare up|flares up|run cold|runs cold"
)
#: Words that say the part keeps doing it.
_KEEPS = (
    r"like crazy|like mad|a lot|so much|easily|really easily|very easily|super easily|constantly|all the time|"
    r"every time|quickly|really fast|fast|badly|really bad|so bad"
)
_PART_DOES_RE = re.compile(
    rf"\b[Mm]y\s+(?P<part>{_PART})\s+(?P<always>(?:always|constantly|easily)\s+)?(?P<does>{_DOES})\b"
    rf"(?:\s+(?P<keeps>{_KEEPS})\b)?",
    re.IGNORECASE,
)
_NOT_NOW_RE = re.compile(
    r"\b(?:today|tonight|yesterday|right now|this (?:morning|week|time)|last (?:night|week)|lately|after that)\b",
    re.IGNORECASE,
)
_UNIT = r"(?:min(?:ute)?s?|hours?|hrs?|h|km|kilometers?|kilometres?|miles?|mi|blocks?|steps)"
_AMOUNT = (
    r"(?:(?:about|around|roughly|maybe|like|max|maximum|approx\.?)\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|half an?|"
    r"a few|a couple of|a couple)"
)
_CANT_LONG_RE = re.compile(
    r"(?<![\w'])(?P<who>I|i|and)\s+(?:can't|cannot|can not|cant|am unable to|'m unable to)\s+"
    r"(?P<verb>sit|stand|walk|hike|run|kneel|drive|sit still|stand up|be on my feet)\s+"
    r"(?:for\s+)?(?P<limit>(?:more|longer)\s+than|over)\s+"
    rf"(?P<amount>{_AMOUNT})\s*(?P<unit>{_UNIT})\b",
)
_CAN_ONLY_RE = re.compile(
    r"(?<![\w'])(?:I|i)\s+can\s+only\s+(?P<verb>sit|stand|walk|hike|run|kneel|drive|be on my feet)\s+(?:for\s+)?"
    rf"(?P<amount>{_AMOUNT})\s*(?P<unit>{_UNIT})\b",
)
_TRAIT_ALONE_RE = re.compile(
    r"^\W*(?:also\s+|and\s+|very\s+|super\s+|really\s+)?(?P<trait>flat feet|wide feet|narrow feet|small feet|big feet|"
    r"long legs|short legs|small hands|big hands|sensitive skin|dry skin|oily skin|curly hair|thin hair|fine hair|"
    r"thick hair|sensitive teeth|fair skin|pale skin|olive skin|sensitive stomach|weak ankles)\W*$",
    re.IGNORECASE,
)
#: "my hair is super curly", "my skin is really sensitive": a trait said of the part ("Has curly hair").
_PART_IS_RE = re.compile(
    r"\b[Mm]y\s+(?P<part>hair|skin|feet|hands|scalp|teeth|stomach)\s+(?:is|are|'s)\s+(?:(?:super|very|really|so|"
    r"pretty|quite|naturally|extremely|kinda|kind of)\s+)?(?P<what>curly|wavy|straight|thin|thick|fine|coarse|frizzy|"
    r"oily|dry|sensitive|wide|flat|narrow|small|big|pale|fair)\b",
    re.IGNORECASE,
)
_UNITS = {"min": "minutes", "mins": "minutes", "h": "hours", "hr": "hours", "hrs": "hours", "mi": "miles"}


def _part_does(sentence: str, *, asked: bool) -> list[Draft]:
    out: list[Draft] = []
    for m in _PART_DOES_RE.finditer(sentence):
        if not own(sentence, m.start()) or not (m.group("always") or m.group("keeps")):
            continue
        after = sentence[m.end() :]
        if _NOT_NOW_RE.search(sentence) or re.match(r"\s*\?", after):
            continue
        if asked and not re.match(r"\s*(?:,|;|\.|!|\s(?:so|and|but)\b)", after):
            continue  # "do my hands sweat a lot because of X?": the question itself
        does = re.sub(r"\s+", " ", m.group("does").lower())
        keeps = re.sub(r"\s+", " ", (m.group("always") or m.group("keeps") or "").strip().lower())
        keeps = "a lot" if keeps in ("like crazy", "like mad", "so much", "constantly", "all the time") else keeps
        keeps = "easily" if keeps in ("really easily", "very easily", "super easily") else keeps
        keeps = "badly" if keeps in ("really bad", "so bad") else keeps
        part = m.group("part").lower()
        text = f"{part.capitalize()} {keeps} {does}" if m.group("always") else f"{part.capitalize()} {does} {keeps}"
        out.append(fact(text.strip(), f"{part} {does}", "health"))
    return out


def _part_is(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _PART_IS_RE.finditer(sentence):
        if own(sentence, m.start()) and not _NOT_NOW_RE.search(sentence):
            what, part = m.group("what").lower(), m.group("part").lower()
            out.append(fact(f"Has {what} {part}", f"{what} {part}", "health"))
    return out


def _how_long(sentence: str) -> list[Draft]:
    if _NOT_NOW_RE.search(sentence):
        return []
    out: list[Draft] = []
    for m in (*_CANT_LONG_RE.finditer(sentence), *_CAN_ONLY_RE.finditer(sentence)):
        if m.groupdict().get("who") == "and":
            if not re.match(r"\W*(?:I|i)(?:'m|'ve|\s)", sentence):
                continue  # "I have a herniated disc and can't sit ...": the user's own clause goes on
        elif not own(sentence, m.start()):
            continue
        verb = m.group("verb").replace("my feet", "their feet")
        amount = re.sub(r"\s+", " ", m.group("amount")).lower()
        unit = _UNITS.get(m.group("unit").lower(), m.group("unit").lower())
        unit = unit[:-1] if amount in ("a", "an", "one", "1") and unit.endswith("s") else unit
        length = "for " if unit.startswith(("minute", "hour")) else ""
        if "limit" in m.groupdict():
            text = f"Cannot {verb} {length}more than {amount} {unit}"
        else:
            text = f"Can only {verb} {length}{amount} {unit}"
        out.append(fact(text, f"{verb} limit", "health", MemoryKind.constraint))
    return out


def traits(sentence: str, *, asked: bool = False) -> list[Draft]:
    """What ``sentence`` says of the user's body in the shapes above (``asked``: the sentence is a question)."""
    out = _part_does(sentence, asked=asked)
    return out if asked else out + _part_is(sentence) + _how_long(sentence)


def trait_alone(fragment: str) -> Draft | None:
    """A body trait said alone ("Wide feet."); read by :mod:`agents.offline.fragments` only as a turn's first
    fragment, not right before a question: after another fragment it is that one's reason ("Aisle seat. Long
    legs."), before a question its setting ("Long legs. Aisle or window?")."""
    if (m := _TRAIT_ALONE_RE.match(fragment)) is None:
        return None
    return fact(f"Has {m.group('trait').lower()}", m.group("trait").lower(), "health").quoted(fragment)
