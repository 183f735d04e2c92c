"""Who the user is, said in ways the persona rules miss: a faith ("I'm Muslim", "I'm a practising Catholic"), a
diet kept for a while ("I've been vegetarian for 10 years", unless the sentence says it ended), and an identity
said as the lead of a statement ("As a vegan, I need ...", "Being a nurse, I work nights").
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft, said
from agents.offline.health import fact
from agents.offline.rules import ADV_ANY, I_AM, Rule
from memory.types import MemoryKind

_FAITHS = (
    "Muslim|Jewish|Jew|Hindu|Sikh|Buddhist|Catholic|Christian|Mormon|Jain|Protestant|Evangelical|Quaker|"
    "Orthodox Jew|Orthodox Christian|Greek Orthodox|Anglican|Baptist|Methodist|Lutheran|Shia|Sunni"
)
_FAITH_MODS = r"(?:(?:devout|practicing|practising|observant|religious|orthodox|strict|proud)\s+)*"
#: "I'm Christian, nice to meet you", "Hi, I'm Christian": a name, not a faith.
_GREETING_RE = re.compile(r"\b(?:hi|hello|hey|my name|nice to meet|this is|call me)\b", re.IGNORECASE)


def _faith(m: re.Match[str]) -> Draft | None:
    if _GREETING_RE.search(m.string):
        return None
    faith = m.group("faith").title()
    faith = "Jewish" if faith == "Jew" else faith
    mods = re.sub(r"\s+", " ", m.group("mods")).strip().lower()
    article = "a " if m.group("art") or (faith.endswith(("Jew", "Christian", "Catholic")) and mods) else ""
    what = f"{article}{mods + ' ' if mods else ''}{faith}"
    return fact(f"Is {what}", "religion", None)


#: "I've been vegetarian for 10 years but recently started eating fish again": the diet ended.
_ENDED_RE = re.compile(
    r"\b(?:but|until|till)\b.*\b(?:again|anymore|any more|no longer|stopped|quit|gave (?:it )?up|gave up|switched|"
    r"went back|now)\b",
    re.IGNORECASE,
)


def _degree(m: re.Match[str]) -> Draft | None:
    field = re.split(r"\s+(?:so|and|but|from|because|which)\b|[,;.!?]", m.group("field"), maxsplit=1)[0].strip()
    if not field:
        return None
    return fact(f"Has {m.group('art').lower()} {m.group('deg')} in {field}", "education", None)


def _kept_diet(m: re.Match[str]) -> Draft | None:
    if _ENDED_RE.search(m.string[m.end() :]):
        return None
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    return fact(f"Is {np}", "diet", "food", MemoryKind.constraint)


def _belief(m: re.Match[str]) -> Draft | None:
    stance = m.group("stance").lower()
    stance = {"religous": "religious", "non religious": "non-religious"}.get(stance, stance)
    article = "an " if stance in ("atheist", "agnostic") and m.group("art") else ""
    return fact(f"Is {'not ' if m.group('neg') else ''}{article}{stance}", "religion", None)


RULES: tuple[Rule, ...] = (
    Rule(  # "I'm not religious", "I'm an atheist", "I'm quite spiritual": where the user stands on faith
        "belief",
        re.compile(
            rf"{I_AM}(?P<neg>\s*not\b)?\s*(?:(?:very|really|that|particularly|super|quite|pretty|deeply)\s+)?"
            r"(?P<art>an?\s+)?(?P<stance>religious|religous|spiritual|atheist|agnostic|non-religious|non religious|"
            r"secular)\b(?!['\w-]|\s+(?:about|when|with|like)\b)",
            re.IGNORECASE,
        ),
        _belief,
    ),
    Rule(  # "I have a PhD in chemistry", "I've got a master's degree in nursing"
        "degree",
        re.compile(
            r"(?:I|i)(?:'ve|\s+have)(?:\s+got)?\s+(?P<art>an?)\s+(?P<deg>PhD|doctorate|master's|masters|MBA|MSc|MA|"
            r"BSc|BA|bachelor's|bachelors|degree|diploma)(?:\s+degree)?\s+in\s+(?P<field>[\w ,'-]{2,40})",
            re.IGNORECASE,
        ),
        _degree,
    ),
    Rule(
        "faith",
        re.compile(
            rf"{I_AM}{ADV_ANY}(?P<art>an?\s+)?(?P<mods>{_FAITH_MODS})(?P<faith>{_FAITHS})\b(?!['\w-])",
            re.IGNORECASE,
        ),
        _faith,
    ),
    Rule(
        "kept_diet",
        re.compile(
            r"(?:I|i)(?:'ve|\s+have)\s+been\s+(?:a\s+)?(?P<np>(?:strict\s+|strictly\s+|mostly\s+)?"
            r"(?:vegetarian|vegan|pescatarian|pescetarian|plant-based|gluten-free|dairy-free))\s+(?:for|since|about|"
            r"around|almost|nearly|over)\b",
            re.IGNORECASE,
        ),
        _kept_diet,
    ),
)

#: "As a vegan", "Being a nurse", "As a Muslim": the lead names who the user is (not "as a kid", "as a result").
_LEAD_RE = re.compile(
    r"^\W*(?:and\s+|but\s+|also\s+)?(?:as|being)\s+(?:an?\s+)?(?P<what>[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"(?P<tail>\s+(?:on|at|in|with|for)\s+(?:an?\s+|the\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?)?\W*$",
    re.IGNORECASE,
)
_NOT_WHO = frozenset(
    lx.words(
        "kid|child|teen|teenager|boy|girl|baby|toddler|result|rule|whole|team|family|treat|gift|joke|side|starter|"
        "snack|bonus|backup|matter of fact|reminder|favour|favor|test|first step|start|compromise|last resort|"
        "consequence|general rule|thank you|example|reference"
    )
)
_WHO_RE = re.compile(
    rf"(?:{lx.alternation(lx.DIETS)}|{_FAITHS})$|\b(?:nurse|doctor|teacher|parent|mom|mum|dad|mother|father|"
    r"developer|engineer|designer|writer|student|runner|cyclist|climber|vegetarian|diabetic|celiac|coeliac|"
    r"introvert|beginner|freelancer|lawyer|chef|musician|photographer|scientist|programmer|manager|retiree|"
    r"pensioner|smoker|non-smoker|woman|man|single parent|single mom|single dad|new parent)$",
    re.IGNORECASE,
)


def _persona(statement: str) -> Draft | None:
    """What the persona rules make of ``statement`` said at its start (persona tries these rules: imported late)."""
    from agents.offline.persona import match_persona

    return match_persona(statement, 0)


def _as_said(what: str, *, bare: bool = False) -> Draft | None:
    """What the persona rules make of "I am a/an <what>" (``bare``: "I am <what>" for a diet or a state, as said
    of two: "me and my gf are both vegetarians")."""
    bare = bare and bool(
        re.match(r"(?:vegan|vegetarian|pescatarian|retired|married|allergic|lactose|gluten)", what, re.I)
    )
    return _persona(f"I am {what if bare else ('an' if what[:1].lower() in 'aeiou' else 'a') + ' ' + what}")


#: "vegan here", "Celiac here!", "fellow nurse here", "mom of three here": who the user is, said as a sign-in.
_HERE_RE = re.compile(r"^\W*(?:(?:a|an|fellow|another)\s+)?(?P<what>[\w-]+(?:\s+[\w-]+){0,2}?)\s+here\W*$", re.I)
_PARENT_OF_RE = re.compile(r"^(?:mom|mum|dad|mother|father|parent)\s+of\s+(?:two|three|four|five|twins|\d)\w*$", re.I)


#: "As someone with celiac", "as a person with ADHD": a condition the user has, leading the statement.
_SOMEONE_WITH_RE = re.compile(
    r"^\W*(?:and\s+|but\s+|also\s+)?as\s+(?:someone|somebody|a person|a guy|a woman|a man)\s+(?:with|who has)\s+"
    r"(?P<x>[\w' -]{3,30}?)(?:\W*$|\s*,\s+\S)",  # alone, or before a statement without "I" ("..., eating out is ...")
    re.IGNORECASE,
)


def identity_lead(clause: str) -> Draft | None:
    """The user's identity in a lead clause cut off before its statement ("As a vegan", "Being a nurse", "As someone
    with celiac"), or said as a sign-in ("vegan here")."""
    if (w := _SOMEONE_WITH_RE.match(clause)) is not None:
        had = _persona(f"I have {w.group('x')}")
        return None if had is None else had.quoted(clause)
    m = _LEAD_RE.match(clause) or _HERE_RE.match(clause)
    if m is None or m.group("what").lower() in _NOT_WHO:
        return None
    what, here = m.group("what"), m.re is _HERE_RE
    if here and re.fullmatch(lx.alternation(lx.DIETS), what, re.I):  # "Vegan here", "Celiac here": a diet
        draft = _persona(f"I am {what.lower()}")
    elif here and re.fullmatch(lx.alternation(lx.HEALTH_NOUNS), what, re.I):  # "type 2 diabetes here"
        draft = _persona(f"I have {what}")
    elif _PARENT_OF_RE.match(what):
        draft = fact(f"Is a {what.lower()}", "family", "family")
    elif not _WHO_RE.search(what):
        return None
    else:
        tail = (m.groupdict().get("tail") or "") if m.re is _LEAD_RE else ""  # "As a nurse on night shifts"
        draft = _as_said(what + tail if re.fullmatch(_FAITHS, what, re.I) else what[:1].lower() + what[1:] + tail)
        if draft is None and re.fullmatch(_FAITHS, what, re.IGNORECASE):
            draft = fact(f"Is {what}", "religion", None)
    return None if draft is None else draft.quoted(clause)


#: "My wife and I are both teachers", "me and my gf are both vegetarians": what the user is, said of two (the
#: clauses may come cut before the "I": "I are both teachers").
_BOTH_RE = re.compile(
    r"^\W*(?:(?:(?:me|I)\s+and\s+(?:my|our)\s+[\w-]+|(?:(?:my|our)\s+[\w-]+\s+and\s+)?(?:I|me))\s+(?:are|'re)\s+"
    r"(?:both\s+)?|we(?:\s+are|'re)\s+both\s+)(?P<what>[\w -]{3,40}?)(?:\W*$|\s*,?\s+(?:so|and|but|because)\s+\S)",
    re.IGNORECASE,
)


#: "Neither of us is religious", "neither of us r religious", "Neither of us drinks": what the user is not, said of
#: the user and one other person.
_NEITHER_RE = re.compile(
    r"^\W*neither\s+of\s+us\s+(?:(?:is|are|r)\s+(?:very\s+|really\s+|particularly\s+)?(?P<what>religious|sporty|"
    r"outdoorsy|musical|artistic|techy|tech-savvy|morning people|night owls|big drinkers|drinkers|smokers|vegetarian|"
    r"vegan)|(?P<does>drinks|smokes|eats meat|drive|drives|cooks)(?:\s+alcohol)?)(?:\W*$|\s*,?\s+(?:so|but|and)\s+\S)",
    re.IGNORECASE,
)
_NEITHER_DOES = {
    "drinks": ("Doesn't drink alcohol", MemoryKind.constraint),
    "smokes": ("Doesn't smoke", MemoryKind.constraint),
    "eats meat": ("Doesn't eat meat", MemoryKind.constraint),
    "drive": ("Doesn't drive", MemoryKind.fact),
    "drives": ("Doesn't drive", MemoryKind.fact),
    "cooks": ("Doesn't cook", MemoryKind.fact),
}


def _neither(clause: str) -> Draft | None:
    if (m := _NEITHER_RE.match(clause)) is None:
        return None
    if m.group("does"):
        text, kind = _NEITHER_DOES[m.group("does").lower()]
        return said(text, kind, m.group("does").lower())
    what = m.group("what").lower()
    singular = re.sub(r"\b(people|owls|drinkers|smokers)$", lambda w: {"people": "person"}.get(w[1], w[1][:-1]), what)
    noun = singular != what
    return said(f"Is not {'a ' if noun else ''}{singular}", MemoryKind.fact, singular)


def both(clause: str) -> list[Draft]:
    """What the user is, said of the user and one other person ("My wife and I are both teachers"), or is not
    ("Neither of us is religious")."""
    if (d := _neither(clause)) is not None:
        return [d.quoted(clause)]
    m = _BOTH_RE.match(clause)
    if m is None:
        return []
    draft = _as_said(re.sub(r"(?<=[a-z])s$", "", m.group("what").strip()), bare=True)  # "teachers" -> "teacher"
    return [] if draft is None else [draft.quoted(clause)]
