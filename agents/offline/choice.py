"""Choices among the options of the previous assistant turn: "I'll go with option 2", "the second one",
"B sounds good", "let's do the in-person course".

:func:`parse_options` reads a numbered, lettered or bulleted list (one per line or inline), :func:`chosen`
finds which option a user turn picks, :func:`choice_memory` words what the pick says about the user.
"""

from __future__ import annotations

import re

from agents.offline.drafts import CHOICE, Draft
from agents.offline.normalize import clean_object, join_text, subject_key
from memory.types import MemoryKind, MemorySource

_LINE_RE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:\*\*|__)?(?:(?:option|choice)\s+)?\(?(?P<label>\d{1,2}|[A-Ha-h])(?:\*\*|__)?\s*[.):\]]"
    r"(?:\*\*|__)?\s+(?P<text>\S.*)$",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^\s*[-*•]\s+(?P<text>\S.*)$")
_INLINE_NUM_RE = re.compile(r"(?:^|(?<=\s))(?:\*\*)?(?:(?:option|choice)\s+)?\(?(?P<label>\d{1,2})(?:\*\*)?[.):](?:\*\*)?\s+", re.I)
_INLINE_LETTER_RE = re.compile(r"(?:^|(?<=\s))(?:(?:option|choice)\s+)?\(?(?P<label>[A-H])[.):]\s+")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS |= {"4th": 4, "5th": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "last": -1}
_INDEX_RE = re.compile(
    r"\b(?:option|choice|number|no\.|#|idea|suggestion|plan|pick|recommendation)\s*#?\s*(?P<n>\d{1,2}|[A-Ha-h]\b|one|two|"
    r"three|four|five|six)\b",
    re.IGNORECASE,
)
_ORDINAL_RE = re.compile(
    r"\b(?:the\s+(?P<o1>first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th)\b(?:\s+(?:one|option|choice|idea|"
    r"suggestion|plan|approach|route|pick))?|(?P<o2>first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th)\s+"
    r"(?:one|option|choice|idea|suggestion|plan|approach|route|pick)\b)",
    re.IGNORECASE,
)
_BARE_RE = re.compile(
    r"^\s*(?:(?:ok|okay|hmm|yes|great|thanks)[,!.]?\s+)?(?:let's (?:go with|do|try)\s+|I'll (?:take|go with|do)\s+)?"
    r"(?P<n>\d|[A-H])\s*(?:[.!,)]|$|\s+(?:sounds|it is|please|looks|seems|for me|is|then|works|would))",
)
CHOICE_CUE_RE = re.compile(
    r"\b(?:go(?:ing)? with|go for|choose|chose|pick|picked|opt for|I'll take|I'll do|let's do|let's go|let's try|"
    r"sounds? (?:good|great|perfect|appealing|best|like|better|more|interesting|fun|lovely|nice|right|ideal|amazing)|"
    r"would be (?:the )?(?:best|perfect|ideal|great|a great)|is the best|best fit|best option|best choice|works best|"
    r"works for me|like the sound|leaning|I'll try|check out|I'll look into|I'll visit|I'll book|I'll get|I'll buy|"
    r"I'll use|I'll watch|I'll read|I'll listen|I'll start|stick with|I think I'll|I'll give|seems? (?:like )?(?:the )?"
    r"(?:best|perfect|right|great|ideal)|appeals? to me|most appealing|I'd (?:like|love|prefer) (?:to )?(?:try|go|do))\b",
    re.IGNORECASE,
)
_FILLER_RE = re.compile(
    r"^(?:(?:how|what) about|why not|maybe|perhaps|alternatively|or|also|you (?:could|can|might|may)(?: also)?(?: want to)?"
    r"(?: (?:try|consider|go for|check out|opt for|enjoy|like|explore|look into|pick up|read|watch|listen to))?|you "
    r"can't go wrong with|I (?:can |would |'d |could )?(?:highly )?(?:recommend|suggest)(?:ing)?|I've got|I have|"
    r"we could(?: try)?|let's(?: try| check out| go with)?|there (?:is|are) (?:some )?(?:really )?(?:good|great|nice)?|"
    r"consider(?:ing)?|check out|go for|opt for|(?:for|if you want|if you're looking for) [^,]{1,50},\s*(?:consider|try|go "
    r"for|opt for|check out|you (?:could|might|can)(?: try| consider)?)?)\b[\s,:]*",
    re.IGNORECASE,
)
_VERB_FIRST = frozenset(
    "enroll sign join visit take try go explore book stay rent buy use watch read listen play attend start learn install "
    "get cook eat order choose pick hire hike walk ride drive fly find look invest head spend plan create make practice "
    "pursue download subscribe shop purchase adopt wear travel switch opt stick focus incorporate work do keep set "
    "schedule bring pack sit dine grab enjoy host organize organise volunteer decorate paint build grow apply register "
    "upgrade replace add follow tour cruise camp relax meditate swim run cycle bike train stream binge check".split()
)
_IS_RE = re.compile(r"^(?P<np>(?:[\w'-]+\s+){0,6}?[\w'-]+)\s+(?:is|are|offers?|provides?|has|have)\s+(?P<rest>.+)$", re.I)
_STOP = frozenset(
    "a an the and or of to in on at for with by from as is are be it this that these those some any all my your our "
    "their i you we they me option options one ones go going will would could should think sounds good great best "
    "like really just more most other others choice pick take try let's i'll i'd it's that's which what also than "
    "then very much well good nice perfect appealing seems seem sound".split()
)


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
    return _inline(flat, _INLINE_NUM_RE) or _inline(flat, _INLINE_LETTER_RE)


def _words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'-]+", text.lower())
    return {w.rstrip("s") if len(w) > 4 else w for w in words if w not in _STOP and len(w) > 2}


def _index(token: str, count: int) -> int | None:
    low = token.lower()
    if low.isdigit():
        n = int(low)
    elif low in _ORDINALS:
        n = _ORDINALS[low]
    elif len(low) == 1 and low.isalpha():
        n = ord(low) - ord("a") + 1
    else:
        return None
    if n == -1:
        n = count
    return n - 1 if 1 <= n <= count else None


def chosen(user_text: str, options: list[str]) -> int | None:
    """Index of the option a user turn picks, or None."""
    if len(options) < 2:
        return None
    head = " ".join(re.split(r"(?<=[.!?])\s+", user_text.strip())[:2])
    for m in (_INDEX_RE.search(head), _BARE_RE.match(head)):
        if m is not None and (i := _index(m.group("n"), len(options))) is not None:
            return i
    m = _ORDINAL_RE.search(head)
    if m is not None and (i := _index(m.group("o1") or m.group("o2"), len(options))) is not None:
        return i
    if not CHOICE_CUE_RE.search(head):
        return None
    said = _words(head)
    scores = sorted(((len(said & _words(o)), i) for i, o in enumerate(options)), reverse=True)
    (best, i), (second, _) = scores[0], scores[1]
    return i if best >= 2 and best > second else None


def mentions_pick(text: str) -> bool:
    """Says "option 2", "the second one", "B sounds good" or another way of picking something."""
    return bool(
        _INDEX_RE.search(text) or _ORDINAL_RE.search(text) or _BARE_RE.match(text) or CHOICE_CUE_RE.search(text)
    )


def _phrase(option: str) -> str:
    text = _FILLER_RE.sub("", option, count=1).strip()
    m = _IS_RE.match(text)
    if m is not None and m.group("np").split()[0].lower() in ("the", "a", "an", "this", "our") or (
        m is not None and m.group("np")[:1].isupper() and len(m.group("np").split()) <= 4
    ):
        text = f"{m.group('np')}, {m.group('rest')}"
    return clean_object(text, max_words=20)


def choice_memory(option: str) -> Draft | None:
    """'Prefers to enroll in an in-person language course' for the picked option."""
    phrase = _phrase(option)
    if len(phrase) < 3:
        return None
    first = phrase.split()[0].lower()
    lowered = phrase[:1].lower() + phrase[1:] if not re.match(r"[A-Z][a-z]*[A-Z]|[A-Z]{2}", phrase) else phrase
    if first in ("a", "an", "the", "some", "this", "these", "those"):
        phrase = lowered
    if first in _VERB_FIRST:
        text = join_text("Prefers to", lowered)
    else:
        text = join_text("Prefers", phrase)
    return Draft(text, MemoryKind.preference, subject_key(phrase), CHOICE, MemorySource.implicit)
