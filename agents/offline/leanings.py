"""Tastes and rules of one's own said without a taste verb (session 18): a leaning, a drain, a price cap, a lesson.

- a leaning: "I'm much more into watercolor than oils" -> "Prefers watercolor over oils"; "im way more into trad
  climbing these days" -> "Prefers trad climbing"; "I'm way more of a dog person" -> "Is more of a dog person"
  (preferences);
- a drain: "long car rides are exhausting", "meal prep is such a chore tbh", "horror i just find boring" -> "Finds
  long car rides exhausting", "Finds meal prep a chore", "Finds horror boring" (dislikes);
- a price cap: "I never pay over €60 for a ticket", "i wont spend more than $200 on a tent" -> "Never pays more
  than €60 for a ticket" (a constraint);
- a lesson learned: "got burned buying used phones way too many times", "I've been burned by cheap tents too
  often" -> "Avoids buying used phones", "Avoids cheap tents" (dislikes);
- a thing fed up with: "laugh tracks ruin sitcoms for me", "im so done with monthly fees for everything" ->
  "Dislikes laugh tracks", "Dislikes monthly fees" (dislikes).

:func:`with_leanings` reads these at the start of a statement clause and, for a clause that goes on after a comma ("I'm
such a tea person, and coffee makes me jittery", "I'm much more into Verdi, Wagner is exhausting"), the
thing-first tastes of each later piece too (those of :mod:`agents.offline.reactions`,
:mod:`agents.offline.opinions` and :mod:`agents.offline.statements`), which the clause's first reading hides.

Not read: someone else's ("my wife finds Wagner exhausting", "my brother is way more into jazz"), a thing of
the moment or a pointer ("that one sounds exhausting", "this week is exhausting", "the drive today was a chore":
the verb must be a present "is"/"are"), the past ("the hike was exhausting"), a plan or a one-off cap ("I don't
want to pay more than $50 for this one" is a budget, read elsewhere). Questions, hypotheticals and sarcasm never
reach here (:mod:`agents.offline.reader` drops them first).
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, STRONG, Draft
from agents.offline.normalize import join_text, subject_key, third_person
from agents.offline.opinions import judged, opinion
from agents.offline.reactions import reaction
from agents.offline.statements import stated
from memory.types import MemoryKind

#: Harmless words before the statement proper.
_LEAD = (
    r"^\W*(?:(?:honestly|tbh|personally|frankly|and|but|so|also|well|ok|okay|yeah|yep|plus|ngl|lol|haha|tho|"
    r"though|actually|i mean|for me|to me|in general|generally)\b[,:]?\s+)*"
)
#: A harmless tail after what was said.
_TAIL = r"(?:[,\s]+(?:imo|imho|honestly|tbh|ngl|lol|haha|tho|though|to me|for me|now|these days|nowadays|anyway))*"
_TAIL += r"\s*[.!]*\s*$"
_I_AM = r"(?:i'm|im|i am|i've been|ive been)\s+"
_MORE = r"(?:(?:much|way|a lot|far|so much|definitely|a bit|kinda|kind of|honestly|generally|really)\s+)*more\s+into\s+"
_LEANING_RE = re.compile(
    rf"{_LEAD}{_I_AM}{_MORE}(?P<obj>[^,;:!?]+?)(?:\s+than\s+(?P<than>[^,;:!?]+?))?{_TAIL}", re.IGNORECASE
)
#: "I'm much more a Verdi/Puccini person", "im more of a beach person than a mountain person".
_PERSON_RE = re.compile(
    rf"{_LEAD}(?:i'm|im|i am)\s+(?:(?:much|way|a lot|far|definitely|honestly|really|generally)\s+)*more\s+"
    rf"(?:of\s+)?an?\s+(?P<obj>[^,;:!?]+?)\s+person(?:\s+than\s+an?\s+(?P<than>[^,;:!?]+?)\s+person)?{_TAIL}",
    re.IGNORECASE,
)
_INTENSE = r"(?:(?:so|such|just|really|honestly|genuinely|kinda|kind of|pretty|super|incredibly|absolutely|always)\s+)*"
_DRAIN_RE = re.compile(
    rf"{_LEAD}(?P<obj>[^,;:!?]+?)\s+(?:is|are)\s+{_INTENSE}(?P<adj>exhausting|draining|tedious|torture|"
    rf"(?:an?\s+)?(?:chore|slog|drag|nightmare to me|nightmare for me)){_TAIL}",
    re.IGNORECASE,
)
#: The thing first, then the user's verdict: "Wagner I find honestly exhausting", "horror i just find boring".
_FIND_RE = re.compile(
    rf"{_LEAD}(?P<obj>[^,;:!?]+?)\s+i\s+(?:(?:just|really|honestly|always|generally)\s+)*find\s+{_INTENSE}"
    r"(?P<adj>exhausting|draining|tedious|boring|dull|stressful|annoying|overrated|unbearable|too [a-z]+)"
    rf"{_TAIL}",
    re.IGNORECASE,
)
_CAP_RE = re.compile(
    rf"{_LEAD}(?:i\s+)?(?:never|don'?t|do not|won'?t|will not|refuse to)\s+(?:ever\s+)?(?P<verb>pay|spend)\s+"
    rf"(?:over|more than|above|upwards of)\s+(?P<amt>{lx.MONEY})(?:\s+(?P<prep>for|on)\s+(?P<obj>[^,;:!?]+?))?"
    rf"{_TAIL}",
    re.IGNORECASE,
)
_BURNED_RE = re.compile(
    rf"{_LEAD}(?:i\s+)?(?:got|get|'ve been|ve been|have been|been|was|i've been|ive been)\s+(?:burned|burnt)\s+"
    r"(?P<by>by\s+)?(?P<obj>[^,;:!?]+?)\s+(?:(?:way|far|so|just|one)\s+)?(?:too many times|too often|"
    rf"enough times|too much){_TAIL}",
    re.IGNORECASE,
)
_BODY_RE = re.compile(
    rf"{_LEAD}(?P<obj>[^,;:!?]+?)\s+(?:(?:always|just|really|kinda|honestly)\s+)*(?:(?:gives?|gave) me (?:a headache|"
    rf"headaches|a migraine|migraines|the jitters)|makes? me (?:jittery|nauseous|queasy|sick)){_TAIL}",
    re.IGNORECASE,
)
#: "dubs ruin the voices for me", "laugh tracks totally ruin sitcoms for me", "ads ruin it for me".
_RUINS_RE = re.compile(
    rf"{_LEAD}(?P<obj>[^,;:!?]+?)\s+(?:(?:always|just|totally|really|kinda|kind of|completely|honestly)\s+)*"
    rf"(?:ruins?|spoils?|kills?)\s+(?:it|everything|(?:the|a|any|most)\s+[\w' -]+?|[\w'-]+)\s+for me{_TAIL}",
    re.IGNORECASE,
)
#: "im so done with monthly fees for everything" ("I'm so over X" is voice.py's: Is tired of X, not "so over budget").
_DONE_RE = re.compile(
    rf"{_LEAD}(?:i'm|im|i am)\s+(?:(?:just|honestly|really|sooo*|so|totally)\s+)*(?:so+|totally|completely)\s+"
    rf"done with\s+(?P<obj>[^,;:!?]+?)(?:\s+for (?:everything|good))?{_TAIL}",
    re.IGNORECASE,
)
#: Where a clause goes on with a new statement of its own: a comma, maybe with "and" / "but".
_PIECE_RE = re.compile(r",\s+(?:(?:and|but|so|plus|also|tbh|honestly)\s+)*", re.IGNORECASE)
#: A piece that is someone else's or a pointer, never read as the user's taste.
_NOT_OWN = re.compile(
    r"^(?:my|his|her|their|our|your|he|she|they|we|you|it|this|that|these|those|which|who|where|when|if|"
    r"because|since|though|although|as)\b",
    re.IGNORECASE,
)


def _draft(text: str, kind: MemoryKind, obj: str, confidence: float = EXPLICIT) -> Draft:
    return Draft(text, kind, subject_key(obj), confidence)


def _leaning(clause: str) -> Draft | None:
    if (m := _PERSON_RE.match(clause)) is not None and (obj := judged(m.group("obj"), max_words=4)) is not None:
        than = judged(m.group("than"), max_words=4) if m.group("than") else None
        rest = f"person than a {than} person" if than else "person"
        return _draft(join_text("Is more of a", obj, rest), MemoryKind.preference, obj)
    if (m := _LEANING_RE.match(clause)) is None or (obj := judged(m.group("obj"), max_words=6)) is None:
        return None
    than = judged(m.group("than"), max_words=6) if m.group("than") else None
    return _draft(join_text("Prefers", obj, f"over {than}" if than else ""), MemoryKind.preference, obj)


def _drain(clause: str) -> Draft | None:
    if (m := _FIND_RE.match(clause)) is not None and (obj := judged(m.group("obj"))) is not None:
        return _draft(join_text("Finds", obj, m.group("adj").lower()), MemoryKind.dislike, obj)
    if (m := _DRAIN_RE.match(clause)) is None or (obj := judged(m.group("obj"))) is None:
        return None
    adj = re.sub(r"\s+(?:to|for) me$", "", re.sub(r"\s+", " ", m.group("adj").lower()))
    adj = adj if re.match(r"an?\s", adj) or adj in ("exhausting", "draining", "tedious") else f"a {adj}"
    adj = "torture" if adj == "a torture" else adj
    return _draft(join_text("Finds", obj, adj), MemoryKind.dislike, obj)


def _cap(clause: str) -> Draft | None:
    if (m := _CAP_RE.match(clause)) is None:
        return None
    raw = m.group("obj") or ""
    if raw and re.match(r"(?:this|that|it|these|those|the one|one)\b", raw, re.IGNORECASE):
        return None  # "I won't pay more than $50 for this one": a one-off budget
    obj = third_person(raw.strip())
    verb = "pays" if m.group("verb").lower() == "pay" else "spends"
    text = join_text("Never", verb, "more than", m.group("amt"), f"{m.group('prep').lower()} {obj}" if obj else "")
    return Draft(text, MemoryKind.constraint, subject_key(obj or "budget"), STRONG, category="budget")


def _burned(clause: str) -> Draft | None:
    if (m := _BURNED_RE.match(clause)) is None:
        return None
    raw = m.group("obj").strip()
    if not m.group("by") and not re.match(r"(?:\w+\s+)?\w+ing\b", raw):  # "got burned buying X": a doing; else "by X"
        return None
    obj = judged(raw, max_words=6)
    return None if obj is None else _draft(join_text("Avoids", obj), MemoryKind.dislike, obj)


def _body(clause: str) -> Draft | None:
    if (m := _BODY_RE.match(clause)) is None or (obj := judged(m.group("obj"))) is None:
        return None
    return _draft(join_text("Avoids", obj), MemoryKind.dislike, obj)


def _fed_up(clause: str) -> Draft | None:
    m = _RUINS_RE.match(clause) or _DONE_RE.match(clause)
    if m is None or (obj := judged(m.group("obj"))) is None:
        return None
    return _draft(join_text("Dislikes", obj), MemoryKind.dislike, obj)


def fed_up(clause: str) -> Draft | None:
    """ "im so done with monthly fees for everything" -> Dislikes monthly fees; "X ruins it for me": the reason a pick
    gives is the user's (:func:`agents.offline.reader` reads it there too), or None."""
    return _fed_up(clause.strip())


def _own(clause: str) -> Draft | None:
    for read in (_leaning, _drain, _cap, _burned, _fed_up):
        if (draft := read(clause)) is not None:
            return draft
    return None


def _later(piece: str) -> Draft | None:
    """A thing-first taste in a piece after a comma ("..., coffee makes me jittery", "..., crowds stress me out")."""
    if _NOT_OWN.match(piece) or len(piece.split()) < 3:
        return None
    return reaction(piece, implicit=False) or opinion(piece) or next(iter(stated(piece)), None) or _body(piece)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def _head(pieces: list[str]) -> Draft | None:
    """A thing-first taste that opens a clause going on after a comma ("roped stuff freaks me out tbh, once I'm
    up high my legs turn to jelly"): the object-first readers want it to end the clause."""
    return _later(pieces[0]) if len(pieces) > 1 else None


def with_leanings(clause: str, found: list[Draft]) -> list[Draft]:
    """``found`` (the drafts of ``clause``, a statement clause, so far) and those of the shapes above it lacks."""
    if clause.rstrip().endswith("?"):
        return found  # "Jazz is overrated, right?", "long drives are exhausting, aren't they?": asked
    pieces = _PIECE_RE.split(clause.strip())
    out: list[Draft] = []
    if not found and (first := _own(clause.strip()) or _own(pieces[0]) or _head(pieces)) is not None:
        out.append(first)
    said = {w for d in found for w in _words(f"{d.text} {d.context}")}
    for piece in pieces[1:]:  # a piece after a comma: its own shape, or a taste when the head was the user's
        if _words(third_person(piece)) <= said:
            continue  # "I prefer trains when I travel, driving abroad stresses me out": the context holds it
        later = _own(piece) if _NOT_OWN.match(piece) is None else None
        later = later or (_later(piece) if found or out else None)
        out += [] if later is None else [later]
    taken = {d.subject for d in found}
    return found + [d for d in out if d.subject not in taken]
