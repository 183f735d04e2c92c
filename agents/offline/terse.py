"""Terse fragments that state a fact or a limit without a verb, read as a memory in their own wording.

"Budget 15k." (constraint), "Cooking for one." (fact), "vim user" (fact: "Uses vim"), "Wood from now on."
(preference: "Prefers wood"; "No more X from now on": "Avoids X"; not "this from now on"), implied persona facts:
"Learning Spanish, B1 level", "Two kids, 6 and 9", "Kids are 4 and 7", "Small balcony, mostly shade",
"Complete beginner here". Their wording replaces the learned reader's ("Has a budget of at most 500", not "Needs
budget: 500 max"). Used by :mod:`agents.offline.guided` (rules + reader); written for issue 13's eighth pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import capitalize, join_text, subject_key, third_person
from agents.offline.opinions import judged
from agents.offline.places import capitalized
from agents.offline.profile_items import item, said
from agents.offline.routines import event, routine, setup
from memory.types import MemoryKind, MemorySource

#: "Budget 15k.", "budget: $800 max", "Budget around 2k for the trip.".
_BUDGET_RE = re.compile(
    r"^\W*(?:(?:my|the|our|total|max|overall)\s+)?budget(?:'s|\s+is|\s*:|\s+of)?\s*(?:like\s+)?(?P<lim>(?:around|about|roughly|"
    r"under|max)\s+)?(?P<amt>[$€£]?\s?\d[\d,.]*\s?(?:k|K|grand|dollars|euros|pounds|bucks)?)(?:\s+(?:(?P<max>max|tops)|"
    r"total))?(?:\s+for\s+(?P<for>(?:the|a|my|our|this)\s+)?(?P<noun>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}))?\W*$",
    re.IGNORECASE,
)
#: "Nothing over $50.", "Nothing above 1000 dollars", "No more than 200 euros a night please": a price limit.
_AT_MOST_RE = re.compile(
    r"^\W*(?:nothing\s+(?:over|above|more than|pricier than)|no more than|not more than|nothing more than|"
    r"max(?:imum)?(?:\s+of)?|up to)\s+(?P<amt>[$€£]\s?\d[\d,.]*\s?(?:k|K)?|\d[\d,.]*\s?(?:k|K|grand|dollars|euros|"
    r"pounds|bucks|usd|eur|gbp)\b)(?P<per>\s+(?:a|per)\s+(?:night|month|person|head|week))?(?:\s+(?:please|pls|tops|total))?\W*$",
    re.IGNORECASE,
)
#: "Whatever is cheapest.", "Cheapest, always.": the measure the user picks by.
_PICKS_BY_RE = re.compile(
    r"^\W*(?:whatever(?:'s|\s+is)\s+(?P<a>cheapest|quickest|fastest|easiest|closest|nearest|shortest|simplest)|"
    r"(?P<b>cheapest|quickest|fastest|easiest|closest|nearest|shortest|simplest),?\s+always)\W*$",
    re.IGNORECASE,
)
#: "Mountains, always.", "Aisle, always.": a thing kept to for good, said alone (not "Late, always.", a state, nor
#: "Yes, always.", an answer).
_ALWAYS_RE = re.compile(
    r"^\W*(?P<x>(?!(?:yes|yeah|yep|no|nope|ok|okay|sure|same|me|you|us|this|that|it|not|almost|nearly|as|so|late|"
    r"early|tired|busy|hungry|broke|right|true|wrong|sorry|guilty|happy|sad|lost|always|never|often)\b)"
    r"[a-z][\w'-]*(?:\s+(?!(?:please|pls|plz)\b)[a-z][\w'-]*){0,2})(?:\s+(?:please|pls|plz))?,\s+always\W*$",
    re.IGNORECASE,
)
#: "Sober 5 years.", "5 years sober.": how long the user has not drunk, said alone.
_SOBER_RE = re.compile(
    r"^\W*(?:sober\s+(?:for\s+)?(?:about\s+|almost\s+|over\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(?P<unit>days?|weeks?|months?|years?)|(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit2>days?|weeks?|months?|years?)\s+sober(?:\s+(?:now|today))?)\W*$",
    re.IGNORECASE,
)
#: "Cooking for one.": the household the user shops and cooks for.
_HOUSEHOLD_RE = re.compile(
    r"^\W*(?P<g>cooking|shopping|baking|meal[- ]prepping|grocery shopping)\s+for\s+"
    r"(?P<n>one|two|three|four|five|six|myself|just me|just myself|a family of \w+)"
    r"(?:\s+(?:most|every|these)\s+\w+|\s+(?:usually|mostly|now|lately))?\W*$",
    re.IGNORECASE,
)
#: "also vim user", "Mac user here": a tool the user uses.
_USER_OF_RE = re.compile(
    r"^\W*(?:(?:also|btw|fyi|fellow|a|an)\s+)?(?P<x>[A-Za-z][\w+#.-]{1,20})\s+(?P<role>user|shooter)(?:\s+(?:here|myself|too|"
    r"since forever|for years|for life|for (?:\d+|ten|twenty) years|since \d{4}|since (?:college|uni|school)))?\W*$",
    re.IGNORECASE,
)
_NOT_A_TOOL = frozenset(
    [
        "power",
        "new",
        "heavy",
        "light",
        "casual",
        "daily",
        "longtime",
        "long-time",
        "first-time",
        "regular",
        "free",
        "premium",
        "pro",
        "paid",
        "returning",
        "end",
        "avid",
        "big",
    ]
)
#: "Horror movies, no thanks.", "anything with olives - hard pass": a kind of thing turned down, said alone (a pick
#: among offered options is the choice rules').
_NO_THANKS_RE = re.compile(
    r"^\W*(?!(?:no|not|never|i|we|my|it|this|that|yes|yeah|ok|okay|sure|thanks|maybe|the|that one|both|all|"
    r"either|neither|none)\b)(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s*[,\u2013\u2014-]\s*(?:no thanks?|no thank you|"
    r"hard pass|not for me|nope)\W*$",
    re.IGNORECASE,
)
#: "PS5 only.", "iOS only": a product's name (a digit or two capitals in it), not a common word ("Chicken only").
_NAME_ONLY_RE = re.compile(r"^\W*(?P<x>(?=\S*(?:\d|[A-Z]\S*[A-Z]))[A-Za-z][\w+.-]{1,15})\s+only\W*$")
#: "Learning Spanish, B1 level", "Training for a half marathon": what the user is doing these days.
_DOING_RE = re.compile(
    r"^\W*(?P<g>learning|studying|training for|raising|renting|homeschooling|"
    r"working (?:nights|from home|remotely|shifts|night shifts))\b(?P<rest>[^.?!]{0,50}?)\W*$",
    re.IGNORECASE,
)
#: "Working as a nurse, so nights are common", "Running a small bakery.": the same, up to the first comma.
_DOING_NOW_RE = re.compile(
    r"^\W*(?P<g>working (?:as|at|in|for)|living (?:in|on|near)|running (?=an?\s|my\s|our\s)|recovering from|"
    r"reselling|selling (?:on|at)|volunteering (?:at|with|for)|caring for|looking after|freelancing as|coaching)\s+"
    r"(?P<rest>[^.?!,;]{2,50}?)\s*(?:[,;.!]|$)",
    re.IGNORECASE,
)
#: "Night shifts.", "On nights.", "Rotating shifts": how the user works.
_SHIFTS_RE = re.compile(
    r"^\W*(?:on\s+)?(?P<s>(?:night|early|late|rotating|split|weekend|graveyard|12-hour|twelve-hour|double)\s+shifts?|nights)"
    r"(?:\s+(?:mostly|now|these days|at the moment))?\W*$",
    re.IGNORECASE,
)
_REMOTE_RE = re.compile(
    r"^\W*(?P<q>fully|100%|full[- ]time)\s+remote(?:\s+(?:now|these days|job))?\W*$",
    re.IGNORECASE,
)
#: "Two kids, 6 and 9", "Kids are 4 and 7": the user's children (or pets) by count or age.
_COUNT_RE = re.compile(
    r"^\W*(?P<n>one|two|three|four|five|\d)\s+(?P<who>kids|children|boys|girls|sons|daughters|teens|toddlers|dogs|"
    r"cats)\b(?P<rest>[^.?!]{0,40}?)\W*$",
    re.IGNORECASE,
)
_AGES_RE = re.compile(
    r"^\W*(?:the\s+|my\s+|our\s+)?(?P<who>kids|children|boys|girls|twins)\s+are\s+"
    r"(?P<ages>\d+(?:\s*(?:,|and|&)\s*\d+)*)\W*$",
    re.IGNORECASE,
)
#: "Small balcony, mostly shade", "Tiny kitchen.": where the user lives or grows things.
_PLACE_RE = re.compile(
    r"^\W*(?P<adj>small|tiny|big|large|shared|sunny|shady|north-facing|south-facing)\s+"
    r"(?P<place>balcony|garden|yard|backyard|kitchen|apartment|flat|studio|house|patio)\b(?P<rest>[^.?!]{0,40}?)\W*$",
    re.IGNORECASE,
)
#: "Flat's damp", "Kitchen is tiny", "house is freezing in winter": the user's own place, its article dropped.
_PLACE_IS_RE = re.compile(
    r"^\W*(?P<place>balcony|garden|yard|backyard|kitchen|apartment|flat|studio|house|patio|basement|bedroom|room)"
    r"(?:'s|\u2019s|\s+is)\s+(?:(?:very|really|pretty|super|quite|so|a bit|kinda|always)\s+)?(?P<adj>damp|tiny|"
    r"small|cramped|dark|cold|freezing|drafty|draughty|humid|noisy|sunny|shady|north-facing|south-facing)"
    r"(?P<rest>\s+(?:in|all|most of)\s+[^.?!,;]{1,25}?)?\W*$",
    re.IGNORECASE,
)
#: "Complete beginner here", "B1 level": how far along the user is.
_LEVEL_RE = re.compile(
    r"^\W*(?:(?:a|an)\s+)?(?:(?:total|complete|absolute)\s+)?(?P<lvl>beginner|newbie|novice|intermediate)"
    r"(?:\s+here)?\W*$|^\W*(?P<cefr>[ABC][12])(?:\s+level)?\W*$",
    re.IGNORECASE,
)

#: "Wood from now on.", "decaf only going forward", "No more paper tickets from now on", "Window seat, always.": a
#: lasting choice.
_FROM_NOW_RE = re.compile(
    r"^\W*(?:(?:ok|okay|so|then|right|alright|yeah)[,\s]+)*(?P<no>no(?: more)?\s+)?(?P<x>[A-Za-z][\w'-]*"
    r"(?:\s+[\w'-]+){0,3}?)(?:,?\s+(?:please|pls))?(?:,?\s+(?:only\s+)?(?:from now on|going forward|"
    r"from here on(?: out)?|(?:whenever|wherever) possible)|"
    r",\s+(?P<always>always|every time|each time|every single time)|,?\s+(?P<every>everywhere|for everything))\W*$",
    re.IGNORECASE,
)
_NOW_RE = re.compile(r"\b(?:tonight|today|tomorrow|this (?:weekend|week|evening|morning)|right now)\b", re.IGNORECASE)


#: "Total night owl.", "Mac person.", "Grandma of five.", "Native Dutch speaker.", "First-time homeowner.": who the
#: user is, said as a noun with "I'm a" left out; worded by the rules as "I'm a ..." would be.
_SELF_NOUN_RE = re.compile(
    r"^\W*(?:(?:a|an)\s+)?(?P<x>(?:[\w'-]+\s+){0,3}?(?:person|night owl|early bird|early riser|homebody|introvert|"
    r"extrovert|ambivert|foodie|bookworm|homeowner|renter|speaker|med student|light sleeper|heavy sleeper|"
    r"(?:grand)?(?:mum|mom|ma|dad|pa|mother|"
    r"father)(?=\s+of\b)|granny(?=\s+of\b))(?:\s+of\s+(?:one|two|three|four|five|six|seven|\d+|an?\s+\w+)"
    r"(?:\s+(?:kids|boys|girls|teens))?)?)(?:\s+here)?\W*$",
    re.IGNORECASE,
)
#: "pregnant with our first", "currently expecting": the user's pregnancy with "I'm" left out.
_PREGNANT_RE = re.compile(
    r"^\W*(?:currently\s+|now\s+)?(?:pregnant|expecting)(?:\s+(?:with\s+(?:our|my)\s+\w+|again|(?:\d+|\w+)\s+(?:weeks|"
    r"months)))?(?:\s*[,.!]|\s+(?:so|and|but|lol|btw)\b|\s*$)",
    re.IGNORECASE,
)
#: What follows a comma and says something of its own ("any noise wakes me up"), not more of the same fragment.
_OWN_CLAUSE_RE = re.compile(r"^\s*(?:any|every|all|the|it|that|this|so|and|but|which)\b", re.IGNORECASE)
#: "Into vintage cars.", "New to running.", "Getting into wine lately.", "Back into reading.": a taste or a start.
_SELF_STATE_RE = re.compile(
    r"^\W*(?P<x>(?:(?:really|totally|big|getting|back|so|super|very|mostly|mainly|mostly just)\s+)?into|new to)\s+"
    r"(?P<y>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
    r"(?:\s+(?:lately|recently|these days|again|after (?:years|a long break|a break)))?\W*$",
    re.IGNORECASE,
)
_FILLER_RE = re.compile(
    r"^\W*(?:(?:def|definitely|totally|honestly|tbh|ngl|lol|so|also|basically|probably|prob|kinda|kind of|very much|"
    r"such)\s+)+|(?:\s+(?:lol|haha|lmao|tbh|ngl|honestly|for sure|fr))+\W*$",
    re.IGNORECASE,
)
_SAID_OF_RE = re.compile(
    r"\b(?:i|i'm|im|am|is|are|was|were|be|we|we're|my|our|he|she|he's|she's|they|they're|his|her|their|not|no)\b",
    re.IGNORECASE,
)
_NOT_SELF_RE = re.compile(r"\b(?:one|ones|option|this|that|it|you|your)\b", re.IGNORECASE)
#: Words that open "<word> person" as a plain noun, whatever their case ("Dog person.", "Morning person.").
_COMMON_FIRST = frozenset(
    lx.words(
        "dog|cat|morning|night|coffee|tea|beach|mountain|people|city|book|wine|beer|summer|winter|outdoors|indoor|"
        "indoors|cold|heat|sun|rain|details|numbers|words|ideas|big|total|huge|massive|real|proud|single|native"
    )
)


#: "been vegan about two years now": a diet kept, its "I've" left out.
_BEEN_DIET_RE = re.compile(
    r"^\W*been\s+(?P<d>(?:strict(?:ly)?\s+)?(?:vegan|vegetarian|pescatarian|plant-based|gluten-free|dairy-free|sober))\s+"
    r"(?P<span>(?:for\s+)?(?:about|around|almost|nearly|over)?\s*(?:\d+|a|one|two|three|four|five|six|ten|a few)\s+"
    r"(?:years?|months?))(?:\s+now)?\W*$",
    re.IGNORECASE,
)


def _self_fragment(clause: str) -> Draft | None:
    """A noun or a state said of the user with "I'm" left out, worded as the rules word "I'm a ..." ("Total night
    owl." -> Is a night owl; "Into vintage cars." -> Is into vintage cars); not of an option ("Into the second one")."""
    if (m := _BEEN_DIET_RE.match(clause)) is not None:  # "been vegan about two years now"
        span = re.sub(r"^for\s+", "", m.group("span"))
        d = said(f"I've been {m.group('d').lower()} for {span}")
        return None if d is None else replace(d, quote=clause)
    clause = _FILLER_RE.sub("", clause)  # "def a cat person lol"
    if (m := _PREGNANT_RE.match(clause)) is not None:  # "pregnant with our first so no alcohol obviously"
        return _draft("Is pregnant", MemoryKind.constraint, "pregnancy", clause)
    head, comma, rest = clause.partition(",")
    if comma and _OWN_CLAUSE_RE.match(rest) and _SELF_NOUN_RE.match(head):  # "light sleeper, any noise wakes me up"
        clause = head
    if "," in clause or _NOT_SELF_RE.search(clause) or _SAID_OF_RE.search(clause):
        return None  # "I'm a homeowner.", "She's a dog person.": a statement, read by the rules as one
    if (m := _SELF_NOUN_RE.match(clause)) is not None:
        x = m.group("x")
        first = x.split()[0]
        named = (
            len(x.split()) == 2 and first.isalpha() and first[:1].isupper() and first.lower() not in _COMMON_FIRST
        )  # "Mac person"
        x = x if named else f"{x[:1].lower()}{x[1:]}"
        words = f"{'an' if x[:1].lower() in 'aeiou' else 'a'} {x}"
        fallback: Draft | None = _draft(f"Is {words}", MemoryKind.fact, x.split()[-1], clause)
    elif (m := _SELF_STATE_RE.match(clause)) is not None:
        state = re.sub(r"^(?:getting|back)\s+", "", m.group("x").lower())  # "Getting into wine": Is into wine
        words, fallback = f"{state} {m.group('y')}", None
    else:
        return None
    d = said(f"I'm {words}")
    return fallback if d is None or not d.text.startswith("Is ") else replace(d, quote=clause)


#: The last word of every job in the lexicon ("nurse", "manager" of "project manager", "worker" of "shift worker").
_JOB_ENDS = frozenset(job.split()[-1] for job in lx.JOBS)


def _draft(text: str, kind: MemoryKind, subject: str, quote: str) -> Draft:
    return Draft(capitalize(text), kind, subject_key(subject), EXPLICIT, MemorySource.explicit, quote=quote)


def fragment(clause: str, offered: str = "") -> Draft | None:
    """A terse fragment: a budget, the household cooked for, a tool the user uses, an implied persona fact;
    ``offered``: the assistant turn before it (a thing it offered and the user declines is no taste)."""
    if (m := _BUDGET_RE.match(clause)) is not None:
        amount = re.sub(r"\s+", " ", m.group("amt").strip())
        said = (m.group("lim") or "").strip().lower()
        limit = (
            "of at most"
            if m.group("max") or said == "max"
            else {"around": "of around", "about": "of about", "roughly": "of roughly"}.get(said, said or "of")
        )
        noun = m.group("noun") or ""
        subject = f"budget for {subject_key(noun)}" if noun else "budget"
        where = f"for {(m.group('for') or '').lower()}{noun}" if noun else ""
        d = _draft(join_text("Has a budget", limit, amount, where), MemoryKind.constraint, subject, clause)
        return Draft(d.text, d.kind, d.subject, d.confidence, d.source, category="finance", quote=clause)
    if (m := _AT_MOST_RE.match(clause)) is not None:
        amount = re.sub(r"\s+", " ", m.group("amt").strip())
        text = join_text("Has a budget of at most", amount, (m.group("per") or "").strip().lower())
        d = _draft(text, MemoryKind.constraint, "budget", clause)
        return Draft(d.text, d.kind, d.subject, d.confidence, d.source, category="finance", quote=clause)
    if (m := _PICKS_BY_RE.match(clause)) is not None:
        most = (m.group("a") or m.group("b")).lower()
        return _draft(f"Prefers the {most} option", MemoryKind.preference, f"{most} option", clause)
    if (m := _ALWAYS_RE.match(clause)) is not None and not m.group("x").lower().endswith("ly"):
        x = m.group("x")
        x = x if re.search(r"[A-Z]", x.split()[0][1:]) else x.lower()  # "TypeScript", "PS5"; not "Window seat"
        return _draft(f"Prefers {x}", MemoryKind.preference, x, clause)
    if (m := _SOBER_RE.match(clause)) is not None:
        span = f"{m.group('n') or m.group('n2')} {(m.group('unit') or m.group('unit2')).lower()}"
        d = _draft(f"Has been sober for {span}", MemoryKind.constraint, "alcohol", clause)
        return Draft(d.text, d.kind, d.subject, d.confidence, d.source, category="health", quote=clause)
    if (m := _HOUSEHOLD_RE.match(clause)) is not None:
        verb = {"cooking": "Cooks", "baking": "Bakes"}.get(m.group("g").lower(), "Shops")
        who = re.sub(r"^just\s+", "", m.group("n").lower())
        return _draft(f"{verb} for {who}", MemoryKind.fact, f"household {who}", clause)
    if (m := _NO_THANKS_RE.match(clause)) is not None:
        if m.group("x").lower() in offered.lower():
            return None  # "Would you like a dessert menu?" - "dessert, no thanks": this offer declined
        x = m.group("x") if re.search(r"[A-Z]", m.group("x")[1:]) else m.group("x").lower()
        return _draft(f"Avoids {x}", MemoryKind.dislike, x, clause)
    if (m := _NAME_ONLY_RE.match(clause)) is not None:  # "PS5 only.": the platform or product the user has
        return _draft(f"Uses {m.group('x')}", MemoryKind.fact, m.group("x"), clause)
    if (m := _USER_OF_RE.match(clause)) is not None and m.group("x").lower() not in _NOT_A_TOOL:
        verb = "Shoots on" if m.group("role").lower() == "shooter" else "Uses"  # "Canon shooter for 10 years"
        return _draft(f"{verb} {m.group('x')}", MemoryKind.fact, m.group("x"), clause)
    if (
        (m := _FROM_NOW_RE.match(clause)) is not None
        and (x := judged(m.group("x"), max_words=4)) is not None
        # "Works, every time.", "Lego everywhere.": one word before them is no thing preferred
        and not ((m.group("always") or m.group("every")) and len(x.split()) < 2)
    ):
        if m.group("no"):
            return _draft(f"Avoids {x}", MemoryKind.dislike, x, clause)
        every = f" {m.group('every').lower()}" if m.group("every") else ""  # "Unit tests everywhere."
        return _draft(f"Prefers {x}{every}", MemoryKind.preference, x, clause)
    return persona(clause)


def _tail(rest: str) -> str:
    """What follows a fragment's head, kept when it says more of it ("two kids, 6 and 9", "small balcony, mostly
    shade"); not a list of other fragments ("Two dogs, big yard, no fence") or a wish ("..., one pot meals please")."""
    words = re.sub(r"\b(?:and|years?|old|months?|yo)\b", "", rest, flags=re.IGNORECASE)  # "Three kids, 2, 5 and 8"
    listed = rest.count(",") >= 2 and re.search(r"[a-z]{3,}", words, re.IGNORECASE) is not None
    return "" if listed or re.search(r"\b(?:please|pls|plz)\b", rest, re.IGNORECASE) else rest


def persona(clause: str) -> Draft | None:
    """What the user is doing these days, their children, their place, their level ("Is learning Spanish, B1 level",
    "Has two kids, 6 and 9", "Has a small balcony, mostly shade", "Flat's damp": Has a damp flat, "Is a beginner")."""
    if "?" in clause or _NOW_RE.search(clause):
        return None  # "Big house party tonight?": a question or a one-off, not who the user is
    if (m := _DOING_RE.match(clause)) is not None:
        text = f"Is {m.group('g').lower()}{third_person(m.group('rest'))}"
        return _draft(text, MemoryKind.fact, m.group("g") + m.group("rest"), clause)
    if (m := _SHIFTS_RE.match(clause)) is not None:  # "Night shifts.": Works night shifts
        shifts = m.group("s").lower()
        shifts = shifts if shifts.endswith("s") else f"{shifts}s"
        return _draft(f"Works {shifts}", MemoryKind.fact, "work shifts", clause)
    if _REMOTE_RE.match(clause) is not None:  # "Fully remote.", "fully remote, GMT+1"
        return _draft("Works fully remote", MemoryKind.fact, "remote work", clause)
    if (m := _DOING_NOW_RE.match(clause)) is not None:
        g = m.group("g").strip().lower()
        rest = re.sub(r"\s+(?:now|these days|at the moment|for now)$", "", m.group("rest"), flags=re.IGNORECASE)
        text = f"Is {g} {capitalized(third_person(rest))}"
        text = re.sub(r"^Is living\b", "Lives", text)  # "Living in Dublin": the profile lines' wording
        return _draft(text, MemoryKind.fact, f"{g} {m.group('rest')}", clause)
    if (m := _COUNT_RE.match(clause)) is not None:
        text = f"Has {m.group('n').lower()} {m.group('who').lower()}{_tail(m.group('rest'))}"
        return _draft(text, MemoryKind.fact, m.group("who"), clause)
    if (m := _AGES_RE.match(clause)) is not None:
        return _draft(f"Has {m.group('who').lower()} aged {m.group('ages')}", MemoryKind.fact, m.group("who"), clause)
    if (m := _PLACE_RE.match(clause)) is not None:
        text = f"Has a {m.group('adj').lower()} {m.group('place').lower()}{_tail(m.group('rest'))}"
        return _draft(text, MemoryKind.fact, m.group("place"), clause)
    if (m := _PLACE_IS_RE.match(clause)) is not None:  # "Flat's damp": Has a damp flat
        text = f"Has a {m.group('adj').lower()} {m.group('place').lower()}{m.group('rest') or ''}"
        return _draft(text, MemoryKind.fact, m.group("place"), clause)
    if (d := _self_fragment(clause)) is not None:
        return d
    if (e := event(clause)) is not None:  # "Wedding in October.": Has a wedding in October
        return _draft(e[0], MemoryKind.fact, e[1], clause)
    if (r := routine(clause)) is not None:  # "Tennis on Sundays.": Plays tennis on Sundays
        return _draft(r[0], MemoryKind.fact, r[1], clause)
    bare = re.sub(r"\s+here\W*$", "", clause)  # "Junior dev here.", "Night shift nurse." (not "Coach.": a seat?)
    words = re.findall(r"[\w'-]+", bare.lower())
    verbless = "," not in clause and not re.match(r"\W*(?:i|i'm|im|i am|we)\b", clause, re.IGNORECASE)
    named = verbless and (bare != clause or len(words) > 1) and bool(words) and words[-1] in _JOB_ENDS
    if named and (job := item(bare)) and job[0] == "job":  # item() runs the rules: only for a job word
        return replace(job[1], quote=clause)
    if (used := setup(clause)) is not None:  # "Windows 11, Dell XPS.": Uses Windows 11, Dell XPS
        return _draft(used, MemoryKind.fact, used.removeprefix("Uses "), clause)
    if (m := _LEVEL_RE.match(clause)) is not None:
        text = f"Is at {m.group('cefr').upper()} level" if m.group("cefr") else f"Is a {m.group('lvl').lower()}"
        return _draft(text, MemoryKind.fact, "level", clause)
    return None


def fragments(clauses: list[str]) -> dict[str, Draft]:
    """The terse fragments among a turn's clauses, by clause: their wording replaces the reader's ("Budget: 500
    euros." is "Has a budget of 500euros", not "Needs budget: 500 euros")."""
    return {c: d for c in clauses if (d := fragment(c)) is not None}
