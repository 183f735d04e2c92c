"""What a pick is for, read from the request the options answered (issue 13, session 29): "I need a monitor arm for
my standing desk." - "Use a grommet mount or a freestanding base." - "Freestanding." -> "Prefers a freestanding base
for a monitor arm"; "Which ski pass should I buy?" - ... - "epic then" -> "Prefers Epic for a ski pass". Without it
the memory ("Prefers a freestanding base", "Prefers Epic") shares no word and little meaning with the next question
on the same thing, and recall leaves it out.

Only a request that names the one thing it asks for, in one to three words: after "recommend" / "suggest" / "I need" /
"looking for" / "help me pick" with an article ("a sci-fi novel", "some hiking boots"), or between "which" / "what"
and "should I" ("Which ski pass should I buy?"); never a word that names no thing ("ideas", "one", "something").
Only a pick worded short enough to be a name, that does not name the thing already ("the tank kit" for a tank).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft

PICK_WORDS = 6  # "Prefers a freestanding base": a longer pick describes itself
_NP = r"(?P<np>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)"
_END = (
    r"(?=\s*(?:[.?!,;:)]|$|\s+(?:for|to|that|which|with|without|under|in|on|at|from|by|so|because|but|and|or|please|"
    r"pls|near|around|this|next|tonight|today|i|we|if|like|as)\b))"
)
_ASKED = (
    re.compile(
        r"\b(?:recommend|suggest|need|want|looking for|shopping for|searching for|i'm after|"
        r"(?:help me|should i|do i) (?:pick|choose|find|buy|get))(?:\s+me)?\s+"
        r"(?P<art>a|an|some)\s+(?:(?:good|nice|new|decent|cheap|great)\s+)?" + _NP + _END,
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?:(?:so|ok|okay)\s+)?(?:which|what)\s+(?:(?:kind|sort|type|brand)\s+of\s+)?"
        + _NP
        + r"\s+(?:should|would|do|can|could)\s+(?:i|we)\b",
        re.IGNORECASE,
    ),
)
#: A request that asks which thing to take, though it names none ("What should I read next?").
_WHICH_RE = re.compile(
    r"\b(?:which|what)\b[^.?!]*\b(?:should|would|do|can)\s+(?:i|we)\s+(?:get|buy|pick|choose|read|watch|try|use|go "
    r"with|play|order|book|take|drink|listen to)\b|\b(?:recommend|suggest)\b|^\W*what(?:'s| is| are)\s+(?:a |some )?"
    r"(?:good|great|decent|nice|the best)\b",
    re.IGNORECASE,
)
#: Words that name no thing, or make the phrase about someone ("my", "your") or a time.
_NOT_A_THING = frozenset(
    lx.words(
        "idea|ideas|option|options|suggestion|suggestions|recommendation|recommendations|advice|help|tip|tips|one|ones|"
        "thing|things|stuff|something|anything|way|ways|time|times|kind|sort|type|alternative|alternatives|choice|"
        "choices|info|information|answer|answers|opinion|opinions|place|places|the|a|an|my|your|our|their|his|her|it|"
        "this|that|these|those|some|any|more|other|else|to|be|do|go|get|have|make|break|change|new|good|best|better|"
        "is|are|was|were|lot|bit|few|many|much|day|days|week|weeks|year|years|today|tonight"
    )
)


def asked_for(query: str) -> str:
    """The thing ``query`` asks for, with its article ("a monitor arm", "hiking boots"), or ''."""
    for rx, sentence in ((rx, s) for s in re.split(r"(?<=[.!?])\s+", query.strip()) for rx in _ASKED):
        m = rx.search(sentence)
        if m is None:
            continue
        if re.match(r"\s+or\b", sentence[m.end() :], re.IGNORECASE):
            return ""  # "Should I get a MacBook Air or a ThinkPad?": the options, not the one thing they are for
        np = m.group("np")
        words = np.lower().split()
        if any(w in _NOT_A_THING for w in words):
            return ""
        art = (m.groupdict().get("art") or "").lower()
        if art == "some" or (not art and _plural(words[-1])):
            return np
        return f"{art or ('an' if np[:1].lower() in 'aeiou' else 'a')} {np}"
    return ""


def asks_which(query: str | None) -> bool:
    """``query`` asks which thing to take ("Which phone should I get?", "What's a good first guitar?")."""
    return bool(query and (asked_for(query) or _WHICH_RE.search(query)))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _stem(word: str) -> str:
    return word[:-1] if _plural(word) else word


def _content(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z][\w'-]*", text.lower()) if w not in _NOT_A_THING}


def for_what(draft: Draft, query: str | None) -> Draft:
    """``draft`` (a pick) with what it is for appended, when the request named it and the pick does not."""
    if not query or len(draft.text.split()) > PICK_WORDS:
        return draft
    thing = asked_for(query)
    if not thing:
        return draft
    if _content(draft.text) & _content(thing):
        return draft  # "Prefers the tank kit" asked as "a tank": it names the thing already
    return replace(draft, text=f"{draft.text} for {thing}")
