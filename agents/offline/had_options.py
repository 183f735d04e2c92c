"""An option the user has already had, named back from the assistant's list (issue 13, session 30): "Try The
Stormlight Archive, Mistborn, ..." - "read mistborn already, loved it" -> Liked Mistborn; "seen breaking bad
already" -> Has already seen Breaking Bad. Before, "read mistborn already" was read as the pick (Prefers Mistborn).

What was had is no pick (:data:`agents.offline.choice.HAD_RE` keeps it out of the choice); it is worth keeping all
the same: the next recommendation should not offer it again, and a verdict on it ("loved it", "hated it") is a
taste. The verdict is read in the segment right after the name, and only about "it" ("loved it").
"""

from __future__ import annotations

import re

from agents.offline.choice import HAD_RE, named_option, split_segments
from agents.offline.described_picks import option_phrase
from agents.offline.drafts import CHOICE, Draft
from agents.offline.normalize import clean_object, join_text, subject_key
from agents.offline.options import strip_filler
from memory.types import MemoryKind, MemorySource

_LIKED_RE = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:i\s+)?(?:really\s+|absolutely\s+|totally\s+)?(?:loved|liked|enjoyed|adored)\s+it\b|"
    r"^\W*(?:it\s+was\s+|it's\s+|was\s+)?(?:great|amazing|awesome|fantastic|brilliant|so good)\W*$",
    re.IGNORECASE,
)
_DISLIKED_RE = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:i\s+)?(?:hated|disliked|didn't like|did not like|couldn't get into|could not get into)"
    r"\s+it\b|^\W*(?:it\s+)?(?:wasn't|was not)\s+(?:for me|my thing|great|good)\b",
    re.IGNORECASE,
)


def had_options(text: str, options: list[str]) -> list[Draft]:
    """What the reply says of options it names as had already, each once (from a list of two or more)."""
    if len(options) < 2:
        return []
    segments = split_segments(text)
    out: list[Draft] = []
    seen: set[int] = set()
    for n, segment in enumerate(segments):
        m = HAD_RE.match(segment) if "?" not in segment else None
        i = named_option(m.group("np"), options, prefix=True) if m is not None else None
        if m is None or i is None or i in seen:
            continue
        seen.add(i)
        name = clean_object(option_phrase(strip_filler(options[i])), max_words=8)
        if len(name) < 2:
            continue
        after = segments[n + 1] if n + 1 < len(segments) else ""
        if _LIKED_RE.search(after):
            text, kind = f"Liked {name}", MemoryKind.preference
        elif _DISLIKED_RE.search(after):
            text, kind = f"Disliked {name}", MemoryKind.dislike
        else:
            text, kind = join_text("Has already", re.sub(r"\s+", " ", m.group("verb").lower()), name), MemoryKind.fact
        out.append(Draft(text, kind, subject_key(name), CHOICE, MemorySource.implicit))
    return out
