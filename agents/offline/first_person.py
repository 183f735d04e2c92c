"""A clause that starts with the user, put in the third person: "I only grow organic" -> "Only grows organic",
"I'm vegan" -> "Is vegan", "I not go out" (a learner's word order) -> "Does not go out". Used by
:func:`agents.offline.restate.restate` for the learned reader's drafts.
"""

from __future__ import annotations

import re

from agents.offline.normalize import third_person, third_singular

_STARTS = tuple(
    (re.compile(p, re.IGNORECASE), lead)
    for p, lead in (
        (r"^(?:i'm|im|i am|we're|we are)\b", "Is"),
        (r"^(?:i've|ive|i have)\s+got\b", "Has"),
        (r"^(?:i've|ive|we've)\b", "Has"),
        (r"^(?:i'd|id)\b", "Would"),
        (r"^(?:i'll)\b", "Will"),
        (r"^been\b(?=\s+\w+ing\b)", "Has been"),  # "Been knitting 30 years": texting drops the "I've"
    )
)
_I_ADVERBS = (
    r"^(?:i|we)\s+((?:(?:only|always|usually|really|just|never|mostly|also|basically|definitely|totally|still|often|"
    r"barely|rarely|seldom|hardly|sometimes|occasionally|normally|generally|mainly|typically|literally|actually|"
    r"honestly|absolutely|even|almost|constantly|regularly|currently|now|kinda|probably|genuinely)\s+)*)"
)
_I_VERB_RE = re.compile(_I_ADVERBS + r"([\w']+)\b", re.IGNORECASE)
_I_VERB_HYPHEN_RE = re.compile(_I_ADVERBS + r"([\w']+(?:-[a-z]+)?)\b", re.IGNORECASE)  # "I self-host"
_NEGATIONS = {
    "don't": "does not",
    "dont": "does not",
    "can't": "cannot",
    "cant": "cannot",
    "cannot": "cannot",
    "won't": "will not",
    "wont": "will not",
    "not": "does not",  # "I not go out when ..." (a learner's word order)
    "no": "does not",  # "I no eat fish"
    "couldn't": "could not",
    "couldnt": "could not",
    "wouldn't": "would not",
    "didn't": "did not",
    "didnt": "did not",
}
#: Words after "I" that are no verb ("I in the morning", "always I drink"): no statement to word.
_NO_VERB = frozenset(["i", "in", "on", "at", "to", "for", "with", "from", "the", "a", "an", "and", "but", "or", "so"])
_PAST = frozenset(
    [
        "got",
        "grew",
        "went",
        "had",
        "made",
        "took",
        "came",
        "bought",
        "sold",
        "left",
        "moved",
        "ran",
        "wrote",
        "read",
        "began",
        "became",
        "was",
        "were",
        "did",
        "tried",
        "switched",
        "quit",
        "felt",
        "found",
        "spent",
        "kept",
        "lost",
        "ate",
        "drank",
        "gave",
    ]
)


def first_person(text: str, hyphen: bool = False) -> str | None:
    """'I only grow organic' -> 'Only grows organic'; None when the clause does not start with the user."""
    for pattern, lead in _STARTS:
        m = pattern.match(text)
        if m is not None:
            return f"{lead} {third_person(text[m.end() :].strip())}".strip()
    m = (_I_VERB_HYPHEN_RE if hyphen else _I_VERB_RE).match(text)
    if m is None:
        return None
    adverbs, verb = m.group(1), m.group(2).lower()
    rest = text[m.end() :].strip()
    if (verb in _NEGATIONS and not rest[:1].isalpha()) or verb in _NO_VERB:
        return ""  # "I cannot, it ..." leaves no statement behind the verb: nothing to say
    if verb == "no" and rest.lower().startswith("longer"):  # "I no longer eat meat"
        m2 = re.match(r"longer\s+([a-z']+)\b", rest, re.IGNORECASE)
        tail = third_person(rest[m2.end() :].strip()) if m2 else ""
        return f"{adverbs}no longer {third_singular(m2.group(1))} {tail}".strip() if m2 else ""
    past = (verb.endswith("ed") and not verb.endswith("eed")) or verb in _PAST  # "I need", "I feed": present
    verb3 = _NEGATIONS.get(verb) or (verb if past else third_singular(verb))
    return f"{adverbs}{verb3} {third_person(rest)}".strip()
