"""Statements whose object comes first: "X doesn't appeal to me", "X isn't my thing", "X is too loud for my
taste", "X makes me anxious". Common when a user explains why they turned options down.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, IMPLICIT, Draft
from agents.offline.normalize import capitalize, join_text, lower_first, subject_key
from agents.offline.objects import find_context, is_pointer, take
from memory.types import MemoryKind

_LEAD_RE = re.compile(
    r"^(?:(?:and|but|so|also|honestly|plus|well|yeah|though|however|generally|personally)[\s,]+)*"
    r"(?:(?:all|most|many|some|any|both) (?:of )?)?(?:(?:the|those|these|your|such)\b)?\s*"
    r"(?:(?:others|other|rest of the|remaining|first|second|third|fourth|last)\b)?\s*"
    r"(?:(?:options?|ones?|choices?|suggestions?|ideas?|recommendations?|picks?|alternatives?|activities|places|games|"
    r"books|shows|things)(?![\w-]))?\s*"
    r"(?:you (?:mentioned|listed|suggested|gave|offered)\s*)?"
    r"(?:that (?:involve|include|have|feature|require|are|offer|focus on|rely on|use)s?|involving|including|with|"
    r"featuring|like|such as|requiring|based on|focused on|centered on|for|of)?\s*",
    re.IGNORECASE,
)
_NEGATED = r"(?:doesn't|don't|does not|do not|didn't|did not|won't|wouldn't|never)"
_APPEAL_RE = re.compile(
    rf"^(?P<obj>.+?)\s+(?:really\s+|just\s+|honestly\s+)?{_NEGATED}\s+(?:really\s+|quite\s+|particularly\s+|"
    r"seem to\s+|exactly\s+|actually\s+|personally\s+)*(?P<verb>appeal to|interest|excite|suit|agree with|"
    r"sit well with|do it for|thrill|resonate with|attract|work for|fit|match|appeal) me\b",
    re.IGNORECASE,
)
_UNAPPEALING_RE = re.compile(
    rf"^(?P<obj>.+?)\s+(?:really\s+|just\s+)?{_NEGATED}\s+(?:really\s+|quite\s+|particularly\s+|seem to\s+|exactly\s+)*"
    r"(?:(?:sound|seem|look|feel)s?\s+(?:very\s+|too\s+|that\s+|all that\s+|particularly\s+|really\s+|as\s+|so\s+)?"
    r"(?:appealing|interesting|fun|good|great|enjoyable|exciting|engaging|practical|ideal|right|suitable|relaxing|"
    r"helpful|effective|useful|comfortable|safe|like (?:a good|the right|a great) (?:fit|choice|option|match))|"
    r"(?:really\s+)?work(?:\s+(?:well|great|out))?\s+for\s+(?:me|my\b)|suit\s+my\b|fit\s+my\b|align with my\b)",
    re.IGNORECASE,
)
_UNSUITABLE_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|'s|'re|would|might|may|could|will)?\s*(?:not|n't|never)\s+(?:be\s+)"
    r"?(?:really\s+|quite\s+|"
    r"very\s+|exactly\s+|the\s+)*(?:suitable|ideal|right|good|a good (?:fit|match|choice)|best (?:choice|fit|option)|"
    r"(?:my|everyone's|anyone's) (?:cup of tea|thing|style)|for me|safe for me|an option for me|up my alley)\b",
    re.IGNORECASE,
)
_HARD_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:might|may|would|could|can|tend to|always)?\s*(?:be|are|is|seem|seems|feel|feels)\s+(?:a bit |"
    r"quite |too |very |really |rather |pretty )*(?P<adj>challenging|difficult|hard|uncomfortable|overwhelming|"
    r"stressful|exhausting|tedious|boring|dry|draining|unpleasant|a struggle)\b(?:\s+for me)?",
    re.IGNORECASE,
)
_SEEM_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:seem|seems|sound|sounds|look|looks|feel|feels|are|is|tend to be)\s+(?:a "
    r"bit |a little |kind of |"
    r"rather |quite |somewhat |pretty |very |really |way )*(?P<adj>" + lx.NEG_ADJ + r")\b",
    re.IGNORECASE,
)
_PRIORITY_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are)\s+(?:always\s+)?(?:my|a)\s+(?:number one|number 1|#1|top|main|biggest|first|highest|"
    r"key|major)\s+(?:priority|concern|requirement)\b",
    re.IGNORECASE,
)
_THING_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|'s|'re)(?P<neg>\s*n't|\s+not)?\s+(?:really\s+|just\s+|quite\s+|exactly\s+)*"
    r"(?:my (?:thing|cup of tea|style|jam|scene|vibe|kind of thing|favou?rite thing|go-?to|staple)|for me)\b",
    re.IGNORECASE,
)
_BOTHER_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:really\s+|always\s+|just\s+|tend to\s+)?(?P<verb>(?:bores?|annoys?|bothers?|stress(?:es)?|"
    r"overwhelms?|frustrates?|scares?|terrifies|terrify|irritates?|exhausts?|drains?|confuses?)\s+me\b|"
    r"puts? me to sleep\b|(?:kills?|hurts?) my (?:feet|back|knees?|neck|wrists?|hips?|ears|eyes|shoulders?)\b|"
    r"make(?:s)? me (?:feel\s+)?(?:uncomfortable|anxious|nervous|sick|queasy|ill|uneasy|claustrophobic|dizzy|bored|"
    r"tired)\b)",
    re.IGNORECASE,
)
#: What suits the user ("Earth tones suit me best", "V-necks look best on me"): a taste for it.
_SUITS_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:really\s+|always\s+|just\s+)?(?:(?:suits?|flatters?) me|(?:looks?|works?) "
    r"(?:best|better|great|good|well) (?:on|for) me)(?:\s+(?:best|better|most|the most))?\W*$",
    re.IGNORECASE,
)
_POINTER_RE = re.compile(r"^(?:the (?:first|second|third|last|other|blue|red|black|white)\b|one\b|either\b)", re.I)
_TOO_RE = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|seem|seems|feel|feels|sound|sounds|look|looks|tend to be|can be|get|gets)\s+"
    r"(?:like they (?:might|would|could) (?:be|involve)\s+|like (?:it|they)'d be\s+)?(?:a bit "
    r"|a little |way |much |far |"
    r"just |rather |simply |kind of |somewhat |generally |usually |often )*(?P<too>too (?:much |many )?[\w-]+"
    r"(?:,? (?:and|or) (?:too )?[\w-]+)?)\s+for (?:my|me)\b(?!\s+(?:son|daughter|kids?|children|niece|nephew|wife|"
    r"husband|partner|mom|mum|dad|mother|father|sister|brother|friends?|boss|team|parents|grandma|grandpa|family)\b)"
    r"(?:\s+(?:taste|liking|needs|preferences?))?",
    re.IGNORECASE,
)
_TOO_LOOSE_RE = re.compile(_TOO_RE.pattern.replace(r"\s+for (?:my|me)\b", r"(?:\s+for (?:my|me)\b)?"), re.IGNORECASE)
_INVOLVE_TOO_RE = re.compile(
    r"(?:involve|have|require|include|with)\s+(?P<too>too (?:much|many) [\w-]+(?:(?:,| and| or) [\w-]+){0,3})"
    r"(?:\s+(?:for my (?:taste|liking)|which|that))?",
    re.IGNORECASE,
)


def _last_piece(raw: str) -> str:
    """ "the cabin, crowds": a pick, then the subject of what follows (a list with "and"/"or" stays whole)."""
    return raw.rsplit(",", 1)[1] if "," in raw and not re.search(r"\b(?:and|or|nor)\b", raw) else raw


def _subject_of(raw: str) -> str | None:
    """The thing reacted to, without 'the other options involving' and the like (None for a bare pointer)."""
    text = lower_first(_LEAD_RE.sub("", raw.strip(), count=1).strip(" ,"))
    if re.match(r"(?:a lot of|lots of|many|most|some|half (?:of )?the)\s", text, re.I):
        return None  # "a lot of scissors don't work for me" (left-handed): a share of the things, not a taste
    obj = take(text)
    if obj is None or is_pointer(obj.text):
        return None
    return obj.text


#: How a thing is, said from what it does to the user ("beaches bore me": Finds beaches boring).
_VERB_AS = {
    verb: feel
    for stem, feel in (
        ("bore", "boring"),
        ("annoy", "annoying"),
        ("stress", "stressful"),
        ("overwhelm", "overwhelming"),
        ("frustrate", "frustrating"),
        ("scare", "scary"),
        ("irritate", "irritating"),
        ("exhaust", "exhausting"),
        ("drain", "draining"),
        ("confuse", "confusing"),
        ("put", "boring"),
        ("kill", "painful"),
        ("hurt", "painful"),
    )
    for verb in (stem, stem + ("es" if stem.endswith("s") else "s"))
} | {"terrify": "terrifying", "terrifies": "terrifying"}
#: How a thing is, said from how it makes the user feel.
_FEELS_AS = {
    "anxious": "stressful",
    "nervous": "nerve-racking",
    "uneasy": "unsettling",
    "bored": "boring",
    "tired": "tiring",
}


def reaction(clause: str, *, implicit: bool) -> Draft | None:
    """A dislike (or like) stated object-first in ``clause``, or None."""
    conf = IMPLICIT if implicit else EXPLICIT
    m = (
        _APPEAL_RE.match(clause)
        or _UNAPPEALING_RE.match(clause)
        or (_UNSUITABLE_RE.match(clause) if implicit else None)
    )
    if m is not None:
        body = "verb" in m.re.groupindex and m.group("verb").lower() in ("agree with", "sit well with")
        obj = _subject_of(_last_piece(m.group("obj")) if body else m.group("obj"))  # "the mild one, spice ...": spice
        if obj is not None and body:
            text = f"{capitalize(obj)} {'don' if obj.endswith('s') else 'doesn'}'t agree with them"  # the body's
            return Draft(text, MemoryKind.constraint, subject_key(obj), conf, category="health")
        return None if obj is None else Draft(join_text("Dislikes", obj), MemoryKind.dislike, subject_key(obj), conf)
    m = _THING_RE.match(clause)
    if m is not None:
        obj = _subject_of(m.group("obj"))
        if obj is None:
            return None
        if m.group("neg") or re.search(r"\bnot\b", clause[m.end("obj") : m.end()], re.I):
            return Draft(join_text("Dislikes", obj), MemoryKind.dislike, subject_key(obj), conf)
        if "for me" in m.group(0).lower():
            return None
        return Draft(join_text("Likes", obj), MemoryKind.preference, subject_key(obj), conf)
    m = _BOTHER_RE.match(clause)
    if m is not None:
        obj = _subject_of(_last_piece(m.group("obj")))
        if obj is None:
            return None
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        feel = re.search(
            r"\b(uncomfortable|anxious|nervous|sick|queasy|ill|uneasy|claustrophobic|dizzy|bored|tired)\b", verb
        )
        said = feel.group(1) if feel else _VERB_AS.get(verb.split()[0], "unpleasant")
        if said == "painful":  # "high heels kill my feet": what the body does not take
            part = verb.split()[-1]
            text = f"{capitalize(obj)} {'hurt' if obj.endswith('s') else 'hurts'} their {part}"
            return Draft(text, MemoryKind.constraint, subject_key(obj), conf, category="health")
        if said in ("sick", "queasy", "ill", "dizzy"):  # "dairy makes me sick": what the body does not take
            makes = "make" if re.search(r"(?<![su])s$", obj) else "makes"  # "eggs make", "hummus makes"
            text = f"{capitalize(obj)} {makes} them {said}"
            return Draft(text, MemoryKind.constraint, subject_key(obj), conf, category="health")
        text = join_text("Finds", obj, _FEELS_AS.get(said, said))  # "crowds make me anxious": Finds crowds stressful
        return Draft(text, MemoryKind.dislike, subject_key(obj), conf)
    m = _SUITS_RE.match(clause)
    if (
        m is not None
        and not re.search(r"n't\b|\bnot?\b|\bnever\b", m.group("obj"), re.I)
        and ((obj := _subject_of(m.group("obj"))) is not None and not _POINTER_RE.match(obj))
    ):
        return Draft(join_text("Prefers", obj), MemoryKind.preference, subject_key(obj), conf)
    m = _PRIORITY_RE.match(clause)
    if m is not None and (obj := _subject_of(m.group("obj"))) is not None:
        rest = clause[m.end() :]
        context = find_context(rest)
        return Draft(join_text("Prioritizes", obj), MemoryKind.preference, subject_key(obj), conf, context=context)
    return _too_much(clause, conf, implicit=implicit)


#: A word that makes a piece a clause of its own ("I climb only in the hall, because outside is too cold").
_CLAUSE_WORD_RE = re.compile(r"\b(?:i|we|because|since|as|so|but|if|when|while|though)\b", re.IGNORECASE)


def _too_much(clause: str, conf: float, *, implicit: bool) -> Draft | None:
    m = _TOO_RE.match(clause) or (_TOO_LOOSE_RE.match(clause) if implicit else None)
    if m is not None:
        too = m.group("too").lower()
        raw = m.group("obj")
        named_first = "," in raw and len(raw.split(",")[0].split()) <= 3 and not _CLAUSE_WORD_RE.search(raw)
        obj = _subject_of(_last_piece(raw) if named_first else raw)  # "coldplay, three hours standing is too much"
        if re.match(r"too (?:much|many) ", too):
            text = join_text("Dislikes", too)
        elif obj:
            text = join_text("Finds", obj, too)
        else:
            text = join_text("Dislikes things that are", too)
        return Draft(text, MemoryKind.dislike, subject_key(obj or too.removeprefix("too ")), conf)
    m = _INVOLVE_TOO_RE.search(clause)
    if m is not None and re.search(r"\b(?:my|me|I)\b", clause):
        too = m.group("too").lower()
        return Draft(join_text("Dislikes", too), MemoryKind.dislike, subject_key(too.split(" ", 2)[-1]), conf)
    if not implicit:
        return None
    m = _HARD_RE.match(clause) or _SEEM_RE.match(clause)
    if m is not None and (obj := _subject_of(m.group("obj"))) is not None:
        adj = re.sub(r"\s+", " ", m.group("adj")).lower()
        return Draft(join_text("Finds", obj, adj), MemoryKind.dislike, subject_key(obj), conf)
    return None
