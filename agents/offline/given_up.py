"""What the user says no longer holds: "I'm not vegetarian anymore", "I don't live in Munich any more", "I used to
love sushi", "I stopped being vegan", "I moved out of Leeds"; someone or something gone ("my dog passed away", "I
sold my car", "I quit my job at Acme"; not "my laptop died"); a diet left by eating again what it leaves out ("I
eat meat now" ends vegetarian, vegan and pescatarian).

Such a clause teaches no new memory by itself (a habit given up says little about what the user likes now), but
it ends one the user stated before. The clause is put back in the present ("I'm vegetarian", "I love sushi") and
read by the rules, so the ending is worded as the memory it ends was (:class:`Draft` with ``ends``); where the
rules read nothing, the clause in the third person stands in ("Drinks coffee"). Reconciliation then ends the
active memory that says the same (:func:`agents.graph.reconcile.decide`) and stores nothing when none does.

Only the user's own present state given up, in a statement: not a question ("are you not vegan anymore?"),
someone else ("my wife isn't vegan anymore"), a hypothetical, "I'm used to", or a negation that was always so
("I'm not vegetarian" alone ends nothing).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline.abstains import abstained
from agents.offline.drafts import Draft, said
from agents.offline.normalize import capitalize, third_person, third_singular
from agents.offline.reader import read_turn
from memory.types import MemoryKind

#: The end of a clause: sentence punctuation, or a turn to what holds now ("..., now I ...", "... but ...").
_CLAUSES_RE = re.compile(r"(?<=[.!?;])\s+|\s*,?\s+(?:but|and|so)\s+(?=i\b|now\b|these days\b)|,\s+(?=now\b)", re.I)
_LEAD_RE = re.compile(
    r"^(?:(?:well|so|actually|btw|oh|ok|okay|fyi|just so you know|heads up|update|also|and|but|yeah|no|nope|"
    r"fun fact|for the record|honestly|tbh)\b[\s,:!.-]*)+",
    re.I,
)
#: "anymore" and what follows it ("I don't use Windows anymore, switched to Linux"): what held ends before it.
_NOW_RE = re.compile(r"\s+(?:anymore|any more|any longer|no more|these days|nowadays)\b.*$", re.I)
#: A time said after what ended ("since last year", "as of May", "two years ago"): not part of what held.
_WHEN_RE = re.compile(
    r"\s+(?:since|as of|starting|from)\s+\S.*$|"
    r"\s+(?:last|this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)\b.*$|"
    r"\s+(?:a|one|two|three|four|five|six|a few|a couple of|several|\d+)\s+(?:years?|months?|weeks?)\s+ago\b.*$|"
    r"\s+for\s+(?:a while|a bit|years|months|a long time|some time|ages)\b.*$|"
    r"\s+(?:as an? (?:kid|child|teen|teenager|student)|when I was (?:younger|young|little|a kid|a teen\w*)|"
    r"growing up|in (?:school|college|high school|uni))\b.*$",
    re.I,
)
#: What a habit given up turned into, or why ("... but quit after my knee surgery"): not part of what held.
_BUT_RE = re.compile(r",?\s+but\s+.*$", re.I)
_I = r"(?i:i)"
_AM = r"(?i:i'?m|i\u2019m|i am|im)"
_BE_NOT_RE = re.compile(rf"^{_AM}\s+(?P<neg>not|no longer|no more)\s+(?P<rest>.+)$", re.I)
_DO_NOT_RE = re.compile(
    rf"^{_I}\s+(?P<neg>don'?t|don\u2019t|do not|no longer|no more|dont)\s+"
    r"(?:(?:really|actually|even|usually|generally|much|ever|often)\s+)*(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.I,
)
_USED_TO_RE = re.compile(rf"^{_I}\s+used\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
_STOPPED_BEING_RE = re.compile(rf"^{_I}\s+(?:stopped|quit|gave up)\s+being\s+(?P<rest>.+)$", re.I)
_MOVED_OUT_RE = re.compile(
    rf"^{_I}(?:'ve|\s+have)?\s+(?:moved|moved away|moved out)\s+(?:out of|away from|from)\s+"
    r"(?P<place>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})",
)
#: Someone or something the user had, gone: "my dog passed away", "I sold my car", "I quit my job at Acme".
_LOST_RE = re.compile(
    r"^(?i:my|our)\s+(?P<what>(?:old\s+)?[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?i:passed away|passed on|died|is no longer with us)\b",
)
_SOLD_RE = re.compile(
    rf"^{_I}(?:'ve|\s+have|\s+just|\s+finally)?\s+(?i:sold|gave away|got rid of)\s+(?i:my|our)\s+"
    r"(?P<what>[a-z]+(?:\s+[a-z]+)?)\s*$"
)
_LEFT_JOB_RE = re.compile(
    rf"^{_I}(?:'ve|\s+have|\s+just|\s+finally)?\s+(?i:quit|left|resigned from)\s+(?i:my job|my position|my role)\s+"
    r"(?i:at|with)\s+(?P<employer>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
)
#: Things that "die" and are replaced, not lost: a phone, a battery, a laptop.
_DEVICE_RE = re.compile(
    r"(?:phone|battery|laptop|computer|pc|car|tv|printer|router|charger|headphones|earbuds|tablet|kindle|"
    r"watch|fridge|dryer|washer|mouse|keyboard|plant|plants|sourdough starter)$",
    re.I,
)
#: Verbs whose negation is no state given up ("I don't know anymore", "I don't care anymore").
_NOT_A_STATE_RE = re.compile(
    r"(?:know|care|mind|think|remember|understand|get|see|want|need|wanna|feel|believe|trust|recall|bother|matter)$"
)
#: "I'm not sure anymore", "I'm not going to ...": a mood or a plan, no state.
_NOT_A_BEING_RE = re.compile(
    r"^(?:sure|certain|going|gonna|able|allowed|supposed|convinced|happy|okay|ok|fine|well|in the mood|"
    r"interested in (?:this|that|it)|a fan of (?:this|that|it)|that|this|there|here|so)\b",
    re.I,
)


#: What held before "I quit smoking" (the rules word the abstention "Has quit smoking").
_SMOKED = {"Has quit smoking": "I smoke", "Has quit vaping": "I vape"}


def endings(text: str) -> list[Draft]:
    """The memories ``text`` says no longer hold, each with ``ends`` set and the clause as its quote."""
    found: list[Draft] = []
    for raw in _CLAUSES_RE.split(text):
        clause = _LEAD_RE.sub("", raw.strip()).strip()
        if not clause or (clause.endswith("?") and "," not in clause):  # "I'm not vegan anymore?": asked
            continue
        present = _present(clause.rstrip(" .!"))
        for now in [present] if present is not None else _diets_left(clause):
            drafts = [d for d in read_turn(now) if not _negative(d.text)] or _stand_in(now)
            found.extend(replace(d, ends=True, quote=raw.strip(), context="", category="general") for d in drafts)
    return found


#: Eating again what a diet leaves out: "I eat meat now", "I started eating fish again", "I'm back to eating meat".
_EATS_AGAIN_RE = re.compile(
    rf"^{_I}(?:'m\s+back\s+to\s+eating|(?:'ve|\s+have)?\s+(?:(?:just\s+)?started\s+eating|(?:now\s+)?eat|"
    r"am back to eating|went back to eating|started to eat))\s+"
    r"(?P<food>meat|fish|seafood|chicken|dairy|eggs|cheese|animal products)\s*"
    r"(?P<when>again|now|these days|nowadays)?\b",
)
_DIETS_WITHOUT = {
    "meat": ("vegetarian", "vegan", "pescatarian"),
    "chicken": ("vegetarian", "vegan", "pescatarian"),
    "fish": ("vegetarian", "vegan"),
    "seafood": ("vegetarian", "vegan"),
    "animal products": ("vegan",),
    "dairy": ("vegan",),
    "eggs": ("vegan",),
    "cheese": ("vegan",),
}


def _diets_left(clause: str) -> list[str]:
    """The diets a food eaten again ends ("I eat meat now": vegetarian, vegan, pescatarian); only said as a change
    ("again", "now", "started", "back to"), not "I eat fish" alone."""
    m = _EATS_AGAIN_RE.match(clause)
    if m is None or not (m.group("when") or re.search(r"started|back to|went back", clause, re.I)):
        return []
    return [f"I'm {diet}" for diet in _DIETS_WITHOUT[m.group("food").lower()]]


def _present(clause: str) -> str | None:
    """The clause put back in the present ("I'm vegetarian"), or None when it gives up no state of the user."""
    if (m := _BE_NOT_RE.match(clause)) is not None:
        rest, over = _NOW_RE.subn("", m.group("rest"))
        if (over or m.group("neg").lower() != "not") and not _NOT_A_BEING_RE.match(rest):
            return f"I'm {_WHEN_RE.sub('', rest)}"
        return None
    if (m := _DO_NOT_RE.match(clause)) is not None:
        rest, over = _NOW_RE.subn("", m.group("rest"))
        verb = m.group("verb").lower()
        a_state = not _NOT_A_STATE_RE.match(verb) and not rest.startswith(" to ")  # not "I don't have to ..."
        if (over or m.group("neg").lower() in ("no longer", "no more")) and a_state:
            return f"I {verb}{_WHEN_RE.sub('', rest)}"
        return None
    if (m := _USED_TO_RE.match(clause)) is not None:
        rest = _BUT_RE.sub("", m.group("rest"))  # "I used to trail run but quit after my knee surgery"
        verb, rest = m.group("verb").lower(), _WHEN_RE.sub("", _NOW_RE.sub("", rest))
        if _NOT_A_STATE_RE.match(verb):
            return None
        return f"I'm{rest}" if verb == "be" else f"I {verb}{rest}"
    if (m := _STOPPED_BEING_RE.match(clause)) is not None:
        return f"I'm {_WHEN_RE.sub('', _NOW_RE.sub('', m.group('rest')))}"
    if (m := _MOVED_OUT_RE.match(clause)) is not None:
        return f"I live in {m.group('place')}"
    if (m := _LOST_RE.match(clause)) is not None and not _DEVICE_RE.search(m.group("what")):
        return f"I have a {m.group('what').lower().removeprefix('old ')}"
    if (m := _SOLD_RE.match(clause)) is not None:
        return f"I have a {m.group('what').lower()}"
    if (m := _LEFT_JOB_RE.match(clause)) is not None:
        return f"I work at {m.group('employer')}"
    if (kept_off := abstained(clause)) is not None:  # "I stopped eating red meat": "I eat red meat" held
        held = kept_off.text.removeprefix("Doesn't ")
        return _SMOKED.get(held) or (f"I {held}" if held != kept_off.text else None)
    return None


def _negative(text: str) -> bool:
    return re.search(r"\b(?:not|no|never|doesn't|don't|isn't|avoids|dislikes)\b", text, re.I) is not None


def _stand_in(present: str) -> list[Draft]:
    """The present clause in the third person, for an ending the rules do not word ("I drink coffee")."""
    m = re.match(r"^(?:i'm|i)\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", present, re.I)
    if m is None or len(present.split()) > 10:
        return []
    verb = "is" if present.lower().startswith("i'm") else third_singular(m.group("verb"))
    rest = m.group("rest") if verb != "is" else f" {m.group('verb')}{m.group('rest')}"
    text = capitalize(third_person(f"{verb}{rest}".strip()))
    return [said(text, MemoryKind.preference, text)]
