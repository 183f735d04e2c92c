"""The phrases of a wish about answers, one dimension of an answer each, for :mod:`agents.offline.answer_wishes`,
and the memory each gives with its subject (one per dimension, so a later value replaces an earlier one): length
("detailed answers", "you to be more detailed", "more depth", "the short version", "under a paragraph", "short and
sweet", "under 100 words": the limit kept) -> "answer length"; sentences and words ("in short sentences", "simple
English"); language ("answers in Spanish", "speak german with me") -> "response language"; format
("bullet points", "tables", "prose", "numbered lists", "headings") -> "format" or "markdown"; tone ("a friendly
tone", "casual replies", "you don't need to be so formal") -> "tone"; examples, analogies, code explained ("the
explanation, not just the code", "code with comments"), units ("metric units", "distances in km", "i think in
miles"), humor ("jokes"), jargon ("technical terms", "big words"), emojis and sources. Said against ("no emojis",
"I don't like tables") a phrase gives its negative ("Doesn't want emojis in answers") where it has one.

A phrase is no wish by itself: :mod:`agents.offline.wish_leads` reads who wishes it. Refused here: a phrase against
a value with no negative ("no detailed answers", "not in Spanish", "no examples"), "keep it simple" (as often said of
the thing asked for as of the answer), and a phrase about something else ("examples of verbs", "a table for this",
"bullet points about the war", "more detailed than that").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.offline import lexicon as lx

_A = lx.APOS
_HUMAN = lx.alternation(lx.HUMAN_LANGUAGES)
_NOUNS = r"(?:answers|responses|replies|explanations|explenations|messages|versions|answer)"

Worder = Callable[[re.Match[str], bool], tuple[str, str] | None]  # (match, negated) -> (text, subject)

_SHORT = (
    r"short|shorter|brief|briefer|concise|succinct|compact|quick|terse|snappy|to the point|straight to the point|"
    r"bite-?sized|tight|crisp|minimal|more short|short and sweet"
)
_LONG = (
    r"detailed|more detailed|long|longer|in-depth|in depth|thorough|comprehensive|deep|deeper|elaborate|lengthy|"
    r"extensive|full|fuller|exhaustive|more in-depth"
)
_FORMAL = r"formal|professional|polite|serious|businesslike|business-like"
_CASUAL = r"casual|informal|friendly|relaxed|conversational|chill|laid-back|laid back|warm"
_SIMPLE = r"simple|simpler|plain|easy|easier|basic|beginner-friendly|more simple|non-technical"
_TECH = r"technical|more technical|advanced|expert-level"
_ADJ = rf"{_SHORT}|{_LONG}|{_FORMAL}|{_CASUAL}|{_SIMPLE}|{_TECH}"


def _quality(adj: str) -> tuple[str, str] | None:
    a = adj.lower().strip()
    if re.fullmatch(_SHORT, a):
        return "Prefers short, concise answers", "answer length"
    if re.fullmatch(_LONG, a):
        return "Prefers detailed answers", "answer length"
    if re.fullmatch(_FORMAL, a):
        return (
            ("Prefers a formal tone", "tone") if a != "serious" else ("Prefers serious answers without jokes", "humor")
        )
    if re.fullmatch(_CASUAL, a):
        return "Prefers a casual, friendly tone", "tone"
    if re.fullmatch(_SIMPLE, a):
        return "Wants simple explanations without jargon", "jargon"
    if re.fullmatch(_TECH, a):
        return "Is comfortable with technical answers", "jargon"
    return None


#: "always formal", "usually brief please": how every answer should be, said with the adjective alone.
_ALWAYS_ADJ_RE = re.compile(
    rf"^\W*(?:always|usually|generally|in general)\s+(?P<adj>{_ADJ})(?:\s+(?:please|pls|thanks|ok))?\W*$", re.I
)


def standing_quality(clause: str) -> tuple[str, str] | None:
    """ "always formal" -> ("Prefers a formal tone", "tone"); None for any other clause (it was "Always formals")."""
    m = _ALWAYS_ADJ_RE.match(clause)
    return None if m is None else _quality(m.group("adj"))


def _adjective(m: re.Match[str], negated: bool) -> tuple[str, str] | None:
    if negated or (m.group(0).lower().startswith("keep") and re.fullmatch(_SIMPLE, m.group("adj").lower())):
        return None  # "keep it simple": of the thing asked for as often as of the answer
    return _quality(m.group("adj"))


def _language(m: re.Match[str], negated: bool) -> tuple[str, str] | None:
    if negated:
        return None
    return f"Prefers answers in {m.group('lang').capitalize()}", "response language"


_FORMATS = {
    "bullet": ("Prefers bullet points", "Dislikes bullet-point formatting"),
    "table": ("Prefers tables for comparisons", "Doesn't want tables in answers"),
    "prose": ("Prefers answers in prose rather than lists", None),
    "numbered": ("Prefers numbered lists", None),
    "heading": ("Prefers answers with headings", None),
}


def _format(m: re.Match[str], negated: bool) -> tuple[str, str] | None:
    what = m.group("fmt").lower()
    key = next(
        (
            k
            for k, w in (("bullet", "bullet"), ("table", "table"), ("numbered", "numbered"), ("heading", "head"))
            if w in what
        ),
        "prose",
    )
    text = _FORMATS[key][1 if negated else 0]
    return (text, "markdown" if key == "heading" else "format") if text else None


def _fixed(positive: str | None, negative: str | None, subject: str) -> Worder:
    def word(_m: re.Match[str], negated: bool) -> tuple[str, str] | None:
        text = negative if negated else positive
        return (text, subject) if text else None

    return word


_UNITS = {
    "metric": "metric units",
    "kilometers": "metric units",
    "kilometres": "metric units",
    "km": "metric units",
    "kg": "metric units",
    "kilos": "metric units",
    "centimeters": "metric units",
    "centimetres": "metric units",
    "meters": "metric units",
    "metres": "metric units",
    "grams": "metric units",
    "imperial": "imperial units",
    "miles": "imperial units",
    "inches": "imperial units",
    "feet": "imperial units",
    "pounds": "imperial units",
    "lbs": "imperial units",
    "ounces": "imperial units",
}

_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))

#: (phrase, worder, needs a lead): the phrases of one dimension each; ``needs a lead``: the phrase says no wish by
#: itself ("bullet points"), only after the user's own wish or one asked of the assistant.
PHRASES: tuple[tuple[re.Pattern[str], Worder], ...] = (
    (  # "detailed answers", "short, concise replies", "more short answer"
        re.compile(rf"\b(?P<adj>{_ADJ})(?:,?\s+(?:and\s+|but\s+)?(?:{_ADJ}))*\s+{_NOUNS}\b", re.I),
        _adjective,
    ),
    (  # "formal is better for me", "short works best for me"
        re.compile(rf"\b(?P<adj>{_ADJ})(?= (?P<own>(?:is|are|works?) (?:better|best|easier) for me))", re.I),
        _adjective,
    ),
    (  # "you to be more detailed", "be more casual with me", "your answers to be shorter", "answers that are brief"
        re.compile(
            rf"(?:\b(?:you|u) to be|\bbe|\bkeep (?:it|things|them|(?:your |the |all )?{_NOUNS})|"
            rf"\b{_NOUNS}(?= (?:more|less) )|"
            rf"\b{_NOUNS} (?:to be|that are|which are|should be))\s+(?:a (?:bit|little|lot) |"
            rf"(?:much|way|far|even) )?(?:more |less )?(?P<adj>{_ADJ})\b(?!\s+(?:about|with (?:the|this|that)|than "
            r"(?:this|that)|for (?:this|that|it)))",
            re.I,
        ),
        _adjective,
    ),
    (  # "more detail next time", "more depth please", "go deep into the details"
        re.compile(
            r"\b(?:(?:more|lots of|plenty of|a lot of|all the) (?P<long>details?|depth)|(?:go|going|dig|digging) "
            r"(?:deep|deeper|in depth|into (?:more |the )?details?)|the (?P<long2>detailed|long|full|in-depth) "
            r"version|the (?P<short>short|brief|quick) version)\b",
            re.I,
        ),
        lambda m, neg: (
            None
            if neg
            else (
                ("Prefers short, concise answers", "answer length")
                if m.group("short")
                else ("Prefers detailed answers", "answer length")
            )
        ),
    ),
    (  # "under a paragraph", "no more than 3 sentences", "one paragraph max"
        re.compile(
            rf"\b(?:{_NOUNS} )?(?:(?:under|within|no (?:more|longer) than|max(?:imum)?(?: of)?|at most|not more than) "
            r"(?:a|one|two|three|four|five|\d) (?:short )?(?:sentences?|paragraphs?|lines?)|"
            r"(?:one|a single|two|three|\d) (?:short )?(?:sentences?|paragraphs?|lines?) "
            r"(?:max(?:imum)?|tops|at most))\b",
            re.I,
        ),
        _fixed("Prefers short, concise answers", None, "answer length"),
    ),
    (  # "under 100 words", "no more than 200 words", "150 words max": the limit kept
        re.compile(
            rf"\b(?:{_NOUNS} )?(?:(?:under|below|within|less than|fewer than|no (?:more|longer) than|not more than|"
            r"at most|max(?:imum)?(?: of)?) (?P<n>\d{2,4}) words|(?P<n2>\d{2,4}) words (?:max(?:imum)?|tops|at most|or "
            r"(?:less|fewer)))\b",
            re.I,
        ),
        lambda m, neg: (
            None if neg else (f"Prefers answers under {m.group('n') or m.group('n2')} words", "answer length")
        ),
    ),
    (  # "in short sentences", "simple words", "in simple English": sentences and words a reader can follow
        re.compile(
            rf"\b(?:{_NOUNS} in )?(?:short|shorter|simple|simpler|easy|plain)\s+(?P<what>sentences|words|english)\b",
            re.I,
        ),
        lambda m, neg: (
            None
            if neg
            else ("Prefers answers in short sentences", "sentence length")
            if m.group("what").lower() == "sentences"
            else ("Wants answers in simple English", "jargon")
        ),
    ),
    (  # "answers in Spanish", "reply in french", "talk to me in turkish", "speak german with me"
        re.compile(
            rf"\b(?:(?:{_NOUNS}|everything|it all|them) in|"
            rf"keep (?:answering|replying|responding|talking)(?: to me)? in|"
            rf"(?:answer|reply|respond|write|speak|talk|chat|text)"
            rf"(?: to me| with me| back| me)?(?: only| always| just)? in|(?:speak|talk|write)"
            rf"(?= (?:{_HUMAN}) (?:with|to) me))\s+(?P<lang>{_HUMAN})\b",
            re.I,
        ),
        _language,
    ),
    (  # "bullet points", "tables", "prose", "paragraphs", "numbered lists", "headings"
        re.compile(
            r"\b(?P<fmt>bullet[- ]?points?|bullets|bullet(?:ed)? lists?|tables?|prose|(?:plain |short |full )?"
            r"paragraphs|full sentences|numbered (?:lists?|steps)|headings|headers)\b(?!\s+(?:of|for (?:this|that|my|"
            r"the)|about))",
            re.I,
        ),
        _format,
    ),
    (  # "a friendly tone", "a formal style"
        re.compile(
            rf"\b(?:an? )?(?P<adj>{_FORMAL}|{_CASUAL})(?:,?\s+(?:and\s+)?(?:{_FORMAL}|{_CASUAL}))* "
            r"(?:tone|style|register|voice)\b",
            re.I,
        ),
        _adjective,
    ),
    (  # "(you don't need to) be so formal with me", "you can be casual with me"
        re.compile(
            rf"\b(?:(?:you )?(?:don{_A}?t|dont|do not) (?:need|have) to be|no need to be|stop being|you can be|"
            rf"(?:feel free to|it{_A}?s (?:ok|okay|fine) to) be) (?:so |that |more |a bit )?"
            rf"(?P<adj>{_FORMAL}|{_CASUAL})\b",
            re.I,
        ),
        lambda m, neg: _flip_tone(m),
    ),
    (  # "examples", "an example"
        re.compile(
            r"\b(?:(?:concrete |real |real-world |practical |worked )?examples|an example)\b(?!\s+(?:of|for))", re.I
        ),
        _fixed("Wants concrete examples in answers", None, "examples"),
    ),
    (  # "analogies", "metaphors"
        re.compile(r"\b(?:analogies|metaphors|comparisons to everyday things)\b(?!\s+(?:of|for))", re.I),
        _fixed("Likes analogies in explanations", "Doesn't want analogies in explanations", "analogies"),
    ),
    (  # "the explanation, not just the code", "explain the code", "code with comments"
        re.compile(
            r"\b(?:(?:the |an |some )?explanations?,? (?:(?:and )?not|rather than|instead of|over) (?:just )?(?:the )?"
            r"code|explain (?:the|your) code|code with (?:comments|explanations?)|(?:comments|explanations?) "
            r"(?:in|with) (?:the )?code)\b",
            re.I,
        ),
        _fixed("Wants code explained, not just given", None, "code answers"),
    ),
    (  # "metric units", "measurements in inches", "think in miles"
        re.compile(
            r"\b(?:(?P<unit>metric|imperial)(?: units| system| measurements)?|"
            rf"(?P<unit4>{_UNIT_WORDS}) (?:units|measurements)|(?:measurements|units|distances|weights|"
            rf"lengths|sizes|numbers|everything) in (?P<unit2>{_UNIT_WORDS})|"
            rf"(?P<own>i (?:think|measure|work|count) in) (?P<unit3>{_UNIT_WORDS}))\b",
            re.I,
        ),
        lambda m, neg: None if neg else _units(m),
    ),
    (  # "jokes", "humor"
        re.compile(r"\b(?:jokes|humou?r|puns|(?:are |being )?funny)\b(?!\s+(?:of|about|for))", re.I),
        _fixed("Likes humor in answers", "Prefers serious answers without jokes", "humor"),
    ),
    (  # "technical terms", "jargon", "big words"
        re.compile(
            r"\b(?:technical (?:terms|language|words|details)|jargon|(?:big|fancy|hard|difficult|complicated) words)\b"
            r"(?P<out>\s+out\b)?",
            re.I,
        ),
        lambda m, neg: (
            ("Wants simple explanations without jargon", "jargon")
            if neg or m.group("out") or re.search(r"\b(?:jargon|words)\b", m.group(0), re.I)
            else ("Is comfortable with technical terms in answers", "jargon")
        ),
    ),
    (  # "short and sweet", "to the point": as a reaction or with a word that makes it last
        re.compile(r"\b(?:short and (?:sweet|simple|to the point)|(?:straight )?to the point)\b", re.I),
        _fixed("Prefers short, concise answers", None, "answer length"),
    ),
    (  # "emojis"
        re.compile(r"\b(?:emojis?|emoticons|smileys)\b", re.I),
        _fixed("Likes emojis in answers", "Doesn't want emojis in answers", "emojis"),
    ),
    (  # "sources", "references", "citations"
        re.compile(r"\b(?:sources|references|citations|links to (?:your |the )?sources)\b", re.I),
        _fixed("Wants sources cited in answers", None, "sources"),
    ),
)


def _units(m: re.Match[str]) -> tuple[str, str]:
    """'metric units' -> Prefers metric units; 'distances in meters' names both: Prefers metric units (distances in
    meters), so the unit the user asked for stays in the memory."""
    unit = next(g for g in m.group("unit", "unit2", "unit3", "unit4") if g).lower()
    said = m.group(0).lower() if m.group("unit2") and not m.group(0).lower().startswith("everything") else ""
    return f"Prefers {_UNITS[unit]}" + (f" ({said})" if said else ""), "units"


def _flip_tone(m: re.Match[str]) -> tuple[str, str] | None:
    """'you don't need to be so formal' -> casual; 'you can be casual with me' -> casual."""
    adj = m.group("adj").lower()
    asked_for = not re.match(r"(?:you )?(?:don|dont|do not|no need|stop)", m.group(0), re.I)
    formal = bool(re.fullmatch(_FORMAL, adj)) == asked_for
    return ("Prefers a formal tone", "tone") if formal else ("Prefers a casual, friendly tone", "tone")
