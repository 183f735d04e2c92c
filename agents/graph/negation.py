"""One memory saying the other is not so: "Doesn't drink coffee" against "Drinks coffee every morning", "Is not a
morning person" against "Is a morning person", "Has no car" against "Has a car".

Kinds alone do not tell: both of the first pair are filed as what the user does, and a cosine of the two texts is
high exactly because they name the same thing. A negation flips an item when the negated statement's words, less
the negation, are all in the other one ("drink coffee" in "drinks coffee every morning"); "Doesn't eat gluten"
does not flip "Is allergic to gluten" (no "eat" there), nor does "Avoids gluten" (a limit, not a negation).
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
