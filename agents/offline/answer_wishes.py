"""How the user wants to be answered, said as a wish in any voice (issue 13, session 17): "I want detailed
answers", "give me detailed answers", "I want you to be more detailed", "I'd like all your answers in Japanese",
"I prefer paragraphs over bullet points", "I like a casual tone", "I learn best with examples", "analogies really
help me", "I want the explanation, not just the code", "I prefer metric units", "I like emojis", "I want sources
for every claim", "ask me before assuming", "one option, not five".

One subject per dimension of an answer, the same the feedback cues of :mod:`agents.offline.feedback` use
("answer length", "response language", "tone", "format", ...), so that a later change of mind ("actually, keep it
short") replaces the earlier value instead of standing beside it.

A wish counts when it is the user's own about answers in general: led by the user ("I want", "I'd prefer", "I'm a
fan of", "for me is better") or asked of the assistant ("give me", "please", "can you ... from now on") and
then lasting (a word like "from now on", or answers in the plural) or a reaction to the answer just given. Never a
wish for one text ("make this shorter", "translate this to Spanish", "Give me a detailed explanation of how
transistors work", "just the code this time"), a question about style ("is a table better here?"), someone else's
("my boss wants bullet points"), a hypothetical, or a thing that is no answer ("I want a short rope").

The phrases of each dimension are in :mod:`agents.offline.answer_phrases`, the leads that make them a wish, and the
sentences refused, in :mod:`agents.offline.wish_leads`; here, the whole wishes that need no lead ("ask me before
assuming", "one option, not five", "don't start with 'great question'", "stop saying you're an AI"), the drafts, and
the test of a rules' draft that restates a wish read here.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.answer_form import FORM_FAMILIES
from agents.offline.answer_phrases import PHRASES as _PHRASES
from agents.offline.drafts import Draft
from agents.offline.objects import condition, find_context
from agents.offline.wish_leads import BARE_JOIN_RE as _BARE_JOIN_RE
from agents.offline.wish_leads import CONDITION_RE as _CONDITION_RE
from agents.offline.wish_leads import HELPS_RE as _HELPS_RE
from agents.offline.wish_leads import LASTING_RE as _LASTING_RE
from agents.offline.wish_leads import SPEAKER_RE as _SPEAKER_RE
from agents.offline.wish_leads import VERB_FIRST_RE as _VERB_FIRST_RE
from agents.offline.wish_leads import VERDICT_AFTER_RE as _VERDICT_AFTER_RE
from agents.offline.wish_leads import bare as _bare
from agents.offline.wish_leads import blocked as _blocked
from agents.offline.wish_leads import lead as _lead
from agents.offline.wish_leads import skipped as _skipped
from agents.offline.wish_leads import wish_draft
from memory.types import MemoryKind

_A = lx.APOS

#: Whole wishes that need no lead: asking before assuming, one option instead of many, no "great question".
_WHOLE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(
            r"\b(?:ask (?:me )?(?:\w+ )?(?:questions? )?(?:first |instead )?(?:before|rather than|instead of) "
            rf"(?:you )?(?:assum|guess)\w*|ask me (?:instead of|rather than|before) (?:guessing|assuming)|(?:don{_A}?t|"
            r"dont|do not|stop|never) (?:just )?(?:assume|guess)(?: anything| things| what i (?:mean|want))?,? "
            r"(?:just )?ask(?: me)?)\b",
            re.I,
        ),
        "Wants to be asked rather than have things assumed",
        "assumptions",
    ),
    (
        re.compile(
            r"\b(?:(?:just |only )?(?:one|1|a single) (?:option|recommendation|suggestion|answer|pick|choice),? "
            r"(?:not|instead of|rather than) (?:five|ten|three|\d+|a (?:list|bunch|dozen)|several|many|a menu)|"
            rf"(?:stop|quit|don{_A}?t keep|no need to keep) (?:giving|listing|offering|throwing) (?:me )?(?:\w+ )?"
            r"(?:options|choices|alternatives)|(?:i )?(?:prefer|want|like) (?:one|a single) (?:recommendation|"
            r"suggestion|option|pick)|prefers (?:one|a single) (?:recommendation|suggestion|option|pick))\b",
            re.I,
        ),
        "Wants a single recommendation",
        "options",
    ),
    (
        re.compile(
            rf"\b(?:don{_A}?t|dont|do not|stop|quit|no need to) (?:start|open|begin)(?:ing)? (?:\w+ )?with "
            r"\W?great question",
            re.I,
        ),
        "Wants direct answers without filler or praise",
        "filler",
    ),
    (
        re.compile(
            rf"\b(?:stop|quit|no need to keep|you don{_A}?t (?:need|have) to keep|don{_A}?t keep) (?:saying|"
            rf"reminding me|telling me) (?:that )?(?:you{_A}?re|you are|ur) (?:just |only )?an? (?:ai|language "
            r"model|bot)\b",
            re.I,
        ),
        "Doesn't want reminders that it is an AI",
        "ai reminders",
    ),
)

_TASK_WORDS = 30  # words: a longer sentence that asks for something is a task, not a wish about answers


def _draft(text: str, subject: str, sentence: str, end: int) -> Draft:
    lead = _CONDITION_RE.match(sentence)  # "In the morning I only want short answers": in the morning
    context = find_context(sentence[end:]) or (condition(lead.group(0).strip(" ,")) if lead else "")
    return wish_draft(text, subject, sentence, context)


def answer_wishes(sentences: list[str], *, reacting: bool, taken: frozenset[str] = frozenset()) -> list[Draft]:
    """Style drafts for how the user wants answers (see the module's doc), one per subject not in ``taken``.

    ``reacting``: the turn is short and follows an assistant answer, so a wish asked of the assistant counts
    without a word that makes it last.
    """
    found: dict[str, Draft] = {}
    for sentence in sentences:
        if _skipped(sentence):
            continue
        lasting = bool(_LASTING_RE.search(sentence))
        for pattern, text, subject in _WHOLE:
            m = pattern.search(sentence) if subject not in found and subject not in taken else None
            if m is not None and not _blocked(sentence, m):
                found[subject] = _draft(text, subject, sentence, m.end())
        for pattern, word in _PHRASES:
            for m in pattern.finditer(sentence):
                lead = "own" if "own" in m.re.groupindex and m.group("own") else _lead(sentence[: m.start()])
                if (
                    lead == "asked"
                    and _BARE_JOIN_RE.search(sentence[: m.start()])
                    and not _VERB_FIRST_RE.match(m.group(0))
                ):
                    continue
                if lead == "asked" and _HELPS_RE.search(sentence[m.end() :]):
                    lead = "own"  # "analogies really help me", "use analogies, it helps me"
                if lead is None or _blocked(sentence, m):
                    continue
                if lead == "asked" and (not (lasting or reacting) or len(sentence.split()) > _TASK_WORDS):
                    continue  # a wish for now, or one instruction of a long task prompt ("... add emojis at the end")
                if lead == "asked" and _bare(sentence, m):
                    continue  # "Long answers. Hate them.": a topic named, nothing asked of it
                if lead == "neg" and not (lasting or reacting or _SPEAKER_RE.search(sentence[: m.start()])):
                    continue  # "no emojis" alone: a reaction or a lasting wish only; "I don't like tables" is one
                if _VERDICT_AFTER_RE.match(sentence[m.end() :]):
                    continue  # "Imperial makes no sense to me", "tables are confusing": said of it, not wished
                worded = word(m, lead == "neg")
                if worded is None or worded[1] in found or worded[1] in taken or _read_by_form(sentence, worded[1]):
                    continue
                found[worded[1]] = _draft(worded[0], worded[1], sentence, m.end())
                break
    return list(found.values())


def _read_by_form(sentence: str, subject: str) -> bool:
    """:mod:`agents.offline.answer_form` reads this wish in ``sentence`` already ("metric please")."""
    for family in FORM_FAMILIES:
        m = family.pattern.search(sentence)
        if m is not None and (worded := family.word(m)) is not None and worded[2] == subject:
            return True
    return False


_NEGATIVE_RE = re.compile(r"^(?:Doesn't|Does not|Dislikes|Hates|Avoids|Can't stand|Is not a fan)\b")


def restated(draft: Draft, head: list[Draft]) -> bool:
    """``draft`` says again, in the rules' words, the same wish about answers that a style draft of ``head`` read in
    the same sentence ("I like thorough explanations": Likes thorough explanations, beside Prefers detailed answers);
    not another value beside it ("Finds paragraphs easier to follow" beside Dislikes bullet-point formatting)."""
    if draft.kind not in (MemoryKind.preference, MemoryKind.dislike, MemoryKind.style):
        return False
    said = {h.text for h in head if h.quote == draft.quote and h.kind is MemoryKind.style}
    if not said:
        return False
    negated = draft.kind is MemoryKind.dislike or bool(_NEGATIVE_RE.match(draft.text))
    worded = [word(m, negated) for pattern, word in _PHRASES for m in pattern.finditer(draft.text)]
    worded += [(text, subject) for pattern, text, subject in _WHOLE if pattern.search(draft.text)]
    return any(w is not None and w[0] in said for w in worded)
