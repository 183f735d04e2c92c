"""A pick said by naming back a thing the assistant mentioned in passing, with no list to pick from (issue 13,
session 28): "Use a grommet mount or a freestanding base." - "Freestanding." -> Prefers a freestanding base;
"Between the other two, the Aeron is mesh and the Leap is upholstered." - "Leap. Why is everyone so obsessed with
mesh?" -> Prefers the Leap; "Epic covers Heavenly ...; Ikon has Palisades ..." - "epic then" -> Prefers Epic.

Only the reply's first sentence, and only when it is the bare name (one to three words, "the" and a closing
"then" / "it is" / "please" aside) after an assistant turn that offered or weighed something: not a yes, a thanks,
a pronoun, a question or a word the assistant did not say.

The name said back is widened to the noun phrase it stands in, as the assistant wrote it: a capitalised name to
its run of capitalised words ("the Leap", "Epic"), a common word to its article, up to two words before it and up
to two nouns after it ("a daylight lamp", "a freestanding base"). Lists of options are the choice rules'
(:mod:`agents.offline.choice`); this reads only a turn they found no options in.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from agents.offline.normalize import subject_key
from agents.offline.picks import answer_kind
from memory.types import MemorySource

CONFIDENCE = 0.6
_ARTICLES = frozenset(("a", "an", "the"))
#: Words that end a noun phrase or cannot be said back as a pick.
_STOP = frozenset(
    lx.words(
        "a|an|the|and|or|but|so|if|then|than|with|without|for|from|to|in|on|at|by|of|as|is|are|was|were|be|been|has|"
        "have|had|do|does|did|can|could|will|would|should|may|might|must|it|its|this|that|these|those|there|here|"
        "your|you|my|our|their|his|her|i|we|they|he|she|me|us|them|one|ones|yes|yeah|yep|no|nope|ok|okay|sure|thanks|"
        "thank|cool|great|good|nice|perfect|fine|alright|both|neither|either|none|all|any|some|more|less|most|best|"
        "better|bet|option|choice|which|what|who|how|why|when|where|not|just|only|also|very|really|too|covers|"
        "use|get|go|try|pick|choose|like|want|need|make|take|between|other|two|first|second|last"
    )
)
#: Words that say how or when, never a thing picked, even where the assistant wrote them with a capital ("Early
#: mornings and late evenings are quietest" - "early it is") or after a name ("JAL fly direct" - "direct for sure").
_WAYS = frozenset(
    lx.words(
        "early|late|later|direct|nonstop|non-stop|cheap|cheaper|fast|faster|slow|slower|quick|quicker|now|soon|today|"
        "tomorrow|morning|mornings|evening|evenings|afternoon|night|nights|weekday|weekdays|weekend|weekends|online|"
        "offline|alone|together|outside|inside|indoors|outdoors"
    )
)
_REPLY_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|hmm+|um+|fine|yeah)\W+)?(?:the\s+)?(?P<name>[\w'-]+(?:\s+[\w'-]+){0,2}?)"
    r"(?:\s+(?:then|it is|please|pls|for me|obviously|definitely|for sure|of course|all the way|sounds like me|i guess|"
    r"makes (?:more |the most )?sense|is the one|wins|"
    r"(?:sounds|looks) (?:good|great|perfect|fun|nice|best|ideal|right|lovely|amazing)))?\W*$",
    re.IGNORECASE,
)


#: The assistant offered a way or weighed two: a pick can follow ("Use a grommet mount or a freestanding base", "a
#: daylight lamp is your best bet"); after a plain explanation a bare name said back is a question about it.
_OFFERED_RE = re.compile(
    r"\b(?:or|either|between|vs|versus|both|options?|choices?|alternatives?|best bet|recommend|suggest|go with|"
    r"you could|you can|i'd)\b|;|\w,\s+[\w -]{2,30},\s+[\w -]{2,30}\s+and\s+\w",  # "A, B, C and D": a list inline
    re.IGNORECASE,
)


def echoed_pick(reply: str, assistant: str, asked: bool = False, query: str | None = None) -> Draft | None:
    """The pick a short reply makes by naming back something ``assistant`` mentioned, or None. ``asked``: the
    user's turn before asked which one to take ("Which phone should I get?"), so an answer that only lists ways
    ("Light roast Ethiopian for fruity, dark roast Sumatra for bold") offers them too."""
    if (not asked and not _OFFERED_RE.search(assistant)) or assistant.rstrip().endswith("?"):
        return None  # "Is your car petrol or diesel?" - "diesel": an answer, which the question rules read
    said = next((s for s in map(_said, re.split(r"(?<=[.!?])\s+", reply.strip())[:2]) if s), None)
    if said is None:
        return None
    if len(said) == 1 and said[0] in _WAYS:  # "early it is", "direct for sure": a way, not a thing picked
        phrase = _as_asked(said[0], query or "")
    else:
        words = re.findall(r"[\w'-]+|[^\w\s]", assistant)
        at = next((i for i in range(len(words)) if _names(words[i : i + len(said)], said)), None)
        if at is None:
            return None
        phrase = _widened(words, at, at + len(said))
        if re.fullmatch(r"[a-z][\w'-]*", phrase) and phrase.islower():  # not "iPhone"
            phrase = _as_asked(phrase, query or "")  # "electric" after "acoustic or electric guitar?"
    if not phrase:
        return None  # "early" (go early or late): a bare lower-case word is a way, not a thing picked
    return Draft(f"Prefers {phrase}", answer_kind(phrase), subject_key(phrase), CONFIDENCE, MemorySource.implicit)


def _as_asked(word: str, query: str) -> str:
    """``word`` with the noun the user's own "A or B <noun>" question gave it ("an electric guitar"), or ''."""
    w = re.escape(word)
    m = re.search(
        rf"\b[a-z]+\s+or\s+{w}\s+(?P<n>[a-z]{{3,}})\b|\b{w}\s+or\s+[a-z]+\s+(?P<n2>[a-z]{{3,}})\b", query, re.I
    )
    noun = (m.group("n") or m.group("n2")).lower() if m is not None else ""
    if not noun or noun in _STOP:
        return ""
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word} {noun}"


def _names(tokens: list[str], said: list[str]) -> bool:
    """The assistant's ``tokens`` are what the user said back: the same words (or their plural), a name after its
    "d'" ("orsay": Musée d'Orsay), or one word that starts a capitalised name ("mac": MacBook)."""
    if len(tokens) != len(said):
        return False
    low = [t.lower() for t in tokens]
    if all(t in (w, w + "s", w + "es") for t, w in zip(low, said, strict=True)):
        return True  # "animal shelter" for "animal shelters"
    if len(said) == 1 and low[0].endswith("'" + said[0]):
        return True
    return len(said) == 1 and len(said[0]) >= 3 and tokens[0][:1].isupper() and low[0].startswith(said[0])


def _said(sentence: str) -> list[str] | None:
    """The words of a sentence that is a bare name ("Freestanding.", "children of time it is", "dark, I drink it
    with milk"), lower-cased, or None."""
    after_so = re.split(r"\s+so\s+", sentence)[-1] if re.search(r"\w\s+so\s+\w", sentence) else ""
    m = (
        _REPLY_RE.match(sentence)
        or _REPLY_RE.match(sentence.split(",", 1)[0])
        or (_REPLY_RE.match(after_so) if after_so else None)  # "I code all day on Linux so ThinkPad I guess"
    )
    if m is None or "?" in sentence:
        return None
    said = m.group("name").lower().split()
    if said[0] in _STOP or said[-1] in _STOP or any(not re.fullmatch(r"[a-z][\w'-]*", w) for w in said):
        return None
    inner = said[1:-1]
    return said if all(w in ("of", "the", "and") or w not in _STOP for w in inner) else None


def _widened(words: list[str], start: int, end: int) -> str:
    """The noun phrase of ``words[start:end]`` as the assistant wrote it."""
    named = words[start][:1].isupper()
    if named:
        while end < len(words) and words[end][:1].isupper():
            end += 1  # "Bose QC Ultra"
    else:
        for _ in range(2):
            nxt = words[end].lower() if end < len(words) else ""
            if nxt == "one" or (nxt.isalpha() and nxt not in _STOP and not re.search(r"(?:[^s]s|ed)$", nxt)):
                end += 1  # "freestanding base", "blue one"; not "museum opens", "lamp worked"
        for _ in range(2):
            before = words[start - 1] if start > 0 else ""
            if (before.isalpha() and before.lower() not in _STOP) or (before[:1].isupper() and before.isalnum()):
                start -= 1  # "daylight lamp", "Yamaha FG800 acoustic"
    if start > 0 and words[start - 1].lower() in _ARTICLES:
        start -= 1
    phrase = " ".join(words[start:end])
    return phrase[:1].lower() + phrase[1:] if phrase.split()[0].lower() in _ARTICLES else phrase
