"""What a correction of the assistant's answer says about the user when it is about the answer's substance, not its
form (issue 13): a verdict on what was suggested ("too pricey", "too touristy", "nah, too sweet for me",
"overkill. a simple function would do", "that takes forever"), a wish restated ("I said weeknight", "I asked for
beginner stuff"), what the user lacks or works on ("no food processor here", "I'm on Windows"), the tools they
want ("no libraries please, vanilla JS"), what to stop suggesting ("please stop suggesting paid apps"), and what an
answer should hold ("i dont need the history, just the steps", "don't summarize the whole plot", "you don't have to
ask if I have more questions every time", "tone it down, you sound like a salesman"). Wishes about the form of
answers that the feedback cues miss (units, spelling, sources) are :mod:`agents.offline.answer_form`'s families,
read here with these.

Worded as a careful reader would note it: a dislike or a preference for the kind of thing suggested ("Dislikes
touristy places", "Prefers affordable options", "Prefers simple solutions"), a fact for what the user has or is
("Does not have a food processor", "Uses Windows", "Is a beginner"), a style for what answers should hold.

A verdict counts only as a reaction (a short turn right after an answer) and only when the turn says nothing
else about the user in the first person: "too spicy for me, I can't handle heat" is the user's own words' to
word. Never a question ("is the Louvre too touristy?"), someone else's view ("my son says it's too sweet"), a
hypothetical, a measure against one purpose ("too pricey for this gift, something under 20": a one-off) or an edit
asked of this one text ("can you make it less sweet").
"""

from __future__ import annotations

import re

from agents.offline.answer_form import FORM_FAMILIES
from agents.offline.drafts import Draft
from agents.offline.families import CONFIDENCE, Family
from agents.offline.families import END as _END
from agents.offline.families import LEAD as _LEAD
from agents.offline.families import OF_THE_ANSWER as _OF_THE_ANSWER
from agents.offline.families import STYLE as _STYLE
from agents.offline.families import TOO as _TOO
from agents.offline.families import A as _A
from agents.offline.families import fixed as _fixed
from agents.offline.families import verdict as _verdict
from agents.offline.normalize import third_person
from memory.types import MemoryKind, MemorySource

_TASTES = {
    "sweet": "very sweet food",
    "sugary": "very sweet food",
    "spicy": "very spicy food",
    "bitter": "very bitter flavours",
    "salty": "very salty food",
    "greasy": "greasy food",
    "oily": "greasy food",
    "sour": "very sour flavours",
    "bland": "bland food",
    "rich": "very rich food",
}
_PLACES = {"touristy": "touristy places", "crowded": "crowded places", "tourist-y": "touristy places"}
_EFFORT = r"time[- ]consuming|much (?:work|effort|hassle|prep|time)|involved|labou?r[- ]intensive|long to (?:make|cook)"
_HARD = r"advanced|difficult"
_EASY = r"basic|easy|beginner-?y|elementary"
_PRICEY = r"pricey|pricy|expensive|costly|spendy|steep|dear|much money|rich for my blood"
_LEVEL = (
    r"(?:(?:a |an |total |complete |absolute )?(?:beginner|newbie|novice)s?|just (?:starting out|a beginner)|"
    r"new to (?:this|it|all this))"
)
_PLAIN_LANGS = {"js": "JavaScript", "javascript": "JavaScript", "python": "Python", "css": "CSS", "php": "PHP"}


def _taste(m: re.Match[str]) -> tuple[str, MemoryKind, str]:
    what = _TASTES[m.group("adj").lower()]
    return f"Dislikes {what}", MemoryKind.dislike, what.removeprefix("very ")


def _place(m: re.Match[str]) -> tuple[str, MemoryKind, str]:
    what = _PLACES.get(m.group("adj").lower(), "touristy places")
    return f"Dislikes {what}", MemoryKind.dislike, what


def _vanilla(m: re.Match[str]) -> tuple[str, MemoryKind, str]:
    lang = _PLAIN_LANGS[m.group("lang").lower()]
    plain = m.group("plain").lower()
    without = (m.group("no") or "").lower().strip()
    text = f"Prefers {plain} {lang}" + (f" without {without}" if without else "")
    return text, MemoryKind.preference, f"{plain} {lang.lower()}"


def _lacks(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    thing = m.group("thing").lower().strip()
    if len(thing.split()) > 3:
        return None
    art = "" if thing.endswith("s") else ("an " if thing[0] in "aeiou" else "a ")
    return f"Does not have {art}{thing}", MemoryKind.fact, thing


_GENERIC_THINGS = frozenset({"", "something", "stuff", "things", "ones", "options", "ideas"})


def _wanted(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    """'I need quick meals' -> Prefers quick meals; 'I want something simple' -> Prefers simple solutions."""
    adj, noun = m.group("adj").lower(), m.group("noun").strip().lower()
    if adj in ("quick", "fast"):
        subject, general = "time", "quick options that take little time"
    elif adj in ("easy", "simple"):
        subject, general = "simplicity", "simple solutions"
    else:
        subject, general = "price", "affordable options"
    lead = (m.group("what").split(" ", 1)[0]).lower()
    if noun in _GENERIC_THINGS and lead in ("something", "stuff", "things", "ones", adj):
        return f"Prefers {general}", MemoryKind.preference, subject
    what = m.group("what").lower()
    if lead in ("something", "stuff", "things", "ones") or noun in _GENERIC_THINGS:
        return None
    return f"Prefers {what}", MemoryKind.preference, subject


def _restated(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    """'I said weeknight' -> Wants weeknight options; 'I asked for beginner stuff' -> Is a beginner."""
    what = re.sub(r"\s+(?:stuff|things|ones|options|ideas|please|pls|lol|though|tho)$", "", m.group("what").strip())
    what = what.strip(" ,.!'\"")
    if not what or len(what.split()) > 4 or re.match(r"(?:it|this|that|you|them|for it|for this|for that)\b", what):
        return None
    if re.fullmatch(r"(?:(?:for )?(?:a |an )?)?(?:beginner|newbie|novice)(?:s|-level|[- ]friendly)?", what, re.I):
        return "Is a beginner", MemoryKind.fact, "skill level"
    if re.match(r"(?:no|without)\s+", what, re.I):
        rest = re.sub(r"^(?:no|without)\s+", "", what, flags=re.I)
        return f"Avoids {rest}", MemoryKind.dislike, rest.lower()
    if re.match(r"(?:under|below|less than|cheaper than|within|around)\b", what, re.I):
        return f"Wants options {what}", MemoryKind.preference, "price"
    noun = "" if len(what.split()) > 1 else " options"
    return f"Wants {what}{noun}", MemoryKind.preference, what.lower()


_DET = r"(?:(?:all|any|each|every|those|these|the|a|whole|entire|full|list of|of|your|long|big)\s+)*"
_DROP = (
    rf"(?:(?:i |you |we )?(?:don{_A}?t|dont|do not) (?:really )?(?:need|care about)|no need (?:for|to (?:list|"
    r"include|give me|mention|cover|go through|explain))|(?<=next time )(?:just )?(?:skip|leave out|drop|cut)|"
    rf"(?:you can (?:always )?|always )(?:skip|leave out|drop|cut)|don{_A}?t bother with|dont bother with)"
)
#: What the answer should hold: "i dont need the history, just the steps", "only the highlights pls", "dont need every
#: crossover and tie in, i only care about the main series", "next time just give me the command".
_HOLD_RE = re.compile(
    rf"^{_LEAD}(?:next time,? |in future,? |from now on,? )?(?:{_DROP}\s+(?P<x>{_DET}[\w' -]{{2,40}}?)"
    r"(?:,?\s*(?:(?:i |we )?(?:just|only)\s+(?:care about\s+|want\s+|need\s+)?)(?P<y>[\w' -]{2,40}?))?|"
    r"(?:i |we )?(?:only|just) care about\s+(?P<care>[\w' -]{2,40}?)|"
    r"(?:(?<=next time )(?:just |only )?|(?:just|only)\s+)(?:give me |show me |tell me |send |list )"
    r"(?P<only>(?:the|your)\s+[\w' -]{2,30}?))"
    r"(?:\s+(?:please|pls|plz|thanks|thx|next time|from now on|lol|tbh))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: "stop suggesting paid apps", "please stop recommending books I've already read", "don't suggest meditation again".
_STOP_RE = re.compile(
    rf"^{_LEAD}(?:(?:please|pls|can you|could you|and)\s+)*(?:stop|quit|no more)\s+(?:suggesting|recommending|"
    rf"pushing|bringing up)\s+(?P<x>[\w' -]{{2,40}}?)(?:\s+(?:please|pls|again|anymore|lol))*\s*(?:[.!,;]|$)|"
    rf"^{_LEAD}(?:please\s+)?don{_A}?t (?:suggest|recommend)\s+(?P<x2>[\w' -]{{2,40}}?)\s+(?:again|anymore|any more)\b",
    re.IGNORECASE,
)
#: A pointer, not a thing named ("stop suggesting that one", "don't need it").
_POINTER_RE = re.compile(
    r"^(?:it|this|that|them|these|those|one|ones|stuff|things|anything|everything|either|both|the (?:first|second|"
    r"third|last|other|same|\w+est) ones?)(?:\s+(?:one|ones|again|anymore))*$|^(?:it|this|that|them)\b",
    re.I,
)


def _bare(phrase: str) -> str:
    """'every crossover and tie in' -> 'crossover and tie in'; 'the history' -> 'the history'."""
    phrase = re.sub(r"^(?:(?:all|any|each|every|those|these|whole|entire|full|long|big)\s+(?:of\s+)?)+", "", phrase)
    return re.sub(r"\s+", " ", phrase.strip(" ,.'\""))


def _holds(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    drop = re.sub(r"\s+", " ", (m.group("x") or "").strip(" ,.'\""))
    keep = re.sub(
        r"^(?:tell|give|show|send) me\s+", "", _bare(m.group("y") or m.group("care") or m.group("only") or "")
    )
    keep = "" if re.match(r"(?:which|what|how|whether|if|one)\b", keep, re.I) else keep
    if re.match(r"(?:to|that|it|this|what|how|me|you|him|her|them)\b", drop, re.I):
        return None
    if any(_POINTER_RE.match(w) or len(w.split()) > 6 or re.search(r"\bmore\b", w) for w in (drop, keep) if w):
        return None
    if drop and keep:
        return f"Wants only {keep}, not {drop}", _STYLE, f"answer content {_bare(drop)}"
    if drop:
        return f"Doesn't need {drop} in answers", _STYLE, f"answer content {_bare(drop)}"
    if not keep:
        return None
    if m.group("care"):
        return f"Only cares about {keep}", MemoryKind.preference, f"answer content {keep}"
    return f"Wants just {keep}", _STYLE, f"answer content {keep}"


def _stop(m: re.Match[str]) -> tuple[str, MemoryKind, str] | None:
    what = _bare(m.group("x") or m.group("x2") or "")
    if not what or _POINTER_RE.match(what) or len(what.split()) > 6:
        return None
    return f"Doesn't want {third_person(what)} suggested", MemoryKind.dislike, what.lower()


FAMILIES: tuple[Family, ...] = (
    Family(  # "I need quick meals", "I want something simple": what the suggestions missed, said as a wish
        re.compile(
            rf"^{_LEAD}(?:but |just |really )?(?:i|we) (?:really |just |only )?(?:need|want|prefer|said|asked for)\s+"
            r"(?P<what>(?:something |stuff |things |ones )?(?P<adj>quick|fast|easy|simple|cheap|cheaper|affordable|"
            r"budget|inexpensive)(?: and (?:quick|fast|easy|simple|cheap|healthy))?(?P<noun>(?: [a-z-]+){0,2}?))"
            r"(?:\s+(?:please|pls|lol|though|tho|here|really|ok|okay))*\s*(?:[.!,;]|$)",
            re.I,
        ),
        _wanted,
    ),
    Family(
        re.compile(
            rf"^{_LEAD}(?:(?:way|far|just) )*too many (?:options|choices|suggestions|ideas|recommendations|picks)\b|"
            rf"^{_LEAD}(?:just |only )?(?:give me |show me |list |tell me )?(?:your |the )?top (?:\d|two|three|four|"
            r"five|few)\b(?: (?:picks?|options|choices|ones|recommendations))?(?:\s+(?:please|pls|only|max))*\W*$",
            re.I,
        ),
        _fixed("Wants only a few top recommendations", _STYLE, "top recommendations"),
    ),
    Family(_verdict("|".join(_TASTES)), _taste),
    Family(_verdict(r"touristy|tourist-y|crowded"), _place),
    Family(
        re.compile(rf"^{_LEAD}{_OF_THE_ANSWER}(?:all |just |such |total |typical )*(?:a |an )?tourist traps?\b", re.I),
        _fixed("Dislikes touristy places", MemoryKind.dislike, "touristy places"),
    ),
    Family(
        re.compile(
            rf"^{_LEAD}(?:{_OF_THE_ANSWER}{_TOO}(?:{_PRICEY}){_END}|{_OF_THE_ANSWER}(?:way |a bit |a little |"
            r"far |so )?(?:out of|over|above) (?:my|our) (?:budget|price range)\b|(?:i{_A}?m|im|i am) not "
            r"(?:paying|spending|dropping) (?:\$|£|€)?\d)".replace("{_A}", _A),
            re.I,
        ),
        _fixed("Prefers affordable options", MemoryKind.preference, "price"),
    ),
    Family(
        re.compile(
            rf"^{_LEAD}(?:{_OF_THE_ANSWER}(?:{_TOO}(?:complicated|complex|convoluted|elaborate|fussy)|(?:way |total |"
            r"complete |massive |such )?(?:overkill|over-?engineered|over-?complicated))\b|(?:an? )?simple(?:r)? "
            r"(?:function|script|loop|solution|fix|one|version|approach) (?:would|will|should) do\b)",
            re.I,
        ),
        _fixed("Prefers simple solutions", MemoryKind.preference, "simplicity"),
    ),
    Family(
        re.compile(
            rf"^{_LEAD}(?:{_OF_THE_ANSWER}(?:{_TOO}(?:{_EFFORT})|(?:takes?|taking) (?:way )?(?:too long|forever|"
            r"ages)|(?:a |an )?(?:\d+|two|three|four|five|six)[- ]hours? (?:recipe|meal|dish|project|job|workout))\b|"
            rf"(?:i )?(?:don{_A}?t|dont|do not) have (?:the )?time for (?:that|this|all that)\b)",
            re.I,
        ),
        _fixed("Prefers quick options that take little time", MemoryKind.preference, "time"),
    ),
    Family(
        _verdict(_HARD),
        _fixed("Wants beginner-level suggestions", MemoryKind.preference, "skill level"),
    ),
    Family(
        _verdict(_EASY),
        _fixed("Wants more advanced suggestions", MemoryKind.preference, "skill level"),
    ),
    Family(
        re.compile(
            rf"^{_LEAD}(?:but |like )?(?:i |i{_A}?ve )?(?:specifically |literally |clearly |already )?"
            r"(?:said|asked for|told you|was asking for)\s+(?!(?:that|you|i|it|this|to|if|whether|what|how|the|a|"
            r"an|one|my|your|no one|nothing|thanks)\b)(?P<what>[\w$£€' -]{2,40}?)\s*(?:[.!,;?]|$)",
            re.I,
        ),
        _restated,
    ),
    Family(
        re.compile(rf"^{_LEAD}(?:i{_A}?m|im|i am)\s+(?:also\s+)?(?:just\s+)?{_LEVEL}(?:\W*$|,)", re.I),
        _fixed("Is a beginner", MemoryKind.fact, "skill level"),
    ),
    Family(
        re.compile(
            rf"^{_LEAD}no\s+(?P<thing>[a-z][\w -]{{1,30}}?)\s+(?:here|at (?:my place|home)|in my (?:kitchen|house|flat|"
            r"apartment))\b",
            re.I,
        ),
        _lacks,
    ),
    Family(
        re.compile(
            r"(?:(?:no|without)\s+(?P<no>libraries|frameworks|dependencies|jquery|lodash|numpy|pandas|react|"
            r"external libraries|third[- ]party libraries)(?:\s+(?:please|pls|plz))?\s*[,.;:-]+\s*)?"
            r"(?:just\s+)?(?P<plain>vanilla|pure|plain)\s+(?P<lang>js|javascript|python|css|php)\b",
            re.I,
        ),
        _vanilla,
        verdict=False,
        whole=True,
    ),
    Family(
        re.compile(
            rf"\b(?:don{_A}?t|dont|do not|no need to|stop|quit)\s+(?:summari[sz]e|summari[sz]ing|recap|recapping|"
            r"retell|retelling|spoil|spoiling|explain|explaining|describe|describing)\s+(?:the\s+)?(?:whole|entire|"
            r"full)\s+(?:plot|story|storyline)",
            re.I,
        ),
        _fixed("Doesn't want plot summaries in recommendations", _STYLE, "plot summaries"),
        verdict=False,
    ),
    Family(
        re.compile(
            rf"\b(?:(?:you )?(?:don{_A}?t|dont|do not) (?:have|need) to|no need to|stop|quit|don{_A}?t|dont) "
            r"(?:ask(?:ing)?|check(?:ing)?) (?:me )?(?:if|whether) (?:i|I) (?:have|need|want) (?:any )?"
            r"(?:more|other|further|follow[- ]up|additional) (?:questions|help)",
            re.I,
        ),
        _fixed("Doesn't want to be asked about further questions at the end of answers", _STYLE, "follow-up question"),
        verdict=False,
    ),
    Family(
        re.compile(
            r"\b(?:tone it down|you sound like (?:a |an )?(?:salesman|salesperson|sales rep|ad|advert|commercial|"
            r"brochure|marketing)|(?:less|no|stop the|drop the|skip the|cut the|enough with the|"
            r"no need for (?:the|a|any|all the)|"
            rf"(?:i )?don{_A}?t need (?:the|a|any|all the)) (?:sales pitch|"
            r"salesy|hype|marketing speak|pep talk|pep talks|motivational (?:speech|stuff)))\b",
            re.I,
        ),
        _fixed("Wants a plain, matter-of-fact tone without hype", _STYLE, "hype"),
        verdict=False,
    ),
    *FORM_FAMILIES,
    Family(_STOP_RE, _stop, verdict=False),
    Family(_HOLD_RE, _holds, whole=True),  # last: any other family reads the clause in its own words
)

#: Others' views and questions about them: no verdict of the user's.
_NOT_THEIRS_RE = re.compile(
    r"\b(?<!i )(?:says?|said|thinks?|thought|told (?:me|him|her|us)|finds?|complain(?:s|ed)?|according to)\b|"
    r"\b(?:my|our|his|her|their) (?:son|daughter|kids?|wife|husband|partner|boss|friends?|mom|mum|dad|mother|"
    r"father|sister|brother|team|family|boyfriend|girlfriend|bf|gf|client|customers?)\b",
    re.IGNORECASE,
)
#: A verdict for this one occasion ("too pricey for this gift, something under 20") or a hypothetical one.
_ONE_OFF_RE = re.compile(
    r"\b(?:this time|for now|today|tonight|this once|this week(?:end)?|something (?:under|below|less than|cheaper)|"
    r"under \$?\d+|(?<!time )for (?:this|that|his|her|their|him|them))\b",
    re.IGNORECASE,
)
_LASTING_RE = re.compile(r"\b(?:next time|from now on|going forward|in future|always|every time|anymore)\b", re.I)
#: A world that is not the user's ("if it were vanilla JS I'd understand it").
_HYPOTHETICAL_RE = re.compile(
    rf"\bif (?:i|it|we|they|there|you|that|this) (?:were|was|had|could|did|didn{_A}?t|weren{_A}?t|won)\b|"
    rf"\bif\b.*\b(?:i{_A}?d|i would|i{_A}?ll)\b|\b(?:imagine|suppose|supposing|what if|wish|pretend|hypothetically)\b",
    re.IGNORECASE,
)
_EDIT_RE = re.compile(
    r"^\W*(?:(?:please|pls|ok(?:ay)?|now|can you|could you|would you)[\s,]+)*(?:make|rewrite|change|adjust|tweak)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_RE = re.compile(rf"\b(?:i|i{_A}?m|im|i{_A}?ve|i{_A}?d|me|my|we|we{_A}?re|our)\b", re.IGNORECASE)
_CLAUSE_CUT_RE = re.compile(r"\s*[,;:]\s+|(?<=[.!])\s+|\s+-+\s+")


def substance(sentences: list[str], *, reacting: bool, styled: frozenset[str] = frozenset()) -> list[Draft]:
    """Drafts of what a correction of the answer's substance says about the user (see the module's doc);
    ``styled``: sentences a form cue of :mod:`agents.offline.feedback` read already, which no family reads again."""
    if _NOT_THEIRS_RE.search(" ".join(sentences)) or any(_EDIT_RE.match(s) for s in sentences):
        return []
    hits: list[tuple[Family, re.Match[str], str]] = []
    unread = False  # a clause no family reads speaks of the user: the rules word it, and no verdict is guessed
    for sentence in sentences:
        if sentence.rstrip().endswith("?") or _HYPOTHETICAL_RE.search(sentence):
            continue
        one_off = bool(_ONE_OFF_RE.search(sentence))
        for clause in (c.strip() for c in _CLAUSE_CUT_RE.split(sentence)):
            matched = [(f, m) for f in FAMILIES if (m := f.pattern.search(sentence if f.whole else clause))]
            unread = unread or (not matched and bool(_FIRST_PERSON_RE.search(clause)))
            hits += [
                (f, m, sentence)
                for f, m in matched
                if not (f.verdict and (one_off or not (reacting or (not f.guess and _LASTING_RE.search(sentence)))))
            ]
    found: dict[str, Draft] = {}
    said = set(styled)  # a sentence another cue or family read: what the answer should hold is said there already
    for family, m, sentence in sorted(hits, key=lambda h: FAMILIES.index(h[0])):
        if family.pattern is _HOLD_RE and sentence in said:
            continue
        worded = None if family.verdict and family.guess and unread else family.word(m)
        if worded is None or worded[2] in found:
            continue
        text, kind, subject = worded
        found[subject] = Draft(
            text=text,
            kind=kind,
            subject=subject,
            confidence=CONFIDENCE,
            source=MemorySource.feedback,
            category="communication" if kind is MemoryKind.style else None,
            quote=sentence,
        )
        said.add(sentence)
    return list(found.values())
