"""Who the user is, said in passing while asking something else (issue 13, session 15).

- A statement before the question proper, set off by a comma only: "I work nights at a warehouse, how do I sleep
  in the day?", "our kitchen has no oven, only a hob, dinner ideas?": :func:`asides` makes the statement a
  sentence of its own, so the rules (and the learned reader) read it as they read it said alone; only where the
  statement has the user as its subject or describes their own thing ("my car is in the shop, how do I get to
  work?" stays whole).
- How the user gets to work or school, what they earn and how they live: "I walk to work" (Walks to work), "I take
  the bus everywhere", "I make about 3k a month" (Earns about 3k a month), "I get paid every two weeks", "I live
  alone", "I share a room with my brother", "I'm the caregiver for my mum", "I'm on my feet all day", "I'm trying
  to lose weight", "I'm training for my first marathon", "I've been a nurse for 10 years", "I travel a lot", "I
  grew up watching Sailor Moon", "I only have Saturday mornings" (Only has Saturday mornings free), "I'm in a book
  club" (not "my book club picked ...", which tests/agents/test_gate.py keeps as a turn only the wide gate passes),
  "I'm on a student budget", "I'm 8 months sober": :mod:`agents.offline.daily_life`, tried with the life-event
  rules.
- What the user's own place or thing is like: "my garden is mostly shade" (Garden is mostly shade), "our apartment
  has no balcony" (a constraint), "my commute is two hours each way", "my car is an old manual Civic":
  :func:`owned`.
- Work and children named by what comes with them: "after my night shift at the hospital" (Works night shifts at
  the hospital), "my students keep asking", "with my truck route", "with three kids", "with a baby on my arm":
  :func:`implied`.

Not a one-off ("I walked to work today", "my kitchen is a mess"), not someone else's ("my sister works nights",
"my brother's students"), not a question about it ("do nurses work night shifts?"), not a condition or a wish
("if I walked to work"), not what is over ("I used to work nights", "my old students").
"""

from __future__ import annotations

import re

from agents.offline.daily_life import ONCE_RE, tail
from agents.offline.drafts import Draft
from agents.offline.first_events import first_event
from agents.offline.health import fact
from agents.offline.implied_roles import at_place, roles
from agents.offline.kin_mentions import kin_mentions
from agents.offline.normalize import join_text, third_person
from agents.offline.our_ways import our_ways
from agents.offline.sentences import Sentence, clauses, opens_question
from memory.types import MemoryKind

# --- the statement before the question --------------------------------------------------------------------------

_OWN_START_RE = re.compile(r"(?:I|i)\b|I'|i'|(?:my|our|we|we're|we've)\b|(?:after|with|between|since)\s+my\b", re.I)
_SPEAKER_RE = re.compile(r"(?:^|\s)(?:I|i)(?:\s|'(?:m|ve|d|ll)\b)|^(?:we|we're|we've)\b", re.IGNORECASE)
#: What the last part of a question sentence is when it is the question proper: "how do I ...?", "plants?".
_ASK_RE = re.compile(
    r"^(?:(?:[\w'-]+\s+){0,3}[\w'-]+\?+|(?:is|are|do|does|can|could|should|would|will|what|which|where|how|why|who|"
    r"any|anything|ideas|tips|thoughts|suggestions|recommendations|advice|help)\b.*\?)$",
    re.IGNORECASE,
)


def _ask_at(text: str) -> int:
    """Where the question proper starts after the last comma of a sentence that asks, or -1."""
    for m in reversed(list(re.finditer(r",\s*", text))):
        ask = text[m.end() :]
        if opens_question(ask) or _ASK_RE.match(ask):
            return m.start()
    return -1


def asides(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` with the statement said before a question ("I walk to work, any shoe tips?") split off as a
    sentence of its own, where the clause rules keep nothing of it."""
    out: list[Sentence] = []
    for s in sentences:
        cut = _ask_at(s.text) if s.question else -1
        head = s.text[:cut].strip() if cut > 0 else ""
        if (
            len(head.split()) < 3
            or not _OWN_START_RE.match(head)
            or not (_SPEAKER_RE.search(head) or owned(head))  # "my car is in the shop": no statement of the user's
            or opens_question(head)
            or any(c.startswith(head[:12]) for c in clauses(s))
        ):
            out.append(s)
            continue
        out += [Sentence(text=head, question=False), Sentence(text=s.text[cut:].strip(" ,"), question=True)]
    return out


# --- what the user's own place or thing is like -------------------------------------------------------------------

_OWNED = (
    r"garden|yard|backyard|front yard|balcony|patio|terrace|flat|apartment|house|home|place|condo|studio|room|"
    r"bedroom|kitchen|bathroom|basement|attic|garage|office|desk|building|street|neighbou?rhood|commute|car|"
    r"laptop|computer|pc|phone|budget|salary|income|hours|schedule|shifts?|job"
)
_PREDICATE = re.compile(
    rf"^(?:my|our)\s+(?P<mods>(?:(?:own|home|work|little|whole|new|current|daily|main)\s+)?)(?P<thing>{_OWNED})"
    r"(?P<by>(?<=commute)\s+(?:on|by)\s+(?:the\s+)?[\w-]+)?\s+"
    r"(?P<verb>is|are|has|have|gets|get|faces|only has|doesn't have|does not have|has no|have no|gets no|get no)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
#: A state of the thing that passes ("my kitchen is a mess", "my laptop is broken", "my car is in the shop").
_PASSING_STATE = re.compile(
    r"^(?:a\s+(?:mess|disaster|nightmare|pain)|broken|dead|down|dirty|messy|gone|missing|late|full|empty|on\s+fire|"
    r"acting up|flooded|leaking|in the shop|being|getting|going|not working|out of|off|on|over|done|ready|fine|ok|"
    r"okay|great|good|bad|awful|terrible|perfect|nice|weird|the same|like|where|what|it|this|that|so\b|too\b|"
    r"because|full of|covered|almost|nearly|due|\w+ed\b)",
    re.IGNORECASE,
)
_LASTING_STATE = re.compile(
    r"^(?:(?:mostly|all|very|really|pretty|quite|super|tiny|always|only|about|around|roughly|over|under|almost)\b|"
    r"(?:tiny|small|cramped|narrow|huge|big|large|shady|shade|dark|sunny|north-facing|south-facing|east-facing|"
    r"west-facing|freezing|cold|drafty|draughty|hot|humid|damp|noisy|loud|quiet|old|ancient|open-plan|shared|"
    r"an?\s+\w|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|no\b|from\b|in\b|on\b|next to|"
    r"right next to))",
    re.IGNORECASE,
)


#: An age or a floor, which a place keeps ("over 100 years old", "on the fourth floor with no lift").
_AGE_OR_FLOOR_RE = re.compile(
    r"(?:(?:over|about|almost|nearly|around)\s+)?\d+\s+years?\s+old\b|on\s+the\s+(?:\w+|\d+(?:st|nd|rd|th))\s+floor\b",
    re.IGNORECASE,
)


def owned(clause: str) -> list[Draft]:
    """The user's own place or thing as they describe it: "my garden is mostly shade" (Garden is mostly shade)."""
    m = _PREDICATE.match(clause.strip().rstrip(".!"))
    if m is None or ONCE_RE.search(clause):
        return []
    verb = m.group("verb").lower()
    device = verb == "is" and m.group("thing").lower() in ("laptop", "computer", "pc", "phone", "car")
    rest = tail(m.group("rest"), 11 if device else 8)  # "my laptop is a MacBook Air M1 with only 8GB of RAM"
    lasting = _AGE_OR_FLOOR_RE.match(rest) is not None  # "our house is over 100 years old", "on the fourth floor"
    if not rest or (_PASSING_STATE.match(rest) and not lasting):
        return []
    if verb in ("is", "are") and not _LASTING_STATE.match(rest):
        return []
    if re.match(r"(?:on|in)\b", rest, re.I) and verb in ("is", "are") and not lasting:
        return []  # "my car is in the shop", "my phone is on silent": where it is now
    thing = m.group("thing").lower()
    verb = {"are": "is", "have": "has", "get": "gets", "have no": "has no", "get no": "gets no"}.get(verb, verb)
    verb = (
        "are"
        if thing in ("hours", "shifts")
        else verb.replace("doesn't have", "has no").replace("does not have", "has no")
    )
    mods = m.group("mods").strip().lower()
    if thing == "hours" and re.match(r"\d+(?::\d\d)?\s*(?:am|pm)?\s*(?:to|-|till|until)\s*\d", rest, re.I):  # 7 to 3
        return [fact(join_text("Works", rest), "work hours", "work")]
    by = (m.group("by") or "").strip().lower()  # "my commute on the tube is an hour each way"
    text = join_text((mods + " " + thing).strip().capitalize(), by, verb, third_person(rest))
    lacks = verb == "has no" or (verb in ("has", "gets") and rest.lower().startswith("no "))
    kind = MemoryKind.constraint if lacks or thing == "budget" else MemoryKind.fact
    return [fact(text, thing, None, kind)]


# --- work named by what comes with it -----------------------------------------------------------------------------

_WORK_NOUN_RE = re.compile(
    r"(?<![\w'])(?:my|our)\s+(?P<mods>(?:(?:night|late|early|morning|evening|weekend|overnight|graveyard|double|"
    r"\d+-hour|twelve-hour|long)\s+)?)(?P<noun>shifts?|students|pupils|patients|clients|"
    r"(?:truck|delivery|mail|bus|paper)\s+route)\b(?P<rest>[^,.;!?]*)",
    re.IGNORECASE,
)
#: Children the user has, named in passing: "with three kids", "with a baby on my arm".
_WITH_KIDS_RE = re.compile(
    r"\bwith\s+(?:my\s+)?(?:(?P<n>two|three|four|five|six|\d)\s+(?:kids|children)|(?P<a>a)\s+(?P<kid>baby|newborn|"
    r"toddler)\s+(?:on|in|at|to|who|that)\b)(?!\s+(?:from|of|in my|at the|who aren't))",
    re.IGNORECASE,
)
_NOT_NOW_RE = re.compile(r"\b(?:used to|former|old|ex-?|last|previous|if|would|were)\s*$", re.IGNORECASE)
_AT_RE = re.compile(  # "at the plant", not "at the plant are": the second word a noun, never a verb
    r"^\s+(?:at|in)\s+(?:the|a|an)\s+(?P<where>[\w-]+(?:\s+(?![Ii]\b|(?:is|are|was|were|end|ends|ended|start|starts|"
    r"has|have|had|keeps?|gets?|and|or|but)\b)(?-i:[a-z][\w-]*))?)",
    re.I,
)


_PIECE_RE = re.compile(r"\s*(?:[,;]|\s(?:and|so|but|because|since|though|while)\s)\s*", re.IGNORECASE)


def implied(sentence: Sentence, drafts: tuple[Draft, ...] | list[Draft] = ()) -> list[Draft]:
    """What the user's own things say of them, where the sentence's drafts do not say it already: "my garden is
    mostly shade" (Garden is mostly shade), "after my night shift at the hospital" (Works night shifts at the
    hospital)."""
    text = sentence.text
    if re.search(r"\b(?:if|when)\s+I\s+(?:were|was|had|got)\b|\bused to\b|\bback when\b", text, re.I):
        return []
    said = {d.subject for d in drafts} | {w for d in drafts for w in re.findall(r"[a-z]+", d.text.lower())}
    out: list[Draft] = []
    pieces = [q for c in clauses(sentence) for q in _PIECE_RE.split(c)] if sentence.question else _PIECE_RE.split(text)
    out += [d for p in pieces for d in owned(p) if d.subject not in said]
    if (k := _WITH_KIDS_RE.search(text)) and re.search(r"\b(?:I|I'm|I've|my)\b", text) and "kids" not in said:
        n = (k.group("n") or "a").lower()
        out.append(fact(f"Has {n} kids" if n != "a" else f"Has a {k.group('kid').lower()}", "children", "family"))
    for m in _WORK_NOUN_RE.finditer(text):
        if out:
            break
        if _NOT_NOW_RE.search(text[: m.start()]) or re.match(r"[\w-]+'s\b", m.group("mods") or "") or "job" in said:
            continue
        noun, mods = m.group("noun").lower(), m.group("mods").strip().lower()
        where = _AT_RE.match(m.group("rest"))
        at = at_place("the", where.group("where")) if where else ""
        if noun.startswith("shift"):
            words = "Works " + (f"{mods} shifts" if mods else "shifts")
        elif noun in ("students", "pupils"):
            words = "Teaches " + noun
        elif noun in ("patients", "clients"):
            words = "Works with " + noun
        elif noun.startswith("truck"):
            words = "Works as a truck driver"
        else:
            words = f"Works a {noun}"
        if any(w in said for w in words.lower().split()[1:] if len(w) > 4):
            continue
        out.append(fact(join_text(words, at), "work", "work"))
    out += roles(sentence, [*drafts, *out])  # "my congregation", "our barn", "renew my CDL" (implied_roles)
    said |= {w for d in out for w in re.findall(r"[a-z]+", d.text.lower())}
    out += kin_mentions(text, said) + first_event(text, said)  # "my girlfriend's birthday", "my first marathon"
    return out + our_ways(text, said)  # "in Spain we say padrino": Is from Spain (our_ways)
