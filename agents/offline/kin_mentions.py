"""Family the user has, named only in passing while saying something else (issue 13, session 18).

Read: a relative of the user's own, named with "my" as the owner of an occasion or of family ("my girlfriend's
birthday is coming up": Has a girlfriend; "at my fiancée's parents' farm": Is engaged), as the one who gave the
user something ("My grandson gave me for my birthday a Rubik cube": Has a grandson; "my daughter got me this
mug"), or as the user's company ("me and my husband are doing a cooking class", "my wife and I go every
year": Has a wife); and children named by the evening routine that only a parent has ("after the kids are in bed",
"once the kids are asleep": Has children).

Not read: a relative's things ("my son's stuffed bunny is missing", "my wife's budget for shoes": about them, not
the user), someone else's relative ("my friend's girlfriend's birthday", "her husband's car"), one who is gone or
not (yet) the user's ("my ex-wife's house", "my late husband's watch", "my future wife", "if my girlfriend's
parents ..."), a relative whose taste the sentence is about ("my wife's favourite is opera": the taste is hers,
and the turn teaches nothing of the user), a partner ("my partner's family": the labelled sets seldom keep it),
and parents or siblings (every user has had them). A relative already named by the sentence's drafts ("Son has
a nut allergy", "Has a 10-year-old son") is not said again. Hooked into :func:`agents.offline.implied.implied`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft
from agents.offline.health import fact

#: The relatives whose naming says the user has one, and how the memory says it.
_HAS = {
    "grandson": "Has a grandson",
    "granddaughter": "Has a granddaughter",
    "grandkid": "Has a grandchild",
    "grandkids": "Has grandchildren",
    "grandchild": "Has a grandchild",
    "grandchildren": "Has grandchildren",
    "girlfriend": "Has a girlfriend",
    "gf": "Has a girlfriend",
    "boyfriend": "Has a boyfriend",
    "bf": "Has a boyfriend",
    "fiance": "Is engaged",
    "fiancé": "Is engaged",
    "fiancee": "Is engaged",
    "fiancée": "Is engaged",
    "wife": "Has a wife",
    "husband": "Has a husband",
    "hubby": "Has a husband",
    "son": "Has a son",
    "daughter": "Has a daughter",
    "kids": "Has children",
    "children": "Has children",
}
_KIN = (
    r"grand(?:son|daughter|kids?|child(?:ren)?)|girlfriend|boyfriend|gf|bf|fianc[eé]e?|wife|husband|hubby|son|"
    r"daughter|kids|children"
)
#: What of a relative's names them as the user's own family: their occasions and their family ("my girlfriend's
#: birthday", "my fiancée's parents"), not their things ("my son's stuffed bunny", "my wife's budget"), which tell of
#: them, not of the user.
_THEIRS = (
    r"(?:birthday|bday|anniversary|graduation|wedding|party|parents|family|folks|mum|mom|mother|dad|father|"
    r"brother|sister|siblings|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousins?|friends?|hometown)"
)
_OWNER_RE = re.compile(
    rf"(?<![\w'-])my\s+(?P<kin>{_KIN})(?:'s|\u2019s|s'|'|\u2019)\s+(?:[\w-]+\s+)?{_THEIRS}\b",
    re.IGNORECASE,
)
_GIVER_RE = re.compile(
    rf"(?<![\w'-])my\s+(?P<kin>{_KIN})\s+(?:just\s+)?(?:gave|got|bought|made|sent|knitted|gifted)\s+(?:me|us)\b",
    re.IGNORECASE,
)
_COMPANY_RE = re.compile(
    rf"\b(?:me|myself)\s+(?:and|&|n)\s+my\s+(?P<kin>{_KIN})\b|(?<![\w'-])my\s+(?P<kin2>{_KIN})\s+(?:and|&)\s+"
    rf"(?:i|me)\b(?!\s*(?:and|,))",
    re.IGNORECASE,
)
_BEDTIME_RE = re.compile(
    r"\b(?:after|once|when|until|till|before)\s+(?:the|my)\s+(?:kids|children|little ones)\s+(?:are|go|went|have gone"
    r"|get|r)\s+(?:(?:in|to)\s+bed|asleep|down|to sleep)\b",
    re.IGNORECASE,
)
#: The relative is gone, not yet, or not the user's: "my ex-wife's", "my late husband", "if my girlfriend".
_NOT_NOW_RE = re.compile(
    r"\b(?:ex|late|former|future|dead|deceased|would-be|imaginary)[\s-]+$|\bif\b[^,.;]*$|\b(?:would|were)\b[^,.;]*$",
    re.IGNORECASE,
)
_QUOTED_RE = re.compile(r"[\"“”]")
_ASKS_RE = re.compile(
    r"^\W*(?:do|does|did|can|could|would|will|should|is|are|was|were|what|which|where|how|why|who|whose)\b", re.I
)
#: The sentence is about a past, a made-up case, or someone else's children.
_NOT_MINE_RE = re.compile(
    r"\b(?:used to|back when|imagine|pretend|suppose)\b|(?:'s|\u2019s|\bher|\bhis|\btheir)\s+(?:kids|children)\b", re.I
)


def _kin(m: re.Match[str]) -> str:
    return (m.group("kin") or m.groupdict().get("kin2") or "").lower().replace("\u2019", "'")


def kin_mentions(text: str, said: set[str]) -> list[Draft]:
    """The relatives the user has, named in passing in ``text``, where no word of ``said`` (the sentence's drafts'
    words and subjects) names them already: "my girlfriend's birthday is coming up" -> Has a girlfriend."""
    if _QUOTED_RE.search(text) or _NOT_MINE_RE.search(text) or _ASKS_RE.match(text):
        return []  # "does my son's school allow phones?": a question about them
    out: dict[str, str] = {}
    for rx in (_OWNER_RE, _GIVER_RE, _COMPANY_RE):
        for m in rx.finditer(text):
            kin = _kin(m)
            if kin not in _HAS or _NOT_NOW_RE.search(text[: m.start()] + " "):
                continue
            out.setdefault(_HAS[kin], kin)
    bed = _BEDTIME_RE.search(text)
    if bed is not None and not _NOT_NOW_RE.search(text[: bed.start()] + " "):
        out.setdefault("Has children", "kids")
    drafts: list[Draft] = []
    for words, kin in out.items():
        named = {kin, words.split()[-1].lower()} | (
            {"children", "kids", "child", "kid"} if words == "Has children" else set()
        )
        if named & said or (words == "Is engaged" and {"engaged", "wedding", "married"} & said):
            continue
        drafts.append(fact(words, words.split()[-1].lower(), "family").quoted(text))
    return drafts
