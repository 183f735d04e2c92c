"""How two memory texts relate beyond their cosine, which is high exactly when they name the same thing:

- one negates the other: "Doesn't drink coffee" against "Drinks coffee every morning", "Is not a morning person"
  against "Is a morning person", "Has no car" against "Has a car". Kinds alone do not tell (both of the first pair
  are filed as what the user does). A negation counts when the negated statement's words, less the negation, are
  all in the other one; "Doesn't eat gluten" does not negate "Is allergic to gluten" (no "eat" there), nor does
  "Avoids gluten" (a limit, not a negation);
- one swaps a scale's end for the other: "Prefers aisle seats" / "Prefers window seats";
- one covers what the other names: "Loves hiking in the Alps" covers "Enjoys hiking"; "Likes dark chocolate" does
  not cover "Likes milk chocolate".
"""

from __future__ import annotations

import re

_NEGATION_RE = re.compile(
    r"^(?:doesn't|does not|doesnt|isn't|is not|isnt|no longer|never|can't|cannot|can no longer|won't|will not|"
    r"has no|has not|hasn't|does no|not)\b\s*",
    re.IGNORECASE,
)
_FILLER = frozenset(
    "a an the to of their them they any is are be does do has have one some at all".split()  # noqa: SIM905
)


def _words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower())
    return {_stem(w) for w in words if w not in _FILLER}


def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("es") and word[-3] in "shxz":
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def negates(a: str, b: str) -> bool:
    """Whether one of the two texts says the other is not so."""
    na, nb = _NEGATION_RE.match(a), _NEGATION_RE.match(b)
    if bool(na) == bool(nb):
        return False
    negated, other = (a[na.end() :], b) if na else (b[nb.end() :] if nb else b, a)
    core = _words(negated)
    return bool(core) and core <= _words(other)


#: Words of one scale whose ends a user swaps when they change their mind ("short answers" -> "detailed answers").
_SCALES = (
    ("short", "long", "detailed", "lengthy", "thorough", "in-depth"),
    ("brief", "long", "detailed", "lengthy", "thorough", "in-depth"),
    ("concise", "long", "detailed", "lengthy", "thorough", "in-depth", "verbose", "wordy"),
    ("formal", "casual", "informal", "relaxed", "friendly"),
    ("mild", "spicy", "hot"),
    ("quiet", "loud", "lively", "busy", "noisy"),
    ("early", "late"),
    ("morning", "evening", "night"),
    ("cheap", "expensive", "pricey", "luxury"),
    ("budget", "luxury", "premium"),
    ("simple", "complex", "technical", "advanced"),
    ("beginner", "advanced", "expert"),
    ("sweet", "dry"),
    ("window", "aisle"),
    ("light", "dark"),
    ("metric", "imperial"),
)
_OTHER: dict[str, set[str]] = {}
for _low, *_highs in _SCALES:
    for _high in _highs:
        _OTHER.setdefault(_low, set()).add(_high)
        _OTHER.setdefault(_high, set()).add(_low)


def opposes(a: str, b: str) -> bool:
    """Whether the two texts say the same thing but for one end of a scale swapped for the other: "Prefers short,
    concise answers" / "Prefers detailed answers", "Likes mild curries" / "Likes spicy curries" (not "Prefers
    short flights" / "Prefers long answers": more than the scale differs)."""
    wa, wb = _words(a), _words(b)
    only_a, only_b = wa - wb, wb - wa
    if not only_a or not only_b or not (wa & wb):
        return False
    swapped_a = {x for x in only_a if _OTHER.get(x, set()) & only_b}
    swapped_b = {y for y in only_b if _OTHER.get(y, set()) & only_a}
    return bool(swapped_a) and swapped_a == only_a and swapped_b == only_b


#: Words that say how much the user likes something, not what: "Loves hiking" restates "Enjoys hiking".
_HOW_MUCH = frozenset(
    "like love enjoy prefer want adore really very big fan into favorite favourite huge always usually".split()  # noqa: SIM905
)


def covers(a: str, b: str) -> bool:
    """Whether every word of ``b`` that names something is in ``a``: "Loves hiking in the Alps" covers "Enjoys
    hiking"; "Likes dark chocolate" does not cover "Likes milk chocolate"."""
    return _words(b) - _HOW_MUCH <= _words(a) - _HOW_MUCH
