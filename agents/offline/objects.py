"""The object of a statement ("I avoid <object>"): where it ends, its condition, and whether it is worth keeping.

Objects that only point at the conversation ("that idea", "your suggestion", "it") or at someone else
("you") make no memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.offline.normalize import clean_object, gerund, third_person

_END_RE = re.compile(
    r"\s+but\s(?![a-z]+\s+(?:tone|style|voice|vibe|look|feel)\b)|\s+(?:whereas|although|though|however|except that|"
    r"unless|yet)\s|,\s*(?:but|so|which is why|and so|yet)\s|"
    r"\s+(?:and|so|but)\s+(?:I|I'm|I've|I'd|i)\b|\s+(?:since|because|as|cause|cuz)\s+(?:I|I'm|I've|i)\b|[;!?]|"
    r"\s[-\u2013\u2014]{1,2}\s|\.\s|\.$|\s+(?:anyway|speaking of|by the way|on another note|on a different note)\b|"
    r",\s*(?:anyway|speaking of|by the way|on another note|on a different note|which|what|any|do you|can you)\b|"
    r",?\s+and\s+(?:you|you'll|you'd|I|I'll|we|they|he|she|it)\b|"
    r",\s*(?:(?:it|they|he|she|that)(?:'s|'re|\s+(?:is|are|was|makes?|gets?|feels?|"
    r"tastes?|smells?|looks?|sounds?|has|have|does|do|just|really|always|never|annoys?|gives?|keeps?|helps?))|"
    r"its|theyre|thats)\s|"
    # "I don't eat meat, curry is good": what is fine ends the object
    r",\s*(?!(?:and|or)\b)[a-z][\w-]*\s+(?:is|are|'re)\s+(?:too|so|way|really|very|just|kind of|kinda|"
    r"(?:good|fine|ok|okay|great|alright|allowed)(?=\s*(?:$|[,.;!]|\s+(?:though|tho|for me|by me)\b)))\b|"
    r"(?:^|\s)so\s+(?:please|pls|plz|kindly|can you|could you)\b|"
    r"\s+so\s+(?:no|nothing|never|my|our|the|there|it's|its|that's|what|which|any)\b|"  # "... so no festivals"
    r"\s+and\s+(?:need|want|would like|am looking|looking|wondering|could use|can't decide)\b",  # "... and need X"
    re.IGNORECASE,
)
_CONTEXT_RE = re.compile(
    r"[\s,]+(?P<lead>(?:especially|particularly|mostly|only|at least|mainly)\s+)?(?P<cond>(?:when|whenever|while|if)\s+"
    r"(?:I|I'm|I am|I've|i|it's|it is|my|we're|we|there's|there is|the|they're|[a-z]+ing)\b.*?|when it comes to\s.+?)"
    r"(?P<after>(?:,?\s+(?:rather than|instead of|over|as opposed to)\s.*)?)$",
    re.IGNORECASE,
)
_IDEA_OF_RE = re.compile(r"^(?:the (?:idea|thought|concept|notion|prospect) of|the whole idea of)\s+", re.IGNORECASE)
#: A time of the moment: what is wanted "tonight" is a plan, not a taste.
_NOW_RE = re.compile(
    r"\b(?:tonight|today|tomorrow|this (?:weekend|week|evening|afternoon|morning|time|year)|right now|next (?:week|"
    r"weekend|month|time)|later)\b",
    re.IGNORECASE,
)
_COND_VERB_RE = re.compile(r"^(when|whenever|while|if)\s+(?:I|i)\s+(?:(?:am|'m)\s+)?(\w+)(.*)$", re.IGNORECASE)
_COND_BE_RE = re.compile(r"^(when|whenever|while|if)\s+(?:I|i)(?:'m|\s+am)\s+(.*)$", re.IGNORECASE)
_NOT_VERBS = frozenset({"can", "could", "will", "would", "should", "have", "had", "do", "did", "was", "were", "need"})

_POINTERS = (
    r"it|this|that|these|those|them|they|one|ones|both|either|neither|all|everything|anything|something|nothing|"
    r"yours|you|him|her|he|she|we|us|everyone|everybody|him|that one|this one|so|too|more|less|lots|a lot|much|"
    r"(?:the|this|that|your|these|those|all the|all these|all those|both|such)(?: [\w-]+){0,3} "
    r"(?:ideas?|suggestions?|recommendations?|tips?|advice|options?|concepts?|approach|answers?|responses?|"
    r"explanations?|list|points?|thoughts|insights?|input|help|info|information|resources?|examples?|plan|"
    r"sentiment|support|effort|time|offer|feedback|words|reply|kindness|patience|gesture|"
    r"proposal|question|one|ones)"
)
_REJECT_RE = re.compile(
    rf"^(?:{_POINTERS})$|^(?:you|your|yours|he|she|they|we|i|it when|it if|that you|how you|what you|when you|"
    r"the way you|hearing|to hear|to know|to learn more|to see (?:your|what|how|if)|to get your|to ask|to say|"
    r"to help|to think|to chat|to talk|to try (?:that|this|it)|to bother|to admit|to mention|to share|to add|"
    r"to thank|to check|to be (?:honest|clear|fair)|the sound of (?:that|it|this)|what|how|why|where|who|if|"
    r"whether|about it|about that|about this|hearing about|reading about (?:it|that|this)|"
    r"option \d|the (?:first|second|third|fourth|last|other) (?:one|option)s?)\b|^(?:that|this|the) idea$|"
    r"^(?:the )?(?:first|second|third|fourth|fifth|last|latter|former)(?: (?:one|option|pick|suggestion)s?)?$|"
    r"^(?:the|its|their) (?:texture|taste|smell|flavou?r|feel|consistency|aftertaste|sound|noise|look|vibe)$",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "and",
        "or",
        "but",
        "by",
        "from",
        "as",
        "is",
        "are",
        "be",
        "it",
        "this",
        "that",
        "very",
        "really",
        "so",
        "more",
        "most",
        "some",
        "any",
        "all",
        "my",
        "your",
        "their",
        "them",
        "they",
        "i",
        "me",
        "you",
        "we",
        "our",
        "us",
        "just",
        "also",
        "too",
        "much",
        "many",
        "things",
        "thing",
        "stuff",
    ]
)


@dataclass(frozen=True)
class Obj:
    """A kept object: its third-person text and the condition it came with ('' when none)."""

    text: str
    context: str


def cut(raw: str) -> str:
    """The object up to the next clause boundary."""
    m = _END_RE.search(raw)
    return raw[: m.start()] if m else raw


def condition(cond: str) -> str:
    """'when I email my manager' -> 'when emailing their manager'; 'when I'm at work' -> 'when at work'."""
    cond = re.sub(r"\s+(?:please|pls)$", "", cond.strip(" ,."), flags=re.IGNORECASE)  # "for work emails please"
    if re.fullmatch(r"(?:winter|summer)s?", cond, re.IGNORECASE):  # "Winter I ski": in winter
        return "in " + cond.lower().rstrip("s")
    if cond.lower().startswith("when it comes to"):
        return "for " + third_person(cond[len("when it comes to") :].strip())
    be = _COND_BE_RE.match(cond)
    if be is not None:
        return f"{be.group(1).lower()} {third_person(be.group(2))}".strip()
    verb = _COND_VERB_RE.match(cond)
    if verb is not None and verb.group(2).lower() not in _NOT_VERBS:
        return f"{verb.group(1).lower()} {gerund(verb.group(2))}{third_person(verb.group(3))}".strip()
    return third_person(cond[:1].lower() + cond[1:])


def split_context(text: str) -> tuple[str, str]:
    """A statement without its trailing condition, and the condition in the third person."""
    m = _CONTEXT_RE.search(text)
    if m is None or m.start() < 3:
        return text, ""
    return f"{text[: m.start()].strip(' ,')}{m.group('after')}", condition(m.group("cond"))


def find_context(text: str) -> str:
    """The condition anywhere in ``text`` ("... when I email my manager"), '' when there is none."""
    m = _CONTEXT_RE.search(" " + text)
    return condition(m.group("cond")) if m is not None else ""


def has_content(text: str) -> bool:
    return any(w not in _STOPWORDS for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()))


def is_pointer(text: str) -> bool:
    """Only refers to the conversation or to someone else: no memory in it."""
    if text.strip() in ("IT", "HR", "PR"):
        return False  # "I work in IT": a field of work, not the pronoun
    t = text.strip().lower()
    return not t or bool(_REJECT_RE.search(t)) or not has_content(t)


def take(raw: str, *, allow_empty: bool = False, max_words: int = 28) -> Obj | None:
    """The object of a matched statement, or None when it is not worth a memory."""
    body, context = split_context(cut(raw))
    if _IDEA_OF_RE.match(body.strip()) and _NOW_RE.search(body):
        return None  # "I'm into the idea of trying it tonight": a plan for now, not a taste
    body = clean_object(_IDEA_OF_RE.sub("", body.strip()), max_words=max_words)
    if not body:
        return Obj("", context) if allow_empty else None
    if is_pointer(body):
        return None
    return Obj(third_person(body), context)
