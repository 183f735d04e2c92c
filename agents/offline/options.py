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

_INLINE_LETTER_RE = re.compile(r"(?:^|(?<=\s))(?:(?:option|choice)\s+)?\(?(?P<label>[A-H])[.):]\s+")

_TRAILING_LABEL_RE = re.compile(r"(?P<text>\S)\s*\((?P<label>\d)\)")

_LIST_INTRO_RE = re.compile(
    r"\b(?:you (?:could|can|might|may|should)(?: also)?(?: try| consider| go for| check out)?|options? (?:are|include)|"
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


def _comma_list(text: str) -> list[str]:
    """ "You could try X, check out Y, go for Z, or visit W.", "Options: X ($30), Y ($400), or Z (free, slow)." (the
    last sentence listing three or more after a lead-in or a colon; a comma in brackets parts no options)."""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", text)):
        m = _LIST_INTRO_RE.search(sentence)
        body = sentence[m.end() :] if m else sentence.rsplit(":", 1)[1] if ":" in sentence else ""
        top = re.sub(r"\([^)]*\)", lambda p: p.group(0).replace(",", "\0"), body)  # "a clinic (free, 3 months)"
        if top.count(",") >= 2 and re.search(r",\s*(?:or|and)\s", top):
            items = [re.sub(r"^(?:or|and)\s+", "", i.strip(" .!?")).replace("\0", ",") for i in re.split(r",\s*", top)]
            return [i for i in items if len(i.split()) >= 2]
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
        or inline_options(text)
    )
