"""Picks by a property the options state: "the cheapest", "the quieter one", "Newest." among options with years.

:func:`by_attribute` maps a superlative or comparative to the one option whose text carries the matching
attribute words ("cheap"); where no option or several carry them, a price or a length of time stated once in every
option decides ("whatever is cheapest" among "€45", "€120", "€95"; "the quickest" among "15 minutes", "1 hour").
"""

from __future__ import annotations

import re

#: (what the user says, what the option must say) per property; the user's word picks the option with the words.
_PROPERTIES: tuple[tuple[str, str], ...] = (
    (
        r"priciest|most expensive|pricier|more expensive|fanciest",
        r"expensive|pricey|priciest|highest (?:premium|price)",
    ),
    (
        r"cheapest|cheaper|least expensive|most affordable|budget",
        r"cheap|cheapest|cheaper|budget|lowest (?:premium|price)",
    ),
    (r"quietest|quieter|quiet", r"quiet|calm|peaceful"),
    (r"loudest|louder|liveliest|livelier", r"loud|lively|noisy|buzzing"),
    (r"closest|closer|nearest|nearer", r"close|closest|near|nearby|nearest|walking distance"),
    (r"farthest|furthest", r"far|farthest|furthest|remote"),
    (r"smallest|smaller|most compact|tiniest", r"small|smallest|compact|tiny|mini"),
    (r"biggest|bigger|largest|larger", r"big|biggest|large|largest|huge"),
    (r"easiest|easier|simplest|simpler", r"easy|easiest|easier|simple|simplest|beginner|beginners"),
    (r"hardest|harder|toughest|tougher", r"hard|hardest|tough|toughest|advanced|challenging"),
    (r"quickest|quicker|fastest|faster", r"quick|quickest|fast|fastest|minutes"),
    (r"lightest|lighter", r"light|lightest|lightweight"),
    (r"heaviest|heavier", r"heavy|heaviest"),
    (r"shortest|shorter", r"short|shortest"),
    (r"longest|longer", r"long|longest"),
    (r"healthiest|healthier", r"healthy|healthiest|light"),
    (r"spiciest|spicier|hottest", r"spicy|spiciest|hot|fiery"),
    (r"mildest|milder", r"mild|mildest"),
)
_YEARS = {
    "newest": True,
    "latest": True,
    "most recent": True,
    "oldest": False,
    "earliest": False,
}  # True: the last year

_WORDS = "|".join([p for p, _ in _PROPERTIES] + list(_YEARS))
#: The whole segment is the property: "the cheapest", "Newest.", "the quieter one please", "closest one then".
_ATTRIBUTE_RE = re.compile(
    r"^\W*(?:(?:ok|okay|so|hmm|then|yeah|just)[,!.]?\s+)?(?:(?:whatever|whichever)(?:'s|\s+is|\s+one is)\s+)?"
    r"(?:the\s+)?(?P<w>" + _WORDS + r")"
    r"(?:\s+(?:one|option|choice|pick))?(?:\s+(?:please|pls|then|for me|it is|sounds good|i guess))?\W*$",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
#: A price an option states: "$45", "€1,200", "45 euros", "£9.99/mo".
_PRICE_RE = re.compile(
    r"[$€£]\s?(?P<a>\d[\d,]*(?:\.\d+)?)|(?P<b>\d[\d,]*(?:\.\d+)?)\s?(?:dollars|euros|pounds|usd|eur|gbp|bucks)\b",
    re.IGNORECASE,
)
#: A length of time an option states: "15 minutes", "1 hour", "2 hrs".
_TIME_RE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s?(?P<u>min(?:ute)?s?|h(?:ou)?rs?|hours?|h)\b", re.IGNORECASE)
#: Per amount an option may state: the user's words that pick the least of it, and those that pick the most.
_AMOUNTS = {
    "price": (
        r"cheapest|cheaper|least expensive|most affordable|budget",
        r"priciest|most expensive|pricier|more expensive",
    ),
    "time": (r"quickest|quicker|fastest|faster|shortest|shorter", r"longest|longer"),
}


def _amount(option: str, what: str) -> float | None:
    """The one price or length of time (in minutes) ``option`` states, or None."""
    if what == "price":
        found = [float((m.group("a") or m.group("b")).replace(",", "")) for m in _PRICE_RE.finditer(option)]
    else:
        found = [
            float(m.group("n")) * (60 if m.group("u").lower().startswith("h") else 1) for m in _TIME_RE.finditer(option)
        ]
    return found[0] if len(found) == 1 else None


def _amount_pick(said: str, options: list[str]) -> int | None:
    """The option with the least or most of a stated amount ("the cheapest" among "$45", "$120", "$95")."""
    for what, (least, most) in _AMOUNTS.items():
        largest = re.fullmatch(most, said) is not None
        if not (largest or re.fullmatch(least, said)):
            continue
        amounts = [_amount(o, what) for o in options]
        if any(a is None for a in amounts):
            return None
        known = [a for a in amounts if a is not None]
        best = max(known) if largest else min(known)
        return known.index(best) if known.count(best) == 1 else None
    return None


def _year_pick(options: list[str], *, newest: bool) -> int | None:
    years: list[int] = []
    for option in options:
        found = _YEAR_RE.findall(option)
        if len(found) != 1:
            return None  # every option states one year, or the years say nothing
        years.append(int(found[0]))
    best = max(years) if newest else min(years)
    return years.index(best) if years.count(best) == 1 else None


def by_attribute(segment: str, options: list[str]) -> int | None:
    """The option a segment that is only a superlative or comparative picks ("the cheapest", "Newest."), or None:
    exactly one option must state the property."""
    m = _ATTRIBUTE_RE.match(segment.strip())
    if m is None or len(options) < 2 or "?" in segment:
        return None
    said = m.group("w").lower()
    if said in _YEARS:
        return _year_pick(options, newest=_YEARS[said])
    for user, stated in _PROPERTIES:
        if re.fullmatch(user, said):
            carriers = [i for i, o in enumerate(options) if re.search(rf"\b(?:{stated})\b", o, re.IGNORECASE)]
            return carriers[0] if len(carriers) == 1 else _amount_pick(said, options)
    return None
