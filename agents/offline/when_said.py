"""A standing practice said for a situation named in the user's own words, and one said with its exception (issue 13).

:mod:`agents.offline.conditions` reads a situation from a closed list of times, occasions and company ("on
weekends", "with my in-laws", "for gifts"). People name many more: a place ("at the lake I always fish from the
kayak", "in hotels I always ask for a high floor", "at my parents' place I sleep on the couch"), who it is for ("for
the youth group I pick games with no physical contact", "with beginners I always start with the knots"), a time
("late at night I only read paper books", "after 8pm no screens for me", "Monday to Friday I commute by train"), a
holiday or a season of the year ("during Passover we go fully kosher", "during the winter months we keep the hives
wrapped"). :func:`opened` reads such a lead: a short phrase after a preposition, then the user (or the household)
doing something in the present. The present of a doing verb says a habit ("I pick", "we keep"); a verb of wanting
or having ("I need a cake", "I want a bike") says a habit only for a situation that comes back (a plural, a time of
day, or a word such as "always"), else it is a one-off request ("for the party I need a cake").

Not read as a situation: a phrase that only frames the sentence ("in fact", "for now", "at the moment", "in my
free time", "for years"), a number ("at 35", "in 2019"), a situation that happens once ("this summer", "next
week", "on the trip last year"), what the user is ("at work I'm a nurse"), a plan ("I'm going", "I'll").

:func:`excepted` reads an exception said after the statement ("I cycle to work, unless it's raining", "I walk the
dogs at 6, except on Fridays", "I meditate daily except when I'm travelling"): the statement holds outside that
situation, so it is kept with it ("Cycles to work" [unless it's raining]) and stays out of the always-sent core.

A fact about the user's family stays with the sentence's situation for now: making it unconditional ("for my
grandkids I only buy wooden toys": Has grandkids, always) cost one unmatched memory on fresh and was not shipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.offline.objects import condition

#: Words before the situation that say nothing of it: "also good to know: for cons I ...", "fwiw, with clients I ...".
LEADS = (
    r"(?:(?:ok(?:ay)?|so|and|but|also|oh|btw|plus|honestly|generally|usually|tbh|well|fyi|fwiw|realistically|"
    r"for the record|for context|good to know|(?:just\s+)?so you know|to be honest|in general)\b[\s,:;-]*)*"
)
_LEADS = LEADS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Times of day or of the week said without a noun after a preposition.
_TIME = (
    r"late at night|early in the morning|first thing in the morning|last thing at night|"
    r"(?:mon(?:day)?|tue(?:sday)?|sun(?:day)?)\s+(?:to|through|thru|till|until|-)\s+(?:fri(?:day)?|thu(?:rsday)?|"
    r"sat(?:urday)?)|(?:before|after|past)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\s*o'?clock|"
    r"dark|midnight|noon|sunset|sunrise|sundown)"
)
_PREP = r"on|at|in|with|for|during|before|after|around|over"
_DET = r"the|my|our|a|an|her|his|their"
_OPEN_RE = re.compile(
    rf"^\W*{_LEADS}(?P<cond>(?P<time>{_TIME})|(?:{_PREP})\s+(?:(?:{_DET})\s+)?(?P<words>[\w'-]+(?:\s+[\w'-]+){{0,2}}?))"
    rf"\s*,?\s+(?P<body>(?:(?:i|we)\s+|(?:no|nothing|never)\s+(?=\S+(?:\s+\S+)?\s+for me\W*$)).+)$",
    re.IGNORECASE,
)
#: Words of a phrase that frames the sentence, or names no situation.
_FRAMES = _words(
    """i we you he she they it me us him them that this these those if when what which who how why and or but so
    is are was were be fact general particular short total addition reality theory sure now once example instance
    real myself ourselves all least most first last times moment meantime past future years year months month
    weeks week while ages opinion experience view case life mind head age order advance return person love charge
    terms way ways sense hindsight retrospect beginning start end row nutshell minute sec second bit free spare
    fun living record reference context background respect regard average turn spite lieu favor favour hand top
    same other contrast comparison detail brief private public secret time meanwhile terms honesty truth future
    addition light view part own lot lots bunch kind sort type one thing things something anything everything
    nothing mood today tonight tomorrow yesterday ago next upcoming coming someday ever later again already still
    just even also too very really my our your his her their job career"""
)
#: Verbs that say the user's plain present doing is not meant: the past, a plan, a thought, being.
_NOT_DOING = _words(
    """will would could should can might may shall must 'll 'd was were did had got went used think thought guess
    wonder know knew mean hope wish asked forgot forget remember heard saw said told tried am is are be been being
    m 're 've 's ll d ve re just lost saw went made took bought found left met ate drank wore ran sat spent paid sold
    brought caught taught fell felt began broke chose came drove flew gave grew hid hung led lent rang rode sang
    shook slept spoke stole stood swam threw woke won wrote became built fought held sent"""
)
#: Verbs of wanting or having: a habit only where the situation comes back ("for the party I need a cake": once).
_STATIVE = _words("need needs want wants like love hate prefer have has would 'd")
_ADVERBS = (
    r"always|usually|mostly|only|just|never|normally|generally|typically|tend to|also|really|often|still|rarely|"
    r"seldom|sometimes|constantly|religiously|strictly|basically|pretty much|kinda|kind of"
)
_HEAD_RE = re.compile(rf"^(?:i|we)\s+(?P<adv>(?:(?:{_ADVERBS})\s+)*)(?P<verb>[\w']+)", re.IGNORECASE)
_HABIT_RE = re.compile(r"\b(?:always|usually|never|only|normally|generally|typically|tend to|every)\b", re.I)
#: A named place or a home country: "In Japan we ...", "in my country we ...".
_PLACE_RE = re.compile(
    r"^in\s+(?:(?-i:[A-Z])(?!(?:anuary|ebruary|arch|pril|ay|une|uly|ugust|eptember|ctober|ovember|ecember)\b)"
    r"|(?:my|our)\s+(?:country|city|hometown|home town|town|village|culture|family|house|religion)\b)",
    re.IGNORECASE,
)
_ONCE_RE = re.compile(
    r"\b(?:tomorrow|tonight|today|later|next|yesterday|last|ago|this|that|these|those|upcoming|ever|someday|"
    r"one day|was|were|had|went|did|got|\d+)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Said:
    """A statement and the situation it is said for, read as :mod:`conditions` reads its own leads."""

    cond: str
    body: str

    def group(self, name: str) -> str:
        return self.cond if name == "cond" else self.body


def opened(clause: str) -> Said | None:
    """The statement of ``clause`` and the situation it opens with, named in the user's own words; None when the
    clause opens with no situation, one that frames the sentence or happens once, or no standing practice follows."""
    text = clause.strip()
    if text.endswith("?"):
        return None
    m = _OPEN_RE.match(text)
    if m is None:
        return None
    time, words, body = m.group("time"), (m.group("words") or "").lower(), m.group("body").strip()
    if time is None and (set(re.findall(r"[\w']+", words)) & _FRAMES or re.search(r"\d", words)):
        return None  # "in fact I ...", "at 35 I ...", "for my job I ..."
    if time is None and _ONCE_RE.search(m.group("cond")):
        return None
    if _PLACE_RE.match(m.group("cond")):
        return None  # "In Japan we separate the garbage": how people do it there, or where the user lived
    if re.match(r"(?:no|nothing|never)\s", body, re.IGNORECASE):
        return Said(m.group("cond"), re.sub(r"\s+for me\W*$", "", body, flags=re.IGNORECASE))  # "after 8pm no screens"
    head = _HEAD_RE.match(body)
    if head is None:
        return None
    verb = head.group("verb").lower()
    if _past_or_plan(verb) or re.search(r"ing$|-", verb):
        return None  # "at work I'm a nurse", "in hotels I'd rather ...", "at the party I danced"
    plural = words.endswith("s") and not words.endswith(("ss", "'s"))
    comes_back = time is not None or plural or _HABIT_RE.search(body) is not None
    if verb in _STATIVE and not comes_back:
        return None  # "for the party I need a cake": a one-off request
    return Said(m.group("cond"), body)


def _past_or_plan(verb: str) -> bool:
    """The verb says no present habit: the past, a plan, a thought, being ("I lost", "I'd", "I'm")."""
    return verb.lower() in _NOT_DOING or re.search(r"(?<!e)ed$|'", verb) is not None


#: An exception said after the statement: ", unless it's raining", "except on Fridays", "except when I travel".
_EXCEPT_RE = re.compile(
    r"^(?P<head>[^,;:?]{6,}?)(?:,\s*|\s+)(?P<cond>(?:unless\s+(?=(?:it|it's|its|i|i'm|im|we|we're|there|there's|"
    r"someone|somebody|my|our|the|they|they're)\b)|except\s+(?:on|in|at|during|when|if|while|before|after)\s+)"
    r"[^,;:?]{2,50}?)[\s.!]*$",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(r"^\W*(?:(?:so|and|but|also|oh|honestly|tbh)\b[\s,]*)*", re.IGNORECASE)
_MINE_RE = re.compile(rf"{_LEAD_RE.pattern}(?:i|we)\s+(?!'d\b|would\b|will\b)", re.IGNORECASE)


def excepted(sentence: str) -> str:
    """The exception the user's one statement is said with, as its context ("unless it's raining", "except on
    Fridays"); '' when the sentence has none, holds more than one statement, or is no statement of the user's."""
    m = _EXCEPT_RE.match(sentence.strip())
    if m is None or not _MINE_RE.match(m.group("head")):
        return ""
    head = _HEAD_RE.match(_LEAD_RE.sub("", m.group("head")))
    if head is None or _past_or_plan(head.group("verb")):
        return ""  # "I went every day except on Sunday": once, in the past
    if re.search(r"\b(?:and|but|or|if|when|unless|except)\b", m.group("head"), re.IGNORECASE):
        return ""  # several statements or a condition of its own
    cond = m.group("cond").strip()
    lead, _, rest = cond.partition(" ")
    if lead.lower() == "except" and re.match(r"(?:when|if|while)\b", rest, re.IGNORECASE):
        return f"except {condition(rest)}"  # "except when I'm travelling": except when traveling
    return condition(cond)
