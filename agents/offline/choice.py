"""Choices among the options of the previous assistant turn: "I'll go with option 2", "the second one",
"B sounds good", "let's do the in-person course".

:func:`chosen` finds which option (:func:`agents.offline.options.parse_options`) a user turn picks,
:func:`choice_memory` words what the pick says about the user (what the options passed over share is
:func:`agents.offline.option_themes.rejected_theme`'s).
"""

from __future__ import annotations

import re

from agents.offline import lexicon as lx
from agents.offline.choice_attributes import by_attribute
from agents.offline.described_picks import described_pick, described_rejections, option_phrase
from agents.offline.drafts import CHOICE, Draft
from agents.offline.normalize import clean_object, join_text, lower_first, subject_key
from agents.offline.options import strip_filler
from agents.offline.picks import answer_kind, misspelt_pick, not_own, own_pick
from memory.types import MemoryKind, MemorySource

SHORT_REPLY_WORDS = 8  # a reply this short that names an option picks it ("The pottery workshop, please.")
_ASKS_RE = re.compile(
    r"\s*(?:can|could|would|will|please|pls|what|which|how|why|where|who|when|is|are|do|does|tell|give|show|write|make|"
    r"try|explain|list|more|again|continue|no|not|don't|stop)\b",
    re.IGNORECASE,
)

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3}

_ORDINALS |= {"4th": 4, "5th": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "last": -1}
_ORDINALS |= {"middle": 0}  # of an odd number of options

_INDEX_RE = re.compile(
    r"\b(?:option|choice|number|no\.|#|idea|suggestion|plan|pick|recommendation)\s*#?\s*(?P<n>\d{1,"
    r"2}|[A-Ha-h]\b|one|two|"
    r"three|four|five|six)\b",
    re.IGNORECASE,
)

_ORDINAL_RE = re.compile(
    r"\b(?:the\s+(?P<o1>first|second|third|fourth|fifth|sixth|last|middle|1st|2nd|3rd|4th|5th)(?:\s*("
    r"?:[.!,]|$)|\s+(?:sounds|looks|"
    r"seems|is|it is|please|for me|works|would))|(?P<o2>first|second|third|fourth|fifth|sixth|"
    r"last|middle|1st|2nd|3rd|4th|5th)\s+"
    r"(?:one|option|choice|idea|suggestion|plan|approach|route|pick)\b)",
    re.IGNORECASE,
)

_BARE_RE = re.compile(
    r"^\s*(?:(?:ok|okay|hmm|yes|great|thanks)[,!.]?\s+)?(?:let's (?:go with|do|try)\s+|I'll (?:take|go with|do)\s+)?"
    r"(?P<n>\d|[A-H])\s*(?:[.!]?\s*$|[,.!]?\s+(?:sounds|it is|please|looks|seems|for me|is|then|works|would|it|"
    r"for sure|definitely|obviously|all the way|i think|probably))",
)

CHOICE_CUE_RE = re.compile(
    r"\b(?:go(?:ing)? with|go for|choose|chose|pick|picked|opt for|I'll take|I'll do|let's do|let's go|let's try|"
    r"sounds? (?:good|great|perfect|appealing|best|like|better|more|interesting|fun|lovely|nice|right|ideal|amazing)|"
    r"would be (?:the )?(?:best|perfect|ideal|great|a great)|is the best|best fit|best option|best choice|works best|"
    r"works for me|work (?:best|well|great) for me|be (?:the )?(?:best|perfect|ideal|most)|like "
    r"the sound|leaning|I'll try|check out|I'll look into|I'll visit|I'll book|I'll get|I'll buy|"
    r"I'll use|I'll watch|I'll read|I'll listen|I'll start|stick with|I think I'll|I'll give|seems? (?:like )?(?:the )?"
    r"(?:best|perfect|right|great|ideal)|appeals? to me|most appealing|I'd (?:like|love|prefer)"
    r" (?:to )?(?:try|go|do))\b",
    re.IGNORECASE,
)

_SECOND_PERSON_RE = re.compile(r"\b(?:your|yourself|you)\b", re.IGNORECASE)

_THIRD = {"your": "their", "yourself": "themselves", "you": "them"}

_PRAISE_RE = re.compile(
    r"\s+(?:is|are|would be|makes?)\s+(?:a |an |all )?(?:(?:solid|great|good|excellent|popular|"
    r"fantastic|wonderful|nice|top|"
    r"reliable|safe|perfect|must-play|must-read|must-see|fun|smart)\s+)+(?:options?|choices?|picks?|bets?|ideas?)?\.?$",
    re.IGNORECASE,
)

_IS_RE = re.compile(
    r"^(?P<np>(?:[\w'-]+\s+){0,6}?[\w'-]+)\s+(?:is|are|offers?|provides?|has|have)\s+(?P<rest>.+)$", re.I
)


def _words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'-]+", text.lower())
    return {
        (w[:-3] + "y" if w.endswith("ies") else w.rstrip("s")) if len(w) > 4 else w
        for w in words
        if w not in lx.OPTION_STOPWORDS and len(w) > 2
    }


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
    elif n == 0:  # "the middle one"
        n = (count + 1) // 2 if count % 2 else 0
    return n - 1 if 1 <= n <= count else None


def chosen(user_text: str, options: list[str]) -> int | None:
    """Index of the option a user turn picks, or None."""
    if len(options) < 2:
        return None
    head = own_pick(" ".join(re.split(r"(?<=[.!?])\s+", user_text.strip())[:2]), options)  # not "my son's pick"
    for m in (_INDEX_RE.search(head), _BARE_RE.match(head), _lead_index(user_text, options)):
        if m is not None and (i := _index(m.group("n"), len(options))) is not None:
            return i
    m = _ORDINAL_RE.search(head)
    if m is not None and (i := _index(m.group("o1") or m.group("o2"), len(options))) is not None:
        return i
    if (i := described_pick(head, options)) is not None:  # "the shady one", "salomons it is"
        return i
    if not CHOICE_CUE_RE.search(head) and not _short_pick(head):
        return None
    down = frozenset(_turned_down(split_segments(head), options) + described_rejections(head, options))  # "not the X"
    said = _words(head)
    best, i, second = _most_shared(said, options, prefix=False, negated=frozenset(_negated(head)), excluded=down)
    if best >= 1 and best > second:
        return i
    names = {w.lower() for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z0-9'-]+", head)} - lx.OPTION_STOPWORDS
    return i if best == 1 and second == 0 and names & _words(options[i]) else misspelt_pick(head, options)


#: A list index opening the reply, then why: "1. Hate phone calls." after a numbered list.
_LEAD_INDEX_RE = re.compile(r"^\s*(?P<n>[1-9])[.)]\s+(?=[A-Za-z])")
_LIST_LINE_RE = re.compile(r"^\s*\d{1,2}[.)]\s", re.MULTILINE)


def _lead_index(user_text: str, options: list[str]) -> re.Match[str] | None:
    """ "1. Hate phone calls.": one index opening a one-line reply (not the user's own list, not an answer to a
    numbered list of questions)."""
    if "\n" in user_text.strip() or len(_LIST_LINE_RE.findall(user_text)) != 1 or any("?" in o for o in options):
        return None
    return _LEAD_INDEX_RE.match(user_text)


def mentions_pick(text: str) -> bool:
    """Says "option 2", "the second one", "B sounds good" or another way of picking something, or is short
    enough to be a pick by name."""
    return names_a_pick(text) or _short_pick(text) or mentions_rejection(text)


def names_a_pick(text: str) -> bool:
    """Picks in so many words: "option 2", "the second one", "B sounds good", "I'll go with"; a short reply
    or a "no X" may be a pick too (:func:`mentions_pick`), or a short statement ("Studio, no car, no pets.")."""
    return bool(
        _INDEX_RE.search(text) or _ORDINAL_RE.search(text) or _BARE_RE.match(text) or CHOICE_CUE_RE.search(text)
    )


def _short_pick(text: str) -> bool:
    """A short reply that is neither a question nor a request: it may name an option."""
    return len(text.split()) <= SHORT_REPLY_WORDS and not _ASKS_RE.match(text) and "?" not in text


def _phrase(option: str) -> str:
    text = option_phrase(strip_filler(option))  # "Kachina Trail (shaded, forested)": no distances, no prices
    text = _SECOND_PERSON_RE.sub(lambda m: _THIRD[m.group(0).lower()], text)
    text = _PRAISE_RE.sub("", text)
    m = _IS_RE.match(text)
    if (m is not None and m.group("np").split()[0].lower() in ("the", "a", "an", "this", "our")) or (
        m is not None and m.group("np")[:1].isupper() and len(m.group("np").split()) <= 4
    ):
        text = f"{m.group('np')}, {m.group('rest')}"
    return clean_object(text, max_words=20)


def choice_memory(option: str) -> Draft | None:
    """'Prefers to enroll in an in-person language course' for the picked option."""
    phrase = lower_first(_phrase(option))
    if len(phrase) < 3 or option.lstrip()[:1] in '"\u201c':  # a line to say ("\"I choose you ...\""): no taste
        return None
    first = phrase.split()[0].lower()
    lowered = phrase[:1].lower() + phrase[1:] if not re.match(r"[A-Z][a-z]*[A-Z]|[A-Z]{2}", phrase) else phrase
    if first in ("a", "an", "the", "some", "this", "these", "those"):
        phrase = lowered
    text = join_text("Prefers to", lowered) if first in lx.OPTION_VERBS else join_text("Prefers", phrase)
    return Draft(text, answer_kind(phrase), subject_key(phrase), CHOICE, MemorySource.implicit)


#: A segment that turns an option down: "not the loud one", "def not the veggie patch", "ugh not YAML".
_REJECT_RE = re.compile(
    r"^\W*(?:(?:def|definitely|defo|deffo|deffinitly|definately|definitly|please|pls|ugh|oh|so|hmm|honestly|"
    r"absolutely|but|and|just)[,!]?\s+)*"
    r"(?:not|no|anything but|never)\s+(?:the\s+|that\s+|a\s+|an\s+)?(?P<np>\S.*)$",
    re.IGNORECASE,
)
_SEGMENT_RE = re.compile(r"[.!?;,]+\s*|\s+-\s+|\s+(?:and|but)\s+(?=not\b)", re.IGNORECASE)
_UNSURE_RE = re.compile(r"^\W*(?:maybe|perhaps|probably|possibly|either|both|or)\b", re.IGNORECASE)
_SELF_RE = re.compile(r"(?<![\w'])(?:i|i'm|im|i've|my|me|we|our)(?![\w'])", re.IGNORECASE)
_THE_NAME_RE = re.compile(r"^(?:the|that|those)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\W*$", re.IGNORECASE)
PHRASE_WORDS = 6  # a segment this short, with no "I" in it, may name an option ("the reading room")
BY_PHRASE_WORDS = 40  # a longer reply is a request or a paste, not a pick by name


def split_segments(text: str) -> list[str]:
    return [s.strip() for s in _SEGMENT_RE.split(text) if s and s.strip()]


def _overlap(said: set[str], option: set[str], *, prefix: bool) -> int:
    """Words in common; with ``prefix``, a word also counts when it starts the other ("mongo" / "mongodb")."""
    if not prefix:
        return len(said & option)
    return sum(1 for w in said if any(w == o or (min(len(w), len(o)) >= 4 and o.startswith(w)) for o in option))


#: An attribute the user does not want ("Not fiddly.", "the no subscription one", "one without ads").
_NEGATED_RE = re.compile(r"\b(?:not|no|without|non)[\s-]+(?:too\s+|so\s+|very\s+)?(?P<w>[a-z][a-z'-]+)", re.IGNORECASE)


def _negated(text: str) -> set[str]:
    return {w for m in _NEGATED_RE.finditer(text) for w in _words(m.group("w"))}


def _lacks(option: str, own: set[str], negated: frozenset[str]) -> bool:
    """The option (``own``: its words) has none of the unwanted attributes, or says it is free of them ("no fee",
    "without ads")."""
    return not (negated & own) or negated <= _negated(option)


def _most_shared(
    said: set[str],
    options: list[str],
    *,
    prefix: bool,
    negated: frozenset[str] = frozenset(),
    excluded: frozenset[int] = frozenset(),
) -> tuple[int, int, int]:
    """(words shared with the best option, its index, words shared with the runner-up); two options at least.
    An option with an attribute the user turned down (``negated``), or turned down itself (``excluded``), scores -1."""
    said = said - negated
    words = [_words(o) for o in options]
    scores = sorted(
        (
            (_overlap(said, words[i], prefix=prefix) if i not in excluded and _lacks(o, words[i], negated) else -1, i)
            for i, o in enumerate(options)
        ),
        reverse=True,
    )
    (best, i), (second, _) = scores[0], scores[1]
    return best, i, second


def named_option(phrase: str, options: list[str], *, prefix: bool = False) -> int | None:
    """The one option the phrase shares the most words with, or None when none or a tie."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    if first in _ORDINALS and first not in ("one", "two", "three", "four", "five", "six"):
        return _index(first, len(options))  # "not the first one"
    said = _words(phrase)
    if not said:
        return None
    negated = frozenset(_negated(phrase))
    best, i, second = _most_shared(said, options, prefix=prefix, negated=negated)
    if negated and best == 0 and second < 0:
        return i  # "the no subscription one": the only option without it
    return i if best >= 1 and best > second else None


def by_phrase(user_text: str, options: list[str]) -> tuple[int | None, list[int]]:
    """(picked, rejected) for a reply that names options in short phrases instead of saying "option 2":
    "not the packed loud one for sure ... the reading room", "Please not karaoke ... The escape room is good.".
    A rejection is "not (the) X" opening the reply; a pick is a short segment without "I" that names one
    option, after such a rejection, or the whole reply when it is that short ("succulents"); a tentative
    "maybe the windows" picks nothing. Chat requests after a list ("Terms for wind", "the full management of
    ...") pick nothing: they neither turn an option down nor are a bare name."""
    segments = split_segments(user_text)
    if len(options) < 2 or not segments or len(user_text.split()) > BY_PHRASE_WORDS or not_own(user_text):
        return None, []
    rejected: list[int] = []
    down: list[int] = []
    opening = _REJECT_RE.match(user_text.strip())
    if opening is None and (turned := described_rejections(user_text, options)):  # "Wide feet. Not the loud one."
        return (i if (i := described_pick(user_text, options)) not in turned else None), turned
    if opening is not None:
        for segment in segments:
            m = _REJECT_RE.match(segment)
            i = named_option(m.group("np"), options, prefix=True) if m is not None else None
            if i is not None and i not in rejected:
                rejected.append(i)
    else:
        down = _turned_down(segments, options)  # not picked, but no memory: the reader words the verdict better
        if len(segments) == 1 or (_THE_NAME_RE.match(segments[0]) and "?" not in user_text):
            segments = segments[:1]  # "The robot, I don't want strangers in my home": a name opening the reply
        elif _BARE_NAME_RE.match(user_text) and "?" not in segments[0]:
            segments = segments[:1]  # "keystone!! kids ski free?? sold": a bare name, then why
        elif down and "?" not in user_text and (m := _CLOSING_NAME_RE.match(segments[-1])) is not None:
            said = m.group("np") or m.group("np2")
            i = None if _SELF_RE.search(segments[-1]) else named_option(said, options, prefix=True)
            return (i if i not in down else None), []  # "Chamomile tastes like hay to me. The rooibos."
        else:
            return None, []
    picked: int | None = None
    for segment in segments:
        if _REJECT_RE.match(segment) or len(segment.split()) > PHRASE_WORDS or _SELF_RE.search(segment):
            continue
        if _UNSURE_RE.match(segment) or "?" in segment or _ASKS_RE.match(segment):
            continue
        described = re.match(r"\W*(?:the\s+)?ones?\b", segment, re.IGNORECASE) is not None
        i = named_option(segment, options, prefix=described)  # "the one by the beach": Hotel Marina, beachfront
        i = by_attribute(segment, options) if i is None and "?" not in user_text else i  # "the cheapest", "Newest."
        if i is not None and i not in rejected and i not in down:
            picked = i
            break
    return picked, rejected


#: A verdict against what a segment names ("Zumba is too much jumping", "shampoo bars r not for me", "Guppies are
#: for children, no"): the option is turned down though the reply does not open with "not".
_AGAINST_RE = re.compile(
    r"\b(?:(?:is|are|r|s)\s+(?:not for (?:me|us)|too (?:much|many|\w+)|for (?:children|kids|beginners)|"
    r"(?:out|a no|a hard no|off the table|not happening)(?=\W*(?:$|,|\.|!|;|\s+(?:for me|for us|i|we)\b)))|"
    r"(?:tastes?|smells?|feels?) like|not for (?:me|us)|no thanks)\b",
    re.IGNORECASE,
)
#: A bare name closing the reply after a verdict against another option: "The rooibos.", "the wraps tho",
#: "Apisto maybe." (one or two words, with "the" or a closing "tho"/"then"/"instead"/"maybe").
_CLOSING_NAME_RE = re.compile(
    r"^\W*(?:(?:the\s+)(?P<np>[\w'-]+(?:\s+[\w'-]+)?)(?:\s+(?:tho|though|then|instead|maybe))?|"
    r"(?P<np2>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:tho|though|then|instead|maybe))\W*$",
    re.IGNORECASE,
)
#: A name of one to three words ending the first sentence ("keystone!!", "Pluto.").
_BARE_NAME_RE = re.compile(r"^\W*[\w'-]+(?:\s+[\w'-]+){0,2}\s*[.!]+(?:\s|$)")


#: An option the user has already had: "seen breaking bad, the wire sounds good", "read mistborn already" (not the
#: pick; :mod:`agents.offline.had_options` words what it says).
HAD_RE = re.compile(
    r"^\W*(?:(?:i've|i have|ive)\s+)?(?:already\s+)?(?P<verb>seen|watched|played|been to|visited|done|read|tried|"
    r"finished|listened to)\s+(?P<np>[^,.;!?]+?)(?:\s+(?:already|before))?$",
    re.IGNORECASE,
)


def _turned_down(segments: list[str], options: list[str]) -> list[int]:
    """Options a segment names with a verdict against them or as had already (no question, not about the user)."""
    out: list[int] = []
    for n, segment in enumerate(segments):
        if "?" not in segment and (had := HAD_RE.match(segment)) is not None:
            if (i := named_option(had.group("np"), options, prefix=True)) is not None and i not in out:
                out.append(i)
            continue
        if "?" in segment or not _AGAINST_RE.search(segment):
            continue
        subject = _AGAINST_RE.split(segment, maxsplit=1)[0]
        subject = subject if subject.strip() or not n else segments[n - 1]  # "horror, no thanks": the one before
        i = named_option(subject, options, prefix=True) if subject.strip() else None
        if i is not None and i not in out:
            out.append(i)
    return out


def rejection_memory(option: str) -> Draft | None:
    """'Avoids Sunny Side Cafe - huge portions, always packed and loud' for an option turned down by name."""
    phrase = _phrase(option)
    if len(phrase) < 3:
        return None
    return Draft(join_text("Avoids", phrase), MemoryKind.dislike, subject_key(phrase), CHOICE, MemorySource.implicit)


def mentions_rejection(text: str) -> bool:
    """Starts by turning something down ("not the loud one", "def not the veggie patch")."""
    return bool(_REJECT_RE.match(text))
