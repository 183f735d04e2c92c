"""What an answer should be made of, said as feedback on the answer just given or as a lasting wish: the parts the
user wants (numbered steps, a checklist, the list, recommendations and prices, video links, one step at a time) and
the parts to leave out (theory, history, background, the intro, pleasantries, explanations, the basics, jargon),
worded as one memory that names both ("skip the theory next time, just the steps": "Wants steps without theory";
"way too long, i just need a checklist, no explanations": "Wants short checklists without explanations"; "You don't
need to give me the history of every brand. Just recommendations and prices, please.": "Wants recommendations and
prices without background history").

Also read: praise of a format asked again ("that little table is perfect, answer me like that whenever sizes come
up": "Wants sizes presented as a small table"), jargon to be explained ("stop dropping words like X without
explaining them": "Wants jargon explained"), videos over text ("can u just link vids instead of explaining"), the
basics skipped ("Skip basics.", "spare me the basics from now on") and the order of the parts ("Examples first, then
theory.": "Prefers examples before theory"; said alone or with a word that makes it last, not "can you do the numbers
first, then the details?" of this answer, nor "I read the examples first, then the theory").

Counted only as :mod:`agents.offline.feedback` counts a cue: in a short turn right after an answer, or with a word
that makes it last ("from now on", "next time", "for future lists", "always", "whenever ... comes up"). A part wanted
with nothing left out and no verdict on the answer ("give me a checklist for the trip") is a request for this
answer, not a wish, unless it lasts. Never read: someone else's wish ("my boss wants just the numbers"), a question
about something ("is the theory important?"), a hypothetical, a quotation, a one-off edit of this text ("cut the
intro paragraph of my essay").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.offline import cue_guards
from agents.offline import lexicon as lx
from agents.offline.drafts import Draft
from agents.offline.wish_leads import skipped, wish_draft

_A = lx.APOS
_DONT = rf"(?:don{_A}?t|dont|do not)"

#: Words that make a wish last beyond the feedback cues' own ("for future lists", "whenever prices come up").
LASTING_RE = re.compile(
    rf"{lx.PERSISTENCE}|\bfor (?:the )?future\b|\bwhenever\b|\bfrom here on\b|\b(?:in|for) (?:general|all)\b",
    re.IGNORECASE,
)
#: A verdict on the answer's length ("way to long lol", "that's a lot of text", "too much text at once").
_VERDICT_RE = re.compile(
    r"\b(?:(?:way|wayy+|far|much)\s+(?:too|to|2)\s+long|too long|(?:too much|a lot of|so much) (?:text|reading|"
    r"words|info)|walls? of text|tl;?dr)\b",
    re.IGNORECASE,
)

#: The parts to leave out: the memory's words, how users write them, and whether a feedback cue of
#: :mod:`agents.offline.feedback_cues` reads it alone already ("skip the theory", "no small talk": left to it).
_LEFT: tuple[tuple[str, str, bool], ...] = (
    ("theory", r"theory|theoretical (?:stuff|bits|part)", True),
    ("background history", r"history(?! lessons?)", False),
    ("background history", r"history lessons?|backstory|background(?: info(?:rmation)?)?", True),
    ("intros", r"intro(?:duction)?s?(?: paragraphs?| bits?)?|preamble", True),
    ("pleasantries", r"congratulations|congrats", False),
    ("pleasantries", r"pleasantries|small talk", True),
    ("explanations", r"expl[a-z]*ations?|explaining|explaning", True),
    ("the basics", r"basics|fundamentals|beginner stuff|basic stuff", False),
    ("jargon", r"jargon|technical (?:words|terms)", True),
)
_LEFT_ANY = "|".join(f"(?:{w})" for _, w, _ in _LEFT)
_LEAD_OUT_RE = re.compile(
    rf"\b(?:skip|skipping|drop|cut|lose|ditch|leave out|spare me|no|without|stop with|enough with|no need for|"
    rf"(?:you )?{_DONT} need to (?:give|tell|explain|write) me|i {_DONT} need)\s+(?:all\s+|any\s+)?(?:the\s+|that\s+|"
    r"those\s+|your\s+|these\s+)?(?:whole\s+|long\s+)?(?=" + _LEFT_ANY + r")",
    re.IGNORECASE,
)
#: "many of the technical words I don't understand": jargon to leave out, said as what the user can't follow.
_NOT_UNDERSTOOD_RE = re.compile(
    rf"\b(?:technical|big|fancy|hard|difficult) (?:words|terms)(?: that)? i (?:{_DONT}|can{_A}?t|cannot) "
    r"(?:understand|follow|know)\b",
    re.IGNORECASE,
)

#: The parts wanted, as formats ("numbered steps", "a checklist", "just the list") or content ("just
#: recommendations and prices").
_FORMATS: tuple[tuple[str, str], ...] = (
    ("numbered step-by-step explanations", r"step[- ]by[- ]step with numbers|numbered step[- ]by[- ]step"),
    ("numbered steps", r"numbered steps|steps with numbers"),
    ("steps", r"steps"),
    ("checklists", r"check ?lists?"),
    ("lists", r"lists?"),
)
_CONTENT = r"recommendations|recs|prices|costs|numbers|names|links|facts|specs|dates"
_FORMAT_ANY = "|".join(f"(?:{w})" for _, w in _FORMATS)
_WANT_FORMAT_RE = re.compile(
    r"\b(?P<lead>just|only|keep it to|stick to|in|as|i (?:just |only )?(?:need|want))\s+(?P<det>the\s+|a\s+|an\s+|"
    r"some\s+)?(?P<size>(?:(?:few|a few|short|simple|quick|small|little)\s+)*)(?P<fmt>" + _FORMAT_ANY + r")\b"
    r"(?!\s+(?:of|about|to)\b)",
    re.IGNORECASE,
)
_WANT_CONTENT_RE = re.compile(
    rf"\b(?:just|only)\s+(?:the\s+)?(?P<what>(?:{_CONTENT})(?:(?:,\s*|\s+and\s+|\s+(?:with|&)\s+)(?:the\s+)?"
    rf"(?:{_CONTENT}))*)\b(?!\s+(?:for|of|on|at|in|from|to)\b)",
    re.IGNORECASE,
)
_NUMBERED_RE = re.compile(r"\bstep[- ]by[- ]step with numbers\b|\bnumbered step[- ]by[- ]step\b", re.IGNORECASE)
_ONE_STEP_RE = re.compile(
    r"\b(?:(?:one|a|1|single) step at a time|(?:only|just) (?:one|1|a single) step\b(?! of)|one step per "
    r"(?:message|answer|reply)|step by step,? one at a time)",
    re.IGNORECASE,
)

#: Whole wishes: jargon explained, videos over text, the basics skipped.
_JARGON_EXPLAINED_RE = re.compile(
    r"\b(?:stop|quit|no more)\s+(?:dropping|using|throwing (?:around|in|out)|tossing (?:around|in)|adding)\s+"
    r"(?:\w+\s+)?(?:words|terms|jargon|acronyms|abbreviations)\b[^.?!]{0,80}?\bwithout (?:explaining|defining|"
    r"explanations?|saying what)",
    re.IGNORECASE,
)
_VIDEOS_RE = re.compile(
    r"\b(?:link|send|give|show)(?: me)?(?: to)?(?: (?:some|a few|a|the))? (?:vids|videos|video links|youtube"
    r"(?: videos| links)?|video tutorials)\b[^.?!]{0,25}?\b(?:inste?a?d|rather than|over|not)\b|\b(?:vids|videos) "
    r"(?:inste?a?d of|rather than|over) (?:text|reading|written|expl\w*)",
    re.IGNORECASE,
)
#: The order of an answer's parts ("Examples first, then theory.", "steps first then the why pls").
_PART_B = r"(?:the\s+)?(?P<{0}>theory|explanations?|details|reasoning|background|why|definitions|maths?)\b"
_ORDER_RE = re.compile(
    r"(?P<bare>^\W*(?:(?:please|pls|plz|and|so|also|always|just)[\s,]+)*)?\b(?:(?:give me|start with|lead with|put)"
    r"\s+)?(?:the\s+)?(?P<a>examples?|steps|code|pictures|diagrams|numbers|summary)\s+(?:first\b[,;:]?\s*(?:and\s+)?"
    r"(?:then|after that|afterwards)\s+"
    + _PART_B.format("b")
    + r"|first\b[,;:]?\s*"
    + _PART_B.format("b2")
    + r"\s+(?:after|afterwards|later)\b(?:\s+that\b)?|before\s+"
    + _PART_B.format("b3")
    + r")"
    r"(?P<end>\W*(?:(?:please|pls|plz|always|thanks|from now on|next time)\W*)*$)?",
    re.IGNORECASE,
)
_BASICS_RE = re.compile(
    r"^\W*(?:[^.;!?]*?[,\s]so\s+(?:you|u)\s+can\s+)?(?:(?:please|pls|just|and|so|honestly)\s+)*"
    r"(?:skip (?:the )?basics|(?:there'?s )?no need to (?:explain|cover|"
    rf"go over) (?:the )?basics|(?:you )?{_DONT} (?:need to |have to )?(?:explain|cover|go over) (?:the )?basics)"
    r"(?:\s+(?:to me|with me|anymore|any more))?(?:\W*$|\s*,\s*(?=i\b|i'm\b|im\b))",
    re.IGNORECASE,
)

#: Praise of a format ("that little table is perfect", "that table is SO much easier to read than paragraphs")...
_PRAISE_RE = re.compile(
    r"\b(?:that|this|the|your)\s+(?P<size>(?:(?:little|small|short|quick|simple)\s+)*)(?P<fmt>table|chart|checklist|"
    r"bullet(?:ed)? list|list|breakdown|layout|format)\b[^.?!]{0,30}?\b(?:is|was|looks|works|were)\b[^.?!]{0,20}?"
    r"\b(?:perfect|great|ideal|exactly|(?:so |much |way )*(?:easier|better|clearer)|helpful|amazing|awesome)\b",
    re.IGNORECASE,
)
#: ... asked again ("answer me like that whenever sizes come up", "can you always give me settings like that?").
_AGAIN_RE = re.compile(r"\blike (?:that|this)\b|\bthat way\b|\bin that (?:format|form|style)\b|\bsame way\b", re.I)
_WHAT_RE = re.compile(
    r"\bgive me (?P<what>[a-z]+(?: [a-z]+)?) like (?:that|this)\b|\bwhenever (?P<what2>[a-z]+(?: [a-z]+)?) "
    r"(?:comes? up|questions?)",
    re.IGNORECASE,
)
_ASKING_RE = re.compile(r"\b(?:please|pls|plz|thanks|thx)\b", re.IGNORECASE)
_NOT_THEIRS_RE = re.compile(r"^\W*(?:my|our|his|her|their)\b|\b(?:he|she|they) (?:wants?|needs?|likes?)\b", re.I)


@dataclass(frozen=True)
class Parts:
    """What one turn asks of answers: the drafts, and the sentences they were read from (no other cue reads them)."""

    drafts: list[Draft]
    used: frozenset[str]


def _left(sentence: str) -> tuple[list[str], bool]:
    """The parts ``sentence`` leaves out, in the memory's words ("drop the intro paragraph and the congratulations"),
    and whether one is no feedback cue's, asked plainly ("skip the basics", "no history please"; not "there was no
    history of it")."""
    out: list[str] = []
    new = False
    for m in _LEAD_OUT_RE.finditer(sentence):
        if _theirs(sentence[: m.start()]):
            continue  # "I always skip the intro", "he says skip the basics"
        span = re.split(r"[.,;!?]|\bjust\b|\bonly\b", sentence[m.end() :], maxsplit=1)[0]
        weak = bool(re.match(r"(?:no|without)\b", m.group(0), re.IGNORECASE)) and not _ASKING_RE.search(sentence)
        for word, pattern, cued in _LEFT:
            if re.search(rf"\b(?:{pattern})\b", span, re.IGNORECASE):
                new = new or not (cued or weak)
                out += [] if word in out else [word]
    if _NOT_UNDERSTOOD_RE.search(sentence) and "jargon" not in out:
        out.append("jargon")
    return out, new


def _theirs(before: str) -> bool:
    """A habit or someone else's words before the phrase ("I always skip the intro", "he says skip the basics")."""
    return bool(cue_guards.HABIT_RE.search(before) or cue_guards.REPORTED_RE.search(before))


def _bare_order(sentence: str) -> bool:
    """The order of an answer's parts said alone ("Examples first, then theory."): a wish by itself."""
    m = _ORDER_RE.search(sentence)
    return m is not None and m.group("bare") is not None and m.group("end") is not None


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _wanted(sentence: str) -> tuple[str, bool] | None:
    """The part ``sentence`` asks for, and whether it is asked as "just the X" (a reaction by itself)."""
    if _NUMBERED_RE.search(sentence):
        return "numbered step-by-step explanations", False
    m = _WANT_FORMAT_RE.search(sentence)
    if m is not None and not _theirs(sentence[: m.start()]):
        fmt = m.group("fmt").lower()
        word = next(w for w, p in _FORMATS if re.fullmatch(p, fmt, re.IGNORECASE))
        if word == "lists" and m.group("lead").lower() not in ("just", "only"):
            return None  # "in a list", "i need a list of hotels": a request for this answer
        if word == "steps" and re.search(r"\bwith numbers\b|\bnumbered\b", sentence, re.IGNORECASE):
            word = "numbered steps"
        size = "short " if m.group("size").strip() else ""
        return size + word, m.group("lead").lower() in ("just", "only") and bool(m.group("det") or "")
    c = _WANT_CONTENT_RE.search(sentence)
    if c is not None and not _theirs(sentence[: c.start()]):
        what = re.sub(r"\s*(?:,|&|\bwith\b)\s*", " and ", c.group("what").lower())
        return re.sub(r"\bthe\s+|\s+", " ", what).replace("recs", "recommendations").strip(), False
    return None


def answer_parts(sentences: list[str], *, reacting: bool) -> Parts:
    """The wishes about what answers are made of in one turn's ``sentences`` (see the module's doc).

    ``reacting``: the turn is short and follows an assistant answer.
    """
    usable = [s for s in sentences if not skipped_part(s) and (reacting or LASTING_RE.search(s) or _bare_order(s))]
    verdict = any(_VERDICT_RE.search(s) for s in sentences)
    lasting = any(LASTING_RE.search(s) for s in usable)
    drafts: list[Draft] = []
    used: set[str] = set()
    for s in usable:
        if _JARGON_EXPLAINED_RE.search(s):
            drafts.append(wish_draft("Wants jargon explained", "jargon", s))
            used.add(s)
        elif _VIDEOS_RE.search(s):
            drafts.append(wish_draft("Prefers video links over written explanations", "media", s))
            used.add(s)
        elif (o := _ORDER_RE.search(s)) and not _theirs(s[: o.start()]) and (_bare_order(s) or LASTING_RE.search(s)):
            a, b = o.group("a").lower(), next(g for g in o.group("b", "b2", "b3") if g).lower()
            a = "examples" if a == "example" else a
            b = {"why": "the why", "explanation": "explanations", "math": "the math", "maths": "the math"}.get(b, b)
            drafts.append(wish_draft(f"Prefers {a} before {b}", "order", s))
            used.add(s)
        elif _ONE_STEP_RE.search(s):
            drafts.append(wish_draft("Wants instructions one step at a time", "steps", s))
            used.update({s, *(t for t in usable if _VERDICT_RE.search(t))})  # "too much text at once" said with it
        elif (p := _PRAISE_RE.search(s)) and any(_AGAIN_RE.search(t) and LASTING_RE.search(t) for t in usable):
            what = next((w.group("what") or w.group("what2") for t in usable if (w := _WHAT_RE.search(t))), None)
            size = "small " if p.group("size").strip() else ""
            fmt = p.group("fmt").lower()
            drafts.append(wish_draft(f"Wants {what or 'answers'} presented as a {size}{fmt}", "format", s))
            used.update(t for t in usable if _AGAIN_RE.search(t) or t == s)
    if drafts:
        return Parts(drafts, frozenset(used))
    left: list[str] = []
    new = False  # a part left out that no feedback cue reads alone
    wanted: tuple[str, bool] | None = None
    for s in usable:
        found_left, found_new = _left(s)
        new = new or found_new
        found_want = _wanted(s)
        if found_left or found_want:
            used.add(s)
        left += [w for w in found_left if w not in left]
        wanted = wanted or found_want
    if wanted is None and left and not new:
        return Parts([], frozenset())  # "skip the theory", "no small talk": the feedback cues' own
    if wanted is None and not left:
        basics = next((s for s in sentences if _BASICS_RE.match(s) and not skipped_part(s)), None)
        return (
            Parts([wish_draft("Wants answers that skip the basics", "level", basics)], frozenset({basics}))
            if basics
            else Parts([], frozenset())
        )
    if wanted is not None and not left and not (lasting or verdict or wanted[1]):
        return Parts([], frozenset())  # "give me a checklist for the trip": this answer only
    quote = next(s for s in usable if s in used)
    if wanted is None:
        subject = {"the basics": "level", "intros": "filler", "pleasantries": "filler", "jargon": "jargon"}.get(
            left[0], "background"
        )
        if left == ["the basics"]:
            return Parts([wish_draft("Wants answers that skip the basics", subject, quote)], frozenset(used))
        return Parts([wish_draft(f"Wants answers without {_joined(left)}", subject, quote)], frozenset(used))
    what = wanted[0]
    if verdict and what.split()[-1] in ("steps", "checklists", "lists"):
        what = what if what.startswith("short") else "short " + what
        used.update(t for t in usable if _VERDICT_RE.search(t))  # "Way too long. Just the steps next time."
    if not left:
        text = f"Wants answers as {what}" if what.split()[-1] in ("steps", "checklists", "lists") else f"Wants {what}"
        return Parts([wish_draft(text, "format", quote)], frozenset(used))
    return Parts([wish_draft(f"Wants {what} without {_joined(left)}", "format", quote)], frozenset(used))


_EDIT_RE = re.compile(
    r"\b(?:of|in|from) (?:my|this|the|our) (?:essay|email|letter|post|draft|paper|speech|text)\b", re.I
)


def skipped_part(sentence: str) -> bool:
    """Not the user's wish about answers: someone else's, a question, a hypothetical, a quote, one text's edit."""
    s = sentence.strip()
    if _NOT_THEIRS_RE.search(s) or _EDIT_RE.search(s) or s.count('"') % 2 == 1:
        return True
    if re.match(r"^\W*(?:is|are|was|were|does|do|did|should|what|why|who|where|which|how)\b", s, re.I):
        return True
    return skipped(s)
