"""The shape of the correction families read by :mod:`agents.offline.substance` and
:mod:`agents.offline.answer_form`: a pattern, how its match is worded, and where it counts, with the regex pieces
they share (a lead word, a verdict said of the answer, its end)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agents.offline import lexicon as lx
from memory.types import MemoryKind

CONFIDENCE = 0.75
A = lx.APOS
TOO = r"(?:(?:way|far|much|a bit|a little|bit|kinda|kind of|just|waaa*y|wayyy*|honestly|still)\s+)*(?:too|2)\s+"
#: Who or what the verdict is said of: the answer, or nothing ("too touristy", "that's way too pricey", "nah, those
#: are tourist traps"), not a thing named ("the manual is too pricey").
OF_THE_ANSWER = (
    rf"(?:(?:that|this|it|these|those|they|thats|that{A}s|it{A}s|its|they{A}re|theyre|both|all|all (?:of )?"
    r"(?:these|those|them))\s+(?:(?:is|are|was|were|seem|seems|sound|sounds|look|looks|feel|feels|all|both|just|"
    r"kinda|pretty|really|so)\s+)*)?"
)
LEAD = r"(?:(?:nah|no|hmm+|ugh|meh|eh|ok(?:ay)?|hm|well|honestly|lol|yeah|yea|sorry|but|and|mm+|idk)\W+)*"
#: What ends a verdict: the sentence, "for me/us/my taste", or a tag ("lol", "tbh").
FOR_ME = r"(?:\s+for\s+(?:me|us|my (?:taste|liking|budget|blood|wallet)|our (?:taste|budget)))?"
END = rf"{FOR_ME}(?:\s+(?:lol|haha|tbh|honestly|imo|tho|though|really))*\s*(?:[.!,;]|$)"


@dataclass(frozen=True)
class Family:
    pattern: re.Pattern[str]
    word: Callable[[re.Match[str]], tuple[str, MemoryKind, str] | None]  # (text, kind, subject) or None
    verdict: bool = True  # a verdict: only as a reaction (or with "next time", "from now on")
    guess: bool = True  # a guess from a verdict: none when another clause says "I" (the rules word that)
    whole: bool = False  # read in the whole sentence, not clause by clause ("no libraries please, vanilla JS")


def fixed(text: str, kind: MemoryKind, subject: str) -> Callable[[re.Match[str]], tuple[str, MemoryKind, str]]:
    return lambda _m: (text, kind, subject)


def verdict(words: str) -> re.Pattern[str]:
    """A verdict on the answer: ``words`` after "too", said of the answer and ending the clause."""
    return re.compile(rf"^{LEAD}{OF_THE_ANSWER}{TOO}(?P<adj>{words}){END}", re.IGNORECASE)


STYLE = MemoryKind.style
