"""What the user has or lacks, said with "I have" / "I've got" / "I own" / "I don't have": a space at home ("I only
have a shady patio", "I have a small balcony on the 5th floor"), equipment and vehicles ("I have a pair of
dumbbells", "I've got a kiln", "I don't have a car") and a lasting trait of the body ("I have flat feet", "I have
long legs").

Only the nouns listed here are read: "I have a question", "I have a meeting tomorrow" or "I have a bad feeling" say
nothing lasting. Not read: a condition or a wish ("if I had a garden", "I wish I had a garage", "I'd love to have a
kiln"), someone else's ("my sister has a kiln" has no "I"), a question ("do I have a ...?"), and a noun that only
qualifies another ("I have a garden party", "I have a car loan": the noun must end its phrase).
"""

from __future__ import annotations

import re

from agents.offline.drafts import IMPLICIT, Draft
from memory.types import MemoryKind, MemorySource

_SPACES = (
    "balcony|patio|garden|vegetable garden|yard|backyard|back yard|front yard|garage|basement|cellar|attic|loft|"
    "terrace|porch|deck|greenhouse|allotment|shed|pool|swimming pool|driveway|workshop|home office|home gym|"
    "spare room|guest room|fireplace|wood stove|rooftop|kitchen|kitchenette"
)
_THINGS = (
    "dumbbells|kettlebells?|treadmill|rowing machine|rower|exercise bike|spin bike|peloton|squat rack|pull-up bar|"
    "yoga mat|bike|bicycle|e-bike|road bike|mountain bike|kayak|canoe|paddleboard|surfboard|longboard|snowboard|"
    "kiln|pottery wheel|3d printer|air fryer|instant pot|pressure cooker|slow cooker|rice cooker|stand mixer|"
    "food processor|blender|grill|bbq|smoker|dutch oven|cast iron pan|wok|espresso machine|french press|"
    "sewing machine|piano|digital piano|keyboard|guitar|acoustic guitar|electric guitar|drum kit|violin|ukulele|"
    "telescope|drone|dslr|camera|turntable|record player|standing desk|car|van|truck|pickup|motorbike|motorcycle|"
    "scooter|kindle|e-reader|ipad|tablet|laptop|macbook|macbook pro|chromebook|gaming pc|pc|mac|iphone|"
    "android phone|ps5|ps4|xbox|nintendo switch|switch|smart tv|dishwasher|oven|microwave|freezer|chest freezer|"
    "washing machine|dryer|tumble dryer|hot tub|sauna|generator|solar panels|heat pump|tv|television|projector|"
    "soundbar|printer|fridge|hob|induction hob|gas hob|cooktop|stove|gas stove|electric stove|smartwatch|"
    "apple watch|fitness tracker|second monitor|monitor|desktop|webcam|stroller|pram|car seat|gpu|graphics card|"
    "jet ski|rv|camper|camper van|campervan|caravan|hatchback|sedan|saloon|estate car|suv|minivan|people carrier|"
    "motorhome|tent|hammock|lathe|table saw|loom|spinning wheel|synth|synthesizer|cello|saxophone|trumpet|flute|"
    "banjo|mandolin|accordion|bass guitar|home server|nas|raspberry pi|fish tank|aquarium|"
    "(?<!full )(?<!empty )(?<!gas )tank(?! of\\b)"
)
_BODY = (
    "flat feet|wide feet|small feet|big feet|long legs|short legs|small hands|big hands|sensitive skin|dry skin|"
    "oily skin|curly hair|thin hair|fine hair|thick hair|a sweet tooth|a small appetite|a big appetite|"
    "a weak stomach|a sensitive stomach|a bad back|a short attention span|perfect pitch|sensitive teeth|fair skin|"
    "pale skin|olive skin|dark skin|freckles|thick skin|a small bladder"
)
_OPT_ADJ = r"(?:(?!(?:with|for|of|to|in|on|at|the|a|an|and|or|but|about|from|my|your|their|this|that)\b)[\w'-]+\s+)"
_PLAIN_ADJ = r"(?:(?:small|big|tiny|large|little|old|new|shady|sunny|windy|electric|manual|cheap|basic|own)\s+)"
#: A named make or model, with its model words ("an old iPhone 8", "a 2015 MacBook Air", "a Honda Civic").
_MAKES = (
    r"(?:iphone|ipad|macbook|kindle|pixel|galaxy|samsung|oneplus|thinkpad|surface|steam deck|honda|toyota|ford|"
    r"tesla|subaru|vw|volkswagen|bmw|audi|kia|hyundai|mazda|nissan|volvo|prius|jeep|fiat|skoda|renault|peugeot)"
    r"(?:\s+(?-i:[A-Z0-9][\w-]*)){0,3}"
)
_ITEM = rf"(?:{_MAKES}|(?:{_SPACES}|{_THINGS})s?)"
_NOUN = rf"(?P<noun>(?:(?:pairs?|sets?|couple) of\s+)?{_OPT_ADJ}{{0,3}}{_ITEM})"
_BARE_NOUN = rf"(?P<bare>{_PLAIN_ADJ}{{0,2}}{_ITEM})"  # no article: "I have only small balcony", "I have dumbbells"
_AFTER = (
    r"(?=\s*(?:[,.;:!?)]|$|\s(?:in|on|at|with|and|but|so|that|which|for|from|of|here|there|now|too|though|like|"
    r"as well|either|anymore|any more|yet|outside|out back|upstairs|downstairs|right now|currently|atm)\b))"
)
_HAVE_RE = re.compile(
    rf"(?<![\w'])(?:I|i)(?:\s+(?P<only>only\s+)?(?:have got|have|own|got)|'ve got)\s+(?P<only2>only\s+|just\s+)?"
    rf"(?:(?P<det>a|an|one|two|three|some|my own)\s+{_NOUN}|{_BARE_NOUN}){_AFTER}",
    re.IGNORECASE,
)
#: The next thing in the same list: "I've got an air fryer and a slow cooker".
_ALSO_RE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<det>a|an|one|two|three|some)\s+{_NOUN}{_AFTER}", re.I)
_TRAIT_RE = re.compile(rf"(?<![\w'])(?:I|i)(?:\s+have got|\s+have|'ve got)\s+(?P<noun>{_BODY}){_AFTER}", re.IGNORECASE)
#: Children named by their age alone: "I have a 3 year old and a newborn", "I've got two toddlers".
_KID = (
    r"(?:newborn|infant|toddler|preschooler|"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|month)[- ]?old)s?"
)
_KIDS_RE = re.compile(
    rf"(?<![\w'])(?:I|i)(?:\s+have got|\s+have|'ve got|\s+got)\s+(?:a|an|one|two|three|four)\s+{_KID}"
    rf"(?:\s*(?:,|and)\s*(?:a|an|one|two|three|four)\s+{_KID})*{_AFTER}",
    re.IGNORECASE,
)
_ONE_KID_RE = re.compile(rf"\b(?P<det>a|an|one|two|three|four)\s+(?P<kid>{_KID})", re.IGNORECASE)
_LACK_RE = re.compile(
    rf"(?<![\w'])(?:I\s+(?:don'?t|do not|dont)\s+(?:have|own)\s+(?:a|an|any)|(?:I|we)\s+have\s+no)\s+{_NOUN}{_AFTER}",
    re.IGNORECASE,
)
#: "we have a washing machine but no dryer": what the user has, and then what not.
_BUT_NO_RE = re.compile(
    rf"(?<![\w'])(?:I|we)\s+(?:have|own|have got|got)\s+(?:an?\s+)?[\w\s-]{{1,30}}?,?\s+but\s+no\s+{_NOUN}{_AFTER}",
    re.IGNORECASE,
)
#: "I don't have kids", "I have no children": no article, so not :data:`_LACK_RE`'s (not "the kids this weekend").
_NO_KIDS_RE = re.compile(
    rf"(?<![\w'])(?:I|i)\s+(?:(?:don'?t|do not)\s+have\s+(?:any\s+)?|have\s+no\s+)(?P<noun>kids|children){_AFTER}",
    re.IGNORECASE,
)
#: What turns the words before "I" into a condition, a wish or a question rather than a statement.
_NOT_SAID_RE = re.compile(
    r"\b(?:if|unless|once|when|whether|wish|hope|imagine|suppose|should|would|could|do|does|did|can|will|"
    r"maybe|might|want to|going to|gonna|planning to|thinking of|thinking about)\W*$|[\"\u201c]\W*$",
    re.IGNORECASE,
)
_LATER_RE = re.compile(r"^\s*(?:yet|soon|anymore|any more|next|tomorrow|tonight)\b", re.IGNORECASE)


#: What the user's home does not allow: "blinds are not allowed in my rental", "no pets allowed in my building",
#: "my landlord doesn't allow pets".
_NOT_ALLOWED_RE = re.compile(
    r"(?:\b(?P<x>(?!(?:it|this|that|they|which|what|nothing|everything|anything|if|when|whether|unless|because|so|"
    r"and|but|since)\b)[a-z][\w'-]*(?:\s+[\w'-]+){0,2}?)"
    r"\s+(?:are|is|'re)\s*(?:not|n't)\s+allowed|\bno\s+(?P<x2>[a-z][\w'-]*(?:\s+[\w'-]+){0,2}?)\s+allowed)\s+in\s+"
    r"(?:my|our)\s+(?P<home>rental|building|flat|apartment|complex|place|house|dorm|unit|condo)\b|"
    r"\b(?:my|our)\s+(?P<who>landlord|lease|building|hoa|strata)\s+(?:doesn't|does not|won't|will not)\s+"
    r"(?:allow|let (?:me|us) have|permit)\s+(?P<x3>[a-z][\w'-]*(?:\s+[\w'-]+){0,2}?)"
    r"(?=\s*(?:[,.;!?]|$|\s(?:so|and|but)\b))",
    re.IGNORECASE,
)


def _said(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    if _NOT_SAID_RE.search(before) or before.count('"') % 2 == 1:
        return False
    return not _LATER_RE.match(sentence[m.end() :])


def _fact(text: str, subject: str, sentence: str) -> Draft:
    return Draft(text, MemoryKind.fact, subject, IMPLICIT, MemorySource.implicit, quote=sentence)


def _article(noun: str, det: str) -> str:
    det = det.strip().lower()
    if det and det not in ("a", "an"):
        return det
    if noun.startswith(("pair ", "set ", "couple ")):
        return "a"
    if noun.endswith("s") and not noun.endswith(("ss", "us")):
        return ""
    return "an" if noun[:1].lower() in "aeiou" else "a"


def _has(noun: str, det: str, *, only: bool = False) -> str:
    """ "Has a garden", "Has only a microwave", "Has dumbbells": the words of one thing owned."""
    return " ".join(w for w in ("Has", "only" if only else "", _article(noun, det), noun) if w)


def holdings(sentence: str) -> list[Draft]:
    """What one sentence says the user has or lacks; at most one draft per noun phrase."""
    out: list[Draft] = []
    for m in _HAVE_RE.finditer(sentence):
        if not _said(sentence, m):
            continue
        noun = (m.group("noun") or m.group("bare")).strip()
        only = bool(m.group("only")) or (m.group("only2") or "").strip() in ("only", "just")
        out.append(_fact(_has(noun, m.group("det") or "", only=only), noun.lower(), sentence))
        end = m.end()
        while not only and (more := _ALSO_RE.match(sentence, end)) is not None:  # "... and a slow cooker"
            noun, end = more.group("noun").strip(), more.end()
            out.append(_fact(_has(noun, more.group("det")), noun.lower(), sentence))
    for m in _TRAIT_RE.finditer(sentence):
        if _said(sentence, m):
            out.append(_fact(f"Has {m.group('noun').lower()}", m.group("noun").lower(), sentence))
    for m in _KIDS_RE.finditer(sentence):
        for kid in _ONE_KID_RE.finditer(m.group(0)) if _said(sentence, m) else ():
            noun = re.sub(r"(\w+)[- ]?(year|month)[- ]?old(s?)$", r"\1-\2-old child\3", kid.group("kid").lower())
            noun = noun.replace("childs", "children")
            out.append(_fact(f"Has {kid.group('det').lower()} {noun}", "children", sentence))
    for m in _NOT_ALLOWED_RE.finditer(sentence):
        if _said(sentence, m):
            what = (m.group("x") or m.group("x2") or m.group("x3")).strip().lower()
            where = f"in their {m.group('home').lower()}" if m.group("home") else "by their " + m.group("who").lower()
            text = f"{what[:1].upper()}{what[1:]} not allowed {where}"
            out.append(Draft(text, MemoryKind.constraint, what, IMPLICIT, MemorySource.implicit, quote=sentence))
    for m in (*_LACK_RE.finditer(sentence), *_BUT_NO_RE.finditer(sentence)):
        if _said(sentence, m):
            noun = m.group("noun").strip()
            article = _article(noun, "a") or "any"
            out.append(_fact(f"Does not have {article} {noun}", noun.lower(), sentence))
    for m in _NO_KIDS_RE.finditer(sentence):
        if _said(sentence, m):
            out.append(_fact(f"Has no {m.group('noun').lower()}", "children", sentence))
    return out
