"""An indifference said outright, worth a memory: "I couldn't care less about brands", "i dont care about specs",
"I'm not fussy about the brand" -> Doesn't care about brands, Isn't fussy about the brand (kind preference).

Not read: what the answer should hold or a pronoun ("I don't care how, just fix it", "I don't care about it",
"I don't care about the details"), someone else's ("my husband couldn't care less about brands": the rules are
anchored on "I"), a question ("do you care about brands?"). Part of :data:`agents.offline.patterns.RULES`.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.rules import ADV, I_AM, I_SP, OBJ, Rule, draft
from memory.types import MemoryKind

#: Negation in the present only: "I didn't eat breakfast today" is one morning, not "Doesn't eat breakfast".
NEG_NOW = rf"(?:do\s+not|don{lx.APOS}?t|dont)"
#: What an indifference must not be about: the answer itself, a pronoun, a question word ("I don't care how").
_NOT_A_TOPIC_RE = re.compile(
    r"(?:it|this|that|them|those|these|what|how|who|which|whether|if|when|where|why|you|your|the details|details|"
    r"the rest|anything|everything|nothing|any of (?:it|that|this)|money|people|others|politics)\b",
    re.I,
)


def _indifferent(m: re.Match[str]) -> Draft | None:
    if _NOT_A_TOPIC_RE.match(m.group("obj").strip()):
        return None
    return draft(m, "Doesn't care about", MemoryKind.preference, EXPLICIT)


def _not_fussy(m: re.Match[str]) -> Draft | None:
    if _NOT_A_TOPIC_RE.match(m.group("obj").strip()):
        return None
    return draft(m, "Isn't fussy about", MemoryKind.preference, EXPLICIT)


INDIFFERENCE: tuple[Rule, ...] = (
    Rule(  # "I couldn't care less about brands", "i dont really care about specs": an indifference worth knowing
        "indifferent",
        re.compile(
            rf"{I_SP}{ADV}(?:{NEG_NOW}\s+(?:really\s+|much\s+|particularly\s+|actually\s+|honestly\s+)*care"
            rf"(?:\s+(?:much|that much|too much|at all))?|could(?:n{lx.APOS}?t|nt|\s+not)\s+care\s+less)\s+about{OBJ}",
            re.I,
        ),
        _indifferent,
    ),
    Rule(  # "I'm not fussy about the brand", "im not precious about glassware"
        "not_fussy",
        re.compile(
            rf"{I_AM}(?:not|n{lx.APOS}t)\s+(?:too\s+|that\s+|very\s+|super\s+|really\s+|particularly\s+|overly\s+)?"
            rf"(?:fussed|fussy|bothered|picky|particular|precious)\s+about{OBJ}",
            re.I,
        ),
        _not_fussy,
    ),
)
