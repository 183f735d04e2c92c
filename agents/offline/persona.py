"""Facts about the speaker said in passing: diet, allergies and health, job, home, age, skills, hobbies,
languages, what they drive. Rules anchored on "I", like those of :mod:`agents.offline.patterns`.

Subjects are specific ("diet", "home city", "allergy to peanuts") because a later fact with the same
subject replaces the earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agents.offline import lexicon as lx
from agents.offline.drafts import IMPLICIT, STRONG, Draft
from agents.offline.normalize import join_text, subject_key, third_person, third_singular
from agents.offline.objects import take
from memory.types import MemoryKind, MemorySource

Builder = Callable[[re.Match[str]], Draft | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


_I = r"(?:I|i)\s+"
_BE = r"(?:I|i)(?:'m|\s+am)\s+"
_HAVE = r"(?:I|i)(?:'ve|\s+have)(?:\s+got)?\s+"
_ADV = rf"(?:{lx.ADV})"
_OBJ = r"\s+(?P<obj>.+)"
_PLACE_END = re.compile(
    r"\s+(?:with|for|and|so|because|since|where|which|but|who|to|as|while|when|near|at the moment|now|right now|"
    r"currently|these days|nowadays)\b|,",
    re.IGNORECASE,
)
_MAIN_DIETS = frozenset({"vegetarian", "vegan", "pescatarian", "pescetarian", "plant-based", "plant based"})
_FACT_NOUNS = r"fan|lover|enthusiast|buff|nerd|geek|junkie|addict|aficionado|fanatic|devotee|person"
_JOB_WORD = lx.alternation(lx.JOBS)
_FAMILY_JOBS = frozenset({"parent", "mom", "mum", "dad", "mother", "father", "homemaker", "stay-at-home"})


def _fact(text: str, subject: str, category: str | None, kind: MemoryKind = MemoryKind.fact) -> Draft:
    source = MemorySource.implicit if kind == MemoryKind.fact else MemorySource.explicit
    conf = IMPLICIT if kind == MemoryKind.fact else STRONG
    return Draft(text, kind, subject, conf, source, category=category)


def _diet(m: re.Match[str]) -> Draft | None:
    diet = m.group("diet").lower()
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    subject = "diet" if diet in _MAIN_DIETS else "religious diet" if diet in ("halal", "kosher") else diet
    return _fact(join_text("Is", np), subject, "food", MemoryKind.constraint)


def _follow_diet(m: re.Match[str]) -> Draft | None:
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    if not np or np.lower() in ("a", "the", "my", "strict"):
        return None
    verb = "Keeps" if m.group("verb").lower() == "keep" and "diet" not in m.group(0).lower() else "Follows"
    if m.group("verb").lower() == "on":
        verb = "Is on"
    article = "" if verb == "Keeps" else "an" if np[0].lower() in "aeiou" else "a"
    tail = " diet" if "diet" in m.group(0).lower() else ""
    subject = "diet" if any(d in np.lower() for d in _MAIN_DIETS) else f"{np.lower()} diet"
    return _fact(join_text(verb, article, f"{np}{tail}"), subject, "food", MemoryKind.constraint)


def _allergic(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=10)
    if obj is None:
        return None
    return _fact(join_text("Is allergic to", obj.text), f"allergy to {subject_key(obj.text)}", "health", MemoryKind.constraint)


def _allergy(m: re.Match[str]) -> Draft | None:
    head = re.sub(r"\s+", " ", m.group("head")).strip()
    obj = take(m.group("obj") or "", allow_empty=True, max_words=10)
    to = f" to {obj.text}" if obj and obj.text else ""
    article = "" if head.lower().endswith("allergies") else "an" if head[0].lower() in "aeiou" else "a"
    subject = f"allergy to {subject_key(obj.text)}" if obj and obj.text else head.lower()
    return _fact(join_text("Has", article, head + to), subject, "health", MemoryKind.constraint)


def _condition(m: re.Match[str]) -> Draft | None:
    cond = re.sub(r"\s+", " ", m.group("cond")).lower()
    obj = take(m.group("obj") or "", allow_empty=not cond.endswith(" to"), max_words=12)
    if obj is None:
        return None
    budget = "budget" in cond or "income" in cond
    subject = "budget" if budget else f"{cond} {subject_key(obj.text)}".strip()
    category = "finance" if budget else "health"
    return _fact(join_text("Is", cond, obj.text), subject, category, MemoryKind.constraint)


def _health(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    rest = take(m.group("rest") or "", allow_empty=True, max_words=8) if re.match(r"\s+(?:in|on)\s", m.group("rest") or "") else None
    tail = rest.text if rest is not None else ""
    return _fact(join_text("Has", what, tail), subject_key(what), "health", MemoryKind.constraint)


def _issues(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    if re.match(r"(?:no|any|some|trust|money|relationship|commitment|anger|time|technical|computer|code|software)\b", what, re.I):
        return None
    article = "" if what.lower().endswith(("s", "ies")) else "an" if what[0].lower() in "aeiou" else "a"
    rest = m.group("rest") or ""
    tail = ""
    if re.match(r"\s+(?:in|on|with|that|which|affecting)\s", rest):
        obj = take(rest, max_words=12)
        tail = obj.text if obj is not None else ""
    return _fact(join_text("Has", article, what, tail), subject_key(what), "health", MemoryKind.constraint)


def _big_family(m: re.Match[str]) -> Draft | None:
    return _fact(join_text("Has", m.group("what")), "family size", "family")


def _aid(m: re.Match[str]) -> Draft | None:
    aid = m.group("aid").lower()
    verb = third_singular(m.group("verb").lower())
    article = m.group("art") or ""
    return _fact(join_text(verb, article, aid), aid, "health", MemoryKind.constraint)


def _works_as(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=10)
    return None if obj is None else _fact(join_text("Works as", obj.text), "job", "work")


def _works_at(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=8)
    return None if obj is None else _fact(join_text("Works", m.group("prep").lower(), obj.text), "employer", "work")


def _works_how(m: re.Match[str]) -> Draft | None:
    how = re.sub(r"\s+", " ", m.group("how")).lower()
    return _fact(join_text("Works", how), "work arrangement", "work")


def _is_a(m: re.Match[str]) -> Draft | None:
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    head = np.split()[-1].lower()
    rest = m.group("rest") or ""
    tail = ""
    if re.match(r"\s+(?:at|in|for|with|of|from|specializing|specialising|working)\s", rest):
        obj = take(rest, max_words=8)
        tail = obj.text if obj is not None else ""
    text = join_text("Is", m.group("art"), np, tail)
    if re.fullmatch(_FACT_NOUNS, head):
        kind = MemoryKind.fact if head == "person" else MemoryKind.preference
        return Draft(text, kind, subject_key(np), IMPLICIT, MemorySource.implicit)
    if any(p in np.lower().split() for p in lx.PETS):
        return _fact(text, "pet owner", "pets")
    if head in ("beginner", "novice") or np.lower().startswith(("beginner", "novice")):
        return _fact(text, f"{subject_key(tail or np)} skill level", None)
    if head in _FAMILY_JOBS:
        return _fact(text, "parent" if head != "homemaker" else "job", "family")
    return _fact(text, "job", "work")


def _status(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    subject, category = ("marital status", "family") if what in ("married", "single", "divorced", "widowed", "engaged") else ("job", "work")
    return _fact(join_text("Is", what), subject, category)


def _studying(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=8)
    return None if obj is None else _fact(join_text("Is", m.group("verb").lower(), obj.text), "studies", "learning")


def _place(text_verb: str, subject: str) -> Builder:
    def build(m: re.Match[str]) -> Draft | None:
        raw = _PLACE_END.split(m.group("obj"), maxsplit=1)[0]
        obj = take(raw, max_words=6)
        if obj is None or re.match(r"(?:here|there|a while|the (?:area|city|country))$", obj.text, re.I):
            return None
        subj = subject if obj.text[:1].isupper() or subject != "home city" else "home"
        return _fact(join_text(text_verb, obj.text), subj, "location")

    return build


def _age(m: re.Match[str]) -> Draft | None:
    raw = (m.group("n") or m.group("decade") or "").lower()
    decade = re.sub(r"[^0-9]", "", raw)
    if decade:
        n = int(decade)
        if not 13 <= n <= 99 and n not in (20, 30, 40, 50, 60, 70, 80):
            return None
        bracket = f"{(n // 10) * 10}s"
    else:
        words = {"twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s", "sixties": "60s"}
        bracket = next((v for k, v in words.items() if k in raw), "")
        if not bracket:
            return None
    qualifier = next((q for q in ("early", "mid", "late") if q in raw), "")
    return _fact(join_text("Is in their", qualifier, bracket), "age", "general")


def _skill(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=8)
    if obj is None:
        return None
    phrase = re.sub(r"\s+", " ", m.group("phrase")).lower()
    return _fact(join_text("Is", phrase, obj.text), f"{subject_key(obj.text)} skill level", None)


def _hobby(m: re.Match[str]) -> Draft | None:
    verb = re.sub(r"\s+", " ", m.group("verb")).lower()
    if re.match(r"(?:been )?working on|been trying|been thinking|been looking", verb):
        return None
    obj = take(m.group("obj"), max_words=12)
    if obj is None:
        return None
    done = {"started": "has started", "took up": "has taken up", "picked up": "has picked up", "got into": "has gotten into"}
    text = join_text(done.get(verb, f"has {verb}"), obj.text)
    return Draft(text, MemoryKind.preference, subject_key(obj.text), IMPLICIT, MemorySource.implicit)


def _routine(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=10)
    if obj is None:
        return None
    text = join_text(third_singular(m.group("verb").lower()), obj.text, m.group("when").lower())
    return Draft(text, MemoryKind.preference, subject_key(obj.text), IMPLICIT, MemorySource.implicit)


def _owns(m: re.Match[str]) -> Draft | None:
    raw = _PLACE_END.split(m.group("obj"), maxsplit=1)[0]
    obj = take(raw, max_words=6)
    if obj is None:
        return None
    verb = m.group("verb").lower()
    subject = "car" if verb == "drive" else f"owns {subject_key(obj.text)}"
    return _fact(join_text(third_singular(verb), m.group("art"), obj.text), subject, None)


def _speaks(m: re.Match[str]) -> Draft | None:
    return _fact(join_text(m.group("verb"), third_person(m.group("langs"))), "languages", "communication")


_LANG = lx.alternation(tuple(w.capitalize() for w in lx.HUMAN_LANGUAGES) + lx.HUMAN_LANGUAGES)
_DIET = lx.alternation(lx.DIETS)
_DIET_MODS = r"(?:(?:strict|strictly|committed|lifelong|ethical|long-time|longtime|mostly|practicing|practising|full-time|devout|total|complete|proud|raw)\s+)*"
_HOBBY_VERBS = (
    r"been\s+(?:really\s+)?(?:into|getting into|learning|practicing|practising|obsessed with|loving|enjoying|playing|"
    r"doing|working on|trying|thinking|looking)|started|taken up|picked up|gotten into|got into|begun|took up"
)
_WHEN = (
    r"every (?:day|week|weekend|morning|evening|night|month|year|summer|winter|spring|fall|autumn|sunday|saturday)|"
    r"(?:on|most) (?:weekends|weekdays|mornings|evenings|sundays|saturdays)|(?:twice|once|three times|a few times) "
    r"a (?:day|week|month|year)|regularly|daily|weekly|religiously"
)

RULES: tuple[Rule, ...] = (
    Rule("diet", re.compile(rf"{_BE}{_ADV}(?P<np>(?:a |an )?{_DIET_MODS}(?P<diet>{_DIET}))\b(?!\s+(?:restaurant|food|recipe|option|dish|meal|place))", re.I), _diet),
    Rule("follow_diet", re.compile(rf"(?:I|i)(?:'m\s+|\s+am\s+|\s+{_ADV})(?P<verb>follow|keep|maintain|eat|stick to|adhere to|on|live on)\s+(?:a |an )?(?P<np>(?:(?:strict|mostly|largely|fully|entirely|completely|whole-food|low-\w+|high-\w+)\s+)*(?:{_DIET}|[\w-]+))(?:\s+diet\b|(?<=kosher)|(?<=halal))", re.I), _follow_diet),
    Rule("allergic", re.compile(rf"{_BE}{_ADV}(?:(?:severely|very|highly|extremely|deathly|mildly|slightly|really|super)\s+)?allergic\s+to{_OBJ}", re.I), _allergic),
    Rule("allergy", re.compile(rf"{_HAVE}(?:a |an )?(?P<head>(?:[\w-]+,?\s+){{0,5}}?(?:allergy|allergies|intolerance|sensitivity))(?:\s+to{_OBJ})?", re.I), _allergy),
    Rule("condition", re.compile(rf"{_BE}{_ADV}(?P<cond>{lx.alternation(lx.CONDITIONS)})\b(?:\s+(?P<obj>.+))?", re.I), _condition),
    Rule("health", re.compile(rf"{_HAVE}(?P<what>(?:(?:very|extremely|really|super|quite|pretty|severe|mild|chronic|bad|terrible|diagnosed)\s+)*{lx.alternation(lx.HEALTH_NOUNS)})\b(?P<rest>.*)", re.I), _health),
    Rule("issues", re.compile(rf"{_HAVE}(?:(?:a|an|some)\s+)?(?P<what>(?:[\w-]+\s+){{0,3}}?(?:issues|problems|condition|disorder|disease|syndrome|injury|injuries|limitations|impairment|disability))\b(?P<rest>.*)", re.I), _issues),
    Rule("big_family", re.compile(rf"{_HAVE}(?P<what>a (?:large|big|small|young|growing) family)\b", re.I), _big_family),
    Rule("aid", re.compile(rf"{_I}{_ADV}(?P<verb>use|rely on|need)\s+(?P<art>a |an )?(?P<aid>wheelchair|cane|walker|walking stick|hearing aids?|screen reader|mobility scooter|crutches|guide dog|service dog|step-free access|wheelchair access|large print)\b", re.I), _aid),
    Rule("works_as", re.compile(rf"{_I}{_ADV}work\s+as{_OBJ}", re.I), _works_as),
    Rule("works_at", re.compile(rf"{_I}(?:currently\s+)?(?:work|am working|'m working)\s+(?P<prep>at|for|in)\s+(?!(?:the|a) (?:moment|bit|while)\b)(?P<obj>.+)", re.I), _works_at),
    Rule("works_how", re.compile(rf"{_I}{_ADV}work\s+(?P<how>from home|remotely|remote|hybrid|nights|night shifts?|weekends|part[- ]time|full[- ]time|freelance|long hours|shifts)\b", re.I), _works_how),
    Rule("status", re.compile(rf"{_BE}(?:now\s+|currently\s+|happily\s+)?(?P<what>retired|unemployed|self-employed|between jobs|married|divorced|widowed|engaged)\b", re.I), _status),
    Rule("studying", re.compile(rf"{_BE}(?:currently\s+)?(?P<verb>studying|majoring in|doing a (?:degree|phd|masters?|master's|bachelor's)(?: degree)? in){_OBJ}", re.I), _studying),
    Rule("skill", re.compile(rf"{_BE}{_ADV}(?P<phrase>(?:a |an )?(?:complete |total |absolute |relative |fairly |pretty |very |quite )?(?:beginner|novice|newbie|amateur|new|experienced|skilled|proficient|fluent|advanced|intermediate|expert)\s+(?:at|in|to|with)){_OBJ}", re.I), _skill),
    Rule("is_a", re.compile(rf"{_BE}(?:(?:currently|now|also|actually|just)\s+)?(?P<art>a|an)\s+(?P<np>(?:[\w-]+\s+){{0,3}}?(?:{_JOB_WORD}|{_FACT_NOUNS}))\b(?P<rest>.*)", re.I), _is_a),
    Rule("lives", re.compile(rf"{_I}{_ADV}(?:currently\s+|now\s+)?(?:live|reside)\s+in{_OBJ}", re.I), _place("Lives in", "home city")),
    Rule("based", re.compile(rf"{_BE}(?:currently\s+|now\s+)?(?:based|located|living)\s+in{_OBJ}", re.I), _place("Lives in", "home city")),
    Rule("moved", re.compile(rf"{_I}(?:just\s+|recently\s+|finally\s+)?(?:moved|relocated)\s+(?:here\s+)?(?:back\s+)?to{_OBJ}", re.I), _place("Moved to", "home city")),
    Rule("moving", re.compile(rf"{_BE}(?:about to be\s+)?(?:moving|relocating)\s+to{_OBJ}", re.I), _place("Is moving to", "home city")),
    Rule("from", re.compile(rf"{_BE}(?:originally\s+)?from{_OBJ}", re.I), _place("Is from", "hometown")),
    Rule("grew_up", re.compile(rf"{_I}grew up in{_OBJ}", re.I), _place("Grew up in", "hometown")),
    Rule("age_n", re.compile(rf"{_BE}(?P<n>\d{{2}})(?:\s*(?:years old|year old|yrs old|yo|y/o)\b|\s*(?:,|$))", re.I), _age),
    Rule("age_decade", re.compile(rf"{_BE}in my (?P<decade>(?:early |mid |late |mid-)?(?:\d0s|\d0's|twenties|thirties|forties|fifties|sixties))", re.I), _age),
    Rule("turned", re.compile(rf"{_I}(?:just\s+)?turned (?P<n>\d{{2}})\b", re.I), _age),
    Rule("hobby", re.compile(rf"{_HAVE}(?:recently\s+|just\s+|always\s+|lately\s+)?(?P<verb>{_HOBBY_VERBS}){_OBJ}", re.I), _hobby),
    Rule("took_up", re.compile(rf"{_I}(?:recently\s+|just\s+)?(?P<verb>started|took up|picked up|got into)\s+(?P<obj>(?!to\b|a new job|working|thinking|looking).+)", re.I), _hobby),
    Rule("owns", re.compile(rf"{_I}{_ADV}(?P<verb>drive|own|ride)\s+(?P<art>a|an|two|three)\s+(?P<obj>.+)", re.I), _owns),
    Rule("speaks", re.compile(rf"{_I}{_ADV}(?P<verb>speak)\s+(?P<langs>(?:fluent\s+)?{_LANG}(?:(?:,\s*|\s+and\s+|\s+or\s+){_LANG})*)\b", re.I), _speaks),
    Rule("routine", re.compile(rf"{_I}{_ADV}(?P<verb>{lx.alternation(lx.HABIT_VERBS)})\s+(?P<obj>.+?)\s+(?P<when>{_WHEN})\b", re.I), _routine),
)


def match_persona(clause: str, pos: int) -> Draft | None:
    """The first persona rule matching at ``pos`` (the speaker token), or None."""
    for rule in RULES:
        m = rule.pattern.match(clause, pos)
        if m is not None:
            return rule.build(m)
    return None

