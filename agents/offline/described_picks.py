"""Picks among the assistant's options by a word of their description, not by their number or whole name.

Reads a segment of a reply that is only a pick: "the shady one" (an option says "shaded"), "I'll go with the
outdoor one", "the six-week one" (an option says "over six weeks"), "salomons it is" (an option is "Salomon ...");
and a segment that only turns one down the same way: "Not the downturned one." (:func:`described_rejections`).
The user's word must meet a word of exactly one option, by its stem ("shady", "shaded" and "shade" are one stem;
"salomons" starts "salomon"). :func:`option_phrase` words a picked option as its name and qualities without
distances and prices ("Kachina Trail - shaded, forested, 10 mi out-and-back" -> "Kachina Trail (shaded, forested)").

It must not read: a question about an option ("is the shady one longer?"), a segment that says more than the pick
("the shady one is too far for me"), a "least"/"less" pick ("the least stuffy one": the word is what the pick
lacks), a tie ("the short one" when two options say "short"), nor picks the reply makes for someone else (those
are blanked before, by :func:`agents.offline.picks.own_pick`).
"""

from __future__ import annotations

import re

#: "the shady one", "I'll go with the outdoor one", "ok the six-week one pls", "lol the blankets one".
_ONE_RE = re.compile(
    r"^\W*(?:(?:ok|okay|so|hmm+|lol|yeah|oh|then|right)[,!.]?\s+)*"
    r"(?:(?:i'?ll|i will|i'?m gonna|gonna|let'?s|we'?ll)\s+(?:go with|take|do|try|pick|choose)\s+)?"
    r"the\s+(?P<words>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:one|option)"
    r"(?:\s+(?:please|pls|plz|then|for me|for sure|i think|i guess|sounds good|looks good))?\W*$",
    re.IGNORECASE,
)
#: "salomons it is", "ok the lido it is then": a name, then "it is".
_IT_IS_RE = re.compile(
    r"^\W*(?:(?:ok|okay|so|hmm+|lol|yeah|right|fine)[,!.]?\s+)*(?:the\s+)?(?P<words>[\w'-]+(?:\s+[\w'-]+)?)"
    r"\s+it\s+is(?:\s+then)?\W*$",
    re.IGNORECASE,
)
#: "Not the downturned one.", "def not the loud option": a segment that turns one option down by a word of it.
_NOT_ONE_RE = re.compile(
    r"^\W*(?:(?:def|definitely|defo|deffo|deffinitly|definately|but|and|just|so|oh|ok|okay|hmm+)[,!.]?\s+)*"
    r"(?:not|never)\s+the\s+(?P<words>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:one|option)(?:\s+(?:pls|please|tho|though))?\W*$",
    re.IGNORECASE,
)
#: Words that say how much, not what: "the least stuffy one" picks what lacks the word.
_DEGREE = frozenset(["least", "less", "lesser", "fewer", "not", "non", "no", "without"])
_EMPTY = frozenset(["the", "a", "an", "one", "option", "other", "same", "it"])
_SPLIT_RE = re.compile(r"(?<=[.!?;,])\s+|\s+-\s+")
_SUFFIXES = ("iest", "ies", "ied", "ier", "ing", "est", "ed", "es", "er", "ly", "y", "s", "e")
STEM_LETTERS = 4  # a stem this long may name a longer word it starts ("salomon" in "salomons")


def stem(word: str) -> str:
    """A word without one common ending: "shady", "shaded", "shade" -> "shad"; "weeks" -> "week"."""
    low = word.lower().strip("'")
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)]
    return low


def _stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 or w.isdigit()}


def _meets(said: str, own: set[str]) -> bool:
    return said in own or (len(said) >= STEM_LETTERS and any(o.startswith(said) or said.startswith(o) for o in own))


def _one_option(words: str, options: list[str]) -> int | None:
    """The option whose stems meet the most content words said (one at least, more than any other), or None."""
    said = [stem(w) for w in re.findall(r"[a-z0-9]+", words.lower()) if w not in _EMPTY]
    if not said or any(w in _DEGREE for w in re.findall(r"[a-z]+", words.lower())):
        return None
    scores = sorted(((sum(_meets(w, _stems(o)) for w in said), i) for i, o in enumerate(options)), reverse=True)
    (best, i), (second, _) = scores[0], scores[1]
    return i if best >= 1 and best > second else None


def described_pick(text: str, options: list[str]) -> int | None:
    """The option a segment of the reply picks by a word of its description ("the shady one", "salomons it
    is"), or None. Segments with a question mark pick nothing."""
    if len(options) < 2:
        return None
    for segment in _SPLIT_RE.split(text.strip()):
        if "?" in segment:
            continue
        m = _ONE_RE.match(segment) or _IT_IS_RE.match(segment)
        if m is not None and (i := _one_option(m.group("words"), options)) is not None:
            return i
    return None


def described_rejections(text: str, options: list[str]) -> list[int]:
    """Options a segment of the reply turns down by a word of their description ("Not the downturned one."), in
    order; none for a segment with a question mark."""
    out: list[int] = []
    for segment in _SPLIT_RE.split(text.strip()):
        m = _NOT_ONE_RE.match(segment) if "?" not in segment and len(options) >= 2 else None
        if m is not None and (i := _one_option(m.group("words"), options)) is not None and i not in out:
            out.append(i)
    return out


#: "Kachina Trail - shaded, forested, 10 mi out-and-back": a name, a dash, then what it is.
_DASHED_RE = re.compile(r"^(?P<name>.{2,60}?)\s+[-\u2013\u2014]\s+(?P<rest>\S.*)$")
_COUNTED_RE = re.compile(
    r"[$€£]|/mo\b|\bper (?:month|year|night)\b|^\W*\d[\d.,]*\s*(?:mi|miles?|km|m|min|mins|minutes|hours?|hrs?|h|"
    r"pm|am)?\W*$|\b\d[\d.,]*\s*(?:mi|miles?|km|min|mins|minutes|hours?|hrs?)\b",
    re.IGNORECASE,
)


def option_phrase(option: str) -> str:
    """An option worded as a name with its qualities in brackets, without numbers and prices: "Kachina Trail -
    shaded, forested, 10 mi out-and-back" -> "Kachina Trail (shaded, forested)"; an option without a dash as it
    is."""
    m = _DASHED_RE.match(option.strip())
    if m is None:
        return option
    qualities = [q.strip() for q in re.split(r",\s*|;\s*", m.group("rest")) if q.strip()]
    kept = [q for q in qualities if not _COUNTED_RE.search(q)]
    return f"{m.group('name').strip()} ({', '.join(kept)})" if kept else m.group("name").strip()
