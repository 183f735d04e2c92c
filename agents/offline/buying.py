"""How the user buys, pays and keeps house, said as a habit: "I wait for sales" (Waits for sales), "I buy most of my
clothes secondhand" (Buys most of their clothes secondhand), "I shop at Aldi", "I bank with Monzo", "I always pay by
card", "I cook everything from scratch"; where the money goes: "I splurge on shoes", "I never skimp on a good
mattress", "I'm happy to pay more for quality", "I'm cheap when it comes to clothes" (Spends little on clothes; "I
don't spend much on X" is the habit rules' constraint).

A habit of the user's own, said in the present: not a question, a hypothetical or a plan ("I should buy used"),
someone else's, or one purchase ("I bought it secondhand", "I'll pay by card this time"). A preference: it bears on
what is suggested (a shop, a price, a payment, a recipe). Written for issue 13's twenty-eighth pass; hooked into
:func:`agents.offline.reader.read_parts`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft, said
from agents.offline.normalize import capitalize, third_person
from memory.types import MemoryKind

_ME = r"^\W*(?:(?:honestly|also|and|so|btw|fyi|well|yeah|tbh),?\s+)*(?:i|I)"
_I = _ME + r"\s+"
_OFTEN = r"(?:(?:always|usually|mostly|generally|only|normally|typically|just)\s+)?"
_HOW = (
    r"secondhand|second-hand|second hand|used|refurbished|refurb|in bulk|online|locally|local|organic|on sale|"
    r"off-brand|store brand|vintage|from charity shops|from thrift stores|at thrift stores|from the farmers market"
)
#: "I'm trying to buy all my clothes secondhand this year": a way of buying taken up (not "trying to buy a sofa").
_TRYING = r"^\W*(?:i|I)(?:'m|\s+am)\s+(?:really\s+)?trying\s+to\s+"
_BUYS_RE = re.compile(
    rf"(?:{_I}|{_TRYING}){_OFTEN}(?:buy|get)\s+(?P<what>(?:(?:pretty much\s+|almost\s+|nearly\s+)?(?:most|all|some)\s+"
    rf"(?:of\s+)?)?(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+|(?:everything|most things|almost everything)\s+)?"
    rf"(?P<how>{_HOW})\s*(?:[,.!;]|$|\s+(?:if|when|where|because|whenever|now|these days|nowadays|this year)\b)",
    re.IGNORECASE,
)
_WAITS_RE = re.compile(
    rf"{_I}{_OFTEN}wait\s+for\s+(?P<x>(?:the\s+)?sales|a sale|discounts|deals|reviews)"
    r"(?P<before>\s+before\s+(?:buying|i buy)(?:\s+anything)?)?\s*(?:[,.!;]|$)",
    re.IGNORECASE,
)
_NAME = r"(?-i:[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)?)"
_SHOPS_RE = re.compile(
    rf"{_I}{_OFTEN}(?:shop|do (?:my|our|the) (?:food |grocery )?shopping|get (?:my|our) groceries)\s+(?:at|in)\s+"
    rf"(?P<x>{_NAME})\s*(?:[,.!;]|$|\s+(?:mostly|because|since|now)\b)",
    re.IGNORECASE,
)
_BANKS_RE = re.compile(rf"{_I}{_OFTEN}bank\s+with\s+(?P<x>{_NAME})\s*(?:[,.!;]|$)", re.IGNORECASE)
_PAYS_RE = re.compile(
    rf"{_I}{_OFTEN}pay\s+(?:(?:by|with|in)\s+)?(?P<x>card|cash|credit card|debit card|apple pay|google pay|"
    r"paypal|contactless)\s*(?:[,.!;]|$|\s+(?:everywhere|for everything|whenever|wherever|if)\b)",
    re.IGNORECASE,
)
_SCRATCH_RE = re.compile(
    rf"{_I}{_OFTEN}(?:cook|bake|make)\s+(?:everything|most things|all (?:my|our) (?:meals|food)|most of (?:my|our) "
    r"(?:meals|food))\s+from\s+scratch\b",
    re.IGNORECASE,
)
#: Where the money goes: "I splurge on shoes", "I never skimp on a good mattress", "I'm happy to pay more for
#: quality", "I don't mind paying extra for direct flights", "I'm cheap when it comes to clothes".
_X = r"(?P<x>[a-z][\w' -]{1,40}?)\s*(?:[,.!;]|$|\s+(?:though|tho|but|because|since|so|if)\b)"
_MORE = r"(?:more|extra|a bit more|a premium)"
_SPENDS_RE = re.compile(
    rf"{_ME}(?:\s+(?P<splurge>(?:always\s+|usually\s+|happily\s+)?splurge\s+on)|"
    r"\s+(?P<skimp>(?:never|don'?t|do not)\s+(?:ever\s+)?(?:skimp|cheap out|scrimp)\s+on)|"
    rf"(?P<more>(?:'m|\s*am)\s+(?:always\s+)?(?:happy|willing|glad|fine|ok|okay)\s+to\s+pay\s+{_MORE}\s+for|"
    rf"\s+don'?t\s+mind\s+paying\s+{_MORE}\s+for|(?:'d|'ll|\s+will)\s+(?:always\s+|happily\s+)?pay\s+{_MORE}\s+for)|"
    r"(?P<cheap>(?:'m|\s*am)\s+(?:pretty\s+|really\s+|super\s+|very\s+)?(?:cheap|stingy|frugal|thrifty)\s+"
    r"(?:when it comes to|about|on)))\s+" + _X,
    re.IGNORECASE,
)
_SPENDS = (
    ("splurge", "Splurges on"),
    ("skimp", "Never skimps on"),
    ("more", "Is willing to pay more for"),
    ("cheap", "Spends little on"),
)
_ONCE_RE = re.compile(
    r"\?|\b(?:this time|today|tonight|tomorrow|this (?:week|month|year)|for this|for it|should|would|could|might|"
    r"going to|gonna|want to|thinking of)\b|^\W*(?:if|when|once)\b",
    re.IGNORECASE,
)


def buying_habit(sentence: str) -> Draft | None:
    """The habit of buying, paying or cooking that ``sentence`` says the user keeps."""
    resolved = re.match(_TRYING, sentence) is not None  # "I'm trying to buy ... this year": a resolution, kept
    if _ONCE_RE.search(re.sub(r"\bthis year\b", "", sentence) if resolved else sentence):
        return None
    if (m := _BUYS_RE.match(sentence)) is not None:
        what = third_person(re.sub(r"^(?:pretty much|almost|nearly) ", "", (m.group("what") or "").strip()))
        how = m.group("how").lower().replace("second hand", "secondhand").replace("second-hand", "secondhand")
        return _draft(f"Buys {what + ' ' if what else ''}{how}", f"buys {how}")
    if (m := _WAITS_RE.match(sentence)) is not None:
        before = " before buying" if m.group("before") else ""
        return _draft(f"Waits for {m.group('x').lower()}{before}", f"waits for {m.group('x').lower()}")
    if (m := _SHOPS_RE.match(sentence)) is not None:
        return _draft(f"Shops at {m.group('x')}", f"shops at {m.group('x')}")
    if (m := _BANKS_RE.match(sentence)) is not None:
        return said(f"Banks with {m.group('x')}", MemoryKind.fact, "bank")
    if (m := _PAYS_RE.match(sentence)) is not None:
        x = m.group("x").lower()
        x = {"apple pay": "Apple Pay", "google pay": "Google Pay", "paypal": "PayPal"}.get(x, x)
        verb = "Pays by" if x in ("card", "credit card", "debit card") else "Pays with" if x != "cash" else "Pays in"
        return _draft(f"{verb} {x}", "payment")
    if (m := _SPENDS_RE.match(sentence)) is not None:
        x = third_person(m.group("x").strip().lower())
        lead = next(text for group, text in _SPENDS if m.group(group))
        return _draft(f"{lead} {x}", f"spending on {x}")
    if _SCRATCH_RE.match(sentence):
        return _draft("Cooks from scratch", "cooks from scratch")
    return None


def _draft(text: str, subject: str) -> Draft:
    return said(capitalize(text), MemoryKind.preference, subject)
