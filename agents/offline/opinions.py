"""Tastes said as opinions, with no "I like" / "I hate" in them.

- a standing verdict on a thing: "I think jazz is overrated", "jazz is so overrated" -> "Finds jazz overrated"
  (a dislike); "cilantro is disgusting" -> "Finds cilantro disgusting"; "mornings are the worst" -> "Dislikes
  mornings"; "dogs are the best" -> "Likes dogs"; "coffee is life", "sushi is so my thing" -> "Likes coffee";
- nothing above it: "nothing beats a cold brew in summer", "you can't beat a good paperback", "there's nothing
  like fresh bread" -> "Likes a cold brew" (context "in summer");
- a need: "I can't live without my espresso", "couldn't survive without my headphones" -> "Cannot live
  without espresso" (a strong preference, worded as :mod:`agents.offline.everyday` words it for the reader);
  "I can't function without coffee in the morning" -> "Cannot live without coffee" (context "in the morning");
- a pull: "I'm addicted to sour candy", "I'm totally hooked on true crime podcasts" -> "Is hooked on true crime
  podcasts" (not a substance: "addicted to painkillers" is health's to read, or no one's);
- a creep: "clowns give me the creeps", "raw oysters gross me out", "deep water freaks me out" -> "Finds clowns
  creepy", "Finds raw oysters gross", "Finds deep water scary" (dislikes).

Read from the start of a statement clause only, after a few harmless lead words ("honestly", "I think",
"personally"); the thing judged must be a short noun phrase of its own: not a pronoun ("they're pretentious"),
someone else's view ("my wife thinks jazz is overrated": a verb in it), a thing of the moment ("the traffic
today is the worst", "this place is the best") or an option named by its place. The verdict must end its
clause (a trailing condition aside): "jazz is the best way to unwind" says something else. Past tense is a
one-off ("that movie was overrated") and never read. Questions, hypotheticals and sarcasm never reach here
(:mod:`agents.offline.reader` drops them), and a turn that picks among the assistant's options is the choice
module's to read.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, STRONG, Draft
from agents.offline.normalize import join_text, lower_first, subject_key, third_person
from agents.offline.objects import condition
from agents.offline.places import NATIONALITIES
from memory.types import MemoryKind

#: Harmless words before the statement proper, then an "I think" that marks the opinion as the user's.
_LEAD = (
    r"^(?:(?:honestly|tbh|personally|frankly|really|and|but|so|also|well|ok|okay|yeah|yep|plus|man|ugh|"
    r"imo|imho|for me|to me|in my opinion|in my book|i mean|look|seriously|for real)\b[,:]?\s+)*"
    r"(?:i\s+(?:(?:really|just|honestly|genuinely|personally|still|truly|do)\s+)*"
    r"(?:think|feel like|feel that|reckon|believe|find that|'ve always thought|have always thought)\s+(?:that\s+)?)?"
)
#: What a judged thing may not start with: pronouns, pointers, question words, options named by place.
_NOT_A_THING = re.compile(
    r"^(?:i|i'm|im|me|my|mine|you|your|yours|he|his|him|she|her|hers|we|our|ours|us|they|theyre|their|them|it|"
    r"its|it's|this|that|these|those|there|here|what|which|who|whom|whose|why|where|when|how|if|whether|"
    r"because|since|although|though|while|as|nothing|everything|something|anything|someone|somebody|everyone|"
    r"everybody|anyone|people|one|neither|either|both|all|each|option|options|number|choice|first|second|third|"
    r"last|former|latter|oh|ah|um|uh|hmm|well|so|and|but|or|ok|okay|yeah|yes|no|sure|maybe|please|thanks|lol|"
    r"haha|not|just|such|today|tonight|tomorrow|yesterday|now|a|an|some|any|his|another|other|same|next|last)\b",
    re.IGNORECASE,
)
#: Words that make a thing a clause, someone's view or a thing of the moment.
_VERBAL = re.compile(
    r"\b(?:says?|said|thinks?|thought|believes?|feels?|told|tells|claims?|reckons?|is|are|was|were|be|been|am|"
    r"do|does|did|can|could|would|will|should|may|might|must|has|have|had|i|you|he|she|they|we|my|your|our|"
    r"this|that|today|tonight|yesterday|tomorrow|now|right now|currently|lately|last|this week|here|there|"
    r"wife|husband|partner|friend|friends|boss|mom|dad|mother|father|sister|brother|kids?|everyone|people)\b",
    re.IGNORECASE,
)
_THING_CHARS = re.compile(r"^[A-Za-z0-9][\w' &+/-]*$")
#: A trailing "imo" and the like, harmless after a verdict.
_TAIL = r"(?:[,\s]+(?:imo|imho|honestly|tbh|if you ask me|in my opinion|to me|for me|ngl|lol|haha|though))*"
#: A condition after the verdict: "in summer", "on a rainy day", "after a long run", "when it's hot".
_WHEN = (
    r"(?P<when>(?:in (?:the )?(?:summer|winter|spring|autumn|fall|morning|mornings|evening|evenings)|on (?:a |the )?"
    r"(?:[\w-]+ )?(?:days?|nights?|mornings?|evenings?|weekends?|sundays?|saturdays?|flights?|trips?|drives?|"
    r"commutes?|holidays?|vacations?|hikes?|runs?)|after (?:a |my )?[\w -]{2,25}?|"
    r"(?:when|whenever|while) [\w' -]{2,40}?|at (?:night|the end of (?:a|the) [\w]+)|first thing in the morning))"
)
_END = rf"{_TAIL}(?:[,\s]+{_WHEN})?{_TAIL}\s*[.!]*\s*$"
_INTENSE = r"(?:(?:so|totally|way|completely|just|really|hugely|massively|seriously|wildly|vastly|highly|kinda|"
_INTENSE += r"kind of|pretty|very|absolutely|truly|honestly|genuinely|definitely|super|incredibly|soo+|sooo+)\s+)*"
_BE = r"\s+(?:is|are)\s+|(?<=\w)'s\s+|(?<=\w)'re\s+"

_VERDICT_RE = re.compile(
    rf"{_LEAD}(?P<obj>[^,;:!?]+?)(?:{_BE}){_INTENSE}(?P<adj>overrated|overhyped|underrated|gross|disgusting|"
    r"revolting|vile|the worst|the devil|evil|the best|life|my (?:jam|thing|vibe|kind of thing))"
    rf"(?:\s+ever)?{_END}",
    re.IGNORECASE,
)
_BEATS_RE = re.compile(
    rf"{_LEAD}(?:(?P<pre>(?:in|on|after|when|whenever) [\w' -]{{2,40}}?),?\s+)?(?:nothing (?:really\s+)?"
    r"(?:beats|compares to|tops)|(?:you|u) (?:just\s+)?(?:can't|cannot|can not) beat|can't beat|"
    r"there(?:'s| is) nothing (?:quite\s+|better\s+)?(?:like|than)|nothing(?:'s| is) better than)\s+"
    rf"(?P<obj>[^,;:!?]+?){_END}",
    re.IGNORECASE,
)
_NEED_RE = re.compile(
    rf"{_LEAD}(?:i\s+)?(?:honestly\s+|literally\s+|really\s+|just\s+|seriously\s+)*(?:can't|cannot|can not|"
    r"couldn't|could not)\s+(?:honestly\s+|literally\s+|really\s+|imagine\s+)?(?P<verb>live|survive|function|"
    r"imagine (?:my )?life|do)\s+without\s+(?:my\s+)?(?P<obj>[^,;:!?]+?)"
    rf"{_END}",
    re.IGNORECASE,
)
_HOOKED_RE = re.compile(
    rf"{_LEAD}(?:i'm|im|i am)\s+{_INTENSE}(?P<verb>addicted to|hooked on)\s+(?P<obj>[^,;:!?]+?){_END}",
    re.IGNORECASE,
)
_CREEPS_RE = re.compile(
    rf"{_LEAD}(?:the (?:idea|thought|sight|smell|sound) of\s+)?(?P<obj>[^,;:!?]+?)\s+(?:really\s+|just\s+|"
    r"always\s+|kinda\s+|honestly\s+|totally\s+)*(?P<verb>gives? me the (?:creeps|heebie[- ]jeebies|willies)|"
    r"creeps? me out|gross(?:es)? me out|freaks? me out|weirds? me out|skeeves? me out)"
    rf"{_END}",
    re.IGNORECASE,
)
#: What one is hooked on that is a health matter, not a taste.
_SUBSTANCE = re.compile(
    r"\b(?:drugs?|alcohol|booze|painkillers?|opioids?|pills?|nicotine|cigarettes?|smoking|vaping|vapes?|"
    r"gambling|heroin|cocaine|meth|weed|pot|opiates?|benzos?|oxy\w*|sleeping pills)\b",
    re.IGNORECASE,
)
#: The things of a verdict about now or about the assistant's options ("the traffic", "the food here").
_MOMENT = re.compile(r"\b(?:here|there|today|tonight|now|lately|recently|currently|again|so far|atm)\b", re.I)
#: "the smell of fresh bread": a generic thing that starts with "the".
_THE_GENERIC = re.compile(r"^the (?:smell|taste|sound|feel|feeling|sight|view|joy) of\s", re.IGNORECASE)


def _thing(raw: str, *, max_words: int = 5, article: bool = False) -> str | None:
    """The judged thing as a short noun phrase in the third person, or None; ``article``: it may start with
    "a" ("nothing beats a cold brew")."""
    text = raw.strip(" .!\"'")
    if article and (m := re.match(r"(?:an?|some)\s+(?=\w)", text, re.IGNORECASE)):
        rest = _thing(text[m.end() :], max_words=max_words)
        return None if rest is None else f"{m.group(0).lower()}{rest}"
    words = text.split()
    if not text or len(words) > max_words or not _THING_CHARS.match(text) or not re.search(r"[A-Za-z]{2}", text):
        return None
    if _MOMENT.search(text):
        return None
    generic = _THE_GENERIC.match(text)
    if re.match(r"the\s", text, re.IGNORECASE) and not generic:
        rest = text.split(None, 1)[1] if len(words) > 1 else ""
        if not rest[:1].isupper():  # "The Beatles" is a name; "the food" is this place's
            return None
    elif _NOT_A_THING.match(text):
        return None
    if _VERBAL.search(text[generic.end() :] if generic else text):
        return None
    return third_person(_lowered(text))


def judged(raw: str, *, max_words: int = 5, article: bool = False) -> str | None:
    """A thing the user judges, as a short noun phrase in the third person, or None (see :func:`_thing`)."""
    return _thing(raw, max_words=max_words, article=article)


_CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)$",
    re.IGNORECASE,
)


#: A people's name keeps its capital: "Italian food", "Thai curries", "Japanese whisky".
_PEOPLE = re.compile(rf"(?:{NATIONALITIES})|Thai|Mexican|Cajun|Creole|Korean|Nordic|Asian|African|European", re.I)


def _lowered(text: str) -> str:
    """A sentence-initial common word lower-cased: "Airport lounges", "Clowns" (a one-word name keeps its
    capital unless it reads as a plural: "Radiohead")."""
    words = text.split()
    if not re.fullmatch(r"[A-Z][a-z]+", words[0]) or _CALENDAR.match(words[0]) or _PEOPLE.fullmatch(words[0]):
        return text
    if len(words) > 1 and all(not w[:1].isupper() for w in words[1:]):
        return text[:1].lower() + text[1:]
    if len(words) == 1 and re.search(r"[^su]s$", words[0]):
        return text[:1].lower() + text[1:]
    return lower_first(text)


#: A condition in the past: "when I lived in LA" is a one-off, not a standing taste.
_PAST = re.compile(r"\b(?:was|were|lived|used to|back then|as a kid|as a child|in college|growing up|had)\b", re.I)


def _context(m: re.Match[str]) -> str:
    when = m.group("when") if "when" in m.groupdict() else None
    if not when and "pre" in m.groupdict() and m.group("pre"):
        when = m.group("pre")
    if not when:
        return ""
    if re.match(r"(?:when|whenever|while)\b", when, re.IGNORECASE):
        return condition(when)
    return third_person(when.lower())


def _said(text: str, kind: MemoryKind, obj: str, confidence: float = EXPLICIT, context: str = "") -> Draft:
    return Draft(text, kind, subject_key(obj), confidence, context=context)


def _verdict(m: re.Match[str]) -> Draft | None:
    obj = _thing(m.group("obj"))
    if obj is None:
        return None
    adj = re.sub(r"\s+", " ", m.group("adj").lower())
    context = _context(m)
    if adj in ("overrated", "overhyped", "gross", "disgusting", "revolting", "vile"):
        return _said(join_text("Finds", obj, adj), MemoryKind.dislike, obj, context=context)
    if adj == "underrated":
        return _said(join_text("Finds", obj, adj), MemoryKind.preference, obj, context=context)
    if adj in ("the worst", "the devil", "evil"):
        return _said(join_text("Dislikes", obj), MemoryKind.dislike, obj, context=context)
    return _said(join_text("Likes", obj), MemoryKind.preference, obj, context=context)


def opinion(clause: str) -> Draft | None:
    """A taste said as an opinion in ``clause`` (a statement clause), or None."""
    text = clause.strip()
    if _PAST.search(text):
        return None
    if (m := _BEATS_RE.match(text)) is not None:
        obj = _thing(m.group("obj"), max_words=8, article=True)
        if obj is None:
            return None
        return _said(join_text("Likes", obj), MemoryKind.preference, obj, context=_context(m))
    if (m := _NEED_RE.match(text)) is not None:
        obj = _thing(m.group("obj"), article=True)
        if obj is None:
            return None
        return _said(join_text("Cannot live without", obj), MemoryKind.preference, obj, STRONG, _context(m))
    if (m := _HOOKED_RE.match(text)) is not None:
        obj = _thing(m.group("obj"), article=True)
        if obj is None or _SUBSTANCE.search(obj):
            return None
        return _said(join_text("Is hooked on", obj), MemoryKind.preference, obj, context=_context(m))
    if (m := _CREEPS_RE.match(text)) is not None:
        obj = _thing(m.group("obj"))
        if obj is None:
            return None
        verb = m.group("verb").lower()
        feel = "gross" if verb.startswith("gross") or verb.startswith("skeeve") else "creepy"
        feel = "scary" if verb.startswith("freak") else feel
        return _said(join_text("Finds", obj, feel), MemoryKind.dislike, obj, context=_context(m))
    if (m := _VERDICT_RE.match(text)) is not None:
        return _verdict(m)
    return None
