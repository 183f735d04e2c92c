"""Feedback on what an answer holds and how it sounds, beyond :mod:`agents.offline.feedback_cues` (issue 13,
session 28): just the answer without the working ("just the answer please", "I only need the final answer, not
the working"), a calmer voice ("less enthusiastic please", "you're way too peppy", "tone down the enthusiasm"),
fewer questions back ("don't ask me so many questions, just make assumptions", "stop asking if I want more"), a
tone named by its quality ("Drier tone, I don't do gushing", "warmer tone please"), the assistant's own pick ("just
tell me what you'd do"), pros and cons, the key points in bold, checklists, a format said to read better ("a table
would be easier"); and the user's word on a habit of the assistant's said with "when you" ("I really like it when
you explain the why", "it annoys me when you repeat my question back").

The cues are guarded as the others are (never in someone else's words, a quotation, a question about something,
a habit of the user's); :func:`when_you` reads a sentence no cue read.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from agents.offline.feedback_cues import Cue, cue
from agents.offline.normalize import clean_object, third_person, third_singular
from memory.types import MemoryKind, MemorySource

_A = lx.APOS
_DONT = rf"(?:don{_A}?t|do not|dont)"
_LASTING = r"(?=\W*(?:please|pls|plz|next time|from now on|going forward|instead|always|in future|thanks|$))"
_FORMATS = {
    "table": "tables",
    "tables": "tables",
    "list": "lists",
    "lists": "lists",
    "numbered list": "numbered lists",
    "numbered lists": "numbered lists",
    "checklist": "checklists",
    "checklists": "checklists",
    "bullet points": "bullet points",
    "bullets": "bullet points",
}


def _format(m: re.Match[str]) -> str | None:
    return _FORMATS.get(re.sub(r"\s+", " ", m.group("fmt").lower()))


CUES: tuple[Cue, ...] = (
    cue(
        r"\b(?:i )?(?:just|only) (?:the|(?:need|want|give me) the) (?:final )?(?:answer|result|number|bottom line)\b"
        r"(?!\s+(?:of|to|for|from|on|in|at)\b)|"
        r"\bnot the (?:working|workings|derivation)\b|\b(?:skip|drop|no need for) (?:the )?(?:working|workings|"
        r"derivation)\b",
        "Wants just the answer, without the working",
        "working",
        guarded=True,
    ),
    cue(
        r"\b(?:less|not so|not as) (?:enthusiastic|excited|peppy|bubbly|cheery|chipper|hyped)\b|"
        rf"\b(?:(?:you|it|this|that)(?:{_A}?re|{_A}?s| are| is| sound| sounds| seem| seems)|way|bit|little)\s+"
        r"(?:a bit |a little |way |kinda |so )?too (?:enthusiastic|excited|peppy|bubbly|cheery|chipper|hyped|"
        r"over the top)\b|\btone down (?:the |all the |your )?(?:enthusiasm|excitement|cheerfulness|energy|"
        r"positivity|exclamation (?:marks|points))\b",
        "Prefers a calm, even tone without hype",
        "enthusiasm",
        guarded=True,
    ),
    cue(
        rf"\b(?:(?:{_DONT}|stop|quit) ask(?:ing)? (?:me )?(?:so many|all these|all those|any|more|clarifying) "
        rf"questions|(?:no need|you {_DONT} (?:need|have)) to ask (?:me )?(?:so many |any |clarifying )?questions|"
        r"just (?:make|use) (?:your |some )?(?:best )?(?:assumptions|guesses)|just assume)\b",
        "Wants reasonable assumptions made instead of clarifying questions",
        "clarifying questions",
        guarded=True,
    ),
    cue(
        r"\b(?:stop|quit) asking (?:me )?(?:if|whether) i (?:want|need|would like|'d like) (?:more|anything else)\b|"
        rf"\b(?:no need|you {_DONT} (?:need|have)) to (?:ask|end with) (?:me )?(?:any |a |so many )?follow[- ]?up "
        r"questions?\b",
        "Doesn't want answers to end with a follow-up question",
        "follow-up questions",
        guarded=True,
    ),
    cue(
        rf"\b(?:just )?tell me what you{_A}?(?:d| would) (?:do|pick|choose|get|buy|go with)\b",
        "Wants a single recommendation",
        "options",
        guarded=True,
    ),
    cue(
        r"\b(?:(?:give|list|lay out|include|show) (?:me )?(?:the |some )?)?(?:pros and cons|pros/cons|pros & cons)"
        + _LASTING,
        "Likes answers laid out as pros and cons",
        "pros and cons",
        guarded=True,
    ),
    cue(
        r"(?:^\W*(?:(?:a|an|ok|okay|so|and|but|maybe|please|pls)\s+)*|\b(?:in|with|use|try|go for|going for|want|"
        r"prefer|need|like)\s+(?:an?\s+)?(?:bit\s+|little\s+|lot\s+|much\s+)?)(?P<adj>drier|dryer|warmer|softer|"
        r"gentler|lighter|friendlier|funnier|calmer|more (?:neutral|serious|"
        r"playful|personal|direct|empathetic|human|natural|upbeat|positive|encouraging|humble))\s+tone\b",
        "Prefers a {0} tone",
        "tone",
        lambda m: m.group("adj").lower().replace("dryer", "drier"),
        guarded=True,
    ),
    cue(
        r"\b(?:bold|highlight) (?:the )?(?:important|key|main) (?:parts|bits|points|words|things|stuff|info)\b",
        "Wants the key points in bold",
        "bold",
        guarded=True,
    ),
    cue(
        r"\b(?:as|in|into|make it|make them) a (?P<fmt>checklist)" + _LASTING,
        "Prefers {0}",
        "format",
        _format,
        guarded=True,
    ),
    cue(
        r"\b(?:always |please |do |pls )*(?:correct|point out) (?:all |every one of |each of |any of )?my "
        r"(?:mistakes|errors|grammar|spelling|typos)(?P<even>,?\s+even (?:the )?(?:small|little|tiny|minor) ones)?",
        "Wants their mistakes corrected{0}",
        "corrections",
        lambda m: ", even small ones" if m.group("even") else "",
        guarded=True,
    ),
    cue(
        rf"(?:^\W*|\b(?:it|that|this|plan|day|schedule|itinerary)(?:{_A}?s| is| feels| looks| seems)\s+)"
        r"(?:(?:way|a bit|a little|kinda|so|much|far)\s+)?too (?:packed|rushed|hectic|crammed|ambitious|"
        r"much (?:for|in) (?:one|a) day)\b",
        "Prefers a relaxed pace when travelling, with fewer things a day",
        "pace",
        guarded=True,
        kind=MemoryKind.preference,  # about what the answers plan: it bears on the next trip, not on a haiku
        category="travel",
    ),
    cue(
        r"\b(?:an? )?(?P<fmt>tables?|lists?|numbered lists?|checklists?|bullet points|bullets) (?:would be|would"
        r"(?:'ve| have) been|is|are|works?) (?:so |much |way |a lot )?(?:easier|better|clearer|nicer|more readable)"
        r"(?: to (?:read|follow|scan))?(?: for me)?\W*$",
        "Prefers {0}",
        "format",
        _format,
        guarded=True,
    ),
)

#: A word each cue above holds, for feedback's cheap test before its regexes (no "just" or "only": too common).
HINTS: tuple[str, ...] = lx.words(
    "answer|result|number|bottom|working|workings|derivation|enthusiastic|excited|peppy|bubbly|cheery|chipper|hyped|"
    "top|tone|asking|questions|assumptions|guesses|assume|tell|pros|bold|highlight|checklist|checklists|table|tables|"
    "list|lists|bullets|bullet|correct|point|packed|rushed|hectic|crammed|ambitious|much"
)

_WHEN_YOU_RE = re.compile(
    rf"^\W*(?:(?:honestly|tbh|also|and|but|ok|okay|oh|btw)\W+)*(?:i (?:really |actually |just |kinda |kind of |"
    r"also )?(?:(?P<pos>like|love|appreciate|prefer|enjoy)|(?P<neg>hate|dislike|can'?t stand|cannot stand|"
    rf"{_DONT} like|{_DONT} love))|it (?:really )?(?P<neg2>annoys|bugs|irritates|bothers) me) (?:it )?when you "
    r"(?:always |sometimes |actually )?(?P<vp>[a-z][^,.;!?]{3,60})",
    re.IGNORECASE,
)
#: What an assistant does in its answers ("explain the why", "repeat my question back"), not a generic "you"
#: ("when you get older", "when you wait an hour for the bus").
_ANSWER_VERB_RE = re.compile(
    r"^(?:explain|give|add|use|include|list|repeat|ask|end|start|open|say|write|suggest|recommend|show|break|"
    r"summari[sz]e|keep|make|talk|apologi[sz]e|assume|tell|offer|answer|respond|reply|format|mention|number|quote|"
    r"cite|link|spell|walk|jump|lecture|hedge|sugarcoat|compare|point|remind|warn|double-check|check|clarify|lay|"
    r"skip|cut|get straight|go straight|go into|dumb|overexplain|over-explain|praise|compliment|flatter|call|"
    r"correct|push back|challenge|disagree)\b",
    re.IGNORECASE,
)


def when_you(sentence: str) -> Draft | None:
    """The user's word on a habit of the assistant's, said with "when you" ("I love it when you explain the why"
    -> Likes it when the assistant explains the why), or None."""
    m = _WHEN_YOU_RE.match(sentence)
    if m is None or not _ANSWER_VERB_RE.match(m.group("vp")):
        return None
    verb, _, rest = clean_object(m.group("vp")).partition(" ")
    what = " ".join(p for p in ("the assistant", third_singular(verb), third_person(rest)) if p)
    lead = "Likes it when" if m.group("pos") else "Dislikes it when"
    return Draft(
        text=f"{lead} {what}",
        kind=MemoryKind.style,
        subject=f"assistant {verb.lower()} {rest.lower()}".strip()[:40],
        confidence=0.75,
        source=MemorySource.feedback,
        category="communication",
        quote=sentence,
    )
