"""Feedback on the assistant's answers ("too long", "just the code", "in TypeScript please", "stop using
emojis") as style memories.

A cue counts when it reacts to an answer (a short turn after an assistant turn) or asks for something
lasting ("from now on", "always", "stop ...", or of answers in general: "Keep answers short"); a one-off
instruction inside a long task prompt does not, nor an edit asked of one text, even right after the answer
("Make it shorter", "Rewrite this paragraph so it sounds more professional"): a verdict on the answer ("too
long", "shorter please") is feedback, a change asked of this text is not. Plain words, no filler, candour, advice
not repeated, one pick, steps and spoilers are :mod:`agents.offline.feedback_cues`' (never in someone else's
words, quotation marks, a question about something or a habit).
"""

from __future__ import annotations

import re

from agents.offline import answer_manner as am
from agents.offline import cue_guards
from agents.offline import feedback_cues as fc
from agents.offline import lexicon as lx
from agents.offline.answer_parts import Parts, answer_parts
from agents.offline.answer_wishes import answer_wishes
from agents.offline.drafts import Draft
from agents.offline.feedback_cues import Cue
from agents.offline.objects import find_context
from agents.offline.substance import substance
from memory.types import MemoryKind, MemorySource

CONFIDENCE = 0.8
SHORT_TURN_WORDS = 30
_PERSISTENCE_RE = re.compile(lx.PERSISTENCE, re.IGNORECASE)
#: Answers in general ("Keep answers short", "keep your responses brief"): a wish about every answer, so it lasts
#: wherever it is said; "make it shorter" or "shorten this" is about the answer at hand and counts only as a
#: reaction to it (a short turn right after it).
#: A change asked of one text ("Make it shorter", "Rewrite this paragraph so it sounds professional", "can you
#: make the intro more formal"): a one-off edit, unlike a verdict on the answer ("too long", "shorter please").
_EDIT_RE = re.compile(
    r"^\W*(?:(?:please|pls|ok(?:ay)?|now|can you|could you|would you|will you)[\s,]+)*(?:make|rewrite|rephrase|"
    r"reword|edit|shorten|trim|cut|condense|summari[sz]e|expand|polish|fix|redo|turn|change|adjust|tweak)\s+"
    r"(?:it|this|that|these|those|the|my|them|his|her|our)\b",
    re.IGNORECASE,
)
_ANSWERS_RE = re.compile(rf"\b{lx.ANSWERS}\b", re.IGNORECASE)


def _cue(pattern: str, text: str, subject: str, *, guarded: bool = False) -> Cue:
    return fc.cue(pattern, text, subject, guarded=guarded)


_PROG = lx.alternation(lx.PROGRAMMING_LANGUAGES)
_HUMAN = lx.alternation(lx.HUMAN_LANGUAGES)
_PROG_NAMES = {
    "typescript": "TypeScript",
    "javascript": "JavaScript",
    "golang": "Go",
    "php": "PHP",
    "sql": "SQL",
    "c#": "C#",
}

CUES: tuple[Cue, ...] = (
    _cue(
        r"\b(?:(?:way |much |a bit |far |too )*too (?:long|verbose|wordy|lengthy)|too much (?:text|"
        r"detail|info\w*)|tl;?dr|"
        r"shorter(?: please| answers?| responses?| replies)?|(?:be|more|keep (?:it|them|things|your \w+|"
        rf"(?:the |all |my )?{lx.ANSWERS})) (?:more )?"
        r"(?:brief|concise|succinct|short)|less (?:verbose|wordy|text)|cut the fluff|get to the point|shorter and|"
        r"(?:such|a|another|this is a|that'?s a|that was a) wall of text|walls of text)\b",
        "Prefers short, concise answers",
        "answer length",
    ),
    _cue(  # "that was a whole essay for a yes or no lol. short answers pls"; not "my boss wants short answers"
        r"\b(?:(?:that was|that'?s|this is|it'?s|it was|you wrote|you gave me) (?:like )?(?:a whole|an entire|such an) "
        r"(?:essay|novel)|short (?:answers|replies|responses)(?=,? (?:please|pls|plz|from now on|next time|only)\b|"
        r"\W*$))",
        "Prefers short, concise answers",
        "answer length",
        guarded=True,
    ),
    _cue(
        r"\b(?:too (?:short|brief|vague|shallow)|more (?:detailed|in-depth|thorough) (?:answers?|responses?|replies|"
        r"explanations?)|longer (?:answers?|responses?|explanations?)|(?:answers?|responses?) (?:are|were) too "
        r"short)\b",
        "Prefers detailed answers",
        "answer length",
    ),
    _cue(
        r"\b(?<!not )(?:just (?:give me |show me |send |paste )?the code|only (?:the )?code|code only|no explanations?|"
        r"without (?:any |the )?explanations?|skip the explanations?|don't explain|no need to explain|"
        r"less talk(?:ing)?,? (?:and )?more code)\b",
        "Wants code only, without explanation",
        "code answers",
    ),
    _cue(
        r"^(?:(?:please|pls|ok|okay|now|and|can you|could you)[\s,]+)*(?:(?:write|do|redo|rewrite|"
        r"show|give|use|switch to)"
        r"(?:\s+(?:it|this|that|them|the code|code|examples?|me|the examples?))?\s+)?(?:in\s+)?(" + _PROG + r")"
        r"(?:\s+(?:please|pls|instead|from now on|going forward|next time|thanks))*[\s.!]*$",
        "Prefers {0} for code examples",
        "programming language",
    ),
    _cue(
        r"\b(?:use|prefer|write (?:it|code|examples|the code) in)\s+("
        + _PROG
        + r")\s+(?:instead|from now on|going forward"
        r"|for (?:code|examples|the code))\b",
        "Prefers {0} for code examples",
        "programming language",
    ),
    _cue(
        r"\b(?:(?:answer|reply|respond|write|speak|talk)(?: to me)?(?: only)? in|switch to|in)\s+(" + _HUMAN + r")"
        r"(?:\s+(?:please|pls|instead|from now on|going forward))+\b|"
        r"\b(?:answer|reply|respond|speak|talk)(?: to me)?(?: only)? in\s+(" + _HUMAN + r")\b",
        "Prefers answers in {0}",
        "response language",
    ),
    _cue(
        r"\b(?:more (?:formal|professional|polite)|less (?:casual|informal|chatty)|too (?:casual|informal|chatty)|"
        r"keep (?:it|things) (?:formal|professional))\b",
        "Prefers a formal tone",
        "tone",
    ),
    _cue(
        r"\b(?:more (?:casual|informal|relaxed|friendly|conversational)|less (?:formal|stiff|robotic)|too "
        r"(?:formal|stiff|robotic)|keep (?:it|things) (?:casual|informal|light))\b",
        "Prefers a casual, friendly tone",
        "tone",
    ),
    _cue(
        r"\b(?:no|without|stop (?:using|adding|giving me|sending(?: me)?|with)|don'?t (?:use|give me|send me)|"
        r"do not use|(?:can|could|would|will) you not use|try not to use|fewer|less|no more|quit (?:using|with)|drop|"
        r"enough with|again with|too many|hate|can'?t stand)"
        r"(?: the| all the| so many| all| those| these)? (?:bullet[- ]?points|bullets|bullet(?:ed)? lists|lists)\b",
        "Dislikes bullet-point formatting",
        "format",
        guarded=True,  # not "my teacher said no bullet points in essays"
    ),
    _cue(
        r"(?<!over |than )(?:(?<! to )|(?<=switch to )|(?<=change to )|(?<=back to )|(?<=stick to ))"  # not "prose to"
        r"(?<!instead of )\b(?:use |in |as |with )?bullet[- ]?points?\b|"
        r"\bas a (?:bulleted )?list\b",
        "Prefers bullet points",
        "format",
        guarded=True,
    ),
    _cue(r"\b(?:in|as|use) (?:a )?tables?\b", "Prefers tables for comparisons", "format"),
    _cue(
        r"\b(?:stop (?:using|adding|with the)|no more|no|don't use|do not use|(?:can|could|would|will) you not use|"
        r"try not to use|without|fewer|less|quit using|drop the|"
        r"enough with the|too many) emojis?\b",
        "Doesn't want emojis in answers",
        "emojis",
    ),
    _cue(
        r"\b(?:stop apologi[sz]ing|don't apologi[sz]e|no need to apologi[sz]e|quit apologi[sz]ing|stop saying sorry)\b",
        "Doesn't want apologies in answers",
        "apologies",
    ),
    *fc.WORDING_CUES,  # hedging, over-explaining, register, examples, follow-up questions, recaps, '!'
    *fc.CUES,  # plain words, no filler, candour, advice not repeated, one pick, steps, spoilers
    *am.CUES,  # just the answer, a calmer voice, fewer questions back, pros and cons, bold, a format that reads better
)


#: Every cue holds one of these words: a cheap test before the regexes.
_HINTS = frozenset(
    lx.words(
        "long|verbose|wordy|lengthy|text|detail|detailed|info|tl|dr|tldr|shorter|brief|concise|succinct|short|fluff|"
        "point|vague|shallow|depth|thorough|longer|elaborate|deeper|code|explanation|explanations|explain|formal|"
        "professional|polite|casual|informal|chatty|relaxed|friendly|conversational|stiff|robotic|light|bullet|"
        "bullets|lists|list|table|tables|emoji|emojis|apologize|apologise|apologizing|apologising|sorry|c|wall|walls|"
        "talk|talking|essay|novel|answers|replies|responses"
    )
    + tuple(w.replace("\\", "") for w in lx.PROGRAMMING_LANGUAGES)
    + lx.HUMAN_LANGUAGES
    + fc.HINTS
    + am.HINTS
)


#: A question whether something is so ("is suspicious minds too long for a bar tho", "are these too formal?") or a
#: measure against a purpose ("too long for a cover letter"): about that thing, not about the answers.
_ABOUT_A_THING_RE = re.compile(
    r"^\W*(?:is|are|was|were|isn'?t|aren'?t|should|does|did)\b(?![^?]*\byou(?:r|rs)?\b)|"
    r"\btoo \w+ for (?:a|an|the|my|our|his|her|their|this|that)\b",
    re.IGNORECASE,
)
#: "no more tasting menus please, they're always too long": said of the things, unless answers are named.
_SAID_OF_THEM_RE = re.compile(r"\b(?:they'?re|they are)\s+(?:\w+\s+){0,2}too \w+", re.IGNORECASE)
#: "hardcore history episodes are way too long for me": a named thing is too long, not the answers (it had read
#: "Prefers short, concise answers", sent with every request); "your answers are too long", "the email is too
#: formal" (a text the assistant wrote) stay feedback.
_THING_TOO_RE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}(?P<head>[\w'-]+)\s+(?:is|are|r)\s+(?:\w+\s+){0,2}too \w+", re.IGNORECASE
)
_TEXT_NOUNS = frozenset(
    lx.words(
        "it|this|that|these|those|yours|answer|answers|response|responses|reply|replies|explanation|explanations|"
        "text|email|emails|message|letter|summary|list|paragraph|paragraphs|sentence|sentences|intro|post|draft|"
        "version|tone|wording|code|one|ones|bit|part"
    )
)


def _said_of_a_thing(sentence: str) -> bool:
    """The sentence is about a thing, not the assistant's answers: a question whether it is so or a measure against a
    purpose ("is this too long for a cover letter?"), "they're always too long", "these hikes are too long"."""
    if _ABOUT_A_THING_RE.search(sentence):
        return True
    if _ANSWERS_RE.search(sentence):
        return False
    m = _THING_TOO_RE.match(sentence)
    return bool(_SAID_OF_THEM_RE.search(sentence)) or (m is not None and m.group("head").lower() not in _TEXT_NOUNS)


def has_feedback_cue(text: str) -> bool:
    """Whether any feedback cue matches ``text`` (a cheap word test first, the regexes only then)."""
    if not _HINTS.intersection(lx.tokens(text)) or _ABOUT_A_THING_RE.search(text):
        return False
    return any(_match(cue, text) for cue in CUES)


def _match(cue: Cue, sentence: str) -> re.Match[str] | None:
    """The cue's first match in ``sentence`` that is the user's wish (see :func:`feedback_cues.blocked`)."""
    return next((m for m in cue.pattern.finditer(sentence) if not cue_guards.blocked(cue, sentence, m)), None)


def _value(m: re.Match[str]) -> str:
    word = next((g for g in m.groups() if g), "")
    low = word.lower()
    return _PROG_NAMES.get(low, low.capitalize() if len(low) > 2 else low.upper())


def feedback(sentences: list[str], *, reacting: bool) -> list[Draft]:
    """Style memories from the sentences of one user turn.

    ``reacting``: the turn is short and follows an assistant answer, so any cue counts; otherwise a cue
    counts only in a sentence that asks for something lasting.
    """
    parts = answer_parts(sentences, reacting=reacting)  # "skip the theory next time, just the steps"
    read = [s for s in sentences if s in parts.used]
    if read and any(d.kind is MemoryKind.style for d in substance(read, reacting=reacting)):
        parts = Parts([], frozenset())  # "i dont need the history, just the steps": substance.py words it so
    found: dict[str, Draft] = {d.subject: d for d in parts.drafts}
    for sentence in sentences:
        if sentence in parts.used:
            continue  # its wish is worded whole there
        lasting = bool(_PERSISTENCE_RE.search(sentence) or _ANSWERS_RE.search(sentence))
        if not (reacting or lasting) or not _HINTS.intersection(lx.tokens(sentence)):
            continue
        if _said_of_a_thing(sentence):
            continue  # "is this too long for a cover letter?": about that thing, not the answers
        if not lasting and _EDIT_RE.match(sentence):
            continue  # "Make it shorter", "Rewrite this paragraph so it sounds more professional": this text only
        for cue in CUES:
            m = _match(cue, sentence) if cue.subject not in found else None
            value = (cue.value(m) if cue.value else _value(m)) if m is not None else None
            if m is None or value is None:
                continue
            context = find_context(sentence[m.end() :])
            text = cue.text.format(value) if "{0}" in cue.text else cue.text
            found[cue.subject] = Draft(
                text=text,
                kind=cue.kind,
                subject=cue.subject,
                confidence=CONFIDENCE,
                source=MemorySource.feedback,
                context=context,
                category=cue.category,
                quote=sentence,
            )
    rest = [s for s in sentences if s not in parts.used]
    for wish in answer_wishes(rest, reacting=reacting, taken=frozenset(found)):  # "I want detailed answers"
        found[wish.subject] = wish
    quoted = {d.quote for d in found.values()}
    for sentence in rest if reacting else []:  # "I love it when you explain the why": no cue read it
        if sentence not in quoted and (d := am.when_you(sentence)) is not None and d.subject not in found:
            found[d.subject] = d
    styled = (
        frozenset(d.quote for d in found.values()) | parts.used
    )  # then what was suggested, not its form (substance.py)
    return list(found.values()) + substance(sentences, reacting=reacting, styled=styled)


def is_reaction(word_count: int, has_previous_answer: bool) -> bool:
    return has_previous_answer and word_count <= SHORT_TURN_WORDS
