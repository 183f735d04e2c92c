"""Misspelled key words put right before the rules read a turn: "i perfer short replys", "i have a peanut alergy",
"im lactose intolerent", "i am diabetc" (issue 13: typos are one of the voices the rules must read).

Only the words the rules anchor on are corrected (:data:`KEYS`: taste verbs, diets, allergies and conditions,
words about answers, a few adverbs), and only a word that is no English word: one the embedding model's
vocabulary (its ~30k word pieces, installed with tacit) does not hold. A word is put right when exactly one key
word is one edit away (a letter added, dropped, changed, or two letters swapped), with the same first letter,
and the word is not that key with an ending ("coffees"). So "rally", "lover" and "fiber" stay as they are, and "realy",
"prefre" and "recipies" are read as "really", "prefer" and "recipes". Without the model's vocabulary (its package
not installed) nothing is corrected.
"""

from __future__ import annotations

import re
from functools import lru_cache

_KEY_WORDS = """
prefer prefers preferred preference preferably really definitely absolutely honestly usually always never
dislike dislikes enjoy enjoys favorite favourite favorites favourites because something anything everything
nothing especially probably actually seriously literally totally basically allergy allergies allergic intolerant
intolerance diabetic diabetes vegetarian vegan pescatarian gluten lactose dairy celiac coeliac peanut peanuts
shellfish seafood kosher halal spicy sensitive sensitivity pregnant wheelchair arthritis asthma migraine
migraines anxiety eczema recipe recipes replies reply answers answer explanation explanations explain explaining
detailed details concise shorter simple simpler bullet bullets points formal casual examples example beginner
intermediate advanced experience experienced comfortable uncomfortable apartment neighbor neighbour weekend
weekends morning mornings evening evenings restaurant restaurants vegetables breakfast careful carefully please
budget cheaper expensive quiet quieter crowds crowded tomatoes potatoes chocolate coffee cheese mushrooms onions
garlic cilantro avocado medication medicine doctor hospital children daughter husband boyfriend girlfriend
grandmother grandfather language english spanish french german italian japanese chinese vegetarians vegans
allergens ingredients lactase religious
"""
KEYS = frozenset(_KEY_WORDS.split())
_ENDINGS = ("s", "es", "d", "ed", "r", "er", "st", "est", "y", "ly", "ing")
_WORD_RE = re.compile(r"(?<![\w'-])[A-Za-z]{4,}(?![\w'-])")
_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _k in sorted(KEYS):
    _BY_FIRST[_k[0]] = (*_BY_FIRST.get(_k[0], ()), _k)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """English words: the embedding model's whole-word pieces (empty when the bundled model is not installed)."""
    try:
        from memory.embedding.sentence_transformer import bundled_model_path

        vocab = (bundled_model_path() / "vocab.txt").read_text(encoding="utf-8").split()
    except (OSError, ImportError, ValueError, Exception):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha())


def edits(a: str, b: str, limit: int) -> int:
    """Edits from ``a`` to ``b`` (a letter added, dropped, changed, or two neighbours swapped), or ``limit + 1``
    once more than ``limit`` are needed. Also used by :mod:`agents.offline.picks` for an option named with a typo."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        prev2, prev = prev, row
    return prev[-1]


@lru_cache(maxsize=4096)
def corrected(word: str) -> str | None:
    """The key word ``word`` (lower case) misspells, or None."""
    if word in KEYS or word in _known() or not _known():
        return None
    if word.endswith("ys") and (plural := word[:-2] + "ies") in KEYS:
        return plural  # "replys", "allergys"
    if _inflected(word):
        return None
    same_first = _BY_FIRST.get(word[0], ())
    if any(word == k + end for k in same_first if word.startswith(k) for end in _ENDINGS):
        return None  # "coffees", "cheesy": a key with an ending, not a misspelling
    near = [k for k in same_first if edits(word, k, 1) == 1]  # not 0: the word is no key
    if len(near) > 1:  # "realy": really (a letter dropped) rather than reply (a letter changed)
        near = [k for k in near if _within(word, k)]
    return near[0] if len(near) == 1 else None


#: Endings of English words whose stem the vocabulary holds: "shorten" (short), "bookings" (booking).
_SUFFIXES = ("s", "es", "ed", "d", "ing", "en", "er", "est", "ly", "ness", "ment", "able", "ful", "less")


def _inflected(word: str) -> bool:
    """A real word the vocabulary lacks, made of a word it holds and an ending ("shorten", "hikeable")."""
    known = _known()
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        doubled = len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known  # "shopping"
        if word.endswith(suffix) and len(stem) >= 4 and (stem in known or stem + "e" in known or doubled):
            return True
    return False


def _within(short: str, long: str) -> bool:
    """``short``'s letters appear in ``long`` in order (a letter of ``long`` was dropped)."""
    letters = iter(long)
    return len(short) < len(long) and all(c in letters for c in short)


def respell(text: str) -> str:
    """``text`` with its misspelled key words put right (the first letter's case kept)."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        right = corrected(word.lower())
        if right is None:
            return word
        return right[:1].upper() + right[1:] if word[:1].isupper() else right

    return _WORD_RE.sub(fix, text)
