"""Setup lists: verbless noun phrases that say what the user has or is, read as facts.

"Studio, no car, no pets." (lives in a studio, has no car, has no pets), "Glass desk.", "20 gallon, planted, soft
water.", "Married, two kids, renting.", "Snowboarder, not skier.", "..., tiny second bedroom, no window". Each phrase
is read by its head noun: a dwelling ("Lives in a studio"), a room, a piece of equipment or furniture described by
a modifier ("Has a glass desk", not a bare "Desk."), a possession said to be missing ("no car": not "no isekai", "no
reissues", "No Google", which are limits of taste and stay the rules' and the reader's), an identity ("Is a
snowboarder, not a skier"), a state ("Is married"); the phrases of a comma list are also read one by one as
:mod:`agents.offline.terse` fragments ("two kids", "renting").

A thing named first in a turn of several sentences, or in a turn that also sets a price, is the thing the user is
after ("Monitor arm. Glass desk.", "Standing desk. Under $400."), not one they have; a pick among offered options is
the choice rules'. :func:`agents.offline.reader.read_parts` adds these facts to the rules' drafts;
:mod:`agents.offline.guided` keeps the learned reader off a clause read whole (issue 13, session 11).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import capitalize, subject_key
from agents.offline.profile_lines import not_the_users
from agents.offline.reader_kinds import kind_hint
from agents.offline.terse import fragment
from memory.types import MemoryKind, MemorySource

if TYPE_CHECKING:  # the reader adds these facts to its sentences' drafts
    from agents.offline.reader import Reading

_DWELLINGS = "studio|studio apartment|apartment|flat|condo|house|townhouse|dorm|bungalow|cabin|houseboat|loft|duplex"
#: Rooms, furniture and equipment a user describes as theirs ("tiny second bedroom", "glass desk", "electric kiln").
_THINGS = (
    "bedroom|office|home office|kitchen|bathroom|garage|basement|attic|room|balcony|garden|yard|backyard|patio|"
    "desk|chair|table|bed|mattress|sofa|couch|kiln|wheel|oven|stove|hob|range|grill|smoker|fridge|freezer|"
    "tank|aquarium|longboard|shortboard|surfboard|board|snowboard|skis|bike|car|van|truck|motorcycle|scooter|"
    "laptop|desktop|pc|mac|macbook|phone|tablet|camera|tv|monitor|printer|router|piano|guitar|keyboard|"
    "sewing machine|espresso machine|dishwasher|washer|dryer|dumbbells|kettlebells?|treadmill|rowing machine|"
    "exercise bike|pull-up bar|yoga mat|resistance bands|weights|microwave|air fryer|slow cooker|hot plate|rice cooker"
)
#: What a user may say they lack ("no car", "no pets", "no window"); not a genre, a brand or an option, nor a
#: platform ("No PC", "No Mac": which one the answers may assume, a limit more than a possession).
_FEATURES = (
    "window|windows|natural light|daylight|air conditioning|ac|a/c|heating|elevator|lift|balcony|yard|garden|"
    "backyard|patio|parking|garage|driveway|off-street parking|dishwasher|washing machine|washer|dryer|oven|bathtub|"
    "tub|basement|storage|shed"
)
_LACKS = (
    f"{_FEATURES}|car|cars|bike|kids|children|pets|pet|{lx.alternation(lx.PETS)}|tv|printer|freezer|microwave|"
    "license|licence|driver's license|drivers license|gym|gym access|equipment"
)
#: Words before a head noun that say what the thing is like, not which one to buy.
_SHOPPING = frozenset(
    re.findall(
        r"\S+",
        "new best good cheap cheaper budget decent nice which what any some another better affordable recommended "
        "used second-hand secondhand ideal perfect right first need needs want wants buy get find recommend suggest "
        "looking for the a an my your to of with in on not no",
    )
)
_IDENTITIES = (
    "snowboarder|skier|surfer|swimmer|runner|cyclist|climber|boulderer|hiker|lifter|powerlifter|golfer|gamer|"
    "introvert|extrovert|night owl|early bird|morning person|night person|"
    "renter|homeowner|commuter|freelancer|student|retiree|nurse|teacher|developer|programmer|designer|parent|"
    "single parent|single mom|single dad|stay-at-home parent|lefty|left-hander"
)
_STATES = (
    "married|divorced|widowed|engaged|retired|pregnant|unemployed|self-employed|left-handed|colorblind|colourblind"
)

_DWELLING_RE = re.compile(
    rf"^(?:an?\s+)?(?P<mods>(?:(?:small|tiny|big|large|shared|rented|furnished|one-bedroom|two-bedroom|1br|2br|"
    rf"ground-floor|top-floor|old|basement)\s+)*)(?P<x>{_DWELLINGS})$",
    re.IGNORECASE,
)
_THING_RE = re.compile(
    rf"^(?:an?\s+|my\s+)?(?P<mods>(?:[\w'\"\u2019.-]+\s+){{1,3}})(?P<x>{_THINGS})$",
    re.IGNORECASE,
)
_LACK_RE = re.compile(rf"^(?:no|zero)\s+(?P<x>{_LACKS})$", re.IGNORECASE)
#: What the user has, and nothing more: "just a pair of dumbbells", "only a microwave".
_ONLY_RE = re.compile(
    rf"^(?:just|only)\s+(?P<np>(?:an?|one|two|a pair of|a set of|some)\s+(?:[\w-]+\s+){{0,2}}?(?:{_THINGS}))$", re.I
)
_FEATURE_RE = re.compile(rf"^no\s+(?:{_FEATURES})$", re.IGNORECASE)
_IDENTITY_RE = re.compile(
    rf"^(?:an?\s+)?(?P<x>(?:(?:lifelong|longtime|casual|keen|avid|hobby|weekend)\s+)?(?:{_IDENTITIES}))"
    rf"(?:,?\s+not\s+(?:an?\s+)?(?P<y>{_IDENTITIES}))?(?:\s+here)?$",
    re.IGNORECASE,
)
_STATE_RE = re.compile(rf"^(?P<x>{_STATES})$", re.IGNORECASE)
_CAPACITY_RE = re.compile(
    r"^(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<u>gallons?|gal|litres?|liters?|l)(?:\s+(?P<x>tank|aquarium))?$", re.IGNORECASE
)
_WATER_RE = re.compile(r"^(?P<x>(?:soft|hard|well|city|tap|ro)\s+water)$", re.IGNORECASE)
#: A bare participle after a thing that describes it ("20 gallon, planted", "studio, furnished").
_PARTICIPLE_RE = re.compile(r"^(?P<x>(?:heavily\s+|lightly\s+|fully\s+)?[a-z]{3,}ed)$", re.IGNORECASE)
#: A phrase that sets a price or a wish: the thing named first is then what the user is after.
_WISH_RE = re.compile(rf"\b(?:under|below|max|budget|at most|less than|up to|need|want|looking)\b|{lx.MONEY}", re.I)
_PREPOSITIONS = frozenset(("by", "on", "in", "at", "to", "for", "with", "from", "via", "into", "onto", "off"))
_VERB_RE = re.compile(r"\b(?:i|i'm|im|i've|we|is|are|was|be|have|has|do|does|can|will|should|would)\b", re.I)
LIST_PHRASE = 5  # words: a longer phrase in a comma list is a statement, unless the user says it of themselves
_I_RE = re.compile(r"^\W*(?:i|i'm|im|i've|ive|we|we're)\b", re.IGNORECASE)
_SELF_RE = re.compile(r"^\W*(?:i|i'm|im|i've|ive|we|we're|my)\b", re.IGNORECASE)
_SPLIT_RE = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+(?=no\b)", re.IGNORECASE)


def _phrases(clause: str) -> list[str]:
    """The clause's comma-separated phrases; "..., not skier" stays with the phrase it contrasts."""
    out: list[str] = []
    for p in (x.strip(" .!-\u2013\u2014").strip() for x in _SPLIT_RE.split(clause)):
        if out and re.match(r"not\b", p, re.IGNORECASE):
            out[-1] = f"{out[-1]}, {p}"
        elif p:
            out.append(p)
    return out


def _cased(word: str) -> str:
    """ "PC" and "iPad" keep their capitals; "Car" at the start of a sentence does not."""
    return word if any(ch.isupper() for ch in word[1:]) else word.lower()


def _article(words: str) -> str:
    return "an" if words[:1].lower() in "aeiou" else "a"


def lack(phrase: str) -> bool:
    """ "no car", "no dishwasher", "no garden": a thing the user has not (a fact), not a thing turned down."""
    phrase = phrase.strip(" .!")
    return bool(_LACK_RE.match(phrase) or _FEATURE_RE.match(phrase))


def _fact(text: str, subject: str, quote: str) -> Draft:
    return Draft(capitalize(text), MemoryKind.fact, subject_key(subject), EXPLICIT, MemorySource.explicit, quote=quote)


def _thing(phrase: str, quote: str, *, sought: bool = False) -> Draft | None:
    """A dwelling, a thing described, a lack, an identity, a state, a tank's size or the water: one fact.
    ``sought``: the phrase may name what the user is after, so no dwelling or thing is read from it."""
    low = phrase.lower()
    if not sought and (m := _DWELLING_RE.match(phrase)) is not None:
        words = f"{m.group('mods')}{m.group('x')}".lower()
        return _fact(f"Lives in {_article(words)} {words}", m.group("x"), quote)
    if (m := _LACK_RE.match(phrase)) is not None:
        return _fact(f"Has no {_cased(m.group('x'))}", m.group("x"), quote)
    if (m := _ONLY_RE.match(phrase)) is not None and not sought:
        return _fact(f"Has only {m.group('np').lower()}", m.group("np").split()[-1], quote)
    if (m := _CAPACITY_RE.match(phrase)) is not None and not sought:
        unit = "gallon" if m.group("u").lower().startswith("gal") else "litre"
        words = f"{m.group('n')}-{unit} {(m.group('x') or 'tank').lower()}"
        return _fact(f"Has a {words}", "tank", quote)
    if (m := _WATER_RE.match(phrase)) is not None:
        return _fact(f"Has {m.group('x').lower()}", "water", quote)
    if kind_hint(phrase) is not None:
        return None  # "vegan", "allergic to nuts": the reader's kinds word a diet or a condition
    if (m := _IDENTITY_RE.match(phrase)) is not None:
        x = m.group("x").lower()
        text = f"Is {_article(x)} {x}" + (
            f", not {_article(m.group('y'))} {m.group('y').lower()}" if m.group("y") else ""
        )
        return _fact(text, x, quote)
    if (m := _STATE_RE.match(phrase)) is not None:
        return _fact(f"Is {m.group('x').lower()}", m.group("x"), quote)
    if (m := _THING_RE.match(phrase)) is not None and not sought:
        mods = m.group("mods").split()
        if any(w.lower() in _SHOPPING for w in mods) or _VERB_RE.search(low) or len(low) > 40:
            return None
        if mods[0].lower() in _PREPOSITIONS:
            return None  # "by bike", "on the train": how, not a thing the user has
        if re.match(r"(?:just|still|recently|finally)\s+\w+(?:ed|ing)\b", low):
            return None  # "Just started learning piano": a statement with its "I" left out, not a thing
        words = f"{m.group('mods')}{m.group('x')}".lower()
        return _fact(f"Has {_article(words)} {words}", m.group("x"), quote)
    return None


def _described(draft: Draft, participle: str) -> Draft:
    """ "Has a 20-gallon tank" and "planted": "Has a 20-gallon planted tank"."""
    head = draft.text.rsplit(" ", 1)
    text = f"{head[0]} {participle.lower()} {head[1]}" if len(head) == 2 else draft.text
    return Draft(text, draft.kind, draft.subject, draft.confidence, draft.source, quote=draft.quote)


#: A draft about a room or a home, which a missing feature describes ("..., no window", "..., no elevator").
_ROOM_RE = re.compile(rf"^(?:Lives in|Has) an? .*\b(?:{_DWELLINGS}|bedroom|office|home office|kitchen|bathroom|room)$")


def _with(draft: Draft, lack: str) -> Draft:
    """ "Has a tiny second bedroom" and "no window": "Has a tiny second bedroom with no window"."""
    text = f"{draft.text} with {lack.lower()}"
    return Draft(text, draft.kind, draft.subject, draft.confidence, draft.source, quote=draft.quote)


def setup_facts(reading: Reading) -> tuple[dict[str, list[Draft]], set[str]]:
    """The facts of the setup lists in a turn, by the clause they were read from, and the clauses read whole (every
    phrase a fact, or left to the rules: "i work from home full time, tiny second bedroom, no window"); the reader
    still reads the others ("Pescatarian, two kids"). A clause :func:`agents.offline.terse.fragment` reads is left
    to it (it words it already)."""
    if reading.picked:
        return {}, set()  # a pick among offered options: the choice rules' to read
    sentences = [p.sentence.text for p in reading.parts]
    phrases_all = [ph for p in reading.parts for c in p.clauses for ph in _phrases(c)]
    wishing = any(_WISH_RE.search(ph) for ph in phrases_all)
    out: dict[str, list[Draft]] = {}
    whole: set[str] = set()
    for i, part in enumerate(reading.parts):
        for clause in part.clauses:
            if "?" in clause or fragment(clause) is not None:
                continue  # a question; or the terse fragments word it ("Small balcony, mostly shade")
            if not_the_users(clause):
                continue  # "my wife: 34, vegetarian, nurse", "Client profile: 45, married": not the user's
            phrases = _phrases(clause)
            if len(phrases) > 1 and not all(len(p.split()) <= LIST_PHRASE or _I_RE.match(p) for p in phrases):
                continue  # "My daughter she wants pottery for her party, 8 children of 7 years": no list
            drafts: list[Draft] = []
            unread = 0
            for j, phrase in enumerate(phrases):
                if drafts and _PARTICIPLE_RE.match(phrase) and drafts[-1].subject == "tank":
                    drafts[-1] = _described(drafts[-1], phrase)
                    continue
                if drafts and _FEATURE_RE.match(phrase) and _ROOM_RE.match(drafts[-1].text):
                    drafts[-1] = _with(drafts[-1], phrase)  # "tiny second bedroom, no window": one room
                    continue
                sought = i == 0 and j == 0 and (len(sentences) > 1 or wishing)
                d = _thing(phrase, part.sentence.text, sought=sought)
                if d is None and len(phrases) > 1:
                    d = fragment(phrase)  # "two kids", "renting": a terse fragment inside a list
                if d is not None:
                    drafts.append(d)
                elif not (part.drafts and _SELF_RE.match(phrase)):
                    unread += 1
            if drafts:
                out[clause] = drafts
                if not unread:
                    whole.add(clause)
    return out, whole
