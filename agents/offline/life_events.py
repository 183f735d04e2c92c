"""Life events and new starts, said with "I": facts that hold for months, not one-off acts.

- A coming event of the user's own life: "I'm getting married in June" (Is getting married in June), "I'm engaged",
  "I'm expecting our first in May" (Is expecting their first child in May), "I'm retiring next year", "I'm
  graduating in May", "I'm turning 40", "I'm planning my wedding", "I'm hosting Thanksgiving" (a holiday the user
  hosts; not "I'm hosting a party tonight").
- One just past that still holds: "I just graduated" (Recently graduated), "I just had a baby", "I got married
  in 2010" (Is married), "I just retired".
- A new start of a pastime: "I just started pottery classes" (Recently started pottery classes), "I took up
  running last year" (Took up running last year); not a one-off act ("I just started the download", "I just
  started cooking dinner", "I started reading your answer": see :func:`passing_start`).
- A change of career: "I'm switching careers from teaching to product management", "I'm switching from 8 years in
  teaching" (Is changing careers from teaching); not "I'm switching from iPhone to Android".
- A move said in the present for the future: "Now I move to Stockholm", "I move to Berlin next month" (Is moving
  to Stockholm); not without a time word ("I move to the couch").

Tried by :func:`agents.offline.persona.match_persona` after the health rules and before the identity rules, so
"I'm pregnant" keeps its wording and "I started X" is read here first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.offline import circumstances, daily_life
from agents.offline.drafts import Draft
from agents.offline.health import fact
from agents.offline.normalize import join_text, subject_key, third_person
from agents.offline.objects import take
from agents.offline.places import PLACE_END
from agents.offline.rules import I_AM, I_HAVE, I_SP, Rule

_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_SEASONS = r"spring|summer|fall|autumn|winter"
#: When the event is, kept in the memory ("in June", "next year", "this summer", "in two weeks").
_WHEN = (
    rf"(?:in|this|next|by|on)\s+(?:(?:early|mid|late|the)\s+)?(?:{_MONTHS}|{_SEASONS})(?:\s+\d{{4}})?|"
    r"(?:next|this)\s+(?:year|month|week|weekend)|in\s+(?:\d{4}|a (?:few|couple of) (?:weeks|months)|"
    r"(?:\d+|two|three|four|five|six|a) (?:weeks?|months?|years?))|soon"
)
_WHEN_RE = re.compile(rf"\s+(?P<when>{_WHEN})\b", re.IGNORECASE)
_RECENT = r"(?:just|recently|finally)\s+"
_NUMBERS = r"\d{2}|thirty|forty|fifty|sixty|seventy|eighty|ninety"


def _when(rest: str) -> str:
    """The time the event is set for, when it follows directly ("in June (!!!)", "next year")."""
    m = _WHEN_RE.match(rest)
    if m is None:
        return ""
    return re.sub(rf"\b(?:{_MONTHS})\b", lambda w: w.group(0).capitalize(), m.group("when").lower())


#: The category of each event (a taxonomy name of :mod:`memory.taxonomy.prototypes`); None: chosen by meaning.
_CATEGORY = {"wedding": "family", "baby": "family", "retirement": "work", "studies": "learning"}


def _event(text: str, subject: str) -> Draft:
    return fact(text, subject, _CATEGORY.get(subject))


def _career_change(m: re.Match[str]) -> Draft | None:
    """ "I'm switching careers from teaching to product management", "I'm switching from 8 years in teaching"."""
    parts = ["Is changing careers"]
    for prep, said in (("from", m.group("src") or m.group("src2")), ("to", m.group("dst"))):
        obj = take(said, max_words=5) if said else None
        parts += [prep, obj.text] if obj is not None else []
    return fact(join_text(*parts), "career change", "work")


def _married(m: re.Match[str]) -> Draft | None:
    return _event(join_text("Is getting married", _when(m.group("rest"))), "wedding")


def _engaged(_: re.Match[str]) -> Draft | None:
    return _event("Is engaged", "wedding")


def _got_married(m: re.Match[str]) -> Draft | None:
    what = m.group("what").lower()
    if m.group("recent"):
        return _event(f"Recently got {what}", "wedding")
    return _event(f"Is {what}", "wedding")


def _wedding(m: re.Match[str]) -> Draft | None:
    return _event(join_text("Is planning a wedding", _when(m.group("rest"))), "wedding")


_ORDINAL = r"first|second|third|fourth|fifth"


def _expecting(m: re.Match[str]) -> Draft | None:
    what = m.group("what").lower()
    what = re.sub(rf"^(?:our|my)\s+({_ORDINAL})(?:\s+(?:child|baby|kid))?$", r"their \1 child", what)
    return _event(join_text("Is expecting", what, _when(m.group("rest"))), "baby")


def _had_baby(m: re.Match[str]) -> Draft | None:
    what = m.group("what").lower()
    what = re.sub(rf"^(?:our|my)\s+({_ORDINAL})(?:\s+(?:child|baby|kid))?$", r"their \1 child", what)
    return _event(join_text("Recently had", what), "baby")


def _retiring(m: re.Match[str]) -> Draft | None:
    when = _when(m.group("rest"))
    if m.group("plain") and not when:
        return None  # "I retire" without a time: not a plan said ("when I retire" is read as a condition anyway)
    return _event(join_text("Is retiring", when), "retirement")


def _retired(m: re.Match[str]) -> Draft | None:
    return _event("Recently retired" if m.group("recent") else "Is retired", "retirement")


_FROM_RE = re.compile(
    r"\s+from\s+(?P<school>(?:the\s+)?[\w'&.-]+(?:\s+[\w'&.-]+){0,5}?)(?=\s+(?:in|this|next|last|"
    r"and|but|so|with)\b|[,.;!?)]|$)",
    re.IGNORECASE,
)


def _school(rest: str) -> str:
    m = _FROM_RE.match(rest)
    return f"from {third_person(m.group('school'))}" if m else ""


def _graduating(m: re.Match[str]) -> Draft | None:
    rest = m.group("rest")
    school = _FROM_RE.match(rest)
    after = rest[school.end() :] if school else rest
    return _event(join_text("Is graduating", _school(rest), _when(after)), "studies")


def _graduated(m: re.Match[str]) -> Draft | None:
    school = _school(m.group("rest"))
    if m.group("recent"):
        return _event(join_text("Recently graduated", school), "studies")
    return _event(join_text("Graduated", school), "studies") if school else None


_WORDS = {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}


def _turning(m: re.Match[str]) -> Draft | None:
    n = m.group("n").lower()
    return _event(join_text("Is turning", _WORDS.get(n, n), _when(m.group("rest"))), "age")


_HOLIDAYS = (
    r"thanksgiving|friendsgiving|christmas(?:\s+(?:eve|dinner|lunch|day))?|easter(?:\s+(?:dinner|brunch|lunch))?|"
    r"passover|(?:the\s+)?seder|hanukkah|diwali|eid|new year's(?:\s+eve)?|lunar new year"
)


_LOWER = frozenset({"eve", "dinner", "lunch", "day", "brunch", "year", "new"})


def _hosting(m: re.Match[str]) -> Draft | None:
    words = re.sub(r"^the\s+", "", m.group("h")).split()
    holiday = " ".join(w.lower() if i and w.lower() in _LOWER else w.capitalize() for i, w in enumerate(words))
    holiday = "a Seder" if holiday == "Seder" else holiday
    return _event(join_text("Is hosting", holiday, _when(m.group("rest"))), "hosting")


#: What follows "started" when it is a one-off act, not a pastime or a new part of life ("I started the
#: download", "I just started cooking dinner", "I started reading your answer", "I started to wonder").
_PASSING_OBJ_RE = re.compile(
    r"(?:the|this|that|these|those|your|it|them|to|with|on|off|out|up|over|again|yesterday|today|tonight|"
    r"(?:(?!(?:learning|taking|playing|doing|practicing|practising|training)\b)\w+ing\s+(?:the|this|that|"
    r"these|those|your|my|a|an|it|them|dinner|lunch|breakfast|supper|tonight|today)\b)|"
    r"(?:thinking|looking|wondering|feeling|getting|having|wanting|noticing|seeing|working|trying|using|"
    r"watching|reading|writing|typing|packing|cleaning|cooking|googling|searching|asking)\b)",
    re.IGNORECASE,
)
#: "my" only before a new part of life ("I just started my PhD", "I started my own business").
_MY_START_RE = re.compile(
    r"my\s+(?:first\s+|new\s+|own\s+)*(?:job|phd|ph\.d\.|master'?s|degree|residency|apprenticeship|internship|"
    r"business|company|practice|shop|podcast|blog|channel|garden|training|studies|course)\b",
    re.IGNORECASE,
)
_START_WHEN_RE = re.compile(
    r"\s+(?P<when>(?:last|this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|(?:a|two|three|a few|a couple "
    r"of|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|recently|lately|at \d{2}|in \d{4})\b",
    re.IGNORECASE,
)
_START_END_RE = re.compile(
    r"\s+(?:and|but|so|because|since|though|which|who|where|everyone|it's|its)\b|[,;:.!?(]", re.IGNORECASE
)


def passing_start(clause: str, pos: int) -> bool:
    """Whether ``clause`` at ``pos`` says "I (just) started / took up" a one-off act, not something to remember."""
    m = _START_RE.match(clause, pos)
    return m is not None and _start_object(m) is None


def _start_object(m: re.Match[str]) -> str | None:
    obj = m.group("obj")
    if _MY_START_RE.match(obj):
        pass
    elif _PASSING_OBJ_RE.match(obj) or re.match(r"(?:my|our|his|her|their)\b", obj, re.IGNORECASE):
        return None
    raw = _START_END_RE.split(obj, maxsplit=1)[0]
    raw = _START_WHEN_RE.split(raw, maxsplit=1)[0]
    got = take(raw, max_words=8)
    return None if got is None else got.text


def _start(m: re.Match[str]) -> Draft | None:
    obj = _start_object(m)
    if obj is None:
        return None
    verb = m.group("verb").lower()
    when_m = _START_WHEN_RE.search(_START_END_RE.split(m.group("obj"), maxsplit=1)[0])
    when = when_m.group("when").lower() if when_m else ""
    if m.group("recent") or when in ("recently", "lately"):
        text = join_text("Recently", "took up" if verb in ("took up", "taken up") else "started", obj)
    elif when:
        text = join_text("Took up" if verb in ("took up", "taken up") else "Started", obj, when)
    else:
        text = join_text("Has taken up" if verb in ("took up", "taken up") else "Has started", obj)
    return fact(text, subject_key(obj), None)


_START_RE = re.compile(
    rf"(?:{I_HAVE}|{I_SP})(?P<recent>{_RECENT})?(?P<verb>started|begun|began|took up|taken up)\s+(?P<obj>\S.*)",
    re.IGNORECASE,
)
#: Before "I move to": a time word that makes the present a plan ("Now I move to Stockholm").
_SOON_BEFORE_RE = re.compile(r"\b(?:now|soon|next (?:week|month|year)|this (?:summer|year|month))\W*$", re.IGNORECASE)


def _move(m: re.Match[str]) -> Draft | None:
    rest = m.group("obj")
    raw = PLACE_END.split(rest, maxsplit=1)[0]
    timed = _WHEN_RE.search(raw) or _WHEN_RE.match(rest[len(raw) :])
    if timed is None and not _SOON_BEFORE_RE.search(m.string[: m.start()]):
        return None  # "I move to the couch": no plan without a time word
    if timed is not None and timed.string is raw:
        raw = raw[: timed.start()]
    obj = take(raw, max_words=6)
    if obj is None or re.match(r"(?:here|there|it|this|that|the next|another)\b", obj.text, re.IGNORECASE):
        return None
    return fact(join_text("Is moving to", obj.text), "home city" if obj.text[:1].isupper() else "home", "location")


#: A subordinator or modal right before "I": the event is a time, a condition or a wish, not news ("since I
#: retired", "when I retire", "if I get married", "should I start").
_SUBORDINATE_RE = re.compile(
    r"\b(?:since|when|whenever|after|before|until|till|once|if|unless|whether|as soon as|by the time|should|would|"
    r"could|can|do|did|will|wish|hope)\W*$",
    re.IGNORECASE,
)


def _main(build: Callable[[re.Match[str]], Draft | None]) -> Callable[[re.Match[str]], Draft | None]:
    """``build`` for the clause's main statement only."""

    def main(m: re.Match[str]) -> Draft | None:
        return None if _SUBORDINATE_RE.search(m.string[: m.start()]) else build(m)

    return main


_REST = r"(?P<rest>.*)"
_UNTIL = r"(?=\s*(?:[,.;!?]|$|\s+(?:so|and|but|because|now|after)\b))"
_RULES = (
    Rule(
        "career_change",
        re.compile(
            rf"{I_AM}(?:currently\s+|now\s+|finally\s+)?(?:switching|changing|transitioning|pivoting)\s+"
            rf"(?:(?:careers?|fields|industries|professions?)\b(?:\s+from\s+(?:a career in\s+)?(?P<src>[\w' -]+?))?|"
            rf"from\s+(?:\d+\s+years\s+(?:in|of)\s+|a career in\s+)(?P<src2>[\w' -]+?))"
            rf"(?:\s+(?:to|into)\s+(?P<dst>[\w' -]+?))?{_UNTIL}",
            re.I,
        ),
        _career_change,
    ),
    Rule(
        "getting_married",
        re.compile(
            rf"{I_AM}(?:finally\s+|officially\s+)?(?:getting|gonna get|going to get|about to get)\s+married\b{_REST}",
            re.I,
        ),
        _married,
    ),
    Rule(
        "engaged",
        re.compile(rf"{I_AM}(?:now\s+|newly\s+|finally\s+|officially\s+)?engaged\b(?!\s+(?:in|with))", re.I),
        _engaged,
    ),
    Rule(
        "got_married",
        re.compile(rf"(?:{I_SP}|{I_HAVE})(?P<recent>{_RECENT})?(?:got|gotten)\s+(?P<what>married|engaged)\b", re.I),
        _got_married,
    ),
    Rule(
        "wedding",
        re.compile(
            rf"{I_AM}(?:busy\s+|currently\s+|still\s+)?planning\s+(?:my|our)\s+(?:own\s+)?wedding\b{_REST}", re.I
        ),
        _wedding,
    ),
    Rule(
        "expecting",
        re.compile(
            rf"{I_AM}(?:currently\s+)?expecting\s+(?P<what>(?:a|our|my)\s+(?:{_ORDINAL})(?:\s+(?:child|baby|kid))?|"
            rf"(?:a\s+)?(?:baby(?:\s+(?:boy|girl))?|twins|triplets)|a\s+(?:baby\s+)?(?:boy|girl)|a\s+child)\b{_REST}",
            re.I,
        ),
        _expecting,
    ),
    Rule(
        "had_baby",
        re.compile(
            rf"(?:{I_SP}|{I_HAVE})(?:{_RECENT})(?:had|gave birth to)\s+(?P<what>(?:a|our|my)\s+(?:{_ORDINAL})"
            rf"(?:\s+(?:child|baby|kid))?|a\s+baby(?:\s+(?:boy|girl))?|a\s+(?:boy|girl)|twins|triplets)\b",
            re.I,
        ),
        _had_baby,
    ),
    Rule(
        "retiring",
        re.compile(
            rf"(?:{I_AM}(?:about to\s+|going to\s+|planning to\s+|finally\s+)?retir(?:ing|e)|"
            rf"{I_SP}(?:will\s+)?(?P<plain>retire))\b(?!\s+(?:it|this|that|them|my|the|from\s+(?:it|this)))"
            rf"{_REST}",
            re.I,
        ),
        _retiring,
    ),
    Rule(
        "retired",
        re.compile(rf"(?:{I_SP}|{I_HAVE})(?P<recent>{_RECENT})?retired\b(?!\s+(?:it|this|that|them|my|the)\b)", re.I),
        _retired,
    ),
    Rule(
        "graduating",
        re.compile(rf"{I_AM}(?:about to\s+|going to\s+|finally\s+)?graduat(?:ing|e)\b{_REST}", re.I),
        _graduating,
    ),
    Rule(
        "graduated",
        re.compile(rf"(?:{I_SP}|{I_HAVE})(?P<recent>{_RECENT})?graduated\b{_REST}", re.I),
        _graduated,
    ),
    Rule(
        "turning",
        re.compile(
            rf"(?:{I_AM}(?:about to be\s+|going to be\s+)?turning|{I_AM}planning\s+my)\s+(?P<n>{_NUMBERS})"
            rf"(?:th)?\b(?!\s*(?:%|percent|minutes|pages|words|items|people|guests))(?:\s+birthday)?{_REST}",
            re.I,
        ),
        _turning,
    ),
    Rule(
        "hosting",
        re.compile(rf"{I_AM}(?:also\s+)?hosting\s+(?:our\s+|my\s+|the\s+family\s+)?(?P<h>{_HOLIDAYS})\b{_REST}", re.I),
        _hosting,
    ),
    Rule("started", _START_RE, _start),
    Rule("move", re.compile(rf"{I_SP}(?:will\s+)?move\s+to\s+(?P<obj>\S.*)", re.I), _move),
)
RULES = tuple(
    Rule(r.name, r.pattern, _main(r.build)) for r in _RULES + daily_life.RULES + circumstances.RULES
)  # "I walk to work"
