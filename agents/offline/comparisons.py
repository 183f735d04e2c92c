"""Preferences said as a comparison, a pair of verdicts or a must: shapes with no "I like" in them.

- a comparison of value: "reliable matters more to me than exciting", "comfort is more important to me than
  style", "I care more about how it sounds than the sleeve", "for me it's function over form", "Marvel over
  DC." (a whole terse clause), "quality > price" -> "Values reliable over exciting", "Cares more about how it
  sounds than the sleeve", "Prefers Marvel over DC";
- a pair of verdicts: "Honey yes, stevia no", "yes to tea, no to coffee" -> "Likes honey" + "Dislikes stevia"
  (not "X good, Y bad": "Food good, service bad" is a review of one place, not a taste);
- a must or a deal-breaker: "gluten-free is non-negotiable for me" -> "Insists on gluten-free" (a constraint);
  "smoking is a dealbreaker", "carpet is a hard no", "pork is off the table for me", "horror is a hard pass" ->
  "Won't accept smoking" (a constraint); "fast shipping is a
  must" -> "Prefers fast shipping", a strong preference, as the reader's restatement has worded it
  (:mod:`agents.offline.clause_shapes`);
- "I'd rather" with no "than", before a noun phrase: "id rather something with grog" -> "Prefers something
  with grog" (not "I'd rather wait until Monday", a plan for now).

Each is read from the start of a statement clause only, after a few harmless lead words ("honestly", "but",
"for me"), and the things compared must be short noun phrases: not a pronoun ("it matters more"), a question
word, someone else's view ("my wife says comfort matters more"), a condition ("if comfort is a must") or an
option named by its place ("the first over the second"). Questions and hypotheticals never reach here
(:mod:`agents.offline.reader` drops them), and a turn that picks among the assistant's options is the choice
module's to read.
"""

from __future__ import annotations

import re

from agents.offline.drafts import EXPLICIT, STRONG, Draft
from agents.offline.normalize import join_text, lower_first, subject_key, third_person, third_singular
from agents.offline.objects import condition
from memory.types import MemoryKind

#: Harmless words before the statement proper.
_LEAD = (
    r"^(?:(?:honestly|tbh|personally|frankly|really|and|but|so|also|well|ok|okay|yeah|yep|plus|"
    r"for me|to me|for me personally|in my book|i mean|look)\b[,:]?\s+)*"
)
#: What a compared thing may not start with: pronouns, question words, subordinators, places in a list.
_NOT_A_THING = re.compile(
    r"^(?:i|i'm|im|me|you|your|he|she|we|they|it|its|it's|this|that|these|those|there|here|what|which|who|whom|"
    r"whose|why|where|when|whenever|how|if|whether|unless|because|since|although|though|once|while|as|nothing|"
    r"everything|something|anything|someone|somebody|everyone|everybody|one|neither|either|both|option|number|"
    r"first|second|third|fourth|last|former|latter|oh|ah|um|uh|hmm|well|so|and|but|or|ok|okay|yeah|yes|no|nope|"
    r"sure|maybe|probably|definitely|absolutely|please|thanks|cool|great|lol|haha|not|never|just|all|way|far|"
    r"game|mind|head|prefer|prefers|like|love|choose|pick|take|go|want|need|always|rather|use|get)\b",
    re.IGNORECASE,
)
#: Words inside a compared thing that make it a clause (someone's view, a question, a verb of its own).
_VERBAL = re.compile(
    r"\b(?:says?|said|thinks?|thought|believes?|feels?|told|tells|wants?|claims?|argues?|insists?|reckons?|"
    r"is|are|was|were|be|been|am|do|does|did|can|could|would|will|should|shall|may|might|must|has|have|had|"
    r"i|you|he|she|they|we|my wife|my husband)\b",
    re.IGNORECASE,
)
_THING_CHARS = re.compile(r"^[\w][\w' &+/.-]*$")
#: What ends the second thing of a comparison.
_TAIL = re.compile(
    r"\s*(?:[,;:!?]|\.(?:\s|$)|\s[-\u2013\u2014]\s|\s(?:so|because|since|but|though|although|which|and i|"
    r"when|if|while|every time|any day|hands down|by far|for sure)\b)",
    re.IGNORECASE,
)
_END = r"[\s.!]*$"


def _thing(raw: str, *, max_words: int = 5, clause_like: bool = False) -> str | None:
    """A compared thing as a short noun phrase, or None; ``clause_like``: "how it sounds" may be a clause."""
    text = raw.strip(" .!\"'")
    words = text.split()
    if not text or len(words) > max_words or not _THING_CHARS.match(text) or not re.search(r"[A-Za-z]{2}", text):
        return None
    if not clause_like and (_NOT_A_THING.match(text) or _VERBAL.search(text)):
        return None
    if clause_like and re.search(r"\b(?:says?|said|thinks?|told|tells|believes?)\b", text, re.IGNORECASE):
        return None
    return third_person(text)


def _second(raw: str, *, max_words: int = 6, clause_like: bool = False) -> tuple[str | None, str]:
    """The second thing of a comparison (up to what ends it) and a condition that follows it, if any."""
    cut = _TAIL.search(raw)
    head, rest = (raw[: cut.start()], raw[cut.start() :]) if cut else (raw, "")
    rest = rest.strip(" ,;:-")
    context = condition(rest) if re.match(r"(?:when|whenever|while|if)\b", rest, re.IGNORECASE) else ""
    head = re.sub(r"^(?:about|for|with)\s+", "", head.strip(), flags=re.IGNORECASE)
    return _thing(head, max_words=max_words, clause_like=clause_like), context


def _cased(first: str, second: str) -> tuple[str, str]:
    """Lower-cases a first word capitalised only by its place ("Honey yes, stevia no"; not "Marvel over DC")."""
    first, second = lower_first(first), lower_first(second)
    if second[:1].islower() and re.match(r"[A-Z][a-z]", first) and not re.match(r"\w+\s+[A-Z]", first):
        first = first[:1].lower() + first[1:]
    return first, second


def _draft(text: str, kind: MemoryKind, subject: str, confidence: float = EXPLICIT, context: str = "") -> Draft:
    return Draft(text, kind, subject_key(subject), confidence, context=context)


_MORE = r"(?:a lot |way |much |far |so much |a bit |a little |even |slightly )?"
_MATTERS_RE = re.compile(
    rf"{_LEAD}(?P<x>.+?)\s+(?:really\s+|just\s+|honestly\s+|always\s+)?(?:matters?|counts?)\s+{_MORE}"
    rf"(?P<dir>more|less)\s+(?:to me\s+|for me\s+)?than\s+(?P<y>.+)",
    re.IGNORECASE,
)
_IMPORTANT_RE = re.compile(
    rf"{_LEAD}(?P<x>.+?)\s+(?:is|are|'s)\s+(?:just\s+|always\s+)?{_MORE}(?P<dir>more|less)\s+important\s+"
    rf"(?:to me\s+|for me\s+)?than\s+(?P<y>.+)",
    re.IGNORECASE,
)
_CARE_RE = re.compile(
    rf"{_LEAD}(?:I|i)\s+(?:really\s+|just\s+|honestly\s+|definitely\s+)?care\s+{_MORE}(?P<dir>more|less)\s+"
    r"about\s+(?P<x>.+?)\s+than\s+(?:about\s+|i do about\s+)?(?P<y>.+)",
    re.IGNORECASE,
)
#: "I learn way better with videos than reading textbooks", "I sleep better with a fan on".
_BETTER_RE = re.compile(
    rf"{_LEAD}(?:I|i)\s+(?:really\s+|just\s+|definitely\s+|always\s+|honestly\s+)?(?P<verb>learn|work|focus|"
    rf"concentrate|study|sleep|think|remember things|retain things|understand things|perform|train|write|read)\s+"
    rf"{_MORE}better\s+(?P<prep>with|from|by|in|on|at|when|after|before|without)\s+(?P<x>.+?)"
    rf"(?:\s+than\s+(?:with\s+|from\s+|by\s+|in\s+|on\s+|at\s+|when\s+|without\s+)?(?P<y>.+?))?{_END}",
    re.IGNORECASE,
)
#: "videos work better for me than books", "mornings suit me better than evenings".
_SUITS_RE = re.compile(
    rf"{_LEAD}(?P<x>.+?)\s+(?:work|works|suit|suits|fit|fits)\s+(?:me\s+)?{_MORE}better\s+(?:for me\s+)?"
    rf"than\s+(?P<y>.+?){_END}",
    re.IGNORECASE,
)
#: "Marvel over DC.", "for me it's function over form", "quality > price": the whole clause.
_OVER_RE = re.compile(
    rf"{_LEAD}(?:(?:it's|its|it is|always)\s+)?(?P<x>[^,;:>]+?)\s*(?:\s+over\s+|>+|\s+above\s+)\s*"
    rf"(?P<y>[^,;:>]+?)(?:,?\s+(?:always|every time|any day|all day|hands down|for me|no contest|easily|"
    rf"by far|for sure|every single time))*{_END}",
    re.IGNORECASE,
)
#: A verb (or a time) around "over" that makes it no comparison ("ran over budget", "came over yesterday").
_OVER_VERB = re.compile(
    r"(?:\b(?:go|goes|went|gone|come|comes|came|run|runs|ran|get|gets|got|take|takes|took|hand|turn|look|think|"
    r"fall|fell|fly|flew|pass|win|won|start|move|switch|roll|hang|hung|sleep|slept|stay|hop|jump|climb|spill|"
    r"knock|pull|trip|boil|blow|blew|tip|carry|bend|lean|cross|stop|swing|pop|talk|chat|mull|pore|fuss|"
    r"obsess|worry|cry|argue|fight|fought)(?:s|es|ing|ning|ting|ping|ped|ed|ied)?|\b(?:left|all|way|well|far|"
    r"just|is|are|was|were|'s)|ed)$",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"^(?:the|a|an|my|your|our|his|her|their|this|that|these|those|yesterday|today|tonight|tomorrow|time|night|"
    r"christmas|easter|thanksgiving|summer|winter|spring|autumn|fall|budget|"
    r"par|there|here|it|them|him|her|me|you|us|again|and|to|from|in|on|at|into|onto|with|for|by|\d)\b",
    re.IGNORECASE,
)
_YES = r"(?:yes|yep|yeah|yup|please|👍|✅)"
_NO = r"(?:no|nope|nah|never|no way|no thanks|👎|❌)"
_PAIR_RE = re.compile(
    rf"{_LEAD}(?P<a>[^,;:.]+?)[:\s]\s*(?P<av>{_YES}|{_NO})(?:\s+(?:please|thanks|thank you|ever|way))?\s*[,;/]\s*"
    rf"(?P<b>[^,;:.]+?)[:\s]\s*(?P<bv>{_YES}|{_NO})(?:\s+(?:please|thanks|thank you|ever|way))?(?=[\s,;.!]|$)",
    re.IGNORECASE,
)
_TO_PAIR_RE = re.compile(
    rf"{_LEAD}(?P<av>yes|no)\s+to\s+(?P<a>[^,;:.]+?)\s*[,;/]\s*(?:and\s+|but\s+)?(?P<bv>yes|no)\s+to\s+"
    rf"(?P<b>[^,;:.!]+)",
    re.IGNORECASE,
)
_MUST_RE = re.compile(
    rf"{_LEAD}(?P<x>.+?)(?:\s+(?:is|are|'s)|(?<=\w)['\u2019]s)\s+(?:(?:an?\s+)?(?:absolute\s+|total\s+|hard\s+)?(?P<must>must|must-have|"
    r"must have|non-negotiable|nonnegotiable|non negotiable|essential|mandatory|required|requirement)|"
    r"(?:an?\s+)?(?:absolute\s+|total\s+|hard\s+|real\s+)?(?P<never>deal-?breaker|deal breaker|hard no|no-go|"
    rf"no go|hard pass|(?:big|firm|huge)\s+no|off the table|out of the question)|an?\s+(?P<no>no)(?=\s+for me\b))"
    r"(?:\s+(?:for me|to me|for us|here))?"
    rf"(?P<rest>.*)$",
    re.IGNORECASE,
)
_MUST_REST = r"(?:when|whenever|while|if|so|because|since|and|but|in|at|on|for|during)\b|[-\u2013\u2014]"
_RATHER_RE = re.compile(
    rf"{_LEAD}(?:I'd|i'd|id|I would|i would)\s+(?:much\s+|really\s+)?rather\s+(?P<x>[^,;]+?)(?P<rest>[,;].*)?$",
    re.IGNORECASE,
)
_RATHER_NOT = re.compile(
    r"^(?:not|you|he|she|they|we|it|be|die|just|go with|pick|choose|take the|have the|stick with the)\b|\bthan\b",
    re.IGNORECASE,
)
_NOUNISH = re.compile(r"^(?:a|an|some|something|more|less|fewer|one|ones|my)\b", re.IGNORECASE)


def _valued(m: re.Match[str], verb: str) -> list[Draft]:
    x = _thing(m.group("x"))
    y, context = _second(m.group("y"))
    if x is None or y is None:
        return []
    x, y = _cased(x, y)
    if m.group("dir").lower() == "less":
        x, y = y, x
    return [_draft(join_text(verb, x, "over", y), MemoryKind.preference, x, EXPLICIT, context)]


def _cares(m: re.Match[str]) -> list[Draft]:
    x = _thing(m.group("x"), max_words=7, clause_like=True)
    y, context = _second(m.group("y"), clause_like=True)
    if x is None or y is None or (_NOT_A_THING.match(y) and not re.match(r"(?:how|what|whether)\b", y, re.I)):
        return []
    if m.group("dir").lower() == "less":
        x, y = y, x
    return [_draft(join_text("Cares more about", x, "than", y), MemoryKind.preference, x, EXPLICIT, context)]


def _over(m: re.Match[str]) -> list[Draft]:
    raw_x, raw_y = m.group("x").strip(), m.group("y").strip(" .!")
    if _OVER_VERB.search(raw_x) or _TIME.match(raw_y):
        return []
    x, y = _thing(raw_x, max_words=4), _thing(raw_y, max_words=4)
    if x is None or y is None or _TIME.match(x):
        return []
    x, y = _cased(x, y)
    return [_draft(join_text("Prefers", x, "over", y), MemoryKind.preference, x)]


def _verdicts(m: re.Match[str]) -> list[Draft]:
    a, b = _thing(m.group("a"), max_words=4), _thing(m.group("b"), max_words=4)
    yes_a = re.fullmatch(_YES, m.group("av"), re.IGNORECASE) is not None
    yes_b = re.fullmatch(_YES, m.group("bv"), re.IGNORECASE) is not None
    if a is None or b is None or yes_a == yes_b:
        return []
    a, b = _cased(a, b)
    kinds = {True: ("Likes", MemoryKind.preference), False: ("Dislikes", MemoryKind.dislike)}
    return [_draft(join_text(kinds[yes][0], t), kinds[yes][1], t) for t, yes in ((a, yes_a), (b, yes_b))]


#: "anything with mushrooms", "anything spicy": what is turned down, said as any thing that has it.
_ANYTHING_RE = re.compile(
    r"^anything\s+(?:(?:with|containing|made with|that has|involving)\s+(?P<what>[\w' -]{2,30})|"
    r"(?!(?:else|more|less|other|new|different|further|extra|similar|similarly)$)"
    r"(?P<adj>[a-z-]{3,15}))$",
    re.IGNORECASE,
)


def _must(m: re.Match[str]) -> list[Draft]:
    x = _thing(m.group("x"))
    if x is None and m.group("never") and (a := _ANYTHING_RE.match(m.group("x").strip())) is not None:
        what = _thing(a.group("what") or a.group("adj"), max_words=4)
        x = None if what is None else lower_first(m.group("x").strip())  # "Won't accept anything with mushrooms"
    raw_rest = m.group("rest").strip()
    rest = "" if raw_rest[:1] in (",", ";", ".", "!", "-", "\u2013", "\u2014") else raw_rest.strip(" .!")
    if x is None or re.match(r"(?:no|not|lack|without)\b", x, re.IGNORECASE):
        return []
    if re.match(r"for\s+(?:my|his|her|their|our|the|him|them)\b", rest, re.IGNORECASE):
        return []  # "X is a must for my dad": someone else's must
    if rest and not re.match(_MUST_REST, rest, re.IGNORECASE):
        return []
    context = ""
    if re.match(r"(?:when|whenever|while|if)\b", rest, re.IGNORECASE):
        context = condition(rest)
    elif re.match(r"(?:in|at|on|for|during)\s", rest, re.IGNORECASE):  # "a must in the new apartment"
        context = third_person(_TAIL.split(rest, maxsplit=1)[0].strip())
    x = re.sub(r"^(?:A|An|The)\b", lambda a: a.group(0).lower(), lower_first(x))
    if re.match(r"[A-Z][a-z]+(?:-|\s+[a-z])", x):
        x = x[:1].lower() + x[1:]  # "Gluten-free", "Fast shipping": capitalised only by their place
    if m.group("no"):  # "raw fish is a no for me": turned down, as the reader's path words it
        return [_draft(join_text("Avoids", x), MemoryKind.dislike, x, STRONG, context)]
    if m.group("never"):
        return [_draft(join_text("Won't accept", x), MemoryKind.constraint, x, STRONG, context)]
    if re.match(r"must|essential", m.group("must"), re.IGNORECASE):  # worded as the reader's restatement words it
        return [_draft(join_text("Prefers", x), MemoryKind.preference, x, STRONG, context)]
    return [_draft(join_text("Insists on", x), MemoryKind.constraint, x, STRONG, context)]


def _rather(m: re.Match[str]) -> list[Draft]:
    raw = re.sub(r"\s+(?:tbh|honestly|to be honest|personally|for me)$", "", m.group("x").strip(" .!"), flags=re.I)
    if _RATHER_NOT.search(raw) or len(raw.split()) > 8 or re.search(r"\b(?:you|he|she|they|it)\b", raw, re.I):
        return []
    raw = re.sub(r"^(?:have|get|use)\s+(?=\S)", "", raw, flags=re.IGNORECASE)
    if not _NOUNISH.match(raw):
        return []  # "I'd rather wait until Monday": a plan for now, not a taste
    text = third_person(raw)
    return [_draft(join_text("Prefers", text), MemoryKind.preference, text)]


def _better(m: re.Match[str]) -> list[Draft]:
    x = _thing(m.group("x"), max_words=6, clause_like=True)
    if x is None:
        return []
    y, context = _second(m.group("y"), clause_like=True) if m.group("y") else ("", "")
    if m.group("y") and y is None:
        return []
    verb = third_singular(re.sub(r"\s+", " ", m.group("verb").lower()))
    text = join_text(verb.capitalize(), "better", m.group("prep").lower(), x, "than" if y else "", y or "")
    return [_draft(text, MemoryKind.preference, x, EXPLICIT, context)]


def _suits(m: re.Match[str]) -> list[Draft]:
    x, (y, context) = _thing(m.group("x")), _second(m.group("y"))
    if x is None or y is None:
        return []
    x, y = _cased(x, y)
    return [_draft(join_text("Prefers", x, "over", y), MemoryKind.preference, x, EXPLICIT, context)]


#: "less museums, more food please", "more veggies and less meat": one thing wanted more, the other less.
_MORE_LESS_RE = re.compile(
    rf"{_LEAD}(?P<ad>more|less|fewer)\s+(?P<a>[a-z][\w' -]{{1,30}}?)\s*(?:,|;|&|\s+and|\s+but)\s*(?:and\s+)?"
    r"(?P<bd>more|less|fewer)\s+(?P<b>[a-z][\w' -]{1,30}?)(?:,?\s+(?:please|pls|next time|from now on|thanks|"
    r"going forward|in general))*\W*$",
    re.IGNORECASE,
)

#: What "more X, less Y" says of answers, not of the world ("more detail, less fluff", "less talk, more code").
_ANSWER_WORDS_RE = re.compile(
    r"than|of|often|time|detail|details|info|words|text|options?|code|examples?|talk|talking|fluff|theory|"
    r"explanations?|jokes|emojis|bullets|bullet points|questions|chat|chatter|filler",
    re.IGNORECASE,
)


def _more_less(m: re.Match[str]) -> list[Draft]:
    more = [m.group(g) for g, d in (("a", "ad"), ("b", "bd")) if m.group(d).lower() == "more"]
    less = [m.group(g) for g, d in (("a", "ad"), ("b", "bd")) if m.group(d).lower() != "more"]
    if len(more) != 1 or (x := _thing(more[0], max_words=4)) is None or (y := _thing(less[0], max_words=4)) is None:
        return []  # "more or less", "less X, fewer Y"
    if _ANSWER_WORDS_RE.fullmatch(x) or _ANSWER_WORDS_RE.fullmatch(y):
        return []  # "more detail, less fluff", "less talk, more code": a wish about answers, the feedback cues' own
    return [_draft(f"Prefers {x} over {y}", MemoryKind.preference, x)]


def compared(clause: str) -> list[Draft]:
    """Drafts of a statement clause said as a comparison, a pair of verdicts or a must (see the module)."""
    text = clause.strip()
    if not text or len(text.split()) > 30 or text.endswith("?"):
        return []
    if m := _CARE_RE.match(text):
        return _cares(m)
    if m := _MATTERS_RE.match(text):
        return _valued(m, "Values")
    if m := _IMPORTANT_RE.match(text):
        return _valued(m, "Values")
    if m := _MUST_RE.match(text):
        return _must(m)
    if m := _BETTER_RE.match(text):
        return _better(m)
    if m := _SUITS_RE.match(text):
        return _suits(m)
    if (m := _TO_PAIR_RE.match(text)) or (m := _PAIR_RE.match(text)):
        return _verdicts(m)
    if m := _RATHER_RE.match(text):
        return _rather(m)
    if m := _MORE_LESS_RE.match(text):
        return _more_less(m)
    if len(text.split()) <= 10 and (m := _OVER_RE.match(text)):
        return _over(m)
    return []
