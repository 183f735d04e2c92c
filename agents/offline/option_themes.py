"""What the options passed over share and the pick lacks: "pixel art" in two options of three not picked.

Reads the options of the previous assistant turn (:func:`agents.offline.options.parse_options`) and the index the
user picked; words a weak dislike ("Avoids options involving pixel art"). Must not read a word that the pick also
has, a word of the user's own request (``query``: what every option is about), a generic word
(:data:`agents.offline.lexicon.THEME_GENERIC`), or a word only one passed-over option has.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from agents.offline.normalize import join_text
from memory.types import MemoryKind, MemorySource

THEME = 0.5  # confidence of what the passed-over options share


def _tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower())
    return [_singular(w) for w in words]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def rejected_theme(options: list[str], index: int, query: str = "") -> Draft | None:
    """What the options passed over share and the pick lacks ("pixel art" in three of them): a weak dislike."""
    rejected = [o for i, o in enumerate(options) if i != index]
    excluded = set(_tokens(options[index])) | set(_tokens(query)) | lx.THEME_GENERIC
    counts: dict[str, int] = {}
    for option in rejected:
        toks = _tokens(option)
        grams: set[str] = set()
        for n in (1, 2, 3):
            for j in range(len(toks) - n + 1):
                words = toks[j : j + n]
                if (
                    words[0] in lx.OPTION_STOPWORDS
                    or words[-1] in lx.OPTION_STOPWORDS
                    or any(w in excluded or len(w) < 3 for w in words)
                ):
                    continue
                grams.add(" ".join(words))
        for gram in grams:
            counts[gram] = counts.get(gram, 0) + 1
    need = 2  # by two options passed over at least: one alone shares nothing
    ranked = sorted(((c, len(g.split()), g) for g, c in counts.items() if c >= need), reverse=True)
    if not ranked:
        return None
    theme = ranked[0][2]
    return Draft(join_text("Avoids options involving", theme), MemoryKind.dislike, theme, THEME, MemorySource.implicit)
