"""Health and diet facts in the first person: "I'm vegetarian", "I'm allergic to shellfish", "I have a
severe peanut allergy", "I'm on a low-sodium diet", "I have bad knees", "I use a wheelchair". These are
constraints: they limit what suits the user.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import IMPLICIT, STRONG, Draft
from agents.offline.normalize import join_text, subject_key, third_singular
from agents.offline.objects import take
from agents.offline.rules import ADV_ANY, I_AM, I_HAVE, I_SP, OBJ, Rule
from memory.types import MemoryKind, MemorySource

#: A body part that troubles the user ("a bad hip", "dodgy knees", "a weak lower back").
_BAD_PART = (
    r"(?:an?\s+)?(?:bad|dodgy|weak|injured|bum|creaky|arthritic|wonky|poor|failing)\s+(?:lower\s+|upper\s+|left\s+|"
    r"right\s+)?(?:back|knees?|hips?|shoulders?|wrists?|ankles?|neck|elbows?|feet|foot|joints|eyesight|hearing|vision)"
)


def fact(text: str, subject: str, category: str | None, kind: MemoryKind = MemoryKind.fact) -> Draft:
    source = MemorySource.implicit if kind == MemoryKind.fact else MemorySource.explicit
    conf = IMPLICIT if kind == MemoryKind.fact else STRONG
    return Draft(text, kind, subject, conf, source, category=category)


_MAIN_DIETS = frozenset({"vegetarian", "vegan", "pescatarian", "pescetarian", "plant-based", "plant based"})
_DIET = lx.alternation(lx.DIETS)
_DIET_MODS = (
    r"(?:(?:strict|strictly|committed|lifelong|ethical|long-time|longtime|mostly|practicing|practising|"
    r"full-time|devout|total|complete|proud|raw)\s+)*"
)


#: What the diet lets in: "vegetarian except for fish", "vegan apart from honey", "vegetarian, except I do eat eggs".
_EXCEPT_RE = re.compile(
    r"\s*,?\s+(?:except|apart from|other than|besides)\s+(?:for\s+)?(?:(?:that\s+)?(?:I|i)\s+(?:do\s+|still\s+)?"
    r"eat\s+)?(?!(?:when|whenever|on|at|in|during|while|if|for|with|around|sometimes|occasionally|the|my|I|i)\b)"
    r"(?P<ex>[a-z][\w' -]{1,30}?)\s*(?:[.,;!?)]|$|\s+(?:and|so|but|though)\b)",
    re.IGNORECASE,
)


def _diet(m: re.Match[str]) -> Draft | None:
    diet = m.group("diet").lower()
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    subject = "diet" if diet in _MAIN_DIETS else "religious diet" if diet in ("halal", "kosher") else diet
    but = _EXCEPT_RE.match(m.string, m.end())
    eats = f"but eats {but.group('ex').lower()}" if but and diet in _MAIN_DIETS else ""
    return fact(join_text("Is", np, eats), subject, "food", MemoryKind.constraint)


def _follow_diet(m: re.Match[str]) -> Draft | None:
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    if not np or np.lower() in ("a", "the", "my", "strict"):
        return None
    verb = "Keeps" if m.group("verb").lower() == "keep" and "diet" not in m.group(0).lower() else "Follows"
    if m.group("verb").lower() == "on":
        verb = "Is on"
    tail = " diet" if "diet" in m.group(0).lower() else ""
    if not tail and m.group("verb").lower() == "eat":
        verb = "Eats"  # "I eat halal": Eats halal (not "Follows a halal")
    elif not tail and verb != "Keeps":
        tail = " diet"  # "I follow halal": Follows a halal diet
    article = "" if verb in ("Keeps", "Eats") else "an" if np[0].lower() in "aeiou" else "a"
    subject = "diet" if any(d in np.lower() for d in _MAIN_DIETS) else f"{np.lower()} diet"
    return fact(join_text(verb, article, f"{np}{tail}"), subject, "food", MemoryKind.constraint)


def _named_diet(m: re.Match[str]) -> Draft | None:
    name = re.sub(r"[\s-]+", " ", m.group("name")).lower()
    if name.replace(" ", "") == "whole30":
        return fact("Is doing Whole30", "diet", "food", MemoryKind.constraint)
    return fact(f"Is on a {name} diet", "diet", "food", MemoryKind.constraint)


def _allergic(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=10)
    if obj is None:
        return None
    return fact(
        join_text("Is allergic to", obj.text), f"allergy to {subject_key(obj.text)}", "health", MemoryKind.constraint
    )


def _allergy(m: re.Match[str]) -> Draft | None:
    head = re.sub(r"\s+", " ", m.group("head")).strip()
    obj = take(m.group("obj") or "", allow_empty=True, max_words=10)
    to = f" to {obj.text}" if obj and obj.text else ""
    article = "" if head.lower().endswith("allergies") else "an" if head[0].lower() in "aeiou" else "a"
    subject = f"allergy to {subject_key(obj.text)}" if obj and obj.text else head.lower()
    return fact(join_text("Has", article, head + to), subject, "health", MemoryKind.constraint)


_CONSEQUENCE_RE = re.compile(r"\s*[,;]|(?:^|\s+)(?:so|and|but|because|since|which|though|cause|cuz|lol)\b", re.I)


def _condition(m: re.Match[str]) -> Draft | None:
    cond = re.sub(r"\s+", " ", m.group("cond")).lower()
    raw = m.group("obj") or ""
    if not cond.endswith(" to"):  # "I'm hard of hearing so subtitles are a must": the consequence is no part of it
        raw = _CONSEQUENCE_RE.split(raw, maxsplit=1)[0]
    obj = take(raw, allow_empty=not cond.endswith(" to"), max_words=12)
    if obj is None:
        return None
    budget = "budget" in cond or "income" in cond
    subject = "budget" if budget else f"{cond} {subject_key(obj.text)}".strip()
    category = "finance" if budget else "health"
    return fact(join_text("Is", cond, obj.text), subject, category, MemoryKind.constraint)


# conditions known by their initials, written as such whatever the user typed ("i have adhd" -> Has ADHD)
_INITIALS = re.compile(r"\b(?:adhd|ibs|gerd|pcos|ptsd|ocd|copd)\b", re.I)


def _health(m: re.Match[str]) -> Draft | None:
    what = _INITIALS.sub(lambda a: a.group(0).upper(), re.sub(r"\s+", " ", m.group("what")).strip())
    rest = (
        take(m.group("rest") or "", allow_empty=True, max_words=8)
        if re.match(r"\s+(?:in|on)\s", m.group("rest") or "")
        else None
    )
    tail = rest.text if rest is not None else ""
    return fact(join_text("Has", what, tail), subject_key(what), "health", MemoryKind.constraint)


def _issues(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    if re.match(
        r"(?:no|any|some|trust|money|relationship|commitment|anger|time|technical|computer|code|software)\b", what, re.I
    ):
        return None
    article = "" if what.lower().endswith(("s", "ies")) else "an" if what[0].lower() in "aeiou" else "a"
    rest = m.group("rest") or ""
    tail = ""
    if re.match(r"\s+(?:in|on|with|that|which|affecting)\s", rest):
        obj = take(rest, max_words=12)
        tail = obj.text if obj is not None else ""
    return fact(join_text("Has", article, what, tail), subject_key(what), "health", MemoryKind.constraint)


def _aid(m: re.Match[str]) -> Draft | None:
    aid = m.group("aid").lower()
    verb = third_singular(m.group("verb").lower())
    article = m.group("art") or ""
    aid = re.sub(r"^epi[- ]?pen$", "EpiPen", aid)
    worn = re.match(r"(?:reading )?glasses|contacts|contact lenses|braces", aid)  # a fact: it limits nothing
    return fact(join_text(verb, article, aid), aid, "health", MemoryKind.fact if worn else MemoryKind.constraint)


#: What the body or nerves do to the user, said with "I get": "I get really bad stage fright", "I get hay fever"
#: (seasickness and migraines keep the readings of persona.py and bodies.py, with their cause and kind).
_GETS = r"stage fright|panic attacks|hay fever|altitude sickness|cold sores|heartburn|nosebleeds|chilblains"


#: An injury the user had ("I tore my ACL last year", "I broke my wrist in March", "I've torn my meniscus").
_INJURY_RE = re.compile(
    r"(?:I|i)(?:'ve|\s+have)?\s+(?:recently\s+|just\s+|badly\s+)?(?P<verb>tore|torn|broke|broken|fractured|sprained|"
    r"dislocated|ruptured|injured|slipped|herniated|blew out|blown out)\s+(?:my|a)\s+(?P<part>(?:left\s+|right\s+|"
    r"lower\s+)?(?:acl|mcl|meniscus|achilles(?: tendon)?|rotator cuff|hamstring|knee|ankle|wrist|back|shoulder|hip|"
    r"elbow|neck|collarbone|disc|disk|kneecap|leg|arm|foot|pelvis))\b",
    re.I,
)
_PAST_PARTICIPLE = {"tore": "torn", "broke": "broken", "blew out": "blown out"}


def _injury(m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    part = re.sub(r"\b(acl|mcl)\b", lambda a: a.group(1).upper(), m.group("part").lower())
    part = re.sub(r"\bachilles\b", "Achilles", part)
    return fact(f"Has a {_PAST_PARTICIPLE.get(verb, verb)} {part}", subject_key(part), "health", MemoryKind.constraint)


def _gets(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    return fact(join_text("Gets", what), f"gets {subject_key(what)}", "health")


RULES: tuple[Rule, ...] = (
    Rule(
        "diet",
        re.compile(
            rf"{I_AM}{ADV_ANY}(?P<np>(?:a |an )?{_DIET_MODS}(?P<diet>{_DIET}))\b(?!\s+(?:restaurant|food|recipe|"
            rf"option|dish|meal|place))",
            re.I,
        ),
        _diet,
    ),
    Rule(
        "follow_diet",
        re.compile(
            rf"(?:I|i)(?:'m\s+|\s+am\s+|\s+{ADV_ANY})(?P<verb>follow|keep|maintain|eat|stick to|adhere to|"
            rf"on|live on)\s+(?:a |an |the )?(?P<np>(?:(?:strict|mostly|largely|fully|entirely|completely|whole-food|"
            rf"low-\w+|high-\w+)\s+)*(?:{_DIET}|(?:low|high)\s+[\w-]+|[\w-]+))(?:\s+diet\b|(?<=kosher)|(?<=halal))",
            re.I,
        ),
        _follow_diet,
    ),
    Rule(  # "I'm doing keto", "i'm on paleo", "I'm trying whole30 this month": a diet named without "diet"
        "named_diet",
        re.compile(
            rf"{I_AM}(?:currently\s+|now\s+|strictly\s+|also\s+)?(?:on|doing|following|trying)\s+(?:the\s+)?"
            r"(?P<name>keto|paleo|atkins|carnivore|low[- ]carb|low[- ]fodmap|whole ?30)\b(?!\s+(?:diet|recipes?|food|"
            r"meals?|friendly|options?|snacks?|version|for\s+(?:my|him|her|them)))",
            re.I,
        ),
        _named_diet,
    ),
    Rule(
        "allergic",
        re.compile(
            rf"{I_AM}{ADV_ANY}(?:(?:severely|very|highly|extremely|deathly|mildly|slightly|really|super)\s+)"
            rf"?allergic\s+to{OBJ}",
            re.I,
        ),
        _allergic,
    ),
    Rule(
        "allergy",
        re.compile(
            rf"{I_HAVE}(?:a |an )?(?P<head>(?:[\w-]+,?\s+){{0,5}}?(?:allergy|allergies|intolerance|sensitivity)"
            rf")(?:\s+to{OBJ})?",
            re.I,
        ),
        _allergy,
    ),
    Rule(
        "condition",
        re.compile(rf"{I_AM}{ADV_ANY}(?P<cond>{lx.alternation(lx.CONDITIONS)})\b(?:\s+(?P<obj>.+))?", re.I),
        _condition,
    ),
    Rule(
        "health",
        re.compile(
            rf"{I_HAVE}(?P<what>(?:(?:very|extremely|really|super|quite|pretty|severe|mild|chronic|bad|terrible|"
            rf"diagnosed)\s+)*(?:{lx.alternation(lx.HEALTH_NOUNS)}|{_BAD_PART}))\b(?P<rest>.*)",
            re.I,
        ),
        _health,
    ),
    Rule(
        "issues",
        re.compile(
            rf"{I_HAVE}(?:(?:a|an|some)\s+)?(?P<what>(?:[\w-]+\s+){{0,3}}?(?:issues|problems|condition|disorder|"
            rf"disease|syndrome|injury|injuries|limitations|impairment|disability))\b(?P<rest>.*)",
            re.I,
        ),
        _issues,
    ),
    Rule("injury", _INJURY_RE, _injury),
    Rule(
        "gets",
        re.compile(
            rf"{I_SP}(?:always\s+|often\s+|usually\s+|still\s+|also\s+)?get\s+(?:(?:really|very|pretty|super|quite|"
            rf"so|terrible|terribly|awful|bad|severe|horrible|horrendous|crippling)\s+)*(?P<what>{_GETS})\b",
            re.I,
        ),
        _gets,
    ),
    Rule(
        "aid",
        re.compile(
            rf"{I_SP}{ADV_ANY}(?P<verb>use|rely on|need|wear|carry)\s+(?P<art>a |an )?"
            rf"(?P<aid>wheelchair access|wheelchair|"
            rf"cane|walker|walking stick|hearing aids?|screen reader|mobility scooter|crutches|guide dog|service dog|"
            rf"step-free access|large print|glasses|reading glasses|contacts|contact lenses|braces|"
            rf"insulin pump|epipen|epi-pen|epi pen|inhaler|insulin pen|"
            rf"cpap(?: machine)?|knee brace|back brace|orthotics|insoles|prosthetic \w+)\b"
            rf"(?!\s+(?:today|tonight))",
            re.I,
        ),
        _aid,
    ),
)
