"""One item of a profile line, when it has a closed, well-known shape: who the user is, one memory each.

Read by :func:`item` (for :mod:`agents.offline.profile_lines`, which cuts the line): an age or an age-and-gender tag
("34F" -> Is 34 years old, Is a woman; "age 29", "M/29"), a gender ("female"), a diet or a faith ("vegetarian" -> Is
vegetarian, "Muslim here", "keep kosher"), a family role or state ("dad of two", "single mom", "married", "two
kids"), a skill level ("total beginner", "intermediate at chess"), handedness ("lefty"), a build or a height ("small
hands", "petite", "5'4"), a budget word ("on a budget"), a kind of person ("runner", "night owl", "coffee snob"), a
job ("night nurse", "remote dev"), work ("night shifts", "wfh", "work in logistics") and a place ("live in Seattle",
"based in austin", "Oslo-based", "originally from Lagos", "live alone"). The words of such an item are put back in
the first person ("I'm vegetarian", "I live in Seattle") and worded by the rules of :mod:`agents.offline.patterns`
and :mod:`agents.offline.persona`, so an item says what a sentence would.

Refused (None): an item of more than five words, an item of none of these shapes ("pros", "flour", "price"), a job
word that is no job alone ("owner", "agent", "mom"), an age outside 13 to 99 ("12"), and a work or place phrase the
statement rules do not word ("12-hour shifts"). Whether the line is the user's, and what a bare place name means, is
:mod:`agents.offline.profile_lines`' to say.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.bodies import BODY_PARTS
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import subject_key
from agents.offline.patterns import match_statement
from agents.offline.persona import match_persona
from agents.offline.places import NOT_A_PLACE_RE
from memory.types import MemoryKind, MemorySource

_NUMS = "two|three|four|five|six|seven|2|3|4|5|6|7|twins|one|1"
_GENDERS = {"f": "a woman", "m": "a man", "female": "a woman", "male": "a man", "woman": "a woman", "man": "a man"}
AGE_RE = re.compile(
    r"^(?:(?:age|aged)\s*:?\s*(?P<a>\d{2})|(?P<b>\d{2})\s*(?:yo|y/o|y\.o\.|yrs?(?:\s+old)?|years?(?:\s+old)?|"
    r"year-old|yr-old)?)(?:\s*/?\s*(?P<g>f|m|female|male|woman|man)\b)?$|^(?P<g2>f|m)\s*/?\s*(?P<c>\d{2})$",
    re.IGNORECASE,
)
_GENDER_RE = re.compile(r"^(?P<g>female|male|woman|man)$", re.IGNORECASE)
_DIET_RE = re.compile(
    rf"^(?:(?:strict|strictly|fully|mostly|lifelong|ethical|also)\s+)?(?:{lx.alternation(lx.DIETS)})$", re.IGNORECASE
)
_FAITHS = (
    r"muslim|jewish|hindu|sikh|buddhist|catholic|christian|mormon|jain|protestant|orthodox jew|orthodox christian|"
    r"evangelical|quaker|atheist|agnostic"
)
_FAITH_RE = re.compile(
    rf"^(?:(?:devout|practicing|practising|observant|religious|orthodox|strict)\s+)?(?P<f>{_FAITHS})(?:\s+here)?$",
    re.IGNORECASE,
)
_KEEPS_RE = re.compile(
    r"^(?:(?:keep|keeps|eat|eats)\s+(?:only\s+)?|only\s+|strictly\s+)?(?P<d>halal|kosher)(?:\s+only|\s+here)?$", re.I
)
_I_AM_RE = re.compile(r"^(?:i'?m|im|i am|me)\s+", re.IGNORECASE)
_HEIGHT_RE = re.compile(r"^(?P<h>[4-7]\s?'\s?\d{1,2}\"?|[4-7]\s?ft(?:\s?\d{1,2})?|1[.,]\d\d\s?m|1\d\d\s?cm)$", re.I)
_ALONE_RE = re.compile(
    r"^live\s+(?:alone|on my own|by myself|with (?:my )?(?:partner|parents|roommates|flatmates))$", re.IGNORECASE
)
_JOB_MODS = (
    r"retired|remote|freelance|junior|senior|night|night-shift|er|icu|school|high school|primary school|"
    r"elementary|middle school|public school|full-time|part-time|self-employed|software|web|backend|front-?end|"
    r"full-?stack|data|mechanical|civil|electrical|graphic|ux|game|sous|line|head|pastry|nursing|med|law|college|"
    r"uni|university|grad|phd|high-school|cs|truck|bus|taxi|uber|delivery|stay-at-home|single|new|first-time|"
    r"working|busy|solo|lead|staff|tech|it|hospital|home|care|dental|vet|music|art|math|maths|english|science|"
    r"history|yoga|fitness|personal|swim|dance|piano|guitar|night shift|hospice|pediatric|icu"
)
_JOB_RE = re.compile(
    rf"^(?:an?\s+)?(?P<x>(?:(?:{_JOB_MODS})\s+){{0,2}}(?:{lx.alternation(lx.JOBS)}))$",
    re.IGNORECASE,
)
#: Jobs in :data:`agents.offline.lexicon.JOBS` that are not jobs alone: read as a family role or a level instead.
_NOT_JOBS = frozenset({"owner", "agent", "assistant", "officer", "parent", "mom", "mum", "dad", "mother", "father"})
_WORK_RE = re.compile(
    r"^(?:i\s+)?(?P<x>(?:work(?:ing)?|wfh)\b.*|(?:\d{1,2}-?(?:hour|hr|h)|long|night|early|late)\s+shifts?|nights|"
    r"shift work|shift worker)$",
    re.IGNORECASE,
)
_PLACE_RE = re.compile(
    r"^(?:i\s+)?(?P<v>live in|living in|based in|located in|from|originally from|in|moved to|just moved to|new to|"
    r"expat in|an expat in)\s+"
    r"(?P<p>(?:the\s+)?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})$"
)
#: The same in lower case after a verb of living ("based in austin"): a name, given its capitals back.
_LOWER_PLACE_RE = re.compile(
    r"^(?:i\s+)?(?P<v>live in|living in|based in|located in|originally from|from)\s+"
    r"(?P<p>(?!(?:a|an|the|my|our|here|there|town|work|home|it|this|that)\b)[a-z][a-z'.-]+(?:\s+[a-z][a-z'.-]+)?)$"
)
_BASED_RE = re.compile(r"^(?P<p>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)?)-based$")
FAMILY_RE = re.compile(
    rf"^(?:(?:proud|busy|tired|new|first-time|single|working|stay-at-home)\s+)?(?P<x>(?:mom|mum|dad|mother|father|"
    rf"parent|grandma|grandpa|grandmother|grandfather|granny)\s+(?:of|to)\s+(?:{_NUMS})(?:\s+(?:kids|boys|girls|"
    rf"children|teens|teenagers|little ones|under \w+))?|(?:single|new|first-time|stay-at-home|working|"
    r"expectant)\s+(?:mom|mum|dad|parent|mother|father)|empty nester)$",
    re.IGNORECASE,
)
_STATES_RE = re.compile(r"^(?P<x>married|divorced|widowed|engaged|retired|single|pregnant|expecting)$", re.I)
KIDS_RE = re.compile(
    rf"^(?:(?:with|have|got)\s+)?(?P<n>{_NUMS}|a)\s+(?P<x>kids?|children|child|sons?|daughters?|boys|girls|"
    r"teens|teenagers|toddlers?|grandkids)$",
    re.IGNORECASE,
)
_LEVEL_RE = re.compile(
    r"^(?:an?\s+)?(?P<x>(?P<l>(?:(?:total|complete|absolute|true|real|relative|self-taught)\s+)?(?:beginner|newbie|"
    r"novice|noob|first-timer)|intermediate|advanced|self-taught)(?:\s+level)?(?P<n>\s+(?:lifter|runner|climber|"
    r"player|golfer|skier|snowboarder|surfer|swimmer|cook|baker|programmer|coder|knitter|guitarist|pianist|"
    r"photographer|rider|cyclist|hiker|sewist|gardener|woodworker))?(?P<at>\s+(?:at|in|with)\s+\w+(?:\s+\w+)?)?)$",
    re.IGNORECASE,
)
_HAND_RE = re.compile(r"^(?P<x>left-handed|left handed|lefty|leftie|right-handed|ambidextrous)$", re.IGNORECASE)
_BUILD_RE = re.compile(
    rf"^(?P<x>(?:very\s+)?(?:small|big|large|tiny|wide|narrow|flat|long|short|broad|huge)\s+"
    rf"(?:hands|fingers|feet|wrists|shoulders|head|arms|legs|calves|{BODY_PARTS}))$",
    re.IGNORECASE,
)
_TALL_RE = re.compile(r"^(?P<x>(?:very\s+)?(?:tall|short|petite|plus[- ]size(?:d)?))$", re.IGNORECASE)
_KINDS_OF = (
    r"runner|cyclist|climber|boulderer|hiker|swimmer|surfer|skier|snowboarder|lifter|powerlifter|golfer|gamer|"
    r"introvert|extrovert|introverted|extroverted|night owl|early bird|morning person|night person|homebody|"
    r"commuter|renter|homeowner|foodie|bookworm|cat person|dog person|cat lady|dog owner|cat owner|"
    r"home cook|vegetarian|vegan|minimalist"
)
_KIND_RE = re.compile(
    rf"^(?:an?\s+)?(?P<x>(?:(?:avid|keen|casual|lifelong|hobby|weekend|amateur|big|huge|serious|total)\s+)?"
    rf"(?:{_KINDS_OF}))$",
    re.IGNORECASE,
)
_SNOB_RE = re.compile(r"^(?:an?\s+|a\s+bit\s+of\s+an?\s+|total\s+)?(?P<x>[a-z]+)\s+(?P<y>snob|nerd|addict|geek)$", re.I)
_BUDGET_RE = re.compile(
    r"^(?P<x>on\s+a\s+(?:(?:tight|strict|small|shoestring|limited)\s+)?budget|on\s+a\s+fixed\s+income|"
    r"broke|broke student|(?:tight|small|limited|low|shoestring)\s+budget)$",
    re.IGNORECASE,
)

MAX_ITEM_WORDS = 5


def said(text: str) -> Draft | None:
    """A first-person clause worded by the statement and persona rules ("I'm vegetarian" -> Is vegetarian)."""
    draft = match_statement(text, 0) or match_persona(text, 0)
    if draft is None:
        return None
    if draft.kind == MemoryKind.fact:  # a profile line says it outright
        draft = draft.as_source(MemorySource.explicit, max(draft.confidence, EXPLICIT))
    return draft


def fact(text: str, subject: str, kind: MemoryKind = MemoryKind.fact, category: str | None = None) -> Draft:
    return Draft(text, kind, subject_key(subject), EXPLICIT, MemorySource.explicit, category=category)


def _article(words: str) -> str:
    return "an" if words[:1].lower() in "aeiou" else "a"


def item(text: str) -> tuple[str, Draft] | None:
    """One item of a profile line, when it has one of the closed shapes: (its family, its memory)."""
    t = _I_AM_RE.sub("", text.strip(" .!()[]\"'").strip())
    if not t or len(t.split()) > MAX_ITEM_WORDS:
        return None
    if (m := _FAITH_RE.match(t)) is not None:
        f = m.group(0).removesuffix(" here").lower()
        worded = f if f in ("atheist", "agnostic") else f.title()
        return "faith", said(f"I'm {f}") or fact(f"Is {worded}", "religion")
    if (m := _KEEPS_RE.match(t)) is not None:
        return "diet", said(f"I keep {m.group('d').lower()}") or fact(f"Keeps {m.group('d').lower()}", "diet")
    if _DIET_RE.match(t) and (d := said(f"I'm {t[:1].lower()}{t[1:]}")) is not None:
        return "diet", d
    if (m := FAMILY_RE.match(t)) is not None:
        x = f"{_article(m.group('x'))} {m.group('x').lower()}"
        return "family", said(f"I'm {x}") or fact(f"Is {x}", "family", category="family")
    if (m := _STATES_RE.match(t)) is not None:
        x = m.group("x").lower()
        return "state", fact("Is expecting a baby", "pregnancy") if x == "expecting" else (
            said(f"I'm {x}") or fact(f"Is {x}", x)
        )
    if (m := KIDS_RE.match(t)) is not None:
        n = "one" if m.group("n").lower() in ("a", "1") else m.group("n").lower()
        x = f"{n} {m.group('x').lower()}"
        return "kids", said(f"I have {x}") or fact(f"Has {x}", "family", category="family")
    if (m := _LEVEL_RE.match(t)) is not None:
        x, level = m.group("x").lower(), m.group("l").lower()
        if level in ("intermediate", "advanced") and not m.group("n"):
            x = f"at an {level} level{(m.group('at') or '').lower()}"
        else:
            x = f"{_article(x)} {x}"
        return "level", fact(f"Is {x}", "skill level")
    if (m := _HAND_RE.match(t)) is not None:
        x = "left-handed" if m.group("x").lower().startswith("left") else m.group("x").lower()
        return "hand", said(f"I'm {x}") or fact(f"Is {x}", "handedness")
    if (m := _BUILD_RE.match(t)) is not None:
        return "build", fact(f"Has {m.group('x').lower()}", m.group("x").split()[-1])
    if (m := _TALL_RE.match(t)) is not None:
        return "height", fact(f"Is {m.group('x').lower()}", "height")
    if (m := _HEIGHT_RE.match(t)) is not None:
        h = re.sub(r"\s+", "", m.group("h")).replace("ft", "'")
        h = h if re.search(r"\d'\d", h) or "'" not in h else h.rstrip("'") + " ft"
        return "height", fact(f"Is {h} tall", "height")
    if (m := _BUDGET_RE.match(t)) is not None:
        x = m.group("x").lower()
        x = x if x.startswith(("on ", "broke")) else f"on a {x}"
        return "budget", said(f"I'm {x}") or fact(f"Is {x}", "budget", MemoryKind.constraint, "finance")
    if (m := _KIND_RE.match(t)) is not None:
        x = m.group("x").lower()
        return "kind", said(f"I'm {_article(x)} {x}") or fact(f"Is {_article(x)} {x}", x)
    if (m := _SNOB_RE.match(t)) is not None and m.group("x").lower() not in ("a", "an", "the", "total", "some"):
        x = f"{m.group('x').lower()} {m.group('y').lower()}"
        return "kind", fact(f"Is {_article(x)} {x}", m.group("x"), MemoryKind.preference)
    if (m := _JOB_RE.match(t)) is not None and t.split()[-1].lower() not in _NOT_JOBS:
        x = m.group("x") if m.group("x").split()[0].isupper() else f"{m.group('x')[:1].lower()}{m.group('x')[1:]}"
        return "job", said(f"I'm {_article(x)} {x}") or fact(f"Is {_article(x)} {x}", "job", category="work")
    if (m := _WORK_RE.match(t)) is not None:
        x = m.group("x")
        x = f"work {x.lower()}" if re.match(r"\d|long|night|early|late|shift", x, re.I) else x
        x = "work shifts" if x.lower() in ("work shift work", "work shift worker") else x
        x = "work from home" if re.match(r"wfh\b", x, re.I) else re.sub(r"^working\b", "work", x)
        if (d := said(f"I {x[:1].lower()}{x[1:]}")) is not None:
            return "work", d
        return None
    if (m := _PLACE_RE.match(t)) is not None and not NOT_A_PLACE_RE.match(m.group("p")):  # not "I'm in IT"
        v = m.group("v").lower()
        verb = "I'm from" if "from" in v else "I just moved to" if re.search(r"moved|new to", v) else "I live in"
        return as_item("origin" if "from" in v else "place", said(f"{verb} {m.group('p')}"))
    if (m := _LOWER_PLACE_RE.match(t)) is not None:
        verb = "I'm from" if "from" in m.group("v") else "I live in"
        return as_item("origin" if "from" in m.group("v") else "place", said(f"{verb} {m.group('p').title()}"))
    if (m := _BASED_RE.match(t)) is not None:
        return as_item("place", said(f"I live in {m.group('p')}"))
    if (m := _ALONE_RE.match(t)) is not None:
        return as_item("home", said(f"I {m.group(0).lower()}"))
    if (m := AGE_RE.match(t)) is not None and (d := _age(m)) is not None:
        return "age", d
    if (m := _GENDER_RE.match(t)) is not None:
        return "gender", fact(f"Is {_GENDERS[m.group('g').lower()]}", "gender")
    return None


def as_item(family: str, draft: Draft | None) -> tuple[str, Draft] | None:
    return None if draft is None else (family, draft)


def strong(text: str) -> bool:
    """An item that says it of the user alone: a labelled age, a place lived in, a sign-in, a kept diet."""
    t = _I_AM_RE.sub("", text.strip(" .!()[]\"'").strip())
    return bool(
        re.match(r"(?:age|aged)\b|\d{2}\s*(?:yo|y/o|years?\s+old)\b", t, re.I)
        or re.match(r"(?:live|living|based)\s+in\b", t, re.I)
        or re.search(r"\bhere$", t, re.I)
        or _KEEPS_RE.match(t)
    )


def _age(m: re.Match[str]) -> Draft | None:
    n = int(m.group("a") or m.group("b") or m.group("c"))
    return fact(f"Is {n} years old", "age") if 13 <= n <= 99 else None


def gender(text: str) -> Draft | None:
    """The gender in an age tag ("34F", "M/29"), as a second memory."""
    m = AGE_RE.match(text.strip(" .!()[]\"'").strip())
    g = m and (m.group("g") or m.group("g2"))
    return fact(f"Is {_GENDERS[g.lower()]}", "gender") if g else None


def tagged(text: str) -> bool:
    """An age-and-gender tag ("34F", "M/29"): the user's own, said alone."""
    m = AGE_RE.match(_I_AM_RE.sub("", text.strip(" .!()[]\"'").strip()))
    return bool(m and (m.group("g") or m.group("g2")))
