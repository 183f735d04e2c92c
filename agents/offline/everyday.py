"""Everyday phrasings that name a preference or a fact in a shape neither the rules nor the learned reader read.

Each reading is a plain English construction, not a domain's words (issue 13's eighth pass on the dev fold):

- a verdict on something tried: "I tried pilates but it's too slow for me" (dislike: "Finds pilates too slow"),
  "tried the oysters you suggested and... no. never again" (dislike), "tried kombucha and loved it" (preference);
- a refusal with a reason about the user: "No mushrooms, they make me gag" (dislike: "Avoids mushrooms");
- a taste shared with someone else: "my brother hates horror films and honestly so do I" (the user's dislike);
- the habit that replaced one given up: "I used to run, but my knees said no. these days only cycling" and
  "I switched to oat milk last year" (preference); the habit given up itself still teaches nothing, and
  "now I just eat normal" names nothing;
- praise said to last ("the pad thai was so good, I could have it every week"), the kind of person the user is
  ("I'm more of a tea person", "not a morning person"), "Anything but X", "can't live without X".

Used by :mod:`agents.offline.guided` (rules + reader): the drafts are added beside the rules' and the reader's.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, IMPLICIT, Draft
from agents.offline.normalize import capitalize, subject_key
from agents.offline.reader import hypothetical
from agents.offline.restate import restate
from memory.types import MemoryKind, MemorySource

_THING = r"[\w'-]+(?:\s+[\w'-]+){0,3}?"
#: "I tried the natto you recommended and... no. never again", "i tried yoga but honestly its too slow".
_TRIED_RE = re.compile(
    rf"(?<!\bif )\b(?:i|we)\s+(?:(?:finally|actually|just|already|once)\s+)?tried\s+(?:out\s+)?"
    rf"(?:(?:the|some|a|an|that|this|those)\s+)?(?P<x>{_THING})"
    r"(?:\s+(?:you|u)\s+(?:recommended|suggested|mentioned))?\s*(?:\.{2,}|…)?\s*,?\s+(?:but|and)\b\W*(?P<rest>.{0,80})",
    re.IGNORECASE,
)
_HEDGES = r"(?:(?:honestly|tbh|sadly|just|really|kinda|kind of|way|a bit|a little|much|simply)\s+)*"
_TOO_RE = re.compile(
    rf"^{_HEDGES}(?:it'?s|its|it was|it is|they'?re|they were|they are|was|felt|it felt|seemed|it seemed)\s+"
    rf"{_HEDGES}too\s+(?!(?:late|early|soon|busy|full|crowded today)\b)(?P<adj>[a-z-]{{3,}})",
    re.IGNORECASE,
)
_NO_RE = re.compile(
    r"^(?:\.+\s*)?(?:no+\b(?!\s+(?:problem|issues?|complaints?)\b)|nope|never again|not for me|hated (?:it|them)|"
    r"did ?n[o']t (?:like|enjoy) (?:it|them)|couldn'?t stand (?:it|them)|yuck|gross)",
    re.IGNORECASE,
)
_BORED_RE = re.compile(
    r"^(?:honestly\s+|tbh\s+)?(?:it|they)\s+(?:just\s+|really\s+)?(?:bored|annoyed|stressed|irritated|put)\s+me\b|"
    r"^(?:honestly\s+|tbh\s+)?(?:it|they)\s+(?:was|were)\s+(?:just\s+|really\s+|so\s+)?"
    r"(?:boring|awful|terrible|horrible|meh|bland|gross|disgusting|not for me)\b",
    re.IGNORECASE,
)
_YES_RE = re.compile(
    r"^(?:i\s+)?(?:(?:absolutely|really|totally)\s+)?(?:loved|love|really liked|enjoyed) (?:it|them)\b|"
    r"^(?:it|they) (?:was|were) (?:amazing|great|delicious|awesome|so good|fantastic)\b",
    re.IGNORECASE,
)
#: "the miso soup was amazing, I'd eat that every day": praise the user says would last.
_PRAISE_RE = re.compile(
    rf"^\W*(?:(?:but|and|oh|also)\s+)*(?:the|that|this|those|these)\s+(?P<x>{_THING})\s+(?:was|were|is|are)\s+"
    r"(?:(?:so|really|just|absolutely|honestly)\s+)?(?:amazing|delicious|great|incredible|so good|perfect|awesome|"
    r"fantastic|the best|wonderful|lovely)\b[\s,!.]*(?:and\s+)?(?:i'?d|i would|i could|id)\s+"
    r"(?:[\w']+\s+){1,3}(?:every day|everyday|every week|again|all the time|forever|daily)\W*$",
    re.IGNORECASE,
)
#: "No cilantro, it tastes like soap to me": the reason says what the thing does to the user.
_NO_BECAUSE_RE = re.compile(
    rf"^\W*no\s+(?P<x>{_THING})\s*,\s*(?:(?:because|cause|bc|since)\s+)?(?:it|they|that)\s+"
    r"(?P<why>(?:(?:just|always|really)\s+)?(?:tastes?|smells?|makes?|gives?|upsets?|hurts?|bores?|triggers?|"
    r"wrecks?|grosses?|creeps?)\b.*)$",
    re.IGNORECASE,
)
_BENIGN = frozenset(
    [
        "rush",
        "worries",
        "worry",
        "problem",
        "problems",
        "idea",
        "thanks",
        "pressure",
        "need",
        "way",
        "offense",
        "offence",
        "hurry",
    ]
)
#: "my gf hates shooters and honestly so do i": someone's taste the user says they share.
_SHARED_RE = re.compile(
    r"^\W*(?:my|our)\s+(?:[\w'-]+\s+)?[\w'-]+\s+(?P<v>hates?|loves?|likes?|can'?t stand|dislikes?|adores?)\s+"
    rf"(?P<x>{_THING})\s*,?\s+and\s+(?:(?:honestly|tbh|to be honest|frankly|yeah)\s+)?"
    r"(?:so do (?:i|we)|me too|i do too|i do as well|same (?:here|for me))\W*$",
    re.IGNORECASE,
)
#: "me and my wife love small towns", "my husband and I can't stand cruises": a taste the user says with someone.
_WITH_ME_RE = re.compile(
    r"^\W*(?:me and my\s+(?:[\w'-]+\s+)?[\w'-]+|my\s+(?:[\w'-]+\s+)?[\w'-]+\s+and\s+(?:i|me))\s+(?:both\s+|really\s+)?"
    r"(?P<v>love|like|prefer|hate|enjoy|adore|can'?t stand|dislike)\s+(?P<x>.{3,60}?)\W*$",
    re.IGNORECASE,
)
_NEGATIVE_VERB_RE = re.compile(r"^(?:hate|can'?t stand|dislike)", re.IGNORECASE)
_GIVEN_UP_RE = re.compile(r"\b(?:used to|gave up|given up|quit|stopped|no longer|not anymore|was a big)\b", re.I)
#: The habit now, after one given up: "these days only swimming", "now mostly cycling".
_NOW_RE = re.compile(
    r"^\W*(?:but\s+)?(?:now(?:adays)?|these days|lately|currently|instead)\b[\s,]*(?P<rest>.{3,})$", re.I
)
_SWITCHED_RE = re.compile(
    r"\b(?:i|we)\s+(?:(?:just|recently|finally)\s+)?switched\s+(?:over\s+)?to\s+(?P<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)"
    r"(?=\s+(?:last|this|a|an|two|three|few|\d+|in|since|years?|months?|weeks?|ago|recently)\b|\s*[,.;!]|\s*$)",
    re.IGNORECASE,
)
#: A habit that names nothing to remember: "now I just eat normal", "these days whatever".
_PRESENT_RE = re.compile(r"^(?:i|we)\s+(?:(?:now|just|only|always|usually|mostly)\s+)*(?P<v>[a-z']+)", re.IGNORECASE)
#: A negated verb ("I don't anymore", "I haven't done it in forever"): the habit given up again, not a new one.
_NEGATED_VERB_RE = re.compile(r"(?:n't|nt)$|^(?:not|never|no)$", re.IGNORECASE)
_NOT_A_HABIT = frozenset(
    [
        "have",
        "has",
        "had",
        "am",
        "was",
        "were",
        "think",
        "feel",
        "guess",
        "know",
        "mean",
        "hope",
        "try",
        "want",
        "need",
        "miss",
        "still",
        "can",
        "could",
        "will",
        "would",
        "should",
        "do",
        "did",
        "dont",
        "don't",
        "cant",
        "can't",
        "won't",
        "love",
        "like",
        "hate",
        "stopped",
        "quit",
        "used",
        "gave",
    ]
)
#: "..., I sold the boat years ago": what happened then, not a habit now.
_IRREGULAR_PAST = frozenset(
    re.findall(
        r"\w+",
        "sold bought got went made took came left ran wrote began became gave ate drank felt found spent kept lost "
        "broke "
        "moved tore hurt fell sat swam met",
    )
)
_PAST_TIME_RE = re.compile(
    r"\b(?:ago|last (?:year|month|week|summer|winter|spring)|back then|as a kid|in school)\b", re.I
)
_HOLLOW_RE = re.compile(r"\b(?:normal(?:ly)?|regular|whatever|anything|like everyone else|nothing special)\W*$", re.I)
_SEGMENT_RE = re.compile(r"(?<=[.;!])\s+|,\s+|\s+but\s+", re.IGNORECASE)


def _draft(text: str, kind: MemoryKind, subject: str, quote: str, confidence: float = EXPLICIT) -> Draft:
    return Draft(capitalize(text), kind, subject_key(subject), confidence, MemorySource.explicit, quote=quote)


def _thing(raw: str) -> str:
    return re.sub(r"^(?:the|some|a|an|that|this|those)\s+", "", raw.strip(" .,!"), flags=re.IGNORECASE)


def tried(turn: str) -> Draft | None:
    """A verdict on something the user tried ("Finds yoga too slow", "Dislikes natto", "Likes kombucha")."""
    m = _TRIED_RE.search(turn)
    if m is None or hypothetical(turn[: m.end()]):
        return None
    thing, rest = _thing(m.group("x")), m.group("rest").strip()
    if len(thing) < 3:
        return None
    if (t := _TOO_RE.match(rest)) is not None:
        return _draft(f"Finds {thing} too {t.group('adj').lower()}", MemoryKind.dislike, thing, turn)
    if _NO_RE.match(rest) or _BORED_RE.match(rest):
        return _draft(f"Dislikes {thing}", MemoryKind.dislike, thing, turn)
    if _YES_RE.match(rest):
        return _draft(f"Likes {thing}", MemoryKind.preference, thing, turn)
    return None


def praise(sentence: str) -> Draft | None:
    """ "the miso soup was amazing, I'd eat that every day": a liking ("Likes miso soup"), not a one-time review."""
    m = _PRAISE_RE.match(sentence)
    return None if m is None else _draft(f"Likes {_thing(m.group('x'))}", MemoryKind.preference, m.group("x"), sentence)


def refusal(clause: str) -> Draft | None:
    """ "No X, it tastes like soap to me": a dislike of X ("Avoids X")."""
    m = _NO_BECAUSE_RE.match(clause)
    if m is None or not re.search(r"\b(?:me|my|i|us|our)\b", m.group("why"), re.IGNORECASE):
        return None
    thing = _thing(m.group("x"))
    if thing.lower() in _BENIGN:
        return None
    return _draft(f"Avoids {thing}", MemoryKind.dislike, thing, clause)


def shared(sentence: str) -> Draft | None:
    """ "my gf hates shooters and honestly so do i": the user's own dislike (or liking) of the thing."""
    m = _SHARED_RE.match(sentence) or _WITH_ME_RE.match(sentence)
    if m is None:
        return None
    thing = _thing(m.group("x"))
    if _NEGATIVE_VERB_RE.match(m.group("v")):
        return _draft(f"Dislikes {thing}", MemoryKind.dislike, thing, sentence)
    return _draft(f"Likes {thing}", MemoryKind.preference, thing, sentence)


#: "I'm more of a tea person", "not a morning person": the kind of person the user says they are.
_PERSON_RE = re.compile(
    r"^\W*(?:(?:i'?m|im|i am)\s+)?(?P<neg>(?:not|never)\s+(?:really\s+|much\s+|exactly\s+)?)?"
    r"(?:(?:more of|much more of|definitely|totally|really|very much|kind of|kinda|such|mostly)\s+)?an?\s+"
    r"(?:(?:big|huge|real|total)\s+)?(?P<x>[\w-]+(?:\s+[\w-]+)?)\s+person(?:\s+at all)?\W*$",
    re.IGNORECASE,
)
#: "Anything but country music.", "I'll eat pretty much anything except olives", "can't live without my morning
#: coffee".
_ANYTHING_BUT_RE = re.compile(
    r"^\W*(?:i(?:'ll|\s+will)?\s+(?:eat|watch|read|listen to|drink|wear|try)\s+)?(?:pretty much\s+|almost\s+|"
    rf"just about\s+)?anything\s+(?:but|except|apart from|other than)\s+(?P<x>{_THING})\W*$",
    re.IGNORECASE,
)
_CANT_LIVE_RE = re.compile(
    r"^\W*(?:i\s+)?(?:can'?t|cannot|could ?n'?t)\s+(?:live|function|survive|do)\s+without\s+(?:my\s+)?"
    rf"(?P<x>{_THING})\W*$",
    re.IGNORECASE,
)


def taste(clause: str) -> Draft | None:
    """A clause that says what kind of person the user is, or what they reject or cannot do without."""
    if (m := _PERSON_RE.match(clause)) is not None and m.group("x").lower() not in ("people", "nice", "good", "bad"):
        if m.group("neg"):
            return _draft(f"Is not a {m.group('x').lower()} person", MemoryKind.dislike, m.group("x"), clause)
        return _draft(f"Is a {m.group('x').lower()} person", MemoryKind.preference, m.group("x"), clause)
    if (m := _ANYTHING_BUT_RE.match(clause)) is not None and not re.search(r"\bones?$", m.group("x"), re.I):
        return _draft(f"Avoids {_thing(m.group('x'))}", MemoryKind.dislike, m.group("x"), clause)
    if (m := _CANT_LIVE_RE.match(clause)) is not None:
        return _draft(f"Cannot live without {m.group('x')}", MemoryKind.preference, m.group("x"), clause)
    return None


def current_habit(turn: str) -> Draft | None:
    """The habit that replaced one the user gave up ("these days only swimming", "switched to green tea")."""
    if (m := _SWITCHED_RE.search(turn)) is not None and not hypothetical(turn[: m.end()]):
        return _draft(f"Switched to {m.group('x')}", MemoryKind.preference, m.group("x"), turn)
    segments = [s.strip() for s in _SEGMENT_RE.split(turn) if s and s.strip()]
    given_up = next((i for i, s in enumerate(segments) if _GIVEN_UP_RE.search(s)), None)
    if given_up is None:
        return None
    for segment in segments[given_up + 1 :]:
        if "?" in segment or _HOLLOW_RE.search(segment) or _GIVEN_UP_RE.search(segment):
            continue
        m = _NOW_RE.match(segment)
        habit = m.group("rest") if m is not None else None
        if habit is None and (p := _PRESENT_RE.match(segment)) is not None:  # "..., I wait for sales"
            verb = p.group("v").lower()
            past = verb.endswith("ed") or verb in _IRREGULAR_PAST or _PAST_TIME_RE.search(segment)
            habit = None if verb in _NOT_A_HABIT or _NEGATED_VERB_RE.search(verb) or past else segment
        if habit is not None:
            text, _ = restate(habit, "preference")
            if not text:
                continue  # the habit's words hold no statement of their own
            return _draft(text, MemoryKind.preference, habit, turn, IMPLICIT + 0.1)
    return None


def everyday(sentences: list[str], clauses: list[str]) -> tuple[list[Draft], list[Draft]]:
    """The drafts of one turn's everyday phrasings (its sentences and their statement clauses), at most one per
    reading, in a fixed order: (those whose wording is preferred to the reader's: a verdict on something tried, a
    shared taste, praise said to last, the kind of person the user is; those that only fill gaps the rules and the
    reader leave: a refusal with a reason, the habit now). Terse fragments: :mod:`agents.offline.terse`."""
    turn = " ".join(sentences)
    first = [tried(turn), *(d for s in sentences for d in (shared(s), praise(s))), *(taste(c) for c in clauses)]
    last = [current_habit(turn), *(refusal(c) for c in clauses)]
    return _unique(first), _unique(last)


def _unique(found: list[Draft | None]) -> list[Draft]:
    out: list[Draft] = []
    for d in found:
        if d is not None and all(d.text.casefold() != o.text.casefold() for o in out):
            out.append(d)
    return out
