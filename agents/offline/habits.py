"""Habits and hard limits in the first person: "I never fly", "I only eat organic food", "I don't drive",
"I can't eat gluten", "I won't consider gas cars", "I usually take the train". Builders for the rules
of :mod:`agents.offline.patterns`.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, IMPLICIT, STRONG, Draft
from agents.offline.normalize import capitalize, join_text, subject_key, third_singular
from agents.offline.objects import take
from agents.offline.rules import draft
from memory.taxonomy.kinds import infer_kind
from memory.types import MemoryKind, MemorySource

INTRANSITIVE = frozenset({"drive", "fly", "smoke", "drink", "cook", "swim", "travel", "exercise", "commute"})
#: Pastimes a user says they don't do, with nothing after ("I don't sing", "I don't ski"): a dislike, not a limit.
PASTIMES = frozenset(
    {"sing", "dance", "ski", "hike", "camp", "jog", "run", "golf", "surf", "skate", "party", "gamble", "bake", "game"}
)
#: What "I don't do X" leaves out of a diet ("I don't do dairy": a constraint); any other X is a dislike said
#: with the idiom ("I don't do mornings", "I don't do cons").
_DIET_RE = re.compile(
    r"^(?:any\s+|much\s+)?(?:dairy|gluten|meat|red meat|pork|beef|fish|seafood|shellfish|eggs|sugar|carbs|caffeine|"
    r"coffee|alcohol|booze|drugs|nuts|peanuts|soy|wheat|lactose|animal products|fried food|spicy food|spice)\b",
    re.I,
)


def not_habit(m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    raw = re.sub(r"^at all\b", "", (m.group("obj") or "").strip(), flags=re.IGNORECASE)  # "I don't sing at all"
    obj = take(raw, allow_empty=verb in INTRANSITIVE or verb in PASTIMES)
    if obj is None:
        return None
    subject = f"{verb} {subject_key(obj.text)}".strip()
    pastime = verb in PASTIMES and not obj.text  # "I don't sing (at all)"
    disliked = pastime or (verb == "do" and obj.text and not _DIET_RE.match(obj.text))
    kind = MemoryKind.dislike if disliked else MemoryKind.constraint
    return Draft(join_text("Doesn't", verb, obj.text), kind, subject, EXPLICIT, context=obj.context)


def cannot(m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    obj = take(m.group("obj") or "", allow_empty=verb in ("drive", "swim", "walk far", "kneel", "stand for long"))
    if obj is None:
        return None
    subject = f"{verb} {subject_key(obj.text)}".strip()
    return Draft(join_text("Can't", verb, obj.text), MemoryKind.constraint, subject, STRONG, context=obj.context)


#: A clause of its own after a comma, with its own subject: what the thing after it does to the user.
_OWN_CLAUSE_RE = re.compile(
    r",\s+(?=(?:the\s+|all\s+|most\s+)?[a-z]+(?:\s+[a-z]+){0,2}(?<!\bones)(?<!\bone)"
    r"\s+(?:gives?|makes?|ruins?|upsets?|hurts?|kills?)\s(?:me|my|it|the|everything)\b)",
    re.IGNORECASE,
)


def habit(m: re.Match[str]) -> Draft | None:
    freq = m.group("freq").lower()
    verb = m.group("verb").lower()
    raw = _OWN_CLAUSE_RE.split(m.group("obj") or "", maxsplit=1)[0]  # "..., the oil stuff gives me headaches"
    obj = take(raw, allow_empty=freq in ("never", "no longer") and verb in INTRANSITIVE)
    if obj is None:
        return None
    subject = f"{verb} {subject_key(obj.text)}".strip()
    if freq in ("only", "exclusively", "solely"):  # "I only watch subbed": a taste, unless its words name a limit
        almost = (m.group("almost") or "").strip().lower()  # "I read almost only sci-fi"
        if almost:
            text = join_text(third_singular(verb), almost, "only", obj.text)
        else:
            text = join_text("only" if freq == "solely" else freq, third_singular(verb), obj.text)
        limit = infer_kind(capitalize(text)) is MemoryKind.constraint  # "Only eats halal"
        return Draft(
            text, MemoryKind.constraint if limit else MemoryKind.preference, subject, STRONG, context=obj.context
        )
    if freq in lx.FREQ_CONSTRAINT:
        freq_text = {"no longer": "no longer", "solely": "only"}.get(freq, freq)
        text = join_text(freq_text, verb if freq == "can only" else third_singular(verb), obj.text)
        return Draft(text, MemoryKind.constraint, subject, STRONG, context=obj.context)
    freq_text = "tends to" if freq == "tend to" else freq
    verb_text = verb if freq == "tend to" else third_singular(verb)
    return Draft(
        join_text(freq_text, verb_text, obj.text),
        MemoryKind.preference,
        subject,
        IMPLICIT,
        MemorySource.implicit,
        context=obj.context,
    )


def wont(m: re.Match[str]) -> Draft | None:
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    return draft(m, f"won't {verb}", MemoryKind.dislike, STRONG)
