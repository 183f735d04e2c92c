"""How the user takes a drink or a dish, said as a list: "tea, no sugar, always", "coffee: black", "eggs: over easy".

Read by :func:`orders` (for :mod:`agents.offline.profile_lines`, on the items of a line): a drink and one or two
ways of taking it ("tea, no sugar" -> Takes tea without sugar; "coffee black, always" -> Takes coffee black;
"latte: oat milk" -> Takes latte with oat milk), or a dish and how it is done ("steak, medium rare" -> Likes
steak medium rare). "always", "every time" and "no exceptions" may stand beside them.

Refused (None): a question ("coffee, black?"), a drink or a dish with any other item ("coffee, black, nurse"),
a way not in the closed list ("tea, with cream") and a drink or dish alone ("coffee"). A one-off
("coffee, no sugar, today") never gets here: :mod:`agents.offline.profile_lines` refuses it first.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.profile_items import fact
from memory.types import MemoryKind

#: How a drink is taken, said of the drink: "tea, no sugar", "coffee: black", "coffee black, always".
DRINKS = r"coffee|tea|black tea|green tea|latte|cappuccino|espresso|americano|flat white|chai|matcha|cocoa"
_WAYS = (
    r"black|no sugar|without sugar|sugar-free|unsweetened|no milk|without milk|with milk|oat milk|with oat milk|"
    r"almond milk|soy milk|with honey|with lemon|decaf|iced|extra hot|strong|weak|milk no sugar|"
    r"(?:milk and |with milk and )?(?:one|two|1|2) sugars?|splash of milk|with a splash of milk|sweet"
)
_DRINK_RE = re.compile(rf"^(?P<d>{DRINKS})\s*[:,-]?\s*(?P<w>(?:{_WAYS})(?:\s*,?\s*(?:{_WAYS}))?)$", re.I)
DISHES = r"eggs|steak|burgers?|toast|pasta|rice"
_DONE = (
    r"over easy|over medium|over hard|scrambled|sunny side up|sunny-side up|poached|runny|soft-boiled|hard-boiled|"
    r"rare|medium rare|medium-rare|medium|medium well|well done|well-done|blue|al dente|lightly toasted|dark"
)
_DISH_RE = re.compile(rf"^(?P<d>{DISHES})\s*[:,-]?\s*(?P<w>{_DONE})$", re.IGNORECASE)
_ALWAYS_RE = re.compile(r"^(?:always|every time|everytime|always always|no exceptions|forever)$", re.IGNORECASE)


def _taken(drink: str, ways: str) -> Draft:
    """ "tea", "no sugar": Takes tea without sugar."""
    parts = [w.strip().lower() for w in re.split(r"\s*,\s*|\s+(?=no\b|with\b|without\b)", ways) if w.strip()]
    worded = []
    for w in parts:
        w = re.sub(r"^no\s+", "without ", w)
        plain = re.match(r"(?:without|with|black|decaf|iced|extra|strong|weak|sweet|unsweetened|sugar-free)\b", w)
        w = w if plain else f"with {w}"
        worded.append(w)
    text = f"Takes {drink.lower()} {' and '.join(worded)}"
    return fact(text, drink, MemoryKind.preference, "food")


def orders(items: list[str], *, question: bool) -> list[Draft] | None:
    """How the user takes a drink or a dish: "tea, no sugar, always", "coffee: black", "eggs: over easy"."""
    if question:
        return None
    joined = ", ".join(i for i in items if not _ALWAYS_RE.match(i))
    if (m := _DRINK_RE.match(joined)) is not None:
        return [_taken(m.group("d"), m.group("w"))]
    if (m := _DISH_RE.match(joined)) is not None:
        return [fact(f"Likes {m.group('d').lower()} {m.group('w').lower()}", m.group("d"), MemoryKind.preference)]
    return None
