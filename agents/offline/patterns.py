"""First-person preference, dislike and constraint statements: the rules and the clause reader.

Each rule is a regex anchored on the speaker ("I ...") and a builder that turns the match into a
:class:`~agents.offline.drafts.Draft`: "I can't stand crowded places" -> "Dislikes crowded places",
"I'd rather take the train than fly" -> "Would rather take the train than fly", "I never fly" ->
"Never flies". Negation, hedging ("I think I prefer"), doubt ("I'm not sure I like") and the past
("I used to love") are read here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, IMPLICIT, STRONG, UNSURE, Draft
from agents.offline.normalize import join_text, subject_key, third_singular
from agents.offline.objects import take
from memory.types import MemoryKind, MemorySource

Builder = Callable[[re.Match[str]], Draft | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


_I0 = r"(?:I|i)"
_I = r"(?:I|i)\s+"
_BE = r"(?:I|i)(?:'m|\s+am)\s+"
_HAVE = r"(?:I|i)(?:'ve|\s+have)(?:\s+got)?\s+"
_ADV = rf"(?P<adv>{lx.ADV})"
_OBJ = r"\s+(?P<obj>.+)"
_ADVERB_RE = re.compile(r"\b" + lx.alternation(lx.ADVERBS) + r"\b", re.IGNORECASE)
_STRONG_WORDS = frozenset({"strongly", "absolutely", "strictly", "always", "never", "adamantly", "exclusively"})
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
_NEG_ADJ = (
    "boring|tedious|annoying|overwhelming|uncomfortable|stressful|distracting|ineffective|impractical|outdated|"
    "overrated|pretentious|unappealing|unpleasant|exhausting|draining|dull|slow|frustrating|confusing|intimidating|"
    "restrictive|demotivating|cheesy|disgusting|gross|repetitive|noisy|loud|crowded|tiring|off-putting|unbearable|"
    "useless|pointless|unhelpful|irritating|awkward|claustrophobic|scary|creepy|bland|greasy|too \\w+|hard to \\w+|"
    "difficult to \\w+(?: to| with| in| on)?|harder to \\w+|impossible to \\w+|unsettling|uninspiring|unengaging|soulless|"
    "fake|superficial|gimmicky|childish|rigid|dry|intense|violent|stressful|tasteless|unhealthy|uninteresting|"
    "(?:dis|un|non|over|mis)[a-z]{4,}(?:ing|ed|ful|ive|able|ible|ant|ent|ous|ic|al|y)"
)
_POS_ADJ = (
    "relaxing|enjoyable|fun|engaging|helpful|useful|effective|calming|soothing|inspiring|motivating|rewarding|"
    "satisfying|comfortable|fascinating|interesting|refreshing|therapeutic|energizing|easier to \\w+|easy to \\w+|"
    "beneficial|valuable|stimulating|peaceful|uplifting|rejuvenating|liberating|exciting|thrilling|delicious|"
    "more engaging|more effective|more enjoyable|more fun|more comfortable"
)
_DEGREE = r"(?:(?:a bit|a little|quite|very|really|so|pretty|rather|kind of|somewhat|incredibly|extremely|super|way|too|much|far|less|more|rather|fairly)\s+)*"


_INTRANSITIVE = frozenset({"drive", "fly", "smoke", "drink", "cook", "swim", "travel", "exercise", "commute"})
_AUX = ("tend to", "try to", "need to", "have to", "want to", "must")


def _adverbs(adv: str) -> list[str]:
    return [a.lower() for a in _ADVERB_RE.findall(adv or "")]


def _verb_phrase(adv: str, base: str) -> str:
    """Third-person verb with the adverbs worth keeping: 'strongly prefers', 'tends to avoid'."""
    advs = _adverbs(adv)
    kept = [a for a in advs if a in lx.KEPT_ADVERBS]
    aux = next((a for a in advs if a in _AUX), None)
    if aux == "must":
        verb = f"must {base}"
    elif aux:
        verb = f"{third_singular(aux.split()[0])} to {base}"
    else:
        verb = third_singular(base)
    return " ".join([*kept, verb])


def _confidence(adv: str, base: float = EXPLICIT) -> float:
    advs = set(_adverbs(adv))
    if advs & lx.HEDGE_ADVERBS:
        return round(base - 0.25, 2)
    return STRONG if advs & _STRONG_WORDS else base


def _draft(m: re.Match[str], verb: str, kind: MemoryKind, conf: float, *, subject_prefix: str = "") -> Draft | None:
    obj = take(m.group("obj"))
    if obj is None:
        return None
    subject = subject_key(obj.text)
    return Draft(
        text=join_text(verb, obj.text),
        kind=kind,
        subject=f"{subject_prefix}{subject}" if subject_prefix else subject,
        confidence=conf,
        context=obj.context,
    )


# --- builders --------------------------------------------------------------------------------------


def _past(_: re.Match[str]) -> Draft | None:
    return None  # "I used to love X": not a current preference


def _rather(m: re.Match[str]) -> Draft | None:
    x = take(m.group("x"))
    y = take(m.group("y"))
    if x is None or y is None:
        return None
    return Draft(join_text("Would rather", x.text, "than", y.text), MemoryKind.preference, subject_key(x.text))


def _rather_not(m: re.Match[str]) -> Draft | None:
    return _draft(m, "Would rather not", MemoryKind.dislike, EXPLICIT)


def _prefer_not(m: re.Match[str]) -> Draft | None:
    return _draft(m, _verb_phrase(m.group("adv"), "prefer") + " not to", MemoryKind.dislike, _confidence(m["adv"]))


def _like(m: re.Match[str]) -> Draft | None:
    cue = re.sub(r"\s+", " ", m.group("verb").lower())
    base = _CANON.get(cue, cue)
    conf = _confidence(m.group("adv"))
    if m.group("would").strip():
        if base not in ("prefer", "go for", "opt for", "stick to", "stick with"):
            return None  # "I'd like ...", "I would love ...": a request or a wish, not a preference
        conf = min(conf, 0.75)
    return _draft(m, _verb_phrase(m.group("adv"), base), MemoryKind.preference, conf)


def _dislike(m: re.Match[str]) -> Draft | None:
    cue = re.sub(r"\s+", " ", m.group("verb").lower())
    base = _CANON.get(cue, cue)
    return _draft(m, _verb_phrase(m.group("adv"), base), MemoryKind.dislike, _confidence(m.group("adv")))


def _not_like(m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    if verb in ("want", "need"):
        if re.search(r"[$€£]\s?\d|\d\s?(?:dollars|euros|pounds)", m.group("obj")):
            return None  # "I don't want to spend more than $500": a budget, read elsewhere
        return _draft(m, "Doesn't want", MemoryKind.dislike, 0.7)
    if verb == "trust" or verb.startswith("feel"):
        return _draft(m, f"doesn't {verb}", MemoryKind.dislike, EXPLICIT)
    text = "Doesn't enjoy" if verb == "enjoy" else "Dislikes"
    return _draft(m, text, MemoryKind.dislike, _confidence(m.group("adv")))


def _not_habit(m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    obj = take(m.group("obj") or "", allow_empty=verb in _INTRANSITIVE)
    if obj is None:
        return None
    subject = f"{verb} {subject_key(obj.text)}".strip()
    return Draft(join_text("Doesn't", verb, obj.text), MemoryKind.constraint, subject, EXPLICIT, context=obj.context)


def _cannot(m: re.Match[str]) -> Draft | None:
    verb = m.group("verb").lower()
    obj = take(m.group("obj") or "", allow_empty=verb in ("drive", "swim", "walk far"))
    if obj is None:
        return None
    subject = f"{verb} {subject_key(obj.text)}".strip()
    return Draft(join_text("Can't", verb, obj.text), MemoryKind.constraint, subject, STRONG, context=obj.context)


def _habit(m: re.Match[str]) -> Draft | None:
    freq = m.group("freq").lower()
    verb = m.group("verb").lower()
    obj = take(m.group("obj") or "", allow_empty=freq in ("never", "no longer") and verb in _INTRANSITIVE)
    if obj is None:
        return None
    subject = f"{verb} {subject_key(obj.text)}".strip()
    if freq in lx.FREQ_CONSTRAINT:
        freq_text = {"no longer": "no longer", "solely": "only"}.get(freq, freq)
        text = join_text(freq_text, verb if freq == "can only" else third_singular(verb), obj.text)
        return Draft(text, MemoryKind.constraint, subject, STRONG, context=obj.context)
    freq_text = "tends to" if freq == "tend to" else freq
    verb_text = verb if freq == "tend to" else third_singular(verb)
    return Draft(
        join_text(freq_text, verb_text, obj.text),
        MemoryKind.preference,
        subject,
        IMPLICIT,
        MemorySource.implicit,
        context=obj.context,
    )


def _be_like(m: re.Match[str]) -> Draft | None:
    phrase = re.sub(r"\s+", " ", m.group("phrase").lower())
    obj_raw = m.group("obj")
    if phrase.endswith("interested in") and re.match(
        r"(?:buying|getting|finding|purchasing|renting|booking|hiring|upgrading|learning more|knowing|hearing)\b",
        obj_raw,
        re.I,
    ):
        return None
    conf = 0.75 if "interested" in phrase else _confidence(m.group("adv"))
    return _draft(m, _be(m.group("adv"), phrase), MemoryKind.preference, conf)


def _be_dislike(m: re.Match[str]) -> Draft | None:
    phrase = re.sub(r"\s+", " ", m.group("phrase").lower()).replace("really ", "")
    conf = 0.55 if "mood" in phrase else _confidence(m.group("adv"))
    return _draft(m, _be(m.group("adv"), phrase), MemoryKind.dislike, conf)


def _be(adv: str, phrase: str) -> str:
    kept = [a for a in _adverbs(adv) if a in lx.KEPT_ADVERBS]
    return " ".join(["is", *kept, phrase])


def _have_noun(m: re.Match[str]) -> Draft | None:
    noun = m.group("noun").lower()
    article = (m.group("art") or "").lower()
    adj = re.sub(r"\s+", " ", m.group("adj") or "").strip()
    prep = m.group("prep").lower()
    low = bool(re.search(r"\b(?:low|no|zero|little|limited)\b", adj))
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
    return _draft(m, f"has {head}", kind, conf)


def _no_interest(m: re.Match[str]) -> Draft | None:
    return _draft(m, "has no interest in", MemoryKind.dislike, EXPLICIT)


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
    return Draft(join_text("Finds", what, degree, adj, tail), kind, subject, EXPLICIT)


def _wont(m: re.Match[str]) -> Draft | None:
    verb = re.sub(r"\s+", " ", m.group("verb").lower())
    return _draft(m, f"won't {verb}", MemoryKind.dislike, STRONG)


def _get_feel(m: re.Match[str]) -> Draft | None:
    verb = f"gets {m.group('feel').lower()} {m.group('prep').lower()}"
    return _draft(m, verb, MemoryKind.dislike, EXPLICIT)


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
    return _draft(m, "Avoids", MemoryKind.dislike, 0.75)


_LIKE = lx.alternation(lx.LIKE_VERBS)
_DISLIKE = lx.alternation(lx.DISLIKE_VERBS)
_HABIT = lx.alternation(lx.HABIT_VERBS)
_NEG = lx.NEG

RULES: tuple[Rule, ...] = (
    Rule("past", re.compile(rf"{_I}{_ADV}used to\s+(?:really\s+)?(?:{_LIKE}|{_DISLIKE}|be\b)", re.I), _past),
    Rule("unsure", re.compile(rf"{_BE}not (?:sure|certain) (?:if |whether |that )?(?:I|i) (?P<verb>like|love|enjoy|want){_OBJ}", re.I), _unsure),
    Rule("rather_not", re.compile(rf"{_I0}(?:'d|\s+would)\s+(?:much\s+)?rather not{_OBJ}", re.I), _rather_not),
    Rule("rather", re.compile(rf"{_I0}(?:'d|\s+would)?\s+(?:much\s+)?rather\s+(?P<x>.+?)\s+than\s+(?P<y>.+)", re.I), _rather),
    Rule("avoid_wish", re.compile(rf"{_I0}(?:'d|\s+would)\s+(?:like|prefer|want) to avoid{_OBJ}", re.I), _avoid_wish),
    Rule("prefer_not", re.compile(rf"{_I0}(?:'d\s+|\s+would\s+|\s+){_ADV}prefers?\s+not\s+to{_OBJ}", re.I), _prefer_not),
    Rule("not_like", re.compile(rf"{_I}{_ADV}{_NEG}\s+(?:really\s+|particularly\s+|much\s+|especially\s+|actually\s+)*(?P<verb>like|love|enjoy|care for|want|fancy|appreciate|trust|feel comfortable with|feel comfortable in){_OBJ}", re.I), _not_like),
    Rule("not_habit", re.compile(rf"{_I}{_ADV}{_NEG}\s+(?:really\s+|usually\s+|generally\s+|typically\s+|ever\s+)*(?P<verb>{_HABIT}|do|own|go to|go near)\b(?:\s+(?P<obj>.+))?", re.I), _not_habit),
    Rule("cannot", re.compile(rf"{_I}(?:can't|cannot|can not|am unable to|'m unable to)\s+(?P<verb>eat|have|drink|digest|tolerate|handle|afford|walk far|walk|climb|lift|swim|drive|ride|stand for long)(?:\s+(?P<obj>.+))?", re.I), _cannot),
    Rule("dislike", re.compile(rf"{_I}{_ADV}(?P<verb>{_DISLIKE})(?:s|es)?\b{_OBJ}", re.I), _dislike),
    Rule("like", re.compile(rf"{_I0}(?P<would>'d\s+|\s+would\s+|\s+){_ADV}(?P<verb>{_LIKE})s?\b{_OBJ}", re.I), _like),
    Rule("be_dislike", re.compile(rf"{_BE}{_ADV}(?P<phrase>{lx.alternation(lx.BE_DISLIKE)}){_OBJ}", re.I), _be_dislike),
    Rule("be_like", re.compile(rf"{_BE}{_ADV}(?P<phrase>{lx.alternation(lx.BE_LIKE)}){_OBJ}", re.I), _be_like),
    Rule("no_interest", re.compile(rf"{_HAVE}(?:absolutely\s+)?(?:no|zero|little)\s+(?:real\s+)?interest\s+in{_OBJ}", re.I), _no_interest),
    Rule("have_noun", re.compile(rf"{_HAVE}(?:(?P<art>a|an|no|zero|little|very little)\s+)?(?P<adj>(?:[\w-]+,?\s+){{0,3}}?)(?P<noun>{lx.alternation(lx.HAVE_NOUNS_LIKE + lx.HAVE_NOUNS_DISLIKE)})\s+(?P<prep>for|to|of|towards?|against|with){_OBJ}", re.I), _have_noun),
    Rule("wont", re.compile(rf"{_I0}(?:'ll\s+|\s+){_ADV}(?:won't|will not|wouldn't|would not|would never|will never|refuse to)\s+(?:ever\s+)?(?P<verb>{_HABIT}|touch|go near|set foot in|support|allow|tolerate){_OBJ}", re.I), _wont),
    Rule("get_feel", re.compile(rf"{_I}{_ADV}(?:get|feel|become)\s+(?:(?:very|really|so|quite|a bit|a little|pretty|super|extremely)\s+)*(?P<feel>uncomfortable|anxious|nervous|claustrophobic|dizzy|sick|nauseous|bored|overwhelmed|stressed|queasy|uneasy|motion sick|seasick|carsick|scared|panicky)\s+(?P<prep>in|when|with|around|at|on|during|by|from|about|\w+ing){_OBJ}", re.I), _get_feel),
    Rule("habit", re.compile(rf"{_I0}(?:'ll\s+|\s+){_ADV}(?P<freq>{lx.alternation(lx.FREQ_CONSTRAINT + lx.FREQ_POS)})\s+(?:(?:really|just|actually|only)\s+)?(?P<verb>{_HABIT})\b(?:\s+(?P<obj>.+))?", re.I), _habit),
    Rule("find", re.compile(rf"{_I}{_ADV}(?:find|found|consider)\s+(?P<obj>.+?)\s+(?:to be\s+)?(?P<deg>{_DEGREE})(?P<adj>(?P<neg>{_NEG_ADJ})|(?P<pos>{_POS_ADJ}))\b(?P<rest>.*)", re.I), _find),
)


def match_statement(clause: str, pos: int) -> Draft | None:
    """The first rule that matches at the speaker token at ``pos`` (None when none does or it says nothing)."""
    for rule in RULES:
        m = rule.pattern.match(clause, pos)
        if m is not None:
            return rule.build(m)
    return None
