"""What the user usually has, gets or does, said plainly: how they take a drink or a dish ("I take my coffee black"
-> Takes coffee black, "I have my eggs over easy"), what they always or never get ("I always get the window seat",
"I never check bags"), how much of something a day or a week ("I drink like four coffees a day" -> Drinks about four
coffees a day), what they skill themselves at ("I'm terrible at keeping plants alive" -> Is bad at keeping plants
alive), the e-reader they read on ("I read mostly on my Kindle") and that they are not technical ("I'm not
tech-savvy" -> a style: simple explanations without jargon).

Each shape is closed on the side that carries the meaning: how a drink or dish is taken comes from a list ("black",
"medium rare", "with oat milk" after a food or drink), a usual get needs a thing after it (not "I always get lost",
"I never get it"), an amount needs a number and a period, a skill a named activity. Tried by
:func:`agents.offline.persona.match_persona` after the more specific rules.
"""

from __future__ import annotations

import re

from agents.offline.drafts import IMPLICIT, Draft, said
from agents.offline.normalize import join_text, subject_key, third_person, third_singular
from agents.offline.objects import take
from agents.offline.rules import I_AM, I_SP, Rule
from memory.types import MemoryKind, MemorySource

#: What is taken some way: drinks and dishes whose way of serving is a standing taste.
_SERVED = (
    r"coffee|espresso|latte|tea|chai|whisk(?:e)?y|bourbon|gin|martini|vodka|wine|beer|milk|porridge|oatmeal|"
    r"steak|burgers?|eggs?|toast|pizza|curry|curries|salads?|noodles|ramen|pasta|rice|chips|fries|tacos?|"
    r"sandwich(?:es)?|smoothies?|cocktails?|drinks?|food|meat|fish|veg(?:gies|etables)?"
)
_HOW = (
    r"black|white|neat|straight(?: up)?|on the rocks|strong|weak|extra strong|sweet|unsweetened|plain|iced|hot|"
    r"extra hot|cold|rare|medium(?:[- ]rare|[- ]well)?|well[- ]done|blue|over easy|over hard|sunny side up|"
    r"scrambled|poached|soft[- ]boiled|hard[- ]boiled|runny|crispy|dry|extra dry|dirty|decaf|spicy|mild|"
    r"(?:with|without|no|minus|hold the)\s+[\w' -]{2,30}"
)
_USUAL_VERBS = r"get|check|grab|bring|request|ask for|sit in|sit on|sit at|sit by|pay for"
#: What follows "get" when it says how the user ends up, not what they get.
_NOT_A_THING = re.compile(
    r"(?:lost|sick|ill|tired|bored|confused|nervous|anxious|stuck|hungry|cold|hot|burned|burnt|drunk|up|there|home|"
    r"back|it|them|this|that|those|these|him|her|you|to|into|on|off|away|out|in|over|around|through|what|why|"
    r"how|so|too|really|very|a bit|a little|kind of|annoyed|distracted|overwhelmed|headaches?|migraines?|anything|"
    r"everything|whatever|either|both|any|all|something|nothing)\b",
    re.IGNORECASE,
)
_END = re.compile(r"\s+(?:so|but|because|since|though|which|and i|and it|and my|when|if|unless)\b|[,;:!?]", re.I)
_COUNT = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several"
_PERIOD = r"(?:a|per|each|every)\s+(?:day|week|night|month|morning)"
_SKILL_OK = r"good|great|decent|handy"
_SKILL_BAD = r"terrible|bad|awful|hopeless|useless|rubbish|horrible|not great|not good|not very good|not the best"


def _said(text: str, kind: MemoryKind, subject: str, implicit: bool = False) -> Draft:
    if implicit:
        return Draft(text, kind, subject_key(subject), IMPLICIT, MemorySource.implicit)
    return said(text, kind, subject)


def _served(m: re.Match[str]) -> Draft | None:
    what, how = m.group("what").lower(), re.sub(r"\s+", " ", m.group("how")).strip().lower()
    how = _END.split(how, maxsplit=1)[0].strip()
    if len(how.split()) > 6:
        return None
    verb = m.group("verb").lower()
    verb = third_singular(verb).lower() if verb in ("take", "drink") else "likes"  # "Likes eggs over easy"
    return _said(join_text(verb, what, third_person(how)), MemoryKind.preference, what)


def _usual(m: re.Match[str]) -> Draft | None:
    raw = _END.split(m.group("obj"), maxsplit=1)[0]
    if _NOT_A_THING.match(raw):
        return None
    obj = take(raw, max_words=8)
    if obj is None or len(obj.text.split()) < 1:
        return None
    freq = re.sub(r"\s+", " ", m.group("freq")).lower()
    verb = re.sub(r"\s+", " ", m.group("verb")).lower()
    head, _, tail = verb.partition(" ")
    verb_text = verb if freq == "tend to" else f"{third_singular(head).lower()} {tail}".strip()
    text = join_text("tends to" if freq == "tend to" else freq, verb_text, third_person(obj.text))
    kind = MemoryKind.constraint if freq == "never" else MemoryKind.preference
    return _said(text, kind, f"{head} {obj.text}", implicit=freq != "never")


def _amount(m: re.Match[str]) -> Draft | None:
    noun = m.group("noun").lower()
    about = "about " if m.group("about") else ""
    count = m.group("n").lower()
    period = re.sub(r"\s+", " ", m.group("period")).lower().replace("per ", "a ").replace("each ", "a ")
    verb = third_singular(m.group("verb").lower()).lower()
    return _said(join_text(verb, f"{about}{count}", noun, period), MemoryKind.fact, noun)


def _skill(m: re.Match[str]) -> Draft | None:
    raw = _END.split(m.group("obj"), maxsplit=1)[0]
    obj = take(raw, max_words=6)
    if obj is None or _NOT_A_THING.match(obj.text):
        return None
    level = "Is bad" if m.group("bad") is not None else "Is good"
    return _said(join_text(level, m.group("prep").lower(), third_person(obj.text)), MemoryKind.fact, obj.text)


def _learns(m: re.Match[str]) -> Draft | None:
    raw = _END.split(m.group("obj"), maxsplit=1)[0]
    obj = take(raw, max_words=6)
    if obj is None or _NOT_A_THING.match(obj.text):
        return None
    how = (m.group("how") or "").lower()
    if not how and m.group("by").lower() not in ("by", "through"):
        return None  # "I learn from my mistakes": a saying, not how they like to learn
    text = join_text("Learns", how, m.group("by").lower(), third_person(obj.text))
    return _said(text, MemoryKind.preference, f"learning {obj.text}")


def _explained(m: re.Match[str]) -> Draft | None:
    how = _END.split(m.group("how"), maxsplit=1)[0].strip()
    if not how or len(how.split()) > 8:
        return None
    what = m.group("what").lower()
    return _said(join_text("Needs", what, m.group("done").lower(), third_person(how)), MemoryKind.style, "explanations")


_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midnight)"
_ONE_DAY = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|this|next|last)\b", re.I)


def _hours(m: re.Match[str]) -> Draft | None:
    if _ONE_DAY.search(m.group("when") or ""):
        return None  # "I go to bed at 9 tonight": once
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    head, _, tail = what.partition(" ")
    when = re.sub(r"\s+", " ", m.group("when") or "").strip().lower()
    text = join_text(third_singular(head), tail, m.group("prep").lower(), m.group("t").lower(), when)
    return _said(text, MemoryKind.fact, what)


def _up(m: re.Match[str]) -> Draft | None:
    """ "I'm up at 5 every day" -> Gets up at 5 every day."""
    if _ONE_DAY.search(m.group("when") or ""):
        return None  # "I'm up at 6 tomorrow": once
    when = re.sub(r"\s+", " ", m.group("when") or "").strip().lower()
    return _said(join_text("Gets up", m.group("prep").lower(), m.group("t").lower(), when), MemoryKind.fact, "get up")


def _member(m: re.Match[str]) -> Draft | None:
    if re.search(r"\b(?:that|who|which|where)\b", m.group("obj"), re.I):
        return None  # "a member of the team that built it": said of one thing, not who the user is
    obj = take(_END.split(m.group("obj"), maxsplit=1)[0], max_words=6)
    if obj is None or _NOT_A_THING.match(obj.text):
        return None
    return _said(join_text("Is a member of", third_person(obj.text)), MemoryKind.fact, obj.text)


def _from_now_on(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=8)
    if obj is None or _NOT_A_THING.match(obj.text):
        return None
    return _said(join_text("Prefers", third_person(obj.text)), MemoryKind.preference, obj.text)


def _not_since(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=5)
    if obj is None or _NOT_A_THING.match(obj.text):
        return None
    span = re.sub(r"\s+", " ", m.group("span")).lower()
    text = join_text("Has not", m.group("verb").lower(), third_person(obj.text), span)
    return _said(text, MemoryKind.constraint, obj.text)


def _reads_on(m: re.Match[str]) -> Draft | None:
    device = m.group("d").lower()
    device = {"kindle": "Kindle", "kindle paperwhite": "Kindle Paperwhite", "kobo": "Kobo", "nook": "Nook"}.get(
        device, device
    )
    how = (m.group("how") or "").strip().lower()
    text = join_text("Reads", how, "on", "an" if device[:1].lower() in "aeiou" else "a", device)
    return _said(text, MemoryKind.preference, f"reading on {device.lower()}")


def _not_technical(m: re.Match[str]) -> Draft | None:
    """A user who says they are not technical wants answers without jargon: a style, as the written sets label it
    ("assume I know nothing" -> Wants explanations that assume no technical knowledge); its words kept."""
    said = re.sub(r"[\s-]+", " ", m.group("adj")).lower()
    said = f"{'a ' if m.group('a') else ''}{said}"
    return _said(f"Wants simple explanations without jargon (is not {said})", MemoryKind.style, "jargon")


RULES = (
    Rule(  # "I take my coffee black", "I have my eggs over easy", "I drink my tea with oat milk"
        "served",
        re.compile(
            rf"{I_SP}(?:always\s+|usually\s+|only\s+)?(?P<verb>take|have|drink|order|eat|get)\s+my\s+"
            rf"(?P<what>{_SERVED})\s+(?P<how>(?:{_HOW})\b.*)",
            re.I,
        ),
        _served,
    ),
    Rule(  # "I always get the window seat", "I never check bags", "I usually grab a window table"
        "usual",
        re.compile(
            rf"{I_SP}(?P<freq>always|usually|typically|normally|never|tend to)\s+(?P<verb>{_USUAL_VERBS})\s+"
            r"(?P<obj>\S.*)",
            re.I,
        ),
        _usual,
    ),
    Rule(  # "I drink like four coffees a day", "I read about 3 books a month"
        "amount",
        re.compile(
            rf"{I_SP}(?:usually\s+|probably\s+)?(?P<verb>drink|eat|smoke|read|walk|run|cycle|swim|have)\s+"
            rf"(?P<about>(?:like|about|around|roughly|maybe|at least|easily)\s+)?(?P<n>{_COUNT})\s+"
            rf"(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<period>{_PERIOD})\b",
            re.I,
        ),
        _amount,
    ),
    Rule(  # "I learn by doing", "I learn best from videos"
        "learns",
        re.compile(
            rf"{I_SP}(?:tend to\s+|usually\s+)?learn\s+(?:things\s+)?(?P<how>best|better|most|faster)?\s*"
            r"(?P<by>by|through|with|from)\s+(?P<obj>\S.*)",
            re.I,
        ),
        _learns,
    ),
    Rule(  # "I need things explained with examples", "I need concepts broken down step by step"
        "explained",
        re.compile(
            rf"{I_SP}(?:really\s+|always\s+|usually\s+)?need\s+(?P<what>things|stuff|concepts|ideas|instructions|"
            r"explanations|steps)\s+(?P<done>explained|broken down|laid out|spelled out|shown|written out|written)\s+"
            r"(?P<how>\S.*)",
            re.I,
        ),
        _explained,
    ),
    Rule(  # "I go to bed at 9 most nights", "I usually wake up around 5:30"
        "hours",
        re.compile(
            rf"{I_SP}(?:usually\s+|normally\s+|always\s+|tend to\s+|generally\s+)?(?P<what>go to bed|go to sleep|"
            rf"wake up|get up|start work|finish work|eat dinner|have dinner|eat lunch)\s+"
            rf"(?P<prep>at|around|by|before)\s+"
            rf"(?P<t>{_CLOCK})(?P<when>\s+(?:most|every|on)\s+[\w ]{{3,20}}?)?\s*(?:[,.;!?]|$|\s+(?:and|so|but)\b)",
            re.I,
        ),
        _hours,
    ),
    Rule(  # "i'm up at 5 every day": the hour the user gets up, said with "up"
        "up_at",
        re.compile(
            rf"{I_AM}(?:usually\s+|normally\s+|always\s+)?up\s+(?P<prep>at|around|by|before)\s+"
            rf"(?P<t>{_CLOCK})(?P<when>\s+(?:most|every|on)\s+[\w ]{{3,20}}?)?\s*(?:[,.;!?]|$|\s+(?:and|so|but)\b)",
            re.I,
        ),
        _up,
    ),
    Rule(  # "I'm a member of a climbing gym"
        "member",
        re.compile(
            rf"{I_AM}(?:a\s+)?(?:paying\s+|long-time\s+|longtime\s+|proud\s+)?member\s+of\s+(?P<obj>\S.*)", re.I
        ),
        _member,
    ),
    Rule(  # "I'd like recipes under 30 minutes going forward", "I'd prefer metric units from now on"
        "from_now_on",
        re.compile(
            r"(?:I|i)(?:'d|\s+would)\s+(?:like|prefer|want)\s+(?P<obj>[^,.;!?]{3,60}?)\s+(?:going forward|"
            r"from now on|in (?:the )?future)\b",
            re.I,
        ),
        _from_now_on,
    ),
    Rule(  # "I haven't eaten meat in 15 years", "I haven't had a drink since 2019"
        "not_since",
        re.compile(
            r"(?:I|i)\s*(?:haven'?t|have not|'ve not)\s+(?:really\s+)?(?P<verb>eaten|had|drunk|touched|smoked|owned|"
            r"driven|flown)\s+(?P<obj>[^,.;!?]{1,40}?)\s+(?P<span>(?:in|for)\s+(?:\d{1,2}|two|three|four|five|six|"
            r"seven|eight|nine|ten|fifteen|twenty|many|several|a few|over \d{1,2})\s+(?:years|months)|"
            r"since\s+(?:19|20)\d\d)\b",
            re.I,
        ),
        _not_since,
    ),
    Rule(  # "I read mostly on my Kindle", "I read on a Kobo": the device the user reads on
        "reads_on",
        re.compile(
            rf"{I_SP}(?:usually\s+|mostly\s+|only\s+|always\s+)?read\s+(?P<how>mostly\s+|only\s+|everything\s+)?on\s+"
            r"(?:my|a|an)\s+(?P<d>kindle(?: paperwhite)?|kobo|e-?reader|nook)\b",
            re.I,
        ),
        _reads_on,
    ),
    Rule(  # "I'm not technical", "i'm not very techy", "I'm not tech-savvy at all"
        "not_technical",
        re.compile(
            rf"{I_AM}(?:not|no)\s+(?:very\s+|really\s+|super\s+|that\s+|particularly\s+|(?P<a>a\s+))?(?P<adj>technical|techy|"
            r"techie|tech[- ]?savvy|tech[- ]literate|computer[- ]savvy|computer[- ]literate)(?=\s*(?:[,.;!?]|$)|\s+"
            r"(?:at all|and|so|but|btw|lol)\b)",
            re.I,
        ),
        _not_technical,
    ),
    Rule(  # "I'm terrible at keeping plants alive", "I'm pretty good at fixing things"
        "skill",
        re.compile(
            rf"{I_AM}(?:really\s+|pretty\s+|so\s+|quite\s+|very\s+|super\s+|absolutely\s+|just\s+|totally\s+|"
            rf"completely\s+|truly\s+|kinda\s+|kind of\s+|a bit\s+|honestly\s+)?"
            rf"(?:(?P<bad>{_SKILL_BAD})|(?:{_SKILL_OK}))\s+(?P<prep>at|with)\s+(?P<obj>\S.*)",
            re.I,
        ),
        _skill,
    ),
)
