"""Facts about the user's own things, body and place said with "my", "our" or "here" rather than "I".

- the dwelling, its age and size: "My house is from 1960", "our 3 bed house", "my flat is tiny";
- a language's level: "my German is not good yet", "my Spanish is rusty", "sorry for my bad English";
- the body, as a health fact: "my knees say no more", "my back is finally starting to hurt", "my bad knees";
  a past operation or injury named in passing: "I quit running after my knee surgery" -> Had knee surgery;
- the place: "Here in Canada ...", "In my city Porto ...", "in Leeds, where I live";
- people and things that exist because they are named as the user's: "my trainer", "my therapist", "my landlord"
  (a renter), "the baby's room" or "our baby" (a baby), "our twins"; "Everything in our house is Apple".

Not read: someone else's things ("my friend's house" never has "my" right before the noun), a question about the
thing's state ("is my house too old for ...?" reads nothing; "what would it cost for our 3 bed house" still says the
house has three bedrooms), a condition ("if my back hurts ..."), quoted text, and the passing state of anything else
("my phone is dead": only the nouns above are read).
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.diagnoses import OPERATION, operation_text
from agents.offline.drafts import IMPLICIT, Draft
from agents.offline.normalize import subject_key
from memory.types import MemoryKind, MemorySource

_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}
_ADV = r"(?:(?:very|really|pretty|quite|super|so|kinda|kind of|rather|fairly|a bit|a little|still|now|finally|already|"
_ADV += r"definitely|honestly|just|also|getting|starting to get)\s+)*"
_DWELLING = r"house|flat|apartment|condo|townhouse|townhome|bungalow|cottage|duplex|studio (?:apartment|flat)"
_SIZE_ADJ = r"tiny|small|little|big|large|huge|cramped|spacious|old|ancient|new|brand new|rented|drafty"
_NOT_MINE = r"(?:old|former|previous|last|first|future|dream|ex|next)\s"
_ROOMS = r"(?P<n>[1-6]|one|two|three|four|five|six)[- ]?(?:bed(?:room)?|br|bd)s?\b"
#: "our 3 bed house", "my 1920s house", "my tiny flat": what the noun phrase itself says, even inside a question.
_DWELLING_NP_RE = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?!{_NOT_MINE})(?:(?P<decade>1[89]\d0s|20[0-2]0s)\s+|{_ROOMS}\s+|(?P<adj>tiny|small|"
    rf"little|cramped|rented|spacious)\s+)(?:(?:old|little|rented)\s+)?(?P<noun>{_DWELLING})\b(?!\s+(?:plants?|party|"
    rf"music|keys?|rules|guests?|hunt|search|listing|viewing))",
)
#: "My house is from 1960", "our house was built in 1920", "our flat is 100 years old", "my apartment is tiny".
_DWELLING_IS_RE = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?P<noun>{_DWELLING})\s+(?:is|was|'s)\s+{_ADV}(?:(?:from|built in|(?:built|made) around|"
    rf"from around|from the)\s+(?P<year>1[6-9]\d\ds?|20[0-2]\ds?)\b|(?P<age>\d{{2,3}})\s+years old\b|"
    rf"(?P<adj>{_SIZE_ADJ})\b(?!\s+(?:to|for|enough)\b))",
)
_LANG = lx.alternation(lx.HUMAN_LANGUAGES)
_POOR = (
    r"bad|poor|weak|limited|basic|broken|terrible|awful|rusty|"
    r"not (?:so |very |that |too |super |really )?(?:good|great|perfect|fluent|strong)|"
    r"not the best|so-so|beginner(?: level)?|at (?:a )?beginner level|still (?:bad|basic|weak)"
)
#: "my German is not good yet", "my Spanish is rusty", "my English is B1".
_LANG_IS_RE = re.compile(
    rf"\b[Mm]y\s+(?P<lang>{_LANG})\s+(?:is|'s|still is|is still)\s+{_ADV}"
    rf"(?:(?P<poor>{_POOR})|(?P<fluent>fluent|native)|"
    rf"(?:at\s+(?:an?\s+)?)?(?P<cefr>[ABC][12])\b)(?P<yet>[^.!?]{{0,30}}\b(?:yet|still learning|improving|getting "
    rf"better))?",
    re.IGNORECASE,
)
#: "sorry for my bad English", "excuse my broken German": the level said in passing.
_LANG_NP_RE = re.compile(
    rf"\b(?:(?:[Ss]orry|[Ee]xcuse|[Pp]ardon|[Ff]orgive)\s+(?:me\s+)?(?:for\s+)?my\s+(?:(?P<poor>bad|poor|broken|"
    rf"limited|basic|rusty|weak|imperfect|terrible)\s+)?|[Mm]y\s+(?P<poor2>bad|poor|broken|limited|basic|rusty|weak|"
    rf"terrible)\s+)(?P<lang>{_LANG})\b",
    re.IGNORECASE,
)
_PARTS = {"knee": "knee", "knees": "knee", "back": "back", "lower back": "back", "neck": "neck", "shoulder": "shoulder"}
_PARTS |= {"shoulders": "shoulder", "hip": "hip", "hips": "hip", "wrist": "wrist", "wrists": "wrist", "ankle": "ankle"}
_PARTS |= {"ankles": "ankle", "elbow": "elbow", "elbows": "elbow", "joints": "joint", "eyes": "eye", "eyesight": "eye"}
_PARTS |= {"vision": "eye", "hearing": "hearing"}
_PART = r"(?:lower back|" + "|".join(sorted((p for p in _PARTS if " " not in p), key=len, reverse=True)) + ")"
_SIDE = r"(?:(?:left|right|lower|upper|poor|bad|old|dodgy|bum|weak|creaky|injured|arthritic)\s+)?"
_HURT = (
    r"bad|not (?:great|good|the best|what (?:it|they) used to be)|weak|shot|wrecked|a mess|killing me|sore|stiff|"
    r"aching|painful|hurting|failing|going|getting worse|terrible|awful|garbage|trash|ruined|(?:beginning|starting) "
    r"to (?:hurt|ache|go|fail|complain)"
)
#: "my knees are bad", "my back is finally starting to hurt", "my knees say no more", "my eyes are not great",
#: "my back's been killing me".
_BODY_RE = re.compile(
    rf"\b[Mm]y\s+{_SIDE}(?P<part>{_PART})(?:'s\s+been\s+{_ADV}(?:{_HURT})\b|\s+(?:(?:is|are|has been|have been|'s|'re)"
    rf"\s+{_ADV}(?:{_HURT})\b|"
    r"(?:\w+\s+){0,2}?(?:hurts?|aches?|hate|hates|can't take|cannot take|can't handle|don't like|doesn't like|"
    r"says? no|complains?|complain|acts? up|gives? out|give me (?:trouble|problems|grief)|gives me (?:trouble|"
    r"problems|grief)|kills? me|are killing me|is killing me)\b))",
)
#: "my bad knees", "my dodgy back", "my knee injury"; a past operation is :data:`_OPERATED_RE`.
_BODY_NP_RE = re.compile(
    rf"\b[Mm]y\s+(?:(?:bad|dodgy|bum|weak|creaky|arthritic|injured|bad old|old)\s+(?P<part>{_PART})\b(?!\s+(?:yard|"
    rf"garden|seat|door|porch))|(?:recent\s+|last\s+)?(?P<part2>knee|back|hip|wrist|shoulder|ankle|neck|elbow|spine|"
    r"ACL)\s+(?P<what>injury))",
)
#: "after my knee surgery", "since my hip replacement", "because of my torn ACL": an operation as a mark in time.
_OPERATED_RE = re.compile(
    rf"\b(?:after|since|because of|following|post)\s+my\s+(?:recent\s+|last\s+)?(?P<what>{OPERATION})\b",
    re.IGNORECASE,
)
_PLACE = r"(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
_NOT_PLACE = re.compile(
    r"(?:the\s+)?(?:I|I'm|The|My|Our|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Chat|ChatGPT|English)\b"
)
_TRIP = re.compile(
    r"\b(?:vacation|holiday|trip|visiting|travel(?:l?ing)?|for (?:the|a|two|three|\d+) (?:week|day|month)s?|"
    r"this week|conference|business trip|layover|stopover)\b",
    re.IGNORECASE,
)
#: "Here in Canada ...", "In my city Porto ...", "in Leeds, where I live"; "Morocco where I grew up".
_PLACE_RE = re.compile(
    rf"\b(?:[Hh]ere in (?P<x>{_PLACE})|[Ii]n my (?:city|town|village|country|area|region|state|province),?\s+"
    rf"(?P<y>{_PLACE})|\b(?:[Ii]n )?(?P<z>{_PLACE}),?\s+where (?:I|i|we) (?P<how>live|grew up|am based|reside)\b)"
)
_PEOPLE = {
    "landlord": "Is a renter",
    "landlady": "Is a renter",
    "lease": "Is a renter",
    "mortgage": "Has a mortgage",
    "trainer": "Works with a trainer",
    "personal trainer": "Works with a personal trainer",
    "riding instructor": "Takes riding lessons",
    "coach": "Has a coach",
    "tutor": "Has a tutor",
    "therapist": "Sees a therapist",
    "physio": "Sees a physiotherapist",
    "physiotherapist": "Sees a physiotherapist",
    "nanny": "Has a nanny",
    "wheelchair": "Uses a wheelchair",
    "guide dog": "Has a guide dog",
    "hearing aid": "Wears hearing aids",
    "hearing aids": "Wears hearing aids",
}
#: "my trainer yells ...", "our landlord": a person or tie that exists as the user's. Not a roommate: in every labelled
#: set "my roommate keeps telling me ..." is someone else's news, never a fact about the user (tune, wild2).
_PEOPLE_RE = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?!{_NOT_MINE})(?:new\s+|current\s+)?"
    rf"(?P<who>{'|'.join(sorted(_PEOPLE, key=len, reverse=True))})\b(?!'s?\s+(?:number|address))(?!-|\s+agreement)"
    # as for family (:mod:`agents.offline.possessions`): not when the person's own view or wish is the news ("my
    # trainer says I should do squats", "my roommate is obsessed with kombucha")
    r"(?!\s+(?:\w+\s+)?(?:loves?|likes?|prefers?|hates?|enjoys?|dislikes?|adores?|wants?|is into|are into|is obsessed|"
    r"are obsessed|is a (?:big |huge )?fan|can't stand|thinks?|says?|said|swears?|insists?|recommends?|recommended|"
    r"suggests?|suggested)\b)"
)
_BABY_RE = re.compile(
    r"\b(?:(?:[Tt]he|[Oo]ur)\s+baby'?s\s+(?:room|nursery|crib|cot|bedroom|nap|naps|bottles?|monitor|clothes|stuff|"
    r"things)|[Oo]ur\s+(?:new\s+|newborn\s+|little\s+)?baby\b(?!\s+(?:shower|steps|monitor|gate)))"
)
_OUR_KIDS_RE = re.compile(
    r"\b[Oo]ur\s+(?:(?P<n>two|three|four|2|3|4)\s+|little\s+|young\s+)?(?P<who>kids|children|son|daughter|twins|"
    r"toddler|teenagers?|sons|daughters)\b(?!'s|-)"
    # not when the children's own tastes are the news ("our toddler refuses vegetables"), as for "my" in possessions
    r"(?!\s+(?:\w+\s+)?(?:loves?|likes?|prefers?|hates?|enjoys?|dislikes?|adores?|wants?|refuses?|won't|wouldn't|"
    r"doesn't|don't|never|only|is into|are into|can't stand|thinks?|says?|said)\b)"
)
_BRANDS = {"apple": "Apple devices", "google": "Google devices", "samsung": "Samsung devices", "android": "Android"}
_BRANDS |= {"alexa": "Alexa", "amazon": "Amazon devices", "homekit": "HomeKit", "microsoft": "Microsoft devices"}
_BRAND = "|".join(b.capitalize() for b in _BRANDS) + "|HomeKit"
#: "Everything in our house is Apple", "we're an Apple household", "our home is all Google".
_HOUSEHOLD_RE = re.compile(
    rf"\b(?:(?:[Ee]verything|[Aa]ll)\s+(?:in|at|around)\s+(?:our|my)\s+(?:house|home|place|apartment|flat|household)"
    rf"\s+is\s+(?:on\s+)?|(?:[Oo]ur|[Mm]y)\s+(?:house|home|household)\s+is\s+(?:all|fully|completely|entirely)\s+|"
    rf"(?:[Ww]e're|[Ww]e are|[Ii]'m|[Ii] am)\s+(?:an?\s+)?(?:all[- ]|full[- ]|complete\s+|total\s+)?)"
    rf"(?P<b>{_BRAND})\b(?!\s+[A-Z])(?:\s+(?:household|family|home|house|people))?"  # not "a Google Sheets shop"
)
_CONDITION_RE = re.compile(r"\b(?:if|unless|in case|whether|suppose|supposing|once)\b[^,;:]*$", re.IGNORECASE)
_ASKED_RE = re.compile(r"\b(?:is|are|was|were|does|do|did|should|would|could|can|will|isn't|aren't)\s+$", re.I)


def _fact(text: str, subject: str, category: str | None = None) -> Draft:
    return Draft(text, MemoryKind.fact, subject, IMPLICIT, MemorySource.implicit, category=category)


def _quoted(sentence: str, pos: int) -> bool:
    before = sentence[:pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _said(sentence: str, m: re.Match[str], *, asked: bool = True) -> bool:
    """The match is the user's own word: not quoted, not under a condition, and (``asked``) not asked about."""
    before = sentence[: m.start()]
    if _quoted(sentence, m.start()) or _CONDITION_RE.search(before):
        return False
    return not (asked and _ASKED_RE.search(before))


def _dwelling(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _DWELLING_NP_RE.finditer(sentence):
        if _quoted(sentence, m.start()):
            continue
        noun = m.group("noun")
        if m.group("n"):
            mod = _WORDS.get(m.group("n"), m.group("n").lower()) + "-bedroom"
        else:
            mod = m.group("decade") or m.group("adj")
        out.append(_fact(f"Lives in {'an' if mod[0] in 'aeiou' else 'a'} {mod} {noun}", "home"))
    for m in _DWELLING_IS_RE.finditer(sentence):
        if not _said(sentence, m):
            continue
        noun = m.group("noun")
        if m.group("year"):
            text = f"Lives in a {noun} built in {'the ' if m.group('year').endswith('s') else ''}{m.group('year')}"
        elif m.group("age"):
            text = f"Lives in a {m.group('age')}-year-old {noun}"
        else:
            adj = m.group("adj")
            text = f"Lives in {'an' if adj[0] in 'aeiou' else 'a'} {adj} {noun}"
        out.append(_fact(text, "home"))
    return out


#: "English is not my first language", "but it is not my first language" (the language named before it).
_FIRST_LANG_RE = re.compile(
    rf"\b(?P<lang>{_LANG}|it)\s*(?:(?:is|'s)\s+(?P<neg>not\s+)?|\s(?P<nt>isn't|isnt|aint)\s+)my\s+(?P<which>first|native|second|third|mother)\s+"
    r"(?:language|tongue)\b",
    re.IGNORECASE,
)


def _first_language(sentence: str) -> list[Draft]:
    m = _FIRST_LANG_RE.search(sentence)
    if m is None or not _said(sentence, m):
        return []
    lang = m.group("lang")
    if lang.lower() == "it":
        named = re.findall(rf"\b(?:{_LANG})\b", sentence[: m.start()], re.IGNORECASE)
        if not named:
            return []
        lang = named[-1]
    lang, which = lang.capitalize(), m.group("which").lower()
    first = which in ("first", "native", "mother")
    text = f"{lang} is {'not ' if m.group('neg') or m.group('nt') else ''}their {'first' if first else which} language"
    return [_fact(text, f"{lang.lower()} level", "communication")]


def _language(sentence: str) -> list[Draft]:
    out: list[Draft] = _first_language(sentence)
    sentence = re.sub(r"\b(is)n'?t\b", r"\1 not", sentence, flags=re.IGNORECASE)  # "my French isn't good enough"
    for m in _LANG_IS_RE.finditer(sentence):
        if not _said(sentence, m) or m.group("lang") == "polish":  # "my polish is chipped": nail polish
            continue
        lang, poor = m.group("lang").capitalize(), (m.group("poor") or "").lower()
        if m.group("cefr"):
            text = f"Speaks {lang} at {m.group('cefr').upper()} level"
        elif m.group("fluent"):
            text = f"Is fluent in {lang}"
        elif m.group("yet"):
            text = f"Is still learning {lang}"
        else:
            text = f"Has rusty {lang}" if poor == "rusty" else f"Has limited {lang}"
        out.append(_fact(text, f"{lang.lower()} level", "communication"))
    for m in _LANG_NP_RE.finditer(sentence):
        if not _quoted(sentence, m.start()):
            lang, poor = m.group("lang").capitalize(), (m.group("poor") or m.group("poor2") or "").lower()
            text = f"Has rusty {lang}" if poor == "rusty" else f"Has limited {lang}"
            out.append(_fact(text, f"{lang.lower()} level", "communication"))
    return out


def _trouble(part: str) -> str:
    return {"eye": "Has poor eyesight", "hearing": "Has hearing problems"}.get(part, f"Has {part} problems")


#: A part that hurts for now: "I've been coding all day and my eyes hurt", "my back is killing me today".
_BODY_NOW_RE = re.compile(
    r"\b(?:all day|today|tonight|right now|this (?:morning|afternoon|evening)|yesterday|last night)\b", re.IGNORECASE
)


def _body(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _BODY_RE.finditer(sentence):
        if _said(sentence, m) and not _BODY_NOW_RE.search(sentence):
            part = _PARTS[m.group("part").lower()]
            out.append(_fact(_trouble(part), f"{part} health", "health"))
    for m in _BODY_NP_RE.finditer(sentence):
        if _quoted(sentence, m.start()):
            continue
        if m.group("part"):
            part = _PARTS[m.group("part").lower()]
            out.append(_fact(_trouble(part), f"{part} health", "health"))
            continue
        part, what = m.group("part2"), m.group("what").lower()
        out.append(_fact(f"Has a {part} {what.lower()}", f"{part.lower()} health", "health"))
    for m in _OPERATED_RE.finditer(sentence):
        if _said(sentence, m, asked=False):
            what = operation_text(m.group("what"))
            what = what if what.endswith("surgery") else f"a {what}"
            out.append(_fact(f"Had {what}", subject_key(what), "health"))
    return out


def _place(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _PLACE_RE.finditer(sentence):
        x = re.sub(r"'s$", "", m.group("x") or m.group("y") or m.group("z"))
        if _NOT_PLACE.fullmatch(x) or _NOT_PLACE.match(x) or _quoted(sentence, m.start()) or _TRIP.search(sentence):
            continue
        if m.group("how") == "grew up":
            out.append(_fact(f"Grew up in {x}", "hometown", "location"))
        else:
            out.append(_fact(f"Lives in {x}", "home city", "location"))
    return out


def _people(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    for m in _PEOPLE_RE.finditer(sentence):
        if _quoted(sentence, m.start()) or _CONDITION_RE.search(sentence[: m.start()]):
            continue
        who = m.group("who").lower()
        text = _PEOPLE[who]
        if who == "trainer" and re.search(r"\blessons?\b", sentence, re.I):
            text = "Takes lessons with a trainer"
        out.append(_fact(text, "renting" if text == "Is a renter" else who.rstrip("s"), None))
    if (baby := _BABY_RE.search(sentence)) and not _quoted(sentence, baby.start()):
        out.append(_fact("Has a baby", "baby", "family"))
    for m in _OUR_KIDS_RE.finditer(sentence):
        if _quoted(sentence, m.start()):
            continue
        who, n = m.group("who").lower(), (m.group("n") or "").lower()
        count = _WORDS.get(n, n)
        article = "" if count or who.endswith("s") or who in ("children",) else "a"
        out.append(_fact(" ".join(w for w in ("Has", article, count, who) if w), who.rstrip("s"), "family"))
    for m in _HOUSEHOLD_RE.finditer(sentence):
        if _said(sentence, m):
            out.append(_fact(f"Uses {_BRANDS[m.group('b').lower()]}", f"{m.group('b').lower()} devices"))
    return out


def belongings(sentence: str) -> list[Draft]:
    """The facts of one sentence about the user's dwelling, language level, body, place and the people and
    things named as theirs; at most one per memory text."""
    found: dict[str, Draft] = {}
    for draft in _dwelling(sentence) + _language(sentence) + _body(sentence) + _place(sentence) + _people(sentence):
        found.setdefault(draft.text, draft)
    return list(found.values())
