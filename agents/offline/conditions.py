"""A clause that says what the user does in a situation that comes back, kept with that situation (issue 13).

"with my in-laws we keep dinners alcohol-free", "before bed I read fiction", "around my parents I keep it halal",
"if I'm working from home I skip breakfast", "weekends I sleep in till 10", "in the morning only black coffee",
"date night: somewhere quiet": a recurring time, place, company, occasion or kind of thing in front, then the
user's (or the household's) own statement in the present, or a bare limit. The statement is read by the rules as
if said alone and keeps the situation as its context ("Keeps dinners alcohol-free" [with their in-laws]); when no
rule words it, it is said plainly in the third person ("on my days off I hike": Hikes; "when I host, everything has to
be nut-free": Keeps everything nut-free, a constraint). A clause the rules already read with its one situation ("when
I travel alone I stay in hostels": Stays in hostels, a practice fact there) is left as they read it.

Several situations in one clause are read one by one ("during the week I eat vegetarian, on weekends I eat meat",
"at work I'm on Windows, at home Linux"): each statement gets its own situation, not the first one's.

Not read: a situation that happens once ("for tonight's dinner something light", "for this essay use MLA"), one
that may never come ("if I ever get a dog ..."), a question, and someone else's statement ("for work my boss wants
British spelling"). Hooked into :func:`agents.offline.reader._clause_drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agents.offline.answer_phrases import standing_quality
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import subject_key
from agents.offline.objects import condition
from agents.offline.restate import restate
from agents.offline.situations import situated_wish
from agents.offline.when_said import LEADS, opened
from memory.types import MemoryKind, MemorySource

#: Nouns of things that come back: times, occasions, kinds of trip, meal, message or event.
_OCCASION = (
    r"(?:week ?days?|week ?ends?|week ?nights?|work ?days?|school (?:days?|nights?)|mornings?|evenings?|nights?|"
    r"afternoons?|holidays?|vacations?|trips?|drives?|flights?|commutes?|runs?|rides?|hikes?|races?|meetings?|"
    r"calls?|emails?|e-mails?|messages?|letters?|posts?|dinners?|lunch(?:es)?|breakfasts?|meals?|parties|party|"
    r"nights? out|nights? in|date ?nights?|dates?|gifts?|presents?|birthdays?|weddings?|events?|occasions?|"
    r"visits?|days? off|sundays?|saturdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|games?|matches?|"
    r"shifts?|workouts?|sessions?|classes|class|lessons?|reports?|slides|presentations?|projects?|recipes?|"
    r"exams?|tests?|interviews?|days|picks)(?:\s+(?:at|for)\s+(?:work|home|school))?"
)
_WHO = (
    r"(?:clients?|customers?|colleagues|co-?workers|kids|children|friends|family|parents|in-?laws|guests|boss|team|"
    r"grand ?kids|grandchildren|partner|wife|husband|(?:the|my|our)\s+[\w-]+(?:\s+in\s+law)?)"
)
_WEATHER = r"(?:hot|cold|warm|rainy|wet|snowy|sunny|windy|humid|freezing|bad|nice)"
#: A recurring situation said in front of the statement.
_SITUATION = (
    rf"(?:when(?:ever)?|any ?time|every ?time|each time)\s+(?:i'?m|im|i am|we'?re|it'?s|its|i|we|it)\s+[^,:;=]{{2,50}}?"
    rf"|for\s+(?:anything|everything|all|any)(?:\s+else)?\b[^,:;=]{{0,40}}?"
    rf"|if\s+(?:i'?m|im|we'?re|it'?s|its)\s+(?!for\b|about\b)[^,:;=]{{2,40}}?"
    rf"|(?:on|during|over|at|for|in|before|after)\s+(?:the\s+|my\s+|our\s+)?(?:[\w'-]+\s+){{0,2}}{_OCCASION}"
    rf"|(?:on|at|in)\s+(?:the\s+)?(?:office|gym|car|home|work|school|night|restaurants?|the weekend|holiday)"
    rf"|(?:around|with|for)\s+(?:my\s+|the\s+|our\s+)?{_WHO}(?:\s+in the car|\s+around)?"
    rf"|in\s+(?:the\s+)?(?:winter|summer|spring|autumn|fall|{_WEATHER} weather|the heat|the cold)"
    rf"|(?:winters?|summers?)(?=\s+(?:i|we)\b)"  # "Winter I ski, summer I climb"
    rf"|(?:before|after)\s+(?:bed|work|school|sleep|training|class|church|dinner|lunch|breakfast)"
    rf"|at\s+(?:christmas|easter|thanksgiving|new year'?s?|eid|diwali|passover|hanukkah)"
    rf"|during\s+(?:ramadan|lent|the week|exams?|exam season|the school year|term)"
    rf"|(?:travel(?:l?ing)?|abroad|off-?piste|on the road)(?:\s+(?:with|for)\s+(?:my\s+|the\s+|our\s+)?[\w-]+)?"
    rf"|(?:on\s+)?(?:week ?days|week ?ends|week ?nights|mornings|evenings|nights|"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
)
_LEADS = LEADS
#: The statement: the user or the household in the present ("I skip breakfast", "we keep ...", "I don't check email").
_SUBJECT = r"(?:(?:i|we)(?:'m|'re)?|im)\s+"
_AUX_RE = re.compile(
    r"^(?:i|we)\s+(?:(?:always|usually|mostly|only|just|never|normally|generally|typically|tend to|also|really|"
    r"often|still)\s+)*(?P<verb>[\w']+)",
    re.IGNORECASE,
)
#: Words that make the statement no standing practice: a modal, the past, a thought, a wish about one task.
_NOT_PRACTICE = frozenset(
    [
        "will",
        "would",
        "could",
        "should",
        "can",
        "might",
        "may",
        "shall",
        "must",
        "'ll",
        "'d",
        "was",
        "were",
        "did",
        "had",
        "got",
        "went",
        "used",
        "think",
        "thought",
        "guess",
        "wonder",
        "wondered",
        "know",
        "knew",
        "mean",
        "meant",
        "hope",
        "wish",
        "want",
        "wanted",
        "asked",
        "forgot",
        "forget",
        "remember",
        "heard",
        "saw",
        "said",
        "told",
        "tried",
        "need'd",
        "am",
        "is",
        "are",
        "be",
        "been",
        "being",
        "ll",
        "d",
        "ve",
    ]
)
_VAGUE = frozenset(
    [
        "do",
        "go",
        "get",
        "have",
        "try",
        "see",
        "say",
        "care",
        "mind",
        "agree",
        "disagree",
        "like",
        "love",
        "hate",
        "guess",
    ]
)
_LIMIT_BODY = r"(?:only|no|nothing|never|zero|strictly|always)\s+[\w'-]"
#: "everything has to be nut-free", "it has to be low-salt": what the situation needs, said of what is served.
_WHAT = r"(?:it|everything|all|food|the food|meals|dinner)"
_MUST = rf"{_WHAT}\s+(?:has|have|needs?)\s+to\s+be\s+"
_MUST_RE = re.compile(rf"^(?P<what>{_WHAT})\s+(?:has|have|needs?)\s+to\s+be\s+(?P<how>.+)$", re.IGNORECASE)
#: "its solid wood or nothing", "it's audiobooks or bust": the one thing the user takes there.
_OR_NOTHING = r"(?:it'?s|its|it is)\s+(?P<only>[^,.;!?]{1,40}?)\s+or\s+(?:nothing|bust|nothin)\b"
_OR_NOTHING_RE = re.compile(rf"^{_OR_NOTHING}", re.IGNORECASE)
_FOR_SOMEONE_RE = re.compile(
    rf"^(?:for|with)\s+(?:my|our|the|his|her)\s+(?!(?:[\w'-]+\s+){{0,2}}{_OCCASION}\b)", re.IGNORECASE
)
_CLAUSE_RE = re.compile(
    rf"^\W*{_LEADS}(?P<cond>{_SITUATION})\s*(?:,|:|=|->|-)?\s*(?P<body>(?:{_SUBJECT}|{_LIMIT_BODY}|{_MUST}).+|{_OR_NOTHING}.*)$",
    re.IGNORECASE,
)
#: "date night: somewhere quiet", "long drives = podcasts": an occasion, a colon or an equals sign, what suits it.
_LABEL_RE = re.compile(
    rf"^\W*(?P<cond>(?:[\w'-]+\s+){{0,2}}{_OCCASION})\s*(?::|=|->)\s*(?P<body>[^:=,;]{{2,40}}?)[\s.!]*(?:[,;].*)?$",
    re.I,
)
#: A later situation in the same clause starts a statement of its own.
_NEXT_RE = re.compile(
    rf"(?:,|;)\s*(?:but\s+|and\s+|while\s+)?(?=(?:{_SITUATION}|otherwise)\b\s*[,:=]?\s*\S)", re.IGNORECASE
)
#: A situation that happens once or belongs to one task, or one that may never come.
_ONCE_RE = re.compile(
    r"\b(?:tomorrow|tonight|tonight's|today|today's|later|next|yesterday|last|ago|this|that|these|those|upcoming|"
    r"ever|someday|one day|was|were|had|went|did|got)\b",
    re.IGNORECASE,
)
#: An order to the assistant inside what looked like the situation: the wish is :mod:`situations`' to read.
_ORDER_RE = re.compile(r"\b(?:give|tell|show|keep|please|pls|send|make|list|explain)\b", re.IGNORECASE)
_OTHERWISE_RE = re.compile(r"^otherwise\b\s*,?\s*", re.IGNORECASE)
_INDIFFERENT_RE = re.compile(
    r"\b(?:don'?t|do not)\s+(?:care|bother|mind)\b|\b(?:doesn'?t|does not|dont) matter\b|\banything goes\b|"
    r"\bwhatever\b|\bno preference\b|\b(?:is|are|'s) (?:fine|ok|okay)\b",
    re.IGNORECASE,
)
_LIMIT_RE = re.compile(
    r"^(?:(?:only|strictly)\s+\S|(?:no|nothing|never|zero)\b)|\b(?:don'?t|do not|never|has to|have to|must|"
    r"without|cut out|avoid)\b",
    re.IGNORECASE,
)
_BE_RE = re.compile(r"^(?:i'?m|im|we'?re)\s", re.IGNORECASE)
#: "I'm perfectly happy with a cheap red", "we're fine with a hostel": what does for that situation.
_HAPPY_RE = re.compile(
    r"^(?:i'?m|im|i am|we'?re|we are)\s+(?:(?:perfectly|totally|completely|more than|quite|really|very|pretty|"
    r"always|usually|just)\s+)*(?:happy|fine|good|content|ok|okay)\s+with\s+(?P<what>(?!(?:it|that|this|them|"
    r"anything|whatever|either|both)\b)[^,;]{2,50})$",
    re.IGNORECASE,
)
_WOULD_RE = re.compile(r"^(?:i|we)(?:'ll|'d|\s+(?:will|would|might|could|may|should))\b", re.IGNORECASE)
_LED_RE = re.compile(
    r"^(?:on|in|at|for|with|during|over|before|after|around|when|whenever|if|any|every|each|travel|abroad|off|"
    r"(?:late|early) (?:at|in)|(?:first|last) thing|(?:mon|tue|sun)\w* (?:to|through|thru|till|until|-))",
    re.IGNORECASE,
)
_BARE_TIME_RE = re.compile(
    r"^(?:week ?days|week ?ends|week ?nights|nights|(?:mon|tues|wednes|thurs|fri|satur|sun)days)$", re.IGNORECASE
)
#: "weekends it's jeans": the one thing there, said with "it's".
_ITS_RE = re.compile(r"^(?:it'?s|its|it is)\s+(?!(?:fine|ok|okay|too|so|very|a bit|quite|all|just|not)\b)(?=\w)", re.I)
_ONLY_RE = re.compile(r"^(?:i|we)\s+(?:\w+\s+){0,2}?only\b|^(?:i|we)\s+only\b", re.IGNORECASE)
#: A fact that names what the user does ("Climbs only in the hall"), not what they are or have.
_PRACTICE_FACT_RE = re.compile(r"^(?!(?:Is|Has|Was|Had|Are|Have|Lives)\b)[A-Z][a-z]+s\b.*\bonly\b")
_TRAILING_REASON_RE = re.compile(r"\s+(?:because|since|as|so that|so)\s+.*$", re.IGNORECASE)


def _situations(clause: str) -> list[tuple[str, str]] | None:
    """(statement, situation as said) for each situation the clause opens with or turns to; None when it opens
    with none, or with one that happens once."""
    text = clause.strip()
    if text.endswith("?") or re.match(
        r"^\W*(?:should|shall|can|could|would|will|do|does|is|are|what|which|how)\b", text, re.IGNORECASE
    ):
        return None
    m = _CLAUSE_RE.match(text) or _LABEL_RE.match(text) or opened(text)  # "at the lake I always ..." (when_said)
    if m is None:
        return None
    cond = m.group("cond")
    if _ONCE_RE.search(cond) or _ORDER_RE.search(cond):
        return None
    out: list[tuple[str, str]] = []
    rest = m.group("body")
    while True:
        nxt = _NEXT_RE.search(rest)
        body, rest = (rest[: nxt.start()], rest[nxt.end() :]) if nxt else (rest, "")
        out.append((body.strip(" ,.;!"), cond))
        if not rest:
            return out
        if _OTHERWISE_RE.match(rest):
            return out  # "otherwise I cycle": said for every other situation, nothing to keep it with
        m2 = re.match(rf"(?P<cond>{_SITUATION})\s*(?:,|:|=|->|-)?\s*(?P<body>.+)$", rest, re.IGNORECASE)
        if m2 is None or _ONCE_RE.search(m2.group("cond")):
            return out
        cond, rest = m2.group("cond"), m2.group("body")


def _worded(body: str, labelled: bool) -> Draft | None:
    """The statement said plainly when no rule worded it: "I skip breakfast" -> Skips breakfast; "only black coffee"."""
    body = _TRAILING_REASON_RE.sub("", body).strip(" ,.;!")
    if (quality := standing_quality(body)) is not None:  # "for work emails, always formal"
        text, subject = quality
        return Draft(text, MemoryKind.style, subject, EXPLICIT, MemorySource.explicit, category="communication")
    body = body.split(",")[0] if _AUX_RE.match(body) else body  # "I always take a guide, alone never"
    if _INDIFFERENT_RE.search(body):
        return None
    if (must := _MUST_RE.match(body)) is not None:  # "when I host, everything has to be nut-free"
        what = must.group("what").lower()
        what = "everything" if what == "all" else what
        text = f"Keeps {what} {must.group('how')}"
        return Draft(text, MemoryKind.constraint, subject_key(text), EXPLICIT, MemorySource.explicit)
    head = _AUX_RE.match(body)
    if len(body.split()) < 2 and not body[:1].isupper() and not labelled and head is None:
        return None
    if len(body.split()) < 3 and head is not None and head.group("verb").lower() in _VAGUE:
        return None  # "at work I do", "on weekends I care": no practice named
    verb = head.group("verb").lower() if head is not None else ""
    if verb in _NOT_PRACTICE or (verb.endswith("ed") and not verb.endswith("eed")):
        return None  # "in the morning I called the plumber": once, in the past
    if (happy := _HAPPY_RE.match(body)) is not None:  # "on a Tuesday I'm perfectly happy with a $10 red"
        what = re.sub(
            r"\s+(?:tbh|lol|haha|honestly|tho|though|really|no problem)$", "", happy.group("what"), flags=re.I
        )
        text = f"Is happy with {what}"
        return Draft(text, MemoryKind.preference, subject_key(text), EXPLICIT, MemorySource.explicit)
    if head is None and not re.match(_LIMIT_BODY, body, re.IGNORECASE) and len(body.split()) > 4:
        return None
    if head is None and labelled and re.search(r"\d", body):
        return None  # "Meeting: 3pm": when, not what suits it
    if re.match(r"^(?:no|nothing|never|zero)\b", body, re.IGNORECASE):
        kind = MemoryKind.constraint  # "for the kids no added sugar": a limit there
    elif head is None and _BE_RE.match(body):
        kind = MemoryKind.fact  # "in the mornings I'm useless until coffee"
    elif head is None:
        kind = MemoryKind.preference  # "in the morning only black coffee", "date night: somewhere quiet"
    else:
        kind = MemoryKind.constraint if _LIMIT_RE.search(body) else MemoryKind.preference
    limit = re.match(r"^(?:no|nothing|zero)\b", body, re.IGNORECASE) is not None
    text, _ = restate(body, "dislike" if limit else kind.value)  # "no added sugar": Avoids added sugar
    if head is not None and head.group("verb").lower() == "read":
        text = re.sub(r"^(\w+ )?Read\b", lambda m: f"{m.group(1) or ''}Reads", text)  # "I read fiction": present
    if not text or re.search(r"\b(?:it|them|this|that)$", text, re.IGNORECASE):
        return None
    return Draft(text, kind, subject_key(text), EXPLICIT, MemorySource.explicit)


def _there(draft: Draft, cond: str) -> Draft:
    """The draft said for the situation, named the way a careful person would ("weekends": on weekends)."""
    if _BARE_TIME_RE.match(cond):
        cond = f"on {cond.lower() if cond.lower().startswith(('week', 'night')) else cond.capitalize()}"  # on weekends
    elif cond and not _LED_RE.match(cond) and _LABEL_RE.match(f"{cond}: x"):
        cond = f"for {cond[:1].lower()}{cond[1:]}"  # "date night: somewhere quiet": for date night
    return replace(draft, context=condition(cond)) if cond else draft


def _chosen(drafts: list[Draft], body: str) -> list[Draft]:
    """ "in the winter I climb only in the hall": what the user does only there is a choice for there (a
    preference), not a record of what they did."""
    if not _ONLY_RE.search(body):
        return drafts
    return [replace(d, kind=MemoryKind.preference) if _PRACTICE_FACT_RE.match(d.text) else d for d in drafts]


def situated(clause: str, read: Callable[[str], list[Draft]], found: list[Draft]) -> list[Draft] | None:
    """The drafts of a clause said for one or more recurring situations, each with its own; None when the clause
    is none, or when the rules' own reading (``found``) of a clause with one situation stands."""
    said = _situations(clause)
    if said is None:
        return None
    kept = [d for d in found if said[0][1].lower() not in d.text.lower()]  # not "Finds In the winter they ..."
    whole = kept if len(kept) < len(found) else None  # a reading of the clause, situation and all, is dropped
    if not kept and len(said) < 2 and situated_wish(clause) is not None:
        return whole  # "when my kids are around nothing scary": a wish for there, read whole by situations.py
    if (
        kept and len(said) < 2
    ):  # "when I travel alone I stay in hostels": the rules' reading, with the situation, stands
        chosen = _chosen(kept, said[0][0])
        return chosen if chosen != kept else whole
    out: list[Draft] = []
    for body, cond in said:
        if _FOR_SOMEONE_RE.match(cond) and (_OR_NOTHING_RE.match(body) or _HAPPY_RE.match(body)):
            continue  # "for my sister its chocolate or nothing", "for my son I'm fine with a hostel": for them
        if (only := _OR_NOTHING_RE.match(body)) is not None:
            body = f"only {only.group('only')}"  # "at home its jigsaws or nothing": only jigsaws there
        elif _ITS_RE.match(body) and len(body.split()) <= 5:
            body = _ITS_RE.sub("I prefer ", body, count=1)  # "weekends it's jeans": Prefers jeans, on weekends
        if _WOULD_RE.match(body):
            continue  # "weekends I'll spend hours": what they will do, said beside the wish
        labelled = _LABEL_RE.match(f"{cond}: x") is not None and not _LED_RE.match(cond)
        drafts = read(body) or [d for d in [_worded(body, labelled)] if d is not None]
        drafts = _chosen(drafts, body)
        out += [_there(d, cond) for d in drafts]
    return out if out or not kept else whole
