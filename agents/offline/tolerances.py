"""What the user puts up with, keeps to a time, or cannot work with, said in passing:

- "we don't mind bunk beds", "I don't mind a long walk" -> Doesn't mind bunk beds (a mild preference: what may be
  offered); not "if you don't mind", "do you mind", "don't mind me", "I don't mind either", "I don't mind if ...";
- "no coffee after 2pm or I'm up all night", "no screens after 10pm" -> Avoids coffee after 2pm (a limit with its
  hour);
- "I can't work with lyrics", "I can't sleep without white noise" -> Can't work with lyrics (a condition of the
  user's work, study or sleep);
- "nothing too spicy for me, my stomach can't handle it" -> Avoids anything too spicy (a constraint with the body as
  its reason, else a dislike); "nothing after 9pm works for me" -> Can't do anything after 9pm;
- "I'm not on social media at all" -> Doesn't use social media (as "I deleted Instagram" reads, a constraint);
- "the spicier the better" -> Likes things as spicy as possible.

Not in a question or a hypothetical (the reader skips those), not someone else's ("my son doesn't mind ..."). Written
for issue 13's thirty-fourth pass (session 32); hooked into :func:`agents.offline.reader.read_parts`.
"""

from __future__ import annotations

import re

from agents.offline.drafts import Draft, told
from agents.offline.normalize import third_person
from memory.types import MemoryKind

_START = r"(?:^|[,;]\s*|\b(?:and|but|so|tbh|honestly|also|cool|ok|okay|oh)\s+)\W*"
#: "I don't mind bunk beds": the thing, not a clause ("if", "that", "either", "me", "at all").
_MIND_RE = re.compile(
    rf"{_START}(?:i|we)\s+(?:really\s+|honestly\s+|actually\s+)?(?:don'?t|do not|dont)\s+mind\s+"
    r"(?P<x>(?!(?:if|when|that|which|what|either|whatever|whichever|me|us|it|them|this|at all|too much|much|"
    r"waiting|you|the wait)\b)[a-z][\w'-]*(?:\s+(?!(?:but|so|and|as|if|because|though|tbh)\b)[\w'-]+){0,3})"
    r"(?=\s*(?:[,.;!]|$|\s+(?:but|so|and|as|if|because|though|tbh)\b))",
    re.IGNORECASE,
)
#: "no coffee after 2pm": a thing kept to an hour.
_HOUR = r"\d{1,2}(?::\d\d)?\s*(?:am|pm)?|noon|midday|midnight|lunch|dinner|dark|bedtime|bed|breakfast|work"
_LIMIT_RE = re.compile(
    rf"^\W*(?:(?:and|but|so|also|oh|btw)\s+)?no\s+(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    rf"(?P<when>(?:after|past|before)\s+(?:{_HOUR}))\b",
    re.IGNORECASE,
)
#: "nothing too spicy for me", "nothing too sweet please": a quality kept out; "nothing after 9pm works for me": an
#: hour.
_NOTHING_RE = re.compile(
    r"^\W*(?:(?:and|but|so|also|oh|btw)\s+)?nothing\s+(?:(?P<too>too|very|overly|super)\s+)?(?P<adj>[a-z][\w-]*)\s+"
    r"(?:for (?:me|us)|please|pls|thanks)\b",
    re.IGNORECASE,
)
_NOTHING_HOUR_RE = re.compile(
    rf"{_START}nothing\s+(?P<when>(?:after|before|past)\s+(?:{_HOUR}))\s+(?:works|is good|suits me)\s+"
    r"for\s+(?:me|us)\b",
    re.IGNORECASE,
)
#: The body as the reason: "my stomach can't handle it", "it upsets my stomach", "I'm allergic".
_BODY_REASON_RE = re.compile(r"\b(?:stomach|gut|allergic|intolerant|reflux|heartburn|migraines?|can'?t handle)\b", re.I)
#: "the spicier the better": how much of a quality the user likes.
_THE_MORE_RE = re.compile(r"^\W*(?:(?:and|but|oh|honestly|tbh)\s+)?the\s+(?P<more>[a-z]+er)\s+the\s+better\b", re.I)
#: Comparatives whose adjective ends in "e" ("larger": large); the others drop "er" (darker), "ier" -> "y"
#: (spicier) or a doubled consonant (bigger).
_E_ENDED = frozenset(("larger", "simpler", "wider", "safer", "nicer", "closer", "looser", "finer", "riper", "purer"))
_NOT_COMPARATIVE = frozenset(("other", "never", "either", "rather", "whether", "under", "over", "after", "later"))
#: "I'm not on social media at all", "I'm not on Instagram": a network the user does not use.
_NOT_ON_RE = re.compile(
    rf"{_START}(?:i'?m|i am)\s+not\s+(?:even\s+)?on\s+(?:any\s+)?(?P<x>social media|instagram|facebook|tiktok|twitter|"
    r"snapchat|whatsapp|linkedin|reddit)\b(?!\s+(?:today|right now|anymore|any more|yet)\b)",
    re.IGNORECASE,
)
#: "I can't work with lyrics", "I can't sleep without white noise".
_CANT_RE = re.compile(
    rf"{_START}(?:i|I)\s+(?:just\s+|really\s+|honestly\s+)?(?:can'?t|cannot|can not)\s+"
    r"(?P<do>work|focus|concentrate|study|sleep|think|read|write|code|run|train)\s+(?P<with>with|without)\s+"
    r"(?P<x>(?!(?:it|this|that|them|you|him|her)\b)[a-z][\w'-]*(?:\s+(?!(?:but|so|and|or|because|tbh)\b)[\w'-]+){0,3})"
    r"(?=\s*(?:[,.;!]|$|\s+(?:but|so|and|or|because|tbh|on)\b))",
    re.IGNORECASE,
)


def _positive(comparative: str) -> str | None:
    """ "spicier" -> "spicy", "bigger" -> "big", "darker" -> "dark", "larger" -> "large"; None for no comparative."""
    if comparative in _NOT_COMPARATIVE or len(comparative) < 5:
        return None
    if comparative in _E_ENDED:
        return comparative[:-1]
    if comparative.endswith("ier"):
        return comparative[:-3] + "y"
    if re.search(r"([bdgmnpt])\1er$", comparative):
        return comparative[:-3]
    return comparative[:-2]


def tolerated(sentence: str, said: list[Draft]) -> list[Draft]:
    """The drafts of one statement sentence: what the user doesn't mind, keeps to an hour, or cannot work with;
    none that ``said`` (the sentence's other drafts) has by subject or by text ("No caffeine after 2pm, I won't
    sleep" is :mod:`agents.offline.verdicts`')."""
    return [d for d in _tolerated(sentence) if not any(d.subject == o.subject or d.text == o.text for o in said)]


def _tolerated(sentence: str) -> list[Draft]:
    out: list[Draft] = []
    if (m := _MIND_RE.search(sentence)) is not None:
        x = third_person(m.group("x"))
        out.append(told(f"Doesn't mind {x}", MemoryKind.preference, m.group("x"), sentence))
    if (m := _LIMIT_RE.match(sentence)) is not None and not re.search(r"[\"\u201c\u201d]", sentence):  # not quoted
        x, when = m.group("x").lower(), m.group("when").lower()
        out.append(told(f"Avoids {x} {when}", MemoryKind.constraint, x, sentence))
    if (m := _NOTHING_RE.match(sentence)) is not None and m.group("adj").lower() not in ("else", "much", "more"):
        adj = m.group("adj").lower()
        kind = MemoryKind.constraint if _BODY_REASON_RE.search(sentence[m.end() :]) else MemoryKind.dislike
        out.append(told(f"Avoids anything {'too ' if m.group('too') else ''}{adj}", kind, adj, sentence))
    if (m := _NOTHING_HOUR_RE.search(sentence)) is not None:
        out.append(told(f"Can't do anything {m.group('when').lower()}", MemoryKind.constraint, "schedule", sentence))
    if (m := _THE_MORE_RE.match(sentence)) is not None and (adj := _positive(m.group("more").lower())):
        out.append(told(f"Likes things as {adj} as possible", MemoryKind.preference, adj, sentence))
    if (m := _NOT_ON_RE.search(sentence)) is not None:
        x = m.group("x").lower()
        name = x if x == "social media" else {"tiktok": "TikTok", "linkedin": "LinkedIn"}.get(x, x.capitalize())
        out.append(told(f"Doesn't use {name}", MemoryKind.constraint, x, sentence))
    if (m := _CANT_RE.search(sentence)) is not None:
        x = third_person(m.group("x"))
        text = f"Can't {m.group('do').lower()} {m.group('with').lower()} {x}"
        out.append(told(text, MemoryKind.preference, m.group("x"), sentence))
    return out
