"""When a feedback cue's match is not the user's wish about answers (:data:`agents.offline.feedback_cues.CUES`):
someone else's words ("my boss said to stop sugarcoating"), a quotation, a question about something ("Is that book
too technical?"), a habit ("I usually use bullet points"), a wish for now ("short answers please, I'm at the
dentist right now"), or a request to explain something new in plain words. Split out of ``feedback_cues`` (session
30); :mod:`agents.offline.answer_parts` and :mod:`agents.offline.wish_leads` use its tests for others' words and
habits too.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.feedback_cues import Cue

_A = lx.APOS

#: Someone else's words before the cue ("my boss said to stop sugarcoating", "she keeps telling me to ..."),
#: not the user's own ("as I said, no jargon", "like I told you").
REPORTED_RE = re.compile(
    r"\b(?!(?:i|you)\b)\w+(?:'s)?\s+(?:(?!(?:i|you)\b)\w+\s+)?(?:said|says|told|tells|asked|asks|wrote|writes|"
    r"texted|keeps? (?:saying|telling)|kept (?:saying|telling)|wants|wanted|warned|advised|suggested|thinks|goes)\b",
    re.IGNORECASE,
)
#: A request to explain something new ("can you explain what a deductible is in simple terms?", "ELI5: how do
#: vaccines work"): a one-off question, not a wish about answers.
_NEW_TOPIC_RE = re.compile(
    r"\b(?:explain|tell me|describe|teach me|break down)\b(?:\s+(?:to me|again|simply|briefly))?\s+(?:what|how|why|"
    r"who|where|when|which|the difference)\b|[:\u2013\u2014-]\s*(?:what|how|why|who|where|when|which|is|are|do|"
    r"does|can)\b",
    re.IGNORECASE,
)
#: A question about something ("Is that book too technical?", "what are spoiler tags?"), not a request ("would you
#: keep it spoiler-free?", "which three actually matter most?", "how about step by step?").
_QUESTION_RE = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|should|has|have|what(?! about)|why|who|where|when|how(?! about)|"
    r"would(?! you)|will(?! you))\b[^?]*\?\W*$",
    re.IGNORECASE,
)
#: A habit, not a wish: the cue's verb has a subject ("I always skip the intro", "we drop the small talk").
_TASTE_VERB_RE = re.compile(r"(?:hate|can'?t stand|cannot stand|dislike|detest|despise|loathe)\b", re.IGNORECASE)
HABIT_RE = re.compile(
    rf"\b(?:i|we|they|he|she|people|everyone)(?:{_A}(?:ll|d|m)|\s+(?:will|would|can|could|might|may|should|am|was|"
    r"gonna))?(?:\s+(?:always|usually|often|never|just|also|sometimes|normally|probably|maybe|then|tend to|like to|"
    r"love to|going to|gonna|about to|want to|wanna|have to|need to))*\s*$",
    re.IGNORECASE,
)


_FOR_NOW_RE = re.compile(r"\b(?:right now|at the moment|today|tonight|for now|this time|just this once)\b", re.I)


def blocked(cue_: Cue, sentence: str, m: re.Match[str]) -> bool:
    """A guarded cue's match that is not the user's wish about answers: someone else's words, a quotation, a
    question about something, a habit, a wish for now, or (plain words) a request to explain something new."""
    if not cue_.guarded:
        return False
    before = sentence[: m.start()]
    if sum(before.count(q) for q in '"\u201c\u201d') % 2 == 1:
        return True
    if REPORTED_RE.search(before) or _QUESTION_RE.match(sentence):
        return True
    if HABIT_RE.search(before) and not _TASTE_VERB_RE.match(m.group(0)):
        return True  # "I usually use bullet points"; but "I hate bullet points" is the user's own taste
    if _FOR_NOW_RE.search(before):
        return True  # "I'm at the dentist right now, so short answers please": this once
    return cue_.subject == "jargon" and _NEW_TOPIC_RE.search(sentence) is not None
