"""Training-side variants of the hand-written texts, so the model reads a memory whatever voice it is stored in
and a request whatever it is wrapped in:

- a memory in the third person ("Is allergic to walnuts", "Prefers trains") gets its first-person twin ("I am
  allergic to walnuts", "I prefer trains") and the other way round, as people add memories over REST in both;
- a request gets the same ask with a greeting or a sign-off, and with a line about the asker's day before it
  (chat requests carry words that bear on nothing).

Only training texts are varied (the generator keeps test texts as written). Deterministic: the variants of a
text depend on the text alone.
"""

from __future__ import annotations

import hashlib
import re

# third-person verb -> first person (the common openers of the hand-written memories)
_VERBS = {
    "is": "am",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "isn't": "am not",
    "hasn't": "haven't",
    "can't": "can't",
    "cannot": "cannot",
    "goes": "go",
    "watches": "watch",
    "fixes": "fix",
    "finds": "find",
}
_ADVERBS = ("always", "never", "only", "usually", "often", "really", "mostly", "rarely", "strictly", "still")
_FIRST = {v: k for k, v in _VERBS.items() if k not in ("can't", "cannot")}
_FIRST |= {"i'm": "is", "i've": "has", "i'd": "would"}


def _third_to_first(verb: str) -> str:
    low = verb.lower()
    if low in _VERBS:
        return _VERBS[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("shes", "ches", "sses", "xes", "zes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


def _first_to_third(verb: str) -> str:
    low = verb.lower()
    if low in _FIRST:
        return _FIRST[low]
    if low in ("can't", "cannot", "can", "will", "would", "should", "must", "won't"):
        return low
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return low[:-1] + "ies"
    if low.endswith(("sh", "ch", "ss", "x", "z", "o")):
        return low + "es"
    return low + "s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def memory_variants(text: str) -> list[str]:
    """The memory in the other voice: third person to first, first to third ("" when no rule fits)."""
    words = text.split()
    if not words:
        return []
    first = words[0].lower()
    if first in ("i", "i'm", "i've", "i'd", "my", "we", "we're", "our"):
        if first in ("my", "our", "we", "we're"):
            return []
        if first == "i" and len(words) > 1:
            rest = words[1:]
            if rest[0].lower() in _ADVERBS and len(rest) > 1:
                return [_cap(" ".join([rest[0].lower(), _first_to_third(rest[1]), *rest[2:]]))]
            if rest[0].lower() == "am":
                return [_cap(" ".join(["is", *rest[1:]]))]
            if rest[0].lower() == "have":
                return [_cap(" ".join(["has", *rest[1:]]))]
            if rest[0].lower() == "don't":
                return [_cap(" ".join(["doesn't", *rest[1:]]))]
            return [_cap(" ".join([_first_to_third(rest[0]), *rest[1:]]))]
        if first in _FIRST:
            return [_cap(" ".join([_FIRST[first], *words[1:]]))]
        return []
    if first in _ADVERBS and len(words) > 1:
        return [" ".join(["I", first, _third_to_first(words[1]), *words[2:]])]
    if re.fullmatch(r"[a-z']+", first) and (first in _VERBS or first.endswith("s")):
        return [" ".join(["I", _third_to_first(words[0]), *words[1:]])]
    return []


_OPENERS = ("Hi! ", "Hey, quick question. ", "Can you help me? ", "Okay, next thing: ")
_CLOSERS = (" Thanks!", " Thanks in advance.", " Cheers.", " Any ideas welcome.")
_DAYS = (
    "It has been a long week at work. ",
    "I'm sitting at home with a cup of tea. ",
    "My friend asked me about this earlier. ",
    "I've been thinking about this since yesterday. ",
)


def request_variants(text: str) -> list[str]:
    """Two framings of the request: a greeting or a sign-off, and a line about the asker's day before it (the
    choice depends on the text's hash, so it is the same on every run)."""
    h = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
    ended = text if text[-1:] in ".?!" else text + "."
    framed = _OPENERS[h % 4] + text if h % 2 else ended + _CLOSERS[(h // 2) % 4]
    return [framed, _DAYS[(h // 8) % 4] + text]
