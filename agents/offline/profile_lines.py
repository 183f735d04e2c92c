"""Who the user is, said as a list: a profile line, a forum-style header, a sign-off, a standing order.

"34F, vegetarian, live in Seattle.", "About me: 41, two kids, work in logistics", "vegan / gluten-free / on a
budget", "Age 29 | Berlin | remote dev", "Me: beginner, left-handed, small hands", "- Dana, 34, night nurse" (a
sign-off), "Muslim here, halal options near Union Square?" (the items before a question), "tea, no sugar, always",
"coffee: black." A line is cut at commas, slashes, bars and semicolons, and only items of a closed, well-known
shape are read, one memory each: an age or an age-and-gender tag ("34F" -> Is 34 years old, Is a woman), a diet
or a faith ("vegetarian" -> Is vegetarian), a job ("night nurse"), a place lived in ("live in Seattle", "based in
Oslo"; a bare name only among two other items read), a family role ("dad of two"), a skill level ("total
beginner"), handedness, a build ("small hands"), a kind of person ("runner", "night owl", "coffee snob"), a budget
word ("on a budget"), and how a drink or a dish is taken ("tea, no sugar" -> Takes tea without sugar). The words
of such an item are put back in the first person ("I'm vegetarian", "I live in Seattle") and worded by the rules
of :mod:`agents.offline.patterns` and :mod:`agents.offline.persona`, so a list says what a sentence would.

An open list is no profile: a line of items few of which have those shapes ("pros, cons, price?", "flour, sugar,
eggs, butter"), a line under a header that is not the user ("Ingredients: ...", "Specs: ...", "For my dad: 70,
diabetic"), a line beside someone else ("my dad: ...", "she's ..."), a choice ("vegan or vegetarian"), a
question made only of such items ("beginner, intermediate?"), a one-off ("coffee, no sugar, today") and a
hypothetical read nothing here. Used by :func:`agents.offline.reader._sentence_drafts` (both modes): the learned
reader then leaves the line alone, its words being worded already; :func:`agents.offline.setup_facts.setup_facts`
leaves someone else's line alone (issue 13, session 16).
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.bodies import BODY_PARTS
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import subject_key
from agents.offline.patterns import match_statement
from agents.offline.persona import match_persona
from agents.offline.sentences import Sentence
from memory.types import MemoryKind, MemorySource

#: A header naming the user: "About me:", "Me -", "Background:", "Quick context:", "Bio:".
_SELF_HEADER_RE = re.compile(
    r"^\W*(?:(?:a\s+)?(?:bit|little)\s+about\s+me|about\s+me|about\s+myself|me|myself|background|my\s+background|"
    r"bio|profile|my\s+profile|(?:some|quick|bit\s+of|a\s+bit\s+of|for)\s+context|context|info|my\s+info|stats|"
    r"my\s+stats|fyi|re\s+me|who\s+i\s+am|intro|quick\s+intro|details|my\s+details|situation|my\s+situation)"
    r"\s*(?::|-|\u2013|\u2014|=|>)\s*",
    re.IGNORECASE,
)
#: Any other header ("Ingredients:", "For my dad:", "Specs:"): the line is not about the user.
_HEADER_RE = re.compile(r"^[^:]{1,40}:\s+")
#: A sign-off: "- Dana, 34, nurse", "~ Sam (41, dad of 3)": the name first, then the items.
_SIGN_OFF_RE = re.compile(r"^\s*(?:-{1,2}|\u2013|\u2014|~)\s*[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s*(?:,|\(|\s-\s)\s*")
_SPLIT_RE = re.compile(r"\s*(?:[,;|\u00b7\u2022]|\s/\s|(?<=[a-z]{2})/(?=[a-z]{2})|\s\+\s)\s*", re.IGNORECASE)
#: Items that make the line a choice or a comparison, not a profile.
_CHOICE_RE = re.compile(r"\b(?:or|vs\.?|versus|either|which|what|how|any)\b", re.IGNORECASE)
#: Someone else's line: "for my dad", "my wife:", "she's", "he is".
_OTHER_RE = re.compile(
    r"\b(?:he|she|they|his|her|their|he's|she's|(?:my|our|for a|for my)\s+(?:\w+\s+)?(?:dad|mum|mom|father|mother|"
    r"wife|husband|partner|son|daughter|kids?|child|friend|sister|brother|boss|grandma|grandpa|grandmother|"
    r"grandfather|aunt|uncle|neighbou?r|colleague|roommate|gf|bf|girlfriend|boyfriend|niece|nephew|cousin|client|"
    r"students?|patients?|customers?|guests?|team|character|audience|client)|the character|the poll)\b",
    re.IGNORECASE,
)
#: An item naming someone else bare ("nut-free kid", "picky toddler"): the line is theirs.
_THEIRS_RE = re.compile(
    r"\b(?:kid|son|daughter|child|toddler|baby|husband|wife|partner|boyfriend|girlfriend|bf|gf|teen|dad|mom|mum|"
    r"father|mother|friend|roommate|boss)\W*$",
    re.IGNORECASE,
)
#: A question about the items themselves: "which pays most?", "explain each", "compare".
_ASKS_ABOUT_RE = re.compile(
    r"\b(?:which|compare|difference|between|most|more|less|best|better|worse|healthier|cheapest|each|vs|or)\b", re.I
)
_NAME_RE = re.compile(r"^[A-Z][a-z]+$")
_ONE_OFF_RE = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:time|morning|week|weekend)|right now|for now|just once|please|pls|plz|"
    r"thanks)\b",
    re.IGNORECASE,
)

_NUMS = "two|three|four|five|six|seven|2|3|4|5|6|7|twins|one|1"
_GENDERS = {"f": "a woman", "m": "a man", "female": "a woman", "male": "a man", "woman": "a woman", "man": "a man"}
_AGE_RE = re.compile(
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
_BARE_PLACE_RE = re.compile(r"^(?P<p>[A-Z][a-z][\w'.-]+(?:\s+[A-Z][a-z][\w'.-]+){0,2})$")
_FAMILY_RE = re.compile(
    rf"^(?:(?:proud|busy|tired|new|first-time|single|working|stay-at-home)\s+)?(?P<x>(?:mom|mum|dad|mother|father|"
    rf"parent|grandma|grandpa|grandmother|grandfather|granny)\s+(?:of|to)\s+(?:{_NUMS})(?:\s+(?:kids|boys|girls|"
    rf"children|teens|teenagers|little ones|under \w+))?|(?:single|new|first-time|stay-at-home|working|"
    r"expectant)\s+(?:mom|mum|dad|parent|mother|father)|empty nester)$",
    re.IGNORECASE,
)
_STATES_RE = re.compile(r"^(?P<x>married|divorced|widowed|engaged|retired|single|pregnant|expecting)$", re.I)
_KIDS_RE = re.compile(
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
#: How a drink is taken, said of the drink: "tea, no sugar", "coffee: black", "coffee black, always".
_DRINKS = r"coffee|tea|black tea|green tea|latte|cappuccino|espresso|americano|flat white|chai|matcha|cocoa"
_WAYS = (
    r"black|no sugar|without sugar|sugar-free|unsweetened|no milk|without milk|with milk|oat milk|with oat milk|"
    r"almond milk|soy milk|with honey|with lemon|decaf|iced|extra hot|strong|weak|milk no sugar|"
    r"(?:milk and |with milk and )?(?:one|two|1|2) sugars?|splash of milk|with a splash of milk|sweet"
)
_DRINK_RE = re.compile(rf"^(?P<d>{_DRINKS})\s*[:,-]?\s*(?P<w>(?:{_WAYS})(?:\s*,?\s*(?:{_WAYS}))?)$", re.I)
_WAY_RE = re.compile(rf"^(?P<w>{_WAYS})$", re.IGNORECASE)
_DISHES = r"eggs|steak|burgers?|toast|pasta|rice"
_DONE = (
    r"over easy|over medium|over hard|scrambled|sunny side up|sunny-side up|poached|runny|soft-boiled|hard-boiled|"
    r"rare|medium rare|medium-rare|medium|medium well|well done|well-done|blue|al dente|lightly toasted|dark"
)
_DISH_RE = re.compile(rf"^(?P<d>{_DISHES})\s*[:,-]?\s*(?P<w>{_DONE})$", re.IGNORECASE)
_ALWAYS_RE = re.compile(r"^(?:always|every time|everytime|always always|no exceptions|forever)$", re.IGNORECASE)

MAX_ITEMS = 8
MAX_ITEM_WORDS = 5


def _said(text: str) -> Draft | None:
    """A first-person clause worded by the statement and persona rules ("I'm vegetarian" -> Is vegetarian)."""
    draft = match_statement(text, 0) or match_persona(text, 0)
    if draft is None:
        return None
    if draft.kind == MemoryKind.fact:  # a profile line says it outright
        draft = draft.as_source(MemorySource.explicit, max(draft.confidence, EXPLICIT))
    return draft


def _fact(text: str, subject: str, kind: MemoryKind = MemoryKind.fact, category: str | None = None) -> Draft:
    return Draft(text, kind, subject_key(subject), EXPLICIT, MemorySource.explicit, category=category)


def _article(words: str) -> str:
    return "an" if words[:1].lower() in "aeiou" else "a"


def _taken(drink: str, ways: str) -> Draft:
    """ "tea", "no sugar": Takes tea without sugar."""
    parts = [w.strip().lower() for w in re.split(r"\s*,\s*|\s+(?=no\b|with\b|without\b)", ways) if w.strip()]
    worded = []
    for w in parts:
        w = re.sub(r"^no\s+", "without ", w)
        plain = re.match(r"(?:without|with|black|decaf|iced|extra|strong|weak|sweet|unsweetened|sugar-free)\b", w)
        w = w if plain else f"with {w}"
        worded.append(w)
    text = f"Takes {drink.lower()} {' and '.join(worded)}"
    return _fact(text, drink, MemoryKind.preference, "food")


def item(text: str) -> tuple[str, Draft] | None:
    """One item of a profile line, when it has one of the closed shapes: (its family, its memory)."""
    t = _I_AM_RE.sub("", text.strip(" .!()[]\"'").strip())
    if not t or len(t.split()) > MAX_ITEM_WORDS:
        return None
    if (m := _FAITH_RE.match(t)) is not None:
        f = m.group(0).removesuffix(" here").lower()
        worded = f if f in ("atheist", "agnostic") else f.title()
        return "faith", _said(f"I'm {f}") or _fact(f"Is {worded}", "religion")
    if (m := _KEEPS_RE.match(t)) is not None:
        return "diet", _said(f"I keep {m.group('d').lower()}") or _fact(f"Keeps {m.group('d').lower()}", "diet")
    if _DIET_RE.match(t) and (d := _said(f"I'm {t[:1].lower()}{t[1:]}")) is not None:
        return "diet", d
    if (m := _FAMILY_RE.match(t)) is not None:
        x = f"{_article(m.group('x'))} {m.group('x').lower()}"
        return "family", _said(f"I'm {x}") or _fact(f"Is {x}", "family", category="family")
    if (m := _STATES_RE.match(t)) is not None:
        x = m.group("x").lower()
        return "state", _fact("Is expecting a baby", "pregnancy") if x == "expecting" else (
            _said(f"I'm {x}") or _fact(f"Is {x}", x)
        )
    if (m := _KIDS_RE.match(t)) is not None:
        n = "one" if m.group("n").lower() in ("a", "1") else m.group("n").lower()
        x = f"{n} {m.group('x').lower()}"
        return "kids", _said(f"I have {x}") or _fact(f"Has {x}", "family", category="family")
    if (m := _LEVEL_RE.match(t)) is not None:
        x, level = m.group("x").lower(), m.group("l").lower()
        if level in ("intermediate", "advanced") and not m.group("n"):
            x = f"at an {level} level{(m.group('at') or '').lower()}"
        else:
            x = f"{_article(x)} {x}"
        return "level", _fact(f"Is {x}", "skill level")
    if (m := _HAND_RE.match(t)) is not None:
        x = "left-handed" if m.group("x").lower().startswith("left") else m.group("x").lower()
        return "hand", _said(f"I'm {x}") or _fact(f"Is {x}", "handedness")
    if (m := _BUILD_RE.match(t)) is not None:
        return "build", _fact(f"Has {m.group('x').lower()}", m.group("x").split()[-1])
    if (m := _TALL_RE.match(t)) is not None:
        return "height", _fact(f"Is {m.group('x').lower()}", "height")
    if (m := _HEIGHT_RE.match(t)) is not None:
        h = re.sub(r"\s+", "", m.group("h")).replace("ft", "'")
        h = h if re.search(r"\d'\d", h) or "'" not in h else h.rstrip("'") + " ft"
        return "height", _fact(f"Is {h} tall", "height")
    if (m := _BUDGET_RE.match(t)) is not None:
        x = m.group("x").lower()
        x = x if x.startswith(("on ", "broke")) else f"on a {x}"
        return "budget", _said(f"I'm {x}") or _fact(f"Is {x}", "budget", MemoryKind.constraint, "finance")
    if (m := _KIND_RE.match(t)) is not None:
        x = m.group("x").lower()
        return "kind", _said(f"I'm {_article(x)} {x}") or _fact(f"Is {_article(x)} {x}", x)
    if (m := _SNOB_RE.match(t)) is not None and m.group("x").lower() not in ("a", "an", "the", "total", "some"):
        x = f"{m.group('x').lower()} {m.group('y').lower()}"
        return "kind", _fact(f"Is {_article(x)} {x}", m.group("x"), MemoryKind.preference)
    if (m := _JOB_RE.match(t)) is not None and t.split()[-1].lower() not in _NOT_JOBS:
        x = m.group("x") if m.group("x").split()[0].isupper() else f"{m.group('x')[:1].lower()}{m.group('x')[1:]}"
        return "job", _said(f"I'm {_article(x)} {x}") or _fact(f"Is {_article(x)} {x}", "job", category="work")
    if (m := _WORK_RE.match(t)) is not None:
        x = m.group("x")
        x = f"work {x.lower()}" if re.match(r"\d|long|night|early|late|shift", x, re.I) else x
        x = "work shifts" if x.lower() in ("work shift work", "work shift worker") else x
        x = "work from home" if re.match(r"wfh\b", x, re.I) else re.sub(r"^working\b", "work", x)
        if (d := _said(f"I {x[:1].lower()}{x[1:]}")) is not None:
            return "work", d
        return None
    if (m := _PLACE_RE.match(t)) is not None:
        v = m.group("v").lower()
        verb = "I'm from" if "from" in v else "I just moved to" if re.search(r"moved|new to", v) else "I live in"
        return _of("origin" if "from" in v else "place", _said(f"{verb} {m.group('p')}"))
    if (m := _LOWER_PLACE_RE.match(t)) is not None:
        verb = "I'm from" if "from" in m.group("v") else "I live in"
        return _of("origin" if "from" in m.group("v") else "place", _said(f"{verb} {m.group('p').title()}"))
    if (m := _BASED_RE.match(t)) is not None:
        return _of("place", _said(f"I live in {m.group('p')}"))
    if (m := _ALONE_RE.match(t)) is not None:
        return _of("home", _said(f"I {m.group(0).lower()}"))
    if (m := _AGE_RE.match(t)) is not None and (d := _age(m)) is not None:
        return "age", d
    if (m := _GENDER_RE.match(t)) is not None:
        return "gender", _fact(f"Is {_GENDERS[m.group('g').lower()]}", "gender")
    return None


def _of(family: str, draft: Draft | None) -> tuple[str, Draft] | None:
    return None if draft is None else (family, draft)


def _strong(text: str) -> bool:
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
    return _fact(f"Is {n} years old", "age") if 13 <= n <= 99 else None


def _gender(text: str) -> Draft | None:
    """The gender in an age tag ("34F", "M/29"), as a second memory."""
    m = _AGE_RE.match(text.strip(" .!()[]\"'").strip())
    g = m and (m.group("g") or m.group("g2"))
    return _fact(f"Is {_GENDERS[g.lower()]}", "gender") if g else None


def _items(line: str) -> list[str]:
    return [p for p in (x.strip(" .!-\u2013\u2014") for x in _SPLIT_RE.split(line)) if p]


def profile(line: str, *, question: bool = False) -> tuple[list[Draft], bool]:
    """The memories of a profile line, and whether every item was read (the line read whole); ([], False) for a
    line that is no profile of the user. ``question``: the line ends in a question; only the items before it are
    read ("Muslim here, halal options near Union Square?")."""
    text = line.strip()
    if not_the_users(text) or _ONE_OFF_RE.search(text):
        return [], False
    headed = False
    if (m := _SELF_HEADER_RE.match(text)) is not None:
        text, headed = text[m.end() :], True
    elif (m := _SIGN_OFF_RE.match(text)) is not None:
        text, headed = text[m.end() :].rstrip(" )"), True
    items = _items(text)
    if not items or len(items) > MAX_ITEMS:
        return [], False
    if (found := _orders(items, question=question)) is not None:
        return found, True
    if any(_CHOICE_RE.search(i) for i in items[:-1]) or (not question and _CHOICE_RE.search(items[-1])):
        return [], False  # "vegan or vegetarian", "Seattle, Portland, or Denver"
    if any(_THEIRS_RE.search(i) and not _KIDS_RE.match(i) and not _FAMILY_RE.match(i) for i in items):
        return [], False  # "gluten-free, dairy-free, nut-free kid": the kid's
    read = [item(i) for i in items]
    if question:
        asked = items[-1].rstrip("?! ")
        if item(asked) is not None or _ASKS_ABOUT_RE.search(asked):
            return [], False  # "beginner, intermediate, advanced?", "teacher, nurse, which pays most?"
        n = next((k for k, d in enumerate(read) if d is None), len(read))
        if n < 2 and not (n == 1 and (_strong(items[0]) or _tagged(items[0]))):
            return [], False
        read, items, headed = read[:n], items[:n], True
    if len(items) > 1 and read[0] is None and _NAME_RE.match(items[0]) and read[1] and read[1][0] == "age":
        items, read = items[1:], read[1:]  # "Dana, 34, night nurse": a sign-off, the name first
    families = [r[0] for r in read if r is not None]
    if any(families.count(f) > 1 for f in ("age", "job", "place", "faith", "level", "gender")):
        return [], False  # "teacher, nurse, engineer", "30, 40, 50": alternatives, not one person
    places = [k for k, i in enumerate(items) if read[k] is None and _BARE_PLACE_RE.match(i.strip(" ."))]
    forum = headed or bool(re.search(r"\s[|/]\s", text))
    if len(places) == 1 and places[0] > 0 and len(families) >= 2 and forum and "place" not in families:
        d = _said(f"I live in {items[places[0]].strip(' .')}")  # "Age 29 | Berlin | remote dev"
        read[places[0]] = _of("place", d)
    known = sum(r is not None for r in read)
    single = len(items) == 1 and (headed or _strong(items[0]) or _tagged(items[0]))
    if known == 0 or (len(items) > 1 and known * 2 < len(items)) or (len(items) == 1 and not single):
        return [], False  # an open list: "pros, cons, price", "flour, sugar, eggs"
    out: list[Draft] = []
    for i, r in zip(items, read, strict=True):
        if r is None:
            continue
        out.append(r[1])
        if r[0] == "age" and (g := _gender(i)) is not None:
            out.append(g)
    return out, known == len(items)


def not_the_users(line: str) -> bool:
    """A line about someone else ("my wife: 34, vegetarian", "she's 34") or under a header that is not the user
    ("Ingredients: ...", "Client profile: ...")."""
    text = line.strip()
    if _OTHER_RE.search(text):
        return True
    if _SELF_HEADER_RE.match(text) or _SIGN_OFF_RE.match(text):
        return False
    head = _HEADER_RE.match(text)
    return (
        head is not None
        and not _AGE_RE.match(head.group(0).strip(" :"))
        and not re.match(rf"^(?:{_DRINKS}|{_DISHES}|age|aged)\s*:", text, re.IGNORECASE)
    )


def _tagged(text: str) -> bool:
    """An age-and-gender tag ("34F", "M/29"): the user's own, said alone."""
    m = _AGE_RE.match(_I_AM_RE.sub("", text.strip(" .!()[]\"'").strip()))
    return bool(m and (m.group("g") or m.group("g2")))


def _orders(items: list[str], *, question: bool) -> list[Draft] | None:
    """How the user takes a drink or a dish: "tea, no sugar, always", "coffee: black", "eggs: over easy"."""
    if question:
        return None
    joined = ", ".join(i for i in items if not _ALWAYS_RE.match(i))
    if (m := _DRINK_RE.match(joined)) is not None:
        return [_taken(m.group("d"), m.group("w"))]
    if (m := _DISH_RE.match(joined)) is not None:
        return [_fact(f"Likes {m.group('d').lower()} {m.group('w').lower()}", m.group("d"), MemoryKind.preference)]
    return None


def with_profile(sentence: Sentence, found: list[Draft]) -> list[Draft]:
    """``found`` (the rules' drafts of ``sentence``) and what a profile line in it says that they do not."""
    drafts, _ = profile(sentence.text, question=sentence.question)
    said = {d.text.lower() for d in found}
    subjects = {d.subject for d in found}  # "I'm vegetarian, except I do eat eggs": the rules said it more fully
    return found + [d for d in drafts if d.text.lower() not in said and d.subject not in subjects]
