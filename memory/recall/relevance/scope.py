"""A style item's scope: **global** (about answers in general: length, tone, language, format, emoji, jargon level)
or **topical** (a wish about answers on one topic: "workout plans as a table", "no spoilers in answers about
films", "code samples with type hints"). Recall sends a global style item on every request; a topical one is
judged by the relevance model like a constraint (kept unless the model rules it out).

Read deterministically from the item itself, once per memory vector (the reranker caches it with the facets):

- it names programming content (code samples or snippets, type hints, a programming language): topical
  (technology). The taxonomy files "explanations with code examples" under communication, so the topic
  distribution alone reads these as global;
- otherwise, its wording is about answers (a style word: answers, format, table, summaries, spoilers...) and its
  facets (its topics as the requests it bears on, :meth:`memory.taxonomy.categories.Categorizer.facets`) put at
  least DOMAIN on one category other than communication: topical, on that category;
- everything else is global. A style rule whose wording says nothing about answers (an explicit ``kind=style``
  on any text) stays global: when in doubt a rule is sent, since a rule missing costs more than one too many.

A style item with a ``context`` ("formal when emailing their manager") is not a core item at all: its context
must match the request (:func:`memory.recall.rank.score`), and its scope is not read.

DOMAIN was chosen on the labelled statements of ``training/relevance/style_scope.py`` (written for this, none
from a benchmark), then checked end to end on the held-out split and the hand-written cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from memory.ports import Vector

GLOBAL, TOPICAL = "global", "topical"
COMMUNICATION = "communication"
# a style item is topical from this much facet mass on one category other than communication up; chosen on the
# labelled statements of training/relevance/style_scope.py (the widest margin between the two labels)
DOMAIN = 0.6

CODE = re.compile(
    r"\bcode (?:samples?|examples?|snippets?|comments?|blocks?)\b|\b(?:snippets?|type hints?|docstrings?)\b"
    r"|\b(?:python|javascript|typescript|java|kotlin|golang|rust|sql|c\+\+|c#|ruby|php|swift|haskell|bash|"
    r"frontend|backend|programming|coding)\b",
    re.IGNORECASE,
)
ABOUT_ANSWERS = re.compile(
    r"\b(?:answers?|responses?|replies|reply|explanations?|explain(?:s|ed|ing)?|tone|emojis?|bullet[- ]?points?|"
    r"format(?:s|ted|ting)?|markdown|tables?|lists?|summar(?:y|ies|ise|ize)|spoilers?|examples?|samples?|"
    r"units?|measurements?|jargon|terms|words|style|language)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scope:
    kind: str  # GLOBAL or TOPICAL
    topic: str  # the category a topical item is about ("" for a global one)
    reason: str  # in words, for the trace


GENERAL_RULE = Scope(GLOBAL, "", "it is about answers in general")


def read_scope(text: str, facets: Vector, categories: tuple[str, ...]) -> Scope:
    """The scope of a style item with text ``text`` and facets ``facets`` (one row, over ``categories``)."""
    if CODE.search(text):
        return Scope(TOPICAL, "technology", "it asks for programming content")
    if ABOUT_ANSWERS.search(text):
        mass = np.asarray(facets, dtype=np.float32).copy()
        if COMMUNICATION in categories:
            mass[categories.index(COMMUNICATION)] = 0.0
        best = int(mass.argmax())
        if float(mass[best]) >= DOMAIN:
            return Scope(TOPICAL, categories[best], f"it is about answers on {categories[best]}")
    return GENERAL_RULE
