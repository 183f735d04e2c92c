"""Terse fragments made standing by what is said around them: "only" tied to the user or to now, a contrast.

A bare fragment ("Takeout only.", "No onions.") is as often a one-off filter on a request as a standing
preference, so the rules read it only with a signal that it holds beyond the request:

* "only" said of the user or of now ("Physical books only for me", "freshwater only now", "these days only
  swimming", "I only do yoga now") -> "Prefers only physical books", "Prefers only freshwater" (the wording
  :func:`agents.offline.everyday.current_habit` gives the reader's path), "Only does yoga these days";
* a thing kept against its like, not after a request ("Original pressings only. No reissues.", "Only road
  cycling, no mountain bikes", "Loose leaf. No bags.") -> "Prefers original pressings over reissues"; one
  memory for the pair, as most people label it;
* a kind of thing, plural, kept to when no request came before it in the turn ("Prime lenses only.",
  "Outdoor venues only.", "sustainable brands only if possible") -> "Prefers prime lenses only" (twenty-fifth
  pass: tune, fresh, wild, wild3 and wild4 gained a label each, the probes no false memory); not a count, a time
  or the chat ("Two tickets only", "weekends only", "examples only"), and not after a request ("Find me a
  hotel. Family rooms only.").

Fragments about how answers are written ("Plain English. No jargon.") are style. A fragment stressed by the next
sentence ("Window seat. Always.") is left to the learned reader (:data:`agents.offline.guided.STRESSED`): read
here it gained two tune labels and nothing on fresh, test or wild2, and the rules' gate drops "No spoilers.
Ever." before any rule sees it. Used by :func:`agents.offline.reader.read_parts` for sentences no other rule
read; written for issue 13's thirteenth pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.normalize import capitalize, said_of_them, subject_key, third_singular
from agents.offline.reactions import reaction
from memory.taxonomy.kinds import STYLE_CUE
from memory.types import MemoryKind, MemorySource

#: A short noun phrase: one to four words, letters and hyphens ("window seat", "original pressings", "food-safe").
_NP = r"[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,3}"
#: A fragment alone in its sentence ("Loose leaf.", "No bags.").
_FRAGMENT_RE = re.compile(rf"^\W*(?P<no>no\s+)?(?P<x>{_NP}?)(?:,?\s+please)?\s*[.!]*$", re.IGNORECASE)
#: "X only for me", "only X for me" (opening the clause, a reason may follow: "Decaf only for me, caffeine
#: wrecks my sleep"), "X only now", "only X now", "now X only", "these days only X" (ending the clause, after a
#: sentence end or a comma: "i used to do crossfit but my knees said no. these days only swimming").
_FOR_ME_RE = re.compile(
    rf"^\W*(?:(?P<x1>{_NP}?)\s+only|only\s+(?P<x2>{_NP}?))\s+for\s+me(?:\W*$|\s*[,;:]\s)",
    re.IGNORECASE,
)
_NOW = r"(?:now|these days|nowadays)"
_NOW_RE = re.compile(
    rf"(?:^|[.!;]\s+|,\s+)\W*(?:(?P<x1>{_NP}?)\s+only\s+{_NOW}|only\s+(?P<x2>{_NP}?)\s+{_NOW}|"
    rf"(?:now|these days|nowadays|lately)\s*,?\s+(?:it'?s\s+)?(?:(?P<x3>{_NP}?)\s+only|only\s+(?P<x4>{_NP}?)))"
    r"\W*$",
    re.IGNORECASE,
)
#: Words a fragment about a thing the user wants cannot hold: pronouns, verbs of talk, fillers, answers.
_NOT_A_THING = frozenset(
    re.findall(
        r"[a-z']+",
        "i me my mine you your it its it's this that these those there here he she they we us our them is are was "
        "were be been am do does did done have has had can could will would should may might must not no yes yeah "
        "yep nope ok okay sure thanks thank please sorry hi hello hey well so and or but if then than the a an "
        "what which who why how when where just very really too also again once twice one two more less much many "
        "some any all every each other time times way idea problem worries worry rush hurry thing things stuff "
        "lol haha wow omg same exactly true right wrong good great fine nice cool bad unless except until though "
        "although because since while everywhere anywhere always never ever sometimes usually",
    )
)
#: Words that make a fragment about how the assistant writes, not about a thing ("British spelling", "No jargon").
_STYLE_RE = re.compile(
    r"\b(?:spelling|english|jargon|emojis?|emoticons?|bullet(?:s| points?)?|markdown|formatting|tone|slang|"
    r"swearing|profanity|spoilers?|small talk|fluff|filler|disclaimers?|caveats?|preamble|tl;?dr|summary|"
    r"summaries|code comments|examples?|answers?|replies|responses?|explanations?|units|metric|imperial)\b",
    re.IGNORECASE,
)
#: A capitalised word that keeps its capital at the start of a fragment: a nation's or a language's adjective.
_PROPER_RE = re.compile(
    r"^(?:[A-Z][a-z]+(?:ish|ese|ian)|French|Dutch|Greek|Thai|Swiss|Czech|Arabic|Hindi|Korean|Cuban)$|^[A-Z][a-z]*[A-Z]"
)


def _thing(x: str | None) -> str | None:
    """The noun phrase, cleaned, or None when it is not one."""
    if not x:
        return None
    words = x.split()
    if not words or any(w.lower() in _NOT_A_THING for w in words) or len(x) < 3:
        return None
    proper = _PROPER_RE.match(words[0]) or (words[0].isupper() and len(words[0]) > 1)
    return x if proper else x[:1].lower() + x[1:]  # "Loose leaf": loose leaf; keep "British", "PS5"


def _draft(text: str, kind: MemoryKind, subject: str, quote: str) -> Draft:
    return Draft(capitalize(text), kind, subject_key(subject), EXPLICIT, MemorySource.explicit, quote=quote)


def _only(x: str, quote: str) -> Draft:
    if _STYLE_RE.search(x):
        return _draft(f"Wants only {x}", MemoryKind.style, x, quote)
    return _draft(f"Prefers only {x}", MemoryKind.preference, x, quote)


#: "I only do yoga now", "these days I only eat fish": a habit narrowed to one thing, said with its time.
_I_ONLY_NOW_RE = re.compile(
    rf"^\W*(?:(?P<lead>these days|nowadays|now|lately)\s*,?\s+)?i\s+only\s+(?P<v>do|eat|drink|play|read|watch|"
    rf"use|wear|buy|cook|listen to|ride|fly|go to)\s+(?P<x>{_NP}?)(?P<tail>\s+(?:now|these days|nowadays))?\W*$",
    re.IGNORECASE,
)


def only_mine(clause: str) -> Draft | None:
    """An "only" said of the user or of now: "Physical books only for me" (Prefers only physical books),
    "freshwater only now", "these days only swimming" (Prefers only swimming), "I only do yoga now" (Only does
    yoga these days)."""
    if "?" in clause:
        return None
    if (m := _FOR_ME_RE.match(clause)) is not None:
        x = _thing(m.group("x1") or m.group("x2"))
        return None if x is None else _only(x, clause)
    if (m := _I_ONLY_NOW_RE.match(clause)) is not None and bool(m.group("lead")) != bool(m.group("tail")):
        x = _thing(m.group("x"))
        verb = third_singular(m.group("v").lower())
        return None if x is None else _draft(f"Only {verb} {x} these days", MemoryKind.preference, x, clause)
    if (m := _NOW_RE.search(clause)) is not None:
        x = _thing(next((g for g in m.group("x1", "x2", "x3", "x4") if g), None))
        return None if x is None else _only(x, clause)
    return None


#: "Only road cycling, no mountain bikes", "Organic only, no chemicals": one thing kept, its like turned down.
_PAIR_RE = re.compile(
    rf"^\W*(?:only\s+(?P<x1>{_NP}?)|(?P<x2>{_NP}?)\s+only)\s*[,;.!]\s*(?:and\s+|but\s+)?no\s+(?P<y>{_NP}?)[.!]*$",
    re.IGNORECASE,
)
#: "Tea, never coffee.", "Trains, never planes.": one thing kept, its like turned down for good ("X, not Y." is as
#: often a correction of now: "Lisbon, not Porto.").
_WHEN = r"(?!(?:today|tomorrow|tonight|now|later|yesterday|soon|this|next|last|again|once|ever)\b)"
_NEVER_RE = re.compile(rf"^\W*{_WHEN}(?P<x>{_NP}?)\s*,\s*(?:but\s+)?never\s+{_WHEN}(?P<y>{_NP}?)[.!]*$", re.IGNORECASE)
_ONLY_RE = re.compile(rf"^\W*(?:only\s+(?P<x1>{_NP}?)|(?P<x2>{_NP}?)\s+only)[.!]*$", re.IGNORECASE)
_NO_RE = re.compile(rf"^\W*no\s+(?P<y>{_NP}?)[.!]*$", re.IGNORECASE)
#: Which contrast shapes are read: "only" ("Original pressings only. No reissues.") and bare ("Loose leaf. No bags.").
CONTRASTS = frozenset({"only", "bare"})


#: A request or a question: a contrast said after one is a filter on it ("Find me a hotel. Pet-friendly only, no
#: chains."), not a standing taste.
REQUEST_RE = re.compile(
    r"\?|^\W*(?:(?:just|please|pls|now|ok|okay|so|and)\s+)*(?:find|show|give|recommend|suggest|book|get|list|plan|search|look|help|pick|choose|send|make|"
    r"write|explain|describe|summari[sz]e|compare|fix|translate|draft|create|teach|tell me|"
    r"can you|could you|would you|please|i need|i want|i'?m looking|im looking|looking for|need|want)\b|"
    r"\b(?:ideas|suggestions|recommendations|recs|tips)\W*$",  # "Lunch ideas. No cilantro.": asked for
    re.IGNORECASE,
)


def contrast(sentence: str, following: str) -> Draft | None:
    """One thing kept and its like turned down, in one sentence or two: "Only road cycling, no mountain bikes",
    "Original pressings only. No reissues." (Prefers original pressings over reissues), "Loose leaf. No bags."."""
    x = y = None
    if "only" in CONTRASTS and (m := _PAIR_RE.match(sentence)) is not None:
        x, y = m.group("x1") or m.group("x2"), m.group("y")
    elif (m := _NEVER_RE.match(sentence)) is not None:
        x, y = m.group("x"), m.group("y")
    elif (n := _NO_RE.match(following)) is not None:
        if "only" in CONTRASTS and (m := _ONLY_RE.match(sentence)) is not None:
            x, y = m.group("x1") or m.group("x2"), n.group("y")
        elif "bare" in CONTRASTS and (m := _FRAGMENT_RE.match(sentence)) is not None and not m.group("no"):
            x, y = m.group("x"), n.group("y")
    x, y = _thing(x), _thing(y)
    if x is None or y is None:
        return None
    if _STYLE_RE.search(f"{x} {y}"):
        return _draft(f"Wants {x} without {y}", MemoryKind.style, x, sentence)
    return _draft(f"Prefers {x} over {y}", MemoryKind.preference, x, sentence)


#: "Prime lenses only.", "sustainable brands only if possible": a kind of thing, plural, kept to (not a count,
#: a time or the chat: "Two tickets only", "weekends only", "short answers only" is a style rule's).
_KIND_ONLY_RE = re.compile(
    r"^\W*(?P<x>(?!(?:\d|one|two|three|four|five|six|ten|tonight|today|tomorrow|this|that|it|now|for)\b)[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*){0,2}?)\s+only"
    r"(?:\s+(?:please|pls|if possible|ideally|for me))?\W*$",
    re.IGNORECASE,
)
_NOT_KINDS_RE = re.compile(
    r"\b(?:weekends|weekdays|mornings|evenings|nights|days|hours|minutes|times|weeks|months|years|questions|answers|"
    r"words|steps|people|guests|adults|kids|members|emergencies|bullets|points|links|sources|examples|details|"
    r"thanks|this|that|these|those|weekend|weekday|morning|evening|night|day|week|month|year|once|me|you|us|him|her|"
    r"answer|answers?|text|english|reply|summary|code|question|yes|no|the \w+)$",
    re.IGNORECASE,
)


def _kind_only(clause: str) -> Draft | None:
    m = _KIND_ONLY_RE.match(clause)
    if m is None or _NOT_KINDS_RE.search(m.group("x")):
        return None
    x = m.group("x").lower()
    if (said := _I_DO_RE.match(x)) is not None:  # "I travel carry-on only.": Travels carry-on only
        return _draft(f"{said_of_them(x[said.end() :])} only", MemoryKind.preference, said.group("obj"), clause)
    if re.match(r"(?:i|we|you|he|she|they|my|our)\b", x):
        return None
    if _NEEDED_RE.match(x):  # "Pet-friendly flats only.": a requirement, not a taste
        return _draft(f"Needs {x}", MemoryKind.constraint, x, clause)
    return _draft(f"Prefers {x} only", MemoryKind.preference, x, clause)


#: What a place or a thing must be for the user to use it at all.
_NEEDED_RE = re.compile(
    r"(?:pet|dog|cat|kid|child|family|wheelchair|baby)[- ]friendly\b|(?:gluten|nut|dairy|peanut|step|smoke|alcohol)"
    r"[- ]free\b|(?:wheelchair[- ])?accessible\b|halal\b|kosher\b|food[- ]safe\b|non[- ]toxic\b|hypoallergenic\b"
)


#: "i travel carry-on only", "i fly economy only": the user's way of doing a thing, kept to.
_I_DO_RE = re.compile(
    r"^i\s+(?=(?:travel|fly|eat|drink|buy|use|wear|read|watch|play|cook|shop|drive|stay|book|pay|take)\s+(?P<obj>.+)$)"
)


#: "No isekai.", "No spicy food please.", "No bars for first dates.": a kind of thing turned down, said alone (not a
#: fixed phrase, a count or a time: "No worries", "No rush", "No, the second one", "No sugar for her").
#: After "never": not a verb of the past or a course of action ("Never mind", "Never been there", "never went back").
_NOT_AFTER_NEVER = (
    r"mind|again|ever|\w{3,}ed(?![\w-])|\w{3,}en(?![\w-])|\w+ing|went|came|got|gave|took|left|made|did|was|were|knew|"
    r"thought|saw|felt|found|told|said|kept|ate|drank|wore|bought|paid|slept|ran|drove|flew|fell|forgot|understood|"
    r"back|been|seen|heard|tried|done|met|had|once|twice|before|sure|so|gonna|gotta|let|give|say|tell|trust|change"
)
#: After "no": a fixed phrase, a count or a pointer ("No worries", "No rush", "No more", "No the second one").
_NOT_AFTER_NO = (
    r"thanks|thank|worries|worry|problem|problems|prob|probs|idea|clue|rush|hurry|way|kidding|doubt|offen[cs]e|"
    r"pressure|stress|big deal|biggie|comment|need|matter|question|questions|chance|luck|time|sweat|harm|fear|reason|"
    r"one|more|longer|further|other|the|a|an|this|that|these|those|it|less|\d"
)
_KIND_REFUSED_RE = re.compile(
    rf"^\W*(?:no|never(?=\s+[\w-]+(?:\s+[\w-]+){{0,2}}\W*$)(?!\s+(?:{_NOT_AFTER_NEVER})\b))\s+(?!(?:{_NOT_AFTER_NO})\b)"
    r"(?P<x>[a-z][\w'-]*(?:\s+(?!(?:for|at|on|during|to)\b)[a-z][\w'-]*){0,4}?)"
    r"(?P<ctx>\s+(?:for|at|on|during)\s+(?!(?:him|her|them|my|our|this|that|these|those|the|it|all)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)?(?:\s+(?:ever|at all|either|for me|as well|obviously|of course|"
    r"naturally|lol|haha))?\W*$",  # not "please": "no tomatoes please" filters one request
    re.IGNORECASE,
)


_FOR_NOW_RE = re.compile(r"\b(?:today|tonight|tomorrow|this|now|yet|again|anymore|left)\b", re.IGNORECASE)
_ANSWER_PART_RE = re.compile(
    r"\b(?:jargon|emojis?|bullets?|lists?|tables?|caveats?|disclaimers?|intros?|preamble|fluff|filler|small talk|"
    r"exclamation|markdown|headings?|code|links?|sources?|summary|summaries|recap|apolog\w*|hedging|lectures?|"
    r"spoilers?)\b",
    re.IGNORECASE,
)


def _kind_refused(clause: str) -> Draft | None:
    from agents.offline.setup_facts import lack  # imported late: setup_facts reads through the reader's modules

    if _FOR_NOW_RE.search(clause) or lack(clause):
        return None  # "no meetings tomorrow": for now; "No car.": a thing the user has not
    m = _KIND_REFUSED_RE.match(clause)
    if (
        m is None
        or _NOT_KINDS_RE.search(m.group("x"))
        or STYLE_CUE.search(m.group("x"))
        or _ANSWER_PART_RE.search(m.group("x"))
    ):
        return None  # "No emojis.": the style rules' to word
    if (x := _thing(m.group("x"))) is None:
        return None
    x = m.group("x") if m.group("x")[:1].isupper() and " " not in m.group("x") else x  # "No Google": a name
    d = _draft(f"Avoids {x}", MemoryKind.dislike, x, clause)
    if not m.group("ctx"):
        return d
    at, where = m.group("ctx").split(maxsplit=1)
    return d.with_context(f"{at.lower()} {where}")


def emphasized(texts: list[str], n: int, clauses: tuple[str, ...]) -> list[Draft]:
    """The drafts of sentence ``n`` of a turn's ``texts`` when no other rule read it: a contrast not said after a
    request, or an "only" of the user's or of now."""
    sentence, following = texts[n], texts[n + 1] if n + 1 < len(texts) else ""
    asked_before = any(REQUEST_RE.search(t) for t in texts[:n])
    if not (asked_before or REQUEST_RE.search(sentence)) and (d := contrast(sentence, following)) is not None:
        return [d]
    mine = [d for c in clauses if (d := only_mine(c)) is not None]
    if mine or asked_before:
        return mine  # "Find me a hotel. Family rooms only.": a filter on the request before it
    kept = [d for c in clauses if (d := _kind_only(c)) is not None]  # "Prime lenses only." said alone
    if kept or not _refused_alone(texts, n):
        return kept
    return [d for c in clauses if (d := _kind_refused(c)) is not None]  # "No isekai." said alone


#: A short verbless sentence: "Bad lower back.", "Loose leaf.", "Original pressings only.".
_BARE_RE = re.compile(
    r"^\W*(?!.*\b(?:i|i'm|im|is|are|am|was|have|has|do|does|don't|can|can't|will|would)\b)"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}\W*$",
    re.IGNORECASE,
)
_THANKS_RE = re.compile(r"^\W*(?:thanks|thank you|thx|ty|cheers|please|pls)\b", re.IGNORECASE)


def _refused_alone(texts: list[str], n: int) -> bool:
    """Sentence ``n`` may be a kind of thing turned down on its own: not after a bare fragment it goes with ("Bad
    lower back. No deadlifts.", "Loose leaf. No bags."), not before thanks ("No onions. Thanks.": an order), and not
    in a turn about now ("Bad lower back today. No deadlifts.")."""
    if n and _BARE_RE.match(texts[n - 1]) and not re.search(r"\b(?:either|too|as well)\W*$", texts[n], re.I):
        return False  # but "vegan. no honey either.": one more thing
    if n + 1 < len(texts) and _THANKS_RE.match(texts[n + 1]):
        return False  # "No onions. Thanks.": an order
    return not any(_FOR_NOW_RE.search(t) for t in texts)


#: "Manual transmission only, automatics bore me", "Italian mostly, I find French food too rich": a thing kept to,
#: then its like turned down in a clause of its own that another rule reads as a dislike.
_KEPT_RE = re.compile(
    rf"^\W*(?:(?:only|strictly|mostly)\s+(?P<x1>{_NP}?)|(?P<x2>{_NP}?)\s+(?:only|mostly|all the way))\s*,\s*\S",
    re.IGNORECASE,
)


def kept_against(sentence: str, drafts: list[Draft]) -> list[Draft]:
    """The thing kept to in ``sentence`` when the rest of it was read as a dislike (``drafts``), with that dislike
    when only the kept thing makes it one ("Film cameras mostly, digital feels soulless"); [] when none."""
    m = _KEPT_RE.match(sentence)
    if "?" in sentence or m is None:
        return []
    disliked = any(d.kind is MemoryKind.dislike for d in drafts)
    against = [] if disliked else _verdict(sentence[m.end() - 1 :])  # the match ends on the rest's first letter
    if not (disliked or against):
        return []
    x = _thing(m.group("x1") or m.group("x2"))
    if x is None or re.search(r"\d", x) or _NOT_KINDS_RE.search(x) or any(subject_key(x) == d.subject for d in drafts):
        return []
    if _STYLE_RE.search(x):
        return [*against, _draft(f"Wants {x}", MemoryKind.style, x, sentence)]
    return [*against, _draft(f"Prefers {x}", MemoryKind.preference, x, sentence)]


def _verdict(rest: str) -> list[Draft]:
    """The clause after the kept thing read as a verdict on its like ("digital feels soulless"): said right after
    what the user keeps to, a quality is a taste, not a remark on one option."""
    found = reaction(rest.strip(" .!"), implicit=True)
    return [replace(found, quote=rest.strip())] if found is not None and found.kind is MemoryKind.dislike else []
