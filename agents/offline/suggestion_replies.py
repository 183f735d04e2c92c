"""What the user's reply to a suggestion says about them when the reply does not name what it is about (issue 13).

After the assistant suggests one thing ("How about a cozy cabin with a wood stove?"), a short reply can point back
to it and say it fits or does not fit the user: "perfect, that's exactly my kind of trip", "oh that's right up my
alley", "lol not my thing", "ew, too flashy for me". The thing is taken from the assistant's turn, and only when
that turn suggests one thing (a list of options is :mod:`agents.offline.choice`'s to read): Likes cozy cabins with a
wood stove, Dislikes brutal 12-hour Ironman, Finds loud neon gaming chairs too flashy.

Other replies name the thing but in a shape the statement rules do not read: being tired of a kind of suggestion
("ugh, not another rooftop bar", "not Catan again", "enough with the thrillers", "I'm so over Marvel": Is tired of
rooftop bars), owning or using the thing already ("I already own a Prusa MK4": Owns a Prusa MK4), not being able
to afford what was suggested ("nope, can't afford that", "that's crazy money": Prefers affordable options), and the
level it was pitched at ("that's way over my head": Wants beginner-level suggestions, or simple explanations after
an explanation; "I need something more advanced": Wants more advanced suggestions). :func:`told` lets a statement
said again be read as the user's own ("I said I'm vegetarian!", "I mentioned I use a wheelchair").

Never a question ("is that too advanced for me?"), someone else's view ("my wife says it's too loud"), a
hypothetical ("if I had more time I'd love that"), sarcasm ("yeah sure, I love freezing to death") or a one-off
("too long for tonight", "not this weekend"). A thanks for this one answer ("perfect, thanks!", "exactly what I
needed") says nothing lasting and is left alone.
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.drafts import EXPLICIT, Draft
from agents.offline.families import CONFIDENCE
from agents.offline.irony import sarcastic
from agents.offline.normalize import subject_key
from agents.offline.options import parse_options, strip_filler
from agents.offline.sentences import Sentence
from memory.types import MemoryKind, MemorySource

_A = lx.APOS
#: A reply of a few words: longer turns say what they mean in their own words.
REPLY_WORDS = 25
_LEAD = r"^(?:(?:oh|ooh|omg|yes|yess*|yeah|yep|ok(?:ay)?|perfect|great|nice|love it|wow|aw+|lol|haha|honestly|hmm+|ugh|"
_LEAD += r"nah|no|nope|ew+|meh|eh|well|but|and|sorry|tbh)\W+)*"
_POINTER = rf"(?:(?:that|this|it|thats|that{_A}s|this{_A}s|it{_A}s|its)\s+(?:(?:is|was|sounds|looks|seems|feels)\s+)?)"
_DEGREE = r"(?:(?:exactly|totally|so|really|very|just|definitely|absolutely|100%|literally|100 percent|soo+|kinda)\s+)*"
_MY = r"(?:my|me)"
#: What the reply says of the suggestion: it is the user's kind of thing ...
_FITS_RE = re.compile(
    rf"{_LEAD}{_POINTER}?(?:(?:sounds|looks|seems)\s+like\s+)?{_DEGREE}(?:"
    rf"{_MY}\s+(?P<what>style|aesthetic|vibe|jam|thing|taste|scene|cup of tea|idea of (?:heaven|fun|a good time)|"
    r"kind of (?P<kind>[a-z]+(?: [a-z]+)?)|type of (?P<kind2>[a-z]+(?: [a-z]+)?))|"
    rf"right up {_MY} (?:alley|street)|so {_MY}|very {_MY}|(?:me|my) all over)"
    r"(?:\s+(?:lol|haha|tbh|honestly|really|too|though|tho))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: ... or it is not.
_UNFIT_RE = re.compile(
    rf"{_LEAD}{_POINTER}?(?:(?:is|was|'s)\s+)?(?:not|n{_A}?t|never)\s+(?:really\s+|quite\s+|exactly\s+|at all\s+)*(?:"
    rf"{_MY}\s+(?:style|aesthetic|vibe|jam|thing|taste|scene|cup of tea|kind of thing)|for me|{_MY} kind of "
    r"[a-z]+)(?:\s+(?:at all|lol|haha|tbh|honestly|really|though|tho))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: ... or it is too much of something for the user ("ew, too flashy for me", "that's way too fussy for my taste").
_TOO_RE = re.compile(
    rf"{_LEAD}{_POINTER}?(?:(?:way|far|much|a bit|a little|bit|kinda|just|a tad)\s+)*too\s+(?P<adj>[a-z]+(?:-[a-z]+)?)"
    r"\s+for\s+(?:me|my (?:taste|liking))(?:\s+(?:lol|haha|tbh|honestly|though|tho))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: Verdicts other rules word in their own way, or that say where, when or how long rather than what the user likes.
_OTHER_VERDICTS = frozenset(
    re.findall(
        r"\w+",
        "pricey pricy expensive costly spendy steep dear rich much many far close long short early late big small "
        "advanced difficult hard easy basic simple complicated complex sweet spicy salty bitter sour greasy oily bland "
        "touristy crowded busy old young heavy light slow fast quick soon",
    )
)
#: Tired of a kind of thing: "not another rooftop bar", "not Catan again", "enough with the thrillers", "so over X".
_TIRED_RE = re.compile(
    rf"{_LEAD}(?:not\s+another\s+(?P<another>[\w'-]+(?:\s+[\w'-]+){{0,2}}?)|not\s+(?P<again>[\w'-]+(?:\s+[\w'-]+)"
    rf"{{0,2}}?)\s+again|enough\s+(?:with|of)\s+(?:the\s+|all\s+the\s+)?(?P<enough>[\w'-]+(?:\s+[\w'-]+){{0,2}}?)|"
    rf"(?:i{_A}?m|im|i am)\s+(?:so|kinda|totally|really|completely|just|sooo+)\s+over\s+"
    r"(?P<over>[\w'-]+(?:\s+[\w'-]+){0,2}?))"
    r"(?:\s+(?:please|pls|plz|lol|haha|already|honestly))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: Not a kind of thing ("not that again", "not another word", "not you again").
_NOT_TIRED_OF_RE = re.compile(
    r"(?:that|this|it|these|those|them|one|ones|again|yet|now|today|tonight|me|you|word|thing|minute|second|day|"
    r"step|penny|cent|dime|chance|time|bit|peep|sound|him|her|us|the moon|here|there|\d+)\b",
    re.IGNORECASE,
)
#: What the user already has or uses: "I already own a Prusa MK4", "I've already got two hives".
_ALREADY_RE = re.compile(
    rf"^(?:(?:oh|well|but|and|actually|lol|haha|yeah|no|nah)\W+)*(?:i|i{_A}?ve|ive|we|we{_A}?ve)\s+(?:actually\s+)?"
    r"already\s+(?P<verb>got|have|own|use)\s+"
    r"(?P<what>(?:a|an|two|three|four|several|some|my|the|\d+)?\s*[\w'-]+(?:\s+[\w'-]+){0,4}?)"
    r"(?:\s+(?:daily|every day|at home|lol|haha|though|tho|actually))?\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: Not a thing owned or used: a pointer, a booking, a plan or a time ("I already have tickets for Saturday").
_NOT_OWNED_RE = re.compile(
    r"^(?:that|this|it|these|those|them|one|done|tried|been|seen|read|to)\b|\b(?:for|on|at|to|tomorrow|tonight|"
    r"today|next|this|plans?|tickets?|reservations?|appointments?|bookings?|time|enough|one|it|that)\b",
    re.IGNORECASE,
)
#: What a complaint about the answer's form names, not a kind of thing suggested ("enough with the questions").
_ANSWER_FORM_RE = re.compile(
    r"\b(?:questions?|caveats?|disclaimers?|emojis?|bullets?|bullet points?|lists?|apolog(?:y|ies)|warnings?|links?|"
    r"details?|explanations?|jargon|exclamation marks?|hype|small talk|essays?|words?)$",
    re.IGNORECASE,
)
_AFFORD_RE = re.compile(
    rf"{_LEAD}(?:i\s+|we\s+)?(?:can{_A}?t|cant|cannot|could{_A}?n{_A}?t|couldnt)\s+(?:really\s+|possibly\s+)?afford\s+"
    r"(?:that|this|it|those|these|them|any of (?:that|those|them|these))(?:\s+(?:lol|honestly|tbh))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: What was suggested costs more than the user spends: "that's crazy money", "that costs a fortune".
_MONEY_RE = re.compile(
    rf"{_LEAD}{_POINTER}?(?:(?:crazy|silly|insane|ridiculous|serious|big|stupid|a lot of|so much|way too much)\s+"
    r"money|(?:costs?|costing)\s+(?:a fortune|an arm and a leg|a bomb)|a fortune)(?:\s+(?:lol|honestly|tbh))*\s*"
    r"(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: Suggestions below the user's level: "I need something more advanced", "give me the hardest ones".
_HARDER_RE = re.compile(
    rf"{_LEAD}(?:(?:i|we)\s+(?:really\s+|just\s+)?(?:need|want|prefer|{_A}d like|would like)\s+(?:something|stuff|"
    r"things|ones|options|ideas)\s+(?:(?:a lot|a bit|much|way|far)\s+)?(?:more advanced|harder|more challenging|"
    r"tougher|trickier)|(?:just\s+)?give me (?:the\s+)?(?:hardest|toughest|most advanced|most challenging)"
    r"(?:\s+(?:ones|stuff|options|ideas))?)(?:\s+(?:please|pls|lol|haha))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: Above the user's level: "that's way over my head", "that went completely over my head".
_OVER_HEAD_RE = re.compile(
    rf"{_LEAD}(?:(?:that|this|it|all (?:of )?that|that all|thats|that{_A}s|it{_A}s|its)\s+)?(?:(?:is|was|went|"
    r"goes|kinda|just|way|completely|totally|a bit|right|so far|all)\s+)*over my head(?:\s+(?:lol|haha|tbh|"
    r"honestly|tho|though))*\s*(?:[.!,;]|$)",
    re.IGNORECASE,
)
#: Not the user's own lasting view.
_NOT_THEIRS_RE = re.compile(
    r"\b(?<!i )(?:says?|said|thinks?|thought|told (?:me|him|her|us)|finds?|found|according to)\b|"
    r"\b(?:my|our|his|her|their) (?:son|daughter|kids?|wife|husband|partner|boss|friends?|mom|mum|dad|mother|"
    r"father|sister|brother|team|family|boyfriend|girlfriend|bf|gf|client|guests?)\b|^\W*(?:he|she|they)\b",
    re.IGNORECASE,
)
_ONE_OFF_RE = re.compile(
    r"\b(?:this time|for now|right now|today|tonight|this once|this (?:week(?:end)?|month|year)|at the moment|"
    r"for (?:this|that|his|her|their|him|them|a gift)|rn)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL_RE = re.compile(
    rf"\bif\b|\b(?:imagine|suppose|supposing|what if|wish|pretend|would(?:n{_A}?t)?|i{_A}?d)\b", re.IGNORECASE
)
_CUT_RE = re.compile(r"\s*[,;:]\s+|(?<=[.!])\s+|\s+-+\s+")
#: Where the suggestion's noun phrase ends: its explanation follows.
_NP_END_RE = re.compile(
    rf"\s*(?:[,;:(]|\s[-\u2013\u2014]\s|\.(?:\s|$)|\?|!|\s+(?:which|that|it{_A}?s|since|because|so|for (?:your|the|a)|"
    r"if you|to (?:help|keep|make|get|give)|would|will|is|are)\b)",
    re.IGNORECASE,
)
_SUGGESTS_RE = re.compile(
    r"^(?:(?:how|what) about|why not(?: try)?|maybe|perhaps|try|consider|go (?:for|with)|you (?:could|can|might|may|"
    r"should)|i(?:'d| would)? (?:recommend|suggest)|my (?:pick|suggestion|recommendation) (?:is|would be))\b",
    re.IGNORECASE,
)
_NOT_A_THING_RE = re.compile(r"\b(?:you|your|yourself|me|it|this|that|these|those)\b", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"^(?:a|an|the|some)\s+", re.IGNORECASE)
_PREP_RE = re.compile(r"\s+(?:with|from|in|at|on|for|by|of|near|instead of|about|without)\s+", re.IGNORECASE)


#: The user saying again what they said before: "I said I'm vegetarian!", "like I told you, I work nights".
_TOLD_RE = re.compile(
    rf"^(?:(?:like|but|again|as|and|remember|ok|okay|so|um+)\W+)*(?:i|i{_A}?ve|ive)\s+(?:already\s+|literally\s+|"
    r"clearly\s+|just\s+)?(?:said|told you|mentioned)(?:\s+(?:before|earlier|already|this))?(?:\s+that)?$",
    re.IGNORECASE,
)


def told(before: str) -> bool:
    """The words before a speaker token only say it is said again ("I said" in "I said I'm vegetarian")."""
    return bool(_TOLD_RE.match(before.strip()))


def _plural(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _kind_of(phrase: str) -> str:
    """'a cozy cabin with a wood stove' -> 'cozy cabins with a wood stove'; 'Wingspan' stays; 'a dry Riesling from
    the Mosel' -> 'dry Riesling from the Mosel' (a name is not made plural)."""
    if not _ARTICLE_RE.match(phrase):
        return phrase
    bare = _ARTICLE_RE.sub("", phrase, count=1)
    if phrase.lower().startswith(("the ", "some ")):
        return bare
    head, rest = (bare[: m.start()], bare[m.start() :]) if (m := _PREP_RE.search(bare)) else (bare, "")
    words = head.split()
    if not words or not words[-1].isalpha() or words[-1][0].isupper() or words[-1].endswith("s"):
        return bare
    return " ".join([*words[:-1], _plural(words[-1])]) + rest


def suggested(previous_assistant: str | None) -> str | None:
    """The one thing the assistant's turn suggests ("a cozy cabin with a wood stove"), or None: no turn, several
    options, or no suggestion said in a way read here."""
    if not previous_assistant or len(parse_options(previous_assistant)) > 1:
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", previous_assistant.strip())[:3]:
        text = sentence.strip()
        lead = _SUGGESTS_RE.match(text)
        if lead is None and not (text.endswith("?") and re.match(r"(?:a|an)\s", text, re.I)):
            continue  # "A quiet lakeside campsite with no generators?": a suggestion without a verb
        rest = strip_filler(text) if lead else text
        rest = re.sub(r"^(?:try(?:ing)?|going (?:for|with)|getting|checking out|booking)\s+", "", rest, flags=re.I)
        phrase = _NP_END_RE.split(rest, maxsplit=1)[0].strip()
        words = phrase.split()
        if not words or len(words) > 10 or _NOT_A_THING_RE.search(phrase):
            return None
        return phrase
    return None


def _dislike_kind(text: str) -> MemoryKind:
    return MemoryKind.dislike if text.startswith(("Dislikes", "Finds", "Is tired")) else MemoryKind.preference


def _pointed(clause: str, thing: str | None) -> tuple[str, str] | None:
    """(text, subject) for a verdict on the suggested thing."""
    if thing is None:
        return None
    kind = _kind_of(thing)
    if m := _FITS_RE.match(clause):
        noun = m.group("kind") or m.group("kind2")
        if noun and noun.lower() not in ("thing", "stuff", "things"):
            plural = noun.lower() if noun.endswith("s") else _plural(noun.lower())
            return f"Likes {plural} like {_ARTICLE_RE.sub(lambda a: a.group(0).lower(), thing)}", kind
        return f"Likes {kind}", kind
    if _UNFIT_RE.match(clause):
        return f"Dislikes {kind}", kind
    if (m := _TOO_RE.match(clause)) and m.group("adj").lower() not in _OTHER_VERDICTS:
        return f"Finds {kind} too {m.group('adj').lower()}", kind
    return None


def _named(clause: str) -> tuple[str, MemoryKind, str] | None:
    """(text, kind, subject) for a reply that names what it is about."""
    if m := _TIRED_RE.match(clause):
        what = next(g for g in (m.group("another"), m.group("again"), m.group("enough"), m.group("over")) if g)
        if _NOT_TIRED_OF_RE.match(what) or _ANSWER_FORM_RE.search(what):
            return None
        what = _plural(what) if m.group("another") and what.split()[-1].isalpha() else what
        return f"Is tired of {what}", MemoryKind.dislike, what.lower()
    if m := _ALREADY_RE.match(clause):
        what = m.group("what").strip()
        verb = m.group("verb").lower()
        if not what or _NOT_OWNED_RE.search(what):
            return None
        said = {"own": "Owns", "use": "Uses"}.get(verb, "Has")
        return f"{said} {what}", MemoryKind.fact, _ARTICLE_RE.sub("", what).lower()
    if _HARDER_RE.match(clause):
        return "Wants more advanced suggestions", MemoryKind.preference, "skill level"
    if _AFFORD_RE.match(clause) or _MONEY_RE.match(clause):
        return "Prefers affordable options", MemoryKind.preference, "price"
    return None


def replies(
    sentences: list[tuple[Sentence, tuple[Draft, ...]]], previous_assistant: str | None, head: list[Draft]
) -> list[Draft]:
    """Drafts of what a reply to a suggestion says about the user (see the module's doc), for ``sentences`` (each
    with the rules' drafts of it); ``head``: the feedback and choice drafts the turn has already."""
    if previous_assistant is None or not sentences:
        return []
    texts = [s.text for s, _ in sentences]
    whole = " ".join(texts)
    if len(whole.split()) > REPLY_WORDS or _NOT_THEIRS_RE.search(whole):
        return []
    thing = suggested(previous_assistant) if not head else None
    said = {w for d in head for w in re.findall(r"[a-z]{3,}", d.text.lower())}
    out: list[Draft] = []
    for sentence, drafts in sentences:
        text = sentence.text
        if sentence.question or _ONE_OFF_RE.search(text) or _HYPOTHETICAL_RE.search(text) or sarcastic(text):
            continue
        words = said | {w for d in drafts for w in re.findall(r"[a-z]{3,}", f"{d.text} {d.subject}".lower())}
        for clause in (c.strip() for c in _CUT_RE.split(text) if c.strip()):
            if _OVER_HEAD_RE.match(clause) and not head:  # a suggestion above them, or an explanation
                level = ("Wants beginner-level suggestions", MemoryKind.preference, "skill level")
                plain = ("Wants simple explanations", MemoryKind.style, "simple explanations")
                text_, kind, subject = level if thing else plain
                out.append(_draft(text_, kind, subject, text, CONFIDENCE, MemorySource.feedback))
            elif (pointed := _pointed(clause, thing)) is not None:
                text_, subject = pointed
                kind = _dislike_kind(text_)
                out.append(_draft(text_, kind, subject, text, CONFIDENCE, MemorySource.feedback))
            elif (named := _named(clause)) is not None and not set(re.findall(r"[a-z]{3,}", named[2])) & words:
                text_, kind, subject = named
                fact = kind == MemoryKind.fact
                source = MemorySource.explicit if fact else MemorySource.feedback
                out.append(_draft(text_, kind, subject, text, EXPLICIT if fact else CONFIDENCE, source))
    return out


def _draft(text: str, kind: MemoryKind, subject: str, quote: str, confidence: float, source: MemorySource) -> Draft:
    category = "communication" if kind is MemoryKind.style else None  # a wish about answers, as substance.py's
    return Draft(text, kind, subject_key(subject), confidence, source, category=category, quote=quote)
