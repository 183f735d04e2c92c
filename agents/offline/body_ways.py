"""What the user's body does, said in passing: what a food does to it ("spicy food upsets my stomach", "red wine
gives me migraines": constraints), how it runs ("I'm always cold", "I run hot", "I snore", "I bruise easily") and
the sizes the user wears ("I wear a size 10 shoe", "I'm plus size"); and :func:`own`, whether a statement inside a
sentence is the user's (used by :mod:`agents.offline.bodies` too). Not a one-off ("that pizza upset my stomach
yesterday", "I'm always cold today") nor someone else's ("my son says milk upsets his stomach").
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import capitalize, join_text, said_of_them, subject_key, third_person
from memory.types import MemoryKind

#: A clause boundary, after which a new statement can start.
_BOUNDARY = re.compile(
    r"(?:[,;:(\u2013\u2014-]|\b(?:and|but|so|btw|also|plus|though|tho|because|cause|cuz|since|as|lol|haha|anyway|"
    r"honestly|actually|ok|okay|well|oh|fwiw|tbh|confession|note|just so you know|fyi)\b)\s*$",
    re.IGNORECASE,
)
#: "my wife and I get seasick", "Tom and I": not the user alone.
_SOMEONE_AND = re.compile(
    r"(?:\b(?:my|our|his|her|their)\s+[\w'-]+|\b[A-Z][a-z]+|\b(?:he|she|they|you|we))\s+(?:and|&)\s*$"
)


def own(sentence: str, start: int) -> bool:
    """The statement at ``start`` is the user's: it begins the sentence or a new clause, not quoted, not under
    "if" or another speaker ("she says I get seasick", "if I were 6'4\"")."""
    before = sentence[:start].rstrip()
    if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
        return False
    if not before or before.endswith((".", "!", "?")):
        return True
    if _SOMEONE_AND.search(before):
        return False
    return bool(_BOUNDARY.search(before))


#: "spicy food upsets my stomach", "red wine gives me migraines", "wool makes me itch", "onions don't agree with
#: me": what the body does not take, said of a food, a drink or a material (not "it", "this", "the movie", nor
#: someone else's stomach), at the sentence's start or after a comma or "so" ("..., so anything with fragrance gives
#: me a rash").
_UPSETS_RE = re.compile(
    r"(?:^|[,;]\s*|\s(?=(?:so|and|but)\s))\W*(?:(?:also|and|but|so|plus|honestly|sadly|unfortunately|btw|ok|okay|oh|well|tbh)\s+)*"
    r"(?P<thing>(?!(?:i|we|and|but|so|also|plus|it|this|that|which|what|"
    r"everything|something|anything(?!\s+with\b)|he|she|they|you|the thought|stress|work|traffic|this weather)\b)"
    r"[a-z][\w'-]*"
    r"(?:\s+[\w'-]+){0,4}?)\s+(?:always\s+|really\s+|just\s+|usually\s+)?(?P<does>(?:upsets?|wrecks?|messes? up) "
    r"my stomach|(?:gives?|give) me (?:(?:an?\s+)?(?:pounding|splitting|terrible|awful|bad|killer|massive|horrible)"
    r"\s+)?"
    r"(?:heartburn|migraines?|headaches?|a headache|a migraine|hives|a rash|acid reflux|"
    r"bloating|stomach ache|stomach aches)|makes? me (?:itch|itchy|sneeze|wheeze|break out|bloated|nauseous|queasy|"
    r"jittery)|(?:doesn't|does not|don't|do not) agree with me)\b(?![^.!?]*\b(?:today|"
    r"yesterday|last night|this time)\b)",
    re.IGNORECASE,
)


def _upsets(sentence: str) -> list[Draft]:
    m = _UPSETS_RE.search(sentence)
    if m is None:
        return []
    thing = m.group("thing")
    thing = thing[:1].lower() + thing[1:] if re.match(r"[A-Z][a-z]+\b", thing) else thing
    does = third_person(m.group("does").lower())
    text = f"{capitalize(thing)} {does}"
    return [fact(text, f"{thing.lower()} intolerance", "health", MemoryKind.constraint)]


#: What the body does from a thing, said with the user as subject: "I break out from anything with coconut oil", "I
#: get a rash from wool", "I get bloated from beans" (not "today", not "if"; hives, heartburn or a migraine from a
#: thing are :mod:`agents.offline.bodies`' conditions).
_FROM_RE = re.compile(
    r"(?<![\w'])(?:I|i)\s+(?:always\s+|usually\s+|tend to\s+|still\s+)?(?P<does>break out|get (?:a rash|"
    r"breakouts|bloated|itchy))\s+"
    r"(?:from|with|after)\s+(?:(?:anything|everything|stuff|products?) (?:with|containing)\s+)?"
    r"(?P<thing>(?!(?:it|this|that|them|the|work|stress)\b)"
    r"[a-z][\w'-]*(?:\s+(?!(?:so|and|but|because|when|if)\b)[\w'-]+){0,2})\b"
    r"(?![^.!?]*\b(?:today|yesterday|last night|this time|once)\b)",
)


def _from(sentence: str) -> list[Draft]:
    m = _FROM_RE.search(sentence)
    if m is None or not own(sentence, m.start()):
        return []
    thing = m.group("thing")
    text = f"{said_of_them(m.group('does').lower())} from {thing}"
    return [fact(text, f"{thing.lower()} intolerance", "health", MemoryKind.constraint)]


#: How the user's body runs, said plainly: "I'm always cold", "I run hot", "I snore", "I bruise easily".
_RUNS_RE = re.compile(
    r"(?<![\w'])(?:I|i)(?:'m|\s+am)?\s+(?:(?P<always>always|usually|constantly)\s+(?P<feel>cold|hot|freezing)|"
    r"(?P<run>run|get)\s+(?P<temp>cold|hot)(?:\s+easily)?|(?P<does>snore|sweat a lot|sleepwalk|grind my teeth|"
    r"(?:sweat|bruise|burn|tan|get cold|get hot)\s+(?:(?:super|really|very|so)\s+)?easily))\b"
    r"(?![^.!?]*\b(?:today|tonight|now|right now|this week|lately)\b)",
)
_SIZE_RE = re.compile(
    r"(?<![\w'])(?:I|i)(?:'m|\s+am|\s+wear)\s+(?:an?\s+)?(?:(?:size|uk|us|eu)\s+)+(?P<size>\d{1,2}(?:\.5)?|xx?s|xx?l|"
    r"small|medium|large|extra large|petite)(?:\s+(?P<what>shoes?|in shoes|jeans|dress|shirt|trousers|pants|"
    r"ring))?\b|(?<![\w'])(?:I|i)(?:'m|\s+am)\s+(?P<plus>plus[- ]size|petite)\b",
    re.IGNORECASE,
)


def _runs(sentence: str) -> list[Draft]:
    out = []
    for m in _RUNS_RE.finditer(sentence):
        if not own(sentence, m.start()):
            continue
        if m.group("feel"):
            text = "Is always cold" if m.group("feel").lower() in ("cold", "freezing") else "Is always hot"
        elif m.group("temp"):
            text = f"Runs {m.group('temp').lower()}"
        else:
            text = said_of_them(re.sub(r"\s+(?:super|really|very|so)\s+", " ", m.group("does").lower()))
        out.append(fact(text, subject_key(text), "health"))
    return out


def _size(sentence: str) -> list[Draft]:
    out = []
    for m in _SIZE_RE.finditer(sentence):
        if not own(sentence, m.start()):
            continue
        if m.group("plus"):
            text = "Is " + m.group("plus").lower().replace(" ", "-")
        else:
            what = (m.group("what") or "").lower().removeprefix("in ")
            what = "shoes" if what in ("shoe", "shoes") else what
            size = m.group("size")
            size = size.upper() if re.fullmatch(r"x*[sl]", size, re.I) else size.lower()
            text = join_text("Wears size", size, what)
        out.append(fact(text, "clothing size", "shopping"))
    return out


def ways(sentence: str) -> list[Draft]:
    """The drafts of a statement sentence about what the user's body does and the sizes they wear."""
    return (_upsets(sentence) or _from(sentence)) + _runs(sentence) + _size(sentence)
