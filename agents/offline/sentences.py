"""From a raw user turn to the prose sentences worth reading.

Removes what is not the user speaking about themselves (code blocks, pasted documents, JSON, stack
traces, ``>`` quotes, long quoted passages, the text handed over after "correct this:"), then splits
what is left into sentences (abbreviations, "!", "?", newlines, bullet lists) and sentences into
clauses.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from agents.offline.spelling import respell

_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'", "\u00a0": " "})
_FENCE_RE = re.compile(r"```.*?(?:```|$)|~~~.*?(?:~~~|$)", re.DOTALL)
_INLINE_CODE_RE = re.compile(r"`[^`\n]{30,}`")
_LONG_QUOTE_RE = re.compile(r'"[^"\n]{60,}"|«[^»]{60,}»')
_TRACEBACK_RE = re.compile(
    r"Traceback \(most recent call last\)|^\s+at [\w.$]+\(.*\)$|^\s*File \".*\", line \d+|Exception in thread|"
    r"^\w+(?:Error|Exception): |panic: |Segmentation fault",
    re.MULTILINE,
)
_SYMBOLS = frozenset("{}[]()<>=;:/\\|_#$%^*~`")
_CODE_START_RE = re.compile(
    r"\s*(?:def|class|import|from|return|public|private|static|function|const|let|var|elif|else|try|except|SELECT|"
    r"INSERT|UPDATE|CREATE)\b"
)
_TRACE_HINT_RE = re.compile(r"Traceback|Error|Exception|panic|Segmentation|File \"|\bat ")
_CODE_LINE_RE = re.compile(
    r"^\s*(?:def \w+\s*\(|class |import |from \S+ import|return\b|#include|public |private |static |function |"
    r"const |let |var |"
    r"if ?\(|for ?\(|while ?\(|elif |else:|try:|except|@\w+|\$ |>>> |SELECT |INSERT |UPDATE |CREATE |<\/?[a-z]+[ >])"
    r"|[;{}]\s*$|^\s*[}\])]|^\s*#(?!\s*\d)|^\s*//|=>|->|::|==|\w+\(.*\)\s*$|^\s*\w+\s*=\s*\S",
)
#: "Fix this: ...", "Make this grammatically correct: ...": what follows the colon is material, not the user.
_MATERIAL_COLON_RE = re.compile(
    r"\b(?:translat\w*|rewrite|re-write|rephrase|paraphrase|correct\w*|fix\w*|proofread|edit|simplify|summari[sz]e|"
    r"improve|complete|continue|check|convert|explain|analy[sz]e|grammar|grammatical\w*|sentence|text|email|e-mail|"
    r"message|letter|paragraph|essay|passage|article|poem|lyrics|story|following|below|this|these|that|quote|says?|"
    r"wrote|writes|reads?|review|output|input|error|log|example|prompt)\b[^:\n]{0,60}:\s*",
    re.IGNORECASE,
)
#: Someone else's words reported after a colon or a dash ("She said: I hate mornings", "my boss goes - no
#: remote days", "the forum post said: ..."): what follows is theirs, not the user's (quoted words are removed
#: as quotes). Not "I said:".
_REPORTED_RE = re.compile(
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey|[Ss]omeone|[Ee]veryone|[Pp]eople|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+\w+|"
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne)\s+(?:\w+\s+){0,2}\w+|"
    r"[A-Z][a-z]+)(?:'s)?(?:\s+(?:always|just|literally|once|then|actually|basically|kept|keeps|used to))*\s+"
    r"(?:said|says|say|told me|tells me|wrote|writes|texted|texts|replied|goes|went|was like|is like|like|"
    r"saying|put it|'s words were|words were|exact words were)\s*(?::|\s[-\u2013\u2014]{1,2})\s*"
)
_SPEECH_MARKS = " :-\u2013\u2014"
_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪‣◦]|\d{1,2}[.)]|\(?[a-hA-H][.)]|\(\d{1,2}\))\s+")
_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "sr.",
    "jr.",
    "st.",
    "mt.",
    "approx.",
    "a.m.",
    "p.m.",
    "no.",
    "u.s.",
    "u.k.",
    "inc.",
    "ltd.",
    "co.",
    "dept.",
    "min.",
    "max.",
    "avg.",
    "est.",
    "fig.",
    "cf.",
)
_ABBREV_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + ")", re.IGNORECASE)
_DOT = "\u2024"  # stands in for the dot of an abbreviation while splitting
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Za-z0-9])|(?<=\.\.\.)\s*|(?<=[!?])(?=[A-Z])")
_CLAUSE_SPLIT_RE = re.compile(
    r"\s*(?:;|\s[-\u2013\u2014]{1,2}\s|\s\(|\)\s|,\s*but\s|\sbut\s(?=I\b|i\b|I'|i'|(?:really\s+|also\s+)?"
    r"(?:hate|dislike|detest|despise|can't stand|cannot stand|(?:don't|do not) (?:like|enjoy)|prefer|love|enjoy|"
    r"adore)\b)|,\s*so\s|\s+so\s+(?=I\b|I'|i\b|(?:you|u)\s+(?:can|could|don'?t|do not|needn'?t)\s)|"
    r",\s*(?:and\s+)?(?=I\b|I'|i\s+(?:only|prefer|hate|love|work|live|have|can't|cant|don't|dont|need)\b)|"
    r"(?:(?<=\bpls)|(?<=\bplz)|(?<=\bplease)|(?<=\bthx)|(?<=\bthanks))\s+(?=[Ii]'m\b|[Ii] am\b)|"
    r",?\s+and\s+(?=(?:really\s+|strongly\s+|also\s+)?(?:prefer|avoid|can only|only|never|"
    r"can't|cannot|refuse to|tend to|try to|stick to|stick with|dislike|hate|love|enjoy|like to|always|"
    r"usually|will not|won't|wouldn't|would never|will never|must|need to|have to|find|get|strictly|exclusively|"
    r"live in|keep (?:kosher|halal)|work (?:as|at|for|from|nights|remotely)|(?:don't|do not) (?:eat|drink|like|enjoy)|"
    r"(?:just |recently )?retired)"
    r"\b)|\s+and\s+(?=I\b(?!\s+(?:am|was)\b)(?!\s+(?:(?:just|really|honestly)\s+)?(?:don't|do not|dont|never)\s+"
    r"(?:get along|mix)\b|\s+(?:are not|aren't|arent)\s+friends\b)|I'(?:m|ve|d)\b)|"
    r",\s*(?:whereas|while|although|though|however)\s|"
    r",\s*(?=(?:can't stand|cannot stand|not a (?:big |huge )?fan of|(?:big|huge) fan of|"
    r"(?:really |absolutely )?(?:hate|despise|detest|adore))\b)|"
    r"\.\s*(?=[A-Z]))\s*"
)
#: Reason clauses worth reading inside a question: "what should I cook, since I'm vegetarian?"
_QUESTION_SO_RE = re.compile(
    r",?\s+so\s+(?=(?:what|which|where|how|why|who|any|can|could|should|would|do|does|is|are)\b)"
)
#: What the user is, said before the question proper with only a comma: "I'm left-handed, which guitar ...?",
#: "Lactose intolerant, what cheese can I eat?" (a state said without "I'm").
_I_AM_THEN_ASK_RE = re.compile(
    r"^(?P<head>(?!(?:new|same|anyone|anybody|someone|everyone|nobody|who|what|not|still|hi|hello|hey|me|you|it|"
    r"this|that|so|and|but|ok|okay|just)\b)[A-Za-z][\w' -]{1,40}\shere|(?:[\w,' -]*\s)?(?:I'm|I am|im|I've|"
    r"I (?:use|have(?!\s+(?:\w+\s+){0,2}(?:question|query|doubt|request|idea|problem|issue)s?\b)|don't|do not|"
    r"can't|cannot|work|live|get|own|wear|take|eat|drink|hate|love)|(?:my|our|My|Our)\s+(?:(?:\d+|two|three|little|youngest|oldest|eldest|older|younger)\s+)?"
    r"(?:wife|husband|partner|kids?|children|child|sons?|daughters?|baby|toddler|twins|teenagers?|stepson|"
    r"stepdaughter)(?:'s|"
    r"\s+(?:is|are|has|have|can't|cannot|doesn't|don't|won't|hates?|loves?|gets?|needs?|uses?)))\s[^,]{2,60}|"
    r"(?i:(?:very\s+|severely\s+|super\s+)?(?:lactose[- ]intolerant|gluten[- ]intolerant|(?:allergic|intolerant) to\s"
    r"[^,]{2,40}|vegan|vegetarian|pescatarian|(?:type [12] )?diabetic|celiac|coeliac|pregnant|left-handed|"
    r"colou?r-?blind|dyslexic)(?:\s+(?:btw|tbh|fyi))?)),\s*"
    r"(?P<ask>(?:what|which|where|how|why|who|any|can|could|should|would|do|does|is|are|when(?=\s+(?:should|can|could"
    r"|would|do|does|is|are|will)\b))\b.*)$"
)
#: Who the user is, said before a question: "As a vegetarian, what should I order?" (a statement of its own).
_WHO_LEAD_RE = re.compile(r"^((?:as|being)\s+an?\s+[\w-]+(?:\s+[\w-]+)?),\s*(?=\w)", re.IGNORECASE)
#: An aside word between a run-on comma and the user's "I": "which is nice, and honestly I ...", "but tbh I ...".
_ASIDE_I_RE = re.compile(r"(?:^|,\s*)(?:(?:and|but|plus)\s+)?(?:honestly|tbh|ngl|frankly|to be honest),?\s+(?=I\b|I')")
_REASON_SPLIT_RE = re.compile(r"\s*,?\s+(?=(?:since|because|as|given that|considering)\s+(?:I|i|I'm|my)\b)")

MAX_LINES = 14  # more non-empty lines than this is a pasted document
MAX_TURN_CHARS = 4000  # past this, only the first and last paragraphs are read


@dataclass(frozen=True)
class Sentence:
    """One sentence of prose and whether it asks something."""

    text: str
    question: bool


#: Texting spellings read as the words they stand for ("shampoo bars r not for me", "wat else", "works w flakes"),
#: so every rule and the learned reader see one spelling. Only forms that are no English word of their own.
_TEXTING = {
    "r": "are",
    "u": "you",
    "ur": "your",
    "im": "I'm",
    "ive": "I've",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "wouldnt": "wouldn't",
    "wat": "what",
    "wich": "which",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ppl": "people",
    "b4": "before",
    "w/": "with",
    "w/o": "without",
    "bc": "because",
    "cuz": "because",
    "childs": "children",  # a learner's plural
    "childrens": "children",
    "self employed": "self-employed",
    "hav": "have",
    "fav": "favourite",
    "fave": "favourite",
    "favs": "favourites",
    "faves": "favourites",
}
_TEXTING_RE = re.compile(
    r"(?<![\w'/-])(?:" + "|".join(re.escape(k) for k in sorted(_TEXTING, key=len, reverse=True)) + r")(?![\w'/-])", re.I
)


def _texting(m: re.Match[str]) -> str:
    word = m.group(0)
    if word.isupper() and any(c.isalpha() for c in word):
        return word  # "R" (the language), "B4" (the paper), "IM": a name, not texting
    full = _TEXTING[word.lower()]
    return full[:1].upper() + full[1:] if word[:1].isupper() else full


def tidy(text: str, *, spelled_out: bool = True) -> str:
    """Straight quotes and apostrophes, single spaces, texting spellings spelled out and misspelled key words put
    right (unless ``spelled_out`` is False)."""
    text = re.sub(r"[ \t]+", " ", text.translate(_CURLY)).strip()
    if not spelled_out:
        return text
    return respell(_FRONTED_RE.sub(_fronted, _TEXTING_RE.sub(_texting, text)))


#: A learner's adverb put first: "Always I take the bus" (I always take the bus).
_FRONTED_RE = re.compile(r"(^|[.!?]\s+)(Always|Usually|Normally|Often|Never|Sometimes|Rarely)\s+I\s+(?=[a-z])")


def _fronted(m: re.Match[str]) -> str:
    return f"{m.group(1)}I {m.group(2).lower()} "


def looks_like_code(line: str) -> bool:
    """A line of code, markup or data rather than prose."""
    stripped = line.strip()
    if not stripped:
        return False
    symbols = sum(1 for ch in stripped if ch in _SYMBOLS)
    if len(stripped) >= 8 and symbols / len(stripped) > 0.12:
        return True
    if not symbols and not _CODE_START_RE.match(stripped):
        return False  # prose: no need for the slower test
    return bool(_CODE_LINE_RE.search(stripped)) and not re.search(r"\b(?:I|I'm|my)\b", stripped)


def _is_data(text: str) -> bool:
    stripped = text.strip()
    if stripped[:1] in "{[" and stripped[-1:] in "}]":
        try:
            json.loads(stripped)
        except ValueError:
            return stripped.count('":') >= 2
        return True
    return False


def prose(text: str, *, spelled_out: bool = True) -> str:
    """The user's own prose in a turn: code, pasted material and quotes removed ('' when nothing is left);
    ``spelled_out``: texting spellings ("r", "wat", "dont") spelled out."""
    text = tidy(text, spelled_out=spelled_out)
    if not text or _is_data(text) or (_TRACE_HINT_RE.search(text) and _TRACEBACK_RE.search(text)):
        return ""
    if len(text) > 2 and text[0] == text[-1] == '"' and text.count('"') == 2:
        text = text[1:-1].strip()  # the whole turn in quotes: the quotes are not quoting anyone
    text = _FENCE_RE.sub("\n", text)
    text = _INLINE_CODE_RE.sub(" ", text)
    text = _LONG_QUOTE_RE.sub(" ", text)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith(">")]
    is_code = [looks_like_code(ln) for ln in lines]
    if lines and sum(is_code) / len(lines) > 0.4:
        return ""
    lines = [ln for ln, code in zip(lines, is_code, strict=True) if not code]
    if len(lines) > MAX_LINES or len(text) > MAX_TURN_CHARS:
        lines = lines[:1] + lines[-1:] if len(lines) > 1 else [lines[0][:400]] if lines else []
    kept = []
    reported = False
    for ln in lines:
        if reported:  # "She said:" ended the line before: this line is her words
            reported = False
            continue
        if (said := _REPORTED_RE.search(ln)) is not None:
            words = _SENTENCE_END_RE.search(ln, said.end())  # theirs up to the end of that sentence
            rest = ln[words.end() :] if words else ""
            kept.append(f"{ln[: said.start()]}{said.group(0).rstrip(_SPEECH_MARKS)}. {rest}".strip())
            reported = not ln[said.end() :].strip()
            continue
        m = _MATERIAL_COLON_RE.search(ln) if ":" in ln else None
        if m is not None and m.start() < 80:
            kept.append(ln[: m.start()].rstrip(" :"))
            break  # what follows the colon (and the lines after it) is the material
        kept.append(ln)
    return "\n".join(k for k in kept if k.strip())


def _protect(text: str) -> str:
    return _ABBREV_RE.sub(lambda m: m.group(1).replace(".", _DOT), text)


_OPENER_RE = re.compile(
    r"(?:(?:do|does|did|can|could|would|will|should|shall|is|are|was|were|have|has|may|might|must)\s+"
    r"(?:you|i|we|it|there|they|he|she|this|that|anyone|somebody|someone|any)\b"
    r"|(?:what|which|where|how|why|who|whom|whose)\b(?!\s+I\s+(?:like|love|prefer|enjoy|need))"
    r"|(?:any|anything|got any|know any|thoughts|ideas|suggestions|recommendations|tips)\b)",
    re.IGNORECASE,
)


def opens_question(text: str) -> bool:
    """Starts the way a question does ("Do you ...", "What ...", "Any tips ...")."""
    return bool(_OPENER_RE.match(text.strip()))


#: A tag after a statement asks nothing: "I'm vegetarian, remember?", "we said no nuts, right?".
_TAG_RE = re.compile(
    r"^(?!(?:what|which|where|how|why|who|can|could|should|would|do|does|is|are)\b)[^?]{6,},\s*"
    r"(?:remember|right|ok|okay|you know|as I said|like I said)\s*\?+$",
    re.IGNORECASE,
)


def _is_question(sentence: str) -> bool:
    s = sentence.strip()
    if _TAG_RE.match(s):
        return False
    return s.endswith("?") or (opens_question(s) and not re.match(r"(?:any|anything|thoughts|ideas)\b", s, re.I))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of already cleaned prose; each line (and each bullet) starts a new one."""
    out: list[Sentence] = []
    for raw_line in text.splitlines():
        line = _BULLET_RE.sub("", raw_line).strip()
        if not line:
            continue
        for piece in _SENTENCE_END_RE.split(_protect(line)):
            s = piece.replace(_DOT, ".").strip(" \"'")
            if len(s) >= 2:
                out.append(Sentence(text=s, question=_is_question(s)))
    return out


#: A trailing aside that says nothing of the user: "allergic to cats, sadly", "vegan btw".
ASIDES = "sadly|unfortunately|honestly|tbh|btw|fwiw|ngl|lol|haha|admittedly|actually"  # restate.py drops a few more
_ASIDE_END_RE = re.compile(rf"(?:[\s,]+(?:{ASIDES}))+[\s.!]*$", re.IGNORECASE)
_ASIDE_MID_RE = re.compile(rf"(?<=\w)\s+(?:{ASIDES})(?=\s*,)", re.IGNORECASE)  # "I don't drink actually, it's ..."


def _i_am_then_ask(part: str) -> tuple[str, ...]:
    m = _I_AM_THEN_ASK_RE.match(part)
    return (m.group("head"), m.group("ask")) if m else (part,)


#: "I'm 52 and just started adult ballet", "I work nights and just took up yoga": a start of the user's own, its "I"
#: left out after "and" (not "my son is 8 and just started piano", "the class ... just started last week").
_AND_STARTED_RE = re.compile(
    r"^(?P<head>(?:I|i)(?:'m|m)?\b.*?)\s+and\s+(?P<rest>(?:just|recently)\s+(?:started|took up)\s+"
    r"(?!last|this|yesterday|today|a\b|an\b|the\b)\w.*)$"
)
#: "I'm 45 and a complete beginner", "I'm a nurse and a mum of two": a second "I'm a ..." with its "I'm" left out.
_AND_A_RE = re.compile(r"^(?P<head>(?:I|i)(?:'m| am)\s+(?:\d{1,3}|an?\s+[\w-]+))\s+and\s+(?P<rest>an?\s+\w.*)$")


def _started_apart(part: str) -> tuple[str, ...]:
    if (a := _AND_A_RE.match(part)) is not None:
        return a.group("head"), "I'm " + a.group("rest")
    m = _AND_STARTED_RE.match(part)
    return (part,) if m is None else (m.group("head"), m.group("rest"))


def clauses(sentence: Sentence) -> list[str]:
    """The clauses of a sentence that make statements.

    In a question, the clauses before the question proper ("I'm vegan, so what should I cook?") and the
    reason clauses ("since I'm vegan") are statements; the question itself is not.
    """
    parts = [p.strip(" ,") for p in _CLAUSE_SPLIT_RE.split(sentence.text) if p and p.strip(" ,")]
    parts = [q for p in parts for q in _ASIDE_I_RE.split(p) if q]  # "..., and honestly I only read on ...": apart
    parts = [_ASIDE_END_RE.sub("", _ASIDE_MID_RE.sub("", p)) or p for p in parts]  # "allergic to cats, sadly"
    parts = [q for p in parts for q in _started_apart(p)]  # "I'm 52 and just started adult ballet"
    if not sentence.question:
        return parts
    parts = [q.strip(" ,") for p in parts for q in _QUESTION_SO_RE.split(p) if q.strip(" ,")]
    parts = [q for p in parts for q in _i_am_then_ask(p)]
    if parts and (who := _WHO_LEAD_RE.match(parts[0])):
        parts[:1] = [who.group(1), parts[0][who.end() :]]
    statements: list[str] = []
    for i, part in enumerate(parts):
        head, *reasons = _REASON_SPLIT_RE.split(part)
        asks = opens_question(head)
        last_plain = i == len(parts) - 1 and not re.match(r"(?:I|i)\b|I'", head)
        if not (asks or len(parts) == 1 or last_plain or re.match(r"(?:if|whether|unless)\b", head, re.I)):
            statements.append(head.rstrip("?"))
        statements.extend(r.strip(" ,?") for r in reasons)
    return [s for s in statements if s]
