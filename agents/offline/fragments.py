"""Verbless fragments that state a standing trait, condition or wish of the user, read sentence by sentence.

A turn written as fragments ("Bad lower back. No deadlifts.", "Zone 6b. Clay soil. What fruit trees?",
"Dyslexic. Short sentences help.") says who the user is without "I". Only fragments that cannot be a topic
header or a filter on one request are read: a body or health condition ("Bad lower back" -> Has a bad lower
back, "Dyslexic" -> Is dyslexic), a child or pet with an age ("Twins, 6 months" -> Has twins aged 6 months), a
budget word or an amount with a currency ("Small budget", "Under $400"), a gardening zone or a soil ("Zone 6b",
"Clay soil"), the user's commute ("Commute is 1h each way"), a style taste said as one word ("Minimalist"), and
what helps the user ("Short sentences help" -> Prefers short sentences); fragments joined by commas are read
the same ("Bad hip, no running.", "Zone 6b, clay soil."). Two fragments that lean on each other
are read together: a refusal after a condition ("Bad lower back. No deadlifts." -> Avoids deadlifts), a seat or
a size wished for with a body trait as its reason ("Aisle seat. Long legs." -> Prefers aisle seats), and an
e-reader named beside such a wish ("Kindle. Large font." -> Reads on a Kindle, Prefers large font).

A bare noun ("Restaurant.", "Kindle." alone), a request ("Sleep schedule ideas."), a question, a one-off ("Tired
today.", "Terrace only tonight"), a count for one booking ("Two people. Friday.") or fragments beside someone
else ("Gift for my dad. Bad knees.") read nothing here. Used by
:func:`agents.offline.reader.read_parts` for a sentence no other rule read (rules and reader modes alike).
"""

from __future__ import annotations

import re

from agents.offline.bodies import BODY_PARTS
from agents.offline.body_traits import trait_alone
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import capitalize, join_text, subject_key
from memory.types import MemoryKind, MemorySource

_MAX_WORDS = 6  # a fragment is short; a longer sentence is prose, read by the other rules

_BODY = BODY_PARTS
#: "Bad lower back", "Two bad knees", "Dodgy shoulder": a body part that limits the user.
_BODY_RE = re.compile(
    rf"^\W*(?:(?:a|two|both)\s+)?(?P<adj>bad|weak|injured|dodgy|bum|arthritic|busted|wonky|damaged|"
    rf"poor|chronic)\s+(?P<part>{_BODY})(?:\s+(?:pain|problems|issues))?\W*$",
    re.IGNORECASE,
)
#: "Dyslexic", "Colorblind", "Type 1 diabetic": a condition the user lives with.
_TRAIT_RE = re.compile(
    r"^\W*(?:(?:also|mildly|severely|very)\s+)?(?P<c>dyslexic|colou?r-?\s?blind|claustrophobic|autistic|"
    r"left-handed|hard of hearing|deaf|asthmatic|epileptic|insomniac|(?:type [12] )?diabetic|celiac|coeliac|"
    r"pregnant|near-?sighted|short-?sighted|far-?sighted|afraid of heights|scared of heights|arachnophobic)\W*$",
    re.IGNORECASE,
)
_LIMITING = ("diabetic", "celiac", "coeliac", "pregnant")
#: "Heart condition.", "Bad migraines, light sensitive", "Asthma.": an illness named alone.
_ILLNESS_RE = re.compile(
    r"^\W*(?:(?P<adj>bad|severe|chronic|mild)\s+)?(?P<n>heart condition|asthma|arthritis|migraines|eczema|tinnitus|"
    r"insomnia|chronic pain|high blood pressure|ibs|fibromyalgia|endometriosis|sleep apnea|psoriasis|gout)\W*$",
    re.IGNORECASE,
)
#: "Nut allergy.", "Severe shellfish allergy", "Peanut allergy, severe": an allergy named alone.
_ALLERGY_RE = re.compile(
    r"^\W*(?:(?P<adj>severe|mild|bad|serious|deadly|life[- ]threatening|anaphylactic)\s+)?(?P<x>[a-z][a-z-]+"
    r"(?:\s+[a-z][a-z-]+)?)\s+allerg(?:y|ies)(?:\s*,\s*(?P<adj2>severe|mild|bad|serious|deadly|"
    r"life[- ]threatening|anaphylactic))?\W*$",
    re.IGNORECASE,
)
#: "Bad with heights.", "not great w heights", "dizzy around heights": a limit said of heights without "afraid".
_HEIGHTS_RE = re.compile(
    r"^\W*(?:(?:really|very|pretty|so|a bit|kinda)\s+)?(?:bad|not good|not great|terrible|awful|hopeless|useless|"
    r"funny|iffy|nervous|wobbly|dizzy|weird)\s+(?:with|w|at|around|about)\s+heights(?:\s+(?:tbh|honestly|lol|tho|though))?\W*$",
    re.IGNORECASE,
)
#: Conditions :func:`agents.offline.setup_facts.setup_facts` reads alone already: only a reason here.
_READ_ALONE_RE = re.compile(r"^\W*(?:colou?r-?\s?blind|left-handed|diabetic|celiac|coeliac|pregnant)\W*$", re.I)
#: "Long legs", "Tall", "Wide shoulders": a body trait that makes a seat or a size matter.
_BUILD_RE = re.compile(
    r"^\W*(?:very\s+)?(?:long legs|tall|(?:broad|wide) shoulders|big frame|six foot \w+|6 ?'\s?\d+\"?|"
    r"6 ?ft ?\d*|over six feet|small bladder|short legs|petite)\W*$",
    re.IGNORECASE,
)
_NUM = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen"
#: "Twins, 6 months", "Toddler, 2 years", "Puppy, 10 weeks old": a child or pet of the user's, with its age.
_AGED_RE = re.compile(
    rf"^\W*(?:(?:a|one|two|three)\s+)?(?P<who>twins|triplets|baby|newborn|toddler|son|daughter|boy|girl|puppy|"
    rf"kitten|kids|boys|girls|sons|daughters)\s*,?\s+(?:aged?\s+)?(?P<n>{_NUM})\s*(?P<unit>months?|mos?|weeks?|"
    rf"years?|yrs?|y/?o)(?:\s+old)?\W*$",
    re.IGNORECASE,
)
_UNITS = {"mo": "months", "mos": "months", "yr": "years", "yrs": "years", "yo": "years", "y/o": "years"}
#: "Small budget", "Tight budget": how much the user can spend.
_BUDGET_WORD_RE = re.compile(
    r"^\W*(?:on\s+a\s+|a\s+)?(?:very\s+)?(?P<adj>small|tight|limited|low|modest|shoestring|student)\s+budget\W*$",
    re.IGNORECASE,
)
#: "Under $400", "Max 300 euros", "$50 tops": an amount with a currency, not a count ("Two people").
_AMOUNT = r"(?:[$€£]\s?\d[\d,.]*\s?(?:k|K)?|\d[\d,.]*\s?(?:k|K)?\s?(?:dollars|euros|pounds|bucks|usd|eur|gbp|€|£))"
_UNDER_RE = re.compile(
    rf"^\W*(?:(?P<lim>under|below|max|at most|less than|no more than|up to)\s+(?P<a>{_AMOUNT})|"
    rf"(?P<b>{_AMOUNT})\s+(?P<tops>max|tops|or less|at most))\W*$",
    re.IGNORECASE,
)
#: "Zone 6b", "USDA zone 7": the hardiness zone the user gardens in.
_ZONE_RE = re.compile(r"^\W*(?:usda\s+)?(?:hardiness\s+)?zone\s+(?P<z>\d{1,2}[ab]?)\W*$", re.IGNORECASE)
#: "Clay soil", "Sandy, acidic soil": the soil the user gardens in.
_SOIL_RE = re.compile(
    r"^\W*(?P<s>(?:(?:heavy|light|sandy|clay|clayey|chalky|rocky|loamy|acidic|alkaline|peaty|silty|stony|poor|"
    r"wet|dry)(?:,?\s+(?:and\s+)?)?){1,3})\s*soil\W*$",
    re.IGNORECASE,
)
#: "Commute is 1h each way", "45 min commute": how far the user travels to work.
_COMMUTE_RE = re.compile(
    r"^\W*(?:my\s+|daily\s+|work\s+)?commute(?P<by>\s+(?:on|by)\s+(?:the\s+)?[\w-]+)?(?:'s|\s+is|\s*:)\s+"
    r"(?P<d>(?:about\s+|around\s+|~|over\s+|almost\s+)?(?:\d[\d.,]*|an?|half an|one|two|three)\s?"
    r"(?:h|hrs?|hours?|min|mins|minutes)\b[^.?!]{0,20}?)\W*$|"
    r"^\W*(?P<d2>(?:an?\s+)?\d[\d.,]*\s?(?:h|hr|hour|min|minute)s?)[- ](?:long\s+)?commute\W*$",
    re.IGNORECASE,
)
#: "Minimalist", "Boho": a style taste said alone, at the start of a turn.
_STYLE_TASTE_RE = re.compile(
    r"^\W*(?P<t>minimalist|maximalist|boho|bohemian|scandi|scandinavian|mid-century|rustic|industrial)"
    r"(?:\s+(?:style|look|vibe|aesthetic))?\W*$",
    re.IGNORECASE,
)
#: "Short sentences help", "Examples help a lot": what makes answers work for the user.
_HELPS_RE = re.compile(
    r"^\W*(?P<x>(?!(?:it|this|that|these|those|what|which|nothing|anything|something|everything|any|god|"
    r"please|you|the)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:really\s+|always\s+)?(?:help|work best|"
    r"help most)(?:\s+(?:me|a lot|most|more|the most))?\W*$",
    re.IGNORECASE,
)
_STYLE_THINGS_RE = re.compile(
    r"\b(?:sentences?|answers?|paragraphs?|words|examples?|diagrams?|visuals?|pictures?|bullet(?:s| points?)|"
    r"lists?|steps?|summar(?:y|ies)|analog(?:y|ies)|explanations?|fonts?|text|headings?|tables?|charts?|graphs?|"
    r"labels|captions|subtitles|videos?)\b",
    re.IGNORECASE,
)
#: "No deadlifts", "No jumping": a refusal, standing when a condition of the user's is its reason.
_REFUSAL_RE = re.compile(r"^\W*(?:so\s+)?(?:no|nothing)\s+(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\W*$", re.I)
#: "Aisle seat", "Large font", "Extra legroom": a wish a body trait or a device explains.
_WISH_RE = re.compile(
    r"^\W*(?P<x>(?:aisle|window|exit[- ]row|front[- ]row|bulkhead)\s+seats?|extra legroom|(?:large|larger|big|"
    r"bigger|high[- ]contrast)\s+(?:font|print|text|type)s?|large print|(?:long|tall|xl|big and tall)\s+sizes?)"
    r"(?:\s+(?:please|always|if possible))?\W*$",
    re.IGNORECASE,
)
_EREADER_RE = re.compile(r"^\W*(?:a\s+|on\s+(?:a\s+|my\s+)?)?(?P<d>kindle|kobo|nook|e-?reader)\W*$", re.IGNORECASE)
#: "Audiobooks", "Podcasts": a kind of thing named alone, a taste when a trait of the user's follows as its reason.
_THING_RE = re.compile(
    r"^\W*(?P<x>(?!(?:ideas|suggestions|recommendations|tips|options|questions|thoughts|recs|help|thanks|"
    r"details|steps|basics|sources|links|alternatives|things)\b)[a-z][a-z-]{3,}s)\W*$",
    re.IGNORECASE,
)
_REASON_KINDS = frozenset({"commute", "condition"})
_MAX_PIECES = 4
_PAREN_RE = re.compile(r"\s*\(([^()]{1,30})\)")
#: Someone else's: "for my dad", "my wife", "she": the fragments beside it are theirs, not the user's.
_OTHER_RE = re.compile(
    r"\b(?:his|her|their|he|she|they|(?:my|our|for a|for my)\s+(?:\w+\s+)?(?:dad|mum|mom|father|mother|wife|"
    r"husband|partner|son|daughter|kids?|child|friend|sister|brother|boss|grandma|grandpa|grandmother|grandfather|"
    r"aunt|uncle|neighbou?r|colleague|roommate|gf|bf|girlfriend|boyfriend|niece|nephew|cousin|client|students?)|"
    r"(?:dad|mum|mom|wife|husband|sister|brother|friend|neighbou?r)'s)\b",
    re.IGNORECASE,
)
#: A line led by an animal ("Senior dog, 13, arthritis."): the fragments after it are the animal's.
_PET_LEAD_RE = re.compile(
    r"^\W*(?:(?:my|our|the|a|an)\s+)?(?:(?:senior|old|older|young|elderly|rescue|little|big|small|\d+[- ]?(?:yo|year"
    r"[- ]old))\s+)*(?:dog|cat|puppy|kitten|pup|horse|pony|rabbit|bunny|parrot|guinea pig|hamster)s?\b",
    re.IGNORECASE,
)
_NOW_RE = re.compile(
    r"\b(?:tonight|today|tomorrow|this (?:weekend|week|evening|morning|time)|right now|again|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def _draft(text: str, kind: MemoryKind, subject: str, quote: str) -> Draft:
    category = "health" if kind == MemoryKind.constraint and "budget" not in subject else None
    category = "finance" if "budget" in subject else category
    return Draft(
        capitalize(text), kind, subject_key(subject), EXPLICIT, MemorySource.explicit, category=category, quote=quote
    )


def _condition(text: str) -> Draft | None:
    """A body or health condition said alone ("Bad lower back", "Dyslexic")."""
    if (m := _BODY_RE.match(text)) is not None:
        part = m.group("part").lower()
        plural = part.endswith("s") or part == "feet"
        article = "" if plural or part in ("hearing", "eyesight", "vision") else "a "
        adj = m.group("adj").lower()
        return _draft(f"Has {article}{adj} {part}", MemoryKind.constraint, part, text)
    if (m := _TRAIT_RE.match(text)) is not None:
        c = re.sub(r"\s+", " ", m.group("c").lower())
        kind = MemoryKind.constraint if c.endswith(_LIMITING) else MemoryKind.fact
        return _draft(f"Is {c}", kind, c, text)
    if (m := _ALLERGY_RE.match(text)) is not None and m.group("x").lower() not in ("an", "the", "my", "no", "any"):
        adj = (m.group("adj") or m.group("adj2") or "").lower()
        x = m.group("x").lower()
        what = " ".join(w for w in (adj, x, "allergy") if w)
        return _draft(f"Has {'an' if what[0] in 'aeiou' else 'a'} {what}", MemoryKind.constraint, f"{x} allergy", text)
    if (m := _ILLNESS_RE.match(text)) is not None:
        n = m.group("n").lower().replace("ibs", "IBS")
        what = " ".join(w for w in ((m.group("adj") or "").lower(), n) if w)
        return _draft(f"Has {'a ' if n == 'heart condition' else ''}{what}", MemoryKind.constraint, n, text)
    return None


def _alone(text: str) -> Draft | None:
    """A fragment that states a standing trait, a condition or a limit by itself."""
    if _HEIGHTS_RE.match(text):
        return _draft("Is uncomfortable with heights", MemoryKind.constraint, "heights", text)
    if (d := _condition(text)) is not None:
        return None if _READ_ALONE_RE.match(text) else d
    if (m := _AGED_RE.match(text)) is not None:
        who, n = m.group("who").lower(), m.group("n").lower()
        unit = m.group("unit").lower()
        unit = _UNITS.get(unit, unit).rstrip("s")  # "6 months" -> "6-month-old twins"
        article = "" if who.endswith("s") else "an " if n in ("8", "11", "18", "eight", "eleven", "eighteen") else "a "
        return _draft(f"Has {article}{n}-{unit}-old {who}", MemoryKind.fact, who, text)
    if (m := _BUDGET_WORD_RE.match(text)) is not None:
        return _draft(f"Has a {m.group('adj').lower()} budget", MemoryKind.constraint, "budget", text)
    if (m := _UNDER_RE.match(text)) is not None:
        amount = re.sub(r"\s+", " ", m.group("a") or m.group("b")).rstrip(".,")
        lim = (m.group("lim") or "").lower()
        lim = "under" if lim in ("under", "below", "less than") or not lim else "of at most"
        return _draft(f"Has a budget {lim} {amount}", MemoryKind.constraint, "budget", text)
    if (m := _ZONE_RE.match(text)) is not None:
        return _draft(f"Gardens in zone {m.group('z').lower()}", MemoryKind.fact, "garden zone", text)
    if (m := _SOIL_RE.match(text)) is not None:
        soil = re.sub(r"\s+", " ", m.group("s")).strip(" ,").lower()
        return _draft(f"Has {soil} soil", MemoryKind.fact, "soil", text)
    if (m := _COMMUTE_RE.match(text)) is not None:
        if m.group("d2"):
            length = re.sub(r"^an?\s+", "", m.group("d2").lower())
            return _draft(f"Has a {length} commute", MemoryKind.fact, "commute", text)
        by = (m.group("by") or "").strip().lower()  # "My commute on the tube is an hour each way"
        return _draft(join_text("Has a commute of", m.group("d").strip(), by), MemoryKind.fact, "commute", text)
    if (m := _HELPS_RE.match(text)) is not None and _STYLE_THINGS_RE.search(m.group("x")):
        x = m.group("x").lower()
        return _draft(f"Prefers {x}", MemoryKind.style, x, text)
    return None


def _kinds(text: str) -> set[str]:
    """What a neighbouring fragment is, as a reason: a commute, or a body or health condition."""
    out = {"condition"} if _condition(text) is not None or _BUILD_RE.match(text) else set()
    return out | ({"commute"} if _COMMUTE_RE.match(text) else set())


def someone_elses(sentences: list[str], n: int) -> bool:
    """Sentence ``n`` is a verbless fragment beside a mention of someone else: what it says is theirs ("Gift for my
    dad. Bad knees.")."""
    short = len(sentences[n].split()) <= _MAX_WORDS and not re.search(
        r"\b(?:I|i|I'm|im|me|my|we|our|us)\b", sentences[n], re.I
    )
    return short and any(_OTHER_RE.search(s) for s in sentences[max(0, n - 1) : n + 1])


def standing(sentences: list[str], n: int) -> list[Draft]:
    """What sentence ``n`` of a turn states of the user as a verbless fragment, read with its neighbours; a
    sentence of fragments joined by commas ("Bad hip, no running.", "Zone 6b, clay soil.") piece by piece."""
    text = _PAREN_RE.sub(r", \1", sentences[n].strip())  # "Twins (6 months)"
    if "?" in text or _NOW_RE.search(text) or any(_OTHER_RE.search(s) for s in sentences[max(0, n - 1) : n + 1]):
        return []  # a question, a one-off, or someone else's ("Gift for my dad. Bad knees.")
    pet_led = bool(_PET_LEAD_RE.match(text)) and "," in text  # "Senior dog, 13, arthritis.": the illness is the dog's
    found = _fragment([*sentences[:n], text, *sentences[n + 1 :]], n) if len(text.split()) <= _MAX_WORDS else []
    if not found:
        pieces = [p.strip() for p in text.split(",") if p.strip(" .!")]
        if not 1 < len(pieces) <= _MAX_PIECES or any(len(p.split()) > _MAX_WORDS for p in pieces):
            return []
        found = [d for i in range(len(pieces)) for d in _fragment(pieces, i)]
    return [d for d in found if not (pet_led and d.category == "health")]


def _fragment(sentences: list[str], n: int) -> list[Draft]:
    """Fragment ``n`` of a sequence of fragments, read with its neighbours."""
    text = sentences[n].strip()
    if len(text.split()) > _MAX_WORDS:
        return []
    if (d := _alone(text)) is not None:
        return [d]
    if n == 0 and "?" not in "".join(sentences[1:2]) and (d := trait_alone(text)) is not None:
        return [d]  # "Wide feet. Not the downturned one." (body_traits); "Long legs. Aisle or window?" is the setting
    before = sentences[n - 1].strip() if n > 0 else ""
    after = sentences[n + 1].strip() if n + 1 < len(sentences) else ""
    if (m := _REFUSAL_RE.match(text)) is not None and _condition(before) is not None:
        x = re.sub(r"^(?=too\s)", "anything ", m.group("x").lower())  # "nothing too strenuous"
        return [_draft(f"Avoids {x}", MemoryKind.constraint, x, text)]  # "Bad lower back. No deadlifts."
    if (m := _WISH_RE.match(text)) is not None and (
        _BUILD_RE.match(after) or _condition(after) or _condition(before) or _EREADER_RE.match(before)
    ):
        x = m.group("x").lower()
        x = x if x.endswith(("s", "font", "print", "text", "type")) or x.startswith("extra") else x + "s"
        kind = MemoryKind.style if re.search(r"font|print|text|type", x) else MemoryKind.preference
        return [_draft(f"Prefers {x}", kind, x, text)]  # "Aisle seat. Long legs.", "Kindle. Large font."
    if (m := _EREADER_RE.match(text)) is not None and n == 0 and _WISH_RE.match(after):
        device = m.group("d")
        device = device if device[0].isupper() else device.capitalize()
        return [_draft(f"Reads on a {device}", MemoryKind.preference, device, text)]  # "Kindle. Large font."
    if (m := _THING_RE.match(text)) is not None and n == 0 and _REASON_KINDS.intersection(_kinds(after)):
        x = m.group("x").lower()
        return [_draft(f"Prefers {x}", MemoryKind.preference, x, text)]  # "Audiobooks. Commute is 1h each way."
    if (m := _STYLE_TASTE_RE.match(text)) is not None and n == 0 and len(sentences) > 1:
        return [_draft(f"Prefers a {m.group('t').lower()} style", MemoryKind.preference, m.group("t"), text)]
    return []
