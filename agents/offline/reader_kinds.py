"""The kind of a memory the learned reader drafts, checked against the clause's words: a dislike needs a negative
word, a wish about answers an answer word, a limit that follows from a reason is a constraint, and a rules' "only"
habit kept beside the reader is a preference unless its words name a limit. Used by
:mod:`agents.offline.guided`."""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline.drafts import Draft
from agents.offline.restate import IMPERATIVE_RE, IS_A_NO_RE, PERSON_RE, without_condition
from memory.taxonomy.kinds import infer_kind
from memory.types import MemoryKind

#: The user's own words ("I", "my", "we", ...).
SELF_RE = re.compile(r"(?<![\w'])(?:i|i'm|im|i've|ive|i'd|id|i'll|my|me|mine|myself|we|we're|our|us)(?![\w'])", re.I)
#: A clause with its own subject that is not the user ("the landlord is strict").
OTHER_SUBJECT_RE = re.compile(r"^\W*(?:[\w'-]+\s+){1,3}(?:is|are|was|were|sounds?|seems?|looks?)\b", re.IGNORECASE)
NEGATED_RE = re.compile(r"^\W*(?:no|not|never|zero|nothing)\b", re.IGNORECASE)


#: Words a dislike is said with; a "dislike" without any is the reader's slip.
_NEGATIVE_RE = re.compile(
    r"\b(?:no|not|never|nothing|none|without|avoid\w*|hate\w*|dislike\w*|can'?t|cannot|don'?t|dont|won'?t|"
    r"too|stress\w*|annoy\w*|bor\w*|worst|awful|terrible|scared|afraid|sick of|tired of|done with|pass|ugh)\b|n't\b",
    re.IGNORECASE,
)
#: Words of a wish about answers (broader than the style hint, which must not claim "short games").
ANSWER_WORDS_RE = re.compile(
    r"\b(?:answers?|responses?|replies|explanations?|explain\w*|tone|emojis?|bullets?|points?|lists?|paragraphs?|"
    r"format\w*|markdown|tables?|steps?|sentences?|jargon|examples?|theory|short(?:er)?|brief|long(?:er)?|detail\w*|"
    r"simple|plain|words?|grammar|correct\w*|level|technical|code|summary|summaries|quiz\w*|formal|casual|"
    r"spelling|spoilers?|sources?|language|english|metric|units|intro|fluff|wordy|concise|tests?)\b",
    re.IGNORECASE,
)


#: A verbless wish and its contrast ("Window seat, no red-eyes", "White walls, no clutter"); not a count or the
#: user's household ("Two kids, no pets", "Small flat, no garden" keeps the reader's kind when it has a number or a
#: person).
_PLUS_MINUS_RE = re.compile(
    r"^(?!\W*(?:no|not|never|nothing|zero)\b)(?![^,]*\d)"
    r"(?![^,]*\b(?:i|i'm|im|my|we|our|kids?|children|sons?|daughters?|wife|husband|partner|flat|apartment|house|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|couple)\b)"
    r"[^,]{2,40},\s*(?:and\s+)?no\s+[\w-][^,]*$",
    re.IGNORECASE,
)


#: A thing that wears the user down ("big parties drain me", "heat makes me miserable", "tannic reds give me a
#: headache", "cryptics terrify me"): what they avoid.
_WEARS_RE = re.compile(
    r"\b(?:drains?|exhausts?|overwhelms?|bothers?|annoys?|scares?|stress(?:es)?\s+(?:me|us)\s+out|"
    r"(?:wrecks?|ruins?|kills?)\s+(?:me|us)\b|"
    r"tires?\s+(?:me|us)\s+out|makes?\s+(?:me|us)\s+(?:miserable|anxious|sad|tired|cranky|nervous|grumpy)|"
    r"terrif(?:y|ies)\s+(?:me|us)|freaks?\s+(?:me|us)\s+out|(?:ruins?|wrecks?|kills?)\s+(?:my|our)\s+(?:mood|day|sleep)|"
    r"gives?\s+(?:me|us)\s+(?:an?\s+)?(?:\w+\s+)?(?:headaches?|migraines?|nightmares?|heartburn|anxiety|the creeps)|"
    r"makes?\s+(?:me|us)\s+(?:feel\s+)?(?:sick|ill|nauseous|queasy|dizzy|gross)|"
    r"(?:is|are|'s|'re)\s+(?:so\s+|really\s+|pretty\s+)?(?:rough|hard|brutal)\s+(?:on|for)\s+(?:me|us))\b",
    re.IGNORECASE,
)


_KEEP_IT_RE = re.compile(
    r"^\W*(?:(?:please|pls|just|always)\s+)*(?:(?:keep|make)\s+(?:it|them|things|answers|everything)\s+[\w-]+|"
    r"be\s+(?:more\s+)?(?:blunt|brief|direct|honest|concise|gentle|specific|practical|precise|formal|casual)\b)",
    re.IGNORECASE,
)
_TOO_VERDICT_RE = re.compile(
    r"^\W*(?:(?:way|much|a bit|bit|a little|kinda|kind of|just|still)\s+)?too\s+[\w-]+(?:\s+for\s+(?:me|us))?\W*$",
    re.IGNORECASE,
)


def consistent_kind(clause: str, cls: str) -> str:
    """The class, checked against the clause's words: a dislike needs a negative word (else it is a
    preference); a wish about answers needs an answer word or an instruction (else a dislike when it starts
    with "no", else nothing: '')."""
    body = without_condition(clause)
    if cls in ("preference", "dislike") and _KEEP_IT_RE.match(body):
        return "style"  # "keep it practical", "be blunt": said to the assistant about its answers
    if cls != "style" and (IS_A_NO_RE.match(body) or (cls in ("preference", "dislike") and _WEARS_RE.search(body))):
        return "dislike"  # "red-eyes are a no for me", "mushrooms, no thanks", "big parties drain me"
    if cls == "dislike" and not _NEGATIVE_RE.search(body):
        return "preference"
    if cls != "style" and (m := PERSON_RE.match(body)) is not None:
        return "preference" if m.group("taste") else "fact"  # "window seat person"; "remote worker, mostly async"
    if cls != "style" and _TOO_VERDICT_RE.match(body):
        return ""  # "too basic for me" after an answer: a verdict the feedback rules word, not "Prefers too basic"
    if cls in ("dislike", "fact") and _PLUS_MINUS_RE.match(body):
        return "preference"  # "Window seat, no red-eyes": what the user wants, then what not
    if cls == "preference" and NEGATED_RE.match(body):
        return "dislike"  # "No deadlifts" avoids them
    if cls != "fact" and OTHER_SUBJECT_RE.match(body) and not SELF_RE.search(body):
        return ""  # "landlord is strict", "casual is totally fine": said of something else, not a wish
    if cls == "style" and not (ANSWER_WORDS_RE.search(body) or IMPERATIVE_RE.match(body)):
        return "dislike" if NEGATED_RE.match(body) else ""  # "No spoilers" is a dislike; "the env var one" nothing
    return cls


_ONLY_RE = re.compile(r"^(?:Only|Exclusively|Solely)\b")


#: A limit ("nothing permanent", "has to be fully plant based") stated as what follows from a reason.
_LIMIT_RE = re.compile(
    r"^\W*(?:no|nothing|not|never|zero|only)\b|\b(?:has to|have to|must|needs? to|can'?t|cannot|won'?t)\b", re.I
)
_ONLY_CLAUSE_RE = re.compile(r"^\W*(?:only|just|exclusively|strictly)\b|\bonly\W*$", re.I)


def consequence_kind(clause: str, sentence: str, cls: str) -> str:
    """A limit that follows from a reason is a constraint ("I'm renting, so nothing permanent", "we're a vegan
    household so the catering has to be fully plant based"); a bare "no ..." beside an "only ..." in the same
    sentence is that preference's contrast ("Only road cycling, no mountain bikes"), not a dislike of its own
    ('': nothing to add)."""
    if cls not in ("preference", "dislike", "fact"):
        return cls
    body = without_condition(clause)
    if _LIMIT_RE.search(body) and re.search(r"\bso\s+" + re.escape(clause), sentence, re.IGNORECASE):
        return "constraint"  # also when read as a fact: "I rent, so nothing permanent" is no "Has nothing permanent"
    if cls == "fact":
        return cls
    if cls == "dislike" and NEGATED_RE.match(body):
        before = sentence[: max(sentence.find(clause), 0)]
        if any(_ONLY_CLAUSE_RE.search(c) for c in re.split(r"[,;]", before) if c.strip()):
            return ""
    return cls


def rules_kind(draft: Draft) -> Draft:
    """A rules' draft kept beside the reader, with its kind checked: an "only" habit ("Only writes tests with
    pytest, never unittest") is a constraint on the rules' path; here a preference unless its words name a limit
    (the taxonomy's constraint: "Only eats halal")."""
    limit = infer_kind(draft.text) is MemoryKind.constraint
    if draft.kind is MemoryKind.constraint and _ONLY_RE.match(draft.text) and not limit:
        return replace(draft, kind=MemoryKind.preference)
    return draft


#: A routine said with how often ("Goes to the office by bike every day", "Tests the water weekly"): what the user
#: does, a fact, unless it is a choice among options ("only", "always", "never") or a taste.
_ROUTINE_RE = re.compile(
    r"\b(?:every (?:day|morning|evening|night|week|weekend|month|year|summer|winter|sunday|monday|tuesday|"
    r"wednesday|thursday|friday|saturday)|daily|weekly|nightly|monthly|"
    r"(?:once|twice|\d+ times|\d+x) a (?:day|week|month|year))\b",
    re.IGNORECASE,
)
_CHOSEN_RE = re.compile(
    r"\b(?:only|always|never|prefers?|likes?|loves?|enjoys?|hates?|dislikes?|avoids?|favou?rite|wants?|needs?)\b",
    re.IGNORECASE,
)


def routine_kind(draft: Draft) -> Draft:
    """A preference that is a routine said with how often is a fact (the written sets label it so), unless it or
    the sentence it comes from says a choice."""
    chosen = _CHOSEN_RE.search(draft.text) or _CHOSEN_RE.search(draft.quote)  # "..., never in the morning"
    if draft.kind is MemoryKind.preference and _ROUTINE_RE.search(draft.text) and not chosen:
        return replace(draft, kind=MemoryKind.fact)
    return draft


#: Word families that settle the kind when exactly one of them is in the clause (the reader's guess otherwise).
_KIND_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p, re.IGNORECASE))
    for kind, p in (
        (
            "constraint",
            r"\b(?:allergic|intolerant|can'?t eat|cannot eat|budget|under \d|not allowed|halal|kosher|"
            r"vegan|vegetarian|gluten|celiac|diabetic)\b",
        ),
        (
            "fact",
            r"^(?:i'?m|i am|im)\s+(?:a|an|from|\d+|in|on|at|based|originally|learning|studying|working|retired|single|"
            r"married|pregnant|left|right|dyslexic|claustrophobic|colou?r ?blind|deaf|blind|tall|short|petite)\b|"
            r"^(?:i'?m|i am|im|we'?re|we are)\s+(?:expecting|pregnant)\b|"
            r"^(?:i|we)\s+(?:(?:only|just|mostly|also|usually|still)\s+)?(?:work|live|have|has|own|drive|grew|moved|study|teach|homeschool|commute|stare|get|play|sing|"
            r"speak|use|keep|run|shoot)\b|^(?:i'?ve|ive)\s+(?:got|been|had)\b|\byears old\b|"
            r"^(?:i|we)\s+(?:just\s+|recently\s+)?(?:moved|adopted|retired|graduated)\b",
        ),
        ("dislike", r"\b(?:hate|can'?t stand|cannot stand|dislike|not a fan|not for me|no thanks|never again)\b"),
        (
            "preference",
            r"\b(?:love|prefer|favou?rite|big fan|fan of|into|enjoy|always go for|all the way)\b|"
            r"\b(?:only(?:\s+for\s+(?:me|us))?|everywhere)\W*$",
        ),
        (
            "style",
            r"\b(?:answers?|responses?|replies|explanations?|explain|tone|emojis?|bullet(?:s| points?| lists?)?|"
            r"paragraphs?|formatting|markdown|table|step[- ]by[- ]step|sentences|jargon)\b",
        ),
    )
)


def kind_hint(clause: str) -> str | None:
    """The kind the clause's words settle, or None when none or several families occur."""
    body = without_condition(clause)
    found = [kind for kind, pattern in _KIND_HINTS if pattern.search(body)]
    return found[0] if len(found) == 1 else None


#: A clause that only stresses the one before it ("Window seat. Always.", "No spoilers. Ever.").
EMPHASIS_RE = re.compile(
    r"^\W*(?:always|ever|never|only|every time|everytime|obviously|definitely|for sure|period|seriously|"
    r"no exceptions?|never again|forever|all the time)\W*$",
    re.IGNORECASE,
)


def stress_after(sentences: list[str], i: int) -> str:
    """Sentence ``i + 1`` of a turn when it only stresses sentence ``i`` ("Window seat." then "Always."), else ""."""
    following = sentences[i + 1] if 0 <= i < len(sentences) - 1 else ""
    return following if EMPHASIS_RE.match(following) else ""


def refused(clause: str, stress: str) -> bool:
    """A stressed fragment turned down: said negated, or stressed by "Never." ("Middle seat. Never.")."""
    return bool(NEGATED_RE.match(clause) or re.match(r"\W*never\b", stress, re.IGNORECASE))


#: A restatement whose own first word says its kind: a taste ("Likes cheap wine", from "cheap wine is fine by me",
#: is no constraint), what the user knows ("Knows pipes": a fact, not a taste), or how a part of them is ("Their
#: short game is awful": a fact, unless it says a limit).
_TASTE_LEAD_RE = re.compile(r"^(?:Likes|Loves|Enjoys|Adores) ")
_KNOWS_RE = re.compile(r"^(?:Knows|Understands|Speaks) ")
_THEIR_STATE_RE = re.compile(
    r"^Their (?!.*\b(?:can'?t|cannot|can not|unable|won'?t|needs?|must|only|no|not|never|don'?t|doesn'?t)\b)"
)


#: A limit ("Really cannot be around dogs"; not "Never ...": "Never front row seats" words a fragment as a verb), a
#: dislike said as missing patience ("Has no patience for fiddly stuff") and a past never done ("Never learned to
#: follow", "Has never touched real rock": a fact, no dislike).
_CANNOT_RE = re.compile(r"^(?:(?:Really|Just|Honestly|Literally|Simply) )?(?:cannot|can't|can not) \w+", re.I)
_NO_PATIENCE_RE = re.compile(r"^Has (?:no|zero|little) (?:patience|time|tolerance|stomach) for\b")
_NEVER_DONE_RE = re.compile(r"^(?:Has never|Have never|Never (?!(?:liked|loved|enjoyed|cared|wanted)\b)\w+ed)\b")


#: A preference about how answers are: a style ("Prefers a formal tone", "Prefers short, concise answers").
_ANSWERS_RE = re.compile(r"^Prefers (?:a |an )?[\w, -]{0,40}\b(?:answers|tone|explanations|replies)$")


def worded_kind(text: str, cls: str) -> str:
    """The reader's class, checked against the first word of its restatement ``text``."""
    if cls in ("constraint", "fact") and _TASTE_LEAD_RE.match(text):
        return "preference"
    if cls in ("preference", "dislike") and _CANNOT_RE.match(text):
        return "constraint"
    if cls in ("fact", "preference") and _NO_PATIENCE_RE.match(text):
        return "dislike"
    if cls in ("preference", "dislike") and _NEVER_DONE_RE.match(text):
        return "fact"
    if cls in ("preference", "dislike", "constraint") and (_KNOWS_RE.match(text) or _THEIR_STATE_RE.match(text)):
        return "fact"
    if cls == "preference" and _ANSWERS_RE.match(text):
        return "style"  # "Prefers short, concise answers" (from "for coding questions, always brief")
    return cls
