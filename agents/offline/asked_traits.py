"""A trait said back to the assistant's "what's your X like?": "super sensitive" after "What's your skin like?" ->
Has super sensitive skin; "tiny" after "What's your kitchen like?" -> Has a tiny kitchen; "very curly and dry"
after "how would you describe your hair?" -> Has very curly and dry hair. And what the user has, said back to
"how much space do you have?" or "what kind of car do you have?": "just a north facing balcony tbh" -> Has only a
north facing balcony.

Only the reply's first words, and only when they are an adjective (with its adverbs, or two joined by "and"):
"not sure", "idk", "it's fine", "same as before", "I have no idea" say nothing, nor does a reply to a question
about something else ("What's the weather like?": not the user's). Used by :func:`agents.offline.reader.read_parts`
for the first sentence of a reply.
"""

from __future__ import annotations

import re

from agents.offline.asked_wishes import asked_preference
from agents.offline.drafts import Draft, told
from memory.types import MemoryKind

#: The assistant's question about one of the user's things, and the thing.
_ASKED_RE = re.compile(
    r"\b(?:what(?:'s| is)\s+your\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+like"
    r"|how would you describe your\s+(?P<described>[a-z]+(?:\s+[a-z]+)?))\s*\?",
    re.IGNORECASE,
)
_ADVERBS = r"(?:super|very|really|quite|pretty|kinda|kind of|fairly|extremely|so|a bit|a little|rather|mostly)"
#: The assistant's question about what the user has.
_HAVE_ASKED_RE = re.compile(
    r"\b(?:how much|what(?: kind of| sort of| type of)?)\s+[a-z]+(?:\s+[a-z]+)?\s+"
    r"do you (?P<verb>have|own|use|drive|ride)\b",
    re.I,
)
#: A word or two said before the thing ("automatic, a 2014 Honda Civic"): the thing is the next piece.
_LEAD_RE = re.compile(r"^\W*[a-z]+(?:\s+[a-z]+)?\s*,\s*(?=(?:a|an|one|just|only)\s)", re.IGNORECASE)
#: What the user has, as the reply's first words: an article and up to four more words, then the end of the piece.
_HAD_RE = re.compile(
    r"^\W*(?P<only>(?:just|only)\s+)?(?P<np>(?:a|an|one|two|three)\s+(?:[a-z0-9][\w-]*\s+){0,3}?[a-z0-9][\w-]*)"
    r"(?=\s*(?:$|[,.;!]|\s+(?:and|so|but|tbh|lol|though|which|that|with|in|at|on)\b))",
    re.IGNORECASE,
)
#: The reply's first words: an adjective with its adverbs, or two joined by "and", then the end of the piece.
_TRAIT_RE = re.compile(
    r"^\W*(?:(?:mine|it|ours)(?:\s+is|'s)\s+|it's\s+|its\s+)?"  # "mine is very curly and dry"
    rf"(?P<trait>(?:{_ADVERBS}\s+)*(?P<adj>[a-z][a-z-]+)(?:\s+and\s+(?:{_ADVERBS}\s+)?(?P<adj2>[a-z][a-z-]+))?)"
    r"(?=\s*(?:$|[,.;!]|\s+(?:and|so|but|tbh|lol|though|which)\b))",
    re.IGNORECASE,
)
#: First words that are no trait of the thing.
_NOT_TRAITS = frozenset(
    (
        *("not", "no", "none", "nothing", "idk", "dunno", "same", "normal", "average", "fine", "ok", "okay"),
        *("good", "bad", "yes", "yeah", "yep", "nope", "it", "its", "im", "my", "mine", "the", "hmm", "um"),
        *("well", "honestly", "depends", "varies", "unsure", "sure", "there", "this", "that", "mostly", "usually"),
        *("probably", "definitely", "basically", "generally", "normally", "only", "just", "also", "actually"),
    )
)
#: Things said without an article ("Has sensitive skin"; "Has a tiny kitchen").
_UNCOUNTED = frozenset(
    ("skin", "hair", "eyesight", "vision", "hearing", "sleep", "diet", "health", "english", "cooking", "experience")
)


def asked_trait(reply: str, previous_assistant: str | None) -> Draft | None:
    """The trait ``reply`` gives the thing the assistant asked about, or None."""
    asked = _ASKED_RE.search(previous_assistant or "")
    trait = _TRAIT_RE.match(reply)
    if asked is None or trait is None:
        return None
    words = {trait.group("adj").lower(), (trait.group("adj2") or "").lower()} - {""}
    if words & _NOT_TRAITS or any(w.endswith("ing") for w in words):
        return None
    noun = (asked.group("noun") or asked.group("described")).lower()
    what = trait.group("trait").lower()
    article = "" if noun in _UNCOUNTED else "an " if what[0] in "aeiou" else "a "
    return told(f"Has {article}{what} {noun}", MemoryKind.fact, noun, reply)


def asked_having(reply: str, previous_assistant: str | None) -> Draft | None:
    """What ``reply`` says the user has, said back to the assistant's question about it, or None."""
    asked = _HAVE_ASKED_RE.search(previous_assistant or "")
    lead = _LEAD_RE.match(reply)
    had = _HAD_RE.match(reply[lead.end() :] if lead else reply)
    if had is None or asked is None:
        return None
    np = had.group("np")
    np = np[:1].lower() + np[1:]  # the article; the thing keeps the user's capitals ("a 2014 Honda Civic")
    if re.search(r"\b(?:idea|clue|sec|second|minute|question|few)\b", np, re.I):
        return None  # "a few", "one sec", "a question first"
    verb = {"drive": "Drives", "ride": "Rides"}.get(asked.group("verb").lower(), "Has")
    text = f"{verb} {'only ' if had.group('only') else ''}{np}"
    return told(text, MemoryKind.fact, np, reply)


_COMMUTE_ASKED_RE = re.compile(r"\bhow do you (?:commute|get to (?:work|the office|school|uni|college))\b", re.I)
_MODES = r"(?:train|bus|bike|bicycle|car|tube|subway|metro|foot|tram|ferry|scooter|motorbike|underground)"
_COMMUTE_RE = re.compile(
    rf"^\W*(?:(?:about|around|like|roughly)\s+)?(?P<how>(?:\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?)\s+)?"
    rf"(?:by|on)\s+(?:the\s+)?{_MODES}(?:\s+each way|\s+both ways|\s+a day)?)"
    r"(?=\s*(?:$|[,.;!]|\s+(?:and|so|but|tbh|lol|usually|mostly)\b))",
    re.IGNORECASE,
)


#: How the user commutes, said with a verb: "I walk, about 25 min", "i cycle", "I take the bus".
_COMMUTE_VERB_RE = re.compile(
    r"^\W*(?:(?:usually|mostly|normally)\s+)?(?:i\s+)?(?:usually\s+|mostly\s+|normally\s+)?"
    r"(?P<verb>walk|cycle|bike|drive|take the (?:train|bus|tube|subway|metro|tram|ferry))"
    r"(?=\s*(?:$|[,.;!]|\s+(?:and|so|but|there|in|it|every|most)\b))",
    re.IGNORECASE,
)
_COMMUTE_VERBS = {"walk": "Walks", "cycle": "Cycles", "bike": "Bikes", "drive": "Drives"}


def asked_commute(reply: str, previous_assistant: str | None) -> Draft | None:
    """How ``reply`` says the user commutes, said back to the assistant's question about it, or None."""
    if not _COMMUTE_ASKED_RE.search(previous_assistant or ""):
        return None
    if (v := _COMMUTE_VERB_RE.match(reply)) is not None:
        verb = v.group("verb").lower()
        said = _COMMUTE_VERBS.get(verb) or "Takes " + verb.removeprefix("take ")
        return told(f"{said} to work", MemoryKind.fact, "commute", reply)
    m = _COMMUTE_RE.match(reply)
    if m is None:
        return None
    how = re.sub(r"\s+", " ", m.group("how").lower())
    return told(f"Commutes {how}", MemoryKind.fact, "commute", reply)


def asked_back(reply: str, previous_assistant: str | None) -> Draft | None:
    """What ``reply`` tells in answer to the assistant's question: a trait, a thing the user has, a commute, a
    wish (:mod:`agents.offline.asked_wishes`)."""
    return (
        asked_trait(reply, previous_assistant)
        or asked_having(reply, previous_assistant)
        or asked_commute(reply, previous_assistant)
        or asked_preference(reply, previous_assistant)
    )
