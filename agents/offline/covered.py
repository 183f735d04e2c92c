"""Whether a clause says what a draft already says: the words they share, compared by their first five letters.

The learned reader's path asks it before wording a clause no rule worded, and the default path before adding an
everyday phrasing beside the rules' drafts: a clause whose words a draft holds would only say it again.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft

_WORD_RE = re.compile(r"[a-z][a-z'-]{3,}")
_NUMBER_RE = re.compile(r"\d+(?:[.,']\d+)*")  # "I'm 6'4": the rules' "Is 6'4\" tall" said it


def stems(text: str) -> set[str]:
    """Words of four letters or more, cut to five, and numbers: "explainations" and "explanations", "checklist"
    and "checklists" meet (a trailing "s" is kept: cutting it cost tune a label)."""
    return {w[:5] for w in _WORD_RE.findall(text.lower())} | set(_NUMBER_RE.findall(text))


def covered(clause: str, drafts: list[Draft]) -> bool:
    """A draft shares a word (or a number) with ``clause``."""
    words = stems(clause)
    return any(words & stems(f"{d.text} {d.subject}") for d in drafts)
