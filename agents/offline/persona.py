"""Facts about the speaker said in passing: job, family size, home, age, skills, hobbies, languages, what
they drive. Rules anchored on "I", like those of :mod:`agents.offline.patterns`; :func:`match_persona`
also tries the health and diet rules of :mod:`agents.offline.health`.

Subjects are specific ("job", "home city", "age") because a later fact with the same subject replaces
the earlier one.
"""

from __future__ import annotations

import re

from agents.offline import diagnoses, experience, health, identity, life_events, places, plain_gaps, practices, usual
from agents.offline import lexicon as lx
from agents.offline.drafts import IMPLICIT, Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, subject_key, third_person, third_singular
from agents.offline.objects import take
from agents.offline.places import PLACE_END
from agents.offline.rules import ADV_ANY, I_AM, I_HAVE, I_SP, OBJ, Rule, first_match
from memory.types import MemoryKind, MemorySource

_FACT_NOUNS = (
    r"fan|lover|enthusiast|buff|nerd|geek|junkie|addict|aficionado|fanatic|devotee|person|snob|connoisseur|loyalist|"
    r"fiend|nut"
)
_JOB_WORD = lx.alternation(lx.JOBS)
_FAMILY_JOBS = frozenset({"parent", "mom", "mum", "dad", "mother", "father", "homemaker", "stay-at-home"})
_LANG = lx.alternation(tuple(w.capitalize() for w in lx.HUMAN_LANGUAGES) + lx.HUMAN_LANGUAGES)
_HOBBY_VERBS = (
    r"been\s+(?:really\s+)?(?:into|getting into|learning|practicing|practising|obsessed with|loving|enjoying|playing|"
    r"doing|working on|trying|thinking|looking)|started|taken up|picked up|gotten(?: back)? into|got(?: back)? into|"
    r"begun|took up"
)
_WHEN = (
    r"every (?:day|week|weekend|morning|evening|night|month|year|summer|winter|spring|fall|autumn|sunday|saturday)|"
    r"(?:on|most) (?:weekends|weekdays|mornings|evenings|sundays|saturdays)|(?:twice|once|three times|a few times) "
    r"a (?:day|week|month|year)|regularly|daily|weekly|religiously"
)


def _big_family(m: re.Match[str]) -> Draft | None:
    return fact(join_text("Has", m.group("what")), "family size", "family")


def _works_as(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=10)
    return None if obj is None else fact(join_text("Works as", obj.text), "job", "work")


def _works_at(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=8)
    return None if obj is None else fact(join_text("Works", m.group("prep").lower(), obj.text), "employer", "work")


#: A day of the week: "I work every saturday" (Works on Saturdays), "i work sundays".
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


def _works_how(m: re.Match[str]) -> Draft | None:
    how = re.sub(r"\s+", " ", m.group("how")).lower()
    if (day := re.search(rf"{_DAY}", how)) is not None:  # "every saturday", "saturdays": Works on Saturdays
        how = f"on {'most ' if how.startswith('most') else ''}{day.group(0).capitalize()}s"
    role = m.group("role")  # "I work rotating shifts as a paramedic": what the work is, said with how
    return fact(join_text("Works", how, f"as {role[0].lower()}{role[1:]}" if role else ""), "work arrangement", "work")


def _trait(np: str, *, negated: bool) -> bool:
    """ "a night person", "not a science person": who the user is; "a tea person", "a dog person": a taste."""
    return negated or bool(re.match(r"(?:morning|night|early|evening|people|details?|big[- ]picture)\b", np, re.I))


def _is_a(m: re.Match[str]) -> Draft | None:
    np = re.sub(r"\s+", " ", m.group("np")).strip()
    head = np.split()[-1].lower()
    rest = m.group("rest") or ""
    tail = ""
    if re.match(r"\s+(?:at|in|for|with|of|from|specializing|specialising|working)\s", rest):
        obj = take(rest, max_words=8)
        tail = obj.text if obj is not None else ""
    if m.group("neg") and head != "person":
        return None  # "I'm not a fan of X" is a dislike (patterns), "I'm not a doctor" says too little
    text = join_text("Is", "not" if m.group("neg") else "", m.group("art"), np, tail)
    if re.fullmatch(_FACT_NOUNS, head):
        if not tail and np.lower().split()[-2:-1] in ([], ["real"], ["total"], ["big"], ["huge"], ["massive"]):
            return None  # "I'm a fan.", "I'm a real nut about it": of nothing named
        kind = (
            MemoryKind.fact if head == "person" and _trait(np, negated=bool(m.group("neg"))) else MemoryKind.preference
        )
        return Draft(text, kind, subject_key(np), IMPLICIT, MemorySource.implicit)
    if any(p in np.lower().split() for p in lx.PETS):
        return fact(text, "pet owner", "pets")
    if head in ("beginner", "novice") or np.lower().startswith(("beginner", "novice")):
        return fact(text, f"{subject_key(tail or np)} skill level", None)
    if head in _FAMILY_JOBS:
        return fact(text, "parent" if head != "homemaker" else "job", "family")
    return fact(text, "job", "work")


def _status(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).lower().replace("self employed", "self-employed")
    if what == "renting":  # "I'm renting, so nothing permanent"
        return fact("Rents their home", "home", "location")
    if what in ("debt free", "debt-free"):
        return fact(join_text("Is", what), "money", "finance")
    if what.endswith("postpartum"):
        return fact(join_text("Is", what), "baby", "health")
    subject, category = (
        ("marital status", "family")
        if what in ("married", "single", "divorced", "widowed", "engaged")
        else ("job", "work")
    )
    return fact(join_text("Is", what), subject, category)


#: Where what someone studies ends: a clause after it, or how long ("... python so keep it simple",
#: "... guitar for a year").
_STUDY_END = re.compile(
    r"\s+(?:so|but|because|since|though|which|and i|before (?:my|our|the|a)|for (?:a|an|the past|about|over|almost|"
    r"nearly|\d+|one|two|three|four|five|six|several|a few|a couple of|many)\b(?:\s+\w+)?\s*"
    r"(?:years?|months?|weeks?|days?)\b)\b"
    r"|[;:]|,\s*(?=(?:it|it's|its|and|but|so|which|i|i'm|im|that|this)\b)",
    re.IGNORECASE,
)


def _studying(m: re.Match[str]) -> Draft | None:
    obj = take(_STUDY_END.split(m.group("obj"), maxsplit=1)[0], max_words=8)
    verb = "learning" if m.group("verb").lower() == "learn" else m.group("verb").lower()  # "trying to learn"
    verb = re.sub(r"^teaching myself\b", "teaching themselves", verb)  # "I'm teaching myself to code"
    return None if obj is None else fact(join_text("Is", verb, obj.text), "studies", "learning")


def _level(m: re.Match[str]) -> Draft | None:
    level, noun = m.group("level").lower(), m.group("noun").lower()
    return fact(join_text("Is", m.group("art").lower(), level, noun), f"{noun} skill level", None)


def _job_bare(m: re.Match[str]) -> Draft | None:
    job = m.group("np").lower()
    family = job.split()[-1] in _FAMILY_JOBS  # "I am single father"
    subject, category = ("parent", "family") if family else ("job", "work")
    return fact(join_text("Is", "an" if job[0] in "aeiou" else "a", job), subject, category)


def _gets_easily(m: re.Match[str]) -> Draft | None:
    what = re.sub(r"\s+", " ", m.group("what")).lower()
    return fact(join_text("Gets", third_person(what), "easily"), f"gets {subject_key(what)}", "health")


def _age(m: re.Match[str]) -> Draft | None:
    groups = m.groupdict()
    raw = (groups.get("n") or groups.get("decade") or "").lower()
    decade = re.sub(r"[^0-9]", "", raw)
    if decade:
        n = int(decade)
        if not 13 <= n <= 99 and n not in (20, 30, 40, 50, 60, 70, 80):
            return None
        if n < 20:  # "im 17": a teenager's exact age, not "in their 10s"
            return fact(f"Is {n} years old", "age", "general")
        bracket = f"{(n // 10) * 10}s"
    else:
        words = {"twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s", "sixties": "60s"}
        bracket = next((v for k, v in words.items() if k in raw), "")
        if not bracket:
            return None
    qualifier = next((q for q in ("early", "mid", "late") if q in raw), "")
    return fact(join_text("Is in their", qualifier, bracket), "age", "general")


def _skill(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=8)
    if obj is None:
        return None
    phrase = re.sub(r"\s+", " ", m.group("phrase")).lower()
    return fact(join_text("Is", phrase, obj.text), f"{subject_key(obj.text)} skill level", None)


def _hobby(m: re.Match[str]) -> Draft | None:
    verb = re.sub(r"\s+", " ", m.group("verb")).lower()
    if re.match(r"(?:been )?working on|been trying|been thinking|been looking", verb):
        return None
    obj = take(m.group("obj"), max_words=12)
    if obj is None:
        return None
    done = {
        "started": "has started",
        "took up": "has taken up",
        "picked up": "has picked up",
        "got into": "has gotten into",
        "got back into": "has gotten back into",
    }
    text = join_text(done.get(verb, f"has {verb}"), obj.text)
    if re.search(r"\b(?:job|position|role|career|internship|degree|program|programme|course)\b", obj.text, re.I):
        return fact(
            text, "job" if re.search(r"job|position|role|career|internship", obj.text, re.I) else "studies", None
        )
    return Draft(text, MemoryKind.preference, subject_key(obj.text), IMPLICIT, MemorySource.implicit)


def _routine(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"), max_words=10)
    if obj is None:
        return None
    text = join_text(third_singular(m.group("verb").lower()), obj.text, m.group("when").lower())
    return Draft(text, MemoryKind.preference, subject_key(obj.text), IMPLICIT, MemorySource.implicit)


def _owns(m: re.Match[str]) -> Draft | None:
    raw = PLACE_END.split(m.group("obj"), maxsplit=1)[0]
    obj = take(raw, max_words=6)
    if obj is None:
        return None
    verb = m.group("verb").lower()
    subject = "car" if verb == "drive" else f"owns {subject_key(obj.text)}"
    return fact(join_text(third_singular(verb), m.group("art"), obj.text), subject, None)


def _speaks(m: re.Match[str]) -> Draft | None:
    langs = re.sub(rf"\b(?:{_LANG})\b", lambda x: x.group(0).capitalize(), m.group("langs"), flags=re.I)
    return fact(join_text("Speaks", third_person(langs)), "languages", "communication")


RULES: tuple[Rule, ...] = (
    Rule(
        "big_family", re.compile(rf"{I_HAVE}(?P<what>a (?:large|big|small|young|growing) family)\b", re.I), _big_family
    ),
    Rule(
        "works_as",
        re.compile(rf"(?:{I_SP}{ADV_ANY}work|{I_AM}(?:currently\s+|now\s+)?working)\s+as{OBJ}", re.I),
        _works_as,
    ),
    Rule(
        "works_at",
        re.compile(
            rf"{I_SP}(?:currently\s+|now\s+|still\s+)?(?:work|am working|'m working)\s+(?P<prep>at|for|in)\s+"
            rf"(?!(?:the|a) (?:moment|bit|while)\b)(?P<obj>.+)",
            re.I,
        ),
        _works_at,
    ),
    Rule(
        "works_how",
        re.compile(
            rf"{I_SP}{ADV_ANY}work\s+(?P<how>from home|remotely|remote|hybrid|nights|night shifts?|weekends|"
            r"(?:rotating|rotation|alternating|split|early|late|evening|weekend|overnight|double)\s+shifts|"
            rf"from (?:the|my|our) (?:van|rv|camper|boat|kitchen table)|"
            rf"from (?:a|the) (?:coworking space|cafe|library)|"
            rf"the (?:night|day|early|late|graveyard|evening|morning|overnight) shift|"
            rf"part[- ]time|full[- ]time|freelance|long hours|shifts|(?:every|most)\s+{_DAY}s?|(?:on\s+)?{_DAY}s|"
            r"(?:about |around |over )?\d{2}[- ]hours? (?:a |per )?weeks?)\b"
            rf"(?!\s+on\s+(?:my|the|it|a|our|this)\b)(?:\s+as\s+(?P<role>an?\s+[a-z]+(?:\s+(?!(?:so|and|but|at|in|for|"
            r"which|who|now)\b)[a-z]+)?)(?=\s*(?:[,.;!?]|$|\s+(?:so|and|but|at|in|for|now)\b)))?",
            re.I,
        ),
        _works_how,
    ),
    Rule(
        "status",
        re.compile(
            rf"{I_AM}(?:now\s+|currently\s+|happily\s+|still\s+)?(?P<what>retired|unemployed|self[- ]employed|between "
            rf"jobs|married|divorced|widowed|engaged|debt[- ]free|"
            rf"(?:\d+\s+(?:weeks?|months?)\s+)?postpartum|renting(?=\s*(?:[,.;!]|$|\s+(?:so|and|but|now|btw)\b)))\b",
            re.I,
        ),
        _status,
    ),
    Rule(
        "studying",
        re.compile(
            rf"(?:{I_AM}|(?:I|i)(?:'ve|\s+have)\s+been\s+)(?:currently\s+|slowly\s+|still\s+)?(?:trying to\s+)?"
            rf"(?P<verb>studying|majoring in|teaching myself(?: how)?(?= to\b)|"
            rf"learn(?:ing)?(?!\s+(?:that|what|a lot|so much|from|the hard way|more|"
            rf"about (?:it|this|that|them)|(?:it|this|that|them)\b))|doing a (?:degree|phd|masters?|master's|"
            rf"bachelor's)(?: degree)? in){OBJ}",
            re.I,
        ),
        _studying,
    ),
    Rule(
        "skill",
        re.compile(
            rf"{I_AM}{ADV_ANY}(?P<phrase>(?:a |an )?(?:complete |total |absolute |relative |fairly |pretty "
            rf"|very |quite )?(?:beginner|novice|newbie|amateur|new|experienced|skilled|proficient|fluent|"
            rf"advanced|intermediate|expert)\s+(?:at|in|to|with)){OBJ}",
            re.I,
        ),
        _skill,
    ),
    Rule(
        "is_a",
        re.compile(
            rf"{I_AM}(?P<neg>not\s+)?(?:(?:currently|now|also|actually|just|mostly|really|definitely|totally|such|"
            rf"very much|kind of|kinda|more of|more|much more of|much of)\s+)*(?P<art>a|an)\s+(?P<np>(?:[\w-]+\s+){{0,"
            rf"3}}?(?:{_JOB_WORD}|{_FACT_NOUNS}))\b(?P<rest>.*)",
            re.I,
        ),
        _is_a,
    ),
    Rule(
        "level",
        re.compile(
            rf"{I_AM}(?P<art>a|an)\s+(?P<level>complete beginner|beginner|novice|intermediate|advanced|experienced|"
            rf"expert|amateur|keen|casual|competitive|recreational|self-taught)\s+(?P<noun>[a-z]+(?:er|ist|or))\b",
            re.I,
        ),
        _level,
    ),
    Rule(
        "job_bare",
        re.compile(
            rf"{I_AM}(?P<np>(?:(?:single|freelance|retired|full-time|part-time|self-employed|senior|junior)\s+)?"
            rf"{_JOB_WORD})(?:\s+by (?:profession|trade))?(?=\s*(?:[,.;!]|$|\s+(?:and|so|but|since)\b))",
            re.I,
        ),
        _job_bare,
    ),
    Rule(
        "gets_easily",
        re.compile(
            rf"{I_SP}(?:always\s+|just\s+)?get\s+(?P<what>(?:[a-z-]+\s+){{0,2}}?[a-z-]+)\s+(?:really\s+|very\s+|so\s+"
            rf"|pretty\s+|quite\s+|super\s+)?(?:easily|quickly|fast)\b",
            re.I,
        ),
        _gets_easily,
    ),
    Rule(
        "age_n",
        re.compile(
            rf"{I_AM}(?P<n>\d{{2}})(?:\s*(?:years old|year old|yrs old|yo|y/o)\b|\s*(?:,|$)|"
            rf"\s+(?:and|so|but)\b)",
            re.I,
        ),
        _age,
    ),
    Rule(
        "age_decade",
        re.compile(
            rf"{I_AM}in my (?P<decade>(?:early |mid |late |mid-)?(?:\d0s|\d0's|twenties|thirties|forties|"
            rf"fifties|sixties))",
            re.I,
        ),
        _age,
    ),
    Rule("turned", re.compile(rf"{I_SP}(?:just\s+)?turned (?P<n>\d{{2}})\b", re.I), _age),
    Rule(
        "hobby",
        re.compile(rf"{I_HAVE}(?:recently\s+|just\s+|always\s+|lately\s+)?(?P<verb>{_HOBBY_VERBS}){OBJ}", re.I),
        _hobby,
    ),
    Rule(
        "took_up",
        re.compile(
            rf"{I_SP}(?:recently\s+|just\s+)?(?P<verb>started|took up|picked up|got(?: back)? into)\s+(?P<obj>(?!(?:to|"
            rf"a new job|working|thinking|looking|town|bed|trouble|work|the (?:car|house|office|city|room))\b).+)",
            re.I,
        ),
        _hobby,
    ),
    Rule(
        "owns",
        re.compile(rf"{I_SP}{ADV_ANY}(?P<verb>drive|own|ride)\s+(?P<art>a|an|two|three)\s+(?P<obj>.+)", re.I),
        _owns,
    ),
    Rule(
        "speaks",
        re.compile(
            rf"{I_SP}{ADV_ANY}(?P<verb>speak)\s+(?P<langs>(?:fluent\s+)?{_LANG}(?:(?:,\s*|\s+and\s+|\s+or\s+)"
            rf"(?:(?:a (?:little )?bit of|a little(?: bit)?|some|basic|conversational|fluent|decent|rusty|broken|"
            rf"passable|native)\s+)?{_LANG})*)\b",
            re.I,
        ),
        _speaks,
    ),
    Rule(
        "routine",
        re.compile(
            rf"{I_SP}{ADV_ANY}(?P<verb>{lx.alternation(lx.HABIT_VERBS)})\s+(?P<obj>.+?)\s+(?P<when>{_WHEN})"
            rf"\b",
            re.I,
        ),
        _routine,
    ),
)


def match_persona(clause: str, pos: int) -> Draft | None:
    """The first health, diet or identity rule matching at ``pos`` (the speaker token), or None."""
    return (
        first_match(health.RULES, clause, pos)
        or first_match(life_events.RULES, clause, pos)
        or (None if life_events.passing_start(clause, pos) else first_match(RULES, clause, pos))
        or first_match(places.RULES, clause, pos)
        or first_match(identity.RULES, clause, pos)
        or first_match(diagnoses.RULES, clause, pos)
        or first_match(practices.RULES, clause, pos)
        or first_match(experience.RULES, clause, pos)
        or first_match(usual.RULES, clause, pos)
        or first_match(plain_gaps.RULES, clause, pos)
    )
