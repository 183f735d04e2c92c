"""What the statement rules share: the :class:`Rule` type, the regex pieces for the speaker ("I", "I'm",
"I've"), adverbs, and the wording of a verb phrase with the adverbs worth keeping ("strongly prefers",
"tends to avoid").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, STRONG, Draft
from agents.offline.normalize import join_text, subject_key, third_singular
from agents.offline.objects import take
from memory.types import MemoryKind

Builder = Callable[[re.Match[str]], Draft | None]


@dataclass(frozen=True)
class Rule:
    """A regex matched at the speaker token and the builder of its draft."""

    name: str
    pattern: re.Pattern[str]
    build: Builder


I_WORD = r"(?:I|i)"
I_SP = r"(?:I|i)\s+"
I_AM = r"(?:I|i)(?:'m|\s+am)\s+"
I_HAVE = r"(?:I|i)(?:'ve|\s+have)(?:\s+got)?\s+"
ADV = rf"(?P<adv>{lx.ADV})"
ADV_ANY = rf"(?:{lx.ADV})"
OBJ = r"\s+(?P<obj>.+)"
_ADVERB_RE = re.compile(r"\b" + lx.alternation(lx.ADVERBS) + r"\b", re.IGNORECASE)
_STRONG_WORDS = frozenset({"strongly", "absolutely", "strictly", "always", "never", "adamantly", "exclusively"})
_AUX = ("tend to", "try to", "need to", "have to", "want to", "must")


def first_match(rules: tuple[Rule, ...], clause: str, pos: int) -> Draft | None:
    """The draft of the first rule matching at ``pos`` (None when none matches or its builder declines)."""
    for rule in rules:
        m = rule.pattern.match(clause, pos)
        if m is not None:
            return rule.build(m)
    return None


def adverbs(adv: str) -> list[str]:
    """The adverbs matched between "I" and the verb, lower-cased."""
    return [a.lower() for a in _ADVERB_RE.findall(adv or "")]


def verb_phrase(adv: str, base: str) -> str:
    """Third-person verb with the adverbs worth keeping: 'strongly prefers', 'tends to avoid'."""
    advs = adverbs(adv)
    kept = [a for a in advs if a in lx.KEPT_ADVERBS]
    aux = next((a for a in advs if a in _AUX), None)
    if aux == "must":
        verb = f"must {base}"
    elif aux:
        verb = f"{third_singular(aux.split()[0])} to {base}"
    else:
        verb = third_singular(base)
    return " ".join([*kept, verb])


def confidence(adv: str, base: float = EXPLICIT) -> float:
    """Lower for "kind of like", higher for "strongly prefer", ``base`` otherwise."""
    advs = set(adverbs(adv))
    if advs & lx.HEDGE_ADVERBS:
        return round(base - 0.25, 2)
    return STRONG if advs & _STRONG_WORDS else base


def draft(m: re.Match[str], verb: str, kind: MemoryKind, conf: float) -> Draft | None:
    """'<Verb> <object>' from a match with an ``obj`` group (None when the object is not worth a memory)."""
    obj = take(m.group("obj"))
    if obj is None:
        return None
    return Draft(join_text(verb, obj.text), kind, subject_key(obj.text), conf, context=obj.context)
