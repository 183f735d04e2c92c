"""The kind of a statement added without one (REST, CLI, the web page): read from its wording the way the
offline learning path (``agents/offline``) sets it on what it learns.

A health or diet limit, a fear or a "can't" is a ``constraint`` (a core item: recall injects it on every
request); a wording about answers, tone or format is ``style`` (core too); "dislikes", "avoids", "hates" is a
``dislike``; who the person is ("lives in", "works as", "has two kids") is a ``fact``; the rest is a
``preference``. Third person ("Is allergic to peanuts") and first person ("I'm allergic to peanuts") alike.
"""

from __future__ import annotations

import re

from memory.types import MemoryKind

_CONSTRAINT = re.compile(
    r"\ballerg(?:y|ies|ic)\b|\bintoleran(?:t|ce)\b|\banaphyla|\bceliac\b|\bcoeliac\b|\bdiabet(?:es|ic)\b"
    r"|\bphobia\b|\bfear of\b|\bafraid of\b|\bscared of\b|\bterrified of\b"
    r"|\bwheelchair\b|\bbad (?:knees?|back|hips?)\b|\bpregnan(?:t|cy)\b|\bepilep|\basthma\b"
    r"|\b(?:is|am|i'm|a|strict|strictly)\s+(?:a\s+)?(?:strict\s+)?(?:vegetarian|vegan|pescatarian|pescetarian)\b"
    r"|^(?:vegetarian|vegan|pescatarian)\b"
    r"|\b(?:keeps|keep|eats|eat|only eats)\s+(?:kosher|halal)\b|\b(?:kosher|halal)\s+(?:diet|food|only)\b"
    r"|\b(?:on|follows?|following)\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+diet\b|\bgluten[- ]free\b|\blactose\b"
    r"|\b(?:can't|cannot|can not|unable to|must not|mustn't|shouldn't|should not)\s+(?:eat|drink|have|walk|"
    r"climb|fly|swim|drive|stand|tolerate|afford|lift|handle|take|use|be around|travel)\b"
    r"|\b(?:doesn't|does not|don't|do not|never)\s+(?:eat|eats|drink|drinks)\b"
    r"|\bsober\b|\b(?:budget|income) (?:of|is|under|limit|cap)\b|\bon a (?:tight|strict|fixed) budget\b"
    # conditions the learning path keeps as constraints (agents/offline/health.py, diagnoses.py)
    r"|\bbreast-?feeding\b|\b(?:adhd|autism|autistic|dyslexi[ac]|ibs|gout|migraines|arthritis|insomnia|sleep apnea)\b"
    r"|\b(?:high blood pressure|high cholesterol|a heart condition|chronic pain)\b",
    re.IGNORECASE,
)
#: Wording about answers, tone or format: a preference or dislike so worded is a style rule (here and on the
#: learning path, agents/offline/reader.py).
STYLE_CUE = re.compile(
    r"\b(?:answers?|responses?|replies|explanations?|tone|emojis?|bullet[- ]?points?|formatting|"
    r"markdown|code examples?|paragraphs?|bullet[- ]?lists?|bullets|numbered lists?|headings|spoilers?)\b",
    re.IGNORECASE,
)
_DISLIKE = re.compile(
    r"^(?:i\s+|he\s+|she\s+)?(?:really\s+|strongly\s+)?(?:dislikes?|hates?|avoids?|detests?|loathes?|"
    r"can't stand|cannot stand|doesn't like|does not like|don't like|do not like|doesn't want|"
    r"would rather not|prefers not|prefer not|isn't a fan|is not a fan|not a fan|has no interest|"
    r"is not interested|isn't interested|has an aversion|finds .+ (?:boring|annoying|tedious))\b",
    re.IGNORECASE,
)
_FACT = re.compile(
    r"^(?:i\s+|i'm\s+|i've\s+)?(?:lives?|live) in\b|^(?:i\s+)?works? (?:as|at|for|in)\b|^(?:i\s+)?(?:was|were) born\b"
    r"|^(?:i\s+)?(?:owns?|studies at|study at)\b|^(?:is|i'm|i am) (?:married|single|divorced|retired|\d+\b"
    r"|an? (?!(?:big |huge |real |)(?:fan|lover|enthusiast|fanatic|sucker|foodie)))"
    r"|^(?:has|have|i have) (?:a|an|two|three|four|five|\d+) (?:kids?|children|sons?|daughters?|dogs?|cats?|"
    r"cars?|brothers?|sisters?|partner|wife|husband)\b|^(?:is|i'm|i am) from\b|^(?:speaks?|i speak)\b"
    r"|^(?:has|have|i have) (?:a|an|two|three|\d+) (?:[\w-]+ ){0,2}(?:dogs?|cats?|puppy|kitten|retriever|labrador|"
    r"terrier|spaniel|poodle|newborn|baby|toddler|teenager)\b|^(?:has|have|i have) (?:kids|children) aged\b"
    r"|^(?:i\s+)?works? (?:[\w-]+ ){0,2}shifts?\b|^(?:i\s+)?works? nights\b"
    r"|^(?:is|i'm|i am) (?:changing|switching) careers\b|^(?:is|i'm|i am) retraining\b",
    re.IGNORECASE,
)


def infer_kind(text: str) -> MemoryKind:
    """The kind a statement's wording gives it (see the module's note); ``preference`` when nothing says more."""
    t = " ".join(text.split())
    if _CONSTRAINT.search(t):
        return MemoryKind.constraint
    disliked = bool(_DISLIKE.search(t))
    if STYLE_CUE.search(t):
        return MemoryKind.style
    if disliked:
        return MemoryKind.dislike
    if _FACT.search(t):
        return MemoryKind.fact
    return MemoryKind.preference
