"""A clause the rules did not word, said as a memory: third person, without fillers, with its condition.

Used for the clauses the learned reader says reveal something and no rule matched ("Window seat. Always.",
"when I write to my boss keep it formal"). The wording is plain on purpose: the user's own words in the
third person ("Only grows organic, no pesticides ever"), a verb in front when there is no subject
("Prefers window seat", "Wants answers: keep it short"), and a leading or trailing condition kept as the
memory's context ("when writing to their boss").
"""

from __future__ import annotations

import re

from agents.offline.clause_shapes import reshape, reword, worded
from agents.offline.normalize import capitalize, third_person, third_singular
from agents.offline.objects import condition, split_context

_EMOJI_RE = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|:\)|:\(|:D|;\)|xd\b", re.IGNORECASE)
_FILLER = (
    r"honestly|btw|ok|okay|so|and|but|also|lol|omg|ugh|haha|yeah|yes|oh|well|anyway|fun fact|hey|hi|fyi|tbh|"
    r"ngl|for the record|just so you know|to be honest|plus|oh and|oh yeah|in general|generally|overall|basically|now|"
    r"def|definitely|for sure|funny thing|the thing is|thing is|context|between you and me|for what it'?s worth|"
    r"to be fair|full disclosure|side note|heads up|quick note"
)
_LEAD_RE = re.compile(rf"^(?:(?:{_FILLER})\b[\s,!.:-]*)+", re.IGNORECASE)
_TAIL_RE = re.compile(r"(?:[\s,]+(?:lol|haha|tbh|btw|though|ngl|honestly|fwiw|pls|please|thx|thanks))+[\s.!]*$", re.I)
_PLEASE_RE = re.compile(r"\b(?:please|pls|plz)\b[,]?\s*", re.IGNORECASE)
#: "When I write to my boss keep it formal": a leading condition, ended by a comma or by the statement's start.
_COND_RE = re.compile(
    r"^((?:when|whenever|while)\s+.{3,60}?|(?:for|on|at|during|in|with)\s+(?:my\s+|the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?)"
    r"(?:,\s*|\s+(?=(?:I|i)\b|(?:I|i)'|please\b|pls\b|keep\b|give\b|use\b|be\b|just\b|make\b|only\b|always\b|"
    r"never\b|no\b|dont\b|don't\b))(.+)$",
    re.IGNORECASE,
)
_STARTS = tuple(
    (re.compile(p, re.IGNORECASE), lead)
    for p, lead in (
        (r"^(?:i'm|im|i am|we're|we are)\b", "Is"),
        (r"^(?:i've|ive|i have)\s+got\b", "Has"),
        (r"^(?:i've|ive|we've)\b", "Has"),
        (r"^(?:i'd|id)\b", "Would"),
        (r"^(?:i'll)\b", "Will"),
    )
)
_I_VERB_RE = re.compile(
    r"^(?:i|we)\s+((?:(?:only|always|usually|really|just|never|mostly|also|basically|definitely|totally|still|often|"
    r"barely|rarely|seldom|hardly|sometimes|occasionally|normally|generally|mainly|typically|literally|actually|"
    r"honestly|absolutely|even|almost|constantly|regularly|currently|now|kinda|probably|genuinely)\s+)*)"
    r"([\w']+)\b",
    re.IGNORECASE,
)
IMPERATIVE_RE = re.compile(
    r"^(?:always\s+|never\s+|just\s+)?(?:keep|give|use|explain|stop|write|answer|be|make|skip|show|add|put|include|avoid|"
    r"talk|tell|correct|go|send|list|summari[sz]e|format|break|don't|dont|do not)\b",
    re.IGNORECASE,
)
#: A few words without a verb ("Dyslexic", "Bad lower back", "Twins, 6 months").
_FRAGMENT_RE = re.compile(
    r"^(?!.*\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|can|will|would|should|i|my|me|we|our)\b)"
    r"[\w'-]+(?:[\s,]+[\w'-]+){0,3}$",
    re.IGNORECASE,
)
_NEGATIVE_START_RE = re.compile(r"^(?:no|not|never|zero)\s+", re.IGNORECASE)
_NOTHING_RE = re.compile(r"^(?:so\s+)?nothing\s+", re.IGNORECASE)
_LEAD_VERB = {
    "preference": "Prefers",
    "dislike": "Avoids",
    "constraint": "Needs",
    "style": "Wants answers:",
    "feedback": "Wants answers:",
    "fact": "About them:",
}
_NEGATIONS = {
    "don't": "does not",
    "dont": "does not",
    "can't": "cannot",
    "cant": "cannot",
    "cannot": "cannot",
    "won't": "will not",
    "wont": "will not",
}
MAX_WORDS = 24
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
_YOUR_RE = re.compile(r"\byour\s+", re.IGNORECASE)
_FOR_ME_RE = re.compile(r"[\s,]+(?:for|to) (?:me|us|myself)$", re.IGNORECASE)
#: A lead the clause already says ("prefer metric units", "avoid ..."), dropped before the memory's own lead.
_SAME_VERB_RE = re.compile(r"^(prefer|prefers|avoid|avoids|need|needs)\s+", re.IGNORECASE)


_COND_MY_RE = re.compile(r"^((?:for|on|at|during|in|with)\s+(?:my|the|a|our)\s+[\w-]+),?\s+(.{6,})$", re.IGNORECASE)


_NOT_CONDITION_RE = re.compile(
    r"^(?:in|on|at|for|with)\s+(?:general|all|fact|the end|total|me|myself|sure|now|real|a while|example|instance|"
    r"that|this|once|ever|good|my part|my opinion)\b",
    re.IGNORECASE,
)


def _lead_condition(text: str) -> tuple[str, str]:
    m = _COND_RE.match(text) or _COND_MY_RE.match(text)
    if m is None or _NOT_CONDITION_RE.match(text):
        return text, ""
    return m.group(2), condition(m.group(1))


def plain(clause: str) -> str:
    """The clause as the learned reader reads it: without leading and trailing fillers ("Fun fact I hate
    weeding lol" -> "I hate weeding"), which say nothing about the user but sway the embedding."""
    text = _TAIL_RE.sub("", _LEAD_RE.sub("", clause.strip())).strip()
    return text or clause


def without_condition(clause: str) -> str:
    """The clause without a leading condition ("when I write to my boss keep it formal" -> "keep it formal")."""
    return _lead_condition(_LEAD_RE.sub("", clause.strip()))[0]


def lead_condition(sentence: str) -> str:
    """The condition a sentence starts with ('when writing to their boss'), '' when none."""
    return _lead_condition(_LEAD_RE.sub("", sentence.strip()))[1]


def restate(clause: str, kind: str) -> tuple[str, str]:
    """(memory text, context) for a clause the reader classed as ``kind``; the text is '' when the clause holds
    no statement of its own (its object is a pronoun from another clause, or only a condition is left)."""
    text, context = _restate(clause, kind)
    return (text, context) if worded(text) else ("", context)


def _restate(clause: str, kind: str) -> tuple[str, str]:
    text = _EMOJI_RE.sub("", reword(clause)).strip(" .!,;:-")
    text = _LEAD_RE.sub("", text)
    text = reshape(_TAIL_RE.sub("", text).strip(" .!,;:-"), kind)
    if not text:
        return "", ""
    text, context = _lead_condition(text)
    text, trailing = split_context(text)
    context = context or trailing
    text = _PLEASE_RE.sub("", text).strip(" .!,;:-")
    text = _FOR_ME_RE.sub("", text).strip(" .!,;:-") or text  # "No horror films for me": said of the user already
    words = text.split()
    if len(words) > MAX_WORDS:
        text = " ".join(words[:MAX_WORDS])
    said = _first_person(text)
    if said is not None:
        return capitalize(said), context
    if kind == "dislike":
        text = _NOTHING_RE.sub("anything ", _NEGATIVE_START_RE.sub("", text))  # "nothing too big": anything
    if (kind == "fact" or (kind == "constraint" and len(text.split()) == 1)) and _FRAGMENT_RE.match(
        text
    ):  # "Dyslexic." -> "Is dyslexic"; "Bad lower back" -> "Has ..."
        lead = "Is" if len(text.split()) == 1 else "Has"
        return f"{lead} {third_person(_lower_first(text))}", context
    body = third_person(_lower_first(text))
    lead = _LEAD_VERB.get(kind, "Prefers")
    if (m := _SAME_VERB_RE.match(body)) and lead.lower().startswith(m.group(1).lower()[:5]):
        body = body[m.end() :]  # "Prefer metric units" -> "Prefers metric units", not "Prefers prefer ..."
    if kind in ("style", "feedback") and IMPERATIVE_RE.match(body):
        return "Wants the assistant to " + _YOUR_RE.sub("", body), context
    return f"{lead} {body}".strip(), context


def _lower_first(text: str) -> str:
    """'Window seat' -> 'window seat'; an acronym or a name in capitals stays ('PC', 'PS5')."""
    head = text.split(" ", 1)[0]
    return text if head.isupper() or any(ch.isdigit() for ch in head) else text[:1].lower() + text[1:]


def _first_person(text: str) -> str | None:
    """'I only grow organic' -> 'Only grows organic'; None when the clause does not start with the user."""
    for pattern, lead in _STARTS:
        m = pattern.match(text)
        if m is not None:
            return f"{lead} {third_person(text[m.end() :].strip())}".strip()
    m = _I_VERB_RE.match(text)
    if m is None:
        return None
    adverbs, verb = m.group(1), m.group(2).lower()
    rest = text[m.end() :].strip()
    if verb in _NEGATIONS and not rest[:1].isalpha():
        return ""  # "I cannot, it ..." leaves no statement behind the verb: nothing to say
    past = (verb.endswith("ed") and not verb.endswith("eed")) or verb in _PAST  # "I need", "I feed": present
    verb3 = _NEGATIONS.get(verb) or (verb if past else third_singular(verb))
    return f"{adverbs}{verb3} {third_person(rest)}".strip()


#: A restatement whose words are an order or a pronoun, not a taste ("Avoids don't change a thing", "Has them
#: already", "Hates it when it times out", "Prefers just give them the list").
_BROKEN_RE = re.compile(
    r"^\w+(?: the assistant to)? (?:don'?t|do not|please)\b|^\w+ just (?:give|tell|show|send|make|let)\b|"
    r"^(?:Has|Hates|Loves|Likes|Dislikes|Avoids) (?:it|them|this|that|those|these)\b",
    re.IGNORECASE,
)


def broken(text: str) -> bool:
    """The restatement ``text`` holds an order or a bare pronoun where a taste's object should be."""
    return bool(_BROKEN_RE.match(text))
