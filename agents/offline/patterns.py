"""First-person preference and dislike statements: the ordered rules and their builders.

Each rule is a regex anchored on the speaker ("I ...") and a builder that turns the match into a
:class:`~agents.offline.drafts.Draft`: "I can't stand crowded places" -> "Dislikes crowded places",
"I'd rather take the train than fly" -> "Would rather take the train than fly". Negation ("I don't
really like"), hedging ("kind of like"), doubt ("I'm not sure I like") and the past ("I used to love")
are read here too; habits and hard limits ("I never fly") are built by :mod:`agents.offline.habits`.
"""

from __future__ import annotations

import re

from agents.offline import consoles, habits, past_tastes
from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, STRONG, UNSURE, Draft
from agents.offline.indifference import INDIFFERENCE, NEG_NOW
from agents.offline.normalize import join_text, subject_key
from agents.offline.objects import take
from agents.offline.rules import (
    ADV,
    I_AM,
    I_HAVE,
    I_SP,
    I_WORD,
    OBJ,
    Rule,
    adverbs,
    confidence,
    draft,
    first_match,
    verb_phrase,
)
from memory.types import MemoryKind

_CANON = {
    "adore": "love",
    "favour": "favor",
    "prioritise": "prioritize",
    "can't stand": "dislike",
    "cannot stand": "dislike",
    "can not stand": "dislike",
    "can't bear": "dislike",
    "cannot bear": "dislike",
    "steer clear of": "avoid",
    "stay away from": "avoid",
    "shy away from": "avoid",
    "cannot tolerate": "can't tolerate",
    "cannot handle": "can't handle",
    "gravitate towards": "gravitate toward",
    "lean towards": "lean toward",
}

_DEGREE = (
    r"(?:(?:a bit|a little|quite|very|really|so|pretty|rather|kind of|somewhat|incredibly|extremely|"
    r"super|way|too|much|far|less|more|rather|fairly)\s+)*"
)


def _past(_: re.Match[str]) -> Draft | None:
    return None  # "I used to love X": not a current preference


#: What a thing is preferred over, too plain for :func:`take` ("than stuff", "than on stuff"), said as is.
_PLAIN_Y_RE = re.compile(r"(?:(?:on|in|with|for)\s+)?(?!(?:this|that|it|them|him|her)\b)[a-z]+(?:\s+[a-z]+)?")


def _rather(m: re.Match[str]) -> Draft | None:
    x = take(m.group("x"))
    y = take(m.group("y"))
    plain = re.sub(r"\s*[.!]+$", "", m.group("y").strip())
    than = y.text if y is not None else plain if _PLAIN_Y_RE.fullmatch(plain) else None
    if x is None or than is None:
        return None
    return Draft(join_text("Would rather", x.text, "than", than), MemoryKind.preference, subject_key(x.text))


def _rather_alone(m: re.Match[str]) -> Draft | None:
    if _ONE_OFF_RE.search(m.group("obj")) or re.match(r"\s*(?:die|be dead|not)\b", m.group("obj")):
        return None  # "I'd rather go tomorrow": this once; "I'd rather die": a figure of speech
    return draft(m, "Would rather", MemoryKind.preference, EXPLICIT)


#: A choice for one occasion, not a standing one.
_ONE_OFF_RE = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:time|week|weekend|morning|evening|year|one)|right now|for now|next \w+|"
    r"yesterday|instead|you|your|it|this|that|(?<!\bon\s)one(?!\s+on\s+one)|wait|skip|do it|start over|go with|"
    r"stick with|pick|choose|"
    r"take the (?:first|second|third|last|other))\b",
    re.IGNORECASE,
)


def _always_want(m: re.Match[str]) -> Draft | None:
    if _ONE_OFF_RE.search(m.group("obj")):
        return None  # "I always want to skip this one"
    return draft(m, "Always wants", MemoryKind.preference, EXPLICIT)


def _rather_not(m: re.Match[str]) -> Draft | None:
    if re.fullmatch(r"\s*(?:\w+\s+){1,3}(?:it|that|this|them)\W*", m.group("obj"), re.I):
        return None  # "I rent so I'd rather not mess with it": what "it" is was said before, not here
    return draft(m, "Would rather not", MemoryKind.dislike, EXPLICIT)


def _prefer_not(m: re.Match[str]) -> Draft | None:
    return draft(m, verb_phrase(m.group("adv"), "prefer") + " not to", MemoryKind.dislike, confidence(m["adv"]))


def _like(m: re.Match[str]) -> Draft | None:
    cue = re.sub(r"\s+", " ", m.group("verb").lower())
    base = _CANON.get(cue, cue)
    if re.match(r"\s*the (?:idea|thought|sound|concept) of\b", m.group("obj"), re.IGNORECASE):
        return None  # "I like the idea of a picnic": a reaction to a suggestion
    conf = confidence(m.group("adv"))
    if m.group("would").strip():
        if base not in ("prefer", "go for", "opt for", "stick to", "stick with"):
            return None  # "I'd like ...", "I would love ...": a request or a wish, not a preference
        conf = min(conf, 0.75)
    return draft(m, verb_phrase(m.group("adv"), base), MemoryKind.preference, conf)


def _dislike(m: re.Match[str]) -> Draft | None:
    cue = re.sub(r"\s+", " ", m.group("verb").lower())
    if cue.endswith("stand") and re.match(r"\s*(?:for|longer|more than|up|still|on my feet)\b", m.group("obj"), re.I):
        return None  # "I can't stand for more than 20 min": a limit of the body (body_traits), no dislike
    base = _CANON.get(cue, cue)
    return draft(m, verb_phrase(m.group("adv"), base), MemoryKind.dislike, confidence(m.group("adv")))


_TROUBLE_RE = re.compile(
    r"(?:any\s+|more\s+)?(?:problems?|trouble|drama|issues|a fight|fights|beef|a scene)\b(?!\s+with\s+(?:my|the)\b)",
    re.I,
)


def _not_like(m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    if verb in ("want", "need"):
        if re.match(r"\s*to\s", m.group("obj")):
            return None  # "I don't want to modify the stack trace": about the task at hand
        if re.search(lx.MONEY, m.group("obj"), re.IGNORECASE):
            return None  # "I don't want to spend more than $500": a budget, read elsewhere
        if _TROUBLE_RE.match(m.group("obj").strip()):
            return None  # "I don't want problems haha": wanting no trouble says nothing about the user
        return draft(m, "Doesn't want", MemoryKind.dislike, 0.7)
    if verb == "trust" or verb.startswith("feel"):
        return draft(m, f"doesn't {verb}", MemoryKind.dislike, EXPLICIT)
    text = "Doesn't enjoy" if verb == "enjoy" else "Dislikes"
    return draft(m, text, MemoryKind.dislike, confidence(m.group("adv")))


def _be_like(m: re.Match[str]) -> Draft | None:
    phrase = re.sub(r"\s+", " ", m.group("phrase").lower())
    phrase = re.sub(r"^(?:super|so|totally|way|heavily|deep) into$", "into", phrase)  # "I'm super into ...": Is into
    obj_raw = m.group("obj")
    if phrase.endswith("interested in") and re.match(
        r"(?:buying|getting|finding|purchasing|renting|booking|hiring|upgrading|learning more|knowing|hearing)\b",
        obj_raw,
        re.I,
    ):
        return None
    conf = 0.75 if "interested" in phrase else confidence(m.group("adv"))
    return draft(m, _be(m.group("adv"), phrase), MemoryKind.preference, conf)


def _be_dislike(m: re.Match[str]) -> Draft | None:
    phrase = re.sub(r"\s+", " ", m.group("phrase").lower()).replace("really ", "")
    conf = 0.55 if "mood" in phrase else confidence(m.group("adv"))
    return draft(m, _be(m.group("adv"), phrase), MemoryKind.dislike, conf)


def _be(adv: str, phrase: str) -> str:
    kept = [a for a in adverbs(adv) if a in lx.KEPT_ADVERBS]
    return " ".join(["is", *kept, phrase])


def _have_noun(m: re.Match[str]) -> Draft | None:
    noun = m.group("noun").lower()
    article = (m.group("art") or "").lower()
    adj = re.sub(r"\s+", " ", m.group("adj") or "").strip()
    prep = m.group("prep").lower()
    low = bool(re.search(r"\b(?:low|no|zero|little|limited)\b", f"{article} {adj}"))  # "I have no patience for"
    if noun in ("tolerance", "patience", "interest", "love", "liking", "taste") and low:
        dislike = True
    elif noun in ("tolerance", "patience", "problem", "issue", "stance", "bias", "leaning", "inclination"):
        dislike = prep in ("against", "with") and noun not in ("leaning", "inclination")
        if noun in ("problem", "issue", "stance", "tolerance", "patience") and not dislike:
            return None
    else:
        dislike = noun in lx.HAVE_NOUNS_DISLIKE or noun.endswith("dislike")
    kind = MemoryKind.dislike if dislike else MemoryKind.preference
    if noun in ("phobia", "fear", "intolerance"):
        kind = MemoryKind.constraint
    head = " ".join(w for w in (article, adj, noun, prep) if w)
    conf = STRONG if re.search(r"strong|severe|intense|deep|real", adj, re.I) else EXPLICIT
    return draft(m, f"has {head}", kind, conf)


def _no_interest(m: re.Match[str]) -> Draft | None:
    return draft(m, "has no interest in", MemoryKind.dislike, EXPLICIT)


def _find(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"))
    if obj is None and not re.match(r"it\s*$", m.group("obj"), re.I):
        return None
    adj = m.group("adj").lower()
    degree = (m.group("deg") or "").strip().lower()
    negative = bool(m.group("neg")) or (degree.endswith("less") and bool(m.group("pos")))
    rest = take(m.group("rest") or "", allow_empty=True)
    tail = rest.text if rest is not None else ""
    what = obj.text if obj is not None else "it"
    kind = MemoryKind.dislike if negative else MemoryKind.preference
    subject = subject_key(what if obj is not None else tail)
    context = (rest.context if rest is not None else "") or (obj.context if obj is not None else "")
    return Draft(join_text("Finds", what, degree, adj, tail), kind, subject, EXPLICIT, context=context)


def _get_feel(m: re.Match[str]) -> Draft | None:
    verb = f"gets {m.group('feel').lower()} {m.group('prep').lower()}"
    return draft(m, verb, MemoryKind.dislike, EXPLICIT)


def _unsure(m: re.Match[str]) -> Draft | None:
    obj = take(m.group("obj"))
    if obj is None:
        return None
    return Draft(
        join_text("Is not sure they", m.group("verb").lower(), obj.text),
        MemoryKind.dislike,
        subject_key(obj.text),
        UNSURE,
        context=obj.context,
    )


def _avoid_wish(m: re.Match[str]) -> Draft | None:
    return draft(m, "Avoids", MemoryKind.dislike, 0.75)


_NOT_SO = (
    r"(?:not|never)\s+(?:(?:too|really|very|that|so|all that|particularly|overly|terribly|exactly|"
    r"super|much of|always)\s+)*"
)

_LIKE = lx.alternation(lx.LIKE_VERBS)

_DISLIKE = lx.alternation(lx.DISLIKE_VERBS)

_HABIT = lx.alternation(lx.HABIT_VERBS)

_NEG = lx.NEG

RULES: tuple[Rule, ...] = (
    *past_tastes.RULES,  # "I loved Project Hail Mary"
    *consoles.RULES,  # "i only play on switch myself"
    Rule("past", re.compile(rf"{I_SP}{ADV}used to\s+(?:really\s+)?(?:{_LIKE}|{_DISLIKE}|be\b)", re.I), _past),
    Rule(
        "unsure",
        re.compile(
            rf"{I_AM}not (?:sure|certain) (?:if |whether |that )?(?:I|i) (?P<verb>like|love|enjoy|want){OBJ}", re.I
        ),
        _unsure,
    ),
    Rule("rather_not", re.compile(rf"{I_WORD}(?:'d|\s+would)\s+(?:much\s+)?rather not{OBJ}", re.I), _rather_not),
    Rule(
        "rather",
        re.compile(rf"{I_WORD}(?:'d|\s+would)?\s+(?:much\s+)?rather\s+(?P<x>.+?)\s+than\s+(?P<y>.+)", re.I),
        _rather,
    ),
    Rule(  # "I'd rather stay in on weekends": a standing choice said without what it is chosen over
        "rather_alone",
        re.compile(rf"{I_WORD}(?:'d|\s+would)\s+(?:much\s+|honestly\s+|really\s+|generally\s+)?rather{OBJ}", re.I),
        _rather_alone,
    ),
    Rule(  # "I always want a window seat", "i always want a tent i can stand up in": a standing wish
        "always_want",
        re.compile(rf"{I_WORD}\s+(?:always|usually|generally)\s+want(?!\s+to\s+(?:know|ask|check|see)\b){OBJ}", re.I),
        _always_want,
    ),
    Rule("avoid_wish", re.compile(rf"{I_WORD}(?:'d|\s+would)\s+(?:like|prefer|want) to avoid{OBJ}", re.I), _avoid_wish),
    Rule(
        "prefer_not", re.compile(rf"{I_WORD}(?:'d\s+|\s+would\s+|\s+){ADV}prefers?\s+not\s+to{OBJ}", re.I), _prefer_not
    ),
    *INDIFFERENCE,
    Rule(
        "not_like",
        re.compile(
            rf"{I_SP}{ADV}{_NEG}\s+(?:really\s+|particularly\s+|much\s+|especially\s+|actually\s+)*(?P<verb>like|"
            rf"love|enjoy|care for|want|fancy|appreciate|trust|feel comfortable with|feel comfortable in)"
            rf"{OBJ}",
            re.I,
        ),
        _not_like,
    ),
    Rule(
        "not_habit",
        re.compile(
            rf"{I_SP}{ADV}{NEG_NOW}\s+(?:really\s+|usually\s+|generally\s+|typically\s+|ever\s+)*(?P<verb>{_HABIT}|"
            rf"do|own|go to|go near|sing|dance|ski|camp|jog|golf|surf|skate|party|gamble|game)\b(?:\s+(?P<obj>.+))?",
            re.I,
        ),
        habits.not_habit,
    ),
    Rule(
        "cannot",
        re.compile(
            rf"{I_SP}(?:(?:really|just|honestly|literally|simply|truly|absolutely)\s+)?"
            rf"(?:can't|can\u2019t|cant|cannot|can not|am unable to|'m unable to)\s+(?P<verb>eat|have|drink|digest|"
            rf"tolerate|handle|afford|walk far|walk|climb|lift|swim|drive|ride|stand for long|be around|be near|"
            rf"kneel|sit for long|(?:drill|paint|put holes|make holes|hang things)"
            rf"(?=\s+(?:in|into|on)?\s*(?:the|my|any)\s+walls\b))(?:\s+(?P<obj>.+)"
            rf")?",
            re.I,
        ),
        habits.cannot,
    ),
    Rule("dislike", re.compile(rf"{I_SP}{ADV}(?P<verb>{_DISLIKE})(?:s|es)?\b{OBJ}", re.I), _dislike),
    Rule("like", re.compile(rf"{I_WORD}(?P<would>'d\s+|\s+would\s+|\s+){ADV}(?P<verb>{_LIKE})s?\b{OBJ}", re.I), _like),
    Rule(
        "be_dislike",
        re.compile(
            rf"{I_AM}{ADV}(?P<phrase>{_NOT_SO}{lx.alternation(lx.BE_LIKE)}|{lx.alternation(lx.BE_DISLIKE)}){OBJ}", re.I
        ),
        _be_dislike,
    ),
    Rule("be_like", re.compile(rf"{I_AM}{ADV}(?P<phrase>{lx.alternation(lx.BE_LIKE)}){OBJ}", re.I), _be_like),
    Rule(
        "no_interest",
        re.compile(rf"{I_HAVE}(?:absolutely\s+)?(?:no|zero|little)\s+(?:real\s+)?interest\s+in{OBJ}", re.I),
        _no_interest,
    ),
    Rule(
        "have_noun",
        re.compile(
            rf"{I_HAVE}(?:(?P<art>a|an|no|zero|little|very little)\s+)?(?P<adj>(?:[\w-]+,?\s+){{0,3}}?)("
            rf"?P<noun>{lx.alternation(lx.HAVE_NOUNS_LIKE + lx.HAVE_NOUNS_DISLIKE)})\s+(?P<prep>for|to|"
            rf"of|towards?|against|with){OBJ}",
            re.I,
        ),
        _have_noun,
    ),
    Rule(
        "wont",
        re.compile(
            rf"{I_WORD}(?:(?:'ll\s+|\s+){ADV}(?:won't|will not|wouldn't|would not|would never|will never|refuse "
            rf"to)|'d\s+(?:really\s+|honestly\s+|just\s+)?never)\s+(?:ever\s+)?(?P<verb>{_HABIT}|touch|go near|"
            rf"set foot in|support|allow|tolerate){OBJ}",
            re.I,
        ),
        habits.wont,
    ),
    Rule(
        "get_feel",
        re.compile(
            rf"{I_SP}{ADV}(?:get|feel|become)\s+(?:(?:very|really|so|quite|a bit|a little|pretty|super|extremely)"
            rf"\s+)*(?P<feel>uncomfortable|anxious|nervous|claustrophobic|dizzy|sick|nauseous|bored|overwhelmed|"
            rf"stressed|queasy|uneasy|motion sick|seasick|carsick|scared|panicky)\s+(?P<prep>in|when|with|"
            rf"around|at|on|during|by|from|about|\w+ing){OBJ}",
            re.I,
        ),
        _get_feel,
    ),
    Rule(
        "habit",
        re.compile(
            rf"{I_WORD}(?:'ll\s+|\s+){ADV}(?P<almost>(?:almost|nearly|pretty much)\s+)?"
            rf"(?P<freq>{lx.alternation(lx.FREQ_CONSTRAINT + lx.FREQ_POS)})\s+("
            rf"?:(?:really|just|actually|only)\s+)?(?P<verb>{_HABIT})\b(?:\s+(?P<obj>.+))?",
            re.I,
        ),
        habits.habit,
    ),
    Rule(
        "verb_only",  # "I read almost only sci-fi"
        re.compile(
            rf"{I_WORD}\s+(?P<verb>{_HABIT})\s+(?P<almost>(?:almost|nearly|pretty much)\s+)(?P<freq>only)\s+"
            r"(?P<obj>[^,;]+)",
            re.I,
        ),
        habits.habit,
    ),
    Rule(
        "find",
        re.compile(
            rf"{I_SP}{ADV}(?:find|found|consider)\s+(?P<obj>.+?)\s+(?:to be\s+)?(?P<deg>{_DEGREE})(?P<adj>("
            rf"?P<neg>{lx.NEG_ADJ})|(?P<pos>{lx.POS_ADJ}))\b(?P<rest>.*)",
            re.I,
        ),
        _find,
    ),
)


def match_statement(clause: str, pos: int) -> Draft | None:
    """The first rule that matches at the speaker token at ``pos`` (None when none does or it says nothing)."""
    return first_match(RULES, clause, pos)
