"""What passes in a turn and teaches nothing lasting: clauses the learned reader is not asked about.

The rules word what they know; the learned reader adds a clause no rule worded when it says the clause reveals
something. On sentences that teach nothing it still read some (issue 13, the probe "nothing" sentences and the
held-out splits' non-teaching turns). The families behind them, said in general English:

- a one-off happening now or today ("I'm 20 minutes out, go ahead and order", "the printer jammed again",
  "I'm in the car so keep it short") or a mishap ("I tried the bakery but it was sold out"): the moment,
  not the person;
- a fixed expression ("Such is life.", "It is what it is."): no content at all;
- a clause for someone else ("No sugar for her", "Gift for my nephew. Loves dinosaurs."): another person's
  needs, read after the sentence that names them;
- a topic header before a question ("Pizza stones. Which size?"): what the question is about, not a taste;
- a report of a loss ("Our cat died in March"): an event, not a trait;
- an order to the assistant about this one task ("Stop sending the drafts, I have them already").

:func:`passed` takes the clauses :mod:`agents.offline.guided` would ask the reader about, per sentence, and
returns them without these. The rules' own drafts are untouched.
"""

from __future__ import annotations

import re

from agents.offline.reader import Reading

#: A one-off happening now: today, tonight, a moment ago, on the way, about to, again.
_NOW_RE = re.compile(
    r"\b(?:right now|at the moment|just now|as we speak|this (?:morning|afternoon|evening)|today|tonight|"
    r"yesterday|last night|earlier today|so i'?ll be (?:quick|brief)|(?:i'?ll|will) be (?:quick|brief)|"
    r"(?:start|eat|go ahead|begin|order) without me|on (?:my|our) way|running (?:late|behind)|"
    r"\d+\s*(?:min(?:ute)?s?|hours?|hrs?)\s+(?:away|out|late)|be there in|"
    r"(?:i'?m|we'?re|i am|we are) (?:stuck )?in (?:the|a) "
    r"(?:car|taxi|cab|queue|line|meeting|waiting room)\b)",
    re.IGNORECASE,
)
#: "again" at the end tells of a one-off ("the sink is blocked again"), unless it is refused ("never again").
_AGAIN_RE = re.compile(r"\bagain\W*$", re.IGNORECASE)
_REFUSED_RE = re.compile(r"\b(?:never|not|won'?t|no more|nor|once)\b|n't\b", re.IGNORECASE)
#: A one-off mishap: an errand that failed for the moment's reasons ("but it was already closed").
_MISHAP_RE = re.compile(
    r"\b(?:it|they|the \w+) (?:was|were|had) (?:already |just )?(?:closed|shut|sold out|out of stock|booked up|"
    r"fully booked|cancell?ed)\b|\b(?:it was|was already|by then it was) too late\b",
    re.IGNORECASE,
)
#: Fixed expressions: the whole sentence says nothing a memory could hold.
_FIXED_RE = re.compile(
    r"^\W*(?:such is life|that'?s life|it is what it is|it'?s what it is|oh well|go figure|c'?est la vie|"
    r"you win some,? you lose some|easy come,? easy go|better late than never|so it goes|life goes on|"
    r"what can you do|what can (?:ya|you) do|you know how it is|long story short|fingers crossed|"
    r"knock on wood|touch wood|here goes nothing|no rest for the wicked|that'?s the way it goes|"
    r"the more the merrier|live and learn|story of my life|tell me about it|go big or go home|"
    r"better safe than sorry|it'?s not the end of the world|whatever works|so be it)\W*$",
    re.IGNORECASE,
)
#: A clause said for someone else: "for him", "for my dad", "she can't", a present for another.
_FOR_OTHER_RE = re.compile(
    r"\b(?:for|to|with) (?:him|her|them|my (?:\w+ )?(?:mom|mum|mother|dad|father|son|daughter|wife|husband|"
    r"partner|sister|brother|nephew|niece|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|friend|"
    r"boss|coworker|colleague|neighbou?r|kid|boy|girl|in-laws?|father-in-law|mother-in-law|godson|goddaughter))\b|"
    r"^\W*(?:gift|present|birthday (?:gift|present)|something) for\b",
    re.IGNORECASE,
)
#: A sentence that puts someone else forward: what follows without "I" is about them.
_OTHER_FIRST_RE = re.compile(
    r"^\W*(?:(?:my|our) (?:\w+ )?(?:mom|mum|mother|dad|father|son|daughter|wife|husband|partner|sister|brother|"
    r"nephew|niece|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|friend|boss|coworker|colleague|"
    r"neighbou?r|kid|kids|in-laws?|father-in-law|mother-in-law|guest|guests)\b(?!\s+and (?:i|me)\b)|"
    r"(?:he|she)\b|(?:gift|present|birthday (?:gift|present)|shopping|buying) for\b)",
    re.IGNORECASE,
)
_SELF_RE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|us|our)\b", re.IGNORECASE)
#: A question: what comes after a topic header.
_QUESTION_RE = re.compile(
    r"\?\s*$|^\W*(?:what|which|where|when|how|why|who|is|are|can|could|would|should|do|does|any)\b",
    re.IGNORECASE,
)
#: A verb, roughly: a header has none.
_VERBISH_RE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|have|has|had|do|does|did|can|can't|cannot|won't|will|need|want|like|love|"
    r"hate|prefer|avoid|eat|drink|use|get|make|go|keep|allergic|never|always|only|no|not)\b|'(?:s|m|re|ve|d|ll)\b|"
    r"\w+(?:ed|ing)\b",
    re.IGNORECASE,
)
HEADER_WORDS = 4  # a topic header is this short
#: A loss: someone or some animal died.
_LOSS_RE = re.compile(
    r"\b(?:died|passed away|passed on|was put down|had to put (?:him|her|it|them) down|funeral|"
    r"(?:lost|losing) (?:my|our) (?:\w+ )?(?:mom|mum|mother|dad|father|wife|husband|partner|sister|brother|"
    r"grandma|grandpa|grandmother|grandfather|dog|cat|pet|horse|friend))\b",
    re.IGNORECASE,
)
#: An order about this one task: stop/skip/don't ..., with "already", "this time", "for now".
_THIS_TASK_RE = re.compile(
    r"^\W*(?:please\s+)?(?:stop|quit|skip|don'?t|do not|no need to|hold off|forget)\b.*\b(?:already|this time|"
    r"for now|for this one|yet|just now|anymore today)\b|"
    r"\b(?:i|we) (?:have|got|already have|already got) (?:it|them|that|those|these|this)(?: all)? already\b",
    re.IGNORECASE,
)


def passing(sentence: str) -> bool:
    """The whole sentence passes: a one-off now, a mishap, a fixed expression, a loss, an order about this task."""
    found = (
        _NOW_RE.search(sentence),
        _AGAIN_RE.search(sentence) and not _REFUSED_RE.search(sentence),
        _MISHAP_RE.search(sentence),
        _LOSS_RE.search(sentence),
        _THIS_TASK_RE.search(sentence),
    )
    return bool(_FIXED_RE.match(sentence) or any(found))


def header(sentence: str, following: str | None) -> bool:
    """A short verbless fragment before a question: the topic of the question ("Pizza stones. Which size?")."""
    return (
        following is not None
        and bool(_QUESTION_RE.search(following))
        and len(sentence.split()) <= HEADER_WORDS
        and not _VERBISH_RE.search(sentence)
        and not _SELF_RE.search(sentence)
    )


def for_other(clause: str) -> bool:
    """A clause said for someone else ("No stairs for him")."""
    return bool(_FOR_OTHER_RE.search(clause))


def passed(reading: Reading, clauses: list[list[str]]) -> list[list[str]]:
    """Per sentence of the turn, the clauses to ask the reader about, without those that pass (see the module)."""
    texts = [p.sentence.text for p in reading.parts]
    out: list[list[str]] = []
    other = False  # an earlier sentence put someone else forward
    for i, (text, cs) in enumerate(zip(texts, clauses, strict=True)):
        following = texts[i + 1] if i + 1 < len(texts) else None
        theirs = other and not _SELF_RE.search(text)
        if passing(text) or header(text, following) or theirs:
            out.append([])
        else:
            out.append([c for c in cs if not for_other(c)])
        other = other or bool(_OTHER_FIRST_RE.search(text))
    return out
