"""Options offered in an assistant turn: numbered, lettered or bulleted lists, one per line or inline
("1. X 2. Y", "X (1), Y (2)"), or a plain "you could X, Y, or Z" sentence; then the layouts of
:func:`agents.offline.picks.inline_options` ("Python, JavaScript, or Go?", "**Cottage** - ...").
"""

from __future__ import annotations

import re

from agents.offline.picks import inline_options

_LINE_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\*\*|__)?(?:(?:option|choice)\s+)?\(?(?P<label>\d{1,2}|[A-Ha-h])(?:\*\*|__)?\s*[.):\]]"
    r"(?:\*\*|__)?\s+(?P<text>\S.*)$",
    re.IGNORECASE,
)

_BULLET_RE = re.compile(r"^\s*[-*•]\s+(?P<text>\S.*)$")

_INLINE_NUM_RE = re.compile(
    r"(?:^|(?<=\s))(?:\*\*)?(?:(?:option|choice)\s+)?\(?(?P<label>\d{1,2})(?:\*\*)?[.):](?:\*\*)?\s+", re.I
)

#: "A) X B) Y", "(a) X (b) Y": a lower-case letter only with its bracket (not "a. " or the article "a").
_INLINE_LETTER_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?:option|choice)\s+)?\(?(?P<label>[A-H](?=[.):])|[a-h](?=\)))[.):]\s+"
)

_TRAILING_LABEL_RE = re.compile(r"(?P<text>\S)\s*\((?P<label>\d)\)")

_LIST_INTRO_RE = re.compile(
    r"\b(?:you (?:could|can|might|may|should)(?: also)?(?: try| consider| go for| check out| like| enjoy)?|"
    r"options? (?:are|include)|"
    r"I(?:'d| would| can| could)? (?:suggest|recommend)|"
    r"such as|like|consider|how about|including|there's|there is|there are|options?\s*:|choices?\s*:)\s*:?\s+",
    re.IGNORECASE,
)

_FILLER_RE = re.compile(
    r"^(?:(?:how|what) about|why not|maybe|perhaps|alternatively|or|also|you (?:could|can|might|may|should)(?: also| "
    r"definitely)?(?: want to)?(?: (?:try|consider|go for|check out|opt for|enjoy|like|explore|look into|pick up|read|"
    r"watch|listen to))?|you can't go wrong with|I(?:'d| would| can| could)? (?:highly |also |definitely )?"
    r"(?:recommend|suggest)(?:ing)?(?: (?:trying|checking out|going with|getting))?|I could|I've got|I have|a mix of|"
    r"a selection of|a collection of|some|here's|here is|here are|here,|"
    r"we could(?: try)?|let's(?: try| check out| go with)?|there (?:is|are) (?:some )?(?:really )?(?:good|great|nice)?|"
    r"consider(?:ing)?|check out|go for|opt for|(?:for|if you want|if you're looking for) [^,]{1,"
    r"50},\s*(?:consider|try|go "
    r"for|opt for|check out|you (?:could|might|can)(?: try| consider)?)?)\b[\s,:]*",
    re.IGNORECASE,
)


def strip_filler(option: str) -> str:
    """An option without the assistant's lead-in ("How about", "I'd recommend", "You could try")."""
    return _FILLER_RE.sub("", option, count=1).strip()


def _tidy(text: str) -> str:
    text = re.sub(r"\*\*|__|`", "", text).strip()
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    return first.strip(" .!:;-")


def _sequence(labels: list[str], texts: list[str]) -> list[str]:
    """The options when the labels count 1, 2, 3 ... (or A, B, C ...); [] otherwise."""
    if len(labels) < 2:
        return []
    keys = [int(x) if x.isdigit() else ord(x.upper()) - ord("A") + 1 for x in labels]
    return [_tidy(t) for t in texts] if keys == list(range(1, len(keys) + 1)) else []


def _inline(text: str, pattern: re.Pattern[str]) -> list[str]:
    marks = list(pattern.finditer(text))
    labels = [m.group("label") for m in marks]
    texts = [text[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)] for i, m in enumerate(marks)]
    return _sequence(labels, texts)


def _trailing_labels(text: str) -> list[str]:
    """ "You could do X (1), Y (2), or Z (3)." """
    marks = list(_TRAILING_LABEL_RE.finditer(text))
    if len(marks) < 2:
        return []
    texts, start = [], 0
    for m in marks:
        texts.append(text[start : m.start("label") - 1])
        start = m.end()
    texts = [re.sub(r"^(?:[,;]\s*)?(?:or|and)?\s*", "", t).strip() for t in texts]
    texts[0] = re.split(r"(?<=[.!?])\s+", texts[0])[-1]
    texts[0] = strip_filler(texts[0])
    return _sequence([m.group("label") for m in marks], texts)


#: A verb that opens a bare list of things to do ("Make a balloon rocket, a paper solar system, or ..."), and
#: "Try X, Y, or Z" said at a sentence's start.
_OPENING_VERB_RE = re.compile(
    r"^(?:[^,]{1,30},\s*)?(?:try|make|get|buy|book|use|visit|watch|read|do|pick|grab|take|consider|go for|"
    r"check out)\s+",
    re.IGNORECASE,
)
#: A bare list's item that is a clause, not a thing: "Sure, it depends on your budget, your taste, or your time".
_NOT_A_THING_RE = re.compile(
    r"^(?:it|i|you|we|they|he|she|that|this|so|there|sure|thanks|thank|yes|no|ok|okay|well|great|hmm)\b", re.I
)
#: Words before a colon that announce options ("Here are three subjects:"), unlike a name ("Gongfu: small pot, ...").
_ANNOUNCED_RE = re.compile(
    r"\b(?:here|options?|choices?|ideas?|suggestions?|picks?|two|three|four|five|some|a few|several)\b", re.I
)
#: A lead-in that lists examples, not options to pick from: "such as apples, pears and plums".
_EXAMPLES_RE = re.compile(r"\b(?:such as|like|including|there's|there is|there are)\s*:?\s*$", re.IGNORECASE)
_LAST_JOIN_RE = re.compile(r"\s+(?:or|and)\s+(?!.*\s(?:or|and)\s)", re.IGNORECASE)


def _listed(body: str, *, bare: bool, offered: bool = False) -> list[str]:
    """The items of "X, Y, or Z" / "X, Y and Z" (three or more; a comma in brackets parts no items). An item is two
    words or more, or a capitalised name ("Try Pandemic, Spirit Island, or The Crew"), or any word ``offered``
    after a lead-in that offers ("You could try yoga, pilates or swimming"). ``bare`` (no lead-in, no
    colon): the items must be joined by "or", each at most six words ("Earplugs, a white noise machine, or a
    mouthguard")."""
    top = re.sub(r"\([^)]*\)", lambda p: p.group(0).replace(",", "\0"), body).strip(" .!?")
    if top.count(",") < 1 or not re.search(r"\s(?:or|and)\s", top) or (bare and not re.search(r"\sor\s", top)):
        return []
    parts = [i.strip() for i in re.split(r",\s*", top)]
    parts = parts[:-1] + [i.strip() for i in _LAST_JOIN_RE.split(parts[-1], maxsplit=1)]
    items = [re.sub(r"^(?:or|and)\s+", "", i).replace("\0", ",").strip() for i in parts]
    if len(items) < 3 or (bare and any(len(i.split()) > 6 or _NOT_A_THING_RE.match(i) for i in items)):
        return []
    items[0] = _OPENING_VERB_RE.sub("", items[0]) or items[0]
    kept = [i for i in items if len(i.split()) >= 2 or i[:1].isupper() or offered]  # "try yoga, pilates or swimming"
    return [] if len(kept) < len(items) else kept  # "such as apples, pears, and plums keeps well": no options


#: Two options offered in a sentence: "I'd recommend the Kindle Paperwhite or the Kobo Clara", "either X or Y".
_PAIR_RE = re.compile(r"^(?:either\s+)?(?P<a>[^,;]+?)\s+or\s+(?P<b>[^,;]+)$", re.IGNORECASE)


def _pair(body: str) -> list[str]:
    """The two options of "(either) X or Y" after a lead-in that offers; each a thing of at most six words."""
    m = _PAIR_RE.match(body)
    if m is None:
        return []
    first = re.sub(
        r"^(?:go with|go for|use|get|try|pick|choose|take|book|grab|order|visit|watch|read|buy)\s+",
        "",
        m.group("a").strip(),
        flags=re.IGNORECASE,
    )
    second = re.sub(r"\s+(?:tonight|today|tomorrow|this (?:weekend|week|evening|time))$", "", m.group("b").strip())
    items = [first, second]
    if any(len(i.split()) > 6 or _NOT_A_THING_RE.match(i) or re.search(r"\s(?:or|and)\s", i) for i in items):
        return []
    named = all(re.match(r"(?:a|an|the|some)\s|[A-Z]", i) for i in items)  # things, not "checking with your doctor"
    return items if named else []


#: A colon announcing two options ("I found two hotels:", "a couple of options:").
_TWO_RE = re.compile(r"\b(?:two|2|a couple of|a pair of)\s+(?:\w+\s+)?\w+\s*$", re.IGNORECASE)


def _two(body: str) -> list[str]:
    """The two items of "X (...) and Y (...)" after a colon that announced two; brackets keep their commas."""
    top = re.sub(r"\([^)]*\)", lambda p: p.group(0).replace(" and ", "\0"), body)
    parts = re.split(r",?\s+and\s+", top)
    if len(parts) != 2 or "," in re.sub(r"\([^)]*\)", "", top):
        return []
    items = [p.replace("\0", " and ").strip() for p in parts]
    return items if all(0 < len(re.sub(r"\([^)]*\)", "", i).split()) <= 6 for i in items) else []


def _comma_list(text: str) -> list[str]:
    """ "You could try X, check out Y, go for Z, or visit W.", "Options: X ($30), Y ($400), or Z (free, slow).",
    "Here are three subjects: a lemon still life, a rainy street, a seascape.", and a sentence that is nothing but
    a list ("A farmers market stroll, a bookshop cafe, or a botanical garden."); the last such sentence."""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", text)):
        m = _LIST_INTRO_RE.search(sentence)
        if m or ":" in sentence:
            body = sentence[m.end() :] if m else sentence.rsplit(":", 1)[1]
            top = body.strip(" .!?")
            announced = m or _ANNOUNCED_RE.search(sentence.rsplit(":", 1)[0])
            if announced and top.count(",") >= 2 and not re.search(r"\s(?:or|and)\s", top):
                top = re.sub(r",\s*(?=[^,]*$)", ", or ", top)  # "a lemon still life, a rainy street, a seascape"
            offered = m is not None and not _EXAMPLES_RE.search(m.group(0))
            items = _listed(top, bare=False, offered=offered) or (_pair(top) if offered else [])
            if not items and ":" in sentence and _TWO_RE.search(sentence.rsplit(":", 1)[0]):
                items = _two(top)  # "I found two hotels: the Grand (city centre) and Seaview Lodge (quiet)"
        else:  # a question's options are :func:`inline_options`'
            asked = sentence.rstrip().endswith("?")
            items = [] if asked else _listed(_OPENING_VERB_RE.sub("", sentence), bare=True)
        if items:
            return items
    return []


def _semicolon_list(text: str) -> list[str]:
    """ "Hotel Arts is a luxury beachfront option; Casa Camper is a boutique hotel in El Raval; Generator is a budget
    hostel.": three or more named things described in one sentence, parted by semicolons."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        parts = [p.strip(" .!") for p in sentence.split(";")]
        if len(parts) >= 3 and all(
            re.match(r"(?:[Tt]he\s+)?[A-Z0-9]", p) and 3 <= len(p.split()) <= 20 and not p.endswith("?") for p in parts
        ):
            return parts
    return []


def parse_options(text: str) -> list[str]:
    """The options offered in an assistant turn, in order ([] when it offers no list)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    numbered = [m for ln in lines if (m := _LINE_RE.match(ln))]
    options = _sequence([m.group("label") for m in numbered], [m.group("text") for m in numbered])
    if options:
        return options
    bullets = [m.group("text") for ln in lines if (m := _BULLET_RE.match(ln))]
    if len(bullets) >= 2:
        return [_tidy(b) for b in bullets]
    flat = " ".join(lines)
    return (
        _inline(flat, _INLINE_NUM_RE)
        or _inline(flat, _INLINE_LETTER_RE)
        or _trailing_labels(flat)
        or _comma_list(flat)
        or _semicolon_list(flat)
        or inline_options(text)
    )
