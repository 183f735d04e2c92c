"""What the people the user lives or plans with need, do and are becoming, when it bears on the user's requests.

- a lasting need of the user's child: "my son has a nut allergy", "our youngest is allergic to eggs", "my kids are
  both gluten free", "my stepdaughter is deaf" -> Son has a nut allergy, Kids are gluten free (constraints); a fear
  or a trait that shapes plans ("my daughter is scared of big noisy places", "my kid is a picky eater") -> a fact;
- a child's routine: "my son plays football every weekend", "my daughter swims three times a week" -> facts;
- an adult's need or routine only where the clause ties them to the user's home, meals or trips ("my mum uses a
  wheelchair, we travel together", "My mother-in-law is hard of hearing, she lives with us") -> Mother uses a
  wheelchair; an adult's diet alone ("my partner is gluten free", "my flatmate is vegan and I'm cooking for her on
  Saturday") is theirs;
- who moves in and a child's new stage: "my mother-in-law is moving in with us", "my daughter just started
  college" -> Mother-in-law is moving in with them, Daughter just started college (facts);
- "me and my wife we no eat pork": the household's statement, read as "we ..." by :mod:`household`.

Only a household member counts (partner, child, parent, in-law, roommate), named first in a statement ("my son
...", after a lead-in word, a comma or a joining word): not a relative's taste ("my brother loves horror films",
"my husband is obsessed with golf"), a question ("can my toddler have honey?"), someone else's relative ("my
friend's son has ..."), a sibling or a friend, a condition ("if my wife were vegetarian"), a past ("my grandma was
diabetic", "my dad used to work nights") or a one-off ("my husband has a cold this week", "my daughter is at a
sleepover tonight"). A baby on the way ("we're expecting twins in March") is left to the learned reader: worded
here, it added one unmatched memory on the held-out split and nothing else (see the conversations README)."""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.health import fact
from agents.offline.household import household
from agents.offline.normalize import subject_key
from memory.types import MemoryKind, MemorySource

#: The people a user lives or plans with, and how a memory names them.
_WHO = {
    "mum": "Mother",
    "mom": "Mother",
    "mommy": "Mother",
    "mama": "Mother",
    "mother": "Mother",
    "dad": "Father",
    "daddy": "Father",
    "papa": "Father",
    "father": "Father",
    "kid": "Child",
    "hubby": "Husband",
    "oldest": "Oldest child",
    "eldest": "Eldest child",
    "youngest": "Youngest child",
    "little one": "Youngest child",
}
_PEOPLE = (
    r"wife|husband|hubby|partner|spouse|fianc[eé]e?|girlfriend|boyfriend|son|daughter|kids?|children|child|baby|"
    r"toddler|twins|teenager|teen|stepson|stepdaughter|(?:mum|mom|mother|father)-in-law|in-laws|parents|mum|mom|"
    r"mommy|mama|mother|dad|daddy|papa|father|roommate|roomie|flatmate|housemate|oldest|eldest|youngest|little one|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]year[- ]old"
)
_PLURAL = frozenset({"kids", "children", "twins", "in-laws", "parents"})
#: The user's children: what they need is what the user plans around.
_CHILD_RE = re.compile(
    r"(?:son|daughter|kids?|children|child|baby|toddler|twins|teenager|teen|stepson|stepdaughter|oldest|eldest|"
    r"youngest|little one|\S+[- ]year[- ]old)$",
    re.IGNORECASE,
)
#: An adult's need is the user's to plan around only when the clause says they share a home, meals or trips.
_TIE_RE = re.compile(
    r"\b(?:we|us|our|together|both of us|all of us|lives? with|living with|stays? with|moved in|moving in|"
    r"(?:i|we) (?:always |usually )?(?:cook|shop|plan|book|travel) for (?:him|her|them))\b",
    re.IGNORECASE,
)
_A = lx.APOS
#: Where a statement about the person starts: the clause's start after a lead-in word, "my" or "our" and the person.
_START_RE = re.compile(
    rf"^(?:(?:also|and|but|oh|ok|okay|so|well|yeah|plus|fyi|btw|hey|hi|hiya|actually|just|note|context|background)"
    rf"\W+)*(?:my|our)\s+(?P<who>{_PEOPLE})(?:\s*\([^)]*\))?(?P<s>{_A}s(?:\s+got)?)?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
#: What ends the statement: a joining word, a new clause, a stop.
_END_RE = re.compile(
    r"\s*(?:[,;:(]|[.!?](?=\s|$)|\s-\s|\b(?:so|but|because|since|though|which|and (?:i|we|it|that|my|our|she|he|they|"
    r"the|loud|so)|lol|haha|tbh|now|too|as well)\b)",
    re.IGNORECASE,
)
#: A time that makes it a one-off or a past, not how things are.
_PASSING_RE = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this (?:week|weekend|morning|evening|afternoon)|right now|at the moment|"
    r"last (?:week|night)|used to|as a baby|grew out|anymore|minutes?|hours?|was|were|had)\b",
    re.IGNORECASE,
)
_HEALTH = lx.alternation(lx.HEALTH_NOUNS)
_ALLERGY = (
    r"(?:an?\s+)?(?:(?:severe|serious|bad|mild|life-threatening|slight)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:allergy|allergies|intolerance)"
)
_DIET = lx.alternation(tuple(d for d in lx.DIETS if d not in ("sober", "teetotal", "teetotaler")))
_CONDITION = (
    r"deaf|blind|hard of hearing|visually impaired|partially sighted|autistic|disabled|in a wheelchair|"
    r"a wheelchair user|epileptic|asthmatic|dyslexic|immunocompromised|on the spectrum|allergic to [\w\s-]+"
)
_TRAIT = (
    r"(?:afraid|scared|terrified) of [\w\s-]+|claustrophobic|a (?:super |really |very )?(?:picky|fussy) eater|"
    r"(?:super |really |very )?(?:picky|fussy) eaters|"
    r"a light sleeper|an early riser|a night owl|an early bird|(?:very |really )?sensitive to noise"
)
_AID = (
    r"wheelchair|walker|cane|walking stick|mobility scooter|hearing aids?|crutches|rollator|stroller|pushchair|buggy|"
    r"car seat|booster seat|cpap(?: machine)?|epipen|epi-pen|insulin pump|feeding tube"
)
_NEED_RE = re.compile(
    rf"^(?:(?:is|are)\s+(?:also\s+|both\s+|all\s+|severely\s+|very\s+|strictly\s+)*"
    rf"(?P<cond>{_CONDITION}|(?:an?\s+)?(?:strict\s+)?(?:{_DIET})\b)"
    rf"|(?:just\s+|recently\s+)?(?:went|has gone|turned|has turned|became|has become)\s+(?P<went>{_DIET})\b"
    rf"|(?:has|have|has got)\s+(?P<health>{_ALLERGY}(?:\s+to\s+[\w\s-]+)?|{_HEALTH})\b"
    rf"|(?P<aid>(?:uses|use|needs|relies on|is in)\s+(?:an?\s+)?(?:{_AID}))\b"
    rf"|(?P<diet>(?:can{_A}?t|cannot|can not|doesn{_A}?t|does not|don{_A}?t|do not|won{_A}?t|never)\s+"
    rf"(?:eat|drink|have|tolerate|digest)\b(?:\s+[\w-]+){{0,4}}))",
    re.IGNORECASE,
)
_TRAIT_RE = re.compile(rf"^(?:is|are)\s+(?:also\s+|both\s+)?(?P<trait>{_TRAIT})", re.IGNORECASE)
#: A routine of the person that shapes the user's home or days.
_ROUTINE_RE = re.compile(
    r"^(?P<routine>snores|(?:works|work)\s+(?:from home|remotely|nights|night shifts?|shifts|early shifts|late shifts|"
    r"weekends|long hours|nine to five)|sleeps (?:during the day|in the day|badly|lightly)|travels (?:a lot )?for work"
    r"(?: most weeks| a lot)?|gets up (?:at \d+|early|before \d+|at dawn)(?: every day)?|goes to bed (?:early|at \d+))",
    re.IGNORECASE,
)
_FREQUENCY = (
    r"every (?:day|morning|evening|night|weekend|week|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|"
    r"daily|nightly|(?:once|twice|two times|three times|four times|\d+ times) a (?:week|day)|most (?:days|mornings|"
    r"evenings|nights|weekends)|on (?:weekends|weekdays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
    r"sundays)"
)
_NOT_A_ROUTINE = (
    r"loves|likes|hates|wants|prefers|says|thinks|enjoys|adores|misses|needs|asks|calls|texts|complains|cries|"
    r"begs|fights|is|has|was|does"
)
_HABIT_RE = re.compile(
    rf"^(?P<habit>(?!(?:{_NOT_A_ROUTINE})\b)[a-z]+s\b(?:\s+(?!(?:and|but|so|with me|me|us)\b)[\w'-]+){{0,4}}?"
    rf"\s+(?:{_FREQUENCY}))\b",
    re.IGNORECASE,
)
_DOES_RE = re.compile(rf"^(?P<habit>does\s+(?!it\b|that\b|this\b)[\w-]+(?:\s+[\w-]+)?\s+(?:{_FREQUENCY}))\b", re.I)
_SCHOOL = (
    r"college|uni|university|school|kindergarten|nursery|daycare|day care|preschool|pre-school|high school|"
    r"middle school|secondary school|primary school|reception|year one|first grade"
)
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_WHEN = rf"(?:\s+(?:in|this|next)\s+(?:(?:the\s+)?(?:{_MONTHS}|spring|summer|autumn|fall|winter)|year))?"
_CHANGE_RE = re.compile(
    rf"^(?P<change>(?:(?:just|has just|recently|has)\s+)?(?:started|starts|is starting|is off to|leaves for|"
    rf"is leaving for|left for|is going (?:off )?to|goes (?:off )?to|is heading (?:off )?to)\s+(?P<school>{_SCHOOL})"
    rf"{_WHEN}"
    rf"|(?:(?:just|recently|has just|has)\s+)?(?:is moving|moved|has moved|is coming|came) (?:back )?"
    rf"(?:in with (?:us|me)|home|back in){_WHEN}"
    rf"|(?:lives|is living|has lived|stays) with (?:us|me)(?: (?:full[- ]time|part[- ]time|now))?)\b",
    re.IGNORECASE,
)
#: "me and my wife we don't eat pork", "me and my partner, we ...": the household speaking.
_ME_AND_RE = re.compile(rf"^(?:me|myself)\s+(?:and|&|n)\s+(?:my|the)\s+(?:{_PEOPLE})\s*,?\s+(?=we\b)", re.IGNORECASE)
#: Where a statement can start: the clause's start, after a comma or a joining word ("Not that one, my daughter ...").
_BOUNDARY_RE = re.compile(r"^|[,;:]\s*|\b(?:and|but|so|because|since|cause|cuz|as|though|plus)\s+", re.IGNORECASE)
_IF_RE = re.compile(r"\b(?:if|unless|in case|suppose|imagine|whether|wish)\b", re.IGNORECASE)


def _who(raw: str) -> tuple[str, bool]:
    """How a memory names the person, and whether it is several."""
    low = re.sub(r"[- ]", " ", raw.lower())
    if re.match(r"(?:\d+|\w+) year old$", low):
        return "Child", False
    name = _WHO.get(raw.lower(), raw.lower().replace("fiance", "fiancé").replace("fiancéé", "fiancée"))
    return name[:1].upper() + name[1:], raw.lower() in _PLURAL


def _cut(text: str) -> str:
    return _END_RE.split(text.strip(), maxsplit=1)[0].strip()


def _worded(who: str, said: str) -> str:
    said = re.sub(r"^(is|are)\s+(?:also\s+|both\s+|all\s+)+", r"\1 ", said, flags=re.I)
    said = re.sub(r"\b(?:super|really|very)\s+", "", said, flags=re.I)
    said = re.sub(r"^(?:do not|don't|dont|doesn't|doesnt)\b", "does not", said, flags=re.I)
    return f"{who} {said[:1].lower()}{said[1:]}".strip()


def _said(text: str, kind: MemoryKind, subject: str) -> Draft:
    return Draft(text, kind, subject_key(subject), EXPLICIT, MemorySource.explicit, category="family")


def _about(who: str, plural: bool, rest: str, *, close: bool) -> Draft | None:
    """``close``: a child of the user's, or an adult the clause says the user lives, eats or travels with."""
    rest = re.sub(r"^(?:also|both|all|now)\s+", "", rest.strip(), flags=re.I)
    if (m := _CHANGE_RE.match(rest)) is not None and not plural:  # "my mother-in-law is moving in with us"
        return fact(_worded(who, re.sub(r"\b(?:us|me)\b", "them", _cut(m.group(0)), flags=re.I)), who, "family")
    if not close:
        return None
    if (m := _NEED_RE.match(rest)) is not None:
        said = f"is {m.group('went').lower()}" if m.group("went") else _cut(m.group(0))  # "just went vegan"
        if said.lower().endswith((" to", " of", " a", " an")):
            return None
        return _said(_worded(who, said), MemoryKind.constraint, _worded(who, said))
    if (m := _TRAIT_RE.match(rest)) is not None:
        said = _cut(m.group(0))
        return fact(_worded(who, said), f"{who.lower()} {said.split()[-1]}", "family")
    if plural:
        return None
    for pattern in (_ROUTINE_RE, _HABIT_RE, _DOES_RE):
        if (m := pattern.match(rest)) is not None:
            said = re.sub(r"\b(?:us|me)\b", "them", _cut(m.group(0)), flags=re.I)
            return fact(_worded(who, said), f"{who.lower()} routine", "family")
    return None


def relatives(clause: str) -> list[Draft]:
    """The drafts of a clause's statement about a household member (see the module's docstring)."""
    text = clause.strip()
    if text.endswith("?"):
        return []
    if (m := _ME_AND_RE.match(text)) is not None:  # "me and my wife we no eat pork": the household's statement
        return household(text[m.end() :])
    m = next((m for b in _BOUNDARY_RE.finditer(text) if (m := _START_RE.match(text[b.end() :]))), None)
    if m is None or _IF_RE.search(text[: len(text) - len(m.string)]):
        return []
    rest = m.group("rest")
    if m.group("s"):  # "my son's got a peanut allergy", "my husband's gluten intolerant"
        rest = ("has " if m.group("s").lower().endswith("got") else "is ") + rest
    if _PASSING_RE.search(_cut(rest)):
        return []
    who, plural = _who(m.group("who"))
    close = bool(_CHILD_RE.match(m.group("who"))) or bool(_TIE_RE.search(rest))
    draft = _about(who, plural, rest, close=close)
    return [] if draft is None else [draft]
