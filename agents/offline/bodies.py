"""The user's body said plainly, and the limit that follows: a condition with "get" ("I get seasick", "I get
migraines from screens", "I get claustrophobic"), "suffer from" or "prone to"; a voice type and its range ("i cant
hit high notes at all, im a baritone"); height ("I am only 1.60", "I'm 6'4\""); an age said without "old" ("I am 62
years and ...") or inside a question about the user's own habit ("is it weird to be 45 and still go to anime
conventions every year?"); and what the body rules out ("nothing too hard for the joints please", "something soft
for the knees"). A reason with its limit after "so" ("I get seasick so no boat tours") is left whole to the learned
reader, which reads it in two pieces.

A condition said with "get" is a fact about the user, as "I get carsick easily" is (:mod:`agents.offline.persona`);
the limit said with it ("Wants nothing too hard on their joints") is the constraint.

Read per sentence by :func:`bodies`, only where the user is the speaker: not someone else's body ("my wife gets
seasick"), not a passing state ("I'm getting sick", "I got sick last week"), not under "if", "imagine" or a
question about people in general ("can you get seasick on a big ship?"), not a number that is no age or height
("I'm 45 minutes away"). A hypothetical sentence never reaches here (:mod:`agents.offline.reader` drops it; "If I
would be taller maybe I try volleyball, but I am only 1.60" is the learned reader's to restate).
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.body_traits import traits
from agents.offline.body_ways import own, ways
from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, subject_key, third_person, third_singular
from agents.offline.objects import take
from memory.types import MemoryKind

#: What one "gets" as a standing condition; "claustrophobic" is worded "Is claustrophobic".
_GOT = (
    r"sea[- ]?sick|car[- ]?sick|air[- ]?sick|motion[- ]sick|travel[- ]sick|claustrophobic|dizzy|light-?headed|"
    r"nauseous|queasy|vertigo|migraines?|headaches|motion sickness|sea ?sickness|car ?sickness|altitude sickness|"
    r"nosebleeds|panic attacks|anxiety attacks|asthma attacks|hay ?fever|heartburn|acid reflux|reflux|leg cramps|"
    r"cramps|cold sores|hives|rashes|eczema flare-?ups|flare-?ups|shin splints|blisters|sunburnt|sunburned|"
    r"sunburn|hot flashes|hot flushes|back pain|knee pain|joint pain|neck pain"
)
_SEVERE = r"(?:(?:really|very|so|super|pretty|quite|terribly|badly|horribly|bad|terrible|awful|horrible|severe|"
_SEVERE += r"chronic|frequent|occasional|the worst|crazy|insanely)\s+)*"
_OFTEN = r"(?:(?:always|usually|often|sometimes|also|still|just|tend to|easily|regularly|constantly|really)\s+)*"
_ME = r"(?<![\w'])(?:I|i)"
_I_AM = rf"{_ME}(?:'m|\s+am|m)\s+"
#: "I get seasick", "i always get migraines from screens"; "easily" after it is the persona rule's.
_GET_RE = re.compile(
    rf"{_ME}\s+{_OFTEN}get\s+{_SEVERE}(?P<what>{_GOT})\b(?!\s+(?:easily|quickly|fast)\b)(?P<tail>[^,;.!?]*)"
)
#: "I suffer from migraines", "I'm prone to nosebleeds".
_PRONE_RE = re.compile(
    rf"{_ME}(?:\s+{_OFTEN}(?P<suffer>suffer from)|(?:'m|\s+am|m)\s+(?P<prone>prone to))\s+"
    rf"{_SEVERE}(?P<what>{_GOT})\b(?P<tail>[^,;.!?]*)"
)
#: "I get seasick so no ferries": a reason with its limit after "so", which the learned reader reads in two pieces
#: (:func:`agents.offline.pieces.cut_in_pieces`); the rules leave the pair to it.
_SO_LIMIT_RE = re.compile(r"[^.!?]*?(?:,\s*|\s+)so\s+(?:please\s+)?(?:no|nothing|never|only)\b", re.IGNORECASE)
_TAIL_RE = re.compile(r"\s+(?:from|on|in|at|around|with|after|during|near)\s", re.IGNORECASE)
_TAIL_END = re.compile(r"\s+(?:so|but|and|because|since|which|though|lol|haha|please|pls)\b", re.IGNORECASE)

_VOICE = r"bass-baritone|baritone|tenor|countertenor|soprano|mezzo-soprano|mezzo|contralto|alto|bass"
_VOICE_RE = re.compile(
    rf"{_I_AM}(?:a\s+)?(?:natural\s+|low\s+|high\s+|lyric\s+)?(?P<voice>{_VOICE})\b(?=\s*(?:$|[,.;!?)]|\s+(?:and|so|"
    r"but|which|lol|btw|tho|though|voice)\b))",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(
    rf"{_ME}\s+(?:just\s+|really\s+|simply\s+)?(?:can't|cant|cannot|can not)\s+(?P<verb>hit|reach|sing|do)\s+"
    r"(?:the\s+|any\s+|those\s+)?(?P<notes>(?:high|low|top|bottom)\s+notes)",
    re.IGNORECASE,
)

_HEIGHT = (
    r"(?P<metres>[12][.,]\d{1,2})\s*(?:m|meters?|metres?)?|(?P<cm>1[4-9]\d|2[01]\d)\s*cm|"
    r"(?P<ft>[4-7])\s*(?:'|ft\.?|foot|feet)\s*(?:(?P<inch>1[01]|\d)\s*(?:\"|''|in(?:ch(?:es)?)?\b)?)?"
)
_HEIGHT_RE = re.compile(
    rf"{_I_AM}(?:only\s+|just\s+|about\s+|around\s+|almost\s+|nearly\s+|barely\s+|like\s+|over\s+)?(?:{_HEIGHT})"
    r"(?=\s*(?:tall\b|$|[,.;!?)]|(?:and|so|but|which|lol|btw|tho|though|with|myself)\b))",
    re.IGNORECASE,
)
#: "I am 62 years and ...": an age without "old" (with "old" it is the persona rule's).
_YEARS_RE = re.compile(
    rf"{_I_AM}(?:only\s+|just\s+|almost\s+|nearly\s+|now\s+)?(?P<n>[1-9]\d)\s*(?:years?|yrs?)\b(?!\s*old)"
    r"(?=\s*(?:$|[,.;!?)]|(?:and|so|but|now)\b))",
    re.IGNORECASE,
)
#: "is it weird to be 45 and still go to anime conventions every year?": the user's age and their own habit.
_TO_BE_RE = re.compile(
    r"\b(?:is it|isn't it|is that)\s+(?:\w+\s+){0,2}?(?:weird|odd|strange|normal|ok|okay|fine|crazy|silly|"
    r"embarrassing|bad|unusual|cringe|too late|late|sad|lame)\s+(?:for me\s+)?to be\s+(?P<n>[1-9]\d)"
    r"(?:\s*(?:years old|yo|y/o))?(?P<rest>\s+and\s+(?P<habit>.*)|\s*[,?!.]|\s*$)",
    re.IGNORECASE,
)
_HABIT_RE = re.compile(
    r"(?:still|also|already)\s+(?P<verb>go|play|watch|collect|read|wear|dance|skate|ride|do|attend|sleep|live|"
    r"build|sing|cosplay|draw|use)\s+(?P<obj>[^?!.,;]+)",
    re.IGNORECASE,
)

#: Parts of the body that can limit the user (also the fragments' "Bad lower back.").
BODY_PARTS = (
    r"(?:lower |upper )?back|joints?|knees?|hips?|wrists?|ankles?|shoulders?|neck|elbows?|feet|foot|hamstrings?|"
    r"spine|body|hearing|eyesight|vision"
)
_PARTS = BODY_PARTS
#: "nothing too hard for the joints", "nothing too rough on my knees".
_NOTHING_RE = re.compile(
    rf"\bnothing\s+(?:too\s+|that's too\s+|that is too\s+)?(?:hard|rough|tough|heavy|harsh|intense|hard-hitting|"
    rf"stressful|demanding)\s+(?:on|for)\s+(?:the|my)\s+(?P<part>{_PARTS})\b",
    re.IGNORECASE,
)
#: "something soft for the knees", "exercises that are easy on my back".
_GENTLE_RE = re.compile(
    rf"\b(?:something|anything|things|stuff|exercises?|workouts?|activities|options?)\s+(?:that(?:'s| is| are)\s+)?"
    rf"(?:soft|easy|easier|gentle|gentler|kind|kinder|low-impact|light)\s+(?:on|for|to)\s+(?:the|my)\s+"
    rf"(?P<part>{_PARTS})\b",
    re.IGNORECASE,
)


def _tail(raw: str) -> str:
    """A short place or cause after the condition ("from screens", "on boats"), in the third person."""
    if not _TAIL_RE.match(raw):
        return ""
    obj = take(_TAIL_END.split(raw, maxsplit=1)[0], max_words=6)
    return third_person(obj.text) if obj is not None else ""


def _condition(m: re.Match[str]) -> Draft:
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    tail = _tail(m.group("tail"))
    groups = m.groupdict()
    if what == "claustrophobic":
        return fact(join_text("Is claustrophobic", tail), "claustrophobic", "health")
    verb = "Suffers from" if groups.get("suffer") else "Is prone to" if groups.get("prone") else "Gets"
    return fact(join_text(verb, what, tail), f"gets {subject_key(what)}", "health")


def _voice(sentence: str) -> list[Draft]:
    voice = next((m for m in _VOICE_RE.finditer(sentence) if own(sentence, m.start())), None)
    limit = next((m for m in _RANGE_RE.finditer(sentence) if own(sentence, m.start())), None)
    cannot = "" if limit is None else f"can't {limit.group('verb').lower()} {limit.group('notes').lower()}"
    if voice is not None:
        name = voice.group("voice").lower()
        article = "an" if name[0] in "aeiou" else "a"
        return [fact(join_text("Is", article, name, "who" if cannot else "", cannot), "voice type", "hobbies")]
    if limit is not None:
        return [fact(join_text(cannot), "vocal range", "hobbies", MemoryKind.constraint)]
    return []


def _height(m: re.Match[str]) -> Draft:
    if m.group("metres"):
        said = f"{m.group('metres').replace(',', '.')} m"
    elif m.group("cm"):
        said = f"{m.group('cm')} cm"
    else:
        said = f"{m.group('ft')}'" + (f'{m.group("inch")}"' if m.group("inch") else "")
    return fact(join_text("Is", said, "tall"), "height", "general")


def _age(n: str) -> Draft | None:
    return fact(f"Is {n} years old", "age", "general") if 13 <= int(n) <= 99 else None


def _habit(m: re.Match[str]) -> Draft | None:
    h = _HABIT_RE.match(m.group("habit") or "")
    if h is None:
        return None
    obj = take(h.group("obj"), max_words=8)
    if obj is None or re.match(r"(?:it|this|that|them|there)\b", obj.text, re.IGNORECASE):
        return None
    verb = h.group("verb").lower()
    said = re.sub(r"\byour\b", "their", third_person(obj.text), flags=re.IGNORECASE)  # "still live with your parents"
    return fact(join_text(third_singular(verb), said), f"{verb} {subject_key(said)}", None)


#: Someone else is the one whose body it is ("my mom needs something easy on the knees").
_OTHER_RE = re.compile(
    r"\b(?:(?:my|our|his|her|their|your)\s+(?:[\w-]+\s+)?(?:mom|mum|mother|dad|father|parents?|wife|husband|partner|"
    r"son|daughter|kids?|children|child|baby|toddler|grandma|grandpa|grandmother|grandfather|friend|sister|brother|"
    r"boss|client|dog|cat|horse|aunt|uncle|in-laws?|mother-in-law|father-in-law)|he|she|they|someone|people)\b",
    re.IGNORECASE,
)
#: A pain placed in one moment ("my back hurts after moving boxes yesterday"): no lasting condition.
_ONE_OFF_RE = re.compile(
    r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last night|right now|at the moment|"
    r"since (?:yesterday|this morning|last night)|after (?:\w+ing\s+)?(?:\w+\s+)?(?:yesterday|today|last night))\b",
    re.IGNORECASE,
)


def lasting(drafts: list[Draft], sentence: str) -> list[Draft]:
    """``drafts`` less the body troubles of a sentence that places the pain in one moment ("my back hurts after
    moving boxes yesterday", "my knees are sore today"); "my back is killing me after years on the couch" stays."""
    if not _ONE_OFF_RE.search(sentence):
        return drafts
    return [d for d in drafts if not (d.kind == MemoryKind.fact and d.subject.endswith(" health"))]


def _limits(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    if _OTHER_RE.search(sentence) or _ONE_OFF_RE.search(sentence):
        return out  # "My son gets carsick, so no long drives", "my back is sore today so no gym"
    for m in _NOTHING_RE.finditer(sentence):
        part = third_person(m.group("part").lower())
        out.append(fact(f"Wants nothing too hard on their {part}", f"{part} friendly", "health", MemoryKind.constraint))
    for m in _GENTLE_RE.finditer(sentence):
        part = third_person(m.group("part").lower())
        out.append(fact(f"Wants something easy on their {part}", f"{part} friendly", "health", MemoryKind.constraint))
    return out


#: A body trouble said alone, the "I have" left out ("Bad lower back.", "Dodgy knees!").
_ALONE_RE = re.compile(
    r"^\W*(?:also\s+|and\s+)?(?:an?\s+)?(?P<adj>bad|dodgy|weak|injured|bum|creaky|arthritic|sore)\s+"
    rf"(?P<part>{_PARTS})\W*$",
    re.IGNORECASE,
)


#: A body part said to be giving up ("my back is finally staging a protest", "my knees are on strike").
_PROTEST_RE = re.compile(
    r"\b[Mm]y\s+(?:lower\s+)?(?P<part>back|knees?|hips?|shoulders?|wrists?|neck|joints|eyes)\s+(?:(?:is|are|has been|"
    r"have been|'s|'re)\s+(?:(?:finally|really|officially|seriously|already|starting|beginning|now)\s+)*(?:to\s+)?"
    r"(?:protest(?:ing)?|stag(?:e|ing) a protest|on strike|in revolt|giv(?:e|ing) out|giv(?:e|ing) up|"
    r"not cooperating|falling apart|complaining)\b|(?:aren't|are not|arent|isn't|is not|isnt)\s+what\s+(?:they|it)\s+"
    r"used\s+to\s+be\b)"
)


#: Words that make what follows someone's report or a condition ("my wife says my back ...", "if my knees ...").
_REPORTED_RE = re.compile(r"\b(?:if|when|whenever|unless|says?|said|thinks?|told|asks?|asked|whether)\b|\"", re.I)


def _protest(sentence: str) -> list[Draft]:
    if _ONE_OFF_RE.search(sentence):
        return []
    out = []
    for m in _PROTEST_RE.finditer(sentence):
        if not _REPORTED_RE.search(sentence[: m.start()]):
            part = m.group("part").lower().rstrip("s") if m.group("part").lower() != "joints" else "joint"
            text = "Has poor eyesight" if part == "eye" else f"Has {part} problems"  # "my eyes aren't what ..."
            out.append(fact(text, f"{part} health", "health"))
    return out


def _alone(sentence: str) -> list[Draft]:
    m = _ALONE_RE.match(sentence)
    if m is None or m.group("adj").lower() == "sore":  # "Sore back." is how it feels now
        return []
    part = re.sub(r"\s+", " ", m.group("part")).lower()
    plural = part.endswith("s") or part == "feet"
    text = join_text("Has", "" if plural else "a", m.group("adj").lower(), part)
    return [fact(text, subject_key(part), "health", MemoryKind.constraint)]


#: Words of a body draft that say nothing of what it is about.
_PLAIN = frozenset(
    lx.words(
        "gets|runs|is|are|has|wants|avoids|suffers|from|prone|to|years|old|tall|their|nothing|too|hard|on|something|"
        "easy|in|at|a|an|the|who|can't|m|cm"
    )
)


def unsaid(body: list[Draft], found: list[Draft]) -> list[Draft]:
    """The drafts of ``body`` that no draft of ``found`` says already: not the same subject, nor the same condition
    ("Gets seasick" beside the refusal rule's "Gets seasick", "Is claustrophobic in small rooms" beside "Gets
    claustrophobic in small rooms")."""
    subjects = {d.subject for d in found}
    words = {w for d in found for w in re.findall(r"[\w'-]+", d.text.lower())}
    out = []
    for draft in body:
        key = next((w for w in re.findall(r"[\w'-]+", draft.text.lower()) if w not in _PLAIN), "")
        if draft.subject not in subjects and key not in words:
            out.append(draft)
    return out


def bodies(sentence: str, *, asked: bool = False) -> list[Draft]:
    """The drafts of one sentence about the user's body and the limits it sets; ``asked``: the sentence is a
    question (only what the user states inside it counts, and the habit a question about their age names)."""
    out: list[Draft] = []
    for pattern in (_GET_RE, _PRONE_RE):
        out += [
            _condition(m)
            for m in pattern.finditer(sentence)
            if own(sentence, m.start()) and not _SO_LIMIT_RE.match(sentence, m.end("what"))
        ]
    out += _voice(sentence)
    out += [_height(m) for m in _HEIGHT_RE.finditer(sentence) if own(sentence, m.start())]
    out += [d for m in _YEARS_RE.finditer(sentence) if own(sentence, m.start()) and (d := _age(m.group("n")))]
    if asked and (m := _TO_BE_RE.search(sentence)) and (d := _age(m.group("n"))):
        out += [d] + [h for h in (_habit(m),) if h is not None]
    if not asked:
        out += _limits(sentence) + _alone(sentence) + _protest(sentence) + ways(sentence)
    out += traits(sentence, asked=asked)  # "my hands sweat like crazy", "I can't sit for more than 90 minutes"
    found: dict[str, Draft] = {}
    for draft in out:
        found.setdefault(draft.subject, draft)
    return list(found.values())
